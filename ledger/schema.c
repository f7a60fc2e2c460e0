/* ledger/schema.c — the SQL schema and its forward migrations.
 *
 * Migration N takes a ledger from user_version N-1 to N. Never edit a released migration:
 * add the next one. Every table is STRICT; amounts are INTEGER öre; every entry row
 * carries batch_id, user and at. Tables listed in sif_append_only_tables get triggers that
 * refuse UPDATE and DELETE, and every row written through sif is journaled (journal.c).
 */
#include "store_internal.h"

#include <stddef.h>

#define COMMON \
    "  batch_id INTEGER NOT NULL REFERENCES batch(id) DEFERRABLE INITIALLY DEFERRED,\n" \
    "  user TEXT NOT NULL,\n" \
    "  at TEXT NOT NULL\n"

static const char migration_1[] =
    "CREATE TABLE batch(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  kind TEXT NOT NULL,\n"
    "  source TEXT,\n"
    "  sha256 TEXT,\n"
    "  rows INTEGER NOT NULL,\n"
    "  sum_ore INTEGER NOT NULL,\n"
    "  note TEXT,\n"
    "  user TEXT NOT NULL,\n"
    "  at TEXT NOT NULL\n"
    ") STRICT;\n"

    "CREATE TABLE fund(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  code TEXT NOT NULL UNIQUE,\n"
    "  name TEXT NOT NULL,\n"
    "  municipality TEXT,\n"
    COMMON ") STRICT;\n"

    /* capital paid into (positive) or taken out of (negative) a fund */
    "CREATE TABLE fund_capital(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  fund_id INTEGER NOT NULL REFERENCES fund(id),\n"
    "  year INTEGER NOT NULL,\n"
    "  amount_ore INTEGER NOT NULL,\n"
    "  note TEXT,\n"
    COMMON ") STRICT;\n"

    "CREATE TABLE unit(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  code TEXT NOT NULL UNIQUE,\n"
    "  name TEXT NOT NULL,\n"
    COMMON ") STRICT;\n"

    /* which committee a unit belongs to from a year on; the latest from_year <= Y wins */
    "CREATE TABLE unit_committee(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  unit_id INTEGER NOT NULL REFERENCES unit(id),\n"
    "  from_year INTEGER NOT NULL,\n"
    "  committee TEXT NOT NULL,\n"
    COMMON ") STRICT;\n"

    "CREATE TABLE project(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  code TEXT NOT NULL UNIQUE,\n"
    "  name TEXT NOT NULL,\n"
    "  committee TEXT,\n"
    "  dnr TEXT,\n"
    "  start_year INTEGER,\n"
    "  end_year INTEGER,\n"
    "  granted_ore INTEGER,\n"
    "  fund_id INTEGER NOT NULL REFERENCES fund(id),\n"
    COMMON ") STRICT;\n"

    /* repayment rule of a project; the latest row wins. Shares in basis points (1/10000). */
    "CREATE TABLE project_rule(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  repay_years INTEGER NOT NULL CHECK (repay_years > 0),\n"
    "  first_year INTEGER,\n"
    "  cash_benefit_bp INTEGER NOT NULL CHECK (cash_benefit_bp BETWEEN 0 AND 10000),\n"
    "  cash_treatment_bp INTEGER NOT NULL CHECK (cash_treatment_bp BETWEEN 0 AND 10000),\n"
    "  cash_placement_bp INTEGER NOT NULL CHECK (cash_placement_bp BETWEEN 0 AND 10000),\n"
    "  cash_other_bp INTEGER NOT NULL CHECK (cash_other_bp BETWEEN 0 AND 10000),\n"
    "  partial_bp INTEGER NOT NULL DEFAULT 5000 CHECK (partial_bp BETWEEN 0 AND 10000),\n"
    COMMON ") STRICT;\n"

    "CREATE TABLE role(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  code TEXT NOT NULL,\n"
    "  title TEXT NOT NULL,\n"
    "  unit_id INTEGER NOT NULL REFERENCES unit(id),\n"
    "  fte_milli INTEGER NOT NULL DEFAULT 1000,\n"
    COMMON ",\n  UNIQUE (project_id, code)) STRICT;\n"

    "CREATE TABLE cost(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  role_id INTEGER NOT NULL REFERENCES role(id),\n"
    "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),\n"
    "  month INTEGER CHECK (month BETWEEN 1 AND 12),\n"
    "  amount_ore INTEGER NOT NULL,\n"
    "  funding TEXT NOT NULL CHECK (funding IN ('fund', 'esf') OR funding GLOB 'other:?*'),\n"
    "  note TEXT,\n"
    "  reverses INTEGER UNIQUE REFERENCES cost(id),\n"
    "  reason TEXT,\n"
    COMMON ") STRICT;\n"
    "CREATE INDEX cost_project ON cost(project_id, year);\n"

    /* a total printed in a source, compared with the ledger's own sum (SPEC §6.3).
     * scope: 'year' (year set), 'role' (role_id set), 'total' (neither). */
    "CREATE TABLE control_total(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  kind TEXT NOT NULL DEFAULT 'costs',\n"
    "  scope TEXT NOT NULL CHECK (scope IN ('year', 'role', 'total')),\n"
    "  year INTEGER,\n"
    "  role_id INTEGER REFERENCES role(id),\n"
    "  printed_ore INTEGER NOT NULL,\n"
    "  note TEXT,\n"
    COMMON ") STRICT;\n"

    /* unit costs and parameters: kind 'ore' (num öre), 'ratio' (num/den), 'count' (num).
     * For a key and year the latest valid row wins; project_id NULL = for every project. */
    "CREATE TABLE param(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  key TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL CHECK (kind IN ('ore', 'ratio', 'count')),\n"
    "  num INTEGER NOT NULL,\n"
    "  den INTEGER NOT NULL DEFAULT 1 CHECK (den > 0),\n"
    "  year_from INTEGER,\n"
    "  year_to INTEGER,\n"
    "  project_id INTEGER REFERENCES project(id),\n"
    "  source TEXT,\n"
    COMMON ") STRICT;\n"

    "CREATE TABLE saving(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  category TEXT NOT NULL CHECK (category IN ('benefit', 'treatment', 'placement', 'other')),\n"
    "  label TEXT,\n"
    "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),\n"
    "  amount_ore INTEGER NOT NULL,\n"
    "  shifted_ore INTEGER NOT NULL DEFAULT 0,\n"
    "  unit_id INTEGER REFERENCES unit(id),\n"
    "  status TEXT NOT NULL CHECK (status IN ('projected', 'realised')),\n"
    "  cash_bp INTEGER CHECK (cash_bp BETWEEN 0 AND 10000),\n"
    "  method TEXT NOT NULL,\n"
    "  inputs TEXT,\n"
    "  derivation TEXT,\n"
    "  reverses INTEGER UNIQUE REFERENCES saving(id),\n"
    "  reason TEXT,\n"
    COMMON ") STRICT;\n"
    "CREATE INDEX saving_project ON saving(project_id, year);\n"

    "CREATE TABLE effect(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  name TEXT NOT NULL,\n"
    "  description TEXT,\n"
    "  quantity INTEGER,\n"
    "  unit_cost_ore INTEGER,\n"
    "  per TEXT,\n"
    "  source TEXT,\n"
    COMMON ") STRICT;\n"

    "CREATE TABLE decision(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  date TEXT NOT NULL,\n"
    "  body TEXT NOT NULL,\n"
    "  reference TEXT,\n"
    "  kind TEXT NOT NULL CHECK (kind IN ('waive', 'partial', 'reschedule')),\n"
    "  percent_bp INTEGER,\n"
    "  years INTEGER,\n"
    "  first_year INTEGER,\n"
    "  draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),\n"
    "  text TEXT,\n"
    COMMON ") STRICT;\n"

    /* money actually repaid to the fund, or written off by a decision */
    "CREATE TABLE repayment(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  year INTEGER NOT NULL,\n"
    "  kind TEXT NOT NULL CHECK (kind IN ('repayment', 'writeoff')),\n"
    "  amount_ore INTEGER NOT NULL,\n"
    "  committee TEXT,\n"
    "  decision_id INTEGER REFERENCES decision(id),\n"
    "  note TEXT,\n"
    COMMON ") STRICT;\n"

    /* household exits from benefit (SPEC §6.2); share = share_num/share_den of the benefit */
    "CREATE TABLE hh_exit(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  household TEXT NOT NULL,\n"
    "  exit_date TEXT NOT NULL,\n"
    "  reason TEXT NOT NULL,\n"
    "  share_num INTEGER NOT NULL DEFAULT 1,\n"
    "  share_den INTEGER NOT NULL DEFAULT 1 CHECK (share_den > 0),\n"
    COMMON ") STRICT;\n"

    /* the payment register: millions of rows, journaled per batch (count and sum) */
    "CREATE TABLE payment(\n"
    "  household TEXT NOT NULL,\n"
    "  month INTEGER NOT NULL,\n"  /* YYYYMM */
    "  amount_ore INTEGER NOT NULL,\n"
    "  district TEXT,\n"
    "  batch_id INTEGER NOT NULL\n"
    ") STRICT;\n"

    "CREATE TABLE treatment_record(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  family TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL CHECK (kind IN ('intensive', 'ordinary')),\n"
    "  months INTEGER NOT NULL,\n"
    "  hours_per_month INTEGER NOT NULL,\n"
    "  therapists INTEGER NOT NULL DEFAULT 1,\n"
    "  hourly_ore INTEGER,\n"
    COMMON ") STRICT;\n"

    "CREATE TABLE placement_record(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  child TEXT NOT NULL,\n"
    "  year INTEGER,\n"
    "  days INTEGER NOT NULL,\n"
    "  daily_ore INTEGER,\n"
    COMMON ") STRICT;\n"

    "CREATE TABLE period_event(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  year INTEGER NOT NULL,\n"
    "  action TEXT NOT NULL CHECK (action IN ('close', 'reopen')),\n"
    "  reason TEXT,\n"
    COMMON ") STRICT;\n"

    /* the hash chain: one link per row written through sif */
    "CREATE TABLE journal(\n"
    "  seq INTEGER PRIMARY KEY,\n"
    "  tbl TEXT NOT NULL,\n"
    "  row_id INTEGER NOT NULL,\n"
    "  action TEXT NOT NULL,\n"
    "  detail TEXT,\n"
    "  batch_id INTEGER,\n"
    "  user TEXT NOT NULL,\n"
    "  at TEXT NOT NULL,\n"
    "  row_hash TEXT NOT NULL,\n"
    "  prev_hash TEXT NOT NULL,\n"
    "  hash TEXT NOT NULL\n"
    ") STRICT;\n"
    "CREATE INDEX journal_row ON journal(tbl, row_id);\n"

    /* a closed year takes no new costs or savings until it is reopened */
    "CREATE TRIGGER cost_period_closed BEFORE INSERT ON cost\n"
    "WHEN (SELECT action FROM period_event WHERE year = NEW.year ORDER BY id DESC LIMIT 1) = 'close'\n"
    "BEGIN SELECT RAISE(ABORT, 'sif: period closed'); END;\n"
    "CREATE TRIGGER saving_period_closed BEFORE INSERT ON saving\n"
    "WHEN (SELECT action FROM period_event WHERE year = NEW.year ORDER BY id DESC LIMIT 1) = 'close'\n"
    "BEGIN SELECT RAISE(ABORT, 'sif: period closed'); END;\n";

/* Version 2: a closed year takes no new entry of any kind that has a year, not only costs
 * and savings: repayments and write-offs, capital, control totals, exits and placements. */
#define CLOSED_TRIGGER(name, table, year_expr) \
    "CREATE TRIGGER " name " BEFORE INSERT ON " table "\n" \
    "WHEN (SELECT action FROM period_event WHERE year = " year_expr \
    " ORDER BY id DESC LIMIT 1) = 'close'\n" \
    "BEGIN SELECT RAISE(ABORT, 'sif: period closed'); END;\n"

static const char migration_2[] =
    CLOSED_TRIGGER("repayment_period_closed", "repayment", "NEW.year")
    CLOSED_TRIGGER("fund_capital_period_closed", "fund_capital", "NEW.year")
    CLOSED_TRIGGER("control_total_period_closed", "control_total", "NEW.year")
    CLOSED_TRIGGER("placement_record_period_closed", "placement_record", "NEW.year")
    CLOSED_TRIGGER("hh_exit_period_closed", "hh_exit",
                   "CAST(substr(NEW.exit_date, 1, 4) AS INTEGER)");

/* Version 3: the users of `sif serve` (SPEC §15). A user is never changed: adding her, disabling
 * her and adding her again are new rows; the latest row of a name is in force. */
static const char migration_3[] =
    "CREATE TABLE web_user(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  role TEXT NOT NULL CHECK (role IN ('controller', 'administrator', 'committee', 'auditor')),\n"
    "  projects TEXT,\n"
    "  hash TEXT NOT NULL,\n"
    "  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),\n"
    COMMON ") STRICT;\n"
    "CREATE INDEX web_user_name ON web_user(name, id);\n";

/* Version 4: economic depth (SPEC §13). A saving's agency shares, price year and confidence
 * grade, and a unit cost's price year and grade, are rows beside the saving or parameter
 * (written with it, never changed); price indices with their sources, refused in a closed
 * year. Shares are stored exactly as "kommun=7/10,region=3/10"; index values as num/den. */
static const char migration_4[] =
    "CREATE TABLE saving_econ(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  saving_id INTEGER NOT NULL UNIQUE REFERENCES saving(id),\n"
    "  agencies TEXT NOT NULL,\n"
    "  price_year INTEGER,\n"
    "  confidence TEXT CHECK (confidence IN ('high', 'medium', 'low')),\n"
    COMMON ") STRICT;\n"
    "CREATE TABLE param_econ(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  param_id INTEGER NOT NULL UNIQUE REFERENCES param(id),\n"
    "  price_year INTEGER,\n"
    "  confidence TEXT CHECK (confidence IN ('high', 'medium', 'low')),\n"
    COMMON ") STRICT;\n"
    "CREATE TABLE price_index(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  year INTEGER NOT NULL,\n"
    "  value_num INTEGER NOT NULL CHECK (value_num > 0),\n"
    "  value_den INTEGER NOT NULL CHECK (value_den > 0),\n"
    "  source TEXT,\n"
    COMMON ",\n  UNIQUE(name, year)\n) STRICT;\n"
    CLOSED_TRIGGER("price_index_period_closed", "price_index", "NEW.year");

/* Version 5 (SPEC §11.9): the keyed chain, the payment register's per-batch digest, and
 * closed years over the dated tables that version 2 left open. Tables added later that hold
 * a date or year get a CLOSED_TRIGGER of their own in their migration.
 * chain_key: from link from_seq on, links are HMAC-SHA-256 with the key whose id is key_id
 * (HMAC of "sif key id v1" under the key); prior_head/prior_count is the unkeyed head then.
 * payment_digest: SHA-256 over every payment row of batch batch_id, in rowid order. */
static const char migration_5[] =
    "CREATE TABLE chain_key(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  from_seq INTEGER NOT NULL,\n"
    "  prior_head TEXT NOT NULL,\n"
    "  prior_count INTEGER NOT NULL,\n"
    "  key_id TEXT NOT NULL,\n"
    COMMON ") STRICT;\n"
    "CREATE TABLE payment_digest(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  rows INTEGER NOT NULL,\n"
    "  digest TEXT NOT NULL,\n"
    COMMON ",\n  UNIQUE (batch_id)) STRICT;\n"
    CLOSED_TRIGGER("payment_period_closed", "payment", "NEW.month / 100")
    CLOSED_TRIGGER("unit_committee_period_closed", "unit_committee", "NEW.from_year")
    CLOSED_TRIGGER("decision_period_closed", "decision",
                   "CAST(substr(NEW.date, 1, 4) AS INTEGER)");

/* Version 6 (SPEC §12): people as well as kronor. Participants (pseudonymised), their dated
 * outcomes, targets and printed counts; a project's area and district, an exit's district
 * and a capital row's committee live in side tables, so that the rows already hashed in the
 * journal keep their columns. Fund money may be a grant: the cost table is rebuilt (same
 * columns, same ids, so every row keeps its hash) with 'grant' among the funding sources. */
static const char migration_6[] =
    "CREATE TABLE participant(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  pseudonym TEXT NOT NULL,\n"
    "  gender TEXT NOT NULL CHECK (gender IN ('kvinna', 'man', 'annat', 'okänt')),\n"
    "  district TEXT,\n"
    "  start_date TEXT NOT NULL,\n"
    "  end_date TEXT,\n"
    "  birth_year INTEGER,\n"
    "  household TEXT,\n"
    COMMON ",\n  UNIQUE (project_id, pseudonym)) STRICT;\n"

    "CREATE TABLE outcome(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  participant_id INTEGER NOT NULL REFERENCES participant(id),\n"
    "  date TEXT NOT NULL,\n"
    "  outcome TEXT NOT NULL CHECK (outcome IN ('arbete', 'studier', 'praktik',"
    " 'arbetstraning', 'stegforflyttning', 'pagaende', 'avbrutit', 'flytt',"
    " 'forsakringskassan', 'annat')),\n"
    COMMON ",\n  UNIQUE (participant_id, date, outcome)) STRICT;\n"

    /* what: an outcome, or 'deltagare' for participants; NULL year/district/gender = any */
    "CREATE TABLE target(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  what TEXT NOT NULL,\n"
    "  count INTEGER NOT NULL CHECK (count >= 0),\n"
    "  year INTEGER,\n"
    "  district TEXT,\n"
    "  gender TEXT,\n"
    COMMON ") STRICT;\n"

    /* a count printed in a source, compared with the rows (a control total of people) */
    "CREATE TABLE count_control(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  what TEXT NOT NULL,\n"
    "  printed INTEGER NOT NULL CHECK (printed >= 0),\n"
    "  year INTEGER,\n"
    "  district TEXT,\n"
    "  gender TEXT,\n"
    "  note TEXT,\n"
    COMMON ") STRICT;\n"

    /* a project's area (insatsområde) and district; the latest row wins */
    "CREATE TABLE project_place(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  area TEXT,\n"
    "  district TEXT,\n"
    COMMON ") STRICT;\n"

    /* the household's district (stadsområde) at its exit */
    "CREATE TABLE hh_exit_district(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  exit_id INTEGER NOT NULL UNIQUE REFERENCES hh_exit(id),\n"
    "  district TEXT NOT NULL,\n"
    COMMON ") STRICT;\n"

    /* the committee a capital row is set aside for */
    "CREATE TABLE fund_capital_committee(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  capital_id INTEGER NOT NULL UNIQUE REFERENCES fund_capital(id),\n"
    "  committee TEXT NOT NULL,\n"
    COMMON ") STRICT;\n"

    CLOSED_TRIGGER("participant_period_closed", "participant",
                   "CAST(substr(NEW.start_date, 1, 4) AS INTEGER)")
    CLOSED_TRIGGER("outcome_period_closed", "outcome", "CAST(substr(NEW.date, 1, 4) AS INTEGER)")
    CLOSED_TRIGGER("target_period_closed", "target", "NEW.year")
    CLOSED_TRIGGER("count_control_period_closed", "count_control", "NEW.year")

    "CREATE TABLE cost_grant(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  role_id INTEGER NOT NULL REFERENCES role(id),\n"
    "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),\n"
    "  month INTEGER CHECK (month BETWEEN 1 AND 12),\n"
    "  amount_ore INTEGER NOT NULL,\n"
    "  funding TEXT NOT NULL CHECK (funding IN ('fund', 'grant', 'esf')"
    " OR funding GLOB 'other:?*'),\n"
    "  note TEXT,\n"
    "  reverses INTEGER UNIQUE REFERENCES cost_grant(id),\n"   /* renamed with it */
    "  reason TEXT,\n"
    COMMON ") STRICT;\n"
    "INSERT INTO cost_grant SELECT * FROM cost;\n"
    "DROP TABLE cost;\n"
    "ALTER TABLE cost_grant RENAME TO cost;\n"
    "CREATE INDEX cost_project ON cost(project_id, year);\n"
    CLOSED_TRIGGER("cost_period_closed", "cost", "NEW.year");

/* Version 7: a closed year's payments are refused by the payment writer, which knows the
 * closed years once per import, instead of by a trigger run for every row (the trigger cost a
 * 1 000 000-row import about 40 % more time than the baseline allows). */
static const char migration_7[] =
    "DROP TRIGGER payment_period_closed;\n";

/* Version 8: indexes for the natural keys an import checks for every row (SPEC §11.1), so
 * that an import of exits, treatment or placements stays linear in its rows. */
static const char migration_8[] =
    "CREATE INDEX IF NOT EXISTS hh_exit_key ON hh_exit(project_id, household);\n"
    "CREATE INDEX IF NOT EXISTS treatment_record_key ON treatment_record(project_id, family);\n"
    "CREATE INDEX IF NOT EXISTS placement_record_key ON placement_record(project_id, child);\n";

/* Version 9: a CHECK with a list of three or more constants makes SQLite build a temporary
 * table for every row it checks (about a third of a cost row's insert). The cost and saving
 * tables are rebuilt with the same columns, ids and values, so every row keeps its hash,
 * and the lists split into comparisons of at most two. The migration runs with foreign keys
 * off (saving_econ refers to saving) and checks them before it commits. */
static const char migration_9[] =
    "CREATE TABLE cost_v9(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  role_id INTEGER NOT NULL REFERENCES role(id),\n"
    "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),\n"
    "  month INTEGER CHECK (month BETWEEN 1 AND 12),\n"
    "  amount_ore INTEGER NOT NULL,\n"
    "  funding TEXT NOT NULL CHECK (funding IN ('fund', 'grant') OR funding = 'esf'"
    " OR funding GLOB 'other:?*'),\n"
    "  note TEXT,\n"
    "  reverses INTEGER UNIQUE REFERENCES cost_v9(id),\n"   /* renamed with it */
    "  reason TEXT,\n"
    COMMON ") STRICT;\n"
    "INSERT INTO cost_v9 SELECT * FROM cost;\n"
    "DROP TABLE cost;\n"
    "ALTER TABLE cost_v9 RENAME TO cost;\n"
    "CREATE INDEX cost_project ON cost(project_id, year);\n"
    CLOSED_TRIGGER("cost_period_closed", "cost", "NEW.year")

    "CREATE TABLE saving_v9(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  project_id INTEGER NOT NULL REFERENCES project(id),\n"
    "  category TEXT NOT NULL CHECK (category IN ('benefit', 'treatment')"
    " OR category IN ('placement', 'other')),\n"
    "  label TEXT,\n"
    "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),\n"
    "  amount_ore INTEGER NOT NULL,\n"
    "  shifted_ore INTEGER NOT NULL DEFAULT 0,\n"
    "  unit_id INTEGER REFERENCES unit(id),\n"
    "  status TEXT NOT NULL CHECK (status IN ('projected', 'realised')),\n"
    "  cash_bp INTEGER CHECK (cash_bp BETWEEN 0 AND 10000),\n"
    "  method TEXT NOT NULL,\n"
    "  inputs TEXT,\n"
    "  derivation TEXT,\n"
    "  reverses INTEGER UNIQUE REFERENCES saving_v9(id),\n"
    "  reason TEXT,\n"
    COMMON ") STRICT;\n"
    "INSERT INTO saving_v9 SELECT * FROM saving;\n"
    "DROP TABLE saving;\n"
    "ALTER TABLE saving_v9 RENAME TO saving;\n"
    "CREATE INDEX saving_project ON saving(project_id, year);\n"
    CLOSED_TRIGGER("saving_period_closed", "saving", "NEW.year");

/* Version 10: indexes for one project's report among many (issue 16). The fund's sums per
 * year (its balance, what it has lent and been repaid) read the projects of the fund and
 * each project's cost and repayment entries from indexes that hold every column those sums
 * need, never the rows themselves. */
static const char migration_10[] =
    "DROP INDEX cost_project;\n"
    "CREATE INDEX cost_project ON cost(project_id, year, funding, amount_ore);\n"
    "CREATE INDEX IF NOT EXISTS project_fund ON project(fund_id);\n"
    "CREATE INDEX IF NOT EXISTS repayment_project"
    " ON repayment(project_id, kind, year, amount_ore);\n"
    "CREATE INDEX IF NOT EXISTS fund_capital_fund ON fund_capital(fund_id, year, amount_ore);\n";

/* Version 11: a household's exits in every project, for one project's check of households
 * counted twice (the other projects' exits of its households, not every exit). */
static const char migration_11[] =
    "CREATE INDEX IF NOT EXISTS hh_exit_household ON hh_exit(household);\n";

/* Version 12 (SPEC §13): which unit cost rows (param) a computed saving was computed from,
 * so its price year and confidence grade can be traced to them (saving_econ.h). */
static const char migration_12[] =
    "CREATE TABLE IF NOT EXISTS saving_param(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  saving_id INTEGER NOT NULL REFERENCES saving(id),\n"
    "  param_id INTEGER NOT NULL REFERENCES param(id),\n"
    COMMON ",\n  UNIQUE(saving_id, param_id)\n) STRICT;\n";

const char *const sif_append_only_tables[] = {
    "batch", "fund", "fund_capital", "unit", "unit_committee", "project", "project_rule",
    "role", "cost", "control_total", "param", "saving", "effect", "decision", "repayment",
    "hh_exit", "payment", "treatment_record", "placement_record", "period_event", "journal",
    "web_user", "saving_econ", "param_econ", "price_index", "chain_key", "payment_digest",
    "participant", "outcome", "target", "count_control", "project_place", "hh_exit_district",
    "fund_capital_committee", "saving_param", NULL,
};

/* Tables whose rows are journaled one by one (payment is checked per batch instead). */
const char *const sif_journaled_tables[] = {
    "batch", "fund", "fund_capital", "unit", "unit_committee", "project", "project_rule",
    "role", "cost", "control_total", "param", "saving", "effect", "decision", "repayment",
    "hh_exit", "treatment_record", "placement_record", "period_event", "web_user",
    "saving_econ", "param_econ", "price_index", "chain_key", "payment_digest", "participant",
    "outcome", "target", "count_control", "project_place", "hh_exit_district",
    "fund_capital_committee", "saving_param", NULL,
};

const char *const sif_migrations[] = {
    NULL,        /* version 0: empty file */
    migration_1,
    migration_2,
    migration_3,
    migration_4,
    migration_5,
    migration_6,
    migration_7,
    migration_8,
    migration_9,
    migration_10,
    migration_11,
    migration_12,
};

const int sif_migration_count = (int)(sizeof sif_migrations / sizeof sif_migrations[0]) - 1;
