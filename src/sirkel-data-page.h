/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDataPage: the data behind the overview. It lists the live imports, newest first, with
 * their provenance (SirkelImportRow, each with a Remove button), and the indicators made
 * from them with their mapping (SirkelImportIndicatorRow, each with an Edit button). While
 * files are being imported it shows which one, with a Cancel button. With nothing imported
 * it explains what can be imported and offers to.
 *
 * The page changes nothing itself: its buttons name the window's actions (win.import,
 * win.import-cancel, win.remove-import, win.edit-indicator), and it follows the
 * SirkelImportQueue of the window it is in through its "import-queue" property.
 */
#pragma once

#include "sirkel-import-queue.h"
#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_DATA_PAGE (sirkel_data_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDataPage, sirkel_data_page, SIRKEL, DATA_PAGE, SirkelPage)

SirkelImportQueue *sirkel_data_page_get_import_queue (SirkelDataPage    *self);
void               sirkel_data_page_set_import_queue (SirkelDataPage    *self,
                                                      SirkelImportQueue *queue);

G_END_DECLS
