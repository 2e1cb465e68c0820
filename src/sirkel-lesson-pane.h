/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLessonPane: the Lessons sub-page of the Læring page: the lessons learned, newest
 * first and filtered by type, beside the editor of the one selected: its title, type
 * (experience, improvement action, decision), date, text, whether it is carried forward to
 * the next period, and the measure, evaluation, goal or challenge it came from, with a way to
 * go there. Adding and deleting a lesson, and linking it, are one action each; deleting says
 * so in a toast with Undo.
 *
 * A SirkelPage for its document and status properties; its empty state explains lessons.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_LESSON_PANE (sirkel_lesson_pane_get_type ())
G_DECLARE_FINAL_TYPE (SirkelLessonPane, sirkel_lesson_pane, SIRKEL, LESSON_PANE, SirkelPage)

SirkelEntity *sirkel_lesson_pane_get_selected (SirkelLessonPane *self);
gboolean      sirkel_lesson_pane_select       (SirkelLessonPane *self,
                                               const SirkelId   *id);
guint         sirkel_lesson_pane_count_shown  (SirkelLessonPane *self);

G_END_DECLS
