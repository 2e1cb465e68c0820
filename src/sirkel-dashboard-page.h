/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDashboardPage: the project's home page, shown first when a project opens. It shows
 * the five phases of the cycle with how far each has come (sirkel-progress.h), each a card
 * that opens its page; what is missing along the chain indicator → challenge → goal →
 * measure → evaluation (sirkel-gaps.h), each gap a row that opens the page where it is fixed
 * (view.show-item); and the next deadlines of the year wheel (sirkel-yearwheel.h).
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_DASHBOARD_PAGE (sirkel_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDashboardPage, sirkel_dashboard_page, SIRKEL, DASHBOARD_PAGE, SirkelPage)

guint sirkel_dashboard_page_get_n_phases    (SirkelDashboardPage *self);
guint sirkel_dashboard_page_get_n_deadlines (SirkelDashboardPage *self);

G_END_DECLS
