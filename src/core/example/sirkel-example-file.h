/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the bundled example project to a file (`sirkel-cli example`, the start page).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean sirkel_example_write (const char  *path,
                               GError     **error);

G_END_DECLS
