"""Anchors from spaCy's named entities, after the passes that block names which are no actor.

Datelines, titles of works, storms and things (laws, buildings, models) are blocked first; the
tagger's PERSON, ORG and NORP entities are then trimmed, relabelled or dropped by news usage.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_ALPHA, IS_UPPER
from spacy.tokens import Doc, Span, Token

from .actor_lexicon import (KIN_WORDS, PLACE_NOUNS, POSSESSIVES, REGIONS, STATELESS_HOMES, SectorWord,
                            is_titleish, sector_words)
from .actor_places import home_of_people, kin_named
from .anchor_gazetteer import FRONTING_PREPOSITIONS, site_place
from .anchor_index import Anchor, DocIndex, tokens_lemmatised, tokens_lowered
from .conjuncts import first_conjunct
from .countries import CountryForm, country_forms
from .kb import Organisation, fold
from .nlp import dictionary_nouns, doc_ents, joined_by_hyphen, load_nlp
from .places import place_country
from .triggers import speech_lemmas

__all__ = ["block_account_names", "block_building_names", "block_credits", "block_datelines", "block_flagged_ships",
           "block_work_titles", "block_storms",
           "block_native_indians", "block_thing_acronyms", "block_waters",
           "described_names", "entity_anchors", "listed_names", "listed_parties", "outlet_names", "repeated_surnames"]


# Last words of names that are things, not actors: laws, buildings, products, events.
_THING_HEADS = frozenset({"act", "directive", "cathedral", "basilica", "mosque", "temple",
                          "synagogue", "airport", "stadium", "bridge", "album", "treaty",
                          "hotel", "tower", "palace", "dam", "highway", "motorway",
                          # (session 32) "executed at Changi Prison": a venue, not its warders
                          "prison", "jail"})
# Last words of names of documents: declarations, charters and resolutions bind or speak for
# those who sign or pass them but never act themselves ("The Los Angeles Declaration commits
# signatories"). ("Accord" is left out: "the Government of National Accord" is a body.)
_DOCUMENT_HEADS = frozenset({"declaration", "resolution", "charter", "accords", "protocol",
                             "covenant", "manifesto"})
# Words that make a "... System" a body rather than a technical system.
_SYSTEM_BODIES = frozenset({"service", "reserve", "school", "schools", "university", "prison",
                            "prisons", "health", "court", "courts", "police"})
# Last words of titles the tagger takes for organisations before a name.
_TITLE_HEADS = frozenset({"fellow", "professor", "lecturer", "researcher", "scientist",
                          "dean", "chair", "chairman", "chairwoman", "director", "founder"})
# Titles a portfolio word names before a name ("Budget Commissioner Johannes Hahn") that the
# sector lexicon leaves out ("commissioner" alone names no sector).
_PORTFOLIO_TITLES = frozenset({"commissioner"})
# Nouns of routes and lines a name before them labels ("the main Pamir highway"): the name is
# the route's, no actor.
_ROUTE_NOUNS = frozenset({"highway", "motorway", "expressway", "freeway", "road", "railway",
                          "railroad", "pipeline"})
# Lower-case nouns after an ORG name that make it the name of a gathering.
_GATHERINGS = frozenset({"rally", "rallies", "festival", "summit", "conference", "parade",
                         "march", "marches", "concert", "tournament"})


# Nouns of natural places after which a name is the place's ("the Amazon rainforest").
_LANDFORMS = frozenset({"rainforest", "forest", "jungle", "river", "basin", "delta", "desert",
                        "valley", "glacier", "lake", "mountain", "peninsula", "archipelago"})
# First words of names of programmes and operations ("Project Starlight", "Operation Sea Lion").
_THING_FIRST = frozenset({"project", "operation"})
# Nouns before a name that make it a vehicle's name ("the dive boat Sea Quest").
_VEHICLES = frozenset({"boat", "ship", "vessel", "ferry", "yacht", "tanker", "freighter",
                       "trawler", "liner", "submarine", "carrier", "frigate", "destroyer",
                       "plane", "aircraft", "jet", "airliner", "spacecraft", "rocket",
                       "probe", "rover", "satellite", "train"})


# (session 31) Singular nouns for one state: a region's adjective before them ("another
# Balkan state", "a Nordic country") places the state and names no people.
_ONE_STATE = frozenset({"state", "country", "nation", "republic", "neighbour", "neighbor"})


def _thing(doc: Doc, start: int, end: int) -> bool:
    """Whether a tagger name names a law, building, product or programme, not an actor:
    "the Clean Air Act", "Kyoto University" is an actor but "Boeing 707" and "Airbus A300s"
    are aircraft, "Project Starlight" a programme."""
    if doc[end - 1].lower_ == "system":
        # "the Automatic Identification System" is a thing, "the Selective Service System" and
        # "the Federal Reserve System" are bodies
        return not any(doc[i].lower_ in _SYSTEM_BODIES for i in range(start, end - 1))
    if doc[end - 1].lower_ in _DOCUMENT_HEADS and end - start > 1:
        return True  # "the Los Angeles Declaration": a document, no actor
    if doc[end - 1].lower_ in _THING_HEADS or doc[start].lower_ in _THING_FIRST \
            and end - start > 1:
        return True
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _GATHERINGS \
            and doc[start].ent_type_ == "ORG":
        return True  # "the Unite the Right rally": the name of a gathering, no body
    if end < len(doc) and doc[end].is_lower and doc[end].lemma_ in _LANDFORMS:
        return True  # "the Amazon rainforest": a name before a landform's noun is a place
    if _labels_text_or_post(doc, start, end):
        return True
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _ROUTE_NOUNS \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and doc[end].dep_ != "compound":
        return True  # "the main Pamir highway": the route's name
    if any(any(c.isdigit() for c in doc[i].text) and any(c.isalpha() for c in doc[i].text)
           for i in range(start, end)):
        return True  # a model number: "Airbus A300s"
    # a maker's name before a three-digit model: "a Boeing 707"
    return end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) == 3


# Lower-case nouns of agreements a place's name labels ("the Dayton peace accords").
_PLACE_TEXTS = frozenset({"accord", "accords", "agreement", "agreements", "treaty", "pact", "protocol",
                          "talks", "summit", "conference", "pledge", "declaration"})  # (session 49) "the Geneva talks"
# Nouns of border posts after "border" ("the Lebombo border post").
_BORDER_POSTS = frozenset({"post", "crossing", "checkpoint"})


def _labels_text_or_post(doc: Doc, start: int, end: int) -> bool:
    """"the Dayton peace accords", "the Lebombo border post": a known place's name before an
    agreement's noun, or any name before "border post/crossing", labels a text or a place;
    neither acts (a party's name before "agreement" is not a place and stays an actor)."""
    last = doc[end - 1]
    head = last.head
    if last.dep_ != "compound" or not end <= head.i <= end + 1 or not head.is_lower \
            or any(not doc[k].is_lower or doc[k].dep_ != "compound" for k in range(end, head.i)):
        return False
    if head.lower_ in _BORDER_POSTS:
        return head.i == end + 1 and doc[end].lower_ == "border"
    return head.lower_ in _PLACE_TEXTS and place_country(doc[start:end].text) is not None


def _vehicle_names(doc: Doc) -> set[str]:
    """Names given to a vehicle in the text ("the boat, Conception,", "the dive boat Sea
    Quest"): every mention of such a name is the vehicle, never an actor."""
    names: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT"):
            continue
        j = ent.start - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].lemma_.lower() in _VEHICLES and doc[j].pos_ == "NOUN":
            names.add(fold(" ".join(t.text for t in ent if t.lower_ != "the")))
    return names


def entity_anchors(ix: DocIndex) -> None:
    """Anchor the tagger's PERSON, ORG and NORP names the knowledge base left free: the tagger
    finds people and bodies no list holds, but its labels and edges need checking."""
    doc, owner = ix.doc, ix.owner
    words = sector_words()
    vehicles = _vehicle_names(doc)
    town_names = _town_names(ix)
    placed: set[str] = set()  # (session 46) names read as places after "the state of"
    people_as_places = ix.people_as_places
    firms = ix.firms = _firm_names(ix)
    for ent in _joined_people(doc):
        label = ent.label_
        if vehicles and label == "GPE" and fold(" ".join(t.text for t in ent if t.lower_ != "the")) in vehicles:
            continue  # (session 64) "the aircraft carrier Nimitz and its battle group": a ship, no firm
        if firms and label in ("GPE", "PERSON") and ent.text in firms:
            # (session 33) "Kaupthing, the country's biggest bank": a firm, of no state yet
            ix.add_anchor(Anchor(ent.start, ent.end, "org", Organisation(ent.text, None, "BUS")))
            continue
        if label == "GPE" and _owned_unknown_name(ix, ent):
            # (session 35) "built by Finland's Botnia": a name a state owns that no place list
            # knows is the state's firm or body, not a place
            form = ix.country_at(ent.start - 2)
            ix.add_anchor(Anchor(ent.start, ent.end, "org", Organisation(ent.text, form.iso3, None)))
            continue
        if label in ("GPE", "LOC") and kin_named(doc, ent.start):
            label = "PERSON"  # (session 53) "his sons Hussain and Hassan": relatives' names
        if label in ("GPE", "LOC") and (ent.text in people_as_places
                                        or (_described_person(doc, ent.start, ent.end, words)
                                            or _named_after_person_noun(doc, ent.start, ent.end, words))
                                        and all(ix.country_at(i) is None for i in range(ent.start, ent.end))):
            # (session 61) "Asia Bibi, a Christian woman": a person the tagger took for a place,
            # and so is the same name again ((session 64) and the surname alone: "Kohver")
            label = "PERSON"
            people_as_places.add(ent.text)
            if ent.end - ent.start > 1:
                people_as_places.add(doc[ent.end - 1].text)
        if label not in ("PERSON", "ORG", "NORP"):
            continue
        start, end = ent.start, ent.end
        if label in ("PERSON", "ORG") and end - start > 1 and doc[start].lower_ in FRONTING_PREPOSITIONS \
                and doc[start].dep_ == "prep":
            continue  # (session 61) "Inside Bolivia, the crisis ...": a fronted place, no name
        while end - start > 1 and doc[end - 1].lower_ in ("of", "and", "the", "for"):
            end -= 1  # "Patrice Talon of" (Benin): the tagger ran on into a preposition
            ent = doc[start:end]
        while end - start > 1 and doc[end - 1].like_num and doc[end - 1].head.i >= end:
            end -= 1  # "Karabakh 115 times": a count of the noun after it, not the name's
            while end - start > 1 and doc[end - 1].is_punct:
                end -= 1  # ("Labour Party - 203 seats")
            ent = doc[start:end]
        if label == "PERSON" and doc[start].lower_.rstrip(".") in _MONTHS and start + 1 < len(doc) \
                and doc[start + 1].like_num and end - start <= 2:
            continue  # (session 61) "BAGHDAD, Iraq, Mar 2 (Wire)": a date the tagger read as a name
        opens = [i for i in range(start + 1, end) if doc[i].text == "("]
        if opens and not any(doc[i].text == ")" for i in range(opens[0], end)):
            end = opens[0]  # "the Pan Africanist Congress (PAC": the bracket left open
            ent = doc[start:end]
        if label in ("PERSON", "ORG") and end - start == 1 and doc[start].lower_ in STATELESS_HOMES:
            label = "NORP"  # "Tamil rebels": a people the tagger took for a person or a body
        if label in ("PERSON", "ORG") and _dateline_entity(doc, start, end):
            continue  # "KHARTOUM — Sudanese forces ...": where the story was filed, no actor
        if label == "ORG" and (_first_name_org(ent) or _titled_name(doc, start, end, words)
                               or _described_person(doc, start, end, words)
                               or _title_then_name(doc, start, end, words)
                               or _kin_then_name(doc, start, end)):
            label = "PERSON"  # "officers Antoine Quirin": a person the tagger took for a body
        if label == "ORG" and _name_after_office(doc, start, end, words):
            label = "PERSON"  # "Budapest's opposition mayor, Gergely Karacsony,"
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
                    and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
                start -= 1  # (the given name the tagger left out)
            ent = doc[start:end]
        if vehicles and fold(" ".join(t.text for t in ent if t.lower_ != "the")) in vehicles:
            continue
        if label == "PERSON" and _hyphen_modifier(ent):
            continue  # "Neo-Nazi slogans": a hyphenated word before a noun, not a person
        if label == "PERSON" and _part_of_coded_name(doc, start, end):
            continue  # "Joint Sword-2024A": a word of a drill's or product's coded name
        if label in ("PERSON", "ORG") and (start >= 2 and doc[start - 1].lower_ == "of"
                                           and doc[start - 2].lower_ in _NAMED_PLACES | {"state"}
                                           or doc[start:end].text in placed) and end - start <= 3 \
                and (iso3 := place_country(doc[start:end].text)) is not None:
            # (session 46) "the southern state of Tamil Nadu": a place the gazetteer knows, which
            # the tagger took for a person; its state is the place's, and so is the name's again
            # ("Tamil Nadu Chief Minister M.K. Stalin")
            ix.add_anchor(Anchor(start, end, "country", CountryForm(doc[start:end].text, iso3, "place")))
            placed.add(doc[start:end].text)
            continue
        if label in ("PERSON", "ORG") and start >= 2 and doc[start - 1].lower_ == "of" \
                and doc[start - 2].lower_ in _NAMED_PLACES and end - start <= 2 \
                and doc[start:end].text not in town_names:
            continue  # "the central Bosnian city of Vitez": a town the tagger took for a name
        if label == "PERSON" and _venue_owner(doc, end):
            continue  # "Grauman's Egyptian Theatre": a founder's name in a venue's name
        if label == "PERSON" and (_animal_name(doc, start, end) or _likeness(doc, start, end)):
            continue  # "three lions: Rambo, Katryn and Nakita", "felt like Cinderella"
        if label == "ORG" and _people_label(ix, start, end, words):
            continue  # "Pamiri community leaders": whose leaders, left to the group's phrase
        if label == "ORG" and _indefinite_title(doc, start, end, words):
            continue  # "A Republican Assemblywoman, Jill Tolles,": a description, no body
        if label == "ORG" and _title_prefix(doc, start, end, words):
            continue  # "Police and Crime Commissioner Stephen Mold": words of the title
        if label in ("ORG", "NORP") and _faith_title(doc, start, end, words):
            continue  # "Shi'ite cleric Moqtada al-Sadr": the faith of a titled person
        if label in ("PERSON", "ORG") and building_name(doc, start, end):
            continue  # "Hagia Sophia, formerly a Greek Orthodox church": a building, no actor
        if label == "PERSON" and _town_before_title(ix, start, end, words):
            # "Gloversville Mayor Dayton King": the town whose office the person holds
            ix.add_anchor(Anchor(start, start + 1, "country",
                                 CountryForm(doc[start].text, place_country(doc[start].text),
                                             "place")))
            start += 1
        if label == "PERSON" and _state_as_given_name(ix, start, end, words):
            ix.drop_anchor(ix.anchor_at(start))  # "Jordan Rodas": a given name, not the state
        if label == "PERSON":
            # trim titles, possessives, participles ("Born Robert Burns") and anything the
            # gazetteer already owns
            while start < end and (owner[start] >= 0 or is_titleish(doc[start], words)
                                   or not _name_word(doc[start]) or doc[start].pos_ == "VERB"):
                start += 1
            while end > start and (owner[end - 1] >= 0 or not _name_word(doc[end - 1])):
                end -= 1
            end = next((i for i in range(start + 1, end) if doc[i].text in ("[", "(")), end)
            # ("Jerry [O'Connell]": an editor's bracket closes the name as written)
            if _given_names_of_known(ix, start, end, ent.end, words):
                continue  # (session 30) given names grown into the known surname after them
            if start >= end or any(owner[i] >= 0 or i in ix.blocked for i in range(start, end)):
                continue
            if not any(doc[i].is_title or doc[i].is_upper for i in range(start, end)):
                continue
            if end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha \
                    and doc[end - 2].whitespace_:
                # "Acropora millepora": a species; a name ends in no lower-case word of its
                # own ("Yu Hoi-kwan" ends in a hyphenated part)
                continue
            if end - start == 1 and doc[start].lower_ in words:
                continue
            if end - start == 2 and f"{doc[start].lower_} {doc[end - 1].lower_}" in words:
                continue  # "Crown Prince" left of a known name: a two-word title, no person
            candidates = ix.kb.candidates(doc[start:end].text)
            if not candidates and _common_word(doc, start, end):
                continue  # "Photographs", "Longer": a capitalised word, not a name
            if not candidates and (_thing(doc, start, end) or end - start == 1 and start
                                   and doc[start - 1].lower_ == "the"):
                continue  # "The Basilica", "the Wooster team": people take no article
            if not candidates and end - start == 1 and _opening_modifier(doc, start):
                continue  # "Twin bombings struck ...": a sentence's capitalised first word
            if not candidates and end - start == 1 and _measured(doc[start]):
                continue  # "Turnout was 38%": a quantity that is a share, a sum or a size
            if not candidates and end - start == 1 and _capitalised_noun(doc, start):
                continue  # (session 38) "Gunfire and shelling rocked Juba": a dictionary noun
            short = _short_org(ix, start, end) if not candidates else None
            if short is not None:  # "Mahan Air ... Mahan's permit": the body, not a person
                ix.add_anchor(Anchor(start, _short_org_end(doc, end, short), "org", short))
                continue
            if not candidates and end - start == 1 and _place_by_its_neighbours(doc, start):
                # "fires in Manzini, Mbabane and Matsapha", "the regional capital Stepanakert":
                # a place the tagger took for a person, of its own state when the gazetteer
                # knows it, else of the one state its list names
                iso3 = place_country(doc[start].text)
                iso3 = _listed_places_state(doc, start) if iso3 in (None, "-") else iso3
                if iso3 is not None:
                    ix.add_anchor(Anchor(start, end, "country",
                                         CountryForm(doc[start].text, iso3, "place")))
                continue
            if not candidates and _gazetteer_place_after_preposition(doc, start, end):
                # (session 31) "a factory outside Ho Chi Minh City": a town of several words
                # the gazetteer puts in one state, after a preposition of place
                ix.add_anchor(Anchor(start, end, "country", CountryForm(
                    doc[start:end].text, place_country(doc[start:end].text), "place")))
                continue
            if not candidates and end - start == 1 and doc[start].text in town_names:
                # "flights to Goa": a town the tagger took for a person
                ix.add_anchor(Anchor(start, end, "country", town_names[doc[start].text]))
                continue
            if candidates and end - start == 1 and doc[start].text in town_names:
                # "a refugee centre in Kerry": the county, not John Kerry
                ix.add_anchor(Anchor(start, end, "country", town_names[doc[start].text]))
                continue
            entry_name = candidates[0] if candidates else None
            ix.add_anchor(Anchor(start, end, "person", entry_name))
        else:
            if any(owner[i] >= 0 or i in ix.blocked for i in range(start, end)):
                continue
            while start < end and doc[start].lower_ == "the":
                start += 1
            if start >= end:
                continue
            if label == "ORG":
                start = _name_start(doc, start, end)
            if label == "ORG" and start > 0 and doc[start - 1].is_title and owner[start - 1] < 0 \
                    and f"{doc[start - 1].lower_} {doc[start].lower_}" in words:
                start -= 1  # "Attorney General's Office": a title's first word left out
            if label == "ORG" and end - start == 1 and doc[start].lower_ in words:
                continue  # "Congress", "Parliament": a sector noun, handled with its context
            if label == "ORG" and _common_word(doc, start, end):
                continue  # "Ships", "Francophone": the tagger's ORG on an ordinary word
            if doc[start].lower_ in _SQUARES and end - start > 1:
                continue  # (session 26) "a march to the Plaza de Mayo": a public square, no body
            if label == "NORP" and end - start == 1 and doc[start].text in REGIONS \
                    and end < len(doc) and doc[end].lower_ in _ONE_STATE:
                continue  # (session 31) "another Balkan state": one state of a region, no people
            if label == "NORP" and end - start == 1 and doc[start].is_sent_start \
                    and doc[start].tag_ == "NN":
                continue  # (session 26) "Smoke drifted over ...": a sentence's first noun, no people
            if label == "ORG" and end - start > 1 and doc[end - 1].lower_ == "state":
                iso3 = place_country(doc[start:end - 1].text)
                if iso3 is not None and iso3 not in ("-", "USA"):
                    # (a US "Ohio State" is a university) "Kaduna State": a federal state the tagger took for a body; the place,
                    # with "State" left to read as a sector noun or a place word
                    ix.add_anchor(Anchor(start, end - 1, "country",
                                         CountryForm(doc[start:end - 1].text, iso3, "place")))
                    continue
            short = _short_org(ix, start, end) if label == "ORG" \
                and doc[start].lower_ not in words else None
            if short is not None:  # "Ford Motor ... Ford's plant": the body named in full
                ix.add_anchor(Anchor(start, _short_org_end(doc, end, short), "org", short))
                continue
            if label == "ORG" and _town_of_office(doc, start, end):
                # "the mayor of Novi Sad": a town of several words the tagger took for a body
                ix.add_anchor(Anchor(start, end, "country",
                                     CountryForm(doc[start:end].text,
                                                 place_country(doc[start:end].text), "place")))
                continue
            if label == "ORG" and end - start == 1 and place_country(doc[start].text) not in (None, "-") \
                    and _place_by_its_neighbours(doc, start):
                # (session 31) "the ports of Assab and Massawa": a listed town the tagger took
                # for a body, as for one it took for a person
                ix.add_anchor(Anchor(start, end, "country", CountryForm(
                    doc[start].text, place_country(doc[start].text), "place")))
                continue
            if label == "ORG" and doc[start:end].text in town_names:
                # "Chelyabinsk's governor", "forces in Nagorno-Karabakh": a town the tagger
                # took for a body
                ix.add_anchor(Anchor(start, end, "country", town_names[doc[start:end].text]))
                continue
            if _thing(doc, start, end):
                continue
            if label == "ORG" and end < len(doc) and is_titleish(doc[end - 1], words) \
                    and is_titleish(doc[end], words):
                continue  # "Polish Interior" before "Minister Jan Wolski": part of a title
            if label == "ORG" and end - start == 1 and end + 1 < len(doc) \
                    and (doc[end].lower_ in words and words[doc[end].lower_].kind == "person"
                         or doc[end].lower_ in _PORTFOLIO_TITLES) \
                    and doc[end].is_title and doc[end + 1].is_title \
                    and doc[end + 1].pos_ == "PROPN":
                continue  # "Commerce" in "Commerce Secretary Wilbur Ross": the portfolio
            home = home_of_people(doc, start, end)
            if home is not None:
                # "a Lahore resident", "a resident of Lahore": a town the tagger took for a
                # people or a body
                ix.add_anchor(Anchor(start, end, "country",
                                     CountryForm(doc[start:end].text, home, "place")))
                continue
            if label == "NORP" and end - start == 1:
                form = _demonym(ix, doc[start].text)
                if form is not None:  # "Samoan", "Tongan": a state's adjective no list has
                    ix.add_anchor(Anchor(start, end, "country", form))
                    continue
            if label == "ORG" and end < len(doc) and doc[end].pos_ == "PROPN" \
                    and doc[end].is_title and (doc[end - 1].lower_ in _TITLE_HEADS or (
                        doc[end - 1].lower_ in words and words[doc[end - 1].lower_].kind == "person")):
                continue  # "Royal Society Research Fellow Martin How": a title, no body
            ix.add_anchor(Anchor(start, end, "ent_org" if label == "ORG" else "ent_norp"))


def repeated_body_names(ix: DocIndex) -> None:
    """(session 32) "Latvia revoked the licence of TV Rain ... TV Rain dismissed Korostelev": a
    body's name of two to four capitalised words that the tagger took for an organisation once is
    that body wherever the same words come again untagged (the tagger is not consistent from one
    sentence to the next), unless a capitalised name runs on before or after them."""
    doc, owner = ix.doc, ix.owner
    names = {tuple(t.text for t in doc[a.start:a.end]) for a in ix.anchors if a.kind == "ent_org"
             and 2 <= a.end - a.start <= 4 and place_country(doc[a.start:a.end].text) is None
             and all(t.is_alpha and (t.is_title or t.is_upper) for t in doc[a.start:a.end])}
    for words in names:
        n = len(words)
        for i in tokens_lowered(doc, {words[0].lower()}):
            if i + n > ix.n or tuple(t.text for t in doc[i:i + n]) != words \
                    or any(owner[j] >= 0 or j in ix.blocked or doc[j].ent_type_ for j in range(i, i + n)) \
                    or i + n < ix.n and doc[i + n].is_title and doc[i + n].pos_ == "PROPN" \
                    or i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" \
                    and not doc[i - 1].is_sent_start:
                continue
            ix.add_anchor(Anchor(i, i + n, "ent_org"))


def repeated_surnames(ix: DocIndex) -> None:
    """A surname written alone after the full name ("Tomas Herrera ... Herrera told
    reporters") is that person even where the tagger left it untagged: a capitalised proper
    noun equal to the last word of an earlier two- or three-word person name, standing alone
    (no capitalised word on either side, which would make it another name or a street)."""
    doc, owner = ix.doc, ix.owner
    first_end: dict[str, int] = {}
    for a in ix.anchors:
        last = doc[a.end - 1]
        # (session 38: a hyphened first name, "Jean-Louis", is one word of the name)
        n_words = a.end - a.start - 2 * sum(doc[k].text == "-" for k in range(a.start, a.end))
        if a.kind == "person" and 2 <= n_words <= 3 and last.is_title and last.is_alpha \
                and len(last) > 2:
            first_end.setdefault(last.text, a.end)
    first_end.update(_repeated_given_names(ix, first_end))
    if not first_end:
        return
    words = sector_words()
    found = tokens_lowered(doc, {w.lower() for w in first_end})
    placed = {doc[i].text for i in found if i > 0 and doc[i - 1].lower_ in _PLACE_BEFORE}
    for i in found:
        tok = doc[i]
        end = first_end.get(tok.text)
        if end is None or i < end or i in ix.blocked or tok.lower_ in words:
            continue
        if owner[i] >= 0:
            tagged = ix.anchor_at(i)
            # (session 57) "Park, 65, loses presidential immunity": a lone name the tagger took
            # for a body, set off as a person is (opening the sentence before a comma, or
            # described by a "who" clause), is the person named before
            if tagged is None or tagged.kind != "ent_org" or tagged.end - tagged.start != 1 \
                    or not (_who_clause(tok) or _opening_surname(tok)):
                continue
            ix.drop_anchor(tagged)
        if not (_who_clause(tok) or _opening_surname(tok)) and (
                _named_thing(tok) and not (_unknown_place(tok) or _town_as_person(tok, placed))
                or not (tok.pos_ == "PROPN" or _surname_as_noun(tok))):
            continue
        if i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper) and doc[i - 1].is_alpha \
                and not doc[i - 1].is_sent_start:
            continue  # "Maria Herrera": another name of the family
        if i + 1 < ix.n and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title:
            continue  # "Herrera Street", "Herrera Group"
        ix.add_anchor(Anchor(i, i + 1, "person"))


_WHO = frozenset({"who", "whom", "whose"})


def _repeated_given_names(ix: DocIndex, surnames: dict[str, int]) -> dict[str, int]:
    """(session 45) "Prime Minister Najib Razak ... Najib, in remarks carried by Bernama, said":
    where a name's first word is how the article calls the person again (Malay, Thai and
    Indonesian usage), that word written alone is the person too (with the checks a surname gets).
    Only a first word that opens one person's name (two people of one first name are left out) and
    is no one's surname."""
    doc = ix.doc
    firsts: dict[str, int] = {}  # first word -> end of its first name that may be repeated alone
    inner: dict[str, int] = {}  # inner word of a four-word name -> the name's end
    holders: dict[str, set[str]] = {}  # first word -> the person names it opens
    lasts: set[str] = set()
    for a in ix.anchors:
        if a.kind != "person":
            continue
        name, first = doc[a.start:a.end].text, doc[a.start]
        if a.end - a.start == 1:
            continue  # (session 57) the word already written alone ("Park"), no other person
        holders.setdefault(first.text, set()).add(name)
        lasts.add(name.split()[-1])
        n_words = a.end - a.start - 2 * sum(doc[k].text == "-" for k in range(a.start, a.end))
        if 2 <= n_words <= 3 and first.is_title and first.is_alpha and len(first) > 2 and first.pos_ == "PROPN":
            firsts[first.text] = min(firsts.get(first.text, a.end), a.end)
        if n_words == 4 and a.end - a.start == 4:
            # (session 48) "Al Haj Murad Ebrahim ... Murad told the gathering": the inner word
            # by which a long Arabic or Malay name is cut, after its honorifics
            for t in doc[a.start + 1:a.end - 1]:
                if t.is_title and t.is_alpha and len(t) > 3 and t.pos_ == "PROPN" \
                        and t.lower_ not in _NAME_PARTICLES:
                    holders.setdefault(t.text, set()).add(name)
                    inner.setdefault(t.text, a.end)
    # (not a family name shared, nor the first name of two people, nor anyone's surname)
    firsts.update({word: end for word, end in inner.items() if word not in firsts})
    return {word: end for word, end in firsts.items()
            if word not in surnames and len(holders[word]) == 1 and word not in lasts}


def _opening_surname(tok: Token) -> bool:
    """(session 38) "Bruguiere, investigating the deaths of ..., concluded that": an earlier
    person's surname that opens a sentence and is set off by a comma is that person, whatever
    part of speech the tagger guessed for the unknown word."""
    doc = tok.doc
    return tok.is_sent_start and tok.is_title and tok.is_alpha and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].text == ","


def _who_clause(tok: Token) -> bool:
    """(session 38) "Neves, who lost his seat as speaker, was taken from his home": an earlier
    person's surname that a "who" clause describes is that person, though the tagger read the
    capitalised word as a body or a plural noun."""
    return tok.is_title and tok.is_alpha and any(
        c.dep_ == "relcl" and any(g.lower_ in _WHO and g.i < c.i for g in c.children)
        for c in tok.children)


# (session 35) the parts a surname the tagger read as a common noun plays ("found Bouterse
# guilty" parsed as an xcomp, "Bouterse was convicted")
_NOUN_SURNAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "xcomp", "pobj", "conj", "appos"})


def _surname_as_noun(tok: Token) -> bool:
    """(session 35) Whether a capitalised word the tagger took for a common noun is a surname
    standing alone: it heads a subject or object with no determiner or modifier of its own, as a
    name does ("found Bouterse guilty"); a common noun capitalised only because it opens the
    sentence ("Rice prices rose") modifies or takes a determiner before it. (session 52) A
    surname ending in s may be read as a plural ("Morales stepped down")."""
    return tok.pos_ == "NOUN" and tok.is_title and tok.is_alpha and tok.tag_ in ("NN", "NNS") \
        and tok.dep_ in _NOUN_SURNAME_ROLES \
        and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") and c.i < tok.i
                    for c in tok.children)


# labels the tagger gives a lone surname by slip ("Camacho told reporters" read as a product)
_SLIP_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT"})


def _named_thing(tok: Token) -> bool:
    """Whether the tagger put ``tok`` in an entity that is no person. A one-word product, work,
    law or event equal to an earlier person's surname is the tagger's slip, not a thing: such
    names are seldom a single capitalised word, while people are named so all the time."""
    if not tok.ent_type_ or tok.ent_type_ == "PERSON":
        return False  # (session 52) a person the tagger found but the part of speech missed
    return not (tok.ent_type_ in _SLIP_LABELS and tok.ent_iob_ == "B"
                and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"))


def _unknown_place(tok: Token) -> bool:
    """Whether the tagger took a lone word for a place that no list knows ("faced Zuniga in a
    corridor" after "General Juan Jose Zuniga"): an earlier person's surname is that person."""
    return tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" \
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I") \
        and place_country(tok.text) is None


# the parts a lone surname plays in a clause, where a town would seldom stand alone
_PERSON_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})


def _town_as_person(tok: Token, placed: set[str]) -> bool:
    """(session 33) Whether a lone word the tagger took for a known town ("Lugo", a Spanish town)
    is the surname of the person named in full before ("Fernando Lugo ... the Senate removed
    Lugo"): it is the subject, object or possessor of the clause, and the article never writes it
    after a place preposition ("in Lugo"), which would make it the town."""
    return tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" \
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I") \
        and tok.dep_ in _PERSON_ROLES and tok.text not in placed


def _owned_unknown_name(ix: DocIndex, ent: Span) -> bool:
    """(session 35) Whether a name the tagger took for a place is owned by a state's name
    ("Finland's Botnia") and no gazetteer or list knows it: one or two capitalised words that
    a verb's agent or subject holds; a state's town is seldom written "Finland's X"."""
    doc, start, end = ix.doc, ent.start, ent.end
    if not 1 <= end - start <= 2 or start < 2 or doc[start - 1].tag_ != "POS" \
            or not all(t.is_title and t.is_alpha for t in ent) \
            or any(ix.owner[i] >= 0 or i in ix.blocked for i in range(start, end)) \
            or place_country(ent.text) is not None:
        return False
    form = ix.country_at(start - 2)
    return form is not None and form.form == "name" and form.iso3 not in ("-", None) \
        and ent.root.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") \
        and (ent.root.dep_ != "pobj" or ent.root.head.dep_ == "agent")


def described_names(ix: DocIndex) -> None:
    """(session 35) "Tomas Quispe, a shop assistant whose ...": two or three capitalised proper
    nouns the tagger left untagged (or took for a place no list knows), set off by a comma and
    described in apposition by "a/an" and a person: a person noun of the lexicon, an age
    ("a 27-year-old ...") or a "who/whose" clause. Ordinary people quoted in the news are
    introduced so; a place or a body is not "a 27-year-old teacher"."""
    doc, owner = ix.doc, ix.owner
    words = sector_words()
    for tok in doc:
        if tok.dep_ != "appos" or tok.tag_ != "NN" or not any(c.lower_ in ("a", "an") for c in tok.children):
            continue
        head = tok.head
        if not head.i < tok.i or head.pos_ != "PROPN":
            continue
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, head.i + 1):
            start -= 1
        end = head.i + 1
        if not 2 <= end - start <= 3 or end >= len(doc) or doc[end].text != "," \
                or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in doc[start:end]) \
                or any(owner[j] >= 0 or j in ix.blocked for j in range(start, end)) \
                or any(t.ent_type_ and t.ent_type_ not in ("PERSON", "GPE") for t in doc[start:end]) \
                or any(t.ent_type_ == "GPE" and place_country(t.text) is not None for t in doc[start:end]) \
                or start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            continue
        if _person_description(tok, words):
            ix.add_anchor(Anchor(start, end, "person"))


def _person_description(noun: Token, words: dict[str, SectorWord]) -> bool:
    """Whether an appositive noun describes a person: a person noun of the lexicon ("a nurse",
    "a shop assistant"), an age before it ("a 27-year-old teacher") or a "who/whose" clause."""
    word = words.get(noun.lower_)
    if noun.i > 0 and f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" in words:
        word = words[f"{noun.doc[noun.i - 1].lower_} {noun.lower_}"]
    if word is not None:
        return word.kind == "person"
    if any(t.lower_ == "old" and t.dep_ == "amod" for t in noun.children) \
            or any(t.lower_ == "year" for t in noun.doc[max(noun.i - 4, 0):noun.i]):
        return True
    return any(c.dep_ == "relcl" and any(w.tag_ in ("WP", "WP$") for w in c.subtree) for c in noun.children)


def listed_names(ix: DocIndex) -> None:
    """A name in a list of people the tagger skipped ("Redouane Lakdim, Quirin Vasseur and
    Marc Dubois"): a run of one to three capitalised proper nouns, set off by a comma or "and"
    right after a person name, that the parser joins to it (conj or appos) and that ends the
    list or goes on to the next item, is a person like its neighbour."""
    doc, owner = ix.doc, ix.owner
    words = sector_words()
    people = [a for a in ix.anchors if a.kind == "person"]
    for a in people:
        i = a.end
        if i < ix.n and doc[i].text == ",":
            i += 1
        if i < ix.n and doc[i].lower_ == "and":
            i += 1
        if i == a.end:
            continue
        end = i
        while end < ix.n and end - i < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].is_alpha and owner[end] < 0 and not doc[end].ent_type_ \
                and end not in ix.blocked and doc[end].lower_ not in words:
            end += 1
        if end == i or end < ix.n and (doc[end].pos_ == "PROPN" or doc[end].is_title
                                       and doc[end].is_alpha):
            continue
        last = doc[end - 1]
        if last.dep_ not in ("conj", "appos") or not a.start <= last.head.i < a.end:
            continue
        if not (end >= ix.n or doc[end].text in (",", ".", ";", ")") or doc[end].lower_ == "and"):
            continue
        ix.add_anchor(Anchor(i, end, "person"))


def listed_parties(ix: DocIndex) -> None:
    """(session 35) A party's name in a list of parties the tagger skipped or took for a place
    ("the Communist Party, its Green allies and the Left Bloc voted against"): a run of one to
    three capitalised proper nouns that no list or gazetteer knows, listed (conj) in a list
    whose first item is a named party or hangs on one, is a party like its neighbour; its state
    the context gives."""
    doc, owner = ix.doc, ix.owner
    words = sector_words()
    heads = {a.end - 1 for a in ix.anchors if a.end - a.start >= 2 and doc[a.end - 1].text == "Party"
             or isinstance(a.payload, Organisation) and a.payload.sector in ("PTY", "OPP")}
    if not heads:
        return
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ != "PROPN" or not tok.is_title or owner[tok.i] >= 0:
            continue
        first = _list_items(tok)[0]
        if first.i not in heads and not (first.dep_ == "appos" and first.head.i in heads):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 2 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        span = doc[start:tok.i + 1]
        if any(owner[t.i] >= 0 or t.i in ix.blocked or not t.is_alpha or t.lower_ in words
               or t.ent_type_ in ("PERSON", "NORP") for t in span) \
                or place_country(span.text) is not None \
                or tok.i + 1 < ix.n and doc[tok.i + 1].pos_ == "PROPN":
            continue
        ix.add_anchor(Anchor(start, tok.i + 1, "org", Organisation(span.text, None, "PTY")))


def _opening_modifier(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence and only modifies the lower-case common noun
    after it, so that its capital is the sentence's, not a name's."""
    if not (i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text + doc[i - 1].whitespace_):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.tag_ in ("NN", "NNS") \
        and doc[i].head.i == nxt.i


def _given_names_of_known(ix: DocIndex, start: int, end: int, ent_end: int,
                          words: dict[str, SectorWord]) -> bool:
    """"Prime Minister Ana-Maria Oyun Petrova-Dorj" where the knowledge base knows only the
    surname: the given names the tagger put in the same PERSON name, right before a known
    person's name, are that person's, not a second person. The known anchor grows over them
    (when they are capitalised name words that name no known person themselves)."""
    doc, owner = ix.doc, ix.owner
    if start >= end or end >= ent_end or owner[end] < 0:
        return False
    anchor = ix.anchors[owner[end]]
    if anchor.kind != "person" or anchor.start != end or anchor.end > ent_end:
        return False
    if end - start > 2 or any(owner[i] >= 0 or i in ix.blocked or not doc[i].is_title
                              or not _name_word(doc[i]) or doc[i].pos_ != "PROPN"
                              or is_titleish(doc[i], words) or doc[i].lower_ in words
                              for i in range(start, end)):
        return False
    if ix.kb.candidates(doc[start:end].text):
        return False  # "Trump Putin": two known people side by side
    for i in range(start, end):
        owner[i] = owner[end]
    anchor.start = start
    return True


def _name_word(tok: Token) -> bool:
    """A word of a person's name: letters, or letters joined by one apostrophe ("O'Rourke",
    "D'Souza"), which the tokenizer keeps as one word that is not alphabetic."""
    if tok.is_alpha:
        return True
    parts = tok.text.replace("\u2019", "'").split("'")
    return len(parts) == 2 and all(p.isalpha() for p in parts) and tok.text[0].isupper()


def _short_org(ix: DocIndex, start: int, end: int) -> Organisation | None:
    """The body a one-word ORG name is short for when the text names it in full elsewhere
    ("Ford" after "Ford Motor"): the full name tells the surname reading away. A word that is
    the first of two different bodies' names gives none, and a word after an article or an
    adjective ("the full House") is a common noun read with its context."""
    doc = ix.doc
    if end - start != 1:
        return None
    word = doc[start].text
    found = {id(a.payload): a.payload for a in ix.anchors
             if a.kind == "org" and a.end - a.start > 1 and doc[a.start].text == word}
    if len(found) != 1:
        return None
    org = next(iter(found.values()))
    if doc[start].left_edge.i < start or start > 0 and doc[start - 1].pos_ in ("DET", "ADJ"):
        # (session 30) "the Dyck group" after "Dyck Advisory Group": the first and the last
        # word of the full name are the body, with its article
        if _short_org_end(doc, end, org) == end:
            return None
    return org  # type: ignore[return-value]


def _short_org_end(doc, end: int, org) -> int:
    """Where a short name of ``org`` ends: past the common noun after it when that noun is
    the full name's last word in lower case ("the Dyck group" of "Dyck Advisory Group")."""
    last = org.name.split()[-1] if org.name else ""
    if end < len(doc) and doc[end].is_lower and len(org.name.split()) > 2 \
            and doc[end].text == last.lower():
        return end + 1
    return end


# What follows a wire dateline's place: a dash, a bracket ("(Reuters)") or a comma before a date.
_DATELINE_NEXT = frozenset({"—", "–", "-", "(", ",", ":"})


def block_datelines(ix: DocIndex) -> None:
    """The wire dateline ("KHARTOUM —", "NEW YORK (AP) -", "KYIV, Ukraine —") at the top of a
    story: where it was filed is no actor, but it is strong evidence of the state the story is
    about (``main_country`` counts it)."""
    doc = ix.doc
    # the capital-letter test first, from the attribute array: few words pass it
    top = min(ix.n, 400)
    flags = zip(doc.to_array(IS_UPPER)[:top].tolist(), doc.to_array(IS_ALPHA)[:top].tolist()) \
        if ix.n else ()
    for i, (upper, alpha) in enumerate(flags):
        if not (upper and (alpha or _elided(doc[i]))) or not _opens_paragraph(doc, i) or not len(doc[i]) > 1:
            continue
        j = i
        while j < ix.n and (doc[j].is_upper and (doc[j].is_alpha or _elided(doc[j])) or _dateline_hyphen(doc, j)
                            or _dateline_possessive(doc, j, i)):
            j += 1
        first = j
        while j + 1 < ix.n and doc[j].text == "/" and doc[j + 1].is_upper and doc[j + 1].is_alpha:
            # (session 54) a story filed from two places ("ISLAMABAD/NEW DELHI -"): both are
            # where it was filed, neither an actor; the first counts for the state
            j += 2
            while j < ix.n and doc[j].is_upper and doc[j].is_alpha:
                j += 1
        if j >= ix.n or doc[j].text not in _DATELINE_NEXT or len(doc[i:j].text) < 3:
            continue
        name = " ".join("'".join(p.capitalize() for p in t.text.split("'")) if _elided(t) else t.text.capitalize()
                        for t in doc[i:first]).replace(" - ", "-")
        name = re.sub(r" (['’]s)\b", r"\1", name)
        form = _dateline_form(ix, name)
        state = form.iso3 if form is not None and form.iso3 != "-" else place_country(name)
        named = None
        if doc[j].text == ",":  # (the anchors come later: the words up to the next comma are looked up)
            k = j + 1
            while k < min(ix.n, j + 5) and doc[k].text not in (",", "(", "-", "\u2014", "\u2013"):
                k += 1
            named = ix.kb.countries.get(doc[j + 1:k].text) if k > j + 1 else None
        if named is not None and named.form == "name" and named.iso3 != "-" and state is not None \
                and named.iso3 != state and (form is None or form.iso3 == "-"):
            state = named.iso3  # (session 60) "BARI, Italy": the state the dateline names, not India's Bari
            # (only over a town the places list gives another state: a capital's own state,
            # "PRISTINA, Serbia" in 1998, stays the capital's)
        ix.blocked.update(range(i, j))
        ix.blocked.update(_dateline_date(doc, j))
        ix.blocked.update(_dateline_agency(doc, j))
        if state:
            ix.dateline = state
            ix.dateline_place = name
        return


def _elided(tok: Token) -> bool:
    """(session 62) A capitalised place word with an apostrophe inside: "N'DJAMENA"."""
    return re.fullmatch(r"[A-Z]+'[A-Z]+", tok.text) is not None


# Months as a dateline writes them, short or long ("ATHENS, Jun 29", "KABUL, Sept. 3").
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                     "january", "february", "march", "april", "june", "july", "august", "september",
                     "october", "november", "december"})


def _dateline_date(doc: Doc, j: int) -> range:
    """(session 50) The date after a dateline's place (", Jun 29"): a short month is no person."""
    k = j + 1 if j < len(doc) and doc[j].text == "," else j
    if k + 1 < len(doc) and doc[k].lower_.rstrip(".") in _MONTHS and doc[k + 1].like_num:
        return range(k, k + 2)
    if k + 2 < len(doc) and doc[k].lower_ in _MONTHS and doc[k + 1].text == "." and doc[k + 2].like_num:
        return range(k, k + 3)
    return range(0)


def _dateline_agency(doc: Doc, j: int) -> range:
    """(session 61) The wire agency in brackets that closes a dateline ("LONDON, Britain, Oct 17
    (Reuters) -", "NEW YORK (AP) -"): the story's byline, no actor of it (an agency a spokesman
    talks to inside the story still is one)."""
    for k in range(j, min(len(doc) - 3, j + 8)):
        if doc[k].text == "(":
            close = next((c for c in range(k + 2, min(len(doc) - 1, k + 5)) if doc[c].text == ")"), None)
            if close is not None and doc[close + 1].text in ("-", "\u2014", "\u2013", "--"):
                return range(k + 1, close)
            return range(0)
    return range(0)


def _dateline_hyphen(doc: Doc, j: int) -> bool:
    """The hyphen inside a hyphenated place in capitals ("PORT-AU-PRINCE", "WINSTON-SALEM"):
    it joins two capitalised words with no space, so the dateline runs on over it and none of
    its parts ("AU", "PRINCE") is read as an actor."""
    return joined_by_hyphen(doc, j) and doc[j - 1].is_upper and doc[j - 1].is_alpha \
        and doc[j + 1].is_upper and doc[j + 1].is_alpha


def _dateline_possessive(doc: Doc, j: int, i: int) -> bool:
    """(session 40) The "'S" of a saint's town in capitals ("ST JOHN'S", "ST GEORGE'S"): the
    tokenizer splits it off, so the dateline runs on over it and "JOHN" is no person."""
    return j > i and doc[j].text in ("'S", "’S") and not doc[j - 1].whitespace_ \
        and doc[j - 1].is_upper and doc[j - 1].is_alpha


def _dateline_form(ix: DocIndex, name: str) -> CountryForm | None:
    """The state form of a dateline's place, also where a hyphenated capital writes its short
    inner words small ("PORT-AU-PRINCE" is "Port-au-Prince")."""
    form = ix.kb.countries.get(name)
    if form is None and "-" in name:
        parts = name.split("-")
        small = [parts[0]] + [p.lower() if len(p) <= 3 else p for p in parts[1:-1]] + [parts[-1]]
        form = ix.kb.countries.get("-".join(small))
    if form is None and " " in name:
        # (session 40) "ANDORRA LA VELLA" is "Andorra la Vella": a capital's small inner words
        # are lost in capitals, so a dateline of several words is looked up without case
        # (the knowledge base's folded lookup puts states first, so a state's form wins)
        hit = ix.kb.lookup_folded(name)
        if hit is not None and hit[0] == "country":
            form = hit[1]
    return form


# Participles that introduce the title of a work ("an artwork entitled America").
_TITLED = frozenset({"entitled", "titled"})
# Nouns that introduce a work's title ("the film Joker", "his novel The Testaments").
_WORKS = frozenset({"film", "movie", "book", "novel", "memoir", "album", "song", "single",
                    "comic", "documentary", "play", "musical", "opera", "series", "sitcom",
                    "painting", "poem", "video", "game", "biography", "magazine"})
_TITLE_JOINERS = frozenset({"of", "the", "and", "a", "an", "in", "for", "to", "on"})


def block_work_titles(ix: DocIndex) -> None:
    """"A toilet entitled America", "a report titled 'Russia Today'": the capitalised words
    after "entitled"/"titled" name a work, so none of them is an actor or counts for a state."""
    doc = ix.doc
    for i in tokens_lowered(doc, _TITLED | _WORKS):
        if i >= ix.n - 1:
            break
        if doc[i].lower_ not in _TITLED and not (
                doc[i].lower_ in _WORKS and doc[i].pos_ == "NOUN" and doc[i].is_lower
                and (doc[i + 1].is_title or doc[i + 1].is_quote) and doc[i + 1].dep_ != "poss"
                and not (i + 2 < ix.n and doc[i + 2].tag_ == "POS")):
            continue  # (a work noun before a name: "the film Joker"; not "the film's")
        j = i + 1
        while j < ix.n and doc[j].is_quote:
            j += 1
        k = j
        while k < ix.n and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha
                            or doc[k].lower_ in _TITLE_JOINERS and k > j and k + 1 < ix.n
                            and doc[k + 1].is_title):
            k += 1
        ix.blocked.update(range(j, k))


_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
_STORM_NOT_NAMES = frozenset({"center", "centre", "hunters", "season", "warning", "watch",
                              "advisory", "category", "area", "tracker", "week", "relief"})


# Caption labels before the name of whoever took or owns a picture.
_CREDIT_LABELS = frozenset({"image", "photo", "photograph", "picture", "credit", "credits",
                            "photos", "images"})


def block_credits(ix: DocIndex) -> None:
    """"Image: Nicholas Moreau.", "Photo: Jane Roe": the name after a caption label is a
    picture's credit, not a party to anything in the story (and caption credits repeat, so
    they would crowd the list of names to curate)."""
    doc = ix.doc
    for i in tokens_lowered(doc, _CREDIT_LABELS):
        if i >= ix.n - 2 or doc[i + 1].text != ":" \
                or not doc[i].is_title:  # a label ("Image:"), also after a caption's words
            continue
        k = i + 2
        while k < ix.n and k - i - 2 < 5 and _credit_word(doc, k):
            k += 1
        if k > i + 2:
            ix.blocked.update(range(i + 2, k))


def _credit_word(doc: Doc, k: int) -> bool:
    """A word of a credited name: capitalised, a hyphen, or an initial's full stop."""
    text = doc[k].text
    if text == ".":
        return k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and not doc[k + 1].is_sent_start
    return text[:1].isupper() or text == "-"


def block_storms(ix: DocIndex) -> None:
    """"Hurricane Dorian", "Tropical Storm Barry": a storm's name is no actor, nor is the
    bare name later in the article ("Dorian reached the Bahamas")."""
    doc = ix.doc
    names: set[str] = set()
    for i in tokens_lowered(doc, _STORM_WORDS):
        if i >= ix.n - 1:
            break
        tok, nxt = doc[i], doc[i + 1]
        if tok.lower_ not in _STORM_WORDS or not tok.is_title or not nxt.is_title \
                or not nxt.is_alpha or nxt.lower_ in _STORM_NOT_NAMES:
            continue
        if i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ not in ("tropical", "super"):
            continue  # "National Hurricane Center": a body's name
        start = i - 1 if i > 0 and doc[i - 1].lower_ in ("tropical", "super") else i
        ix.blocked.update(range(start, i + 2))
        names.add(nxt.text)
    if not names:
        return
    for i in range(ix.n):
        if doc[i].text in names and not (i + 1 < ix.n and doc[i + 1].is_title
                                         and doc[i + 1].pos_ == "PROPN"):
            ix.blocked.add(i)  # (not a first name: "Barry Comden")


# Nouns that head the name of a body of water ("Gulf of Oman", "South China Sea").
_WATERS = frozenset({"gulf", "sea", "strait", "straits", "bay", "ocean", "river", "lake",
                     "channel", "canal"})
# Water nouns that also end a state's name-like phrase as its own water ("Persian Gulf") but
# stand before a state only in "of" form: "Bay of Bengal", never "Bengal Bay" for the state.
_WATER_AFTER = _WATERS - {"bay"}
# (session 38) Open waters whose name is a region's, even inside a body's name ("the Indian
# Ocean Commission"); a canal's or river's name there is a work or an authority of its state.
_OPEN_WATERS = frozenset({"ocean", "sea"})


def block_waters(ix: DocIndex) -> None:
    """"The Gulf of Oman", "the South China Sea", "the Indian Ocean": a state's name or adjective
    inside the name of a sea, strait or river is a place, not that state as an actor. A name
    that runs on into a body ("Panama Canal Authority", "Gulf Cooperation Council") is left."""
    doc = ix.doc
    for i in tokens_lowered(doc, _WATERS):
        tok = doc[i]
        if not tok.is_title:
            continue
        if i + 2 < ix.n and doc[i + 1].lower_ == "of":
            j = i + 2
            if doc[j].lower_ == "the" and j + 1 < ix.n:
                j += 1
            k = j
            while k < ix.n and doc[k].is_title and doc[k].is_alpha:
                k += 1
            if k > j and (k >= ix.n or not _runs_on(doc[k])):
                ix.blocked.update(range(i, k))
            continue
        runs_on = i + 1 < ix.n and _runs_on(doc[i + 1])
        if tok.lower_ not in _WATER_AFTER or i == 0 or runs_on and tok.lower_ not in _OPEN_WATERS:
            continue
        j = i
        while j > 0 and i - j < 3 and doc[j - 1].is_title and doc[j - 1].is_alpha:
            j -= 1  # "South China Sea": up to three name words before the water noun
        if j < i:
            # (session 38) in a longer name ("the Indian Ocean Governance Institute") an
            # ocean's or sea's name is a region the body is named after, not its state
            if not runs_on:
                ix.blocked.update(range(j, i + 1))
            elif any(doc[k].text in country_forms() for k in range(j, i)):
                ix.blocked.update(range(j, i))  # (the words of a state only: "Black Sea Fleet" stays)


# (session 50) Words before "Indian(s)" that make it a native people of the Americas, not India's.
_NATIVE_BEFORE = frozenset({"american", "amazon", "amazonian", "indigenous", "native", "highland", "lowland"})


def block_native_indians(ix: DocIndex) -> None:
    """(session 50) "the Aymara Indian majority of the highlands", "Quechua Indians", "American
    Indians": after a people's name (a capitalised word no state owns) or a word such as
    "Amazon", "Indian" names a native people of the Americas, so it is no mention of India."""
    doc = ix.doc
    forms = country_forms()
    for i in tokens_lowered(doc, {"indian", "indians"}):
        if i == 0 or not doc[i].is_title:
            continue
        before = doc[i - 1]
        if before.lower_ in _NATIVE_BEFORE or before.is_title and before.is_alpha and before.text not in forms \
                and not before.like_num \
                and (before.pos_ == "PROPN" or before.pos_ == "ADJ" and not before.is_sent_start):
            ix.blocked.add(i)


def block_flagged_ships(ix: DocIndex) -> None:
    """"The Cook Islands-flagged Eagle S": a merchant ship's capitalised name (and "the" and that
    name later on) is a thing seized or struck, no actor. The flag state stays: PLOVER codes it
    as the party a seizure of "a British-flagged tanker" targets."""
    doc = ix.doc
    names: set[tuple[str, ...]] = set()
    for i in tokens_lowered(doc, {"flagged"}):
        if not joined_by_hyphen(doc, i - 1, ("-", "\u2013")):
            continue
        k = i + 1
        while k < ix.n and k - i <= 4 and (doc[k].is_title or doc[k].is_upper) \
                and doc[k].pos_ in ("PROPN", "ADJ", "NOUN", "NUM"):
            k += 1  # ("Nordic Star": the tagger may read a name's word as an adjective)
        if k > i + 1:
            ix.blocked.update(range(i + 1, k))
            names.add(tuple(t.text for t in doc[i + 1:k]))
    for name in names:
        n = len(name)
        for i in range(1, ix.n - n + 1):
            if doc[i - 1].lower_ == "the" and tuple(t.text for t in doc[i:i + n]) == name:
                ix.blocked.update(range(i, i + n))


def outlet_names(ix: DocIndex) -> None:
    """"The judiciary's Mizan news agency reported": a name no list knows, written before "news
    agency", is that agency (JRN), whatever the tagger made of it (a place, a people); its bare
    name later on ("Mizan said") is the same outlet."""
    doc = ix.doc
    names: dict[tuple[str, ...], Organisation] = {}
    for k in tokens_lowered(doc, {"agency"}):
        if k < 2 or doc[k - 1].lower_ != "news":
            continue
        e = k - 1
        s = e
        while s > 0 and e - s < 3 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_alpha \
                and (doc[s - 1].is_title or doc[s - 1].is_upper) \
                and ix.owner[s - 1] < 0 and s - 1 not in ix.blocked:
            s -= 1
        if s == e or any(ix.owner[i] >= 0 for i in range(e, k + 1)):
            continue
        org = Organisation(doc[s:e].text, None, "JRN")
        ix.add_anchor(Anchor(s, k + 1, "org", org))
        names[tuple(t.text for t in doc[s:e])] = org
    for words, org in names.items():
        n = len(words)
        for i in range(ix.n - n + 1):
            if tuple(t.text for t in doc[i:i + n]) != words \
                    or any(ix.owner[j] >= 0 or j in ix.blocked for j in range(i, i + n)) \
                    or i + n < ix.n and doc[i + n].is_title and doc[i + n].pos_ == "PROPN" \
                    or i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN":
                continue
            ix.add_anchor(Anchor(i, i + n, "org", org))


# Capitalised building nouns that head an "X of Y" name ("the Palace of Justice", "the Tower of
# London", "the Palace of Westminster"): the words after "of" name the building, so "Justice"
# there is no court. Not "hall": "the Hall of Fame" inducts people. Written by the dyads authors.
_BUILDING_HEADS = frozenset({"palace", "tower", "museum", "monument", "memorial", "castle",
                             "fortress", "mausoleum", "building"})


def block_building_names(ix: DocIndex) -> None:
    """"Salameh was taken into custody at the Palace of Justice": the capitalised words of a
    building's "of" name are part of a place, not a sector word or a state as an actor (the same
    shape as a water's name in :func:`block_waters`). A name that runs on into a body is left."""
    doc = ix.doc
    for i in tokens_lowered(doc, _BUILDING_HEADS):
        if not doc[i].is_title or i + 2 >= ix.n or doc[i + 1].lower_ != "of":
            continue
        j = i + 3 if doc[i + 2].lower_ == "the" and i + 3 < ix.n else i + 2
        k = j
        while k < ix.n and doc[k].is_title and doc[k].is_alpha:
            k += 1
        if k > j and (k >= ix.n or not _runs_on(doc[k])):
            ix.blocked.update(range(i, k))


# (session 31) Nouns of a user's place on an online service: the service's name right before
# them ("personal Gmail and Hotmail accounts", "his Telegram channel") is the medium.
_ACCOUNT_NOUNS = frozenset({"account", "inbox", "handle", "channel", "feed", "page", "profile"})


def block_account_names(ix: DocIndex) -> None:
    """"Civil servants turned to personal Gmail and Hotmail accounts": the name of a service
    right before a noun of one's account on it, or joined to such a name by "and"/"or", is the
    medium the words or mail go through, no actor (the owner of the account is)."""
    doc = ix.doc
    for i in tokens_lemmatised(doc, _ACCOUNT_NOUNS):
        if i == 0 or doc[i].pos_ != "NOUN":
            continue
        name = doc[i - 1]
        first = first_conjunct(name)  # "Gmail and Hotmail accounts": the first of the joined names
        if name.pos_ != "PROPN" or first.pos_ != "PROPN" or first.head.i != i \
                or first.dep_ not in ("compound", "nmod", "amod") or first.ent_type_ == "NORP":
            continue
        ix.blocked.update(t.i for t in doc[first.i:i] if t.pos_ == "PROPN")


def _runs_on(tok: Token) -> bool:
    """A capitalised word after a water's name makes it part of a longer name ("Suez Canal
    Authority", "Gulf of Mexico Alliance")."""
    return tok.is_title and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN")


def block_thing_acronyms(ix: DocIndex) -> None:
    """"the Automatic Identification System (AIS)": the short form of a thing's name is the
    thing too wherever it appears."""
    doc = ix.doc
    short: set[str] = set()
    for ent in doc_ents(doc):
        end = ent.end
        if end + 2 < ix.n and doc[end].text == "(" and doc[end + 2].text == ")" \
                and doc[end + 1].is_upper and _thing(doc, ent.start, end):
            short.add(doc[end + 1].text)
    if short:
        ix.blocked.update(i for i in range(ix.n) if doc[i].text in short)


def _opens_paragraph(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in ("#", "*", "**")


def _dateline_entity(doc: Doc, start: int, end: int) -> bool:
    """An all-caps place opening a paragraph before a dash or a bracket ("KHARTOUM —",
    "WASHINGTON (Reuters) -"): the wire dateline, which the tagger often takes for a name."""
    if not all(t.is_upper or not t.is_alpha for t in doc[start:end]) or len(doc[start:end].text) < 3:
        return False
    return _opens_paragraph(doc, start) and end < len(doc) and doc[end].text in _DATELINE_NEXT


def _titled_name(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """"Vice-President Moody Awori": two or three capitalised words right after a person's
    title are a name, whatever the tagger's label."""
    if start == 0 or not 2 <= end - start <= 3:
        return False
    title = words.get(doc[start - 1].lower_)
    if title is None or title.kind != "person" \
            or not all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end]):
        return False
    return doc[start - 1].is_title or _common_title_of_name(doc, start, end, words)


def _common_title_of_name(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """(session 32) "shopkeeper Arben Ismaili", "lawmaker Hana Maipi": a lower-case person noun
    the parser puts on the capitalised words after it, none of which a list knows (no "Party",
    "Council"), is the calling of the person they name; a body takes no such title."""
    return doc[start - 1].is_lower and doc[start - 1].dep_ == "compound" \
        and start <= doc[start - 1].head.i < end \
        and not any(t.lower_ in words and not (t.i == start and t.lower_ in _VIRTUE_NAMES)
                    for t in doc[start:end])


# (session 48) Given names that are also common nouns of the lexicon ("Police spokeswoman
# Charity Charamba", "Justice" is a judge's title, never read as a given name here).
_VIRTUE_NAMES = frozenset({"charity", "grace", "faith", "hope", "mercy", "patience", "precious",
                           "blessing", "liberty", "constance", "prudence"})


def _kin_then_name(doc: Doc, start: int, end: int) -> bool:
    """"His son Eduardo", "Trump's daughter Ivanka": one to three capitalised words right after
    a kin word that someone owns are a relative's name, whatever the tagger's label."""
    if start < 2 or not 1 <= end - start <= 3 or doc[start - 1].lower_ not in KIN_WORDS:
        return False
    owner = doc[start - 2]
    return (owner.tag_ in ("PRP$", "POS") or owner.lower_ in ("his", "her", "their")) \
        and all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end])


def _demonym(ix: DocIndex, word: str) -> CountryForm | None:
    """The state whose name an adjective is regularly made from: "Samoan" from Samoa
    (-n), "Bermudian" from Bermuda (-ian for -a), "Bahamian" from the Bahamas."""
    if len(word) < 5 or not word[0].isupper():
        return None
    stems = []
    if word.endswith("n"):
        stems.append(word[:-1])
    if word.endswith("ian"):
        stems += [word[:-3] + "a", word[:-3] + "as", word[:-3]]
    for stem in stems:
        form = ix.kb.countries.get(stem)
        if form is not None and form.form == "name" and form.iso3 != "-":
            return CountryForm(word, form.iso3, "adjective")
    return None


# Lower-case particles inside personal names ("Arnel dela Vega", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "dela", "della", "delle",
                             "di", "du", "van", "von", "der", "den", "ter", "zu", "bin",
                             "binti", "ibn"})


def _name_part(tok: Token) -> bool:
    return tok.is_title and tok.pos_ == "PROPN"


def _untagged_rest_of_name(doc: Doc, ent: Span) -> int:
    """The end of a name the tagger cut short: its PERSON ends on a compound whose head is a
    later untagged capitalised word, with only such words between ("MILF chairman Al Haj
    Murad Ebrahim" tags "Al Haj"). Words the dictionary lists as nouns ("Administration") are no
    name's part. Returns the new end, or the entity's own end."""
    last = doc[ent.end - 1]
    head = last.head.i
    if last.dep_ != "compound" or not ent.end <= head <= ent.end + 1:
        return ent.end
    nouns = dictionary_nouns()
    rest = doc[ent.end:head + 1]
    if any(not _name_part(t) or t.lower_ in nouns or t.dep_ != "compound" and t.i != head
           or t.ent_type_ and (t.ent_type_ not in ("GPE", "PERSON") or t.ent_iob_ == "B" and t.i > ent.end)
           for t in rest):
        return ent.end
    if head + 1 < len(doc) and doc[head + 1].ent_iob_ == "I":
        return ent.end  # (a tagged name that runs on past the head is another name)
    forms = country_forms()
    if any(t.ent_type_ == "GPE" for t in rest) and (place_country(rest.text) or rest.text in forms
                                                   or any(t.text in forms for t in rest)):
        return ent.end  # "Mr Smith Kenya": a place the tagger saw, not the rest of a name
    return head + 1


def _particle_names(doc: Doc) -> list[Span]:
    """The tagger's entities with a name cut at a lower-case particle made whole: a PERSON
    that starts with "dela"/"von" takes the given names before it, and one that ends in a
    particle takes the surname after it (the tagger splits "Arnel" + "dela Vega")."""
    ents = list(doc_ents(doc))
    out: list[Span] = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON" and doc[start].lower_ in _NAME_PARTICLES:
            while start > 0 and start > ent.start - 2 and _name_part(doc[start - 1]) \
                    and doc[start - 1].ent_type_ in ("", "PERSON", "ORG"):
                start -= 1
        if ent.label_ == "PERSON" and doc[end - 1].lower_ in _NAME_PARTICLES \
                and end < len(doc) and _name_part(doc[end]):
            end += 1
        elif ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text in _NAME_PARTICLES \
                and _name_part(doc[end + 1]) and not doc[end - 1].is_sent_end:
            # (session 35) "Fernando Teixeira dos Santos": the tagger stopped before the particle
            end += 2
        elif ent.label_ == "PERSON" and (rest := _untagged_rest_of_name(doc, ent)) > end:
            end = rest  # (session 48) "Al Haj" + "Murad Ebrahim": one name, one head
        if (start, end) == (ent.start, ent.end):
            if not out or ent.start >= out[-1].end:
                out.append(ent)
            continue
        while out and out[-1].end > start:
            out.pop()  # the given name the tagger tagged on its own
        out.append(Span(doc, start, end, label="PERSON"))
    return out  # sorted and without overlaps: each span popped what it covered


# Nouns of a settlement whose "of <Name>" names it ("the city of Vitez").
_NAMED_PLACES = frozenset({"city", "town", "village", "township", "district", "province",
                           "region", "island", "port", "municipality", "county", "hamlet"})


# Head words of a body named for its cause ("Association for the Defence of ...").
_NAMED_FOR_HEADS = frozenset({"association", "committee", "coalition", "alliance", "league",
                              "society", "council", "movement", "front", "foundation",
                              "federation", "union", "centre", "center", "institute",
                              "organisation", "organization", "campaign", "network"})


# (session 33) Nouns that say what kind of firm a name is when set beside it ("the lender
# Landsbanki", "Kaupthing, the biggest bank").
_FIRM_NOUNS = frozenset({"bank", "lender", "insurer", "company", "firm", "carrier", "airline",
                         "conglomerate", "brokerage", "builder", "contractor"})


def _firm_names(ix: DocIndex) -> set[str]:
    """(session 33) Names the tagger took for places that the text sets beside a firm's noun
    ("Kaupthing, the country's biggest bank", "the failed lender Landsbanki"), and the
    unknown one-word names (places or people to the tagger) joined to them by "and"
    ("Landsbanki and Glitnir"): every mention of such a name is the firm. A name the
    gazetteer places or the knowledge base knows is left alone."""
    doc = ix.doc
    found: set[str] = set()
    ents = [e for e in doc_ents(doc) if e.label_ in ("GPE", "PERSON")]
    for ent in ents:
        if ent.label_ != "GPE":
            continue  # (a person's name beside a firm's noun is read by the person rules)
        root = ent.root
        beside = [c for c in root.children if c.dep_ == "appos"]
        if ent.start > 0:
            beside.append(doc[ent.start - 1])  # (the parser may hang the name anywhere)
        if any(t.lemma_.lower() in _FIRM_NOUNS and t.tag_ == "NN" for t in beside) \
                and _unknown_name(ix, ent):
            found.add(ent.text)
    if found:
        for ent in ents:
            other = ent.root.head if ent.root.dep_ == "conj" else None
            if other is not None and other.text in found and len(ent) == 1 \
                    and _unknown_name(ix, ent):
                found.add(ent.text)
    return found


def possessive_party_names(ix: DocIndex) -> None:
    """(session 56) "the Workers' Party (PT) says": a party named for a class in the possessive,
    which no list holds, is one party's name (not the workers, LAB); its state is the story's,
    by the rules for parties no list knows."""
    doc = ix.doc
    for i in range(ix.n - 2):
        if doc[i].tag_ != "NNPS" or doc[i + 1].text not in ("'", "’") or doc[i + 2].text != "Party":
            continue
        start = i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ") \
                and doc[start - 1].dep_ in ("compound", "amod"):
            start -= 1
        if any(ix.owner[j] >= 0 or j in ix.blocked for j in range(start, i + 3)):
            continue
        ix.add_anchor(Anchor(start, i + 3, "org", Organisation(doc[start:i + 3].text, None, "PTY")))


def firm_acronyms(ix: DocIndex) -> None:
    """(session 56) "a bribe from engineering firm OAS": a short form the knowledge base holds for
    an intergovernmental body (the Organization of American States) is a firm where the text sets
    a firm's noun right before it, and so is every other mention of it in the article (a firm no
    list knows: the story's own state's, by the rules for such firms)."""
    doc = ix.doc
    named: set[str] = set()
    for a in ix.anchors:
        if a.kind == "org" and isinstance(a.payload, Organisation) and a.payload.country in ("IGO", "UNO") \
                and a.end - a.start == 1 and doc[a.start].is_upper and a.start > 0 \
                and doc[a.start - 1].lemma_.lower() in _FIRM_NOUNS and doc[a.start - 1].is_lower:
            named.add(doc[a.start].text)
    if not named:
        return
    for a in list(ix.anchors):
        if a.kind == "org" and a.end - a.start == 1 and doc[a.start].text in named:
            a.payload = Organisation(doc[a.start].text, None, "BUS")
    ix.firms = set(ix.firms) | named


def _unknown_name(ix: DocIndex, ent: Span) -> bool:
    """Whether neither the gazetteer nor the knowledge base knows a name."""
    return place_country(ent.text) is None and not ix.kb.candidates(ent.text) \
        and all(ix.owner[i] < 0 for i in range(ent.start, ent.end))


def _joined_people(doc: Doc) -> list[Span]:
    """The tagger's entities, with a PERSON cut in two rejoined ("Amy Berman" + "Jackson"):
    two person names with nothing between them are one name."""
    out: list[Span] = []
    for ent in _particle_names(doc):
        prev = out[-1] if out else None
        if prev is not None and ent.label_ == "PERSON" and prev.label_ == "PERSON" \
                and prev.end == ent.start and len(prev) + len(ent) <= 4 \
                and all(t.is_title and t.pos_ == "PROPN" for t in ent) \
                and not doc[prev.end - 1].whitespace_ == "":
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        if prev is not None and ent.label_ == "PERSON" and prev.label_ == "PERSON" \
                and _nickname_between(doc, prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        if prev is not None and ent.label_ == "ORG" and prev.label_ == "ORG" \
                and ent.start == prev.end + 1 and doc[prev.end].lower_ in ("for", "of") \
                and prev[-1].lower_ in _NAMED_FOR_HEADS and prev[-1].is_title:
            # "Zairian Association for the Defence of Human Rights": one body's name that
            # the tagger cut at its "for"
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "PERSON" and nxt is not None and nxt.ent_iob_ == "O" \
                and nxt.tag_ == "NNP" and nxt.is_title and len(ent) <= 3 \
                and ent[-1].dep_ == "compound" and ent[-1].head.i == nxt.i:
            # "Judge Amy Berman Jackson": the surname the tagger left out heads the name
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        if ent.label_ == "PERSON" and nxt is not None and _glottal_surname(ent, nxt):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        out.append(ent)
    return out


def _glottal_surname(ent: Span, nxt: Token) -> bool:
    """(session 27) "Fiame Naomi Mata'afa", "Tuilaepa Sa'ilele": a capitalised word with an
    apostrophe inside, right after a person's name, is its surname, which the tagger leaves
    out of the name (a glottal stop in Polynesian names; also "O'Neill")."""
    text = nxt.text
    return nxt.ent_iob_ == "O" and ent.end == nxt.i and bool(ent[-1].whitespace_) \
        and len(text) > 3 and text[0].isupper() and "'" in text[1:-1] \
        and text.replace("'", "").isalpha() and not text.lower().endswith("'s")


def _nickname_between(doc: Doc, prev: Span, ent: Span) -> bool:
    """Whether a nickname in quotes joins two person entities into one name (Jimmy "Barbecue"
    Cherizier): the tagger ends the first at the nickname and leaves its closing quote out, so
    the surname after it would be a second person with no title or state."""
    gap = doc[prev.end:ent.start]
    quotes = [t for t in doc[prev.start:ent.start] if t.is_quote]
    return len(gap) <= 1 and all(t.is_quote for t in gap) and len(quotes) == 2 \
        and quotes[0].i > prev.start and quotes[1].i > quotes[0].i + 1 \
        and all(t.is_title for t in doc[quotes[0].i + 1:quotes[1].i]) \
        and len(ent) <= 2 and all(t.is_title for t in ent)


def _hyphen_modifier(ent: Span) -> bool:
    """A PERSON entity joined by a hyphen that modifies a common noun after it ("Neo-Nazi
    slogans", "Anti-Semitic remarks") names a kind of thing, not a person."""
    if not any(t.text == "-" for t in ent):
        return False
    last = ent[-1]
    return last.dep_ in ("compound", "amod") and last.head.i >= ent.end \
        and last.head.pos_ == "NOUN" and last.head.is_lower


# Words before a name that use it as a place ("flights to Goa", "officials in Waterloo").
_PLACE_BEFORE = frozenset({"in", "at", "from", "near", "to", "into", "outside", "around",
                           "across", "toward", "towards", "inside", "throughout", "via"})
# Prepositions of the area about a place, which a body's name does not follow ("around Lyon").
# Nouns of acts and sites whose "in <name>" says where they are ("an assault in Ghazni").
_EVENT_SITES = frozenset({"attack", "assault", "bombing", "blast", "explosion", "clash",
                          "fighting", "battle", "raid", "strike", "offensive", "protest",
                          "rally", "centre", "center", "camp", "base", "prison", "hospital"})
_AROUND = frozenset({"near", "around", "outside", "across", "throughout"})
# Verbs whose subject is a place rather than a person ("Jolo lies on an island").
_PLACE_VERBS = frozenset({"lie", "border", "host", "flood", "neighbour", "neighbor"})
# Nouns after "X's" that make X a place ("Jolo's government").
_PLACE_OWNED = frozenset({"government", "governor", "mayor", "authorities", "council", "police",
                          "residents", "population", "streets", "economy"})


# Levels of a place's own government ("Malaita's provincial government").
_LOCAL_LEVELS = frozenset({"provincial", "regional", "local", "municipal", "city", "state", "district"})


def _owned_office(doc: Doc, k: int) -> bool:
    """Whether what a name's possessive owns at ``k`` is a place's office or people ("Jolo's
    government", "Malaita's provincial government")."""
    if k < len(doc) and doc[k].lower_ in _LOCAL_LEVELS:
        k += 1
    return k < len(doc) and doc[k].lower_ in _PLACE_OWNED


# Words right after a town the tagger took for a body that make it the place ("Chelyabinsk
# regional governor", "Kandahar police").
# Words that open the name of a public square ("Plaza de Mayo", "Piazza Venezia").
_SQUARES = frozenset({"plaza", "piazza", "praça", "praca", "plaça"})
# (session 26) Plural bodies a place's own name comes before ("Haryana police said"), where a
# person's name never does.
_PLACE_STAFF = frozenset({"police", "authorities", "officials", "residents"})
_PLACE_OFFICES = frozenset({"regional", "provincial", "municipal", "governor", "mayor", "police",
                            "authorities", "officials", "residents", "man", "woman", "men",
                            "women", "resident", "teenager", "boy", "girl", "native"})


# Offices of a town named after "of" ("the mayor of Lyon", "the council of Leeds").
_LOCAL_OFFICES = frozenset({"mayor", "council", "municipality", "mayoralty", "governor"})


def _part_of_coded_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a "person" is one word modifying a capitalised word after it that holds a digit
    ("Joint Sword-2024A"): people's names hold no numbers, the coded names of drills, products
    and missions do."""
    if start + 1 >= min(end + 1, len(doc)) or doc[start].head.i != start + 1:
        return False  # (cheap test first: only the word right after can be the coded name)
    word = doc[start + 1].text
    return word[:1].isupper() and any(ch.isdigit() for ch in word)


def _town_of_office(doc: Doc, start: int, end: int) -> bool:
    """"the mayor of Novi Sad", "the governor of Sidi Bouzid": a name of two or three words
    that the gazetteer knows as a town, after a local office's "of", is that town."""
    return 2 <= end - start <= 3 and start >= 2 and doc[start - 1].lower_ == "of" \
        and doc[start - 2].lower_ in _LOCAL_OFFICES \
        and place_country(doc[start:end].text) not in (None, "-")


# Nouns of places whose name follows them ("the regional capital Stepanakert", "the islands
# of Kinmen, Matsu and Dongyin"), by lemma.
_PLACE_NOUN_LEMMAS = _NAMED_PLACES | PLACE_NOUNS | {"islet", "atoll", "enclave", "exclave"}


def _list_items(tok: Token) -> list[Token]:
    """The items of the list ``tok`` is in (itself alone when in none), first item first."""
    first = tok
    for _ in range(30):  # a list's items hang on each other; the first on the list's head
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    items = [first]
    for item in items:  # grows as it goes: each item's own "conj" is the next
        items.extend(c for c in item.children if c.dep_ == "conj")
    return items


def _gazetteer_place_after_preposition(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of two words or more that the tagger took for a person is a town of one
    state in the gazetteer, right after a preposition of place ("outside Ho Chi Minh City");
    one word alone ("in Jordan", "to Chad") may still be a person's name."""
    return end - start >= 2 and start > 0 and doc[start - 1].lower_ in _PLACE_BEFORE \
        and place_country(doc[start:end].text) not in (None, "-")


def _place_by_its_neighbours(doc: Doc, i: int) -> bool:
    """Whether a lone capitalised word the tagger took for a person is a place by what is
    around it: set off right after a place noun ("the regional capital Stepanakert"), or an
    item of a list that follows a locative preposition or "<place noun> of" and holds a place
    the tagger or the gazetteer knows ("in Manzini, Mbabane and Matsapha")."""
    tok = doc[i]
    if kin_named(doc, i):
        return False  # (session 53) "his sons Hussain and Hassan": a relative, not a town
    prev = doc[i - 1] if i else None
    if prev is not None and prev.is_lower and prev.lemma_.lower() in _PLACE_NOUN_LEMMAS \
            and tok.dep_ in ("appos", "compound", "pobj", "conj", "nsubj", "dobj") \
            and (tok.head.i == prev.i or prev.head.i == tok.i):
        return True
    items = _list_items(tok)
    if len(items) < 2:
        return False
    if _listed_with_own_state_place(tok, items):
        return True
    before = doc[i - 2] if i >= 2 and doc[i - 1].lower_ == "and" and doc[i - 2] in items else None
    if before is not None and place_country(tok.text) not in (None, "-") \
            and (before.ent_type_ in ("GPE", "LOC") or place_country(before.text) is not None):
        return True  # (session 48) "the separatist leaders of Donetsk and Luhansk": two places
    first = items[0]
    if first.dep_ != "pobj":
        return False
    prep = first.head
    placed = prep.lower_ in _PLACE_BEFORE or prep.lower_ == "of" \
        and prep.head.lemma_.lower() in _PLACE_NOUN_LEMMAS
    return placed and any(t.i != i and (t.ent_type_ in ("GPE", "LOC")
                                        or place_country(t.text) not in (None, "-"))
                          for t in items)


def _listed_with_own_state_place(tok: Token, items: list[Token]) -> bool:
    """Whether a word the gazetteer knows as a town of one state is listed with another town the
    gazetteer puts in the same state, which the tagger reads as a place or as the same kind of
    name ("the capture of Dessie and Kombolcha"): two towns of one state side by side are places
    whatever the preposition."""
    own = place_country(tok.text)
    return own not in (None, "-") and any(
        t.i != tok.i and (t.ent_type_ in ("GPE", "LOC") or t.ent_type_ == tok.ent_type_)
        and place_country(t.text) == own for t in items)


def _listed_places_state(doc: Doc, i: int) -> str | None:
    """The one state of the places the gazetteer knows in the list that token ``i`` is in
    (None when they name none or several)."""
    states = {place_country(t.text) for t in _list_items(doc[i]) if t.i != i} - {None, "-"}
    return states.pop() if len(states) == 1 else None


def _first_name_org(ent) -> bool:
    """An ORG entity of two or three capitalised words that starts with a common first name
    ("Ivan Shelyagin") is a person."""
    from .actor_lexicon import FIRST_NAMES

    words = [t for t in ent if t.text not in POSSESSIVES]
    inner = [t for t in words[1:-1] if t.lower_ not in _NAME_PARTICLES]
    if not words or len(words) != len(ent) and (words[-1].i != ent.end - 2 or len(inner) == len(words) - 2):
        return False  # a possessive only after a name with a particle ("de Gaulle's")
    # ("Charles de Gaulle's": a particle inside the name, and the possessive after it)
    return 2 <= len(words) <= 4 and len(inner) + 2 <= 3 and ent[0].lower_ in FIRST_NAMES \
        and _name_part(words[-1]) and all(_name_part(t) for t in [words[0], *inner])


def _town_names(ix: DocIndex) -> dict[str, CountryForm]:
    """One-word PERSON or ORG entities that are towns the gazetteer knows and that the text uses
    as a place at least once: after "in/at/from/near", before "'s government", after a campus
    acronym ("CU Boulder"), as the subject of a place verb, or (an ORG) before an office of a
    place ("Chelyabinsk regional governor"). Every bare mention of such a name
    is then the place; a name with a title or a first name before it stays a person."""
    doc = ix.doc
    out: dict[str, CountryForm] = {}
    # "Jerry Garcia ... Garcia": a word the text also uses as a surname is that person's
    surnames = {ent[-1].text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in doc_ents(doc):
        if ent.label_ == "ORG":
            ent = Span(doc, _name_start(doc, ent.start, ent.end), ent.end, label=ent.label)
        if ent.label_ not in ("PERSON", "ORG") or not _one_place_word(ent) or ent.text in out \
                or ent.text in surnames:
            continue
        start = ent.start
        tok = doc[start]
        root = ent.root
        if not tok.is_title or ix.owner[start] >= 0 \
                or ix.kb.candidates(ent.text) and not site_place(doc, start):
            continue  # (a known surname is the place only where it says where a site is)
        iso3 = place_country(ent.text)
        if iso3 is None:
            continue
        prev = doc[start - 1] if start else None
        nxt = doc[ent.end] if ent.end < ix.n else None
        possessive = nxt is not None and nxt.text in ("'s", "\u2019s")
        placed = prev is not None and prev.lower_ in _PLACE_BEFORE and not possessive \
            or nxt is not None and nxt.lower_ in _PLACE_STAFF \
            or prev is not None and prev.is_upper and prev.is_alpha \
            and 2 <= len(prev.text) <= 4 and ix.owner[start - 1] < 0 \
            or possessive and _owned_office(doc, ent.end + 1) \
            or root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _PLACE_VERBS \
            or prev is not None and prev.lower_ == "of" and start > 1 \
            and doc[start - 2].lower_ in PLACE_NOUNS | _LOCAL_OFFICES  # "the town of Goma"
        if ent.label_ == "ORG":
            # a body follows prepositions as well as a place does ("according to Time"): only
            # an office of the place after it makes it one
            placed = possessive and _owned_office(doc, ent.end + 1) \
                or nxt is not None and nxt.lower_ in _PLACE_OFFICES \
                or prev is not None and prev.lower_ in _AROUND \
                or prev is not None and prev.lower_ == "of" and start > 1 \
                and doc[start - 2].lower_ in PLACE_NOUNS | _LOCAL_OFFICES \
                or prev is not None and prev.lower_ == "in" and _sector_group(doc, start - 2) \
                or prev is not None and prev.lower_ == "in" and root.dep_ == "pobj" \
                and prev.head.pos_ == "NOUN" and prev.head.lemma_.lower() in _EVENT_SITES
        if placed:
            out[ent.text] = CountryForm(ent.text, iso3, "place")
    return out


def _one_place_word(ent: Span) -> bool:
    """A one-word name, or one of hyphened words ("Nagorno-Karabakh"), as places are written."""
    return len(ent) == 1 or len(ent) == 3 and joined_by_hyphen(ent, 1)


def _sector_group(doc: Doc, i: int) -> bool:
    """A plural sector noun ("police", "authorities", "officials") at i: "Police in Karachi" puts
    the town after "in" as the group's place, where a body is rarely "in" something."""
    if i < 0:
        return False
    word = sector_words().get(doc[i].lower_) or sector_words().get(doc[i].lemma_.lower())
    return word is not None and word.kind == "group" and word.sector is not None \
        and doc[i].tag_ in ("NNS", "NN", "NNP", "NNPS")


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where a tagger's ORG really starts: "a 36-year-old Cheltenham man" gives "old
    Cheltenham", whose lower-case adjectives and numbers describe the man, not the name."""
    while start < end - 1 and doc[start].is_lower and "-" not in doc[start].text \
            and doc[start].pos_ in ("ADJ", "NUM"):
        start += 1
    return start


# Verbs by which a subject takes a value ("Turnout was 38%", "Attendance stood at 2,000 people").
_VALUE_VERBS = frozenset({"be", "stand", "rise", "fall", "drop", "climb", "reach", "top"})
_VALUE_ENTS = frozenset({"PERCENT", "MONEY", "QUANTITY"})


def _measured(tok: Token) -> bool:
    """Whether a word is the subject of a verb whose value is a percentage, a sum or a
    quantity: a measure, never a person (a person's age is a plain number, not one of these)."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.lemma_.lower() not in _VALUE_VERBS:
        return False
    values = [c for c in verb.children if c.dep_ in ("attr", "acomp", "dobj")]
    values += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(v.ent_type_ in _VALUE_ENTS for v in values)


def _capitalised_noun(doc: Doc, i: int) -> bool:
    """(session 38) Whether a one-word name that opens a sentence is a dictionary noun written
    with the sentence's capital ("Turnout was high", "Gunfire and shelling rocked the city"): its
    lower-case form is one of the model's common nouns, the article never writes the word with a
    capital elsewhere (as it does a surname named in full before), and the tagger, reading the
    sentence again with the word in lower case, takes it for a common noun: a surname that is
    also a noun ("Smith was arrested", "Baker") stays a proper noun there. The subject of a
    speech verb is a speaker ("Rice said"), whatever the dictionary says."""
    tok = doc[i]
    if not (tok.is_title and tok.is_alpha and (i == 0 or tok.is_sent_start)) \
            or tok.lower_ not in dictionary_nouns() \
            or tok.dep_.startswith("nsubj") and tok.head.lemma_ in speech_lemmas() \
            or any(t.text == tok.text for t in doc if t.i != i):
        return False
    sent = tok.sent
    probe = load_nlp()(tok.lower_ + doc[i:sent.end].text[len(tok.text):])
    return len(probe) > 0 and probe[0].tag_ in ("NN", "NNS")


def _common_word(doc: Doc, start: int, end: int) -> bool:
    """A one-word entity the tagger does not take for a proper noun is an ordinary word."""
    return end - start == 1 and doc[start].tag_ not in ("NNP", "NNPS", "")


# Words that, after a state's name inside a longer name, make it a group of people named after
# the state ("Iraq Veterans Against the War", "Syria Solidarity Campaign"), not the state.
_GROUP_WORDS = frozenset({"veterans", "committee", "friends", "campaign", "solidarity",
                          "mothers", "families", "survivors", "coalition", "alliance",
                          "network", "forum", "society", "association", "action", "watch",
                          "support", "appeal", "relief", "aid", "justice", "diaspora"})
# Heads of an academic periodical's title ("the British Journal of Psychiatry").
_JOURNALS = frozenset({"journal", "review", "annals", "bulletin", "archives"})
# Words inside a group's name that give its cause ("Veterans Against the War", "Friends for ...").
_CAUSE_WORDS = frozenset({"against", "for"})


def country_group_names(ix: DocIndex) -> None:
    """A tagged organisation whose name holds a state's name followed by a group word or a
    cause ("the Iraq Veterans Against the War"): the state anchor inside it becomes the whole
    organisation, which takes the state of its context rather than the named one."""
    doc = ix.doc
    for anchor in ix.anchors:
        form = anchor.whole_country
        if form is not None and form.form == "adjective" and anchor.end < ix.n \
                and doc[anchor.end].is_title and doc[anchor.end].lower_ in _VENUE_HEADS \
                and doc[anchor.start].is_title:
            # "Grauman's Egyptian Theatre", "an Irish Pub": a venue's name, no state
            ix.drop_anchor(anchor)
            ix.blocked.update(range(anchor.start, anchor.end + 1))
        elif form is not None and form.form == "name" and anchor.end + 1 < ix.n \
                and doc[anchor.end].text == "Human" and doc[anchor.end + 1].text == "Rights" \
                and (anchor.end + 2 >= ix.n or not doc[anchor.end + 2].is_title):
            # (session 26) "Oslo-based Iran Human Rights": a rights group named for the state
            # it watches, whatever the tagger labelled it
            for i in range(anchor.end, anchor.end + 2):
                ix.owner[i] = ix.owner[anchor.start]
            anchor.end += 2
            anchor.kind = "org"
            anchor.payload = Organisation(doc[anchor.start:anchor.end].text, "NGO", None)
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        inner = {ix.owner[i] for i in range(start, end) if ix.owner[i] >= 0}
        if len(inner) != 1:
            continue
        anchor = ix.anchors[inner.pop()]
        form = anchor.whole_country
        if form is not None and anchor.start == start and anchor.end + 1 < end \
                and doc[anchor.end].lower_ in _JOURNALS and doc[anchor.end + 1].lower_ == "of":
            # "the American Journal of Preventive Medicine": a periodical's title, no actor
            ix.drop_anchor(anchor)
            ix.blocked.update(range(start, end))
            continue
        if form is None or form.form != "name" or anchor.start != start \
                or anchor.end >= end or not all(ix.owner[i] < 0 for i in range(anchor.end, end)):
            continue
        rest = [t.lower_ for t in doc[anchor.end:end]]
        if rest[0] not in _GROUP_WORDS and not (_CAUSE_WORDS & set(rest[1:])
                                                 and doc[anchor.end].is_title):
            continue
        if doc[end - 1].lower_ in _CAUSE_WORDS:
            # the tagger stopped at the cause ("the Iraq Veterans Against | the War"): its
            # object is the rest of the name
            k = end + 1 if end < ix.n and doc[end].lower_ == "the" else end
            while k < ix.n and doc[k].is_title and ix.owner[k] < 0:
                k += 1
            end = k if k > end and (end >= ix.n or doc[end].lower_ != "the" or k > end + 1) else end
        for i in range(anchor.start, end):
            ix.owner[i] = ix.owner[anchor.start]
        anchor.end = end
        anchor.kind = "ent_org"
        anchor.payload = None


def _indefinite_title(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """"A Republican Assemblywoman": an ORG entity that opens with "a"/"an" and ends in a
    singular person title describes one person (the title's own pass builds it), no body."""
    title = words.get(doc[end - 1].lower_)
    first = doc[start] if doc[start].lower_ in ("a", "an") else doc[start - 1] if start else None
    return first is not None and first.lower_ in ("a", "an") and title is not None \
        and title.kind == "person" and doc[end - 1].tag_ == "NNP" \
        and title.sector in ("GOV", "LEG", "JUD", "MIL", "COP", "OPP", "PTY")


def _title_then_name(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """"Assemblywoman Selena Torres", "Senator Jane Roe": an ORG entity made of a one-word
    person title and two or three capitalised words is a titled person (a body's name does
    not start with an office holder's title)."""
    if not 3 <= end - start <= 4:
        return False
    title = words.get(doc[start].lower_)
    return title is not None and title.kind == "person" \
        and title.sector in ("GOV", "LEG", "JUD", "MIL", "COP", "OPP", "PTY") \
        and doc[start].is_title and all(t.is_title and t.pos_ == "PROPN"
                                        and t.lower_ not in words for t in doc[start + 1:end])


def _people_label(ix: DocIndex, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """"charges denied by Pamiri community leaders": one capitalised word no list knows, right
    before lower-case nouns ending in a plural group word, labels the group's people (a
    minority, a clan), not a body of its own; the group's phrase takes it in."""
    doc = ix.doc
    if end - start != 1 or doc[start].dep_ != "compound" or ix.kb.candidates(doc[start].text):
        return False
    head = doc[start].head
    if head.i <= start or head.tag_ != "NNS" or not all(
            t.is_lower and t.pos_ == "NOUN" for t in doc[end:head.i + 1]):
        return False
    word = words.get(f"{doc[head.i - 1].lower_} {head.lower_}") or words.get(head.lower_)
    return word is not None and word.kind == "group" and word.sector == "CVL"


def _name_after_office(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """"the city's opposition mayor, Gergely Karacsony,": one or two capitalised words the
    tagger took for a body, set off by commas in apposition to a singular office holder's
    title, name that holder (an office is held by a person, not by a body)."""
    if not 1 <= end - start <= 2 or not all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end]) \
            or end < len(doc) and doc[end].text not in (",", ".", ";"):
        return False
    root = doc[start:end].root
    title = words.get(root.head.lower_)
    before = start
    while before > 0 and doc[before - 1].dep_ == "compound" and doc[before - 1].pos_ == "PROPN":
        before -= 1
    return root.dep_ == "appos" and root.head.i < start and root.head.tag_ == "NN" \
        and title is not None and title.kind == "person" and before > 0 \
        and doc[before - 1].text == ","


def _named_after_person_noun(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """(session 64) "detained the officer, Eston Kohver, on Russian territory": two or three
    capitalised words no place list knows, set off by commas right after a person noun, name
    that person (the tagger took them for a place)."""
    if not _set_off_name(doc, start, end) or start < 2 or doc[start - 1].text != ",":
        return False
    noun = doc[start - 2]
    word = words.get(noun.lower_)
    return noun.tag_ == "NN" and (word is not None and word.kind == "person" or noun.lower_ in _UNLISTED_PERSON_NOUNS) \
        and place_country(doc[start:end].text) is None


def _set_off_name(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised proper nouns followed by a comma: a name set off as in
    "Connie Moganedi, a resident of ..." or "the officer, Eston Kohver, ..."."""
    return 2 <= end - start <= 3 and end < len(doc) and doc[end].text == "," \
        and all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end])


# (session 64) Nouns for one person the sector lexicon leaves out (their sector varies).
_UNLISTED_PERSON_NOUNS = frozenset({"officer", "agent", "man", "woman", "suspect", "victim", "citizen",
                                    "national", "resident", "worker", "soldier", "prisoner", "detainee"})


def _described_person(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """"Connie Moganedi, a resident of Pretoria": two or three capitalised words the tagger
    took for a body, with a person noun in apposition (a body is never "a resident")."""
    if not _set_off_name(doc, start, end):
        return False
    for tok in doc[end + 1:min(end + 5, len(doc))]:
        if tok.dep_ == "appos" and start <= tok.head.i < end:
            word = words.get(tok.lower_)
            return tok.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in tok.children) \
                and word is not None and word.kind == "person"
    return False


# Heads of a venue's proper name, which often starts with its founder's ("Grauman's Chinese
# Theatre", "Carnegie's Music Hall").
_VENUE_HEADS = frozenset({"theatre", "theater", "hall", "stadium", "arena", "cinema", "restaurant",
                          "tavern", "pub", "cafe", "café", "diner", "bar", "club", "gallery",
                          "ballroom", "auditorium", "garden", "gardens"})


def _venue_owner(doc: Doc, end: int) -> bool:
    """Whether the person name ending at ``end`` is followed by "'s" and a capitalised venue
    name ("Grauman's Egyptian Theatre"): the name is part of the venue's, no actor."""
    if end + 2 >= len(doc) or doc[end].tag_ != "POS":
        return False
    k = end + 1
    while k < len(doc) and doc[k].is_title and doc[k].lower_ not in _VENUE_HEADS:
        k += 1
    return k > end + 1 and k < len(doc) and doc[k].is_title and doc[k].lower_ in _VENUE_HEADS


# Animals the news names ("a lion called Katryn", "the dog, Rex,"): a name given to one is no
# actor. Common English animal nouns, written by the dyads authors.
_ANIMALS = frozenset({
    "animal", "pet", "lion", "lioness", "tiger", "leopard", "cheetah", "jaguar", "elephant",
    "rhino", "rhinoceros", "hippo", "giraffe", "zebra", "gorilla", "chimpanzee", "chimp",
    "orangutan", "monkey", "ape", "panda", "bear", "wolf", "fox", "dog", "puppy", "cat",
    "kitten", "horse", "pony", "racehorse", "donkey", "camel", "cow", "bull", "calf", "pig",
    "goat", "sheep", "deer", "cub", "whale", "orca", "dolphin", "shark", "seal", "penguin",
    "crocodile", "alligator", "snake", "python", "tortoise", "turtle", "parrot", "eagle",
    "owl", "bird", "koala", "kangaroo", "mascot"})
# Verbs that give a name ("a lion called Katryn", "a dog named Rex").
_NAMING = frozenset({"call", "name", "dub", "nickname"})


def _animal_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON name is an animal's: in apposition to an animal noun, listed after one
    ("three lions: Rambo, Katryn and Nakita"), or given by "called"/"named" to one."""
    k = start - 1
    while k > 0 and (doc[k].text in (",", "and") or doc[k].is_title and doc[k].pos_ == "PROPN"):
        k -= 1
    if k > 0 and doc[k].text == ":":
        k -= 1  # the parser often hangs a list after a colon anywhere: read it off the words
    if k < start - 1 and doc[k].lemma_.lower() in _ANIMALS and doc[k].pos_ == "NOUN":
        return True
    tok = doc[start:end].root
    tok = first_conjunct(tok)
    head = tok.head
    if tok.dep_ == "appos" and head.lemma_.lower() in _ANIMALS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in _ANIMALS for c in tok.children):
        return True  # "Rex, a dog,"
    return tok.dep_ in ("oprd", "xcomp", "dobj", "attr", "npadvmod") \
        and head.lemma_.lower() in _NAMING and head.dep_ == "acl" \
        and head.head.lemma_.lower() in _ANIMALS


def _state_as_given_name(ix: DocIndex, start: int, end: int,
                         words: dict[str, SectorWord]) -> bool:
    """Whether a PERSON entity opens with a state's name used as a given name ("Jordan Rodas",
    "Chad Wolf", "Israel Ramos"; a capital's too, "Sofia Kowal"): the one-word state is a
    compound of a capitalised surname the lists do not know and that is no title ("Syria
    President Assad" stays the state's title), and no possessive follows it ("Jordan's
    Rodas")."""
    doc = ix.doc
    anchor = ix.anchor_at(start)
    if anchor is None or anchor.kind != "country" or anchor.end != start + 1 or end - start < 2 \
            or not isinstance(anchor.payload, CountryForm) \
            or anchor.payload.form not in ("name", "capital"):
        return False
    if start > 1 and doc[start - 1].lower_ in ("to", "in") \
            and (doc[start - 2].lower_ in words or doc[start - 2].lower_ in ("envoy", "embassy")):
        return False  # (session 48) "Russia's ambassador to Kiev Mikhail Zurabov": the post
    nxt = doc[start + 1]
    return nxt.is_title and nxt.is_alpha and ix.owner[start + 1] < 0 \
        and nxt.lower_ not in words and not is_titleish(nxt, words) \
        and not ix.kb.candidates(nxt.text) and doc[start].head.i in range(start + 1, end) \
        and doc[start].dep_ == "compound"


def _town_before_title(ix: DocIndex, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """Whether a PERSON entity opens with one word the gazetteer knows as a town, no list
    knows as a person, then a capitalised person title and a name ("Gloversville Mayor Dayton
    King"): the tagger ran the town into the name; the town is a place."""
    doc = ix.doc
    if end - start < 3 or ix.owner[start] >= 0 or not doc[start].is_title \
            or not doc[start].is_alpha or ix.kb.candidates(doc[start].text):
        return False
    title = words.get(doc[start + 1].lower_)
    if title is None or title.kind != "person" or not doc[start + 1].is_title:
        return False
    return place_country(doc[start].text) not in (None, "-")


def _title_prefix(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """Whether a body name of plain words ("Police and Crime") runs straight into a capitalised
    person title and a name ("... Commissioner Stephen Mold"): the words are the title's, as in
    a British "Police and Crime Commissioner", not a body's."""
    if end + 1 >= len(doc) or not doc[end].is_title or doc[end + 1].ent_type_ != "PERSON":
        return False
    word = words.get(doc[end].lower_) or words.get(f"{doc[end - 1].lower_} {doc[end].lower_}")
    if word is None or word.kind != "person":
        return False
    inner = doc[start:end]
    return any(t.lower_ == "and" for t in inner) \
        and all(t.lower_ in ("and", "&") or t.lower_ in words or t.is_title and t.pos_ == "PROPN"
                and t.lower_ in _TITLE_TOPICS for t in inner)


# Faiths and sects as adjectives before a person's title ("Shi'ite cleric", "Sunni imam").
FAITH_WORDS = frozenset({"shi'ite", "shiite", "shi\u2019ite", "shia", "shi'a", "sunni", "sufi",
                          "catholic", "protestant", "orthodox", "muslim", "christian", "jewish",
                          "hindu", "buddhist", "evangelical", "anglican", "coptic"})


def _faith_title(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """Whether a one-word faith entity stands before a lower-case person title and a name
    ("Powerful Shi'ite cleric Moqtada al-Sadr"): it describes that person, no party of its own."""
    if end - start != 1 or end + 1 >= len(doc) or doc[start].lower_ not in FAITH_WORDS:
        return False
    title = words.get(doc[end].lower_)
    return title is not None and title.kind == "person" and doc[end].is_lower \
        and doc[end + 1].ent_type_ == "PERSON"


# Plain topics an office's title may name beside a sector ("Police and Crime Commissioner").
_TITLE_TOPICS = frozenset({"crime", "justice", "home", "health", "education", "trade",
                           "transport", "energy", "environment", "security", "finance"})


# Nouns for a building or monument ("Hagia Sophia, a former church"): a name described by one
# is a place, no actor. Common English nouns, written by the dyads authors.
BUILDINGS = frozenset({
    "church", "mosque", "cathedral", "basilica", "temple", "synagogue", "shrine", "chapel",
    "monastery", "abbey", "museum", "monument", "memorial", "palace", "castle", "fortress",
    "fort", "tower", "building", "skyscraper", "bridge", "landmark", "mausoleum", "tomb"})


def building_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is set beside a lower-case building noun in apposition ("Hagia Sophia,
    formerly a Greek Orthodox church", "the Blue Mosque, a landmark"): the name is the
    building's. "The Church of England" or "the Catholic Church" (capitalised) stay bodies."""
    tok = doc[start:end].root
    near = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        near.append(tok.head)
    near += [c for n in list(near) for c in n.children if c.dep_ == "conj"]
    return any(n.is_lower and n.pos_ == "NOUN" and n.lemma_ in BUILDINGS
               and not start <= n.i < end and (n.lemma_ not in CONGREGATIONS or was_building(n))
               for n in near)


# Building nouns that also name the people who worship there ("a Pentecostal church had been
# travelling"): the building only when the text says what it was or now is.
CONGREGATIONS = frozenset({"church", "chapel"})
_ONCE = frozenset({"formerly", "former", "once", "now", "originally"})


def was_building(tok: Token) -> bool:
    """"formerly a Greek Orthodox church and now a museum": a church described by its past or
    present use, or joined with another building noun, is the building."""
    words = [c for c in tok.children if c.dep_ in ("advmod", "amod")] + list(tok.subtree)
    if any(w.lower_ in _ONCE for w in words) or tok.i > 0 and tok.doc[tok.i - 1].lower_ in _ONCE:
        return True
    joined = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj"
                                                              else [])
    return any(j.lemma_ in BUILDINGS and j.lemma_ not in CONGREGATIONS for j in joined)


# Verbs of seeming whose "like" object is a likeness, not a party ("felt like Cinderella").
_SEEMING = frozenset({"feel", "look", "seem", "sound", "appear"})


def _likeness(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON name is only what someone is likened to ("I felt like Cinderella")."""
    tok = doc[start:end].root
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "like" \
        and prep.head.lemma_.lower() in _SEEMING
