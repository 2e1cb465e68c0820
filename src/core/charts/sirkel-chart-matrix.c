/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The prioritisation matrix: each scored challenge is a bubble at its scores on two chosen
 * criteria, sized by its weighted score over all criteria; prioritised challenges are filled,
 * the others hollow. Challenges with the same two scores are spread on a small ring around
 * their point. Labels are placed greedily beside their bubble where they overlap neither
 * another label nor a bubble; a label that finds no place becomes a number in its bubble and
 * a numbered line under the plot. Challenges without both scores are named in a note, not
 * drawn at 0.
 */
#define G_LOG_DOMAIN "sirkel-chart-matrix"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

typedef struct
{
  const SirkelChartMatrixItem *item;
  double                       x, y, r;
  SirkelChartRect              label;    /* valid when placed */
  PangoLayout                 *layout;
  guint                        number;   /* > 0: listed under the plot */
} Bubble;

static gboolean
is_plotted (const SirkelChartMatrixItem *item)
{
  return isfinite (item->x) && isfinite (item->y);
}

static gboolean
matrix_is_empty (gconstpointer data)
{
  const SirkelChartMatrix *matrix = data;

  return matrix->items->len == 0;
}

static char *
matrix_dup_title (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("Prioritisation of challenges")));
}

static char *
matrix_dup_subtitle (SirkelChart *chart)
{
  const SirkelChartMatrix *matrix = chart->data;

  /* Translators: the two criteria on the axes, then what the bubble size means. */
  return g_strdup_printf (sirkel_chart_style_gettext (chart->style,
                                                      N_("%s against %s; the larger the bubble, the higher the weighted score")),
                          matrix->y_label, matrix->x_label);
}

static double
matrix_preferred_height (SirkelChartCtx *ctx,
                         double          width)
{
  return CLAMP (ctx->width * 0.75, ctx->unit * 26, 1200);
}

static gboolean
overlaps (const SirkelChartRect *a,
          const SirkelChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
label_fits (const SirkelChartRect *rect,
            SirkelChartRect        plot,
            Bubble                *bubbles,
            guint                  n,
            guint                  self)
{
  if (rect->x < plot.x || rect->y < plot.y || rect->x + rect->width > plot.x + plot.width ||
      rect->y + rect->height > plot.y + plot.height)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      SirkelChartRect disc = { bubbles[i].x - bubbles[i].r, bubbles[i].y - bubbles[i].r, bubbles[i].r * 2,
                               bubbles[i].r * 2 };

      if (overlaps (rect, &disc))
        return FALSE;
      if (i != self && bubbles[i].layout != NULL && bubbles[i].number == 0 && bubbles[i].label.width > 0 &&
          overlaps (rect, &bubbles[i].label))
        return FALSE;
    }
  return TRUE;
}

/* Positions the bubbles in @plot and places what labels fit; returns how many did not. */
static guint
lay_out (SirkelChartCtx          *ctx,
         const SirkelChartMatrix *matrix,
         Bubble                  *bubbles,
         guint                    n,
         SirkelChartRect          plot)
{
  double cell_w = plot.width / MAX (1, matrix->x_max), cell_h = plot.height / MAX (1, matrix->y_max);
  guint crowd = 1, unplaced = 0;

  for (guint i = 0; i < n; i++)
    {
      guint same = 0;

      for (guint j = 0; j < n; j++)
        same += bubbles[j].item->x == bubbles[i].item->x && bubbles[j].item->y == bubbles[i].item->y;
      crowd = MAX (crowd, same);
    }
  for (guint i = 0; i < n; i++)
    {
      const SirkelChartMatrixItem *item = bubbles[i].item;
      double r_max = MIN (cell_w, cell_h) * 0.22 / sqrt (crowd);
      double weighted = isfinite (item->weighted) ? CLAMP (item->weighted, 0, 1) : 0;
      guint index = 0, same = 0;

      for (guint j = 0; j < n; j++)
        if (bubbles[j].item->x == item->x && bubbles[j].item->y == item->y)
          {
            index += j < i;
            same++;
          }
      /* The area follows the weighted score. */
      bubbles[i].r = MAX (2, r_max * MAX (0.25, sqrt (weighted)));
      bubbles[i].x = plot.x + (CLAMP (item->x, 0.5, matrix->x_max + 0.5) - 0.5) * cell_w;
      bubbles[i].y = plot.y + plot.height - (CLAMP (item->y, 0.5, matrix->y_max + 0.5) - 0.5) * cell_h;
      if (same > 1)
        {
          double ring = MIN (cell_w, cell_h) * 0.3;
          double angle = 2 * G_PI * index / same - G_PI_2;

          bubbles[i].x += ring * cos (angle);
          bubbles[i].y += ring * sin (angle);
        }
      bubbles[i].number = 0;
      bubbles[i].label = (SirkelChartRect) { 0 };
    }
  for (guint i = 0; i < n; i++)
    {
      double w, h, gap = ctx->unit * 0.3;
      gboolean placed = FALSE;

      chart_layout_size (bubbles[i].layout, &w, &h);
      for (guint c = 0; c < 8 && !placed; c++)
        {
          double r = bubbles[i].r + gap + (c >= 4 ? ctx->unit * 1.2 : 0);
          SirkelChartRect rect = { 0, 0, w, h };

          switch (c % 4)
            {
            case 0: rect.x = bubbles[i].x + r; rect.y = bubbles[i].y - h / 2; break;
            case 1: rect.x = bubbles[i].x - r - w; rect.y = bubbles[i].y - h / 2; break;
            case 2: rect.x = bubbles[i].x - w / 2; rect.y = bubbles[i].y - r - h; break;
            default: rect.x = bubbles[i].x - w / 2; rect.y = bubbles[i].y + r; break;
            }
          if (label_fits (&rect, plot, bubbles, n, i))
            {
              bubbles[i].label = rect;
              placed = TRUE;
            }
        }
      if (!placed)
        bubbles[i].number = ++unplaced;
    }
  return unplaced;
}

static char *
item_sentence (SirkelChartCtx              *ctx,
               const SirkelChartMatrix     *matrix,
               const SirkelChartMatrixItem *item)
{
  g_autofree char *x = chart_number (ctx, item->x, 0);
  g_autofree char *y = chart_number (ctx, item->y, 0);
  g_autofree char *weighted = chart_number (ctx, item->weighted * 100, 0);

  /* Translators: challenge; criterion and score; criterion and score; weighted score in per
   * cent of the highest possible; whether it is prioritised. */
  return g_strdup_printf (chart_tr (ctx, N_("%s. %s: %s. %s: %s. Weighted score: %s of 100. %s.")), item->title,
                          matrix->x_label, x, matrix->y_label, y, weighted,
                          item->prioritised ? chart_tr (ctx, N_("Prioritised")) : chart_tr (ctx, N_("Not prioritised")));
}

static void
draw_grid (SirkelChartCtx          *ctx,
           const SirkelChartMatrix *matrix,
           SirkelChartRect          plot)
{
  double cell_w = plot.width / matrix->x_max, cell_h = plot.height / matrix->y_max;
  double line = chart_line_height (ctx, CHART_FONT_SMALL);

  /* The cells that are above the middle on both criteria are shaded. */
  {
    int x_from = matrix->x_max / 2 + 1, y_from = matrix->y_max / 2 + 1;

    chart_set_ink (ctx, SIRKEL_CHART_INK_PANEL);
    chart_rectangle (ctx, plot.x + (x_from - 1) * cell_w, plot.y, (matrix->x_max - x_from + 1) * cell_w,
                     (matrix->y_max - y_from + 1) * cell_h);
    cairo_fill (ctx->cr);
  }
  chart_set_ink (ctx, SIRKEL_CHART_INK_GRID);
  chart_set_line (ctx, 1, CHART_DASH_SOLID);
  cairo_new_path (ctx->cr);
  for (int i = 0; i <= matrix->x_max; i++)
    {
      chart_move_to (ctx, plot.x + i * cell_w, plot.y);
      chart_line_to (ctx, plot.x + i * cell_w, plot.y + plot.height);
    }
  for (int i = 0; i <= matrix->y_max; i++)
    {
      chart_move_to (ctx, plot.x, plot.y + i * cell_h);
      chart_line_to (ctx, plot.x + plot.width, plot.y + i * cell_h);
    }
  cairo_stroke (ctx->cr);
  for (int i = 1; i <= matrix->x_max; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i);

      chart_text (ctx, label, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, plot.x + (i - 1) * cell_w,
                  plot.y + plot.height + ctx->unit * 0.2, cell_w, 1, PANGO_ALIGN_CENTER);
    }
  for (int i = 1; i <= matrix->y_max; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i);

      chart_text (ctx, label, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, plot.x - ctx->unit * 1.6,
                  plot.y + plot.height - (i - 0.5) * cell_h - line / 2, ctx->unit * 1.2, 1, PANGO_ALIGN_RIGHT);
    }
  chart_text (ctx, matrix->x_label, CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_FOREGROUND, plot.x,
              plot.y + plot.height + ctx->unit * 0.2 + line, plot.width, 1, PANGO_ALIGN_CENTER);
  chart_text (ctx, matrix->y_label, CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_FOREGROUND, plot.x - ctx->unit * 1.6,
              plot.y - line * 1.4, plot.width, 1, PANGO_ALIGN_LEFT);
}

/* The numbered list under the plot, flowing like a legend: an entry goes on the rest of the
 * line if it fits there and on a line of its own if not, cut short only when longer than a
 * line. Draws from @y down to @bottom when @draw. Returns: the number of lines */
static guint
flow_notes (SirkelChartCtx  *ctx,
            const Bubble    *bubbles,
            guint            n,
            SirkelChartRect  body,
            double           y,
            double           bottom,
            gboolean         draw)
{
  double line = chart_line_height (ctx, CHART_FONT_SMALL), x = body.x;
  guint lines = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *entry = NULL;
      PangoLayout *layout;
      double w, h;

      if (bubbles[i].number == 0)
        continue;
      entry = g_strdup_printf ("%u  %s", bubbles[i].number, bubbles[i].item->title);
      layout = chart_layout (ctx, entry, CHART_FONT_SMALL, body.width, 1, PANGO_ALIGN_LEFT);
      chart_layout_size (layout, &w, &h);
      if (lines == 0 || (x > body.x && x + w > body.x + body.width))
        {
          lines++;
          x = body.x;
        }
      if (draw && y + lines * line <= bottom + 0.01)
        chart_show_layout (ctx, layout, x, y + (lines - 1) * line, SIRKEL_CHART_INK_FOREGROUND);
      x += w + ctx->unit * 1.5;
      g_object_unref (layout);
    }
  return lines;
}

static void
matrix_draw (SirkelChartCtx  *ctx,
             SirkelChartRect  body)
{
  const SirkelChartMatrix *matrix = ctx->chart->data;
  g_autofree Bubble *bubbles = g_new0 (Bubble, matrix->items->len);
  g_autoptr(GPtrArray) unscored = g_ptr_array_new ();
  ChartShape shapes[2] = { CHART_SHAPE_CIRCLE, CHART_SHAPE_CIRCLE };
  SirkelChartInk inks[2] = { SIRKEL_CHART_INK_KOMMUNE, SIRKEL_CHART_INK_BACKGROUND };
  const char *labels[2] = { chart_tr (ctx, N_("Prioritised")), chart_tr (ctx, N_("Not prioritised")) };
  double line = chart_line_height (ctx, CHART_FONT_SMALL), legend_h, notes_h = 0, note_h = 0;
  SirkelChartRect plot;
  guint n = 0, unplaced;

  for (guint i = 0; i < matrix->items->len; i++)
    {
      const SirkelChartMatrixItem *item = g_ptr_array_index (matrix->items, i);

      if (is_plotted (item))
        {
          bubbles[n].item = item;
          bubbles[n].layout = chart_layout (ctx, item->title, CHART_FONT_SMALL, ctx->unit * 13, 2, PANGO_ALIGN_LEFT);
          n++;
        }
      else
        g_ptr_array_add (unscored, item->title);
    }
  legend_h = chart_draw_legend (ctx, body.x, body.y, body.width, 2, shapes, inks, NULL, labels);
  if (unscored->len > 0)
    note_h = line * 2.2;

  plot.x = body.x + ctx->unit * 2;
  plot.y = body.y + legend_h + ctx->unit * 2.2;
  plot.width = body.width - ctx->unit * 2.2;
  plot.height = body.y + body.height - plot.y - line * 2.4 - note_h;
  unplaced = plot.height > ctx->unit * 4 ? lay_out (ctx, matrix, bubbles, n, plot) : 0;
  if (unplaced > 0)
    {
      /* Room for the numbered list, then place again in the smaller plot. */
      notes_h = MIN (line * flow_notes (ctx, bubbles, n, body, 0, 0, FALSE) + ctx->unit * 0.4,
                     plot.height * 0.4);
      plot.height -= notes_h;
      unplaced = lay_out (ctx, matrix, bubbles, n, plot);
    }
  if (plot.width < ctx->unit * 4 || plot.height < ctx->unit * 4)
    goto out;

  draw_grid (ctx, matrix, plot);
  for (guint i = 0; i < n; i++)
    {
      chart_set_ink_alpha (ctx, bubbles[i].item->prioritised ? SIRKEL_CHART_INK_KOMMUNE : SIRKEL_CHART_INK_BACKGROUND,
                           bubbles[i].item->prioritised ? 0.75 : 0.9);
      cairo_new_path (ctx->cr);
      chart_arc (ctx, bubbles[i].x, bubbles[i].y, bubbles[i].r, 0, 2 * G_PI);
      cairo_fill_preserve (ctx->cr);
      chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
      chart_set_line (ctx, 1.2, CHART_DASH_SOLID);
      cairo_stroke (ctx->cr);
    }
  for (guint i = 0; i < n; i++)
    {
      if (bubbles[i].number > 0)
        {
          g_autofree char *number = g_strdup_printf ("%u", bubbles[i].number);
          PangoLayout *layout = chart_layout (ctx, number, CHART_FONT_SMALL_BOLD, 0, 1, PANGO_ALIGN_LEFT);
          double w, h;

          chart_layout_size (layout, &w, &h);
          if (bubbles[i].item->prioritised)
            chart_show_layout_on (ctx, layout, bubbles[i].x - w / 2, bubbles[i].y - h / 2, SIRKEL_CHART_INK_KOMMUNE);
          else
            chart_show_layout (ctx, layout, bubbles[i].x - w / 2, bubbles[i].y - h / 2, SIRKEL_CHART_INK_FOREGROUND);
          g_object_unref (layout);
        }
      else
        chart_show_layout (ctx, bubbles[i].layout, bubbles[i].label.x, bubbles[i].label.y, SIRKEL_CHART_INK_FOREGROUND);
      chart_add_element (ctx, bubbles[i].item->id, item_sentence (ctx, matrix, bubbles[i].item),
                         bubbles[i].x - bubbles[i].r, bubbles[i].y - bubbles[i].r, bubbles[i].r * 2, bubbles[i].r * 2);
    }

  /* The numbered labels that found no room in the plot. */
  flow_notes (ctx, bubbles, n, body, plot.y + plot.height + line * 2.4,
              body.y + body.height - note_h, TRUE);
  if (unscored->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *note = NULL;

      g_ptr_array_add (unscored, NULL);
      joined = g_strjoinv ("; ", (char **) unscored->pdata);
      /* Translators: a list of challenges that lack a score on one of the two criteria. */
      note = g_strdup_printf (chart_tr (ctx, N_("Not scored on both criteria: %s.")), joined);
      chart_text (ctx, note, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, body.x, body.y + body.height - note_h,
                  body.width, 2, PANGO_ALIGN_LEFT);
    }

out:
  for (guint i = 0; i < n; i++)
    g_object_unref (bubbles[i].layout);
}

static char *
matrix_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartMatrix *matrix = chart->data;
  GString *text = g_string_new (NULL);

  /* Translators: the two criteria on the axes. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style,
                                                            N_("Prioritisation matrix of challenges by %s and %s.")),
                          matrix->x_label, matrix->y_label);
  for (guint i = 0; i < matrix->items->len; i++)
    {
      const SirkelChartMatrixItem *item = g_ptr_array_index (matrix->items, i);
      g_autofree char *x = sirkel_chart_style_format_number (chart->style, item->x, 0);
      g_autofree char *y = sirkel_chart_style_format_number (chart->style, item->y, 0);

      g_string_append_printf (text, " %s: %s %s, %s %s%s.", item->title, matrix->x_label, x, matrix->y_label, y,
                              item->prioritised ? sirkel_chart_style_gettext (chart->style, N_(", prioritised")) : "");
    }
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_matrix_class = {
  SIRKEL_CHART_MATRIX, "matrix",
  N_("Nothing to show: this project has no challenges yet."),
  (void (*) (gpointer)) sirkel_chart_matrix_free,
  matrix_is_empty,
  matrix_dup_title,
  matrix_dup_subtitle,
  matrix_preferred_height,
  matrix_draw,
  matrix_dup_text_alternative,
};
