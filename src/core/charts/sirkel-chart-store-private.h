/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the sirkel-chart-store*.c files share: the project's places and period, and small
 * column readers.
 */
#pragma once

#include "sirkel-chart-store.h"
#include "sirkel-store-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *kommune;        /* "9901" */
  char *kommune_label;  /* the name, or the code when there is none */
  char *fylke;          /* "99", or "" */
  char *fylke_label;
  int   period_from;
  int   period_to;
} ChartProject;

gboolean  chart_project_load   (SirkelStore   *store,
                                ChartProject  *project,
                                GError       **error);
void      chart_project_clear  (ChartProject  *project);
char     *chart_column_text    (sqlite3_stmt  *stmt,
                                int            column);
double    chart_column_double  (sqlite3_stmt  *stmt,
                                int            column);
char     *chart_column_id      (sqlite3_stmt  *stmt,
                                int            column);
gboolean  chart_parse_date     (const char    *text,
                                GDate         *date);
char     *chart_store_name     (SirkelStore   *store);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartProject, chart_project_clear)

G_END_DECLS
