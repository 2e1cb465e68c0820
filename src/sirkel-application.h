/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelApplication: the AdwApplication of Sirkel. It owns the SirkelContext that every
 * window receives, and decides which window a file opens in.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SIRKEL_TYPE_APPLICATION (sirkel_application_get_type ())
G_DECLARE_FINAL_TYPE (SirkelApplication, sirkel_application, SIRKEL, APPLICATION, AdwApplication)

SirkelApplication *sirkel_application_new (void);

G_END_DECLS
