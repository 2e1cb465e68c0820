/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureBudget: the "Budget" part of the measure editor: the measure's budget lines
 * (budget_line rows, by year), each a SirkelBudgetLineRow; the totals per year and over all
 * years; and the funding as text (measure.funding). Adding and removing a line are one
 * undoable action each (measure.add-budget-line, measure.delete-budget-line); removing says so
 * in a toast with Undo. A new line comes in the year after the measure's last line (or this
 * year) and opens with the cursor in its amount.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_BUDGET (sirkel_measure_budget_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasureBudget, sirkel_measure_budget, SIRKEL, MEASURE_BUDGET, AdwBin)

void  sirkel_measure_budget_set_document (SirkelMeasureBudget *self,
                                          SirkelDocument      *document);
void  sirkel_measure_budget_set_measure  (SirkelMeasureBudget *self,
                                          SirkelEntity        *measure);
void  sirkel_measure_budget_refresh      (SirkelMeasureBudget *self);
guint sirkel_measure_budget_get_n_lines  (SirkelMeasureBudget *self);

G_END_DECLS
