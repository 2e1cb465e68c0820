/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingRow: one challenge or resource in the list of the Challenges and Resources
 * sub-page: its title, what it is, its category, and a star when it is prioritised. Follows
 * the finding's changes.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-entity.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_FINDING_ROW (sirkel_finding_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelFindingRow, sirkel_finding_row, SIRKEL, FINDING_ROW, GtkListBoxRow)

GtkWidget    *sirkel_finding_row_new         (SirkelEntity     *finding);
SirkelEntity *sirkel_finding_row_get_finding (SirkelFindingRow *self);

G_END_DECLS
