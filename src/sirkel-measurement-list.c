/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurementList: see sirkel-measurement-list.h. Each measurement keeps its row
 * (SirkelMeasurementRow) for as long as it is there, so a refresh after an action, also one
 * made in the row itself, leaves the focus and the user's typing alone; the list box sorts the
 * rows by date, and a row asks it to sort again when its date changes.
 */
#define G_LOG_DOMAIN "sirkel-measurement-list"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-measurement-list.h"
#include "sirkel-measurement-row.h"
#include "sirkel-plan-fields.h"
#include "sirkel-text.h"

struct _SirkelMeasurementList
{
  AdwBin          parent_instance;

  SirkelDocument *document;
  SirkelEntity   *indicator;
  guint           n_measurements;

  /* Template children */
  GtkListBox     *measurement_list;
  GtkWidget      *new_date_entry;
  GtkWidget      *new_value_entry;
  GtkLabel       *new_unit_label;
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

/* Oldest first; ISO dates sort as text. Two of one day keep an order of their own. */
static int
sort_rows_cb (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       unused)
{
  SirkelEntity *x = sirkel_measurement_row_get_measurement (SIRKEL_MEASUREMENT_ROW (a));
  SirkelEntity *y = sirkel_measurement_row_get_measurement (SIRKEL_MEASUREMENT_ROW (b));
  int order = g_strcmp0 (sirkel_entity_get_text (x, "measured_on"),
                         sirkel_entity_get_text (y, "measured_on"));

  if (order != 0)
    return order;
  return memcmp (sirkel_entity_get_id (x), sirkel_entity_get_id (y), sizeof (SirkelId));
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The focus was in a row that went (deleted, or its indicator changed): it goes to the
 * delete button of the row now in that place, else of the one before, else to the new
 * measurement's date. */
static void
restore_focus (SirkelMeasurementList *self,
               int                    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->measurement_list, index);

  if (row == NULL && index > 0)
    row = gtk_list_box_get_row_at_index (self->measurement_list, index - 1);
  if (row != NULL)
    gtk_widget_grab_focus (sirkel_measurement_row_get_delete_button (SIRKEL_MEASUREMENT_ROW (row)));
  else
    gtk_widget_grab_focus (self->new_date_entry);
}

/**
 * sirkel_measurement_list_refresh:
 *
 * Shows the indicator's measurements as the document has them: a row for a new one, none for
 * one that went, the unit as it is now and the order by date.
 */
void
sirkel_measurement_list_refresh (SirkelMeasurementList *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  const char *unit = NULL;
  GListModel *all;
  GHashTableIter iter;
  GtkListBoxRow *row;
  gpointer measurement;
  int lost_focus = -1;
  SirkelId id;

  g_return_if_fail (SIRKEL_IS_MEASUREMENT_LIST (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measurements.add", writable (self));
  if (self->indicator != NULL)
    {
      all = sirkel_document_get_list (self->document, "measurement");
      unit = sirkel_entity_get_text (self->indicator, "unit");
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          SirkelEntity *item = g_list_model_get_item (all, i);

          if (sirkel_entity_get_ref (item, "eval_indicator_id", &id) &&
              sirkel_id_equal (&id, sirkel_entity_get_id (self->indicator)))
            g_hash_table_add (wanted, item);
          else
            g_object_unref (item);
        }
    }

  /* Rows of measurements still there stay; the others go. */
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->measurement_list, i)) != NULL; )
    {
      SirkelEntity *shown = sirkel_measurement_row_get_measurement (SIRKEL_MEASUREMENT_ROW (row));

      if (g_hash_table_remove (wanted, shown))
        {
          i++;
          continue;
        }
      if (has_focus_within (GTK_WIDGET (row)))
        lost_focus = i;
      gtk_list_box_remove (self->measurement_list, GTK_WIDGET (row));
    }
  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, &measurement, NULL))
    gtk_list_box_append (self->measurement_list,
                         sirkel_measurement_row_new (self->document, measurement));

  /* The row to add one shows the unit too, so that its entries stand under those above. */
  gtk_label_set_label (self->new_unit_label, unit != NULL ? unit : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_unit_label), unit);
  gtk_widget_set_visible (GTK_WIDGET (self->new_unit_label), unit != NULL && *unit != '\0');
  self->n_measurements = 0;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->measurement_list, i)) != NULL; i++)
    {
      sirkel_measurement_row_set_unit (SIRKEL_MEASUREMENT_ROW (row), unit);
      self->n_measurements++;
    }
  gtk_list_box_invalidate_sort (self->measurement_list);
  if (lost_focus >= 0)
    restore_focus (self, lost_focus);
}

/**
 * sirkel_measurement_list_get_row:
 * @position: the place of the row, from 0, oldest first
 *
 * Returns: (transfer none) (nullable): the row of the measurement at @position
 */
SirkelMeasurementRow *
sirkel_measurement_list_get_row (SirkelMeasurementList *self,
                                 guint                  position)
{
  g_return_val_if_fail (SIRKEL_IS_MEASUREMENT_LIST (self), NULL);

  return (SirkelMeasurementRow *) gtk_list_box_get_row_at_index (self->measurement_list,
                                                                 (int) position);
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
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurementList, new_unit_label);
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

  gtk_list_box_set_sort_func (self->measurement_list, sort_rows_cb, NULL, NULL);

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
