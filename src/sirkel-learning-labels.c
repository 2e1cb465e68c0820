/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels of the Læring phase's vocabularies; see sirkel-learning-labels.h. The improvement
 * cycle steps and the year-wheel kinds keep the msgids (and contexts) the learning page has
 * always used, so their translations carry over.
 */
#define G_LOG_DOMAIN "sirkel-learning-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-learning-labels.h"

const char * const sirkel_lesson_kind_keys[] = { "experience", "improvement", "decision", NULL };
const char * const sirkel_cycle_step_keys[] = { "plan", "do", "study", "act", "closed", NULL };
const char * const sirkel_event_kind_keys[] = {
  "oversikt", "planstrategi", "budget", "ungdata", "reporting", "evaluation", "other", NULL
};
/* The tables a lesson's source_entity may name, in the order the picker lists them. */
const char * const sirkel_lesson_source_keys[] = {
  "measure", "evaluation", "goal", "finding", NULL
};

static const char *
lookup (const char * const *keys,
        const char * const *labels,
        const char         *context,
        const char         *key)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], key) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, context, labels[i]);
  return key != NULL ? key : "";
}

const char *
sirkel_lesson_kind_label (const char *kind)
{
  /* Erfaring, forbedringstiltak, beslutning (DOMAIN.md §11). */
  static const char * const labels[] = {
    NC_("lesson kind", "Experience"),
    NC_("lesson kind", "Improvement action"),
    NC_("lesson kind", "Decision"),
  };

  return lookup (sirkel_lesson_kind_keys, labels, "lesson kind", kind);
}

const char *
sirkel_cycle_step_label (const char *step)
{
  static const char * const labels[] = {
    NC_("improvement cycle step", "Plan"),
    NC_("improvement cycle step", "Do"),
    NC_("improvement cycle step", "Study"),
    NC_("improvement cycle step", "Act"),
    NC_("improvement cycle step", "Closed"),
  };

  return lookup (sirkel_cycle_step_keys, labels, "improvement cycle step", step);
}

/* The step's place in plan, do, study, act, closed; 0 (plan) for anything else. */
int
sirkel_cycle_step_index (const char *step)
{
  for (int i = 0; sirkel_cycle_step_keys[i] != NULL; i++)
    if (g_strcmp0 (sirkel_cycle_step_keys[i], step) == 0)
      return i;
  return 0;
}

const char *
sirkel_event_kind_label (const char *kind)
{
  static const char * const labels[] = {
    NC_("year-wheel event", "Overview"),
    NC_("year-wheel event", "Planning strategy"),
    NC_("year-wheel event", "Budget"),
    NC_("year-wheel event", "Ungdata survey"),
    NC_("year-wheel event", "Reporting"),
    NC_("year-wheel event", "Evaluation"),
    NC_("year-wheel event", "Other"),
  };

  return lookup (sirkel_event_kind_keys, labels, "year-wheel event", kind);
}

/**
 * sirkel_learning_months_model:
 *
 * Returns: (transfer full): the twelve month names, January first, in the UI's language
 */
GtkStringList *
sirkel_learning_months_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2000, month, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (date, "%B");

      gtk_string_list_append (list, name);
    }
  return list;
}

/* "15 May", or "May" when @day is 0 (the whole month). A day past the month's end is shown
 * as stored, "31/4", rather than as a date that does not exist. */
char *
sirkel_learning_format_month_day (int month,
                                  int day)
{
  g_autoptr(GDateTime) date = NULL;

  month = CLAMP (month, 1, 12);
  /* A leap year, so that 29 February is a date. */
  date = g_date_time_new_utc (2000, month, day > 0 ? day : 1, 0, 0, 0);
  if (date == NULL)
    return g_strdup_printf ("%d/%d", day, month);
  if (day > 0)
    /* Translators: day and month of a year-wheel event, see g_date_time_format (). */
    return g_date_time_format (date, _("%-d %B"));
  return g_date_time_format (date, "%B");
}

/* Today as YYYY-MM-DD, the form dates are stored in. */
char *
sirkel_learning_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

int
sirkel_learning_this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/* The project view's page that edits rows of @table (view.show-item), or NULL. */
const char *
sirkel_lesson_source_page (const char *table)
{
  static const struct { const char *table; const char *page; } pages[] = {
    { "measure", "measures" },
    { "evaluation", "evaluation" },
    { "goal", "plan" },
    { "finding", "overview" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_strcmp0 (pages[i].table, table) == 0)
      return pages[i].page;
  return NULL;
}

/**
 * sirkel_lesson_source_describe:
 * @item: a measure, evaluation, goal or finding of @document
 *
 * Returns: (transfer full): what @item is, for the line under its title: "Measure",
 *   "Evaluation of “Title”", "Goal", "Challenge" or "Resource"
 */
char *
sirkel_lesson_source_describe (SirkelDocument *document,
                               SirkelEntity   *item)
{
  const char *table = sirkel_entity_get_table (item);

  if (g_str_equal (table, "measure"))
    return g_strdup (_("Measure"));
  if (g_str_equal (table, "goal"))
    return g_strdup (_("Goal"));
  if (g_str_equal (table, "finding"))
    return g_strdup (g_strcmp0 (sirkel_entity_get_text (item, "kind"), "resource") == 0
                     ? _("Resource") : _("Challenge"));
  if (g_str_equal (table, "evaluation"))
    {
      SirkelEntity *measure = NULL;
      SirkelId id;

      if (sirkel_entity_get_ref (item, "measure_id", &id))
        measure = sirkel_document_find (document, "measure", &id);
      if (measure != NULL && *sirkel_entity_get_title (measure) != '\0')
        /* Translators: what a lesson came from: the evaluation of a measure, named. */
        return g_strdup_printf (_("Evaluation of “%s”"), sirkel_entity_get_title (measure));
      return g_strdup (_("Evaluation"));
    }
  return g_strdup (table);
}
