/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityRankRow: one challenge in the ranking: its place, title and weighted score,
 * a "Prioritised" switch (finding.prioritised) and, expanded, the reason for the decision
 * (finding.priority_reason), both bound through sirkel-field-editor.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"
#include "sirkel-priority.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PRIORITY_RANK_ROW (sirkel_priority_rank_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPriorityRankRow, sirkel_priority_rank_row, SIRKEL, PRIORITY_RANK_ROW, AdwExpanderRow)

GtkWidget    *sirkel_priority_rank_row_new         (SirkelDocument           *document,
                                                    SirkelEntity             *finding);
SirkelEntity *sirkel_priority_rank_row_get_finding (SirkelPriorityRankRow    *self);
void          sirkel_priority_rank_row_set_rank    (SirkelPriorityRankRow    *self,
                                                    const SirkelPriorityRank *rank);
GtkSwitch    *sirkel_priority_rank_row_get_switch  (SirkelPriorityRankRow    *self);

G_END_DECLS
