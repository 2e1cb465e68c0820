/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Evaluation in the documents: the plan's evaluation plan (how and when each measure will be
 * evaluated, and its evaluation indicators with baseline and target), and the annual
 * report's account of the evaluation indicators against their targets, with a progress
 * chart for each, and of what the evaluations found.
 *
 * Progress is the share of the way from the baseline to the target covered by the latest
 * measurement: 100 % or more is "target reached", above 0 "on the way", otherwise "no
 * progress"; an indicator without a measurement, or whose target equals its baseline, is
 * "not measured".
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>

#include "sirkel-report-build.h"

/* Figures with a fraction get one decimal, whole ones none. */
static char *
eval_number (SirkelReport *r,
             sqlite3_stmt *stmt,
             int           column)
{
  double value;

  if (report_column_is_null (stmt, column))
    return g_strdup ("–");
  value = sqlite3_column_double (stmt, column);
  return report_format_number (r, value, fabs (value - round (value)) < 1e-9 ? 0 : 1);
}

/* @text with @note under it in its cell; takes both. */
static char *
with_note (char *text,
           char *note)
{
  char *joined;

  if (note == NULL || *note == '\0')
    {
      g_free (note);
      return text;
    }
  joined = g_strconcat (text, SIRKEL_REPORT_CELL_NOTE, note, NULL);
  g_free (text);
  g_free (note);
  return joined;
}

gboolean
report_plan_add_evaluation (SirkelReport  *r,
                            SirkelStore   *store,
                            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  const char *headers[] = {
    report_tr (r, NC_("report", "Measure")), report_tr (r, NC_("report", "Evaluation")),
    report_tr (r, NC_("report", "Method and partner")), report_tr (r, NC_("report", "Due")),
    report_tr (r, NC_("report", "Status")),
  };
  const double widths[] = { 2.3, 2.6, 3.6, 1.2, 1.1 };
  const char *indicator_headers[] = {
    report_tr (r, NC_("report", "Evaluation indicator")), report_tr (r, NC_("report", "Measure")),
    report_tr (r, NC_("report", "Baseline")), report_tr (r, NC_("report", "Target")),
  };
  const double indicator_widths[] = { 3.6, 2.6, 1.2, 1.2 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Evaluation plan"));
  report_add_fixed (r, NC_("report",
    "How and when each measure will be evaluated. A process evaluation asks whether the measure "
    "reached its target group and was carried out as planned; an effect evaluation asks whether it "
    "caused the change; a self-evaluation is the service’s own structured review of its work."));
  if (!sirkel_store_prepare (store, "SELECT m.title, e.title, e.kind, e.method, e.partner, "
                             "e.due_date, e.status FROM evaluation e JOIN measure m ON m.id = "
                             "e.measure_id WHERE e.deleted_at IS NULL AND m.deleted_at IS NULL "
                             "ORDER BY m.sort, m.title, e.due_date, e.title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *evaluation = NULL;
      g_autofree char *method = NULL;
      g_autofree char *due = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        table = report_add_fixed_table (r, NC_("report", "How the measures will be evaluated"),
                                         G_N_ELEMENTS (headers), headers, widths);
      evaluation = with_note (g_strdup (report_column (stmt, 1)),
                              g_strdup (report_evaluation_kind (r, report_column (stmt, 2))));
      method = with_note (g_strdup (report_column (stmt, 3)), g_strdup (report_column (stmt, 4)));
      due = report_format_iso_date (r, report_column (stmt, 5), FALSE);
      sirkel_report_table_add_row (table, (const char *[]) {
        report_column (stmt, 0), evaluation, method, due != NULL ? due : "",
        report_measure_status (r, report_column (stmt, 6)), NULL });
    }
  if (table == NULL)
    report_add_fixed (r, NC_("report", "No evaluations have been planned yet."));

  g_clear_pointer (&stmt, sqlite3_finalize);
  table = NULL;
  if (!sirkel_store_prepare (store, "SELECT i.title, i.unit, m.title, i.baseline, i.baseline_date, "
                             "i.target, i.target_date FROM eval_indicator i JOIN measure m ON m.id "
                             "= i.measure_id WHERE i.deleted_at IS NULL AND m.deleted_at IS NULL "
                             "ORDER BY m.sort, m.title, i.title",
                             &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *name = NULL;
      g_autofree char *baseline = NULL;
      g_autofree char *target = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        {
          report_add_fixed_heading (r, 2, NC_("report", "Evaluation indicators"));
          table = report_add_fixed_table (r, NC_("report", "Evaluation indicators "
                                                                          "with baseline and "
                                                                          "target"),
                                           G_N_ELEMENTS (indicator_headers), indicator_headers,
                                           indicator_widths);
          sirkel_report_table_set_numeric (table, 2);
          sirkel_report_table_set_numeric (table, 3);
        }
      name = with_note (g_strdup (report_column (stmt, 0)), g_strdup (report_column (stmt, 1)));
      baseline = with_note (eval_number (r, stmt, 3),
                            report_format_iso_date (r, report_column (stmt, 4), FALSE));
      target = with_note (eval_number (r, stmt, 5),
                          report_format_iso_date (r, report_column (stmt, 6), FALSE));
      sirkel_report_table_add_row (table, (const char *[]) {
        name, report_column (stmt, 2), baseline, target, NULL });
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!sirkel_store_prepare (store, "SELECT title FROM measure m WHERE deleted_at IS NULL AND NOT "
                             "EXISTS (SELECT 1 FROM evaluation e WHERE e.measure_id = m.id AND "
                             "e.deleted_at IS NULL) ORDER BY sort, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (missing, g_strdup (report_column (stmt, 0)));
    }
  if (missing->len > 0)
    {
      g_ptr_array_add (missing, NULL);
      report_add_fixed (r, NC_("report", "These measures have no evaluation plan yet:"));
      sirkel_report_add_list (r, (const char * const *) missing->pdata);
    }
  return TRUE;
}

/* --- the annual report --- */

static ProgressClass
classify (sqlite3_stmt *stmt,
          int           baseline,
          int           target,
          int           latest,
          double       *share)
{
  double b, t, l;

  *share = NAN;
  if (report_column_is_null (stmt, latest) || report_column_is_null (stmt, baseline) ||
      report_column_is_null (stmt, target))
    return PROGRESS_NOT_MEASURED;
  b = sqlite3_column_double (stmt, baseline);
  t = sqlite3_column_double (stmt, target);
  l = sqlite3_column_double (stmt, latest);
  if (fabs (t - b) < 1e-12)
    return PROGRESS_NOT_MEASURED;
  *share = (l - b) / (t - b);
  if (*share >= 1 - 1e-9)
    return PROGRESS_REACHED;
  return *share > 1e-9 ? PROGRESS_ON_THE_WAY : PROGRESS_NONE;
}

static const char *
progress_label (SirkelReport  *r,
                ProgressClass  klass)
{
  switch (klass)
    {
    case PROGRESS_REACHED: return report_tr (r, NC_("report", "Target reached"));
    case PROGRESS_ON_THE_WAY: return report_tr (r, NC_("report", "On the way"));
    case PROGRESS_NONE: return report_tr (r, NC_("report", "No progress"));
    case PROGRESS_NOT_MEASURED:
    case N_PROGRESS:
    default: return report_tr (r, NC_("report", "Not measured"));
    }
}

#define EVAL_INDICATORS_SQL \
  "SELECT i.id, i.title, i.unit, m.title, i.baseline, i.target, i.target_date, " \
  "(SELECT x.value FROM measurement x WHERE x.eval_indicator_id = i.id AND x.deleted_at IS NULL " \
  "ORDER BY x.measured_on DESC LIMIT 1), (SELECT max (x.measured_on) FROM measurement x WHERE " \
  "x.eval_indicator_id = i.id AND x.deleted_at IS NULL), m.id FROM eval_indicator i JOIN measure " \
  "m ON m.id = i.measure_id WHERE i.deleted_at IS NULL AND m.deleted_at IS NULL " \
  "ORDER BY m.sort, m.title, m.id, i.title"

/* How many evaluation indicators fall in each progress class (@counts has N_PROGRESS). */
gboolean
report_count_progress (SirkelStore  *store,
                       guint        *counts,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  for (guint i = 0; i < N_PROGRESS; i++)
    counts[i] = 0;
  if (!sirkel_store_prepare (store, EVAL_INDICATORS_SQL, &stmt, error))
    return FALSE;
  while (TRUE)
    {
      double share;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      counts[classify (stmt, 4, 5, 7, &share)]++;
    }
}

const char *
report_progress_label (SirkelReport  *r,
                       ProgressClass  klass)
{
  return progress_label (r, klass);
}

gboolean
report_annual_add_indicators (SirkelReport  *r,
                              SirkelStore   *store,
                              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  /* Three strings per evaluation indicator: "progress:ID", the measure, the indicator. */
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func (g_free);
  const char *headers[] = {
    report_tr (r, NC_("report", "Evaluation indicator")), report_tr (r, NC_("report", "Baseline")),
    report_tr (r, NC_("report", "Target")), report_tr (r, NC_("report", "Latest")),
    report_tr (r, NC_("report", "Progress")),
  };
  const double widths[] = { 4, 1.1, 1.1, 1.2, 1.5 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Evaluation indicators"));
  report_add_fixed (r, NC_("report",
    "Each measure’s evaluation indicators: the baseline, the target and the latest measurement. "
    "Progress is the share of the way from the baseline to the target that the latest measurement "
    "has covered."));
  if (!sirkel_store_prepare (store, EVAL_INDICATORS_SQL, &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *name = NULL;
      g_autofree char *baseline = NULL;
      g_autofree char *target = NULL;
      g_autofree char *latest = NULL;
      g_autofree char *progress = NULL;
      g_autofree char *id = NULL;
      ProgressClass klass;
      double share;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        {
          table = report_add_fixed_table (r, NC_("report", "The evaluation "
                                                                          "indicators against "
                                                                          "their targets"),
                                           G_N_ELEMENTS (headers), headers, widths);
          for (guint c = 1; c <= 3; c++)
            sirkel_report_table_set_numeric (table, c);
        }
      klass = classify (stmt, 4, 5, 7, &share);
      name = with_note (g_strdup (report_column (stmt, 1)), g_strdup (report_column (stmt, 3)));
      baseline = eval_number (r, stmt, 4);
      target = with_note (eval_number (r, stmt, 5),
                          report_format_iso_date (r, report_column (stmt, 6), FALSE));
      latest = with_note (eval_number (r, stmt, 7),
                          report_format_iso_date (r, report_column (stmt, 8), FALSE));
      if (isnan (share))
        progress = g_strdup (progress_label (r, klass));
      else
        {
          g_autofree char *percent = report_format_number (r, 100 * share, 0);

          progress = with_note (g_strdup_printf ("%s %%", percent),
                                g_strdup (progress_label (r, klass)));
        }
      sirkel_report_table_add_row (table,
                                   (const char *[]) { name, baseline, target, latest, progress,
                                                      NULL });

      id = sirkel_id_to_string ((const SirkelId *) sqlite3_column_blob (stmt, 0));
      g_ptr_array_add (charts, g_strdup_printf ("progress:%s", id));
      g_ptr_array_add (charts, g_strdup (report_column (stmt, 3)));
      g_ptr_array_add (charts, g_strdup (report_column (stmt, 1)));
    }
  if (table == NULL)
    {
      report_add_fixed (r, NC_("report", "No evaluation indicators have been set."));
      return TRUE;
    }

  for (guint i = 0; i < charts->len; i += 3)
    {
      const char *measure = g_ptr_array_index (charts, i + 1);
      g_autofree char *caption = g_strdup_printf (report_tr (r, NC_("report", "Progress: %s")),
                                                  (const char *) g_ptr_array_index (charts, i + 2));
      g_autofree char *source = g_strdup_printf (report_tr (r, NC_("report", "Source: the "
                                                                             "measurements "
                                                                             "recorded for the "
                                                                             "measure "
                                                                             "“%s”.")), measure);

      if (i == 0 || !g_str_equal (measure, g_ptr_array_index (charts, i - 2)))
        sirkel_report_add_heading (r, 2, measure);
      if (!report_add_chart (r, store, g_ptr_array_index (charts, i), caption, source, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
report_annual_add_findings (SirkelReport  *r,
                            SirkelStore   *store,
                            GError       **error)
{
  static const struct { int column; const char *label; } fields[] = {
    { 1, NC_("report", "Measure:") },
    { 2, NC_("report", "Evaluation:") },
    { 3, NC_("report", "Method:") },
    { 4, NC_("report", "Partner:") },
    { 7, NC_("report", "Context:") },
    { 8, NC_("report", "Input:") },
    { 9, NC_("report", "Process:") },
    { 10, NC_("report", "Product:") },
  };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE, any = FALSE;

  report_add_fixed_heading (r, 1, NC_("report", "Findings from the evaluations"));
  report_add_fixed (r, NC_("report",
    "What the evaluations of the measures found, with their context, input, process and product "
    "where the evaluation describes them (the KIPP model)."));
  if (!sirkel_store_prepare (store, "SELECT e.title, m.title, e.kind, e.method, e.partner, "
                             "e.status, e.due_date, e.context, e.input, e.process, e.product, "
                             "e.findings FROM evaluation e JOIN measure m ON m.id = e.measure_id "
                             "WHERE e.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY "
                             "e.status = 'completed' DESC, m.sort, m.title, e.title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      any = TRUE;
      sirkel_report_add_heading (r, 2, report_column (stmt, 0));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *text = NULL;
          const char *value = report_column (stmt, fields[i].column);

          /* The kind, the status and the due date in one line. */
          if (fields[i].column == 2)
            {
              g_autofree char *due = report_format_iso_date (r, report_column (stmt, 6), TRUE);
              g_autofree char *when = NULL;

              if (due != NULL)
                when = g_strdup_printf (report_tr (r, NC_("report", "due %s")), due);

              value = text = g_strjoin (" · ", report_evaluation_kind (r, value),
                                        report_measure_status (r, report_column (stmt, 5)), when,
                                        NULL);
            }
          if (value != NULL && *value != '\0')
            sirkel_report_add_labelled_paragraph (r, report_tr (r, fields[i].label), value);
        }
      if (*report_column (stmt, 11) != '\0')
        sirkel_report_add_labelled_paragraph (r, report_tr (r, NC_("report", "Findings:")),
                                              report_column (stmt, 11));
      else
        report_add_fixed_note (r, NC_("report", "No findings have been recorded yet."));
    }
  if (!any)
    report_add_fixed (r, NC_("report", "No evaluations have been planned yet."));
  return TRUE;
}
