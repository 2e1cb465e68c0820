/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Data page and the window's import actions, on the example project: a
 * small Sirkel long-CSV file dropped on the window is read in the worker and applied as one
 * action (its row shows the cell count, the mapping dialog opens for its new indicator, Undo
 * and Redo take it away and back); a newer file of the same table replaces it and reports
 * what changed; Remove asks first and can be undone; the mapping dialog saves title and
 * polarity as one action and Cancel discards; a cancelled import leaves nothing; a file that
 * is not statistics gives the core's sentence in a dialog; a read-only project offers no
 * import. Run under a display: xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-data-page"

#include "config.h"

#include <adwaita.h>

#include "sirkel-data-page.h"
#include "sirkel-example-file.h"
#include "sirkel-import-indicator-row.h"
#include "sirkel-import-mapping-dialog.h"
#include "sirkel-import-row.h"
#include "sirkel-lock.h"
#include "sirkel-project-view-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static gboolean
is_idle (gpointer window)
{
  return !sirkel_import_queue_get_busy (SIRKEL_WINDOW (window)->import_queue);
}

static char *
write_file (const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (work_dir, name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

static GtkWindow *
mapping_dialog (SirkelWindow *window)
{
  return sirkel_widget_test_find_dialog (GTK_WINDOW (window), SIRKEL_TYPE_IMPORT_MAPPING_DIALOG);
}

static SirkelDataPage *
data_page_of (SirkelWindow *window)
{
  GtkWidget *page = gtk_stack_get_child_by_name (window->project_view->stack, "data");

  g_assert_true (SIRKEL_IS_DATA_PAGE (page));
  return SIRKEL_DATA_PAGE (page);
}

/* The page's row for the import of @file_name, or NULL. */
static SirkelImportRow *
find_import_row (GtkWidget  *widget,
                 const char *file_name)
{
  if (SIRKEL_IS_IMPORT_ROW (widget))
    {
      SirkelEntity *data_import = sirkel_import_row_get_data_import (SIRKEL_IMPORT_ROW (widget));

      return g_strcmp0 (sirkel_entity_get_text (data_import, "file_name"), file_name) == 0
             ? SIRKEL_IMPORT_ROW (widget) : NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SirkelImportRow *found = find_import_row (child, file_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static SirkelEntity *
find_indicator (SirkelDocument *document,
                const char     *measure)
{
  GListModel *list = sirkel_document_get_list (document, "indicator");

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) indicator = g_list_model_get_item (list, i);

      if (g_strcmp0 (sirkel_entity_get_text (indicator, "measure"), measure) == 0)
        return indicator;
    }
  return NULL;
}

/* Drops @path on the window as a file manager would. */
static void
drop_file (SirkelWindow *window,
           const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
  g_signal_emit_by_name (window->drop_target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
}

static void
import_path (SirkelWindow *window,
             const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList files = { file, NULL };

  _sirkel_window_import_files (window, &files, NULL, NULL, SIRKEL_IMPORT_FLAGS_NONE);
}

static const char fixture[] =
  "indicator,geo,period,value\n"
  "test_ind,0301,2021,1.5\n"
  "test_ind,0301,2022,1.7\n"
  "test_ind,0301,2023,1.9\n";

static const char fixture_revised[] =
  "indicator,geo,period,value\n"
  "test_ind,0301,2021,1.5\n"
  "test_ind,0301,2022,1.8\n"
  "test_ind,0301,2023,1.9\n"
  "test_ind,0301,2024,2.0\n";

static void
close_mapping_dialog (SirkelWindow *window,
                      const char   *expected_title)
{
  GtkWindow *dialog = mapping_dialog (window);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, expected_title);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  sirkel_widget_test_settle ();
  g_assert_null (mapping_dialog (window));
}

static void
test_data_page_import (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "import.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  GListModel *imports = sirkel_document_get_list (document, "data_import");
  GtkWidget *page = GTK_WIDGET (data_page_of (window));
  g_autofree char *path = write_file ("drop/fixture.csv", fixture);
  g_autofree char *revised_path = write_file ("newer/fixture.csv", fixture_revised);
  guint n_before = g_list_model_get_n_items (imports);
  g_autofree char *indicator_id = NULL;
  SirkelImportRow *row;

  g_assert_true (sirkel_data_page_get_import_queue (SIRKEL_DATA_PAGE (page)) ==
                 window->import_queue);
  /* Dropped on the window from another page: the Data page shows and follows the import. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==,
                   "dashboard");
  drop_file (window, path);
  g_assert_true (sirkel_import_queue_get_busy (window->import_queue));
  g_assert_cmpstr (sirkel_import_queue_get_file_name (window->import_queue), ==, "fixture.csv");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->project_view->stack), ==, "data");
  sirkel_widget_test_wait_until (is_idle, window);
  sirkel_widget_test_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (imports), ==, n_before + 1);
  row = find_import_row (page, "fixture.csv");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "3 cells"));
  g_assert_cmpint (sirkel_entity_get_int (sirkel_import_row_get_data_import (row), "row_count"), ==,
                   3);
  /* The measure was new: an indicator was made for it and the mapping dialog opened. */
  g_assert_nonnull (find_indicator (document, "test_ind"));
  close_mapping_dialog (window, "New Indicator");

  /* One action: Undo takes the import away, Redo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sirkel_widget_test_settle ();
  g_assert_null (find_import_row (page, "fixture.csv"));
  g_assert_cmpuint (g_list_model_get_n_items (imports), ==, n_before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  sirkel_widget_test_settle ();
  row = find_import_row (page, "fixture.csv");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "3 cells"));
  indicator_id = sirkel_entity_dup_id_string (find_indicator (document, "test_ind"));

  /* A newer file of the same table replaces it, reuses its indicator and says what changed. */
  import_path (window, revised_path);
  sirkel_widget_test_wait_until (is_idle, window);
  sirkel_widget_test_settle ();
  g_assert_null (mapping_dialog (window));
  g_assert_cmpuint (g_list_model_get_n_items (imports), ==, n_before + 1);
  row = find_import_row (page, "fixture.csv");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "4 cells"));
  g_assert_nonnull (strstr (sirkel_entity_get_text (sirkel_import_row_get_data_import (row),
                                                    "changes"), "1 revised value"));
  {
    g_autofree char *reused = sirkel_entity_dup_id_string (find_indicator (document, "test_ind"));

    g_assert_cmpstr (reused, ==, indicator_id);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The row titled @title inside @widget (an import row's detail rows), or NULL. */
static AdwActionRow *
find_action_row (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ACTION_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_action_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char kube[] =
  "GEO;AAR;KJONN;ALDER;TELLER;NEVNER;RATE;MEIS;SPVFLAGG\n"
  "0;2021_2023;0;0_120;52000;5500000;0.95;0.95;0\n"
  "1804;2021_2023;0;0_120;510;52000;0.98;1.02;0\n"
  "1865;2021_2023;2;15_24;;;;;3\n";

/* An FHI kube becomes one indicator, MEIS, with the counts on its cells, and the import's
 * row says what was left out. Imported with all measures, every measure is an indicator;
 * after that a plain import of the same table is read again with all measures, so those
 * indicators keep their figures. */
static void
test_data_page_fhi_measures (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "measures.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  GListModel *imports = sirkel_document_get_list (document, "data_import");
  GtkWidget *page = GTK_WIDGET (data_page_of (window));
  g_autofree char *path = write_file ("kube/LESEFERD_20240101.csv", kube);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList files = { file, NULL };
  guint n_imports = g_list_model_get_n_items (imports);
  AdwActionRow *measures_row;
  SirkelImportRow *row;

  import_path (window, path);
  sirkel_widget_test_wait_until (is_idle, window);
  sirkel_widget_test_settle ();
  close_mapping_dialog (window, "New Indicator");
  g_assert_nonnull (find_indicator (document, "MEIS"));
  g_assert_null (find_indicator (document, "TELLER"));
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count(*) FROM indicator "
                                               "WHERE source_table = 'LESEFERD'", NULL), ==, 1);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count(*) FROM observation o "
                                               "JOIN obs_series s ON s.key = o.series "
                                               "WHERE s.geo = '1804' AND o.value = 1.02 "
                                               "AND o.numerator = 510 AND o.denominator = 52000", NULL),
                   ==, 1);
  row = find_import_row (page, "LESEFERD_20240101.csv");
  g_assert_nonnull (row);
  measures_row = find_action_row (GTK_WIDGET (row), "Statistical measures left out");
  g_assert_nonnull (measures_row);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (measures_row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (measures_row), ==,
                   "The counts (TELLER, NEVNER) are kept with each figure as numerator and "
                   "denominator, and the other statistical measures (RATE) were left out. "
                   "Choose “All statistical measures” when importing (sirkel-cli import "
                   "--all-measures) to have every one as an indicator.");
  sirkel_widget_test_save_png (page, "data-page-fhi-measures");

  /* All measures: TELLER, NEVNER and RATE become indicators too. */
  _sirkel_window_import_files (window, &files, NULL, NULL, SIRKEL_IMPORT_ALL_MEASURES);
  sirkel_widget_test_wait_until (is_idle, window);
  sirkel_widget_test_settle ();
  g_assert_nonnull (mapping_dialog (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (mapping_dialog (window)), "window.close",
                                             NULL));
  sirkel_widget_test_settle ();
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count(*) FROM indicator "
                                               "WHERE source_table = 'LESEFERD'", NULL), ==, 4);
  row = find_import_row (page, "LESEFERD_20240101.csv");
  measures_row = find_action_row (GTK_WIDGET (row), "Statistical measures left out");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (measures_row)));

  /* A plain import now reads all measures: no failure, no new indicator, one live import. */
  import_path (window, path);
  sirkel_widget_test_wait_until (is_idle, window);
  sirkel_widget_test_settle ();
  g_assert_false (sirkel_widget_test_has_message_dialog (window));
  g_assert_null (mapping_dialog (window));
  g_assert_cmpuint (g_list_model_get_n_items (imports), ==, n_imports + 1);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count(*) FROM indicator "
                                               "WHERE source_table = 'LESEFERD'", NULL), ==, 4);
  g_assert_cmpint (sirkel_widget_test_sql_int (window, "SELECT count(*) FROM data_import "
                                               "WHERE deleted_at IS NULL AND source_table = "
                                               "'LESEFERD' AND other_measures = ''", NULL), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_data_page_details (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "details.sirkel");
  g_auto(GVariantDict) dict;
  AdwMessageDialog *dialog;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "file", "s", "fixture.csv");
  g_variant_dict_insert (&dict, "replaced", "s", "fixture.csv");
  g_variant_dict_insert (&dict, "summary", "s", "Replaces “fixture.csv”: 1 revised value.");
  g_variant_dict_insert (&dict, "revised", "u", 1);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window),
                                                     "win.show-import-changes",
                                                     g_variant_dict_end (&dict)));
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import of “fixture.csv”");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Replaces “fixture.csv”: 1 revised value.");
  g_assert_nonnull (adw_message_dialog_get_extra_child (dialog));
  sirkel_widget_test_respond (dialog, "close");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_data_page_remove (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "remove.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  GtkWidget *page = GTK_WIDGET (data_page_of (window));
  g_autofree char *path = write_file ("remove/fixture.csv", fixture);
  g_autofree char *id = NULL;
  AdwMessageDialog *dialog;
  SirkelImportRow *row;

  import_path (window, path);
  sirkel_widget_test_wait_until (is_idle, window);
  sirkel_widget_test_settle ();
  close_mapping_dialog (window, "New Indicator");
  row = find_import_row (page, "fixture.csv");
  g_assert_nonnull (row);
  id = sirkel_entity_dup_id_string (sirkel_import_row_get_data_import (row));

  /* Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-import", "s", id));
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove Import?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Undo"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "remove"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  sirkel_widget_test_respond (dialog, "cancel");
  g_assert_nonnull (find_import_row (page, "fixture.csv"));

  /* Remove takes it out; Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-import", "s", id));
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  sirkel_widget_test_respond (dialog, "remove");
  g_assert_null (find_import_row (page, "fixture.csv"));
  {
    g_autofree char *label = NULL;

    g_object_get (document, "undo-label", &label, NULL);
    g_assert_cmpstr (label, ==, "Delete import");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sirkel_widget_test_settle ();
  g_assert_nonnull (find_import_row (page, "fixture.csv"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_data_page_mapping (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "mapping.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  g_autoptr(SirkelEntity) indicator = g_list_model_get_item (sirkel_document_get_list (document,
                                                                                       "indicator"),
                                                             0);
  g_autofree char *id = sirkel_entity_dup_id_string (indicator);
  g_autofree char *old_title = g_strdup (sirkel_entity_get_title (indicator));
  g_autofree char *label = NULL;
  gint64 old_polarity = sirkel_entity_get_int (indicator, "polarity");
  GtkWindow *dialog;
  GtkWidget *title_row;
  GtkWidget *polarity_row;

  g_assert_cmpint (old_polarity, !=, -1);

  /* Cancel discards. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-indicator", "s", id));
  sirkel_widget_test_settle ();
  dialog = mapping_dialog (window);
  g_assert_nonnull (dialog);
  title_row = sirkel_widget_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, old_title);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Not kept");
  close_mapping_dialog (window, "Edit Indicator");
  g_assert_cmpstr (sirkel_entity_get_title (indicator), ==, old_title);

  /* An empty title cannot be saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-indicator", "s", id));
  sirkel_widget_test_settle ();
  dialog = mapping_dialog (window);
  title_row = sirkel_widget_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL);
  polarity_row = sirkel_widget_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "  ");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "mapping.save", NULL);
  sirkel_widget_test_settle ();
  g_assert_true (mapping_dialog (window) == dialog);
  g_assert_cmpstr (sirkel_entity_get_title (indicator), ==, old_title);

  /* Title and polarity saved together, as one action. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Andel med lang reisevei");
  adw_combo_row_set_selected (ADW_COMBO_ROW (polarity_row), 1);  /* Lower is better */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "mapping.save", NULL));
  sirkel_widget_test_settle ();
  g_assert_null (mapping_dialog (window));
  g_assert_cmpstr (sirkel_entity_get_title (indicator), ==, "Andel med lang reisevei");
  g_assert_cmpint (sirkel_entity_get_int (indicator, "polarity"), ==, -1);
  g_object_get (document, "undo-label", &label, NULL);
  g_assert_cmpstr (label, ==, "Edit indicator");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (sirkel_entity_get_title (indicator), ==, old_title);
  g_assert_cmpint (sirkel_entity_get_int (indicator, "polarity"), ==, old_polarity);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_data_page_cancel (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "cancel.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  GListModel *imports = sirkel_document_get_list (document, "data_import");
  GListModel *indicators = sirkel_document_get_list (document, "indicator");
  g_autofree char *path = write_file ("cancel/fixture.csv", fixture);
  g_autofree char *other = write_file ("cancel/other.csv", fixture_revised);
  guint n_imports = g_list_model_get_n_items (imports);
  guint n_indicators = g_list_model_get_n_items (indicators);
  gboolean can_undo = TRUE;

  g_object_get (document, "can-undo", &can_undo, NULL);
  g_assert_false (can_undo);
  import_path (window, path);
  import_path (window, other);
  g_assert_cmpuint (sirkel_import_queue_get_n_waiting (window->import_queue), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-cancel", NULL));
  g_assert_cmpuint (sirkel_import_queue_get_n_waiting (window->import_queue), ==, 0);
  sirkel_widget_test_wait_until (is_idle, window);
  sirkel_widget_test_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (imports), ==, n_imports);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n_indicators);
  g_object_get (document, "can-undo", &can_undo, NULL);
  g_assert_false (can_undo);
  g_assert_false (sirkel_widget_test_has_message_dialog (window));
  g_assert_null (mapping_dialog (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_data_page_error (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "error.sirkel");
  g_autofree char *path = write_file ("error/notes.txt", "Dette er ikke statistikk.\n");
  AdwMessageDialog *dialog;

  import_path (window, path);
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import “notes.txt”");
  /* The core's sentence, naming the file. */
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "“notes.txt”"));
  sirkel_widget_test_respond (dialog, "close");
  g_assert_false (sirkel_import_queue_get_busy (window->import_queue));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_data_page_read_only (void)
{
  g_autofree char *path = g_build_filename (work_dir, "locked.sirkel", NULL);
  g_autoptr(SirkelLockInfo) lock = NULL;
  g_autoptr(GError) error = NULL;
  SirkelWindow *window;
  GtkWidget *page;
  GtkWidget *import_button;
  AdwMessageDialog *dialog;

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  lock = sirkel_lock_acquire (path, "Kari Nordmann", NULL, &error);
  g_assert_no_error (error);
  window = sirkel_widget_test_window_new ();
  sirkel_window_open_path (window, path);
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  dialog = sirkel_widget_test_message_dialog (GTK_WINDOW (window));
  sirkel_widget_test_respond (dialog, "read-only");
  g_assert_true (sirkel_document_get_read_only (sirkel_window_get_document (window)));

  page = GTK_WIDGET (data_page_of (window));
  import_button = sirkel_widget_test_find_child (page, ADW_TYPE_BUTTON_CONTENT, NULL);
  g_assert_nonnull (import_button);
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_parent (import_button)));
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (
                     window->drop_target)), ==, GTK_PHASE_NONE);
  {
    GtkWidget *edit = sirkel_widget_test_find_child (page, SIRKEL_TYPE_IMPORT_INDICATOR_ROW, NULL);

    g_assert_nonnull (edit);
    g_assert_false (gtk_widget_get_sensitive (sirkel_widget_test_find_child (edit, GTK_TYPE_BUTTON,
                                                                             NULL)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  sirkel_lock_release (path, lock);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!sirkel_widget_test_init (&argc, &argv))
    return 1;

  work_dir = g_dir_make_tmp ("sirkel-test-data-page-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/data-page/import", test_data_page_import);
  g_test_add_func ("/data-page/fhi-measures", test_data_page_fhi_measures);
  g_test_add_func ("/data-page/details", test_data_page_details);
  g_test_add_func ("/data-page/remove", test_data_page_remove);
  g_test_add_func ("/data-page/mapping", test_data_page_mapping);
  g_test_add_func ("/data-page/cancel", test_data_page_cancel);
  g_test_add_func ("/data-page/error", test_data_page_error);
  g_test_add_func ("/data-page/read-only", test_data_page_read_only);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
