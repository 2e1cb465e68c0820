/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names for people of the Plan phase's fixed vocabularies (DOMAIN.md §3, §12): goal levels,
 * plan kinds and plan statuses, and the programme tags of Program for folkehelsearbeid. Each
 * vocabulary is a NULL-terminated array of the keys the schema stores, in the order the
 * choices are offered, and a string list model of their labels for combo rows.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

extern const char * const sirkel_goal_level_keys[];
extern const char * const sirkel_plan_kind_keys[];
extern const char * const sirkel_plan_status_keys[];
extern const char * const sirkel_goal_tag_keys[];

const char    *sirkel_goal_level_label  (const char         *level);
const char    *sirkel_goal_child_level  (const char         *level);
const char    *sirkel_plan_kind_label   (const char         *kind);
const char    *sirkel_plan_status_label (const char         *status);
const char    *sirkel_goal_tag_label    (const char         *tag);
GtkStringList *sirkel_plan_labels_model (const char * const *keys,
                                         const char *      (*label) (const char *key));
char          *sirkel_plan_format_date  (const char         *iso_date);
char          *sirkel_plan_format_number (double             value);

G_END_DECLS
