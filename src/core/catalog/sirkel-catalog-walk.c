/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walk over a parsed catalogue (docs/catalog-format.md): an explicit expected structure,
 * <catalog> → <title>, <measure> → its elements, each value checked against the format.
 * Elements in other namespaces are skipped with what they contain; an element or attribute of
 * ours that the format does not have is an error naming its line. Text has its white space
 * collapsed, descriptions keep their paragraphs. sirkel-catalog-xml.c has already refused any
 * DTD, entity and XInclude before this runs.
 */
#define G_LOG_DOMAIN "sirkel-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-catalog-private.h"

typedef struct
{
  const char    *name;      /* the file name for messages */
  SirkelCatalog *catalog;
} Walk;

#define walk_error(w, node, code, error, ...) \
  _sirkel_catalog_node_error ((error), (code), (w)->name, (node), __VA_ARGS__)

static gboolean
is_ours (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL && node->ns->href != NULL &&
         strcmp ((const char *) node->ns->href, SIRKEL_CATALOG_NS) == 0;
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return strcmp ((const char *) node->name, name) == 0;
}

static gboolean
check_attributes (Walk               *w,
                  xmlNode            *node,
                  const char * const *allowed,
                  GError            **error)
{
  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    {
      if (a->ns != NULL)
        continue;
      if (allowed == NULL || !g_strv_contains (allowed, (const char *) a->name))
        {
          walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                      _("the element <%s> has an attribute “%s”, which the catalogue format "
                        "does not have. Remove it or check the spelling."),
                      (const char *) node->name, (const char *) a->name);
          return FALSE;
        }
    }
  return TRUE;
}

/* An attribute's value with the ends trimmed, or NULL. */
static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  g_autoptr(SirkelXmlText) value = xmlGetNoNsProp (node, (const xmlChar *) name);

  return value != NULL ? _sirkel_catalog_collapse_space ((const char *) value) : NULL;
}

/* Element children of a container: ours are handed on; text must be white space. */
static gboolean
check_container_text (Walk     *w,
                      xmlNode  *child,
                      xmlNode  *parent,
                      GError  **error)
{
  if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
      child->content != NULL && !_sirkel_catalog_is_blank ((const char *) child->content))
    {
      walk_error (w, child, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <%s> has text outside its child elements. Move the text into "
                    "an element such as <description>, or remove it."),
                  (const char *) parent->name);
      return FALSE;
    }
  return TRUE;
}

/* The text of an element that holds only text. */
static gboolean
read_text (Walk      *w,
           xmlNode   *node,
           gboolean   paragraphs,
           char     **out,
           GError   **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) c->content);
      else if (is_ours (c))
        {
          walk_error (w, c, SIRKEL_CATALOG_ERROR_INVALID, error,
                      _("the element <%s> may hold only text, not an element <%s>. Remove the "
                        "inner element."),
                      (const char *) node->name, (const char *) c->name);
          return FALSE;
        }
    }
  g_free (*out);
  *out = paragraphs ? _sirkel_catalog_collapse_paragraphs (text->str) : _sirkel_catalog_collapse_space (text->str);
  return TRUE;
}

static gboolean
once (Walk      *w,
      xmlNode   *node,
      guint     *seen,
      guint      bit,
      GError   **error)
{
  if (*seen & bit)
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <%s> appears a second time here, but may appear only once. "
                    "Keep one of them."), (const char *) node->name);
      return FALSE;
    }
  *seen |= bit;
  return TRUE;
}

static gboolean
read_int (Walk        *w,
          xmlNode     *node,
          const char  *attribute,
          int          min,
          int          max,
          int         *out,
          GError     **error)
{
  g_autofree char *value = get_attribute (node, attribute);
  gint64 n = 0;

  if (value == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (value, 10, min, max, &n, NULL))
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <%s> has %s “%s”, which is not a whole number from %d to %d. "
                    "Correct it or leave it out."),
                  (const char *) node->name, attribute, value, min, max);
      return FALSE;
    }
  *out = (int) n;
  return TRUE;
}

static gboolean
read_key (Walk        *w,
          xmlNode     *node,
          gboolean   (*valid) (const char *),
          const char  *allowed,
          char       **out,
          GError     **error)
{
  g_autofree char *key = NULL;

  if (!check_attributes (w, node, NULL, error) ||
      !read_text (w, node, FALSE, &key, error))
    return FALSE;
  if (!valid (key))
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <%s> has “%s”, which is not one of its keys (%s). Use one of "
                    "these keys."),
                  (const char *) node->name, key, allowed);
      return FALSE;
    }
  *out = g_steal_pointer (&key);
  return TRUE;
}

static gboolean
add_key (GPtrArray  *keys,
         char       *key)
{
  for (guint i = 0; i < keys->len; i++)
    if (g_str_equal (g_ptr_array_index (keys, i), key))
      {
        g_free (key);
        return TRUE;
      }
  g_ptr_array_add (keys, key);
  return TRUE;
}

static gboolean
read_target_group (Walk                *w,
                   xmlNode             *node,
                   SirkelCatalogEntry  *entry,
                   GError             **error)
{
  static const char * const attributes[] = { "age-from", "age-to", NULL };

  if (!check_attributes (w, node, attributes, error) ||
      !read_int (w, node, "age-from", 0, SIRKEL_CATALOG_MAX_AGE, &entry->age_from, error) ||
      !read_int (w, node, "age-to", 0, SIRKEL_CATALOG_MAX_AGE, &entry->age_to, error) ||
      !read_text (w, node, FALSE, &entry->target_group, error))
    return FALSE;
  if (entry->age_from >= 0 && entry->age_to >= 0 && entry->age_from > entry->age_to)
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <target-group> has age-from %d above age-to %d. Swap them or "
                    "correct one."), entry->age_from, entry->age_to);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_prevention (Walk                *w,
                 xmlNode             *node,
                 SirkelCatalogEntry  *entry,
                 GError             **error)
{
  static const char * const attributes[] = { "level", NULL };
  g_autofree char *level = NULL;
  g_autofree char *text = NULL;

  if (!check_attributes (w, node, attributes, error) ||
      !read_text (w, node, FALSE, &text, error))
    return FALSE;
  level = get_attribute (node, "level");
  if (level == NULL || !_sirkel_catalog_is_prevention (level))
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <prevention> has level “%s”, which is not universal, selective "
                    "or indicated. Use one of these or leave the element out."),
                  level != NULL ? level : "");
      return FALSE;
    }
  g_free (entry->prevention_level);
  entry->prevention_level = g_steal_pointer (&level);
  return TRUE;
}

static gboolean
read_url (Walk                *w,
          xmlNode             *node,
          SirkelCatalogEntry  *entry,
          GError             **error)
{
  if (!check_attributes (w, node, NULL, error) ||
      !read_text (w, node, FALSE, &entry->url, error))
    return FALSE;
  if ((!g_str_has_prefix (entry->url, "https://") && !g_str_has_prefix (entry->url, "http://")) ||
      strchr (entry->url, ' ') != NULL)
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <url> has “%s”, which is not a web address starting with "
                    "https:// or http://. Correct it or leave the element out."), entry->url);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_edition (const char *edition)
{
  gsize len = strlen (edition);

  if (len == 0 || len > 16)
    return FALSE;
  for (const char *p = edition; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
read_evidence (Walk                *w,
               xmlNode             *node,
               SirkelCatalogEntry  *entry,
               GError             **error)
{
  static const char * const attributes[] = { "status", "scheme", "level", "edition", "year",
                                             NULL };
  g_autofree char *status = get_attribute (node, "status");
  g_autofree char *scheme = get_attribute (node, "scheme");
  g_autofree char *level = get_attribute (node, "level");
  g_autofree char *edition = get_attribute (node, "edition");
  g_autofree char *source = NULL;
  int year = 0;

  if (!check_attributes (w, node, attributes, error) ||
      !read_text (w, node, FALSE, &source, error))
    return FALSE;
  if (status != NULL)
    {
      if (!g_str_equal (status, "unknown"))
        {
          walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                      _("the element <evidence> has status “%s”; the only status is "
                        "“unknown”. Write status=\"unknown\" or give a scheme and level "
                        "instead."), status);
          return FALSE;
        }
      if (scheme != NULL || level != NULL || edition != NULL ||
          xmlHasNsProp (node, (const xmlChar *) "year", NULL) != NULL || *source != '\0')
        {
          walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                      _("the element <evidence> has status “unknown” and also a rating. "
                        "Remove status=\"unknown\" or the rating."));
          return FALSE;
        }
      return TRUE;
    }
  if (scheme == NULL || !_sirkel_catalog_is_key (scheme))
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <evidence> has no valid scheme (such as scheme=\"ungsinn\"). "
                    "Add the scheme, or write <evidence status=\"unknown\"/> if the rating is "
                    "not known."));
      return FALSE;
    }
  if (level == NULL || !_sirkel_catalog_is_level (scheme, level))
    {
      if (g_str_equal (scheme, "ungsinn"))
        walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                    _("the element <evidence> has level “%s”, which the Ungsinn scheme does "
                      "not have (0–5, or old-1 to old-4 for ratings before November 2015). "
                      "Correct the level, or write <evidence status=\"unknown\"/> if it is not "
                      "known."), level != NULL ? level : "");
      else
        walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                    _("the element <evidence> has no valid level (a short key such as “3”). "
                      "Correct the level, or write <evidence status=\"unknown\"/> if it is not "
                      "known."));
      return FALSE;
    }
  if (edition != NULL && !is_edition (edition))
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <evidence> has edition “%s”, which is not a short version "
                    "such as “2.0”. Correct it or leave it out."), edition);
      return FALSE;
    }
  if (!read_int (w, node, "year", SIRKEL_CATALOG_MIN_YEAR, SIRKEL_CATALOG_MAX_YEAR, &year, error))
    return FALSE;

  entry->evidence_scheme = g_steal_pointer (&scheme);
  entry->evidence_level = g_steal_pointer (&level);
  entry->evidence_edition = g_steal_pointer (&edition);
  entry->evidence_year = year;
  entry->evidence_source = *source != '\0' ? g_steal_pointer (&source) : NULL;
  return TRUE;
}

enum
{
  SEEN_NAME = 1 << 0,
  SEEN_DESCRIPTION = 1 << 1,
  SEEN_TARGET = 1 << 2,
  SEEN_PREVENTION = 1 << 3,
  SEEN_PROVIDER = 1 << 4,
  SEEN_URL = 1 << 5,
  SEEN_EVIDENCE = 1 << 6,
  SEEN_TITLE = 1 << 7,
};

static char **
take_strv (GPtrArray *keys)
{
  g_ptr_array_add (keys, NULL);
  return (char **) g_ptr_array_free (keys, FALSE);
}

static gboolean
read_measure (Walk     *w,
              xmlNode  *node,
              GError  **error)
{
  static const char * const attributes[] = { "id", NULL };
  g_autoptr(SirkelCatalogEntry) entry = g_new0 (SirkelCatalogEntry, 1);
  g_autoptr(GPtrArray) arenas = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_free);
  guint seen = 0;

  entry->age_from = entry->age_to = -1;
  if (!check_attributes (w, node, attributes, error))
    return FALSE;
  entry->id = get_attribute (node, "id");
  if (entry->id == NULL || !_sirkel_catalog_is_id (entry->id))
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <measure> has id “%s”; an id is required and uses only a–z, "
                    "0–9 and hyphens, at most 64 characters, such as id=\"pals\". Correct the "
                    "id."), entry->id != NULL ? entry->id : "");
      return FALSE;
    }
  if (sirkel_catalog_find (w->catalog, entry->id) != NULL)
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the id “%s” is used by an earlier <measure> as well. Give each measure an "
                    "id of its own."), entry->id);
      return FALSE;
    }

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      gboolean ok;

      if (!is_ours (c))
        {
          if (!check_container_text (w, c, node, error))
            return FALSE;
          continue;
        }
      if (is_named (c, "name"))
        ok = once (w, c, &seen, SEEN_NAME, error) &&
             check_attributes (w, c, NULL, error) &&
             read_text (w, c, FALSE, &entry->name, error);
      else if (is_named (c, "description"))
        ok = once (w, c, &seen, SEEN_DESCRIPTION, error) &&
             check_attributes (w, c, NULL, error) &&
             read_text (w, c, TRUE, &entry->description, error);
      else if (is_named (c, "target-group"))
        ok = once (w, c, &seen, SEEN_TARGET, error) &&
             read_target_group (w, c, entry, error);
      else if (is_named (c, "arena"))
        {
          char *key = NULL;

          ok = read_key (w, c, _sirkel_catalog_is_arena,
                         "family, kindergarten, school, leisure, neighbourhood, services",
                         &key, error) &&
               add_key (arenas, key);
        }
      else if (is_named (c, "prevention"))
        ok = once (w, c, &seen, SEEN_PREVENTION, error) &&
             read_prevention (w, c, entry, error);
      else if (is_named (c, "topic"))
        {
          char *key = NULL;
          g_autofree char *allowed = g_strjoinv (", ", (char **) sirkel_catalog_topic_keys ());

          ok = read_key (w, c, _sirkel_catalog_is_topic, allowed, &key, error) &&
               add_key (topics, key);
        }
      else if (is_named (c, "provider"))
        ok = once (w, c, &seen, SEEN_PROVIDER, error) &&
             check_attributes (w, c, NULL, error) &&
             read_text (w, c, FALSE, &entry->provider, error);
      else if (is_named (c, "url"))
        ok = once (w, c, &seen, SEEN_URL, error) &&
             read_url (w, c, entry, error);
      else if (is_named (c, "evidence"))
        ok = once (w, c, &seen, SEEN_EVIDENCE, error) &&
             read_evidence (w, c, entry, error);
      else
        {
          walk_error (w, c, SIRKEL_CATALOG_ERROR_INVALID, error,
                      _("the element <%s> is not part of the catalogue format. Remove it or "
                        "check the spelling."), (const char *) c->name);
          ok = FALSE;
        }
      if (!ok)
        return FALSE;
    }

  if (entry->name == NULL || *entry->name == '\0')
    {
      walk_error (w, node, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the measure “%s” has no <name>. Add its name."), entry->id);
      return FALSE;
    }
  if (entry->description == NULL)
    entry->description = g_strdup ("");
  if (entry->target_group == NULL)
    entry->target_group = g_strdup ("");
  if (entry->provider == NULL)
    entry->provider = g_strdup ("");
  entry->arenas = take_strv (g_steal_pointer (&arenas));
  entry->topics = take_strv (g_steal_pointer (&topics));
  _sirkel_catalog_take (w->catalog, g_steal_pointer (&entry));
  return TRUE;
}

gboolean
_sirkel_catalog_read_root (const char     *name,
                           xmlNode        *root,
                           SirkelCatalog  *catalog,
                           GError        **error)
{
  Walk walk = { name, catalog };
  Walk *w = &walk;
  static const char * const attributes[] = { "version", NULL };
  g_autofree char *version = NULL;
  gint64 number = 0;
  guint seen = 0;

  if (!is_ours (root) || !is_named (root, "catalog"))
    {
      if (is_named (root, "catalog"))
        walk_error (w, root, SIRKEL_CATALOG_ERROR_INVALID, error,
                    _("the element <catalog> is not in the catalogue namespace %s. Add "
                      "xmlns=\"%s\" to it."), SIRKEL_CATALOG_NS, SIRKEL_CATALOG_NS);
      else
        walk_error (w, root, SIRKEL_CATALOG_ERROR_INVALID, error,
                    _("the file starts with <%s>, not with the <catalog> of a catalogue of "
                      "measures. Choose a catalogue file."), (const char *) root->name);
      return FALSE;
    }
  if (!check_attributes (w, root, attributes, error))
    return FALSE;
  version = get_attribute (root, "version");
  if (version == NULL || !g_ascii_string_to_signed (version, 10, 1, G_MAXINT, &number, NULL))
    {
      walk_error (w, root, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the element <catalog> has no valid version. Add version=\"1\"."));
      return FALSE;
    }
  if (number > SIRKEL_CATALOG_VERSION)
    {
      walk_error (w, root, SIRKEL_CATALOG_ERROR_INVALID, error,
                  _("the catalogue is written in version %s of the format, and this Sirkel "
                    "reads only version %d. Update Sirkel to read it."),
                  version, SIRKEL_CATALOG_VERSION);
      return FALSE;
    }

  for (xmlNode *c = root->children; c != NULL; c = c->next)
    {
      gboolean ok;

      if (!is_ours (c))
        {
          if (!check_container_text (w, c, root, error))
            return FALSE;
          continue;
        }
      if (is_named (c, "title"))
        ok = once (w, c, &seen, SEEN_TITLE, error) &&
             check_attributes (w, c, NULL, error) &&
             read_text (w, c, FALSE, &w->catalog->title, error);
      else if (is_named (c, "measure"))
        ok = read_measure (w, c, error);
      else
        {
          walk_error (w, c, SIRKEL_CATALOG_ERROR_INVALID, error,
                      _("the element <%s> is not part of the catalogue format. Remove it or "
                        "check the spelling."), (const char *) c->name);
          ok = FALSE;
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}
