-- Sirkel project file, schema version 5: which measures of a statistics file were left out.
--
-- data_import.other_measures: the measure keys of the file that did not become indicators,
-- comma-separated, in file order ("TELLER,NEVNER,RATE"), or '' when every measure did. An
-- FHI table gives one indicator by default, its display measure, with TELLER and NEVNER on
-- each of its figures as numerator and denominator (src/core/import/sirkel-import-measures.c).
-- Imports made before version 5 made an indicator of every measure: ''.

ALTER TABLE data_import ADD COLUMN other_measures TEXT NOT NULL DEFAULT '';
