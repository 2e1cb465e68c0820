/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelIndicatorBrowser: the Oversikt page's indicator browser. A sortable table of the
 * project's indicators (name, kommune, fylke, landet, period, comparison with landet, trend),
 * filtered by text and by forskrift category, with the barometer as the other view; the
 * chosen indicator shows its trend chart, the comparison explained in a sentence, its
 * metadata and where its figures come from. It follows the project: any change to the
 * document (an import, a mapping edit, undo) refreshes it, keeping the selection.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_INDICATOR_BROWSER (sirkel_indicator_browser_get_type ())
G_DECLARE_FINAL_TYPE (SirkelIndicatorBrowser, sirkel_indicator_browser, SIRKEL, INDICATOR_BROWSER, AdwBin)

SirkelDocument *sirkel_indicator_browser_get_document (SirkelIndicatorBrowser *self);
void            sirkel_indicator_browser_set_document (SirkelIndicatorBrowser *self,
                                                       SirkelDocument         *document);
gboolean        sirkel_indicator_browser_select_key   (SirkelIndicatorBrowser *self,
                                                       const char             *key);
GListModel     *sirkel_indicator_browser_get_items    (SirkelIndicatorBrowser *self);

G_END_DECLS
