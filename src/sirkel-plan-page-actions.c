/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanPage's actions: add a goal, a sub-goal or a goal for a challenge; delete a goal
 * with its sub-goals and links; move a goal among its siblings; add and delete plans. Each is
 * one store action, so one Undo takes it back; deletions say so in a toast with Undo.
 */
#define G_LOG_DOMAIN "sirkel-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"
#include "sirkel-plan-page-private.h"
#include "sirkel-plan-row.h"

static SirkelDocument *
document_of (SirkelPlanPage *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

static gboolean
writable (SirkelPlanPage *self)
{
  return sirkel_page_get_writable (SIRKEL_PAGE (self));
}

/* The selected goal's place among its siblings, or -1. */
static int
sibling_index (SirkelPlanPage  *self,
               GPtrArray      **siblings)
{
  SirkelEntity *goal = sirkel_plan_page_get_selected_goal (self);
  g_autoptr(GPtrArray) list = NULL;
  guint index;

  if (goal == NULL)
    return -1;
  list = sirkel_goal_tree_dup_children (self->tree, sirkel_goal_tree_get_parent (self->tree, goal));
  if (!g_ptr_array_find (list, goal, &index))
    return -1;
  if (siblings != NULL)
    *siblings = g_steal_pointer (&list);
  return (int) index;
}

void
_sirkel_plan_page_update_actions (SirkelPlanPage *self)
{
  g_autoptr(GPtrArray) siblings = NULL;
  gboolean can = writable (self);
  gboolean selected = sirkel_plan_page_get_selected_goal (self) != NULL;
  int index = sibling_index (self, &siblings);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "plan.add-goal", can);
  gtk_widget_action_set_enabled (widget, "plan.add-goal-for", can);
  gtk_widget_action_set_enabled (widget, "plan.add-sub-goal", can && selected);
  gtk_widget_action_set_enabled (widget, "plan.delete-goal", can && selected);
  gtk_widget_action_set_enabled (widget, "plan.move-up", can && index > 0);
  gtk_widget_action_set_enabled (widget, "plan.move-down",
                                 can && index >= 0 && (guint) index + 1 < siblings->len);
  gtk_widget_action_set_enabled (widget, "plan.add-plan", can);
  gtk_widget_action_set_enabled (widget, "plan.delete-plan", can);
}

/* A sort key after every goal's, so a new goal comes last among its siblings. */
static gint64
next_sort (SirkelPlanPage *self)
{
  gint64 sort = 0;

  for (guint i = 0; self->goals != NULL && i < g_list_model_get_n_items (self->goals); i++)
    {
      g_autoptr(SirkelEntity) goal = g_list_model_get_item (self->goals, i);

      sort = MAX (sort, sirkel_entity_get_int (goal, "sort"));
    }
  return sort + 1;
}

/* Adds a goal under @parent (NULL: at the top), linked to @finding if given, as one action
 * called @label, then selects it and puts the cursor in its title. */
static void
add_goal (SirkelPlanPage *self,
          const char     *label,
          SirkelEntity   *parent,
          const SirkelId *finding)
{
  SirkelStore *store = sirkel_document_get_store (document_of (self));
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };
  SirkelId link = { { 0 } };
  SirkelId plan;
  const char *level = "samfunnsmal";

  if (!writable (self))
    return;
  if (parent != NULL)
    level = sirkel_goal_child_level (sirkel_entity_get_text (parent, "level"));
  if (!sirkel_store_begin (store, label, &error) ||
      !sirkel_store_insert (store, "goal", &id, &error,
                            "level", sirkel_value_text (level),
                            "sort", sirkel_value_int (next_sort (self)), NULL))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  /* A sub-goal belongs to its goal's plan until the user says otherwise. */
  if ((parent != NULL &&
       (!sirkel_store_set (store, "goal", &id, "parent_id", sirkel_value_id (sirkel_entity_get_id (parent)),
                           &error) ||
        (sirkel_entity_get_ref (parent, "plan_id", &plan) &&
         !sirkel_store_set (store, "goal", &id, "plan_id", sirkel_value_id (&plan), &error)))) ||
      (finding != NULL &&
       !sirkel_store_insert (store, "goal_finding", &link, &error,
                             "goal_id", sirkel_value_id (&id),
                             "finding_id", sirkel_value_id (finding), NULL)) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_goal_tree_sync (self->tree);
  sirkel_plan_page_select_goal (self, &id);
  sirkel_goal_editor_focus_title (self->goal_editor);
}

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_goal (SIRKEL_PLAN_PAGE (widget), _("Add goal"), NULL, NULL);
}

static void
add_sub_goal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SirkelPlanPage *self = SIRKEL_PLAN_PAGE (widget);
  SirkelEntity *parent = sirkel_plan_page_get_selected_goal (self);

  if (parent != NULL)
    add_goal (self, _("Add sub-goal"), parent, NULL);
}

static void
add_goal_for_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SirkelId finding;

  if (sirkel_id_parse (&finding, g_variant_get_string (parameter, NULL)))
    add_goal (SIRKEL_PLAN_PAGE (widget), _("Add goal for challenge"), NULL, &finding);
}

/* Deletes the live rows of @table whose @field is @id, in the open action. */
static gboolean
delete_links (SirkelStore     *store,
              SirkelDocument  *document,
              const char      *table,
              const char      *field,
              const SirkelId  *id,
              GError         **error)
{
  GListModel *list = sirkel_document_get_list (document, table);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (SirkelId));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) row = g_list_model_get_item (list, i);
      SirkelId ref;

      if (sirkel_entity_get_ref (row, field, &ref) && sirkel_id_equal (&ref, id))
        g_array_append_val (ids, *sirkel_entity_get_id (row));
    }
  for (guint i = 0; i < ids->len; i++)
    if (!sirkel_store_delete (store, table, &g_array_index (ids, SirkelId, i), error))
      return FALSE;
  return TRUE;
}

/* @goal and every goal under it, parents first. */
static void
collect_subtree (SirkelPlanPage *self,
                 SirkelEntity   *goal,
                 GPtrArray      *goals)
{
  g_autoptr(GPtrArray) children = sirkel_goal_tree_dup_children (self->tree, goal);

  g_ptr_array_add (goals, g_object_ref (goal));
  for (guint i = 0; i < children->len; i++)
    collect_subtree (self, g_ptr_array_index (children, i), goals);
}

/* The goal, its sub-goals, and their links to challenges and measures go as one action. */
static void
delete_goal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelPlanPage *self = SIRKEL_PLAN_PAGE (widget);
  SirkelEntity *goal = sirkel_plan_page_get_selected_goal (self);
  SirkelDocument *document = document_of (self);
  SirkelStore *store;
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *toast = NULL;

  if (goal == NULL || !writable (self))
    return;
  store = sirkel_document_get_store (document);
  title = g_strdup (*sirkel_entity_get_title (goal) != '\0' ? sirkel_entity_get_title (goal)
                                                           : _("Untitled goal"));
  collect_subtree (self, goal, goals);
  if (!sirkel_store_begin (store, _("Delete goal"), &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (guint i = goals->len; i > 0; i--)
    {
      const SirkelId *id = sirkel_entity_get_id (g_ptr_array_index (goals, i - 1));

      if (!delete_links (store, document, "goal_finding", "goal_id", id, &error) ||
          !delete_links (store, document, "measure_goal", "goal_id", id, &error) ||
          !sirkel_store_delete (store, "goal", id, &error))
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
  if (goals->len > 1)
    /* Translators: a toast after deleting a goal; %s is its title, %u its number of sub-goals. */
    toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” and %u sub-goal deleted",
                                          "“%s” and %u sub-goals deleted", goals->len - 1),
                             title, goals->len - 1);
  else
    /* Translators: a toast after deleting a goal; %s is its title. */
    toast = g_strdup_printf (_("“%s” deleted"), title);
  sirkel_plan_toast (widget, toast, TRUE);
}

/* Swaps the selected goal with its neighbour and numbers the siblings 1, 2, 3… */
static void
move_goal (SirkelPlanPage *self,
           int             step)
{
  SirkelStore *store = sirkel_document_get_store (document_of (self));
  g_autoptr(GPtrArray) siblings = NULL;
  g_autoptr(GError) error = NULL;
  int index = sibling_index (self, &siblings);
  int other = index + step;

  if (!writable (self) || index < 0 || other < 0 || (guint) other >= siblings->len)
    return;
  siblings->pdata[index] = g_ptr_array_index (siblings, other);
  siblings->pdata[other] = sirkel_plan_page_get_selected_goal (self);
  if (!sirkel_store_begin (store, step < 0 ? _("Move goal up") : _("Move goal down"), &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (guint i = 0; i < siblings->len; i++)
    {
      SirkelEntity *goal = g_ptr_array_index (siblings, i);

      if (sirkel_entity_get_int (goal, "sort") != (gint64) i + 1 &&
          !sirkel_store_set (store, "goal", sirkel_entity_get_id (goal), "sort",
                             sirkel_value_int ((gint64) i + 1), &error))
        {
          sirkel_plan_report_error (GTK_WIDGET (self), store, error);
          return;
        }
    }
  if (!sirkel_store_commit (store, &error))
    sirkel_plan_report_error (GTK_WIDGET (self), store, error);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_goal (SIRKEL_PLAN_PAGE (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_goal (SIRKEL_PLAN_PAGE (widget), 1);
}

/* A new plan of the chosen kind opens, with the cursor in its title. */
static void
add_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SirkelPlanPage *self = SIRKEL_PLAN_PAGE (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };
  SirkelEntity *project;

  if (!writable (self) || !g_strv_contains (sirkel_plan_kind_keys, kind))
    return;
  store = sirkel_document_get_store (document_of (self));
  project = sirkel_document_get_project (document_of (self));
  if (!sirkel_store_begin (store, _("Add plan"), &error) ||
      !sirkel_store_insert (store, "plan", &id, &error,
                            "kind", sirkel_value_text (kind),
                            "title", sirkel_value_text (sirkel_plan_kind_label (kind)), NULL) ||
      (project != NULL &&
       (!sirkel_store_set (store, "plan", &id, "period_from",
                           sirkel_value_int (sirkel_entity_get_int (project, "period_from")), &error) ||
        !sirkel_store_set (store, "plan", &id, "period_to",
                           sirkel_value_int (sirkel_entity_get_int (project, "period_to")), &error))) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->plan_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SIRKEL_IS_PLAN_ROW (row) &&
        sirkel_id_equal (sirkel_entity_get_id (sirkel_plan_row_get_plan (SIRKEL_PLAN_ROW (row))), &id))
      {
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        gtk_widget_grab_focus (row);
        break;
      }
}

/* The goals the plan set keep their place, no longer tied to a plan; one action. */
static void
delete_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelPlanPage *self = SIRKEL_PLAN_PAGE (widget);
  SirkelDocument *document = document_of (self);
  SirkelStore *store;
  SirkelEntity *plan;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  g_autofree char *title = NULL;
  SirkelId id;

  if (!writable (self) || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)) ||
      (plan = sirkel_document_find (document, "plan", &id)) == NULL)
    return;
  title = g_strdup (*sirkel_entity_get_title (plan) != '\0' ? sirkel_entity_get_title (plan)
                    : sirkel_plan_kind_label (sirkel_entity_get_text (plan, "kind")));
  store = sirkel_document_get_store (document);
  if (!sirkel_store_begin (store, _("Delete plan"), &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (guint i = 0; self->goals != NULL && i < g_list_model_get_n_items (self->goals); i++)
    {
      g_autoptr(SirkelEntity) goal = g_list_model_get_item (self->goals, i);
      SirkelId plan_id;

      if (sirkel_entity_get_ref (goal, "plan_id", &plan_id) && sirkel_id_equal (&plan_id, &id) &&
          !sirkel_store_set (store, "goal", sirkel_entity_get_id (goal), "plan_id",
                             sirkel_value_null (), &error))
        {
          sirkel_plan_report_error (GTK_WIDGET (self), store, error);
          return;
        }
    }
  if (!sirkel_store_delete (store, "plan", &id, &error) || !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  toast = g_strdup_printf (_("“%s” deleted"), title);
  sirkel_plan_toast (widget, toast, TRUE);
}

void
_sirkel_plan_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.add-sub-goal", NULL, add_sub_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.add-goal-for", "s", add_goal_for_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-goal", NULL, delete_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "plan.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "plan.add-plan", "s", add_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-plan", "s", delete_plan_action);
}
