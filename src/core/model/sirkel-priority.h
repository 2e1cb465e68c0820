/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prioritisation of the challenges (DOMAIN.md §10): weighted criteria, a score per challenge
 * and criterion (1 … the criterion's scale_max, with a written reason), and the ranking that
 * follows from them.
 *
 * The weighted score of a challenge is Σ weight × score / Σ weight, taken over the criteria
 * it has been scored on: a weighted mean on the scoring scale, so that a criterion not yet
 * scored neither counts as zero nor hides the others. A challenge with no score, or scored
 * only on criteria of weight 0, has no weighted score and ranks last.
 *
 * Each function that writes is one action (one undo step) unless an action is already open,
 * in which case it joins it. Thread rule: the store's.
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef struct
{
  SirkelId  finding;
  char     *title;
  double    score;        /* the weighted score; NaN when there is none */
  guint     n_scored;     /* criteria scored */
  guint     n_criteria;   /* live criteria */
  gboolean  prioritised;
  guint     rank;         /* 1 for the highest weighted score; 0 without a score */
} SirkelPriorityRank;

guint      sirkel_priority_n_recommended            (void);
gboolean   sirkel_priority_add_recommended_criteria (SirkelStore        *store,
                                                     GError            **error);
gboolean   sirkel_priority_add_criterion            (SirkelStore        *store,
                                                     SirkelId           *id,
                                                     GError            **error);
gboolean   sirkel_priority_remove_criterion         (SirkelStore        *store,
                                                     const SirkelId     *criterion,
                                                     GError            **error);
gboolean   sirkel_priority_set_scale                (SirkelStore        *store,
                                                     const SirkelId     *criterion,
                                                     int                 scale_max,
                                                     GError            **error);
gboolean   sirkel_priority_set_score                (SirkelStore        *store,
                                                     const SirkelId     *finding,
                                                     const SirkelId     *criterion,
                                                     int                 value,
                                                     GError            **error);

double     sirkel_priority_weighted_score           (const double       *weights,
                                                     const int          *values,
                                                     guint               n);
GPtrArray *sirkel_priority_ranking                  (SirkelStore        *store,
                                                     GError            **error);
void       sirkel_priority_rank_free                (SirkelPriorityRank *rank);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelPriorityRank, sirkel_priority_rank_free)

G_END_DECLS
