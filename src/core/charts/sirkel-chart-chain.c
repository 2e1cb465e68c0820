/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chain: challenge → goal → measure → evaluation indicator, the backbone of DESIGN.md § 1,
 * drawn as a tree in four columns with curves from each item to the items it leads to. Items
 * are ordered in each column by the mean position of their parents (one barycentre pass), so
 * the curves cross little. An item that leads nowhere although the chain goes on — a challenge
 * without a goal, a goal without measures, a measure without evaluation indicators — ends in a
 * dashed stub and a ring: a gap in the plan. When a column holds more items than lines fit,
 * the boxes shrink to marks whose text is in the tooltip and the text alternative.
 */
#define G_LOG_DOMAIN "sirkel-chart-chain"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

#define N_LEVELS 4
#define MAX_LINES 3  /* per box */

static const char * const level_titles[N_LEVELS] = {
  N_("Challenges"), N_("Goals"), N_("Measures"), N_("Evaluation indicators"),
};

typedef struct
{
  guint  node;
  double order;  /* barycentre of the parents, or the data order */
  double x, y, width, height;
  gboolean has_child;
} Slot;

static gboolean
chain_is_empty (gconstpointer data)
{
  const SirkelChartChain *chain = data;

  return chain->nodes->len == 0;
}

static char *
chain_dup_title (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("From challenge to evaluation")));
}

static char *
chain_dup_subtitle (SirkelChart *chart)
{
  return g_strdup (sirkel_chart_style_gettext (chart->style,
                                               N_("Challenges → goals → measures → evaluation indicators; "
                                                  "a ring marks a gap in the chain")));
}

static guint
level_of (const SirkelChartChain *chain,
          guint                   node)
{
  const SirkelChartChainNode *n = g_ptr_array_index (chain->nodes, node);

  return MIN ((guint) n->level, N_LEVELS - 1);
}


static int
compare_slots (const void *a,
               const void *b)
{
  const Slot *x = a, *y = b;

  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return x->node < y->node ? -1 : x->node > y->node;
}

/* Slots for every node, ordered within each level; @index maps a node to its slot. */
static void
order_levels (const SirkelChartChain *chain,
              GArray                 *levels[N_LEVELS],
              guint                  *index)
{
  for (guint i = 0; i < chain->nodes->len; i++)
    {
      Slot slot = { i, i, 0, 0, 0, 0, FALSE };

      g_array_append_val (levels[level_of (chain, i)], slot);
    }
  for (guint l = 0; l < N_LEVELS; l++)
    {
      for (guint s = 0; s < levels[l]->len; s++)
        {
          Slot *slot = &g_array_index (levels[l], Slot, s);
          double sum = 0;
          guint n = 0;

          for (guint k = 0; k < chain->links->len; k++)
            {
              const SirkelChartChainLink *link = &g_array_index (chain->links, SirkelChartChainLink, k);

              if (link->to == slot->node && l > 0 && level_of (chain, link->from) == l - 1)
                {
                  sum += index[link->from];
                  n++;
                }
              if (link->from == slot->node && link->to < chain->nodes->len &&
                  level_of (chain, link->to) == l + 1)
                slot->has_child = TRUE;
            }
          /* Items without a parent keep their order after those with one. */
          slot->order = n > 0 ? sum / n : 1e6 + slot->node;
        }
      if (l > 0)
        qsort (levels[l]->data, levels[l]->len, sizeof (Slot), compare_slots);
      for (guint s = 0; s < levels[l]->len; s++)
        index[g_array_index (levels[l], Slot, s).node] = s;
    }
}

static char *
node_sentence (SirkelChartCtx             *ctx,
               const SirkelChartChainNode *node,
               gboolean                    gap)
{
  const char *level = chart_tr (ctx, level_titles[MIN ((guint) node->level, N_LEVELS - 1)]);

  if (gap)
    /* Translators: a column of the chain ("Goals"), an item, and a note that nothing follows it. */
    return g_strdup_printf (chart_tr (ctx, N_("%s: %s. Nothing follows it in the chain yet.")), level, node->title);
  return g_strdup_printf (chart_tr (ctx, N_("%s: %s")), level, node->title);
}

static double
column_width (SirkelChartCtx *ctx,
              double          width)
{
  return (width - ctx->unit * 3 * (N_LEVELS - 1)) / N_LEVELS;
}

static double
header_height (SirkelChartCtx *ctx)
{
  return chart_line_height (ctx, CHART_FONT_BOLD) * 2 + ctx->unit * 0.4;
}

/* How many lines the longest title of each level takes in a box of @column_w, at most
 * MAX_LINES; one layout measures them all. */
static void
count_lines (SirkelChartCtx         *ctx,
             const SirkelChartChain *chain,
             double                  column_w,
             int                     lines[N_LEVELS],
             guint                   counts[N_LEVELS])
{
  PangoLayout *layout = chart_layout (ctx, "", CHART_FONT_SMALL, column_w - ctx->unit * 0.8, 0,
                                      PANGO_ALIGN_LEFT);

  for (guint l = 0; l < N_LEVELS; l++)
    lines[l] = 1, counts[l] = 0;
  for (guint i = 0; i < chain->nodes->len; i++)
    {
      const SirkelChartChainNode *node = g_ptr_array_index (chain->nodes, i);
      guint l = level_of (chain, i);

      counts[l]++;
      if (lines[l] == MAX_LINES)
        continue;
      pango_layout_set_text (layout, node->title, -1);
      lines[l] = MIN (MAX_LINES, MAX (lines[l], pango_layout_get_line_count (layout)));
    }
  g_object_unref (layout);
}

/* A slot holds a box of its level's lines and the gap to the next one. */
static double
slot_height (SirkelChartCtx *ctx,
             int             lines)
{
  return lines * chart_line_height (ctx, CHART_FONT_SMALL) + ctx->unit * 1.2;
}

static double
chain_preferred_height (SirkelChartCtx *ctx,
                        double          width)
{
  const SirkelChartChain *chain = ctx->chart->data;
  int lines[N_LEVELS];
  guint counts[N_LEVELS];
  double fullest = ctx->unit * 2;

  count_lines (ctx, chain, MAX (ctx->unit * 3, column_width (ctx, width)), lines, counts);
  for (guint l = 0; l < N_LEVELS; l++)
    fullest = MAX (fullest, counts[l] * slot_height (ctx, lines[l]));
  return header_height (ctx) + fullest + ctx->unit * 0.2;
}

static void
chain_draw (SirkelChartCtx  *ctx,
            SirkelChartRect  body)
{
  const SirkelChartChain *chain = ctx->chart->data;
  GArray *levels[N_LEVELS];
  g_autofree guint *index = g_new0 (guint, chain->nodes->len);
  double gap = ctx->unit * 3, column_w = column_width (ctx, body.width);
  double header = header_height (ctx);
  double top = body.y + header, height = body.height - header;
  int needed[N_LEVELS];
  guint counts[N_LEVELS];

  if (column_w < ctx->unit * 3 || height < ctx->unit * 2)
    return;
  for (guint l = 0; l < N_LEVELS; l++)
    levels[l] = g_array_new (FALSE, TRUE, sizeof (Slot));
  order_levels (chain, levels, index);
  count_lines (ctx, chain, column_w, needed, counts);

  for (guint l = 0; l < N_LEVELS; l++)
    {
      double x = body.x + l * (column_w + gap), slot_h = height / MAX (1, levels[l]->len);
      double line = chart_line_height (ctx, CHART_FONT_SMALL);
      int lines = needed[l];

      /* As many lines as the titles need and the slots hold; none leaves a mark. */
      while (lines > 1 && slot_h + 0.01 < slot_height (ctx, lines))
        lines--;
      if (lines == 1 && slot_h < line + ctx->unit * 0.8)
        lines = 0;

      chart_text (ctx, chart_tr (ctx, level_titles[l]), CHART_FONT_BOLD, SIRKEL_CHART_INK_FOREGROUND, x, body.y,
                  column_w, 2, PANGO_ALIGN_LEFT);
      for (guint s = 0; s < levels[l]->len; s++)
        {
          Slot *slot = &g_array_index (levels[l], Slot, s);

          slot->x = x;
          slot->width = column_w;
          slot->height = lines > 0 ? lines * line + ctx->unit * 0.6 : MAX (1, slot_h * 0.7);
          slot->y = top + s * slot_h + (slot_h - slot->height) / 2;
        }
    }

  /* Curves first, so that the boxes cover their ends. */
  chart_set_ink_alpha (ctx, SIRKEL_CHART_INK_MUTED, 0.7);
  chart_set_line (ctx, MAX (1, ctx->unit * 0.1), CHART_DASH_SOLID);
  cairo_new_path (ctx->cr);
  for (guint k = 0; k < chain->links->len; k++)
    {
      const SirkelChartChainLink *link = &g_array_index (chain->links, SirkelChartChainLink, k);
      guint from_level, to_level;
      const Slot *a, *b;
      double ax, ay, bx, by;

      if (link->from >= chain->nodes->len || link->to >= chain->nodes->len)
        continue;
      from_level = level_of (chain, link->from);
      to_level = level_of (chain, link->to);
      if (to_level != from_level + 1)
        continue;
      a = &g_array_index (levels[from_level], Slot, index[link->from]);
      b = &g_array_index (levels[to_level], Slot, index[link->to]);
      ax = a->x + a->width, ay = a->y + a->height / 2, bx = b->x, by = b->y + b->height / 2;
      if (chart_move_to (ctx, ax, ay) && isfinite (bx) && isfinite (by))
        cairo_curve_to (ctx->cr, chart_clamp ((ax + bx) / 2), chart_clamp (ay), chart_clamp ((ax + bx) / 2),
                        chart_clamp (by), chart_clamp (bx), chart_clamp (by));
    }
  cairo_stroke (ctx->cr);

  for (guint l = 0; l < N_LEVELS; l++)
    for (guint s = 0; s < levels[l]->len; s++)
      {
        const Slot *slot = &g_array_index (levels[l], Slot, s);
        const SirkelChartChainNode *node = g_ptr_array_index (chain->nodes, slot->node);
        gboolean is_gap = l + 1 < N_LEVELS && !slot->has_child && !node->complete;
        double line = chart_line_height (ctx, CHART_FONT_SMALL);

        chart_set_ink_alpha (ctx, SIRKEL_CHART_INK_CATEGORY_1 + l, 0.22);
        chart_rounded_rectangle (ctx, slot->x, slot->y, slot->width, slot->height, MIN (ctx->unit * 0.4, slot->height / 2));
        cairo_fill_preserve (ctx->cr);
        chart_set_ink (ctx, SIRKEL_CHART_INK_CATEGORY_1 + l);
        chart_set_line (ctx, MAX (1, ctx->unit * 0.1), CHART_DASH_SOLID);
        cairo_stroke (ctx->cr);
        if (slot->height >= line + ctx->unit * 0.5)
          {
            PangoLayout *layout = chart_layout (ctx, node->title, CHART_FONT_SMALL,
                                                slot->width - ctx->unit * 0.8,
                                                (int) floor ((slot->height - ctx->unit * 0.5) / line),
                                                PANGO_ALIGN_LEFT);
            double w, h;

            /* Centred in the box, which is as tall as the level's longest title. */
            chart_layout_size (layout, &w, &h);
            chart_show_layout (ctx, layout, slot->x + ctx->unit * 0.4,
                               slot->y + (slot->height - h) / 2,
                               SIRKEL_CHART_INK_FOREGROUND);
            g_object_unref (layout);
          }
        if (is_gap)
          {
            double sx = slot->x + slot->width, sy = slot->y + slot->height / 2;

            chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
            chart_set_line (ctx, 1.5, CHART_DASH_DASHED);
            cairo_new_path (ctx->cr);
            chart_move_to (ctx, sx, sy);
            chart_line_to (ctx, sx + gap * 0.45, sy);
            cairo_stroke (ctx->cr);
            cairo_set_dash (ctx->cr, NULL, 0, 0);
            chart_marker (ctx, CHART_SHAPE_RING, sx + gap * 0.55, sy, MIN (ctx->unit * 0.7, gap * 0.2),
                          SIRKEL_CHART_INK_BACKGROUND);
          }
        chart_add_element (ctx, node->id, node_sentence (ctx, node, is_gap), slot->x, slot->y, slot->width,
                           MAX (slot->height, 2));
      }

  for (guint l = 0; l < N_LEVELS; l++)
    g_array_unref (levels[l]);
}

static char *
chain_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartChain *chain = chart->data;
  GString *text = g_string_new (NULL);
  SirkelChartCtx ctx = { .style = chart->style };
  guint counts[N_LEVELS] = { 0 };

  for (guint i = 0; i < chain->nodes->len; i++)
    counts[level_of (chain, i)]++;
  /* Translators: how many challenges, goals, measures and evaluation indicators. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style,
                                                            N_("The chain from challenges to evaluation: challenges %u, "
                                                               "goals %u, measures %u, evaluation indicators %u.")),
                          counts[0], counts[1], counts[2], counts[3]);
  for (guint i = 0; i < chain->nodes->len; i++)
    {
      const SirkelChartChainNode *node = g_ptr_array_index (chain->nodes, i);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      for (guint k = 0; k < chain->links->len; k++)
        {
          const SirkelChartChainLink *link = &g_array_index (chain->links, SirkelChartChainLink, k);

          if (link->from == i && link->to < chain->nodes->len)
            g_ptr_array_add (children, ((SirkelChartChainNode *) g_ptr_array_index (chain->nodes, link->to))->title);
        }
      if (children->len > 0)
        {
          g_autofree char *joined = NULL;

          g_ptr_array_add (children, NULL);
          joined = g_strjoinv ("; ", (char **) children->pdata);
          g_string_append_printf (text, " %s → %s.", node->title, joined);
        }
      else if (level_of (chain, i) + 1 < N_LEVELS && !node->complete)
        {
          g_autofree char *sentence = node_sentence (&ctx, node, TRUE);

          g_string_append_printf (text, " %s", sentence);
        }
    }
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_chain_class = {
  SIRKEL_CHART_CHAIN, "chain",
  N_("Nothing to show: this project has no prioritised challenges, goals or measures yet."),
  (void (*) (gpointer)) sirkel_chart_chain_free,
  chain_is_empty,
  chain_dup_title,
  chain_dup_subtitle,
  chain_preferred_height,
  chain_draw,
  chain_dup_text_alternative,
};
