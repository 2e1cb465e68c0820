/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanRow: see sirkel-plan-row.h. Document and plan are set once, at construction; the
 * fields are bound then and the row's title and subtitle follow the plan's changes.
 */
#define G_LOG_DOMAIN "sirkel-plan-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"
#include "sirkel-plan-row.h"

struct _SirkelPlanRow
{
  AdwExpanderRow  parent_instance;

  SirkelDocument *document;
  SirkelEntity   *plan;
  gulong          notify_handler;

  /* Template children */
  AdwEntryRow    *title_row;
  AdwComboRow    *kind_row;
  AdwComboRow    *status_row;
  AdwEntryRow    *adopted_row;
  AdwEntryRow    *case_row;
  GtkWidget      *period_from_entry;
  GtkWidget      *period_to_entry;
  GtkWidget      *discussed_switch;
  GtkWidget      *delete_button;
};

G_DEFINE_FINAL_TYPE (SirkelPlanRow, sirkel_plan_row, ADW_TYPE_EXPANDER_ROW)

static void
update (SirkelPlanRow *self)
{
  const char *title = sirkel_entity_get_title (self->plan);
  const char *kind = sirkel_plan_kind_label (sirkel_entity_get_text (self->plan, "kind"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *adopted = sirkel_plan_format_date (sirkel_entity_get_text (self->plan, "adopted_on"));
  g_autofree char *tooltip = NULL;
  gboolean adopted_status = g_strcmp0 (sirkel_entity_get_text (self->plan, "status"), "adopted") == 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *title != '\0' ? title : kind);
  g_string_append (subtitle, kind);
  if (adopted_status && adopted != NULL)
    /* Translators: a plan's kind and when it was adopted: "Thematic plan · adopted 27 Mar 2025". */
    g_string_append_printf (subtitle, _(" · adopted %s"), adopted);
  else
    g_string_append_printf (subtitle, " · %s",
                            sirkel_plan_status_label (sirkel_entity_get_text (self->plan, "status")));
  if (!sirkel_entity_is_null (self->plan, "period_from") && !sirkel_entity_is_null (self->plan, "period_to"))
    g_string_append_printf (subtitle, " · %d–%d", (int) sirkel_entity_get_int (self->plan, "period_from"),
                            (int) sirkel_entity_get_int (self->plan, "period_to"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
  /* Translators: tooltip of the button that deletes a plan; %s is its title. */
  tooltip = g_strdup_printf (_("Delete “%s”"), *title != '\0' ? title : kind);
  gtk_widget_set_tooltip_text (self->delete_button, tooltip);
}

static void
sirkel_plan_row_dispose (GObject *object)
{
  SirkelPlanRow *self = SIRKEL_PLAN_ROW (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->notify_handler, self->plan);
  if (self->title_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->title_row), GTK_WIDGET (self->kind_row), GTK_WIDGET (self->status_row),
        GTK_WIDGET (self->adopted_row), GTK_WIDGET (self->case_row), self->period_from_entry,
        self->period_to_entry,
        self->discussed_switch,
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_PLAN_ROW);
  g_clear_object (&self->plan);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_plan_row_parent_class)->dispose (object);
}

static void
sirkel_plan_row_class_init (SirkelPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_plan_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-plan-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, adopted_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, case_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, period_from_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, period_to_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, discussed_switch);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanRow, delete_button);
}

static void
sirkel_plan_row_init (SirkelPlanRow *self)
{
  g_autoptr(GtkStringList) kinds = sirkel_plan_labels_model (sirkel_plan_kind_keys,
                                                             sirkel_plan_kind_label);
  g_autoptr(GtkStringList) statuses = sirkel_plan_labels_model (sirkel_plan_status_keys,
                                                                sirkel_plan_status_label);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

GtkWidget *
sirkel_plan_row_new (SirkelDocument *document,
                     SirkelEntity   *plan)
{
  SirkelPlanRow *self;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (plan), NULL);

  self = g_object_new (SIRKEL_TYPE_PLAN_ROW, NULL);
  self->document = g_object_ref (document);
  self->plan = g_object_ref (plan);
  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, plan, "title");
  sirkel_field_bind_choice (GTK_WIDGET (self->kind_row), document, plan, "kind", sirkel_plan_kind_keys);
  sirkel_field_bind_choice (GTK_WIDGET (self->status_row), document, plan, "status",
                            sirkel_plan_status_keys);
  sirkel_plan_bind_date (GTK_EDITABLE (self->adopted_row), document, plan, "adopted_on");
  sirkel_field_bind_editable (GTK_EDITABLE (self->case_row), document, plan, "case_number");
  sirkel_plan_bind_number (GTK_EDITABLE (self->period_from_entry), document, plan, "period_from");
  sirkel_plan_bind_number (GTK_EDITABLE (self->period_to_entry), document, plan, "period_to");
  sirkel_field_bind_toggle (self->discussed_switch, document, plan, "public_health_discussed");
  id = sirkel_entity_dup_id_string (plan);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  self->notify_handler = g_signal_connect_swapped (plan, "notify", G_CALLBACK (update), self);
  update (self);
  return GTK_WIDGET (self);
}

SirkelEntity *
sirkel_plan_row_get_plan (SirkelPlanRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_PLAN_ROW (self), NULL);

  return self->plan;
}
