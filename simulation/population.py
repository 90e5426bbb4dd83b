"""The population table: adults by region and sex, age band and settlement (margins).

The demo table (population.csv, approximate, see its header and docs/simulation.md) sizes the
simulated regions, gives the simulated profiles their real-looking margins, and is what raking
brings weighted samples back to. The format is one row per region, variable and category::

    # source: ...          (optional metadata lines: "# key: value")
    region,variable,category,population
    KZ-35,sex,female,456700

Within a region every variable's categories add up to the same total (its adults).
"""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flask_babel import lazy_gettext as _l

from surveys.profile import profile_questions

DEMO_TABLE = Path(__file__).with_name("population.csv")
COLUMNS = ("region", "variable", "category", "population")
VARIABLES = ("sex", "age_band", "settlement")  # profile questions, and Response columns


@cache
def categories() -> dict[str, tuple[str, ...]]:
    """Each variable's categories: the answers its profile question offers."""
    specs = profile_questions(VARIABLES)
    return {
        spec["code"]: tuple(str(choice["value"]) for choice in spec["choices"]) for spec in specs
    }


class PopulationError(ValueError):
    """A population table that cannot be used; the message lists every problem found."""

    def __init__(self, problems: list):
        self.problems = problems  # each a sentence, in the reader's language when shown
        super().__init__(" ".join(str(problem) for problem in problems))


@dataclass(frozen=True)
class Population:
    """Adults per region, variable and category, with where the figures come from."""

    counts: dict[str, dict[str, dict[str, int]]]  # region -> variable -> category -> adults
    source: str
    year: int | None
    approximate: bool

    @property
    def regions(self) -> tuple[str, ...]:
        return tuple(sorted(self.counts))

    def adults(self, region: str) -> int:
        return sum(self.counts[region]["sex"].values())

    def region_totals(self) -> dict[str, int]:
        return {region: self.adults(region) for region in self.regions}

    def shares(self, region: str, variable: str) -> dict[str, float]:
        """Each category's share of the region's adults (0 for a category it lacks)."""
        counts = self.counts[region][variable]
        total = sum(counts.values())
        return {category: counts.get(category, 0) / total for category in categories()[variable]}

    def margin(self, variable: str) -> dict[str, int]:
        """National adults per category of ``variable`` (``"region"`` gives the regions)."""
        if variable == "region":
            return self.region_totals()
        totals: dict[str, int] = defaultdict(int)
        for region in self.regions:
            for category, count in self.counts[region][variable].items():
                totals[category] += count
        return {c: totals[c] for c in categories()[variable] if totals[c]}


def read_population(text: str, regions: tuple[str, ...] | None = None) -> Population:
    """Parse a population table; ``regions``, when given, are the codes it must cover exactly."""
    metadata: dict[str, str] = {}
    lines = []
    for line in text.lstrip("\ufeff").splitlines():
        if line.startswith("#"):
            key, colon, value = line[1:].partition(":")
            if colon:
                metadata[key.strip().lower()] = value.strip()
        elif line.strip():
            lines.append(line)
    problems: list[str] = []
    allowed = categories()
    counts: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise PopulationError([_l("The first line must be %(header)s.", header=",".join(COLUMNS))])
    for number, row in enumerate(reader, start=2):
        region, variable, category = (row[c].strip() for c in COLUMNS[:3])
        if variable not in allowed:
            problems.append(
                _l(
                    "Line %(line)s: the variable “%(variable)s” is not one of %(known)s.",
                    line=number,
                    variable=variable,
                    known=", ".join(allowed),
                )
            )
            continue
        if category not in allowed[variable]:
            problems.append(
                _l(
                    "Line %(line)s: “%(category)s” is not a category of %(variable)s (%(known)s).",
                    line=number,
                    category=category,
                    variable=variable,
                    known=", ".join(allowed[variable]),
                )
            )
            continue
        value = (row["population"] or "").strip()
        if not value.isascii() or not value.isdigit():
            problems.append(
                _l(
                    "Line %(line)s: the population “%(value)s” is not a whole number of people.",
                    line=number,
                    value=value,
                )
            )
            continue
        if category in counts[region][variable]:
            problems.append(
                _l(
                    "Line %(line)s: %(region)s %(variable)s %(category)s is already on an "
                    "earlier line.",
                    line=number,
                    region=region,
                    variable=variable,
                    category=category,
                )
            )
            continue
        counts[region][variable][category] = int(value)
    for region, variables in sorted(counts.items()):
        if missing := [v for v in VARIABLES if v not in variables]:
            problems.append(
                _l(
                    "%(region)s: there are no lines for %(variables)s.",
                    region=region,
                    variables=", ".join(missing),
                )
            )
            continue
        totals = {variable: sum(variables[variable].values()) for variable in VARIABLES}
        if len(set(totals.values())) != 1:
            shown = ", ".join(f"{variable} {total}" for variable, total in totals.items())
            problems.append(
                _l(
                    "%(region)s: the margins do not add up to one total (%(totals)s).",
                    region=region,
                    totals=shown,
                )
            )
        elif not totals["sex"]:
            problems.append(_l("%(region)s: the table gives it no adults.", region=region))
    if regions is not None:
        if missing := sorted(set(regions) - set(counts)):
            problems.append(
                _l("These regions are missing: %(regions)s.", regions=", ".join(missing))
            )
        if unknown := sorted(set(counts) - set(regions)):
            problems.append(
                _l("These region codes are unknown: %(regions)s.", regions=", ".join(unknown))
            )
    if problems:
        raise PopulationError(problems)
    year = metadata.get("year", "")
    return Population(
        counts={r: {v: dict(c) for v, c in variables.items()} for r, variables in counts.items()},
        source=metadata.get("source", ""),
        year=int(year) if year.isdigit() else None,
        approximate=metadata.get("approximate", "").lower() in ("yes", "true"),
    )


def demo_population() -> Population:
    """The demo table shipped with Adal (approximate)."""
    from accounts.regions import REGIONS

    return read_population(
        DEMO_TABLE.read_text(encoding="utf-8"), tuple(code for code, *_ in REGIONS)
    )
