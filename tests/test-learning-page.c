/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Læring page on the example project, each step checked in the store with
 * SQL: the lessons list shows the example's lessons; a new lesson (learning.add, as Ctrl+N)
 * becomes a decision linked to a measure through the picker (and for a while to a challenge,
 * which its link chooses on the Overview page), and the type filter finds it; a
 * new improvement cycle moves on from Plan to Do; a year-wheel event that happens once gets a
 * month and a day, and the årshjul chart is drawn; the first year's status is edited, and the
 * first year without one gets it by writing in it; deleting a lesson is one action that Undo takes back; view.show-item finds a
 * lesson from anywhere; and "Start the Next Period" writes a new file that opens in a window
 * of its own, with the new lesson carried (a file that exists is refused, the dialog staying
 * open); a project without lessons shows each sub-page's empty state; and a project opened
 * read-only is shown but not changed. Run under a display: xvfb-run -a meson test -C build
 * learning-page. With SIRKEL_TEST_SCREENSHOTS=DIR the steps are saved as PNGs, at 1280×800
 * and 1024×700, light and dark.
 */
#define G_LOG_DOMAIN "test-learning-page"

#include "config.h"

#include <stdlib.h>
#include <adwaita.h>

#include "sirkel-annual-status-pane.h"
#include "sirkel-cycle-pane.h"
#include "sirkel-example-file.h"
#include "sirkel-finding-editor.h"
#include "sirkel-finding-pane.h"
#include "sirkel-goal-picker.h"
#include "sirkel-learning-page.h"
#include "sirkel-lesson-pane.h"
#include "sirkel-next-period-dialog.h"
#include "sirkel-overview-page.h"
#include "sirkel-project-view-private.h"
#include "sirkel-store-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"
#include "sirkel-yearwheel-pane.h"

static char *work_dir;

/* The @n-th widget of @type under @root, depth first. */
static GtkWidget *
nth_child (GtkWidget *root,
           GType      type,
           guint      n)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  guint i = 0;

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && i++ == n)
        return widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (children, child);
      for (guint c = children->len; c > 0; c--)
        g_ptr_array_add (stack, g_ptr_array_index (children, c - 1));
    }
  g_assert_not_reached ();
  return NULL;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* Draws a frame and, if screenshots were asked for, saves the window as @name. */
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
  sirkel_widget_test_save_png (GTK_WIDGET (window), name);
}

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
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static SirkelLearningPage *
show_learning_page (SirkelWindow *window)
{
  GtkWidget *page;

  sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("learning"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "learning");
  page = gtk_stack_get_visible_child (window->project_view->stack);
  g_assert_true (SIRKEL_IS_LEARNING_PAGE (page));
  return SIRKEL_LEARNING_PAGE (page);
}

static GtkWidget *
show_pane (SirkelLearningPage *page,
           const char         *name)
{
  sirkel_widget_test_act (GTK_WIDGET (page), "page.select-item", g_variant_new_string (name));
  g_assert_cmpstr (sirkel_learning_page_get_visible (page), ==, name);
  return sirkel_learning_page_get_pane (page, name);
}

typedef struct
{
  SirkelWindow *window;
  const char   *sql;
  const SirkelId *id;
  const char   *text;
} TextCheck;

static gboolean
text_written (gpointer data)
{
  TextCheck *check = data;
  g_autofree char *text = sirkel_widget_test_sql_text (check->window, check->sql, check->id);

  return g_strcmp0 (text, check->text) == 0;
}

/* Types @text into @editable and waits until the field binding has written it. */
static void
type_text (SirkelWindow   *window,
           GtkEditable    *editable,
           const char     *text,
           const char     *sql,
           const SirkelId *id)
{
  TextCheck check = { window, sql, id, text };

  gtk_editable_set_text (editable, text);
  sirkel_widget_test_wait_until (text_written, &check);
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  sirkel_widget_test_settle ();
}

static void
screenshots (SirkelWindow       *window,
             SirkelLearningPage *page,
             const char         *size,
             const char         *scheme)
{
  static const char * const panes[] = {
    SIRKEL_LEARNING_LESSONS, SIRKEL_LEARNING_CYCLES, SIRKEL_LEARNING_YEARWHEEL, SIRKEL_LEARNING_STATUS,
  };

  if (g_getenv ("SIRKEL_TEST_SCREENSHOTS") == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    {
      g_autofree char *name = g_strdup_printf ("learning-%s-%s-%s", panes[i], size, scheme);

      show_pane (page, panes[i]);
      draw_and_save (window, name);
    }
}

static void
resize (SirkelWindow *window,
        int           width,
        int           height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  sirkel_widget_test_settle ();
}

static SirkelWindow *
window_with_path (const char *path)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autofree char *canonical = realpath (path, NULL);

  for (guint i = 0; canonical != NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SIRKEL_IS_WINDOW (window) && sirkel_window_get_document (SIRKEL_WINDOW (window)) != NULL &&
          g_strcmp0 (sirkel_document_get_path (sirkel_window_get_document (SIRKEL_WINDOW (window))),
                     canonical) == 0)
        return SIRKEL_WINDOW (window);
    }
  return NULL;
}

static void
test_learning_page (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "learning.sirkel");
  SirkelLearningPage *page;
  GtkWidget *pane;
  SirkelId lesson, measure, cycle, event, other;
  gint64 lessons = sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL", NULL);
  g_autofree char *today = NULL;

  load_style ();
  resize (window, 1280, 800);
  page = show_learning_page (window);

  /* Lessons: the example's, all shown. */
  pane = show_pane (page, SIRKEL_LEARNING_LESSONS);
  g_assert_cmpint (lessons, ==, 6);
  g_assert_cmpuint (sirkel_lesson_pane_count_shown (SIRKEL_LESSON_PANE (pane)), ==, lessons);
  screenshots (window, page, "1280", "light");
  show_pane (page, SIRKEL_LEARNING_LESSONS);

  /* A new lesson (Ctrl+N is learning.add), dated today, selected, then made a decision with
   * a title. */
  sirkel_widget_test_act (GTK_WIDGET (page), "learning.add", NULL);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL", NULL), ==,
                   lessons + 1);
  lesson = *sirkel_entity_get_id (sirkel_lesson_pane_get_selected (SIRKEL_LESSON_PANE (pane)));
  today = sirkel_widget_test_sql_text (window, "SELECT date ('now', 'localtime')", NULL);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT learned_on FROM lesson WHERE id = ?1", &lesson), ==, today);
  adw_combo_row_set_selected (ADW_COMBO_ROW (nth_child (pane, ADW_TYPE_COMBO_ROW, 0)), 2);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT kind FROM lesson WHERE id = ?1", &lesson), ==, "decision");
  type_text (window, GTK_EDITABLE (nth_child (pane, ADW_TYPE_ENTRY_ROW, 0)),
             "Alle nye tiltak skal ha evalueringsplan", "SELECT title FROM lesson WHERE id = ?1", &lesson);

  /* Linked to a measure through the picker, which lists measures, evaluations, goals and
   * challenges. */
  measure = sirkel_widget_test_sql_id (window, "SELECT id FROM measure WHERE deleted_at IS NULL ORDER BY sort LIMIT 1", NULL);
  sirkel_widget_test_act (pane, "lesson.choose-source", NULL);
  {
    GtkWindow *picker = sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_GOAL_PICKER);
    g_autofree char *id = sirkel_id_to_string (&measure);
    g_autofree char *choice = g_strconcat ("measure:", id, NULL);

    g_assert_nonnull (picker);
    g_assert_cmpuint (sirkel_goal_picker_get_n_choices (SIRKEL_GOAL_PICKER (picker)), ==,
                      sirkel_widget_test_sql_int (window, "SELECT (SELECT count (*) FROM measure WHERE deleted_at IS NULL) "
                               "+ (SELECT count (*) FROM evaluation WHERE deleted_at IS NULL) "
                               "+ (SELECT count (*) FROM goal WHERE deleted_at IS NULL) "
                               "+ (SELECT count (*) FROM finding WHERE deleted_at IS NULL)", NULL));
    g_assert_true (sirkel_goal_picker_pick (SIRKEL_GOAL_PICKER (picker), choice));
    sirkel_widget_test_settle ();
  }
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT source_entity FROM lesson WHERE id = ?1", &lesson), ==, "measure");
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT hex (source_id) FROM lesson WHERE id = ?1", &lesson), ==,
                   sirkel_widget_test_sql_text (window, "SELECT hex (id) FROM measure WHERE id = ?1", &measure));
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT carry_forward FROM lesson WHERE id = ?1", &lesson), ==, 1);
  g_assert_cmpuint (sirkel_lesson_pane_count_shown (SIRKEL_LESSON_PANE (pane)), ==, lessons + 1);
  draw_and_save (window, "learning-lesson-new");
  /* The link leads to the measure's page, and back. */
  sirkel_widget_test_act (pane, "lesson.show-source", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "measures");
  sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("learning"));
  g_assert_cmpstr (sirkel_learning_page_get_visible (page), ==, SIRKEL_LEARNING_LESSONS);

  /* Linked to a challenge instead, the link leads to the Overview page's Challenges and
   * Resources with that challenge chosen and open in the editor; then linked back. */
  {
    SirkelId finding = sirkel_widget_test_sql_id (window, "SELECT id FROM finding WHERE deleted_at IS NULL AND "
                                                  "kind = 'challenge' ORDER BY title DESC LIMIT 1", NULL);
    g_autofree char *finding_text = sirkel_id_to_string (&finding);
    g_autofree char *measure_text = sirkel_id_to_string (&measure);
    g_autofree char *choice = g_strconcat ("finding:", finding_text, NULL);
    GtkWindow *picker;
    GtkWidget *overview;
    GtkWidget *findings;
    GtkWidget *editor;
    SirkelEntity *chosen;

    sirkel_widget_test_act (pane, "lesson.choose-source", NULL);
    picker = sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_GOAL_PICKER);
    g_assert_nonnull (picker);
    g_assert_true (sirkel_goal_picker_pick (SIRKEL_GOAL_PICKER (picker), choice));
    sirkel_widget_test_settle ();
    g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT source_entity FROM lesson WHERE id = ?1", &lesson), ==,
                     "finding");
    sirkel_widget_test_act (pane, "lesson.show-source", NULL);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "overview");
    overview = gtk_stack_get_visible_child (window->project_view->stack);
    g_assert_cmpstr (sirkel_overview_page_get_visible (SIRKEL_OVERVIEW_PAGE (overview)), ==, SIRKEL_OVERVIEW_FINDINGS);
    findings = sirkel_widget_test_find_child (overview, SIRKEL_TYPE_FINDING_PANE, NULL);
    chosen = sirkel_finding_pane_get_selected (SIRKEL_FINDING_PANE (findings));
    g_assert_nonnull (chosen);
    g_assert_true (sirkel_id_equal (sirkel_entity_get_id (chosen), &finding));
    editor = sirkel_widget_test_find_child (findings, SIRKEL_TYPE_FINDING_EDITOR, NULL);
    g_assert_true (sirkel_finding_editor_get_finding (SIRKEL_FINDING_EDITOR (editor)) == chosen);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_template_child (editor, SIRKEL_TYPE_FINDING_EDITOR,
                                                                                          "title_row"))), ==,
                     sirkel_entity_get_title (chosen));
    draw_and_save (window, "learning-lesson-to-challenge");

    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("learning"));
    sirkel_widget_test_act (pane, "lesson.choose-source", NULL);
    picker = sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_GOAL_PICKER);
    g_assert_nonnull (picker);
    g_clear_pointer (&choice, g_free);
    choice = g_strconcat ("measure:", measure_text, NULL);
    g_assert_true (sirkel_goal_picker_pick (SIRKEL_GOAL_PICKER (picker), choice));
    sirkel_widget_test_settle ();
    g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT source_entity FROM lesson WHERE id = ?1", &lesson), ==,
                     "measure");
  }

  /* The type filter: the decisions, the new one among them and still selected. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (nth_child (pane, GTK_TYPE_DROP_DOWN, 0)), 3);
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sirkel_lesson_pane_count_shown (SIRKEL_LESSON_PANE (pane)), ==,
                    sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL "
                             "AND kind = 'decision'", NULL));
  g_assert_cmpuint (sirkel_lesson_pane_count_shown (SIRKEL_LESSON_PANE (pane)), <, lessons);
  g_assert_true (sirkel_id_equal (sirkel_entity_get_id (sirkel_lesson_pane_get_selected (SIRKEL_LESSON_PANE (pane))),
                                  &lesson));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (nth_child (pane, GTK_TYPE_DROP_DOWN, 0)), 0);
  sirkel_widget_test_settle ();

  /* An improvement cycle: added at Plan, moved on to Do. */
  pane = show_pane (page, SIRKEL_LEARNING_CYCLES);
  sirkel_widget_test_act (GTK_WIDGET (page), "learning.add", NULL);
  cycle = *sirkel_entity_get_id (sirkel_cycle_pane_get_selected (SIRKEL_CYCLE_PANE (pane)));
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT status FROM improvement_cycle WHERE id = ?1", &cycle), ==, "plan");
  type_text (window, GTK_EDITABLE (nth_child (pane, ADW_TYPE_ENTRY_ROW, 0)),
             "Påminnelse på SMS før DUÅ-samlingene", "SELECT title FROM improvement_cycle WHERE id = ?1", &cycle);
  sirkel_widget_test_act (pane, "cycle.next-step", NULL);
  g_assert_cmpstr (sirkel_widget_test_sql_text (window, "SELECT status FROM improvement_cycle WHERE id = ?1", &cycle), ==, "do");
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM improvement_cycle WHERE deleted_at IS NULL", NULL),
                   ==, 3);
  draw_and_save (window, "learning-cycle-new");

  /* A year-wheel event once only, on 15 October of a year of the period. */
  pane = show_pane (page, SIRKEL_LEARNING_YEARWHEEL);
  sirkel_widget_test_act (GTK_WIDGET (page), "learning.add", NULL);
  event = *sirkel_entity_get_id (sirkel_yearwheel_pane_get_selected (SIRKEL_YEARWHEEL_PANE (pane)));
  /* A new event is for the whole month, every year. */
  g_assert_true (sirkel_widget_test_sql_is_null (window, "SELECT day FROM yearwheel_event WHERE id = ?1", &event));
  g_assert_true (sirkel_widget_test_sql_is_null (window, "SELECT year FROM yearwheel_event WHERE id = ?1", &event));
  type_text (window, GTK_EDITABLE (nth_child (pane, ADW_TYPE_ENTRY_ROW, 0)),
             "Folkehelsekonferanse", "SELECT title FROM yearwheel_event WHERE id = ?1", &event);
  adw_combo_row_set_selected (ADW_COMBO_ROW (nth_child (pane, ADW_TYPE_COMBO_ROW, 1)), 9);
  adw_combo_row_set_selected (ADW_COMBO_ROW (nth_child (pane, ADW_TYPE_COMBO_ROW, 2)), 1);
  sirkel_widget_test_settle ();
  type_and_enter (nth_child (pane, GTK_TYPE_ENTRY, 0), "15");
  type_and_enter (nth_child (pane, GTK_TYPE_ENTRY, 1), "2026");
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT month FROM yearwheel_event WHERE id = ?1", &event), ==, 10);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT day FROM yearwheel_event WHERE id = ?1", &event), ==, 15);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT year FROM yearwheel_event WHERE id = ?1", &event), ==, 2026);
  /* The årshjul is drawn beside the list. */
  {
    SirkelChartView *chart = sirkel_yearwheel_pane_get_chart (SIRKEL_YEARWHEEL_PANE (pane));

    g_assert_nonnull (chart);
    g_assert_nonnull (sirkel_chart_view_get_chart (chart));
    g_assert_true (gtk_widget_is_visible (GTK_WIDGET (chart)));
    draw_and_save (window, "learning-event-new");
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >, 200);
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >, 150);
  }

  /* The yearly status: the first year's is written (in the example), and edited. */
  pane = show_pane (page, SIRKEL_LEARNING_STATUS);
  g_assert_true (sirkel_annual_status_pane_select_year (SIRKEL_ANNUAL_STATUS_PANE (pane), 2024));
  sirkel_widget_test_settle ();
  if (sirkel_annual_status_pane_get_status (SIRKEL_ANNUAL_STATUS_PANE (pane)) == NULL)
    sirkel_widget_test_act (pane, "annual.add", NULL);
  g_assert_nonnull (sirkel_annual_status_pane_get_status (SIRKEL_ANNUAL_STATUS_PANE (pane)));
  {
    GtkTextBuffer *changes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (nth_child (pane, GTK_TYPE_TEXT_VIEW, 2)));
    TextCheck check = { window, "SELECT changes FROM annual_status WHERE deleted_at IS NULL AND year = 2024",
                        NULL, "Alle nye tiltak får en evalueringsplan før de starter." };

    gtk_text_buffer_set_text (changes, check.text, -1);
    sirkel_widget_test_wait_until (text_written, &check);
    g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM annual_status WHERE deleted_at IS NULL "
                              "AND year = 2024", NULL), ==, 1);
  }
  /* The first year without a status gets one as soon as something is written in it. */
  {
    int year = 0;
    g_autofree char *count_sql = NULL;
    g_autofree char *done_sql = NULL;
    GtkTextBuffer *done = gtk_text_view_get_buffer (GTK_TEXT_VIEW (nth_child (pane, GTK_TYPE_TEXT_VIEW, 0)));

    for (int y = 2024; y <= 2027 && year == 0; y++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM annual_status "
                                                "WHERE deleted_at IS NULL AND year = %d", y);

        if (sirkel_widget_test_sql_int (window, sql, NULL) == 0)
          year = y;
      }
    g_assert_cmpint (year, !=, 0);
    count_sql = g_strdup_printf ("SELECT count (*) FROM annual_status WHERE deleted_at IS NULL "
                                 "AND year = %d", year);
    done_sql = g_strdup_printf ("SELECT done FROM annual_status WHERE deleted_at IS NULL AND year = %d", year);
    g_assert_true (sirkel_annual_status_pane_select_year (SIRKEL_ANNUAL_STATUS_PANE (pane), year));
    sirkel_widget_test_settle ();
    g_assert_null (sirkel_annual_status_pane_get_status (SIRKEL_ANNUAL_STATUS_PANE (pane)));
    draw_and_save (window, "learning-status-unwritten");
    gtk_text_buffer_insert_at_cursor (done, "Nytt oversiktsdokument ble ferdig.", -1);
    sirkel_widget_test_settle ();
    g_assert_nonnull (sirkel_annual_status_pane_get_status (SIRKEL_ANNUAL_STATUS_PANE (pane)));
    g_assert_cmpint (sirkel_widget_test_sql_int (window, count_sql, NULL), ==, 1);
    g_assert_cmpstr (sirkel_widget_test_sql_text (window, done_sql, NULL), ==, "Nytt oversiktsdokument ble ferdig.");
    /* Going on writing edits that status; it is not added again. */
    {
      TextCheck check = { window, done_sql, NULL, "Nytt oversiktsdokument ble ferdig i mai." };

      gtk_text_buffer_set_text (done, check.text, -1);
      sirkel_widget_test_wait_until (text_written, &check);
      g_assert_cmpint (sirkel_widget_test_sql_int (window, count_sql, NULL), ==, 1);
    }
  }
  draw_and_save (window, "learning-status-written");

  /* Deleting the new lesson is one action; Undo brings it back. */
  show_pane (page, SIRKEL_LEARNING_LESSONS);
  pane = sirkel_learning_page_get_pane (page, SIRKEL_LEARNING_LESSONS);
  g_assert_true (sirkel_lesson_pane_select (SIRKEL_LESSON_PANE (pane), &lesson));
  sirkel_widget_test_act (pane, "lesson.delete", NULL);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL", NULL), ==, lessons);
  g_assert_cmpuint (sirkel_lesson_pane_count_shown (SIRKEL_LESSON_PANE (pane)), ==, lessons);
  other = *sirkel_entity_get_id (sirkel_lesson_pane_get_selected (SIRKEL_LESSON_PANE (pane)));
  g_assert_false (sirkel_id_equal (&other, &lesson));
  sirkel_widget_test_act (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL", NULL), ==,
                   lessons + 1);
  g_assert_cmpuint (sirkel_lesson_pane_count_shown (SIRKEL_LESSON_PANE (pane)), ==, lessons + 1);

  /* view.show-item finds the lesson from another page, and the annual status by its id. */
  {
    g_autofree char *id = sirkel_id_to_string (&lesson);
    SirkelId status = sirkel_widget_test_sql_id (window, "SELECT id FROM annual_status WHERE deleted_at IS NULL AND year = 2024", NULL);
    g_autofree char *status_id = sirkel_id_to_string (&status);

    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("dashboard"));
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "lesson", id));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "learning");
    g_assert_cmpstr (sirkel_learning_page_get_visible (page), ==, SIRKEL_LEARNING_LESSONS);
    g_assert_true (sirkel_id_equal (sirkel_entity_get_id (sirkel_lesson_pane_get_selected (SIRKEL_LESSON_PANE (pane))),
                                    &lesson));
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item", g_variant_new ("(ss)", "annual_status", status_id));
    g_assert_cmpstr (sirkel_learning_page_get_visible (page), ==, SIRKEL_LEARNING_STATUS);
    g_assert_cmpint (sirkel_annual_status_pane_get_year (SIRKEL_ANNUAL_STATUS_PANE (
                       sirkel_learning_page_get_pane (page, SIRKEL_LEARNING_STATUS))), ==, 2024);
  }

  /* The page at the smallest size, and dark. */
  resize (window, 1024, 700);
  screenshots (window, page, "1024", "light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshots (window, page, "1024", "dark");
  resize (window, 1280, 800);
  screenshots (window, page, "1280", "dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The next period: a new file, opened in a window of its own, with the lesson carried. */
  {
    g_autofree char *path = g_build_filename (work_dir, "learning-2028-2031.sirkel", NULL);
    GtkWindow *dialog;
    SirkelWindow *next;
    g_autoptr(sqlite3_stmt) stmt = NULL;

    /* From the main menu (view.show-item), and cancelled. */
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-page", g_variant_new_string ("dashboard"));
    sirkel_widget_test_act (GTK_WIDGET (window->project_view), "view.show-item",
         g_variant_new ("(ss)", "learning", "start-next-period"));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "learning");
    dialog = sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_NEXT_PERIOD_DIALOG);
    g_assert_nonnull (dialog);
    sirkel_widget_test_act (GTK_WIDGET (dialog), "window.close", NULL);
    g_assert_null (sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_NEXT_PERIOD_DIALOG));

    /* From the page; a file that is there already is refused, and the dialog stays. */
    sirkel_widget_test_act (GTK_WIDGET (page), "learning.start-next-period", NULL);
    dialog = sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_NEXT_PERIOD_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_false (g_file_test (sirkel_next_period_dialog_get_path (SIRKEL_NEXT_PERIOD_DIALOG (dialog)),
                                 G_FILE_TEST_EXISTS));
    sirkel_next_period_dialog_set_path (SIRKEL_NEXT_PERIOD_DIALOG (dialog),
                                        sirkel_document_get_path (sirkel_window_get_document (window)));
    sirkel_widget_test_act (GTK_WIDGET (dialog), "next-period.start", NULL);
    g_assert_true (sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_NEXT_PERIOD_DIALOG) == dialog);
    sirkel_widget_test_wait_until (sirkel_widget_test_is_mapped, dialog);
    draw_and_save (SIRKEL_WINDOW (window), "learning-next-period-window");
    sirkel_widget_test_save_png (GTK_WIDGET (dialog), "learning-next-period-error");
    g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT period_from FROM project WHERE deleted_at IS NULL", NULL), ==, 2024);
    sirkel_widget_test_save_png (GTK_WIDGET (dialog), "learning-next-period-dialog");
    sirkel_next_period_dialog_set_path (SIRKEL_NEXT_PERIOD_DIALOG (dialog), path);
    sirkel_widget_test_act (GTK_WIDGET (dialog), "next-period.start", NULL);
    g_assert_null (sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_NEXT_PERIOD_DIALOG));
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    next = window_with_path (path);
    g_assert_nonnull (next);
    g_assert_true (next != window);
    stmt = sirkel_widget_test_query (next, "SELECT count (*), min (period_from), max (period_to) FROM project "
                  "WHERE deleted_at IS NULL", NULL);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 2028);
    g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 2031);
    g_clear_pointer (&stmt, sqlite3_finalize);
    stmt = sirkel_widget_test_query (next, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL "
                  "AND title = 'Alle nye tiltak skal ha evalueringsplan' AND kind = 'decision'", NULL);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    gtk_window_destroy (GTK_WINDOW (next));
    sirkel_widget_test_settle ();
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A project without lessons, cycles or events: each sub-page explains itself. */
static void
test_learning_page_empty (void)
{
  g_autofree char *path = g_build_filename (work_dir, "empty.sirkel", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelDocument) document = NULL;
  SirkelWindow *window = sirkel_widget_test_window_new ();
  SirkelLearningPage *page;

  document = sirkel_document_new ("9901", "Lundfjord", 2024, 2027, NULL, "test", &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_save_as (document, path, &error));
  g_assert_no_error (error);
  sirkel_document_close (document, FALSE);
  g_clear_object (&document);
  load_style ();
  sirkel_window_open_path (window, path);
  sirkel_widget_test_settle ();
  resize (window, 1024, 700);
  page = show_learning_page (window);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const names[] = {
        SIRKEL_LEARNING_LESSONS, SIRKEL_LEARNING_CYCLES, SIRKEL_LEARNING_YEARWHEEL,
      };
      GtkWidget *pane = show_pane (page, names[i]);
      g_autofree char *shot = g_strdup_printf ("learning-empty-%s", names[i]);

      g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (pane)))),
                       ==, "empty");
      draw_and_save (window, shot);
    }
  /* Adding from the empty state shows the list again. */
  sirkel_widget_test_act (GTK_WIDGET (page), "learning.add", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (
                     sirkel_learning_page_get_pane (page, SIRKEL_LEARNING_YEARWHEEL))))), ==, "content");
  /* The yearly status lists the four years of the period. */
  show_pane (page, SIRKEL_LEARNING_STATUS);
  draw_and_save (window, "learning-empty-status");
  g_assert_true (sirkel_annual_status_pane_select_year (SIRKEL_ANNUAL_STATUS_PANE (
                   sirkel_learning_page_get_pane (page, SIRKEL_LEARNING_STATUS)), 2027));
  g_assert_false (sirkel_annual_status_pane_select_year (SIRKEL_ANNUAL_STATUS_PANE (
                    sirkel_learning_page_get_pane (page, SIRKEL_LEARNING_STATUS)), 2028));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A project opened read-only is shown, and nothing on the page changes it. */
static void
test_learning_page_read_only (void)
{
  g_autofree char *path = g_build_filename (work_dir, "read-only.sirkel", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelDocument) document = NULL;
  SirkelWindow *window = sirkel_widget_test_window_new ();
  SirkelLearningPage *page;
  GtkWidget *pane;

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_READ_ONLY, "test", &error);
  g_assert_no_error (error);
  _sirkel_window_set_document (window, document);
  sirkel_widget_test_settle ();
  page = show_learning_page (window);
  pane = show_pane (page, SIRKEL_LEARNING_LESSONS);
  g_assert_nonnull (sirkel_lesson_pane_get_selected (SIRKEL_LESSON_PANE (pane)));
  g_assert_false (gtk_widget_get_sensitive (sirkel_widget_test_find_child (pane, GTK_TYPE_BUTTON,
                                                                           "lesson.add")));
  g_assert_false (gtk_widget_is_sensitive (nth_child (pane, ADW_TYPE_ENTRY_ROW, 0)));
  sirkel_widget_test_act (GTK_WIDGET (page), "learning.add", NULL);
  sirkel_widget_test_act (pane, "lesson.delete", NULL);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count (*) FROM lesson WHERE deleted_at IS NULL", NULL), ==, 6);
  pane = show_pane (page, SIRKEL_LEARNING_CYCLES);
  {
    SirkelEntity *cycle = sirkel_cycle_pane_get_selected (SIRKEL_CYCLE_PANE (pane));
    g_autofree char *before = g_strdup (sirkel_entity_get_text (cycle, "status"));

    sirkel_widget_test_act (pane, "cycle.next-step", NULL);
    g_assert_cmpstr (sirkel_entity_get_text (cycle, "status"), ==, before);
  }
  pane = show_pane (page, SIRKEL_LEARNING_YEARWHEEL);
  g_assert_false (gtk_widget_get_sensitive (sirkel_widget_test_find_child (pane, GTK_TYPE_BUTTON,
                                                                           "yearwheel.delete")));
  pane = show_pane (page, SIRKEL_LEARNING_STATUS);
  g_assert_false (gtk_widget_is_sensitive (nth_child (pane, GTK_TYPE_TEXT_VIEW, 0)));
  /* Starting the next period only reads the project, so it is offered. */
  sirkel_widget_test_act (GTK_WIDGET (page), "learning.start-next-period", NULL);
  g_assert_nonnull (sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_NEXT_PERIOD_DIALOG));

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
  work_dir = g_dir_make_tmp ("sirkel-test-learning-page-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/learning-page/edit", test_learning_page);
  g_test_add_func ("/learning-page/empty", test_learning_page_empty);
  g_test_add_func ("/learning-page/read-only", test_learning_page_read_only);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
