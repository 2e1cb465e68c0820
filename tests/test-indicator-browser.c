/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for the Oversikt page's indicator browser, on the example project: one row per
 * live indicator with the core's summary (checked against SQL and sirkel_indicator_summaries),
 * the category and text filters, choosing an indicator fills the detail pane with the
 * comparison in a sentence and the import it came from, and a change to the document (an
 * edit, its undo) refreshes the rows while keeping the selection. Run under a display:
 * xvfb-run -a meson test -C build --suite widgets.
 */
#define G_LOG_DOMAIN "test-indicator-browser"

#include "config.h"

#include <adwaita.h>

#include "sirkel-chart-view.h"
#include "sirkel-indicator-browser.h"
#include "sirkel-indicator-item.h"
#include "sirkel-store-private.h"
#include "sirkel-widget-test-util.h"

static char *work_dir;

typedef struct
{
  SirkelWindow           *project;   /* owns the document */
  SirkelDocument         *document;
  GtkWindow              *window;    /* shows the browser alone */
  SirkelIndicatorBrowser *browser;
} Fixture;

static gint64
count (SirkelDocument *document,
       const char     *sql)
{
  SirkelStore *store = sirkel_document_get_store (document);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, &error));
  g_assert_true (sirkel_store_step_row (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint serial;
  g_autofree char *name = g_strdup_printf ("browser-%u.sirkel", ++serial);

  f->project = sirkel_widget_test_window_with_example (work_dir, name);
  f->document = sirkel_window_get_document (f->project);
  f->browser = g_object_new (SIRKEL_TYPE_INDICATOR_BROWSER, "document", f->document, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 720);
  gtk_window_set_child (f->window, GTK_WIDGET (f->browser));
  gtk_window_present (f->window);
  sirkel_widget_test_settle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  gtk_window_destroy (GTK_WINDOW (f->project));
  sirkel_widget_test_settle ();
}

static SirkelIndicatorItem *
item_at (Fixture *f,
         guint    i)
{
  g_autoptr(SirkelIndicatorItem) item = g_list_model_get_item (sirkel_indicator_browser_get_items (f->browser), i);

  return item;  /* the model keeps its own reference */
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->browser), SIRKEL_TYPE_INDICATOR_BROWSER, name));
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  GListModel *items = sirkel_indicator_browser_get_items (f->browser);
  gint64 live = count (f->document, "SELECT count(*) FROM indicator WHERE deleted_at IS NULL");
  g_autoptr(GPtrArray) summaries = sirkel_indicator_summaries (sirkel_document_get_store (f->document), NULL);
  guint worse = 0;

  g_assert_cmpint (live, >, 20);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, (guint) live);
  g_assert_cmpuint (summaries->len, ==, (guint) live);
  for (guint i = 0; i < summaries->len; i++)
    worse += ((SirkelIndicatorSummary *) g_ptr_array_index (summaries, i))->landet.klass == SIRKEL_COMPARISON_WORSE;
  g_assert_cmpuint (worse, >, 0);

  /* Every row's text is the summary's, and nothing without a value shows a number. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      SirkelIndicatorItem *item = item_at (f, i);
      const SirkelIndicatorSummary *s = sirkel_indicator_item_get_summary (item);
      g_autofree char *value = NULL;
      g_autofree char *comparison = NULL;

      g_object_get (item, "value-text", &value, "comparison-text", &comparison, NULL);
      if (s->landet.klass == SIRKEL_COMPARISON_NO_DATA)
        g_assert_cmpstr (value, ==, "–");
      else
        g_assert_cmpstr (value, !=, "–");
      if (s->landet.klass == SIRKEL_COMPARISON_WORSE)
        g_assert_true (g_str_has_prefix (comparison, "▼"));
    }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "table_stack"))), ==, "list");
  sirkel_widget_test_save_png (GTK_WIDGET (f->window), "indicator-browser");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GListModel *items = sirkel_indicator_browser_get_items (f->browser);
  gint64 in_b = count (f->document, "SELECT count(*) FROM indicator WHERE deleted_at IS NULL AND category = 'b'");
  GtkDropDown *categories = GTK_DROP_DOWN (child (f, "category_dropdown"));
  GtkEditable *search = GTK_EDITABLE (child (f, "search_entry"));
  SirkelIndicatorItem *first;
  g_autofree char *needle = NULL;

  g_assert_cmpint (in_b, >, 0);
  gtk_drop_down_set_selected (categories, 2);  /* all, a, b … */
  sirkel_widget_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, (guint) in_b);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    g_assert_cmpstr (sirkel_indicator_item_get_summary (item_at (f, i))->category, ==, "b");

  /* Text narrows within the category; nonsense shows the no-match state. */
  first = item_at (f, 0);
  needle = g_utf8_substring (sirkel_indicator_item_get_title (first), 0, 6);
  gtk_editable_set_text (search, needle);
  sirkel_widget_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (items), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (items), <=, (guint) in_b);
  gtk_editable_set_text (search, "zzzz-no-such-indicator");
  sirkel_widget_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "table_stack"))), ==, "no-match");

  /* Choosing an indicator that the filters hide clears them. */
  g_assert_true (sirkel_indicator_browser_select_key (f->browser, sirkel_indicator_item_get_summary (first)->key));
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
}

static void
test_detail (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *indicators = sirkel_document_get_list (f->document, "indicator");
  SirkelEntity *indicator = NULL;
  const char *key = NULL;
  const char *sentence;

  /* An indicator with a value in the example. */
  for (guint i = 0; i < g_list_model_get_n_items (sirkel_indicator_browser_get_items (f->browser)); i++)
    {
      SirkelIndicatorItem *item = item_at (f, i);

      if (sirkel_indicator_item_get_summary (item)->landet.klass != SIRKEL_COMPARISON_NO_DATA)
        {
          key = sirkel_indicator_item_get_summary (item)->key;
          break;
        }
    }
  g_assert_nonnull (key);
  g_assert_true (sirkel_indicator_browser_select_key (f->browser, key));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "detail_stack"))), ==, "detail");
  sentence = gtk_label_get_text (GTK_LABEL (child (f, "detail_sentence")));
  g_assert_nonnull (strstr (sentence, "Lundfjord"));
  sirkel_widget_test_save_png (GTK_WIDGET (f->window), "indicator-browser-detail");

  /* An edit in the document refreshes the row and keeps the selection; undo takes it back. */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SirkelEntity) entity = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (sirkel_entity_get_text (entity, "key"), key) == 0)
        indicator = entity;
    }
  g_assert_nonnull (indicator);
  g_assert_true (sirkel_document_set (f->document, indicator, "title", sirkel_value_text ("Renamed indicator"), &error));
  g_assert_no_error (error);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "detail_title"))), ==, "Renamed indicator");
  g_assert_true (sirkel_document_undo (f->document, &error));
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "detail_title"))), !=, "Renamed indicator");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "detail_stack"))), ==, "detail");
}

/* The barometer view draws every indicator; moving through it chooses the indicator. */
static void
test_barometer (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *barometer_box = child (f, "barometer_box");
  SirkelChartView *barometer = SIRKEL_CHART_VIEW (gtk_widget_get_first_child (barometer_box));
  SirkelChartView *trend = SIRKEL_CHART_VIEW (gtk_widget_get_first_child (child (f, "trend_box")));
  GPtrArray *elements;
  int with_id = -1;

  g_assert_null (sirkel_chart_view_get_chart (barometer));  /* built only when shown */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (f, "barometer_button")), TRUE);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "view_stack"))), ==, "barometer");
  g_assert_nonnull (sirkel_chart_view_get_chart (barometer));
  g_assert_false (sirkel_chart_is_empty (sirkel_chart_view_get_chart (barometer)));
  sirkel_widget_test_save_png (GTK_WIDGET (f->window), "indicator-browser-barometer");

  elements = sirkel_chart_get_elements (sirkel_chart_view_get_chart (barometer));
  for (guint i = 0; i < elements->len && with_id < 0; i++)
    {
      const SirkelChartElement *element = g_ptr_array_index (elements, i);

      if (element->id != NULL && *element->id != '\0')
        with_id = (int) i;
    }
  g_assert_cmpint (with_id, >=, 0);
  sirkel_chart_view_set_focused_element (barometer, with_id);
  sirkel_widget_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "detail_stack"))), ==, "detail");
  g_assert_nonnull (sirkel_chart_view_get_chart (trend));
  g_assert_cmpint (sirkel_chart_get_kind (sirkel_chart_view_get_chart (trend)), ==, SIRKEL_CHART_TREND);
  sirkel_widget_test_save_png (GTK_WIDGET (f->window), "indicator-browser-barometer-chosen");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!sirkel_widget_test_init (&argc, &argv))
    return 1;
  work_dir = g_dir_make_tmp ("sirkel-browser-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add ("/indicator-browser/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/indicator-browser/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/indicator-browser/detail", Fixture, NULL, fixture_set_up, test_detail, fixture_tear_down);
  g_test_add ("/indicator-browser/barometer", Fixture, NULL, fixture_set_up, test_barometer, fixture_tear_down);
  status = g_test_run ();
  g_free (work_dir);
  return status;
}
