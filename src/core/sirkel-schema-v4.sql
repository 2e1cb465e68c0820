-- Sirkel project file, schema version 4: what the Tiltak, Evaluering and Læring pages record
-- beyond version 1.
--
-- measure: the contact person of the responsible unit, the provider of a catalogue measure,
-- and the evidence rating's edition (criteria version) and source reference beside its
-- scheme, level and year. measure_partner: the partners of a measure, each with its kind
-- (frivillig sektor, forskningsmiljø, another public body, business, the users themselves
-- or other). evaluation.responsible: who carries out the evaluation. lesson.kind: erfaring,
-- forbedringstiltak or beslutning. annual_status: the yearly status (what was done, what
-- was learned, what changes). carried_item: when a project was started from the previous
-- period's file, where each carried challenge, goal, measure and lesson came from (the file,
-- the previous project's id and period, and the row's id there).

ALTER TABLE measure ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN provider TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN evidence_edition TEXT;
ALTER TABLE measure ADD COLUMN evidence_source TEXT NOT NULL DEFAULT '';

ALTER TABLE evaluation ADD COLUMN responsible TEXT NOT NULL DEFAULT '';

ALTER TABLE lesson ADD COLUMN kind TEXT NOT NULL DEFAULT 'experience'
  CHECK (kind IN ('experience', 'improvement', 'decision'));

CREATE TABLE measure_partner (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  measure_id BLOB NOT NULL REFERENCES measure (id),
  kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('voluntary', 'research', 'public', 'business', 'users', 'other')),
  title TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE annual_status (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  done TEXT NOT NULL DEFAULT '',
  learned TEXT NOT NULL DEFAULT '',
  changes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE carried_item (
  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
  rev INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL,
  modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
  deleted_at TEXT,
  entity TEXT NOT NULL CHECK (entity IN ('project', 'finding', 'goal', 'measure', 'lesson')),
  entity_id BLOB NOT NULL,
  source_file TEXT NOT NULL DEFAULT '',
  source_project BLOB,
  source_period TEXT NOT NULL DEFAULT '',
  source_id BLOB NOT NULL
);
