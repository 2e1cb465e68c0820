/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Format detection and reading; see sirkel-import.h. Applying a table to a project is in
 * sirkel-import-store.c.
 *
 * Detection tries the readers' sniffs in a fixed order, most specific first: JSON-stat
 * (starts with '{'), PC-Axis (keyword statements), Udir (UTF-16 or a sep= line), Sirkel's own
 * long CSV (its header), FHI CSV (GEO/AAR/SPVFLAGG), SSB StatBank CSV (title line and a year
 * in the column names). A file extension only breaks ties (.px, .json).
 */
#define G_LOG_DOMAIN "sirkel-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-import.h"
#include "sirkel-readers.h"

typedef struct
{
  const char *name;
  gboolean  (*sniff) (const guint8 *data, gsize len);
  gboolean  (*read)  (GBytes *bytes, const char *encoding, SirkelImportTable *table,
                      GCancellable *cancellable, GError **error);
} Reader;

static const Reader readers[] = {
  { "jsonstat", sirkel_jsonstat_sniff, sirkel_jsonstat_read },
  { "px", sirkel_px_sniff, sirkel_px_read },
  { "udir", sirkel_udir_sniff, sirkel_udir_read },
  { "csv", sirkel_long_csv_sniff, sirkel_long_csv_read },
  { "fhi-csv", sirkel_fhi_csv_sniff, sirkel_fhi_csv_read },
  { "ssb-csv", sirkel_ssb_csv_sniff, sirkel_ssb_csv_read },
};

/**
 * sirkel_import_formats:
 *
 * Returns: (transfer none): the format names, NULL-terminated, for --format and the dialog
 */
const char * const *
sirkel_import_formats (void)
{
  static const char * const names[] = { "fhi-csv", "jsonstat", "px", "ssb-csv", "udir", "csv", NULL };

  return names;
}

static const Reader *
find_reader (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (g_str_equal (readers[i].name, name))
      return &readers[i];
  return NULL;
}

/**
 * sirkel_import_detect_format:
 * @file_name: (nullable): used only to break ties
 *
 * Returns: (nullable): the format name, or %NULL if no reader recognises the data
 */
const char *
sirkel_import_detect_format (const guint8 *data,
                             gsize         len,
                             const char   *file_name)
{
  if (file_name != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (file_name, -1);

      if (g_str_has_suffix (lower, ".px") && sirkel_px_sniff (data, len))
        return "px";
      if (g_str_has_suffix (lower, ".json") && sirkel_jsonstat_sniff (data, len))
        return "jsonstat";
    }
  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (readers[i].sniff (data, len))
      return readers[i].name;
  return NULL;
}

/* The file's SHA-256 for the provenance, computed beside the reader: hashing a 90 MB file
 * takes about half a second, a third of reading it, and a second core is idle while the
 * reader parses. A failed read stops the hashing at the next megabyte. */
typedef struct
{
  GBytes   *bytes;
  gint      abandon;   /* atomic: the read failed, the checksum is not wanted */
  GThread  *thread;    /* NULL when the checksum is computed on the calling thread */
} Checksum;

#define CHECKSUM_THREAD_MIN  (4 * 1024 * 1024)   /* smaller files are hashed in a few ms */
#define CHECKSUM_CHUNK       (1024 * 1024)

static gpointer
checksum_thread (gpointer data)
{
  Checksum *job = data;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  gsize len = 0;
  const guint8 *bytes = g_bytes_get_data (job->bytes, &len);

  for (gsize done = 0; done < len; done += CHECKSUM_CHUNK)
    {
      if (g_atomic_int_get (&job->abandon))
        return NULL;
      g_checksum_update (checksum, bytes + done, MIN (len - done, (gsize) CHECKSUM_CHUNK));
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static void
checksum_start (Checksum *job,
                GBytes   *bytes)
{
  job->bytes = g_bytes_ref (bytes);
  job->abandon = FALSE;
  job->thread = NULL;
  if (g_bytes_get_size (bytes) >= CHECKSUM_THREAD_MIN)
    job->thread = g_thread_try_new ("sirkel-checksum", checksum_thread, job, NULL);
}

/* Returns: (transfer full) (nullable): the checksum, or NULL when @wanted is FALSE */
static char *
checksum_finish (Checksum *job,
                 gboolean  wanted)
{
  char *sum = NULL;

  if (job->thread != NULL)
    {
      if (!wanted)
        g_atomic_int_set (&job->abandon, TRUE);
      sum = g_thread_join (job->thread);
    }
  else if (wanted)
    sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, job->bytes);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  if (!wanted)
    g_clear_pointer (&sum, g_free);
  return sum;
}

/* A table id for files that carry none: the file name without extension and a trailing
 * date, as FHI names its files (<INDIKATOR>_<date>.csv). */
static char *
table_id_from_file_name (const char *file_name)
{
  g_autofree char *base = g_path_get_basename (file_name);
  char *dot = strrchr (base, '.');
  char *under;

  if (dot != NULL && dot != base)
    *dot = '\0';
  under = strrchr (base, '_');
  if (under != NULL && under != base && g_ascii_isdigit (under[1]) && strlen (under + 1) >= 6)
    *under = '\0';
  return g_strdup (base);
}

/* A table without a region dimension holds national figures (not an error): its cells get
 * landet, "0". */
static void
mark_national (SirkelImportTable *table)
{
  const char *landet;

  for (guint i = 0; i < table->observations->len; i++)
    if (*g_array_index (table->observations, SirkelObservation, i).geo != '\0')
      return;
  landet = sirkel_import_table_intern (table, "0");
  for (guint i = 0; i < table->observations->len; i++)
    {
      SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);

      o->geo = landet;
      o->geo_level = SIRKEL_GEO_LEVEL_LANDET;
    }
}

/**
 * sirkel_import_read_bytes:
 * @file_name: the file's name, for messages and provenance
 * @format: (nullable): a name from sirkel_import_formats (), or %NULL / "auto" to detect
 * @encoding: (nullable): an encoding override, or %NULL / "auto"
 * @flags: SIRKEL_IMPORT_ALL_MEASURES to make every measure of an FHI table an indicator
 *
 * Returns: (transfer full): the table, or %NULL with @error set: one sentence that names the
 *   file and, where there is one, the line or JSON path
 */
SirkelImportTable *
sirkel_import_read_bytes (GBytes             *bytes,
                          const char         *file_name,
                          const char         *format,
                          const char         *encoding,
                          SirkelImportFlags   flags,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr(SirkelImportTable) table = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  const Reader *reader;
  const guint8 *data;
  Checksum checksum;
  gboolean ok;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);

  name = g_path_get_basename (file_name != NULL ? file_name : "?");
  data = g_bytes_get_data (bytes, &len);
  if (len > SIRKEL_IMPORT_MAX_FILE)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is larger than Sirkel reads (%u MB)."), name,
                   (guint) (SIRKEL_IMPORT_MAX_FILE / (1024 * 1024)));
      return NULL;
    }
  if (format == NULL || *format == '\0' || g_str_equal (format, "auto"))
    {
      format = sirkel_import_detect_format (data, len, name);
      if (format == NULL)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                       _("“%s” is not a statistics file Sirkel recognises (FHI, SSB, PC-Axis, Udir "
                         "or Sirkel’s own CSV). Choose the format by hand if it is one of them."), name);
          return NULL;
        }
    }
  reader = find_reader (format);
  if (reader == NULL)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("“%s” is not a format Sirkel reads."), format);
      return NULL;
    }

  table = sirkel_import_table_new ();
  table->all_measures = (flags & SIRKEL_IMPORT_ALL_MEASURES) != 0;
  checksum_start (&checksum, bytes);
  ok = reader->read (bytes, encoding, table, cancellable, &local);
  table->sha256 = checksum_finish (&checksum, ok && table->observations->len > 0);
  if (!ok)
    {
      /* One sentence that names the file; the reader's sentence names the place in it. */
      g_set_error (error, local->domain, local->code, "%s: %s", name, local->message);
      return NULL;
    }
  if (table->observations->len == 0)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("%s: the file holds no figures."), name);
      return NULL;
    }
  g_free (table->format);
  table->format = g_strdup (reader->name);
  table->file_name = g_steal_pointer (&name);
  if (*table->table_id == '\0')
    {
      g_free (table->table_id);
      table->table_id = table_id_from_file_name (table->file_name);
    }
  if (*table->title == '\0')
    {
      g_free (table->title);
      table->title = g_strdup (table->table_id);
    }
  mark_national (table);
  sirkel_import_table_recode_geography (table);
  sirkel_import_table_keep_display_measure (table);
  return g_steal_pointer (&table);
}

/**
 * sirkel_import_read_file:
 *
 * Reads and parses @file (at most SIRKEL_IMPORT_MAX_FILE bytes).
 */
SirkelImportTable *
sirkel_import_read_file (GFile              *file,
                         const char         *format,
                         const char         *encoding,
                         SirkelImportFlags   flags,
                         GCancellable       *cancellable,
                         GError            **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local);
  if (info != NULL && g_file_info_get_size (info) > SIRKEL_IMPORT_MAX_FILE)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is larger than Sirkel reads (%u MB)."), name,
                   (guint) (SIRKEL_IMPORT_MAX_FILE / (1024 * 1024)));
      return NULL;
    }
  if (info == NULL || (bytes = g_file_load_bytes (file, cancellable, NULL, &local)) == NULL)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FAILED,
                   _("Could not read “%s”: %s."), name, local->message);
      return NULL;
    }
  return sirkel_import_read_bytes (bytes, name, format, encoding, flags, cancellable, error);
}

typedef struct
{
  GFile             *file;
  char              *format;
  char              *encoding;
  SirkelImportFlags  flags;
} ReadJob;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  g_object_unref (job->file);
  g_free (job->format);
  g_free (job->encoding);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  GError *error = NULL;
  SirkelImportTable *table;

  table = sirkel_import_read_file (job->file, job->format, job->encoding, job->flags,
                                   cancellable, &error);
  if (table == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, table, (GDestroyNotify) sirkel_import_table_free);
}

/**
 * sirkel_import_read_file_async:
 *
 * Reads and parses @file in a worker thread. The worker touches no store and no widget; the
 * caller applies the table on its own thread with sirkel_import_apply ().
 */
void
sirkel_import_read_file_async (GFile               *file,
                               const char          *format,
                               const char          *encoding,
                               SirkelImportFlags    flags,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ReadJob, 1);
  job->file = g_object_ref (file);
  job->format = g_strdup (format);
  job->encoding = g_strdup (encoding);
  job->flags = flags;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sirkel_import_read_file_async);
  g_task_set_task_data (task, job, read_job_free);
  g_task_run_in_thread (task, read_thread);
}

SirkelImportTable *
sirkel_import_read_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
