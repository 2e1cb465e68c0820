/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelIndicatorItem: one row of the indicator browser — a SirkelIndicatorSummary (where the
 * municipality stands on one indicator) as a GObject with read-only properties the column
 * view's cells and sorters look up: texts formatted for display, and numbers for sorting.
 */
#pragma once

#include <glib-object.h>

#include "sirkel-indicator-summary.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_INDICATOR_ITEM (sirkel_indicator_item_get_type ())
G_DECLARE_FINAL_TYPE (SirkelIndicatorItem, sirkel_indicator_item, SIRKEL, INDICATOR_ITEM, GObject)

SirkelIndicatorItem          *sirkel_indicator_item_new          (SirkelIndicatorSummary *summary);
const SirkelIndicatorSummary *sirkel_indicator_item_get_summary  (SirkelIndicatorItem    *self);
const char                   *sirkel_indicator_item_get_title    (SirkelIndicatorItem    *self);
char                         *sirkel_indicator_item_dup_sentence (SirkelIndicatorItem    *self,
                                                                  const char             *kommune_name);
char                         *sirkel_indicator_format_value      (double                  value,
                                                                  int                     decimals);

G_END_DECLS
