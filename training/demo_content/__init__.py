"""The demo modules: one file per module defining ``MODULE = {...}`` (pure data).

``MODULES`` collects every module file present in this folder, known topics first in the
order below, so a module written later is picked up without touching this file.
"""

import importlib
import pkgutil

TOPIC_ORDER = (
    "conflict_of_interest",
    "gifts_hospitality",
    "reporting_protection",
    "everyday_corruption_services",
    "ethics_public_control",
)


def _collect() -> list[dict]:
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if info.ispkg or info.name.startswith("_"):
            continue
        data = getattr(importlib.import_module(f"{__name__}.{info.name}"), "MODULE", None)
        if isinstance(data, dict):
            modules.append(data)

    def order(data: dict) -> tuple[int, str]:
        topic = data.get("topic")
        rank = TOPIC_ORDER.index(topic) if topic in TOPIC_ORDER else len(TOPIC_ORDER)
        return rank, str(data.get("slug", ""))

    return sorted(modules, key=order)


MODULES = _collect()
