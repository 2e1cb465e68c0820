/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLogicEditor: the logic model of one measure on the Evaluering page (DOMAIN.md §9:
 * ressurser → aktiviteter → resultater → effekter, with the assumptions beside the chain).
 * Above, the diagram (the chart "logic-model:MEASURE"); below, one group per column of the
 * model (logic_element.kind), each a list of SirkelLogicRow with an Add button that names
 * the page's action evaluation.add-element with the column's kind.
 *
 * The page calls sirkel_logic_editor_refresh () after every action; it moves rows between
 * and within the columns as the elements' kind and sort say, keeping each element's row (and
 * so what the user is typing in it), and draws the diagram anew.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-chart-view.h"
#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_LOGIC_EDITOR (sirkel_logic_editor_get_type ())
G_DECLARE_FINAL_TYPE (SirkelLogicEditor, sirkel_logic_editor, SIRKEL, LOGIC_EDITOR, AdwBin)

void             sirkel_logic_editor_set_document   (SirkelLogicEditor *self,
                                                     SirkelDocument    *document);
void             sirkel_logic_editor_set_measure    (SirkelLogicEditor *self,
                                                     SirkelEntity      *measure);
SirkelEntity    *sirkel_logic_editor_get_measure    (SirkelLogicEditor *self);
void             sirkel_logic_editor_refresh        (SirkelLogicEditor *self);
gboolean         sirkel_logic_editor_focus_element  (SirkelLogicEditor *self,
                                                     const SirkelId    *id);
GtkListBox      *sirkel_logic_editor_get_column     (SirkelLogicEditor *self,
                                                     const char        *kind);
SirkelChartView *sirkel_logic_editor_get_chart_view (SirkelLogicEditor *self);

G_END_DECLS
