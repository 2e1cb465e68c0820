/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLearningPage: the Læring phase: lessons learned, improvement cycles (plan, do, study,
 * act) and the year wheel of deadlines.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_LEARNING_PAGE (sirkel_learning_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelLearningPage, sirkel_learning_page, SIRKEL, LEARNING_PAGE, SirkelPage)

G_END_DECLS
