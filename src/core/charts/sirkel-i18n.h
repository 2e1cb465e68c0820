/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translations into a language chosen per call, independent of the process locale.
 *
 * Documents and charts choose their language per export (DESIGN.md § 6): the same project is
 * drawn in bokmål for the council and in English for a colleague, whatever the desktop
 * language is. gettext cannot do that safely: LANGUAGE and setlocale () are process-wide (and
 * racy with the UI thread), uselocale () needs the nb_NO/nn_NO locales installed and is still
 * overridden by a LANGUAGE the user set, so a per-thread locale does not give a reliable
 * answer either. So this module reads the very catalogues gettext uses — sirkel.mo for the
 * language under the directory bound with bindtextdomain () — and looks the English msgid up
 * itself. The strings stay ordinary msgids in po/nb.po and po/nn.po, marked with N_ at the
 * call site so xgettext extracts them.
 *
 * A NULL language means "the UI's language" and goes through g_dgettext (); "en" returns the
 * msgid. A catalogue is loaded once and kept for the life of the process, like gettext's own;
 * lookups are thread-safe. Plural forms are not offered: chart strings avoid them.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    sirkel_i18n_language_is_valid (const char *language);
const char *sirkel_i18n_gettext           (const char *language,
                                           const char *msgid) G_GNUC_FORMAT (2);

G_END_DECLS
