/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a catalogue in the tiltaksbank XML format (docs/catalog-format.md) with
 * xmlTextWriter: UTF-8, two-space indentation, the elements of each measure in a fixed order
 * and empty ones left out, an <evidence> always. The same catalogue always gives the same
 * bytes, and sirkel_catalog_load_bytes () reads back exactly what was written (the fuzz target
 * checks both). Text goes through _sirkel_catalog_clean_text (), so a measure's text with a
 * control character cannot make a file the reader refuses.
 */
#define G_LOG_DOMAIN "sirkel-catalog"

#include "config.h"

#include <libxml/xmlwriter.h>

#include "sirkel-catalog-private.h"

static gboolean
write_text_element (xmlTextWriterPtr  writer,
                    const char       *name,
                    const char       *text)
{
  g_autofree char *clean = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  clean = _sirkel_catalog_clean_text (text);
  return xmlTextWriterWriteElement (writer, (const xmlChar *) name,
                                    (const xmlChar *) clean) >= 0;
}

static gboolean
write_attribute (xmlTextWriterPtr  writer,
                 const char       *name,
                 const char       *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL)
    return TRUE;
  clean = _sirkel_catalog_clean_text (value);
  return xmlTextWriterWriteAttribute (writer, (const xmlChar *) name,
                                      (const xmlChar *) clean) >= 0;
}

static gboolean
write_int_attribute (xmlTextWriterPtr  writer,
                     const char       *name,
                     int               value)
{
  char text[16];

  g_snprintf (text, sizeof text, "%d", value);
  return xmlTextWriterWriteAttribute (writer, (const xmlChar *) name,
                                      (const xmlChar *) text) >= 0;
}

static gboolean
write_entry (xmlTextWriterPtr          writer,
             const SirkelCatalogEntry *e)
{
  gboolean ok;

  ok = xmlTextWriterStartElement (writer, (const xmlChar *) "measure") >= 0 &&
       write_attribute (writer, "id", e->id) &&
       write_text_element (writer, "name", e->name) &&
       write_text_element (writer, "description", e->description);
  if (ok && ((e->target_group != NULL && *e->target_group != '\0') ||
             e->age_from >= 0 || e->age_to >= 0))
    {
      g_autofree char *clean = _sirkel_catalog_clean_text (e->target_group != NULL
                                                           ? e->target_group : "");

      ok = xmlTextWriterStartElement (writer, (const xmlChar *) "target-group") >= 0 &&
           (e->age_from < 0 || write_int_attribute (writer, "age-from", e->age_from)) &&
           (e->age_to < 0 || write_int_attribute (writer, "age-to", e->age_to)) &&
           (*clean == '\0' || xmlTextWriterWriteString (writer, (const xmlChar *) clean) >= 0) &&
           xmlTextWriterEndElement (writer) >= 0;
    }
  for (guint i = 0; ok && e->arenas != NULL && e->arenas[i] != NULL; i++)
    ok = write_text_element (writer, "arena", e->arenas[i]);
  if (ok && e->prevention_level != NULL)
    ok = xmlTextWriterStartElement (writer, (const xmlChar *) "prevention") >= 0 &&
         write_attribute (writer, "level", e->prevention_level) &&
         xmlTextWriterEndElement (writer) >= 0;
  for (guint i = 0; ok && e->topics != NULL && e->topics[i] != NULL; i++)
    ok = write_text_element (writer, "topic", e->topics[i]);
  ok = ok &&
       write_text_element (writer, "provider", e->provider) &&
       write_text_element (writer, "url", e->url) &&
       xmlTextWriterStartElement (writer, (const xmlChar *) "evidence") >= 0;
  if (ok && !sirkel_catalog_entry_has_evidence (e))
    ok = write_attribute (writer, "status", "unknown");
  else if (ok)
    {
      ok = write_attribute (writer, "scheme", e->evidence_scheme) &&
           write_attribute (writer, "level", e->evidence_level) &&
           write_attribute (writer, "edition", e->evidence_edition) &&
           (e->evidence_year <= 0 || write_int_attribute (writer, "year", e->evidence_year));
      if (ok && e->evidence_source != NULL && *e->evidence_source != '\0')
        {
          g_autofree char *clean = _sirkel_catalog_clean_text (e->evidence_source);

          ok = xmlTextWriterWriteString (writer, (const xmlChar *) clean) >= 0;
        }
    }
  return ok &&
         xmlTextWriterEndElement (writer) >= 0 &&   /* evidence */
         xmlTextWriterEndElement (writer) >= 0;     /* measure */
}

/**
 * sirkel_catalog_to_xml:
 * @length: (out) (optional): the length in bytes
 *
 * The catalogue in the XML format, pretty-printed UTF-8 ending in a newline. The same
 * catalogue gives the same bytes. %NULL only if libxml2 ran out of memory.
 */
char *
sirkel_catalog_to_xml (SirkelCatalog *self,
                       gsize         *length)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer;
  char *result = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL, NULL);

  buffer = xmlBufferCreate ();
  if (buffer == NULL)
    return NULL;
  writer = xmlNewTextWriterMemory (buffer, 0);
  if (writer == NULL)
    {
      xmlBufferFree (buffer);
      return NULL;
    }
  ok = xmlTextWriterSetIndent (writer, 1) >= 0 &&
       xmlTextWriterSetIndentString (writer, (const xmlChar *) "  ") >= 0 &&
       xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL) >= 0 &&
       xmlTextWriterStartElement (writer, (const xmlChar *) "catalog") >= 0 &&
       write_attribute (writer, "xmlns", SIRKEL_CATALOG_NS) &&
       write_int_attribute (writer, "version", SIRKEL_CATALOG_VERSION) &&
       write_text_element (writer, "title", self->title);
  for (guint i = 0; ok && i < self->entries->len; i++)
    ok = write_entry (writer, g_ptr_array_index (self->entries, i));
  ok = ok && xmlTextWriterEndDocument (writer) >= 0;
  xmlFreeTextWriter (writer);   /* flushes into the buffer */
  if (ok)
    {
      gsize len = (gsize) xmlBufferLength (buffer);

      result = g_strndup ((const char *) xmlBufferContent (buffer), len);
      if (length != NULL)
        *length = len;
    }
  xmlBufferFree (buffer);
  return result;
}
