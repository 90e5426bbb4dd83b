"""The indicator catalogue (indicators.toml): definitions per language, and each indicator
resolved against a survey's questions into the items its SQL sums need.

Region-block questions (asked in one region only, e.g. Atyrau's fisheries) are no part of a
national index; each becomes an indicator of its own, ``item:<code>``, shown on its region's page.
"""

import hashlib
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from localization import LANGUAGES, localized
from surveys.instrument import LIKERT_POINTS
from surveys.models import Construct, Question, QuestionType

CATALOGUE = Path(__file__).with_name("indicators.toml")
REGIONS_FILE = Path(__file__).with_name("regions.toml")
MEASURES = ("share_any_yes", "share_at_least", "index", "item")
AMONG = ("everyone", "contact")
SPHERES = ("everyday", "public_control", "culture")
SCALE_TYPES = (QuestionType.LIKERT5, QuestionType.LIKERT7, QuestionType.YESNO)
ITEM_PREFIX = "item:"


class CatalogueError(ValueError):
    """indicators.toml or regions.toml cannot be used; the message lists every problem."""


@dataclass(frozen=True)
class Indicator:
    id: str
    sphere: str | None
    measure: str
    items: tuple[str, ...] = ()
    constructs: tuple[str, ...] = ()  # "-name": turned, so that 100 is the good end
    at_least: float | None = None
    among: str = "everyone"
    better: str = "higher"
    titles: dict | None = None
    numerators: dict | None = None
    denominators: dict | None = None
    region: str | None = None  # a region-block item: the region that asks it

    @property
    def title(self) -> str:
        return localized(self.titles)

    @property
    def numerator(self) -> str:
        return localized(self.numerators)

    @property
    def denominator(self) -> str:
        return localized(self.denominators)

    @property
    def is_share(self) -> bool:
        """Shares are shown in percent; indices are 0-100 already."""
        return self.measure.startswith("share")

    def definition(self, language: str) -> dict:
        return {
            "title": localized(self.titles, language),
            "numerator": localized(self.numerators, language),
            "denominator": localized(self.denominators, language),
        }


@dataclass(frozen=True)
class Item:
    """A question in a measure: its scale, and whether its 0-100 score is turned."""

    question_id: int
    code: str
    low: float
    high: float
    turned: bool


@dataclass(frozen=True)
class Resolved:
    """An indicator for one survey: the questions its per-response value is made from."""

    indicator: Indicator
    items: tuple[Item, ...]

    @property
    def id(self) -> str:
        return self.indicator.id


def _texts(spec: dict, key: str, where: str, problems: list[str]) -> dict:
    texts = spec.get(key) or {}
    missing = [language for language in LANGUAGES if not str(texts.get(language, "")).strip()]
    if missing:
        problems.append(f"{where}: {key} has no text in {', '.join(missing)}")
    return {language: str(texts.get(language, "")) for language in LANGUAGES}


def parse_catalogue(text: str) -> tuple[Indicator, ...]:
    """Indicators from the catalogue's TOML text; CatalogueError lists every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"indicators.toml: {error}") from None
    problems: list[str] = []
    found: list[Indicator] = []
    seen: set[str] = set()
    constructs = {str(c) for c in Construct}
    for number, spec in enumerate(data.get("indicators", []), start=1):
        where = f"indicator {number} ({spec.get('id', '?')})"
        identifier = str(spec.get("id", "")).strip()
        if not identifier or identifier in seen or identifier.startswith(ITEM_PREFIX):
            problems.append(f"{where}: a unique id (not starting with {ITEM_PREFIX!r}) is needed")
        seen.add(identifier)
        measure = spec.get("measure")
        if measure not in MEASURES[:3]:
            problems.append(f"{where}: measure must be one of {', '.join(MEASURES[:3])}")
        items = tuple(spec.get("items", ()))
        named = tuple(spec.get("constructs", ()))
        if measure == "index" and (items or not named):
            problems.append(f"{where}: an index names constructs, not items")
        if measure != "index" and (named or not items):
            problems.append(f"{where}: a share names items, not constructs")
        if unknown := [c for c in named if c.lstrip("-") not in constructs]:
            problems.append(f"{where}: unknown constructs {unknown}")
        if measure == "share_at_least" and (len(items) != 1 or "at_least" not in spec):
            problems.append(f"{where}: share_at_least needs one item and at_least")
        if spec.get("among", "everyone") not in AMONG:
            problems.append(f"{where}: among must be one of {', '.join(AMONG)}")
        if spec.get("better") not in ("higher", "lower"):
            problems.append(f"{where}: better must be higher or lower")
        if spec.get("sphere") not in SPHERES:
            problems.append(f"{where}: sphere must be one of {', '.join(SPHERES)}")
        found.append(
            Indicator(
                id=identifier,
                sphere=spec.get("sphere"),
                measure=str(measure),
                items=items,
                constructs=named,
                at_least=spec.get("at_least"),
                among=spec.get("among", "everyone"),
                better=spec.get("better", "higher"),
                titles=_texts(spec, "title", where, problems),
                numerators=_texts(spec, "numerator", where, problems),
                denominators=_texts(spec, "denominator", where, problems),
            )
        )
    if not found:
        problems.append("indicators.toml lists no indicators")
    if problems:
        raise CatalogueError("; ".join(problems))
    return tuple(found)


@cache
def catalogue() -> tuple[Indicator, ...]:
    return parse_catalogue(CATALOGUE.read_text(encoding="utf-8"))


@cache
def catalogue_version() -> str:
    """Changes when the catalogue's text does: cached sums made under another are stale."""
    return hashlib.sha256(CATALOGUE.read_bytes()).hexdigest()[:16]


def by_id(identifier: str) -> Indicator | None:
    return next((i for i in catalogue() if i.id == identifier), None)


@cache
def region_notes() -> dict[str, dict]:
    """Per region code: its charter, focus sectors (texts) and focus services, from regions.toml."""
    data = tomllib.loads(REGIONS_FILE.read_text(encoding="utf-8"))
    return data.get("regions", {})


# ---------------------------------------------------------------- against a survey


def scale(question) -> tuple[float, float]:
    if question.type in LIKERT_POINTS:
        return 1.0, float(LIKERT_POINTS[question.type])
    return 0.0, 1.0


def _item(question, turned: bool = False) -> Item:
    low, high = scale(question)
    return Item(question.id, question.code, low, high, bool(question.reverse_scored) ^ turned)


def index_items(questions, constructs: tuple[str, ...]) -> tuple[Item, ...]:
    """Scale questions of the constructs that every region is asked, in survey order."""
    turned = {c.lstrip("-"): c.startswith("-") for c in constructs}
    return tuple(
        _item(q, turned[q.construct])
        for q in questions
        if q.construct in turned and q.type in SCALE_TYPES and not q.regions
    )


def resolve(indicator: Indicator, questions) -> Resolved | None:
    """The indicator for a survey with these questions, or None where the survey lacks them."""
    if indicator.measure == "index":
        items = index_items(questions, indicator.constructs)
        return Resolved(indicator, items) if items else None
    by_code = {q.code: q for q in questions}
    if not all(code in by_code for code in indicator.items):
        return None
    return Resolved(indicator, tuple(_item(by_code[code]) for code in indicator.items))


def region_block_indicator(question) -> Resolved:
    """A question asked in one region only, as an indicator of its own on that region's page."""
    share = question.type == QuestionType.YESNO
    indicator = Indicator(
        id=ITEM_PREFIX + question.code,
        sphere=None,
        measure="share_any_yes" if share else "index",
        titles=question.texts,
        better="higher",
        region=question.regions[0],
    )
    return Resolved(indicator, (_item(question),))


def survey_indicators(questions) -> list[Resolved]:
    """Every catalogue indicator the survey can give, then its region-block questions."""
    resolved = [r for r in (resolve(i, questions) for i in catalogue()) if r is not None]
    blocks = [
        region_block_indicator(q)
        for q in questions
        if q.regions and len(q.regions) == 1 and q.type in SCALE_TYPES
    ]
    return resolved + blocks


def survey_questions(survey_id: int) -> list[Question]:
    from extensions import db

    return list(
        db.session.execute(
            db.select(Question).filter_by(survey_id=survey_id).order_by(Question.position)
        ).scalars()
    )
