/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalChallenges: the "Challenges" part of the goal editor: the challenges a goal
 * answers (its live goal_finding rows), each with a button that unlinks it, and "Link…",
 * which offers the challenges not linked yet, the prioritised ones first. Linking and
 * unlinking are one undoable action each (goal.link-challenge, goal.unlink-challenge).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_GOAL_CHALLENGES (sirkel_goal_challenges_get_type ())
G_DECLARE_FINAL_TYPE (SirkelGoalChallenges, sirkel_goal_challenges, SIRKEL, GOAL_CHALLENGES,
                      AdwBin)

void  sirkel_goal_challenges_set_document (SirkelGoalChallenges *self,
                                           SirkelDocument       *document);
void  sirkel_goal_challenges_set_goal     (SirkelGoalChallenges *self,
                                           SirkelEntity         *goal);
void  sirkel_goal_challenges_refresh      (SirkelGoalChallenges *self);
guint sirkel_goal_challenges_get_n_links  (SirkelGoalChallenges *self);

G_END_DECLS
