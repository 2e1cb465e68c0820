/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the catalogue's files share: sirkel-catalog.c (entries, keys), sirkel-catalog-files.c
 * (files, the user's catalogues), sirkel-catalog-store.c (measures), sirkel-catalog-xml.c (the
 * parser and its security rules), sirkel-catalog-walk.c (the structure) and
 * sirkel-catalog-write.c (the writer). Not for the UI.
 */
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "sirkel-catalog.h"

G_BEGIN_DECLS

/* The format's namespace and version (docs/catalog-format.md). */
#define SIRKEL_CATALOG_NS "https://sirkel.no/ns/tiltaksbank/1"
#define SIRKEL_CATALOG_VERSION 1

/* Ages and years the reader accepts. */
#define SIRKEL_CATALOG_MAX_AGE 120
#define SIRKEL_CATALOG_MIN_YEAR 1900
#define SIRKEL_CATALOG_MAX_YEAR 2200
#define SIRKEL_CATALOG_MAX_ID 64

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
typedef xmlChar SirkelXmlText;  /* xmlGetProp (), xmlNodeGetContent (): never g_free these */
static inline void sirkel_xml_text_free (SirkelXmlText *text) { xmlFree (text); }
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelXmlText, sirkel_xml_text_free)

struct _SirkelCatalog
{
  gatomicrefcount  ref_count;
  char            *title;
  GPtrArray       *entries;   /* SirkelCatalogEntry, in file order */
  GHashTable      *index;     /* id → SirkelCatalogEntry, borrowed from entries */
};

/* Takes @entry over; replaces an entry with the same id in place. */
void      _sirkel_catalog_take          (SirkelCatalog      *self,
                                         SirkelCatalogEntry *entry);

gboolean  _sirkel_catalog_is_id         (const char         *id);
gboolean  _sirkel_catalog_is_key        (const char         *key);
gboolean  _sirkel_catalog_is_arena      (const char         *key);
gboolean  _sirkel_catalog_is_topic      (const char         *key);
gboolean  _sirkel_catalog_is_prevention (const char         *key);
/* Whether @level is a level of @scheme (for schemes other than Ungsinn: any short key). */
gboolean  _sirkel_catalog_is_level      (const char         *scheme,
                                         const char         *level);

/* Errors: "NAME line N: SENTENCE", or "NAME: SENTENCE" when @line is 0 (sirkel-catalog-xml.c). */
void      _sirkel_catalog_set_error     (GError            **error,
                                         SirkelCatalogError  code,
                                         const char         *name,
                                         long                line,
                                         const char         *format,
                                         ...) G_GNUC_PRINTF (5, 6);
#define _sirkel_catalog_node_error(error, code, name, node, ...) \
  _sirkel_catalog_set_error ((error), (code), (name), xmlGetLineNo (node), __VA_ARGS__)

/* The walk over a parsed document's root (sirkel-catalog-walk.c): fills @catalog. */
gboolean  _sirkel_catalog_read_root     (const char         *name,
                                         xmlNode            *root,
                                         SirkelCatalog      *catalog,
                                         GError            **error);
/* Runs of white space as one space, the ends trimmed; and the same per paragraph, paragraphs
 * being separated by blank lines (sirkel-catalog.c). */
char     *_sirkel_catalog_collapse_space (const char        *text);
char     *_sirkel_catalog_collapse_paragraphs (const char   *text);
gboolean  _sirkel_catalog_is_blank      (const char         *text);

/* Text as the writer can put it into XML: valid UTF-8 without the control characters XML 1.0
 * does not allow; NULL stays NULL. */
char     *_sirkel_catalog_clean_text    (const char         *text);

G_END_DECLS
