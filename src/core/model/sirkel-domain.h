/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels for the fixed vocabularies of the domain (DOMAIN.md): the forskrift § 3 categories
 * a–f, and the names of the things a project holds (for history labels such as "Add goal"). Translated through gettext like every user-visible string.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SIRKEL_CATEGORIES "abcdef"

const char *sirkel_category_label (char        category);
char       *sirkel_category_dup_label (const char *code);
const char *sirkel_entity_noun    (const char *table);

G_END_DECLS
