"""Which figures are never published: small cells, and cells that published ones would give away.

A cell is (region, breakdown, category); region None is the whole country, breakdown "" the
total. Two kinds of relation tie cells together, each a total and the parts that make it up:
a region's (or the country's) total and its categories of one breakdown; the country's figure
for a category (or total) and every region's. Where exactly one member of a relation is
withheld, it could be worked back from the others, so the smallest published part is withheld
too ("complementary"); this repeats until no relation has a single withheld member.
"""

from collections import defaultdict
from collections.abc import Mapping

SMALL = "small"
COMPLEMENTARY = "complementary"

Cell = tuple[int | None, str, str]


def relations(cells: Mapping[Cell, int]) -> list[tuple[Cell, list[Cell]]]:
    """(total, parts) of every relation among the cells present."""
    by_breakdown: dict[tuple[int | None, str], list[Cell]] = defaultdict(list)
    by_category: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for cell in cells:
        region, breakdown, _category = cell
        if breakdown:
            by_breakdown[(region, breakdown)].append(cell)
        if region is not None:
            by_category[cell[1:]].append(cell)
    found = [((region, "", ""), parts) for (region, _b), parts in by_breakdown.items()]
    found += [((None, *key), parts) for key, parts in by_category.items()]
    return [(total, sorted(parts, key=str)) for total, parts in found if total in cells]


def withhold(cells: Mapping[Cell, int], min_n: int) -> dict[Cell, str]:
    """Why each withheld cell is withheld (SMALL or COMPLEMENTARY), given every cell's n."""
    withheld = {cell: SMALL for cell, n in cells.items() if n < min_n}
    ties = relations(cells)
    changed = True
    while changed:
        changed = False
        for total, parts in ties:
            members = [total, *parts]
            if sum(member in withheld for member in members) != 1:
                continue
            published = [part for part in parts if part not in withheld] or [total]
            smallest = min(published, key=lambda cell: (cells[cell], str(cell)))
            withheld[smallest] = COMPLEMENTARY
            changed = True
    return withheld
