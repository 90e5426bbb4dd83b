"""Demo accounts for a first look; created only in an empty database."""

from accounts.models import Role, User
from accounts.service import create_user
from extensions import db

DEMO_PASSWORD = "adal-demo"
DEMO_ACCOUNTS = [
    ("admin@adal.example", "Адал Әкімші", Role.ADMIN, None, "Anti-Corruption Agency"),
    (
        "analyst@adal.example",
        "Аналитик Қарағанды",
        Role.ANALYST,
        "KZ-35",
        "Anti-Corruption Agency, Karaganda",
    ),
    (
        "servant@adal.example",
        "Мемлекеттік Қызметші",
        Role.CIVIL_SERVANT,
        "KZ-35",
        "Karaganda Region Akimat",
    ),
]


def load_demo_accounts() -> list[str]:
    """Create the demo accounts when there is no user yet; returns lines to print."""
    if db.session.execute(db.select(User.id).limit(1)).first() is not None:
        return []
    for email, name, role, region, organisation in DEMO_ACCOUNTS:
        create_user(email, name, role, DEMO_PASSWORD, region, organisation)
    return [f"demo accounts: {len(DEMO_ACCOUNTS)} created"]


def demo_logins() -> list[str]:
    """The demo accounts that exist, to print after start-up."""
    emails = [email for email, *_ in DEMO_ACCOUNTS]
    found = db.session.execute(
        db.select(User).where(User.email.in_(emails)).order_by(User.id)
    ).scalars()
    return [f"  {user.email:<24} {user.role:<14} password: {DEMO_PASSWORD}" for user in found]
