"""Reference data: the 20 regions of Kazakhstan (ISO 3166-2:KZ) in kk, ru and en."""

from accounts.models import Region
from extensions import db
from localization import collation_key, localized

# code, kind, Kazakh, Russian, English
REGIONS = [
    ("KZ-10", "oblast", "Абай облысы", "область Абай", "Abai Region"),
    ("KZ-11", "oblast", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
    ("KZ-15", "oblast", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ("KZ-19", "oblast", "Алматы облысы", "Алматинская область", "Almaty Region"),
    ("KZ-23", "oblast", "Атырау облысы", "Атырауская область", "Atyrau Region"),
    (
        "KZ-27",
        "oblast",
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan Region",
    ),
    ("KZ-31", "oblast", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
    ("KZ-33", "oblast", "Жетісу облысы", "область Жетісу", "Zhetisu Region"),
    ("KZ-35", "oblast", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    ("KZ-39", "oblast", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
    ("KZ-43", "oblast", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    ("KZ-47", "oblast", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    ("KZ-55", "oblast", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    (
        "KZ-59",
        "oblast",
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
    ),
    ("KZ-61", "oblast", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ("KZ-62", "oblast", "Ұлытау облысы", "область Ұлытау", "Ulytau Region"),
    (
        "KZ-63",
        "oblast",
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
    ),
    ("KZ-71", "city", "Астана", "Астана", "Astana"),
    ("KZ-75", "city", "Алматы", "Алматы", "Almaty"),
    ("KZ-79", "city", "Шымкент", "Шымкент", "Shymkent"),
]


def load_regions() -> tuple[int, int]:
    """Insert missing regions and refresh names of existing ones. Returns (added, updated)."""
    existing = {region.code: region for region in db.session.execute(db.select(Region)).scalars()}
    added = updated = 0
    for code, kind, kk, ru, en in REGIONS:
        names = {"kk": kk, "ru": ru, "en": en}
        region = existing.get(code)
        if region is None:
            db.session.add(Region(code=code, kind=kind, names=names))
            added += 1
        elif region.names != names or region.kind != kind:
            region.names, region.kind = names, kind
            updated += 1
    db.session.commit()
    return added, updated


def regions_in_order() -> list[Region]:
    """Every region, by name in the reader's language (Kazakh alphabetical order in kk)."""
    regions = db.session.execute(db.select(Region)).scalars()
    return sorted(regions, key=lambda region: collation_key(region.name))


_NAMES = {code: {"kk": kk, "ru": ru, "en": en} for code, _kind, kk, ru, en in REGIONS}


def region_name(code: str) -> str:
    """A region's name in the reader's language from its code, without a query."""
    names = _NAMES.get(code)
    return f"{localized(names)} ({code})" if names else code
