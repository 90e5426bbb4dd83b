"""The respondent profile: fixed question codes that feed weighting and breakdowns.

The codes, and the Response column that keeps each answer, are fixed here; the wording and
choices are data, in surveys/content/profile.toml. Authoring code (the demo, and later the
survey editor and imports) adds them to an instrument with :func:`profile_questions`; the
region choices are not stored on the question but read from the Region table
(``surveys.service.region_table``).
"""

import copy
from functools import cache

from surveys.survey_files import CONTENT, SurveyFileError, read_questions

# Profile question code -> the Response column that keeps its answer.
PROFILE_COLUMNS = {
    "region": "region_id",
    "age_band": "age_band",
    "sex": "sex",
    "settlement": "settlement",
    "group": "respondent_group",
    "service_used": "service_used",
}
PROFILE_CODES = tuple(PROFILE_COLUMNS)
REGION_CODE = "region"
PROFILE_FILE = CONTENT / "profile.toml"


@cache
def profile_definitions() -> dict[str, dict]:
    """Each profile question's spec (texts, type, required, choices) by code, from the file."""
    specs = read_questions(PROFILE_FILE)
    codes = tuple(spec.get("code") for spec in specs)
    if codes != PROFILE_CODES:
        raise SurveyFileError(
            PROFILE_FILE.name, [f"expected the questions {', '.join(PROFILE_CODES)}, in order"]
        )
    return {spec["code"]: spec for spec in specs}


def profile_questions(codes: tuple[str, ...] = PROFILE_CODES) -> list[dict]:
    """Question specs for the profile block, in the order given (region first by default)."""
    return [{"construct": None, **copy.deepcopy(profile_definitions()[code])} for code in codes]
