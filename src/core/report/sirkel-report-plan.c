/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folkehelseplan med handlingsplan (fhl §§ 6–7): what the municipality wants to achieve
 * and what it will do.
 *
 *   1  Introduction: the basis, the plans that carry the goals, the prioritised challenges
 *   2  Goals and challenges: each goal under its parent, with the challenges it answers and
 *      its indicator (baseline → target); the chain chart
 *   3  Measures: a table per goal, then each measure described (target group, arena,
 *      prevention level, evidence, FHI's four questions)
 *   4  Timeline: the timeline chart
 *   5–7  Budget and funding, responsibility, evaluation plan (sirkel-report-plan-tables.c)
 *
 * A measure that serves several goals is listed under each of them.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <string.h>

#include "sirkel-report-build.h"

typedef struct
{
  guint8  id[16];
  guint8  parent[16];
  gboolean has_parent;
  char   *level;
  char   *title;
  char   *description;
  char   *plan;
  char   *indicator;
  char   *target_line;   /* "16,3 (2024), target 13,3 (2027)" or NULL */
  char   *tags;
} Goal;

static void
goal_free (gpointer data)
{
  Goal *goal = data;

  g_free (goal->level);
  g_free (goal->title);
  g_free (goal->description);
  g_free (goal->plan);
  g_free (goal->indicator);
  g_free (goal->target_line);
  g_free (goal->tags);
  g_free (goal);
}

static const char *
goal_level (SirkelReport *r,
            const char   *level)
{
  if (g_strcmp0 (level, "samfunnsmal") == 0)
    return report_tr (r, NC_("report", "Community goal"));
  if (g_strcmp0 (level, "effektmal") == 0)
    return report_tr (r, NC_("report", "Effect goal"));
  if (g_strcmp0 (level, "resultatmal") == 0)
    return report_tr (r, NC_("report", "Result goal"));
  return level;
}

static const char *
report_plan_kind (SirkelReport *r,
                  const char   *kind)
{
  static const struct { const char *key; const char *label; } kinds[] = {
    { "planstrategi", NC_("report", "Planning strategy") },
    { "samfunnsdel", NC_("report", "Community part of the master plan") },
    { "handlingsdel", NC_("report", "Action part of the master plan") },
    { "kommunedelplan", NC_("report", "Municipal sub-plan") },
    { "temaplan", NC_("report", "Thematic plan") },
    { "okonomiplan", NC_("report", "Financial plan") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i].key) == 0)
      return report_tr (r, kinds[i].label);
  return kind;
}

static char *
goal_tags (SirkelReport *r,
           const char   *stored)
{
  static const struct { const char *key; const char *label; } tags[] = {
    { "0-24", NC_("report", "Children and young people 0–24") },
    { "psykisk helse", NC_("report", "Mental health") },
    { "livskvalitet", NC_("report", "Quality of life") },
    { "rusforebygging", NC_("report", "Prevention of substance abuse") },
  };
  g_auto(GStrv) keys = g_strsplit (stored, ";", -1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *label = g_strstrip (keys[i]);

      for (guint t = 0; t < G_N_ELEMENTS (tags); t++)
        if (g_str_equal (label, tags[t].key))
          label = report_tr (r, tags[t].label);
      if (*label == '\0')
        continue;
      /* "Children and young people 0–24, mental health": a capital only at the start. */
      if (labels->len == 0)
        g_ptr_array_add (labels, g_strdup (label));
      else
        {
          char lower[8] = { 0 };

          g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (label)), lower);
          g_ptr_array_add (labels, g_strconcat (lower, g_utf8_next_char (label), NULL));
        }
    }
  return report_join (labels, ", ");
}

static gboolean
load_goals (SirkelReport  *r,
            SirkelStore   *store,
            GPtrArray     *goals,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store,
                             "SELECT g.id, p.id, g.level, g.title, g.description, pl.title, "
                             "i.title, i.decimals, g.baseline, g.baseline_year, g.target, "
                             "g.target_year, g.tags FROM goal g LEFT JOIN goal p ON p.id = "
                             "g.parent_id AND p.deleted_at IS NULL LEFT JOIN plan pl ON pl.id = "
                             "g.plan_id AND pl.deleted_at IS NULL LEFT JOIN indicator i ON i.id = "
                             "g.indicator_id AND i.deleted_at IS NULL WHERE g.deleted_at IS NULL "
                             "ORDER BY g.sort, g.title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      Goal *goal;
      int decimals;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      goal = g_new0 (Goal, 1);
      memcpy (goal->id, sqlite3_column_blob (stmt, 0), MIN (16, sqlite3_column_bytes (stmt, 0)));
      goal->has_parent = !report_column_is_null (stmt, 1);
      if (goal->has_parent)
        memcpy (goal->parent, sqlite3_column_blob (stmt, 1),
                MIN (16, sqlite3_column_bytes (stmt, 1)));
      goal->level = g_strdup (report_column (stmt, 2));
      goal->title = g_strdup (report_column (stmt, 3));
      goal->description = g_strdup (report_column (stmt, 4));
      goal->plan = g_strdup (report_column (stmt, 5));
      goal->indicator = g_strdup (report_column (stmt, 6));
      decimals = report_column_is_null (stmt, 7) ? 1 : sqlite3_column_int (stmt, 7);
      if (!report_column_is_null (stmt, 8) && !report_column_is_null (stmt, 10))
        {
          g_autofree char *baseline = report_value_or_dash (r, stmt, 8, decimals);
          g_autofree char *target = report_value_or_dash (r, stmt, 10, decimals);
          int from = sqlite3_column_int (stmt, 9), to = sqlite3_column_int (stmt, 11);
          char *line = g_strdup_printf (report_tr (r, NC_("report", "%s (%d), target %s (%d)")),
                                        baseline, from, target, to);

          goal->target_line = line;
        }
      goal->tags = goal_tags (r, report_column (stmt, 12));
      g_ptr_array_add (goals, goal);
    }
}

static gboolean
goal_challenges (SirkelStore   *store,
                 Goal          *goal,
                 GPtrArray     *out,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, "SELECT f.title FROM goal_finding l JOIN finding f ON f.id = "
                             "l.finding_id WHERE l.goal_id = ?1 AND l.deleted_at IS NULL AND "
                             "f.deleted_at IS NULL ORDER BY f.sort, f.title", &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_blob (stmt, 1, goal->id, 16, SQLITE_STATIC), error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      g_ptr_array_add (out, g_strdup (report_column (stmt, 0)));
    }
}

static gboolean
add_goal (SirkelReport  *r,
          SirkelStore   *store,
          GPtrArray     *goals,
          Goal          *goal,
          guint          depth,
          GError       **error)
{
  g_autoptr(GPtrArray) challenges = g_ptr_array_new_with_free_func (g_free);

  sirkel_report_add_heading (r, depth == 0 ? 2 : 3, goal->title);
  if (*goal->description != '\0')
    sirkel_report_add_paragraph (r, goal->description);
  {
    g_autofree char *level = *goal->plan != '\0'
                             ? g_strdup_printf (report_tr (r, NC_("report", "%s, in %s")),
                                                goal_level (r, goal->level),
                                                goal->plan)
                             : g_strdup (goal_level (r, goal->level));

    sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Level:")), level);
  }
  if (*goal->indicator != '\0')
    {
      g_autofree char *text = goal->target_line != NULL
                              ? g_strdup_printf ("%s: %s", goal->indicator, goal->target_line)
                              : g_strdup (goal->indicator);

      sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Indicator:")), text);
    }
  if (!goal_challenges (store, goal, challenges, error))
    return FALSE;
  if (challenges->len > 0)
    {
      g_autofree char *joined = report_join (challenges, "; ");

      sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Answers:")), joined);
    }
  if (*goal->tags != '\0')
    sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Programme areas:")),
                                          goal->tags);

  for (guint i = 0; i < goals->len; i++)
    {
      Goal *child = g_ptr_array_index (goals, i);

      if (child->has_parent && memcmp (child->parent, goal->id, 16) == 0 && depth < 8 &&
          !add_goal (r, store, goals, child, depth + 1, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_introduction (SirkelReport   *r,
                  SirkelStore    *store,
                  ReportProject  *project,
                  GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) prioritised = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *intro = NULL;
  const char *headers[] = {
    report_tr (r, NC_("report", "Plan")), report_tr (r, NC_("report", "Kind")),
    report_tr (r, NC_("report", "Status")), report_tr (r, NC_("report", "Adopted")),
    report_tr (r, NC_("report", "Period")),
  };
  const double widths[] = { 3.8, 2.6, 1.1, 1.2, 1.1 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Introduction"));
  intro = g_strdup_printf (report_tr (r, NC_("report",
    "This plan sets out the goals of %s for public health and the measures that are to reach them. "
    "It builds on the overview of health status and determinants and on the challenges prioritised "
    "there (Public Health Act §§ 5–7).")), project->kommune_name);
  sirkel_report_add_paragraph (r, intro);
  report_add_fixed (r, NC_("report",
    "The overarching goals belong in the community part of the municipal master plan; goals for a "
    "single field may stand in a municipal sub-plan or a thematic plan. The measures are followed "
    "up through the action part and the financial plan, which are revised every year."));

  if (!sirkel_store_prepare (store, "SELECT title, kind, status, adopted_on, period_from, "
                             "period_to, case_number FROM plan WHERE deleted_at IS NULL ORDER BY "
                             "period_from, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      static const struct { const char *key; const char *label; } statuses[] = {
        { "draft", NC_("report", "Draft") },
        { "consultation", NC_("report", "Out for consultation") },
        { "adopted", NC_("report", "Adopted") },
      };
      g_autofree char *adopted = NULL;
      g_autofree char *period = NULL;
      const char *status = "";

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        table = report_add_fixed_table (r, NC_("report", "The plans that carry the goals"),
                                         G_N_ELEMENTS (headers), headers, widths);
      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        if (g_str_equal (report_column (stmt, 2), statuses[i].key))
          status = report_tr (r, statuses[i].label);
      adopted = report_format_iso_date (r, report_column (stmt, 3), FALSE);
      if (*report_column (stmt, 6) != '\0')
        {
          /* Translators: the municipality's case number of a plan's adoption, e.g. "sak 2024/311". */
          g_autofree char *case_text = g_strdup_printf (report_tr (r, NC_("report", "case %s")),
                                                        report_column (stmt, 6));
          char *both = adopted != NULL ? g_strdup_printf ("%s (%s)", adopted, case_text) : g_strdup (case_text);

          g_free (adopted);
          adopted = both;
        }
      period = report_column_is_null (stmt, 4) ? g_strdup ("")
               : report_period (sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5));
      sirkel_report_table_add_row (table, (const char *[]) {
        report_column (stmt, 0), report_plan_kind (r, report_column (stmt, 1)), status,
        adopted != NULL ? adopted : "", period, NULL });
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!sirkel_store_prepare (store, "SELECT title FROM finding WHERE deleted_at IS NULL AND kind = "
                             "'challenge' AND prioritised = 1 ORDER BY sort, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (prioritised, g_strdup (report_column (stmt, 0)));
    }
  if (prioritised->len == 0)
    report_add_fixed (r, NC_("report", "No public health challenge has been prioritised yet."));
  else
    {
      g_ptr_array_add (prioritised, NULL);
      report_add_fixed (r, NC_("report", "The plan answers these "
                                                          "prioritised public health "
                                                          "challenges:"));
      sirkel_report_add_list (r, (const char * const *) prioritised->pdata);
    }
  return TRUE;
}

static gboolean
add_goals (SirkelReport  *r,
           SirkelStore   *store,
           GError       **error)
{
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (goal_free);

  report_add_fixed_heading (r, 1, NC_("report", "Goals and challenges"));
  report_add_fixed (r, NC_("report",
    "The goals stand on three levels: community goals say what kind of community the municipality "
    "wants, effect goals what is to change for the population, and result goals what the services "
    "are to deliver. Each goal names the challenges it answers and, where it has one, the "
    "indicator that will show whether it is reached."));
  if (!load_goals (r, store, goals, error))
    return FALSE;
  if (goals->len == 0)
    {
      report_add_fixed (r, NC_("report", "No goals have been set yet."));
      return TRUE;
    }
  for (guint i = 0; i < goals->len; i++)
    {
      Goal *goal = g_ptr_array_index (goals, i);

      if (!goal->has_parent && !add_goal (r, store, goals, goal, 0, error))
        return FALSE;
    }
  return report_add_chart (r, store, "chain",
                           report_tr (r, NC_("report", "From indicators and challenges to goals "
                                                       "and measures")),
                           report_tr (r, NC_("report", "Source: the links between challenges, "
                                                       "goals and measures in the plan.")), error);
}

gboolean
report_build_plan (SirkelReport   *report,
                   SirkelStore    *store,
                   ReportProject  *project,
                   GError        **error)
{
  g_autofree char *title = NULL;
  g_autofree char *header = NULL;

  title = g_strdup_printf (report_tr (report, NC_("report", "Public health plan for %s")),
                           project->kommune_name);
  header = g_strdup_printf (report_tr (report, NC_("report", "Public health plan %d–%d")),
                            project->period_from, project->period_to);
  report_begin (report, project,
                report_tr (report, NC_("report", "Public health plan and action plan")),
                title, header,
                report_tr (report, NC_("report", "The municipality’s goals and measures in public "
                                                 "health under the Public Health Act §§ 6 and 7")),
                report_tr (report, NC_("report", "public health, plan, goals, measures, action "
                                                 "plan")));
  return add_introduction (report, store, project, error) &&
         add_goals (report, store, error) &&
         report_plan_add_measures (report, store, error) &&
         report_plan_add_timeline (report, store, error) &&
         report_plan_add_budget (report, store, error) &&
         report_plan_add_responsibility (report, store, error) &&
         report_plan_add_evaluation (report, store, error);
}
