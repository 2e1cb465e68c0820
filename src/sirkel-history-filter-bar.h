/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryFilterBar: the History page's filters: a search field (the names of actions
 * and the values before and after), who (everyone or one author), what kind of item, and when
 * (any time, the last 7 or 30 days, this year, or between two dates chosen on calendars),
 * with the page's count of matching changes at the end. The filters are properties; the bar
 * emits "changed" once for every change of them, and turns them into a SirkelHistoryFilter.
 *
 * Properties: author (NULL for everyone), item-kind ("all", "goal", "measure", "import" …),
 * period ("all", "week", "month", "year", "dates"), from-date and to-date (YYYY-MM-DD, both
 * days included, for the period "dates"), search-text (NULL for none).
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-history.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_HISTORY_FILTER_BAR (sirkel_history_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (SirkelHistoryFilterBar, sirkel_history_filter_bar, SIRKEL, HISTORY_FILTER_BAR, GtkWidget)

void        sirkel_history_filter_bar_set_authors     (SirkelHistoryFilterBar *self,
                                                       const char * const     *authors);
void        sirkel_history_filter_bar_set_count       (SirkelHistoryFilterBar *self,
                                                       guint                   n_matching,
                                                       guint                   n_total);
gboolean    sirkel_history_filter_bar_is_active       (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_make_filter     (SirkelHistoryFilterBar *self,
                                                       SirkelHistoryFilter    *filter,
                                                       char                  **since,
                                                       char                  **until);
void        sirkel_history_filter_bar_clear           (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_focus_search    (SirkelHistoryFilterBar *self);

const char *sirkel_history_filter_bar_get_author      (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_set_author      (SirkelHistoryFilterBar *self,
                                                       const char             *author);
const char *sirkel_history_filter_bar_get_item_kind   (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_set_item_kind   (SirkelHistoryFilterBar *self,
                                                       const char             *item_kind);
const char *sirkel_history_filter_bar_get_period      (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_set_period      (SirkelHistoryFilterBar *self,
                                                       const char             *period);
const char *sirkel_history_filter_bar_get_from_date   (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_set_from_date   (SirkelHistoryFilterBar *self,
                                                       const char             *date);
const char *sirkel_history_filter_bar_get_to_date     (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_set_to_date     (SirkelHistoryFilterBar *self,
                                                       const char             *date);
const char *sirkel_history_filter_bar_get_search_text (SirkelHistoryFilterBar *self);
void        sirkel_history_filter_bar_set_search_text (SirkelHistoryFilterBar *self,
                                                       const char             *text);

G_END_DECLS
