/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Catalogue entries and the project's measures: a new measure from an entry (one undoable
 * action, status "proposed"), and an entry from a measure row, for exporting the project's
 * own measures as a catalogue.
 *
 * The measure table has no columns for topics or a web address, so those are not carried
 * over; arenas are stored as comma-joined keys. A measure's free text is turned into what the
 * format allows: the scheme and level must be valid or the rating counts as unknown, unknown
 * arena words are left out (Norwegian words such as "skole" are understood), ages outside
 * 0–120 are left out.
 */
#define G_LOG_DOMAIN "sirkel-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-catalog-private.h"
#include "sirkel-store-private.h"

/* The schema version that added provider, evidence_edition and evidence_source. */
#define V4 4

static GVariant *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? sirkel_value_text (text) : sirkel_value_null ();
}

static GVariant *
int_or_null (int value,
             int none)
{
  return value != none ? sirkel_value_int (value) : sirkel_value_null ();
}

static gboolean
next_sort (SirkelStore  *store,
           gint64       *sort,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT coalesce (max (sort), 0) + 1 FROM measure "
                             "WHERE deleted_at IS NULL", &stmt, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  *sort = has_row ? sqlite3_column_int64 (stmt, 0) : 1;
  return TRUE;
}

/**
 * sirkel_catalog_add_measure:
 * @measure_id: (out) (optional): the new measure's id
 *
 * Adds a measure with the entry's fields, catalog_ref = the entry's id and status
 * "proposed", as one action (or as part of the caller's open action).
 */
gboolean
sirkel_catalog_add_measure (SirkelStore               *store,
                            const SirkelCatalogEntry  *entry,
                            SirkelId                  *measure_id,
                            GError                   **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autofree char *arena = NULL;
  SirkelId id = { { 0 } };
  gboolean rated;
  gboolean own = FALSE;
  gboolean ok;
  gint64 sort = 1;

#define ADD(field, value) G_STMT_START { \
    g_ptr_array_add (fields, (gpointer) (field)); \
    g_ptr_array_add (values, g_variant_take_ref (value)); \
  } G_STMT_END

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rated = sirkel_catalog_entry_has_evidence (entry);
  arena = entry->arenas != NULL ? g_strjoinv (",", entry->arenas) : g_strdup ("");
  ADD ("title", sirkel_value_text (entry->name != NULL ? entry->name : ""));
  ADD ("description", sirkel_value_text (entry->description != NULL ? entry->description : ""));
  ADD ("catalog_ref", text_or_null (entry->id));
  ADD ("evidence_scheme", rated ? sirkel_value_text (entry->evidence_scheme) : sirkel_value_null ());
  ADD ("evidence_level", rated ? sirkel_value_text (entry->evidence_level) : sirkel_value_null ());
  ADD ("evidence_year", rated ? int_or_null (entry->evidence_year > 0 ? entry->evidence_year : 0, 0)
                              : sirkel_value_null ());
  ADD ("target_group", sirkel_value_text (entry->target_group != NULL ? entry->target_group : ""));
  ADD ("age_from", int_or_null (entry->age_from >= 0 ? entry->age_from : -1, -1));
  ADD ("age_to", int_or_null (entry->age_to >= 0 ? entry->age_to : -1, -1));
  ADD ("arena", sirkel_value_text (arena));
  ADD ("prevention_level", _sirkel_catalog_is_prevention (entry->prevention_level)
                           ? sirkel_value_text (entry->prevention_level) : sirkel_value_null ());
  ADD ("status", sirkel_value_text ("proposed"));
  if (sirkel_store_get_file_version (store) >= V4)
    {
      ADD ("provider", sirkel_value_text (entry->provider != NULL ? entry->provider : ""));
      ADD ("evidence_edition", rated ? text_or_null (entry->evidence_edition)
                                     : sirkel_value_null ());
      ADD ("evidence_source", sirkel_value_text (rated && entry->evidence_source != NULL
                                                 ? entry->evidence_source : ""));
    }
#undef ADD

  if (!sirkel_store_begin_own (store, _("Add measure from the catalogue"), &own, error))
    return FALSE;
  ok = next_sort (store, &sort, error);
  if (ok)
    {
      g_ptr_array_add (fields, (gpointer) "sort");
      g_ptr_array_add (values, g_variant_take_ref (sirkel_value_int (sort)));
      ok = sirkel_store_insertv (store, "measure", &id, (const char * const *) fields->pdata,
                                 (GVariant **) values->pdata, fields->len, error);
    }
  if (!sirkel_store_end_own (store, own, ok, error))
    return FALSE;
  if (measure_id != NULL)
    *measure_id = id;
  return TRUE;
}

/* A key from a title: "Zippys venner" → "zippys-venner". */
static char *
slug (const char *title)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autofree char *ascii = NULL;
  GString *out = g_string_new (NULL);

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));

      if (c == 0xE6)        /* æ */
        g_string_append (folded, "ae");
      else if (c == 0xF8)   /* ø */
        g_string_append (folded, "o");
      else if (c == 0xE5)   /* å */
        g_string_append (folded, "a");
      else
        g_string_append_unichar (folded, c);
    }
  ascii = g_str_to_ascii (folded->str, "C");
  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
    else if (out->len > 0 && out->str[out->len - 1] != '-')
      g_string_append_c (out, '-');
  /* At most 48 characters, cut between words. */
  if (out->len > 48)
    {
      const char *cut = g_strrstr_len (out->str, 49, "-");

      g_string_truncate (out, cut != NULL ? (gsize) (cut - out->str) : 48);
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Arena keys from the measure's arena text: keys or Norwegian words, comma or semicolon
 * separated; anything else is left out. */
static char **
parse_arenas (const char *text)
{
  static const struct { const char *word; const char *key; } words[] = {
    { "familie", "family" }, { "familien", "family" }, { "hjem", "family" },
    { "barnehage", "kindergarten" }, { "barnehagen", "kindergarten" },
    { "skole", "school" }, { "skule", "school" }, { "skolen", "school" },
    { "fritid", "leisure" }, { "nærmiljø", "neighbourhood" }, { "nærmiljøet", "neighbourhood" },
    { "tjenester", "services" }, { "tenester", "services" },
    { "kommunale tjenester", "services" }, { "kommunale tenester", "services" },
    { "helsestasjon", "services" },
  };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit_set (text != NULL ? text : "", ",;", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_strdown (g_strstrip (parts[i]), -1);
      const char *key = _sirkel_catalog_is_arena (word) ? word : NULL;

      for (guint j = 0; key == NULL && j < G_N_ELEMENTS (words); j++)
        if (g_str_equal (words[j].word, word))
          key = words[j].key;
      if (key == NULL)
        {
          if (*word != '\0')
            g_debug ("Arena “%s” is not a catalogue key; left out", word);
          continue;
        }
      if (!g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
        g_ptr_array_add (keys, g_strdup (key));
    }
  g_ptr_array_add (keys, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&keys), FALSE);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strstrip (_sirkel_catalog_clean_text (text != NULL ? text : ""));
}

static int
column_age (sqlite3_stmt *stmt,
            int           column)
{
  gint64 age;

  if (sqlite3_column_type (stmt, column) != SQLITE_INTEGER)
    return -1;
  age = sqlite3_column_int64 (stmt, column);
  return age >= 0 && age <= SIRKEL_CATALOG_MAX_AGE ? (int) age : -1;
}

/**
 * sirkel_catalog_entry_from_measure:
 *
 * The live measure @measure_id as a catalogue entry that the XML writer and reader accept.
 * Its id is the measure's catalog_ref if that is a valid id, otherwise made from its title.
 */
SirkelCatalogEntry *
sirkel_catalog_entry_from_measure (SirkelStore     *store,
                                   const SirkelId  *measure_id,
                                   GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(SirkelCatalogEntry) entry = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *level = NULL;
  g_autofree char *edition = NULL;
  g_autofree char *arena = NULL;
  gboolean v4;
  gboolean has_row = FALSE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (measure_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  v4 = sirkel_store_get_file_version (store) >= V4;
  if (!sirkel_store_prepare (store, v4
                             ? "SELECT title, description, catalog_ref, evidence_scheme, "
                               "evidence_level, evidence_year, target_group, age_from, age_to, "
                               "arena, prevention_level, provider, evidence_edition, "
                               "evidence_source FROM measure WHERE id = ?1 AND deleted_at IS NULL"
                             : "SELECT title, description, catalog_ref, evidence_scheme, "
                               "evidence_level, evidence_year, target_group, age_from, age_to, "
                               "arena, prevention_level, '', NULL, '' "
                               "FROM measure WHERE id = ?1 AND deleted_at IS NULL",
                             &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, measure_id, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                   _("The measure no longer exists."));
      return NULL;
    }

  entry = g_new0 (SirkelCatalogEntry, 1);
  entry->name = column_text (stmt, 0);
  entry->description = column_text (stmt, 1);
  ref = column_text (stmt, 2);
  if (_sirkel_catalog_is_id (ref))
    entry->id = g_steal_pointer (&ref);
  else
    {
      entry->id = slug (entry->name);
      if (!_sirkel_catalog_is_id (entry->id))
        {
          g_autofree char *hex = sirkel_id_to_string (measure_id);

          g_free (entry->id);
          entry->id = g_strdup_printf ("measure-%.8s", hex);
          for (char *p = entry->id; *p != '\0'; p++)
            *p = g_ascii_tolower (*p);
        }
    }

  {
    g_autofree char *raw = column_text (stmt, 3);

    scheme = g_ascii_strdown (raw, -1);
  }
  level = column_text (stmt, 4);
  edition = column_text (stmt, 12);
  if (_sirkel_catalog_is_key (scheme) && _sirkel_catalog_is_level (scheme, level))
    {
      gint64 year = sqlite3_column_int64 (stmt, 5);

      entry->evidence_scheme = g_steal_pointer (&scheme);
      entry->evidence_level = g_steal_pointer (&level);
      if (*edition != '\0' && strlen (edition) <= 16 && strspn (edition,
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-") == strlen (edition))
        entry->evidence_edition = g_steal_pointer (&edition);
      if (year >= SIRKEL_CATALOG_MIN_YEAR && year <= SIRKEL_CATALOG_MAX_YEAR)
        entry->evidence_year = (int) year;
      entry->evidence_source = column_text (stmt, 13);
      if (*entry->evidence_source == '\0')
        g_clear_pointer (&entry->evidence_source, g_free);
    }
  else if (*scheme != '\0')
    g_debug ("Measure rating “%s %s” is not one the catalogue knows; written as unknown",
             scheme, level);

  entry->target_group = column_text (stmt, 6);
  entry->age_from = column_age (stmt, 7);
  entry->age_to = column_age (stmt, 8);
  if (entry->age_from >= 0 && entry->age_to >= 0 && entry->age_from > entry->age_to)
    entry->age_to = -1;
  arena = column_text (stmt, 9);
  entry->arenas = parse_arenas (arena);
  entry->prevention_level = column_text (stmt, 10);
  if (!_sirkel_catalog_is_prevention (entry->prevention_level))
    g_clear_pointer (&entry->prevention_level, g_free);
  entry->topics = g_new0 (char *, 1);
  entry->provider = column_text (stmt, 11);
  return g_steal_pointer (&entry);
}

/**
 * sirkel_catalog_new_from_measures:
 *
 * The project's live measures as a catalogue titled @title, in the order of the Tiltak page.
 */
SirkelCatalog *
sirkel_catalog_new_from_measures (SirkelStore  *store,
                                  const char   *title,
                                  GError      **error)
{
  g_autoptr(SirkelCatalog) catalog = sirkel_catalog_new (title);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sirkel_store_prepare (store, "SELECT id FROM measure WHERE deleted_at IS NULL "
                             "ORDER BY sort, title, id", &stmt, error))
    return NULL;
  while (TRUE)
    {
      g_autoptr(SirkelCatalogEntry) entry = NULL;
      g_autofree char *base = NULL;
      SirkelId id;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      if (!sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 0),
                                 (gsize) sqlite3_column_bytes (stmt, 0)))
        continue;
      entry = sirkel_catalog_entry_from_measure (store, &id, error);
      if (entry == NULL)
        return NULL;
      base = g_strndup (entry->id, SIRKEL_CATALOG_MAX_ID - 8);
      for (guint n = 2; sirkel_catalog_find (catalog, entry->id) != NULL; n++)
        {
          g_free (entry->id);
          entry->id = g_strdup_printf ("%s-%u", base, n);
        }
      _sirkel_catalog_take (catalog, g_steal_pointer (&entry));
    }
  return g_steal_pointer (&catalog);
}
