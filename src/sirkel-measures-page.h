/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasuresPage: the Tiltak phase: the measures, with their status and who is
 * responsible, and the goals that have no measure yet.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURES_PAGE (sirkel_measures_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasuresPage, sirkel_measures_page, SIRKEL, MEASURES_PAGE, SirkelPage)

G_END_DECLS
