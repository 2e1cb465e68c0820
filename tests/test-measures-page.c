/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Tiltak page on the example project, each step checked in the store with
 * SQL: the list shows every measure, and the filters (status, goal with its sub-goals,
 * evidence, year, search) leave the measures SQL counts; the timeline chart and the table of
 * responsibilities are there. A measure from the bundled catalogue (PALS) is added with its
 * title, catalogue reference and evidence; it is linked to a goal, edited, given a budget line
 * and a partner, its evidence set to unknown and back; then it is deleted with everything
 * that was its own, and Undo brings it all back. view.show-item selects a measure, or shows a
 * goal that has no measure with the buttons to add one; a new measure made there serves that
 * goal. A project without measures shows the empty state with both ways to add one. The
 * measures export as a catalogue that reads back and imports beside the bundled one. Run under a display:
 * xvfb-run -a meson test -C build --suite widgets; with SIRKEL_TEST_SCREENSHOTS=DIR the key
 * states are saved as PNG files there.
 */
#define G_LOG_DOMAIN "test-measures-page"

#include "config.h"

#include <adwaita.h>

#include "sirkel-budget-line-row.h"
#include "sirkel-catalog-dialog.h"
#include "sirkel-goal-picker.h"
#include "sirkel-measure-budget.h"
#include "sirkel-measure-evidence.h"
#include "sirkel-measure-goals.h"
#include "sirkel-measure-partner-row.h"
#include "sirkel-measure-partners.h"
#include "sirkel-measures-page-private.h"
#include "sirkel-project-view-private.h"
#include "sirkel-store-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static gint64
live_measures (SirkelWindow *window)
{
  return sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure WHERE deleted_at IS NULL", NULL);
}



static SirkelMeasuresPage *
show_measures_page (SirkelWindow *window)
{
  GtkWidget *page;

  sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("measures"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "measures");
  page = gtk_stack_get_visible_child (window->project_view->stack);
  g_assert_true (SIRKEL_IS_MEASURES_PAGE (page));
  return SIRKEL_MEASURES_PAGE (page);
}

static guint
shown (SirkelMeasuresPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (page->filtered));
}

static void
filter (SirkelMeasuresPage *page,
        const char         *name,
        const char         *key)
{
  g_assert_true (sirkel_measure_filters_set (page->filters, name, key));
  sirkel_widget_test_settle ();
}

static const SirkelId *
selected_id (SirkelMeasuresPage *page)
{
  SirkelEntity *measure = sirkel_measures_page_get_selected_measure (page);

  g_assert_nonnull (measure);
  return sirkel_entity_get_id (measure);
}

static GtkWidget *
editor_part (SirkelMeasuresPage *page,
             GType               type)
{
  GtkWidget *part = sirkel_widget_test_find_child (GTK_WIDGET (page->editor), type, NULL);

  g_assert_nonnull (part);
  return part;
}

/* The entry row of @widget whose title is @title. */
static GtkEditable *
entry_row (GtkWidget  *widget,
           const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  SirkelWindow   *window;
  const char     *sql;
  const SirkelId *id;
  const char     *expected;
} TextCheck;

static gboolean
text_written (gpointer data)
{
  TextCheck *check = data;
  g_autofree char *text = sirkel_widget_test_sql_text (check->window, check->sql, check->id);

  return g_strcmp0 (text, check->expected) == 0;
}

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

/* A screenshot once the window has drawn itself (a frame or two). */
static void
shot (gpointer    widget,
      const char *name)
{
  gint64 until = g_get_monotonic_time () + 700 * 1000;

  if (g_getenv ("SIRKEL_TEST_SCREENSHOTS") == NULL)
    return;
  sirkel_widget_test_wait_until (time_passed, &until);
  sirkel_widget_test_save_png (GTK_WIDGET (widget), name);
}

static void
test_measures_page_list (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "list.sirkel");
  SirkelMeasuresPage *page = show_measures_page (window);
  g_autofree char *goal = NULL;
  SirkelId goal_id;
  gint64 expected;

  /* Every measure is listed, and the first is in the editor. */
  g_assert_cmpint (live_measures (window), ==, 12);
  g_assert_cmpuint (shown (page), ==, 12);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->editor_stack), ==, "editor");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->list_stack), ==, "list");
  shot (GTK_WIDGET (window), "measures-list");
  shot (GTK_WIDGET (page->editor), "measures-editor-full");

  /* By status. */
  filter (page, "status", "completed");
  g_assert_cmpuint (shown (page), ==, sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure WHERE "
                                               "deleted_at IS NULL AND status = 'completed'", NULL));
  g_assert_cmpuint (shown (page), >, 0);
  filter (page, "status", "");
  g_assert_cmpuint (shown (page), ==, 12);

  /* By goal: a main goal takes the measures of its sub-goals along. */
  goal_id = sirkel_widget_test_sql_id (window, "SELECT id FROM goal WHERE deleted_at IS NULL AND parent_id IS NULL "
                            "ORDER BY sort LIMIT 1", NULL);
  goal = sirkel_id_to_string (&goal_id);
  expected = sirkel_widget_test_sql_int (window,
                      "WITH RECURSIVE tree (id) AS (SELECT ?1 UNION SELECT g.id FROM goal g "
                      "JOIN tree ON g.parent_id = tree.id WHERE g.deleted_at IS NULL) "
                      "SELECT count (DISTINCT m.id) FROM measure m JOIN measure_goal mg "
                      "ON mg.measure_id = m.id JOIN tree ON tree.id = mg.goal_id "
                      "WHERE m.deleted_at IS NULL AND mg.deleted_at IS NULL", &goal_id);
  filter (page, "goal", goal);
  g_assert_cmpuint (shown (page), ==, expected);
  g_assert_cmpuint (shown (page), >, 0);
  g_assert_cmpuint (shown (page), <, 12);
  shot (GTK_WIDGET (window), "measures-filtered-goal");
  /* With a status on top. */
  filter (page, "status", "ongoing");
  g_assert_cmpuint (shown (page), <=, expected);
  sirkel_measure_filters_clear (page->filters);
  sirkel_widget_test_settle ();
  g_assert_cmpuint (shown (page), ==, 12);

  /* Evidence unknown: no scheme or no level. */
  filter (page, "evidence", "unknown");
  g_assert_cmpuint (shown (page), ==, sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure WHERE "
                                               "deleted_at IS NULL AND (coalesce (evidence_scheme, '') = '' "
                                               "OR coalesce (evidence_level, '') = '')", NULL));
  filter (page, "evidence", "Ungsinn 5");
  g_assert_cmpuint (shown (page), ==, 2);
  filter (page, "evidence", "");

  /* A year: running in it, or with a budget line in it. */
  filter (page, "year", "2024");
  g_assert_cmpuint (shown (page), ==, sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure m WHERE "
                                               "deleted_at IS NULL AND ((start_date IS NOT NULL OR end_date IS NOT NULL) "
                                               "AND coalesce (substr (start_date, 1, 4), '0000') <= '2024' "
                                               "AND coalesce (substr (end_date, 1, 4), '9999') >= '2024' "
                                               "OR EXISTS (SELECT 1 FROM budget_line b WHERE b.measure_id = m.id "
                                               "AND b.deleted_at IS NULL AND b.year = 2024))", NULL));
  filter (page, "year", "");

  /* Nothing matches: the list says so, and offers to clear the filters. */
  filter (page, "status", "stopped");
  g_assert_cmpuint (shown (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->list_stack), ==, "none");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->editor_stack), ==, "none");
  shot (GTK_WIDGET (window), "measures-no-match");
  sirkel_widget_test_act (GTK_WIDGET (page), "measures.clear-filters", NULL);
  g_assert_cmpuint (shown (page), ==, 12);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->editor_stack), ==, "editor");

  /* The timeline chart and the table of who does what. */
  g_assert_nonnull (page->timeline_chart);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (page->timeline_chart), GTK_WIDGET (page)));
  sirkel_measures_page_show (page, "timeline");
  sirkel_widget_test_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page->timeline_chart)));
  g_assert_nonnull (sirkel_chart_view_get_chart (page->timeline_chart));
  g_assert_false (sirkel_chart_is_empty (sirkel_chart_view_get_chart (page->timeline_chart)));
  shot (GTK_WIDGET (window), "measures-timeline");
  sirkel_measures_page_show (page, "responsibility");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_measure_responsibility_get_n_units (page->responsibility), >, 5);
  g_assert_cmpstr (sirkel_measure_responsibility_get_cell (page->responsibility, 0, 0), !=, NULL);
  shot (GTK_WIDGET (window), "measures-responsibility");

  /* A measure's name in the table opens it in the editor. */
  {
    SirkelId id = sirkel_widget_test_sql_id (window, "SELECT id FROM measure WHERE deleted_at IS NULL ORDER BY sort DESC LIMIT 1", NULL);
    g_autofree char *text = sirkel_id_to_string (&id);

    sirkel_widget_test_act (GTK_WIDGET (page->responsibility), "measures.show", g_variant_new_string (text));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (page->view_stack), ==, "list");
    g_assert_true (sirkel_id_equal (selected_id (page), &id));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
dialog_of (SirkelWindow *window,
           GType         type)
{
  return sirkel_widget_test_find_dialog (GTK_WINDOW (window), type);
}

static void
test_measures_page_catalog (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "catalog.sirkel");
  SirkelMeasuresPage *page = show_measures_page (window);
  GtkWindow *dialog;
  GtkWidget *goals;
  GtkWidget *budget;
  GtkWidget *partners;
  SirkelId measure;
  SirkelId goal;
  TextCheck check;

  /* From the catalogue: PALS, with its evidence. */
  sirkel_widget_test_act (GTK_WIDGET (page), "measures.from-catalog", NULL);
  dialog = dialog_of (window, SIRKEL_TYPE_CATALOG_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (sirkel_catalog_dialog_get_n_shown (SIRKEL_CATALOG_DIALOG (dialog)), >, 5);
  g_assert_true (sirkel_catalog_dialog_set_filter (SIRKEL_CATALOG_DIALOG (dialog), "evidence", 1));
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_catalog_dialog_get_n_shown (SIRKEL_CATALOG_DIALOG (dialog)), >, 0);
  g_assert_true (sirkel_catalog_dialog_select (SIRKEL_CATALOG_DIALOG (dialog), "pals"));
  sirkel_widget_test_settle ();
  gtk_window_set_default_size (dialog, 1000, 680);
  sirkel_widget_test_settle ();
  shot (GTK_WIDGET (dialog), "measures-catalog-dialog");
  sirkel_widget_test_act (GTK_WIDGET (dialog), "catalog.add", NULL);
  g_assert_null (dialog_of (window, SIRKEL_TYPE_CATALOG_DIALOG));
  g_assert_cmpint (live_measures (window), ==, 13);
  /* The example has PALS already; the new one is the last made. */
  measure = sirkel_widget_test_sql_id (window, "SELECT id FROM measure WHERE deleted_at IS NULL AND catalog_ref = 'pals' "
                            "ORDER BY rowid DESC LIMIT 1", NULL);
  g_assert_true (sirkel_id_equal (selected_id (page), &measure));
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT title FROM measure WHERE id = ?1", &measure), ==,
                   "PALS – positiv atferd, støttende læringsmiljø og samhandling");
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT lower (evidence_scheme) FROM measure WHERE id = ?1", &measure), ==,
                   "ungsinn");
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT evidence_level FROM measure WHERE id = ?1", &measure), ==, "5");
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT evidence_year FROM measure WHERE id = ?1", &measure), ==, 2018);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_goal WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 0);
  shot (GTK_WIDGET (window), "measures-added-from-catalog");

  /* Linked to a goal through the picker. */
  goals = editor_part (page, SIRKEL_TYPE_MEASURE_GOALS);
  sirkel_widget_test_act (goals, "measure.link-goal", NULL);
  dialog = dialog_of (window, SIRKEL_TYPE_GOAL_PICKER);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (sirkel_goal_picker_get_n_choices (SIRKEL_GOAL_PICKER (dialog)), ==, 11);
  goal = sirkel_widget_test_sql_id (window, "SELECT id FROM goal WHERE deleted_at IS NULL AND parent_id IS NOT NULL "
                         "ORDER BY sort LIMIT 1", NULL);
  {
    g_autofree char *text = sirkel_id_to_string (&goal);

    g_assert_true (sirkel_goal_picker_pick (SIRKEL_GOAL_PICKER (dialog), text));
  }
  sirkel_widget_test_settle ();
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_goal WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);
  g_assert_cmpuint (sirkel_measure_goals_get_n_links (SIRKEL_MEASURE_GOALS (goals)), ==, 1);

  /* A field: the responsible unit, written once the user stops typing. */
  gtk_editable_set_text (entry_row (GTK_WIDGET (page->editor), "_Responsible unit"), "Oppvekst – barneskolene");
  check = (TextCheck) { window, "SELECT responsible FROM measure WHERE id = ?1", &measure,
                        "Oppvekst – barneskolene" };
  sirkel_widget_test_wait_until (text_written, &check);
  sirkel_widget_test_settle ();

  /* A budget line: opened with the cursor in its amount; the amount with a decimal comma. */
  budget = editor_part (page, SIRKEL_TYPE_MEASURE_BUDGET);
  sirkel_widget_test_act (budget, "measure.add-budget-line", NULL);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM budget_line WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);
  g_assert_cmpuint (sirkel_measure_budget_get_n_lines (SIRKEL_MEASURE_BUDGET (budget)), ==, 1);
  {
    GtkEditable *amount = entry_row (budget, "Amount in NOK");

    g_assert_nonnull (amount);
    gtk_editable_set_text (amount, "125000,5");
    g_signal_emit_by_name (amount, "entry-activated");
    sirkel_widget_test_settle ();
    g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT amount * 10 FROM budget_line WHERE deleted_at IS NULL "
                              "AND measure_id = ?1", &measure), ==, 1250005);
    /* Thousands written with spaces, as budgets are. */
    gtk_editable_set_text (amount, "1 250 000,5");
    g_signal_emit_by_name (amount, "entry-activated");
    sirkel_widget_test_settle ();
    g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT amount * 10 FROM budget_line WHERE deleted_at IS NULL "
                              "AND measure_id = ?1", &measure), ==, 12500005);
  }

  /* A partner, with its name. */
  partners = editor_part (page, SIRKEL_TYPE_MEASURE_PARTNERS);
  sirkel_widget_test_act (partners, "measure.add-partner", NULL);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_partner WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);
  g_assert_cmpuint (sirkel_measure_partners_get_n_items (SIRKEL_MEASURE_PARTNERS (partners)), ==, 1);
  gtk_editable_set_text (entry_row (partners, "Name"), "Foreldrenes arbeidsutvalg");
  check = (TextCheck) { window, "SELECT title FROM measure_partner WHERE deleted_at IS NULL AND "
                        "measure_id = ?1", &measure, "Foreldrenes arbeidsutvalg" };
  sirkel_widget_test_wait_until (text_written, &check);
  sirkel_widget_test_settle ();
  shot (GTK_WIDGET (page->editor), "measures-editor-edited");

  /* Evidence unknown is one choice that clears the rating; Undo brings it back. */
  {
    GtkWidget *evidence = editor_part (page, SIRKEL_TYPE_MEASURE_EVIDENCE);
    GtkWidget *scheme = sirkel_widget_test_find_child (evidence, ADW_TYPE_COMBO_ROW, NULL);

    adw_combo_row_set_selected (ADW_COMBO_ROW (scheme), 0);
    sirkel_widget_test_settle ();
    g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT evidence_scheme IS NULL AND evidence_level IS NULL "
                              "AND evidence_year IS NULL FROM measure WHERE id = ?1", &measure), ==, 1);
    sirkel_widget_test_undo (window);
    g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT evidence_level FROM measure WHERE id = ?1", &measure), ==, "5");
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (scheme)), ==, 1);
  }

  /* Delete: the measure, its link, budget line and partner go as one action; Undo. */
  sirkel_widget_test_act (GTK_WIDGET (page), "measures.delete", NULL);
  g_assert_cmpint (live_measures (window), ==, 12);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_goal WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 0);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM budget_line WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 0);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_partner WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 0);
  g_assert_nonnull (sirkel_measures_page_get_selected_measure (page));
  {
    g_autofree char *label = NULL;

    g_object_get (sirkel_window_get_document (window), "undo-label", &label, NULL);
    g_assert_cmpstr (label, ==, "Delete measure");
  }
  sirkel_widget_test_undo (window);
  g_assert_cmpint (live_measures (window), ==, 13);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_goal WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM budget_line WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_partner WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);

  /* view.show-item selects a measure from anywhere. */
  {
    g_autofree char *text = sirkel_id_to_string (&measure);

    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("dashboard"));
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "measures", text));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "measures");
    g_assert_true (sirkel_id_equal (selected_id (page), &measure));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A goal without measures (the dashboard's gap) shows the page for that goal; a new measure
 * made there serves it. */
static void
test_measures_page_goal_gap (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "gap.sirkel");
  SirkelMeasuresPage *page = show_measures_page (window);
  SirkelStore *store = sirkel_document_get_store (sirkel_window_get_document (window));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SirkelId goal = { { 0 } };
  SirkelId measure;

  g_assert_true (sirkel_store_begin (store, "Add goal", &error));
  g_assert_true (sirkel_store_insert (store, "goal", &goal, &error,
                                      "title", sirkel_value_text ("Flere eldre er fysisk aktive"),
                                      "level", sirkel_value_text ("samfunnsmal"), NULL));
  g_assert_true (sirkel_store_commit (store, &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();
  text = sirkel_id_to_string (&goal);
  sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("dashboard"));
  sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "measures", text));
  g_assert_cmpstr (sirkel_measure_filters_get (page->filters, "goal"), ==, text);
  g_assert_cmpuint (shown (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->list_stack), ==, "none");
  g_assert_true (gtk_widget_get_visible (page->no_match_new_button));
  shot (GTK_WIDGET (window), "measures-goal-without-measure");

  sirkel_widget_test_act (GTK_WIDGET (page), "measures.new", NULL);
  g_assert_cmpint (live_measures (window), ==, 13);
  measure = *selected_id (page);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_goal WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);
  g_assert_cmpuint (shown (page), ==, 1);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT status FROM measure WHERE id = ?1", &measure), ==, "planned");
  g_assert_true (sirkel_widget_test_sql_int (window, "SELECT evidence_scheme IS NULL FROM measure WHERE id = ?1", &measure));

  /* The measures export as a catalogue that reads back. */
  {
    g_autofree char *path = g_build_filename (work_dir, "export.xml", NULL);
    g_autoptr(SirkelCatalog) catalog = NULL;

    _sirkel_measures_page_export_catalog (page, path);
    catalog = sirkel_catalog_load_file (path, &error);
    g_assert_no_error (error);
    g_assert_nonnull (catalog);
    g_assert_cmpuint (sirkel_catalog_get_n_entries (catalog), >=, 12);

    /* And imported as the user's own catalogue, beside the bundled one. */
    g_assert_nonnull (_sirkel_measures_page_get_catalogs (page, NULL));
    g_assert_cmpuint (page->catalogs->len, ==, 1);
    _sirkel_measures_page_import_catalog (page, path);
    g_assert_nonnull (page->catalogs);
    g_assert_cmpuint (page->catalogs->len, ==, 2);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The partner rows of @partners, in their order. */
static GPtrArray *
partner_rows (GtkWidget *partners)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (partners, SIRKEL_TYPE_MEASURE_PARTNERS,
                                                                  "partner_list"));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (SIRKEL_IS_MEASURE_PARTNER_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

static GtkWidget *
move_button (gpointer    row,
             const char *name)
{
  return (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (row), SIRKEL_TYPE_MEASURE_PARTNER_ROW, name);
}

/* @n partner rows; Move Up enabled on all but the first, Move Down on all but the last. */
static void
assert_moves (GtkWidget *partners,
              guint      n)
{
  g_autoptr(GPtrArray) rows = partner_rows (partners);

  g_assert_cmpuint (rows->len, ==, n);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpint (gtk_widget_get_sensitive (move_button (rows->pdata[i], "up_button")), ==, i > 0);
      g_assert_cmpint (gtk_widget_get_sensitive (move_button (rows->pdata[i], "down_button")), ==, i + 1 < n);
    }
}

static const SirkelId *
partner_id (GtkWidget *partners,
            guint      index)
{
  g_autoptr(GPtrArray) rows = partner_rows (partners);

  g_assert_cmpuint (index, <, rows->len);
  return sirkel_entity_get_id (sirkel_measure_partner_row_get_partner (rows->pdata[index]));
}

/* Move Up is disabled on the first partner and Move Down on the last, and they follow the
 * list as partners are moved, added and removed. */
static void
test_measures_page_partner_moves (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "partners.sirkel");
  SirkelMeasuresPage *page = show_measures_page (window);
  GtkWidget *partners;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  SirkelId measure;
  SirkelId first;
  SirkelId second;
  SirkelId last;
  gint64 n;

  /* A measure the example gives partners, the most of them. */
  measure = sirkel_widget_test_sql_id (window, "SELECT measure_id FROM measure_partner WHERE deleted_at IS NULL "
                                       "GROUP BY measure_id ORDER BY count (*) DESC LIMIT 1", NULL);
  text = sirkel_id_to_string (&measure);
  sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "measures", text));
  g_assert_true (sirkel_id_equal (selected_id (page), &measure));
  partners = editor_part (page, SIRKEL_TYPE_MEASURE_PARTNERS);
  for (n = sirkel_measure_partners_get_n_items (SIRKEL_MEASURE_PARTNERS (partners)); n < 3; n++)
    sirkel_widget_test_act (partners, "measure.add-partner", NULL);
  n = sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measure_partner WHERE deleted_at IS NULL "
                                  "AND measure_id = ?1", &measure);
  g_assert_cmpint (n, >=, 3);
  assert_moves (partners, n);

  /* The first moved down: the second is first now, and can no longer go up; the moved one
   * keeps the focus, on its Move Down. */
  first = *partner_id (partners, 0);
  second = *partner_id (partners, 1);
  rows = partner_rows (partners);
  sirkel_widget_test_act (rows->pdata[0], "partner.move-down", NULL);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_true (sirkel_id_equal (partner_id (partners, 0), &second));
  g_assert_true (sirkel_id_equal (partner_id (partners, 1), &first));
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT sort FROM measure_partner WHERE id = ?1", &first), ==, 2);
  assert_moves (partners, n);
  rows = partner_rows (partners);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == move_button (rows->pdata[1], "down_button"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  shot (partners, "measures-partner-moved");

  /* The last moved up and back down: at the end again, its Move Down disabled, the focus
   * on its Move Up. */
  last = *partner_id (partners, n - 1);
  rows = partner_rows (partners);
  sirkel_widget_test_act (rows->pdata[n - 1], "partner.move-up", NULL);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_true (sirkel_id_equal (partner_id (partners, n - 2), &last));
  assert_moves (partners, n);
  rows = partner_rows (partners);
  sirkel_widget_test_act (rows->pdata[n - 2], "partner.move-down", NULL);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_true (sirkel_id_equal (partner_id (partners, n - 1), &last));
  assert_moves (partners, n);
  rows = partner_rows (partners);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == move_button (rows->pdata[n - 1], "up_button"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The list's own action does nothing past the ends. */
  {
    g_autofree char *id = sirkel_id_to_string (partner_id (partners, 0));
    g_autofree char *before = sirkel_widget_test_sql_text (window, "SELECT group_concat (hex (id)) FROM (SELECT id "
                                                           "FROM measure_partner WHERE deleted_at IS NULL AND "
                                                           "measure_id = ?1 ORDER BY sort)", &measure);
    g_autofree char *after = NULL;

    sirkel_widget_test_act (partners, "measure.move-partner-up", g_variant_new_string (id));
    after = sirkel_widget_test_sql_text (window, "SELECT group_concat (hex (id)) FROM (SELECT id "
                                         "FROM measure_partner WHERE deleted_at IS NULL AND "
                                         "measure_id = ?1 ORDER BY sort)", &measure);
    g_assert_cmpstr (after, ==, before);
  }

  /* A partner added is last: the one before it can move down now. */
  sirkel_widget_test_act (partners, "measure.add-partner", NULL);
  assert_moves (partners, n + 1);

  /* Removed again: the previous last is last once more. */
  {
    g_autofree char *id = sirkel_id_to_string (partner_id (partners, n));

    sirkel_widget_test_act (partners, "measure.delete-partner", g_variant_new_string (id));
  }
  assert_moves (partners, n);
  g_assert_true (sirkel_id_equal (partner_id (partners, n - 1), &last));

  /* The first removed: the new first cannot move up. Undo brings it back, first. */
  {
    g_autofree char *id = sirkel_id_to_string (partner_id (partners, 0));

    sirkel_widget_test_act (partners, "measure.delete-partner", g_variant_new_string (id));
  }
  assert_moves (partners, n - 1);
  sirkel_widget_test_undo (window);
  assert_moves (partners, n);
  g_assert_true (sirkel_id_equal (partner_id (partners, 0), &second));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without measures the page explains them and offers both ways to add one. */
static void
test_measures_page_empty (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "empty.sirkel");
  SirkelMeasuresPage *page = show_measures_page (window);
  SirkelStore *store = sirkel_document_get_store (sirkel_window_get_document (window));
  GListModel *measures = sirkel_document_get_list (sirkel_window_get_document (window), "measure");
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *stack = adw_bin_get_child (ADW_BIN (page));

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    g_ptr_array_add (all, g_list_model_get_item (measures, i));
  g_assert_true (sirkel_store_begin (store, "Remove all measures", &error));
  for (guint i = 0; i < all->len; i++)
    g_assert_true (sirkel_store_delete (store, "measure",
                                        sirkel_entity_get_id (g_ptr_array_index (all, i)), &error));
  g_assert_true (sirkel_store_commit (store, &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_nonnull (sirkel_widget_test_find_child (gtk_stack_get_visible_child (GTK_STACK (stack)),
                                                   GTK_TYPE_BUTTON, "measures.new"));
  g_assert_nonnull (sirkel_widget_test_find_child (gtk_stack_get_visible_child (GTK_STACK (stack)),
                                                   GTK_TYPE_BUTTON, "measures.from-catalog"));
  shot (GTK_WIDGET (window), "measures-empty");

  sirkel_widget_test_act (GTK_WIDGET (page), "measures.new", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "content");
  g_assert_nonnull (sirkel_measures_page_get_selected_measure (page));
  shot (GTK_WIDGET (window), "measures-new");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!sirkel_widget_test_init (&argc, &argv))
    return 1;
  work_dir = g_dir_make_tmp ("sirkel-test-measures-page-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/measures-page/list", test_measures_page_list);
  g_test_add_func ("/measures-page/catalog", test_measures_page_catalog);
  g_test_add_func ("/measures-page/goal-gap", test_measures_page_goal_gap);
  g_test_add_func ("/measures-page/partner-moves", test_measures_page_partner_moves);
  g_test_add_func ("/measures-page/empty", test_measures_page_empty);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
