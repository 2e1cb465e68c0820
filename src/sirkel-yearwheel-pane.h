/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelYearwheelPane: the Year Wheel sub-page of the Læring page: the årshjul's events in
 * the order of the year, beside the wheel itself (the "arshjul" chart) and the editor of the
 * event selected: its title, kind, who is responsible, its month and perhaps day, whether it
 * comes every year or once (and which year), and a description. Adding and deleting an event
 * are one action each; deleting says so in a toast with Undo.
 *
 * A SirkelPage for its document and status properties; its empty state explains the wheel.
 */
#pragma once

#include "sirkel-chart-view.h"
#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_YEARWHEEL_PANE (sirkel_yearwheel_pane_get_type ())
G_DECLARE_FINAL_TYPE (SirkelYearwheelPane, sirkel_yearwheel_pane, SIRKEL, YEARWHEEL_PANE,
                      SirkelPage)

SirkelEntity    *sirkel_yearwheel_pane_get_selected (SirkelYearwheelPane *self);
gboolean         sirkel_yearwheel_pane_select       (SirkelYearwheelPane *self,
                                                     const SirkelId      *id);
SirkelChartView *sirkel_yearwheel_pane_get_chart    (SirkelYearwheelPane *self);

G_END_DECLS
