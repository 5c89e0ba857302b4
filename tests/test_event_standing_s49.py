"""Session 49: acts told as held all along or scheduled (batches BB and BB2). A charge a court
"has always rejected" and threats "made before" like the one told are no acts on an occasion;
a meeting in the simple present with a coming time is still ahead. Sentences written for these
tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2001-08-02") -> list[tuple[str, str, bool]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger if isinstance(e.trigger, str) else e.trigger.text, e.future) for e in art.events]


def test_a_charge_always_rejected_is_no_rejection_now():
    got = records("THE HAGUE, Aug 2 (Wire) - Serbs say the tribunal is biased, a charge the court has "
                  "always rejected.")
    assert not any(t == "REJECT" for t, _, _ in got)


def test_a_charge_rejected_on_a_day_is_still_a_rejection():
    got = records("THE HAGUE, Aug 2 (Wire) - The court on Thursday rejected a defence request to delay "
                  "the verdict.")
    assert any(t == "REJECT" for t, _, _ in got)


def test_similar_threats_made_before_are_no_threat_now():
    got = records("TEHRAN, April 22 (Wire) - Tehran has made similar threats before without acting on them.",
                  "2019-04-22")
    assert not any(t == "THREATEN" for t, _, _ in got)
    dated = records("TEHRAN, Jan 2 (Wire) - Iranian officials have made similar threats since late "
                    "December.", "2012-01-02")
    assert any(t == "THREATEN" for t, _, _ in dated)


def test_a_meeting_in_the_present_with_a_coming_time_is_ahead():
    got = records("WASHINGTON, April 30 (Wire) - Clinton will raise the issue when he meets Russian "
                  "President Boris Yeltsin in Moscow next month.", "1995-04-30")
    assert [future for _, trigger, future in got if trigger.startswith("meets")] == [True]


def test_what_a_group_does_as_a_rule_in_a_relative_clause_is_no_act():
    got = records("JERUSALEM, Apr 7 (Wire) - Israel refuses to deal with Hamas, a group that calls for "
                  "Israel's destruction.", "2006-04-07")
    assert not any(t == "REQUEST" for t, _, _ in got)
    assert any(t == "REJECT" for t, _, _ in got)  # the main clause's refusal stays


def test_a_relative_clause_in_the_past_keeps_its_act():
    got = records("MOSCOW, Apr 2 (Wire) - Russia, which on Monday called for talks, said it would send "
                  "envoys.", "2014-04-02")
    assert any(t == "REQUEST" for t, _, _ in got)
