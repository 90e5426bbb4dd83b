"""What the trends pages, downloads and API ask for: a survey, an indicator, a wave range, a
respondent group, weighted or not; read from a request's arguments and checked, then the figures.

Bad input raises TrendsError with an HTTP status and a message a person can act on.
"""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from accounts.models import Region
from accounts.regions import regions_in_order
from extensions import db
from localization import localized
from surveys.models import Survey
from surveys.profile import profile_definitions
from trends.cache import ClosedWave, ensure_sums, survey_waves
from trends.figures import Series, series
from trends.indicators import ITEM_PREFIX, Resolved, survey_indicators, survey_questions

WEIGHTINGS = ("weighted", "unweighted")
BREAKDOWN_QUESTIONS = {
    "respondent_group": "group",
    "sex": "sex",
    "age_band": "age_band",
    "settlement": "settlement",
    "service_used": "service_used",
}
MAX_ARGUMENT = 80  # longer than any slug, id or label


class TrendsError(Exception):
    def __init__(self, message, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.status = status


@dataclass
class Selection:
    survey: Survey
    surveys: list[Survey]
    indicators: list[Resolved]  # the catalogue's, for this survey
    region_items: list[Resolved]  # region-block questions
    indicator: Resolved
    waves: list[ClosedWave]  # every readable wave of the survey
    chosen: list[ClosedWave]  # the range asked for
    group: str | None
    weighted: bool

    @property
    def simulated(self) -> bool:
        return any(wave.simulated for wave in self.chosen)

    def query(self, **changes) -> dict:
        """The selection as query arguments (for links and downloads)."""
        args = {
            "survey": self.survey.slug,
            "indicator": self.indicator.id,
            "from": self.chosen[0].label if self.chosen else None,
            "to": self.chosen[-1].label if self.chosen else None,
            "group": self.group,
            "weighting": "weighted" if self.weighted else "unweighted",
        }
        args.update(changes)
        return {key: value for key, value in args.items() if value}


def group_choices() -> list[tuple[str, str]]:
    return category_choices("respondent_group")


def category_choices(breakdown: str) -> list[tuple[str, str]]:
    """(value, label in the page's language) of a breakdown's categories, in survey order."""
    spec = profile_definitions()[BREAKDOWN_QUESTIONS[breakdown]]
    return [(str(c["value"]), localized(c["labels"])) for c in spec.get("choices") or ()]


def _argument(args, name: str) -> str:
    value = (args.get(name) or "").strip()
    if len(value) > MAX_ARGUMENT or not value.isprintable():
        raise TrendsError(_l("The address asks for something this page does not know."), 400)
    return value


def surveys_with_waves() -> list[Survey]:
    """Surveys that have at least one wave, by id (the demo's citizens' survey first)."""
    from surveys.models import Wave

    return list(
        db.session.execute(
            select(Survey)
            .where(Survey.id.in_(select(func.distinct(Wave.survey_id))))
            .order_by(Survey.id)
        ).scalars()
    )


def select_figures(args) -> Selection:
    """The selection a request asks for; TrendsError for anything unknown or backwards."""
    surveys = surveys_with_waves()
    slug = _argument(args, "survey")
    if not surveys:
        raise TrendsError(_l("No survey has any wave yet, so there are no figures."), 404)
    survey = next((s for s in surveys if s.slug == slug), None) if slug else surveys[0]
    if survey is None:
        raise TrendsError(_l("There is no survey with this name. Choose one from the list."), 404)
    resolved = survey_indicators(survey_questions(survey.id))
    indicators = [r for r in resolved if not r.id.startswith(ITEM_PREFIX)]
    region_items = [r for r in resolved if r.id.startswith(ITEM_PREFIX)]
    wanted = _argument(args, "indicator")
    indicator = next((r for r in resolved if r.id == wanted), None) if wanted else None
    if wanted and indicator is None:
        raise TrendsError(
            _l("This survey has no indicator with this name. Choose one from the list."), 404
        )
    if indicator is None:
        if not indicators:
            raise TrendsError(_l("This survey has no questions any indicator is made from."), 404)
        indicator = indicators[0]
    waves = survey_waves(survey.id)
    chosen = choose_waves(waves, _argument(args, "from"), _argument(args, "to"))
    group = _argument(args, "group") or None
    if group is not None and group not in dict(group_choices()):
        raise TrendsError(_l("There is no such respondent group. Choose one from the list."), 400)
    weighting = _argument(args, "weighting") or "weighted"
    if weighting not in WEIGHTINGS:
        raise TrendsError(_l("Figures are either weighted or unweighted."), 400)
    return Selection(
        survey, surveys, indicators, region_items, indicator, waves, chosen, group,
        weighting == "weighted",
    )  # fmt: skip


def choose_waves(waves: list[ClosedWave], first: str, last: str) -> list[ClosedWave]:
    """The waves from ``first`` to ``last`` (labels; default: all)."""
    labels = [wave.label for wave in waves]
    for label in (first, last):
        if label and label not in labels:
            raise TrendsError(_l("This survey has no closed wave with this name."), 404)
    if not waves:
        return []
    start = labels.index(first) if first else 0
    end = labels.index(last) if last else len(labels) - 1
    if start > end:
        raise TrendsError(_l("The first wave of the range comes after the last one."), 400)
    return waves[start : end + 1]


def selection_series(selection: Selection, indicator: Resolved | None = None) -> Series:
    """The figures of the selection (stored sums made first where a wave needs them)."""
    ensure_sums(selection.survey.id, [wave.id for wave in selection.chosen])
    return series(
        indicator or selection.indicator,
        selection.chosen,
        selection.weighted,
        selection.group,
        regions_in_order(),
    )


def region_by_code(code: str) -> Region:
    region = db.session.execute(select(Region).filter_by(code=code)).scalar_one_or_none()
    if region is None:
        raise TrendsError(_l("There is no region with this code."), 404)
    return region
