/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationEditor: the form for one evaluation plan on the Evaluering page: its kind
 * (with a line on what that kind asks), title, status, due date, who evaluates, research
 * partner, method, the KIPP fields of a self-evaluation and the findings. Every field writes
 * through the document as one undoable action (sirkel-field-editor.h, sirkel-plan-fields.h).
 * Its delete button names the page's action evaluation.delete-plan with the evaluation's id as
 * target; Record a Lesson (eval-plan.record-lesson) is on only once the findings have text,
 * writes what is typed and passes the id on to evaluation.record-lesson. The KIPP fields show
 * for a self-evaluation, and for any other kind once one of them has text, so nothing stored
 * is ever hidden.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_EVALUATION_EDITOR (sirkel_evaluation_editor_get_type ())
G_DECLARE_FINAL_TYPE (SirkelEvaluationEditor, sirkel_evaluation_editor,
                      SIRKEL, EVALUATION_EDITOR, AdwBin)

GtkWidget    *sirkel_evaluation_editor_new            (SirkelDocument         *document,
                                                       SirkelEntity           *evaluation);
SirkelEntity *sirkel_evaluation_editor_get_evaluation (SirkelEvaluationEditor *self);
void          sirkel_evaluation_editor_focus          (SirkelEvaluationEditor *self);

G_END_DECLS
