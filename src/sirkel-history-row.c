/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryRow: see sirkel-history-row.h. One widget for every kind of row, so that the
 * list view can recycle any row for any item; update () shows the parts the item's kind has.
 */
#define G_LOG_DOMAIN "sirkel-history-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-history-row.h"

struct _SirkelHistoryRow
{
  GtkWidget          parent_instance;

  SirkelHistoryItem *item;
  gulong             notify_handler;

  /* Template children */
  GtkWidget         *box;
  GtkImage          *icon;
  GtkWidget         *text_box;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *detail_label;
  GtkLabel          *time_label;
  GtkWidget         *show_button;

  /* The "Show Older Changes" button, made for the one row that needs it */
  GtkWidget         *more_box;
  GtkLabel          *more_label;
};

G_DEFINE_FINAL_TYPE (SirkelHistoryRow, sirkel_history_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The last row's button and count; built in code when first needed, because the list makes
 * up to 200 rows each time the filters change and only one of them ever shows these. */
static void
ensure_more_box (SirkelHistoryRow *self)
{
  GtkWidget *button;

  if (self->more_box != NULL)
    return;
  self->more_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (self->more_box, TRUE);
  gtk_widget_set_halign (self->more_box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (self->more_box, 6);
  gtk_widget_set_margin_bottom (self->more_box, 6);
  button = gtk_button_new_with_mnemonic (_("Show _Older Changes"));
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "history.load-more");
  gtk_box_append (GTK_BOX (self->more_box), button);
  self->more_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->more_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->more_label), "dim-label");
  gtk_box_append (GTK_BOX (self->more_box), GTK_WIDGET (self->more_label));
  gtk_box_append (GTK_BOX (self->box), self->more_box);
}

static void
update (SirkelHistoryRow *self)
{
  SirkelHistoryItemKind kind = self->item != NULL ? sirkel_history_item_get_kind (self->item)
                                                  : SIRKEL_HISTORY_ITEM_DAY;
  gboolean day = kind == SIRKEL_HISTORY_ITEM_DAY;
  gboolean more = kind == SIRKEL_HISTORY_ITEM_MORE;
  gboolean action = kind == SIRKEL_HISTORY_ITEM_ACTION;
  const char *icon_name = NULL;
  const char *summary = NULL;
  const char *tooltip = NULL;
  const char *page = NULL;
  const char *target = NULL;
  gboolean can_show = FALSE;

  if (self->item != NULL)
    {
      icon_name = sirkel_history_item_get_icon_name (self->item);
      summary = sirkel_history_item_get_summary (self->item);
      can_show = sirkel_history_item_get_target (self->item, &page, &target);
    }

  if (more)
    ensure_more_box (self);
  gtk_widget_set_visible (self->text_box, !more);
  if (self->more_box != NULL)
    gtk_widget_set_visible (self->more_box, more);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  if (icon_name != NULL)
    gtk_image_set_from_icon_name (self->icon, icon_name);

  set_label (self->title_label, self->item != NULL && !more ? sirkel_history_item_get_title (self->item) : NULL);
  set_label (self->subtitle_label, action ? sirkel_history_item_get_subtitle (self->item) : NULL);
  set_label (self->detail_label, self->item != NULL && !day && !more
                                 ? sirkel_history_item_get_detail (self->item) : NULL);
  set_label (self->time_label, action ? sirkel_history_item_get_time_text (self->item) : NULL);
  if (self->more_label != NULL)
    set_label (self->more_label, more ? sirkel_history_item_get_subtitle (self->item) : NULL);
  if (day)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "heading");
  /* Room above a day and between actions; a change sits close under its action. */
  gtk_widget_set_margin_top (self->box, day ? 18 : action ? 6 : 3);
  gtk_widget_set_margin_bottom (self->box, day ? 0 : action ? 6 : 3);

  if (can_show)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_button), "(ss)", page, target);
  gtk_widget_set_visible (self->show_button, can_show);

  /* The tooltip is given when asked for (query_tooltip_cb): setting it on every bind would ask
   * the display where the pointer is, for each of the list's 200 rows. */
  tooltip = self->item != NULL && !more ? sirkel_history_item_get_tooltip (self->item) : NULL;
  if (summary != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static gboolean
query_tooltip_cb (SirkelHistoryRow *self,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip)
{
  const char *text;

  if (self->item == NULL || sirkel_history_item_get_kind (self->item) == SIRKEL_HISTORY_ITEM_MORE)
    return FALSE;
  text = sirkel_history_item_get_tooltip (self->item);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
sirkel_history_row_dispose (GObject *object)
{
  SirkelHistoryRow *self = SIRKEL_HISTORY_ROW (object);

  sirkel_history_row_set_item (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_HISTORY_ROW);

  G_OBJECT_CLASS (sirkel_history_row_parent_class)->dispose (object);
}

static void
sirkel_history_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SirkelHistoryRow *self = SIRKEL_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_history_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SirkelHistoryRow *self = SIRKEL_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      sirkel_history_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_history_row_class_init (SirkelHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_history_row_dispose;
  object_class->get_property = sirkel_history_row_get_property;
  object_class->set_property = sirkel_history_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, SIRKEL_TYPE_HISTORY_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, box);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, text_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryRow, show_button);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
}

static void
sirkel_history_row_init (SirkelHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The button's target is set for each item; it is hidden while the item has none. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_button), "(ss)", "", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->show_button), "view.show-item");
}

GtkWidget *
sirkel_history_row_new (void)
{
  return g_object_new (SIRKEL_TYPE_HISTORY_ROW, NULL);
}

SirkelHistoryItem *
sirkel_history_row_get_item (SirkelHistoryRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ROW (self), NULL);

  return self->item;
}

void
sirkel_history_row_set_item (SirkelHistoryRow  *self,
                             SirkelHistoryItem *item)
{
  g_return_if_fail (SIRKEL_IS_HISTORY_ROW (self));
  g_return_if_fail (item == NULL || SIRKEL_IS_HISTORY_ITEM (item));

  if (self->item == item)
    return;
  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_handler, self->item);
  g_set_object (&self->item, item);
  if (item != NULL)
    self->notify_handler = g_signal_connect_swapped (item, "notify", G_CALLBACK (update), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}
