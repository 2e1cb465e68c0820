/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanPage: see sirkel-plan-page.h. This file keeps the views in step with the
 * document: the goal tree (SirkelGoalTree) and its selection, the editor, the prioritised
 * challenges without a goal and the plans. The actions are in sirkel-plan-page-actions.c.
 *
 * The selection survives edits: an action that reorders goals makes their rows anew, which
 * drops the selection for a moment; the goal last selected (selected_id) is selected again
 * as soon as the tree is in step, and the editor is left alone meanwhile. When that goal is
 * gone, its parent or else the first goal is selected.
 */
#define G_LOG_DOMAIN "sirkel-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-gap-list.h"
#include "sirkel-goal-row.h"
#include "sirkel-plan-page-private.h"
#include "sirkel-plan-row.h"
#include "sirkel-project-chart.h"

G_DEFINE_FINAL_TYPE (SirkelPlanPage, sirkel_plan_page, SIRKEL_TYPE_PAGE)

static SirkelEntity *
find_goal (SirkelPlanPage *self,
           const SirkelId *id)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  return document != NULL ? sirkel_document_find (document, "goal", id) : NULL;
}

/**
 * sirkel_plan_page_get_selected_goal:
 *
 * Returns: (transfer none) (nullable): the goal shown in the editor
 */
SirkelEntity *
sirkel_plan_page_get_selected_goal (SirkelPlanPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_PLAN_PAGE (self), NULL);

  return sirkel_goal_editor_get_goal (self->goal_editor);
}

static void selection_changed_cb (SirkelPlanPage *self);

/* The selected goal went under a collapsed goal: that goal is selected instead. */
static gboolean
collapsed_cb (gpointer data)
{
  SirkelPlanPage *self = data;
  guint position;

  self->collapsed_id = 0;
  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION ||
      !self->has_selected)
    return G_SOURCE_REMOVE;
  position = sirkel_goal_tree_find_shown (self->tree, &self->selected_id);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  return G_SOURCE_REMOVE;
}

static void
selection_changed_cb (SirkelPlanPage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(SirkelEntity) goal = NULL;

  if (row != NULL)
    {
      goal = gtk_tree_list_row_get_item (row);
      self->selected_id = *sirkel_entity_get_id (goal);
      self->has_selected = TRUE;
      self->has_fallback = sirkel_entity_get_ref (goal, "parent_id", &self->fallback_id);
    }
  else if (self->has_selected && find_goal (self, &self->selected_id) != NULL)
    {
      /* Its row is being made anew, and restore_selection () follows at once; or the user
       * collapsed its parent, which collapsed_cb sees. */
      if (self->collapsed_id == 0)
        self->collapsed_id = g_idle_add (collapsed_cb, self);
      return;
    }
  sirkel_goal_editor_set_goal (self->goal_editor, goal);
  gtk_stack_set_visible_child_name (self->editor_stack, goal != NULL ? "editor" : "none");
  _sirkel_plan_page_update_actions (self);
}

/* Selects the goal with @id, opening its ancestors; returns whether it is there. */
gboolean
sirkel_plan_page_select_goal (SirkelPlanPage *self,
                              const SirkelId *id)
{
  guint position;

  g_return_val_if_fail (SIRKEL_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  position = sirkel_goal_tree_find (self->tree, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  self->selected_id = *id;
  self->has_selected = TRUE;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  else
    selection_changed_cb (self);
  gtk_widget_activate_action (GTK_WIDGET (self->goal_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

static void
restore_selection (SirkelPlanPage *self)
{
  SirkelEntity *goal = self->has_selected ? find_goal (self, &self->selected_id) : NULL;

  /* The goal went: its parent if that is still there, else the first goal. */
  if (goal == NULL && self->has_fallback)
    {
      self->has_fallback = FALSE;
      goal = find_goal (self, &self->fallback_id);
      if (goal != NULL)
        self->selected_id = self->fallback_id;
    }
  if (goal != NULL && sirkel_plan_page_select_goal (self, &self->selected_id))
    return;
  self->has_selected = FALSE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      selection_changed_cb (self);
    }
  else
    selection_changed_cb (self);
}

static guint
count_prioritised (SirkelPlanPage *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  GListModel *findings;
  guint n = 0;

  if (document == NULL)
    return 0;
  findings = sirkel_document_get_list (document, "finding");
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(SirkelEntity) finding = g_list_model_get_item (findings, i);

      if (sirkel_entity_get_int (finding, "prioritised") != 0 &&
          g_strcmp0 (sirkel_entity_get_text (finding, "kind"), "challenge") == 0)
        n++;
    }
  return n;
}

/* Without goals the goal pane explains where goals come from, and without prioritised
 * challenges it offers the way to the prioritisation. */
static void
update_empty (SirkelPlanPage *self)
{
  gboolean empty = self->goals == NULL || g_list_model_get_n_items (self->goals) == 0;
  guint prioritised;

  gtk_stack_set_visible_child_name (self->goal_stack, empty ? "empty" : "tree");
  gtk_widget_set_visible (GTK_WIDGET (self->editor_stack), !empty);
  if (!empty)
    return;
  prioritised = count_prioritised (self);
  gtk_widget_set_visible (self->prioritise_button, prioritised == 0);
  adw_status_page_set_description (self->empty_status, prioritised > 0
    ? _("Goals say what the municipality wants to achieve for its prioritised challenges. "
        "Add a goal for each prioritised challenge, with sub-goals that can be measured.")
    : _("Goals answer the prioritised challenges, and no challenge is prioritised yet. "
        "Prioritise the challenges in the overview first, or add a goal now."));
}

static GtkWidget *
without_goal_row_new (SirkelPlanPage *self,
                      SirkelGap      *gap)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelEntity *finding = sirkel_document_find (document, "finding", &gap->id);
  g_autofree char *id = sirkel_id_to_string (&gap->id);
  g_autofree char *category = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Add _Goal"));

  if (finding == NULL)
    return NULL;
  category = sirkel_category_dup_label (sirkel_entity_get_text (finding, "category"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sirkel_entity_get_title (finding));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (category != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), category);
  gtk_widget_set_name (row, id);
  /* Translators: tooltip of the button that adds a goal for a prioritised challenge. */
  tooltip = g_strdup_printf (_("Add a goal for “%s”"), sirkel_entity_get_title (finding));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "plan.add-goal-for");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
update_without_goal (SirkelPlanPage *self)
{
  SirkelProjectStatus *status = sirkel_page_get_status (SIRKEL_PAGE (self));
  GPtrArray *gaps = status != NULL ? sirkel_project_status_get_gaps (status) : NULL;
  GtkListBoxRow *child;
  gboolean any = FALSE;

  while ((child = gtk_list_box_get_row_at_index (self->without_goal_list, 0)) != NULL)
    gtk_list_box_remove (self->without_goal_list, GTK_WIDGET (child));
  for (guint i = 0; gaps != NULL && sirkel_page_get_document (SIRKEL_PAGE (self)) != NULL &&
                    i < gaps->len; i++)
    {
      SirkelGap *gap = g_ptr_array_index (gaps, i);
      GtkWidget *row;

      if (gap->kind != SIRKEL_GAP_CHALLENGE_WITHOUT_GOAL ||
          (row = without_goal_row_new (self, gap)) == NULL)
        continue;
      gtk_list_box_append (self->without_goal_list, row);
      any = TRUE;
    }
  gtk_widget_set_visible (self->without_goal_group, any);
}

/* After every action, once the project status is current. */
/* The chain challenge → goal → measures → evaluation, drawn anew after every change. */
static void
update_chain_chart (SirkelPlanPage *self)
{
  g_autoptr(SirkelChart) chart = sirkel_project_chart_new (sirkel_page_get_document (SIRKEL_PAGE (self)), "chain");

  sirkel_chart_view_set_chart (self->chain_chart, chart);
  gtk_widget_set_visible (self->chain_chart_box, chart != NULL && !sirkel_chart_is_empty (chart));
}

static void
status_changed_cb (SirkelPlanPage *self)
{
  sirkel_goal_tree_sync (self->tree);
  restore_selection (self);
  update_without_goal (self);
  update_empty (self);
  sirkel_goal_editor_refresh (self->goal_editor);
  _sirkel_plan_page_update_actions (self);
  update_chain_chart (self);
}

static void
status_set_cb (SirkelPlanPage *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
  status_changed_cb (self);
}

static void
goals_changed_cb (SirkelPlanPage *self)
{
  /* The tree synced first (it connected first); now the selection can follow. */
  restore_selection (self);
  update_empty (self);
}

static GtkWidget *
create_plan_row_cb (gpointer item,
                    gpointer user_data)
{
  SirkelPlanPage *self = user_data;

  return sirkel_plan_row_new (sirkel_page_get_document (SIRKEL_PAGE (self)), item);
}

static void
document_changed_cb (SirkelPlanPage *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  if (self->goals != NULL)
    g_signal_handlers_disconnect_by_func (self->goals, goals_changed_cb, self);
  g_clear_object (&self->goals);
  self->has_selected = FALSE;
  self->has_fallback = FALSE;
  sirkel_goal_editor_set_goal (self->goal_editor, NULL);
  sirkel_goal_editor_set_document (self->goal_editor, document);
  if (document != NULL)
    self->goals = g_object_ref (sirkel_document_get_list (document, "goal"));
  sirkel_goal_tree_set_goals (self->tree, self->goals);
  if (self->goals != NULL)
    g_signal_connect_swapped (self->goals, "items-changed", G_CALLBACK (goals_changed_cb), self);
  gtk_list_box_bind_model (self->plan_list, document != NULL
                           ? sirkel_document_get_list (document, "plan") : NULL,
                           create_plan_row_cb, self, NULL);
  status_changed_cb (self);
}

/* The goal tree's rows: an expander that indents and opens sub-goals, holding a goal row. */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), sirkel_goal_row_new ());
  gtk_list_item_set_child (item, expander);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  g_autoptr(SirkelEntity) goal = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  sirkel_goal_row_set_goal (SIRKEL_GOAL_ROW (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))),
                            goal);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *expander = gtk_list_item_get_child (item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
  sirkel_goal_row_set_goal (SIRKEL_GOAL_ROW (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))),
                            NULL);
}

static void
sirkel_plan_page_dispose (GObject *object)
{
  SirkelPlanPage *self = SIRKEL_PLAN_PAGE (object);

  if (self->goals != NULL)
    g_signal_handlers_disconnect_by_func (self->goals, goals_changed_cb, self);
  g_clear_object (&self->goals);
  g_clear_handle_id (&self->collapsed_id, g_source_remove);
  /* The view lets go of the tree model before the tree, whose stores call back into it. */
  if (self->goal_view != NULL)
    gtk_list_view_set_model (self->goal_view, NULL);
  if (self->plan_list != NULL)
    gtk_list_box_bind_model (self->plan_list, NULL, NULL, NULL, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_PLAN_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->status_signals);

  G_OBJECT_CLASS (sirkel_plan_page_parent_class)->dispose (object);
}

static void
select_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelPlanPage *self = SIRKEL_PLAN_PAGE (widget);
  g_autofree char *name = NULL;
  SirkelId id;

  if (!sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)))
    return;
  if (sirkel_plan_page_select_goal (self, &id))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->goal_view));
      return;
    }
  /* A challenge without a goal: its "Add Goal" button gets the focus. */
  name = sirkel_id_to_string (&id);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->without_goal_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      {
        gtk_widget_grab_focus (row);
        return;
      }
}

static void
sirkel_plan_page_class_init (SirkelPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_plan_page_dispose;

  g_type_ensure (SIRKEL_TYPE_GAP_LIST);
  g_type_ensure (SIRKEL_TYPE_GOAL_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, goal_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, goal_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, prioritise_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, without_goal_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, without_goal_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, goal_editor);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, chain_chart_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, plan_list);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);

  gtk_widget_class_install_action (widget_class, "page.select-item", "s", select_item_action);
  _sirkel_plan_page_class_add_actions (widget_class);
}

static void
sirkel_plan_page_init (SirkelPlanPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkShortcutController *shortcuts;
  GListModel *model;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->chain_chart = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_box_append (GTK_BOX (self->chain_chart_box), GTK_WIDGET (self->chain_chart));

  self->tree = sirkel_goal_tree_new ();
  model = G_LIST_MODEL (sirkel_goal_tree_get_model (self->tree));
  self->selection = gtk_single_selection_new (g_object_ref (model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->goal_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->goal_view, GTK_SELECTION_MODEL (self->selection));

  /* Delete in the goal list deletes the selected goal (with Undo in the toast). */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("plan.delete-goal")));
  gtk_widget_add_controller (GTK_WIDGET (self->goal_view), GTK_EVENT_CONTROLLER (shortcuts));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  status_changed_cb (self);
}
