/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelBudgetLineRow: see sirkel-budget-line-row.h. Document and line are set once, at
 * construction; the fields are bound then, and the row's title and subtitle follow the line's
 * changes.
 */
#define G_LOG_DOMAIN "sirkel-budget-line-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-budget-line-row.h"
#include "sirkel-field-editor.h"
#include "sirkel-measure-labels.h"
#include "sirkel-plan-fields.h"

struct _SirkelBudgetLineRow
{
  AdwExpanderRow  parent_instance;

  SirkelDocument *document;
  SirkelEntity   *line;
  gulong          notify_handler;

  /* Template children */
  GtkWidget      *delete_button;
  AdwEntryRow    *year_row;
  AdwEntryRow    *amount_row;
  AdwEntryRow    *source_row;
  AdwEntryRow    *title_row;
};

G_DEFINE_FINAL_TYPE (SirkelBudgetLineRow, sirkel_budget_line_row, ADW_TYPE_EXPANDER_ROW)

static void
update (SirkelBudgetLineRow *self)
{
  g_autofree char *amount = sirkel_measure_format_amount (sirkel_entity_get_double (self->line, "amount"));
  g_autofree char *title = NULL;
  g_autofree char *tooltip = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  const char *source = sirkel_entity_get_text (self->line, "funding_source");
  const char *what = sirkel_entity_get_title (self->line);
  int year = (int) sirkel_entity_get_int (self->line, "year");

  /* Translators: a budget line: its year and amount, "2026: NOK 350,000". */
  title = g_strdup_printf (_("%d: %s"), year, amount);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  if (what != NULL && *what != '\0')
    g_ptr_array_add (parts, (gpointer) what);
  if (source != NULL && *source != '\0')
    g_ptr_array_add (parts, (gpointer) source);
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  /* Translators: tooltip of the button that removes a budget line; %s is its year and amount. */
  tooltip = g_strdup_printf (_("Remove the budget line “%s”"), title);
  gtk_widget_set_tooltip_text (self->delete_button, tooltip);
}

static void
sirkel_budget_line_row_dispose (GObject *object)
{
  SirkelBudgetLineRow *self = SIRKEL_BUDGET_LINE_ROW (object);

  if (self->line != NULL)
    g_clear_signal_handler (&self->notify_handler, self->line);
  if (self->year_row != NULL)
    {
      sirkel_plan_unbind (GTK_WIDGET (self->year_row));
      sirkel_plan_unbind (GTK_WIDGET (self->amount_row));
      sirkel_plan_unbind (GTK_WIDGET (self->source_row));
      sirkel_plan_unbind (GTK_WIDGET (self->title_row));
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_BUDGET_LINE_ROW);
  g_clear_object (&self->line);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_budget_line_row_parent_class)->dispose (object);
}

static void
sirkel_budget_line_row_class_init (SirkelBudgetLineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_budget_line_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-budget-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelBudgetLineRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelBudgetLineRow, year_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelBudgetLineRow, amount_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelBudgetLineRow, source_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelBudgetLineRow, title_row);
}

static void
sirkel_budget_line_row_init (SirkelBudgetLineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sirkel_budget_line_row_new (SirkelDocument *document,
                            SirkelEntity   *line)
{
  SirkelBudgetLineRow *self;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (line), NULL);

  self = g_object_new (SIRKEL_TYPE_BUDGET_LINE_ROW, NULL);
  self->document = g_object_ref (document);
  self->line = g_object_ref (line);
  sirkel_plan_bind_number (GTK_EDITABLE (self->year_row), document, line, "year");
  sirkel_plan_bind_number (GTK_EDITABLE (self->amount_row), document, line, "amount");
  sirkel_field_bind_editable (GTK_EDITABLE (self->source_row), document, line, "funding_source");
  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, line, "title");
  id = sirkel_entity_dup_id_string (line);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  self->notify_handler = g_signal_connect_swapped (line, "notify", G_CALLBACK (update), self);
  update (self);
  return GTK_WIDGET (self);
}

SirkelEntity *
sirkel_budget_line_row_get_line (SirkelBudgetLineRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_BUDGET_LINE_ROW (self), NULL);

  return self->line;
}

/* Opens the row and puts the cursor in the amount. */
void
sirkel_budget_line_row_focus_amount (SirkelBudgetLineRow *self)
{
  g_return_if_fail (SIRKEL_IS_BUDGET_LINE_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}
