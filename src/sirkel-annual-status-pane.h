/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelAnnualStatusPane: the Yearly Status sub-page of the Læring page: one yearly status
 * (table annual_status) for each year of the project's period, for the yearly report to the
 * council: what was done, what was learned and what changes. The years are listed beside the
 * three texts with, for the year chosen, what helps to write them: that year's lessons and
 * decisions and the measures completed in it. A year's status is added by the button or by
 * starting to write (one action either way); deleting it says so in a toast with Undo.
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_ANNUAL_STATUS_PANE (sirkel_annual_status_pane_get_type ())
G_DECLARE_FINAL_TYPE (SirkelAnnualStatusPane, sirkel_annual_status_pane, SIRKEL,
                      ANNUAL_STATUS_PANE, SirkelPage)

int           sirkel_annual_status_pane_get_year     (SirkelAnnualStatusPane *self);
gboolean      sirkel_annual_status_pane_select_year  (SirkelAnnualStatusPane *self,
                                                      int                     year);
gboolean      sirkel_annual_status_pane_select       (SirkelAnnualStatusPane *self,
                                                      const SirkelId         *id);
SirkelEntity *sirkel_annual_status_pane_get_status   (SirkelAnnualStatusPane *self);

G_END_DECLS
