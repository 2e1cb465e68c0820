/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Progress of the cycle's phases on the example project: each step's counts and sentence,
 * the phase fractions, an empty project (nothing counts as done), and steps that follow
 * edits (a decision on the yearly report, an unlinked challenge, a deleted evaluation plan).
 */
#define G_LOG_DOMAIN "test-progress"

#include "config.h"

#include "sirkel-example.h"
#include "sirkel-progress.h"
#include "sirkel-store-private.h"
#include "sirkel-test-util.h"

static SirkelStore *
new_store (const char *name,
           gboolean    example)
{
  g_autofree char *path = sirkel_test_tmp_file (name);
  g_autoptr(GError) error = NULL;
  SirkelStore *store = sirkel_store_create (path, &error);

  g_assert_no_error (error);
  if (example)
    {
      g_assert_true (sirkel_example_fill (store, &error));
      g_assert_no_error (error);
    }
  return store;
}

static void
assert_step (const SirkelPhaseProgress *progress,
             SirkelPhase                phase,
             guint                      step,
             guint                      done,
             guint                      total,
             const char                *text)
{
  const SirkelProgressStep *s;

  g_assert_cmpuint (step, <, progress[phase].n_steps);
  s = &progress[phase].steps[step];
  g_assert_cmpstr (s->text, ==, text);
  g_assert_cmpuint (s->done, ==, done);
  g_assert_cmpuint (s->total, ==, total);
}

static void
clear_all (SirkelPhaseProgress *progress)
{
  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    sirkel_phase_progress_clear (&progress[i]);
}

static void
compute (SirkelStore         *store,
         SirkelPhaseProgress *progress)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sirkel_progress_compute (store, 2026, progress, &error));
  g_assert_no_error (error);
}

/* Deletes the live rows of @table that @sql selects (their ids); returns how many. */
static guint
delete_rows (SirkelStore *store,
             const char  *table,
             const char  *sql)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (SirkelId));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = TRUE;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, &error));
  while (TRUE)
    {
      SirkelId id;

      g_assert_true (sirkel_store_step_row (store, stmt, &has_row, &error));
      g_assert_no_error (error);
      if (!has_row)
        break;
      g_assert_true (sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 0),
                                           (gsize) sqlite3_column_bytes (stmt, 0)));
      g_array_append_val (ids, id);
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_assert_true (sirkel_store_delete (store, table, &g_array_index (ids, SirkelId, i), &error));
      g_assert_no_error (error);
    }
  return ids->len;
}

static void
test_progress_example (void)
{
  g_autoptr(SirkelStore) store = new_store ("example.sirkel", TRUE);
  g_autoptr(GError) error = NULL;
  SirkelPhaseProgress progress[SIRKEL_N_PHASES];
  SirkelId id = { { 0 } };

  compute (store, progress);
  assert_step (progress, SIRKEL_PHASE_OVERVIEW, 0, 5, 6, "5 of 6 categories have a final assessment");
  assert_step (progress, SIRKEL_PHASE_OVERVIEW, 1, 1, 1, "8 challenges found");
  assert_step (progress, SIRKEL_PHASE_OVERVIEW, 2, 1, 1, "5 challenges prioritised");
  assert_step (progress, SIRKEL_PHASE_PLAN, 0, 5, 5, "5 of 5 prioritised challenges have a goal");
  assert_step (progress, SIRKEL_PHASE_PLAN, 1, 8, 8, "8 of 8 goals have an indicator and a target");
  assert_step (progress, SIRKEL_PHASE_MEASURES, 0, 8, 8, "8 of 8 goals have a measure");
  assert_step (progress, SIRKEL_PHASE_MEASURES, 1, 11, 12,
               "11 of 12 measures are under way or completed");
  assert_step (progress, SIRKEL_PHASE_EVALUATION, 0, 10, 12,
               "10 of 12 measures have an evaluation plan");
  assert_step (progress, SIRKEL_PHASE_EVALUATION, 1, 13, 13,
               "13 of 13 evaluation indicators have a measurement");
  assert_step (progress, SIRKEL_PHASE_LEARNING, 0, 1, 1, "6 lessons learned this period");
  assert_step (progress, SIRKEL_PHASE_LEARNING, 1, 0, 1,
               "No decision on the yearly report in 2026 yet");
  assert_step (progress, SIRKEL_PHASE_LEARNING, 2, 1, 1, "Yearly status for 2026 written");
  g_assert_cmpfloat_with_epsilon (sirkel_phase_progress_get_fraction (&progress[SIRKEL_PHASE_OVERVIEW]),
                                  (5.0 / 6 + 2) / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (sirkel_phase_progress_get_fraction (&progress[SIRKEL_PHASE_PLAN]),
                                  1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sirkel_phase_progress_get_fraction (&progress[SIRKEL_PHASE_LEARNING]),
                                  2.0 / 3, 1e-9);
  g_assert_true (sirkel_progress_step_is_done (&progress[SIRKEL_PHASE_PLAN].steps[0]));
  g_assert_false (sirkel_progress_step_is_done (&progress[SIRKEL_PHASE_LEARNING].steps[1]));
  clear_all (progress);

  /* The council decides on the yearly report: Learning is complete. */
  g_assert_true (sirkel_store_insert (store, "decision", &id, &error,
                                      "title", sirkel_value_text ("Årsrapport 2025"),
                                      "subject", sirkel_value_text ("evaluation"),
                                      "decided_on", sirkel_value_text ("2026-06-18"), NULL));
  g_assert_no_error (error);
  compute (store, progress);
  assert_step (progress, SIRKEL_PHASE_LEARNING, 1, 1, 1, "Yearly report decided in 2026");
  g_assert_cmpfloat_with_epsilon (sirkel_phase_progress_get_fraction (&progress[SIRKEL_PHASE_LEARNING]),
                                  1.0, 1e-9);
  clear_all (progress);

  /* A prioritised challenge loses its goal links; a measure loses its evaluation plan. */
  g_assert_cmpuint (delete_rows (store, "goal_finding", "SELECT gf.id FROM goal_finding gf "
                                 "JOIN finding f ON f.id = gf.finding_id WHERE gf.deleted_at IS NULL "
                                 "AND f.title = 'Ensomhet blant ungdom'"), ==, 4);
  g_assert_cmpuint (delete_rows (store, "evaluation", "SELECT e.id FROM evaluation e "
                                 "WHERE e.deleted_at IS NULL AND e.title LIKE 'Egenevaluering av PALS%'"),
                    ==, 1);
  compute (store, progress);
  assert_step (progress, SIRKEL_PHASE_PLAN, 0, 4, 5, "4 of 5 prioritised challenges have a goal");
  assert_step (progress, SIRKEL_PHASE_EVALUATION, 0, 9, 12,
               "9 of 12 measures have an evaluation plan");
  clear_all (progress);

  sirkel_store_close (store);
}

static void
test_progress_empty (void)
{
  g_autoptr(SirkelStore) store = new_store ("empty.sirkel", FALSE);
  SirkelPhaseProgress progress[SIRKEL_N_PHASES];

  compute (store, progress);
  assert_step (progress, SIRKEL_PHASE_OVERVIEW, 0, 0, 6, "0 of 6 categories have a final assessment");
  assert_step (progress, SIRKEL_PHASE_OVERVIEW, 1, 0, 1, "No challenges found yet");
  assert_step (progress, SIRKEL_PHASE_PLAN, 0, 0, 0, "No prioritised challenges yet");
  assert_step (progress, SIRKEL_PHASE_PLAN, 1, 0, 0, "No goals yet");
  assert_step (progress, SIRKEL_PHASE_MEASURES, 1, 0, 0, "No measures yet");
  assert_step (progress, SIRKEL_PHASE_EVALUATION, 1, 0, 0, "No evaluation indicators yet");
  assert_step (progress, SIRKEL_PHASE_LEARNING, 0, 0, 1, "No lessons learned yet this period");
  assert_step (progress, SIRKEL_PHASE_LEARNING, 2, 0, 1, "No yearly status for 2026 yet");
  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    {
      g_assert_cmpuint (progress[i].phase, ==, i);
      g_assert_cmpuint (progress[i].n_steps, >=, 2);
      g_assert_cmpfloat (sirkel_phase_progress_get_fraction (&progress[i]), ==, 0.0);
    }
  clear_all (progress);
  sirkel_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/progress/example", test_progress_example);
  g_test_add_func ("/progress/empty", test_progress_empty);
  status = g_test_run ();
  sirkel_test_cleanup ();
  return status;
}
