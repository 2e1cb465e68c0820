/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The indicator browser; see sirkel-indicator-browser.h. The table's models are built in the
 * .ui (GListStore → filter → sort bound to the column view → selection); this file fills the
 * store from sirkel_indicator_summaries (), filters by category, and fills the detail pane.
 * Refreshes are coalesced into one idle after the store's "changed" signal.
 */
#define G_LOG_DOMAIN "sirkel-indicator-browser"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-chart-view.h"
#include "sirkel-domain.h"
#include "sirkel-indicator-browser.h"
#include "sirkel-indicator-item.h"
#include "sirkel-project-chart.h"
#include "sirkel-store-private.h"

struct _SirkelIndicatorBrowser
{
  AdwBin             parent_instance;

  SirkelDocument    *document;
  gulong             changed_handler;
  guint              refresh_id;
  GPtrArray         *detail_rows;     /* rows added to the two preference groups */
  SirkelChartView   *barometer;       /* in barometer_box */
  SirkelChartView   *trend;           /* in trend_box */
  char              *kommune_name;

  /* Template children */
  GListStore        *items;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkCustomFilter   *category_filter;
  GtkColumnView     *column_view;
  GtkColumnViewColumn *title_column;
  GtkDropDown       *category_dropdown;
  GtkSearchEntry    *search_entry;
  GtkToggleButton   *table_button;
  GtkToggleButton   *barometer_button;
  GtkStack          *view_stack;
  GtkStack          *table_stack;
  GtkStack          *detail_stack;
  GtkLabel          *detail_title;
  GtkLabel          *detail_sentence;
  GtkBox            *barometer_box;
  GtkBox            *trend_box;
  AdwPreferencesGroup *metadata_group;
  AdwPreferencesGroup *provenance_group;
};

G_DEFINE_FINAL_TYPE (SirkelIndicatorBrowser, sirkel_indicator_browser, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The category dropdown: 0 all, 1–6 categories a–f, 7 none. */
#define CATEGORY_ALL  0
#define CATEGORY_NONE 7

static gboolean
category_match (gpointer item,
                gpointer user_data)
{
  SirkelIndicatorBrowser *self = user_data;
  const SirkelIndicatorSummary *summary = sirkel_indicator_item_get_summary (item);
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);

  if (selected == CATEGORY_ALL || selected == GTK_INVALID_LIST_POSITION)
    return TRUE;
  if (selected == CATEGORY_NONE)
    return summary->category == NULL || *summary->category == '\0';
  return summary->category != NULL && summary->category[0] == (char) ('a' + selected - 1);
}

static void
update_table_state (SirkelIndicatorBrowser *self)
{
  const char *page = "list";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-match";
  gtk_stack_set_visible_child_name (self->table_stack, page);
}

static void
clear_detail_rows (SirkelIndicatorBrowser *self)
{
  for (guint i = 0; i < self->detail_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->detail_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->detail_rows, 0);
}

static void
add_detail_row (SirkelIndicatorBrowser *self,
                AdwPreferencesGroup    *group,
                const char             *title,
                const char             *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->detail_rows, row);
}

static const char *
polarity_text (int polarity)
{
  if (polarity > 0)
    return _("Higher is better");
  if (polarity < 0)
    return _("Lower is better");
  return _("Neutral: neither higher nor lower is better");
}

static const char *
standardisation_text (const char *key)
{
  if (g_strcmp0 (key, "ak") == 0)
    return _("Age and sex standardised");
  if (g_strcmp0 (key, "k") == 0)
    return _("Sex standardised");
  return _("Not standardised");
}

/* The metadata of the indicator row and the newest live import that feeds it. */
static void
fill_provenance (SirkelIndicatorBrowser       *self,
                 const SirkelIndicatorSummary *summary)
{
  SirkelStore *store = sirkel_document_get_store (self->document);
  g_autoptr(sqlite3_stmt) meta = NULL;
  g_autoptr(sqlite3_stmt) import = NULL;
  gboolean has_row = FALSE;

  if (sirkel_store_prepare (store, "SELECT description, source, source_table, measure, unit, decimals, "
                            "standardisation, polarity FROM indicator WHERE id = ?1", &meta, NULL) &&
      sirkel_store_bind_id (store, meta, 1, &summary->id, NULL) &&
      sirkel_store_step_row (store, meta, &has_row, NULL) && has_row)
    {
      g_autofree char *category = summary->category != NULL ? sirkel_category_dup_label (summary->category) : NULL;
      g_autofree char *decimals = g_strdup_printf ("%d", sqlite3_column_int (meta, 5));

      add_detail_row (self, self->metadata_group, _("Description"), (const char *) sqlite3_column_text (meta, 0));
      add_detail_row (self, self->metadata_group, _("Category"),
                      category != NULL ? category : _("No category yet: set it on the Data page"));
      add_detail_row (self, self->metadata_group, _("Unit"), (const char *) sqlite3_column_text (meta, 4));
      add_detail_row (self, self->metadata_group, _("Decimals"), decimals);
      add_detail_row (self, self->metadata_group, _("Direction"), polarity_text (sqlite3_column_int (meta, 7)));
      add_detail_row (self, self->metadata_group, _("Standardisation"),
                      standardisation_text ((const char *) sqlite3_column_text (meta, 6)));
      add_detail_row (self, self->provenance_group, _("Source"), (const char *) sqlite3_column_text (meta, 1));
      add_detail_row (self, self->provenance_group, _("Table"), (const char *) sqlite3_column_text (meta, 2));
      add_detail_row (self, self->provenance_group, C_("statistics measure", "Measure"), (const char *) sqlite3_column_text (meta, 3));
    }

  has_row = FALSE;
  if (sirkel_store_prepare (store, "SELECT d.file_name, d.imported_at, d.format, d.encoding, d.sha256, "
                            "d.row_count FROM data_import d WHERE d.deleted_at IS NULL AND d.id IN "
                            "(SELECT import_id FROM obs_series WHERE indicator_id = ?1) "
                            "ORDER BY d.imported_at DESC LIMIT 1", &import, NULL) &&
      sirkel_store_bind_id (store, import, 1, &summary->id, NULL) &&
      sirkel_store_step_row (store, import, &has_row, NULL) && has_row)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (import, 1), NULL);
      g_autoptr(GDateTime) local = when != NULL ? g_date_time_to_local (when) : NULL;
      g_autofree char *date = local != NULL ? g_date_time_format (local, "%x %H:%M") : NULL;
      g_autofree char *format = g_strdup_printf ("%s, %s", (const char *) sqlite3_column_text (import, 2),
                                                 (const char *) sqlite3_column_text (import, 3));
      g_autofree char *cells = g_strdup_printf (ngettext ("%d cell", "%d cells", sqlite3_column_int (import, 5)),
                                                sqlite3_column_int (import, 5));

      add_detail_row (self, self->provenance_group, _("File"), (const char *) sqlite3_column_text (import, 0));
      add_detail_row (self, self->provenance_group, _("Imported"), date);
      add_detail_row (self, self->provenance_group, _("Format"), format);
      add_detail_row (self, self->provenance_group, _("Size"), cells);
      add_detail_row (self, self->provenance_group, _("SHA-256"), (const char *) sqlite3_column_text (import, 4));
    }
  else
    add_detail_row (self, self->provenance_group, _("File"),
                    _("Not imported from a file (entered in the project)"));
}

static SirkelChart *
build_chart (SirkelIndicatorBrowser *self,
             const char             *name)
{
  return sirkel_project_chart_new (self->document, name);
}

static void
update_barometer (SirkelIndicatorBrowser *self)
{
  g_autoptr(SirkelChart) chart = NULL;

  /* Built only while it shows: it reads every indicator's series. */
  if (self->document != NULL && !gtk_toggle_button_get_active (self->table_button))
    chart = build_chart (self, "barometer");
  sirkel_chart_view_set_chart (self->barometer, chart);
}

static void
update_detail (SirkelIndicatorBrowser *self)
{
  SirkelIndicatorItem *item = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *sentence = NULL;

  clear_detail_rows (self);
  if (item == NULL || self->document == NULL)
    {
      sirkel_chart_view_set_chart (self->trend, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }
  sentence = sirkel_indicator_item_dup_sentence (item, self->kommune_name);
  {
    g_autofree char *name = g_strconcat ("trend:", sirkel_indicator_item_get_summary (item)->key, NULL);
    g_autoptr(SirkelChart) chart = build_chart (self, name);

    sirkel_chart_view_set_chart (self->trend, chart);
  }
  gtk_label_set_text (self->detail_title, sirkel_indicator_item_get_title (item));
  gtk_label_set_text (self->detail_sentence, sentence);
  fill_provenance (self, sirkel_indicator_item_get_summary (item));
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static char *
dup_selected_key (SirkelIndicatorBrowser *self)
{
  SirkelIndicatorItem *item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL ? g_strdup (sirkel_indicator_item_get_summary (item)->key) : NULL;
}

static void
refresh (SirkelIndicatorBrowser *self)
{
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *selected = dup_selected_key (self);
  g_autofree char *kommune = NULL;
  g_autofree char *fylke = NULL;

  g_clear_pointer (&self->kommune_name, g_free);
  if (self->document != NULL)
    {
      SirkelStore *store = sirkel_document_get_store (self->document);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = FALSE;

      summaries = sirkel_indicator_summaries (store, &error);
      if (summaries == NULL)
        g_warning ("The indicators could not be summarised: %s", error->message);
      if (sirkel_store_prepare (store, "SELECT kommune_name FROM project WHERE deleted_at IS NULL", &stmt, NULL) &&
          sirkel_store_step_row (store, stmt, &has_row, NULL) && has_row)
        self->kommune_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  for (guint i = 0; summaries != NULL && i < summaries->len; i++)
    g_ptr_array_add (items, sirkel_indicator_item_new (g_steal_pointer (&summaries->pdata[i])));
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  update_table_state (self);
  update_barometer (self);
  if (selected == NULL || !sirkel_indicator_browser_select_key (self, selected))
    update_detail (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  SirkelIndicatorBrowser *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (SirkelIndicatorBrowser *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

static void
category_changed_cb (SirkelIndicatorBrowser *self)
{
  gtk_filter_changed (GTK_FILTER (self->category_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_table_state (self);
}

static void
view_toggled_cb (SirkelIndicatorBrowser *self)
{
  gtk_stack_set_visible_child_name (self->view_stack,
                                    gtk_toggle_button_get_active (self->table_button) ? "table" : "barometer");
  update_barometer (self);
}

/* Moving through the barometer with the keyboard (or clicking a row) chooses that indicator. */
static void
barometer_focus_cb (SirkelIndicatorBrowser *self)
{
  SirkelChart *chart = sirkel_chart_view_get_chart (self->barometer);
  int index = sirkel_chart_view_get_focused_element (self->barometer);
  const SirkelChartElement *element;

  if (chart == NULL || index < 0)
    return;
  element = g_ptr_array_index (sirkel_chart_get_elements (chart), index);
  if (element->id != NULL && *element->id != '\0')
    sirkel_indicator_browser_select_key (self, element->id);
}

static void
selection_changed_cb (SirkelIndicatorBrowser *self)
{
  update_detail (self);
}

static void
filter_items_changed_cb (SirkelIndicatorBrowser *self)
{
  update_table_state (self);
}

static void
sirkel_indicator_browser_dispose (GObject *object)
{
  SirkelIndicatorBrowser *self = SIRKEL_INDICATOR_BROWSER (object);

  sirkel_indicator_browser_set_document (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_INDICATOR_BROWSER);

  G_OBJECT_CLASS (sirkel_indicator_browser_parent_class)->dispose (object);
}

static void
sirkel_indicator_browser_finalize (GObject *object)
{
  SirkelIndicatorBrowser *self = SIRKEL_INDICATOR_BROWSER (object);

  g_clear_pointer (&self->detail_rows, g_ptr_array_unref);
  g_clear_pointer (&self->kommune_name, g_free);

  G_OBJECT_CLASS (sirkel_indicator_browser_parent_class)->finalize (object);
}

static void
sirkel_indicator_browser_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SirkelIndicatorBrowser *self = SIRKEL_INDICATOR_BROWSER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, sirkel_indicator_browser_get_document (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_indicator_browser_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SirkelIndicatorBrowser *self = SIRKEL_INDICATOR_BROWSER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_indicator_browser_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_indicator_browser_class_init (SirkelIndicatorBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_indicator_browser_dispose;
  object_class->finalize = sirkel_indicator_browser_finalize;
  object_class->get_property = sirkel_indicator_browser_get_property;
  object_class->set_property = sirkel_indicator_browser_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SIRKEL_TYPE_INDICATOR_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-indicator-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, items);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, selection);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, filter_model);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, category_filter);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, column_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, title_column);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, table_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, barometer_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, table_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, detail_title);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, detail_sentence);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, barometer_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, trend_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, metadata_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorBrowser, provenance_group);
  gtk_widget_class_bind_template_callback (widget_class, category_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
sirkel_indicator_browser_init (SirkelIndicatorBrowser *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  self->detail_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->barometer = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_box_append (self->barometer_box, GTK_WIDGET (self->barometer));
  g_signal_connect_object (self->barometer, "notify::focused-element", G_CALLBACK (barometer_focus_cb),
                           self, G_CONNECT_SWAPPED);
  self->trend = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_box_append (self->trend_box, GTK_WIDGET (self->trend));

  gtk_string_list_append (categories, _("All categories"));
  for (char c = 'a'; c <= 'f'; c++)
    {
      char code[2] = { c, '\0' };
      g_autofree char *label = sirkel_category_dup_label (code);

      gtk_string_list_append (categories, label);
    }
  gtk_string_list_append (categories, _("No category"));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_custom_filter_set_filter_func (self->category_filter, category_match, self, NULL);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
  update_table_state (self);
}

SirkelDocument *
sirkel_indicator_browser_get_document (SirkelIndicatorBrowser *self)
{
  g_return_val_if_fail (SIRKEL_IS_INDICATOR_BROWSER (self), NULL);

  return self->document;
}

void
sirkel_indicator_browser_set_document (SirkelIndicatorBrowser *self,
                                       SirkelDocument         *document)
{
  g_return_if_fail (SIRKEL_IS_INDICATOR_BROWSER (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  /* The store may already have dropped its handlers (the document was closed first). */
  if (self->document != NULL && self->changed_handler != 0 &&
      g_signal_handler_is_connected (sirkel_document_get_store (self->document), self->changed_handler))
    g_signal_handler_disconnect (sirkel_document_get_store (self->document), self->changed_handler);
  self->changed_handler = 0;
  g_set_object (&self->document, document);
  if (document != NULL)
    self->changed_handler = g_signal_connect_object (sirkel_document_get_store (document), "changed",
                                                     G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * sirkel_indicator_browser_select_key:
 *
 * Selects the indicator @key in the table (clearing the filters if they hide it).
 *
 * Returns: %TRUE if the project has that indicator
 */
gboolean
sirkel_indicator_browser_select_key (SirkelIndicatorBrowser *self,
                                     const char             *key)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (SIRKEL_IS_INDICATOR_BROWSER (self), FALSE);

  for (guint pass = 0; pass < 2; pass++)
    {
      model = gtk_single_selection_get_model (self->selection);
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SirkelIndicatorItem) item = g_list_model_get_item (model, i);

          if (g_strcmp0 (sirkel_indicator_item_get_summary (item)->key, key) == 0)
            {
              gtk_single_selection_set_selected (self->selection, i);
              update_detail (self);
              return TRUE;
            }
        }
      /* Not among the shown rows: show all and try once more. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->category_dropdown, CATEGORY_ALL);
    }
  return FALSE;
}

/**
 * sirkel_indicator_browser_get_items:
 *
 * Returns: (transfer none): the SirkelIndicatorItems shown (after filtering and sorting)
 */
GListModel *
sirkel_indicator_browser_get_items (SirkelIndicatorBrowser *self)
{
  g_return_val_if_fail (SIRKEL_IS_INDICATOR_BROWSER (self), NULL);

  return gtk_single_selection_get_model (self->selection);
}
