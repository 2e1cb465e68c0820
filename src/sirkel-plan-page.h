/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanPage: the Plan phase. On the left the goals as a tree (hovedmål → delmål) with
 * buttons to add a goal or a sub-goal, move the selected goal up or down and delete it; on the
 * right the prioritised challenges that have no goal yet, the selected goal's editor
 * (SirkelGoalEditor), a slot for the chain chart, and the project's plans. Every change is one
 * undoable action. "page.select-item" (an id) selects a goal, or points at a challenge without
 * a goal; the dashboard's gap links use it through view.show-item.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PLAN_PAGE (sirkel_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPlanPage, sirkel_plan_page, SIRKEL, PLAN_PAGE, SirkelPage)

SirkelEntity *sirkel_plan_page_get_selected_goal (SirkelPlanPage *self);
gboolean      sirkel_plan_page_select_goal       (SirkelPlanPage *self,
                                                  const SirkelId *id);

G_END_DECLS
