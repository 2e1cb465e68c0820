/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurePartners: the "Partners" part of the measure editor: the measure's partners
 * (measure_partner rows, in their sort order), each a SirkelMeasurePartnerRow, and "Add",
 * which adds an unnamed partner at the end and opens it. Adding, removing and moving a
 * partner are one undoable action each (measure.add-partner, measure.delete-partner,
 * measure.move-partner-up, measure.move-partner-down); the first partner's Move Up and the
 * last one's Move Down are disabled; removing says so in a toast with Undo.
 * Partners written as free text by older versions (measure.partners) show in a row of their
 * own while there are any.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_PARTNERS (sirkel_measure_partners_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasurePartners, sirkel_measure_partners, SIRKEL, MEASURE_PARTNERS, AdwBin)

void  sirkel_measure_partners_set_document (SirkelMeasurePartners *self,
                                            SirkelDocument        *document);
void  sirkel_measure_partners_set_measure  (SirkelMeasurePartners *self,
                                            SirkelEntity          *measure);
void  sirkel_measure_partners_refresh      (SirkelMeasurePartners *self);
guint sirkel_measure_partners_get_n_items  (SirkelMeasurePartners *self);

G_END_DECLS
