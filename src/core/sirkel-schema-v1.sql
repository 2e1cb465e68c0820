-- Sirkel project file, schema version 1.
--
-- Every shared entity table has the same bookkeeping columns: a 16-byte UUID key (never an
-- AUTOINCREMENT id, which would collide between copies), a row revision, created/modified time
-- (UTC, ISO 8601) and author, and a tombstone (deleted_at) instead of hard deletes.
-- obs_series and observation are the exception: they are the immutable content of an import
-- snapshot, identified through their data_import row; a merge copies a snapshot whole.
-- This file is compiled into the program (see sirkel-schema.c) and is the single source of the
-- schema allow-list: RELIABILITY.md §3.1 compares a file's sqlite_schema with what these
-- statements produce on an empty database.

CREATE TABLE doc_meta (
  singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
  doc_uuid BLOB NOT NULL CHECK (length(doc_uuid) = 16),
  lineage_uuid BLOB NOT NULL CHECK (length(lineage_uuid) = 16),
  revision_uuid BLOB CHECK (revision_uuid IS NULL OR length(revision_uuid) = 16),
  created_at TEXT NOT NULL,
  generator TEXT NOT NULL
);

CREATE TABLE revision (
  revision_uuid BLOB PRIMARY KEY NOT NULL CHECK (length(revision_uuid) = 16),
  parent1 BLOB,
  parent2 BLOB,
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  last_action INTEGER,
  changeset BLOB
);

CREATE TABLE action (
  seq INTEGER PRIMARY KEY NOT NULL,
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  kind TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo')),
  target BLOB,
  label TEXT NOT NULL,
  at TEXT NOT NULL,
  author TEXT NOT NULL
);

CREATE TABLE change (
  action_seq INTEGER NOT NULL REFERENCES action (seq),
  n INTEGER NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update')),
  entity TEXT NOT NULL,
  row_id BLOB NOT NULL,
  field TEXT,
  old_value,
  new_value,
  PRIMARY KEY (action_seq, n)
) WITHOUT ROWID;

CREATE TABLE project (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  kommune TEXT NOT NULL CHECK (length(kommune) = 4),
  kommune_name TEXT NOT NULL DEFAULT '',
  fylke TEXT NOT NULL DEFAULT '',
  fylke_name TEXT NOT NULL DEFAULT '',
  period_from INTEGER NOT NULL,
  period_to INTEGER NOT NULL CHECK (period_to >= period_from),
  doc_language TEXT NOT NULL DEFAULT 'nb' CHECK (doc_language IN ('nb', 'nn', 'en')),
  is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
  description TEXT NOT NULL DEFAULT '',
  previous_file TEXT
);

CREATE TABLE geography (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  code TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('landet', 'fylke', 'kommune', 'bydel', 'other')),
  title TEXT NOT NULL DEFAULT '',
  parent TEXT,
  valid_from INTEGER,
  valid_to INTEGER,
  successor TEXT
);

CREATE TABLE indicator (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  key TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  source_table TEXT NOT NULL DEFAULT '',
  measure TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  decimals INTEGER NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),
  period_length INTEGER NOT NULL DEFAULT 1 CHECK (period_length >= 1),
  standardisation TEXT NOT NULL DEFAULT 'none' CHECK (standardisation IN ('none', 'k', 'ak')),
  polarity INTEGER NOT NULL DEFAULT 0 CHECK (polarity IN (-1, 0, 1)),
  category TEXT CHECK (category IS NULL OR category IN ('a', 'b', 'c', 'd', 'e', 'f')),
  age_group TEXT NOT NULL DEFAULT '',
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE data_import (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  source_table TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL,
  row_count INTEGER NOT NULL DEFAULT 0,
  warnings TEXT NOT NULL DEFAULT ''
);

CREATE TABLE obs_series (
  key INTEGER PRIMARY KEY NOT NULL,
  import_id BLOB NOT NULL REFERENCES data_import (id),
  indicator_id BLOB NOT NULL REFERENCES indicator (id),
  geo TEXT NOT NULL,
  geo_raw TEXT NOT NULL,
  sex INTEGER NOT NULL DEFAULT 0 CHECK (sex IN (0, 1, 2)),
  age_lo INTEGER NOT NULL DEFAULT 0,
  age_hi INTEGER NOT NULL DEFAULT 120,
  dims TEXT NOT NULL DEFAULT ''
);

CREATE INDEX obs_series_lookup ON obs_series (indicator_id, geo, sex, age_lo, age_hi);
CREATE INDEX obs_series_import ON obs_series (import_id);

CREATE TABLE observation (
  series INTEGER NOT NULL REFERENCES obs_series (key),
  period_from INTEGER NOT NULL,
  period_to INTEGER NOT NULL,
  period_part INTEGER NOT NULL DEFAULT 0,
  value REAL,
  flag TEXT NOT NULL DEFAULT '',
  numerator REAL,
  denominator REAL,
  ci_low REAL,
  ci_high REAL,
  PRIMARY KEY (series, period_from, period_to, period_part),
  CHECK (value IS NOT NULL OR flag <> '')
) WITHOUT ROWID;

CREATE TABLE assessment (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  category TEXT NOT NULL CHECK (category IN ('a', 'b', 'c', 'd', 'e', 'f')),
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  sources TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final'))
);

CREATE TABLE finding (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('challenge', 'resource')),
  title TEXT NOT NULL DEFAULT '',
  category TEXT CHECK (category IS NULL OR category IN ('a', 'b', 'c', 'd', 'e', 'f')),
  description TEXT NOT NULL DEFAULT '',
  causes TEXT NOT NULL DEFAULT '',
  consequences TEXT NOT NULL DEFAULT '',
  inequality TEXT NOT NULL DEFAULT '',
  age_group TEXT NOT NULL DEFAULT '',
  sources TEXT NOT NULL DEFAULT '',
  prioritised INTEGER NOT NULL DEFAULT 0 CHECK (prioritised IN (0, 1)),
  priority_reason TEXT NOT NULL DEFAULT '',
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE finding_indicator (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  finding_id BLOB NOT NULL REFERENCES finding (id),
  indicator_id BLOB NOT NULL REFERENCES indicator (id)
);

CREATE TABLE criterion (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
  scale_max INTEGER NOT NULL DEFAULT 3 CHECK (scale_max IN (3, 5)),
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE score (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  finding_id BLOB NOT NULL REFERENCES finding (id),
  criterion_id BLOB NOT NULL REFERENCES criterion (id),
  value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
  reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decision (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL DEFAULT 'other'
    CHECK (subject IN ('prioritisation', 'plan', 'budget', 'evaluation', 'other')),
  decided_on TEXT,
  body TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '',
  case_number TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('planstrategi', 'samfunnsdel', 'handlingsdel',
                                     'kommunedelplan', 'temaplan', 'okonomiplan')),
  title TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'consultation', 'adopted')),
  adopted_on TEXT,
  period_from INTEGER,
  period_to INTEGER,
  public_health_discussed INTEGER NOT NULL DEFAULT 0 CHECK (public_health_discussed IN (0, 1))
);

CREATE TABLE goal (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  parent_id BLOB REFERENCES goal (id),
  level TEXT NOT NULL DEFAULT 'samfunnsmal' CHECK (level IN ('samfunnsmal', 'effektmal', 'resultatmal')),
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  plan_id BLOB REFERENCES plan (id),
  indicator_id BLOB REFERENCES indicator (id),
  baseline REAL,
  baseline_year INTEGER,
  target REAL,
  target_year INTEGER,
  tags TEXT NOT NULL DEFAULT '',
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE goal_finding (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  goal_id BLOB NOT NULL REFERENCES goal (id),
  finding_id BLOB NOT NULL REFERENCES finding (id)
);

CREATE TABLE measure (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  catalog_ref TEXT,
  evidence_scheme TEXT,
  evidence_level TEXT,
  evidence_year INTEGER,
  responsible TEXT NOT NULL DEFAULT '',
  partners TEXT NOT NULL DEFAULT '',
  target_group TEXT NOT NULL DEFAULT '',
  age_from INTEGER,
  age_to INTEGER,
  arena TEXT NOT NULL DEFAULT '',
  prevention_level TEXT CHECK (prevention_level IS NULL
                               OR prevention_level IN ('universal', 'selective', 'indicated')),
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('proposed', 'planned', 'ongoing', 'completed', 'stopped')),
  start_date TEXT,
  end_date TEXT,
  funding TEXT NOT NULL DEFAULT '',
  q_feasible TEXT NOT NULL DEFAULT '',
  q_effective TEXT NOT NULL DEFAULT '',
  q_worth TEXT NOT NULL DEFAULT '',
  q_wanted TEXT NOT NULL DEFAULT '',
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE measure_goal (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  measure_id BLOB NOT NULL REFERENCES measure (id),
  goal_id BLOB NOT NULL REFERENCES goal (id)
);

CREATE TABLE budget_line (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  measure_id BLOB NOT NULL REFERENCES measure (id),
  year INTEGER NOT NULL,
  amount REAL NOT NULL DEFAULT 0,
  funding_source TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE evaluation (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  measure_id BLOB NOT NULL REFERENCES measure (id),
  kind TEXT NOT NULL CHECK (kind IN ('process', 'effect', 'self')),
  title TEXT NOT NULL DEFAULT '',
  method TEXT NOT NULL DEFAULT '',
  partner TEXT NOT NULL DEFAULT '',
  context TEXT NOT NULL DEFAULT '',
  input TEXT NOT NULL DEFAULT '',
  process TEXT NOT NULL DEFAULT '',
  product TEXT NOT NULL DEFAULT '',
  findings TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'completed')),
  due_date TEXT
);

CREATE TABLE logic_element (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  measure_id BLOB NOT NULL REFERENCES measure (id),
  kind TEXT NOT NULL CHECK (kind IN ('input', 'activity', 'output', 'short_outcome',
                                     'long_outcome', 'impact', 'assumption')),
  title TEXT NOT NULL DEFAULT '',
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE eval_indicator (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  measure_id BLOB NOT NULL REFERENCES measure (id),
  logic_element_id BLOB REFERENCES logic_element (id),
  indicator_id BLOB REFERENCES indicator (id),
  title TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  polarity INTEGER NOT NULL DEFAULT 0 CHECK (polarity IN (-1, 0, 1)),
  baseline REAL,
  baseline_date TEXT,
  target REAL,
  target_date TEXT
);

CREATE TABLE measurement (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  eval_indicator_id BLOB NOT NULL REFERENCES eval_indicator (id),
  measured_on TEXT NOT NULL,
  value REAL NOT NULL,
  title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE lesson (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  source_entity TEXT,
  source_id BLOB,
  learned_on TEXT,
  carry_forward INTEGER NOT NULL DEFAULT 1 CHECK (carry_forward IN (0, 1))
);

CREATE TABLE improvement_cycle (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  measure_id BLOB REFERENCES measure (id),
  title TEXT NOT NULL DEFAULT '',
  aim TEXT NOT NULL DEFAULT '',
  indicator_text TEXT NOT NULL DEFAULT '',
  change_idea TEXT NOT NULL DEFAULT '',
  plan_text TEXT NOT NULL DEFAULT '',
  do_text TEXT NOT NULL DEFAULT '',
  study_text TEXT NOT NULL DEFAULT '',
  act_text TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'plan' CHECK (status IN ('plan', 'do', 'study', 'act', 'closed')),
  started_on TEXT
);

CREATE TABLE yearwheel_event (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('oversikt', 'planstrategi', 'budget', 'ungdata', 'reporting', 'evaluation', 'other')),
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  day INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 31),
  year INTEGER,
  responsible TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
);
