/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing charts to image surfaces and comparing them with reference PNGs; see
 * test-charts-images.h.
 *
 * Two pixels differ when one of their channels differs by more than 48 of 255; an image
 * matches when at most 0.3 % of its pixels differ. That absorbs antialiasing noise between
 * builds of the same libraries while any moved label, lost mark or changed colour fails. On a
 * mismatch the drawn image is kept in the test's temporary folder and its path printed.
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "sirkel-test-util.h"
#include "test-charts-images.h"

#define CHANNEL_TOLERANCE 48
#define PIXEL_FRACTION    0.003

cairo_surface_t *
test_charts_draw (SirkelChart *chart,
                  int          width,
                  int          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  sirkel_chart_render (chart, cr, width, height);
  g_assert_cmpstr (cairo_status_to_string (cairo_status (cr)), ==,
                   cairo_status_to_string (CAIRO_STATUS_SUCCESS));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int stride_a = cairo_image_surface_get_stride (a), stride_b = cairo_image_surface_get_stride (b);
  const guint8 *data_a = cairo_image_surface_get_data (a), *data_b = cairo_image_surface_get_data (b);
  guint differing = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = data_a + y * stride_a + x * 4, *q = data_b + y * stride_b + x * 4;

        for (int c = 0; c < 4; c++)
          if (abs ((int) p[c] - (int) q[c]) > CHANNEL_TOLERANCE)
            {
              differing++;
              break;
            }
      }
  return differing;
}

void
test_charts_check_image (SirkelChart *chart,
                         const char  *name,
                         int          width,
                         int          height)
{
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *reference = g_test_build_filename (G_TEST_DIST, "data", "charts", file, NULL);
  cairo_surface_t *drawn = test_charts_draw (chart, width, height);
  cairo_surface_t *expected;
  guint differing, allowed;

  if (g_strcmp0 (g_getenv ("SIRKEL_UPDATE_REFERENCES"), "1") == 0)
    {
      g_autofree char *dir = g_path_get_dirname (reference);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
      g_assert_cmpint (cairo_surface_write_to_png (drawn, reference), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", reference);
      cairo_surface_destroy (drawn);
      return;
    }

  expected = cairo_image_surface_create_from_png (reference);
  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
    g_error ("no reference image %s; run the test with SIRKEL_UPDATE_REFERENCES=1", reference);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, height);
  differing = count_differences (drawn, expected);
  allowed = (guint) (width * height * PIXEL_FRACTION);
  if (differing > allowed)
    {
      g_autofree char *kept = sirkel_test_tmp_file (file);

      cairo_surface_write_to_png (drawn, kept);
      g_error ("%s: %u pixels differ from %s (at most %u allowed); the drawing is in %s", name, differing,
               reference, allowed, kept);
    }
  cairo_surface_destroy (expected);
  cairo_surface_destroy (drawn);
}

/* How many pixels have exactly @color (ignoring alpha): to prove a mark was not drawn. */
guint
test_charts_count_color (cairo_surface_t   *surface,
                         const SirkelColor *color)
{
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 want = ((guint32) (color->red * 255 + 0.5) << 16) | ((guint32) (color->green * 255 + 0.5) << 8) |
                 (guint32) (color->blue * 255 + 0.5);
  guint count = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        count += (pixel & 0xffffff) == want;
      }
  return count;
}
