/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanPage: goals in tree order. The document lists goals by sort key and creation
 * time; here each goal's position is the path of positions from its top goal down, so that
 * sub-goals follow their goal. A parent chain is followed at most MAX_DEPTH steps, so a cycle
 * in a damaged file cannot hang the page.
 */
#define G_LOG_DOMAIN "sirkel-plan-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-entity-list.h"
#include "sirkel-gap-list.h"
#include "sirkel-plan-page.h"

#define MAX_DEPTH 8

struct _SirkelPlanPage
{
  SirkelPage        parent_instance;

  /* Template children */
  SirkelEntityList *goal_list;
};

G_DEFINE_FINAL_TYPE (SirkelPlanPage, sirkel_plan_page, SIRKEL_TYPE_PAGE)

static guint
position_of (GListModel   *goals,
             SirkelEntity *goal)
{
  guint n = g_list_model_get_n_items (goals);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SirkelEntity) item = g_list_model_get_item (goals, i);

      if (item == goal)
        return i;
    }
  return n;
}

static SirkelEntity *
parent_of (GListModel   *goals,
           SirkelEntity *goal)
{
  SirkelId id;
  guint n = g_list_model_get_n_items (goals);

  if (!sirkel_entity_get_ref (goal, "parent_id", &id))
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SirkelEntity) item = g_list_model_get_item (goals, i);

      if (sirkel_id_equal (sirkel_entity_get_id (item), &id))
        return item;
    }
  return NULL;
}

/* Fills @path with positions from the top goal down to @goal; returns the depth + 1. */
static guint
tree_path (GListModel   *goals,
           SirkelEntity *goal,
           guint        *path)
{
  SirkelEntity *chain[MAX_DEPTH];
  guint len = 0;

  for (SirkelEntity *g = goal; g != NULL && len < MAX_DEPTH; g = parent_of (goals, g))
    chain[len++] = g;
  for (guint i = 0; i < len; i++)
    path[i] = position_of (goals, chain[len - 1 - i]);
  return len;
}

static int
compare_goals (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GListModel *goals = user_data;
  guint path_a[MAX_DEPTH];
  guint path_b[MAX_DEPTH];
  guint len_a = tree_path (goals, (SirkelEntity *) a, path_a);
  guint len_b = tree_path (goals, (SirkelEntity *) b, path_b);

  for (guint i = 0; i < MIN (len_a, len_b); i++)
    if (path_a[i] != path_b[i])
      return path_a[i] < path_b[i] ? -1 : 1;
  return len_a < len_b ? -1 : len_a > len_b ? 1 : 0;
}

static GListModel *
tree_model (GListModel *base,
            gpointer    user_data)
{
  GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_goals, base, NULL));

  return G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (base), sorter));
}

static const char *
level_label (const char *level)
{
  if (g_strcmp0 (level, "samfunnsmal") == 0)
    return _("Societal goal");
  if (g_strcmp0 (level, "effektmal") == 0)
    return _("Effect goal");
  if (g_strcmp0 (level, "resultatmal") == 0)
    return _("Result goal");
  return level != NULL ? level : "";
}

static void
format_goal (SirkelEntity  *goal,
             char         **title,
             char         **subtitle,
             guint         *depth,
             gpointer       user_data)
{
  SirkelPlanPage *self = user_data;
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  const char *level = level_label (sirkel_entity_get_text (goal, "level"));
  double target = sirkel_entity_get_double (goal, "target");
  guint path[MAX_DEPTH];

  if (document != NULL)
    *depth = tree_path (sirkel_document_get_list (document, "goal"), goal, path) - 1;
  if (isnan (target))
    *subtitle = g_strdup (level);
  else if (sirkel_entity_is_null (goal, "target_year"))
    /* Translators: goal level and target value, such as "Effect goal · target 85". */
    *subtitle = g_strdup_printf (_("%s · target %g"), level, target);
  else
    /* Translators: goal level, target value and year, such as "Effect goal · target 85 by 2027". */
    *subtitle = g_strdup_printf (_("%s · target %g by %d"), level, target,
                                 (int) sirkel_entity_get_int (goal, "target_year"));
}

static void
update_empty_cb (SirkelPlanPage *self)
{
  gboolean empty = sirkel_entity_list_get_n_items (self->goal_list) == 0;

  sirkel_page_show_empty (SIRKEL_PAGE (self), empty);
}

static void
sirkel_plan_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_PLAN_PAGE);

  G_OBJECT_CLASS (sirkel_plan_page_parent_class)->dispose (object);
}

static void
sirkel_plan_page_class_init (SirkelPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_plan_page_dispose;

  g_type_ensure (SIRKEL_TYPE_GAP_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelPlanPage, goal_list);
  gtk_widget_class_bind_template_callback (widget_class, update_empty_cb);
}

static void
sirkel_plan_page_init (SirkelPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  sirkel_entity_list_set_model_func (self->goal_list, tree_model, self);
  sirkel_entity_list_set_format_func (self->goal_list, format_goal, self);
  update_empty_cb (self);
}
