/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-charts: how long the barometer of 40 indicators takes to draw at 1200 × 1600 on an
 * image surface — the chart a window redraws most. The data is made up (six categories,
 * kommune, fylke and landet, intervals, a spread for half of the rows, two suppressed rows),
 * so no file or store is involved. Prints the median and the worst of N draws after a few
 * warm-up draws; the goal is a median of at most 5 ms.
 *
 *   bench-charts [N]      (default 200)
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "sirkel-chart.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static SirkelChartBarometer *
make_barometer (void)
{
  SirkelChartBarometer *barometer = sirkel_chart_barometer_new ("Lundfjord", "Eksempelfylket");
  static const SirkelComparisonClass classes[] = {
    SIRKEL_COMPARISON_SIMILAR, SIRKEL_COMPARISON_WORSE, SIRKEL_COMPARISON_BETTER, SIRKEL_COMPARISON_SIMILAR,
    SIRKEL_COMPARISON_NOT_TESTED, SIRKEL_COMPARISON_HIGHER,
  };

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *key = g_strdup_printf ("indikator_%u", i);
      g_autofree char *title = g_strdup_printf ("Indikator nummer %u, med en tittel av vanlig lengde", i + 1);
      SirkelChartBarometerRow *row = sirkel_chart_barometer_row_new (key, title);
      double landet = 10 + i * 2.5;

      row->category = "abcdef"[i * 6 / 40];
      row->polarity = i % 5 == 0 ? 0 : (i % 2 == 0 ? 1 : -1);
      row->decimals = 1;
      row->kommune.period_from = row->fylke.period_from = row->landet.period_from = 2022;
      row->kommune.period_to = row->fylke.period_to = row->landet.period_to = 2024;
      row->landet.value = landet;
      row->fylke.value = landet * (1 + 0.05 * sin (i));
      if (i == 7 || i == 31)
        row->kommune.flag = g_intern_static_string ("suppressed");
      else
        {
          row->kommune.value = landet * (1 + 0.3 * sin (i * 1.7));
          row->kommune.ci_low = row->kommune.value * 0.9;
          row->kommune.ci_high = row->kommune.value * 1.1;
          row->klass = classes[i % G_N_ELEMENTS (classes)];
        }
      if (i % 2 == 0)
        {
          row->spread_min = landet * 0.5;
          row->spread_low = landet * 0.85;
          row->spread_high = landet * 1.2;
          row->spread_max = landet * 1.7;
        }
      g_ptr_array_add (barometer->rows, row);
    }
  return barometer;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(SirkelChart) chart = sirkel_chart_new_barometer (make_barometer ());
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 1600);
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 200;

  n = MAX (n, 1);
  for (guint i = 0; i < n + 5; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double ms;

      sirkel_chart_render (chart, cr, 1200, 1600);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        g_error ("cairo: %s", cairo_status_to_string (cairo_status (cr)));
      cairo_destroy (cr);
      if (i >= 5)
        g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  g_print ("barometer, 40 indicators, 1200 x 1600 image surface, %u draws: median %.2f ms, worst %.2f ms "
           "(goal: median <= 5 ms)\n", n, g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len - 1));
  cairo_surface_destroy (surface);
  return 0;
}
