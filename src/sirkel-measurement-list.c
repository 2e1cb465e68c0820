/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurementList: see sirkel-measurement-list.h. The rows are made anew only when what
 * they show changed (measurements_key: the unit and every measurement's id, date, value and
 * note, in order), so a refresh after an unrelated action leaves the focus where it is.
 */
#define G_LOG_DOMAIN "sirkel-measurement-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-measurement-list.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"
#include "sirkel-text.h"

struct _SirkelMeasurementList
{
  AdwBin          parent_instance;

  SirkelDocument *document;
  SirkelEntity   *indicator;
  char           *measurements_key;
  guint           n_measurements;

  /* Template children */
  GtkListBox     *measurement_list;
  GtkWidget      *new_date_entry;
  GtkWidget      *new_value_entry;
  GtkWidget      *new_note_entry;
  GtkLabel       *add_error_label;
};

G_DEFINE_FINAL_TYPE (SirkelMeasurementList, sirkel_measurement_list, ADW_TYPE_BIN)

static gboolean
writable (SirkelMeasurementList *self)
{
  return self->document != NULL && self->indicator != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static int
compare_measured_on (gconstpointer a,
                     gconstpointer b)
{
  SirkelEntity *x = *(SirkelEntity **) a;
  SirkelEntity *y = *(SirkelEntity **) b;

  /* ISO dates sort as text. */
  return g_strcmp0 (sirkel_entity_get_text (x, "measured_on"),
                    sirkel_entity_get_text (y, "measured_on"));
}

static GtkWidget *
measurement_row_new (SirkelMeasurementList *self,
                     SirkelEntity              *measurement)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *unit = sirkel_entity_get_text (self->indicator, "unit");
  const char *note = sirkel_entity_get_title (measurement);
  g_autofree char *value = sirkel_plan_format_number (sirkel_entity_get_double (measurement, "value"));
  g_autofree char *date = sirkel_plan_format_date (sirkel_entity_get_text (measurement, "measured_on"));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *id = sirkel_entity_dup_id_string (measurement);
  g_autofree char *tooltip = NULL;

  title = unit != NULL && *unit != '\0' ? g_strdup_printf ("%s %s", value, unit) : g_strdup (value);
  subtitle = *note != '\0' ? g_strdup_printf ("%s · %s", date, note) : g_strdup (date);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: tooltip of the button that deletes a measurement; %s is its date. */
  tooltip = g_strdup_printf (_("Delete the measurement of %s"), date);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "evaluation.delete-measurement");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  gtk_widget_set_name (row, id);
  return row;
}

/**
 * sirkel_measurement_list_refresh:
 *
 * Shows the indicator's measurements as the document has them; the rows are made anew only
 * when what they show changed.
 */
void
sirkel_measurement_list_refresh (SirkelMeasurementList *self)
{
  GListModel *all;
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) key = NULL;
  GtkWidget *child;
  SirkelId id;

  g_return_if_fail (SIRKEL_IS_MEASUREMENT_LIST (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measurements.add", writable (self));
  if (self->indicator == NULL)
    return;
  all = sirkel_document_get_list (self->document, "measurement");
  key = g_string_new (sirkel_entity_get_text (self->indicator, "unit"));

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SirkelEntity) measurement = g_list_model_get_item (all, i);

      if (sirkel_entity_get_ref (measurement, "eval_indicator_id", &id) &&
          sirkel_id_equal (&id, sirkel_entity_get_id (self->indicator)))
        g_ptr_array_add (mine, g_steal_pointer (&measurement));
    }
  g_ptr_array_sort (mine, compare_measured_on);
  for (guint i = 0; i < mine->len; i++)
    {
      SirkelEntity *measurement = g_ptr_array_index (mine, i);
      g_autofree char *text = sirkel_entity_dup_id_string (measurement);

      g_string_append_printf (key, "|%s %s %.17g %s", text,
                              sirkel_entity_get_text (measurement, "measured_on"),
                              sirkel_entity_get_double (measurement, "value"),
                              sirkel_entity_get_title (measurement));
    }
  self->n_measurements = mine->len;
  if (g_strcmp0 (key->str, self->measurements_key) == 0)
    return;
  g_free (self->measurements_key);
  self->measurements_key = g_string_free (g_steal_pointer (&key), FALSE);
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->measurement_list, 0))) != NULL)
    gtk_list_box_remove (self->measurement_list, child);
  for (guint i = 0; i < mine->len; i++)
    gtk_list_box_append (self->measurement_list,
                         measurement_row_new (self, g_ptr_array_index (mine, i)));
}

static void
show_add_error (SirkelMeasurementList *self,
                GtkWidget                 *entry,
                const char                *message)
{
  GtkWidget *entries[] = { self->new_date_entry, self->new_value_entry };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (entries[i] != entry)
      gtk_widget_remove_css_class (entries[i], "error");
  if (entry != NULL)
    gtk_widget_add_css_class (entry, "error");
  gtk_label_set_label (self->add_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), message != NULL);
}

/* Reads the new measurement's date and value as people write them, and adds it as one action. */
static void
add_measurement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SirkelMeasurementList *self = SIRKEL_MEASUREMENT_LIST (widget);
  const char *value_text = gtk_editable_get_text (GTK_EDITABLE (self->new_value_entry));
  const char *note_text = gtk_editable_get_text (GTK_EDITABLE (self->new_note_entry));
  g_autofree char *note = g_strstrip (g_strdup (note_text));
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };
  double value;

  if (!writable (self))
    return;
  if (!sirkel_plan_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->new_date_entry)), &date) ||
      date == NULL)
    {
      show_add_error (self, self->new_date_entry, _("Write the date as 27.03.2025 or 2025-03-27."));
      gtk_widget_grab_focus (self->new_date_entry);
      return;
    }
  /* Either decimal mark: "12,5" as Norwegians write it, "12.5" as figures are copied. */
  if (!sirkel_parse_number (value_text, 0, &value))
    {
      show_add_error (self, self->new_value_entry, _("Write the value as a number, such as 12,5."));
      gtk_widget_grab_focus (self->new_value_entry);
      return;
    }
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_begin (store, _("Add measurement"), &error) ||
      !sirkel_store_insert (store, "measurement", &id, &error,
                            "eval_indicator_id",
                            sirkel_value_id (sirkel_entity_get_id (self->indicator)),
                            "measured_on", sirkel_value_text (date),
                            "value", sirkel_value_double (value),
                            "title", sirkel_value_text (note), NULL) ||
      !sirkel_store_commit (store, &error))
    {
      if (sirkel_store_in_action (store))
        sirkel_store_rollback (store);
      show_add_error (self, NULL, error->message);
      return;
    }
  show_add_error (self, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_value_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_note_entry), "");
  sirkel_measurement_list_refresh (self);
  gtk_widget_grab_focus (self->new_value_entry);
}

static void
add_activate_cb (SirkelMeasurementList *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "measurements.add", NULL);
}

static void
sirkel_measurement_list_dispose (GObject *object)
{
  SirkelMeasurementList *self = SIRKEL_MEASUREMENT_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASUREMENT_LIST);
  g_clear_object (&self->indicator);
  g_clear_object (&self->document);
  g_clear_pointer (&self->measurements_key, g_free);

  G_OBJECT_CLASS (sirkel_measurement_list_parent_class)->dispose (object);
}

static void
sirkel_measurement_list_class_init (SirkelMeasurementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measurement_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measurement-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementList, measurement_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementList, new_date_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementList, new_value_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementList, new_note_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementList, add_error_label);
  gtk_widget_class_bind_template_callback (widget_class, add_activate_cb);

  gtk_widget_class_install_action (widget_class, "measurements.add", NULL, add_measurement_action);
}

static void
sirkel_measurement_list_init (SirkelMeasurementList *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d.%m.%Y");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* A new measurement is most often today's. */
  gtk_editable_set_text (GTK_EDITABLE (self->new_date_entry), today);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measurements.add", FALSE);
}

/* @indicator: (nullable): an eval_indicator of @document */
void
sirkel_measurement_list_set_indicator (SirkelMeasurementList *self,
                                       SirkelDocument        *document,
                                       SirkelEntity          *indicator)
{
  g_return_if_fail (SIRKEL_IS_MEASUREMENT_LIST (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));
  g_return_if_fail (indicator == NULL || SIRKEL_IS_ENTITY (indicator));

  g_set_object (&self->document, document);
  g_set_object (&self->indicator, (document != NULL ? indicator : NULL));
  g_clear_pointer (&self->measurements_key, g_free);
  sirkel_measurement_list_refresh (self);
}

guint
sirkel_measurement_list_get_n_items (SirkelMeasurementList *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_LIST (self), 0);

  return self->n_measurements;
}

/**
 * sirkel_measurement_list_add:
 *
 * Types @date, @value and @note into the row for a new measurement and presses Enter, as a
 * user would; for tests and scripted use.
 *
 * Returns: whether the measurement was added
 */
gboolean
sirkel_measurement_list_add (SirkelMeasurementList *self,
                             const char            *date,
                             const char            *value,
                             const char            *note)
{
  guint before;

  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_LIST (self), FALSE);

  before = self->n_measurements;
  gtk_editable_set_text (GTK_EDITABLE (self->new_date_entry), date != NULL ? date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_value_entry), value != NULL ? value : "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_note_entry), note != NULL ? note : "");
  g_signal_emit_by_name (self->new_value_entry, "activate");
  return self->n_measurements > before;
}
