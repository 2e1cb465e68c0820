/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-documents: how long Sirkel takes to build and write a 60-page oversiktsdokument with
 * 40 charts, beside LibreOffice converting an equivalent document to PDF.
 *
 * The document is the composer's, filled from the example project: ten chapters, each with
 * running text, an indicator table, four trend charts of the project's indicators with
 * captions and source lines, an assessment and a list. Sirkel's time covers everything from
 * the open store to the renamed PDF: reading the chart data, laying out, drawing, embedding
 * the fonts, the accessibility update and the durable write; it is the best of a few runs.
 *
 * The same text, tables and charts (as PNG files at twice the resolution) are then written as
 * HTML and converted with `soffice --headless --convert-to pdf` (Writer's HTML import), with
 * a private profile that a first, untimed run creates; that time is the best of two runs.
 * The goal is a ratio of at least 10 and under 1 s for Sirkel. Without soffice the
 * comparison is skipped and the program says why.
 *
 *   bench-documents [RUNS]      (default 3)
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sirkel-chart-store.h"
#include "sirkel-example-file.h"
#include "sirkel-report.h"

#define N_CHAPTERS 10
#define CHARTS_PER_CHAPTER 4

static const char *sentences[] = {
  "Andelen barn som bor i husholdninger med vedvarende lavinntekt er høyere i kommunen enn i "
  "landet.",
  "Forskjellen har økt det siste tiåret, og den er statistisk sikker.",
  "Skolene og helsestasjonen har et godt samarbeid, som er en viktig ressurs i arbeidet med barn "
  "og unge.",
  "Flere unge mellom 20 og 29 år står utenfor både arbeid og utdanning enn i landet.",
  "Ungdommene er mer fornøyd med lokalmiljøet enn ungdom i landet, og flere er med i en "
  "fritidsorganisasjon.",
  "Med en økende andel eldre vil fallskader bli en større utfordring i årene som kommer.",
  "Andelen ungdommer som er lite fysisk aktive er klart høyere enn i landet, og andelen har økt.",
  "Tallene er gjennomsnitt over tre år, og verdier for små grupper er skjult for å verne "
  "personvernet.",
  "Kommunen har stort handlingsrom gjennom skole, fritid og planlegging av nærmiljøet.",
  "Sosiale helseforskjeller gir tapte leveår og dårligere livskvalitet, og de forsterkes over "
  "generasjoner.",
};

/* A paragraph of @n sentences starting at @seed; the same text every run. */
static char *
paragraph (guint seed,
           guint n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, sentences[(seed * 7 + i * 3) % G_N_ELEMENTS (sentences)]);
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  SirkelReport *report;
  GString      *html;
  GPtrArray    *charts;   /* SirkelChart, in figure order, for the PNGs */
} Build;

static void
heading (Build      *b,
         guint       level,
         const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  sirkel_report_add_heading (b->report, level, text);
  g_string_append_printf (b->html, "<h%u>%s</h%u>\n", level, escaped, level);
}

static void
text (Build *b,
      guint  seed,
      guint  n)
{
  g_autofree char *p = paragraph (seed, n);

  sirkel_report_add_paragraph (b->report, p);
  g_string_append_printf (b->html, "<p>%s</p>\n", p);
}

static Build
build_document (SirkelStore  *store,
                GStrv         keys)
{
  Build b = { sirkel_report_new ("nb", NULL), g_string_new (NULL),
              g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_chart_unref) };
  g_autoptr(SirkelChartStyle) style = sirkel_chart_style_new ();
  const char *headers[] = { "Indikator", "Periode", "Kommunen", "Fylket", "Landet", "Vurdering",
                            NULL };
  const char *facts[] = { "Kommune: Lundfjord (fiktiv)", "Periode: 2024–2027", NULL };
  guint n_keys = g_strv_length (keys), figure = 0;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 3, 2026);
  sirkel_chart_style_set_language (style, "nb");
  sirkel_report_set_metadata (b.report, "Oversikt over helsetilstand og påvirkningsfaktorer",
                              "Lundfjord kommune", "Benchmark", "folkehelse");
  sirkel_report_set_running_header (b.report, "Oversiktsdokument 2024–2027", "Lundfjord kommune");
  sirkel_report_add_title_page (b.report, "Oversiktsdokument",
                                "Oversikt over helsetilstand og påvirkningsfaktorer",
                                "Lundfjord kommune · 2024–2027", facts, NULL);
  sirkel_report_add_toc (b.report);
  g_string_append (b.html, "<!DOCTYPE html>\n<html lang=\"nb\"><head><meta "
                           "charset=\"utf-8\"><title>Oversikt over helsetilstand og "
                           "påvirkningsfaktorer</title></head><body>\n<h1>Oversikt over "
                           "helsetilstand og påvirkningsfaktorer</h1>\n");

  for (guint c = 0; c < N_CHAPTERS; c++)
    {
      g_autofree char *title = g_strdup_printf ("Kapittel %u: oppvekst, levekår og helse", c + 1);
      SirkelReportTable *table;

      heading (&b, 1, title);
      for (guint i = 0; i < 5; i++)
        text (&b, c * 13 + i, 5);
      heading (&b, 2, "Indikatorer");
      table = sirkel_report_add_table (b.report, "Indikatorer for kapitlet", 6, headers,
                                       (const double[]) { 3.4, 1.2, 1.2, 1, 1, 2 });
      g_string_append (b.html, "<table border=\"1\"><tr><th>Indikator</th><th>Periode</th>"
                               "<th>Kommunen</th><th>Fylket</th><th>Landet</th><th>Vurdering</th>"
                               "</tr>\n");
      for (guint r = 0; r < 10; r++)
        {
          const char *name = keys[(c * 10 + r) % n_keys];

          sirkel_report_table_add_row (table, (const char *[]) {
            name, "2022–2024", "16,3", "12,3", "11,5", "Signifikant dårligere", NULL });
          g_string_append_printf (b.html, "<tr><td>%s</td><td>2022–2024</td><td>16,3</td>"
                                  "<td>12,3</td><td>11,5</td><td>Signifikant dårligere</td></tr>\n",
                                  name);
        }
      g_string_append (b.html, "</table>\n");
      heading (&b, 2, "Utvikling over tid");
      for (guint f = 0; f < CHARTS_PER_CHAPTER; f++)
        {
          const char *key = keys[(c * CHARTS_PER_CHAPTER + f) % n_keys];
          g_autofree char *name = g_strdup_printf ("trend:%s", key);
          g_autofree char *caption = g_strdup_printf ("Utviklingen for %s i kommunen, fylket og "
                                                      "landet", key);
          g_autoptr(GError) error = NULL;
          SirkelChart *chart = sirkel_chart_new_from_store (store, name, style, &today, &error);

          if (chart == NULL)
            g_error ("%s: %s", name, error->message);
          sirkel_report_add_figure (b.report, chart, caption,
                                    "Kilde: Generert eksempeldata. Importert 15.01.2026.");
          g_ptr_array_add (b.charts, chart);
          figure++;
          g_string_append_printf (b.html, "<p><img src=\"figur-%u.png\" style=\"width:16cm\" "
                                  "alt=\"\"><br><b>Figur %u:</b> %s<br><small>Kilde: Generert "
                                  "eksempeldata. Importert "
                                  "15.01.2026.</small></p>\n", figure, figure,
                                  caption);
          text (&b, c * 5 + f, 3);
        }
      heading (&b, 2, "Vurdering");
      for (guint i = 0; i < 8; i++)
        text (&b, c * 11 + i + 3, 6);
      heading (&b, 3, "Utfordringer og ressurser");
      {
        g_autofree char *a = paragraph (c, 1);
        g_autofree char *d = paragraph (c + 3, 1);
        const char *items[] = { a, d, "Sterkt lag- og foreningsliv", NULL };

        sirkel_report_add_list (b.report, items);
        g_string_append_printf (b.html, "<ul><li>%s</li><li>%s</li><li>%s</li></ul>\n", items[0],
                                items[1], items[2]);
      }
      for (guint i = 0; i < 7; i++)
        text (&b, c * 17 + i + 1, 5);
    }
  g_string_append (b.html, "</body></html>\n");
  return b;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The charts as PNG at twice the document's resolution, for the HTML. */
static void
write_pngs (Build      *b,
            const char *folder)
{
  for (guint i = 0; i < b->charts->len; i++)
    {
      SirkelChart *chart = g_ptr_array_index (b->charts, i);
      g_autofree char *name = g_strdup_printf ("figur-%u.png", i + 1);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      double width = 455, height = sirkel_chart_get_preferred_height (chart, width);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 2 * width,
                                                             2 * height);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 2, 2);
      sirkel_chart_render (chart, cr, width, height);
      cairo_destroy (cr);
      cairo_surface_write_to_png (surface, path);
      cairo_surface_destroy (surface);
    }
}

static double
run_soffice (const char *soffice,
             const char *folder,
             const char *profile)
{
  g_autofree char *html = g_build_filename (folder, "dokument.html", NULL);
  g_autofree char *out = g_build_filename (folder, "soffice", NULL);
  g_autofree char *env = g_strdup_printf ("-env:UserInstallation=file://%s", profile);
  const char *argv[] = { soffice, env, "--headless", "--norestore", "--infilter=HTML (StarWriter)",
                         "--convert-to", "pdf", "--outdir", out, html, NULL };
  g_autoptr(GError) error = NULL;
  double start = now ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status,
                     &error) || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("soffice failed: %s\n", error->message);
      return -1;
    }
  return now () - start;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *out = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *pages;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out,
                     NULL, NULL, NULL) || (pages = strstr (out, "\nPages:")) == NULL)
    return 0;
  return (guint) g_ascii_strtoull (pages + 7 + strspn (pages + 7, " "), NULL, 10);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("bench-documents-XXXXXX", &error);
  g_autofree char *project = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(SirkelStore) store = NULL;
  g_auto(GStrv) keys = NULL;
  guint runs = argc > 1 ? (guint) MAX (1, atoi (argv[1])) : 3, pages = 0, figures = 0;
  double best = G_MAXDOUBLE, build_time = 0, soffice_best = G_MAXDOUBLE;

  setlocale (LC_ALL, "");
  /* Run from the build tree, the catalogues are in build/po: the document is then in bokmål. */
  {
    g_autofree char *here = g_path_get_dirname (argv[0]);
    g_autofree char *po = g_build_filename (here, "..", "..", "po", NULL);

    if (g_file_test (po, G_FILE_TEST_IS_DIR))
      bindtextdomain (GETTEXT_PACKAGE, po);
  }
  g_assert_no_error (error);
  project = g_build_filename (folder, "eksempel.sirkel", NULL);
  pdf = g_build_filename (folder, "sirkel.pdf", NULL);
  if (!sirkel_example_write (project, &error) ||
      (store = sirkel_store_open (project, SIRKEL_STORE_OPEN_READ_ONLY, &error)) == NULL)
    g_error ("%s", error->message);
  {
    g_auto(GStrv) names = sirkel_chart_list_names (store, &error);
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; names != NULL && names[i] != NULL; i++)
      if (g_str_has_prefix (names[i], "trend:"))
        g_strv_builder_add (builder, names[i] + 6);
    keys = g_strv_builder_end (builder);
  }

  for (guint run = 0; run < runs; run++)
    {
      double start = now (), built;
      Build b = build_document (store, keys);

      built = now ();
      if (!sirkel_report_write_pdf (b.report, pdf, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      if (now () - start < best)
        {
          best = now () - start;
          build_time = built - start;
        }
      pages = sirkel_report_get_n_pages (b.report);
      figures = b.charts->len;
      if (run == runs - 1)
        {
          g_autofree char *html = g_build_filename (folder, "dokument.html", NULL);

          g_file_set_contents (html, b.html->str, b.html->len, NULL);
          write_pngs (&b, folder);
        }
      g_object_unref (b.report);
      g_string_free (b.html, TRUE);
      g_ptr_array_unref (b.charts);
    }

  g_print ("Sirkel: %u pages, %u charts, %.3f s (of which %.3f s building the document), "
           "best of %u\n", pages, figures, best, build_time, runs);
  if (soffice == NULL)
    {
      g_print ("soffice: comparison skipped: soffice was not found in PATH "
               "(apt-get install --no-install-recommends libreoffice-writer-nogui)\n");
      g_print ("Goal: under 1 s: %s\n", best < 1 ? "met" : "missed");
    }
  else
    {
      g_autofree char *profile = g_build_filename (folder, "profile", NULL);
      g_autofree char *converted = g_build_filename (folder, "soffice", "dokument.pdf", NULL);

      /* The first run creates the profile; it is not timed. */
      if (run_soffice (soffice, folder, profile) < 0)
        return 1;
      for (guint i = 0; i < 2; i++)
        soffice_best = MIN (soffice_best, run_soffice (soffice, folder, profile));
      g_print ("soffice --headless --convert-to pdf: %u pages, %.3f s, best of 2 after a warm-up "
               "run\n", pdf_pages (converted), soffice_best);
      g_print ("Ratio: Sirkel is %.1f times faster\n", soffice_best / best);
      g_print ("Goal: at least 10 times faster and under 1 s: %s\n",
               soffice_best / best >= 10 && best < 1 ? "met" : "missed");
    }
  g_print ("Files kept in %s\n", folder);
  return 0;
}
