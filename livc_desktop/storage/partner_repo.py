"""Partners, their contacts/trainings/roles/tables, sectors and the support directory.

The list loads with a fixed number of queries whatever the number of partners (no query
per row): partners, roles, tables, contacts, each read in one pass."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from livc_desktop.domain.partners import (
    Contact,
    Participation,
    Partner,
    PartnerRow,
    PartnerStatus,
    Role,
    Secrecy,
    SectorEntry,
    SupportKind,
    SupportOrganisation,
    Training,
    TrainingState,
)
from livc_desktop.storage.connection import Register

# The partner's own parts: they go with it (ON DELETE CASCADE) and do not count as
# "something refers to this partner".
OWN_TABLES = frozenset(
    {"partner", "partner_role", "partner_table", "partner_contact", "partner_training"}
)
# Rows of other tables pointing at one of these make the partner "in use".
REFERABLE = ("partner", "partner_contact", "partner_training")


def now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def today() -> str:
    return dt.date.today().isoformat()


def _role(value: str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None


class PartnerRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    # -- list ------------------------------------------------------------------------
    def list_rows(self) -> list[PartnerRow]:
        roles: dict[int, set[Role]] = defaultdict(set)
        for pid, value in self._r.conn.execute("SELECT partner_id, role FROM partner_role"):
            role = _role(value)
            if role is not None:
                roles[pid].add(role)
        tables: dict[int, set[str]] = defaultdict(set)
        for pid, value in self._r.conn.execute("SELECT partner_id, table_kind FROM partner_table"):
            tables[pid].add(value)
        names: dict[int, list[str]] = defaultdict(list)
        cleared: set[int] = set()
        for pid, name, clearance, status in self._r.conn.execute(
            "SELECT partner_id, name, clearance, status FROM partner_contact ORDER BY id"
        ):
            names[pid].append(name)
            if clearance and status == "active":
                cleared.add(pid)
        rows: list[PartnerRow] = []
        for r in self._r.conn.execute(
            "SELECT id, name, sector, participation, status, municipality, phone, email, "
            "notes, archived_on FROM partner ORDER BY name COLLATE NOCASE, id"
        ):
            pid = r[0]
            rows.append(
                PartnerRow(
                    id=pid,
                    name=r[1],
                    sector=r[2],
                    participation=Participation(r[3]),
                    status=PartnerStatus(r[4]),
                    municipality=r[5],
                    phone=r[6],
                    email=r[7],
                    notes=r[8],
                    roles=frozenset(roles.get(pid, ())),
                    tables=frozenset(tables.get(pid, ())),
                    contact_names=tuple(names.get(pid, ())),
                    has_cleared_contact=pid in cleared,
                    archived_on=r[9],
                )
            )
        return rows

    def name_index(self) -> dict[str, list[tuple[int, str]]]:
        """name -> [(id, name)] for every partner (callers key it as they need)."""
        out: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for pid, name in self._r.conn.execute("SELECT id, name FROM partner"):
            out[name].append((pid, name))
        return dict(out)

    # -- one partner -----------------------------------------------------------------
    def get(self, partner_id: int) -> Partner | None:
        row = self._r.conn.execute("SELECT * FROM partner WHERE id = ?", (partner_id,)).fetchone()
        if row is None:
            return None
        partner = Partner(
            id=row["id"],
            name=row["name"],
            sector=row["sector"],
            address=row["address"],
            phone=row["phone"],
            email=row["email"],
            website=row["website"],
            municipality=row["municipality"],
            notes=row["notes"],
            participation=Participation(row["participation"]),
            secrecy=Secrecy(row["secrecy"]),
            secrecy_basis=row["secrecy_basis"],
            status=PartnerStatus(row["status"]),
            archived_on=row["archived_on"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )
        for (value,) in self._r.conn.execute(
            "SELECT role FROM partner_role WHERE partner_id = ?", (partner_id,)
        ):
            role = _role(value)
            if role is not None:
                partner.roles.add(role)
        partner.tables = {
            v
            for (v,) in self._r.conn.execute(
                "SELECT table_kind FROM partner_table WHERE partner_id = ?", (partner_id,)
            )
        }
        partner.contacts = [
            Contact(
                id=c["id"],
                partner_id=partner_id,
                name=c["name"],
                function=c["function"],
                phone=c["phone"],
                email=c["email"],
                language=c["language"],
                clearance=bool(c["clearance"]),
                status=PartnerStatus(c["status"]),
            )
            for c in self._r.query(
                "SELECT * FROM partner_contact WHERE partner_id = ? ORDER BY id", (partner_id,)
            )
        ]
        partner.trainings = [
            Training(
                id=t["id"],
                partner_id=partner_id,
                provider=t["provider"],
                title=t["title"],
                on_date=t["on_date"],
                state=TrainingState(t["state"]),
            )
            for t in self._r.query(
                "SELECT * FROM partner_training WHERE partner_id = ? ORDER BY id", (partner_id,)
            )
        ]
        return partner

    def contacts_of(self, partner_ids: Iterable[int]) -> dict[int, list[Contact]]:
        """Contacts of several partners in one query (contact sheets, exports)."""
        wanted = set(partner_ids)
        out: dict[int, list[Contact]] = defaultdict(list)
        for c in self._r.query("SELECT * FROM partner_contact ORDER BY partner_id, id"):
            if c["partner_id"] in wanted:
                out[c["partner_id"]].append(
                    Contact(
                        id=c["id"],
                        partner_id=c["partner_id"],
                        name=c["name"],
                        function=c["function"],
                        phone=c["phone"],
                        email=c["email"],
                        language=c["language"],
                        clearance=bool(c["clearance"]),
                        status=PartnerStatus(c["status"]),
                    )
                )
        return dict(out)

    def save(self, partner: Partner) -> int:
        """Insert or update the partner with its roles, tables, contacts and trainings
        (inside the caller's transaction or its own). Contacts/trainings dropped from the
        partner are deleted, or archived when another table refers to them."""
        stamp = now()
        fields = (
            partner.name,
            partner.sector,
            partner.address,
            partner.phone,
            partner.email,
            partner.website,
            partner.municipality,
            partner.notes,
            partner.participation.value,
            partner.secrecy.value,
            partner.secrecy_basis,
            partner.status.value,
            partner.archived_on,
        )
        with self._r.transaction() as conn:
            if partner.id is None:
                cur = conn.execute(
                    "INSERT INTO partner(name, sector, address, phone, email, website, "
                    "municipality, notes, participation, secrecy, secrecy_basis, "
                    "status, archived_on, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*fields, stamp, stamp),
                )
                partner.id = int(cur.lastrowid)
                partner.created_at = stamp
            else:
                conn.execute(
                    "UPDATE partner SET name = ?, sector = ?, address = ?, phone = ?, "
                    "email = ?, website = ?, municipality = ?, notes = ?, participation = ?, "
                    "secrecy = ?, secrecy_basis = ?, status = ?, "
                    "archived_on = ?, updated_at = ? WHERE id = ?",
                    (*fields, stamp, partner.id),
                )
            partner.updated_at = stamp
            pid = partner.id
            conn.execute("DELETE FROM partner_role WHERE partner_id = ?", (pid,))
            conn.executemany(
                "INSERT INTO partner_role(partner_id, role) VALUES (?, ?)",
                [(pid, r.value) for r in sorted(partner.roles)],
            )
            conn.execute("DELETE FROM partner_table WHERE partner_id = ?", (pid,))
            conn.executemany(
                "INSERT INTO partner_table(partner_id, table_kind) VALUES (?, ?)",
                [(pid, t) for t in sorted(partner.tables)],
            )
            self._save_contacts(conn, pid, partner.contacts, stamp)
            self._save_trainings(conn, pid, partner.trainings)
        return pid

    def _save_contacts(self, conn: Any, pid: int, contacts: list[Contact], stamp: str) -> None:
        kept: set[int] = set()
        for c in contacts:
            values = (
                c.name,
                c.function,
                c.phone,
                c.email,
                c.language,
                1 if c.clearance else 0,
                c.status.value,
            )
            if c.id is None:
                cur = conn.execute(
                    "INSERT INTO partner_contact(partner_id, name, function, phone, email, "
                    "language, clearance, status, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (pid, *values, stamp, stamp),
                )
                c.id = int(cur.lastrowid)
            else:
                conn.execute(
                    "UPDATE partner_contact SET name = ?, function = ?, phone = ?, email = ?, "
                    "language = ?, clearance = ?, status = ?, updated_at = ? "
                    "WHERE id = ? AND partner_id = ?",
                    (*values, stamp, c.id, pid),
                )
            c.partner_id = pid
            kept.add(c.id)
        for (cid,) in conn.execute(
            "SELECT id FROM partner_contact WHERE partner_id = ?", (pid,)
        ).fetchall():
            if cid in kept:
                continue
            if self.references_to("partner_contact", [cid]):
                conn.execute(
                    "UPDATE partner_contact SET status = 'archived', updated_at = ? WHERE id = ?",
                    (stamp, cid),
                )
            else:
                conn.execute("DELETE FROM partner_contact WHERE id = ?", (cid,))

    def _save_trainings(self, conn: Any, pid: int, trainings: list[Training]) -> None:
        kept: set[int] = set()
        for t in trainings:
            values = (t.provider, t.title, t.on_date, t.state.value)
            if t.id is None:
                cur = conn.execute(
                    "INSERT INTO partner_training(partner_id, provider, title, on_date, state) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (pid, *values),
                )
                t.id = int(cur.lastrowid)
            else:
                conn.execute(
                    "UPDATE partner_training SET provider = ?, title = ?, on_date = ?, "
                    "state = ? WHERE id = ? AND partner_id = ?",
                    (*values, t.id, pid),
                )
            t.partner_id = pid
            kept.add(t.id)
        for (tid,) in conn.execute(
            "SELECT id FROM partner_training WHERE partner_id = ?", (pid,)
        ).fetchall():
            if tid not in kept:
                conn.execute("DELETE FROM partner_training WHERE id = ?", (tid,))

    def set_status(self, partner_id: int, status: PartnerStatus) -> None:
        with self._r.transaction() as conn:
            conn.execute(
                "UPDATE partner SET status = ?, archived_on = ?, updated_at = ? WHERE id = ?",
                (
                    status.value,
                    today() if status is PartnerStatus.ARCHIVED else None,
                    now(),
                    partner_id,
                ),
            )

    def delete(self, partner_id: int) -> None:
        with self._r.transaction() as conn:
            conn.execute("DELETE FROM partner WHERE id = ?", (partner_id,))

    def exists(self, partner_id: int) -> bool:
        return self._r.scalar("SELECT 1 FROM partner WHERE id = ?", (partner_id,)) is not None

    # -- what refers to a partner ----------------------------------------------------
    def _foreign_keys(self) -> list[tuple[str, str, str]]:
        """(table, column, target table) for every foreign key of every other table:
        read from the schema, so tables added by later features count automatically."""
        found: list[tuple[str, str, str]] = []
        for table in self._r.table_names():
            if table in OWN_TABLES:
                continue
            for fk in self._r.query(f'PRAGMA foreign_key_list("{table}")'):
                if fk["table"] in REFERABLE:
                    found.append((table, fk["from"], fk["table"]))
        return found

    def references_to(self, target: str, ids: list[int]) -> dict[str, int]:
        if not ids:
            return {}
        counts: dict[str, int] = {}
        marks = ",".join("?" * len(ids))
        for table, column, to in self._foreign_keys():
            if to != target:
                continue
            n = int(
                self._r.scalar(f'SELECT count(*) FROM "{table}" WHERE "{column}" IN ({marks})', ids)
            )
            if n:
                counts[table] = counts.get(table, 0) + n
        return counts

    def references(self, partner_id: int) -> dict[str, int]:
        """Table -> number of rows elsewhere in the register that point at this partner,
        its contacts or its trainings. Empty means the partner may be deleted."""
        counts = self.references_to("partner", [partner_id])
        for target, child in (
            ("partner_contact", "partner_contact"),
            ("partner_training", "partner_training"),
        ):
            ids = [
                int(r[0])
                for r in self._r.query(
                    f"SELECT id FROM {child} WHERE partner_id = ?", (partner_id,)
                )
            ]
            for table, n in self.references_to(target, ids).items():
                counts[table] = counts.get(table, 0) + n
        return counts

    # -- sectors ---------------------------------------------------------------------
    def sectors(self) -> list[SectorEntry]:
        return [
            SectorEntry(r["code"], r["label"], bool(r["builtin"]), bool(r["active"]))
            for r in self._r.query("SELECT * FROM sector ORDER BY position, code")
        ]

    def add_sector(self, code: str, label: str) -> None:
        with self._r.transaction() as conn:
            position = int(self._r.scalar("SELECT coalesce(max(position), 0) + 1 FROM sector"))
            conn.execute(
                "INSERT INTO sector(code, label, active, builtin, position) VALUES (?, ?, 1, 0, ?)",
                (code, label, position),
            )

    def update_sector(self, code: str, label: str | None, active: bool) -> None:
        with self._r.transaction() as conn:
            if label is not None:
                conn.execute(
                    "UPDATE sector SET label = ? WHERE code = ? AND builtin = 0", (label, code)
                )
            conn.execute("UPDATE sector SET active = ? WHERE code = ?", (1 if active else 0, code))

    def sector_in_use(self, code: str) -> int:
        return int(self._r.scalar("SELECT count(*) FROM partner WHERE sector = ?", (code,)))

    def delete_sector(self, code: str) -> None:
        with self._r.transaction() as conn:
            conn.execute("DELETE FROM sector WHERE code = ? AND builtin = 0", (code,))

    # -- support directory -----------------------------------------------------------
    def support_entries(self) -> list[SupportOrganisation]:
        out: list[SupportOrganisation] = []
        for r in self._r.query("SELECT * FROM support_organisation ORDER BY kind, name"):
            try:
                kind = SupportKind(r["kind"])
            except ValueError:
                kind = SupportKind.OTHER
            out.append(
                SupportOrganisation(
                    id=r["id"],
                    kind=kind,
                    name=r["name"],
                    description=r["description"],
                    website=r["website"],
                    email=r["email"],
                    phone=r["phone"],
                    source=r["source"],
                    source_date=r["source_date"],
                    verified_on=r["verified_on"],
                )
            )
        return out

    def save_support(self, entry: SupportOrganisation) -> int:
        values = (
            entry.kind.value,
            entry.name,
            entry.description,
            entry.website,
            entry.email,
            entry.phone,
            entry.verified_on,
            now(),
        )
        with self._r.transaction() as conn:
            if entry.id is None:
                cur = conn.execute(
                    "INSERT INTO support_organisation(kind, name, description, website, email, "
                    "phone, verified_on, updated_at, source, source_date) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', NULL)",
                    values,
                )
                entry.id = int(cur.lastrowid)
            else:
                conn.execute(
                    "UPDATE support_organisation SET kind = ?, name = ?, description = ?, "
                    "website = ?, email = ?, phone = ?, verified_on = ?, updated_at = ? "
                    "WHERE id = ?",
                    (*values, entry.id),
                )
        return entry.id

    def delete_support(self, entry_id: int) -> None:
        with self._r.transaction() as conn:
            conn.execute("DELETE FROM support_organisation WHERE id = ?", (entry_id,))
