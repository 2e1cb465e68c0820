/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The barometer (spine chart): one row per indicator, grouped by forskrift § 3 category, with
 * the kommune's, fylke's and landet's values as numbers and a spine on the right.
 *
 * The kommune's value cell carries the comparison with landet three ways: its fill (better,
 * worse, neutral, white), a shape (▲ better, ▼ worse, ◆ higher or lower for a neutral
 * indicator, ● similar, dashed ○ not tested, ⊙ suppressed) and the text alternative. On the
 * spine, landet is the centre line; the indicator is turned so that better is always to the
 * right (for a neutral indicator, higher is to the right). Where the file holds many
 * municipalities, the grey bar shows their range and middle half, and the row's scale is
 * that range; otherwise all rows share a scale of relative difference from landet. A value
 * beyond the scale sits at the edge with an arrow. A suppressed kommune value draws no
 * marker: its cell shows the white circle with a dot and the symbol.
 *
 * The legend names every mark: the comparison shapes, and on the spine the fylke's tick,
 * landet's centre line, the confidence interval, the spread and the arrow for a value beyond
 * the scale (the last three only when some row has them).
 *
 * Rows that do not fit the height are left out with a note saying how many;
 * sirkel_chart_get_preferred_height () gives the height that shows them all, with two lines
 * for the titles when one is too narrow for them. The columns of values are wide enough for
 * the longest word of their headers ("Eksempelfylket"), within reason; a header never breaks
 * inside a word.
 */
#define G_LOG_DOMAIN "sirkel-chart-barometer"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

#define ROW_MIN 1.55   /* row height in units */
#define ROW_ONE 1.86   /* preferred row height for titles of one line */
#define ROW_TWO 2.5    /* … and of two lines; a row of at least TWO_LINES gets two */
#define TWO_LINES 2.4
#define ROW_MAX 2.6
#define HEADER 2.0     /* category header height in units */
#define MARK 0.85      /* the kommune's mark on the spine, in units */

typedef struct
{
  double title_x, title_w;
  double value_x[3], value_w[3];  /* kommune, fylke, landet */
  double spine_x, spine_w;
  double inset;           /* from the spine's ends to ±1: room for a mark and its arrow */
  double relative_scale;  /* half-width of the spine as a fraction of landet, without a spread */
} Columns;

static gboolean
barometer_is_empty (gconstpointer data)
{
  const SirkelChartBarometer *barometer = data;

  return barometer->rows->len == 0;
}

static char *
barometer_dup_title (SirkelChart *chart)
{
  const SirkelChartBarometer *barometer = chart->data;

  /* Translators: the barometer's title; %s is the municipality. */
  return g_strdup_printf (sirkel_chart_style_gettext (chart->style, N_("Public health barometer for %s")),
                          barometer->kommune_label);
}

static char *
barometer_dup_subtitle (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style,
                                               N_("The latest period of each indicator, compared with the "
                                                  "national level. Better is to the right.")));
}

static guint
count_categories (const SirkelChartBarometer *barometer)
{
  guint n = 0;
  char last = 1;

  for (guint i = 0; i < barometer->rows->len; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);

      n += row->category != last;
      last = row->category;
    }
  return n;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The shared scale for rows without a spread: the 90th percentile of the relative
 * differences from landet, so that one outlier does not flatten the rest. */
static double
relative_scale (const SirkelChartBarometer *barometer)
{
  g_autoptr(GArray) diffs = g_array_new (FALSE, FALSE, sizeof (double));
  double scale;

  for (guint i = 0; i < barometer->rows->len; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);
      double d;

      if (!isfinite (row->kommune.value) || !isfinite (row->landet.value) || row->landet.value == 0)
        continue;
      d = fabs (row->kommune.value - row->landet.value) / fabs (row->landet.value);
      if (isfinite (d))
        g_array_append_val (diffs, d);
    }
  if (diffs->len == 0)
    return 0.5;
  qsort (diffs->data, diffs->len, sizeof (double), compare_doubles);
  scale = g_array_index (diffs, double, MIN (diffs->len - 1, (guint) (diffs->len * 0.9)));
  return CLAMP (scale * 1.15, 0.1, 1.0);
}

/* Where @value goes on the row's spine, as -1 … 1 from the centre; beyond ±1 is off scale. */
static double
spine_position (const SirkelChartBarometerRow *row,
                const Columns                 *columns,
                double                         value)
{
  double centre = row->landet.value, half;
  double turn = row->polarity < 0 ? -1 : 1;

  if (!isfinite (value) || !isfinite (centre))
    return NAN;
  if (isfinite (row->spread_min) && isfinite (row->spread_max))
    half = MAX (fabs (row->spread_max - centre), fabs (row->spread_min - centre)) * 1.05;
  else
    half = fabs (centre) * columns->relative_scale;
  if (!(half > 0))
    half = fabs (value - centre) > 0 ? fabs (value - centre) * 1.2 : 1;
  return turn * (value - centre) / half;
}

static double
spine_x (const Columns *columns,
         double         position)
{
  return columns->spine_x + columns->spine_w / 2 +
         CLAMP (position, -1, 1) * MAX (1, columns->spine_w / 2 - columns->inset);
}

/* Wide enough for the longest number and the kommune's mark, estimated from the characters:
 * one layout per number would cost the barometer its time budget. */
static double
value_width (SirkelChartCtx             *ctx,
             const SirkelChartBarometer *barometer)
{
  glong longest = 0;

  for (guint i = 0; i < barometer->rows->len; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);
      const SirkelChartValue *values[] = { &row->kommune, &row->fylke, &row->landet };

      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          g_autofree char *text = chart_number (ctx, values[v]->value, row->decimals);

          longest = MAX (longest, g_utf8_strlen (text, -1));
        }
    }
  return CLAMP (ctx->unit * (longest * 0.6 + 2.2), ctx->unit * 5.4, ctx->unit * 12);
}

/* The width of the longest word of @text, so that a column header need not break inside it. */
static double
longest_word_width (SirkelChartCtx *ctx,
                    const char     *text,
                    ChartFont       font)
{
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", " ", -1);
  double longest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      longest = MAX (longest, chart_text_width (ctx, words[i], font));
  return longest;
}

static void
place_columns (SirkelChartCtx             *ctx,
               const SirkelChartBarometer *barometer,
               SirkelChartRect             body,
               Columns                    *columns)
{
  const char *names[3] = { barometer->kommune_label, barometer->fylke_label,
                           chart_tr (ctx, N_("Norway")) };
  double numbers = MIN (value_width (ctx, barometer), MAX (ctx->unit * 5.4, body.width * 0.1));
  double spine_min = ctx->unit * 6, extra[3], wanted = 0, room;

  columns->relative_scale = relative_scale (barometer);
  columns->inset = ctx->unit * (MARK / 2 + 0.75);
  columns->title_x = body.x;
  columns->title_w = CLAMP (body.width * 0.36, ctx->unit * 6, ctx->unit * 32);
  /* A header wraps between words, so a column is as wide as its header's longest word, as
   * far as the spine keeps a fifth of the width; a longer word is cut with "…". */
  for (guint i = 0; i < 3; i++)
    {
      double header = longest_word_width (ctx, names[i], CHART_FONT_SMALL_BOLD) + ctx->unit * 0.5;

      /* A word that would not fit even then is cut at the numbers' width. */
      extra[i] = header <= MAX (ctx->unit * 9, body.width * 0.12) ? MAX (0, header - numbers) : 0;
      wanted += extra[i];
    }
  room = body.width - columns->title_w - 3 * numbers - ctx->unit * 0.8 -
         MAX (spine_min, body.width * 0.2);
  for (guint i = 0; i < 3; i++)
    columns->value_w[i] = numbers + (wanted > 0 ? extra[i] * CLAMP (room / wanted, 0, 1) : 0);
  for (;;)
    {
      double x = columns->title_x + columns->title_w;

      for (guint i = 0; i < 3; i++)
        {
          columns->value_x[i] = x;
          x += columns->value_w[i];
        }
      columns->spine_x = x + ctx->unit * 0.8;
      columns->spine_w = body.x + body.width - columns->spine_x;
      if (columns->spine_w >= spine_min || columns->title_w <= ctx->unit * 4)
        break;
      /* Narrow: take the room from the titles, then from the headers' long words. */
      columns->title_w = MAX (ctx->unit * 4, columns->title_w - (spine_min - columns->spine_w));
      if (columns->title_w <= ctx->unit * 4)
        for (guint i = 0; i < 3; i++)
          columns->value_w[i] = numbers;
    }
  columns->spine_w = MAX (ctx->unit * 2, columns->spine_w);
}

static void
draw_value_cell (SirkelChartCtx                *ctx,
                 const SirkelChartBarometerRow *row,
                 const SirkelChartValue        *value,
                 double                         x,
                 double                         y,
                 double                         width,
                 double                         height,
                 gboolean                       is_kommune)
{
  g_autofree char *text = NULL;
  PangoLayout *layout;
  SirkelChartInk fill = chart_comparison_ink (row->klass);
  double w, h, mark = ctx->unit * 0.7;

  if (!isfinite (value->value))
    {
      text = g_strdup (value->flag != NULL ? chart_flag_symbol (value->flag) : "–");
      if (is_kommune)
        chart_suppressed_mark (ctx, x + mark, y + height / 2, mark);
      layout = chart_layout (ctx, text, CHART_FONT_SMALL, width - ctx->unit * 0.3, 1, PANGO_ALIGN_RIGHT);
      chart_layout_size (layout, &w, &h);
      chart_show_layout (ctx, layout, x, y + (height - h) / 2, SIRKEL_CHART_INK_MUTED);
      g_object_unref (layout);
      return;
    }
  text = chart_number (ctx, value->value, row->decimals);
  if (is_kommune)
    {
      /* Whole pixels: a plain rectangle is the cheapest thing Cairo fills. */
      chart_set_ink (ctx, fill);
      chart_rectangle (ctx, round (x), round (y + height * 0.12), round (width), round (height * 0.76));
      cairo_fill (ctx->cr);
      if (fill == SIRKEL_CHART_INK_BACKGROUND)
        {
          chart_set_ink (ctx, SIRKEL_CHART_INK_GRID);
          chart_set_line (ctx, 1, CHART_DASH_SOLID);
          chart_rectangle (ctx, round (x) + 0.5, round (y + height * 0.12) + 0.5, round (width) - 1,
                           round (height * 0.76) - 1);
          cairo_stroke (ctx->cr);
        }
      /* On the cell's fill the shape is white, so it stands out in greyscale too. */
      chart_marker (ctx, chart_comparison_shape (row->klass), x + mark, y + height / 2, mark,
                    SIRKEL_CHART_INK_BACKGROUND);
    }
  /* The kommune's number keeps clear of its mark. */
  layout = chart_layout (ctx, text, is_kommune ? CHART_FONT_SMALL_BOLD : CHART_FONT_SMALL,
                         width - ctx->unit * 0.3 - (is_kommune ? mark * 2 : 0), 1, PANGO_ALIGN_RIGHT);
  chart_layout_size (layout, &w, &h);
  if (is_kommune)
    chart_show_layout_on (ctx, layout, x + mark * 2, y + (height - h) / 2, fill);
  else
    chart_show_layout (ctx, layout, x, y + (height - h) / 2, SIRKEL_CHART_INK_FOREGROUND);
  g_object_unref (layout);
}

static void
draw_spine (SirkelChartCtx                *ctx,
            const SirkelChartBarometerRow *row,
            const Columns                 *columns,
            double                         y,
            double                         height)
{
  double mid = y + height / 2, bar = height * 0.5;
  double position;

  if (isfinite (row->spread_min) && isfinite (row->spread_max) && isfinite (row->landet.value))
    {
      double a = spine_x (columns, spine_position (row, columns, row->spread_min));
      double b = spine_x (columns, spine_position (row, columns, row->spread_max));

      chart_set_ink (ctx, SIRKEL_CHART_INK_SPREAD);
      chart_rectangle (ctx, MIN (a, b), mid - bar / 2, fabs (b - a), bar);
      cairo_fill (ctx->cr);
      if (isfinite (row->spread_low) && isfinite (row->spread_high))
        {
          a = spine_x (columns, spine_position (row, columns, row->spread_low));
          b = spine_x (columns, spine_position (row, columns, row->spread_high));
          chart_set_ink (ctx, SIRKEL_CHART_INK_SPREAD_MID);
          chart_rectangle (ctx, MIN (a, b), mid - bar / 2, fabs (b - a), bar);
          cairo_fill (ctx->cr);
        }
    }

  /* The confidence interval as a thin whisker (a filled rectangle: cheaper than a stroke). */
  if (isfinite (row->kommune.value) && isfinite (row->kommune.ci_low) && isfinite (row->kommune.ci_high))
    {
      double a = spine_x (columns, spine_position (row, columns, row->kommune.ci_low));
      double b = spine_x (columns, spine_position (row, columns, row->kommune.ci_high));

      chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
      chart_rectangle (ctx, MIN (a, b), round (mid) - 0.5, fabs (b - a), 1.2);
      cairo_fill (ctx->cr);
    }

  position = spine_position (row, columns, row->fylke.value);
  if (isfinite (position))
    {
      chart_set_ink (ctx, SIRKEL_CHART_INK_FYLKE);
      chart_rectangle (ctx, spine_x (columns, position) - ctx->unit * 0.12, mid - bar * 0.75, ctx->unit * 0.24,
                       bar * 1.5);
      cairo_fill (ctx->cr);
    }

  position = spine_position (row, columns, row->kommune.value);
  if (isfinite (position))
    {
      double x = spine_x (columns, position);

      if (fabs (position) > 1)
        {
          /* Beyond the mark, so that the mark does not hide it. */
          chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
          chart_arrow_head (ctx, x + (position > 0 ? 1 : -1) * ctx->unit * (MARK / 2 + 0.65), mid,
                            position > 0 ? 0 : G_PI, ctx->unit * 0.5);
        }
      chart_marker (ctx, chart_comparison_shape (row->klass), x, mid, ctx->unit * MARK,
                    chart_comparison_ink (row->klass));
    }
}

static char *
row_sentence (SirkelChartCtx                *ctx,
              const SirkelChartBarometer    *barometer,
              const SirkelChartBarometerRow *row)
{
  g_autofree char *kommune = chart_value_sentence (ctx->style, barometer->kommune_label, &row->kommune,
                                                   row->decimals, row->unit);
  g_autofree char *fylke = isfinite (row->fylke.value) ? chart_number (ctx, row->fylke.value, row->decimals)
                                                       : g_strdup ("–");
  g_autofree char *landet = isfinite (row->landet.value) ? chart_number (ctx, row->landet.value, row->decimals)
                                                         : g_strdup ("–");

  /* Translators: indicator, the kommune's value sentence, the county's name and value, the
   * national value, and the comparison ("Significantly worse"). */
  return g_strdup_printf (chart_tr (ctx, N_("%s. %s %s: %s. National level: %s. %s.")), row->title, kommune,
                          barometer->fylke_label, fylke, landet,
                          isfinite (row->kommune.value) ? chart_comparison_label (ctx->style, row->klass)
                                                        : chart_flag_label (ctx->style, row->kommune.flag));
}

/* What the rows hold beyond the kommune, fylke and landet, for the legend. */
static void
find_marks (const SirkelChartBarometer *barometer,
            const Columns              *columns,
            gboolean                   *fylke,
            gboolean                   *interval,
            gboolean                   *spread,
            gboolean                   *beyond)
{
  *fylke = *interval = *spread = *beyond = FALSE;
  for (guint i = 0; i < barometer->rows->len; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);

      *fylke |= isfinite (spine_position (row, columns, row->fylke.value));
      *interval |= isfinite (row->kommune.value) && isfinite (row->kommune.ci_low) && isfinite (row->kommune.ci_high);
      *spread |= isfinite (row->spread_min) && isfinite (row->spread_max) && isfinite (row->landet.value);
      *beyond |= fabs (spine_position (row, columns, row->kommune.value)) > 1;
    }
}

/* Two groups: the kommune's comparison shapes, then the other marks on the spine. Returns
 * the height drawn. */
static double
draw_legend (SirkelChartCtx             *ctx,
             const SirkelChartBarometer *barometer,
             const Columns              *columns,
             SirkelChartRect             body)
{
  static const SirkelComparisonClass classes[] = {
    SIRKEL_COMPARISON_BETTER, SIRKEL_COMPARISON_WORSE, SIRKEL_COMPARISON_SIMILAR,
    SIRKEL_COMPARISON_NOT_TESTED, SIRKEL_COMPARISON_HIGHER, SIRKEL_COMPARISON_NO_DATA,
  };
  ChartShape shapes[G_N_ELEMENTS (classes)];
  SirkelChartInk inks[G_N_ELEMENTS (classes)];
  const char *labels[G_N_ELEMENTS (classes)];
  gboolean fylke, interval, spread, beyond;
  guint n = 0;
  double height;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      shapes[i] = chart_comparison_shape (classes[i]);
      inks[i] = chart_comparison_ink (classes[i]);
    }
  labels[0] = chart_tr (ctx, N_("Significantly better"));
  labels[1] = chart_tr (ctx, N_("Significantly worse"));
  labels[2] = chart_tr (ctx, N_("Similar"));
  labels[3] = chart_tr (ctx, N_("Not tested"));
  labels[4] = chart_tr (ctx, N_("Higher or lower (neutral indicator)"));
  labels[5] = chart_tr (ctx, N_("Suppressed or missing"));
  height = chart_draw_legend (ctx, body.x, body.y, body.width, G_N_ELEMENTS (classes), shapes, inks,
                              NULL, labels);

  find_marks (barometer, columns, &fylke, &interval, &spread, &beyond);
  if (fylke)
    {
      shapes[n] = CHART_SHAPE_TICK, inks[n] = SIRKEL_CHART_INK_FYLKE;
      labels[n++] = barometer->fylke_label;
    }
  shapes[n] = CHART_SHAPE_RULE, inks[n] = SIRKEL_CHART_INK_LANDET;
  labels[n++] = chart_tr (ctx, N_("Norway"));
  if (interval)
    {
      shapes[n] = CHART_SHAPE_WHISKER, inks[n] = SIRKEL_CHART_INK_MUTED;
      labels[n++] = chart_tr (ctx, N_("95 % confidence interval"));
    }
  if (spread)
    {
      shapes[n] = CHART_SHAPE_RANGE, inks[n] = SIRKEL_CHART_INK_SPREAD;
      labels[n++] = chart_tr (ctx, N_("Range across the municipalities, darker the middle half"));
    }
  if (beyond)
    {
      shapes[n] = CHART_SHAPE_ARROW, inks[n] = SIRKEL_CHART_INK_FOREGROUND;
      labels[n++] = chart_tr (ctx, N_("Beyond the scale"));
    }
  height += chart_line_height (ctx, CHART_FONT_SMALL) * 0.3;
  return height + chart_draw_legend (ctx, body.x, body.y + height, body.width, n, shapes, inks,
                                     NULL, labels);
}

/* The column headers, set on a common bottom line. Returns their height. */
static double
draw_header (SirkelChartCtx             *ctx,
             const SirkelChartBarometer *barometer,
             const Columns              *columns,
             double                      y)
{
  const char *names[3] = { barometer->kommune_label, barometer->fylke_label, chart_tr (ctx, N_("Norway")) };
  double line = chart_line_height (ctx, CHART_FONT_SMALL_BOLD);
  double height = line, sizes[3], bottom;
  PangoLayout *layouts[3];

  for (guint i = 0; i < 3; i++)
    {
      double w;

      layouts[i] = chart_layout (ctx, names[i], CHART_FONT_SMALL_BOLD,
                                 columns->value_w[i] - ctx->unit * 0.3, 3,
                                 PANGO_ALIGN_RIGHT);
      chart_layout_size (layouts[i], &w, &sizes[i]);
      height = MAX (height, sizes[i]);
    }
  bottom = y + height;
  for (guint i = 0; i < 3; i++)
    {
      chart_show_layout (ctx, layouts[i], columns->value_x[i], bottom - sizes[i],
                         SIRKEL_CHART_INK_FOREGROUND);
      g_object_unref (layouts[i]);
    }
  chart_text (ctx, chart_tr (ctx, N_("Indicator")), CHART_FONT_SMALL_BOLD,
              SIRKEL_CHART_INK_FOREGROUND,
              columns->title_x, bottom - line, columns->title_w, 1, PANGO_ALIGN_LEFT);
  if (columns->spine_w < ctx->unit * 16)
    {
      /* Too narrow for three words: only the centre's name. */
      chart_text (ctx, names[2], CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, columns->spine_x,
                  bottom - line,
                  columns->spine_w, 1, PANGO_ALIGN_CENTER);
      return height;
    }
  chart_text (ctx, chart_tr (ctx, N_("Worse")), CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, columns->spine_x,
              bottom - line, columns->spine_w / 2, 1, PANGO_ALIGN_LEFT);
  chart_text (ctx, chart_tr (ctx, N_("Better")), CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED,
              columns->spine_x + columns->spine_w / 2, bottom - line, columns->spine_w / 2, 1, PANGO_ALIGN_RIGHT);
  chart_text (ctx, names[2], CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, columns->spine_x + columns->spine_w / 4,
              bottom - line, columns->spine_w / 2, 1, PANGO_ALIGN_CENTER);
  return height;
}

/* The legend, a gap, the column headers and another gap: where the rows begin, from the
 * body's top. */
static double
draw_top (SirkelChartCtx             *ctx,
          const SirkelChartBarometer *barometer,
          const Columns              *columns,
          SirkelChartRect             body)
{
  double y = body.y + draw_legend (ctx, barometer, columns, body) + ctx->unit * 0.8;

  y += draw_header (ctx, barometer, columns, y) + ctx->unit * 0.4;
  return y - body.y;
}

/* Whether some title needs a second line at the titles' width. */
static gboolean
titles_need_two_lines (SirkelChartCtx             *ctx,
                       const SirkelChartBarometer *barometer,
                       const Columns              *columns)
{
  PangoLayout *layout = chart_layout (ctx, "", CHART_FONT_SMALL, columns->title_w - ctx->unit * 0.6,
                                      0,
                                      PANGO_ALIGN_LEFT);
  gboolean two = FALSE;

  /* One layout for all titles: this runs whenever a widget measures the chart. */
  for (guint i = 0; i < barometer->rows->len && !two; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);

      pango_layout_set_text (layout, row->title, -1);
      two = pango_layout_get_line_count (layout) > 1;
    }
  g_object_unref (layout);
  return two;
}

static double
barometer_preferred_height (SirkelChartCtx *ctx,
                            double          width)
{
  const SirkelChartBarometer *barometer = ctx->chart->data;
  SirkelChartRect body = { 0, 0, width, 0 };
  Columns columns;
  double row;

  place_columns (ctx, barometer, body, &columns);
  row = titles_need_two_lines (ctx, barometer, &columns) ? ROW_TWO : ROW_ONE;
  return draw_top (ctx, barometer, &columns, body) +
         ctx->unit * (barometer->rows->len * row + count_categories (barometer) * HEADER + 0.2);
}

/* Where the rows from @y end, of those that fit above @fits: the drawing loop's steps. */
static double
rows_end (SirkelChartCtx             *ctx,
          const SirkelChartBarometer *barometer,
          double                      y,
          double                      row_h,
          double                      fits)
{
  char category = 1;

  for (guint i = 0; i < barometer->rows->len; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);

      if (row->category != category)
        {
          if (y + HEADER * ctx->unit + row_h > fits)
            break;
          category = row->category;
          y += HEADER * ctx->unit;
        }
      if (y + row_h > fits)
        break;
      y += row_h;
    }
  return y;
}

static void
barometer_draw (SirkelChartCtx  *ctx,
                SirkelChartRect  body)
{
  const SirkelChartBarometer *barometer = ctx->chart->data;
  Columns columns;
  double y, row_h, rows_h, bottom = body.y + body.height;
  /* Rows fill the height exactly: rounding must not cost the last one. */
  double fits = bottom + 0.01;
  guint n_categories = count_categories (barometer), shown = 0;
  char category = 1;
  int lines;

  place_columns (ctx, barometer, body, &columns);
  y = body.y + draw_top (ctx, barometer, &columns, body);

  rows_h = bottom - y - n_categories * HEADER * ctx->unit;
  row_h = CLAMP (rows_h / MAX (1, barometer->rows->len), ROW_MIN * ctx->unit, ROW_MAX * ctx->unit);
  lines = row_h >= ctx->unit * TWO_LINES ? 2 : 1;
  /* When not all rows fit, the note saying so gets a line of its own. */
  if (barometer->rows->len * row_h > rows_h + 0.01)
    fits = bottom - chart_line_height (ctx, CHART_FONT_SMALL) - ctx->unit * 0.2;

  /* The centre line, landet's, down to the last row that fits. */
  chart_set_ink (ctx, SIRKEL_CHART_INK_LANDET);
  chart_set_line (ctx, ctx->unit * 0.12, CHART_DASH_SOLID);
  cairo_new_path (ctx->cr);
  chart_move_to (ctx, spine_x (&columns, 0), y);
  chart_line_to (ctx, spine_x (&columns, 0), rows_end (ctx, barometer, y, row_h, fits));
  cairo_stroke (ctx->cr);

  for (guint i = 0; i < barometer->rows->len; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);
      PangoLayout *layout;
      double w, h;

      if (row->category != category)
        {
          g_autofree char *header = NULL;

          if (y + HEADER * ctx->unit + row_h > fits)
            break;
          category = row->category;
          if (row->category != 0)
            header = g_strdup_printf ("%c  %s", row->category, chart_category_label (ctx->style, row->category));
          else
            header = g_strdup (chart_category_label (ctx->style, 0));
          chart_text (ctx, header, CHART_FONT_BOLD, SIRKEL_CHART_INK_FOREGROUND, body.x,
                      y + HEADER * ctx->unit - chart_line_height (ctx, CHART_FONT_BOLD) - ctx->unit * 0.25,
                      columns.spine_x - body.x, 1, PANGO_ALIGN_LEFT);
          y += HEADER * ctx->unit;
        }
      if (y + row_h > fits)
        break;
      if (shown % 2 == 0)
        {
          chart_set_ink (ctx, SIRKEL_CHART_INK_PANEL);
          chart_rectangle (ctx, body.x, y, columns.spine_x - body.x - ctx->unit * 0.4, row_h);
          cairo_fill (ctx->cr);
        }
      layout = chart_layout (ctx, row->title, CHART_FONT_SMALL, columns.title_w - ctx->unit * 0.6, lines,
                             PANGO_ALIGN_LEFT);
      chart_layout_size (layout, &w, &h);
      chart_show_layout (ctx, layout, columns.title_x + ctx->unit * 0.3, y + (row_h - h) / 2,
                         SIRKEL_CHART_INK_FOREGROUND);
      g_object_unref (layout);
      draw_value_cell (ctx, row, &row->kommune, columns.value_x[0], y,
                       columns.value_w[0] - ctx->unit * 0.2, row_h,
                       TRUE);
      draw_value_cell (ctx, row, &row->fylke, columns.value_x[1], y, columns.value_w[1], row_h,
                       FALSE);
      draw_value_cell (ctx, row, &row->landet, columns.value_x[2], y, columns.value_w[2], row_h,
                       FALSE);
      draw_spine (ctx, row, &columns, y, row_h);
      chart_add_element (ctx, row->key, row_sentence (ctx, barometer, row), body.x, y, body.width, row_h);
      y += row_h;
      shown++;
    }

  if (shown < barometer->rows->len)
    {
      g_autofree char *note = g_strdup_printf (chart_tr (ctx, N_("Indicators not shown for lack of room: %u. Make the chart taller.")),
                                               barometer->rows->len - shown);

      chart_text (ctx, note, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, body.x,
                  MIN (y + ctx->unit * 0.2, bottom - chart_line_height (ctx, CHART_FONT_SMALL)),
                  body.width, 1, PANGO_ALIGN_LEFT);
    }
}

static void
append_titles (GString                    *text,
               SirkelChart                *chart,
               const SirkelChartBarometer *barometer,
               SirkelComparisonClass       klass,
               gboolean                    missing)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; i < barometer->rows->len; i++)
    {
      const SirkelChartBarometerRow *row = g_ptr_array_index (barometer->rows, i);
      gboolean has_value = isfinite (row->kommune.value);

      if ((missing && !has_value) || (!missing && has_value && row->klass == klass))
        g_ptr_array_add (titles, row->title);
    }
  if (titles->len == 0)
    return;
  g_ptr_array_add (titles, NULL);
  {
    g_autofree char *joined = g_strjoinv ("; ", (char **) titles->pdata);

    /* Translators: a comparison class ("Significantly worse"), how many, and which. */
    g_string_append_printf (text, sirkel_chart_style_gettext (chart->style, N_(" %s (%u): %s.")),
                            missing ? sirkel_chart_style_gettext (chart->style, N_("Suppressed or missing"))
                                    : chart_comparison_label (chart->style, klass),
                            titles->len - 1, joined);
  }
}

static char *
barometer_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartBarometer *barometer = chart->data;
  GString *text = g_string_new (NULL);
  static const SirkelComparisonClass order[] = {
    SIRKEL_COMPARISON_WORSE, SIRKEL_COMPARISON_BETTER, SIRKEL_COMPARISON_HIGHER, SIRKEL_COMPARISON_LOWER,
    SIRKEL_COMPARISON_SIMILAR, SIRKEL_COMPARISON_NOT_TESTED,
  };

  /* Translators: the number of indicators and the municipality. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style,
                                                            N_("Barometer of %u indicators for %s, each compared with the national level.")),
                          barometer->rows->len, barometer->kommune_label);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    append_titles (text, chart, barometer, order[i], FALSE);
  append_titles (text, chart, barometer, SIRKEL_COMPARISON_NO_DATA, TRUE);
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_barometer_class = {
  SIRKEL_CHART_BAROMETER, "barometer",
  N_("Nothing to show: this project has no indicators yet. Import statistics to fill the barometer."),
  (void (*) (gpointer)) sirkel_chart_barometer_free,
  barometer_is_empty,
  barometer_dup_title,
  barometer_dup_subtitle,
  barometer_preferred_height,
  barometer_draw,
  barometer_dup_text_alternative,
};
