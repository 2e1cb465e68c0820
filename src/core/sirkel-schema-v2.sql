-- Sirkel project file, schema version 2: what the statistics importers record.
--
-- observation.flag now holds the meaning of a missing-value marker as a stable key
-- (missing, not_computable, suppressed, not_available, missing_provisional, not_applicable,
-- nil, provisional, unknown) and flag_raw the symbol as published, because the same symbol
-- means different things at different sources ('-' is a true zero at SSB and "not
-- available" at FHI). period_label keeps the period as published ("2019_2021", "2011-12").
-- obs_series.geo_level is the level the importer found (landet, fylke, kommune, bydel,
-- grunnkrets, levekarssone, pseudo, uoppgitt, other). data_import.changes summarises what a
-- re-import changed against the import it replaced.

ALTER TABLE observation ADD COLUMN flag_raw TEXT NOT NULL DEFAULT '';
ALTER TABLE observation ADD COLUMN period_label TEXT NOT NULL DEFAULT '';
ALTER TABLE obs_series ADD COLUMN geo_level TEXT NOT NULL DEFAULT '';
ALTER TABLE data_import ADD COLUMN changes TEXT NOT NULL DEFAULT '';

-- Version 1 stored FHI-style symbols in flag.
UPDATE observation SET flag_raw = flag,
  flag = CASE flag WHEN '..' THEN 'missing' WHEN '.' THEN 'not_computable' WHEN ':' THEN 'suppressed'
                   WHEN '-' THEN 'not_available' WHEN '...' THEN 'missing_provisional' ELSE 'unknown' END
  WHERE flag <> '';
UPDATE obs_series SET geo_level =
  CASE WHEN geo = '0' THEN 'landet' WHEN length (geo) = 2 THEN 'fylke' WHEN length (geo) = 4 THEN 'kommune'
       WHEN length (geo) = 6 THEN 'bydel' ELSE 'other' END;
