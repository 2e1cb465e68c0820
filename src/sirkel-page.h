/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPage: the base of the project view's phase pages (overview, plan, measures,
 * evaluation, learning, data, documents). It holds what every page receives from the
 * project view, the document and the project status, as properties that the pages' .ui
 * files bind their lists to. Each page is a final subclass with its own template, whose child
 * is a GtkStack with a "content" page and an "empty" page (an AdwStatusPage).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"
#include "sirkel-project-status.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_PAGE (sirkel_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (SirkelPage, sirkel_page, SIRKEL, PAGE, AdwBin)

struct _SirkelPageClass
{
  AdwBinClass parent_class;
};

SirkelDocument      *sirkel_page_get_document (SirkelPage          *self);
void                 sirkel_page_set_document (SirkelPage          *self,
                                               SirkelDocument      *document);
gboolean             sirkel_page_get_writable (SirkelPage          *self);
SirkelProjectStatus *sirkel_page_get_status   (SirkelPage          *self);
void                 sirkel_page_set_status   (SirkelPage          *self,
                                               SirkelProjectStatus *status);
void                 sirkel_page_show_empty   (SirkelPage          *self,
                                               gboolean             empty);
guint                sirkel_page_count_rows   (SirkelPage          *self);

G_END_DECLS
