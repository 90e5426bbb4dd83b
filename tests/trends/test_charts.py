from types import SimpleNamespace

from trends.charts import map_tiles


def region(id, code, name):
    return SimpleNamespace(id=id, code=code, name=name)


def test_map_tiles_keep_the_kind_only_where_two_regions_would_read_alike():
    kazakh = [
        region(1, "KZ-19", "Алматы облысы"),
        region(2, "KZ-75", "Алматы"),
        region(3, "KZ-35", "Қарағанды облысы"),
    ]
    names = {t.region.code: t.name_lines for t in map_tiles(kazakh, {}, lambda value: 0)}
    assert names == {"KZ-19": ["Алматы облысы"], "KZ-75": ["Алматы"], "KZ-35": ["Қарағанды"]}
    english = [region(1, "KZ-19", "Almaty Region"), region(2, "KZ-75", "Almaty")]
    names = {t.region.code: t.name_lines for t in map_tiles(english, {}, lambda value: 0)}
    assert names == {"KZ-19": ["Almaty Region"], "KZ-75": ["Almaty"]}
