"""What trends keeps: population tables for weighting, each wave's weighting, and the sums closed
waves produce (a cache dropped when its wave's stamp changes: see trends.cache)."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from database import UTCDateTime
from extensions import db
from localization import utcnow


class PopulationTable(db.Model):
    """A population table an admin uploaded (CSV as in simulation/population.csv); the newest
    is the one raking uses."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None]
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)  # the CSV as uploaded, validated


class WaveWeighting(db.Model):
    """How a wave's responses were last weighted: raked to a population table, or why not."""

    wave_id: Mapped[int] = mapped_column(
        ForeignKey("wave.id", ondelete="CASCADE"), primary_key=True
    )
    population_id: Mapped[int | None] = mapped_column(
        ForeignKey("population_table.id", ondelete="SET NULL")
    )
    version: Mapped[str] = mapped_column(String(32))  # new at every raking
    weighted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    responses: Mapped[int]
    design_effect: Mapped[float | None]
    problem: Mapped[str | None] = mapped_column(Text)  # raking failed: weights are 1


class WaveFigures(db.Model):
    """The cached sums of one closed wave are valid while ``stamp`` is the wave's stamp."""

    wave_id: Mapped[int] = mapped_column(
        ForeignKey("wave.id", ondelete="CASCADE"), primary_key=True
    )
    stamp: Mapped[str] = mapped_column(String(64))
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    responses: Mapped[int]
    # Cronbach's alpha (national, complete cases) per index indicator id; None: undefined.
    alphas: Mapped[dict] = mapped_column(JSON, default=dict)


class IndicatorSums(db.Model):
    """n and the weighted and unweighted sums of one indicator in a wave × region × breakdown
    cell: enough for its estimate, SE and CI (trends.stats.weighted_means_from_sums)."""

    __table_args__ = (Index("ix_indicator_sums_wave_indicator", "wave_id", "indicator"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("wave.id", ondelete="CASCADE"))
    indicator: Mapped[str] = mapped_column(String(80))
    # None: the whole country (every respondent pooled).
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    breakdown: Mapped[str] = mapped_column(String(20))  # "" for the region's total
    category: Mapped[str] = mapped_column(String(40))  # "" for the total; "~": not stated
    # Why the figure is never published (trends.suppression), or None: it may be.
    withheld: Mapped[str | None] = mapped_column(String(16))
    n: Mapped[int]
    sw: Mapped[float]
    swy: Mapped[float]
    sww: Mapped[float]
    swwy: Mapped[float]
    swwyy: Mapped[float]
    sy: Mapped[float]
    syy: Mapped[float]
