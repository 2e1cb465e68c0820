/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Progress of the cycle's phases; see sirkel-progress.h for what each step counts. Every
 * count is one query over the live rows (deleted_at IS NULL) that returns (done, total).
 */
#define G_LOG_DOMAIN "sirkel-progress"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sirkel-progress.h"
#include "sirkel-store-private.h"

/* A goal "without sub-goals": the goals that carry indicators and measures themselves. */
#define LEAF_GOAL "g.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM goal c " \
                  "WHERE c.parent_id = g.id AND c.deleted_at IS NULL)"

static const char *const queries[] = {
  /* 0: categories with a final, written assessment */
  "SELECT count (DISTINCT category), 6 FROM assessment WHERE deleted_at IS NULL "
  "AND status = 'final' AND trim (body) <> ''",
  /* 1: challenges; 2: prioritised challenges (done = total = the count) */
  "SELECT count (*), count (*) FROM finding WHERE deleted_at IS NULL AND kind = 'challenge'",
  "SELECT count (*), count (*) FROM finding WHERE deleted_at IS NULL AND kind = 'challenge' "
  "AND prioritised = 1",
  /* 3: prioritised challenges with a goal */
  "SELECT coalesce (sum (EXISTS (SELECT 1 FROM goal_finding gf JOIN goal g ON g.id = gf.goal_id "
  "WHERE gf.finding_id = f.id AND gf.deleted_at IS NULL AND g.deleted_at IS NULL)), 0), count (*) "
  "FROM finding f WHERE f.deleted_at IS NULL AND f.kind = 'challenge' AND f.prioritised = 1",
  /* 4: goals without sub-goals with an indicator and a target */
  "SELECT coalesce (sum (g.indicator_id IS NOT NULL AND g.target IS NOT NULL), 0), count (*) "
  "FROM goal g WHERE " LEAF_GOAL,
  /* 5: goals without sub-goals with a measure */
  "SELECT coalesce (sum (EXISTS (SELECT 1 FROM measure_goal mg JOIN measure m ON m.id = mg.measure_id "
  "WHERE mg.goal_id = g.id AND mg.deleted_at IS NULL AND m.deleted_at IS NULL)), 0), count (*) "
  "FROM goal g WHERE " LEAF_GOAL,
  /* 6: measures under way or completed, of those not stopped */
  "SELECT coalesce (sum (status IN ('ongoing', 'completed')), 0), count (*) FROM measure "
  "WHERE deleted_at IS NULL AND status <> 'stopped'",
  /* 7: measures with an evaluation plan, of those that need one */
  "SELECT coalesce (sum (EXISTS (SELECT 1 FROM evaluation e WHERE e.measure_id = m.id "
  "AND e.deleted_at IS NULL)), 0), count (*) FROM measure m WHERE m.deleted_at IS NULL "
  "AND m.status NOT IN ('proposed', 'stopped')",
  /* 8: evaluation indicators (of live measures) with a measurement */
  "SELECT coalesce (sum (EXISTS (SELECT 1 FROM measurement x WHERE x.eval_indicator_id = i.id "
  "AND x.deleted_at IS NULL)), 0), count (*) FROM eval_indicator i JOIN measure m "
  "ON m.id = i.measure_id WHERE i.deleted_at IS NULL AND m.deleted_at IS NULL",
  /* 9: lessons learned (or, without a date, written) within the project's period */
  "SELECT count (*), count (*) FROM lesson l, project p WHERE l.deleted_at IS NULL "
  "AND p.deleted_at IS NULL AND CAST (substr (coalesce (l.learned_on, l.created_at), 1, 4) "
  "AS INTEGER) BETWEEN p.period_from AND p.period_to",
  /* 10: decisions about evaluation (the yearly report) in year ?1 */
  "SELECT count (*), count (*) FROM decision WHERE deleted_at IS NULL AND subject = 'evaluation' "
  "AND CAST (substr (decided_on, 1, 4) AS INTEGER) = ?1",
  /* 11: the yearly status (done, learned, changes) for year ?1 */
  "SELECT count (*), count (*) FROM annual_status WHERE deleted_at IS NULL AND year = ?1 "
  "AND (done <> '' OR learned <> '' OR changes <> '')",
};

static gboolean
count (SirkelStore  *store,
       guint         query,
       int           year,
       guint        *done,
       guint        *total,
       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, queries[query], &stmt, error))
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0 &&
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 1, year), error))
    return FALSE;
  if (!sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  *done = has_row ? (guint) MAX (0, sqlite3_column_int (stmt, 0)) : 0;
  *total = has_row ? (guint) MAX (0, sqlite3_column_int (stmt, 1)) : 0;
  return TRUE;
}

static SirkelProgressStep *
add_step (SirkelPhaseProgress *progress,
          guint                done,
          guint                total,
          char                *text)
{
  SirkelProgressStep *step;

  g_assert (progress->n_steps < SIRKEL_PROGRESS_MAX_STEPS);
  step = &progress->steps[progress->n_steps++];
  step->done = MIN (done, total);
  step->total = total;
  step->text = text;
  return step;
}

/* A "done of total" step, or @none when there is nothing to count. */
static void
add_ratio (SirkelPhaseProgress *progress,
           guint                done,
           guint                total,
           const char          *none,
           char                *ratio)
{
  if (total == 0)
    {
      g_free (ratio);
      add_step (progress, 0, 0, g_strdup (none));
    }
  else
    add_step (progress, done, total, ratio);
}

/* A step that is done once there is at least one: "8 challenges found" or @none. */
static void
add_presence (SirkelPhaseProgress *progress,
              guint                n,
              const char          *none,
              char                *some)
{
  if (n == 0)
    {
      g_free (some);
      add_step (progress, 0, 1, g_strdup (none));
    }
  else
    add_step (progress, 1, 1, some);
}

static gboolean
compute_all (SirkelStore          *store,
             int                   year,
             SirkelPhaseProgress  *progress,
             GError              **error)
{
  guint done[G_N_ELEMENTS (queries)];
  guint total[G_N_ELEMENTS (queries)];
  g_autofree char *no_report = NULL;
  g_autofree char *no_status = NULL;
  SirkelPhaseProgress *p;

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (!count (store, i, year, &done[i], &total[i], error))
      return FALSE;

  p = &progress[SIRKEL_PHASE_OVERVIEW];
  add_step (p, done[0], total[0],
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u of 6 categories has a final assessment",
                                          "%u of 6 categories have a final assessment", done[0]),
                             done[0]));
  add_presence (p, done[1], _("No challenges found yet"),
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u challenge found",
                                              "%u challenges found", done[1]), done[1]));
  add_presence (p, done[2], _("No challenges prioritised yet"),
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u challenge prioritised",
                                              "%u challenges prioritised", done[2]), done[2]));

  p = &progress[SIRKEL_PHASE_PLAN];
  add_ratio (p, done[3], total[3], _("No prioritised challenges yet"),
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u prioritised challenge has a goal",
                                           "%u of %u prioritised challenges have a goal", total[3]),
                              done[3], total[3]));
  add_ratio (p, done[4], total[4], _("No goals yet"),
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u goal has an indicator and a target",
                                           "%u of %u goals have an indicator and a target", total[4]),
                              done[4], total[4]));

  p = &progress[SIRKEL_PHASE_MEASURES];
  add_ratio (p, done[5], total[5], _("No goals to carry out yet"),
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u goal has a measure",
                                           "%u of %u goals have a measure", total[5]),
                              done[5], total[5]));
  add_ratio (p, done[6], total[6], _("No measures yet"),
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u measure is under way or completed",
                                           "%u of %u measures are under way or completed", total[6]),
                              done[6], total[6]));

  p = &progress[SIRKEL_PHASE_EVALUATION];
  add_ratio (p, done[7], total[7], _("No measures to evaluate yet"),
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u measure has an evaluation plan",
                                           "%u of %u measures have an evaluation plan", total[7]),
                              done[7], total[7]));
  add_ratio (p, done[8], total[8], _("No evaluation indicators yet"),
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u evaluation indicator has a measurement",
                                           "%u of %u evaluation indicators have a measurement",
                                           total[8]),
                              done[8], total[8]));

  p = &progress[SIRKEL_PHASE_LEARNING];
  add_presence (p, done[9], _("No lessons learned yet this period"),
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lesson learned this period",
                                              "%u lessons learned this period", done[9]), done[9]));
  /* Translators: %d is a year; the yearly report is the one on public health work and
   * internal control that the council receives. */
  no_report = g_strdup_printf (_("No decision on the yearly report in %d yet"), year);
  add_presence (p, done[10], no_report,
                g_strdup_printf (_("Yearly report decided in %d"), year));
  /* Translators: %d is a year; the yearly status says what was done, what was learned and
   * what changes. */
  no_status = g_strdup_printf (_("No yearly status for %d yet"), year);
  add_presence (p, done[11], no_status,
                g_strdup_printf (_("Yearly status for %d written"), year));
  return TRUE;
}

/**
 * sirkel_progress_compute:
 * @year: the year whose yearly report counts, normally this year
 * @progress: (array fixed-size=5) (out caller-allocates): one entry per #SirkelPhase; clear
 *   each with sirkel_phase_progress_clear ()
 *
 * Returns: %FALSE with @error set when a query failed; @progress is then empty
 */
gboolean
sirkel_progress_compute (SirkelStore          *store,
                         int                   year,
                         SirkelPhaseProgress  *progress,
                         GError              **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);

  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    {
      memset (&progress[i], 0, sizeof progress[i]);
      progress[i].phase = (SirkelPhase) i;
    }
  if (compute_all (store, year, progress, error))
    return TRUE;
  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    sirkel_phase_progress_clear (&progress[i]);
  return FALSE;
}

void
sirkel_phase_progress_clear (SirkelPhaseProgress *progress)
{
  g_return_if_fail (progress != NULL);

  for (guint i = 0; i < progress->n_steps; i++)
    g_clear_pointer (&progress->steps[i].text, g_free);
  progress->n_steps = 0;
}

/* Returns: the mean of the steps' fractions, 0 to 1 */
double
sirkel_phase_progress_get_fraction (const SirkelPhaseProgress *progress)
{
  double sum = 0;

  g_return_val_if_fail (progress != NULL, 0);

  if (progress->n_steps == 0)
    return 0;
  for (guint i = 0; i < progress->n_steps; i++)
    if (progress->steps[i].total > 0)
      sum += (double) progress->steps[i].done / progress->steps[i].total;
  return sum / progress->n_steps;
}

gboolean
sirkel_progress_step_is_done (const SirkelProgressStep *step)
{
  g_return_val_if_fail (step != NULL, FALSE);

  return step->total > 0 && step->done >= step->total;
}
