/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Oversikt page, on the example project, driving the widgets as the
 * coordinator would and checking the project file (the store, through SQL) after each step:
 * every sub-page can be shown and the example's assessments appear; a category without an
 * assessment gets one with "Write the Assessment"; a new challenge gets its title and
 * category through the editor, a linked indicator through the picker, a score with a reason
 * in the score table and the "Prioritised" mark in the ranking, and Undo and Redo (win.undo,
 * win.redo) take each step back and forth; deleting it offers Undo; a suggestion from the
 * statistics, once accepted, is a challenge linked to its indicator, and a rejected one stays
 * away for the session; the recommended criteria come as one action; a project open read-only
 * offers no edits.
 *
 * Test-only screenshots: with SIRKEL_SHOTS=DIR, steps also save the window (or a dialog) as
 * DIR/NAME.png, in a window of SIRKEL_SHOTS_SIZE (default 1024x700), with the application's
 * style sheet loaded as AdwApplication would; run with ADW_DEBUG_COLOR_SCHEME=prefer-dark for
 * the dark style. Without SIRKEL_SHOTS nothing is written.
 *
 * Run under a display: xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-overview-page"

#include "config.h"

#include <stdio.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "sirkel-assessment-pane.h"
#include "sirkel-example-file.h"
#include "sirkel-finding-editor.h"
#include "sirkel-finding-pane.h"
#include "sirkel-finding-row.h"
#include "sirkel-finding-suggestions-dialog.h"
#include "sirkel-lock.h"
#include "sirkel-indicator-picker-dialog.h"
#include "sirkel-indicator-browser.h"
#include "sirkel-indicator-item.h"
#include "sirkel-overview-page.h"
#include "sirkel-priority-pane.h"
#include "sirkel-priority-rank-row.h"
#include "sirkel-priority.h"
#include "sirkel-project-view-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

/* --- screenshots (SIRKEL_SHOTS only) --- */

static void
load_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded || g_getenv ("SIRKEL_SHOTS") == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, SIRKEL_RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
shoot (gpointer    widget,
       const char *name)
{
  const char *dir = g_getenv ("SIRKEL_SHOTS");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;
  for (guint i = 0; i < 20; i++)
    {
      sirkel_widget_test_settle ();
      g_usleep (10000);
    }
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* --- the project file --- */

static SirkelStore *
store_of (SirkelWindow *window)
{
  return sirkel_document_get_store (sirkel_window_get_document (window));
}

/* Runs @sql, which returns one row of one column, as text ("" for NULL). */
static char *
query (SirkelWindow *window,
       const char   *sql)
{
  sqlite3 *db = sirkel_store_get_db (store_of (window));
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup (sqlite3_column_text (stmt, 0) != NULL ? (const char *) sqlite3_column_text (stmt, 0) : "");
  sqlite3_finalize (stmt);
  return text;
}

static gint64
query_int (SirkelWindow *window,
           const char   *sql)
{
  g_autofree char *text = query (window, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

typedef struct
{
  SirkelWindow *window;
  const char   *sql;
  const char   *expected;
} Expectation;

static gboolean
query_gives (gpointer data)
{
  Expectation *expectation = data;
  g_autofree char *text = query (expectation->window, expectation->sql);

  return g_strcmp0 (text, expectation->expected) == 0;
}

/* Waits (for the field editor's pause after typing) until @sql gives @expected. */
static void
wait_for_query (SirkelWindow *window,
                const char   *sql,
                const char   *expected)
{
  Expectation expectation = { window, sql, expected };

  sirkel_widget_test_wait_until (query_gives, &expectation);
}

static void
assert_query (SirkelWindow *window,
              const char   *sql,
              const char   *expected)
{
  g_autofree char *text = query (window, sql);

  g_assert_cmpstr (text, ==, expected);
}

static void
activate (gpointer    widget,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, parameter));
  sirkel_widget_test_settle ();
}

/* --- widgets --- */

/* The widget under @root whose .ui id is @id. */
static GtkWidget *
find_by_id (GtkWidget  *root,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_id (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gpointer
find (gpointer    root,
      GType       type)
{
  GtkWidget *found = sirkel_widget_test_find_child (root, type, NULL);

  g_assert_nonnull (found);
  return found;
}

/* A window of the size SIRKEL_SHOTS_SIZE (or 1024×700) on a fresh copy of the example. */
static SirkelWindow *
example_window (const char *name)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(SirkelContext) context = sirkel_context_new (settings);
  g_autoptr(GError) error = NULL;
  const char *size = g_getenv ("SIRKEL_SHOTS_SIZE");
  int width = 1024, height = 700;
  SirkelWindow *window;

  if (size != NULL)
    g_assert_cmpint (sscanf (size, "%dx%d", &width, &height), ==, 2);
  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  load_style ();
  window = sirkel_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  sirkel_widget_test_wait_until (sirkel_widget_test_is_mapped, window);
  sirkel_window_open_path (window, path);
  sirkel_widget_test_settle ();
  g_assert_nonnull (sirkel_window_get_document (window));
  return window;
}

/* The Oversikt page, shown through its sidebar row as a click would, at sub-page @name. */
static SirkelOverviewPage *
show_overview (SirkelWindow *window,
               const char   *name)
{
  SirkelProjectView *view = window->project_view;
  GtkListBoxRow *row = NULL;
  GtkWidget *page;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (view->sidebar, i)) != NULL; i++)
    if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), "overview") == 0)
      break;
  g_assert_nonnull (row);
  gtk_list_box_select_row (view->sidebar, row);
  sirkel_widget_test_settle ();
  page = gtk_stack_get_visible_child (view->stack);
  g_assert_true (SIRKEL_IS_OVERVIEW_PAGE (page));
  sirkel_overview_page_show (SIRKEL_OVERVIEW_PAGE (page), name);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_overview_page_get_visible (SIRKEL_OVERVIEW_PAGE (page)), ==, name);
  return SIRKEL_OVERVIEW_PAGE (page);
}

static SirkelEntity *
find_entity (SirkelWindow *window,
             const char   *table,
             const char   *field,
             const char   *value)
{
  GListModel *list = sirkel_document_get_list (sirkel_window_get_document (window), table);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) entity = g_list_model_get_item (list, i);

      if (g_strcmp0 (sirkel_entity_get_text (entity, field), value) == 0)
        return entity;
    }
  return NULL;
}

static void
undo (SirkelWindow *window)
{
  activate (window, "win.undo", NULL);
}

static void
redo (SirkelWindow *window)
{
  activate (window, "win.redo", NULL);
}

/* --- tests --- */

static void
test_overview_visit (void)
{
  SirkelWindow *window = example_window ("visit.sirkel");
  const char *names[] = { SIRKEL_OVERVIEW_INDICATORS, SIRKEL_OVERVIEW_ASSESSMENTS,
                          SIRKEL_OVERVIEW_FINDINGS, SIRKEL_OVERVIEW_PRIORITISATION };
  SirkelOverviewPage *page = NULL;
  SirkelAssessmentPane *assessments;
  GtkWidget *title_row;
  GtkWidget *status_row;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      page = show_overview (window, names[i]);
      shoot (window, names[i]);
    }
  g_assert_nonnull (find_by_id (GTK_WIDGET (page), "indicators_box"));
  g_assert_nonnull (find_by_id (GTK_WIDGET (page), "matrix_chart_box"));

  /* The example's assessments: category a first, final, with its figures beside it. */
  page = show_overview (window, SIRKEL_OVERVIEW_ASSESSMENTS);
  assessments = find (page, SIRKEL_TYPE_ASSESSMENT_PANE);
  title_row = find_by_id (GTK_WIDGET (assessments), "title_row");
  status_row = find_by_id (GTK_WIDGET (assessments), "status_row");
  g_assert_cmpint (sirkel_assessment_pane_get_category (assessments), ==, 'a');
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   "Befolkningen blir eldre, og veksten har stoppet opp");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (status_row)), ==, 1);
  /* The page's rows, as the window test counts them: the figures of category a. */
  g_assert_cmpuint (sirkel_page_count_rows (SIRKEL_PAGE (page)), >=, 4);
  sirkel_assessment_pane_set_category (assessments, 'c');
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_entity_get_text (sirkel_assessment_pane_get_assessment (assessments), "status"),
                   ==, "draft");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (status_row)), ==, 0);
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (title_row)), "Godt drikkevann"));
  shoot (window, "assessments-c");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_write_assessment (void)
{
  SirkelWindow *window = example_window ("write.sirkel");
  SirkelOverviewPage *page = show_overview (window, SIRKEL_OVERVIEW_ASSESSMENTS);
  SirkelAssessmentPane *pane = find (page, SIRKEL_TYPE_ASSESSMENT_PANE);
  GtkWidget *editor_stack = find_by_id (GTK_WIDGET (pane), "editor_stack");
  GtkTextView *body = GTK_TEXT_VIEW (find_by_id (GTK_WIDGET (pane), "body_view"));
  const char *count_d = "SELECT count (*) FROM assessment WHERE deleted_at IS NULL AND category = 'd'";
  g_autoptr(GError) error = NULL;

  /* Category d without an assessment. */
  g_assert_true (sirkel_store_delete (store_of (window), "assessment",
                                      sirkel_entity_get_id (find_entity (window, "assessment", "category", "d")),
                                      &error));
  g_assert_no_error (error);
  sirkel_assessment_pane_set_category (pane, 'd');
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (editor_stack)), ==, "empty");
  shoot (window, "assessments-empty");

  /* One action makes it and opens it. */
  activate (pane, "assessment.write", NULL);
  g_assert_cmpint (query_int (window, count_d), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (editor_stack)), ==, "editor");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (body)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body), "Skadene er på nivå med landet.", -1);
  wait_for_query (window, "SELECT body FROM assessment WHERE deleted_at IS NULL AND category = 'd'",
                  "Skadene er på nivå med landet.");

  /* Undo the text, then the assessment itself. */
  undo (window);
  assert_query (window, "SELECT body FROM assessment WHERE deleted_at IS NULL AND category = 'd'", "");
  undo (window);
  g_assert_cmpint (query_int (window, count_d), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (editor_stack)), ==, "empty");
  redo (window);
  g_assert_cmpint (query_int (window, count_d), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (editor_stack)), ==, "editor");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_challenge (void)
{
  SirkelWindow *window = example_window ("challenge.sirkel");
  SirkelOverviewPage *page = show_overview (window, SIRKEL_OVERVIEW_FINDINGS);
  SirkelFindingPane *pane = find (page, SIRKEL_TYPE_FINDING_PANE);
  SirkelFindingEditor *editor = find (pane, SIRKEL_TYPE_FINDING_EDITOR);
  const char *live = "SELECT count (*) FROM finding WHERE deleted_at IS NULL";
  const char *mobbing = "FROM finding WHERE deleted_at IS NULL AND title = 'Mobbing på skolen'";
  gint64 n_findings = query_int (window, live);
  g_autoptr(SirkelEntity) finding = NULL;
  SirkelEntity *indicator = find_entity (window, "indicator", "key", "mobbet");
  SirkelEntity *criterion = find_entity (window, "criterion", "title", "Omfang");
  g_autofree char *indicator_id = sirkel_entity_dup_id_string (indicator);
  SirkelIndicatorPickerDialog *picker;
  SirkelPriorityPane *priority;
  SirkelPriorityCell *cell;
  GtkWidget *rank_row;
  g_autofree char *sql = NULL;

  /* Add: one action, opened in the editor. */
  activate (pane, "findings.add", g_variant_new_string ("challenge"));
  g_assert_cmpint (query_int (window, live), ==, n_findings + 1);
  finding = g_object_ref (sirkel_finding_pane_get_selected (pane));
  g_assert_true (sirkel_finding_editor_get_finding (editor) == finding);
  g_assert_cmpstr (sirkel_entity_get_text (finding, "kind"), ==, "challenge");
  g_assert_cmpuint (sirkel_finding_pane_count_shown (pane), ==, n_findings + 1);

  /* Title and category through the editor's widgets. */
  gtk_editable_set_text (GTK_EDITABLE (find_by_id (GTK_WIDGET (editor), "title_row")), "Mobbing på skolen");
  sql = g_strconcat ("SELECT count (*) ", mobbing, NULL);
  wait_for_query (window, sql, "1");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_by_id (GTK_WIDGET (editor), "category_row")), 2);
  sirkel_widget_test_settle ();
  g_clear_pointer (&sql, g_free);
  sql = g_strconcat ("SELECT category ", mobbing, NULL);
  assert_query (window, sql, "b");

  /* An indicator through the picker: searched, ticked, added as one action. */
  activate (editor, "finding.add-indicators", NULL);
  picker = SIRKEL_INDICATOR_PICKER_DIALOG (sirkel_widget_test_find_dialog (GTK_WINDOW (window),
                                                                           SIRKEL_TYPE_INDICATOR_PICKER_DIALOG));
  g_assert_nonnull (picker);
  sirkel_indicator_picker_dialog_set_search (picker, "mobbet");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_indicator_picker_dialog_count_shown (picker), ==, 1);
  sirkel_indicator_picker_dialog_set_search (picker, "");
  sirkel_indicator_picker_dialog_set_picked (picker, indicator_id, TRUE);
  shoot (picker, "picker");
  activate (picker, "picker.add", NULL);
  g_assert_null (sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_INDICATOR_PICKER_DIALOG));
  g_clear_pointer (&sql, g_free);
  sql = g_strconcat ("SELECT count (*) FROM finding_indicator fi JOIN indicator i ON i.id = fi.indicator_id "
                     "WHERE fi.deleted_at IS NULL AND i.key = 'mobbet' AND fi.finding_id = (SELECT id ",
                     mobbing, ")", NULL);
  g_assert_cmpint (query_int (window, sql), ==, 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (find_by_id (GTK_WIDGET (editor), "links_list")), 0));
  shoot (window, "findings-new");

  /* A score with a reason, in the score table. */
  page = show_overview (window, SIRKEL_OVERVIEW_PRIORITISATION);
  priority = find (page, SIRKEL_TYPE_PRIORITY_PANE);
  cell = sirkel_priority_grid_get_cell (sirkel_priority_pane_get_grid (priority), finding, criterion);
  g_assert_nonnull (cell);
  g_assert_cmpint (sirkel_priority_cell_get_value (cell), ==, 0);
  g_assert_cmpuint (sirkel_priority_pane_get_rank_of (priority, finding), ==, 0);
  activate (cell, "cell.value", g_variant_new_int32 (2));
  g_clear_pointer (&sql, g_free);
  sql = g_strconcat ("SELECT value FROM score WHERE deleted_at IS NULL AND finding_id = (SELECT id ",
                     mobbing, ")", NULL);
  g_assert_cmpint (query_int (window, sql), ==, 2);
  g_assert_cmpint (sirkel_priority_cell_get_value (cell), ==, 2);
  g_assert_nonnull (sirkel_priority_cell_get_score (cell));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_by_id (GTK_WIDGET (cell), "reason_view"))),
                            "Rundt 8 prosent, som i landet.", -1);
  g_clear_pointer (&sql, g_free);
  sql = g_strconcat ("SELECT reason FROM score WHERE deleted_at IS NULL AND finding_id = (SELECT id ",
                     mobbing, ")", NULL);
  wait_for_query (window, sql, "Rundt 8 prosent, som i landet.");
  sirkel_widget_test_settle ();
  if (g_getenv ("SIRKEL_SHOTS") != NULL)
    {
      GtkPopover *popover = GTK_POPOVER (find_by_id (GTK_WIDGET (cell), "popover"));

      gtk_popover_popup (popover);
      shoot (popover, "score-popover");
      gtk_popover_popdown (popover);
    }
  g_assert_cmpuint (sirkel_priority_pane_get_rank_of (priority, finding), >, 0);

  /* Prioritised, in the ranking. */
  rank_row = sirkel_priority_pane_get_rank_row (priority, finding);
  g_assert_nonnull (rank_row);
  gtk_switch_set_active (sirkel_priority_rank_row_get_switch (SIRKEL_PRIORITY_RANK_ROW (rank_row)), TRUE);
  sirkel_widget_test_settle ();
  g_clear_pointer (&sql, g_free);
  sql = g_strconcat ("SELECT prioritised ", mobbing, NULL);
  g_assert_cmpint (query_int (window, sql), ==, 1);
  shoot (window, "prioritisation-scored");

  /* Undo and redo, step by step: the mark, the reason, the score, the link. */
  undo (window);
  g_assert_cmpint (query_int (window, sql), ==, 0);
  g_assert_false (gtk_switch_get_active (sirkel_priority_rank_row_get_switch (SIRKEL_PRIORITY_RANK_ROW (rank_row))));
  redo (window);
  g_assert_cmpint (query_int (window, sql), ==, 1);
  g_assert_true (gtk_switch_get_active (sirkel_priority_rank_row_get_switch (SIRKEL_PRIORITY_RANK_ROW (rank_row))));
  undo (window);
  undo (window);
  g_clear_pointer (&sql, g_free);
  sql = g_strconcat ("SELECT count (*) FROM score WHERE deleted_at IS NULL AND reason = '' AND finding_id = "
                     "(SELECT id ", mobbing, ")", NULL);
  g_assert_cmpint (query_int (window, sql), ==, 1);
  undo (window);
  g_clear_pointer (&sql, g_free);
  sql = g_strconcat ("SELECT count (*) FROM score WHERE deleted_at IS NULL AND finding_id = (SELECT id ",
                     mobbing, ")", NULL);
  g_assert_cmpint (query_int (window, sql), ==, 0);
  g_assert_cmpint (sirkel_priority_cell_get_value (cell), ==, 0);
  undo (window);
  g_assert_cmpint (query_int (window, "SELECT count (*) FROM finding_indicator fi JOIN indicator i ON "
                                      "i.id = fi.indicator_id WHERE fi.deleted_at IS NULL AND i.key = 'mobbet'"), ==, 0);
  redo (window);
  redo (window);
  g_assert_cmpint (query_int (window, sql), ==, 1);
  g_assert_cmpint (sirkel_priority_cell_get_value (cell), ==, 2);

  /* Deleting it: one action with its links and scores; a toast offers Undo. */
  page = show_overview (window, SIRKEL_OVERVIEW_FINDINGS);
  g_assert_true (sirkel_finding_pane_get_selected (pane) == finding);
  activate (pane, "findings.delete", NULL);
  g_assert_cmpint (query_int (window, live), ==, n_findings);
  g_assert_cmpint (query_int (window, sql), ==, 0);
  g_assert_null (sirkel_finding_pane_get_selected (pane));
  shoot (window, "findings-deleted");
  undo (window);
  g_assert_cmpint (query_int (window, live), ==, n_findings + 1);
  g_assert_cmpint (query_int (window, sql), ==, 1);
  /* Chosen again: the same row, though a new object. */
  g_assert_nonnull (sirkel_finding_pane_get_selected (pane));
  g_assert_true (sirkel_id_equal (sirkel_entity_get_id (sirkel_finding_pane_get_selected (pane)),
                                  sirkel_entity_get_id (finding)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_suggestions (void)
{
  SirkelWindow *window = example_window ("suggest.sirkel");
  SirkelOverviewPage *page = show_overview (window, SIRKEL_OVERVIEW_FINDINGS);
  SirkelFindingPane *pane = find (page, SIRKEL_TYPE_FINDING_PANE);
  SirkelEntity *loneliness = find_entity (window, "finding", "title", "Ensomhet blant ungdom");
  SirkelEntity *indicator = find_entity (window, "indicator", "key", "ensomhet");
  g_autofree char *indicator_id = sirkel_entity_dup_id_string (indicator);
  g_autofree char *link_id = NULL;
  g_autofree char *first = NULL;
  SirkelFindingSuggestionsDialog *dialog;
  GListModel *links = sirkel_document_get_list (sirkel_window_get_document (window), "finding_indicator");
  const char *linked = "SELECT count (*) FROM finding_indicator fi JOIN finding f ON f.id = fi.finding_id "
                       "JOIN indicator i ON i.id = fi.indicator_id WHERE fi.deleted_at IS NULL AND "
                       "f.deleted_at IS NULL AND f.kind = 'challenge' AND i.key = 'ensomhet'";

  /* Loneliness unlinked from its challenge, in the editor. */
  sirkel_finding_pane_select (pane, loneliness);
  for (guint i = 0; i < g_list_model_get_n_items (links) && link_id == NULL; i++)
    {
      g_autoptr(SirkelEntity) link = g_list_model_get_item (links, i);
      SirkelId id;

      if (sirkel_entity_get_ref (link, "indicator_id", &id) &&
          sirkel_id_equal (&id, sirkel_entity_get_id (indicator)))
        link_id = sirkel_entity_dup_id_string (link);
    }
  g_assert_nonnull (link_id);
  activate (find (pane, SIRKEL_TYPE_FINDING_EDITOR), "finding.unlink", g_variant_new_string (link_id));
  g_assert_cmpint (query_int (window, linked), ==, 0);

  /* Suggested; accepted: a challenge named after it, in its category, linked to it. */
  activate (pane, "findings.suggest", NULL);
  dialog = SIRKEL_FINDING_SUGGESTIONS_DIALOG (sirkel_widget_test_find_dialog (GTK_WINDOW (window),
                                                                              SIRKEL_TYPE_FINDING_SUGGESTIONS_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (sirkel_finding_suggestions_dialog_get_n_suggestions (dialog), ==, 1);
  first = sirkel_finding_suggestions_dialog_dup_indicator_id (dialog, 0);
  g_assert_cmpstr (first, ==, indicator_id);
  shoot (dialog, "suggestions");
  activate (dialog, "suggestion.accept", g_variant_new_string (indicator_id));
  g_assert_cmpint (query_int (window, linked), ==, 1);
  g_assert_cmpint (query_int (window, "SELECT count (*) FROM finding WHERE deleted_at IS NULL AND "
                                      "title = 'Ensomhet (Ungdata)' AND category = 'f' AND kind = 'challenge'"), ==, 1);
  g_assert_cmpuint (sirkel_finding_suggestions_dialog_get_n_suggestions (dialog), ==, 0);
  g_assert_cmpstr (sirkel_entity_get_title (sirkel_finding_pane_get_selected (pane)), ==, "Ensomhet (Ungdata)");
  shoot (dialog, "suggestions-empty");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sirkel_widget_test_settle ();

  /* Undone, it is suggested again; rejected, it stays away for the session. */
  undo (window);
  g_assert_cmpint (query_int (window, linked), ==, 0);
  activate (pane, "findings.suggest", NULL);
  dialog = SIRKEL_FINDING_SUGGESTIONS_DIALOG (sirkel_widget_test_find_dialog (GTK_WINDOW (window),
                                                                              SIRKEL_TYPE_FINDING_SUGGESTIONS_DIALOG));
  g_assert_cmpuint (sirkel_finding_suggestions_dialog_get_n_suggestions (dialog), ==, 1);
  activate (dialog, "suggestion.reject", g_variant_new_string (indicator_id));
  g_assert_cmpuint (sirkel_finding_suggestions_dialog_get_n_suggestions (dialog), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  sirkel_widget_test_settle ();
  activate (pane, "findings.suggest", NULL);
  dialog = SIRKEL_FINDING_SUGGESTIONS_DIALOG (sirkel_widget_test_find_dialog (GTK_WINDOW (window),
                                                                              SIRKEL_TYPE_FINDING_SUGGESTIONS_DIALOG));
  g_assert_cmpuint (sirkel_finding_suggestions_dialog_get_n_suggestions (dialog), ==, 0);
  g_assert_cmpint (query_int (window, linked), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_recommended_criteria (void)
{
  SirkelWindow *window = example_window ("criteria.sirkel");
  SirkelOverviewPage *page = show_overview (window, SIRKEL_OVERVIEW_PRIORITISATION);
  SirkelPriorityPane *pane = find (page, SIRKEL_TYPE_PRIORITY_PANE);
  GListModel *criteria = sirkel_document_get_list (sirkel_window_get_document (window), "criterion");
  const char *count = "SELECT count (*) FROM criterion WHERE deleted_at IS NULL";
  g_autoptr(GError) error = NULL;

  /* A project without criteria. */
  {
    g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
      g_ptr_array_add (all, g_list_model_get_item (criteria, i));
    g_assert_true (sirkel_store_begin (store_of (window), "Test: no criteria", &error));
    for (guint i = 0; i < all->len; i++)
      g_assert_true (sirkel_priority_remove_criterion (store_of (window),
                                                       sirkel_entity_get_id (g_ptr_array_index (all, i)),
                                                       &error));
    g_assert_true (sirkel_store_commit (store_of (window), &error));
  }
  g_assert_no_error (error);
  sirkel_widget_test_settle ();
  g_assert_cmpint (query_int (window, count), ==, 0);
  g_assert_cmpuint (sirkel_priority_grid_get_n_rows (sirkel_priority_pane_get_grid (pane)), ==, 0);
  shoot (window, "prioritisation-empty");

  activate (pane, "priority.add-recommended", NULL);
  g_assert_cmpint (query_int (window, count), ==, sirkel_priority_n_recommended ());
  g_assert_cmpuint (sirkel_priority_grid_get_n_rows (sirkel_priority_pane_get_grid (pane)), ==, 8);
  shoot (window, "prioritisation-recommended");
  if (g_getenv ("SIRKEL_SHOTS") != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (find (pane, ADW_TYPE_EXPANDER_ROW)), TRUE);
      shoot (window, "criterion-expanded");
    }
  undo (window);
  g_assert_cmpint (query_int (window, count), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A project open read-only: nothing can be added, nothing is editable. */
static void
test_overview_read_only (void)
{
  g_autofree char *path = g_build_filename (work_dir, "locked.sirkel", NULL);
  g_autoptr(SirkelLockInfo) lock = NULL;
  g_autoptr(GError) error = NULL;
  SirkelWindow *window;
  SirkelOverviewPage *page;
  GtkWidget *pane;
  gint64 n_findings;

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  lock = sirkel_lock_acquire (path, "Kari Nordmann", NULL, &error);
  g_assert_no_error (error);
  window = sirkel_widget_test_window_new ();
  sirkel_window_open_path (window, path);
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  sirkel_widget_test_respond (sirkel_widget_test_message_dialog (GTK_WINDOW (window)), "read-only");
  g_assert_true (sirkel_document_get_read_only (sirkel_window_get_document (window)));
  n_findings = query_int (window, "SELECT count (*) FROM finding WHERE deleted_at IS NULL");

  page = show_overview (window, SIRKEL_OVERVIEW_ASSESSMENTS);
  pane = find (page, SIRKEL_TYPE_ASSESSMENT_PANE);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (find_by_id (pane, "title_row"))));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (find_by_id (pane, "body_view"))));

  page = show_overview (window, SIRKEL_OVERVIEW_FINDINGS);
  pane = find (page, SIRKEL_TYPE_FINDING_PANE);
  g_assert_false (gtk_widget_get_sensitive (find_by_id (pane, "suggest_button")));
  gtk_widget_activate_action (pane, "findings.add", "s", "challenge");
  sirkel_widget_test_settle ();
  g_assert_cmpint (query_int (window, "SELECT count (*) FROM finding WHERE deleted_at IS NULL"), ==,
                   n_findings);

  page = show_overview (window, SIRKEL_OVERVIEW_PRIORITISATION);
  pane = find (page, SIRKEL_TYPE_PRIORITY_PANE);
  g_assert_false (gtk_widget_get_sensitive (find_by_id (pane, "prioritised_switch")));

  gtk_window_destroy (GTK_WINDOW (window));
  sirkel_lock_release (path, lock);
}

/* The dashboard's links: view.show-item with a sub-page name, or with an indicator's id, which
 * opens the indicator browser on that indicator. */
static void
test_overview_show_item (void)
{
  SirkelWindow *window = example_window ("show-item.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  GListModel *indicators = sirkel_document_get_list (document, "indicator");
  g_autoptr(SirkelEntity) indicator = g_list_model_get_item (indicators, 3);
  g_autofree char *id = sirkel_entity_dup_id_string (indicator);
  GtkWidget *view = GTK_WIDGET (window->project_view);
  GtkWidget *page = gtk_stack_get_child_by_name (window->project_view->stack, "overview");
  SirkelIndicatorBrowser *browser;
  GtkSingleSelection *selection;
  SirkelIndicatorItem *item;

  gtk_widget_activate_action (view, "view.show-item", "(ss)", "overview", SIRKEL_OVERVIEW_PRIORITISATION);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "overview");
  g_assert_cmpstr (sirkel_overview_page_get_visible (SIRKEL_OVERVIEW_PAGE (page)), ==,
                   SIRKEL_OVERVIEW_PRIORITISATION);

  gtk_widget_activate_action (view, "view.show-item", "(ss)", "overview", id);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_overview_page_get_visible (SIRKEL_OVERVIEW_PAGE (page)), ==, SIRKEL_OVERVIEW_INDICATORS);
  browser = find (page, SIRKEL_TYPE_INDICATOR_BROWSER);
  selection = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (GTK_WIDGET (browser),
                                                                   SIRKEL_TYPE_INDICATOR_BROWSER, "selection"));
  item = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (item);
  g_assert_cmpstr (sirkel_indicator_item_get_summary (item)->key, ==, sirkel_entity_get_text (indicator, "key"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the selected row of @pane's list shows whole in the list's viewport. */
static gboolean
selected_row_in_view (gpointer data)
{
  GtkWidget *list = find_by_id (data, "finding_list");
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
  GtkWidget *viewport = gtk_widget_get_parent (list);
  graphene_rect_t bounds;

  return row != NULL && gtk_widget_compute_bounds (GTK_WIDGET (row), viewport, &bounds) &&
         bounds.size.height > 0 && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (viewport) + 0.5;
}

/* Exactly @finding is selected in the list and open in the editor, its title in the title
 * row. */
static void
assert_finding_shown (SirkelOverviewPage *page,
                      SirkelEntity       *finding)
{
  SirkelFindingPane *pane = find (page, SIRKEL_TYPE_FINDING_PANE);
  SirkelFindingEditor *editor = find (pane, SIRKEL_TYPE_FINDING_EDITOR);
  GtkListBox *list = GTK_LIST_BOX (find_by_id (GTK_WIDGET (pane), "finding_list"));
  g_autoptr(GList) selected = gtk_list_box_get_selected_rows (list);

  g_assert_cmpstr (sirkel_overview_page_get_visible (page), ==, SIRKEL_OVERVIEW_FINDINGS);
  /* The live object of its row: one that Undo brought back is a new one. */
  finding = sirkel_document_find (sirkel_finding_editor_get_document (editor), "finding",
                                  sirkel_entity_get_id (finding));
  g_assert_nonnull (finding);
  g_assert_true (sirkel_finding_pane_get_selected (pane) == finding);
  g_assert_cmpuint (g_list_length (selected), ==, 1);
  g_assert_true (sirkel_finding_row_get_finding (selected->data) == finding);
  g_assert_true (sirkel_finding_editor_get_finding (editor) == finding);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_by_id (GTK_WIDGET (editor), "title_row"))), ==,
                   sirkel_entity_get_title (finding));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_by_id (GTK_WIDGET (pane), "content_stack"))),
                   ==, "editor");
  sirkel_widget_test_wait_until (selected_row_in_view, pane);
}

/* view.show-item with a challenge's or resource's id (as the Læring page's links and the
 * History page do) selects it in the Challenges and Resources list, scrolled to, and opens
 * it in the editor, from another page and through a filter that hid it; a link to one of
 * its indicators leads to it; an assessment's id opens its category; a deleted one opens the
 * tab with nothing chosen, and Undo brings it back chosen. */
static void
test_overview_show_finding (void)
{
  SirkelWindow *window = example_window ("show-finding.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  GListModel *findings = sirkel_document_get_list (document, "finding");
  guint n = g_list_model_get_n_items (findings);
  g_autoptr(SirkelEntity) last = g_list_model_get_item (findings, n - 1);
  g_autoptr(SirkelEntity) first = g_list_model_get_item (findings, 0);
  g_autoptr(SirkelEntity) link = g_list_model_get_item (sirkel_document_get_list (document, "finding_indicator"), 0);
  g_autoptr(SirkelEntity) assessment = NULL;
  g_autofree char *last_id = sirkel_entity_dup_id_string (last);
  g_autofree char *first_id = sirkel_entity_dup_id_string (first);
  g_autofree char *link_id = sirkel_entity_dup_id_string (link);
  g_autofree char *assessment_id = NULL;
  GtkWidget *view = GTK_WIDGET (window->project_view);
  SirkelOverviewPage *page;
  SirkelFindingPane *pane;
  g_autoptr(GError) error = NULL;
  SirkelStore *store = store_of (window);
  SirkelId id;

  g_assert_cmpuint (n, >, 3);

  /* The list filtered to the other kind, which hides the last one; then another page. */
  page = show_overview (window, SIRKEL_OVERVIEW_FINDINGS);
  pane = find (page, SIRKEL_TYPE_FINDING_PANE);
  g_object_set (pane, "kind-filter",
                g_strcmp0 (sirkel_entity_get_text (last, "kind"), "challenge") == 0 ? "resource" : "challenge",
                NULL);
  sirkel_finding_pane_select (pane, first);
  sirkel_widget_test_settle ();
  activate (view, "view.show-page", g_variant_new_string ("learning"));

  /* By its table, as the Læring page's link does. */
  activate (view, "view.show-item", g_variant_new ("(ss)", "finding", last_id));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "overview");
  assert_finding_shown (page, last);
  shoot (window, "overview-show-finding");

  /* By the page, as the History page does. */
  activate (view, "view.show-page", g_variant_new_string ("history"));
  activate (view, "view.show-item", g_variant_new ("(ss)", "overview", first_id));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "overview");
  assert_finding_shown (page, first);

  /* A link to an indicator leads to its challenge. */
  g_assert_true (sirkel_entity_get_ref (link, "finding_id", &id));
  activate (view, "view.show-item", g_variant_new ("(ss)", "finding_indicator", link_id));
  assert_finding_shown (page, sirkel_document_find (document, "finding", &id));

  /* An assessment: its category. */
  assessment = g_list_model_get_item (sirkel_document_get_list (document, "assessment"), 0);
  assessment_id = sirkel_entity_dup_id_string (assessment);
  activate (view, "view.show-item", g_variant_new ("(ss)", "assessment", assessment_id));
  g_assert_cmpstr (sirkel_overview_page_get_visible (page), ==, SIRKEL_OVERVIEW_ASSESSMENTS);
  g_assert_cmpint (sirkel_assessment_pane_get_category (find (page, SIRKEL_TYPE_ASSESSMENT_PANE)), ==,
                   *sirkel_entity_get_text (assessment, "category"));

  /* Deleted: the tab, nothing chosen (a toast says why); Undo brings it back, chosen. */
  g_assert_true (sirkel_store_begin (store, "Delete challenge", &error));
  g_assert_true (sirkel_store_delete (store, "finding", sirkel_entity_get_id (last), &error));
  g_assert_true (sirkel_store_commit (store, &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();
  activate (view, "view.show-page", g_variant_new_string ("dashboard"));
  activate (view, "view.show-item", g_variant_new ("(ss)", "finding", last_id));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "overview");
  g_assert_cmpstr (sirkel_overview_page_get_visible (page), ==, SIRKEL_OVERVIEW_FINDINGS);
  g_assert_null (sirkel_finding_pane_get_selected (pane));
  g_assert_null (gtk_list_box_get_selected_row (GTK_LIST_BOX (find_by_id (GTK_WIDGET (pane), "finding_list"))));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_by_id (GTK_WIDGET (pane), "content_stack"))),
                   ==, "none");
  shoot (window, "overview-show-deleted-finding");
  undo (window);
  assert_finding_shown (page, last);

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

  work_dir = g_dir_make_tmp ("sirkel-test-overview-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/overview/visit", test_overview_visit);
  g_test_add_func ("/overview/write-assessment", test_overview_write_assessment);
  g_test_add_func ("/overview/challenge", test_overview_challenge);
  g_test_add_func ("/overview/suggestions", test_overview_suggestions);
  g_test_add_func ("/overview/recommended-criteria", test_overview_recommended_criteria);
  g_test_add_func ("/overview/read-only", test_overview_read_only);
  g_test_add_func ("/overview/show-item", test_overview_show_item);
  g_test_add_func ("/overview/show-finding", test_overview_show_finding);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
