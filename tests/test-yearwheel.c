/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The year wheel's next deadlines: a yearly event comes back next year once this year's date
 * has passed, a one-off event is gone once past, a whole-month event is due by the month's
 * last day, days past a month's end fall on its last day (29 February in common years), and
 * the example project's next five deadlines on a fixed day are the expected ones, soonest
 * first, without deleted events.
 */
#define G_LOG_DOMAIN "test-yearwheel"

#include "config.h"

#include <glib/gstdio.h>

#include "sirkel-example.h"
#include "sirkel-test-util.h"
#include "sirkel-yearwheel.h"

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static char *
next_text (int month,
           int day,
           int year,
           int today_year,
           int today_month,
           int today_day)
{
  GDate today;
  GDate next;

  set_date (&today, today_year, today_month, today_day);
  if (!sirkel_yearwheel_next_date (month, day, year, &today, &next))
    return g_strdup ("none");
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&next), g_date_get_month (&next),
                          g_date_get_day (&next));
}

#define assert_next(expected, month, day, year, ty, tm, td) \
  G_STMT_START { \
    g_autofree char *_text = next_text (month, day, year, ty, tm, td); \
    g_assert_cmpstr (_text, ==, expected); \
  } G_STMT_END

static void
test_yearwheel_next_date (void)
{
  /* Yearly, with a day: this year until the day has passed, then next year. */
  assert_next ("2026-12-12", 12, 12, 0, 2026, 1, 15);
  assert_next ("2026-01-15", 1, 15, 0, 2026, 1, 15);
  assert_next ("2027-01-10", 1, 10, 0, 2026, 1, 15);
  assert_next ("2027-01-01", 1, 1, 0, 2026, 12, 31);

  /* Yearly, whole month: due by its last day, so still upcoming during the month. */
  assert_next ("2026-02-28", 2, 0, 0, 2026, 2, 20);
  assert_next ("2026-02-28", 2, 0, 0, 2026, 2, 28);
  assert_next ("2027-02-28", 2, 0, 0, 2026, 3, 1);
  assert_next ("2028-02-29", 2, 0, 0, 2027, 3, 1);

  /* Days past the month's end fall on its last day. */
  assert_next ("2027-02-28", 2, 29, 0, 2027, 1, 1);
  assert_next ("2028-02-29", 2, 29, 0, 2028, 1, 1);
  assert_next ("2026-04-30", 4, 31, 0, 2026, 1, 1);

  /* One-off events: upcoming until past, then none. */
  assert_next ("2026-03-31", 3, 0, 2026, 2026, 3, 31);
  assert_next ("none", 3, 0, 2026, 2026, 4, 1);
  assert_next ("2028-06-30", 6, 0, 2028, 2026, 1, 15);
  assert_next ("2027-06-30", 6, 30, 2027, 2027, 6, 30);
  assert_next ("none", 6, 30, 2027, 2027, 7, 1);
  assert_next ("none", 6, 30, 2020, 2026, 1, 1);
}

static SirkelStore *
example_store (const char *name)
{
  g_autofree char *path = sirkel_test_tmp_file (name);
  g_autoptr(GError) error = NULL;
  SirkelStore *store = sirkel_store_create (path, &error);

  g_assert_no_error (error);
  g_assert_true (sirkel_example_fill (store, &error));
  g_assert_no_error (error);
  return store;
}

static void
test_yearwheel_upcoming (void)
{
  static const struct { const char *title; const char *date; int days_left; gboolean month; } expected[] = {
    { "Folkehelseprofilen publiseres", "2026-02-28", 44, TRUE },
    { "Ungdata-undersøkelsen gjennomføres", "2026-03-31", 75, TRUE },
    { "Løpende oversikt rulleres", "2026-04-30", 105, FALSE },
    { "Innspill til handlingsdel og økonomiplan", "2026-05-15", 120, FALSE },
    { "Årsrapport og internkontroll for folkehelsearbeidet", "2026-06-19", 155, FALSE },
  };
  g_autoptr(SirkelStore) store = example_store ("upcoming.sirkel");
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  SirkelDeadline *first;
  GDate today;

  set_date (&today, 2026, 1, 15);
  deadlines = sirkel_yearwheel_upcoming (store, &today, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deadlines->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < deadlines->len; i++)
    {
      SirkelDeadline *deadline = g_ptr_array_index (deadlines, i);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&deadline->date),
                                               g_date_get_month (&deadline->date),
                                               g_date_get_day (&deadline->date));

      g_assert_cmpstr (deadline->title, ==, expected[i].title);
      g_assert_cmpstr (date, ==, expected[i].date);
      g_assert_cmpint (deadline->days_left, ==, expected[i].days_left);
      g_assert_cmpint (deadline->whole_month, ==, expected[i].month);
    }
  first = g_ptr_array_index (deadlines, 0);
  g_assert_true (first->yearly);
  g_assert_cmpstr (first->kind, ==, "oversikt");
  g_assert_false (((SirkelDeadline *) g_ptr_array_index (deadlines, 1))->yearly);
  g_clear_pointer (&deadlines, g_ptr_array_unref);

  /* Without a limit, every event with an occurrence left: all twelve now… */
  deadlines = sirkel_yearwheel_upcoming (store, &today, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deadlines->len, ==, 12);
  g_clear_pointer (&deadlines, g_ptr_array_unref);

  /* …and only the eight yearly ones once the one-off events have passed. */
  set_date (&today, 2028, 7, 1);
  deadlines = sirkel_yearwheel_upcoming (store, &today, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deadlines->len, ==, 8);
  for (guint i = 0; i < deadlines->len; i++)
    g_assert_true (((SirkelDeadline *) g_ptr_array_index (deadlines, i))->yearly);
  g_clear_pointer (&deadlines, g_ptr_array_unref);

  /* A deleted event is not a deadline. */
  set_date (&today, 2026, 1, 15);
  deadlines = sirkel_yearwheel_upcoming (store, &today, 1, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (deadlines, 0);
  g_assert_true (sirkel_store_delete (store, "yearwheel_event", &first->id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&deadlines, g_ptr_array_unref);
  deadlines = sirkel_yearwheel_upcoming (store, &today, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((SirkelDeadline *) g_ptr_array_index (deadlines, 0))->title, ==,
                   "Ungdata-undersøkelsen gjennomføres");
  g_clear_pointer (&deadlines, g_ptr_array_unref);

  sirkel_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/yearwheel/next-date", test_yearwheel_next_date);
  g_test_add_func ("/yearwheel/upcoming", test_yearwheel_upcoming);
  status = g_test_run ();
  sirkel_test_cleanup ();
  return status;
}
