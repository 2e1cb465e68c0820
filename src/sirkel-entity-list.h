/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEntityList: a titled boxed list of the live rows of one entity table, bound to the
 * document's list model, with a title and subtitle per row that the page formats. Pages put
 * it in their .ui with the table name and bind its document and status; the list reformats
 * its rows whenever the status changes (after every action).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"
#include "sirkel-project-status.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_ENTITY_LIST (sirkel_entity_list_get_type ())
G_DECLARE_FINAL_TYPE (SirkelEntityList, sirkel_entity_list, SIRKEL, ENTITY_LIST, AdwBin)

/* Sets *title and *subtitle (owned, may be left NULL) and *depth (indent level, 0 by default). */
typedef void         (*SirkelEntityFormatFunc) (SirkelEntity *entity,
                                                char        **title,
                                                char        **subtitle,
                                                guint        *depth,
                                                gpointer      user_data);
/* Returns (transfer full) the model to show for @base, such as a sorted one. */
typedef GListModel  *(*SirkelEntityModelFunc)  (GListModel   *base,
                                                gpointer      user_data);

void  sirkel_entity_list_set_format_func (SirkelEntityList       *self,
                                          SirkelEntityFormatFunc  func,
                                          gpointer                user_data);
void  sirkel_entity_list_set_model_func  (SirkelEntityList       *self,
                                          SirkelEntityModelFunc   func,
                                          gpointer                user_data);
guint sirkel_entity_list_get_n_items     (SirkelEntityList       *self);
guint sirkel_entity_list_count_rows      (SirkelEntityList       *self);
void  sirkel_entity_list_refresh         (SirkelEntityList       *self);

G_END_DECLS
