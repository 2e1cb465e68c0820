/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget tests for SirkelChartView on the example project's barometer, a trend and the
 * matrix, each alone in a window: the widget is as tall as its chart asks for at its width,
 * through a resize too; after a frame, the text under the centre of an element is that
 * element's (the tooltip); Right, Left, Home, End and Escape move through the elements and
 * the accessible description follows; the dark style redraws dark; saving writes a PNG of
 * the right size, an SVG that parses and a PDF, in the light style even in a dark window;
 * and an empty chart cannot be exported. Run under a display:
 * xvfb-run -a meson test -C build chart-view; SIRKEL_TEST_SCREENSHOTS=DIR saves what the
 * tests showed.
 */
#define G_LOG_DOMAIN "test-chart-view"

#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>

#include "sirkel-chart-store.h"
#include "sirkel-chart-view.h"
#include "sirkel-widget-test-util.h"

static char *work_dir;
static SirkelWindow *project;   /* the example project, open for all the tests: they only read it */

typedef struct
{
  SirkelDocument  *document;
  GtkWindow       *window;    /* shows the chart alone */
  SirkelChartView *view;
  SirkelChart     *chart;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  if (project == NULL)
    project = sirkel_widget_test_window_with_example (work_dir, "chart-view.sirkel");
  f->document = sirkel_window_get_document (project);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  g_clear_pointer (&f->chart, sirkel_chart_unref);
  sirkel_widget_test_settle ();
}

static gboolean
has_elements (gpointer data)
{
  Fixture *f = data;

  return sirkel_chart_get_elements (f->chart)->len > 0;
}

/* Shows the chart @name, in Norwegian Bokmål, in a window @width wide, as a page would: in a
 * scrolled box, at its natural height. Returns after the first frame. */
static void
show_chart (Fixture    *f,
            const char *name,
            int         width)
{
  g_autoptr(SirkelChartStyle) style = sirkel_chart_style_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  sirkel_chart_style_set_language (style, "nb");
  f->chart = sirkel_chart_new_from_store (sirkel_document_get_store (f->document), name, style,
                                          NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->chart);
  f->view = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  sirkel_chart_view_set_chart (f->view, f->chart);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, 700);
  gtk_window_set_child (f->window, scrolled);
  gtk_window_present (f->window);
  sirkel_widget_test_wait_until (sirkel_widget_test_is_mapped, f->view);
  sirkel_widget_test_wait_until (has_elements, f);
  sirkel_widget_test_settle ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Draws @widget's window anew and waits for the frame: a settled main loop may still have
 * a frame to come, and a window between frames has nothing to save. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  gtk_widget_queue_draw (GTK_WIDGET (gtk_widget_get_root (widget)));
  sirkel_widget_test_wait_until (is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
}

static void
save_screenshot (Fixture    *f,
                 const char *name)
{
  wait_for_frame (GTK_WIDGET (f->window));
  sirkel_widget_test_save_png (GTK_WIDGET (f->window), name);
}

/* The widget's height is the chart's preferred height at the widget's width. */
static void
assert_height_follows_width (Fixture *f)
{
  int width = gtk_widget_get_width (GTK_WIDGET (f->view));

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->view)), ==,
                   (int) ceil (sirkel_chart_get_preferred_height (f->chart, width)));
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthChange;

static gboolean
width_changed (gpointer data)
{
  WidthChange *change = data;

  return gtk_widget_get_width (change->widget) != change->width;
}

static void
resize (Fixture *f,
        int      width)
{
  WidthChange change = { GTK_WIDGET (f->view), gtk_widget_get_width (GTK_WIDGET (f->view)) };

  gtk_window_set_default_size (f->window, width, 700);
  sirkel_widget_test_wait_until (width_changed, &change);
  sirkel_widget_test_settle ();
}

/* What the widget shows now, drawn by its own renderer. */
static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  wait_for_frame (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The lightness, 0 … 1, of the pixel at (@x, @y) of @data, in Cairo's ARGB32. */
static double
lightness_at (const guchar *data,
              gsize         stride,
              int           x,
              int           y)
{
  const guchar *p = data + y * stride + x * 4;

  return (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;
}

/* The chart's background, in the margin at the top left, away from the menu button. */
static double
background_lightness (GtkWidget *widget)
{
  g_autoptr(GdkTexture) texture = render (widget);
  gsize stride = gdk_texture_get_width (texture) * 4;
  g_autofree guchar *data = g_malloc (stride * gdk_texture_get_height (texture));

  gdk_texture_download (texture, data, stride);
  return lightness_at (data, stride, 4, 4);
}

static void
test_height_for_width (Fixture       *f,
                       gconstpointer  data)
{
  show_chart (f, data, 900);
  assert_height_follows_width (f);
  resize (f, 600);
  assert_height_follows_width (f);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), <, 700);
  resize (f, 1400);
  assert_height_follows_width (f);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), >, 1100);
  /* Drawn at the new size: the elements lie inside the widget. */
  sirkel_widget_test_wait_until (has_elements, f);
  for (guint i = 0; i < sirkel_chart_get_elements (f->chart)->len; i++)
    {
      const SirkelChartElement *e = g_ptr_array_index (sirkel_chart_get_elements (f->chart), i);

      g_assert_cmpfloat (e->x + e->width, <=, gtk_widget_get_width (GTK_WIDGET (f->view)) + 0.5);
      g_assert_cmpfloat (e->y + e->height, <=, gtk_widget_get_height (GTK_WIDGET (f->view)) + 0.5);
    }
}

/* Of the elements around (@x, @y), the smallest: the one the tooltip names. */
static gboolean
smaller_one_covers (GPtrArray                *elements,
                    const SirkelChartElement *element,
                    double                    x,
                    double                    y)
{
  for (guint i = 0; i < elements->len; i++)
    {
      const SirkelChartElement *other = g_ptr_array_index (elements, i);

      if (other != element && other->width * other->height <= element->width * element->height &&
          x >= other->x - 4 && x <= other->x + other->width + 4 &&
          y >= other->y - 4 && y <= other->y + other->height + 4)
        return TRUE;
    }
  return FALSE;
}

static void
test_tooltips (Fixture       *f,
               gconstpointer  data)
{
  GPtrArray *elements;
  guint matched = 0;

  show_chart (f, data, 900);
  elements = sirkel_chart_get_elements (f->chart);
  g_assert_cmpuint (elements->len, >, 0);
  for (guint i = 0; i < elements->len; i++)
    {
      const SirkelChartElement *e = g_ptr_array_index (elements, i);
      double x = e->x + e->width / 2, y = e->y + e->height / 2;
      const char *text = sirkel_chart_view_get_element_text_at (f->view, x, y);

      g_assert_nonnull (text);
      if (g_strcmp0 (text, e->text) == 0)
        matched++;
      else
        g_assert_true (smaller_one_covers (elements, e, x, y));
    }
  g_assert_cmpuint (matched, >, elements->len / 2);
  g_assert_null (sirkel_chart_view_get_element_text_at (f->view, -50, -50));
}

static GtkEventController *
key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;  /* the widget keeps its own reference */
    }
  g_assert_not_reached ();
}

/* A key press as the widget's key controller receives it from GTK; GTK 4.8 has no way to
 * synthesise one through the display. */
static gboolean
press (Fixture *f,
       guint    keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (key_controller (GTK_WIDGET (f->view)), "key-pressed", keyval, 0,
                         (GdkModifierType) 0,
                         &handled);
  sirkel_widget_test_settle ();
  return handled;
}

/* The keyboard is on element @index, and the accessible description reads it out. */
static void
assert_on (Fixture *f,
           int      index)
{
  const SirkelChartElement *e = g_ptr_array_index (sirkel_chart_get_elements (f->chart), index);

  g_assert_cmpint (sirkel_chart_view_get_focused_element (f->view), ==, index);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, e->text);
}

static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *alternative = NULL;
  g_autofree char *shot = NULL;
  int last;

  show_chart (f, data, 900);
  last = (int) sirkel_chart_get_elements (f->chart)->len - 1;
  g_assert_cmpint (last, >, 1);
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  gtk_window_set_focus_visible (f->window, TRUE);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (f->view));
  g_assert_cmpint (sirkel_chart_view_get_focused_element (f->view), ==, -1);

  g_assert_true (press (f, GDK_KEY_Right));
  assert_on (f, 0);
  g_assert_true (press (f, GDK_KEY_Right));
  assert_on (f, 1);
  g_assert_true (press (f, GDK_KEY_Left));
  assert_on (f, 0);
  g_assert_true (press (f, GDK_KEY_Left));
  assert_on (f, 0);
  g_assert_true (press (f, GDK_KEY_End));
  assert_on (f, last);
  g_assert_true (press (f, GDK_KEY_Right));
  assert_on (f, last);
  g_assert_true (press (f, GDK_KEY_Home));
  assert_on (f, 0);
  g_assert_true (press (f, GDK_KEY_Down));
  g_assert_true (press (f, GDK_KEY_Down));
  assert_on (f, 2);
  shot = g_strdup_printf ("chart-view-focus-%.*s", (int) strcspn (data, ":"), (const char *) data);
  save_screenshot (f, shot);

  /* Escape leaves the elements: the description is the whole chart's again. */
  g_assert_true (press (f, GDK_KEY_Escape));
  g_assert_cmpint (sirkel_chart_view_get_focused_element (f->view), ==, -1);
  alternative = sirkel_chart_dup_text_alternative (f->chart);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, alternative);
  g_assert_false (press (f, GDK_KEY_Escape));
  g_assert_false (press (f, GDK_KEY_a));
}

static gboolean
drawn_dark (gpointer data)
{
  Fixture *f = data;

  return sirkel_chart_style_get_dark (sirkel_chart_get_style (f->chart));
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  show_chart (f, data, 900);
  g_assert_false (adw_style_manager_get_dark (manager));
  g_assert_cmpfloat (background_lightness (GTK_WIDGET (f->view)), >, 0.9);
  save_screenshot (f, "chart-view-light");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  sirkel_widget_test_wait_until (drawn_dark, f);
  sirkel_widget_test_settle ();
  g_assert_cmpfloat (background_lightness (GTK_WIDGET (f->view)), <, 0.25);
  save_screenshot (f, "chart-view-dark");

  /* With the keyboard on an element, in the dark. */
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  gtk_window_set_focus_visible (f->window, TRUE);
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_true (press (f, GDK_KEY_Right));
  save_screenshot (f, "chart-view-dark-focus");
}

/* Saves the chart shown as @name in @format, checks the file's start, and returns its bytes. */
static GBytes *
save (Fixture           *f,
      const char        *name,
      SirkelChartFormat  format,
      const char        *magic)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  g_assert_true (sirkel_chart_view_save (f->view, file, format, &error));
  g_assert_no_error (error);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, strlen (magic));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), strlen (magic), magic, strlen (magic));
  return bytes;
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *png = g_build_filename (work_dir, "chart.png", NULL);
  g_autoptr(GBytes) png_bytes = NULL;
  g_autoptr(GBytes) svg_bytes = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  const SirkelChartElement *element;
  g_autofree char *before = NULL;
  cairo_surface_t *image;
  xmlDoc *doc;
  int width, expected_width;
  double x, y;

  /* A window narrower than a saved chart, in the dark: the file is wider, and light. */
  show_chart (f, data, 500);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  sirkel_widget_test_wait_until (drawn_dark, f);
  sirkel_widget_test_settle ();
  save_screenshot (f, "chart-view-narrow-dark");
  width = gtk_widget_get_width (GTK_WIDGET (f->view));
  expected_width = MAX (600, width);
  element = g_ptr_array_index (sirkel_chart_get_elements (f->chart), 1);
  x = element->x + element->width / 2;
  y = element->y + element->height / 2;
  before = g_strdup (sirkel_chart_view_get_element_text_at (f->view, x, y));

  png_bytes = save (f, "chart.png", SIRKEL_CHART_FORMAT_PNG, "\x89PNG\r\n\x1a\n");
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, expected_width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==,
                   (int) ceil (sirkel_chart_get_preferred_height (f->chart, expected_width)));
  cairo_surface_flush (image);
  g_assert_cmpfloat (lightness_at (cairo_image_surface_get_data (image),
                                   cairo_image_surface_get_stride (image), 4, 4),
                     >, 0.9);
  cairo_surface_destroy (image);
  /* The window stays dark, and its tooltips stay on what it shows. */
  g_assert_true (sirkel_chart_style_get_dark (sirkel_chart_get_style (f->chart)));
  g_assert_cmpstr (sirkel_chart_view_get_element_text_at (f->view, x, y), ==, before);

  svg_bytes = save (f, "chart.svg", SIRKEL_CHART_FORMAT_SVG, "<?xml");
  doc = xmlReadMemory (g_bytes_get_data (svg_bytes, NULL), (int) g_bytes_get_size (svg_bytes),
                       "chart.svg", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  xmlFreeDoc (doc);

  pdf_bytes = save (f, "chart.pdf", SIRKEL_CHART_FORMAT_PDF, "%PDF-");
  g_assert_nonnull (memmem (g_bytes_get_data (pdf_bytes, NULL), g_bytes_get_size (pdf_bytes),
                            "%%EOF", 5));
}

/* The items of the widget's menu, and how many of them can be chosen. On GTK 4.8 the menu's
 * items are GtkModelButtons, greyed out while their actions are disabled. */
static guint
count_menu_items (GtkWidget *widget,
                  guint     *sensitive)
{
  guint n = 0;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, g_type_from_name ("GtkModelButton")))
    {
      *sensitive += gtk_widget_get_sensitive (widget);
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_menu_items (child, sensitive);
  return n;
}

static guint
sensitive_menu_items (Fixture *f)
{
  guint sensitive = 0;

  /* Save as PNG, SVG and PDF. */
  g_assert_cmpuint (count_menu_items (GTK_WIDGET (f->view), &sensitive), ==, 3);
  return sensitive;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SirkelChartBarometer) nothing = sirkel_chart_barometer_new ("Lundfjord", "Fylket");
  g_autoptr(SirkelChart) empty = sirkel_chart_new_barometer (g_steal_pointer (&nothing));
  g_autofree char *path = g_build_filename (work_dir, "empty.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *menu_button;

  show_chart (f, data, 700);
  menu_button = sirkel_widget_test_find_child (GTK_WIDGET (f->view), GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_nonnull (menu_button);
  g_assert_true (gtk_widget_get_visible (menu_button));
  g_assert_cmpuint (sensitive_menu_items (f), ==, 3);

  /* Nothing to save: the actions are off, and the menu is hidden. */
  sirkel_chart_view_set_chart (f->view, empty);
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sensitive_menu_items (f), ==, 0);
  g_assert_false (gtk_widget_get_visible (menu_button));
  g_assert_cmpint (sirkel_chart_view_get_focused_element (f->view), ==, -1);
  g_assert_false (press (f, GDK_KEY_Right));
  save_screenshot (f, "chart-view-empty");

  sirkel_chart_view_set_chart (f->view, NULL);
  sirkel_widget_test_settle ();
  g_assert_cmpuint (sensitive_menu_items (f), ==, 0);
  g_assert_false (gtk_widget_get_visible (menu_button));
  g_assert_false (sirkel_chart_view_save (f->view, file, SIRKEL_CHART_FORMAT_PNG, &error));
  g_assert_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_FAILED);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *name = g_strdup_printf ("chart-view-%.*s", (int) strcspn (data, ":"),
                                           (const char *) data);

  show_chart (f, data, 900);
  save_screenshot (f, name);
  g_assert_cmpfloat (background_lightness (GTK_WIDGET (f->view)), >, 0.9);
}

int
main (int    argc,
      char **argv)
{
  const char *charts[] = { "barometer", "trend:ensomhet", "matrix" };
  g_autofree char *localedir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* GTK's test accessibility backend keeps the accessible properties where
   * gtk_test_accessible_check_property () reads them; like "none", it needs no bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!sirkel_widget_test_init (&argc, &argv))
    return 1;
  /* The charts read nb from the build tree's catalogues, as in test-charts. */
  localedir = g_build_filename (g_getenv ("SIRKEL_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  work_dir = g_dir_make_tmp ("sirkel-chart-view-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *height = g_strdup_printf ("/chart-view/%s/height-for-width", charts[i]);
      g_autofree char *tooltips = g_strdup_printf ("/chart-view/%s/tooltips", charts[i]);
      g_autofree char *keys = g_strdup_printf ("/chart-view/%s/keys", charts[i]);
      g_autofree char *shots = g_strdup_printf ("/chart-view/%s/screenshot", charts[i]);

      g_test_add (height, Fixture, charts[i], fixture_set_up, test_height_for_width,
                  fixture_tear_down);
      g_test_add (tooltips, Fixture, charts[i], fixture_set_up, test_tooltips, fixture_tear_down);
      g_test_add (keys, Fixture, charts[i], fixture_set_up, test_keys, fixture_tear_down);
      g_test_add (shots, Fixture, charts[i], fixture_set_up, test_screenshots, fixture_tear_down);
    }
  g_test_add ("/chart-view/dark", Fixture, "barometer", fixture_set_up, test_dark,
              fixture_tear_down);
  g_test_add ("/chart-view/save", Fixture, "barometer", fixture_set_up, test_save,
              fixture_tear_down);
  g_test_add ("/chart-view/empty", Fixture, "matrix", fixture_set_up, test_empty,
              fixture_tear_down);
  status = g_test_run ();
  if (project != NULL)
    gtk_window_destroy (GTK_WINDOW (project));
  sirkel_widget_test_settle ();
  g_free (work_dir);
  return status;
}
