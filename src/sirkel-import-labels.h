/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words the Data page and the import dialogs use for stored codes: a format name
 * ("px" is "PC-Axis"), an indicator's polarity and standardisation;
 * where an indicator's figures come from; and the number of warnings an import recorded.
 * Translated through gettext; the codes themselves are never shown.
 */
#pragma once

#include <glib.h>

#include "sirkel-entity.h"

G_BEGIN_DECLS

const char *sirkel_import_format_label          (const char *format);
const char *sirkel_import_polarity_label        (int         polarity);
const char *sirkel_import_standardisation_label (const char *standardisation);
guint       sirkel_import_count_warnings        (const char *warnings);
char       *sirkel_import_dup_origin            (SirkelEntity *indicator);

G_END_DECLS
