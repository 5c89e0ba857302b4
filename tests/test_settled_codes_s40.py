"""Session 40, helper f: codes the sentence itself settles (batch AM2): a description in
apposition with a named state is that state, "the spokesman" said again is the one just placed
by his principal, and a bare "parliament" a speaker addresses is the speaker's. Sentences
written for these tests; each rule has a case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def codes_of(nlp, text: str, span: str, date: str = "2023-05-01") -> list[str | None]:
    """The codes of every mention whose text is ``span``, in text order."""
    return [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date)) if a.text == span]


_TWO_STATES = ("SUVA, May 3 (Wire) - Fiji's government rejected a proposal from Tonga on Monday. "
               "Tongan officials said talks with Fiji would continue. ")


def test_a_described_ally_is_the_named_state_not_its_friend(nlp):
    text = _TWO_STATES + "China, Fiji's closest ally, backed the proposal."
    # (session 58) the description is China itself, no second actor of Fiji's
    assert codes_of(nlp, text, "Fiji's closest ally") == []
    assert codes_of(nlp, text, "China") == ["CHN"]


def test_a_former_administrator_of_a_state_is_the_state_beside_it(nlp):
    text = _TWO_STATES + "Britain, the former colonial administrator of Fiji, said it would stay neutral."
    assert codes_of(nlp, text, "the former colonial administrator of Fiji") == []
    assert codes_of(nlp, text, "Britain") == ["GBR"]


def test_a_named_person_beside_a_state_keeps_his_own_code(nlp):
    text = _TWO_STATES + "Fiji's prime minister, Sitiveni Rabuka, said the proposal was unfair."
    assert codes_of(nlp, text, "Sitiveni Rabuka") != ["TON"]


def test_the_spokesman_again_is_the_one_placed_by_his_principal(nlp):
    text = ("WELLINGTON, May 3 (Wire) - New Zealand cut aid to Samoa on Friday. A spokesman for "
            "Foreign Minister Winston Peters said the money would be held back. \"Samoa signed the "
            "deal without asking us,\" the spokesman said. Samoa's government said it regretted the move.")
    assert [c[:3] for c in codes_of(nlp, text, "the spokesman")] == ["NZL"]


def test_a_spokesman_with_no_principal_earlier_is_left_to_the_context(nlp):
    text = ("APIA, May 3 (Wire) - Samoa's government said on Friday it regretted the decision. "
            "\"We were not consulted,\" the spokesman said.")
    assert [(c or "")[:3] for c in codes_of(nlp, text, "the spokesman")] != ["NZL"]


def test_a_speakers_address_to_parliament_is_to_his_own_parliament(nlp):
    text = ("CHISINAU, May 3 (Wire) - Moldova's parliament approved the budget on Monday. Moldovan "
            "lawmakers said Russia was meddling. Russian President Vladimir Putin will deliver his "
            "annual address to parliament on Thursday.")
    assert codes_of(nlp, text, "parliament")[-1] == "RUSLEG"


def test_parliament_after_a_plain_verb_keeps_the_story_state(nlp):
    text = ("CHISINAU, May 3 (Wire) - Moldova's government sent the budget to parliament on Monday.")
    assert codes_of(nlp, text, "parliament") != ["RUSLEG"]


def test_the_two_governments_cannot_mean_a_state_named_only_later(nlp):
    text = ("HONIARA, May 3 (Wire) - Voters in the Solomon Islands province of Malaita backed more "
            "autonomy on Sunday, the Solomon Islands electoral office said. Solomon Islands officials "
            "said the count was fair. Solomon Islands police reported no violence. The vote ended a "
            "long dispute. Under the deal, the result must be discussed between the two governments. "
            "Prime Minister Jeremiah Manele said Honiara would respect the process. Australia said "
            "it would fund the talks. Australian diplomats said Canberra would send observers. "
            "Australian aid officials said Australia would help.")
    assert "AUSGOV" not in codes_of(nlp, text, "the two governments")


def test_troops_of_a_force_named_by_its_body_are_the_bodys(nlp):
    text = ("SARAJEVO, May 3 (Wire) - Bosnian police arrested two men on Monday. The EU peacekeeping "
            "force EUFOR, which has about 1,000 troops in Bosnia, said the situation was calm.")
    assert codes_of(nlp, text, "1,000 troops") != ["BIHMIL"]


def test_troops_a_state_keeps_in_a_country_stay_the_states(nlp):
    text = ("SARAJEVO, May 3 (Wire) - Bosnian police arrested two men on Monday. Bosnian troops in "
            "Sarajevo were put on alert.")
    assert codes_of(nlp, text, "Bosnian troops") == ["BIHMIL"]


def test_a_senator_after_his_countrys_lawmakers_is_one_of_them(nlp):
    text = ("RABAT, May 3 (Wire) - Morocco's parliament approved a new fisheries law on Monday. "
            "Moroccan officials said the law would protect stocks. Some U.S. lawmakers criticised "
            "the law. Senator Tom Walden said he was disappointed.")
    assert codes_of(nlp, text, "Senator Tom Walden") == ["USALEG"]
