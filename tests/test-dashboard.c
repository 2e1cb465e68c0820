/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the dashboard on the example project: it is the page a project opens on;
 * it shows the five phases with their progress and the example's two gaps (measures without
 * an evaluation plan, as `sirkel-cli check` reports them); activating a gap opens the page
 * where it is fixed, and a phase card opens its phase; a new gap (a prioritised challenge
 * that loses its goals) appears after the action and leads to the Plan page with the
 * challenge at hand; and the next five deadlines of the year wheel are listed, soonest first.
 * Run under a display: xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-dashboard"

#include "config.h"

#include <adwaita.h>

#include "sirkel-dashboard-page.h"
#include "sirkel-project-view-private.h"
#include "sirkel-store-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static SirkelDashboardPage *
dashboard_of (SirkelWindow *window)
{
  GtkWidget *page = gtk_stack_get_child_by_name (window->project_view->stack, "dashboard");

  g_assert_true (SIRKEL_IS_DASHBOARD_PAGE (page));
  return SIRKEL_DASHBOARD_PAGE (page);
}

/* The rows and buttons under @widget that activate @action, in order. */
static void
collect (GtkWidget  *widget,
         const char *action,
         GPtrArray  *found)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, action, found);
}

static GPtrArray *
gap_rows (SirkelWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect (GTK_WIDGET (dashboard_of (window)), "view.show-item", rows);
  return rows;
}

static void
show_dashboard (SirkelWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->project_view), "view.show-page",
                                             "s", "dashboard"));
  sirkel_widget_test_settle ();
}

static const char *
visible_page (SirkelWindow *window)
{
  return gtk_stack_get_visible_child_name (window->project_view->stack);
}

static void
test_dashboard_opens_first (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "first.sirkel");
  SirkelDashboardPage *page = dashboard_of (window);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = NULL;
  GtkListBoxRow *first_row = gtk_list_box_get_row_at_index (window->project_view->sidebar, 0);

  g_assert_cmpstr (visible_page (window), ==, "dashboard");
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (first_row)), ==, "dashboard");
  g_assert_true (gtk_list_box_get_selected_row (window->project_view->sidebar) == first_row);

  /* Five phases, each a card that opens its page. */
  g_assert_cmpuint (sirkel_dashboard_page_get_n_phases (page), ==, 5);
  collect (GTK_WIDGET (page), "view.show-page", cards);
  {
    static const char *names[] = { "overview", "plan", "measures", "evaluation", "learning" };
    guint n_cards = 0;

    for (guint i = 0; i < cards->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (cards, i), "phase-card"))
        {
          g_assert_cmpuint (n_cards, <, G_N_ELEMENTS (names));
          g_assert_cmpstr (gtk_widget_get_name (g_ptr_array_index (cards, i)), ==, names[n_cards]);
          n_cards++;
        }
    g_assert_cmpuint (n_cards, ==, 5);
  }
  for (guint i = 0; i < cards->len; i++)
    if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (cards, i)), "plan"))
      {
        g_signal_emit_by_name (g_ptr_array_index (cards, i), "clicked");
        sirkel_widget_test_settle ();
        g_assert_cmpstr (visible_page (window), ==, "plan");
      }
  show_dashboard (window);

  /* The example's two gaps: measures without an evaluation plan. */
  rows = gap_rows (window);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)),
                            "Barnetråkk i planarbeidet"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)),
                            "Av-og-til-kommune"));
  gtk_widget_activate (g_ptr_array_index (rows, 0));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (visible_page (window), ==, "evaluation");

  /* The sidebar says it too. */
  show_dashboard (window);
  g_assert_cmpstr (visible_page (window), ==, "dashboard");
  {
    g_autofree char *caption = NULL;

    g_object_get (window->project_view->status, "dashboard-caption", &caption, NULL);
    g_assert_cmpstr (caption, ==, "2 gaps in the chain");
  }

  /* The next five deadlines of the year wheel; the example has more than five. */
  g_assert_cmpuint (sirkel_dashboard_page_get_n_deadlines (page), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dashboard_new_gap (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "gap.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  SirkelStore *store = sirkel_document_get_store (document);
  GListModel *links = sirkel_document_get_list (document, "goal_finding");
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  SirkelEntity *finding = NULL;
  GListModel *findings = sirkel_document_get_list (document, "finding");
  GtkWidget *focus;

  for (guint i = 0; i < g_list_model_get_n_items (findings) && finding == NULL; i++)
    {
      g_autoptr(SirkelEntity) item = g_list_model_get_item (findings, i);

      if (g_strcmp0 (sirkel_entity_get_title (item), "Ensomhet blant ungdom") == 0)
        finding = item;
    }
  g_assert_nonnull (finding);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(SirkelEntity) link = g_list_model_get_item (links, i);
      SirkelId finding_id;

      if (sirkel_entity_get_ref (link, "finding_id", &finding_id) &&
          sirkel_id_equal (&finding_id, sirkel_entity_get_id (finding)))
        g_ptr_array_add (doomed, g_object_ref (link));
    }
  g_assert_cmpuint (doomed->len, >, 0);
  g_assert_true (sirkel_store_begin (store, "Unlink", &error));
  for (guint i = 0; i < doomed->len; i++)
    g_assert_true (sirkel_store_delete (store, "goal_finding",
                                       sirkel_entity_get_id (g_ptr_array_index (doomed, i)), &error));
  g_assert_true (sirkel_store_commit (store, &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();

  /* The new gap comes first, in the order of the cycle, and leads to the Plan page, where the
   * challenge's "Add Goal" row has the focus. */
  rows = gap_rows (window);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)),
                            "Ensomhet blant ungdom"));
  gtk_widget_activate (g_ptr_array_index (rows, 0));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (visible_page (window), ==, "plan");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  {
    g_autofree char *id = sirkel_entity_dup_id_string (finding);

    g_assert_cmpstr (gtk_widget_get_name (focus), ==, id);
  }

  /* Undo closes the gap again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sirkel_widget_test_settle ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = gap_rows (window);
  g_assert_cmpuint (rows->len, ==, 2);

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
  /* A new goal puts the cursor in its title; a blinking cursor in a window without the focus
   * (Xvfb, tests in parallel) makes GtkText warn, which is fatal here. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  work_dir = g_dir_make_tmp ("sirkel-test-dashboard-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/dashboard/opens-first", test_dashboard_opens_first);
  g_test_add_func ("/dashboard/new-gap", test_dashboard_new_gap);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
