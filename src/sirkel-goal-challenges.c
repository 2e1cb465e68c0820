/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalChallenges: see sirkel-goal-challenges.h. The list shows a filter over the
 * document's goal_finding list: the rows of this goal whose challenge is still there. Document
 * and goal are set by the goal editor; the goal is not held beyond the editor's.
 */
#define G_LOG_DOMAIN "sirkel-goal-challenges"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-goal-challenges.h"
#include "sirkel-goal-picker.h"
#include "sirkel-plan-fields.h"

struct _SirkelGoalChallenges
{
  AdwBin              parent_instance;

  SirkelDocument     *document;
  SirkelEntity       *goal;
  GtkFilterListModel *links;

  /* Template children */
  GtkListBox         *challenge_list;
};

G_DEFINE_FINAL_TYPE (SirkelGoalChallenges, sirkel_goal_challenges, ADW_TYPE_BIN)

static gboolean
writable (SirkelGoalChallenges *self)
{
  return self->document != NULL && self->goal != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static gboolean
link_filter_cb (gpointer item,
                gpointer user_data)
{
  SirkelGoalChallenges *self = user_data;
  SirkelId goal_id;
  SirkelId finding_id;

  return self->goal != NULL &&
         sirkel_entity_get_ref (item, "goal_id", &goal_id) &&
         sirkel_id_equal (&goal_id, sirkel_entity_get_id (self->goal)) &&
         sirkel_entity_get_ref (item, "finding_id", &finding_id) &&
         sirkel_document_find (self->document, "finding", &finding_id) != NULL;
}

static char *
describe_finding (SirkelEntity *finding)
{
  g_autofree char *category = sirkel_category_dup_label (sirkel_entity_get_text (finding, "category"));
  gboolean prioritised = sirkel_entity_get_int (finding, "prioritised") != 0;

  if (category != NULL)
    /* Translators: whether a challenge is prioritised, and its forskrift category. */
    return g_strdup_printf (_("%s · %s"), prioritised ? _("Prioritised") : _("Not prioritised"),
                            category);
  return g_strdup (prioritised ? _("Prioritised") : _("Not prioritised"));
}

static GtkWidget *
create_link_row_cb (gpointer item,
                    gpointer user_data)
{
  SirkelGoalChallenges *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *id = sirkel_entity_dup_id_string (item);
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;
  SirkelEntity *finding = NULL;
  SirkelId finding_id;

  if (sirkel_entity_get_ref (item, "finding_id", &finding_id))
    finding = sirkel_document_find (self->document, "finding", &finding_id);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 finding != NULL ? sirkel_entity_get_title (finding) : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (finding != NULL)
    subtitle = describe_finding (finding);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  /* Translators: tooltip of the button that unlinks a challenge from a goal. */
  tooltip = g_strdup_printf (_("Unlink “%s” from this goal"),
                             finding != NULL ? sirkel_entity_get_title (finding) : "");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "goal.unlink-challenge");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
challenge_picked_cb (SirkelGoalChallenges *self,
                     const char       *id_text)
{
  SirkelStore *store = sirkel_document_get_store (self->document);
  g_autoptr(GError) error = NULL;
  SirkelId finding_id;
  SirkelId id = { { 0 } };

  if (!writable (self) || !sirkel_id_parse (&finding_id, id_text))
    return;
  if (!sirkel_store_begin (store, _("Link challenge"), &error) ||
      !sirkel_store_insert (store, "goal_finding", &id, &error,
                            "goal_id", sirkel_value_id (sirkel_entity_get_id (self->goal)),
                            "finding_id", sirkel_value_id (&finding_id), NULL) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
    }
}

static gboolean
is_linked (SirkelGoalChallenges *self,
           SirkelEntity     *finding)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->links)); i++)
    {
      g_autoptr(SirkelEntity) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);
      SirkelId finding_id;

      if (sirkel_entity_get_ref (link, "finding_id", &finding_id) &&
          sirkel_id_equal (&finding_id, sirkel_entity_get_id (finding)))
        return TRUE;
    }
  return FALSE;
}

/* The picker lists the challenges not linked yet, the prioritised ones first. */
static void
link_challenge_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SirkelGoalChallenges *self = SIRKEL_GOAL_CHALLENGES (widget);
  GListModel *findings = sirkel_document_get_list (self->document, "finding");
  SirkelGoalPicker *picker;

  picker = sirkel_goal_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Link Challenge"),
                                   _("No other challenges to link. Challenges are written "
                                     "on the Overview page."));
  for (int prioritised = 1; prioritised >= 0; prioritised--)
    for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
      {
        g_autoptr(SirkelEntity) finding = g_list_model_get_item (findings, i);
        g_autofree char *id = NULL;
        g_autofree char *subtitle = NULL;

        if (g_strcmp0 (sirkel_entity_get_text (finding, "kind"), "challenge") != 0 ||
            (sirkel_entity_get_int (finding, "prioritised") != 0) != prioritised ||
            is_linked (self, finding))
          continue;
        id = sirkel_entity_dup_id_string (finding);
        subtitle = describe_finding (finding);
        sirkel_goal_picker_add (picker, id, sirkel_entity_get_title (finding), subtitle);
      }
  g_signal_connect_object (picker, "picked", G_CALLBACK (challenge_picked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
unlink_challenge_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SirkelGoalChallenges *self = SIRKEL_GOAL_CHALLENGES (widget);
  SirkelStore *store = sirkel_document_get_store (self->document);
  g_autoptr(GError) error = NULL;
  SirkelId id;

  if (!writable (self) || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)))
    return;
  if (!sirkel_store_begin (store, _("Unlink challenge"), &error) ||
      !sirkel_store_delete (store, "goal_finding", &id, &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
    }
}

static void
sirkel_goal_challenges_dispose (GObject *object)
{
  SirkelGoalChallenges *self = SIRKEL_GOAL_CHALLENGES (object);

  if (self->challenge_list != NULL)
    gtk_list_box_bind_model (self->challenge_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_GOAL_CHALLENGES);
  g_clear_object (&self->links);
  g_clear_object (&self->goal);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_goal_challenges_parent_class)->dispose (object);
}

static void
sirkel_goal_challenges_class_init (SirkelGoalChallengesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_goal_challenges_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-goal-challenges.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalChallenges, challenge_list);

  gtk_widget_class_install_action (widget_class, "goal.link-challenge", NULL, link_challenge_action);
  gtk_widget_class_install_action (widget_class, "goal.unlink-challenge", "s",
                                   unlink_challenge_action);
}

static void
sirkel_goal_challenges_init (SirkelGoalChallenges *self)
{
  GtkCustomFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  filter = gtk_custom_filter_new (link_filter_cb, self, NULL);
  self->links = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
  sirkel_goal_challenges_refresh (self);
}

void
sirkel_goal_challenges_set_document (SirkelGoalChallenges *self,
                                     SirkelDocument       *document)
{
  g_return_if_fail (SIRKEL_IS_GOAL_CHALLENGES (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_clear_object (&self->goal);
  gtk_filter_list_model_set_model (self->links, document != NULL
                                   ? sirkel_document_get_list (document, "goal_finding") : NULL);
  sirkel_goal_challenges_refresh (self);
}

/* @goal: (nullable): a goal of the document */
void
sirkel_goal_challenges_set_goal (SirkelGoalChallenges *self,
                                 SirkelEntity         *goal)
{
  g_return_if_fail (SIRKEL_IS_GOAL_CHALLENGES (self));
  g_return_if_fail (goal == NULL || SIRKEL_IS_ENTITY (goal));

  if (g_set_object (&self->goal, goal))
    sirkel_goal_challenges_refresh (self);
}

/* Shows the links as they are now; the rows show the challenges' titles, which may have
 * changed, so they are made anew. */
void
sirkel_goal_challenges_refresh (SirkelGoalChallenges *self)
{
  gboolean can;

  g_return_if_fail (SIRKEL_IS_GOAL_CHALLENGES (self));

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->links), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_list_box_bind_model (self->challenge_list, G_LIST_MODEL (self->links), create_link_row_cb,
                           self, NULL);
  can = writable (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goal.link-challenge", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goal.unlink-challenge", can);
}

/* The challenges linked to the goal; for tests. */
guint
sirkel_goal_challenges_get_n_links (SirkelGoalChallenges *self)
{
  g_return_val_if_fail (SIRKEL_IS_GOAL_CHALLENGES (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->links));
}
