/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportRow: one import on the Data page, as an expander row. The header shows the
 * import's title, file name, number of cells and time, a warning count and a Remove button
 * (win.remove-import with the import's id); expanded, it shows the provenance: file and
 * SHA-256, source and table, format and encoding, who imported it when, what changed against
 * the import it replaced, and every warning the reader gave.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-entity.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_IMPORT_ROW (sirkel_import_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelImportRow, sirkel_import_row, SIRKEL, IMPORT_ROW, AdwExpanderRow)

GtkWidget    *sirkel_import_row_new             (SirkelEntity    *data_import);
SirkelEntity *sirkel_import_row_get_data_import (SirkelImportRow *self);

G_END_DECLS
