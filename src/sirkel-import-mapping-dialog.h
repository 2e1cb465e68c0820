/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportMappingDialog: how indicators are named and read — title, unit, decimals,
 * polarity, forskrift category, standardisation and period length — for one indicator (its
 * Edit button on the Data page) or for the indicators an import has just made. Save writes
 * every change as one action in the history ("Edit indicator"); Cancel and Escape discard.
 * Later imports of the same source, table and measure feed the same indicator, so the
 * settings are made once.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_IMPORT_MAPPING_DIALOG (sirkel_import_mapping_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SirkelImportMappingDialog, sirkel_import_mapping_dialog, SIRKEL,
                      IMPORT_MAPPING_DIALOG, AdwWindow)

SirkelImportMappingDialog *sirkel_import_mapping_dialog_new (GtkWindow      *parent,
                                                             SirkelDocument *document,
                                                             GListModel     *indicators,
                                                             const char     *intro);

G_END_DECLS
