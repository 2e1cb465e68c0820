/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The oversiktsdokument's last chapter and its appendix (see sirkel-report-oversikt.c):
 *
 *   Prioritisation: the criteria with their weights, the ranking that follows from the
 *   scores (sirkel-priority.h), the matrix chart, every score with its reason, and the
 *   recorded decisions on the priorities.
 *   Appendix A: every indicator with its provenance (source, table, measure, unit,
 *   standardisation, the periods covered, the time of import), and the imported files with
 *   their format, encoding and checksum.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>

#include "sirkel-priority.h"
#include "sirkel-report-build.h"

static gboolean
add_criteria (SirkelReport  *r,
              SirkelStore   *store,
              guint         *n_criteria,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *headers[] = {
    report_tr (r, NC_("report", "Criterion")), report_tr (r, NC_("report", "Weight")),
    report_tr (r, NC_("report", "Scale")), report_tr (r, NC_("report", "What it asks")),
  };
  const double widths[] = { 2, 0.8, 0.8, 5 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  *n_criteria = 0;
  if (!sirkel_store_prepare (store, "SELECT title, weight, scale_max, description FROM criterion "
                             "WHERE deleted_at IS NULL ORDER BY sort, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *weight = NULL;
      g_autofree char *scale = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        {
          report_add_fixed_heading (r, 2, NC_("report", "Criteria"));
          table = report_add_fixed_table (r, NC_("report", "The criteria and their weights"),
                                           G_N_ELEMENTS (headers), headers, widths);
          sirkel_report_table_set_numeric (table, 1);
        }
      weight = report_format_number (r, sqlite3_column_double (stmt, 1), 1);
      scale = g_strdup_printf ("1–%d", sqlite3_column_int (stmt, 2));
      sirkel_report_table_add_row (table, (const char *[]) { report_column (stmt, 0), weight, scale,
                                                             report_column (stmt, 3), NULL });
      (*n_criteria)++;
    }
  return TRUE;
}

static gboolean
add_ranking (SirkelReport  *r,
             SirkelStore   *store,
             GError       **error)
{
  g_autoptr(GPtrArray) ranks = sirkel_priority_ranking (store, error);
  const char *headers[] = {
    report_tr (r, NC_("report", "Rank")), report_tr (r, NC_("report", "Challenge")),
    report_tr (r, NC_("report", "Weighted score")), report_tr (r, NC_("report", "Criteria scored")),
    report_tr (r, NC_("report", "Prioritised")),
  };
  const double widths[] = { 0.7, 4.4, 1.3, 1.3, 1.2 };
  SirkelReportTable *table;

  if (ranks == NULL)
    return FALSE;
  if (ranks->len == 0)
    return TRUE;
  report_add_fixed_heading (r, 2, NC_("report", "Ranking"));
  table = report_add_fixed_table (r, NC_("report", "The challenges ranked by weighted score"),
                                   G_N_ELEMENTS (headers), headers, widths);
  sirkel_report_table_set_numeric (table, 0);
  sirkel_report_table_set_numeric (table, 2);
  for (guint i = 0; i < ranks->len; i++)
    {
      SirkelPriorityRank *rank = g_ptr_array_index (ranks, i);
      g_autofree char *place = rank->rank > 0 ? g_strdup_printf ("%u", rank->rank) : g_strdup ("–");
      g_autofree char *score = report_format_number (r, rank->score, 2);
      g_autofree char *scored = g_strdup_printf (report_tr (r, NC_("report", "%u of %u")),
                                                 rank->n_scored,
                                                 rank->n_criteria);

      sirkel_report_table_add_row (table, (const char *[]) {
        place, rank->title, score, scored,
        rank->prioritised ? report_tr (r, NC_("report", "yes")) : "", NULL });
    }
  return TRUE;
}

static gboolean
add_scores (SirkelReport  *r,
            SirkelStore   *store,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *headers[] = {
    report_tr (r, NC_("report", "Challenge")), report_tr (r, NC_("report", "Criterion")),
    report_tr (r, NC_("report", "Score")), report_tr (r, NC_("report", "Reason")),
  };
  const double widths[] = { 2.4, 1.6, 0.7, 4.4 };
  SirkelReportTable *table = NULL;
  g_autofree char *previous = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, "SELECT f.title, c.title, s.value, c.scale_max, s.reason FROM "
                             "score s JOIN finding f ON f.id = s.finding_id JOIN criterion c ON "
                             "c.id = s.criterion_id WHERE s.deleted_at IS NULL AND f.deleted_at IS "
                             "NULL AND c.deleted_at IS NULL ORDER BY f.sort, f.title, c.sort, "
                             "c.title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *score = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        {
          g_autofree char *source = NULL;

          source = g_strdup (report_tr (r, NC_("report", "Source: the municipality’s scores of the "
                                                         "challenges against the criteria.")));
          if (!report_add_chart (r, store, "matrix",
                                 report_tr (r, NC_("report", "Prioritisation matrix")), source,
                                 error))
            return FALSE;
          report_add_fixed_heading (r, 2, NC_("report", "Scores and reasons"));
          table = report_add_fixed_table (r, NC_("report", "Every score with its reason"),
                                           G_N_ELEMENTS (headers), headers, widths);
          sirkel_report_table_set_numeric (table, 2);
        }
      score = g_strdup_printf ("%d/%d", sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3));
      /* The challenge is named once, on its first row. */
      sirkel_report_table_add_row (table, (const char *[]) {
        g_strcmp0 (previous, report_column (stmt, 0)) != 0 ? report_column (stmt, 0) : "",
        report_column (stmt, 1),
        score, report_column (stmt, 4), NULL });
      g_free (previous);
      previous = g_strdup (report_column (stmt, 0));
    }
  return TRUE;
}

static gboolean
add_decisions (SirkelReport  *r,
               SirkelStore   *store,
               GError       **error)
{
  guint n = 0;

  report_add_fixed_heading (r, 2, NC_("report", "Decision"));
  if (!report_add_decisions (r, store, "'prioritisation'", NULL, &n, error))
    return FALSE;
  if (n == 0)
    report_add_fixed (r, NC_("report", "No decision on the priorities has been recorded."));
  return TRUE;
}

gboolean
report_overview_add_priorities (SirkelReport  *r,
                                SirkelStore   *store,
                                GError       **error)
{
  guint n_criteria = 0;

  report_add_fixed_heading (r, 1, NC_("report", "Prioritisation"));
  report_add_fixed (r, NC_("report",
    "Not every challenge can be met at once. The challenges were therefore scored against criteria "
    "that the municipality chose and weighted in advance. Each score goes from 1 (low) to the top "
    "of its criterion’s scale and has a written reason. A challenge’s weighted score is the "
    "weighted mean of the scores it has been given, so a criterion that has not been scored "
    "neither counts as zero nor hides the others."));
  if (!add_criteria (r, store, &n_criteria, error))
    return FALSE;
  if (n_criteria == 0)
    report_add_fixed (r, NC_("report", "No criteria for the prioritisation have been set yet."));
  else if (!add_ranking (r, store, error) || !add_scores (r, store, error))
    return FALSE;
  return add_decisions (r, store, error);
}


static char *
indicator_measure (SirkelReport *r,
                   sqlite3_stmt *stmt)
{
  const char *standardisation = report_column (stmt, 6);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (*report_column (stmt, 4) != '\0')
    g_ptr_array_add (parts, g_strdup (report_column (stmt, 4)));
  if (*report_column (stmt, 5) != '\0')
    g_ptr_array_add (parts, g_strdup (report_column (stmt, 5)));
  if (g_str_equal (standardisation, "k"))
    g_ptr_array_add (parts, g_strdup (report_tr (r, NC_("report", "standardised for sex"))));
  else if (g_str_equal (standardisation, "ak"))
    g_ptr_array_add (parts,
                     g_strdup (report_tr (r, NC_("report", "standardised for age and sex"))));
  return report_join (parts, ", ");
}

static gboolean
add_indicator_appendix (SirkelReport  *r,
                        SirkelStore   *store,
                        GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *headers[] = {
    report_tr (r, NC_("report", "Indicator")), report_tr (r, NC_("report", "Area")),
    report_tr (r, NC_("report", "Source and table")),
    report_tr (r, NC_("report", "Measure and unit")),
    report_tr (r, NC_("report", "Periods")), report_tr (r, NC_("report", "Imported")),
  };
  const double widths[] = { 3, 0.7, 2.4, 2.2, 1.8, 1.3 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 2, NC_("report", "Indicators"));
  if (!sirkel_store_prepare (store,
                             "SELECT i.title, coalesce (i.category, ''), i.source, i.source_table, "
                             "i.measure, i.unit, i.standardisation, i.period_length, p.first, "
                             "p.last, p.imported, i.key FROM indicator i LEFT JOIN (SELECT "
                             "s.indicator_id AS id, min (o.period_from) AS first, max "
                             "(o.period_to) AS last, max (d.imported_at) AS imported FROM "
                             "obs_series s JOIN data_import d ON d.id = s.import_id JOIN "
                             "observation o ON o.series = s.key WHERE d.deleted_at IS NULL GROUP "
                             "BY s.indicator_id) p ON p.id = i.id WHERE i.deleted_at IS NULL ORDER "
                             "BY i.category, i.sort, i.key", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *name = NULL;
      g_autofree char *source = NULL;
      g_autofree char *measure = NULL;
      g_autofree char *periods = NULL;
      g_autofree char *imported = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        table = report_add_fixed_table (r, NC_("report", "Every indicator with its provenance"),
                                         G_N_ELEMENTS (headers), headers, widths);
      name = g_strconcat (report_column (stmt, 0), SIRKEL_REPORT_CELL_NOTE,
                          report_column (stmt, 11), NULL);
      source = g_strconcat (report_column (stmt, 2), SIRKEL_REPORT_CELL_NOTE,
                            report_column (stmt, 3), NULL);
      measure = indicator_measure (r, stmt);
      if (report_column_is_null (stmt, 8))
        periods = g_strdup ("–");
      else
        {
          g_autofree char *span = report_period (sqlite3_column_int (stmt, 8),
                                                 sqlite3_column_int (stmt, 9));

          periods = sqlite3_column_int (stmt, 7) > 1
                    ? g_strdup_printf (report_tr (r, NC_("report", "%s (averages over %d years)")),
                                       span,
                                       sqlite3_column_int (stmt, 7))
                    : g_steal_pointer (&span);
        }
      imported = report_format_iso_date (r, report_column (stmt, 10), FALSE);
      sirkel_report_table_add_row (table, (const char *[]) {
        name, *report_column (stmt, 1) != '\0' ? report_column (stmt, 1) : "–", source, measure,
        periods,
        imported != NULL ? imported : "–", NULL });
    }
  if (table == NULL)
    report_add_fixed (r, NC_("report", "No indicators have been imported."));
  return TRUE;
}

static gboolean
add_import_appendix (SirkelReport  *r,
                     SirkelStore   *store,
                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *headers[] = {
    report_tr (r, NC_("report", "File")), report_tr (r, NC_("report", "Source")),
    report_tr (r, NC_("report", "Format and encoding")), report_tr (r, NC_("report", "Imported")),
    report_tr (r, NC_("report", "Rows")), report_tr (r, NC_("report", "SHA-256 (start)")),
  };
  const double widths[] = { 2.6, 2.2, 1.6, 1.3, 0.8, 1.5 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 2, NC_("report", "Imported files"));
  if (!sirkel_store_prepare (store, "SELECT file_name, source, format, encoding, imported_at, "
                             "row_count, sha256 FROM data_import WHERE deleted_at IS NULL ORDER BY "
                             "imported_at, file_name", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *format = NULL;
      g_autofree char *imported = NULL;
      g_autofree char *rows = NULL;
      g_autofree char *hash = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        {
          table = report_add_fixed_table (r, NC_("report", "The imported statistics files"),
                                           G_N_ELEMENTS (headers), headers, widths);
          sirkel_report_table_set_numeric (table, 4);
        }
      format = g_strdup_printf ("%s, %s", report_column (stmt, 2), report_column (stmt, 3));
      imported = report_format_iso_date (r, report_column (stmt, 4), FALSE);
      rows = report_format_number (r, sqlite3_column_double (stmt, 5), 0);
      hash = g_strdup_printf ("%.12s…", report_column (stmt, 6));
      sirkel_report_table_add_row (table, (const char *[]) {
        report_column (stmt, 0), report_column (stmt, 1), format,
        imported != NULL ? imported : "–", rows, hash,
        NULL });
    }
  if (table == NULL)
    report_add_fixed (r, NC_("report", "No statistics have been imported yet."));
  return TRUE;
}

gboolean
report_overview_add_appendix (SirkelReport  *r,
                              SirkelStore   *store,
                              GError       **error)
{
  sirkel_report_begin_appendix (r);
  report_add_fixed_heading (r, 1, NC_("report", "Indicators and sources"));
  report_add_fixed (r, NC_("report",
    "Every indicator in the overview, with where it comes from and the periods its data cover, and "
    "every file the statistics were imported from."));
  return add_indicator_appendix (r, store, error) && add_import_appendix (r, store, error);
}
