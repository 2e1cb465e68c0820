/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelCatalog: the entries, the catalogue, the keys the format allows and their labels, and
 * the text rules shared by reader and writer. Files are in sirkel-catalog-files.c, the XML in
 * sirkel-catalog-xml.c (parser), -walk.c (structure) and -write.c, measures in
 * sirkel-catalog-store.c.
 */
#define G_LOG_DOMAIN "sirkel-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-catalog-private.h"

G_DEFINE_QUARK (sirkel-catalog-error-quark, sirkel_catalog_error)

static const char * const arena_keys[] = {
  "family", "kindergarten", "school", "leisure", "neighbourhood", "services", NULL
};

static const char * const topic_keys[] = {
  "mental-health", "quality-of-life", "substance-use", "social-competence", "parenting",
  "learning-environment", "bullying", "inclusion", "physical-activity", "local-environment",
  "early-intervention", "crime-prevention", NULL
};

static const char * const prevention_keys[] = { "universal", "selective", "indicated", NULL };

static const char * const ungsinn_levels[] = {
  "0", "1", "2", "3", "4", "5", "old-1", "old-2", "old-3", "old-4", NULL
};

/* Entries */

SirkelCatalogEntry *
sirkel_catalog_entry_copy (const SirkelCatalogEntry *entry)
{
  SirkelCatalogEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_new0 (SirkelCatalogEntry, 1);
  copy->id = g_strdup (entry->id);
  copy->name = g_strdup (entry->name);
  copy->description = g_strdup (entry->description);
  copy->target_group = g_strdup (entry->target_group);
  copy->age_from = entry->age_from;
  copy->age_to = entry->age_to;
  copy->arenas = g_strdupv (entry->arenas);
  copy->prevention_level = g_strdup (entry->prevention_level);
  copy->topics = g_strdupv (entry->topics);
  copy->provider = g_strdup (entry->provider);
  copy->url = g_strdup (entry->url);
  copy->evidence_scheme = g_strdup (entry->evidence_scheme);
  copy->evidence_level = g_strdup (entry->evidence_level);
  copy->evidence_edition = g_strdup (entry->evidence_edition);
  copy->evidence_year = entry->evidence_year;
  copy->evidence_source = g_strdup (entry->evidence_source);
  return copy;
}

void
sirkel_catalog_entry_free (SirkelCatalogEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->name);
  g_free (entry->description);
  g_free (entry->target_group);
  g_strfreev (entry->arenas);
  g_free (entry->prevention_level);
  g_strfreev (entry->topics);
  g_free (entry->provider);
  g_free (entry->url);
  g_free (entry->evidence_scheme);
  g_free (entry->evidence_level);
  g_free (entry->evidence_edition);
  g_free (entry->evidence_source);
  g_free (entry);
}

static gboolean
strv_equal (char **a,
            char **b)
{
  guint n_a = a != NULL ? g_strv_length (a) : 0;
  guint n_b = b != NULL ? g_strv_length (b) : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    if (!g_str_equal (a[i], b[i]))
      return FALSE;
  return TRUE;
}

/* NULL and "" are the same text: the writer leaves out what is empty. */
static gboolean
text_equal (const char *a,
            const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

gboolean
sirkel_catalog_entry_equal (const SirkelCatalogEntry *a,
                            const SirkelCatalogEntry *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return text_equal (a->id, b->id) &&
         text_equal (a->name, b->name) &&
         text_equal (a->description, b->description) &&
         text_equal (a->target_group, b->target_group) &&
         a->age_from == b->age_from &&
         a->age_to == b->age_to &&
         strv_equal (a->arenas, b->arenas) &&
         text_equal (a->prevention_level, b->prevention_level) &&
         strv_equal (a->topics, b->topics) &&
         text_equal (a->provider, b->provider) &&
         text_equal (a->url, b->url) &&
         text_equal (a->evidence_scheme, b->evidence_scheme) &&
         text_equal (a->evidence_level, b->evidence_level) &&
         text_equal (a->evidence_edition, b->evidence_edition) &&
         a->evidence_year == b->evidence_year &&
         text_equal (a->evidence_source, b->evidence_source);
}

gboolean
sirkel_catalog_entry_has_evidence (const SirkelCatalogEntry *entry)
{
  g_return_val_if_fail (entry != NULL, FALSE);

  return entry->evidence_scheme != NULL && entry->evidence_level != NULL;
}

char *
sirkel_catalog_entry_dup_evidence_summary (const SirkelCatalogEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (!sirkel_catalog_entry_has_evidence (entry))
    return g_strdup ("unknown");
  if (entry->evidence_year > 0)
    return g_strdup_printf ("%s %s (%d)", entry->evidence_scheme, entry->evidence_level,
                            entry->evidence_year);
  return g_strdup_printf ("%s %s", entry->evidence_scheme, entry->evidence_level);
}

/* The catalogue */

SirkelCatalog *
sirkel_catalog_new (const char *title)
{
  SirkelCatalog *self = g_new0 (SirkelCatalog, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title != NULL ? title : "");
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_catalog_entry_free);
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

SirkelCatalog *
sirkel_catalog_ref (SirkelCatalog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sirkel_catalog_unref (SirkelCatalog *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_free (self);
}

const char *
sirkel_catalog_get_title (SirkelCatalog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

guint
sirkel_catalog_get_n_entries (SirkelCatalog *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

const SirkelCatalogEntry *
sirkel_catalog_get_entry (SirkelCatalog *self,
                          guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->entries->len)
    return NULL;
  return g_ptr_array_index (self->entries, index);
}

const SirkelCatalogEntry *
sirkel_catalog_find (SirkelCatalog *self,
                     const char    *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->index, id);
}

void
_sirkel_catalog_take (SirkelCatalog      *self,
                      SirkelCatalogEntry *entry)
{
  SirkelCatalogEntry *old = g_hash_table_lookup (self->index, entry->id);
  guint position;

  if (old != NULL && g_ptr_array_find (self->entries, old, &position))
    {
      g_hash_table_remove (self->index, old->id);
      sirkel_catalog_entry_free (g_ptr_array_index (self->entries, position));
      self->entries->pdata[position] = entry;
    }
  else
    g_ptr_array_add (self->entries, entry);
  g_hash_table_insert (self->index, entry->id, entry);
}

void
sirkel_catalog_add (SirkelCatalog            *self,
                    const SirkelCatalogEntry *entry)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (entry != NULL && entry->id != NULL);

  _sirkel_catalog_take (self, sirkel_catalog_entry_copy (entry));
}

/* Keys */

gboolean
_sirkel_catalog_is_key (const char *key)
{
  gsize len;

  if (key == NULL)
    return FALSE;
  len = strlen (key);
  if (len == 0 || len > SIRKEL_CATALOG_MAX_ID || key[0] == '-')
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
_sirkel_catalog_is_id (const char *id)
{
  return _sirkel_catalog_is_key (id);
}

gboolean
_sirkel_catalog_is_arena (const char *key)
{
  return key != NULL && g_strv_contains (arena_keys, key);
}

gboolean
_sirkel_catalog_is_topic (const char *key)
{
  return key != NULL && g_strv_contains (topic_keys, key);
}

gboolean
_sirkel_catalog_is_prevention (const char *key)
{
  return key != NULL && g_strv_contains (prevention_keys, key);
}

gboolean
_sirkel_catalog_is_level (const char *scheme,
                          const char *level)
{
  if (scheme == NULL || level == NULL)
    return FALSE;
  if (g_str_equal (scheme, "ungsinn"))
    return g_strv_contains (ungsinn_levels, level);
  return strlen (level) <= 16 && _sirkel_catalog_is_key (level);
}

const char * const *
sirkel_catalog_arena_keys (void)
{
  return arena_keys;
}

const char * const *
sirkel_catalog_topic_keys (void)
{
  return topic_keys;
}

const char *
sirkel_catalog_arena_label (const char *key)
{
  static const char * const labels[] = {
    N_("Family"), N_("Kindergarten"), N_("School"), N_("Leisure"), N_("Neighbourhood"),
    N_("Municipal services"),
  };

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (arena_keys[i], key))
      return _(labels[i]);
  return NULL;
}

const char *
sirkel_catalog_topic_label (const char *key)
{
  static const char * const labels[] = {
    N_("Mental health"), N_("Quality of life"), N_("Substance use prevention"),
    N_("Social competence"), N_("Parenting support"), N_("Learning environment"),
    N_("Bullying"), N_("Inclusion and participation"), N_("Physical activity"),
    N_("Local environment"), N_("Early intervention"), N_("Crime prevention"),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == G_N_ELEMENTS (topic_keys) - 1);
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (topic_keys[i], key))
      return _(labels[i]);
  return NULL;
}

const char *
sirkel_catalog_prevention_label (const char *key)
{
  static const char * const labels[] = { N_("Universal"), N_("Selective"), N_("Indicated") };

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (prevention_keys[i], key))
      return _(labels[i]);
  return NULL;
}

const char *
sirkel_catalog_level_label (const char *scheme,
                            const char *level)
{
  static const char * const labels[] = {
    N_("Ineffective measure"), N_("Well described"), N_("Theoretically grounded"),
    N_("Some documentation of effect"), N_("Satisfactory documentation of effect"),
    N_("Strong documentation of effect"),
    /* The scale used before November 2015 */
    N_("Potentially effective (scale before 2015)"), N_("Probably effective (scale before 2015)"),
    N_("Functional (scale before 2015)"), N_("Documented effective (scale before 2015)"),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == G_N_ELEMENTS (ungsinn_levels) - 1);
  if (g_strcmp0 (scheme, "ungsinn") != 0 || level == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (ungsinn_levels[i], level))
      return _(labels[i]);
  return NULL;
}

char *
_sirkel_catalog_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      /* XML 1.0 has no other C0 controls; a CR would come back as a line break anyway. */
      if (c < 0x20 && c != '\t' && c != '\n')
        continue;
      /* U+FFFE and U+FFFF are not XML characters either: EF BF BE, EF BF BF. */
      if (c == 0xEF && (guchar) p[1] == 0xBF && ((guchar) p[2] == 0xBE || (guchar) p[2] == 0xBF))
        {
          p += 2;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Text */

gboolean
_sirkel_catalog_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Collapses runs of white space into one space and trims the ends. */
char *
_sirkel_catalog_collapse_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Paragraphs, separated by blank lines, each with its white space collapsed. */
char *
_sirkel_catalog_collapse_paragraphs (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) para = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!_sirkel_catalog_is_blank (lines[i]))
        {
          g_string_append (para, lines[i]);
          g_string_append_c (para, ' ');
        }
      if ((_sirkel_catalog_is_blank (lines[i]) || lines[i + 1] == NULL) && para->len > 0)
        {
          g_autofree char *collapsed = _sirkel_catalog_collapse_space (para->str);

          if (out->len > 0)
            g_string_append (out, "\n\n");
          g_string_append (out, collapsed);
          g_string_truncate (para, 0);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Attributes without a namespace must be in @allowed; others (xml:lang, extensions) are
 * ignored. */
