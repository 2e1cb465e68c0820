/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How far each phase of the cycle has come, from the project's own rows: a few countable
 * steps per phase, each "done of total" with one sentence for people. The dashboard shows
 * them; the rules match the traceability gaps (sirkel-gaps.h), so the two never disagree.
 *
 *   Overview    categories a–f with a final, written assessment (of 6); challenges found;
 *               challenges prioritised
 *   Plan        prioritised challenges with a goal; goals without sub-goals that have an
 *               indicator and a target (a goal with sub-goals is measured through them)
 *   Measures    goals without sub-goals that have a measure; measures under way or completed
 *               (of those not stopped)
 *   Evaluation  measures with an evaluation plan (of those neither proposed nor stopped);
 *               evaluation indicators with at least one measurement
 *   Learning    lessons learned in the project's period; a decision on the yearly report
 *               (a decision about evaluation) in the given year
 *
 * A phase's fraction is the mean of its steps' fractions; a step with nothing to count
 * (total 0) counts as not done.
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_PHASE_OVERVIEW,
  SIRKEL_PHASE_PLAN,
  SIRKEL_PHASE_MEASURES,
  SIRKEL_PHASE_EVALUATION,
  SIRKEL_PHASE_LEARNING,
  SIRKEL_N_PHASES
} SirkelPhase;

#define SIRKEL_PROGRESS_MAX_STEPS 3

typedef struct
{
  guint  done;
  guint  total;
  char  *text;     /* one sentence for people: "5 of 6 categories have a final assessment" */
} SirkelProgressStep;

typedef struct
{
  SirkelPhase        phase;
  guint              n_steps;
  SirkelProgressStep steps[SIRKEL_PROGRESS_MAX_STEPS];
} SirkelPhaseProgress;

gboolean sirkel_progress_compute            (SirkelStore               *store,
                                             int                        year,
                                             SirkelPhaseProgress       *progress,
                                             GError                   **error);
void     sirkel_phase_progress_clear        (SirkelPhaseProgress       *progress);
double   sirkel_phase_progress_get_fraction (const SirkelPhaseProgress *progress);
gboolean sirkel_progress_step_is_done       (const SirkelProgressStep  *step);

G_END_DECLS
