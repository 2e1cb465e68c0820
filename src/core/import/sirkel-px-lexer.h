/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PC-Axis syntax layer: decodes a .px file (CODEPAGE, cross-checked), turns the text
 * into statements `KEYWORD[lang]("sub1","sub2")=value;` and finds the DATA section, without
 * interpreting either (DATA-FORMATS.md §4). Used only by sirkel-px-reader.c and its tests.
 *
 * Invariants: every string in a statement is UTF-8 with multi-segment pieces already joined
 * and line breaks inside quotes turned into "\n"; only the keywords the reader uses are kept
 * (an unknown keyword is parsed, checked and dropped, so 100 000 of them cost no memory);
 * DATA is counted, not stored: the reader walks it again with SirkelPxDataCursor.
 * Plain functions over one buffer; no state outside the structs.
 */
#pragma once

#include "sirkel-import-table.h"

G_BEGIN_DECLS

typedef struct
{
  char      *keyword;   /* upper case, e.g. "VALUES" */
  char      *lang;      /* the [lang] part, or NULL for the default language */
  char     **subkeys;   /* the ("sub1","sub2") part; never NULL, may be empty */
  GPtrArray *items;     /* of char *: quoted strings and bare words of the value, in order */
  char      *tlist;     /* "A1", "Q1" … when the value starts with TLIST (…), else NULL */
  guint      line;      /* the line the statement starts on, from 1 */
} SirkelPxStatement;

typedef struct
{
  GPtrArray *statements;       /* of SirkelPxStatement: the keywords the reader uses */
  gboolean   has_data;
  gsize      data_start;       /* offset of the first byte after "DATA=" */
  gsize      data_end;         /* offset of DATA's closing ';', or the end of the text */
  guint      data_line;        /* the line of the DATA keyword */
  guint      data_start_line;  /* the line at data_start */
  guint64    data_tokens;      /* the values between data_start and data_end */
  gboolean   data_terminated;  /* FALSE when the text ended before DATA's ';' */
} SirkelPxFile;

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
} SirkelPxDataCursor;

char       *sirkel_px_decode              (GBytes              *bytes,
                                           const char          *override,
                                           SirkelImportTable   *table,
                                           gsize               *len_out,
                                           GError             **error);
guint       sirkel_px_line_at             (const char          *text,
                                           gsize                offset);
gboolean    sirkel_px_lex                 (const char          *text,
                                           gsize                len,
                                           SirkelImportTable   *table,
                                           GCancellable        *cancellable,
                                           SirkelPxFile        *file,
                                           GError             **error);
void        sirkel_px_file_clear          (SirkelPxFile        *file);
const char *sirkel_px_statement_get_text  (const SirkelPxStatement *statement);

void        sirkel_px_data_cursor_init    (SirkelPxDataCursor  *cursor,
                                           const char          *text,
                                           const SirkelPxFile  *file);
int         sirkel_px_data_next           (SirkelPxDataCursor  *cursor,
                                           const char         **token,
                                           gsize               *token_len,
                                           gboolean            *quoted,
                                           guint               *line,
                                           GError             **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SirkelPxFile, sirkel_px_file_clear)

G_END_DECLS
