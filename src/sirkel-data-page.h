/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDataPage: the data behind the overview: the imported statistics files (name,
 * format, rows, time) and the indicators made from them.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_DATA_PAGE (sirkel_data_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDataPage, sirkel_data_page, SIRKEL, DATA_PAGE, SirkelPage)

G_END_DECLS
