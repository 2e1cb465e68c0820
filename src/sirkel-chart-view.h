/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelChartView: the thin widget that shows any SirkelChart (src/core/charts). It draws the
 * chart with the core's own function at the widget's size and in the window's light or dark
 * style, asks the chart for its height at a given width, shows a tooltip for the element
 * under the pointer, moves through the chart's elements with the arrow keys (each one read
 * out through the accessible description), and saves the chart as PNG, SVG or PDF from its
 * menu (the actions chart.export-png, chart.export-svg and chart.export-pdf), which shows only
 * while there is something to save. Saved files are drawn in the light style, as the council
 * reads them.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-chart.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_CHART_VIEW (sirkel_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (SirkelChartView, sirkel_chart_view, SIRKEL, CHART_VIEW, GtkWidget)

GtkWidget   *sirkel_chart_view_new                  (void);
SirkelChart *sirkel_chart_view_get_chart            (SirkelChartView   *self);
void         sirkel_chart_view_set_chart            (SirkelChartView   *self,
                                                     SirkelChart       *chart);
int          sirkel_chart_view_get_focused_element  (SirkelChartView   *self);
void         sirkel_chart_view_set_focused_element  (SirkelChartView   *self,
                                                     int                index);
const char  *sirkel_chart_view_get_element_text_at  (SirkelChartView   *self,
                                                     double             x,
                                                     double             y);
gboolean     sirkel_chart_view_save                 (SirkelChartView   *self,
                                                     GFile             *file,
                                                     SirkelChartFormat  format,
                                                     GError           **error);

G_END_DECLS
