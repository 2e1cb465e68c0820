/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalRow: see sirkel-goal-row.h. Any change of the goal reformats the row; the goal's
 * properties notify only when their value changed, so this is cheap.
 */
#define G_LOG_DOMAIN "sirkel-goal-row"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-goal-row.h"
#include "sirkel-plan-labels.h"

struct _SirkelGoalRow
{
  GtkWidget     parent_instance;

  SirkelEntity *goal;
  gulong        notify_handler;

  /* Template children */
  GtkWidget    *box;
  GtkLabel     *title_label;
  GtkLabel     *caption_label;
};

G_DEFINE_FINAL_TYPE (SirkelGoalRow, sirkel_goal_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update (SirkelGoalRow *self)
{
  g_autofree char *caption = NULL;
  g_autofree char *target = NULL;
  const char *title;
  const char *level;

  if (self->goal == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->caption_label, "");
      return;
    }
  title = sirkel_entity_get_title (self->goal);
  level = sirkel_goal_level_label (sirkel_entity_get_text (self->goal, "level"));
  gtk_label_set_label (self->title_label, *title != '\0' ? title : _("Untitled goal"));
  if (*title == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");

  if (!sirkel_entity_is_null (self->goal, "target"))
    target = sirkel_plan_format_number (sirkel_entity_get_double (self->goal, "target"));
  if (target != NULL && !sirkel_entity_is_null (self->goal, "target_year"))
    /* Translators: goal level, target value and year, such as "Effect goal · target 85 by 2027". */
    caption = g_strdup_printf (_("%s · target %s by %d"), level, target,
                               (int) sirkel_entity_get_int (self->goal, "target_year"));
  else if (target != NULL)
    /* Translators: goal level and target value, such as "Effect goal · target 85". */
    caption = g_strdup_printf (_("%s · target %s"), level, target);
  else
    caption = g_strdup (level);
  gtk_label_set_label (self->caption_label, caption);
}

static void
sirkel_goal_row_dispose (GObject *object)
{
  SirkelGoalRow *self = SIRKEL_GOAL_ROW (object);

  sirkel_goal_row_set_goal (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_GOAL_ROW);

  G_OBJECT_CLASS (sirkel_goal_row_parent_class)->dispose (object);
}

static void
sirkel_goal_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SirkelGoalRow *self = SIRKEL_GOAL_ROW (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_goal_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SirkelGoalRow *self = SIRKEL_GOAL_ROW (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      sirkel_goal_row_set_goal (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_goal_row_class_init (SirkelGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_goal_row_dispose;
  object_class->get_property = sirkel_goal_row_get_property;
  object_class->set_property = sirkel_goal_row_set_property;

  properties [PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-goal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalRow, box);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalRow, caption_label);
}

static void
sirkel_goal_row_init (SirkelGoalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sirkel_goal_row_new (void)
{
  return g_object_new (SIRKEL_TYPE_GOAL_ROW, NULL);
}

SirkelEntity *
sirkel_goal_row_get_goal (SirkelGoalRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_GOAL_ROW (self), NULL);

  return self->goal;
}

void
sirkel_goal_row_set_goal (SirkelGoalRow *self,
                          SirkelEntity  *goal)
{
  g_return_if_fail (SIRKEL_IS_GOAL_ROW (self));
  g_return_if_fail (goal == NULL || SIRKEL_IS_ENTITY (goal));

  if (self->goal == goal)
    return;
  if (self->goal != NULL)
    g_clear_signal_handler (&self->notify_handler, self->goal);
  g_set_object (&self->goal, goal);
  if (goal != NULL)
    self->notify_handler = g_signal_connect_swapped (goal, "notify", G_CALLBACK (update), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GOAL]);
}
