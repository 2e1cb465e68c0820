/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationPage: the Evaluering phase: the evaluation plans, each with its kind,
 * status and measure, and the measures that have no evaluation plan yet.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_EVALUATION_PAGE (sirkel_evaluation_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelEvaluationPage, sirkel_evaluation_page,
                      SIRKEL, EVALUATION_PAGE, SirkelPage)

G_END_DECLS
