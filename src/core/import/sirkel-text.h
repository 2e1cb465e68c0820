/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text the importers share: decoding a file to UTF-8 with the encoding detected (RELIABILITY.md
 * §5, DATA-FORMATS.md §1.1), locale-independent numbers, geography codes, periods and the
 * meaning of missing-value symbols per source. Plain functions, no I/O, no locale: never
 * strtod, atof or scanf; GTK calls setlocale and nb_NO expects a decimal comma.
 */
#pragma once

#include "sirkel-import-table.h"

G_BEGIN_DECLS

#define SIRKEL_IMPORT_ERROR (sirkel_import_error_quark ())

typedef enum
{
  SIRKEL_IMPORT_ERROR_FAILED,
  SIRKEL_IMPORT_ERROR_FORMAT,     /* not a format we read, or the override does not fit */
  SIRKEL_IMPORT_ERROR_ENCODING,   /* bytes that cannot be text (NUL, invalid after decoding) */
  SIRKEL_IMPORT_ERROR_SHAPE,      /* wrong number of cells or fields: the import is refused */
  SIRKEL_IMPORT_ERROR_VALUE,      /* a cell that is neither a number nor a known symbol */
  SIRKEL_IMPORT_ERROR_TOO_LARGE,  /* over the bounds: file size, fields, cube size, depth */
  SIRKEL_IMPORT_ERROR_CANCELLED,
  SIRKEL_IMPORT_ERROR_MEASURES,   /* the project has indicators of measures the read left out:
                                     read again with SIRKEL_IMPORT_ALL_MEASURES */
} SirkelImportError;

/* Bounds (RELIABILITY.md §5). */
#define SIRKEL_IMPORT_MAX_FILE     (512 * 1024 * 1024)
#define SIRKEL_IMPORT_MAX_FIELD    (1024 * 1024)
#define SIRKEL_IMPORT_MAX_COLUMNS  10000
/* An observation takes 104 bytes in memory: 20 million cells is some 2.1 GB at most. */
#define SIRKEL_IMPORT_MAX_CELLS    ((guint64) 20 * 1000 * 1000)
#define SIRKEL_IMPORT_MAX_DEPTH    64

GQuark      sirkel_import_error_quark    (void);

/* Decoding. @encoding: NULL or "auto" to detect; else "UTF-8", "UTF-16LE", "UTF-16BE",
 * "ISO-8859-1", "WINDOWS-1252". Returns a NUL-terminated UTF-8 copy without the BOM; the
 * encoding found goes to @encoding_out ("UTF-8 with BOM" when a BOM was there).
 * sirkel_text_decode_view does the same without copying text that is UTF-8 already. */
char       *sirkel_text_decode           (const guint8  *data,
                                          gsize          len,
                                          const char    *encoding,
                                          char         **encoding_out,
                                          gsize         *len_out,
                                          GError       **error);
gboolean    sirkel_text_decode_view      (const guint8  *data,
                                          gsize          len,
                                          const char    *encoding,
                                          char         **encoding_out,
                                          const char   **text_out,
                                          gsize         *len_out,
                                          char         **owned_out,
                                          GError       **error);
gboolean    sirkel_text_looks_mojibake   (const char    *text,
                                          gsize          len);

/* Numbers. @decimal_mark: '.' or ','; 0 accepts either when unambiguous. Grouping by space,
 * U+00A0 and U+202F is removed, and '.' groups when the mark is ','. U+2212 is a minus; a
 * trailing '%' is dropped. The whole string must be consumed and the value finite. */
gboolean    sirkel_parse_number          (const char    *text,
                                          char           decimal_mark,
                                          double        *value);

/* Geography (DATA-FORMATS.md §6). @pad_by_length: the column drops leading zeros (FHI kube).
 * Splits "3801 Horten" / "K-1804 Bodø" at the first space (@name_out gets the rest). */
gboolean    sirkel_geo_normalise         (const char    *raw,
                                          gboolean       pad_by_length,
                                          char         **code_out,
                                          SirkelGeoLevel *level_out,
                                          char         **name_out);

/* Periods (DATA-FORMATS.md §7): "2019_2021", "2011-2015", "2023", "2025K4", "2024M03",
 * "2014U30", "2011-12" (school year), or a label ending in one of these ("Bosatte 2024"). */
gboolean    sirkel_period_parse          (const char    *text,
                                          int           *from,
                                          int           *to,
                                          int           *part);

/* Ages: "0_120", "15_24", "45+" , "0-17", "16" → lo, hi. */
gboolean    sirkel_age_parse             (const char    *text,
                                          int           *lo,
                                          int           *hi);

/* The meaning of a missing-value symbol at a source: "fhi", "ssb", "udir" or "" (generic).
 * FHI's SPVFLAGG digits are accepted as symbols too ("0"–"4", "-1", "9"). */
SirkelFlag  sirkel_flag_for_symbol       (const char    *source,
                                          const char    *symbol);

G_END_DECLS
