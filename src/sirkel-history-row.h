/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryRow: how the History page shows one SirkelHistoryItem: a day as a heading; an
 * action as its label, who made it and what it changed, and its time; a change as the field
 * and the item, and the values before and after (in full in the tooltip); the last row as a
 * "Show Older Changes" button. A row whose item still exists has a button that shows the item
 * through view.show-item. The row's accessible label is the item's summary sentence, and it
 * follows the item's changes.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-history-item.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_HISTORY_ROW (sirkel_history_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelHistoryRow, sirkel_history_row, SIRKEL, HISTORY_ROW, GtkWidget)

GtkWidget         *sirkel_history_row_new      (void);
SirkelHistoryItem *sirkel_history_row_get_item (SirkelHistoryRow  *self);
void               sirkel_history_row_set_item (SirkelHistoryRow  *self,
                                                SirkelHistoryItem *item);

G_END_DECLS
