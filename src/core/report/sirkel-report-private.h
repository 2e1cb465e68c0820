/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inside the document composer: the blocks a report is made of, their layout (units that can
 * be placed on a page, and fragments of blocks placed on pages), the page geometry and fonts
 * (chosen here and nowhere else), and the document-language helpers the three documents share.
 *
 * Layout model. Each block is measured into units — a line of a paragraph or list item, a
 * table row, a whole figure, a heading — each with its height and whether a page may break
 * before it (widows and orphans, a table's caption, header and first row, keep-together).
 * Pagination places runs of units as fragments on pages; a table fragment on a continuation
 * page repeats the header row under a "continued" line. Rendering draws fragments, so a page
 * is drawn on its own, without the pages before it.
 */
#pragma once

#include <pango/pangocairo.h>
#include <glib/gi18n-lib.h>

#include "sirkel-report.h"
#include "sirkel-chart-style.h"

G_BEGIN_DECLS

/* Fixed words of the documents are marked NC_ ("report", "…") so that xgettext extracts them
 * with the context "report", apart from the UI's strings. Here NC_ yields the catalogue key
 * ("report" EOT "…", the form gettext stores a context in), which report_tr () translates
 * into the document's language, whatever the UI speaks. */
#undef NC_
#define NC_(Context, String) (Context "\004" String)

/* A4 in points, and the type area. */
#define REPORT_PAGE_WIDTH    595.276
#define REPORT_PAGE_HEIGHT   841.890
#define REPORT_MARGIN_LEFT    70.0
#define REPORT_MARGIN_RIGHT   70.0
#define REPORT_MARGIN_TOP     78.0
#define REPORT_MARGIN_BOTTOM  74.0
#define REPORT_TEXT_WIDTH    (REPORT_PAGE_WIDTH - REPORT_MARGIN_LEFT - REPORT_MARGIN_RIGHT)
#define REPORT_TEXT_BOTTOM   (REPORT_PAGE_HEIGHT - REPORT_MARGIN_BOTTOM)
#define REPORT_BODY_HEIGHT   (REPORT_TEXT_BOTTOM - REPORT_MARGIN_TOP)

/* Muted text (notes in cells, the labels of the title page), as in the renderer's inks. */
#define REPORT_MUTED_MARKUP "#5c666f"

/* A figure may be drawn down to this share of its preferred height to fit at a page's foot. */
#define REPORT_FIGURE_MIN_SCALE 0.72

/* Spacing inside blocks, shared by layout and rendering. */
#define REPORT_CELL_PAD_X      4.0
#define REPORT_CELL_PAD_Y      3.2
#define REPORT_LIST_INDENT    15.0
#define REPORT_NOTE_PAD        9.0
#define REPORT_TOC_PAGE_WIDTH 34.0   /* the page-number column of the contents */
#define REPORT_TOC_INDENT     24.0   /* level 2 entries */
#define REPORT_CAPTION_GAP     6.0   /* between a chart and its caption */

/* The fonts, the one place they are chosen: installed with Sirkel's Debian dependencies
 * (fonts-dejavu-core, fonts-cantarell), both embeddable, both with æøå. The serif carries the
 * running text; the sans the headings, tables, captions and charts. */
#define REPORT_FONT_SERIF "DejaVu Serif"
#define REPORT_FONT_SANS  "Cantarell, DejaVu Sans"

typedef enum
{
  REPORT_FONT_BODY,
  REPORT_FONT_BODY_BOLD,
  REPORT_FONT_H1,
  REPORT_FONT_H2,
  REPORT_FONT_H3,
  REPORT_FONT_TABLE,
  REPORT_FONT_TABLE_BOLD,
  REPORT_FONT_CAPTION,
  REPORT_FONT_SMALL,
  REPORT_FONT_TOC1,
  REPORT_FONT_TITLE,
  REPORT_FONT_SUBTITLE,
  REPORT_FONT_KICKER,
  REPORT_N_FONTS
} ReportFont;

typedef enum
{
  BLOCK_TITLE_PAGE,
  BLOCK_TOC,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,
  BLOCK_LIST,
  BLOCK_TABLE,
  BLOCK_FIGURE,
  BLOCK_PAGE_BREAK,
} BlockKind;

/* A run of a block that pagination places as one piece: a line, a row, a figure. */
typedef struct
{
  double   height;        /* including lead */
  double   lead;          /* space inside the unit before its content (item gap, box padding) */
  double   top;           /* its line's top in its layout */
  guint    sub;           /* which list item, table row or TOC entry */
  gint     line;          /* which line of that layout; -1 for a whole row, caption or figure */
  gboolean break_before;  /* may a page end before this unit? */
} ReportUnit;

typedef struct _ReportBlock ReportBlock;

struct _SirkelReportTable
{
  SirkelReport *report;       /* the report that owns the block */
  ReportBlock  *block;
};

struct _ReportBlock
{
  BlockKind     kind;
  char         *text;         /* heading text, paragraph markup (or text if plain), caption */
  char         *number;       /* "2.1", "A.3"; NULL when unnumbered */
  guint         level;        /* headings: 1–3 */
  guint         serial;       /* headings: their destination "h<serial>"; tables, figures: number */
  GPtrArray    *items;        /* list items (markup); table rows (GStrv); title-page facts */
  GArray       *row_flags;    /* tables: guint per row, ROW_HEADER or ROW_TOTAL */
  guint         n_columns;
  double       *widths;       /* tables: column widths in points */
  gboolean     *numeric;      /* tables: right-aligned columns */
  SirkelChart  *chart;        /* figures */
  char         *source;       /* figures: the source line; title page: the subtitle */
  char         *alt;          /* figures: the text alternative; title page: the kicker */
  char         *notice;       /* title page */
  gboolean      labelled;     /* paragraphs: starts with a bold label */
  gboolean      plain;        /* paragraphs and notes: text is plain text, not markup */

  /* Set by the layout. */
  GPtrArray    *layouts;      /* PangoLayout per item, cell (row-major) or entry */
  GArray       *units;        /* ReportUnit */
  double        space_before;  /* gaps between blocks: the larger of the two, none at a page top */
  double        space_after;
  double        repeat_height;  /* tables: the repeated header (and its line) on a new page */
  double        figure_height;  /* figures: the chart's height */
  gboolean      keep_with_next;
  gboolean      starts_page;
  guint         page;         /* the page the block starts on (0-based) */
  SirkelReportTable table;    /* tables: the handle given out; points back at the block */
};

enum
{
  ROW_HEADER = 1 << 0,
  ROW_TOTAL = 1 << 1,
};

/* Part of a block placed on a page. */
typedef struct
{
  guint    block;
  guint    first;         /* first unit */
  guint    n;             /* units */
  double   y;             /* top of the first unit on the page */
  gboolean continued;     /* the block began on an earlier page */
} ReportFragment;

struct _SirkelReport
{
  GObject                parent_instance;

  char                  *language;     /* "nb", "nn" or "en" */
  GDateTime             *date;         /* the document's date, UTC */
  char                  *title;        /* metadata; never NULL */
  char                  *author;
  char                  *subject;
  char                  *keywords;
  char                  *header_left;  /* running header; NULL for none */
  char                  *header_right;
  char                  *footer_note;
  SirkelChartStyle      *chart_style;  /* the charts' language, font and palette */

  GPtrArray             *blocks;       /* ReportBlock */
  guint                  heading_counters[3];
  guint                  n_headings;
  guint                  n_tables;
  guint                  n_figures;
  gboolean               appendix;

  /* Layout: valid while laid_out; any added block clears it. */
  gboolean               laid_out;
  PangoFontMap          *font_map;     /* the laying-out thread's (report_set_up_fonts) */
  PangoContext          *pango;
  PangoFontDescription  *fonts[REPORT_N_FONTS];
  GPtrArray             *pages;        /* GArray of ReportFragment per page */
};

/* sirkel-report-text.c */
const char  *report_tr                (SirkelReport   *self,
                                       const char     *key) G_GNUC_FORMAT (2);
char        *report_format_date       (SirkelReport   *self,
                                       GDateTime      *date,
                                       gboolean        long_form);
char        *report_format_iso_date   (SirkelReport   *self,
                                       const char     *iso,
                                       gboolean        long_form);
char        *report_format_number     (SirkelReport   *self,
                                       double          value,
                                       int             decimals);
char        *report_escape            (const char     *text);

/* sirkel-report-layout.c */
void         report_clear_layout      (SirkelReport   *self);
void         report_free_fonts        (SirkelReport   *self);
void         report_set_up_fonts      (SirkelReport   *self);
gboolean     report_fonts_are_current (SirkelReport   *self);
void         report_measure_block     (SirkelReport   *self,
                                       guint           index);
PangoLayout *report_new_layout        (SirkelReport   *self,
                                       ReportFont      font,
                                       const char     *markup,
                                       double          width);
double       report_layout_height     (PangoLayout    *layout);
void         report_table_column_box  (ReportBlock    *block,
                                       guint           column,
                                       double         *x,
                                       double         *width);

/* sirkel-report-paginate.c */
gboolean     report_layout            (SirkelReport   *self,
                                       GCancellable   *cancellable,
                                       GError        **error);

/* sirkel-report-render.c */
void         report_render_page       (SirkelReport   *self,
                                       guint           page,
                                       cairo_t        *cr,
                                       gboolean        tagged,
                                       GPtrArray      *alternatives);

/* sirkel-report-pdf-fixup.c */
void         report_pdf_add_accessibility (GByteArray  *bytes,
                                           const char  *language,
                                           GPtrArray   *alternatives);

G_END_DECLS
