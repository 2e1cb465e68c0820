/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the municipality stands on each indicator: its latest value, the comparison with
 * landet and with its fylke (sirkel-compare.h), the trend, and whether the indicator is both
 * significantly worse than landet and worsening — the list that suggests challenges. One pass
 * over the project's live indicators, in their display order (sort, then key); the same
 * figures feed `sirkel-cli indicators`, the window's indicator browser, the barometer and the
 * documents, so they always agree.
 */
#pragma once

#include "sirkel-compare.h"

G_BEGIN_DECLS

typedef struct
{
  SirkelId          id;
  char             *key;
  char             *title;
  char             *unit;
  char             *category;             /* "a"…"f", or NULL */
  char             *source;
  int               polarity;             /* 1 higher is better, -1 lower is better, 0 neutral */
  int               decimals;
  SirkelComparison  landet;               /* the kommune against landet ("0") */
  SirkelComparison  fylke;                /* the kommune against its fylke */
  SirkelTrend       trend;
  gboolean          worse_and_worsening;  /* landet.klass is WORSE and the trend is worsening */
} SirkelIndicatorSummary;

GPtrArray *sirkel_indicator_summaries     (SirkelStore                  *store,
                                           GError                      **error);
void       sirkel_indicator_summary_free  (SirkelIndicatorSummary       *summary);
gboolean   sirkel_project_geography       (SirkelStore                  *store,
                                           char                        **kommune,
                                           char                        **fylke,
                                           GError                      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelIndicatorSummary, sirkel_indicator_summary_free)

G_END_DECLS
