/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurePartners: see sirkel-measure-partners.h. The list shows a filter over the
 * document's measure_partner list, which is ordered by sort key: the rows of this measure.
 * A partner added is found again after the action (its row is made anew) and opened.
 */
#define G_LOG_DOMAIN "sirkel-measure-partners"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-measure-partner-row.h"
#include "sirkel-measure-partners.h"
#include "sirkel-plan-fields.h"

struct _SirkelMeasurePartners
{
  AdwBin              parent_instance;

  SirkelDocument     *document;
  SirkelEntity       *measure;
  GtkFilterListModel *partners;
  gulong              notify_handler;

  /* Template children */
  GtkListBox         *partner_list;
  GtkWidget          *legacy_list;
  AdwEntryRow        *legacy_row;
};

G_DEFINE_FINAL_TYPE (SirkelMeasurePartners, sirkel_measure_partners, ADW_TYPE_BIN)

static gboolean
writable (SirkelMeasurePartners *self)
{
  return self->document != NULL && self->measure != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static gboolean
partner_filter_cb (gpointer item,
                   gpointer user_data)
{
  SirkelMeasurePartners *self = user_data;
  SirkelId measure_id;

  return self->measure != NULL &&
         sirkel_entity_get_ref (item, "measure_id", &measure_id) &&
         sirkel_id_equal (&measure_id, sirkel_entity_get_id (self->measure));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  SirkelMeasurePartners *self = user_data;

  return sirkel_measure_partner_row_new (self->document, item);
}

/* The row of the partner with @id, or NULL. */
static SirkelMeasurePartnerRow *
find_row (SirkelMeasurePartners *self,
          const SirkelId        *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->partner_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SIRKEL_IS_MEASURE_PARTNER_ROW (row) &&
        sirkel_id_equal (sirkel_entity_get_id (sirkel_measure_partner_row_get_partner (SIRKEL_MEASURE_PARTNER_ROW (row))),
                         id))
      return SIRKEL_MEASURE_PARTNER_ROW (row);
  return NULL;
}

/* Move Up and Move Down of each row: not up from the first, not down from the last, neither
 * in a project open read-only. After every change of the list (a partner added, removed or
 * moved), and when the measure or the document's state changes. */
static void
update_moves (SirkelMeasurePartners *self)
{
  gboolean can = writable (self);
  int n = (int) g_list_model_get_n_items (G_LIST_MODEL (self->partners));

  for (int i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->partner_list, i);

      if (SIRKEL_IS_MEASURE_PARTNER_ROW (row))
        sirkel_measure_partner_row_set_movable (SIRKEL_MEASURE_PARTNER_ROW (row),
                                                can && i > 0, can && i < n - 1);
    }
}

/* The measure's partners in their order, as a new array of borrowed entities. */
static GPtrArray *
dup_partners (SirkelMeasurePartners *self)
{
  GPtrArray *partners = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->partners)); i++)
    g_ptr_array_add (partners, g_list_model_get_item (G_LIST_MODEL (self->partners), i));
  return partners;
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelMeasurePartners *self = SIRKEL_MEASURE_PARTNERS (widget);
  g_autoptr(GPtrArray) partners = NULL;
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelMeasurePartnerRow *row;
  SirkelId id = { { 0 } };
  gint64 sort = 0;

  if (!writable (self))
    return;
  partners = dup_partners (self);
  for (guint i = 0; i < partners->len; i++)
    sort = MAX (sort, sirkel_entity_get_int (g_ptr_array_index (partners, i), "sort"));
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_insert (store, "measure_partner", &id, &error,
                            "measure_id", sirkel_value_id (sirkel_entity_get_id (self->measure)),
                            "kind", sirkel_value_text ("other"),
                            "sort", sirkel_value_int (sort + 1), NULL))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  if ((row = find_row (self, &id)) != NULL)
    sirkel_measure_partner_row_focus_title (row);
}

static void
delete_partner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SirkelMeasurePartners *self = SIRKEL_MEASURE_PARTNERS (widget);
  SirkelEntity *partner;
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  SirkelId id;

  if (!writable (self) || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)) ||
      (partner = sirkel_document_find (self->document, "measure_partner", &id)) == NULL)
    return;
  if (*sirkel_entity_get_title (partner) != '\0')
    /* Translators: a toast after removing a partner from a measure; %s is its name. */
    toast = g_strdup_printf (_("Partner “%s” removed"), sirkel_entity_get_title (partner));
  else
    toast = g_strdup (_("Partner removed"));
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_begin (store, _("Remove partner"), &error) ||
      !sirkel_store_delete (store, "measure_partner", &id, &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_plan_toast (widget, toast, TRUE);
}

/* Swaps the partner with its neighbour and numbers the measure's partners 1, 2, 3… */
static void
move_partner (SirkelMeasurePartners *self,
              GVariant              *parameter,
              int                    step)
{
  g_autoptr(GPtrArray) partners = NULL;
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelMeasurePartnerRow *row;
  gpointer swap;
  SirkelId id;
  int index = -1;

  if (!writable (self) || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)))
    return;
  partners = dup_partners (self);
  for (guint i = 0; i < partners->len; i++)
    if (sirkel_id_equal (sirkel_entity_get_id (g_ptr_array_index (partners, i)), &id))
      index = (int) i;
  if (index < 0 || index + step < 0 || index + step >= (int) partners->len)
    return;
  swap = partners->pdata[index];
  partners->pdata[index] = partners->pdata[index + step];
  partners->pdata[index + step] = swap;
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_begin (store, step < 0 ? _("Move partner up") : _("Move partner down"), &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (guint i = 0; i < partners->len; i++)
    {
      SirkelEntity *partner = g_ptr_array_index (partners, i);

      if (sirkel_entity_get_int (partner, "sort") != (gint64) i + 1 &&
          !sirkel_store_set (store, "measure_partner", sirkel_entity_get_id (partner), "sort",
                             sirkel_value_int ((gint64) i + 1), &error))
        {
          sirkel_plan_report_error (GTK_WIDGET (self), store, error);
          return;
        }
    }
  if (!sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  /* The rows are made anew in the new order: the moved one is opened again, where the user
   * was. */
  if ((row = find_row (self, &id)) != NULL)
    sirkel_measure_partner_row_focus_move (row, step);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_partner (SIRKEL_MEASURE_PARTNERS (widget), parameter, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_partner (SIRKEL_MEASURE_PARTNERS (widget), parameter, 1);
}

static void
update_legacy (SirkelMeasurePartners *self)
{
  const char *text = self->measure != NULL ? sirkel_entity_get_text (self->measure, "partners") : NULL;

  /* Shown while it has text, and while the user empties it. */
  if (text != NULL && *text != '\0')
    gtk_widget_set_visible (self->legacy_list, TRUE);
  else if (!gtk_widget_has_focus (GTK_WIDGET (self->legacy_row)) &&
           gtk_widget_get_focus_child (GTK_WIDGET (self->legacy_row)) == NULL)
    gtk_widget_set_visible (self->legacy_list, FALSE);
}

static void
sirkel_measure_partners_dispose (GObject *object)
{
  SirkelMeasurePartners *self = SIRKEL_MEASURE_PARTNERS (object);

  if (self->measure != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measure);
  if (self->partner_list != NULL)
    gtk_list_box_bind_model (self->partner_list, NULL, NULL, NULL, NULL);
  if (self->legacy_row != NULL)
    sirkel_plan_unbind (GTK_WIDGET (self->legacy_row));
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_PARTNERS);
  g_clear_object (&self->partners);
  g_clear_object (&self->measure);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_measure_partners_parent_class)->dispose (object);
}

static void
sirkel_measure_partners_class_init (SirkelMeasurePartnersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_partners_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-partners.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartners, partner_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartners, legacy_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasurePartners, legacy_row);

  gtk_widget_class_install_action (widget_class, "measure.add-partner", NULL, add_partner_action);
  gtk_widget_class_install_action (widget_class, "measure.delete-partner", "s", delete_partner_action);
  gtk_widget_class_install_action (widget_class, "measure.move-partner-up", "s", move_up_action);
  gtk_widget_class_install_action (widget_class, "measure.move-partner-down", "s", move_down_action);
}

static void
sirkel_measure_partners_init (SirkelMeasurePartners *self)
{
  GtkCustomFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  filter = gtk_custom_filter_new (partner_filter_cb, self, NULL);
  self->partners = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
  gtk_list_box_bind_model (self->partner_list, G_LIST_MODEL (self->partners), create_row_cb, self, NULL);
  /* After the list box's own handler, so that the rows exist. */
  g_signal_connect_object (self->partners, "items-changed", G_CALLBACK (update_moves), self,
                           G_CONNECT_SWAPPED);
  sirkel_measure_partners_refresh (self);
}

void
sirkel_measure_partners_set_document (SirkelMeasurePartners *self,
                                      SirkelDocument        *document)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_PARTNERS (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  sirkel_measure_partners_set_measure (self, NULL);
  g_set_object (&self->document, document);
  gtk_filter_list_model_set_model (self->partners, document != NULL
                                   ? sirkel_document_get_list (document, "measure_partner") : NULL);
  sirkel_measure_partners_refresh (self);
}

/* @measure: (nullable): a measure of the document */
void
sirkel_measure_partners_set_measure (SirkelMeasurePartners *self,
                                     SirkelEntity          *measure)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_PARTNERS (self));
  g_return_if_fail (measure == NULL || SIRKEL_IS_ENTITY (measure));

  if (self->measure == measure)
    return;
  if (self->measure != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measure);
  g_set_object (&self->measure, measure);
  if (measure != NULL)
    self->notify_handler = g_signal_connect_swapped (measure, "notify::partners",
                                                     G_CALLBACK (update_legacy), self);
  sirkel_field_bind_editable (GTK_EDITABLE (self->legacy_row), self->document, measure, "partners");
  gtk_widget_set_visible (self->legacy_list, FALSE);
  sirkel_measure_partners_refresh (self);
}

/* The partners as they are now: the filter runs again (a new partner, a new measure). */
void
sirkel_measure_partners_refresh (SirkelMeasurePartners *self)
{
  gboolean can;

  g_return_if_fail (SIRKEL_IS_MEASURE_PARTNERS (self));

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->partners), GTK_FILTER_CHANGE_DIFFERENT);
  update_legacy (self);
  can = writable (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.add-partner", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.delete-partner", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.move-partner-up", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.move-partner-down", can);
  update_moves (self);
}

/* The partners shown; for tests. */
guint
sirkel_measure_partners_get_n_items (SirkelMeasurePartners *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_PARTNERS (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->partners));
}
