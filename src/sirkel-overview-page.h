/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelOverviewPage: the Oversikt phase: the assessment of each category a–f and the
 * challenges and resources, with the categories not yet assessed and the indicators that are
 * worse than the country's but not discussed.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_OVERVIEW_PAGE (sirkel_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelOverviewPage, sirkel_overview_page, SIRKEL, OVERVIEW_PAGE, SirkelPage)

G_END_DECLS
