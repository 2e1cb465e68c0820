/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Læring page's list views; see sirkel-learning-list.h.
 */
#define G_LOG_DOMAIN "sirkel-learning-list"

#include "config.h"

#include "sirkel-learning-list.h"

typedef struct
{
  SirkelLearningFormatFunc format;
} Factory;

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Factory                  *data)
{
  gtk_list_item_set_child (item, sirkel_learning_row_new (data->format));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  sirkel_learning_row_set_entity (SIRKEL_LEARNING_ROW (gtk_list_item_get_child (item)),
                                  gtk_list_item_get_item (item));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  sirkel_learning_row_set_entity (SIRKEL_LEARNING_ROW (gtk_list_item_get_child (item)), NULL);
}

/**
 * sirkel_learning_list_bind:
 * @model: (transfer full): the entities to show, in order
 * @delete_action: the action Delete activates in the list
 *
 * Returns: (transfer none): the selection over @model that @view shows; @view holds it
 */
GtkSingleSelection *
sirkel_learning_list_bind (GtkListView              *view,
                           GListModel               *model,
                           SirkelLearningFormatFunc  format,
                           const char               *delete_action)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection = gtk_single_selection_new (model);
  GtkShortcutController *shortcuts;
  Factory *data = g_new0 (Factory, 1);

  g_return_val_if_fail (GTK_IS_LIST_VIEW (view), NULL);
  g_return_val_if_fail (format != NULL && delete_action != NULL, NULL);

  data->format = format;
  g_object_set_data_full (G_OBJECT (factory), "sirkel-learning-format", data, g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  gtk_list_view_set_factory (view, factory);
  g_object_unref (factory);

  gtk_single_selection_set_autoselect (selection, TRUE);
  gtk_single_selection_set_can_unselect (selection, FALSE);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete,
                                                                                  0),
                                                          gtk_named_action_new (delete_action)));
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (shortcuts));
  return selection;
}

/**
 * sirkel_learning_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected entity
 */
SirkelEntity *
sirkel_learning_list_get_selected (GtkSingleSelection *selection)
{
  g_return_val_if_fail (selection == NULL || GTK_IS_SINGLE_SELECTION (selection), NULL);

  return selection != NULL ? gtk_single_selection_get_selected_item (selection) : NULL;
}

/**
 * sirkel_learning_list_follow:
 * @current: (inout): the entity a sub-page edits, a reference it holds
 * @entity: (nullable): the entity to edit now
 * @notify_cb: connected to @entity's "notify" swapped with @pane, and taken off the old one
 *
 * Returns: TRUE when *@current changed, so the editor must be bound again
 */
gboolean
sirkel_learning_list_follow (SirkelEntity **current,
                             SirkelEntity  *entity,
                             GCallback      notify_cb,
                             gpointer       pane)
{
  g_return_val_if_fail (current != NULL, FALSE);

  if (*current == entity)
    return FALSE;
  if (*current != NULL)
    g_signal_handlers_disconnect_by_func (*current, notify_cb, pane);
  g_set_object (current, entity);
  if (entity != NULL)
    g_signal_connect_object (entity, "notify", notify_cb, pane, G_CONNECT_SWAPPED);
  return TRUE;
}

/* Selects the entity with @id and scrolls to it; returns whether the list shows it. */
gboolean
sirkel_learning_list_select (GtkListView        *view,
                             GtkSingleSelection *selection,
                             const SirkelId     *id)
{
  GListModel *model;

  g_return_val_if_fail (GTK_IS_LIST_VIEW (view), FALSE);
  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  model = G_LIST_MODEL (selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SirkelEntity) entity = g_list_model_get_item (model, i);

      if (!sirkel_id_equal (sirkel_entity_get_id (entity), id))
        continue;
      gtk_single_selection_set_selected (selection, i);
      gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", i);
      return TRUE;
    }
  return FALSE;
}

/**
 * sirkel_learning_list_keep_order:
 * @filtered: (nullable): a filter model over @sorted's items, or over @sorted
 *
 * Sorts @sorted again when two neighbours are out of order, and filters @filtered again when
 * a row it shows should be hidden or one it hides should show.
 */
void
sirkel_learning_list_keep_order (GtkSortListModel   *sorted,
                                 GtkFilterListModel *filtered)
{
  GtkSorter *sorter;
  GtkFilter *filter;
  GListModel *source;
  guint n, matching = 0;

  g_return_if_fail (GTK_IS_SORT_LIST_MODEL (sorted));
  g_return_if_fail (filtered == NULL || GTK_IS_FILTER_LIST_MODEL (filtered));

  sorter = gtk_sort_list_model_get_sorter (sorted);
  n = g_list_model_get_n_items (G_LIST_MODEL (sorted));
  for (guint i = 1; sorter != NULL && i < n; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (G_LIST_MODEL (sorted), i - 1);
      g_autoptr(GObject) b = g_list_model_get_item (G_LIST_MODEL (sorted), i);

      if (gtk_sorter_compare (sorter, a, b) == GTK_ORDERING_LARGER)
        {
          gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
          break;
        }
    }
  if (filtered == NULL || (filter = gtk_filter_list_model_get_filter (filtered)) == NULL)
    return;
  source = gtk_filter_list_model_get_model (filtered);
  for (guint i = 0; source != NULL && i < g_list_model_get_n_items (source); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (source, i);

      matching += gtk_filter_match (filter, item) ? 1 : 0;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filtered)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (filtered), i);

      if (!gtk_filter_match (filter, item))
        matching = G_MAXUINT;
    }
  if (matching != g_list_model_get_n_items (G_LIST_MODEL (filtered)))
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}
