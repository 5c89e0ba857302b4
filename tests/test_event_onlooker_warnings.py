"""Session 16, round 4: an onlooker's "warn" is a forecast, not a threat (our own sentences).

Economists, analysts and researchers who warn of what may happen hold no means to bring it
about, so their warning names no THREATEN; a government or an army that warns still threatens."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_onlookers_warning_is_a_forecast(nlp):
    for text in ("Economists warn that the budget crisis could hold up a loan from the World Bank.",
                 "Analysts warned that the border dispute might drive Kenya to close its ports.",
                 "Climate researchers warn that the drought may spark clashes over water in Sudan."):
        assert not events_of(nlp, text, "THREATEN"), text


def test_a_party_that_warns_still_threatens(nlp):
    for text in ("The Chinese government warned that it would retaliate against Manila.",
                 "Russia warned Ukraine that it would respond with force."):
        assert events_of(nlp, text, "THREATEN"), text


def test_an_onlookers_may_is_a_guess_not_an_event(nlp):
    for text in ('"The talks are fragile, and the rebels may walk out," said Amina Diallo, an analyst in Bamako.',
                 '"Brussels could impose tariffs on Chinese cars," said Paul Weber, an economist at a Berlin bank.'):
        assert not code_events(nlp, text), text


def test_a_partys_own_may_is_kept_as_hypothetical(nlp):
    # (session 30) kept, and since a measure one's own side says it may take warns the party it
    # would hit, coded as that warning (THREATEN 1312) rather than a hypothetical SANCTION
    text = '"We may impose tariffs on Chinese cars," said the European Commission.'
    assert [e.cameo for e in code_events(nlp, text) if e.type in ("SANCTION", "THREATEN")] == ["1312"], text


def test_a_deal_an_economist_says_could_slip_is_no_event(nlp):
    text = "Economists warn that the budget crisis could hold up a trade agreement with Japan."
    assert not code_events(nlp, text), text
