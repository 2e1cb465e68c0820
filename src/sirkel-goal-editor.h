/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalEditor: the form for one goal on the Plan page: title, level, the plan that sets
 * it, description, the challenges it answers (goal_finding), its goal indicator with baseline
 * and target, and its tags. Every field writes through the document as one undoable action
 * (sirkel-field-editor.h, sirkel-plan-fields.h); linking and unlinking challenges, choosing
 * the indicator and taking the latest value as the baseline are actions of their own.
 * Without a goal every field is empty and insensitive.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_GOAL_EDITOR (sirkel_goal_editor_get_type ())
G_DECLARE_FINAL_TYPE (SirkelGoalEditor, sirkel_goal_editor, SIRKEL, GOAL_EDITOR, AdwBin)

SirkelDocument *sirkel_goal_editor_get_document (SirkelGoalEditor *self);
void            sirkel_goal_editor_set_document (SirkelGoalEditor *self,
                                                 SirkelDocument   *document);
SirkelEntity   *sirkel_goal_editor_get_goal     (SirkelGoalEditor *self);
void            sirkel_goal_editor_set_goal     (SirkelGoalEditor *self,
                                                 SirkelEntity     *goal);
void            sirkel_goal_editor_refresh      (SirkelGoalEditor *self);
void            sirkel_goal_editor_focus_title  (SirkelGoalEditor *self);

G_END_DECLS
