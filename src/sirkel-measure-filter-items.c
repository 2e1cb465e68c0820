/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The items of SirkelMeasureFilters' drop-downs, from the project as it is now: the goals in
 * the order of the Plan page's tree, the statuses, the distinct responsible units and evidence
 * ratings, and the years the measures and their budgets cover. See
 * sirkel-measure-filters-private.h.
 */
#define G_LOG_DOMAIN "sirkel-measure-filters"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "sirkel-measure-filters-private.h"
#include "sirkel-measure-labels.h"

/* A year range beyond this many years is cut to the project's period. */
#define MAX_YEARS 30

static void
items_add (SirkelMeasureFilterItems *items,
           const char               *key,
           const char               *label)
{
  g_ptr_array_add (items->keys, g_strdup (key));
  gtk_string_list_append (items->labels, label);
}

static void
add_goals (SirkelDocument           *document,
           SirkelMeasureFilterItems *items,
           const SirkelId           *parent,
           guint                     depth)
{
  GListModel *goals = sirkel_document_get_list (document, "goal");

  for (guint i = 0; depth < 8 && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SirkelEntity) goal = g_list_model_get_item (goals, i);
      g_autofree char *id = NULL;
      g_autofree char *label = NULL;
      const char *title = sirkel_entity_get_title (goal);
      SirkelId ref;
      gboolean top = !sirkel_entity_get_ref (goal, "parent_id", &ref) ||
                     sirkel_document_find (document, "goal", &ref) == NULL;

      if (parent == NULL ? !top : top || !sirkel_id_equal (&ref, parent))
        continue;
      id = sirkel_entity_dup_id_string (goal);
      /* Sub-goals are indented under their goal, as in the Plan page's tree. */
      label = g_strdup_printf ("%*s%s%s", (int) depth * 3, "", depth > 0 ? "› " : "",
                               *title != '\0' ? title : _("Untitled goal"));
      items_add (items, id, label);
      add_goals (document, items, sirkel_entity_get_id (goal), depth + 1);
    }
}

static void
collect_year (int  year,
              int *min,
              int *max)
{
  if (year < 1900 || year > 2200)
    return;
  *min = MIN (*min, year);
  *max = MAX (*max, year);
}

static int
compare_collate (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  return -g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The items of the drop-down for @kind from the project as it is now; keys[0] is "" (any). */
void
_sirkel_measure_filter_build_items (SirkelDocument           *document,
                                    int                       kind,
                                    SirkelMeasureFilterItems *items)
{
  GListModel *measures = document != NULL ? sirkel_document_get_list (document, "measure") : NULL;
  guint n = measures != NULL ? g_list_model_get_n_items (measures) : 0;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  switch (kind)
    {
    case F_GOAL:
      items_add (items, "", _("All goals"));
      items_add (items, "none", _("Without a goal"));
      if (document != NULL)
        add_goals (document, items, NULL, 0);
      return;
    case F_STATUS:
      items_add (items, "", _("All statuses"));
      for (guint i = 0; sirkel_measure_status_keys[i] != NULL; i++)
        items_add (items, sirkel_measure_status_keys[i],
                   sirkel_measure_status_label (sirkel_measure_status_keys[i]));
      return;
    case F_RESPONSIBLE:
    case F_EVIDENCE:
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SirkelEntity) measure = g_list_model_get_item (measures, i);
          char *text;

          if (kind == F_RESPONSIBLE)
            text = g_strstrip (g_strdup (sirkel_entity_get_text (measure, "responsible")));
          else if (sirkel_measure_evidence_known (measure))
            text = sirkel_measure_dup_evidence_label (sirkel_entity_get_text (measure, "evidence_scheme"),
                                                      sirkel_entity_get_text (measure, "evidence_level"));
          else
            continue;
          if (*text == '\0' || g_ptr_array_find_with_equal_func (found, text, g_str_equal, NULL))
            g_free (text);
          else
            g_ptr_array_add (found, text);
        }
      g_ptr_array_sort (found, kind == F_RESPONSIBLE ? compare_collate : compare_descending);
      if (kind == F_RESPONSIBLE)
        items_add (items, "", _("All units"));
      else
        {
          items_add (items, "", _("Any evidence"));
          items_add (items, "unknown", _("Evidence unknown"));
        }
      for (guint i = 0; i < found->len; i++)
        items_add (items, g_ptr_array_index (found, i), g_ptr_array_index (found, i));
      return;
    case F_YEAR:
      {
        SirkelEntity *project = document != NULL ? sirkel_document_get_project (document) : NULL;
        GListModel *lines = document != NULL ? sirkel_document_get_list (document, "budget_line") : NULL;
        int period_from = project != NULL ? (int) sirkel_entity_get_int (project, "period_from") : 0;
        int period_to = project != NULL ? (int) sirkel_entity_get_int (project, "period_to") : 0;
        int min = G_MAXINT, max = G_MININT;

        items_add (items, "", _("All years"));
        collect_year (period_from, &min, &max);
        collect_year (period_to, &min, &max);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(SirkelEntity) measure = g_list_model_get_item (measures, i);
            const char *start = sirkel_entity_get_text (measure, "start_date");
            const char *end = sirkel_entity_get_text (measure, "end_date");

            if (start != NULL)
              collect_year (atoi (start), &min, &max);
            if (end != NULL)
              collect_year (atoi (end), &min, &max);
          }
        for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
          {
            g_autoptr(SirkelEntity) line = g_list_model_get_item (lines, i);

            collect_year ((int) sirkel_entity_get_int (line, "year"), &min, &max);
          }
        if (min <= max && max - min >= MAX_YEARS && period_from > 0 && period_to >= period_from)
          {
            min = period_from;
            max = period_to;
          }
        for (int year = min; min <= max && year <= max && year - min < MAX_YEARS; year++)
          {
            g_autofree char *key = g_strdup_printf ("%d", year);

            items_add (items, key, key);
          }
      }
      return;
    default:
      g_assert_not_reached ();
    }
}
