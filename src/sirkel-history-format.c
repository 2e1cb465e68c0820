/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words for the History page; see sirkel-history-format.h.
 */
#define G_LOG_DOMAIN "sirkel-history-format"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-field-labels.h"
#include "sirkel-history-format.h"
#include "sirkel-history.h"
#include "sirkel-overview-page.h"
#include "sirkel-plan-labels.h"
#include "sirkel-schema.h"

/**
 * sirkel_history_format_day:
 * @day: a local time on the day
 * @now: the local time now
 *
 * Returns: (transfer full): "Today", "Yesterday", or the weekday and date (with the year
 *   when it is not this year's)
 */
char *
sirkel_history_format_day (GDateTime *day,
                           GDateTime *now)
{
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *heading = NULL;
  char *space;
  int y, m, d, ny, nm, nd;

  g_date_time_get_ymd (day, &y, &m, &d);
  g_date_time_get_ymd (now, &ny, &nm, &nd);
  if (y == ny && m == nm && d == nd)
    return g_strdup (_("Today"));
  g_date_time_get_ymd (yesterday, &ny, &nm, &nd);
  if (y == ny && m == nm && d == nd)
    return g_strdup (_("Yesterday"));
  if (y == g_date_time_get_year (now))
    /* Translators: a day heading in the history, such as "Thursday 15 January"; see
     * g_date_time_format (). */
    heading = g_date_time_format (day, C_("history day", "%A %-d %B"));
  else
    /* Translators: a day heading in the history of an earlier year, such as "Monday 3 March
     * 2025"; see g_date_time_format (). */
    heading = g_date_time_format (day, C_("history day", "%A %-d %B %Y"));
  /* glibc's nn_NO writes its day names with a trailing space ("torsdag "). */
  while (heading != NULL && (space = strstr (heading, "  ")) != NULL)
    memmove (space, space + 1, strlen (space));
  return g_steal_pointer (&heading);
}

/**
 * sirkel_history_shorten:
 *
 * Returns: (transfer full): @text on one line, cut to @max_chars characters with an ellipsis
 *   (inside the quotation marks of a quoted text)
 */
char *
sirkel_history_shorten (const char *text,
                        guint       max_chars)
{
  g_autofree char *line = g_strdup (text != NULL ? text : "");

  g_strdelimit (line, "\r\n\t", ' ');
  g_strstrip (line);
  if (g_utf8_strlen (line, -1) <= (glong) max_chars)
    return g_steal_pointer (&line);
  {
    g_autofree char *start = g_utf8_substring (line, 0, max_chars - 1);
    /* A quoted text keeps its closing quotation mark. */
    gboolean quoted = g_str_has_prefix (line, "“") && g_str_has_suffix (line, "”");

    return g_strconcat (g_strchomp (start), "…", quoted ? "”" : "", NULL);
  }
}

static gboolean
is_real_column (const char *table,
                const char *field)
{
  const SirkelTable *schema_table = sirkel_schema_lookup_table (table);
  const SirkelColumn *column;

  if (schema_table == NULL)
    return FALSE;
  column = sirkel_table_lookup_column (schema_table, field);
  return column != NULL && g_str_equal (column->type, "REAL");
}

static gboolean
is_date_field (const char *field,
               const char *value)
{
  return (g_str_has_suffix (field, "_date") || g_str_has_suffix (field, "_on")) &&
         strlen (value) >= 10 && g_ascii_isdigit (value[0]) && value[4] == '-' && value[7] == '-';
}

/**
 * sirkel_history_format_value:
 * @store: (nullable): to name the rows that reference fields point to
 * @value: (nullable): the stored value as text, %NULL for SQL NULL
 *
 * Returns: (transfer full): the value as people read it, in full (see sirkel_history_shorten ())
 */
char *
sirkel_history_format_value (SirkelStore *store,
                             const char  *table,
                             const char  *field,
                             const char  *value)
{
  const char *label;
  const char *ref_table;
  char *category;

  if (value == NULL || *value == '\0')
    return g_strdup (_("empty"));
  label = sirkel_field_value_label (table, field, value);
  if (label != NULL)
    return g_strdup (label);
  if (g_str_equal (field, "category") && (category = sirkel_category_dup_label (value)) != NULL)
    return category;
  ref_table = sirkel_field_ref_table (table, field);
  if (ref_table != NULL)
    {
      g_autofree char *title = NULL;
      gboolean live = TRUE;

      if (store != NULL)
        title = sirkel_history_dup_row_title (store, ref_table, value, &live, NULL);
      return sirkel_history_format_item (ref_table, title, live, TRUE);
    }
  if (is_date_field (field, value))
    return sirkel_plan_format_date (value);
  if (is_real_column (table, field))
    {
      char *end = NULL;
      double number = g_ascii_strtod (value, &end);

      if (end != NULL && *end == '\0')
        return sirkel_plan_format_number (number);
    }
  if (g_ascii_isdigit (*value) || (*value == '-' && g_ascii_isdigit (value[1])))
    return g_strdup (value);
  /* Translators: a text value in the history, in quotation marks. */
  return g_strdup_printf (_("“%s”"), value);
}

/**
 * sirkel_history_format_item:
 * @title: (nullable): the row's title now, %NULL or "" when it has none
 * @live: %FALSE when the row is deleted
 * @capital: whether the name begins a sentence
 *
 * Returns: (transfer full): 'goal “Fewer young people outside work”', 'score', with
 *   " (deleted)" for a deleted row; 'Goal …' with @capital
 */
char *
sirkel_history_format_item (const char *table,
                            const char *title,
                            gboolean    live,
                            gboolean    capital)
{
  const char *noun = sirkel_entity_noun (table);
  g_autofree char *item = NULL;
  g_autofree char *name = NULL;

  if (capital)
    {
      g_autofree char *first = g_utf8_substring (noun, 0, 1);
      g_autofree char *upper = g_utf8_strup (first, -1);

      name = g_strconcat (upper, g_utf8_offset_to_pointer (noun, 1), NULL);
    }
  else
    name = g_strdup (noun);
  if (title != NULL && *title != '\0')
    {
      g_autofree char *short_title = sirkel_history_shorten (title, 60);

      /* Translators: an item in the history: its kind and its title, 'goal “Fewer smokers”'. */
      item = g_strdup_printf (_("%s “%s”"), name, short_title);
    }
  else
    item = g_steal_pointer (&name);
  if (live)
    return g_steal_pointer (&item);
  /* Translators: an item in the history that has since been deleted. */
  return g_strdup_printf (_("%s (deleted)"), item);
}

/**
 * sirkel_history_page_for:
 * @row_id: the row's id as text
 * @item: (out): what the page should select: @row_id, a part of the page, or ""
 *
 * Returns: (nullable): the project view's page that shows rows of @table, for
 *   view.show-item; %NULL for a table no page shows
 */
const char *
sirkel_history_page_for (const char  *table,
                         const char  *row_id,
                         const char **item)
{
  static const struct { const char *table; const char *page; const char *part; } pages[] = {
    { "project", "dashboard", "" },
    { "indicator", "overview", NULL },
    { "data_import", "data", "" },
    { "assessment", "overview", NULL },
    { "finding", "overview", NULL },
    { "finding_indicator", "overview", NULL },
    { "criterion", "overview", SIRKEL_OVERVIEW_PRIORITISATION },
    { "score", "overview", SIRKEL_OVERVIEW_PRIORITISATION },
    { "decision", "overview", SIRKEL_OVERVIEW_PRIORITISATION },
    { "plan", "plan", "" },
    { "goal", "plan", NULL },
    { "goal_finding", "plan", "" },
    { "measure", "measures", NULL },
    { "measure_goal", "measures", "" },
    { "measure_partner", "measures", NULL },
    { "budget_line", "measures", NULL },
    { "evaluation", "evaluation", NULL },
    { "logic_element", "evaluation", NULL },
    { "eval_indicator", "evaluation", NULL },
    { "measurement", "evaluation", NULL },
    { "lesson", "learning", NULL },
    { "improvement_cycle", "learning", NULL },
    { "annual_status", "learning", NULL },
    { "yearwheel_event", "learning", NULL },
  };

  *item = "";
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (pages[i].table, table))
      {
        *item = pages[i].part != NULL ? pages[i].part : row_id != NULL ? row_id : "";
        return pages[i].page;
      }
  return NULL;
}
