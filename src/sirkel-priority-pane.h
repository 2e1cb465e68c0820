/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityPane: the Prioritisation sub-page of the Oversikt page: the criteria (with
 * the recommended ones one click away while there are none), the score table of challenges ×
 * criteria with a reason per score, a slot for the prioritisation matrix chart, and the
 * ranking by weighted score (sirkel-priority.h says how it is computed), where each challenge
 * is marked as prioritised or not, with the reason.
 *
 * A SirkelPage for its document and status properties only: it has no empty state of its own
 * (SirkelPage's show_empty is never called).
 */
#pragma once

#include "sirkel-page.h"
#include "sirkel-priority-grid.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PRIORITY_PANE (sirkel_priority_pane_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPriorityPane, sirkel_priority_pane, SIRKEL, PRIORITY_PANE, SirkelPage)

SirkelPriorityGrid *sirkel_priority_pane_get_grid        (SirkelPriorityPane *self);
GtkWidget          *sirkel_priority_pane_get_rank_row    (SirkelPriorityPane *self,
                                                          SirkelEntity       *finding);
guint               sirkel_priority_pane_get_rank_of     (SirkelPriorityPane *self,
                                                          SirkelEntity       *finding);
GtkBox             *sirkel_priority_pane_get_matrix_slot (SirkelPriorityPane *self);

G_END_DECLS
