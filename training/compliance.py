"""Compliance: who must take which module, who has, who is overdue, by region and organisation.

One row per person and assigned published module, with what My learning shows them
(``training.my_learning.learning_item``): started, completed, overdue, due soon, expiring.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime

from flask import current_app
from sqlalchemy.orm import selectinload

from accounts.models import Region, User
from extensions import db
from localization import LOCAL_TZ, localized, utcnow
from training.assignments import assignment_terms
from training.models import Assignment, Attempt, Enrollment, Module
from training.my_learning import LearningItem, learning_item
from training.progress import progress_of

STATUS_FILTERS = ("overdue", "due_soon", "not_started", "started", "completed", "expiring")


@dataclass
class ComplianceRow:
    """One person and one module assigned to them, with where they stand."""

    user: User
    item: LearningItem

    def __getattr__(self, name):  # module, status, certificate, overdue, due_soon, expiring...
        return getattr(self.item, name)

    @property
    def due_on(self) -> date:
        return self.item.terms.due_on

    def matches(self, status: str | None) -> bool:
        if status in (None, ""):
            return True
        if status == "not_started":
            return not (self.started or self.completed)
        return bool(getattr(self, status))


@dataclass
class ComplianceGroup:
    region: Region | None
    organisation: str | None
    people: set = field(default_factory=set)
    assigned: int = 0
    started: int = 0
    completed: int = 0
    overdue: int = 0
    due_soon: int = 0
    expiring: int = 0

    def add(self, row: ComplianceRow) -> None:
        self.people.add(row.user.id)
        self.assigned += 1
        self.started += row.started
        self.completed += row.completed
        self.overdue += row.overdue
        self.due_soon += row.due_soon
        self.expiring += row.expiring


def expiry_notice_days() -> int:
    return int(current_app.config["TRAINING_EXPIRY_NOTICE_DAYS"])


def compliance_rows(
    region_id: int | None = None,
    organisation: str | None = None,
    module_id: int | None = None,
    now: datetime | None = None,
) -> list[ComplianceRow]:
    """Every active person's assigned published modules, filtered; a few queries in all."""
    now = now or utcnow()
    query = db.select(User).where(User.active.is_(True)).options(selectinload(User.region))
    if region_id is not None:
        query = query.filter_by(region_id=region_id)
    users = list(db.session.execute(query).scalars())
    if organisation:
        wanted = organisation.strip().casefold()
        users = [u for u in users if (u.organisation or "").strip().casefold() == wanted]
    modules = {
        module.id: module
        for module in db.session.execute(
            db.select(Module).filter_by(published=True).options(selectinload(Module.lessons))
        ).scalars()
        if module_id is None or module.id == module_id
    }
    assignments = [
        assignment
        for assignment in db.session.execute(db.select(Assignment)).scalars()
        if assignment.module_id in modules
    ]
    latest = _latest_enrollments({user.id for user in users}, set(modules))
    rows = []
    for user in users:
        for module_id_, terms in assignment_terms(user, assignments).items():
            module = modules[module_id_]
            progress = progress_of(module, latest.get((user.id, module.id)), now)
            rows.append(ComplianceRow(user, learning_item(module, terms, progress, now)))
    return sorted(rows, key=lambda row: (row.user.full_name.casefold(), row.due_on))


def _latest_enrollments(user_ids: set[int], module_ids: set[int]) -> dict:
    """(user id, module id) → that learner's latest enrolment, with attempts and lessons read."""
    if not user_ids or not module_ids:
        return {}
    query = (
        db.select(Enrollment)
        .where(Enrollment.module_id.in_(module_ids))
        .options(
            selectinload(Enrollment.attempts).selectinload(Attempt.certificate),
            selectinload(Enrollment.lessons_done),
        )
        .order_by(Enrollment.cycle)
    )
    latest = {}
    for enrollment in db.session.execute(query).scalars():
        if enrollment.user_id in user_ids:
            latest[(enrollment.user_id, enrollment.module_id)] = enrollment
    return latest


def summarise(rows: list[ComplianceRow]) -> tuple[list[ComplianceGroup], ComplianceGroup]:
    """Counts per region and organisation (regions by name, then organisations), and in all."""
    groups: dict[tuple, ComplianceGroup] = {}
    total = ComplianceGroup(None, None)
    for row in rows:
        organisation = (row.user.organisation or "").strip() or None
        key = (row.user.region_id, (organisation or "").casefold())
        group = groups.setdefault(key, ComplianceGroup(row.user.region, organisation))
        group.add(row)
        total.add(row)
    ordered = sorted(
        groups.values(),
        key=lambda g: (g.region is None, g.region.name if g.region else "", g.organisation or ""),
    )
    return ordered, total


def organisations(region_id: int | None = None) -> list[str]:
    """The organisations people belong to (in scope), once each, in order."""
    query = db.select(User.organisation).where(User.organisation.is_not(None)).distinct()
    if region_id is not None:
        query = query.where(User.region_id == region_id)
    names = {}
    for name in db.session.execute(query).scalars():
        names.setdefault(name.strip().casefold(), name.strip())
    return sorted(names.values(), key=str.casefold)


# ------------------------------------------------------------------------------ downloads


def summary_table(groups, total, headers: dict) -> list[list]:
    """The summary as rows of cells, the header first and the total last."""
    keys = ("people", "assigned", "started", "completed", "overdue", "due_soon", "expiring")
    table = [[headers["region"], headers["organisation"], *(headers[k] for k in keys)]]
    for group in [*groups, total]:
        region = localized(group.region.names) if group.region else headers["none"]
        if group is total:
            region = headers["total"]
        organisation = group.organisation or ("" if group is total else headers["none"])
        numbers = [len(group.people), *(getattr(group, k) for k in keys[1:])]
        table.append([region, organisation, *numbers])
    return table


def people_table(rows: list[ComplianceRow], headers: dict, status_label) -> list[list]:
    table = [
        [
            headers[k]
            for k in ("name", "email", "region", "organisation", "module", "due_on", "status",
                      "valid_until")
        ]
    ]  # fmt: skip
    for row in rows:
        until = row.certificate.valid_until if row.certificate else None
        table.append(
            [
                row.user.full_name,
                row.user.email,
                localized(row.user.region.names) if row.user.region else "",
                row.user.organisation or "",
                localized(row.module.title),
                row.due_on,
                status_label(row),
                until.astimezone(LOCAL_TZ).date() if until and row.completed else None,
            ]
        )
    return table


def csv_bytes(table: list[list]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Kazakh letters; dates as YYYY-MM-DD."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in table:
        writer.writerow(["" if cell is None else _text(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _text(cell) -> str:
    return cell.isoformat() if isinstance(cell, date) else str(cell)


def xlsx_bytes(sheets: list[tuple[str, list[list]]]) -> bytes:
    """An Excel workbook (XlsxWriter), one sheet per table: a bold, frozen header row; dates
    as dates; numbers as numbers."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "remove_timezone": True})
    bold = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for name, table in sheets:
        sheet = workbook.add_worksheet(name[:31])
        widths = [len(str(cell)) for cell in table[0]]
        for row_number, row in enumerate(table):
            for column, cell in enumerate(row):
                if row_number == 0:
                    sheet.write_string(0, column, str(cell), bold)
                elif isinstance(cell, date):
                    sheet.write_datetime(row_number, column, cell, day)
                elif cell is None:
                    sheet.write_blank(row_number, column, None)
                elif isinstance(cell, int | float):
                    sheet.write_number(row_number, column, cell)
                else:
                    sheet.write_string(row_number, column, str(cell))
                widths[column] = max(widths[column], len(_text(cell)) if cell is not None else 0)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, min(max(width + 2, 8), 60))
        sheet.freeze_panes(1, 1)
    workbook.close()
    return buffer.getvalue()


def people_by_status(rows: list[ComplianceRow], status: str | None) -> list[ComplianceRow]:
    return [row for row in rows if row.matches(status)]
