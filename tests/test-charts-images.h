/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reference images for the chart tests: draw a chart on an image surface and compare it with
 * tests/data/charts/NAME.png within a small tolerance. SIRKEL_UPDATE_REFERENCES=1 writes the
 * references instead (in the source tree), for after an intended change of the drawing.
 */
#pragma once

#include <cairo.h>

#include "sirkel-chart.h"

G_BEGIN_DECLS

cairo_surface_t *test_charts_draw          (SirkelChart *chart,
                                            int          width,
                                            int          height);
void             test_charts_check_image   (SirkelChart *chart,
                                            const char  *name,
                                            int          width,
                                            int          height);
guint            test_charts_count_color   (cairo_surface_t   *surface,
                                            const SirkelColor *color);

G_END_DECLS
