/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureGoals: the "Goals" part of the measure editor: the goals a measure serves (its
 * live measure_goal rows), each with a button that unlinks it, and "Link…", which offers the
 * goals not linked yet in the order of the plan's goal tree (SirkelGoalPicker). Linking and
 * unlinking are one undoable action each (measure.link-goal, measure.unlink-goal); unlinking
 * says so in a toast with Undo.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_GOALS (sirkel_measure_goals_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasureGoals, sirkel_measure_goals, SIRKEL, MEASURE_GOALS, AdwBin)

void  sirkel_measure_goals_set_document (SirkelMeasureGoals *self,
                                         SirkelDocument     *document);
void  sirkel_measure_goals_set_measure  (SirkelMeasureGoals *self,
                                         SirkelEntity       *measure);
void  sirkel_measure_goals_refresh      (SirkelMeasureGoals *self);
guint sirkel_measure_goals_get_n_links  (SirkelMeasureGoals *self);
void  sirkel_measure_goals_link         (SirkelMeasureGoals *self,
                                         const SirkelId     *goal_id);

G_END_DECLS
