/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Challenges and resources as user actions; see sirkel-findings.h.
 *
 * Deleting a finding tombstones the rows that point at it as well (its indicator links, its
 * scores and its links to goals), in the same action, so that nothing live refers to a dead
 * row and Undo brings back the whole.
 */
#define G_LOG_DOMAIN "sirkel-findings"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-findings.h"
#include "sirkel-store-private.h"

/* Opens an action unless one is open; *own says whether the caller must end it. */
/* The sort value after the last live finding. */
static gboolean
next_sort (SirkelStore  *store,
           gint64       *sort,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT coalesce (max (sort), 0) + 1 FROM finding "
                             "WHERE deleted_at IS NULL", &stmt, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  *sort = has_row ? sqlite3_column_int64 (stmt, 0) : 1;
  return TRUE;
}

/* The ids of the live rows of @table whose @column is @id. */
static GArray *
rows_pointing_at (SirkelStore     *store,
                  const char      *table,
                  const char      *column,
                  const SirkelId  *id,
                  GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (SirkelId));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE deleted_at IS NULL "
                                          "AND \"%s\" = ?1", table, column);
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, sql, &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, id, error))
    return NULL;
  while (TRUE)
    {
      SirkelId row;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      if (sirkel_id_from_bytes (&row, sqlite3_column_blob (stmt, 0),
                                sqlite3_column_bytes (stmt, 0)))
        g_array_append_val (ids, row);
    }
  return g_steal_pointer (&ids);
}

static gboolean
delete_pointing_at (SirkelStore     *store,
                    const char      *table,
                    const char      *column,
                    const SirkelId  *id,
                    GError         **error)
{
  g_autoptr(GArray) rows = rows_pointing_at (store, table, column, id, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    if (!sirkel_store_delete (store, table, &g_array_index (rows, SirkelId, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
is_linked (SirkelStore     *store,
           const SirkelId  *finding,
           const SirkelId  *indicator,
           gboolean        *linked,
           GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  return sirkel_store_prepare (store, "SELECT 1 FROM finding_indicator WHERE deleted_at IS NULL "
                               "AND finding_id = ?1 AND indicator_id = ?2", &stmt, error) &&
         sirkel_store_bind_id (store, stmt, 1, finding, error) &&
         sirkel_store_bind_id (store, stmt, 2, indicator, error) &&
         sirkel_store_step_row (store, stmt, linked, error);
}

/**
 * sirkel_finding_add:
 * @kind: "challenge" or "resource"
 * @title: (nullable): the title, "" if %NULL
 * @category: (nullable): "a" … "f", or %NULL for none
 * @indicator: (nullable): an indicator to link the new finding to
 * @id: (out) (optional): the new finding's id
 *
 * Adds a challenge or resource after the others, as one action.
 */
gboolean
sirkel_finding_add (SirkelStore     *store,
                    const char      *kind,
                    const char      *title,
                    const char      *category,
                    const SirkelId  *indicator,
                    SirkelId        *id,
                    GError         **error)
{
  SirkelId finding = { { 0 } };
  SirkelId link = { { 0 } };
  gboolean own = FALSE;
  gboolean ok;
  gint64 sort = 1;
  gboolean resource;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_strcmp0 (kind, "challenge") == 0 || g_strcmp0 (kind, "resource") == 0,
                        FALSE);

  resource = g_str_equal (kind, "resource");
  if (!sirkel_store_begin_own (store, resource ? _("Add resource") : _("Add challenge"), &own, error))
    return FALSE;
  ok = next_sort (store, &sort, error) &&
       sirkel_store_insert (store, "finding", &finding, error,
                            "kind", sirkel_value_text (kind),
                            "title", sirkel_value_text (title != NULL ? title : ""),
                            "category", category != NULL ? sirkel_value_text (category)
                                                         : sirkel_value_null (),
                            "sort", sirkel_value_int (sort),
                            NULL) &&
       (indicator == NULL ||
        sirkel_store_insert (store, "finding_indicator", &link, error,
                             "finding_id", sirkel_value_id (&finding),
                             "indicator_id", sirkel_value_id (indicator),
                             NULL));
  if (!sirkel_store_end_own (store, own, ok, error))
    return FALSE;
  if (id != NULL)
    *id = finding;
  return TRUE;
}

/**
 * sirkel_finding_remove:
 *
 * Deletes a challenge or resource with its indicator links, scores and goal links, as one
 * action.
 */
gboolean
sirkel_finding_remove (SirkelStore     *store,
                       const SirkelId  *finding,
                       GError         **error)
{
  g_autoptr(GVariant) kind = NULL;
  gboolean resource;
  gboolean own = FALSE;
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  kind = sirkel_store_get_value (store, "finding", finding, "kind", error);
  if (kind == NULL)
    return FALSE;
  resource = g_variant_is_of_type (kind, G_VARIANT_TYPE_STRING) &&
             g_str_equal (g_variant_get_string (kind, NULL), "resource");
  if (!sirkel_store_begin_own (store, resource ? _("Delete resource") : _("Delete challenge"), &own, error))
    return FALSE;
  ok = delete_pointing_at (store, "finding_indicator", "finding_id", finding, error) &&
       delete_pointing_at (store, "score", "finding_id", finding, error) &&
       delete_pointing_at (store, "goal_finding", "finding_id", finding, error) &&
       sirkel_store_delete (store, "finding", finding, error);
  return sirkel_store_end_own (store, own, ok, error);
}

/**
 * sirkel_finding_link_indicators:
 * @indicators: (array length=n_indicators): the indicators to link
 * @n_added: (out) (optional): how many links were new
 *
 * Links @finding to each of @indicators that it is not linked to yet, as one action (none if
 * all were linked already).
 */
gboolean
sirkel_finding_link_indicators (SirkelStore     *store,
                                const SirkelId  *finding,
                                const SirkelId  *indicators,
                                guint            n_indicators,
                                guint           *n_added,
                                GError         **error)
{
  const char *label;
  gboolean own = FALSE;
  gboolean ok = TRUE;
  guint added = 0;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);
  g_return_val_if_fail (n_indicators == 0 || indicators != NULL, FALSE);

  label = g_dngettext (GETTEXT_PACKAGE, "Link indicator", "Link indicators", n_indicators);
  if (!sirkel_store_begin_own (store, label, &own, error))
    return FALSE;
  for (guint i = 0; ok && i < n_indicators; i++)
    {
      SirkelId link = { { 0 } };
      gboolean linked = FALSE;

      ok = is_linked (store, finding, &indicators[i], &linked, error);
      if (ok && !linked)
        {
          ok = sirkel_store_insert (store, "finding_indicator", &link, error,
                                    "finding_id", sirkel_value_id (finding),
                                    "indicator_id", sirkel_value_id (&indicators[i]),
                                    NULL);
          added++;
        }
    }
  if (!sirkel_store_end_own (store, own, ok, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

/**
 * sirkel_finding_unlink_indicator:
 * @link: a finding_indicator row
 *
 * Removes one link between a finding and an indicator, as one action.
 */
gboolean
sirkel_finding_unlink_indicator (SirkelStore     *store,
                                 const SirkelId  *link,
                                 GError         **error)
{
  gboolean own = FALSE;
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (link != NULL, FALSE);

  if (!sirkel_store_begin_own (store, _("Remove linked indicator"), &own, error))
    return FALSE;
  ok = sirkel_store_delete (store, "finding_indicator", link, error);
  return sirkel_store_end_own (store, own, ok, error);
}

void
sirkel_finding_suggestion_free (SirkelFindingSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  sirkel_indicator_summary_free (suggestion->summary);
  g_free (suggestion->reason);
  g_free (suggestion);
}

/* The indicators that some live challenge is linked to, as a set of SirkelId. */
static GHashTable *
linked_to_challenges (SirkelStore  *store,
                      GError      **error)
{
  g_autoptr(GHashTable) linked = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                        (GDestroyNotify) g_bytes_unref, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, "SELECT DISTINCT fi.indicator_id FROM finding_indicator fi "
                             "JOIN finding f ON f.id = fi.finding_id WHERE fi.deleted_at IS NULL "
                             "AND f.deleted_at IS NULL AND f.kind = 'challenge'", &stmt, error))
    return NULL;
  while (TRUE)
    {
      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_hash_table_add (linked, g_bytes_new (sqlite3_column_blob (stmt, 0),
                                             (gsize) sqlite3_column_bytes (stmt, 0)));
    }
  return g_steal_pointer (&linked);
}

/**
 * sirkel_finding_suggestions:
 *
 * Returns: (transfer full) (element-type SirkelFindingSuggestion): the indicators that are
 *   significantly worse than landet and worsening, and that no live challenge is linked to,
 *   in the indicators' order; or %NULL with @error set
 */
GPtrArray *
sirkel_finding_suggestions (SirkelStore  *store,
                            GError      **error)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GHashTable) linked = NULL;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  summaries = sirkel_indicator_summaries (store, error);
  if (summaries == NULL)
    return NULL;
  linked = linked_to_challenges (store, error);
  if (linked == NULL)
    return NULL;
  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_finding_suggestion_free);
  for (guint i = 0; i < summaries->len; i++)
    {
      SirkelIndicatorSummary *summary = g_ptr_array_index (summaries, i);
      g_autoptr(GBytes) key = g_bytes_new (summary->id.bytes, SIRKEL_ID_LEN);
      SirkelFindingSuggestion *suggestion;

      if (!summary->worse_and_worsening || g_hash_table_contains (linked, key))
        continue;
      suggestion = g_new0 (SirkelFindingSuggestion, 1);
      suggestion->reason = sirkel_indicator_summary_dup_reason (summary);
      /* Taken over from the array, which frees what is left (its free function allows NULL). */
      suggestion->summary = summary;
      summaries->pdata[i] = NULL;
      g_ptr_array_add (suggestions, suggestion);
    }
  return g_steal_pointer (&suggestions);
}

/**
 * sirkel_finding_accept_suggestion:
 * @id: (out) (optional): the new challenge's id
 *
 * Adds a challenge named after the suggested indicator, in its category and linked to it, as
 * one action.
 */
gboolean
sirkel_finding_accept_suggestion (SirkelStore                   *store,
                                  const SirkelIndicatorSummary  *summary,
                                  SirkelId                      *id,
                                  GError                       **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  return sirkel_finding_add (store, "challenge", summary->title, summary->category, &summary->id,
                             id, error);
}

static char *
format_number (double value,
               int    decimals)
{
  /* The user's locale decides the decimal mark, as everywhere in the window. */
  return g_strdup_printf ("%.*f", CLAMP (decimals, 0, 6), value);
}

static char *
format_period (int from,
               int to)
{
  if (from == to)
    return g_strdup_printf ("%d", from);
  /* Translators: a period of years, "2022–2024". */
  return g_strdup_printf (_("%d–%d"), from, to);
}

/**
 * sirkel_indicator_summary_dup_value:
 *
 * Returns: (transfer full): the municipality's latest value with its unit and period,
 *   "16.3 prosent (2022–2024)", or "No data"
 */
char *
sirkel_indicator_summary_dup_value (const SirkelIndicatorSummary *summary)
{
  const SirkelComparison *landet;
  g_autofree char *value = NULL;
  g_autofree char *period = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  landet = &summary->landet;
  if (landet->klass == SIRKEL_COMPARISON_NO_DATA || isnan (landet->value))
    return g_strdup (_("No data"));
  value = format_number (landet->value, summary->decimals);
  period = format_period (landet->period_from, landet->period_to);
  if (summary->unit == NULL || *summary->unit == '\0')
    /* Translators: an indicator's value and its period, "2.4 (2024)". */
    return g_strdup_printf (_("%s (%s)"), value, period);
  /* Translators: an indicator's value, unit and period, "16.3 prosent (2022–2024)". */
  return g_strdup_printf (_("%s %s (%s)"), value, summary->unit, period);
}

/**
 * sirkel_indicator_summary_dup_figures:
 *
 * Returns: (transfer full): one line for lists: the value, landet's value, the comparison and
 *   the trend, "16.3 prosent (2022–2024) · National level 11.5 · Significantly worse · Rising"
 */
char *
sirkel_indicator_summary_dup_figures (const SirkelIndicatorSummary *summary)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (summary != NULL, NULL);

  g_ptr_array_add (parts, sirkel_indicator_summary_dup_value (summary));
  if (summary->landet.klass != SIRKEL_COMPARISON_NO_DATA)
    {
      if (!isnan (summary->landet.reference))
        {
          g_autofree char *reference = format_number (summary->landet.reference, summary->decimals);

          /* Translators: landet's value of an indicator, in a list of figures. */
          g_ptr_array_add (parts, g_strdup_printf (_("National level %s"), reference));
        }
      g_ptr_array_add (parts, g_strdup (sirkel_comparison_class_to_label (summary->landet.klass)));
    }
  g_ptr_array_add (parts, g_strdup (sirkel_trend_to_label (summary->trend)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/**
 * sirkel_indicator_summary_dup_reason:
 *
 * Returns: (transfer full): why an indicator that is worse than landet and worsening is
 *   suggested as a challenge, in one sentence
 */
char *
sirkel_indicator_summary_dup_reason (const SirkelIndicatorSummary *summary)
{
  g_autofree char *value = NULL;
  g_autofree char *reference = NULL;
  const char *direction;

  g_return_val_if_fail (summary != NULL, NULL);

  value = sirkel_indicator_summary_dup_value (summary);
  reference = isnan (summary->landet.reference)
              ? g_strdup ("–") : format_number (summary->landet.reference, summary->decimals);
  direction = summary->trend == SIRKEL_TREND_RISING ? _("rising") : _("falling");
  /* Translators: why an indicator is suggested as a challenge: "16.3 prosent (2022–2024)
   * against 11.5 at the national level: significantly worse, and rising, which is the wrong
   * way." The last %s is "rising" or "falling". */
  return g_strdup_printf (_("%s against %s at the national level: significantly worse, and %s, "
                            "which is the wrong way."), value, reference, direction);
}

/**
 * sirkel_trend_to_label:
 *
 * Returns: the trend for people: "Rising", "Falling", "Stable" or "Too few periods for a trend"
 */
const char *
sirkel_trend_to_label (SirkelTrend trend)
{
  switch (trend)
    {
    case SIRKEL_TREND_STABLE: return _("Stable");
    case SIRKEL_TREND_RISING: return _("Rising");
    case SIRKEL_TREND_FALLING: return _("Falling");
    case SIRKEL_TREND_UNKNOWN:
    default: return _("Too few periods for a trend");
    }
}
