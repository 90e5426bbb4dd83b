"""Region lists by name in the reader's language: Kazakh alphabetical order in kk."""

import re

import pytest

from accounts.regions import REGIONS
from localization import collation_key

# A Kazakh letter between the letter it follows and the next one: ә after а, before б.
KAZAKH_LETTERS = ["аәб", "гғд", "кқл", "нңо", "оөп", "уұү", "ұүф", "хһц", "ыіь"]

IN_KAZAKH = [
    "Абай облысы", "Ақмола облысы", "Ақтөбе облысы", "Алматы", "Алматы облысы", "Астана",
    "Атырау облысы", "Батыс Қазақстан облысы", "Жамбыл облысы", "Жетісу облысы",
    "Қарағанды облысы", "Қостанай облысы", "Қызылорда облысы", "Маңғыстау облысы",
    "Павлодар облысы", "Солтүстік Қазақстан облысы", "Түркістан облысы", "Ұлытау облысы",
    "Шығыс Қазақстан облысы", "Шымкент",
]  # fmt: skip
IN_RUSSIAN = [
    "Акмолинская область", "Актюбинская область", "Алматинская область", "Алматы", "Астана",
    "Атырауская область", "Восточно-Казахстанская область", "Жамбылская область",
    "Западно-Казахстанская область", "Карагандинская область", "Костанайская область",
    "Кызылординская область", "Мангистауская область", "область Абай", "область Жетісу",
    "область Ұлытау", "Павлодарская область", "Северо-Казахстанская область",
    "Туркестанская область", "Шымкент",
]  # fmt: skip
IN_ENGLISH = [
    "Abai Region", "Akmola Region", "Aktobe Region", "Almaty", "Almaty Region", "Astana",
    "Atyrau Region", "East Kazakhstan Region", "Karaganda Region", "Kostanay Region",
    "Kyzylorda Region", "Mangystau Region", "North Kazakhstan Region", "Pavlodar Region",
    "Shymkent", "Turkistan Region", "Ulytau Region", "West Kazakhstan Region", "Zhambyl Region",
    "Zhetisu Region",
]  # fmt: skip
EXPECTED = {"kk": IN_KAZAKH, "ru": IN_RUSSIAN, "en": IN_ENGLISH}


@pytest.mark.parametrize("letters", KAZAKH_LETTERS)
def test_each_kazakh_letter_follows_its_neighbour(letters):
    before, letter, after = letters
    words = [after + "а", letter.upper() + "я", before + "я", letter + "б", after.upper()]
    expected = [before + "я", letter + "б", letter.upper() + "я", after.upper(), after + "а"]
    assert sorted(words, key=collation_key) == expected


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_region_names_sort_as_a_reader_expects(language):
    column = {"kk": 2, "ru": 3, "en": 4}[language]
    names = [region[column] for region in reversed(REGIONS)]
    assert sorted(names, key=collation_key) == EXPECTED[language]


def test_the_assignment_form_lists_regions_by_name(client, auth, make_user):
    auth.login(make_user(role="admin")["email"])
    page = client.get("/admin/training/assignments?lang=kk").get_data(as_text=True)
    select = page.split('id="region"')[1].split("</select>")[0]
    names = re.findall(r'<option value="\d+">([^<(]+) \(KZ-\d+\)</option>', select)
    assert names == IN_KAZAKH
