/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryPage: see sirkel-history-page.h. The list is a GtkListView over a tree list
 * model whose root is a list store of day headings, actions and the "Show older" row; an
 * action with several changes has them as children. Only the rows on screen are worded (and
 * look up the titles they name), so the page stays quick however long the history is.
 *
 * Invariants: items holds what was read for the current filter, newest first; loaded counts
 * its actions, oldest_seq is the last one's and last_day its day; seen_seq is the newest
 * action of the file when the list was last brought up to date. The filters live in the
 * SirkelHistoryFilterBar above the list, which says when they changed.
 */
#define G_LOG_DOMAIN "sirkel-history-page"

#include "config.h"

#include "sirkel-history-filter-bar.h"
#include "sirkel-history-format.h"
#include "sirkel-history-item.h"
#include "sirkel-history-page.h"
#include "sirkel-history-row.h"

struct _SirkelHistoryPage
{
  SirkelPage              parent_instance;

  GSignalGroup           *store_signals;
  GListStore             *items;
  GtkTreeListModel       *tree;
  guint                   loaded;
  guint                   n_matching;
  guint                   n_total;
  gint64                  oldest_seq;
  gint64                  seen_seq;
  char                   *last_day;
  gboolean                stale;          /* the project changed while the page was hidden */
  gboolean                needs_reload;   /* a new project or filters while it was hidden */

  /* Template children */
  SirkelHistoryFilterBar *filter_bar;
  GtkStack               *list_stack;
  GtkScrolledWindow      *scroller;
  GtkListView            *list_view;
};

G_DEFINE_FINAL_TYPE (SirkelHistoryPage, sirkel_history_page, SIRKEL_TYPE_PAGE)

static SirkelStore *
get_store (SirkelHistoryPage *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  return document != NULL ? sirkel_document_get_store (document) : NULL;
}

static void
update_count (SirkelHistoryPage *self)
{
  sirkel_history_filter_bar_set_count (self->filter_bar, self->n_matching, self->n_total);
  sirkel_page_show_empty (SIRKEL_PAGE (self), self->n_total == 0);
  gtk_stack_set_visible_child_name (self->list_stack, self->n_matching == 0 ? "none" : "list");
}

/* Day headings and actions for @entries (newest first, taken over), the first heading only if
 * the first day is not @last_day; @last_day becomes the day of the last action. */
static GPtrArray *
make_rows (SirkelHistoryPage *self,
           GPtrArray         *entries,
           char             **last_day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  SirkelStore *store = get_store (self);
  gsize n_entries = 0;
  g_autofree gpointer *taken = NULL;

  g_ptr_array_set_free_func (entries, NULL);
  taken = g_ptr_array_steal (entries, &n_entries);
  for (gsize i = 0; i < n_entries; i++)
    {
      SirkelHistoryItem *action = sirkel_history_item_new_action (store, taken[i]);
      const char *day = sirkel_history_item_get_day_key (action);

      if (g_strcmp0 (day, *last_day) != 0)
        {
          g_autofree char *title = sirkel_history_format_day (sirkel_history_item_get_time (action), now);

          g_ptr_array_add (rows, sirkel_history_item_new_day (day, title));
          g_free (*last_day);
          *last_day = g_strdup (day);
        }
      g_ptr_array_add (rows, action);
    }
  return rows;
}

static gboolean
has_more_row (SirkelHistoryPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(SirkelHistoryItem) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->items), n - 1) : NULL;

  return last != NULL && sirkel_history_item_get_kind (last) == SIRKEL_HISTORY_ITEM_MORE;
}

/* Reads the next page of older actions and puts them at the end, in place of the last
 * @n_replaced rows: the "Show older" row, or all of them on a reload, in one change of the
 * model. */
static void
load_page (SirkelHistoryPage *self,
           guint              n_replaced)
{
  SirkelStore *store = get_store (self);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  SirkelHistoryFilter filter;

  if (n_replaced == 0)
    n_replaced = has_more_row (self) ? 1 : 0;
  if (store != NULL && self->loaded < self->n_matching)
    {
      sirkel_history_filter_bar_make_filter (self->filter_bar, &filter, &since, &until);
      filter.before_seq = self->loaded > 0 ? self->oldest_seq : self->seen_seq + 1;
      entries = sirkel_history_query (store, &filter, SIRKEL_HISTORY_PAGE_SIZE, &error);
      if (entries == NULL)
        g_warning ("Could not read the history: %s", error->message);
    }
  if (entries != NULL && entries->len > 0)
    {
      self->loaded += entries->len;
      self->oldest_seq = ((SirkelHistoryEntry *) g_ptr_array_index (entries, entries->len - 1))->seq;
      rows = make_rows (self, entries, &self->last_day);
    }
  else
    rows = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->loaded < self->n_matching)
    g_ptr_array_add (rows, sirkel_history_item_new_more (self->n_matching - self->loaded));
  g_list_store_splice (self->items, n_items - n_replaced, n_replaced, rows->pdata, rows->len);
}

/* Everyone who changed the project, for the author filter. */
static void
update_authors (SirkelHistoryPage *self)
{
  SirkelStore *store = get_store (self);
  g_auto(GStrv) authors = store != NULL ? sirkel_history_dup_authors (store, NULL) : NULL;

  sirkel_history_filter_bar_set_authors (self->filter_bar, (const char * const *) authors);
}

static void
scroll_to_top (SirkelHistoryPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->tree)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* Reads the history again from the newest action, for a new document or new filters. */
static void
reload (SirkelHistoryPage *self)
{
  SirkelStore *store = get_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  SirkelHistoryFilter filter;

  self->loaded = self->n_matching = self->n_total = 0;
  self->oldest_seq = self->seen_seq = 0;
  g_clear_pointer (&self->last_day, g_free);
  self->stale = self->needs_reload = FALSE;
  if (store != NULL)
    {
      sirkel_history_filter_bar_make_filter (self->filter_bar, &filter, &since, &until);
      self->seen_seq = sirkel_store_get_last_action (store);
      filter.before_seq = self->seen_seq + 1;
      if (!sirkel_history_count (store, NULL, &self->n_total, &error) ||
          !sirkel_history_count (store, &filter, &self->n_matching, &error))
        g_warning ("Could not count the history: %s", error->message);
    }
  load_page (self, g_list_model_get_n_items (G_LIST_MODEL (self->items)));
  scroll_to_top (self);
  update_count (self);
}

/* Puts the actions made since the list was read on top, and rewords the rows on screen: the
 * items they name may have been renamed or deleted. */
static void
catch_up (SirkelHistoryPage *self)
{
  SirkelStore *store = get_store (self);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(SirkelHistoryItem) top = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  g_autofree char *day = NULL;
  SirkelHistoryFilter filter;
  guint n_items, n_new = 0;

  self->stale = FALSE;
  if (store == NULL)
    return;
  sirkel_history_filter_bar_make_filter (self->filter_bar, &filter, &since, &until);
  filter.after_seq = self->seen_seq;
  entries = sirkel_history_query (store, &filter, 0, &error);
  self->seen_seq = sirkel_store_get_last_action (store);
  if (entries == NULL)
    {
      g_warning ("Could not read the history: %s", error->message);
      return;
    }
  if (!sirkel_history_count (store, NULL, &self->n_total, &error))
    g_warning ("Could not count the history: %s", error->message);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SirkelHistoryItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      sirkel_history_item_refresh (item);
    }

  n_new = entries->len;
  if (n_new > 0)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
      gboolean at_top = gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment) + 1;
      gint64 oldest = ((SirkelHistoryEntry *) g_ptr_array_index (entries, n_new - 1))->seq;
      gboolean same_day;

      rows = make_rows (self, entries, &day);
      top = n_items > 0 ? g_list_model_get_item (G_LIST_MODEL (self->items), 0) : NULL;
      /* The day the list began with and the new actions' last day share one heading. */
      same_day = top != NULL && sirkel_history_item_get_kind (top) == SIRKEL_HISTORY_ITEM_DAY &&
                 g_strcmp0 (sirkel_history_item_get_day_key (top), day) == 0;
      g_list_store_splice (self->items, 0, same_day ? 1 : 0, rows->pdata, rows->len);
      /* Someone reading the newest changes sees the new ones come in; the list view would
       * keep its old first row in place. */
      if (at_top)
        scroll_to_top (self);
      if (self->loaded == 0)
        {
          g_free (self->last_day);
          self->last_day = g_steal_pointer (&day);
          self->oldest_seq = oldest;
        }
      self->loaded += n_new;
      self->n_matching += n_new;
    }
  update_authors (self);
  update_count (self);
}

static void
store_changed_cb (SirkelHistoryPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    catch_up (self);
  else
    self->stale = TRUE;
}

/* The history is read when the page is shown, not when a project opens. */
static void
reload_when_shown (SirkelHistoryPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->needs_reload = TRUE;
}

static void
document_changed_cb (SirkelHistoryPage *self)
{
  g_signal_group_set_target (self->store_signals, get_store (self));
  /* The rows of the project before let go of its store now, whenever the page is shown. */
  g_list_store_remove_all (self->items);
  update_authors (self);
  reload_when_shown (self);
}

static void
filters_changed_cb (SirkelHistoryPage *self)
{
  reload_when_shown (self);
}

/* The list's rows: an expander (which indents the changes of an action) holding a row. */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *changes = sirkel_history_item_get_changes (item);

  return changes != NULL ? g_object_ref (changes) : NULL;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), sirkel_history_row_new ());
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  g_autoptr(SirkelHistoryItem) item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  sirkel_history_row_set_item (SIRKEL_HISTORY_ROW (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))), item);
  gtk_list_item_set_activatable (list_item, sirkel_history_item_get_kind (item) != SIRKEL_HISTORY_ITEM_DAY);
  gtk_list_item_set_selectable (list_item, sirkel_history_item_get_kind (item) != SIRKEL_HISTORY_ITEM_DAY);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
  sirkel_history_row_set_item (SIRKEL_HISTORY_ROW (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))), NULL);
}

/* Enter or a double click: an action opens or closes; a change shows its item; the last row
 * reads older actions. */
static void
row_activated_cb (SirkelHistoryPage *self,
                  guint              position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr(SirkelHistoryItem) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  const char *page = NULL;
  const char *target = NULL;

  if (item == NULL)
    return;
  if (sirkel_history_item_get_kind (item) == SIRKEL_HISTORY_ITEM_MORE)
    load_page (self, 0);
  else if (gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
  else if (sirkel_history_item_get_target (item, &page, &target))
    gtk_widget_activate_action (GTK_WIDGET (self), "view.show-item", "(ss)", page, target);
}

/* The tree row of the list row that has the keyboard focus, or NULL. */
static GtkTreeListRow *
focused_row (SirkelHistoryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_parent (widget) == GTK_WIDGET (self->list_view))
      {
        GtkWidget *expander = gtk_widget_get_first_child (widget);

        return GTK_IS_TREE_EXPANDER (expander) ? gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander))
                                               : NULL;
      }
  return NULL;
}

/* Right or + opens the focused action, Left or - closes it. */
static gboolean
expand_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  GtkTreeListRow *row = focused_row (SIRKEL_HISTORY_PAGE (user_data));
  gboolean expand = g_variant_get_boolean (args);

  if (row == NULL || !gtk_tree_list_row_is_expandable (row) || gtk_tree_list_row_get_expanded (row) == expand)
    return FALSE;
  gtk_tree_list_row_set_expanded (row, expand);
  return TRUE;
}

static void
add_expand_shortcut (SirkelHistoryPage     *self,
                     GtkShortcutController *controller,
                     gboolean               expand,
                     guint                  key,
                     guint                  plus_key,
                     guint                  keypad_key)
{
  GtkShortcutTrigger *trigger =
    gtk_alternative_trigger_new (gtk_keyval_trigger_new (key, 0),
                                 gtk_alternative_trigger_new (gtk_keyval_trigger_new (plus_key, 0),
                                                              gtk_keyval_trigger_new (keypad_key, 0)));
  GtkShortcut *shortcut = gtk_shortcut_new (trigger, gtk_callback_action_new (expand_shortcut_cb, self, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_boolean (expand));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* Scrolled to within a screen of the end: the next page is read before it is needed. */
static void
scrolled_cb (SirkelHistoryPage *self,
             GtkAdjustment     *adjustment)
{
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);

  if (page > 0 && value + 2 * page >= gtk_adjustment_get_upper (adjustment) && has_more_row (self))
    load_page (self, 0);
}

static void
load_more_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  load_page (SIRKEL_HISTORY_PAGE (widget), 0);
}

static void
clear_filters_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  sirkel_history_filter_bar_clear (SIRKEL_HISTORY_PAGE (widget)->filter_bar);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sirkel_history_filter_bar_focus_search (SIRKEL_HISTORY_PAGE (widget)->filter_bar);
}

static void
sirkel_history_page_map (GtkWidget *widget)
{
  SirkelHistoryPage *self = SIRKEL_HISTORY_PAGE (widget);

  GTK_WIDGET_CLASS (sirkel_history_page_parent_class)->map (widget);

  if (self->needs_reload)
    reload (self);
  else if (self->stale)
    catch_up (self);
}

static void
sirkel_history_page_dispose (GObject *object)
{
  SirkelHistoryPage *self = SIRKEL_HISTORY_PAGE (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_HISTORY_PAGE);
  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->tree);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (sirkel_history_page_parent_class)->dispose (object);
}

static void
sirkel_history_page_finalize (GObject *object)
{
  SirkelHistoryPage *self = SIRKEL_HISTORY_PAGE (object);

  g_clear_pointer (&self->last_day, g_free);

  G_OBJECT_CLASS (sirkel_history_page_parent_class)->finalize (object);
}

static void
sirkel_history_page_class_init (SirkelHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_history_page_dispose;
  object_class->finalize = sirkel_history_page_finalize;
  widget_class->map = sirkel_history_page_map;

  g_type_ensure (SIRKEL_TYPE_HISTORY_FILTER_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "history.load-more", NULL, load_more_action_cb);
  gtk_widget_class_install_action (widget_class, "history.clear-filters", NULL, clear_filters_action_cb);
  gtk_widget_class_install_action (widget_class, "history.search", NULL, search_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "history.search", NULL);
}

static void
sirkel_history_page_init (SirkelHistoryPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (SIRKEL_TYPE_HISTORY_ITEM);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->items)), FALSE, FALSE,
                                        create_children_cb, NULL, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  /* The selection is the keyboard's place in the list, so that it shows; it means nothing else. */
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  /* Captured before the list view, whose own Left and Right bindings would take the keys. */
  keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  add_expand_shortcut (self, GTK_SHORTCUT_CONTROLLER (keys), TRUE, GDK_KEY_Right, GDK_KEY_plus, GDK_KEY_KP_Add);
  add_expand_shortcut (self, GTK_SHORTCUT_CONTROLLER (keys), FALSE, GDK_KEY_Left, GDK_KEY_minus,
                       GDK_KEY_KP_Subtract);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);

  self->store_signals = g_signal_group_new (SIRKEL_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  update_count (self);
}

/**
 * sirkel_history_page_get_filter_bar:
 *
 * Returns: (transfer none): the filters over the list
 */
SirkelHistoryFilterBar *
sirkel_history_page_get_filter_bar (SirkelHistoryPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_PAGE (self), NULL);

  return self->filter_bar;
}

/* How many actions the filters let through. */
guint
sirkel_history_page_get_n_matching (SirkelHistoryPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_PAGE (self), 0);

  return self->n_matching;
}

/**
 * sirkel_history_page_get_model:
 *
 * Returns: (transfer none): the list's rows, GtkTreeListRows of SirkelHistoryItems
 */
GListModel *
sirkel_history_page_get_model (SirkelHistoryPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_PAGE (self), NULL);

  return G_LIST_MODEL (self->tree);
}
