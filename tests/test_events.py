"""Events: who did what to whom, as a reader of the sentence would say it."""

from __future__ import annotations

import json

import pytest

from dyads.events import find_events, main_event, penta_of_event
from dyads.model import Actor, Article, Event
from dyads.nlp import sentence_of_token
from dyads.triggers import PLOVER_SCORES, PLOVER_TYPES, cameo_codes, cameo_info, lexicon

# ---------------------------------------------------------------- data files (no model)


def test_every_trigger_names_a_plover_type_and_a_known_cameo_code():
    codes = cameo_codes()
    for head, entries in lexicon().items():
        for trig in entries:
            if trig.type in ("SAY", "PASS"):
                continue
            assert trig.type in PLOVER_TYPES, trig.pattern
            assert trig.cameo in codes, f"{trig.pattern}: CAMEO {trig.cameo} not in cameo.tsv"
            assert trig.frame in ("std", "sym", "recv", "embed", "trans"), trig.pattern


def test_cameo_table_scores_and_classes():
    assert cameo_info("163").goldstein == -8.0
    assert cameo_info("163").type == "SANCTION"
    assert cameo_info("163").quad_class == 4  # GDELT QuadClass for root 16
    assert cameo_info("163").penta == 3  # PentaClass puts root 16 in verbal conflict
    assert cameo_info("057").goldstein == 8.0
    assert cameo_info("072").goldstein == 8.3
    assert cameo_info("1312").goldstein == -5.8
    assert cameo_info("0999").code == "09"  # unknown leaf falls back on its root
    assert cameo_info(None) is None
    assert len(PLOVER_SCORES) == 16 and PLOVER_SCORES["AID"] == 10.0


def test_main_event_and_penta():
    a = Event(0, 3, "met", "CONSULT", 0, cameo="040", confidence=0.4)
    b = Event(5, 9, "shelled", "ASSAULT", 0, cameo="190", confidence=0.7)
    assert main_event([a, b]) is b
    assert main_event([]) is None
    assert penta_of_event(b) == 4 and penta_of_event(a) == 1 and penta_of_event(None) == 0


# ---------------------------------------------------------------- with the model

pytestmark_model = pytest.mark.model


def actors_for(doc, spec: list[tuple[str, str | None, str | None]]) -> list[Actor]:
    """Actor mentions for the given surface strings (first occurrence after the previous one)."""
    out, pos = [], 0
    for text, country, sector in spec:
        start = doc.text.index(text, pos)
        pos = start + len(text)
        tok = doc.char_span(start, pos, alignment_mode="expand")
        out.append(Actor(start, pos, text, country=country, sector=sector,
                         code=(country or "") + (sector or "") or None,
                         sentence=sentence_of_token(doc, tok.root.i)))
    return out


def code(nlp, text, spec, date="2019-09-27"):
    doc = nlp(text)
    actors = actors_for(doc, spec)
    events = find_events(doc, actors, [], date)
    for e in events:
        assert text[e.start:e.end] == e.trigger
        for a in e.source + e.target:
            assert any(a is b for b in actors), "events must reuse the actor objects"
    return events, actors


def countries(actors):
    return sorted(a.country for a in actors)


def one(events, type_):
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.model
def test_verbal_support(nlp):
    events, _ = code(nlp, "Russia supports Venezuela's government.", [("Russia", "RUS", None), ("Venezuela", "VEN", None)])
    e = one(events, "SUPPORT")
    assert countries(e.source) == ["RUS"] and countries(e.target) == ["VEN"]
    assert e.cameo.startswith("05") and e.quad_class == 1 and e.plover_score == 5.0
    assert e.goldstein == 3.5 and not e.negated and not e.future


@pytest.mark.model
def test_sanctions_verbal_and_nominal(nlp):
    events, _ = code(nlp, "The United States imposed new sanctions on Venezuela on Monday.",
                     [("United States", "USA", None), ("Venezuela", "VEN", None)])
    e = one(events, "SANCTION")
    assert countries(e.source) == ["USA"] and countries(e.target) == ["VEN"]
    assert e.cameo == "163" and e.quad_class == 4 and e.mode == "discontinue"
    assert e.date == "2019-09-23"
    events, _ = code(nlp, "U.S. sanctions against Venezuela have hurt the economy.",
                     [("U.S.", "USA", None), ("Venezuela", "VEN", None)])
    e = one(events, "SANCTION")
    assert countries(e.source) == ["USA"] and countries(e.target) == ["VEN"]


@pytest.mark.model
def test_talks_between_two_parties_are_one_record(nlp):
    events, _ = code(nlp, "Talks between China and Russia ended in Beijing.",
                     [("China", "CHN", None), ("Russia", "RUS", None)])
    e = one(events, "CONSULT")
    assert countries(e.source) == ["CHN", "RUS"] and e.target == []


@pytest.mark.model
def test_hyphenated_backing_supports_the_agent(nlp):
    events, _ = code(nlp, "Russia opposes the U.S.-backed coup led by Juan Guaidó.",
                     [("Russia", "RUS", None), ("U.S.", "USA", None), ("Juan Guaidó", "VEN", "OPP")])
    e = [e for e in events if e.type == "SUPPORT"][0]
    assert e.trigger == "backed"
    assert countries(e.source) == ["USA"] and [a.text for a in e.target] == ["Juan Guaidó"]


@pytest.mark.model
def test_promise_of_aid_is_agree_with_future(nlp):
    events, _ = code(nlp, "Japan will provide aid to Haiti.", [("Japan", "JPN", None), ("Haiti", "HTI", None)])
    e = one(events, "AGREE")
    assert e.future and e.cameo.startswith("033")
    assert countries(e.source) == ["JPN"] and countries(e.target) == ["HTI"]


@pytest.mark.model
def test_refusal_is_reject_and_not_negation(nlp):
    events, _ = code(nlp, "Iran refused to meet the European envoys.",
                     [("Iran", "IRN", None), ("European envoys", "EUR", "GOV")])
    e = main_event(events)
    assert e.type == "REJECT" and not e.negated and e.mode == "meet"
    assert countries(e.source) == ["IRN"] and countries(e.target) == ["EUR"]


@pytest.mark.model
def test_negation_and_hypothetical(nlp):
    events, _ = code(nlp, "Germany did not sign the treaty with France.",
                     [("Germany", "DEU", None), ("France", "FRA", None)])
    assert main_event(events).negated
    events, _ = code(nlp, "Turkey could attack Kurdish fighters in Syria.",
                     [("Turkey", "TUR", None), ("Kurdish fighters", "SYR", "REB")])
    e = one(events, "ASSAULT")
    assert e.hypothetical and not e.negated


@pytest.mark.model
def test_indirect_speech_sets_reported_by(nlp):
    events, actors = code(nlp, "Putin said that Russia supports the government of Venezuela.",
                          [("Putin", "RUS", "GOV"), ("Russia", "RUS", None), ("Venezuela", "VEN", None)])
    e = one(events, "SUPPORT")
    assert e.reported_by is actors[0]
    assert countries(e.source) == ["RUS"] and countries(e.target) == ["VEN"]


@pytest.mark.model
def test_subject_carried_over_participles(nlp):
    text = ("With China also taking a hands-on position by also backing the Maduro government "
            "diplomatically, it demonstrates that the world has changed.")
    events, _ = code(nlp, text, [("China", "CHN", None), ("the Maduro government", "VEN", "GOV")])
    e = one(events, "SUPPORT")
    assert countries(e.source) == ["CHN"] and countries(e.target) == ["VEN"]
    assert all(e.type != "PROTEST" for e in events)


@pytest.mark.model
def test_no_actors_no_events(nlp):
    doc = nlp("Please click the share buttons above or below and support our work.")
    assert find_events(doc, [], [], "2019-09-27") == []


@pytest.mark.model
def test_dates_from_the_text(nlp):
    events, _ = code(nlp, "France expelled two Russian diplomats yesterday.",
                     [("France", "FRA", None), ("Russian diplomats", "RUS", "GOV")])
    e = one(events, "SANCTION")
    assert e.date == "2019-09-26" and e.mode == "expel"


@pytest.mark.model
def test_main_clause_beats_participle_and_time_clause(nlp):
    events, _ = code(nlp, "Iranian militants stormed a police station in Iraq, killing five officers.",
                     [("Iranian militants", "IRN", None), ("Iraq", "IRQ", None), ("five officers", "IRQ", "COP")])
    e = main_event(events)
    assert e.trigger == "stormed" and countries(e.source) == ["IRN"]
    events, _ = code(nlp, "The US military sent 200 troops to Syria after Russia pulled out its soldiers, "
                          "the White House says.",
                     [("US military", "USA", "MIL"), ("Syria", "SYR", None), ("Russia", "RUS", None),
                      ("White House", "USA", "GOV")])
    assert main_event(events).trigger == "sent"


@pytest.mark.model
def test_agent_behind_a_subject_is_the_source(nlp):
    events, _ = code(nlp, "The missiles fired by the Israeli military struck an arms depot in Syria.",
                     [("Israeli military", "ISR", "MIL"), ("Syria", "SYR", None)])
    e = main_event(events)
    assert e.trigger == "struck" and countries(e.source) == ["ISR"] and countries(e.target) == ["SYR"]


@pytest.mark.model
def test_meeting_place_is_not_the_partner(nlp):
    events, _ = code(nlp, "Sergey Lavrov held talks in Jerusalem with Benjamin Netanyahu.",
                     [("Sergey Lavrov", "RUS", "GOV"), ("Jerusalem", "ISR", None), ("Benjamin Netanyahu", "ISR", "GOV")])
    for e in events:
        assert all(a.text != "Jerusalem" for a in e.source + e.target)


@pytest.mark.model
def test_warning_aims_at_the_threatened_not_the_speakers_side(nlp):
    events, _ = code(nlp, "The Iranian commander warned that Iran would attack Israel if provoked.",
                     [("Iranian commander", "IRN", "MIL"), ("Iran", "IRN", None), ("Israel", "ISR", None)])
    e = main_event(events)
    assert e.type == "THREATEN" and countries(e.target) == ["ISR"]


@pytest.mark.model
def test_demand_clause_hung_on_the_verb(nlp):
    events, _ = code(nlp, "The International Labor Office reiterated its demand today that Israel ease "
                          "restrictions on Palestinian workers.",
                     [("International Labor Office", "IGO", None), ("Israel", "ISR", None),
                      ("Palestinian workers", "PSE", "LAB")])
    e = main_event(events)
    assert e.type == "REQUEST" and countries(e.source) == ["IGO"] and countries(e.target) == ["ISR"]


@pytest.mark.model
def test_reporters_and_critics_do_not_do_the_reported_event(nlp):
    events, _ = code(nlp, "Germany condemned the attack on the embassy.", [("Germany", "DEU", None)])
    assert all(e.type != "ASSAULT" for e in events)
    events, _ = code(nlp, "Reuters reported the Taliban attack in Kabul.",
                     [("Reuters", None, "MED"), ("Taliban", "AFG", "INS"), ("Kabul", "AFG", None)])
    e = one(events, "ASSAULT")
    assert [a.text for a in e.source] == ["Taliban"]


@pytest.mark.model
def test_reason_phrase_is_not_a_target_and_forces_are_not_targets(nlp):
    events, _ = code(nlp, "Palestinians blamed Israel for the bombing in the West Bank.",
                     [("Palestinians", "PSE", None), ("Israel", "ISR", None), ("West Bank", "PSE", None)])
    e = one(events, "ACCUSE")
    assert countries(e.target) == ["ISR"]
    events, _ = code(nlp, "Pakistan deployed soldiers in Iraq.",
                     [("Pakistan", "PAK", None), ("soldiers", "PAK", "MIL"), ("Iraq", "IRQ", None)])
    e = one(events, "MOBILIZE")
    assert countries(e.target) == ["IRQ"]


@pytest.mark.model
def test_objects_the_parser_hangs_elsewhere_are_targets(nlp):
    # "allowed X to run": X parsed as the subject of the infinitive is still who is allowed
    events, _ = code(nlp, "The Kenyan electoral board allowed opposition leader Raila Odinga to run in the vote.",
                     [("Kenyan electoral board", "KEN", "GOV"), ("Raila Odinga", "KEN", "OPP")])
    e = main_event(events)
    assert e.type == "CONCEDE" and [a.text for a in e.target] == ["Raila Odinga"]
    # "kidnapped up to 12 ...": the object sits inside "up to"
    events, _ = code(nlp, "Somali gunmen have kidnapped up to 12 Kenyan aid workers near the border.",
                     [("Somali gunmen", "SOM", None), ("Kenyan", "KEN", None)])
    e = main_event(events)
    assert countries(e.source) == ["SOM"] and countries(e.target) == ["KEN"]


@pytest.mark.model
def test_placed_under_investigation_targets_the_passive_subject(nlp):
    events, _ = code(nlp, "Two Chilean diplomats were placed under investigation in Peru on Friday.",
                     [("Chilean diplomats", "CHL", "GOV"), ("Peru", "PER", None)])
    e = main_event(events)
    assert e.type == "ACCUSE" and countries(e.target) == ["CHL"]


@pytest.mark.model
def test_prepared_to_make_a_concession_is_a_promise(nlp):
    # the small model tags "prepared" as an adjective; it is still a pledge of what follows
    events, _ = code(nlp, "The Thai prime minister said he is prepared to lift the curfew on Bangkok.",
                     [("Thai prime minister", "THA", "GOV"), ("he", "THA", "GOV"), ("Bangkok", "THA", None)])
    e = main_event(events)
    assert e.type == "AGREE" and e.future


@pytest.mark.model
def test_weather_warnings_and_falls_are_not_events(nlp):
    events, _ = code(nlp, "The NHC issued a hurricane warning for the Bahamas.",
                     [("NHC", "USA", "GOV"), ("Bahamas", "BHS", None)])
    assert all(e.type != "THREATEN" for e in events)
    events, _ = code(nlp, "The population of penguins in Argentina has declined 40%.", [("Argentina", "ARG", None)])
    assert events == []


# ---------------------------------------------------------------- end to end on the seed article


@pytest.mark.model
def test_seed_article_reads_like_a_reader_would(seed_path):
    from dyads.ingest import read_inputs
    from dyads.pipeline import annotate

    articles = [a for a in read_inputs([str(seed_path)]) if isinstance(a, Article)]
    assert len(articles) == 1
    art = annotate(articles[0])
    triples = set()
    for e in art.events:
        assert art.text[e.start:e.end] == e.trigger
        for s in e.source or [None]:
            for t in e.target or [None]:
                triples.add((s.country if s else None, e.type, t.country if t else None,
                             t.sector if t else None))

    def has(src, typ, tgt=None, sector=None):
        return any(s == src and ty == typ and (tgt is None or t == tgt) and (sector is None or sec == sector)
                   for s, ty, t, sec in triples)

    assert has("RUS", "SUPPORT", "VEN", "GOV")
    meeting = [e for e in art.events if e.trigger == "meeting"]
    assert meeting and meeting[0].type == "CONSULT" and meeting[0].date == "2019-09-25"  # "last Wednesday"
    assert {a.country for a in meeting[0].source + meeting[0].target} >= {"RUS", "VEN"}
    assert has("USA", "SANCTION", "VEN")
    assert has("USA", "AID", "VEN", "OPP") or has("USA", "AGREE", "VEN", "OPP")
    # the brief's own example: USAID's administrator announces the aid, not the envoy standing by him
    aid = [e for e in art.events if e.type == "AID" and e.trigger == "assistance"]
    assert aid and {a.country for a in aid[0].source} == {"USA"}
    assert any(t.country == "VEN" and t.sector == "OPP" for t in aid[0].target)
    assert has("USA", "SUPPORT", "VEN", "OPP")
    assert has("CHN", "SUPPORT", "VEN")
    assert has("RUS", "COOPERATE", "VEN")
    for e in art.events:
        sent = art.sentences[e.sentence]
        said = art.text[sent.start:sent.end].lower()
        assert not any(w in said for w in ("share buttons", "copyright", "crosspost", "disclaimer", "comment on")), said


# ---------------------------------------------------------------- CLI over a store


def test_cli_events_lists_filters_and_prints_json(tmp_path):
    from click.testing import CliRunner

    from dyads.cli.main import cli
    from dyads.store import Store

    usa = Actor(0, 13, "United States", country="USA", code="USA")
    ven = Actor(30, 39, "Venezuela", country="VEN", code="VEN")
    rus = Actor(41, 47, "Russia", country="RUS", code="RUSGOV", sector="GOV")
    text = "United States sanctioned the Venezuela. Russia backs it."
    art = Article(id="a1", text=text, title="Test article", date="2019-09-27")
    art.events = [
        Event(14, 24, "sanctioned", "SANCTION", 0, source=[usa], target=[ven], cameo="163", quad_class=4,
              goldstein=-8.0, date="2019-09-27", id="a1-e0"),
        Event(48, 53, "backs", "SUPPORT", 1, source=[rus], target=[ven], cameo="050", quad_class=1,
              goldstein=3.5, date="2019-09-20", id="a1-e1"),
    ]
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.add_articles([art])
    runner = CliRunner()
    res = runner.invoke(cli, ["events", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "SANCTION" in res.output and "SUPPORT" in res.output
    res = runner.invoke(cli, ["events", "--db", str(db), "--source", "Russia", "--json"])
    rows = json.loads(res.output)
    assert [r["type"] for r in rows] == ["SUPPORT"] and rows[0]["target"][0]["country"] == "VEN"
    res = runner.invoke(cli, ["events", "--db", str(db), "--actor", "VEN", "--type", "sanction", "--json"])
    assert [r["trigger"] for r in json.loads(res.output)] == ["sanctioned"]
    res = runner.invoke(cli, ["events", "--db", str(db), "--since", "2019-09-25", "--json"])
    assert [r["type"] for r in json.loads(res.output)] == ["SANCTION"]
    res = runner.invoke(cli, ["events", "--db", str(db), "--type", "BOMB"])
    assert res.exit_code == 2 and "unknown event type" in res.output
    res = runner.invoke(cli, ["events", "--db", str(db), "--actor", "Narnia"])
    assert res.exit_code == 2 and "cannot read actor 'Narnia'" in res.output
    res = runner.invoke(cli, ["events", "--db", str(db), "--actor", "rusgov", "--json"])
    assert [r["type"] for r in json.loads(res.output)] == ["SUPPORT"]
    res = runner.invoke(cli, ["events", "--help"])
    assert "Examples" in res.output


@pytest.mark.model
def test_danger_one_is_shielded_from_is_not_the_one_helped(nlp):
    text = "Japan sent radar units to shield its ports from Chinese drone and missile strikes."
    events, _ = code(nlp, text, [("Japan", "JPN", None), ("Chinese", "CHN", None)])
    for e in events:
        if e.type in ("AID", "SUPPORT", "COOPERATE"):
            assert "CHN" not in countries(e.target), "the danger is not the beneficiary"
        if e.type == "ASSAULT":
            assert "JPN" not in countries(e.source), "the shielding side does not strike itself"


@pytest.mark.model
def test_shared_modifier_of_coordinated_nouns_names_the_attacker(nlp):
    text = "Kenya said its air defences protect Nairobi from Somali rocket and mortar attacks."
    events, _ = code(nlp, text, [("Kenya", "KEN", None), ("Nairobi", "KEN", None), ("Somali", "SOM", None)])
    attacks = [e for e in events if e.trigger == "attacks"]
    assert attacks and countries(attacks[0].source) == ["SOM"]


@pytest.mark.model
def test_stance_on_an_issue_is_not_aimed_at_where_it_happens(nlp):
    text = "The two ministers agreed that talks should continue, and opposed the use of chemical weapons in Libya."
    events, _ = code(nlp, text, [("The two ministers", None, "GOV"), ("Libya", "LBY", None)])
    e = one(events, "REJECT")
    assert "LBY" not in countries(e.target)
