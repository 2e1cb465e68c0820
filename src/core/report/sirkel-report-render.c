/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing one laid-out page on a cairo_t, in points with the origin at the page's top left:
 * the running header and footer, then the page's fragments of blocks.
 *
 * When @tagged, every piece of content is drawn inside its PDF structure tag (cairo 1.16's
 * cairo_tag_begin): H1–H3 with a named destination, P, L/LI/Lbl/LBody, Table/TR/TH/TD with
 * the caption as Caption, Figure, and TOC/TOCI/Link with a link to the heading. A block split
 * over pages becomes one element per page (a table's continuation is a table with its own
 * header row), so that each page is drawn on its own, and the running header and footer,
 * drawn outside any element, stay out of the structure tree. The caller opens the Document
 * element around all pages. Text is drawn line by line, so nothing outside the page's part of
 * a paragraph reaches the page, not even clipped.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-report-private.h"

typedef struct
{
  double red;
  double green;
  double blue;
} Ink;

static const Ink INK_TEXT = { 0.10, 0.11, 0.12 };
static const Ink INK_ACCENT = { 0.11, 0.29, 0.40 };     /* headings, title band */
static const Ink INK_MUTED = { 0.36, 0.40, 0.44 };
static const Ink INK_RULE = { 0.78, 0.81, 0.84 };
static const Ink INK_TINT = { 0.91, 0.94, 0.96 };       /* table header, note box */
static const Ink INK_ON_ACCENT = { 1, 1, 1 };
static const Ink INK_ON_ACCENT_MUTED = { 0.78, 0.86, 0.91 };

static void
set_ink (cairo_t   *cr,
         const Ink *ink)
{
  cairo_set_source_rgb (cr, ink->red, ink->green, ink->blue);
}

static void
tag_begin (cairo_t    *cr,
           gboolean    tagged,
           const char *name,
           const char *attributes)
{
  if (tagged)
    cairo_tag_begin (cr, name, attributes);
}

static void
tag_end (cairo_t    *cr,
         gboolean    tagged,
         const char *name)
{
  if (tagged)
    cairo_tag_end (cr, name);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             const Ink   *ink)
{
  set_ink (cr, ink);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Draws lines @first … @first + @n − 1 of @layout, line @first's top at @y (its unit's top;
 * each unit's lead is skipped). */
static void
show_lines (cairo_t     *cr,
            PangoLayout *layout,
            ReportUnit  *units,
            guint        n,
            double       x,
            double       y,
            const Ink   *ink)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int line = 0;

  set_ink (cr, ink);
  for (guint i = 0; i < n; i++)
    {
      ReportUnit *unit = &units[i];
      PangoRectangle logical;
      double baseline;

      while (line < unit->line && pango_layout_iter_next_line (iter))
        line++;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                     y + unit->lead + baseline - unit->top);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
      y += unit->height;
    }
  pango_layout_iter_free (iter);
}

static PangoLayout *
small_layout (SirkelReport *self,
              const char   *text,
              ReportFont    font,
              double        width)
{
  g_autofree char *escaped = report_escape (text);

  return report_new_layout (self, font, escaped, width);
}

static void
draw_header_footer (SirkelReport *self,
                    guint         page,
                    cairo_t      *cr)
{
  g_autofree char *number = g_strdup_printf (report_tr (self, NC_("report", "page %u of %u")),
                                             page + 1, self->pages->len);
  double left = REPORT_MARGIN_LEFT, right = REPORT_PAGE_WIDTH - REPORT_MARGIN_RIGHT;
  double foot = REPORT_PAGE_HEIGHT - 50;
  PangoLayout *layout;
  double width;

  if (self->header_left != NULL || self->header_right != NULL)
    {
      layout = small_layout (self, self->header_right != NULL ? self->header_right : "",
                             REPORT_FONT_SMALL,
                             REPORT_TEXT_WIDTH * 0.4);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      show_layout (cr, layout, right - REPORT_TEXT_WIDTH * 0.4, 40, &INK_MUTED);
      g_object_unref (layout);
      layout = small_layout (self, self->header_left != NULL ? self->header_left : "",
                             REPORT_FONT_SMALL,
                             REPORT_TEXT_WIDTH * 0.58);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      show_layout (cr, layout, left, 40, &INK_MUTED);
      g_object_unref (layout);
      set_ink (cr, &INK_RULE);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, left, 53.5);
      cairo_line_to (cr, right, 53.5);
      cairo_stroke (cr);
    }

  set_ink (cr, &INK_RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, foot - 6);
  cairo_line_to (cr, right, foot - 6);
  cairo_stroke (cr);
  layout = small_layout (self, number, REPORT_FONT_SMALL, 120);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  show_layout (cr, layout, right - 120, foot, &INK_MUTED);
  g_object_unref (layout);
  if (self->footer_note != NULL)
    {
      width = REPORT_TEXT_WIDTH - 130;
      layout = small_layout (self, self->footer_note, REPORT_FONT_SMALL, width);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      show_layout (cr, layout, left, foot, &INK_MUTED);
      g_object_unref (layout);
    }
}

static void
draw_title_page (SirkelReport *self,
                 ReportBlock  *block,
                 cairo_t      *cr,
                 gboolean      tagged)
{
  double x = REPORT_MARGIN_LEFT, width = REPORT_TEXT_WIDTH, y = 128, band;
  PangoLayout *layout;

  /* The band is measured first, so that a long title makes it taller. */
  {
    g_autoptr(PangoLayout) title = small_layout (self, block->text, REPORT_FONT_TITLE, width);
    g_autoptr(PangoLayout) subtitle = small_layout (self,
                                                    block->source != NULL ? block->source : "",
                                                    REPORT_FONT_SUBTITLE, width);

    pango_layout_set_line_spacing (title, 1.08);
    band = MAX (330,
                y + 30 + report_layout_height (title) + 16 + report_layout_height (subtitle) + 56);
    set_ink (cr, &INK_ACCENT);
    cairo_rectangle (cr, 0, 0, REPORT_PAGE_WIDTH, band);
    cairo_fill (cr);

    if (block->alt != NULL)
      {
        g_autofree char *upper = g_utf8_strup (block->alt, -1);
        g_autofree char *escaped = report_escape (upper);
        g_autofree char *markup = g_strdup_printf ("<span letter_spacing=\"1600\">%s</span>",
                                                   escaped);

        layout = report_new_layout (self, REPORT_FONT_KICKER, markup, width);
        tag_begin (cr, tagged, "P", NULL);
        show_layout (cr, layout, x, y, &INK_ON_ACCENT_MUTED);
        tag_end (cr, tagged, "P");
        g_object_unref (layout);
      }
    y += 30;
    tag_begin (cr, tagged, "P", NULL);
    show_layout (cr, title, x, y, &INK_ON_ACCENT);
    tag_end (cr, tagged, "P");
    y += report_layout_height (title) + 16;
    if (block->source != NULL)
      {
        tag_begin (cr, tagged, "P", NULL);
        show_layout (cr, subtitle, x, y, &INK_ON_ACCENT_MUTED);
        tag_end (cr, tagged, "P");
      }
  }

  y = band + 40;
  for (guint i = 0; i < block->items->len; i++)
    {
      const char *fact = g_ptr_array_index (block->items, i);
      const char *colon = strstr (fact, ": ");
      g_autofree char *markup = NULL;

      if (colon != NULL)
        {
          g_autofree char *label = g_strndup (fact, colon - fact + 1);
          g_autofree char *label_escaped = report_escape (label);
          g_autofree char *value_escaped = report_escape (colon + 2);

          markup = g_strdup_printf ("<span foreground=\"" REPORT_MUTED_MARKUP "\">%s</span>\t%s",
                                    label_escaped,
                                    value_escaped);
        }
      else
        markup = report_escape (fact);
      layout = report_new_layout (self, REPORT_FONT_CAPTION, markup, width);
      {
        PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, 110);

        pango_layout_set_tabs (layout, tabs);
        pango_tab_array_free (tabs);
      }
      tag_begin (cr, tagged, "P", NULL);
      show_layout (cr, layout, x, y, &INK_TEXT);
      tag_end (cr, tagged, "P");
      y += report_layout_height (layout) + 5;
      g_object_unref (layout);
    }

  if (block->notice != NULL)
    {
      double height;

      y += 28;
      layout = small_layout (self, block->notice, REPORT_FONT_BODY,
                             width - 2 * REPORT_NOTE_PAD - 4);
      height = report_layout_height (layout) + 2 * REPORT_NOTE_PAD;
      set_ink (cr, &INK_TINT);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
      set_ink (cr, &INK_ACCENT);
      cairo_rectangle (cr, x, y, 3, height);
      cairo_fill (cr);
      tag_begin (cr, tagged, "P", NULL);
      show_layout (cr, layout, x + REPORT_NOTE_PAD + 4, y + REPORT_NOTE_PAD, &INK_TEXT);
      tag_end (cr, tagged, "P");
      g_object_unref (layout);
    }
}

static void
draw_heading (ReportBlock    *block,
              ReportFragment *fragment,
              cairo_t        *cr,
              gboolean        tagged)
{
  static const char *tags[] = { "H1", "H2", "H3" };
  PangoLayout *layout = g_ptr_array_index (block->layouts, 0);
  g_autofree char *dest = g_strdup_printf ("name='h%u'", block->serial);

  tag_begin (cr, tagged, tags[block->level - 1], NULL);
  tag_begin (cr, tagged, CAIRO_TAG_DEST, dest);
  show_layout (cr, layout, REPORT_MARGIN_LEFT, fragment->y, &INK_ACCENT);
  tag_end (cr, tagged, CAIRO_TAG_DEST);
  tag_end (cr, tagged, tags[block->level - 1]);
  if (block->level == 1)
    {
      double y = fragment->y + report_layout_height (layout) + 4.5;

      set_ink (cr, &INK_ACCENT);
      cairo_set_line_width (cr, 1.2);
      cairo_move_to (cr, REPORT_MARGIN_LEFT, y);
      cairo_line_to (cr, REPORT_PAGE_WIDTH - REPORT_MARGIN_RIGHT, y);
      cairo_stroke (cr);
    }
}

static void
draw_text (ReportBlock    *block,
           ReportFragment *fragment,
           cairo_t        *cr,
           gboolean        tagged)
{
  ReportUnit *units = &g_array_index (block->units, ReportUnit, fragment->first);
  double x = REPORT_MARGIN_LEFT;

  if (block->kind == BLOCK_NOTE)
    {
      double height = 0;

      for (guint i = 0; i < fragment->n; i++)
        height += units[i].height;
      set_ink (cr, &INK_TINT);
      cairo_rectangle (cr, x, fragment->y, REPORT_TEXT_WIDTH, height);
      cairo_fill (cr);
      set_ink (cr, &INK_ACCENT);
      cairo_rectangle (cr, x, fragment->y, 3, height);
      cairo_fill (cr);
      x += REPORT_NOTE_PAD;
    }
  tag_begin (cr, tagged, "P", NULL);
  show_lines (cr, g_ptr_array_index (block->layouts, 0), units, fragment->n, x, fragment->y,
              &INK_TEXT);
  tag_end (cr, tagged, "P");
}

static void
draw_list (SirkelReport   *self,
           ReportBlock    *block,
           ReportFragment *fragment,
           cairo_t        *cr,
           gboolean        tagged)
{
  ReportUnit *units = &g_array_index (block->units, ReportUnit, fragment->first);
  g_autoptr(PangoLayout) bullet = report_new_layout (self, REPORT_FONT_BODY, "•", 20);
  double y = fragment->y;
  guint i = 0;

  tag_begin (cr, tagged, "L", NULL);
  while (i < fragment->n)
    {
      guint item = units[i].sub, n = 0;
      double height = 0;

      while (i + n < fragment->n && units[i + n].sub == item)
        height += units[i + n++].height;
      tag_begin (cr, tagged, "LI", NULL);
      if (units[i].line == 0)
        {
          tag_begin (cr, tagged, "Lbl", NULL);
          show_layout (cr, bullet, REPORT_MARGIN_LEFT + 3, y + units[i].lead, &INK_ACCENT);
          tag_end (cr, tagged, "Lbl");
        }
      tag_begin (cr, tagged, "LBody", NULL);
      show_lines (cr, g_ptr_array_index (block->layouts, item), &units[i], n,
                  REPORT_MARGIN_LEFT + REPORT_LIST_INDENT, y, &INK_TEXT);
      tag_end (cr, tagged, "LBody");
      tag_end (cr, tagged, "LI");
      y += height;
      i += n;
    }
  tag_end (cr, tagged, "L");
}

static void
draw_row (ReportBlock *block,
          guint        row,
          double       y,
          double       height,
          cairo_t     *cr,
          gboolean     tagged)
{
  guint flags = g_array_index (block->row_flags, guint, row);
  guint first = (block->text != NULL ? 1 : 0) + row * block->n_columns;
  const char *cell_tag = flags & ROW_HEADER ? "TH" : "TD";
  double left = REPORT_MARGIN_LEFT, right = REPORT_PAGE_WIDTH - REPORT_MARGIN_RIGHT;

  if (flags & ROW_HEADER)
    {
      set_ink (cr, &INK_TINT);
      cairo_rectangle (cr, left, y, REPORT_TEXT_WIDTH, height);
      cairo_fill (cr);
    }
  tag_begin (cr, tagged, "TR", NULL);
  for (guint c = 0; c < block->n_columns; c++)
    {
      double x, width;

      report_table_column_box (block, c, &x, &width);
      tag_begin (cr, tagged, cell_tag, NULL);
      show_layout (cr, g_ptr_array_index (block->layouts, first + c), left + x + REPORT_CELL_PAD_X,
                   y + REPORT_CELL_PAD_Y, flags & ROW_HEADER ? &INK_ACCENT : &INK_TEXT);
      tag_end (cr, tagged, cell_tag);
    }
  tag_end (cr, tagged, "TR");

  cairo_set_line_width (cr, flags != 0 ? 0.8 : 0.4);
  set_ink (cr, flags != 0 ? &INK_ACCENT : &INK_RULE);
  if (flags & ROW_TOTAL)
    {
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, left, y + height);
  cairo_line_to (cr, right, y + height);
  cairo_stroke (cr);
}

static void
draw_table (ReportBlock    *block,
            ReportFragment *fragment,
            cairo_t        *cr,
            gboolean        tagged)
{
  ReportUnit *units = &g_array_index (block->units, ReportUnit, fragment->first);
  double y = fragment->y;

  tag_begin (cr, tagged, "Table", NULL);
  if (fragment->continued)
    {
      PangoLayout *line = g_ptr_array_index (block->layouts, block->layouts->len - 1);
      ReportUnit *header = &g_array_index (block->units, ReportUnit, block->text != NULL ? 1 : 0);

      tag_begin (cr, tagged, "Caption", NULL);
      show_layout (cr, line, REPORT_MARGIN_LEFT, y, &INK_MUTED);
      tag_end (cr, tagged, "Caption");
      y += report_layout_height (line) + 3;
      draw_row (block, 0, y, header->height, cr, tagged);
      y += header->height;
    }
  for (guint i = 0; i < fragment->n; i++)
    {
      if (units[i].sub == G_MAXUINT)
        {
          tag_begin (cr, tagged, "Caption", NULL);
          show_layout (cr, g_ptr_array_index (block->layouts, 0), REPORT_MARGIN_LEFT, y, &INK_TEXT);
          tag_end (cr, tagged, "Caption");
        }
      else
        draw_row (block, units[i].sub, y, units[i].height, cr, tagged);
      y += units[i].height;
    }
  tag_end (cr, tagged, "Table");
}

static void
draw_figure (ReportBlock    *block,
             ReportFragment *fragment,
             cairo_t        *cr,
             gboolean        tagged,
             GPtrArray      *alternatives)
{
  PangoLayout *caption = g_ptr_array_index (block->layouts, 0);
  double y = fragment->y;

  tag_begin (cr, tagged, "Figure", NULL);
  cairo_save (cr);
  cairo_translate (cr, REPORT_MARGIN_LEFT, y);
  cairo_rectangle (cr, 0, 0, REPORT_TEXT_WIDTH, block->figure_height);
  cairo_clip (cr);
  sirkel_chart_render (block->chart, cr, REPORT_TEXT_WIDTH, block->figure_height);
  cairo_restore (cr);
  tag_end (cr, tagged, "Figure");
  if (alternatives != NULL)
    g_ptr_array_add (alternatives, block->alt);

  y += block->figure_height + REPORT_CAPTION_GAP;
  tag_begin (cr, tagged, "P", NULL);
  show_layout (cr, caption, REPORT_MARGIN_LEFT, y, &INK_TEXT);
  tag_end (cr, tagged, "P");
  if (block->layouts->len > 1)
    {
      y += report_layout_height (caption) + 2;
      tag_begin (cr, tagged, "P", NULL);
      show_layout (cr, g_ptr_array_index (block->layouts, 1), REPORT_MARGIN_LEFT, y, &INK_MUTED);
      tag_end (cr, tagged, "P");
    }
}

static void
draw_toc (SirkelReport   *self,
          ReportBlock    *block,
          ReportFragment *fragment,
          cairo_t        *cr,
          gboolean        tagged)
{
  ReportUnit *units = &g_array_index (block->units, ReportUnit, fragment->first);
  double right = REPORT_PAGE_WIDTH - REPORT_MARGIN_RIGHT, y = fragment->y;

  tag_begin (cr, tagged, "TOC", NULL);
  for (guint i = 0; i < fragment->n; i++)
    {
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (block->items, units[i].sub));
      ReportBlock *heading = g_ptr_array_index (self->blocks, index);
      PangoLayout *layout = g_ptr_array_index (block->layouts, units[i].sub);
      ReportFont font = heading->level == 1 ? REPORT_FONT_TOC1 : REPORT_FONT_BODY;
      double x = REPORT_MARGIN_LEFT + (heading->level == 1 ? 0 : REPORT_TOC_INDENT);
      double top = y + units[i].lead;
      g_autofree char *page = g_strdup_printf ("%u", heading->page + 1);
      g_autofree char *link = g_strdup_printf ("dest='h%u'", heading->serial);
      g_autoptr(PangoLayout) number = report_new_layout (self, font, page, REPORT_TOC_PAGE_WIDTH);
      int n_lines = pango_layout_get_line_count (layout);
      PangoLayoutLine *last = pango_layout_get_line_readonly (layout, n_lines - 1);
      PangoRectangle logical;
      int baseline;
      double dots_from, dots_to, last_baseline;

      pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
      pango_layout_line_get_extents (last, NULL, &logical);
      {
        PangoLayoutIter *iter = pango_layout_get_iter (layout);

        while (pango_layout_iter_next_line (iter))
          ;
        baseline = pango_layout_iter_get_baseline (iter);
        pango_layout_iter_free (iter);
      }
      last_baseline = top + (double) baseline / PANGO_SCALE;

      tag_begin (cr, tagged, "TOCI", NULL);
      tag_begin (cr, tagged, CAIRO_TAG_LINK, link);
      show_layout (cr, layout, x, top, heading->level == 1 ? &INK_ACCENT : &INK_TEXT);
      /* Leader dots on a fixed grid, so that they line up from entry to entry. */
      dots_from = x + (double) (logical.x + logical.width) / PANGO_SCALE + 6;
      dots_to = right - REPORT_TOC_PAGE_WIDTH + 6;
      set_ink (cr, &INK_MUTED);
      for (double dx = REPORT_MARGIN_LEFT + 4.5 * ceil ((dots_from - REPORT_MARGIN_LEFT) / 4.5);
           dx < dots_to; dx += 4.5)
        {
          cairo_arc (cr, dx, last_baseline - 1, 0.55, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      show_layout (cr, number, right - REPORT_TOC_PAGE_WIDTH,
                   last_baseline - (double) pango_layout_get_baseline (number) / PANGO_SCALE,
                   heading->level == 1 ? &INK_ACCENT : &INK_TEXT);
      tag_end (cr, tagged, CAIRO_TAG_LINK);
      tag_end (cr, tagged, "TOCI");
      y += units[i].height;
    }
  tag_end (cr, tagged, "TOC");
}

/* See the file comment; @alternatives collects the figures' text alternatives in the order
 * their Figure tags are drawn. */
void
report_render_page (SirkelReport *self,
                    guint         page,
                    cairo_t      *cr,
                    gboolean      tagged,
                    GPtrArray    *alternatives)
{
  GArray *fragments = g_ptr_array_index (self->pages, page);
  gboolean title_page = FALSE;

  for (guint i = 0; i < fragments->len; i++)
    {
      ReportFragment *fragment = &g_array_index (fragments, ReportFragment, i);

      title_page = title_page ||
                   ((ReportBlock *) g_ptr_array_index (self->blocks,
                                                       fragment->block))->kind == BLOCK_TITLE_PAGE;
    }

  cairo_save (cr);
  if (!title_page)
    draw_header_footer (self, page, cr);
  for (guint i = 0; i < fragments->len; i++)
    {
      ReportFragment *fragment = &g_array_index (fragments, ReportFragment, i);
      ReportBlock *block = g_ptr_array_index (self->blocks, fragment->block);

      switch (block->kind)
        {
        case BLOCK_TITLE_PAGE:
          draw_title_page (self, block, cr, tagged);
          break;
        case BLOCK_TOC:
          draw_toc (self, block, fragment, cr, tagged);
          break;
        case BLOCK_HEADING:
          draw_heading (block, fragment, cr, tagged);
          break;
        case BLOCK_PARAGRAPH:
        case BLOCK_NOTE:
          draw_text (block, fragment, cr, tagged);
          break;
        case BLOCK_LIST:
          draw_list (self, block, fragment, cr, tagged);
          break;
        case BLOCK_TABLE:
          draw_table (block, fragment, cr, tagged);
          break;
        case BLOCK_FIGURE:
          draw_figure (block, fragment, cr, tagged, alternatives);
          break;
        case BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  cairo_restore (cr);
}

/**
 * sirkel_report_render_page:
 * @page: 0 … sirkel_report_get_n_pages () − 1
 * @cr: where to draw, in points with the origin at the page's top left (scale it for a
 *   preview); the page is not filled, so paint the paper first
 *
 * Draws one page: its header, footer and content. Check cairo_status (@cr) afterwards.
 */
void
sirkel_report_render_page (SirkelReport *self,
                           guint         page,
                           cairo_t      *cr)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < sirkel_report_get_n_pages (self));

  report_render_page (self, page, cr, FALSE, NULL);
}
