/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureRow: one measure in the Tiltak page's list: its title, its status and the unit
 * responsible, a badge with its evidence rating ("Ungsinn 5", "Evidence unknown") and how many
 * goals it serves. It follows the measure's changes and the measure's links to goals.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_ROW (sirkel_measure_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasureRow, sirkel_measure_row, SIRKEL, MEASURE_ROW, GtkWidget)

GtkWidget    *sirkel_measure_row_new         (void);
SirkelEntity *sirkel_measure_row_get_measure (SirkelMeasureRow *self);
void          sirkel_measure_row_set_measure (SirkelMeasureRow *self,
                                              SirkelDocument   *document,
                                              SirkelEntity     *measure);
guint         sirkel_measure_count_goals     (SirkelDocument   *document,
                                              SirkelEntity     *measure);

G_END_DECLS
