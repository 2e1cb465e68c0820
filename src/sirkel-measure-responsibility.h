/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureResponsibility: who does what, as a table: one row per measure, one column per
 * unit or organisation (the distinct responsible units, then the partners), and in each cell
 * "Responsible" or "Partner" in words, not colour alone. The measure names stay in place while
 * the columns scroll sideways. A measure's name is a button that activates measures.show with
 * its id, so the page can open it in the editor. Read-only; the page calls refresh () after
 * every action.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_RESPONSIBILITY (sirkel_measure_responsibility_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasureResponsibility, sirkel_measure_responsibility, SIRKEL,
                      MEASURE_RESPONSIBILITY, AdwBin)

void  sirkel_measure_responsibility_set_document (SirkelMeasureResponsibility *self,
                                                  SirkelDocument              *document);
void  sirkel_measure_responsibility_refresh      (SirkelMeasureResponsibility *self);
guint sirkel_measure_responsibility_get_n_units  (SirkelMeasureResponsibility *self);
const char *sirkel_measure_responsibility_get_cell (SirkelMeasureResponsibility *self,
                                                    guint                        row,
                                                    guint                        column);

G_END_DECLS
