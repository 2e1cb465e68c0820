/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelWindow: one top-level window. It shows the start page while no project is open and the
 * project view while one is, and owns the file handling around its document: open (with the
 * "in use" and recovery questions), save, save as, close with unsaved changes.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-context.h"
#include "sirkel-document.h"
#include "sirkel-import-queue.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_WINDOW (sirkel_window_get_type ())
G_DECLARE_FINAL_TYPE (SirkelWindow, sirkel_window, SIRKEL, WINDOW, AdwApplicationWindow)

SirkelWindow      *sirkel_window_new              (GtkApplication *application,
                                                   SirkelContext  *context);
SirkelContext     *sirkel_window_get_context      (SirkelWindow   *self);
SirkelDocument    *sirkel_window_get_document     (SirkelWindow   *self);
SirkelImportQueue *sirkel_window_get_import_queue (SirkelWindow   *self);
void               sirkel_window_open_path        (SirkelWindow   *self,
                                                   const char     *path);
void               sirkel_window_show_message     (SirkelWindow   *self,
                                                   const char     *heading,
                                                   const char     *body);

G_END_DECLS
