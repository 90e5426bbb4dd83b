"""Simulated survey responses: a latent-variable model of respondents, generated with numpy.

The simulation reads the instrument from the database and answers whatever it holds: every
question by its type, construct, reverse scoring, ``show_if`` and region block. The model
(docs/simulation.md says why each number is what it is):

- each wave takes its share of the responses, each region its share of the adults
  (population.csv): a quota sample; within a region the profile is drawn from the region's
  margins with a deliberate bias towards the young, the urban and women, for raking to correct;
- every respondent has a general factor G and, per construct, a latent level
  θ = region level + known effects + profile shift + ρ·G + √(1−ρ²)·e;
- an item's answer cuts y* = location + known item effects ± λ·θ + √(1−λ²)·ε (minus for a
  reverse-scored item) into its scale: Likert points at fixed thresholds, yes when y* > 0;
- bribery (the SDG 16.5.1 pair ``exp_asked`` and ``exp_gave``) is one event per respondent:
  θ(experience) crossing a threshold set by the region's level among people in contact with
  officials (lower without contact); asked and/or paid follow from it;
- a question is answered only when the real skip logic (surveys.skip_logic) asks it; optional
  questions are left blank at a fixed rate; free text is never written.

Generation runs in blocks of at most ``BLOCK`` respondents of one wave and region, each from its
own random stream seeded by (seed, survey, wave, region, block): the same seed gives the same
data, and memory stays flat however many responses are asked for.
"""

import math
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from statistics import NormalDist
from time import perf_counter
from typing import Any

import numpy as np
from sqlalchemy import delete, func, insert, select, text

from accounts.models import Region
from extensions import db
from localization import LOCAL_TZ, utcnow
from simulation import effects
from simulation.population import Population, demo_population
from surveys.instrument import LIKERT_POINTS, Instrument, QuestionSpec
from surveys.models import Answer, Audience, QuestionType, Response, Survey, Wave
from surveys.profile import PROFILE_CODES, PROFILE_COLUMNS
from surveys.service import SurveyError, region_table, survey_by_slug
from surveys.skip_logic import condition_met
from surveys.validation import NUMERIC

PROBIT = NormalDist().inv_cdf
BLOCK = 5000  # respondents generated together, from one random stream
MAX_WAVES = 40  # ten years of quarters
INSERT_ROWS = 20_000  # answer rows per INSERT (executemany) at most
STATISTICS_FIRST = 1000  # responses written when PostgreSQL's statistics are first refreshed

# --- the sample ---------------------------------------------------------------------------
# Relative chance of taking part, multiplied into the population's shares within a region.
SAMPLING_BIAS = {
    "age_band": {"18-24": 1.7, "25-34": 1.4, "35-44": 1.1, "45-54": 0.9, "55-64": 0.7, "65+": 0.4},
    "settlement": {"urban": 1.5, "rural": 1.0},
    "sex": {"female": 1.1, "male": 1.0},
}
GROUP_SHARES = {
    Audience.CITIZENS: {
        "citizen": 0.84,
        "entrepreneur": 0.09,
        "civil_servant": 0.04,
        "scientist": 0.015,
        "ngo": 0.01,
        "media": 0.005,
    },
    Audience.EXPERTS: {
        "entrepreneur": 0.35,
        "ngo": 0.25,
        "scientist": 0.2,
        "media": 0.15,
        "civil_servant": 0.05,
    },
    Audience.CIVIL_SERVANTS: {"civil_servant": 1.0},
}
# The last public service used: relative weights (a service not listed weighs 2).
SERVICE_WEIGHTS = {
    "none": 18,
    "id_documents": 14,
    "health": 16,
    "social": 9,
    "civil_registration": 8,
    "vehicles": 8,
    "education": 8,
    "property_land": 6,
    "housing": 6,
    "police": 5,
    "tax": 4,
    "business": 3,
    "agriculture": 3,
    "courts": 2,
    "other": 2,
}
CHANNEL_SHARES = {"web": 0.68, "qr": 0.20, "kiosk": 0.07, "api": 0.05}

# --- the latent model ----------------------------------------------------------------------
# λ: how strongly a construct's items follow its level (set for Cronbach's alpha of 0.7-0.9).
LOADINGS = {
    "trust": 0.8,
    "public_control": 0.9,
    "service_quality": 0.85,
    "tolerance": 0.85,
    "awareness": 0.95,
    "experience": 0.7,
}
# ρ: loading on the general factor G (trust in institutions), so constructs correlate too.
GENERAL_FACTOR = {
    "trust": 0.35,
    "public_control": 0.3,
    "service_quality": 0.3,
    "awareness": 0.2,
    "tolerance": -0.25,
    "experience": -0.2,
}
# Shifts of a construct's level by profile, in standard deviations: the sampling bias then
# biases unweighted figures, as it would in a real survey.
PROFILE_SHIFTS = {
    "trust": {("age_band", "18-24"): -0.15, ("age_band", "25-34"): -0.1, ("age_band", "65+"): 0.2,
              ("settlement", "urban"): -0.1},
    "tolerance": {("age_band", "18-24"): 0.2, ("age_band", "25-34"): 0.1},
    "awareness": {("age_band", "18-24"): -0.1, ("age_band", "65+"): -0.15,
                  ("settlement", "urban"): 0.2},
    "service_quality": {("settlement", "urban"): 0.1},
    "public_control": {("settlement", "urban"): 0.05},
}  # fmt: skip
NATIONAL_BRIBERY = 0.13  # SDG 16.5.1 level the regions' levels are set about
NO_CONTACT_SHIFT = -1.2  # bribery event without contact with officials: probit shift
ASKED_GIVEN_BRIBERY = 0.85  # P(asked | bribery event)
PAID_GIVEN_BRIBERY = 0.6  # P(paid | bribery event); one of the two at least
# Cut points of y* into Likert points.
LIKERT_CUTS = {5: (-1.5, -0.5, 0.5, 1.5), 7: (-2.0, -1.2, -0.4, 0.4, 1.2, 2.0)}
# Blank answers to optional questions, by type (profile questions: "profile").
MISSING_RATES = {
    "profile": 0.03,
    QuestionType.LIKERT5: 0.04,
    QuestionType.LIKERT7: 0.04,
    QuestionType.YESNO: 0.05,
    QuestionType.SINGLE: 0.05,
    QuestionType.NUMBER: 0.12,
    QuestionType.MULTI: 0.08,
}
MULTI_CHOICE_RATE = 0.25  # each choice of a multiple choice is taken at this rate
TIMES_CONTINUE = 0.45  # "how many times": 1 + a geometric count with this chance of another


@dataclass(frozen=True)
class ItemModel:
    """One question's place in the model; a question not listed gets the defaults."""

    location: float = 0.0  # y* of an average respondent (yes/no: probit of the yes share)
    loading: float | None = None  # None: its construct's λ
    follows: str | None = None  # the construct a question without one follows
    sign: int = 1  # -1: the answer runs against ``follows``
    marks_service: bool = False  # a multiple choice that includes the service used


ITEM_MODELS = {
    # citizens
    "sq_satisfaction": ItemModel(0.9),
    "sq_on_time": ItemModel(0.8),
    "exp_reported": ItemModel(PROBIT(0.2)),
    "exp_gave_services": ItemModel(marks_service=True),
    "trust_akimat": ItemModel(-0.1),
    "trust_police": ItemModel(-0.2),
    "trust_anticorruption": ItemModel(0.1),
    "pc_willing": ItemModel(0.3),
    "pc_fear": ItemModel(0.2),
    "pc_monitoring": ItemModel(PROBIT(0.07)),
    "tol_gift": ItemModel(-0.6),
    "tol_relatives": ItemModel(-0.5),
    "aw_where_to_report": ItemModel(PROBIT(0.55)),
    "perceived_change": ItemModel(0.1, loading=0.4, follows="experience", sign=-1),
    "atr_fishing_permit": ItemModel(PROBIT(0.3)),
    "atr_fishing_informal": ItemModel(-0.25, loading=0.6),
    "atr_land_open": ItemModel(-0.2),
    # experts
    "ex_level": ItemModel(0.3, loading=0.5, follows="experience"),
    "ex_business_demands": ItemModel(0.0),
    "ex_budget_open": ItemModel(-0.2),
    "ex_response": ItemModel(-0.1),
    "ex_monitoring_access": ItemModel(0.1),
    "ex_change": ItemModel(0.1, loading=0.4, follows="experience", sign=-1),
}
BRIBERY_ITEMS = ("exp_asked", "exp_gave")  # SDG 16.5.1: asked for, or paid, a bribe


class SimulationError(ValueError):
    """A simulation that cannot run as asked; the message says why. Nothing was written."""


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class Plan:
    """What to generate for one survey: its questions, regions and responses per wave."""

    slug: str
    audience: str
    questions: tuple[QuestionSpec, ...]
    regions: tuple[str, ...]
    counts: np.ndarray  # responses per wave × region
    population: Population
    seed: int
    # Per region: the profile cells (sex, age band, settlement) and their sampling chances.
    cells: dict[str, tuple[list[tuple[str, str, str]], np.ndarray]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def waves(self) -> int:
        return self.counts.shape[0]

    @property
    def responses(self) -> int:
        return int(self.counts.sum())


def allocate(population: Population, waves: int, responses: int) -> np.ndarray:
    """Responses per wave × region: every region at least one, then in proportion to adults.

    Largest remainders at each step; a region's responses are spread over the waves as evenly
    as they go, the odd ones passed round the waves in turn.
    """
    regions = population.regions
    adults = np.array([population.adults(r) for r in regions], dtype=np.float64)
    per_region = 1 + largest_remainders(responses - len(regions), adults)
    counts = np.zeros((waves, len(regions)), dtype=np.int64)
    turn = 0
    for index, total in enumerate(per_region):
        counts[:, index] = total // waves
        for _ in range(total % waves):
            counts[turn % waves, index] += 1
            turn += 1
    return counts


def largest_remainders(total: int, weights: np.ndarray) -> np.ndarray:
    """``total`` split in proportion to ``weights`` into whole numbers (Hamilton's method)."""
    exact = total * weights / weights.sum()
    counts = np.floor(exact).astype(np.int64)
    counts[np.argsort(-(exact - counts), kind="stable")[: total - counts.sum()]] += 1
    return counts


def make_plan(
    instrument: Instrument, population: Population, waves: int, responses: int, seed: int
) -> Plan:
    plan = Plan(
        slug=instrument.slug,
        audience=instrument.audience,
        questions=instrument.questions,
        regions=population.regions,
        counts=allocate(population, waves, responses),
        population=population,
        seed=seed,
    )
    for region in plan.regions:
        plan.cells[region] = _profile_cells(population, region)
    return plan


def _profile_cells(population: Population, region: str):
    shares = {v: population.shares(region, v) for v in ("sex", "age_band", "settlement")}
    cells, chances = [], []
    for sex, p_sex in shares["sex"].items():
        for age, p_age in shares["age_band"].items():
            for settlement, p_settlement in shares["settlement"].items():
                cells.append((sex, age, settlement))
                chances.append(
                    p_sex * p_age * p_settlement
                    * SAMPLING_BIAS["sex"][sex]
                    * SAMPLING_BIAS["age_band"][age]
                    * SAMPLING_BIAS["settlement"][settlement]
                )  # fmt: skip
    chances = np.array(chances)
    return cells, chances / chances.sum()


# --------------------------------------------------------------------------- generation


@dataclass
class Block:
    """Simulated respondents of one wave and region, sorted by response id."""

    wave: int
    region: str
    ids: list[str]
    profile: dict[str, np.ndarray]  # Response column -> values (None: not answered)
    channel: np.ndarray
    moment: np.ndarray  # when in the wave it was sent, as a fraction of the wave
    # Question code -> answers: float (NaN: none), object (None: none) for a single choice,
    # bool respondents × choices for a multiple choice (no True: none).
    answers: dict[str, np.ndarray]

    @property
    def size(self) -> int:
        return len(self.ids)


def blocks(plan: Plan) -> Iterator[Block]:
    """Every simulated respondent, block by block, in wave and region order."""
    salt = zlib.crc32(plan.slug.encode())
    for wave in range(plan.waves):
        for index, region in enumerate(plan.regions):
            count = int(plan.counts[wave, index])
            for chunk, start in enumerate(range(0, count, BLOCK)):
                rng = np.random.default_rng([plan.seed, salt, wave, index, chunk])
                yield generate_block(plan, wave, region, min(BLOCK, count - start), rng)


def _response_ids(rng: np.random.Generator, n: int) -> list[str]:
    """Version 4 UUIDs from the seeded stream, sorted."""
    raw = rng.integers(0, 256, size=(n, 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    data = raw.tobytes()
    hexes = sorted(data[i : i + 16].hex() for i in range(0, len(data), 16))
    return [f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" for h in hexes]


def _pick(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One column index per row of ``weights`` (respondents × options), by weight."""
    cumulative = np.cumsum(weights, axis=1)
    draw = rng.random(len(weights)) * cumulative[:, -1]
    return (cumulative < draw[:, None]).sum(axis=1)


def _choices(question: QuestionSpec) -> list[str]:
    return [str(choice["value"]) for choice in question.choices or ()]


def generate_block(plan: Plan, wave: int, region: str, n: int, rng: np.random.Generator) -> Block:
    by_code = {q.code: q for q in plan.questions}
    ids = _response_ids(rng, n)
    profile = _profile(plan, by_code, region, n, rng)
    theta = _latent_levels(plan, region, wave, profile, n, rng)
    answers: dict[str, np.ndarray] = {}
    bribery = None
    for question in plan.questions:
        if question.code in PROFILE_CODES or question.type == QuestionType.TEXT:
            continue  # profile answers live on the response; free text is never made up
        asked = _asked(question, region, by_code, profile, answers, n)
        if question.code in BRIBERY_ITEMS:
            if bribery is None:
                bribery = _bribery(theta["experience"], profile["service_used"], n, rng)
            values = bribery[BRIBERY_ITEMS.index(question.code)].astype(np.float64)
        else:
            values = _answer(question, plan, wave, region, theta, profile, n, rng)
        if not question.required:
            asked &= rng.random(n) >= MISSING_RATES.get(question.type, 0.05)
        answers[question.code] = _blank_where(values, ~asked)
    return Block(
        wave=wave,
        region=region,
        ids=ids,
        profile=profile,
        channel=np.array(list(CHANNEL_SHARES), dtype=object)[
            rng.choice(len(CHANNEL_SHARES), size=n, p=list(CHANNEL_SHARES.values()))
        ],
        moment=rng.random(n),
        answers=answers,
    )


def _blank_where(values: np.ndarray, blank: np.ndarray) -> np.ndarray:
    values = values.copy()
    if values.dtype == bool:
        values[blank] = False
    elif values.dtype == object:
        values[blank] = None
    else:
        values[blank] = np.nan
    return values


def _profile(plan: Plan, by_code: dict, region: str, n: int, rng: np.random.Generator):
    cells, chances = plan.cells[region]
    drawn = np.array(cells, dtype=object)[rng.choice(len(cells), size=n, p=chances)]
    profile = {
        "sex": drawn[:, 0],
        "age_band": drawn[:, 1],
        "settlement": drawn[:, 2],
        "respondent_group": np.full(n, None, dtype=object),
        "service_used": np.full(n, None, dtype=object),
    }
    group = by_code.get("group")
    if group is not None:
        offered = _choices(group)
        shares = GROUP_SHARES.get(plan.audience, GROUP_SHARES[Audience.CITIZENS])
        names = [g for g in offered if shares.get(g)] or offered
        weights = np.array([shares.get(g, 1.0) for g in names])
        profile["respondent_group"] = np.array(names, dtype=object)[
            rng.choice(len(names), size=n, p=weights / weights.sum())
        ]
    service = by_code.get("service_used")
    if service is not None:
        offered = _choices(service)
        weights = np.tile([float(SERVICE_WEIGHTS.get(s, 2)) for s in offered], (n, 1))
        column = {s: i for i, s in enumerate(offered)}
        for name, rows, factor in (
            ("business", profile["respondent_group"] == "entrepreneur", 6.0),
            ("tax", profile["respondent_group"] == "entrepreneur", 3.0),
            ("agriculture", profile["settlement"] == "rural", 3.0),
            ("agriculture", np.full(n, region == "KZ-23"), 2.0),
            ("social", profile["age_band"] == "65+", 2.5),
        ):
            if name in column:
                weights[rows.astype(bool), column[name]] *= factor
        profile["service_used"] = np.array(offered, dtype=object)[_pick(rng, weights)]
    for code, column_name in PROFILE_COLUMNS.items():
        question = by_code.get(code)
        if code == "region" or column_name not in profile:
            continue
        if question is None:
            profile[column_name] = np.full(n, None, dtype=object)
        elif not question.required:
            profile[column_name][rng.random(n) < MISSING_RATES["profile"]] = None
    return profile


def _constructs(plan: Plan) -> list[str]:
    needed = set()
    for question in plan.questions:
        model = ITEM_MODELS.get(question.code, ItemModel())
        needed.add(question.construct or model.follows)
        if question.code in BRIBERY_ITEMS:
            needed.add("experience")
    needed.discard(None)
    return sorted(needed)


def construct_level(region: str, construct: str) -> float:
    """A region's level of a construct about the national one, in standard deviations."""
    if construct == "experience":
        return PROBIT(effects.bribery_level(region)) - PROBIT(NATIONAL_BRIBERY)
    return effects.construct_level(region, construct)


def _latent_levels(plan, region, wave, profile, n, rng) -> dict[str, np.ndarray]:
    general = rng.standard_normal(n)
    theta = {}
    for construct in _constructs(plan):
        mean = np.full(n, construct_level(region, construct))
        for effect in effects.effects_on(region, construct):
            mean += effect.shift(wave, plan.waves)
        for (variable, category), shift in PROFILE_SHIFTS.get(construct, {}).items():
            mean[profile[variable] == category] += shift
        rho = GENERAL_FACTOR.get(construct, 0.0)
        theta[construct] = mean + rho * general + math.sqrt(1 - rho**2) * rng.standard_normal(n)
    return theta


def _asked(question, region, by_code, profile, answers, n) -> np.ndarray:
    """Whom the question is asked: its region block, then its show_if by the real skip logic."""
    if question.regions is not None and region not in question.regions:
        return np.zeros(n, dtype=bool)
    if question.show_if is None:
        return np.ones(n, dtype=bool)
    source = by_code[question.show_if["question"]]
    column = profile.get(PROFILE_COLUMNS.get(source.code, ""))
    if column is None:
        column = answers[source.code]
    return _shown(question.show_if, source, column)


def _shown(show_if: dict, source: QuestionSpec, column: np.ndarray) -> np.ndarray:
    """condition_met for every respondent, decided once per distinct earlier answer."""
    shown = np.zeros(len(column), dtype=bool)
    if column.dtype == bool:  # a multiple choice: one row of chosen choices each
        offered = _choices(source)
        patterns, inverse = np.unique(column, axis=0, return_inverse=True)
        verdicts = [
            row.any() and condition_met(show_if, [offered[i] for i in np.flatnonzero(row)])
            for row in patterns
        ]
        return np.array(verdicts, dtype=bool)[inverse.reshape(-1)]
    if column.dtype == object:
        for value in set(column.tolist()) - {None}:
            shown[column == value] = condition_met(show_if, value)
        return shown
    answered = ~np.isnan(column)
    for value in np.unique(column[answered]):
        shown[column == value] = condition_met(show_if, _clean(source, value))
    return shown


def _clean(question: QuestionSpec, value: float) -> Any:
    """A stored number as the clean answer validation would give (yes/no as a bool)."""
    if question.type == QuestionType.YESNO:
        return bool(value)
    if question.type in LIKERT_POINTS:
        return int(value)
    return float(value)


def _bribery(experience, service_used, n, rng) -> tuple[np.ndarray, np.ndarray]:
    """(asked, paid) for SDG 16.5.1: one bribery event per respondent, set by the region."""
    contact = service_used != "none"
    threshold = PROBIT(NATIONAL_BRIBERY) + np.where(contact, 0.0, NO_CONTACT_SHIFT)
    event = experience + threshold > 0
    asked = event & (rng.random(n) < ASKED_GIVEN_BRIBERY)
    paid = event & (rng.random(n) < PAID_GIVEN_BRIBERY)
    asked |= event & ~paid
    return asked, paid


def _answer(question, plan, wave, region, theta, profile, n, rng) -> np.ndarray:
    kind = question.type
    model = ITEM_MODELS.get(question.code, ItemModel())
    if kind == QuestionType.MULTI:
        return _multi(question, model, profile, n, rng)
    if kind == QuestionType.SINGLE:
        offered = _choices(question)
        weights = 1.0 / np.arange(1, len(offered) + 1)
        return np.array(offered, dtype=object)[
            rng.choice(len(offered), size=n, p=weights / weights.sum())
        ]
    if kind == QuestionType.NUMBER:
        low, high = question.min_value, question.max_value
        return np.clip(low + rng.geometric(1 - TIMES_CONTINUE, size=n) - 1, low, high).astype(
            np.float64
        )
    construct = question.construct or model.follows
    loading = model.loading if model.loading is not None else LOADINGS.get(construct, 0.0)
    if construct is None:
        loading = 0.0
    sign = model.sign * (-1 if question.reverse_scored else 1)
    y = model.location + math.sqrt(1 - loading**2) * rng.standard_normal(n)
    if loading:
        y += sign * loading * theta[construct]
    for effect in effects.effects_on(region, question.code):
        y += effect.shift(wave, plan.waves)
    if kind == QuestionType.YESNO:
        return (y > 0).astype(np.float64)
    cuts = np.array(LIKERT_CUTS[LIKERT_POINTS[kind]])
    return 1.0 + (y[:, None] > cuts).sum(axis=1)


def _multi(question, model, profile, n, rng) -> np.ndarray:
    offered = _choices(question)
    rate = MULTI_CHOICE_RATE / 4 if model.marks_service else MULTI_CHOICE_RATE
    chosen = rng.random((n, len(offered))) < rate
    if model.marks_service:
        for index, service in enumerate(offered):
            chosen[profile["service_used"] == service, index] = True
    empty = ~chosen.any(axis=1)
    chosen[np.flatnonzero(empty), rng.integers(0, len(offered), size=int(empty.sum()))] = True
    return chosen


# --------------------------------------------------------------------------- rows


def response_rows(
    block: Block, wave_id: int, region_id: int, opens_at: datetime, closes_at: datetime
) -> list[dict]:
    """Rows for the response table: the profile, the UTC date (never the time), the channel."""
    opens = np.datetime64(opens_at.astimezone(UTC).replace(tzinfo=None), "s")
    span = (closes_at - opens_at).total_seconds()
    days = (opens + (block.moment * span).astype("timedelta64[s]")).astype("datetime64[D]")
    p = block.profile
    return [
        {
            "id": response_id,
            "wave_id": wave_id,
            "submitted_on": day,
            "channel": channel,
            "weight": 1.0,
            "region_id": region_id,
            "age_band": age_band,
            "sex": sex,
            "settlement": settlement,
            "respondent_group": group,
            "service_used": service,
        }
        for response_id, day, channel, age_band, sex, settlement, group, service in zip(
            block.ids,
            days.tolist(),
            block.channel.tolist(),
            p["age_band"].tolist(),
            p["sex"].tolist(),
            p["settlement"].tolist(),
            p["respondent_group"].tolist(),
            p["service_used"].tolist(),
            strict=True,
        )
    ]


def answer_rows(block: Block, questions: tuple[QuestionSpec, ...]) -> list[dict]:
    """Rows for the answer table, as surveys.validation.answer_rows writes them, by response."""
    respondent, question_id, ordinal, number, text = [], [], [], [], []
    for question in questions:
        column = block.answers.get(question.code)
        if column is None:
            continue
        if column.dtype == bool:
            rows, picked = np.nonzero(column)
            offered = np.array(_choices(question), dtype=object)
            first = np.searchsorted(rows, rows)  # rows come sorted: a row's first pick
            respondent.append(rows)
            ordinal.append(np.arange(len(rows)) - first)
            number.append(np.full(len(rows), None, dtype=object))
            text.append(offered[picked])
        elif column.dtype == object:
            rows = np.flatnonzero(column != None)  # noqa: E711 - elementwise
            values = column[rows]
            respondent.append(rows)
            ordinal.append(np.zeros(len(rows), dtype=np.int64))
            number.append(
                np.array([float(v) if NUMERIC.match(v) else None for v in values], dtype=object)
            )
            text.append(values)
        else:
            rows = np.flatnonzero(~np.isnan(column))
            respondent.append(rows)
            ordinal.append(np.zeros(len(rows), dtype=np.int64))
            number.append(column[rows].astype(object))
            text.append(np.full(len(rows), None, dtype=object))
        question_id.append(np.full(len(rows), question.id, dtype=np.int64))
    if not respondent:
        return []
    who = np.concatenate(respondent)
    order = np.argsort(who, kind="stable")  # by response, questions in their order
    return [
        {
            "response_id": block.ids[r],
            "question_id": q,
            "ordinal": o,
            "value_num": v,
            "value_text": t,
        }
        for r, q, o, v, t in zip(
            who[order].tolist(),
            np.concatenate(question_id)[order].tolist(),
            np.concatenate(ordinal)[order].tolist(),
            np.concatenate(number)[order].tolist(),
            np.concatenate(text)[order].tolist(),
            strict=True,
        )
    ]


# --------------------------------------------------------------------------- waves


@dataclass(frozen=True)
class WaveDates:
    label: str
    opens_at: datetime
    closes_at: datetime


def quarter_waves(count: int, before: datetime) -> list[WaveDates]:
    """``count`` calendar quarters (Kazakhstan time), the last ending at or before ``before``."""
    local = before.astimezone(LOCAL_TZ)
    year, quarter = local.year, (local.month - 1) // 3  # 0-based: the quarter of ``before``
    waves = []
    for _ in range(count):
        year, quarter = (year, quarter - 1) if quarter else (year - 1, 3)
        opens = datetime(year, 3 * quarter + 1, 1, tzinfo=LOCAL_TZ)
        closes = datetime(year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1, tzinfo=LOCAL_TZ)
        waves.append(
            WaveDates(f"{year}-Q{quarter + 1}", opens.astimezone(UTC), closes.astimezone(UTC))
        )
    return waves[::-1]


# --------------------------------------------------------------------------- the database


@dataclass
class SurveySimulation:
    """What a simulation wrote."""

    survey: str
    waves: list[WaveDates]
    per_wave: list[int]  # responses per wave
    responses: int = 0
    answers: int = 0
    seconds: float = 0.0


def instrument_of(survey: Survey) -> Instrument:
    return Instrument.of(survey, region_table())


def check_request(waves: int, responses: int, seed: int, regions: int) -> None:
    """Refuse sizes the simulation cannot honour, before anything is read or written."""
    if waves < 2:
        raise SimulationError("at least 2 waves are needed: a change needs a before and an after")
    if waves > MAX_WAVES:
        raise SimulationError(f"at most {MAX_WAVES} waves (ten years of quarters)")
    if responses < regions:
        raise SimulationError(
            f"{responses} responses cannot cover the {regions} regions: give at least {regions}"
        )
    if seed < 0:
        raise SimulationError("the seed must be 0 or more")


def simulated_waves(survey_id: int | None = None) -> list[Wave]:
    query = select(Wave).where(Wave.simulated.is_(True)).order_by(Wave.survey_id, Wave.opens_at)
    if survey_id is not None:
        query = query.where(Wave.survey_id == survey_id)
    return list(db.session.execute(query).scalars())


def real_responses(survey_id: int) -> int:
    return db.session.execute(
        select(func.count())
        .select_from(Response)
        .join(Wave, Wave.id == Response.wave_id)
        .where(Wave.survey_id == survey_id, Wave.simulated.is_(False))
    ).scalar_one()


def simulate_survey(
    slug: str,
    waves: int,
    responses: int,
    seed: int,
    *,
    force: bool = False,
    population: Population | None = None,
    now: datetime | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> SurveySimulation:
    """Write ``waves`` closed, simulated quarterly waves with ``responses`` responses in all.

    The waves end before the survey's first existing wave (or now). Everything is checked
    before the first row is written; the caller commits (or rolls back). ``progress(label,
    responses)`` is called after each wave.
    """
    population = population or demo_population()
    check_request(waves, responses, seed, len(population.regions))
    try:
        survey = survey_by_slug(slug)
    except SurveyError as error:
        raise SimulationError(str(error)) from None
    if existing := simulated_waves(survey.id):
        raise SimulationError(
            f"survey {slug!r} already has {len(existing)} simulated waves; remove them first "
            "with `flask demo simulate --clear`"
        )
    if not force and (count := real_responses(survey.id)):
        raise SimulationError(
            f"survey {slug!r} already has {count} real responses; simulated waves would sit "
            "beside them. Add --force to simulate anyway"
        )
    region_ids = dict(db.session.execute(select(Region.code, Region.id)).all())
    if missing := sorted(set(population.regions) - set(region_ids)):
        raise SimulationError(f"regions missing from the database: {', '.join(missing)}")
    anchor = min([w.opens_at for w in survey.waves] + [now or utcnow()])
    dates = quarter_waves(waves, anchor)
    if taken := {w.label for w in survey.waves} & {d.label for d in dates}:
        raise SimulationError(f"survey {slug!r} already has waves labelled {sorted(taken)}")
    plan = make_plan(instrument_of(survey), population, waves, responses, seed)
    started = perf_counter()
    wave_rows = [
        Wave(survey=survey, label=d.label, opens_at=d.opens_at, closes_at=d.closes_at,
             simulated=True)
        for d in dates
    ]  # fmt: skip
    db.session.add_all(wave_rows)
    db.session.flush()
    report = SurveySimulation(slug, dates, [int(n) for n in plan.counts.sum(axis=1)])
    connection = db.session.connection()
    refresh_at = STATISTICS_FIRST
    for block in blocks(plan):
        wave = wave_rows[block.wave]
        rows = response_rows(
            block, wave.id, region_ids[block.region], wave.opens_at, wave.closes_at
        )
        connection.execute(insert(Response.__table__), rows)
        if report.responses + len(rows) >= refresh_at:  # 1,000, 2,000, 4,000, ... responses
            refresh_statistics(connection, "response")
            refresh_at *= 2
        answers = answer_rows(block, plan.questions)
        for start in range(0, len(answers), INSERT_ROWS):
            connection.execute(insert(Answer.__table__), answers[start : start + INSERT_ROWS])
        report.responses += len(rows)
        report.answers += len(answers)
        if progress is not None and report.responses == sum(report.per_wave[: block.wave + 1]):
            progress(wave.label, report.per_wave[block.wave])
    refresh_statistics(connection, "response", "answer")
    report.seconds = perf_counter() - started
    return report


def refresh_statistics(connection, *tables: str) -> None:
    """ANALYZE on PostgreSQL, as its manual advises after bulk inserts. SQLite needs nothing.

    PostgreSQL plans a foreign-key check once per session and keeps the plan until the
    table's statistics change: planned while they say the table is nearly empty, every check
    scans the whole table, and loading answers takes quadratic time.
    """
    if connection.dialect.name == "postgresql":
        quote = connection.dialect.identifier_preparer.quote
        for table in tables:
            connection.execute(text(f"ANALYZE {quote(table)}"))


def clear_simulated_waves() -> tuple[int, int]:
    """Delete every simulated wave and its responses (the caller commits). (waves, responses)"""
    waves = simulated_waves()
    if not waves:
        return 0, 0
    ids = [wave.id for wave in waves]
    in_waves = select(Response.id).where(Response.wave_id.in_(ids))
    responses = db.session.execute(
        select(func.count()).select_from(Response).where(Response.wave_id.in_(ids))
    ).scalar_one()
    db.session.execute(delete(Answer).where(Answer.response_id.in_(in_waves)))
    db.session.execute(delete(Response).where(Response.wave_id.in_(ids)))
    for wave in waves:
        db.session.delete(wave)
    return len(waves), responses
