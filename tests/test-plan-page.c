/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Plan page on the example project, each step checked in the store with
 * SQL: the goal tree shows every goal with the first selected; a new goal gets a title, a
 * linked challenge (picked in the picker, prioritised challenges first), a baseline and a
 * target (a decimal comma is read); a sub-goal goes under it with the next level; Undo and
 * Redo (win.undo, win.redo) take each step back and forth; moving a goal renumbers its
 * siblings; deleting a goal takes its sub-goals and links along as one action; plans are
 * added, chosen for a goal and deleted (the goal keeps its place, without the plan); and
 * view.show-item selects a goal. Run under a display: xvfb-run -a meson test -C build --suite
 * widgets.
 */
#define G_LOG_DOMAIN "test-plan-page"

#include "config.h"

#include <adwaita.h>

#include "sirkel-goal-challenges.h"
#include "sirkel-goal-editor.h"
#include "sirkel-goal-picker.h"
#include "sirkel-plan-page-private.h"
#include "sirkel-project-view-private.h"
#include "sirkel-store-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static gint64
live_goals (SirkelWindow *window)
{
  return sirkel_widget_test_sql_int (window, "SELECT count (*) FROM goal WHERE deleted_at IS NULL", NULL);
}

static SirkelPlanPage *
show_plan_page (SirkelWindow *window)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->project_view), "view.show-page",
                                             "s", "plan"));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "plan");
  page = gtk_stack_get_visible_child (window->project_view->stack);
  g_assert_true (SIRKEL_IS_PLAN_PAGE (page));
  return SIRKEL_PLAN_PAGE (page);
}


static const SirkelId *
selected_id (SirkelPlanPage *page)
{
  SirkelEntity *goal = sirkel_plan_page_get_selected_goal (page);

  g_assert_nonnull (goal);
  return sirkel_entity_get_id (goal);
}

/* The n-th GtkEntry of the editor: baseline, baseline year, target, target year. */
static GtkEditable *
editor_entry (SirkelPlanPage *page,
              guint           n)
{
  GtkWidget *row = GTK_WIDGET (page->goal_editor);
  guint i = 0;

  /* Depth first through the editor, counting the plain entries. */
  GPtrArray *stack = g_ptr_array_new ();
  GtkWidget *found = NULL;

  g_ptr_array_add (stack, row);
  while (stack->len > 0 && found == NULL)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      if (GTK_IS_ENTRY (widget) && i++ == n)
        found = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (children, child);
      for (guint c = children->len; c > 0; c--)
        g_ptr_array_add (stack, g_ptr_array_index (children, c - 1));
    }
  g_ptr_array_unref (stack);
  g_assert_nonnull (found);
  return GTK_EDITABLE (found);
}

static void
type_and_enter (GtkEditable *editable,
                const char  *text)
{
  gtk_editable_set_text (editable, text);
  g_signal_emit_by_name (editable, "activate");
  sirkel_widget_test_settle ();
}

typedef struct
{
  SirkelWindow   *window;
  const SirkelId *id;
  const char     *title;
} TitleCheck;

static gboolean
title_written (gpointer data)
{
  TitleCheck *check = data;
  g_autofree char *title = sirkel_widget_test_sql_text (check->window, "SELECT title FROM goal WHERE id = ?1",
                                     check->id);

  return g_strcmp0 (title, check->title) == 0;
}

static GtkWindow *
picker_of (SirkelWindow *window)
{
  return sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_GOAL_PICKER);
}


static void
redo (SirkelWindow *window)
{
  sirkel_widget_test_act (GTK_WIDGET (window), "win.redo", NULL);
}

static void
test_plan_page_goal (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "goal.sirkel");
  SirkelPlanPage *page = show_plan_page (window);
  GtkWidget *editor = GTK_WIDGET (page->goal_editor);
  GtkEditable *title_row;
  TitleCheck check;
  SirkelId goal;
  SirkelId sub;
  SirkelId finding;
  GtkWindow *picker;

  /* Every goal is in the tree, all open, and the first is selected and in the editor. */
  g_assert_cmpint (live_goals (window), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (page->selection)), ==, 11);
  g_assert_cmpuint (gtk_single_selection_get_selected (page->selection), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->editor_stack), ==, "editor");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->goal_stack), ==, "tree");

  /* A new goal: selected, at the top level, a societal goal. */
  sirkel_widget_test_act (GTK_WIDGET (page), "plan.add-goal", NULL);
  g_assert_cmpint (live_goals (window), ==, 12);
  goal = *selected_id (page);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT level FROM goal WHERE id = ?1", &goal), ==, "samfunnsmal");
  g_assert_true (sirkel_widget_test_sql_is_null (window, "SELECT parent_id FROM goal WHERE id = ?1", &goal));

  /* Its title, written once the user stops typing. */
  title_row = GTK_EDITABLE (sirkel_widget_test_find_child (editor, ADW_TYPE_ENTRY_ROW, NULL));
  gtk_editable_set_text (title_row, "Flere barn deltar i organiserte fritidsaktiviteter");
  check = (TitleCheck) { window, &goal, "Flere barn deltar i organiserte fritidsaktiviteter" };
  sirkel_widget_test_wait_until (title_written, &check);
  sirkel_widget_test_settle ();

  /* Link a challenge: the picker offers every challenge, the prioritised ones first. */
  sirkel_widget_test_act (sirkel_widget_test_find_child (editor, SIRKEL_TYPE_GOAL_CHALLENGES, NULL),
       "goal.link-challenge", NULL);
  picker = picker_of (window);
  g_assert_nonnull (picker);
  g_assert_cmpuint (sirkel_goal_picker_get_n_choices (SIRKEL_GOAL_PICKER (picker)), ==, 8);
  {
    g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, "SELECT id FROM finding WHERE title = "
                                          "'Lite fysisk aktivitet blant ungdom'", NULL);
    g_autofree char *id = NULL;

    g_assert_true (sirkel_id_from_bytes (&finding, sqlite3_column_blob (stmt, 0), 16));
    id = sirkel_id_to_string (&finding);
    g_assert_true (sirkel_goal_picker_pick (SIRKEL_GOAL_PICKER (picker), id));
  }
  sirkel_widget_test_settle ();
  g_assert_null (picker_of (window));
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM goal_finding WHERE deleted_at IS NULL "
                            "AND goal_id = ?1", &goal), ==, 1);
  g_assert_cmpuint (sirkel_goal_challenges_get_n_links (SIRKEL_GOAL_CHALLENGES (
                      sirkel_widget_test_find_child (editor, SIRKEL_TYPE_GOAL_CHALLENGES, NULL))), ==, 1);

  /* Baseline and target; a decimal comma is read as Norwegians write it. */
  type_and_enter (editor_entry (page, 0), "73,5");
  type_and_enter (editor_entry (page, 1), "2024");
  type_and_enter (editor_entry (page, 2), "77");
  type_and_enter (editor_entry (page, 3), "2027");
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT baseline FROM goal WHERE id = ?1", &goal), ==, 73.5);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT baseline_year FROM goal WHERE id = ?1", &goal), ==, 2024);
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT target FROM goal WHERE id = ?1", &goal), ==, 77.0);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT target_year FROM goal WHERE id = ?1", &goal), ==, 2027);
  /* Text that is not a number is kept for fixing and writes nothing. */
  type_and_enter (editor_entry (page, 2), "mange");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor_entry (page, 2)), "error"));
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT target FROM goal WHERE id = ?1", &goal), ==, 77.0);
  type_and_enter (editor_entry (page, 2), "77");

  /* A sub-goal: under the goal, one level down, selected. */
  sirkel_widget_test_act (GTK_WIDGET (page), "plan.add-sub-goal", NULL);
  sub = *selected_id (page);
  g_assert_false (sirkel_id_equal (&sub, &goal));
  g_assert_cmpint (live_goals (window), ==, 13);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT level FROM goal WHERE id = ?1", &sub), ==, "effektmal");
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT hex (parent_id) FROM goal WHERE id = ?1", &sub), ==,
                   sirkel_widget_test_sql_text (window, "SELECT hex (id) FROM goal WHERE id = ?1", &goal));

  /* Undo takes the sub-goal away, and the goal is selected again; Redo brings it back. */
  sirkel_widget_test_undo (window);
  g_assert_cmpint (live_goals (window), ==, 12);
  g_assert_true (sirkel_id_equal (selected_id (page), &goal));
  redo (window);
  g_assert_cmpint (live_goals (window), ==, 13);
  g_assert_true (sirkel_plan_page_select_goal (page, &goal));

  /* Each earlier step is an action of its own: before the sub-goal came the target year, and
   * before that the target. */
  sirkel_widget_test_undo (window);
  sirkel_widget_test_undo (window);
  g_assert_cmpint (live_goals (window), ==, 12);
  g_assert_true (sirkel_widget_test_sql_is_null (window, "SELECT target_year FROM goal WHERE id = ?1", &goal));
  g_assert_cmpstr (gtk_editable_get_text (editor_entry (page, 3)), ==, "");
  sirkel_widget_test_undo (window);
  g_assert_true (sirkel_widget_test_sql_is_null (window, "SELECT target FROM goal WHERE id = ?1", &goal));
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT baseline FROM goal WHERE id = ?1", &goal), ==, 73.5);
  redo (window);
  redo (window);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT target_year FROM goal WHERE id = ?1", &goal), ==, 2027);
  g_assert_cmpstr (gtk_editable_get_text (editor_entry (page, 3)), ==, "2027");
  redo (window);
  g_assert_cmpint (live_goals (window), ==, 13);
  g_assert_true (sirkel_plan_page_select_goal (page, &goal));

  /* Deleting the goal takes its sub-goal and its link along, in one action. */
  sirkel_widget_test_act (GTK_WIDGET (page), "plan.delete-goal", NULL);
  g_assert_cmpint (live_goals (window), ==, 11);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM goal_finding WHERE deleted_at IS NULL "
                            "AND goal_id = ?1", &goal), ==, 0);
  g_assert_nonnull (sirkel_plan_page_get_selected_goal (page));
  {
    g_autofree char *label = NULL;

    g_object_get (sirkel_window_get_document (window), "undo-label", &label, NULL);
    g_assert_cmpstr (label, ==, "Delete goal");
  }
  sirkel_widget_test_undo (window);
  g_assert_cmpint (live_goals (window), ==, 13);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM goal_finding WHERE deleted_at IS NULL "
                            "AND goal_id = ?1", &goal), ==, 1);

  /* view.show-item selects a goal from anywhere. */
  {
    g_autofree char *id = sirkel_id_to_string (&sub);

    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("dashboard"));
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "plan", id));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "plan");
    g_assert_true (sirkel_id_equal (selected_id (page), &sub));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_plan_page_move (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "move.sirkel");
  SirkelPlanPage *page = show_plan_page (window);
  g_autofree char *first_before = sirkel_widget_test_sql_text (window, "SELECT title FROM goal WHERE deleted_at IS NULL "
                                            "AND parent_id IS NULL ORDER BY sort LIMIT 1", NULL);
  g_autofree char *first_after = NULL;
  SirkelId goal = *selected_id (page);

  /* The first top-level goal cannot go up; down it goes, and its siblings are renumbered. */
  g_assert_false (gtk_widget_get_sensitive (sirkel_widget_test_find_child (GTK_WIDGET (page),
                                                                          GTK_TYPE_BUTTON,
                                                                          "plan.move-up")));
  g_assert_true (gtk_widget_get_sensitive (sirkel_widget_test_find_child (GTK_WIDGET (page),
                                                                         GTK_TYPE_BUTTON,
                                                                         "plan.move-down")));
  sirkel_widget_test_act (GTK_WIDGET (page), "plan.move-down", NULL);
  first_after = sirkel_widget_test_sql_text (window, "SELECT title FROM goal WHERE deleted_at IS NULL "
                          "AND parent_id IS NULL ORDER BY sort LIMIT 1", NULL);
  g_assert_cmpstr (first_after, !=, first_before);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT sort FROM goal WHERE id = ?1", &goal), ==, 2);
  g_assert_true (sirkel_id_equal (selected_id (page), &goal));
  g_assert_cmpuint (gtk_single_selection_get_selected (page->selection), >, 0);

  sirkel_widget_test_undo (window);
  g_clear_pointer (&first_after, g_free);
  first_after = sirkel_widget_test_sql_text (window, "SELECT title FROM goal WHERE deleted_at IS NULL "
                          "AND parent_id IS NULL ORDER BY sort LIMIT 1", NULL);
  g_assert_cmpstr (first_after, ==, first_before);
  g_assert_true (sirkel_id_equal (selected_id (page), &goal));

  /* Collapsing a goal whose sub-goal is selected selects the goal. */
  gtk_single_selection_set_selected (page->selection, 1);
  sirkel_widget_test_settle ();
  g_assert_false (sirkel_id_equal (selected_id (page), &goal));
  {
    g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (sirkel_goal_tree_get_model (page->tree), 0);

    gtk_tree_list_row_set_expanded (row, FALSE);
  }
  sirkel_widget_test_settle ();
  g_assert_cmpuint (gtk_single_selection_get_selected (page->selection), ==, 0);
  g_assert_true (sirkel_id_equal (selected_id (page), &goal));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_plan_page_plans (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "plans.sirkel");
  SirkelPlanPage *page = show_plan_page (window);
  GtkWidget *plan_row = sirkel_widget_test_find_child (GTK_WIDGET (page->goal_editor),
                                                       ADW_TYPE_COMBO_ROW, NULL);
  SirkelId goal = *selected_id (page);
  SirkelId plan;

  /* The level row comes first, then the plan row. */
  g_assert_nonnull (plan_row);
  plan_row = gtk_widget_get_next_sibling (plan_row);
  g_assert_true (ADW_IS_COMBO_ROW (plan_row));
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM plan WHERE deleted_at IS NULL", NULL), ==, 4);

  sirkel_widget_test_act (GTK_WIDGET (page), "plan.add-plan", g_variant_new_string ("temaplan"));
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM plan WHERE deleted_at IS NULL", NULL), ==, 5);
  {
    g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, "SELECT id, kind, period_from, period_to FROM plan "
                                          "WHERE deleted_at IS NULL ORDER BY created_at DESC, rowid DESC",
                                          NULL);

    g_assert_true (sirkel_id_from_bytes (&plan, sqlite3_column_blob (stmt, 0), 16));
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "temaplan");
    g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 2024);
    g_assert_cmpint (sqlite3_column_int (stmt, 3), ==, 2027);
  }

  /* The new plan is the last choice for the goal ("None" comes first). */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (plan_row))), ==, 6);
  adw_combo_row_set_selected (ADW_COMBO_ROW (plan_row), 5);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT hex (plan_id) FROM goal WHERE id = ?1", &goal), ==,
                   sirkel_widget_test_sql_text (window, "SELECT hex (id) FROM plan WHERE id = ?1", &plan));
  adw_combo_row_set_selected (ADW_COMBO_ROW (plan_row), 0);
  sirkel_widget_test_settle ();
  g_assert_true (sirkel_widget_test_sql_is_null (window, "SELECT plan_id FROM goal WHERE id = ?1", &goal));
  sirkel_widget_test_undo (window);
  g_assert_false (sirkel_widget_test_sql_is_null (window, "SELECT plan_id FROM goal WHERE id = ?1", &goal));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (plan_row)), ==, 5);

  /* Deleting the plan leaves the goal without one, in one action. */
  {
    g_autofree char *id = sirkel_id_to_string (&plan);

    sirkel_widget_test_act (GTK_WIDGET (page), "plan.delete-plan", g_variant_new_string (id));
  }
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM plan WHERE deleted_at IS NULL", NULL), ==, 4);
  g_assert_true (sirkel_widget_test_sql_is_null (window, "SELECT plan_id FROM goal WHERE id = ?1", &goal));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (plan_row)), ==, 0);
  sirkel_widget_test_undo (window);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM plan WHERE deleted_at IS NULL", NULL), ==, 5);
  g_assert_false (sirkel_widget_test_sql_is_null (window, "SELECT plan_id FROM goal WHERE id = ?1", &goal));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A project without goals explains where goals come from and offers the first one. */
static void
test_plan_page_empty (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "empty.sirkel");
  SirkelPlanPage *page = show_plan_page (window);
  SirkelStore *store = sirkel_document_get_store (sirkel_window_get_document (window));
  GListModel *goals = sirkel_document_get_list (sirkel_window_get_document (window), "goal");
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    g_ptr_array_add (all, g_list_model_get_item (goals, i));
  g_assert_true (sirkel_store_begin (store, "Remove all goals", &error));
  for (guint i = 0; i < all->len; i++)
    g_assert_true (sirkel_store_delete (store, "goal",
                                        sirkel_entity_get_id (g_ptr_array_index (all, i)), &error));
  g_assert_true (sirkel_store_commit (store, &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->goal_stack), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->editor_stack), ==, "none");
  g_assert_false (gtk_widget_get_visible (page->prioritise_button));
  g_assert_true (gtk_widget_get_visible (page->without_goal_group));
  g_assert_nonnull (strstr (adw_status_page_get_description (page->empty_status), "prioritised"));

  /* "Add Goal" for a challenge without a goal: a goal linked to it, and the gap is closed. */
  {
    g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, "SELECT id FROM finding WHERE prioritised = 1 "
                                          "ORDER BY sort LIMIT 1", NULL);
    SirkelId finding;
    g_autofree char *id = NULL;
    GtkListBoxRow *row;

    g_assert_true (sirkel_id_from_bytes (&finding, sqlite3_column_blob (stmt, 0), 16));
    id = sirkel_id_to_string (&finding);
    sirkel_widget_test_act (GTK_WIDGET (page), "plan.add-goal-for", g_variant_new_string (id));
    g_assert_cmpint (live_goals (window), ==, 1);
    g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM goal_finding gf JOIN goal g "
                              "ON g.id = gf.goal_id WHERE gf.deleted_at IS NULL "
                              "AND g.deleted_at IS NULL AND gf.finding_id = ?1", &finding), ==, 1);
    /* The challenge is no longer listed as one without a goal. */
    for (int i = 0; (row = gtk_list_box_get_row_at_index (page->without_goal_list, i)) != NULL; i++)
      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), !=, id);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (page->goal_stack), ==, "tree");
    g_assert_cmpstr (gtk_stack_get_visible_child_name (page->editor_stack), ==, "editor");
  }

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
  work_dir = g_dir_make_tmp ("sirkel-test-plan-page-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/plan-page/goal", test_plan_page_goal);
  g_test_add_func ("/plan-page/move", test_plan_page_move);
  g_test_add_func ("/plan-page/plans", test_plan_page_plans);
  g_test_add_func ("/plan-page/empty", test_plan_page_empty);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
