/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prioritisation; see sirkel-priority.h.
 *
 * A pair of challenge and criterion has at most one live score; should a merged file hold
 * more, the newest counts and the next change of that score removes the others.
 */
#define G_LOG_DOMAIN "sirkel-priority"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-priority.h"
#include "sirkel-store-private.h"

/* The criteria common in municipal practice (DOMAIN.md §10), in our own words. */
static const struct
{
  const char *title;
  const char *description;
} recommended[] = {
  { N_("Extent"),
    N_("How many people the challenge concerns, and how common it is.") },
  { N_("Severity"),
    N_("How serious the consequences are for those affected and for the community, in the short "
       "and the long run.") },
  { N_("Development over time"),
    N_("Whether the challenge is growing, stable or shrinking.") },
  { N_("Social inequality and distribution"),
    N_("Whether the challenge affects some groups more than others and widens the social "
       "inequalities in health.") },
  { N_("Comparison with the county and the country"),
    N_("How the municipality’s figures compare with the county’s and the national level.") },
  { N_("Room for action"),
    N_("How much the municipality can influence the challenge, alone or with its partners.") },
  { N_("Consequences of not acting"),
    N_("What happens if nothing is done: for the people affected, for the services and for the "
       "costs.") },
  { N_("Knowledge of effective measures"),
    N_("Whether measures that are known to work exist and can be used here.") },
  { N_("Agreement with national goals"),
    N_("How well the challenge fits the national public health goals and programmes.") },
};

static gboolean
next_criterion_sort (SirkelStore  *store,
                     gint64       *sort,
                     GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT coalesce (max (sort), 0) + 1 FROM criterion "
                             "WHERE deleted_at IS NULL", &stmt, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  *sort = has_row ? sqlite3_column_int64 (stmt, 0) : 1;
  return TRUE;
}

static gboolean
insert_criterion (SirkelStore  *store,
                  const char   *title,
                  const char   *description,
                  SirkelId     *id,
                  GError      **error)
{
  gint64 sort = 1;

  return next_criterion_sort (store, &sort, error) &&
         sirkel_store_insert (store, "criterion", id, error,
                              "title", sirkel_value_text (title),
                              "description", sirkel_value_text (description),
                              "weight", sirkel_value_double (1.0),
                              "scale_max", sirkel_value_int (3),
                              "sort", sirkel_value_int (sort),
                              NULL);
}

/* Runs @sql (selecting id, value from score, with @first as ?1 and @second, if any, as ?2)
 * and appends the rows' ids and values. */
static gboolean
live_scores (SirkelStore     *store,
             const char      *sql,
             const SirkelId  *first,
             const SirkelId  *second,
             GArray          *ids,
             GArray          *values,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, sql, &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, first, error) ||
      (second != NULL && !sirkel_store_bind_id (store, stmt, 2, second, error)))
    return FALSE;
  while (TRUE)
    {
      SirkelId id;
      int value;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (!sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 0),
                                 sqlite3_column_bytes (stmt, 0)))
        continue;
      value = sqlite3_column_int (stmt, 1);
      g_array_append_val (ids, id);
      g_array_append_val (values, value);
    }
}

static gboolean
criterion_scale (SirkelStore     *store,
                 const SirkelId  *criterion,
                 int             *scale_max,
                 GError         **error)
{
  g_autoptr(GVariant) value = sirkel_store_get_value (store, "criterion", criterion, "scale_max",
                                                      error);

  if (value == NULL)
    return FALSE;
  *scale_max = 5;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    *scale_max = (int) g_variant_get_int64 (value);
  return TRUE;
}

/**
 * sirkel_priority_n_recommended:
 *
 * Returns: how many criteria sirkel_priority_add_recommended_criteria () adds
 */
guint
sirkel_priority_n_recommended (void)
{
  return G_N_ELEMENTS (recommended);
}

/**
 * sirkel_priority_add_recommended_criteria:
 *
 * Adds the criteria common in municipal practice (extent, severity, development over time,
 * social inequality, …), each with weight 1 and the scale 1–3, in the current language, as
 * one action.
 */
gboolean
sirkel_priority_add_recommended_criteria (SirkelStore  *store,
                                          GError      **error)
{
  gboolean own = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);

  if (!sirkel_store_begin_own (store, _("Add the recommended criteria"), &own, error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (recommended); i++)
    {
      SirkelId id = { { 0 } };

      ok = insert_criterion (store, _(recommended[i].title), _(recommended[i].description), &id,
                             error);
    }
  return sirkel_store_end_own (store, own, ok, error);
}

/**
 * sirkel_priority_add_criterion:
 * @id: (out) (optional): the new criterion's id
 *
 * Adds an untitled criterion with weight 1 and the scale 1–3 after the others, as one action.
 */
gboolean
sirkel_priority_add_criterion (SirkelStore  *store,
                               SirkelId     *id,
                               GError      **error)
{
  SirkelId criterion = { { 0 } };
  gboolean own = FALSE;
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);

  if (!sirkel_store_begin_own (store, _("Add criterion"), &own, error))
    return FALSE;
  ok = insert_criterion (store, "", "", &criterion, error);
  if (!sirkel_store_end_own (store, own, ok, error))
    return FALSE;
  if (id != NULL)
    *id = criterion;
  return TRUE;
}

/**
 * sirkel_priority_remove_criterion:
 *
 * Deletes a criterion and the scores given on it, as one action.
 */
gboolean
sirkel_priority_remove_criterion (SirkelStore     *store,
                                  const SirkelId  *criterion,
                                  GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (SirkelId));
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (int));
  gboolean own = FALSE;
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (criterion != NULL, FALSE);

  if (!sirkel_store_begin_own (store, _("Delete criterion"), &own, error))
    return FALSE;
  ok = live_scores (store, "SELECT id, value FROM score WHERE deleted_at IS NULL "
                    "AND criterion_id = ?1", criterion, NULL, ids, values, error);
  for (guint i = 0; ok && i < ids->len; i++)
    ok = sirkel_store_delete (store, "score", &g_array_index (ids, SirkelId, i), error);
  ok = ok && sirkel_store_delete (store, "criterion", criterion, error);
  return sirkel_store_end_own (store, own, ok, error);
}

/**
 * sirkel_priority_set_scale:
 * @scale_max: 3 or 5
 *
 * Changes a criterion's scale, as one action; scores above the new maximum become the
 * maximum, so that no score lies outside its scale.
 */
gboolean
sirkel_priority_set_scale (SirkelStore     *store,
                           const SirkelId  *criterion,
                           int              scale_max,
                           GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (SirkelId));
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (int));
  gboolean own = FALSE;
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (criterion != NULL, FALSE);
  g_return_val_if_fail (scale_max == 3 || scale_max == 5, FALSE);

  if (!sirkel_store_begin_own (store, _("Change the scale"), &own, error))
    return FALSE;
  ok = sirkel_store_set (store, "criterion", criterion, "scale_max", sirkel_value_int (scale_max),
                         error) &&
       live_scores (store, "SELECT id, value FROM score WHERE deleted_at IS NULL "
                    "AND criterion_id = ?1", criterion, NULL, ids, values, error);
  for (guint i = 0; ok && i < ids->len; i++)
    if (g_array_index (values, int, i) > scale_max)
      ok = sirkel_store_set (store, "score", &g_array_index (ids, SirkelId, i), "value",
                             sirkel_value_int (scale_max), error);
  return sirkel_store_end_own (store, own, ok, error);
}

/**
 * sirkel_priority_set_score:
 * @value: 1 … the criterion's scale_max, or 0 for no score
 *
 * Gives @finding the score @value on @criterion, changes the score it has, or (with 0) removes
 * it, as one action. A changed score keeps its reason.
 */
gboolean
sirkel_priority_set_score (SirkelStore     *store,
                           const SirkelId  *finding,
                           const SirkelId  *criterion,
                           int              value,
                           GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (SirkelId));
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (int));
  gboolean own = FALSE;
  gboolean ok;
  int scale_max = 5;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (finding != NULL && criterion != NULL, FALSE);

  if (!criterion_scale (store, criterion, &scale_max, error))
    return FALSE;
  if (value < 0 || value > scale_max)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   _("A score on this criterion is between 1 and %d."), scale_max);
      return FALSE;
    }
  if (!sirkel_store_begin_own (store, value == 0 ? _("Clear score") : _("Set score"), &own, error))
    return FALSE;
  ok = live_scores (store, "SELECT id, value FROM score WHERE deleted_at IS NULL "
                    "AND finding_id = ?1 AND criterion_id = ?2 ORDER BY created_at DESC, id",
                    finding, criterion, ids, values, error);
  /* The newest score stays (unless cleared); any older duplicate goes. */
  for (guint i = value == 0 ? 0 : 1; ok && i < ids->len; i++)
    ok = sirkel_store_delete (store, "score", &g_array_index (ids, SirkelId, i), error);
  if (ok && value > 0 && ids->len == 0)
    {
      SirkelId id = { { 0 } };

      ok = sirkel_store_insert (store, "score", &id, error,
                                "finding_id", sirkel_value_id (finding),
                                "criterion_id", sirkel_value_id (criterion),
                                "value", sirkel_value_int (value),
                                NULL);
    }
  else if (ok && value > 0 && g_array_index (values, int, 0) != value)
    ok = sirkel_store_set (store, "score", &g_array_index (ids, SirkelId, 0), "value",
                           sirkel_value_int (value), error);
  return sirkel_store_end_own (store, own, ok, error);
}

/**
 * sirkel_priority_weighted_score:
 * @weights: (array length=n): the criteria's weights
 * @values: (array length=n): the scores, 0 where a criterion is not scored
 *
 * Returns: Σ weight × value / Σ weight over the scored criteria, or NaN when no criterion of
 *   positive weight is scored
 */
double
sirkel_priority_weighted_score (const double *weights,
                                const int    *values,
                                guint         n)
{
  double sum = 0;
  double total_weight = 0;

  g_return_val_if_fail (n == 0 || (weights != NULL && values != NULL), NAN);

  for (guint i = 0; i < n; i++)
    if (values[i] > 0 && weights[i] > 0)
      {
        sum += weights[i] * values[i];
        total_weight += weights[i];
      }
  return total_weight > 0 ? sum / total_weight : NAN;
}

void
sirkel_priority_rank_free (SirkelPriorityRank *rank)
{
  if (rank == NULL)
    return;
  g_free (rank->title);
  g_free (rank);
}

static gboolean
score_challenge (SirkelStore         *store,
                 SirkelPriorityRank  *rank,
                 GError             **error)
{
  g_autoptr(GArray) weights = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (int));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  /* One row per criterion: the newest score (SQLite takes the bare columns from the row that
   * holds the max ()). */
  if (!sirkel_store_prepare (store, "SELECT s.value, c.weight, max (s.created_at) FROM score s "
                             "JOIN criterion c ON c.id = s.criterion_id "
                             "WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL "
                             "AND s.finding_id = ?1 GROUP BY s.criterion_id", &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, &rank->finding, error))
    return FALSE;
  while (TRUE)
    {
      int value;
      double weight;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      value = sqlite3_column_int (stmt, 0);
      weight = sqlite3_column_double (stmt, 1);
      g_array_append_val (values, value);
      g_array_append_val (weights, weight);
    }
  rank->n_scored = values->len;
  rank->score = sirkel_priority_weighted_score ((double *) weights->data, (int *) values->data,
                                                values->len);
  return TRUE;
}

/* Highest weighted score first, those without one last; ties keep the challenges' order,
 * which rank holds while sorting. */
static int
compare_ranks (gconstpointer a,
               gconstpointer b)
{
  const SirkelPriorityRank *x = *(SirkelPriorityRank * const *) a;
  const SirkelPriorityRank *y = *(SirkelPriorityRank * const *) b;

  if (isnan (x->score) != isnan (y->score))
    return isnan (x->score) ? 1 : -1;
  if (!isnan (x->score) && x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->rank < y->rank ? -1 : x->rank > y->rank ? 1 : 0;
}

/**
 * sirkel_priority_ranking:
 *
 * Returns: (transfer full) (element-type SirkelPriorityRank): the live challenges, highest
 *   weighted score first (equal scores share a rank), then those without a score in their
 *   own order; or %NULL with @error set
 */
GPtrArray *
sirkel_priority_ranking (SirkelStore  *store,
                         GError      **error)
{
  g_autoptr(GPtrArray) ranks = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) count = NULL;
  gboolean has_row = TRUE;
  guint n_criteria = 0;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  ranks = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_priority_rank_free);
  if (!sirkel_store_prepare (store, "SELECT count (*) FROM criterion WHERE deleted_at IS NULL",
                             &count, error) ||
      !sirkel_store_step_row (store, count, &has_row, error))
    return NULL;
  n_criteria = has_row ? (guint) sqlite3_column_int (count, 0) : 0;

  if (!sirkel_store_prepare (store, "SELECT id, title, prioritised FROM finding "
                             "WHERE deleted_at IS NULL AND kind = 'challenge' "
                             "ORDER BY sort, created_at, id", &stmt, error))
    return NULL;
  while (TRUE)
    {
      g_autoptr(SirkelPriorityRank) rank = g_new0 (SirkelPriorityRank, 1);

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      sirkel_id_from_bytes (&rank->finding, sqlite3_column_blob (stmt, 0),
                            sqlite3_column_bytes (stmt, 0));
      rank->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      rank->prioritised = sqlite3_column_int (stmt, 2) != 0;
      rank->n_criteria = n_criteria;
      rank->rank = ranks->len;
      if (!score_challenge (store, rank, error))
        return NULL;
      g_ptr_array_add (ranks, g_steal_pointer (&rank));
    }

  g_ptr_array_sort (ranks, compare_ranks);
  for (guint i = 0; i < ranks->len; i++)
    {
      SirkelPriorityRank *rank = g_ptr_array_index (ranks, i);
      SirkelPriorityRank *previous = i > 0 ? g_ptr_array_index (ranks, i - 1) : NULL;

      if (isnan (rank->score))
        rank->rank = 0;
      else if (previous != NULL && previous->score == rank->score)
        rank->rank = previous->rank;
      else
        rank->rank = i + 1;
    }
  return g_steal_pointer (&ranks);
}
