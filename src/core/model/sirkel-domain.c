/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain vocabularies; see sirkel-domain.h.
 */
#define G_LOG_DOMAIN "sirkel-domain"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-domain.h"

/**
 * sirkel_category_label:
 * @category: 'a' … 'f'
 *
 * Returns: the name of the forskrift § 3 category
 */
const char *
sirkel_category_label (char category)
{
  switch (category)
    {
    case 'a': return _("Population composition");
    case 'b': return _("Upbringing and living conditions");
    case 'c': return _("Physical, biological, chemical and social environment");
    case 'd': return _("Injuries and accidents");
    case 'e': return _("Health-related behaviour");
    case 'f': return _("Health status");
    default: g_return_val_if_reached ("");
    }
}

/**
 * sirkel_category_dup_label:
 * @code: (nullable): "a" … "f" as stored, or %NULL
 *
 * Returns: (transfer full) (nullable): the letter and the name, "f – Health status", or %NULL
 *   when @code is not one of the six categories
 */
char *
sirkel_category_dup_label (const char *code)
{
  if (code == NULL || code[0] == '\0' || code[1] != '\0' || strchr (SIRKEL_CATEGORIES, code[0]) == NULL)
    return NULL;
  /* Translators: a forskrift § 3 category: its letter and its name, "f – Health status". */
  return g_strdup_printf (_("%c – %s"), code[0], sirkel_category_label (code[0]));
}

/**
 * sirkel_entity_noun:
 * @table: an entity table
 *
 * Returns: what one row of @table is called, in lower case ("goal", "measure"), for labels
 *   such as "Add %s"; the table name itself for a table this version does not know
 */
const char *
sirkel_entity_noun (const char *table)
{
  static const struct { const char *table; const char *noun; } nouns[] = {
    { "project", N_("project") },
    { "geography", N_("area") },
    { "indicator", N_("indicator") },
    { "data_import", N_("import") },
    { "assessment", N_("assessment") },
    { "finding", N_("challenge or resource") },
    { "finding_indicator", N_("link to an indicator") },
    { "criterion", N_("criterion") },
    { "score", N_("score") },
    { "decision", N_("decision") },
    { "plan", N_("plan") },
    { "goal", N_("goal") },
    { "goal_finding", N_("link between goal and challenge") },
    { "measure", N_("measure") },
    { "measure_goal", N_("link between measure and goal") },
    { "budget_line", N_("budget line") },
    { "evaluation", N_("evaluation") },
    { "logic_element", N_("logic model element") },
    { "eval_indicator", N_("evaluation indicator") },
    { "measurement", N_("measurement") },
    { "lesson", N_("lesson") },
    { "improvement_cycle", N_("improvement cycle") },
    { "yearwheel_event", N_("year-wheel event") },
    { "measure_partner", N_("partner") },
    { "annual_status", N_("yearly status") },
    { "carried_item", N_("link to the previous period") },
  };

  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (g_str_equal (nouns[i].table, table))
      return _(nouns[i].noun);
  return table;
}
