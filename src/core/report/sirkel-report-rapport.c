/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The årsrapport: the yearly account of the public health work to the municipal council,
 * part of the internal-control reporting (koml § 25-1).
 *
 *   1  Summary: the year in figures
 *   2  Status of the measures: a table with the year's budget, and the timeline
 *   3  Evaluation indicators against their targets, with a progress chart each
 *   4  Findings from the evaluations              (3 and 4: sirkel-report-evaluation.c)
 *   5  Learning: the lessons and the improvement cycles (PDSA)
 *   6  What changes next year: lessons carried forward, measures starting and ending,
 *      evaluations due, the year wheel's deadlines, and the decisions on evaluation
 *
 * The report is for the last whole year while the first half of the next runs (a report
 * dated March 2026 covers 2025), and for the current year from July on.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include "sirkel-report-build.h"

static int
report_year (SirkelReport *r)
{
  int year = g_date_time_get_year (r->date);

  return g_date_time_get_month (r->date) <= 6 ? year - 1 : year;
}

static gboolean
count (SirkelStore  *store,
       const char   *sql,
       int           year,
       gint64       *out,
       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, sql, &stmt, error) ||
      (sqlite3_bind_parameter_count (stmt) > 0 &&
       !sirkel_store_check (store, sqlite3_bind_int (stmt, 1, year), error)) ||
      !report_step (store, stmt, &has_row, error))
    return FALSE;
  *out = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* The yearly status written on the Læring page, when there is one for @year. */
static gboolean
add_yearly_status (SirkelReport  *r,
                   SirkelStore   *store,
                   int            year,
                   GError       **error)
{
  static const char *const labels[] = {
    NC_("report", "What was done:"), NC_("report", "What was learned:"), NC_("report", "What changes:"),
  };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *heading = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT done, learned, changes FROM annual_status WHERE "
                             "deleted_at IS NULL AND year = ?1 ORDER BY modified_at DESC LIMIT 1",
                             &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 1, year), error) ||
      !report_step (store, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  heading = g_strdup_printf (report_tr (r, NC_("report", "The status for %d")), year);
  sirkel_report_add_heading (r, 2, heading);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (*report_column (stmt, i) != '\0')
      sirkel_report_add_labelled_paragraph (r, report_tr (r, labels[i]), report_column (stmt, i));
  return TRUE;
}

static gboolean
add_summary (SirkelReport   *r,
             SirkelStore    *store,
             ReportProject  *project,
             int             year,
             GError        **error)
{
  /* Indented rows break the row above them down. */
  static const struct { gboolean indent; const char *label; const char *sql; } rows[] = {
    { FALSE, NC_("report", "Measures in the plan"),
      "SELECT count (*) FROM measure WHERE deleted_at IS NULL" },
    { TRUE, NC_("report", "ongoing"),
      "SELECT count (*) FROM measure WHERE deleted_at IS NULL AND status = 'ongoing'" },
    { TRUE, NC_("report", "completed"),
      "SELECT count (*) FROM measure WHERE deleted_at IS NULL AND status = 'completed'" },
    { TRUE, NC_("report", "planned or proposed"),
      "SELECT count (*) FROM measure WHERE deleted_at IS NULL "
      "AND status IN ('planned', 'proposed')" },
    { TRUE, NC_("report", "stopped"),
      "SELECT count (*) FROM measure WHERE deleted_at IS NULL AND status = 'stopped'" },
    { FALSE, NC_("report", "Evaluations completed"),
      "SELECT count (*) FROM evaluation WHERE deleted_at IS NULL AND status = 'completed'" },
    { FALSE, NC_("report", "Evaluations under way or planned"),
      "SELECT count (*) FROM evaluation WHERE deleted_at IS NULL AND status <> 'completed'" },
    { FALSE, NC_("report", "Lessons recorded in the year"),
      "SELECT count (*) FROM lesson WHERE deleted_at IS NULL "
      "AND substr (learned_on, 1, 4) = CAST (?1 AS TEXT)" },
  };
  const char *headers[] = { report_tr (r, NC_("report", "What")),
                            report_tr (r, NC_("report", "Number")) };
  const double widths[] = { 4, 1 };
  g_autofree char *intro = NULL;
  g_autofree char *caption = NULL;
  guint progress[N_PROGRESS];
  SirkelReportTable *table;

  report_add_fixed_heading (r, 1, NC_("report", "Summary"));
  intro = g_strdup_printf (report_tr (r, NC_("report",
    "This report gives the municipal council an account of the public health work in %s in %d: how "
    "the measures are going, what the evaluations found, what has been learned, and what will "
    "change. It is part of the yearly report on internal control (Local Government Act § 25-1), "
    "which covers the municipality’s duties under the Public "
    "Health Act §§ 4–7.")), project->kommune_name, year);
  sirkel_report_add_paragraph (r, intro);

  caption = g_strdup_printf (report_tr (r, NC_("report", "The year %d in figures")), year);
  table = sirkel_report_add_table (r, caption, G_N_ELEMENTS (headers), headers, widths);
  sirkel_report_table_set_numeric (table, 1);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *number = NULL;
      gint64 n = 0;

      if (!count (store, rows[i].sql, year, &n, error))
        return FALSE;
      label = g_strdup_printf ("%s%s", rows[i].indent ? "\u2003" : "",
                               report_tr (r, rows[i].label));
      number = g_strdup_printf ("%" G_GINT64_FORMAT, n);
      sirkel_report_table_add_row (table, (const char *[]) { label, number, NULL });
    }
  if (!report_count_progress (store, progress, error))
    return FALSE;
  for (ProgressClass k = PROGRESS_REACHED; k < N_PROGRESS; k++)
    {
      const char *klass = report_progress_label (r, k);
      g_autofree char *label = g_strdup_printf (report_tr (r, NC_("report", "Evaluation "
                                                                             "indicators: "
                                                                             "%s")), klass);
      g_autofree char *number = g_strdup_printf ("%u", progress[k]);

      sirkel_report_table_add_row (table, (const char *[]) { label, number, NULL });
    }
  return add_yearly_status (r, store, year, error);
}

static gboolean
add_status (SirkelReport  *r,
            SirkelStore   *store,
            int            year,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *budget = g_strdup_printf (report_tr (r, NC_("report", "Budget %d (NOK)")), year);
  const char *headers[] = {
    report_tr (r, NC_("report", "Measure")), report_tr (r, NC_("report", "Responsible")),
    report_tr (r, NC_("report", "Period")), report_tr (r, NC_("report", "Status")), budget,
  };
  const double widths[] = { 3.2, 2.2, 2, 1.1, 1.3 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Status of the measures"));
  report_add_fixed (r, NC_("report",
    "Where each measure stands, with its budget for the year, and when the measures run."));
  if (!sirkel_store_prepare (store, "SELECT m.title, m.responsible, m.start_date, m.end_date, "
                             "m.status, (SELECT sum (b.amount) FROM budget_line b WHERE "
                             "b.measure_id = m.id AND b.deleted_at IS NULL AND b.year = ?1) FROM "
                             "measure m WHERE m.deleted_at IS NULL ORDER BY m.sort, m.title",
                             &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 1, year), error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *period = NULL;
      g_autofree char *amount = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        {
          table = report_add_fixed_table (r, NC_("report", "The status of each measure"),
                                           G_N_ELEMENTS (headers), headers, widths);
          sirkel_report_table_set_numeric (table, 4);
        }
      period = report_dup_date_range (r, report_column (stmt, 2), report_column (stmt, 3));
      amount = report_value_or_dash (r, stmt, 5, 0);
      sirkel_report_table_add_row (table, (const char *[]) {
        report_column (stmt, 0), report_column (stmt, 1), period,
        report_measure_status (r, report_column (stmt, 4)),
        amount, NULL });
    }
  if (table == NULL)
    {
      report_add_fixed (r, NC_("report", "No measures have been planned yet."));
      return TRUE;
    }
  return report_add_chart (r, store, "timeline",
                           report_tr (r, NC_("report", "The measures over the period")),
                           report_tr (r, NC_("report", "Source: the start and end dates and the "
                                                       "status of the measures.")), error);
}

static gboolean
add_learning (SirkelReport  *r,
              SirkelStore   *store,
              GError       **error)
{
  static const struct { int column; const char *label; } cycle_fields[] = {
    { 2, NC_("report", "Aim:") },
    { 3, NC_("report", "How we will know:") },
    { 4, NC_("report", "Change idea:") },
    { 5, NC_("report", "Plan:") },
    { 6, NC_("report", "Do:") },
    { 7, NC_("report", "Study:") },
    { 8, NC_("report", "Act:") },
    { 1, NC_("report", "Measure:") },
  };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE, any = FALSE;

  report_add_fixed_heading (r, 1, NC_("report", "Learning"));
  report_add_fixed_heading (r, 2, NC_("report", "Lessons learned"));
  if (!sirkel_store_prepare (store, "SELECT title, body, learned_on, carry_forward, kind FROM lesson "
                             "WHERE deleted_at IS NULL ORDER BY learned_on, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *date = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      any = TRUE;
      sirkel_report_add_heading (r, 3, report_column (stmt, 0));
      sirkel_report_add_paragraph (r, report_column (stmt, 1));
      {
        const char *kind = report_column (stmt, 4);

        sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Type:")),
          g_str_equal (kind, "decision") ? report_tr (r, NC_("report", "Decision"))
          : g_str_equal (kind, "improvement") ? report_tr (r, NC_("report", "Improvement action"))
          : report_tr (r, NC_("report", "Experience")));
      }
      date = report_format_iso_date (r, report_column (stmt, 2), TRUE);
      if (date != NULL)
        sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Learned:")), date);
      if (sqlite3_column_int (stmt, 3) != 0)
        sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Carried forward:")),
                                              report_tr (r, NC_("report", "to the next overview "
                                                                          "and plan")));
    }
  if (!any)
    report_add_fixed (r, NC_("report", "No lessons have been recorded yet."));

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!sirkel_store_prepare (store, "SELECT c.title, coalesce (m.title, ''), c.aim, "
                             "c.indicator_text, c.change_idea, c.plan_text, c.do_text, "
                             "c.study_text, c.act_text, c.status, c.started_on FROM "
                             "improvement_cycle c LEFT JOIN measure m ON m.id = c.measure_id AND "
                             "m.deleted_at IS NULL WHERE c.deleted_at IS NULL ORDER BY "
                             "c.started_on, c.title", &stmt, error))
    return FALSE;
  any = FALSE;
  while (TRUE)
    {
      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (!any)
        {
          report_add_fixed_heading (r, 2, NC_("report", "Improvement cycles"));
          report_add_fixed (r, NC_("report",
            "Small tests of change, each run as a cycle of plan, do, study and act (PDSA) under "
            "the three questions of the model for improvement: what do we want to achieve, how "
            "will we know that a change is an improvement, and which changes can we make that will "
            "lead to improvement?"));
        }
      any = TRUE;
      sirkel_report_add_heading (r, 3, report_column (stmt, 0));
      for (guint i = 0; i < G_N_ELEMENTS (cycle_fields); i++)
        if (*report_column (stmt, cycle_fields[i].column) != '\0')
          sirkel_report_add_labelled_paragraph (r, report_tr (r, cycle_fields[i].label),
                                                report_column (stmt, cycle_fields[i].column));
    }
  return TRUE;
}

/* A list under a heading of its own, or nothing when the query gives no rows. Column 0 is the
 * text, column 1 an optional ISO date put in front of it. */
static gboolean
add_list_section (SirkelReport  *r,
                  SirkelStore   *store,
                  const char    *heading,
                  const char    *sql,
                  int            year,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, sql, &stmt, error) ||
      (sqlite3_bind_parameter_count (stmt) > 0 &&
       !sirkel_store_check (store, sqlite3_bind_int (stmt, 1, year), error)))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *date = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (sqlite3_column_count (stmt) > 1)
        date = report_format_iso_date (r, report_column (stmt, 1), TRUE);
      if (date != NULL)
        g_ptr_array_add (items, g_strdup_printf ("%s: %s", date, report_column (stmt, 0)));
      else
        g_ptr_array_add (items, g_strdup (report_column (stmt, 0)));
    }
  if (items->len == 0)
    return TRUE;
  g_ptr_array_add (items, NULL);
  sirkel_report_add_heading (r, 2, heading);
  sirkel_report_add_list (r, (const char * const *) items->pdata);
  return TRUE;
}

static gboolean
add_next_year (SirkelReport  *r,
               SirkelStore   *store,
               int            year,
               GError       **error)
{
  g_autofree char *intro = NULL;
  g_autofree char *starting = NULL;
  g_autofree char *ending = NULL;
  g_autofree char *due = NULL;
  int next = year + 1;
  guint n_blocks, n_decisions = 0;

  report_add_fixed_heading (r, 1, NC_("report", "What changes next year"));
  intro = g_strdup_printf (report_tr (r, NC_("report",
    "What the municipality will change or follow up in %d, from the lessons, the plan and the "
    "year wheel.")), next);
  sirkel_report_add_paragraph (r, intro);
  n_blocks = r->blocks->len;
  starting = g_strdup_printf (report_tr (r, NC_("report", "Measures that start in %d")), next);
  ending = g_strdup_printf (report_tr (r, NC_("report", "Measures that end in %d")), next);
  due = g_strdup_printf (report_tr (r, NC_("report", "Evaluations due in %d")), next);
  if (!add_list_section (r, store, report_tr (r, NC_("report", "Lessons carried forward")),
                         "SELECT title FROM lesson WHERE deleted_at IS NULL AND carry_forward = 1 "
                         "ORDER BY learned_on, title", next, error) ||
      !add_list_section (r, store, starting, "SELECT title, start_date FROM measure WHERE "
                         "deleted_at IS NULL AND substr (start_date, 1, 4) = CAST (?1 AS TEXT) "
                         "ORDER BY start_date, title", next, error) ||
      !add_list_section (r, store, ending, "SELECT title, end_date FROM measure WHERE deleted_at "
                         "IS NULL AND substr (end_date, 1, 4) = CAST (?1 AS TEXT) ORDER BY "
                         "end_date, title", next, error) ||
      !add_list_section (r, store, due, "SELECT e.title, e.due_date FROM evaluation e JOIN measure "
                         "m ON m.id = e.measure_id WHERE e.deleted_at IS NULL AND m.deleted_at IS "
                         "NULL AND e.status <> 'completed' AND substr (e.due_date, 1, 4) = CAST "
                         "(?1 AS TEXT) ORDER BY e.due_date, e.title",
                         next, error) ||
      !add_list_section (r, store, report_tr (r, NC_("report", "Deadlines in the year wheel")),
                         "SELECT title, printf ('%04d-%02d-%02d', ?1, month, coalesce (day, 1)) "
                         "FROM yearwheel_event WHERE deleted_at IS NULL AND (year IS NULL OR year "
                         "= ?1) ORDER BY month, day, title",
                         next, error))
    return FALSE;

  if (!report_add_decisions (r, store, "'evaluation', 'budget'", NC_("report", "Decisions"), &n_decisions,
                             error))
    return FALSE;
  if (r->blocks->len == n_blocks)
    report_add_fixed (r, NC_("report", "Nothing has been planned for next year yet."));
  return TRUE;
}

gboolean
report_build_annual (SirkelReport   *report,
                     SirkelStore    *store,
                     ReportProject  *project,
                     GError        **error)
{
  int year = report_year (report);
  g_autofree char *title = NULL;
  g_autofree char *header = NULL;

  title = g_strdup_printf (report_tr (report, NC_("report", "Annual report on public health "
                                                          "work %d")), year);
  header = g_strdup_printf (report_tr (report, NC_("report", "Annual report %d")), year);

  report_begin (report, project, report_tr (report, NC_("report", "Annual report")), title, header,
                report_tr (report, NC_("report", "The yearly account of the public health work to "
                                                 "the municipal council")),
                report_tr (report, NC_("report", "public health, annual report, evaluation, "
                                                 "learning, internal control")));
  return add_summary (report, store, project, year, error) &&
         add_status (report, store, year, error) &&
         report_annual_add_indicators (report, store, error) &&
         report_annual_add_findings (report, store, error) &&
         add_learning (report, store, error) &&
         add_next_year (report, store, year, error);
}
