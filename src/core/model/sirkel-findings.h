/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The oversikt's challenges and resources (table finding) as whole user actions: adding one
 * (optionally linked to the indicator it rests on), deleting one with everything that points
 * at it, linking and unlinking indicators, and the challenges the statistics suggest — the
 * indicators that are significantly worse than landet and worsening but not yet linked to any
 * challenge, each with a one-sentence reason. Also the short texts that describe an
 * indicator's figures in lists, so every page words them the same way.
 *
 * Each function that writes is one action (one undo step) unless an action is already open,
 * in which case it joins it. Thread rule: the store's.
 */
#pragma once

#include "sirkel-indicator-summary.h"

G_BEGIN_DECLS

typedef struct
{
  SirkelIndicatorSummary *summary;  /* owned */
  char                   *reason;   /* one sentence: value against landet, and the trend */
} SirkelFindingSuggestion;

gboolean    sirkel_finding_add                   (SirkelStore                   *store,
                                                  const char                    *kind,
                                                  const char                    *title,
                                                  const char                    *category,
                                                  const SirkelId                *indicator,
                                                  SirkelId                      *id,
                                                  GError                       **error);
gboolean    sirkel_finding_remove                (SirkelStore                   *store,
                                                  const SirkelId                *finding,
                                                  GError                       **error);
gboolean    sirkel_finding_link_indicators       (SirkelStore                   *store,
                                                  const SirkelId                *finding,
                                                  const SirkelId                *indicators,
                                                  guint                          n_indicators,
                                                  guint                         *n_added,
                                                  GError                       **error);
gboolean    sirkel_finding_unlink_indicator      (SirkelStore                   *store,
                                                  const SirkelId                *link,
                                                  GError                       **error);

GPtrArray  *sirkel_finding_suggestions           (SirkelStore                   *store,
                                                  GError                       **error);
gboolean    sirkel_finding_accept_suggestion     (SirkelStore                   *store,
                                                  const SirkelIndicatorSummary  *summary,
                                                  SirkelId                      *id,
                                                  GError                       **error);
void        sirkel_finding_suggestion_free       (SirkelFindingSuggestion       *suggestion);

char       *sirkel_indicator_summary_dup_value   (const SirkelIndicatorSummary  *summary);
char       *sirkel_indicator_summary_dup_figures (const SirkelIndicatorSummary  *summary);
char       *sirkel_indicator_summary_dup_reason  (const SirkelIndicatorSummary  *summary);
const char *sirkel_trend_to_label                (SirkelTrend                    trend);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelFindingSuggestion, sirkel_finding_suggestion_free)

G_END_DECLS
