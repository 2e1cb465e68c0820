/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvalIndicatorEditor: one evaluation indicator (eval_indicator) of a measure on the
 * Evaluering page: its progress chart ("progress:ID": baseline → measurements → target), title,
 * unit, direction (polarity), the logic model element and the project indicator it is tied
 * to, baseline and target with their dates, and its measurements over time, oldest first,
 * (SirkelMeasurementList).
 *
 * Fields write through the document as one undoable action each (sirkel-field-editor.h,
 * sirkel-plan-fields.h: figures and dates are read as Norwegians write them, "12,5" and
 * 27.03.2025, and shown the same way). Deleting the indicator names the page's action
 * evaluation.delete-indicator.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-chart-view.h"
#include "sirkel-document.h"
#include "sirkel-measurement-list.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_EVAL_INDICATOR_EDITOR (sirkel_eval_indicator_editor_get_type ())
G_DECLARE_FINAL_TYPE (SirkelEvalIndicatorEditor, sirkel_eval_indicator_editor,
                      SIRKEL, EVAL_INDICATOR_EDITOR, AdwBin)

GtkWidget       *sirkel_eval_indicator_editor_new            (SirkelDocument            *document,
                                                              SirkelEntity              *indicator);
SirkelEntity    *sirkel_eval_indicator_editor_get_indicator  (SirkelEvalIndicatorEditor *self);
void             sirkel_eval_indicator_editor_refresh        (SirkelEvalIndicatorEditor *self);
void             sirkel_eval_indicator_editor_focus          (SirkelEvalIndicatorEditor *self);
SirkelMeasurementList *
                 sirkel_eval_indicator_editor_get_measurements (SirkelEvalIndicatorEditor *self);
SirkelChartView *sirkel_eval_indicator_editor_get_chart_view (SirkelEvalIndicatorEditor *self);

G_END_DECLS
