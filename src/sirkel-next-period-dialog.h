/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelNextPeriodDialog: "Start the Next Period": asks for the new period (by default the
 * next election period, the four years after this one), the new project's title and where to
 * save it, says what is carried forward (with how many of each) and what is not, and writes
 * the new file with sirkel_next_period_create (). On success it emits "created" with the new
 * file's path and a sentence saying what was carried, and closes; on failure it says why in
 * one sentence and stays open, with nothing written and the project untouched.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_NEXT_PERIOD_DIALOG (sirkel_next_period_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SirkelNextPeriodDialog, sirkel_next_period_dialog, SIRKEL,
                      NEXT_PERIOD_DIALOG, AdwWindow)

SirkelNextPeriodDialog *sirkel_next_period_dialog_new      (GtkWindow              *parent,
                                                            SirkelDocument         *document);
const char             *sirkel_next_period_dialog_get_path (SirkelNextPeriodDialog *self);
void                    sirkel_next_period_dialog_set_path (SirkelNextPeriodDialog *self,
                                                            const char             *path);
void                    sirkel_next_period_dialog_set_period (SirkelNextPeriodDialog *self,
                                                              int                     from,
                                                              int                     to);

G_END_DECLS
