/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelStartPage: what a window shows while no project is open: new project, open, the
 * example project, recent files, and unsaved work from a session that ended without saving.
 * Its buttons and rows name the window's actions; it acts on nothing itself.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-context.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_START_PAGE (sirkel_start_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelStartPage, sirkel_start_page, SIRKEL, START_PAGE, AdwBin)

void sirkel_start_page_set_context (SirkelStartPage *self,
                                    SirkelContext   *context);
void sirkel_start_page_refresh     (SirkelStartPage *self);

G_END_DECLS
