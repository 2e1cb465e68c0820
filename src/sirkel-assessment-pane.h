/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelAssessmentPane: the Assessments sub-page of the Oversikt page. On the left the six
 * forskrift § 3 categories, each with whether its assessment is written and whether it is a
 * draft or final; on the right the chosen category's assessment in an editor (title, the
 * text, the sources, draft or final), or a button that starts it, and beside or under it the
 * figures of the category's indicators, so the coordinator writes while looking at them.
 *
 * A SirkelPage for its document and status properties only: it has no empty state of its own
 * (SirkelPage's show_empty is never called).
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_ASSESSMENT_PANE (sirkel_assessment_pane_get_type ())
G_DECLARE_FINAL_TYPE (SirkelAssessmentPane, sirkel_assessment_pane, SIRKEL, ASSESSMENT_PANE, SirkelPage)

char          sirkel_assessment_pane_get_category   (SirkelAssessmentPane *self);
void          sirkel_assessment_pane_set_category   (SirkelAssessmentPane *self,
                                                     char                  category);
SirkelEntity *sirkel_assessment_pane_get_assessment (SirkelAssessmentPane *self);

G_END_DECLS
