/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelContext: what every window and page may need besides the document (STYLE.md §9):
 * the settings, the list of recent project files and the author name written into the
 * history. The application creates one; tests build one around a memory-backend GSettings.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SIRKEL_TYPE_CONTEXT (sirkel_context_get_type ())
G_DECLARE_FINAL_TYPE (SirkelContext, sirkel_context, SIRKEL, CONTEXT, GObject)

SirkelContext *sirkel_context_new              (GSettings     *settings);
GSettings     *sirkel_context_get_settings     (SirkelContext *self);
GListModel    *sirkel_context_get_recent       (SirkelContext *self);
void           sirkel_context_refresh_recent   (SirkelContext *self);
void           sirkel_context_add_recent       (SirkelContext *self,
                                                const char    *path);
char          *sirkel_context_dup_author       (SirkelContext *self);
char          *sirkel_context_dup_example_path (SirkelContext *self);

G_END_DECLS
