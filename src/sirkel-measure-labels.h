/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names for people of the Tiltak phase's vocabularies (DOMAIN.md §8, §12.7): measure status,
 * prevention level, arena, partner kind and the Ungsinn evidence levels, each a
 * NULL-terminated array of the keys the schema stores, in the order the choices are offered
 * (the key "" stands for SQL NULL, "not stated"). And the small facts the page's views share:
 * a measure's arenas as a list of keys, its evidence rating as one short phrase, whether it is
 * active in a year, and a sum of money.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

extern const char * const sirkel_measure_status_keys[];
extern const char * const sirkel_measure_prevention_keys[];
extern const char * const sirkel_measure_partner_kind_keys[];
extern const char * const sirkel_measure_scheme_keys[];
extern const char * const sirkel_measure_ungsinn_level_keys[];

const char *sirkel_measure_status_label       (const char   *status);
const char *sirkel_measure_prevention_label   (const char   *level);
const char *sirkel_measure_arena_label        (const char   *arena);
const char *sirkel_measure_partner_kind_label (const char   *kind);
const char *sirkel_measure_scheme_label       (const char   *scheme);
const char *sirkel_measure_ungsinn_level_label (const char  *level);

GStrv       sirkel_measure_parse_arenas       (const char   *text);
char       *sirkel_measure_join_arenas        (const char * const *arenas);
gboolean    sirkel_measure_is_ungsinn         (const char   *scheme);
gboolean    sirkel_measure_evidence_known     (SirkelEntity *measure);
char       *sirkel_measure_dup_evidence_label (const char   *scheme,
                                               const char   *level);
char       *sirkel_measure_dup_evidence_text  (SirkelEntity *measure);
gboolean    sirkel_measure_active_in_year     (SirkelEntity *measure,
                                               int           year);
char       *sirkel_measure_format_amount      (double        amount);
char       *sirkel_measure_dup_ages           (gint64        age_from,
                                               gint64        age_to);
GtkListItemFactory *sirkel_measure_label_factory_new (int       max_chars);

G_END_DECLS
