/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading old kommune codes as today's (sirkel-geo-history.h). After a reader has filled a
 * table, a kommune code from before the 2020 or 2024 renumbering is replaced by today's code
 * for the same kommune, so that a 2021 SSB file (3001 Halden) and a 2025 FHI file (3101
 * Halden) make one series. geo_raw keeps the code as published.
 *
 * SSB tables often list both codes, each with figures for its own years and "." (cannot
 * occur) for the others. Once recoded, the two rows meet on the same cell; the cell with a
 * value wins, and when both have one the figure published under today's code wins and the
 * import says so. A merged or split kommune keeps its old code: no figure of the old kommune
 * can stand for today's. Both cases become one warning each on the import.
 */
#define G_LOG_DOMAIN "sirkel-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sirkel-geo-history.h"
#include "sirkel-readers.h"

#define DROPPED G_MAXUINT  /* measure index of a cell removed as the loser of a collision */

static guint
cell_hash (gconstpointer p)
{
  const SirkelObservation *o = p;
  guint h = o->measure;

  h = h * 31 + g_direct_hash (o->geo);
  h = h * 31 + (guint) o->period_from;
  h = h * 31 + (guint) o->period_to;
  h = h * 31 + (guint) o->period_part;
  h = h * 31 + (guint) o->sex;
  h = h * 31 + (guint) o->age_lo;
  h = h * 31 + (guint) o->age_hi;
  return h * 31 + g_direct_hash (o->dims);
}

static gboolean
cell_equal (gconstpointer pa,
            gconstpointer pb)
{
  const SirkelObservation *a = pa, *b = pb;

  /* Interned strings: equal text is an equal pointer. */
  return a->measure == b->measure && a->geo == b->geo && a->period_from == b->period_from &&
         a->period_to == b->period_to && a->period_part == b->period_part && a->sex == b->sex &&
         a->age_lo == b->age_lo && a->age_hi == b->age_hi && a->dims == b->dims;
}

/* Of two cells with the same key, the one to keep: a value beats a flag; between two values,
 * the one published under today's code (geo_raw equal to geo after normalising). */
static gboolean
keep_first (const SirkelObservation *first,
            gboolean                 first_recoded,
            const SirkelObservation *second,
            gboolean                *conflict)
{
  if (first->has_value != second->has_value)
    return first->has_value;
  if (first->has_value && first->value != second->value)
    *conflict = TRUE;
  return !first_recoded;
}

static void
resolve_collisions (SirkelImportTable *table,
                    GHashTable        *targets,
                    const guint8      *recoded)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (cell_hash, cell_equal);
  GArray *cells = table->observations;
  guint conflicts = 0, dropped = 0, kept = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      SirkelObservation *o = &g_array_index (cells, SirkelObservation, i);
      SirkelObservation *other;
      gboolean conflict = FALSE;

      if (!g_hash_table_contains (targets, o->geo))
        continue;
      other = g_hash_table_lookup (seen, o);
      if (other == NULL)
        {
          g_hash_table_add (seen, o);
          continue;
        }
      if (keep_first (other, recoded[other - &g_array_index (cells, SirkelObservation, 0)], o, &conflict))
        o->measure = DROPPED;
      else
        {
          g_hash_table_remove (seen, other);
          other->measure = DROPPED;
          g_hash_table_add (seen, o);
        }
      conflicts += conflict;
      dropped++;
    }
  if (dropped == 0)
    return;

  for (guint i = 0; i < cells->len; i++)
    if (g_array_index (cells, SirkelObservation, i).measure != DROPPED)
      {
        if (kept != i)
          g_array_index (cells, SirkelObservation, kept) = g_array_index (cells, SirkelObservation, i);
        kept++;
      }
  g_array_set_size (cells, kept);

  if (conflicts > 0)
    sirkel_import_table_warn (table,
                              ngettext ("%u cell was published with different figures under a "
                                        "kommune’s old and new code; the figure under today’s code "
                                        "was kept.",
                                        "%u cells were published with different figures under a "
                                        "kommune’s old and new code; the figures under today’s code "
                                        "were kept.", conflicts), conflicts);
}

/**
 * sirkel_import_table_recode_geography:
 *
 * Reads the table's old kommune codes as today's codes and notes retired ones; see the top of
 * this file.
 */
void
sirkel_import_table_recode_geography (SirkelImportTable *table)
{
  g_autoptr(GHashTable) recoded = g_hash_table_new (g_str_hash, g_str_equal);   /* old code → change */
  g_autoptr(GHashTable) retired = g_hash_table_new (g_str_hash, g_str_equal);   /* old code → change */
  g_autoptr(GHashTable) targets = g_hash_table_new (NULL, NULL);                /* interned codes */
  const SirkelGeoChange *example_recoded = NULL, *example_retired = NULL;
  const char *last_geo = NULL;
  const char *last_current = NULL;
  g_autofree guint8 *is_recoded = g_new0 (guint8, table->observations->len);

  for (guint i = 0; i < table->observations->len; i++)
    {
      SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);
      const SirkelGeoChange *change;

      if (o->geo_level != SIRKEL_GEO_LEVEL_KOMMUNE)
        continue;
      if (o->geo == last_geo)
        {
          /* Rows come grouped by place: skip the lookup for a run of the same code. */
          if (last_current != NULL)
            {
              o->geo = last_current;
              is_recoded[i] = TRUE;
            }
          continue;
        }
      last_geo = o->geo;
      last_current = NULL;
      change = sirkel_geo_history_lookup (o->geo);
      if (change == NULL)
        continue;
      if (change->kind != SIRKEL_GEO_CHANGE_RENUMBERED)
        {
          if (g_hash_table_insert (retired, (gpointer) change->code, (gpointer) change) &&
              example_retired == NULL)
            example_retired = change;
          continue;
        }
      if (g_hash_table_insert (recoded, (gpointer) change->code, (gpointer) change) &&
          example_recoded == NULL)
        example_recoded = change;
      last_current = sirkel_import_table_intern (table, sirkel_geo_current_code (o->geo));
      g_hash_table_add (targets, (gpointer) last_current);
      o->geo = last_current;
      is_recoded[i] = TRUE;
    }

  if (g_hash_table_size (targets) > 0)
    resolve_collisions (table, targets, is_recoded);

  if (example_recoded != NULL)
    {
      g_autofree char *example = sirkel_geo_describe_change (example_recoded);
      guint n = g_hash_table_size (recoded);

      sirkel_import_table_warn (table,
                                ngettext ("%u kommune code from before the 2020 or 2024 renumbering "
                                          "was read as today’s code (%s).",
                                          "%u kommune codes from before the 2020 or 2024 renumbering "
                                          "were read as today’s codes (for example, %s).", n),
                                n, example);
    }
  if (example_retired != NULL)
    {
      g_autofree char *example = sirkel_geo_describe_change (example_retired);
      guint n = g_hash_table_size (retired);

      sirkel_import_table_warn (table,
                                ngettext ("%u kommune code belongs to a kommune that no longer exists "
                                          "(%s); its figures are kept under the old code.",
                                          "%u kommune codes belong to kommuner that no longer exist "
                                          "(for example, %s); their figures are kept under the old codes.", n),
                                n, example);
    }
}
