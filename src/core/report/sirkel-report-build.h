/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the three documents share when they are built from a project file: the project's
 * facts, the title page, table of contents and running header every document opens with,
 * reading rows, adding the project's charts as figures, and the domain's fixed vocabularies
 * (categories, comparisons, trends, statuses) in the document's language.
 *
 * Builders only read the store, on the store's thread. Text the user wrote is passed through
 * as written; every fixed word goes through report_tr ().
 */
#pragma once

#include "sirkel-report-private.h"
#include "sirkel-compare.h"
#include "sirkel-store-private.h"

G_BEGIN_DECLS

/* How far an evaluation indicator has come (sirkel-report-evaluation.c). */
typedef enum
{
  PROGRESS_REACHED,
  PROGRESS_ON_THE_WAY,
  PROGRESS_NONE,
  PROGRESS_NOT_MEASURED,
  N_PROGRESS
} ProgressClass;

typedef struct
{
  char     *title;         /* the project's title, or the municipality's name */
  char     *kommune;       /* "9901" */
  char     *kommune_name;  /* "Lundfjord (fiktiv)"; the title or the code when it has none */
  char     *fylke_name;
  int       period_from;
  int       period_to;
  gboolean  is_example;
  char     *description;
} ReportProject;

gboolean    report_project_load        (SirkelStore     *store,
                                        ReportProject   *project,
                                        GError         **error);
void        report_project_clear       (ReportProject   *project);
void        report_begin               (SirkelReport    *report,
                                        ReportProject   *project,
                                        const char      *kicker,
                                        const char      *title,
                                        const char      *header,
                                        const char      *subject,
                                        const char      *keywords);

void        report_add_fixed           (SirkelReport    *report,
                                        const char      *key);
void        report_add_fixed_note      (SirkelReport    *report,
                                        const char      *key);
void        report_add_fixed_heading   (SirkelReport    *report,
                                        guint            level,
                                        const char      *key);
SirkelReportTable *report_add_fixed_table (SirkelReport   *report,
                                        const char      *caption_key,
                                        guint            n_columns,
                                        const char * const *headers,
                                        const double    *widths);
gboolean    report_step                (SirkelStore     *store,
                                        sqlite3_stmt    *stmt,
                                        gboolean        *has_row,
                                        GError         **error);
const char *report_column              (sqlite3_stmt    *stmt,
                                        int              column);
gboolean    report_column_is_null      (sqlite3_stmt    *stmt,
                                        int              column);
gboolean    report_add_chart           (SirkelReport    *report,
                                        SirkelStore     *store,
                                        const char      *name,
                                        const char      *caption,
                                        const char      *source,
                                        GError         **error);
char       *report_dup_import_source   (SirkelReport    *report,
                                        SirkelStore     *store,
                                        const char      *indicator_key,
                                        GError         **error);

const char *report_category_name       (SirkelReport    *report,
                                        char             category);
char       *report_period              (int              from,
                                        int              to);
const char *report_comparison_label    (SirkelReport    *report,
                                        SirkelComparisonClass klass);
const char *report_trend_label         (SirkelReport    *report,
                                        SirkelTrend      trend,
                                        int              polarity);
const char *report_measure_status      (SirkelReport    *report,
                                        const char      *status);
const char *report_evaluation_kind     (SirkelReport    *report,
                                        const char      *kind);
char       *report_value_or_dash       (SirkelReport    *report,
                                        sqlite3_stmt    *stmt,
                                        int              column,
                                        int              decimals);
char       *report_dup_date_range      (SirkelReport    *report,
                                        const char      *start,
                                        const char      *end);
char       *report_dup_decision_line (SirkelReport  *report,
                                        sqlite3_stmt    *stmt,
                                        int              by,
                                        int              on,
                                        int              case_number);
gboolean    report_add_decisions       (SirkelReport    *report,
                                        SirkelStore     *store,
                                        const char      *subjects,
                                        const char      *heading,
                                        guint           *n_added,
                                        GError         **error);
char       *report_join                (GPtrArray       *texts,
                                        const char      *separator);

/* The three documents. */
gboolean    report_build_overview      (SirkelReport    *report,
                                        SirkelStore     *store,
                                        ReportProject   *project,
                                        GError         **error);
gboolean    report_overview_add_priorities (SirkelReport *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_overview_add_appendix (SirkelReport  *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_build_plan          (SirkelReport    *report,
                                        SirkelStore     *store,
                                        ReportProject   *project,
                                        GError         **error);
gboolean    report_plan_add_measures   (SirkelReport    *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_plan_add_timeline   (SirkelReport    *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_plan_add_budget     (SirkelReport    *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_plan_add_responsibility (SirkelReport *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_plan_add_evaluation (SirkelReport    *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_count_progress      (SirkelStore     *store,
                                        guint           *counts,
                                        GError         **error);
const char *report_progress_label      (SirkelReport    *report,
                                        ProgressClass    klass);
gboolean    report_annual_add_indicators (SirkelReport  *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_annual_add_findings (SirkelReport    *report,
                                        SirkelStore     *store,
                                        GError         **error);
gboolean    report_build_annual        (SirkelReport    *report,
                                        SirkelStore     *store,
                                        ReportProject   *project,
                                        GError         **error);

G_END_DECLS
