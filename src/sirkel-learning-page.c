/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLearningPage: three lists; the year wheel is sorted by month and day.
 */
#define G_LOG_DOMAIN "sirkel-learning-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-entity-list.h"
#include "sirkel-learning-page.h"

struct _SirkelLearningPage
{
  SirkelPage        parent_instance;

  /* Template children */
  SirkelEntityList *lesson_list;
  SirkelEntityList *cycle_list;
  SirkelEntityList *event_list;
};

G_DEFINE_FINAL_TYPE (SirkelLearningPage, sirkel_learning_page, SIRKEL_TYPE_PAGE)

typedef struct
{
  const char *key;
  const char *context;
  const char *label;
} Label;

static const Label cycle_statuses[] = {
  { "plan", "improvement cycle step", NC_("improvement cycle step", "Plan") },
  { "do", "improvement cycle step", NC_("improvement cycle step", "Do") },
  { "study", "improvement cycle step", NC_("improvement cycle step", "Study") },
  { "act", "improvement cycle step", NC_("improvement cycle step", "Act") },
  { "closed", "improvement cycle step", NC_("improvement cycle step", "Closed") },
};

static const Label event_kinds[] = {
  { "oversikt", "year-wheel event", NC_("year-wheel event", "Overview") },
  { "planstrategi", "year-wheel event", NC_("year-wheel event", "Planning strategy") },
  { "budget", "year-wheel event", NC_("year-wheel event", "Budget") },
  { "ungdata", "year-wheel event", NC_("year-wheel event", "Ungdata survey") },
  { "reporting", "year-wheel event", NC_("year-wheel event", "Reporting") },
  { "evaluation", "year-wheel event", NC_("year-wheel event", "Evaluation") },
  { "other", "year-wheel event", NC_("year-wheel event", "Other") },
};

static const char *
lookup_label (const Label *labels,
              guint        n_labels,
              const char  *key)
{
  for (guint i = 0; i < n_labels; i++)
    if (g_strcmp0 (key, labels[i].key) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, labels[i].context, labels[i].label);
  return key != NULL ? key : "";
}

static char *
dup_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (iso_date == NULL || strlen (iso_date) < 10)
    return g_strdup (iso_date);
  iso = g_strdup_printf ("%.10sT00:00:00Z", iso_date);
  date = g_date_time_new_from_iso8601 (iso, NULL);
  /* Translators: a date, such as "15 Sep 2025"; see g_date_time_format (). */
  return date != NULL ? g_date_time_format (date, _("%-d %b %Y")) : g_strdup (iso_date);
}

static void
format_lesson (SirkelEntity  *lesson,
               char         **title,
               char         **subtitle,
               guint         *depth,
               gpointer       user_data)
{
  g_autofree char *date = dup_date (sirkel_entity_get_text (lesson, "learned_on"));
  gboolean carry = sirkel_entity_get_int (lesson, "carry_forward") != 0;

  if (date != NULL && carry)
    /* Translators: when a lesson was learned; it is carried into the next period. */
    *subtitle = g_strdup_printf (_("Learned %s · carried into the next period"), date);
  else if (date != NULL)
    *subtitle = g_strdup_printf (_("Learned %s"), date);
  else if (carry)
    *subtitle = g_strdup (_("Carried into the next period"));
}

static void
format_cycle (SirkelEntity  *cycle,
              char         **title,
              char         **subtitle,
              guint         *depth,
              gpointer       user_data)
{
  const char *status = lookup_label (cycle_statuses, G_N_ELEMENTS (cycle_statuses),
                                     sirkel_entity_get_text (cycle, "status"));
  const char *aim = sirkel_entity_get_text (cycle, "aim");

  if (aim != NULL && *aim != '\0')
    /* Translators: the step an improvement cycle is at, and its aim. */
    *subtitle = g_strdup_printf (_("At “%s” · %s"), status, aim);
  else
    *subtitle = g_strdup_printf (_("At “%s”"), status);
}

static void
format_event (SirkelEntity  *event,
              char         **title,
              char         **subtitle,
              guint         *depth,
              gpointer       user_data)
{
  int month = CLAMP ((int) sirkel_entity_get_int (event, "month"), 1, 12);
  gboolean has_day = !sirkel_entity_is_null (event, "day");
  int day = has_day ? (int) sirkel_entity_get_int (event, "day") : 1;
  /* A leap year, so that 29 February is a date; 31 April stays NULL and is shown as stored. */
  g_autoptr(GDateTime) date = g_date_time_new_utc (2000, month, day, 0, 0, 0);
  g_autofree char *when = NULL;
  const char *kind = lookup_label (event_kinds, G_N_ELEMENTS (event_kinds),
                                   sirkel_entity_get_text (event, "kind"));
  const char *responsible = sirkel_entity_get_text (event, "responsible");

  if (date == NULL)
    when = g_strdup_printf ("%d/%d", day, month);
  else if (has_day)
    /* Translators: day and month of a year-wheel event, see g_date_time_format (). */
    when = g_date_time_format (date, _("%-d %B"));
  else
    when = g_date_time_format (date, "%B");
  if (responsible != NULL && *responsible != '\0')
    *subtitle = g_strdup_printf ("%s · %s · %s", when, kind, responsible);
  else
    *subtitle = g_strdup_printf ("%s · %s", when, kind);
}

static GListModel *
by_month_and_day (GListModel *base,
                  gpointer    user_data)
{
  GType type = g_list_model_get_item_type (base);
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  GtkExpression *month = gtk_property_expression_new (type, NULL, "month");
  GtkExpression *day = gtk_property_expression_new (type, NULL, "day");

  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_numeric_sorter_new (month)));
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_numeric_sorter_new (day)));
  return G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (base), GTK_SORTER (sorter)));
}

static void
update_empty_cb (SirkelLearningPage *self)
{
  SirkelEntityList *lists[] = { self->lesson_list, self->cycle_list, self->event_list };
  gboolean empty = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    empty = empty && sirkel_entity_list_get_n_items (lists[i]) == 0;
  sirkel_page_show_empty (SIRKEL_PAGE (self), empty);
}

static void
sirkel_learning_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_LEARNING_PAGE);

  G_OBJECT_CLASS (sirkel_learning_page_parent_class)->dispose (object);
}

static void
sirkel_learning_page_class_init (SirkelLearningPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_learning_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-learning-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, lesson_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, cycle_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, event_list);
  gtk_widget_class_bind_template_callback (widget_class, update_empty_cb);
}

static void
sirkel_learning_page_init (SirkelLearningPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  sirkel_entity_list_set_format_func (self->lesson_list, format_lesson, self);
  sirkel_entity_list_set_format_func (self->cycle_list, format_cycle, self);
  sirkel_entity_list_set_model_func (self->event_list, by_month_and_day, self);
  sirkel_entity_list_set_format_func (self->event_list, format_event, self);
  update_empty_cb (self);
}
