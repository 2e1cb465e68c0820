/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names for people of the fields users edit (table.field → "Target year") and of the stored
 * keys of the fixed vocabularies and yes/no fields ("ongoing" → "Ongoing"), for the history
 * and anything else that shows a change field by field. Translated through gettext.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *sirkel_field_label       (const char *table,
                                      const char *field);
const char *sirkel_field_value_label (const char *table,
                                      const char *field,
                                      const char *value);
const char *sirkel_field_ref_table   (const char *table,
                                      const char *field);

G_END_DECLS
