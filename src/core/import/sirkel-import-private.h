/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What sirkel-import-store.c shares with sirkel-import-cells.c. Not for the UI.
 */
#pragma once

#include "sirkel-import.h"

G_BEGIN_DECLS

gboolean sirkel_import_store_cells (SirkelStore        *store,
                                    SirkelImportTable  *table,
                                    const SirkelId     *import_id,
                                    GArray             *indicators,
                                    GError            **error);

G_END_DECLS
