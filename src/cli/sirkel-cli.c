/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sirkel-cli: the core from the command line, for scripts, county overviews and tests
 * (DESIGN.md § 7). Output for people goes to stdout; errors go to stderr as one sentence that
 * names the file, with exit status 1 (2 for wrong usage).
 */
#define G_LOG_DOMAIN "sirkel-cli"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-compare.h"
#include "sirkel-indicator-summary.h"
#include "sirkel-document.h"
#include "sirkel-example-file.h"
#include "sirkel-gaps.h"
#include "sirkel-history.h"
#include "sirkel-import.h"
#include "sirkel-next-period.h"
#include "sirkel-store-private.h"

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *args;
  const char  *summary;
} Command;

static int
fail (GError *error)
{
  g_printerr ("sirkel-cli: %s\n", error->message);
  g_error_free (error);
  return 1;
}

static int
usage_error (const char *message)
{
  g_printerr ("sirkel-cli: %s\n", message);
  g_printerr (_("Run “sirkel-cli help” for the list of commands.\n"));
  return 2;
}

/* Parses the options of one command; leaves the positional arguments in argv. */
static gboolean
parse_options (int            *argc,
               char         ***argv,
               GOptionEntry   *entries,
               const char     *parameter)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      usage_error (error->message);
      return FALSE;
    }
  return TRUE;
}

/* "2024-2027" or "2024–2027"; digits only, whatever the locale. */
static gboolean
parse_period (const char *text,
              int        *from,
              int        *to)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[-–]", text, 0, 0);
  guint64 a, b;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1900, 2200, &a, NULL) ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1900, 2200, &b, NULL))
    return FALSE;
  *from = (int) a;
  *to = (int) b;
  return TRUE;
}

static int
command_new (int    argc,
             char **argv)
{
  g_autofree char *kommune = NULL;
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;
  g_autoptr(SirkelDocument) document = NULL;
  GError *error = NULL;
  int from = 0, to = 0;
  GOptionEntry entries[] = {
    { "kommune", 0, 0, G_OPTION_ARG_STRING, &kommune, N_("Municipality number (four digits)"), "CODE" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("Election period, such as 2024-2027"), "FROM-TO" },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Project title"), "NAME" },
    { NULL }
  };

  if (!parse_options (&argc, &argv, entries, "FILE"))
    return 2;
  if (argc != 2 || kommune == NULL || period == NULL)
    return usage_error (_("usage: sirkel-cli new FILE --kommune CODE --period FROM-TO [--name NAME]"));
  if (!parse_period (period, &from, &to))
    return usage_error (_("The period must be written as FROM-TO, such as 2024-2027."));
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (argv[1]);

      g_printerr (_("sirkel-cli: “%s” already exists; choose another name.\n"), display);
      return 1;
    }
  document = sirkel_document_new (kommune, NULL, from, to, name, NULL, &error);
  if (document == NULL || !sirkel_document_save_as (document, argv[1], &error))
    return fail (error);
  sirkel_document_close (document, FALSE);
  g_print (_("Created %s for municipality %s, %d–%d.\n"), argv[1], kommune, from, to);
  return 0;
}

static int
command_example (int    argc,
                 char **argv)
{
  GError *error = NULL;

  if (argc != 2)
    return usage_error (_("usage: sirkel-cli example FILE"));
  if (!sirkel_example_write (argv[1], &error))
    return fail (error);
  g_print (_("Wrote the example project (a fictional municipality with generated data) to %s.\n"),
           argv[1]);
  return 0;
}

static SirkelStore *
open_for_reading (const char  *path,
                  GError     **error)
{
  return sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, error);
}

static char *
query_text (SirkelStore *store,
            const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, sql, &stmt, NULL) ||
      !sirkel_store_step_row (store, stmt, &has_row, NULL) || !has_row ||
      sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return NULL;
  return g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
}

static gint64
query_count (SirkelStore *store,
             const char  *sql)
{
  g_autofree char *text = query_text (store, sql);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0;
}

static int
command_info (int    argc,
              char **argv)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autofree char *title = NULL;
  g_autofree char *kommune = NULL;
  g_autofree char *fylke = NULL;
  g_autofree char *period = NULL;
  g_autofree char *example = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *revision = NULL;
  GError *error = NULL;
  SirkelId id;
  static const struct { const char *label; const char *sql; } counts[] = {
    { N_("Indicators"), "SELECT count(*) FROM indicator WHERE deleted_at IS NULL" },
    { N_("Observations"), "SELECT count(*) FROM observation o JOIN obs_series s ON s.key = o.series "
                          "JOIN data_import i ON i.id = s.import_id WHERE i.deleted_at IS NULL" },
    { N_("Imports"), "SELECT count(*) FROM data_import WHERE deleted_at IS NULL" },
    { N_("Assessments"), "SELECT count(*) FROM assessment WHERE deleted_at IS NULL" },
    { N_("Challenges"), "SELECT count(*) FROM finding WHERE deleted_at IS NULL AND kind = 'challenge'" },
    { N_("Resources"), "SELECT count(*) FROM finding WHERE deleted_at IS NULL AND kind = 'resource'" },
    { N_("Goals"), "SELECT count(*) FROM goal WHERE deleted_at IS NULL" },
    { N_("Measures"), "SELECT count(*) FROM measure WHERE deleted_at IS NULL" },
    { N_("Evaluations"), "SELECT count(*) FROM evaluation WHERE deleted_at IS NULL" },
    { N_("Lessons"), "SELECT count(*) FROM lesson WHERE deleted_at IS NULL" },
    { N_("Year-wheel events"), "SELECT count(*) FROM yearwheel_event WHERE deleted_at IS NULL" },
    { N_("Changes in history"), "SELECT count(*) FROM action" },
    { N_("Published revisions"), "SELECT count(*) FROM revision" },
  };

  if (argc != 2)
    return usage_error (_("usage: sirkel-cli info FILE"));
  store = open_for_reading (argv[1], &error);
  if (store == NULL)
    return fail (error);

  title = query_text (store, "SELECT title FROM project WHERE deleted_at IS NULL");
  kommune = query_text (store, "SELECT kommune || ' ' || kommune_name FROM project WHERE deleted_at IS NULL");
  fylke = query_text (store, "SELECT fylke || ' ' || fylke_name FROM project WHERE deleted_at IS NULL");
  period = query_text (store, "SELECT period_from || '–' || period_to FROM project WHERE deleted_at IS NULL");
  example = query_text (store, "SELECT is_example FROM project WHERE deleted_at IS NULL");
  saved = query_text (store, "SELECT saved_at || ' (' || saved_by || ')' FROM revision "
                             "WHERE revision_uuid = (SELECT revision_uuid FROM doc_meta)");
  if (sirkel_store_get_revision (store, &id))
    revision = sirkel_id_to_string (&id);

  g_print ("%-22s %s\n", _("Project:"), title != NULL ? title : "");
  g_print ("%-22s %s\n", _("Municipality:"), kommune != NULL ? g_strstrip (kommune) : "");
  g_print ("%-22s %s\n", _("County:"), fylke != NULL ? g_strstrip (fylke) : "");
  g_print ("%-22s %s\n", _("Period:"), period != NULL ? period : "");
  if (g_strcmp0 (example, "1") == 0)
    g_print ("%-22s %s\n", _("Example data:"), _("yes — a fictional municipality with generated statistics"));
  g_print ("%-22s %d\n", _("File version:"), sirkel_store_get_file_version (store));
  g_print ("%-22s %s\n", _("Revision:"), revision != NULL ? revision : _("never saved"));
  if (saved != NULL)
    g_print ("%-22s %s\n", _("Last saved:"), saved);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *label = g_strconcat (_(counts[i].label), ":", NULL);

      g_print ("%-22s %" G_GINT64_FORMAT "\n", label, query_count (store, counts[i].sql));
    }
  return 0;
}

static int
command_check (int    argc,
               char **argv)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) gaps = NULL;
  g_autofree char *display = NULL;
  GError *error = NULL;

  if (argc != 2)
    return usage_error (_("usage: sirkel-cli check FILE"));
  display = g_filename_display_name (argv[1]);
  store = open_for_reading (argv[1], &error);
  if (store == NULL)
    return fail (error);
  if (!sirkel_store_integrity_check (store, problems, &error))
    return fail (error);
  if (problems->len > 0)
    {
      g_printerr (_("sirkel-cli: “%s” failed the integrity check:\n"), display);
      for (guint i = 0; i < problems->len; i++)
        g_printerr ("  %s\n", (const char *) g_ptr_array_index (problems, i));
      return 1;
    }
  g_print (_("%s: integrity, schema and references are in order.\n"), display);

  gaps = sirkel_gaps_find (store, &error);
  if (gaps == NULL)
    return fail (error);
  if (gaps->len == 0)
    g_print (_("The chain from indicators to evaluation has no gaps.\n"));
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u gap in the plan:\n", "%u gaps in the plan:\n", gaps->len),
             gaps->len);
  for (guint i = 0; i < gaps->len; i++)
    {
      SirkelGap *gap = g_ptr_array_index (gaps, i);

      g_print ("  - %s\n", gap->message);
    }
  return 0;
}

static char *
shorten (const char *text)
{
  g_autofree char *flat = NULL;

  if (text == NULL)
    return g_strdup ("∅");
  flat = g_strdelimit (g_strdup (text), "\n\r\t", ' ');
  if (g_utf8_strlen (flat, -1) <= 60)
    return g_steal_pointer (&flat);
  return g_strconcat (g_utf8_substring (flat, 0, 57), "…", NULL);
}

static int
command_history (int    argc,
                 char **argv)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GError *error = NULL;
  int limit = 20;
  gboolean changes = FALSE;
  GOptionEntry entries_spec[] = {
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("Show at most N actions (0 for all)"), "N" },
    { "changes", 'c', 0, G_OPTION_ARG_NONE, &changes, N_("List the changed fields of each action"), NULL },
    { NULL }
  };

  if (!parse_options (&argc, &argv, entries_spec, "FILE"))
    return 2;
  if (argc != 2 || limit < 0)
    return usage_error (_("usage: sirkel-cli history FILE [--limit N] [--changes]"));
  store = open_for_reading (argv[1], &error);
  if (store == NULL)
    return fail (error);
  entries = sirkel_history_list (store, (guint) limit, &error);
  if (entries == NULL)
    return fail (error);
  for (guint i = 0; i < entries->len; i++)
    {
      SirkelHistoryEntry *entry = g_ptr_array_index (entries, i);
      const char *kind = g_str_equal (entry->kind, "undo") ? _("Undo: ")
                         : g_str_equal (entry->kind, "redo") ? _("Redo: ") : "";

      g_print ("%s  %-20s %s%s (%u)\n", entry->at, entry->author, kind, entry->label, entry->changes->len);
      for (guint j = 0; changes && j < entry->changes->len; j++)
        {
          SirkelHistoryChange *change = g_ptr_array_index (entry->changes, j);
          g_autofree char *old_text = shorten (change->old_text);
          g_autofree char *new_text = shorten (change->new_text);

          if (change->field == NULL)
            g_print ("      + %s %s\n", change->entity, new_text);
          else
            g_print ("      %s.%s: %s → %s\n", change->entity, change->field, old_text, new_text);
        }
    }
  return 0;
}


/* Reads @file and applies it to @store. When the project has indicators of measures the
 * read left out, the file is read again with all measures, as the window's import queue
 * does. Returns: (transfer full) (nullable): the table applied */
static SirkelImportTable *
import_file (SirkelStore          *store,
             GFile                *file,
             const char           *format,
             const char           *encoding,
             SirkelImportFlags     flags,
             SirkelImportChanges **changes,
             GError              **error)
{
  while (TRUE)
    {
      g_autoptr(SirkelImportTable) table = NULL;
      g_autoptr(GError) local = NULL;

      table = sirkel_import_read_file (file, format, encoding, flags, NULL, error);
      if (table == NULL)
        return NULL;
      if (sirkel_import_apply (store, table, NULL, changes, &local))
        return g_steal_pointer (&table);
      if (!g_error_matches (local, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_MEASURES) ||
          (flags & SIRKEL_IMPORT_ALL_MEASURES) != 0)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      flags |= SIRKEL_IMPORT_ALL_MEASURES;
    }
}

static int
command_import (int    argc,
                char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *encoding = NULL;
  g_autoptr(SirkelDocument) document = NULL;
  gboolean all_measures = FALSE;
  GError *error = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("auto, fhi-csv, jsonstat, px, ssb-csv, udir or csv"), "FORMAT" },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding,
      N_("auto, UTF-8, UTF-16LE, ISO-8859-1 or WINDOWS-1252"), "ENCODING" },
    { "all-measures", 'a', 0, G_OPTION_ARG_NONE, &all_measures,
      N_("make every measure of an FHI table an indicator, not only the one it shows"), NULL },
    { NULL }
  };

  if (!parse_options (&argc, &argv, entries, "FILE DATAFILE…"))
    return 2;
  if (argc < 3)
    return usage_error (_("usage: sirkel-cli import FILE DATAFILE… [--format F] [--encoding E] "
                          "[--all-measures]"));
  if (format != NULL && !g_str_equal (format, "auto") && !g_strv_contains (sirkel_import_formats (), format))
    return usage_error (_("The format must be auto, fhi-csv, jsonstat, px, ssb-csv, udir or csv."));

  document = sirkel_document_open (argv[1], SIRKEL_DOCUMENT_OPEN_DEFAULT, NULL, &error);
  if (document == NULL)
    return fail (error);
  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(SirkelImportTable) table = NULL;
      g_autoptr(SirkelImportChanges) changes = NULL;
      g_autofree char *keys = NULL;
      g_autofree char *note = NULL;

      table = import_file (sirkel_document_get_store (document), file, format, encoding,
                           all_measures ? SIRKEL_IMPORT_ALL_MEASURES : SIRKEL_IMPORT_FLAGS_NONE,
                           &changes, &error);
      if (table == NULL)
        {
          /* Nothing is published: the project file is as it was. */
          sirkel_document_close (document, TRUE);
          return fail (error);
        }
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u cell (%s, %s, %s). %s\n",
                            "%s: %u cells (%s, %s, %s). %s\n", table->observations->len),
               table->file_name, table->observations->len, table->format, table->encoding,
               *table->source != '\0' ? table->source : "-", changes->summary);
      for (guint w = 0; w < table->warnings->len; w++)
        g_print (_("  warning: %s\n"), (const char *) g_ptr_array_index (table->warnings, w));
      keys = sirkel_import_table_dup_other_measures (table);
      note = sirkel_import_describe_other_measures (keys);
      if (note != NULL)
        g_print (_("  note: %s\n"), note);
    }
  if (!sirkel_document_save (document, FALSE, &error))
    {
      sirkel_document_close (document, TRUE);
      return fail (error);
    }
  sirkel_document_close (document, FALSE);
  return 0;
}

/* The shortest plain decimal that reads back as the same double, with '.' whatever the
 * locale: 26700, 0.95, 1234.5 (no exponents for the magnitudes statistics have). */
static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  if (fabs (value) >= 1e15 || (value != 0 && fabs (value) < 1e-9))
    return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
  for (int decimals = 0; decimals <= 17; decimals++)
    {
      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  if (g_str_equal (buf, "-0"))
    return g_strdup ("0");
  return g_strdup (buf);
}

/* CSV text cell: quoted when needed, and neutralised against formula injection (CWE-1236). */
static void
append_text_cell (GString    *line,
                  const char *text)
{
  gboolean formula = text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                     text[0] == '\t' || text[0] == '\r';
  gboolean quote = formula || strpbrk (text, ",\"\n\r") != NULL;

  if (!quote)
    {
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  if (formula)
    g_string_append_c (line, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static int
command_observations (int    argc,
                      char **argv)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *indicator = NULL;
  gboolean csv = FALSE, has_row = TRUE;
  GError *error = NULL;
  GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV (the only output form)"), NULL },
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &indicator, N_("Only this indicator (its key)"), "KEY" },
    { NULL }
  };

  if (!parse_options (&argc, &argv, entries, "FILE"))
    return 2;
  if (argc != 2 || !csv)
    return usage_error (_("usage: sirkel-cli observations FILE --csv [--indicator KEY]"));
  store = open_for_reading (argv[1], &error);
  if (store == NULL)
    return fail (error);
  if (!sirkel_store_prepare (store,
                             "SELECT ind.key, s.geo, o.period_from, o.period_to, s.sex, s.age_lo, s.age_hi, "
                             "o.value, o.flag FROM observation o JOIN obs_series s ON s.key = o.series "
                             "JOIN data_import i ON i.id = s.import_id JOIN indicator ind ON ind.id = s.indicator_id "
                             "WHERE i.deleted_at IS NULL AND ind.deleted_at IS NULL AND (?1 IS NULL OR ind.key = ?1) "
                             "ORDER BY ind.sort, ind.key, s.geo, s.sex, s.age_lo, s.age_hi, s.dims, "
                             "o.period_from, o.period_to, o.period_part", &stmt, &error) ||
      !sirkel_store_check (store, indicator != NULL ? sqlite3_bind_text (stmt, 1, indicator, -1, SQLITE_STATIC)
                                                    : sqlite3_bind_null (stmt, 1), &error))
    return fail (error);

  g_print ("indicator,geo,period_from,period_to,sex,age,value,flag\n");
  while (TRUE)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      if (!sirkel_store_step_row (store, stmt, &has_row, &error))
        return fail (error);
      if (!has_row)
        break;
      append_text_cell (line, (const char *) sqlite3_column_text (stmt, 0));
      g_string_append_c (line, ',');
      append_text_cell (line, (const char *) sqlite3_column_text (stmt, 1));
      g_string_append_printf (line, ",%d,%d,%d,%d_%d,", sqlite3_column_int (stmt, 2),
                              sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4),
                              sqlite3_column_int (stmt, 5), sqlite3_column_int (stmt, 6));
      if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        {
          g_autofree char *number = format_number (sqlite3_column_double (stmt, 7));

          g_string_append (line, number);
        }
      g_string_append_c (line, ',');
      append_text_cell (line, (const char *) sqlite3_column_text (stmt, 8));
      g_print ("%s\n", line->str);
    }
  return 0;
}

static int
command_indicators (int    argc,
                    char **argv)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  gboolean csv = FALSE;
  guint suggested = 0;
  GError *error = NULL;
  GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV"), NULL },
    { NULL }
  };

  if (!parse_options (&argc, &argv, entries, "FILE"))
    return 2;
  if (argc != 2)
    return usage_error (_("usage: sirkel-cli indicators FILE [--csv]"));
  store = open_for_reading (argv[1], &error);
  if (store == NULL)
    return fail (error);
  summaries = sirkel_indicator_summaries (store, &error);
  if (summaries == NULL)
    return fail (error);
  if (csv)
    g_print ("key,title,unit,period,value,landet,fylke,vs_landet,vs_fylke,trend,suggest\n");
  for (guint i = 0; i < summaries->len; i++)
    {
      const SirkelIndicatorSummary *s = g_ptr_array_index (summaries, i);

      suggested += s->worse_and_worsening;
      if (csv)
        {
          g_autoptr(GString) line = g_string_new (NULL);
          g_autofree char *value = isnan (s->landet.value) ? g_strdup ("") : format_number (s->landet.value);
          g_autofree char *ref = isnan (s->landet.reference) ? g_strdup ("") : format_number (s->landet.reference);
          g_autofree char *ref_f = isnan (s->fylke.reference) ? g_strdup ("") : format_number (s->fylke.reference);
          g_autofree char *period = s->landet.klass == SIRKEL_COMPARISON_NO_DATA ? g_strdup ("")
                                    : g_strdup_printf ("%d_%d", s->landet.period_from, s->landet.period_to);

          append_text_cell (line, s->key);
          g_string_append_c (line, ',');
          append_text_cell (line, s->title);
          g_string_append_c (line, ',');
          append_text_cell (line, s->unit);
          g_string_append_printf (line, ",%s,%s,%s,%s,%s,%s,%s,%s", period, value, ref, ref_f,
                                  sirkel_comparison_class_to_key (s->landet.klass),
                                  sirkel_comparison_class_to_key (s->fylke.klass),
                                  sirkel_trend_to_key (s->trend), s->worse_and_worsening ? "yes" : "");
          g_print ("%s\n", line->str);
        }
      else
        {
          g_autofree char *value = isnan (s->landet.value) ? g_strdup ("–")
                                   : g_strdup_printf ("%.*f", s->decimals, s->landet.value);

          g_print ("%s %-40.40s %10s  %-22s %s\n", s->worse_and_worsening ? "!" : " ",
                   s->title != NULL ? s->title : "", value,
                   sirkel_comparison_class_to_label (s->landet.klass), sirkel_trend_to_key (s->trend));
        }
    }
  if (!csv && suggested > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "! %u indicator is significantly worse than landet and worsening.\n",
                          "! %u indicators are significantly worse than landet and worsening.\n",
                          suggested), suggested);
  return 0;
}

static int command_help (int argc, char **argv);
int sirkel_cli_chart (int argc, char **argv);  /* sirkel-cli-chart.c */
int sirkel_cli_export_pdf (int argc, char **argv);  /* sirkel-cli-export.c */
int sirkel_cli_catalog (int argc, char **argv);  /* sirkel-cli-catalog.c */

/* `sirkel-cli next-period FILE NEWFILE --period FROM-TO [--name NAME]`: starts the next period's
 * project from FILE (which is only read), carrying forward what sirkel-next-period.h lists. */
static int
command_next_period (int    argc,
                     char **argv)
{
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;
  g_autoptr(SirkelStore) store = NULL;
  SirkelCarriedCounts counts = { 0 };
  GError *error = NULL;
  int from = 0, to = 0;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("The next election period, such as 2028-2031"), "FROM-TO" },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Title of the new project"), "NAME" },
    { NULL }
  };

  if (!parse_options (&argc, &argv, entries, "FILE NEWFILE"))
    return 2;
  if (argc != 3 || period == NULL)
    return usage_error (_("usage: sirkel-cli next-period FILE NEWFILE --period FROM-TO [--name NAME]"));
  if (!parse_period (period, &from, &to))
    return usage_error (_("The period must be written as FROM-TO, such as 2024-2027."));
  store = open_for_reading (argv[1], &error);
  if (store == NULL ||
      !sirkel_next_period_create (store, argv[1], argv[2], from, to, name, NULL, &counts, &error))
    return fail (error);
  /* Translators: the counts of what was carried into the new project file. */
  g_print (_("Wrote %s for %d–%d, carrying %u challenges, %u goals, %u measures, %u lessons and %u "
             "yearly events.\n"), argv[2], from, to, counts.challenges, counts.goals, counts.measures,
           counts.lessons, counts.events);
  return 0;
}

static const Command commands[] = {
  { "new", command_new, "FILE --kommune CODE --period FROM-TO [--name NAME]", N_("create an empty project") },
  { "example", command_example, "FILE", N_("write the bundled example project") },
  { "info", command_info, "FILE", N_("municipality, period, counts, revision") },
  { "check", command_check, "FILE", N_("integrity, schema and gaps in the plan (exit 1 on errors)") },
  { "next-period", command_next_period, "FILE NEWFILE --period FROM-TO [--name NAME]",
    N_("start the next period's project, carrying forward what is still open") },
  { "history", command_history, "FILE [--limit N] [--changes]", N_("who changed what, newest first") },
  { "import", command_import, "FILE DATAFILE… [--format F] [--encoding E] [--all-measures]",
    N_("import statistics files") },
  { "indicators", command_indicators, "FILE [--csv]", N_("indicators with latest value and comparison") },
  { "observations", command_observations, "FILE --csv [--indicator KEY]", N_("every figure, as CSV") },
  { "chart", sirkel_cli_chart, "FILE CHART -o OUT [--lang L] [--dark] | FILE --list",
    N_("draw a chart to PNG, SVG or PDF, or list the charts") },
  { "export-pdf", sirkel_cli_export_pdf, "FILE --document D [--lang L] -o OUT.pdf",
    N_("write a document as PDF; D is oversikt, plan or rapport") },
  { "catalog", sirkel_cli_catalog, "FILE.xml | --bundled",
    N_("check a catalogue of measures; list ID, name, evidence, ages (tab-separated)") },
  { "help", command_help, "", N_("this list") },
};

static int
command_help (int    argc,
              char **argv)
{
  g_print (_("Usage: sirkel-cli COMMAND ARGUMENTS\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      /* Pad by characters, not bytes: "…" is one character and three bytes. */
      glong width = g_utf8_strlen (commands[i].args, -1);

      g_print ("  %-13s %s%*s %s\n", commands[i].name, commands[i].args,
               (int) MAX (0, 52 - width), "", _(commands[i].summary));
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return command_help (argc, argv) + 2;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strconcat ("sirkel-cli ", argv[1], NULL);

        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }
  {
    g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[1]);

    return usage_error (message);
  }
}
