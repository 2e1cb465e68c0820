/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanRow: one of the project's plans (planstrategi, samfunnsdel, kommunedelplan…) on
 * the Plan page, as an expander row: kind, status and period in its subtitle, and when opened
 * the fields to edit them, each change one undoable action, and a button that deletes the
 * plan (plan.delete-plan, handled by the page).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PLAN_ROW (sirkel_plan_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPlanRow, sirkel_plan_row, SIRKEL, PLAN_ROW, AdwExpanderRow)

GtkWidget    *sirkel_plan_row_new      (SirkelDocument *document,
                                        SirkelEntity   *plan);
SirkelEntity *sirkel_plan_row_get_plan (SirkelPlanRow  *self);

G_END_DECLS
