/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The year wheel's next deadlines (table yearwheel_event), for the dashboard and the CLI.
 *
 * An event has a month, an optional day and an optional year. Without a year it comes back
 * every year; with one it happens once. Without a day it stands for the whole month, and is
 * due by the month's last day, so it stays upcoming until the month is over. A day past the
 * month's end (31 April, 29 February in a common year) means the month's last day.
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef struct
{
  SirkelId  id;
  char     *title;
  char     *kind;          /* oversikt, planstrategi, budget, ungdata, reporting, evaluation, other */
  char     *responsible;
  GDate     date;          /* the next occurrence; the month's last day for a whole-month event */
  gboolean  whole_month;   /* the event names a month, not a day */
  gboolean  yearly;        /* it comes back every year */
  int       days_left;     /* from today to date; 0 is today */
} SirkelDeadline;

void       sirkel_deadline_free         (SirkelDeadline  *deadline);

gboolean   sirkel_yearwheel_next_date   (int              month,
                                         int              day,
                                         int              year,
                                         const GDate     *today,
                                         GDate           *next);
GPtrArray *sirkel_yearwheel_upcoming    (SirkelStore     *store,
                                         const GDate     *today,
                                         guint            max,
                                         GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelDeadline, sirkel_deadline_free)

G_END_DECLS
