/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingSummaries: the project's indicator summaries (sirkel-indicator-summary.h) for
 * the oversikt's lists — the figures beside an assessment, a challenge's linked indicators,
 * the indicator picker. Computed when first asked for and kept until an action touches what
 * they are computed from (indicators, imports, the project's geography); then "changed" is
 * emitted so the lists can format their rows again. Main thread only.
 */
#pragma once

#include "sirkel-document.h"
#include "sirkel-findings.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_FINDING_SUMMARIES (sirkel_finding_summaries_get_type ())
G_DECLARE_FINAL_TYPE (SirkelFindingSummaries, sirkel_finding_summaries, SIRKEL, FINDING_SUMMARIES, GObject)

SirkelFindingSummaries       *sirkel_finding_summaries_new          (void);
SirkelDocument               *sirkel_finding_summaries_get_document (SirkelFindingSummaries *self);
void                          sirkel_finding_summaries_set_document (SirkelFindingSummaries *self,
                                                                     SirkelDocument         *document);
GPtrArray                    *sirkel_finding_summaries_get_all      (SirkelFindingSummaries *self);
const SirkelIndicatorSummary *sirkel_finding_summaries_lookup       (SirkelFindingSummaries *self,
                                                                     const SirkelId         *indicator);
char                         *sirkel_finding_summaries_dup_figures  (SirkelFindingSummaries *self,
                                                                     const SirkelId         *indicator);

G_END_DECLS
