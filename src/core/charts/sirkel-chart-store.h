/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filling the chart data from a project file: one function per kind, plus the chart names
 * of `sirkel-cli chart` ("barometer", "trend:KEY", "logic-model:ID" …) — listing every chart a
 * project can draw, and building one by name.
 *
 * Statistics are read as stored, never invented: a flagged observation stays NaN with its
 * flag, comparisons come from sirkel-compare.h, and the spread across municipalities is given
 * only when the file holds at least five of them for the same period. Only live rows count
 * (deleted_at IS NULL, and observations of live imports). The few fixed words the data needs
 * (the name of the country, sexes, age groups) are in @style's language; build again to
 * change it. The functions only read; call them from the thread that opened the store.
 */
#pragma once

#include "sirkel-chart.h"
#include "sirkel-store.h"

G_BEGIN_DECLS

char                **sirkel_chart_list_names           (SirkelStore       *store,
                                                         GError           **error);
SirkelChart          *sirkel_chart_new_from_store       (SirkelStore       *store,
                                                         const char        *name,
                                                         SirkelChartStyle  *style,
                                                         const GDate       *today,
                                                         GError           **error);

SirkelChartTrend     *sirkel_chart_trend_from_store     (SirkelStore       *store,
                                                         const char        *key,
                                                         SirkelChartStyle  *style,
                                                         GError           **error);
SirkelChartBars      *sirkel_chart_bars_from_store      (SirkelStore       *store,
                                                         const char        *key,
                                                         SirkelChartStyle  *style,
                                                         GError           **error);
SirkelChartBarometer *sirkel_chart_barometer_from_store (SirkelStore       *store,
                                                         GError           **error);
SirkelChartMatrix    *sirkel_chart_matrix_from_store    (SirkelStore       *store,
                                                         const SirkelId    *x_criterion,
                                                         const SirkelId    *y_criterion,
                                                         GError           **error);
SirkelChartTimeline  *sirkel_chart_timeline_from_store  (SirkelStore       *store,
                                                         const GDate       *today,
                                                         GError           **error);
SirkelChartLogic     *sirkel_chart_logic_from_store     (SirkelStore       *store,
                                                         const SirkelId    *measure,
                                                         GError           **error);
SirkelChartChain     *sirkel_chart_chain_from_store     (SirkelStore       *store,
                                                         GError           **error);
SirkelChartProgress  *sirkel_chart_progress_from_store  (SirkelStore       *store,
                                                         const SirkelId    *eval_indicator,
                                                         GError           **error);
SirkelChartYearWheel *sirkel_chart_year_wheel_from_store (SirkelStore      *store,
                                                         const GDate       *today,
                                                         GError           **error);

G_END_DECLS
