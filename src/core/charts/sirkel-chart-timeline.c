/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline: one row per measure over the plan period, years and quarters across. A bar
 * runs from the start to the end date in its status's ink, with the status's mark at its start
 * (so greyscale still tells them apart) and a hatch over stopped measures; a bar that runs past
 * the period ends in an arrow, one without an end date fades out in a dashed line, one
 * without dates says so. A dashed line marks today.
 */
#define G_LOG_DOMAIN "sirkel-chart-timeline"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

#define ROW_MIN 1.6
#define ROW_ONE 2.0    /* preferred row height for titles of one line */
#define ROW_TWO 2.5    /* … and of two lines; a row of at least TWO_LINES gets two */
#define TWO_LINES 2.4
#define ROW_MAX 2.6

static const struct
{
  const char     *label;
  SirkelChartInk  ink;
  ChartShape      shape;
} statuses[] = {
  [SIRKEL_CHART_STATUS_PROPOSED] = { N_("Proposed"), SIRKEL_CHART_INK_STATUS_PROPOSED, CHART_SHAPE_RING },
  [SIRKEL_CHART_STATUS_PLANNED] = { N_("Planned"), SIRKEL_CHART_INK_STATUS_PLANNED, CHART_SHAPE_CIRCLE },
  [SIRKEL_CHART_STATUS_ONGOING] = { N_("Ongoing"), SIRKEL_CHART_INK_STATUS_ONGOING, CHART_SHAPE_DIAMOND },
  [SIRKEL_CHART_STATUS_COMPLETED] = { N_("Completed"), SIRKEL_CHART_INK_STATUS_COMPLETED, CHART_SHAPE_SQUARE },
  [SIRKEL_CHART_STATUS_STOPPED] = { N_("Stopped"), SIRKEL_CHART_INK_STATUS_STOPPED, CHART_SHAPE_TRIANGLE_DOWN },
};

static guint
status_index (SirkelChartStatus status)
{
  return (guint) status < G_N_ELEMENTS (statuses) ? (guint) status : SIRKEL_CHART_STATUS_PLANNED;
}

static gboolean
timeline_is_empty (gconstpointer data)
{
  const SirkelChartTimeline *timeline = data;

  return timeline->items->len == 0;
}

static char *
timeline_dup_title (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("Measures over the plan period")));
}

static char *
timeline_dup_subtitle (SirkelChart *chart)
{
  const SirkelChartTimeline *timeline = chart->data;

  return g_strdup_printf ("%d–%d", timeline->year_from, timeline->year_to);
}

/* The position of @date in years since year_from, e.g. 1.5 for 1 July of the second year. */
static double
date_position (const SirkelChartTimeline *timeline,
               const GDate               *date)
{
  int year;
  double days;

  if (date == NULL || !g_date_valid (date))
    return NAN;
  year = g_date_get_year (date);
  days = g_date_is_leap_year (year) ? 366 : 365;
  return year - timeline->year_from + (g_date_get_day_of_year (date) - 1) / days;
}

static char *
item_sentence (SirkelChartCtx                *ctx,
               const SirkelChartTimelineItem *item)
{
  g_autofree char *start = chart_date_label (ctx->style, &item->start);
  g_autofree char *end = chart_date_label (ctx->style, &item->end);
  const char *status = chart_tr (ctx, statuses[status_index (item->status)].label);

  if (!g_date_valid (&item->start))
    /* Translators: a measure and its status, when it has no dates. */
    return g_strdup_printf (chart_tr (ctx, N_("%s: %s, no dates.")), item->title, status);
  if (!g_date_valid (&item->end))
    /* Translators: a measure, its status and its start date, with no end date. */
    return g_strdup_printf (chart_tr (ctx, N_("%s: %s, from %s, no end date.")), item->title, status, start);
  /* Translators: a measure, its status, its start and end dates. */
  return g_strdup_printf (chart_tr (ctx, N_("%s: %s, %s to %s.")), item->title, status, start, end);
}

static void
draw_years (SirkelChartCtx            *ctx,
            const SirkelChartTimeline *timeline,
            SirkelChartRect            area,
            double                     top,
            double                     bottom)
{
  int years = timeline->year_to - timeline->year_from + 1;
  double year_w = area.width / years, line = chart_line_height (ctx, CHART_FONT_SMALL);
  gboolean quarters = year_w / 4 > ctx->unit * 2;

  for (int i = 0; i < years; i++)
    {
      double x = area.x + i * year_w;
      g_autofree char *label = g_strdup_printf ("%d", timeline->year_from + i);

      if (i % 2 == 0)
        {
          chart_set_ink (ctx, SIRKEL_CHART_INK_PANEL);
          chart_rectangle (ctx, x, top, year_w, bottom - top);
          cairo_fill (ctx->cr);
        }
      chart_text (ctx, label, CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_FOREGROUND, x, area.y, year_w, 1,
                  PANGO_ALIGN_CENTER);
      for (int q = 0; q < 4; q++)
        {
          double qx = x + q * year_w / 4;

          chart_set_ink (ctx, q == 0 ? SIRKEL_CHART_INK_MUTED : SIRKEL_CHART_INK_GRID);
          chart_set_line (ctx, 1, CHART_DASH_SOLID);
          cairo_new_path (ctx->cr);
          chart_move_to (ctx, round (qx) + 0.5, top - (quarters ? 0 : line));
          chart_line_to (ctx, round (qx) + 0.5, bottom);
          cairo_stroke (ctx->cr);
          if (quarters)
            {
              /* Translators: a quarter of a year on the timeline's axis, "Q1"; in nb/nn "K1". */
              g_autofree char *quarter = g_strdup_printf (chart_tr (ctx, N_("Q%d")), q + 1);

              chart_text (ctx, quarter, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, qx, area.y + line, year_w / 4, 1,
                          PANGO_ALIGN_CENTER);
            }
        }
    }
}

static void
draw_bar (SirkelChartCtx                *ctx,
          const SirkelChartTimeline     *timeline,
          const SirkelChartTimelineItem *item,
          SirkelChartRect                area,
          double                         y,
          double                         height)
{
  int years = timeline->year_to - timeline->year_from + 1;
  double year_w = area.width / years;
  double a = date_position (timeline, &item->start), b = date_position (timeline, &item->end);
  gboolean open_end = !isfinite (b), past_start = a < 0, past_end = isfinite (b) && b > years;
  guint status = status_index (item->status);
  double x0, x1, bar_h = height * 0.55, bar_y = y + (height - bar_h) / 2;

  if (!isfinite (a))
    {
      chart_text (ctx, chart_tr (ctx, N_("no dates")), CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED,
                  area.x + ctx->unit * 0.4, y + (height - chart_line_height (ctx, CHART_FONT_SMALL)) / 2,
                  area.width, 1, PANGO_ALIGN_LEFT);
      return;
    }
  if (open_end)
    b = years;
  if (b < a || b < 0 || a > years)
    {
      /* Outside the period: a short mark at the near edge. */
      x0 = a > years ? area.x + area.width - 4 : area.x;
      chart_marker (ctx, statuses[status].shape, x0 + 2, y + height / 2, ctx->unit * 0.7, statuses[status].ink);
      return;
    }
  x0 = area.x + CLAMP (a, 0, years) * year_w;
  x1 = area.x + CLAMP (b, 0, years) * year_w;
  chart_set_ink (ctx, statuses[status].ink);
  chart_rectangle (ctx, x0, bar_y, MAX (x1 - x0, 2), bar_h);
  cairo_fill_preserve (ctx->cr);
  chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
  chart_set_line (ctx, 1, item->status == SIRKEL_CHART_STATUS_PROPOSED ? CHART_DASH_DASHED : CHART_DASH_SOLID);
  cairo_stroke (ctx->cr);
  if (item->status == SIRKEL_CHART_STATUS_STOPPED)
    {
      cairo_save (ctx->cr);
      chart_rectangle (ctx, x0, bar_y, MAX (x1 - x0, 2), bar_h);
      cairo_clip (ctx->cr);
      chart_set_ink (ctx, SIRKEL_CHART_INK_BACKGROUND);
      chart_set_line (ctx, 1.5, CHART_DASH_SOLID);
      cairo_new_path (ctx->cr);
      for (double hx = x0 - bar_h; hx < x1; hx += ctx->unit * 0.6)
        {
          chart_move_to (ctx, hx, bar_y + bar_h);
          chart_line_to (ctx, hx + bar_h, bar_y);
        }
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
    }
  if (open_end)
    {
      chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
      chart_set_line (ctx, 1.5, CHART_DASH_DASHED);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, x1, bar_y + bar_h / 2);
      chart_line_to (ctx, x1 + ctx->unit * 0.8, bar_y + bar_h / 2);
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
    }
  chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
  if (past_end)
    chart_arrow_head (ctx, x1 + bar_h * 0.6, bar_y + bar_h / 2, 0, bar_h * 0.8);
  if (past_start)
    chart_arrow_head (ctx, x0 - bar_h * 0.6, bar_y + bar_h / 2, G_PI, bar_h * 0.8);
  chart_marker (ctx, statuses[status].shape, x0 + (past_start ? 0 : ctx->unit * 0.2), y + height / 2,
                ctx->unit * 0.75, statuses[status].ink);
}

static double
draw_legend (SirkelChartCtx  *ctx,
             SirkelChartRect  body)
{
  ChartShape shapes[G_N_ELEMENTS (statuses)];
  SirkelChartInk inks[G_N_ELEMENTS (statuses)];
  const char *labels[G_N_ELEMENTS (statuses)];

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      shapes[i] = statuses[i].shape;
      inks[i] = statuses[i].ink;
      labels[i] = chart_tr (ctx, statuses[i].label);
    }
  return chart_draw_legend (ctx, body.x, body.y, body.width, G_N_ELEMENTS (statuses), shapes, inks,
                            NULL, labels);
}

static double
title_width (SirkelChartCtx *ctx,
             double          width)
{
  return CLAMP (width * 0.3, ctx->unit * 6, ctx->unit * 24);
}

/* The legend, the gap and the year and quarter labels: where the rows begin, from the
 * body's top. */
static double
rows_top (SirkelChartCtx *ctx,
          double          legend_h)
{
  return legend_h + ctx->unit * 0.8 + chart_line_height (ctx, CHART_FONT_SMALL) * 2.2;
}

static double
timeline_preferred_height (SirkelChartCtx *ctx,
                           double          width)
{
  const SirkelChartTimeline *timeline = ctx->chart->data;
  double legend_h = draw_legend (ctx, (SirkelChartRect) { 0, 0, width, 0 });
  PangoLayout *layout = chart_layout (ctx, "", CHART_FONT_SMALL, title_width (ctx, width), 0,
                                      PANGO_ALIGN_LEFT);
  double row = ROW_ONE;

  /* Two lines for the titles when one needs them; one layout measures them all. */
  for (guint i = 0; i < timeline->items->len && row == ROW_ONE; i++)
    {
      const SirkelChartTimelineItem *item = g_ptr_array_index (timeline->items, i);

      pango_layout_set_text (layout, item->title, -1);
      if (pango_layout_get_line_count (layout) > 1)
        row = ROW_TWO;
    }
  g_object_unref (layout);
  return rows_top (ctx, legend_h) + ctx->unit * (timeline->items->len * row + 0.2) +
         chart_line_height (ctx, CHART_FONT_SMALL) * 1.5;
}

static void
timeline_draw (SirkelChartCtx  *ctx,
               SirkelChartRect  body)
{
  const SirkelChartTimeline *timeline = ctx->chart->data;
  double legend_h, title_w, row_h, y, top, bottom = body.y + body.height, line = chart_line_height (ctx, CHART_FONT_SMALL);
  SirkelChartRect area;
  guint shown = 0;
  int years = timeline->year_to - timeline->year_from + 1;

  legend_h = draw_legend (ctx, body);
  if (years < 1 || years > 200)
    return;

  title_w = title_width (ctx, body.width);
  area = (SirkelChartRect) { body.x + title_w + ctx->unit * 0.6, body.y + legend_h + ctx->unit * 0.8, 0, 0 };
  area.width = body.x + body.width - area.x - ctx->unit * 1.2;
  top = body.y + rows_top (ctx, legend_h);
  row_h = CLAMP ((bottom - top - line * 1.5) / timeline->items->len, ROW_MIN * ctx->unit, ROW_MAX * ctx->unit);
  if (area.width < ctx->unit * 4)
    return;
  draw_years (ctx, timeline, area, top, MIN (bottom, top + row_h * timeline->items->len));

  y = top;
  for (guint i = 0; i < timeline->items->len; i++)
    {
      const SirkelChartTimelineItem *item = g_ptr_array_index (timeline->items, i);
      PangoLayout *layout;
      double w, h;

      /* The rows fill the height exactly: rounding must not cost the last one. */
      if (y + row_h > bottom - line * 1.5 + 0.01)
        break;
      layout = chart_layout (ctx, item->title, CHART_FONT_SMALL, title_w,
                             row_h >= ctx->unit * TWO_LINES ? 2 : 1,
                             PANGO_ALIGN_LEFT);
      chart_layout_size (layout, &w, &h);
      chart_show_layout (ctx, layout, body.x, y + (row_h - h) / 2, SIRKEL_CHART_INK_FOREGROUND);
      g_object_unref (layout);
      draw_bar (ctx, timeline, item, area, y, row_h);
      chart_add_element (ctx, item->id, item_sentence (ctx, item), body.x, y, body.width, row_h);
      y += row_h;
      shown++;
    }

  if (g_date_valid (&timeline->today))
    {
      double t = date_position (timeline, &timeline->today);

      if (t >= 0 && t <= years)
        {
          double x = area.x + t * area.width / years;

          chart_set_ink (ctx, SIRKEL_CHART_INK_TODAY);
          chart_set_line (ctx, ctx->unit * 0.15, CHART_DASH_DASHED);
          cairo_new_path (ctx->cr);
          chart_move_to (ctx, x, top - ctx->unit * 0.3);
          chart_line_to (ctx, x, y);
          cairo_stroke (ctx->cr);
          cairo_set_dash (ctx->cr, NULL, 0, 0);
          chart_text (ctx, chart_tr (ctx, N_("Today")), CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_TODAY,
                      x - ctx->unit * 5, y + ctx->unit * 0.1, ctx->unit * 10, 1, PANGO_ALIGN_CENTER);
        }
    }
  if (shown < timeline->items->len)
    {
      g_autofree char *note = g_strdup_printf (chart_tr (ctx, N_("Measures not shown for lack of room: %u. Make the chart taller.")),
                                               timeline->items->len - shown);

      chart_text (ctx, note, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, body.x, bottom - line, body.width, 1,
                  PANGO_ALIGN_LEFT);
    }
}

static char *
timeline_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartTimeline *timeline = chart->data;
  GString *text = g_string_new (NULL);
  SirkelChartCtx ctx = { .style = chart->style };

  /* Translators: the first and last year of the plan period, and how many measures. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style, N_("Timeline of the plan period %d–%d with %u measures.")),
                          timeline->year_from, timeline->year_to, timeline->items->len);
  for (guint i = 0; i < timeline->items->len; i++)
    {
      g_autofree char *sentence = item_sentence (&ctx, g_ptr_array_index (timeline->items, i));

      g_string_append_printf (text, " %s", sentence);
    }
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_timeline_class = {
  SIRKEL_CHART_TIMELINE, "timeline",
  N_("Nothing to show: this project has no measures yet."),
  (void (*) (gpointer)) sirkel_chart_timeline_free,
  timeline_is_empty,
  timeline_dup_title,
  timeline_dup_subtitle,
  timeline_preferred_height,
  timeline_draw,
  timeline_dup_text_alternative,
};
