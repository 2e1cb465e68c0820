/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which measures of an FHI table become indicators.
 *
 * An FHI file carries several measures of one indicator side by side (DOMAIN.md §4): the
 * counts TELLER and NEVNER (or sumTELLER and sumNEVNER), the crude RATE, the standardised MEIS
 * the profiles show, MALTALL, SMR, and helpers such as PREDTELLER, NORM and RATE.n. They are
 * not separate indicators: an indicator is one measure (DESIGN.md §4), and the counts belong
 * with each figure as its numerator and denominator, which is what the comparison needs for a
 * confidence interval. So by default an FHI table gives one indicator, its *display measure*
 * (MEIS, else MALTALL, else RATE, else SMR), with TELLER and NEVNER on each of its cells; the
 * other measures (PREDTELLER, NORM, RATE.n and the like) are listed in table->other_measures
 * and in the snapshot (data_import.other_measures, schema v5). Asked for all measures
 * (SIRKEL_IMPORT_ALL_MEASURES), every measure becomes an indicator, as other sources' tables
 * always do. A table with none of those four measures (only counts, or measures named in
 * words such as "Antall" and "Prosent") keeps them all.
 *
 * The FHI CSV reader makes the choice from its header and never builds the other cells (a
 * kube of two million rows is two million cells, not eight million);
 * sirkel_import_table_keep_display_measure () makes the same choice afterwards for the
 * readers that lay measures out as a dimension (JSON-stat).
 */
#define G_LOG_DOMAIN "sirkel-import-measures"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-import.h"

/* In the order they are preferred as the display measure. */
static const char * const display_keys[] = { "meis", "maltall", "rate", "smr" };

/**
 * sirkel_import_measure_is_count:
 * @denominator: (out) (optional): TRUE for NEVNER and sumNEVNER
 *
 * Returns: TRUE when @key is TELLER, NEVNER, sumTELLER or sumNEVNER (any case)
 */
gboolean
sirkel_import_measure_is_count (const char *key,
                                gboolean   *denominator)
{
  gboolean is_numerator, is_denominator;

  g_return_val_if_fail (key != NULL, FALSE);

  is_numerator = g_ascii_strcasecmp (key, "teller") == 0 ||
                 g_ascii_strcasecmp (key, "sumteller") == 0;
  is_denominator = g_ascii_strcasecmp (key, "nevner") == 0 ||
                   g_ascii_strcasecmp (key, "sumnevner") == 0;
  if (denominator != NULL)
    *denominator = is_denominator;
  return is_numerator || is_denominator;
}

/**
 * sirkel_import_display_measure:
 * @keys: (array length=n_keys): an FHI table's measure keys, in file order
 *
 * Returns: the index in @keys of the measure an FHI table shows (MEIS, else MALTALL, else
 *   RATE, else SMR), or -1 when it has none of them — counts only, or measures named in
 *   words ("Antall", "Prosent") whose roles are not known — and every measure is imported
 */
int
sirkel_import_display_measure (const char * const *keys,
                               guint               n_keys)
{
  for (guint d = 0; d < G_N_ELEMENTS (display_keys); d++)
    for (guint i = 0; i < n_keys; i++)
      if (g_ascii_strcasecmp (keys[i], display_keys[d]) == 0)
        return (int) i;
  return -1;
}

/* A cell's place in the table apart from its measure. The strings are compared by content:
 * a reader need not intern them. */
static guint
cell_hash (gconstpointer data)
{
  const SirkelObservation *o = data;
  guint h = g_str_hash (o->geo);

  h = h * 31 + g_str_hash (o->dims);
  h = h * 31 + (guint) o->period_from;
  h = h * 31 + (guint) o->period_to;
  h = h * 31 + (guint) o->period_part;
  h = h * 31 + (guint) o->sex;
  h = h * 31 + (guint) o->age_lo;
  return h * 31 + (guint) o->age_hi;
}

static gboolean
cell_equal (gconstpointer a,
            gconstpointer b)
{
  const SirkelObservation *x = a, *y = b;

  return x->period_from == y->period_from && x->period_to == y->period_to &&
         x->period_part == y->period_part && x->sex == y->sex && x->age_lo == y->age_lo &&
         x->age_hi == y->age_hi && g_str_equal (x->geo, y->geo) && g_str_equal (x->dims, y->dims);
}

/**
 * sirkel_import_table_reduce_measures:
 *
 * Unless table->all_measures: when @table has more than one measure and one of them is a
 * display measure, leaves that one alone in table->measures (index 0) and lists the others,
 * in order, in table->other_measures. The cells are not touched.
 *
 * Returns: the display measure's index before, or -1 when every measure stays
 */
int
sirkel_import_table_reduce_measures (SirkelImportTable *table)
{
  g_autofree const char **keys = NULL;
  guint n_keys;
  int display;

  g_return_val_if_fail (table != NULL, -1);

  n_keys = table->measures->len;
  if (table->all_measures || n_keys < 2)
    return -1;
  keys = g_new (const char *, n_keys);
  for (guint m = 0; m < n_keys; m++)
    keys[m] = ((SirkelMeasure *) g_ptr_array_index (table->measures, m))->key;
  display = sirkel_import_display_measure (keys, n_keys);
  if (display < 0)
    return -1;

  for (guint m = 0; m < n_keys; m++)
    if ((int) m != display)
      g_ptr_array_add (table->other_measures, g_strdup (keys[m]));
  g_ptr_array_add (table->measures, g_ptr_array_steal_index (table->measures, display));
  g_ptr_array_remove_range (table->measures, 0, n_keys - 1);
  return display;
}

/**
 * sirkel_import_table_keep_display_measure:
 *
 * For an FHI table read with more than one measure, unless table->all_measures: keeps only
 * the display measure's cells, puts the TELLER and NEVNER of the same place, period, sex, age
 * and dimensions on them as numerator and denominator (where the cell has none yet), and
 * lists the other measures in table->other_measures. Other tables are left as they are.
 */
void
sirkel_import_table_keep_display_measure (SirkelImportTable *table)
{
  enum { NOT_A_COUNT, NUMERATOR, DENOMINATOR };
  g_autoptr(GHashTable) numerators = NULL;
  g_autoptr(GHashTable) denominators = NULL;
  g_autofree guint8 *counts = NULL;
  GArray *cells;
  guint n = 0, n_keys;
  int display;

  g_return_if_fail (table != NULL);

  if (g_strcmp0 (table->source, "FHI") != 0)
    return;
  /* Which measures are counts, by their index before the reduction. */
  n_keys = table->measures->len;
  counts = g_new0 (guint8, MAX (n_keys, 1));
  for (guint m = 0; m < n_keys; m++)
    {
      gboolean is_denominator = FALSE;

      if (sirkel_import_measure_is_count (((SirkelMeasure *) g_ptr_array_index (table->measures, m))->key,
                                          &is_denominator))
        counts[m] = is_denominator ? DENOMINATOR : NUMERATOR;
    }
  display = sirkel_import_table_reduce_measures (table);
  if (display < 0)
    return;

  /* The counts by cell; a count that is not a number (suppressed, missing) is no count. */
  numerators = g_hash_table_new (cell_hash, cell_equal);
  denominators = g_hash_table_new (cell_hash, cell_equal);
  cells = table->observations;
  for (guint i = 0; i < cells->len; i++)
    {
      SirkelObservation *o = &g_array_index (cells, SirkelObservation, i);

      if (o->measure < n_keys && counts[o->measure] != NOT_A_COUNT && o->has_value &&
          isfinite (o->value))
        g_hash_table_insert (counts[o->measure] == DENOMINATOR ? denominators : numerators, o, o);
    }

  /* The display measure's cells, moved to the front in their order. */
  for (guint i = 0; i < cells->len; i++)
    {
      SirkelObservation *o = &g_array_index (cells, SirkelObservation, i);
      const SirkelObservation *count;

      if (o->measure != (guint) display)
        continue;
      if (isnan (o->numerator) && (count = g_hash_table_lookup (numerators, o)) != NULL)
        o->numerator = count->value;
      if (isnan (o->denominator) && (count = g_hash_table_lookup (denominators, o)) != NULL)
        o->denominator = count->value;
      o->measure = 0;
      if (i != n)
        g_array_index (cells, SirkelObservation, n) = *o;
      n++;
    }
  g_clear_pointer (&numerators, g_hash_table_unref);
  g_clear_pointer (&denominators, g_hash_table_unref);
  g_array_set_size (cells, n);
}

/**
 * sirkel_import_table_dup_other_measures:
 *
 * Returns: (transfer full): table->other_measures comma-separated, as data_import keeps them
 */
char *
sirkel_import_table_dup_other_measures (SirkelImportTable *table)
{
  GString *keys = g_string_new (NULL);

  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; i < table->other_measures->len; i++)
    g_string_append_printf (keys, "%s%s", i > 0 ? "," : "",
                            (const char *) g_ptr_array_index (table->other_measures, i));
  return g_string_free (keys, FALSE);
}

/**
 * sirkel_import_describe_other_measures:
 * @keys: the measures left out, comma-separated as in data_import.other_measures
 *
 * Returns: (transfer full) (nullable): one sentence for people on where the measures went
 *   and how to have them as indicators, or %NULL when @keys is empty
 */
char *
sirkel_import_describe_other_measures (const char *keys)
{
  g_auto(GStrv) list = NULL;
  g_autoptr(GString) counts = g_string_new (NULL);
  g_autoptr(GString) others = g_string_new (NULL);

  if (keys == NULL || *keys == '\0')
    return NULL;
  list = g_strsplit (keys, ",", -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      GString *to = sirkel_import_measure_is_count (list[i], NULL) ? counts : others;

      if (*list[i] != '\0')
        g_string_append_printf (to, "%s%s", to->len > 0 ? ", " : "", list[i]);
    }
  if (counts->len > 0 && others->len > 0)
    return g_strdup_printf (_("The counts (%s) are kept with each figure as numerator and "
                              "denominator, and the other statistical measures (%s) were "
                              "left out. Choose “All statistical measures” when importing "
                              "(sirkel-cli import --all-measures) to have every one as an "
                              "indicator."),
                            counts->str, others->str);
  if (counts->len > 0)
    return g_strdup_printf (_("The counts (%s) are kept with each figure as numerator and "
                              "denominator, not as indicators of their own. Choose “All "
                              "statistical measures” when importing (sirkel-cli import "
                              "--all-measures) to have them as indicators too."), counts->str);
  return g_strdup_printf (_("The statistical measures %s were left out. Choose “All "
                            "statistical measures” when importing (sirkel-cli import "
                            "--all-measures) to have every one as an indicator."), others->str);
}
