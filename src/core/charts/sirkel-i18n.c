/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per-call translations from the installed .mo catalogues; see sirkel-i18n.h for why.
 *
 * The GNU .mo format: a header of 32-bit words (magic 0x950412de in the writer's byte order,
 * revision, string count N, offset of the table of originals, offset of the table of
 * translations), and two tables of N (length, offset) pairs pointing at NUL-terminated
 * strings. A catalogue is mapped read-only and indexed once in a hash table whose keys and
 * values point into the mapping; every offset is checked against the file size first, so a
 * damaged file gives no translations rather than a crash.
 */
#define G_LOG_DOMAIN "sirkel-i18n"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-i18n.h"

#define MO_MAGIC 0x950412deu

typedef struct
{
  GMappedFile *file;   /* NULL when the catalogue is missing or damaged */
  GHashTable  *table;  /* msgid → msgstr, both inside file; NULL with file */
} Catalogue;

/* Loaded catalogues by "directory\nlanguage"; never freed, like gettext's own. */
static GMutex catalogues_lock;
static GHashTable *catalogues;

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swap)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swap ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string at table entry @i, or NULL if it lies outside the file or is not terminated. */
static const char *
table_string (const guint8 *data,
              gsize         size,
              guint32       table,
              guint32       i,
              gboolean      swap)
{
  guint64 entry = (guint64) table + (guint64) i * 8;
  guint32 length, offset;

  if (entry + 8 > size)
    return NULL;
  length = read_word (data, entry, swap);
  offset = read_word (data, entry + 4, swap);
  if ((guint64) offset + length >= size || data[(gsize) offset + length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

static Catalogue *
catalogue_load (const char *directory,
                const char *language)
{
  g_autofree char *path = g_build_filename (directory, language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;
  Catalogue *catalogue = g_new0 (Catalogue, 1);
  const guint8 *data;
  guint32 magic, count, originals, translations;
  gboolean swap;
  gsize size;

  catalogue->file = g_mapped_file_new (path, FALSE, &error);
  if (catalogue->file == NULL)
    {
      g_debug ("No catalogue for %s: %s", language, error->message);
      return catalogue;
    }
  data = (const guint8 *) g_mapped_file_get_contents (catalogue->file);
  size = g_mapped_file_get_length (catalogue->file);
  if (data == NULL || size < 20)
    goto damaged;
  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && GUINT32_SWAP_LE_BE (magic) != MO_MAGIC)
    goto damaged;
  swap = magic != MO_MAGIC;
  count = read_word (data, 8, swap);
  originals = read_word (data, 12, swap);
  translations = read_word (data, 16, swap);

  catalogue->table = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < count; i++)
    {
      const char *msgid = table_string (data, size, originals, i, swap);
      const char *msgstr = table_string (data, size, translations, i, swap);

      if (msgid == NULL || msgstr == NULL)
        goto damaged;
      /* The header (empty msgid) and empty translations are not translations. */
      if (*msgid != '\0' && *msgstr != '\0')
        g_hash_table_insert (catalogue->table, (gpointer) msgid, (gpointer) msgstr);
    }
  return catalogue;

damaged:
  g_debug ("Ignoring the damaged catalogue %s", path);
  g_clear_pointer (&catalogue->table, g_hash_table_unref);
  g_clear_pointer (&catalogue->file, g_mapped_file_unref);
  return catalogue;
}

/**
 * sirkel_i18n_language_is_valid:
 * @language: (nullable): a language code
 *
 * Returns: %TRUE for the document languages "nb", "nn" and "en", and for %NULL (the UI's)
 */
gboolean
sirkel_i18n_language_is_valid (const char *language)
{
  return language == NULL || g_str_equal (language, "nb") || g_str_equal (language, "nn") ||
         g_str_equal (language, "en");
}

/**
 * sirkel_i18n_gettext:
 * @language: (nullable): "nb", "nn", "en", or %NULL for the UI's language
 * @msgid: the English source string
 *
 * Translates @msgid into @language from the catalogues under the directory bound to the
 * "sirkel" domain with bindtextdomain (), whatever the process locale or LANGUAGE say.
 *
 * Returns: (transfer none): the translation, or @msgid when there is none
 */
const char *
sirkel_i18n_gettext (const char *language,
                     const char *msgid)
{
  g_autofree char *key = NULL;
  const char *directory;
  const char *translation = NULL;
  Catalogue *catalogue;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (sirkel_i18n_language_is_valid (language), msgid);

  if (language == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if (g_str_equal (language, "en") || *msgid == '\0')
    return msgid;

  /* bindtextdomain (domain, NULL) only reads the binding. */
  directory = bindtextdomain (GETTEXT_PACKAGE, NULL);
  if (directory == NULL)
    return msgid;
  key = g_strconcat (directory, "\n", language, NULL);

  g_mutex_lock (&catalogues_lock);
  if (catalogues == NULL)
    catalogues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  catalogue = g_hash_table_lookup (catalogues, key);
  if (catalogue == NULL)
    {
      catalogue = catalogue_load (directory, language);
      g_hash_table_insert (catalogues, g_steal_pointer (&key), catalogue);
    }
  if (catalogue->table != NULL)
    translation = g_hash_table_lookup (catalogue->table, msgid);
  g_mutex_unlock (&catalogues_lock);

  return translation != NULL ? translation : msgid;
}
