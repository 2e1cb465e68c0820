/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasuresPage: the Tiltak phase. Three views under a switcher:
 *
 * - Measures: a filter bar (SirkelMeasureFilters: search, goal, status, responsible unit,
 *   evidence, year), the filtered list (SirkelMeasureRow) and the selected measure's editor
 *   (SirkelMeasureEditor) beside it, under the goals that still lack a measure;
 * - Timeline: the chart of the measures over the plan period;
 * - Who Does What: the measures against the units and partners (SirkelMeasureResponsibility).
 *
 * Measures are added by hand (measures.new; Alt+N through the button's mnemonic, since Ctrl+N is the
 * application's New Project) or from the catalogue of measures
 * (measures.from-catalog, SirkelCatalogDialog); Delete in the list deletes the selected one
 * (measures.delete), with Undo in the toast. The page menu imports a catalogue file and
 * exports the project's measures as one. "page.select-item" (an id) selects a measure, or for
 * a goal, shows the measures for that goal; the dashboard's gap links use it through
 * view.show-item.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURES_PAGE (sirkel_measures_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasuresPage, sirkel_measures_page, SIRKEL, MEASURES_PAGE, SirkelPage)

SirkelEntity *sirkel_measures_page_get_selected_measure (SirkelMeasuresPage *self);
gboolean      sirkel_measures_page_select_measure       (SirkelMeasuresPage *self,
                                                         const SirkelId     *id);
void          sirkel_measures_page_show                 (SirkelMeasuresPage *self,
                                                         const char         *view);

G_END_DECLS
