/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What cairo 1.16 cannot say in a tagged PDF, added afterwards as an incremental update:
 *
 * - /Alt on every Figure structure element, the chart's text alternative. cairo 1.16 accepts
 *   attributes on structure tags but ignores them (only Link and Dest read theirs), so a
 *   figure would otherwise have no alternative text for a screen reader;
 * - /Lang on the catalogue (nb-NO, nn-NO or en-GB), so that a reader speaks the right
 *   language; cairo writes none;
 * - /ViewerPreferences << /DisplayDocTitle true >>, so that viewers show the title rather
 *   than the file name (PDF/UA asks for it).
 *
 * An incremental update (PDF 32000-1 § 7.5.6) appends new versions of the changed objects, an
 * xref section for them and a trailer pointing back (/Prev) at cairo's; cairo's bytes are not
 * touched. cairo 1.16 writes its objects as plain text with a classic xref table, and its
 * structure elements in tree order; the figures are found by walking the tree from
 * /StructTreeRoot, so their order is the order their tags were drawn in, which is the order
 * of the text alternatives collected while rendering. If the file does not look as expected
 * (another cairo version), nothing is added and the PDF stays as cairo wrote it.
 */
#define _GNU_SOURCE   /* memmem: a PDF holds NUL bytes */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <string.h>

#include "sirkel-report-private.h"

typedef struct
{
  const char *data;
  gsize       size;
  GArray     *offsets;   /* gsize per object number; 0 when free */
} Pdf;

static const char *
find (const char *haystack,
      gsize       length,
      const char *needle)
{
  return memmem (haystack, length, needle, strlen (needle));
}

static gboolean
parse_uint (const char *text,
            const char *end,
            guint64    *value,
            const char **after)
{
  guint64 v = 0;
  const char *p = text;

  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r'))
    p++;
  if (p == end || !g_ascii_isdigit (*p))
    return FALSE;
  while (p < end && g_ascii_isdigit (*p) && v < G_MAXUINT32)
    v = v * 10 + (guint64) (*p++ - '0');
  *value = v;
  *after = p;
  return TRUE;
}

/* The classic xref table cairo writes: one section, "xref", "0 N", N 20-byte entries. */
static gboolean
read_xref (Pdf    *pdf,
           gsize  *xref_offset)
{
  const char *end = pdf->data + pdf->size;
  const char *tail = pdf->size > 64 ? end - 64 : pdf->data;
  const char *start = find (tail, end - tail, "startxref");
  const char *p;
  guint64 offset, first, count;

  if (start == NULL || !parse_uint (start + 9, end, &offset, &p) || offset >= pdf->size ||
      strncmp (pdf->data + offset, "xref", 4) != 0)
    return FALSE;
  *xref_offset = offset;
  if (!parse_uint (pdf->data + offset + 4, end, &first, &p) || first != 0 ||
      !parse_uint (p, end, &count, &p) || count == 0 || count > 1000000)
    return FALSE;
  while (p < end && (*p == '\n' || *p == '\r' || *p == ' '))
    p++;
  if ((gsize) (end - p) < count * 20)
    return FALSE;
  g_array_set_size (pdf->offsets, count);
  for (guint64 i = 0; i < count; i++, p += 20)
    {
      const char *q;
      guint64 at;

      if (!parse_uint (p, p + 10, &at, &q) || at >= pdf->size)
        return FALSE;
      g_array_index (pdf->offsets, gsize, i) = p[17] == 'n' ? at : 0;
    }
  return TRUE;
}

/* The dictionary of object @number, from "<<" to just before "endobj"; NULL if absent. */
static char *
object_text (Pdf   *pdf,
             guint  number)
{
  g_autofree char *head = g_strdup_printf ("%u 0 obj", number);
  const char *start, *end;
  gsize offset;

  if (number >= pdf->offsets->len || (offset = g_array_index (pdf->offsets, gsize, number)) == 0 ||
      strncmp (pdf->data + offset, head, strlen (head)) != 0)
    return NULL;
  start = pdf->data + offset + strlen (head);
  end = find (start, pdf->data + pdf->size - start, "endobj");
  if (end == NULL)
    return NULL;
  return g_strstrip (g_strndup (start, end - start));
}

/* The object number after @key ("/Root 12 0 R"), or 0. */
static guint
reference_after (const char *text,
                 const char *key)
{
  const char *p = strstr (text, key);
  guint64 number;

  if (p == NULL || !parse_uint (p + strlen (key), p + strlen (p), &number, &p))
    return 0;
  return (guint) number;
}

/* The objects referred to ("N 0 R") in the value of /K, outside nested dictionaries (which are
 * marked-content and object references, not children). */
static void
kids (const char *text,
      GArray     *out)
{
  const char *p = strstr (text, "/K");
  const char *end;
  int depth = 0;

  if (p == NULL)
    return;
  end = p + strlen (p);
  p += 2;
  while (*p == ' ' || *p == '\n' || *p == '\r')
    p++;
  if (*p != '[')
    {
      guint64 number, generation;
      const char *q;

      /* A single kid: a reference, or an MCID or dictionary, which are not elements. */
      if (parse_uint (p, end, &number, &q) && parse_uint (q, end, &generation,
                                                          &q) && q[0] == ' ' && q[1] == 'R')
        {
          guint n = (guint) number;

          g_array_append_val (out, n);
        }
      return;
    }
  for (p++; p < end; )
    {
      guint64 number, generation;
      const char *q, *r;

      if (p[0] == '<' && p[1] == '<')
        depth++, p += 2;
      else if (p[0] == '>' && p[1] == '>')
        depth--, p += 2;
      else if (*p == ']' && depth == 0)
        break;
      else if (depth == 0 && g_ascii_isdigit (*p) && parse_uint (p, end, &number, &q))
        {
          if (parse_uint (q, end, &generation, &r) && r[0] == ' ' && r[1] == 'R')
            {
              guint n = (guint) number;

              g_array_append_val (out, n);
              p = r + 2;
            }
          else
            p = q;
        }
      else
        p++;
    }
}

/* Depth first from @number, appending every Figure element's number to @figures. */
static void
collect_figures (Pdf    *pdf,
                 guint   number,
                 GArray *figures,
                 guint   depth)
{
  g_autofree char *text = object_text (pdf, number);
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (guint));

  if (text == NULL || depth > 64)
    return;
  if (strstr (text, "/S /Figure") != NULL)
    g_array_append_val (figures, number);
  kids (text, children);
  for (guint i = 0; i < children->len; i++)
    {
      guint child = g_array_index (children, guint, i);
      g_autofree char *child_text = object_text (pdf, child);

      if (child_text != NULL && strstr (child_text, "/Type /StructElem") != NULL)
        collect_figures (pdf, child, figures, depth + 1);
    }
}

/* A PDF text string: UTF-16BE with a byte-order mark, in hex. */
static char *
pdf_text_string (const char *utf8)
{
  g_autofree gunichar2 *units = NULL;
  glong n = 0;
  GString *out = g_string_new ("<FEFF");

  units = g_utf8_to_utf16 (utf8, -1, NULL, &n, NULL);
  for (glong i = 0; units != NULL && i < n; i++)
    g_string_append_printf (out, "%04X", units[i]);
  g_string_append_c (out, '>');
  return g_string_free (out, FALSE);
}

/* @dictionary with @entries inserted after its opening "<<". */
static char *
with_entries (const char *dictionary,
              const char *entries)
{
  if (!g_str_has_prefix (dictionary, "<<"))
    return NULL;
  return g_strdup_printf ("<< %s%s", entries, dictionary + 2);
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/**
 * report_pdf_add_accessibility:
 * @pdf: a PDF as cairo 1.16 wrote it; the update is appended
 * @language: "nb", "nn" or "en"
 * @alternatives: (element-type utf8): one text per Figure, in drawing order
 *
 * Leaves @bytes as they are when they are not in the form expected.
 */
void
report_pdf_add_accessibility (GByteArray *bytes,
                              const char *language,
                              GPtrArray  *alternatives)
{
  static const struct { const char *code; const char *tag; } languages[] = {
    { "nb", "nb-NO" }, { "nn", "nn-NO" }, { "en", "en-GB" },
  };
  Pdf pdf = { (const char *) bytes->data, bytes->len, g_array_new (FALSE, TRUE, sizeof (gsize)) };
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autofree char *trailer = NULL;
  g_autofree char *catalog = NULL;
  const char *lang_tag = "en-GB";
  GString *update;
  gsize xref_offset = 0;
  guint size, root, info, tree;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (language, languages[i].code))
      lang_tag = languages[i].tag;

  if (!read_xref (&pdf, &xref_offset))
    goto unexpected;
  {
    const char *t = find (pdf.data + xref_offset, pdf.size - xref_offset, "trailer");

    if (t == NULL)
      goto unexpected;
    trailer = g_strndup (t, pdf.data + pdf.size - t);
  }
  size = reference_after (trailer, "/Size");
  root = reference_after (trailer, "/Root");
  info = reference_after (trailer, "/Info");
  catalog = object_text (&pdf, root);
  if (size != pdf.offsets->len || catalog == NULL || strstr (catalog, "/Type /Catalog") == NULL)
    goto unexpected;

  tree = reference_after (catalog, "/StructTreeRoot");
  if (tree != 0)
    {
      g_autofree char *tree_text = object_text (&pdf, tree);
      g_autoptr(GArray) top = g_array_new (FALSE, FALSE, sizeof (guint));

      if (tree_text == NULL)
        goto unexpected;
      kids (tree_text, top);
      for (guint i = 0; i < top->len; i++)
        collect_figures (&pdf, g_array_index (top, guint, i), figures, 0);
    }
  if (figures->len != alternatives->len)
    {
      g_debug ("%u Figure elements for %u text alternatives; no /Alt added", figures->len,
               alternatives->len);
      g_array_set_size (figures, 0);
    }

  for (guint i = 0; i < figures->len; i++)
    {
      guint number = g_array_index (figures, guint, i);
      g_autofree char *text = object_text (&pdf, number);
      g_autofree char *alt = pdf_text_string (g_ptr_array_index (alternatives, i));
      g_autofree char *entry = g_strdup_printf ("/Alt %s\n   ", alt);
      char *updated = with_entries (text, entry);

      if (updated == NULL)
        goto unexpected;
      g_hash_table_insert (texts, GUINT_TO_POINTER (number), updated);
      g_array_append_val (changed, number);
    }
  if (strstr (catalog, "/Lang") == NULL)
    {
      g_autofree char *entry = g_strdup_printf ("/Lang (%s)\n   /ViewerPreferences "
                                                "<< /DisplayDocTitle true >>\n   ", lang_tag);
      char *updated = with_entries (catalog, entry);

      if (updated == NULL)
        goto unexpected;
      g_hash_table_insert (texts, GUINT_TO_POINTER (root), updated);
      g_array_append_val (changed, root);
    }
  if (changed->len == 0)
    {
      g_array_unref (pdf.offsets);
      return;
    }

  /* The update: the objects, then an xref with one subsection per run of numbers. */
  g_array_sort (changed, compare_numbers);
  update = g_string_new (NULL);
  {
    g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
    gsize new_xref;

    for (guint i = 0; i < changed->len; i++)
      {
        guint number = g_array_index (changed, guint, i);
        gsize at = bytes->len + update->len;

        g_array_append_val (offsets, at);
        g_string_append_printf (update, "%u 0 obj\n%s\nendobj\n",
                                number,
                                (const char *) g_hash_table_lookup (texts,
                                                                    GUINT_TO_POINTER (number)));
      }
    new_xref = bytes->len + update->len;
    g_string_append (update, "xref\n");
    for (guint i = 0; i < changed->len;)
      {
        guint run = 1;

        while (i + run < changed->len &&
               g_array_index (changed, guint, i + run) == g_array_index (changed, guint, i) + run)
          run++;
        g_string_append_printf (update, "%u %u\n", g_array_index (changed, guint, i), run);
        for (guint k = 0; k < run; k++)
          g_string_append_printf (update, "%010" G_GSIZE_FORMAT " 00000 n \n",
                                  g_array_index (offsets, gsize, i + k));
        i += run;
      }
    g_string_append_printf (update, "trailer\n<< /Size %u\n   /Root %u 0 R\n", size, root);
    if (info != 0)
      g_string_append_printf (update, "   /Info %u 0 R\n", info);
    g_string_append_printf (update, "   /Prev %" G_GSIZE_FORMAT "\n>>\n", xref_offset);
    g_string_append_printf (update, "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", new_xref);
  }
  g_array_unref (pdf.offsets);
  g_byte_array_append (bytes, (const guint8 *) update->str, update->len);
  g_string_free (update, TRUE);
  return;

unexpected:
  g_debug ("The PDF is not in the form cairo 1.16 writes; no /Alt or /Lang added");
  g_array_unref (pdf.offsets);
}
