/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building a document from a project file; see sirkel-report-build.h.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-chart-store.h"
#include "sirkel-i18n.h"
#include "sirkel-report-build.h"

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_utf8_make_valid (report_column (stmt, column), -1);
}

gboolean
report_project_load (SirkelStore    *store,
                     ReportProject  *project,
                     GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT title, kommune, kommune_name, fylke_name, period_from, "
                             "period_to, is_example, description FROM project WHERE deleted_at IS "
                             "NULL LIMIT 1", &stmt, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, SIRKEL_REPORT_ERROR, SIRKEL_REPORT_ERROR_NO_PROJECT,
                   _("The file holds no project, so there is nothing to write a document about."));
      return FALSE;
    }
  /* The municipality's name, else the project's title, else its number; and the other way
   * round for the title. */
  project->kommune = dup_column (stmt, 1);
  project->kommune_name = g_strstrip (dup_column (stmt, 2));
  project->title = g_strstrip (dup_column (stmt, 0));
  if (*project->kommune_name == '\0')
    {
      g_free (project->kommune_name);
      project->kommune_name = g_strdup (*project->title != '\0' ? project->title
                                                                 : project->kommune);
    }
  if (*project->title == '\0')
    {
      g_free (project->title);
      project->title = g_strdup (project->kommune_name);
    }
  project->fylke_name = dup_column (stmt, 3);
  project->period_from = sqlite3_column_int (stmt, 4);
  project->period_to = sqlite3_column_int (stmt, 5);
  project->is_example = sqlite3_column_int (stmt, 6) != 0;
  project->description = dup_column (stmt, 7);
  return TRUE;
}

void
report_project_clear (ReportProject *project)
{
  g_free (project->title);
  g_free (project->kommune);
  g_free (project->kommune_name);
  g_free (project->fylke_name);
  g_free (project->description);
}

/* Metadata, running header, footer, title page and contents. */
void
report_begin (SirkelReport  *report,
              ReportProject *project,
              const char    *kicker,
              const char    *title,
              const char    *header,
              const char    *subject,
              const char    *keywords)
{
  g_autofree char *period = report_period (project->period_from, project->period_to);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", project->title, period);
  g_autofree char *date = report_format_date (report, report->date, TRUE);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *notice = NULL;
  g_autofree char *all_keywords = NULL;

  g_ptr_array_add (facts, g_strdup_printf (report_tr (report, NC_("report", "Municipality: %s")),
                                           project->kommune_name));
  if (*project->fylke_name != '\0')
    g_ptr_array_add (facts,
                     g_strdup_printf (report_tr (report, NC_("report", "County: %s")),
                                      project->fylke_name));
  g_ptr_array_add (facts,
                   g_strdup_printf (report_tr (report, NC_("report", "Period: %s")), period));
  g_ptr_array_add (facts, g_strdup_printf (report_tr (report, NC_("report", "Date: %s")), date));
  g_ptr_array_add (facts,
                   g_strdup_printf (report_tr (report, NC_("report", "Project: %s")),
                                    project->title));
  g_ptr_array_add (facts, NULL);

  all_keywords = g_strdup_printf ("%s, %s, %s", keywords, project->kommune_name, period);
  if (project->is_example)
    {
      /* The example project says it is fictional; so does every document made from it. */
      g_autofree char *sentence = g_strdup_printf (report_tr (report, NC_("report",
        "This document was made from Sirkel’s example project. %s is a fictional municipality, and "
        "the statistics in it are generated: they do not describe any "
        "real place.")), project->kommune_name);

      if (*project->description != '\0')
        notice = g_strdup_printf ("%s\n\n%s", sentence, project->description);
      else
        notice = g_steal_pointer (&sentence);
      sirkel_report_set_footer_note (report, report_tr (report, NC_("report", "Example: a "
                                                                    "fictional municipality with "
                                                                    "generated data")));
      {
        const char *example = report_tr (report, NC_("report", "example"));
        g_autofree char *with_example = g_strdup_printf ("%s, %s", all_keywords, example);

        g_free (all_keywords);
        all_keywords = g_steal_pointer (&with_example);
      }
    }
  sirkel_report_set_metadata (report, title, project->title, subject, all_keywords);
  sirkel_report_set_running_header (report, header, project->title);
  sirkel_report_add_title_page (report, kicker, title, subtitle,
                                (const char * const *) facts->pdata, notice);
  sirkel_report_add_toc (report);
}

/* A paragraph, note or heading of fixed words (an NC_ key) in the document's language. */
void
report_add_fixed (SirkelReport *report,
                  const char   *key)
{
  const char *text = report_tr (report, key);

  sirkel_report_add_paragraph (report, text);
}

void
report_add_fixed_note (SirkelReport *report,
                       const char   *key)
{
  const char *text = report_tr (report, key);

  sirkel_report_add_note (report, text);
}

void
report_add_fixed_heading (SirkelReport *report,
                          guint         level,
                          const char   *key)
{
  const char *text = report_tr (report, key);

  sirkel_report_add_heading (report, level, text);
}

/* A table whose caption is fixed words (an NC_ key). */
SirkelReportTable *
report_add_fixed_table (SirkelReport       *report,
                        const char         *caption_key,
                        guint               n_columns,
                        const char * const *headers,
                        const double       *widths)
{
  const char *caption = report_tr (report, caption_key);

  return sirkel_report_add_table (report, caption, n_columns, headers, widths);
}

gboolean
report_step (SirkelStore   *store,
             sqlite3_stmt  *stmt,
             gboolean      *has_row,
             GError       **error)
{
  return sirkel_store_step_row (store, stmt, has_row, error);
}

/* Text columns: "" for NULL. */
const char *
report_column (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

gboolean
report_column_is_null (sqlite3_stmt *stmt,
                       int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL;
}

/**
 * report_add_chart:
 * @name: a chart name of sirkel_chart_new_from_store ()
 *
 * Adds the chart as a figure. A chart the project cannot draw (an indicator without
 * observations, say) is left out; only a store failure is an error.
 */
gboolean
report_add_chart (SirkelReport *report,
                  SirkelStore  *store,
                  const char   *name,
                  const char   *caption,
                  const char   *source,
                  GError      **error)
{
  g_autoptr(SirkelChart) chart = NULL;
  g_autoptr(GError) local = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (report->date),
                  g_date_time_get_month (report->date),
                  g_date_time_get_year (report->date));
  chart = sirkel_chart_new_from_store (store, name, report->chart_style, &today, &local);
  if (chart == NULL)
    {
      if (local->domain == SIRKEL_CHART_ERROR)
        {
          g_debug ("Leaving out the chart %s: %s", name, local->message);
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  sirkel_report_add_figure (report, chart, caption, source);
  return TRUE;
}

/* "Source: FHI, table LAVINNT. Imported 15.01.2026." for one indicator, or for all live
 * imports when @indicator_key is NULL. */
char *
report_dup_import_source (SirkelReport *report,
                          SirkelStore  *store,
                          const char   *indicator_key,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *latest = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *date = NULL;
  gboolean has_row = TRUE;

  if (indicator_key != NULL)
    {
      if (!sirkel_store_prepare (store,
                                 "SELECT i.source, i.source_table, (SELECT max (d.imported_at) "
                                 "FROM obs_series s JOIN data_import d ON d.id = s.import_id WHERE "
                                 "s.indicator_id = i.id AND d.deleted_at IS NULL) FROM indicator i "
                                 "WHERE i.key = ?1 AND i.deleted_at IS NULL",
                                 &stmt, error) ||
          !sirkel_store_check (store, sqlite3_bind_text (stmt, 1, indicator_key, -1,
                                                         SQLITE_TRANSIENT), error) ||
          !report_step (store, stmt, &has_row, error))
        return NULL;
      if (has_row)
        {
          if (*report_column (stmt, 1) != '\0')
            g_ptr_array_add (sources,
                             g_strdup_printf (report_tr (report, NC_("report", "%s, table %s")),
                                              report_column (stmt, 0), report_column (stmt, 1)));
          else
            g_ptr_array_add (sources, g_strdup (report_column (stmt, 0)));
          latest = g_strdup (report_column (stmt, 2));
        }
    }
  else
    {
      if (!sirkel_store_prepare (store, "SELECT DISTINCT source, max (imported_at) OVER () FROM "
                                 "data_import WHERE deleted_at IS NULL AND source <> '' ORDER BY "
                                 "source", &stmt, error))
        return NULL;
      while (TRUE)
        {
          if (!report_step (store, stmt, &has_row, error))
            return NULL;
          if (!has_row)
            break;
          g_ptr_array_add (sources, g_strdup (report_column (stmt, 0)));
          g_free (latest);
          latest = g_strdup (report_column (stmt, 1));
        }
    }
  if (sources->len == 0 || *(const char *) g_ptr_array_index (sources, 0) == '\0')
    return NULL;
  joined = report_join (sources, "; ");
  date = report_format_iso_date (report, latest, FALSE);
  if (date == NULL)
    return g_strdup_printf (report_tr (report, NC_("report", "Source: %s.")), joined);
  return g_strdup_printf (report_tr (report, NC_("report", "Source: %s. Imported %s.")), joined,
                          date);
}

/* The forskrift § 3 categories, as chapter titles. */
const char *
report_category_name (SirkelReport *report,
                      char          category)
{
  switch (category)
    {
    case 'a': return report_tr (report, NC_("report", "Population composition"));
    case 'b': return report_tr (report, NC_("report", "Upbringing and living conditions"));
    case 'c':
      return report_tr (report, NC_("report", "Physical, biological, chemical and social "
                                              "environment"));
    case 'd': return report_tr (report, NC_("report", "Injuries and accidents"));
    case 'e': return report_tr (report, NC_("report", "Health-related behaviour"));
    case 'f': return report_tr (report, NC_("report", "Health status"));
    default: return "";
    }
}

/* "2024" or "2022–2024". */
char *
report_period (int from,
               int to)
{
  if (from == to || to == 0)
    return g_strdup_printf ("%d", from);
  return g_strdup_printf ("%d–%d", from, to);
}

const char *
report_comparison_label (SirkelReport          *report,
                         SirkelComparisonClass  klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_NO_DATA:
      return report_tr (report, NC_("report", "No data"));
    case SIRKEL_COMPARISON_NOT_TESTED:
      return report_tr (report, NC_("report", "Not tested"));
    case SIRKEL_COMPARISON_SIMILAR:
      return report_tr (report, NC_("report", "No significant difference"));
    case SIRKEL_COMPARISON_BETTER:
      return report_tr (report, NC_("report", "Significantly better"));
    case SIRKEL_COMPARISON_WORSE:
      return report_tr (report, NC_("report", "Significantly worse"));
    case SIRKEL_COMPARISON_HIGHER:
      return report_tr (report, NC_("report", "Significantly higher"));
    case SIRKEL_COMPARISON_LOWER:
      return report_tr (report, NC_("report", "Significantly lower"));
    default: return "";
    }
}

/* With a polarity a rising or falling trend is improving or worsening. */
const char *
report_trend_label (SirkelReport *report,
                    SirkelTrend   trend,
                    int           polarity)
{
  switch (trend)
    {
    case SIRKEL_TREND_STABLE:
      return report_tr (report, NC_("report", "Stable"));
    case SIRKEL_TREND_RISING:
    case SIRKEL_TREND_FALLING:
      if (polarity == 0)
        return trend == SIRKEL_TREND_RISING ? report_tr (report, NC_("report", "Rising"))
                                            : report_tr (report, NC_("report", "Falling"));
      if (sirkel_trend_is_worsening (trend, polarity))
        return report_tr (report, NC_("report", "Worsening"));
      return report_tr (report, NC_("report", "Improving"));
    case SIRKEL_TREND_UNKNOWN:
    default:
      return report_tr (report, NC_("report", "Too few periods"));
    }
}

const char *
report_measure_status (SirkelReport *report,
                       const char   *status)
{
  static const struct { const char *key; const char *label; } labels[] = {
    { "proposed", NC_("report", "Proposed") },
    { "planned", NC_("report", "Planned") },
    { "ongoing", NC_("report", "Ongoing") },
    { "completed", NC_("report", "Completed") },
    { "stopped", NC_("report", "Stopped") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (status, labels[i].key) == 0)
      return report_tr (report, labels[i].label);
  return status != NULL ? status : "";
}

const char *
report_evaluation_kind (SirkelReport *report,
                        const char   *kind)
{
  if (g_strcmp0 (kind, "process") == 0)
    return report_tr (report, NC_("report", "Process evaluation"));
  if (g_strcmp0 (kind, "effect") == 0)
    return report_tr (report, NC_("report", "Effect evaluation"));
  if (g_strcmp0 (kind, "self") == 0)
    return report_tr (report, NC_("report", "Self-evaluation"));
  return kind != NULL ? kind : "";
}

/* A REAL column in the document's number format, or a dash for NULL. */
char *
report_value_or_dash (SirkelReport *report,
                      sqlite3_stmt *stmt,
                      int           column,
                      int           decimals)
{
  if (report_column_is_null (stmt, column))
    return g_strdup ("–");
  return report_format_number (report, sqlite3_column_double (stmt, column), decimals);
}

/* "01.01.2025–31.12.2027", "from 01.03.2026", or "" when neither is set. */
char *
report_dup_date_range (SirkelReport *report,
                       const char   *start,
                       const char   *end)
{
  g_autofree char *from = report_format_iso_date (report, start, FALSE);
  g_autofree char *to = report_format_iso_date (report, end, FALSE);

  if (from != NULL && to != NULL)
    return g_strdup_printf ("%s–%s", from, to);
  if (from != NULL)
    return g_strdup_printf (report_tr (report, NC_("report", "from %s")), from);
  if (to != NULL)
    return g_strdup_printf (report_tr (report, NC_("report", "until %s")), to);
  return g_strdup ("");
}

/**
 * report_add_decisions:
 * @subjects: an SQL list of decision subjects, such as "'evaluation', 'budget'"
 * @heading: (nullable): a fixed level-2 heading (msgid) to put before the first decision
 * @n_added: (out): how many decisions were added
 *
 * Adds each live decision on @subjects, oldest first: its title as a level-3 heading, its text,
 * and who decided it when (report_dup_decision_line ()).
 */
gboolean
report_add_decisions (SirkelReport  *r,
                      SirkelStore   *store,
                      const char    *subjects,
                      const char    *heading,
                      guint         *n_added,
                      GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT title, body, decided_by, decided_on, case_number "
                                          "FROM decision WHERE deleted_at IS NULL AND subject IN "
                                          "(%s) ORDER BY decided_on, title", subjects);
  gboolean has_row = TRUE;

  *n_added = 0;
  if (!sirkel_store_prepare (store, sql, &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *line = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (*n_added == 0 && heading != NULL)
        report_add_fixed_heading (r, 2, heading);
      (*n_added)++;
      if (*report_column (stmt, 0) != '\0')
        sirkel_report_add_heading (r, 3, report_column (stmt, 0));
      sirkel_report_add_paragraph (r, report_column (stmt, 1));
      line = report_dup_decision_line (r, stmt, 2, 3, 4);
      if (line != NULL)
        sirkel_report_add_paragraph (r, line);
    }
  return TRUE;
}

/* "Decided by Kommunestyret on 20 June 2024, case 24/1234." from the columns given; NULL when
 * neither who nor when is known. */
char *
report_dup_decision_line (SirkelReport *r,
                          sqlite3_stmt *stmt,
                          int           by,
                          int           on,
                          int           case_number)
{
  g_autofree char *date = report_format_iso_date (r, report_column (stmt, on), TRUE);
  const char *who = report_column (stmt, by);
  const char *number = report_column (stmt, case_number);

  if (*who == '\0' && date == NULL)
    return NULL;
  if (*number != '\0')
    return g_strdup_printf (report_tr (r, NC_("report", "Decided by %s on %s, case %s.")),
                            *who != '\0' ? who : "–", date != NULL ? date : "–", number);
  return g_strdup_printf (report_tr (r, NC_("report", "Decided by %s on %s.")),
                          *who != '\0' ? who : "–", date != NULL ? date : "–");
}

char *
report_join (GPtrArray  *texts,
             const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (texts, i));
    }
  return g_string_free (out, FALSE);
}

/**
 * sirkel_report_new_from_store:
 * @store: an open project file
 * @type: which document
 * @language: "nb", "nn" or "en", whatever the UI speaks
 * @date: (nullable): the document's date; %NULL for sirkel_report_dup_date_now ()
 *
 * Builds one of the project's three documents (see the documents' files for their chapters).
 * An empty project still gives a whole document, which says what is not there yet. Call on
 * the thread that opened @store; the report holds no reference to it afterwards.
 *
 * Returns: (transfer full): the document, or %NULL with @error set (a store error, or
 *   %SIRKEL_REPORT_ERROR_NO_PROJECT)
 */
SirkelReport *
sirkel_report_new_from_store (SirkelStore       *store,
                              SirkelReportType   type,
                              const char        *language,
                              GDateTime         *date,
                              GError           **error)
{
  g_autoptr(SirkelReport) report = NULL;
  ReportProject project = { NULL };
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (type <= SIRKEL_REPORT_TYPE_ANNUAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language == NULL || !sirkel_i18n_language_is_valid (language))
    {
      g_set_error (error, SIRKEL_REPORT_ERROR, SIRKEL_REPORT_ERROR_LANGUAGE,
                   _("The document language must be nb, nn or en."));
      return NULL;
    }
  if (!report_project_load (store, &project, error))
    return NULL;
  report = sirkel_report_new (language, date);
  switch (type)
    {
    case SIRKEL_REPORT_TYPE_OVERVIEW:
      ok = report_build_overview (report, store, &project, error);
      break;
    case SIRKEL_REPORT_TYPE_PLAN:
      ok = report_build_plan (report, store, &project, error);
      break;
    case SIRKEL_REPORT_TYPE_ANNUAL:
    default:
      ok = report_build_annual (report, store, &project, error);
      break;
    }
  report_project_clear (&project);
  return ok ? g_steal_pointer (&report) : NULL;
}
