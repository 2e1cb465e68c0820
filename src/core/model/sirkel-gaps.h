/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The traceability gaps of DESIGN.md § 1: what is missing in the chain indicator → challenge →
 * goal → measure → evaluation. The window shows them at every step; `sirkel-cli check` lists
 * them. They are warnings about the plan, not errors in the file.
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT,
  SIRKEL_GAP_CHALLENGE_WITHOUT_GOAL,
  SIRKEL_GAP_GOAL_WITHOUT_MEASURE,
  SIRKEL_GAP_MEASURE_WITHOUT_EVALUATION,
  SIRKEL_GAP_INDICATOR_NOT_DISCUSSED,
} SirkelGapKind;

typedef struct
{
  SirkelGapKind kind;
  char         *entity;   /* table of the item the gap is about; NULL for a category */
  SirkelId      id;
  char         *message;  /* one sentence for people */
} SirkelGap;

void       sirkel_gap_free  (SirkelGap    *gap);
GPtrArray *sirkel_gaps_find (SirkelStore  *store,
                             GError      **error);

G_END_DECLS
