/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the main window: the example project opens and shows its name, every
 * sidebar row shows its page with rows, undo and redo through the window's actions change
 * the save state in the subtitle, closing with unsaved changes asks first, a project that is
 * in use elsewhere opens read-only on request, and the new-project form checks its input.
 * Run under a display: xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>

#include "sirkel-example-file.h"
#include "sirkel-import-indicator-row.h"
#include "sirkel-import-row.h"
#include "sirkel-lock.h"
#include "sirkel-new-project-dialog.h"
#include "sirkel-page.h"
#include "sirkel-project-view-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static const char *phases[] = { "dashboard", "overview", "plan", "measures", "evaluation",
                                "learning", "data", "documents", "history" };

static char *
write_example (const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (work_dir, name, NULL);

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  return path;
}

static const char *
subtitle_of (SirkelWindow *window)
{
  return adw_window_title_get_subtitle (window->project_view->window_title);
}

static void
edit_first_goal (SirkelDocument *document,
                 const char     *title)
{
  g_autoptr(SirkelEntity) goal = g_list_model_get_item (sirkel_document_get_list (document, "goal"),
                                                        0);
  g_autoptr(GError) error = NULL;

  g_assert_true (sirkel_document_set (document, goal, "title", g_variant_new_string (title),
                                      &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();
}

/* The Data page lists imports and indicators in rows of its own rather than entity lists. */
static guint
count_data_rows (GtkWidget *widget)
{
  guint n = 0;

  if (SIRKEL_IS_IMPORT_ROW (widget) || SIRKEL_IS_IMPORT_INDICATOR_ROW (widget))
    return 1;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_data_rows (child);
  return n;
}

static void
test_window_walk_sidebar (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "walk.sirkel");
  SirkelProjectView *view = window->project_view;
  g_autofree char *title = sirkel_document_dup_title (sirkel_window_get_document (window));

  g_assert_nonnull (strstr (title, "Lundfjord"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpstr (adw_window_title_get_title (view->window_title), ==, title);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "project");
  g_assert_nonnull (strstr (subtitle_of (window), "walk.sirkel"));
  g_assert_true (gtk_widget_get_visible (view->lock_button));
  g_assert_false (gtk_revealer_get_reveal_child (view->read_only_revealer));
  {
    GSettings *settings = sirkel_context_get_settings (sirkel_window_get_context (window));
    g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-files");

    g_assert_cmpstr (recent[0], ==, sirkel_document_get_path (sirkel_window_get_document (window)));
  }

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (view->sidebar, (int) i);
      GtkWidget *page;

      g_assert_nonnull (row);
      gtk_list_box_select_row (view->sidebar, row);
      sirkel_widget_test_settle ();
      g_assert_cmpstr (gtk_stack_get_visible_child_name (view->stack), ==, phases[i]);
      page = gtk_stack_get_visible_child (view->stack);
      g_assert_true (SIRKEL_IS_PAGE (page));
      if (g_str_equal (phases[i], "data"))
        g_assert_cmpuint (count_data_rows (page), >=, 2);
      /* The dashboard, the plan, the measures, the evaluation and the learning page show no
       * entity lists; test-dashboard, test-plan-page, test-measures-page, test-evaluation-page
       * and test-learning-page look at them. */
      else if (!g_str_equal (phases[i], "documents") && !g_str_equal (phases[i], "dashboard") &&
               !g_str_equal (phases[i], "history") &&
               !g_str_equal (phases[i], "plan") && !g_str_equal (phases[i], "measures") &&
               !g_str_equal (phases[i], "evaluation") && !g_str_equal (phases[i], "learning"))
        g_assert_cmpuint (sirkel_page_count_rows (SIRKEL_PAGE (page)), >=, 1);
    }
  g_assert_null (gtk_list_box_get_row_at_index (view->sidebar, G_N_ELEMENTS (phases)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_undo_redo (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "undo.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  SirkelProjectView *view = window->project_view;
  g_autoptr(SirkelEntity) goal = g_list_model_get_item (sirkel_document_get_list (document, "goal"),
                                                        0);
  g_autofree char *old_title = g_strdup (sirkel_entity_get_title (goal));
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (strstr (subtitle_of (window), "Saved"));
  g_assert_false (gtk_widget_get_sensitive (view->undo_button));

  edit_first_goal (document, "A changed goal");
  g_assert_nonnull (strstr (subtitle_of (window), "Unsaved changes"));
  g_assert_true (gtk_widget_get_sensitive (view->undo_button));
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (view->undo_button), "Undo “"));

  /* Saved, then undone through the action: the file no longer matches. */
  g_assert_true (sirkel_document_save (document, FALSE, &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();
  g_assert_nonnull (strstr (subtitle_of (window), "Saved"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_entity_get_title (goal), ==, old_title);
  g_assert_nonnull (strstr (subtitle_of (window), "Unsaved changes"));
  g_assert_true (gtk_widget_get_sensitive (view->redo_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_entity_get_title (goal), ==, "A changed goal");
  g_assert_false (gtk_widget_get_sensitive (view->redo_button));

  /* Saving through the action makes it "Saved" again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  sirkel_widget_test_settle ();
  g_assert_nonnull (strstr (subtitle_of (window), "Saved"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_close_dirty (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "close.sirkel");
  AdwMessageDialog *dialog;

  edit_first_goal (sirkel_window_get_document (window), "Not saved");

  /* Close Project asks; Cancel keeps the project open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-project", NULL));
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  /* Escape closes the dialog with its close response, Cancel. */
  gtk_window_close (GTK_WINDOW (dialog));
  sirkel_widget_test_settle ();
  g_assert_false (sirkel_widget_test_has_message_dialog (window));
  g_assert_nonnull (sirkel_window_get_document (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "project");

  /* Closing the window asks too; Discard closes the project and the window. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  sirkel_widget_test_respond (dialog, "discard");
  g_assert_null (sirkel_window_get_document (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
}

static void
test_window_locked (void)
{
  g_autofree char *path = write_example ("locked.sirkel");
  g_autoptr(SirkelLockInfo) lock = NULL;
  g_autoptr(GError) error = NULL;
  SirkelWindow *window = sirkel_widget_test_window_new ();
  AdwMessageDialog *dialog;
  SirkelDocument *document;

  /* A lock of a running process (this one) that is not the window's: someone else. */
  lock = sirkel_lock_acquire (path, "Kari Nordmann", NULL, &error);
  g_assert_no_error (error);
  sirkel_window_open_path (window, path);
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  g_assert_null (sirkel_window_get_document (window));
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Kari Nordmann"));
  g_assert_true (adw_message_dialog_has_response (dialog, "copy"));
  g_assert_true (adw_message_dialog_has_response (dialog, "take-over"));
  sirkel_widget_test_respond (dialog, "read-only");

  document = sirkel_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (sirkel_document_get_read_only (document));
  g_assert_nonnull (strstr (subtitle_of (window), "Read-only"));
  g_assert_true (gtk_revealer_get_reveal_child (window->project_view->read_only_revealer));
  g_assert_false (gtk_widget_get_sensitive (window->project_view->undo_button));
  /* Save is disabled: had it run, the read-only store would have refused with a dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  sirkel_widget_test_settle ();
  g_assert_false (sirkel_widget_test_has_message_dialog (window));

  gtk_window_destroy (GTK_WINDOW (window));
  sirkel_lock_release (path, lock);
}

static gboolean
has_new_project_dialog (gpointer parent)
{
  return sirkel_widget_test_find_dialog (parent, SIRKEL_TYPE_NEW_PROJECT_DIALOG) != NULL;
}

static gboolean
has_document (gpointer window)
{
  return sirkel_window_get_document (window) != NULL;
}

static void
test_window_new_project (void)
{
  SirkelWindow *window = sirkel_widget_test_window_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *period = NULL;
  GtkWindow *dialog;
  GtkWidget *kommune_row;
  GtkWidget *create_button;
  AdwMessageDialog *question;
  int from;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL));
  sirkel_widget_test_wait_until (has_new_project_dialog, window);
  dialog = sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_NEW_PROJECT_DIALOG);
  kommune_row = sirkel_widget_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL);
  create_button = sirkel_widget_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                                 "new-project.create");
  g_assert_nonnull (kommune_row);
  g_assert_nonnull (create_button);

  g_assert_false (gtk_widget_get_sensitive (create_button));
  gtk_editable_set_text (GTK_EDITABLE (kommune_row), "03a1");
  g_assert_false (gtk_widget_get_sensitive (create_button));
  gtk_editable_set_text (GTK_EDITABLE (kommune_row), "301");
  g_assert_false (gtk_widget_get_sensitive (create_button));
  gtk_editable_set_text (GTK_EDITABLE (kommune_row), "0301");
  g_assert_true (gtk_widget_get_sensitive (create_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-project.create", NULL));
  sirkel_widget_test_wait_until (has_document, window);
  sirkel_widget_test_settle ();
  from = sirkel_default_period_from (now);
  period = g_strdup_printf ("%d–%d", from, from + 3);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), period));
  g_assert_cmpstr (subtitle_of (window), ==, "Not saved yet");
  g_assert_true (sirkel_document_get_dirty (sirkel_window_get_document (window)));

  /* An untitled project always has unsaved changes: closing asks, Discard closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-project", NULL));
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  question = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  sirkel_widget_test_respond (question, "discard");
  g_assert_null (sirkel_window_get_document (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "start");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Leaves unsaved work behind for @name, as a session that ended without saving does. */
static char *
leave_unsaved_work (const char *name)
{
  g_autofree char *path = write_example (name);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GPtrArray) recoveries = NULL;
  g_autoptr(GError) error = NULL;

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari Nordmann", &error);
  g_assert_no_error (error);
  edit_first_goal (document, "Work from yesterday");
  sirkel_document_close (document, FALSE);

  recoveries = sirkel_recovery_list ();
  for (guint i = 0; i < recoveries->len; i++)
    {
      SirkelRecovery *recovery = g_ptr_array_index (recoveries, i);

      if (g_str_has_suffix (recovery->original_path, name))
        return g_strdup (recovery->work_path);
    }
  g_assert_not_reached ();
}

static void
test_window_recover (void)
{
  g_autofree char *work_path = leave_unsaved_work ("recover.sirkel");
  g_autofree char *other_path = leave_unsaved_work ("discard.sirkel");
  SirkelWindow *window = sirkel_widget_test_window_new ();
  SirkelDocument *document;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) left = NULL;

  /* The start page offers both. */
  g_assert_nonnull (sirkel_widget_test_find_child (GTK_WIDGET (window->start_page), GTK_TYPE_BUTTON,
                                                   "win.recover"));
  g_assert_nonnull (sirkel_widget_test_find_child (GTK_WIDGET (window->start_page), GTK_TYPE_BUTTON,
                                "win.discard-recovery"));

  /* Discard asks first, then removes that work. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.discard-recovery", "s",
                                             other_path));
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  sirkel_widget_test_respond (dialog, "discard");
  g_assert_false (g_file_test (other_path, G_FILE_TEST_EXISTS));
  g_assert_null (sirkel_window_get_document (window));

  /* Recover opens the work where it was left, unsaved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.recover", "s", work_path));
  sirkel_widget_test_settle ();
  document = sirkel_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (sirkel_document_get_recovered (document));
  g_assert_true (sirkel_document_get_dirty (document));
  g_assert_nonnull (strstr (subtitle_of (window), "Unsaved changes"));
  {
    g_autoptr(SirkelEntity) goal = g_list_model_get_item (sirkel_document_get_list (document,
                                                                                    "goal"), 0);

    g_assert_cmpstr (sirkel_entity_get_title (goal), ==, "Work from yesterday");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  left = sirkel_recovery_list ();
  g_assert_cmpuint (left->len, ==, 1);
}

static void
test_window_open_example (void)
{
  SirkelWindow *window = sirkel_widget_test_window_new ();
  g_autofree char *title = NULL;
  SirkelDocument *document;

  /* Written to the user's data folder the first time, then opened like any project. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  sirkel_widget_test_settle ();
  document = sirkel_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (g_str_has_prefix (sirkel_document_get_path (document), g_get_user_data_dir ()));
  title = sirkel_document_dup_title (document);
  g_assert_nonnull (strstr (title, "Lundfjord"));
  _sirkel_window_close_document (window, FALSE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "start");

  /* The second time it is already there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  sirkel_widget_test_settle ();
  g_assert_nonnull (sirkel_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_default_period (void)
{
  static const int cases[][2] = { { 2023, 2020 }, { 2024, 2024 }, { 2025, 2024 }, { 2027, 2024 },
                                  { 2028, 2028 } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (cases[i][0], 6, 1, 0, 0, 0);

      g_assert_cmpint (sirkel_default_period_from (date), ==, cases[i][1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!sirkel_widget_test_init (&argc, &argv))
    return 1;

  work_dir = g_dir_make_tmp ("sirkel-test-window-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/window/default-period", test_default_period);
  g_test_add_func ("/window/walk-sidebar", test_window_walk_sidebar);
  g_test_add_func ("/window/undo-redo", test_window_undo_redo);
  g_test_add_func ("/window/close-dirty", test_window_close_dirty);
  g_test_add_func ("/window/locked", test_window_locked);
  g_test_add_func ("/window/new-project", test_window_new_project);
  g_test_add_func ("/window/recover", test_window_recover);
  g_test_add_func ("/window/open-example", test_window_open_example);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
