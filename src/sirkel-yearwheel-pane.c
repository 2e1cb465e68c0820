/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelYearwheelPane: see sirkel-yearwheel-pane.h. The list is the document's year-wheel
 * events sorted by month and day (a whole month before its days); the selection always holds
 * an event while there is one, and the editor shows it. Title, kind, responsible, day, year
 * and description are bound with the shared field bindings; the month (an INTEGER shown as a
 * month name) and whether the event repeats (year NULL or not) are kept here.
 *
 * Invariants: loading is set while widgets are set from the event, so their handlers write
 * nothing; chart is the chart view in chart_box.
 */
#define G_LOG_DOMAIN "sirkel-yearwheel-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-learning-labels.h"
#include "sirkel-learning-list.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"
#include "sirkel-project-chart.h"
#include "sirkel-yearwheel-pane.h"

struct _SirkelYearwheelPane
{
  SirkelPage          parent_instance;

  GtkSortListModel   *sorted;        /* the document's events, by month and day */
  GtkSingleSelection *selection;     /* over sorted; held by event_view */
  GSignalGroup       *status_signals;
  SirkelEntity       *event;
  SirkelChartView    *chart;
  gboolean            loading;

  /* Template children */
  GtkListView        *event_view;
  GtkWidget          *chart_box;
  GtkStack           *editor_stack;
  AdwEntryRow        *title_row;
  AdwComboRow        *kind_row;
  AdwEntryRow        *responsible_row;
  AdwComboRow        *month_row;
  GtkWidget          *day_entry;
  AdwComboRow        *repeat_row;
  GtkWidget          *year_row;
  GtkWidget          *year_entry;
  GtkTextView        *description_view;
};

G_DEFINE_FINAL_TYPE (SirkelYearwheelPane, sirkel_yearwheel_pane, SIRKEL_TYPE_PAGE)

static SirkelDocument *
document_of (SirkelYearwheelPane *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

static gboolean
writable (SirkelYearwheelPane *self)
{
  return sirkel_page_get_writable (SIRKEL_PAGE (self));
}

static void
format_event (SirkelEntity  *event,
              char         **title,
              char         **caption)
{
  int day = sirkel_entity_is_null (event, "day") ? 0 : (int) sirkel_entity_get_int (event, "day");
  int month = (int) sirkel_entity_get_int (event, "month");
  g_autofree char *when = sirkel_learning_format_month_day (month, day);
  const char *kind = sirkel_event_kind_label (sirkel_entity_get_text (event, "kind"));

  *title = g_strdup (sirkel_entity_get_title (event));
  if (sirkel_entity_is_null (event, "year"))
    /* Translators: a year-wheel event in the list: "15 May · Budget · every year". */
    *caption = g_strdup_printf (_("%s · %s · every year"), when, kind);
  else
    /* Translators: a year-wheel event that happens once: "15 May 2026 · Reporting". */
    *caption = g_strdup_printf (_("%s %d · %s"), when, (int) sirkel_entity_get_int (event, "year"),
                                kind);
}

static int
compare_events (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  SirkelEntity *event_a = (SirkelEntity *) a;
  SirkelEntity *event_b = (SirkelEntity *) b;
  gint64 month_a = sirkel_entity_get_int (event_a, "month");
  gint64 month_b = sirkel_entity_get_int (event_b, "month");
  gint64 day_a = sirkel_entity_get_int (event_a, "day");
  gint64 day_b = sirkel_entity_get_int (event_b, "day");

  if (month_a != month_b)
    return month_a < month_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (day_a != day_b)
    return day_a < day_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return GTK_ORDERING_EQUAL;
}

static void
update_actions (SirkelYearwheelPane *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "yearwheel.add", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "yearwheel.delete",
                                 writable (self) && self->event != NULL);
  /* A project opened read-only is shown, not edited. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->editor_stack), writable (self));
}

/* Month and repetition */

static void
update_when (SirkelYearwheelPane *self)
{
  gboolean once = self->event != NULL && !sirkel_entity_is_null (self->event, "year");
  gboolean can = self->event != NULL && writable (self);
  gint64 month = self->event != NULL ? sirkel_entity_get_int (self->event, "month") : 1;

  self->loading = TRUE;
  adw_combo_row_set_selected (self->month_row, (guint) CLAMP (month, 1, 12) - 1);
  adw_combo_row_set_selected (self->repeat_row, once ? 1 : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->month_row), can);
  gtk_widget_set_sensitive (GTK_WIDGET (self->repeat_row), can);
  gtk_widget_set_visible (self->year_row, once);
  self->loading = FALSE;
}

static void
write_field (SirkelYearwheelPane *self,
             const char          *field,
             GVariant            *value)
{
  g_autoptr(GError) error = NULL;

  if (!sirkel_document_set (document_of (self), self->event, field, value, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), NULL, error);
      update_when (self);
    }
}

static void
month_selected_cb (SirkelYearwheelPane *self)
{
  guint selected = adw_combo_row_get_selected (self->month_row);

  if (self->loading || self->event == NULL || !writable (self) || selected >= 12 ||
      sirkel_entity_get_int (self->event, "month") == (gint64) selected + 1)
    return;
  write_field (self, "month", sirkel_value_int ((gint64) selected + 1));
}

/* Once: this year if it is in the project's period, else the period's first year. */
static int
default_year (SirkelYearwheelPane *self)
{
  SirkelEntity *project = sirkel_document_get_project (document_of (self));
  int year = sirkel_learning_this_year ();

  if (project != NULL &&
      (year < sirkel_entity_get_int (project, "period_from") ||
       year > sirkel_entity_get_int (project, "period_to")))
    year = (int) sirkel_entity_get_int (project, "period_from");
  return year;
}

static void
repeat_selected_cb (SirkelYearwheelPane *self)
{
  gboolean once = adw_combo_row_get_selected (self->repeat_row) == 1;

  if (self->loading || self->event == NULL || !writable (self) ||
      once == !sirkel_entity_is_null (self->event, "year"))
    return;
  write_field (self, "year", once ? sirkel_value_int (default_year (self)) : sirkel_value_null ());
  if (once)
    gtk_widget_grab_focus (self->year_entry);
}

/* The event in the editor */

static void
event_notify_cb (SirkelYearwheelPane *self,
                 GParamSpec          *pspec)
{
  if (g_str_equal (pspec->name, "month") || g_str_equal (pspec->name, "year"))
    update_when (self);
}

static void
rebind (SirkelYearwheelPane *self)
{
  SirkelDocument *document = document_of (self);
  SirkelEntity *event = self->event;

  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, event, "title");
  sirkel_field_bind_choice (GTK_WIDGET (self->kind_row), document, event, "kind",
                            sirkel_event_kind_keys);
  sirkel_field_bind_editable (GTK_EDITABLE (self->responsible_row), document, event, "responsible");
  sirkel_plan_bind_number (GTK_EDITABLE (self->day_entry), document, event, "day");
  sirkel_plan_bind_number (GTK_EDITABLE (self->year_entry), document, event, "year");
  sirkel_field_bind_text_view (self->description_view, document, event, "description");
  update_when (self);
}

static void
selection_changed_cb (SirkelYearwheelPane *self)
{
  SirkelEntity *event = sirkel_learning_list_get_selected (self->selection);

  if (sirkel_learning_list_follow (&self->event, event, G_CALLBACK (event_notify_cb), self))
    rebind (self);
  gtk_stack_set_visible_child_name (self->editor_stack, event != NULL ? "editor" : "none");
  update_actions (self);
}

/* The wheel, drawn anew after every change. */
static void
update_chart (SirkelYearwheelPane *self)
{
  g_autoptr(SirkelChart) wheel = sirkel_project_chart_new (document_of (self), "arshjul");

  sirkel_chart_view_set_chart (self->chart, wheel);
  gtk_widget_set_visible (self->chart_box, wheel != NULL && !sirkel_chart_is_empty (wheel));
}

static void
update_empty (SirkelYearwheelPane *self)
{
  sirkel_page_show_empty (SIRKEL_PAGE (self),
                          g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 0);
}

static void
status_changed_cb (SirkelYearwheelPane *self)
{
  sirkel_learning_list_keep_order (self->sorted, NULL);
  update_empty (self);
  update_when (self);
  update_actions (self);
  update_chart (self);
}

static void
status_set_cb (SirkelYearwheelPane *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
}

static void
document_changed_cb (SirkelYearwheelPane *self)
{
  SirkelDocument *document = document_of (self);

  gtk_sort_list_model_set_model (self->sorted, document != NULL
                                 ? sirkel_document_get_list (document, "yearwheel_event") : NULL);
  selection_changed_cb (self);
  update_empty (self);
  update_chart (self);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SirkelYearwheelPane *self = SIRKEL_YEARWHEEL_PANE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };

  if (!writable (self))
    return;
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_insert (store, "yearwheel_event", &id, &error,
                            "month", sirkel_value_int (g_date_time_get_month (now)), NULL))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_yearwheel_pane_select (self, &id);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SirkelYearwheelPane *self = SIRKEL_YEARWHEEL_PANE (widget);

  if (writable (self) && self->event != NULL)
    sirkel_plan_delete_entity (widget, document_of (self), self->event, _("Delete year-wheel event"),
                               _("Untitled event"));
}

static void
sirkel_yearwheel_pane_dispose (GObject *object)
{
  SirkelYearwheelPane *self = SIRKEL_YEARWHEEL_PANE (object);

  if (self->title_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->title_row), GTK_WIDGET (self->kind_row),
        GTK_WIDGET (self->responsible_row), self->day_entry, self->year_entry,
        GTK_WIDGET (self->description_view),
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
    }
  sirkel_learning_list_follow (&self->event, NULL, G_CALLBACK (event_notify_cb), self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  if (self->event_view != NULL)
    gtk_list_view_set_model (self->event_view, NULL);
  self->selection = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_YEARWHEEL_PANE);
  g_clear_object (&self->sorted);
  g_clear_object (&self->status_signals);

  G_OBJECT_CLASS (sirkel_yearwheel_pane_parent_class)->dispose (object);
}

static void
sirkel_yearwheel_pane_class_init (SirkelYearwheelPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_yearwheel_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-yearwheel-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, event_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, chart_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, month_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, day_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, year_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, year_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelYearwheelPane, description_view);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, month_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, repeat_selected_cb);

  gtk_widget_class_install_action (widget_class, "yearwheel.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "yearwheel.delete", NULL, delete_action);
}

static void
sirkel_yearwheel_pane_init (SirkelYearwheelPane *self)
{
  g_autoptr(GtkStringList) kinds = sirkel_plan_labels_model (sirkel_event_kind_keys,
                                                             sirkel_event_kind_label);
  g_autoptr(GtkStringList) months = sirkel_learning_months_model ();
  g_autoptr(GtkStringList) repeats = gtk_string_list_new (NULL);
  GtkSorter *sorter;

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (months));
  gtk_string_list_append (repeats, _("Every year"));
  gtk_string_list_append (repeats, _("Once"));
  adw_combo_row_set_model (self->repeat_row, G_LIST_MODEL (repeats));
  self->loading = FALSE;

  self->chart = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_box_append (GTK_BOX (self->chart_box), GTK_WIDGET (self->chart));

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_events, NULL, NULL));
  self->sorted = gtk_sort_list_model_new (NULL, sorter);
  self->selection = sirkel_learning_list_bind (self->event_view,
                                               G_LIST_MODEL (g_object_ref (self->sorted)),
                                               format_event, "yearwheel.delete");
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  selection_changed_cb (self);
  rebind (self);
  update_empty (self);
  update_chart (self);
}

/**
 * sirkel_yearwheel_pane_get_selected:
 *
 * Returns: (transfer none) (nullable): the event in the editor
 */
SirkelEntity *
sirkel_yearwheel_pane_get_selected (SirkelYearwheelPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_YEARWHEEL_PANE (self), NULL);

  return self->event;
}

gboolean
sirkel_yearwheel_pane_select (SirkelYearwheelPane *self,
                              const SirkelId      *id)
{
  g_return_val_if_fail (SIRKEL_IS_YEARWHEEL_PANE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return sirkel_learning_list_select (self->event_view, self->selection, id);
}

/**
 * sirkel_yearwheel_pane_get_chart:
 *
 * Returns: (transfer none): the view of the årshjul chart
 */
SirkelChartView *
sirkel_yearwheel_pane_get_chart (SirkelYearwheelPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_YEARWHEEL_PANE (self), NULL);

  return self->chart;
}
