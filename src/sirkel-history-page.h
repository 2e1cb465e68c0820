/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryPage: who changed what, and when, from the project's history. Actions are
 * listed newest first under day headings; an action with several changes opens to show them
 * field by field, with the item named as it is now. Filters by author, kind of item, period
 * and text combine, in SQL, with a count. The list reads 100 actions at a time, more when it
 * is scrolled near its end or on "Show Older Changes", and takes new actions (undo and redo
 * too) on top as the project changes. A row whose item still exists shows it through
 * view.show-item.
 *
 * The filters are a SirkelHistoryFilterBar above the list; Ctrl+F goes to its search field.
 */
#pragma once

#include "sirkel-history-filter-bar.h"
#include "sirkel-page.h"

G_BEGIN_DECLS

/* Small enough that GTK 4.8's list view, which keeps up to 200 rows alive, makes few rows
 * when the filters change. */
#define SIRKEL_HISTORY_PAGE_SIZE 50

#define SIRKEL_TYPE_HISTORY_PAGE (sirkel_history_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelHistoryPage, sirkel_history_page, SIRKEL, HISTORY_PAGE, SirkelPage)

SirkelHistoryFilterBar *sirkel_history_page_get_filter_bar  (SirkelHistoryPage *self);
guint                   sirkel_history_page_get_n_matching  (SirkelHistoryPage *self);
GListModel             *sirkel_history_page_get_model       (SirkelHistoryPage *self);

G_END_DECLS
