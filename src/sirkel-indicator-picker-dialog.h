/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelIndicatorPickerDialog: a dialog that lists the project's indicators with their
 * figures and a search entry, to pick one or more. Indicators already linked are shown ticked
 * and cannot be picked again. "Add" emits "picked" with the ids of the chosen indicators and
 * closes the dialog; Cancel and Escape close it without.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"
#include "sirkel-finding-summaries.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_INDICATOR_PICKER_DIALOG (sirkel_indicator_picker_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SirkelIndicatorPickerDialog, sirkel_indicator_picker_dialog, SIRKEL, INDICATOR_PICKER_DIALOG, AdwWindow)

SirkelIndicatorPickerDialog *sirkel_indicator_picker_dialog_new        (GtkWindow                   *parent,
                                                                        SirkelDocument              *document,
                                                                        SirkelFindingSummaries      *summaries,
                                                                        const char * const          *linked);
void                         sirkel_indicator_picker_dialog_set_picked (SirkelIndicatorPickerDialog *self,
                                                                        const char                  *id,
                                                                        gboolean                     picked);
void                         sirkel_indicator_picker_dialog_set_search (SirkelIndicatorPickerDialog *self,
                                                                        const char                  *text);
guint                        sirkel_indicator_picker_dialog_count_shown (SirkelIndicatorPickerDialog *self);

G_END_DECLS
