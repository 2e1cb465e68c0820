/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The logic model of a measure: four columns, ressurser → aktiviteter → resultater →
 * effekter, joined by arrows; short-term, long-term and impact elements share the last column
 * with a tag each. Boxes are stacked in each column and centred; when a column does not fit,
 * its boxes get fewer lines (ending in "…") until it does, and what still does not fit is
 * counted in a note. Assumptions run in a dashed band under the columns.
 */
#define G_LOG_DOMAIN "sirkel-chart-logic"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

#define N_COLUMNS 4

static const char * const column_titles[N_COLUMNS] = {
  N_("Inputs"), N_("Activities"), N_("Outputs"), N_("Outcomes"),
};

static int
column_of (SirkelChartLogicKind kind)
{
  switch (kind)
    {
    case SIRKEL_CHART_LOGIC_INPUT: return 0;
    case SIRKEL_CHART_LOGIC_ACTIVITY: return 1;
    case SIRKEL_CHART_LOGIC_OUTPUT: return 2;
    case SIRKEL_CHART_LOGIC_SHORT_OUTCOME:
    case SIRKEL_CHART_LOGIC_LONG_OUTCOME:
    case SIRKEL_CHART_LOGIC_IMPACT: return 3;
    case SIRKEL_CHART_LOGIC_ASSUMPTION:
    default: return -1;
    }
}

static const char *
tag_of (SirkelChartLogicKind kind)
{
  switch (kind)
    {
    case SIRKEL_CHART_LOGIC_SHORT_OUTCOME: return N_("Short term");
    case SIRKEL_CHART_LOGIC_LONG_OUTCOME: return N_("Long term");
    case SIRKEL_CHART_LOGIC_IMPACT: return N_("Impact");
    case SIRKEL_CHART_LOGIC_INPUT:
    case SIRKEL_CHART_LOGIC_ACTIVITY:
    case SIRKEL_CHART_LOGIC_OUTPUT:
    case SIRKEL_CHART_LOGIC_ASSUMPTION:
    default: return NULL;
    }
}

static gboolean
logic_is_empty (gconstpointer data)
{
  const SirkelChartLogic *logic = data;

  return logic->elements->len == 0;
}

static char *
logic_dup_title (SirkelChart *chart)
{
  const SirkelChartLogic *logic = chart->data;

  /* Translators: the title of a logic model; %s is the measure. */
  return g_strdup_printf (sirkel_chart_style_gettext (chart->style, N_("Logic model: %s")), logic->title);
}

static char *
logic_dup_subtitle (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("Inputs → activities → outputs → outcomes")));
}


/* The height of @column's boxes with at most @lines lines each. */
static double
column_height (SirkelChartCtx         *ctx,
               const SirkelChartLogic *logic,
               int                     column,
               double                  box_w,
               int                     lines)
{
  double total = 0;

  for (guint i = 0; i < logic->elements->len; i++)
    {
      const SirkelChartLogicElement *element = g_ptr_array_index (logic->elements, i);
      PangoLayout *layout;
      double w, h;

      if (column_of (element->kind) != column)
        continue;
      layout = chart_layout (ctx, element->title, CHART_FONT_SMALL, box_w - ctx->unit, lines, PANGO_ALIGN_LEFT);
      chart_layout_size (layout, &w, &h);
      g_object_unref (layout);
      total += h + ctx->unit * (tag_of (element->kind) != NULL ? 2.0 : 1.0) + ctx->unit * 0.6;
    }
  return total;
}

static void
draw_column (SirkelChartCtx         *ctx,
             const SirkelChartLogic *logic,
             int                     column,
             SirkelChartRect         area,
             int                     lines)
{
  SirkelChartInk ink = SIRKEL_CHART_INK_CATEGORY_1 + column;
  double height = column_height (ctx, logic, column, area.width, lines);
  double y = area.y + MAX (0, (area.height - height) / 2), small = chart_line_height (ctx, CHART_FONT_SMALL);
  /* A column that fits is drawn whole; one that does not keeps room for the note. */
  double end = height <= area.height + 0.01 ? area.y + area.height + 0.01 : area.y + area.height - small * 1.2;
  guint hidden = 0, drawn = 0;

  for (guint i = 0; i < logic->elements->len; i++)
    {
      const SirkelChartLogicElement *element = g_ptr_array_index (logic->elements, i);
      const char *tag = tag_of (element->kind);
      PangoLayout *layout;
      double w, h, box_h;

      if (column_of (element->kind) != column)
        continue;
      layout = chart_layout (ctx, element->title, CHART_FONT_SMALL, area.width - ctx->unit, lines, PANGO_ALIGN_LEFT);
      chart_layout_size (layout, &w, &h);
      box_h = h + ctx->unit * (tag != NULL ? 2.0 : 1.0);
      if (y + box_h > end)
        {
          g_object_unref (layout);
          hidden++;
          continue;
        }
      chart_set_ink_alpha (ctx, ink, 0.2);
      chart_rounded_rectangle (ctx, area.x, y, area.width, box_h, ctx->unit * 0.4);
      cairo_fill_preserve (ctx->cr);
      chart_set_ink (ctx, ink);
      chart_set_line (ctx, ctx->unit * 0.12, CHART_DASH_SOLID);
      cairo_stroke (ctx->cr);
      if (tag != NULL)
        chart_text (ctx, chart_tr (ctx, tag), CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_MUTED, area.x + ctx->unit * 0.5,
                    y + ctx->unit * 0.4, area.width - ctx->unit, 1, PANGO_ALIGN_LEFT);
      chart_show_layout (ctx, layout, area.x + ctx->unit * 0.5, y + ctx->unit * (tag != NULL ? 1.5 : 0.5),
                         SIRKEL_CHART_INK_FOREGROUND);
      g_object_unref (layout);
      /* Translators: a logic model's column ("Activities") and one of its elements. */
      chart_add_element (ctx, element->id, g_strdup_printf (chart_tr (ctx, N_("%s: %s")),
                                                            chart_tr (ctx, tag != NULL ? tag : column_titles[column]),
                                                            element->title),
                         area.x, y, area.width, box_h);
      y += box_h + ctx->unit * 0.6;
      drawn++;
    }
  if (hidden > 0)
    {
      g_autofree char *note = g_strdup_printf (chart_tr (ctx, N_("Not shown: %u")), hidden);

      chart_text (ctx, note, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, area.x, area.y + area.height - small,
                  area.width, 1, PANGO_ALIGN_LEFT);
    }
  else if (drawn == 0)
    {
      chart_set_ink (ctx, SIRKEL_CHART_INK_GRID);
      chart_set_line (ctx, 1.5, CHART_DASH_DASHED);
      chart_rounded_rectangle (ctx, area.x, area.y + area.height / 2 - ctx->unit * 1.5, area.width, ctx->unit * 3,
                               ctx->unit * 0.4);
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      chart_text (ctx, chart_tr (ctx, N_("none yet")), CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, area.x,
                  area.y + area.height / 2 - small / 2, area.width, 1, PANGO_ALIGN_CENTER);
    }
}

static double
draw_assumptions (SirkelChartCtx         *ctx,
                  const SirkelChartLogic *logic,
                  SirkelChartRect         body)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;
  PangoLayout *layout;
  double w, h;

  for (guint i = 0; i < logic->elements->len; i++)
    {
      const SirkelChartLogicElement *element = g_ptr_array_index (logic->elements, i);

      if (element->kind == SIRKEL_CHART_LOGIC_ASSUMPTION)
        g_ptr_array_add (titles, element->title);
    }
  if (titles->len == 0)
    return 0;
  g_ptr_array_add (titles, NULL);
  joined = g_strjoinv ("; ", (char **) titles->pdata);
  /* Translators: the assumptions under a logic model. */
  text = g_strdup_printf (chart_tr (ctx, N_("Assumptions: %s")), joined);
  layout = chart_layout (ctx, text, CHART_FONT_SMALL, body.width - ctx->unit, 3, PANGO_ALIGN_LEFT);
  chart_layout_size (layout, &w, &h);
  chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
  chart_set_line (ctx, 1.2, CHART_DASH_DASHED);
  chart_rounded_rectangle (ctx, body.x, body.y + body.height - h - ctx->unit, body.width, h + ctx->unit,
                           ctx->unit * 0.4);
  cairo_stroke (ctx->cr);
  cairo_set_dash (ctx->cr, NULL, 0, 0);
  chart_show_layout (ctx, layout, body.x + ctx->unit * 0.5, body.y + body.height - h - ctx->unit * 0.5,
                     SIRKEL_CHART_INK_FOREGROUND);
  g_object_unref (layout);
  chart_add_element (ctx, "", g_strdup (text), body.x, body.y + body.height - h - ctx->unit, body.width, h + ctx->unit);
  return h + ctx->unit * 1.8;
}

#define MAX_LINES 5  /* per box */

static double
column_width (SirkelChartCtx *ctx,
              double          width)
{
  return (width - ctx->unit * 2.4 * (N_COLUMNS - 1)) / N_COLUMNS;
}

static double
header_height (SirkelChartCtx *ctx)
{
  return chart_line_height (ctx, CHART_FONT_BOLD) * 2 + ctx->unit * 0.6;
}

/* The header, the fullest column with boxes of up to MAX_LINES lines, and the assumptions. */
static double
logic_preferred_height (SirkelChartCtx *ctx,
                        double          width)
{
  const SirkelChartLogic *logic = ctx->chart->data;
  double column_w = column_width (ctx, width), fullest = ctx->unit * 3;

  if (column_w < ctx->unit * 3)
    return ctx->unit * 6;
  for (int c = 0; c < N_COLUMNS; c++)
    fullest = MAX (fullest, column_height (ctx, logic, c, column_w, MAX_LINES));
  /* The assumptions measure themselves at the bottom of an empty body. */
  return header_height (ctx) + fullest +
         draw_assumptions (ctx, logic, (SirkelChartRect) { 0, 0, width, 0 }) + ctx->unit * 0.2;
}

static void
logic_draw (SirkelChartCtx  *ctx,
            SirkelChartRect  body)
{
  const SirkelChartLogic *logic = ctx->chart->data;
  double gap = ctx->unit * 2.4, column_w = column_width (ctx, body.width);
  double header = header_height (ctx);
  double assumptions = draw_assumptions (ctx, logic, body);
  SirkelChartRect area;
  int lines = MAX_LINES;

  if (column_w < ctx->unit * 3)
    return;
  area = (SirkelChartRect) { body.x, body.y + header, column_w, body.height - header - assumptions };
  /* Fewer lines per box until the fullest column fits. */
  for (; lines > 1; lines--)
    {
      gboolean fits = TRUE;

      for (int c = 0; c < N_COLUMNS && fits; c++)
        fits = column_height (ctx, logic, c, column_w, lines) <= area.height;
      if (fits)
        break;
    }
  for (int c = 0; c < N_COLUMNS; c++)
    {
      double x = body.x + c * (column_w + gap);

      chart_set_ink (ctx, SIRKEL_CHART_INK_CATEGORY_1 + c);
      chart_rectangle (ctx, x, body.y + header - ctx->unit * 0.5, column_w, ctx->unit * 0.2);
      cairo_fill (ctx->cr);
      chart_text (ctx, chart_tr (ctx, column_titles[c]), CHART_FONT_BOLD, SIRKEL_CHART_INK_FOREGROUND, x, body.y,
                  column_w, 2, PANGO_ALIGN_LEFT);
      area.x = x;
      draw_column (ctx, logic, c, area, lines);
      if (c + 1 < N_COLUMNS)
        {
          double ax = x + column_w + gap * 0.2, ay = area.y + area.height / 2;

          chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
          chart_set_line (ctx, ctx->unit * 0.2, CHART_DASH_SOLID);
          cairo_new_path (ctx->cr);
          chart_move_to (ctx, ax, ay);
          chart_line_to (ctx, ax + gap * 0.45, ay);
          cairo_stroke (ctx->cr);
          chart_arrow_head (ctx, ax + gap * 0.6, ay, 0, ctx->unit * 0.8);
        }
    }
}

static char *
logic_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartLogic *logic = chart->data;
  GString *text = g_string_new (NULL);

  /* Translators: a logic model's measure. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style, N_("Logic model of the measure %s.")),
                          logic->title);
  for (int c = 0; c < N_COLUMNS; c++)
    for (guint i = 0; i < logic->elements->len; i++)
      {
        const SirkelChartLogicElement *element = g_ptr_array_index (logic->elements, i);
        const char *tag = tag_of (element->kind);

        if (column_of (element->kind) != c)
          continue;
        g_string_append_printf (text, " %s: %s.",
                                sirkel_chart_style_gettext (chart->style, tag != NULL ? tag : column_titles[c]),
                                element->title);
      }
  for (guint i = 0; i < logic->elements->len; i++)
    {
      const SirkelChartLogicElement *element = g_ptr_array_index (logic->elements, i);

      if (element->kind == SIRKEL_CHART_LOGIC_ASSUMPTION)
        g_string_append_printf (text, " %s: %s.", sirkel_chart_style_gettext (chart->style, N_("Assumption")),
                                element->title);
    }
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_logic_class = {
  SIRKEL_CHART_LOGIC_MODEL, "logic-model",
  N_("Nothing to show: this measure has no logic model yet."),
  (void (*) (gpointer)) sirkel_chart_logic_free,
  logic_is_empty,
  logic_dup_title,
  logic_dup_subtitle,
  logic_preferred_height,
  logic_draw,
  logic_dup_text_alternative,
};
