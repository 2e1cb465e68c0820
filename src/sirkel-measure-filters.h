/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureFilters: the bar above the Tiltak page's list that narrows it: a search in the
 * titles and five choices, each offered as a drop-down whose items come from the project:
 *
 *   "goal"         a goal (the measures linked to it or to one of its sub-goals), or "none"
 *                  for the measures without a goal
 *   "status"       proposed, planned, ongoing, completed, stopped
 *   "responsible"  one of the distinct responsible units
 *   "evidence"     "unknown", or one rating as sirkel_measure_dup_evidence_label () writes it
 *   "year"         a year ("2026"): the measures that run in it by their dates, or have a
 *                  budget line in it
 *
 * The key "" means "any". get_filter () is a GtkFilter over measures for a
 * GtkFilterListModel; it changes when the user changes a choice, and on refresh (), which the
 * page calls after every action so the choices and the matches follow the project. A choice
 * whose item went (a deleted goal) falls back to "any".
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_FILTERS (sirkel_measure_filters_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasureFilters, sirkel_measure_filters, SIRKEL, MEASURE_FILTERS, AdwBin)

GtkFilter  *sirkel_measure_filters_get_filter   (SirkelMeasureFilters *self);
void        sirkel_measure_filters_set_document (SirkelMeasureFilters *self,
                                                 SirkelDocument       *document);
void        sirkel_measure_filters_refresh      (SirkelMeasureFilters *self);
gboolean    sirkel_measure_filters_set          (SirkelMeasureFilters *self,
                                                 const char           *name,
                                                 const char           *key);
const char *sirkel_measure_filters_get          (SirkelMeasureFilters *self,
                                                 const char           *name);
void        sirkel_measure_filters_clear        (SirkelMeasureFilters *self);
gboolean    sirkel_measure_filters_get_active   (SirkelMeasureFilters *self);

G_END_DECLS
