/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLogicRow: one element of a logic model (logic_element) on the Evaluering page: its
 * title, edited in place (one undoable action per edit, sirkel-field-editor.h), with buttons
 * to move it up and down its column and a menu to move it to the previous or next column or
 * delete it. Alt+Up and Alt+Down move it too, Alt+Left and Alt+Right change its column.
 *
 * The row's own actions (row.move-up, row.move-down, row.move-previous, row.move-next,
 * row.delete) are enabled for where it stands (sirkel_logic_row_set_place) and pass the
 * element's id on to the page's actions (evaluation.move-element-up …), which change the
 * store.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_LOGIC_ROW (sirkel_logic_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelLogicRow, sirkel_logic_row, SIRKEL, LOGIC_ROW, AdwEntryRow)

GtkWidget    *sirkel_logic_row_new         (SirkelDocument *document,
                                            SirkelEntity   *element);
SirkelEntity *sirkel_logic_row_get_element (SirkelLogicRow *self);
void          sirkel_logic_row_set_place   (SirkelLogicRow *self,
                                            guint           position,
                                            guint           n_in_column,
                                            gboolean        writable);

G_END_DECLS
