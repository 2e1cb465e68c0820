/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurementList: the measurements of one evaluation indicator over time (table
 * measurement: measured_on, value, and a note as its title), oldest first, each a row whose
 * date, value and note are edited in place and whose button names the page's action
 * evaluation.delete-measurement (SirkelMeasurementRow); and a row to add one: date, value and
 * note, added by the Add button or Enter (measurements.add) as one action.
 *
 * The date is read as 27.03.2025 or 2025-03-27 (sirkel_plan_parse_date) and the value with
 * sirkel_parse_number (), never with the C library, so "12,5" as Norwegians write it and
 * "12.5" as figures are copied both mean 12.5. What cannot be read is marked on its entry and
 * said under the row, and nothing is written.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"
#include "sirkel-measurement-row.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASUREMENT_LIST (sirkel_measurement_list_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasurementList, sirkel_measurement_list,
                      SIRKEL, MEASUREMENT_LIST, AdwBin)

void     sirkel_measurement_list_set_indicator (SirkelMeasurementList *self,
                                                SirkelDocument        *document,
                                                SirkelEntity          *indicator);
void     sirkel_measurement_list_refresh       (SirkelMeasurementList *self);
guint    sirkel_measurement_list_get_n_items   (SirkelMeasurementList *self);
SirkelMeasurementRow *
         sirkel_measurement_list_get_row       (SirkelMeasurementList *self,
                                                guint                  position);
gboolean sirkel_measurement_list_add           (SirkelMeasurementList *self,
                                                const char            *date,
                                                const char            *value,
                                                const char            *note);

G_END_DECLS
