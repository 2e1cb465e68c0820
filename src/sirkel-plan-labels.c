/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels of the Plan phase's vocabularies; see sirkel-plan-labels.h. The goal levels keep the
 * msgids the plan page has always used, so their translations carry over.
 */
#define G_LOG_DOMAIN "sirkel-plan-labels"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-plan-labels.h"

const char * const sirkel_goal_level_keys[] = { "samfunnsmal", "effektmal", "resultatmal", NULL };
const char * const sirkel_plan_kind_keys[] = {
  "planstrategi", "samfunnsdel", "handlingsdel", "kommunedelplan", "temaplan", "okonomiplan", NULL
};
const char * const sirkel_plan_status_keys[] = { "draft", "consultation", "adopted", NULL };
/* Stored as the programme names them (Program for folkehelsearbeid i kommunene). */
const char * const sirkel_goal_tag_keys[] = {
  "0-24", "psykisk helse", "livskvalitet", "rusforebygging", NULL
};

static const char *
lookup (const char * const *keys,
        const char * const *labels,
        const char         *key)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], key) == 0)
      return _(labels[i]);
  return key != NULL ? key : "";
}

const char *
sirkel_goal_level_label (const char *level)
{
  static const char * const labels[] = { N_("Societal goal"), N_("Effect goal"), N_("Result goal") };

  return lookup (sirkel_goal_level_keys, labels, level);
}

/* The level a new sub-goal of a goal at @level gets: one step down, resultatmål at the bottom. */
const char *
sirkel_goal_child_level (const char *level)
{
  if (g_strcmp0 (level, "samfunnsmal") == 0)
    return "effektmal";
  return "resultatmal";
}

const char *
sirkel_plan_kind_label (const char *kind)
{
  static const char * const labels[] = {
    N_("Planning strategy"),
    N_("Community part of the master plan"),
    N_("Action part of the master plan"),
    N_("Municipal sub-plan"),
    N_("Thematic plan"),
    N_("Financial plan"),
  };

  return lookup (sirkel_plan_kind_keys, labels, kind);
}

const char *
sirkel_plan_status_label (const char *status)
{
  static const char * const labels[] = {
    NC_("plan status", "Draft"), NC_("plan status", "Out for consultation"),
    NC_("plan status", "Adopted")
  };

  for (guint i = 0; sirkel_plan_status_keys[i] != NULL; i++)
    if (g_strcmp0 (sirkel_plan_status_keys[i], status) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "plan status", labels[i]);
  return status != NULL ? status : "";
}

const char *
sirkel_goal_tag_label (const char *tag)
{
  static const char * const labels[] = {
    N_("Ages 0–24"), N_("Mental health"), N_("Quality of life"),
    N_("Substance use prevention"),
  };

  return lookup (sirkel_goal_tag_keys, labels, tag);
}

/**
 * sirkel_plan_labels_model:
 *
 * Returns: (transfer full): the labels of @keys, in their order, for a combo row
 */
GtkStringList *
sirkel_plan_labels_model (const char * const *keys,
                          const char *      (*label) (const char *key))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    gtk_string_list_append (list, label (keys[i]));
  return list;
}

/* "2025-03-27" as "27 Mar 2025"; anything that is not an ISO date is returned as it is. */
char *
sirkel_plan_format_date (const char *iso_date)
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

/* A figure as people write it in the current locale, without trailing zeros: "16,3". */
char *
sirkel_plan_format_number (double value)
{
  return g_strdup_printf ("%.10g", value);
}
