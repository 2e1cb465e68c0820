/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurementRow: see sirkel-measurement-row.h. The document and the measurement are
 * construct-only: the fields are bound in constructed and let go in dispose.
 */
#define G_LOG_DOMAIN "sirkel-measurement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-measurement-row.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

struct _SirkelMeasurementRow
{
  GtkListBoxRow   parent_instance;

  SirkelDocument *document;
  SirkelEntity   *measurement;
  gulong          notify_handler;

  /* Template children */
  GtkWidget      *date_entry;
  GtkWidget      *value_entry;
  GtkLabel       *unit_label;
  GtkWidget      *note_entry;
  GtkWidget      *delete_button;
};

G_DEFINE_FINAL_TYPE (SirkelMeasurementRow, sirkel_measurement_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_MEASUREMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The delete button names the date; a list sorted by date sorts again. */
static void
date_changed_cb (SirkelMeasurementRow *self)
{
  g_autofree char *date = sirkel_plan_format_date (sirkel_entity_get_text (self->measurement,
                                                                           "measured_on"));
  g_autofree char *tooltip = NULL;
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));

  /* Translators: tooltip of the button that deletes a measurement; %s is its date. */
  tooltip = g_strdup_printf (_("Delete the measurement of %s"), date);
  gtk_widget_set_tooltip_text (self->delete_button, tooltip);
  /* Not gtk_list_box_row_changed (): GTK 4.8 then sorts its rows but leaves them in the old
   * order as widgets, which the focus chain and the boxed list's corners follow. */
  if (GTK_IS_LIST_BOX (list))
    gtk_list_box_invalidate_sort (GTK_LIST_BOX (list));
}

static void
sirkel_measurement_row_constructed (GObject *object)
{
  SirkelMeasurementRow *self = SIRKEL_MEASUREMENT_ROW (object);
  g_autofree char *id = NULL;

  G_OBJECT_CLASS (sirkel_measurement_row_parent_class)->constructed (object);

  if (self->document == NULL || self->measurement == NULL)
    return;
  /* measured_on and value are NOT NULL: emptying them writes nothing. */
  sirkel_plan_set_required (GTK_EDITABLE (self->date_entry), TRUE);
  sirkel_plan_set_required (GTK_EDITABLE (self->value_entry), TRUE);
  sirkel_plan_bind_date (GTK_EDITABLE (self->date_entry), self->document, self->measurement,
                         "measured_on");
  sirkel_plan_bind_number (GTK_EDITABLE (self->value_entry), self->document, self->measurement,
                           "value");
  sirkel_field_bind_editable (GTK_EDITABLE (self->note_entry), self->document, self->measurement,
                              "title");
  id = sirkel_entity_dup_id_string (self->measurement);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  gtk_widget_set_name (GTK_WIDGET (self), id);
  self->notify_handler = g_signal_connect_swapped (self->measurement, "notify::measured-on",
                                                   G_CALLBACK (date_changed_cb), self);
  date_changed_cb (self);
}

static void
sirkel_measurement_row_dispose (GObject *object)
{
  SirkelMeasurementRow *self = SIRKEL_MEASUREMENT_ROW (object);

  if (self->measurement != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measurement);
  if (self->date_entry != NULL)
    {
      sirkel_plan_unbind (self->date_entry);
      sirkel_plan_unbind (self->value_entry);
      sirkel_plan_unbind (self->note_entry);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASUREMENT_ROW);
  g_clear_object (&self->measurement);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_measurement_row_parent_class)->dispose (object);
}

static void
sirkel_measurement_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SirkelMeasurementRow *self = SIRKEL_MEASUREMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_MEASUREMENT:
      g_value_set_object (value, self->measurement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_measurement_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SirkelMeasurementRow *self = SIRKEL_MEASUREMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_MEASUREMENT:
      self->measurement = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_measurement_row_class_init (SirkelMeasurementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sirkel_measurement_row_constructed;
  object_class->dispose = sirkel_measurement_row_dispose;
  object_class->get_property = sirkel_measurement_row_get_property;
  object_class->set_property = sirkel_measurement_row_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_MEASUREMENT] =
    g_param_spec_object ("measurement", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measurement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementRow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementRow, value_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementRow, delete_button);
}

static void
sirkel_measurement_row_init (SirkelMeasurementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sirkel_measurement_row_new:
 * @measurement: a measurement of @document
 *
 * Returns: (transfer floating): the row of @measurement
 */
GtkWidget *
sirkel_measurement_row_new (SirkelDocument *document,
                            SirkelEntity   *measurement)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (measurement), NULL);

  return g_object_new (SIRKEL_TYPE_MEASUREMENT_ROW,
                       "document", document,
                       "measurement", measurement,
                       NULL);
}

SirkelEntity *
sirkel_measurement_row_get_measurement (SirkelMeasurementRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_ROW (self), NULL);

  return self->measurement;
}

/* @unit: (nullable): the indicator's unit, shown after the value */
void
sirkel_measurement_row_set_unit (SirkelMeasurementRow *self,
                                 const char           *unit)
{
  gboolean has_unit = unit != NULL && *unit != '\0';

  g_return_if_fail (SIRKEL_IS_MEASUREMENT_ROW (self));

  gtk_label_set_label (self->unit_label, has_unit ? unit : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), has_unit);
  /* A long unit is cut short on screen; its tooltip and a screen reader give it whole. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->unit_label), has_unit ? unit : NULL);
  if (has_unit)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->value_entry),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, unit, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->value_entry),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

GtkEditable *
sirkel_measurement_row_get_date_entry (SirkelMeasurementRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_ROW (self), NULL);

  return GTK_EDITABLE (self->date_entry);
}

GtkEditable *
sirkel_measurement_row_get_value_entry (SirkelMeasurementRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_ROW (self), NULL);

  return GTK_EDITABLE (self->value_entry);
}

GtkEditable *
sirkel_measurement_row_get_note_entry (SirkelMeasurementRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_ROW (self), NULL);

  return GTK_EDITABLE (self->note_entry);
}

GtkWidget *
sirkel_measurement_row_get_delete_button (SirkelMeasurementRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_ROW (self), NULL);

  return self->delete_button;
}
