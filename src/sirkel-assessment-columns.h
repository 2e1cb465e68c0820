/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelAssessmentColumns: two children side by side when the width allows, else one above
 * the other — the assessment editor and the figures beside it on a wide window, and the
 * figures under the editor on a narrow one (AdwBreakpoint is libadwaita 1.4). Side by side
 * once the width reaches "threshold"; the end child then gets a third of the width, between
 * its minimum and "end-max-width".
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SIRKEL_TYPE_ASSESSMENT_COLUMNS (sirkel_assessment_columns_get_type ())
G_DECLARE_FINAL_TYPE (SirkelAssessmentColumns, sirkel_assessment_columns, SIRKEL, ASSESSMENT_COLUMNS, GtkWidget)

GtkWidget *sirkel_assessment_columns_get_start_child (SirkelAssessmentColumns *self);
void       sirkel_assessment_columns_set_start_child (SirkelAssessmentColumns *self,
                                                      GtkWidget               *child);
GtkWidget *sirkel_assessment_columns_get_end_child   (SirkelAssessmentColumns *self);
void       sirkel_assessment_columns_set_end_child   (SirkelAssessmentColumns *self,
                                                      GtkWidget               *child);
gboolean   sirkel_assessment_columns_get_side_by_side (SirkelAssessmentColumns *self);

G_END_DECLS
