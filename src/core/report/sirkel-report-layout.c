/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measuring a report's blocks (see sirkel-report-private.h for the model; the placing on pages
 * is in sirkel-report-paginate.c).
 *
 * Text is measured with a Pango context of the report's own — its own font map at 72 dpi, so
 * one unit is one point; no hinting, so the layout is the same on a preview, a printer and a
 * PDF; and the document's language, so line breaking and hyphenation follow it. The font map
 * is not shared with the UI thread's default one, so the export may run in a worker.
 *
 * Pagination rules: a chapter (level 1 heading) starts a page; a heading stays with the start
 * of what follows it; a paragraph leaves at least two lines at the foot of a page and carries
 * at least two to the next; a table keeps its caption, header and first row together, never
 * leaves its last row alone, and repeats its header on every page it continues on; a figure
 * is never split and is made smaller if it would not fit on an empty page.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>

#include "sirkel-report-private.h"

/* Heights above this many lines in one table cell are cut off with an ellipsis, so that a
 * row always fits on a page. */
#define MAX_CELL_LINES 36

static const struct
{
  const char  *family;
  double       size;
  PangoWeight  weight;
} font_specs[REPORT_N_FONTS] = {
  [REPORT_FONT_BODY] = { REPORT_FONT_SERIF, 9.5, PANGO_WEIGHT_NORMAL },
  [REPORT_FONT_BODY_BOLD] = { REPORT_FONT_SERIF, 9.5, PANGO_WEIGHT_BOLD },
  [REPORT_FONT_H1] = { REPORT_FONT_SANS, 19, PANGO_WEIGHT_BOLD },
  [REPORT_FONT_H2] = { REPORT_FONT_SANS, 13.5, PANGO_WEIGHT_BOLD },
  [REPORT_FONT_H3] = { REPORT_FONT_SANS, 10.5, PANGO_WEIGHT_BOLD },
  [REPORT_FONT_TABLE] = { REPORT_FONT_SANS, 8.3, PANGO_WEIGHT_NORMAL },
  [REPORT_FONT_TABLE_BOLD] = { REPORT_FONT_SANS, 8.3, PANGO_WEIGHT_BOLD },
  [REPORT_FONT_CAPTION] = { REPORT_FONT_SANS, 8.5, PANGO_WEIGHT_NORMAL },
  [REPORT_FONT_SMALL] = { REPORT_FONT_SANS, 7.5, PANGO_WEIGHT_NORMAL },
  [REPORT_FONT_TOC1] = { REPORT_FONT_SANS, 10.5, PANGO_WEIGHT_BOLD },
  [REPORT_FONT_TITLE] = { REPORT_FONT_SANS, 27, PANGO_WEIGHT_BOLD },
  [REPORT_FONT_SUBTITLE] = { REPORT_FONT_SANS, 14, PANGO_WEIGHT_NORMAL },
  [REPORT_FONT_KICKER] = { REPORT_FONT_SANS, 9.5, PANGO_WEIGHT_BOLD },
};

/* One font map per thread, kept for the thread's life. A new map starts with cold caches
 * (fontconfig matches, FreeType faces, shaping plans), which costs more than laying out a whole
 * document; and a map is not thread-safe, so threads do not share one. */
static GPrivate thread_font_map = G_PRIVATE_INIT (g_object_unref);

static PangoFontMap *
get_thread_font_map (void)
{
  PangoFontMap *map = g_private_get (&thread_font_map);

  if (map == NULL)
    {
      map = pango_cairo_font_map_new ();
      pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (map), 72);
      g_private_set (&thread_font_map, map);
    }
  return map;
}

/* Whether the layout's fonts belong to the calling thread; a layout made on another thread is
 * made again rather than used from two threads. */
gboolean
report_fonts_are_current (SirkelReport *self)
{
  return self->font_map != NULL && self->font_map == g_private_get (&thread_font_map);
}

void
report_set_up_fonts (SirkelReport *self)
{
  cairo_font_options_t *options;
  const char *language = g_str_equal (self->language, "en") ? "en-gb" : self->language;

  if (report_fonts_are_current (self))
    return;
  report_free_fonts (self);
  self->font_map = g_object_ref (get_thread_font_map ());
  self->pango = pango_font_map_create_context (self->font_map);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->pango, FALSE);
  pango_context_set_language (self->pango, pango_language_from_string (language));
  for (guint i = 0; i < REPORT_N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (font_specs[i].family);
      pango_font_description_set_absolute_size (self->fonts[i], font_specs[i].size * PANGO_SCALE);
      pango_font_description_set_weight (self->fonts[i], font_specs[i].weight);
    }
}

void
report_free_fonts (SirkelReport *self)
{
  for (guint i = 0; i < REPORT_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->pango);
  g_clear_object (&self->font_map);
}

void
report_clear_layout (SirkelReport *self)
{
  for (guint i = 0; self->blocks != NULL && i < self->blocks->len; i++)
    {
      ReportBlock *block = g_ptr_array_index (self->blocks, i);

      g_clear_pointer (&block->layouts, g_ptr_array_unref);
      g_clear_pointer (&block->units, g_array_unref);
    }
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->laid_out = FALSE;
}

PangoLayout *
report_new_layout (SirkelReport *self,
                   ReportFont    font,
                   const char   *markup,
                   double        width)
{
  PangoLayout *layout = pango_layout_new (self->pango);

  pango_layout_set_font_description (layout, self->fonts[font]);
  pango_layout_set_width (layout, (int) (MAX (width, 10) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (font == REPORT_FONT_BODY || font == REPORT_FONT_BODY_BOLD)
    pango_layout_set_line_spacing (layout, 1.32);
  else if (font == REPORT_FONT_TABLE || font == REPORT_FONT_TABLE_BOLD)
    pango_layout_set_line_spacing (layout, 1.12);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
report_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* Lines after the first start where the text after @number starts: a numbered heading or
 * contents entry that wraps keeps its number in a column of its own. */
static void
hang_after_number (SirkelReport *self,
                   PangoLayout  *layout,
                   ReportFont    font,
                   const char   *prefix)
{
  g_autoptr(PangoLayout) measure = report_new_layout (self, font, prefix, REPORT_TEXT_WIDTH);
  PangoRectangle logical;

  pango_layout_get_extents (measure, NULL, &logical);
  pango_layout_set_indent (layout, -logical.width);
}

void
report_table_column_box (ReportBlock *block,
                         guint        column,
                         double      *x,
                         double      *width)
{
  double left = 0;

  for (guint i = 0; i < column; i++)
    left += block->widths[i];
  *x = left;
  *width = block->widths[column];
}

static void
add_unit (ReportBlock *block,
          double       height,
          double       lead,
          double       top,
          guint        sub,
          gint         line,
          gboolean     break_before)
{
  ReportUnit unit = { height, lead, top, sub, line, break_before };

  g_array_append_val (block->units, unit);
}

/* One unit per line of @layout; the first gets @lead more; a page may break before a line
 * only if at least two lines stay on each side. */
static void
add_line_units (ReportBlock *block,
                PangoLayout *layout,
                guint        sub,
                double       lead,
                double       tail,
                gboolean     break_before_first)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n = pango_layout_get_line_count (layout);
  double total = report_layout_height (layout);
  int i = 0;

  do
    {
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      bottom = i == n - 1 ? total : top;
      if (i < n - 1)
        {
          /* The next line's top, so that lines placed together keep the layout's spacing. */
          PangoLayoutIter *next = pango_layout_iter_copy (iter);

          if (pango_layout_iter_next_line (next))
            {
              pango_layout_iter_get_line_yrange (next, &y0, &y1);
              bottom = (double) y0 / PANGO_SCALE;
            }
          pango_layout_iter_free (next);
        }
      add_unit (block, bottom - top + (i == 0 ? lead : 0) + (i == n - 1 ? tail : 0),
                i == 0 ? lead : 0, top, sub, i,
                i == 0 ? break_before_first : (i >= 2 && n - i >= 2));
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
measure_heading (SirkelReport *self,
                 ReportBlock  *block)
{
  static const ReportFont fonts[] = { REPORT_FONT_H1, REPORT_FONT_H2, REPORT_FONT_H3 };
  static const double before[] = { 0, 17, 11 };
  static const double after[] = { 12, 5, 3 };
  g_autofree char *escaped = report_escape (block->text);
  g_autofree char *markup = block->number != NULL
                            ? g_strdup_printf ("%s\u2003%s", block->number, escaped)
                            : g_strdup (escaped);
  PangoLayout *layout = report_new_layout (self, fonts[block->level - 1], markup,
                                           REPORT_TEXT_WIDTH);
  /* A chapter heading has a rule under it. */
  double rule = block->level == 1 ? 10 : 0;

  if (block->number != NULL)
    {
      g_autofree char *prefix = g_strdup_printf ("%s\u2003", block->number);

      hang_after_number (self, layout, fonts[block->level - 1], prefix);
    }

  g_ptr_array_add (block->layouts, layout);
  add_unit (block, report_layout_height (layout) + rule, 0, 0, 0, -1, FALSE);
  block->space_before = before[block->level - 1];
  block->space_after = after[block->level - 1];
  block->keep_with_next = TRUE;
  block->starts_page = block->level == 1;
}

static void
measure_text (SirkelReport *self,
              ReportBlock  *block)
{
  gboolean note = block->kind == BLOCK_NOTE;
  double width = REPORT_TEXT_WIDTH - (note ? 2 * REPORT_NOTE_PAD : 0);
  PangoLayout *layout = report_new_layout (self, REPORT_FONT_BODY, block->plain ? "" : block->text,
                                           width);

  if (block->plain)
    pango_layout_set_text (layout, block->text, -1);
  g_ptr_array_add (block->layouts, layout);
  add_line_units (block, layout, 0, note ? REPORT_NOTE_PAD : 0, note ? REPORT_NOTE_PAD : 0, FALSE);
  block->space_before = note ? 6 : 0;
  /* Labelled paragraphs are facts listed one after another, closer together. */
  block->space_after = note ? 10 : block->labelled ? 3.5 : 7;
}

static void
measure_list (SirkelReport *self,
              ReportBlock  *block)
{
  for (guint i = 0; i < block->items->len; i++)
    {
      PangoLayout *layout = report_new_layout (self, REPORT_FONT_BODY,
                                               g_ptr_array_index (block->items, i),
                                               REPORT_TEXT_WIDTH - REPORT_LIST_INDENT);

      g_ptr_array_add (block->layouts, layout);
      add_line_units (block, layout, i, i > 0 ? 2.5 : 0, 0, i > 0);
    }
  block->space_before = 1;
  block->space_after = 8;
}

static void
measure_table (SirkelReport *self,
               ReportBlock  *block)
{
  guint n_rows = block->items->len;
  double header_height = 0;

  if (block->text != NULL)
    {
      g_autofree char *label = g_strdup_printf (report_tr (self, NC_("report", "Table %u:")),
                                                block->serial);
      g_autofree char *escaped = report_escape (block->text);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", label, escaped);
      PangoLayout *layout = report_new_layout (self, REPORT_FONT_CAPTION, markup,
                                               REPORT_TEXT_WIDTH);

      g_ptr_array_add (block->layouts, layout);
      add_unit (block, report_layout_height (layout) + 5, 0, 0, G_MAXUINT, -1, FALSE);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      GStrv row = g_ptr_array_index (block->items, r);
      guint flags = g_array_index (block->row_flags, guint, r);
      ReportFont font = flags != 0 ? REPORT_FONT_TABLE_BOLD : REPORT_FONT_TABLE;
      double height = 0;

      for (guint c = 0; c < block->n_columns; c++)
        {
          PangoLayout *layout = report_new_layout (self, font, row[c],
                                                   block->widths[c] - 2 * REPORT_CELL_PAD_X);

          pango_layout_set_height (layout, -MAX_CELL_LINES);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          if (block->numeric[c])
            pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
          height = MAX (height, report_layout_height (layout));
          g_ptr_array_add (block->layouts, layout);
        }
      height += 2 * REPORT_CELL_PAD_Y;
      if (r == 0)
        header_height = height;
      /* Caption, header and first row stay together, and so do the last two rows. */
      add_unit (block, height, 0, 0, r, -1, r >= 2 && !(r == n_rows - 1 && n_rows > 3));
    }

  {
    g_autofree char *line = g_strdup_printf (report_tr (self, NC_("report", "Table %u, continued")),
                                             block->serial);
    PangoLayout *layout = report_new_layout (self, REPORT_FONT_SMALL, line, REPORT_TEXT_WIDTH);

    block->repeat_height = report_layout_height (layout) + 3 + header_height;
    g_ptr_array_add (block->layouts, layout);
  }
  block->space_before = 10;
  block->space_after = 14;
}

static void
measure_figure (SirkelReport *self,
                ReportBlock  *block)
{
  g_autofree char *label = g_strdup_printf (report_tr (self, NC_("report", "Figure %u:")),
                                            block->serial);
  g_autofree char *escaped = report_escape (block->text);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", label, escaped);
  PangoLayout *caption = report_new_layout (self, REPORT_FONT_CAPTION, markup, REPORT_TEXT_WIDTH);
  double text_height = REPORT_CAPTION_GAP + report_layout_height (caption);
  double preferred;

  g_ptr_array_add (block->layouts, caption);
  if (block->source != NULL)
    {
      g_autofree char *source = report_escape (block->source);
      PangoLayout *layout = report_new_layout (self, REPORT_FONT_SMALL, source, REPORT_TEXT_WIDTH);

      g_ptr_array_add (block->layouts, layout);
      text_height += 2 + report_layout_height (layout);
    }
  preferred = sirkel_chart_get_preferred_height (block->chart, REPORT_TEXT_WIDTH);
  if (!isfinite (preferred) || preferred <= 0)
    preferred = REPORT_TEXT_WIDTH * 0.6;
  /* Charts of a few series read well low and wide, and two then share a page; those whose
   * height grows with their content (barometer, matrix, timeline, chain) keep theirs. */
  switch (sirkel_chart_get_kind (block->chart))
    {
    case SIRKEL_CHART_TREND:
    case SIRKEL_CHART_BARS:
      preferred = MIN (preferred, REPORT_TEXT_WIDTH * 0.52);
      break;
    case SIRKEL_CHART_PROGRESS:
      preferred = MIN (preferred, REPORT_TEXT_WIDTH * 0.4);
      break;
    case SIRKEL_CHART_BAROMETER:
    case SIRKEL_CHART_MATRIX:
    case SIRKEL_CHART_TIMELINE:
    case SIRKEL_CHART_LOGIC_MODEL:
    case SIRKEL_CHART_CHAIN:
    case SIRKEL_CHART_YEAR_WHEEL:
    default:
      break;
    }
  block->figure_height = MIN (preferred, REPORT_BODY_HEIGHT - text_height - 24);
  add_unit (block, block->figure_height + text_height, 0, 0, 0, -1, FALSE);
  block->space_before = 10;
  block->space_after = 16;
}

static void
measure_toc (SirkelReport *self,
             guint         index)
{
  ReportBlock *block = g_ptr_array_index (self->blocks, index);
  gboolean first = TRUE;

  block->items = block->items != NULL ? block->items : g_ptr_array_new ();
  g_ptr_array_set_size (block->items, 0);
  for (guint i = index + 1; i < self->blocks->len; i++)
    {
      ReportBlock *heading = g_ptr_array_index (self->blocks, i);
      g_autofree char *escaped = NULL;
      g_autofree char *markup = NULL;
      PangoLayout *layout;
      double indent;

      if (heading->kind != BLOCK_HEADING || heading->level > 2)
        continue;
      escaped = report_escape (heading->text);
      markup = heading->number != NULL ? g_strdup_printf ("%s\u2002%s", heading->number, escaped)
                                       : g_strdup (escaped);
      indent = heading->level == 1 ? 0 : REPORT_TOC_INDENT;
      layout = report_new_layout (self, heading->level == 1 ? REPORT_FONT_TOC1 : REPORT_FONT_BODY,
                                  markup,
                                  REPORT_TEXT_WIDTH - REPORT_TOC_PAGE_WIDTH - indent - 18);
      if (heading->number != NULL)
        {
          g_autofree char *prefix = g_strdup_printf ("%s\u2002", heading->number);

          hang_after_number (self, layout,
                             heading->level == 1 ? REPORT_FONT_TOC1 : REPORT_FONT_BODY, prefix);
        }
      g_ptr_array_add (block->layouts, layout);
      g_ptr_array_add (block->items, GUINT_TO_POINTER (i));
      add_unit (block, report_layout_height (layout) + (heading->level == 1 && !first ? 7 : 1.5),
                heading->level == 1 && !first ? 7 : 1.5, 0, block->items->len - 1, -1, TRUE);
      first = FALSE;
    }
  block->space_after = 0;
}

/* Measures block @index into units (see ReportUnit); pagination places them. */
void
report_measure_block (SirkelReport *self,
                      guint         index)
{
  ReportBlock *block = g_ptr_array_index (self->blocks, index);

  block->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  block->units = g_array_new (FALSE, FALSE, sizeof (ReportUnit));
  block->space_before = block->space_after = 0;
  block->keep_with_next = block->starts_page = FALSE;
  switch (block->kind)
    {
    case BLOCK_TITLE_PAGE:
      add_unit (block, REPORT_BODY_HEIGHT, 0, 0, 0, -1, FALSE);
      block->starts_page = TRUE;
      break;
    case BLOCK_TOC:
      measure_toc (self, index);
      break;
    case BLOCK_HEADING:
      measure_heading (self, block);
      break;
    case BLOCK_PARAGRAPH:
    case BLOCK_NOTE:
      measure_text (self, block);
      /* A short paragraph that leads into a figure stays on the figure's page. */
      if (block->kind == BLOCK_PARAGRAPH && block->units->len <= 3 &&
          index + 1 < self->blocks->len &&
          ((ReportBlock *) g_ptr_array_index (self->blocks, index + 1))->kind == BLOCK_FIGURE)
        block->keep_with_next = TRUE;
      break;
    case BLOCK_LIST:
      measure_list (self, block);
      break;
    case BLOCK_TABLE:
      measure_table (self, block);
      break;
    case BLOCK_FIGURE:
      measure_figure (self, block);
      break;
    case BLOCK_PAGE_BREAK:
      break;
    default:
      g_assert_not_reached ();
    }
}
