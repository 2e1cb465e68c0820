/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportTable: the readers' common output; see sirkel-import-table.h.
 */
#define G_LOG_DOMAIN "sirkel-import-table"

#include "config.h"

#include <math.h>
#include <stdarg.h>

#include "sirkel-import-table.h"

/* The layout promised in sirkel-import-table.h: the cells of a big file are most of an
 * import's memory. */
G_STATIC_ASSERT (sizeof (gpointer) != 8 || sizeof (SirkelObservation) == 104);

static void
measure_free (gpointer data)
{
  SirkelMeasure *measure = data;

  g_free (measure->key);
  g_free (measure->label);
  g_free (measure->unit);
  g_free (measure);
}

SirkelImportTable *
sirkel_import_table_new (void)
{
  SirkelImportTable *table = g_new0 (SirkelImportTable, 1);

  table->format = g_strdup ("");
  table->encoding = g_strdup ("");
  table->source = g_strdup ("");
  table->table_id = g_strdup ("");
  table->title = g_strdup ("");
  table->measures = g_ptr_array_new_with_free_func (measure_free);
  table->observations = g_array_sized_new (FALSE, FALSE, sizeof (SirkelObservation), 1024);
  table->warnings = g_ptr_array_new_with_free_func (g_free);
  table->other_measures = g_ptr_array_new_with_free_func (g_free);
  table->strings = g_string_chunk_new (64 * 1024);
  return table;
}

void
sirkel_import_table_free (SirkelImportTable *table)
{
  if (table == NULL)
    return;
  g_free (table->format);
  g_free (table->encoding);
  g_free (table->source);
  g_free (table->table_id);
  g_free (table->title);
  g_ptr_array_unref (table->measures);
  g_array_unref (table->observations);
  g_ptr_array_unref (table->warnings);
  g_ptr_array_unref (table->other_measures);
  g_string_chunk_free (table->strings);
  g_free (table->file_name);
  g_free (table->sha256);
  g_free (table);
}

/**
 * sirkel_import_table_intern:
 *
 * Returns: (transfer none): a copy of @text owned by @table; equal strings share one copy
 */
const char *
sirkel_import_table_intern (SirkelImportTable *table,
                            const char        *text)
{
  g_return_val_if_fail (table != NULL, NULL);

  return g_string_chunk_insert_const (table->strings, text != NULL ? text : "");
}

/**
 * sirkel_import_table_add_measure:
 *
 * Returns: the index of the measure with @key, added if new
 */
guint
sirkel_import_table_add_measure (SirkelImportTable *table,
                                 const char        *key,
                                 const char        *label,
                                 const char        *unit,
                                 int                decimals)
{
  SirkelMeasure *measure;

  g_return_val_if_fail (table != NULL && key != NULL, 0);

  for (guint i = 0; i < table->measures->len; i++)
    if (g_str_equal (((SirkelMeasure *) g_ptr_array_index (table->measures, i))->key, key))
      return i;
  measure = g_new0 (SirkelMeasure, 1);
  measure->key = g_strdup (key);
  measure->label = g_strdup (label != NULL && *label != '\0' ? label : key);
  measure->unit = g_strdup (unit != NULL ? unit : "");
  measure->decimals = decimals;
  g_ptr_array_add (table->measures, measure);
  return table->measures->len - 1;
}

/**
 * sirkel_import_table_append:
 *
 * Returns: (transfer none): a new observation: all ages, both sexes, no value, no flag, the
 *   optional numbers NaN. Valid until the next append.
 */
SirkelObservation *
sirkel_import_table_append (SirkelImportTable *table)
{
  static const SirkelObservation blank = {
    .geo_raw = "", .geo = "", .geo_level = SIRKEL_GEO_LEVEL_OTHER,
    .period_label = "", .sex = 0, .age_lo = 0, .age_hi = 120, .dims = "",
    .has_value = FALSE, .value = 0, .flag = SIRKEL_FLAG_NONE, .flag_raw = "",
    .numerator = NAN, .denominator = NAN, .ci_low = NAN, .ci_high = NAN,
  };

  g_return_val_if_fail (table != NULL, NULL);

  g_array_append_val (table->observations, blank);
  return &g_array_index (table->observations, SirkelObservation, table->observations->len - 1);
}

void
sirkel_import_table_warn (SirkelImportTable *table,
                          const char        *format,
                          ...)
{
  va_list args;

  g_return_if_fail (table != NULL);

  /* A broken file can produce a warning per line: keep the first hundred and count the rest. */
  if (table->warnings->len > 100)
    return;
  if (table->warnings->len == 100)
    {
      g_ptr_array_add (table->warnings, g_strdup ("…"));
      return;
    }
  va_start (args, format);
  g_ptr_array_add (table->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/**
 * sirkel_import_table_set_flag:
 * @raw_symbol: (nullable): the symbol as published
 *
 * Marks @observation with @flag and makes has_value agree with it: a flag that means "no
 * value" clears it, nil is the value 0, provisional keeps the value.
 */
void
sirkel_import_table_set_flag (SirkelImportTable *table,
                              SirkelObservation *observation,
                              SirkelFlag         flag,
                              const char        *raw_symbol)
{
  g_return_if_fail (table != NULL && observation != NULL);

  observation->flag = flag;
  observation->flag_raw = sirkel_import_table_intern (table, raw_symbol);
  if (flag == SIRKEL_FLAG_NIL)
    {
      observation->has_value = TRUE;
      observation->value = 0;
    }
  else if (!sirkel_flag_has_value (flag))
    {
      observation->has_value = FALSE;
      observation->value = 0;
    }
}

static const char * const flag_keys[] = {
  [SIRKEL_FLAG_NONE] = "",
  [SIRKEL_FLAG_MISSING] = "missing",
  [SIRKEL_FLAG_NOT_COMPUTABLE] = "not_computable",
  [SIRKEL_FLAG_SUPPRESSED] = "suppressed",
  [SIRKEL_FLAG_NOT_AVAILABLE] = "not_available",
  [SIRKEL_FLAG_MISSING_PROVISIONAL] = "missing_provisional",
  [SIRKEL_FLAG_NOT_APPLICABLE] = "not_applicable",
  [SIRKEL_FLAG_NIL] = "nil",
  [SIRKEL_FLAG_PROVISIONAL] = "provisional",
  [SIRKEL_FLAG_UNKNOWN] = "unknown",
};

/**
 * sirkel_flag_to_key:
 *
 * Returns: the stable key stored in the project file and written by `observations --csv`
 */
const char *
sirkel_flag_to_key (SirkelFlag flag)
{
  g_return_val_if_fail ((guint) flag < G_N_ELEMENTS (flag_keys), "unknown");

  return flag_keys[flag];
}

SirkelFlag
sirkel_flag_from_key (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (flag_keys); i++)
    if (g_str_equal (key, flag_keys[i]))
      return (SirkelFlag) i;
  return SIRKEL_FLAG_UNKNOWN;
}

/* TRUE for the flags that go with a number: none, nil (0) and provisional. */
gboolean
sirkel_flag_has_value (SirkelFlag flag)
{
  return flag == SIRKEL_FLAG_NONE || flag == SIRKEL_FLAG_NIL || flag == SIRKEL_FLAG_PROVISIONAL;
}

const char *
sirkel_geo_level_to_key (SirkelGeoLevel level)
{
  switch (level)
    {
    case SIRKEL_GEO_LEVEL_LANDET: return "landet";
    case SIRKEL_GEO_LEVEL_FYLKE: return "fylke";
    case SIRKEL_GEO_LEVEL_KOMMUNE: return "kommune";
    case SIRKEL_GEO_LEVEL_BYDEL: return "bydel";
    case SIRKEL_GEO_LEVEL_GRUNNKRETS: return "grunnkrets";
    case SIRKEL_GEO_LEVEL_LEVEKAR: return "levekarssone";
    case SIRKEL_GEO_LEVEL_PSEUDO: return "pseudo";
    case SIRKEL_GEO_LEVEL_UNKNOWN: return "uoppgitt";
    case SIRKEL_GEO_LEVEL_OTHER:
    default: return "other";
    }
}
