"""Session 27: a story filed from its own state is set there, a kin people's adjective does not
make a story about its kin state, and a bare uncoded modifier names no actor."""

from __future__ import annotations

from actor_helpers import actor_codes


_FILED_AT_HOME = ("HONG KONG, June 17 (Wire) - Hong Kong police raided the offices of the Daily "
                  "Star newspaper on Thursday under a security law imposed by Beijing, and China "
                  "said the raid was lawful.\n\n{}\n\nSecretary for Security Chris Tang said the "
                  "public should stay calm.\n\nThe United States and Britain condemned the raid.")


def test_unnamed_groups_of_a_story_filed_from_its_own_state_take_that_state(nlp):
    text = _FILED_AT_HOME.format("Journalists were ordered away from their desks while "
                                 "computers were carried out.")
    assert actor_codes(nlp, text, date="2021-06-17")["Journalists"] == "HKGJRN"


def test_a_singular_description_is_no_group_of_the_filed_story(nlp):
    text = _FILED_AT_HOME.format("Ramos, a media entrepreneur turned politician, had been held "
                                 "since 2020.")
    assert actor_codes(nlp, text, date="2021-06-17").get("a media") is None


_KIN_PEOPLE = ("PRISTINA, June 14 (Wire) - Serbs in northern Kosovo blocked two roads on "
               "Wednesday after the arrest of a Serb man, and police said officers came under "
               "fire.\n\nInterior Minister Xhelal Svecla said the blockades were illegal.\n\n"
               "Serb protesters gathered again on Thursday, and Serb leaders said Serbs would not "
               "leave.\n\nSerbs quit the courts last year.\n\nPolice said three officers were hurt.")


def test_a_kin_peoples_adjective_does_not_make_the_story_about_its_kin_state(nlp):
    codes = actor_codes(nlp, _KIN_PEOPLE, date="2023-06-14")
    assert codes["Interior Minister Xhelal Svecla"] == "XKXGOV"
    assert codes["Police"] == "XKXCOP"
    assert codes["the courts"] == "XKXJUD"
    # (session 55) Kosovo's own Serbs are Kosovo's, as batch AA2's and CH's judges read them
    assert codes["Serb protesters"] == "XKXCVL"


def test_a_bosnian_story_still_codes_its_serbs_as_bosnias(nlp):
    text = ("SARAJEVO, May 2 (Wire) - Bosnia's presidency met on Monday as the Serb people's "
            "leaders threatened to quit state institutions.\n\nBosnia's prime minister said the "
            "police would keep order.")
    codes = actor_codes(nlp, text, date="2022-05-02")
    assert codes["the police"] == "BIHCOP"


def test_an_uncoded_adjective_before_an_actor_or_a_led_participle_is_no_actor(nlp):
    text = ("NEW DELHI, Sept 19 (Wire) - India rejected Canada's accusation on Tuesday that its "
            "agents were behind the killing of a Sikh separatist leader in June.\n\nThe call was "
            "welcomed by the Kurdish-led Syrian Democratic Forces.")
    codes = actor_codes(nlp, text, date="2023-09-19")
    assert codes["separatist leader"] == "INDREB"
    assert "Sikh" not in codes
    assert "Kurdish" not in codes


def test_an_uncoded_adjective_before_a_plain_noun_stays_for_the_event_coder(nlp):
    text = "The killing outside a Sikh temple in Surrey angered Canada."
    assert "Sikh" in actor_codes(nlp, text, date="2023-09-19")
