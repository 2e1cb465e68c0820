/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The oversiktsdokument (DOMAIN.md § 1.2): the municipality's written overview of health
 * status and determinants, structured by forskrift § 3 a–f.
 *
 *   1  Summary: the prioritised challenges, the decision, the indicators that are worse than
 *      landet and worsening, and the barometer
 *   2  Legal basis: fhl §§ 4–7, the forskrift and its six categories
 *   3  Method and sources
 *   4–9  One chapter per category: indicators (a table), their development (trend charts of
 *      the key indicators), the assessment, and the challenges and resources
 *   10 Social inequalities in health
 *   11 Prioritisation: criteria, ranking, scores with reasons, the matrix, the decision
 *   A  Appendix: every indicator with its provenance, and the imported files
 *
 * The key indicators of a category are those linked to its challenges and resources, then
 * those significantly worse than landet and worsening; at most four trend charts each.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>

#include "sirkel-domain.h"
#include "sirkel-indicator-summary.h"
#include "sirkel-priority.h"
#include "sirkel-report-build.h"

#define MAX_TRENDS_PER_CATEGORY 4

typedef struct
{
  SirkelReport  *report;
  SirkelStore   *store;
  ReportProject *project;
  GPtrArray     *summaries;   /* SirkelIndicatorSummary */
  GHashTable    *linked;      /* indicator keys linked to a finding → the finding's category */
} Overview;

static char *
summary_value (Overview                *o,
               SirkelIndicatorSummary  *s,
               double                   value)
{
  return report_format_number (o->report, value, s->decimals);
}

static gboolean
load_links (Overview  *o,
            GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (o->store, "SELECT i.key, coalesce (f.category, i.category, '') FROM "
                             "finding_indicator l JOIN finding f ON f.id = l.finding_id JOIN "
                             "indicator i ON i.id = l.indicator_id WHERE l.deleted_at IS NULL AND "
                             "f.deleted_at IS NULL AND i.deleted_at IS NULL ORDER "
                             "BY f.sort, i.sort", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (o->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (!g_hash_table_contains (o->linked, report_column (stmt, 0)))
        g_hash_table_insert (o->linked, g_strdup (report_column (stmt, 0)),
                             g_strdup (report_column (stmt, 1)));
    }
}

static gboolean
add_summary (Overview  *o,
             GError   **error)
{
  SirkelReport *r = o->report;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) prioritised = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) worse = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *intro = NULL;
  g_autofree char *period = report_period (o->project->period_from, o->project->period_to);
  g_autofree char *source = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Summary"));
  intro = g_strdup_printf (report_tr (r, NC_("report",
    "This document is the overview of the population’s health status and of the factors that "
    "affect it in %s, for the period %s. It is the written overview the Public Health Act § 5 "
    "requires, and it is the basis for the municipality’s planning strategy and for its goals and "
    "measures in public health.")),
    o->project->kommune_name, period);
  sirkel_report_add_paragraph (r, intro);

  if (!sirkel_store_prepare (o->store, "SELECT title, category FROM finding WHERE deleted_at IS "
                             "NULL AND kind = 'challenge' AND prioritised = 1 "
                             "ORDER BY sort, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (o->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (*report_column (stmt, 1) != '\0')
        g_ptr_array_add (prioritised,
                         g_strdup_printf ("%s (%s)", report_column (stmt, 0),
                                          report_category_name (r, report_column (stmt, 1)[0])));
      else
        g_ptr_array_add (prioritised, g_strdup (report_column (stmt, 0)));
    }
  if (prioritised->len == 0)
    report_add_fixed (r, NC_("report", "No public health challenge has been prioritised yet."));
  else
    {
      g_ptr_array_add (prioritised, NULL);
      report_add_fixed (r, NC_("report", "The municipality has "
                                                          "prioritised these public health "
                                                          "challenges:"));
      sirkel_report_add_list (r, (const char * const *) prioritised->pdata);
    }

  for (guint i = 0; i < o->summaries->len; i++)
    {
      SirkelIndicatorSummary *s = g_ptr_array_index (o->summaries, i);

      if (s->worse_and_worsening)
        g_ptr_array_add (worse, g_strdup (s->title));
    }
  if (worse->len > 0)
    {
      g_ptr_array_add (worse, NULL);
      report_add_fixed (r, NC_("report", "These indicators are "
                                                          "significantly worse than the national "
                                                          "level and getting worse:"));
      sirkel_report_add_list (r, (const char * const *) worse->pdata);
    }

  source = report_dup_import_source (r, o->store, NULL, error);
  if (source == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (o->summaries->len > 0)
    {
      g_autofree char *caption = g_strdup_printf (report_tr (r, NC_("report",
        "Public health barometer: %s compared with the national level")), o->project->kommune_name);

      report_add_fixed_heading (r, 2, NC_("report", "Public health barometer"));
      report_add_fixed (r, NC_("report",
        "Every indicator at a glance: the municipality’s latest value beside the county’s and the "
        "country’s, and whether it is significantly better or worse than the national level. Green "
        "does not mean that there is no problem; the national level is not a target."));
      if (!report_add_chart (r, o->store, "barometer", caption, source, error))
        return FALSE;
    }
  return TRUE;
}

static void
add_legal_basis (Overview *o)
{
  SirkelReport *r = o->report;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  report_add_fixed_heading (r, 1, NC_("report", "Legal basis"));
  report_add_fixed (r, NC_("report",
    "Under the Public Health Act § 5 the municipality shall have the necessary overview of the "
    "population’s health status and of the positive and negative factors that can affect it. The "
    "overview shall be written, shall identify the municipality’s public health challenges, and "
    "shall assess their consequences and causes. The municipality shall look in particular for "
    "developments that can create or sustain social or health problems, or social inequalities in "
    "health."));
  report_add_fixed (r, NC_("report",
    "The regulations on the overview of public health § 3 set out what the overview shall contain: "
    "information about, and an assessment of,"));
  for (const char *c = SIRKEL_CATEGORIES; *c != '\0'; c++)
    g_ptr_array_add (items, g_strdup_printf ("%c) %s", *c, report_category_name (r, *c)));
  g_ptr_array_add (items, NULL);
  sirkel_report_add_list (r, (const char * const *) items->pdata);
  report_add_fixed (r, NC_("report",
    "The overview shall also point out the community’s resources. A complete overview document is "
    "written every fourth year and shall be ready when work on the planning strategy starts; "
    "between those years the overview is kept up to date as part of ordinary work."));
  report_add_fixed (r, NC_("report",
    "The public health challenges shall be discussed in the planning strategy (Public Health Act § "
    "6 and the Planning and Building Act § 10-1). The municipality then sets goals and strategies "
    "for them in the municipal master plan and takes the measures needed to meet them (Public "
    "Health Act §§ 6 and 7)."));
}

static gboolean
add_method (Overview  *o,
            GError   **error)
{
  SirkelReport *r = o->report;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Method and sources"));
  report_add_fixed (r, NC_("report",
    "The overview builds on statistics that national and regional authorities make available, on "
    "knowledge from the municipality’s health and care services, and on knowledge about the local "
    "community and the environment. The statistics were imported into Sirkel from the files the "
    "sources publish, with the file, the table and the time of import recorded for every figure "
    "(see the appendix)."));
  report_add_fixed (r, /* xgettext:no-c-format */ NC_("report",
    "Each indicator is compared with the national level. Where the data give a confidence "
    "interval, or a numerator and a denominator, the municipality is called significantly better "
    "or worse when the national value lies outside the municipality’s 95 % confidence interval; "
    "where they do not, the comparison says that it was not tested. Indicators where neither a "
    "higher nor a lower value is better are only called higher or lower. The trend is the slope "
    "over the last five periods with data."));
  report_add_fixed (r, NC_("report",
    "Many indicators are averages over three or more years, and some are standardised for age and "
    "sex. Values for small groups are hidden when they could identify individuals; a hidden value "
    "is shown as missing, never as zero."));

  if (!sirkel_store_prepare (o->store, "SELECT DISTINCT source FROM data_import WHERE deleted_at "
                             "IS NULL AND source <> '' ORDER BY source", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (o->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (sources, g_strdup (report_column (stmt, 0)));
    }
  if (sources->len == 0)
    report_add_fixed (r, NC_("report", "No statistics have been imported yet."));
  else
    {
      g_ptr_array_add (sources, NULL);
      report_add_fixed (r, NC_("report", "Statistics from these sources are used:"));
      sirkel_report_add_list (r, (const char * const *) sources->pdata);
    }
  return TRUE;
}

static void
add_indicator_table (Overview *o,
                     char      category)
{
  SirkelReport *r = o->report;
  const char *headers[] = {
    report_tr (r, NC_("report", "Indicator")), report_tr (r, NC_("report", "Period")),
    report_tr (r, NC_("report", "Municipality")), report_tr (r, NC_("report", "County")),
    report_tr (r, NC_("report", "National")),
    report_tr (r, NC_("report", "Compared with the national level")),
    report_tr (r, NC_("report", "Trend")),
  };
  const double widths[] = { 3.05, 1.4, 1.2, 0.95, 0.95, 1.9, 1.4 };
  g_autofree char *lower = g_utf8_strdown (report_category_name (r, category), -1);
  g_autofree char *caption = g_strdup_printf (report_tr (r, NC_("report", "Indicators for %s")),
                                              lower);
  SirkelReportTable *table = NULL;

  for (guint i = 0; i < o->summaries->len; i++)
    {
      SirkelIndicatorSummary *s = g_ptr_array_index (o->summaries, i);
      g_autofree char *name = NULL;
      g_autofree char *period = NULL;
      g_autofree char *value = NULL;
      g_autofree char *fylke = NULL;
      g_autofree char *landet = NULL;

      if (s->category == NULL || s->category[0] != category)
        continue;
      if (table == NULL)
        {
          table = sirkel_report_add_table (r, caption, G_N_ELEMENTS (headers), headers, widths);
          for (guint c = 2; c <= 4; c++)
            sirkel_report_table_set_numeric (table, c);
        }
      name = s->unit != NULL && *s->unit != '\0' ? g_strdup_printf ("%s (%s)", s->title,
                                                                    s->unit) : g_strdup (s->title);
      period = s->landet.klass == SIRKEL_COMPARISON_NO_DATA ? g_strdup ("–")
               : report_period (s->landet.period_from, s->landet.period_to);
      value = s->landet.klass == SIRKEL_COMPARISON_NO_DATA ? g_strdup ("–")
              : summary_value (o, s, s->landet.value);
      fylke = summary_value (o, s, s->fylke.reference);
      landet = summary_value (o, s, s->landet.reference);
      sirkel_report_table_add_row (table, (const char *[]) {
        name, period, value, fylke, landet, report_comparison_label (r, s->landet.klass),
        report_trend_label (r, s->trend, s->polarity), NULL });
    }
  if (table == NULL)
    report_add_fixed (r, NC_("report", "No indicators have been imported for this area."));
}

static gboolean
add_trends (Overview  *o,
            char       category,
            GError   **error)
{
  SirkelReport *r = o->report;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  /* Linked to the category's findings first, then worse and worsening. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < o->summaries->len && keys->len < MAX_TRENDS_PER_CATEGORY; i++)
      {
        SirkelIndicatorSummary *s = g_ptr_array_index (o->summaries, i);
        const char *linked = g_hash_table_lookup (o->linked, s->key);
        gboolean in_category = s->category != NULL && s->category[0] == category;
        gboolean wanted = pass == 0 ? linked != NULL && linked[0] == category
                                    : s->worse_and_worsening && in_category;

        if (wanted && !g_ptr_array_find_with_equal_func (keys, s, NULL, NULL) &&
            s->landet.klass != SIRKEL_COMPARISON_NO_DATA)
          g_ptr_array_add (keys, s);
      }
  if (keys->len == 0)
    return TRUE;

  report_add_fixed_heading (r, 2, NC_("report", "Development over time"));
  for (guint i = 0; i < keys->len; i++)
    {
      SirkelIndicatorSummary *s = g_ptr_array_index (keys, i);
      g_autofree char *name = g_strdup_printf ("trend:%s", s->key);
      g_autofree char *caption = NULL;
      g_autofree char *source = report_dup_import_source (r, o->store, s->key, error);

      caption = g_strdup_printf (report_tr (r, NC_("report", "%s in %s, the county and the "
                                                   "country")), s->title, o->project->kommune_name);
      if (source == NULL && error != NULL && *error != NULL)
        return FALSE;
      if (!report_add_chart (r, o->store, name, caption, source, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_assessment (Overview  *o,
                char       category,
                GError   **error)
{
  SirkelReport *r = o->report;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char code[2] = { category, '\0' };
  gboolean has_row = TRUE, any = FALSE;

  report_add_fixed_heading (r, 2, NC_("report", "Assessment"));
  if (!sirkel_store_prepare (o->store, "SELECT title, body, sources, status FROM assessment WHERE "
                             "deleted_at IS NULL AND category = ?1 ORDER BY "
                             "created_at, id", &stmt, error) ||
      !sirkel_store_check (o->store, sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC), error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (o->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      any = TRUE;
      if (*report_column (stmt, 0) != '\0')
        sirkel_report_add_heading (r, 3, report_column (stmt, 0));
      if (g_str_equal (report_column (stmt, 3), "draft"))
        report_add_fixed_note (r, NC_("report", "This assessment is a draft."));
      sirkel_report_add_paragraph (r, report_column (stmt, 1));
      if (*report_column (stmt, 2) != '\0')
        sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Sources:")),
                                              report_column (stmt, 2));
    }
  if (!any)
    report_add_fixed (r, NC_("report", "No assessment has been written for this area yet."));
  return TRUE;
}

static gboolean
finding_indicators (Overview     *o,
                    sqlite3_stmt *finding,
                    char        **out,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (o->store, "SELECT i.title FROM finding_indicator l JOIN indicator i "
                             "ON i.id = l.indicator_id WHERE l.finding_id = ?1 AND l.deleted_at IS "
                             "NULL AND i.deleted_at IS NULL ORDER BY i.sort, "
                             "i.key", &stmt, error) ||
      !sirkel_store_check (o->store, sqlite3_bind_blob (stmt, 1, sqlite3_column_blob (finding, 0),
                                                        sqlite3_column_bytes (finding, 0),
                                                        SQLITE_TRANSIENT), error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (o->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (titles, g_strdup (report_column (stmt, 0)));
    }
  *out = report_join (titles, "; ");
  return TRUE;
}

static gboolean
add_findings (Overview  *o,
              char       category,
              GError   **error)
{
  SirkelReport *r = o->report;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char code[2] = { category, '\0' };
  gboolean has_row = TRUE, any = FALSE;

  report_add_fixed_heading (r, 2, NC_("report", "Challenges and resources"));
  if (!sirkel_store_prepare (o->store, "SELECT id, kind, title, description, causes, consequences, "
                             "inequality, age_group, sources, prioritised, priority_reason FROM "
                             "finding WHERE deleted_at IS NULL AND category = ?1 ORDER BY kind, "
                             "sort, title", &stmt, error) ||
      !sirkel_store_check (o->store, sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC), error))
    return FALSE;
  while (TRUE)
    {
      static const struct { int column; const char *label; } fields[] = {
        { 4, NC_("report", "Causes:") },
        { 5, NC_("report", "Consequences:") },
        { 6, NC_("report", "Social inequality:") },
        { 7, NC_("report", "Age group:") },
        { 8, NC_("report", "Sources:") },
      };
      g_autofree char *heading = NULL;
      g_autofree char *indicators = NULL;

      if (!report_step (o->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      any = TRUE;
      heading = g_strdup_printf (g_str_equal (report_column (stmt, 1), "resource")
                                 ? report_tr (r, NC_("report", "Resource: %s"))
                                 : report_tr (r, NC_("report", "Challenge: %s")),
                                 report_column (stmt, 2));
      sirkel_report_add_heading (r, 3, heading);
      sirkel_report_add_paragraph (r, report_column (stmt, 3));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        if (*report_column (stmt, fields[i].column) != '\0')
          sirkel_report_add_labelled_paragraph (r, report_tr (r, fields[i].label),
                                                report_column (stmt, fields[i].column));
      if (!finding_indicators (o, stmt, &indicators, error))
        return FALSE;
      if (*indicators != '\0')
        sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Indicators:")),
                                              indicators);
      if (sqlite3_column_int (stmt, 9) != 0)
        sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Prioritised:")),
                                              *report_column (stmt, 10) != '\0'
                                              ? report_column (stmt, 10)
                                              : report_tr (r, NC_("report", "yes")));
    }
  if (!any)
    report_add_fixed (r, NC_("report", "No challenges or resources have been recorded for this "
                                       "area."));
  return TRUE;
}

static gboolean
add_inequality (Overview  *o,
                GError   **error)
{
  SirkelReport *r = o->report;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE, any = FALSE;

  report_add_fixed_heading (r, 1, NC_("report", "Social inequalities in health"));
  report_add_fixed (r, NC_("report",
    "The municipality shall help to even out social inequalities in health (Public Health Act § 4) "
    "and watch for developments that create or sustain them (§ 5). This is what the overview says "
    "about how each challenge and resource is distributed in the population."));
  if (!sirkel_store_prepare (o->store, "SELECT title, inequality FROM finding WHERE deleted_at IS "
                             "NULL AND inequality <> '' ORDER BY kind, sort, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *label = NULL;

      if (!report_step (o->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      any = TRUE;
      label = g_strdup_printf ("%s:", report_column (stmt, 0));
      sirkel_report_add_labelled_paragraph (r, label, report_column (stmt, 1));
    }
  if (!any)
    report_add_fixed (r, NC_("report",
                                                     "The overview does not yet describe social "
                                                     "inequalities for any challenge or "
                                                     "resource."));
  return TRUE;
}

gboolean
report_build_overview (SirkelReport   *report,
                       SirkelStore    *store,
                       ReportProject  *project,
                       GError        **error)
{
  g_autoptr(GPtrArray) summaries = sirkel_indicator_summaries (store, error);
  g_autoptr(GHashTable) linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *title = NULL;
  g_autofree char *header = NULL;
  Overview o = { report, store, project, summaries, linked };

  if (summaries == NULL || !load_links (&o, error))
    return FALSE;
  title = g_strdup_printf (report_tr (report, NC_("report", "Health status and determinants in "
                                                          "%s")), project->kommune_name);
  header = g_strdup_printf (report_tr (report, NC_("report", "Overview document %d–%d")),
                            project->period_from, project->period_to);
  report_begin (report, project, report_tr (report, NC_("report", "Overview document")), title,
                header,
                report_tr (report, NC_("report", "The municipality’s written overview of public "
                                                 "health under the Public Health Act § 5")),
                report_tr (report, NC_("report", "public health, overview, health status, "
                                                 "determinants")));
  if (!add_summary (&o, error))
    return FALSE;
  add_legal_basis (&o);
  if (!add_method (&o, error))
    return FALSE;
  for (const char *c = SIRKEL_CATEGORIES; *c != '\0'; c++)
    {
      const char *name = report_category_name (report, *c);
      g_autofree char *heading = g_strdup_printf ("%s (§ 3 %c)", name, *c);

      sirkel_report_add_heading (report, 1, heading);
      report_add_fixed_heading (report, 2, NC_("report", "Indicators"));
      add_indicator_table (&o, *c);
      if (!add_trends (&o, *c, error) || !add_assessment (&o, *c, error) ||
          !add_findings (&o, *c, error))
        return FALSE;
    }
  return add_inequality (&o, error) &&
         report_overview_add_priorities (report, store, error) &&
         report_overview_add_appendix (report, store, error);
}
