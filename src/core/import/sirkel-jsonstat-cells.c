/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON-stat reader's second half: `value` and `status` (their lengths and offsets, checked
 * before any cell is read), the meaning of symbols (the legend in `extension`, then the
 * source's own symbols), and one observation per cell in offset order. A number is never
 * turned into 0 except by SSB's nil symbol; a symbol that means "no value" wins over a number,
 * loudly. See sirkel-jsonstat-private.h.
 */
#define G_LOG_DOMAIN "sirkel-jsonstat-cells"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-jsonstat-private.h"


/* ------------------------------------------------------------------------------------------
 * Value and status: lengths and offsets, checked before any cell is read
 * ------------------------------------------------------------------------------------------ */

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = ((const Entry *) a)->offset, y = ((const Entry *) b)->offset;

  return x < y ? -1 : x > y;
}

/* A sparse object: every key a cell offset below n_cells, each offset once. */
static GArray *
read_offsets (Reader      *r,
              JsonObject  *object,
              const char  *member,
              GError     **error)
{
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry),
                                                 json_object_get_size (object));
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      Entry entry = { 0, node };

      if (!g_ascii_isdigit (*key) ||
          !g_ascii_string_to_unsigned (key, 10, 0, r->n_cells - 1, &entry.offset, NULL))
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("%s.%s has the key “%s”, which is not a cell offset below %llu."),
                       r->path, member, key, (unsigned long long) r->n_cells);
          return NULL;
        }
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);
  for (guint i = 1; i < entries->len; i++)
    if (g_array_index (entries, Entry, i).offset == g_array_index (entries, Entry, i - 1).offset)
      {
        g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                     _("%s.%s lists the cell %llu twice."), r->path, member,
                     (unsigned long long) g_array_index (entries, Entry, i).offset);
        return NULL;
      }
  return g_steal_pointer (&entries);
}

gboolean
_sirkel_jsonstat_read_value_and_status (Reader  *r,
                                        GError **error)
{
  JsonNode *value = json_object_get_member (r->dataset, "value");
  JsonNode *status = json_object_get_member (r->dataset, "status");

  if (value != NULL && JSON_NODE_HOLDS_ARRAY (value))
    {
      r->value_array = json_node_get_array (value);
      if (json_array_get_length (r->value_array) != r->n_cells)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("%s.value has %u entries, the sizes multiply to %llu."), r->path,
                       json_array_get_length (r->value_array), (unsigned long long) r->n_cells);
          return FALSE;
        }
    }
  else if (value != NULL && JSON_NODE_HOLDS_OBJECT (value))
    {
      r->values = read_offsets (r, json_node_get_object (value), "value", error);
      if (r->values == NULL)
        return FALSE;
    }
  else
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("%s.value is missing or not a list: the file has no figures."), r->path);
      return FALSE;
    }

  if (status == NULL || JSON_NODE_HOLDS_NULL (status))
    return TRUE;
  if (node_string (status) != NULL)
    {
      r->status_all = node_string (status);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (status))
    {
      JsonArray *array = json_node_get_array (status);

      /* JSON-stat: a one-entry array applies to every cell, as a single string does. */
      if (json_array_get_length (array) == 1 && r->n_cells != 1)
        {
          JsonNode *only = json_array_get_element (array, 0);

          if (node_string (only) == NULL && !JSON_NODE_HOLDS_NULL (only))
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                           _("%s.status[0] is neither a symbol nor null."), r->path);
              return FALSE;
            }
          r->status_all = node_string (only);
          return TRUE;
        }
      if (json_array_get_length (array) != r->n_cells)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("%s.status has %u entries, the sizes multiply to %llu."), r->path,
                       json_array_get_length (array), (unsigned long long) r->n_cells);
          return FALSE;
        }
      r->status_array = array;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_OBJECT (status))
    {
      r->statuses = read_offsets (r, json_node_get_object (status), "status", error);
      return r->statuses != NULL;
    }
  g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
               _("%s.status is neither a symbol, a list nor an object."), r->path);
  return FALSE;
}

/* ------------------------------------------------------------------------------------------
 * Symbols and flags
 * ------------------------------------------------------------------------------------------ */

/* What a legend's explanation means, in Norwegian or English. */
static SirkelFlag
flag_from_meaning (const char *text)
{
  static const struct
  {
    SirkelFlag          flag;
    const char         *words[10];   /* NULL-terminated */
  } meanings[] = {
    { SIRKEL_FLAG_MISSING_PROVISIONAL, { "mangler foreløpig", "missing for now", NULL } },
    { SIRKEL_FLAG_NOT_COMPUTABLE, { "ikke beregne", "ikke beregnes", "not computable",
                                    "cannot be calculated", "not be calculated", NULL } },
    { SIRKEL_FLAG_NOT_AVAILABLE, { "ikke tilgjengelig", "not available", NULL } },
    { SIRKEL_FLAG_NOT_APPLICABLE, { "kan ikke forekomme", "logisk umulig", "not applicable",
                                    NULL } },
    { SIRKEL_FLAG_SUPPRESSED, { "anonym", "prikk", "skjult", "skjerm", "konfidensi",
                                "personvern", "suppress", "confidential", NULL } },
    { SIRKEL_FLAG_MISSING, { "manglende", "mangler", "missing", NULL } },
    { SIRKEL_FLAG_PROVISIONAL, { "foreløpig", "provisional", "preliminary", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (meanings); i++)
    if (casefold_contains (text, meanings[i].words))
      return meanings[i].flag;
  return SIRKEL_FLAG_UNKNOWN;
}

static void
add_legend_entry (Reader     *r,
                  const char *symbol,
                  SirkelFlag  flag)
{
  if (symbol != NULL && *symbol != '\0' && flag != SIRKEL_FLAG_UNKNOWN)
    g_hash_table_insert (r->legend, g_strstrip (g_strdup (symbol)), GINT_TO_POINTER (flag + 1));
}

/* The legend FHI puts in `extension` [U: exact shape]: an object symbol → text (or → an object
 * with a text), or a list of {Title/symbol, Text, Value} as the API's /flag endpoint gives,
 * where Value is the SPVFLAGG code. */
void
_sirkel_jsonstat_read_legend (Reader *r)
{
  static const char * const legend_names[] = { "flag", "flags", "flagg", "symbol", "symbols",
                                               "legend", "status", NULL };
  static const char * const symbol_keys[] = { "symbol", "Symbol", "Title", "title", "flag",
                                              "Flag", NULL };
  static const char * const text_keys[] = { "text", "Text", "label", "Label", "description",
                                            "Description", NULL };
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (r->extension == NULL)
    return;
  json_object_iter_init (&iter, r->extension);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (!casefold_in (name, legend_names))
        continue;
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObjectIter entries;
          const char *symbol;
          JsonNode *entry;

          json_object_iter_init (&entries, json_node_get_object (node));
          while (json_object_iter_next (&entries, &symbol, &entry))
            {
              JsonObject *object = NULL;
              const char *text = node_string (entry);

              if (JSON_NODE_HOLDS_OBJECT (entry))
                object = json_node_get_object (entry);
              for (guint k = 0; text == NULL && text_keys[k] != NULL; k++)
                text = get_string (object, text_keys[k]);
              add_legend_entry (r, symbol, flag_from_meaning (text));
            }
        }
      for (guint i = 0; JSON_NODE_HOLDS_ARRAY (node) &&
                        i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonNode *item = json_array_get_element (json_node_get_array (node), i);
          JsonObject *entry = JSON_NODE_HOLDS_OBJECT (item) ? json_node_get_object (item) : NULL;
          const char *symbol = NULL, *text = NULL;
          SirkelFlag flag = SIRKEL_FLAG_UNKNOWN;
          gint64 code;

          if (entry == NULL)
            continue;
          for (guint k = 0; symbol == NULL && symbol_keys[k] != NULL; k++)
            symbol = get_string (entry, symbol_keys[k]);
          for (guint k = 0; text == NULL && text_keys[k] != NULL; k++)
            text = get_string (entry, text_keys[k]);
          if (node_int (json_object_get_member (entry, "Value"), &code) ||
              node_int (json_object_get_member (entry, "value"), &code))
            {
              g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, code);

              flag = sirkel_flag_for_symbol ("fhi", digits);
            }
          if (flag == SIRKEL_FLAG_UNKNOWN)
            flag = flag_from_meaning (text);
          add_legend_entry (r, symbol, flag);
        }
    }
}

/* The legend first, then the source's own symbols, else unknown (warned once per symbol). */
static SirkelFlag
resolve_symbol (Reader     *r,
                const char *symbol)
{
  gpointer found = NULL;
  SirkelFlag flag;

  if (g_hash_table_lookup_extended (r->flags, symbol, NULL, &found))
    return (SirkelFlag) (GPOINTER_TO_INT (found) - 1);
  found = g_hash_table_lookup (r->legend, symbol);
  if (found != NULL)
    flag = (SirkelFlag) (GPOINTER_TO_INT (found) - 1);
  else
    flag = sirkel_flag_for_symbol (r->source, symbol);
  if (flag == SIRKEL_FLAG_UNKNOWN)
    sirkel_import_table_warn (r->table, _("%s: the symbol “%s” is not known; a cell with it keeps "
                                          "its number if it has one and is otherwise marked "
                                          "unknown."), r->path, symbol);
  g_hash_table_insert (r->flags, g_strdup (symbol), GINT_TO_POINTER (flag + 1));
  return flag;
}

/* ------------------------------------------------------------------------------------------
 * Cells
 * ------------------------------------------------------------------------------------------ */

static char *
cell_path (Reader  *r,
           guint64  offset)
{
  return r->value_array != NULL
         ? g_strdup_printf ("%s.value[%llu]", r->path, (unsigned long long) offset)
         : g_strdup_printf ("%s.value[\"%llu\"]", r->path, (unsigned long long) offset);
}

/* A number with a status symbol: provisional keeps it; nil must be 0; an unknown symbol
 * annotates it; a symbol that means "no value" wins over the number (loudly). */
static gboolean
set_number (Reader             *r,
            SirkelObservation  *obs,
            guint64             offset,
            double              number,
            const char         *symbol,
            GError            **error)
{
  char shown[G_ASCII_DTOSTR_BUF_SIZE];
  SirkelFlag flag;

  obs->has_value = TRUE;
  obs->value = number;
  if (symbol == NULL)
    return TRUE;
  flag = resolve_symbol (r, symbol);
  if (flag == SIRKEL_FLAG_UNKNOWN)
    flag = SIRKEL_FLAG_NONE;
  if (flag == SIRKEL_FLAG_NIL && number != 0)
    {
      g_autofree char *path = cell_path (r, offset);

      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                   _("%s is %s, but its status “%s” says it is exactly 0."), path,
                   g_ascii_dtostr (shown, sizeof shown, number), symbol);
      return FALSE;
    }
  if (!sirkel_flag_has_value (flag) && r->dropped++ == 0)
    {
      g_autofree char *path = cell_path (r, offset);

      sirkel_import_table_warn (r->table, _("%s is %s, but its status “%s” says there is no "
                                            "value; the number was left out (and any others like "
                                            "it)."), path,
                                g_ascii_dtostr (shown, sizeof shown, number), symbol);
    }
  sirkel_import_table_set_flag (r->table, obs, flag, symbol);
  return TRUE;
}

/* No number: the status (or a symbol standing in the value) says why. */
static void
set_symbol (Reader            *r,
            SirkelObservation *obs,
            const char        *symbol)
{
  SirkelFlag flag;

  if (symbol == NULL)
    {
      sirkel_import_table_set_flag (r->table, obs, SIRKEL_FLAG_MISSING, "");
      return;
    }
  flag = resolve_symbol (r, symbol);
  /* A flag that goes with a number has none to go with here. */
  if (flag == SIRKEL_FLAG_NONE || flag == SIRKEL_FLAG_PROVISIONAL)
    flag = SIRKEL_FLAG_UNKNOWN;
  sirkel_import_table_set_flag (r->table, obs, flag, symbol);
}

/* The status entry as a trimmed symbol, NULL when there is none. */
static gboolean
status_symbol (Reader      *r,
               JsonNode    *node,
               guint64      offset,
               char       **symbol,
               GError     **error)
{
  *symbol = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (node_string (node) == NULL)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                   _("%s.status: the entry for cell %llu is neither a symbol nor null."), r->path,
                   (unsigned long long) offset);
      return FALSE;
    }
  *symbol = g_strstrip (g_strdup (node_string (node)));
  if (**symbol == '\0')
    g_clear_pointer (symbol, g_free);
  return TRUE;
}

static gboolean
set_cell_value (Reader             *r,
                SirkelObservation  *obs,
                guint64             offset,
                JsonNode           *value,
                JsonNode           *status,
                GError            **error)
{
  g_autofree char *symbol = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  double number = 0;

  if (r->status_all != NULL)
    {
      symbol = g_strstrip (g_strdup (r->status_all));
      if (*symbol == '\0')
        g_clear_pointer (&symbol, g_free);
    }
  else if (!status_symbol (r, status, offset, &symbol, error))
    return FALSE;

  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    {
      set_symbol (r, obs, symbol);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_INT64)
    return set_number (r, obs, offset, (double) json_node_get_int (value), symbol, error);
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_DOUBLE &&
      isfinite (json_node_get_double (value)))
    return set_number (r, obs, offset, json_node_get_double (value), symbol, error);
  if (node_string (value) != NULL)
    {
      text = g_strstrip (g_strdup (node_string (value)));
      if (*text == '\0')
        {
          set_symbol (r, obs, symbol);
          return TRUE;
        }
      if (sirkel_parse_number (text, '.', &number))
        return set_number (r, obs, offset, number, symbol, error);
      /* A symbol in place of the number (FHI: ":" or a letter); it wins over any status. */
      if (strpbrk (text, "0123456789") == NULL)
        {
          set_symbol (r, obs, text);
          return TRUE;
        }
    }
  path = cell_path (r, offset);
  g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
               _("%s is neither a number nor a symbol for a missing value."), path);
  return FALSE;
}

static const Category *
category_at (const Reader *r,
             Role          role,
             const guint  *index)
{
  int d = r->role_dim[role];

  return &r->dims[d].categories[index[d]];
}

static gboolean
read_cell (Reader    *r,
           guint64    offset,
           JsonNode  *value,
           JsonNode  *status,
           guint     *index,
           GString   *dims,
           GError   **error)
{
  SirkelObservation *obs;
  guint64 rest = offset;
  const Category *cat;

  for (guint d = r->n_dims; d-- > 0;)
    {
      index[d] = (guint) (rest % r->dims[d].size);
      rest /= r->dims[d].size;
    }
  obs = sirkel_import_table_append (r->table);
  if (r->role_dim[ROLE_METRIC] >= 0)
    obs->measure = (guint) category_at (r, ROLE_METRIC, index)->a;
  if (r->role_dim[ROLE_GEO] >= 0)
    {
      cat = category_at (r, ROLE_GEO, index);
      obs->geo_raw = cat->raw;
      obs->geo = cat->geo;
      obs->geo_level = cat->level;
    }
  else
    {
      obs->geo = sirkel_import_table_intern (r->table, "0");
      obs->geo_level = SIRKEL_GEO_LEVEL_LANDET;
    }
  cat = category_at (r, ROLE_TIME, index);
  obs->period_from = cat->a;
  obs->period_to = cat->b;
  obs->period_part = cat->c;
  obs->period_label = cat->raw;
  if (r->role_dim[ROLE_SEX] >= 0)
    obs->sex = category_at (r, ROLE_SEX, index)->a;
  if (r->role_dim[ROLE_AGE] >= 0)
    {
      cat = category_at (r, ROLE_AGE, index);
      obs->age_lo = cat->a;
      obs->age_hi = cat->b;
    }
  g_string_truncate (dims, 0);
  for (guint i = 0; i < r->n_others; i++)
    {
      guint d = r->others[i].dim;

      if (i > 0)
        g_string_append_c (dims, ';');
      g_string_append (dims, r->dims[d].categories[index[d]].raw);
    }
  obs->dims = sirkel_import_table_intern (r->table, dims->str);
  return set_cell_value (r, obs, offset, value, status, error);
}

/* Every cell when `value` or `status` is a full list; otherwise (sparse objects) only the cells
 * that `value` or `status` names, in offset order. */
gboolean
_sirkel_jsonstat_read_cells (Reader        *r,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autofree guint *index = g_new0 (guint, r->n_dims);
  g_autoptr(GString) dims = g_string_new (NULL);
  gboolean dense = r->value_array != NULL || r->status_array != NULL;
  guint nv = r->values != NULL ? r->values->len : 0;
  guint ns = r->statuses != NULL ? r->statuses->len : 0;
  guint iv = 0, is = 0;
  guint64 offset = 0, count = 0;

  while (dense ? offset < r->n_cells : (iv < nv || is < ns))
    {
      JsonNode *value = NULL, *status = NULL;

      if (!dense)
        {
          offset = G_MAXUINT64;
          if (iv < nv)
            offset = g_array_index (r->values, Entry, iv).offset;
          if (is < ns)
            offset = MIN (offset, g_array_index (r->statuses, Entry, is).offset);
        }
      if (r->value_array != NULL)
        value = json_array_get_element (r->value_array, (guint) offset);
      else if (iv < nv && g_array_index (r->values, Entry, iv).offset == offset)
        value = g_array_index (r->values, Entry, iv++).node;
      if (r->status_array != NULL)
        status = json_array_get_element (r->status_array, (guint) offset);
      else if (is < ns && g_array_index (r->statuses, Entry, is).offset == offset)
        status = g_array_index (r->statuses, Entry, is++).node;

      if ((count++ & 4095) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!read_cell (r, offset, value, status, index, dims, error))
        return FALSE;
      offset++;
    }
  if (count == 0)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("%s.value lists no cells: the file has no figures."), r->path);
      return FALSE;
    }
  if (count < r->n_cells)
    sirkel_import_table_warn (r->table, _("%s.value lists %llu of the %llu cells; the others are "
                                          "not in the file and were left out."), r->path,
                              (unsigned long long) count, (unsigned long long) r->n_cells);
  return TRUE;
}
