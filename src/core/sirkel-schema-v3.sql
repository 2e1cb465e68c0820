-- Sirkel project file, schema version 3: the case number (saksnummer) of a plan in the
-- municipality's records, as the Plan page and the folkehelseplan list it beside the
-- adoption date.

ALTER TABLE plan ADD COLUMN case_number TEXT NOT NULL DEFAULT '';
