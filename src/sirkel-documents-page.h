/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocumentsPage: the three documents the council receives (overview document, public
 * health plan, annual report), what each draws on and whether that material is there yet.
 * Export comes later; until then the page only tells.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_DOCUMENTS_PAGE (sirkel_documents_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDocumentsPage, sirkel_documents_page,
                      SIRKEL, DOCUMENTS_PAGE, SirkelPage)

G_END_DECLS
