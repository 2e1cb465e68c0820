/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationPage: the Evaluering phase, per measure. On the left the measures, each
 * with its status and whether it has an evaluation plan (one that should have one and has
 * not is flagged, as the gap list does); on the right, for the selected measure, three
 * views: its evaluation plans (SirkelEvaluationEditor), its logic model with the diagram
 * (SirkelLogicEditor) and its evaluation indicators with their measurements and progress
 * charts (SirkelEvalIndicatorEditor). Every change is one undoable action; deletions say so
 * in a toast with Undo.
 *
 * page.select-item ("ID") selects the measure, evaluation, logic model element, evaluation
 * indicator or measurement with that id, so view.show-item ("evaluation", ID) lands here.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_EVALUATION_PAGE (sirkel_evaluation_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelEvaluationPage, sirkel_evaluation_page,
                      SIRKEL, EVALUATION_PAGE, SirkelPage)

SirkelEntity *sirkel_evaluation_page_get_measure    (SirkelEvaluationPage *self);
gboolean      sirkel_evaluation_page_select_measure (SirkelEvaluationPage *self,
                                                     const SirkelId       *id);

G_END_DECLS
