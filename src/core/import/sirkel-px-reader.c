/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PC-Axis (.px) reader (DATA-FORMATS.md §4; SCB "PX-file format specification", 2013):
 * SSB, SCB and Statistics Finland cubes. sirkel-px-lexer.c sniffs and decodes the bytes
 * (CODEPAGE, cross-checked) and splits the text into statements; this file interprets the
 * statements and turns DATA into one SirkelObservation per cell.
 *
 * Cells: DATA runs row-major over the STUB variables and then the HEADING variables, the
 * last HEADING variable fastest, each in VALUES/CODES order; TIMEVAL only says which
 * variable is time and its scale (A1, Q1, M1, W1), never the order. The value count must
 * equal the product of the VALUES counts, checked before anything is allocated. Files with
 * KEYS (rows led by their codes, rows of zeros left out) are refused.
 *
 * Symbols: by the spec, DATA holds "." … "......" (one to six dots) and "-" (nil), and
 * DATASYMBOL1–6/DATASYMBOLNIL say how they are shown; SSB also writes its own symbols such
 * as ":" straight into DATA. A value is therefore matched first against the texts the file
 * declares, then against the spec's dot codes. Its meaning: "-" or DATASYMBOLNIL is a true 0
 * with flag nil. Dots n = 1…6 take the meaning of their shown text at the source when the
 * SOURCE is SSB or FHI and the text is one of that source's symbols (SSB: "." not
 * applicable, ".." missing, "..." missing for now, ":" suppressed); otherwise the position
 * decides: 1 and 2 missing, 3 suppressed, 4–6 unknown. DATASYMBOLSUM is read by the
 * source's symbols, else unknown. A value the file does not declare is read with the
 * source's symbols and warned about; one with digits that is not a number is an error.
 * No symbol ever becomes a number, except nil.
 *
 * Roles: the CONTVARIABLE's values are the measures (UNITS and PRECISION per value);
 * geography is the VARIABLE-TYPE G variable or one named region/kommune/fylke/bydel; time
 * is VARIABLE-TYPE T, the TIMEVAL variable, or one named tid/år/year; sex and age go by
 * name (kjønn, alder) and fall back to ordinary dimensions, with a warning, if a value
 * cannot be read; every other variable goes into dims as VARIABLECODE=code. Multilingual
 * files are read in the default language (statements without [lang]).
 *
 * No state outside one call; the worker thread owns everything here.
 */
#define G_LOG_DOMAIN "sirkel-px-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-px-lexer.h"
#include "sirkel-readers.h"

#define MAX_VARIABLES  100
#define MAX_TOKEN      64

typedef enum
{
  ROLE_DIM,
  ROLE_GEO,
  ROLE_TIME,
  ROLE_SEX,
  ROLE_AGE,
  ROLE_MEASURE,
} Role;

typedef struct
{
  const char     *geo_raw;       /* interned */
  const char     *geo;           /* interned */
  SirkelGeoLevel  geo_level;
  int             period_from;
  int             period_to;
  int             period_part;
  const char     *period_label;  /* interned */
  int             sex;
  int             age_lo;
  int             age_hi;
  guint           measure;
  char           *dim;           /* "KEY=code" for ROLE_DIM, owned */
} ValueInfo;

typedef struct
{
  const char *name;         /* as listed in STUB/HEADING (borrowed from the statement) */
  const char *key;          /* VARIABLECODE, else the name */
  GPtrArray  *labels;       /* VALUES (borrowed) */
  GPtrArray  *codes;        /* CODES, or the labels when there are none (borrowed) */
  const char *type;         /* VARIABLE-TYPE, or NULL */
  const char *tlist;        /* TIMEVAL's time scale, or NULL */
  gboolean    has_timeval;
  guint       line;         /* of VALUES */
  Role        role;
  ValueInfo  *info;         /* labels->len entries */
} Variable;

typedef struct
{
  const char *code;      /* what the spec writes in DATA; NULL for DATASYMBOLSUM */
  const char *text;      /* the file's DATASYMBOLn, else the spec's default; may be NULL */
  gboolean    declared;
  SirkelFlag  flag;
} Symbol;

typedef struct
{
  SirkelImportTable *table;
  const char        *text;
  gsize              len;
  SirkelPxFile       file;
  GHashTable        *index;       /* "KEYWORD\x1fsub…" → statement; default language, first */
  const char        *source_key;  /* "ssb", "fhi" or "" for sirkel_flag_for_symbol */
  Variable          *vars;        /* STUB variables, then HEADING variables */
  guint              n_vars;
  guint64            cells;       /* the product of the VALUES counts */
  Symbol             symbols[8];  /* DATASYMBOL1–6, NIL, SUM */
  GHashTable        *undeclared;  /* symbols in DATA the file does not declare: warned once */
} Reader;

static void
reader_clear (Reader *r)
{
  for (guint v = 0; r->vars != NULL && v < r->n_vars; v++)
    {
      for (guint i = 0; r->vars[v].info != NULL && i < r->vars[v].labels->len; i++)
        g_free (r->vars[v].info[i].dim);
      g_free (r->vars[v].info);
    }
  g_clear_pointer (&r->vars, g_free);
  g_clear_pointer (&r->index, g_hash_table_unref);
  g_clear_pointer (&r->undeclared, g_hash_table_unref);
  sirkel_px_file_clear (&r->file);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

/* ------------------------------------------------------------------------------------------
 * Statements
 * ------------------------------------------------------------------------------------------ */

static char *
index_key (const char  *keyword,
           char       **subkeys)
{
  GString *key = g_string_new (keyword);

  for (guint i = 0; subkeys != NULL && subkeys[i] != NULL; i++)
    {
      g_string_append_c (key, '\x1f');
      g_string_append (key, subkeys[i]);
    }
  return g_string_free (key, FALSE);
}

/* The default language is the statements without [lang], and [lang] equal to LANGUAGE. */
static void
build_index (Reader *r)
{
  const char *language = NULL;

  r->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < r->file.statements->len; i++)
    {
      SirkelPxStatement *st = g_ptr_array_index (r->file.statements, i);

      if (st->lang == NULL && g_str_equal (st->keyword, "LANGUAGE") && language == NULL)
        language = sirkel_px_statement_get_text (st);
    }
  for (guint i = 0; i < r->file.statements->len; i++)
    {
      SirkelPxStatement *st = g_ptr_array_index (r->file.statements, i);
      char *key;

      if (st->lang != NULL && (language == NULL || g_strcmp0 (st->lang, language) != 0))
        continue;
      key = index_key (st->keyword, st->subkeys);
      if (g_hash_table_contains (r->index, key))
        g_free (key);
      else
        g_hash_table_insert (r->index, key, st);
    }
}

static const SirkelPxStatement *
find (Reader     *r,
      const char *keyword,
      const char *sub1,
      const char *sub2)
{
  char *subkeys[] = { (char *) sub1, (char *) sub2, NULL };
  g_autofree char *key = index_key (keyword, sub1 != NULL ? subkeys : NULL);

  return g_hash_table_lookup (r->index, key);
}

static const char *
find_text (Reader     *r,
           const char *keyword,
           const char *sub1,
           const char *sub2)
{
  const SirkelPxStatement *st = find (r, keyword, sub1, sub2);

  return st != NULL && st->items->len > 0 ? sirkel_px_statement_get_text (st) : NULL;
}

static int
find_int (Reader     *r,
          const char *keyword,
          const char *sub1,
          const char *sub2)
{
  const char *text = find_text (r, keyword, sub1, sub2);
  guint64 n = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, 15, &n, NULL))
    return -1;
  return (int) n;
}

static guint
last_line (Reader *r)
{
  return sirkel_px_line_at (r->text, r->len);
}

/* ------------------------------------------------------------------------------------------
 * Table metadata and variables
 * ------------------------------------------------------------------------------------------ */

static void
read_identity (Reader *r)
{
  const char *title = find_text (r, "TITLE", NULL, NULL);
  const char *source = find_text (r, "SOURCE", NULL, NULL);
  const char *table_id = find_text (r, "TABLEID", NULL, NULL);
  g_autofree char *folded = NULL;

  if (title == NULL)
    title = find_text (r, "DESCRIPTION", NULL, NULL);
  g_free (r->table->format);
  r->table->format = g_strdup ("px");
  g_free (r->table->title);
  r->table->title = g_strdup (title != NULL ? title : "");

  /* TABLEID, else the number SSB puts before the title ("99999: …"), else MATRIX. */
  g_free (r->table->table_id);
  if (table_id != NULL && *table_id != '\0')
    r->table->table_id = g_strdup (table_id);
  else if (title != NULL && g_ascii_isdigit (*title) &&
           title[strspn (title, "0123456789")] == ':')
    r->table->table_id = g_strndup (title, strspn (title, "0123456789"));
  else
    r->table->table_id = g_strdup (find_text (r, "MATRIX", NULL, NULL) != NULL
                                   ? find_text (r, "MATRIX", NULL, NULL) : "");

  r->source_key = "";
  g_free (r->table->source);
  folded = source != NULL ? g_utf8_casefold (source, -1) : NULL;
  if (folded != NULL && (strstr (folded, "statistisk sentralbyrå") != NULL ||
                         strstr (folded, "statistics norway") != NULL ||
                         g_str_equal (folded, "ssb")))
    {
      r->table->source = g_strdup ("SSB");
      r->source_key = "ssb";
    }
  else if (folded != NULL && (strstr (folded, "folkehelseinstitutt") != NULL ||
                              strstr (folded, "institute of public health") != NULL ||
                              g_str_equal (folded, "fhi")))
    {
      r->table->source = g_strdup ("FHI");
      r->source_key = "fhi";
    }
  else
    r->table->source = g_strdup (source != NULL ? source : "");
}

static gboolean
read_variables (Reader  *r,
                GError **error)
{
  const SirkelPxStatement *lists[2] = { find (r, "STUB", NULL, NULL),
                                        find (r, "HEADING", NULL, NULL) };
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (guint l = 0; l < 2; l++)
    n += lists[l] != NULL ? lists[l]->items->len : 0;
  if (n == 0)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: the file has neither STUB nor HEADING, so it names no variables."),
                   last_line (r));
      return FALSE;
    }
  if (n > MAX_VARIABLES)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("Line %u: the file has %u variables; Sirkel reads at most %u."),
                   lists[0] != NULL ? lists[0]->line : lists[1]->line, n, MAX_VARIABLES);
      return FALSE;
    }

  r->vars = g_new0 (Variable, n);
  r->cells = 1;
  for (guint l = 0; l < 2; l++)
    for (guint i = 0; lists[l] != NULL && i < lists[l]->items->len; i++)
      {
        Variable *var = &r->vars[r->n_vars];
        const SirkelPxStatement *values, *codes, *timeval;
        const char *code;

        var->name = g_ptr_array_index (lists[l]->items, i);
        if (!g_hash_table_add (names, (gpointer) var->name))
          {
            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                         _("Line %u: the variable “%s” is listed twice."), lists[l]->line,
                         var->name);
            return FALSE;
          }
        values = find (r, "VALUES", var->name, NULL);
        if (values == NULL || values->items->len == 0)
          {
            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                         _("Line %u: the variable “%s” has no VALUES."),
                         values != NULL ? values->line : lists[l]->line, var->name);
            return FALSE;
          }
        codes = find (r, "CODES", var->name, NULL);
        if (codes != NULL && codes->items->len != values->items->len)
          {
            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                         _("Line %u: CODES(“%s”) has %u codes but VALUES has %u values."),
                         codes->line, var->name, codes->items->len, values->items->len);
            return FALSE;
          }
        var->labels = values->items;
        var->codes = codes != NULL ? codes->items : values->items;
        var->line = values->line;
        code = find_text (r, "VARIABLECODE", var->name, NULL);
        var->key = code != NULL && *code != '\0' ? code : var->name;
        var->type = find_text (r, "VARIABLE-TYPE", var->name, NULL);
        timeval = find (r, "TIMEVAL", var->name, NULL);
        var->has_timeval = timeval != NULL;
        var->tlist = timeval != NULL ? timeval->tlist : NULL;
        r->n_vars++;

        if (!g_uint64_checked_mul (&r->cells, r->cells, values->items->len) ||
            r->cells > SIRKEL_IMPORT_MAX_CELLS)
          {
            g_autofree char *max = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                    SIRKEL_IMPORT_MAX_CELLS);

            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                         _("Line %u: the variables describe more than %s cells, more than "
                           "Sirkel reads."), values->line, max);
            return FALSE;
          }
      }

  /* Codes identify cells: two equal codes in one variable would make them ambiguous. */
  for (guint v = 0; v < r->n_vars; v++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < r->vars[v].codes->len; i++)
        if (!g_hash_table_add (seen, g_ptr_array_index (r->vars[v].codes, i)))
          {
            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                         _("Line %u: the variable “%s” has the value “%s” twice."),
                         r->vars[v].line, r->vars[v].name,
                         (const char *) g_ptr_array_index (r->vars[v].codes, i));
            return FALSE;
          }
    }
  return TRUE;
}

static gboolean
name_is (const Variable     *var,
         const char * const *names)
{
  g_autofree char *name = g_utf8_casefold (var->name, -1);
  g_autofree char *key = g_utf8_casefold (var->key, -1);

  return g_strv_contains (names, name) || g_strv_contains (names, key);
}

static gboolean
type_is (const Variable *var,
         const char     *type)
{
  return var->type != NULL && g_ascii_strcasecmp (var->type, type) == 0;
}

/* The first variable that nothing else has claimed and that @test accepts. */
static Variable *
claim (Reader     *r,
       Role        role,
       gboolean  (*test) (const Variable *var, gconstpointer data),
       gconstpointer data)
{
  for (guint v = 0; v < r->n_vars; v++)
    if (r->vars[v].role == ROLE_DIM && test (&r->vars[v], data))
      {
        r->vars[v].role = role;
        return &r->vars[v];
      }
  return NULL;
}

static gboolean
test_type (const Variable *var,
           gconstpointer   data)
{
  return type_is (var, data);
}

static gboolean
test_names (const Variable *var,
            gconstpointer   data)
{
  return name_is (var, data);
}

static gboolean
test_timeval (const Variable *var,
              gconstpointer   data)
{
  return var->has_timeval;
}

static gboolean
test_contvariable (const Variable *var,
                   gconstpointer   data)
{
  return g_str_equal (var->name, data) || g_str_equal (var->key, data);
}

static void
assign_roles (Reader *r)
{
  static const char * const geo_names[] = { "region", "kommune", "fylke", "bydel", "geo", NULL };
  static const char * const time_names[] = { "tid", "år", "aar", "year", "quarter", "month",
                                             "kvartal", "måned", "periode", NULL };
  static const char * const sex_names[] = { "kjønn", "kjonn", "kjoenn", "sex", NULL };
  static const char * const age_names[] = { "alder", "age", NULL };
  const char *contvariable = find_text (r, "CONTVARIABLE", NULL, NULL);

  if (contvariable != NULL && claim (r, ROLE_MEASURE, test_contvariable, contvariable) == NULL)
    sirkel_import_table_warn (r->table, _("Line %u: CONTVARIABLE names “%s”, which is not one of "
                                          "the variables; the file was read as one measure."),
                              find (r, "CONTVARIABLE", NULL, NULL)->line, contvariable);
  if (claim (r, ROLE_TIME, test_type, "T") == NULL &&
      claim (r, ROLE_TIME, test_timeval, NULL) == NULL)
    claim (r, ROLE_TIME, test_names, time_names);
  if (claim (r, ROLE_GEO, test_type, "G") == NULL)
    claim (r, ROLE_GEO, test_names, geo_names);
  claim (r, ROLE_SEX, test_names, sex_names);
  claim (r, ROLE_AGE, test_names, age_names);
}

/* ------------------------------------------------------------------------------------------
 * What each value of each variable means
 * ------------------------------------------------------------------------------------------ */

static gboolean
digits_of (const char *text,
           gsize       offset,
           gsize       count,
           int        *value)
{
  int v = 0;

  for (gsize i = offset; i < offset + count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (text[i] - '0');
    }
  *value = v;
  return TRUE;
}

/* The spec's TLIST codes ("20251" for Q1, "202403" for M1), then the styles of §7. */
static gboolean
period_for (const char *tlist,
            const char *code,
            int        *from,
            int        *to,
            int        *part)
{
  gsize len = strlen (code);
  int year = 0, sub = 0;

  if (tlist != NULL && len >= 5 && strspn (code, "0123456789") == len &&
      digits_of (code, 0, 4, &year) && year >= 1800 && year <= 2200)
    {
      *from = *to = year;
      if (g_str_equal (tlist, "Q1") && len == 5 && digits_of (code, 4, 1, &sub) &&
          sub >= 1 && sub <= 4)
        {
          *part = sub;
          return TRUE;
        }
      if (g_str_equal (tlist, "M1") && len == 6 && digits_of (code, 4, 2, &sub) &&
          sub >= 1 && sub <= 12)
        {
          *part = SIRKEL_PERIOD_MONTH_BASE + sub;
          return TRUE;
        }
      if (g_str_equal (tlist, "W1") && len == 6 && digits_of (code, 4, 2, &sub) &&
          sub >= 1 && sub <= 53)
        {
          *part = SIRKEL_PERIOD_WEEK_BASE + sub;
          return TRUE;
        }
      return FALSE;
    }
  return sirkel_period_parse (code, from, to, part);
}

static gboolean
sex_for (const char *code,
         const char *label,
         int        *sex)
{
  static const char * const both[] = { "0", "begge kjønn", "kjønn samlet", "begge kjønn i alt",
                                       "i alt", "alle", "both sexes", "total", NULL };
  static const char * const men[] = { "1", "menn", "mann", "gutter", "gutt", "m", "males",
                                      "male", "men", "boys", NULL };
  static const char * const women[] = { "2", "kvinner", "kvinne", "jenter", "jente", "k",
                                        "females", "female", "women", "girls", NULL };
  const char * const *lists[] = { both, men, women };
  const char *texts[] = { code, label };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autofree char *folded = g_utf8_casefold (texts[t], -1);

      g_strstrip (folded);
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        if (g_strv_contains (lists[l], folded))
          {
            *sex = (int) l;
            return TRUE;
          }
    }
  return FALSE;
}

/* Fills var->info; *unreadable is set when a sex or age value is not one Sirkel knows. */
static gboolean
resolve_variable (Reader    *r,
                  Variable  *var,
                  const char *units,
                  int        decimals,
                  gboolean  *unreadable,
                  GError   **error)
{
  *unreadable = FALSE;
  var->info = g_new0 (ValueInfo, var->labels->len);
  for (guint i = 0; i < var->labels->len; i++)
    {
      ValueInfo *info = &var->info[i];
      const char *label = g_ptr_array_index (var->labels, i);
      const char *code = g_ptr_array_index (var->codes, i);
      g_autofree char *normalised = NULL;
      SirkelGeoLevel level = SIRKEL_GEO_LEVEL_OTHER;
      const char *unit;
      int precision;

      switch (var->role)
        {
        case ROLE_MEASURE:
          unit = find_text (r, "UNITS", label, NULL);
          precision = find_int (r, "PRECISION", var->name, label);
          info->measure = sirkel_import_table_add_measure (r->table, code, label,
                                                           unit != NULL ? unit : units,
                                                           precision >= 0 ? precision : decimals);
          break;
        case ROLE_GEO:
          if (!sirkel_geo_normalise (code, FALSE, &normalised, &level, NULL))
            normalised = g_strdup (code);
          info->geo_raw = sirkel_import_table_intern (r->table, code);
          info->geo = sirkel_import_table_intern (r->table, normalised);
          info->geo_level = level;
          break;
        case ROLE_TIME:
          if (!period_for (var->tlist, code, &info->period_from, &info->period_to,
                           &info->period_part))
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                           _("Line %u: “%s”, a value of the time variable “%s”, is not a period "
                             "Sirkel can read."), var->line, code, var->name);
              return FALSE;
            }
          info->period_label = sirkel_import_table_intern (r->table, label);
          break;
        case ROLE_SEX:
          if (!sex_for (code, label, &info->sex))
            {
              sirkel_import_table_warn (r->table, _("Line %u: “%s” is not a sex Sirkel knows, so "
                                                    "“%s” was kept as an ordinary dimension."),
                                        var->line, label, var->name);
              *unreadable = TRUE;
              return TRUE;
            }
          break;
        case ROLE_AGE:
          if (!sirkel_age_parse (code, &info->age_lo, &info->age_hi) &&
              !sirkel_age_parse (label, &info->age_lo, &info->age_hi))
            {
              sirkel_import_table_warn (r->table, _("Line %u: “%s” is not an age group Sirkel "
                                                    "knows, so “%s” was kept as an ordinary "
                                                    "dimension."), var->line, label, var->name);
              *unreadable = TRUE;
              return TRUE;
            }
          break;
        case ROLE_DIM:
        default:
          info->dim = g_strconcat (var->key, "=", code, NULL);
          break;
        }
    }
  return TRUE;
}

static gboolean
resolve_values (Reader  *r,
                GError **error)
{
  const char *units = find_text (r, "UNITS", NULL, NULL);
  int showdecimals = find_int (r, "SHOWDECIMALS", NULL, NULL);
  int decimals = showdecimals >= 0 ? showdecimals : find_int (r, "DECIMALS", NULL, NULL);
  gboolean have_measures = FALSE, have_time = FALSE, have_geo = FALSE;

  for (guint v = 0; v < r->n_vars; v++)
    {
      Variable *var = &r->vars[v];
      gboolean unreadable = FALSE;

      if (!resolve_variable (r, var, units, decimals, &unreadable, error))
        return FALSE;
      if (unreadable)
        {
          g_clear_pointer (&var->info, g_free);
          var->role = ROLE_DIM;
          if (!resolve_variable (r, var, units, decimals, &unreadable, error))
            return FALSE;
        }
      have_measures |= var->role == ROLE_MEASURE;
      have_time |= var->role == ROLE_TIME;
      have_geo |= var->role == ROLE_GEO;
      if (var->role == ROLE_GEO && var->codes == var->labels &&
          !g_ascii_isdigit (*(const char *) g_ptr_array_index (var->labels, 0)) &&
          !g_str_has_prefix (g_ptr_array_index (var->labels, 0), "K-"))
        sirkel_import_table_warn (r->table, _("Line %u: the regions of “%s” have names but no "
                                              "codes (CODES); Sirkel matches places by code."),
                                  var->line, var->name);
    }

  if (!have_time)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: no variable is time (TIMEVAL, VARIABLE-TYPE “T” or a name such "
                     "as “år”), so the figures have no period."), r->vars[0].line);
      return FALSE;
    }
  if (!have_geo)
    sirkel_import_table_warn (r->table, _("No variable is a region (VARIABLE-TYPE “G” or a name "
                                          "such as “region”), so the figures have no place."));
  if (!have_measures)
    {
      const char *contents = find_text (r, "CONTENTS", NULL, NULL);
      const char *matrix = find_text (r, "MATRIX", NULL, NULL);
      const char *key = contents != NULL && *contents != '\0' ? contents
                        : matrix != NULL && *matrix != '\0' ? matrix : "value";

      sirkel_import_table_add_measure (r->table, key, contents, units, decimals);
    }
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Symbols and cells
 * ------------------------------------------------------------------------------------------ */

static void
read_symbols (Reader *r)
{
  static const char * const codes[] = { ".", "..", "...", "....", ".....", "......", "-", NULL };
  static const char * const keywords[] = { "DATASYMBOL1", "DATASYMBOL2", "DATASYMBOL3",
                                           "DATASYMBOL4", "DATASYMBOL5", "DATASYMBOL6",
                                           "DATASYMBOLNIL", "DATASYMBOLSUM" };
  static const SirkelFlag positional[] = { SIRKEL_FLAG_MISSING, SIRKEL_FLAG_MISSING,
                                           SIRKEL_FLAG_SUPPRESSED, SIRKEL_FLAG_UNKNOWN,
                                           SIRKEL_FLAG_UNKNOWN, SIRKEL_FLAG_UNKNOWN,
                                           SIRKEL_FLAG_NIL, SIRKEL_FLAG_UNKNOWN };

  for (guint i = 0; i < G_N_ELEMENTS (r->symbols); i++)
    {
      Symbol *symbol = &r->symbols[i];
      const char *text = find_text (r, keywords[i], NULL, NULL);
      double number;

      if (text != NULL && sirkel_parse_number (text, '.', &number))
        {
          /* Declared text that looks like a number must not turn numbers into symbols. */
          sirkel_import_table_warn (r->table, _("Line %u: %s is the number “%s”; it was "
                                                "ignored."),
                                    find (r, keywords[i], NULL, NULL)->line, keywords[i], text);
          text = NULL;
        }
      symbol->code = codes[i];
      symbol->declared = text != NULL;
      symbol->text = text != NULL ? text : codes[i];
      symbol->flag = positional[i];
      if (i != 6 && symbol->text != NULL && *r->source_key != '\0')
        {
          SirkelFlag flag = sirkel_flag_for_symbol (r->source_key, symbol->text);

          if (flag != SIRKEL_FLAG_UNKNOWN && !sirkel_flag_has_value (flag))
            symbol->flag = flag;
        }
    }
}

static const Symbol *
find_symbol (Reader     *r,
             const char *token)
{
  for (guint i = 0; i < G_N_ELEMENTS (r->symbols); i++)
    if (r->symbols[i].declared && g_str_equal (r->symbols[i].text, token))
      return &r->symbols[i];
  for (guint i = 0; i < G_N_ELEMENTS (r->symbols); i++)
    if (r->symbols[i].code != NULL && g_str_equal (r->symbols[i].code, token))
      return &r->symbols[i];
  return NULL;
}

static gboolean
read_value (Reader             *r,
            SirkelObservation  *obs,
            const char         *token,
            gsize               len,
            guint               line,
            GError            **error)
{
  char buf[MAX_TOKEN + 1];
  const Symbol *symbol;
  SirkelFlag flag;

  if (len > MAX_TOKEN)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                   _("Line %u: a value in DATA is %u characters long, too long for a number or "
                     "a symbol."), line, (guint) MIN (len, G_MAXUINT));
      return FALSE;
    }
  memcpy (buf, token, len);
  buf[len] = '\0';
  if (sirkel_parse_number (buf, '.', &obs->value))
    {
      obs->has_value = TRUE;
      return TRUE;
    }
  symbol = find_symbol (r, buf);
  if (symbol != NULL)
    {
      sirkel_import_table_set_flag (r->table, obs, symbol->flag, buf);
      return TRUE;
    }
  if (strpbrk (buf, "0123456789") != NULL || !g_utf8_validate (buf, -1, NULL))
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                   _("Line %u: “%s” in DATA is neither a number nor a symbol."), line,
                   g_utf8_validate (buf, -1, NULL) ? buf : "?");
      return FALSE;
    }
  flag = sirkel_flag_for_symbol (r->source_key, buf);
  if (sirkel_flag_has_value (flag))
    flag = SIRKEL_FLAG_UNKNOWN;
  if (g_hash_table_add (r->undeclared, g_strdup (buf)))
    sirkel_import_table_warn (r->table, _("Line %u: DATA has the symbol “%s”, which the file does "
                                          "not declare; it was read as “%s”."), line, buf,
                              sirkel_flag_to_key (flag));
  sirkel_import_table_set_flag (r->table, obs, flag, buf);
  return TRUE;
}

static const char *
build_dims (Reader      *r,
            const guint *order,
            guint        n_order,
            const guint *index,
            GString     *buffer)
{
  g_string_truncate (buffer, 0);
  for (guint k = 0; k < n_order; k++)
    {
      if (buffer->len > 0)
        g_string_append_c (buffer, ';');
      g_string_append (buffer, r->vars[order[k]].info[index[order[k]]].dim);
    }
  return sirkel_import_table_intern (r->table, buffer->str);
}

static gboolean
read_cells (Reader        *r,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree guint *index = g_new0 (guint, r->n_vars);
  g_autofree guint *order = g_new0 (guint, r->n_vars);
  g_autoptr(GString) buffer = g_string_new (NULL);
  SirkelPxDataCursor cursor;
  const char *dims = "";
  gboolean dims_changed = TRUE;
  guint n_order = 0;

  /* dims is "KEY=code;KEY=code" sorted by key. */
  for (guint v = 0; v < r->n_vars; v++)
    if (r->vars[v].role == ROLE_DIM)
      {
        guint k = n_order++;

        while (k > 0 && strcmp (r->vars[order[k - 1]].key, r->vars[v].key) > 0)
          {
            order[k] = order[k - 1];
            k--;
          }
        order[k] = v;
      }

  sirkel_px_data_cursor_init (&cursor, r->text, &r->file);
  for (guint64 cell = 0; cell < r->cells; cell++)
    {
      SirkelObservation *obs;
      const char *token = NULL;
      gsize len = 0;
      gboolean quoted = FALSE;
      guint line = 0;

      if ((cell & 4095) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (sirkel_px_data_next (&cursor, &token, &len, &quoted, &line, error) <= 0)
        {
          /* The lexer counted exactly r->cells values; only a broken cursor ends early. */
          if (error != NULL && *error == NULL)
            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                         _("Line %u: DATA ended early."), cursor.line);
          return FALSE;
        }
      if (dims_changed)
        dims = build_dims (r, order, n_order, index, buffer);
      dims_changed = FALSE;

      obs = sirkel_import_table_append (r->table);
      obs->dims = dims;
      for (guint v = 0; v < r->n_vars; v++)
        {
          const ValueInfo *info = &r->vars[v].info[index[v]];

          switch (r->vars[v].role)
            {
            case ROLE_MEASURE:
              obs->measure = info->measure;
              break;
            case ROLE_GEO:
              obs->geo_raw = info->geo_raw;
              obs->geo = info->geo;
              obs->geo_level = info->geo_level;
              break;
            case ROLE_TIME:
              obs->period_from = info->period_from;
              obs->period_to = info->period_to;
              obs->period_part = info->period_part;
              obs->period_label = info->period_label;
              break;
            case ROLE_SEX:
              obs->sex = info->sex;
              break;
            case ROLE_AGE:
              obs->age_lo = info->age_lo;
              obs->age_hi = info->age_hi;
              break;
            case ROLE_DIM:
            default:
              break;
            }
        }
      if (!read_value (r, obs, token, len, line, error))
        return FALSE;

      /* The next cell: the last variable runs fastest. */
      for (guint v = r->n_vars; v-- > 0;)
        {
          dims_changed |= r->vars[v].role == ROLE_DIM;
          if (++index[v] < r->vars[v].labels->len)
            break;
          index[v] = 0;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Entry points
 * ------------------------------------------------------------------------------------------ */

/**
 * sirkel_px_read:
 * @encoding: (nullable): the user's choice, or %NULL/"auto" to use CODEPAGE or detect
 *
 * Reads a PC-Axis file into @table; see the file comment for the rules.
 */
gboolean
sirkel_px_read (GBytes             *bytes,
                const char         *encoding,
                SirkelImportTable  *table,
                GCancellable       *cancellable,
                GError            **error)
{
  g_auto(Reader) r = { 0 };
  g_autofree char *text = NULL;
  const SirkelPxStatement *keys = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  r.table = table;
  r.undeclared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  text = sirkel_px_decode (bytes, encoding, table, &r.len, error);
  if (text == NULL)
    return FALSE;
  r.text = text;
  if (!sirkel_px_lex (text, r.len, table, cancellable, &r.file, error))
    return FALSE;
  build_index (&r);
  read_identity (&r);

  for (guint i = 0; i < r.file.statements->len && keys == NULL; i++)
    if (g_str_equal (((SirkelPxStatement *) g_ptr_array_index (r.file.statements, i))->keyword,
                     "KEYS"))
      keys = g_ptr_array_index (r.file.statements, i);
  if (keys != NULL)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: the file uses KEYS (rows led by their codes, rows of zeros left "
                     "out), which Sirkel does not read; download the table without KEYS."),
                   keys->line);
      return FALSE;
    }
  if (!read_variables (&r, error))
    return FALSE;
  if (!r.file.has_data)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: the file ends without a DATA section."), last_line (&r));
      return FALSE;
    }
  if (r.file.data_tokens != r.cells)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GUINT64_FORMAT, r.file.data_tokens);
      g_autofree char *needed = g_strdup_printf ("%" G_GUINT64_FORMAT, r.cells);

      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("Line %u: DATA has %s values, the variables need %s."), r.file.data_line,
                   found, needed);
      return FALSE;
    }
  if (!r.file.data_terminated)
    sirkel_import_table_warn (table, _("Line %u: DATA does not end with “;”; the file may have "
                                       "been cut short."), last_line (&r));

  assign_roles (&r);
  if (!resolve_values (&r, error))
    return FALSE;
  read_symbols (&r);
  return read_cells (&r, cancellable, error);
}
