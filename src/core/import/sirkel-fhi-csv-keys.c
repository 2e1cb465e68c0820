/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The key cells of an FHI CSV row (see sirkel-fhi-csv-private.h): geography, period, sex,
 * age, the other dimensions and SPVFLAGG, with FHI's sentinel codes (GEO "GGG"; KJONN,
 * UTDANN, LANDBAK, INNVKAT 8, 9, 88; ALDER 999_999, 888_888, 8888_8888; AAR 8888_8888,
 * 9999_9999) kept in dims and named in a "SENTINEL=<columns>" entry.
 *
 * A kube's key cells repeat: a few hundred places, periods, sexes and ages make up millions
 * of rows. Each key column has a Memo of what its distinct cell texts read as, so a code is
 * normalised, checked and interned once, not once per row. What a row adds to the dims, and
 * the warnings, are the same as reading every cell afresh.
 */
#define G_LOG_DOMAIN "sirkel-fhi-csv-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-fhi-csv-private.h"

#define MEMO_MAX 8192

/* What a key cell reads as, remembered per distinct cell text (see Memo). */
typedef struct
{
  const char     *geo_raw, *geo;
  SirkelGeoLevel  level;
  gboolean        sentinel;
  gboolean        names;      /* a name, not a code: worth the csv3 warning */
} GeoEntry;

typedef struct
{
  const char *label;
  int         from, to, part;
  gboolean    sentinel;
} PeriodEntry;

typedef enum
{
  CODE_READ,        /* an ordinary sex or age */
  CODE_SENTINEL,    /* one of FHI's sentinel codes: kept in dims, marked SENTINEL */
  CODE_UNREADABLE,  /* an age Sirkel does not read: kept in dims */
} CodeKind;

typedef struct
{
  int       lo, hi;     /* the sex in lo, or the age range */
  CodeKind  kind;
} CodeEntry;

typedef struct
{
  SirkelFlag  flag;
  const char *raw;      /* interned */
} FlagEntry;

static void
memo_init (Memo *memo)
{
  memo->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  memo->last_key = NULL;
  memo->last = NULL;
}

static void
memo_clear (Memo *memo)
{
  g_clear_pointer (&memo->entries, g_hash_table_unref);
  memo->last_key = NULL;
  memo->last = NULL;
}

static gpointer
memo_lookup (Memo       *memo,
             const char *text)
{
  gpointer key = NULL, entry = NULL;

  if (memo->last_key != NULL && strcmp (memo->last_key, text) == 0)
    return memo->last;
  if (!g_hash_table_lookup_extended (memo->entries, text, &key, &entry))
    return NULL;
  memo->last_key = key;
  memo->last = entry;
  return entry;
}

/* Remembers a copy of @entry for @text, unless the memo is full. */
static void
memo_add (Memo          *memo,
          const char    *text,
          gconstpointer  entry,
          gsize          size)
{
  char *key;

  if (g_hash_table_size (memo->entries) >= MEMO_MAX)
    return;
  key = g_strdup (text);
  memo->last = g_memdup2 (entry, size);
  memo->last_key = key;
  g_hash_table_insert (memo->entries, key, memo->last);
}

static gboolean
is_repeated (const char *text,
             char        digit)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (*text != digit && *text != '_')
      return FALSE;
  return TRUE;
}

/* 8, 9 and 88 in the category columns; 999_999, 888_888, 8888_8888 (and 9999_9999) in ALDER
 * and AAR; GGG in GEO (§2.1). */
static gboolean
is_sentinel_category (const char *code)
{
  return g_str_equal (code, "8") || g_str_equal (code, "9") || g_str_equal (code, "88");
}

static gboolean
is_sentinel_range (const char *code)
{
  return strchr (code, '_') != NULL && strlen (code) >= 7 &&
         (is_repeated (code, '8') || is_repeated (code, '9'));
}

static gboolean
is_sentinel_geo (const char *code)
{
  if (*code == '\0')
    return FALSE;
  for (; *code != '\0'; code++)
    if (*code != 'G')
      return FALSE;
  return TRUE;
}

static void
add_sentinel (GString    *sentinels,
              const char *key)
{
  if (sentinels->len > 0)
    g_string_append_c (sentinels, ',');
  g_string_append (sentinels, key);
}

/* GEOniv gives the level of a code that lost its zeros: L landet, F fylke (2 digits),
 * K kommune (4), B bydel (6). */
static char *
pad_by_geoniv (const char *raw,
               const char *niv)
{
  gsize width = 0, len = strlen (raw);

  switch (g_ascii_toupper (niv[0]))
    {
    case 'L': return g_strdup ("0");
    case 'F': width = 2; break;
    case 'K': width = 4; break;
    case 'B': width = 6; break;
    default: break;
    }
  for (const char *p = raw; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return g_strdup (raw);
  if (width == 0 || len >= width)
    return g_strdup (raw);
  return g_strdup_printf ("%0*d%s", (int) (width - len), 0, raw);
}

/**
 * _sirkel_fhi_csv_strip_field:
 *
 * Returns: the field's text without the spaces around it (as g_strstrip), NUL-terminated in
 *   place; the field is updated to match
 */
const char *
_sirkel_fhi_csv_strip_field (SirkelField *field)
{
  char *text = field->text;
  gsize len = field->len;

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  while (len > 0 && g_ascii_isspace (*text))
    text++, len--;
  text[len] = '\0';
  field->text = text;
  field->len = len;
  return text;
}

static void
add_pair (Reader     *reader,
          const char *key,
          const char *value)
{
  g_ptr_array_add (reader->pairs, (gpointer) key);
  g_ptr_array_add (reader->pairs, (gpointer) value);
}

static void
read_geo_entry (Reader      *reader,
                const char  *raw,
                const char  *niv,
                GeoEntry    *entry)
{
  memset (entry, 0, sizeof *entry);
  if (is_sentinel_geo (raw))
    {
      entry->geo = entry->geo_raw = sirkel_import_table_intern (reader->table, raw);
      entry->level = SIRKEL_GEO_LEVEL_UNKNOWN;
      entry->sentinel = TRUE;
      return;
    }
  if (!sirkel_delimited_read_geo (reader->table, raw, &entry->geo_raw, &entry->geo, &entry->level))
    g_assert_not_reached ();   /* raw is not empty */
  if (niv != NULL && *niv != '\0')
    {
      g_autofree char *padded = pad_by_geoniv (entry->geo_raw, niv);
      const char *unused = NULL;

      sirkel_delimited_read_geo (reader->table, padded, &unused, &entry->geo, &entry->level);
    }
  entry->names = entry->level == SIRKEL_GEO_LEVEL_OTHER && strpbrk (raw, "0123456789") == NULL;
}

static gboolean
read_geo_cell (Reader   *reader,
               RowKeys  *keys,
               GError  **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  const char *raw = _sirkel_fhi_csv_strip_field (&fields[reader->geo]);
  const char *niv = reader->geoniv >= 0 ? _sirkel_fhi_csv_strip_field (&fields[reader->geoniv]) : NULL;
  const Column *column = &g_array_index (reader->columns, Column, reader->geo);
  const GeoEntry *found = NULL;
  GeoEntry entry;

  if (*raw == '\0')
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                   _("Line %u: the geography cell is empty."), sirkel_delimited_get_line (reader->tok));
      return FALSE;
    }
  /* With GEOniv, the code's reading depends on two cells: not remembered. */
  if (niv == NULL)
    found = memo_lookup (&reader->geo_memo, raw);
  if (found == NULL)
    {
      read_geo_entry (reader, raw, niv, &entry);
      if (niv == NULL)
        memo_add (&reader->geo_memo, raw, &entry, sizeof entry);
      found = &entry;
    }
  keys->geo_raw = found->geo_raw;
  keys->geo = found->geo;
  keys->geo_level = found->level;
  if (found->sentinel)
    {
      add_pair (reader, column->name, raw);
      add_sentinel (reader->sentinels, column->name);
    }
  if (found->names && !reader->warned_names)
    {
      sirkel_import_table_warn (reader->table,
                                _("Line %u: the geography column holds names (“%s”), not "
                                  "codes; the download with codes (csv3) is safer."),
                                sirkel_delimited_get_line (reader->tok), raw);
      reader->warned_names = TRUE;
    }
  return TRUE;
}

static gboolean
read_period_cell (Reader   *reader,
                  RowKeys  *keys,
                  GError  **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  const char *raw = _sirkel_fhi_csv_strip_field (&fields[reader->period]);
  const Column *column = &g_array_index (reader->columns, Column, reader->period);
  const PeriodEntry *found = memo_lookup (&reader->period_memo, raw);
  PeriodEntry entry;

  if (found == NULL)
    {
      memset (&entry, 0, sizeof entry);
      entry.part = SIRKEL_PERIOD_WHOLE;
      if (is_sentinel_range (raw))
        {
          entry.from = entry.to = (int) g_ascii_strtoll (raw, NULL, 10);
          entry.sentinel = TRUE;
        }
      else if (!sirkel_period_parse (raw, &entry.from, &entry.to, &entry.part))
        {
          g_autofree char *shown = sirkel_delimited_shorten (raw);

          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                       _("Line %u: “%s” is not a period."), sirkel_delimited_get_line (reader->tok),
                       shown);
          return FALSE;
        }
      entry.label = sirkel_import_table_intern (reader->table, raw);
      memo_add (&reader->period_memo, raw, &entry, sizeof entry);
      found = &entry;
    }
  keys->period_label = found->label;
  keys->from = found->from;
  keys->to = found->to;
  keys->part = found->part;
  if (found->sentinel)
    {
      add_pair (reader, column->name, raw);
      add_sentinel (reader->sentinels, column->name);
    }
  return TRUE;
}

static gboolean
read_sex_cell (Reader   *reader,
               RowKeys  *keys,
               GError  **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  const char *cell = _sirkel_fhi_csv_strip_field (&fields[reader->sex]);
  const Column *column = &g_array_index (reader->columns, Column, reader->sex);
  const CodeEntry *found = memo_lookup (&reader->sex_memo, cell);
  CodeEntry entry;

  if (found == NULL)
    {
      memset (&entry, 0, sizeof entry);
      if (is_sentinel_category (cell))
        entry.kind = CODE_SENTINEL;
      else if ((entry.lo = sirkel_delimited_sex_from_text (cell)) < 0)
        {
          g_autofree char *shown = sirkel_delimited_shorten (cell);

          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                       _("Line %u: “%s” is not a sex code (0, 1 or 2)."),
                       sirkel_delimited_get_line (reader->tok), shown);
          return FALSE;
        }
      memo_add (&reader->sex_memo, cell, &entry, sizeof entry);
      found = &entry;
    }
  keys->sex = found->lo;
  if (found->kind == CODE_SENTINEL)
    {
      add_pair (reader, column->name, cell);
      add_sentinel (reader->sentinels, column->name);
    }
  return TRUE;
}

static void
read_age_cell (Reader  *reader,
               RowKeys *keys)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  const char *cell = _sirkel_fhi_csv_strip_field (&fields[reader->age]);
  const Column *column = &g_array_index (reader->columns, Column, reader->age);
  const CodeEntry *found = memo_lookup (&reader->age_memo, cell);
  CodeEntry entry;

  if (found == NULL)
    {
      memset (&entry, 0, sizeof entry);
      if (is_sentinel_range (cell))
        {
          entry.lo = entry.hi = -1;
          entry.kind = CODE_SENTINEL;
        }
      else if (!sirkel_age_parse (cell, &entry.lo, &entry.hi))
        {
          /* An age label we cannot read: kept apart, never taken for all ages. */
          entry.lo = entry.hi = -1;
          entry.kind = CODE_UNREADABLE;
        }
      memo_add (&reader->age_memo, cell, &entry, sizeof entry);
      found = &entry;
    }
  keys->age_lo = found->lo;
  keys->age_hi = found->hi;
  if (found->kind != CODE_READ)
    add_pair (reader, column->name, cell);
  if (found->kind == CODE_SENTINEL)
    add_sentinel (reader->sentinels, column->name);
  if (found->kind == CODE_UNREADABLE)
    {
      if (!reader->warned_age)
        sirkel_import_table_warn (reader->table, _("Line %u: the age “%s” is not a range "
                                                   "Sirkel reads; it was kept as a "
                                                   "dimension."),
                                  sirkel_delimited_get_line (reader->tok), cell);
      reader->warned_age = TRUE;
    }
}

static void
read_flag_cell (Reader  *reader,
                RowKeys *keys)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  const char *cell = _sirkel_fhi_csv_strip_field (&fields[reader->flag]);
  const FlagEntry *found;
  FlagEntry entry;

  if (*cell == '\0')
    return;
  found = memo_lookup (&reader->flag_memo, cell);
  if (found == NULL)
    {
      entry.flag = sirkel_flag_for_symbol ("fhi", cell);
      entry.raw = sirkel_import_table_intern (reader->table, cell);
      memo_add (&reader->flag_memo, cell, &entry, sizeof entry);
      found = &entry;
    }
  keys->flag = found->flag;
  keys->flag_raw = found->raw;
  if (keys->flag == SIRKEL_FLAG_UNKNOWN &&
      !g_hash_table_contains (reader->warned_symbols, keys->flag_raw))
    {
      g_hash_table_add (reader->warned_symbols, (gpointer) keys->flag_raw);
      sirkel_import_table_warn (reader->table, _("Line %u: unknown SPVFLAGG “%s”; the "
                                                 "row’s values were not imported."),
                                sirkel_delimited_get_line (reader->tok), cell);
    }
}

/**
 * _sirkel_fhi_csv_read_row_keys:
 *
 * Reads the current row's key cells into @keys, with the warnings they call for.
 *
 * Returns: %FALSE with @error set for an empty geography, a period or a sex Sirkel cannot read
 */
gboolean
_sirkel_fhi_csv_read_row_keys (Reader   *reader,
                               RowKeys  *keys,
                               GError  **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);

  g_ptr_array_set_size (reader->pairs, 0);
  g_string_truncate (reader->sentinels, 0);

  if (!read_geo_cell (reader, keys, error) || !read_period_cell (reader, keys, error))
    return FALSE;

  keys->sex = 0;
  if (reader->sex >= 0 && !read_sex_cell (reader, keys, error))
    return FALSE;

  keys->age_lo = 0;
  keys->age_hi = 120;
  if (reader->age >= 0)
    read_age_cell (reader, keys);

  /* Other dimensions, and INDIKATOR (dropped again at the end if it never varies). */
  for (guint i = 0; i < reader->columns->len; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);
      const char *cell;

      if (column->role != COL_DIM && column->role != COL_INDIKATOR)
        continue;
      cell = _sirkel_fhi_csv_strip_field (&fields[i]);
      add_pair (reader, column->name, cell);
      if (column->sentinels && is_sentinel_category (cell))
        add_sentinel (reader->sentinels, column->name);
      if (column->role == COL_INDIKATOR)
        {
          if (reader->indikator_value == NULL)
            reader->indikator_value = g_strdup (cell);
          else if (!g_str_equal (reader->indikator_value, cell))
            reader->indikator_varies = TRUE;
        }
    }
  if (reader->sentinels->len > 0)
    add_pair (reader, "SENTINEL", reader->sentinels->str);
  keys->dims = reader->pairs->len > 0 ? sirkel_delimited_join_dims (reader->table, reader->pairs)
                                      : reader->no_dims;

  /* The row's flag. */
  keys->flag = SIRKEL_FLAG_NONE;
  keys->flag_raw = "";
  if (reader->flag >= 0)
    read_flag_cell (reader, keys);
  return TRUE;
}

void
_sirkel_fhi_csv_keys_init (Reader *reader)
{
  memo_init (&reader->geo_memo);
  memo_init (&reader->period_memo);
  memo_init (&reader->sex_memo);
  memo_init (&reader->age_memo);
  memo_init (&reader->flag_memo);
  reader->pairs = g_ptr_array_new ();
  reader->sentinels = g_string_new (NULL);
  reader->no_dims = sirkel_import_table_intern (reader->table, "");
}

void
_sirkel_fhi_csv_keys_clear (Reader *reader)
{
  memo_clear (&reader->geo_memo);
  memo_clear (&reader->period_memo);
  memo_clear (&reader->sex_memo);
  memo_clear (&reader->age_memo);
  memo_clear (&reader->flag_memo);
  g_clear_pointer (&reader->pairs, g_ptr_array_unref);
  if (reader->sentinels != NULL)
    g_string_free (g_steal_pointer (&reader->sentinels), TRUE);
}
