/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelNewProjectDialog: asks for the municipality, the period and a title, checks them as
 * the user types, and creates an untitled project. The "created" signal hands the new
 * document over; the dialog then closes.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-context.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_NEW_PROJECT_DIALOG (sirkel_new_project_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SirkelNewProjectDialog, sirkel_new_project_dialog,
                      SIRKEL, NEW_PROJECT_DIALOG, AdwWindow)

SirkelNewProjectDialog *sirkel_new_project_dialog_new (GtkWindow     *parent,
                                                       SirkelContext *context);
int                     sirkel_default_period_from    (GDateTime     *now);

G_END_DECLS
