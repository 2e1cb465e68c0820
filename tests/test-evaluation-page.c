/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Evaluering page on the example project, each step checked in the store
 * with SQL: a measure with an evaluation plan shows the stored values; a measure without one
 * shows the empty state, gets an effect evaluation and its method; an element is added to a
 * column of the logic model, moved up, down and to the next column (the sort and the rows
 * follow), deleted and brought back with Undo; an evaluation indicator gets a baseline of 10,
 * a target of 20 and a measurement typed as "12,5", stored as 12.5; a measurement's value
 * ("14,0") and date are edited in its row, each one action that Undo takes back, the row
 * moving with its date and keeping the focus, and neither can be emptied; measurements and
 * indicators are deleted and undone; the progress and logic-model charts are there; Record a
 * Lesson is off until the plan has findings, which then become a lesson; view.show-item finds
 * items by their table; and without measures the page points to the Measures page. Screenshots go to SIRKEL_TEST_SCREENSHOTS when it is set. Run
 * under a display: xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-evaluation-page"

#include "config.h"

#include <adwaita.h>

#include "sirkel-eval-indicator-editor.h"
#include "sirkel-evaluation-editor.h"
#include "sirkel-evaluation-page-private.h"
#include "sirkel-logic-editor.h"
#include "sirkel-logic-row.h"
#include "sirkel-measurement-list.h"
#include "sirkel-project-view-private.h"
#include "sirkel-store-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static void
act_on (GtkWidget      *widget,
        const char     *action,
        const SirkelId *id)
{
  g_autofree char *text = sirkel_id_to_string (id);

  sirkel_widget_test_act (widget, action, g_variant_new_string (text));
}


static SirkelEvaluationPage *
show_evaluation_page (SirkelWindow *window)
{
  GtkWidget *page;

  /* The size the page must work at. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("evaluation"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "evaluation");
  page = gtk_stack_get_visible_child (window->project_view->stack);
  g_assert_true (SIRKEL_IS_EVALUATION_PAGE (page));
  return SIRKEL_EVALUATION_PAGE (page);
}

static void
select_measure (SirkelEvaluationPage *page,
                const SirkelId       *id)
{
  g_assert_true (sirkel_evaluation_page_select_measure (page, id));
  sirkel_widget_test_settle ();
  g_assert_nonnull (page->measure);
  g_assert_true (sirkel_id_equal (sirkel_entity_get_id (page->measure), id));
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

/* How many rows come before @row among its parent's children: the order of the focus chain
 * and of the boxed list's corners, which can differ from the list box's own order. */
static guint
widget_place (GtkWidget *row)
{
  guint place = 0;

  for (GtkWidget *child = gtk_widget_get_prev_sibling (row); child != NULL;
       child = gtk_widget_get_prev_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      place++;
  return place;
}

/* The last GtkTextView under @widget, depth first: a plan's findings. */
static GtkTextView *
last_text_view (GtkWidget *widget)
{
  GtkTextView *found = GTK_IS_TEXT_VIEW (widget) ? GTK_TEXT_VIEW (widget) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *below = last_text_view (child);

      if (below != NULL)
        found = below;
    }
  return found;
}

/* The n-th plain GtkEntry under @widget, depth first. */
static GtkEditable *
nth_entry (GtkWidget *widget,
           guint     *n)
{
  if (GTK_IS_ENTRY (widget) && (*n)-- == 0)
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = nth_entry (child, n);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkEditable *
entry_at (GtkWidget *widget,
          guint      n)
{
  GtkEditable *found = nth_entry (widget, &n);

  g_assert_nonnull (found);
  return found;
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
  const char     *sql;
  const SirkelId *id;
  const char     *text;
} TextCheck;

static gboolean
text_written (gpointer data)
{
  TextCheck *check = data;
  g_autofree char *text = sirkel_widget_test_sql_text (check->window, check->sql, check->id);

  return g_strcmp0 (text, check->text) == 0;
}

static void
wait_for_text (SirkelWindow   *window,
               const char     *sql,
               const SirkelId *id,
               const char     *text)
{
  TextCheck check = { window, sql, id, text };

  sirkel_widget_test_wait_until (text_written, &check);
  sirkel_widget_test_settle ();
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  guint *ticks = data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
two_ticks (gpointer data)
{
  return *(guint *) data >= 2;
}

static gboolean
transition_done (gpointer data)
{
  SirkelWindow *window = data;

  return !gtk_stack_get_transition_running (window->project_view->stack);
}

/* Lets the window lay itself out and draw (a resize, a new view), as between two things a
 * user does; GTK 4.8 warns when a page it leaves in a transition was never laid out. */
static void
wait_frames (SirkelWindow *window)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, &ticks, NULL);

  sirkel_widget_test_wait_until (transition_done, window);
  sirkel_widget_test_wait_until (two_ticks, &ticks);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
}

/* Scrolls the view that holds @widget to its end. */
static void
scroll_to_end (SirkelWindow *window,
               GtkWidget    *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  wait_frames (window);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
screenshot (SirkelWindow *window,
            const char   *name)
{
  wait_frames (window);
  sirkel_widget_test_save_png (GTK_WIDGET (window), name);
}

/* A measure with an evaluation plan shows it; one without gets one. */
static void
test_evaluation_page_plan (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "plan.sirkel");
  SirkelEvaluationPage *page = show_evaluation_page (window);
  SirkelEvaluationEditor *editor;
  GtkWidget *kind_row;
  GtkWidget *lesson_button;
  GtkTextBuffer *findings;
  SirkelId measure, evaluation;
  g_autofree char *title = NULL;
  g_autofree char *method = NULL;
  g_autofree char *shown = NULL;

  /* The first measure is selected at once; every measure has a row. */
  g_assert_nonnull (page->measure);
  g_assert_nonnull (gtk_list_box_get_row_at_index (page->measure_list,
    (int) sirkel_widget_test_sql_int (window, "SELECT count (*) - 1 FROM measure WHERE deleted_at IS NULL", NULL)));

  /* DUÅ: a process evaluation with a research partner. */
  measure = sirkel_widget_test_sql_id (window, "SELECT m.id FROM measure m JOIN evaluation e ON e.measure_id = m.id "
                    "WHERE e.kind = 'process' AND e.partner <> '' ORDER BY m.sort LIMIT 1", NULL);
  evaluation = sirkel_widget_test_sql_id (window, "SELECT id FROM evaluation WHERE measure_id = ?1", &measure);
  select_measure (page, &measure);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->plans_stack), ==, "list");
  editor = SIRKEL_EVALUATION_EDITOR (gtk_widget_get_first_child (GTK_WIDGET (page->plans_box)));
  g_assert_true (SIRKEL_IS_EVALUATION_EDITOR (editor));
  g_assert_true (sirkel_evaluation_editor_get_evaluation (editor) ==
                 sirkel_document_find (sirkel_window_get_document (window), "evaluation", &evaluation));
  kind_row = sirkel_widget_test_find_child (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind_row)), ==, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (kind_row)), !=, "");
  title = sirkel_widget_test_sql_text (window, "SELECT title FROM evaluation WHERE id = ?1", &evaluation);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sirkel_widget_test_find_child (
                     GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, NULL))), ==, title);
  method = sirkel_widget_test_sql_text (window, "SELECT method FROM evaluation WHERE id = ?1", &evaluation);
  shown = buffer_text (GTK_TEXT_VIEW (sirkel_widget_test_find_child (GTK_WIDGET (editor),
                                                                       GTK_TYPE_TEXT_VIEW, NULL)));
  g_assert_cmpstr (shown, ==, method);
  screenshot (window, "evaluation-plan");

  /* Barnetråkk has none: the dashboard's gap leads here (view.show-item with the measure), the
   * empty state explains, and the measure is flagged. */
  measure = sirkel_widget_test_sql_id (window, "SELECT id FROM measure m WHERE deleted_at IS NULL AND NOT EXISTS "
                    "(SELECT 1 FROM evaluation e WHERE e.measure_id = m.id AND e.deleted_at IS NULL) "
                    "ORDER BY sort LIMIT 1", NULL);
  {
    g_autofree char *id = sirkel_id_to_string (&measure);

    wait_frames (window);
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("dashboard"));
    wait_frames (window);
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "evaluation", id));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "evaluation");
    g_assert_true (sirkel_id_equal (sirkel_entity_get_id (page->measure), &measure));
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->plans_stack), ==, "empty");
  g_assert_nonnull (strstr (gtk_label_get_label (page->measure_subtitle), "No evaluation plan"));
  screenshot (window, "evaluation-no-plan");

  /* An effect evaluation, one action; its method is written once the user stops typing. */
  sirkel_widget_test_act (GTK_WIDGET (page), "evaluation.add-plan", g_variant_new_string ("effect"));
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM evaluation WHERE deleted_at IS NULL "
                            "AND measure_id = ?1 AND kind = 'effect'", &measure), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->plans_stack), ==, "list");
  evaluation = sirkel_widget_test_sql_id (window, "SELECT id FROM evaluation WHERE measure_id = ?1 AND deleted_at IS NULL",
                       &measure);
  editor = SIRKEL_EVALUATION_EDITOR (gtk_widget_get_first_child (GTK_WIDGET (page->plans_box)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (sirkel_widget_test_find_child (
                              GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, NULL))),
                            "Sammenligning av ruter før og etter", -1);
  wait_for_text (window, "SELECT method FROM evaluation WHERE id = ?1", &evaluation,
                 "Sammenligning av ruter før og etter");
  g_assert_null (strstr (gtk_label_get_label (page->measure_subtitle), "No evaluation plan"));
  screenshot (window, "evaluation-new-plan");

  /* Deleting it is one action, and Undo brings it back. */
  act_on (GTK_WIDGET (page), "evaluation.delete-plan", &evaluation);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM evaluation WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->plans_stack), ==, "empty");
  sirkel_widget_test_undo (window);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM evaluation WHERE deleted_at IS NULL "
                            "AND measure_id = ?1", &measure), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->plans_stack), ==, "list");

  /* Without findings there is no lesson to record: the button is off and says why, and the
   * page's action makes no empty lesson. */
  editor = SIRKEL_EVALUATION_EDITOR (gtk_widget_get_first_child (GTK_WIDGET (page->plans_box)));
  lesson_button = sirkel_widget_test_find_child (GTK_WIDGET (editor), GTK_TYPE_BUTTON,
                                                 "eval-plan.record-lesson");
  g_assert_nonnull (lesson_button);
  g_assert_false (gtk_widget_get_sensitive (lesson_button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (lesson_button), "findings first"));
  act_on (GTK_WIDGET (page), "evaluation.record-lesson", &evaluation);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL "
                            "AND source_id = ?1", &evaluation), ==, 0);
  g_assert_null (page->lesson_id);
  scroll_to_end (window, GTK_WIDGET (page->plans_box));
  screenshot (window, "evaluation-no-findings");

  /* Typed findings turn it on at once (before they are written), blank ones do not, and
   * emptied ones turn it off again. */
  findings = gtk_text_view_get_buffer (last_text_view (GTK_WIDGET (editor)));
  gtk_text_buffer_set_text (findings, "  \n ", -1);
  g_assert_false (gtk_widget_get_sensitive (lesson_button));
  gtk_text_buffer_set_text (findings, "Færre biler ved skoleporten. Foreldrene vil fortsette.", -1);
  g_assert_true (gtk_widget_get_sensitive (lesson_button));
  g_assert_null (strstr (gtk_widget_get_tooltip_text (lesson_button), "findings first"));
  gtk_text_buffer_set_text (findings, "", -1);
  g_assert_false (gtk_widget_get_sensitive (lesson_button));
  gtk_text_buffer_set_text (findings, "Færre biler ved skoleporten. Foreldrene vil fortsette.", -1);
  g_assert_true (gtk_widget_get_sensitive (lesson_button));

  /* The findings become a lesson, an experience from this evaluation, learned today: pressing
   * the button writes what was typed first, so the lesson has it all. */
  g_signal_emit_by_name (lesson_button, "clicked");
  sirkel_widget_test_settle ();
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL "
                            "AND source_entity = 'evaluation' AND source_id = ?1 AND kind = 'experience' "
                            "AND learned_on = date ('now', 'localtime')", &evaluation), ==, 1);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT body FROM lesson WHERE source_id = ?1", &evaluation), ==,
                   "Færre biler ved skoleporten. Foreldrene vil fortsette.");
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT title FROM lesson WHERE source_id = ?1", &evaluation), ==,
                   "Færre biler ved skoleporten");
  g_assert_nonnull (page->lesson_id);

  /* A completed self-evaluation: its KIPP fields and findings, at the end of the plan (the
   * view scrolls to the focus). */
  measure = sirkel_widget_test_sql_id (window, "SELECT measure_id FROM evaluation WHERE kind = 'self' AND findings <> '' "
                    "AND deleted_at IS NULL ORDER BY created_at LIMIT 1", NULL);
  select_measure (page, &measure);
  editor = SIRKEL_EVALUATION_EDITOR (gtk_widget_get_first_child (GTK_WIDGET (page->plans_box)));
  lesson_button = sirkel_widget_test_find_child (GTK_WIDGET (editor), GTK_TYPE_BUTTON,
                                                 "eval-plan.record-lesson");
  g_assert_nonnull (lesson_button);
  g_assert_true (gtk_widget_get_sensitive (lesson_button));
  scroll_to_end (window, GTK_WIDGET (page->plans_box));
  screenshot (window, "evaluation-findings");

  gtk_window_destroy (GTK_WINDOW (window));
}

static GPtrArray *
column_rows (SirkelEvaluationPage *page,
             const char           *kind)
{
  GtkListBox *list = sirkel_logic_editor_get_column (page->logic_editor, kind);
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SIRKEL_IS_LOGIC_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

static SirkelLogicRow *
row_of (SirkelEvaluationPage *page,
        const char           *kind,
        const SirkelId       *id,
        guint                *position)
{
  g_autoptr(GPtrArray) rows = column_rows (page, kind);

  for (guint i = 0; i < rows->len; i++)
    if (sirkel_id_equal (sirkel_entity_get_id (sirkel_logic_row_get_element (g_ptr_array_index (rows, i))), id))
      {
        *position = i;
        return g_ptr_array_index (rows, i);
      }
  return NULL;
}

/* Presses @accelerator on @widget the way its shortcut controllers would: the shortcut with
 * that trigger runs its action on the widget. */
static void
press (GtkWidget  *widget,
       const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);
  gboolean pressed = FALSE;

  for (guint i = 0; !pressed && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; !pressed && k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            pressed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                    gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_true (pressed);
  sirkel_widget_test_settle ();
}

/* An element is added to a column, edited, moved up and down and to the next column. */
static void
test_evaluation_page_logic (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "logic.sirkel");
  SirkelEvaluationPage *page = show_evaluation_page (window);
  SirkelChartView *chart = sirkel_logic_editor_get_chart_view (page->logic_editor);
  SirkelLogicRow *row;
  SirkelId measure, element, first;
  guint position = 99;
  gint64 n_activities;

  /* DUÅ's logic model: one element in every column, and the diagram. */
  measure = sirkel_widget_test_sql_id (window, "SELECT m.id FROM measure m JOIN logic_element l ON l.measure_id = m.id "
                    "WHERE l.kind = 'assumption' ORDER BY m.sort LIMIT 1", NULL);
  select_measure (page, &measure);
  adw_view_stack_set_visible_child_name (page->view_stack, "logic");
  sirkel_widget_test_settle ();
  n_activities = sirkel_widget_test_sql_int (window, "SELECT count (*) FROM logic_element WHERE deleted_at IS NULL "
                          "AND kind = 'activity' AND measure_id = ?1", &measure);
  g_assert_cmpint (n_activities, >=, 1);
  {
    g_autoptr(GPtrArray) rows = column_rows (page, "activity");

    g_assert_cmpuint (rows->len, ==, (guint) n_activities);
  }
  first = sirkel_widget_test_sql_id (window, "SELECT id FROM logic_element WHERE deleted_at IS NULL AND kind = 'activity' "
                  "AND measure_id = ?1 ORDER BY sort, created_at LIMIT 1", &measure);
  g_assert_nonnull (sirkel_chart_view_get_chart (chart));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (chart))));
  screenshot (window, "evaluation-logic");

  /* A new activity comes last in its column, with the cursor in it. */
  sirkel_widget_test_act (GTK_WIDGET (page), "evaluation.add-element", g_variant_new_string ("activity"));
  element = sirkel_widget_test_sql_id (window, "SELECT id FROM logic_element WHERE measure_id = ?1 AND deleted_at IS NULL "
                    "ORDER BY created_at DESC, rowid DESC LIMIT 1", &measure);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT kind FROM logic_element WHERE id = ?1", &element), ==, "activity");
  row = row_of (page, "activity", &element, &position);
  g_assert_nonnull (row);
  g_assert_cmpuint (position, ==, (guint) n_activities);
  gtk_editable_set_text (GTK_EDITABLE (row), "Kurs for gruppelederne");
  wait_for_text (window, "SELECT title FROM logic_element WHERE id = ?1", &element, "Kurs for gruppelederne");

  /* Alt+Up: the column is numbered anew and the row moves with it, keeping the cursor. */
  press (GTK_WIDGET (row), "<Alt>Up");
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT sort FROM logic_element WHERE id = ?1", &element), ==,
                   n_activities);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT sort FROM logic_element WHERE id = ?1", &first), ==,
                   n_activities + 1);
  g_assert_true (row_of (page, "activity", &element, &position) == row);
  g_assert_cmpuint (position, ==, (guint) n_activities - 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Kurs for gruppelederne");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (row)));
  /* The first row cannot go further up: its button is off, and so is Alt+Up (bound to the
   * same action). */
  if (n_activities == 1)
    {
      g_assert_false (gtk_widget_get_sensitive (sirkel_widget_test_find_child (GTK_WIDGET (row), GTK_TYPE_BUTTON,
                                                                               "row.move-up")));
      gtk_widget_activate_action (GTK_WIDGET (row), "row.move-up", NULL);
      sirkel_widget_test_settle ();
      g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT sort FROM logic_element WHERE id = ?1", &element), ==, 1);
    }
  press (GTK_WIDGET (row), "<Alt>Down");
  g_assert_true (row_of (page, "activity", &element, &position) == row);
  g_assert_cmpuint (position, ==, (guint) n_activities);
  sirkel_widget_test_undo (window);
  g_assert_true (row_of (page, "activity", &element, &position) == row);
  g_assert_cmpuint (position, ==, (guint) n_activities - 1);

  /* To the next column (Alt+Right): the end of the outputs. */
  press (GTK_WIDGET (row), "<Alt>Right");
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT kind FROM logic_element WHERE id = ?1", &element), ==, "output");
  g_assert_null (row_of (page, "activity", &element, &position));
  g_assert_true (row_of (page, "output", &element, &position) == row);
  screenshot (window, "evaluation-logic-moved");

  /* Deleting it is one action, and Undo brings it back. */
  act_on (GTK_WIDGET (page), "evaluation.delete-element", &element);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM logic_element WHERE deleted_at IS NULL "
                            "AND id = ?1", &element), ==, 0);
  g_assert_null (row_of (page, "output", &element, &position));
  sirkel_widget_test_undo (window);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM logic_element WHERE deleted_at IS NULL "
                            "AND id = ?1", &element), ==, 1);
  g_assert_nonnull (row_of (page, "output", &element, &position));

  /* view.show-item finds an element by its table. */
  {
    g_autofree char *id = sirkel_id_to_string (&first);

    adw_view_stack_set_visible_child_name (page->view_stack, "plans");
    wait_frames (window);
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("dashboard"));
    wait_frames (window);
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item",
         g_variant_new ("(ss)", "logic_element", id));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "evaluation");
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (page->view_stack), ==, "logic");
    g_assert_true (sirkel_id_equal (sirkel_entity_get_id (page->measure), &measure));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An evaluation indicator with a baseline, a target and a measurement typed the Norwegian way. */
static void
test_evaluation_page_indicators (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "indicators.sirkel");
  SirkelEvaluationPage *page = show_evaluation_page (window);
  SirkelEvalIndicatorEditor *editor;
  SirkelMeasurementList *measurements;
  SirkelMeasurementRow *row;
  SirkelChartView *chart;
  SirkelId measure, indicator, measurement;

  /* PALS: an indicator counted in a unit, with three measurements, each a row of its own,
   * oldest first, its fields showing what is stored. */
  measure = sirkel_widget_test_sql_id (window, "SELECT e.measure_id FROM eval_indicator e JOIN measurement m "
                    "ON m.eval_indicator_id = e.id WHERE e.deleted_at IS NULL AND m.deleted_at IS NULL "
                    "AND e.unit <> '' GROUP BY e.id HAVING count (*) = 3 LIMIT 1", NULL);
  select_measure (page, &measure);
  adw_view_stack_set_visible_child_name (page->view_stack, "indicators");
  sirkel_widget_test_settle ();
  editor = SIRKEL_EVAL_INDICATOR_EDITOR (gtk_widget_get_first_child (GTK_WIDGET (page->indicators_box)));
  measurements = sirkel_eval_indicator_editor_get_measurements (editor);
  g_assert_cmpuint (sirkel_measurement_list_get_n_items (measurements), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT measured_on FROM measurement WHERE eval_indicator_id = ?1 "
                                              "AND deleted_at IS NULL ORDER BY measured_on LIMIT 1 OFFSET %u", i);
      g_autofree char *date = sirkel_widget_test_sql_text (window, sql, sirkel_entity_get_id (
                                                             sirkel_eval_indicator_editor_get_indicator (editor)));
      SirkelEntity *shown;

      row = sirkel_measurement_list_get_row (measurements, i);
      shown = sirkel_measurement_row_get_measurement (row);
      g_assert_cmpstr (sirkel_entity_get_text (shown, "measured_on"), ==, date);
      g_assert_cmpstr (gtk_editable_get_text (sirkel_measurement_row_get_note_entry (row)), ==,
                       sirkel_entity_get_title (shown));
    }
  scroll_to_end (window, GTK_WIDGET (page->indicators_box));
  screenshot (window, "evaluation-measurements");

  measure = sirkel_widget_test_sql_id (window, "SELECT id FROM measure m WHERE deleted_at IS NULL AND NOT EXISTS "
                    "(SELECT 1 FROM eval_indicator e WHERE e.measure_id = m.id AND e.deleted_at IS NULL) "
                    "ORDER BY sort LIMIT 1", NULL);
  select_measure (page, &measure);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->indicators_stack), ==, "empty");
  screenshot (window, "evaluation-no-indicators");

  sirkel_widget_test_act (GTK_WIDGET (page), "evaluation.add-indicator", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->indicators_stack), ==, "list");
  indicator = sirkel_widget_test_sql_id (window, "SELECT id FROM eval_indicator WHERE measure_id = ?1 AND deleted_at IS NULL",
                      &measure);
  editor = SIRKEL_EVAL_INDICATOR_EDITOR (gtk_widget_get_first_child (GTK_WIDGET (page->indicators_box)));
  g_assert_true (SIRKEL_IS_EVAL_INDICATOR_EDITOR (editor));
  gtk_editable_set_text (GTK_EDITABLE (sirkel_widget_test_find_child (GTK_WIDGET (editor),
                                                                      ADW_TYPE_ENTRY_ROW, NULL)),
                         "Barn som går til skolen");
  wait_for_text (window, "SELECT title FROM eval_indicator WHERE id = ?1", &indicator,
                 "Barn som går til skolen");

  /* Baseline and target, each one action; a date as Norwegians write it. */
  type_and_enter (entry_at (GTK_WIDGET (editor), 0), "10");
  type_and_enter (entry_at (GTK_WIDGET (editor), 1), "01.09.2025");
  type_and_enter (entry_at (GTK_WIDGET (editor), 2), "20");
  type_and_enter (entry_at (GTK_WIDGET (editor), 3), "2027-06-30");
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT baseline FROM eval_indicator WHERE id = ?1", &indicator), ==, 10.0);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT baseline_date FROM eval_indicator WHERE id = ?1", &indicator), ==,
                   "2025-09-01");
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT target FROM eval_indicator WHERE id = ?1", &indicator), ==, 20.0);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT target_date FROM eval_indicator WHERE id = ?1", &indicator), ==,
                   "2027-06-30");
  /* A date that is no date is marked and not written. */
  type_and_enter (entry_at (GTK_WIDGET (editor), 3), "31.02.2027");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry_at (GTK_WIDGET (editor), 3)), "error"));
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT target_date FROM eval_indicator WHERE id = ?1", &indicator), ==,
                   "2027-06-30");
  type_and_enter (entry_at (GTK_WIDGET (editor), 3), "30.06.2027");

  /* A measurement typed with a decimal comma is 12.5; text that is no number writes nothing. */
  measurements = sirkel_eval_indicator_editor_get_measurements (editor);
  g_assert_false (sirkel_measurement_list_add (measurements, "15.06.2026", "mange", ""));
  scroll_to_end (window, GTK_WIDGET (page->indicators_box));
  screenshot (window, "evaluation-measurement-error");
  g_assert_true (sirkel_measurement_list_add (measurements, "15.06.2026", "12,5", "Første telling"));
  sirkel_widget_test_settle ();
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measurement WHERE deleted_at IS NULL "
                            "AND eval_indicator_id = ?1", &indicator), ==, 1);
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT value FROM measurement WHERE eval_indicator_id = ?1",
                                 &indicator), ==, 12.5);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT measured_on FROM measurement WHERE eval_indicator_id = ?1",
                             &indicator), ==, "2026-06-15");
  /* An earlier one is listed first. */
  g_assert_true (sirkel_measurement_list_add (measurements, "2025-12-01", "11.0", ""));
  g_assert_cmpuint (sirkel_measurement_list_get_n_items (measurements), ==, 2);
  measurement = sirkel_widget_test_sql_id (window, "SELECT id FROM measurement WHERE eval_indicator_id = ?1 AND value = 12.5",
                        &indicator);
  row = sirkel_measurement_list_get_row (measurements, 1);
  g_assert_true (sirkel_id_equal (sirkel_entity_get_id (sirkel_measurement_row_get_measurement (row)), &measurement));
  g_assert_cmpstr (gtk_editable_get_text (sirkel_measurement_row_get_date_entry (row)), ==, "15.06.2026");
  g_assert_cmpstr (gtk_editable_get_text (sirkel_measurement_row_get_note_entry (row)), ==, "Første telling");

  /* Its value is edited in place, typed with a decimal comma: one action, which Undo takes
   * back; the row stays the same widget. */
  type_and_enter (sirkel_measurement_row_get_value_entry (row), "14,0");
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT value FROM measurement WHERE id = ?1", &measurement), ==, 14.0);
  g_assert_cmpstr (gtk_editable_get_text (sirkel_measurement_row_get_value_entry (row)), ==, "14");
  g_assert_true (sirkel_measurement_list_get_row (measurements, 1) == row);
  sirkel_widget_test_undo (window);
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT value FROM measurement WHERE id = ?1", &measurement), ==, 12.5);
  g_assert_true (g_str_equal (gtk_editable_get_text (sirkel_measurement_row_get_value_entry (row)), "12,5") ||
                 g_str_equal (gtk_editable_get_text (sirkel_measurement_row_get_value_entry (row)), "12.5"));

  /* A value or date cannot be emptied (nor be text that is no number): the entry is marked
   * and nothing is written. */
  type_and_enter (sirkel_measurement_row_get_value_entry (row), "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sirkel_measurement_row_get_value_entry (row)), "error"));
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT value FROM measurement WHERE id = ?1", &measurement), ==, 12.5);
  type_and_enter (sirkel_measurement_row_get_date_entry (row), "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sirkel_measurement_row_get_date_entry (row)), "error"));
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT measured_on FROM measurement WHERE id = ?1", &measurement), ==,
                   "2026-06-15");
  type_and_enter (sirkel_measurement_row_get_value_entry (row), "12.5");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (sirkel_measurement_row_get_value_entry (row)), "error"));

  /* An earlier date moves the row to the top, as a widget too (the focus follows it), and Undo
   * moves it back. */
  gtk_widget_grab_focus (GTK_WIDGET (sirkel_measurement_row_get_date_entry (row)));
  type_and_enter (sirkel_measurement_row_get_date_entry (row), "01.09.2025");
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT measured_on FROM measurement WHERE id = ?1", &measurement), ==,
                   "2025-09-01");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (sirkel_measurement_row_get_date_entry (row)), "error"));
  g_assert_cmpstr (gtk_editable_get_text (sirkel_measurement_row_get_date_entry (row)), ==, "01.09.2025");
  g_assert_true (sirkel_measurement_list_get_row (measurements, 0) == row);
  g_assert_cmpuint (widget_place (GTK_WIDGET (row)), ==, 0);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (row)));
  scroll_to_end (window, GTK_WIDGET (page->indicators_box));
  screenshot (window, "evaluation-measurement-edited");
  sirkel_widget_test_undo (window);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT measured_on FROM measurement WHERE id = ?1", &measurement), ==,
                   "2026-06-15");
  g_assert_cmpstr (gtk_editable_get_text (sirkel_measurement_row_get_date_entry (row)), ==, "15.06.2026");
  g_assert_true (sirkel_measurement_list_get_row (measurements, 1) == row);
  g_assert_cmpuint (widget_place (GTK_WIDGET (row)), ==, 1);

  /* The note is written once the user stops typing. */
  gtk_editable_set_text (sirkel_measurement_row_get_note_entry (row), "Første telling, kl. 8");
  wait_for_text (window, "SELECT title FROM measurement WHERE id = ?1", &measurement, "Første telling, kl. 8");

  /* The progress chart: baseline, target and what was measured. */
  chart = sirkel_eval_indicator_editor_get_chart_view (editor);
  g_assert_nonnull (sirkel_chart_view_get_chart (chart));
  g_assert_false (sirkel_chart_is_empty (sirkel_chart_view_get_chart (chart)));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (chart))));
  scroll_to_end (window, GTK_WIDGET (page->indicators_box));
  screenshot (window, "evaluation-indicator");

  /* Deleting a measurement with its row's button, and then the indicator with its
   * measurements: each one action. The focus stays in the list, on the row before. */
  g_assert_true (sirkel_measurement_list_get_row (measurements, 1) == row);
  gtk_widget_grab_focus (sirkel_measurement_row_get_delete_button (row));
  g_signal_emit_by_name (sirkel_measurement_row_get_delete_button (row), "clicked");
  sirkel_widget_test_settle ();
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measurement WHERE deleted_at IS NULL "
                            "AND id = ?1", &measurement), ==, 0);
  g_assert_cmpuint (sirkel_measurement_list_get_n_items (measurements), ==, 1);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 sirkel_measurement_row_get_delete_button (sirkel_measurement_list_get_row (measurements, 0)));
  sirkel_widget_test_undo (window);
  g_assert_cmpuint (sirkel_measurement_list_get_n_items (measurements), ==, 2);
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT value FROM measurement WHERE id = ?1", &measurement), ==, 12.5);
  act_on (GTK_WIDGET (page), "evaluation.delete-indicator", &indicator);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measurement WHERE deleted_at IS NULL "
                            "AND eval_indicator_id = ?1", &indicator), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->indicators_stack), ==, "empty");
  sirkel_widget_test_undo (window);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM measurement WHERE deleted_at IS NULL "
                            "AND eval_indicator_id = ?1", &indicator), ==, 2);
  g_assert_cmpfloat (sirkel_widget_test_sql_double (window, "SELECT value FROM measurement WHERE eval_indicator_id = ?1 "
                                 "ORDER BY measured_on DESC", &indicator), ==, 12.5);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->indicators_stack), ==, "list");

  /* view.show-item finds a measurement's indicator. */
  {
    g_autofree char *id = sirkel_id_to_string (&measurement);

    adw_view_stack_set_visible_child_name (page->view_stack, "plans");
    wait_frames (window);
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "measurement", id));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (page->view_stack), ==, "indicators");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without measures, the page says where they come from. */
static void
test_evaluation_page_empty (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "empty.sirkel");
  SirkelEvaluationPage *page = show_evaluation_page (window);
  SirkelStore *store = sirkel_document_get_store (sirkel_window_get_document (window));
  GListModel *measures = sirkel_document_get_list (sirkel_window_get_document (window), "measure");
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *stack = adw_bin_get_child (ADW_BIN (page));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "content");
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    g_ptr_array_add (all, g_list_model_get_item (measures, i));
  g_assert_true (sirkel_store_begin (store, "Remove all measures", &error));
  for (guint i = 0; i < all->len; i++)
    g_assert_true (sirkel_store_delete (store, "measure", sirkel_entity_get_id (g_ptr_array_index (all, i)),
                                        &error));
  g_assert_true (sirkel_store_commit (store, &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_null (page->measure);
  g_assert_nonnull (sirkel_widget_test_find_child (stack, GTK_TYPE_BUTTON, "view.show-page"));
  screenshot (window, "evaluation-empty");
  sirkel_widget_test_act (sirkel_widget_test_find_child (stack, GTK_TYPE_BUTTON, "view.show-page"), "view.show-page",
       g_variant_new_string ("measures"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "measures");

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
  /* The application's style, which a window without the application lacks, so that the
   * screenshots look as the user sees the page (ADW_DEBUG_COLOR_SCHEME=prefer-dark for the
   * dark style). */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, SIRKEL_RESOURCE_PATH "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  work_dir = g_dir_make_tmp ("sirkel-test-evaluation-page-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/evaluation-page/plan", test_evaluation_page_plan);
  g_test_add_func ("/evaluation-page/logic", test_evaluation_page_logic);
  g_test_add_func ("/evaluation-page/indicators", test_evaluation_page_indicators);
  g_test_add_func ("/evaluation-page/empty", test_evaluation_page_empty);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
