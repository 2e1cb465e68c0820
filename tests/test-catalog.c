/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tiltaksbank (src/core/catalog): the bundled catalogue and its ratings as DOMAIN.md §8
 * gives them, writing and reading back, hostile XML (RELIABILITY.md §4), measures in a real
 * project file, and the user's imported catalogues under a temporary XDG_DATA_HOME.
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sirkel-catalog.h"
#include "sirkel-example.h"
#include "sirkel-store.h"
#include "sirkel-test-util.h"

#define NS "https://sirkel.no/ns/tiltaksbank/1"
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<catalog xmlns=\"" NS "\" version=\"1\">\n"

static char *
write_tmp (const char *name,
           const char *contents,
           gssize      length)
{
  g_autofree char *path = g_build_filename (sirkel_test_tmp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static gboolean
is_complete_rating (const SirkelCatalogEntry *e)
{
  return e->evidence_scheme != NULL && *e->evidence_scheme != '\0' &&
         e->evidence_level != NULL && *e->evidence_level != '\0' &&
         e->evidence_source != NULL && *e->evidence_source != '\0' &&
         (e->evidence_year == 0 || (e->evidence_year >= 2000 && e->evidence_year <= 2030));
}

static gboolean
is_unknown_rating (const SirkelCatalogEntry *e)
{
  return e->evidence_scheme == NULL && e->evidence_level == NULL &&
         e->evidence_edition == NULL && e->evidence_year == 0 && e->evidence_source == NULL;
}

static void
test_bundled (void)
{
  /* DOMAIN.md §8, exactly: level, year (0: not given), edition (NULL: not given). */
  static const struct { const char *id; const char *level; int year; const char *edition; } rated[] = {
    { "dua-foreldreprogram", "5", 2020, NULL },
    { "pals", "5", 2018, NULL },
    { "zippys-venner", "4", 0, NULL },
    { "mot", "2", 2021, NULL },
    { "mitt-valg", "2", 0, NULL },
    { "psykologisk-forstehjelp", "old-2", 2013, "pre-2015" },
    { "kjaerlighet-og-grenser", "0", 0, NULL },
    { "unge-og-rus", "old-2", 2010, "pre-2015" },
  };
  /* Not rated, and not researched: the rating must be unknown, never guessed. */
  static const char * const unknown[] = {
    "tidlig-inn", "barnetrakk", "fritidserklaeringen", "av-og-til-kommune", "allemed",
    "helsefremmende-skoler", "helsefremmende-barnehager",
    "olweus", "slt", "bti", "icdp", "cos", "pmto-tibir", "dua-universal",
  };
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rated = 0;

  catalog = sirkel_catalog_load_bundled (&error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (sirkel_catalog_get_n_entries (catalog), >=, 22);
  g_assert_cmpstr (sirkel_catalog_get_title (catalog), !=, "");

  for (guint i = 0; i < sirkel_catalog_get_n_entries (catalog); i++)
    {
      const SirkelCatalogEntry *e = sirkel_catalog_get_entry (catalog, i);

      g_assert_nonnull (e->id);
      g_assert_true (sirkel_catalog_find (catalog, e->id) == e);
      g_assert_cmpstr (e->name, !=, "");
      g_assert_cmpstr (e->description, !=, "");
      g_assert_true (g_utf8_validate (e->description, -1, NULL));
      g_assert_true (is_complete_rating (e) || is_unknown_rating (e));
      g_assert_cmpint (sirkel_catalog_entry_has_evidence (e), ==, is_complete_rating (e));
      if (is_complete_rating (e))
        {
          g_assert_cmpstr (e->evidence_scheme, ==, "ungsinn");
          g_assert_nonnull (strstr (e->evidence_source, "ungsinn.no"));
          g_assert_nonnull (sirkel_catalog_level_label ("ungsinn", e->evidence_level));
          n_rated++;
        }
      for (guint a = 0; e->arenas[a] != NULL; a++)
        g_assert_nonnull (sirkel_catalog_arena_label (e->arenas[a]));
      for (guint t = 0; e->topics[t] != NULL; t++)
        g_assert_nonnull (sirkel_catalog_topic_label (e->topics[t]));
      if (e->prevention_level != NULL)
        g_assert_nonnull (sirkel_catalog_prevention_label (e->prevention_level));
      g_assert_true (e->age_from == -1 || (e->age_from >= 0 && e->age_from <= 120));
      g_assert_true (e->age_to == -1 || e->age_to >= MAX (e->age_from, 0));
    }
  /* Every rating in the file is one DOMAIN.md gives. */
  g_assert_cmpuint (n_rated, ==, G_N_ELEMENTS (rated));

  for (guint i = 0; i < G_N_ELEMENTS (rated); i++)
    {
      const SirkelCatalogEntry *e = sirkel_catalog_find (catalog, rated[i].id);

      g_test_message ("%s", rated[i].id);
      g_assert_nonnull (e);
      g_assert_cmpstr (e->evidence_scheme, ==, "ungsinn");
      g_assert_cmpstr (e->evidence_level, ==, rated[i].level);
      g_assert_cmpint (e->evidence_year, ==, rated[i].year);
      g_assert_cmpstr (e->evidence_edition, ==, rated[i].edition);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      const SirkelCatalogEntry *e = sirkel_catalog_find (catalog, unknown[i]);

      g_test_message ("%s", unknown[i]);
      g_assert_nonnull (e);
      g_assert_true (is_unknown_rating (e));
    }

  {
    const SirkelCatalogEntry *pals = sirkel_catalog_find (catalog, "pals");
    const SirkelCatalogEntry *kg = sirkel_catalog_find (catalog, "kjaerlighet-og-grenser");
    g_autofree char *summary = sirkel_catalog_entry_dup_evidence_summary (pals);
    g_autofree char *none = sirkel_catalog_entry_dup_evidence_summary (sirkel_catalog_find (catalog, "olweus"));

    g_assert_cmpstr (summary, ==, "ungsinn 5 (2018)");
    g_assert_cmpstr (none, ==, "unknown");
    g_assert_cmpint (pals->age_from, ==, 6);
    g_assert_cmpint (pals->age_to, ==, 16);
    g_assert_cmpstr (pals->prevention_level, ==, "universal");
    g_assert_true (g_strv_contains ((const char * const *) pals->arenas, "school"));
    g_assert_cmpstr (sirkel_catalog_level_label ("ungsinn", kg->evidence_level), ==,
                     "Ineffective measure");
    g_assert_null (sirkel_catalog_find (catalog, "no-such-measure"));
  }
}

static void
assert_catalogs_equal (SirkelCatalog *a,
                       SirkelCatalog *b)
{
  g_assert_cmpstr (sirkel_catalog_get_title (a), ==, sirkel_catalog_get_title (b));
  g_assert_cmpuint (sirkel_catalog_get_n_entries (a), ==, sirkel_catalog_get_n_entries (b));
  for (guint i = 0; i < sirkel_catalog_get_n_entries (a); i++)
    g_assert_true (sirkel_catalog_entry_equal (sirkel_catalog_get_entry (a, i),
                                               sirkel_catalog_get_entry (b, i)));
}

static void
test_round_trip (void)
{
  g_autoptr(SirkelCatalog) bundled = sirkel_catalog_load_bundled (NULL);
  g_autoptr(SirkelCatalog) again = NULL;
  g_autoptr(SirkelCatalog) from_file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml2 = NULL;
  g_autofree char *path = g_build_filename (sirkel_test_tmp_dir (), "saved.xml", NULL);
  g_autofree char *path2 = g_build_filename (sirkel_test_tmp_dir (), "saved-again.xml", NULL);
  g_autofree char *shipped_path = g_test_build_filename (G_TEST_DIST, "..", "data", "tiltaksbank.xml", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *shipped = NULL;
  gsize len = 0, len2 = 0;

  g_assert_nonnull (bundled);
  xml = sirkel_catalog_to_xml (bundled, &len);
  g_assert_nonnull (xml);
  g_assert_cmpuint (strlen (xml), ==, len);
  g_assert_true (g_str_has_prefix (xml, HEAD "<catalog xmlns=\"" NS "\" version=\"1\">\n  <title>"));
  g_assert_true (g_str_has_suffix (xml, "</catalog>\n"));
  bytes = g_bytes_new (xml, len);
  again = sirkel_catalog_load_bytes (bytes, "again.xml", &error);
  g_assert_no_error (error);
  assert_catalogs_equal (bundled, again);
  xml2 = sirkel_catalog_to_xml (again, &len2);
  g_assert_cmpstr (xml, ==, xml2);

  /* Saved twice: byte-identical files, no temporary file left beside them. */
  g_assert_true (sirkel_catalog_save_file (bundled, path, &error));
  g_assert_no_error (error);
  from_file = sirkel_catalog_load_file (path, &error);
  g_assert_no_error (error);
  assert_catalogs_equal (bundled, from_file);
  g_assert_true (sirkel_catalog_save_file (from_file, path2, &error));
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (path2, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, ==, xml);
  g_assert_true (sirkel_catalog_save_file (from_file, path, &error));
  {
    g_autoptr(GDir) dir = g_dir_open (sirkel_test_tmp_dir (), 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "saved.xml."));
  }

  /* The shipped file is kept in the writer's form, so a save never reformats it. */
  g_assert_true (g_file_get_contents (shipped_path, &shipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (shipped, ==, xml);

  /* A saved file in a folder that does not exist: an error naming the file. */
  {
    g_autofree char *bad = g_build_filename (sirkel_test_tmp_dir (), "no-folder", "x.xml", NULL);
    g_autoptr(GError) local = NULL;

    g_assert_false (sirkel_catalog_save_file (bundled, bad, &local));
    g_assert_nonnull (local);
    g_assert_nonnull (strstr (local->message, "x.xml"));
  }
}

static void
test_build_and_write (void)
{
  g_autoptr(SirkelCatalog) catalog = sirkel_catalog_new ("Lokale tiltak <&> \"test\"");
  g_autoptr(SirkelCatalog) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  char *arenas[] = { "school", "leisure", NULL };
  char *topics[] = { "inclusion", NULL };
  SirkelCatalogEntry entry = {
    .id = "lokal-1", .name = "Navn med & og <tegn>\tog tab",
    .description = "Første avsnitt.\n\nAndre avsnitt med \x01 kontrolltegn.",
    .target_group = "Alle", .age_from = 10, .age_to = -1, .arenas = arenas,
    .prevention_level = "universal", .topics = topics, .provider = "Kommunen",
    .url = "https://example.org/a?b=c&d=e",
    .evidence_scheme = "ungsinn", .evidence_level = "3", .evidence_edition = "2.1",
    .evidence_year = 2022, .evidence_source = "ungsinn.no – test",
  };
  SirkelCatalogEntry second = { .id = "lokal-2", .name = "To", .age_from = -1, .age_to = -1 };
  const SirkelCatalogEntry *got;

  sirkel_catalog_add (catalog, &entry);
  sirkel_catalog_add (catalog, &second);
  g_assert_cmpuint (sirkel_catalog_get_n_entries (catalog), ==, 2);
  /* The same id replaces, in place. */
  second.name = "To, igjen";
  sirkel_catalog_add (catalog, &second);
  g_assert_cmpuint (sirkel_catalog_get_n_entries (catalog), ==, 2);
  g_assert_cmpstr (sirkel_catalog_get_entry (catalog, 1)->name, ==, "To, igjen");
  g_assert_null (sirkel_catalog_get_entry (catalog, 2));

  xml = sirkel_catalog_to_xml (catalog, NULL);
  g_assert_null (strchr (xml, '\x01'));
  bytes = g_bytes_new (xml, strlen (xml));
  back = sirkel_catalog_load_bytes (bytes, "built.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sirkel_catalog_get_title (back), ==, "Lokale tiltak <&> \"test\"");
  got = sirkel_catalog_find (back, "lokal-1");
  g_assert_cmpstr (got->name, ==, "Navn med & og <tegn> og tab");
  g_assert_cmpstr (got->description, ==, "Første avsnitt.\n\nAndre avsnitt med kontrolltegn.");
  g_assert_cmpint (got->age_from, ==, 10);
  g_assert_cmpint (got->age_to, ==, -1);
  g_assert_cmpstr (got->url, ==, "https://example.org/a?b=c&d=e");
  g_assert_cmpstr (got->evidence_edition, ==, "2.1");
  g_assert_cmpint (got->evidence_year, ==, 2022);
  g_assert_cmpstr (got->arenas[1], ==, "leisure");
  got = sirkel_catalog_find (back, "lokal-2");
  g_assert_true (is_unknown_rating (got));
  g_assert_cmpuint (g_strv_length (got->arenas), ==, 0);
}

/* Hostile and broken files */

typedef struct
{
  const char *name;       /* the file name, which the message must start with */
  const char *contents;
  int         code;       /* SirkelCatalogError */
  int         line;       /* the line the message names; 0: no line */
  const char *words;      /* a part of the message */
} Bad;

static void
check_bad (const Bad   *bad,
           const char  *secret)
{
  g_autofree char *path = write_tmp (bad->name, bad->contents, -1);
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  gint64 start = g_get_monotonic_time ();

  g_test_message ("%s", bad->name);
  catalog = sirkel_catalog_load_file (path, &error);
  g_assert_null (catalog);
  g_assert_error (error, SIRKEL_CATALOG_ERROR, bad->code);
  g_test_message ("  %s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  prefix = bad->line > 0 ? g_strdup_printf ("%s line %d: ", bad->name, bad->line)
                         : g_strdup_printf ("%s: ", bad->name);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  if (bad->words != NULL)
    g_assert_nonnull (strstr (error->message, bad->words));
  /* One sentence that says what to do: it ends with a full stop and has no line break. */
  g_assert_true (g_str_has_suffix (error->message, "."));
  g_assert_null (strchr (error->message, '\n'));
  if (secret != NULL)
    g_assert_null (strstr (error->message, secret));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_hostile_entities (void)
{
  g_autofree char *hostname = NULL;
  g_autofree char *canary_path = write_tmp ("canary.txt", "CANARY-7f3a9c-SECRET", -1);
  g_autofree char *canary_uri = g_filename_to_uri (canary_path, NULL, NULL);
  g_autofree char *xxe_canary = NULL;
  g_autofree char *xxe_attr = NULL;
  g_autofree char *ext_dtd = NULL;
  g_autofree char *param = NULL;

  g_assert_true (g_file_get_contents ("/etc/hostname", &hostname, NULL, NULL));
  g_strstrip (hostname);
  g_assert_cmpstr (hostname, !=, "");

  xxe_canary = g_strdup_printf (HEAD "<!DOCTYPE catalog [\n  <!ENTITY x SYSTEM \"%s\">\n]>\n"
                                ROOT "<title>&x;</title>\n</catalog>\n", canary_uri);
  xxe_attr = g_strdup_printf (HEAD "<!DOCTYPE catalog [\n<!ENTITY x SYSTEM \"%s\">\n]>\n"
                              ROOT "<measure id=\"&x;\"><name>a</name></measure></catalog>\n",
                              canary_uri);
  ext_dtd = g_strdup_printf (HEAD "\n<!DOCTYPE catalog SYSTEM \"%s\">\n" ROOT "</catalog>\n",
                             canary_uri);
  param = g_strdup_printf (HEAD "<!DOCTYPE catalog [\n<!ENTITY %% p SYSTEM \"%s\">\n%%p;\n]>\n"
                           ROOT "</catalog>\n", canary_uri);
  {
    const Bad cases[] = {
      { "xxe.xml", HEAD "<!DOCTYPE catalog [\n  <!ENTITY x SYSTEM \"file:///etc/hostname\">\n]>\n"
                   ROOT "  <title>&x;</title>\n</catalog>\n",
        SIRKEL_CATALOG_ERROR_FORBIDDEN, 2, "<!DOCTYPE" },
      { "xxe-canary.xml", xxe_canary, SIRKEL_CATALOG_ERROR_FORBIDDEN, 2, "<!DOCTYPE" },
      { "xxe-attribute.xml", xxe_attr, SIRKEL_CATALOG_ERROR_FORBIDDEN, 2, NULL },
      { "external-dtd.xml", ext_dtd, SIRKEL_CATALOG_ERROR_FORBIDDEN, 3, NULL },
      { "parameter-entity.xml", param, SIRKEL_CATALOG_ERROR_FORBIDDEN, 2, NULL },
      { "doctype.xml", HEAD "<!DOCTYPE catalog>\n" ROOT "</catalog>\n",
        SIRKEL_CATALOG_ERROR_FORBIDDEN, 2, "Remove it" },
      { "billion-laughs.xml",
        HEAD "<!DOCTYPE lolz [\n"
        " <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
        " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
        " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
        " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
        " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
        " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
        "]>\n" ROOT "<title>&lol9;</title></catalog>\n",
        SIRKEL_CATALOG_ERROR_FORBIDDEN, 2, NULL },
      { "undeclared-entity.xml", HEAD ROOT "  <title>\n    &x;</title>\n</catalog>\n",
        SIRKEL_CATALOG_ERROR_FORBIDDEN, 4, "entity" },
      { "xinclude.xml", HEAD "<catalog xmlns=\"" NS "\" version=\"1\"\n"
                        "         xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
                        "  <title>x</title>\n"
                        "  <xi:include href=\"file:///etc/hostname\" parse=\"text\"/>\n</catalog>\n",
        SIRKEL_CATALOG_ERROR_FORBIDDEN, 5, "XInclude" },
      { "xinclude-nested.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                               "<x:ext xmlns:x=\"urn:other\"><xi:include "
                               "xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/hostname\"/>"
                               "</x:ext></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_FORBIDDEN, 4, "XInclude" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        check_bad (&cases[i], hostname);
        check_bad (&cases[i], "CANARY-7f3a9c");
      }
  }

  /* The same through load_bytes: the message names what the caller called it. */
  {
    const char *xml = HEAD "<!DOCTYPE catalog [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
                      ROOT "<title>&x;</title></catalog>";
    g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
    g_autoptr(GError) error = NULL;

    g_assert_null (sirkel_catalog_load_bytes (bytes, "memory.xml", &error));
    g_assert_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_FORBIDDEN);
    g_assert_true (g_str_has_prefix (error->message, "memory.xml line 2: "));
    g_assert_null (strstr (error->message, hostname));
  }
}

static void
test_broken (void)
{
  g_autoptr(GString) deep = g_string_new (HEAD ROOT);
  g_autoptr(GString) deep_ours = g_string_new (HEAD ROOT);

  for (guint i = 0; i < 300; i++)
    g_string_append (deep, "<x:a xmlns:x=\"urn:other\">");
  for (guint i = 0; i < 300; i++)
    g_string_append (deep, "</x:a>");
  g_string_append (deep, "\n</catalog>\n");
  for (guint i = 0; i < 300; i++)
    g_string_append (deep_ours, "<measure>");

  {
    const Bad cases[] = {
      { "deep.xml", deep->str, SIRKEL_CATALOG_ERROR_MALFORMED, 3, "256" },
      { "deep-ours.xml", deep_ours->str, SIRKEL_CATALOG_ERROR_MALFORMED, 3, NULL },
      { "utf8.xml", HEAD ROOT "  <title>caf\xe9</title>\n</catalog>\n",
        SIRKEL_CATALOG_ERROR_MALFORMED, 3, "UTF-8" },
      { "truncated.xml", HEAD ROOT "  <measure id=\"pals\">\n    <name>PALS</na",
        SIRKEL_CATALOG_ERROR_MALFORMED, 4, "not well-formed" },
      { "mismatch.xml", HEAD ROOT "  <title>x</titel>\n</catalog>\n",
        SIRKEL_CATALOG_ERROR_MALFORMED, 3, NULL },
      { "empty.xml", "", SIRKEL_CATALOG_ERROR_MALFORMED, 0, "empty" },
      { "wrong-root.xml", HEAD "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 2, "<svg>" },
      { "no-namespace.xml", HEAD "<catalog version=\"1\"/>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 2, "xmlns" },
      { "newer.xml", HEAD "<catalog xmlns=\"" NS "\" version=\"2\"/>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 2, "Update Sirkel" },
      { "no-version.xml", HEAD "<catalog xmlns=\"" NS "\"/>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 2, "version=\"1\"" },
      { "unknown-element.xml", HEAD ROOT "  <title>x</title>\n\n  <measures/>\n</catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 5, "<measures>" },
      { "unknown-in-measure.xml", HEAD ROOT "<measure id=\"a\">\n<name>a</name>\n<evidense/>\n"
                                  "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 5, "<evidense>" },
      { "unknown-attribute.xml", HEAD ROOT "<measure id=\"a\" ages=\"3\">\n<name>a</name>\n"
                                 "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 3, "ages" },
      { "level.xml", HEAD ROOT "<measure id=\"pals\">\n  <name>PALS</name>\n"
                     "  <evidence scheme=\"ungsinn\" level=\"7\" year=\"2018\">x</evidence>\n"
                     "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 5, "level “7”, which the Ungsinn scheme does not have (0–5" },
      { "unknown-and-rated.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                                 "<evidence status=\"unknown\" scheme=\"ungsinn\" level=\"1\"/>"
                                 "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, NULL },
      { "no-scheme.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n<evidence level=\"3\"/>"
                         "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "scheme" },
      { "year.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                    "<evidence scheme=\"ungsinn\" level=\"3\" year=\"20x8\"/></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "20x8" },
      { "duplicate-id.xml", HEAD ROOT "<measure id=\"a\"><name>a</name></measure>\n"
                            "<measure id=\"a\"><name>b</name></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "“a”" },
      { "bad-id.xml", HEAD ROOT "<measure id=\"Not OK\"><name>a</name></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 3, "Not OK" },
      { "no-name.xml", HEAD ROOT "<measure id=\"a\">\n</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 3, "<name>" },
      { "two-names.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n<name>b</name></measure>"
                         "</catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "once" },
      { "ages.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                    "<target-group age-from=\"16\" age-to=\"6\"/></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, NULL },
      { "age-range.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                         "<target-group age-from=\"-3\"/></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "-3" },
      { "arena.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n<arena>skole</arena>"
                     "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "school" },
      { "topic.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n<topic>x</topic>"
                     "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "mental-health" },
      { "prevention.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                          "<prevention level=\"universell\"/></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "universell" },
      { "url.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                   "<url>javascript:alert(1)</url></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, "https://" },
      { "file-url.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\n"
                        "<url>file:///etc/hostname</url></measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, NULL },
      { "stray-text.xml", HEAD ROOT "<measure id=\"a\"><name>a</name>\nhello</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, NULL },
      { "element-in-text.xml", HEAD ROOT "<measure id=\"a\">\n<name>a <b>bold</b></name>"
                               "</measure></catalog>\n",
        SIRKEL_CATALOG_ERROR_INVALID, 4, NULL },
    };

    /* A NUL in the middle of the text. */
    g_autofree char *nul_path = NULL;
    g_autoptr(GError) error = NULL;
    static const char nul[] = HEAD ROOT "<title>a\0b</title></catalog>\n";

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      check_bad (&cases[i], NULL);

    nul_path = write_tmp ("nul.xml", nul, sizeof nul - 1);
    g_assert_null (sirkel_catalog_load_file (nul_path, &error));
    g_assert_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_MALFORMED);
    g_assert_true (g_str_has_prefix (error->message, "nul.xml line 3: "));
  }
}

static void
test_tolerated (void)
{
  /* Foreign namespaces, comments, processing instructions, xml:lang and a BOM are fine. */
  const char *xml =
    "\xEF\xBB\xBF" HEAD "<?xml-stylesheet href=\"x.css\"?>\n"
    "<catalog xmlns=\"" NS "\" xmlns:o=\"urn:other\" version=\"1\" xml:lang=\"nb\" o:x=\"y\">\n"
    "  <!-- a comment -->\n"
    "  <o:note>ignored <o:deeper/></o:note>\n"
    "  <title>  Lokal \n   tiltaksbank </title>\n"
    "  <measure id=\"a\" o:extra=\"1\">\n"
    "    <name>A<!-- c --> og <![CDATA[B & C]]></name>\n"
    "    <o:rating value=\"9\"/>\n"
    "    <description>\n      Linje en\n      fortsetter.\n\n      Avsnitt to.\n    </description>\n"
    "    <arena>school</arena><arena>school</arena>\n"
    "  </measure>\n"
    "</catalog>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  const SirkelCatalogEntry *e;

  catalog = sirkel_catalog_load_bytes (bytes, "tolerant.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sirkel_catalog_get_title (catalog), ==, "Lokal tiltaksbank");
  e = sirkel_catalog_get_entry (catalog, 0);
  g_assert_cmpstr (e->name, ==, "A og B & C");
  g_assert_cmpstr (e->description, ==, "Linje en fortsetter.\n\nAvsnitt to.");
  g_assert_cmpuint (g_strv_length (e->arenas), ==, 1);
  g_assert_true (is_unknown_rating (e));
  g_assert_cmpint (e->age_from, ==, -1);
}

static long
vm_hwm_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static void
test_too_large (void)
{
  if (g_test_subprocess ())
    {
      /* A fresh process, so that the high-water mark is this test's own. */
      g_autofree char *path = g_build_filename (sirkel_test_tmp_dir (), "huge.xml", NULL);
      g_autofree char *fifo = g_build_filename (sirkel_test_tmp_dir (), "fifo.xml", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) fifo_error = NULL;
      long before, after;
      gint64 start;
      int fd;

      /* 100 MB, sparse: a valid XML start, then nothing the disk has to hold. */
      fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (write (fd, HEAD ROOT, strlen (HEAD ROOT)), ==, (gssize) strlen (HEAD ROOT));
      g_assert_cmpint (ftruncate (fd, 100 * 1024 * 1024), ==, 0);
      close (fd);

      before = vm_hwm_kb ();
      start = g_get_monotonic_time ();
      g_assert_null (sirkel_catalog_load_file (path, &error));
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
      after = vm_hwm_kb ();
      g_assert_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_TOO_LARGE);
      g_assert_true (g_str_has_prefix (error->message, "huge.xml: "));
      g_assert_nonnull (strstr (error->message, "16 MB"));
      g_assert_cmpint (after - before, <, 64 * 1024);
      g_unlink (path);

      /* A FIFO is not read at all (it would block or never end). */
      g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
      g_assert_null (sirkel_catalog_load_file (fifo, &fifo_error));
      g_assert_error (fifo_error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_INVALID);
      g_unlink (fifo);

      /* /dev/zero neither. */
      g_clear_error (&fifo_error);
      g_assert_null (sirkel_catalog_load_file ("/dev/zero", &fifo_error));
      g_assert_error (fifo_error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_INVALID);
      return;
    }
  g_test_trap_subprocess (NULL, 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* Just over the cap, in memory: refused before parsing. */
  {
    gsize size = SIRKEL_CATALOG_MAX_BYTES + 1;
    char *data = g_malloc (size);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GError) error = NULL;

    memset (data, ' ', size);
    memcpy (data, HEAD ROOT, strlen (HEAD ROOT));
    bytes = g_bytes_new_take (data, size);
    g_assert_null (sirkel_catalog_load_bytes (bytes, "big.xml", &error));
    g_assert_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_TOO_LARGE);
  }
  /* A missing file: a GIOError naming it. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (sirkel_catalog_load_file ("/nonexistent/x.xml", &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_true (g_str_has_prefix (error->message, "x.xml: "));
  }
}

/* Measures */

static SirkelStore *
new_project (const char *name)
{
  g_autofree char *path = sirkel_test_tmp_file (name);
  g_autoptr(GError) error = NULL;
  SirkelStore *store = sirkel_store_create (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_add_measure (void)
{
  g_autoptr(SirkelCatalog) bundled = sirkel_catalog_load_bundled (NULL);
  g_autoptr(SirkelStore) store = new_project ("catalog-measure.sirkel");
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelCatalogEntry) back = NULL;
  g_autoptr(SirkelCatalogEntry) back_pf = NULL;
  g_autoptr(SirkelCatalogEntry) back_olweus = NULL;
  const SirkelCatalogEntry *pals = sirkel_catalog_find (bundled, "pals");
  const SirkelCatalogEntry *pf = sirkel_catalog_find (bundled, "psykologisk-forstehjelp");
  const SirkelCatalogEntry *olweus = sirkel_catalog_find (bundled, "olweus");
  SirkelId id = { { 0 } }, id_pf = { { 0 } }, id_olweus = { { 0 } };
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 before;
  g_autofree char *label = NULL;

  before = sirkel_store_get_last_action (store);
  g_assert_true (sirkel_catalog_add_measure (store, pals, &id, &error));
  g_assert_no_error (error);
  g_assert_false (sirkel_id_is_zero (&id));
  /* One action, undoable as a whole. */
  g_assert_cmpint (sirkel_store_get_last_action (store), ==, before + 1);
  label = sirkel_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add measure from the catalogue");
  g_assert_true (sirkel_catalog_add_measure (store, pf, &id_pf, &error));
  g_assert_true (sirkel_catalog_add_measure (store, olweus, &id_olweus, &error));
  g_assert_no_error (error);

  /* The row, read with SQLite itself from the file on disk. */
  g_assert_cmpint (sqlite3_open_v2 (sirkel_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT title, description, catalog_ref, "
                                       "evidence_scheme, evidence_level, evidence_year, "
                                       "age_from, age_to, arena, prevention_level, target_group, "
                                       "provider, status, evidence_edition, evidence_source, "
                                       "sort FROM measure WHERE id = ?1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_blob (stmt, 1, id.bytes, SIRKEL_ID_LEN, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, pals->name);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, pals->description);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "pals");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "ungsinn");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "5");
  g_assert_cmpint (sqlite3_column_int (stmt, 5), ==, 2018);
  g_assert_cmpint (sqlite3_column_int (stmt, 6), ==, 6);
  g_assert_cmpint (sqlite3_column_int (stmt, 7), ==, 16);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 8), ==, "school");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 9), ==, "universal");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 10), ==, pals->target_group);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 11), ==, pals->provider);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 12), ==, "proposed");
  g_assert_cmpint (sqlite3_column_type (stmt, 13), ==, SQLITE_NULL);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 14), ==, "ungsinn.no – PALS");
  g_assert_cmpint (sqlite3_column_int (stmt, 15), ==, 1);
  sqlite3_finalize (stmt);
  /* Unknown evidence stays unknown: NULL, not a guess. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT evidence_scheme IS NULL AND evidence_level IS "
                                       "NULL AND evidence_year IS NULL AND evidence_edition IS "
                                       "NULL AND evidence_source = '', arena, sort FROM measure "
                                       "WHERE id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_blob (stmt, 1, id_olweus.bytes, SIRKEL_ID_LEN, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "school");
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 3);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* And back to entries: the same, but for what the measure table does not hold. */
  back = sirkel_catalog_entry_from_measure (store, &id, &error);
  g_assert_no_error (error);
  {
    g_autoptr(SirkelCatalogEntry) expected = sirkel_catalog_entry_copy (pals);

    g_clear_pointer (&expected->topics, g_strfreev);
    g_clear_pointer (&expected->url, g_free);
    g_assert_true (sirkel_catalog_entry_equal (back, expected));
  }
  back_pf = sirkel_catalog_entry_from_measure (store, &id_pf, NULL);
  g_assert_cmpstr (back_pf->evidence_level, ==, "old-2");
  g_assert_cmpstr (back_pf->evidence_edition, ==, "pre-2015");
  g_assert_cmpint (back_pf->evidence_year, ==, 2013);
  back_olweus = sirkel_catalog_entry_from_measure (store, &id_olweus, NULL);
  g_assert_true (is_unknown_rating (back_olweus));

  /* Undo removes the last one; a deleted measure cannot be read back. */
  g_assert_true (sirkel_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_null (sirkel_catalog_entry_from_measure (store, &id_olweus, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND);
  sirkel_store_close (store);
}

/* The example project's measures as a catalogue: free text turned into valid keys. */
static void
test_export_measures (void)
{
  g_autoptr(SirkelStore) store = new_project ("catalog-example.sirkel");
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(SirkelCatalog) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  const SirkelCatalogEntry *pals = NULL;

  g_assert_true (sirkel_example_fill (store, &error));
  g_assert_no_error (error);
  catalog = sirkel_catalog_new_from_measures (store, "Lundfjord", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sirkel_catalog_get_n_entries (catalog), >, 3);
  for (guint i = 0; i < sirkel_catalog_get_n_entries (catalog); i++)
    {
      const SirkelCatalogEntry *e = sirkel_catalog_get_entry (catalog, i);

      if (g_str_has_prefix (e->name, "PALS"))
        pals = e;
    }
  g_assert_nonnull (pals);
  /* The example takes PALS from the bundled catalogue and keeps its id. */
  g_assert_cmpstr (pals->id, ==, "pals");
  g_assert_cmpstr (pals->evidence_scheme, ==, "ungsinn");
  g_assert_cmpstr (pals->evidence_level, ==, "5");
  g_assert_cmpstr (pals->arenas[0], ==, "school");
  xml = sirkel_catalog_to_xml (catalog, NULL);
  bytes = g_bytes_new (xml, strlen (xml));
  back = sirkel_catalog_load_bytes (bytes, "export.xml", &error);
  g_assert_no_error (error);
  assert_catalogs_equal (catalog, back);
  sirkel_store_close (store);
}

/* The user's catalogues, under the XDG_DATA_HOME that main () set. */
static void
test_import_list (void)
{
  const char *local =
    HEAD ROOT "  <title>Lokale tiltak</title>\n"
    "  <measure id=\"pals\"><name>Ikke denne</name></measure>\n"
    "  <measure id=\"leksehjelp\"><name>Leksehjelp på biblioteket</name>\n"
    "    <arena>leisure</arena><evidence status=\"unknown\"/></measure>\n"
    "</catalog>\n";
  g_autofree char *source = write_tmp ("Lokal tiltaksbank.xml", local, -1);
  g_autofree char *bad = write_tmp ("bad-import.xml", HEAD "<catalog/>", -1);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "sirkel", "catalogs", NULL);
  g_autofree char *stored = g_build_filename (folder, "Lokal-tiltaksbank.xml", NULL);
  g_autofree char *broken = g_build_filename (folder, "broken.xml", NULL);
  g_autoptr(SirkelCatalog) imported = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  SirkelCatalog *user;

  g_assert_true (g_str_has_prefix (folder, sirkel_test_tmp_dir ()));
  /* Nothing imported yet: the bundled catalogue alone. */
  all = sirkel_catalog_list_all (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_clear_pointer (&all, g_ptr_array_unref);

  /* A bad file is not imported. */
  g_assert_null (sirkel_catalog_import_file (bad, &error));
  g_assert_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  imported = sirkel_catalog_import_file (source, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sirkel_catalog_get_n_entries (imported), ==, 2);
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
  /* A broken file in the folder is skipped, not fatal. */
  g_assert_true (g_file_set_contents (broken, "<catalog", -1, NULL));

  all = sirkel_catalog_list_all (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_nonnull (sirkel_catalog_find (all->pdata[0], "pals"));
  user = all->pdata[1];
  g_assert_cmpstr (sirkel_catalog_get_title (user), ==, "Lokale tiltak");
  /* "pals" is the bundled one's; only the new entry is listed. */
  g_assert_cmpuint (sirkel_catalog_get_n_entries (user), ==, 1);
  g_assert_cmpstr (sirkel_catalog_get_entry (user, 0)->id, ==, "leksehjelp");
  g_assert_cmpstr (sirkel_catalog_find (all->pdata[0], "pals")->name, !=, "Ikke denne");

  /* Importing again replaces the earlier copy. */
  g_clear_pointer (&imported, sirkel_catalog_unref);
  imported = sirkel_catalog_import_file (source, &error);
  g_assert_no_error (error);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = sirkel_catalog_list_all (&error);
  g_assert_cmpuint (all->len, ==, 2);
  g_unlink (broken);
}

static void
test_keys (void)
{
  const char * const *arenas = sirkel_catalog_arena_keys ();
  const char * const *topics = sirkel_catalog_topic_keys ();

  g_assert_cmpuint (g_strv_length ((char **) arenas), ==, 6);
  for (guint i = 0; arenas[i] != NULL; i++)
    g_assert_nonnull (sirkel_catalog_arena_label (arenas[i]));
  for (guint i = 0; topics[i] != NULL; i++)
    g_assert_nonnull (sirkel_catalog_topic_label (topics[i]));
  g_assert_null (sirkel_catalog_arena_label ("skole"));
  g_assert_null (sirkel_catalog_topic_label (NULL));
  g_assert_cmpstr (sirkel_catalog_prevention_label ("indicated"), ==, "Indicated");
  g_assert_null (sirkel_catalog_level_label ("ungsinn", "6"));
  g_assert_null (sirkel_catalog_level_label ("other", "5"));
  g_assert_nonnull (sirkel_catalog_level_label ("ungsinn", "old-4"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Before anything asks GLib for the user data folder, which it then caches. */
  data_home = g_build_filename (sirkel_test_tmp_dir (), "xdg-data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_add_func ("/catalog/bundled", test_bundled);
  g_test_add_func ("/catalog/round-trip", test_round_trip);
  g_test_add_func ("/catalog/build-and-write", test_build_and_write);
  g_test_add_func ("/catalog/hostile-entities", test_hostile_entities);
  g_test_add_func ("/catalog/broken", test_broken);
  g_test_add_func ("/catalog/tolerated", test_tolerated);
  g_test_add_func ("/catalog/too-large", test_too_large);
  g_test_add_func ("/catalog/add-measure", test_add_measure);
  g_test_add_func ("/catalog/export-measures", test_export_measures);
  g_test_add_func ("/catalog/import-list", test_import_list);
  g_test_add_func ("/catalog/keys", test_keys);
  status = g_test_run ();
  sirkel_test_cleanup ();
  return status;
}
