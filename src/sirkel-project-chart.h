/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's way to a chart of the open project: sirkel_chart_new_from_store () with the
 * UI's language and today's date, for a SirkelChartView. One place, so every page draws its
 * charts the same way.
 */
#pragma once

#include "sirkel-chart.h"
#include "sirkel-document.h"

G_BEGIN_DECLS

SirkelChart *sirkel_project_chart_new (SirkelDocument *document,
                                       const char     *name);

G_END_DECLS
