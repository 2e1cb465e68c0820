/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the FHI CSV reader, which is split in two: sirkel-fhi-csv-reader.c reads the
 * header and turns each row into observations; sirkel-fhi-csv-keys.c reads a row's key cells
 * (geography, period, sex, age, other dimensions, SPVFLAGG) into RowKeys, remembering what
 * each distinct cell text reads as. A Reader holds one read in progress.
 */
#pragma once

#include "sirkel-delimited.h"
#include "sirkel-readers.h"

G_BEGIN_DECLS

typedef enum
{
  COL_UNASSIGNED,
  COL_IGNORE,
  COL_GEO,
  COL_GEONIV,
  COL_PERIOD,
  COL_SEX,
  COL_AGE,
  COL_FLAG,
  COL_INDIKATOR,
  COL_DIM,
  COL_MEASURE,
  COL_COUNT,        /* TELLER or NEVNER beside the display measure: numerator or denominator only */
} ColumnRole;

typedef struct
{
  ColumnRole  role;
  char       *name;       /* as in the header, trimmed */
  guint       measure;    /* COL_MEASURE: index into table->measures */
  gboolean    sentinels;  /* KJONN, UTDANN, LANDBAK, INNVKAT: 8, 9 and 88 are not categories */
  gboolean    known;      /* a name from FHI's vocabulary (§2.1) */
} Column;

/* A key column's cells repeat: a kube has a few hundred places, periods, sexes and ages for
 * millions of rows. A memo keeps what each distinct cell text reads as, so that it is
 * normalised and interned once. It holds at most MEMO_MAX texts (sirkel-fhi-csv-keys.c; a
 * file of distinct codes reads the rest directly), and the last hit is checked first, as
 * rows come grouped. */
typedef struct
{
  GHashTable *entries;   /* cell text (owned) → entry (owned) */
  const char *last_key;  /* a key in entries, or NULL */
  gpointer    last;
} Memo;

typedef struct
{
  SirkelImportTable *table;
  SirkelDelimited   *tok;
  GArray            *columns;           /* of Column */
  int                geo, geoniv, period, sex, age, flag, indikator;
  int                teller, nevner;    /* the columns that give numerator and denominator */
  char              *indikator_value;   /* the first INDIKATOR, or NULL */
  gboolean           indikator_varies;
  gboolean           warned_names, warned_flagged_value, warned_age;
  GHashTable        *warned_symbols;    /* symbols already reported as unknown */
  Memo               geo_memo, period_memo, sex_memo, age_memo, flag_memo;
  GPtrArray         *pairs;             /* per row: key, value, … for the dims (reused) */
  GString           *sentinels;         /* per row: the columns holding sentinels (reused) */
  const char        *no_dims;           /* "" interned */
} Reader;

/* What a row's key cells read as: the same for each of its observations. */
typedef struct
{
  const char     *geo_raw, *geo, *period_label, *dims, *flag_raw;
  SirkelGeoLevel  geo_level;
  int             from, to, part, sex, age_lo, age_hi;
  SirkelFlag      flag;
} RowKeys;

void         _sirkel_fhi_csv_keys_init     (Reader       *reader);
void         _sirkel_fhi_csv_keys_clear    (Reader       *reader);
gboolean     _sirkel_fhi_csv_read_row_keys (Reader       *reader,
                                            RowKeys      *keys,
                                            GError      **error);
const char  *_sirkel_fhi_csv_strip_field   (SirkelField  *field);

G_END_DECLS
