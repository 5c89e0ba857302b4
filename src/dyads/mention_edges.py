"""Mention edges: every stage grows its phrases the same way, over a title and modifiers on the
left and "of <state>" or "in <place>" on the right."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .actor_anchors import Anchor, DocIndex, Mention
from .actor_lexicon import DETERMINERS, KIN_WORDS, PLACE_NOUNS, REGIONS, TITLE_MODIFIERS, SectorWord, sector_words
from .anchor_index import BACKING_PARTICIPLES
from .kb import KBEntry, fold
from .nlp import joined_by_hyphen
from .places import state_of_name
from .countries import NON_STATE_CODES

__all__ = ["COMPASS", "POSTED", "SCHOOLS", "SENT_GROUPS", "apply_orgs", "extend_left", "extend_of",
           "incoming_holder", "is_from", "kb_entry", "located", "of_state"]


def kb_entry(ix: DocIndex, anchor: Anchor) -> KBEntry | None:
    """The knowledge-base record of a person anchor, so a known name brings its office."""
    if anchor.kind != "person" or anchor.payload is None:
        return None
    text = ix.doc[anchor.start:anchor.end].text
    if len(ix.kb.candidates(text)) > 1:
        # "al-Assad" is Bashar's alias and Hafez's surname: the one in office on the date
        return ix.kb.resolve_person(text, ix.date)
    written = _with_left_out_given_name(ix, anchor, text)
    if " " in written and len(ix.kb.candidates(written)) <= 1 \
            and _other_given_name(written, ix.kb.person_names(str(anchor.payload))):
        return None  # (session 51) "Adolfo Chavez, head of CIDOB" is no Hugo Chavez
    return ix.kb.resolve_person(str(anchor.payload), ix.date)


def _with_left_out_given_name(ix: DocIndex, anchor: Anchor, text: str) -> str:
    """The anchor's text with a capitalised given name the anchor left out before it ("Adolfo"
    of "Adolfo Chavez", when only "Chavez" was matched), if there is one."""
    if anchor.start == 0 or " " in text:
        return text
    before = ix.doc[anchor.start - 1]
    if before.pos_ == "PROPN" and before.is_title and before.dep_ == "compound" \
            and before.head.i == anchor.start and ix.anchor_at(anchor.start - 1) is None \
            and ix.sector_at(anchor.start - 1) is None:
        return f"{before.text} {text}"
    return text


# (session 51) Words before a surname that are titles or honorifics, not given names.
_HONORIFIC_WORDS = frozenset({"sheikh", "sheik", "mr", "mrs", "ms", "dr", "king", "queen", "prince",
                              "princess", "emir", "general", "gen", "president", "sir", "lord", "lady",
                              "sultan", "mullah", "senior", "crown", "marshal", "ayatollah", "imam",
                              "pope", "cardinal", "archbishop", "bishop", "father", "rev", "colonel",
                              "captain", "major", "admiral", "judge", "minister", "ministers"})


def _other_given_name(text: str, known: list[str]) -> bool:
    """Whether a written name of two or more words opens with a given name that none of the
    known person's names has, even spelt otherwise ("Adolfo Chavez" against "Hugo Chávez", but
    "Sergei" for "Sergey"): another person of that surname."""
    words = [w.strip(".,") for w in text.split()]
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in _HONORIFIC_WORDS \
            or len(words[0]) <= 2:
        return False
    known_words = {fold(w) for name in known for w in name.replace("-", " ").split()}
    given = fold(words[0])
    return fold(words[-1]) in known_words and not any(w[:3] == given[:3] for w in known_words)


# (session 32) Words by which a sentence says a person is to take up an office not yet held
# ("President-elect", "the incoming prime minister", "would become foreign minister").
_INCOMING_WORDS = frozenset({"elect", "incoming", "designate", "nominee", "presumptive",
                             "successor", "future"})
_BECOMING_VERBS = frozenset({"become", "succeed", "replace", "take", "sworn", "inaugurate"})
# (session 51) Nouns of one still running for an office: "the frontrunner to succeed Park" is
# a candidate on the date, not its incoming holder.
_RUNNERS = frozenset({"frontrunner", "front-runner", "favourite", "favorite", "candidate", "contender",
                      "hopeful", "challenger", "bid", "race", "campaign", "battle", "fight", "contest"})


def incoming_holder(ix: DocIndex, i: int) -> bool:
    """Whether the sentence of token ``i`` speaks of someone as an office's incoming holder:
    a word such as "-elect", "incoming" or "designate", or a verb of taking office put in the
    future or a prospect ("would become", "is set to take over", "will be sworn in"). Such a
    person is judged by the office they are about to hold, not by their role on the date."""
    sent = ix.doc[i].sent
    for tok in sent:
        low = tok.lower_
        if low in _INCOMING_WORDS:
            return True
        if tok.lemma_.lower() in _BECOMING_VERBS and tok.pos_ in ("VERB", "AUX") \
                and not (tok.dep_ in ("acl", "relcl") and tok.head.lower_ in _RUNNERS) and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "to", "'ll", "shall")
                or c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ == "VBG"
                for c in tok.children):
            return True
    return False


def _bracketed_title(ix: DocIndex, close: int) -> int | None:
    """The "(" of a short bracketed title ending at ``close`` ("(Member of Parliament)"),
    when its first word is a person's title; None otherwise."""
    doc, words = ix.doc, sector_words()
    for k in range(close - 1, max(close - 6, -1), -1):
        if doc[k].text == "(":
            first = doc[k + 1] if k + 1 < close else None
            if first is not None and first.is_title and (
                    first.lower_ == "member"
                    or first.lower_ in words and words[first.lower_].kind == "person"):
                return k
            return None
        if doc[k].is_punct or ix.used[k]:
            return None
    return None


# Titles a department word comes before ("Commerce Secretary", "Culture Minister").
_PORTFOLIO_TITLES = frozenset({"secretary", "minister", "commissioner", "secretaries",
                               "ministers", "commissioners"})


# (session 47) Participles after "<state>-" that say where a person studied: "the U.S.-educated
# leader" of Georgia serves no one there, so the state is not his, even as a last resort.
SCHOOLING_PARTICIPLES = frozenset({"educated", "schooled"})


# Words for one who stands against the government a seat names ("Kremlin critic").
_CRITICS = frozenset({"critic", "critics", "opponent", "opponents", "foe", "foes"})
# Peoples whose adjective is also a state's (or none) but who live across borders: after another
# state's adjective ("Syrian Turkmen", "Iraqi Kurdish", "Afghan Uzbek") they are that state's.
_PEOPLES_ACROSS = frozenset({"turkmen", "kurdish", "uzbek", "tajik", "pashtun", "baloch", "baluch", "hazara",
                             "albanian", "tamil"})


def backer(ix: DocIndex, anchor: Anchor) -> bool:
    """Whether a state's anchor is the backer in "<state>-backed <noun>" ("Yemen's Saudi-backed
    government", "the U.S.-backed government of Somalia"): the backer is its own party, so the
    phrase takes its state from its other words (a possessive, "of <state>") when it has one."""
    return ix.hyphen_participle(anchor) in BACKING_PARTICIPLES


def schooled_in(ix: DocIndex, anchor: Anchor) -> bool:
    """Whether the anchor names where a person studied ("U.S.-educated", "Harvard-educated")."""
    return ix.hyphen_participle(anchor) in SCHOOLING_PARTICIPLES


# (session 24) Nouns for a person's followers: "supporters of Jammeh" are no title of his;
# (session 28) nor are his opponents ("opponents of President X").
_FOLLOWERS = frozenset({"supporters", "opponents"})
# Nouns for a party sent on others' behalf: who they are is said by their "of" phrase.
SENT_GROUPS = frozenset({"delegation", "contingent"})


def _joined_modifier(ix: DocIndex, j: int, m: Mention) -> bool:
    """Whether the "and"/"or" at ``j`` joins a title's modifier of the mention's head to the
    lower-case word that opens the mention ("the interior and defence ministers"); neither is
    a name or an actor's noun of its own ("the cabinet and Ugandan troops": two actors), and a
    thing before "and" is no modifier ("fentanyl and illegal migrants")."""
    doc = ix.doc
    if j < 1 or j + 1 != m.start or doc[j].lower_ not in ("and", "or"):
        return False
    first, joined = doc[j - 1], doc[j + 1]
    return joined.dep_ == "conj" and joined.head.i == j - 1 and first.lower_ in TITLE_MODIFIERS \
        and joined.is_lower and first.dep_ in ("amod", "nmod", "compound") \
        and m.start <= first.head.i < m.end and not ix.used[j - 1] \
        and all(ix.anchor_at(k) is None and ix.sector_at(k) is None for k in (j - 1, j + 1))


def _clause_verb(tok: Token) -> bool:
    """(session 35) Whether a title word before a name is the finite verb of its clause, with a
    subject of its own ("the army ousted President X", "parliament elected Speaker Y"): "ousted" or
    "elected" then acts on the person and is no part of the title ("the ousted President X")."""
    return tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _participle_after_possessor(ix: DocIndex, j: int, m: Mention) -> bool:
    """(session 51) Whether the participle or adverb at ``j`` follows a state's possessive
    ("Libya's internationally recognised government", (session 52) "Egypt's ruling military
    council"), so that the phrase grows to the state."""
    doc = ix.doc
    k = j
    while k > m.start - 4 and k > 0 and (doc[k].pos_ == "ADV" or doc[k].tag_ in ("VBN", "VBG")):
        k -= 1
    anchor = ix.anchor_at(k - 1) if k > 0 else None
    return doc[k].tag_ == "POS" and anchor is not None and anchor.whole_country is not None \
        and anchor.whole_country.form == "name"


# (session 63) Ranks of two words whose first the tagger may put in a body's name ("Ugandan
# Major" of "Ugandan Major General Levi Karuhanga").
_TWO_WORD_RANKS = frozenset({("major", "general"), ("lieutenant", "general"), ("lieutenant", "colonel"),
                             ("brigadier", "general"), ("rear", "admiral"), ("vice", "admiral")})


def _dual_nationality(ix: DocIndex, anchor: Anchor) -> str | None:
    """(session 64) "U.S.-Iranian journalist Roxana Saberi", one token the tagger calls a people:
    a person of two states, coded by the first, as ``mention_sectors`` codes "a British-Iranian
    dual national" (the state that speaks for the person abroad is named first)."""
    text = ix.doc[anchor.start:anchor.end].text
    parts = text.split("-")
    if anchor.end - anchor.start != 1 or len(parts) != 2:
        return None
    first, second = (ix.kb.countries.get(p) for p in parts)
    if first is None or second is None or first.iso3 in NON_STATE_CODES or second.iso3 in NON_STATE_CODES \
            or first.iso3 == "-" or second.iso3 == "-" or first.iso3 == second.iso3:
        return None
    return first.iso3


def extend_left(ix: DocIndex, m: Mention, head_is_person: bool,
                allow_person: bool) -> list[SectorWord]:
    """Grow a mention leftwards over its description; returns the sector words absorbed."""
    doc = ix.doc
    words: list[SectorWord] = []
    backers: list[str] = []  # states of "<state>-backed", the phrase's state only if none other
    inner_adjective = -1  # start of the last state adjective taken ("Turkmen" of "Syrian Turkmen")
    j = m.start - 1
    while j >= 0:
        tok = doc[j]
        if ix.used[j] or "\n" in tok.text or "\n" in tok.whitespace_:
            break
        anchor = ix.anchor_at(j)
        if anchor is not None and head_is_person and (anchor.whole_country is not None
                                                      or anchor.kind == "org") \
                and _posted_to(ix, anchor.start):
            # "US Ambassador to Germany Richard Grenell", "Ambassador to the United Nations
            # Nikki Haley": the state or body he is sent to is not his
            first = anchor.start - 1 if ix.doc[anchor.start - 1].lower_ != "the" \
                else anchor.start - 2
            m.start = first
            j = first - 1
            continue
        if anchor is not None and _object_before_count(ix, anchor, m):
            break  # "told the Associated Press four victims were ...": another phrase
        if (head_is_person or m.kind == "person") and tok.text in ("-", "\u2013") and j >= 1 and j + 1 == m.start \
                and doc[m.start].lower_ == "based" \
                and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title and not ix.used[j - 1]:
            # (session 47) "Panitan Chaiyakul, a Bangkok-based political analyst": where he works
            # is part of his description (and, for a town or state, where he is); a body's
            # "-based" is read by actor_settled_codes.hyphen_based
            k = j - 1
            while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and not ix.used[k - 1] \
                    and ix.anchor_at(k - 1) is None:
                k -= 1  # ("a New York-based group")
            m.country = m.country or state_of_name(doc[k:j].text)
            m.start = k
            j = k - 1
            continue
        if anchor is not None and schooled_in(ix, anchor):
            m.start = anchor.start  # (the school or state is in the description, not his)
            j = anchor.start - 1
            continue
        if anchor is not None:
            form = anchor.whole_country
            if form is not None:
                backs = backer(ix, anchor)
                if not (form.form == "adjective" and anchor.end < ix.n
                        and doc[anchor.end].lower_ in SCHOOLS):
                    # "Chinese University" is a school's name, not the state
                    if backs:
                        backers.append(form.iso3)
                    elif form.form == "adjective" and m.country is not None and inner_adjective == anchor.end \
                            and form.iso3 != m.country and doc[anchor.end].lower_ in _PEOPLES_ACROSS:
                        # (session 47) "Syrian Turkmen fighters", "Iraqi Kurdish forces": a state
                        # adjective before a people's word that spans borders names the state
                        # ("Turkish Cypriot" is a Cypriot people: the inner word is the state)
                        m.country = form.iso3
                    else:
                        m.country = m.country or form.iso3
                    if form.form == "adjective" and not backs:
                        inner_adjective = anchor.start
                if form.form in ("capital", "seat") and not m.sector and not backs:
                    # (session 55) "Kremlin critic Alexander Litvinenko": the seat's critic is
                    # of its state, against its government
                    m.sector = "OPP" if anchor.end < ix.n and doc[anchor.end].lower_ in _CRITICS else "GOV"
                j = anchor.start - 1
                m.start = anchor.start
                continue
            if anchor.kind == "country":
                if backer(ix, anchor):
                    backers.append(anchor.payload.iso3)  # type: ignore[union-attr]
                else:
                    m.country = m.country or anchor.payload.iso3  # type: ignore[union-attr]
                m.start = j
                j -= 1
                continue
            if anchor.kind == "org" and _accredited_to(ix, anchor, m):
                # "Djibouti's U.N. ambassador", "Russian NATO envoy X": the body an envoy is
                # posted to is not his; the state before it is (see _accredited_to)
                m.start = anchor.start
                j = anchor.start - 1
                continue
            if anchor.kind == "org" and head_is_person and _office_name(ix, anchor, m):
                # "U.N. Secretary-General Antonio Guterres": an office the lists name, right
                # before its holder's name, is the holder's title: one person, not two actors
                m.orgs.append(anchor.payload)  # type: ignore[arg-type]
                m.start = anchor.start
                j = anchor.start - 1
                continue
            if anchor.kind == "org":
                m.orgs.append(anchor.payload)  # type: ignore[arg-type]
                break
            if anchor.kind == "ethnic" or anchor.kind == "ent_norp" and (
                    m.kind in ("person", "group") or doc[anchor.start].text in REGIONS
                    or doc[m.end - 1].lower_ == "parties"):
                # "A Republican assemblywoman", "Kurdish fighters": a party or people word
                # describes the person or group; "Western governments": a region qualifies any
                # body, which then has no single state; (session 31) "Shi'ite parties": a faith
                # or people word describes parties as it does their members
                if m.kind == "person" or head_is_person:
                    m.country = m.country or _dual_nationality(ix, anchor)
                m.start = anchor.start
                j = anchor.start - 1
                continue
            if anchor.kind == "person" and head_is_person and campaign_of(ix, anchor.end):
                # "Trump campaign chairman Paul Manafort": the candidate's name is part of the
                # title; campaign staff are party operatives, not holders of the candidate's office
                entry = kb_entry(ix, anchor)
                if entry is not None:
                    m.country = m.country or entry.country
                m.sector = m.sector or ("PTY" if m.country else None)
                m.start = anchor.start
                j = anchor.start - 1
                continue
            if anchor.kind == "person" and allow_person:
                entry = kb_entry(ix, anchor)
                if entry is not None:
                    m.country = m.country or entry.country
                    m.sector = m.sector or entry.sector
                m.start = anchor.start
                j = anchor.start - 1
                continue
            break
        prev = ix.anchor_at(j - 1) if j > 0 else None
        if tok.text in ("'s", "\u2019s", "'") and prev is not None \
                and prev.kind in ("country", "org"):
            m.start = j
            j -= 1
            continue
        if tok.text == ")" and head_is_person and j == m.start - 1:
            opened = _bracketed_title(ix, j)
            if opened is not None:
                # "(Member of Parliament) Tom Watson": a title in brackets before the name
                # (the span stays the name, so that its brackets stay balanced)
                words.extend(u[1] for u in map(ix.sector_at, range(opened + 1, j)) if u)
                m.role = doc[opened + 1:j].text
                ix.mark(opened, j + 1)
                break
        if tok.text == ")" and prev is not None and prev.kind == "org":
            m.orgs.append(prev.payload)  # type: ignore[arg-type]
            break
        if head_is_person and tok.lower_ in ("of", "for", "and", "&"):
            unit = _portfolio_title(ix, j)
            if unit is not None:
                # "Minister for Home Affairs Ali Khan", "Minister of Foreign Affairs and
                # International Cooperation Ali Khan": one long title, one person
                words.append(unit[1])
                m.start = unit[0]
                j = unit[0] - 1
                continue
        if head_is_person and is_age(doc, j):
            # "28-year-old Usman Khan": an age describes the person but is no part of the name
            # or title; a name given an age and nothing else reads as a private person
            if not words and m.sector is None:
                words.append(AGE_WORD)
            break
        if not head_is_person and is_age(doc, j):
            # "a 23-year-old man": before a common noun the whole age is one modifier, not
            # "old" alone
            m.start = j - 4
            j -= 5
            continue
        unit = ix.sector_at(j)
        if unit is not None and head_is_person and unit[1].kind != "person" \
                and tok.dep_ != "compound" and not m.start <= tok.head.i < m.end \
                and doc[m.start:m.end].root.head.i != j and tok.head.lower_ != "of":
            # (but "the newspaper La Prensa" names the paper in apposition, and "Secretary of
            # State" is one title)
            break  # "on live television Erdogan": a noun of another phrase is no title
        if unit is not None:
            words.append(unit[1])
            m.start = unit[0]
            j = unit[0] - 1
            continue
        lower = tok.lower_
        if lower == "at" and j + 1 == m.start and doc[j + 1].lower_ in ("least", "most"):
            m.start = j  # (session 24) "at least 17 people": the bound is one word with "at"
            j -= 1
            continue
        if lower in _BODY_ORGANS and _organ_after_body(ix, j):  # (the cheap test first)
            m.start = j  # "A senior ECOWAS Commission official": the body's organ, then the body
            j -= 1
            continue
        if tok.dep_ == "prep" and lower != "of" and not (head_is_person and _under_title(doc, j)):
            break  # "under former US President Barack Obama": a preposition is no title
        if _noun_modifier(tok, m) and not (head_is_person and tok.tag_ == "NNS" and not _plural_portfolio(tok, m)):
            # (a plural before a name is no title: "band associates Paul Stone")
            m.start = j
            j -= 1
            continue
        if head_is_person and ix.sector_at(j) is None and _title_in_apposition(ix, tok, m):
            # (session 37) "British former special forces officer Simon Mann": the parser made
            # the name stand in apposition to a noun the lexicon does not know, his title
            m.start = j
            j -= 1
            continue
        if head_is_person and j + 1 == m.start and _portfolio_pair(ix, j):
            # "AU trade and industry commissioner X": a portfolio of two nouns in the title
            m.start = j - 2
            j -= 3
            continue
        if _joined_modifier(ix, j, m):
            # "the interior and defence ministers": both words describe the one plural head
            m.start = j - 1
            j -= 2
            continue
        if lower in TITLE_MODIFIERS and _clause_verb(tok):
            break  # (session 35) "the army ousted President X": the clause's verb, no title of X
        if lower in TITLE_MODIFIERS or tok.pos_ == "ADJ" and not tok.is_punct:
            m.start = j
            j -= 1
            continue
        if not head_is_person and _participle_after_possessor(ix, j, m) \
                and (tok.tag_ in ("VBN", "VBG") and tok.dep_ == "amod" and m.start <= tok.head.i < m.end
                     or tok.dep_ == "advmod" and tok.pos_ == "ADV" and j + 1 == m.start
                     and doc[j + 1].dep_ == "amod" and m.start <= doc[j + 1].head.i < m.end):
            # (session 51) "Libya's internationally recognised government": a participle (and
            # its adverb) describes the body; the possessor before it is the body's state
            m.start = j
            j -= 1
            continue
        if head_is_person and tok.pos_ == "PROPN" and tok.is_title and (
                not tok.ent_type_ or j + 1 < ix.n and doc[j + 1].lower_ in _PORTFOLIO_TITLES
                or j + 1 == m.start and (lower, doc[j + 1].lower_) in _TWO_WORD_RANKS
                or j + 1 == m.start and doc[j + 1].lower_ == "affairs"):
            # "Commerce Secretary Wilbur Ross": the department word belongs to the title;
            # (session 52) so does a place that names an affairs portfolio ("Gulf Affairs Minister")
            m.start = j
            j -= 1
            continue
        if not head_is_person and _inner_name_word(tok, m) \
                and (head_unit := ix.sector_at(m.end - 1)) is not None and head_unit[1].kind == "body":
            # "the Seoul Central District Court", "the Cairo Criminal Court": the capitalised
            # words of one body's name (its head a body noun, not an office: "Senate Minority
            # Leader") lead on to the city that begins it, which is no actor
            m.start = j
            j -= 1
            continue
        if joined_by_hyphen(doc, j):
            m.start = j
            j -= 1
            continue
        if not head_is_person and m.kind == "group" and _group_label(ix, j, m):
            # "Pamiri community leaders": a name no list knows that labels a group's people
            # (a minority, a clan) is part of the group's phrase, no actor of its own
            m.start = j
            j -= 1
            continue
        if head_is_person and tok.pos_ == "PROPN" and tok.is_upper and tok.is_alpha \
                and tok.dep_ == "compound" and tok.head.i == j + 1 and j + 1 == m.start \
                and not doc[j + 1].is_title:
            # "Australian VC recipient Ben Roberts-Smith": an acronym no list knows that
            # qualifies the common noun of the description is part of it
            m.start = j
            j -= 1
            continue
        if lower == "of" and j > 0 and ix.sector_at(j - 1) is not None \
                and j + 1 < m.end and doc[j + 1].is_title \
                and doc[j - 1].lemma_.lower() not in SENT_GROUPS \
                and doc[j - 1].lower_ not in _FOLLOWERS \
                and not (head_is_person and doc[j - 1].tag_ == "NNS" and m.end < ix.n
                         and doc[m.end].tag_ == "POS"):  # (session 63) "fighters of Barzani's party"
            # ("a delegation of Russian lawmakers": the lawmakers say who was sent)
            m.start = j
            j -= 1
            continue
        if tok.ent_type_ == "DATE" and tok.like_num and (
                tok.ent_iob_ == "I" or j > 0 and doc[j - 1].pos_ == "ADP"):
            # "On 17 July 2017 Russia's Supreme Court", "in 2019 protesters": a date is no
            # count of the actor (a lone number the tagger calls a date may be one: "1553
            # refugees")
            break
        if lower in ("a", "an") and _article_of_other_noun(ix, j, m):
            break  # "in an attack officials blamed on IS": "an" goes with "attack"
        if lower in DETERMINERS or tok.pos_ == "NUM" or tok.dep_ == "nummod":
            if lower in ("the", "a", "an"):
                m.definite = lower == "the"
            m.start = j
            if tok.pos_ == "DET":
                break
            j -= 1
            continue
        break
    while m.start < m.end - 1 and (doc[m.start].is_punct or doc[m.start].is_space
                                   or doc[m.start].tag_ == "POS") \
            and ix.owner[m.start] < 0:  # "the party's nominee X": the owner stays its own
        m.start += 1
    ix.mark(m.start, m.end)
    if backers and m.country is None and doc[m.end - 1].lemma_.lower() not in _RULING_NOUNS \
            and not (doc[m.end - 1].lemma_.lower() in _HOME_CHALLENGERS
                     or any(t.lemma_.lower() in _HOME_CHALLENGERS for t in doc[m.start:m.end - 1])
                     and doc[m.end - 1].lemma_.lower() in ("group", "movement", "force", "alliance")) \
            and of_state(ix, m.end, ("name", "capital", "seat", "place")) is None \
            and not any((a := ix.anchor_at(k)) is not None and a.kind in ("ethnic", "ent_norp")
                        for k in range(m.start, m.end)):
        # "Iran-backed militias": with no state of their own named, the backer's stands (a
        # possessive or "of <state>" names the phrase's own: "Yemen's Saudi-backed government";
        # (session 31) a people or faith word names a community of its own, placed by the
        # story: "Iran-aligned Shi'ite parties" in Baghdad are Iraq's)
        m.country = backers[0]
    return words


# (session 51) Words of a state's own armed challengers: "the Rwandan-backed rebel group" fights
# in Congo, and "Russian-backed separatists" in Ukraine, so the backer is no last resort for them.
_HOME_CHALLENGERS = frozenset({"rebel", "separatist", "insurgent", "secessionist"})
# (session 50) Heads that name whoever rules a state: "the Saudi-backed government" of Yemen
# is never Saudi Arabia's own, so the backer is no last resort for them (the story places them).
_RULING_NOUNS = frozenset({"government", "administration", "cabinet", "regime", "authority", "president",
                           "leader",
                           # (session 60) "a U.S.-backed army" is El Salvador's: a state's army, as
                           # its government, is the state's the story places it in
                           "army", "military"})


# Words a portfolio's name may hold between capitalised words ("Foreign Affairs and Trade").
_PORTFOLIO_JOINERS = frozenset({"of", "for", "and", "&", "the"})


# (session 26) Capitalised organs written right after a known body's short name ("the ECOWAS
# Commission", "the AU Secretariat").
_BODY_ORGANS = frozenset({"commission", "secretariat"})


def _organ_after_body(ix: DocIndex, j: int) -> bool:
    """Whether token ``j`` is an organ word right after a known body's name, before the head
    noun of a mention ("an African Union Commission spokesman"): the phrase's people serve
    that body, which the next step reads."""
    tok = ix.doc[j]
    if not tok.is_title or tok.lower_ not in _BODY_ORGANS or j == 0 or ix.anchor_at(j) is not None:
        return False
    before = ix.anchor_at(j - 1)
    return before is not None and before.kind == "org" and before.end == j


def _under_title(doc: Doc, j: int) -> bool:
    """"U.S. Under Secretary of State Victoria Nuland": a capitalised "Under" before
    "Secretary" opens the title (the tagger reads it as a preposition), unlike "under President
    X"."""
    return doc[j].text == "Under" and j + 1 < len(doc) and doc[j + 1].is_title \
        and doc[j + 1].lower_.startswith("secretary")


def _group_label(ix: DocIndex, j: int, m: Mention) -> bool:
    """Whether token ``j`` is one capitalised word no list knows right before a group's
    words, labelling its people ("Pamiri community leaders", "the Dhaka Metropolitan Police"):
    not a date ("on Monday militants") nor part of a longer name ("Sukhoi Su-35 fighters")."""
    doc = ix.doc
    tok = doc[j]
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.dep_ == "compound" \
        and m.start <= tok.head.i < m.end and j not in ix.blocked \
        and tok.ent_type_ in ("", "ORG", "NORP") \
        and all(t.is_alpha for t in doc[j + 1:m.end]) \
        and not (j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title
                 and ix.anchor_at(j - 1) is None)


def _office_name(ix: DocIndex, anchor: Anchor, m: Mention) -> bool:
    """Whether an organisation anchor right before a name is an office held by one person (it
    ends in a person title: "UN Secretary-General", "NATO Secretary General")."""
    words = sector_words()
    last = ix.doc[anchor.end - 1].lower_
    pair = f"{ix.doc[anchor.end - 2].lower_} {last}" if anchor.end - anchor.start > 1 else last
    title = words.get(pair) or words.get(last)
    return anchor.end == m.start and title is not None and title.kind == "person" \
        and ix.doc[anchor.end - 1].is_title


def _object_before_count(ix: DocIndex, anchor: Anchor, m: Mention) -> bool:
    """Whether a name before the count that starts a phrase belongs to another phrase ("told
    the Associated Press four victims were ..."): a count comes first in English ("four NATO
    troops"), so a name before it that the parser makes an argument of a verb is no modifier."""
    doc = ix.doc
    if not (m.start < m.end and doc[m.start].like_num) or anchor.end != m.start:
        return False
    last = doc[anchor.end - 1]
    return last.dep_ in ("dative", "dobj", "nsubj", "nsubjpass", "pobj", "attr") \
        and not m.start <= last.head.i < m.end


def _portfolio_title(ix: DocIndex, j: int) -> tuple[int, SectorWord] | None:
    """The person title ("Minister", "Secretary") that a portfolio written out after "of" or
    "for" belongs to, when token ``j`` lies inside that portfolio; else None."""
    doc = ix.doc
    k = j
    while k > 0 and j - k < 8:
        tok = doc[k]
        if tok.lower_ in ("of", "for"):
            unit = ix.sector_at(k - 1)
            if unit is not None and unit[1].kind == "person" and doc[k - 1].is_title \
                    and not ix.used[unit[0]]:
                return unit
            title = doc[k - 1]
            if unit is None and title.is_title and title.lower_ in _PORTFOLIO_TITLES \
                    and (anchor := ix.anchor_at(k - 1)) is not None and anchor.kind == "ent_org" \
                    and not ix.used[k - 1]:
                # (session 37) "Oman's Minister of Commerce and Industry Maqbool bin Ali Sultan":
                # the tagger read the title's first half as a body's name, the rest as the
                # person's; the title word there is no sector unit, but it is the title
                return anchor.start, sector_words()[title.lower_]
        anchor = ix.anchor_at(k)
        if ix.used[k] or anchor is not None and anchor.kind in ("person", "country") \
                or not (tok.lower_ in _PORTFOLIO_JOINERS or tok.is_title
                        and tok.pos_ in ("PROPN", "NOUN")):
            return None
        k -= 1
    return None


# The sector an age alone gives a named person: news ages private people, not office holders.
AGE_WORD = SectorWord("CVL", "person", "resident")


def is_age(doc: Doc, j: int) -> bool:
    """Whether token ``j`` ends an age written as one hyphenated word ("28-year-old")."""
    return doc[j].lower_ == "old" and j >= 4 and doc[j - 1].text == "-" \
        and doc[j - 2].lower_ in ("year", "years") and doc[j - 3].text == "-" \
        and doc[j - 4].like_num


def _portfolio_pair(ix: DocIndex, j: int) -> bool:
    """Whether tokens j-2..j are two common nouns joined by "and" before a person's title
    ("trade and industry commissioner"), which the parser may hang off the wrong word."""
    doc = ix.doc
    if j < 2 or j + 1 >= ix.n or doc[j - 1].lower_ not in ("and", "&"):
        return False
    return all(doc[k].is_lower and doc[k].pos_ == "NOUN" and doc[k].tag_ != "NNS"
               and not ix.used[k] for k in (j - 2, j, j + 1))


def _article_of_other_noun(ix: DocIndex, j: int, m: Mention) -> bool:
    """Whether "a"/"an" at ``j`` cannot belong to the plural head of ``m``: it stands before
    singular common nouns that the parse took as compounds of the head ("an attack officials
    blamed on IS", a relative clause without "that"). Those nouns then leave the mention, which
    starts at the plural people word."""
    doc = ix.doc
    head = doc[m.end - 1]
    if head.tag_ not in ("NNS", "NNPS") or m.end >= ix.n or doc[m.end].pos_ not in ("VERB", "AUX"):
        return False  # ("an aid workers group": the article goes with the noun after)
    k = j + 1
    while k < m.end - 1 and doc[k].tag_ == "NN" and doc[k].is_lower \
            and ix.sector_at(k) is None:
        k += 1
    if k == j + 1 or k != m.end - 1 and doc[k].tag_ != "NNS":
        return False
    m.start = k
    return True


def _title_in_apposition(ix: DocIndex, tok: Token, m: Mention) -> bool:
    """(session 37) Whether ``tok``, a lower-case singular common noun right before a person's name with no
    mark between, is the noun the parser hung the name on in apposition ("officer" of
    "sentenced British former special forces officer Simon Mann"): a title before the name,
    so the description before it (and its demonym) is the person's, as when the parser makes
    the title a compound of the name; only when that description names a state or people."""
    if tok.i + 1 != m.start or tok.tag_ != "NN" or not tok.is_lower or not tok.is_alpha \
            or tok.lower_ in KIN_WORDS:
        return False
    if any(c.dep_ in ("poss", "det") for c in tok.children):
        return False  # "his wife Rosmah", "his predecessor X": a tie to another person
    root = tok.doc[m.start:m.end].root
    if root.dep_ != "appos" or root.head.i != tok.i:
        return False
    # (only a description that names a state or people: "NPP chairman X" stays the party's
    # possessor and the person, two mentions)
    return any((a := ix.anchor_at(t.i)) is not None and a.kind in ("country", "ent_norp", "ethnic")
               for t in tok.subtree if t.i < tok.i)


def _noun_modifier(tok: Token, m: Mention) -> bool:
    """A word inside the phrase that ties the head to a modifier further left: a noun
    compound ("NATO peacekeeping troops", "EU election monitors") or the participle of a
    hyphenated sponsor ("Russian-backed fighters"), so the actor named before it is reached."""
    if not (m.start <= tok.head.i < m.end) or tok.is_upper and len(tok.text) > 1:
        return False
    if tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN") and tok.is_lower:
        # (a lower-case word is a common noun whatever the tagger says: "the Kyrgyz health
        # ministry", where it read "health" as part of a name)
        return True
    doc = tok.doc
    if _hyphen_sponsor(tok):
        return True  # "government" of "Syrian government-backed troops": the backer's state
    if not (tok.tag_ == "VBN" and tok.dep_ == "amod" and joined_by_hyphen(doc, tok.i - 1)):
        return False
    # the sponsor is a name or an actor noun ("Saudi-led", "government-backed"); "tear-gassed
    # protesters" after "beat and" is a hyphenated verb, which starts no actor phrase
    sponsor = doc[tok.i - 2]
    return not sponsor.is_lower or sponsor.lower_ in sector_words()


def _inner_name_word(tok: Token, m: Mention) -> bool:
    """Whether ``tok`` is a capitalised word inside the same organisation name as the body noun
    the mention ends on ("Central", "District" of "the Seoul Central District Court"): a proper
    noun compounded to a word of the mention, in the one ORG entity that holds the head too (or
    in no entity, with only capitalised proper nouns after it), so the name grows as a whole and
    a place name that begins it stays in it."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or not tok.is_title or tok.dep_ != "compound" \
            or not (m.start <= tok.head.i < m.end) or tok.ent_type_ not in ("ORG", ""):
        return False
    if tok.ent_type_ == "ORG":
        # one entity from the word to the mention's end: no entity starts again in between
        return all(doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "I" for k in range(tok.i + 1, m.end))
    # (the small model may tag no entity at all: then a run of capitalised proper nouns up to a
    # capitalised head, "Tokyo Central District Court", is one name too)
    return all(doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_ for k in range(tok.i + 1, m.end))


def _hyphen_sponsor(tok: Token) -> bool:
    """An actor noun joined by a hyphen to the participle after it ("government-backed",
    "army-led"): the noun is the sponsor inside the phrase, and the state word before it
    ("Syrian government-backed troops") says whose forces these are."""
    doc = tok.doc
    if tok.is_upper or not joined_by_hyphen(doc, tok.i + 1):
        return False
    part = doc[tok.i + 2]
    return part.tag_ == "VBN" and tok.head.i == part.i and tok.lower_ in sector_words()


# Words that make a name a school's ("Kyoto University", "the College of Wooster").
SCHOOLS = frozenset({"university", "college"})
# "the Trump campaign", "Sanders campaign staff": an election effort named after its candidate
CAMPAIGN_WORDS = frozenset({"campaign", "campaigns"})


def campaign_of(ix: DocIndex, k: int) -> bool:
    """Whether the token at ``k`` is a campaign word that a name before it modifies."""
    return k < ix.n and ix.doc[k].lower_ in CAMPAIGN_WORDS and ix.doc[k].dep_ in ("compound", "nsubj", "nsubjpass",
                                                                                "dobj", "pobj", "conj", "appos")

# participles that place a group somewhere ("a terror group based in Trinidad")
_PLACED = frozenset({"based", "stationed", "deployed", "operating", "headquartered"})


def located(ix: DocIndex, k: int) -> str | None:
    """"police in Lebanon", "protesters in Kandahar", "troops inside Syria", "a group based
    in Trinidad": a force or crowd placed in one state belongs to it; so does one that comes
    "from" it ("a missionary from Calgary"). The span stays the noun; the place is its own
    mention."""
    doc = ix.doc
    if k + 2 < ix.n and doc[k].lower_ in _PLACED and doc[k + 1].lower_ in ("in", "inside"):
        k += 1
    preps, forms = ("in", "inside", "across", "from"), ("name", "capital", "place")
    if k < ix.n and doc[k].lower_ in preps and any(
            c.dep_ == "pobj" and c.lemma_.lower() in _BORDER_NOUNS for c in doc[k].children):
        return None  # "withdrew peacekeepers from the Eritrea-Djibouti border": two sides
    if _range_of_places(ix, k) or _spoken_from(ix, k) or several_states_listed(ix, k):
        return None
    if k > 0 and k < ix.n and doc[k].lower_ == "from" and doc[k - 1].dep_ == "dobj" \
            and doc[k - 1].head.lemma_.lower() in _CARRYING_VERBS:
        return None  # (session 64) "no weapons reach the rebels from Uganda": where the thing comes from
    found = ix.state_after(k, preps, forms, skip_the=True)
    if found is not None or k + 1 >= ix.n or doc[k].lower_ not in preps:
        return found
    # "based in Christian east Beirut", "in rebel-held Idlib": a place behind its describers
    place = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
    region = region_named(ix, place) if place is not None else None
    if region is not None:
        return region
    if place is None or not k + 1 < place.i <= k + 4 or any(
            doc[i].dep_ not in _DESCRIBERS or ix.country_at(i) is not None
            for i in range(k + 1, place.i)):
        return None
    form = ix.country_at(place.i)
    return form.iso3 if form is not None and form.form in forms else None


# (session 64) Verbs by which a thing reaches people, whose "from" is where the thing comes from.
_CARRYING_VERBS = frozenset({"reach", "supply", "arm", "smuggle", "ship", "deliver"})


# (session 37) Verbs of speaking to people whose "from" phrase is where the speaker is.
_SPEAKING_TO = frozenset({"address", "speak", "tell", "call", "write", "broadcast", "appeal",
                          "phone", "telephone", "urge", "thank", "greet"})


def _spoken_from(ix: DocIndex, k: int) -> bool:
    """(session 37) "addressed the protesters from New York": a "from" phrase the parser hangs
    on a verb of speaking to the group says where the speaker was, not where the group is from."""
    if k >= ix.n:
        return False  # the mention ends the text: nothing follows it
    tok = ix.doc[k]
    return tok.lower_ == "from" and tok.dep_ == "prep" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in _SPEAKING_TO


def several_states_listed(ix: DocIndex, k: int) -> bool:
    """(session 60) "fighters from Egypt, Mali, Niger and Mauritania": a "from" or "in" phrase
    that lists places of several states names the origin of no one of them."""
    return len(listed_states(ix, k)) > 1


def listed_states(ix: DocIndex, k: int) -> list[str]:
    """The states of the places a "from" or "in" phrase at token ``k`` lists, in text order."""
    doc = ix.doc
    if k >= ix.n or doc[k].lower_ not in ("from", "in"):
        return []
    objs = [o for c in doc[k].children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    states: list[str] = []
    for o in sorted(objs, key=lambda t: t.i):
        form = ix.country_at(o.i)
        if form is not None and form.iso3 not in states:
            states.append(form.iso3)
    return states


def _range_of_places(ix: DocIndex, k: int) -> bool:
    """(session 29) "Leaders from Washington to Beijing": "from X to Y" spans many places, so it
    names the origin of no one."""
    doc = ix.doc
    if k + 1 >= ix.n or doc[k].lower_ != "from":
        return False
    j = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < ix.n else k + 1
    anchor = ix.anchor_at(j)
    end = anchor.end if anchor is not None else j + 1
    return end + 1 < ix.n and doc[end].lower_ == "to" and ix.anchor_at(end + 1 + (doc[end + 1].lower_ == "the")) is not None


# Nouns for a part of a state that its name qualifies ("the northern Tigray region").
_REGION_NOUNS = frozenset({"region", "province", "governorate"})


def region_named(ix: DocIndex, place: Token) -> str | None:
    """The state of "the (northern) Tigray region": a region noun whose name, written before it,
    is a place inside one state (the noun, not the name, is what the preposition governs)."""
    if place.lemma_.lower() not in _REGION_NOUNS:
        return None
    names = [c for c in place.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return None
    form = ix.country_at(names[0].i)
    if form is not None and form.form in ("place", "name"):
        return form.iso3
    # (the tagger may not call the name a place, but the region noun after it says it is one)
    from .places import place_country
    return place_country(ix.doc[names[0].i:names[-1].i + 1].text)


# Nouns for the line between states: a force placed at one is no state's by that.
_BORDER_NOUNS = frozenset({"border", "frontier", "borderland", "boundary"})


# Links of the words that describe a place before its name ("Christian east Beirut").
_DESCRIBERS = frozenset({"compound", "amod", "npadvmod", "punct", "advmod"})


def _posted_to(ix: DocIndex, start: int) -> bool:
    """Whether the state anchored at ``start`` follows "Ambassador to" / "envoy to": the
    receiving state of a posted official."""
    if start >= 3 and ix.doc[start - 1].lower_ == "the":
        start -= 1  # "Ambassador to the United Nations"
    if start < 2 or ix.doc[start - 1].lower_ != "to":
        return False
    unit = ix.sector_at(start - 2)
    return unit is not None and ix.doc[start - 2].lemma_.lower() in POSTED


def _accredited_to(ix: DocIndex, anchor: Anchor, m: Mention) -> bool:
    """(session 31) Whether the body anchored right before an envoy's noun in the mention is
    the one he is posted to, because a state stands before it ("Djibouti's U.N. ambassador",
    "the Russian NATO envoy"): a state's envoy to a body serves the state. With no state
    before it ("the U.N. envoy for Yemen") the body's own official is meant."""
    doc = ix.doc
    if anchor.end >= m.end or doc[anchor.end].lemma_.lower() not in POSTED or anchor.start < 1:
        return False
    k = anchor.start - 1
    if doc[k].text in ("'s", "\u2019s") and k >= 1:
        k -= 1
    before = ix.anchor_at(k)
    return before is not None and before.end == k + 1 and before.kind == "country"


# People who serve abroad: "a diplomat in Moscow" is not Russia's.
POSTED = frozenset({"diplomat", "ambassador", "envoy", "correspondent", "reporter",
                    "journalist", "consul", "attache", "attaché", "emissary",
                    "d'affaires", "d\u2019affaires"})  # (session 30) a chargé d'affaires


def is_from(ix: DocIndex, k: int) -> bool:
    """Whether token ``k`` is "from" (or ", from"): a person's origin, not a position. (session
    58) Not a "from" the parser hangs on a verb ("to recall Ambassador Diana Mickeviciene from
    Beijing": where she is called home from, the host)."""
    doc = ix.doc
    if k + 1 < ix.n and doc[k].text == ",":
        return doc[k + 1].lower_ == "from"
    return k < ix.n and doc[k].lower_ == "from" and doc[k].head.lemma_.lower() not in _MOVING_VERBS


# (session 58) Verbs whose "from" phrase is where someone is moved from, not where they are from.
_MOVING_VERBS = frozenset({"recall", "withdraw", "expel", "evacuate", "pull", "remove", "bring", "fly",
                           "summon", "return", "deport", "extradite", "transfer", "airlift", "rescue"})


def _plural_portfolio(tok: Token, m: Mention) -> bool:
    """"U.N. human rights chief Volker Turk", "EU foreign affairs chief X": a plural with its own
    adjective, compounded onto the title word, is the portfolio of an office (so the title and
    the body before it stay the person's), unlike a bare plural ("band associates Paul Stone")."""
    return tok.dep_ == "compound" and m.start <= tok.head.i < m.end and tok.head.pos_ == "NOUN" \
        and any(c.dep_ == "amod" and c.i == tok.i - 1 for c in tok.children)


def extend_of(ix: DocIndex, m: Mention) -> None:
    """"president of Armenia", "King Hassan of Morocco": the country follows the head; "the
    government of Sindh province", "the mayor of Calgary": a town's or province's government
    is an organ of its state."""
    doc = ix.doc
    k = m.end
    if k + 1 < ix.n and doc[k].lower_ == "of":
        j = k + 1
        if doc[j].lower_ == "the" and j + 1 < ix.n:
            j += 1
        if (doc[j].lower_ == "mainland" or doc[j].lower_ in COMPASS and doc[j].is_lower) \
                and j + 1 < ix.n and ix.anchor_at(j) is None:
            j += 1  # "the government of mainland China": a part named by the whole
        anchor = ix.anchor_at(j)
        if anchor is None or ix.backer_at(j):
            return  # ((session 50) "the spokesman of the Iran-backed Houthi movement": not Iran's)
        if anchor.end + 1 < ix.n and doc[anchor.end].tag_ in ("NN", "NNS") \
                and doc[anchor.end + 1].lower_ == "of" \
                and doc[anchor.end - 1].dep_ in ("compound", "amod", "nmod"):
            return  # "governor of United States commonwealth of Puerto Rico": a qualifier
        form = anchor.whole_country
        if form is not None and form.form in ("name", "capital", "seat", "place") \
                and not m.country:
            m.country = form.iso3
            end = anchor.end
            if form.form == "place" and end < ix.n and doc[end].lower_ in PLACE_NOUNS \
                    and not ix.used[end]:
                end += 1  # "of Sindh province"
            ix.mark(m.end, end)
            m.end = end


def apply_orgs(m: Mention) -> None:
    """State and sector from the bodies a mention absorbed: a body's sector beats a generic GOV,
    and an armed group's beats a person's MIL ("Houthi military spokesperson X" speaks for
    rebels)."""
    for org in m.orgs:
        if org.country and not m.country:
            m.country = org.country
        if org.sector == "PTY" and m.sector == "GOV" and m.kind == "organisation" and m.name is None:
            continue  # (session 64) "the Frelimo government": the ruling party's government is the state's
        if org.sector and (m.sector in (None, "GOV") or m.sector == org.sector
                           or m.kind == "person" and m.role and m.sector == "MIL"
                           and org.sector in ("REB", "UAF", "INS")):
            m.sector = org.sector
        elif org.sector == "OPP" and m.sector in ("MIL", "UAF") and m.name is None:
            # (session 58) "Renamo commanders", "Renamo gunmen": a party's own armed men are
            # rebels, not the state's army nor unknown gunmen
            m.sector = "REB"


def of_state(ix: DocIndex, k: int, forms: tuple[str, ...]) -> str | None:
    """The state of "<name> of Utah / of Norway": where a person comes from or whom they
    represent. Not "of Australia's Griffith University" (the body is meant), and not Georgia
    the country in a story about the United States (the US state is meant)."""
    state = ix.state_after(k, ("of",), forms, skip_the=True)
    if state is None:
        return None
    j = k + 1
    while j < ix.n and (ix.owner[j] >= 0 or ix.doc[j].lower_ == "the") and ix.owner[j] == ix.owner[k + 1]:
        j += 1
    if j < ix.n and ix.doc[j].tag_ == "POS":
        return None
    if state == "GEO" and any(a.whole_country is not None and a.whole_country.iso3 == "USA"
                              for a in ix.anchors):
        return "USA"
    return state


# Compass words that name a part of a place ("northern Syria", "Western Mindanao Command").
COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "north",
                     "south", "east", "west"})
