"""What the simulation puts into the data: regional levels and the known effects.

The tests read these tables and check that the statistics find every effect, with its sign,
and nothing in the regions and measures left flat. docs/simulation.md explains each number.
"""

from dataclasses import dataclass

CHARTER = "Сарыарқа – адалдық алаңы"  # Karaganda's charter of the project


# Step effects start at this wave (0-based) of the simulated waves: the charter is signed then.
def charter_wave(waves: int) -> int:
    return waves // 2


@dataclass(frozen=True)
class KnownEffect:
    """A change put into one region: on a construct's latent level or on one question.

    ``size`` is the whole shift on the latent (probit) scale, in standard deviations of a
    respondent's level: a ``step`` shifts every wave from the charter wave onward by it, a
    ``linear`` effect grows from nothing in the first wave to ``size`` in the last.
    """

    region: str
    target: str  # a construct (surveys.models.Construct) or a question code
    shape: str  # "step" | "linear"
    size: float
    story: str

    def shift(self, wave: int, waves: int) -> float:
        if self.shape == "step":
            return self.size if wave >= charter_wave(waves) else 0.0
        return self.size * wave / (waves - 1)

    @property
    def sign(self) -> int:
        return 1 if self.size > 0 else -1


KNOWN_EFFECTS = (
    KnownEffect(
        "KZ-35",
        "trust",
        "step",
        0.5,
        f"Karaganda signs its charter “{CHARTER}”: trust rises from that wave on.",
    ),
    KnownEffect(
        "KZ-35",
        "public_control",
        "step",
        0.5,
        "Karaganda's charter brings citizens into monitoring: public control rises with it.",
    ),
    KnownEffect(
        "KZ-23",
        "atr_fishing_informal",
        "linear",
        -1.15,
        "Atyrau moves fishing quotas and permits online: informal payments for them fall "
        "from about 45% of applicants to about 10% over the waves.",
    ),
    KnownEffect(
        "KZ-47",
        "service_quality",
        "linear",
        -0.8,
        "Mangystau's fast-growing population overloads its service centres: service quality "
        "worsens over the waves.",
    ),
)

# Per region: the share of people in contact with officials who were asked for or paid a
# bribe (SDG 16.5.1, percent), and each construct's level in standard deviations about the
# national one. Invented to be plausible, not estimates: see docs/simulation.md.
REGION_LEVELS = {
    # region: (bribery %, trust, public_control, service_quality, tolerance, awareness)
    "KZ-10": (12, 0.00, -0.05, -0.05, 0.05, -0.05),
    "KZ-11": (10, 0.05, 0.00, 0.05, -0.05, 0.00),
    "KZ-15": (13, -0.05, 0.00, 0.00, 0.05, 0.00),
    "KZ-19": (15, -0.10, -0.10, -0.10, 0.10, -0.10),
    "KZ-23": (18, -0.15, -0.05, -0.05, 0.15, -0.05),
    "KZ-27": (12, 0.00, 0.00, 0.00, 0.00, 0.00),
    "KZ-31": (17, -0.10, -0.10, -0.10, 0.15, -0.10),
    "KZ-33": (14, -0.05, -0.05, -0.05, 0.05, -0.05),
    "KZ-35": (11, -0.10, -0.10, 0.05, -0.05, 0.05),
    "KZ-39": (8, 0.10, 0.05, 0.10, -0.10, 0.05),
    "KZ-43": (16, -0.05, -0.10, -0.10, 0.10, -0.10),
    "KZ-47": (17, -0.10, -0.05, 0.05, 0.10, 0.00),
    "KZ-55": (9, 0.10, 0.05, 0.10, -0.10, 0.05),
    "KZ-59": (7, 0.15, 0.05, 0.10, -0.15, 0.00),
    "KZ-61": (20, -0.15, -0.15, -0.15, 0.20, -0.15),
    "KZ-62": (13, 0.00, -0.05, -0.05, 0.00, -0.05),
    "KZ-63": (10, 0.05, 0.00, 0.05, -0.05, 0.00),
    "KZ-71": (9, 0.15, 0.15, 0.20, -0.15, 0.20),
    "KZ-75": (11, 0.00, 0.10, 0.10, -0.10, 0.15),
    "KZ-79": (18, -0.10, -0.05, -0.05, 0.15, -0.05),
}
LEVEL_CONSTRUCTS = ("trust", "public_control", "service_quality", "tolerance", "awareness")


def bribery_level(region: str) -> float:
    """The region's SDG 16.5.1 level as a share (0..1)."""
    return REGION_LEVELS[region][0] / 100


def construct_level(region: str, construct: str) -> float:
    if construct not in LEVEL_CONSTRUCTS:
        return 0.0
    return REGION_LEVELS[region][1 + LEVEL_CONSTRUCTS.index(construct)]


def effects_on(region: str, target: str) -> list[KnownEffect]:
    return [e for e in KNOWN_EFFECTS if e.region == region and e.target == target]


# Training: each module's knowledge gain, by topic, in logits of answering a question right
# (post-test over pre-test). One module gains nothing.
KNOWLEDGE_GAINS = {
    "conflict_of_interest": 1.2,
    "gifts_hospitality": 1.0,
    "reporting_protection": 0.9,
    "everyday_corruption_services": 1.1,
    "ethics_public_control": 0.0,
}
DEFAULT_KNOWLEDGE_GAIN = 1.0  # a module whose topic is not listed


def knowledge_gain(topic: str) -> float:
    return KNOWLEDGE_GAINS.get(topic, DEFAULT_KNOWLEDGE_GAIN)
