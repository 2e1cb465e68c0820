/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelProjectView: what a window shows while a project is open: a sidebar with the phases
 * and their progress, one page per phase, and the header bar with the project name, its save
 * and lock state, undo/redo and the main menu. It names the window's actions and changes
 * nothing itself.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PROJECT_VIEW (sirkel_project_view_get_type ())
G_DECLARE_FINAL_TYPE (SirkelProjectView, sirkel_project_view, SIRKEL, PROJECT_VIEW, AdwBin)

SirkelDocument *sirkel_project_view_get_document (SirkelProjectView *self);
void            sirkel_project_view_set_document (SirkelProjectView *self,
                                                  SirkelDocument    *document);

G_END_DECLS
