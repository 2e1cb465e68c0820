/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportMappingGroup: the settings of one indicator in the mapping dialog: title, unit,
 * decimals, polarity (higher is better, lower is better, neutral), forskrift category a–f or
 * none, standardisation (none, k, a,k) and period length. It starts from the indicator's
 * stored values, is valid while the title is not empty, and writes only the fields the user
 * changed, into an action the dialog has begun.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-entity.h"
#include "sirkel-store.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_IMPORT_MAPPING_GROUP (sirkel_import_mapping_group_get_type ())
G_DECLARE_FINAL_TYPE (SirkelImportMappingGroup, sirkel_import_mapping_group, SIRKEL,
                      IMPORT_MAPPING_GROUP, AdwPreferencesGroup)

GtkWidget    *sirkel_import_mapping_group_new           (SirkelEntity             *indicator);
SirkelEntity *sirkel_import_mapping_group_get_indicator (SirkelImportMappingGroup *self);
gboolean      sirkel_import_mapping_group_get_valid     (SirkelImportMappingGroup *self);
gboolean      sirkel_import_mapping_group_has_changes   (SirkelImportMappingGroup *self);
gboolean      sirkel_import_mapping_group_save          (SirkelImportMappingGroup *self,
                                                         SirkelStore              *store,
                                                         GError                  **error);

G_END_DECLS
