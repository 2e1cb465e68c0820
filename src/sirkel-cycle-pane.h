/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelCyclePane: the Improvement Cycles sub-page of the Læring page (PDSA, DOMAIN.md §9
 * "Forbedringsmodellen"): the cycles, open ones first, beside the editor of the one selected:
 * its title, the measure it improves, when it started, the three questions of the Model for
 * Improvement, the Plan, Do, Study and Act texts, and the step it is at, shown as four steps
 * with text and moved on with one button. Adding and deleting a cycle are one action each;
 * deleting says so in a toast with Undo.
 *
 * A SirkelPage for its document and status properties; its empty state explains the cycles.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_CYCLE_PANE (sirkel_cycle_pane_get_type ())
G_DECLARE_FINAL_TYPE (SirkelCyclePane, sirkel_cycle_pane, SIRKEL, CYCLE_PANE, SirkelPage)

SirkelEntity *sirkel_cycle_pane_get_selected (SirkelCyclePane *self);
gboolean      sirkel_cycle_pane_select       (SirkelCyclePane *self,
                                              const SirkelId  *id);

G_END_DECLS
