/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEntityList: see sirkel-entity-list.h.
 *
 * Invariants: model is NULL or the model shown (the document's list for table, passed through
 * model_func); n_items follows it. The format and model functions are set once, by the page's
 * init, before any document arrives; user_data is the page, which outlives the list.
 */
#define G_LOG_DOMAIN "sirkel-entity-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-entity-list.h"

#define INDENT_WIDTH 24

struct _SirkelEntityList
{
  AdwBin                  parent_instance;

  char                   *table;
  SirkelDocument         *document;
  SirkelProjectStatus    *status;
  GListModel             *model;
  SirkelEntityFormatFunc  format_func;
  gpointer                format_data;
  SirkelEntityModelFunc   model_func;
  gpointer                model_data;
  GSignalGroup           *status_signals;

  /* Template children */
  AdwPreferencesGroup    *group;
  GtkListBox             *list_box;
  GtkLabel               *placeholder;
};

G_DEFINE_FINAL_TYPE (SirkelEntityList, sirkel_entity_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_EMPTY_TEXT,
  PROP_TABLE,
  PROP_DOCUMENT,
  PROP_STATUS,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
format_row (SirkelEntityList *self,
            AdwActionRow     *row,
            SirkelEntity     *entity,
            guint            *depth)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->format_func != NULL)
    self->format_func (entity, &title, &subtitle, depth, self->format_data);
  if (title == NULL || *title == '\0')
    {
      g_free (title);
      title = g_strdup (*sirkel_entity_get_title (entity) != '\0' ? sirkel_entity_get_title (entity)
                                                                 : _("Untitled"));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle != NULL ? subtitle : "");
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  SirkelEntityList *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  guint depth = 0;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  format_row (self, ADW_ACTION_ROW (row), item, &depth);
  if (depth > 0)
    {
      /* A sub-item: its text is indented, inside the row so that the box stays whole. */
      GtkWidget *indent = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_set_size_request (indent, (int) (INDENT_WIDTH * depth), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), indent);
    }
  return row;
}

static void
model_items_changed_cb (SirkelEntityList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static void
rebind (SirkelEntityList *self)
{
  GListModel *base = NULL;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_clear_object (&self->model);
  if (self->document != NULL && self->table != NULL)
    base = sirkel_document_get_list (self->document, self->table);
  if (base != NULL && self->model_func != NULL)
    self->model = self->model_func (base, self->model_data);
  else if (base != NULL)
    self->model = g_object_ref (base);
  if (self->model != NULL)
    g_signal_connect_object (self->model, "items-changed", G_CALLBACK (model_items_changed_cb),
                             self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->list_box, self->model, self->model != NULL ? create_row_cb : NULL,
                           self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static void
sirkel_entity_list_dispose (GObject *object)
{
  SirkelEntityList *self = SIRKEL_ENTITY_LIST (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  /* The bin's child is a template child: GTK 4.8 would unparent it behind AdwBin's back,
   * leaving AdwBin to unparent a dead widget, so the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_ENTITY_LIST);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->status_signals);
  g_clear_object (&self->status);
  g_clear_object (&self->document);
  g_clear_pointer (&self->table, g_free);

  G_OBJECT_CLASS (sirkel_entity_list_parent_class)->dispose (object);
}

static void
sirkel_entity_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SirkelEntityList *self = SIRKEL_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (self->group));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, adw_preferences_group_get_description (self->group));
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, gtk_label_get_label (self->placeholder));
      break;
    case PROP_TABLE:
      g_value_set_string (value, self->table);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_STATUS:
      g_value_set_object (value, self->status);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, sirkel_entity_list_get_n_items (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_entity_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SirkelEntityList *self = SIRKEL_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      adw_preferences_group_set_title (self->group, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      adw_preferences_group_set_description (self->group, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      gtk_label_set_label (self->placeholder, g_value_get_string (value));
      break;
    case PROP_TABLE:
      g_free (self->table);
      self->table = g_value_dup_string (value);
      rebind (self);
      break;
    case PROP_DOCUMENT:
      if (g_set_object (&self->document, g_value_get_object (value)))
        rebind (self);
      break;
    case PROP_STATUS:
      if (g_set_object (&self->status, g_value_get_object (value)))
        g_signal_group_set_target (self->status_signals, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_entity_list_class_init (SirkelEntityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_entity_list_dispose;
  object_class->get_property = sirkel_entity_list_get_property;
  object_class->set_property = sirkel_entity_list_set_property;

  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties [PROP_EMPTY_TEXT] = g_param_spec_string ("empty-text", NULL, NULL, NULL, flags);
  properties [PROP_TABLE] = g_param_spec_string ("table", NULL, NULL, NULL, flags);
  properties [PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                                                    flags);
  properties [PROP_STATUS] = g_param_spec_object ("status", NULL, NULL, SIRKEL_TYPE_PROJECT_STATUS,
                                                  flags);
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-entity-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelEntityList, group);
  gtk_widget_class_bind_template_child (widget_class, SirkelEntityList, list_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelEntityList, placeholder);
}

static void
sirkel_entity_list_init (SirkelEntityList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed",
                                 G_CALLBACK (sirkel_entity_list_refresh),
                                 self, G_CONNECT_SWAPPED);
}

void
sirkel_entity_list_set_format_func (SirkelEntityList       *self,
                                    SirkelEntityFormatFunc  func,
                                    gpointer                user_data)
{
  g_return_if_fail (SIRKEL_IS_ENTITY_LIST (self));

  self->format_func = func;
  self->format_data = user_data;
  sirkel_entity_list_refresh (self);
}

void
sirkel_entity_list_set_model_func (SirkelEntityList      *self,
                                   SirkelEntityModelFunc  func,
                                   gpointer               user_data)
{
  g_return_if_fail (SIRKEL_IS_ENTITY_LIST (self));

  self->model_func = func;
  self->model_data = user_data;
  rebind (self);
}

guint
sirkel_entity_list_get_n_items (SirkelEntityList *self)
{
  g_return_val_if_fail (SIRKEL_IS_ENTITY_LIST (self), 0);

  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

/* The rows the list box shows; for tests. */
guint
sirkel_entity_list_count_rows (SirkelEntityList *self)
{
  guint n = 0;

  g_return_val_if_fail (SIRKEL_IS_ENTITY_LIST (self), 0);

  while (gtk_list_box_get_row_at_index (self->list_box, (int) n) != NULL)
    n++;
  return n;
}

/* Formats every row again, for changes that the list models do not signal, such as a
 * measure's new title shown in its evaluations' subtitles. */
void
sirkel_entity_list_refresh (SirkelEntityList *self)
{
  g_return_if_fail (SIRKEL_IS_ENTITY_LIST (self));

  /* A sorted view may need a new order even though no row came or went. */
  if (GTK_IS_SORT_LIST_MODEL (self->model))
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (GTK_SORT_LIST_MODEL (self->model)),
                        GTK_SORTER_CHANGE_DIFFERENT);
  for (guint i = 0; i < sirkel_entity_list_get_n_items (self); i++)
    {
      g_autoptr(SirkelEntity) entity = g_list_model_get_item (self->model, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, (int) i);
      guint depth = 0;

      if (ADW_IS_ACTION_ROW (row))
        format_row (self, ADW_ACTION_ROW (row), entity, &depth);
    }
}
