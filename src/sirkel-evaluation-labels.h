/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names for people of the Evaluering phase's fixed vocabularies (DOMAIN.md §9, §12.8): the
 * kinds of evaluation with a one-line explanation of each, the statuses of an evaluation and
 * of a measure, the columns of a logic model (logic_element.kind) with what goes in each,
 * and the polarity of an evaluation indicator. Each vocabulary is a NULL-terminated array of
 * the keys the schema stores, in the order they are offered; sirkel_plan_labels_model ()
 * turns one into a model for a combo row.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern const char * const sirkel_evaluation_kind_keys[];
extern const char * const sirkel_evaluation_status_keys[];
extern const char * const sirkel_logic_kind_keys[];

#define SIRKEL_N_LOGIC_KINDS 7

const char *sirkel_evaluation_kind_label       (const char *kind);
const char *sirkel_evaluation_kind_explanation (const char *kind);
const char *sirkel_evaluation_status_label     (const char *status);
const char *sirkel_logic_kind_label            (const char *kind);
const char *sirkel_logic_kind_noun             (const char *kind);
const char *sirkel_logic_kind_description      (const char *kind);
int         sirkel_logic_kind_index            (const char *kind);
const char *sirkel_polarity_label              (gint64      polarity);

G_END_DECLS
