/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Dokumenter page, on the example project: the preview shows as many pages
 * as the composer lays out for each document in each language, starting in the project's
 * document language; switching the language changes the drawn pages; the report is made only
 * while the page is shown and again after the project changed; an export writes a PDF with the
 * same page count (read back with pdfinfo) and holds Export and Print off meanwhile; Export
 * PDF… suggests the document's name in its language beside the project file and adds ".pdf"; a
 * cancelled export leaves nothing behind; printing through GtkPrintOperation (exported to a
 * file) gives the same pages; a read-only project exports too; an empty new project still
 * gives a document; the page fits 1024×700 and 1920×1080.
 *
 * With SIRKEL_TEST_SCREENSHOTS=DIR the layout test saves the window at both sizes, light and
 * dark, with the application's style sheet, as DIR/documents-*.png.
 *
 * Run under a display: xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-documents-page"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "sirkel-document-preview.h"
#include "sirkel-document-preview-page.h"
#include "sirkel-documents-page.h"
#include "sirkel-example-file.h"
#include "sirkel-lock.h"
#include "sirkel-project-view-private.h"
#include "sirkel-widget-test-util.h"
#include "sirkel-window-private.h"

static char *work_dir;

static const char *types[] = { "oversikt", "plan", "rapport" };
static const char *languages[] = { "nb", "nn", "en" };

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

static SirkelDocumentsPage *
documents_page_of (SirkelWindow *window)
{
  GtkWidget *page = gtk_stack_get_child_by_name (window->project_view->stack, "documents");

  g_assert_true (SIRKEL_IS_DOCUMENTS_PAGE (page));
  return SIRKEL_DOCUMENTS_PAGE (page);
}

static SirkelDocumentPreview *
preview_of (SirkelDocumentsPage *page)
{
  GtkWidget *preview = sirkel_widget_test_find_child (GTK_WIDGET (page),
                                                      SIRKEL_TYPE_DOCUMENT_PREVIEW, NULL);

  g_assert_nonnull (preview);
  return SIRKEL_DOCUMENT_PREVIEW (preview);
}

static SirkelDocumentPreviewPage *
first_page_of (SirkelDocumentsPage *page)
{
  GtkWidget *found = sirkel_widget_test_find_child (GTK_WIDGET (preview_of (page)),
                                                    SIRKEL_TYPE_DOCUMENT_PREVIEW_PAGE, NULL);

  g_assert_nonnull (found);
  return SIRKEL_DOCUMENT_PREVIEW_PAGE (found);
}

static gboolean
is_built (gpointer data)
{
  SirkelDocumentsPage *page = data;
  SirkelDocumentPreview *preview = preview_of (page);

  return sirkel_documents_page_get_report (page) != NULL &&
         sirkel_document_preview_get_report (preview) == sirkel_documents_page_get_report (page) &&
         !sirkel_document_preview_get_busy (preview);
}

static gboolean
transition_done (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static gboolean
is_not_exporting (gpointer data)
{
  return !sirkel_documents_page_get_exporting (data);
}

static void
wait_built (SirkelDocumentsPage *page)
{
  sirkel_widget_test_wait_until (is_built, page);
  sirkel_widget_test_settle ();
}

/* The Dokumenter page, shown as the dashboard's links show it, with its report made. */
static SirkelDocumentsPage *
show_documents (SirkelWindow *window)
{
  SirkelDocumentsPage *page = documents_page_of (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->project_view), "view.show-page",
                                             "s", "documents"));
  sirkel_widget_test_wait_until (transition_done, window->project_view->stack);
  g_assert_true (gtk_stack_get_visible_child (window->project_view->stack) == GTK_WIDGET (page));
  wait_built (page);
  return page;
}

/* A window of @width × @height on a fresh copy of the example, styled as the application. */
static SirkelWindow *
sized_window (const char *name,
              int         width,
              int         height)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(SirkelContext) context = sirkel_context_new (settings);
  g_autoptr(GError) error = NULL;
  SirkelWindow *window;

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

static void
choose (SirkelDocumentsPage *page,
        const char          *action,
        const char          *value)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, "s", value));
  wait_built (page);
}

static guint
pages_of (SirkelDocument *document,
          const char     *type_key,
          const char     *language)
{
  g_autoptr(SirkelReport) report = NULL;
  g_autoptr(GError) error = NULL;
  SirkelReportType type;

  g_assert_true (sirkel_report_type_from_key (type_key, &type));
  report = sirkel_report_new_from_store (sirkel_document_get_store (document), type, language,
                                         NULL, &error);
  g_assert_no_error (error);
  return sirkel_report_get_n_pages (report);
}

/* The number of pages pdfinfo reads in @path. */
static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* What @widget shows now, as pixels, through the window's renderer. */
static GBytes *
pixels_of (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guchar *data;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  data = g_malloc (width * height * 4);
  gdk_texture_download (texture, data, width * 4);
  return g_bytes_new_take (data, width * height * 4);
}

static gboolean
button_sensitive (SirkelDocumentsPage *page,
                  const char          *action)
{
  GtkWidget *button = sirkel_widget_test_find_child (GTK_WIDGET (page), GTK_TYPE_BUTTON, action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
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

/* Saves the window once it has drawn a frame: the widget paintable has nothing before. */
static void
save_png (SirkelWindow *window,
          const char   *name)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean painted = FALSE;
  gulong id;

  if (g_getenv ("SIRKEL_TEST_SCREENSHOTS") == NULL)
    return;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  sirkel_widget_test_wait_until (is_true, &painted);
  g_signal_handler_disconnect (clock, id);
  sirkel_widget_test_save_png (GTK_WIDGET (window), name);
}

/* --- tests --- */

static void
test_documents_page_count (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "count.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  SirkelDocumentsPage *page = documents_page_of (window);
  SirkelDocumentPreview *preview = preview_of (page);

  /* Nothing is made before the page is shown. */
  sirkel_widget_test_settle ();
  g_assert_null (sirkel_documents_page_get_report (page));

  page = show_documents (window);
  /* The example's document language, and the overview document first. */
  g_assert_cmpstr (sirkel_entity_get_text (sirkel_document_get_project (document),
                                           "doc_language"), ==, "nb");
  g_assert_cmpstr (sirkel_documents_page_get_language (page), ==, "nb");
  g_assert_cmpstr (sirkel_documents_page_get_report_type (page), ==, "oversikt");

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        guint expected = pages_of (document, types[t], languages[l]);
        g_autofree char *counter = NULL;
        g_autofree char *first = NULL;
        SirkelReport *report;

        choose (page, "documents.report-type", types[t]);
        choose (page, "documents.language", languages[l]);
        report = sirkel_documents_page_get_report (page);
        g_assert_cmpstr (sirkel_report_get_language (report), ==, languages[l]);
        g_assert_cmpuint (sirkel_document_preview_get_n_pages (preview), ==, expected);
        g_assert_cmpuint (sirkel_report_get_n_pages (report), ==, expected);
        g_assert_cmpuint (sirkel_document_preview_get_current_page (preview), ==, 0);
        counter = g_strdup_printf ("Page 1 of %u", expected);
        g_assert_cmpstr (sirkel_document_preview_get_counter_text (preview), ==, counter);
        first = g_strdup_printf ("Page 1 of %u", expected);
        g_assert_cmpstr (sirkel_document_preview_page_get_label (first_page_of (page)), ==, first);
        g_assert_true (button_sensitive (page, "documents.export"));
        g_assert_true (button_sensitive (page, "documents.print"));
      }

  /* Scrolling to the end moves the counter to the last page. */
  {
    guint n = sirkel_document_preview_get_n_pages (preview);
    g_autofree char *last = g_strdup_printf ("Page %u of %u", n, n);

    sirkel_document_preview_scroll_to_page (preview, n - 1);
    sirkel_widget_test_settle ();
    g_assert_cmpuint (sirkel_document_preview_get_current_page (preview), ==, n - 1);
    g_assert_cmpstr (sirkel_document_preview_get_counter_text (preview), ==, last);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_documents_language (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "language.sirkel");
  SirkelDocumentsPage *page = show_documents (window);
  g_autoptr(GBytes) bokmal = NULL;
  g_autoptr(GBytes) english = NULL;
  g_autoptr(GBytes) bokmal_again = NULL;
  g_autofree char *title = NULL;

  bokmal = pixels_of (GTK_WIDGET (first_page_of (page)));
  title = g_strdup (sirkel_report_get_title (sirkel_documents_page_get_report (page)));
  choose (page, "documents.language", "en");
  english = pixels_of (GTK_WIDGET (first_page_of (page)));
  g_assert_cmpstr (sirkel_report_get_title (sirkel_documents_page_get_report (page)), !=, title);
  g_assert_false (g_bytes_equal (bokmal, english));
  choose (page, "documents.language", "nb");
  bokmal_again = pixels_of (GTK_WIDGET (first_page_of (page)));
  g_assert_true (g_bytes_equal (bokmal, bokmal_again));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The report follows the project, but is made again only while the page is shown. */
static void
test_documents_rebuild (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "rebuild.sirkel");
  SirkelDocument *document = sirkel_window_get_document (window);
  SirkelDocumentsPage *page = show_documents (window);
  SirkelReport *before = sirkel_documents_page_get_report (page);
  g_autoptr(GError) error = NULL;

  g_object_add_weak_pointer (G_OBJECT (before), (gpointer *) &before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->project_view), "view.show-page",
                                             "s", "plan"));
  sirkel_widget_test_wait_until (is_unmapped, page);
  g_assert_true (sirkel_document_set (document, sirkel_document_get_project (document), "title",
                                      g_variant_new_string ("Folkehelse i Lundfjord"), &error));
  g_assert_no_error (error);
  g_usleep (400 * 1000);
  sirkel_widget_test_settle ();
  /* Hidden: the old report is kept, stale. */
  g_assert_true (sirkel_documents_page_get_report (page) == before);

  show_documents (window);
  g_assert_null (before);
  g_assert_nonnull (sirkel_documents_page_get_report (page));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_documents_export (void)
{
  SirkelWindow *window = sized_window ("export.sirkel", 1024, 700);
  SirkelDocumentsPage *page = show_documents (window);
  g_autofree char *path = g_build_filename (work_dir, "Oversiktsdokument.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n;

  choose (page, "documents.language", "nn");
  n = sirkel_document_preview_get_n_pages (preview_of (page));
  sirkel_documents_page_export_to_file (page, file);
  g_assert_true (sirkel_documents_page_get_exporting (page));
  g_assert_true (sirkel_document_preview_get_frozen (preview_of (page)));
  sirkel_widget_test_settle ();
  if (sirkel_documents_page_get_exporting (page))
    {
      save_png (window, "documents-exporting");
      g_assert_false (button_sensitive (page, "documents.export"));
      g_assert_false (button_sensitive (page, "documents.print"));
    }
  sirkel_widget_test_wait_until (is_not_exporting, page);
  sirkel_widget_test_settle ();
  g_assert_false (sirkel_document_preview_get_frozen (preview_of (page)));
  g_assert_true (button_sensitive (page, "documents.export"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (pdf_pages (path), ==, n);
  g_assert_null (sirkel_widget_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG));
  save_png (window, "documents-saved");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* documents.export: the chooser suggests the document's name in its language beside the
 * project file, and a name typed without ".pdf" gets it. */
static gboolean
has_chooser (gpointer window)
{
  return sirkel_widget_test_find_dialog (window, GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
has_no_chooser (gpointer window)
{
  return !has_chooser (window);
}

/* The chooser loads its folder asynchronously. */
static gboolean
has_folder (gpointer chooser)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (chooser);

  return folder != NULL;
}

static void
test_documents_export_chooser (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "chooser.sirkel");
  SirkelDocumentsPage *page = show_documents (window);
  g_autofree char *chosen = g_build_filename (work_dir, "Til kommunestyret.pdf", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *name = NULL;
  GtkWindow *dialog;

  choose (page, "documents.language", "nn");
  choose (page, "documents.report-type", "rapport");
  expected = g_strdup_printf ("Årsrapport Lundfjord (fiktiv) %d.pdf",
                              g_date_time_get_year (sirkel_report_get_date (
                                sirkel_documents_page_get_report (page))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "documents.export", NULL));
  sirkel_widget_test_wait_until (has_chooser, window);
  dialog = sirkel_widget_test_find_dialog (GTK_WINDOW (window), GTK_TYPE_FILE_CHOOSER_DIALOG);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (name, ==, expected);
  sirkel_widget_test_wait_until (has_folder, dialog);
  {
    g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
    g_autoptr(GFile) work = g_file_new_for_path (work_dir);

    /* Beside the project file. */
    g_assert_true (g_file_equal (folder, work));
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "Til kommunestyret");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the name asynchronously before it answers. */
  sirkel_widget_test_wait_until (has_no_chooser, window);
  sirkel_widget_test_wait_until (is_not_exporting, page);
  g_assert_cmpuint (pdf_pages (chosen), ==, sirkel_document_preview_get_n_pages (preview_of (page)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_documents_cancel (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "cancel.sirkel");
  SirkelDocumentsPage *page = show_documents (window);
  g_autofree char *dir = g_build_filename (work_dir, "cancel", NULL);
  g_autofree char *path = g_build_filename (dir, "Cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDir) listing = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  sirkel_documents_page_export_to_file (page, file);
  g_assert_true (sirkel_documents_page_get_exporting (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "documents.cancel-export", NULL));
  sirkel_widget_test_wait_until (is_not_exporting, page);
  sirkel_widget_test_settle ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  g_assert_null (g_dir_read_name (listing));
  /* Cancelling is not an error. */
  g_assert_null (sirkel_widget_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (button_sensitive (page, "documents.export"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_documents_print (void)
{
  SirkelWindow *window = sirkel_widget_test_window_with_example (work_dir, "print.sirkel");
  SirkelDocumentsPage *page = show_documents (window);
  g_autofree char *path = g_build_filename (work_dir, "Printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;
  guint n;

  choose (page, "documents.report-type", "plan");
  n = sirkel_document_preview_get_n_pages (preview_of (page));
  operation = sirkel_documents_page_new_print_operation (page);
  g_assert_nonnull (operation);
  g_object_get (operation, "job-name", &job_name, NULL);
  g_assert_cmpstr (job_name, ==, sirkel_report_get_title (sirkel_documents_page_get_report (page)));
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (pdf_pages (path), ==, n);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_documents_read_only (void)
{
  g_autofree char *path = g_build_filename (work_dir, "locked.sirkel", NULL);
  g_autofree char *pdf = g_build_filename (work_dir, "Read-only.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(SirkelLockInfo) lock = NULL;
  g_autoptr(GError) error = NULL;
  SirkelDocumentsPage *page;
  SirkelWindow *window;

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  lock = sirkel_lock_acquire (path, "Kari Nordmann", NULL, &error);
  g_assert_no_error (error);
  window = sirkel_widget_test_window_new ();
  sirkel_window_open_path (window, path);
  sirkel_widget_test_wait_until (sirkel_widget_test_has_message_dialog, window);
  sirkel_widget_test_respond (sirkel_widget_test_message_dialog (GTK_WINDOW (window)), "read-only");
  g_assert_true (sirkel_document_get_read_only (sirkel_window_get_document (window)));

  page = show_documents (window);
  g_assert_true (button_sensitive (page, "documents.export"));
  g_assert_true (button_sensitive (page, "documents.print"));
  sirkel_documents_page_export_to_file (page, file);
  sirkel_widget_test_wait_until (is_not_exporting, page);
  g_assert_cmpuint (pdf_pages (pdf), ==,
                    sirkel_document_preview_get_n_pages (preview_of (page)));

  gtk_window_destroy (GTK_WINDOW (window));
  sirkel_lock_release (path, lock);
}

/* A new project with nothing in it yet still gives each document. */
static void
test_documents_empty_project (void)
{
  g_autofree char *path = g_build_filename (work_dir, "empty.sirkel", NULL);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  SirkelDocumentsPage *page;
  SirkelWindow *window;

  document = sirkel_document_new ("3101", "Halden", 2024, 2027, "Halden kommune", "Test", &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_save_as (document, path, &error));
  g_assert_no_error (error);
  sirkel_document_close (document, TRUE);

  load_style ();
  window = sirkel_widget_test_window_new ();
  sirkel_window_open_path (window, path);
  sirkel_widget_test_settle ();
  page = show_documents (window);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      choose (page, "documents.report-type", types[t]);
      g_assert_cmpuint (sirkel_document_preview_get_n_pages (preview_of (page)), >=, 1);
      g_assert_true (button_sensitive (page, "documents.export"));
    }
  save_png (window, "documents-empty-project");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The page at the two window sizes: the toolbar fits, a page is as wide as the view allows (at
 * most 100 %), and the zoom buttons step and fit again. */
static void
test_documents_layout (void)
{
  static const struct { int width, height; } sizes[] = { { 1024, 700 }, { 1920, 1080 } };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *name = g_strdup_printf ("layout-%d.sirkel", sizes[s].width);
      SirkelWindow *window = sized_window (name, sizes[s].width, sizes[s].height);
      SirkelDocumentsPage *page = show_documents (window);
      SirkelDocumentPreview *preview = preview_of (page);
      GtkWidget *first;
      int minimum_width;

      gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL,
                          NULL, NULL);
      g_assert_cmpint (minimum_width, <=, gtk_widget_get_width (GTK_WIDGET (page)));
      /* Not folded: the sidebar shows beside the page. */
      g_assert_false (adw_leaflet_get_folded (window->project_view->leaflet));
      first = GTK_WIDGET (first_page_of (page));
      g_assert_cmpint (gtk_widget_get_width (first), <=, gtk_widget_get_width (GTK_WIDGET (preview)));
      g_assert_cmpint (gtk_widget_get_width (first), <=, 595.276 * 96 / 72 + 1);

      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *shot = g_strdup_printf ("documents-%d%s", sizes[s].width,
                                                   dark ? "-dark" : "");

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          sirkel_widget_test_settle ();
          save_png (window, shot);
        }
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

      /* Zoom in from fitting, then fit again. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL));
      sirkel_widget_test_settle ();
      g_assert_cmpfloat (sirkel_document_preview_get_zoom (preview), >, 0);
      save_png (window,
                                   sizes[s].width == 1024 ? "documents-1024-zoomed" : "documents-1920-zoomed");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit", NULL));
      sirkel_widget_test_settle ();
      g_assert_cmpfloat (sirkel_document_preview_get_zoom (preview), ==, 0);

      if (s == 0)
        {
          /* How the spinner looks while a report is made (normally for a few frames). */
          sirkel_document_preview_set_busy (preview, TRUE);
          save_png (window, "documents-1024-busy");
          sirkel_document_preview_set_busy (preview, FALSE);

          choose (page, "documents.report-type", "rapport");
          sirkel_document_preview_scroll_to_page (preview, 3);
          sirkel_widget_test_settle ();
          save_png (window, "documents-1024-annual-page-4");
        }
      gtk_window_destroy (GTK_WINDOW (window));
      sirkel_widget_test_settle ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *localedir = NULL;
  int status;

  if (!sirkel_widget_test_init (&argc, &argv))
    return 1;
  /* The documents' nb and nn words come from the build tree's catalogues. */
  localedir = g_build_filename (g_getenv ("SIRKEL_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);

  work_dir = g_dir_make_tmp ("sirkel-test-documents-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/documents/page-count", test_documents_page_count);
  g_test_add_func ("/documents/language", test_documents_language);
  g_test_add_func ("/documents/rebuild", test_documents_rebuild);
  g_test_add_func ("/documents/export", test_documents_export);
  g_test_add_func ("/documents/export-chooser", test_documents_export_chooser);
  g_test_add_func ("/documents/cancel", test_documents_cancel);
  g_test_add_func ("/documents/print", test_documents_print);
  g_test_add_func ("/documents/read-only", test_documents_read_only);
  g_test_add_func ("/documents/empty-project", test_documents_empty_project);
  g_test_add_func ("/documents/layout", test_documents_layout);
  status = g_test_run ();

  g_free (work_dir);
  return status;
}
