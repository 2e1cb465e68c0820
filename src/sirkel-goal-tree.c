/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalTree: see sirkel-goal-tree.h.
 *
 * The GtkTreeListModel asks create_children_cb for a goal's children when it makes the goal's
 * row; a goal without children gets none, so its row has no expander. The stores handed out
 * are tracked weakly (stores) and brought up to date by sync (), which runs after every
 * change of the goal list. A goal that gains or loses its first child is put back into its
 * store, so that the tree model asks again whether it has children.
 *
 * Invariants: parent_of maps the id of every goal with a (live, loop-free) parent to that
 * parent's id, as of the last sync; expandable holds the ids of goals that had children then.
 * Every store in stores has its parent's id as "sirkel-goal-parent" data.
 */
#define G_LOG_DOMAIN "sirkel-goal-tree"

#include "config.h"

#include "sirkel-goal-tree.h"

#define PARENT_KEY "sirkel-goal-parent"

struct _SirkelGoalTree
{
  GObject           parent_instance;

  GListModel       *goals;        /* the document's goal list, or NULL */
  GListStore       *root;
  GtkTreeListModel *model;
  GPtrArray        *stores;       /* weak: child stores the tree model holds */
  GHashTable       *parent_of;    /* goal id → parent id (strings) */
  GHashTable       *expandable;   /* set of goal ids */
};

G_DEFINE_FINAL_TYPE (SirkelGoalTree, sirkel_goal_tree, G_TYPE_OBJECT)

static char *
id_string (SirkelEntity *goal)
{
  return sirkel_entity_dup_id_string (goal);
}

/* Goal id → entity, for the current goal list. */
static GHashTable *
index_goals (SirkelGoalTree *self)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  guint n = self->goals != NULL ? g_list_model_get_n_items (self->goals) : 0;

  for (guint i = 0; i < n; i++)
    {
      SirkelEntity *goal = g_list_model_get_item (self->goals, i);

      g_hash_table_replace (index, id_string (goal), goal);
    }
  return index;
}

/* Whether following parents from @id comes back to it: a loop in a damaged file. */
static gboolean
in_loop (GHashTable *raw_parent,
         const char *id,
         guint       n_goals)
{
  const char *at = g_hash_table_lookup (raw_parent, id);

  for (guint i = 0; at != NULL && i < n_goals; i++)
    {
      if (g_str_equal (at, id))
        return TRUE;
      at = g_hash_table_lookup (raw_parent, at);
    }
  return FALSE;
}

static void
compute_parents (SirkelGoalTree *self)
{
  g_autoptr(GHashTable) index = index_goals (self);
  g_autoptr(GHashTable) raw_parent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, index);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SirkelId parent_id;
      char *parent;

      if (!sirkel_entity_get_ref (value, "parent_id", &parent_id))
        continue;
      parent = sirkel_id_to_string (&parent_id);
      if (g_hash_table_contains (index, parent))
        g_hash_table_insert (raw_parent, g_strdup (key), parent);
      else
        g_free (parent);
    }
  g_hash_table_remove_all (self->parent_of);
  g_hash_table_iter_init (&iter, raw_parent);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!in_loop (raw_parent, key, g_hash_table_size (index)))
      g_hash_table_insert (self->parent_of, g_strdup (key), g_strdup (value));
}

/* The goals under @parent_id (NULL for the top level), in the goal list's order. */
static GPtrArray *
children_of (SirkelGoalTree *self,
             const char     *parent_id)
{
  GPtrArray *children = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->goals != NULL ? g_list_model_get_n_items (self->goals) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SirkelEntity) goal = g_list_model_get_item (self->goals, i);
      g_autofree char *id = id_string (goal);

      if (g_strcmp0 (g_hash_table_lookup (self->parent_of, id), parent_id) == 0)
        g_ptr_array_add (children, g_steal_pointer (&goal));
    }
  return children;
}

static gboolean
has_children (SirkelGoalTree *self,
              const char     *id)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->parent_of);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_str_equal (value, id))
      return TRUE;
  return FALSE;
}

static void
store_finalized_cb (gpointer  data,
                    GObject  *where_the_object_was)
{
  SirkelGoalTree *self = data;

  g_ptr_array_remove_fast (self->stores, where_the_object_was);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  SirkelGoalTree *self = user_data;
  g_autofree char *id = id_string (item);
  g_autoptr(GPtrArray) children = NULL;
  GListStore *store;

  if (!has_children (self, id))
    return NULL;
  children = children_of (self, id);
  store = g_list_store_new (SIRKEL_TYPE_ENTITY);
  g_list_store_splice (store, 0, 0, children->pdata, children->len);
  g_object_set_data_full (G_OBJECT (store), PARENT_KEY, g_steal_pointer (&id), g_free);
  g_object_weak_ref (G_OBJECT (store), store_finalized_cb, self);
  g_ptr_array_add (self->stores, store);
  return G_LIST_MODEL (store);
}

/* Brings @store to @wanted: replaced whole if the goals differ, otherwise only the goals
 * that gained or lost children are put back in place. */
static void
sync_store (SirkelGoalTree *self,
            GListStore     *store,
            GPtrArray      *wanted)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  gboolean same = n == wanted->len;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(SirkelEntity) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      same = item == g_ptr_array_index (wanted, i);
    }
  if (!same)
    {
      g_list_store_splice (store, 0, n, wanted->pdata, wanted->len);
      return;
    }
  for (guint i = 0; i < wanted->len; i++)
    {
      SirkelEntity *goal = g_ptr_array_index (wanted, i);
      g_autofree char *id = id_string (goal);

      if (has_children (self, id) != g_hash_table_contains (self->expandable, id))
        g_list_store_splice (store, i, 1, (gpointer *) &goal, 1);
    }
}

static void
remember_expandable (SirkelGoalTree *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_remove_all (self->expandable);
  g_hash_table_iter_init (&iter, self->parent_of);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_hash_table_add (self->expandable, g_strdup (value));
}

/**
 * sirkel_goal_tree_sync:
 *
 * Brings the tree up to date with the goal list. It runs by itself when goals come or go;
 * call it after an action that may have changed a goal's parent.
 */
void
sirkel_goal_tree_sync (SirkelGoalTree *self)
{
  g_autoptr(GPtrArray) top = NULL;
  g_autoptr(GPtrArray) stores = NULL;

  g_return_if_fail (SIRKEL_IS_GOAL_TREE (self));

  compute_parents (self);
  top = children_of (self, NULL);
  sync_store (self, self->root, top);
  /* A copy with references: a splice may drop rows and with them other stores. */
  stores = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->stores->len; i++)
    g_ptr_array_add (stores, g_object_ref (g_ptr_array_index (self->stores, i)));
  for (guint i = 0; i < stores->len; i++)
    {
      GListStore *store = g_ptr_array_index (stores, i);
      g_autoptr(GPtrArray) wanted = children_of (self, g_object_get_data (G_OBJECT (store),
                                                                          PARENT_KEY));

      sync_store (self, store, wanted);
    }
  remember_expandable (self);
}

static void
sirkel_goal_tree_dispose (GObject *object)
{
  SirkelGoalTree *self = SIRKEL_GOAL_TREE (object);

  sirkel_goal_tree_set_goals (self, NULL);
  for (guint i = 0; i < self->stores->len; i++)
    g_object_weak_unref (g_ptr_array_index (self->stores, i), store_finalized_cb, self);
  g_ptr_array_set_size (self->stores, 0);
  g_clear_object (&self->model);
  g_clear_object (&self->root);

  G_OBJECT_CLASS (sirkel_goal_tree_parent_class)->dispose (object);
}

static void
sirkel_goal_tree_finalize (GObject *object)
{
  SirkelGoalTree *self = SIRKEL_GOAL_TREE (object);

  g_clear_pointer (&self->stores, g_ptr_array_unref);
  g_clear_pointer (&self->parent_of, g_hash_table_unref);
  g_clear_pointer (&self->expandable, g_hash_table_unref);

  G_OBJECT_CLASS (sirkel_goal_tree_parent_class)->finalize (object);
}

static void
sirkel_goal_tree_class_init (SirkelGoalTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sirkel_goal_tree_dispose;
  object_class->finalize = sirkel_goal_tree_finalize;
}

static void
sirkel_goal_tree_init (SirkelGoalTree *self)
{
  self->stores = g_ptr_array_new ();
  self->parent_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->expandable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->root = g_list_store_new (SIRKEL_TYPE_ENTITY);
  self->model = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->root)), FALSE, TRUE,
                                         create_children_cb, self, NULL);
}

SirkelGoalTree *
sirkel_goal_tree_new (void)
{
  return g_object_new (SIRKEL_TYPE_GOAL_TREE, NULL);
}

/* @goals: (nullable): the document's goal list */
void
sirkel_goal_tree_set_goals (SirkelGoalTree *self,
                            GListModel     *goals)
{
  g_return_if_fail (SIRKEL_IS_GOAL_TREE (self));
  g_return_if_fail (goals == NULL || G_IS_LIST_MODEL (goals));

  if (self->goals == goals)
    return;
  if (self->goals != NULL)
    g_signal_handlers_disconnect_by_func (self->goals, sirkel_goal_tree_sync, self);
  g_set_object (&self->goals, goals);
  if (goals != NULL)
    g_signal_connect_swapped (goals, "items-changed", G_CALLBACK (sirkel_goal_tree_sync), self);
  /* A new document: its goals are new objects, so every store is replaced. */
  if (self->root != NULL)
    sirkel_goal_tree_sync (self);
}

/* Returns: (transfer none): the tree model, whose items are GtkTreeListRows of goals */
GtkTreeListModel *
sirkel_goal_tree_get_model (SirkelGoalTree *self)
{
  g_return_val_if_fail (SIRKEL_IS_GOAL_TREE (self), NULL);

  return self->model;
}

static guint
position_of (SirkelGoalTree *self,
             const char     *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->model, i);
      g_autoptr(SirkelEntity) goal = gtk_tree_list_row_get_item (row);
      g_autofree char *goal_id = id_string (goal);

      if (g_str_equal (goal_id, id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * sirkel_goal_tree_find:
 *
 * Expands the goal's ancestors as needed.
 *
 * Returns: the position of the goal with @id in the tree model, or %GTK_INVALID_LIST_POSITION
 */
guint
sirkel_goal_tree_find (SirkelGoalTree *self,
                       const SirkelId *id)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) ancestors = NULL;
  guint position;

  g_return_val_if_fail (SIRKEL_IS_GOAL_TREE (self), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (id != NULL, GTK_INVALID_LIST_POSITION);

  text = sirkel_id_to_string (id);
  position = position_of (self, text);
  if (position != GTK_INVALID_LIST_POSITION)
    return position;

  /* Hidden under a collapsed goal: open the way down from the top. */
  ancestors = g_ptr_array_new ();
  for (const char *at = g_hash_table_lookup (self->parent_of, text);
       at != NULL && ancestors->len <= g_hash_table_size (self->parent_of);
       at = g_hash_table_lookup (self->parent_of, at))
    g_ptr_array_insert (ancestors, 0, (gpointer) at);
  for (guint i = 0; i < ancestors->len; i++)
    {
      guint at = position_of (self, g_ptr_array_index (ancestors, i));
      g_autoptr(GtkTreeListRow) row = NULL;

      if (at == GTK_INVALID_LIST_POSITION)
        return GTK_INVALID_LIST_POSITION;
      row = gtk_tree_list_model_get_row (self->model, at);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
  return position_of (self, text);
}

/**
 * sirkel_goal_tree_find_shown:
 *
 * Returns: the position of the goal with @id, or of its nearest ancestor that is shown when
 *   it is under a collapsed goal; %GTK_INVALID_LIST_POSITION if neither is there
 */
guint
sirkel_goal_tree_find_shown (SirkelGoalTree *self,
                             const SirkelId *id)
{
  g_autofree char *text = NULL;
  const char *at;
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (SIRKEL_IS_GOAL_TREE (self), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (id != NULL, GTK_INVALID_LIST_POSITION);

  text = sirkel_id_to_string (id);
  at = text;
  for (guint steps = 0; at != NULL && steps <= g_hash_table_size (self->parent_of); steps++)
    {
      position = position_of (self, at);
      if (position != GTK_INVALID_LIST_POSITION)
        break;
      at = g_hash_table_lookup (self->parent_of, at);
    }
  return position;
}

/* Returns: (transfer none) (nullable): the goal @goal is shown under */
SirkelEntity *
sirkel_goal_tree_get_parent (SirkelGoalTree *self,
                             SirkelEntity   *goal)
{
  g_autofree char *id = NULL;
  const char *parent;
  SirkelId parent_id;

  g_return_val_if_fail (SIRKEL_IS_GOAL_TREE (self), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (goal), NULL);

  id = id_string (goal);
  parent = g_hash_table_lookup (self->parent_of, id);
  if (parent == NULL || !sirkel_id_parse (&parent_id, parent) || self->goals == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (self->goals); i++)
    {
      g_autoptr(SirkelEntity) item = g_list_model_get_item (self->goals, i);

      if (sirkel_id_equal (sirkel_entity_get_id (item), &parent_id))
        return item;
    }
  return NULL;
}

/**
 * sirkel_goal_tree_dup_children:
 * @parent: (nullable): a goal, or %NULL for the top level
 *
 * Returns: (transfer container) (element-type SirkelEntity): the goals shown under @parent,
 *   in order
 */
GPtrArray *
sirkel_goal_tree_dup_children (SirkelGoalTree *self,
                               SirkelEntity   *parent)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (SIRKEL_IS_GOAL_TREE (self), NULL);
  g_return_val_if_fail (parent == NULL || SIRKEL_IS_ENTITY (parent), NULL);

  if (parent != NULL)
    id = id_string (parent);
  return children_of (self, id);
}
