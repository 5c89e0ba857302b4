"""Session 34 (helper e) party rules: a name in a relative clause on the doer is no owner of the
main clause's "its", the subject of a next clause the parser joined to the object is no target,
a participle after a direct quotation is the speaker's own act, and a charge joined to what
someone feels about is the feeler's (all sentences our own)."""

from event_helpers import code_events as _events


def _of(nlp, text: str, trigger: str):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def _countries(actors) -> set[str | None]:
    return {a.country for a in actors}


def test_name_in_relative_clause_on_doer_is_no_owner(nlp):
    text = ("Germany, which chairs the Group of Seven this year, suspended its military "
            "cooperation with the junta.")
    cut = _of(nlp, text, "suspended")
    assert cut and _countries(cut[0].source) == {"DEU"}
    assert "G7" not in {a.code for a in cut[0].target} and "IGO" not in {a.code for a in cut[0].target}
    assert not any(a.name and "Seven" in a.name for a in cut[0].target)


def test_own_ties_the_owner_to_the_doer(nlp):
    text = ("Spain, the former colonial power, which holds the presidency of the European Union, "
            "suspended its own aid on Monday.")
    cut = _of(nlp, text, "suspended")
    assert cut and _countries(cut[0].source) == {"ESP"}
    assert "EUR" not in _countries(cut[0].target)


def test_next_clause_subject_joined_to_object_is_no_target(nlp):
    text = ("Peru recalled its ambassador and the country's Andean Community partners froze bilateral "
            "relations with Quito.")
    recalled = _of(nlp, text, "recalled")
    assert recalled and _countries(recalled[0].source) == {"PER"}
    assert not any("Community" in a.text for a in recalled[0].target)


def test_next_clause_subject_does_the_second_act(nlp):
    text = ("Peru recalled its ambassador and the country's Andean Community partners froze bilateral "
            "relations with Quito.")
    froze = _of(nlp, text, "froze")
    assert froze and any("Community" in a.text for a in froze[0].source)
    assert "PER" not in _countries(froze[0].source)


def test_participle_after_direct_quote_is_the_speakers(nlp):
    text = ("Kenyan President William Ruto addressed the nation on Friday. \"The people of Kenya have "
            "won,\" he said in a televised address, inviting the opposition to join talks.")
    invited = _of(nlp, text, "inviting")
    assert invited
    assert not any(a.text == "The people of Kenya" for a in invited[0].source)
    assert {a.code for a in invited[0].source} <= {"KENGOV", "KENELI", "KENOPP"}


def test_charge_joined_to_felt_clause_is_the_feelers(nlp):
    text = ("Brazilian Foreign Minister Celso Amorim said he was disappointed that the two governments "
            "had not agreed to meet and urged restraint from both sides.")
    urged = _of(nlp, text, "urged")
    assert urged and _countries(urged[0].source) == {"BRA"}
    assert not any("governments" in a.text for a in urged[0].source)


def test_one_named_among_the_arrested_is_no_arrester(nlp):
    text = ("The activists, including local councillor Tafadzwa Moyo, were arrested in June after "
            "scuffles in a township south of the capital.")
    arrested = _of(nlp, text, "arrested")
    assert arrested and not any("Moyo" in a.text for a in arrested[0].source)
