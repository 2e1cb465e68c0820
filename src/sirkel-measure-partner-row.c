/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurePartnerRow: see sirkel-measure-partner-row.h. Document and partner are set
 * once, at construction; the fields are bound then, and the row's title and subtitle follow
 * the partner's changes.
 */
#define G_LOG_DOMAIN "sirkel-measure-partner-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-measure-labels.h"
#include "sirkel-measure-partner-row.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

struct _SirkelMeasurePartnerRow
{
  AdwExpanderRow  parent_instance;

  SirkelDocument *document;
  SirkelEntity   *partner;
  gulong          notify_handler;

  /* Template children */
  GtkWidget      *up_button;
  GtkWidget      *down_button;
  GtkWidget      *delete_button;
  AdwEntryRow    *title_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *role_row;
};

G_DEFINE_FINAL_TYPE (SirkelMeasurePartnerRow, sirkel_measure_partner_row, ADW_TYPE_EXPANDER_ROW)

static void
update (SirkelMeasurePartnerRow *self)
{
  const char *title = sirkel_entity_get_title (self->partner);
  const char *role = sirkel_entity_get_text (self->partner, "role");
  const char *kind = sirkel_measure_partner_kind_label (sirkel_entity_get_text (self->partner, "kind"));
  const char *name = *title != '\0' ? title : _("Unnamed partner");
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  if (role != NULL && *role != '\0')
    subtitle = g_strdup_printf ("%s · %s", kind, role);
  else
    subtitle = g_strdup (kind);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  /* Translators: tooltips of a partner's buttons; %s is the partner's name. */
  tooltip = g_strdup_printf (_("Remove “%s” from the partners"), name);
  gtk_widget_set_tooltip_text (self->delete_button, tooltip);
  g_free (tooltip);
  tooltip = g_strdup_printf (_("Move “%s” up"), name);
  gtk_widget_set_tooltip_text (self->up_button, tooltip);
  g_free (tooltip);
  tooltip = g_strdup_printf (_("Move “%s” down"), name);
  gtk_widget_set_tooltip_text (self->down_button, tooltip);
}

/* partner.move-up, partner.move-down: the list's action with this partner's id. Each row has
 * its own, so that the first row's Move Up and the last row's Move Down can be disabled. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SirkelMeasurePartnerRow *self = SIRKEL_MEASURE_PARTNER_ROW (widget);
  g_autofree char *id = sirkel_entity_dup_id_string (self->partner);

  gtk_widget_activate_action (widget, g_str_equal (action_name, "partner.move-up")
                                      ? "measure.move-partner-up" : "measure.move-partner-down",
                              "s", id);
}

static void
sirkel_measure_partner_row_dispose (GObject *object)
{
  SirkelMeasurePartnerRow *self = SIRKEL_MEASURE_PARTNER_ROW (object);

  if (self->partner != NULL)
    g_clear_signal_handler (&self->notify_handler, self->partner);
  if (self->title_row != NULL)
    {
      sirkel_plan_unbind (GTK_WIDGET (self->title_row));
      sirkel_plan_unbind (GTK_WIDGET (self->kind_row));
      sirkel_plan_unbind (GTK_WIDGET (self->role_row));
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_PARTNER_ROW);
  g_clear_object (&self->partner);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_measure_partner_row_parent_class)->dispose (object);
}

static void
sirkel_measure_partner_row_class_init (SirkelMeasurePartnerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_partner_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-partner-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartnerRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartnerRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartnerRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartnerRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartnerRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartnerRow, role_row);

  gtk_widget_class_install_action (widget_class, "partner.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "partner.move-down", NULL, move_action);
}

static void
sirkel_measure_partner_row_init (SirkelMeasurePartnerRow *self)
{
  g_autoptr(GtkStringList) kinds = sirkel_plan_labels_model (sirkel_measure_partner_kind_keys,
                                                             sirkel_measure_partner_kind_label);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  sirkel_measure_partner_row_set_movable (self, FALSE, FALSE);
}

GtkWidget *
sirkel_measure_partner_row_new (SirkelDocument *document,
                                SirkelEntity   *partner)
{
  SirkelMeasurePartnerRow *self;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (partner), NULL);

  self = g_object_new (SIRKEL_TYPE_MEASURE_PARTNER_ROW, NULL);
  self->document = g_object_ref (document);
  self->partner = g_object_ref (partner);
  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, partner, "title");
  sirkel_field_bind_choice (GTK_WIDGET (self->kind_row), document, partner, "kind",
                            sirkel_measure_partner_kind_keys);
  sirkel_field_bind_editable (GTK_EDITABLE (self->role_row), document, partner, "role");
  id = sirkel_entity_dup_id_string (partner);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  self->notify_handler = g_signal_connect_swapped (partner, "notify", G_CALLBACK (update), self);
  update (self);
  return GTK_WIDGET (self);
}

SirkelEntity *
sirkel_measure_partner_row_get_partner (SirkelMeasurePartnerRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_PARTNER_ROW (self), NULL);

  return self->partner;
}

/* Opens the row and puts the cursor in the partner's name. */
void
sirkel_measure_partner_row_focus_title (SirkelMeasurePartnerRow *self)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_PARTNER_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* Enables Move Up and Move Down: a row that is first cannot move up, nor the last down. */
void
sirkel_measure_partner_row_set_movable (SirkelMeasurePartnerRow *self,
                                        gboolean                 up,
                                        gboolean                 down)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_PARTNER_ROW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.move-up", up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.move-down", down);
}

/* Opens the row and puts the focus on its Move Up button (@step < 0) or Move Down, or on the
 * other one if that one is disabled: the row after a move, made anew, where the user was. */
void
sirkel_measure_partner_row_focus_move (SirkelMeasurePartnerRow *self,
                                       int                      step)
{
  GtkWidget *first = step < 0 ? self->up_button : self->down_button;
  GtkWidget *second = step < 0 ? self->down_button : self->up_button;

  g_return_if_fail (SIRKEL_IS_MEASURE_PARTNER_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  if (!gtk_widget_grab_focus (first))
    gtk_widget_grab_focus (second);
}
