/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityCell: one cell of the score table: a challenge's score on one criterion. The
 * cell is a button showing the score ("–" without one); it opens a popover with the criterion's
 * description, the score as a row of buttons (none, 1 … the criterion's top score) and the
 * written reason. Choosing a score is one action (sirkel_priority_set_score ()); the reason is
 * bound to the score row through sirkel-field-editor, so it can be written once there is a
 * score. "value" is the shown score, 0 for none; setting it writes, like a click does
 * (cell.value is its property action).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PRIORITY_CELL (sirkel_priority_cell_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPriorityCell, sirkel_priority_cell, SIRKEL, PRIORITY_CELL, AdwBin)

SirkelPriorityCell *sirkel_priority_cell_new           (SirkelDocument     *document,
                                                        SirkelEntity       *finding,
                                                        SirkelEntity       *criterion);
SirkelEntity       *sirkel_priority_cell_get_finding   (SirkelPriorityCell *self);
SirkelEntity       *sirkel_priority_cell_get_criterion (SirkelPriorityCell *self);
SirkelEntity       *sirkel_priority_cell_get_score     (SirkelPriorityCell *self);
void                sirkel_priority_cell_set_score     (SirkelPriorityCell *self,
                                                        SirkelEntity       *score);
int                 sirkel_priority_cell_get_value     (SirkelPriorityCell *self);
void                sirkel_priority_cell_set_value     (SirkelPriorityCell *self,
                                                        int                 value);
void                sirkel_priority_cell_update        (SirkelPriorityCell *self);

G_END_DECLS
