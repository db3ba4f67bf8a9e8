"""Numbered migrations (rule 5). Never edit a migration once it has landed: add the next one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from propdesk.store.schema_version import SCHEMA_VERSION as _STATED_VERSION

MIGRATION_SET = "propdesk"
migrations = Migrations(MIGRATION_SET)


def _run(db: Database, statements: list[str]) -> None:
    # executescript() would COMMIT the migration's transaction early, so statements go one by one.
    for statement in statements:
        db.execute(statement)


@migrations(name="m0001_registry")
def m0001_registry(db: Database) -> None:
    _run(
        db,
        [
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE buildings (
                id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                entrances INTEGER NOT NULL DEFAULT 1, floors INTEGER NOT NULL DEFAULT 1,
                sort_key TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""",
            """CREATE TABLE units (
                id INTEGER PRIMARY KEY, building_id INTEGER NOT NULL REFERENCES buildings(id),
                entrance INTEGER NOT NULL, floor INTEGER NOT NULL, room TEXT NOT NULL,
                code TEXT NOT NULL UNIQUE, sort_key TEXT NOT NULL,
                area_centi_m2 INTEGER NOT NULL CHECK (area_centi_m2 >= 0),
                unit_type TEXT NOT NULL, state TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
                owner_names TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            "CREATE INDEX units_sort ON units(sort_key)",
            "CREATE INDEX units_building ON units(building_id, sort_key)",
            "CREATE INDEX units_state ON units(state, sort_key)",
            "CREATE INDEX units_owner_names ON units(owner_names, sort_key)",
            "CREATE INDEX units_area ON units(area_centi_m2, sort_key)",
            """CREATE TABLE persons (
                id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_initials TEXT NOT NULL DEFAULT '',
                id_kind TEXT NOT NULL DEFAULT '身份证', id_number TEXT NOT NULL DEFAULT '',
                mobile TEXT NOT NULL DEFAULT '', landline TEXT NOT NULL DEFAULT '',
                work_unit TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
                emergency_name TEXT NOT NULL DEFAULT '', emergency_phone TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            "CREATE INDEX persons_name ON persons(name_initials, name)",
            "CREATE INDEX persons_id_number ON persons(id_number) WHERE id_number != ''",
            """CREATE TABLE transfers (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                date TEXT NOT NULL, from_names TEXT NOT NULL, to_names TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, created_at TEXT NOT NULL)""",
            "CREATE INDEX transfers_unit ON transfers(unit_id)",
            """CREATE TABLE ownerships (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                person_id INTEGER NOT NULL REFERENCES persons(id), role TEXT NOT NULL,
                start_date TEXT NOT NULL, end_date TEXT, transfer_id INTEGER REFERENCES transfers(id),
                created_at TEXT NOT NULL)""",
            "CREATE INDEX ownerships_unit ON ownerships(unit_id, end_date)",
            "CREATE INDEX ownerships_person ON ownerships(person_id)",
            """CREATE TABLE residents (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                name TEXT NOT NULL, kind TEXT NOT NULL, relation TEXT NOT NULL DEFAULT '',
                id_number TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
                move_in_date TEXT NOT NULL DEFAULT '', move_out_date TEXT,
                note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            "CREATE INDEX residents_unit ON residents(unit_id)",
            """CREATE TABLE vehicles (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                plate TEXT NOT NULL, parking_space TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""",
            "CREATE INDEX vehicles_unit ON vehicles(unit_id)",
            # One B-tree ordered by term answers every keystroke (and costs the import one write less).
            """CREATE TABLE search_terms (
                term TEXT NOT NULL, unit_id INTEGER NOT NULL REFERENCES units(id),
                kind TEXT NOT NULL, label TEXT NOT NULL,
                PRIMARY KEY (term, unit_id, kind, label)) WITHOUT ROWID""",
            "CREATE INDEX search_terms_unit ON search_terms(unit_id)",
            """CREATE TABLE change_log (
                id INTEGER PRIMARY KEY, at TEXT NOT NULL, author TEXT NOT NULL, action TEXT NOT NULL,
                entity TEXT NOT NULL, entity_id INTEGER, unit_id INTEGER, summary TEXT NOT NULL DEFAULT '',
                before TEXT, after TEXT)""",
            "CREATE INDEX change_log_entity ON change_log(entity, entity_id)",
            "CREATE INDEX change_log_unit ON change_log(unit_id) WHERE unit_id IS NOT NULL",
            "CREATE INDEX change_log_at ON change_log(at)",
            """CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
               BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END""",
            """CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
               BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END""",
            """CREATE TABLE printed_documents (
                id INTEGER PRIMARY KEY, kind TEXT NOT NULL, doc_key TEXT NOT NULL, title TEXT NOT NULL,
                unit_id INTEGER REFERENCES units(id), printed_at TEXT NOT NULL,
                printed_by TEXT NOT NULL, sha256 TEXT NOT NULL, pdf BLOB NOT NULL)""",
            "CREATE INDEX printed_documents_unit ON printed_documents(unit_id, printed_at)",
            """CREATE TRIGGER printed_documents_no_update BEFORE UPDATE ON printed_documents
               BEGIN SELECT RAISE(ABORT, 'printed documents are kept as printed'); END""",
            """CREATE TRIGGER printed_documents_no_delete BEFORE DELETE ON printed_documents
               BEGIN SELECT RAISE(ABORT, 'printed documents are kept as printed'); END""",
        ],
    )


@migrations(name="m0002_users")
def m0002_users(db: Database) -> None:
    _run(
        db,
        [
            """CREATE TABLE users (
                id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE COLLATE NOCASE, display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL, roles TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,
                failed_count INTEGER NOT NULL DEFAULT 0, locked_until TEXT,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        ],
    )


@migrations(name="m0003_fees_and_bills")
def m0003_fees_and_bills(db: Database) -> None:
    _run(
        db,
        [
            # When a unit's monthly fees start (set at handover/move-in); NULL: from its first billed month.
            "ALTER TABLE units ADD COLUMN billing_from TEXT",
            """CREATE TABLE fee_items (
                id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
                unit_label TEXT NOT NULL DEFAULT '', unit_types TEXT NOT NULL DEFAULT '',
                vacant_percent INTEGER NOT NULL DEFAULT 100 CHECK (vacant_percent BETWEEN 0 AND 100),
                active INTEGER NOT NULL DEFAULT 1, sort_order INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)""",
            # A price is exact decimal text (0.538 元/度 is finer than a 分); a new price is a new row from a month.
            """CREATE TABLE fee_rates (
                id INTEGER PRIMARY KEY, fee_item_id INTEGER NOT NULL REFERENCES fee_items(id),
                effective_from TEXT NOT NULL, unit_price TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,
                UNIQUE (fee_item_id, effective_from))""",
            # One line owed by one unit for one item and period; generating a month twice adds nothing.
            """CREATE TABLE bills (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                fee_item_id INTEGER NOT NULL REFERENCES fee_items(id), period TEXT,
                description TEXT NOT NULL, quantity TEXT NOT NULL, unit_price TEXT NOT NULL, months TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0), due_date TEXT NOT NULL,
                author TEXT NOT NULL, created_at TEXT NOT NULL,
                UNIQUE (unit_id, fee_item_id, period))""",
            "CREATE INDEX bills_period ON bills(period, fee_item_id)",
        ],
    )


@migrations(name="m0004_receipts")
def m0004_receipts(db: Database) -> None:
    _run(
        db,
        [
            # The per-year counter a receipt number is taken from, in the payment's own transaction.
            "CREATE TABLE receipt_sequences (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)",
            """CREATE TABLE receipts (
                id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, sequence INTEGER NOT NULL,
                unit_id INTEGER REFERENCES units(id), payer TEXT NOT NULL, method TEXT NOT NULL,
                reference TEXT NOT NULL DEFAULT '', total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
                cash_given_fen INTEGER, change_fen INTEGER, cashier TEXT NOT NULL, paid_at TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '', voided_at TEXT, voided_by TEXT, void_reason TEXT,
                UNIQUE (year, sequence))""",
            "CREATE INDEX receipts_unit ON receipts(unit_id, paid_at)",
            "CREATE INDEX receipts_day ON receipts(paid_at, cashier)",
            # What a receipt says it was for, as printed: copied from the bills, never edited.
            """CREATE TABLE receipt_lines (
                id INTEGER PRIMARY KEY, receipt_id INTEGER NOT NULL REFERENCES receipts(id),
                bill_id INTEGER REFERENCES bills(id), item TEXT NOT NULL, period_label TEXT NOT NULL,
                unit_price TEXT NOT NULL, quantity TEXT NOT NULL, amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0))""",
            "CREATE INDEX receipt_lines_receipt ON receipt_lines(receipt_id)",
            "CREATE INDEX receipt_lines_bill ON receipt_lines(bill_id) WHERE bill_id IS NOT NULL",
            # A receipt is never deleted or renumbered; only its void columns may be filled in, once.
            """CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
               BEGIN SELECT RAISE(ABORT, 'receipts are never deleted'); END""",
            """CREATE TRIGGER receipts_fixed BEFORE UPDATE OF number, year, sequence, unit_id, payer, method,
               reference, total_fen, cash_given_fen, change_fen, cashier, paid_at ON receipts
               BEGIN SELECT RAISE(ABORT, 'a receipt is never changed, only voided'); END""",
            """CREATE TRIGGER receipts_void_once BEFORE UPDATE OF voided_at ON receipts WHEN OLD.voided_at IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'a void is final'); END""",
            """CREATE TRIGGER receipt_lines_fixed BEFORE UPDATE ON receipt_lines
               BEGIN SELECT RAISE(ABORT, 'receipt lines are kept as printed'); END""",
            """CREATE TRIGGER receipt_lines_no_delete BEFORE DELETE ON receipt_lines
               BEGIN SELECT RAISE(ABORT, 'receipt lines are kept as printed'); END""",
        ],
    )


@migrations(name="m0005_day_closes")
def m0005_day_closes(db: Database) -> None:
    _run(
        db,
        [
            # 日结: one row per close; a supervisor's reopen fills the reopen columns and the cashier closes
            # again with a new row, so every close and reopen stays on record.
            """CREATE TABLE day_closes (
                id INTEGER PRIMARY KEY, cashier TEXT NOT NULL, day TEXT NOT NULL, closed_at TEXT NOT NULL,
                closed_by TEXT NOT NULL, receipts INTEGER NOT NULL, total_fen INTEGER NOT NULL,
                cash_fen INTEGER NOT NULL, first_number TEXT, last_number TEXT,
                reopened_at TEXT, reopened_by TEXT, reopen_reason TEXT)""",
            "CREATE UNIQUE INDEX day_closes_open ON day_closes(cashier, day) WHERE reopened_at IS NULL",
            """CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes
               BEGIN SELECT RAISE(ABORT, 'a daily close is never deleted'); END""",
            """CREATE TRIGGER day_closes_fixed BEFORE UPDATE OF cashier, day, closed_at, closed_by, receipts,
               total_fen, cash_fen, first_number, last_number ON day_closes
               BEGIN SELECT RAISE(ABORT, 'a daily close is kept as confirmed'); END""",
            # A closed day takes no new payment and no void of its receipts (the services say so in
            # Chinese first; these keep any other writer honest).
            """CREATE TRIGGER receipts_closed_day_insert BEFORE INSERT ON receipts
               WHEN EXISTS (SELECT 1 FROM day_closes WHERE cashier = NEW.cashier
                            AND day = substr(NEW.paid_at, 1, 10) AND reopened_at IS NULL)
               BEGIN SELECT RAISE(ABORT, 'the day is closed'); END""",
            """CREATE TRIGGER receipts_closed_day_void BEFORE UPDATE OF voided_at ON receipts
               WHEN EXISTS (SELECT 1 FROM day_closes WHERE cashier = OLD.cashier
                            AND day = substr(OLD.paid_at, 1, 10) AND reopened_at IS NULL)
               BEGIN SELECT RAISE(ABORT, 'the day is closed'); END""",
        ],
    )


@migrations(name="m0006_dunning_contacts")
def m0006_dunning_contacts(db: Database) -> None:
    _run(
        db,
        [
            # 催缴记录: each time the office chased a unit's arrears — how, what came of it, what next.
            """CREATE TABLE dunning_contacts (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id), contacted_on TEXT NOT NULL,
                method TEXT NOT NULL, owed_fen INTEGER NOT NULL, result TEXT NOT NULL DEFAULT '',
                next_step TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, created_at TEXT NOT NULL)""",
            "CREATE INDEX dunning_contacts_unit ON dunning_contacts(unit_id, contacted_on)",
            """CREATE TRIGGER dunning_contacts_no_delete BEFORE DELETE ON dunning_contacts
               BEGIN SELECT RAISE(ABORT, 'dunning records are kept'); END""",
        ],
    )


@migrations(name="m0007_settlement_prepayments_refunds")
def m0007_settlement_prepayments_refunds(db: Database) -> None:
    _run(
        db,
        [
            # Whether a bill is settled, kept by triggers from the receipts and prepayment draw-downs that settle
            # it: "what is owed" then reads only owed rows, however many years of paid bills lie beside them.
            "ALTER TABLE bills ADD COLUMN settled INTEGER NOT NULL DEFAULT 0",
            """UPDATE bills SET settled = 1 WHERE EXISTS (SELECT 1 FROM receipt_lines l JOIN receipts r
               ON r.id = l.receipt_id WHERE l.bill_id = bills.id AND r.voided_at IS NULL)""",
            "CREATE INDEX bills_owed ON bills(unit_id, due_date) WHERE settled = 0",
            "CREATE INDEX bills_owed_due ON bills(due_date) WHERE settled = 0",
            """CREATE TRIGGER receipt_lines_settle AFTER INSERT ON receipt_lines WHEN NEW.bill_id IS NOT NULL
               BEGIN UPDATE bills SET settled = 1 WHERE id = NEW.bill_id; END""",
            """CREATE TRIGGER receipts_void_unsettle AFTER UPDATE OF voided_at ON receipts
               WHEN OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
               BEGIN UPDATE bills SET settled = 0
                     WHERE id IN (SELECT bill_id FROM receipt_lines WHERE receipt_id = NEW.id); END""",
            # 预存: money in ahead (a receipt line), drawn down by bills, refunded; append-only, the balance is
            # the sum of the entries (存入 and 冲回 signed by kind, amounts always positive).
            """CREATE TABLE prepayment_entries (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id), at TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('存入', '抵扣', '退款', '作废冲回')),
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0), receipt_id INTEGER REFERENCES receipts(id),
                bill_id INTEGER UNIQUE REFERENCES bills(id), refund_id INTEGER, note TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL)""",
            "CREATE INDEX prepayment_entries_unit ON prepayment_entries(unit_id, at)",
            """CREATE TRIGGER prepayment_entries_fixed BEFORE UPDATE ON prepayment_entries
               BEGIN SELECT RAISE(ABORT, 'prepayment entries are kept as made'); END""",
            """CREATE TRIGGER prepayment_entries_no_delete BEFORE DELETE ON prepayment_entries
               BEGIN SELECT RAISE(ABORT, 'prepayment entries are kept as made'); END""",
            """CREATE TRIGGER prepayment_draw_settles AFTER INSERT ON prepayment_entries WHEN NEW.bill_id IS NOT NULL
               BEGIN UPDATE bills SET settled = 1 WHERE id = NEW.bill_id; END""",
            # 退款单: its own numbers (a per-year sequence of its own), approved by a supervisor, never edited.
            "CREATE TABLE refund_sequences (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)",
            """CREATE TABLE refunds (
                id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, sequence INTEGER NOT NULL,
                unit_id INTEGER NOT NULL REFERENCES units(id), kind TEXT NOT NULL, item TEXT NOT NULL,
                bill_id INTEGER UNIQUE REFERENCES bills(id), held_fen INTEGER NOT NULL CHECK (held_fen >= 0),
                deducted_fen INTEGER NOT NULL DEFAULT 0 CHECK (deducted_fen >= 0),
                deduction_reason TEXT NOT NULL DEFAULT '', amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
                method TEXT NOT NULL, payee TEXT NOT NULL, reason TEXT NOT NULL, cashier TEXT NOT NULL,
                approved_by TEXT NOT NULL, refunded_at TEXT NOT NULL,
                CHECK (amount_fen + deducted_fen = held_fen), UNIQUE (year, sequence))""",
            "CREATE INDEX refunds_unit ON refunds(unit_id, refunded_at)",
            "CREATE INDEX refunds_day ON refunds(refunded_at, cashier)",
            """CREATE TRIGGER refunds_fixed BEFORE UPDATE ON refunds
               BEGIN SELECT RAISE(ABORT, 'a refund is kept as issued'); END""",
            """CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
               BEGIN SELECT RAISE(ABORT, 'refunds are never deleted'); END""",
            """CREATE TRIGGER refunds_closed_day_insert BEFORE INSERT ON refunds
               WHEN EXISTS (SELECT 1 FROM day_closes WHERE cashier = NEW.cashier
                            AND day = substr(NEW.refunded_at, 1, 10) AND reopened_at IS NULL)
               BEGIN SELECT RAISE(ABORT, 'the day is closed'); END""",
            # 滞纳金减免: a supervisor waives the late fee of one bill, with a reason; kept.
            """CREATE TABLE late_fee_waivers (
                bill_id INTEGER PRIMARY KEY REFERENCES bills(id), reason TEXT NOT NULL, author TEXT NOT NULL,
                at TEXT NOT NULL)""",
            """CREATE TRIGGER late_fee_waivers_no_delete BEFORE DELETE ON late_fee_waivers
               BEGIN SELECT RAISE(ABORT, 'waivers are kept'); END""",
            # 抄表: one reading per unit, metered item and month; the bill made from it is linked.
            """CREATE TABLE meter_readings (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                fee_item_id INTEGER NOT NULL REFERENCES fee_items(id), period TEXT NOT NULL,
                previous TEXT NOT NULL, current TEXT NOT NULL, usage TEXT NOT NULL,
                bill_id INTEGER REFERENCES bills(id), author TEXT NOT NULL, created_at TEXT NOT NULL,
                UNIQUE (unit_id, fee_item_id, period))""",
            "CREATE INDEX meter_readings_item ON meter_readings(fee_item_id, period)",
        ],
    )


@migrations(name="m0008_move_in")
def m0008_move_in(db: Database) -> None:
    _run(
        db,
        [
            # 入伙: one record per unit, worked through step by step and resumable; done when completed_at is set.
            """CREATE TABLE move_ins (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL UNIQUE REFERENCES units(id),
                started_at TEXT NOT NULL, started_by TEXT NOT NULL,
                identity_kind TEXT NOT NULL DEFAULT '', identity_name TEXT NOT NULL DEFAULT '',
                identity_id_number TEXT NOT NULL DEFAULT '', agent_letter INTEGER NOT NULL DEFAULT 0,
                identity_checked_at TEXT, handed_over_on TEXT,
                water_reading TEXT NOT NULL DEFAULT '', electricity_reading TEXT NOT NULL DEFAULT '',
                gas_reading TEXT NOT NULL DEFAULT '', owner_signed INTEGER NOT NULL DEFAULT 0,
                clerk_signed INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '',
                completed_at TEXT, completed_by TEXT, updated_at TEXT NOT NULL)""",
            "CREATE INDEX move_ins_open ON move_ins(completed_at, unit_id)",
            """CREATE TABLE move_in_documents (
                move_in_id INTEGER NOT NULL REFERENCES move_ins(id), document TEXT NOT NULL, done_on TEXT NOT NULL,
                author TEXT NOT NULL, PRIMARY KEY (move_in_id, document))""",
            """CREATE TABLE move_in_keys (
                move_in_id INTEGER NOT NULL REFERENCES move_ins(id), kind TEXT NOT NULL,
                count INTEGER NOT NULL CHECK (count > 0), PRIMARY KEY (move_in_id, kind))""",
            # 一房一验: the office's template of rooms × items, and each inspection as walked.
            """CREATE TABLE inspection_template (
                id INTEGER PRIMARY KEY, room TEXT NOT NULL, item TEXT NOT NULL, sort_order INTEGER NOT NULL,
                UNIQUE (room, item))""",
            """CREATE TABLE inspections (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                move_in_id INTEGER REFERENCES move_ins(id), inspected_on TEXT NOT NULL, inspector TEXT NOT NULL,
                created_at TEXT NOT NULL)""",
            "CREATE INDEX inspections_unit ON inspections(unit_id)",
            """CREATE TABLE inspection_items (
                id INTEGER PRIMARY KEY, inspection_id INTEGER NOT NULL REFERENCES inspections(id),
                room TEXT NOT NULL, item TEXT NOT NULL, sort_order INTEGER NOT NULL,
                result TEXT CHECK (result IN ('合格', '不合格')), description TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX inspection_items_inspection ON inspection_items(inspection_id, sort_order)",
            # 遗留工程台账: a defect is never deleted; a wrong one is closed with a reason.
            """CREATE TABLE defect_transfers (
                id INTEGER PRIMARY KEY, transferred_on TEXT NOT NULL, receiver TEXT NOT NULL,
                defects INTEGER NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL)""",
            """CREATE TABLE defects (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
                inspection_item_id INTEGER UNIQUE REFERENCES inspection_items(id),
                location TEXT NOT NULL, description TEXT NOT NULL, responsible TEXT NOT NULL,
                found_on TEXT NOT NULL, transfer_id INTEGER REFERENCES defect_transfers(id), transferred_on TEXT,
                deadline TEXT, recheck_on TEXT, recheck_result TEXT NOT NULL DEFAULT '', closed_on TEXT,
                close_reason TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL)""",
            "CREATE INDEX defects_unit ON defects(unit_id)",
            "CREATE INDEX defects_open ON defects(closed_on, found_on)",
            "CREATE INDEX defects_found ON defects(found_on)",
            """CREATE TRIGGER defects_no_delete BEFORE DELETE ON defects
               BEGIN SELECT RAISE(ABORT, 'a defect is never deleted, only closed with a reason'); END""",
            # Photos live in the database file (one file to back up), downscaled, each with a thumbnail.
            """CREATE TABLE photos (
                id INTEGER PRIMARY KEY, subject TEXT NOT NULL, subject_id INTEGER NOT NULL,
                taken_on TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', width INTEGER NOT NULL,
                height INTEGER NOT NULL, jpeg BLOB NOT NULL, thumbnail BLOB NOT NULL, author TEXT NOT NULL,
                created_at TEXT NOT NULL)""",
            "CREATE INDEX photos_subject ON photos(subject, subject_id)",
        ],
    )


@migrations(name="m0009_key_custody")
def m0009_key_custody(db: Database) -> None:
    _run(
        db,
        [
            # 钥匙托管: a key set left with the office for an empty unit, and every time it leaves and comes back.
            """CREATE TABLE key_sets (
                id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, unit_id INTEGER NOT NULL REFERENCES units(id),
                contents TEXT NOT NULL, location TEXT NOT NULL DEFAULT '', deposited_on TEXT NOT NULL,
                depositor TEXT NOT NULL, depositor_phone TEXT NOT NULL DEFAULT '', signed INTEGER NOT NULL DEFAULT 0,
                ended_on TEXT, end_note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, created_at TEXT NOT NULL)""",
            "CREATE INDEX key_sets_unit ON key_sets(unit_id)",
            """CREATE TABLE key_movements (
                id INTEGER PRIMARY KEY, key_set_id INTEGER NOT NULL REFERENCES key_sets(id),
                out_at TEXT NOT NULL, taken_by TEXT NOT NULL, reason TEXT NOT NULL, approved_by TEXT NOT NULL DEFAULT '',
                due_back TEXT NOT NULL, back_at TEXT, note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL,
                created_at TEXT NOT NULL)""",
            "CREATE INDEX key_movements_set ON key_movements(key_set_id, out_at)",
            "CREATE INDEX key_movements_out ON key_movements(back_at, due_back)",
            """CREATE TRIGGER key_sets_no_delete BEFORE DELETE ON key_sets
               BEGIN SELECT RAISE(ABORT, 'key custody records are kept'); END""",
            """CREATE TRIGGER key_movements_no_delete BEFORE DELETE ON key_movements
               BEGIN SELECT RAISE(ABORT, 'key movements are kept'); END""",
        ],
    )


@migrations(name="m0010_defect_indexes")
def m0010_defect_indexes(db: Database) -> None:
    _run(
        db,
        [
            # measured on 50,000 defects: a building's open count and the overdue count read index ranges only
            "CREATE INDEX defects_unit_open ON defects(unit_id, closed_on)",
            "CREATE INDEX defects_overdue ON defects(closed_on, deadline)",
            "DROP INDEX defects_unit",
        ],
    )


@migrations(name="m0011_renovations")
def m0011_renovations(db: Database) -> None:
    _run(
        db,
        [
            # 装修: one application's life — review, fees (bills through the cash desk), the numbered permit.
            """CREATE TABLE renovations (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id), state TEXT NOT NULL,
                applicant TEXT NOT NULL, applicant_kind TEXT NOT NULL, applicant_phone TEXT NOT NULL DEFAULT '',
                owner_consent INTEGER NOT NULL DEFAULT 0, contractor TEXT NOT NULL,
                contractor_license TEXT NOT NULL DEFAULT '', foreman TEXT NOT NULL, foreman_phone TEXT NOT NULL,
                scope TEXT NOT NULL, items TEXT NOT NULL, planned_start TEXT NOT NULL, planned_end TEXT NOT NULL,
                workers INTEGER NOT NULL DEFAULT 0, attachments TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
                applied_at TEXT NOT NULL, applied_by TEXT NOT NULL, review_due TEXT NOT NULL,
                reviewed_at TEXT, reviewed_by TEXT, review_opinion TEXT NOT NULL DEFAULT '',
                fee_bills TEXT NOT NULL DEFAULT '', permit_number TEXT UNIQUE, permit_issued_at TEXT,
                previous_state TEXT, updated_at TEXT NOT NULL)""",
            "CREATE INDEX renovations_unit ON renovations(unit_id)",
            "CREATE INDEX renovations_state ON renovations(state, planned_end)",
            "CREATE TABLE permit_sequences (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)",
            """CREATE TRIGGER renovations_no_delete BEFORE DELETE ON renovations
               BEGIN SELECT RAISE(ABORT, 'renovation records are kept'); END""",
        ],
    )


@migrations(name="m0012_worker_passes")
def m0012_worker_passes(db: Database) -> None:
    _run(
        db,
        [
            # 临时出入证: one numbered pass per worker of a renovation, its 工本费 and 押金 as bills, its return.
            "CREATE TABLE pass_sequences (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)",
            """CREATE TABLE worker_passes (
                id INTEGER PRIMARY KEY, renovation_id INTEGER NOT NULL REFERENCES renovations(id),
                number TEXT NOT NULL UNIQUE, name TEXT NOT NULL, id_number TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',
                photo BLOB, valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, fee_bill_id INTEGER REFERENCES bills(id),
                deposit_bill_id INTEGER REFERENCES bills(id), issued_at TEXT NOT NULL, returned_at TEXT,
                deposit_outcome TEXT, author TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            "CREATE INDEX worker_passes_renovation ON worker_passes(renovation_id)",
            "CREATE INDEX worker_passes_out ON worker_passes(returned_at, valid_to)",
            """CREATE TRIGGER worker_passes_no_delete BEFORE DELETE ON worker_passes
               BEGIN SELECT RAISE(ABORT, 'passes are kept'); END""",
        ],
    )


@migrations(name="m0013_patrols_violations")
def m0013_patrols_violations(db: Database) -> None:
    _run(
        db,
        [
            # 日检巡查: each patrol of a renovation under way, its checklist as walked.
            """CREATE TABLE patrols (
                id INTEGER PRIMARY KEY, renovation_id INTEGER NOT NULL REFERENCES renovations(id),
                patrolled_on TEXT NOT NULL, patrolled_at TEXT NOT NULL, inspector TEXT NOT NULL,
                problems TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL,
                created_at TEXT NOT NULL)""",
            "CREATE INDEX patrols_day ON patrols(patrolled_on, renovation_id)",
            "CREATE INDEX patrols_renovation ON patrols(renovation_id, patrolled_on)",
            # 违章: the rule broken, its evidence (photos), the rectification deadline, the penalty, the re-check.
            "CREATE TABLE violation_sequences (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)",
            """CREATE TABLE violations (
                id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, renovation_id INTEGER NOT NULL REFERENCES renovations(id),
                patrol_id INTEGER REFERENCES patrols(id), found_at TEXT NOT NULL, found_by TEXT NOT NULL,
                rule TEXT NOT NULL, description TEXT NOT NULL, required TEXT NOT NULL, deadline TEXT NOT NULL,
                penalty_fen INTEGER NOT NULL DEFAULT 0 CHECK (penalty_fen >= 0), recheck_on TEXT,
                recheck_result TEXT NOT NULL DEFAULT '', rectified INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            "CREATE INDEX violations_renovation ON violations(renovation_id)",
            "CREATE INDEX violations_open ON violations(rectified, deadline)",
            """CREATE TRIGGER patrols_no_delete BEFORE DELETE ON patrols
               BEGIN SELECT RAISE(ABORT, 'patrol records are kept'); END""",
            """CREATE TRIGGER violations_no_delete BEFORE DELETE ON violations
               BEGIN SELECT RAISE(ABORT, 'violations are kept'); END""",
        ],
    )


@migrations(name="m0014_renovation_completion")
def m0014_renovation_completion(db: Database) -> None:
    _run(
        db,
        [
            # 设计变更: a change to the works or the period, reviewed like the application.
            """CREATE TABLE design_changes (
                id INTEGER PRIMARY KEY, renovation_id INTEGER NOT NULL REFERENCES renovations(id),
                requested_at TEXT NOT NULL, requested_by TEXT NOT NULL, description TEXT NOT NULL,
                items_added TEXT NOT NULL DEFAULT '', new_end TEXT, state TEXT NOT NULL, review_due TEXT NOT NULL,
                reviewed_at TEXT, reviewed_by TEXT, opinion TEXT NOT NULL DEFAULT '', author TEXT NOT NULL,
                updated_at TEXT NOT NULL)""",
            "CREATE INDEX design_changes_renovation ON design_changes(renovation_id)",
            "CREATE INDEX design_changes_waiting ON design_changes(state, review_due)",
            # 竣工验收: each inspection (the first and every re-inspection) with the items that failed.
            """CREATE TABLE acceptances (
                id INTEGER PRIMARY KEY, renovation_id INTEGER NOT NULL REFERENCES renovations(id),
                completed_on TEXT NOT NULL, inspected_on TEXT NOT NULL, inspector TEXT NOT NULL,
                failures TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', passed INTEGER NOT NULL,
                author TEXT NOT NULL, created_at TEXT NOT NULL)""",
            "CREATE INDEX acceptances_renovation ON acceptances(renovation_id)",
            "ALTER TABLE renovations ADD COLUMN completed_on TEXT",
            # 押金结算: once per renovation; the refunds it issued are ordinary 退款单.
            """CREATE TABLE deposit_settlements (
                id INTEGER PRIMARY KEY, renovation_id INTEGER NOT NULL UNIQUE REFERENCES renovations(id),
                settled_at TEXT NOT NULL, cashier TEXT NOT NULL, approved_by TEXT NOT NULL,
                held_fen INTEGER NOT NULL, deductions TEXT NOT NULL, kept_fen INTEGER NOT NULL,
                refunded_fen INTEGER NOT NULL, shortfall_fen INTEGER NOT NULL,
                shortfall_bill_id INTEGER REFERENCES bills(id), passes_refunded_fen INTEGER NOT NULL,
                passes_forfeited_fen INTEGER NOT NULL, refund_ids TEXT NOT NULL DEFAULT '', method TEXT NOT NULL,
                payee TEXT NOT NULL, created_at TEXT NOT NULL)""",
            """CREATE TRIGGER design_changes_no_delete BEFORE DELETE ON design_changes
               BEGIN SELECT RAISE(ABORT, 'design changes are kept'); END""",
            """CREATE TRIGGER acceptances_no_delete BEFORE DELETE ON acceptances
               BEGIN SELECT RAISE(ABORT, 'acceptances are kept'); END""",
            """CREATE TRIGGER deposit_settlements_no_change BEFORE UPDATE ON deposit_settlements
               BEGIN SELECT RAISE(ABORT, 'a deposit settlement is final'); END""",
            """CREATE TRIGGER deposit_settlements_no_delete BEFORE DELETE ON deposit_settlements
               BEGIN SELECT RAISE(ABORT, 'a deposit settlement is final'); END""",
        ],
    )


@migrations(name="m0015_work_orders")
def m0015_work_orders(db: Database) -> None:
    _run(
        db,
        [
            # 维修人员: who a work order can be dispatched to, with their trades.
            """CREATE TABLE technicians (
                id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, trades TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)""",
            # 报修 / 派工单: one call's order from registration to the callback; its number per month (yyyymm).
            "CREATE TABLE work_order_sequences (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)",
            """CREATE TABLE work_orders (
                id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, unit_id INTEGER REFERENCES units(id),
                location TEXT NOT NULL DEFAULT '', area TEXT NOT NULL, channel TEXT NOT NULL, caller TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '', category TEXT NOT NULL, warranty TEXT NOT NULL, urgency TEXT NOT NULL,
                description TEXT NOT NULL, appointment TEXT, reported_at TEXT NOT NULL, reported_by TEXT NOT NULL,
                due_at TEXT NOT NULL, state TEXT NOT NULL, technician TEXT NOT NULL DEFAULT '', dispatched_at TEXT,
                arrived_at TEXT, completed_at TEXT, result TEXT NOT NULL DEFAULT '',
                service_fee_fen INTEGER NOT NULL DEFAULT 0 CHECK (service_fee_fen >= 0),
                fee_bill_id INTEGER REFERENCES bills(id), callback_at TEXT, callback_by TEXT,
                satisfaction TEXT NOT NULL DEFAULT '', callback_comment TEXT NOT NULL DEFAULT '',
                reopened INTEGER NOT NULL DEFAULT 0, last_note_at TEXT, updated_at TEXT NOT NULL)""",
            # the list pages newest first, by state, by category (its count covered) or not; the few orders
            # still open by their deadline (a partial index: the queries repeat its condition word for word);
            # a unit's history; the caller's past calls. Measured on 150,000 orders: each ≤ 2 ms.
            "CREATE INDEX work_orders_reported ON work_orders(reported_at)",
            "CREATE INDEX work_orders_state ON work_orders(state, reported_at)",
            "CREATE INDEX work_orders_category ON work_orders(category, reported_at, state)",
            "CREATE INDEX work_orders_open ON work_orders(state, due_at) WHERE state NOT IN ('已关闭', '已取消')",
            "CREATE INDEX work_orders_unit ON work_orders(unit_id, reported_at)",
            "CREATE INDEX work_orders_phone ON work_orders(phone, reported_at)",
            # every step, as it happened: append-only
            """CREATE TABLE work_order_events (
                id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES work_orders(id), at TEXT NOT NULL,
                action TEXT NOT NULL, author TEXT NOT NULL, technician TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '', state TEXT NOT NULL)""",
            "CREATE INDEX work_order_events_order ON work_order_events(order_id)",
            """CREATE TABLE work_order_materials (
                id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES work_orders(id), name TEXT NOT NULL,
                spec TEXT NOT NULL DEFAULT '', quantity TEXT NOT NULL, unit_price_fen INTEGER NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0))""",
            "CREATE INDEX work_order_materials_order ON work_order_materials(order_id)",
            """CREATE TRIGGER work_orders_no_delete BEFORE DELETE ON work_orders
               BEGIN SELECT RAISE(ABORT, 'work orders are kept'); END""",
            """CREATE TRIGGER work_order_events_no_update BEFORE UPDATE ON work_order_events
               BEGIN SELECT RAISE(ABORT, 'work order events are append-only'); END""",
            """CREATE TRIGGER work_order_events_no_delete BEFORE DELETE ON work_order_events
               BEGIN SELECT RAISE(ABORT, 'work order events are append-only'); END""",
        ],
    )


@migrations(name="m0016_complaints")
def m0016_complaints(db: Database) -> None:
    _run(
        db,
        [
            # 投诉: registered with its two deadlines, responded to, resolved, called back, reviewed.
            "CREATE TABLE complaint_sequences (year INTEGER PRIMARY KEY, last_number INTEGER NOT NULL)",
            """CREATE TABLE complaints (
                id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, unit_id INTEGER REFERENCES units(id),
                received_at TEXT NOT NULL, received_by TEXT NOT NULL, channel TEXT NOT NULL, complainant TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '', people TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL, demand TEXT NOT NULL DEFAULT '', category TEXT NOT NULL,
                level TEXT NOT NULL, group_risk INTEGER NOT NULL DEFAULT 0, handler TEXT NOT NULL,
                respond_due TEXT NOT NULL, resolve_due TEXT NOT NULL, responded_at TEXT, resolved_at TEXT,
                result TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, callback_at TEXT, callback_by TEXT,
                satisfaction TEXT NOT NULL DEFAULT '', callback_comment TEXT NOT NULL DEFAULT '',
                review TEXT NOT NULL DEFAULT '', reviewed_by TEXT, updated_at TEXT NOT NULL)""",
            "CREATE INDEX complaints_received ON complaints(received_at)",
            "CREATE INDEX complaints_state ON complaints(state, received_at)",
            "CREATE INDEX complaints_unit ON complaints(unit_id, received_at)",
            "CREATE INDEX complaints_open ON complaints(state, resolve_due) WHERE state IN ('待处理', '处理中')",
            """CREATE TABLE complaint_events (
                id INTEGER PRIMARY KEY, complaint_id INTEGER NOT NULL REFERENCES complaints(id), at TEXT NOT NULL,
                step TEXT NOT NULL, author TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', state TEXT NOT NULL)""",
            "CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id)",
            """CREATE TRIGGER complaints_no_delete BEFORE DELETE ON complaints
               BEGIN SELECT RAISE(ABORT, 'complaints are kept'); END""",
            """CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
               BEGIN SELECT RAISE(ABORT, 'complaint events are append-only'); END""",
            """CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
               BEGIN SELECT RAISE(ABORT, 'complaint events are append-only'); END""",
        ],
    )


@migrations(name="m0017_visits")
def m0017_visits(db: Database) -> None:
    _run(
        db,
        [
            # 走访: a plan per month (its households drawn from the registry), the visits, their issues.
            """CREATE TABLE visit_plans (
                id INTEGER PRIMARY KEY, month TEXT NOT NULL UNIQUE, ratio_percent INTEGER NOT NULL,
                occupied INTEGER NOT NULL, state TEXT NOT NULL, created_by TEXT NOT NULL, approved_by TEXT,
                approved_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            """CREATE TABLE visit_plan_units (
                plan_id INTEGER NOT NULL REFERENCES visit_plans(id), unit_id INTEGER NOT NULL REFERENCES units(id),
                added_by TEXT NOT NULL, PRIMARY KEY (plan_id, unit_id))""",
            "CREATE INDEX visit_plan_units_unit ON visit_plan_units(unit_id)",
            """CREATE TABLE visits (
                id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id), visited_on TEXT NOT NULL,
                method TEXT NOT NULL, visitor TEXT NOT NULL, met TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL, created_at TEXT NOT NULL)""",
            "CREATE INDEX visits_day ON visits(visited_on)",
            "CREATE INDEX visits_unit ON visits(unit_id, visited_on)",
            """CREATE TABLE visit_issues (
                id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits(id), description TEXT NOT NULL,
                state TEXT NOT NULL, feedback TEXT NOT NULL DEFAULT '', fed_back_at TEXT, fed_back_by TEXT,
                updated_at TEXT NOT NULL)""",
            "CREATE INDEX visit_issues_visit ON visit_issues(visit_id)",
            "CREATE INDEX visit_issues_open ON visit_issues(state)",
            """CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
               BEGIN SELECT RAISE(ABORT, 'visits are kept'); END""",
        ],
    )


@migrations(name="m0018_duty_log")
def m0018_duty_log(db: Database) -> None:
    _run(
        db,
        [
            # 值班记录: one per day and shift; kept as written once the incoming person has confirmed it.
            """CREATE TABLE duty_logs (
                id INTEGER PRIMARY KEY, day TEXT NOT NULL, shift TEXT NOT NULL, on_duty TEXT NOT NULL,
                handover_items TEXT NOT NULL DEFAULT '', keys_counted TEXT NOT NULL DEFAULT '', incoming TEXT,
                confirmed_at TEXT, author TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
                UNIQUE (day, shift))""",
            """CREATE TABLE duty_entries (
                id INTEGER PRIMARY KEY, log_id INTEGER NOT NULL REFERENCES duty_logs(id), at TEXT NOT NULL,
                kind TEXT NOT NULL, text TEXT NOT NULL, passed_to TEXT NOT NULL DEFAULT '', author TEXT NOT NULL,
                created_at TEXT NOT NULL)""",
            "CREATE INDEX duty_entries_log ON duty_entries(log_id, at)",
            """CREATE TRIGGER duty_logs_confirmed BEFORE UPDATE ON duty_logs WHEN OLD.confirmed_at IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'a confirmed duty log is kept as written'); END""",
            """CREATE TRIGGER duty_logs_no_delete BEFORE DELETE ON duty_logs
               BEGIN SELECT RAISE(ABORT, 'duty logs are kept'); END""",
            # an entry is written once; only where a request was passed on may be filled in, before confirmation
            """CREATE TRIGGER duty_entries_no_update BEFORE UPDATE ON duty_entries
               WHEN NEW.at IS NOT OLD.at OR NEW.kind IS NOT OLD.kind OR NEW.text IS NOT OLD.text
                 OR NEW.author IS NOT OLD.author OR NEW.log_id IS NOT OLD.log_id
                 OR (SELECT confirmed_at FROM duty_logs WHERE id = OLD.log_id) IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'duty log entries are append-only'); END""",
            """CREATE TRIGGER duty_entries_no_delete BEFORE DELETE ON duty_entries
               BEGIN SELECT RAISE(ABORT, 'duty log entries are append-only'); END""",
            """CREATE TRIGGER duty_entries_confirmed BEFORE INSERT ON duty_entries
               WHEN (SELECT confirmed_at FROM duty_logs WHERE id = NEW.log_id) IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'a confirmed duty log is kept as written'); END""",
        ],
    )


@migrations(name="m0019_one_off_bills_by_month")
def m0019_one_off_bills_by_month(db: Database) -> None:
    # the monthly report finds a month's one-off charges (no period) by their due date; a partial index
    # keeps that from scanning millions of monthly bills
    _run(db, ["CREATE INDEX bills_one_off_due ON bills(due_date) WHERE period IS NULL"])


@migrations(name="m0020_supervisor_desk")
def m0020_supervisor_desk(db: Database) -> None:
    _run(
        db,
        [
            # 抽查: one sample per ended month, drawn once from the population as it stood (kept with its seed,
            # so drawing again gives the same records); each sampled record checked once.
            """CREATE TABLE spot_checks (
                id INTEGER PRIMARY KEY, month TEXT NOT NULL UNIQUE, ratio_percent INTEGER NOT NULL,
                seed INTEGER NOT NULL, population TEXT NOT NULL, drawn_by TEXT NOT NULL, drawn_at TEXT NOT NULL)""",
            """CREATE TABLE spot_check_items (
                id INTEGER PRIMARY KEY, spot_check_id INTEGER NOT NULL REFERENCES spot_checks(id),
                kind TEXT NOT NULL, record_id INTEGER NOT NULL, label TEXT NOT NULL,
                unit_id INTEGER REFERENCES units(id), method TEXT NOT NULL DEFAULT '', archive_complete INTEGER,
                result TEXT NOT NULL DEFAULT '', problem TEXT NOT NULL DEFAULT '', follow_up_id INTEGER,
                checked_at TEXT, checked_by TEXT, UNIQUE (spot_check_id, kind, record_id))""",
            """CREATE TRIGGER spot_checks_final BEFORE UPDATE ON spot_checks
               BEGIN SELECT RAISE(ABORT, 'a spot-check sample is never re-drawn'); END""",
            """CREATE TRIGGER spot_checks_no_delete BEFORE DELETE ON spot_checks
               BEGIN SELECT RAISE(ABORT, 'a spot-check sample is never re-drawn'); END""",
            """CREATE TRIGGER spot_check_items_no_delete BEFORE DELETE ON spot_check_items
               BEGIN SELECT RAISE(ABORT, 'a spot-check sample is never re-drawn'); END""",
            """CREATE TRIGGER spot_check_items_checked BEFORE UPDATE ON spot_check_items
               WHEN OLD.checked_at IS NOT NULL OR NEW.kind IS NOT OLD.kind OR NEW.record_id IS NOT OLD.record_id
                 OR NEW.spot_check_id IS NOT OLD.spot_check_id
               BEGIN SELECT RAISE(ABORT, 'a recorded check is kept as written'); END""",
            # the populations: closed in the month, by the callback that closed them
            "CREATE INDEX work_orders_closed ON work_orders(callback_at) WHERE state = '已关闭'",
            "CREATE INDEX complaints_closed ON complaints(callback_at) WHERE state = '已办结'",
            # 跟进事项: what a check (or the supervisor) found, assigned to a clerk until done
            """CREATE TABLE follow_ups (
                id INTEGER PRIMARY KEY, source TEXT NOT NULL, description TEXT NOT NULL, assignee TEXT NOT NULL,
                due_on TEXT NOT NULL, state TEXT NOT NULL, done_at TEXT, done_by TEXT,
                done_note TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL, created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL)""",
            "CREATE INDEX follow_ups_open ON follow_ups(due_on) WHERE state = '待处理'",
            "CREATE INDEX follow_ups_created ON follow_ups(created_at)",
            """CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups
               BEGIN SELECT RAISE(ABORT, 'follow-ups are kept'); END""",
            # 部门计划: a month's plan (collection targets per building; visits and activities come from their
            # own records), approved by the supervisor and then kept as approved
            """CREATE TABLE month_plans (
                id INTEGER PRIMARY KEY, month TEXT NOT NULL UNIQUE, note TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL, created_by TEXT NOT NULL, approved_by TEXT, approved_at TEXT,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            """CREATE TABLE collection_targets (
                plan_id INTEGER NOT NULL REFERENCES month_plans(id), building_id INTEGER NOT NULL REFERENCES buildings(id),
                target_fen INTEGER NOT NULL CHECK (target_fen >= 0), PRIMARY KEY (plan_id, building_id))""",
            """CREATE TRIGGER month_plans_approved BEFORE UPDATE ON month_plans WHEN OLD.approved_at IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'an approved plan is kept as approved'); END""",
            """CREATE TRIGGER month_plans_no_delete BEFORE DELETE ON month_plans
               BEGIN SELECT RAISE(ABORT, 'plans are kept'); END""",
            """CREATE TRIGGER collection_targets_approved_update BEFORE UPDATE ON collection_targets
               WHEN (SELECT approved_at FROM month_plans WHERE id = OLD.plan_id) IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'an approved plan is kept as approved'); END""",
            """CREATE TRIGGER collection_targets_approved_insert BEFORE INSERT ON collection_targets
               WHEN (SELECT approved_at FROM month_plans WHERE id = NEW.plan_id) IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'an approved plan is kept as approved'); END""",
            """CREATE TRIGGER collection_targets_approved_delete BEFORE DELETE ON collection_targets
               WHEN (SELECT approved_at FROM month_plans WHERE id = OLD.plan_id) IS NOT NULL
               BEGIN SELECT RAISE(ABORT, 'an approved plan is kept as approved'); END""",
            # 社区文化活动: the activity, the households signed up (and whether they came); photos in `photos`
            """CREATE TABLE activities (
                id INTEGER PRIMARY KEY, title TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,
                place TEXT NOT NULL, organiser TEXT NOT NULL, budget_fen INTEGER NOT NULL CHECK (budget_fen >= 0),
                description TEXT NOT NULL DEFAULT '', signup_until TEXT, capacity INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '', spent_fen INTEGER, author TEXT NOT NULL,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
            "CREATE INDEX activities_starts ON activities(starts_at)",
            """CREATE TABLE activity_signups (
                id INTEGER PRIMARY KEY, activity_id INTEGER NOT NULL REFERENCES activities(id),
                unit_id INTEGER NOT NULL REFERENCES units(id), names TEXT NOT NULL,
                people INTEGER NOT NULL CHECK (people > 0), phone TEXT NOT NULL DEFAULT '', attended INTEGER,
                author TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (activity_id, unit_id))""",
            """CREATE TRIGGER activities_no_delete BEFORE DELETE ON activities
               BEGIN SELECT RAISE(ABORT, 'activities are kept (cancelled, not deleted)'); END""",
            # BI 行为规范: the supervisor's observations of each staff member
            """CREATE TABLE staff_observations (
                id INTEGER PRIMARY KEY, observed_on TEXT NOT NULL, staff TEXT NOT NULL, standard TEXT NOT NULL,
                method TEXT NOT NULL, passed INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '',
                observer TEXT NOT NULL, created_at TEXT NOT NULL)""",
            "CREATE INDEX staff_observations_day ON staff_observations(observed_on)",
            """CREATE TRIGGER staff_observations_no_change BEFORE UPDATE ON staff_observations
               BEGIN SELECT RAISE(ABORT, 'observations are kept as written'); END""",
        ],
    )


@migrations(name="m0021_unit_counts")
def m0021_unit_counts(db: Database) -> None:
    # The unit list shows "共 N 户" over every filter but the typed text: counted from a small table the
    # triggers keep (per building, state and type), its cost does not grow with the community (measured:
    # a count over 30,000 units took 1.4–2.3 ms, the page itself 0.7 ms).
    _run(
        db,
        [
            """CREATE TABLE unit_counts (
                building_id INTEGER NOT NULL, state TEXT NOT NULL, unit_type TEXT NOT NULL, n INTEGER NOT NULL,
                PRIMARY KEY (building_id, state, unit_type)) WITHOUT ROWID""",
            """INSERT INTO unit_counts (building_id, state, unit_type, n)
               SELECT building_id, state, unit_type, count(*) FROM units GROUP BY 1, 2, 3""",
            """CREATE TRIGGER unit_counts_insert AFTER INSERT ON units BEGIN
                 INSERT INTO unit_counts (building_id, state, unit_type, n) VALUES (NEW.building_id, NEW.state,
                   NEW.unit_type, 1) ON CONFLICT (building_id, state, unit_type) DO UPDATE SET n = n + 1;
               END""",
            """CREATE TRIGGER unit_counts_delete AFTER DELETE ON units BEGIN
                 UPDATE unit_counts SET n = n - 1 WHERE building_id = OLD.building_id AND state = OLD.state
                   AND unit_type = OLD.unit_type;
               END""",
            """CREATE TRIGGER unit_counts_update AFTER UPDATE OF building_id, state, unit_type ON units
               WHEN NEW.building_id IS NOT OLD.building_id OR NEW.state IS NOT OLD.state
                 OR NEW.unit_type IS NOT OLD.unit_type BEGIN
                 UPDATE unit_counts SET n = n - 1 WHERE building_id = OLD.building_id AND state = OLD.state
                   AND unit_type = OLD.unit_type;
                 INSERT INTO unit_counts (building_id, state, unit_type, n) VALUES (NEW.building_id, NEW.state,
                   NEW.unit_type, 1) ON CONFLICT (building_id, state, unit_type) DO UPDATE SET n = n + 1;
               END""",
        ],
    )


SCHEMA_VERSION = len(migrations._migrations)
assert SCHEMA_VERSION == _STATED_VERSION, "add the new migration to schema_version.py too"


def apply(db: Database) -> list[str]:
    """Apply pending migrations; return their names."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending
