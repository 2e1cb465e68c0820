/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding traceability gaps with a few queries over the live rows (deleted_at IS NULL).
 *
 * A goal needs measures only if it has no live sub-goals: a hovedmål is carried by its delmål.
 * A measure needs an evaluation plan unless it is only proposed or was stopped.
 */
#define G_LOG_DOMAIN "sirkel-gaps"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sirkel-compare.h"
#include "sirkel-domain.h"
#include "sirkel-gaps.h"
#include "sirkel-store-private.h"

void
sirkel_gap_free (SirkelGap *gap)
{
  if (gap == NULL)
    return;
  g_free (gap->entity);
  g_free (gap->message);
  g_free (gap);
}

static void
add_gap (GPtrArray     *gaps,
         SirkelGapKind  kind,
         const char    *entity,
         const void    *id_bytes,
         int            id_len,
         char          *message)
{
  SirkelGap *gap = g_new0 (SirkelGap, 1);

  gap->kind = kind;
  gap->entity = g_strdup (entity);
  if (id_bytes != NULL)
    sirkel_id_from_bytes (&gap->id, id_bytes, id_len);
  gap->message = message;
  g_ptr_array_add (gaps, gap);
}

static char *
gap_message (SirkelGapKind  kind,
             const char    *title)
{
  switch (kind)
    {
    case SIRKEL_GAP_CHALLENGE_WITHOUT_GOAL:
      return g_strdup_printf (_("The prioritised challenge “%s” has no goal."), title);
    case SIRKEL_GAP_GOAL_WITHOUT_MEASURE:
      return g_strdup_printf (_("The goal “%s” has no measures."), title);
    case SIRKEL_GAP_MEASURE_WITHOUT_EVALUATION:
      return g_strdup_printf (_("The measure “%s” has no evaluation plan."), title);
    case SIRKEL_GAP_INDICATOR_NOT_DISCUSSED:
      return g_strdup_printf (_("“%s” is significantly worse than the national level but is not "
                                "discussed in any challenge or resource."), title);
    case SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT:
    default:
      g_return_val_if_reached (g_strdup (title));
    }
}

/* Runs @sql (which selects id, title) and adds one gap per row. */
static gboolean
collect (SirkelStore    *store,
         GPtrArray      *gaps,
         SirkelGapKind   kind,
         const char     *entity,
         const char     *sql,
         GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, sql, &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      add_gap (gaps, kind, entity, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0),
               gap_message (kind, (const char *) sqlite3_column_text (stmt, 1)));
    }
}

static gboolean
category_gaps (SirkelStore  *store,
               GPtrArray    *gaps,
               GError      **error)
{
  for (const char *c = SIRKEL_CATEGORIES; *c != '\0'; c++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      char code[2] = { *c, '\0' };
      gboolean has_row = FALSE;

      if (!sirkel_store_prepare (store, "SELECT 1 FROM assessment WHERE deleted_at IS NULL "
                                 "AND category = ?1 AND trim (body) <> ''", &stmt, error) ||
          !sirkel_store_check (store, sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT), error) ||
          !sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        add_gap (gaps, SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT, NULL, NULL, 0,
                 g_strdup_printf (_("Category %c (%s) has no written assessment."), *c,
                                  sirkel_category_label (*c)));
    }
  return TRUE;
}

static gboolean
indicator_gaps (SirkelStore  *store,
                GPtrArray    *gaps,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) project = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *kommune = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT kommune FROM project WHERE deleted_at IS NULL LIMIT 1",
                             &project, error) ||
      !sirkel_store_step_row (store, project, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  kommune = g_strdup ((const char *) sqlite3_column_text (project, 0));

  if (!sirkel_store_prepare (store, "SELECT id, title FROM indicator i WHERE deleted_at IS NULL "
                             "AND polarity <> 0 AND NOT EXISTS (SELECT 1 FROM finding_indicator fi "
                             "JOIN finding f ON f.id = fi.finding_id WHERE fi.indicator_id = i.id "
                             "AND fi.deleted_at IS NULL AND f.deleted_at IS NULL) ORDER BY sort, title",
                             &stmt, error))
    return FALSE;
  while (TRUE)
    {
      SirkelComparison comparison;
      SirkelId id;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (!sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0)) ||
          !sirkel_compare_indicator (store, &id, kommune, "0", &comparison, error))
        return FALSE;
      if (comparison.klass == SIRKEL_COMPARISON_WORSE)
        add_gap (gaps, SIRKEL_GAP_INDICATOR_NOT_DISCUSSED, "indicator", id.bytes, SIRKEL_ID_LEN,
                 gap_message (SIRKEL_GAP_INDICATOR_NOT_DISCUSSED,
                              (const char *) sqlite3_column_text (stmt, 1)));
    }
}

/**
 * sirkel_gaps_find:
 *
 * Returns: (transfer container) (element-type SirkelGap): the gaps, in the order of the cycle
 */
GPtrArray *
sirkel_gaps_find (SirkelStore  *store,
                  GError      **error)
{
  g_autoptr(GPtrArray) gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_gap_free);

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!category_gaps (store, gaps, error) ||
      !indicator_gaps (store, gaps, error) ||
      !collect (store, gaps, SIRKEL_GAP_CHALLENGE_WITHOUT_GOAL, "finding",
                "SELECT id, title FROM finding f WHERE deleted_at IS NULL AND kind = 'challenge' "
                "AND prioritised = 1 AND NOT EXISTS (SELECT 1 FROM goal_finding gf JOIN goal g "
                "ON g.id = gf.goal_id WHERE gf.finding_id = f.id AND gf.deleted_at IS NULL "
                "AND g.deleted_at IS NULL) ORDER BY sort, created_at", error) ||
      !collect (store, gaps, SIRKEL_GAP_GOAL_WITHOUT_MEASURE, "goal",
                "SELECT id, title FROM goal g WHERE deleted_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM goal c WHERE c.parent_id = g.id AND c.deleted_at IS NULL) "
                "AND NOT EXISTS (SELECT 1 FROM measure_goal mg JOIN measure m ON m.id = mg.measure_id "
                "WHERE mg.goal_id = g.id AND mg.deleted_at IS NULL AND m.deleted_at IS NULL) "
                "ORDER BY sort, created_at", error) ||
      !collect (store, gaps, SIRKEL_GAP_MEASURE_WITHOUT_EVALUATION, "measure",
                "SELECT id, title FROM measure m WHERE deleted_at IS NULL "
                "AND status NOT IN ('proposed', 'stopped') AND NOT EXISTS (SELECT 1 FROM evaluation e "
                "WHERE e.measure_id = m.id AND e.deleted_at IS NULL) ORDER BY sort, created_at", error))
    return NULL;
  return g_steal_pointer (&gaps);
}
