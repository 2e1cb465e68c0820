/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The årshjul: a circular year, January at the top and clockwise, with the twelve months as a
 * ring and the cycle's events as marks on its rim — one ink and one shape per kind of event
 * (oversikt, planstrategi, budget, Ungdata, reporting, evaluation, other). Labels sit in two
 * columns beside the wheel, right-hand events on the right, joined to their marks by leader
 * lines, and are pushed apart so that they never overlap; what does not fit is counted in a
 * note. Events of one year only carry that year. A hand points at today.
 */
#define G_LOG_DOMAIN "sirkel-chart-arshjul"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

static const struct
{
  const char     *label;
  SirkelChartInk  ink;
  ChartShape      shape;
} kinds[SIRKEL_CHART_N_EVENT_KINDS] = {
  [SIRKEL_CHART_EVENT_OVERSIKT] = { N_("Overview"), SIRKEL_CHART_INK_CATEGORY_1, CHART_SHAPE_CIRCLE },
  [SIRKEL_CHART_EVENT_PLANSTRATEGI] = { N_("Planning strategy"), SIRKEL_CHART_INK_CATEGORY_2, CHART_SHAPE_SQUARE },
  [SIRKEL_CHART_EVENT_BUDGET] = { N_("Budget"), SIRKEL_CHART_INK_CATEGORY_3, CHART_SHAPE_DIAMOND },
  [SIRKEL_CHART_EVENT_UNGDATA] = { N_("Ungdata"), SIRKEL_CHART_INK_CATEGORY_4, CHART_SHAPE_TRIANGLE_UP },
  [SIRKEL_CHART_EVENT_REPORTING] = { N_("Reporting"), SIRKEL_CHART_INK_CATEGORY_5, CHART_SHAPE_TRIANGLE_DOWN },
  [SIRKEL_CHART_EVENT_EVALUATION] = { N_("Evaluation"), SIRKEL_CHART_INK_CATEGORY_6, CHART_SHAPE_PENTAGON },
  [SIRKEL_CHART_EVENT_OTHER] = { N_("Other"), SIRKEL_CHART_INK_CATEGORY_7, CHART_SHAPE_STAR },
};

typedef struct
{
  const SirkelChartEvent *event;
  double                  angle;
  double                  mark_x, mark_y;
  double                  label_y;  /* top of the label */
  double                  label_h;
  gboolean                right;
  gboolean                placed;   /* the label fits and label_y is set */
  PangoLayout            *layout;
} Label;

static guint
kind_index (SirkelChartEventKind kind)
{
  return (guint) kind < SIRKEL_CHART_N_EVENT_KINDS ? (guint) kind : SIRKEL_CHART_EVENT_OTHER;
}

static gboolean
wheel_is_empty (gconstpointer data)
{
  const SirkelChartYearWheel *wheel = data;

  return wheel->events->len == 0;
}

static char *
wheel_dup_title (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("Year wheel")));
}

static char *
wheel_dup_subtitle (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("The public health work's events and deadlines through the year")));
}


/* Clockwise from the top; the middle of the month when the day is unknown. */
static double
event_angle (const SirkelChartEvent *event)
{
  int month = CLAMP (event->month, 1, 12);
  double day = event->day >= 1 && event->day <= 31 ? event->day - 0.5 : 15;
  double days = g_date_get_days_in_month (month, 2001);

  return -G_PI_2 + 2 * G_PI * ((month - 1) + MIN (day, days) / days) / 12.0;
}

static char *
event_text (SirkelChartStyle       *style,
            const SirkelChartEvent *event)
{
  const char *month = chart_month_name (style, CLAMP (event->month, 1, 12));
  g_autofree char *when = NULL;

  if (event->day >= 1 && event->day <= 31)
    /* Translators: a day and a month's name in the year wheel, "15 May"; in nb/nn "15. mai". */
    when = g_strdup_printf (sirkel_chart_style_gettext (style, N_("%d %s")), event->day, month);
  else
    when = g_strdup (month);
  if (event->year > 0)
    return g_strdup_printf ("%s %d: %s", when, event->year, event->title);
  return g_strdup_printf ("%s: %s", when, event->title);
}

static int
compare_labels (const void *a,
                const void *b)
{
  const Label *x = a, *y = b;

  if (x->right != y->right)
    return x->right ? -1 : 1;
  return x->mark_y < y->mark_y ? -1 : x->mark_y > y->mark_y;
}

/* Pushes the labels of one side apart within top … bottom; returns how many fit. */
static guint
spread_labels (Label  *labels,
               guint   n,
               double  top,
               double  bottom,
               double  gap)
{
  double y = top, total = 0;
  guint fit = 0;

  for (guint i = 0; i < n; i++)
    {
      if (total + labels[i].label_h > bottom - top)
        break;
      total += labels[i].label_h + gap;
      fit++;
    }
  for (guint i = 0; i < fit; i++)
    {
      labels[i].placed = TRUE;
      labels[i].label_y = MAX (y, labels[i].mark_y - labels[i].label_h / 2);
      y = labels[i].label_y + labels[i].label_h + gap;
    }
  /* Then up from the bottom, for the labels pushed past it. */
  y = bottom;
  for (guint i = fit; i > 0; i--)
    {
      Label *label = &labels[i - 1];

      if (label->label_y + label->label_h > y)
        label->label_y = y - label->label_h;
      y = label->label_y - gap;
    }
  return fit;
}

static void
draw_ring (SirkelChartCtx *ctx,
           double          cx,
           double          cy,
           double          inner,
           double          outer)
{
  double line = chart_line_height (ctx, CHART_FONT_SMALL);

  for (int m = 0; m < 12; m++)
    {
      double a0 = -G_PI_2 + 2 * G_PI * m / 12.0, a1 = a0 + 2 * G_PI / 12.0, mid = (a0 + a1) / 2;
      double r = (inner + outer) / 2;
      g_autofree char *name = g_utf8_substring (chart_month_name (ctx->style, m + 1), 0, 3);

      cairo_new_path (ctx->cr);
      chart_arc (ctx, cx, cy, outer, a0, a1);
      cairo_arc_negative (ctx->cr, chart_clamp (cx), chart_clamp (cy), inner, a1, a0);
      cairo_close_path (ctx->cr);
      chart_set_ink (ctx, m % 2 == 0 ? SIRKEL_CHART_INK_PANEL : SIRKEL_CHART_INK_BACKGROUND);
      cairo_fill_preserve (ctx->cr);
      chart_set_ink (ctx, SIRKEL_CHART_INK_GRID);
      chart_set_line (ctx, 1, CHART_DASH_SOLID);
      cairo_stroke (ctx->cr);
      chart_text (ctx, name, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, cx + r * cos (mid) - ctx->unit * 2,
                  cy + r * sin (mid) - line / 2, ctx->unit * 4, 1, PANGO_ALIGN_CENTER);
    }
}

static double
draw_legend (SirkelChartCtx  *ctx,
             SirkelChartRect  body)
{
  ChartShape shapes[SIRKEL_CHART_N_EVENT_KINDS];
  SirkelChartInk inks[SIRKEL_CHART_N_EVENT_KINDS];
  const char *labels_text[SIRKEL_CHART_N_EVENT_KINDS];

  for (guint k = 0; k < SIRKEL_CHART_N_EVENT_KINDS; k++)
    {
      shapes[k] = kinds[k].shape;
      inks[k] = kinds[k].ink;
      labels_text[k] = chart_tr (ctx, kinds[k].label);
    }
  return chart_draw_legend (ctx, body.x, body.y, body.width, SIRKEL_CHART_N_EVENT_KINDS, shapes,
                            inks, NULL,
                            labels_text);
}

static double
label_width (SirkelChartCtx *ctx,
             double          width,
             double          radius)
{
  return MAX (width / 2 - radius - ctx->unit * 2.5, ctx->unit * 3);
}

/* The wheel at its full size, or the labels' columns if they are taller; the legend above,
 * a line for a note below. */
static double
wheel_preferred_height (SirkelChartCtx *ctx,
                        double          width)
{
  const SirkelChartYearWheel *wheel = ctx->chart->data;
  double radius = width * 0.22, gap = ctx->unit * 0.35, sides[2] = { 0, 0 };
  double legend_h = draw_legend (ctx, (SirkelChartRect) { 0, 0, width, 0 });

  for (guint i = 0; i < wheel->events->len; i++)
    {
      const SirkelChartEvent *event = g_ptr_array_index (wheel->events, i);
      g_autofree char *text = event_text (ctx->style, event);
      PangoLayout *layout = chart_layout (ctx, text, CHART_FONT_SMALL, label_width (ctx, width, radius),
                                          wheel->events->len > 24 ? 1 : 2, PANGO_ALIGN_LEFT);
      double w, h;

      chart_layout_size (layout, &w, &h);
      g_object_unref (layout);
      sides[cos (event_angle (event)) >= -1e-9] += h + gap;
    }
  return legend_h + ctx->unit + MAX (2 * (radius + ctx->unit), MAX (sides[0], sides[1])) +
         chart_line_height (ctx, CHART_FONT_SMALL) + ctx->unit * 0.2;
}

static void
wheel_draw (SirkelChartCtx  *ctx,
            SirkelChartRect  body)
{
  const SirkelChartYearWheel *wheel = ctx->chart->data;
  g_autofree Label *labels = g_new0 (Label, wheel->events->len);
  double legend_h, column_w, radius, cx, cy, top, bottom, gap = ctx->unit * 0.35;
  guint n = wheel->events->len, n_right = 0, hidden = 0;

  legend_h = draw_legend (ctx, body);
  top = body.y + legend_h + ctx->unit;
  bottom = body.y + body.height - chart_line_height (ctx, CHART_FONT_SMALL);
  radius = MIN (body.width * 0.22, (bottom - top) / 2 - ctx->unit);
  if (radius < ctx->unit * 3)
    return;
  cx = body.x + body.width / 2;
  cy = top + (bottom - top) / 2;
  column_w = body.width / 2 - radius - ctx->unit * 2.5;

  draw_ring (ctx, cx, cy, radius * 0.7, radius);

  /* Marks on the rim; events on the same day step inwards. */
  for (guint i = 0; i < n; i++)
    {
      const SirkelChartEvent *event = g_ptr_array_index (wheel->events, i);
      g_autofree char *text = event_text (ctx->style, event);
      guint same = 0;
      double w;

      for (guint j = 0; j < i; j++)
        same += labels[j].angle == event_angle (event);
      labels[i].event = event;
      labels[i].angle = event_angle (event);
      labels[i].mark_x = cx + (radius - same * ctx->unit * 0.9) * cos (labels[i].angle);
      labels[i].mark_y = cy + (radius - same * ctx->unit * 0.9) * sin (labels[i].angle);
      labels[i].right = cos (labels[i].angle) >= -1e-9;
      labels[i].layout = chart_layout (ctx, text, CHART_FONT_SMALL, MAX (column_w, ctx->unit * 3), n > 24 ? 1 : 2,
                                       labels[i].right ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      chart_layout_size (labels[i].layout, &w, &labels[i].label_h);
      n_right += labels[i].right;
    }
  qsort (labels, n, sizeof (Label), compare_labels);
  hidden += n_right - spread_labels (labels, n_right, top, bottom, gap);
  hidden += (n - n_right) - spread_labels (labels + n_right, n - n_right, top, bottom, gap);

  for (guint i = 0; i < n; i++)
    {
      Label *label = &labels[i];
      guint kind = kind_index (label->event->kind);
      double lx = label->right ? cx + radius + ctx->unit * 2.5 : cx - radius - ctx->unit * 2.5 - MAX (column_w, ctx->unit * 3);
      double edge = label->right ? lx - ctx->unit * 0.3 : lx + MAX (column_w, ctx->unit * 3) + ctx->unit * 0.3;
      if (label->placed && column_w > ctx->unit * 2)
        {
          double ly = label->label_y + MIN (label->label_h, chart_line_height (ctx, CHART_FONT_SMALL)) / 2;

          chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
          chart_set_line (ctx, 1, CHART_DASH_SOLID);
          cairo_new_path (ctx->cr);
          chart_move_to (ctx, label->mark_x, label->mark_y);
          chart_line_to (ctx, label->right ? MAX (label->mark_x, cx + radius + ctx->unit) : MIN (label->mark_x, cx - radius - ctx->unit), ly);
          chart_line_to (ctx, edge, ly);
          cairo_stroke (ctx->cr);
          chart_show_layout (ctx, label->layout, lx, label->label_y, SIRKEL_CHART_INK_FOREGROUND);
        }
      chart_marker (ctx, kinds[kind].shape, label->mark_x, label->mark_y, ctx->unit * 0.8, kinds[kind].ink);
      chart_add_element (ctx, label->event->id,
                         g_strdup_printf ("%s (%s)", pango_layout_get_text (label->layout), chart_tr (ctx, kinds[kind].label)),
                         label->mark_x - ctx->unit * 0.5, label->mark_y - ctx->unit * 0.5, ctx->unit, ctx->unit);
    }

  if (g_date_valid (&wheel->today))
    {
      SirkelChartEvent today = { NULL, NULL, SIRKEL_CHART_EVENT_OTHER, g_date_get_month (&wheel->today),
                                 g_date_get_day (&wheel->today), 0 };
      double angle = event_angle (&today), r = radius * 0.62;

      chart_set_ink (ctx, SIRKEL_CHART_INK_TODAY);
      chart_set_line (ctx, ctx->unit * 0.18, CHART_DASH_SOLID);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, cx, cy);
      chart_line_to (ctx, cx + r * cos (angle), cy + r * sin (angle));
      cairo_stroke (ctx->cr);
      chart_arrow_head (ctx, cx + (r + ctx->unit * 0.3) * cos (angle), cy + (r + ctx->unit * 0.3) * sin (angle), angle,
                        ctx->unit * 0.8);
      chart_text (ctx, chart_tr (ctx, N_("Today")), CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_TODAY, cx - ctx->unit * 4,
                  cy + (sin (angle) > 0 ? -ctx->unit * 1.4 : ctx->unit * 0.3), ctx->unit * 8, 1, PANGO_ALIGN_CENTER);
    }
  if (hidden > 0)
    {
      g_autofree char *note = g_strdup_printf (chart_tr (ctx, N_("Events without a label for lack of room: %u.")), hidden);

      chart_text (ctx, note, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, body.x, bottom, body.width, 1, PANGO_ALIGN_LEFT);
    }
  for (guint i = 0; i < n; i++)
    g_object_unref (labels[i].layout);
}

static char *
wheel_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartYearWheel *wheel = chart->data;
  GString *text = g_string_new (NULL);

  /* Translators: how many events the year wheel has. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style, N_("Year wheel with %u events, from January to December.")),
                          wheel->events->len);
  for (guint m = 1; m <= 12; m++)
    for (guint i = 0; i < wheel->events->len; i++)
      {
        const SirkelChartEvent *event = g_ptr_array_index (wheel->events, i);
        g_autofree char *line = NULL;

        if ((guint) CLAMP (event->month, 1, 12) != m)
          continue;
        line = event_text (chart->style, event);
        g_string_append_printf (text, " %s (%s).", line,
                                sirkel_chart_style_gettext (chart->style, kinds[kind_index (event->kind)].label));
      }
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_year_wheel_class = {
  SIRKEL_CHART_YEAR_WHEEL, "arshjul",
  N_("Nothing to show: this project has no events in its year wheel yet."),
  (void (*) (gpointer)) sirkel_chart_year_wheel_free,
  wheel_is_empty,
  wheel_dup_title,
  wheel_dup_subtitle,
  wheel_preferred_height,
  wheel_draw,
  wheel_dup_text_alternative,
};
