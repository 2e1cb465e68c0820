/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurementRow: one measurement of an evaluation indicator (table measurement), edited
 * in place: its date (measured_on, typed 27.03.2025 or 2025-03-27), its value (typed 12,5 or
 * 12.5) and its note (the title), each change one undoable action (sirkel-plan-fields.h,
 * sirkel-field-editor.h); the date and the value cannot be emptied. The indicator's unit
 * follows the value, and a button names the page's action evaluation.delete-measurement.
 *
 * The row asks its GtkListBox to sort again when its date changes (also by undo), so a list
 * sorted by date stays sorted without making its rows anew.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASUREMENT_ROW (sirkel_measurement_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasurementRow, sirkel_measurement_row,
                      SIRKEL, MEASUREMENT_ROW, GtkListBoxRow)

GtkWidget    *sirkel_measurement_row_new             (SirkelDocument       *document,
                                                      SirkelEntity         *measurement);
SirkelEntity *sirkel_measurement_row_get_measurement (SirkelMeasurementRow *self);
void          sirkel_measurement_row_set_unit        (SirkelMeasurementRow *self,
                                                      const char           *unit);
GtkEditable  *sirkel_measurement_row_get_date_entry  (SirkelMeasurementRow *self);
GtkEditable  *sirkel_measurement_row_get_value_entry (SirkelMeasurementRow *self);
GtkEditable  *sirkel_measurement_row_get_note_entry  (SirkelMeasurementRow *self);
GtkWidget    *sirkel_measurement_row_get_delete_button (SirkelMeasurementRow *self);

G_END_DECLS
