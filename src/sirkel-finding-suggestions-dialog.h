/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingSuggestionsDialog: "Suggest from statistics": the indicators that are
 * significantly worse than landet and worsening and that no challenge is linked to yet
 * (sirkel_finding_suggestions ()), each with a one-sentence reason. Accept adds a challenge
 * named after the indicator, in its category and linked to it, as one action, and emits
 * "accepted" with the new challenge's id; Reject puts the indicator's id in the rejected set
 * the caller passed, which the caller keeps for as long as it wants rejections remembered
 * (the Oversikt page: until the window closes).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_FINDING_SUGGESTIONS_DIALOG (sirkel_finding_suggestions_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SirkelFindingSuggestionsDialog, sirkel_finding_suggestions_dialog, SIRKEL, FINDING_SUGGESTIONS_DIALOG, AdwWindow)

SirkelFindingSuggestionsDialog *sirkel_finding_suggestions_dialog_new     (GtkWindow                      *parent,
                                                                           SirkelDocument                 *document,
                                                                           GHashTable                     *rejected);
guint                           sirkel_finding_suggestions_dialog_get_n_suggestions (SirkelFindingSuggestionsDialog *self);
char                           *sirkel_finding_suggestions_dialog_dup_indicator_id (SirkelFindingSuggestionsDialog *self,
                                                                                    guint                           index);

G_END_DECLS
