/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelBudgetLineRow: one budget line of a measure (a budget_line row) in the measure editor:
 * an expander row titled with its year and amount, its funding source and title below, and a
 * button that removes it (measure.delete-budget-line of SirkelMeasureBudget, with the line's
 * id); opened, it edits the year, the amount, the funding source and the title, each bound to
 * its field. An amount is read with a decimal comma or point ("12500,50").
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_BUDGET_LINE_ROW (sirkel_budget_line_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelBudgetLineRow, sirkel_budget_line_row, SIRKEL, BUDGET_LINE_ROW,
                      AdwExpanderRow)

GtkWidget    *sirkel_budget_line_row_new          (SirkelDocument      *document,
                                                   SirkelEntity        *line);
SirkelEntity *sirkel_budget_line_row_get_line     (SirkelBudgetLineRow *self);
void          sirkel_budget_line_row_focus_amount (SirkelBudgetLineRow *self);

G_END_DECLS
