/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalPicker: a small modal window that lets the user pick one item from a list with a
 * search field: a challenge to link to a goal, or a goal indicator. The caller adds the
 * choices in the order to show them and listens to "picked", emitted with the chosen id just
 * before the window closes. Typing anywhere searches titles and subtitles; Enter picks the
 * first match; Escape cancels.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_GOAL_PICKER (sirkel_goal_picker_get_type ())
G_DECLARE_FINAL_TYPE (SirkelGoalPicker, sirkel_goal_picker, SIRKEL, GOAL_PICKER, AdwWindow)

SirkelGoalPicker *sirkel_goal_picker_new    (GtkWindow        *parent,
                                             const char       *title,
                                             const char       *empty_text);
/* The project's indicators (title, category · unit), with @current (nullable) marked. */
SirkelGoalPicker *sirkel_goal_picker_new_for_indicators (GtkWindow      *parent,
                                                         const char     *title,
                                                         SirkelDocument *document,
                                                         SirkelEntity   *current);
void              sirkel_goal_picker_add    (SirkelGoalPicker *self,
                                             const char       *id,
                                             const char       *title,
                                             const char       *subtitle);
void              sirkel_goal_picker_set_current (SirkelGoalPicker *self,
                                                  const char       *id);
guint             sirkel_goal_picker_get_n_choices (SirkelGoalPicker *self);
gboolean          sirkel_goal_picker_pick   (SirkelGoalPicker *self,
                                             const char       *id);

G_END_DECLS
