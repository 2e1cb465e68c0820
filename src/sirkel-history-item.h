/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryItem: one row of the History page's list: a day heading, an action (who did
 * what and when), one field change of an action, or the "Show older" row at the end. Actions
 * and changes are worded for people when a row first shows them (sirkel-history-format.h):
 * the item a change touched is named by its title as it is now, read from the store, so
 * sirkel_history_item_refresh () rewords them after the project changed and notifies what
 * changed. An action with one change shows that change itself; an action with more has them
 * as children (sirkel_history_item_get_changes) for the page's tree list model.
 */
#pragma once

#include <glib-object.h>

#include "sirkel-history.h"

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_HISTORY_ITEM_DAY,
  SIRKEL_HISTORY_ITEM_ACTION,
  SIRKEL_HISTORY_ITEM_CHANGE,
  SIRKEL_HISTORY_ITEM_MORE,
} SirkelHistoryItemKind;

#define SIRKEL_TYPE_HISTORY_ITEM (sirkel_history_item_get_type ())
G_DECLARE_FINAL_TYPE (SirkelHistoryItem, sirkel_history_item, SIRKEL, HISTORY_ITEM, GObject)

SirkelHistoryItem     *sirkel_history_item_new_day      (const char          *day_key,
                                                         const char          *title);
SirkelHistoryItem     *sirkel_history_item_new_action   (SirkelStore         *store,
                                                         SirkelHistoryEntry  *entry);
SirkelHistoryItem     *sirkel_history_item_new_more     (guint                n_older);

SirkelHistoryItemKind  sirkel_history_item_get_kind      (SirkelHistoryItem   *self);
gint64                 sirkel_history_item_get_seq       (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_day_key   (SirkelHistoryItem   *self);
GDateTime             *sirkel_history_item_get_time      (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_title     (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_subtitle  (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_detail    (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_tooltip   (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_summary   (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_icon_name (SirkelHistoryItem   *self);
const char            *sirkel_history_item_get_time_text (SirkelHistoryItem   *self);
gboolean               sirkel_history_item_get_target    (SirkelHistoryItem   *self,
                                                          const char         **page,
                                                          const char         **item);
GListModel            *sirkel_history_item_get_changes   (SirkelHistoryItem   *self);
guint                  sirkel_history_item_get_n_older   (SirkelHistoryItem   *self);
void                   sirkel_history_item_refresh       (SirkelHistoryItem   *self);

G_END_DECLS
