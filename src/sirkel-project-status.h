/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelProjectStatus: how far the open project has come, for the sidebar captions and the
 * "What is missing" lists: the traceability gaps (sirkel_gaps_find), counts of the lists and
 * the progress of each phase of the cycle (sirkel_progress_compute) for the dashboard.
 * It recomputes once after each burst of actions and then emits "changed".
 */
#pragma once

#include <glib-object.h>

#include "sirkel-document.h"
#include "sirkel-gaps.h"
#include "sirkel-progress.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PROJECT_STATUS (sirkel_project_status_get_type ())
G_DECLARE_FINAL_TYPE (SirkelProjectStatus, sirkel_project_status, SIRKEL, PROJECT_STATUS, GObject)

typedef enum
{
  SIRKEL_REPORT_OVERVIEW,
  SIRKEL_REPORT_PLAN,
  SIRKEL_REPORT_ANNUAL,
  SIRKEL_N_REPORTS
} SirkelReportKind;

SirkelProjectStatus *sirkel_project_status_new          (void);
SirkelDocument      *sirkel_project_status_get_document (SirkelProjectStatus *self);
void                 sirkel_project_status_set_document (SirkelProjectStatus *self,
                                                         SirkelDocument      *document);
GPtrArray           *sirkel_project_status_get_gaps     (SirkelProjectStatus *self);
guint                sirkel_project_status_count_gaps   (SirkelProjectStatus *self,
                                                         SirkelGapKind        kind);
const SirkelPhaseProgress *
                     sirkel_project_status_get_progress (SirkelProjectStatus *self,
                                                         SirkelPhase          phase);
guint                sirkel_project_status_count        (SirkelProjectStatus *self,
                                                         const char          *table,
                                                         const char          *field,
                                                         const char          *value);
gboolean             sirkel_project_status_report_ready (SirkelProjectStatus *self,
                                                         SirkelReportKind     kind,
                                                         char               **missing);
void                 sirkel_project_status_update       (SirkelProjectStatus *self);

G_END_DECLS
