/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelReport as a list of blocks: the composer's API, headings numbered as they are added
 * (1, 1.1, 1.1.1; A, A.1 in the appendix), tables and figures numbered in order, and the
 * document-language helpers (fixed words, dates, numbers). Every string that comes in is made
 * valid UTF-8 here, so layout and Cairo never see anything else (RELIABILITY.md § 8).
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-i18n.h"
#include "sirkel-report-private.h"

G_DEFINE_FINAL_TYPE (SirkelReport, sirkel_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (sirkel-report-error-quark, sirkel_report_error)

static void
block_free (gpointer data)
{
  ReportBlock *block = data;

  g_free (block->text);
  g_free (block->number);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->row_flags, g_array_unref);
  g_free (block->widths);
  g_free (block->numeric);
  g_clear_pointer (&block->chart, sirkel_chart_unref);
  g_free (block->source);
  g_free (block->alt);
  g_free (block->notice);
  g_clear_pointer (&block->layouts, g_ptr_array_unref);
  g_clear_pointer (&block->units, g_array_unref);
  g_free (block);
}

static char *
valid (const char *text)
{
  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

static ReportBlock *
add_block (SirkelReport *self,
           BlockKind     kind)
{
  ReportBlock *block = g_new0 (ReportBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  report_clear_layout (self);
  return block;
}

static void
sirkel_report_finalize (GObject *object)
{
  SirkelReport *self = SIRKEL_REPORT (object);

  report_clear_layout (self);
  report_free_fonts (self);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->chart_style, sirkel_chart_style_unref);
  g_free (self->language);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer_note);

  G_OBJECT_CLASS (sirkel_report_parent_class)->finalize (object);
}

static void
sirkel_report_class_init (SirkelReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sirkel_report_finalize;
}

static void
sirkel_report_init (SirkelReport *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->title = g_strdup ("");
}

/**
 * sirkel_report_new:
 * @language: "nb", "nn" or "en"
 * @date: (nullable): the document's date; %NULL for sirkel_report_dup_date_now ()
 *
 * An empty document in @language. The date is printed on the title page and written as the
 * PDF's creation and modification date.
 *
 * Returns: (transfer full): a new report
 */
SirkelReport *
sirkel_report_new (const char *language,
                   GDateTime  *date)
{
  SirkelReport *self;

  g_return_val_if_fail (language != NULL && sirkel_i18n_language_is_valid (language), NULL);

  self = g_object_new (SIRKEL_TYPE_REPORT, NULL);
  self->language = g_strdup (language);
  self->date = date != NULL ? g_date_time_to_utc (date) : sirkel_report_dup_date_now ();
  self->chart_style = sirkel_chart_style_new ();
  sirkel_chart_style_set_language (self->chart_style, language);
  sirkel_chart_style_set_font (self->chart_style, REPORT_FONT_SANS, 7.5);
  sirkel_chart_style_set_show_title (self->chart_style, FALSE);
  return self;
}

const char *
sirkel_report_get_language (SirkelReport *self)
{
  g_return_val_if_fail (SIRKEL_IS_REPORT (self), NULL);

  return self->language;
}

/**
 * sirkel_report_get_date:
 *
 * Returns: (transfer none): the document's date, in UTC
 */
GDateTime *
sirkel_report_get_date (SirkelReport *self)
{
  g_return_val_if_fail (SIRKEL_IS_REPORT (self), NULL);

  return self->date;
}

const char *
sirkel_report_get_title (SirkelReport *self)
{
  g_return_val_if_fail (SIRKEL_IS_REPORT (self), NULL);

  return self->title;
}

/**
 * sirkel_report_set_metadata:
 * @title: the document's title, also the PDF's
 * @author: (nullable): who wrote it, such as the municipality
 * @subject: (nullable): one sentence on what it is
 * @keywords: (nullable): comma-separated
 */
void
sirkel_report_set_metadata (SirkelReport *self,
                            const char   *title,
                            const char   *author,
                            const char   *subject,
                            const char   *keywords)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (title != NULL);

  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);
  self->title = valid (title);
  self->author = author != NULL ? valid (author) : NULL;
  self->subject = subject != NULL ? valid (subject) : NULL;
  self->keywords = keywords != NULL ? valid (keywords) : NULL;
}

/**
 * sirkel_report_set_running_header:
 * @left: (nullable): text at the left of every page but the title page
 * @right: (nullable): text at the right
 */
void
sirkel_report_set_running_header (SirkelReport *self,
                                  const char   *left,
                                  const char   *right)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));

  g_free (self->header_left);
  g_free (self->header_right);
  self->header_left = left != NULL ? valid (left) : NULL;
  self->header_right = right != NULL ? valid (right) : NULL;
}

/**
 * sirkel_report_set_footer_note:
 * @note: (nullable): a short line at the left of every footer, such as "Example: fictional
 *   municipality"; the page number stands at the right
 */
void
sirkel_report_set_footer_note (SirkelReport *self,
                               const char   *note)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));

  g_free (self->footer_note);
  self->footer_note = note != NULL ? valid (note) : NULL;
}

/**
 * sirkel_report_add_title_page:
 * @kicker: (nullable): the kind of document, printed small above the title
 * @title: the title
 * @subtitle: (nullable): under the title
 * @facts: (nullable): short lines such as "Period: 2024–2027"
 * @notice: (nullable): a boxed note, such as that the data are fictional
 *
 * A title page of its own, without running header and footer; what follows starts on the next
 * page.
 */
void
sirkel_report_add_title_page (SirkelReport       *self,
                              const char         *kicker,
                              const char         *title,
                              const char         *subtitle,
                              const char * const *facts,
                              const char         *notice)
{
  ReportBlock *block;

  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (title != NULL);

  block = add_block (self, BLOCK_TITLE_PAGE);
  block->text = valid (title);
  block->alt = kicker != NULL ? valid (kicker) : NULL;
  block->source = subtitle != NULL ? valid (subtitle) : NULL;
  block->notice = notice != NULL ? valid (notice) : NULL;
  block->items = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; facts != NULL && facts[i] != NULL; i++)
    g_ptr_array_add (block->items, valid (facts[i]));
}

/**
 * sirkel_report_add_toc:
 *
 * A table of contents of the level 1 and 2 headings, with page numbers and links, under a
 * heading of its own.
 */
void
sirkel_report_add_toc (SirkelReport *self)
{
  ReportBlock *heading;

  g_return_if_fail (SIRKEL_IS_REPORT (self));

  heading = add_block (self, BLOCK_HEADING);
  heading->level = 1;
  heading->serial = self->n_headings++;
  heading->text = g_strdup (report_tr (self, NC_("report", "Contents")));
  add_block (self, BLOCK_TOC);
}

/**
 * sirkel_report_add_heading:
 * @level: 1 (a chapter, which starts a new page), 2 or 3
 * @text: the heading, without its number
 */
void
sirkel_report_add_heading (SirkelReport *self,
                           guint         level,
                           const char   *text)
{
  ReportBlock *block;
  GString *number = g_string_new (NULL);

  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (level >= 1 && level <= 3);
  g_return_if_fail (text != NULL);

  self->heading_counters[level - 1]++;
  for (guint i = level; i < 3; i++)
    self->heading_counters[i] = 0;
  for (guint i = 0; i < level; i++)
    {
      if (i > 0)
        g_string_append_c (number, '.');
      if (i == 0 && self->appendix)
        g_string_append_c (number, (char) ('A' + (self->heading_counters[0] - 1) % 26));
      else
        g_string_append_printf (number, "%u", self->heading_counters[i]);
    }

  block = add_block (self, BLOCK_HEADING);
  block->level = level;
  block->serial = self->n_headings++;
  block->text = valid (text);
  block->number = g_string_free (number, FALSE);
}

/**
 * sirkel_report_begin_appendix:
 *
 * Level 1 headings from here on are lettered A, B, C … and their sections A.1, A.2 ….
 */
void
sirkel_report_begin_appendix (SirkelReport *self)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));

  self->appendix = TRUE;
  memset (self->heading_counters, 0, sizeof self->heading_counters);
}

/* User text: a blank line separates paragraphs; a single line break stays a line break. */
static void
add_text_blocks (SirkelReport *self,
                 BlockKind     kind,
                 const char   *label,
                 const char   *text)
{
  g_autofree char *clean = valid (text);
  g_auto(GStrv) paragraphs = NULL;
  gboolean first = TRUE;

  g_strdelimit (clean, "\r", '\n');
  paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n\\s*", g_strstrip (clean), 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *paragraph = g_strstrip (paragraphs[i]);
      ReportBlock *block;

      if (*paragraph == '\0')
        continue;
      block = add_block (self, kind);
      block->labelled = label != NULL;
      if (first && label != NULL)
        {
          g_autofree char *escaped = report_escape (paragraph);

          block->text = g_strdup_printf ("<b>%s</b> %s", label, escaped);
        }
      else
        {
          /* Plain text is laid out without parsing it as markup, which is a good part of
           * the time a long document takes. */
          block->text = g_strdup (paragraph);
          block->plain = TRUE;
        }
      first = FALSE;
    }
}

/**
 * sirkel_report_add_paragraph:
 * @text: plain text as the user wrote it; blank lines start new paragraphs
 */
void
sirkel_report_add_paragraph (SirkelReport *self,
                             const char   *text)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (text != NULL);

  add_text_blocks (self, BLOCK_PARAGRAPH, NULL, text);
}

/**
 * sirkel_report_add_labelled_paragraph:
 * @label: a few words printed in bold before the text, such as "Causes:"
 * @text: plain text; blank lines start new paragraphs (only the first carries the label)
 */
void
sirkel_report_add_labelled_paragraph (SirkelReport *self,
                                      const char   *label,
                                      const char   *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (label != NULL && text != NULL);

  escaped = report_escape (label);
  add_text_blocks (self, BLOCK_PARAGRAPH, escaped, text);
}

/**
 * sirkel_report_add_note:
 * @text: plain text, printed in a tinted box
 */
void
sirkel_report_add_note (SirkelReport *self,
                        const char   *text)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (text != NULL);

  add_text_blocks (self, BLOCK_NOTE, NULL, text);
}

/**
 * sirkel_report_add_list:
 * @items: plain texts, one bullet each; empty items are left out
 */
void
sirkel_report_add_list (SirkelReport       *self,
                        const char * const *items)
{
  ReportBlock *block;

  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (items != NULL);

  block = add_block (self, BLOCK_LIST);
  block->items = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *clean = valid (items[i]);

      if (*g_strstrip (clean) != '\0')
        g_ptr_array_add (block->items, report_escape (clean));
    }
  if (block->items->len == 0)
    g_ptr_array_remove (self->blocks, block);
}

/**
 * sirkel_report_add_table:
 * @caption: (nullable): printed above the table after "Table N:"
 * @n_columns: at least 1
 * @headers: @n_columns column headings
 * @widths: (nullable) (array): @n_columns relative widths; %NULL for equal columns
 *
 * Returns: (transfer none): the table, to add rows to; valid as long as the report
 */
SirkelReportTable *
sirkel_report_add_table (SirkelReport       *self,
                         const char         *caption,
                         guint               n_columns,
                         const char * const *headers,
                         const double       *widths)
{
  ReportBlock *block;
  SirkelReportTable *table;
  double total = 0;

  g_return_val_if_fail (SIRKEL_IS_REPORT (self), NULL);
  g_return_val_if_fail (n_columns >= 1 && n_columns <= 32, NULL);
  g_return_val_if_fail (headers != NULL, NULL);

  block = add_block (self, BLOCK_TABLE);
  block->serial = ++self->n_tables;
  block->text = caption != NULL ? valid (caption) : NULL;
  block->n_columns = n_columns;
  block->widths = g_new (double, n_columns);
  block->numeric = g_new0 (gboolean, n_columns);
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  block->row_flags = g_array_new (FALSE, FALSE, sizeof (guint));
  /* Relative widths; a missing or unusable one counts as 1. */
  for (guint i = 0; i < n_columns; i++)
    {
      block->widths[i] = widths != NULL && isfinite (widths[i]) && widths[i] > 0 ? widths[i] : 1;
      total += block->widths[i];
    }
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] *= REPORT_TEXT_WIDTH / total;

  table = &block->table;
  table->report = self;
  table->block = block;

  {
    GStrv row = g_new0 (char *, n_columns + 1);
    guint flags = ROW_HEADER;

    for (guint i = 0; i < n_columns; i++)
      row[i] = report_escape (headers[i] != NULL ? headers[i] : "");
    g_ptr_array_add (block->items, row);
    g_array_append_val (block->row_flags, flags);
  }
  return table;
}

/**
 * sirkel_report_table_set_numeric:
 * @column: a column whose cells are numbers, set right-aligned
 */
void
sirkel_report_table_set_numeric (SirkelReportTable *table,
                                 guint              column)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->block->n_columns);

  table->block->numeric[column] = TRUE;
}

/* A cell's markup: its text, and a muted note after SIRKEL_REPORT_CELL_NOTE. Notes are codes
 * and keys, which must not get hyphens. */
static char *
cell_markup (const char *text)
{
  const char *note = strstr (text, SIRKEL_REPORT_CELL_NOTE);
  g_autofree char *main_text = note != NULL ? g_strndup (text, note - text) : g_strdup (text);
  g_autofree char *escaped = report_escape (main_text);
  g_autofree char *escaped_note = NULL;

  if (note == NULL || note[1] == '\0')
    return g_steal_pointer (&escaped);
  escaped_note = report_escape (note + 1);
  return g_strdup_printf ("%s\n<span size=\"smaller\" foreground=\"" REPORT_MUTED_MARKUP "\" "
                          "insert_hyphens=\"false\">%s</span>", escaped, escaped_note);
}

static void
table_add_row (SirkelReportTable  *table,
               const char * const *cells,
               guint               flags)
{
  ReportBlock *block = table->block;
  GStrv row = g_new0 (char *, block->n_columns + 1);
  gboolean end = FALSE;

  for (guint i = 0; i < block->n_columns; i++)
    {
      end = end || cells[i] == NULL;
      row[i] = cell_markup (end ? "" : cells[i]);
    }
  g_ptr_array_add (block->items, row);
  g_array_append_val (block->row_flags, flags);
  report_clear_layout (table->report);
}

/**
 * sirkel_report_table_add_row:
 * @cells: the row's cells as plain text; a %NULL ends the row early (the rest stay empty)
 */
void
sirkel_report_table_add_row (SirkelReportTable  *table,
                             const char * const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  table_add_row (table, cells, 0);
}

/**
 * sirkel_report_table_add_total_row:
 * @cells: a summing row, set in bold under a rule
 */
void
sirkel_report_table_add_total_row (SirkelReportTable  *table,
                                   const char * const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  table_add_row (table, cells, ROW_TOTAL);
}

/**
 * sirkel_report_add_figure:
 * @chart: the chart; the report takes a reference and draws it in the report's chart style
 * @caption: printed under the chart after "Figure N:"
 * @source: (nullable): the line under the caption: source, table and date of the data
 *
 * The chart's text alternative becomes the figure's /Alt in the PDF.
 */
void
sirkel_report_add_figure (SirkelReport *self,
                          SirkelChart  *chart,
                          const char   *caption,
                          const char   *source)
{
  ReportBlock *block;

  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (chart != NULL);
  g_return_if_fail (caption != NULL);

  block = add_block (self, BLOCK_FIGURE);
  block->serial = ++self->n_figures;
  block->chart = sirkel_chart_ref (chart);
  sirkel_chart_set_style (chart, self->chart_style);
  block->text = valid (caption);
  block->source = source != NULL ? valid (source) : NULL;
  {
    g_autofree char *alt = sirkel_chart_dup_text_alternative (chart);

    block->alt = valid (alt != NULL && *alt != '\0' ? alt : caption);
  }
}

void
sirkel_report_add_page_break (SirkelReport *self)
{
  g_return_if_fail (SIRKEL_IS_REPORT (self));

  add_block (self, BLOCK_PAGE_BREAK);
}
