/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a chart to a PNG, SVG or PDF file through the matching Cairo surface. The bytes are
 * collected in memory and written with g_file_set_contents_full (), so a failed export never
 * leaves half a file. The SVG gets a <title> and a <desc> with the chart's title and text
 * alternative, and the PDF its title and subject, for screen readers and search.
 */
#define G_LOG_DOMAIN "sirkel-chart-export"

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * sirkel_chart_format_from_path:
 *
 * Picks the format from @path's extension: .png, .svg or .pdf, in any case.
 *
 * Returns: %FALSE with %SIRKEL_CHART_ERROR_FORMAT for any other name
 */
gboolean
sirkel_chart_format_from_path (const char         *path,
                               SirkelChartFormat  *format,
                               GError            **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = SIRKEL_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = SIRKEL_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = SIRKEL_CHART_FORMAT_PDF;
  else
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_FORMAT,
                   _("Cannot write the chart to “%s”: the file name must end in .png, .svg or .pdf."), display);
      return FALSE;
    }
  return TRUE;
}

/* Puts <title> and <desc> right after the opening <svg …> tag. */
static GBytes *
add_svg_description (GByteArray *svg,
                     const char *title,
                     const char *description)
{
  g_autoptr(GString) out = g_string_new_len ((const char *) svg->data, svg->len);
  const char *open = g_strstr_len (out->str, out->len, "<svg");
  const char *end = open != NULL ? strchr (open, '>') : NULL;
  g_autofree char *safe_title = g_markup_escape_text (title, -1);
  g_autofree char *safe_desc = g_markup_escape_text (description, -1);
  g_autofree char *insert = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", safe_title, safe_desc);

  if (end != NULL)
    g_string_insert (out, end - out->str + 1, insert);
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static gboolean
check_cairo (cairo_status_t   status,
             const char      *path,
             GError         **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  display = g_filename_display_name (path);
  g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_DRAW, _("Could not draw the chart for “%s”: %s."),
               display, cairo_status_to_string (status));
  return FALSE;
}

/**
 * sirkel_chart_export:
 * @width: in pixels for PNG, in points (1/72 inch) for SVG and PDF
 *
 * Draws the chart into a new file at @path, replacing it atomically.
 *
 * Returns: %FALSE on a drawing or file error
 */
gboolean
sirkel_chart_export (SirkelChart        *self,
                     const char         *path,
                     SirkelChartFormat   format,
                     double              width,
                     double              height,
                     GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (isfinite (width) && isfinite (height) && width >= 1 && height >= 1, FALSE);

  width = MIN (width, 16000);
  height = MIN (height, 16000);
  title = sirkel_chart_dup_title (self);
  description = sirkel_chart_dup_text_alternative (self);
  switch (format)
    {
    case SIRKEL_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes_cb, bytes, width, height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      break;
    case SIRKEL_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, description);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sirkel");
      break;
    case SIRKEL_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
      break;
    }
  cr = cairo_create (surface);
  sirkel_chart_render (self, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == SIRKEL_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, path, error))
    return FALSE;

  if (format == SIRKEL_CHART_FORMAT_SVG)
    contents = add_svg_description (bytes, title, description);
  else
    contents = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  if (!g_file_set_contents_full (path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    return FALSE;
  return TRUE;
}
