/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the history through a filter (sirkel-history.h): by author, by kind of item, by time
 * and by text (ignoring case, also for æøå), a page at a time before an action and what came
 * after one, with a count that agrees with the rows; the distinct authors; a row's title as
 * it is now, and whether it is deleted; the field and value names. Also reads a history of
 * 10 000 actions a page at a time and reports how long that takes.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sirkel-domain.h"
#include "sirkel-field-labels.h"
#include "sirkel-history.h"
#include "sirkel-store.h"
#include "sirkel-test-util.h"

static GDateTime *
utc (int year, int month, int day, int hour)
{
  return g_date_time_new_utc (year, month, day, hour, 0, 0);
}

static void
at_time (SirkelStore *store,
         GDateTime   *time)
{
  sirkel_store_set_fixed_time (store, time);
  g_date_time_unref (time);
}

/* A project with a goal and a measure edited by two people on three days:
 *   1 Create project (Kari, 1 Jan)  2 Add goal (Kari, 1 Jan)  3 Add measure (Ola, 2 Jan)
 *   4 Edit goal title (Ola, 2 Jan)  5 Edit measure status (Kari, 10 Jan)  6 Undo (Kari, 10 Jan)
 *   7 Delete measure (Kari, 10 Jan) */
static SirkelStore *
make_history (SirkelId *goal,
              SirkelId *measure)
{
  g_autofree char *path = sirkel_test_tmp_file ("history.sirkel");
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId project = { { 0 } };

  store = sirkel_store_create (path, &error);
  g_assert_no_error (error);
  memset (goal, 0, sizeof *goal);
  memset (measure, 0, sizeof *measure);
  sirkel_store_set_author (store, "Kari");
  at_time (store, utc (2026, 1, 1, 9));
  g_assert_true (sirkel_store_insert (store, "project", &project, &error,
                                      "title", sirkel_value_text ("Testby"),
                                      "kommune", sirkel_value_text ("0301"),
                                      "period_from", sirkel_value_int (2024),
                                      "period_to", sirkel_value_int (2027), NULL));
  g_assert_true (sirkel_store_insert (store, "goal", goal, &error,
                                      "title", sirkel_value_text ("Færre barn i lavinntekt"), NULL));
  sirkel_store_set_author (store, "Ola");
  at_time (store, utc (2026, 1, 2, 9));
  g_assert_true (sirkel_store_insert (store, "measure", measure, &error,
                                      "title", sirkel_value_text ("Fritidskortet"), NULL));
  g_assert_true (sirkel_store_set (store, "goal", goal, "title",
                                   sirkel_value_text ("ØKT DELTAKELSE I FRITIDEN"), &error));
  sirkel_store_set_author (store, "Kari");
  at_time (store, utc (2026, 1, 10, 9));
  g_assert_true (sirkel_store_set (store, "measure", measure, "status",
                                   sirkel_value_text ("ongoing"), &error));
  g_assert_true (sirkel_store_undo (store, &error));
  g_assert_true (sirkel_store_delete (store, "measure", measure, &error));
  g_assert_no_error (error);
  return store;
}

static gint64
seq_at (GPtrArray *entries,
        guint      i)
{
  return ((SirkelHistoryEntry *) g_ptr_array_index (entries, i))->seq;
}

/* Checks that @filter gives exactly the actions @seqs (newest first) and counts as many. */
static void
assert_query (SirkelStore               *store,
              const SirkelHistoryFilter *filter,
              const gint64              *seqs,
              guint                      n_seqs)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  entries = sirkel_history_query (store, filter, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, n_seqs);
  for (guint i = 0; i < n_seqs; i++)
    g_assert_cmpint (seq_at (entries, i), ==, seqs[i]);
  g_assert_true (sirkel_history_count (store, filter, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_seqs);
}

static void
test_filters (void)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  const char *goals[] = { "goal", NULL };
  const char *measures_and_goals[] = { "measure", "goal", NULL };
  const char *imports[] = { "data_import", NULL };
  SirkelId goal, measure;

  store = make_history (&goal, &measure);
  all = sirkel_history_list (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 7);
  g_assert_cmpstr (((SirkelHistoryEntry *) all->pdata[1])->kind, ==, "undo");
  g_assert_cmpstr (((SirkelHistoryEntry *) all->pdata[1])->label, ==, "Edit measure");

  {
    SirkelHistoryFilter filter = { .author = "Ola" };
    assert_query (store, &filter, (gint64[]) { 4, 3 }, 2);
  }
  {
    SirkelHistoryFilter filter = { .author = "Nobody" };
    assert_query (store, &filter, NULL, 0);
  }
  {
    SirkelHistoryFilter filter = { .entities = goals };
    assert_query (store, &filter, (gint64[]) { 4, 2 }, 2);
  }
  {
    /* The undo changed the measure too, so it is about measures. */
    SirkelHistoryFilter filter = { .entities = measures_and_goals, .author = "Kari" };
    assert_query (store, &filter, (gint64[]) { 7, 6, 5, 2 }, 4);
  }
  {
    SirkelHistoryFilter filter = { .entities = imports };
    assert_query (store, &filter, NULL, 0);
  }
  {
    SirkelHistoryFilter filter = { .since = "2026-01-02T00:00:00Z", .until = "2026-01-03T00:00:00Z" };
    assert_query (store, &filter, (gint64[]) { 4, 3 }, 2);
  }
  {
    /* Text in a label, in an old value and in a new value, ignoring case beyond ASCII. */
    SirkelHistoryFilter filter = { .text = "økt deltakelse" };
    assert_query (store, &filter, (gint64[]) { 4 }, 1);
    filter.text = "FÆRRE BARN";
    assert_query (store, &filter, (gint64[]) { 4, 2 }, 2);
    filter.text = "ONGOING";
    assert_query (store, &filter, (gint64[]) { 6, 5 }, 2);
    filter.text = "delete";
    assert_query (store, &filter, (gint64[]) { 7 }, 1);
    filter.text = "finnes ikke";
    assert_query (store, &filter, NULL, 0);
  }
  {
    /* Pages: older than an action, newer than one; combined with a filter. */
    SirkelHistoryFilter filter = { .before_seq = 5 };
    assert_query (store, &filter, (gint64[]) { 4, 3, 2, 1 }, 4);
    filter.before_seq = 0;
    filter.after_seq = 5;
    assert_query (store, &filter, (gint64[]) { 7, 6 }, 2);
    filter.author = "Ola";
    assert_query (store, &filter, NULL, 0);
  }
  {
    SirkelHistoryFilter filter = { .author = "Kari" };
    g_autoptr(GPtrArray) page = sirkel_history_query (store, &filter, 2, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (page->len, ==, 2);
    g_assert_cmpint (seq_at (page, 0), ==, 7);
    g_assert_cmpint (seq_at (page, 1), ==, 6);
  }
}

static void
test_authors_and_titles (void)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) authors = NULL;
  g_autofree char *goal_text = NULL;
  g_autofree char *measure_text = NULL;
  g_autofree char *title = NULL;
  SirkelId goal, measure;
  gboolean live = FALSE;

  store = make_history (&goal, &measure);
  authors = sirkel_history_dup_authors (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (authors), ==, 2);
  g_assert_cmpstr (authors[0], ==, "Kari");
  g_assert_cmpstr (authors[1], ==, "Ola");

  goal_text = sirkel_id_to_string (&goal);
  title = sirkel_history_dup_row_title (store, "goal", goal_text, &live, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (title, ==, "ØKT DELTAKELSE I FRITIDEN");
  g_assert_true (live);
  g_clear_pointer (&title, g_free);

  measure_text = sirkel_id_to_string (&measure);
  title = sirkel_history_dup_row_title (store, "measure", measure_text, &live, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (title, ==, "Fritidskortet");
  g_assert_false (live);
  g_clear_pointer (&title, g_free);

  /* A table the schema does not have, a row that is not there, an id that is not one. */
  g_assert_null (sirkel_history_dup_row_title (store, "sqlite_schema", goal_text, NULL, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sirkel_history_dup_row_title (store, "goal", measure_text, NULL, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sirkel_history_dup_row_title (store, "goal", "x'; DROP TABLE goal; --", NULL, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* A table without titles gives an empty one. */
  {
    SirkelId finding = { { 0 } };
    SirkelId link = { { 0 } };
    g_autofree char *link_text = NULL;

    g_assert_true (sirkel_store_insert (store, "finding", &finding, &error,
                                        "kind", sirkel_value_text ("challenge"), NULL));
    g_assert_true (sirkel_store_insert (store, "goal_finding", &link, &error,
                                        "goal_id", sirkel_value_id (&goal),
                                        "finding_id", sirkel_value_id (&finding), NULL));
    g_assert_no_error (error);
    link_text = sirkel_id_to_string (&link);
    title = sirkel_history_dup_row_title (store, "goal_finding", link_text, &live, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (title, ==, "");
    g_assert_true (live);
  }
}

static void
test_field_labels (void)
{
  g_assert_cmpstr (sirkel_field_label ("goal", "target_year"), ==, "Target year");
  g_assert_cmpstr (sirkel_field_label ("goal", "title"), ==, "Title");
  g_assert_cmpstr (sirkel_field_label ("indicator", "title"), ==, "Name");
  g_assert_null (sirkel_field_label ("goal", "no_such_field"));
  g_assert_cmpstr (sirkel_field_value_label ("measure", "status", "ongoing"), ==, "Ongoing");
  g_assert_cmpstr (sirkel_field_value_label ("plan", "status", "adopted"), ==, "Adopted");
  g_assert_cmpstr (sirkel_field_value_label ("finding", "prioritised", "1"), ==, "Yes");
  g_assert_cmpstr (sirkel_field_value_label ("finding", "prioritised", "0"), ==, "No");
  g_assert_null (sirkel_field_value_label ("goal", "title", "ongoing"));
  g_assert_null (sirkel_field_value_label ("measure", "status", NULL));
  g_assert_cmpstr (sirkel_field_ref_table ("goal", "parent_id"), ==, "goal");
  g_assert_cmpstr (sirkel_field_ref_table ("measure_goal", "goal_id"), ==, "goal");
  g_assert_cmpstr (sirkel_field_ref_table ("eval_indicator", "logic_element_id"), ==, "logic_element");
  g_assert_null (sirkel_field_ref_table ("lesson", "source_id"));
  g_assert_null (sirkel_field_ref_table ("goal", "title"));
  g_assert_cmpstr (sirkel_entity_noun ("measure_partner"), ==, "partner");
}

/* 10 000 actions written straight into the file (through the store they would take minutes):
 * the first page, the next page, a count and a text search must each stay well under a frame
 * budget of the UI's patience. */
static void
test_large (void)
{
  g_autofree char *path = sirkel_test_tmp_file ("large.sirkel");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GPtrArray) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  SirkelHistoryFilter filter = { 0 };
  const char *goals[] = { "goal", NULL };
  SirkelId goal = { { 0 } };
  double first, second, count, search;
  guint n = 0;

  store = sirkel_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_store_insert (store, "goal", &goal, &error,
                                      "title", sirkel_value_text ("Mål"), NULL));
  sirkel_store_close (store);
  g_clear_object (&store);
  sirkel_test_raw_exec (path,
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
    "INSERT INTO action (seq, id, kind, label, at, author) "
    "SELECT 100 + i, randomblob (16), 'do', 'Edit goal', "
    "strftime ('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || (i * 7) || ' minutes'), "
    "CASE i % 3 WHEN 0 THEN 'Kari' WHEN 1 THEN 'Ola' ELSE 'Per' END FROM n;"
    "INSERT INTO change (action_seq, n, op, entity, row_id, field, old_value, new_value) "
    "SELECT seq, 0, 'update', 'goal', (SELECT id FROM goal), 'title', 'Tittel ' || (seq - 1), "
    "'Tittel ' || seq FROM action WHERE seq >= 100;"
    "INSERT INTO change (action_seq, n, op, entity, row_id, field, old_value, new_value) "
    "SELECT seq, 1, 'update', 'goal', (SELECT id FROM goal), 'description', NULL, "
    "'En lengre beskrivelse av målet, nummer ' || seq FROM action WHERE seq >= 100;");
  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  g_timer_start (timer);
  page = sirkel_history_query (store, &filter, 200, &error);
  first = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 200);

  filter.before_seq = seq_at (page, page->len - 1);
  g_timer_start (timer);
  next = sirkel_history_query (store, &filter, 200, &error);
  second = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (next->len, ==, 200);
  g_assert_cmpint (seq_at (next, 0), ==, seq_at (page, 199) - 1);

  filter.before_seq = 0;
  filter.entities = goals;
  filter.author = "Per";
  g_timer_start (timer);
  g_assert_true (sirkel_history_count (store, &filter, &n, &error));
  count = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (n, ==, 3333);

  filter.author = NULL;
  filter.text = "NUMMER 99";
  g_timer_start (timer);
  g_assert_true (sirkel_history_count (store, &filter, &n, &error));
  search = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (n, ==, 110);  /* descriptions end in the seq: 990–999 and 9900–9999 */

  g_test_message ("10 000 actions: first page %.1f ms, next page %.1f ms, count by author and "
                  "kind %.1f ms, text search %.1f ms", first * 1000, second * 1000, count * 1000,
                  search * 1000);
  g_assert_cmpfloat (first + second + count + search, <, 2.0);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/filters", test_filters);
  g_test_add_func ("/history/authors-and-titles", test_authors_and_titles);
  g_test_add_func ("/history/field-labels", test_field_labels);
  g_test_add_func ("/history/large", test_large);
  ret = g_test_run ();
  sirkel_test_cleanup ();
  return ret;
}
