/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportTable: what a format reader makes of one statistics file, before anything is
 * stored. Every reader (FHI CSV, JSON-stat, PC-Axis, SSB CSV, Udir, Sirkel's own CSV) fills the
 * same structure: the table's identity and measures, and one SirkelObservation per cell —
 * measure × geography × period × sex × age × other dimensions → value or NULL plus a flag.
 *
 * Observations are small fixed structs in one GArray; their strings are interned in one
 * GStringChunk owned by the table, so a two-million-row file costs two allocations per
 * distinct string, not per cell. A reader never stores a suppressed value as a number: a cell
 * with a flag that means "no value" has has_value = FALSE (DATA-FORMATS.md §0 rule 3).
 *
 * Thread rule: a table is built by one thread (the import worker) and handed over whole.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a missing-value marker means (DATA-FORMATS.md §1.4). The raw symbol is kept too. */
typedef enum
{
  SIRKEL_FLAG_NONE = 0,             /* an ordinary value */
  SIRKEL_FLAG_MISSING,              /* FHI 1 "..", SSB "..", Udir empty: manglende data */
  SIRKEL_FLAG_NOT_COMPUTABLE,       /* FHI 2 ".": lar seg ikke beregne */
  SIRKEL_FLAG_SUPPRESSED,           /* FHI 3 ":", SSB ":", Udir "*": anonymisert / prikket */
  SIRKEL_FLAG_NOT_AVAILABLE,        /* FHI 4 "-": data ikke tilgjengelig */
  SIRKEL_FLAG_MISSING_PROVISIONAL,  /* SSB "...": mangler foreløpig */
  SIRKEL_FLAG_NOT_APPLICABLE,       /* SSB ".": kan ikke forekomme */
  SIRKEL_FLAG_NIL,                  /* SSB "-": a true zero; has_value with value 0 */
  SIRKEL_FLAG_PROVISIONAL,          /* SSB "*": a provisional figure; has_value */
  SIRKEL_FLAG_UNKNOWN,              /* a symbol this version does not know; no value */
} SirkelFlag;

typedef enum
{
  SIRKEL_GEO_LEVEL_LANDET,
  SIRKEL_GEO_LEVEL_FYLKE,
  SIRKEL_GEO_LEVEL_KOMMUNE,
  SIRKEL_GEO_LEVEL_BYDEL,
  SIRKEL_GEO_LEVEL_GRUNNKRETS,   /* 8 digits */
  SIRKEL_GEO_LEVEL_LEVEKAR,      /* levekårssone, 10 digits */
  SIRKEL_GEO_LEVEL_PSEUDO,       /* K-21-22, K-23, K-Rest …: not places to list */
  SIRKEL_GEO_LEVEL_UNKNOWN,      /* codes ending in 99 below fylke: uoppgitt */
  SIRKEL_GEO_LEVEL_OTHER,        /* schools, units with organisation numbers, names only */
} SirkelGeoLevel;

/* period_part: 0 the whole period; 1–4 quarter; 101–112 month; 201–253 week;
 * 900 school year (autumn of period_from to spring of period_to). */
#define SIRKEL_PERIOD_WHOLE        0
#define SIRKEL_PERIOD_MONTH_BASE   100
#define SIRKEL_PERIOD_WEEK_BASE    200
#define SIRKEL_PERIOD_SCHOOL_YEAR  900

/* One cell. The fields are ordered and sized so that the struct packs into 104 bytes on 64-bit
 * (a two-million-row FHI kube makes two million of them, and eight million with all four of
 * its measures): the pointers and doubles first, then the integers, then the byte-sized
 * enums. Every small field holds its whole range: period_part is at most 900, sex a code
 * below 10, ages at most 150 or -1. */
typedef struct
{
  const char *geo_raw;       /* the code as the file gave it (interned) */
  const char *geo;           /* normalised code (interned), e.g. "0301" */
  const char *period_label;  /* as published (interned), e.g. "2019_2021", "2011-12" */
  const char *dims;          /* other dimensions, "KEY=code;KEY=code" sorted by key (interned), or "" */
  const char *flag_raw;      /* the symbol as published (interned), "" when none */
  double      value;         /* meaningful only when has_value */
  double      numerator;     /* NaN when absent */
  double      denominator;   /* NaN when absent */
  double      ci_low;        /* NaN when absent */
  double      ci_high;       /* NaN when absent */
  guint       measure;       /* index into SirkelImportTable.measures */
  gint32      period_from;
  gint32      period_to;
  gint16      period_part;
  gint16      sex;           /* 0 both, 1 men/boys, 2 women/girls */
  gint16      age_lo;        /* 0 and 120 for all ages */
  gint16      age_hi;
  guint8      geo_level;     /* a SirkelGeoLevel */
  guint8      flag;          /* a SirkelFlag */
  guint8      has_value;     /* TRUE or FALSE */
} SirkelObservation;

typedef struct
{
  char *key;       /* the measure's code in the file: "MEIS", "RATE", "Bosatte", "Andel" */
  char *label;     /* its label, or the key */
  char *unit;      /* "prosent", "per 1000", "personer", or "" */
  int   decimals;  /* -1 when the file does not say */
} SirkelMeasure;

typedef struct
{
  char         *format;        /* "fhi-csv", "jsonstat", "px", "ssb-csv", "udir", "csv" */
  char         *encoding;      /* "UTF-8", "UTF-8 with BOM", "UTF-16LE", "ISO-8859-1", "WINDOWS-1252" */
  char         *source;        /* "FHI", "SSB", "Udir", or "" */
  char         *table_id;      /* the publisher's table id, e.g. "05810", "LESEFERD_UNGDATA"; or "" */
  char         *title;
  GPtrArray    *measures;      /* of SirkelMeasure */
  GArray       *observations;  /* of SirkelObservation */
  GPtrArray    *warnings;      /* of char *: one sentence each, naming the line or JSON path */
  GStringChunk *strings;
  /* What the reader is asked (set by sirkel_import_read_bytes () before it runs): TRUE to make
   * every measure of an FHI table an indicator, FALSE for the display measure only. */
  gboolean      all_measures;
  /* The file's measures that are not in @measures, because only the display measure of an
   * FHI table was imported (of char *, the keys as in the file); empty when nothing was left
   * out. TELLER and NEVNER among them still ride along as numerator and denominator. */
  GPtrArray    *other_measures;
  /* Set by sirkel_import_read_bytes (), not by the readers: */
  char         *file_name;     /* base name of the file read */
  char         *sha256;        /* of the file's bytes */
} SirkelImportTable;

SirkelImportTable *sirkel_import_table_new         (void);
void               sirkel_import_table_free        (SirkelImportTable  *table);
const char        *sirkel_import_table_intern      (SirkelImportTable  *table,
                                                    const char         *text);
guint              sirkel_import_table_add_measure (SirkelImportTable  *table,
                                                    const char         *key,
                                                    const char         *label,
                                                    const char         *unit,
                                                    int                 decimals);
SirkelObservation *sirkel_import_table_append      (SirkelImportTable  *table);
void               sirkel_import_table_warn        (SirkelImportTable  *table,
                                                    const char         *format,
                                                    ...) G_GNUC_PRINTF (2, 3);
void               sirkel_import_table_set_flag    (SirkelImportTable  *table,
                                                    SirkelObservation  *observation,
                                                    SirkelFlag          flag,
                                                    const char         *raw_symbol);

int                sirkel_import_display_measure   (const char * const *keys,
                                                    guint               n_keys);
gboolean           sirkel_import_measure_is_count  (const char         *key,
                                                    gboolean           *denominator);
int                sirkel_import_table_reduce_measures
                                                   (SirkelImportTable  *table);
void               sirkel_import_table_keep_display_measure
                                                   (SirkelImportTable  *table);

const char        *sirkel_flag_to_key              (SirkelFlag          flag);
SirkelFlag         sirkel_flag_from_key            (const char         *key);
gboolean           sirkel_flag_has_value           (SirkelFlag          flag);
const char        *sirkel_geo_level_to_key         (SirkelGeoLevel      level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelImportTable, sirkel_import_table_free)

G_END_DECLS
