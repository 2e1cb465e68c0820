/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The oversikt's user actions in core, on the example project: the weighted score and the
 * ranking it gives (the example's five prioritised challenges come out on top), setting,
 * changing and clearing a score as one action each, a criterion's scale change clamping its
 * scores, the recommended criteria, adding, linking and deleting challenges (each one undo
 * step), and the challenges the statistics suggest.
 */
#include "config.h"

#include <math.h>

#include "sirkel-example-file.h"
#include "sirkel-findings.h"
#include "sirkel-priority.h"
#include "sirkel-store-private.h"
#include "sirkel-test-util.h"

static SirkelStore *
open_example (const char *name)
{
  g_autofree char *path = sirkel_test_tmp_file (name);
  g_autoptr(GError) error = NULL;
  SirkelStore *store;

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return store;
}

/* Runs a query that returns one integer. */
static gint64
query_int (SirkelStore *store,
           const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_store_step_row (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static SirkelId
query_id (SirkelStore *store,
          const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;
  SirkelId id;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_store_step_row (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  g_assert_true (sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0)));
  return id;
}

static gint64
count_live (SirkelStore *store,
            const char  *table)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sirkel_store_count_rows (store, table, TRUE, &error);

  g_assert_no_error (error);
  return n;
}

static void
undo (SirkelStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sirkel_store_undo (store, &error));
  g_assert_no_error (error);
}

static void
redo (SirkelStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sirkel_store_redo (store, &error));
  g_assert_no_error (error);
}

static void
test_priority_weighted_score (void)
{
  const double weights[] = { 1.0, 1.5, 1.0, 0.0 };
  const int all[] = { 3, 2, 1, 3 };
  const int some[] = { 3, 0, 1, 0 };
  const int none[] = { 0, 0, 0, 0 };
  const int zero_weight_only[] = { 0, 0, 0, 2 };

  /* (3 + 3 + 1) / 3.5; the criterion of weight 0 does not count. */
  g_assert_cmpfloat_with_epsilon (sirkel_priority_weighted_score (weights, all, 4), 7.0 / 3.5, 1e-9);
  /* Only the scored criteria: (3 + 1) / 2. */
  g_assert_cmpfloat_with_epsilon (sirkel_priority_weighted_score (weights, some, 4), 2.0, 1e-9);
  g_assert_true (isnan (sirkel_priority_weighted_score (weights, none, 4)));
  g_assert_true (isnan (sirkel_priority_weighted_score (weights, zero_weight_only, 4)));
  g_assert_true (isnan (sirkel_priority_weighted_score (NULL, NULL, 0)));
}

static void
test_priority_ranking (void)
{
  g_autoptr(SirkelStore) store = open_example ("ranking.sirkel");
  g_autoptr(GPtrArray) ranks = NULL;
  g_autoptr(GError) error = NULL;

  ranks = sirkel_priority_ranking (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranks->len, ==, 8);
  /* The example's weighted sums over a total weight of 6: 17 is first, two share 15.5. */
  {
    SirkelPriorityRank *first = g_ptr_array_index (ranks, 0);
    SirkelPriorityRank *second = g_ptr_array_index (ranks, 1);
    SirkelPriorityRank *third = g_ptr_array_index (ranks, 2);
    SirkelPriorityRank *fourth = g_ptr_array_index (ranks, 3);

    g_assert_true (g_str_has_prefix (first->title, "Barn som vokser opp"));
    g_assert_cmpfloat_with_epsilon (first->score, 17.0 / 6.0, 1e-9);
    g_assert_cmpuint (first->rank, ==, 1);
    g_assert_cmpuint (first->n_scored, ==, 5);
    g_assert_cmpuint (first->n_criteria, ==, 5);
    g_assert_cmpfloat_with_epsilon (second->score, 15.5 / 6.0, 1e-9);
    g_assert_cmpuint (second->rank, ==, 2);
    g_assert_cmpuint (third->rank, ==, 2);
    g_assert_cmpuint (fourth->rank, ==, 4);
  }
  for (guint i = 0; i < ranks->len; i++)
    {
      SirkelPriorityRank *rank = g_ptr_array_index (ranks, i);

      g_assert_cmpint (rank->prioritised, ==, i < 5);
    }
}

static void
test_priority_scores (void)
{
  g_autoptr(SirkelStore) store = open_example ("scores.sirkel");
  g_autoptr(GError) error = NULL;
  SirkelId finding = query_id (store, "SELECT id FROM finding WHERE title = 'Alkoholbruk blant ungdom'");
  SirkelId criterion = { { 0 } };
  const char *count_sql = "SELECT count (*) FROM score s JOIN criterion c ON c.id = s.criterion_id "
                          "WHERE s.deleted_at IS NULL AND c.title = ''";
  const char *value_sql = "SELECT s.value FROM score s JOIN criterion c ON c.id = s.criterion_id "
                          "WHERE s.deleted_at IS NULL AND c.title = ''";
  gint64 n_criteria = count_live (store, "criterion");

  g_assert_true (sirkel_priority_add_criterion (store, &criterion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_live (store, "criterion"), ==, n_criteria + 1);
  g_assert_cmpint (query_int (store, "SELECT scale_max FROM criterion WHERE title = ''"), ==, 3);

  /* A new score, a changed score (its reason kept), a cleared score: one action each. */
  g_assert_true (sirkel_priority_set_score (store, &finding, &criterion, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, count_sql), ==, 1);
  {
    SirkelId score = query_id (store, "SELECT s.id FROM score s JOIN criterion c ON c.id = "
                                      "s.criterion_id WHERE s.deleted_at IS NULL AND c.title = ''");

    g_assert_true (sirkel_store_set (store, "score", &score, "reason",
                                     sirkel_value_text ("Gjelder få."), &error));
    g_assert_no_error (error);
  }
  g_assert_true (sirkel_priority_set_score (store, &finding, &criterion, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, count_sql), ==, 1);
  g_assert_cmpint (query_int (store, value_sql), ==, 3);
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM score WHERE deleted_at IS NULL "
                                     "AND reason = 'Gjelder få.'"), ==, 1);
  /* Setting the same value again changes nothing and leaves no action. */
  {
    gint64 last = sirkel_store_get_last_action (store);

    g_assert_true (sirkel_priority_set_score (store, &finding, &criterion, 3, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sirkel_store_get_last_action (store), ==, last);
  }
  g_assert_true (sirkel_priority_set_score (store, &finding, &criterion, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, count_sql), ==, 0);
  undo (store);
  g_assert_cmpint (query_int (store, value_sql), ==, 3);
  undo (store);
  g_assert_cmpint (query_int (store, value_sql), ==, 2);
  redo (store);
  g_assert_cmpint (query_int (store, value_sql), ==, 3);

  /* Outside the scale: refused, nothing written. */
  g_assert_false (sirkel_priority_set_score (store, &finding, &criterion, 4, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (store, value_sql), ==, 3);

  /* The scale: 1–5 allows a 5; back to 1–3 clamps it, and one undo restores both. */
  g_assert_true (sirkel_priority_set_scale (store, &criterion, 5, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_priority_set_score (store, &finding, &criterion, 5, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_priority_set_scale (store, &criterion, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, value_sql), ==, 3);
  g_assert_cmpint (query_int (store, "SELECT scale_max FROM criterion WHERE title = ''"), ==, 3);
  undo (store);
  g_assert_cmpint (query_int (store, value_sql), ==, 5);
  g_assert_cmpint (query_int (store, "SELECT scale_max FROM criterion WHERE title = ''"), ==, 5);

  /* Deleting the criterion takes its scores along, in one action. */
  g_assert_true (sirkel_priority_remove_criterion (store, &criterion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_live (store, "criterion"), ==, n_criteria);
  g_assert_cmpint (query_int (store, count_sql), ==, 0);
  undo (store);
  g_assert_cmpint (query_int (store, count_sql), ==, 1);
}

static void
test_priority_recommended (void)
{
  g_autoptr(SirkelStore) store = open_example ("recommended.sirkel");
  g_autoptr(GError) error = NULL;
  gint64 n = count_live (store, "criterion");
  guint n_recommended = sirkel_priority_n_recommended ();

  g_assert_cmpuint (n_recommended, >=, 5);
  g_assert_true (sirkel_priority_add_recommended_criteria (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_live (store, "criterion"), ==, n + n_recommended);
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM criterion WHERE deleted_at IS NULL "
                                     "AND title = 'Extent' AND weight = 1 AND scale_max = 3 "
                                     "AND description <> ''"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM criterion WHERE deleted_at IS NULL "
                                     "AND title = 'Severity'"), ==, 1);
  /* After the example's own five. */
  g_assert_cmpint (query_int (store, "SELECT min (sort) FROM criterion WHERE title = 'Extent'"), ==,
                   6);
  undo (store);
  g_assert_cmpint (count_live (store, "criterion"), ==, n);
}

static void
test_findings_add_link_remove (void)
{
  g_autoptr(SirkelStore) store = open_example ("findings.sirkel");
  g_autoptr(GError) error = NULL;
  SirkelId indicators[2];
  SirkelId finding = { { 0 } };
  SirkelId criterion = query_id (store, "SELECT id FROM criterion WHERE title = 'Omfang'");
  gint64 n_findings = count_live (store, "finding");
  gint64 n_links = count_live (store, "finding_indicator");
  gint64 n_scores = count_live (store, "score");
  guint added = 0;

  indicators[0] = query_id (store, "SELECT id FROM indicator WHERE key = 'mobbet'");
  indicators[1] = query_id (store, "SELECT id FROM indicator WHERE key = 'trives_10'");

  /* Added with its indicator as one action, after the others. */
  g_assert_true (sirkel_finding_add (store, "challenge", "Mobbing", "b", &indicators[0], &finding,
                                     &error));
  g_assert_no_error (error);
  g_assert_false (sirkel_id_is_zero (&finding));
  g_assert_cmpint (count_live (store, "finding"), ==, n_findings + 1);
  g_assert_cmpint (count_live (store, "finding_indicator"), ==, n_links + 1);
  g_assert_cmpint (query_int (store, "SELECT sort FROM finding WHERE title = 'Mobbing'"), ==,
                   n_findings + 1);
  undo (store);
  g_assert_cmpint (count_live (store, "finding"), ==, n_findings);
  g_assert_cmpint (count_live (store, "finding_indicator"), ==, n_links);
  redo (store);
  g_assert_cmpint (count_live (store, "finding_indicator"), ==, n_links + 1);

  /* Linking both: only the new one is added. */
  g_assert_true (sirkel_finding_link_indicators (store, &finding, indicators, 2, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpint (count_live (store, "finding_indicator"), ==, n_links + 2);

  /* A resource has no category by default. */
  {
    SirkelId resource = { { 0 } };

    g_assert_true (sirkel_finding_add (store, "resource", NULL, NULL, NULL, &resource, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (store, "SELECT count (*) FROM finding WHERE deleted_at IS NULL "
                                       "AND kind = 'resource' AND category IS NULL "
                                       "AND title = ''"), ==, 1);
  }

  /* Deleting the challenge takes its links and scores, in one action. */
  g_assert_true (sirkel_priority_set_score (store, &finding, &criterion, 2, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_finding_remove (store, &finding, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_live (store, "finding_indicator"), ==, n_links);
  g_assert_cmpint (count_live (store, "score"), ==, n_scores);
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM finding WHERE deleted_at IS NULL "
                                     "AND title = 'Mobbing'"), ==, 0);
  undo (store);
  g_assert_cmpint (count_live (store, "finding_indicator"), ==, n_links + 2);
  g_assert_cmpint (count_live (store, "score"), ==, n_scores + 1);

  /* Unlinking one indicator. */
  {
    SirkelId link = query_id (store, "SELECT fi.id FROM finding_indicator fi JOIN indicator i ON "
                                     "i.id = fi.indicator_id WHERE i.key = 'trives_10' AND "
                                     "fi.deleted_at IS NULL AND fi.finding_id = (SELECT id FROM "
                                     "finding WHERE title = 'Mobbing')");

    g_assert_true (sirkel_finding_unlink_indicator (store, &link, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_live (store, "finding_indicator"), ==, n_links + 1);
  }
}

static void
test_findings_suggestions (void)
{
  g_autoptr(SirkelStore) store = open_example ("suggest.sirkel");
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  SirkelFindingSuggestion *suggestion;
  SirkelId link;
  SirkelId challenge = { { 0 } };

  /* Every worse-and-worsening indicator of the example is discussed in a challenge. */
  suggestions = sirkel_finding_suggestions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Without its link to Ensomhet blant ungdom, loneliness is suggested. */
  link = query_id (store, "SELECT fi.id FROM finding_indicator fi JOIN indicator i ON i.id = "
                          "fi.indicator_id WHERE i.key = 'ensomhet' AND fi.deleted_at IS NULL");
  g_assert_true (sirkel_finding_unlink_indicator (store, &link, &error));
  g_assert_no_error (error);
  suggestions = sirkel_finding_suggestions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  suggestion = g_ptr_array_index (suggestions, 0);
  g_assert_cmpstr (suggestion->summary->key, ==, "ensomhet");
  g_assert_true (suggestion->summary->worse_and_worsening);
  g_assert_cmpstr (suggestion->reason, ==, "32 prosent (2022–2024) against 24 at the national "
                   "level: significantly worse, and rising, which is the wrong way.");
  {
    g_autofree char *figures = sirkel_indicator_summary_dup_figures (suggestion->summary);

    g_assert_cmpstr (figures, ==, "32 prosent (2022–2024) · National level 24 · Significantly "
                     "worse · Rising");
  }

  /* A resource linked to it does not count as discussing it as a challenge. */
  {
    SirkelId resource = { { 0 } };
    g_autoptr(GPtrArray) again = NULL;

    g_assert_true (sirkel_finding_add (store, "resource", "Ungdomsklubben", "c",
                                       &suggestion->summary->id, &resource, &error));
    g_assert_no_error (error);
    again = sirkel_finding_suggestions (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (again->len, ==, 1);
    undo (store);
  }

  /* Accepting: a challenge named after the indicator, in its category, linked to it. */
  g_assert_true (sirkel_finding_accept_suggestion (store, suggestion->summary, &challenge, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM finding f JOIN finding_indicator fi ON "
                                     "fi.finding_id = f.id JOIN indicator i ON i.id = "
                                     "fi.indicator_id WHERE f.deleted_at IS NULL AND "
                                     "fi.deleted_at IS NULL AND f.kind = 'challenge' AND "
                                     "f.category = 'f' AND f.title = 'Ensomhet (Ungdata)' AND "
                                     "i.key = 'ensomhet'"), ==, 1);
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = sirkel_finding_suggestions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/priority/weighted-score", test_priority_weighted_score);
  g_test_add_func ("/priority/ranking", test_priority_ranking);
  g_test_add_func ("/priority/scores", test_priority_scores);
  g_test_add_func ("/priority/recommended", test_priority_recommended);
  g_test_add_func ("/findings/add-link-remove", test_findings_add_link_remove);
  g_test_add_func ("/findings/suggestions", test_findings_suggestions);
  status = g_test_run ();
  sirkel_test_cleanup ();
  return status;
}
