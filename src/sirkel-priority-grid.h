/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityGrid: the score table of the Prioritisation sub-page: a row per challenge and a
 * column per criterion, each cell a SirkelPriorityCell, and at the end of each row the
 * challenge's weighted score (sirkel_priority_weighted_score ()). The table is made again only
 * when challenges or criteria come, go or move; other changes update the cells in place, so
 * that an open cell stays open while its reason is written.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"
#include "sirkel-priority-cell.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PRIORITY_GRID (sirkel_priority_grid_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPriorityGrid, sirkel_priority_grid, SIRKEL, PRIORITY_GRID, AdwBin)

SirkelDocument     *sirkel_priority_grid_get_document (SirkelPriorityGrid *self);
void                sirkel_priority_grid_set_document (SirkelPriorityGrid *self,
                                                       SirkelDocument     *document);
void                sirkel_priority_grid_refresh      (SirkelPriorityGrid *self);
guint               sirkel_priority_grid_get_n_rows   (SirkelPriorityGrid *self);
SirkelPriorityCell *sirkel_priority_grid_get_cell     (SirkelPriorityGrid *self,
                                                       SirkelEntity       *finding,
                                                       SirkelEntity       *criterion);

G_END_DECLS
