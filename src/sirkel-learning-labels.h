/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names for people of the Læring phase's fixed vocabularies (DOMAIN.md §9, §11): lesson kinds
 * (erfaring, forbedringstiltak, beslutning), the steps of an improvement cycle (PDSA) and the
 * kinds of year-wheel events; the month names of the year wheel; and the items a lesson can
 * come from (a measure, an evaluation, a goal or a challenge) with the page that edits each.
 * Each vocabulary is a NULL-terminated array of the keys the schema stores, in the order the
 * choices are offered; sirkel_plan_labels_model () makes a combo row's model of them.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

extern const char * const sirkel_lesson_kind_keys[];
extern const char * const sirkel_cycle_step_keys[];
extern const char * const sirkel_event_kind_keys[];
extern const char * const sirkel_lesson_source_keys[];

const char    *sirkel_lesson_kind_label      (const char     *kind);
const char    *sirkel_cycle_step_label       (const char     *step);
int            sirkel_cycle_step_index       (const char     *step);
const char    *sirkel_event_kind_label       (const char     *kind);
GtkStringList *sirkel_learning_months_model  (void);
char          *sirkel_learning_format_month_day (int          month,
                                              int             day);
char          *sirkel_learning_dup_today     (void);
int            sirkel_learning_this_year     (void);
const char    *sirkel_lesson_source_page     (const char     *table);
char          *sirkel_lesson_source_describe (SirkelDocument *document,
                                              SirkelEntity   *item);

G_END_DECLS
