/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the JSON-stat reader, which is split in two: sirkel-jsonstat-reader.c reads the
 * text, finds the dataset and checks its shape and dimensions; sirkel-jsonstat-cells.c checks
 * `value` and `status` and turns every cell into an observation. A Reader holds one read in
 * progress; everything it borrows points into the json-glib tree, which outlives it.
 */
#pragma once

#include <string.h>
#include <json-glib/json-glib.h>

#include "sirkel-readers.h"

G_BEGIN_DECLS

typedef enum
{
  ROLE_OTHER,
  ROLE_GEO,
  ROLE_TIME,
  ROLE_METRIC,
  ROLE_SEX,
  ROLE_AGE,
  N_ROLES
} Role;

typedef struct
{
  const char     *code;    /* borrowed from the tree; never empty */
  const char     *label;   /* borrowed from the tree, or NULL */
  const char     *raw;     /* interned: geo_raw, the period label, or "ID=code" for dims */
  const char     *geo;     /* interned normalised geography code (geo dimension only) */
  SirkelGeoLevel  level;
  gint32          a;       /* period from, age lo, sex, or measure index */
  gint32          b;       /* period to, age hi */
  gint32          c;       /* period part */
} Category;

typedef struct
{
  const char *id;          /* borrowed from the tree */
  guint       size;        /* ≥ 1; the product over all dimensions is ≤ MAX_CELLS */
  Role        role;
  Category   *categories;  /* size entries, by position (index order) */
} Dimension;

typedef struct
{
  const char *id;
  guint       dim;
} Other;

/* One entry of a sparse `value` object or of a `status` object. */
typedef struct
{
  guint64     offset;
  JsonNode   *node;
} Entry;

typedef struct
{
  SirkelImportTable *table;
  JsonObject        *dataset;
  JsonObject        *dimension;   /* $.dimension */
  JsonObject        *extension;   /* nullable */
  char              *path;        /* "$", "$.dataset", "$.<name>" */
  const char        *source;      /* "ssb", "fhi" or "" for sirkel_flag_for_symbol () */
  guint              n_dims;
  Dimension         *dims;
  guint64            n_cells;
  int                role_dim[N_ROLES];  /* dimension index per role, or -1 */
  Other             *others;      /* the ROLE_OTHER dimensions, sorted by id */
  guint              n_others;
  JsonArray         *value_array; /* exactly one of value_array and values is used */
  GArray            *values;      /* of Entry, sorted, for a sparse value object */
  const char        *status_all;  /* one symbol for every cell, or NULL */
  JsonArray         *status_array;
  GArray            *statuses;    /* of Entry, sorted, for a status object */
  GHashTable        *legend;      /* symbol → SirkelFlag + 1, from the extension's legend */
  GHashTable        *flags;       /* symbol → resolved SirkelFlag + 1 */
  guint              dropped;     /* numbers left out because their status means "no value" */
} Reader;

/* Members and values of a given type, or NULL / FALSE. */

static inline JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static inline const char *
node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static inline const char *
get_string (JsonObject *object,
            const char *name)
{
  return object != NULL ? node_string (json_object_get_member (object, name)) : NULL;
}

static inline gboolean
node_int (JsonNode *node,
          gint64   *value)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

static inline gboolean
casefold_in (const char         *text,
             const char * const *list)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; list[i] != NULL; i++)
    if (g_str_equal (folded, list[i]))
      return TRUE;
  return FALSE;
}

static inline gboolean
casefold_contains (const char         *text,
                   const char * const *list)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; list[i] != NULL; i++)
    if (strstr (folded, list[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean _sirkel_jsonstat_read_value_and_status (Reader        *r,
                                                 GError       **error);
void     _sirkel_jsonstat_read_legend           (Reader        *r);
gboolean _sirkel_jsonstat_read_cells            (Reader        *r,
                                                 GCancellable  *cancellable,
                                                 GError       **error);

G_END_DECLS
