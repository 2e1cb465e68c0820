/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingPane: the Challenges and Resources sub-page of the Oversikt page: the list of
 * challenges and resources (filtered by kind and category, the prioritised ones starred)
 * beside the editor of the one chosen; adding (one action, opened at its title), deleting
 * (one action, with an Undo toast) and the challenges suggested by the statistics. Rejected
 * suggestions are remembered for as long as the pane lives, that is the session.
 * sirkel_finding_pane_select_id () chooses one by its id for view.show-item, through the
 * Oversikt page's page.select-item.
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
gboolean      sirkel_finding_pane_select_id    (SirkelFindingPane *self,
                                                const char        *id);
void          sirkel_finding_pane_focus_selected (SirkelFindingPane *self);
guint         sirkel_finding_pane_count_shown  (SirkelFindingPane *self);

G_END_DECLS
