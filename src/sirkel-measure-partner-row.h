/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasurePartnerRow: one partner of a measure (a measure_partner row) in the measure
 * editor: an expander row titled with the partner's name, its kind and role below, with
 * buttons that move it up or down and remove it (the actions measure.move-partner-up,
 * measure.move-partner-down and measure.delete-partner of SirkelMeasurePartners, with the
 * partner's id; the move buttons through the row's own partner.move-up and partner.move-down,
 * which the list disables at its ends with sirkel_measure_partner_row_set_movable ()); opened,
 * it edits the kind, the name and the role, each bound to its field.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_PARTNER_ROW (sirkel_measure_partner_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasurePartnerRow, sirkel_measure_partner_row, SIRKEL,
                      MEASURE_PARTNER_ROW, AdwExpanderRow)

GtkWidget    *sirkel_measure_partner_row_new         (SirkelDocument          *document,
                                                      SirkelEntity            *partner);
SirkelEntity *sirkel_measure_partner_row_get_partner (SirkelMeasurePartnerRow *self);
void          sirkel_measure_partner_row_focus_title (SirkelMeasurePartnerRow *self);
void          sirkel_measure_partner_row_set_movable (SirkelMeasurePartnerRow *self,
                                                      gboolean                 up,
                                                      gboolean                 down);
void          sirkel_measure_partner_row_focus_move  (SirkelMeasurePartnerRow *self,
                                                      int                      step);

G_END_DECLS
