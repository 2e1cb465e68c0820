/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureGoals: see sirkel-measure-goals.h. The list shows a filter over the document's
 * measure_goal list: the rows of this measure whose goal is still there. Document and measure
 * are set by the measure editor; the measure is not held beyond the editor's.
 */
#define G_LOG_DOMAIN "sirkel-measure-goals"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-goal-picker.h"
#include "sirkel-measure-goals.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

struct _SirkelMeasureGoals
{
  AdwBin              parent_instance;

  SirkelDocument     *document;
  SirkelEntity       *measure;
  GtkFilterListModel *links;

  /* Template children */
  GtkListBox         *goal_list;
};

G_DEFINE_FINAL_TYPE (SirkelMeasureGoals, sirkel_measure_goals, ADW_TYPE_BIN)

static gboolean
writable (SirkelMeasureGoals *self)
{
  return self->document != NULL && self->measure != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static SirkelEntity *
goal_of (SirkelMeasureGoals *self,
         SirkelEntity       *link)
{
  SirkelId goal_id;

  if (self->document == NULL || !sirkel_entity_get_ref (link, "goal_id", &goal_id))
    return NULL;
  return sirkel_document_find (self->document, "goal", &goal_id);
}

static const char *
goal_title (SirkelEntity *goal)
{
  const char *title = goal != NULL ? sirkel_entity_get_title (goal) : "";

  return *title != '\0' ? title : _("Untitled goal");
}

static gboolean
link_filter_cb (gpointer item,
                gpointer user_data)
{
  SirkelMeasureGoals *self = user_data;
  SirkelId measure_id;

  return self->measure != NULL &&
         sirkel_entity_get_ref (item, "measure_id", &measure_id) &&
         sirkel_id_equal (&measure_id, sirkel_entity_get_id (self->measure)) &&
         goal_of (self, item) != NULL;
}

static GtkWidget *
create_link_row_cb (gpointer item,
                    gpointer user_data)
{
  SirkelMeasureGoals *self = user_data;
  SirkelEntity *goal = goal_of (self, item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *id = sirkel_entity_dup_id_string (item);
  g_autofree char *tooltip = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), goal_title (goal));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (goal != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 sirkel_goal_level_label (sirkel_entity_get_text (goal, "level")));
  /* Translators: tooltip of the button that unlinks a goal from a measure. */
  tooltip = g_strdup_printf (_("Unlink “%s” from this measure"), goal_title (goal));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "measure.unlink-goal");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static gboolean
is_linked (SirkelMeasureGoals *self,
           SirkelEntity       *goal)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->links)); i++)
    {
      g_autoptr(SirkelEntity) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      if (goal_of (self, link) == goal)
        return TRUE;
    }
  return FALSE;
}

static void
goal_picked_cb (SirkelMeasureGoals *self,
                const char         *id_text)
{
  SirkelId goal_id;

  if (sirkel_id_parse (&goal_id, id_text))
    sirkel_measure_goals_link (self, &goal_id);
}

/* The goals in the order of the Plan page's tree: each goal, then its sub-goals. */
static void
add_choices (SirkelMeasureGoals *self,
             SirkelGoalPicker   *picker,
             const SirkelId     *parent,
             guint               depth)
{
  GListModel *goals = sirkel_document_get_list (self->document, "goal");

  for (guint i = 0; depth < 8 && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SirkelEntity) goal = g_list_model_get_item (goals, i);
      g_autofree char *id = NULL;
      SirkelId ref;
      gboolean top = !sirkel_entity_get_ref (goal, "parent_id", &ref) ||
                     sirkel_document_find (self->document, "goal", &ref) == NULL;

      if (parent == NULL ? !top : top || !sirkel_id_equal (&ref, parent))
        continue;
      if (!is_linked (self, goal))
        {
          id = sirkel_entity_dup_id_string (goal);
          sirkel_goal_picker_add (picker, id, goal_title (goal),
                                  sirkel_goal_level_label (sirkel_entity_get_text (goal, "level")));
        }
      add_choices (self, picker, sirkel_entity_get_id (goal), depth + 1);
    }
}

static void
link_goal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelMeasureGoals *self = SIRKEL_MEASURE_GOALS (widget);
  SirkelGoalPicker *picker;

  if (!writable (self))
    return;
  picker = sirkel_goal_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Link Goal"),
                                   _("No other goals to link. Goals are set on the Plan page."));
  add_choices (self, picker, NULL, 0);
  g_signal_connect_object (picker, "picked", G_CALLBACK (goal_picked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
unlink_goal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelMeasureGoals *self = SIRKEL_MEASURE_GOALS (widget);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  SirkelEntity *link;
  SirkelId id;

  if (!writable (self) || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)) ||
      (link = sirkel_document_find (self->document, "measure_goal", &id)) == NULL)
    return;
  /* Translators: a toast after unlinking a goal from a measure; %s is the goal's title. */
  toast = g_strdup_printf (_("“%s” unlinked"), goal_title (goal_of (self, link)));
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_begin (store, _("Unlink goal"), &error) ||
      !sirkel_store_delete (store, "measure_goal", &id, &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_plan_toast (widget, toast, TRUE);
}

static void
sirkel_measure_goals_dispose (GObject *object)
{
  SirkelMeasureGoals *self = SIRKEL_MEASURE_GOALS (object);

  if (self->goal_list != NULL)
    gtk_list_box_bind_model (self->goal_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_GOALS);
  g_clear_object (&self->links);
  g_clear_object (&self->measure);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_measure_goals_parent_class)->dispose (object);
}

static void
sirkel_measure_goals_class_init (SirkelMeasureGoalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_goals_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-goals.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureGoals, goal_list);

  gtk_widget_class_install_action (widget_class, "measure.link-goal", NULL, link_goal_action);
  gtk_widget_class_install_action (widget_class, "measure.unlink-goal", "s", unlink_goal_action);
}

static void
sirkel_measure_goals_init (SirkelMeasureGoals *self)
{
  GtkCustomFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  filter = gtk_custom_filter_new (link_filter_cb, self, NULL);
  self->links = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
  sirkel_measure_goals_refresh (self);
}

void
sirkel_measure_goals_set_document (SirkelMeasureGoals *self,
                                   SirkelDocument     *document)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_GOALS (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_clear_object (&self->measure);
  gtk_filter_list_model_set_model (self->links, document != NULL
                                   ? sirkel_document_get_list (document, "measure_goal") : NULL);
  sirkel_measure_goals_refresh (self);
}

/* @measure: (nullable): a measure of the document */
void
sirkel_measure_goals_set_measure (SirkelMeasureGoals *self,
                                  SirkelEntity       *measure)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_GOALS (self));
  g_return_if_fail (measure == NULL || SIRKEL_IS_ENTITY (measure));

  if (g_set_object (&self->measure, measure))
    sirkel_measure_goals_refresh (self);
}

/* Shows the links as they are now; the rows show the goals' titles, which may have changed,
 * so they are made anew. */
void
sirkel_measure_goals_refresh (SirkelMeasureGoals *self)
{
  gboolean can;

  g_return_if_fail (SIRKEL_IS_MEASURE_GOALS (self));

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->links), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_list_box_bind_model (self->goal_list, G_LIST_MODEL (self->links), create_link_row_cb,
                           self, NULL);
  can = writable (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.link-goal", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure.unlink-goal", can);
}

/* The goals linked to the measure; for tests. */
guint
sirkel_measure_goals_get_n_links (SirkelMeasureGoals *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_GOALS (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->links));
}

/* Links the measure to the goal with @goal_id, as one action, unless it is already. */
void
sirkel_measure_goals_link (SirkelMeasureGoals *self,
                           const SirkelId     *goal_id)
{
  SirkelEntity *goal;
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };

  g_return_if_fail (SIRKEL_IS_MEASURE_GOALS (self));
  g_return_if_fail (goal_id != NULL);

  if (!writable (self) || (goal = sirkel_document_find (self->document, "goal", goal_id)) == NULL ||
      is_linked (self, goal))
    return;
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_begin (store, _("Link goal"), &error) ||
      !sirkel_store_insert (store, "measure_goal", &id, &error,
                            "measure_id", sirkel_value_id (sirkel_entity_get_id (self->measure)),
                            "goal_id", sirkel_value_id (goal_id), NULL) ||
      !sirkel_store_commit (store, &error))
    sirkel_plan_report_error (GTK_WIDGET (self), store, error);
}
