/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the History page. On the example project: its history is listed under a
 * day heading; an edit through sirkel_document_set appears on top naming the field and the
 * old and new values, and activating it shows the goal on the Plan page; an action with many
 * changes opens to list them; filters by author (nobody matches "Nobody": the page says so and
 * Clear Filters brings everything back), by kind of item and by text combine with the count;
 * Undo appears as a new "Undo: …" action; a page without a project shows its empty state. A
 * history of 10 000 actions opens, filters and pages quickly (the times are printed).
 * SIRKEL_TEST_SCREENSHOTS=/tmp/shots-hist saves what the page looks like, light and dark, at
 * 1024×700 and 1280×800. Run under a display: xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-history-page"

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "sirkel-example-file.h"
#include "sirkel-history-item.h"
#include "sirkel-history-page.h"
#include "sirkel-history-row.h"
#include "sirkel-project-view-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static void
load_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, SIRKEL_RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static char *
write_example (const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (work_dir, name, NULL);

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  return path;
}

static SirkelWindow *
open_window (const char *path,
             int         width,
             int         height)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(SirkelContext) context = sirkel_context_new (settings);
  SirkelWindow *window;

  load_style ();
  window = sirkel_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  sirkel_widget_test_wait_until (sirkel_widget_test_is_mapped, window);
  sirkel_window_open_path (window, path);
  sirkel_widget_test_settle ();
  g_assert_nonnull (sirkel_window_get_document (window));
  /* The start page may have made the window wider; the project fits the size asked for. */
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  for (guint i = 0; i < 50 && gtk_widget_get_width (GTK_WIDGET (window)) != width; i++)
    {
      g_usleep (10000);
      sirkel_widget_test_settle ();
    }
  return window;
}

static gboolean
transition_done (gpointer stack)
{
  return !gtk_stack_get_transition_running (GTK_STACK (stack));
}

static SirkelHistoryPage *
show_history (SirkelWindow *window)
{
  GtkWidget *page = gtk_stack_get_child_by_name (window->project_view->stack, "history");

  g_assert_true (SIRKEL_IS_HISTORY_PAGE (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->project_view), "view.show-page", "s", "history"));
  sirkel_widget_test_wait_until (transition_done, window->project_view->stack);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "history");
  return SIRKEL_HISTORY_PAGE (page);
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Draws a frame, so that the list view has rows, then saves it if screenshots were asked for. */
static void
draw_and_save (SirkelWindow *window,
               const char   *name)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gtk_widget_queue_draw (GTK_WIDGET (window));
  sirkel_widget_test_wait_until (is_true, &painted);
  g_signal_handler_disconnect (clock, id);
  sirkel_widget_test_settle ();
  if (name != NULL)
    sirkel_widget_test_save_png (GTK_WIDGET (window), name);
}

static SirkelHistoryItem *
item_at (SirkelHistoryPage *page,
         guint              position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (sirkel_history_page_get_model (page), position);

  g_assert_nonnull (row);
  return SIRKEL_HISTORY_ITEM (gtk_tree_list_row_get_item (row));
}

/* The row widget on screen that shows @item, or NULL. */
static SirkelHistoryRow *
find_row (GtkWidget         *widget,
          SirkelHistoryItem *item)
{
  if (SIRKEL_IS_HISTORY_ROW (widget) && sirkel_history_row_get_item (SIRKEL_HISTORY_ROW (widget)) == item)
    return SIRKEL_HISTORY_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      SirkelHistoryRow *found = find_row (child, item);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label under @widget shows exactly @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static SirkelHistoryFilterBar *
bar_of (SirkelHistoryPage *page)
{
  return sirkel_history_page_get_filter_bar (page);
}

/* The page's list view (the dropdowns have list views of their own). */
static GtkListView *
find_list_view (GtkWidget  *widget,
                GListModel *model)
{
  if (GTK_IS_LIST_VIEW (widget))
    {
      GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (widget));

      if (GTK_IS_SINGLE_SELECTION (selection) &&
          gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection)) == model)
        return GTK_LIST_VIEW (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child, model);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkListView *
list_view_of (SirkelHistoryPage *page)
{
  GtkListView *view = find_list_view (GTK_WIDGET (page), sirkel_history_page_get_model (page));

  g_assert_nonnull (view);
  return view;
}

/* "list" or "none": what the stack around the list shows. */
static const char *
list_state (SirkelHistoryPage *page)
{
  GtkWidget *stack = GTK_WIDGET (list_view_of (page));

  while (stack != NULL && !GTK_IS_STACK (stack))
    stack = gtk_widget_get_parent (stack);
  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static const char *
page_state (SirkelHistoryPage *page)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (page))));
}

static SirkelEntity *
first_goal (SirkelDocument *document)
{
  GListModel *goals = sirkel_document_get_list (document, "goal");
  g_autoptr(SirkelEntity) goal = g_list_model_get_item (goals, 0);

  g_assert_nonnull (goal);
  return goal;
}

static void
test_example (void)
{
  g_autofree char *path = write_example ("example.sirkel");
  SirkelWindow *window = open_window (path, 1024, 700);
  SirkelDocument *document = sirkel_window_get_document (window);
  SirkelHistoryPage *page = show_history (window);
  SirkelEntity *goal = first_goal (document);
  g_autofree char *old_title = g_strdup (sirkel_entity_get_title (goal));
  g_autofree char *goal_id = sirkel_entity_dup_id_string (goal);
  g_autoptr(GError) error = NULL;
  SirkelHistoryItem *item;
  guint n_example;

  /* The example's own history: its steps, under one day. */
  n_example = sirkel_history_page_get_n_matching (page);
  g_assert_cmpuint (n_example, >=, 5);
  g_assert_cmpstr (page_state (page), ==, "content");
  g_assert_cmpstr (list_state (page), ==, "list");
  item = item_at (page, 0);
  g_assert_cmpint (sirkel_history_item_get_kind (item), ==, SIRKEL_HISTORY_ITEM_DAY);
  g_object_unref (item);
  item = item_at (page, 1);
  g_assert_cmpint (sirkel_history_item_get_kind (item), ==, SIRKEL_HISTORY_ITEM_ACTION);
  g_assert_cmpstr (sirkel_history_item_get_subtitle (item), !=, NULL);
  g_object_unref (item);
  draw_and_save (window, "history-example-1024");

  /* An edit appears on top, today, naming the field and both values. */
  g_assert_true (sirkel_document_set (document, goal, "title", sirkel_value_text ("Flere unge i jobb"), &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, n_example + 1);
  item = item_at (page, 0);
  g_assert_cmpstr (sirkel_history_item_get_title (item), ==, "Today");
  g_object_unref (item);
  item = item_at (page, 1);
  g_assert_cmpstr (sirkel_history_item_get_title (item), ==, "Edit goal");
  g_assert_nonnull (strstr (sirkel_history_item_get_subtitle (item), "Title of goal “Flere unge i jobb”"));
  g_assert_nonnull (strstr (sirkel_history_item_get_detail (item), "→ “Flere unge i jobb”"));
  g_assert_nonnull (strstr (sirkel_history_item_get_tooltip (item), old_title));
  g_assert_nonnull (strstr (sirkel_history_item_get_summary (item), "changed from"));
  g_assert_nonnull (strstr (sirkel_history_item_get_summary (item), old_title));
  draw_and_save (window, "history-edited-1024");
  {
    SirkelHistoryRow *row = find_row (GTK_WIDGET (page), item);

    g_assert_nonnull (row);
    g_assert_true (shows_text (GTK_WIDGET (row), "Edit goal"));
    g_assert_true (shows_text (GTK_WIDGET (row), sirkel_history_item_get_detail (item)));
    g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (row)));
  }
  {
    const char *target_page = NULL;
    const char *target = NULL;

    g_assert_true (sirkel_history_item_get_target (item, &target_page, &target));
    g_assert_cmpstr (target_page, ==, "plan");
    g_assert_cmpstr (target, ==, goal_id);
  }
  g_object_unref (item);

  /* Activating it shows the goal where it is edited. */
  g_signal_emit_by_name (list_view_of (page), "activate", 1);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "plan");
  page = show_history (window);
  draw_and_save (window, "history-returned-1024");

  /* An action with many changes opens to list them. */
  for (guint i = 0; i < g_list_model_get_n_items (sirkel_history_page_get_model (page)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (sirkel_history_page_get_model (page), i);

      if (!gtk_tree_list_row_is_expandable (row))
        continue;
      g_signal_emit_by_name (list_view_of (page), "activate", i);
      g_assert_true (gtk_tree_list_row_get_expanded (row));
      item = item_at (page, i + 1);
      g_assert_cmpint (sirkel_history_item_get_kind (item), ==, SIRKEL_HISTORY_ITEM_CHANGE);
      g_assert_true (g_str_has_prefix (sirkel_history_item_get_title (item), "Added "));
      g_object_unref (item);
      break;
    }
  draw_and_save (window, "history-expanded-1024");

  /* Nobody called "Nobody" changed anything: the page says so and offers to clear. */
  sirkel_history_filter_bar_set_author (bar_of (page), "Nobody");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, 0);
  g_assert_cmpstr (list_state (page), ==, "none");
  g_assert_cmpstr (page_state (page), ==, "content");
  draw_and_save (window, "history-no-match-1024");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "history.clear-filters", NULL));
  sirkel_widget_test_settle ();
  g_assert_null (sirkel_history_filter_bar_get_author (bar_of (page)));
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, n_example + 1);
  g_assert_cmpstr (list_state (page), ==, "list");

  /* By kind of item: goals (the example's goals and the edit), imports; combined with text. */
  sirkel_history_filter_bar_set_item_kind (bar_of (page), "goal");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), >=, 2);
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), <, n_example + 1);
  sirkel_history_filter_bar_set_search_text (bar_of (page), "flere unge i JOBB");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, 1);
  sirkel_history_filter_bar_set_item_kind (bar_of (page), "import");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, 0);
  sirkel_history_filter_bar_set_search_text (bar_of (page), NULL);
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), >=, 1);
  draw_and_save (window, "history-imports-1024");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "history.clear-filters", NULL));
  sirkel_widget_test_settle ();

  /* Between two dates, both included: the example was made on 15 January 2026. */
  sirkel_history_filter_bar_set_period (bar_of (page), "dates");
  sirkel_history_filter_bar_set_from_date (bar_of (page), "2026-01-15");
  sirkel_history_filter_bar_set_to_date (bar_of (page), "2026-01-15");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, n_example);
  draw_and_save (window, "history-dates-1024");
  sirkel_history_filter_bar_set_from_date (bar_of (page), "2026-01-16");
  sirkel_history_filter_bar_set_to_date (bar_of (page), "2026-01-20");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, 0);
  sirkel_history_filter_bar_set_period (bar_of (page), "week");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "history.clear-filters", NULL));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_history_filter_bar_get_period (bar_of (page)), ==, "all");

  /* Undo is an action of its own, on top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), ==, n_example + 2);
  item = item_at (page, 1);
  g_assert_cmpstr (sirkel_history_item_get_title (item), ==, "Undo: Edit goal");
  g_assert_cmpstr (sirkel_history_item_get_icon_name (item), ==, "edit-undo-symbolic");
  g_assert_nonnull (strstr (sirkel_history_item_get_detail (item), "“Flere unge i jobb” →"));
  g_object_unref (item);
  /* The edit below it now names the goal by its title again. */
  item = item_at (page, 2);
  g_assert_cmpstr (sirkel_history_item_get_title (item), ==, "Edit goal");
  g_assert_null (strstr (sirkel_history_item_get_subtitle (item), "Flere unge i jobb”"));
  g_object_unref (item);
  draw_and_save (window, "history-undo-1024");

  /* Dark, and wider. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  draw_and_save (window, "history-undo-1024-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_wide_and_dark (void)
{
  g_autofree char *path = write_example ("wide.sirkel");
  SirkelWindow *window = open_window (path, 1280, 800);
  SirkelHistoryPage *page = show_history (window);

  for (guint i = 0; i < g_list_model_get_n_items (sirkel_history_page_get_model (page)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (sirkel_history_page_get_model (page), i);
      g_autoptr(SirkelHistoryItem) item = gtk_tree_list_row_get_item (row);

      /* The prioritisation, which changed fields as well as adding items. */
      if (gtk_tree_list_row_is_expandable (row) &&
          strstr (sirkel_history_item_get_subtitle (item), "fields changed") != NULL)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list_view_of (page)), "list.scroll-to-item", "u",
                                                     i + 50));
          break;
        }
    }
  draw_and_save (window, "history-1280");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  draw_and_save (window, "history-1280-dark");
  sirkel_history_filter_bar_set_author (bar_of (page), "Nobody");
  draw_and_save (window, "history-1280-dark-no-match");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without a project the page explains what it will show. */
static void
test_empty (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (SIRKEL_TYPE_HISTORY_PAGE, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  sirkel_widget_test_wait_until (sirkel_widget_test_is_mapped, window);
  g_assert_cmpstr (page_state (SIRKEL_HISTORY_PAGE (page)), ==, "empty");
  g_assert_cmpuint (sirkel_history_page_get_n_matching (SIRKEL_HISTORY_PAGE (page)), ==, 0);
  draw_and_save ((SirkelWindow *) window, "history-empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A history of 10 000 actions written straight into the example file, with times spread over
 * a year; the page reads a page at a time, so opening, filtering and paging stay quick. */
static void
test_large (void)
{
  g_autofree char *path = write_example ("large.sirkel");
  g_autoptr(GTimer) timer = g_timer_new ();
  SirkelHistoryPage *page;
  SirkelWindow *window;
  GListModel *model;
  sqlite3 *db = NULL;
  char *message = NULL;
  double show_time, author_time, search_time, clear_time, more_time, scroll_time;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db,
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
        "INSERT INTO action (seq, id, kind, label, at, author) "
        "SELECT (SELECT max (seq) FROM action) + i, randomblob (16), 'do', 'Edit goal', "
        "strftime ('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || (i * 50) || ' minutes'), "
        "CASE i % 3 WHEN 0 THEN 'Kari' WHEN 1 THEN 'Ola' ELSE 'Per' END FROM n;"
        "INSERT INTO change (action_seq, n, op, entity, row_id, field, old_value, new_value) "
        "SELECT a.seq, 0, 'update', 'goal', (SELECT id FROM goal ORDER BY id LIMIT 1), 'description', "
        "'Beskrivelse ' || (a.seq - 1), 'Beskrivelse ' || a.seq FROM action a WHERE a.label = 'Edit goal';",
        NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);

  window = open_window (path, 1024, 700);
  g_timer_start (timer);
  page = show_history (window);
  draw_and_save (window, NULL);
  show_time = g_timer_elapsed (timer, NULL);
  model = sirkel_history_page_get_model (page);
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), >, 10000);
  /* One page of actions, their day headings and the "Show older" row. */
  g_assert_cmpuint (g_list_model_get_n_items (model), <, 2 * SIRKEL_HISTORY_PAGE_SIZE);
  draw_and_save (window, "history-large-1024");

  g_timer_start (timer);
  sirkel_history_filter_bar_set_author (bar_of (page), "Per");
  draw_and_save (window, NULL);
  author_time = g_timer_elapsed (timer, NULL);
  g_timer_start (timer);
  sirkel_history_filter_bar_set_search_text (bar_of (page), "beskrivelse 99");
  draw_and_save (window, NULL);
  search_time = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), >, 0);
  g_assert_cmpuint (sirkel_history_page_get_n_matching (page), <, 200);
  g_timer_start (timer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "history.clear-filters", NULL));
  draw_and_save (window, NULL);
  clear_time = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  for (guint i = 0; i < 10; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "history.load-more", NULL));
  draw_and_save (window, NULL);
  more_time = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 11 * SIRKEL_HISTORY_PAGE_SIZE);

  g_timer_start (timer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list_view_of (page)), "list.scroll-to-item", "u",
                                             g_list_model_get_n_items (model) - 1));
  draw_and_save (window, "history-large-scrolled-1024");
  scroll_time = g_timer_elapsed (timer, NULL);

  g_test_message ("10 000 actions, each step until its frame is drawn: show the page %.0f ms (with the "
                  "page switch's 200 ms crossfade), filter by author %.0f ms, search text %.0f ms, clear "
                  "the filters %.0f ms, 10 more pages (1 000 actions) %.0f ms, scroll to the end %.0f ms",
                  show_time * 1000, author_time * 1000, search_time * 1000, clear_time * 1000,
                  more_time * 1000, scroll_time * 1000);
  g_assert_cmpfloat (show_time, <, 1.5);
  g_assert_cmpfloat (author_time, <, 1.0);
  g_assert_cmpfloat (search_time, <, 1.0);
  g_assert_cmpfloat (scroll_time, <, 1.0);
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
  work_dir = g_dir_make_tmp ("sirkel-test-history-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/history-page/example", test_example);
  g_test_add_func ("/history-page/wide-and-dark", test_wide_and_dark);
  g_test_add_func ("/history-page/empty", test_empty);
  g_test_add_func ("/history-page/large", test_large);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
