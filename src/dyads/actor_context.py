"""States from context: an actor given no state takes the one its article or sentence is about.

"The government" in a story about Kenya, "Interior Minister Joachim Brudzinski" with no state
named, "the House" in a US story, "officials said" after a state's act: the article's main
state, the one state its sentence names, or the state whose act is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .conjuncts import first_conjunct
from .actor_anchors import DocIndex, Mention
from .actor_lexicon import (STAFF_WORDS, CONTEXT_SECTORS, LENDING_BODIES, LOCATIVE, OTHER_HOLDER, PARTICIPANTS, STAND_INS,
                            PRIVATE_SECTORS, REGIONS, STATE_PLURALS, STATELESS_HOMES, SectorWord, labour_body, role_group,
                            sector_words)
from .actor_pronouns import SAYING_VERBS, mention_head, quotation_of_index
from .actor_mentions import mention_at
from .actor_regions import multistate_group
from .actor_briefings import briefed_in_capital
from .actor_ethnic import ethnic_parties_again, ethnic_people_again, indigenous_americans
from .actor_group_possessions import group_possessions, titles_of_armed_owners, voices_of_bodies
from .actor_portfolios import ministry_named_before, portfolio_named_before
from .anchor_entities import FAITH_WORDS
from .anchor_gazetteer import STANCES
from .anchor_index import BACKING_PARTICIPLES, named_in_full_before, tokens_lemmatised, tokens_lowered
from .mention_edges import POSTED, SENT_GROUPS, listed_states, several_states_listed
from .mention_sectors import CAPTIVES, MISSIONS, addressed_locals, addresser_state, crowd_places, withdrawn_from
from .countries import INTERGOVERNMENTAL, NON_STATE_CODES, REGION_CODES, country_forms
from .nlp import joined_by_hyphen, sentence_of_token, sentences
from .places import place_country

__all__ = ["main_country", "mission_named_before", "voices_naming_their_state", "federal_organs_of_yugoslavia", "spokesmen_of_body_before", "DEPLOY_VERBS", "reactions_after_fronted_scene", "legislatures_of_late_speakers", "story_state", "press_told_where", "worded_state", "mentions_within", "resolve_from_context", "us_administration", "offices_of_states", "speaker_state",
           "courts_of_world_seats", "institutions_named_for_towns", "body_head", "HOME_BENCH_WORDS", "opening_place", "where_clause_antecedent"]


def main_country(mentions: list, dateline: str | None = None, doc: Doc | None = None,
                 headline: str | None = None, headline_named: frozenset[str] = frozenset(),
                 headline_object: str | None = None) -> str | None:
    """The state an article is mostly about, when one clearly leads; else None. A wire
    dateline's state counts as two mentions. With ``doc``, an actor's apposition ("Donald
    Trump, the president of the United States") is one mention of it, not two (a town's is
    not: "Oxfordshire, England" names two places). A firm counts once however often it is
    named. When no state leads, the state of the headline's subject (``headline``, from
    ``headline_state``) does if the text names it about as often as the leader; so does the
    dateline's state when the headline's subject and the lead's are of it too and the headline's
    first clause (``headline_named``, from ``headline_states``) does not name the leader; so
    does the dateline's state when the headline's act is on it (``headline_object``, from
    ``headline_object_state``) and the headline's subject leads."""
    counts: dict[str, int] = {dateline: 2} if dateline else {}
    ends = {(m.end, m.country) for m in mentions} if doc is not None else set()
    firms: set[str] = set()
    for m in mentions:
        c = m.country
        # news outlets are cited from anywhere: "(Reuters)" says nothing of where a story is
        # (a state inferred from context, such as a crowd's from the place it acts in, is
        # no second mention of it)
        if c and c not in NON_STATE_CODES and m.kind != "pronoun" and m.sector != "JRN" \
                and not getattr(m, "from_context", False):
            if doc is not None and m.kind in ("person", "organisation", "group") \
                    and m.start > 0 and doc[m.start - 1].text == "," and (m.start - 1, c) in ends \
                    and any(t.dep_ == "appos" for t in doc[m.start:m.end]):
                continue
            if m.sector == "BUS" and m.name:
                # a firm named eight times ("Mahan", "Mahan's permit") is what the story is
                # about, not a state that acts in it: each firm counts once
                if m.name in firms:
                    continue
                firms.add(m.name)
            # (a body with its state written in it names the state as well as the body)
            counts[c] = counts.get(c, 0) + 1 + bool(getattr(m, "named_state", False))
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top != dateline and headline == dateline and doc is not None and top not in headline_named \
            and counts.get(dateline, 0) >= 0.5 * n and _lead_subject_state(mentions, doc) == dateline:
        # (session 38) "CASTRIES - Saint Lucia's prime minister said police staged killings"
        # under "Saint Lucia PM says ...; U.S. aid cut": filed from a state, headed by its act
        # and led by its actor, a story is about that state however often it names the donor,
        # prosecutor or ally that acts on it from outside. Not where the headline's act is on
        # the leader ("U.S. sanctions Nicaraguan officials" filed from Washington): the story
        # is then about the state acted on, whose "government" and "police" the text names
        return dateline
    if top in (headline, dateline) and dateline and headline not in (None, dateline) and doc is not None \
            and counts.get(headline, 0) >= 0.5 * n and headline in headline_named \
            and _lead_subject_state(mentions, doc) == headline and _hosted_talks(doc):
        # (session 50) "MOSCOW - Tajik President Rakhmonov and the leader of the opposition signed a
        # peace accord in the Kremlin" under "Tajik president and opposition sign Moscow accord": a
        # state's leaders signing or talking abroad make a story about that state, whose "the
        # opposition" and "the government" are its own; the host is only where it happened
        return headline
    if dateline and headline not in (None, dateline) and top in (headline, dateline) and dateline == headline_object \
            and doc is not None and counts.get(dateline, 0) >= 0.5 * n \
            and (not _armed_lead(mentions, doc) or _lead_enters(mentions, doc, dateline)):
        # (session 40) "BASSETERRE - Canada has imposed visas on citizens of St Kitts and
        # Nevis" under "Canada imposes visas on St Kitts and Nevis": filed from the state the
        # headline's act is on, a story is about that state, whose prime minister, government
        # and opposition answer the act, however often it names the state that acted. Not an
        # armed act ("TAIPEI - China launched drills around Taiwan, sending warships"): the
        # story follows the acting state's forces, and "the army" and "warships" are its own
        return dateline
    if top != dateline and headline == dateline and doc is not None and counts.get(dateline, 0) >= 0.5 * n \
            and _lead_subject_state(mentions, doc) not in (None, top, dateline):
        # (session 38) "PRAIA - Colombian businessman Alex Saab ... was extradited from Cape
        # Verde to Miami" under "Cape Verde extradites ... to U.S.": filed from and headed by
        # one state, led by a third state's actor, a story is not about the state it names
        # most (the prosecutor abroad): no state is the home of its unqualified nouns. (A lead
        # with no state's subject says nothing: "Honduras extradites ex-president ..." and
        # "Kiribati drops Taiwan ..." keep the count)
        return None
    if top != dateline and headline == dateline and doc is not None and counts.get(dateline, 0) >= 0.5 * n \
            and _lead_subject_state(mentions, doc) == dateline and _lead_says(doc):
        # (session 59) "BERLIN - Germany said on Wednesday that tests had found proof that Russian
        # opposition leader Alexei Navalny was poisoned" under "Germany says Navalny poisoned
        # ...": a story filed from the state that heads it, whose lead is that state's statement,
        # is about that state, however often it names the state the statement is about (its
        # "government spokesman" and "foreign ministry" are Germany's). Not a lead that reports
        # an act and adds who said so ("Sixteen Indian border guards were killed in a clash with
        # Bangladeshi troops, India said"): its root is the act
        return dateline
    if top != dateline and headline == dateline and doc is not None and counts.get(dateline, 0) >= 0.25 * n \
            and _lead_subject_state(mentions, doc) == dateline and _lead_on_own(doc):
        # (session 63) "SEOUL - South Korea recalled its ambassador to Japan in protest against a
        # Japanese textbook" under "South Korea recalls ambassador from Tokyo ...": filed from the
        # state that heads it, whose lead is that state's act on its own envoy, troops or ties,
        # a story is about that state however often it names the other (its protesters, police
        # and foreign ministry in Seoul are Korea's)
        return dateline
    if n >= 2 and n >= 1.25 * second:
        return top
    if top == dateline and n >= 1.1 * second and n >= 6 and doc is not None and headline in (None, dateline) \
            and _lead_subject_state(mentions, doc) in (None, dateline):
        # (session 59) "SRINAGAR, India - Heavily armed militants stormed an Indian army base near
        # the de facto border with Pakistan": filed from the state the text names most, by a
        # tenth more than the next, whose lead and headline no other state's actor leads, the
        # story is that state's (its "the military" and "officials" are India's)
        return top
    if dateline and doc is not None and counts.get(dateline, 0) >= 0.75 * n \
            and _lead_subject_state(mentions, doc) == dateline:
        # "CHISINAU - Moldova recalled its ambassador from Moscow ...": a story filed from
        # a state whose act its lead reports is about that state, however often it names
        # the other side of the dispute
        return dateline
    if headline is not None and counts.get(headline, 0) >= 0.5 * n:
        # "Solomon Islands signs security pact with China" filed from Sydney: the state whose
        # act the headline reports is what the story is about, however often the text names
        # its partner and the dateline's state
        return headline
    return None


def story_state(ix: DocIndex, without: Callable[[Mention], bool] | None = None) -> str | None:
    """``main_country`` of the whole article, read with its headline (``headline_state``,
    ``headline_states``) as ``resolve_from_context`` reads it: the passes that ask for the
    story's state must agree on it. ``without`` leaves out mentions whose state is in question."""
    mentions = ix.mentions if without is None else [m for m in ix.mentions if not without(m)]
    return main_country(mentions, ix.dateline, ix.doc, headline_state(ix), headline_states(ix), headline_object_state(ix))


# Longest state name a headline may open with ("Democratic Republic of Congo").
_HEADLINE_WORDS = 4
# Forms of a state's name that can open a headline as its subject ("Chad", "Tunisian police",
# "Dhaka police").
_HEADLINE_FORMS = frozenset({"name", "adjective", "capital", "people"})


def headline_state(ix: DocIndex) -> str | None:
    """The state of a headline's subject, when the headline opens with one state's name or
    adjective ("Solomon Islands signs ...", "Sri Lankan troops raid ...", "Peru's Congress
    ousts ..."); None for joint subjects ("Saudi Arabia and Iran agree ..."), for anything
    else first, and for a subject placed in another state ("U.S. embassy in Kyiv shuts"): the
    story is then set in that state. The headline is read as words, without the parser."""
    title = ix.article.title
    if not title:
        return None
    words = [w.strip(",;:").removesuffix("'s").removesuffix("’s") for w in title.split()]
    for k in range(min(_HEADLINE_WORDS, len(words)), 0, -1):
        form = ix.kb.countries.get(" ".join(words[:k]))
        if form is not None and form.form in _HEADLINE_FORMS:
            break
    else:
        return None
    state = form.iso3
    if state == "-" or state in NON_STATE_CODES:
        return None
    after = title.split()[k - 1:k + 1]
    if after[0].endswith(",") or after[1:] in (["and"], ["&"]):
        return None  # "China, Pakistan stage joint drills", "US and Papua New Guinea sign"
    rest = words[k:k + 4]
    if "in" in rest:
        place = " ".join(rest[rest.index("in") + 1:])
        there = next((f for j in range(len(place.split()), 0, -1)
                      if (f := ix.kb.countries.get(" ".join(place.split()[:j]))) is not None), None)
        if there is not None and there.iso3 not in ("-", state):
            return None
    return state


def headline_object_state(ix: DocIndex) -> str | None:
    """(session 40) The first state a headline names after its subject's ("Canada imposes visas
    on St Kitts and Nevis" -> KNA; "Fiji signs pact with Japan, worrying New Zealand" -> JPN):
    the party of the act it reports. None without a one-state subject (``headline_state``)."""
    subject = headline_state(ix)
    if subject is None:
        return None
    raw = ix.article.title.split()
    words = [w.strip(",;:'\"").removesuffix("'s").removesuffix("’s") for w in raw]
    for i in range(1, len(words)):
        if raw[i - 1].endswith(";"):
            # (session 64) "Venezuelan troops block aid at borders, trucks burn; Maduro breaks ties
            # with Colombia": a second clause's party is no party of the act the headline reports
            return None
        for k in range(min(_HEADLINE_WORDS, len(words) - i), 0, -1):
            form = ix.kb.countries.get(" ".join(words[i:i + k]))
            if form is not None and form.iso3 not in ("-", subject) and form.iso3 not in NON_STATE_CODES \
                    and not _headline_place(raw, words, i, k):
                return form.iso3
    return None


def _headline_place(raw: list[str], words: list[str], i: int, k: int) -> bool:
    """(session 51) Whether the state named by words[i:i+k] is where the headline's act happens:
    after "in" or "at" and closing its clause ("hands over suspects for trial in Netherlands;"),
    or before a site noun ("raid on Somalia base"); not "suspends aid in Sudan" nor "in Sudan aid"."""
    if i + k < len(words) and words[i + k].lower() in _HEADLINE_SITES:
        return True
    if i == 0 or words[i - 1].lower() not in ("in", "at"):
        return False
    last = i + k - 1
    return last + 1 == len(words) or raw[last][-1:] in (",", ";", ":") \
        or words[last + 1].lower() in _HEADLINE_CLAUSE_BREAKS


# Words that open a headline's second clause, which gives the act's background, not its parties
# ("San Marino turns to Russia's Sputnik V as Italian vaccine supplies lag").
_HEADLINE_CLAUSE_BREAKS = frozenset({"as", "after", "while", "amid", "when", "before", "despite",
                                     "following", "because", "since", "until"})


def headline_states(ix: DocIndex) -> frozenset[str]:
    """The states a headline's first clause names ("U.S. sanctions Nicaraguan officials" ->
    USA, NIC; "Saint Lucia PM says police staged killings; U.S. aid cut" -> LCA): the parties
    of the act the story reports first. Read as words, as ``headline_state`` reads them; (session
    40) the clause ends at a word that opens another ("... as Italian supplies lag")."""
    title = ix.article.title
    if not title:
        return frozenset()
    title_words = re.split(r"[;:]", title)[0].split()
    words = [w.strip(",;:'\"").removesuffix("'s").removesuffix("’s") for w in title_words]
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _HEADLINE_CLAUSE_BREAKS), len(words))
    words = words[:cut]
    found = set()
    for i in range(len(words)):
        for k in range(min(_HEADLINE_WORDS, len(words) - i), 0, -1):
            form = ix.kb.countries.get(" ".join(words[i:i + k]))
            if form is not None and form.iso3 != "-" and form.iso3 not in NON_STATE_CODES:
                if not _headline_place(title_words, words, i, k) and not _headline_destination(words, i):
                    found.add(form.iso3)
                break
    return frozenset(found)


def _headline_destination(words: list[str], i: int) -> bool:
    """(session 64) Whether the state at words[i] is where a thing is going ("Chinese arms bound
    for Zimbabwe"): the goods' destination, no party to the headline's act."""
    return i >= 2 and words[i - 1].lower() in ("for", "to") \
        and words[i - 2].lower() in ("bound", "destined", "headed", "heading")


# (session 51) Nouns after a state's name in a headline that make it a place where the act
# happened, not a party to it ("killed in al Shabaab raid on Somalia base").
_HEADLINE_SITES = frozenset({"base", "bases", "camp", "camps", "border", "town", "village", "city",
                             "port", "coast", "waters", "airport", "mall", "hotel", "market"})


# Peoples that are, under the state's own constitution, constituent peoples of another state
# than the one their adjective names (Bosnia and Herzegovina: Bosniaks, Serbs and Croats).
_CONSTITUENT_PEOPLES: dict[str, tuple[str, frozenset[str]]] = {
    # (session 50) and Croatia's Krajina Serbs, who rebelled against Zagreb in 1991
    # (session 55) and Kosovo's Serbs ("Serbs in four northern municipalities" of Kosovo)
    "serb": ("SRB", frozenset({"BIH", "HRV", "XKX"})), "serbs": ("SRB", frozenset({"BIH", "HRV", "XKX"})),
    "croat": ("HRV", frozenset({"BIH"})), "croats": ("HRV", frozenset({"BIH"})),
    # (session 50) Macedonia's Albanians, a constituent people under the 2001 Ohrid accord, and
    # Kosovo's and Montenegro's: "the rights of Albanians" in a story about Macedonia
    # (Kosovo was Serbia's province until 2008: "ethnic Albanians" in a 1998 story about it)
    "albanian": ("ALB", frozenset({"MKD", "XKX", "MNE", "SRB"})),
    "albanians": ("ALB", frozenset({"MKD", "XKX", "MNE", "SRB"})),
    # (session 64) Iraq's and Syria's Turkmen, of Kirkuk and the Syrian north, are no people of
    # Turkmenistan
    "turkmen": ("TKM", frozenset({"IRQ", "SYR"})), "turkmens": ("TKM", frozenset({"IRQ", "SYR"})),
}

_KIN_STATES = frozenset(kin for kin, _ in _CONSTITUENT_PEOPLES.values())
# Homes where a people's armed forces keep the kin state's code: CAMEO's own examples of the
# Bosnian war code "Serb forces" SRB; Croatia's Krajina rebels are Croatia's (session 50 judges).
# (session 55) Armed Serbs in Kosovo keep Serbia's code too (as batch C05's and CH's event judges read them).
_ARMED_KIN_HOMES = frozenset({"BIH", "XKX"})
# Words that make a people's armed men rebels of the state they live in, not the kin state's army
# ("Albanian troops" stay Albania's; "the rebel Serb forces" of Krajina are Croatia's rebels).
_REBEL_WORDS = frozenset({"rebel", "rebels", "separatist", "separatists", "insurgent", "guerrilla"})

# Nouns of armed force a people's adjective may qualify ("Serb artillery positions").
_ARMED_NOUNS = frozenset({"artillery", "force", "troop", "gunner", "militia", "army", "soldier",
                          "fighter", "unit", "position", "gun", "tank", "sniper", "paramilitary"})


def _armed_kin(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is an armed force or its arms ("Serb artillery positions", "Serb forces"):
    CAMEO's own examples of the Bosnian war code those SRB, so they keep the kin state."""
    if m.sector in ("MIL", "REB", "UAF"):
        return True
    head = ix.doc[m.end - 1]
    while head.dep_ in ("amod", "compound") and head.head.i > head.i:
        head = head.head
    return head.lemma_.lower() in _ARMED_NOUNS


def _constituent_peoples(ix: DocIndex, headline: str | None) -> str | None:
    """"the Serb people", "Serb-run", "on Serb territory" in a story about Bosnia: the people
    is Bosnia's own (Bosnian Serbs), not Serbia; "Serbian President X" keeps Serbia. The story's
    state is judged without these words (they would vote for the kin state): that state, when
    the text names it outright, is returned (Kosovo, in a story about Serbs there)."""
    found = []
    for m in ix.mentions:
        words = [t.lower_ for t in ix.doc[m.start:m.end]]
        peoples = [_CONSTITUENT_PEOPLES[w] for w in words if w in _CONSTITUENT_PEOPLES]
        if peoples and m.kind in ("country", "group", "person") \
                and (m.name is None or m.kind == "person" and m.confidence < 1.0) \
                and all(kin == m.country for kin, _ in peoples):
            # ((session 64) and a named person no list knows: "Turkmen shopkeeper Ali Bayati")
            found.append((m, peoples))
    if not found:
        return None
    rest = [m for m in ix.mentions if all(m is not f for f, _ in found)]
    main = main_country(rest, ix.dateline, ix.doc, headline)
    if main is None:
        main = _home_named_most(rest, found, ix.dateline)
    # (the state named outright: "Serb gunners shelled Sarajevo" is coded SRB in CAMEO's own
    # examples of the war, where Bosnia is only a venue)
    if main is None or not any(a.whole_country is not None and a.whole_country.iso3 == main
                               and a.whole_country.form in ("name", "adjective") for a in ix.anchors):
        return None
    for m, peoples in found:
        rebel = any(t.lower_ in _REBEL_WORDS for t in ix.doc[m.start:m.end])
        # ((session 50) a people whose kin state is the story's own stays so: Serbs in a 1998
        # story about Serbia's province of Kosovo, whose Albanians are Serbia's too)
        if all(main in homes and kin != main for kin, homes in peoples) and not (
                _armed_kin(ix, m) and (main in _ARMED_KIN_HOMES or m.sector == "MIL" and not rebel)):
            m.country, m.from_context = main, True
            if m.sector == "MIL":
                m.sector = "REB"  # ("the rebel Serb forces" of Krajina are no state's army)
    return None if main in {kin for _, peoples in found for kin, _ in peoples} else main


def _principal_joined(ix: DocIndex, m: Mention) -> Mention | None:
    """(session 59) "Ayuk Tabe and several aides were seized": staff joined by "and" to a coded
    named person are that person's own (a separatist leader's aides are separatists of his
    state, not of the state where they were seized)."""
    head = ix.doc[m.end - 1]
    if head.lower_ not in STAFF_WORDS:
        return None
    joined = head.head.i if head.dep_ == "conj" else None
    if joined is None and m.start >= 2 and ix.doc[m.start - 1].lower_ == "and":
        joined = m.start - 2  # (the parser may join them under the verb)
    if joined is None:
        return None
    return next((o for o in ix.mentions if o.kind == "person" and o.name and o.country
                 and o.country not in NON_STATE_CODES and o.start <= joined < o.end), None)


def _dateline_ministries(ix: DocIndex) -> None:
    """(session 59) "RIYADH - Drone and missile strikes on two Saudi Aramco plants ... the
    interior ministry said": in a story no one state leads, an unnamed ministry whose sentence
    names no state but the dateline's is the dateline's (a wire's "the interior ministry" is
    the host's own, as its "the capital" is)."""
    if ix.dateline is None:
        return
    states = _sentence_states(ix)
    for m in ix.mentions:
        if m.country is not None or m.name is not None or m.kind != "organisation" or m.sector != "GOV" \
                or ix.doc[m.end - 1].lemma_.lower() != "ministry" or ix.doc[m.start].lower_ != "the":
            continue
        if states.get(sentence_of_token(ix.doc, m.start), set()) <= {ix.dateline}:
            m.country, m.from_context, m.confidence = ix.dateline, True, 0.5


def _police_named_before(ix: DocIndex) -> None:
    """(session 59) "JAKARTA - Indonesian police blamed ... All the dead were Indonesians, police
    said ... National police chief General Da'i Bachtiar said": police with no state of their
    own, after the police of the dateline's state only, are that police (a later "Federal Police
    Commissioner" of another state does not count: the reader has not met him yet; police sent
    abroad, "100 Australian police" in Honiara, say nothing of the local force)."""
    seen: set[str] = set()
    for m in sorted(ix.mentions, key=lambda o: o.start):
        if m.sector != "COP" or m.kind == "pronoun":
            continue
        if m.country is not None:
            if m.country not in NON_STATE_CODES:
                seen.add(m.country)
            continue
        if seen == {ix.dateline} and (m.name is None or m.kind == "person" and m.role):
            # (not after an act set in another state's town: "In Lagos, crowds attacked outlets
            # ... Police said they had detained more than 100 people")
            local = _place_just_set(ix, sentence_of_token(ix.doc, m.start), m.start)
            m.country, m.from_context, m.confidence = local or ix.dateline, True, 0.5


def _police_at_dateline(ix: DocIndex, main: str | None) -> None:
    """(session 62) "JAKARTA - ... protesters, some of them Myanmar citizens living in Indonesia,
    held banners before police moved them back": in a story filed from one state about another,
    plain police in a sentence whose only state named as a place is the dateline's are the
    dateline state's (police act where they are), not the story's state's."""
    if ix.dateline is None or main is None or ix.dateline == main:
        return
    for m in ix.mentions:
        if m.sector != "COP" or m.kind != "group" or m.name is not None or m.country is not None:
            continue
        sid = sentence_of_token(ix.doc, m.start)
        places = {o.country for o in ix.mentions if o.kind == "country" and not o.from_context
                  and sentence_of_token(ix.doc, o.start) == sid}
        if places == {ix.dateline}:
            m.country, m.from_context, m.confidence = ix.dateline, True, 0.5


# (session 59) Words of party names many states' parties share ("Republican Party", "Labour
# Party"): the knowledge base's one state for such a name is only the likeliest.
_GENERIC_PARTY_WORDS = frozenset({"Party", "Republican", "Democratic", "Labour", "Labor", "Liberal",
                                  "Conservative", "Socialist", "National", "Green", "Communist",
                                  "Social", "People's", "Popular", "Progressive", "Workers'"})
# Parties that contest elections in two states (Sinn Fein in Ireland and in Northern Ireland).
_CROSS_BORDER_PARTIES = {"Sinn Fein": frozenset({"IRL", "GBR"})}


def _namesake_parties(ix: DocIndex, main: str | None) -> None:
    """(session 59) "the ruling Republican Party" in a story about Armenia is Armenia's, not the
    U.S. party of that name; "Sinn Fein" in a story about an Irish referendum is Ireland's,
    though the knowledge base codes it with Northern Ireland's state. A party of a name many
    states' parties bear, or of two states, that the knowledge base places in another state,
    written with no state of its own, is the story's party where
    that state goes unnamed in its sentence and the two before, and its sentence names the
    story's state, or (unnamed in the next one too) names no other in a story filed from and
    headed by the story's state."""
    if main is None:
        return
    parties = [m for m in ix.mentions if m.sector == "PTY" and m.kind == "organisation" and m.name
               and m.country not in (None, main) and m.country not in NON_STATE_CODES
               and (set(m.name.split()) <= _GENERIC_PARTY_WORDS or main in _CROSS_BORDER_PARTIES.get(m.name, ()))
               and not worded_state(ix, m)]
    if not parties:
        return
    states: dict[int, set[str]] = {}  # the states sentences name, not counting such parties
    for o in ix.mentions:
        if o.country and o.country not in NON_STATE_CODES and not o.from_context and o.kind != "pronoun" \
                and o.sector != "JRN" and all(o is not m for m in parties) \
                and not (o.kind == "person" and o.name and not _names_state(ix, o)):
            states.setdefault(sentence_of_token(ix.doc, o.start), set()).add(o.country)
    home = main == ix.dateline == headline_state(ix)
    for m in parties:
        sid = sentence_of_token(ix.doc, m.start)
        here = states.get(sid, set())
        if any(m.country in states.get(k, set()) for k in range(sid - 2, sid + 1)):
            continue
        if main in here and here <= {main} or home and not here and m.country not in states.get(sid + 1, set()):
            m.country, m.from_context, m.confidence = main, True, 0.6


def _home_named_most(rest: list, found: list, dateline: str | None) -> str | None:
    """(session 50) With no state leading the story, the dateline's state when the text names it
    most among the homes every people found shares ("PRISTINA, Serbia - ... ethnic Albanians" in
    1998, when Kosovo was Serbia's province: Serbia and Kosovo are both their home)."""
    homes = frozenset.intersection(*(h for _, peoples in found for _, h in peoples))
    if dateline not in homes:
        return None
    counts = Counter(m.country for m in rest if m.kind == "country" and m.country in homes and not m.from_context)
    named = counts.get(dateline, 0)
    return dateline if named and all(n < named for state, n in counts.items() if state != dateline) else None


def _armed_lead(mentions: list, doc: Doc) -> bool:
    """(session 40) Whether the lead sentence names an armed force (a mention of sector MIL);
    (session 51) not one that only modifies another noun ("in protest at last week's army coup":
    the coup is what the lead tells of, the army is the acted-on state's)."""
    lead = _lead_sentence(doc)
    return lead is not None and any(lead.start <= m.start < lead.end and m.sector == "MIL"
                                    and doc[m.end - 1].dep_ not in ("compound", "poss") for m in mentions)


def _lead_enters(mentions: list, doc: Doc, state: str) -> bool:
    """(session 63) Whether the lead's force goes into ``state`` ("MASERU - South African troops
    crossed into Lesotho at the request of Prime Minister Mosisili"): unlike drills around an
    island, the story is then set in that state, whose army, police and crowds it tells of."""
    lead = _lead_sentence(doc)
    return lead is not None and any(
        lead.start <= m.start < lead.end and m.country == state and m.kind == "country" and m.start > 0
        and (doc[m.start - 1].lower_ == "into" or doc[m.end - 1].dep_ == "dobj")
        and _verb_above(doc[m.end - 1]).lemma_.lower() in _LANDING | _CROSSING_INTO for m in mentions)


# (session 50) Verbs of a lead that tell talks or a signing (what visitors come to a capital for).
_HOSTED_ACTS = frozenset({"sign", "agree", "meet", "hold", "open", "conclude", "reach", "initial", "talk"})


def _lead_says(doc: Doc) -> bool:
    """Whether the lead's main verb is a verb of saying that opens it, what was said coming after
    ("Germany said on Wednesday that ...", not "... were killed, India said")."""
    lead = _lead_sentence(doc)
    return lead is not None and lead.root.lemma_.lower() in SAYING_VERBS \
        and any(c.dep_ == "ccomp" and c.i > lead.root.i for c in lead.root.children) \
        and not any(c.dep_ == "ccomp" and c.i < lead.root.i for c in lead.root.children)


def _lead_on_own(doc: Doc) -> bool:
    """Whether the lead's main verb acts on the subject's own ("recalled its ambassador",
    "withdrew their troops"): its object is held by "its" or "their"."""
    lead = _lead_sentence(doc)
    return lead is not None and any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children)
        for c in lead.root.children)


def _hosted_talks(doc: Doc) -> bool:
    """Whether the lead's main verb is one of talks or a signing ("signed a peace accord")."""
    lead = _lead_sentence(doc)
    return lead is not None and lead.root.lemma_.lower() in _HOSTED_ACTS


def _lead_subject_state(mentions: list, doc: Doc) -> str | None:
    """The state of the subject of the lead sentence's main verb ("Moldova recalled ..."),
    if a mention with a state is that subject; else None."""
    lead = _lead_sentence(doc)
    if lead is None:
        return None
    for m in mentions:
        if m.start >= lead.end or not m.country or m.country in NON_STATE_CODES \
                or m.kind == "pronoun" or getattr(m, "from_context", False):
            continue
        head = doc[m.start:m.end].root
        if head.dep_ in ("nsubj", "nsubjpass") and head.head == lead.root \
                or _subject_taken_by_dateline(head, lead.root):
            return m.country
    return None


# Dashes that end a wire dateline ("CASTRIES, March 10 (Reuters) - ...").
_DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})


def _lead_sentence(doc: Doc):
    """The lead sentence: the first, or the second where the parser cut the wire dateline off
    as a sentence of its own ("ST JOHN'S, March 31 (Wire) -" | "The government of ... said")."""
    sents = iter(doc.sents)
    first = next(sents, None)
    if first is not None and len(first) > 1 and first[-1].text in _DATELINE_DASHES \
            and first[0].is_upper:
        return next(sents, first)
    return first


def _subject_taken_by_dateline(head: Token, root: Token) -> bool:
    """(session 38) "CASTRIES, March 10 (Wire) - Saint Lucia's prime minister said ...": the
    parser hangs the lead's subject on the dateline as its apposition, and the main verb takes
    the dateline for its subject or has none; the apposition after the dateline's dash is the
    subject."""
    if head.dep_ != "appos" or head.head.i >= head.i or head.sent != root.sent \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c != head.head for c in root.children):
        return False
    doc = head.doc
    return any(doc[i].text in _DATELINE_DASHES for i in range(head.head.i + 1, head.left_edge.i)) \
        and head.i < root.i


def _titles_of_named_ministries(ix: DocIndex) -> None:
    """(session 40) "Canada's Citizenship and Immigration Minister Chris Alexander": the
    ministry that opens a title is read as a body of its own, and the person after it, given no
    state, serves that body's state, not the story's (a story filed from the state his act is on)."""
    doc = ix.doc
    bodies = {m.end: m for m in ix.mentions if m.kind == "organisation" and m.country
              and m.country not in NON_STATE_CODES}
    for m in ix.mentions:
        body = bodies.get(m.start)
        if m.country is not None or m.kind != "person" or body is None:
            continue
        root = doc[body.start:body.end].root
        if m.start <= root.head.i < m.end and root.dep_ in ("compound", "nmod", "poss"):
            m.country, m.from_context = body.country, True


def resolve_from_context(ix: DocIndex) -> None:
    """Unmodified sector nouns ("the government") take the article's main country."""
    headline = headline_state(ix)
    home = _constituent_peoples(ix, headline)
    _international_organs(ix)
    _political_prisoners(ix)
    titles_of_armed_owners(ix)  # (session 53) "the guerrillas' top leader"
    voices_of_bodies(ix)  # (session 53) "a spokesman for the group"
    _multinational_bodies(ix)
    _judges_of_court(ix)
    _titles_of_named_ministries(ix)
    briefed_in_capital(ix)  # (session 45) "told reporters in the capital": the dateline's state
    for m in ix.mentions:
        _peacekeepers_abroad(ix, m)
    main = main_country(ix.mentions, ix.dateline, ix.doc, headline, headline_states(ix), headline_object_state(ix))
    if home is not None and main in _KIN_STATES:
        # (session 27) "Serbs blocked roads ... Kosovo's interior minister said": a kin
        # state that leads only by its people's adjective is not the story's state
        main = home
    _philippine_forces(ix, main)
    _rulers_described(ix)
    for m in ix.mentions:
        if m.kin is not None and m.country is None:
            # "ethnic Albanians in Macedonia", "an ethnic Palestinian from Jordan": coded by
            # where they live, not the kin state
            where = ix.state_after(m.end, ("in", "at", "from"), ("name",)) or main
            if where is not None and where != m.kin:
                m.country, m.from_context = where, True
    ethnic_people_again(ix)  # (session 53) "an Uzbek resident of Osh" after "ethnic Uzbeks"
    for m in ix.mentions:
        if m.country is None and m.name is None and (
                m.kind == "group" or m.kind == "organisation" and m.sector in ("MIL", "COP")):
            # (session 51: "the air force loyal to Libya's recognised government")
            tied = _tied_state(ix, m) or _voters_of_state_vote(ix, m) or _overthrower_state(ix, m) \
                or _state_of_where_clause(ix, m) or _police_reporting_elsewhere(ix, m, main) \
                or _forces_of_people_told(ix, m) or _of_state_shared_by_conjunct(ix, m)
            if tied is not None:
                m.country, m.from_context, m.confidence = tied, True, 0.6
        if m.country is None and m.kind == "group" \
                and (shared := _adjective_of_first_conjunct(ix, m) or _crew_of_named_unit(ix, m)
                     or _force_joined_to_force(ix, m)) \
                or m.country is None and m.kind == "organisation" and (shared := _force_joined_to_force(ix, m)):
            m.country, m.from_context, m.confidence = shared, True, 0.6
            word = sector_words().get(ix.doc[m.end - 1].lower_)
            m.sector = m.sector or (word.sector if word is not None else None)
        if m.country is None and m.name is None and (principal := _principal_joined(ix, m)) is not None:
            m.country, m.from_context, m.confidence = principal.country, True, 0.6
            m.sector = m.sector or principal.sector
    sent: dict[str, set[str]] = {}  # a sent force's sector -> the states that sent one
    for m in ix.mentions:
        if m.country is None and m.name is None and m.sector in _OFFICIAL_SECTORS \
                and (m.kind in ("group", "person") or m.kind == "organisation" and m.sector in _SENT_SECTORS):
            sender = _sender_state(ix, m)
            acting = sender if m.kind == "organisation" else \
                _claimant_of_captives(ix, m) or _acting_state(ix, m) or sender or _forces_told_moving(ix, m) \
                or _struck_force_state(ix, m) \
                or _lost_by_state(ix, m) or _force_of_named(ix, m) or _army_named_beside(ix, m) \
                or _sent_before(ix, m, sent) or _escort_state(ix, m)
            if acting is not None:
                m.country, m.from_context, m.confidence = acting, True, 0.6
            if sender is not None:
                sent.setdefault(m.sector, set()).add(sender)
                _sending_body(ix, m, sender)
        if m.country is None and m.kind in ("group", "organisation") and m.name is None \
                and m.sector in _OFFICIAL_SECTORS:
            reported = _reported_organ_state(ix, m) or _courts_of_speaker(ix, m) or _national_body_of_dateline(ix, m, main) \
                or _of_state_shared_by_conjunct(ix, m) \
                or _legislature_of_speaker(ix, m) or _convened_by_leader(ix, m) \
                or _voice_of_reported_leader(ix, m) or _voice_of_leaders_act(ix, m) \
                or _prosecutors_of_accused(ix, m) or _own_government_urged(ix, m)
            if reported is not None:
                m.country, m.from_context, m.confidence = reported, True, 0.6
    _recalled_envoys(ix)
    for m in ix.mentions:
        if m.country is None and m.kind == "person":
            sender = _envoy_sender(ix, m)
            if sender is not None:
                m.country, m.sector = sender
                m.from_context, m.confidence = True, 0.6
    for m in ix.mentions:
        if m.country is None and m.kind in ("organisation", "group") and m.name is None \
                and (m.sector == "GOV" or m.sector == "SPY" and not _foreign_worded(ix, m)
                     or m.sector == "MIL" and ix.doc[m.start].lower_ == "the"):
            # (session 60) "A Chinese defence ministry spokesman said the armed forces were
            # following the situation": and of their own armed forces
            # (session 30) "Petkov said counter-intelligence had identified spies": a state's
            # officials speak of their own intelligence service as of their own government
            spoken = speaker_state(ix, m)
            if spoken is not None:
                m.country, m.from_context, m.confidence = spoken, True, 0.6
        elif m.country is None and m.kind == "group" and m.name is None and m.sector == "MIL" \
                and ix.doc[m.start].tag_ == "NNS" and m.end - m.start == 1:
            # (session 61) "The Israeli military said ... troops fired at people": an army
            # speaks of its own troops
            spoken = speaker_state(ix, m, sectors=frozenset({"MIL"}))
            if spoken is not None:
                m.country, m.from_context, m.confidence = spoken, True, 0.6
    for m in ix.mentions:
        if m.country is None and m.kind == "group" and m.name is None \
                and (m.sector in _ARMED_SIDES or m.sector in ("REB", "MIL")):
            crossed = _crossed_from(ix, m)
            if crossed is not None:
                m.country, m.from_context, m.confidence = crossed, True, 0.5
    for m in ix.mentions:
        if m.country is None and m.kind == "group" and m.name is None and m.sector == "REB":
            rival = _rival_government(ix, m)
            if rival is not None:
                m.country, m.from_context, m.confidence = rival, True, 0.6
    _groups_of_named_places(ix)
    group_possessions(ix)  # (session 44) "the movement's military": the body told before
    _local_officials(ix)
    _same_body_again(ix)
    mission_named_before(ix)
    _officials_of_places(ix)
    visit = main is not None and _official_visit(ix, main)
    guests = main is not None and (_visitors_of(ix, main) or visit)
    scene = _story_scene(ix, main, guests) or (ix.dateline if visit else None)
    _captives_named_before(ix)  # (session 60) before the scene claims them
    for m in ix.mentions:  # (session 61) "On the Cambodian side, ... said Sok Chan, a rice farmer"
        if m.country is None and m.kind == "person" and (side := _side_described(ix, m)) is not None:
            m.country, m.from_context, m.confidence = side, True, 0.6
    _domestic_scene(ix, main, scene, guests)
    _described_like_group(ix)
    _bodies_of_towns(ix)
    _home_in_clause(ix)
    _identified_as(ix)
    _named_private_scene(ix, main, scene)
    if main is not None and main != "USA":
        _us_partisans(ix, main, _sentence_states(ix))  # before the story's state claims them
    _aided_at_dateline(ix, main)  # before the story's state claims them
    other_chambers(ix)  # (session 56) and these
    _voice_of_state_before(ix)  # (session 45) before the story's state claims them
    _quoted_by_state_press(ix)  # (session 63) and these
    for m in ix.mentions:  # (session 53) "In Addis Ababa, ... and officials said": before it too
        if m.country is None and m.name is None and m.sector in _OFFICIAL_SECTORS \
                and ((fronted := _fronted_state(ix, m)) is not None
                     or (fronted := _scene_of_one_state(ix, m)) is not None):
            m.country, m.from_context, m.confidence = fronted, True, 0.6
    for m in ix.mentions:  # (session 54) "On the Israeli side, 60,000 residents were evacuated"
        if m.country is None and m.name is None and m.kind == "group" \
                and (side := _side_opened(ix, m)) is not None:
            m.country, m.from_context, m.confidence = side, True, 0.6
    for m in ix.mentions:  # (session 61) "Palestinian health officials ... the health ministry said"
        if m.country is None and (named := portfolio_named_before(ix, m)) is not None:
            m.country, m.from_context, m.confidence = named, True, 0.6
    _officials_of_reported_act(ix)  # (session 51) and this one
    _other_officials_listed(ix)  # (session 52) and this one
    _congressional(ix, main)  # (session 52) and this one
    _people_of_named_person(ix)  # (session 52) and this one
    _kin_of_placed_people(ix)  # (session 56) and this one
    _fighters_of_armed_owners(ix)  # (session 56) and these
    placed: Mention | None = None
    for m in sorted(ix.mentions, key=lambda o: o.start):  # (session 57) "Ghanaian officials ... A senior
        # official said ... the official said": one of them, and "the official" again; before it too
        if m.country is not None:
            continue
        if (state := _one_of_officials_before(ix, m)) is not None:
            m.country, m.from_context, m.confidence = state, True, 0.6
            placed = m
        elif placed is not None and m.kind == "person" and m.name is None \
                and ix.doc[m.start].lower_ == "the" and ix.doc[m.end - 1].lemma_.lower() == "official" \
                and m.end - m.start == 2 \
                and sentence_of_token(ix.doc, m.start) - sentence_of_token(ix.doc, placed.start) <= 3:
            m.country, m.from_context, m.confidence = placed.country, True, 0.6
    _officers_of_forces_told(ix)  # (session 61) and these
    for m in ix.mentions:  # (session 61) "President Mkapa ... ordered police to seal the area"
        if m.country is None and m.name is None and m.sector in ("COP", "MIL") \
                and (commander := _ordered_by(ix, m)) is not None:
            m.country, m.from_context, m.confidence = commander, True, 0.6
    _people_named_once(ix)  # (session 47) before the story's state claims them
    _joiners_of_protest(ix)  # (session 60) and these
    _nationals_among_armed(ix)  # (session 60)
    _governments_of_topic_state(ix, main)
    _junta_state(ix, main)
    _namesake_parties(ix, main)
    _police_named_before(ix)
    _police_at_dateline(ix, main)
    if main is None:
        _dateline_ministries(ix)
    _placed_before_the_story_state(ix)
    for m in ix.mentions:
        if m.country is None and m.name is None and m.kind == "organisation" \
                and (joined := _joined_to_other_state_doer(ix, m, main)) is not None:
            m.country, m.from_context, m.confidence = joined, True, 0.6
    if main == "USA":
        _foreign_government_in_us_story(ix)
    _insurgents_of_the_scene(ix, main, scene)
    backers = _backers_only(ix)  # sentence -> the states it names only as someone's backers
    if main is not None:
        for m in ix.mentions:
            if m.country is None and m.kind in ("group", "organisation", "person") \
                    and (m.name is None or m.generic or _faction_label(ix, m) or _movement_label(ix, m)) \
                    and (m.sector in CONTEXT_SECTORS or m.sector == "SPY" and m.generic
                         or m.sector == "LAB" and ix.doc[m.end - 1].lower_ in _UNIONS
                         or m.sector == "SOC" or _plain_politicians(ix, m) or _faction_label(ix, m)
                         or m.sector == "CRM" and ix.doc[m.end - 1].lemma_.lower() in _HOME_CRIME_HEADS) \
                    and not _regional(ix, m) and not _away_from_home(ix, m, main) \
                    and not _unplaced_refugees(ix, m) and not _mission(ix, m) and not _peacekeeping(ix, m) \
                    and not _placed_elsewhere(ix, m, main) and not _unnamed_envoys(ix, m) \
                    and not _multinational(ix, m) and not _unplaced_owner(ix, m) \
                    and not _acts_on_state(ix, m, main) and not _no_one_body(ix, m) \
                    and not _faces_organ_of(ix, m, main) and not _listed_with_foreigners(ix, m, main) \
                    and not _stance_toward(ix, m, main) and not _withdrawn_from_state(ix, m, main) \
                    and not _buyers_of_goods(ix, m, main) and not _victims_of_force_abroad(ix, m, main) \
                    and not (m.kind == "group" and len(crowd_places(ix, m.end - 1)) > 1) \
                    and main not in backers.get(sentence_of_token(ix.doc, m.start), ()) \
                    and not (m.name is None and several_states_listed(ix, m.end)) \
                    and not (m.sector == "OPP" and len(govs := _sentence_governments(ix, m)) == 1 and main not in govs):
                given = _opposition_named_before(ix, m) if m.sector == "OPP" and m.name is None \
                    else _insurgents_of_held_territory(ix, m, main) or _rebels_named_before(ix, m, main)
                m.country = given or main
                m.from_context = True
                m.confidence = 0.6
    if main is not None:
        _stateless_people_at_home(ix, main, _sentence_states(ix))
    if main is not None and scene is not None and scene != main:
        for m in ix.mentions:
            if m.country is None and m.kind in ("group", "organisation") \
                    and _faces_organ_of(ix, m, main):
                # (session 26) Taiwan's coast guard shadowing Chinese vessels, in a story
                # about China set in Taiwan: the counterpart is of the scene
                m.country, m.from_context, m.confidence = scene, True, 0.5
    _regional_bloc(ix, main)
    _owned_shared_bodies(ix, main)
    _congress(ix, main)
    _shared_body_names(ix, main)
    _shared_bodies(ix, main, headline)
    _unknown_places(ix, main)
    if main is not None:
        for m in ix.mentions:
            # "Regional Governor Mujiv Hataman", "the Aam Aadmi Party": provincial and city
            # offices, and parties no list knows, are the article's own state's
            if m.country is None and (
                    m.kind == "person" and m.name and _domestic_role(m)
                    or m.kind == "organisation" and m.sector == "PTY"
                    or _party_named_for_members(ix, m)
                    or _home_firm(ix, m, main)):
                ruling = _state_of_leaders_here(ix, m) if m.kind == "organisation" and m.sector == "PTY" else None
                m.country, m.from_context, m.confidence = ruling or main, True, 0.5
    ethnic_parties_again(ix)
    _officials_after_state(ix)
    states = _sentence_states(ix)
    for m in ix.mentions:
        # "Senate Minority Whip Dick Durbin", "Interior Minister Joachim Brudzinski": a titled
        # official with no state named is the article's, or the one the text is about there
        if m.country is None and (_official(m) or _opposition_titled(m) or _party_head_titled(m)
                                  or _home_body_titled(m)
                                  or _cleric_titled(m) or _crime_boss_titled(m)):
            body = _commission_of(ix, m)
            if body is not None:
                m.country, m.sector, m.from_context, m.confidence = body.country, body.sector, True, 0.5
                continue
            # ("In Washington, Attorney General X said": the fronted place of his clause)
            home = _apposed_title_state(ix, m) or _force_commanded_in_clause(ix, m) or _state_body_headed(ix, m) \
                or _envoy_listed_after(ix, m) \
                or _in_clause_of_government(ix, m) \
                or _named_before(ix, m) or _envoy_described_before(ix, m) \
                or ministry_named_before(ix, m) or _own_body_addressed(ix, m) \
                or _fronted_place_state(ix, m) or _commanded_force_state(ix, m, main) \
                or _spokesman_goes_on(ix, m) or _one_of_officials_before(ix, m, titled=True) \
                or _opposition_of_sentence(ix, m, main, states) \
                or _seat_after_name(ix, m) or _official_after_state_spoke(ix, m, main) \
                or _home_state(ix, m, main, states)
            if home is not None:
                m.country, m.from_context, m.confidence = home, True, 0.5
    _own_bodies_told(ix)
    _house(ix, main)
    _us_partisans(ix, main, states)
    _members_of_named_party(ix)
    _partisans_in_legislature(ix)
    _partisan_chambers(ix)
    _provincial_bodies(ix)
    if main is not None:
        for m in ix.mentions:
            # "local media", "state media": the press of the state the article is about
            if m.country is None and m.sector == "JRN" and m.kind in ("group", "organisation") \
                    and any(t.lower_ in _HOME_PRESS for t in ix.doc[m.start:m.end]):
                # (session 37) "In Seoul, police detained 16 students ..., according to local
                # media": the press local to the place the sentence opens in
                fronted = _fronted_sentence_state(ix, ix.doc[m.start].sent.start) \
                    if any(t.lower_ == "local" for t in ix.doc[m.start:m.end]) else None
                # (session 54) "Iran made no official comment, but state media gave the story
                # prominent coverage": the press of the one state its sentence names
                state_press = any(t.lower_ in ("state", "state-run", "state-owned") for t in ix.doc[m.start:m.end])
                rival = (_state_of_joined_clause(ix, m) or _scene_of_sentence_before(ix, m)) if state_press else None
                m.country = fronted[0] if fronted is not None else rival or main
                m.from_context, m.confidence = True, 0.5
            elif _state_firm(ix, m):
                # (session 29) "state miner Erdenes Tavan Tolgoi": the story state's company
                m.kind, m.country, m.sector = "organisation", main, "BUS"
                m.from_context, m.confidence = True, 0.5
    home_scene = _filed_at_home(ix, main, scene)
    states = _sentence_states(ix)
    for m in ix.mentions:
        if m.country is None and m.sector == "NGO":
            # "a human rights group": PLOVER's non-state NGO code, unless placed in one state
            # (or, session 32, called the story state's own: "local monitoring group X"; or,
            # session 33, a named association no list knows in a story set in its state)
            m.country = _placed_body_state(ix, m) or _local_body_state(ix, m, main) \
                or _home_association_state(ix, m, main, home_scene, states) \
                or _listed_institutions_state(ix, m, states) or "NGO"
    _public_lenders(ix)
    _joiners_of_protest(ix)  # (session 63) again, once the story's state has placed the crowd
    # still unknown: a titled person or a group in a sentence about exactly one state (a cited
    # news outlet names no state the story is about)
    states = _sentence_states(ix)
    everywhere = set().union(*states.values()) if states else set()
    gatherings = _sentence_states(ix, meeting_places=True)
    scenes_named = _sentence_states(ix, scenes=True)
    ix.one_state = main if home_scene == main else None
    talk_hosts: dict[int, set[str | None]] = {}  # sentence -> states hosting others' talks there
    for o in ix.mentions:
        if _host_of_talks(ix, o):
            talk_hosts.setdefault(sentence_of_token(ix.doc, o.start), set()).add(o.country)
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation", "person") \
                or _regional(ix, m):
            continue
        if m.kind == "person" and not m.role and not _private_named(m) \
                or m.kind == "organisation" and m.sector is None:
            continue
        if m.kind == "group" and m.sector is None and m.name \
                and ix.doc[m.end - 1].tag_ in ("NNP", "NNPS") \
                and ix.doc[m.end - 1].dep_ not in ("compound", "amod"):
            continue  # "Europeans", "the Rapa Nui": a people named alone is no state's organ
        if _unplaced_refugees(ix, m) or _unnamed_envoys(ix, m):
            continue
        if _peacekeepers_abroad(ix, m):
            continue
        if m.kind == "group" and m.name is None and (ruled := _under_state_law(ix, m)) is not None:
            m.country, m.from_context, m.confidence = ruled, True, 0.5
            continue
        if _mission(ix, m) or _multinational(ix, m) or _no_one_body(ix, m) \
                or main is not None and _listed_with_foreigners(ix, m, main):
            continue
        abroad, placed = _press_abroad(ix, m, main)
        if abroad:
            if placed is not None:
                m.country, m.from_context, m.confidence = placed, True, 0.5
            continue
        if m.sector == "EDU" and m.kind == "organisation" and (own := _own_adjective_state(ix, m)) is not None:
            # (session 44) "a professor at a Dutch university" in a story from Belgrade: the
            # school's own state adjective places it (it was given the story's state)
            m.country, m.from_context, m.confidence = own, True, 0.6
            continue
        if m.sector == "EDU" and m.kind == "organisation":
            # a school whose name gives no state is in the state the article is about when
            # its sentence names no other ("studied law at Northwestern University"); a
            # sentence naming states leaves it open (scientists of many states publish together)
            if main is not None and not states.get(sentence_of_token(ix.doc, m.start)):
                m.country, m.from_context, m.confidence = main, True, 0.4
            continue
        if m.sector in ("UAF", "CRM") and ix.doc[m.end - 1].lower_ in PARTICIPANTS:
            here = states.get(sentence_of_token(ix.doc, m.start), set())
            arrested = _arresting_state(ix, m, here) or _joined_force_state(ix, m)
            if arrested is not None:
                m.country, m.from_context, m.confidence = arrested, True, 0.5
            elif (home := scene or ix.dateline) is not None and home == main \
                    and here <= {home}:
                # (session 25) "more than 6,000 suspects died", "killings by unidentified
                # gunmen" in a story both set in and about one state, in a sentence naming none
                # (session 27) or naming that state only, and set there by the dateline when
                # no act is placed ("BEIRUT - Gunmen fired on protesters against the Beirut
                # port blast judge")
                m.country, m.from_context, m.confidence = home, True, 0.4
            continue  # an unnamed attacker or suspect is of the scene, not of any state named
        here = states.get(sentence_of_token(ix.doc, m.start), set())
        stays = _stays_named(ix, m) if here and m.kind == "person" and m.name else set()
        if stays and here <= stays:
            continue  # (session 29) "X, who was in the United States at the time": no evidence
        here = here - stays
        if here:
            here = here - backers.get(sentence_of_token(ix.doc, m.start), set())  # (session 62) "once backed by Libya"
        if here and m.name is None and (refuge := _refuge_states(ix, m)) and here <= refuge:
            continue  # (session 59) "several of them had applied for asylum in Nigeria"
        if here and m.sector in _ARMED_SIDES:
            hosts = talk_hosts.get(sentence_of_token(ix.doc, m.start), set())
            if hosts and not here - hosts:
                continue  # "talks hosted by Qatar" names the venue, not the fighters' state
            here = here - hosts
        if here and m.kind == "group" and _meets(ix, m):
            # "Tamil rebels met government officials in Oslo": the capital where a group
            # meets or talks is a venue, not its home
            here = gatherings.get(sentence_of_token(ix.doc, m.start), set())
            if not here:
                continue  # (nor does the article's other news: the venue was all it named)
        # an article that names no state is about the one its wire dateline gives
        pool = here or _previous_speakers_state(ix, m, states) or everywhere \
            or ({ix.dateline} if ix.dateline else set())
        if not here and main is not None and m.kind in ("group", "person") and m.name is None \
                and m.sector in _TRADES and not _beneficiaries(ix.doc[m.end - 1]):
            # "Some businesspeople worried", "said a shopkeeper": a story's trades are its
            # state's (not "pathways for workers", people in general)
            pool = {main}
        if not here and main is not None and _prison_inmates(ix, m):
            pool = {main}
        if here and m.sector == "OPP" and m.name is None and len(govs := _sentence_governments(ix, m)) == 1:
            pool = govs  # (session 49) "Maduro, whose government faces U.S. sanctions ... the main opposition"
        if here and m.sector == "OPP" and m.name is None \
                and (given := _opposition_named_before(ix, m)) is not None and given not in pool:
            pool = {given}  # (session 52) "opposition leader Juan Guaido ... Putin backed talks with the opposition"
        if not here and ix.one_state is not None and _unnamed_press(ix, m):
            pool = {ix.one_state}
        if here and _private_named(m):
            pool = _named_states_here(ix, m)  # "met officers at an Irish pub": a venue's style
        if here and ((m.name is None or m.generic)
                     and (m.sector in _OFFICIAL_SECTORS or m.sector in _ARMED_SIDES)
                     or m.kind == "person" and m.name and m.role):
            # "The Senate ratified the treaty with Mexico", "Rebels captured three Italian
            # engineers", "Director-General Jane Roe urged the Russian authorities": the other
            # party of a body's, group's or titled person's own act is not its state
            pool = here - (_other_party_states(ix, m) - _described_states(ix, m))
        if len(pool) == 1 and main is not None and (m.name is None or m.generic) and m.sector in ("UAF", "REB") \
                and _attacks_only_foreigners(ix, m, next(iter(pool)), main):
            pool = {main}  # (session 62) "Pakistanis were wounded after militiamen opened fire"
        if here and (m.name is None or m.generic) and m.kind in ("group", "organisation") \
                and (appealer := _appealed_by(ix, m)) is not None:
            pool = pool - {appealer}  # (session 62) "Washington urged the government and protesters"
        ground = _captors_ground(ix, m) if here and (m.name is None or m.generic) \
            and m.sector in _ARMED_SIDES else None
        if ground in here:
            pool = {ground}  # "Militants freed nine hostages from the Gaza Strip"
        if len(pool) > 1 and (m.name is None or m.generic) \
                and (m.sector in _ARMED_SIDES or m.kind == "group" and m.sector in _ACTED_ON):
            # "Syrian troops entered the Lebanese capital and disarmed Christian militias":
            # the armed group a state's forces act on is of the other state named; so are the
            # working people they seize ("Sri Lanka's navy seized Indian trawlers and arrested
            # 27 fishermen": the doer's state is not theirs)
            rest = pool - _doer_states(ix, m)
            if len(rest) == 1 and rest != pool:
                pool = rest
        if pool == here and len(here) == 1 and m.name is None and m.sector in _ACTED_ON | {"EDU", "REL", "MED"} \
                and {_armed_doer_state(ix, m)} == here:
            # (session 49) "the attackers ... sparing some Muslim students": people an armed side
            # acts on are not its state's for that alone; the story's state is the better guess
            pool = set()
        if pool == here and len(here) == 1:
            pool = _people_acted_on_at_scene(ix, m, here, scenes_named) or pool
        if m.sector == "REL" and (m.kind == "group" and m.name or here):
            # a faith is no state's, but "Muslim groups" in a sentence about Pakistan are
            # Pakistani; "Catholic bishops met in Rome" and "the clergy" at a summit there
            # are not Italian
            pool = gatherings.get(sentence_of_token(ix.doc, m.start), set())
            if m.kind == "group" and m.name is None:
                # the Holy See heads clergy the world over: "bishops" near the Vatican are
                # not its citizens unless the phrase says so ("Vatican officials"); a faith
                # named at its seat ("Catholic cardinals at the Vatican") stays the Holy See
                pool = pool - {"VAT"}
        if len(pool) > 1 and (fronted := _fronted_state(ix, m)) is not None and fronted in pool:
            pool = {fronted}
        if len(pool) > 1 and (opposed := _government_of_opposition_here(ix, m)) in pool:
            pool = {opposed}  # (session 52) "opposition leaders criticised Washington and the government"
        if len(pool) == 1 and m.sector in _ACTED_ON and _kept_by_peacekeepers(ix, m):
            pool = set()  # (session 26) "its peacekeepers had taken in thousands of civilians"
        if len(pool) != 1 and not here and _scene_group(ix, m, main, home_scene):
            pool = {home_scene}  # (session 26) "armed groups gathered in the capital"
        if len(pool) > 1 and m.name is None:
            pool = {s for s in pool if not _stance_toward(ix, m, s)}  # (session 46) see below
        if len(pool) == 1 and not _away_from_home(ix, m, next(iter(pool))) \
                and not _stance_toward(ix, m, next(iter(pool))) and not _buyers_of_goods(ix, m, next(iter(pool))):
            m.country = next(iter(pool))
            m.from_context = True
            m.confidence = 0.5
    _private_people_at_fronted_place(ix)
    _voices_at_fronted_scene(ix)  # (session 37) ahead of the story's state; also in a story of two
    _private_voices(ix, main, _sentence_states(ix, scenes=True), scene)
    _joined_people(ix)
    _addressed_residents(ix)
    _bloc_members(ix)
    _titles_of_one_state(ix)
    _unplace_foreign(ix)
    _organs_of_named_body(ix)
    _advised_citizens(ix)
    _parties_of_lawmakers(ix)
    _namesakes_of_bodies(ix)
    _suspect_named_arrested(ix)
    _same_act_same_person(ix)
    if main is None:
        _ministries_of_sentence(ix)
    _institutions_of_foreign_subject(ix, main)  # (session 46) last: it only moves context guesses
    _armies_of_occupiers(ix)  # (session 51) and this one
    indigenous_americans(ix, main)  # (session 62) after every pass that shares an adjective


# (session 51) Territories with no army of their own, and the state whose army acts in them: in a
# story set in Gaza or the West Bank, "the army", "troops" and "soldiers" are Israel's.
_ARMIES_IN_TERRITORIES = {"PSE": "ISR"}
_ARMY_HEADS = frozenset({"army", "troop", "soldier", "military", "tank", "force", "commando"})


def _armies_of_occupiers(ix: DocIndex) -> None:
    """(session 51) "Israeli fire kills 10 marchers in Rafah as army presses Gaza offensive":
    unqualified army words the story's state was guessed for, where that state is a territory
    with no army (``_ARMIES_IN_TERRITORIES``), are the army of the state acting there when the
    story names that state."""
    named = {m.country for m in ix.mentions if m.country and not m.from_context and m.kind != "pronoun"}
    for m in ix.mentions:
        army = _ARMIES_IN_TERRITORIES.get(m.country or "")
        if army is None or not m.from_context or m.sector != "MIL" or m.name or army not in named \
                or ix.doc[m.end - 1].lemma_.lower() not in _ARMY_HEADS:
            continue
        m.country = army


# Entity types of names that are no actor: places, laws, ships, works, events, peoples.
_NO_ACTOR_ENTS = frozenset({"GPE", "LOC", "FAC", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT",
                            "NORP", "LANGUAGE"})


def _officers_of_forces_told(ix: DocIndex) -> None:
    """(session 61) "Indian troops on the Line of Control were told to stay vigilant, an army
    officer said": an unnamed officer or military spokesman who tells of one state's forces, in
    a sentence whose armed forces are all of that state, is of it (not the story's state)."""
    doc = ix.doc
    for m in ix.mentions:
        tok = doc[m.end - 1]
        if m.country is not None or m.name is not None or m.kind != "person" or m.sector != "MIL" \
                or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SAYING_VERBS:
            continue
        sid = sentence_of_token(doc, m.start)
        forces = {o.country for o in ix.mentions if o is not m and o.sector == "MIL" and o.country
                  and not o.from_context and o.country not in NON_STATE_CODES
                  and sentence_of_token(doc, o.start) == sid}
        if len(forces) == 1:
            m.country, m.from_context, m.confidence = forces.pop(), True, 0.6


def _acted_on_by_other(ix: DocIndex, m: Mention, others: set[str]) -> bool:
    """(session 61) Whether a person is no subject of their sentence, whose subject is a state
    (or a state's official) of ``others``: "Italy would do all it could to ensure Bibi and her
    family were safe" says where Italy stands, not where Bibi is from."""
    tok = first_conjunct(ix.doc[m.end - 1])
    if tok.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos"):
        return False
    for o in ix.mentions:
        if o.country in others and o.kind in ("country", "person", "organisation") \
                and ix.doc[o.end - 1].dep_ == "nsubj" \
                and sentence_of_token(ix.doc, o.start) == sentence_of_token(ix.doc, m.start):
            return True
    return False


def named_in_one_state_story(ix: DocIndex) -> None:
    """(session 27) "The paper's founder, Jimmy Lai, is already in prison", "the Freedom
    Convoy blockaded the capital": a person or body named, that no list knows and no rule has
    placed, in a story both about and set in one state, is of that state when its sentence
    (for a private person, nor the one before) names no other state, its own words name no
    other place and nothing calls it a visitor. Weakly held: only the state is given, the
    sector stays what the text said. Run after coreference, so a surname takes its full
    name's code first."""
    main = ix.one_state
    if main is None or (states := _sentence_states_if_set_in(ix, main)) is None:
        return
    doc = ix.doc
    # a person is taken whole, by surname: one sentence of theirs naming another state
    # ("Quennell, who was born in Poland") leaves every mention of them open
    abroad = {m.name.split()[-1].lower() for m in ix.mentions if m.kind == "person" and m.name
              and states.get(sid := sentence_of_token(doc, m.start), set()) - {main}
              - _sent_away_to(ix, m, sid)
              # (session 61) not a sentence where another state acts on them ("Italy would
              # ensure Bibi and her family were safe")
              and not _acted_on_by_other(ix, m, states.get(sid, set()) - {main})}
    for m in ix.mentions:
        if m.country is not None or not (m.kind in ("person", "organisation") or _ethnic_group(ix, m)) \
                or not m.name or m.confidence >= 1.0 or m.kin not in (None, main) \
                or describes_other_actor(ix, m):
            continue
        sid = sentence_of_token(doc, m.start)
        private = m.kind == "person" and (m.sector in PRIVATE_SECTORS or _plain_occupation(ix, m))
        away = _sent_away_to(ix, m, sid)
        if states.get(sid, set()) - {main} - away \
                or private and _voices_before(ix, sid, states) - {main} - away:
            continue  # (as for ``_private_voices``: the text before a foreign voice names its state;
            # session 33: not the state the person is said to have gone to)
        words = doc[m.start:m.end]
        people = _ethnic_group(ix, m)  # (a people's name is tagged as one: NORP)
        if any(t.ent_type_ in _NO_ACTOR_ENTS and not (people and t.ent_type_ == "NORP")
               for t in words) and not (m.kind == "person" and m.name in ix.people_as_places) \
                or any((f := ix.country_at(i)) is not None and f.iso3 != main
                       for i in range(m.start, m.end)):
            continue
        if m.kind == "person" and m.name.split()[-1].lower() in abroad \
                or _visitor(ix, m) or _visitors_named(doc, m) \
                or _away_from_home(ix, m, main) or _placed_elsewhere(ix, m, main):
            continue  # "Tourists Henrik Solvang", "the visitors, Henrik Solvang and ..."
        m.country, m.from_context, m.confidence = main, True, 0.4



# (session 32) Head nouns of a state's own agencies ("the Central Narcotics Bureau").
_AGENCY_HEADS = frozenset({"bureau", "ministry", "department", "agency", "directorate",
                           "authority", "office"})


def _lead_subject(tok: Token) -> bool:
    """Whether ``tok`` is a clause's subject, also as the parser reads a dateline lead
    ("SINGAPORE - Singapore on Wednesday hanged ...": "Singapore" set in apposition to it)."""
    return tok.dep_ == "nsubj" or tok.dep_ == "appos" and tok.head.dep_ == "nsubj"


def agencies_of_the_acting_state(ix: DocIndex) -> None:
    """(session 32) "SINGAPORE - Singapore on Wednesday hanged X, a Malaysian ... The Central
    Narcotics Bureau confirmed the sentence": in a story about no other one state, filed from the
    state that acts in its lead (as its subject), a named agency no list knows ("Bureau", "Ministry",
    "Office") in a sentence naming no state is that state's government's. Weakly held."""
    acting = ix.dateline
    doc = ix.doc
    lead = next(iter(doc.sents), None)
    if acting is None or ix.one_state not in (None, acting) or lead is None \
            or not any(m.country == acting and not m.from_context and m.start < lead.end
                       and _lead_subject(doc[m.start:m.end].root) for m in ix.mentions):
        return
    states: dict[int, set[str]] | None = None
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation" or not m.name \
                or m.confidence >= 1.0 or doc[m.end - 1].lower_ not in _AGENCY_HEADS \
                or not doc[m.end - 1].is_title or describes_other_actor(ix, m):
            continue
        if states is None:
            states = _sentence_states(ix)
        if states.get(sentence_of_token(doc, m.start), set()) - {acting} \
                or any(t.ent_type_ in _NO_ACTOR_ENTS for t in doc[m.start:m.end]):
            continue
        m.country, m.from_context, m.confidence = acting, True, 0.4
        m.sector = m.sector or "GOV"  # (a state's bureau or ministry is its government's)

def _unnamed_press(ix: DocIndex, m: Mention) -> bool:
    """(session 29) '"My daughter is a reporter," said her mother', "Journalists were ordered
    away": unnamed press in a story both about and set in one state, whose sentence names no
    state, is that state's press (wire reporters are placed or addressed, ``_press_abroad``)."""
    return m.sector == "JRN" and m.name is None and m.kind in ("group", "person") \
        and ix.doc[m.end - 1].dep_ not in MODIFIER_DEPS  # ("a media entrepreneur")


# (session 29) Verbs that send a person out of their own state ("was expelled to Russia").
_SENT_AWAY = frozenset({"expel", "deport", "exile", "extradite", "banish", "flee"})


def _sent_away_to(ix: DocIndex, m: Mention, sid: int) -> set[str]:
    """(session 29) "Its founder, X, was expelled to Russia in 2022": a state a person of the
    sentence was expelled, deported or fled to is where they went, not theirs; its name does
    not keep the story's state from them. Only for a person who is that verb's subject."""
    if m.kind != "person":
        return set()
    root = ix.doc[m.start:m.end].root
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else \
        root.head.head if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") else None
    out = set()
    if verb is not None and verb.lemma_.lower() in _SENT_AWAY:
        for o in ix.mentions:
            tok = ix.doc[o.end - 1]
            if o.kind == "country" and o.country and sentence_of_token(ix.doc, o.start) == sid \
                    and tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.i == verb.i:
                out.add(o.country)
    return out | _crossed_into(ix, root)


# (session 33) Verbs by which a person goes over a border ("who crossed into Rwanda's Bugesera
# district"), with the prepositions that name where they went.
_CROSSINGS = frozenset({"cross", "flee", "escape"})


def _crossed_into(ix: DocIndex, root: Token) -> set[str]:
    """(session 33) "said Claudine X, a mother of four who crossed into Rwanda's Bugesera
    district last week": the states a relative clause on the person (or on the noun set in
    apposition to their name) says they crossed or fled into are where they went, not theirs."""
    heads = [root] + [c for c in root.children if c.dep_ == "appos"]
    verbs = [v for h in heads for v in h.children if v.dep_ == "relcl"
             and v.lemma_.lower() in _CROSSINGS | _SENT_AWAY]
    places = [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("into", "to")
              for p in c.children if p.dep_ == "pobj"]
    return {o.country for o in mentions_within(ix, places)
            if o.country and o.country not in NON_STATE_CODES and not o.from_context}


def _ethnic_group(ix: DocIndex, m: Mention) -> bool:
    """(session 28) "mass arrests of ethnic Tigrayans in the capital": a people called ethnic
    lives where the story is set, like the story's other unplaced people, when that state is
    its own kin state or it has none (a kin state elsewhere is read in ``resolve_from_context``)."""
    words = ix.doc[m.start:m.end]
    if m.kind != "group":
        return False
    if any(t.lower_ == "ethnic" for t in words):
        return True
    # (session 30) "his rivals, Sunni and Shi'ite", "a Sunni Arab": a faith's community the
    # tagger names as a people, standing as a noun phrase of its own, is of the story's state
    return any(t.lower_ in FAITH_WORDS for t in words) and words.root.pos_ in ("PROPN", "NOUN") \
        and all(t.ent_type_ == "NORP" or t.pos_ == "DET" for t in words)


def _visitors_named(doc: Doc, m: Mention) -> bool:
    """"The stranded visitors, Henrik Solvang and Pia Lindqvist": names in apposition to a
    visitors' noun are guests, not the scene's people."""
    return any(h.dep_ == "appos" and h.head.lemma_.lower() in _VISITORS
               for h in _listed_with(doc[m.end - 1]))


# How a modifier hangs on the noun it describes ("a Sikh separatist leader", "Kurdish-led").
MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})


def describes_other_actor(ix: DocIndex, m: Mention) -> bool:
    """"Ryanair chief executive X", "a Karachi-based economist", "the Magistrate's Court
    judge": a name that only modifies another mention's noun (or "-led") is no actor of its
    own; uncoded, it is dropped from the output (``actors._bare_modifier``), so it is not placed."""
    root = ix.doc[m.start:m.end].root
    head = root.head
    if root.dep_ not in MODIFIER_DEPS or m.start <= head.i < m.end:
        return False
    return head.lower_ == "led" or any(o is not m and o.start <= head.i < o.end for o in ix.mentions)


# (session 26) Verbs that put a named person in custody, and the words later used for them.
_ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "capture"})
_SUSPECT_WORDS = frozenset({"suspect", "attacker", "assailant", "gunman"})


# (session 32) Plural nouns for a country's political camps that a label's adjective names
# ("Islamist groups", "tribal and Islamist factions").
_CAMP_NOUNS = frozenset({"groups", "factions", "blocs", "movements", "currents", "camps"})


def _faction_label(ix: DocIndex, m: Mention) -> bool:
    """(session 32) "resentment among the tribal and Islamist groups that dominate the
    assembly": a label the tagger took for a people, with no state, faith or people's kin
    ("Islamist"), that modifies a plural noun of political camps, also through an adjective
    it is joined to by "and", names camps of the story's own politics: the story's state."""
    if m.kind != "group" or not m.name or m.sector is not None or m.kin is not None \
            or m.end - m.start != 1:
        return False
    tok = ix.doc[m.start]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # ("the tribal and Islamist groups": "Islamist" joined to "tribal")
    return tok.dep_ in ("amod", "compound") and tok.head.lower_ in _CAMP_NOUNS


def _people_of_named_person(ix: DocIndex) -> None:
    """(session 52) "Sharif's lawyers submitted a letter from a former prime minister of Qatar",
    "three of Sharif's children owned offshore companies": the unnamed people a named person
    possesses (his lawyers, children, aides, supporters) are of his state, not of the sentence's
    other state or none."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.name is not None or m.kind != "group" \
                or m.sector not in _PERSONAL_PEOPLE_SECTORS:
            continue
        owners = [c for c in doc[m.end - 1].children if c.dep_ == "poss" and c.ent_type_ == "PERSON"]
        # (the owner's name is no mention of its own: the person's other mentions say his state)
        names = {o.name for o in ix.mentions for c in owners if o.kind == "person" and o.name
                 and o.start <= c.i < o.end} | {c.text for c in owners}
        states = {o.country for o in ix.mentions if o.kind == "person" and o.name and o.country
                  and o.country not in NON_STATE_CODES and not o.from_context
                  and (o.name in names or ix.doc[o.start:o.end].text in names
                       or o.name.split()[-1] in names)}
        if len(states) == 1:
            m.country, m.from_context, m.confidence = states.pop(), True, 0.5


# (session 56) Nouns of the armed men a group has.
_ARMED_MEN = frozenset({"fighter", "militant", "gunman", "member", "recruit", "commander", "insurgent",
                        "guerrilla", "rebel", "jihadist", "cell"})


def _fighters_of_armed_owners(ix: DocIndex) -> None:
    """(session 56) "Tunisian recruits make up a large share of the militant group's fighters":
    the fighters an armed group's mention owns are its own (its code), not the state of the
    sentence or of the story."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        if m.country is not None or m.name is not None or m.kind != "group" \
                or head.lemma_.lower() not in _ARMED_MEN:
            continue
        owner = next((o for c in head.children if c.dep_ == "poss" for o in ix.mentions
                      if o is not m and o.end - 1 == c.i and o.kind in ("organisation", "group")
                      and o.country and o.sector in ("REB", "UAF", "INS", "SEP")), None)
        if owner is not None:
            m.country, m.sector, m.from_context, m.confidence = owner.country, owner.sector, True, 0.6


def _kin_of_placed_people(ix: DocIndex) -> None:
    """(session 56) "flanked by relatives of the freed Americans": the relatives or families of
    people whose state the text gives ("the freed Americans", "the British hostages") are of
    that state, not of the sentence's other state or the story's."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        if m.country is not None or m.name is not None or m.kind != "group" \
                or head.lower_ not in ("relatives", "families", "family", "parents", "relative"):
            continue
        of = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
              if c.dep_ == "pobj"]
        states = {o.country for o in ix.mentions if o.country and not o.from_context and o.kind in ("group", "person")
                  and o.country not in NON_STATE_CODES and any(o.start <= c.i < o.end for c in of)}
        if len(states) == 1:
            m.country, m.from_context, m.confidence = states.pop(), True, 0.5


# Sectors of the people a person has about him ("Sharif's lawyers", "Sharif's children").
_PERSONAL_PEOPLE_SECTORS = frozenset({"CVL", "LEG", "JUD", "BUS", "EDU", "MED", "REL"})


def _movement_label(ix: DocIndex, m: Mention) -> bool:
    """(session 52) "The Maoists took up arms in 1996", "Maoists should end violence": armed
    followers named by their creed in one word ("Maoists", "Naxalites") are the story's own
    insurgents, as unnamed rebels are (batch BV's judges counted Nepal's Maoists left
    unplaced or given the United States wrong)."""
    text = ix.doc[m.start].text
    return m.kind == "group" and bool(m.name) and m.sector in ("REB", "UAF") and m.end - m.start == 1 \
        and text[:1].isupper() and text.endswith(("ists", "ites")) and m.kin is None


def _plain_politicians(ix: DocIndex, m: Mention) -> bool:
    """(session 27) "nobody trusts the politicians": unnamed politicians (ELI) are the story's
    own political class, unless a name or a phrase places them ("some Tamil Nadu
    politicians", "politicians from across the region")."""
    head = ix.doc[m.end - 1]
    return m.sector == "ELI" and m.kind == "group" \
        and not any(t.pos_ == "PROPN" for t in ix.doc[m.start:m.end]) \
        and not any(c.dep_ == "prep" for c in head.children)


def _suspect_named_arrested(ix: DocIndex) -> None:
    """"Police arrested Fernando Sabag, 35, a Brazilian citizen ... police searched the
    suspect's home": where the story names exactly one person held, with a state, a later
    "the suspect" (attacker, gunman) is that person and of that state."""
    doc = ix.doc
    if not tokens_lowered(doc, _SUSPECT_WORDS | _ONE_PERSON):
        return  # (the cheap test first: no "suspect" or "man" word, nothing to place)
    held = {m.name: m for m in ix.mentions
            if m.kind == "person" and m.name and m.country and m.country not in NON_STATE_CODES
            and (root := doc[m.start:m.end].root).dep_ in ("dobj", "nsubjpass")
            and root.head.lemma_.lower() in _ARREST_VERBS}
    if len(held) != 1:
        return
    person = next(iter(held.values()))
    for m in ix.mentions:
        if (m.country is None or m.from_context) and m.name is None \
                and m.kind in ("group", "person") \
                and m.start > person.start and m.end - m.start == 2 \
                and doc[m.start].lower_ == "the" and doc[m.end - 1].lower_ in _SUSPECT_WORDS:
            m.country, m.from_context, m.confidence = person.country, True, 0.5
    _unnamed_culprit(ix, person)


# (session 32) Words that set an unnamed person apart from one named before ("another man").
_OTHER_PERSON = frozenset({"another", "other", "second", "third", "also"})


def _same_act_same_person(ix: DocIndex) -> None:
    """(session 32) "Singapore hanged Nagaenthran, a Malaysian ... Singapore has hanged a
    vulnerable man": an unnamed "a man" (woman, person) that a verb acts on, where that same verb
    acted earlier on a named, placed person, recalls that person and takes his state, not the
    scene's. The nearest such person before wins; "another man" is someone else."""
    doc = ix.doc
    if not tokens_lowered(doc, _ONE_PERSON | {"person"}):
        return  # (the cheap test first)
    placed = {m.name: m.country for m in ix.mentions if m.kind == "person" and m.name
              and m.country and m.country not in NON_STATE_CODES}
    acted: list[tuple[int, str, str]] = []  # (start, verb lemma, state) of named people acted on
    for m in ix.mentions:
        if m.kind == "person" and m.name \
                and (state := _named_state(m.name, placed)) \
                and (root := doc[m.start:m.end].root).dep_ in ("dobj", "nsubjpass") \
                and root.head.pos_ == "VERB":
            acted.append((m.start, root.head.lemma_.lower(), state))
    if not acted:
        return
    for m in ix.mentions:
        if m.name is not None or m.kind != "person" or (m.country and not m.from_context):
            continue
        head = doc[m.start:m.end].root
        if head.lower_ not in _ONE_PERSON | {"person"} or head.dep_ not in ("dobj", "nsubjpass") \
                or doc[m.start].lower_ not in ("a", "an", "the") \
                or any(t.lower_ in _OTHER_PERSON for t in doc[m.start:m.end]) \
                or any(c.lower_ in _OTHER_PERSON for c in head.head.children):
            continue
        verb = head.head.lemma_.lower()
        states = [st for start, lemma, st in acted if start < m.start and lemma == verb]
        if states:
            m.country, m.from_context, m.confidence = states[-1], True, 0.5


def _named_state(name: str, placed: dict[str, str]) -> str | None:
    """The state of the placed person ``name`` names: his own, or that of the one placed full
    name whose words hold it ("Nagaenthran" of "Nagaenthran K. Dharmalingam")."""
    if name in placed:
        return placed[name]
    states = {st for full, st in placed.items() if name in full.split()}
    return next(iter(states)) if len(states) == 1 else None


# (session 27) Words for one unnamed person that a story may introduce as its culprit.
_ONE_PERSON = frozenset({"man", "woman"})


def _unnamed_culprit(ix: DocIndex, person: Mention) -> None:
    """"A man pointed a pistol at the vice president ... Police arrested Fernando Sabag, a
    Brazilian citizen ... the man reached through the crowd": where "a man" who acts (not one
    who speaks or suffers) comes before the one person the story names as held, that man and
    each later "the man" are the held person, of his state, not of the scene's."""
    doc = ix.doc
    people = [m for m in ix.mentions if m.name is None and m.kind == "person"
              and m.end - m.start == 2 and doc[m.end - 1].lower_ in _ONE_PERSON
              and doc[m.start].lower_ in ("a", "the")]
    if not people or doc[people[0].start].lower_ != "a" or people[0].start > person.start:
        return  # the unnamed man must come first, to be named later
    first = doc[people[0].end - 1]
    if first.dep_ != "nsubj" or first.head.pos_ != "VERB" \
            or first.head.lemma_.lower() in SAYING_VERBS:
        return
    word = first.lower_
    for m in people:
        if m is people[0] or doc[m.start].lower_ == "the" and doc[m.end - 1].lower_ == word:
            if m.country is None or m.from_context:
                m.country, m.from_context, m.confidence = person.country, True, 0.5
        else:
            break  # "a man" again: someone else


def _namesakes_of_bodies(ix: DocIndex) -> None:
    """"the judiciary's Mizan news agency ... Mizan said": a body no list knows keeps the state
    its first placed mention took, where its later bare name is in a sentence naming none."""
    placed: dict[tuple[str, str | None], str] = {}
    for m in ix.mentions:
        if m.kind == "organisation" and m.name and m.country is not None:
            placed.setdefault((m.name, m.sector), m.country)
    for m in ix.mentions:
        if m.kind == "organisation" and m.name and m.country is None and m.sector is not None:
            state = placed.get((m.name, m.sector))
            if state is not None:
                m.country, m.from_context, m.confidence = state, True, 0.5


# (sessions 26, 27) Nouns for members of a legislature, whose "from" names their party: the
# legislature's person and group nouns of sectors.tsv, and the forms it leaves out because alone they
# may name no legislator ("deputy", "mp").
_LAWMAKERS = frozenset(w for w, s in sector_words().items() if s.sector == "LEG" and s.kind != "body"
                       and " " not in w) | {"deputy", "mp", "congressmen", "congresswomen", "parliamentarian"}


def _parties_of_lawmakers(ix: DocIndex) -> None:
    """"Opposition lawmakers from ARENA and the FMLN": a body no list knows that placed
    lawmakers come from is their party, of their state (the opposition when they are)."""
    doc = ix.doc
    by_token: dict[int, Mention] | None = None  # built at the first lawmakers "from" a body
    for m in ix.mentions:
        if m.country is not None or m.sector is not None or not m.name \
                or m.kind not in ("organisation", "person") or m.role:
            continue
        tok = doc[m.start:m.end].root
        tok = first_conjunct(tok)  # "from ARENA and the FMLN"
        if tok.dep_ != "pobj" or tok.head.lower_ != "from" or tok.head.head.lower_ not in _LAWMAKERS:
            continue
        if by_token is None:
            by_token = {i: o for o in ix.mentions for i in range(o.start, o.end)}
        group = by_token.get(tok.head.head.i)
        if group is None or group.country in (None, *NON_STATE_CODES) \
                or group.sector not in ("LEG", "OPP", "PTY"):
            continue
        m.country, m.from_context, m.confidence = group.country, True, 0.5
        m.sector = "OPP" if group.sector == "OPP" else "PTY"


# Sectors of unarmed people named in lists ("opposition politicians, lawyers, businessmen and
# journalists"): a member with no state of its own is of the state of the others.
_LISTED_PEOPLE = frozenset({"CVL", "JRN", "BUS", "LAB", "EDU", "MED", "REL", "AGR", "OPP",
                            "LEG", "PTY", "SOC", "NGO"})
# Words that make a listed group foreign to its neighbours ("foreign journalists").
_OUTSIDERS = frozenset({"foreign", "international", "overseas", "visiting", "expatriate",
                        "western", "exiled"})


def _joined_people(ix: DocIndex) -> None:
    """"More than 20 opposition politicians, lawyers, businessmen and journalists were
    detained": an unplaced group of unarmed people joined by "and" or commas to groups that
    all have one state is of that state (the list names one set of people); a group called
    foreign, or a list whose members are of several states, is left alone."""
    doc = ix.doc
    listed = [m for m in ix.mentions if m.sector in _LISTED_PEOPLE
              and (m.kind == "group" or _unnamed_bodies(doc, m))]
    for m in listed:
        if m.country is not None or m.name is not None \
                or any(t.lower_ in _OUTSIDERS for t in doc[m.start:m.end]):
            continue
        joined = {k.i for k in doc[m.end - 1].conjuncts}
        states = {o.country for o in listed if o.country and o.end - 1 in joined}
        if len(states) == 1 and not states & NON_STATE_CODES:
            m.country, m.from_context, m.confidence = next(iter(states)), True, 0.5


def _unnamed_bodies(doc: Doc, m: Mention) -> bool:
    """"Civil society and the churches": an unnamed plural body is a group of its kind."""
    return m.kind == "organisation" and m.name is None and doc[m.end - 1].tag_ == "NNS"


def _previous_speakers_state(ix: DocIndex, m: Mention, states: dict[int, set[str]]) -> set[str]:
    """'"We will fight," a government spokesman added': an unnamed government official who
    speaks in a sentence naming no state goes on for the one state of the sentence before
    (news quotes a state's leader, then that state's spokesman); empty otherwise."""
    if m.name is not None or m.sector != "GOV" or m.kind not in ("person", "group", "organisation"):
        return set()
    head = ix.doc[m.end - 1]
    if head.dep_ == "compound" and head.head.lemma_.lower() in _VOICES:
        head = head.head  # (session 45) "A foreign ministry statement accused ...": the statement speaks
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS | _VOICED_ACTS \
            or m.kind == "organisation" and not _indefinite(ix.doc[m.start:m.end]):
        return set()
    sid = sentence_of_token(ix.doc, m.start)
    before = states.get(sid - 1, set())
    if len(before) == 1:
        return before
    # (session 45) "Algeria, which hosts the refugees, said ... A foreign ministry statement
    # accused ...": the state that spoke last goes on speaking, though its sentence named others
    return _speaking_state(ix, sid - 1)


def _officials_of_reported_act(ix: DocIndex) -> None:
    """(session 51) "NEW DELHI - India has suspended military supplies to Nepal ..., officials
    said on Tuesday": unnamed officials who report a state's own act are that state's, not the
    story's other state's (batch BQ's judges counted India's officials coded as Nepal's wrong)."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        if m.country is not None or m.name or m.sector != "GOV" or head.lower_ != "officials" \
                or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS:
            continue
        said = head.head
        acts = [c for c in said.children if c.dep_ == "ccomp"]
        if not acts and said.dep_ in ("ccomp", "parataxis") and said.head.i < said.i:
            acts = [said.head]  # ("India has suspended ..., officials said": the act heads the sentence)
        doers = [c for a in acts for c in a.children if c.dep_ == "nsubj"]
        states = {o.country for o in ix.mentions for d in doers if o.start <= d.i < o.end and o.country
                  and not o.from_context and o.country not in NON_STATE_CODES
                  and (o.kind == "country" or o.sector == "GOV")}
        if len(states) == 1:
            m.country, m.from_context, m.confidence = states.pop(), True, 0.6


def _official_after_state_spoke(ix: DocIndex, m: Mention, main: str | None) -> str | None:
    """(session 60) "Senegal ... called for an urgent meeting of the U.N. Security Council.
    Foreign Minister Mankeur Ndiaye said the Gambian leader must respect ...": a titled official
    no list knows who speaks right after a sentence whose subject is another state than the
    story's speaks for that state."""
    doc = ix.doc
    head = doc[m.end - 1]
    if m.kind != "person" or not m.name or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS:
        return None
    sid = sentence_of_token(doc, m.start)
    if sid == 0:
        return None
    prev = sentences(doc)[sid - 1]
    here = doc[m.start].sent
    for o in ix.mentions:  # the state that is the subject of the sentence before, by its name
        last = doc[o.end - 1]
        form = ix.country_at(o.start)
        if prev.start <= o.start < prev.end and o.kind == "country" and not o.from_context and o.country \
                and o.country not in NON_STATE_CODES and o.country != main and doc[o.end].tag_ != "POS" \
                and form is not None and form.form == "name" \
                and (o.start == prev.start and last.dep_ in ("nsubj", "ROOT")
                     or last.dep_ == "nsubj" and last.head.dep_ == "ROOT"):
            if any(p.country == o.country for p in ix.mentions if here.start <= p.start < here.end):
                return None  # ("the 18 Ruritanians must leave": he speaks of that state's people)
            return o.country
    return None


def _voice_of_state_before(ix: DocIndex) -> None:
    """(session 45) "Algeria, which backs the Polisario, said the decision had no legal effect. A
    foreign ministry statement accused foreign powers of ...": an unnamed government voice in a
    sentence naming no state speaks for the state that spoke in the sentence before, not for the
    story's own state (batch AP's judges counted Morocco's ministry wrong)."""
    states = _sentence_states(ix)
    for m in ix.mentions:
        if m.country is None and m.kind == "person" and ix.doc[m.end - 1].lower_ in _SPOKES \
                and m.end - m.start == 2 and ix.doc[m.start].lower_ in ("a", "an") \
                and (body := _reacting_body(ix, sentence_of_token(ix.doc, m.start) - 1)) is not None:
            # (session 53) "The U.S. Lumber Coalition ... welcomed the decision. '...,' a
            # spokesman said": a firm's or group's spokesman, though the quote names a state
            m.country, m.sector, m.from_context, m.confidence = body.country, body.sector, True, 0.6
            continue
        here = states.get(sentence_of_token(ix.doc, m.start), set())
        if m.country is not None or here and not (m.kind == "person" and m.end - m.start == 2) \
                or not _indefinite(ix.doc[m.start:m.end]) \
                or any(t.lower_ in _BLOC_WORDS for t in ix.doc[m.start:m.end]):
            continue  # ("One Western envoy said": of no one state; "officials said": of any)
        spoke = _previous_speakers_state(ix, m, {})
        if here and not (len(spoke) == 1 and spoke <= here):
            # (session 63) "In Washington, the State Department condemned the seizure ... An official
            # said U.S. aid to Haiti would be suspended": one of the state that spoke, which the
            # sentence names again (a sentence naming only others leaves it open)
            continue
        if not spoke and m.kind == "person" and ix.doc[m.end - 1].lower_ in _SPOKES and m.end - m.start == 2 \
                and (body := _speaking_body(ix, sentence_of_token(ix.doc, m.start) - 1)) is not None:
            # (session 52) "NATO ... said the matter was for the two allies. A spokesperson said
            # the alliance welcomed ...": the body that spoke goes on speaking, in its sector
            # as "A NATO spokesman" has it
            m.country, m.sector, m.from_context, m.confidence = body.country, body.sector, True, 0.6
            continue
        if len(spoke) == 1:
            m.country, m.from_context, m.confidence = next(iter(spoke)), True, 0.6
            _same_official_after(ix, m)


def _scene_of_sentence_before(ix: DocIndex, m: Mention) -> str | None:
    """(session 63) "In Havana there was no immediate response from the government. But state radio
    accused Washington ...": a state's press that answers for it speaks where the sentence before
    set the scene, not for the state it accuses."""
    sent = ix.doc[m.start].sent
    if sent.start == 0 or ix.doc[sent.start].lower_ not in ("but", "however", "instead"):
        return None
    place = opening_place(ix, ix.doc[sent.start - 1].sent)
    return place.country if place is not None and place.country not in NON_STATE_CODES else None


def _apposed_title_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 63) "A foreign ministry spokesman in Tehran, Hamid Reza Asefi, said": a name set in
    apposition after a title placed in one state is of that state, not the story's."""
    doc = ix.doc
    root = doc[m.start:m.end].root
    if m.start < 2 or doc[m.start - 1].text != "," or root.dep_ != "appos" or root.head.i >= m.start:
        return None
    title = root.head
    if title.dep_ == "pobj" and title.head.lower_ == "in" and title.head.head.i < title.i:
        # (the parser may hang the name on the place: "spokesman in Tehran, Hamid Reza Asefi")
        place = next((o for o in ix.mentions if o.start <= title.i < o.end and o.kind == "country"), None)
        if place is not None and place.country and place.country not in NON_STATE_CODES \
                and any(o.start <= title.head.head.i < o.end and o.kind == "person" for o in ix.mentions):
            return place.country
    titled = next((o for o in ix.mentions if o is not m and o.start <= title.i < o.end and o.kind == "person"), None)
    if titled is None:
        return None
    if titled.country and titled.country not in NON_STATE_CODES and not titled.from_context:
        return titled.country
    places = [p for c in title.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    states = {o.country for o in mentions_within(ix, places) if o.kind == "country" and o.country
              and o.country not in NON_STATE_CODES}
    return states.pop() if len(states) == 1 else None


def _own_government_urged(ix: DocIndex, m: Mention) -> str | None:
    """(session 63) "hardline lawmakers in the Majlis, Iran's parliament, have called on the
    government to scale back its cooperation": "the government" a state's own lawmakers, parties
    or people call on or urge is their own."""
    tok = ix.doc[m.end - 1]
    if m.sector != "GOV" or m.name is not None or ix.doc[m.start].lower_ != "the":
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() == "call":
        verb = tok.head.head
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in _APPEALS:
        verb = tok.head
    else:
        return None
    # (the subject's own phrase places it: "lawmakers in the Majlis, Iran's parliament")
    subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    found = {o.country for o in ix.mentions if any(o.start <= i < o.end for i in subjects)
             and o.sector in ("LEG", "OPP", "PTY", "CVL") and o.country and o.country not in NON_STATE_CODES
             and not o.from_context}
    return found.pop() if len(found) == 1 else None


def _prosecutors_of_accused(ix: DocIndex, m: Mention) -> str | None:
    """(session 63) "Prosecutors accuse Hanssen of selling secrets to Moscow" (the FBI agent Robert
    Hanssen): unnamed prosecutors who charge a person named with his state are of that state, the
    one whose courts try its own, not the state the charge names."""
    tok = ix.doc[m.end - 1]
    if m.sector != "JUD" or m.kind != "group" or tok.dep_ != "nsubj" \
            or tok.head.lemma_.lower() not in ("accuse", "charge", "indict"):
        return None
    words = {c.text for c in tok.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"}
    accused = {o.country for o in ix.mentions if o.kind == "person" and o.name and o.name.split()[-1] in words
               and o.country and o.country not in NON_STATE_CODES and not o.from_context}
    return accused.pop() if len(accused) == 1 else None


def _quoted_by_state_press(ix: DocIndex) -> None:
    """(session 63) "the official Iraqi News Agency quoted a foreign ministry spokesman as saying":
    an unnamed official a state's own news agency quotes is of that state, not of the story's."""
    doc = ix.doc
    for m in ix.mentions:
        tok = doc[m.end - 1]
        if m.country is not None or m.name is not None or m.sector != "GOV" or m.kind != "person" \
                or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "quote":
            continue
        press = {o.country for c in tok.head.children if c.dep_ == "nsubj" for o in ix.mentions
                 if o.start <= c.i < o.end and o.sector == "JRN" and o.country and o.country not in NON_STATE_CODES}
        if len(press) == 1:
            m.country, m.from_context, m.confidence = press.pop(), True, 0.6


def _same_official_after(ix: DocIndex, m: Mention) -> None:
    """(session 63) '"We call on the military to return to the barracks," the official told
    reporters' after "An official said ...": "the official" in the next sentences is the one just
    placed, while no other of its word comes between."""
    doc = ix.doc
    head = doc[m.end - 1].lower_
    sid = sentence_of_token(doc, m.start)
    for o in sorted(ix.mentions, key=lambda x: x.start):
        if o.start <= m.start or o.kind != "person" or doc[o.end - 1].lower_ != head:
            continue
        if o.country is not None or o.end - o.start != 2 or doc[o.start].lower_ != "the" \
                or sentence_of_token(doc, o.start) - sid > 2:
            return
        o.country, o.sector, o.from_context, o.confidence = m.country, m.sector, True, 0.6
        return


def _people_named_once(ix: DocIndex) -> None:
    """(session 47) "accusing him of unlawfully deporting children from occupied areas of
    Ukraine ... Kyiv says more than 16,000 Ukrainian children have been deported": where the
    article gives civilians or refugees of one head noun a state in their own words, and only
    one, its other mentions of that noun with no state word are those people, not the story's
    state's (batch AV2's judges counted eight deported children coded as Russia's wrong)."""
    doc = ix.doc
    told: dict[str, set[str]] = {}
    for o in ix.mentions:
        if o.kind == "group" and o.country and not o.from_context and o.sector in _PEOPLE_TOLD \
                and o.country not in NON_STATE_CODES and o.end - o.start > 1:
            told.setdefault(doc[o.end - 1].lemma_.lower(), set()).add(o.country)
    for m in ix.mentions:
        if m.country is None and m.kind == "group" and m.name is None and m.sector in _PEOPLE_TOLD \
                and doc[m.end - 1].lemma_.lower() in _PEOPLE_ACTED_ON:
            states = told.get(doc[m.end - 1].lemma_.lower(), set())
            if len(states) == 1:
                m.country, m.from_context, m.confidence = next(iter(states)), True, 0.5


_PEOPLE_TOLD = frozenset({"CVL", "REF", None})  # (session 52) None: "Palestinian prisoners"
# People a story tells of as the ones acted on throughout: taken, held, displaced. ("residents"
# and "depositors" are any such people: Andorra's depositors beside Spanish ones.)
_PEOPLE_ACTED_ON = frozenset({"child", "orphan", "minor", "deportee", "hostage", "detainee", "captive",
                              "refugee", "migrant", "asylum-seeker", "victim", "evacuee", "prisoner"})


def _officials_after_state(ix: DocIndex) -> None:
    """(session 47) "Syria reacted angrily. Information Minister Ahmad al-Hassan said ...",
    "Moscow rejected the accusations. Foreign Ministry spokesman Mikhail Kamynin called them
    ...": a titled official with no state word who opens the sentence after one whose subject is
    a state speaks for that state, not for the story's (three such officials of batch AU were
    given the dateline's or the story's state); so does the ministry in his title, which the
    story's state had claimed. The state must be the subject of the earlier sentence's main
    verb, written as a state or its capital."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.name is None or m.sector != "GOV" or m.kind != "person":
            continue
        sid = sentence_of_token(doc, m.start)
        sent = sentences(doc)[sid]  # (whitespace tokens already stripped from its ends)
        first = sent.start
        title = [o for o in ix.mentions if o.kind == "organisation" and o.end == m.start
                 and o.start == first and o.sector == "GOV" and (o.country is None or o.from_context)
                 and all(t.dep_ == "compound" and o.start <= t.head.i < m.end for t in doc[o.start:o.end])]
        if m.start != first and not title \
                or not any(doc[i].dep_ == "nsubj" and (doc[i].head == sent.root or doc[i].head.dep_ == "ccomp"
                                                        and doc[i].head.head == sent.root)
                           for i in range(m.start, m.end)):  # ("..., Iranian state media reported")
            continue
        if sid == 0:
            continue
        root = sentences(doc)[sid - 1].root
        if root.lemma_.lower() in SAYING_VERBS and any(c.dep_ == "ccomp" and c.i < root.i for c in root.children):
            continue  # ("Fiji has signed a pact with Japan, Tokyo said": a source, not the actor;
            # "Norway ... said the ban would hurt" speaks as itself)
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        doer = next((o for o in ix.mentions if len(subjects) == 1 and o.start <= subjects[0].i < o.end
                     and o.kind == "country" and o.country and not o.from_context
                     and o.country not in NON_STATE_CODES), None)
        if doer is None:
            continue
        for o in [m, *title]:
            o.country, o.from_context, o.confidence = doer.country, True, 0.6


# what a state organ issues that speaks for it ("a foreign ministry statement accused")
_VOICES = frozenset({"statement", "spokesman", "spokeswoman", "spokesperson", "communique", "communiqué",
                     "release", "official", "source", "sources"})
# acts done in words that a statement does as a speaker does ("a statement accused", "condemned")
_VOICED_ACTS = frozenset({"accuse", "condemn", "deny", "reject", "urge", "warn", "call", "blame", "criticise",
                          "criticize", "dismiss", "welcome", "insist"})


# words that make a voice one of several states' ("One Western envoy", "a European diplomat")
_BLOC_WORDS = frozenset({"western", "european", "regional", "international", "arab", "african",
                         "asian", "diplomat", "diplomats"})
_PLAIN_SAYING = frozenset({"say", "tell", "state", "announce", "declare", "add", "insist", "warn", "accuse",
                           "deny", "stress", "reiterate"})


def _indefinite(span) -> bool:
    return span[0].lower_ in ("a", "an")


_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _speakers(ix: DocIndex, sid: int, verbs: frozenset[str] = _PLAIN_SAYING) -> list[Mention]:
    """The mentions of sentence ``sid`` that are the subject of a plain speech verb (or of one
    of ``verbs``)."""
    if sid < 0:
        return []
    sent = sentences(ix.doc)[sid]
    # ((session 63) or of a verb joined by "and" that shares its subject: "the State Department
    # condemned the seizure and said ...")
    return [m for m in ix.mentions if sent.start <= m.start < sent.end
            and any(t.dep_ == "nsubj" and (t.head.lemma_.lower() in verbs or any(
                c.dep_ == "conj" and c.lemma_.lower() in verbs and not any(g.dep_.startswith("nsubj") for g in c.children)
                for c in t.head.children)) for t in ix.doc[m.start:m.end])]


def _speaking_body(ix: DocIndex, sid: int) -> Mention | None:
    """The one international body (a non-state code) that speaks in sentence ``sid``, if one."""
    found = [m for m in _speakers(ix, sid) if m.country in NON_STATE_CODES and m.kind == "organisation"]
    return found[0] if len(found) == 1 else None


def _reacting_body(ix: DocIndex, sid: int) -> Mention | None:
    """(session 53) The one named private body (a firm, a lobby, a union, an NGO) that is the
    subject of a verb of speech or reaction ("welcomed", "criticised") in sentence ``sid``."""
    found = [m for m in _speakers(ix, sid, _PLAIN_SAYING | _VOICED_ACTS) if m.kind == "organisation"
             and m.name and m.country and m.sector in _PRIVATE_BODIES]
    return found[0] if len(found) == 1 else None


# (session 53) Sectors of private bodies that speak through a spokesperson of their own.
_PRIVATE_BODIES = frozenset({"BUS", "NGO", "LAB", "SOC", "MED", "EDU", "REL"})


def _speaking_state(ix: DocIndex, sid: int) -> set[str]:
    """The one state whose mention speaks in sentence ``sid`` (its name, government or army), if one."""
    found = {m.country for m in _speakers(ix, sid) if m.country and m.country not in NON_STATE_CODES
             and (m.kind == "country" or m.sector in ("GOV", "MIL"))}
    return found if len(found) == 1 else set()


# Labour bodies with no state word: a story's "unions" are those of the state it is about
# (working people themselves are placed by their scene, like other crowds).
_UNIONS = frozenset({"union", "unions", "federation", "confederation", "congress"})
# Crime that is organised where it operates: "the gangs", "the cartel" of a story are the
# state's own, like its police (smugglers, traffickers and hackers often work across borders,
# and suspects are placed by the scene alone).
_HOME_CRIME = frozenset({"gang", "cartel"})
# (session 24) So are "organised criminals" and "criminal groups" or networks that a state's
# leaders blame for unrest at home (heads of CRM phrases only: "armed groups" are UAF).
_HOME_CRIME_HEADS = _HOME_CRIME | {"criminal", "group", "network", "organisation", "organization"}


# Modifiers by which a phrase says its people are of other states than the one it is told in.
_FOREIGN = frozenset({"foreign", "overseas", "outside"})  # (session 63) "the request for outside troops"
# ... and "bilateral lenders", "bilateral donors": other states that deal with the story's one.
_OTHER_STATES = _FOREIGN | {"bilateral"}
# Singular office nouns that "foreign" makes a portfolio of ("the foreign ministry", "the
# foreign minister"): the state's own organ for dealing abroad, not a foreigner.
_PORTFOLIO_OFFICES = frozenset({"ministry", "minister", "office", "secretary", "service", "department"})


# (session 26) Bodies sent to a state by others ("the regional delegation", "international observers").
_VISITING_BODIES = frozenset({"delegation", "mission", "team", "observers", "monitors", "envoys", "mediators"})
_FROM_ABROAD = frozenset({"regional", "international"})


def _visiting_body(head: Token) -> bool:
    """"The regional delegation, sent by the bloc", "international observers": a delegation or
    mission called regional or international is sent by a bloc or by other states, never the
    government of the state it visits (judged wrong in session 26's fresh news)."""
    return head.lower_ in _VISITING_BODIES and any(c.dep_ == "amod" and c.lower_ in _FROM_ABROAD
                                                   for c in head.children)


def _unplace_foreign(ix: DocIndex) -> None:
    """"a meeting with foreign ambassadors", "foreign journalists": the phrase itself says its
    people are not of the state the story is set in, and names no other, so a state the
    context guessed for it is dropped (the phrase stays an actor without a state)."""
    doc = ix.doc
    for m in ix.mentions:
        if not m.from_context or m.country is None \
                or m.kind not in ("group", "person", "organisation"):
            continue
        head = doc[m.start:m.end].root
        if head.lower_ in _PORTFOLIO_OFFICES:
            continue  # "the foreign ministry said": the story's state's own ministry
        # (and "a foreign ministry official" is that ministry's: "foreign" names the portfolio)
        if any(c.dep_ == "amod" and c.lower_ in _OTHER_STATES for c in head.children) \
                or any(t.dep_ == "amod" and t.lower_ in _OTHER_STATES
                       and t.head.lower_ not in _PORTFOLIO_OFFICES for t in doc[m.start:m.end]) \
                or _bare_plural_states(doc, m) or _visiting_body(head):
            m.country, m.from_context = None, False


# Heads of unnamed creditors.
_CREDITORS = frozenset({"lender", "creditor"})
# Words that make creditors private ones ("commercial lenders", "private creditors").
_PRIVATE_CREDIT = frozenset({"commercial", "private"})


def _public_lenders(ix: DocIndex) -> None:
    """Unnamed "lenders" with no state word of their own, in a story that names a lending
    intergovernmental body (the IMF, the World Bank, a development bank) or in a sentence
    with a state's government that they press, are such bodies:
    a government's creditors, not the business people of the state it governs ("the World
    Bank froze loans ... lenders should not use loans as a lever")."""
    named = any(o.country == "IGO" and o.name and o.name.endswith(LENDING_BODIES)
                for o in ix.mentions)
    for m in ix.mentions:
        # (a state's own lenders, "Uganda's lenders", are one body with no state or sector)
        if m.country is None and (m.kind == "group" or m.kind == "organisation" and m.sector is None) \
                and m.name is None and ix.doc[m.end - 1].lemma_.lower() in _CREDITORS \
                and not any(t.lower_ in _PRIVATE_CREDIT for t in ix.doc[m.start:m.end]) \
                and (named or _pressed_government(ix, m)):
            m.country, m.sector, m.from_context, m.confidence = "IGO", None, True, 0.5


def _home_firm(ix: DocIndex, m: Mention, main: str) -> bool:
    """(session 33) "the failed lender Landsbanki" in a story filed from Reykjavik about
    Iceland: a firm no list knows, named with a firm's noun and no state, is of the state the
    story is about and filed from (the states its sentences name are its markets and
    regulators)."""
    return m.kind == "organisation" and m.sector == "BUS" and m.name in ix.firms \
        and ix.dateline == main


def _pressed_government(ix: DocIndex, m: Mention) -> bool:
    """Whether creditors share their sentence with a state's government or leader ("Tinubu, who
    faces pressure from lenders to cut spending"): then they are its public creditors, not the
    business people of its state, even where no lending body is named."""
    sid = sentence_of_token(ix.doc, m.start)
    return any(o is not m and o.sector == "GOV" and o.country not in (None, *NON_STATE_CODES)
               and o.kind in ("person", "organisation") and sentence_of_token(ix.doc, o.start) == sid
               for o in ix.mentions)


# Verbs by which a relative clause says a person held a state's highest office.
_RULING = frozenset({"rule", "govern", "reign"})


def _rulers_described(ix: DocIndex) -> None:
    """"Yahya Jammeh, who ruled for 22 years": a named person no list knows, whom a relative
    clause says ruled, held the state's government (the state is then the one the clause names,
    or the article's, as for any titled official)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.sector is not None or m.role:
            continue
        head = doc[m.end - 1]
        if any(c.dep_ == "relcl" and c.lemma_.lower() in _RULING
               and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
               for c in head.children):
            m.sector, m.role = "GOV", "ruler"


# (session 50) Nouns the press keeps for the unelected rulers of a state ("the junta", "the
# regime", "the generals", "its military rulers"): never the government of the state reporting
# on them, so the state they rule comes from the article, not from its dateline.
_JUNTA_HEADS = frozenset({"junta", "regime", "generals", "rulers"})


def _junta_head(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is a bare ruling noun: "the junta", "the regime", "the generals", "military
    rulers" ("rulers" only with "military"; "generals" only plural)."""
    doc = ix.doc
    head = doc[m.end - 1]
    if m.name is not None or m.kind not in ("group", "organisation", "person") or head.lower_ not in _JUNTA_HEADS:
        return False
    return head.lower_ != "rulers" or any(t.lower_ == "military" for t in doc[m.start:m.end])


def _state_its_names(ix: DocIndex, owner: Token) -> str | None:
    """The state an "its" before a noun refers to: the latest state named before it in its
    sentence as a noun phrase of its own ("imports from Burma and ... the U.S. assets of its
    military rulers": Burma; "U.S." only modifies "assets")."""
    best = None
    for o in ix.mentions:
        if o.kind == "country" and o.country and o.country not in NON_STATE_CODES \
                and owner.sent.start <= o.start and o.end <= owner.i \
                and ix.doc[o.end - 1].dep_ not in ("compound", "amod", "nmod", "poss"):
            best = o.country  # (the latest wins)
    return best


def _states_ruled(ix: DocIndex, head: Token) -> set[str]:
    """The states a relative clause on ``head`` says it rules ("which has ruled Burma")."""
    return {x for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in _RULING
            for o in c.children if o.dep_ == "dobj" and (x := _state_named_at(ix, o)) is not None}


def _junta_state(ix: DocIndex, main: str | None) -> None:
    """(session 50) "WASHINGTON - Bush ... freezing the U.S. assets of its military rulers,
    stepping up pressure on the junta": the state whose rulers an article's ruling nouns name
    once explicitly ("its" after a state named on its own, "Burma's junta", "the military, which
    has ruled Burma since 1962") is the state of every bare one, when it is the only such state
    and not the story's own."""
    doc = ix.doc
    rulers = [m for m in ix.mentions if _junta_head(ix, m)]
    ruled: set[str] = set()
    for m in rulers:
        if m.country and not m.from_context and m.country not in NON_STATE_CODES:
            ruled.add(m.country)
            continue
        head = doc[m.end - 1]
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "its":
            state = _state_its_names(ix, owner)
            if state is not None:
                ruled.add(state)
        ruled |= _states_ruled(ix, head)
    for m in ix.mentions:
        # ("the military, which has ruled Burma since 1962": the army that rules a state named)
        if m.country is None and m.name is None and m.sector == "MIL" and doc[m.end - 1].lower_ == "military":
            named = _states_ruled(ix, doc[m.end - 1])
            if len(named) == 1:
                m.country, m.from_context, m.confidence = next(iter(named)), True, 0.6
                ruled |= named
    if not rulers or len(ruled) != 1 or main in ruled:
        return
    state = ruled.pop()
    for m in rulers:
        if m.country is None:
            owned = any(c.dep_ == "poss" and c.lower_ == "its" for c in doc[m.end - 1].children)
            # (an "its" read here is the text's own word: the pronoun pass may not take it back)
            m.country, m.from_context, m.confidence = state, not owned, 0.6
            if doc[m.end - 1].lower_ == "rulers":
                m.sector = "MIL"


def _organs_of_named_body(ix: DocIndex) -> None:
    """"the OAS General Assembly", "the AU Security Council": an organ whose bare name the lists
    give to the UN's organ is, right after another international body's name, that body's own
    organ, so it takes that body's code (keeping the organ's sector)."""
    by_end = {m.end: m for m in ix.mentions if m.kind == "organisation"}
    for m in ix.mentions:
        prev = by_end.get(m.start)
        if m.kind == "organisation" and m.country == "UNO" and prev is not None and prev is not m \
                and prev.country in NON_STATE_CODES and prev.country != "UNO" \
                and ix.doc[m.start].is_title:
            m.country = prev.country


# Plural nouns for states or their governments: written bare they mean states in general.
_STATE_PLURALS = STATE_PLURALS | {"governments"}


def _bare_plural_states(doc: Doc, m: Mention) -> bool:
    """"urged governments to release frozen funds": a bare plural for states, with no article,
    owner or qualifier, names states in general (donors, holders), not the one the story is
    about; "the governments", "their governments" or "Arab governments" are left alone."""
    if m.end - m.start != 1 or doc[m.start].lower_ not in _STATE_PLURALS:
        return False
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep")
                   for c in doc[m.start].children)


# Prepositions that set an act in a place ("marched through Hong Kong", "outside a stadium in
# Lagos"); "to" and "from" name where someone goes or comes from, not the scene.
_SCENE_PREPS = frozenset({"in", "at", "near", "outside", "through", "across", "around",
                          "throughout", "inside", "within"})
_SCENE_FORMS = frozenset({"name", "capital", "place"})
# Sectors of the people who act at home: police, and private people and crowds.
_DOMESTIC_SECTORS = frozenset({"COP", "CVL"})


def _story_scene(ix: DocIndex, main: str | None = None, guests: bool = False) -> str | None:
    """The state where an article's events happen: the state of the places its acts are set
    in ("in Lagos", "through Hong Kong"), the lead sentence's counting twice; one that leads
    with at least two. A story may be mostly about another state (China, in a Hong Kong
    story) while its police and crowds act in this one. The dateline counts only for a story
    whose ``main`` state's people are ``guests`` there (``_visitors_of``)."""
    doc = ix.doc
    counts: dict[str, int] = {}
    lead: set[str] = set()  # states the lead sentence sets its act in
    lead_sent = _lead_sentence(doc)
    for m in ix.mentions:
        if m.kind != "country" or not m.country or m.from_context or m.country in NON_STATE_CODES or m.start == 0:
            continue
        # ((session 63) "South African troops crossed into Lesotho": a force's way in sets the scene)
        into = doc[m.start - 1].lower_ == "into" \
            and _verb_above(doc[m.end - 1]).lemma_.lower() in _LANDING | _CROSSING_INTO
        if doc[m.start - 1].lower_ not in _SCENE_PREPS \
                and not (m.start > 1 and doc[m.start - 1].lower_ == "the"
                         and doc[m.start - 2].lower_ in _SCENE_PREPS) \
                and not _in_the_capital(doc, m.start) and not into:
            continue
        named_with_the = doc[m.start].lower_ == "the"  # ((session 62) "in the Solomon Islands")
        form = ix.country_at(m.start + named_with_the)
        # (session 52) "in the Ugandan capital": the capital named by its state's adjective
        # (counted only for the lead's own scene, below)
        by_adjective = form is not None and form.form not in _SCENE_FORMS and m.end < ix.n \
            and doc[m.end].lower_ == "capital" and doc[m.start - 1].lower_ == "the"
        if form is None or form.form not in _SCENE_FORMS and not by_adjective \
                or _destination(ix, m) and not into or _talks_venue(ix, m) or _reaction_venue(ix, m):
            continue
        if named_with_the and (doc[m.end - 1].conjuncts or doc[m.end - 1].dep_ == "conj"):
            continue  # ("to settle charges in the United States, Brazil and Switzerland": a list)
        if lead_sent is not None and lead_sent.start <= m.start < lead_sent.end \
                and not _doers_of_other_states(ix, m, m.country):
            lead.add(m.country)
        if by_adjective or named_with_the:
            continue  # ((session 62) a state named with "the" sets the lead's scene only)
        weight = 2 if sentence_of_token(doc, m.start) == sentence_of_token(doc, 0) else 1
        counts[m.country] = counts.get(m.country, 0) + weight
    if ix.dateline and lead == {ix.dateline}:
        # (session 52) "KAMPALA - Two bomb attacks tore through crowds ... in the Ugandan
        # capital": a lead that sets its act where the story was filed gives the scene, though
        # the background later sets more acts in another state (Mogadishu, three times); where
        # the act's doers are of another state ("Sudan's government and southern rebels signed
        # ... in the Kenyan capital") the place is only a venue
        return ix.dateline
    if not counts:
        return None
    if ix.dateline in counts and guests and main != ix.dateline:
        # a wire dateline where the text also sets an act, and where the story's own people
        # are guests ("Pakistani students" under BISHKEK), is the scene
        counts[ix.dateline] += 1
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=counts.get)
    if ranked[0] >= 2 and (len(ranked) == 1 or ranked[0] > ranked[1]) \
            and not _abroad_from_dateline(ix, main, top):
        return top
    return None


def _verb_above(tok: Token) -> Token:
    """The nearest verb at or above ``tok`` (the sentence's root if none is)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _doers_of_other_states(ix: DocIndex, m: Mention, state: str) -> bool:
    """(session 52) Whether the subject of the verb that a place phrase hangs on names a state
    other than the place's ("Sudan's government ... signed ... in the Kenyan capital")."""
    verb = _verb_above(ix.doc[m.end - 1])
    if verb.lemma_.lower() in _LANDING:
        return False  # (session 62) "soldiers and police from Australia landed in the Solomon Islands": a force goes where the story is
    subjects = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    return any(o.country and o.country != state and o.country not in NON_STATE_CODES
               and any(o.start <= t.i < o.end for t in subjects) for o in ix.mentions)


# (session 62) Verbs by which a force arrives where its story happens (no venue of a meeting).
_LANDING = frozenset({"land", "deploy", "arrive", "invade", "enter", "intervene"})
# (session 63) Verbs by which a force goes into a state ("crossed into Lesotho").
_CROSSING_INTO = frozenset({"cross", "move", "push", "pour", "roll", "march"})


def _abroad_from_dateline(ix: DocIndex, main: str | None, top: str) -> bool:
    """(session 35) "BANDAR SERI BEGAWAN - Brunei brought into force ... Rights activists in
    neighbouring Malaysia staged a protest ... a researcher in Kota Kinabalu": a story filed from
    the state it is about happens there; reactions set in another state later on do not move
    its scene abroad unless the lead names that state too (a drone downed "near the two
    countries' border" in a lead naming Mali keeps Mali a scene of the story)."""
    if main is None or ix.dateline != main or top == main:
        return False
    doc = ix.doc
    # (the lead is the sentence of the first actor: a dateline may stand as a sentence alone)
    lead = sentence_of_token(doc, min((m.start for m in ix.mentions), default=0))
    # ((session 59) a lead that names it only as the doer of a reported act, "Cameroon said that
    # Nigeria had handed over 47 separatists", tells what it did, not where the story is set)
    # ((session 62) nor one it names only as the other party of its act, "Chad broke off relations
    # with Sudan and ordered Sudanese diplomats out", nor that party's people)
    return not any(m.country == top and not m.from_context and sentence_of_token(doc, m.start) == lead
                   and doc[m.start:m.end].root.dep_ != "nsubj" and not _other_party_named(doc, m)
                   for m in ix.mentions)


def _other_party_named(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is the party an act is with, against or on ("relations with Sudan",
    "accusing Khartoum"), or a group of that state's people ("Sudanese diplomats"), not a place."""
    root = doc[m.start:m.end].root
    return m.kind == "group" or root.dep_ == "dobj" \
        or root.dep_ == "pobj" and root.head.lower_ in ("with", "against")


# (session 31) Verbs of a reaction from another capital, beyond the plain speech verbs.
_REACTING = SAYING_VERBS | frozenset({"accuse", "condemn", "welcome", "criticise", "criticize",
                                      "speak", "warn", "urge", "praise"})


def _reaction_venue(ix: DocIndex, m: Mention) -> bool:
    """(session 31) "In Washington, Attorney General X accused ...", "In Athens, the prime
    minister said ...": a place that opens a sentence in which an official speaks is where a
    reaction was given, as a dateline of its own, not where the story's events happen."""
    tok = ix.doc[m.end - 1]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.i != prep.sent.start \
            or tok.right_edge.i + 1 >= ix.n or ix.doc[tok.right_edge.i + 1].text != ",":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _REACTING:
        return False
    # (residents who speak there are the scene's: "In Port-au-Prince, residents said ...")
    subjects = [c.i for c in verb.children if c.dep_ == "nsubj" and c.i > tok.i]
    return any(o.start <= j < o.end and o.sector in _OFFICIAL_SECTORS and o.kind != "country"
               for o in ix.mentions for j in subjects)


def _filed_at_home(ix: DocIndex, main: str | None, scene: str | None) -> str | None:
    """A story whose text sets no act in a place is set where it is filed from: a wire
    dateline of the state the story is about ("HONG KONG - ... Journalists were ordered
    away") makes that state its scene, as places named in the text would."""
    if scene is not None:
        return scene
    return main if main is not None and ix.dateline == main else None


def _scene_group(ix: DocIndex, m: Mention, main: str | None, scene: str | None) -> bool:
    """"The ban on political parties", "armed groups have gathered in the capital", "meet
    church leaders": an unnamed plural group of any sector, in a sentence naming no state, in
    a story both set in and about one state, is of that state; the article's other states
    (a neighbour that urged calm) are not in play where it is. One person described ("a media
    entrepreneur") and people something is meant for are no such group."""
    return scene is not None and scene == main and m.name is None and m.sector is not None \
        and m.kind in ("group", "person") and ix.doc[m.end - 1].tag_ == "NNS" \
        and not (ix.doc[m.start].lower_ in ("a", "an") and ix.doc[m.end - 1].dep_ == "compound") \
        and not _beneficiaries(ix.doc[m.end - 1])  # "a media entrepreneur", "tax breaks to firms"


def _kept_by_peacekeepers(ix: DocIndex, m: Mention) -> bool:
    """"Russia's defence ministry said its peacekeepers had taken in thousands of civilians":
    peacekeepers serve abroad, so the people they shelter or evacuate are of the land they are
    posted in, not of the state that sent them (nor of the one their sentence names)."""
    tok = ix.doc[m.end - 1]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head  # "thousands of civilians"
    if tok.dep_ != "dobj":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in ("peacekeeper", "peacekeeping")
               for c in tok.head.children)


# Verbs by which a state addresses its own people abroad ("advised citizens to avoid ...").
_ADVISING = frozenset({"advise", "urge", "warn", "tell", "ask", "instruct", "evacuate",
                       "repatriate"})


def _advised_citizens(ix: DocIndex) -> None:
    """"Australia and other governments advised citizens in Indonesia to avoid
    demonstrations": citizens that a state advises, warns or evacuates are its own, not those
    of the place they are in; of several states advising, of none in particular."""
    doc = ix.doc
    for m in ix.mentions:
        if m.name is not None or m.kind != "group":
            continue
        head = doc[m.end - 1]
        brought = _brought_home(head) and m.country is None and m.sector in PRIVATE_SECTORS
        if not brought and (head.lemma_.lower() not in ("citizen", "national")
                            or head.dep_ != "dobj" or head.head.lemma_.lower() not in _ADVISING) \
                or worded_state(ix, m):
            continue  # ("Portuguese nationals" say whose they are)
        verb = head.head
        if brought and verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # (session 37) "Pakistan began flying students home"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        doers = [subject] + [c for c in subject.children if c.dep_ == "conj"]
        states = set()
        for t in doers:
            o = next((o for o in ix.mentions if o.start <= t.i < o.end and o is not m), None)
            if o is None or not (o.kind == "country" or o.sector == "GOV"):
                break
            states.add(o.country)
        else:
            if states == {None}:
                continue
            m.country = next(iter(states)) if len(states) == 1 else None
            m.from_context, m.confidence = True, 0.5


def _brought_home(head: Token) -> bool:
    """(session 37) Whether the group is what a verb takes "home" ("flying students home",
    "brought its workers home"): people a state brings home are its own."""
    return head.dep_ == "dobj" and any(c.dep_ in ("advmod", "prt") and c.lower_ == "home"
                                       for c in head.head.children)


def one_side_groups(ix: DocIndex) -> None:
    """"Armenian Prime Minister Nikol Pashinyan said ... Thousands of protesters outside his
    government's headquarters accused him; police said ...": an unnamed unarmed group that
    acts (a subject), after a sentence that names one state only, is of that state when its
    own sentence names no other and every coded actor there is of that state too. With two states
    in play in the story, that is the one the scene has moved to; with no coded actor beside
    the group, or one of another state, it stays open, and diplomats and reporters, posted
    among others, are left to their own evidence. Run once pronouns are resolved."""
    states: dict[int, set[str]] | None = None  # asked at the first such group (what it sets is no evidence)
    for m in ix.mentions:
        if m.country is None and m.name is None and m.kind == "group" \
                and m.sector is not None and m.sector not in _ARMED_SIDES and _acts(ix, m) \
                and ix.doc[m.end - 1].lemma_.lower() not in POSTED \
                and not joint_force_troops(ix.doc, m):
            if states is None:
                states = _sentence_states(ix)
            sent = sentence_of_token(ix.doc, m.start)
            before = states.get(sent - 1, set())
            if len(before) != 1 or not states.get(sent, set()) <= before or _both_sides_named(ix, m):
                continue
            others = {o.country for o in ix.mentions if o is not m and o.country
                      and o.country not in NON_STATE_CODES
                      and sentence_of_token(ix.doc, o.start) == sent}
            if others == before:
                m.country, m.from_context, m.confidence = next(iter(before)), True, 0.4


def _both_sides_named(ix: DocIndex, m: Mention) -> bool:
    """(session 62) Whether the sentence of ``m`` speaks of two sides ("police boats from both
    countries have chased each other's vessels"): it then sets no one side's scene."""
    sent = ix.doc[m.start].sent
    words = [t.lower_ for t in sent]
    return any(w == "both" and nxt in _SIDE_NOUNS for w, nxt in zip(words, words[1:])) \
        or any(w == "each" and nxt == "other" for w, nxt in zip(words, words[1:]))


# (session 62) Plural nouns of the two sides of a story.
_SIDE_NOUNS = frozenset({"countries", "sides", "governments", "states", "nations", "neighbours", "neighbors"})


def _acts(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is the subject of its clause ("police said", "Thousands of protesters
    accused him"), not a party acted on."""
    tok = ix.doc[m.end - 1]
    tok = first_conjunct(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    return tok.dep_ == "nsubj"


def _in_the_capital(doc: Doc, start: int) -> bool:
    """"attacked hostels in the capital Bishkek": a place set off by "in the capital (city)"
    is where the act happened, as "in Bishkek" is."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].lower_ == "city":
        k -= 1
    return k >= 2 and doc[k].lower_ == "capital" and doc[k - 1].lower_ == "the" \
        and doc[k - 2].lower_ in _SCENE_PREPS


# Words for talks held somewhere: their place is a venue for every side, not the scene of the
# story's own people ("emergency talks in Jamaica" in a story about Haiti).
_TALKS = frozenset({"talk", "summit", "meeting", "negotiation", "conference", "meet", "negotiate",
                    "sign"})


def _talks_venue(ix: DocIndex, m: Mention) -> bool:
    """Whether the place ``m`` is where talks or a summit are held ("after talks in Jamaica",
    "leaders met in Geneva"; (session 48) "talks in the Belarusian capital", "an accord signed
    in Minsk")."""
    tok = ix.doc[m.end - 1]
    if tok.dep_ == "amod" and tok.head.lower_ in ("capital", "city"):
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") \
        and tok.head.head.lemma_.lower() in _TALKS


def _domestic_scene(ix: DocIndex, main: str | None, scene: str | None, guests: bool = False) -> None:
    """"Police fired pepper spray", "Residents said ...", "A 19-year-old was taken to
    hospital": unnamed police and private people whose sentence names no other state act
    where the story is set, ahead of the state the article mostly talks about (China's
    statements about a Hong Kong march do not make its police Chinese). ``scene`` is
    :func:`_story_scene`'s; with ``main``'s people as ``guests`` there, its unnamed officials
    are the scene's too."""
    if scene is None or scene == main:
        return
    states = _sentence_states(ix)
    origins = _origin_states(ix) if guests else {}
    # (session 47) "GAZA - Israeli warplanes pounded the Gaza Strip ..., medical officials said",
    # "Militants have since fired rockets at Israeli communities", "troops fired tear gas at
    # stone-throwing youths": a story filed from its scene finds its doctors, shopkeepers and
    # fighters there, though the sentence names the state whose forces act on them
    filed = scene == ix.dateline
    sectors = _DOMESTIC_SECTORS | _FILED_SECTORS if filed else _DOMESTIC_SECTORS
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "person") \
                or not (m.sector in sectors or guests and _local_official(ix, m)
                        or filed and _health_officials(ix, m)) \
                or not (m.name is None or m.generic or _private_named(m)) \
                or _regional(ix, m) or _away_from_home(ix, m, scene) \
                or _unplaced_refugees(ix, m) or _placed_elsewhere(ix, m, scene):
            continue  # ((session 63) "tens of thousands of people marched through Barcelona" in Berlin's story)
        sent = sentence_of_token(ix.doc, m.start)
        here = states.get(sent, set()) - origins.get(sent, set())
        # (session 58) "In Yerevan, protesters gathered outside the office of Hungary's consul.
        # Police stood by, witnesses said": a sentence opened "In <place>," sets the scene for
        # itself and the sentence after
        near = _fronted_scene(ix, sent, states)
        if near is not None and (not here or here <= {near}) and not _other_place_named(ix, sent, near):
            m.country, m.from_context, m.confidence = near, True, 0.5
            continue
        if here and here != {scene} and not (filed and here <= {scene, main}
                                             and (scene in here or m.sector == "REB")):
            continue  # (fighters firing at the other state's towns are the scene's too)
        local = _place_just_set(ix, sent) if not here else None
        m.country, m.from_context, m.confidence = local or scene, True, 0.5


_INSURGENT_SECTORS = frozenset({"REB", "UAF"})


def _insurgents_of_the_scene(ix: DocIndex, main: str | None, scene: str | None) -> None:
    """(session 60) A Tokyo story of Japanese hostages held in Iraq: its unnamed "terrorists"
    and "guerrillas" are Iraq's, where the story's acts happen, not the state it is told from,
    unless the text gives that state insurgents of its own ("Japanese militants")."""
    if main is None or scene is None or scene == main or scene in NON_STATE_CODES:
        return
    if any(o.country == main and o.sector in _INSURGENT_SECTORS and worded_state(ix, o) for o in ix.mentions):
        return
    if not any(o.kind == "group" and o.country == main and ix.doc[o.end - 1].lemma_.lower() in CAPTIVES
               for o in ix.mentions):
        return  # only a story of the state's people held abroad (rebels backed abroad stay home)
    for m in ix.mentions:
        if m.country is None and m.kind == "group" and m.name is None and m.sector in _INSURGENT_SECTORS:
            m.country, m.from_context, m.confidence = scene, True, 0.5


_ARMED_MEMBERS = frozenset({"UAF", "REB", "CRM"})


def _nationals_among_armed(ix: DocIndex) -> None:
    """(session 60) "the attackers, 32 in all, had come from northern Mali ... They included
    three Algerians, 11 Tunisians, two Canadians": a people's plural that an armed group is said
    to include is of that group, in its sector, not civilians of its state."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "group" or m.sector != "CVL" or (m.name is None and not worded_state(ix, m)):
            continue  # (a people's plural: "three Algerians", named or worded)
        form = ix.country_at(m.end - 1)
        if form is None or form.form != "people":
            continue
        tok = doc[m.end - 1]
        while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
            tok = tok.head  # "three Algerians, 11 Tunisians, two Canadians": a list the parser may hang as appositions
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() != "include":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ == "they":
            sid = sentence_of_token(doc, subject.i)
            armed = [o for o in ix.mentions if o.end <= subject.i and o.kind == "group"
                     and o.sector in _ARMED_MEMBERS and sid - sentence_of_token(doc, o.start) <= 1]
        else:
            armed = [o for o in ix.mentions if o.start <= subject.i < o.end and o.sector in _ARMED_MEMBERS]
        if armed:
            m.sector = armed[-1].sector


_PROTEST_NOUNS = frozenset({"protest", "rally", "march", "demonstration", "sit-in", "vigil"})
_PROTESTERS = frozenset({"protester", "demonstrator", "marcher", "protestor"})


def _joiners_of_protest(ix: DocIndex) -> None:
    """(session 60) "In Beijing, several dozen protesters gathered outside the Japanese embassy
    ... said Wang Lei, a 26-year-old office worker who joined the protest": a private person who
    joined the protest the story told of (or "the crowd") is of the protesters' state, not of
    the story's."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "person" or not _private_named(m):
            continue
        joined = [t for c in doc[m.end - 1].children if c.dep_ == "appos" for t in c.subtree
                  if t.lemma_.lower() in ("join", "attend") and any(
                      d.dep_ == "dobj" and (d.lemma_.lower() in _PROTEST_NOUNS or d.lower_ == "crowd")
                      and any(x.lower_ == "the" for x in d.children) for d in t.children)]
        if not joined:
            continue
        crowd = [o for o in ix.mentions if o.end <= m.start and o.kind == "group" and o.country
                 and o.country not in NON_STATE_CODES and doc[o.end - 1].lemma_.lower() in _PROTESTERS]
        if crowd:
            m.country, m.from_context, m.confidence = crowd[-1].country, True, 0.5


# Private people a story may tell of as taken captive ("three Japanese civilians", "four South
# Korean aid workers", "two French reporters").
_CAPTIVE_SECTORS = frozenset({"CVL", "NGO", "JRN", "BUS", "EDU", "MED", "REL", "LAB"})  # (session 63: "seven Chinese workers")


def _captives_named_before(ix: DocIndex) -> None:
    """(session 60) "a threat to burn three Japanese civilians ... to find the hostages", "The
    hostages were identified as Nahoko Takato, ...": captives the story has named by their state
    stay of it where they are held, and so do the people named as them. Only when every earlier
    civilian group whose own words name a state names the same one."""
    doc = ix.doc
    order = sorted(ix.mentions, key=lambda o: o.start)
    for m in order:
        if m.country is not None and not m.from_context or m.kind != "group" \
                or doc[m.end - 1].lemma_.lower() not in CAPTIVES or doc[m.start].lower_ != "the":
            continue  # (a state from where they are held is no evidence of theirs)
        named = [o for o in order if o.start < m.start and o.kind == "group" and o.sector in _CAPTIVE_SECTORS
                 and o.country and o.country not in NON_STATE_CODES and worded_state(ix, o)]
        if len({o.country for o in named}) != 1:
            continue
        m.country, m.from_context, m.confidence = named[-1].country, True, 0.6
        m.sector = m.sector or named[-1].sector
        head = doc[m.end - 1]
        if head.dep_ != "nsubjpass" or head.head.lemma_ not in ("identify", "name"):
            continue
        named = {t.i for c in head.head.children if c.lower_ == "as" for t in c.subtree}
        for o in ix.mentions:  # "were identified as A, B and C": each of them
            if o.kind == "person" and _private_named(o) and o.end - 1 in named:
                o.country, o.from_context, o.confidence = m.country, True, 0.6


def _other_place_named(ix: DocIndex, sid: int, state: str) -> bool:
    """Whether sentence ``sid`` names a place of another state ("protect civilians in Rafah")."""
    return any(o.kind == "country" and o.country and o.country != state
               and sentence_of_token(ix.doc, o.start) == sid for o in ix.mentions)


def _place_just_set(ix: DocIndex, sid: int, before: int | None = None, paragraph: bool = False) -> str | None:
    """(session 59) "A woman ... walked into the Maxim restaurant on Haifa's seafront and blew
    herself up. Police said the dead included three children": a town an act is set in, in
    the sentence or the one before it (with ``paragraph``, only in the same paragraph), and
    before token ``before``, is where its police and people are, though the story is set in
    another state (Syria, where Israel struck back). The one state of such towns, if they name
    one."""
    doc = ix.doc
    sents = sentences(doc)
    first = max(sid - 1, 0)
    if paragraph and first < sid and "\n" in doc[sents[sid].start - 1].text_with_ws + doc[sents[first].end - 1].text_with_ws:
        first = sid
    end = sents[sid].end if before is None else before
    found = set()
    for m in ix.mentions:
        if m.kind != "country" or not m.country or m.country in NON_STATE_CODES or m.from_context \
                or not sents[first].start <= m.start < end:
            continue
        form = ix.country_at(m.start)
        if form is None or form.form in ("name", "adjective", "people"):
            continue
        tok = doc[m.end - 1]
        if tok.dep_ == "poss" or tok.dep_ == "compound":
            tok = tok.head
        if any(t.pos_ == "PROPN" and not m.start <= t.i < m.end for t in tok.subtree):
            continue  # (a name with the town in it: "intervened in Banco Madrid")
        if tok.dep_ == "pobj" and tok.head.lower_ in _SCENE_LOCATIVES and _sets_an_act(tok.head) \
                and not _said_or_met_at(tok.head):
            found.add(m.country)
    return next(iter(found)) if len(found) == 1 else None


_SCENE_LOCATIVES = frozenset({"in", "on", "at", "near", "outside", "inside", "into"})


def _sets_an_act(prep: Token) -> bool:
    """Whether a place phrase places an act: it hangs on a verb ("blew up in Haifa"), or on a
    place that does ("walked into the restaurant on Haifa's seafront"); not on a body's name
    ("Nepal's foreign ministry in Kathmandu summoned the envoy")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _SCENE_LOCATIVES and head.head.head.pos_ in ("VERB", "AUX")


def _said_or_met_at(prep: Token) -> bool:
    """Whether a place phrase tells where someone spoke or met ("spoke to reporters in
    Mogadishu"), which sets no scene for the next sentence's people."""
    lemma = _verb_above(prep.head).lemma_.lower()
    return lemma in SAYING_VERBS or lemma in _TALKS or lemma in ("speak", "tell", "brief")


def _fronted_scene(ix: DocIndex, sid: int, states: dict[int, set[str]]) -> str | None:
    """The state of the place sentence ``sid`` or one of the two before opens with ("In Yerevan,
    ..."), when no sentence after it names another state."""
    sents = sentences(ix.doc)
    for k in (sid, sid - 1, sid - 2):
        if k < 0 or k >= len(sents):
            return None
        if (place := opening_place(ix, sents[k])) is not None:
            return place.country if place.country and place.country not in NON_STATE_CODES else None
        if k < sid and states.get(k):
            return None
    return None


def _health_officials(ix: DocIndex, m: Mention) -> bool:
    """"medical officials said", "health officials": those who count a scene's dead and wounded."""
    return m.sector == "GOV" and m.name is None and ix.doc[m.end - 1].lemma_.lower() == "official" \
        and any(t.lower_ in ("medical", "health", "hospital") for t in ix.doc[m.start:m.end])


# Sectors of the people a story filed from its scene finds there beside its police and crowds.
_FILED_SECTORS = frozenset({"MED", "BUS", "REB"})


# Unnamed officials of the place where something happens ("Authorities said", "an interior
# ministry official"); envoys and ministers with a portfolio abroad are not among them.
_LOCAL_OFFICIALS = frozenset({"authority", "official"})


def _visitors_of(ix: DocIndex, state: str) -> bool:
    """Whether the text names people of ``state`` who are visitors where the story is set
    ("10,000 Pakistani students", "students from Pakistan")."""
    return any(m.country == state and m.kind == "group"
               and ix.doc[m.end - 1].lemma_.lower() in _GUESTS for m in ix.mentions)


def _official_visit(ix: DocIndex, state: str) -> bool:
    """(session 57) "KATHMANDU - Chinese Foreign Minister Wang Yi ..., the most senior Chinese
    official to visit Kathmandu": a story of ``state``'s leaders visiting the dateline's state has
    them as guests there, so its police and crowds are the hosts'."""
    home = ix.dateline
    if home is None or home == state:
        return False
    for i in tokens_lemmatised(ix.doc, {"visit"}):
        tok = ix.doc[i]
        places = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else \
            [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        if not any(o.kind == "country" and o.country == home and o.start <= p.i < o.end
                   for p in places for o in ix.mentions):
            continue
        sid = sentence_of_token(ix.doc, i)
        if any(o.country == state and o.kind == "person" and o.sector == "GOV"
               and sentence_of_token(ix.doc, o.start) == sid for o in ix.mentions):
            return True
    return False


def _local_official(ix: DocIndex, m: Mention) -> bool:
    """An unnamed official body or official with no state word ("Authorities", "A senior
    interior ministry official"): of the scene's state while the story's own people are its
    visitors (``_domestic_scene``)."""
    return m.sector == "GOV" and m.name is None \
        and ix.doc[m.end - 1].lemma_.lower() in _LOCAL_OFFICIALS


def _origin_states(ix: DocIndex) -> dict[int, set[str]]:
    """Per sentence, the states named only as where people come from ("beat students from
    Pakistan, India and Bangladesh"): their home, not the place of the sentence's acts."""
    found: dict[int, set[str]] = {}
    for m in ix.mentions:
        tok = ix.doc[m.end - 1]
        tok = first_conjunct(tok)
        if m.kind == "country" and m.country and tok.dep_ == "pobj" \
                and tok.head.lower_ == "from" and tok.head.i > 0 \
                and (tok.head.head.pos_ == "NOUN" or ix.doc[tok.head.i - 1].pos_ == "NOUN"):
            found.setdefault(sentence_of_token(ix.doc, m.start), set()).add(m.country)
    return found


def _identified_as(ix: DocIndex) -> None:
    """(session 62) "An Egyptian man hijacked a flight ... Cypriot police arrested the hijacker,
    identified as Seif Eldin Mustafa": a name that identifies "the <noun>" told before is the
    unnamed person the story has followed, with his state, not a private person of the scene."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.country is not None or m.start < 5 \
                or doc[m.start - 1].lower_ != "as" or doc[m.start - 2].lower_ not in ("identified", "named") \
                or doc[m.start - 3].text != "," or doc[m.start - 4].pos_ != "NOUN" \
                or doc[m.start - 5].lower_ != "the":
            continue
        if any(o.start <= m.start - 4 < o.end for o in ix.mentions):
            continue  # ("the minister, named as ...": a titled mention of its own)
        sid = sentence_of_token(doc, m.start)
        told = [o for o in ix.mentions if o.kind == "person" and o.name is None and o.country
                and o.country not in NON_STATE_CODES and o.end <= m.start - 5
                and sid - sentence_of_token(doc, o.start) <= 3]
        if told:
            last = max(told, key=lambda o: o.start)
            m.country, m.from_context, m.confidence = last.country, True, 0.6
            m.sector = m.sector or last.sector
            word = doc[last.end - 1].lower_
            m.gender = m.gender or ("m" if word in ("man", "boy") else "f" if word in ("woman", "girl") else None)


def _named_private_scene(ix: DocIndex, main: str | None, scene: str | None) -> None:
    """"Judge Schwartz sentenced David and Louise Turpin in California": a person named in
    full whom no list knows, with no title, description or nationality, is of the state where
    the story is set (else the one it is about), as the unnamed residents of
    ``_domestic_scene`` are, when the article names that state in two sentences and one of
    the person's sentences names it and no other. Only the state is given: such a name may
    be a lawmaker's or a firm's, so the sector stays what the text said. A person is taken
    whole, by surname: if any of their sentences names another state (a visitor, someone
    speaking from abroad) or the text gave any of their mentions a state or a title, none
    is placed. ``scene`` is :func:`_story_scene`'s."""
    scene = scene or main
    if scene is None or (states := _sentence_states_if_set_in(ix, scene)) is None:
        return
    doc = ix.doc
    people: dict[str, list[Mention]] = {}
    barred: set[str] = set()
    full: set[str] = set()
    at_scene: set[str] = set()
    for m in ix.mentions:
        if m.kind != "person" or not m.name:
            continue
        key = m.name.split()[-1].lower()
        here = states.get(sentence_of_token(doc, m.start), set())
        if m.country is not None or m.role or m.text_role or m.nominal \
                or m.sector not in (None, "CVL") or m.confidence >= 1.0 \
                or here - {scene} or _described(doc, m):
            barred.add(key)
            continue
        if _full_name(doc, m):
            full.add(key)
        if here or _quoted_voice(doc, m):
            at_scene.add(key)
        people.setdefault(key, []).append(m)
    for key, mentions in people.items():
        if key in barred or key not in full or key not in at_scene:
            continue
        for m in mentions:
            m.country, m.from_context, m.confidence = scene, True, 0.5


def _private_voices(ix: DocIndex, main: str | None, states: dict[int, set[str]],
                    scene: str | None = None) -> None:
    """"said Jane Roe, a 24-year-old student", "companies owned by businessman John Doe": a
    named private person whom the description gives a sector but no state is of the state the
    article is about when neither their sentence nor the one before names any other state (an
    article about China quoting a grower right after "growers in Australia said" is left
    alone: the neighbouring text is where a foreign voice shows). In a story set in another
    state than the one it is about, whose people are guests there (``_visitors_of``), a local
    voice who is no guest ("Gulnara, a shopkeeper") is of the scene's state instead."""
    if main is None:
        return
    # (asked again here: the passes since the scene was set have placed more groups)
    hosted = scene is not None and scene != main and _visitors_of(ix, main)
    doc = ix.doc
    quoted = _quoted_only_states(ix)
    for m in ix.mentions:
        if m.country is not None or m.kind != "person" or not m.name or m.confidence >= 1.0:
            continue
        plain = m.sector is None and _plain_occupation(ix, m)
        if m.sector not in PRIVATE_SECTORS and not plain:
            continue
        home = main
        if hosted and m.sector != "EDU" and not _guest_described(m):
            home = scene  # type: ignore[assignment]
        sid = sentence_of_token(doc, m.start)
        if states.get(sid, set()) - quoted.get(sid, set()) - {home} \
                or _voices_before(ix, sid, states) - quoted.get(sid - 1, set()) - {home} \
                or _visitor(ix, m) or _away_from_home(ix, m, home) or _placed_elsewhere(ix, m, home):
            continue
        m.country, m.from_context, m.confidence = home, True, 0.5
        if plain:
            m.sector = "CVL"


def _quoted_only_states(ix: DocIndex) -> dict[int, set[str]]:
    """(session 35) The states each sentence names only inside quotation marks ('"Nobody in
    Paris has the right to tell us," said Johann Berger, a retired railway worker'): what a
    voice talks about, not where the voice is from."""
    region = quotation_of_index(ix)
    inside: dict[int, set[str]] = {}
    outside: dict[int, set[str]] = {}
    for o in ix.mentions:
        if o.country:
            side = inside if region(o.start) >= 0 else outside
            side.setdefault(sentence_of_token(ix.doc, o.start), set()).add(o.country)
    return {sid: named - outside.get(sid, set()) for sid, named in inside.items()}


def _voices_before(ix: DocIndex, sid: int, states: dict[int, set[str]]) -> set[str]:
    """(session 29) The states of the sentence before a private voice that could be the
    voice's own: "growers in Australia said" places people, but "Riyadh had already banned
    Lebanese fruit" names a state only by its rulers acting, and a fruit exporter quoted next
    is no more Saudi for it."""
    ruled = {}
    for o in ix.mentions:
        if o.country and sentence_of_token(ix.doc, o.start) == sid - 1:
            official = o.sector in _OFFICIAL_SECTORS and o.kind in ("country", "organisation")
            ruled[o.country] = ruled.get(o.country, True) and official
    return states.get(sid - 1, set()) - {c for c, only in ruled.items() if only}


def _guest_described(m: Mention) -> bool:
    """Whether a person's title calls them one of a story's guests ("a student", "a worker")."""
    return any(w.removesuffix("s") in _GUESTS for w in (m.role or "").lower().split())


def _plain_occupation(ix: DocIndex, m: Mention) -> bool:
    """'"Prices keep rising," said Ana Roe, a hotel worker': a quoted person whom an indefinite
    apposition describes in plain lower-case words ("a trader", "a retired teacher"), with no
    office, name or former title in it, is a private person (a civilian, as an age makes one)."""
    doc = ix.doc
    words = sector_words()
    if not _quoted_voice(doc, m) or any(t.is_lower and t.lower_ in words for t in doc[m.start:m.end]):
        return False  # ("retired general X, a commentator": the name's own title says more)
    for c in doc[m.end - 1].children:
        if c.dep_ != "appos" or c.pos_ != "NOUN" or c.lower_ in words:
            continue
        pre = doc[c.left_edge.i:c.i + 1]
        if pre[0].lower_ in ("a", "an") and all(t.is_lower and t.is_alpha for t in pre) \
                and not any(t.lower_ in OTHER_HOLDER for t in pre):
            return True
    return False


def _described_like_group(ix: DocIndex) -> None:
    """"said winemaker Peter Hall" in a story about "Australian winemakers": a named person whom
    a word before the name describes is of the one state the article gives people of that word
    ("Australian winemakers", "Chilean miners"), whatever state the article is mostly about."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "person" or not m.name or m.confidence >= 1.0 \
                or m.sector == "GOV":
            continue  # (session 57: "Foreign ministry spokesman X" is no trade; his office places him)
        head = doc[m.end - 1]
        own = [c for c in head.children
               if c.dep_ == "compound" and c.i < head.i and c.is_lower and c.is_alpha]
        if not own:
            continue
        named = {o.country for o in ix.mentions if o is not m and o.name == m.name and o.kind == "person"
                 and o.country and not o.from_context}
        if named:
            # (session 63) "The force commander, Ugandan Major General Levi Karuhanga": the title
            # before a name in apposition is of the state the name's own words give
            if len(named) == 1:
                m.country, m.from_context, m.confidence = named.pop(), True, 0.6
            continue
        words = {c.lemma_.lower() for c in own}
        states = {form.iso3 for i in tokens_lemmatised(doc, words) if (t := doc[i]) not in own
                  for a in t.children if a.dep_ in ("amod", "compound") for c in (a, *a.conjuncts)
                  if (form := ix.country_at(c.i)) is not None and form.form == "adjective"
                  and form.iso3 not in NON_STATE_CODES}
        if len(states) == 1:
            m.country, m.from_context, m.confidence = states.pop(), True, 0.5


# Prepositions by which a description places a person ("an analyst in Bishkek"); "at" does
# only through the body it names ("at a Budapest institute"): a town alone after it names no
# employer or home ("an analyst at Nairobi on Monday").
_HOME_PREPS = frozenset({"in", "near", "outside", "inside", "within", "around"})


def _home_in_clause(ix: DocIndex) -> None:
    """'said Jan Nowak, who farms 150 hectares near Lublin', "Ivan Roe, a political analyst in
    Bishkek", "a Moscow-based consultant": a named person no list knows, whose own "who" clause
    or apposition places them or their work in one state, is of that state, whatever state the
    story is mostly about (a quoted one whose clause says only what they do is a private
    person, CVL; an apposition's noun says what they are, so the sector stays the text's)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "person" or not m.name or m.confidence >= 1.0 \
                or m.sector not in (None, "CVL") or named_in_full_before(ix, m):
            continue
        head = doc[m.end - 1]
        clauses = [c for c in head.children if c.dep_ == "relcl"
                   and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)]
        appositions = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if any(t.lemma_.lower() in _EXILE_WORDS for c in clauses + appositions for t in c.subtree):
            continue  # (session 38) "Moto, who lives in exile in Spain": the refuge, not his state
        places = [t for c in clauses + appositions for t in c.subtree if t.dep_ == "pobj"
                  and (t.head.lower_ in _HOME_PREPS or t.head.lower_ == "at" and ix.country_at(t.i) is None)
                  and not _where_one_was(t) and not _in_nested_clause(t, c)]
        body = _world_body_served(ix, appositions)
        if body is not None:
            m.country, m.from_context, m.confidence = body, True, 0.5
            if m.sector is None and any(c.lemma_.lower() in _BODY_OFFICE_HEADS for c in appositions):
                m.sector = "GOV"
            continue
        if _apposition_of_a_state(ix, appositions):
            continue
        states = _states_within(ix, places) | _based_in(ix, appositions)
        if len(states) != 1:
            continue
        m.country, m.from_context, m.confidence = states.pop(), True, 0.5
        if m.sector is None and clauses and not appositions and _quoted_voice(doc, m):
            m.sector = "CVL"


def _apposition_of_a_state(ix: DocIndex, appositions: list[Token]) -> bool:
    """(session 56) "Flossie Gomile-Chidyaonga, the most senior Malawian diplomat in London": an
    apposition whose own noun a state's adjective or name qualifies says whose the person is; the
    place after it is only where they serve."""
    heads = {c.i for c in appositions}
    return any(o.country is not None and not o.from_context and o.end - 1 in heads
               and o.country not in INTERGOVERNMENTAL for o in ix.mentions)


# (session 38) Words by which a clause places a person in a refuge abroad, not at home.
_EXILE_WORDS = frozenset({"exile", "asylum", "refuge"})
# (session 37) Apposition nouns by which a person holds an office of the body they serve.
_BODY_OFFICE_HEADS = frozenset({"head", "chief", "director", "envoy", "representative",
                                "coordinator", "spokesman", "spokeswoman", "spokesperson", "official"})


def _world_body_served(ix: DocIndex, appositions: list[Token]) -> str | None:
    """(session 37) "Hilde Johnson, head of the U.N. mission in South Sudan": a person whose
    apposition names one intergovernmental body works for it, so the host state the mission
    sits in is not theirs; the body's code is (the place only says where it serves)."""
    spans = [(c.left_edge.i, c.right_edge.i + 1) for c in appositions]
    bodies = {o.country for o in ix.mentions if o.country in INTERGOVERNMENTAL and not o.from_context
              and o.kind == "organisation" and any(a <= o.start and o.end <= b for a, b in spans)
              and _in_prepositional_object(ix.doc[o.end - 1], appositions)
              and ix.doc[o.end - 1].ent_type_ not in ("GPE", "LOC")}  # ("a Brussels policy institute")
    return bodies.pop() if len(bodies) == 1 else None


def _in_prepositional_object(tok: Token, tops: list[Token]) -> bool:
    """Whether ``tok`` lies in the object of a preposition below one of ``tops`` ("head of the
    U.N. mission"), not in the noun's own modifiers ("a Gulf affairs researcher": a topic)."""
    while tok.head.i != tok.i and all(tok.i != t.i for t in tops):
        if tok.dep_ == "pobj":
            return True
        if tok.dep_ not in ("compound", "poss", "case", "nmod", "amod"):
            return False  # ("a researcher at an institute who follows the Council": its topic)
        tok = tok.head
    return False


def _in_nested_clause(tok: Token, top: Token) -> bool:
    """(session 37) Whether ``tok`` lies in a clause hung on another word below ``top`` ("X, the
    identity used by the pair Britain has charged over the attack in Salisbury"): a place there
    is where others acted, not where the described person lives or works."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "ccomp", "advcl") and (tok.head.i != top.i or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in tok.children)):
            return True  # (a participle, "a mother living in a camp near Goma", places her,
            # and so does a clause on the description itself whose subject is the person, "a
            # teacher who lives in X"; not one with a subject of its own, "Britain has charged")
        tok = tok.head
    return False


def _where_one_was(place: Token) -> bool:
    """(session 29) "Anderson Torres, a former justice minister who was in the United States at
    the time": a place said with a bare "be" is where someone was, not their home or work."""
    verb = place.head.head
    return place.head.dep_ == "prep" and verb.lemma_ == "be" and verb.dep_ == "relcl" \
        and not any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _stays_named(ix: DocIndex, m: Mention) -> set[str]:
    """The states of a named person's sentence said only as where someone was ("X, who was in
    the United States at the time"): no evidence of whose the person is."""
    sent = ix.doc[m.start].sent
    return {form.iso3 for t in sent if t.dep_ == "pobj" and _where_one_was(t)
            and (form := ix.country_at(t.i)) is not None}


def _based_in(ix: DocIndex, phrases: list[Token]) -> set[str]:
    """The states of "<place>-based" inside ``phrases`` ("a Moscow-based consultant")."""
    doc = ix.doc
    out = set()
    for t in (t for p in phrases for t in p.subtree):
        if not (t.is_title and t.i + 2 < ix.n and doc[t.i + 1].text == "-"
                and doc[t.i + 2].lower_ == "based"):
            continue
        # (the hyphenated word is no anchor of its own: its name is looked up as written)
        form = ix.country_at(t.i) or ix.kb.countries.get(t.text)
        state = form.iso3 if form is not None else place_country(t.text)
        if state is not None and state != "-" and state not in NON_STATE_CODES:
            out.add(state)
    return out


def _bodies_of_towns(ix: DocIndex) -> None:
    """"flown to Berlin's Charite hospital": a name no list knows, after a town's or a state's
    possessive and before the noun of an institution, names that place's institution, so it
    takes the place's state (and the noun's sector, "hospital" MED), however many other states
    its sentence names."""
    doc = ix.doc
    words = sector_words()
    places = {o.end: o for o in ix.mentions if o.kind == "country" and o.country
              and o.country not in NON_STATE_CODES and not o.from_context}
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation") \
                or not (m.name or doc[m.start].pos_ == "PROPN") \
                or m.start < 2 or doc[m.start - 1].tag_ != "POS":
            continue
        place, word = places.get(m.start - 1), _institution_word(ix, m, words)
        if place is None or word is None:
            continue
        m.country, m.from_context, m.confidence = place.country, True, 0.5
        m.sector = m.sector or word.sector


def institutions_named_for_towns(ix: DocIndex) -> None:
    """(session 62) "A spokesman for Royal Darwin Hospital": a town in the name of a hospital,
    school or newspaper places it in the town's state (not a bloc's "Minsk Group"). Runs before
    staff take their principal's state."""
    doc = ix.doc
    words = sector_words()
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation" or not m.name or m.end - m.start < 2 \
                or (word := _institution_word(ix, m, words)) is None or word.sector not in _LOCAL_INSTITUTIONS:
            continue
        towns = {state for k in range(m.start, m.end - 1) if doc[k].is_title and _town_slot(doc, m, k)
                 and (state := _town_state(ix, doc[k].text)) is not None}
        if len(towns) == 1:
            m.country, m.from_context, m.confidence = towns.pop(), True, 0.5
            m.sector = m.sector or word.sector


def _local_body_state(ix: DocIndex, m: Mention, main: str | None) -> str | None:
    """(session 32) "Local monitoring group National Election Watch": a body its own words call
    local is of the state the story is about."""
    if main is None or main in NON_STATE_CODES:
        return None
    return main if any(t.lower_ == "local" for t in ix.doc[m.start:m.end]) else None


# (session 33) Words of a body's name that make it more than one state's ("Reporters Without
# Borders", "Global Witness", "Pan-African Lawyers Union"): such a body keeps the NGO code.
_BEYOND_ONE_STATE = frozenset({"international", "global", "world", "worldwide", "borders",
                               "without", "pan", "regional", "continental", "transnational",
                               "arab", "african", "asian", "european", "american", "latin"})
# Heads of a citizens' body's descriptive name ("Association for the Protection of Human Rights",
# "National League for Democracy"), as against a brand ("Access Now") or a foundation.
_ASSOCIATION_HEADS = frozenset({"association", "league", "council", "coalition", "alliance",
                                "union", "committee", "movement", "forum", "front", "federation",
                                "society", "congress", "assembly", "collective", "platform"})


def _home_association_state(ix: DocIndex, m: Mention, main: str | None, home: str | None,
                            states: dict[int, set[str]]) -> str | None:
    """(session 33) "Police arrested X, the head of the Association for the Protection of Human
    Rights (APRODEH)" in a story filed from Bujumbura about Burundi: a named association no list
    knows (the lists hold the transnational NGOs), named for its cause ("Association (League,
    Council ...) for/of ..."), in a story both set in and about one state, is that state's own,
    when its name says nothing of a wider reach or another state and its sentence names no
    other state. Generic "rights groups" and brands ("Access Now") keep the bare NGO code."""
    if main is None or main in NON_STATE_CODES or home != main or m.orgs or not m.name \
            or m.kind != "organisation" or _sentence_states_if_set_in(ix, main) is None:
        return None  # (the story must name its state, not only be filed from it)
    words = ix.doc[m.start:m.end]
    if not any(t.lower_ in _ASSOCIATION_HEADS and t.is_title and t.i + 1 < m.end
               and ix.doc[t.i + 1].lower_ in ("for", "of") for t in words) \
            or any(t.lower_ in _BEYOND_ONE_STATE or t.ent_type_ in ("GPE", "NORP", "LOC")
                   for t in words) \
            or worded_state(ix, m):
        return None
    if states.get(sentence_of_token(ix.doc, m.start), set()) - {main}:
        return None
    return main


# (session 34) Sectors of a state's own public services (police, schools, hospitals), beside
# which unnamed charities listed with them are that state's too ("governments" are often many).
_DOMESTIC_INSTITUTIONS = frozenset({"COP", "EDU", "MED"})


def _listed_institutions_state(ix: DocIndex, m: Mention, states: dict[int, set[str]]) -> str | None:
    """(session 34) "Kent County Council has 50 million pounds at stake, while police
    authorities, universities and charities also reported exposure": unnamed charities listed
    with a state's own public institutions (councils, police, universities, hospitals) are of
    the one state their sentence names, as the institutions are, not transnational NGOs."""
    head = ix.doc[m.end - 1]
    if m.name or m.orgs or head.tag_ != "NNS" or not head.conjuncts:
        return None
    here = states.get(sentence_of_token(ix.doc, m.start), set())
    if len(here) != 1:
        return None
    state = next(iter(here))
    words = sector_words()
    for t in head.conjuncts:
        w = words.get(t.lemma_.lower())
        other = next((o for o in ix.mentions if o.start <= t.i < o.end and o.country
                      and o.country != state), None)
        if w is not None and w.sector in _DOMESTIC_INSTITUTIONS and other is None:
            return state
    return None


def _placed_body_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 31) "the Association for International Affairs in Prague", "a rights group in
    Myanmar": a body that no list knows, followed by "in <place>", is that state's; a listed
    body (Amnesty International) keeps its own code wherever its office is."""
    if m.orgs or m.end + 1 >= ix.n or ix.doc[m.end].lower_ != "in":
        return None
    place = next((o for o in ix.mentions if o.start == m.end + 1 and o.kind == "country"), None)
    if place is None or not place.country or place.country in NON_STATE_CODES:
        return None
    return place.country


def _town_state(ix: DocIndex, word: str) -> str | None:
    """The state of a town or capital named by ``word`` ("Darwin", "Kabul"), if one."""
    form = ix.kb.countries.get(word)
    if form is None:
        state = place_country(word)
    else:
        state = form.iso3 if form.form in ("place", "capital") else None
    return state if state and state != "-" and state not in NON_STATE_CODES else None


def _town_slot(doc: Doc, m: Mention, k: int) -> bool:
    """Whether token ``k`` stands where a name puts its town: first ("Kabul University"), after
    "Royal" or "of" ("Royal Darwin Hospital", "University of Nairobi"), not after a given name
    ("the Andres Bello Catholic University", named for a man)."""
    first = m.start + (doc[m.start].lower_ == "the")
    return k == first or doc[k - 1].lower_ in ("royal", "of")


# (session 62) Sectors of institutions that belong to the town in their name.
_LOCAL_INSTITUTIONS = frozenset({"MED", "EDU", "JRN"})


def _institution_word(ix: DocIndex, m: Mention, words: dict[str, SectorWord]) -> SectorWord | None:
    """The institution noun a name ends in ("Rudolfinerhaus hospital") or that it is a
    compound of ("Charite hospital", the name alone a mention), if the lexicon has it as a body."""
    doc = ix.doc
    last = doc[m.end - 1]
    if m.end - m.start > 1 and last.lower_ in words:
        word = words[last.lower_]
    elif m.end < ix.n and last.head.i == m.end:
        word = words.get(doc[m.end].lower_)
    else:
        return None
    return word if word is not None and word.kind == "body" else None


# Words by which a description says a person is away from home ("tourists X and Y").
_VISITORS = frozenset({"tourist", "visitor", "foreigner", "expatriate", "expat", "missionary",
                       "pilgrim", "traveller", "traveler", "migrant", "refugee"})
# People who are away from their own state where a story is set ("Pakistani students" in
# Bishkek): while they are named, the scene's officials are the host's, not their state's: the
# visitors (less "foreigner" and "refugee", which this rule was not measured with) and those who
# stay to study, work or watch a match.
_GUESTS = (_VISITORS - {"foreigner", "refugee"}) | {"student", "worker", "fan", "national"}


def _visitor(ix: DocIndex, m: Mention) -> bool:
    """Whether the person's name, title or a word on it (or on the name it is listed with)
    calls them a visitor: the story's state is then not theirs."""
    heads = _listed_with(ix.doc[m.end - 1])
    words = {t.lemma_.lower() for t in ix.doc[m.start:m.end]} | set((m.role or "").lower().split())
    words |= {c.lemma_.lower() for h in heads for c in h.children if c.dep_ in ("compound", "appos", "amod")}
    return bool({w.removesuffix("s") for w in words} & _VISITORS)


def _listed_with(head: Token) -> list[Token]:
    """``head`` and the earlier items of the list it is joined to by "and" ("the visitors, A and
    B": B, A), up to eight: a list's first item carries the description all share."""
    heads = [head]
    while heads[-1].dep_ == "conj" and len(heads) < 8:
        heads.append(heads[-1].head)
    return heads


def _quoted_voice(doc: Doc, m: Mention) -> bool:
    """'"Prices keep rising," said Jane Roe, who sells fish': a private person quoted in a
    sentence that names no state is a voice of the story's scene, as one named beside it is."""
    root = doc[m.start:m.end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in SAYING_VERBS \
        and any(t.is_quote for t in doc[root.head.left_edge.i:root.head.right_edge.i + 1])


def _full_name(doc: Doc, m: Mention) -> bool:
    """Whether the mention is a given name and surname the tagger took for a person ("David
    Turpin"): one word ("Ivan", "Borneo") is as often a place or a thing as a person."""
    words = [t for t in doc[m.start:m.end] if t.is_alpha]
    return len(words) >= 2 and words[0].is_title \
        and all(t.ent_type_ == "PERSON" for t in doc[m.start:m.end])


def _described(doc: Doc, m: Mention) -> bool:
    """Whether the person is described in words the lists did not place ("author Karen Alley",
    "head Arba Agung", an apposition): they may be anyone (a visiting scientist, an
    official), so the scene does not make them local; or whether the name is a place."""
    if any(t.is_lower and t.is_alpha for t in doc[m.start:m.end]):
        return True
    # "a member of Parliament, Samir Dilou": an apposition describes the person, and a
    # description the lists did not place may make them anything; "at Punta Tombo" is a place
    # (a list shares its description: "the visitors, Henrik Solvang and Pia Lindqvist")
    heads = _listed_with(doc[m.end - 1])
    return any(h.dep_ == "appos" or any(c.dep_ == "appos" or c.dep_ == "compound"
                                        and (c.pos_ == "NOUN" or c.is_lower and c.is_alpha)
                                        and c.i < m.start
                                        for c in h.children)
               or h.dep_ == "pobj" and h.head.lower_ in _SCENE_PREPS for h in heads)


# Titles of monarchs, and the states reigned over by their own monarch in the years covered
# (Commonwealth realms other than the United Kingdom are left out: their "King" is shared).
_MONARCH_TITLES = frozenset({"king", "queen", "monarch", "emir", "sultan", "emperor"})
_MONARCHIES = frozenset({"BHR", "BEL", "BTN", "BRN", "KHM", "DNK", "SWZ", "JPN", "JOR", "KWT",
                         "LSO", "LIE", "LUX", "MYS", "MCO", "MAR", "NLD", "NOR", "OMN", "QAT",
                         "SAU", "ESP", "SWE", "THA", "TON", "ARE", "GBR"})


def _titles_of_one_state(ix: DocIndex) -> None:
    """"The King", "the Emir" that the context gave a state with no monarch ("Jordan condemned
    the raid in Jerusalem. The King called on Israel ...") is the nearest named state that has
    one (its sentence, the one before, the article), or stays unknown: a wrong state is worse
    than none."""
    states: dict[int, set[str]] | None = None
    for m in ix.mentions:
        if m.kind != "person" or m.name or m.nominal not in _MONARCH_TITLES \
                or not m.from_context or m.country in _MONARCHIES:
            continue
        if states is None:
            states = _sentence_states(ix)
        sid = sentence_of_token(ix.doc, m.start)
        everywhere = set().union(*states.values()) if states else set()
        m.country = None
        for pool in (states.get(sid, set()), states.get(sid - 1, set()), everywhere):
            reigns = pool & _MONARCHIES
            if reigns:
                if len(reigns) == 1:
                    m.country = next(iter(reigns))
                break


# Regions whose states act together through one intergovernmental body, with that body's code:
# "the Southeast Asian nations pledged support" is ASEAN speaking (a fact of ASEAN's practice
# of consensus statements).
_BLOCS = {"southeast asian": "IGO", "south-east asian": "IGO", "south east asian": "IGO"}
_MEMBER_NOUNS = frozenset({"nation", "country", "state"})


def _bloc_members(ix: DocIndex) -> None:
    """A region's states as the doer of a clause ("The Southeast Asian nations pledged") are
    the region's body; as an object or place ("tourists from Southeast Asian nations") they
    stay uncoded."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "group" or m.end >= ix.n:
            continue
        words = " ".join(t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the")
        noun = doc[m.end]
        if words in _BLOCS and noun.lemma_.lower() in _MEMBER_NOUNS and noun.dep_ == "nsubj":
            m.country, m.end, m.char_end = _BLOCS[words], m.end + 1, None


# Words that make an untyped name a government office ("the Minister of Foreign Affairs").
_MINISTRY_WORDS = frozenset({"minister", "ministry", "secretary"})


def offices_of_states(ix: DocIndex) -> None:
    """Titles and ministries given their state by their own "of" phrases, before any is
    taken for an earlier mention of the same title ("the Minister of ... of Jordan")."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind not in ("person", "organisation"):
            continue
        untyped = m.sector is None and any(t.lower_ in _MINISTRY_WORDS for t in doc[m.start:m.end])
        if m.sector not in _OFFICIAL_SECTORS and not untyped:
            continue
        state = m.country or _office_of_state(ix, m)
        if state is not None and state not in NON_STATE_CODES:
            m.country = state
            m.sector = m.sector or "GOV"


def _office_of_state(ix: DocIndex, m: Mention) -> str | None:
    """"Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan": a
    title whose "of" phrases end in a state (through its portfolio) holds office there."""
    doc = ix.doc
    heads = list(doc[m.start:m.end])
    for _ in range(4):
        nxt = []
        for h in heads:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < m.end:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for o in ix.mentions:
                        if o is not m and o.start <= obj.i < o.end and o.country \
                                and (o.kind == "country" or o.sector is None) \
                                and o.country not in NON_STATE_CODES:
                            return o.country
                    nxt.append(obj)
                    nxt.extend(c for c in obj.children if c.dep_ == "conj")
        heads = nxt
        if not heads:
            break
    return None


# Words by which a text cites a news agency as its source or addressee ("told AFP").
_CITING = frozenset({"told", "tell", "tells", "telling", "according", "interview", "quoted",
                     "reported", "reports", "reporter", "correspondent", "journalist"})


def _philippine_forces(ix: DocIndex, main: str | None) -> None:
    """"AFP will investigate abuses in Mindanao": in a text about the Philippines, "AFP" is most
    often the Armed Forces of the Philippines, not the French news agency; one cited as a
    source ("told AFP", "according to AFP") stays the agency."""
    doc = ix.doc
    states = None
    for m in ix.mentions:
        if m.sector != "JRN" or m.end - m.start != 1 or doc[m.start].text != "AFP":
            continue
        if states is None:
            states = _sentence_states(ix)
        if "PHL" not in states.get(sentence_of_token(doc, m.start), set()) and main != "PHL":
            continue
        tok = doc[m.start]
        near = {t.lower_ for t in doc[max(0, m.start - 3):m.start]} | {tok.head.lower_}
        if near & _CITING or tok.dep_ == "appos" or doc[max(0, m.start - 1)].text == "(":
            continue
        m.country, m.sector, m.name = "PHL", "MIL", "Armed Forces of the Philippines"
        m.role, m.orgs = None, []


def _addressed_residents(ix: DocIndex) -> None:
    """"Prime Minister Minnis urged residents to evacuate": residents an official addresses
    are that official's people, ahead of the article's main state (a storm story may be
    mostly about another state); a state the phrase names itself is kept. So are the
    unplaced groups of a list an official calls on ("Prime Minister Tuilaepa called on village
    councils, ... and church leaders"), but not those said to be from elsewhere."""
    for m in ix.mentions:
        if m.kind == "group" and m.sector == "CVL" and (m.country is None or m.from_context) \
                and m.end - m.start == 1 and addressed_locals(ix.doc[m.start]) \
                and not _urged_with_government(ix, m):
            state = addresser_state(ix, ix.doc[m.start])
            if state is not None:
                m.country, m.from_context = state, True
        elif m.kind in ("group", "person") and not m.name and m.country is None \
                and m.sector in _ADDRESSED_SECTORS:
            first = _addressed_list_head(ix, m)
            state = addresser_state(ix, first) if first is not None else None
            if state is not None and not (m.sector == "JRN" and state in NON_STATE_CODES):
                # (an international body has no press of its own: "Commissioner X told reporters")
                m.country, m.from_context = state, True


def _urged_with_government(ix: DocIndex, m: Mention) -> bool:
    """(session 62) "the State Department urged the government and protesters to show
    restraint": people urged together with a government are that government's side of a
    quarrel, not the urging official's own people."""
    tok = ix.doc[m.end - 1]
    return any(o.sector == "GOV" and o.kind == "organisation" and o.start <= c.i < o.end
               for c in (*tok.conjuncts, tok.head) for o in ix.mentions if o is not m)


# Sectors of a state's own people whom its officials call on ("church leaders", "doctors").
_ADDRESSED_SECTORS = frozenset({"CVL", "REL", "LAB", "AGR", "MED", "EDU", "BUS", "JRN"})
# Verbs by which an official addresses people to do something.
_ADDRESSING = frozenset({"call", "urge", "ask", "appeal", "tell", "order", "instruct",
                         "encourage", "advise", "implore"})
# Modifiers that put the people addressed outside the official's state.
_ELSEWHERE = frozenset({"foreign", "international", "global", "world", "overseas", "other",
                        "western", "regional", "visiting"})


def _addressed_list_head(ix: DocIndex, m: Mention) -> Token | None:
    """The first member of the list ``m`` stands in when that list is what an addressing verb
    calls on ("called on A, B and church leaders", "urged doctors and nurses"), else None."""
    doc = ix.doc
    if any(doc[i].lower_ in _ELSEWHERE for i in range(m.start, m.end)):
        return None
    tok = doc[m.start:m.end].root
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if any(c.lower_ in _ELSEWHERE for c in tok.children):
        return None
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon", "to"):
        verb = tok.head.head
    else:
        return None
    return tok if verb.pos_ == "VERB" and verb.lemma_ in _ADDRESSING else None


def _private_named(m: Mention) -> bool:
    """A named private person no list knows ("28-year-old Usman Khan"): like "a local man",
    of the one state the sentence is set in."""
    return m.name is not None and m.sector == "CVL" and m.confidence < 1.0


def _beside(tok: Token) -> bool:
    """Whether a place is named as what is beside or across from the speaker ("next to Russia",
    "near Russia", "across the border in Russia"), not where the speaker is."""
    prep = tok.head
    if tok.dep_ != "pobj":
        return False
    return prep.lower_ in ("near", "beside", "across") \
        or prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "next"


def _named_states_here(ix: DocIndex, m: Mention) -> set[str]:
    """The states a private person's sentence names by a name or a people's noun; an adjective
    before a thing ("an Irish pub", "its London restaurant") describes the thing, not where
    they are."""
    sid = sentence_of_token(ix.doc, m.start)
    out = set()
    region = quotation_of_index(ix)
    own = region(m.start)
    for c in ix.mentions:
        if c is m or not c.country or c.from_context or c.country in NON_STATE_CODES \
                or c.sector == "JRN" or _venue(ix, c) or sentence_of_token(ix.doc, c.start) != sid:
            continue
        if own < 0 and region(c.start) >= 0 and _beside(ix.doc[c.end - 1]):
            continue  # (session 64) '"We have lived next to Russia all our lives," said Aime Tamm': the neighbour
        last = ix.doc[c.end - 1]
        if c.kind == "country" and last.dep_ in ("amod", "compound") and last.head.pos_ == "NOUN" \
                and last.head.lower_ not in sector_words():
            continue
        if c.kind == "person" and c.name and not _names_state(ix, c):
            continue
        if c.kind == "country" and last.dep_ == "pobj" and last.head.lower_ == "to" \
                and last.head.head.lemma_.lower() in _SENT_AWAY:
            continue  # (session 33) "her great-grandparents fled to Botswana": where others went
        out.add(c.country)
    return out


# Verbs by which police take suspects into custody.
_ARRESTS = frozenset({"arrest", "detain", "apprehend"})


def _arresting_state(ix: DocIndex, m: Mention, here: set[str]) -> str | None:
    """"A spokesperson for the Indonesian National Police confirmed that two suspects were
    arrested": suspects that a state's police arrest, or that are arrested in a sentence naming
    one state only whose police or officials report it, are held in that state, so they are its
    suspects (where they come from is another matter, which the text would say)."""
    head = ix.doc[m.start:m.end].root
    if not (head.dep_ == "nsubjpass" or head.dep_ == "dobj") or head.head.lemma_ not in _ARRESTS:
        return None
    if head.dep_ == "dobj":
        # "Police in Jakarta arrested three suspects": the arresting force's state
        for subj in (c for c in head.head.children if c.dep_ == "nsubj"):
            doer = next((c for c in ix.mentions if c.start <= subj.i < c.end), None)
            if doer is not None and doer.country and doer.country not in NON_STATE_CODES \
                    and doer.sector in ("COP", "GOV", "MIL", "SPY"):
                return doer.country
    if len(here) != 1:
        return None
    state = next(iter(here))
    sid = sentence_of_token(ix.doc, m.start)
    if any(c.country == state and c.sector in ("COP", "GOV", "JUD") and not c.from_context
           and sentence_of_token(ix.doc, c.start) == sid for c in ix.mentions):
        return state
    return None


def _peacekeepers_abroad(ix: DocIndex, m: Mention) -> bool:
    """(session 37) "head of the U.N. mission in South Sudan, said peacekeepers were protecting
    civilians": peacekeepers serve abroad, so a bare "peacekeepers" is not of the land the
    sentence names; they are the world body's when their sentence names exactly one such body
    (the UN, the AU), else of no state."""
    if m.kind != "group" or m.country is not None or not _peacekeeping(ix, m):
        return False
    sid = sentence_of_token(ix.doc, m.start)
    bodies = {o.country for o in ix.mentions if o.country in INTERGOVERNMENTAL and o is not m
              and sentence_of_token(ix.doc, o.start) == sid}
    if len(bodies) != 1:
        # (session 47) "Peacekeepers pulled charred bodies from the rubble", in a story that names
        # UNIFIL: the one international force the article names (batch AW: LBNMIL)
        bodies = {o.country for o in ix.mentions if o.country in INTERGOVERNMENTAL and o.sector == "MIL"
                  and o is not m and o.kind in ("organisation", "group") and not o.from_context}
    if len(bodies) == 1:
        m.country, m.from_context, m.confidence = bodies.pop(), True, 0.5
    return True


def _peacekeeping(ix: DocIndex, m: Mention) -> bool:
    """Whether a group is peacekeepers: named so, or the troops and police of a peacekeeping force
    or mission ("a peacekeeping force of nearly 12,000 troops and police", session 56)."""
    head = ix.doc[m.end - 1]
    if head.lemma_.lower() == "peacekeeper":
        return True
    if head.lemma_.lower() not in _FORCE_MEMBERS:
        return False
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    body = head.head.head
    return body.lemma_.lower() in ("force", "mission", "contingent", "operation") \
        and any(c.lower_ == "peacekeeping" for c in body.children)


def _mission(ix: DocIndex, m: Mention) -> bool:
    """"The embassy in Baghdad": an unnamed embassy or consulate is most often another
    state's office in the place the story is about, so neither that place nor the article's
    state is its owner."""
    return m.kind == "organisation" and ix.doc[m.end - 1].lemma_.lower() in MISSIONS


# Words by which a force or body is staffed by several states ("a multinational police mission").
_MANY_STATES = frozenset({"multinational", "multi-national", "international", "donor", "donors"})

# (session 29) Words that make a force one of several states ("a regional force").
_JOINT_FORCE_WORDS = frozenset({"regional", "multinational", "multi-national", "international"})
_JOINT_FORCE_NOUNS = frozenset({"force", "forces", "mission", "contingent", "coalition"})


def joint_force_troops(doc: Doc, m: Mention) -> bool:
    """(session 29) "the first soldiers of a regional force would deploy soon": troops "of" a
    regional or multinational force belong to it, not to the troops named before them nor to
    the state where they deploy."""
    head = doc[m.end - 1]
    return any(c.dep_ == "prep" and c.lower_ == "of" and p.dep_ == "pobj"
               and p.lower_ in _JOINT_FORCE_NOUNS
               and any(a.dep_ == "amod" and a.lower_ in _JOINT_FORCE_WORDS for a in p.children)
               for c in head.children for p in c.children)



def _multinational_bodies(ix: DocIndex) -> None:
    """(session 47) "would assume its duties from the Multinational Interim Force": a body no
    list knows whose own name says it is of many states is an international one (IGO), not the
    story's state's (batch AV's judges counted the force coded as Haiti's wrong)."""
    for m in ix.mentions:
        words = ix.doc[m.start:m.end]
        if m.kind == "organisation" and m.country is None and m.name and not m.orgs \
                and any(t.lower_ in ("multinational", "multi-national") and t.is_title for t in words):
            # (not "International": the International Rescue Committee is a charity)
            m.country, m.from_context, m.confidence = "IGO", True, 0.5
            if words[-1].lower_ in ("force", "forces", "mission"):
                m.sector = m.sector or "MIL"


def _multinational(ix: DocIndex, m: Mention) -> bool:
    """"A Kenyan-led multinational police mission", "Australia and other governments": bodies
    of several states are not the host's nor any one state's, so the story's state is no
    evidence of theirs."""
    words = {t.lower_ for t in ix.doc[m.start:m.end]}
    if m.start > 0 and ix.doc[m.start - 1].lower_ in ("donor", "donors"):
        words.add("donor")  # (session 61) "Donor governments pledged $880 million to rebuild Cambodia"
    return m.name is None and bool(words & _MANY_STATES or {"multi", "national"} <= words
                                   or _others_beside_state(ix, m)
                                   or joint_force_troops(ix.doc, m)
                                   or _sent_by_many(ix, m) or _of_many_states(ix, m))


def _of_many_states(ix: DocIndex, m: Mention) -> bool:
    """(session 62) "leaders and officials of about 30 countries": people "of" a counted plural
    of states (or of "many countries") are of several states, no one of them."""
    head = ix.doc[m.end - 1]
    for tok in {head, *head.conjuncts}:  # (the "of" may hang on any of the joined nouns)
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for o in p.children:
                if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in _MANY_SENDERS \
                        and not any(c.dep_ == "poss" for c in o.children) \
                        and any(c.dep_ == "nummod" and c.lower_ not in ("two", "2") or c.lower_ in ("many", "several", "dozens")
                                for c in o.children):
                    return True
    return False


# (session 34) Plural nouns of states as such, whose forces are several states' own.
_MANY_SENDERS = frozenset({"country", "nation", "state", "government", "neighbour", "neighbor",
                           "ally", "partner"})


def _sent_by_many(ix: DocIndex, m: Mention) -> bool:
    """"He thanked the African Union and the brotherly countries that had sent troops": a force
    that a plural noun of states sends (no state named in it) is several states' forces, not
    the story's state's, which they were sent to."""
    tok = first_conjunct(ix.doc[m.end - 1])
    if tok.dep_ != "dobj" or not _deploys(tok.head):
        return False
    verb = tok.head
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is not None and doer.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        doer = verb.head
    # (not "Both countries withdrew their envoys", "the two states": a count refers back to
    # states named before, which a later pass finds)
    return doer is not None and doer.tag_ == "NNS" and doer.lemma_.lower() in _MANY_SENDERS \
        and not any(c.dep_ == "nummod" or c.lower_ == "both" for c in doer.children) \
        and not any(o.country and o.start <= doer.i < o.end for o in ix.mentions)


def _others_beside_state(ix: DocIndex, m: Mention) -> bool:
    """"Australia and other governments advised ...": "other" bodies listed with a state are
    those of several further states, neither the one named nor the story's."""
    doc = ix.doc
    head = doc[m.end - 1]
    if not any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children):
        return False
    joined = [head.head] if head.dep_ == "conj" else []
    joined += [c for c in head.children if c.dep_ == "conj"]
    return any(o.kind == "country" and o.start <= t.i < o.end for t in joined for o in ix.mentions)


# Sectors of state organs that an "international" one holds for many states together.
_INTERNATIONAL_ORGANS = frozenset({"GOV", "COP", "JUD", "MIL"})


def _international_organs(ix: DocIndex) -> None:
    """"the international envoy who oversees the peace deal", "the international police body",
    "international judges": an organ that the text calls international, and names no state
    in, serves several states, so it is an intergovernmental one (IGO), never the story's
    state's."""
    doc = ix.doc
    for m in ix.mentions:
        # (a state taken from an earlier "Philippine police" yields to the word "international")
        if m.name is not None or m.sector not in _INTERNATIONAL_ORGANS \
                or m.kind not in ("person", "group", "organisation") \
                or worded_state(ix, m):
            continue
        head = doc[m.end - 1]
        # (the adjective may hang on the noun the phrase modifies: "the international police body")
        heads = {head.i, head.head.i} if head.dep_ == "compound" else {head.i}
        if any(t.lower_ == "international" and t.dep_ == "amod" and t.head.i in heads
               for t in doc[m.start:m.end - 1]):
            m.country, m.from_context = "IGO", True
            _same_organ_after(ix, m)


# Court officers an unqualified phrase names ("the judges", "prosecutors").
_COURT_OFFICERS = frozenset({"judge", "prosecutor"})


_COURT_WINDOW = 4  # sentences back that a court's bare "judges" may read on from


def _judges_of_court(ix: DocIndex) -> None:
    """"The judges have ruled that the court keeps jurisdiction": judges or prosecutors with no
    state word sit on the court their sentence names (the ICC's are international), not on
    the story's state's, when all courts named there have one code. (session 30) A sentence
    that names no court reads on from the one before ("... the court should not invent new
    ones. The judges rejected that view"), (session 45) or from the nearest of the four before
    that names one."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.name is not None or m.sector != "JUD" \
                or doc[m.end - 1].lemma_.lower() not in _COURT_OFFICERS \
                or not all(t.pos_ in ("DET", "NUM") for t in doc[m.start:m.end - 1]):
            continue  # ((session 50) "Two judges ... dissented": a count is no state word)
        sent = doc[m.start].sent
        courts = {o.country for o in ix.mentions if o.kind == "organisation" and o.sector == "JUD"
                  and sent.start <= o.start < sent.end}
        back = sent
        for _ in range(_COURT_WINDOW):
            # (session 45) the judges of the World Court, named three sentences before ("The
            # judges voted 13-2 that ...") in a story about Serbia: still the court's
            if courts or back.start == 0:
                break
            back = doc[back.start - 1].sent
            courts = {o.country for o in ix.mentions if o.kind == "organisation"
                      and o.sector == "JUD" and back.start <= o.start < back.end}
        if len(courts) == 1 and None not in courts:
            m.country, m.from_context = courts.pop(), True


# Titles of a court's named officers (session 47).
_BENCH_TITLES = frozenset({"prosecutor", "judge", "registrar"})
# Heads of a bench's unnamed references, and words that make one a state's own court.
_BENCH_HEADS = frozenset({"judge", "panel", "bench", "court", "tribunal", "prosecutor"})
# (session 51) Words that count a bench's judges ("several other judges voted against").
_BENCH_COUNTS = frozenset({"several", "other", "some", "all", "both", "many", "few", "most"})
HOME_BENCH_WORDS = frozenset({"federal", "state", "district", "appeals", "appellate", "supreme", "local",
                               "national", "military", "lower", "domestic", "provincial", "constitutional",
                               "county", "regional", "high", "magistrate", "magistrates", "trial"})


def lead_court(ix: DocIndex, placed_late: bool = False) -> None:
    """(session 47) "The World Court ruled that the United States violated international law ...
    But the 15-judge panel rejected Mexico's request ... a doctrine the judges said could not be
    used ... 'The highest court in the world has spoken'": in a story whose first sentence has an
    international court as its subject, the bench's unnamed definite references ("the panel",
    "the judges", "the court") are that court's, though the story's state and its courts are
    named beside them (batch AU's judges counted four such U.S. courts wrong; batch AV2 the
    ICC's "Judges also issued a warrant" coded as Russia's). A reference with a word of a state's own courts
    ("federal", "the district judge", "the country's highest court") is left to the others.

    (session 51) With ``placed_late``, run again once "the bloc's top court" has its bloc: the
    lead court is then known, and the references the story's state was guessed for are read."""
    doc = ix.doc
    first = sentences(doc)[0] if len(doc) else None
    if first is None:
        return
    lead = next((o for o in ix.mentions if o.kind == "organisation" and o.sector == "JUD"
                 and o.country in NON_STATE_CODES and first.start <= o.start < first.end
                 and any(doc[i].dep_ == "nsubj" for i in range(o.start, o.end))), None)
    if lead is None:
        return
    for m in ix.mentions:
        # (late: only what the story's state was guessed for before the court was known)
        country = None if placed_late and m.from_context and m.country not in NON_STATE_CODES \
            else m.country
        if placed_late and country is not None:
            continue
        if m.kind == "person" and m.name and country is None \
                and {w for w in f"{m.role or ''} {m.text_role or ''}".lower().split()} & _BENCH_TITLES:
            # (session 47) "Chief prosecutor Louise Arbour", "Judge David Hunt" in a story the U.N.
            # tribunal leads: its officers, not the story's state's (batch AW: SRBJUD)
            m.country, m.sector, m.from_context, m.confidence = lead.country, "JUD", True, 0.6
            continue
        head = doc[m.end - 1]
        if country is not None or m.name is not None or m.sector != "JUD" \
                or m.kind not in ("group", "organisation", "person") \
                or head.lemma_.lower() not in _BENCH_HEADS \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) \
                and not (head.lower_ in ("judges", "prosecutors")
                         and all(t.pos_ == "NUM" or t.lower_ in _BENCH_COUNTS for t in doc[m.start:m.end - 1])) \
                or any(t.lower_ in HOME_BENCH_WORDS or t.dep_ == "poss" and t.i != head.i
                       for t in doc[m.start:m.end]) \
                or any(c.dep_ == "poss" for c in head.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
                    p.lower_ != "world" for p in c.children if p.dep_ == "pobj") for c in head.children):
            continue
        m.country, m.from_context, m.confidence = lead.country, True, 0.6


# Head nouns of a court named by its seat ("the Strasbourg court", "the Hague tribunal"), and the
# cities where international courts sit (the European Court of Human Rights in Strasbourg, the
# ICJ and the ICC in The Hague, the EU's Court of Justice in Luxembourg, the African Court on
# Human and Peoples' Rights in Arusha); no other court of those states is named by its city.
_COURT_HEADS = frozenset({"court", "tribunal"})
_COURT_SEATS = frozenset({"Strasbourg", "Hague", "Luxembourg", "Arusha"})


def courts_of_world_seats(ix: DocIndex) -> None:
    """(session 29) "Ireland will sue Britain at the European Court of Human Rights ... The
    Strasbourg court has handled few such cases", (session 47) "the Hague-based court": a court
    named by a city where international courts sit is the international court the article names (when it names courts of one code
    only), not a court of the city's state."""
    doc = ix.doc
    for m in ix.mentions:
        # (session 57) "an arbitration court in The Hague prepares to rule on a case brought by the
        # Philippines against China": a tribunal of states' arbitration is no state's court
        if m.sector == "JUD" and m.name is None and m.kind == "organisation" \
                and doc[m.end - 1].lower_ in _COURT_HEADS and _seated_at_world_seat(doc[m.end - 1]) \
                and any(t.lower_ in ("arbitration", "arbitral") for t in doc[m.start:m.end]):
            m.country, m.from_context, m.confidence = "IGO", True, 0.6
    courts = [o for o in ix.mentions if o.kind == "organisation" and o.sector == "JUD"
              and o.country in NON_STATE_CODES and o.name]
    if len({o.country for o in courts}) != 1:
        return
    court = courts[0]
    for m in ix.mentions:
        if m.sector != "JUD" or m.name is not None or m.country in NON_STATE_CODES:
            continue
        head = doc[m.end - 1]
        if m.kind == "organisation" and head.lower_ in _COURT_HEADS \
                and (any(t.text in _COURT_SEATS for t in doc[m.start:m.end - 1])
                     or m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].text in _COURT_SEATS
                     or _seated_at_world_seat(head) or _worldwide_court(head)) \
                or m.kind in ("group", "person") and head.lemma_.lower() == "judge" \
                and _seated_at_world_seat(head):
            m.country, m.from_context, m.confidence = court.country, True, 0.6


# (session 35) Modifiers by which a court says it is no one state's ("the world court").
_WORLDWIDE = frozenset({"world", "international", "global"})


def _seated_at_world_seat(head: Token) -> bool:
    """(session 35) "the court in The Hague", "Judges in The Hague found that ...": a court or
    judges placed by an "in"/"at" phrase right after them in a city where international courts
    sit are the international court the article names, not the city's state's (the seat is no
    party). Read from the words: the parser may hang the phrase on the verb ("notify the court
    in The Hague")."""
    doc = head.doc
    k = head.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("in", "at"):
        return False
    k += 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    return doc[k].text in _COURT_SEATS


def _worldwide_court(head: Token) -> bool:
    """(session 35) "clearing the way for the world court to rule": a court called the world's
    (or international) is the international court the article names, not the story's state's
    own court."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _WORLDWIDE for c in head.children)


def _same_organ_after(ix: DocIndex, organ: Mention) -> None:
    """"the international envoy ... the envoy's decisions": a later bare definite phrase of the
    same head noun and sector is that organ, while no other such organ is named between."""
    doc = ix.doc
    lemma = doc[organ.end - 1].lemma_.lower()
    for m in ix.mentions:
        if m.start <= organ.start or m.sector != organ.sector or m.name is not None \
                or doc[m.end - 1].lemma_.lower() != lemma:
            continue
        if m.country is not None and m.country != "IGO" or m.end - m.start != 2 \
                or doc[m.start].lower_ != "the":
            return  # another organ of that kind ("Police say", "Philippine police"): not it
        m.country, m.from_context = "IGO", True


def _unplaced_owner(ix: DocIndex, m: Mention) -> bool:
    """"President Daniel Noboa's government": an organ a named person owns is that person's
    state's, so when the text gives the owner no state, the story's state is no evidence of
    the organ's either (the owner may well be the other side's leader)."""
    head = ix.doc[m.end - 1]
    owners = {c.i for c in head.children if c.dep_ == "poss"}
    return bool(owners) and any(o.kind == "person" and o.name and o.country is None
                                and any(o.start <= i < o.end for i in owners)
                                for o in ix.mentions)


def _unplaced_refugees(ix: DocIndex, m: Mention) -> bool:
    """"Italy turned away migrants": refugees a state acts on (turns away, deports, takes in)
    have come to it from elsewhere, so that state is not theirs; with no people named ("Tamil
    refugees") they have no state. Refugees who act themselves ("Chechen refugees went on
    hunger strike") keep the state the story is about, most often the one they fled."""
    if m.sector != "REF" or m.name is not None:
        return False
    if any(t.is_title and not t.is_sent_start or t.pos_ == "PROPN" for t in ix.doc[m.start:m.end]):
        return False
    head = ix.doc[m.end - 1]
    while head.dep_ == "conj" or head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ in ("NOUN", "NUM"):
        head = head.head if head.dep_ == "conj" else head.head.head  # "a group of refugees"
    return head.dep_ in ("dobj", "nsubjpass", "pobj", "dative")


# Modals that make a reported clause a demand or advice to its subject, not a report of an act.
_DEMAND_MODALS = frozenset({"must", "should", "ought", "shall"})


def _acting_state(ix: DocIndex, m: Mention) -> str | None:
    """The state whose act unnamed officials report: "Germany banned the airline, with
    officials saying ...", "France expelled two diplomats, officials said". Officials who
    speak of what a state did are its own, whatever other state the article is about."""
    tok = ix.doc[m.end - 1]
    source = _according_to_source(tok)
    if source is not None:
        return _official_state_at(ix, m, source) or _international_speaker(ix, m, source)
    act = None
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and any(c.dep_ == "acl" and c.lemma_.lower() in SAYING_VERBS for c in tok.children):
        act = tok.head.head
    elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAYING_VERBS:
        act = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
    if act is None or any(c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS for c in act.children):
        return None  # "the minister said Iran must release the sailors": a demand on another
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    state = _official_state_at(ix, m, doer)
    if state is not None and _other_party_acted_on(ix, act, state):
        return None  # (session 60) "Powell telephoned her ..., a ministry spokesman said": either side's
    return state


def _other_party_acted_on(ix: DocIndex, act: Token, state: str) -> bool:
    """Whether ``act``'s object is a person of another state, or a personal pronoun standing
    for one: a call or a meeting either side's officials may report."""
    for c in act.children:
        if c.dep_ not in ("dobj", "dative"):
            continue
        if c.lower_ in ("him", "her", "them"):
            return True
        o = mention_at(ix, c.i)
        if o is not None and o.kind == "person" and o.country and o.country != state:
            return True
    return False


def _governments_of_topic_state(ix: DocIndex, main: str | None) -> None:
    """(session 37) "Oman, ruled by Sultan Qaboos, sits at the entrance to the Strait of Hormuz.
    It joined the WTO in 2000. With its oil output falling, the government has pushed ...": a
    bare "the government" in a sentence that names no state before it goes on with the state that is
    the subject of the sentences before it (through a subject "it"), not with the story's
    main state, when that subject state is another."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.sector != "GOV" or m.name is not None \
                or m.end - m.start != 2 or doc[m.start].lower_ != "the" or doc[m.end - 1].lower_ != "government":
            continue
        sid = sentence_of_token(doc, m.start)
        if any(o.country and not o.from_context and o.kind != "pronoun" and o.start < m.start
               and sentence_of_token(doc, o.start) == sid for o in ix.mentions):
            continue
        state = _subject_state_before(ix, sid, m.start) or _leader_just_quoted(ix, m, sid)
        if state is not None and state != main:
            m.country, m.from_context, m.confidence = state, True, 0.5


def _leader_just_quoted(ix: DocIndex, m: Mention, sid: int) -> str | None:
    """(session 60) "British Prime Minister Boris Johnson ... said British flights would go on.
    The government said no British troops were killed": "the government" that speaks right
    after a named leader of another state spoke is that leader's."""
    doc = ix.doc
    head = doc[m.end - 1]
    if sid == 0 or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS:
        return None
    prev = sentences(doc)[sid - 1]
    leaders = {o.country for o in ix.mentions if prev.start <= o.start < prev.end and o.kind == "person"
               and o.name and o.sector == "GOV" and o.country and not o.from_context
               and o.country not in NON_STATE_CODES and doc[o.end - 1].dep_ == "nsubj"}
    return leaders.pop() if len(leaders) == 1 else None


# (session 50) Sectors of a state's people and local forces, which American news about another
# state's government means as that state's (its own officials, troops, lawmakers and reporters it
# names as American or leaves bare as its own).
_FOREIGN_STORY_SECTORS = frozenset({"CVL", "COP", "OPP", "REB", "UAF", "REF", "LAB", "AGR"})


def _foreign_government_in_us_story(ix: DocIndex) -> None:
    """(session 48) "WASHINGTON - Clinton ordered a freeze on Sudanese government assets ...
    U.S. officials said the measures were aimed at the government": American news calls its own
    government "the administration", "Washington" or "U.S. officials"; a bare "the government"
    in a story whose main state is the United States is the foreign government the story names
    as a government (its adjective or owner on "government", its capital or its leader as GOV),
    when one state's government is named so at least twice and three times as often as any other's."""
    doc = ix.doc
    named: dict[str, int] = {}
    for o in ix.mentions:
        if o.country and o.country != "USA" and o.country not in NON_STATE_CODES \
                and o.sector == "GOV" and not o.from_context and o.kind != "pronoun":
            named[o.country] = named.get(o.country, 0) + 1
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2:
        return
    state, lead = ranked[0][0], ranked[0][1] / ranked[1][1] if len(ranked) > 1 else float("inf")
    for m in ix.mentions:
        if m.country is None and m.sector == "GOV" and m.name is None and m.kind == "organisation" and lead >= 3 \
                and doc[m.end - 1].lower_ == "government" \
                and all(t.lower_ in ("the", "government") or t.dep_ == "amod" and t.tag_ == "VBN"
                        for t in doc[m.start:m.end]):
            m.country, m.from_context, m.confidence = state, True, 0.5
        elif lead > 1 and (m.country is None or m.country == "USA" and m.from_context) and m.sector == "GOV" \
                and m.kind == "organisation" and doc[m.end - 1].lower_ in ("ministry", "ministries") \
                and not m.named_state and all(t.is_title or t.lower_ in ("the", "a", "an")
                                              for t in doc[m.start:m.end]):
            # (session 49) "A Foreign Ministry spokesman told the official Islamic Republic News
            # Agency": the United States has departments, no ministries (the state named most
            # often as a government is the likelier owner)
            m.country, m.from_context, m.confidence = state, True, 0.5
    if lead < 3:
        return
    american = {sentence_of_token(doc, o.start) for o in ix.mentions if o.country == "USA" and not o.from_context}
    for m in ix.mentions:
        # (session 50) "WASHINGTON - The United States imposed sanctions on Syria ... rare
        # protests in Sweida, where demonstrators chanted against the government": the people,
        # police and fighters of a story about another state's government are that state's,
        # unless their sentence names the United States or an American ("protesters outside the
        # White House"); "a ministry official" quoted by its news agency is its official
        if m.country is not None or m.name is not None or m.kind not in ("group", "person", "organisation"):
            continue
        if sentence_of_token(doc, m.start) in american:
            continue
        if m.sector in _FOREIGN_STORY_SECTORS or m.sector == "GOV" and m.kind == "person" \
                and any(t.lower_ in ("ministry", "ministry's") for t in doc[m.start:m.end]):
            m.country, m.from_context, m.confidence = state, True, 0.5


def _subject_state_before(ix: DocIndex, sid: int, before: int) -> str | None:
    """The state that is the main subject of the sentence before ``sid``, read back through
    a subject "it" to the sentence before that (two sentences at most); only when an "it" or
    "its" carries the topic on (a subject "it" on the way, or an "its" in ``sid`` before
    ``before``): a state that merely acted in the sentence before is no topic."""
    spans = sentences(ix.doc)
    carried = any(t.lower_ == "its" for t in ix.doc[spans[sid].start:before])
    for back in (1, 2):
        if sid - back < 0:
            return None
        root = spans[sid - back].root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.lower_ == "it":
            carried = True
            continue
        if not carried:
            return None
        return next((o.country for o in ix.mentions if o.kind == "country" and not o.from_context
                     and o.start <= subject.i < o.end and o.country not in NON_STATE_CODES), None)
    return None


def _lost_by_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 37) "Uganda, which provides most of the AU troops, has lost soldiers to al
    Shabaab attacks": forces a state is said to lose are its own (whoever it serves with)."""
    tok = ix.doc[m.end - 1]
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() != "lose" or tok.tag_ != "NNS":
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((o.country for o in ix.mentions if o.kind == "country" and o.start <= subject.i < o.end
                 and o.country and o.country not in NON_STATE_CODES), None)


def _international_speaker(ix: DocIndex, m: Mention, source: Token) -> str | None:
    """(session 35) "the AU will not accept it, AU Commission chairman Jean Ping said,
    according to a spokesman": the spokesman of an international body's official speaks for
    that body, not for the state the story is about."""
    for o in ix.mentions:
        if o is not m and o.start <= source.i < o.end and o.country in INTERGOVERNMENTAL \
                and o.sector in _OFFICIAL_SECTORS:
            return o.country
    return None


def _according_to_source(tok: Token) -> Token | None:
    """The speaker of the saying verb that "according to <tok>" is attached to ("Kenya said it
    would wait, according to a ministry official"): the official is the voice of the state that
    speaks, not of the state the words are about. Only a saying verb: "troops shelled the town,
    according to officials" says nothing of whose officials they are."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.head.lower_ != "according":
        return None
    verb = tok.head.head.head
    if verb.lemma_.lower() not in SAYING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _reported_organ_state(ix: DocIndex, m: Mention) -> str | None:
    """"The Indian defence ministry said ... that a court of inquiry had been ordered": an
    unnamed official body that a state or its organ reports as set up or sent, with no doer
    named (a passive subject with no "by"), is the reporter's own, not the state the article
    is filed from or mostly about."""
    tok = ix.doc[m.end - 1]
    if tok.dep_ != "nsubjpass" or any(c.dep_ == "agent" for c in tok.head.children):
        return None
    clause = tok.head
    clause = first_conjunct(clause)  # "said that ... had caused the launch and that a court ... had been ordered"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    return _official_state_at(ix, m, speaker)


def _courts_of_speaker(ix: DocIndex, m: Mention) -> str | None:
    """"The U.S. Justice Department said the defendants would face charges in several federal
    courts": unnamed courts in what a state's justice department or prosecutors say are that
    state's own, not those of the state the story is about."""
    if m.sector != "JUD":
        return None
    tok = ix.doc[m.end - 1]
    for _ in range(6):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING_VERBS:
            speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if speaker is None:
                return None
            return _official_state_at(ix, m, speaker, sectors=frozenset({"JUD"}), states=False)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _legislature_of_speaker(ix: DocIndex, m: Mention) -> str | None:
    """(session 35) "Norway's government insisted it had no say, noting that the committee is
    appointed by parliament": an unnamed parliament in what a state or its government says is
    its own, not that of the state the story is about. A legislature speaking of "the
    legislature" is left to the passes that place the speaker itself (a body's name may be
    re-pointed to another state later)."""
    tok = ix.doc[m.end - 1]
    if m.sector != "LEG" or m.name is not None or any(c.dep_ == "poss" for c in tok.children):
        return None  # ("before the country's parliament": its owner says whose)
    for _ in range(6):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING_VERBS:
            speaker = _saying_subject(tok.head)
            if speaker is None:
                return None
            return _official_state_at(ix, m, speaker, sectors=frozenset({"GOV"}))
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def legislatures_of_late_speakers(ix: DocIndex) -> None:
    """(session 64) "Clinton also said he would work with lawmakers to remove trade curbs that
    penalise Moscow": ``_legislature_of_speaker`` again once surnames and pronouns are read, for
    a chamber the story's state was given only from context."""
    for m in ix.mentions:
        if m.sector == "LEG" and m.from_context and m.name is None and m.kind in ("group", "organisation"):
            state = _legislature_of_speaker(ix, m)
            if state is not None and state != m.country:
                m.country, m.confidence = state, min(m.confidence, 0.6)


def _convened_by_leader(ix: DocIndex, m: Mention) -> str | None:
    """(session 62) "Iraq's caretaker Prime Minister Adel Abdul Mahdi condemned the strike. He
    called parliament into an emergency session": a chamber a state's leader convenes, dissolves
    or addresses is that state's own, in a story about another state."""
    tok = ix.doc[m.end - 1]
    if m.sector != "LEG" or m.name is not None or tok.dep_ != "dobj" \
            or any(c.dep_ in ("poss", "prep") for c in tok.children) \
            or tok.head.lemma_.lower() not in _CONVENING:
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("he", "she") and subject.i == subject.sent.start \
            and subject.i > 0:
        # (pronouns are read back later: a sentence opened by "He" goes on with the subject before)
        subject = next((c for c in ix.doc[subject.i - 1].sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    leader = next((o for o in ix.mentions if o is not m and o.start <= subject.i < o.end), None)
    if leader is None or leader.kind != "person" or leader.sector != "GOV" \
            or not leader.country or leader.country in NON_STATE_CODES:
        return None
    return leader.country


# Verbs by which a leader calls or sends home his own state's chamber.
_CONVENING = frozenset({"call", "convene", "summon", "dissolve", "suspend", "recall", "address", "adjourn"})
# Words by which a body's own act is named after it ("Court rulings ordering ...").
_RULINGS = frozenset({"ruling", "order", "verdict", "decision", "judgment", "judgement",
                      "decree", "sentence"})


def _acts_on_state(ix: DocIndex, m: Mention, state: str) -> bool:
    """Whether an unnamed official body's ruling, told as a noun, orders people of ``state``
    named with that state's word ("Court rulings ordering Japanese firms to pay"): then the
    body is not that state's by default (a story's own courts ruling on its own firms do not
    name their nationality). A body's own clause is not read so: "the army accused Suu Kyi",
    "security forces raided Tunis" are the story's own forces acting at home."""
    if m.name is not None or m.sector not in _OFFICIAL_SECTORS:
        return False
    tok = ix.doc[m.end - 1]
    if tok.dep_ not in ("compound", "poss") or tok.head.lemma_.lower() not in _RULINGS:
        return False
    ruling = tok.head
    verbs = [c for c in ruling.children if c.dep_ in ("acl", "relcl")]
    if ruling.dep_ == "nsubj" and ruling.head.tag_ == "VBG":
        verbs.append(ruling.head)  # (the parser makes the participle the main verb)
    tokens = {t.i for c in verbs for o in c.children if o.dep_ in ("dobj", "nsubj") and o.i > c.i
              for t in o.subtree}
    return any(o.start in tokens and o.country == state and not o.from_context
               for o in ix.mentions if o is not m)


# Verbs by which firms buy or move a state's goods ("companies that continued to take Iranian crude").
_BUYING = frozenset({"buy", "purchase", "import", "take", "load", "ship", "carry", "refine", "handle"})


def _buyers_of_goods(ix: DocIndex, m: Mention, state: str) -> bool:
    """(session 49) "sanction companies that continued to take Iranian crude": firms told by
    what they buy from a state (the story's or the sentence's) are its customers, not its own
    business."""
    if m.name is not None or m.sector != "BUS":
        return False
    tok = ix.doc[m.end - 1]
    verbs = [c for c in tok.children if c.dep_ == "relcl"]
    if tok.dep_ == "nsubj":
        verbs.append(tok.head)
    goods = {t.i for v in verbs for w in [v, *(c for c in v.children if c.dep_ == "xcomp")]
             if w.lemma_.lower() in _BUYING
             for o in w.children if o.dep_ == "dobj" for t in o.subtree if t.i < o.i}
    return any(o.start in goods and o.country == state and o.kind == "country" for o in ix.mentions)


def _foreign_worded(ix: DocIndex, m: Mention) -> bool:
    """Whether a mention calls itself foreign ("foreign intelligence services")."""
    return any(t.lower_ in ("foreign", "overseas") for t in ix.doc[max(0, m.start - 1):m.end])


def _claimant_of_captives(ix: DocIndex, m: Mention) -> str | None:
    """"Djibouti demanded that Eritrea account for soldiers it says were captured", "the
    minister said the missing soldiers must be returned": a state asks back its own captured
    or missing troops, so they take the state of the sentence's main subject, not the captor
    named in the clause below it."""
    doc = ix.doc
    tok = doc[m.end - 1]
    if m.sector != "MIL" or not _held_or_missing(tok):
        return None
    root = tok
    while root.head.i != root.i:
        root = root.head
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or m.start <= subject.i < m.end:
        return None
    return _official_state_at(ix, m, subject)


def _held_or_missing(tok: Token) -> bool:
    """Troops marked as captives: "the missing soldiers", "soldiers captured in the war",
    "soldiers it says were captured" (the passive verb of a clause on the noun)."""
    if any(c.dep_ == "amod" and c.lower_ in _CAPTIVE_WORDS for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and c.lower_ in _CAPTIVE_WORDS:
            return True
        if c.dep_ == "relcl" and any(g.dep_ == "ccomp" and g.lower_ in _CAPTIVE_WORDS
                                     and any(x.dep_ == "auxpass" for x in g.children)
                                     for g in c.children):
            return True
    # the parser often hangs "it says were captured" on the main verb: read the words
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
        w = doc[j]
        if w.lower_ in _CAPTIVE_WORDS and any(x.dep_ == "auxpass" for x in w.children):
            return True
        if w.pos_ not in ("PRON", "VERB", "AUX"):
            break
    return False


# Words that mark troops as held by the other side or unaccounted for.
_CAPTIVE_WORDS = frozenset({"missing", "captured", "detained", "abducted", "kidnapped", "held"})


def speaker_state(ix: DocIndex, m: Mention, sectors: frozenset[str] | None = None) -> str | None:
    """The state of the official who says what an unnamed "the government" does ("Mexico's
    president said the government would not pay"): a state's officials speak of their own
    government, whatever other states the sentence or the article names. (session 61) Also in
    a second clause joined by "and that" ("said ... Palestinians took part in riots, and that
    troops fired"); ``sectors``: the speaker's, when only those speak of their own body."""
    speaker = _speaker_of_clause(ix, m)
    if speaker is None:
        return None
    if speaker.lemma_.lower() in _STAFF_OF_BODIES and not any(o.start <= speaker.i < o.end for o in ix.mentions):
        # (session 64) "a South Korean Foreign Ministry official said the government was
        # gathering information": the body the official is tagged by speaks
        speaker = next((c for c in speaker.children if c.dep_ == "compound"
                        and any(o.start <= c.i < o.end for o in ix.mentions)), speaker)
    return _official_state_at(ix, m, speaker, sectors=sectors, states=False) \
        or _fronted_speaker_state(ix, speaker, sectors or _OFFICIAL_SECTORS)


# (session 64) Nouns of one who speaks for a body ...
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# ... and the staff a body's name tags ("a Foreign Ministry official", "a ministry spokesman").
_STAFF_OF_BODIES = _SPOKES | {"official", "source", "diplomat"}


def _speaker_of_clause(ix: DocIndex, m: Mention) -> Token | None:
    """Who says the clause ``m`` is the subject of ("Mexico's president said the government
    would not pay"), through a second clause joined by "and that"."""
    tok = ix.doc[m.end - 1]
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        clause = clause.head  # ("said ... took part, and that troops fired": both said)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING_VERBS:
        return None
    return _saying_subject(clause.head)


def defence_speaker_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 63) "Defence Minister Crispus Kiyonga said the troops would defend themselves":
    a state's defence minister speaks of its own troops, whatever force the story named last."""
    speaker = _speaker_of_clause(ix, m)
    if speaker is None:
        return None
    return next((o.country for o in ix.mentions if o is not m and o.start <= speaker.i < o.end
                 and o.kind == "person" and o.country and o.country not in NON_STATE_CODES
                 and any(w in (o.role or "").lower() for w in ("defence", "defense"))), None)


def _fronted_speaker_state(ix: DocIndex, speaker: Token, sectors: frozenset[str]) -> str | None:
    """(session 62) "In Islamabad, the Foreign Ministry said the government had learned of the
    deaths": an unnamed office speaking in a sentence that opens in one state's place is that
    state's, and so is the government it speaks of, though the ministry's own state is only
    inferred (``_local_officials``, later)."""
    o = next((o for o in ix.mentions if o.start <= speaker.i < o.end), None)
    if o is None or o.name is not None and o.kind != "organisation" or o.sector not in sectors:
        return None
    place = opening_place(ix, speaker.sent)
    if place is None or place.end > o.start or place.country in NON_STATE_CODES:
        return None
    return place.country


def _saying_subject(verb: Token) -> Token | None:
    """Who says: the subject of a saying verb, or for a participle that goes on with what was
    said ("X said ..., adding that the government would ...") the subject of the verb it
    follows, which is the same speaker."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    while speaker is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # (session 42) "Gambia's interior minister visited the camps and said the government
        # would ...": a verb joined by "and" shares the subject of the first
        verb = verb.head
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return speaker


def _official_state_at(ix: DocIndex, m: Mention, doer: Token, sectors: frozenset[str] | None = None,
                       states: bool = True) -> str | None:
    """The state of the mention that covers ``doer`` (other than ``m``) when it is a state
    (``states``) or a body of one of ``sectors``, named in the text: whose act it is, when
    only a state or its officials can be meant (``sectors`` defaults to the official ones)."""
    sectors = _OFFICIAL_SECTORS if sectors is None else sectors
    for o in ix.mentions:
        if o is not m and o.start <= doer.i < o.end and o.country and not o.from_context \
                and o.country not in NON_STATE_CODES \
                and (states and o.kind == "country" or o.sector in sectors):
            return o.country
    return None


# Verbs by which a state moves or keeps its own forces ("Qatar withdrew peacekeepers", "Russia
# keeps troops in Transnistria").
DEPLOY_VERBS = frozenset({"send", "deploy", "withdraw", "dispatch", "station", "pull",
                          "recall", "evacuate", "mobilize", "mobilise", "redeploy",
                          "keep", "maintain", "post", "move", "rush", "airlift",
                          "land"})  # (session 63) "landing troops from boats"
# Verbs by which a state pledges its forces to another ("the police officers it had promised").
_PLEDGE_VERBS = frozenset({"promise", "pledge", "offer", "commit", "contribute"})
# Sectors of the forces a state sends abroad.
_SENT_SECTORS = frozenset({"MIL", "COP"})
# (session 54) Ships and aircraft a state's forces name ("navy ships", "air force planes").
_CRAFT = frozenset({"ship", "vessel", "warship", "boat", "frigate", "plane", "aircraft", "jet",
                    "helicopter", "transport"})
# (session 53) People a state sends ("will not send any government officials to the Games").
_SENT_PEOPLE = frozenset({"official", "envoy", "diplomat", "representative"})


def forces_of_holders(ix: DocIndex, late: bool = False) -> None:
    """(session 37) "The African Union, which has about 19,000 troops in Somalia", "The United
    States keeps 900 soldiers in Syria": unnamed troops or police that a named state or body
    has, keeps or sends are its own, not those of the place after them (which says where they
    serve). An intergovernmental holder keeps the force's sector (IGOMIL).

    (session 51) With ``late``, run once pronouns are read, for the governments and parliaments
    a state "has" instead: "Since last summer it (Libya) has had two parliaments and two
    governments" are the holder's, not the story's state's."""
    doc = ix.doc
    # ((session 64) "number", "comprise": "ECOMOG, which now numbers about 12,000 troops")
    verbs = {"have"} if late else DEPLOY_VERBS | {"have", "number", "comprise"}
    for m in ix.mentions:
        if m.name is not None:
            continue
        if late:
            if m.sector not in ("GOV", "LEG") or m.kind not in ("group", "organisation"):
                continue
        elif m.kind != "group" or m.sector not in _SENT_SECTORS or m.from_context:
            continue
        tok = first_conjunct(doc[m.end - 1])
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
            continue
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            doer = verb.head  # ("the African Union, which has ... troops")
            while doer.dep_ == "appos" and doer.head.i < doer.i:
                doer = doer.head  # (session 51) "France, the former colonial power, which keeps"
        if doer is None and verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "pcomp", "ccomp"):
            # (session 48) "Ethiopia long denied having combat troops in Somalia": the gerund's
            # holder is the subject of the verb it hangs on
            # (the nearest subject: a dateline the parser hangs on the same verb comes first)
            doer = max((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i),
                       key=lambda c: c.i, default=None) if verb.dep_ != "pcomp" else None
        if doer is None:
            continue
        holders = [o for o in ix.mentions if o is not m and o.country and not o.from_context
                   and (o.kind in ("country", "organisation")
                        and (o.kind == "country" or o.sector in _OFFICIAL_SECTORS or o.country in NON_STATE_CODES)
                        or late and o.kind == "pronoun" and o.sector is None
                        and o.country not in NON_STATE_CODES)]
        holder = next((o for o in holders if o.start <= doer.i < o.end), None)
        if holder is None:
            # (session 40) "The EU peacekeeping force EUFOR, which has 1,100 troops in Bosnia":
            # a force named by no mention of its own is the one of the body that names it
            owners = [o for o in holders if doer.left_edge.i <= o.start and o.end <= doer.i]
            holder = owners[0] if len(owners) == 1 else None
        if holder is not None and holder.country != m.country:
            m.country = holder.country


# Nouns for a part of a force ("a contingent of troops", "a battalion of marines").
_FORCE_UNITS = frozenset({"contingent", "battalion", "brigade", "company", "unit", "detachment",
                          "squadron", "division", "regiment", "platoon", "team", "force", "number"})


# Words that make unnamed forces the home state's army, whatever other army is named beside them.
_HOME_FORCE_WORDS = frozenset({"federal", "government", "national", "state", "regular", "loyalist"})


def _army_named_beside(ix: DocIndex, m: Mention) -> str | None:
    """(session 49) "Thirteen soldiers were killed, the heaviest loss suffered by the South
    African army": unnamed soldiers in a sentence that names one state's armed forces, and no
    other state's, are of those forces (not of the state the story is set in)."""
    if m.sector != "MIL" or m.kind != "group" or m.name is not None \
            or any(t.lower_ in _HOME_FORCE_WORDS for t in ix.doc[m.start:m.end]):
        return None  # ("federal troops", "government soldiers": the home state's own)
    sid = sentence_of_token(ix.doc, m.start)
    forces = {o.country for o in ix.mentions if o is not m and o.sector == "MIL" and o.country
              and not o.from_context and o.country not in NON_STATE_CODES
              and sentence_of_token(ix.doc, o.start) == sid and not _doer_over(ix, o, m)
              and not _met_by(ix, o, m)}
    others = {o.country for o in ix.mentions if o.kind == "country" and o.country and not o.from_context
              and sentence_of_token(ix.doc, o.start) == sid}
    return forces.pop() if len(forces) == 1 and others <= forces else None


def _met_by(ix: DocIndex, o: Mention, m: Mention) -> bool:
    """(session 63) Whether ``o`` is the agent of a passive verb whose subject is ``m`` (or of a
    verb joined to that subject's verb by "and"): "Several hundred troops flew in ... and were met
    on the runway by Ethiopian commanders" -- the commanders are the other party, not the troops' army."""
    head = _clause_word(ix, o)
    if head.dep_ != "pobj" or head.head.lower_ != "by" or head.head.dep_ != "agent":
        return False
    verb = head.head.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i == _clause_word(ix, m).i for c in verb.children)


def _doer_over(ix: DocIndex, o: Mention, m: Mention) -> bool:
    """Whether ``o`` is the subject of a clause that holds ``m`` ("Russian forces shelled the
    town, killing two soldiers"): the soldiers are what the force acted on, not its own."""
    head = _clause_word(ix, o)
    return head.dep_ == "nsubj" and head.head.left_edge.i <= m.start <= head.head.right_edge.i


def _force_of_named(ix: DocIndex, m: Mention) -> str | None:
    """(session 49) "A NATO-led force of 60,000 troops will police the ceasefire": the troops of
    a force that one named state or body leads or owns are that one's, not the story's state."""
    tok = first_conjunct(ix.doc[m.end - 1])
    if m.sector not in _SENT_SECTORS or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    unit = tok.head.head
    if unit.lemma_.lower() not in _FORCE_UNITS | {"mission"}:
        return None
    owners = {o.country for o in ix.mentions if o is not m and o.country and not o.from_context
              and o.kind in ("country", "organisation") and unit.left_edge.i <= o.start and o.end <= unit.i}
    return owners.pop() if len(owners) == 1 else None


def _sender_state(ix: DocIndex, m: Mention) -> str | None:
    """"Qatar withdrew peacekeepers from the border", "France sent troops", "Australia said it
    would send police and soldiers", "the police officers it had promised", "China sent a
    delegation to Kathmandu": unnamed forces and delegations a state sends, withdraws, holds
    back or promises are its own, ahead of the state the article is mostly about (the one
    they are sent to)."""
    tok = ix.doc[m.end - 1]
    if m.name is None and m.sector in _SENT_SECTORS and tok.dep_ == "compound" \
            and tok.head.lemma_.lower() in _CRAFT:
        tok = tok.head  # (session 54) "India dispatched two navy ships": the sender's navy
    elif m.kind != "group" or m.name is not None \
            or m.sector not in _SENT_SECTORS and tok.lemma_.lower() not in SENT_GROUPS | _SENT_PEOPLE:
        return None
    tok = first_conjunct(tok)  # "send police and soldiers"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" \
            and (tok.head.head.lemma_.lower() in _FORCE_UNITS or tok.head.head.lower_ in _QUANTITY_HEADS):
        tok = tok.head.head  # (session 49) "withdrew a small contingent of troops"; (session 62) "thousands of"
    verbs = [tok.head] if tok.dep_ == "dobj" else []
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("carry", "transport") and tok.head.dep_ == "acl" \
            and tok.head.head.dep_ == "dobj":
        verbs.append(tok.head.head.head)  # (session 54) "sent an aircraft carrying doctors and police"
    verbs += [c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i]
    for verb in verbs:
        if not _deploys(verb):
            continue
        # the nearest subject: a dateline the parser hangs on the same verb comes first
        doer = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: (c.i < verb.i, c.i),
                   default=None)
        if doer is None and verb.dep_ == "xcomp":
            # (session 49) "the court ordered Thailand to withdraw any troops": the one ordered
            doer = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if doer is None and verb.dep_ in ("xcomp", "conj"):
            doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "agreed to send"
            if doer is None and verb.dep_ == "xcomp":  # (session 60) "Fiji was asked to contribute officers"
                doer = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            if doer is None and verb.head.dep_ == "acomp":  # (session 54) "was prepared to send"
                doer = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if doer is None:
            doer = _charged_doer(verb)
        if doer is None:
            continue
        state = _official_state_at(ix, m, doer) or _saying_state(ix, m, doer) or _owned_by_speaker(ix, m, doer) \
            or _it_of_state_before(ix, m, doer)
        if state is not None:
            return state
    return _delegation_sent_by(ix, m, tok)


# Verbs by which forces go somewhere of their own motion ("soldiers would fly to Honiara").
_GOING_VERBS = frozenset({"fly", "travel", "head", "go", "leave", "arrive", "deploy", "sail"})


def _forces_told_moving(ix: DocIndex, m: Mention) -> str | None:
    """(session 60) "Australian Prime Minister John Howard told reporters that about 110
    soldiers and 70 federal police would fly to Honiara": forces a state's official says will go
    to another state's town are the official's state's."""
    if m.kind != "group" or m.sector not in _SENT_SECTORS:
        return None
    tok = first_conjunct(ix.doc[m.end - 1])
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _GOING_VERBS or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in SAYING_VERBS:
        return None
    speaker = _saying_subject(verb.head)
    state = _official_state_at(ix, m, speaker) if speaker is not None else None
    to = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for p in c.children
          if p.dep_ == "pobj"]
    there = {o.country for o in mentions_within(ix, to) if o.country and o.country not in NON_STATE_CODES}
    return state if state is not None and there and state not in there else None


def _recalled_envoys(ix: DocIndex) -> None:
    """(session 60) "France had recalled an ambassador from Washington", "a French diplomatic
    source said there was no need to recall the ambassador in London": an envoy recalled is
    the recalling state's, whatever post the phrase names; with no subject to the verb, the
    state of the one who says it."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        if m.name is not None or m.kind not in ("person", "group") or worded_state(ix, m) \
                or head.lemma_.lower() not in ("ambassador", "envoy") or head.dep_ != "dobj" \
                or head.head.lemma_.lower() != "recall":
            continue
        verb = head.head
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        state = _official_state_at(ix, m, doer) if doer is not None else None
        if state is None and doer is None:
            speaker = _speaker_above(verb)
            if speaker is not None:
                state = next((o.country for o in mentions_within(ix, [speaker])
                              if o.country and o.country not in NON_STATE_CODES and not o.from_context
                              and o.kind != "pronoun"), None)  # ("A French diplomatic source said")
        if state is not None:
            m.country, m.from_context, m.confidence = state, True, 0.6
            m.sector = m.sector or "GOV"


def _it_of_state_before(ix: DocIndex, m: Mention, doer: Token) -> str | None:
    """(session 60) "RAMSI, which Australia has led since July 2003, when it sent some 2,000
    troops": a subject "it" in a clause of a sentence whose state named before it is the subject
    of its own clause is that state (pronouns are resolved later)."""
    if doer.lower_ != "it":
        return None
    sent = doer.sent
    before = [o for o in ix.mentions if sent.start <= o.start and o.end <= doer.i and o.kind == "country"
              and not o.from_context and o.country and o.country not in NON_STATE_CODES
              and ix.doc[o.end - 1].dep_ == "nsubj"]
    return before[-1].country if before else None


def _owned_by_speaker(ix: DocIndex, m: Mention, doer: Token) -> str | None:
    """(session 60) "New Zealand Prime Minister Helen Clark said her government would also send
    soldiers": a government the speaker owns ("her government") is the speaker's state's."""
    if not any(c.dep_ == "poss" and c.lower_ in ("her", "his", "our") for c in doer.children):
        return None
    speaker = _speaker_above(doer)
    return _official_state_at(ix, m, speaker) if speaker is not None else None


def _speaker_above(tok: Token) -> Token | None:
    """The subject of the nearest saying verb above ``tok``: who says what ``tok`` stands in."""
    said = next((a for a in tok.ancestors if a.lemma_.lower() in SAYING_VERBS), None)
    return _saying_subject(said) if said is not None else None


def sent_delegations(ix: DocIndex) -> None:
    """A delegation left open or placed by context that the text says a body sent ("sent by
    the bloc's organ") is the sender's; run once back-references to blocs are mentions."""
    for m in ix.mentions:
        if (m.country is None or m.from_context) and m.name is None and m.kind == "group":
            sender = _delegation_sent_by(ix, m, ix.doc[m.end - 1])
            if sender is not None:
                m.country = sender


def _charged_doer(verb: Token) -> Token | None:
    """(session 41) "Djibouti accused Eritrea of moving troops into the area": the doer of a deed
    in a charge's "of" phrase is the party charged (the object of the charge, or the noun the
    phrase hangs on), not the state the story is mostly about."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "pcomp":
        verb = verb.head  # (session 63) "accused Eritrea of launching an attack ..., landing troops"
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in ("accuse", "charge", "blame"):
        # (the parser may hang the second deed on the charge itself)
        verb = next((p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pcomp"), verb)
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "of":
        return None
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN"):
        return owner
    return next((c for c in owner.children if c.dep_ == "dobj"), None)


def _delegation_sent_by(ix: DocIndex, m: Mention, tok: Token) -> str | None:
    """"The regional delegation, sent by the bloc's organ on politics": a delegation sent by
    a body or state named (or by an organ of one) is that body's or state's, a bloc's too."""
    if tok.lemma_.lower() not in SENT_GROUPS:
        return None
    for verb in (c for c in tok.children if c.dep_ == "acl" and _deploys(c)):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if doer is None:
            continue
        for t in [doer, *(c for c in doer.children if c.dep_ == "poss")]:
            o = next((o for o in ix.mentions if o is not m and o.start <= t.i < o.end
                      and o.country and not o.from_context), None)
            if o is not None:
                return o.country
    verb = tok.head
    if tok.dep_ == "dobj" and _deploys(verb):
        # (session 53) "The bloc demanded ... and said it would send a delegation to Bamako":
        # an international body that says "it" will send one sends it, not the state it goes to
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        speaker = _pronoun_speaker(doer) if doer is not None else None
        o = next((o for o in ix.mentions if speaker is not None and o is not m
                  and o.start <= speaker.i < o.end and o.country and not o.from_context
                  and o.country in NON_STATE_CODES and o.kind == "organisation"), None)
        if o is not None:
            return o.country
    return None


def _sending_body(ix: DocIndex, m: Mention, state: str) -> None:
    """"China sent a senior Communist Party delegation": a body no list places, named before
    a sent delegation, is the sender's (its party, not the host's), and so is the delegation's
    sector."""
    head = ix.doc[m.end - 1]
    if head.lemma_.lower() not in SENT_GROUPS:
        return
    for c in head.children:
        body = next((o for o in ix.mentions if o.kind == "organisation" and o.country is None
                     and o.sector and o.start <= c.i < o.end), None) if c.dep_ == "compound" else None
        if body is not None:
            body.country, body.from_context, body.confidence = state, True, 0.6
            m.sector = body.sector


# Head nouns of one force, any of which a later "the troops" may refer back by.
_TROOP_NOUNS = frozenset({"troop", "soldier", "force", "personnel", "peacekeeper"})
# Nouns of the troops and police a force or mission is made of.
_FORCE_MEMBERS = _TROOP_NOUNS | {"police", "policeman", "officer"}


# (session 34) Titles of the people a state or body posts abroad to speak for it.
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "emissary", "consul", "charge", "attache",
                           "attach\u00e9", "ambassadors", "envoys", "emissaries"})
# (session 34) Verbs by which a state or body posts its envoy, or calls him home.
_POSTING_VERBS = frozenset({"send", "dispatch", "recall", "withdraw", "appoint", "name",
                            "nominate", "accredit", "post"})


def _envoy_sender(ix: DocIndex, m: Mention) -> tuple[str, str] | None:
    """(session 34) "AU Commission chairman Jean Ping sent an envoy to the desert nation",
    "Israel's Foreign Minister announced that Ambassador Nathan Meron was being recalled": an
    envoy named with no state, whom a state or body sends, appoints or recalls, is the
    sender's (an IGO's envoy is the IGO's), never of the state he is posted to, which is often
    the one the story is about. The sender is the posting verb's subject or agent; with a
    passive verb and no agent, the one who says the clause (who announces a recall makes
    it). Code and sector of the sender, the sector GOV."""
    doc = ix.doc
    head = doc[m.start:m.end].root
    words = set((m.role or "").lower().split()) | {head.lower_}
    if not words & _ENVOY_TITLES:
        return None
    if head.dep_ == "appos" and head.head.lower_ in _ENVOY_TITLES:
        head = head.head  # (session 52) "sent a special envoy, Karan Singh, to Kathmandu"
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _POSTING_VERBS:
        return None
    if head.dep_ == "dobj":
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None and verb.dep_ in ("xcomp", "conj"):
            doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    else:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if agent is None:
            clause = verb
            while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAYING_VERBS:
                doer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    if doer.lower_ in ("it", "they", "he", "she") and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in SAYING_VERBS:
        # (session 47) "The OSCE said it was sending an envoy to Tbilisi": the one who says
        # it sends him (session 58: "the Commonwealth secretary-general said he was sending")
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), doer)
    # (the doer's owner speaks for it: "the African Union's commission chairman sent an envoy")
    owners = [doer] + [c for c in doer.children if c.dep_ == "poss"]
    for o in ix.mentions:
        if o is not m and any(o.start <= t.i < o.end for t in owners) and o.country \
                and not o.from_context and o.kind != "pronoun" \
                and (o.country in INTERGOVERNMENTAL or o.country not in NON_STATE_CODES
                     and (o.kind == "country" or o.sector in _OFFICIAL_SECTORS)):
            return o.country, "GOV"
    return None


def _sent_before(ix: DocIndex, m: Mention, sent: dict[str, set[str]]) -> str | None:
    """"New Zealand will send soldiers ... The troops arrive on Tuesday": a later definite
    plural force with no state word is the one state sent of its sector (police officers
    only as "the officers": "the police" is as often the host's own)."""
    states = sent.get(m.sector or "", set())
    head = ix.doc[m.end - 1]
    if len(states) != 1 or m.kind != "group" or head.tag_ != "NNS" \
            or ix.doc[m.start].lower_ not in ("the", "these", "those"):
        return None
    if m.sector == "MIL" and head.lemma_.lower() in _TROOP_NOUNS \
            or m.sector == "COP" and head.lemma_.lower() == "officer":
        return next(iter(states))
    return None


# Verbs by which an armed group comes over a border ("militants crossing from Afghanistan").
_CROSSING_VERBS = frozenset({"cross", "infiltrate", "slip", "sneak", "pour", "stream", "enter"})


# (session 63) Verbs by which troops arrive from their home ("Several hundred troops flew in from Entebbe").
_FLYING_VERBS = frozenset({"fly", "arrive", "land"})


def _crossed_from(ix: DocIndex, m: Mention) -> str | None:
    """"The risk of militants crossing from the Taliban-ruled country", "gunmen who slipped in
    from Pakistan": armed men said to cross over from one state are from it, not of the state
    the story is set in. Read from their own verb (subject, participle or relative clause)."""
    head = ix.doc[m.end - 1]
    verbs = [c for c in head.children if c.dep_ in ("acl", "relcl")]
    if head.dep_ == "nsubj":
        verbs.append(head.head)
    for verb in verbs:
        if verb.lemma_.lower() not in _CROSSING_VERBS \
                and not (m.sector == "MIL" and verb.lemma_.lower() in _FLYING_VERBS):
            continue
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj"]
        states = {o.country for o in mentions_within(ix, places) if o is not m and o.country
                  and o.country not in NON_STATE_CODES and not o.from_context} \
            or {c for p in places if p.pos_ == "PROPN" and (c := place_country(p.text)) is not None}
        if len(states) == 1:
            return states.pop()
    return None


def _deploys(verb: Token) -> bool:
    """Whether ``verb`` moves, keeps or pledges a force ("send", "promise", "hold back")."""
    lemma = verb.lemma_.lower()
    return lemma in DEPLOY_VERBS or lemma in _PLEDGE_VERBS \
        or lemma == "hold" and any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children) \
        or lemma in ("put", "place") and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            o.lower_ in ("alert", "standby") for o in c.children) for c in verb.children)  # (session 62)


def _saying_state(ix: DocIndex, m: Mention, doer: Token) -> str | None:
    """"Australia said it would send ...": the state that says what "it" will do is "it"
    (pronouns are resolved later, so the saying clause is read here)."""
    speaker = _pronoun_speaker(doer)
    return None if speaker is None else _official_state_at(ix, m, speaker)


def _pronoun_speaker(doer: Token) -> Token | None:
    """Who says what the pronoun ``doer`` ("it", "they", "we") will do: "Australia" in
    "Australia said it would send ...", "The bloc" in "The bloc demanded ... and said it would
    send ..."."""
    if doer.lower_ not in ("it", "they", "we", "he", "she"):
        return None  # ((session 62) "Rudd said he would send 100 extra soldiers": the leader's state)
    clause = doer.head
    while clause.dep_ in ("conj", "relcl", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # "the officers it had promised" inside "said it would hold back"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING_VERBS:
        return None
    return _saying_subject(clause.head)


# verbs by which an attack harms people ("killed one soldier", "wounding two")
_HARMING = frozenset({"kill", "wound", "injure", "hurt", "maim"})
# prepositions that name what an attack struck ("an attack on a convoy")
_STRUCK_PREPS = frozenset({"on", "against", "at", "upon"})


def _struck_force_state(ix: DocIndex, m: Mention) -> str | None:
    """"an attack on a convoy of Irish peacekeepers that killed one soldier", "ambushed a patrol
    of French troops, wounding two soldiers": counted soldiers with no state word, harmed by the
    attack on one named force, are of that force, not the army of the state the story is filed
    from. Read only through the harm's own clause (a relative clause on the attack, or a
    participle on the attacking verb) into what the attack struck, never from the attacker's
    side ("Russian forces shelled the town, killing two soldiers" says nothing of whose)."""
    doc = ix.doc
    tok = doc[m.end - 1]
    if m.kind not in ("group", "person") or m.name or m.sector not in ("MIL", "COP") \
            or not any(c.dep_ == "nummod" for c in tok.children) \
            or tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_.lower() not in _HARMING:
        return None
    harm = tok.head
    harm = first_conjunct(harm)  # "killed one soldier and wounded three"
    attack = harm.head
    for _ in range(2):
        if harm.dep_ == "relcl" and attack.dep_ == "pobj" and attack.head.lower_ == "of" \
                and attack.head.head.pos_ == "NOUN":
            attack = attack.head.head  # ("a convoy of Polish troops that killed": the convoy was hit)
    if harm.dep_ == "relcl" and attack.pos_ == "NOUN" and attack.dep_ == "pobj" \
            and attack.head.lower_ in _STRUCK_PREPS:
        struck = [attack]  # (the parser hangs the clause on the thing hit: "an attack on a convoy ... that")
    elif harm.dep_ == "relcl" and attack.pos_ == "NOUN":
        struck = [o for p in attack.children if p.dep_ == "prep" and p.lower_ in _STRUCK_PREPS
                  for o in p.children if o.dep_ == "pobj"]
    elif harm.dep_ in ("advcl", "conj", "xcomp") and harm.tag_ == "VBG" and attack.pos_ == "VERB":
        struck = [o for o in attack.children if o.dep_ == "dobj"] + [
            o for p in attack.children if p.dep_ == "prep" and p.lower_ in _STRUCK_PREPS
            for o in p.children if o.dep_ == "pobj"]
    else:
        return None
    inside = {t.i for o in struck for t in o.subtree} - {t.i for t in harm.subtree}
    states = {o.country for o in ix.mentions if o is not m and o.start in inside and o.country
              and not o.from_context and o.country not in NON_STATE_CODES and o.sector in ("MIL", "COP")}
    return states.pop() if len(states) == 1 else None


def _rival_government(ix: DocIndex, m: Mention) -> str | None:
    """"Sudan's government renewed a ceasefire pact with major rebel groups": rebels a
    government deals with (a pact with, talks with, fights) are its own state's insurgents,
    not the state where the talks are held."""
    tok = ix.doc[m.end - 1]
    tok = first_conjunct(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "against"):
        tok = tok.head.head
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj"):
            tok = tok.head  # "renewed a pact with": the verb of the noun
            if tok.dep_ == "prep":
                tok = tok.head
    elif tok.dep_ == "dobj":
        tok = tok.head
    else:
        return None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    while doer is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # "allowed relief ... and renewed a pact with rebels"
        doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    # a government only, not an army or a bare state: foreign armies fight rebels abroad
    return _official_state_at(ix, m, doer, sectors=frozenset({"GOV"}), states=False)


# Bodies whose name several states use (facts of their constitutions); the knowledge base
# files each under the best-known one. In an article about another of them, theirs is meant.
_SHARED_BODIES = {
    "house of commons": frozenset({"GBR", "CAN"}),
    "house of representatives": frozenset({"USA", "AUS", "NZL", "NGA", "PHL", "JPN", "LBY",
                                           "COL", "IDN", "THA", "JOR", "MAR", "BHR", "URY",
                                           "NPL", "MYS", "JAM", "TTO", "BHS", "BRB", "FJI",
                                           "LBR", "BLZ", "CYP", "MLT", "BEL"}),
    "department of justice": frozenset({"USA", "CAN"}),
    "justice department": frozenset({"USA", "CAN"}),
    "foreign office": frozenset({"GBR", "PAK", "DEU", "IND", "BGD", "LKA"}),
    "national security council": frozenset({"USA", "GBR", "AFG", "PAK", "IND", "TUR", "ISR",
                                            "KOR", "JPN", "PHL", "THA", "LKA", "NGA", "KEN",
                                            "UKR", "BGD", "IRQ", "MMR", "KAZ"}),
    # (session 26) Finland's Keskusrikospoliisi is its National Bureau of Investigation in English
    "national bureau of investigation": frozenset({"PHL", "FIN"}),
}


def _shared_bodies(ix: DocIndex, main: str | None, headline: str | None) -> None:
    """"the House of Commons" in a story about Canada is Canada's: a body named without its
    state takes the article's state when that state has a body of that name. The body's own
    mentions (its name, its bracketed acronym) are no evidence of the state it is filed under:
    "The National Security Council (NSC) rejected the Afghan demand" is about Afghanistan."""
    doc = ix.doc
    shared: list[tuple[Mention, frozenset[str]]] = []
    for m in ix.mentions:
        words = [t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the"]
        states = _SHARED_BODIES.get(" ".join(words))
        if m.kind == "organisation" and states is not None and m.country in states \
                and not m.named_state:  # (session 55) "Britain's Foreign Office" says whose
            shared.append((m, states))
    if not shared:
        return
    if main is None or main == shared[0][0].country:
        names = {m.name for m, _ in shared if m.name}
        rest = [m for m in ix.mentions if not (m.kind == "organisation" and m.name in names)]
        main = main_country(rest, ix.dateline, doc, headline, headline_states(ix), headline_object_state(ix)) or main
    by_name = {s.name: st for s, st in shared}
    owned: dict[str | None, str | None] = {}  # the state last written in front of the name
    for m in sorted(ix.mentions, key=lambda o: o.start):
        states = by_name.get(m.name) if m.kind == "organisation" else None
        if states is None or m.country not in states:
            continue
        if m.named_state:
            owned[m.name] = m.country
        elif m.name in owned:
            m.country = owned[m.name]  # "Britain's Foreign Office ... The Foreign Office added"
        elif main in states:
            m.country = main
        elif (holder := _sentence_holder(ix, m, states)) is not None:
            m.country = holder


def press_told_where(ix: DocIndex) -> None:
    """(session 59) "Qurei told reporters in Ramallah", "the lawyer told reporters in Santiago":
    unnamed reporters told in a town are that town's state's press, whoever speaks to them (the
    judges' convention since batch AH: reporters are where they are told)."""
    for m in ix.mentions:
        if m.sector != "JRN" or m.kind != "group" or m.name is not None or m.country and not m.from_context:
            continue
        head = mention_head(ix, m)
        verb = head.head
        if head.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in ("tell", "brief"):
            continue
        places = {form.iso3 for prep in [*verb.children, *head.children]
                  if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
                  for t in prep.subtree if (form := ix.country_at(t.i)) is not None
                  and form.form not in ("name", "adjective", "people") and form.iso3 not in NON_STATE_CODES}
        if len(places) == 1:
            m.country, m.from_context, m.confidence = next(iter(places)), True, 0.6


def press_told_by_speakers(ix: DocIndex) -> None:
    """(session 55) "Trump told reporters in the East Room" beside his guests, "Vucic told the
    Pink television channel": unnamed reporters, or an outlet the lists do not place, whom a
    speaker of the dateline's state tells or briefs where the sentence names no place for it
    are his own country's press, not that of a guest at his side (the context's guess gives
    way). Runs last, once the speakers are placed."""
    for m in ix.mentions:
        if m.sector != "JRN" or m.country and not m.from_context \
                or m.kind not in ("group", "organisation") or m.kind == "group" and m.name is not None:
            continue
        head = mention_head(ix, m)
        verb = head.head
        if head.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in ("tell", "brief") \
                or _told_where(ix, verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        told = next((o.country for o in ix.mentions if subject is not None and o.start <= subject.i < o.end
                     and o.country and o.country not in NON_STATE_CODES and o.kind != "pronoun"), None)
        # (reporters only where the speaker is at home, and they had a guess of another state:
        # reporters a visitor briefs, or whose place the story leaves open, may well be the
        # dateline's or no one state's; an outlet a speaker gives an interview to is his)
        if told is None or m.country == told or m.kind != "organisation" and (
                told != ix.dateline or m.country is None):
            continue
        m.country, m.from_context = told, True


def chambers_told_late(ix: DocIndex) -> None:
    """(session 57) "Singh told parliament, where opposition members demanded a tougher
    response": a chamber an official tells is his state's (``_own_bodies_told``), read again
    once surnames are placed ("Singh" is known only after the context's guesses), and the
    members its "where" clause names sit in it."""
    _own_bodies_told(ix)
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        head = head.head if head.dep_ == "compound" else head  # ("opposition" of "opposition members")
        where = where_clause_antecedent(head)
        if not m.from_context or m.kind != "group" or m.sector not in ("OPP", "LEG") or head.dep_ != "nsubj" \
                or where is None:
            continue
        chamber = next((o for o in ix.mentions if o.start <= where.i < o.end and o.sector == "LEG"
                        and o.country and o.country not in NON_STATE_CODES), None)
        if chamber is not None and chamber.country != m.country:
            m.country, m.confidence = chamber.country, 0.5


# (session 59) Titles of royals, who belong to the court of the state they are placed in.
_ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "emir", "sultan", "monarch", "sheikh"})


def _joined_to_other_state_doer(ix: DocIndex, m: Mention, main: str | None) -> str | None:
    """(session 59) "President Dmitry Medvedev declared Monday a day of national mourning in
    Russia, and a state television channel said it would broadcast 'Katyn'", in a story about
    Poland: an unnamed body whose clause is joined by "and" to a clause done by another state's
    official is of that official's state, not the story's."""
    head = ix.doc[m.end - 1]
    if main is None or head.dep_ != "nsubj" or head.head.dep_ != "conj":
        return None
    first = head.head.head
    doer = next((o for c in first.children if c.dep_ == "nsubj"
                 for o in [mention_at(ix, c.i)] if o is not None), None)
    if doer is None or not doer.country or doer.country in NON_STATE_CODES or doer.country == main \
            or doer.sector != "GOV" or doer.kind not in ("person", "organisation"):
        return None
    return doer.country


def _placed_before_the_story_state(ix: DocIndex) -> None:
    """(session 59) Evidence nearer than the story's state, for actors it would otherwise claim:
    the same body named in the sentence before (``_same_body_just_before``), the state of the
    "where" clause a royal is named in (``_royal_of_where_clause``), and for unnamed police and
    private people in a sentence naming no state, the town the act was just set in
    (``_place_just_set``)."""
    states: dict[int, set[str]] | None = None
    for m in ix.mentions:
        if m.country is not None:
            continue
        found = _same_body_just_before(ix, m)
        if found is None and m.name is None and m.kind == "person":
            found = _royal_of_where_clause(ix, m)
        if found is None and m.name is None and m.kind in ("group", "person") \
                and (m.sector == "COP" or m.sector == "CVL" and _harmed_here(ix, m)):
            states = _sentence_states(ix) if states is None else states
            sid = sentence_of_token(ix.doc, m.start)
            if not states.get(sid):
                found = _place_just_set(ix, sid, m.start, paragraph=m.sector != "COP")
        if found is not None:
            m.country, m.from_context, m.confidence = found, True, 0.6


# (session 59) Verbs of harm done to people where an act was set ("50 people were wounded").
_HARMS = frozenset({"kill", "wound", "injure", "hurt", "die", "include", "evacuate", "rescue", "trap",
                    "bury", "treat", "detain", "arrest"})


def _harmed_here(ix: DocIndex, m: Mention) -> bool:
    """Whether the clause of ``m`` tells harm done to it ("three children" the dead included)."""
    head = ix.doc[m.end - 1]
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.lemma_.lower() in _HARMS


def _same_body_just_before(ix: DocIndex, m: Mention) -> str | None:
    """(session 59) "Swedish prosecutors charged him ... Prosecutors said Nouri served at
    Gohardasht": a bare official noun that opens its sentence, said in the sentence before with
    one state, is that body again, whatever place its own sentence names. (Not soldiers or
    police, of which a story of a clash has two sides: "Pakistani soldiers ... Soldiers" may be
    the other army.)"""
    doc = ix.doc
    if m.name is not None or m.kind != "group" or m.sector not in ("GOV", "JUD", "LEG") \
            or m.end - m.start != 1 or m.start != doc[m.start].sent.start:
        return None
    sid = sentence_of_token(doc, m.start)
    word = doc[m.start].lemma_.lower()
    found = {o.country for o in ix.mentions if o.country and o.country not in NON_STATE_CODES
             and o.kind == "group" and o.sector == m.sector and sentence_of_token(doc, o.start) == sid - 1
             and doc[o.end - 1].lemma_.lower() == word}
    return next(iter(found)) if len(found) == 1 else None


def _royal_of_where_clause(ix: DocIndex, m: Mention) -> str | None:
    """(session 59) "a visit to neighbouring Brunei, where she was attending the wedding of the
    crown prince": a royal with no state of his own, inside a "where" clause on a state's
    name, is of that state."""
    tok = ix.doc[m.end - 1]
    if tok.lemma_.lower() not in _ROYAL_TITLES:
        return None
    for word in (tok, *tok.ancestors):
        if (where := where_clause_antecedent(word)) is not None:
            place = mention_at(ix, where.i)
            return place.country if place is not None and place.kind == "country" \
                and place.country not in NON_STATE_CODES else None
    return None


def where_clause_antecedent(head: Token) -> Token | None:
    """The noun a "where" clause hangs on, when ``head`` is its verb's subject ("parliament,
    where opposition members demanded ...", "in Italy, where a government was sworn in")."""
    verb = head.head
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    return verb.head


def rebels_against_rulers(ix: DocIndex) -> None:
    """(session 57) ``_rebels_against_ruler`` for every rebel group, once pronouns are read
    ("rebels fighting to topple him": "him" is the president by now)."""
    for m in ix.mentions:
        if (state := _rebels_against_ruler(ix, m)) is not None and state != m.country:
            m.country, m.from_context, m.confidence = state, True, 0.6


def strength_of_missions(ix: DocIndex) -> None:
    """(session 57) "UNAMID currently has roughly 8,000 personnel, including about 4,000 troops,
    down from a peak of more than 20,000 soldiers and police": the troops and police a sentence
    counts as what an international force has are that force's, not the host's."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind == "group" and m.name is None and m.sector in ("MIL", "COP") \
                and (force := _mission_counted(ix, m)) is not None \
                and not worded_state(ix, m):
            m.country, m.from_context, m.confidence = force.country, True, 0.6
    for sent in sentences(doc):
        root = sent.root
        if root.lemma_.lower() != "have":
            continue
        force = next((o for o in ix.mentions for c in root.children if c.dep_ == "nsubj"
                      and o.start <= c.i < o.end and o.kind == "organisation" and o.sector == "MIL"
                      and o.country in NON_STATE_CODES), None)
        if force is None:
            continue
        for m in ix.mentions:
            if sent.start <= m.start < sent.end and m.kind == "group" and m.name is None \
                    and m.sector in ("MIL", "COP") and m.country != force.country \
                    and not worded_state(ix, m):
                m.country, m.from_context, m.confidence = force.country, True, 0.6


# (session 59) Participles by which a force goes with what its state sends ("escorted by warships").
_ESCORTING = frozenset({"escort", "accompany", "guard", "protect", "shadow", "flank"})


def _escort_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 59) "Turkey sent a seismic research vessel, escorted by warships": the force
    that escorts what a state sends or owns is that state's."""
    doc = ix.doc
    head = first_conjunct(doc[m.end - 1])
    if head.dep_ != "pobj" or head.head.lower_ != "by":
        return None
    part = head.head.head
    if part.lemma_.lower() not in _ESCORTING or part.tag_ != "VBN" or part.dep_ not in ("acl", "advcl", "relcl"):
        return None
    thing = part.head
    owners = [c for c in thing.children if c.dep_ == "poss"]
    if not owners and thing.dep_ in ("dobj", "nsubjpass"):
        owners = [c for c in thing.head.children if c.dep_ == "nsubj"]
    for owner in owners:
        o = mention_at(ix, owner.i)
        if o is not None and o.country and o.country not in NON_STATE_CODES and o.kind != "pronoun":
            return o.country
    return None


def _mission_counted(ix: DocIndex, m: Mention) -> Mention | None:
    """(session 59) The international force whose strength ``m`` counts: "setting up the U.N.
    ... Mission in Mali, known as MINUSMA, with up to 11,200 soldiers and 1,440 police" (a
    number "with" after the force's name); "the roughly 6,300 troops of the African-led mission
    known as AFISMA" (its "of" phrase)."""
    doc = ix.doc
    head = first_conjunct(doc[m.end - 1])
    missions = [o for o in ix.mentions if o.kind == "organisation" and o.sector == "MIL"
                and o.country in NON_STATE_CODES and o.country not in ("NGO", "MNC")]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            found = next((o for o in missions if c.i < o.start <= c.right_edge.i), None)
            if found is not None:
                return found
    if head.dep_ == "pobj" and head.head.lower_ == "with" \
            and any(c.dep_ == "nummod" for c in head.children):
        sent = head.sent
        return next((o for o in reversed(missions) if sent.start <= o.start and o.end <= head.head.i
                     and head.head.i - o.end <= 3), None)
    return None


def governments_where_placed(ix: DocIndex) -> None:
    """(session 57) "a parallel crisis in Italy, where a populist coalition government was sworn
    in": an unnamed government that a "where" clause puts in a state is that state's, not the
    state the story is about; (session 59) so is a court or a parliament ("moved to New Delhi,
    where the Supreme Court ruled in January")."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        where = where_clause_antecedent(head)
        shared = m.name is not None and m.sector in ("JUD", "LEG") \
            and not worded_state(ix, m)  # ("the Supreme Court")
        if not (m.from_context and m.name is None or shared) or m.sector not in ("GOV", "JUD", "LEG") \
                or m.kind != "organisation" or head.dep_ not in ("nsubj", "nsubjpass") or where is None:
            continue
        place = next((o for o in ix.mentions if o.start <= where.i < o.end and o.kind == "country"
                      and o.country and o.country not in NON_STATE_CODES), None)
        if place is not None and place.country != m.country:
            old, m.country, m.confidence = m.country, place.country, 0.5
            if shared:
                # ("... the Supreme Court barred Italy's ambassador": the same court again)
                for o in ix.mentions:
                    if o.start > m.start and o.name == m.name and o.country == old \
                            and not worded_state(ix, o):
                        o.country, o.confidence = place.country, 0.5


def _told_where(ix: DocIndex, verb: Token) -> bool:
    """Whether the telling is placed by a state's or town's name ("told reporters in Geneva",
    "by telephone from the Tindouf camps in Algeria"): where they were says more."""
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "from"):
            continue
        path = [a for a in prep.ancestors if a.i != verb.i and verb in a.ancestors]
        if any(a.dep_ in ("ccomp", "advcl", "relcl") for a in path):
            continue  # (what was said, not where it was said)
        if any(ix.country_at(t.i) is not None for t in prep.subtree):
            return True
    return False


def _sentence_holder(ix: DocIndex, body: Mention, holders: frozenset[str]) -> str | None:
    """(session 28) "Trudeau told the House of Commons" in news of India: a shared body's
    name, in a story about a state that has no body of that name, is of the one holder of
    that name its sentence names in its own words (the speaker's, a place's), if just one."""
    sid = sentence_of_token(ix.doc, body.start)
    named = {o.country for o in ix.mentions
             if o is not body and o.name != body.name and o.country in holders
             and not o.from_context and sentence_of_token(ix.doc, o.start) == sid}
    return next(iter(named)) if len(named) == 1 else None


def _ministries_of_sentence(ix: DocIndex) -> None:
    """(session 56) "French officials did not say ... The justice ministry said only that he would
    receive a fair trial with all the guarantees of French law": in a story of several states
    with none the main one, an unnamed ministry is of the one state its sentence names or,
    failing that, the one the sentence before names."""
    states = _sentence_states(ix)
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation" or ix.doc[m.end - 1].lemma_.lower() != "ministry":
            continue
        sid = sentence_of_token(ix.doc, m.start)
        for pool in (states.get(sid, set()), states.get(sid - 1, set())):
            if pool:
                if len(pool) == 1:
                    m.country, m.from_context, m.confidence = next(iter(pool)), True, 0.5
                break


def _state_of_leaders_here(ix: DocIndex, m: Mention) -> str | None:
    """(session 63) "Prime Minister Yoshiro Mori is preparing to step down, and the ruling Liberal
    Democratic Party is to choose his successor": a party no list knows is of the one state whose
    known officials its sentence names, not the story's state (a Korean story quoting Tokyo)."""
    sent = ix.doc[m.start].sent
    found = {o.country for o in ix.mentions if sent.start <= o.start < sent.end and o.kind == "person"
             and o.confidence >= 1.0 and o.sector == "GOV" and o.country and o.country not in NON_STATE_CODES}
    return found.pop() if len(found) == 1 else None


def _sentence_states_if_set_in(ix: DocIndex, state: str) -> dict[int, set[str]] | None:
    """The states each sentence names, scenes counted, when ``state`` is named in two sentences
    or more; none when it is named in one only: one sentence's place is where an act happened,
    not whose the doer is."""
    states = _sentence_states(ix, scenes=True)
    return states if sum(state in named for named in states.values()) >= 2 else None


def _sentence_states(ix: DocIndex, meeting_places: bool = False, scenes: bool = False) -> dict[int, set[str]]:
    """The states each sentence names from its own words (not from the article's context); a
    news outlet cited ("told Agence France-Presse", "Reuters said") names none. With
    ``meeting_places``, nor does a capital where something happens ("a summit in Rome"). With
    ``scenes``, venues, destinations and sponsors count too ("sentenced in California's
    Riverside County"): where a private person is, or is not."""
    states: dict[int, set[str]] = {}
    for m in ix.mentions:
        if m.sector == "JRN":
            continue
        if meeting_places and _capital_venue(ix, m):
            continue
        # a person known by name only is evidence of nobody else's state ("King Abdullah
        # met Putin"); "Algerian President Ben Bella" names a state in the text
        if m.country and m.country not in NON_STATE_CODES and not m.from_context \
                and not (m.kind == "person" and m.name and not _names_state(ix, m)) \
                and (scenes or not _venue(ix, m) and not _destination(ix, m)
                     and not _sponsor_of_thing(ix, m)):
            states.setdefault(sentence_of_token(ix.doc, m.start), set()).add(m.country)
    return states


# Participles that tie an unnamed group to the body it serves ("hackers linked to the
# Iranian government", "militias loyal to Damascus").
_TIE_WORDS = frozenset({"linked", "tied", "affiliated", "connected", "loyal", "allied"})


def _joined_force_state(ix: DocIndex, m: Mention) -> str | None:
    """"Protesters were killed by security forces and gunmen": unnamed attackers joined by
    "and" to a state's police or troops placed at the scene act at the same scene, so they
    are of that state (the scene's own armed men), as they would be with its place named."""
    head = ix.doc[m.end - 1]
    partners = [head.head] if head.dep_ == "conj" else []
    partners += [c for c in head.children if c.dep_ == "conj"]
    for other in ix.mentions:
        if other is not m and other.country and other.sector in ("COP", "MIL") \
                and other.country not in NON_STATE_CODES \
                and any(other.start <= p.i < other.end for p in partners):
            return other.country
    return None


# (session 51) Verbs by which challengers bring down their own state's ruler or government.
_OVERTHROWS = frozenset({"overthrow", "overthrew", "overthrown", "topple", "toppled", "oust", "ousted",
                         "depose", "deposed", "unseat", "unseated",
                         "remove", "removed"})  # (session 64) "soldiers removed President X"


def _overthrower_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 51) "Libya has slid into chaos since rebels backed by NATO air strikes
    overthrew Muammar Gaddafi": rebels or protesters who bring down a ruler are of his state.
    (session 64) So are soldiers, in a coup told in a story of another state: "Mali's neighbour
    Burkina Faso was hit by its own military coup, when soldiers removed President Kabore"."""
    if m.sector not in ("REB", "OPP", "UAF", "CVL", "MIL"):
        return None
    head = ix.doc[m.end - 1]
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _OVERTHROWS and verb.lower_ not in _OVERTHROWS:
        return None
    for o in ix.mentions:
        if o.country and o.country not in NON_STATE_CODES and not o.from_context \
                and o.sector in ("GOV", "ELI", None) and o.kind in ("person", "organisation") \
                and any(c.dep_ == "dobj" and o.start <= c.i < o.end for c in verb.children):
            return o.country
    return None


def _tied_state(ix: DocIndex, m: Mention) -> str | None:
    """The state of the body a group is said to be tied to, read from the words (the parser
    often takes "linked" for the main verb): that state's group, not one of the targets."""
    doc = ix.doc
    k = m.end
    if k + 2 >= ix.n or doc[k].lower_ not in _TIE_WORDS or doc[k + 1].lower_ not in ("to", "with"):
        return None
    for o in ix.mentions:
        if o is not m and o.start <= k + 2 < o.end + 1 and o.start >= k + 2 \
                and o.country and o.country not in NON_STATE_CODES and not o.from_context:
            return o.country
    return None


# (session 35) Nouns of a vote that a state holds, and the people who cast it.
_VOTE_NOUNS = frozenset({"referendum", "election", "vote", "poll", "plebiscite", "ballot"})
_VOTERS = frozenset({"voter", "elector", "electorate"})


def _adjective_of_first_conjunct(ix: DocIndex, m: Mention) -> str | None:
    """(session 53) "15 British sailors and marines": a plural joined by "and" to a plural that a
    state's adjective qualifies shares the adjective (the marines are British too), also where
    the first noun is no sector word of its own."""
    tok = ix.doc[m.end - 1]
    if m.end - m.start != 1 or tok.dep_ != "conj" or tok.tag_ != "NNS" or tok.head.tag_ != "NNS" \
            or tok.head.i >= tok.i or tok.i - tok.head.i > 2:
        return None
    adjectives = [c.i for c in tok.head.children if c.dep_ == "amod" and c.i < tok.head.i]
    states = {o.country for o in ix.mentions for k in adjectives if o.kind == "country" and o.start == k
              and o.end == k + 1 and o.country and o.country not in NON_STATE_CODES}
    return states.pop() if len(states) == 1 else None


def _of_state_shared_by_conjunct(ix: DocIndex, m: Mention) -> str | None:
    """(session 60) "the government and people of Solomon Islands asked us to come": an "of
    <state>" phrase after the last of joined nouns qualifies them all."""
    head = ix.doc[m.end - 1]
    if not any(c.dep_ == "conj" for c in head.children):
        return None
    for c in [head, *(c for c in head.children if c.dep_ == "conj")]:
        of = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]  # (the parser may hang it on either)
        states = {f.iso3 for p in of for t in p.subtree if (f := ix.country_at(t.i)) is not None
                  and f.form == "name" and f.iso3 not in NON_STATE_CODES}
        if len(states) == 1:
            return states.pop()
    return None


def _national_body_of_dateline(ix: DocIndex, m: Mention, main: str | None) -> str | None:
    """(session 60) "HONIARA - ... The national parliament voted to approve a law giving the
    foreign troops and police powers": in a story filed from a state that another state's
    deeds lead, "the national parliament" is the dateline state's own."""
    head = ix.doc[m.end - 1]
    if ix.dateline is None or main is None or ix.dateline == main or m.sector != "LEG" \
            or ix.doc[m.start].lower_ != "the" \
            or not any(c.lower_ == "national" and c.dep_ == "amod" for c in head.children):
        return None  # (not "a new national unity cabinet" of a deal signed abroad)
    return ix.dateline


def _forces_of_people_told(ix: DocIndex, m: Mention) -> str | None:
    """(session 60) "Blair told Britons in a televised address that their forces were engaged":
    "their" in what a speaker tells a people is that people's."""
    head = ix.doc[m.end - 1]
    if m.sector not in ("MIL", "COP") or not any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children):
        return None
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = next((a for a in list(head.ancestors)[1:5] if a.pos_ == "VERB"), None)  # (or "in an address that")
    if verb is None or verb.lemma_.lower() not in ("tell", "assure", "warn", "remind"):
        return None
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    people = [o for o in ix.mentions for c in told if o.end - 1 == c.i and o.kind == "group"
              and o.country and o.country not in NON_STATE_CODES and worded_state(ix, o)]
    return people[0].country if len(people) == 1 else None


def _force_joined_to_force(ix: DocIndex, m: Mention) -> str | None:
    """(session 60) "U.S. Marines and army units were reported moving into southern Iraq": a
    force joined by "and" to a force whose own words name its state is of that state too."""
    tok = ix.doc[m.end - 1]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "army" of "army units", grown to the head later
    if tok.dep_ != "conj" or tok.head.i >= m.start or m.sector != "MIL":
        return None
    first = next((o for o in ix.mentions if o.end - 1 == tok.head.i and o.kind in ("group", "organisation")), None)
    if first is None or first.sector != "MIL" or not first.country or first.country in NON_STATE_CODES \
            or not worded_state(ix, first):
        return None
    return first.country


def _crew_of_named_unit(ix: DocIndex, m: Mention) -> str | None:
    """(session 53) "The sailors and marines, from the frigate HMS Cornwall, were searching a
    vessel": people "from" or "aboard" a named ship or unit of a state's forces are that state's,
    not the state of the story (Iran, which seized them)."""
    tok = ix.doc[m.end - 1]
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "aboard", "of"):
                continue
            span = [t.i for p in prep.children if p.dep_ == "pobj" for t in p.subtree]
            units = {o.country for o in ix.mentions for k in span if o.start <= k < o.end
                     and o.kind == "organisation" and o.sector == "MIL" and o.name and o.country
                     and o.country not in NON_STATE_CODES}
            if len(units) == 1:
                return units.pop()
    return None


def _state_of_where_clause(ix: DocIndex, m: Mention) -> str | None:
    """(session 53) "a delicate time for Suriname, where voters went to the polls": unnamed
    people in a "where" clause that a state's name (or one of its towns) heads are of that
    state, not of the story's (the story was filed from Guyana)."""
    doc = ix.doc
    tok = doc[m.end - 1]
    for verb in [tok, *list(tok.ancestors)[:4]]:
        if verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
            form = ix.country_at(verb.head.i)
            if form is not None and form.form in ("name", "place") and form.iso3 not in (None, "-") \
                    and form.iso3 not in NON_STATE_CODES:
                return form.iso3
            return None
    return None


def _voters_of_state_vote(ix: DocIndex, m: Mention) -> str | None:
    """(session 35) "Guatemala ... approved its own referendum in April 2018, when more than 95
    percent of voters said yes": voters in a clause under a verb whose subject is a state and
    whose object is a vote cast that state's vote, not the vote of the story's state."""
    head = ix.doc[m.end - 1]
    if head.lemma_.lower() not in _VOTERS:
        return None
    for verb in list(head.ancestors)[:6]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _VOTE_NOUNS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _official_state_at(ix, m, subject, sectors=frozenset({"GOV"}))
    return None


def _voice_of_reported_leader(ix: DocIndex, m: Mention) -> str | None:
    """(session 35) "Guatemala City welcomed the result. The foreign ministry said that President
    Jimmy Morales regarded the vote as a historic step": an unnamed ministry that reports what a
    named head of state or government thinks speaks for him, when the sentence before has his
    state (by name, capital or government) as its subject; it is not the story's own ministry."""
    doc = ix.doc
    tok = doc[m.end - 1]
    if m.sector != "GOV" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SAYING_VERBS:
        return None
    say = tok.head
    # (what it said: its complement, or the clause of "said in a statement that ...")
    clauses = [c for c in say.children if c.dep_ == "ccomp"]
    clauses += [g for p in say.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"
                for g in n.children if g.dep_ in ("acl", "ccomp")]
    leaders = {_official_state_at(ix, m, c, sectors=frozenset({"GOV"}), states=False)
               for comp in clauses for c in comp.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"}
    leaders.discard(None)
    sid = sentence_of_token(doc, tok.i)
    if len(leaders) != 1 or sid == 0:
        return None
    before = doc[tok.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    state = _official_state_at(ix, m, subject, sectors=frozenset({"GOV"})) if subject is not None else None
    return state if state in leaders else None


def _voice_of_leaders_act(ix: DocIndex, m: Mention) -> str | None:
    """(session 62) "The decision was taken at a meeting chaired by Prime Minister Nawaz Sharif,
    officials said": unnamed officials who report what one state's named leader did, in a
    clause that names no other state, are that leader's officials, not the story's state's."""
    tok = ix.doc[m.end - 1]
    if m.sector != "GOV" or m.kind != "group" or tok.dep_ != "nsubj" or tok.lemma_.lower() != "official" \
            or tok.head.lemma_.lower() not in SAYING_VERBS:
        return None  # (not diplomats: they are posted abroad)
    said = [c for c in tok.head.children if c.dep_ == "ccomp"]
    if len(said) != 1:
        return None
    span = {t.i for t in said[0].subtree}
    if any(ix.doc[i].tag_ == "PRP" and ix.doc[i].dep_ in ("nsubj", "nsubjpass") for i in span):
        return None  # ("Officials said he would travel to Kampala for talks with Museveni": his trip)
    told = [o for o in ix.mentions if o is not m and o.start in span]
    states = {o.country for o in told if o.country}
    if len(states) != 1 or not any(o.kind == "person" and o.name and o.role and o.sector == "GOV"
                                   and not o.from_context for o in told):
        return None
    return next(iter(states))


def _sponsor_of_thing(ix: DocIndex, m: Mention) -> bool:
    """A state named only as the maker of a thing ("the Qatar-mediated truce with the
    government", "a Saudi-brokered deal"): it brokered the thing, so the bodies the sentence
    leaves unnamed are the parties' own, not the broker's."""
    doc = ix.doc
    if m.kind != "country" or not joined_by_hyphen(doc, m.end):
        return False
    part = doc[m.end + 1]
    if part.tag_ != "VBN" or part.head.i <= part.i:
        return False
    thing = part.head.i
    return not any(o.start <= thing < o.end for o in ix.mentions)


# Prepositions that bring in the other party of a clause ("a treaty with Mexico").
_PARTY_PREPS = frozenset({"with", "against", "to", "toward", "towards", "from", "by"})
_PARTY_DEPS = frozenset({"dobj", "dative", "agent", "attr", "oprd", "pobj"})
# Prepositions of a target in a dependent clause ("to stop firing rockets at Israel").
_AIMED_PREPS = frozenset({"at", "on", "into"})


def _sentence_governments(ix: DocIndex, m: Mention) -> set[str]:
    """The states whose governments (a leader, a cabinet, "the government"; not an embassy or a
    ministry) the sentence of ``m`` names in the text: an opposition there opposes one of them."""
    sid = sentence_of_token(ix.doc, m.start)
    here = [o for o in ix.mentions if o is not m and sentence_of_token(ix.doc, o.start) == sid]
    if any(o.country is None and (o.sector == "GOV" or o.kind == "person" and o.name)
           and not (o.start > 0 and ix.doc[o.start - 1].lower_ in ("whose", "his", "her", "its", "their"))
           for o in here):
        return set()  # ("accused Yingluck's government of being too close to Hun Sen": not all placed yet)
    return {o.country for o in here if o.sector == "GOV" and o.country and not o.from_context
            and o.country not in NON_STATE_CODES
            and not any(t.lower_ in ("former", "ex", "late") for t in ix.doc[o.start:o.end])
            and (o.kind == "person" or o.kind == "organisation"
                 and ix.doc[o.end - 1].lower_ in ("government", "regime", "administration", "cabinet"))}


def _government_of_opposition_here(ix: DocIndex, m: Mention) -> str | None:
    """(session 52) The state of the opposition a bare "the government" shares its sentence with:
    "In Ankara, opposition leaders criticised both Washington and the government" names Turkey's
    government, whatever other states the sentence names. None unless the sentence's placed
    oppositions are of one state."""
    if m.kind != "organisation" or m.sector != "GOV" or m.name is not None \
            or ix.doc[m.end - 1].lower_ != "government" or m.end - m.start != 2 \
            or ix.doc[m.start].lower_ != "the":
        return None
    sid = sentence_of_token(ix.doc, m.start)
    states = {o.country for o in ix.mentions if o.sector == "OPP" and o.country
              and o.country not in NON_STATE_CODES and sentence_of_token(ix.doc, o.start) == sid}
    return next(iter(states)) if len(states) == 1 else None


def _other_officials_listed(ix: DocIndex) -> None:
    """(session 52) "the agency's head, Ismail Demir, and three other senior officials": unnamed
    officials called "other" and joined to a placed official are of his state (the list names
    one body's people), not the story's."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.name is not None or m.kind != "group" \
                or m.sector not in _OFFICIAL_SECTORS \
                or not any(t.lower_ == "other" for t in doc[m.start:m.end]):
            continue
        joined = {k.i for k in doc[m.end - 1].conjuncts}
        states = {o.country for o in ix.mentions if o is not m and o.country
                  and (o.end - 1 in joined or o.end < m.start and _joined_by_and(doc[o.end:m.start]))
                  and o.kind in ("person", "group") and o.sector in _OFFICIAL_SECTORS}
        if len(states) == 1 and not states & NON_STATE_CODES:
            m.country, m.from_context, m.confidence = next(iter(states)), True, 0.5


def _congressional(ix: DocIndex, main: str | None) -> None:
    """(session 52) "Congressional leaders from both parties were called to the White House" in a
    story about Iran: "congressional" names the U.S. Congress where the article names the United
    States, is about no other state with a congress and names no other state's, so these people
    are U.S. lawmakers, not the story's state's."""
    doc = ix.doc
    found = [m for m in ix.mentions if m.country is None and m.name is None and m.kind in ("person", "group")
             and m.sector in ("GOV", "LEG") and doc[m.start].lower_ == "congressional"]
    if not found or main in _CONGRESSES or not any(o.country == "USA" for o in ix.mentions) \
            or any(i and ix.country_at(i - 1) not in (None, "USA") for i in tokens_lowered(doc, ("congress",))):
        return
    for m in found:
        m.country, m.sector, m.from_context, m.confidence = "USA", "LEG", True, 0.5


# States other than the United States whose legislature is called a congress.
_CONGRESSES = frozenset({"PHL", "GTM", "PER", "COL", "CHL", "MEX", "ARG", "BRA", "HND", "PRY", "DOM",
                         "SLV", "BOL", "FSM", "NIC", "PAN", "URY", "ECU", "CRI", "VEN"})


def _joined_by_and(gap: Span) -> bool:
    """Whether the words between two phrases are only "and" (with a comma): the parser's
    conjunct links miss some lists ("its head, Ismail Demir, and three other officials")."""
    return any(t.lower_ == "and" for t in gap) and all(t.lower_ in (",", "and") for t in gap)


def _insurgents_of_held_territory(ix: DocIndex, m: Mention, main: str) -> str | None:
    """(session 52) "Shalit was seized when militants tunnelled under the Gaza border", "Militants
    responded with 1,400 rockets": in a story about Israel that names the Palestinians and not
    Lebanon, unnamed militants and rebels are Palestinian (the armed groups fighting Israel are
    of the territory it holds), not Israel's (batches AV, BN2 and BW2's judges)."""
    held = _INSURGENTS_OF_TERRITORY.get(main)
    if held is None or m.name is not None or m.sector not in ("REB", "UAF") or m.kind != "group":
        return None
    named = {o.country for o in ix.mentions if o.country and not o.from_context}
    armed = {o.country for o in ix.mentions if o.country and o.sector in ("REB", "UAF", "MIL")}
    return held if held in named and not armed & _OTHER_FRONTS.get(main, frozenset()) else None


# (session 52) The territory whose armed groups fight the state a story is about, and the
# states whose armed groups fight it too (a story naming those leaves unnamed militants open).
_INSURGENTS_OF_TERRITORY = {"ISR": "PSE"}
_OTHER_FRONTS = {"ISR": frozenset({"LBN", "SYR", "IRN", "YEM", "IRQ"})}


def _opposition_named_before(ix: DocIndex, m: Mention) -> str | None:
    """(session 52) The state of the opposition the article has already named, for a later bare
    "the opposition" in a sentence that names no state itself: "opposition leader Juan Guaido"
    ... "Putin said he supported dialogue with the opposition" is Venezuela's opposition, not the
    Russian speaker's. None when earlier oppositions are of several states, or when the sentence
    names a state by a name or adjective of its own ("In Russia, the opposition ..."). (session
    53) A named opposition leader later in the same sentence counts as named before ("The
    opposition New Front coalition of former president Ronald Venetiaan")."""
    sid = sentence_of_token(ix.doc, m.start)
    before = {o.country for o in ix.mentions if o.sector == "OPP" and o.country
              and o.country not in NON_STATE_CODES
              and (o.end <= m.start or o.kind == "person" and o.name and not o.from_context
                   and sentence_of_token(ix.doc, o.start) == sid)}
    if len(before) != 1:
        return None
    if any(o.kind == "country" and o.country and sentence_of_token(ix.doc, o.start) == sid
           for o in ix.mentions):
        return None
    if any(o.start == m.end and o.sector == "PTY" for o in ix.mentions):
        return None  # (session 55) "The opposition Conservatives": the parties named say whose
    return next(iter(before))


def _rebels_named_before(ix: DocIndex, m: Mention, main: str) -> str | None:
    """(session 61) "Syrian rebels backed by Turkish jets drove Islamic State out of Jarablus"
    ... "Rebel commanders said": in a story about the state that backs them (so told: "backed
    by"), unnamed rebels are those the article has already placed by an adjective of their own
    when all of them are of one other state (not the backer's, nor the world's jihadist
    networks). Only the word "rebel": militants and insurgents of the story's own state are
    often named after a foreign group."""
    if m.name is not None or m.sector != "REB" or m.kind not in ("group", "person") or not _says_rebel(ix, m):
        return None
    before = [o for o in ix.mentions if o.sector == "REB" and o.country and not o.from_context
              and o.country not in NON_STATE_CODES and o.end <= m.start and _says_rebel(ix, o)]
    states = {o.country for o in before}
    if len(states) != 1 or main in states or not any(_backed_by(ix, o, main) for o in before):
        return None
    return states.pop()


def _says_rebel(ix: DocIndex, m: Mention) -> bool:
    """Whether a mention's own words call it rebels ("Syrian rebels", "Rebel commanders")."""
    return any(t.lemma_.lower() == "rebel" for t in ix.doc[m.start:m.end])


# (session 61) Participles by which a state's backing of another's rebels is told.
_BACKING = frozenset({"back", "support", "arm", "sponsor", "aid"})


def _backed_by(ix: DocIndex, m: Mention, state: str) -> bool:
    """Whether a group is said to be "backed by" ``state`` ("Syrian rebels backed by Turkish jets
    and artillery"): a participle of backing whose agent names that state."""
    head = ix.doc[m.end - 1]
    for verb in head.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in _BACKING:
            agents = [t for a in verb.children if a.dep_ == "agent" for t in a.subtree]
            if any(o.country == state and any(o.start <= t.i < o.end for t in agents) for o in ix.mentions):
                return True
    return False


def _victims_of_force_abroad(ix: DocIndex, m: Mention, state: str) -> bool:
    """(session 49) "Turkish air and artillery fire had killed at least 24 civilians" in a story
    datelined in Turkey about its offensive in Syria: people the story's state acts on, in a
    sentence that names one other state, are not the story's state's by default (the sentence
    pass then gives them the other state)."""
    armed = m.sector in ("REB", "UAF") and m.kind == "group"
    if m.name is not None or m.sector not in _ACTED_ON and not armed or _doer_states(ix, m) != {state} \
            or _clause_word(ix, m).head.lemma_.lower() in _JUDGING:
        return False  # ((session 54) "An Egyptian court sentenced 529 supporters": its own people)
    sid = sentence_of_token(ix.doc, m.start)
    others = {o.country for o in ix.mentions if o.country and not o.from_context and o.country != state
              and o.country not in NON_STATE_CODES and sentence_of_token(ix.doc, o.start) == sid}
    # ((session 62) fighters the story's state kills are no more its own where the sentence names
    # several other states: "bombed its bases in Iraq and Syria, killing 25 fighters")
    return len(others) > 1 if armed else len(others) == 1  # (rebels a state kills at home stay its own)


# (session 54) Verbs by which a state's courts deal with people, its own by default.
_JUDGING = frozenset({"sentence", "convict", "acquit", "try", "jail", "imprison", "fine", "charge", "indict"})


def _clause_word(ix: DocIndex, m: Mention) -> Token:
    """The word by which ``m`` hangs in its clause: its last word, up through compounds,
    modifiers and "and" ("Syrian troops and police" -> "troops")."""
    tok = ix.doc[m.end - 1]
    while tok.dep_ in ("compound", "amod", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _armed_doer_state(ix: DocIndex, m: Mention) -> str | None:
    """The state of the armed side (gunmen, rebels) that is the subject of the verb ``m`` is the
    object of (through verbs joined by "and" or participles), if it is one."""
    tok = _clause_word(ix, m)
    if tok.dep_ != "dobj":
        return None
    verb = tok.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return next((o.country for o in ix.mentions if o is not m and o.start <= subject.i < o.end
                         and o.sector in _ARMED_SIDES and o.country), None)
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _backers_only(ix: DocIndex) -> dict[int, set[str]]:
    """(session 62) "Deby's army is also fighting several rebel groups, some once backed by Libya,
    and officials said ...": by sentence, the states it names only as the backers of someone
    ("backed by Libya"), which say whom they back, not whose the sentence's people are."""
    backers: dict[int, set[str]] = {}
    others: dict[int, set[str]] = {}
    for o in ix.mentions:
        if o.kind != "country" or not o.country or o.from_context:
            continue
        tok = ix.doc[o.end - 1]
        agent = tok.head if tok.dep_ == "pobj" else None
        backing = agent is not None and agent.lower_ == "by" and agent.dep_ == "agent" \
            and agent.head.lower_ in BACKING_PARTICIPLES
        (backers if backing else others).setdefault(sentence_of_token(ix.doc, o.start), set()).add(o.country)
    return {sid: states - others.get(sid, set()) for sid, states in backers.items()}


def _attacks_only_foreigners(ix: DocIndex, m: Mention, state: str, main: str) -> bool:
    """(session 62) "More than 50 other Pakistanis were wounded after militiamen opened fire on
    troops", in a story set in Somalia: unnamed gunmen who attack, in a sentence whose only
    state is that of the people hit (victims of a killing verb, or its objects), and not the
    story's, are the story's own fighters, not the foreign victims' countrymen."""
    if state == main:
        return False
    verb = _clause_word(ix, m)
    if verb.dep_ != "nsubj" or not _attacking(verb.head):
        return False
    sent = verb.sent
    named = [o for o in ix.mentions if sent.start <= o.start < sent.end and o.country == state]
    return bool(named) and all(_harmed(_clause_word(ix, o)) for o in named)


def _attacking(verb: Token) -> bool:
    """Whether ``verb`` is an armed attack: "ambushed", "killed", "opened fire"."""
    lemma = verb.lemma_.lower()
    return lemma in _ATTACK_VERBS or lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire"
                                                              for c in verb.children)


def _harmed(tok: Token) -> bool:
    """Whether the word hangs in its clause as someone an attack hits: the object of an attack
    ("attacked a Pakistani unit"), the subject of a passive harm ("were wounded") or what is
    fired on ("opened fire on troops")."""
    if tok.dep_ == "dobj" and _attacking(tok.head):
        return True
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _ATTACK_VERBS | {"injure", "hurt", "trap"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at") and _attacking(tok.head.head)


# Verbs of an armed attack on people.
_ATTACK_VERBS = frozenset({"kill", "ambush", "attack", "wound", "shoot", "fire", "shell", "bomb",
                           "massacre", "capture", "abduct", "kidnap"})


def _doer_states(ix: DocIndex, m: Mention) -> set[str]:
    """The states of the act ``m`` is the object of, other than the place it happens: its
    doer's ("Syrian troops ... disarmed Christian militias" -> SYR, through verbs joined by
    "and"; "Police from Belgium and the Netherlands" -> both) and any state the act is to, from
    or with ("extradited two traffickers to Malaysia": the receiving state is no evidence of
    theirs). Empty when ``m`` is no object or the doer names no state."""
    tok = _clause_word(ix, m)
    if tok.dep_ == "nsubjpass" and (agent := next((c for c in tok.head.children if c.dep_ == "agent"), None)):
        # (session 54) the passive's doer: "five civilians had been wounded by Pakistani shelling"
        tokens = {t.i for t in agent.subtree}
        return {o.country for o in ix.mentions if o is not m and o.country and not o.from_context
                and o.country not in NON_STATE_CODES and o.start in tokens}
    if tok.dep_ != "dobj":
        return set()
    verb, tokens = tok.head, set()
    for _ in range(3):
        tokens.update(t.i for c in verb.children if c.dep_ == "prep"
                      and c.lower_ in ("to", "from", "with", "for", "against") for t in c.subtree)
        # (a wire dateline, "COLOMBO" or "(Wire)", the parser hangs on the lead's verb as a
        # further subject is none: the subject nearest the verb is the doer)
        subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i not in ix.blocked),
                   key=lambda c: c.i, default=None)
        if subj is not None:
            tokens.update(t.i for t in subj.subtree)
            break
        if verb.dep_ != "conj" and not (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            return set()  # ((session 62) "bombed its bases, killing 25 fighters": the bomber's)
        verb = verb.head
    else:
        return set()
    return {o.country for o in ix.mentions if o is not m and o.country and not o.from_context
            and o.country not in NON_STATE_CODES and o.start in tokens}


def _people_acted_on_at_scene(ix: DocIndex, m: Mention, here: set[str],
                              scenes: dict[int, set[str]]) -> set[str] | None:
    """(session 32) "GRU officers were behind the blasts at a depot in the Zlin region, which
    killed two depot workers": unnamed working people or civilians whom an act befalls (its
    object, or its subject in the passive) are of the state where it happened, named by the
    sentence's place, not of the one state its words otherwise name (the doer's). None unless
    the places name exactly one other state."""
    head = ix.doc[m.end - 1]
    if m.kind != "group" or m.name is not None or m.sector not in _ACTED_ON \
            or head.dep_ not in ("dobj", "nsubjpass"):
        return None
    own = range(head.left_edge.i, head.right_edge.i + 1)
    if any(o.start in own and o.country in here and not o.from_context for o in ix.mentions):
        return None  # ("The fishermen, all from an Indian state, were taken to Jaffna")
    other = scenes.get(sentence_of_token(ix.doc, m.start), set()) - here
    return other if len(other) == 1 else None


def _frees_captives(verb: Token) -> bool:
    """Whether ``verb`` has captives as its object ("freed nine hostages from Gaza"): its
    "from" place is where the captors held them, their own ground, not another party."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CAPTIVES for c in verb.children)


def _captors_ground(ix: DocIndex, m: Mention) -> str | None:
    """"Militants freed nine hostages from the Gaza Strip": an unnamed armed group freeing
    captives from a place held them there, on its own ground, so it takes that state."""
    tok = ix.doc[m.end - 1]
    if tok.dep_ != "nsubj" or not _frees_captives(tok.head):
        return None
    prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if prep is None:
        return None
    return ix.state_after(prep.i, ("from",), ("name", "place"), skip_the=True)


def _faces_organ_of(ix: DocIndex, m: Mention, state: str) -> bool:
    """"The coast guard administration said it was shadowing Chinese coast guard vessels": an
    unnamed official body whose own act is aimed at an organ named as ``state``'s (its
    forces, its government) is that organ's counterpart, not ``state``'s own, in a story
    mostly about ``state``; people it acts on ("arrested Chinese activists") say nothing."""
    if m.name is not None and not m.generic or m.sector not in _OFFICIAL_SECTORS \
            or m.kind not in ("group", "organisation"):
        return False
    return any(o.country == state and not o.from_context and o.sector in _OFFICIAL_SECTORS
               and o.kind in ("group", "organisation") and (o.name is None or o.generic)
               and _direct_object(ix.doc[o.end - 1]) and not _overthrown(ix.doc[o.end - 1])
               for o in _party_mentions(ix, m, _other_party_tokens(ix, m)))


# (session 35) Verbs of a coup: what a state's own forces do to its own government.
_COUP_VERBS = frozenset({"overthrow", "topple", "oust", "depose", "unseat"})


def _overthrown(tok: Token) -> bool:
    """(session 35) "The army overthrew the government in 1986": a government overthrown is
    overthrown by its own state's forces, so the army is the story's, no counterpart of it."""
    return tok.lemma_.lower() in ("government", "regime", "president", "cabinet") \
        and tok.head.lemma_.lower() in _COUP_VERBS


def _direct_object(tok: Token) -> bool:
    """Whether ``tok`` heads (or names, as a compound) a verb's direct object ("shadowing
    Chinese coast guard vessels"), not a phrase inside one ("contractors from Russia's
    Wagner Group")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj"


def _described_states(ix: DocIndex, m: Mention) -> set[str]:
    """(session 32) The states named, by their own words, in the description set off after a
    person ("Maria Lopez, a political scientist at the University of Buenos Aires"): where the
    person works says where they are from, even when what they say names that state too."""
    head = ix.doc[m.start:m.end].root
    desc = [c for c in head.children if c.dep_ == "appos" and c.i >= m.end]
    if m.kind != "person" or not desc:
        return set()
    lo, hi = desc[0].left_edge.i, desc[0].right_edge.i
    return {o.country for o in ix.mentions if o.country and not o.from_context
            and o.country not in NON_STATE_CODES and lo <= o.start and o.end <= hi + 1}


def _other_party_states(ix: DocIndex, m: Mention) -> set[str]:
    """States named by the other party of the clause ``m`` is the subject of: its object, its
    "with"/"against"/"to" phrases (also through "voted to sanction Russia") and, for a person,
    the content clause of what they say (a court's ruling may well be about its own state)."""
    return {o.country for o in _party_mentions(ix, m, _other_party_tokens(ix, m))
            if o.country and not o.from_context}


def _other_party_tokens(ix: DocIndex, m: Mention) -> set[int]:
    """The tokens of the other parties of the clause ``m`` is the subject of (see
    ``_other_party_states``)."""
    doc = ix.doc
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "amod", "poss", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verbs, tokens = [tok.head], set()
    while verbs:
        verb = verbs.pop()
        nested = verb is not tok.head
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "from" and _frees_captives(verb):
                continue  # "freed hostages from Gaza": where the captors held them
            if child.dep_ in _PARTY_DEPS or child.dep_ == "prep" and (
                    child.lower_ in _PARTY_PREPS or nested and child.lower_ in _AIMED_PREPS):
                tokens.update(_party_tokens(child))
            elif child.dep_ == "ccomp" and verb.i == tok.head.i and m.kind == "person":
                # "The minister said Iran must release the sailors": the states in what a
                # speaker says or demands are its content, not the speaker's own
                tokens.update(t.i for t in child.subtree)
            elif child.dep_ == "advcl" and child.tag_ == "VBG" and verb.i == tok.head.i \
                    and child.lemma_.lower() in SAYING_VERBS:
                # "Officials rejected that, noting that the money was Iran's": what a body
                # notes or says beside its act is its content, not the body's own state
                tokens.update(t.i for c in child.children if c.dep_ == "ccomp" for t in c.subtree)
            elif child.dep_ == "ccomp" and verb.i == tok.head.i and _own_act(child):
                # "Rebels said they will free a Japanese hostage": a body telling of its own
                # act names that act's other party, not itself
                verbs.append(child)
            elif child.dep_ in ("xcomp", "conj") and child.pos_ in ("VERB", "AUX") \
                    or child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                     for c in child.children):
                # "pleaded with Hamas to stop firing rockets at Israel": what the other
                # party is asked to do names further parties
                verbs.append(child)
    return tokens


def _party_mentions(ix: DocIndex, m: Mention, tokens: set[int]) -> list[Mention]:
    """The mentions other than ``m`` that start at one of ``tokens``."""
    return [o for o in ix.mentions if o is not m and o.start in tokens]


# Pronouns by which a speaking body refers to itself in what it says.
_SELF_PRONOUNS = frozenset({"they", "it", "we"})


def _own_act(clause: Token) -> bool:
    """Whether a reported clause has the speaker as its doer ("said they will release")."""
    return any(c.dep_ == "nsubj" and c.lower_ in _SELF_PRONOUNS for c in clause.children)


def _party_tokens(tok: Token) -> list[int]:
    """The tokens of a party phrase, without the places in it ("a checkpoint in northern
    Mali": where the act happens is the doer's setting, not another party)."""
    out = [tok.i]
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE:
            continue
        out.extend(_party_tokens(child))
    return out


# civil offices that serve the place they are "in" ("an official in South Omo")
_LOCAL_OFFICES = frozenset({"GOV", "JUD", "COP", "LEG"})


# (session 51) Titles of a place's own officials: "X, governor of the Liberec region".
_PLACE_TITLES = frozenset({"governor", "mayor", "prefect", "councillor", "councilor", "administrator",
                           "premier"})


def _officials_of_places(ix: DocIndex) -> None:
    """(session 51) "Martin Puta, governor of the Liberec region, said": a named person whose
    apposition makes him the governor or mayor of a place of one state is that state's official,
    not the story's main state's (batch BR2's judges counted a Czech governor coded as Polish)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.country is not None or m.end + 4 >= ix.n \
                or doc[m.end].text != ",":
            continue
        k = m.end + 1 + (doc[m.end + 1].lower_ in ("the", "a"))
        while k < min(ix.n - 2, m.end + 5) and doc[k].lower_ != "of":
            k += 1
        if k >= ix.n - 2 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _PLACE_TITLES:
            continue
        j = k + 1 + (doc[k + 1].lower_ == "the")
        anchor = ix.anchor_at(j)
        form = anchor.whole_country if anchor is not None else None
        if form is not None and form.form in ("place", "name", "capital") and form.iso3 not in NON_STATE_CODES:
            m.country, m.from_context, m.confidence = form.iso3, False, max(m.confidence, 0.7)
            m.sector = m.sector or "GOV"


def _local_officials(ix: DocIndex) -> None:
    """"An official in South Omo said ...", "police in Lahore": an unnamed civil official or
    office whose own noun phrase says where it sits ("in" a place of one state) is that
    state's, not the story's main state (an Ethiopian official quoted in a Kenyan story).
    Why: the place on the noun itself is the best evidence of whose office it is; armed
    forces are left alone (troops "in" a country are often foreign ones), and so are
    diplomats and envoys, who are posted abroad by their role (``_unnamed_envoys``)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is None and m.sector in _LOCAL_OFFICES and m.end < ix.n \
                and (m.name is None or m.kind == "organisation"):
            fronted = _fronted_place_state(ix, m)
            if fronted is not None:
                m.country, m.from_context, m.confidence = fronted, True, 0.6
                continue
        if m.country is not None or m.end >= ix.n or m.sector not in _LOCAL_OFFICES \
                or not (m.name is None and m.kind in ("group", "person")
                        or m.kind == "organisation" and m.generic):
            continue  # ((session 62) or a body of a name any state may use: "the National Court in Madrid")
        head = doc[m.end - 1]
        prep = doc[m.end]
        if m.kind == "organisation" and prep.lower_ in _SPOKES | {"official", "officials"} \
                and m.end + 1 < ix.n and doc[m.end + 1].lower_ == "in":
            # (session 64) "A Foreign Ministry spokesman in Tehran said": the body the placed
            # spokesman is tagged by
            head, prep = prep, doc[m.end + 1]
        if head.lemma_.lower() in POSTED or prep.lower_ != "in" or prep.head.i != head.i:
            continue
        states = _states_within(ix, [p for p in prep.children if p.dep_ == "pobj"])
        if len(states) == 1:
            m.country, m.from_context, m.confidence = next(iter(states)), True, 0.6


def _same_body_again(ix: DocIndex) -> None:
    """(session 62) "judge Baltasar Garzon of the National Court in Madrid ... the National Court
    lacks jurisdiction": a body of a name many states use, placed once, is the same body when
    named again, not the story's state's."""
    placed: dict[str, str] = {}
    for m in sorted(ix.mentions, key=lambda o: o.start):
        if m.kind != "organisation" or not m.generic or not m.name:
            continue
        if m.country is not None:
            placed.setdefault(m.name, m.country)
        elif m.name in placed:
            m.country, m.from_context, m.confidence = placed[m.name], True, 0.6


def mission_named_before(ix: DocIndex) -> None:
    """(session 63) "Outside the Japanese embassy, protesters burned a flag ... a rally outside the
    embassy every Wednesday": a bare "the embassy" is the one mission the story has named with
    its state (several states' embassies named leave it open)."""
    doc = ix.doc
    named: set[str] = set()
    for m in sorted(ix.mentions, key=lambda o: o.start):
        head = doc[m.end - 1].lower_
        if head not in _FOREIGN_MISSIONS:
            continue
        if m.country is not None and m.country not in NON_STATE_CODES:
            named.add(m.country)
        elif m.country is None and m.end - m.start == 2 and doc[m.start].lower_ == "the" and len(named) == 1:
            m.country, m.from_context, m.confidence = next(iter(named)), True, 0.6


def _fronted_place_state(ix: DocIndex, m: Mention) -> str | None:
    """The one state of a place that opens the sentence of which an unnamed office or a titled
    official is the subject ("In Beijing, a Foreign Ministry spokesman denied ...": China's
    ministry): the clause is set there, and a state's own office speaks at home."""
    doc = ix.doc
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    for prep in verb.children:
        if prep.i >= m.start or prep.lower_ != "in" or prep.i != prep.sent.start:
            continue
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        if not objs or not any(o.kind == "country" and o.start <= objs[0].i < o.end
                               for o in ix.mentions):
            continue  # ("In talks with Moscow, ...": the place must be what opens the clause)
        after = objs[0].right_edge.i + 1
        if after < m.start and doc[after].text == ",":
            states = _states_within(ix, objs)
            return next(iter(states)) if len(states) == 1 else None
    return None


def _private_people_at_fronted_place(ix: DocIndex) -> None:
    """(session 33) "Across the bay in Piran, restaurant owner Tina Kovac said she was
    relieved": a named private person (a trade or a civilian) whom no list knows, subject of a
    clause that opens with a phrase setting it in one state's place, is of that state, as a
    titled official speaking there is (``_fronted_place_state``), also in a story of two states."""
    placed: dict[int, str] = {}  # sentence start -> the state of its fronted place
    for m in ix.mentions:
        if m.country is None and m.kind == "person" and m.name and m.confidence < 1.0 \
                and (m.sector in PRIVATE_SECTORS or _plainly_described(ix, m)):
            state = _fronted_scene_state(ix, m)
            if state is None and ix.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
                state = _subject_after_fronted(ix, m)  # (session 37: two place phrases)
            if state is not None:
                m.country, m.from_context, m.confidence = state, True, 0.5
                placed[ix.doc[m.start].sent.start] = state
    for m in ix.mentions:
        # (session 35) "In Fray Bentos, store owner X said the closure had cost local traders
        # dearly": the people the clause set there calls local are of that place too
        state = placed.get(ix.doc[m.start].sent.start)
        if state is not None and m.country is None and m.kind == "group" and m.name is None \
                and m.sector in PRIVATE_SECTORS and any(t.lower_ == "local" for t in ix.doc[m.start:m.end]):
            m.country, m.from_context, m.confidence = state, True, 0.5
    for m in ix.mentions:
        # (session 37) "In Dili, a small group of activists gathered outside the Australian
        # embassy": unnamed private people who are the subject of the clause the fronted place
        # sets are that place's people, even where the sentence names the state they face
        # (a state only the story's context lent them gives way to the scene)
        if (m.country is None or m.from_context) and m.kind == "group" and m.name is None \
                and m.sector in PRIVATE_SECTORS and not _foreign_group(ix, m):
            state = _fronted_scene_state(ix, m, _group_head(ix, m)) or _subject_after_fronted(ix, m)
            if state is not None:
                m.country, m.from_context, m.confidence = state, True, 0.5


# (session 37) Nouns that count or gather the people of an "of" phrase ("a small group of activists").
_GATHERING_HEADS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions",
                              "group", "crowd", "handful", "band", "number"})


def _subject_after_fronted(ix: DocIndex, m: Mention) -> str | None:
    """The state of the fronted place of ``m``'s sentence when ``m`` opens the clause right
    after it ("In Dili, a small group of activists gathered": the parser may take the group
    for part of the place phrase)."""
    doc = ix.doc
    fronted = _fronted_sentence_state(ix, doc[m.start].sent.start)
    if fronted is None:
        return None
    state, comma = fronted
    between = doc[comma + 1:m.start]
    if len(between) > 5 or any(t.pos_ in ("VERB", "AUX", "PROPN", "PRON") or t.text == ","
                               or t.pos_ == "NOUN" and t.lower_ not in _GATHERING_HEADS
                               for t in between):
        return None
    return state


def _group_head(ix: DocIndex, m: Mention) -> Token:
    """The noun that stands for the group in its clause: its own head, or the counting noun
    whose "of" phrase it is ("a small group of activists gathered": "group")."""
    tok = ix.doc[m.end - 1]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _GATHERING_HEADS:
        return tok.head.head
    return tok


def _plainly_described(ix: DocIndex, m: Mention) -> bool:
    """(session 37) "manager Le Thi Huong": a named person with no sector or title whom a
    lower-case word before the name describes, a trade the lists do not know (a title of
    office or rank would have given a sector)."""
    first = ix.doc[m.start]
    return m.sector is None and not m.role and not m.nominal and first.is_lower and first.is_alpha \
        and first.pos_ == "NOUN"


# (session 37) Words that make a group no local one ("foreign students", "visiting reporters").
_NON_LOCAL_WORDS = frozenset({"foreign", "visiting", "international", "overseas", "migrant",
                              "expatriate", "exiled", "refugee", "tourist"})


def _foreign_group(ix: DocIndex, m: Mention) -> bool:
    """Whether the group's own words call it foreign or passing through the place it is in."""
    return any(t.lower_ in _NON_LOCAL_WORDS for t in ix.doc[m.start:m.end])


# (session 63) A state's missions abroad: a place named by one is in the host state, not the sender.
_FOREIGN_MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation"})


def _fronted_sentence_state(ix: DocIndex, sent_start: int) -> tuple[str, int] | None:
    """The one state of the places a verbless phrase opening the sentence sets it in, and the
    comma that closes the phrase ("In Dili, ...", "At the Malanville crossing, ...", "At a
    factory in Binh Duong province, outside Ho Chi Minh City, ..."), when the story names that
    state in two sentences at least; else None. Read from the words, not the parse: the parser
    often hangs such a phrase on the wrong word. A place counts only after a preposition of
    place ("In talks with Moscow, ..." names no scene)."""
    doc = ix.doc
    sid = sentence_of_token(doc, sent_start)
    if doc[sent_start].lower_ not in _SCENE_PREPS and doc[sent_start].lower_ != "on":
        return None  # ((session 64) "On the beach at Cojimar, east of Havana, families ...")
    comma = None
    for k in range(sent_start + 1, min(ix.n, sent_start + 16)):
        if sentence_of_token(doc, k) != sid or doc[k].pos_ in ("VERB", "AUX"):
            return None
        if doc[k].text == ",":
            comma = k
            if k + 1 < ix.n and doc[k + 1].lower_ in _SCENE_PREPS:
                continue  # (a second place phrase: "..., outside Ho Chi Minh City, ...")
            break
    if comma is None:
        return None
    states = set()
    for o in ix.mentions:
        if not sent_start < o.start < comma or not o.country or o.country in NON_STATE_CODES \
                or o.kind == "person" or doc[o.end - 1].lower_ in _FOREIGN_MISSIONS:
            continue  # (session 63) "Outside the Japanese embassy, protesters ...": in the host
        k = o.start - 1
        while k > sent_start and doc[k].tag_ in ("DT", "JJ", "PRP$", "CD"):
            k -= 1
        if doc[k].lower_ in _SCENE_PREPS or k == sent_start and doc[k].lower_ == "on":
            states.add(o.country)  # ("On the Chinese side, in the Guangxi town of Pingxiang, ...")
    if len(states) != 1:
        return None
    state = states.pop()
    return (state, comma) if _sentence_states_if_set_in(ix, state) is not None else None


def _voices_at_fronted_scene(ix: DocIndex) -> None:
    """(session 37) 'In Asuncion, business leaders said they feared for trade. "Half of what
    we sell goes to Brazil," said Ramon Benitez': a named private person no list knows, quoted
    in the sentence a fronted place sets or in the quotation that follows it, speaks at that
    scene and is of its state, when their own sentence names no other state outside the
    quotation (a place named in the quotation is what the voice talks about). Also in a story
    of two states, where the story's state (``_private_voices``) is none. A named person with
    no sector keeps none: only the state is evidence."""
    doc = ix.doc
    region = quotation_of_index(ix)
    quoted = _quoted_only_states(ix)
    states = _sentence_states(ix, scenes=True)
    for m in ix.mentions:
        if m.country is not None or m.kind != "person" or not m.name or m.confidence >= 1.0 \
                or not (m.sector in PRIVATE_SECTORS or m.sector is None and not m.role and not m.nominal) \
                or not _quoted_voice(doc, m):
            continue
        verb = doc[m.start:m.end].root.head
        inside = [i for i in range(verb.left_edge.i, verb.right_edge.i + 1) if region(i) >= 0]
        if not inside:
            continue
        first = inside[0]
        while first > 0 and region(first - 1) == region(inside[0]):
            first -= 1
        sid = sentence_of_token(doc, m.start)
        if states.get(sid, set()) - quoted.get(sid, set()):
            continue
        # the sentences from the voice's back to the one before its quotation opened
        start = doc[m.start].sent.start
        stop = doc[first].sent.start
        state = None
        for _ in range(4):
            fronted = _fronted_sentence_state(ix, start)
            state = fronted[0] if fronted is not None else None
            if state is not None or start < stop or start == 0:
                break
            start = doc[start - 1].sent.start
        if state is not None and not _visitor(ix, m) and not _away_from_home(ix, m, state) \
                and not _placed_elsewhere(ix, m, state):
            m.country, m.from_context, m.confidence = state, True, 0.5
            if m.sector is None and _plain_occupation(ix, m):
                m.sector = "CVL"  # (as ``_private_voices`` reads "a hotel worker")


def _fronted_scene_state(ix: DocIndex, m: Mention, tok: Token | None = None) -> str | None:
    """The one state of the places after "in" inside a phrase that opens the sentence and is
    set off by a comma before its subject ``m`` ("Across the bay in Piran, X said"); ``tok``
    is the noun that stands for ``m`` in its clause (default: its last word)."""
    doc = ix.doc
    tok = doc[m.end - 1] if tok is None else tok
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in tok.head.children:
        places = _bare_fronted_place(ix, prep, m)
        if places:
            pass
        elif prep.dep_ != "prep" or prep.i != prep.sent.start or prep.right_edge.i + 1 >= m.start \
                or doc[prep.right_edge.i + 1].text != ",":
            continue
        places = places or [p for t in prep.subtree if t.lower_ == "in"
                            for p in t.children if p.dep_ == "pobj"]
        states = {o.country for o in mentions_within(ix, places) if o.kind == "country"
                  and o.country and o.country not in NON_STATE_CODES}
        if len(states) != 1:
            return None
        state = states.pop()  # (a state the story names in two sentences at least: a town the
        # gazetteer places in a state the story never speaks of is more likely its namesake)
        return state if _sentence_states_if_set_in(ix, state) is not None else None
    return None


# (session 38) Nouns of a state's rules, which govern the people in its land.
_LAW_NOUNS = frozenset({"law", "laws", "legislation", "regulation", "regulations", "rules",
                        "constitution"})


def _under_state_law(ix: DocIndex, m: Mention) -> str | None:
    """(session 38) "The AFL-CIO said Omani law does not allow workers to form unions and offers
    weak protection to migrant workers": people that a state's law (its adjective or possessive
    before "law", "rules" ...) governs are in that state, whoever reports it. The law is the
    subject of a verb above the group's phrase (the parser may hang a second verb of the law's
    on the group's own clause, so every verb above is asked)."""
    doc = ix.doc
    tok = doc[m.end - 1]
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in _LAW_NOUNS:
            continue
        states = {f.iso3 for c in subject.children if c.dep_ in ("amod", "poss", "compound")
                  for k in range(c.left_edge.i, c.i + 1)
                  if (f := ix.country_at(k)) is not None and f.form in ("adjective", "name")}
        return states.pop() if len(states) == 1 else None
    return None


def _fronted_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 37) "In Turkey, nationalist opposition politicians accused the government of
    abandoning Azerbaijan": a state named in an opening "In <state>," sets the scene of the
    clause, so the clause's subject is of that state, not of the others the clause names."""
    doc = ix.doc
    head = doc[m.end - 1]
    if m.kind == "group" and m.sector == "COP" and head.dep_ in ("pobj", "nsubj", "nsubjpass") \
            and not any(c.tag_ == "VBN" for c in head.children):
        # (session 60) "In Beijing, protesters gathered outside the Japanese embassy ... under
        # the eye of police": police in the clause are the place's (not "the captured police")
        place = opening_place(ix, head.sent)
        if place is not None and place.end < m.start and place.country not in NON_STATE_CODES:
            return place.country
    if not (m.kind == "group" or m.kind == "person" and m.name is None) or head.dep_ not in ("nsubj", "nsubjpass"):
        return None  # (a named person there is placed with the clause's "local" people, later;
        # (session 52) an unnamed titled one is not: "In Ankara, opposition leaders criticised ...")
    sent = head.sent
    first = doc[sent.start]
    verb = head.head
    if verb.dep_ == "conj" and verb.head.i == first.head.i:
        verb = verb.head  # (session 53) "In Addis Ababa, state radio announced ..., and officials said"
    if first.lower_ != "in" or first.head.i != verb.i:
        return None
    place = opening_place(ix, sent)
    return place.country if place is not None and place.end < m.start else None


def opening_place(ix: DocIndex, sent: Span) -> Mention | None:
    """The place a sentence opens in ("In Kiev, ..."): the place mention right after its opening
    "In", set off by a comma; None where the sentence opens otherwise."""
    doc = ix.doc
    if doc[sent.start].lower_ != "in":
        return None
    at = sent.start + 1
    if at < ix.n and doc[at].lower_ in _NEAR_WORDS:
        at += 1  # (session 62) "In neighbouring Azerbaijan, ..."
    # ((session 63) or "In Havana there was no immediate response from the government")
    return next((o for o in ix.mentions if o.kind == "country" and o.start == at
                 and o.end < ix.n and (doc[o.end].text == "," or doc[o.end].lower_ == "there")), None)


# (session 62) Words that may stand between an opening "In" and its place.
_NEAR_WORDS = frozenset({"neighbouring", "neighboring", "nearby"})


def quoted_after_fronted_scene(ix: DocIndex) -> None:
    """(session 57) "In Niamey, traders welcomed the news. 'We have been waiting seven months,'
    said Moussa Issoufou": a private person no list knows and no other rule placed, quoted right
    after a sentence set in an opening "In <place>," speaks from that place, of its state. Runs
    last."""
    doc = ix.doc
    sents = sentences(doc)
    for m in ix.mentions:
        if m.country is not None or m.kind != "person" or not m.name or m.sector not in (None, "CVL", "BUS"):
            continue
        head = doc[m.end - 1]
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS:
            continue
        sid = sentence_of_token(doc, m.start)
        if sid == 0:
            continue
        place = opening_place(ix, sents[sid - 1])
        if place is not None and place.country and place.country not in NON_STATE_CODES:
            m.country, m.from_context, m.confidence = place.country, True, 0.5


# (session 64) Republics of the Yugoslav federation whose stories call its organs "federal".
_YUGOSLAV_REPUBLICS = frozenset({"HRV", "SVN", "BIH", "MKD", "MNE", "XKX"})


def federal_organs_of_yugoslavia(ix: DocIndex) -> None:
    """(session 64) "The federal army, which has fought alongside Serb irregulars in Croatia":
    in a story about a Yugoslav republic that names Yugoslavia or Belgrade, an unowned "federal"
    army, presidency or government is the federation's (CAMEO codes rump Yugoslavia as Serbia),
    and so is a bare "army" in the same sentence after it; not the republic's the context gave."""
    doc = ix.doc
    if not any(o.country == "SRB" and not o.from_context and o.kind == "country"
               and doc[o.start].lower_ in ("yugoslavia", "yugoslav", "belgrade") for o in ix.mentions):
        return
    federal: set[int] = set()  # sentences with a federal organ placed
    for m in ix.mentions:
        if m.name or not m.from_context or m.country not in _YUGOSLAV_REPUBLICS \
                or m.kind not in ("organisation", "group") or m.sector not in _OFFICIAL_SECTORS:
            continue
        words = {t.lower_ for t in doc[m.start:m.end]}
        sid = sentence_of_token(doc, m.start)
        if "federal" in words or sid in federal and words <= {"army", "the"}:
            m.country = "SRB"
            federal.add(sid)


def spokesmen_of_body_before(ix: DocIndex) -> None:
    """(session 64) "In Washington, the office of the U.S. Trade Representative said it was
    disappointed ... A spokeswoman said the decision raised concern": an unowned spokesperson
    who speaks right after a state's body or official spoke is that body's, not the story's
    state's. Runs once the context gave the story's state."""
    doc = ix.doc
    sents = sentences(doc)
    for m in ix.mentions:
        if m.kind != "person" or m.name or not m.from_context or m.end - m.start != 2 \
                or doc[m.start].lower_ not in ("a", "an") or doc[m.end - 1].lower_ not in _SPOKES:
            continue
        head = doc[m.end - 1]
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS \
                or any(c.dep_ == "prep" for c in head.children):
            continue  # ("a spokesman for the ministry": its owner says whose)
        sid = sentence_of_token(doc, m.start)
        if sid == 0:
            continue
        before = sents[sid - 1]
        verb = before.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.lemma_.lower() not in SAYING_VERBS:
            continue
        states = {o.country for o in ix.mentions if subject.left_edge.i <= o.start <= subject.right_edge.i
                  and o.country and not o.from_context and o.country not in NON_STATE_CODES
                  and o.kind in ("person", "organisation") and o.sector in _OFFICIAL_SECTORS}
        if len(states) == 1 and (state := states.pop()) != m.country:
            m.country, m.confidence = state, min(m.confidence, 0.6)


def voices_naming_their_state(ix: DocIndex) -> None:
    """(session 64) '"Zaire has opened its door as an African neighbour must. But we cannot feed a
    million people," a government spokesman said': an unplaced official whose own quotation
    speaks as "we" and has one state as the subject of its words speaks for that state, not for
    the story's; so does the quotation's "we"."""
    doc = ix.doc
    sents = sentences(doc)
    region = quotation_of_index(ix)
    for m in ix.mentions:
        if m.kind != "person" or m.name or m.sector != "GOV" or m.country in NON_STATE_CODES \
                or not (m.from_context or doc[m.start].lower_ in ("a", "an")):
            continue  # (an unnamed "a government spokesman" the story's government was read into)
        head = doc[m.end - 1]
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS:
            continue
        sid = sentence_of_token(doc, m.start)
        lo = sents[max(0, sid - 1)].start  # (this sentence and the one before)
        inside = [o for o in ix.mentions if lo <= o.start < sents[sid].end and region(o.start) >= 0]
        states = {o.country for o in inside if o.kind == "country" and not o.from_context and o.country
                  and o.country not in NON_STATE_CODES and doc[o.end - 1].dep_ == "nsubj"}
        we = [o for o in inside if o.kind == "pronoun" and doc[o.start].lower_ in ("we", "our", "us")]
        if len(states) != 1 or not we or sentence_of_token(doc, we[-1].start) > sid:
            continue
        state = states.pop()
        if state == m.country:
            continue
        old = m.country
        m.country, m.confidence = state, min(m.confidence, 0.6)
        for o in we:
            if o.country == old:
                o.country = state


def reactions_after_fronted_scene(ix: DocIndex) -> None:
    """(session 64) "In Jakarta, Foreign Minister Hassan Wirajuda said Indonesia was disappointed
    ... '...,' he said. The ruling drew anger from some members of parliament": unnamed
    lawmakers or opposition given the story's state from context only, in a sentence
    that names no state, within four sentences after one opened "In <place>," take that
    place's state when no sentence between names another. Runs last."""
    doc = ix.doc
    sents = sentences(doc)
    named = _sentence_states(ix)
    region = quotation_of_index(ix)
    for m in ix.mentions:
        if not m.from_context or m.name or m.kind not in ("group", "person", "organisation") \
                or m.sector not in ("LEG", "OPP"):
            continue
        sid = sentence_of_token(doc, m.start)
        if named.get(sid):
            continue
        for back in range(sid - 1, max(-1, sid - 5), -1):
            place = opening_place(ix, sents[back])
            if place is not None:
                state = place.country
                # (only that scene's voices between: a quotation may name others, but not
                # another actor's own sentence, "Jose Miguel Vivanco, of Human Rights Watch, called")
                others = any(o.kind != "pronoun" and not o.from_context and o.country != state and region(o.start) < 0
                             and sents[back].end <= o.start < doc[m.start].sent.start for o in ix.mentions)
                if state and state not in NON_STATE_CODES and state != m.country and not others \
                        and all(named.get(k, set()) <= {state} for k in range(back, sid)):
                    m.country, m.confidence = state, min(m.confidence, 0.5)
                break


def _scene_of_one_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 57) "In Kiev, Ukraine's parliament approved a mobilisation ..., half for the armed
    forces and half for a new national guard, as the interim government sought to ...": a
    sentence opened "In <place>," that names no state but that place's sets all its unnamed
    organs there, subject or not."""
    doc = ix.doc
    sent = doc[m.start].sent
    if m.kind not in ("group", "organisation") or _mission(ix, m) \
            or any(c.dep_ == "poss" for c in doc[m.end - 1].children):
        return None  # (an embassy, or "the country's" organs, are someone else's there)
    place = opening_place(ix, sent)
    if place is None or place.end >= m.start or not place.country or place.country in NON_STATE_CODES:
        return None
    if _appealed_by(ix, m) == place.country or _in_appeal(ix.doc[m.end - 1]):
        return None  # (session 62) "In Washington, the State Department urged the government ...": the other party
        # ((session 64) and what it urges them to use: "urged the parties to pursue their complaints through the courts")
    named = {o.country for o in ix.mentions if sent.start <= o.start < sent.end and o.country
             and not o.from_context and o.kind != "pronoun"}
    return place.country if named == {place.country} else None


def _in_appeal(tok: Token) -> bool:
    """Whether ``tok`` stands in what someone is urged or called on to do ("urged the parties to
    pursue their complaints through the courts")."""
    for _ in range(8):
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _APPEALS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _appealed_by(ix: DocIndex, m: Mention) -> str | None:
    """(session 62) The state of the official body or person whose appeal ``m`` is the object of
    ("the State Department urged the government and protesters to show restraint"): those a
    state's officials urge (or, session 63, recognise) are another party, not its own."""
    tok = _clause_word(ix, m)
    tok = first_conjunct(tok)
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _APPEALS | _RECOGNISING:
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None and tok.head.dep_ == "conj":
        # (session 63) "President Bush said ... and urged the generals to accept": the shared subject
        subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return _official_state_at(ix, m, subject, states=True)


# (session 62) Verbs of one party's appeal to another.
_APPEALS = frozenset({"urge", "press", "implore", "exhort"})
# (session 63) Verbs by which a state recognises (or not) another's authorities: "the United States
# did not recognise the new military authorities" (of Haiti).
_RECOGNISING = frozenset({"recognise", "recognize"})


def _political_prisoners(ix: DocIndex) -> None:
    """(session 54) "freed 222 political prisoners", "political detainees": people a state holds
    for their politics are its opposition (the context then gives the holding state); the words
    in a body's capitalised name ("the Assistance Association for Political Prisoners") are not."""
    for m in ix.mentions:
        words = [t.text for t in ix.doc[m.start:m.end]]
        if m.sector is None and m.kind == "group" and m.name is None and len(words) >= 2 \
                and words[-2] == "political" and words[-1] in ("prisoners", "detainees", "prisoner"):
            m.sector = "OPP"


def _seat_after_name(ix: DocIndex, m: Mention) -> str | None:
    """(session 54) "Judge Carol Amon in Brooklyn granted a request": a titled official named
    with the town or state of the post right after the name serves there, not in the story's
    state (a Mexican story, here)."""
    if m.kind != "person" or m.end + 1 >= ix.n or ix.doc[m.end].lower_ != "in":
        return None
    place = next((o for o in ix.mentions if o.kind == "country" and o.start == m.end + 1
                  and o.country and o.country not in NON_STATE_CODES), None)
    return place.country if place is not None else None


def _side_opened(ix: DocIndex, m: Mention) -> str | None:
    """(session 54) "On the Israeli side, about 60,000 residents of northern towns were
    evacuated, and dozens of soldiers and civilians were killed": a sentence opened by "On the
    <state's> side," tells of that state's people, not the story's."""
    doc = ix.doc
    k = doc[m.start].sent.start
    if m.start <= k + 4 or not any(doc[j].text == "," for j in range(k + 4, min(k + 10, m.start))):
        return None
    return _side_opening(ix, k)


def _side_opening(ix: DocIndex, k: int) -> str | None:
    """The state of a sentence opening at token ``k`` with "On the <state's> side", if any."""
    doc = ix.doc
    if k + 4 >= ix.n or doc[k].lower_ != "on" or doc[k + 1].lower_ != "the" or doc[k + 3].lower_ != "side":
        return None
    side = next((o for o in ix.mentions if o.kind == "country" and o.start == k + 2 and o.end == k + 3), None)
    return side.country if side is not None and side.country not in NON_STATE_CODES else None


def _side_described(ix: DocIndex, m: Mention) -> str | None:
    """(session 61) "Sok Chan, a rice farmer sheltering in a pagoda on the Cambodian side, said": a
    person whose apposition places them "on the <state's> side" (of a border or a front) is of
    that state."""
    doc = ix.doc
    for appos in (c for c in doc[m.end - 1].children if c.dep_ == "appos"):
        for side in (t for t in appos.subtree if t.lower_ == "side" and t.dep_ == "pobj"
                     and t.head.lower_ in ("on", "from")):
            states = {o.country for o in ix.mentions for c in side.children
                      if c.dep_ in ("amod", "compound", "poss") and o.start <= c.i < o.end
                      and o.kind == "country" and o.country not in NON_STATE_CODES}
            if len(states) == 1:
                return states.pop()
    if m.sector not in (None, "CVL") or m.name is None:
        return None
    # ("On the Cambodian side, thousands of families fled ... 'We ran with the children,' said Sok
    # Chan, a rice farmer": a voice quoted right after a sentence opened so, with no state named
    # since, is of that side)
    sent = doc[m.start].sent
    for _ in range(2):  # the two sentences before
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        side = _side_opening(ix, sent.start)
        if side is not None:
            named = {x.country for x in ix.mentions if x.kind == "country" and sent.start + 3 <= x.start < m.start}
            return side if named <= {side} else None
    return None


def _bare_fronted_place(ix: DocIndex, prep: Token, m: Mention) -> list[Token]:
    """(session 35) "In Fray Bentos, store owner X said", where the parser left the opening
    "In" without its object (the town read as part of the subject's name): the place mention
    that fills the gap between "In" and the comma before ``m``; else none."""
    doc = ix.doc
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != prep.sent.start \
            or any(True for _ in prep.children) or m.start < prep.i + 3 \
            or doc[m.start - 1].text != ",":
        return []
    gap = [o for o in ix.mentions if o.kind == "country" and o.start == prep.i + 1
           and o.end == m.start - 1]
    return [doc[gap[0].end - 1]] if gap else []


def _regional(ix: DocIndex, m: Mention) -> bool:
    """Whether a phrase is qualified by a continent or world region ("African leaders",
    "European nations") or names states by a shared people or faith ("Arab states"): many
    states' actors, so no single state's from context."""
    if multistate_group(ix, m):
        return True
    if _regional_heads(ix, m):
        return True
    for tok in ix.doc[m.start:m.end]:
        if tok.text in REGIONS or any(part in REGIONS for part in tok.text.split("-")[1:]) \
                or tok.text.startswith(("pan-", "Pan-")):
            return True
    return _in_continent(ix.doc[m.end - 1]) or _shares_regional_modifier(ix, m)


def _state_of_joined_clause(ix: DocIndex, m: Mention) -> str | None:
    """(session 54) "Iran made no official comment, but state media gave the story prominent
    coverage": the subject of a clause the one of ``m`` is joined to, when it is a state."""
    head = ix.doc[m.end - 1]
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "conj" \
            or not any(c.dep_ == "cc" for c in (*verb.children, *verb.head.children)):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None if subject is None else _official_state_at(ix, m, subject, sectors=frozenset())


def _police_reporting_elsewhere(ix: DocIndex, m: Mention, main: str | None) -> str | None:
    """(session 54) "Separately, an Indian Air Force helicopter crashed near Budgam in Kashmir,
    killing six airmen, police said", in a story filed from Islamabad: police who report what
    their sentence tells are of the one state its words name (the scene's), not the story's."""
    head = ix.doc[m.end - 1]
    if main is None or m.sector != "COP" or m.end - m.start != 1 or head.lower_ != "police" \
            or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS or head.head.dep_ != "ROOT" \
            or not any(c.dep_ == "ccomp" and c.i < head.i for c in head.head.children):
        return None  # (only a bare "police said" after the report it gives)
    sid = sentence_of_token(ix.doc, m.start)
    named = {o.country for o in ix.mentions if o is not m and o.country and not o.from_context
             and o.country not in NON_STATE_CODES and sentence_of_token(ix.doc, o.start) == sid}
    return named.pop() if len(named) == 1 and main not in named else None


# (session 35) Continents a phrase may place people in ("a judge in Europe").
_CONTINENTS = frozenset({"Europe", "Africa", "Asia", "Oceania", "Americas", "Antarctica"})


def _in_continent(head: Token) -> bool:
    """(session 35) "feared that a judge in Europe would not understand local history": people
    placed only in a continent are of one of its many states, which the story's state (a
    Central American one, here) need not be."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and g.dep_ == "pobj" and g.text in _CONTINENTS
               for c in head.children for g in c.children)


def _shares_regional_modifier(ix: DocIndex, m: Mention) -> bool:
    """(session 35) Whether a bare plural noun is listed after a phrase a region qualifies and
    shares its modifier ("ten European politicians and academics": the academics are European
    too), so that it is no more the story state's than the first item."""
    head = ix.doc[m.end - 1]
    if m.end - m.start != 1 or head.dep_ != "conj" or head.tag_ != "NNS":
        return False
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return any(o is not m and o.start <= first.i < o.end and o.country is None and o.start < m.start
               and any(t.text in REGIONS for t in ix.doc[o.start:o.end]) for o in ix.mentions)


# the heads and powers of a region: "regional leaders", not a province's own "regional governor"
_REGION_HEADS = frozenset({"leader", "head", "state", "power", "country", "nation", "neighbour",
                           "neighbor", "ally", "partner"})


def _listed_with_foreigners(ix: DocIndex, m: Mention, main: str) -> bool:
    """(session 35) "brushing aside condemnation from the United Nations, Western governments and
    celebrities": an unnamed group listed by "and" with actors that are all coded, none of them
    the story's state (a world body, a region's states, foreign states), is one more of those
    outsiders; the story's state, which they stand against, is no evidence of its state."""
    doc = ix.doc
    if m.sector in _OFFICIAL_SECTORS or m.sector in _ARMED_SIDES or m.sector in ("OPP", "PTY", "SPY", "INS"):
        return False  # ("warnings from Western donors and the upper house": the state's own organ)
    head = doc[m.end - 1]
    first = first_conjunct(head)
    items = [first, *[t for t in first.subtree if t.dep_ == "conj" and first_conjunct(t) == first]]
    others = [t for t in items if t.i != head.i]
    if not others:
        return False
    codes = []
    for t in others:
        o = next((o for o in ix.mentions if o is not m and o.start <= t.i < o.end), None)
        if o is None or not o.country or o.from_context:
            return False
        codes.append(o.country)
    # (foreign states or a region's states: "witnesses and the Red Cross said" names no outsider
    # that stands against the state, nor does "Islamic State and other jihadists")
    return main not in codes and all(c not in NON_STATE_CODES or c in REGION_CODES for c in codes)


def _regional_heads(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is "regional leaders" or "regional powers": the states of a region, many
    states' actors, not the story's own state ("regional leaders imposed sanctions on Mali's
    junta"); a "regional governor" or "regional police" is one state's provincial office."""
    toks = ix.doc[m.start:m.end]
    return any(t.lower_ == "regional" for t in toks) \
        and toks[-1].lemma_.lower() in _REGION_HEADS and not _in_compass_part(ix, m.end)


# Parts of a state named by a compass point ("in the south").
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"})


def _in_compass_part(ix: DocIndex, k: int) -> bool:
    """"Regional leaders in the south": leaders of the regions in one part of a state are its
    provincial officials, not the heads of a world region's states."""
    doc = ix.doc
    return k + 2 < ix.n and doc[k].lower_ == "in" and doc[k + 1].lower_ == "the" \
        and doc[k + 2].lower_ in _COMPASS


# (session 47) European states, where the European Union is the region's body: in a story
# set elsewhere ("the European Union said it would consider resuming aid" to Burundi) the EU
# is a donor from outside, and the "regional leaders" are not its.
_EUROPE = frozenset({"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
                     "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK",
                     "SVN", "ESP", "SWE", "GBR", "NOR", "CHE", "ISL", "SRB", "MNE", "MKD", "ALB", "BIH",
                     "XKX", "MDA", "UKR", "BLR"})


def _regional_bloc(ix: DocIndex, main: str | None) -> None:
    """"regional leaders imposed sanctions" in a story that names one regional body (ECOWAS):
    the region's leaders act as that body, so they take its code; with no body or several,
    they stay without a state. The EU is the region's body only in a story set in Europe."""
    blocs = {(b.country, b.name) for b in ix.mentions if b.kind == "organisation" and b.name
             and b.country in ("IGO", "EUR")}
    if len(blocs) != 1:
        return
    country = next(iter(blocs))[0]
    if country == "EUR" and main not in _EUROPE and ix.dateline not in _EUROPE:
        return
    for m in ix.mentions:
        if m.country is None and m.kind in ("group", "person") and _regional_heads(ix, m):
            m.country, m.from_context, m.confidence = country, True, 0.5


def _placed_elsewhere(ix: DocIndex, m: Mention, state: str) -> bool:
    """Whether the clause of ``m`` says where its act happened, in another state than ``state``:
    "two soldiers were killed in northern Israel", in a story set in Lebanon.

    Why: the story's state is only a guess for unnamed soldiers or civilians; their own clause's
    place is better evidence, and ``placed_groups`` at the event stage fills only groups with no
    state, so a guess made here would never be undone."""
    if _appealed_by(ix, m) is not None:
        return False  # (session 62) "In Washington, the State Department urged the government": its venue, not theirs
    tok = ix.doc[m.end - 1]
    while tok.dep_ in ("compound", "amod", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ in _QUANTITY_HEADS:
        tok = tok.head.head  # (session 30) "Hundreds of activists cheered ..."; (session 63) "tens of thousands of"
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.pos_ != "VERB":
        return False
    verb = tok.head
    preps = ("in", "inside") if m.sector == "MIL" else ("in", "inside", "through")
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj"]  # ((session 63) "marched through Barcelona";
    # troops "ferried in through an airfield" abroad only pass there)
    # ((session 62) not a relative clause on the phrase: "seized the capital in a bloodless coup
    # that sent the president fleeing aboard a U.S. warship" happened in no U.S. place)
    told = {t.i for p in places for c in p.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    states = _states_within(ix, places, skip=told) | _own_place(ix, tok)
    if not states and verb.dep_ in ("advcl", "conj") and (opening := opening_place(ix, verb.sent)) is not None \
            and ix.doc[verb.sent.start].head.i == verb.head.i and opening.country not in NON_STATE_CODES:
        # (session 63) "In Uganda, parliament approved the deployment after opposition lawmakers
        # walked out": the opening place sets the clauses under its verb too
        states = {opening.country}
    if not states and _at_world_body(ix, verb):
        return True  # (session 30) "activists cheered outside the court" of the UN
    return len(states) == 1 and state not in states


# Heads of a count of people ("hundreds of activists").
_QUANTITY_HEADS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})


# Prepositions that place an act at a building ("outside the court", "in front of the UN").
_AT_BUILDING = frozenset({"outside", "at"})


def _at_world_body(ix: DocIndex, verb: Token) -> bool:
    """Whether the verb's act happens at an international body's seat ("cheered outside the
    court" of the UN, "protested at the UN"), which places it in no state of the story."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in _AT_BUILDING:
            continue
        for p in c.children:
            o = next((o for o in ix.mentions if o.start <= p.i < o.end), None)
            if p.dep_ == "pobj" and o is not None and o.kind == "organisation" \
                    and o.country in ("UNO", "IGO"):
                return True
            if p.dep_ == "pobj" and o is None and p.lemma_.lower() in _COURT_HEADS:
                # "the court" not yet read back to the one court the story names
                courts = {x.country for x in ix.mentions if x.kind == "organisation"
                          and x.sector == "JUD" and x.name}
                if courts and courts <= {"UNO", "IGO"}:
                    return True
    return False


# Heads of unnamed press a state runs ("state television", "state media").
_STATE_PRESS_HEADS = frozenset({"television", "tv", "radio", "media", "broadcaster", "news"})


def _groups_of_named_places(ix: DocIndex) -> None:
    """(session 30) Unnamed people whose own words place them, or the state they stand beside,
    in a story about two states: "a shopkeeper in Kidal" and "the killing of civilians in the
    Ukrainian town of Bucha" are of the place's state (not the story's); "Mali announced on
    state television" is Mali's television; "a peace accord between Bamako and Tuareg
    separatist rebels" and "rebels killed dozens of Malian soldiers" are that state's rebels."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is None and m.kind == "organisation" and m.name is not None:
            # "Lithuania's state railway company, LTG,": the state the description names
            root = doc[m.start:m.end].root
            if root.dep_ == "appos" and root.head.i < m.start and root.head.pos_ == "NOUN":
                owners = [c for c in root.head.children if c.dep_ in ("poss", "amod", "compound")]
                named = {x for c in owners if (x := _state_named_at(ix, c)) is not None}
                if len(named) == 1:
                    firm = _state_firm(ix, m)
                    m.country, m.confidence = named.pop(), 0.8
                    m.sector = "BUS" if firm else m.sector
            continue
        if m.country is None and m.kind == "person" and m.name is not None \
                and m.sector in PRIVATE_SECTORS:
            # "Mohamed Ag Alhassane, 46, a shopkeeper in Kidal": the place of the description
            root = doc[m.start:m.end].root
            described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            named = {x for c in described if (x := _own_place_of(ix, c)) is not None}
            if len(named) == 1:
                m.country, m.from_context, m.confidence = named.pop(), True, 0.5
            continue
        if m.country is not None or m.kind not in ("group", "person", "organisation") \
                or m.name is not None and not m.generic:
            continue
        head = doc[m.end - 1]
        state = None
        if m.sector in PRIVATE_SECTORS and m.kind in ("group", "person"):
            state = _own_place_of(ix, head)
        elif m.sector == "JRN" and m.kind == "organisation" and head.lower_ in _STATE_PRESS_HEADS \
                and any(t.lower_ == "state" for t in doc[m.start:m.end - 1]) \
                and head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
            doer = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
            state = _state_named_at(ix, doer) if doer is not None else None
        elif m.sector == "REB" and m.kind == "group":
            state = _rebels_against(ix, m, head) or _where_clause_state(ix, head)
        if state is not None:
            m.country, m.from_context, m.confidence = state, True, 0.5


def _where_clause_state(ix: DocIndex, head: Token) -> str | None:
    """"inside Mali, where the aircraft had been tracking fighters it described as
    terrorists": the state of the place a "where" clause hangs on, for the clause's subject or
    object (and what that is described as)."""
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.dep_ in ("relcl", "acl"):
        head = head.head.head.head  # "fighters it described as terrorists": the fighters
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = head.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    place = next((o for o in ix.mentions if o.start <= verb.head.i < o.end), None)
    if place is None or place.kind != "country" or not place.country or place.country in NON_STATE_CODES:
        return None
    return place.country


def _own_place_of(ix: DocIndex, head: Token) -> str | None:
    """The one state the noun's own "in" phrase places it in ("a shopkeeper in Kidal"), or
    the place of the act it undergoes ("the killing of civilians in the Ukrainian town of
    Bucha"); else None."""
    places = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
              for p in c.children if p.dep_ == "pobj"]
    if not places and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ == "NOUN":
        places = [p for c in head.head.head.children if c.dep_ == "prep"
                  and c.lower_ in ("in", "inside") for p in c.children if p.dep_ == "pobj"]
    named = _states_within(ix, places) if places else set()
    if not named:
        # (a town the tagger left unmarked: "a shopkeeper in Kidal")
        named = {x for p in places if p.pos_ == "PROPN" and p.is_title
                 and not any(o.start <= p.i < o.end for o in ix.mentions)
                 and (x := place_country(p.text)) is not None and x not in NON_STATE_CODES}
    return next(iter(named)) if len(named) == 1 else None


def _stance_toward(ix: DocIndex, m: Mention, state: str) -> bool:
    """(session 46) "pro-Russian rebels seized government buildings" in a story about Russia:
    a group named for its stance towards a state ("pro-", "anti-") acts in another state, so the
    story's state is no evidence of its own."""
    doc, forms = ix.doc, country_forms()
    return any(doc[i].lower_ in STANCES and doc[i + 1].text == "-"
               and (f := forms.get(doc[i + 2].text)) is not None and f.iso3 == state
               for i in range(m.start, min(m.end, ix.n) - 2))


def _own_adjective_state(ix: DocIndex, m: Mention) -> str | None:
    """The one state an adjective inside an unnamed mention's own words gives ("a Dutch university"),
    else None."""
    if m.name is not None:
        return None
    forms = country_forms()
    found = {f.iso3 for t in ix.doc[m.start:m.end] if t.pos_ in ("ADJ", "PROPN")
             and (f := forms.get(t.text)) is not None and f.form == "adjective"}
    return found.pop() if len(found) == 1 else None


def _state_named_at(ix: DocIndex, tok: Token) -> str | None:
    """The state a state's name, capital or government names at ``tok``, else None."""
    o = next((o for o in ix.mentions if o.start <= tok.i < o.end), None)
    if o is None or not o.country or o.country in NON_STATE_CODES \
            or o.kind not in ("country", "organisation") or o.kind == "organisation" and o.sector != "GOV":
        return None
    return o.country


def _rebels_against(ix: DocIndex, m: Mention, head: Token) -> str | None:
    """"between Bamako and Tuareg rebels": the state the rebels are paired against;
    "Tuareg rebels ... killed dozens of Malian soldiers": the state whose soldiers they kill."""
    doc = ix.doc
    k = m.start - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1  # "between Bamako and mainly Tuareg rebels"
    if k > 1 and doc[k].lower_ == "and":
        other = next((o for o in ix.mentions if o.end == k), None)
        if other is not None and other.start > 0 and doc[other.start - 1].lower_ == "between":
            return _state_named_at(ix, doc[other.start])
    subject = head
    subject = first_conjunct(subject)
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in _KILLING_VERBS:
        return None
    victims = [c for c in subject.head.children if c.dep_ == "dobj"]
    states = {o.country for v in victims for o in ix.mentions
              if o.start <= v.i < o.end or any(o.start <= t.i < o.end for t in v.subtree)
              if o.sector in ("MIL", "COP") and o.country and o.country not in NON_STATE_CODES}
    return next(iter(states)) if len(states) == 1 else None


# Verbs of attacks that rebels make on a state's forces.
_KILLING_VERBS = frozenset({"kill", "ambush", "attack", "wound", "capture"})


def _own_place(ix: DocIndex, noun: Token) -> set[str]:
    """(session 27) The state of a place named right in the noun's own "in" phrase ("Civil
    society groups in Bamako"), not of one deeper in it ("a commander in one of the factions
    aligned with Iran")."""
    return {o.country for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
            for p in c.children if p.dep_ == "pobj"
            for o in ix.mentions if o.kind == "country" and o.start <= p.i < o.end
            and o.country and o.country not in NON_STATE_CODES}


def _states_within(ix: DocIndex, places: list[Token], skip: set[int] | frozenset[int] = frozenset()) -> set[str]:
    """The states named inside the phrases of ``places`` (non-state codes left out, and mentions
    starting at a ``skip`` token): where a clause or a noun says something is
    (``_placed_elsewhere``, ``_local_officials``)."""
    return {o.country for o in mentions_within(ix, places) if o.country and o.kind == "country"
            and o.country not in NON_STATE_CODES and o.start not in skip}


def mentions_within(ix: DocIndex, phrases: list[Token]) -> list[Mention]:
    """The mentions that lie inside the phrase (subtree) of any token of ``phrases``."""
    spans = [(p.left_edge.i, p.right_edge.i + 1) for p in phrases]
    return [o for o in ix.mentions if any(b <= o.start and o.end <= e for b, e in spans)]


# Words before a posted group's noun that name no state of theirs ("foreign diplomats").
_POSTED_DESCRIBERS = frozenset({"foreign", "senior", "visiting", "some", "several", "other", "many"})


def _unnamed_envoys(ix: DocIndex, m: Mention) -> bool:
    """""Diplomats said Beijing's decision ...", "Diplomats cautioned that ...": diplomats
    quoted with no state, name or body are sources from any of the states posted where the
    story is told (at the UN, in a capital), seldom the state the story is about, so they
    take no state from its context."""
    doc = ix.doc
    head = doc[m.end - 1]
    if m.kind == "person" and m.name is None and head.tag_ == "NNS" and head.lemma_.lower() in ("ambassador", "envoy") \
            and m.end - m.start == 2 and doc[m.start].lower_ == "the":
        return True  # (session 63) '"The ambassadors saved his life"': the foreign envoys in the capital
    if m.kind != "group" or m.name is not None or head.lemma_.lower() not in POSTED:
        return False
    if m.end < ix.n and doc[m.end].lower_ in ("in", "at") and doc[m.end].head.i == head.i \
            and all(t.pos_ in ("DET", "NUM") or t.lower_ in _POSTED_DESCRIBERS for t in doc[m.start:m.end - 1]):
        return True  # "Diplomats in Addis Ababa welcomed ...": posted there, from elsewhere
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING_VERBS:
        return False
    return all(t.pos_ == "DET" for t in doc[m.start:m.end - 1])


def _hyphenated(doc: Doc, m: Mention) -> bool:
    """Whether a mention is part of a hyphenated word ("Tutsi-led", "pro-Kurdish")."""
    return any("-" in t.text for t in doc[m.start:m.end]) \
        or m.end < len(doc) and doc[m.end].text == "-" or m.start > 0 and doc[m.start - 1].text == "-"


def _stateless_people_at_home(ix: DocIndex, main: str, states: dict[int, set[str]]) -> None:
    """(session 31) "the state is committed to protecting the Druze", "clashes between Druze
    factions": a people with no state of its own, named with no state, in a story about one of
    the states it lives in, is that state's people, unless its sentence names another of its
    homes ("Kurds in Iraq and Syria") that could be theirs."""
    for m in ix.mentions:
        if m.country is not None or m.kind != "group" or m.kin is not None \
                or _hyphenated(ix.doc, m) or describes_other_actor(ix, m):
            continue  # ("a Tutsi-led group", "the pro-Kurdish party": a word of another's name)
        homes = [STATELESS_HOMES.get(t.lower_) for t in ix.doc[m.start:m.end]]
        known = [h for h in homes if h is not None]
        if not known or any(main not in h for h in known):
            continue
        others = states.get(sentence_of_token(ix.doc, m.start), set()) - {main}
        if not any(others & h for h in known):
            m.country, m.from_context, m.confidence = main, True, 0.5
            m.sector = m.sector or "CVL"  # (session 47) "the Rohingya": a people, civilians


def _away_from_home(ix: DocIndex, m: Mention, state: str) -> bool:
    """Whether ``m`` names a stateless people ("Kurdish groups", "Rohingya refugees") and
    ``state`` is none of the states it lives in: another party in the sentence ("the US
    allied with Kurdish groups") is no home of theirs."""
    homes = [STATELESS_HOMES.get(t.lower_) for t in ix.doc[m.start:m.end]]
    known = [h for h in homes if h is not None]
    return bool(known) and all(state not in h for h in known)


# (session 59) Nouns and verbs of seeking safety abroad: the state after "in" or "to" is where
# people went, not theirs ("applied for asylum in Nigeria", "fled to Chad").
_REFUGE_WORDS = frozenset({"asylum", "refuge", "sanctuary", "shelter", "flee", "fled", "escape",
                           "escaped"})


def _refuge_states(ix: DocIndex, m: Mention) -> set[str]:
    """The states ``m``'s sentence names only as where people sought or found safety."""
    sent = ix.doc[m.start].sent
    found = set()
    for t in sent:
        if t.lower_ in ("in", "to") and t.i > sent.start and ix.doc[t.i - 1].lower_ in _REFUGE_WORDS:
            state = ix.state_after(t.i, ("in", "to"), ("name",), skip_the=True)
            if state is not None:
                found.add(state)
    return found


def _withdrawn_from_state(ix: DocIndex, m: Mention, state: str) -> bool:
    """(session 49) "the withdrawal of all American and allied troops from Afghanistan", in a
    story set there: a force taken out of the story's state served there, so that state is no
    guess for whose it is."""
    return withdrawn_from(ix, m.end - 1, m.end, m.sector) and ix.state_after(
        m.end, ("from",), ("name", "capital"), skip_the=True) == state


# Verbs of meeting and negotiating: the place they happen in is a venue for all sides.
_MEETING_VERBS = frozenset({"meet", "talk", "negotiate", "sign", "gather", "discuss", "hold",
                            "resume", "convene", "attend", "confer"})


def _meets(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is the subject of a meeting or talks ("rebels met ...", "held talks")."""
    tok = _clause_word(ix, m)
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _MEETING_VERBS:
        return False
    return verb.lemma_.lower() != "hold" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("talk", "meeting", "negotiation", "summit")
        for c in verb.children)


def _capital_venue(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is a capital named as the place of an event ("met in Rome")."""
    form = ix.country_at(m.start)
    return form is not None and form.form == "capital" and m.start > 0 \
        and ix.doc[m.start - 1].lower_ in ("in", "at")


# Sectors of a state's own offices: their holders serve the state the text is about.
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "JUD", "COP", "LEG"})
# Armed non-state sides: the people they seize or attack are often foreign.
_ARMED_SIDES = frozenset({"REB", "UAF", "CRM"})
# Working people named by their trade, who with no state in their sentence are the story's;
# teachers and students too (session 24: "teachers' associations" led a country's protests).
_TRADES = frozenset({"AGR", "BUS", "LAB", "EDU"})


def _aided_at_dateline(ix: DocIndex, main: str | None) -> None:
    """(session 33) "VIENTIANE - ... White House officials said the new money would pay for
    help to victims": in a story filed from one state about another's aid, the unnamed people
    the aid is for ("help to victims", "food for farmers") are of the state it is filed from,
    when their sentence names only the giver's (a donor's officials do not name the people they
    help by nationality; the dateline is where the help goes)."""
    home = ix.dateline
    if home is None or home == main or home in NON_STATE_CODES:
        return
    states = _sentence_states(ix)
    for m in ix.mentions:
        if m.country is None and m.name is None and m.kind == "group" and m.sector in _ACTED_ON \
                and _beneficiaries(ix.doc[m.end - 1]) and _aid_noun(ix.doc[m.end - 1].head) \
                and len(here := states.get(sentence_of_token(ix.doc, m.start), set())) == 1 \
                and home not in here and (main is None or here == {main}):
            m.country, m.from_context, m.confidence = home, True, 0.5


# (session 33) Nouns of help given to people ("help to victims", "aid for farmers").
_AID_NOUNS = frozenset({"help", "aid", "assistance", "support", "relief", "compensation", "care"})


def _aid_noun(prep: Token) -> bool:
    """Whether the preposition ``prep`` gives whom help is for ("help to victims"): its head, or
    the word before it when the parser hangs the phrase on the verb ("pay for help to victims"),
    is a noun of help."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _AID_NOUNS
               for t in (prep.head, prep.doc[prep.i - 1]))


def _beneficiaries(tok: Token) -> bool:
    """"Pathways for workers", "help to farmers": people something is meant for, who are
    people of that kind in general rather than a party of the story ("went to companies owned
    by X" names particular ones)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and not _owned(tok)


# Participles by which an owner is named after a group ("companies owned by X").
_OWNING = frozenset({"own", "run", "control", "operate"})


def _owned(tok: Token) -> bool:
    """Whether ``tok`` has an "owned/run by X" clause, which names particular ones."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in _OWNING
               and any(g.dep_ == "agent" for g in c.children) for c in tok.children)


# People held in prisons, and the prisons that hold them.
_INMATES = frozenset({"inmate", "prisoner", "detainee"})
_PRISONS = frozenset({"prison", "jail", "gaol", "penitentiary"})


def _prison_inmates(ix: DocIndex, m: Mention) -> bool:
    """"Storming the capital's two largest prisons and freeing about 4,000 inmates": unnamed
    inmates of a prison their sentence names without a state are held by the state the story
    is about (its prisons hold its own convicts), like its other unplaced people."""
    doc = ix.doc
    if m.name is not None or m.sector is not None or m.kind != "group" \
            or doc[m.end - 1].lemma_.lower() not in _INMATES:
        return False
    return any(t.lemma_.lower() in _PRISONS for t in doc[m.start].sent)


# Working people and civilians, who are often the object of another state's act (arrests of
# foreign fishermen or crews): of two states named, the doer's is not theirs.
_ACTED_ON = frozenset({"AGR", "CVL", "LAB"})
# Public titles that sectors.tsv leaves without a sector ("Police and Crime Commissioner").
_OFFICIAL_TITLES = frozenset({"commissioner", "representative", "superintendent", "constable",
                              "prosecutor", "magistrate", "ombudsman", "congressman",
                              "congresswoman", "senator", "assemblyman", "assemblywoman"})


def _official(m: Mention) -> bool:
    """A named person whose title is a public office ("Interior Minister", "Admiral")."""
    if m.kind != "person" or not m.name or not m.role:
        return False
    if m.sector in _OFFICIAL_SECTORS:
        return True
    return m.sector is None and any(w in _OFFICIAL_TITLES
                                    for w in f"{m.role} {m.text_role or ''}".lower().split())


def _commission_of(ix: DocIndex, m: Mention) -> Mention | None:
    """"Budget Commissioner Johannes Hahn" in news of the European Commission and Hungary: a
    commissioner with no state named sits on the one commission the article names (an EU
    commissioner is EURGOV), not in the government of the state the story is about. Not a
    police or high commissioner (a force's chief; an envoy between states)."""
    words = f"{m.role or ''} {m.text_role or ''}".lower().split()
    if _secretary_general(m):
        return _secretariat_of(ix, m)
    if words[:1] == ["court"] and m.sector == "JUD":
        # (session 30) "Court President Yuji Iwasawa" after "the International Court of
        # Justice": the president of the one court the article names
        body = "court"
    elif m.sector is not None or "commissioner" not in words or "high" in words:
        return None
    else:
        body = "commission"
    bodies = {(o.country, o.sector): o for o in ix.mentions
              if o.kind == "organisation" and o.country and not o.from_context
              and body_head(ix.doc, o).lemma_.lower() == body}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _secretary_general(m: Mention) -> bool:
    """Whether a named person's only title is "Secretary-General" (no body, no state)."""
    role = (m.role or "").lower().replace(" ", "-")
    return m.kind == "person" and bool(m.name) and role == "secretary-general" \
        and not (m.text_role or "").strip(" -").lower().replace(" ", "-").replace("secretary-general", "")


def _secretariat_of(ix: DocIndex, m: Mention) -> Mention | None:
    """(session 34) "The Commonwealth suspended Fiji ... Secretary-General Don McKinnon said",
    "The OAS Permanent Council voted ... by Secretary-General Jose Miguel Insulza": a secretary-
    general named with no body heads the secretariat of the intergovernmental body named last
    before him (within two sentences, else the only one the article names), not the government
    of the member state the story is about (a state's ministries have secretaries-general
    too, but news names them with the ministry)."""
    sid = sentence_of_token(ix.doc, m.start)
    bodies = [o for o in ix.mentions if o.kind == "organisation" and o.country in INTERGOVERNMENTAL
              and not o.from_context and o is not m]
    near = [o for o in bodies if o.start < m.start and sentence_of_token(ix.doc, o.start) >= sid - 2]
    if near:
        body = near[-1]
    elif len({(o.country, o.name) for o in bodies}) == 1:
        body = bodies[0]
    else:
        return None
    return Mention(body.start, body.end, "organisation", country=body.country, sector="GOV")


def body_head(doc: Doc, m: Mention) -> Token:
    """The head noun of a body's name: its last word, or the word an "of" or "for" follows ("the
    International Court of Justice" -> Court, "Council of Ministers" -> Council, session 58: "the
    International Tribunal for the Law of the Sea" -> Tribunal; not "the Special Court for Sierra
    Leone", named for a state, whose court a later "the court" stays the story's own)."""
    head, root = doc[m.end - 1], doc[m.start:m.end].root
    if root.i < head.i and root.is_title and any(
            t.lower_ == "of" or t.lower_ == "for" and not _names_a_state(t)
            for t in root.rights):
        return root
    return head


def _names_a_state(prep: Token) -> bool:
    """Whether a preposition's object is a state's name ("for Sierra Leone")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    forms = country_forms()
    return any(" ".join(w.text for w in o.subtree if w.pos_ != "DET") in forms for o in objs)


# Determiners by which a noun names no particular body ("no single government", "any army").
_NO_PARTICULAR = frozenset({"no", "any", "every", "each"})


def _party_named_for_members(ix: DocIndex, m: Mention) -> bool:
    """(session 35) "The Socialists won the election": a party named by the plural label of its
    members, whom no list places, is the story's own state's, as a party no list knows is."""
    head = ix.doc[m.end - 1]
    return m.kind == "group" and m.sector == "PTY" and m.name is not None \
        and head.tag_ in ("NNPS", "NNP") and head.text.endswith("s")


def _no_one_body(ix: DocIndex, m: Mention) -> bool:
    """"Meaning no single government can veto it": a state body named with "no", "any",
    "every" or "each" is none in particular, so it is not the state the story is about
    ("no civilians were hurt" still names the scene's people)."""
    head = ix.doc[m.end - 1]
    if m.sector in _HOME_POLITICS and any(c.dep_ == "det" and c.lower_ in ("every", "each")
                                          for c in head.children):
        return False  # (session 35) "every opposition party": all of one state's parties
    return m.name is None and (m.kind == "organisation" or m.sector in _OFFICIAL_SECTORS) \
        and any(c.dep_ == "det" and c.lower_ in _NO_PARTICULAR for c in head.children)


# Sectors that exist only inside one state's politics: its parties and its opposition.
_HOME_POLITICS = frozenset({"OPP", "PTY"})


# Verbs by which a speaker addresses the press ("told reporters", "briefed journalists").
_BRIEFING = frozenset({"tell", "brief", "address"})


def _press_abroad(ix: DocIndex, m: Mention, main: str | None) -> tuple[bool, str | None]:
    """"Reporters in Brussels", or "Hahn told reporters" in a story filed from Brussels about
    Hungary: unnamed reporters placed, or addressed, away from the story's state are the press
    corps there, so neither the story's state nor the states named in what they are told is
    theirs. Returns whether that is so, with the one state they are placed in, if any (none
    at an international body's seat, whose press corps is of many states). Unplaced reporters
    addressed in a story filed from its own state are that state's press."""
    head = ix.doc[m.end - 1]
    if m.sector != "JRN" or m.kind != "group" or m.name is not None or main is None:
        return False, None
    addressed = head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() in _BRIEFING \
        or head.dep_ == "pobj" and head.head.lower_ == "to" \
        and head.head.head.lemma_.lower() in SAYING_VERBS
    holders = [head] + ([head.head if head.dep_ != "pobj" else head.head.head] if addressed else [])
    places = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for p in c.children if p.dep_ == "pobj"]  # "told reporters in Brussels"
    there = {o.country for o in mentions_within(ix, places) if o.country and o is not m}
    if there:
        if main in there:
            return False, None
        states = there - NON_STATE_CODES
        return True, (states.pop() if len(states) == 1 else None)
    fronted = opening_place(ix, head.sent) if addressed else None
    if fronted is not None and fronted.end < m.start and fronted.country \
            and fronted.country not in NON_STATE_CODES:
        return True, fronted.country  # (session 60) "In Tokyo, Prime Minister Hashimoto ... told reporters"
    if addressed and ix.dateline is not None and ix.dateline == main \
            and not _foreign_speaker(ix, holders[-1], main):
        # "he told journalists ... without naming India" in a story filed from Male about the
        # Maldives: the press he speaks to is at home, not of a state named in what he says
        return True, main
    return addressed and ix.dateline is not None and ix.dateline != main, None


def _foreign_speaker(ix: DocIndex, verb: Token, main: str) -> bool:
    """Whether the subject of ``verb`` is of another state than ``main`` (a visiting leader
    may speak to his own travelling press, or abroad: "Kishida, also in Lithuania, told
    reporters")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(o.country and o.country != main and o.country not in NON_STATE_CODES
               for o in mentions_within(ix, subjects) if o.start <= subjects[0].i < o.end) \
        if subjects else False


def _envoy_described_before(ix: DocIndex, m: Mention) -> str | None:
    """"the U.S. ambassador ... Ambassador Jane Roe was stopped": an envoy named with no state,
    after one described with a state in the sentence before or the same, is that envoy, not
    the story's state's (an envoy is posted away from home, where stories are told)."""
    key = role_group(m.role)
    if key != "ambassador":
        return None
    sid = sentence_of_token(ix.doc, m.start)
    found: list[Mention] = []
    for other in ix.mentions:
        if other.start >= m.start:
            break
        if other.kind == "person" and other.name is None and other.country \
                and not other.from_context and other.country not in NON_STATE_CODES \
                and role_group(other.role) == key \
                and sentence_of_token(ix.doc, other.start) >= sid - 1:
            found.append(other)
    # (session 61) "Israel's ambassador ... Turkey's consul general ... Ambassador Eitan Na'eh":
    # the envoy of the same title, when the two are told apart by it
    word = (m.role or "").lower().split()[-1:]
    same = [o for o in found if (o.role or "").lower().split()[-1:] == word]
    return (same or found)[-1].country if found else None


def _opposition_titled(m: Mention) -> bool:
    """A named person the text titles by a place in a state's opposition ("opposition leader
    Jane Roe"): like an official's, the title is of the state the story is about (a bare
    party office, "party leader", says no state's politics)."""
    if m.kind != "person" or not m.name or not m.role or m.sector != "OPP":
        return False
    words = [w for w in f"{m.role} {m.text_role or ''}".lower().split() if w not in STAND_INS]
    return "opposition" in words or any(f"{a} {b}" in _CAMP_LEADERS for a, b in zip(words, words[1:]))


def _opposition_of_sentence(ix: DocIndex, m: Mention, main: str | None,
                            states: dict[int, set[str]]) -> str | None:
    """(session 37) "Opposition Conservative leader X said the prime minister should tell
    Canadians everything", in a story filed from New Delhi: an opposition leader with no state
    named, whose own sentence names one state only and not the story's, is in that state's
    politics (an opposition speaks of its own government and people; unlike an official, it
    is seldom quoted abroad). Only a leader who speaks, and only a state named by its people or
    its name: "prevented the German ambassador from visiting opposition leader X" names a visitor's
    state, not his."""
    doc = ix.doc
    root = doc[m.start:m.end].root
    if not _opposition_titled(m) or root.dep_ != "nsubj" or root.head.lemma_.lower() not in SAYING_VERBS:
        return None
    sid = sentence_of_token(doc, m.start)
    here = {o.country for o in ix.mentions if o is not m and o.country and not o.from_context
            and o.country not in NON_STATE_CODES and sentence_of_token(doc, o.start) == sid
            and (o.kind == "country" or o.kind == "group" and o.sector in PRIVATE_SECTORS)}
    return next(iter(here)) if len(here) == 1 and main not in here \
        and here <= states.get(sid, set()) else None


def _party_head_titled(m: Mention) -> bool:
    """(session 29) "Kostadinov, leader of the nationalist Vazrazhdane party": a named person
    who leads a party the text names is in the politics of the state the story is about, like
    an opposition leader (a bare "party leader" names no party and stays out)."""
    words = (m.role or "").lower().split()
    return m.kind == "person" and bool(m.name) and m.sector in ("PTY", "OPP") \
        and len(words) > 2 and words[1] == "of" and words[-1] in ("party", "parties")


# (session 28) Titles that name a leader by a political camp ("far-right leader"): out of
# office like an opposition leader's, and of the state the story is about.
_CAMP_LEADERS = frozenset(w for w, s in sector_words().items()
                          if s.sector == "OPP" and s.kind == "person" and w.endswith(" leader"))


def _home_body_titled(m: Mention) -> bool:
    """A named person titled by a place in a gang or cartel ("gang leader X") or in a labour
    body ("federation president Y"): such bodies are of the state where they work, so the
    title is of the state the story is about, as an opposition leader's is."""
    if m.kind != "person" or not m.name or not m.role or m.sector not in ("CRM", "LAB"):
        return False
    bodies = _HOME_CRIME if m.sector == "CRM" else _UNIONS
    return any(w.rstrip("s") in bodies or w in bodies
               for w in f"{m.role} {m.text_role or ''}".lower().replace("-", " ").split())


# Titles of the clergy of the Holy See, which serve no state the story is about.
_SEE_CLERGY = frozenset({"pope", "pontiff", "cardinal", "nuncio", "vatican"})


def _crime_boss_titled(m: Mention) -> bool:
    """(session 35) A named person titled by organised crime ("drug lord X", "gang leader Y")
    with no state named: crime is organised where it operates, so, like the story's gangs
    (``_HOME_CRIME``), its bosses are of the state the story is about."""
    return m.kind == "person" and bool(m.name) and bool(m.role) and m.sector == "CRM"


def _cleric_titled(m: Mention) -> bool:
    """A named person titled as a cleric ("cleric X", "Grand Mufti Y", "Archbishop Z"): a
    faith's leaders act in their own state's politics, so like an official's the title is of
    the state the story is about (the Holy See's own clergy excepted)."""
    if m.kind != "person" or not m.name or not m.role or m.sector != "REL":
        return False
    return not any(w in _SEE_CLERGY for w in f"{m.role} {m.text_role or ''}".lower().split())


# Presidential republics with no prime minister: a "Prime Minister" in their news is foreign.
_NO_PRIME_MINISTER = frozenset({"USA", "MEX", "BRA", "ARG", "COL", "CHL", "IDN", "PHL", "NGA",
                                "KEN", "VEN", "IRN", "ECU", "BOL", "PRY", "URY", "CRI", "PAN",
                                "GTM", "HND", "SLV", "NIC", "DOM", "GHA", "ZAF", "CYP"})


# (session 47) States without senators: "Senator Sam Brownback" in news of India, filed from
# Washington, is no Indian lawmaker. (The United States has secretaries, not ministers: a
# "Foreign Minister" in a story about it is another state's, see _home_state.)
_NO_SENATE = frozenset({"IND", "GBR", "CHN", "ISR", "KOR", "TUR", "IRN", "UKR", "SYR", "SAU", "PRK", "VNM",
                        "TWN", "NZL", "SWE", "DNK", "FIN", "NOR", "PRT", "GRC", "HUN", "ISL", "EST",
                        "LVA", "LTU", "SVK", "BGR", "SRB"})


def _title_text(m: Mention) -> str:
    """The person's titles, as the knowledge base and the text give them, lower case, hyphens as spaces."""
    return f"{m.role or ''} {m.text_role or ''}".lower().replace("-", " ")


def _title_word(m: Mention, word: str) -> bool:
    """Whether the person's title has ``word`` ("Foreign Minister", "Senator")."""
    return word in _title_text(m).split()


def _prime_minister(m: Mention) -> bool:
    """Whether the person's title is prime minister ("Prime Minister", "premier")."""
    title = _title_text(m)
    return "prime minister" in title or "premier" in title.split()


# Offices a state has one holder of at a time.
_SINGLE_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "king",
                             "queen", "emir"})


def _office_held(ix: DocIndex, m: Mention, main: str | None) -> bool:
    """Whether another person the text names holds the same single office ("President") for
    the main state: then this holder serves another state."""
    title = (m.role or "").lower()
    if main is None or title not in _SINGLE_OFFICES or not m.name:
        return False
    return any(o.kind == "person" and o.name and o.name != m.name and o.country == main
               and (o.role or "").lower() == title and not o.from_context for o in ix.mentions)


def _home_state(ix: DocIndex, m: Mention, main: str | None,
                states: dict[int, set[str]]) -> str | None:
    """The state an official with no state named serves: the article's main state (news gives
    a visiting foreign official a nationality, not a host); with none, the one state named
    in the sentence or, failing that, in it and the one before. A prime minister is not the
    main state's if it has no such office, nor a president whose office the text gave the
    main state's own president ("President Daniel Noboa" after "President Andres Manuel Lopez
    Obrador" in news of Mexico)."""
    foreign = main in _NO_PRIME_MINISTER and _prime_minister(m) or _office_held(ix, m, main) \
        or _title_word(m, "minister") and main == "USA" or _title_word(m, "senator") and main in _NO_SENATE
    sid = sentence_of_token(ix.doc, m.start)
    if main is not None and not foreign and (
            any(main in named for named in states.values())
            or main == ix.dateline and not any(states.values())):
        # (a main state known only from people's names and venues is none; a wire dateline
        # in an article naming no state names one: "MANILA (AP) - President Corazon Aquino")
        return main
    here = states.get(sid, set())
    near = here | states.get(sid - 1, set())
    if main is None and not near and role_group(m.role) != "ambassador":
        # (session 61) "Inside Bolivia, ... were killed near Cobija. Dozens were wounded.
        # Government Minister Alfredo Rada said": with no state in the story's lead and none
        # in these two sentences, the state of the two before, if it is the dateline's (not
        # for an envoy, who serves away from home)
        near = (states.get(sid - 2, set()) | states.get(sid - 3, set())) & {ix.dateline}
    if foreign:  # a prime minister, in news of a state that has none, is another state's
        here, near = here - {main}, near - {main}
    # (session 37) "the government of President Isaias Afwerki ... President Ismail Omar
    # Guelleh has asked the council to force Asmara": nor is he the president of a state named
    # near him whose president the text has already named
    here = {s for s in here if not _office_held(ix, m, s)}
    near = {s for s in near if not _office_held(ix, m, s)}
    for pool in (here, near):
        if len(pool) == 1:
            return next(iter(pool))
    return _dateline_official(ix, m, main, near)


# (session 46) Bodies of a state's own that its leaders address ("told a cabinet meeting in Kiev").
_OWN_BODIES = frozenset({"cabinet", "parliament", "legislature", "lawmakers", "legislators", "nation",
                         "lawmaker", "legislator"})  # (session 56: the words are lemmas)


def _own_body_addressed(ix: DocIndex, m: Mention) -> str | None:
    """(session 46, batch AS) "Prime Minister Yuri Yekhanurov told a cabinet meeting in Kiev that
    ...": an official with no state named who tells or addresses a cabinet, parliament or the nation
    placed in a state serves that state, whatever state the story is about (Russia, here)."""
    doc = ix.doc
    head = doc[m.end - 1]
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in ("tell", "address", "brief", "chair"):
        return None
    verb = head.head
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children if c.dep_ == "compound")}
        if not words & _OWN_BODIES:
            continue
        k = obj.i + 1
        state = ix.state_after(k, ("in", "at"), ("name", "capital", "place"))
        if state is not None and state not in NON_STATE_CODES:
            return state
        if obj.lemma_.lower() in _CHAMBER_MEMBERS and (state := _chamber_before(ix, m)):
            return state
    return None


# (session 56) A legislature and its members, as an official tells them ("told lawmakers").
_CHAMBER_MEMBERS = frozenset({"lawmaker", "legislator", "parliament"})


# (session 61) Verbs by which a government commands its own forces.
_COMMAND_VERBS = frozenset({"order", "instruct", "direct", "command"})


def _ordered_by(ix: DocIndex, m: Mention) -> str | None:
    """(session 61) "President Benjamin Mkapa condemned the attack and ordered police to seal the
    area around the (U.S.) embassy": unnamed police or troops a state's official orders are that
    state's, whatever else the sentence names."""
    head = ix.doc[m.start:m.end].root
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in _COMMAND_VERBS:
        return None
    # ("condemned the attack and ordered police": the first verb's subject)
    doer = _saying_subject(head.head)
    states = {o.country for o in ix.mentions if doer is not None and o.start <= doer.i < o.end
              and o.sector == "GOV" and o.kind in ("person", "organisation")
              and o.country and o.country not in NON_STATE_CODES}
    return states.pop() if len(states) == 1 else None


def _own_bodies_told(ix: DocIndex) -> None:
    """(session 56) "Home Minister Amit Shah told lawmakers ...": the lawmakers an official tells,
    with no state of their own named, are of the official's state, not of the story's."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.start:m.end].root
        # (session 57: or a chamber whose name many states share, "Abbott told the House of
        # Representatives", which the context gave the story's state)
        shared = _SHARED_BODIES.get(" ".join(t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the")) \
            if m.kind == "organisation" and m.sector == "LEG" and not m.named_state else None
        chamber = m.from_context and m.name is None and head.lemma_.lower() in _CHAMBER_MEMBERS
        if not (chamber or shared) \
                or head.dep_ not in ("dobj", "dative") or head.head.lemma_.lower() not in ("tell", "address", "brief"):
            continue
        tellers = {o.country for o in ix.mentions for c in head.head.children if c.dep_ == "nsubj"
                   and o.start <= c.i < o.end and o.kind == "person" and o.sector == "GOV" and o.country
                   and o.country not in NON_STATE_CODES}
        if len(tellers) == 1 and (state := tellers.pop()) != m.country and (shared is None or state in shared):
            m.country, m.confidence = state, 0.5


def _chamber_before(ix: DocIndex, m: Mention) -> str | None:
    """(session 56) "India's upper house approved the changes ... Home Minister Amit Shah told
    lawmakers ...": the one state whose legislature is the subject of the sentence before."""
    sid = sentence_of_token(ix.doc, m.start)
    if sid == 0:
        return None
    subjects = [t for t in sentences(ix.doc)[sid - 1] if t.dep_ == "nsubj"]
    states = {o.country for o in ix.mentions for t in subjects if o.start <= t.i < o.end
              and o.sector == "LEG" and o.country and not o.from_context and o.country not in NON_STATE_CODES}
    return states.pop() if len(states) == 1 else None


def other_chambers(ix: DocIndex) -> None:
    """(session 56) "India's upper house approved the changes, and the lower house ... passed the
    bill": an unnamed chamber ("the lower house", "the upper chamber") is of the state whose
    other chamber its sentence names, not of the state the story is about."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        if m.country is not None or head.lemma_.lower() not in ("house", "chamber") \
                or not any(c.lower_ in ("lower", "upper") for c in head.children):
            continue
        sid = sentence_of_token(doc, m.start)
        states = {o.country for o in ix.mentions if o is not m and o.sector == "LEG" and o.country
                  and not o.from_context and o.country not in NON_STATE_CODES
                  and o.kind in ("organisation", "group") and sentence_of_token(doc, o.start) == sid
                  and worded_state(ix, o)}  # ("India's upper house")
        if len(states) == 1:
            m.country, m.from_context, m.confidence = states.pop(), True, 0.6


def _dateline_official(ix: DocIndex, m: Mention, main: str | None, near: set[str]) -> str | None:
    """(session 31) With no main state and several states named around a bare title, the wire
    dateline's: a story filed from a capital gives its hosts' officials no nationality
    ("PRAGUE - ... Acting Foreign Minister Jan Hamacek said the 18 Russians must leave")."""
    home = ix.dateline
    if main is not None or home is None or home not in near \
            or home in _NO_PRIME_MINISTER and _prime_minister(m) or _office_held(ix, m, home):
        return None
    return home


def _envoy_listed_after(ix: DocIndex, m: Mention) -> str | None:
    """(session 52) "Mexican Ambassador Maria Teresa Mercado, Spanish charge d'affaires Cristina
    Borreguero and consul Alvaro Fernandez": a diplomat listed right after another, with no state
    of his own, serves the state of the one before him (lists of expelled diplomats go state by
    state)."""
    if m.kind != "person" or "ambassador" not in m.refers:
        return None
    before = max((o for o in ix.mentions if o.end <= m.start and o.kind == "person"), key=lambda o: o.end, default=None)
    if before is None or not before.country or before.country in NON_STATE_CODES \
            or "ambassador" not in before.refers or not _joined_by_and(ix.doc[before.end:m.start]):
        return None
    return before.country


def _force_commanded_in_clause(ix: DocIndex, m: Mention) -> str | None:
    """(session 52) "Lieutenant General Joseph Guastella, who commands U.S. air forces in the
    region": an officer whose relative clause says he commands or leads a state's forces is of
    that state, whatever state the story is about."""
    if m.sector != "MIL" or m.kind != "person":
        return None
    head = ix.doc[m.end - 1]
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _COMMANDING:
            continue
        objects = {c.i for c in clause.children if c.dep_ == "dobj"}
        states = {o.country for o in ix.mentions if o.sector == "MIL" and o.country and not o.from_context
                  and o.country not in NON_STATE_CODES and o.end - 1 in objects}
        if len(states) == 1:
            return states.pop()
    return None


_COMMANDING = frozenset({"command", "lead", "head"})


# Apposition nouns by which a person heads or speaks for a body ("head of U.S. Central Command",
# "the parliament's president").
_BODY_HEADS = _BODY_OFFICE_HEADS | {"commander", "president", "speaker", "chairman"}


def _state_body_headed(ix: DocIndex, m: Mention) -> str | None:
    """(session 56) "General David Petraeus, head of U.S. Central Command, visited Bishkek": a
    titled official whose apposition says he heads a body of one named state is of that state,
    not of the state the story is about or the one he visits."""
    head = ix.doc[m.end - 1]
    for appos in head.children:
        if appos.dep_ != "appos" or appos.i < m.end or appos.lemma_.lower() not in _BODY_HEADS:
            continue
        bodies = [c for p in appos.children if p.dep_ == "prep" and p.lower_ == "of"
                  for c in p.children if c.dep_ == "pobj"]
        states = {o.country for o in mentions_within(ix, bodies) if o.country and not o.from_context
                  and o.country not in NON_STATE_CODES}
        if len(states) == 1:
            return states.pop()
        # ("Roberta Metsola, the parliament's president,": the body named before, read back)
        owners = {o.country for c in appos.children if c.dep_ == "poss" for o in ix.mentions
                  if o.end - 1 == c.i and o.kind == "organisation" and o.country and o.name}
        if len(owners) == 1:
            return owners.pop()
    return None


def _commanded_force_state(ix: DocIndex, m: Mention, main: str | None) -> str | None:
    """(session 33) "German colonial troops killed ... General X issued an order": an officer
    titled by a military rank with no state named commands the one state's forces the text
    has named before him, not the forces of the story's state, which it never names."""
    if m.sector != "MIL" or main is None:
        return None
    forces = {o.country for o in ix.mentions if o.start < m.start and o.sector == "MIL"
              and o.country and not o.from_context and o.kind in ("group", "organisation")}
    if len(forces) != 1 or main in forces or main in NON_STATE_CODES:
        return None
    sid = sentence_of_token(ix.doc, m.start)
    if any(o.country == main and not o.from_context and o.sector in _OFFICIAL_SECTORS
           and sentence_of_token(ix.doc, o.start) == sid for o in ix.mentions if o is not m):
        return None  # ((session 54) "Azerbaijan's Defence Ministry named them as Major General X")
    state = forces.pop()
    return state if state not in NON_STATE_CODES else None


# (session 33) Titles of people who speak for a principal the title itself need not name.
_SPEAKER_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _spokesman_goes_on(ix: DocIndex, m: Mention) -> str | None:
    """(session 33) "Beijing insists Doklam is Chinese territory. Foreign ministry spokesman
    Lu Kang said ...": a named spokesman whose title names no state speaks for the state whose
    government is the subject of the sentence before (news gives a state's stand, then its
    spokesman's words), not for the state the story is mostly about."""
    if not any(w in _SPEAKER_TITLES for w in f"{m.role or ''} {m.text_role or ''}".lower().split()):
        return None
    sid = sentence_of_token(ix.doc, m.start)
    if sid == 0:
        return None
    subjects = [t for t in sentences(ix.doc)[sid - 1] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    if len(subjects) != 1:
        return None
    # (one state's: "the military governments of Mali, Burkina Faso and Niger" have no one spokesman)
    subject = subjects[0]
    states = {o.country for o in ix.mentions if o.country
              and subject.left_edge.i <= o.start <= subject.right_edge.i}
    if len(states) != 1:
        return None
    # (session 56) "President Roh Moo-hyun's office welcomed ...": the office of a leader
    owners = [c for c in subject.children if c.dep_ == "poss"] if subject.lower_ == "office" else []
    return _official_state_at(ix, m, subject, sectors=_GOVERNMENT) \
        or next((s for o in owners if (s := _official_state_at(ix, m, o, sectors=_GOVERNMENT))), None)


# (session 57) Verbs by which rebels seek to bring a ruler down.
_TOPPLING = frozenset({"topple", "overthrow", "oust", "unseat", "depose", "remove", "bring"})


def _rebels_against_ruler(ix: DocIndex, m: Mention) -> str | None:
    """(session 57) "as he sat down in Ghana with rebels fighting to topple him": rebels whose own
    clause says they fight to bring down a state's ruler or government are of that state, not of
    the state the story is about (the court trying him, here)."""
    if m.sector not in ("REB", "UAF") or m.kind != "group" or m.name or m.country and not m.from_context:
        return None
    doc = ix.doc
    head = doc[m.end - 1]
    for clause in (c for c in head.children if c.dep_ in ("acl", "relcl")):
        for verb in clause.subtree:
            if verb.lemma_.lower() not in _TOPPLING or verb.pos_ != "VERB":
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                ruler = next((o for o in ix.mentions if o.start <= obj.i < o.end and o.country
                              and o.sector == "GOV" and o.country not in NON_STATE_CODES), None)
                if ruler is not None:
                    return ruler.country
    return None


def _one_of_officials_before(ix: DocIndex, m: Mention, titled: bool = False) -> str | None:
    """(session 57) "Ghanaian officials, who had invited Taylor, made no move to detain him. A
    senior official said Accra had been placed in an impossible position": an unnamed official
    with no state named, right after a sentence whose subject is one state's officials, is one
    of them; so is a titled official with no state named there (``titled``: "Bulgarian officials
    rejected the criticism. Foreign Minister Ivailo Kalfin said ...")."""
    doc = ix.doc
    if m.kind != "person" or not titled and (m.name or doc[m.end - 1].lemma_.lower() != "official"):
        return None
    sid = sentence_of_token(doc, m.start)
    if sid == 0 or doc[m.end - 1].dep_ != "nsubj":
        return None
    before = sentences(doc)[sid - 1]
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.left_edge.i == before.start]
    states = {o.country for t in subjects for o in ix.mentions if o.start <= t.i < o.end
              and t.lemma_.lower() == "official" and o.kind == "group" and o.country
              and not o.from_context and o.country not in NON_STATE_CODES}
    return states.pop() if len(states) == 1 else None


_GOVERNMENT = frozenset({"GOV"})


def _in_clause_of_government(ix: DocIndex, m: Mention) -> str | None:
    """(session 57) "Vajpayee's coalition government, which is under pressure over a scandal that
    forced the resignation of Defence Minister George Fernandes": a titled official with no state
    named, inside the relative clause of a placed government, is of that government."""
    doc = ix.doc
    for g in ix.mentions:
        if g.start >= m.start:
            break
        if g.sector != "GOV" or g.kind != "organisation" or not g.country or g.country in NON_STATE_CODES:
            continue
        if any(c.dep_ == "relcl" and c.left_edge.i <= m.start and m.end - 1 <= c.right_edge.i
               for c in doc[g.end - 1].children):
            return g.country
    return None


def _named_before(ix: DocIndex, m: Mention) -> str | None:
    """"Prime Minister Johnson" after "Prime Minister Boris Johnson": the state of the person
    first named in full whose surname this is."""
    if not m.name or " " in m.name:
        return None
    for other in ix.mentions:
        if other.start >= m.start:
            break
        if other.kind == "person" and other.country and other.name and " " in other.name \
                and other.name.split()[-1] == m.name:
            return other.country
    return None


# Modifiers that make the press the article's own state's ("local media", "state TV").
_HOME_PRESS = frozenset({"local", "state", "state-run", "state-owned", "domestic", "national",
                         "official", "government", "pro-government", "regional"})
# Nouns of a company that "state" or "state-owned" before a name makes the state's own firm.
_FIRM_NOUNS = frozenset({"company", "firm", "miner", "producer", "utility", "carrier", "airline",
                         "lender", "bank", "enterprise", "conglomerate", "operator", "refiner",
                         "giant", "corporation", "developer", "shipbuilder", "railway"})
_STATE_OWNED = re.compile(r"\bstate(?: ?- ?(?:owned|run|controlled))?(?: [a-z]+){0,2} (?:"
                          + "|".join(sorted(_FIRM_NOUNS)) + r")$"
                          r"|\bstate ?- ?(?:owned|run|controlled)$")


def _state_firm(ix: DocIndex, m: Mention) -> bool:
    """Whether a name that no list gives a state is a company "state", "state-owned" or
    "state-run" before it makes public ("state miner Erdenes Tavan Tolgoi", "state-owned Altan
    Coal"): a state's firm is of the state the story is about, a business (a tagger may read
    the name as a person's; there is no title to make it one)."""
    doc = ix.doc
    if m.country is not None and not (m.from_context and m.sector is None) or m.sector \
            or not m.name or m.kind not in ("organisation", "person") \
            or m.role and not m.role.lower().startswith("state"):
        return False  # ("state-" before a name reads as a title like "State Senator")
    first = next((i for i in range(m.start, m.end) if doc[i].pos_ == "PROPN"), None)
    if first is None:
        return False
    start = max(doc[m.start].sent.start, first - 6)
    before = " ".join(t.lower_ for t in doc[start:first] if not t.is_punct or t.text == "-")
    return _STATE_OWNED.search(before) is not None
# Offices below the state: whoever holds one is of the state the article is about.
_DOMESTIC_ROLES = ("governor", "mayor", "chief minister", "state senator",
                   "state representative", "councillor", "councilman", "councilwoman",
                   "alderman", "county executive")
_US_MARKERS = frozenset({"us", "u.s.", "united", "states", "american", "america"})
# Words after "Congress" that make it part of a venue's name.
_VENUE_WORDS = frozenset({"centre", "center", "hall", "building", "hotel", "palace"})


def _domestic_role(m: Mention) -> bool:
    """Whether a person's title is a provincial or city office ("Regional Governor")."""
    role = " ".join(r for r in (m.role, m.text_role) if r).lower()
    return any(w in role for w in _DOMESTIC_ROLES) and "former" not in role


# States whose national legislature is called "Congress" in English-language news (their
# constitutions: Congreso/Congresso de la Nación, Congress of the Philippines, Congress of
# Deputies, Congress of Micronesia). Venezuela's has been the National Assembly since 1999.
_CONGRESS_STATES = frozenset({"ARG", "BOL", "BRA", "CHL", "COL", "DOM", "ESP", "FSM", "GTM", "HND",
                              "MEX", "PER", "PHL", "PRY", "URY"})


def _named_congress(doc: Doc, i: int) -> bool:
    """"The All Progressives Congress", "the Oromo Federalist Congress": a capitalised word
    before it makes "Congress" the end of a home body's name, never Washington's legislature."""
    return i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ not in _US_MARKERS \
        and doc[i - 1].dep_ in ("compound", "amod")


def _congress(ix: DocIndex, main: str | None) -> None:
    """A bare "Congress" is the US Congress only where nothing says otherwise: in an article
    about India it is the Congress party (India's legislature is Parliament); in one about a
    state whose legislature is a congress it is that congress; before "Centre" it is a venue.
    In an article about Venezuela, "Congress should stop the sanctions" is still Washington's."""
    doc = ix.doc
    drop = []
    for m in ix.mentions:
        if m.country != "USA":
            continue
        idx = [i for i in range(m.start, m.end) if doc[i].text == "Congress"]
        if not idx or any(doc[j].lower_ in _US_MARKERS
                          for i in idx for j in range(max(0, i - 3), i)):
            continue
        i = idx[0]
        if m.kind == "organisation" and i + 1 < ix.n and doc[i + 1].lower_ in _VENUE_WORDS:
            drop.append(m)
        elif main == "IND" and ix.dateline == "USA" and not _named_congress(doc, i):
            continue  # (session 47) filed from Washington: "Members of Congress from both parties
            # backed the president" on India's nuclear tests are the U.S. Congress, not India's
            # Congress party (a state with a congress of its own keeps it: Honduras's named its speaker)
        elif main is not None and (main == "IND" or main in _CONGRESS_STATES or _named_congress(doc, i)):
            m.country, m.confidence = main, 0.6
            if labour_body(doc[max(0, i - 3):i + 1]):
                m.sector = "LAB"  # (session 26) "the Trade Union Congress of Swaziland": a labour body
            if main == "IND":
                m.sector = "PTY"
                if m.kind == "organisation":
                    m.name = "Indian National Congress"
            for p in ix.mentions:  # "Congress President Girish Chodankar": the title's holder
                if p.kind == "person" and p.start == m.end and p.country == "USA":
                    p.country, p.sector = m.country, m.sector
                elif p.kind == "person" and p.country == "USA" and 0 < m.start - p.end <= 6 \
                        and m.sector == "LEG" and doc[p.end].text == "," \
                        and all(t.is_lower for t in doc[p.end + 1:m.start]) \
                        and doc[m.start - 1].lower_ in ("of", "in", "the"):
                    # (session 55) "Keiko Fujimori, a member of Congress": the member's too
                    p.country, p.sector = m.country, p.sector or m.sector
    for m in drop:
        ix.mentions.remove(m)


# Names the knowledge base files under one state although many states' bodies bear them: the
# House of Representatives (also Australia's, Japan's, Nigeria's, the Philippines'), a National
# Security Council (also Tunisia's, Turkey's, Pakistan's), a justice ministry, a Foreign Office.
# (session 43) "Congress" too, but only for states with a body of that name (Peru's, the
# Philippines', New Caledonia's, France's joint sitting at Versailles, Spain's Congress of Deputies),
# in stories that never name the United States; Kyiv urging "Congress" still means Washington's.
_SHARED_BODY_NAMES = frozenset({"house", "house of representatives", "national security council",
                                "department of justice", "justice department", "foreign office",
                                "ministry of defence", "congress"})
_CONGRESS_STATES = frozenset({"ARG", "BOL", "BRA", "CHL", "COL", "DOM", "GTM", "HND", "MEX", "PRY", "PER", "PHL",
                              "FSM", "NCL", "FRA", "ESP", "ECU"})
# (session 30) Names a state's own body also bears when the text says whose it is ("Russia's
# Security Council", "the Kyrgyz White House"), though alone they are the UN's or Washington's.
_OWNED_BODY_NAMES = _SHARED_BODY_NAMES | {"security council", "congress", "supreme court", "senate",
                                          "white house"}
# Words by which a text gives a thing its name ("the building known as the White House").
_NAMING_WORDS = (("known", "as"), ("dubbed",), ("nicknamed",), ("called",))


def _owned_shared_bodies(ix: DocIndex, main: str | None) -> None:
    """(session 30) "Nikolai Patrushev, secretary of Russia's Security Council": a body named by
    a name many states use, owned by a state's name ("Russia's") or qualified by its adjective
    ("the Russian Security Council"), is that state's body, not the one the knowledge base
    files the bare name under. Not where the owner qualifies a later noun ("Russia's
    Security Council veto" is Russia's vote in the UN's council). A name the text gives ("the
    building known as the White House") in a story about another state is that state's."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind not in ("organisation", "country") or m.country is None or m.start == 0 \
                or m.named_state or m.kind == "country" and not m.sector \
                or " ".join(t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the") not in _OWNED_BODY_NAMES:
            continue
        root = doc[m.start:m.end].root
        if root.dep_ == "compound" or root.dep_ == "poss":
            continue
        k = m.start - (doc[m.start].lower_ != "the")
        before = tuple(t.lower_ for t in doc[max(0, k - 2):k])
        if main is not None and main != m.country and main not in NON_STATE_CODES \
                and any(before[-len(w):] == w for w in _NAMING_WORDS):
            m.country, m.from_context, m.confidence = main, True, 0.5
            continue
        if _moscow_white_house(ix, m, main):
            # (session 60) "police sealed off the White House" in a Moscow story of 1993: the
            # Russian parliament's building (the government's seat from 1994), not Washington's
            m.country, m.from_context, m.confidence = "RUS", True, 0.6
            m.sector = "LEG" if (ix.date or "") < "1994" else "GOV"
            continue
        k = m.start - 1
        if doc[k].text in ("'s", "\u2019s"):
            k -= 1
        elif doc[k].lower_ == "the" and k > 0:
            continue
        anchor = ix.anchor_at(k) if k >= 0 else None
        form = anchor.whole_country if anchor is not None and anchor.end == k + 1 else None
        if form is None or form.form not in ("name", "adjective") or form.iso3 in NON_STATE_CODES \
                or form.iso3 == m.country or doc[k].head.i != root.i:
            continue
        old = m.country
        m.country, m.confidence = form.iso3, 0.8
        for p in ix.mentions:  # "Security Council Secretary X": the title's holder
            if p.kind == "person" and p.start == m.end and p.country == old:
                p.country = m.country


def split_by_listed_states(ix: DocIndex) -> None:
    """(session 60) "students from Pakistan, India and Bangladesh", "Lawmakers in Brazil and
    Chile", "Thousands of protesters marched in Cairo, Sanaa and Jakarta": an unnamed group the
    text places in several states' places is a member group of each (one mention per state, as
    a plural reference to several states is), not of the first state nor of none."""
    doc = ix.doc
    added: list[Mention] = []
    drop: list[Mention] = []
    for m in ix.mentions:
        if m.kind not in ("group", "person") or m.name is not None or m.member or worded_state(ix, m) \
                or m.country is not None and not m.from_context:
            continue
        states = listed_states(ix, m.end)
        if len(states) < 2 and m.kind == "group":
            places = crowd_places(ix, m.end - 1)
            if len(places) < 2:
                continue
            order = sorted((o.start, o.country) for o in ix.mentions if o.kind == "country" and o.country in places
                           and doc[o.start].sent == doc[m.start].sent)
            states = list(dict.fromkeys(c for _, c in order))
        if len(states) < 2 or any(c in NON_STATE_CODES for c in states) \
                or m.kind == "person" and ix.doc[m.end - 1].tag_ not in ("NNS", "NNPS"):
            continue  # (one person from several states is no member group)
        drop.append(m)
        added += [Mention(m.start, m.end, "group", country=c, sector=m.sector, role=m.role,
                          confidence=0.6, member=True, from_context=True) for c in states]
    if added:
        ix.mentions = [m for m in ix.mentions if not any(m is d for d in drop)] + added
        ix.mentions.sort(key=lambda m: m.start)


def congress_of_party_named(ix: DocIndex) -> None:
    """(session 60) "the Congress party leader" ... "Congress supporters set fire to offices":
    in an article that names a party called Congress (India's), a bare "Congress" of no state's
    own words is that party, not the U.S. Congress the knowledge base files the word under."""
    doc = ix.doc
    parties = {o.country for o in ix.mentions if o.sector == "PTY" and o.country and o.country != "USA"
               and "Congress" in (o.name or "")}
    if len(parties) != 1:
        return
    home = parties.pop()
    for m in ix.mentions:
        if m.country == "USA" and not worded_state(ix, m) and m.name in (None, "Congress") \
                and any(t.text == "Congress" for t in doc[m.start:m.end]) \
                and not any(o.country == "USA" and not o.from_context and o.kind != "pronoun"
                            and doc[o.start].sent == doc[m.start].sent for o in ix.mentions if o is not m):
            m.country, m.from_context, m.confidence = home, True, 0.6
            if m.sector == "LEG":
                m.sector = "PTY"


def _moscow_white_house(ix: DocIndex, m: Mention, main: str | None) -> bool:
    """Whether "the White House" of a story filed from Russia and about it, in a sentence that
    names no American, is Moscow's White House."""
    if main != "RUS" or ix.dateline != "RUS" or m.country != "USA" \
            or " ".join(t.lower_ for t in ix.doc[m.start:m.end] if t.lower_ != "the") != "white house":
        return False
    sent = ix.doc[m.start].sent
    return not any(o is not m and o.country == "USA" and sent.start <= o.start < sent.end for o in ix.mentions)


def _shared_body_names(ix: DocIndex, main: str | None) -> None:
    """(session 29) "The Philippine House of Representatives ... House Secretary General X",
    "Saied's National Security Council": a body named only by a name many states use, in a
    story about another state that never names the listed body's state, is the story's own; so
    are the office holders whose state came from it ("House Speaker X")."""
    if main is None:
        return
    doc = ix.doc
    bodies = [m for m in ix.mentions if m.kind == "organisation" and not m.named_state
              and m.country not in (None, main) and m.name
              and (name := " ".join(t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the")) in _SHARED_BODY_NAMES
              and (name != "congress" or main in _CONGRESS_STATES)]
    if not bodies:
        return
    for m in list(bodies):
        # (session 58) "a meeting of the National Security Council in Warsaw": the seat named
        # right after it says whose body it is, whatever other states the story names
        seat = ix.country_at(m.end + 1) if m.end + 1 < ix.n and doc[m.end].lower_ == "in" else None
        if seat is not None and seat.iso3 not in NON_STATE_CODES and seat.iso3 != m.country:
            m.country, m.confidence = seat.iso3, 0.8
            bodies.remove(m)
    names = {m.name for m in bodies}
    # (a person the knowledge base knows keeps its state: "House Speaker Mike Johnson")
    holders = [m for m in ix.mentions if m.kind == "person" and m.confidence < 1.0
               and any(o.country == m.country and o.name in names for o in m.orgs)]
    changed = bodies + holders
    named = {m.country for m in ix.mentions if not any(m is c for c in changed)} \
        | {a.whole_country.iso3 for a in ix.anchors if a.whole_country is not None}
    for m in changed:
        if m.country not in named:
            m.country, m.from_context, m.confidence = main, True, 0.5


# Words that make a bare "the House" the US House of Representatives: its members and business.
_HOUSE_CUES = frozenset({"speaker", "democrats", "republicans", "democrat", "republican",
                         "congress", "senate", "lawmakers", "congressman", "congresswoman",
                         "bill", "legislation", "impeach", "impeachment", "vote", "pass",
                         "approve", "majority", "minority", "representatives"})
_HOUSE_BODIES = frozenset({"committee", "subcommittee", "caucus", "panel"})


def _house(ix: DocIndex, main: str | None) -> None:
    """"The House voted", "the House Intelligence Committee": in an article about the United
    States, with the chamber's members or business in the same or a neighbouring sentence,
    "the House" is the House of Representatives (USALEG). "The Opera House" never is."""
    if main != "USA":
        return
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation":
            continue
        words = [t for t in doc[m.start:m.end] if t.lower_ not in ("the", "full")]
        if not words or words[0].text != "House" or not all(t.is_title for t in words) \
                or len(words) > 1 and words[-1].lower_ not in _HOUSE_BODIES:
            continue
        if len(words) == 1 and any(o.start < m.start and o.country == "USA" and o.sector == "LEG"
                                   and any(t.text == "House" for t in doc[o.start:o.end])
                                   for o in ix.mentions):
            # the chamber was named in full earlier ("the House of Representatives")
            m.country, m.sector, m.confidence = "USA", "LEG", 0.6
            continue
        sid = sentence_of_token(doc, m.start)
        lo, hi = max(0, m.start - 60), min(ix.n, m.end + 60)
        near = any(doc[i].lower_ in _HOUSE_CUES or doc[i].lemma_.lower() in _HOUSE_CUES
                   for i in range(lo, hi)
                   if not m.start <= i < m.end
                   and abs(sentence_of_token(doc, i) - sid) <= 1)
        if near or len(words) > 1:
            m.country, m.sector, m.confidence = "USA", "LEG", 0.6


# The two US parties' members, and words for lawmakers that may follow them.
_US_PARTY_WORDS = frozenset({"democrat", "democrats", "democratic", "republican", "republicans",
                             "gop"})
_LAWMAKER_WORDS = frozenset({"representatives", "representative", "senators", "senator",
                             "lawmakers", "lawmaker", "congressmen", "congresswomen", "members",
                             "legislators"})


# (session 46) Sectors of a state's own political scene that a US wire story says of the foreign
# state it covers, never of the United States ("the opposition", a Constituent Assembly): US politics
# is told by party and by Congress's names. Courts and prosecutors are left out: "state prosecutors"
# and "a federal court" in a US story about Mexicans or American Samoa are American.
_SCENE_SECTORS = frozenset({"OPP", "LEG"})


def _institutions_of_foreign_subject(ix: DocIndex, main: str | None) -> None:
    """(session 46, batch AT2) "Trump barred U.S. banks from buying Venezuela's debt ... The
    opposition boycotted the vote ... a Constituent Assembly": in a story whose main state is the
    United States but which is about one other state (named at least 40% as often, and at least
    three times), the opposition and an assembly or parliament the context gave the United States
    are that other state's. Named US bodies (Congress, the Senate) keep their own state."""
    if main != "USA":
        return
    counts: dict[str, int] = {}
    for m in ix.mentions:
        if m.country and not m.from_context and m.country not in NON_STATE_CODES:
            counts[m.country] = counts.get(m.country, 0) + 1
    others = sorted(((n, c) for c, n in counts.items() if c != "USA"), reverse=True)
    if not others or others[0][0] < 3 or others[0][0] < 0.4 * counts.get("USA", 0) \
            or len(others) > 1 and others[1][0] * 2 > others[0][0]:
        return
    subject = others[0][1]
    for m in ix.mentions:
        if m.country == "USA" and m.from_context and m.sector in _SCENE_SECTORS \
                and (m.name is None or m.generic or m.kind == "person") \
                and (m.sector != "LEG" or ix.doc[m.end - 1].lemma_.lower() in ("assembly", "parliament")):
            # ("lawmakers" in a US story are Congress: only an assembly or parliament is the other's)
            m.country = subject


def _us_partisans(ix: DocIndex, main: str | None, states: dict[int, set[str]]) -> None:
    """"194 Republicans opposed it", "Republican Representatives attacked the inquiry": in an
    article about the United States (named outright), the party words are its two parties
    (USAPTY), or its legislature when lawmakers are meant (USALEG). Elsewhere "Republicans" may
    be Irish or French, so they stay unresolved."""
    us_named = any("USA" in named for named in states.values())
    if us_named and not any(named & _OTHER_PARTISAN_SENATES for named in states.values()):
        for m in ix.mentions:
            if m.country is None and m.kind == "person" and _us_partisan_legislator(ix, m):
                # (session 44) "Republican Senator Jim Inhofe" in a story from Rabat that names
                # the United States: a US party word on a Congress title is a member of Congress
                m.country, m.sector, m.from_context, m.confidence = "USA", "LEG", True, 0.5
    abroad = main != "USA"
    across = us_named and (not abroad or _us_republicans_abroad(states))
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation") or m.role:
            continue
        words = [t.lower_ for t in doc[m.start:m.end] if t.pos_ not in ("DET", "NUM")]
        if not words or not any(w in _US_PARTY_WORDS for w in words) \
                or not all(w in _US_PARTY_WORDS or w in _LAWMAKER_WORDS for w in words):
            continue
        # (session 60) "At home, some Republican lawmakers called on Biden to resign, while
        # Democrats urged unity": partisans in a sentence that names the United States and no
        # other state with such parties are its own, wherever the story is set
        sent = doc[m.start].sent
        here = {o.country for o in ix.mentions if sent.start <= o.start < sent.end and o.country
                and not o.from_context and o.country not in NON_STATE_CODES}
        beside_us = abroad and here == {"USA"} and _us_republicans_in_sentence(ix, m)
        if not beside_us and (not across or abroad and not any(w in _REPUBLICAN_WORDS for w in words)):
            continue
        lawmakers = any(w in _LAWMAKER_WORDS for w in words)
        m.country, m.from_context, m.confidence = "USA", True, 0.5
        m.sector = "LEG" if lawmakers else "PTY"


def _members_of_named_party(ix: DocIndex) -> None:
    """(session 54) "The Socialists won 35 seats, the Democrats 30" in a story that named Moldova's
    Democratic Party: a bare "Democrats" or "Republicans" that the US rules left open is the
    party of that name the article placed in one other state."""
    stems = {"democrats": "democratic", "republicans": "republican"}
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation") or m.role:
            continue
        words = [t.lower_ for t in ix.doc[m.start:m.end] if t.pos_ != "DET"]
        if len(words) != 1 or words[0] not in stems:
            continue
        parties = {(o.country, o.name) for o in ix.mentions if o.sector == "PTY" and o.name and o.country
                   and o.country not in NON_STATE_CODES and o.country != "USA"
                   and stems[words[0]] in o.name.lower().split()}
        if len({c for c, _ in parties}) == 1:
            m.country, name = next(iter(parties))
            m.sector, m.from_context, m.confidence = "PTY", True, 0.5
            m.name = m.name if len(parties) > 1 else name


def us_administration(ix: DocIndex) -> None:
    """(session 31) "a 20% duty would push up prices for U.S. families, and they urged the
    administration to ...": a bare "the administration" in a sentence that names the United
    States and no other state is the US executive, the body news calls so, even in a story about
    another state whose government was named before. Run before definite descriptions."""
    doc, states = ix.doc, _sentence_states(ix)
    us_named = any("USA" in named for named in states.values())
    # (session 64) "Human rights groups ... accused the administration of putting trade ahead of
    # rights", in a story of Clinton's summit with Jiang filed from Washington: with the US
    # president in a story of the United States filed from there, a bare "the administration" is
    # his (not in a story of Myanmar's coup filed from Washington)
    president_here: list[bool] = []  # worked out at the first bare "the administration" only

    def us_story_with_president() -> bool:
        if not president_here:
            president_here.append(ix.dateline == "USA" and any(
                o.kind == "person" and o.country == "USA" and o.sector == "GOV"
                and (o.role or "").lower() == "president" for o in ix.mentions) and story_state(ix) == "USA")
        return president_here[0]

    for m in ix.mentions:
        words = [t.lower_ for t in doc[m.start:m.end]]
        if m.country is None and m.name is None and m.kind in ("person", "group") and us_named \
                and len(words) >= 2 and words[-2] == "administration" \
                and words[-1] in ("official", "officials", "spokesman", "spokeswoman", "aide", "aides") \
                and all(t.is_lower or t.is_punct or t.like_num or t.pos_ == "DET" for t in doc[m.start:m.end]):
            # (session 54) "A senior administration official told reporters", in a story of a
            # US-Russian swap filed from Moscow: news says "administration" of the US executive
            m.country, m.from_context, m.confidence = "USA", True, 0.5
            continue
        if m.country is not None or m.kind != "organisation" or m.name is not None \
                or words != ["the", "administration"]:
            continue
        sid = sentence_of_token(doc, m.start)
        if states.get(sid, set()) == {"USA"} or _us_leader_before(ix, m, sid, states) or us_story_with_president():
            m.country, m.from_context, m.confidence = "USA", True, 0.5


def _us_leader_before(ix: DocIndex, m: Mention, sid: int, states: dict[int, set[str]]) -> bool:
    """(session 59) "President Donald Trump said ... The administration says the tariffs are a
    response to Beijing's theft": a bare "the administration" right after the US president
    spoke, in a sentence naming the United States among others, is his."""
    if "USA" not in states.get(sid, set()) | states.get(sid - 1, set()):
        return False
    leaders = [o for o in ix.mentions if o.end <= m.start and o.kind == "person" and o.sector == "GOV"
               and o.country and sentence_of_token(ix.doc, o.start) >= sid - 1]
    # (session 64) "Secretary of State Warren Christopher told reporters ... He said the
    # administration would ask Congress": any US official who just spoke, not only the president
    return bool(leaders) and leaders[-1].country == "USA"


# states whose own senators news may call Republican or Democratic (Les Républicains, the
# Italian Democratic Party)
_OTHER_PARTISAN_SENATES = frozenset({"FRA", "ITA", "IRL", "GBR"})
# titles of members of the US Congress ("Sen.", "Rep." as the tokenizer leaves them)
_CONGRESS_TITLES = frozenset({"senator", "sen.", "congressman", "congresswoman", "representative", "rep."})


def _us_partisan_legislator(ix: DocIndex, m) -> bool:
    """Whether a person's span opens with a US party word and a Congress title ("Republican
    Senator Jim Inhofe", "Democratic Rep. Ro Khanna")."""
    words = [t.lower_ for t in ix.doc[m.start:m.end] if t.pos_ != "DET"]
    return len(words) >= 3 and words[0] in _US_PARTY_ADJECTIVES and words[1] in _CONGRESS_TITLES


_REPUBLICAN_WORDS = frozenset({"republican", "republicans", "gop"})
# states with "republicans" of their own (Irish republicans, Les Républicains)
_OTHER_REPUBLICANS = frozenset({"IRL", "GBR", "FRA"})


def _us_republicans_in_sentence(ix: DocIndex, m: Mention) -> bool:
    """Whether the sentence of ``m`` holds "Republican(s)" or "GOP" (so "Democrats" beside them
    are the other US party)."""
    sent = ix.doc[m.start].sent
    return any(t.lower_ in _REPUBLICAN_WORDS for t in sent)


def _us_republicans_abroad(states: dict[int, set[str]]) -> bool:
    """Whether "Republican lawmakers" in a story set elsewhere (a Venezuela-US prisoner swap) are
    still the US party: the United States is named in two sentences or more and no state with
    republicans of its own is named. "Democrats" stay unresolved there: many states have them."""
    us = sum(1 for named in states.values() if "USA" in named)
    return us >= 2 and not any(named & _OTHER_REPUBLICANS for named in states.values())


def _partisans_in_legislature(ix: DocIndex) -> None:
    """"Republicans in Congress", "Democrats in the Senate": party words placed in a legislature
    that has a state are that state's lawmakers (LEG), whatever the article's main state; the
    chamber says where the party is, as "police in Lebanon" does for a force."""
    doc = ix.doc
    by_start = {m.start: m for m in ix.mentions}
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation") or m.role \
                or m.end + 1 >= ix.n or doc[m.end].lower_ not in ("in", "of"):
            continue
        words = [t.lower_ for t in doc[m.start:m.end] if t.pos_ not in ("DET", "NUM")]
        if not words or not all(w in _US_PARTY_WORDS or w in _LAWMAKER_WORDS for w in words) \
                or not any(w in _US_PARTY_WORDS for w in words):
            continue
        body = by_start.get(m.end + 1) or by_start.get(m.end + 2)
        if body is None or body.sector != "LEG" or body.country is None \
                or body.kind != "organisation" or body.start > m.end + 1 \
                and doc[m.end + 1].lower_ != "the":
            continue
        m.country, m.sector, m.confidence = body.country, "LEG", 0.6


_CHAMBERS = frozenset({"house", "senate"})
_US_PARTY_ADJECTIVES = frozenset({"democratic", "republican", "gop", "democrat"})


def _partisan_chambers(ix: DocIndex) -> None:
    """"The Democratic House and Republican Senate": a chamber named by the party that holds
    it is the US Congress's (the two parties' names with "House"/"Senate" are a US usage),
    even where no sentence names the United States. The party word is part of the chamber."""
    doc = ix.doc
    by_end = {m.end: m for m in ix.mentions}
    drop = []
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation" or m.sector not in (None, "LEG") \
                or doc[m.end - 1].lower_ not in _CHAMBERS or not doc[m.end - 1].is_title:
            continue
        words = [t.lower_ for t in doc[m.start:m.end - 1] if t.pos_ != "DET"]
        party = by_end.get(m.start)
        if words and all(w in _US_PARTY_ADJECTIVES for w in words):
            pass
        elif not words and party is not None and party is not m and party.country is None \
                and party.end - party.start == 1 \
                and doc[party.start].lower_ in _US_PARTY_ADJECTIVES:
            m.start = party.start
            if m.char_start is not None:
                m.char_start = doc[party.start].idx
            drop.append(party)
        elif not words and m.start > 0 and doc[m.start - 1].lower_ in _US_PARTY_ADJECTIVES \
                and doc[m.start - 1].is_title and all(x.end <= m.start - 1 or x.start >= m.start
                                                      for x in ix.mentions):
            m.start -= 1  # "the Republican Senate majority": the party word was no mention
            if m.char_start is not None:
                m.char_start = doc[m.start].idx
        else:
            continue
        m.country, m.sector, m.confidence = "USA", "LEG", 0.6
    for party in drop:
        if party in ix.mentions:
            ix.mentions.remove(party)


_PROVINCIAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})


def _provincial_bodies(ix: DocIndex) -> None:
    """"The Queensland Government", "the Punjab Police": a state body named as one proper
    name with its province is that province's country's body, as "the Queensland government"
    in lower case already is (CAMEO has no codes below the state)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation" or m.sector not in _PROVINCIAL_SECTORS:
            continue
        words = [t for t in doc[m.start:m.end - 1] if t.pos_ != "DET"]
        if not words or len(words) > 3 or not all(t.is_title for t in words):
            continue
        state = place_country(" ".join(t.text for t in words))
        if state is not None:
            m.country, m.confidence = state, 0.6


def _venue(ix: DocIndex, m: Mention) -> bool:
    """A town where something happens ("met Putin in Sochi") says nothing of who the people are;
    a town someone is from ("a missionary from Calgary") does."""
    last = ix.doc[m.end - 1]
    while last.dep_ in ("amod", "compound") and last.head.i > last.i \
            and last.head.pos_ == "PROPN":
        last = last.head  # "the Eritrea-Djibouti border": the first of two states named
    if m.kind == "country" and last.dep_ in ("amod", "compound") \
            and last.head.lemma_.lower() in _BORDERS:
        return True  # "a town near the Sudanese border": a border has a state on each side
    if m.kind == "country" and last.dep_ == "pobj" and last.head.lower_ in ("in", "at") \
            and last.head.head.tag_ == "VBN" and last.head.head.lemma_.lower() in _SIGNING:
        return True  # (session 62) "an accord signed in Bonn": where a deal was made
    form = ix.country_at(m.start)
    if form is None or form.form != "place":
        return False
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.pos_ in ("VERB", "AUX"):
        return False  # "Nevada became the first state ...": a place that acts is no venue
    return not (m.start and ix.doc[m.start - 1].lower_ in ("from", "of"))


_BORDERS = frozenset({"border", "frontier", "borderland"})
# (session 62) Participles of a deal made somewhere ("an accord signed in Bonn").
_SIGNING = frozenset({"sign", "broker", "reach", "conclude", "negotiate", "agree"})
# Words of travel whose "to" phrase is where the traveller goes, not where they are from.
_TRAVEL = frozenset({"visit", "trip", "tour", "journey", "travel", "fly", "voyage", "go",
                     "head", "delegation", "mission", "arrive",
                     # (session 31) where people are sent or handed over to is theirs no more
                     # than a visitor's host ("traffickers he sent to the United States")
                     "send", "extradite"})


def _destination(ix: DocIndex, m: Mention) -> bool:
    """A state someone travels to ("lead a Senate delegation on a visit to Russia", "visited
    Russia", "arrived in Moscow") is their host, not their own: news names the visitor's
    state, if at all, elsewhere."""
    if m.kind != "country":
        return False
    tok = ix.doc[m.end - 1]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("to", "in") \
            and head.head.lemma_.lower() in _TRAVEL:
        return head.lower_ == "to" or head.head.lemma_.lower() == "arrive"
    return tok.dep_ == "dobj" and head.lemma_.lower() == "visit"


# Verbs of a third state that holds or brokers others' talks ("talks hosted by Qatar").
_HOSTING = frozenset({"host", "broker", "mediate"})


def _host_of_talks(ix: DocIndex, m: Mention) -> bool:
    """A state named as the host or broker of others' talks ("talks hosted by Qatar") is the
    venue or the mediator, not the home of the parties who meet there."""
    if m.kind != "country":
        return False
    tok = ix.doc[m.end - 1]
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent" \
        and tok.head.head.lemma_.lower() in _HOSTING


def worded_state(ix: DocIndex, m: Mention) -> bool:
    """Whether a whole state is named in the words of a mention ("India's upper house", "the
    U.S. Republican Party"), not given to it by the context."""
    return any(ix.country_at(i) is not None for i in range(m.start, m.end))



def _names_state(ix: DocIndex, m: Mention) -> bool:
    """Whether the text of a mention names a state ("Algerian", "of Armenia")."""
    for i in range(m.start, m.end):
        anchor = ix.anchor_at(i)
        if anchor is not None and anchor.kind == "country":
            return True
    return False


# (session 35) Nouns of a site whose "at" phrase is a place ("an army camp at Zompelri").
_SITES = frozenset({"camp", "base", "barracks", "palace", "outpost", "prison", "airport", "airbase",
                    "garrison", "checkpoint", "compound", "residence", "village", "town"})


def _unknown_places(ix: DocIndex, main: str | None) -> None:
    """(session 35) "a teacher from Okakarara", "an army camp at Zompelri": a name no list
    knows, which the tagger took for a person or a body, used where only a place fits (where a
    described person comes from, where a site is) is a place of the state named beside it ("a
    camp at X in Tibet", "a Bhutanese army camp"), else of the story's. "A letter from John
    Smith" stays. A building's own name and a journey's end are left as they were: placed, they
    would read to the event coder as the party stormed or aimed at, and dropped, they would let
    the scene's state stand in for it."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.sector is not None or m.role is not None \
                or m.kind not in ("person", "organisation", "group") or not doc[m.start].is_title:
            continue
        site = _place_use(ix, m)
        if site is None:
            continue
        state = _state_beside(ix, m, site) or main
        if state is not None:
            m.kind, m.country, m.name, m.from_context, m.confidence = "country", state, None, True, 0.5


def _place_use(ix: DocIndex, m: Mention) -> Token | None:
    """The noun that makes an unknown name a place, if one does (see ``_unknown_places``)."""
    root = ix.doc[m.start:m.end].root
    if root.dep_ != "pobj":
        return None
    prep, head = root.head, root.head.head
    if prep.lower_ == "at" and head.lemma_.lower() in _SITES:
        return head
    if prep.lower_ == "from" and head.pos_ == "NOUN" and head.dep_ == "appos" and any(
            o.kind == "person" and o.start <= head.head.i < o.end for o in ix.mentions if o is not m):
        return head  # "Jane Doe, a teacher from Okakarara": where the person described comes from
    return None


def _state_beside(ix: DocIndex, m: Mention, site: Token) -> str | None:
    """The state of a place named "in" after the site or its name ("a camp at Zompelri in
    Bhutan"), or of the mention that covers the site noun ("a Bhutanese army camp")."""
    for tok in (ix.doc[m.end - 1], site):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                state = _state_named_at(ix, next((g for g in c.children if g.dep_ == "pobj"), c))
                if state is not None:
                    return state
    cover = next((o for o in ix.mentions if o is not m and o.start <= site.i < o.end and o.country
                  and o.country not in NON_STATE_CODES), None)
    return cover.country if cover is not None else None
