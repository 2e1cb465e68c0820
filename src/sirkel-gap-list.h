/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGapList: the "What is missing" list at the top of a page: the traceability gaps of the
 * kinds that page is about, from the project status. Hidden while there are none.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-project-status.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_GAP_LIST (sirkel_gap_list_get_type ())
G_DECLARE_FINAL_TYPE (SirkelGapList, sirkel_gap_list, SIRKEL, GAP_LIST, AdwBin)

guint sirkel_gap_list_get_n_gaps (SirkelGapList *self);

G_END_DECLS
