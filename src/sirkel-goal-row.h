/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalRow: one goal in the Plan page's goal tree: its title (two lines at most) and a
 * caption with its level and target. It follows the goal's changes.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-entity.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_GOAL_ROW (sirkel_goal_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelGoalRow, sirkel_goal_row, SIRKEL, GOAL_ROW, GtkWidget)

GtkWidget    *sirkel_goal_row_new      (void);
SirkelEntity *sirkel_goal_row_get_goal (SirkelGoalRow *self);
void          sirkel_goal_row_set_goal (SirkelGoalRow *self,
                                        SirkelEntity  *goal);

G_END_DECLS
