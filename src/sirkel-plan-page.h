/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanPage: the Plan phase: the goals, each sub-goal indented under its goal, and the
 * prioritised challenges that have no goal yet.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PLAN_PAGE (sirkel_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPlanPage, sirkel_plan_page, SIRKEL, PLAN_PAGE, SirkelPage)

G_END_DECLS
