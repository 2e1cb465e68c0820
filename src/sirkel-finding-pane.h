/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingPane: the Challenges and Resources sub-page of the Oversikt page: the list of
 * challenges and resources (filtered by kind and category, the prioritised ones starred)
 * beside the editor of the one chosen; adding (one action, opened at its title), deleting
 * (one action, with an Undo toast) and the challenges suggested by the statistics. Rejected
 * suggestions are remembered for as long as the pane lives, that is the session.
 *
 * A SirkelPage for its document and status properties only: it has no empty state of its own
 * (SirkelPage's show_empty is never called).
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_FINDING_PANE (sirkel_finding_pane_get_type ())
G_DECLARE_FINAL_TYPE (SirkelFindingPane, sirkel_finding_pane, SIRKEL, FINDING_PANE, SirkelPage)

SirkelEntity *sirkel_finding_pane_get_selected (SirkelFindingPane *self);
void          sirkel_finding_pane_select       (SirkelFindingPane *self,
                                                SirkelEntity      *finding);
guint         sirkel_finding_pane_count_shown  (SirkelFindingPane *self);

G_END_DECLS
