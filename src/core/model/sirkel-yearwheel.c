/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The year wheel's next deadlines; see sirkel-yearwheel.h. Pure date arithmetic on GDate
 * (no time zones: an event is a calendar day) over one query of the live events.
 */
#define G_LOG_DOMAIN "sirkel-yearwheel"

#include "config.h"

#include "sirkel-store-private.h"
#include "sirkel-yearwheel.h"

void
sirkel_deadline_free (SirkelDeadline *deadline)
{
  if (deadline == NULL)
    return;
  g_free (deadline->title);
  g_free (deadline->kind);
  g_free (deadline->responsible);
  g_free (deadline);
}

/* The day @day of @month in @year, or the month's last day when @day is 0 or past it. */
static void
occurrence_in (int    year,
               int    month,
               int    day,
               GDate *date)
{
  guint8 last = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) (day <= 0 || day > last ? last : day), (GDateMonth) month,
                  (GDateYear) year);
}

/**
 * sirkel_yearwheel_next_date:
 * @month: 1–12
 * @day: the day of the month, or 0 for the whole month
 * @year: the year of a one-off event, or 0 for one that comes back every year
 * @today: a valid date
 * @next: (out caller-allocates): the first occurrence on or after @today
 *
 * Returns: %FALSE when the event has no occurrence left (a one-off event in the past)
 */
gboolean
sirkel_yearwheel_next_date (int          month,
                            int          day,
                            int          year,
                            const GDate *today,
                            GDate       *next)
{
  int this_year;

  g_return_val_if_fail (month >= 1 && month <= 12, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  if (year > 0)
    {
      if (year > G_MAXUINT16 - 1)
        return FALSE;
      occurrence_in (year, month, day, next);
      return g_date_compare (next, today) >= 0;
    }
  this_year = g_date_get_year (today);
  occurrence_in (this_year, month, day, next);
  if (g_date_compare (next, today) < 0)
    occurrence_in (this_year + 1, month, day, next);
  return TRUE;
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  const SirkelDeadline *x = *(SirkelDeadline * const *) a;
  const SirkelDeadline *y = *(SirkelDeadline * const *) b;
  int order = g_date_compare (&x->date, &y->date);

  /* On the same last day of a month, the events with a day of their own come first. */
  if (order == 0)
    order = (int) x->whole_month - (int) y->whole_month;
  if (order == 0)
    order = g_utf8_collate (x->title, y->title);
  return order;
}

/**
 * sirkel_yearwheel_upcoming:
 * @today: a valid date
 * @max: the most deadlines to return, or 0 for all
 *
 * Returns: (transfer container) (element-type SirkelDeadline): the next occurrence of every
 *   live event that still has one, soonest first
 */
GPtrArray *
sirkel_yearwheel_upcoming (SirkelStore  *store,
                           const GDate  *today,
                           guint         max,
                           GError      **error)
{
  g_autoptr(GPtrArray) deadlines = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_deadline_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (!sirkel_store_prepare (store, "SELECT id, title, kind, responsible, month, "
                             "coalesce (day, 0), coalesce (year, 0) FROM yearwheel_event "
                             "WHERE deleted_at IS NULL", &stmt, error))
    return NULL;
  while (TRUE)
    {
      g_autoptr(SirkelDeadline) deadline = g_new0 (SirkelDeadline, 1);
      int month;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      month = sqlite3_column_int (stmt, 4);
      if (month < 1 || month > 12 ||
          !sirkel_yearwheel_next_date (month, sqlite3_column_int (stmt, 5),
                                       sqlite3_column_int (stmt, 6), today, &deadline->date))
        continue;
      sirkel_id_from_bytes (&deadline->id, sqlite3_column_blob (stmt, 0),
                            (gsize) sqlite3_column_bytes (stmt, 0));
      deadline->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      deadline->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      deadline->responsible = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      deadline->whole_month = sqlite3_column_int (stmt, 5) <= 0;
      deadline->yearly = sqlite3_column_int (stmt, 6) <= 0;
      deadline->days_left = g_date_days_between (today, &deadline->date);
      g_ptr_array_add (deadlines, g_steal_pointer (&deadline));
    }
  g_ptr_array_sort (deadlines, compare_deadlines);
  if (max > 0 && deadlines->len > max)
    g_ptr_array_set_size (deadlines, max);
  return g_steal_pointer (&deadlines);
}
