/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDelimited: the delimited-text tokenizer shared by the FHI CSV, SSB CSV, Udir and
 * Sirkel long CSV readers (RELIABILITY.md §5 "CSV", DATA-FORMATS.md §1.1–§1.3). RFC 4180 plus
 * real life: LF, CR, CRLF and a mix of them; quoted fields with doubled quotes and line breaks
 * inside; the separator sniffed among ';' ',' and TAB from consistent field counts outside
 * quotes, or taken from an Excel "sep=" first line; trailing empty fields tolerated.
 *
 * The tokenizer owns one decoded, NUL-terminated UTF-8 buffer and works in it: a field's
 * text is unescaped and NUL-terminated in place (unescaping only ever shortens a field), so
 * the file is never copied again and every field is a (pointer, length) into the buffer.
 * Records are read one at a time in file order; each reports the line it starts on. Bounds:
 * a field is at most SIRKEL_IMPORT_MAX_FIELD bytes and a record at most
 * SIRKEL_IMPORT_MAX_COLUMNS fields; an unterminated quote, a NUL byte or a ragged record is
 * an error naming the line. The work is linear in the size of the buffer.
 *
 * The tokenizer also decodes a GBytes into itself and reads value cells with per-column
 * decimal marks; sirkel-delimited-helpers.c holds the other helpers the four readers share:
 * sex labels, "KEY=code" dimensions, geography cells and padding, and the cheap look at a
 * file's first bytes that the sniffers use.
 *
 * Thread rule: one tokenizer is used by one thread.
 */
#pragma once

#include "sirkel-import-table.h"
#include "sirkel-text.h"

G_BEGIN_DECLS

typedef struct
{
  char     *text;    /* unescaped, NUL-terminated, inside the tokenizer's buffer */
  gsize     len;     /* bytes in text */
  gboolean  quoted;  /* the field was written in quotes */
} SirkelField;

typedef enum
{
  SIRKEL_CELL_NUMBER,  /* a number: *value holds it */
  SIRKEL_CELL_EMPTY,   /* nothing but spaces */
  SIRKEL_CELL_SYMBOL,  /* text without digits: a missing-value symbol for the caller to map */
} SirkelCellKind;

typedef struct _SirkelDelimited SirkelDelimited;

SirkelDelimited   *sirkel_delimited_new              (char               *text,
                                                      gsize               len,
                                                      SirkelImportTable  *table);
SirkelDelimited   *sirkel_delimited_open             (GBytes             *bytes,
                                                      const char         *encoding,
                                                      SirkelImportTable  *table,
                                                      const char         *format,
                                                      const char         *source,
                                                      const char         *separators,
                                                      GError            **error);
void               sirkel_delimited_free             (SirkelDelimited    *self);

void               sirkel_delimited_choose_separator (SirkelDelimited    *self,
                                                      const char         *candidates);
void               sirkel_delimited_set_separator    (SirkelDelimited    *self,
                                                      char                separator);
char               sirkel_delimited_get_separator    (SirkelDelimited    *self);
gboolean           sirkel_delimited_had_sep_line     (SirkelDelimited    *self);

gboolean           sirkel_delimited_next             (SirkelDelimited    *self,
                                                      GError            **error);
guint              sirkel_delimited_get_line         (SirkelDelimited    *self);
guint              sirkel_delimited_get_n_fields     (SirkelDelimited    *self);
SirkelField       *sirkel_delimited_get_fields       (SirkelDelimited    *self);
gboolean           sirkel_delimited_is_blank         (SirkelDelimited    *self);
guint              sirkel_delimited_trim_trailing    (SirkelDelimited    *self);
gboolean           sirkel_delimited_fit              (SirkelDelimited    *self,
                                                      guint               expected,
                                                      GError            **error);

gboolean           sirkel_delimited_read_value       (SirkelDelimited    *self,
                                                      guint               column,
                                                      const char         *column_name,
                                                      const SirkelField  *field,
                                                      SirkelCellKind     *kind,
                                                      double             *value,
                                                      GError            **error);
gboolean           sirkel_delimited_check_cells      (SirkelDelimited    *self,
                                                      guint64             cells,
                                                      GCancellable       *cancellable,
                                                      GError            **error);

/* Helpers for the readers built on the tokenizer. */
char              *sirkel_delimited_shorten          (const char         *text);
int                sirkel_delimited_sex_from_text    (const char         *text);
const char        *sirkel_delimited_join_dims        (SirkelImportTable  *table,
                                                      GPtrArray          *pairs);
gboolean           sirkel_delimited_read_geo         (SirkelImportTable  *table,
                                                      const char         *cell,
                                                      const char        **geo_raw,
                                                      const char        **geo,
                                                      SirkelGeoLevel     *level);
void               sirkel_delimited_pad_geo          (SirkelImportTable  *table,
                                                      guint               first);
void               sirkel_delimited_drop_dim         (SirkelImportTable  *table,
                                                      guint               first,
                                                      const char         *key);

/* The cheap look at the first bytes for the sniffers: no full decoding. */
typedef struct
{
  char      *text;      /* the first bytes as text (UTF-16 reduced to its ASCII), or NULL */
  char     **lines;     /* its first lines without line ends; the sep= line is left out */
  char       sep_line;  /* the separator a "sep=" first line announced, or 0 */
  gboolean   utf16;     /* the bytes look like UTF-16 without a BOM, or have a UTF-16 BOM */
} SirkelSniffHead;

void               sirkel_sniff_head_init            (SirkelSniffHead    *head,
                                                      const guint8       *data,
                                                      gsize               len);
void               sirkel_sniff_head_clear           (SirkelSniffHead    *head);
char             **sirkel_sniff_split                (const char         *line);
gboolean           sirkel_sniff_has_column           (char * const       *fields,
                                                      const char         *name);

/* The record loop the readers share: blank lines are warned about and skipped, the first other
 * record is the header, every later one a row that must fit the header's width. @preamble, if
 * set, sees each record before the header first (blank or not) and may consume it (SSB's title
 * line and the blank line after it). */
typedef struct
{
  gboolean (*preamble)  (gpointer reader, gboolean *consumed, GError **error);
  gboolean (*header)    (gpointer reader, GError **error);
  gboolean (*row)       (gpointer reader, GCancellable *cancellable, GError **error);
  guint    (*n_columns) (gpointer reader);
} SirkelRecordHandlers;

gboolean           sirkel_delimited_read_records     (SirkelDelimited            *self,
                                                      SirkelImportTable          *table,
                                                      const SirkelRecordHandlers *handlers,
                                                      gpointer                    reader,
                                                      GCancellable               *cancellable,
                                                      GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelDelimited, sirkel_delimited_free)

G_END_DECLS
