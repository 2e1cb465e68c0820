/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words for the History page: a day as a heading ("Today", "Yesterday", "Thursday 15
 * January"), a stored value as people read it (names of keys, "empty" for nothing, titles of
 * referenced rows, dates and numbers in the locale, long text cut short), an item as
 * 'goal “Fewer young people outside work”', and the page that shows a row of a table.
 */
#pragma once

#include <glib.h>

#include "sirkel-store.h"

G_BEGIN_DECLS

#define SIRKEL_HISTORY_SHORT_VALUE 40

char       *sirkel_history_format_day        (GDateTime   *day,
                                              GDateTime   *now);
char       *sirkel_history_format_value      (SirkelStore *store,
                                              const char  *table,
                                              const char  *field,
                                              const char  *value);
char       *sirkel_history_shorten           (const char  *text,
                                              guint        max_chars);
char       *sirkel_history_format_item       (const char  *table,
                                              const char  *title,
                                              gboolean     live,
                                              gboolean     capital);
const char *sirkel_history_page_for          (const char  *table,
                                              const char  *row_id,
                                              const char **item);

G_END_DECLS
