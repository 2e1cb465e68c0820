/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelCatalogDialog: "Add from the Catalogue": the catalogue of measures (tiltaksbank) that
 * Sirkel ships and those the user imported, with a search and filters by arena, age and
 * evidence; the chosen entry in full (description, target group, provider, and its evidence
 * rating, or "Evidence unknown" where none is published); and the goal to link the new
 * measure to. "Add" (catalog.add) emits "add" with the entry and the goal's id ("" for none),
 * then closes; the caller adds the measure. Escape cancels.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-catalog.h"
#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_CATALOG_DIALOG (sirkel_catalog_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SirkelCatalogDialog, sirkel_catalog_dialog, SIRKEL, CATALOG_DIALOG, AdwWindow)

SirkelCatalogDialog *sirkel_catalog_dialog_new        (GtkWindow           *parent,
                                                       SirkelDocument      *document,
                                                       GPtrArray           *catalogs,
                                                       const GError        *error,
                                                       const char          *goal_id);
gboolean             sirkel_catalog_dialog_select     (SirkelCatalogDialog *self,
                                                       const char          *id);
guint                sirkel_catalog_dialog_get_n_shown (SirkelCatalogDialog *self);
gboolean             sirkel_catalog_dialog_set_filter (SirkelCatalogDialog *self,
                                                       const char          *name,
                                                       guint                position);

G_END_DECLS
