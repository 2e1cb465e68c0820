/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON-stat reader: datasets saved from SSB's PxWebApi (v0 and v2: JSON-stat 2.0, and the
 * older 1.x "dataset" wrapper or named datasets) and from FHI Statistikk's open API (json-stat2),
 * DATA-FORMATS.md §2.2 and §3.2. The cube's shape comes only from `id`, `size` and
 * `category.index`; `value` is row-major over `id` with the last dimension fastest.
 *
 * Bounds come before structures: the text is scanned first (nesting depth, string length, the
 * number of values, NUL escapes, integers json-glib 1.6 would silently wrap), and the tree is
 * checked next (sizes and their product, index permutations, value and status offsets) before
 * the first observation is made. A sparse `value` object yields observations only for the cells
 * it (or `status`) lists, so a tiny file cannot claim a huge cube. This file reads the text, the
 * dataset's identity, shape and dimensions; sirkel-jsonstat-cells.c does value, status, symbols
 * and the observations. Plain functions: no state between calls, one thread.
 */
#define G_LOG_DOMAIN "sirkel-jsonstat-reader"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-jsonstat-private.h"

/* ------------------------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------------------------ */

/* A text member or an integer one (SSB writes "tableid" as text, some exporters as a number). */
static char *
dup_text_or_int (JsonObject *object,
                 const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  gint64 number;

  if (node_string (node) != NULL)
    return g_strstrip (g_strdup (node_string (node)));
  if (node_int (node, &number))
    return g_strdup_printf ("%" G_GINT64_FORMAT, number);
  return NULL;
}

/* Byte search without memmem (not in C11). */
static gboolean
bytes_contain (const guint8 *data,
               gsize         len,
               const char   *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (data[i] == (guint8) needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
line_and_column (const char *text,
                 gsize       offset,
                 guint      *line,
                 guint      *column)
{
  gsize start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (text[i] == '\n')
      {
        (*line)++;
        start = i + 1;
      }
  *column = (guint) (offset - start + 1);
}

/* ------------------------------------------------------------------------------------------
 * The text, before json-glib sees it
 * ------------------------------------------------------------------------------------------ */

/* Reads the \\uXXXX escape at @at (the backslash) into @unit. */
static gboolean
read_escape (const char *text,
             gsize       len,
             gsize       at,
             guint      *unit)
{
  guint value = 0;

  if (at + 6 > len || text[at] != '\\' || text[at + 1] != 'u')
    return FALSE;
  for (guint k = 2; k < 6; k++)
    {
      int digit = g_ascii_xdigit_value (text[at + k]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + (guint) digit;
    }
  *unit = value;
  return TRUE;
}

/* json-glib 1.6 recurses without a depth limit, keeps a string up to an escaped NUL and wraps
 * integers beyond 64 bits (18446744073709551616 reads as -1): refuse all of these on the text,
 * in one pass that allocates nothing, and count the values the tree would hold. */
#define INT64_DIGITS "9223372036854775807"
/* json-glib spends some 80 bytes per value: a dataset of MAX_CELLS cells needs its values, at
 * most as many status entries and some metadata, and nothing beyond that is parsed. */
#define MAX_JSON_VALUES (2 * SIRKEL_IMPORT_MAX_CELLS + 1024 * 1024)

static gboolean
scan_text (const char  *text,
           gsize        len,
           GError     **error)
{
  guint depth = 0, line = 0, column = 0;
  guint64 values = 1;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      /* Every value but a container's first follows a comma; containers are values too. */
      if ((c == ',' || c == '[' || c == '{') && ++values > MAX_JSON_VALUES)
        {
          line_and_column (text, i, &line, &column);
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                       _("Line %u, column %u: the file holds more than %llu JSON values, more "
                         "than a table of %llu cells needs."), line, column,
                       (unsigned long long) MAX_JSON_VALUES,
                       (unsigned long long) SIRKEL_IMPORT_MAX_CELLS);
          return FALSE;
        }
      if (c == '[' || c == '{')
        {
          if (++depth > SIRKEL_IMPORT_MAX_DEPTH)
            {
              line_and_column (text, i, &line, &column);
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                           _("Line %u, column %u (byte %llu): the JSON is nested deeper than %u "
                             "levels."), line, column, (unsigned long long) i,
                           (guint) SIRKEL_IMPORT_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == ']' || c == '}')
        depth = depth > 0 ? depth - 1 : 0;
      else if (c == '"')
        {
          gsize start = i++;

          for (; i < len && text[i] != '"'; i++)
            if (text[i] == '\\' && i + 1 < len)
              {
                guint unit = 0;

                if (len - i >= 6 && memcmp (text + i + 1, "u0000", 5) == 0)
                  {
                    line_and_column (text, i, &line, &column);
                    g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                                 _("Line %u, column %u: a text contains a NUL character "
                                   "(\\u0000)."), line, column);
                    return FALSE;
                  }
                /* Only JSON's own escapes (RFC 8259 §7): json-glib's scanner also takes
                 * octal ones like \\202, which make invalid UTF-8. \\u takes exactly four hex
                 * digits (json-glib reads on past a quote otherwise), and a surrogate escape
                 * must be a high one followed by a low one (json-glib turns anything else into
                 * invalid UTF-8). */
                if (strchr ("\"\\/bfnrtu", text[i + 1]) == NULL || text[i + 1] == '\0' ||
                    (text[i + 1] == 'u' && !read_escape (text, len, i, &unit)))
                  {
                    line_and_column (text, i, &line, &column);
                    g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                                 _("Line %u, column %u: a text contains an escape that is not "
                                   "a valid character."), line, column);
                    return FALSE;
                  }
                if (text[i + 1] == 'u' && unit >= 0xD800 && unit <= 0xDFFF)
                  {
                    guint low = 0;

                    if (unit >= 0xDC00 || !read_escape (text, len, i + 6, &low) ||
                        low < 0xDC00 || low > 0xDFFF)
                      {
                        line_and_column (text, i, &line, &column);
                        g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                                     _("Line %u, column %u: a text contains an escape that is not "
                                       "a valid character."), line, column);
                        return FALSE;
                      }
                    i += 6;
                  }
                i++;
              }
          if (i - start - 1 > SIRKEL_IMPORT_MAX_FIELD)
            {
              line_and_column (text, start, &line, &column);
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                           _("Line %u, column %u: a text is longer than %u bytes."), line, column,
                           (guint) SIRKEL_IMPORT_MAX_FIELD);
              return FALSE;
            }
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize start = i, digits = 0;
          gboolean integer = TRUE;

          for (; i < len && (g_ascii_isdigit (text[i]) || text[i] == '-' || text[i] == '+' ||
                             text[i] == '.' || text[i] == 'e' || text[i] == 'E'); i++)
            if (g_ascii_isdigit (text[i]))
              digits++;
            else if (text[i] != '-' || i != start)
              integer = FALSE;
          i--;
          /* Leading zeros are invalid JSON, so 19 digits compare as text. */
          if (integer && (digits > 19 || (digits == 19 &&
                                          strncmp (text + i + 1 - 19, INT64_DIGITS, 19) > 0)))
            {
              line_and_column (text, start, &line, &column);
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                           _("Line %u, column %u: the integer %.*s is too large to read exactly."),
                           line, column, (int) MIN (i + 1 - start, 40), text + start);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
parse_json (JsonParser  *parser,
            const char  *text,
            gsize        len,
            GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *valid = NULL;
  const char *message, *p;
  char *end = NULL;
  guint64 line, column;

  if (json_parser_load_from_data (parser, text, (gssize) len, &local))
    {
      if (json_parser_get_root (parser) != NULL)
        return TRUE;
      g_set_error_literal (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                           _("The file is empty."));
      return FALSE;
    }
  /* json-glib says "<data>:LINE:COLUMN: Parse error: what", and may quote the offending token
   * with a lone surrogate escape decoded into invalid UTF-8: make it valid before it can reach
   * a message. */
  valid = g_utf8_make_valid (local->message, -1);
  message = valid;
  if (g_str_has_prefix (message, "<data>:"))
    {
      p = message + strlen ("<data>:");
      line = g_ascii_strtoull (p, &end, 10);
      if (end != p && *end == ':')
        {
          p = end + 1;
          column = g_ascii_strtoull (p, &end, 10);
          if (end != p && *end == ':')
            {
              p = end + 1;
              while (*p == ' ')
                p++;
              if (g_str_has_prefix (p, "Parse error: "))
                p += strlen ("Parse error: ");
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                           _("Line %u, column %u: the file is not valid JSON (%s)."),
                           (guint) line, (guint) column, p);
              return FALSE;
            }
        }
    }
  g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
               _("The file is not valid JSON (%s)."), message);
  return FALSE;
}

/* ------------------------------------------------------------------------------------------
 * The dataset, its identity and its shape
 * ------------------------------------------------------------------------------------------ */

static gboolean
looks_like_dataset (JsonObject *object)
{
  return get_object (object, "dimension") != NULL;
}

/* JSON-stat 2.0 is the top-level object; 1.x wraps it as {"dataset": …} or names it. */
static gboolean
find_dataset (Reader      *r,
              JsonObject  *root,
              GError     **error)
{
  const char *klass = get_string (root, "class");
  g_autoptr(GList) names = NULL;
  const char *found = NULL;
  guint count = 0;

  if (klass != NULL && (g_str_equal (klass, "collection") || g_str_equal (klass, "dimension")))
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("The file is a JSON-stat “%s”, not a dataset with figures."), klass);
      return FALSE;
    }
  if ((klass != NULL && g_str_equal (klass, "dataset")) || looks_like_dataset (root))
    {
      r->dataset = root;
      r->path = g_strdup ("$");
      return TRUE;
    }
  names = json_object_get_members (root);
  for (GList *l = names; l != NULL; l = l->next)
    if (looks_like_dataset (get_object (root, l->data)))
      {
        if (count++ == 0)
          found = l->data;
      }
  if (found == NULL)
    {
      g_set_error_literal (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                           _("The file is JSON, but not a JSON-stat dataset (it has no "
                             "“dimension”)."));
      return FALSE;
    }
  if (count > 1)
    sirkel_import_table_warn (r->table, _("The file holds %u datasets; only the first, “%s”, was "
                                          "read."), count, found);
  r->dataset = get_object (root, found);
  r->path = g_strdup_printf ("$.%s", found);
  return TRUE;
}

/* "99999: Eksempel, etter region" → "99999" and "Eksempel, etter region". */
static gboolean
split_table_number (const char  *label,
                    char       **number,
                    const char **rest)
{
  gsize digits = 0;

  while (g_ascii_isdigit (label[digits]))
    digits++;
  if (digits < 3 || digits > 6 || label[digits] != ':')
    return FALSE;
  *number = g_strndup (label, digits);
  *rest = label + digits + 1;
  while (**rest == ' ')
    (*rest)++;
  return TRUE;
}

static gboolean
mentions_fhi (JsonObject *object,
              guint       depth)
{
  static const char * const words[] = { "fhi", "folkehelseinstitutt", "public health", NULL };
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (object == NULL || depth > 2)
    return FALSE;
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (casefold_contains (name, words) || casefold_contains (node_string (node), words) ||
        (JSON_NODE_HOLDS_OBJECT (node) && mentions_fhi (json_node_get_object (node), depth + 1)))
      return TRUE;
  return FALSE;
}

static gboolean
has_fhi_ids (JsonArray *ids)
{
  static const char * const fhi_ids[] = { "GEO", "AAR", "KJONN", "ALDER", "MEASURE_TYPE", NULL };

  for (guint i = 0; ids != NULL && i < json_array_get_length (ids); i++)
    {
      const char *id = node_string (json_array_get_element (ids, i));

      if (id != NULL && g_strv_contains (fhi_ids, id))
        return TRUE;
    }
  return FALSE;
}

static void
set_text (char       **field,
          const char  *text)
{
  g_free (*field);
  *field = g_strdup (text != NULL ? text : "");
}

/* Source, table id and title (DATA-FORMATS.md §2.2, §3.2). */
static void
read_identity (Reader    *r,
               JsonArray *ids)
{
  static const char * const ssb_words[] = { "statistisk sentralbyrå", "statistics norway", NULL };
  static const char * const fhi_words[] = { "fhi", "folkehelseinstitutt", "public health", NULL };
  static const char * const fhi_id_keys[] = { "tableid", "table_id", "tabellid", NULL };
  const char *label = get_string (r->dataset, "label");
  const char *source = get_string (r->dataset, "source");
  JsonObject *px = get_object (r->extension, "px");
  g_autofree char *number = NULL;
  g_autofree char *table_id = NULL;
  const char *title = label != NULL ? label : "";
  gboolean numbered;

  numbered = label != NULL && split_table_number (label, &number, &title);
  if (px != NULL || casefold_contains (source, ssb_words) ||
      (source != NULL && g_ascii_strcasecmp (source, "SSB") == 0))
    r->source = "ssb";
  else if (casefold_contains (source, fhi_words) || mentions_fhi (r->extension, 0))
    r->source = "fhi";
  else if (numbered)
    r->source = "ssb";
  else if (has_fhi_ids (ids))
    r->source = "fhi";
  else
    r->source = "";
  set_text (&r->table->source, g_str_equal (r->source, "ssb") ? "SSB"
                               : g_str_equal (r->source, "fhi") ? "FHI" : "");

  table_id = dup_text_or_int (px, "tableid");
  if (table_id == NULL && numbered)
    table_id = g_strdup (number);
  if (table_id == NULL && r->extension != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init (&iter, r->extension);
      while (table_id == NULL && json_object_iter_next (&iter, &name, &node))
        if (casefold_in (name, fhi_id_keys))
          table_id = dup_text_or_int (r->extension, name);
    }
  set_text (&r->table->table_id, table_id);
  set_text (&r->table->title, title);
}

/* `id` and `size` (top level in 2.0, inside `dimension` in 1.x): equal lengths, positive
 * integers, and a product that neither overflows nor passes SIRKEL_IMPORT_MAX_CELLS. */
static gboolean
read_shape (Reader     *r,
            JsonArray **ids_out,
            GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *at = NULL;
  JsonArray *ids, *sizes;
  guint64 product = 1;
  guint n;

  r->dimension = get_object (r->dataset, "dimension");
  ids = get_array (r->dataset, "id");
  sizes = get_array (r->dataset, "size");
  at = g_strdup (r->path);
  if (ids == NULL && sizes == NULL)
    {
      ids = get_array (r->dimension, "id");
      sizes = get_array (r->dimension, "size");
      g_free (at);
      at = g_strdup_printf ("%s.dimension", r->path);
    }
  if (r->dimension == NULL || ids == NULL || sizes == NULL)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("%s: a JSON-stat dataset needs “dimension”, “id” and “size”; one is missing."),
                   r->path);
      return FALSE;
    }
  n = json_array_get_length (ids);
  if (n == 0 || n != json_array_get_length (sizes))
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("%s.id names %u dimensions, but %s.size gives %u sizes."), at, n, at,
                   json_array_get_length (sizes));
      return FALSE;
    }
  if (n > SIRKEL_IMPORT_MAX_COLUMNS)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("%s.id names %u dimensions; Sirkel reads at most %u."), at, n,
                   (guint) SIRKEL_IMPORT_MAX_COLUMNS);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      const char *id = node_string (json_array_get_element (ids, i));
      gint64 size = 0;

      if (id == NULL || *id == '\0' || !g_hash_table_add (seen, (gpointer) id))
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("%s.id[%u] is not a dimension name, or names a dimension twice."), at, i);
          return FALSE;
        }
      if (!node_int (json_array_get_element (sizes, i), &size) || size < 1)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("%s.size[%u] is not a whole number of at least 1."), at, i);
          return FALSE;
        }
      if (!g_uint64_checked_mul (&product, product, (guint64) size))
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                       _("%s.size: the sizes multiply to more than 2^64 cells; Sirkel reads at "
                         "most %llu."), at, (unsigned long long) SIRKEL_IMPORT_MAX_CELLS);
          return FALSE;
        }
    }
  if (product > SIRKEL_IMPORT_MAX_CELLS)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("%s.size: the sizes multiply to %llu cells; Sirkel reads at most %llu."), at,
                   (unsigned long long) product, (unsigned long long) SIRKEL_IMPORT_MAX_CELLS);
      return FALSE;
    }
  r->n_cells = product;
  r->n_dims = n;
  r->dims = g_new0 (Dimension, n);
  for (guint i = 0; i < n; i++)
    {
      r->dims[i].id = node_string (json_array_get_element (ids, i));
      r->dims[i].size = (guint) json_array_get_int_element (sizes, i);
    }
  *ids_out = ids;
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Dimensions: categories in index order, roles, and what each category means
 * ------------------------------------------------------------------------------------------ */

static gboolean
read_categories (Reader     *r,
                 Dimension  *dim,
                 guint       position,
                 GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *object = get_object (r->dimension, dim->id);
  JsonObject *category = get_object (object, "category");
  JsonObject *labels = get_object (category, "label");
  JsonNode *index = category != NULL ? json_object_get_member (category, "index") : NULL;
  guint count;

  if (category == NULL)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("%s.dimension.%s.category is missing."), r->path, dim->id);
      return FALSE;
    }
  dim->categories = g_new0 (Category, dim->size);
  if (index != NULL && JSON_NODE_HOLDS_ARRAY (index))
    {
      JsonArray *array = json_node_get_array (index);

      count = json_array_get_length (array);
      for (guint k = 0; k < count && count == dim->size; k++)
        dim->categories[k].code = node_string (json_array_get_element (array, k));
    }
  else if (index != NULL && JSON_NODE_HOLDS_OBJECT (index))
    {
      JsonObject *positions = json_node_get_object (index);
      JsonObjectIter iter;
      const char *code;
      JsonNode *node;

      count = json_object_get_size (positions);
      json_object_iter_init (&iter, positions);
      while (count == dim->size && json_object_iter_next (&iter, &code, &node))
        {
          gint64 k = -1;

          if (!node_int (node, &k) || k < 0 || k >= dim->size)
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                           _("%s.dimension.%s.category.index gives “%s” a position outside "
                             "0–%u."), r->path, dim->id, code, dim->size - 1);
              return FALSE;
            }
          if (dim->categories[k].code != NULL)
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                           _("%s.dimension.%s.category.index gives position %u to both “%s” and "
                             "“%s”."), r->path, dim->id, (guint) k, dim->categories[k].code, code);
              return FALSE;
            }
          dim->categories[k].code = code;
        }
    }
  else if (labels != NULL && json_object_get_size (labels) == 1)
    {
      /* JSON-stat lets a dimension with one category leave out the index. */
      g_autoptr(GList) names = json_object_get_members (labels);

      count = 1;
      if (dim->size == 1)
        dim->categories[0].code = names->data;
    }
  else
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("%s.dimension.%s.category.index is missing; the order of the categories is "
                     "unknown."), r->path, dim->id);
      return FALSE;
    }
  if (count != dim->size)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("%s.dimension.%s.category.index has %u categories, but size[%u] is %u."),
                   r->path, dim->id, count, position, dim->size);
      return FALSE;
    }
  for (guint k = 0; k < dim->size; k++)
    {
      const char *code = dim->categories[k].code;

      if (code == NULL || *code == '\0' || !g_hash_table_add (seen, (gpointer) code))
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("%s.dimension.%s.category.index[%u] is empty, not a code, or a code "
                         "listed twice."), r->path, dim->id, k);
          return FALSE;
        }
      dim->categories[k].label = get_string (labels, code);
    }
  return TRUE;
}

static void
assign_role (Reader     *r,
             guint       d,
             Role        role,
             const char *why)
{
  if (r->dims[d].role != ROLE_OTHER)
    return;
  if (r->role_dim[role] >= 0)
    {
      sirkel_import_table_warn (r->table, _("%s: “%s” looks like a second %s dimension beside "
                                            "“%s”; it is read as an ordinary dimension."),
                                r->path, r->dims[d].id, why, r->dims[r->role_dim[role]].id);
      return;
    }
  r->dims[d].role = role;
  r->role_dim[role] = (int) d;
}

/* `role` first (entries may be null, `role` itself null or missing), then well-known ids. */
static void
assign_roles (Reader *r)
{
  static const char * const role_names[] = { "geo", "time", "metric", NULL };
  static const Role role_values[] = { ROLE_GEO, ROLE_TIME, ROLE_METRIC };
  static const char * const geo_ids[] = { "geo", "region", "fylke", "kommune", "bydel", "fylker",
                                          "kommuner", NULL };
  static const char * const time_ids[] = { "aar", "år", "tid", "time", "year", "periode", NULL };
  static const char * const metric_ids[] = { "measure_type", "contentscode", "statistikkvariabel",
                                             "måltall", "maltall", NULL };
  static const char * const sex_ids[] = { "kjonn", "kjønn", "kjoenn", "sex", NULL };
  static const char * const age_ids[] = { "alder", "age", NULL };
  JsonObject *roles = get_object (r->dataset, "role");

  if (roles == NULL)
    roles = get_object (r->dimension, "role");
  for (guint i = 0; role_names[i] != NULL; i++)
    {
      JsonArray *list = get_array (roles, role_names[i]);

      for (guint j = 0; list != NULL && j < json_array_get_length (list); j++)
        {
          const char *id = node_string (json_array_get_element (list, j));
          guint d;

          for (d = 0; id != NULL && d < r->n_dims; d++)
            if (g_str_equal (r->dims[d].id, id))
              break;
          if (id != NULL && d == r->n_dims)
            sirkel_import_table_warn (r->table, _("%s.role.%s names “%s”, which is not a "
                                                  "dimension; it was ignored."),
                                      r->path, role_names[i], id);
          else if (id != NULL)
            assign_role (r, d, role_values[i], role_names[i]);
        }
    }
  for (guint d = 0; d < r->n_dims; d++)
    {
      const char *id = r->dims[d].id;

      if (r->dims[d].role != ROLE_OTHER)
        continue;
      if (casefold_in (id, geo_ids))
        assign_role (r, d, ROLE_GEO, "geo");
      else if (casefold_in (id, time_ids))
        assign_role (r, d, ROLE_TIME, "time");
      else if (casefold_in (id, metric_ids))
        assign_role (r, d, ROLE_METRIC, "metric");
      else if (casefold_in (id, sex_ids))
        assign_role (r, d, ROLE_SEX, "sex");
      else if (casefold_in (id, age_ids))
        assign_role (r, d, ROLE_AGE, "age");
    }
}

/* A sex or age dimension with a category Sirkel cannot read is kept whole in `dims`. */
static void
demote (Reader    *r,
        Dimension *dim)
{
  r->role_dim[dim->role] = -1;
  dim->role = ROLE_OTHER;
}

/* 0 both, 1 men/boys, 2 women/girls, by code; the label as a fallback; FHI's sentinels 8 and 9
 * (unknown, illegal) are kept as numbers and never charted. */
static int
sex_of (const char *code,
        const char *label)
{
  static const char * const both[] = { "begge", "samlet", "i alt", "both", "total", "alle", NULL };
  static const char * const women[] = { "kvinn", "jent", "female", "women", "girl", NULL };
  static const char * const men[] = { "menn", "mann", "gutt", "male", "men", "boy", NULL };

  if (strlen (code) == 1 && code[0] >= '0' && code[0] <= '2')
    return code[0] - '0';
  if (casefold_contains (label, both))
    return 0;
  if (casefold_contains (label, women))
    return 2;
  if (casefold_contains (label, men))
    return 1;
  if (g_str_equal (code, "8") || g_str_equal (code, "9"))
    return code[0] - '0';
  return -1;
}

static gboolean
prepare_categories (Reader     *r,
                    Dimension  *dim,
                    GError    **error)
{
  JsonObject *category = get_object (get_object (r->dimension, dim->id), "category");
  JsonObject *units = get_object (category, "unit");
  gboolean age_warned = FALSE;

  for (guint k = 0; k < dim->size; k++)
    {
      Category *cat = &dim->categories[k];
      g_autofree char *geo = NULL;
      int from = 0, to = 0, part = 0, lo = 0, hi = 0, lo2 = 0, hi2 = 0;
      gboolean by_code, by_label, all_ages;

      switch (dim->role)
        {
        case ROLE_GEO:
          if (!sirkel_geo_normalise (cat->code, FALSE, &geo, &cat->level, NULL))
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                           _("%s.dimension.%s: “%s” is not a geography code."), r->path, dim->id,
                           cat->code);
              return FALSE;
            }
          cat->raw = sirkel_import_table_intern (r->table, cat->code);
          cat->geo = sirkel_import_table_intern (r->table, geo);
          break;
        case ROLE_TIME:
          if (!sirkel_period_parse (cat->code, &from, &to, &part) &&
              !sirkel_period_parse (cat->label, &from, &to, &part))
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                           _("%s.dimension.%s: “%s” is not a year, a range of years, a quarter, a "
                             "month, a week or a school year."), r->path, dim->id, cat->code);
              return FALSE;
            }
          cat->raw = sirkel_import_table_intern (r->table, cat->code);
          cat->a = from, cat->b = to, cat->c = part;
          break;
        case ROLE_SEX:
          cat->a = sex_of (cat->code, cat->label);
          if (cat->a < 0)
            {
              sirkel_import_table_warn (r->table, _("%s.dimension.%s: “%s” is not a sex Sirkel "
                                                    "knows; the dimension is kept as an ordinary "
                                                    "one."), r->path, dim->id, cat->code);
              demote (r, dim);
              return TRUE;
            }
          if (cat->a > 2)
            sirkel_import_table_warn (r->table, _("%s.dimension.%s: “%s” is the code for an "
                                                  "unknown sex."), r->path, dim->id, cat->code);
          break;
        case ROLE_AGE:
          by_code = sirkel_age_parse (cat->code, &lo, &hi);
          by_label = sirkel_age_parse (cat->label, &lo2, &hi2);
          if (!by_code && !by_label)
            {
              sirkel_import_table_warn (r->table, _("%s.dimension.%s: “%s” is not an age group "
                                                    "Sirkel knows; the dimension is kept as an "
                                                    "ordinary one."), r->path, dim->id, cat->code);
              demote (r, dim);
              return TRUE;
            }
          /* The code decides, but for one quirk: FHI once coded all ages as "0" with the
           * label "Alle aldre". */
          all_ages = by_code && by_label && lo == 0 && hi == 0 && lo2 == 0 && hi2 == 120;
          if (by_code && by_label && (lo != lo2 || hi != hi2) && !age_warned)
            {
              if (all_ages)
                sirkel_import_table_warn (r->table, _("%s.dimension.%s: the code “%s” is labelled "
                                                      "“%s”; it was read as all ages."),
                                          r->path, dim->id, cat->code, cat->label);
              else
                sirkel_import_table_warn (r->table, _("%s.dimension.%s: the code “%s” and its "
                                                      "label “%s” give different ages; the code "
                                                      "was used."),
                                          r->path, dim->id, cat->code, cat->label);
              age_warned = TRUE;
            }
          cat->a = by_code && !all_ages ? lo : lo2;
          cat->b = by_code && !all_ages ? hi : hi2;
          break;
        case ROLE_METRIC:
          {
            JsonObject *unit = get_object (units, cat->code);
            const char *base = get_string (unit, "base");
            gint64 decimals = -1;

            if (base == NULL)
              base = get_string (unit, "label");
            if (unit == NULL || !node_int (json_object_get_member (unit, "decimals"), &decimals) ||
                decimals < 0 || decimals > 15)
              decimals = -1;
            cat->a = (gint32) sirkel_import_table_add_measure (r->table, cat->code, cat->label,
                                                               base, (int) decimals);
          }
          break;
        case ROLE_OTHER:
          {
            g_autofree char *pair = NULL;

            if (strpbrk (dim->id, ";=") != NULL || strpbrk (cat->code, ";=") != NULL)
              {
                g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                             _("%s.dimension.%s: the code “%s” contains “;” or “=”, which "
                               "Sirkel cannot keep apart."), r->path, dim->id, cat->code);
                return FALSE;
              }
            pair = g_strconcat (dim->id, "=", cat->code, NULL);
            cat->raw = sirkel_import_table_intern (r->table, pair);
          }
          break;
        case N_ROLES:
        default:
          g_assert_not_reached ();
        }
    }
  return TRUE;
}

static int
compare_others (const void *a,
                const void *b)
{
  return strcmp (((const Other *) a)->id, ((const Other *) b)->id);
}

static gboolean
read_dimensions (Reader  *r,
                 GError **error)
{
  for (guint d = 0; d < r->n_dims; d++)
    if (!read_categories (r, &r->dims[d], d, error))
      return FALSE;
  assign_roles (r);
  if (r->role_dim[ROLE_TIME] < 0)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("%s: the dataset has no time dimension (the role “time”, or an id such as "
                     "Tid or AAR)."), r->path);
      return FALSE;
    }
  for (guint d = 0; d < r->n_dims; d++)
    if (r->dims[d].role != ROLE_OTHER && !prepare_categories (r, &r->dims[d], error))
      return FALSE;
  r->others = g_new0 (Other, r->n_dims);
  for (guint d = 0; d < r->n_dims; d++)
    if (r->dims[d].role == ROLE_OTHER)
      {
        if (!prepare_categories (r, &r->dims[d], error))
          return FALSE;
        r->others[r->n_others].id = r->dims[d].id;
        r->others[r->n_others++].dim = d;
      }
  qsort (r->others, r->n_others, sizeof (Other), compare_others);

  if (r->role_dim[ROLE_METRIC] < 0)
    {
      JsonObject *px = get_object (r->extension, "px");
      const char *unit = get_string (px, "unit");
      gint64 decimals = -1;

      if (unit == NULL)
        unit = get_string (px, "units");
      if (!node_int (px != NULL ? json_object_get_member (px, "decimals") : NULL, &decimals) ||
          decimals < 0 || decimals > 15)
        decimals = -1;
      sirkel_import_table_add_measure (r->table, "value", r->table->title, unit, (int) decimals);
    }
  if (r->role_dim[ROLE_GEO] < 0)
    sirkel_import_table_warn (r->table, _("%s: the dataset has no geography dimension; its "
                                          "figures were read as national (landet)."), r->path);
  return TRUE;
}

static void
reader_clear (Reader *r)
{
  for (guint d = 0; r->dims != NULL && d < r->n_dims; d++)
    g_free (r->dims[d].categories);
  g_clear_pointer (&r->dims, g_free);
  g_clear_pointer (&r->others, g_free);
  g_clear_pointer (&r->path, g_free);
  g_clear_pointer (&r->values, g_array_unref);
  g_clear_pointer (&r->statuses, g_array_unref);
  g_clear_pointer (&r->legend, g_hash_table_unref);
  g_clear_pointer (&r->flags, g_hash_table_unref);
}

/* ------------------------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------------------------ */

/**
 * sirkel_jsonstat_sniff:
 *
 * Returns: %TRUE if @data starts (after a BOM and white space) with an object that mentions
 *   "dimension" or "dataset" in its first 64 KiB
 */
gboolean
sirkel_jsonstat_sniff (const guint8 *data,
                       gsize         len)
{
  gsize i = 0;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  len = MIN (len, 64 * 1024);
  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  if (i >= len || data[i] != '{')
    return FALSE;
  return bytes_contain (data + i, len - i, "\"dimension\"") ||
         bytes_contain (data + i, len - i, "\"dataset\"");
}

/**
 * sirkel_jsonstat_read:
 * @encoding: (nullable): NULL or "auto" (JSON is UTF-8, with or without a BOM), or the user's
 *   override
 *
 * Reads one JSON-stat dataset into @table; see sirkel-readers.h.
 */
gboolean
sirkel_jsonstat_read (GBytes             *bytes,
                      const char         *encoding,
                      SirkelImportTable  *table,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *text = NULL;
  g_autofree char *found = NULL;
  const guint8 *data;
  JsonNode *root;
  JsonArray *ids = NULL;
  Reader r = { 0 };
  gboolean ok = FALSE;
  gsize len = 0, n = 0;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  set_text (&table->format, "jsonstat");
  data = g_bytes_get_data (bytes, &len);
  text = sirkel_text_decode (data, len, encoding, &found, &n, error);
  if (text == NULL)
    return FALSE;
  set_text (&table->encoding, found);
  if ((encoding == NULL || g_ascii_strcasecmp (encoding, "auto") == 0 || *encoding == '\0') &&
      !g_str_has_prefix (found, "UTF-"))
    {
      const char *end = NULL;
      guint line = 0, column = 0;

      /* JSON is UTF-8 (RFC 8259); a guessed single-byte encoding would garble codes. */
      g_utf8_validate_len ((const char *) data, len, &end);
      line_and_column ((const char *) data, (gsize) (end - (const char *) data), &line, &column);
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                   _("Line %u, column %u (byte %llu): the file is not valid UTF-8, which JSON "
                     "must be. Choose the encoding by hand if you know it."),
                   line, column, (unsigned long long) (end - (const char *) data));
      return FALSE;
    }
  if (g_str_equal (found, "UTF-8 with BOM"))
    sirkel_import_table_warn (table, _("The file starts with a byte order mark (BOM); it was "
                                       "skipped."));
  if (!scan_text (text, n, error))
    return FALSE;

  parser = json_parser_new_immutable ();
  if (!parse_json (parser, text, n, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                           _("The file is JSON, but not a JSON-stat dataset (the top level is "
                             "not an object)."));
      return FALSE;
    }

  r.table = table;
  for (guint i = 0; i < N_ROLES; i++)
    r.role_dim[i] = -1;
  r.legend = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.flags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ok = find_dataset (&r, json_node_get_object (root), error) &&
       read_shape (&r, &ids, error) &&
       _sirkel_jsonstat_read_value_and_status (&r, error);
  if (ok)
    {
      r.extension = get_object (r.dataset, "extension");
      read_identity (&r, ids);
      _sirkel_jsonstat_read_legend (&r);
      ok = read_dimensions (&r, error) && _sirkel_jsonstat_read_cells (&r, cancellable, error);
    }
  reader_clear (&r);
  return ok;
}
