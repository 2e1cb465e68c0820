/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityCriterionRow: one prioritisation criterion as an expander row: its title and
 * weight and scale in the row, and when expanded its title, what it asks, its weight, its
 * scale (1–3 or 1–5) and a Delete button (priority.delete-criterion with the criterion's id).
 * The texts and the weight are bound through sirkel-field-editor; a scale change is one action
 * that also brings scores above the new top down to it (sirkel_priority_set_scale ()).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PRIORITY_CRITERION_ROW (sirkel_priority_criterion_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelPriorityCriterionRow, sirkel_priority_criterion_row, SIRKEL, PRIORITY_CRITERION_ROW, AdwExpanderRow)

GtkWidget    *sirkel_priority_criterion_row_new           (SirkelDocument             *document,
                                                           SirkelEntity               *criterion);
SirkelEntity *sirkel_priority_criterion_row_get_criterion (SirkelPriorityCriterionRow *self);
void          sirkel_priority_criterion_row_focus_title   (SirkelPriorityCriterionRow *self);

G_END_DECLS
