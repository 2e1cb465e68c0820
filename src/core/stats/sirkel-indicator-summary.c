/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The indicator summaries; see sirkel-indicator-summary.h.
 */
#define G_LOG_DOMAIN "sirkel-indicator-summary"

#include "config.h"

#include "sirkel-indicator-summary.h"
#include "sirkel-store-private.h"

void
sirkel_indicator_summary_free (SirkelIndicatorSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->key);
  g_free (summary->title);
  g_free (summary->unit);
  g_free (summary->category);
  g_free (summary->source);
  g_free (summary);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

/**
 * sirkel_project_geography:
 * @kommune: (out) (transfer full): the project's kommune code, "" if none
 * @fylke: (out) (transfer full): its fylke code, "" if none
 */
gboolean
sirkel_project_geography (SirkelStore  *store,
                          char        **kommune,
                          char        **fylke,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT kommune, fylke FROM project WHERE deleted_at IS NULL", &stmt, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  *kommune = has_row ? column_text (stmt, 0) : NULL;
  *fylke = has_row ? column_text (stmt, 1) : NULL;
  if (*kommune == NULL)
    *kommune = g_strdup ("");
  if (*fylke == NULL)
    *fylke = g_strdup ("");
  return TRUE;
}

/**
 * sirkel_indicator_summaries:
 *
 * Returns: (transfer full) (element-type SirkelIndicatorSummary): one summary per live
 *   indicator, or %NULL with @error set
 */
GPtrArray *
sirkel_indicator_summaries (SirkelStore  *store,
                            GError      **error)
{
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_indicator_summary_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *kommune = NULL;
  g_autofree char *fylke = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!sirkel_project_geography (store, &kommune, &fylke, error) ||
      !sirkel_store_prepare (store, "SELECT id, key, title, unit, category, source, polarity, decimals "
                             "FROM indicator WHERE deleted_at IS NULL ORDER BY sort, key", &stmt, error))
    return NULL;
  while (TRUE)
    {
      g_autoptr(SirkelIndicatorSummary) summary = g_new0 (SirkelIndicatorSummary, 1);
      g_autoptr(GError) local = NULL;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      sirkel_id_from_bytes (&summary->id, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      summary->key = column_text (stmt, 1);
      summary->title = column_text (stmt, 2);
      summary->unit = column_text (stmt, 3);
      summary->category = column_text (stmt, 4);
      summary->source = column_text (stmt, 5);
      summary->polarity = sqlite3_column_int (stmt, 6);
      summary->decimals = CLAMP (sqlite3_column_int (stmt, 7), 0, 6);
      if (!sirkel_compare_indicator (store, &summary->id, kommune, "0", &summary->landet, error) ||
          !sirkel_compare_indicator (store, &summary->id, kommune, fylke, &summary->fylke, error))
        return NULL;
      summary->trend = sirkel_trend_indicator (store, &summary->id, kommune, &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      /* Significantly worse than landet and going the wrong way: a candidate challenge. */
      summary->worse_and_worsening = summary->landet.klass == SIRKEL_COMPARISON_WORSE &&
                                     sirkel_trend_is_worsening (summary->trend, summary->polarity);
      g_ptr_array_add (summaries, g_steal_pointer (&summary));
    }
  return g_steal_pointer (&summaries);
}
