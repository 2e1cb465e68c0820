/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportIndicatorRow: one indicator on the Data page: its title, and under it the unit,
 * where its figures come from (source, table, measure), its polarity in words and its
 * forskrift category. The Edit button (win.edit-indicator with the indicator's id) opens the
 * mapping dialog; activating the row does the same.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-entity.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_IMPORT_INDICATOR_ROW (sirkel_import_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelImportIndicatorRow, sirkel_import_indicator_row, SIRKEL,
                      IMPORT_INDICATOR_ROW, AdwActionRow)

GtkWidget    *sirkel_import_indicator_row_new           (SirkelEntity             *indicator);
SirkelEntity *sirkel_import_indicator_row_get_indicator (SirkelImportIndicatorRow *self);

G_END_DECLS
