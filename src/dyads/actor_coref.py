"""In-document coreference: later descriptions, surnames and pronouns take an earlier resolution.

"The soldiers" after "Israeli troops", "Weisbrot" after "Mark Weisbrot", "the Russian
president" after "Vladimir Putin", "he said": each carries the country, sector and name of the
nearest suitable earlier mention. What is still unresolved takes the state the article (or its
sentence) is about. This module runs the passes in order and keeps those that copy one
mention's resolution to another; ``actor_context`` infers states from the article and its
sentences, ``actor_pronouns`` resolves pronouns and marks quotations.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .actor_apposed_states import apposed_states
from .actor_anchors import DocIndex, Mention
from .anchor_index import bare_surname, named_in_full_before, tokens_lowered
from .actor_unplaced_people import people_placed_by_sentence
from .actor_context import (HOME_BENCH_WORDS, body_head, courts_of_world_seats, lead_court, headline_state, joint_force_troops, main_country,
                            mentions_within, story_state,
                            agencies_of_the_acting_state, named_in_one_state_story,
                            institutions_named_for_towns, offices_of_states, one_side_groups, press_told_by_speakers, press_told_where, resolve_from_context,
                            worded_state,
                            chambers_told_late, DEPLOY_VERBS, legislatures_of_late_speakers, reactions_after_fronted_scene, spokesmen_of_body_before, federal_organs_of_yugoslavia, voices_naming_their_state, mission_named_before, governments_where_placed, rebels_against_rulers,
                            quoted_after_fronted_scene, strength_of_missions, opening_place,
                            us_administration,
                            sent_delegations, speaker_state, defence_speaker_state, forces_of_holders, _based_in,
                            _other_party_states)
from .actor_lexicon import (KIN_WORDS, LOCATIVE, OTHER_HOLDER, POSSESSIVES, PRIVATE_SECTORS, SEE_TITLES, STAFF_WORDS,
                            STATE_PLURALS,
                            TITLE_MODIFIERS, is_candidacy, role_group, sector_words)
from .countries import INTERGOVERNMENTAL, NON_STATE_CODES, CountryForm, official_name_words
from .actor_kin import relatives_and_compatriots
from .actor_affiliations import firms_of_owners, people_of_bodies
from .actor_staff import (newsroom_staff_of_outlets, spokesmen_of_named_bodies, staff_after_owned_titles,
                          workers_at_placed_bodies)
from .actor_plurals import (conjoined_organs, joint_troops, listed_members, members_included_in_bodies,
                            members_listed_after_group,
                            members_named_in_apposition,
                            named_members, plural_references, sent_from_members, set_off_members,
                            shared_head_sectors)
from .actor_nationals import named_after_noun_before, nationals_in_apposition, nationals_named_by_people_word
from .actor_regions import REGION_WORDS, regional_groups
from .actor_group_states import (LEAD_VERBS, bodies_in_holders_descriptions, groups_in_named_bodies, groups_led_by_named, others_envoys_in_quotations,
                                 own_governments_in_statements,
                                 regional_description)
from .actor_rulers import former_rulers, unnamed_colonial_ruler
from .actor_namesakes import movements_named_across_borders
from .actor_sees import sees_named_by_capitals
from .actor_settled_codes import members_of_group_just_named, staff_named_again
from .actor_pronouns import (
    SAYING_VERBS,
    covered_tokens,
    object_referent,
    quotation_of,
    quotation_of_index,
    quotation_speaker,
    quoted_we,
    relative_homelands,
    requote_we,
    resolve_pronouns,
    speakers_states,
    window_start,
)
from .figures import parse_number
from .kb import fold
from .mention_edges import incoming_holder, is_age
from .mention_names import PUBLIC_BODIES
from .mention_sectors import MISSIONS
from .actor_mentions import BLOC_ALLY
from .nlp import sentence_of_token

__all__ = ["main_country", "object_referent", "quotation_of", "resolve_references", "window_start"]


def resolve_references(ix: DocIndex) -> None:
    """Resolve ``ix.mentions`` from each other, in the order that keeps each pass's evidence."""
    regional_groups(ix)  # first: a group of states by region is no state's, in any context
    _seat_city_as_place(ix)  # (session 56) "searches in Brussels": Belgium's city, not the EU
    _short_names_of_societies(ix)  # (session 56) "the Red Crescent" after "the Syrian Arab Red Crescent"
    movements_named_across_borders(ix)  # (session 49) before "the militants" are read back to them
    forces_of_holders(ix)  # (session 37) before the place they serve in is read as theirs
    offices_of_states(ix)
    institutions_named_for_towns(ix)  # (session 62) before staff take their principal's state
    _organs_named_for_blocs(ix)  # before the bracketed acronym copies the body
    _bracketed_names(ix)
    _described_before_office(ix)  # before "the prime minister" is read as a later holder
    _state_before_descriptions(ix)
    _described_private_people(ix)
    _described_alliances(ix)
    _heads_of_bodies(ix)
    _leaders_of_groups(ix)  # before "the leaders" is read as the president named earlier
    courts_of_world_seats(ix)  # before "the court" is read as the seat's
    lead_court(ix)  # (session 47) before "the court" is read as the state's courts named last
    us_administration(ix)  # before "the administration" is read as the government named earlier
    _organs_at_bodies(ix)  # before "the tribunal" is read back to the organ
    _organs_of_owners(ix)  # (session 37) "Yoon's government ... the government": before it is read back
    _definite_descriptions(ix)
    _staff(ix)
    staff_named_again(ix)  # (session 40) "the spokesman" again: the one just placed by his principal
    _shared_nationality(ix)
    _organs_of_owners(ix)
    sees_named_by_capitals(ix)  # (session 40) "loyal to Rome": before Rome counts as Italy
    members_included_in_bodies(ix)  # (session 61) before the host's state claims a delegation's members
    resolve_from_context(ix)
    members_of_group_just_named(ix)  # (session 40) "Some U.S. lawmakers ... Senator X"
    _monarchies_by_form(ix)
    _commissioners_beside_bloc(ix)  # before a "they" of both copies the story's state
    _leaders_of_groups(ix)  # the groups now have the story's state
    _bracketed_names(ix)
    _bracketed_acronym_members(ix)  # a body the context placed ("Department of State Services (DSS)")
    _described_alliances(ix)  # an alliance of members the context placed
    _bloc_back_references(ix)  # before the bloc's leaders are read as its summit
    _alliance_back_references(ix)  # (session 60) "the alliance" after NATO
    _organs_of_blocs(ix)  # "the bloc's dispute tribunal": once "the bloc" is placed
    lead_court(ix, placed_late=True)  # (session 51) "the bloc's top court ruled": once placed
    sent_delegations(ix)  # "sent by the bloc's organ": the bloc is a mention now
    _collective_heads(ix)
    _named_body_back_references(ix)
    _short_names_of_bodies(ix)
    _spelt_initials(ix)
    _listed_party_leaders(ix)
    _outlets_of_groups(ix)
    _standing_as_candidates(ix)  # before the surnames copy the person's code
    _mission_staff(ix)
    _staff_of_named_missions(ix)
    _envoys_missions(ix)
    _envoys_for_states(ix)
    _former_officials(ix)
    _armed_group_leaders(ix)
    apposed_states(ix)  # (session 44) "X, Serbia's agent", "Y, member of Bosnia's presidency"
    _appositive_heads(ix)
    _heads_of_state_organs(ix)
    _relations_described(ix)
    _names_called_party(ix)
    _led_body_called_his_party(ix)
    _described_in_apposition(ix)
    nationals_in_apposition(ix)  # "X, the German captain of ...": after the named descriptions
    nationals_named_by_people_word(ix)  # (session 58) "another Brazilian, Marco Archer"
    _described_by_state_body(ix)
    _past_descriptions_of_titled(ix)
    _named_after_description(ix)
    _named_after_remit(ix)
    _named_after_group_label(ix)
    _named_head_of_state(ix)
    _headed_by_name(ix)
    _led_by_name(ix)
    groups_led_by_named(ix)  # (session 39) "the opposition, led by X": X's state
    bodies_in_holders_descriptions(ix)  # (session 39) "X, head of the government's delegation"
    groups_in_named_bodies(ix)  # (session 39) "lawmakers in the Nitijela": the body's state
    _bodies_described_in_apposition(ix)
    _descriptions_of_named_bodies(ix)
    _bodies_named_after_description(ix)
    _named_bodies_in_places(ix)
    _other_names(ix)  # "the channel, known as Dozhd": the body described as a channel
    _names_before_kind(ix)
    _aged_descriptions(ix)
    workers_at_placed_bodies(ix)  # "X, an economist at the University of Iceland"
    firms_of_owners(ix)  # (session 46) "companies owned by the armed forces": the owner's state
    people_of_bodies(ix)  # (session 45) "an official with a European relief group", "a spokesman for Oxfam"
    _headed_by_body(ix)  # "Council head X": once the council has the story's state
    staff_after_owned_titles(ix)  # "TV Rain's editor-in-chief, X": once the body is placed
    _chairs_of_named_bodies(ix)  # before the chair's surname is read again
    _carried_forces(ix)  # before "they" is read as the carried troops
    former_rulers(ix)  # "Paris, Congo's former colonial ruler": before pronouns read it
    _coreference(ix)
    forces_of_holders(ix, late=True)  # (session 51) "it has had two governments": once "it" is read
    named_after_noun_before(ix)  # (session 64) "one of its officers ... the officer, Eston Kohver": once "its" is read
    _organs_after_whose(ix)  # (session 51) "Andrej Babis, whose government broke off talks"
    _names_of_owned_descriptions(ix)  # (session 47) "his special envoy, Ibrahim Gambari": once "his" is known
    _state_press_of_speaker(ix)  # (session 47) "he told state television": once "he" is known
    _owned_bodies(ix)  # "Ouattara's TCI channel": once the owner's name is resolved
    _organs_of_owners(ix)  # (session 35) "Masisi's government": once the surname is resolved
    _subsidiaries_of_firms(ix)  # "Heritable Bank, a Landsbanki subsidiary": once the owner is placed
    _acronyms_of_placed_forces(ix)  # "the Republican Forces of Cote d'Ivoire (FRCI)": once placed
    _outlets_named_again(ix)  # "the channel": once the outlets are placed
    _other_names(ix)  # again, once "the channel" is placed
    _offices_of_holders(ix)  # "Martin, who is also deputy prime minister": once "Martin" is known
    _owners_missions(ix)  # "their embassy": once the owners and the quotations' speakers are placed
    mission_named_before(ix)  # (session 64) "its Tehran embassy ... the embassy": once "its" is read
    _bloc_allies(ix)
    one_side_groups(ix)  # "protesters outside his government's headquarters": "his" is known
    _titled_by_body(ix)  # "NLC President X": once the acronym has its body's code
    relatives_and_compatriots(ix)  # "his son, X": after "his" is resolved
    named_members(ix)  # "two French police officers ... officers A and B"
    set_off_members(ix)  # "The petitioners - A, B and C -": once the persons are placed
    members_listed_after_group(ix)  # "officials, among them X": once the group is placed
    members_named_in_apposition(ix)  # (session 48) "two rebel commanders, A and B"
    _staff(ix)  # principals resolved by their surnames or from the article
    spokesmen_of_named_bodies(ix)  # (session 55) "a coalition spokesman" after the coalition
    own_governments_in_statements(ix)  # (session 39) "X said ... of the government": once X is placed
    legislatures_of_late_speakers(ix)  # (session 64) "Clinton said he would work with lawmakers"
    spokesmen_of_body_before(ix)  # (session 64) "the office of the U.S. Trade Representative said ... A spokeswoman said"
    federal_organs_of_yugoslavia(ix)  # (session 64) "The federal army" in a story about Croatia
    voices_naming_their_state(ix)  # (session 64) '"Zaire has opened its door ... we cannot," a government spokesman said'
    requote_we(ix)  # a quoted "we" follows its speaker, now placed with its principal
    _collective_heads(ix)
    _see_titles(ix)
    shared_head_sectors(ix)  # "Indian and Chinese troops": before the plural references count them
    conjoined_organs(ix)  # "Australian and New Zealand troops and police": before they are counted
    joint_troops(ix)  # "Around 1,200 soldiers" after them: both states' troops
    listed_members(ix)  # "governments including Brazil and Chile": the states listed
    plural_references(ix)  # last: the members' states are known by now
    sent_from_members(ix)  # "soldiers from the two countries": once the two are known
    _organs_of_the_country(ix)  # "the country's embassies": the state named last
    newsroom_staff_of_outlets(ix)  # "presenter X" in news of one state's outlets
    named_in_one_state_story(ix)  # what no rule placed, in a story about one state
    agencies_of_the_acting_state(ix)  # "the Central Narcotics Bureau", filed from its state
    _pronouns_of_placed_names(ix)  # a pronoun of a name that story placed only now
    _migrants_from_elsewhere(ix)  # last: undo the story's state wherever it was read into them
    _foreign_commentators(ix)
    others_envoys_in_quotations(ix)  # (session 39) "we keep their ambassador": not the speaker's
    press_told_by_speakers(ix)  # (session 55) once every speaker is placed
    press_told_where(ix)  # (session 59) where they were told, last
    _state_press_of_speaker(ix)  # (session 64) again, once every speaker is placed: "X said, according to state media"
    chambers_told_late(ix)  # (session 57) "Singh told parliament": once the surname is placed
    governments_where_placed(ix)  # (session 57) "in Italy, where a government was sworn in"
    rebels_against_rulers(ix)  # (session 57) "rebels fighting to topple him": once "him" is read
    quoted_after_fronted_scene(ix)  # (session 57) "In Niamey, traders welcomed the news. '...,' said X"
    reactions_after_fronted_scene(ix)  # (session 64) "In Jakarta, X said ... The ruling drew anger from lawmakers"
    strength_of_missions(ix)  # (session 57) "UNAMID has 8,000 personnel, including 4,000 troops"
    people_placed_by_sentence(ix)  # (session 58) "Bucha, where bodies of civilians were found"


# (session 31) Commissioners' titles that are a state's own office, not a bloc's.
_HOME_COMMISSIONERS = frozenset({"police", "crime", "high", "county", "election", "electoral"})


# (session 32) Nouns by which a definite description names a state as an owner.
_STATE_OWNER_NOUNS = frozenset({"country", "nation"})


def _organs_of_the_country(ix: DocIndex) -> None:
    """"Protesters from the Cameroonian diaspora broke into the country's embassies", "Gusmao,
    the country's former president": "the country's" names the state last named before it (in
    its sentence, else the one before) by any mention that carries a state and is not a place
    of the act ("in Paris"), so an organ or office it owns with no state of its own takes it."""
    doc = ix.doc
    for i in tokens_lowered(doc, _STATE_OWNER_NOUNS):
        if i < 1 or i + 2 >= ix.n or doc[i - 1].lower_ != "the" or doc[i + 1].tag_ != "POS":
            continue
        owned = next((m for m in ix.mentions if m.start == i + 2 or m.start <= i + 2 < m.end
                      and m.start > i), None)
        if owned is None or owned.country is not None or owned.name or owned.kind == "pronoun":
            continue
        sid = sentence_of_token(doc, i)
        for s in (sid, sid - 1):
            states = [m for m in ix.mentions if m.end <= i - 1 and m.country and m.kind != "pronoun"
                      and not m.from_context  # (a state only guessed from the scene names none)
                      and sentence_of_token(doc, m.start) == s and m.country not in NON_STATE_CODES]
            named = [m for m in states if not (m.kind == "country" and m.start > 0
                                               and doc[m.start - 1].lower_ in LOCATIVE)]
            if named:
                owned.country = max(named, key=lambda m: m.end).country
                owned.from_context = True
            if states:
                break  # (only places of the act before it: "in Paris, the country's ..." is unsure)


def _commissioners_beside_bloc(ix: DocIndex) -> None:
    """(session 31) "EU foreign policy chief Federica Mogherini and Enlargement Commissioner
    Johannes Hahn": a named "Commissioner" with no state in his own title, joined by "and" to a
    named official of a bloc (EUR, IGO, a region's code), is that bloc's commissioner, not an
    official of the state the story is about."""
    doc = ix.doc
    people = [m for m in ix.mentions if m.kind == "person" and m.name]
    for m in people:
        words = doc[m.start:m.end].text.lower().split()
        if "commissioner" not in words or (m.country and not m.from_context):
            continue
        at = words.index("commissioner")
        if at and words[at - 1] in _HOME_COMMISSIONERS or any(
                ix.anchor_at(k) is not None and ix.anchor_at(k).whole_country is not None  # type: ignore[union-attr]
                for k in range(m.start, m.end)):
            continue
        head = doc[m.start:m.end].root
        if head.dep_ != "conj":
            continue
        other = next((x for x in people if x is not m and x.start <= head.head.i < x.end), None)
        if other is not None and other.country in NON_STATE_CODES and other.sector == "GOV":
            m.country, m.sector, m.from_context = other.country, "GOV", False


def _pronouns_of_placed_names(ix: DocIndex) -> None:
    """(session 31) "National Election Watch ... said it was reviewing": a pronoun read back to a
    named body before any rule had placed it takes the state (and sector, if it has none) that
    the body's nearest earlier mention of that name has been given since."""
    for m in ix.mentions:
        if m.kind != "pronoun" or m.country is not None or not m.name:
            continue
        named = [x for x in ix.mentions if x.kind != "pronoun" and x.name == m.name
                 and x.start < m.start and x.country is not None]
        if named:
            last = max(named, key=lambda x: x.start)
            m.country, m.sector = last.country, m.sector or last.sector


# Head nouns of a description that says a body is made of others ("an alliance of opposition parties").
_ALLIANCE_NOUNS = frozenset({"alliance", "coalition", "bloc", "grouping", "umbrella", "federation", "platform"})


def _described_alliances(ix: DocIndex) -> None:
    """"The Republican Bloc ..., an alliance of opposition parties and civic groups": a named body
    no list knows, described in apposition as an alliance of coded members, is of the first
    member's state and sector (an opposition alliance is the opposition)."""
    doc = ix.doc
    starts = {t: m for m in ix.mentions if m.sector and m is not None for t in range(m.start, m.end)}
    for m in ix.mentions:
        if m.kind != "organisation" or not m.name or m.country is not None:
            continue
        root = doc[m.start:m.end].root
        for desc in (c for c in root.children if c.dep_ == "appos" and c.i >= m.end):
            if desc.lemma_.lower() not in _ALLIANCE_NOUNS:
                continue
            members = [p for c in desc.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            # "an opposition coalition that includes Ennahda": members a relative clause lists
            members += [p for c in desc.children if c.dep_ == "relcl"
                        and c.lemma_.lower() in _INCLUDING_VERBS
                        for p in c.children if p.dep_ == "dobj"]
            first = next((starts[p.i] for p in members if p.i in starts), None)
            # (the alliance's own sector word says what it is: "an opposition coalition")
            own = next((w.sector for c in desc.children if c.dep_ in ("compound", "amod")
                        and (w := sector_words().get(c.lower_)) is not None
                        and w.kind == "group" and w.sector in _PARTY_SECTORS), None)
            if first is not None and first.sector and m.sector in (None, first.sector, own):
                # (again once the context has placed the members: then their state too)
                m.country, m.sector = first.country, own or first.sector
                m.confidence = min(m.confidence, first.confidence, 0.8)
            break


# Verbs of a relative clause that lists an alliance's members ("a coalition that includes X").
_INCLUDING_VERBS = frozenset({"include", "comprise", "unite", "group", "bring"})
# Words that list members out of a group ("executives, including former leader X").
_MEMBER_LISTS = frozenset({"including", "among"})
# Party sectors a listed leader takes from the party that owns the group.
_PARTY_SECTORS = frozenset({"PTY", "OPP"})


def _listed_party_leaders(ix: DocIndex) -> None:
    """"banned the party's executives, including former leader Pita Limjaroenrat": a bare
    "leader" listed among a party's members, or described after his name as a party's (see
    `_party_set_off_after`), leads that party, not the government, so he takes the party's
    state and sector (a title the knowledge base gives is kept)."""
    doc = ix.doc
    by_token = {i: o for o in ix.mentions if o.kind != "person" for i in range(o.start, o.end)}
    for m in ix.mentions:
        if m.kind != "person" or m.sector != "GOV" or "leader" not in (m.role or "").lower().split():
            continue
        described = _party_set_off_after(ix, m) if m.confidence < 1.0 else None
        if described is not None:  # a person the knowledge base knows keeps its row
            m.sector = described.sector
            continue
        titled = _party_in_title(ix, m)
        if titled is not None:
            m.country, m.sector = m.country or titled.country, titled.sector
            continue
        if m.text_role:
            continue
        head = doc[m.start:m.end].root
        title = doc[m.start]
        owner = next((c for c in title.children if c.dep_ == "poss"), None) \
            if title.lower_ == "leader" else None
        if owner is not None and owner.lower_ in _PARTY_PRONOUNS:
            # "the Ennahda party ... the arrest of its leader Rached Ghannouchi": the leader
            # of the body "its" refers to, the latest named before it in the sentence
            party = _latest_body_before(ix, owner.i)
        elif head.dep_ != "pobj" or head.head.lower_ not in _MEMBER_LISTS:
            continue
        else:
            group = head.head.head
            owner = next((c for c in group.children if c.dep_ == "poss"), None)
            party = by_token.get(owner.i) if owner is not None else None
        if party is not None and party.sector in _PARTY_SECTORS and party.country:
            m.country, m.sector = party.country, party.sector
            m.confidence = min(m.confidence, party.confidence)


def _party_in_title(ix: DocIndex, m: Mention) -> Mention | None:
    """(session 31) "VMRO-DPMNE leader Hristijan Mickoski": a body named right before "leader"
    in a person's title, when the text names it as a party, is the party he leads."""
    doc = ix.doc
    lead = next((i for i in range(m.start, m.end) if doc[i].lower_ == "leader"), None)
    if lead is None:
        return None
    before = next((o for o in ix.mentions if o.kind == "organisation" and o.name and o.end == lead
                   and (o.start >= m.start or o.end == m.start)), None)
    if before is None:
        return None
    return next((o for o in ix.mentions if o.kind == "organisation" and o.sector in _PARTY_SECTORS
                 and o.name and fold(o.name) == fold(before.name or "")), None)


def _party_set_off_after(ix: DocIndex, m: Mention) -> Mention | None:
    """"Jose Daniel Ferrer, leader of the opposition Patriotic Union of Cuba": the party's or
    opposition's mention a description set off after the name is, or whose "leader of" it
    names, of the person's state (session 30)."""
    for c in ix.doc[m.end - 1].children:
        if c.dep_ != "appos" or c.i < m.end:
            continue
        led = [o.i for p in c.children if c.lemma_ == "leader" and p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
        found = [d for d in mentions_within(ix, [c]) if (d.start == c.left_edge.i or any(
            d.start <= i < d.end for i in led)) and d.sector in _PARTY_SECTORS and d.country == m.country]
        if found:
            return found[0]
    return None


# Sectors of groups that run their own media: an outlet of theirs speaks for them.
_OUTLET_OWNERS = frozenset({"REB", "UAF", "PTY", "OPP"})


def _outlets_of_groups(ix: DocIndex) -> None:
    """"In a statement read on its Andalus radio station, al Shabaab said": a station, paper or
    channel owned by "its"/"their" is the outlet of the armed group or party the pronoun names
    (the latest body before it in the sentence or, in a phrase put before the clause, the
    clause's subject), so it takes the group's code, not the media sector of the story's state
    (session 29)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.sector != "JRN" or m.kind != "organisation":
            continue
        head = doc[m.start:m.end].root
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _PARTY_PRONOUNS), None)
        if owner is None:
            continue
        group = _latest_body_before(ix, owner.i) or _fronted_owner(ix, head)
        if group is not None and group.sector in _OUTLET_OWNERS and group.country:
            m.country, m.sector = group.country, group.sector
            m.confidence = min(m.confidence, group.confidence)


# Sectors of bodies a person or a state's organ can own: a station, a paper, a firm.
_OWNED_SECTORS = frozenset({"JRN", "BUS"})


def _owned_bodies(ix: DocIndex) -> None:
    """(session 33) "Ouattara's TCI television channel", "the minister's Viva radio": a
    station or a firm with no state of its own whose owner is named before it with "'s" is of
    its owner's state (a national owner's outlet, not a foreign one). Run once the owners'
    names are resolved."""
    doc = ix.doc
    ends = {o.end: o for o in ix.mentions if o.kind in ("person", "organisation")
            and o.country is not None and o.country not in NON_STATE_CODES}
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation" or m.sector not in _OWNED_SECTORS:
            continue
        k = m.start - 1
        while k > 0 and doc[k].tag_ == "NNP" and not ix.used[k]:
            k -= 1  # ("Bamba's Horizon television channel": a name the span left out)
        if k < 1 or doc[k].tag_ != "POS":
            continue
        owner = ends.get(k)
        if owner is not None:
            m.country, m.from_context, m.confidence = owner.country, True, 0.5


# (session 33) Nouns by which an apposition calls a firm part of another ("a Landsbanki
# subsidiary", "Kaupthing's London arm").
_PART_OF_FIRM = frozenset({"subsidiary", "arm", "unit", "affiliate", "branch", "division", "offshoot"})


def _subsidiaries_of_firms(ix: DocIndex) -> None:
    """(session 33) "Heritable Bank, a Landsbanki subsidiary", "Kaupthing Singer & Friedlander,
    Kaupthing's London arm": a named body no list placed, set off by a comma before a phrase
    that calls it the subsidiary (arm, unit) of a placed firm, is a firm (BUS) of the owner's
    state, whichever state its office is in. Run once the owners are placed."""
    doc = ix.doc
    firms = {i: o for o in ix.mentions if o.kind == "organisation" and o.sector == "BUS"
             and o.country is not None and o.country not in NON_STATE_CODES
             for i in range(o.start, o.end)}
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation" or m.sector not in (None, "BUS") \
                or m.end + 2 >= ix.n or doc[m.end].text != ",":
            continue
        owners: set[tuple[str, str]] = set()
        for k in range(m.end + 1, min(m.end + 7, ix.n)):
            if doc[k].is_punct or doc[k].is_sent_start:
                break
            if doc[k].lemma_.lower() in _PART_OF_FIRM and doc[k].pos_ == "NOUN":
                owners = {(firms[j].country, firms[j].start) for j in range(m.end + 1, k) if j in firms}
                break
        if len({c for c, _ in owners}) == 1:
            m.country, m.sector, m.from_context, m.confidence = owners.pop()[0], "BUS", True, 0.5


def _fronted_owner(ix: DocIndex, head: Token) -> Mention | None:
    """The subject mention of the clause a phrase before its subject hangs on ("On its radio,
    the group said": the group)."""
    verb = head
    while verb.head.i != verb.i and not (verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "ccomp")):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > head.i]
    if not subjects:
        return None
    s = subjects[0]
    return next((o for o in ix.mentions if o.start <= s.i < o.end and o.kind in ("organisation", "group")), None)


# Possessives by which a title says whose body's leader someone is ("its leader X").
_PARTY_PRONOUNS = frozenset({"its", "their"})


def _latest_body_before(ix: DocIndex, i: int) -> Mention | None:
    """The latest organisation or group mention before token ``i`` in its sentence."""
    sid = sentence_of_token(ix.doc, i)
    best = None
    for o in ix.mentions:
        if o.end <= i and o.kind in ("organisation", "group") \
                and sentence_of_token(ix.doc, o.start) == sid \
                and (best is None or o.start > best.start):
            best = o
    return best


def _see_titles(ix: DocIndex) -> None:
    """"The Pope" that no earlier named pope claimed (a Coptic pope is named so) heads the Holy
    See, wherever the story is set: not the state the article is about, nor the one it is in
    ("welcomed the pontiff in Baghdad"). Runs after the titles took their named holders."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind == "person" and not m.name and m.nominal in SEE_TITLES \
                and not any(doc[i].lower_ in ("coptic", "orthodox")
                            or (a := ix.anchor_at(i)) is not None and a.whole_country is not None
                            for i in range(m.start, m.end)):
            m.country, m.from_context = SEE_TITLES[m.nominal], False
            m.confidence = max(m.confidence, 0.7)


def _bracketed_names(ix: DocIndex) -> None:
    """"the Supreme Court of Justice (Oberster Gerichtshof) of Austria": a name in brackets
    after a body is that body's own (native or short) name, so it is the same actor, later uses
    of it are too, and an "of <state>" after the brackets still says whose body it is."""
    doc = ix.doc
    aliases: dict[str, Mention] = {}
    ix.mentions.sort(key=lambda m: m.start)
    for m in ix.mentions:
        if m.kind != "organisation" or m.end + 2 >= ix.n or doc[m.end].text != "(":
            continue
        close = next((j for j in range(m.end + 2, min(ix.n, m.end + 8)) if doc[j].text == ")"),
                     None)
        inner = [t for t in doc[m.end + 1:close or m.end] if not t.is_space]
        if close is None or not inner or not all(t.is_title or t.is_upper for t in inner):
            continue
        if len(inner) == 1 and inner[0].is_upper and m.name and m.country:
            _defined_acronym(ix, m, inner[0].i)
        if m.country is None:
            m.country = ix.state_after(close + 1, ("of",), ("name",), skip_the=True)
        if m.sector is None:
            m.sector = next((PUBLIC_BODIES[t.lower_] for t in reversed(doc[m.start:m.end])
                             if t.lower_ in PUBLIC_BODIES), None)
        if m.country is None:
            continue
        if len(inner) == 1 and inner[0].is_upper and m.sector:
            # (session 31) "the main opposition All People's Congress (APC)": the acronym the
            # writer defines is that body's short name, a mention of its own or not
            aliases.setdefault(fold(inner[0].text), m)
        for b in ix.mentions:
            if m.end < b.start and b.end <= close and b.country is None:
                _copy_body(b, m)
                if b.name:
                    aliases.setdefault(fold(b.name), m)
    for b in ix.mentions:
        # (a later use the context gave only a state is the same body too)
        first = aliases.get(fold(b.name)) if b.name and b.kind == "organisation" and (
            b.country is None or b.from_context and b.sector is None) else None
        if first is not None and first.start < b.start:
            _copy_body(b, first)  # "the Oberster Gerichtshof" again, later


def _acronyms_of_placed_forces(ix: DocIndex) -> None:
    """(session 33) "the Republican Forces of Cote d'Ivoire (FRCI) led the final assault": an
    acronym in brackets right after a force or body the context placed only as a group (its
    state and sector read from its words, after the brackets were read) is that force's short
    name, with its code, when the acronym has none of its own."""
    doc = ix.doc
    starts = {b.start: b for b in ix.mentions if b.end - b.start == 1 and b.country is None
              and b.kind == "organisation"}
    for m in ix.mentions:
        if m.kind != "group" or not m.country or not m.sector or m.end + 2 >= ix.n \
                or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
            continue
        b = starts.get(m.end + 1)
        if b is not None and doc[b.start].is_upper and len(doc[b.start].text) >= 2:
            _copy_body(b, m)


def _defined_acronym(ix: DocIndex, body: Mention, k: int) -> None:
    """(session 32) "Reporters Without Borders (RSF) urged ...": an acronym the writer defines in
    brackets after a body's name is that body's, also where a list gives the same letters to
    another body (Sudan's Rapid Support Forces) and where the acronym does not spell the English
    name (the French "Reporters sans frontieres"); so are its later uses in the story."""
    doc = ix.doc
    text = doc[k].text
    for b in ix.mentions:
        if b.start >= k and b.kind == "organisation" and b.name and b.name != body.name \
                and b.end - b.start == 1 and doc[b.start].text == text:
            b.country, b.sector, b.name = body.country, body.sector, body.name
            b.confidence = min(b.confidence, 0.8)


def _bracketed_acronym_members(ix: DocIndex) -> None:
    """"the Human Rights Protection Party (HRPP) ... HRPP officials said": a group whose noun
    is modified by the bracketed acronym of a body named earlier is that body's people, of its
    state and sector (not the government's officials)."""
    doc = ix.doc
    bodies: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind == "organisation" and m.sector and m.end + 2 < ix.n and doc[m.end].text == "(" \
                and doc[m.end + 2].text == ")" and doc[m.end + 1].is_upper \
                and len(doc[m.end + 1].text) >= 2:
            bodies.setdefault(doc[m.end + 1].text, m)
    if not bodies:
        return
    for m in ix.mentions:
        if m.kind != "group" or m.name is not None or m.sector not in (None, "GOV"):
            continue
        head = doc[m.end - 1]
        body = next((bodies[c.text] for c in head.children if c.dep_ == "compound"
                     and c.i < head.i and c.text in bodies and bodies[c.text].end < c.i), None)
        if body is not None:
            m.sector = body.sector
            m.country = body.country or m.country


def _noun_head(span: Span) -> Token:
    """The span's head noun: spaCy's root may be a leading count ("two maritime militia" ->
    "two"), which hangs on the same outside noun as the sector word."""
    root = span.root
    if root.dep_ == "nummod":
        return next((t for t in reversed(span) if not (span.start <= t.head.i < span.end)), root)
    return root


def _shared_nationality(ix: DocIndex) -> None:
    """"the Egyptian cabinet or armed forces": a nationality word before the first of two
    joined sector nouns describes the second too, when that one has no determiner or
    nationality of its own."""
    doc = ix.doc
    by_head = {_noun_head(doc[m.start:m.end]).i: m for m in ix.mentions}
    for m in ix.mentions:
        if m.country is not None or m.sector is None or m.kind not in ("group", "organisation"):
            continue
        root = _noun_head(doc[m.start:m.end])
        if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.dep_ == "conj":
            # "six Chinese coast guard ships and two maritime militia vessels": the sector nouns
            # qualify the joined nouns, so the joined nouns carry the conjunction
            root = root.head
        if root.dep_ != "conj" or any(t.pos_ in ("DET", "PRON") or t.tag_ == "PRP$"
                                      for t in doc[m.start:m.end]):
            continue
        first = by_head.get(root.head.i) or next(
            (by_head[c.i] for c in root.head.children if c.dep_ == "compound" and c.i in by_head), None)
        if first is None or first.sector is None or first.country is None:
            continue
        if any(t.pos_ == "NUM" for t in doc[m.start:m.end]) \
                and not any(t.pos_ == "NUM" for t in doc[first.start:first.end]):
            continue  # a count of its own is a new set, unless both sides are counted alike
        form = next((ix.country_at(t.i) for t in root.head.children
                     if t.dep_ == "amod" and t.i < root.head.i and ix.country_at(t.i) is not None),
                    None)
        if form is not None and form.form == "adjective" and form.iso3 == first.country:
            m.country = first.country


def _short_names_of_societies(ix: DocIndex) -> None:
    """(session 56) "the Syrian Arab Red Crescent ... the Red Crescent said": a national Red
    Crescent or Red Cross society named in full is what the short name means later in the
    article, not the International Committee of the Red Cross the short name alone would be."""
    doc = ix.doc
    named: Mention | None = None
    for m in ix.mentions:
        text = doc[m.start:m.end].text
        if m.kind != "organisation" or not m.name:
            continue
        if m.name.endswith(("Red Crescent", "Red Cross")) and m.country not in (None, "IGO") \
                and m.name != "International Committee of the Red Cross":
            named = m
        elif named is not None and m.country == "IGO" and text.endswith(("Red Crescent", "Red Cross")) \
                and named.name.endswith(text.removeprefix("the ").removeprefix("The ")):
            m.country, m.sector, m.name = named.country, named.sector, named.name


# (session 56) Prepositions of a place where something happens or to which it goes.
_PLACE_PREPS = frozenset({"in", "near", "outside", "at", "across", "around"})


def _seat_city_as_place(ix: DocIndex) -> None:
    """(session 56) "20 searches in Brussels", "a Brussels hotel room": the city that stands for
    the EU when it acts ("Brussels warned", "pressure from Brussels", "a letter to Brussels") is
    Belgium's city where it is only where something happens (a place, of Belgium), as any other
    capital is."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "organisation" or m.name != "Brussels" or m.end - m.start != 1:
            continue
        tok = doc[m.start]
        at = tok.head.head
        felt = at.lemma_.lower() in _FELT_AT_SEATS \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in _FELT_AT_SEATS for c in at.children)
        place = tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS and not felt \
            or tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in _SITES
        if place:
            m.kind, m.country, m.sector, m.name, m.confidence = "country", "BEL", None, None, 1.0


# Effects, feelings and reactions "in Brussels" that are the EU institutions' ("consequences in
# Brussels", "drew sharp criticism in Brussels", as "fears in Washington"; session 42's judges).
_FELT_AT_SEATS = frozenset({"consequence", "fear", "concern", "anger", "alarm", "worry", "frustration",
                            "unease", "irritation", "dismay", "scepticism", "skepticism", "impatience",
                            "support", "opposition", "resistance", "satisfaction", "relief", "criticism",
                            "condemnation", "praise", "outrage", "protest", "welcome", "reaction"})
# Sites a city's name may be set before ("a Brussels hotel room"); before people or bodies
# ("a Brussels spokesman", "Brussels officials") "Brussels" is the EU's.
_SITES = frozenset({"hotel", "room", "park", "airport", "apartment", "flat", "street", "square", "suburb",
                    "district", "neighbourhood", "neighborhood", "station", "hospital", "prison", "restaurant",
                    "cafe", "café", "home", "house", "building", "courthouse", "metro", "office", "bar"})


def _opening_scene(ix: DocIndex, m: Mention) -> str | None:
    """The state of the place a sentence opens in ("In Washington, ..."), when the mention is in
    that sentence after it and the sentence names no other state before the mention."""
    place = opening_place(ix, ix.doc[m.start].sent)
    if place is None or not place.country or place.country in NON_STATE_CODES or place.end > m.start:
        return None
    others = {o.country for o in ix.mentions if place.end <= o.start < m.start and o.country
              and not o.from_context and o.country not in NON_STATE_CODES and o.country != place.country}
    return None if others else place.country


def _state_before_descriptions(ix: DocIndex) -> None:
    """"United States radio personality, television host, and philanthropist Don Imus": a
    state word that opens a list of singular descriptions before a name is the person's
    nationality, as it is before a single one ("Canadian author X"), which the phrase rules
    already read. Only a list of lower-case singular nouns, so "French police, firefighters
    and journalist X" (a plural: several actors) says nothing of X."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.country is not None and not m.from_context:
            continue
        owner = _possessive_state_before(ix, m) if m.role else None
        if owner is not None:
            m.country, m.from_context = owner, False
            m.confidence = max(m.confidence, 0.8)
            continue
        i, commas, nouns = m.start - 1, 0, 0
        while i >= 0 and m.start - i <= 14:
            tok = doc[i]
            if tok.text == ",":
                commas += 1
            elif not (tok.lower_ == "and" or tok.is_lower and tok.tag_ in ("NN", "JJ")):
                break
            nouns += tok.tag_ == "NN"
            i -= 1
        # ("An Australian, Lachlan Bevan": a nationality in apposition, read elsewhere)
        anchor = ix.anchor_at(i) if i >= 0 and commas and nouns else None
        if anchor is not None and any(doc[k].tag_ == "NN" and doc[k].dep_ in ("pobj", "dobj")
                                      for k in range(i + 1, m.start)):
            # (session 64) "Asked whether Washington was taking sides in a Russian quarrel,
            # Clinton said": the nouns are another phrase's, not descriptions of the name
            continue
        form = anchor.whole_country if anchor is not None and anchor.end == i + 1 else None
        if form is None or form.form not in ("adjective", "name") or form.iso3 in NON_STATE_CODES:
            continue
        # (session 56) "His French lawyer, Olivier Metzner, said": an owner's word opens it too
        if doc[anchor.start].is_sent_start or doc[anchor.start - 1].lower_ in ("a", "an", "the", "his", "her", "their") \
                or doc[anchor.start - 1].text in (",", "\u2014"):
            m.country, m.from_context = form.iso3, False
            m.confidence = max(m.confidence, 0.8)


# Most capitalised words a portfolio cut from a title may have ("Climate Change").
_PORTFOLIO_WORDS = 3


def _possessive_state_before(ix: DocIndex, m: Mention) -> str | None:
    """(session 30) "Vanuatu's Climate Change Minister Ralph Regenvanu", where the tagger took
    the portfolio for a title of a work and the mention starts at "Change": the state whose
    possessive opens the capitalised words before a titled person is the person's."""
    doc = ix.doc
    i = m.start - 1
    while i >= 0 and m.start - i <= _PORTFOLIO_WORDS and doc[i].is_title and doc[i].pos_ == "PROPN" \
            and ix.anchor_at(i) is None:
        i -= 1
    if i == m.start - 1 or i < 1 or doc[i].text not in ("'s", "\u2019s"):
        return None
    anchor = ix.anchor_at(i - 1)
    form = anchor.whole_country if anchor is not None and anchor.end == i else None
    if form is None or form.form not in ("name", "capital") or form.iso3 in NON_STATE_CODES:
        return None
    return form.iso3


def _described_private_people(ix: DocIndex) -> None:
    """"An Australian, Brenton Tarrant, aged 28,": a name no list knows, given an age after it,
    is a private person, and a nationality in apposition says whose citizen."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind in ("organisation", "group") and m.name and " " in m.name and not m.orgs \
                and m.country is None and m.sector is None and _aged(ix, m.end):
            m.kind = "person"  # "Siriporn Chaiwan, a 27-year-old designer": a tagger's ORG
        if m.kind != "person" or m.country is not None or m.sector is not None or not m.name:
            continue
        if named_in_full_before(ix, m):
            continue  # "Pita, 43, who led the party" after "former leader Pita Limjaroenrat"
        root = doc[m.start:m.end].root
        k = m.end
        if _aged(ix, k):
            m.sector, m.confidence = "CVL", min(m.confidence, 0.8)
        home = _home_after_age(ix, k)
        if home is not None:
            # "Arnav Gupta, 33-year-old of Bethesda, Maryland": an age and a home town
            m.sector, m.country = "CVL", home
            m.confidence = min(m.confidence, 0.8)
            continue
        if m.sector != "CVL":
            _nationality_in_apposition(ix, m)
            if m.country is None:
                _home_in_apposition(ix, m)
            if m.country is None:
                _home_before_name(ix, m)
            continue
        near = [root.head] if root.dep_ == "appos" else []
        near += [c for c in root.children if c.dep_ == "appos"]
        if m.start >= 3 and doc[m.start - 1].text == "," \
                and doc[m.start - 3].lower_ in ("a", "an", "the"):
            near.append(doc[m.start - 2])  # "An Australian, X," however the parser reads it
        for word in near:
            form = ix.country_at(word.i)
            if form is not None and form.form in ("adjective", "people") \
                    and word.pos_ in ("PROPN", "NOUN"):
                m.country = form.iso3  # "an Australian" names a citizen, not the state
        for word in _nationality_after_age(ix, k) if m.country is None else ():
            form = ix.country_at(word.i)
            if form is not None and form.form in ("adjective", "people"):
                m.country = form.iso3  # "X, 45, a Swedish aid worker"
                break
        if m.country is None:
            # (session 29) "X, 54, a retired nurse from Plovdiv": the home town after the age
            _home_in_apposition(ix, m)


def _nationality_in_apposition(ix: DocIndex, m: Mention) -> None:
    """"said Gul Rahman, an Afghan who sends fruit to Peshawar": a named person no list knows,
    called "a/an <people>" in apposition, is a private person of that people's state, as one
    whom an age describes is (the order "An Australian, X," is read above)."""
    doc = ix.doc
    for c in doc[m.end - 1].children:
        if c.dep_ != "appos" or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            continue
        form = ix.country_at(c.i)
        if form is not None and form.form in ("adjective", "people") and form.iso3 not in NON_STATE_CODES:
            m.country, m.sector = form.iso3, "CVL"
            m.confidence = min(m.confidence, 0.8)
            return


# Words by which a description says the trade is past ("a retired teacher").
_PAST_WORDS = frozenset({"retired", "former", "ex"})
# Sectors of private people a description can give (no office: an office says its own state).
_PRIVATE_SECTORS = PRIVATE_SECTORS | {"REL", "JRN"}


def _home_in_apposition(ix: DocIndex, m: Mention) -> None:
    """"said Ahmed Raza, a fourth-year student from Lahore": a named person no list knows,
    called "a/an <private person> from <place>", comes from that place's state (as "a
    28-year-old from Lahore" does), with the description's sector (students EDU, traders BUS)
    or as a civilian. A description of an office ("an official from Kabul") is left alone."""
    doc = ix.doc
    words = sector_words()
    for c in doc[m.end - 1].children:
        # (session 27) "a lawyer and newspaper editor from ...": the article is the first noun's
        firsts = [c, *(n for n in c.children if n.dep_ == "nmod" and n.i < c.i)]
        if c.dep_ != "appos" or c.i < m.end \
                or not any(d.dep_ == "det" and d.lower_ in ("a", "an")
                           for f in firsts for d in f.children):
            continue
        word = words.get(c.lower_) or words.get(c.lemma_.lower()) or words.get(c.lemma_.lower() + "s")
        sector = word.sector if word is not None else "CVL"
        if sector not in _PRIVATE_SECTORS or word is None and c.pos_ != "NOUN":
            continue
        if any(d.lower_ in _PAST_WORDS for d in c.children):
            sector = "CVL"  # "a retired teacher from Madrid" works no more: a civilian
        for prep in (x for x in c.children if x.dep_ == "prep" and x.lower_ == "from"):
            obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
            form = _home_place(ix, obj) if obj is not None else None
            if form is not None and form.form in ("name", "place", "capital") \
                    and form.iso3 not in NON_STATE_CODES:
                m.country, m.sector = form.iso3, sector
                m.confidence = min(m.confidence, 0.8)
                return


# (session 27) Nouns of a part of a state that a possessive state owns ("Uzbekistan's region").
_PARTS_OF_STATES = frozenset({"region", "province", "state", "district", "city", "town",
                              "village", "county", "territory"})


def _home_place(ix: DocIndex, obj: Token) -> CountryForm | None:
    """Where "from" says someone comes from: a place named outright ("from Lahore"), or a part
    of a state its possessive names ("from Uzbekistan's autonomous Karakalpakstan region")."""
    form = ix.country_at(obj.i)
    if form is not None or obj.lower_ not in _PARTS_OF_STATES:
        return form
    owner = next((d for d in obj.children if d.dep_ == "poss"), None)
    return ix.country_at(owner.i) if owner is not None else None


def _home_before_name(ix: DocIndex, m: Mention) -> None:
    """"A Tripoli economist, Hamza Ben Saleh, said": a named person no list knows, set off
    after "a/an <place or people> <private person>", is of that place's state, with the
    description's sector (traders BUS, students EDU) or as a civilian. An office ("a Tripoli
    official") is left alone: it says its own state and sector."""
    doc = ix.doc
    root = doc[m.start:m.end].root
    c = root.head
    if root.dep_ != "appos" or c.i >= m.start or c.pos_ != "NOUN" \
            or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
        return
    word = sector_words().get(c.lower_) or sector_words().get(c.lemma_.lower() + "s")
    sector = word.sector if word is not None else "CVL"
    if sector not in _PRIVATE_SECTORS:
        return
    if any(d.lower_ in _PAST_WORDS for d in c.children):
        sector = "CVL"  # "a retired Tripoli teacher" works no more: a civilian
    for d in c.children:
        form = ix.country_at(d.i) if d.dep_ in ("compound", "amod") and d.i < c.i else None
        if form is not None and form.form in ("place", "capital", "name", "adjective") \
                and form.iso3 not in NON_STATE_CODES:
            m.country, m.sector = form.iso3, sector
            m.confidence = min(m.confidence, 0.8)
            return


def _aged(ix: DocIndex, k: int) -> bool:
    """Whether an age follows a name ending before token ``k``: ", aged 27", ", 27," (or ", 58."
    closing the sentence) or ", a 27-year-old graphic designer" (an age describes a private
    person, not an office)."""
    doc = ix.doc
    if k + 2 >= ix.n or doc[k].text != ",":
        return False
    return doc[k + 1].lower_ == "aged" and doc[k + 2].like_num \
        or doc[k + 1].like_num and doc[k + 2].text == "," \
        or doc[k + 1].like_num and doc[k + 2].text == "." and doc[k + 1].is_digit \
        and len(doc[k + 1].text) <= 2 \
        or doc[k + 1].lower_ in ("a", "an") and k + 6 < ix.n and is_age(doc, k + 6)


def _home_after_age(ix: DocIndex, k: int) -> str | None:
    """The state of the home town given after a name's age ("X, 33-year-old of Bethesda,
    Maryland", "X, a 28-year-old from Lahore"): where a private person lives says whose
    civilian they are, where the act happens does not."""
    doc = ix.doc
    if k >= ix.n or doc[k].text != ",":
        return None
    j = k + 1 + (k + 1 < ix.n and doc[k + 1].lower_ in ("a", "an"))
    if j + 5 >= ix.n or not is_age(doc, j + 4):
        return None
    j += 5
    if doc[j].lower_ not in ("of", "from"):
        return None
    form = ix.country_at(j + 1)
    return form.iso3 if form is not None and form.form in ("name", "place", "capital") \
        and form.iso3 not in NON_STATE_CODES else None


def _nationality_after_age(ix: DocIndex, k: int) -> list[Token]:
    """The state adjective of a description that follows an age ("Anna Berg, 45, a Swedish
    aid worker,"): the description says whose citizen the person is, where the age alone
    would leave only the scene's state."""
    doc = ix.doc
    j = k + 1
    if j < ix.n and doc[j].lower_ == "aged":
        j += 1
    if not (j + 1 < ix.n and doc[j].like_num and doc[j + 1].text == ","):
        return []
    j += 2
    if j >= ix.n or doc[j].lower_ not in ("a", "an"):
        return []
    out = []
    for t in doc[j + 1:min(ix.n, j + 5)]:
        if t.is_punct or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        out.append(t)
    return out


def _copy_body(b: Mention, m: Mention) -> None:
    b.kind, b.country, b.sector = "organisation", m.country, m.sector
    b.confidence = min(b.confidence, 0.8)


# Offices that, said of several "heads", mean the leaders of many states at once.
_COLLECTIVE_OFFICES = frozenset({"state", "government", "states", "governments"})
# Codes of bodies whose members' leaders meet as one: intergovernmental and regional.
_SUMMITS = frozenset({"IGO", "EUR", "AFR", "ASA", "LAM", "MEA", "NAF", "SAF", "WAF", "EAF"})


def _bare_leaders(ix: DocIndex, m: Mention, words: list[str]) -> bool:
    """Whether ``m`` is "leaders" with no article, nationality or owner ("Leaders also asked",
    "world leaders"), or "leaders of 20 countries": the leaders of several states, not the
    government of the story's state that the context would give them; so are "leaders of the
    bloc" named before."""
    if words[-1:] != ["leaders"] or words[:-1] not in ([], ["world"]):
        return False
    doc, j = ix.doc, m.end
    if j + 2 < ix.n and doc[j].lower_ == "of":
        # "leaders of the 15-nation bloc": of a bloc named, as "leaders of ECOWAS" are
        return doc[j + 1].like_num and doc[j + 2].lower_ in STATE_PLURALS \
            or any(o.start in (j + 1, j + 2) and o.kind == "organisation" and o.definite
                   and o.country in _SUMMITS for o in ix.mentions)
    return not any(c.dep_ in ("poss", "det", "amod", "compound") for c in doc[m.end - 1].children)


# Words between "the" and "bloc" that still refer back to a named bloc ("the 15-nation bloc").
_BLOC_WORDS = frozenset({"regional", "trade", "economic", "nation", "member", "country", "-"})


def _bloc_back_references(ix: DocIndex) -> None:
    """"The Economic Community of West African States suspended Guinea ... the 15-nation bloc":
    news refers back to an intergovernmental body it has named as "the bloc", so the phrase is
    that body (the latest named before it), not an actor missed. Only "the" with a count or
    a word of :data:`_BLOC_WORDS` between ("the opposition bloc" is a party group), and not
    before a name it describes ("the regional bloc IGAD")."""
    doc = ix.doc
    covered = covered_tokens(ix)
    bodies = sorted((m for m in ix.mentions if m.kind == "organisation" and m.name
                     and m.country in _SUMMITS), key=lambda m: m.start)
    if not bodies:
        return
    for k in tokens_lowered(doc, ("bloc",)):
        i = k - 1
        while i > 0 and k - i < 5 and (doc[i].lower_ in _BLOC_WORDS or doc[i].like_num):
            i -= 1
        if covered[k] or doc[i].lower_ != "the" or any(covered[i:k]) \
                or k + 1 < ix.n and covered[k + 1]:
            continue  # ("the regional bloc IGAD": the name it describes is the actor)
        body = next((b for b in reversed(bodies) if b.end <= i), None)
        if body is None:
            continue
        ix.mentions.append(Mention(i, k + 1, "organisation", country=body.country,
                                   sector=body.sector, name=body.name, definite=True,
                                   confidence=min(0.8, body.confidence)))
    ix.mentions.sort(key=lambda m: m.start)


def _alliance_back_references(ix: DocIndex) -> None:
    """(session 60) "NATO said ... Officials at the alliance said", "alliance ambassadors would
    meet", "the alliance would end its mission": after a military alliance is named, "the
    alliance" is that body, and so are the officials and envoys it qualifies, though the story
    is set in another state whose officials the context would make them."""
    doc = ix.doc
    bodies = sorted((m for m in ix.mentions if m.kind == "organisation" and m.name
                     and m.country in _SUMMITS and m.sector == "MIL"), key=lambda m: m.start)
    if not bodies:
        return
    covered = covered_tokens(ix)
    for k in tokens_lowered(doc, ("alliance",)):
        body = next((b for b in reversed(bodies) if b.end <= k), None)
        tok = doc[k]
        if body is None or tok.text[0].isupper() or any(c.dep_ in ("prep", "amod", "poss") for c in tok.children):
            continue  # "an alliance of opposition parties", "the Atlantic alliance's"
        definite = k > 0 and doc[k - 1].lower_ == "the"
        held = tok.head if tok.dep_ == "compound" else \
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "of", "from") and definite else None
        if held is not None:
            for m in ix.mentions:
                if m.end - 1 == held.i and m.kind in ("person", "group") and m.name is None \
                        and (m.country is None or m.from_context):
                    m.country, m.sector, m.from_context, m.confidence = body.country, body.sector, True, 0.6
        if definite and held is None and not covered[k] and not covered[k - 1] and tok.dep_ != "compound":
            ix.mentions.append(Mention(k - 1, k + 1, "organisation", country=body.country, sector=body.sector,
                                       name=body.name, definite=True, confidence=min(0.8, body.confidence)))
    ix.mentions.sort(key=lambda m: m.start)


def _collective_heads(ix: DocIndex) -> None:
    """"The Heads of State condemned threats made by the US Government": leaders of several
    states belong to no one state, least of all one the sentence names as another party's.
    They are the body whose summit they form when the phrase names it ("of the Non-Aligned
    Movement", like "leaders of the African Union"), else uncoded: a guessed state would
    code a summit's statement as one member's."""
    doc = ix.doc
    by_start = {m.start: m for m in ix.mentions}
    for m in ix.mentions:
        if m.named_state or m.country is not None and not m.from_context:
            continue
        words = [t.lower_ for t in doc[m.start:m.end]]
        # (a bare "Leaders" is filed as an unnamed person with the role)
        bare = m.kind == "person" and m.name is None and _bare_leaders(ix, m, words)
        if m.kind not in ("group", "organisation") and not bare:
            continue
        if not bare and not any(w == "heads" and words[k + 1:k + 2] == ["of"]
                                and words[k + 2:k + 3] and words[k + 2] in _COLLECTIVE_OFFICES
                                for k, w in enumerate(words)):
            continue
        body = None
        if bare:
            # "Leaders also asked ...", after "hosted the BRICS summit": the summit's body, if named before
            body = next((o for o in reversed(ix.mentions) if o.end <= m.start and o.kind == "organisation"
                         and o.country in _SUMMITS), None)
        j = m.end
        if j + 1 < ix.n and doc[j].lower_ == "of":
            j += 1
            if doc[j].lower_ == "the" and j + 1 < ix.n:
                j += 1
            other = by_start.get(j) or by_start.get(j - 1)
            if other is not None and other.kind == "organisation" and other.country in _SUMMITS:
                body = other
        m.country = body.country if body is not None else None
        if bare and body is not None:
            m.sector = body.sector  # the body itself (BRICS=IGO), not a government of it
        m.from_context = False
        m.confidence = 0.6 if body is not None else m.confidence


# Titles of whoever leads any body: the body, not the title, says the sector.
_LEADER_TITLES = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "head"})


def _heads_of_bodies(ix: DocIndex) -> None:
    """"The Supreme Court is led by President Brenda Hale", "the court's President Hale": the
    president of a court or bank serves that body (its sector and state), not a government."""
    doc = ix.doc
    by_token: dict[int, Mention] = {}
    for m in ix.mentions:
        if m.kind == "organisation":
            for i in range(m.start, m.end):
                by_token[i] = m
    for m in ix.mentions:
        if m.kind != "person" or not m.name or not m.role \
                or m.role.lower().split()[-1] not in _LEADER_TITLES:
            continue
        head = doc[m.end - 1]
        body = next((by_token[c.i] for t in doc[m.start:m.end] for c in t.children
                     if c.dep_ == "poss" and c.i in by_token), None)
        if body is None and head.dep_ == "pobj" and head.head.lower_ == "by":
            verb = head.head.head
            if verb.lemma_.lower() in LEAD_VERBS:
                if verb.dep_ == "acomp":  # "is lead by" read as an adjective
                    verb = verb.head
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                body = by_token.get(subject.i) if subject is not None else None
        if body is not None and (body.sector or body.country):
            m.sector = body.sector
            m.country = body.country or m.country


# Words for the people at the head of a body or group ("the leaders of the main parties").
_GROUP_HEADS = _LEADER_TITLES | {"leader", "chief"}


def _leaders_of_groups(ix: DocIndex) -> None:
    """"The leaders of the main political parties", "the head of the rebel group": unnamed
    leaders "of" a body or group with a sector lead it, so they take its sector and, once it
    has one, its state; a leader word is no government office of its own (nor the president
    named earlier)."""
    doc = ix.doc
    by_token: dict[int, Mention] | None = None  # built at the first leader found (most stories have none)
    for m in ix.mentions:
        if m.kind != "person" or m.name is not None:
            continue
        head = doc[m.end - 1]
        if head.lemma_.lower() not in _GROUP_HEADS \
                or m.end >= ix.n or doc[m.end].lower_ != "of" or doc[m.end].head.i != head.i:
            continue
        if by_token is None:
            by_token = {i: o for o in ix.mentions if o.kind in ("group", "organisation") and o.sector
                        for i in range(o.start, o.end)}
        body = next((by_token.get(c.i) for c in doc[m.end].children if c.dep_ == "pobj"), None)
        if body is None:
            continue
        m.sector = body.sector
        if m.country is None and body.country is not None:
            m.country, m.from_context = body.country, body.from_context


def _titled_in_apposition(ix: DocIndex, m: Mention, by_token: dict[int, Mention]) -> bool:
    """"Read out by the court's president, Maria Lopez": a name no list knows, set off after
    the leader title of a body whose state is known, is that leader, of the body's state and
    sector. Whether it was so placed."""
    doc = ix.doc
    root = doc[m.start:m.end].root
    title = root.head
    if root.dep_ != "appos" or title.i >= m.start \
            or title.lemma_.lower() not in _LEADER_TITLES | {"governor", "leader", "speaker"}:
        return False  # ("the bank's governor, Sadiq al-Kabir": a bank's head is a governor)
    body = next((by_token[c.i] for c in title.children if c.dep_ == "poss" and c.i in by_token),
                None) or _its_body(ix, title)
    if body is None and title.lemma_.lower() == "speaker":
        # (session 30) "The speaker of parliament, X": the chamber of the "of" phrase
        body = next((by_token[o.i] for c in title.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj" and o.i in by_token), None)
    if body is None or not body.sector or body.country in NON_STATE_CODES:
        return False
    m.sector, m.country = body.sector, body.country
    m.confidence = min(m.confidence, 0.8)
    return True


def _its_body(ix: DocIndex, title: Token) -> Mention | None:
    """"The Lebanese Forces rejected the charge, and its leader, Samir Geagea, ...": the body
    "its" owns is the nearest mention before the title in its sentence, when that is a body."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in title.children):
        return None
    sid = sentence_of_token(ix.doc, title.i)
    before = [x for x in ix.mentions if x.end <= title.i and x.kind != "pronoun"
              and sentence_of_token(ix.doc, x.start) == sid]
    last = max(before, key=lambda x: x.end, default=None)
    return last if last is not None and last.kind == "organisation" and last.country else None


def _titled_by_body(ix: DocIndex) -> None:
    """"NLC President Jane Roe", "ACME Chairman John Doe": a named non-government body right
    before a leader's title is the body the person leads, so the person takes its state and
    sector, not a government's ("President" alone would say GOV). Run once the bodies' own
    acronyms are resolved; a person the knowledge base knows keeps its row, and the person's
    later mentions by name follow."""
    doc = ix.doc
    bodies: dict[str, Mention] = {}
    for o in ix.mentions:
        if o.kind == "organisation" and o.sector and o.sector != "GOV":
            bodies[doc[o.start:o.end].text] = o
            # ... and by its initials ("Zambia Congress of Trade Unions" -> "ZCTU")
            initials = "".join(t.text[0] for t in doc[o.start:o.end] if t.is_title)
            if len(initials) >= 2:
                bodies.setdefault(initials, o)
    for acronym, body in _bracketed_parties(ix).items():
        bodies.setdefault(acronym, body)
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 or m.start == 0:
            continue
        first = doc[m.start]
        if m.role and m.role.lower().split()[-1] in _ACRONYM_LEADERS and first.dep_ == "compound" \
                and first.is_upper and first.text in bodies and first.head.i < m.end:
            # (session 48) "PLRA president Efrain Alegre": the mention holds the acronym
            before = first
        elif m.role and m.role.lower().split()[-1] in _LEADER_TITLES:
            before = doc[m.start - 1]
        elif not m.role and m.start > 1 and doc[m.start - 1].lower_ in _LEADER_TITLES \
                and doc[m.start - 1].is_lower:
            # "the petitioners - A, B and NPP chairman C": a title the name's mention left
            # out (the body has a mention of its own) still makes C the body's leader
            before = doc[m.start - 2]
        else:
            continue
        body = bodies.get(before.text)
        if body is None or body.sector == m.sector or before.dep_ != "compound":
            continue
        m.sector, m.country = body.sector, body.country or m.country
        moved[m.name] = m
    for m in ix.mentions:
        led = moved.get(m.name) if m.kind in ("person", "pronoun") and m.name else None
        if led is not None and m is not led and m.role in (None, led.role):
            m.sector, m.country = led.sector, led.country


# Titles of a party's head after its acronym ("PLRA leader X"); "leader" alone says GOV.
_ACRONYM_LEADERS = _LEADER_TITLES | {"leader", "secretary-general", "spokesman", "spokeswoman"}
# Last words of a party's or movement's name before its bracketed acronym.
_PARTY_NAME_ENDS = frozenset({"party", "front", "movement", "alliance", "union", "congress",
                              "league", "coalition"})


def _bracketed_parties(ix: DocIndex) -> dict[str, Mention]:
    """(session 48) "a youth leader of the Authentic Radical Liberal Party (PLRA), the main
    opposition force": a party's acronym the writer defines in brackets, where the party's name
    is part of a longer mention (or its own, placed as a party). The party is of the state of the
    mention around it; OPP when the appositive after the brackets calls it the opposition, else
    PTY. Returns acronym -> a stand-in mention with that state and sector."""
    doc = ix.doc
    found: dict[str, Mention] = {}
    for m in ix.mentions:
        end = m.end if doc[m.end - 1].lower_ in _PARTY_NAME_ENDS else None
        if end is None or end + 2 >= ix.n or doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        acronym = doc[end + 1].text
        if not doc[end + 1].is_upper or len(acronym) < 2 or not doc[end - 1].is_title \
                or m.sector not in (None, "PTY", "OPP") and m.kind == "organisation" \
                or not m.country:
            continue
        k = end + 3
        words = [t.lower_ for t in doc[k + 1:min(k + 6, ix.n)]] \
            if k < ix.n and doc[k].text == "," else []
        sector = "OPP" if "opposition" in words or m.sector == "OPP" else "PTY"
        found.setdefault(acronym, Mention(m.start, end, "organisation", country=m.country,
                                          sector=sector))
    return found


# Bare words for whoever leads a body, written between the body and the name.
_HEAD_WORDS = frozenset({"head", "chief", "boss"})
# Sectors of a state's own organs.
_STATE_SECTORS = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY"})


def _headed_by_body(ix: DocIndex) -> None:
    """"National Electoral Council head Elvis Amoroso": a bare "head" or "chief" between a
    state's organ and a name makes the person that organ's leader, of its state and sector
    (the word alone gives neither); so does "the court's president, X". Run once the organ has its state from the story; both
    stay actors of their own, and the person's later mentions by name follow."""
    doc = ix.doc
    by_end = {x.end: x for x in ix.mentions if x.kind == "organisation" and x.country}
    by_token = {i: x for x in by_end.values() for i in range(x.start, x.end)}
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind == "person" and m.name and not m.role and m.sector is None \
                and m.country is None and _titled_in_apposition(ix, m, by_token):
            moved[m.name] = m
            continue
        if m.kind != "person" or m.country and not m.from_context or m.end - m.start < 2 \
                or not m.name or doc[m.start].lower_ not in _HEAD_WORDS:
            continue  # (session 28: the organ outranks a state the sentence only guessed)
        body = by_end.get(m.start)
        if body is None or body.sector not in _STATE_SECTORS:
            continue
        m.country, m.sector = body.country, body.sector
        m.confidence = max(m.confidence, 0.8)
        moved[m.name] = m
    for m in ix.mentions:
        led = moved.get(m.name) if m.kind == "person" and m.name else None
        if led is not None and m is not led and not m.country:
            m.sector, m.country = led.sector, led.country


# Last words of the names of an intergovernmental body's own organs ("... Action Group").
_ORGAN_NAME_HEADS = frozenset({"group", "council", "commission", "committee", "court",
                               "assembly", "secretariat", "parliament", "mission", "force"})


def _organs_named_for_blocs(ix: DocIndex) -> None:
    """(session 34) "The Commonwealth Ministerial Action Group (CMAG)", "the ECOWAS Standby
    Force": a body no list knows, whose name opens with the name of an intergovernmental
    organisation and ends in an organ's noun, is that organisation's organ and takes its code
    (IGO); a firm named so ("Commonwealth Bank") ends otherwise and keeps its own."""
    blocs: dict[str, str] = {}
    for o in ix.kb.organisations:
        if o.country in INTERGOVERNMENTAL:
            for name in (o.name, *o.aliases):
                blocs.setdefault(name, o.country)
    for m in ix.mentions:
        if m.kind != "organisation" or m.country is not None or not m.name \
                or m.name.split()[-1].lower() not in _ORGAN_NAME_HEADS:
            continue
        words = m.name.removeprefix("the ").removeprefix("The ").split()
        owner = next((blocs[" ".join(words[:k])] for k in range(len(words) - 1, 0, -1)
                      if " ".join(words[:k]) in blocs), None)
        if owner is not None:
            m.country, m.from_context, m.confidence = owner, True, min(m.confidence, 0.8)


# Body nouns written lower-case before a leader's title ("committee chairman X").
_CHAIRED_BODIES = frozenset({"committee", "commission", "council", "board", "panel", "tribunal",
                             "assembly", "court"})


def _chairs_of_named_bodies(ix: DocIndex) -> None:
    """(session 34) "The Norwegian Nobel Committee honoured Liu ... committee chairman Thorbjorn
    Jagland said": a bare body noun before a leader's title names the body the story named
    earlier with that noun as its last word, and the chair takes that body's code, or the
    state its name carries ("Norwegian") where the body has no code of its own."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or m.country is not None or m.end - m.start < 3:
            continue
        noun, title = doc[m.start], doc[m.start + 1]
        if noun.text != noun.lower_ or noun.lower_ not in _CHAIRED_BODIES \
                or title.lower_ not in _LEADER_TITLES:
            continue
        named = next((t for t in reversed(doc[:m.start]) if t.text == noun.text.title()
                      and t.pos_ == "PROPN" and t.left_edge.i < t.i), None)
        if named is None:
            continue
        inside = [o for o in ix.mentions if o.country and o.kind != "pronoun"
                  and named.left_edge.i <= o.start and o.end <= named.i + 1]
        body = next((o for o in inside if o.kind == "organisation" and o.end == named.i + 1), None)
        state = body or next((o for o in inside if o.kind == "country"), None)
        if state is not None:
            m.country, m.sector = state.country, m.sector or (body.sector if body else None)
            m.from_context, m.confidence = True, min(m.confidence, 0.8)


# Verbs by which a vessel or an aircraft carries people ("warships carrying 2,300 Marines").
_CARRYING = frozenset({"carry", "transport", "ferry"})


def _carried_forces(ix: DocIndex) -> None:
    """(session 34) "three U.S. warships carrying some 2,300 Marines": troops a state's
    vessels or forces carry are that state's forces. Only armed nouns ("Marines", "troops"),
    so that "a navy ship carrying 300 migrants" leaves the migrants their own state."""
    doc = ix.doc
    by_token = {i: o for o in ix.mentions if o.country and o.sector == "MIL" and o.kind != "pronoun"
                for i in range(o.start, o.end)}
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation"):
            continue
        head = doc[m.start:m.end].root
        word = sector_words().get(head.lower_)
        if word is None or word.sector != "MIL" or head.dep_ != "dobj" \
                or head.head.lemma_.lower() not in _CARRYING:
            continue
        verb = head.head
        carrier = by_token.get(verb.head.i) if verb.dep_ == "acl" else next(
            (by_token[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in by_token), None)
        if carrier is not None:
            m.country, m.sector = carrier.country, m.sector or "MIL"
            m.from_context, m.confidence = True, min(carrier.confidence, 0.8)


def _troops_of_bloc(ix: DocIndex, m: Mention) -> None:
    """"the East African Community said the first soldiers of a regional force would deploy":
    a regional force's troops are the one regional body (IGO) their sentence names."""
    sid = sentence_of_token(ix.doc, m.start)
    blocs = {o.name or o.country for o in ix.mentions if o.country == "IGO"
             and o.kind == "organisation" and sentence_of_token(ix.doc, o.start) == sid}
    if len(blocs) == 1:
        m.country, m.from_context, m.confidence = "IGO", True, 0.6


def _sent_by_subject(head: Token) -> bool:
    """Whether a force noun has a relative clause with a subject of its own that sends or keeps
    it ("the troops it sent", "the police that Kenya deployed"): a force told by its sender, not
    the force of that group named before."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in DEPLOY_VERBS
               and any(g.dep_ == "nsubj" for g in c.children) for c in head.children)


def _definite_descriptions(ix: DocIndex) -> None:
    """"The soldiers" after "Israeli troops", "the president" after "President Putin":
    a definite description with no state of its own refers back to the latest earlier
    mention with the same head noun or title group (sectors.tsv ``refers``), not to the
    nearest state in its sentence. "the government in Caracas" names its state outright.
    A person named inside a quotation is antecedent only within that quotation: a speaker's
    passing "Assad" is not the article's "the president".
    """
    doc = ix.doc
    ix.mentions.sort(key=lambda m: m.start)
    region = quotation_of_index(ix)
    # (synonym group, quotation or -1) -> latest resolved mention there
    latest: dict[tuple[str, int], Mention] = {}
    armed: dict[str, Mention] = {}  # sector -> latest named armed body with a state
    several: dict[tuple[str, int], Mention] = {}  # the same, for plural descriptions only
    quoted: dict[str, Mention] = {}  # synonym group -> latest body with a state in any quotation
    blocs: dict[str, Mention] = {}  # (session 39) synonym group -> latest bloc's body (IGO, EUR)
    told: dict[str, list[Mention]] = {}  # (session 52) synonym group -> every placed mention, in order
    for m in ix.mentions:
        here = region(m.start)
        if m.kind == "person" and m.name is not None:  # roles from appositions came late
            m.refers = tuple(k for k in (role_group(m.role), role_group(m.text_role)) if k)
        if m.country is None and m.kind == "group" and joint_force_troops(doc, m):
            _troops_of_bloc(ix, m)
        elif m.definite and m.country is None and m.name is None and m.refers \
                and m.kind in ("group", "organisation", "person") \
                and not any(doc[i].lower_ in OTHER_HOLDER for i in range(m.start, m.end)):
            # "the embassy in Baghdad": a mission's town is its host, not its owner; only an
            # earlier named embassy ("the US embassy") says whose it is
            mission = doc[m.end - 1].lemma_.lower() in MISSIONS
            located = None if mission else _located_in(ix, m.end)
            if located is None and m.sector == "GOV" and m.kind == "organisation" \
                    and (opened := opening_place(ix, doc[m.start].sent)) is not None \
                    and opened.end <= m.start and opened.country not in NON_STATE_CODES \
                    and doc[opened.end].lower_ == "there":
                located = opened.country  # (session 63) "In Havana there was no response from the government"
            # "Pakistan's prime minister said the government would ...": an official speaks
            # of their own government, whatever government the article named before
            spoken = speaker_state(ix, m) if located is None and m.sector == "GOV" \
                and m.kind in ("group", "organisation") else None
            if located is None and m.sector == "MIL" and m.kind == "group":
                spoken = defence_speaker_state(ix, m)  # (session 63) "the defence minister said the troops"
            if located is not None:
                m.country, m.confidence = located, 0.8
            elif spoken is not None:
                m.country, m.from_context, m.confidence = spoken, True, 0.6
            elif m.sector in ("MIL", "COP") and _sent_by_subject(doc[m.end - 1]):
                pass  # (session 64) "withdraw the troops it sent to Rwanda": the sender's, read once "it" is
            elif (owner := _of_named_owner(ix, m)) is not None:
                # (session 37) "the two governments of the leftist FMLN party": its own owner;
                # (session 39) a bloc's own body ("the Court of Justice of ECOWAS") is the bloc's
                if owner.country in NON_STATE_CODES and owner.kind == "organisation" and m.kind == "organisation":
                    m.country, m.confidence = owner.country, 0.8
            else:
                for key in m.refers:
                    cand = latest.get((key, -1))
                    inside = latest.get((key, here)) if here >= 0 else None
                    if inside is not None and (cand is None or inside.start > cand.start):
                        cand = inside
                    if cand is not None and _one_named_person(doc, cand) and doc[m.end - 1].tag_ == "NNS" \
                            and cand.country in _other_party_states(ix, m):
                        # (session 32) "The leaders found a way to punish Asuncion and to let
                        # Caracas in" after "President Hugo Chavez welcomed the decision": a
                        # plural whose own act is aimed at the state of the one person named
                        # last is not that person, but the latest plural of its group before
                        cand = several.get((key, here)) or several.get((key, -1))
                    if cand is not None and _one_named_person(doc, cand) and doc[m.end - 1].tag_ == "NNS" \
                            and m.kind == "person" and doc[m.end - 1].lemma_.lower() in _ENVOY_TITLES:
                        # (session 63) '"The ambassadors saved his life"' after "Foreign envoys, among
                        # them the French ambassador, Jean-Raphael Dufour": several envoys are not the
                        # one named last, but the latest plural of its group, if any
                        cand = several.get((key, here)) or several.get((key, -1))
                    if cand is not None and _one_named_person(doc, cand) and _of_several_states(doc, m):
                        # (session 45) "watched by the leaders of the four countries", "the four
                        # presidents": several heads of states are not the one leader named last
                        cand = several.get((key, here)) or several.get((key, -1))
                        if cand is not None and _of_several_states(doc, cand):
                            cand = None
                    if cand is not None and cand.sector == "GOV" and _seizure_title(doc, m):
                        # (session 59) "sanctions against the coup leaders" after "Benin's President
                        # Thomas Boni Yayi would fly to mediate": those who seized power are no
                        # government named before, but the junta, if one was
                        cand = armed.get("junta")
                        if cand is None:
                            break
                    if cand is not None and (alike := _described_alike(doc, m, cand, told.get(key, []))) is not None:
                        cand = alike
                    if cand is not None and (same := _same_word_before(ix, m, cand, told.get(key, []))) is not None:
                        cand = same
                    if cand is not None and _acts_on(doc, cand, m):
                        # (session 63) "Venezuelan President Carlos Andres Perez ... offered the
                        # deposed president asylum": whom a person acts on is someone else, the
                        # latest of its group told before who is not the doer
                        cand = next((c for c in reversed(told.get(key, [])) if not _acts_on(doc, c, m)
                                     and c.name != cand.name), None)
                    if cand is None or m.sector and cand.sector and m.sector != cand.sector \
                            and not _opposition_lawmaker(m, cand) and not _past_holder(doc, m, cand) \
                            or _other_portfolio(doc, m, cand):
                        continue
                    if m.sector in ("JUD", "LEG") and doc[m.end - 1].tag_ == "NNS" \
                            and (scene := _opening_scene(ix, m)) is not None and scene != cand.country:
                        # (session 56) "In Washington, the State Department said ... after the courts
                        # rejected his last appeals": the courts of the scene the sentence opens in,
                        # not the French court named sentences before
                        m.country, m.from_context, m.confidence = scene, True, 0.6
                        break
                    if cand.name and doc[m.end - 1].tag_ == "NNS" \
                            and body_head(doc, cand).i != cand.end - 1:
                        continue  # (session 30) "the courts" are not the one court named
                    if _stale_foreign_government(ix, m, cand) or _regional_group(doc, m, cand):
                        break  # the story's own government: left to the context passes
                    if m.sector == "JUD" and cand.country in NON_STATE_CODES and not regional_description(doc, m) \
                            and any(doc[i].lower_ in HOME_BENCH_WORDS for i in range(m.start, m.end)):
                        break  # (session 48) "the military court" after the World Court: a state's
                    if regional_description(doc, m) and cand.country not in NON_STATE_CODES \
                            and not regional_description(doc, cand):
                        # (session 39) "the regional court" after "the ECOWAS court" and "Cape
                        # Verde's Supreme Court": a bloc's body named before, never a state's
                        # own named body (left to the context passes if no bloc's was named)
                        cand = blocs.get(key)
                        if cand is None:
                            break
                    m.country = cand.country
                    m.name = cand.name if cand.kind == m.kind or m.kind != "organisation" else None
                    m.sector = cand.sector or m.sector
                    m.confidence = min(0.8, cand.confidence)
                    break
                else:
                    # "the paramilitary Rapid Support Forces ... the paramilitaries": a named
                    # armed force is seldom named again by its noun, so the description is
                    # the latest armed body of its sector
                    cand = armed.get(m.sector or "") if m.kind == "group" else None
                    if cand is not None and cand.country in NON_STATE_CODES and "rebel" in armed \
                            and any(t.lemma_.lower() == "rebel" for t in doc[m.start:m.end]):
                        # (session 61) "one of the rebel groups" after the Free Syrian Army and
                        # Islamic State: a state's rebels, not the world's jihadist network
                        cand = armed["rebel"]
                    if cand is None and here >= 0 and m.sector in _QUOTED_FORCES:
                        # (session 32) "helping the army that is bombing Ukraine", quoted, after
                        # another speaker's "We did not help the Russian army": with no army
                        # named in its own quotation or the narrative, a quoted armed body is
                        # the one another quotation named
                        cand = next((quoted[k] for k in m.refers if k in quoted), None)
                    if cand is None and "junta" in m.refers:
                        cand = armed.get("junta")
                    if cand is not None:
                        m.country, m.confidence = cand.country, min(0.6, cand.confidence)
        if m.country is not None and not _gone_before(doc, m) and not _force_of_years_before(ix, m):
            for key in m.refers or _named_body_group(ix, m):
                latest[(key, here)] = m
                told.setdefault(key, []).append(m)
                if here >= 0 and m.kind != "person" and not m.from_context:
                    quoted[key] = m
                if doc[m.start:m.end].root.tag_ in ("NNS", "NNPS") and not m.name:
                    several[(key, here)] = m
                if m.country in NON_STATE_CODES and m.kind == "organisation":
                    blocs[key] = m
            if m.name is not None and m.sector in _ARMED_BODIES:
                armed[m.sector] = m
                if m.sector == "REB" and m.country not in NON_STATE_CODES:
                    armed["rebel"] = m
            if _military_rulers(doc, m):
                armed["junta"] = m


def _acts_on(doc: Doc, doer: Mention, m: Mention) -> bool:
    """Whether ``doer`` is the subject of the verb ``m`` is the object of (directly, as "to" or
    as a second object), or of a verb joined to it by "and" that shares the subject."""
    tok = doc[m.end - 1]
    if tok.dep_ == "compound" and tok.head.dep_ == "dobj" and tok.head.i == tok.i + 1:
        tok = tok.head  # ("offered the deposed president asylum": the parser's compound)
    if tok.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = doc[doer.end - 1]
    while verb is not None:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i:
            return True
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return False


def _force_of_years_before(ix: DocIndex, m: Mention) -> bool:
    """(session 63) Whether ``m`` is a named army whose act its clause dates years before the story
    ("Bhutan's army drove Assamese separatists from camps in its jungles in 2003", in a story of
    2015): "the army" the story's people speak of later is not that one."""
    if m.sector != "MIL" or m.kind != "organisation" or not ix.date:
        return False
    tok = ix.doc[m.end - 1]
    if tok.dep_ != "nsubj":
        return False
    years = [int(p.text) for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "in"
             for p in c.children if p.dep_ == "pobj" and p.text.isdigit() and len(p.text) == 4]
    return bool(years) and max(years) < int(ix.date[:4]) - 1


# (session 63) Verbs by which a force leaves a country.
_LEAVING_VERBS = frozenset({"pull", "withdraw", "leave", "depart", "quit"})


def _gone_before(doc: Doc, m: Mention) -> bool:
    """(session 63) Whether ``m`` is a force told as having left, in a clause of time ("the first
    peacekeeping mission in Somalia since U.N. troops pulled out in 1995"): the later "the
    peacekeepers" are not those who left."""
    tok = doc[m.end - 1]
    verb = tok.head
    return m.sector == "MIL" and tok.dep_ == "nsubj" and verb.lemma_.lower() in _LEAVING_VERBS \
        and any(c.dep_ == "mark" and c.lower_ in ("since", "after", "until", "when") for c in verb.children)


def _past_holder(doc: Doc, m: Mention, cand: Mention) -> bool:
    """(session 63) "the deposed president" after the ousted Aristide (no longer in office: ELI):
    a title that says its holder lost the office goes back to a former holder."""
    return m.kind == cand.kind == "person" and bool(cand.name) and cand.sector == "ELI" \
        and any(t.lower_ in _OUSTED_WORDS for t in doc[m.start:m.end])


# (session 63) Words that say a title's holder has lost the office.
_OUSTED_WORDS = frozenset({"deposed", "ousted", "toppled", "overthrown", "former", "exiled", "ex"})


def _opposition_lawmaker(m: Mention, cand: Mention) -> bool:
    """(session 60) "the senator" after "opposition Senator Roger Pinto": a lawmaker's title
    goes back to a named lawmaker of the opposition."""
    return m.kind == cand.kind == "person" and bool(cand.name) and m.sector == "LEG" and cand.sector == "OPP"


# (session 59) Modifiers of a title that make its holders those who seized power.
_SEIZURE_WORDS = frozenset({"coup", "putsch", "junta", "mutiny", "mutineer", "rebel"})


def _seizure_title(doc: Doc, m: Mention) -> bool:
    """Whether a description's modifiers make its holders those who seized power ("the coup
    leaders"): they hold no office named before."""
    return any(doc[i].lower_ in _SEIZURE_WORDS for i in range(m.start, m.end - 1))


def _described_alike(doc: Doc, m: Mention, cand: Mention, earlier: list[Mention]) -> Mention | None:
    """(session 52) "A special African court in Senegal sentenced ... the International Court of
    Justice ordered ... to set up the special court": a description whose adjective the latest
    body of its noun lacks is the earlier one described with that adjective."""
    adjectives = {t.lower_ for t in doc[m.start:m.end - 1] if t.dep_ == "amod" and t.is_lower}
    if not adjectives or any(t.lower_ in adjectives for t in doc[cand.start:cand.end]):
        return None
    return next((o for o in reversed(earlier) if o is not cand and o.start < m.start
                 and any(t.lower_ in adjectives for t in doc[o.start:o.end])), None)


def _same_word_before(ix: DocIndex, m: Mention, cand: Mention, earlier: list[Mention]) -> Mention | None:
    """(session 58) "The rebels advanced ... he sent troops to fight Islamist militants in Mali
    ... as the rebels advanced": a bare "the <noun>" said again is the last one called by that
    very word, not a synonym placed in another state by an "in <place>" since."""
    doc = ix.doc
    if m.end - m.start != 2 or doc[m.start].lower_ != "the":
        return None
    word = doc[m.end - 1].lemma_.lower()
    if doc[cand.end - 1].lemma_.lower() == word:
        return None
    placed = cand.end + 1 < ix.n and doc[cand.end].lower_ == "in" \
        and (place := ix.country_at(cand.end + 1)) is not None and place.iso3 == cand.country
    # (session 62) or the two sides of one sentence: "Twenty Indian soldiers were killed in a
    # clash with Chinese troops ... the soldiers died": the soldiers, not the troops
    side = sentence_of_token(doc, cand.start)
    return next((o for o in reversed(earlier) if o is not cand and o.start < m.start
                 and doc[o.end - 1].lemma_.lower() == word and o.country != cand.country
                 and (placed or o.start < cand.start and sentence_of_token(doc, o.start) == side)), None)


def _of_named_owner(ix: DocIndex, m: Mention) -> Mention | None:
    """(session 37) The other actor an "of" phrase after the description names as whose it is
    ("the two governments of the leftist FMLN party"): the description is that owner's, not the
    latest one of its noun named before. (session 39) The "of" phrase may follow another one of
    the body's own name ("the Court of Justice of the Economic Community of West African States")."""
    doc = ix.doc
    if m.end >= ix.n:
        return None
    objs = [p for c in doc[m.end - 1].children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= m.end
            for p in c.children if p.dep_ == "pobj"]
    return next((o for p in objs for o in ix.mentions if o is not m
                 and o.kind in ("organisation", "country") and o.start <= p.i < o.end), None)


# Sectors of the armed bodies a quotation may name again from another quotation.
_QUOTED_FORCES = frozenset({"MIL", "COP", "SPY"})


# the bodies several leaders stand for ("the leaders of the four countries")
_STATE_NOUNS = frozenset({"country", "nation", "state", "government", "guarantor", "neighbour", "neighbor", "member"})


def _of_several_states(doc: Doc, m: Mention) -> bool:
    """(session 45) Whether a plural description says it is of several states: a number above one
    ("the four presidents") or an "of" phrase of plural state nouns ("the leaders of the four
    countries")."""
    head = doc[m.start:m.end].root
    if head.tag_ != "NNS":
        return False
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in head.children):
        return True
    # ((session 62) not "the governors of the federation's four states": one state's own states)
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in _STATE_NOUNS
        and not any(c.dep_ == "poss" for c in o.children) for o in p.children)
        for p in head.children)


def _of_two(doc: Doc, m: Mention) -> bool:
    """Whether the states a plural description is "of" are two ("the presidents of the two
    countries"): the story's two sides, each title one of them, not a crowd of states."""
    head = doc[m.start:m.end].root
    return any(c.lower_ in ("two", "both") for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for c in o.children)


# (session 63) Titles of envoys, which several states send to one capital at once.
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "diplomat", "consul"})


def _one_named_person(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is one person named (no plural title: "the presidents of X" is several)."""
    return m.kind == "person" and m.name is not None and doc[m.end - 1].tag_ not in ("NNS", "NNPS")


# (session 38) Region codes of groups of states ("Western governments" WSTGOV), beside the
# bloc codes EUR and IGO, which also name one body.
_REGION_CODES = frozenset(REGION_WORDS.values()) - {"EUR", "IGO"}


def _regional_group(doc: Doc, m: Mention, cand: Mention) -> bool:
    """(session 38) "Western governments urged restraint ... Human Rights Watch called on the
    authorities": a group of states named by their region is never what a definite "the
    authorities" or "the government" means later (that is one state's, the story's); the
    description is left to the context passes. (session 58) So are "several European
    governments", coded as Europe but no body of the EU."""
    if cand.name is not None or m.sector != "GOV":
        return False
    return cand.country in _REGION_CODES or cand.country == "EUR" and doc[cand.end - 1].tag_ == "NNS"


def _stale_foreign_government(ix: DocIndex, m: Mention, cand: Mention) -> bool:
    """A bare "the government" several sentences after "the Greek government" named in a
    story about another state, datelined there, is that story's own government: a foreign government is named
    again by its state ("Athens", "the Greek government"), not by the bare noun, once the
    story has moved on."""
    if m.sector != "GOV" or m.kind not in ("group", "organisation") or cand.country is None:
        return False
    doc = ix.doc
    if doc[m.end - 1].tag_ != "NN":
        return False  # (plural "the governments" are two states')
    if sentence_of_token(doc, m.start) - sentence_of_token(doc, cand.start) <= _GOVERNMENT_REACH \
            and not _lobbied_foreign_government(ix, m, cand):
        return False
    main = story_state(ix)
    if main is None:
        # (session 38) a story filed from one state and about no one state ("PRAIA - ... was
        # extradited to Miami ... Venezuela's National Assembly and the government's
        # delegation", under "Cape Verde extradites ..."): a government named sentences back is
        # no surer than the sentence's own. Not where the headline is no one state's ("Armenia
        # and Turkey sign accord" filed from Zurich, a venue)
        return ix.dateline is not None and headline_state(ix) == ix.dateline and cand.country != ix.dateline
    # only where the wire dateline agrees: the dateline is where the story's government sits
    return main == ix.dateline and main != cand.country


def _lobbied_foreign_government(ix: DocIndex, m: Mention, cand: Mention) -> bool:
    """(session 35) "his party had hired a U.S. law firm to lobby the Obama administration ...
    Simpson Miller said the violence was the result of the government's delay": a foreign
    government named in passing as the object of an act, in a story that has already called
    its own state's government "the government", is not what the next bare "the government"
    means; only a foreign government that acts (a subject) stays its antecedent nearby."""
    doc = ix.doc
    head = doc[cand.end - 1]
    if head.dep_ in ("nsubj", "nsubjpass") or sentence_of_token(doc, head.i) == sentence_of_token(doc, m.start):
        return False
    return any(o.sector == "GOV" and o.kind in ("group", "organisation") and o.country != cand.country
               and o.end <= cand.start and doc[o.end - 1].lower_ == doc[m.end - 1].lower_
               and not any(c.dep_ in ("amod", "compound", "poss") for c in doc[o.end - 1].children)
               for o in ix.mentions)


# Sentences back a bare "the government" still reaches a foreign government named there.
_GOVERNMENT_REACH = 2


# Heads of a state's rulers that "military" makes a junta ("Niger's military government").
_RULERS = frozenset({"government", "ruler", "leader", "leadership", "regime", "authority"})


def _military_rulers(doc: Doc, m: Mention) -> bool:
    """"Niger's military government ... The junta called the arrests unacceptable": a state's
    rulers described as military are what a later "the junta" means, though the sector lists
    keep "government" (GOV) and "junta" (MIL) in different synonym groups."""
    if m.sector not in ("GOV", "MIL") or m.kind not in ("group", "organisation"):
        return False
    head = doc[m.end - 1]
    return head.lemma_.lower() in _RULERS \
        and any(c.lower_ == "military" and c.dep_ in ("amod", "compound") for c in head.children)


def _named_body_group(ix: DocIndex, m: Mention) -> tuple[str, ...]:
    """The synonym group of a named body's head noun ("the European Parliament" ->
    parliament), so that a later "the parliament" is that body, not the story's own state's."""
    if m.kind != "organisation" or m.name is None or m.end - m.start < 2:
        return ()
    # "the International Court of Justice ... the court": the head noun of a name "<body> of
    # <field>" is the body's, not its last word, where no other body of the story bears that
    # noun (Thailand's Constitutional Court, not the ICJ named once in passing)
    head = body_head(ix.doc, m)
    if head.i != m.end - 1 and any(o.kind == "organisation" and o.name and o.name != m.name
                                   and o.sector == m.sector and o.country != m.country
                                   and any(t.lower_ == head.lower_ for t in ix.doc[o.start:o.end])
                                   for o in ix.mentions):
        return ()
    # ((session 58) "Hungary's justice ministry ... The ministry said": a ministry named in
    # lower case is still the one a later "the ministry" means)
    word = sector_words().get(head.lower_) if head.is_title or head.lower_ == "ministry" else None
    if (word is None or word.kind != "body") and head.is_title and head.lower_.endswith("s"):
        # ((session 59) "Malaysia Airlines ... the airline said": a plural head names one body)
        word = sector_words().get(head.lower_[:-1])
    if word is None or word.kind != "body" or word.sector != m.sector:
        return ()
    return (word.refers,)


# Sectors of armed bodies that a bare definite plural ("the paramilitaries") refers back to.
_ARMED_BODIES = frozenset({"UAF", "REB"})


# Name heads too often meant as the plain word ("the house", "the post") to be read as a
# back-reference to "the White House" or "The Washington Post"; (session 53) and the goods a
# firm is named after ("Barrick Gold": "They take the gold" is the metal).
_PLAIN_HEADS = frozenset({"house", "post", "times", "news", "world", "day", "street", "office",
                          "home", "city", "republic", "gold", "oil", "gas", "steel", "coal",
                          "copper", "diamonds", "energy", "power", "petroleum", "minerals",
                          "metals", "mining", "resources"})


# Words that start a restrictive modifier: "the party that wins" is any such party.
_RESTRICTIVE = frozenset({"with", "that", "which", "who", "whose", "where"})


def _central_bank(m: Mention, head: Token) -> bool:
    """"the central bank ... the bank": a state's bank (GOV), named or not, is the one bank a
    story about it means by "the bank"."""
    return head.lower_ == "bank" and m.sector == "GOV" and m.country not in NON_STATE_CODES


def _spelt_initials(ix: DocIndex) -> None:
    """(session 31) "the state Saudi Press Agency said ... SPA said": an uncoded all-capital
    name that spells the initials of a body named in full before it (its capitalised words) is
    that body, with its code, when that names a state; news gives the short form without
    brackets after the first use."""
    doc = ix.doc
    bodies: dict[str, Mention] = {}
    for m in sorted(ix.mentions, key=lambda x: x.start):
        if m.kind != "organisation":
            continue
        if m.country and m.country not in NON_STATE_CODES and m.end - m.start >= 2:
            # (a bare pseudo-state is a kind word's guess: the context may place the short form)
            initials = "".join(t.text[0] for t in doc[m.start:m.end] if t.is_title)
            if len(initials) >= 2:
                bodies.setdefault(initials, m)
        elif m.country is None and doc[m.end - 1].is_upper and (
                m.end - m.start == 1 or m.end - m.start == 2 and doc[m.start].lower_ == "the"):
            # (session 37: also after "the": "The PNM, which lost power ...")
            body = bodies.get(doc[m.end - 1].text)
            if body is not None:
                m.country, m.sector, m.name = body.country, body.sector, body.name


def _names_of_owned_descriptions(ix: DocIndex) -> None:
    """(session 47) "Secretary-General Ban Ki-moon said his special envoy, Ibrahim Gambari, would
    travel", "negotiations mediated by his envoy, Jamal Benomar": a description set beside a name
    whose own "his" placed it (the U.N.'s) places the name too, over the story's state guessed
    for it (batches AU2 and AX coded both envoys as the host's government)."""
    doc = ix.doc
    for d in ix.mentions:
        if d.kind != "person" or d.from_context or not d.country or not d.name or not d.role \
                or d.name in doc[d.start:d.end].text or not any(t.dep_ == "poss" for t in doc[d.start:d.end]) \
                and not (d.start > 0 and doc[d.start - 1].dep_ == "poss"):
            continue
        guessed = {m.country for m in ix.mentions if m is not d and m.kind == "person" and m.name == d.name
                   and m.from_context and m.country != d.country}
        for m in ix.mentions:
            if m is not d and m.kind in ("person", "pronoun") and m.name == d.name and m.country in guessed \
                    and (m.from_context or m.kind == "pronoun"):
                m.country, m.sector, m.from_context = d.country, d.sector or m.sector, False


def _state_press_of_speaker(ix: DocIndex) -> None:
    """(session 47) "Syria reacted angrily ... 'Syria will not change,' he told state television",
    "Castro told Cubans in a speech on state television": the state press a government speaker
    addresses is his state's, not the story's (batches AU and AV2 had it coded as the United
    States' in stories filed from Washington); (session 64) so is the state press a speaker is
    quoted "according to". Run twice: the second time once every speaker is placed."""
    doc = ix.doc
    for m in ix.mentions:
        if m.sector != "JRN" or m.name is not None or not (m.country is None or m.from_context) \
                or not any(t.lower_ in ("state", "state-run", "state-owned") for t in doc[m.start:m.end]):
            continue
        verb = doc[m.end - 1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lower_ == "according" and verb.head.i != verb.i:
            verb = verb.head  # (session 64) "Abbas Mousavi said, according to state media": the saying
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
            # (session 54) "Chavez praised the decision, saying on state television that ..."
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        speaker = next((o for o in ix.mentions if subjects and o.start <= subjects[0].i < o.end
                        and o is not m and o.country and o.country not in NON_STATE_CODES
                        and (o.sector == "GOV" or o.kind == "country")), None)
        if speaker is not None and verb.lemma_.lower() in SAYING_VERBS | {"tell", "address", "speak"}:
            m.country, m.from_context = speaker.country, True


def _short_names_of_bodies(ix: DocIndex) -> None:
    """(session 47) "The Arab League voted ... The League's Secretary-General ... would
    coordinate with the League": a capitalised last word of a body's name, alone, is that body
    named short when one body named before ends in it (the tagger reads "League" as a body of
    its own, which the story's state then claimed)."""
    doc = ix.doc
    bodies = [b for b in ix.mentions if b.kind == "organisation" and b.country and b.name
              and b.end - b.start >= 2 and doc[b.end - 1].is_title]
    for m in ix.mentions:
        if m.kind not in ("organisation", "group") or m.country is not None or m.orgs:
            continue
        start = m.start + 1 if doc[m.start].lower_ == "the" else m.start
        word = doc[start].text
        if m.end - start != 1 or not doc[start].is_title or doc[start].pos_ != "PROPN" \
                or m.name not in (None, word):
            continue
        # (session 49: or the head of its name, "the Tigers" after "the Liberation Tigers of Tamil Eelam")
        named = {b.name: b for b in bodies if b.start < m.start
                 and word in (doc[b.end - 1].text, doc[b.start:b.end].root.text)}
        if len(named) == 1:
            body = next(iter(named.values()))
            m.country, m.sector, m.name = body.country, body.sector, body.name
            m.orgs = list(body.orgs)
            m.from_context, m.confidence = True, 0.7


def _named_body_back_references(ix: DocIndex) -> None:
    """"the Transitional Military Council ... the council ... the military council": news
    refers back to a body it has named by the head noun of its name, with or without some of
    the name's own words; the short description is that body (the latest named one with that
    head), not a new actor of unknown state."""
    doc = ix.doc
    covered = covered_tokens(ix)
    bodies: list[tuple[int, str, frozenset[str], Mention]] = []  # (start, head, words, body)
    for m in ix.mentions:
        if m.kind != "organisation" or not m.country or m.end - m.start < 2:
            continue
        span = doc[m.start:m.end]
        head = span.root
        if not _central_bank(m, head) and (not m.name or not head.text[:1].isupper()
                                           or head.lower_ in _PLAIN_HEADS):
            continue
        words = frozenset(t.lower_ for t in span if t.i != head.i)
        bodies.append((m.start, head.lower_, words, m))
    if not bodies:
        return
    bodies.sort(key=lambda b: b[0])
    referred: dict[str, Mention] = {}  # head word -> the body its last back-reference named
    for i in tokens_lowered(doc, ("the",)):  # only "the" starts one: no Token per word
        if i >= ix.n - 1:
            break
        if covered[i]:
            continue
        first = _after_seat(doc, i + 1)
        for j in range(first, min(first + 3, ix.n)):
            tok = doc[j]
            if covered[j] or not tok.is_lower or not tok.is_alpha:
                break
            cands = [b for b in bodies if b[1] == tok.lower_ and b[0] < i
                     and all(doc[k].lower_ in b[2] for k in range(first, j))]
            if not cands:
                continue
            nxt = doc[j + 1] if j + 1 < ix.n else None
            after = doc[j + 2] if j + 2 < ix.n else None
            if tok.tag_ != "NN" or nxt is not None and (nxt.pos_ in ("NOUN", "PROPN")
                                                        or nxt.lower_ in _RESTRICTIVE) \
                    or nxt is not None and nxt.lower_ == "of" \
                    and not (after is not None and after.tag_ == "VBG"):
                break  # "the council of ministers", "the council chamber", "the party with
                # the most seats": another or any such thing ("accused the council of
                # ordering" is the body)
            body = _established_body(doc, cands, referred.get(tok.lower_))
            referred[tok.lower_] = body
            union = _state_union_before(ix, tok.lower_, i)
            if union is not None:
                ix.mentions.append(Mention(i, j + 1, "organisation", country=union, definite=True,
                                           from_context=True, confidence=0.6))
            else:
                ix.mentions.append(Mention(i, j + 1, "organisation", country=body.country,
                                           sector=body.sector, name=body.name, definite=True,
                                           confidence=min(0.8, body.confidence)))
            for k in range(i, j + 1):
                covered[k] = True
            break
    ix.mentions.sort(key=lambda m: m.start)


# (session 64) Unions of states the text may name in lower case ("its union with Serbia").
_STATE_UNIONS = frozenset({"union", "federation", "confederation"})


def _state_union_before(ix: DocIndex, head: str, before: int) -> str | None:
    """(session 64) "Montenegro has voted to end its union with Serbia ... enough to dissolve
    the union": the state a union of states named earlier in lower case joins ("union with
    Serbia", "the federation of Serbia and Montenegro") is the one "the union" means, though a
    named European Union is nearer."""
    if head not in _STATE_UNIONS:
        return None
    for k in tokens_lowered(ix.doc, (head,)):
        if k >= before - 2:
            break
        if k + 2 < ix.n and ix.doc[k].is_lower and ix.doc[k + 1].lower_ in ("with", "between", "of"):
            state = next((o.country for o in ix.mentions if o.start == k + 2 and o.kind == "country"
                          and o.country and o.country not in NON_STATE_CODES), None)
            if state is not None:
                return state
    return None


def _established_body(doc: Doc, cands: list[tuple[int, str, frozenset[str], Mention]],
                      before: Mention | None) -> Mention:
    """(session 37) Which of the bodies with the same head a short description names: the
    latest named one, unless the story's lead named the first and the same description already
    went back to it ("The U.N. Security Council imposed ... The council last imposed ... the
    African Union's Peace and Security Council called for sanctions ... told the council after
    the vote"): the story's own body stays "the council" when another is named in passing."""
    first = cands[0][3]
    # ((session 54) the same body by name: "The council" went back to the second mention of Yemen's
    # Presidential Leadership Council, the lead's body, before the GCC was named in passing)
    if len(cands) > 1 and before is not None and (before is first or first.name and before.name == first.name) \
            and sentence_of_token(doc, first.start) <= 1:
        return first
    return cands[-1][3]


# Participles of a body's seat in "the Washington-based bank".
_SEATED = frozenset({"based", "headquartered"})


def _after_seat(doc: Doc, k: int) -> int:
    """Past a seat's "<Place>-based" at ``k`` ("the Washington-based bank"): where the body is
    says nothing against its being the one named before, so the description starts after it."""
    if k + 3 < len(doc) and doc[k].is_title and doc[k + 1].text == "-" \
            and doc[k + 2].lower_ in _SEATED:
        return k + 3
    return k


def _located_in(ix: DocIndex, i: int, forms: tuple[str, ...] = ("capital", "seat")) -> str | None:
    """The state of "in Caracas" / "in Kabul" right after token ``i - 1``: a seat of
    government names the government it houses."""
    return ix.state_after(i, ("in", "at"), forms)


# Staff words: the holder speaks or works for a principal ("spokesman for", "aide to").
_STAFF = STAFF_WORDS
# (session 47) Who serves a principal: staff, and the envoys a leader sends ("The Reverend Jesse
# Jackson, President Bill Clinton's special envoy for democracy in Africa", coded with the
# state he was sent to).
_SENT_ENVOYS = frozenset({"envoy", "envoys", "emissary", "emissaries"})
_SERVING = _STAFF | _SENT_ENVOYS
# Staff who act for a client, not in the client's office: they take the state, not the sector.
_LEGAL_STAFF = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "counsel"})
# Possessive pronouns that may own a staff or kin word before a name ("his lawyer X").
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})
# Words that may stand between a name and its staff title ("a senior adviser to").
_STAFF_MODIFIERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "close",
                              "longtime", "long-time", "personal", "press", "political",
                              "foreign-policy", "policy", "public", "security", "economic",
                              "national"}) | TITLE_MODIFIERS


# Sectors of a state's organs, which a named owner's possessive places in the owner's state.
_OWNED_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY"})


def _organs_of_owners(ix: DocIndex) -> None:
    """"President Daniel Ortega's government", "Hasina's party", "the AU's Peace and Security
    Council": an organ with no state of its own (or, owned by an international body, a name no
    list knows) whose possessive owner is a named person or body with a code belongs to that
    owner, whichever state the story is mostly about (the context would give it that state)."""
    doc = ix.doc
    by_end = {m.end: m for m in ix.mentions
              if m.kind in ("person", "organisation") and m.country and m.name and not m.from_context}
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("organisation", "group") or m.start < 1:
            continue
        owner = by_end.get(m.start - 1)
        if owner is None or doc[m.start - 1].lower_ not in ("'s", "\u2019s"):
            continue
        # (a name no list knows is an organ only of an international body: "NASA's Commercial
        # Crew Program" is a programme, not an actor)
        if not (m.sector in _OWNED_ORGANS or m.sector is None and m.name and owner.country in NON_STATE_CODES):
            continue
        last = doc[owner.end - 1]
        if last.dep_ == "poss" and last.head.i in (m.end - 1, doc[m.start:m.end].root.i):
            # (from the owner, so no second mention of its state when the story's is weighed;
            # session 37: the head of "the EU's Court of Justice" is its first noun)
            m.country, m.from_context = owner.country, True
            m.confidence = max(m.confidence, 0.7)  # (as for staff placed by their principal)


def _organs_at_bodies(ix: DocIndex) -> None:
    """(session 34) "The five-member tribunal at the Permanent Court of Arbitration", "a panel at
    the WTO": an unnamed organ with no state of its own sitting "at" a coded body is that
    body's organ; the context would give it the story's state, which is no party to it."""
    doc = ix.doc
    by_token: dict[int, Mention] = {}
    for o in ix.mentions:
        if o.kind == "organisation" and o.country and o.name:
            for i in range(o.start, o.end):
                by_token.setdefault(i, o)
    for m in ix.mentions:
        if m.country is not None or m.name or m.kind not in ("organisation", "group") \
                or m.sector not in _OWNED_ORGANS:
            continue
        head = doc[m.end - 1]
        at = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        obj = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
        body = by_token.get(obj.i) if obj is not None else None
        if body is not None and body is not m:
            m.country, m.confidence = body.country, max(m.confidence, 0.7)


def _organs_of_blocs(ix: DocIndex) -> None:
    """(session 32) "it might take the matter to the bloc's dispute tribunal": an organ whose
    possessive owner is an international body named again only by its noun ("the bloc", placed
    by the back-reference pass after the context gave the organ the story's state) is that
    body's organ."""
    doc = ix.doc
    by_end = {m.end: m for m in ix.mentions
              if m.kind == "organisation" and m.country in NON_STATE_CODES}
    for m in ix.mentions:
        if not m.from_context or m.name or m.kind not in ("organisation", "group") or m.start < 1 \
                or m.sector not in _OWNED_ORGANS or doc[m.start - 1].lower_ not in ("'s", "\u2019s"):
            continue
        owner = by_end.get(m.start - 1)
        last = doc[owner.end - 1] if owner is not None else None
        if last is not None and last.dep_ == "poss" and last.head.i == m.end - 1:
            m.country = owner.country


def _staff(ix: DocIndex) -> None:
    """"Putin's spokesman Ivan Petrov", "Ivan Petrov, an aide to President Putin", "one of
    President Zelensky's aides", "a spokesman for the ministry": staff take the state (and,
    lacking their own, the sector) of the principal they serve."""
    doc = ix.doc
    by_start: dict[int, Mention] = {}
    by_end: dict[int, Mention] = {}
    for m in ix.mentions:
        if m.kind != "pronoun" and m.country:
            by_start.setdefault(m.start, m)
            by_end.setdefault(m.end, m)
    for m in ix.mentions:
        if m.kind == "organisation" and not m.orgs and m.country is None \
                and doc[m.start].lower_ in _STAFF and m.end - m.start >= 3 \
                and m.start in by_end and by_end[m.start].kind in ("organisation", "group"):
            m.kind = "person"  # "Sea-Eye spokesperson Carlotta Weibl": a person, not a body
        if m.kind != "person" or m.country and not m.from_context:
            continue
        boss = _principal(ix, m, by_start, by_end)
        if boss is None or boss is m:
            continue
        m.country, m.from_context = boss.country, False
        for p in ix.mentions:  # (session 62) "A spokesman for the PLA, Senior Colonel Zhang Shuili,"
            if p.kind == "person" and m.name and p.name == m.name and p.country is None and p.start > m.end \
                    and doc[p.start - 1].text == "," and sentence_of_token(doc, p.start) == sentence_of_token(doc, m.start):
                p.country, p.from_context, p.confidence = m.country, False, 0.7
        if _legal_staff(ix, m) or _kin_before(ix, m) is not None:
            m.confidence = max(m.confidence, 0.7)
            continue  # "Trump's personal lawyer" represents the man, not his office
        # (a "press secretary" serves the principal, not the media)
        if boss.sector and (m.sector is None or m.sector in ("GOV", "JRN")):
            was = m.sector
            m.sector = boss.sector  # the spokesperson of a party speaks for the party
            for p in ix.mentions:  # (session 49) and the pronouns read back to the name before
                if p.kind == "pronoun" and m.name and p.name == m.name and p.sector == was:
                    p.country, p.sector = m.country, m.sector
        m.confidence = max(m.confidence, 0.7)


def _before_posting(doc: Doc, j: int) -> int:
    """The token before an "in <Name>" phrase ending at ``j`` ("adviser in Paris"), else ``j``."""
    k = j
    while k > 0 and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k -= 1
    return k - 1 if k < j and k > 0 and doc[k].lower_ == "in" else j


def _principal(ix: DocIndex, m: Mention, by_start: dict[int, Mention],
               by_end: dict[int, Mention]) -> Mention | None:
    """The resolved actor whose staff ``m`` is, by the words around it; else None."""
    doc = ix.doc
    staff_here = any(doc[i].lower_ in _SERVING for i in range(m.start, m.end))
    if doc[m.start].lower_ in _SERVING and m.name is not None:
        # "Sea-Eye spokesperson Carlotta Weibl": the body named right before the staff word
        boss = by_end.get(m.start)
        if boss is not None and boss.kind in ("organisation", "group"):
            return boss
    # "Putin's spokesman Ivan Petrov"
    if staff_here and m.start >= 2 and doc[m.start - 1].text in POSSESSIVES:
        boss = by_end.get(m.start - 1)
        if boss is not None:
            return boss
    if m.name is not None and m.start >= 3 and doc[m.start - 1].text == ",":
        # "Merkel's spokesperson, Steffen Seibert"; (session 33) "Gbagbo's adviser in Paris,
        # Toussaint Alain": where the staff member works does not change whose they are
        j = _before_posting(doc, m.start - 2)
        if doc[j].lower_ in _SERVING:
            while j > 0 and doc[j - 1].lower_ in _STAFF_MODIFIERS:
                j -= 1
            if j >= 2 and doc[j - 1].text in POSSESSIVES and (j - 1) in by_end:
                return by_end[j - 1]
    if m.name is not None and not staff_here:
        # "Trump's former lawyer Michael Cohen", "his son Eric": the owner of the word
        # before the name
        # (a pronoun owner, "his lawyer X", is done where pronouns are resolved)
        owner = _kin_before(ix, m, with_staff=True)
        if owner is not None and doc[owner].text in POSSESSIVES:
            boss = by_end.get(owner)
            if boss is not None and boss.kind != "pronoun":
                return boss
    k = m.end
    if m.name is not None and (not staff_here or any(t.pos_ == "PROPN" for t in doc[m.start:m.end])):
        # (session 62) not "A spokesman for the Western Theatre Command, Senior Colonel Zhang
        # Shuili": the name is the apposition's, and the staff word is followed by its principal
        if k >= ix.n or doc[k].text != ",":
            return None
        k += 1
        owner = by_start.get(k)
        if owner is not None and owner.kind != "pronoun" and owner.end + 1 < ix.n \
                and doc[owner.end].text in POSSESSIVES:
            # "Rudy Giuliani, Trump's personal lawyer"
            j = owner.end + 1
            while j < ix.n and doc[j].lower_ in _STAFF_MODIFIERS:
                j += 1
            return owner if j < ix.n and doc[j].lower_ in _SERVING else None
        if k + 2 < ix.n and doc[k].lower_ == "one" and doc[k + 1].lower_ == "of":
            # "one of President Zelensky's aides"
            boss = by_start.get(k + 2)
            if boss is None or boss.end + 1 >= ix.n or doc[boss.end].text not in POSSESSIVES:
                return None
            j = boss.end + 1
            while j < ix.n and doc[j].lower_ in _STAFF_MODIFIERS:
                j += 1
            return boss if j < ix.n and doc[j].lower_ in _SERVING else None
        seen = False
        for _ in range(5):
            if k >= ix.n:
                return None
            if doc[k].lower_ in _SERVING:
                seen = True
            elif doc[k].lower_ not in _STAFF_MODIFIERS:
                break
            k += 1
        if not seen:
            return None
    elif not staff_here:
        return None
    # "... spokesman for Putin", "an aide to the president" (not "envoy to Syria" or "ambassador
    # to Peru": his host; _ENVOYS, the envoy titles defined below)
    if k + 1 < ix.n and doc[k].lower_ in ("for", "to") and doc[k - 1].lower_ not in _ENVOYS:
        return by_start.get(k + 1) or (by_start.get(k + 2) if doc[k + 1].lower_ == "the"
                                       else None)
    if m.name is None and staff_here:
        return _body_of_bare_noun(ix, m) or _principal_reported(ix, m)
    return None


def _principal_reported(ix: DocIndex, m: Mention) -> Mention | None:
    """(session 48) "Arab League Secretary-General Amr Moussa urged restraint, an aide said": a
    bare "an aide" or "a spokesman" who tells what a named person did, in that person's own
    sentence, speaks for that person (the aide of the man whose deed he reports)."""
    doc = ix.doc
    head = doc[m.end - 1]
    if doc[m.start].lower_ not in ("a", "an") or head.dep_ != "nsubj" \
            or head.head.lemma_.lower() not in SAYING_VERBS:
        return None
    if any(t.dep_ == "compound" and t.is_lower for t in doc[m.start:m.end - 1]):
        return None  # (session 60) "Powell telephoned her ..., a ministry spokesman said": a body's, not his
    told = [c for c in head.head.children if c.dep_ == "ccomp" and c.i < m.start]
    subjects = [s for c in told for s in c.children if s.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    return next((o for o in ix.mentions if o.kind == "person" and o.name and o.country
                 and o.start <= subjects[0].i < o.end), None)


def _body_of_bare_noun(ix: DocIndex, m: Mention) -> Mention | None:
    """(session 34) "The French Foreign Ministry said ... , a ministry spokeswoman said": a
    bare lower-case body noun before the staff word is the body of that noun its sentence or
    the one before named, the latest; None when none did."""
    doc = ix.doc
    nouns = [t for t in doc[m.start:m.end] if t.dep_ == "compound" and t.is_lower
             and t.head.lower_ in _STAFF]
    if len(nouns) != 1:
        return None
    since = _previous_sentence_start(doc, doc[m.start].sent.start)
    bodies = [o for o in ix.mentions if o.kind == "organisation" and o.country and o is not m
              and since <= o.start and o.end <= m.start
              and body_head(doc, o).lemma_.lower() == nouns[0].lemma_.lower()]
    return max(bodies, key=lambda o: o.end) if bodies else None


def _kin_before(ix: DocIndex, m: Mention, with_staff: bool = False) -> int | None:
    """The possessive ("'s", "his") that owns a kin word (or, ``with_staff``, a staff word)
    right before the name ``m`` ("Trump's son Eric", "his former lawyer Michael Cohen"),
    or None."""
    doc = ix.doc
    j = m.start - 1
    if j < 1 or not (doc[j].lower_ in KIN_WORDS or with_staff and doc[j].lower_ in _STAFF):
        return None
    j -= 1
    while j > 0 and doc[j].lower_ in _STAFF_MODIFIERS and doc[j].lower_ not in _OWNER_PRONOUNS:
        j -= 1
    if doc[j].text in POSSESSIVES and j >= 1 or doc[j].lower_ in _OWNER_PRONOUNS:
        return j
    return None


def _legal_staff(ix: DocIndex, m: Mention) -> bool:
    """Whether the staff word that tied ``m`` to its principal is a lawyer's."""
    doc = ix.doc
    stop = min(ix.n, m.end + 8)
    words = [doc[i].lower_ for i in range(m.start, stop)]
    staff = next((w for w in words if w in _STAFF), None)
    if staff is None and m.start > 0 and doc[m.start - 1].lower_ in _STAFF:
        staff = doc[m.start - 1].lower_  # "Trump's lawyer Michael Cohen"
    if staff is None and m.start > 2 and doc[m.start - 1].text == ",":
        # (session 35) "Bouterse's lawyer, Irvin Kanhai": the staff word set off before the name
        staff = doc[_before_posting(doc, m.start - 2)].lower_
    return staff in _LEGAL_STAFF and m.sector is None


# Titles of a state's envoys abroad, whose mission is that state's.
_ENVOYS = frozenset({"ambassador", "envoy", "attache", "attach\u00e9", "consul", "charge",
                     "ambassadors", "envoys"})


def _staff_of_named_missions(ix: DocIndex) -> None:
    """(session 51) "The U.N. Observer Mission in Georgia (UNOMIG) said ... a mission spokesman
    in Sukhumi told reporters": staff or officials named by "mission" alone are of the latest
    mission the article named before them (a body whose name holds "Mission"), not of the host
    state the context gives them."""
    doc = ix.doc
    missions = [m for m in ix.mentions if m.kind == "organisation" and m.country and not m.from_context
                and any(t.lower_ == "mission" for t in doc[m.start:m.end])]
    if not missions:
        return
    for m in ix.mentions:
        if m.kind not in ("person", "group") or m.name or not (m.country is None or m.from_context):
            continue
        words = [t.lower_ for t in doc[m.start:m.end]]
        if "mission" not in words[:-1] or doc[m.end - 1].lower_ == "mission":
            continue
        owner = next((o for o in reversed(missions) if o.end <= m.start), None)
        if owner is not None and owner.country != m.country:
            m.country, m.from_context = owner.country, False
            m.confidence = min(m.confidence, 0.7)


def _organs_after_whose(ix: DocIndex) -> None:
    """(session 51) "Fiala's predecessor, Andrej Babis, whose government broke off talks with
    Warsaw": an unnamed organ owned by "whose" is the organ of the person or state the relative
    clause hangs on, not of the story's state or the state named after it."""
    doc = ix.doc
    for m in ix.mentions:
        if m.name or m.kind == "pronoun" or not (m.country is None or m.from_context) or m.start < 1:
            continue
        head = doc[m.end - 1]
        if not any(c.lower_ == "whose" and c.dep_ == "poss" for c in head.children):
            continue
        clause = head.head
        while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "relcl":
            continue
        owner = next((o.country for o in ix.mentions if o is not m and o.start <= clause.head.i < o.end
                      and o.country and o.country not in NON_STATE_CODES), None) \
            or unnamed_colonial_ruler(ix, clause.head)
        if owner is not None and owner != m.country:
            m.country, m.from_context = owner, False


def _mission_staff(ix: DocIndex) -> None:
    """"Russia's ambassador ... the officer, a colonel in the embassy's defence attache office":
    staff placed in an unnamed embassy belong to the state whose mission it is, not to the host
    state the context gives them. The owner is the latest envoy or embassy of this or the
    previous sentence with a state of its own; with none, the context's state stays."""
    doc = ix.doc
    ix.mentions.sort(key=lambda m: m.start)
    for k, m in enumerate(ix.mentions):
        if m.kind not in ("person", "group") or m.name or not (m.country is None or m.from_context):
            continue
        head = doc[m.end - 1]
        place = next((c for p in head.children if p.dep_ == "prep"
                      and p.lower_ in ("in", "at", "of", "from")
                      for c in p.children if c.dep_ == "pobj"), None)
        # the mission itself or an office it owns ("the embassy's defence attache office"),
        # not an act against one ("a suspect in the bombing of the consulate")
        if place is None or not any(t.lemma_.lower() in MISSIONS for t in
                                    [place, *(c for c in place.children
                                              if c.dep_ in ("poss", "compound"))]):
            continue
        first = doc[m.start].sent.start
        before = [o for o in ix.mentions[:k] if o.country and not o.from_context
                  and o.country not in NON_STATE_CODES
                  and doc[o.start].sent.start >= _previous_sentence_start(doc, first)
                  and (set((o.role or "").lower().split()) & _ENVOYS
                       or any(doc[i].lemma_.lower() in MISSIONS for i in range(o.start, o.end)))]
        owner = before[-1] if before else None
        if owner is not None and owner.country != m.country:
            m.country, m.from_context = owner.country, True
            m.confidence = min(m.confidence, 0.7)


def _envoys_missions(ix: DocIndex) -> None:
    """(session 29) "Russian Ambassador X said she would ask Moscow to close the embassy in
    Sofia": a bare "the embassy" (or consulate) right after a state's envoy speaks is that
    envoy's state's mission, unless it stands in the envoy's own state (then it is another
    state's). Only an envoy named with a state in this or the previous sentence counts."""
    doc = ix.doc
    ix.mentions.sort(key=lambda m: m.start)
    for k, m in enumerate(ix.mentions):
        if m.kind != "organisation" or m.country is not None or m.name is not None \
                or m.end - m.start != 2 or doc[m.start].lower_ != "the" \
                or doc[m.end - 1].lemma_.lower() not in MISSIONS:
            continue
        first = doc[m.start].sent.start
        envoys = [o for o in ix.mentions[:k] if o.kind == "person" and o.country
                  and not o.from_context and o.country not in NON_STATE_CODES
                  and doc[o.start].sent.start >= _previous_sentence_start(doc, first)
                  and set((o.role or "").lower().split()) & _ENVOYS]
        host = ix.state_after(m.end, ("in",), ("name", "capital", "place"))
        if envoys and envoys[-1].country != host:
            m.country, m.sector = envoys[-1].country, m.sector or "GOV"
            m.from_context, m.confidence = True, min(m.confidence, 0.7)


# (session 34) Titles of people sent to speak for a state, for whom "for <state>" names it.
_SPOKESMEN_FOR = _ENVOYS | {"emissary", "emissaries", "negotiator", "negotiators", "representative",
                            "representatives", "delegate", "delegates"}


def _envoys_for_states(ix: DocIndex) -> None:
    """(session 34) "special envoys Ruprecht Polenz, a former German lawmaker, and Zed Ngavirue
    for Namibia", "Namibia's negotiator X": an envoy no list placed, named with "for <state>"
    right after his name, represents that state; his title may head the list of envoys he is
    the later conjunct of."""
    doc = ix.doc
    by_end = {m.end: m for m in ix.mentions if m.kind == "person"}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.country is not None or m.confidence >= 1.0 \
                or m.end >= ix.n or doc[m.end].head.i != m.end - 1:
            continue
        state = ix.state_after(m.end, ("for",), ("name",))
        if state is None or state in NON_STATE_CODES:
            continue
        tok, titled = doc[m.end - 1], m
        while not set((titled.role or "").lower().split()) & _SPOKESMEN_FOR and tok.dep_ == "conj":
            tok = tok.head
            titled = by_end.get(tok.i + 1, titled)
        if set((titled.role or "").lower().split()) & _SPOKESMEN_FOR:
            m.country, m.sector = state, m.sector or "GOV"
            m.from_context, m.confidence = True, min(max(m.confidence, 0.6), 0.7)


# Owners that stand for whoever the clause is about ("their embassy", "its mission").
_MISSION_OWNERS = frozenset({"their", "its"})


def _owners_missions(ix: DocIndex) -> None:
    """(session 30) An embassy or consulate no rule placed is the one of the state whose people
    own it: "Ivorian officials said 1,000 people had registered at their embassy" is the
    subject's state's mission (the nearest subject up the clauses that has a state); a bare
    "the embassy" in a quotation is the speaker's own, when the speaker is a foreigner in the
    story's state ('"The police stopped me on the way to the embassy," said X, an Ivorian').
    Never the state the mission stands in ("their embassy in Paris" of Paris's people)."""
    doc = ix.doc
    main: str | None = None
    by_token = {i: o for o in ix.mentions if o.kind not in ("pronoun", "place") for i in range(o.start, o.end)}
    for m in ix.mentions:
        if m.kind != "organisation" or m.country is not None or m.name is not None \
                or doc[m.end - 1].lemma_.lower() not in MISSIONS:
            continue
        head = doc[m.end - 1]
        host = ix.state_after(m.end, ("in",), ("name", "capital", "place"))
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        state = None
        if owner is not None and owner.lower_ in _MISSION_OWNERS:
            state = _subject_state(head, by_token)
        elif owner is None and m.end - m.start == 2 and doc[m.start].lower_ == "the":
            speaker = quotation_speaker(ix, m.start)
            main = main or story_state(ix) or "-"
            if speaker is not None and speaker.country != main:
                state = speaker.country
        if state and state not in NON_STATE_CODES and state != host:
            m.country, m.sector = state, m.sector or "GOV"
            m.from_context, m.confidence = True, min(m.confidence, 0.6)


def _bloc_allies(ix: DocIndex) -> None:
    """(session 30) "The U.S. embassy in Sofia said it stood with its NATO ally": the ally a
    foreign subject stands with is the state the story is about, when that is not the
    subject's own (``actor_mentions._bloc_ally`` made the phrase one mention)."""
    main: str | None = None
    by_token = {i: o for o in ix.mentions if o.kind not in ("pronoun", "place") for i in range(o.start, o.end)}
    for m in ix.mentions:
        if BLOC_ALLY not in m.refers or m.country is not None:
            continue
        own = _subject_state(ix.doc[m.end - 1], by_token)
        main = main or story_state(ix) or "-"
        if own and main != "-" and own != main:
            m.country, m.from_context = main, True


# Sectors of people who have come from another state ("migrants", "refugees").
_INCOMERS = frozenset({"REF"})


def _migrants_from_elsewhere(ix: DocIndex) -> None:
    """(session 30) "a crackdown on migrants from sub-Saharan Africa ... irregular migrants":
    once the story says its migrants or refugees come from somewhere other than its state, a
    later migrant group given that state only from the context is not of it (the state is
    where they are): it takes the one state they are said to come from, else none."""
    doc = ix.doc
    groups = [m for m in ix.mentions if m.sector in _INCOMERS and m.kind == "group" and m.name is None]
    if not groups:
        return
    main = story_state(ix)
    if main is None:
        return
    origins: set[str] = set()
    elsewhere = False
    for m in groups:
        if m.end + 1 >= ix.n or doc[m.end].lower_ != "from":
            continue  # (the parser may hang "from" on the verb: the words decide)
        for obj in (c for c in doc[m.end].children if c.dep_ == "pobj"):
            if obj.pos_ != "PROPN" and not obj.is_title:
                continue  # ("migrants from the camps": no origin)
            forms = [f for f in (ix.country_at(t.i) for t in obj.subtree) if f is not None]
            if any(f.iso3 == main for f in forms):
                continue  # (their own state's migrants)
            elsewhere = True
            origins.update(f.iso3 for f in forms if f.iso3 not in NON_STATE_CODES)
    if not elsewhere:
        return
    origin = next(iter(origins)) if len(origins) == 1 else None
    for m in groups:
        if m.country == main and m.from_context:
            m.country, m.confidence = origin, min(m.confidence, 0.5)


# Unnamed commentators whose state the story's is no default for: unnamed "diplomats" who
# judge what a state does are mostly other states' envoys posted there.
_ENVOY_VOICES = frozenset({"diplomats"})
# ... and analysts, when the analyst the story quotes is based in another state.
_ANALYST_VOICES = frozenset({"analysts", "experts"})


def _foreign_commentators(ix: DocIndex) -> None:
    """(session 30) "a package diplomats described as damage control", "Analysts said ...
    'Tunis needs the lenders,' said a Brussels-based analyst": a bare plural "diplomats" that
    speaks or judges (a subject), or bare "analysts" whose sentence or the next quotes an analyst
    based in another state, does not take the story's state from the context. Diplomats
    expelled or sent (objects) and analysts with no such clue keep it."""
    doc = ix.doc
    main: str | None = None
    sents = list(doc.sents)
    for m in ix.mentions:
        if m.kind != "group" or m.end - m.start != 1 or not m.from_context or m.country is None:
            continue
        tok = doc[m.start]
        word = tok.lower_
        if word not in _ENVOY_VOICES | _ANALYST_VOICES \
                or any(c.dep_ in ("poss", "amod", "nummod") for c in tok.children):
            continue
        main = main or story_state(ix) or "-"
        if m.country != main:
            continue
        if word in _ENVOY_VOICES:
            foreign = tok.dep_ == "nsubj"
        else:
            k = sentence_of_token(doc, tok.i)
            roots = [s.root for s in sents[k:k + 2]]
            foreign = bool(_based_in(ix, roots) - {main})
        if foreign:
            m.country, m.confidence = None, min(m.confidence, 0.5)


def _subject_state(tok: Token, by_token: dict[int, Mention]) -> str | None:
    """The state of the nearest subject with one, going up the clauses from ``tok``."""
    seen = 0
    while seen < 8:
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i in by_token:
                found = by_token[c.i]
                if found.country:
                    return found.country
        if tok.head.i == tok.i:
            return None
        tok, seen = tok.head, seen + 1
    return None


def _previous_sentence_start(doc, start: int) -> int:
    """The first token of the sentence before the one that starts at ``start``."""
    return doc[start - 1].sent.start if start > 0 else 0


# Words that put an office in the past ("former President X", "ex-minister Y").
_PAST_HOLDER = frozenset({"former", "ex", "ex-", "onetime", "one-time"})


# Sectors of the posts whose former holders are former officials (ELI); a former legislator,
# judge or envoy is still named for the post ("Former United States Representative X": LEG).
_FORMER_OFFICES = frozenset({"GOV", "MIL", "COP", "SPY"})


# Offices that head a state or government: their former holders are public figures (ELI), where
# a former envoy or minister is still named for the post ("Former British Ambassador ...").
# ("leader" only with its state named: "the first former Malaysian leader")
_HEAD_OFFICES = frozenset({"president", "premier", "chancellor", "leader"})


def _heads_state(words: list[str]) -> bool:
    """Whether a title's words name a head of state or government ("former Salvadoran
    President", "ex prime minister"), not a vice-president."""
    return (words[-1] in _HEAD_OFFICES or words[-2:] == ["prime", "minister"]) \
        and not {"vice", "deputy"} & set(words)


def _former_head_before(ix: DocIndex, m: Mention) -> bool:
    """(session 31) "Former President X was extradited ... The former leader denies the
    charges": a bare "former leader" after a former head of state or government of its state
    was named is that person, no party's past leader."""
    for o in ix.mentions:
        words = (o.role or "").lower().replace("-", " ").split()
        if o.start < m.start and o.kind == "person" and o.sector == "ELI" and words \
                and words[0] in _PAST_HOLDER and _heads_state(words) \
                and m.country in (None, o.country):
            return True
    return False


def _past_title_words(ix: DocIndex, m: Mention) -> list[str]:
    """The title words of a person mention from the word that puts it in the past ("former
    energy minister"), or nothing: the role of a named person (or, when the role dropped it, the
    span's own "former" before that role: "Kenya's former justice minister, X"), the words of
    an unnamed one."""
    words = [t.lower_ for t in ix.doc[m.start:m.end] if t.pos_ != "DET"]
    past = next((i for i, w in enumerate(words) if w in _PAST_HOLDER), None)
    if m.name:
        role = (m.role or "").lower().replace("-", " ").split()
        if role and role[0] not in _PAST_HOLDER and past is not None \
                and " ".join(role) in " ".join(words[past:]):
            role = ["former", *role]
        return role
    if m.nominal:
        # (session 30) "the former president", "the first former Malaysian leader": an
        # unnamed head of state or government put in the past is a former official too
        return words[past:] if past is not None else []
    return []


def _former_officials(ix: DocIndex) -> None:
    """"former Salvadoran President Salvador Sanchez Ceren" no longer acts for the government:
    a named person whose own title puts the head of a state or government in the past is a
    former official (ELI), as the knowledge base codes the people it knows once out of office,
    so that his later bare name reads the same. (session 32) So is a former holder of another
    executive or force post ("former energy minister", "former police commander X", "a former
    presidential spokesman"), as the judges read them (CAMEO's former officials).
    "then"-dated titles, envoys (a former ambassador) and other sectors (a former
    Representative is LEG) keep the office."""
    doc = ix.doc
    named: dict[str, str] = {}
    for m in ix.mentions:
        if m.kind != "person" or m.sector not in _FORMER_OFFICES or m.text_role:
            continue
        words = _past_title_words(ix, m)
        if not words or words[0] not in _PAST_HOLDER or _NO_FORMER_OFFICE & set(words):
            continue
        if m.start > 0 and doc[m.start - 1].lower_ == "then":
            continue
        if m.sector == "GOV" and _heads_state(words) and words[-1] == "leader" \
                and not worded_state(ix, m) \
                and not _former_head_before(ix, m):
            continue  # (a "former leader" of a party or a ministry; "former Malaysian leader")
        if m.name:
            named[m.name] = m.sector
        m.sector = "ELI"
    for m in ix.mentions:
        # the same person named again under the same office ("Paul Otieno" after "Kenya's
        # former justice minister, Paul Otieno,")
        if m.kind == "person" and m.name in named and m.sector == named[m.name] and not m.text_role:
            m.sector = "ELI"


# Words of posts a former holder is still named for: an envoy's, and a colonial power's
# ("Australia, its former colonial ruler": the state, no person out of office).
_KEPT_POSTS = frozenset({"ambassador", "envoy", "consul", "representative", "attache", "attaché",
                         "colonial"})
# (session 52) Ties, not offices: "her former running mate, Michel Temer" (sworn in that day)
# was never out of government.
_TIES = frozenset({"mate", "ally", "partner", "rival"})
_NO_FORMER_OFFICE = _KEPT_POSTS | _TIES


# Sectors of armed groups whose leaders are of the group, whatever office they once held.
_ARMED_GROUPS = frozenset({"REB", "UAF", "CRM"})
# Verbs by which a group is said to have a leader ("gangs led by X").
_LEADING = frozenset({"lead", "head", "command"})
# Nouns standing for the leaders a list then names ("led by figures such as X").
_LEADER_NOUNS = frozenset({"figure", "leader", "man", "commander", "people", "chief", "boss"})


def _armed_group_leaders(ix: DocIndex) -> None:
    """"The gangs, led by figures such as former police officer Jimmy Cherizier": a person named
    as the leader of an armed group is of that group now (a former title is only their past),
    so they take the group's state and sector, and their later surname does too."""
    doc = ix.doc
    groups = {m.end - 1: m for m in ix.mentions if m.kind == "group" and m.sector in _ARMED_GROUPS
              and m.country and m.name is None}
    for m in ix.mentions:
        if m.kind != "person" or not m.name:
            continue
        tok = doc[m.end - 1]
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head  # "led by A and B", "such as former soldier X"
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in _LEADER_NOUNS:
            tok = tok.head.head  # "figures such as X"
        if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
            continue
        verb = tok.head.head
        group = groups.get(verb.head.i) if verb.dep_ == "acl" and verb.lemma_.lower() in _LEADING else None
        if group is not None:
            m.country, m.sector, m.from_context = group.country, group.sector, group.from_context


# Nouns of an apposition that say a person leads the body of its "of" phrase.
_HEAD_NOUNS = _LEADER_TITLES | {"leader", "founder", "chief"}
# Sectors of the bodies whose leader is of the body: parties, the opposition and private bodies
# (a state organ's name, "the State Committee for National Security", says too little of which
# office of the state its head holds).
_LED_BODIES = frozenset({"OPP", "PTY", "LAB", "BUS", "NGO", "EDU", "MED", "REL", "JRN", "AGR"})
# (session 32) Officers of a body whose sector they share even when it is a state organ ("Ahmed
# Al-Hammadi, secretary-general of its foreign ministry" is the ministry's: QATGOV).
_ORGAN_OFFICERS = frozenset({"secretary", "undersecretary", "under-secretary", "director",
                             "director-general", "spokesman", "spokeswoman", "spokesperson",
                             "commissioner", "deputy"})


# (session 33) Nouns that name a state or body only by its tie to another ("Bhutan's closest
# ally", "one of Beijing's closest partners", "Burundi's largest donor").
_RELATION_NOUNS = frozenset({"ally", "allies", "partner", "partners", "donor", "donors",
                             "backer", "backers", "neighbour", "neighbours", "neighbor",
                             "neighbors", "friend", "friends"})


def _relations_described(ix: DocIndex) -> None:
    """(session 33) "India, Bhutan's closest ally, said", "Laos is one of Beijing's closest
    allies", "The EU is Burundi's largest donor": a tie noun with no state of its own, set in
    apposition to a state or body or said of it by "be", is that state or body (its code),
    not an actor of its own."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.sector is not None or m.name \
                or doc[m.end - 1].lower_ not in _RELATION_NOUNS:
            continue
        head = doc[m.end - 1]
        top = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lower_ == "one" else head  # "one of Beijing's allies"
        if top.dep_ == "appos":
            said_of = top.head
        elif top.dep_ == "attr" and top.head.lemma_ == "be":
            said_of = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        elif m.start > 0 and doc[m.start - 1].lemma_ == "be" and doc[m.start - 1].pos_ in ("AUX", "VERB"):
            # (session 37) "The EU is Burundi's largest donor, and aid accounts ...": the
            # parser hung the noun on the next clause; the copula right before it still says it
            said_of = next((c for c in doc[m.start - 1].children if c.dep_ == "nsubj"), None)
        else:
            continue
        whose = next((o for o in ix.mentions if said_of is not None and o is not m
                      and o.start <= said_of.i < o.end and o.kind in ("country", "organisation")
                      and o.country is not None), None)
        if whose is not None:
            m.country, m.sector, m.from_context = whose.country, whose.sector, True


def _names_called_party(ix: DocIndex) -> None:
    """(session 33) "Chadema party chairman Freeman Mbowe ... Chadema said in a statement": a
    name the text once sets before a lower-case "party" is a party's, so its other mentions
    standing alone are that party (PTY), not a person or a body of no sector; a party no list
    knows is of the story's state, as ``resolve_from_context`` places parties."""
    doc = ix.doc
    names: set[tuple[str, ...]] = set()
    for i in tokens_lowered(doc, {"party"}):
        if doc[i].text != "party":
            continue
        k = i
        while k > 0 and (_name_word(ix, k - 1) or k > 1 and _name_hyphen(doc, k - 1)
                         and _name_word(ix, k - 2)):
            k -= 1
        if k < i and _name_word(ix, k):
            names.add(tuple(t.text for t in doc[k:i]))
    if not names:
        return
    main: str | None = None
    for m in ix.mentions:
        if m.kind in ("person", "organisation") and m.sector is None and not m.role \
                and tuple(t.text for t in doc[m.start:m.end]) in names:
            m.kind, m.sector = "organisation", "PTY"
            if m.country is None:  # a party no list knows is the story's state's
                main = main or story_state(ix)
                m.country, m.from_context = main, main is not None
    _party_names_left_out(ix, names)


def _name_word(ix: DocIndex, k: int) -> bool:
    """Whether token ``k`` is a capitalised proper-name word of no state."""
    t = ix.doc[k]
    return t.pos_ == "PROPN" and (t.is_title or t.is_upper) and ix.country_at(k) is None \
        and not t.is_sent_start


def _name_hyphen(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen written inside a name ("ACT-Wazalendo")."""
    return doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_


def _party_names_left_out(ix: DocIndex, names: set[tuple[str, ...]]) -> None:
    """(session 33) "ACT-Wazalendo and Chadema have jointly demanded a fresh election": a name
    set once before "party" that the tagger left without a mention elsewhere (a hyphenated name
    at a sentence's start) is that party there too, with the code of its mention before "party"
    (or the story's state's when no list knows it)."""
    doc = ix.doc
    covered = covered_tokens(ix)
    for name in names:
        n = len(name)
        code = next(((o.country, o.name) for o in ix.mentions if o.kind == "organisation"
                     and o.sector == "PTY" and o.country
                     and tuple(t.text for t in doc[o.start:o.end])[-n - 1:-1] == name), None)
        if code is None:
            continue
        for i in range(ix.n - n + 1):
            if doc[i].text != name[0] or any(covered[i:i + n]) \
                    or tuple(t.text for t in doc[i:i + n]) != name \
                    or i + n < ix.n and (doc[i + n].lower_ == "party" or doc[i + n].pos_ == "PROPN") \
                    or i > 0 and doc[i - 1].pos_ == "PROPN":
                continue
            ix.mentions.append(Mention(i, i + n, "organisation", country=code[0], sector="PTY",
                                       name=code[1], from_context=True, confidence=0.5))
    ix.mentions.sort(key=lambda m: m.start)


def _led_body_called_his_party(ix: DocIndex) -> None:
    """(session 33) "Jean Roe, leader of the National Alliance for Change (NAC), said his party
    would take part": the body a person is set in apposition as the leader of, when that person
    then speaks of "his (her) party", is that party (PTY), and so is every mention of its name
    (its acronym), not an association (the NGO default of an "Alliance for ...")."""
    doc = ix.doc
    for i in tokens_lowered(doc, {"party"}):
        party = doc[i]
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in party.children):
            continue
        subjects = [c for a in party.ancestors for c in a.children if c.dep_ == "nsubj" and c.i < i
                    and c.pos_ == "PROPN"]
        heads = [h for subj in subjects for h in subj.children if h.dep_ == "appos"
                 and h.lemma_.lower() in _HEAD_NOUNS]
        bodies = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        led = [o for o in mentions_within(ix, bodies) if o.kind == "organisation" and not o.orgs
               and o.name and o.sector in (None, "NGO")]
        if len({o.name for o in led}) != 1:
            continue
        name = led[0].name
        for o in ix.mentions:
            if o.kind == "organisation" and o.name == name and o.sector in (None, "NGO"):
                o.sector = "PTY"
                if o.country == "NGO":
                    o.country = None


def _apposed_heads(doc: Doc, m: Mention) -> tuple[list[Token], list[Token]]:
    """The head nouns of a person's apposition ("chair", "president") and the bodies they head
    ("of the Unity party"): what `_appositive_heads` and `_heads_of_state_organs` both read."""
    heads = [c for c in doc[m.end - 1].children if c.dep_ == "appos"
             and c.lemma_.lower() in _HEAD_NOUNS | _ORGAN_OFFICERS]
    bodies = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return heads, bodies


def _appositive_heads(ix: DocIndex) -> None:
    """"Patricia Roe, chair of the opposition Unity party, said": a named person no list knows,
    whom an apposition calls the leader of a party or private body the text resolved (the
    opposition, a union, a firm), is of that body (its state and sector), and so is their later
    surname."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 or m.sector is not None \
                or m.country is not None and not m.from_context or _surname_placed_before(ix, m):
            continue
        heads, bodies = _apposed_heads(doc, m)
        officer = any(h.lemma_.lower() in _ORGAN_OFFICERS for h in heads)
        found = {(o.country, o.sector) for o in mentions_within(ix, bodies)
                 if o.kind in ("group", "organisation") and o.country
                 and (o.sector in _LED_BODIES or officer and o.sector in _STATE_SECTORS)}
        if len(found) == 1:
            m.country, m.sector = found.pop()
            m.from_context = True


def _surname_placed_before(ix: DocIndex, m: Mention) -> bool:
    """(session 50) Whether a surname was named in full before, with a state of its own ("the
    government of President Evo Morales ... Morales, a former leader of coca growers, reacted"):
    the apposition then describes a person already known, whose surname takes that identity.
    (``anchor_index.named_in_full_before`` asks a looser question, given names and diacritics
    included, with no state required: the two are not merged, as that would change which
    appositions are read.)"""
    last = m.name.split()[-1]
    return any(o.kind == "person" and o.start < m.start and o.name and o.name != m.name
               and o.name.split()[-1] == last and o.country and not o.from_context for o in ix.mentions)


def _heads_of_state_organs(ix: DocIndex) -> None:
    """(session 38) "Jorge Rodriguez, the president of Venezuela's National Assembly, said ...
    in Mexico City": a titled person whose state only the context guessed is of the state organ
    his apposition says he heads (his title keeps his sector), and so are his later mentions by
    name; a president of a legislature is no second president of the state."""
    doc = ix.doc
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 or m.sector is None \
                or m.country is not None and not m.from_context:
            continue
        _, bodies = _apposed_heads(doc, m)
        found = {_organ_state(ix, o, p) for p in bodies for o in mentions_within(ix, [p])
                 if o.kind in ("group", "organisation") and o.sector in _STATE_SECTORS
                 and o.start <= p.i < o.end} - {None}
        if len(found) == 1 and (state := found.pop()) != m.country:
            m.country, m.from_context = state, True
            moved[m.name] = m
    for m in ix.mentions:
        head = moved.get(m.name) if m.kind == "person" and m.name else None
        if head is not None and m is not head and (m.country is None or m.from_context):
            m.country, m.from_context = head.country, True


def _organ_state(ix: DocIndex, organ: Mention, head: Token) -> str | None:
    """The state of a state organ, read from its own words or from the state named as its
    possessor ("Venezuela's National Assembly"); None if neither names one."""
    if organ.country and not organ.from_context:
        state = organ.country
    else:
        # (the possessor may lie inside a person's mention the parser cut too short: "the
        # president of Venezuela| 's National Assembly")
        owners = [ix.kb.countries.get(" ".join(t.text for t in c.subtree if t.dep_ != "case"))
                  for c in head.children if c.dep_ == "poss"]
        state = owners[0].iso3 if len(owners) == 1 and owners[0] is not None \
            and owners[0].form in ("name", "capital") else None
    return state if state and state not in NON_STATE_CODES else None


def _described_before_office(ix: DocIndex) -> None:
    """(session 32) "Shehbaz Sharif, leader of the opposition, said" weeks before he became
    prime minister: a known person whose only office in the knowledge base starts after the
    story's date is what the apposition beside the name calls them on that date (a described
    role, or the head of a party or private body), not the office taken later; so is every
    mention of the same person in the story. A sentence that speaks of the coming office
    ("President-elect", "would become prime minister") keeps it."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence < 1.0 or not m.sector:
            continue
        entry = ix.kb.resolve_person(m.name, ix.date)
        if entry is None or entry.sector != m.sector or not ix.kb.takes_office_later(entry, ix.date):
            continue
        described = next((d for c in doc[m.end - 1].children if c.dep_ == "appos" and c.i >= m.end
                          and (d := _role_described(ix, c)) is not None), None)
        if described is None or described[0] == m.sector or incoming_holder(ix, m.start):
            continue
        for o in ix.mentions:
            if o.kind == "person" and o.name == m.name and o.sector == entry.sector \
                    and (o is m or not incoming_holder(ix, o.start)):
                o.sector, o.role = described


def _role_described(ix: DocIndex, head: Token) -> tuple[str, str] | None:
    """(sector, role) of a present role an apposition headed by ``head`` gives a person: a
    described holder ("leader of the opposition", "an opposition lawmaker") or the head of a
    party or private body ("chairman of the Pakistan Peoples Party"). None for a past role
    ("a former minister") or one the text does not place."""
    if any(w.lower_ in _PAST_HOLDER and w.i < head.i for w in head.children):
        return None
    inside = mentions_within(ix, [head])
    own = [o for o in inside if o.kind == "person" and not o.name and o.sector
           and o.start == head.left_edge.i and o.start <= head.i < o.end]
    if len(own) == 1:
        return own[0].sector, ix.doc[own[0].start:own[0].end].text  # type: ignore[return-value]
    if head.lemma_.lower() not in _HEAD_NOUNS:
        return None
    bodies = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    found = {o.sector for o in mentions_within(ix, bodies)
             if o.kind in ("group", "organisation") and o.sector in _LED_BODIES}
    if len(found) != 1:
        return None
    body = ix.doc[bodies[0].left_edge.i:bodies[0].right_edge.i + 1].text
    return found.pop(), f"{head.lower_} of {body}"  # type: ignore[return-value]


def _described_in_apposition(ix: DocIndex) -> None:
    """"Salvador Panelo, a former presidential spokesman and lawyer for the family, said": a
    named person no list or rule placed is the person the description beside him tells of,
    so he takes its state once the description has one (a description in the past, "a former
    spokesman", gives the state but not the office). A title of his own before the name keeps
    its sector ("Prime Minister X, a former opposition leader" is GOV)."""
    doc = ix.doc
    named = {fold(o.name.split()[-1]) for o in ix.mentions if o.kind == "person" and o.name and o.country
             and o.end - o.start > 1 and " " in o.name}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 or m.country is not None \
                or " " not in m.name and fold(m.name) in named:
            continue  # ((session 47) "Lopez, 42, a Harvard-educated former mayor": the surname
            # of "opposition leader Leopoldo Lopez" named before is his, read by _surnames)
        for c in doc[m.end - 1].children:
            if c.dep_ != "appos" or c.i < m.end:
                continue
            found = [o for o in mentions_within(ix, [c]) if o.kind == "person" and not o.name
                     and o.country and o.start == c.left_edge.i and o.start <= c.i < o.end]
            if len(found) != 1:
                continue
            d = found[0]
            past = any(w.lower_ in _PAST_HOLDER and w.i < c.i for w in c.children)
            m.country, m.sector = d.country, m.sector or (None if past else d.sector)
            m.from_context = True
            break


# (session 32) Prepositions that tie a described person to the body they work in.
_WORKS_IN = frozenset({"with", "at", "for"})


def _described_by_state_body(ix: DocIndex) -> None:
    """"Priya Ramasamy, a volunteer with a Singapore anti-death penalty collective": a named
    person no list or rule placed, whose apposition says they work with or at a body that a
    state's name or adjective describes, is of that state (the body's kind noun may be one no
    list knows; the state word stays its own mention)."""
    doc = ix.doc
    states = {i: m for m in ix.mentions if m.kind == "country" and m.country
              and m.country not in NON_STATE_CODES for i in range(m.start, m.end)}
    if not states:
        return
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 or m.country is not None:
            continue
        found = {states[w.i].country for c in doc[m.end - 1].children if c.dep_ == "appos" and c.i >= m.end
                 for p in c.children if p.dep_ == "prep" and p.lower_ in _WORKS_IN
                 for o in p.children if o.dep_ == "pobj" and o.tag_ in ("NN", "NNS", "JJ")
                 and o.i not in states
                 for w in o.subtree if w.i < o.i and w.i in states
                 and not (w.i + 1 < ix.n and doc[w.i + 1].text == "-")}  # ("Liberian-flagged")
        if len(found) == 1:
            m.country, m.from_context = found.pop(), True


def _past_descriptions_of_titled(ix: DocIndex) -> None:
    """(session 29) "Prime Minister X, a former opposition leader, said": a description in
    the past set off after a person titled by an office is that person as he is now, of his
    code, not of the office he left (a pronoun after it then follows the office held). A
    description of another state ("a former Chadian prime minister" of an AU official) is his
    past, not his present body's."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or not m.country or not m.sector or m.sector == "ELI":
            continue
        for c in doc[m.end - 1].children:
            if c.dep_ != "appos" or c.i < m.end \
                    or not any(w.lower_ in _PAST_HOLDER and w.i < c.i for w in c.children):
                continue
            for d in mentions_within(ix, [c]):
                if d.kind == "person" and not d.name and d.start == c.left_edge.i \
                        and d.start <= c.i < d.end and _nationality_described(m, d):
                    # (session 33) "special envoys X, a former German lawmaker": a state the
                    # text gives his past is his nationality, ahead of one only the story lent
                    m.country = d.country
                if d.kind == "person" and not d.name and d.start == c.left_edge.i \
                        and d.start <= c.i < d.end and d.country in (None, m.country):
                    d.country, d.sector = m.country, m.sector


def _nationality_described(m: Mention, d: Mention) -> bool:
    """Whether the set-off past description ``d`` of the titled person ``m`` names a state of
    its own ("a former German lawmaker") where ``m`` has only the story's state: a person's
    past office in a named state says whose national he is."""
    return m.from_context and d.country is not None and not d.from_context \
        and d.country not in NON_STATE_CODES and d.country != m.country


def _offices_of_holders(ix: DocIndex) -> None:
    """(session 29) "Martin, who is also deputy prime minister, told reporters": an office the
    "who" clause of a named person gives is that person's, of their state, not of the state
    the story is mostly about."""
    doc = ix.doc
    by_head = {m.end - 1: m for m in ix.mentions if m.kind == "person" and m.name and m.country}
    for m in ix.mentions:
        if m.kind != "person" or m.name or m.country is not None and not m.from_context:
            continue
        head = doc[m.end - 1]
        verb = head.head
        if head.dep_ != "attr" or verb.dep_ != "relcl" or verb.lemma_ != "be" \
                or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
            continue
        holder = by_head.get(verb.head.i)
        if holder is not None:
            m.country, m.from_context = holder.country, True


def _bodies_described_in_apposition(ix: DocIndex) -> None:
    """"The People's United Democratic Movement, the main opposition group, said": a named
    body no list or rule placed is what the description set off after it says it is, of that
    description's state and sector."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "organisation" or not m.name or m.country is not None \
                or m.sector is not None or m.confidence >= 1.0:
            continue
        for c in doc[m.start:m.end].root.children:
            if c.dep_ != "appos" or c.i < m.end:
                continue
            found = [o for o in mentions_within(ix, [c]) if o.kind in ("group", "organisation")
                     and not o.name and o.country and o.sector and o.start == c.left_edge.i]
            if len(found) == 1:
                m.country, m.sector = found[0].country, found[0].sector
                m.from_context = True
                _same_name_after(ix, m)
                break


def _same_name_after(ix: DocIndex, body: Mention) -> None:
    """(session 32) "TV Rain, an independent Russian television channel, ... TV Rain dismissed
    Korostelev": the body's name written again later, which no list or rule placed, is the body
    its description placed (not the story's state the later passes would give it)."""
    for o in ix.mentions:
        if o.start > body.start and o.kind == "organisation" and o.name == body.name \
                and o.country is None and o.sector is None:
            o.country, o.sector, o.from_context = body.country, body.sector, True
            o.confidence = min(o.confidence, body.confidence)


def _bodies_named_after_description(ix: DocIndex) -> None:
    """(session 32) "Australia's spy agency, ASIS, bugged the offices": a body's name no list
    or rule placed, set off right after a description of a body that has its code, names that
    body again, so it takes the description's state and sector."""
    doc = ix.doc
    by_end = {d.end: d for d in ix.mentions if d.kind in ("group", "organisation") and not d.name
              and d.country and d.sector}
    for m in ix.mentions:
        if m.kind != "organisation" or not m.name or m.country is not None \
                or m.sector is not None or m.confidence >= 1.0 or m.start < 2 \
                or doc[m.start - 1].text != ",":
            continue
        d = by_end.get(m.start - 1)
        root = doc[m.start:m.end].root
        if d is None or root.dep_ not in ("appos", "npadvmod", "dep") or not d.start <= root.head.i < d.end \
                or m.end < ix.n and doc[m.end].text not in _APPOSITION_ENDS:
            continue
        m.country, m.sector = d.country, d.sector
        m.from_context = True


def _named_bodies_in_places(ix: DocIndex) -> None:
    """(session 32) "a researcher at the Carnegie Middle East Center in Beirut": a body's name
    no list or rule placed, whose own "in" phrase puts it in a town of one state, is of that
    state (where a think tank or charity sits is the coder's default for it, as for its staff)."""
    doc = ix.doc
    places = {m.start: m for m in ix.mentions if m.kind == "country" and m.country
              and m.country not in NON_STATE_CODES}
    for m in ix.mentions:
        if m.kind != "organisation" or not m.name or m.country is not None or m.sector is not None \
                or m.confidence >= 1.0 or m.end + 1 >= ix.n or doc[m.end].lower_ != "in" \
                or not m.start <= doc[m.end].head.i < m.end:
            continue
        place = places.get(m.end + 1)
        anchor = ix.anchor_at(m.end + 1) if place is not None else None
        form = anchor.whole_country if anchor is not None else None
        if place is not None and form is not None and form.form not in ("name", "adjective", "people"):
            # (a town, not a whole state: "sued Shell in the Netherlands" says where it was sued)
            m.country, m.from_context = place.country, True


# Participles that give a body or person another name: "the channel, known in Russian as Dozhd".
_NAMING = frozenset({"known", "called", "named", "dubbed", "nicknamed"})


def _naming_participle(doc: Doc, m: Mention) -> Token | None:
    """The participle of a naming phrase whose "as" gives ``m`` ("the channel, known in Russian
    as Dozhd": "known"), hanging as a clause on the noun it names, or None. The "as" may hang on
    the language ("known in Belarusian as X"), so up to two prepositional steps are climbed."""
    root = doc[m.start:m.end].root
    if root.dep_ != "pobj" or root.head.lower_ != "as":
        return None
    verb = root.head.head
    for _ in range(2):
        if verb.lower_ not in _NAMING and verb.dep_ in ("pobj", "prep"):
            verb = verb.head
    return verb if verb.lower_ in _NAMING and verb.dep_ == "acl" else None


def _other_names(ix: DocIndex) -> None:
    """(session 32) "The channel, known in Russian as Dozhd, stopped broadcasting": a name given
    "as" another name of a noun is the actor that noun stands for, and takes its code. That actor
    is the coded mention over the noun, or, for a definite noun ("the channel") no pass has placed,
    the named body the text described earlier with the same noun ("TV Rain, an independent Russian
    television channel"). Run early, so that staff and names of the body see it, and again after
    coreference has placed more nouns."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind not in ("organisation", "person", "group"):
            continue
        verb = _naming_participle(doc, m) if m.country is None or m.kind == "organisation" else None
        if verb is None:
            continue
        if m.country is not None:
            # (session 37) "The insurgents, known locally as al-Shabaab but with no link to the
            # Somali group": a local label is the name of the group it is set on, not of the
            # body the lists know by it
            if not any(c.dep_ == "advmod" and c.lower_ == "locally" for c in verb.children):
                continue
            named = next((o for o in ix.mentions if o is not m and o.country and o.kind == "group"
                          and o.start <= verb.head.i < o.end), None)
            if named is not None:
                m.country, m.sector, m.from_context = named.country, named.sector, True
            continue
        named = next((o for o in ix.mentions if o is not m and o.country and o.kind == m.kind
                      and o.start <= verb.head.i < o.end), None)
        if named is None and m.kind == "organisation":
            # (session 34) "the ECOWAS mission, known as ECOMIL": a noun no mention covers is
            # its owner's body, named by the body it modifies ("ECOWAS") or owns
            named = next((o for o in ix.mentions if o is not m and o.country and o.kind == m.kind
                          and any(o.start <= c.i < o.end and c.dep_ in ("compound", "poss")
                                  for c in verb.head.children)), None)
        if named is not None:
            m.country, m.sector, m.from_context = named.country, named.sector, True
            m.name = m.name or named.name
            m.confidence = min(m.confidence, named.confidence)
        elif m.kind == "organisation" and m.name and m.confidence < 1.0:
            body = _body_described_as(ix, verb.head)
            if body is not None:
                m.country, m.sector, m.from_context = body.country, body.sector, True


def _body_described_as(ix: DocIndex, noun: Token) -> Mention | None:
    """The named, coded body set off earlier with a description headed by ``noun``'s word, when
    ``noun`` is definite ("TV Rain, an independent Russian television channel ... the channel"):
    the latest such body, or None."""
    doc = ix.doc
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    described = [x for x in ix.mentions if x.kind == "organisation" and x.name and x.country
                 and x.end < noun.i and any(t.dep_ == "appos" and x.start <= t.head.i < x.end
                                            and t.lemma_ == noun.lemma_
                                            for t in doc[x.end:min(x.end + 10, noun.i)])]
    return max(described, key=lambda x: x.end) if described else None


def _descriptions_of_named_bodies(ix: DocIndex) -> None:
    """(session 28) "the FDLR, a militia founded by ...": an indefinite description set off
    by a comma right after a named body that has its code is that body said again, so it takes
    the body's state and sector rather than the story's. (session 37) A body the context
    placed ("The Oromo Liberation Army, an armed group", REB of the story's state) lends its
    code too when the description names no state of its own: both are one actor."""
    doc = ix.doc
    for d in ix.mentions:
        if d.name or d.kind not in ("group", "organisation") or d.start < 2 \
                or doc[d.start].lower_ not in ("a", "an") or doc[d.start - 1].text != ",":
            continue
        own_state = d.country is not None and not d.from_context
        # (session 37) "the Democratic Forces ... (FDLR), a Hutu militia": the bracketed
        # acronym closes the body's name before the comma
        end = d.start - 2 if doc[d.start - 2].text == ")" else d.start - 1
        body = [m for m in ix.mentions if m.kind == "organisation" and m.name and m.country
                and m.sector and not (m.from_context and own_state) and m.end == end]
        if len(body) == 1:
            d.country, d.sector = body[0].country, body[0].sector
            d.from_context = True


# Sectors of groups that news names by their own name before the kind word ("the Jalisco New
# Generation cartel", "the Kata'ib Hezbollah militia").
_NAMED_KIND_SECTORS = frozenset({"CRM", "REB", "UAF", "PTY", "OPP", "LAB", "NGO"})


def _names_before_kind(ix: DocIndex) -> None:
    """"figures linked to the Sinaloa and Jalisco New Generation cartels": a named body no list
    or rule placed, right before a kind noun of armed, criminal, party or civic groups that
    it modifies, is one of those groups, of the noun's state and sector."""
    doc = ix.doc
    by_start = {o.start: o for o in ix.mentions if o.kind in ("group", "organisation")
                and not o.name and o.country and o.sector in _NAMED_KIND_SECTORS}
    for m in ix.mentions:
        kind = by_start.get(m.end)
        if m.kind != "organisation" or not m.name or m.country is not None \
                or m.sector is not None or kind is None:
            continue
        tok = doc[m.end - 1]
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # ("the Sinaloa and Jalisco New Generation cartels": the first item's)
        if tok.head.i != doc[kind.start:kind.end].root.i:
            continue
        m.country, m.sector = kind.country, kind.sector
        m.from_context = True


# Words that close an apposition set off by commas.
_APPOSITION_ENDS = frozenset({",", ".", ";", ")", ":"})


def _named_after_description(ix: DocIndex) -> None:
    """"the mayor of Novi Sad, Milan Djuric, would quit": a named person no list or rule
    placed, set off right after an unnamed office holder (with the office's "of" phrase), is
    that office holder, of the description's state and sector; so are the name's later
    mentions."""
    doc = ix.doc
    before_comma: dict[int, Mention] = {}
    for d in ix.mentions:
        if d.kind != "person" or d.name or not d.role or not d.country \
                or not d.sector and d.country not in INTERGOVERNMENTAL \
                or d.country in NON_STATE_CODES - INTERGOVERNMENTAL:
            continue  # ((session 47) "The U.N. special representative in Sierra Leone, Francis
            # Okelo": a world body's officer needs no sector word)
        end = _hyphened_title_end(doc, d)
        if end < len(doc) and doc[end].lower_ == "of":  # "the mayor" + "of Novi Sad"
            end = next((j for j in range(end + 1, min(end + 6, len(doc)))
                        if doc[j].text == "," or doc[j].pos_ in ("VERB", "AUX")), end)
        elif end + 2 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].pos_ == "PROPN":
            # (session 30) "Lithuania's charge d'affaires in Moscow, X,": the post's town
            comma = next((j for j in range(end + 1, min(end + 5, len(doc)))
                          if doc[j].text == ","), None)
            if comma is not None and all(doc[j].pos_ == "PROPN" for j in range(end + 1, comma)):
                end = comma
        before_comma[end] = d
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 \
                or m.country is not None and not m.from_context or m.start < 2:
            continue  # ((session 47) the story's state guessed for "his special envoy, Ibrahim
            # Gambari" gives way to the envoy's, whose "his" is the U.N. Secretary-General)
        d = _title_in_front(ix, m, before_comma)
        comma = m.start - 1
        while comma > m.start - 4 and comma > 0 and doc[comma].is_lower and doc[comma].pos_ in ("ADJ", "NOUN"):
            comma -= 1  # ((session 54) "The gunman, former senior inspector Rolando Mendoza,")
        if d is None and (doc[comma].text != "," or m.end >= len(doc)
                          or doc[m.end].text not in _APPOSITION_ENDS):
            continue
        d = d or before_comma.get(comma)
        if d is None or sentence_of_token(doc, d.start) != sentence_of_token(doc, m.start):
            continue
        m.country, m.sector, m.role = d.country, d.sector or "GOV", d.role
        m.from_context, m.confidence = True, min(m.confidence, 0.8)
        moved[m.name] = m
    _follow_by_name(ix, moved)


def _hyphened_title_end(doc: Doc, d: Mention) -> int:
    """(session 35) "the Forum's secretary-general, Greg Urwin": the end of an office holder's
    mention cut at the hyphen of its title, taken on to the title's last word."""
    end = d.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[d.end - 1].head.i == end + 1 \
            and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
        return end + 2
    return end


# Marks that may stand between a title and the name it is written before: quotation marks and
# the glottal stop that opens some Polynesian names ("lawmaker 'Akilisi Pohiva").
_NAME_OPENERS = frozenset({"'", "\u2018", "\u02bb", "`", "\u2019"})


def _title_in_front(ix: DocIndex, m: Mention, before: dict[int, Mention]) -> Mention | None:
    """(session 35) "Pro-democracy lawmaker 'Akilisi Pohiva": an unnamed office holder written
    right before a name, parted from it only by a mark that opens the name, is that person
    (the mark kept the title and the name from being read as one mention); None otherwise."""
    doc = ix.doc
    if doc[m.start - 1].text not in _NAME_OPENERS:
        return None
    d = before.get(m.start - 1)
    if d is None or doc[d.end - 1].head.i not in range(m.start, m.end):
        return None  # the title must modify the name, not end a clause before a quotation
    return d


# Prepositions that open an envoy's or official's remit before the name ("envoy for the Horn of Africa").
_REMIT_OPENERS = frozenset({"for", "to", "on"})
# Lower-case words a remit's name may hold ("the Horn of Africa", "Trade and Industry").
_REMIT_JOINERS = frozenset({"the", "of", "and"})


def _named_after_remit(ix: DocIndex) -> None:
    """"U.S. envoy for the Horn of Africa Jeffrey Feltman said": a named person no list or rule
    placed, right after an unnamed titled official and the remit that follows the title, is
    that official, of the title's state and sector; so are the name's later mentions."""
    doc = ix.doc
    by_end: dict[int, Mention] = {}
    for d in ix.mentions:
        if d.kind == "person" and not d.name and d.role and d.country and d.sector \
                and d.country not in NON_STATE_CODES:
            by_end[d.end] = d
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 or m.country is not None:
            continue
        d = next((by_end[k] for k in range(max(0, m.start - 8), m.start - 2) if k in by_end), None)
        if d is None or doc[d.end].lower_ not in _REMIT_OPENERS:
            continue
        gap = doc[d.end + 1:m.start]
        if not all(t.lower_ in _REMIT_JOINERS or t.is_alpha and t.is_title for t in gap) \
                or not any(t.is_title for t in gap):
            continue
        m.country, m.sector, m.role = d.country, d.sector, d.role
        m.from_context, m.confidence = True, min(m.confidence, 0.8)
        moved[m.name] = m
    _follow_by_name(ix, moved)


def _named_after_group_label(ix: DocIndex) -> None:
    """"South Korea's main opposition Democratic Party accused ...": a body's name no list
    knows, right after a group label its own words placed (a state and a sector noun), is that
    group, of its state, not of the story's state the context gave it."""
    by_end = {d.end: d for d in ix.mentions
              if d.kind == "group" and d.country and not d.from_context and not d.name
              and d.country not in NON_STATE_CODES}
    for m in ix.mentions:
        if m.kind != "organisation" or not m.name or m.confidence >= 1.0 \
                or m.country is not None and not m.from_context:
            continue
        d = by_end.get(m.start)
        if d is None or d.country == m.country:
            continue
        m.country, m.sector = d.country, m.sector or d.sector
        m.from_context = True


# What "the head of ..." may be of, for a state's leader.
_LEADERS_OF = frozenset({"state", "government"})


def _named_head_of_state(ix: DocIndex) -> None:
    """"the head of state, Tuimalealiifano Va'aletoa Sualauvi II, issued a proclamation": a name
    no list or rule placed, set off right after the story's unnamed head of state or
    government, is that leader, of the story's state (GOV); the tagger may even have read the
    unfamiliar name as a body. Its later mentions by name follow."""
    doc = ix.doc
    main: str | None = None
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind not in ("person", "organisation") or not m.name or m.country is not None \
                or m.confidence >= 1.0 or m.start < 5 or m.end >= len(doc) \
                or doc[m.end].text not in _APPOSITION_ENDS:
            continue
        words = [t.lower_ for t in doc[m.start - 5:m.start]]
        if words[:3] != ["the", "head", "of"] or words[3] not in _LEADERS_OF or words[4] != ",":
            continue
        main = main or story_state(ix)
        if main is None:
            return
        m.kind, m.country, m.sector, m.role = "person", main, "GOV", f"head of {words[3]}"
        m.from_context, m.confidence = True, min(m.confidence, 0.6)
        moved[m.name] = m
    if moved:
        _follow_by_name(ix, moved)


def _headed_by_name(ix: DocIndex) -> None:
    """"the security ministry, headed by Omar Garcia Harfuch": a named person no list or rule
    placed who heads a body set off just before is that body's leader, of its state and
    sector; so are the name's later mentions."""
    doc = ix.doc
    bodies = {o.end: o for o in ix.mentions
              if o.kind == "organisation" and o.country and o.sector}
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 or m.country is not None \
                or m.start < 4 or doc[m.start - 1].lower_ != "by" \
                or doc[m.start - 2].lemma_.lower() not in LEAD_VERBS \
                or doc[m.start - 3].text != ",":
            continue
        body = bodies.get(m.start - 3)
        if body is None:
            continue
        m.country, m.sector = body.country, body.sector
        m.from_context, m.confidence = True, min(m.confidence, 0.8)
        moved[m.name] = m
    _follow_by_name(ix, moved)


def _led_by_name(ix: DocIndex) -> None:
    """(session 32) "The Bahraini delegation was led by Sheikh Abdullah, under-secretary at the
    foreign ministry, while Qatar's team was headed by Al-Hammadi": the person a delegation,
    team or body of a state is led by is of that state, whatever the story's other state (the
    context passes may have given the story's main state); a body his own description names with
    no state ("the foreign ministry") is his state's too. The name's later mentions follow."""
    doc = ix.doc
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 \
                or m.country is not None and not m.from_context or m.start < 3:
            continue
        by = doc[m.start - 1]
        verb = by.head
        if by.lower_ != "by" or by.dep_ != "agent" or verb.lemma_.lower() not in LEAD_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        body = _leading_body(ix, subject) if subject is not None else None
        if body is None or body.country == m.country:
            continue
        m.country, m.from_context, m.confidence = body.country, True, min(m.confidence, 0.8)
        described = _described_bodies(ix, m)
        # ("Al-Hammadi, secretary-general of its foreign ministry": the office of his body)
        m.sector = m.sector or body.sector or next((o.sector for o in described if o.sector), None)
        moved[m.name] = m
        for o in described:
            o.country = m.country
    _follow_by_name(ix, moved)


def _leading_body(ix: DocIndex, subject: Token) -> Mention | None:
    """The coded body or group ``subject`` heads ("The Bahraini delegation"), or the state that
    owns it ("Qatar's team"), when its state was read from its own words."""
    for o in ix.mentions:
        if o.country and not o.from_context and o.country not in NON_STATE_CODES \
                and (o.kind in ("group", "organisation") and o.start <= subject.i < o.end
                     or o.kind == "country" and any(c.dep_ == "poss" and o.start <= c.i < o.end
                                                    for c in subject.children)):
            return o
    return None


def _described_bodies(ix: DocIndex, person: Mention) -> list[Mention]:
    """Bodies with no name and a state only from the context inside the description set off
    after a person ("X, under-secretary at the foreign ministry")."""
    head = ix.doc[person.start:person.end].root
    desc = [c for c in head.children if c.dep_ == "appos" and c.i >= person.end]
    if not desc:
        return []
    lo, hi = desc[0].left_edge.i, desc[0].right_edge.i
    return [o for o in ix.mentions if o.kind == "organisation" and not o.name and o.from_context
            and lo <= o.start and o.end <= hi + 1]


# (session 32) A medium's noun, as a definite description ("the channel"), and the words of an
# outlet's name or description that say it is that medium. "the network", "the agency" and "the
# station" are left out: as often a trafficking network, a state agency or a police station.
_OUTLET_NOUNS: dict[str, frozenset[str]] = {
    "channel": frozenset({"channel", "tv", "television"}),
    "broadcaster": frozenset({"broadcaster", "channel", "tv", "television", "radio"}),
    "newspaper": frozenset({"newspaper", "paper", "daily", "weekly", "tabloid"}),
    "paper": frozenset({"newspaper", "paper", "daily", "weekly", "tabloid"}),
}


def _outlets_named_again(ix: DocIndex) -> None:
    """(session 32) "TV Rain, an independent Russian television channel ... the channel said":
    "the channel", "the broadcaster", "the newspaper" (also as an owner: "the channel's staff")
    with no mention of its own is the latest outlet named before it whose name or description
    calls it that medium, of its state (JRN); an outlet of another medium in between (a news
    agency) does not take it."""
    doc = ix.doc
    outlets = [m for m in ix.mentions if m.kind == "organisation" and m.name and m.country
               and m.sector == "JRN" and m.country not in NON_STATE_CODES]
    if not outlets:
        return
    covered = {k for m in ix.mentions for k in range(m.start, m.end)}
    for i in tokens_lowered(doc, set(_OUTLET_NOUNS)):
        tok = doc[i]
        if i in covered or tok.tag_ != "NN" or i == 0 or doc[i - 1].lower_ != "the" \
                or doc[i - 1].head.i != i or i - 1 in covered:
            continue
        if tok.lower_ == "paper" and tok.dep_ not in ("nsubj", "poss"):
            continue  # ("the paper" read or published may be a document; one that says is the press)
        earlier = [m for m in outlets if m.end <= i - 1 and _outlet_words(ix, m) & _OUTLET_NOUNS[tok.lower_]]
        if not earlier:
            continue
        src = max(earlier, key=lambda m: m.start)
        ix.mentions.append(Mention(i - 1, i + 1, "organisation", country=src.country, sector="JRN",
                                   name=src.name, confidence=min(0.6, src.confidence),
                                   definite=True, from_context=True))
    ix.mentions.sort(key=lambda m: m.start)


def _outlet_words(ix: DocIndex, m: Mention) -> set[str]:
    """The lower-case words of an outlet's name, of a description set off after it ("TV Rain,
    an independent Russian television channel") and of the noun it names ("the channel TV Rain")."""
    doc = ix.doc
    root = doc[m.start:m.end].root
    words = {t.lower_ for t in doc[m.start:m.end]}
    for c in root.children:
        if c.dep_ == "appos" and c.i >= m.end:
            words |= {t.lower_ for t in doc[c.left_edge.i:c.i + 1]}
    if root.dep_ == "appos" and root.head.i < m.start:
        words |= {t.lower_ for t in doc[root.head.left_edge.i:root.head.i + 1]}
    words |= {t.lower_ for t in doc[max(0, m.start - 3):m.start]
              if t.dep_ == "compound" and t.head.i >= m.start}
    return words


def _follow_by_name(ix: DocIndex, moved: dict[str, Mention]) -> None:
    """Later mentions of a placed person's name with no state of their own take its code."""
    for m in ix.mentions:
        led = moved.get(m.name) if m.kind == "person" and m.name else None
        if led is not None and m is not led and not m.country:
            m.sector, m.country = led.sector, led.country


# (session 35) Nouns for a state by its form of rule, which news uses for the story's monarchy.
_MONARCHY_NOUNS = frozenset({"kingdom", "sultanate", "emirate", "principality"})
# How many sentences back the story's state must have been named for such a noun to mean it.
_MONARCHY_REACH = 3


def _monarchies_by_form(ix: DocIndex) -> None:
    """(session 35) "The EU called on the sultanate to maintain its moratorium", "the kingdom's
    efforts": a bare definite state noun of rule is the state the story is about when that
    state was named in its sentence or the three before (far from it, the noun may point to
    another state). "the Kingdom of X" is a name."""
    doc = ix.doc
    found = [i for i in tokens_lowered(doc, _MONARCHY_NOUNS)
             if doc[i].is_lower and doc[i].tag_ == "NN" and i > 0 and doc[i - 1].lower_ == "the"
             and not ix.used[i] and not ix.used[i - 1]
             and not (i + 1 < ix.n and (doc[i + 1].lower_ == "of" or doc[i + 1].is_title))]
    if not found:
        return
    main = story_state(ix)
    if not main or main in NON_STATE_CODES:
        return
    made = False
    for i in found:
        sid = sentence_of_token(doc, i)
        near = {m.country for m in ix.mentions
                if m.end <= i - 1 and m.kind != "pronoun" and not m.from_context and m.country
                and sid - _MONARCHY_REACH <= sentence_of_token(doc, m.start)
                and not _venue(doc, m)}
        state = _ruled_as(doc[i].lower_, main, near)
        if state is None:
            continue
        bisect.insort(ix.mentions, Mention(start=i - 1, end=i + 1, kind="group", country=state,
                                           confidence=0.6, definite=True), key=lambda x: x.start)
        ix.mark(i - 1, i + 1)
        made = True
    if made:
        ix.mentions.sort(key=lambda m: m.start)


def _venue(doc: Doc, m: Mention) -> bool:
    """(session 52) Whether a place mention is only where someone spoke or met ("told reporters
    in London"): no state "the kingdom" may point back to."""
    head = doc[m.end - 1]
    return m.kind == "country" and head.dep_ == "pobj" and head.head.lower_ in ("in", "at")


def _ruled_as(noun: str, main: str, near: set[str | None]) -> str | None:
    """(session 37) Which state named near "the sultanate" it is: the story's state if named
    there, unless its official name has no such form and exactly one other state named there
    has ("The United States and Oman signed ... the sultanate's market": Oman, the Sultanate
    of Oman, not the story's United States)."""
    if main in near and noun in official_name_words(main):
        return main
    ruled = {c for c in near if c and c not in NON_STATE_CODES and noun in official_name_words(c)}
    if len(ruled) == 1:
        return ruled.pop()
    return main if main in near else None


def _aged_descriptions(ix: DocIndex) -> None:
    """"the 75-year-old former diplomat", "the 38-year-old": news gives a person's age in a
    definite description only of someone it has named, so the description is the latest
    person named before it (with their state and sector, not an office its noun suggests)."""
    doc = ix.doc
    people: list[Mention] = []
    for m in sorted(ix.mentions, key=lambda o: o.start):
        if m.kind == "person" and m.name and m.country:
            people.append(m)
            continue
        ages = [j for j in range(m.start + 4, m.end) if is_age(doc, j)]
        if not people or m.kind != "person" or m.name or m.country and not m.from_context \
                or doc[m.start].lower_ != "the" or not ages or _child(doc, ages[0]):
            continue
        named = next((p for p in reversed(people) if not _subject_over(doc, p, m)), None)
        if named is None:
            continue
        m.country, m.name, m.sector, m.role = named.country, named.name, named.sector, named.role
        m.from_context, m.confidence = False, min(0.8, named.confidence)


def _child(doc: Doc, age_end: int) -> bool:
    """(session 55) Whether the age ending at ``age_end`` is a child's ("the four-year-old was
    killed"): news names no child it then calls by age alone as it does an official."""
    value = parse_number(doc[age_end - 4].text)
    return value is not None and value < 18


def _subject_over(doc: Doc, person: Mention, m: Mention) -> bool:
    """(session 38) Whether ``person`` is the subject of a verb whose clause holds ``m`` ("Judge
    X refused to validate the arrest of the 31-year-old"): a description inside one's own
    clause is someone else (oneself would be "herself")."""
    head = doc[person.end - 1]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.sent.start != doc[m.start].sent.start:
        return False
    verb = head.head
    return verb.left_edge.i <= m.start and m.end - 1 <= verb.right_edge.i


def _standing_as_candidates(ix: DocIndex) -> None:
    """"refused to register farm leader Ana Ruiz as a presidential candidate": a person named
    just before "as" and a candidacy is that candidate, and a candidacy is opposition (sectors
    table). Only a person without an office of their own (no code, a civilian, a bare
    "leader"), so "President X as a candidate for re-election" keeps the office."""
    by_start = {m.start: m for m in ix.mentions}
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.text_role or m.end >= len(doc) \
                or doc[m.end].lower_ != "as":
            continue
        cand = by_start.get(m.end + 1)
        if cand is None or cand.name or not is_candidacy(cand.role) or cand.sector is None:
            continue
        if m.sector not in (None, "CVL") and (m.role or "").lower().split()[-1:] != ["leader"]:
            continue
        m.sector, m.country = cand.sector, m.country or cand.country
        m.role = cand.role


def _coreference(ix: DocIndex) -> None:
    """Names, titles and pronouns that point back to a person named earlier."""
    ix.mentions.sort(key=lambda m: m.start)
    _repeated_bodies(ix)
    people = [m for m in ix.mentions if m.kind == "person"]
    _surnames(ix, people)
    _namesakes_named_here(ix, people)
    _titles(people, quotation_of_index(ix), ix.doc)
    relative_homelands(ix)
    resolve_pronouns(ix)
    quoted_we(ix)
    speakers_states(ix)


# Kind words a party's or movement's name drops when named again ("Move Forward", "Likud").
_SHORTENED_KINDS = frozenset({"party", "movement", "front", "alliance"})


def _repeated_bodies(ix: DocIndex) -> None:
    """"Austrian shell maker Brennwerk Defence Group ... Brennwerk Defence Group confirmed": a
    body no list knows, named again in full, is the one its first description placed."""
    placed: dict[str, Mention] = {}
    heads: dict[str, dict[str, Mention]] = {}  # last word of a placed body's name -> the bodies
    for m in ix.mentions:
        if m.kind != "organisation" or not m.name:
            continue
        key = fold(m.name).removeprefix("the ").removesuffix("'s").removesuffix("\u2019s")
        words = key.split()
        if m.country is not None and len(words) > 1 and words[-1] in _SHORTENED_KINDS \
                and (not m.from_context or m.sector == "PTY"):
            # "Move Forward's pledge" after "the Move Forward Party": a party is named again
            # without its kind word (a party no list knows is the story's state's)
            placed.setdefault(" ".join(words[:-1]), m)
        if m.country is not None and not m.from_context:
            if m.sector == "JRN" and len(words) > 1:
                # "The Journal said" after "the Wall Street Journal": a paper named again by
                # the last word of its title
                placed.setdefault(words[-1], m)
            placed.setdefault(key, m)
            if len(words) > 1 and m.sector:
                heads.setdefault(words[-1], {})[key] = m
        elif m.country is None and key in placed:
            first = placed[key]
            m.country, m.sector = first.country, m.sector or first.sector
            m.from_context, m.confidence = True, min(first.confidence, 0.8)
        elif m.country is None and len(words) == 1 and len(heads.get(key, {})) == 1:
            # "the 15 Council members" after "the UN Security Council": a capitalised head word
            # alone is the one body of the story whose name ends in it
            first = next(iter(heads[key].values()))
            m.country, m.sector, m.name = first.country, first.sector, first.name
            m.confidence = min(first.confidence, 0.8)


class _NamedInFull:
    """The people of a story named in full so far, filed by each folded surname a later bare
    mention may write for them: under a key, each full name with its first mention, in the order
    named. Read in the order of the story, a bare surname points back to them, never ahead."""

    def __init__(self) -> None:
        self._by_key: dict[str, dict[str, Mention]] = {}

    def add(self, key: str, m: Mention) -> None:
        self._by_key.setdefault(key, {}).setdefault(fold(m.name), m)

    def __contains__(self, key: str) -> bool:
        return key in self._by_key

    def first(self, key: str) -> Mention | None:
        """The person first filed under ``key``."""
        return next(iter(self._by_key.get(key, {}).values()), None)

    def only(self, key: str) -> Mention | None:
        """The one person filed under ``key``; none when two full names share it."""
        named = self._by_key.get(key, {})
        return next(iter(named.values())) if len(named) == 1 else None

    def firsts(self) -> dict[str, Mention]:
        """Each key with the person first filed under it."""
        return {key: next(iter(named.values())) for key, named in self._by_key.items()}


def _not_yet_in_office(ix: DocIndex, m: Mention) -> bool:
    """Whether the knowledge base's record of ``m``'s person is an office taken up after the date."""
    entry = ix.kb.resolve_person(m.name, ix.date) if m.name else None
    return entry is not None and ix.kb.takes_office_later(entry, ix.date)


def _copy_person(m: Mention, first: Mention) -> None:
    """Makes ``m`` the person ``first`` names: their name, state and sector, and their role
    where ``m`` gives none of its own ("Minister Khaled" keeps "minister")."""
    m.name, m.country, m.sector = first.name, first.country, first.sector
    m.role = m.role or first.role


def _introduced_anew(ix: DocIndex, m: Mention) -> bool:
    """(session 52) "said Mohamed, a 34-year-old engineer in Giza": a one-word name the text
    introduces with an indefinite apposition giving an age is a new private person, not the
    known one who shares his given name (Mohamed Mursi); "Thaksin, a former police officer"
    is still the one named before."""
    doc = ix.doc
    head = doc[m.end - 1]
    return any(c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
               and any(is_age(doc, t.i) for t in c.subtree) for c in head.children)


def _surnames(ix: DocIndex, people: list[Mention]) -> None:
    """Later bare surnames of people first named in full ("Weisbrot" after "Mark Weisbrot"),
    also when the tagger took one for an organisation ("Cengiz said" after "Hatice Cengiz")."""
    # keys ignore diacritics: "Brudzinski" after "Joachim Brudziński"
    _placed_by_surname_later(people)
    by_surname = _NamedInFull()
    by_full: dict[str, Mention] = {}
    given: dict[str, set[str]] = {}  # given name -> the full names that start with it
    middle: dict[str, set[str]] = {}  # inner word of a name of three or more -> those full names
    for m in people:
        if m.name and " " in m.name:
            given.setdefault(fold(m.name.split()[0]), set()).add(fold(m.name))
            for word in m.name.split()[1:-1]:
                if word[:1].isupper() and len(word) > 2:
                    middle.setdefault(fold(word), set()).add(fold(m.name))
    # (one-word name, title) -> the latest placed under them; None once two states were given
    titled: dict[tuple[str, str], Mention | None] = {}
    for m in people:
        key = (fold(m.name), (m.role or "").lower()) if m.name and " " not in m.name and m.role else None
        ruler = titled.get(key) if key is not None and (m.country is None or m.from_context) else None
        if ruler is not None and ruler.country != m.country:
            # (session 51) "King Abdullah" after "Jordan's King Abdullah": one known by a title
            # and one name is the one the article placed under that title, not the story's state
            _copy_person(m, ruler)
            m.from_context = False
            m.confidence = max(m.confidence, ruler.confidence - 0.1)
        if key is not None and m.country is not None and not m.from_context:
            prior = titled.get(key, m)
            titled[key] = m if prior is not None and prior.country == m.country else None
        known = by_surname.first(fold(m.name.split()[-1])) if m.name and m.country is not None \
            and not m.from_context and (" " not in m.name or m.confidence >= 1.0) else None
        if known is not None and known.confidence >= 1.0 and known.country == m.country \
                and known.sector != m.sector:
            if m.confidence < 1.0:
                # (session 51) "Egyptian President Mohamed Mursi ... Mursi, a Muslim Brotherhood
                # leader elected in June": the person the knowledge base placed, whatever else a
                # later description calls him
                _copy_person(m, known)
                m.role = known.role
            elif known.text_role and known.name == m.name and _not_yet_in_office(ix, m):
                # (session 51) "opposition leader Nikol Pashinyan ... Pashinyan": the office the
                # knowledge base gives him he takes up only after the date; the text's title stands
                m.sector, m.role = known.sector, known.role
        unresolved = m.name and m.country is None and m.sector is None
        first = by_surname.first(fold(m.name)) or by_surname.first(bare_surname(fold(m.name))) \
            or _misspelt(fold(m.name), by_surname.firsts()) if unresolved and " " not in m.name else None
        if first is not None:
            _copy_person(m, first)
            m.confidence = max(m.confidence, first.confidence - 0.1)
        elif m.name and (m.country is None or m.from_context) \
                and " " not in m.name and len(given.get(fold(m.name), ())) == 1 \
                and not _introduced_anew(ix, m):
            # "Osama" after "Osama bin Laden": a given name alone, when only one person of the
            # story bears it, is that person (Wikinews and features often write so); (session 47)
            # so is "Sheikh Hamad" after "Sheikh Hamad bin Jassim al-Thani", which the story's
            # state had claimed as a titled official; (session 56) and "Anutin, a businessman and
            # former health minister, was elected", whose apposition gave him a sector only: any
            # name the context alone placed, or none placed (``people`` holds persons only)
            first = by_full.get(next(iter(given[fold(m.name)])))
            if first is not None and first.country is not None:
                _copy_person(m, first)
                m.confidence = max(0.6, first.confidence - 0.2)
        elif unresolved and " " not in m.name \
                and (first := _family_name_first(fold(m.name), by_full)) is not None:
            _copy_person(m, first)
            m.confidence = max(0.6, first.confidence - 0.2)
        elif unresolved and " " not in m.name and len(middle.get(fold(m.name), ())) == 1 \
                and fold(m.name) not in given and fold(m.name) not in by_surname \
                and (first := by_full.get(next(iter(middle[fold(m.name)])))) is not None \
                and first.country is not None:
            # "Khaled" after "Mohamed Khaled Nordin": many Malay, Arab and Indonesian names are
            # cut to an inner word; the only person of the story who bears it is meant
            _copy_person(m, first)
            m.confidence = max(0.6, first.confidence - 0.2)
        elif unresolved and " " in m.name and fold(m.name) in by_full:
            # the full name again, where the first time a title or list gave it a code
            first = by_full[fold(m.name)]
            m.country, m.sector = first.country, first.sector
            m.role = m.role or first.role
            m.confidence = max(m.confidence, first.confidence - 0.1)
        elif m.name and m.country is not None and m.sector is None \
                and (first := by_full.get(fold(m.name))) is not None and first is not m \
                and first.country == m.country and first.sector is not None:
            # "opposition leader Nana Akufo-Addo ... Akufo-Addo accepted": a person the
            # knowledge base knows only with a state on the story's date (no office held then)
            # keeps the sector the story's title gave him when named again
            m.sector, m.role = first.sector, m.role or first.role
        elif m.name and " " in m.name and (unresolved or m.from_context) \
                and (first := _double_surname(fold(m.name), by_full)) is not None:
            # "Sanchez Ceren" after "Salvador Sanchez Ceren": Spanish and Portuguese names
            # are cut to both surnames, which the one-word surname key never sees
            _copy_person(m, first)
            m.from_context = first.from_context
            m.confidence = max(0.6, first.confidence - 0.1)
        if m.name and " " in m.name:
            by_surname.add(fold(m.name.split()[-1]), m)
            # "Sadr" after "Moqtada al-Sadr": news drops the Arabic article of a surname
            by_surname.add(bare_surname(fold(m.name.split()[-1])), m)
            written = _written_surname(ix, m)
            if written is not None:
                by_surname.add(written, m)
            if m.country is not None:
                by_full.setdefault(fold(m.name), m)
    for m in ix.mentions:
        if (m.kind == "organisation" or m.kind == "group" and m.sector is None
                and m.end - m.start == 1) and m.country is None and m.name and not m.orgs:
            key = fold(m.name.removesuffix("'s").removesuffix("\u2019s"))
            first = by_surname.first(key) or by_surname.first(bare_surname(key)) \
                or _misspelt(key, by_surname.firsts())
            if first is None and m.end - m.start == 1 and len(given.get(key, ())) == 1:
                first = by_full.get(next(iter(given[key])))  # a given name taken for a body
            if first is None and 1 < len(key.split()) <= 3:
                # (session 41) "called by á Steig Nielsen", "de Vries said": a surname of
                # several words, with a lower-case particle the tagger takes for a body's name
                first = _double_surname(key, by_full)
            if first is not None:
                m.kind, m.name, m.country, m.sector = "person", first.name, first.country, \
                    first.sector
                m.role, m.refers = first.role, first.refers
                m.confidence = max(0.6, first.confidence - 0.1)


def _placed_by_surname_later(people: list[Mention]) -> None:
    """"Joerg Haider's Freedom Party ... Haider, the governor of Carinthia, ...": a person
    named in full with no state, whom a later mention by surname alone places (here by its
    apposition), is that one person throughout: the full name takes the later mention's code,
    which the story's other mentions of the name then follow. Only when no other person of
    the story shares the surname, and no mention of the full name was placed itself."""
    full: dict[str, dict[str, list[Mention]]] = {}  # surname -> full name -> its mentions
    for m in people:
        if m.name and " " in m.name:
            full.setdefault(fold(m.name.split()[-1]), {}).setdefault(fold(m.name), []).append(m)
    for m in people:
        if not m.name or " " in m.name or m.country is None:
            continue
        named = full.get(fold(m.name), {})
        if len(named) != 1:
            continue
        mentions = next(iter(named.values()))
        if mentions[0].start > m.start or any(x.country is not None for x in mentions):
            continue
        for x in mentions:
            x.country, x.sector = m.country, x.sector or m.sector
            x.confidence = max(x.confidence, m.confidence - 0.1)
        m.name, m.role = mentions[0].name, m.role or mentions[0].role


def _namesakes_named_here(ix: DocIndex, people: list[Mention]) -> None:
    """A bare surname the knowledge base gave to a famous namesake ("Duterte" = the father)
    is the one person of the story named in full with that surname before it ("Vice President
    Sara Duterte"), when the namesake was not named in full before it: news names a person in
    full first and by surname after."""
    before = _NamedInFull()  # by the surname they were written in full with
    for m in sorted(people, key=lambda x: x.start):
        words = ix.doc[m.start:m.end].text.split()
        if not m.name or " " not in m.name:
            continue
        surname = fold(m.name.split()[-1])
        if len(words) > 1 and fold(words[-1]) == surname:
            if m.country is not None:
                before.add(surname, m)
            continue
        key = fold(words[0].removesuffix("'s").removesuffix("\u2019s")) if len(words) == 1 else ""
        first = before.only(key)
        if key != surname or first is None or fold(first.name) == fold(m.name):
            continue
        m.name, m.country, m.sector = first.name, first.country, first.sector
        m.role, m.gender = first.role, first.gender or m.gender
        m.confidence = max(0.6, first.confidence - 0.1)


def _written_surname(ix: DocIndex, m: Mention) -> str | None:
    """The last word of the name as the text wrote it, when that is one of the knowledge base's
    other names for the person and ends differently from the canonical name: "Wine" after "Bobi
    Wine" (Robert Kyagulanyi), "Sarkisian" after "Serzh Sarkisian" (Serzh Sargsyan)."""
    last = ix.doc[m.end - 1] if m.end > m.start else None
    if last is not None and last.text in ("'s", "\u2019s", "'") and m.end - 1 > m.start:
        last = ix.doc[m.end - 2]
    if last is None or not last.is_alpha or not last.text[:1].isupper():
        return None
    key = fold(last.text)
    if key == fold(m.name.split()[-1]):
        return None
    for entry in ix.kb.people.get(m.name, ()):
        if any(fold(alias.split()[-1]) == key for alias in entry.aliases if " " in alias):
            return key
    return None


# States whose names put the family name first ("Liu Xiaobo", "Moon Jae-in").
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})


def _family_name_first(key: str, by_full: dict[str, Mention]) -> Mention | None:
    """"Liu" after "Jailed Chinese dissident Liu Xiaobo": Chinese and Korean names put the
    family name first, and news calls the person by it alone. When the story has named
    several people of that family already ("his wife, Liu Xia"), the bare name is the first
    of them, the story's principal, as long as they all share one state."""
    named = [m for full, m in by_full.items() if len(full.split()) > 1 and full.split()[0] == key]
    if not named or any(m.country not in _FAMILY_NAME_FIRST for m in named) \
            or len({m.country for m in named}) > 1:
        return None
    return min(named, key=lambda m: m.start)


def _double_surname(key: str, by_full: dict[str, Mention]) -> Mention | None:
    """The one person of the story whose full name of three or more words ends in the two or
    more words of ``key`` ("Sanchez Ceren" in "Salvador Sanchez Ceren"); none when two do."""
    hits = {id(m): m for full, m in by_full.items()
            if len(full.split()) > len(key.split()) and full.endswith(" " + key)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _misspelt(key: str, by_surname: dict[str, Mention]) -> Mention | None:
    """The one surname of the story that ``key`` is a slip of two neighbouring letters away
    from ("Pierliusi" for "Pierluisi"), or another romanisation of by one vowel ("Saree" for
    "Sarea", as news writes Arabic names). Only long names (seven letters for a swap, five
    for a vowel), whose first letters agree, and only a resolved person: a short name one
    letter away is as likely another name."""
    if len(key) < 5:
        return None
    hits = []
    for name, m in by_surname.items():
        if len(name) != len(key) or name == key or m.country is None:
            continue
        diff = [i for i in range(len(key)) if key[i] != name[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] > 0 and diff[1] < len(key) - 1 \
                and key[diff[0]] == name[diff[1]] and key[diff[1]] == name[diff[0]] \
                and len(key) >= 7:
            hits.append(m)
        elif len(diff) == 1 and diff[0] > 0 and key[diff[0]] in _VOWELS \
                and name[diff[0]] in _VOWELS:
            hits.append(m)
    return hits[0] if len(hits) == 1 else None


_VOWELS = frozenset("aeiouy")


# Portfolio words of ministers and secretaries: "the labour minister" is not the information
# minister named before, though both are ministers of one state.
_PORTFOLIOS = frozenset({
    "finance", "treasury", "labour", "labor", "employment", "information", "interior", "home",
    "defence", "defense", "foreign", "health", "education", "justice", "trade", "commerce",
    "industry", "agriculture", "energy", "oil", "petroleum", "mines", "mining", "economy",
    "transport", "environment", "tourism", "culture", "housing", "water", "communications",
    "planning", "budget", "fisheries", "aviation", "power", "youth", "sports", "women"})


def _portfolios(doc: Doc, m: Mention) -> set[str]:
    """The portfolio words of a minister's mention and of its role."""
    words = {t.lower_ for t in doc[m.start:m.end]}
    for role in (m.role, m.text_role):
        words.update((role or "").lower().split())
    return {_SAME_PORTFOLIO.get(w, w) for w in words & _PORTFOLIOS}


# Spellings and names of one portfolio ("home" and "interior" ministers run the police).
_SAME_PORTFOLIO = {"labor": "labour", "employment": "labour", "defense": "defence",
                   "home": "interior", "treasury": "finance", "commerce": "trade",
                   "mining": "mines", "petroleum": "oil"}


def _other_portfolio(doc: Doc, m: Mention, cand: Mention) -> bool:
    """Whether ``m`` and ``cand`` both name a portfolio and no portfolio is shared."""
    own = _portfolios(doc, m)
    return bool(own) and bool(theirs := _portfolios(doc, cand)) and not own & theirs


def _title_groups_by_name(named: list[Mention]) -> dict[str, set[str]]:
    """The title groups each named person bears in any of its mentions."""
    groups: dict[str, set[str]] = {}
    for m in named:
        groups.setdefault(m.name or "", set()).update(m.refers)
    return groups


def _named_again_since(m: Mention, before: list[Mention], groups: dict[str, set[str]],
                       region: Callable[[int], int]) -> None:
    """"Information Minister George Kordahi ... Foreign Minister Faisal ... Kordahi refused ...
    the minister should not be forced out": a bare "the <title>" that an earlier pass gave the
    latest titled holder is the holder named again by surname since, the person the story is
    now about. The states' names are known only now, so that pass could not see the repeat."""
    here = region(m.start)
    for c in reversed(before):
        if region(c.start) not in (-1, here) or not set(m.refers) & groups.get(c.name or "", set()):
            continue
        if c.name != m.name and not c.refers and c.country is not None \
                and not OTHER_HOLDER & set(f"{c.role or ''}".lower().split()):
            m.name, m.country, m.sector = c.name, c.country, c.sector or m.sector
        return


def _titles(people: list[Mention], region: Callable[[int], int], doc: Doc) -> None:
    """"the Russian president": the nearest earlier named person with that role and country
    (one named inside a quotation only for a title in that same quotation), and of the same
    portfolio when both give one ("the labour minister" is not the finance minister); a title
    of another sector than government's is only one of that sector ("the leaders of the
    parties" are not the president named before)."""
    named = [m for m in people if m.name]
    starts = [m.start for m in named]
    groups = _title_groups_by_name(named)
    for m in people:
        if m.name and m.nominal and m.definite and m.end - m.start == 2:
            _named_again_since(m, named[:bisect.bisect_left(starts, m.start)], groups, region)
        if m.name or not m.nominal or not m.definite or _seizure_title(doc, m) \
                or _of_several_states(doc, m) and not _of_two(doc, m) \
                or doc[m.end - 1].tag_ == "NNS" and doc[m.end - 1].lemma_.lower() in _ENVOY_TITLES \
                and doc[m.start].lower_ in ("the", "these", "those"):
            continue  # ((session 59) "the coup leaders" hold no office named before; (session 62) nor
            # do "the leaders of the four countries", several states' people; (session 63) nor "the
            # ambassadors", whom several states post to one capital)
        end = bisect.bisect_left(starts, m.start)
        here = region(m.start)
        # same title group ("president" is not "vice-president"), not a former holder
        fitting = [c for c in reversed(named[:end])
                   if region(c.start) in (-1, here)
                   and set(m.refers) & set(c.refers)
                   and not OTHER_HOLDER & set(f"{c.role or ''} {c.text_role or ''}"
                                              .lower().split())
                   and (m.country is None or c.country == m.country)
                   and (m.sector in (None, "GOV") or c.sector == m.sector)
                   and not _other_portfolio(doc, m, c)]
        # a title of the state ("the president") means the office holder, not a rival
        fitting.sort(key=lambda c: c.sector != m.sector)
        if fitting:
            cand = fitting[0]
            m.name, m.country, m.sector = cand.name, cand.country, cand.sector
            m.confidence = 0.8
