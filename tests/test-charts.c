/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts (src/core/charts): every chart of the example project in nb, nn and en, light
 * and dark, draws with no Cairo error, a text alternative and elements; reference images
 * match; the edge cases (an empty project, one point, everything suppressed, 200 items, very
 * long nb and nn labels, NaN and infinity) draw sensibly; SVG parses as XML, PDF text reads
 * back; numbers and words follow the style's language whatever the process locale; and the
 * `sirkel-cli chart` command lists, draws and fails as documented. No display is needed.
 */
#define G_LOG_DOMAIN "test-charts"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <libxml/parser.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sirkel-chart-store.h"
#include "sirkel-example.h"
#include "sirkel-i18n.h"
#include "sirkel-test-util.h"
#include "test-charts-images.h"

static SirkelStore *example;   /* the example project */
static SirkelStore *empty;     /* a project file with nothing in it */
static GDate today;            /* fixed, for stable timeline and årshjul images */

static SirkelChartStyle *
test_style (const char *language,
            gboolean    dark)
{
  SirkelChartStyle *style = sirkel_chart_style_new ();

  /* A pinned font keeps the reference pixels stable. */
  sirkel_chart_style_set_font (style, "DejaVu Sans", 12);
  sirkel_chart_style_set_language (style, language);
  sirkel_chart_style_set_dark (style, dark);
  return style;
}

static SirkelChart *
example_chart (const char *name,
               const char *language,
               gboolean    dark)
{
  g_autoptr(SirkelChartStyle) style = test_style (language, dark);
  g_autoptr(GError) error = NULL;
  SirkelChart *chart = sirkel_chart_new_from_store (example, name, style, &today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (chart);
  return chart;
}

/* Draws @chart at @width and its preferred height (at most @max_height) and checks the
 * result: no Cairo error, a text alternative, elements with text inside the drawing. */
static void
check_draws (SirkelChart *chart,
             int          width,
             int          max_height)
{
  int height = (int) MIN (max_height, ceil (sirkel_chart_get_preferred_height (chart, width)));
  cairo_surface_t *surface;
  g_autofree char *text = sirkel_chart_dup_text_alternative (chart);
  GPtrArray *elements;

  g_assert_cmpint (height, >, 0);
  surface = test_charts_draw (chart, width, height);
  cairo_surface_destroy (surface);
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 10);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  elements = sirkel_chart_get_elements (chart);
  if (sirkel_chart_is_empty (chart))
    g_assert_cmpuint (elements->len, ==, 0);
  for (guint i = 0; i < elements->len; i++)
    {
      const SirkelChartElement *element = g_ptr_array_index (elements, i);

      g_assert_true (element->text != NULL && *element->text != '\0');
      g_assert_true (isfinite (element->x) && isfinite (element->y));
      g_assert_cmpfloat (element->width, >=, 0);
      g_assert_cmpfloat (element->height, >=, 0);
    }
}

static void
test_example_all (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = sirkel_chart_list_names (example, &error);
  const char *languages[] = { "en", "nb", "nn" };

  g_assert_no_error (error);
  /* 37 indicators × trend and bars, 6 logic models, 13 evaluation indicators, 5 others. */
  g_assert_cmpuint (g_strv_length (names), ==, 37 * 2 + 6 + 13 + 5);
  g_assert_cmpstr (names[0], ==, "barometer");
  for (guint i = 0; names[i] != NULL; i++)
    for (guint l = 0; l <= G_N_ELEMENTS (languages); l++)
      {
        /* The fourth round is English on the dark palette. */
        g_autoptr(SirkelChart) chart = example_chart (names[i], languages[l % 3], l == 3);

        g_assert_false (sirkel_chart_is_empty (chart));
        check_draws (chart, 720, 2400);
        g_assert_cmpuint (sirkel_chart_get_elements (chart)->len, >, 0);
      }
}

static const char *
first_name (const char *prefix)
{
  static char found[128];
  g_auto(GStrv) names = sirkel_chart_list_names (example, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], prefix))
      {
        g_strlcpy (found, names[i], sizeof found);
        return found;
      }
  g_assert_not_reached ();
}

static void
test_example_references (void)
{
  const struct { const char *name; const char *language; gboolean dark; const char *image; int w, h; } refs[] = {
    { "barometer", "en", FALSE, "barometer-en", 900, 0 },
    { "barometer", "nn", TRUE, "barometer-nn-dark", 900, 0 },
    { "trend:royking_gravide", "nb", FALSE, "trend-nb", 640, 400 },
    { "bars:ensomhet", "nn", FALSE, "bars-nn", 640, 400 },
    { "matrix", "en", FALSE, "matrix-en", 640, 520 },
    { "timeline", "nb", FALSE, "timeline-nb", 800, 0 },
    { "logic-model:", "nn", FALSE, "logic-model-nn", 800, 0 },
    { "chain", "en", FALSE, "chain-en", 900, 0 },
    { "progress:", "nb", FALSE, "progress-nb", 640, 400 },
    { "arshjul", "nn", FALSE, "arshjul-nn", 900, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      const char *name = g_str_has_suffix (refs[i].name, ":") ? first_name (refs[i].name) : refs[i].name;
      g_autoptr(SirkelChart) chart = example_chart (name, refs[i].language, refs[i].dark);
      int height = refs[i].h > 0 ? refs[i].h : (int) ceil (sirkel_chart_get_preferred_height (chart, refs[i].w));

      test_charts_check_image (chart, refs[i].image, refs[i].w, height);
    }
}

/* One trend, bars and progress chart stands for the others: they scale, they never cut. */
static gboolean
stands_for_its_kind (const char *name)
{
  const char *prefixes[] = { "trend:", "bars:", "progress:" };

  for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
    if (g_str_has_prefix (name, prefixes[p]))
      return g_str_equal (name, first_name (prefixes[p]));
  return TRUE;
}

/* At its preferred height a chart leaves nothing out: a much taller drawing shows no more
 * elements, the chain's boxes are no taller, and the barometer shows every indicator. */
static void
test_example_fits (void)
{
  const int widths[] = { 600, 1200, 1600 };
  const char *languages[] = { "nb", "nn", "en" };
  g_auto(GStrv) names = sirkel_chart_list_names (example, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!stands_for_its_kind (names[i]))
        continue;
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
          {
            g_autoptr(SirkelChart) chart = example_chart (names[i], languages[l], FALSE);
            int height = (int) ceil (sirkel_chart_get_preferred_height (chart, widths[w]));
            g_autoptr(GPtrArray) fitted = NULL;
            GPtrArray *taller;

            cairo_surface_destroy (test_charts_draw (chart, widths[w], height));
            fitted = g_ptr_array_copy (sirkel_chart_get_elements (chart),
                                       (GCopyFunc) sirkel_chart_element_copy, NULL);
            g_ptr_array_set_free_func (fitted, (GDestroyNotify) sirkel_chart_element_free);
            cairo_surface_destroy (test_charts_draw (chart, widths[w], height + 2000));
            taller = sirkel_chart_get_elements (chart);
            if (fitted->len != taller->len)
              g_error ("%s in %s at %d × %d: %u elements, %u when taller", names[i], languages[l],
                       widths[w],
                       height, fitted->len, taller->len);
            if (g_str_equal (names[i], "barometer"))
              g_assert_cmpuint (fitted->len, ==, 37);
            if (g_str_equal (names[i], "chain"))
              for (guint e = 0; e < fitted->len; e++)
                {
                  const SirkelChartElement *a = g_ptr_array_index (fitted, e);
                  const SirkelChartElement *b = g_ptr_array_index (taller, e);

                  g_assert_cmpfloat_with_epsilon (a->height, b->height, 0.01);
                }
          }
    }
}

/* The text of @chart drawn as a PDF at @width and its preferred height. */
static char *
pdf_text (SirkelChart *chart,
          int          width)
{
  g_autofree char *pdf = sirkel_test_tmp_file ("words.pdf");
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  double height;
  int status = 0;

  height = ceil (sirkel_chart_get_preferred_height (chart, width));
  g_assert_true (sirkel_chart_export (chart, pdf, SIRKEL_CHART_FORMAT_PDF, width, height, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Headers and labels wrap between words, or end in "…": no word is broken over two lines. */
static void
test_whole_words (void)
{
  const int widths[] = { 600, 900, 1200 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(SirkelChart) barometer = example_chart ("barometer", "nb", FALSE);
      g_autoptr(SirkelChart) chain = example_chart ("chain", "nn", FALSE);
      g_autofree char *barometer_text = pdf_text (barometer, widths[w]);
      g_autofree char *chain_text = pdf_text (chain, widths[w]);

      g_assert_null (strstr (barometer_text, "Eksempelfy-"));
      g_assert_nonnull (strstr (barometer_text, "Eksempelfylket"));
      g_assert_null (strstr (chain_text, "Evalueringsindika-"));
      /* The column's header, whole or cut short with "…". */
      g_assert_nonnull (strstr (chain_text, "\nEvaluerings"));
      /* Every mark of the barometer is in its legend. */
      g_assert_nonnull (strstr (barometer_text, "Eksempelfylket (fiktivt)"));
      g_assert_nonnull (strstr (barometer_text, "95 % konfidensintervall"));
    }
}

static void
test_empty_project (void)
{
  const char *names[] = { "barometer", "matrix", "timeline", "chain", "arshjul" };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) listed = sirkel_chart_list_names (empty, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (listed), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SirkelChartStyle) style = test_style ("nb", FALSE);
      g_autoptr(SirkelChart) chart = sirkel_chart_new_from_store (empty, names[i], style, &today, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_true (sirkel_chart_is_empty (chart));
      check_draws (chart, 500, 400);
      text = sirkel_chart_dup_text_alternative (chart);
      g_assert_nonnull (strstr (text, "Ingenting å vise"));
    }
  {
    g_autoptr(SirkelChart) chart = sirkel_chart_new_barometer (sirkel_chart_barometer_new ("", ""));
    g_autoptr(SirkelChartStyle) style = test_style ("en", FALSE);

    sirkel_chart_set_style (chart, style);
    test_charts_check_image (chart, "empty-en", 400, 200);
  }
}

static SirkelChartValue
value_of (int    year,
          double value,
          double low,
          double high)
{
  SirkelChartValue v;

  sirkel_chart_value_init (&v);
  v.period_from = v.period_to = year;
  v.value = value;
  v.ci_low = low;
  v.ci_high = high;
  return v;
}

static SirkelChartValue
suppressed_in (int year)
{
  SirkelChartValue v = value_of (year, NAN, NAN, NAN);

  v.flag = g_intern_static_string ("suppressed");
  return v;
}

/* One chart of every kind with @n items titled by @label (printf with the item number). */
static GPtrArray *
charts_of_every_kind (guint       n,
                      const char *label,
                      double      number)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_chart_unref);
  SirkelChartTrend *trend = sirkel_chart_trend_new (label, "prosent");
  SirkelChartBars *bars = sirkel_chart_bars_new (label, "prosent");
  SirkelChartBarometer *barometer = sirkel_chart_barometer_new (label, label);
  SirkelChartMatrix *matrix = sirkel_chart_matrix_new (label, label);
  SirkelChartTimeline *timeline = sirkel_chart_timeline_new (2024, 2027);
  SirkelChartLogic *logic = sirkel_chart_logic_new (label);
  SirkelChartChain *chain = sirkel_chart_chain_new ();
  SirkelChartProgress *progress = sirkel_chart_progress_new (label, "prosent");
  SirkelChartYearWheel *wheel = sirkel_chart_year_wheel_new ();
  SirkelChartSeries *kommune = sirkel_chart_series_new (label, SIRKEL_CHART_PLACE_KOMMUNE);
  SirkelChartSeries *landet = sirkel_chart_series_new ("Hele landet", SIRKEL_CHART_PLACE_LANDET);
  SirkelChartSeries *bar_series = sirkel_chart_series_new (label, SIRKEL_CHART_PLACE_KOMMUNE);

  timeline->today = today;
  wheel->today = today;
  progress->baseline = number;
  progress->target = number * 2;
  g_date_set_dmy (&progress->baseline_date, 1, 1, 2024);
  g_date_set_dmy (&progress->target_date, 31, 12, 2027);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %u", label, i + 1);
      g_autofree char *id = g_strdup_printf ("id-%u", i);
      SirkelChartValue v = value_of (2000 + (int) i, number + i, number + i - 1, number + i + 1);
      SirkelChartBarometerRow *row = sirkel_chart_barometer_row_new (id, title);
      SirkelChartMatrixItem *item = sirkel_chart_matrix_item_new (id, title);
      SirkelChartTimelineItem *measure = sirkel_chart_timeline_item_new (id, title, (SirkelChartStatus) (i % 5));
      GDate date;

      g_array_append_val (kommune->values, v);
      v.value *= 0.9;
      g_array_append_val (landet->values, v);
      g_ptr_array_add (bars->groups, g_strdup (title));
      g_array_append_val (bar_series->values, v);
      row->category = "abcdef"[i % 6];
      row->polarity = (int) (i % 3) - 1;
      row->kommune = value_of (2024, number + i, number + i - 2, number + i + 2);
      row->fylke = value_of (2024, number, NAN, NAN);
      row->landet = value_of (2024, number * 0.8, NAN, NAN);
      row->klass = (SirkelComparisonClass) (i % 7);
      g_ptr_array_add (barometer->rows, row);
      item->x = 1 + i % 3;
      item->y = 1 + (i / 3) % 3;
      item->weighted = (i % 10) / 10.0;
      item->prioritised = i % 2;
      g_ptr_array_add (matrix->items, item);
      g_date_set_dmy (&measure->start, 1 + i % 28, 1 + i % 12, 2023 + (int) (i % 4));
      if (i % 4 != 0)
        g_date_set_dmy (&measure->end, 1 + i % 28, 1 + (i * 5) % 12, 2025 + (int) (i % 4));
      g_ptr_array_add (timeline->items, measure);
      g_ptr_array_add (logic->elements, sirkel_chart_logic_element_new (id, title, (SirkelChartLogicKind) (i % 7)));
      sirkel_chart_chain_add_node (chain, id, title, (SirkelChartChainLevel) (i % 4));
      if (i % 4 != 0)
        sirkel_chart_chain_add_link (chain, i - 1, i);
      g_date_set_dmy (&date, 1 + i % 28, 1 + i % 12, 2024 + (int) (i % 3));
      sirkel_chart_progress_add (progress, &date, number + i, title);
      g_ptr_array_add (wheel->events, sirkel_chart_event_new (id, title, (SirkelChartEventKind) (i % 7), 1 + i % 12,
                                                              (int) (i % 32), i % 5 == 0 ? 2026 : 0));
    }
  g_ptr_array_add (trend->series, kommune);
  g_ptr_array_add (trend->series, landet);
  g_ptr_array_add (bars->series, bar_series);
  g_ptr_array_add (charts, sirkel_chart_new_trend (trend));
  g_ptr_array_add (charts, sirkel_chart_new_bars (bars));
  g_ptr_array_add (charts, sirkel_chart_new_barometer (barometer));
  g_ptr_array_add (charts, sirkel_chart_new_matrix (matrix));
  g_ptr_array_add (charts, sirkel_chart_new_timeline (timeline));
  g_ptr_array_add (charts, sirkel_chart_new_logic_model (logic));
  g_ptr_array_add (charts, sirkel_chart_new_chain (chain));
  g_ptr_array_add (charts, sirkel_chart_new_progress (progress));
  g_ptr_array_add (charts, sirkel_chart_new_year_wheel (wheel));
  return charts;
}

static void
draw_all (GPtrArray  *charts,
          const char *language,
          int         width,
          int         max_height)
{
  g_autoptr(SirkelChartStyle) style = test_style (language, FALSE);

  for (guint i = 0; i < charts->len; i++)
    {
      SirkelChart *chart = g_ptr_array_index (charts, i);

      sirkel_chart_set_style (chart, style);
      check_draws (chart, width, max_height);
    }
}

static void
test_edge_counts (void)
{
  const guint counts[] = { 0, 1, 200 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_autoptr(GPtrArray) charts = charts_of_every_kind (counts[c], "Indikator", 12.5);

      for (guint i = 0; i < charts->len; i++)
        g_assert_true (sirkel_chart_is_empty (g_ptr_array_index (charts, i)) == (counts[c] == 0) ||
                       sirkel_chart_get_kind (g_ptr_array_index (charts, i)) == SIRKEL_CHART_PROGRESS);
      draw_all (charts, "en", 800, 1600);
      /* Too small a height: the charts say what they left out rather than overlap. */
      draw_all (charts, "nb", 300, 200);
      if (counts[c] == 1)
        {
          g_autoptr(SirkelChartStyle) style = test_style ("en", FALSE);

          sirkel_chart_set_style (g_ptr_array_index (charts, 0), style);
          test_charts_check_image (g_ptr_array_index (charts, 0), "trend-one-point", 400, 260);
          sirkel_chart_set_style (g_ptr_array_index (charts, 3), style);
          test_charts_check_image (g_ptr_array_index (charts, 3), "matrix-one-item", 400, 320);
        }
      if (counts[c] == 200)
        {
          g_autoptr(SirkelChartStyle) style = test_style ("en", FALSE);

          sirkel_chart_set_style (g_ptr_array_index (charts, 2), style);
          test_charts_check_image (g_ptr_array_index (charts, 2), "barometer-200", 700, 900);
          sirkel_chart_set_style (g_ptr_array_index (charts, 4), style);
          test_charts_check_image (g_ptr_array_index (charts, 4), "timeline-200", 700, 900);
        }
    }
}

static void
test_edge_long_labels (void)
{
  const char *nb = "Andel barn og unge i alderen 0–17 år som bor i husholdninger med vedvarende lavinntekt, "
                   "sammenlignet med landsgjennomsnittet, folkehelseutfordringsvurderingsgrunnlagsdokumentasjon";
  const char *nn = "Delen born og unge i alderen 0–17 år som bur i hushald med vedvarande låginntekt, "
                   "samanlikna med landsgjennomsnittet, folkehelseutfordringsvurderingsgrunnlagsdokumentasjon";
  g_autoptr(GPtrArray) nb_charts = charts_of_every_kind (12, nb, 1234567.891);
  g_autoptr(GPtrArray) nn_charts = charts_of_every_kind (12, nn, 0.0123);

  draw_all (nb_charts, "nb", 900, 1400);
  draw_all (nb_charts, "nb", 320, 600);
  draw_all (nn_charts, "nn", 900, 1400);
  draw_all (nn_charts, "nn", 320, 600);
  {
    g_autoptr(SirkelChartStyle) style = test_style ("nn", FALSE);

    sirkel_chart_set_style (g_ptr_array_index (nn_charts, 5), style);
    test_charts_check_image (g_ptr_array_index (nn_charts, 5), "logic-model-long-nn", 700, 600);
    sirkel_chart_set_style (g_ptr_array_index (nb_charts, 2), style);
    test_charts_check_image (g_ptr_array_index (nb_charts, 2), "barometer-long-nb", 700, 500);
  }
}

static void
test_edge_not_finite (void)
{
  const double bad[] = { NAN, INFINITY, -INFINITY, 1e300, -1e300 };

  for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
    {
      g_autoptr(GPtrArray) charts = charts_of_every_kind (5, "Verdi", bad[b]);

      draw_all (charts, "en", 600, 800);
    }
}

static void
test_edge_all_suppressed (void)
{
  g_autoptr(SirkelChartTrend) trend = sirkel_chart_trend_new ("Røyking i svangerskapet", "prosent");
  g_autoptr(SirkelChartBars) bars = sirkel_chart_bars_new ("Ensomhet", "prosent");
  g_autoptr(SirkelChartBarometer) barometer = sirkel_chart_barometer_new ("Lundfjord", "Eksempelfylket");
  g_autoptr(SirkelChartStyle) style = test_style ("en", FALSE);
  SirkelChartSeries *series = sirkel_chart_series_new ("Lundfjord", SIRKEL_CHART_PLACE_KOMMUNE);
  SirkelChartSeries *bar_series = sirkel_chart_series_new ("Lundfjord", SIRKEL_CHART_PLACE_KOMMUNE);
  g_autoptr(SirkelChart) trend_chart = NULL;
  g_autoptr(SirkelChart) bars_chart = NULL;
  g_autoptr(SirkelChart) barometer_chart = NULL;
  cairo_surface_t *surface;
  g_autofree char *text = NULL;

  for (int year = 2015; year <= 2024; year++)
    {
      SirkelChartValue v = suppressed_in (year);

      g_array_append_val (series->values, v);
    }
  g_ptr_array_add (trend->series, series);
  for (guint i = 0; i < 3; i++)
    {
      SirkelChartValue v = suppressed_in (2024);
      SirkelChartBarometerRow *row = sirkel_chart_barometer_row_new ("k", "Indikator");

      g_ptr_array_add (bars->groups, g_strdup_printf ("Gruppe %u", i));
      g_array_append_val (bar_series->values, v);
      row->kommune = v;
      row->category = 'e';
      g_ptr_array_add (barometer->rows, row);
    }
  g_ptr_array_add (bars->series, bar_series);
  trend_chart = sirkel_chart_new_trend (g_steal_pointer (&trend));
  bars_chart = sirkel_chart_new_bars (g_steal_pointer (&bars));
  barometer_chart = sirkel_chart_new_barometer (g_steal_pointer (&barometer));
  sirkel_chart_set_style (trend_chart, style);
  sirkel_chart_set_style (bars_chart, style);
  sirkel_chart_set_style (barometer_chart, style);

  check_draws (trend_chart, 600, 400);
  check_draws (barometer_chart, 600, 400);
  text = sirkel_chart_dup_text_alternative (trend_chart);
  g_assert_nonnull (strstr (text, "suppressed (too few cases)"));
  g_assert_nonnull (strstr (text, "periods without a value: 10"));
  test_charts_check_image (trend_chart, "trend-all-suppressed", 500, 300);

  /* No bar is drawn for a suppressed value: the kommune's ink shows only in the legend. */
  surface = test_charts_draw (bars_chart, 600, 400);
  g_assert_cmpuint (test_charts_count_color (surface, sirkel_chart_style_get_color (style, SIRKEL_CHART_INK_KOMMUNE)),
                    <, 200);
  cairo_surface_destroy (surface);
  for (guint i = 0; i < sirkel_chart_get_elements (bars_chart)->len; i++)
    {
      const SirkelChartElement *element = g_ptr_array_index (sirkel_chart_get_elements (bars_chart), i);

      g_assert_nonnull (strstr (element->text, "suppressed"));
    }
}

static void
test_export (void)
{
  g_autoptr(SirkelChart) chart = example_chart ("barometer", "nn", FALSE);
  g_autofree char *svg = sirkel_test_tmp_file ("barometer.svg");
  g_autofree char *pdf = sirkel_test_tmp_file ("barometer.pdf");
  g_autofree char *png = sirkel_test_tmp_file ("barometer.png");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  SirkelChartFormat format;
  xmlDoc *doc;
  xmlNode *root;
  cairo_surface_t *image;
  int status = 0;

  g_assert_true (sirkel_chart_format_from_path (svg, &format, &error));
  g_assert_cmpint (format, ==, SIRKEL_CHART_FORMAT_SVG);
  g_assert_true (sirkel_chart_export (chart, svg, format, 800, 1200, &error));
  g_assert_no_error (error);
  /* From memory: the catalogue's deny-all entity loader (process-wide, installed when the
   * example reads the bundled tiltaksbank) refuses xmlReadFile's own file too. */
  {
    g_autofree char *text = NULL;
    gsize length = 0;

    g_assert_true (g_file_get_contents (svg, &text, &length, NULL));
    doc = xmlReadMemory (text, (int) length, "barometer.svg", NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  }
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  g_assert_cmpstr ((const char *) xmlFirstElementChild (root)->name, ==, "title");
  xmlFreeDoc (doc);

  g_assert_true (sirkel_chart_export (chart, pdf, SIRKEL_CHART_FORMAT_PDF, 800, 1200, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "Folkehelsebarometer for Lundfjord"));
  g_assert_nonnull (strstr (out, "Heile landet"));

  g_assert_true (sirkel_chart_export (chart, png, SIRKEL_CHART_FORMAT_PNG, 640, 900, &error));
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  cairo_surface_destroy (image);

  g_assert_false (sirkel_chart_format_from_path ("chart.bmp", &format, &error));
  g_assert_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_FORMAT);
}

static void
test_numbers (void)
{
  g_autoptr(SirkelChartStyle) style = sirkel_chart_style_new ();
  const struct { const char *language; double value; int decimals; const char *text; } cases[] = {
    { "nb", 1234.5, 1, "1\u2009234,5" },
    { "nn", -1234567.891, 2, "−1\u2009234\u2009567,89" },
    { "nb", 16.25, 0, "16" },
    { "nb", -0.04, 1, "0,0" },
    { "nb", 999, 0, "999" },
    { "en", 1234.5, 1, "1,234.5" },
    { "en", -0.5, 1, "−0.5" },
    { "en", NAN, 1, "–" },
    { "nb", INFINITY, 1, "–" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      sirkel_chart_style_set_language (style, cases[i].language);
      text = sirkel_chart_style_format_number (style, cases[i].value, cases[i].decimals);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_languages (void)
{
  g_autoptr(SirkelChart) nb = example_chart ("timeline", "nb", FALSE);
  g_autoptr(SirkelChart) nn = example_chart ("trend:ensomhet", "nn", FALSE);
  g_autoptr(SirkelChart) en = example_chart ("timeline", "en", FALSE);
  g_autofree char *nb_title = sirkel_chart_dup_title (nb);
  g_autofree char *en_title = sirkel_chart_dup_title (en);
  g_autofree char *nn_text = sirkel_chart_dup_text_alternative (nn);

  /* The process runs in English (LANGUAGE=C); each chart speaks its own language, in turn. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Norway"), ==, "Norway");
  g_assert_cmpstr (sirkel_i18n_gettext ("nb", "Norway"), ==, "Hele landet");
  g_assert_cmpstr (sirkel_i18n_gettext ("nn", "Norway"), ==, "Heile landet");
  g_assert_cmpstr (sirkel_i18n_gettext ("en", "Norway"), ==, "Norway");
  g_assert_cmpstr (sirkel_i18n_gettext ("nb", "not a msgid at all"), ==, "not a msgid at all");
  g_assert_cmpstr (nb_title, ==, "Tiltak i planperioden");
  g_assert_cmpstr (en_title, ==, "Measures over the plan period");
  g_assert_nonnull (strstr (nn_text, "Heile landet"));
  g_assert_nonnull (strstr (nn_text, "Linjediagram"));
}

static void
test_hit_test (void)
{
  g_autoptr(SirkelChart) chart = example_chart ("barometer", "en", FALSE);
  cairo_surface_t *surface = test_charts_draw (chart, 900, 1300);
  GPtrArray *elements = sirkel_chart_get_elements (chart);
  const SirkelChartElement *element = g_ptr_array_index (elements, 5);

  g_assert_cmpuint (elements->len, ==, 37);
  g_assert_true (sirkel_chart_element_at (chart, element->x + element->width / 2,
                                          element->y + element->height / 2) == element);
  g_assert_nonnull (strstr (element->text, "National level"));
  g_assert_null (sirkel_chart_element_at (chart, -100, -100));
  g_assert_null (sirkel_chart_element_at (chart, NAN, 10));
  cairo_surface_destroy (surface);
}

static void
test_guards (void)
{
  g_autoptr(SirkelChartStyle) style = sirkel_chart_style_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);

  g_test_expect_message ("sirkel-chart", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  sirkel_chart_render (NULL, cr, 10, 10);
  g_test_assert_expected_messages ();
  g_test_expect_message ("sirkel-chart-style", G_LOG_LEVEL_CRITICAL, "*language_is_valid*");
  sirkel_chart_style_set_language (style, "de");
  g_test_assert_expected_messages ();
  g_assert_null (sirkel_chart_style_get_language (style));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_store_errors (void)
{
  const struct { const char *name; int code; } cases[] = {
    { "trend:no_such_key", SIRKEL_CHART_ERROR_NOT_FOUND },
    { "bars", SIRKEL_CHART_ERROR_UNKNOWN_CHART },
    { "pie", SIRKEL_CHART_ERROR_UNKNOWN_CHART },
    { "barometer:extra", SIRKEL_CHART_ERROR_UNKNOWN_CHART },
    { "logic-model:not-an-id", SIRKEL_CHART_ERROR_UNKNOWN_CHART },
    { "progress:00000000-0000-4000-8000-000000000000", SIRKEL_CHART_ERROR_NOT_FOUND },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SirkelChart) chart = sirkel_chart_new_from_store (example, cases[i].name, NULL, NULL, &error);

      g_assert_null (chart);
      g_assert_error (error, SIRKEL_CHART_ERROR, cases[i].code);
      if (cases[i].code == SIRKEL_CHART_ERROR_NOT_FOUND)
        g_assert_nonnull (strstr (error->message, "example.sirkel"));
    }
}

static int
run_cli (const char  *args,
         char       **out,
         char       **err)
{
  g_autofree char *command = g_strdup_printf ("%s %s", g_getenv ("SIRKEL_CLI"), args);
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (void)
{
  const char *path = sirkel_store_get_path (example);
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *svg = sirkel_test_tmp_file ("cli.svg");
  g_autofree char *quoted_svg = g_shell_quote (svg);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *args = NULL;
  g_auto(GStrv) names = sirkel_chart_list_names (example, NULL);
  g_autofree char *joined = g_strjoinv ("\n", names);
  g_autofree char *expected = g_strconcat (joined, "\n", NULL);

  args = g_strdup_printf ("chart %s --list", quoted);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_free (args);

  args = g_strdup_printf ("chart %s trend:ensomhet -o %s --lang nn --dark --width 500", quoted, quoted_svg);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_true (g_file_test (svg, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_free (args);

  args = g_strdup_printf ("chart %s trend:no_such_key -o %s", quoted, quoted_svg);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "example.sirkel"));
  g_assert_nonnull (strstr (err, "--list"));
  {
    g_auto(GStrv) lines = g_strsplit (g_strchomp (err), "\n", -1);

    /* One sentence, on one line. */
    g_assert_cmpuint (g_strv_length (lines), ==, 1);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_free (args);

  args = g_strdup_printf ("chart %s barometer -o chart.bmp", quoted);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, ".png, .svg or .pdf"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_free (args);

  args = g_strdup_printf ("chart %s barometer", quoted);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("SIRKEL_BUILD_ROOT"), "po", NULL);
  g_autofree char *example_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The charts read nb and nn from the build tree's catalogues, whatever the process locale. */
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_date_set_dmy (&today, 15, 3, 2026);

  example_path = sirkel_test_tmp_file ("example.sirkel");
  empty_path = sirkel_test_tmp_file ("empty.sirkel");
  example = sirkel_store_create (example_path, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_example_fill (example, &error));
  g_assert_no_error (error);
  empty = sirkel_store_create (empty_path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/charts/example/all", test_example_all);
  g_test_add_func ("/charts/example/references", test_example_references);
  g_test_add_func ("/charts/example/fits", test_example_fits);
  g_test_add_func ("/charts/text/whole-words", test_whole_words);
  g_test_add_func ("/charts/edge/empty-project", test_empty_project);
  g_test_add_func ("/charts/edge/counts", test_edge_counts);
  g_test_add_func ("/charts/edge/long-labels", test_edge_long_labels);
  g_test_add_func ("/charts/edge/not-finite", test_edge_not_finite);
  g_test_add_func ("/charts/edge/all-suppressed", test_edge_all_suppressed);
  g_test_add_func ("/charts/export", test_export);
  g_test_add_func ("/charts/style/numbers", test_numbers);
  g_test_add_func ("/charts/style/languages", test_languages);
  g_test_add_func ("/charts/hit-test", test_hit_test);
  g_test_add_func ("/charts/guards", test_guards);
  g_test_add_func ("/charts/store/errors", test_store_errors);
  g_test_add_func ("/charts/cli", test_cli);
  status = g_test_run ();

  sirkel_store_close (example);
  sirkel_store_close (empty);
  g_object_unref (example);
  g_object_unref (empty);
  sirkel_test_cleanup ();
  return status;
}
