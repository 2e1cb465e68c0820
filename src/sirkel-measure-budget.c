/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureBudget: see sirkel-measure-budget.h. The lines are a filter over the
 * document's budget_line list (this measure's rows), sorted by year; the totals are worked out
 * anew on every refresh, which the page calls after every action.
 */
#define G_LOG_DOMAIN "sirkel-measure-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-budget-line-row.h"
#include "sirkel-field-editor.h"
#include "sirkel-measure-budget.h"
#include "sirkel-measure-labels.h"
#include "sirkel-plan-fields.h"

struct _SirkelMeasureBudget
{
  AdwBin              parent_instance;

  SirkelDocument     *document;
  SirkelEntity       *measure;
  GtkFilterListModel *lines;
  GtkSortListModel   *sorted;

  /* Template children */
  GtkListBox         *line_list;
  GtkWidget          *totals_heading;
  GtkListBox         *totals_list;
  AdwEntryRow        *funding_row;
};

G_DEFINE_FINAL_TYPE (SirkelMeasureBudget, sirkel_measure_budget, ADW_TYPE_BIN)

static gboolean
writable (SirkelMeasureBudget *self)
{
  return self->document != NULL && self->measure != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static gboolean
line_filter_cb (gpointer item,
                gpointer user_data)
{
  SirkelMeasureBudget *self = user_data;
  SirkelId measure_id;

  return self->measure != NULL &&
         sirkel_entity_get_ref (item, "measure_id", &measure_id) &&
         sirkel_id_equal (&measure_id, sirkel_entity_get_id (self->measure));
}

static int
compare_year_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  gint64 year_a = sirkel_entity_get_int ((SirkelEntity *) a, "year");
  gint64 year_b = sirkel_entity_get_int ((SirkelEntity *) b, "year");

  return year_a < year_b ? -1 : year_a > year_b;
}

static gboolean
in_order (SirkelMeasureBudget *self)
{
  GListModel *lines = G_LIST_MODEL (self->sorted);
  gint64 year = G_MININT64;

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(SirkelEntity) line = g_list_model_get_item (lines, i);

      if (sirkel_entity_get_int (line, "year") < year)
        return FALSE;
      year = sirkel_entity_get_int (line, "year");
    }
  return TRUE;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  SirkelMeasureBudget *self = user_data;

  return sirkel_budget_line_row_new (self->document, item);
}

static GtkWidget *
total_row_new (const char *title,
               double      amount,
               gboolean    emphasis)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = sirkel_measure_format_amount (amount);
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  if (emphasis)
    {
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (row, "budget-total");
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
update_totals (SirkelMeasureBudget *self)
{
  GListModel *lines = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (lines);
  GtkWidget *child;
  double total = 0, year_total = 0;
  guint n_years = 0;
  gint64 year = G_MININT64;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->totals_list))) != NULL)
    gtk_list_box_remove (self->totals_list, child);
  /* The lines are sorted by year, so each year's lines come together. */
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(SirkelEntity) line = i < n ? g_list_model_get_item (lines, i) : NULL;
      gint64 line_year = line != NULL ? sirkel_entity_get_int (line, "year") : G_MAXINT64;

      if (line_year != year && year != G_MININT64)
        {
          g_autofree char *title = g_strdup_printf ("%" G_GINT64_FORMAT, year);

          gtk_list_box_append (self->totals_list, total_row_new (title, year_total, FALSE));
          n_years++;
          year_total = 0;
        }
      if (line == NULL)
        break;
      year = line_year;
      year_total += sirkel_entity_get_double (line, "amount");
      total += sirkel_entity_get_double (line, "amount");
    }
  if (n_years > 1)
    gtk_list_box_append (self->totals_list, total_row_new (_("All years"), total, TRUE));
  gtk_widget_set_visible (self->totals_heading, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->totals_list), n > 0);
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SirkelMeasureBudget *self = SIRKEL_MEASURE_BUDGET (widget);
  GListModel *lines = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (lines);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };
  gint64 year = g_date_time_get_year (now);

  if (!writable (self))
    return;
  if (n > 0)
    {
      g_autoptr(SirkelEntity) last = g_list_model_get_item (lines, n - 1);

      year = sirkel_entity_get_int (last, "year") + 1;
    }
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_insert (store, "budget_line", &id, &error,
                            "measure_id", sirkel_value_id (sirkel_entity_get_id (self->measure)),
                            "year", sirkel_value_int (year),
                            "amount", sirkel_value_double (0), NULL))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_measure_budget_refresh (self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->line_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SIRKEL_IS_BUDGET_LINE_ROW (row) &&
        sirkel_id_equal (sirkel_entity_get_id (sirkel_budget_line_row_get_line (SIRKEL_BUDGET_LINE_ROW (row))),
                         &id))
      sirkel_budget_line_row_focus_amount (SIRKEL_BUDGET_LINE_ROW (row));
}

static void
delete_line_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelMeasureBudget *self = SIRKEL_MEASURE_BUDGET (widget);
  SirkelEntity *line;
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *toast = NULL;
  SirkelId id;

  if (!writable (self) || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)) ||
      (line = sirkel_document_find (self->document, "budget_line", &id)) == NULL)
    return;
  amount = sirkel_measure_format_amount (sirkel_entity_get_double (line, "amount"));
  /* Translators: a toast after removing a budget line: its year and amount. */
  toast = g_strdup_printf (_("Budget line %d: %s removed"), (int) sirkel_entity_get_int (line, "year"),
                           amount);
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_begin (store, _("Remove budget line"), &error) ||
      !sirkel_store_delete (store, "budget_line", &id, &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_plan_toast (widget, toast, TRUE);
}

static void
sirkel_measure_budget_dispose (GObject *object)
{
  SirkelMeasureBudget *self = SIRKEL_MEASURE_BUDGET (object);

  if (self->line_list != NULL)
    gtk_list_box_bind_model (self->line_list, NULL, NULL, NULL, NULL);
  if (self->funding_row != NULL)
    sirkel_plan_unbind (GTK_WIDGET (self->funding_row));
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_BUDGET);
  g_clear_object (&self->sorted);
  g_clear_object (&self->lines);
  g_clear_object (&self->measure);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_measure_budget_parent_class)->dispose (object);
}

static void
sirkel_measure_budget_class_init (SirkelMeasureBudgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_budget_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-budget.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureBudget, line_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureBudget, totals_heading);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureBudget, totals_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureBudget, funding_row);

  gtk_widget_class_install_action (widget_class, "measure.add-budget-line", NULL, add_line_action);
  gtk_widget_class_install_action (widget_class, "measure.delete-budget-line", "s",
                                   delete_line_action);
}

static void
sirkel_measure_budget_init (SirkelMeasureBudget *self)
{
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  filter = gtk_custom_filter_new (line_filter_cb, self, NULL);
  self->lines = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
  sorter = gtk_custom_sorter_new (compare_year_cb, NULL, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->lines)), GTK_SORTER (sorter));
  gtk_list_box_bind_model (self->line_list, G_LIST_MODEL (self->sorted), create_row_cb, self, NULL);
  sirkel_measure_budget_refresh (self);
}

void
sirkel_measure_budget_set_document (SirkelMeasureBudget *self,
                                    SirkelDocument      *document)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_BUDGET (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  sirkel_measure_budget_set_measure (self, NULL);
  g_set_object (&self->document, document);
  gtk_filter_list_model_set_model (self->lines, document != NULL
                                   ? sirkel_document_get_list (document, "budget_line") : NULL);
  sirkel_measure_budget_refresh (self);
}

/* @measure: (nullable): a measure of the document */
void
sirkel_measure_budget_set_measure (SirkelMeasureBudget *self,
                                   SirkelEntity        *measure)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_BUDGET (self));
  g_return_if_fail (measure == NULL || SIRKEL_IS_ENTITY (measure));

  if (!g_set_object (&self->measure, measure))
    return;
  sirkel_field_bind_editable (GTK_EDITABLE (self->funding_row), self->document, measure, "funding");
  sirkel_measure_budget_refresh (self);
}

/* The lines and the totals as they are now (a year changed moves its line). */
void
sirkel_measure_budget_refresh (SirkelMeasureBudget *self)
{
  gboolean can;

  g_return_if_fail (SIRKEL_IS_MEASURE_BUDGET (self));

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->lines), GTK_FILTER_CHANGE_DIFFERENT);
  /* Sorting anew makes every row anew, which would take the focus from a row being edited;
   * so only when a year changed the order. */
  if (!in_order (self))
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);
  update_totals (self);
  can = writable (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.add-budget-line", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.delete-budget-line", can);
}

/* The budget lines shown; for tests. */
guint
sirkel_measure_budget_get_n_lines (SirkelMeasureBudget *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_BUDGET (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}
