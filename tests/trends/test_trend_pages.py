"""The dashboard and open-data pages list the closed waves and mark simulated ones."""

import pytest

TAGS = {"kk": "модельденген", "ru": "смоделировано", "en": "simulated"}
NOTICES = {
    "kk": "Модельденген деректер:",
    "ru": "Смоделированные данные:",
    "en": "Simulated data: these figures include data made by the simulation",
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_closed_waves_are_listed_with_the_simulated_tag(
    demo, runner, client, auth, make_user, language
):
    analyst = make_user(role="analyst", region="KZ-35")
    auth.login(analyst["email"])
    for path in ("/open-data", "/dashboard"):
        page = client.get(path, query_string={"lang": language}).get_data(as_text=True)
        assert NOTICES[language] not in page and "tag-simulated" not in page
    args = ["demo", "simulate", "--waves", "2", "--responses", "60", "--learners", "0"]
    assert runner.invoke(args=args).exit_code == 0
    for path in ("/open-data", "/dashboard"):
        response = client.get(path, query_string={"lang": language})
        page = response.get_data(as_text=True)
        assert response.status_code == 200
        assert NOTICES[language] in page
        assert page.count(f'<span class="tag-simulated">{TAGS[language]}</span>') == 2
        assert page.count("<td>30</td>") == 2  # responses per wave
