/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a report as PDF: the pages drawn with their structure tags on a cairo PDF surface,
 * the metadata and the outline, then the accessibility entries cairo 1.16 cannot write (the
 * figures' /Alt and the catalogue's /Lang, see sirkel-report-pdf-fixup.c), and finally the
 * bytes put in place whole (RELIABILITY.md § 8).
 *
 * The PDF is collected in memory (a 60-page document with 40 charts is a few megabytes) and
 * written with g_file_set_contents_full (CONSISTENT | DURABLE): a temporary file in the target
 * folder, fsync, rename over the target; GLib removes the temporary file if anything fails.
 * The folder is synced after the rename. A cancelled or failed export writes nothing at all.
 *
 * Reproducibility: cairo 1.16 writes no /ID and takes its dates from the metadata, which come
 * from the report's date; font subset names depend only on the glyphs used. So the same
 * project, language and date give the same bytes.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "sirkel-report-private.h"

typedef struct
{
  GByteArray *bytes;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  g_byte_array_append (sink->bytes, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static char *
format_pdf_date (GDateTime *date)
{
  /* cairo 1.16 takes ISO 8601 and writes D:YYYYMMDDHHmmSSZ. */
  return g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");
}

static void
set_metadata (SirkelReport    *self,
              cairo_surface_t *surface)
{
  g_autofree char *date = format_pdf_date (self->date);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  if (self->keywords != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, self->keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sirkel " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/* The outline mirrors the headings: chapters at the top, sections and subsections under them. */
static void
add_outline (SirkelReport    *self,
             cairo_surface_t *surface)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT };

  for (guint i = 0; i < self->blocks->len; i++)
    {
      ReportBlock *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *text = NULL;
      g_autofree char *link = NULL;

      if (block->kind != BLOCK_HEADING)
        continue;
      text = block->number != NULL ? g_strdup_printf ("%s %s", block->number, block->text)
                                   : g_strdup (block->text);
      link = g_strdup_printf ("dest='h%u'", block->serial);
      parents[block->level] = cairo_pdf_surface_add_outline (surface, parents[block->level - 1],
                                                             text, link, 0);
      for (guint level = block->level + 1; level <= 3; level++)
        parents[level] = parents[block->level];
    }
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, SIRKEL_REPORT_ERROR, SIRKEL_REPORT_ERROR_DRAW,
               _("The PDF could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

/* Draws the whole document into @bytes. */
static gboolean
draw_pdf (SirkelReport              *self,
          GByteArray                *bytes,
          SirkelReportProgressFunc   progress,
          gpointer                   progress_data,
          GCancellable              *cancellable,
          GError                   **error)
{
  g_autoptr(GPtrArray) alternatives = g_ptr_array_new ();
  Sink sink = { bytes };
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok = TRUE;
  guint n_pages = self->pages->len;

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, REPORT_PAGE_WIDTH,
                                                 REPORT_PAGE_HEIGHT);
  set_metadata (self, surface);
  cr = cairo_create (surface);
  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; ok && page < n_pages; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        {
          report_render_page (self, page, cr, TRUE, alternatives);
          ok = check_cairo (cairo_status (cr), error);
          if (ok && page + 1 < n_pages)
            cairo_show_page (cr);
          if (ok && progress != NULL)
            progress (0.05 + 0.8 * (page + 1) / n_pages, progress_data);
        }
    }
  if (ok)
    {
      cairo_tag_end (cr, "Document");
      add_outline (self, surface);
      ok = check_cairo (cairo_status (cr), error);
    }
  cairo_destroy (cr);
  /* Fonts are subset and embedded here; a failure shows only now. */
  cairo_surface_finish (surface);
  if (ok)
    ok = check_cairo (cairo_surface_status (surface), error);
  cairo_surface_destroy (surface);
  if (ok && progress != NULL)
    progress (0.95, progress_data);

  if (ok)
    report_pdf_add_accessibility (bytes, self->language, alternatives);
  return ok;
}

static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  /* As SQLite does, an error here is ignored: the rename itself has happened. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
put_in_place (const char  *path,
              GByteArray  *bytes,
              GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *display = NULL;
  const char *reason;

  if (g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0666,
                                &local))
    {
      sync_folder (path);
      return TRUE;
    }
  /* GLib's message names its temporary file; the user chose @path. Its last part is the
   * system's reason ("Permission denied"). */
  display = g_filename_display_name (path);
  reason = g_strrstr (local->message, ": ");
  g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local->code),
               _("Could not write the PDF “%s”: %s"), display,
               reason != NULL ? reason + 2 : local->message);
  return FALSE;
}

/**
 * sirkel_report_write_pdf:
 * @path: the PDF file to write; replaced whole if it exists
 * @progress: (nullable) (scope call): told how far the export has come
 * @cancellable: (nullable): checked between pages
 *
 * Lays out the report if needed and writes it as a tagged PDF (see sirkel-report.h).
 * On failure or cancellation @path is untouched and no other file is left behind.
 *
 * Returns: %TRUE when @path holds the new PDF
 */
gboolean
sirkel_report_write_pdf (SirkelReport              *self,
                         const char                *path,
                         SirkelReportProgressFunc   progress,
                         gpointer                   progress_data,
                         GCancellable              *cancellable,
                         GError                   **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  gint64 start = g_get_monotonic_time (), laid_out, drawn;

  g_return_val_if_fail (SIRKEL_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!report_layout (self, cancellable, error))
    return FALSE;
  laid_out = g_get_monotonic_time ();
  if (progress != NULL)
    progress (0.05, progress_data);
  if (!draw_pdf (self, bytes, progress, progress_data, cancellable, error))
    return FALSE;
  drawn = g_get_monotonic_time ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !put_in_place (path, bytes, error))
    return FALSE;
  g_debug ("%u pages, %u bytes: layout %.0f ms, drawing %.0f ms, writing %.0f ms",
           self->pages->len, bytes->len, (laid_out - start) / 1e3, (drawn - laid_out) / 1e3,
           (g_get_monotonic_time () - drawn) / 1e3);
  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}

/* --- async --- */

typedef struct
{
  char                     *path;
  SirkelReportProgressFunc  progress;
  gpointer                  progress_data;
  GMainContext             *context;
  gint64                    last_report;   /* monotonic µs of the last progress sent */
} ExportJob;

typedef struct
{
  SirkelReportProgressFunc  progress;
  gpointer                  progress_data;
  double                    fraction;
} ProgressNote;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  g_main_context_unref (job->context);
  g_free (job);
}

static gboolean
deliver_progress_cb (gpointer data)
{
  ProgressNote *note = data;

  note->progress (note->fraction, note->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: at most ten notes a second reach the caller's main context, and the last. */
static void
worker_progress_cb (double   fraction,
                    gpointer data)
{
  ExportJob *job = data;
  gint64 now = g_get_monotonic_time ();
  ProgressNote *note;

  if (fraction < 1.0 && now - job->last_report < G_USEC_PER_SEC / 10)
    return;
  job->last_report = now;
  note = g_new (ProgressNote, 1);
  note->progress = job->progress;
  note->progress_data = job->progress_data;
  note->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress_cb, note, g_free);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (sirkel_report_write_pdf (SIRKEL_REPORT (source), job->path,
                               job->progress != NULL ? worker_progress_cb : NULL, job,
                               cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sirkel_report_write_pdf_async:
 * @path: the PDF file to write
 * @progress: (nullable) (scope notified): called on the thread-default main context of the
 *   caller, a few times a second at most, until @callback runs
 * @cancellable: (nullable): cancels the export; nothing is written
 *
 * sirkel_report_write_pdf () in a worker thread. The report must not be used elsewhere until
 * @callback has run.
 */
void
sirkel_report_write_pdf_async (SirkelReport              *self,
                               const char                *path,
                               SirkelReportProgressFunc   progress,
                               gpointer                   progress_data,
                               GCancellable              *cancellable,
                               GAsyncReadyCallback        callback,
                               gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (SIRKEL_IS_REPORT (self));
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->path = g_strdup (path);
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sirkel_report_write_pdf_async);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sirkel_report_write_pdf_finish (SirkelReport  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (SIRKEL_IS_REPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
