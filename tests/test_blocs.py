"""Blocs, alignment and polarity on small event sets whose answer is known."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from dyads.analysis import find_blocs, signed_modularity, signed_network
from dyads.analysis.synthetic import event, insert_events, open_memory_store, seed_events
from dyads.errors import DyadsError

METHODS = ["leiden", "local"]



def store(rows):
    con = open_memory_store()
    insert_events(con, rows)
    return con


def groups(report):
    return {frozenset(b.members) for b in report.blocs}


@pytest.fixture(params=METHODS)
def method(request):
    if request.param == "leiden":
        pytest.importorskip("leidenalg")
    return request.param


def clique_events(members, type="COOPERATE", date="2019-05-01", times=2):
    return [
        event(a, b, type, date, id=f"{a}-{b}-{type}-{date}-{k}")
        for a, b in itertools.combinations(members, 2)
        for k in range(times)
    ]


def test_seed_case_splits_venezuela_by_sector(method):
    con = store(seed_events())
    report = find_blocs(con, sectors=True, method=method)
    assert groups(report) == {frozenset({"USAGOV", "VENOPP"}), frozenset({"RUSGOV", "CHNGOV", "VENGOV"})}
    assert report.bloc_of("USAGOV") != report.bloc_of("RUSGOV")
    assert report.polarity.blocs == 2
    assert report.polarity.frustration == 0.0
    scores = {(x.a, x.b): x.score for x in report.alignment}
    assert scores[("CHNGOV", "RUSGOV")] == pytest.approx(1.0)
    assert scores[("RUSGOV", "USAGOV")] < 0


def test_two_clear_blocs(method):
    west, east = ["USA", "GBR", "FRA"], ["RUS", "CHN", "IRN"]
    rows = clique_events(west) + clique_events(east)
    rows += [event(a, b, "THREATEN", id=f"x{a}{b}") for a in west for b in east]
    report = find_blocs(store(rows), method=method)
    assert groups(report) == {frozenset(west), frozenset(east)}
    p = report.polarity
    assert p.poles == pytest.approx(2.0)
    assert p.cohesion == pytest.approx(1.0) and p.hostility == pytest.approx(1.0)
    assert p.frustration == pytest.approx(0.0)
    assert p.modularity > 0.4


def test_three_pole_system(method):
    poles = [["USA", "GBR", "CAN"], ["RUS", "BLR", "SRB"], ["CHN", "PAK", "LAO"]]
    rows = [r for pole in poles for r in clique_events(pole)]
    for p, q in itertools.combinations(poles, 2):
        rows += [event(p[0], q[0], "ACCUSE", id=f"acc{p[0]}{q[0]}")]
    report = find_blocs(store(rows), method=method)
    assert groups(report) == {frozenset(p) for p in poles}
    assert report.polarity.poles == pytest.approx(3.0)
    assert report.polarity.blocs == 3


def test_alliance_flips_between_windows(method):
    # 2018: A with B, C with D, A against C. 2019: A with C, B with D, A against B.
    rows = clique_events(["AAA", "BBB"], date="2018-03-01") + clique_events(["CCC", "DDD"], date="2018-03-01")
    rows += [event("AAA", "CCC", "ASSAULT", "2018-04-01", id="w1")]
    rows += clique_events(["AAA", "CCC"], date="2019-03-01") + clique_events(["BBB", "DDD"], date="2019-03-01")
    rows += [event("AAA", "BBB", "ASSAULT", "2019-04-01", id="w2")]
    con = store(rows)
    first = find_blocs(con, since="2018", until="2018", method=method)
    second = find_blocs(con, since="2019", until="2019", method=method)
    assert groups(first) == {frozenset({"AAA", "BBB"}), frozenset({"CCC", "DDD"})}
    assert groups(second) == {frozenset({"AAA", "CCC"}), frozenset({"BBB", "DDD"})}


def test_country_level_merges_the_venezuelan_sides():
    con = store(seed_events())
    net = signed_network(con)
    assert net.nodes == ["CHN", "RUS", "USA", "VEN"]
    usa, ven = net.index("USA"), net.index("VEN")
    # support 3.5 + aid 7 - sanction 4: at country level the US looks friendly to Venezuela
    assert net.weights[usa, ven] == pytest.approx(6.5)
    assert net.cooperation[usa, ven] == pytest.approx(10.5) and net.conflict[usa, ven] == pytest.approx(4.0)
    assert net.pair_events[usa, ven] == 3


def test_weight_count_and_uncertain_events():
    rows = [
        event("USA", "VEN", "SUPPORT", id="a"),
        event("USA", "VEN", "ASSAULT", id="b"),
        event("USA", "VEN", "ASSAULT", id="c", negated=True),
        event("USA", "VEN", "ASSAULT", id="d", hypothetical=True),
    ]
    con = store(rows)
    assert signed_network(con, weight="count").weights[0, 1] == 0.0
    assert signed_network(con, weight="count", include_uncertain=True).weights[0, 1] == -2.0
    assert signed_network(con).weights[0, 1] == pytest.approx(3.5 - 9.0)


def test_multi_actor_event_counts_once_per_pair_and_drops_self_pairs():
    con = store([event(["USAGOV", "USAMIL", "GBRGOV"], ["VENGOV", "USAGOV"], "AID", id="m")])
    net = signed_network(con)
    assert net.nodes == ["GBR", "USA", "VEN"]
    assert net.pair_events[net.index("USA"), net.index("VEN")] == 1
    assert net.weights[net.index("USA"), net.index("VEN")] == pytest.approx(7.0)
    assert list(net.events) == [2, 2, 2]  # one dyad with each of the two others


def test_bare_state_is_its_government_with_sectors():
    con = store([event("USA", "VENOPP", "SUPPORT", id="x"), event("RUSGOV", "VEN", "SUPPORT", id="y"),
                 event("EUR", "VENOPP", "SUPPORT", id="z")])
    assert signed_network(con, sectors=True).nodes == ["EUR", "RUSGOV", "USAGOV", "VENGOV", "VENOPP"]
    assert signed_network(con, sectors=True, bare_state=None).nodes == ["EUR", "RUSGOV", "USA", "VEN", "VENOPP"]


def test_real_seed_output_shape_splits_venezuela():
    """The events the pipeline coded from the user's example (bare states, mixed sectors)."""
    rows = [
        event("RUSGOV", "VENGOV", "CONSULT", id="r1"), event("RUS", "VENGOV", "SUPPORT", id="r2"),
        event("USA", "VENOPP", "SUPPORT", id="r3"), event("RUSGOV", "VENOPP", "SUPPORT", id="r4"),
        event("RUSGOV", "VENOPP", "CONSULT", id="r5"), event("RUS", "VEN", "SUPPORT", id="r6"),
        event("USAGOV", "VENOPP", "AGREE", id="r7"), event("USAGOV", "VENOPP", "AID", id="r8"),
        event("USAGOV", "VENREF", "SUPPORT", id="r9"), event("USA", "VENOPP", "SUPPORT", id="r10"),
        event("USA", "VEN", "SANCTION", id="r11"), event("RUS", "VEN", "COOPERATE", id="r12"),
        event("CHN", "VENGOV", "SUPPORT", id="r13"), event("RUS", "VEN", "SUPPORT", id="r14"),
    ]
    report = find_blocs(store(rows), sectors=True)
    assert report.bloc_of("USAGOV") == report.bloc_of("VENOPP")
    assert report.bloc_of("RUSGOV") == report.bloc_of("VENGOV") == report.bloc_of("CHNGOV")
    assert report.bloc_of("USAGOV") != report.bloc_of("RUSGOV")


def test_min_events_leaves_out_quiet_actors():
    rows = clique_events(["USA", "GBR", "FRA"], times=3) + [event("USA", "ISL", "CONSULT", id="q")]
    con = store(rows)
    assert "ISL" in signed_network(con).nodes
    assert "ISL" not in signed_network(con, min_events=2).nodes


def test_no_events_is_an_actionable_error():
    con = store([event("USA", "VEN", "SUPPORT", "2019-01-01")])
    with pytest.raises(DyadsError, match="widen --since/--until"):
        find_blocs(con, since="2020")


def test_signed_modularity_rewards_the_balanced_split():
    w = np.array([[0, 2, -1, -1], [2, 0, -1, -1], [-1, -1, 0, 2], [-1, -1, 2, 0]], dtype=float)
    good = signed_modularity(w, np.array([0, 0, 1, 1]))
    assert good > signed_modularity(w, np.array([0, 1, 0, 1]))
    assert good > signed_modularity(w, np.array([0, 0, 0, 0]))


def test_report_json_shape():
    con = store(seed_events())
    data = find_blocs(con, sectors=True).to_dict()
    assert set(data) >= {"polarity", "blocs", "nodes", "edges", "alignment"}
    assert {e["a"] for e in data["edges"]} | {e["b"] for e in data["edges"]} == {
        "USAGOV", "VENOPP", "VENGOV", "RUSGOV", "CHNGOV"}
    assert data["polarity"]["poles"] == pytest.approx(1 / sum(b["share"] ** 2 for b in data["blocs"]))
