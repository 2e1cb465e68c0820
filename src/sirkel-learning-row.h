/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLearningRow: one row of the Læring page's lists (lessons, improvement cycles,
 * year-wheel events): a title of up to two lines and a caption, both made by the list's
 * format function from the entity shown. It follows the entity's changes, and its
 * accessible label says both lines.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-entity.h"

G_BEGIN_DECLS

/* Sets *title and *caption (owned; either may be left NULL) for @entity. */
typedef void (*SirkelLearningFormatFunc) (SirkelEntity  *entity,
                                          char         **title,
                                          char         **caption);

#define SIRKEL_TYPE_LEARNING_ROW (sirkel_learning_row_get_type ())
G_DECLARE_FINAL_TYPE (SirkelLearningRow, sirkel_learning_row, SIRKEL, LEARNING_ROW, GtkBox)

GtkWidget    *sirkel_learning_row_new        (SirkelLearningFormatFunc  format);
SirkelEntity *sirkel_learning_row_get_entity (SirkelLearningRow        *self);
void          sirkel_learning_row_set_entity (SirkelLearningRow        *self,
                                              SirkelEntity             *entity);

G_END_DECLS
