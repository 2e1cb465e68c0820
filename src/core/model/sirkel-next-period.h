/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starting the next period: a new project file for the municipality's next election period
 * that carries forward what is still open from this one, with a link back (carried_item) from
 * every carried row to the row, project and file it came from.
 *
 * Carried: the project's municipality and the prioritisation criteria; every challenge
 * (finding of kind challenge, no longer marked prioritised: the new period prioritises
 * anew) with its indicator links; every goal with its hierarchy, plan and challenge links;
 * the indicators those refer to, as definitions without figures (the new period imports its
 * own statistics, and the mapping is found again); every
 * measure that is not completed or stopped, with its goal links, partners, logic model and
 * the budget lines of years inside the new period; every lesson marked carry_forward. Not
 * carried: statistics, assessments, resources, decisions, evaluations and measurements,
 * improvement cycles, the årshjul and yearly statuses, which belong to the period they
 * describe (the årshjul's yearly events are carried, as they recur).
 *
 * The source store is only read. The new file is written through a temporary file and a
 * rename, so a failure leaves nothing at @dest_path.
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint challenges;
  guint goals;
  guint measures;
  guint lessons;
  guint events;
} SirkelCarriedCounts;

/* @source_path: the file the user knows the source by (sirkel_document_get_path ()), recorded
 * in the links back; NULL uses the store's own path. */
gboolean sirkel_next_period_create (SirkelStore          *source,
                                    const char           *source_path,
                                    const char           *dest_path,
                                    int                   period_from,
                                    int                   period_to,
                                    const char           *title,
                                    const char           *author,
                                    SirkelCarriedCounts  *counts,
                                    GError              **error);

/* What sirkel_next_period_create () would carry from @source, counted by the same rules. */
gboolean sirkel_next_period_count  (SirkelStore          *source,
                                    SirkelCarriedCounts  *counts,
                                    GError              **error);

G_END_DECLS
