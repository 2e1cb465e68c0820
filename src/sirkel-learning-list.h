/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lists of the Læring page's sub-pages (lessons, improvement cycles, year-wheel events):
 * a GtkListView of SirkelLearningRows over a sorted (and perhaps filtered) model of the
 * document's rows, with a GtkSingleSelection that always selects a row while there is one, and
 * Delete bound to the sub-page's delete action. The selection follows its entity through the
 * document's list updates, which keep the entity objects.
 *
 * The sort and filter models of GTK 4.8 do not watch the items' properties, so a sub-page
 * calls sirkel_learning_list_keep_order () after every action: it sorts or filters again only
 * when an edit has put a row out of place.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-learning-row.h"

G_BEGIN_DECLS

GtkSingleSelection *sirkel_learning_list_bind       (GtkListView              *view,
                                                     GListModel               *model,
                                                     SirkelLearningFormatFunc  format,
                                                     const char               *delete_action);
SirkelEntity       *sirkel_learning_list_get_selected (GtkSingleSelection     *selection);
gboolean            sirkel_learning_list_follow     (SirkelEntity            **current,
                                                     SirkelEntity             *entity,
                                                     GCallback                 notify_cb,
                                                     gpointer                  pane);
gboolean            sirkel_learning_list_select     (GtkListView              *view,
                                                     GtkSingleSelection       *selection,
                                                     const SirkelId           *id);
void                sirkel_learning_list_keep_order (GtkSortListModel         *sorted,
                                                     GtkFilterListModel       *filtered);

G_END_DECLS
