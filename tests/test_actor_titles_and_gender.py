"""Round 3 on real news: court, police and assembly titles, the US House, a surname after
someone else's first name, pronoun gender from titles and first names, FYROM, Hong Kongers."""


def _actors(nlp, text, date="2019-06-01"):
    from dyads.actors import find_actors
    from dyads.model import Article

    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _by_text(nlp, text):
    return {a.text: a for a in _actors(nlp, text)}


def test_court_police_and_assembly_titles_give_their_sector(nlp):
    found = _by_text(nlp, "Justice Rosa Ellery wrote the ruling in Ohio. Sheriff Dan Pruitt "
                          "said that Assemblywoman Gail Ferris had called him.")
    assert found["Justice Rosa Ellery"].sector == "JUD"
    assert found["Sheriff Dan Pruitt"].sector == "COP"
    assert found["Assemblywoman Gail Ferris"].sector == "LEG"


def test_a_legislative_office_takes_the_articles_state(nlp):
    text = ("The United States Senate met in Washington. Congress argued over the budget. "
            "Senate Majority Whip Tom Hale later told reporters the vote would come soon.")
    found = _by_text(nlp, text)
    assert found["Senate Majority Whip Tom Hale"].code == "USALEG"


def test_the_house_is_the_us_house_only_with_legislative_context(nlp):
    text = ("President Trump spoke in Washington about the budget. The House voted on the bill "
            "on Tuesday, and Speaker Nancy Pelosi thanked the Democrats.")
    found = _by_text(nlp, text)
    house = next(a for t, a in found.items() if t.lower() == "the house")
    assert house.code == "USALEG"
    found = _by_text(nlp, "President Trump visited Sydney. The orchestra played at the "
                          "Opera House on Friday.")
    opera = [a for t, a in found.items() if "Opera" in t]
    assert all(a.code is None or not a.code.endswith("LEG") for a in opera)


def test_a_surname_after_another_first_name_is_someone_else(nlp):
    found = _by_text(nlp, "Mr Sam Carter opened the bakery on Main Street.")
    assert "Carter" not in found  # not the former US defence secretary Ash Carter
    assert all(a.name != "Ash Carter" for a in found.values())


def test_him_skips_a_woman_named_earlier(nlp):
    actors = _actors(nlp, "Maria Lopez met Daniel Ortiz in the city. Police believe him to "
                          "be the gunman.")
    him = next(a for a in actors if a.text == "him")
    assert him.name == "Daniel Ortiz"
    actors = _actors(nlp, "Kelly Brown met Mr Sam Carter at the station. Police arrested "
                          "him later.")
    him = next(a for a in actors if a.text == "him")
    assert him.name == "Sam Carter"


def test_former_yugoslav_republic_and_hong_kongers(nlp):
    found = _by_text(nlp, "Greece signed an accord with the Former Yugoslav Republic of "
                          "Macedonia on Sunday.")
    fyrom = next(a for t, a in found.items() if "Yugoslav" in t)
    assert fyrom.code == "MKD" and fyrom.kind == "country"
    found = _by_text(nlp, "On Sunday, Hong Kongers voted in large numbers.")
    assert found["Hong Kongers"].code.startswith("HKG")
