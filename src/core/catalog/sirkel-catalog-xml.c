/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the tiltaksbank XML format (docs/catalog-format.md) with libxml2, under
 * RELIABILITY.md §4:
 *
 *  - the input is capped (SIRKEL_CATALOG_MAX_BYTES) and must be UTF-8, checked before libxml2
 *    sees a byte;
 *  - one process-wide external entity loader refuses everything, installed once before the
 *    first parse;
 *  - the options are NONET | NOERROR | NOWARNING (and NO_XXE where libxml2 has it), never
 *    NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER;
 *  - a fresh parser context per file, whose internalSubset callback stops the parser at the
 *    first <!DOCTYPE, before any declaration in it is read: a catalogue has no DTD, so no
 *    entity can be declared, and no file is ever fetched;
 *  - after parsing, any DTD, entity reference or XInclude node anywhere in the tree is refused,
 *    then an explicit walk over the expected structure builds the entries. Elements in other
 *    namespaces are skipped; an unknown element in ours is an error naming its line.
 *
 * The walk over the expected structure is in sirkel-catalog-walk.c, the writer in
 * sirkel-catalog-write.c. Every error is one sentence that names the file and the line and
 * says what to do.
 */
#define G_LOG_DOMAIN "sirkel-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "sirkel-catalog-private.h"


#define XINCLUDE_NS "http://www.w3.org/2001/XInclude"
#define XINCLUDE_OLD_NS "http://www.w3.org/2003/XInclude"

typedef struct
{
  gboolean doctype;
  int      doctype_line;
} ParseState;

/* Entity loader: nothing outside the bytes handed to the parser is ever read. */
static xmlParserInputPtr
deny_entity_loader (const char       *url,
                    const char       *id,
                    xmlParserCtxtPtr  ctxt)
{
  return NULL;
}

static void
ensure_xml (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (deny_entity_loader);
      g_once_init_leave (&once, 1);
    }
}

/* SAX: the parser met <!DOCTYPE. Stop right there. */
static void
refuse_doctype (void          *user_data,
                const xmlChar *name,
                const xmlChar *external_id,
                const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (state != NULL && !state->doctype)
    {
      state->doctype = TRUE;
      state->doctype_line = ctxt->input != NULL ? ctxt->input->line : 0;
    }
  xmlStopParser (ctxt);
}

static void
refuse_entity_decl (void          *user_data,
                    const xmlChar *name,
                    int            type,
                    const xmlChar *public_id,
                    const xmlChar *system_id,
                    xmlChar       *content)
{
  refuse_doctype (user_data, name, public_id, system_id);
}

/* "NAME line N: SENTENCE", or "NAME: SENTENCE" when @line is 0. */
void
_sirkel_catalog_set_error (GError             **error,
                           SirkelCatalogError   code,
                           const char          *name,
                           long                 line,
                           const char          *format,
                           ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  if (line > 0)
    /* Translators: a file name, a line number and a sentence about that line */
    g_set_error (error, SIRKEL_CATALOG_ERROR, code, _("%s line %ld: %s"), name, line, text);
  else
    /* Translators: a file name and a sentence about it */
    g_set_error (error, SIRKEL_CATALOG_ERROR, code, _("%s: %s"), name, text);
}

/* The line of the first byte that is not valid UTF-8 (or a NUL), or 0 if all are valid. */
static long
invalid_utf8_line (const char *data,
                   gsize       size)
{
  const char *end = NULL;
  long line = 1;

  if (g_utf8_validate_len (data, size, &end))
    return 0;
  for (const char *p = data; p < end; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* Refuses DTDs, entities and XIncludes anywhere in the tree, without recursion. */
static gboolean
check_tree (const char  *name,
            xmlDoc      *doc,
            GError     **error)
{
  xmlNode *n = doc->children;

  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, 0,
                      _("the file has a document type declaration (<!DOCTYPE …>), which a "
                        "catalogue may not have. Remove it."));
      return FALSE;
    }
  while (n != NULL)
    {
      switch (n->type)
        {
        case XML_ENTITY_REF_NODE:
        case XML_ENTITY_NODE:
        case XML_ENTITY_DECL:
          _sirkel_catalog_node_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, n,
                      _("the file uses an entity (&%s;), which a catalogue may not use. Write "
                        "the text itself instead."), (const char *) n->name);
          return FALSE;
        case XML_DTD_NODE:
        case XML_DOCUMENT_TYPE_NODE:
        case XML_ELEMENT_DECL:
        case XML_ATTRIBUTE_DECL:
        case XML_NOTATION_NODE:
          _sirkel_catalog_node_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, n,
                      _("the file has a document type declaration (<!DOCTYPE …>), which a "
                        "catalogue may not have. Remove it."));
          return FALSE;
        case XML_XINCLUDE_START:
        case XML_XINCLUDE_END:
          _sirkel_catalog_node_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, n,
                      _("the file includes another file (XInclude), which a catalogue may not "
                        "do. Copy the entries into this file instead."));
          return FALSE;
        case XML_ELEMENT_NODE:
          if (n->ns != NULL && n->ns->href != NULL &&
              (strcmp ((const char *) n->ns->href, XINCLUDE_NS) == 0 ||
               strcmp ((const char *) n->ns->href, XINCLUDE_OLD_NS) == 0))
            {
              _sirkel_catalog_node_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, n,
                          _("the file includes another file (XInclude), which a catalogue may "
                            "not do. Copy the entries into this file instead."));
              return FALSE;
            }
          for (xmlAttr *a = n->properties; a != NULL; a = a->next)
            for (xmlNode *c = a->children; c != NULL; c = c->next)
              if (c->type != XML_TEXT_NODE)
                {
                  _sirkel_catalog_node_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, n,
                              _("the file uses an entity in an attribute, which a catalogue "
                                "may not use. Write the text itself instead."));
                  return FALSE;
                }
          break;
        default:
          break;
        }
      if (n->type == XML_ELEMENT_NODE && n->children != NULL)
        {
          n = n->children;
          continue;
        }
      while (n != NULL && n->next == NULL)
        n = n->parent == (xmlNode *) doc ? NULL : n->parent;
      if (n != NULL)
        n = n->next;
    }
  return TRUE;
}

static void
set_parse_error (GError           **error,
                 const char        *name,
                 xmlParserCtxtPtr   ctxt)
{
  const xmlError *e = xmlCtxtGetLastError (ctxt);
  g_autofree char *detail = NULL;
  long line = e != NULL ? e->line : 0;

  if (e != NULL && (e->code == XML_ERR_UNDECLARED_ENTITY || e->code == XML_WAR_UNDECLARED_ENTITY ||
                    e->code == XML_ERR_ENTITY_LOOP || e->code == XML_ERR_ENTITY_BOUNDARY ||
                    e->code == XML_ERR_ENTITYREF_NO_NAME || e->code == XML_ERR_PEREF_IN_PROLOG ||
                    e->code == XML_ERR_PEREF_IN_EPILOG || e->code == XML_ERR_PEREF_IN_INT_SUBSET))
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, line,
                      _("the file uses an entity, which a catalogue may not use. Write the text "
                        "itself instead, with &amp; for “&” and &lt; for “<”."));
      return;
    }
  if (e != NULL && e->message != NULL && strstr (e->message, "Excessive depth") != NULL)
    {
      /* libxml2's own message suggests XML_PARSE_HUGE, which is not for untrusted files. */
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_MALFORMED, name, line,
                      _("the elements are nested more than 256 deep, which no catalogue needs. "
                        "Check that you chose a catalogue file."));
      return;
    }
  if (e != NULL && e->message != NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (e->message, -1);

      detail = _sirkel_catalog_collapse_space (valid);
      /* libxml2's messages start upper case and end without a full stop. */
      if (g_str_has_suffix (detail, "."))
        detail[strlen (detail) - 1] = '\0';
    }
  if (line <= 0 && ctxt->input != NULL)
    line = ctxt->input->line;
  _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_MALFORMED, name, line,
                  _("the file is not well-formed XML (%s). Correct the file, or choose "
                    "another one."), detail != NULL ? detail : "unknown error");
}

/**
 * sirkel_catalog_load_bytes:
 * @name: the file name used in error messages
 *
 * Reads a catalogue from XML in memory, under the rules in this file's header comment.
 */
SirkelCatalog *
sirkel_catalog_load_bytes (GBytes      *bytes,
                           const char  *name,
                           GError     **error)
{
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(SirkelCatalog) catalog = NULL;
  ParseState state = { FALSE, 0 };
  const char *data;
  gsize size = 0;
  long line;
  xmlNode *root;

#if LIBXML_VERSION >= 21300
  options |= XML_PARSE_NO_XXE;
#endif

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = _("The catalogue");
  data = g_bytes_get_data (bytes, &size);
  if (size > SIRKEL_CATALOG_MAX_BYTES)
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_TOO_LARGE, name, 0,
                      _("the file is larger than %d MB, the most a catalogue may be. Check that "
                        "you chose a catalogue file."), SIRKEL_CATALOG_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (size == 0 || data == NULL)
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_MALFORMED, name, 0,
                      _("the file is empty. Choose a catalogue file."));
      return NULL;
    }
  line = invalid_utf8_line (data, size);
  if (line > 0)
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_MALFORMED, name, line,
                      _("the text is not valid UTF-8. Save the file as UTF-8 and try again."));
      return NULL;
    }

  ensure_xml ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL || ctxt->sax == NULL)
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_MALFORMED, name, 0,
                      _("there was not enough memory to read the file. Close other programs "
                        "and try again."));
      return NULL;
    }
  ctxt->sax->internalSubset = refuse_doctype;
  ctxt->sax->externalSubset = refuse_doctype;
  ctxt->sax->entityDecl = refuse_entity_decl;
  ctxt->_private = &state;
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, NULL, "UTF-8", options);
  ctxt->_private = NULL;

  if (state.doctype)
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_FORBIDDEN, name, state.doctype_line,
                      _("the file has a document type declaration (<!DOCTYPE …>), which a "
                        "catalogue may not have. Remove it."));
      return NULL;
    }
  if (doc == NULL || !ctxt->wellFormed)
    {
      set_parse_error (error, name, ctxt);
      return NULL;
    }

  if (!check_tree (name, doc, error))
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      _sirkel_catalog_set_error (error, SIRKEL_CATALOG_ERROR_INVALID, name, 0,
                      _("the file has no elements. Choose a catalogue file."));
      return NULL;
    }
  catalog = sirkel_catalog_new (NULL);
  if (!_sirkel_catalog_read_root (name, root, catalog, error))
    return NULL;
  return g_steal_pointer (&catalog);
}
