/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelOverviewPage: the Oversikt phase, where the coordinator does the whole oversikt work:
 * four sub-pages behind a view switcher — the indicators, the written assessment of each
 * forskrift § 3 category a–f, the challenges and resources with their causes, consequences and
 * linked indicators, and the prioritisation of the challenges by weighted criteria.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_OVERVIEW_PAGE (sirkel_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelOverviewPage, sirkel_overview_page, SIRKEL, OVERVIEW_PAGE, SirkelPage)

/* Sub-page names for sirkel_overview_page_show (). */
#define SIRKEL_OVERVIEW_INDICATORS     "indicators"
#define SIRKEL_OVERVIEW_ASSESSMENTS    "assessments"
#define SIRKEL_OVERVIEW_FINDINGS       "findings"
#define SIRKEL_OVERVIEW_PRIORITISATION "prioritisation"

void        sirkel_overview_page_show        (SirkelOverviewPage *self,
                                              const char         *name);
const char *sirkel_overview_page_get_visible (SirkelOverviewPage *self);

/* For the sub-pages: a toast in the window that holds @widget, optionally with an Undo button
 * (win.undo); and an error of one of their actions, as a toast. */
void        _sirkel_overview_toast           (GtkWidget          *widget,
                                              const char         *text,
                                              gboolean            offer_undo);
void        _sirkel_overview_toast_error     (GtkWidget          *widget,
                                              const GError       *error);
void        _sirkel_overview_unbind_fields   (GtkWidget          *first,
                                              ...) G_GNUC_NULL_TERMINATED;
void        _sirkel_overview_focus_away      (GtkWidget          *leaving,
                                              GtkWidget          *to);

G_END_DECLS
