/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart widget; see sirkel-chart-view.h. The chart is drawn in snapshot () through
 * gtk_snapshot_append_cairo (), so its elements' boxes are those of the last frame; tooltips
 * and keyboard reading use them. The only child is the menu button in the top right corner.
 */
#define G_LOG_DOMAIN "sirkel-chart-view"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sirkel-chart-view.h"

#define MIN_WIDTH     240
#define NATURAL_WIDTH 720
#define EXPORT_MIN_WIDTH 600
#define FOCUS_PAD     3.0

struct _SirkelChartView
{
  GtkWidget    parent_instance;

  SirkelChart *chart;
  GtkWidget   *menu_button;
  int          focused;      /* index into the chart's elements, or -1 */
  double       last_width;   /* the size of the last render */
  double       last_height;
};

G_DEFINE_FINAL_TYPE (SirkelChartView, sirkel_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_FOCUSED_ELEMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static guint
n_elements (SirkelChartView *self)
{
  GPtrArray *elements = self->chart != NULL ? sirkel_chart_get_elements (self->chart) : NULL;

  return elements != NULL ? elements->len : 0;
}

static const SirkelChartElement *
focused_element (SirkelChartView *self)
{
  if (self->focused < 0 || (guint) self->focused >= n_elements (self))
    return NULL;
  return g_ptr_array_index (sirkel_chart_get_elements (self->chart), self->focused);
}

/* The accessible name is the chart's title; the description says what the chart shows, or,
 * while the keyboard is on an element, what that element says. */
static void
update_accessible (SirkelChartView *self)
{
  g_autofree char *title = self->chart != NULL ? sirkel_chart_dup_title (self->chart) : NULL;
  g_autofree char *alternative = NULL;
  const SirkelChartElement *element = focused_element (self);
  const char *description;

  if (element != NULL)
    description = element->text;
  else
    description = alternative = self->chart != NULL ? sirkel_chart_dup_text_alternative (self->chart)
                                                    : g_strdup (_("No chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The only place that decides whether the chart can be saved: not when there is none, nor
 * when it has nothing to show. Without that, the menu is hidden too. */
static void
update_actions (SirkelChartView *self)
{
  gboolean exportable = self->chart != NULL && !sirkel_chart_is_empty (self->chart);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export-png", exportable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export-svg", exportable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export-pdf", exportable);
  gtk_widget_set_visible (self->menu_button, exportable);
}

static void
draw_focus (SirkelChartView *self,
            cairo_t         *cr)
{
  const SirkelChartElement *element = focused_element (self);
  GdkRGBA accent;

  if (element == NULL || !gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    return;
  /* The theme's accent colour for the focus ring, as GTK draws its own. */
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  cairo_save (cr);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.9);
  cairo_set_line_width (cr, 2.0);
  cairo_rectangle (cr, element->x - FOCUS_PAD, element->y - FOCUS_PAD,
                   element->width + 2 * FOCUS_PAD, element->height + 2 * FOCUS_PAD);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Returns: FALSE when there is nothing to move to, so that the key moves the focus on */
static gboolean
move_focus (SirkelChartView *self,
            int              delta,
            gboolean         absolute)
{
  guint n = n_elements (self);
  int index;

  if (n == 0)
    return FALSE;
  if (absolute)
    index = delta < 0 ? 0 : (int) n - 1;
  else if (self->focused < 0)
    index = delta > 0 ? 0 : (int) n - 1;
  else
    index = CLAMP (self->focused + delta, 0, (int) n - 1);
  sirkel_chart_view_set_focused_element (self, index);
  return TRUE;
}

/* An export renders the chart at its own size, which replaces the elements' boxes: render
 * again at the widget's, so that tooltips and the keyboard's ring stay on what is shown. */
static void
restore_elements (SirkelChartView *self)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->chart == NULL || self->last_width <= 0 || self->last_height <= 0)
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  sirkel_chart_render (self->chart, cr, self->last_width, self->last_height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (self->focused >= (int) n_elements (self))
    sirkel_chart_view_set_focused_element (self, -1);
}

static void
save_response_cb (GtkNativeDialog *native,
                  int              response,
                  SirkelChartView *self)
{
  SirkelChartFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (!sirkel_chart_view_save (self, file, format, &error))
        {
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
          GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                      _("The chart was not saved"), error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelChartView *self = SIRKEL_CHART_VIEW (widget);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  GtkFileFilter *filter = gtk_file_filter_new ();
  SirkelChartFormat format;
  const char *suffix;

  if (self->chart == NULL)
    return;
  if (g_str_equal (action_name, "chart.export-svg"))
    {
      format = SIRKEL_CHART_FORMAT_SVG;
      suffix = "svg";
      gtk_file_filter_set_name (filter, _("SVG images"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
    }
  else if (g_str_equal (action_name, "chart.export-pdf"))
    {
      format = SIRKEL_CHART_FORMAT_PDF;
      suffix = "pdf";
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  else
    {
      format = SIRKEL_CHART_FORMAT_PNG;
      suffix = "png";
      gtk_file_filter_set_name (filter, _("PNG images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
    }

  title = sirkel_chart_dup_title (self->chart);
  g_strdelimit (title, "/\\:", '-');
  name = g_strdup_printf ("%s.%s", title != NULL && *title != '\0' ? title : _("chart"), suffix);
  native = gtk_file_chooser_native_new (_("Save Chart"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data (G_OBJECT (native), "format", GINT_TO_POINTER (format));
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static gboolean
key_pressed_cb (SirkelChartView       *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      return move_focus (self, +1, FALSE);
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      return move_focus (self, -1, FALSE);
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return move_focus (self, -1, TRUE);
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return move_focus (self, +1, TRUE);
    case GDK_KEY_Escape:
      if (self->focused < 0)
        return FALSE;
      sirkel_chart_view_set_focused_element (self, -1);
      return TRUE;
    case GDK_KEY_Menu:
    case GDK_KEY_F10:
      if ((keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK) == 0) || !gtk_widget_get_visible (self->menu_button))
        return FALSE;
      gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
      return TRUE;
    default:
      return FALSE;
    }
}

static void
secondary_pressed_cb (SirkelChartView *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  if (!gtk_widget_get_visible (self->menu_button))
    return;
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
primary_pressed_cb (SirkelChartView *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  GPtrArray *elements = self->chart != NULL ? sirkel_chart_get_elements (self->chart) : NULL;
  const SirkelChartElement *element = self->chart != NULL ? sirkel_chart_element_at (self->chart, x, y) : NULL;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (element == NULL || elements == NULL)
    return;
  for (guint i = 0; i < elements->len; i++)
    if (g_ptr_array_index (elements, i) == element)
      sirkel_chart_view_set_focused_element (self, (int) i);
}

static gboolean
query_tooltip_cb (SirkelChartView *self,
                  int              x,
                  int              y,
                  gboolean         keyboard_mode,
                  GtkTooltip      *tooltip)
{
  const SirkelChartElement *element;

  if (self->chart == NULL)
    return FALSE;
  element = keyboard_mode ? focused_element (self) : sirkel_chart_element_at (self->chart, x, y);
  if (element == NULL || element->text == NULL || *element->text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, element->text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) element->x, (int) element->y,
                                                       MAX (1, (int) element->width),
                                                       MAX (1, (int) element->height) });
  return TRUE;
}

static void
dark_changed_cb (SirkelChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_changed_cb (SirkelChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GtkSizeRequestMode
sirkel_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sirkel_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  SirkelChartView *self = SIRKEL_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      double width = for_size > 0 ? for_size : NATURAL_WIDTH;
      double height = self->chart != NULL ? sirkel_chart_get_preferred_height (self->chart, width) : 0;

      if (!(height > 0) || !isfinite (height))
        height = 120;
      *minimum = *natural = (int) ceil (height);
    }
}

static void
sirkel_chart_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  SirkelChartView *self = SIRKEL_CHART_VIEW (widget);
  int button_width, button_height;

  if (!gtk_widget_should_layout (self->menu_button))
    return;
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, button_width, NULL, &button_height, NULL, NULL);
  gtk_widget_size_allocate (self->menu_button,
                            &(GtkAllocation) { MAX (0, width - button_width - 4), 4,
                                               button_width, button_height }, -1);
}

static void
sirkel_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  SirkelChartView *self = SIRKEL_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->chart != NULL && width > 0 && height > 0)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      SirkelChartStyle *style = sirkel_chart_get_style (self->chart);

      sirkel_chart_style_set_dark (style, is_dark ());
      sirkel_chart_render (self->chart, cr, width, height);
      draw_focus (self, cr);
      cairo_destroy (cr);
      self->last_width = width;
      self->last_height = height;
    }
  gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
}

static void
sirkel_chart_view_dispose (GObject *object)
{
  SirkelChartView *self = SIRKEL_CHART_VIEW (object);

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_pointer (&self->chart, sirkel_chart_unref);

  G_OBJECT_CLASS (sirkel_chart_view_parent_class)->dispose (object);
}

static void
sirkel_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SirkelChartView *self = SIRKEL_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, sirkel_chart_view_get_chart (self));
      break;
    case PROP_FOCUSED_ELEMENT:
      g_value_set_int (value, sirkel_chart_view_get_focused_element (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SirkelChartView *self = SIRKEL_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      sirkel_chart_view_set_chart (self, g_value_get_boxed (value));
      break;
    case PROP_FOCUSED_ELEMENT:
      sirkel_chart_view_set_focused_element (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_chart_view_class_init (SirkelChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_chart_view_dispose;
  object_class->get_property = sirkel_chart_view_get_property;
  object_class->set_property = sirkel_chart_view_set_property;

  widget_class->get_request_mode = sirkel_chart_view_get_request_mode;
  widget_class->measure = sirkel_chart_view_measure;
  widget_class->size_allocate = sirkel_chart_view_size_allocate;
  widget_class->snapshot = sirkel_chart_view_snapshot;

  properties [PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL, SIRKEL_TYPE_CHART,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_FOCUSED_ELEMENT] =
    g_param_spec_int ("focused-element", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.export-png", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.export-svg", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.export-pdf", NULL, export_action_cb);

  gtk_widget_class_set_css_name (widget_class, "sirkel-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sirkel_chart_view_init (SirkelChartView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();
  GtkGesture *primary = gtk_gesture_click_new ();

  self->focused = -1;

  g_menu_append (menu, _("Save as _PNG…"), "chart.export-png");
  g_menu_append (menu, _("Save as _SVG…"), "chart.export-svg");
  g_menu_append (menu, _("Save as P_DF…"), "chart.export-pdf");
  self->menu_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                    "icon-name", "view-more-symbolic",
                                    "menu-model", menu,
                                    "tooltip-text", _("Save the chart"),
                                    "has-frame", FALSE,
                                    NULL);
  gtk_widget_add_css_class (self->menu_button, "osd");
  gtk_widget_add_css_class (self->menu_button, "circular");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Save the chart"), -1);
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));
  g_signal_connect_object (primary, "pressed", G_CALLBACK (primary_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (primary));
  g_signal_connect_object (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::has-focus", G_CALLBACK (focus_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb),
                           self, G_CONNECT_SWAPPED);

  update_actions (self);
  update_accessible (self);
}

GtkWidget *
sirkel_chart_view_new (void)
{
  return g_object_new (SIRKEL_TYPE_CHART_VIEW, NULL);
}

/**
 * sirkel_chart_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
SirkelChart *
sirkel_chart_view_get_chart (SirkelChartView *self)
{
  g_return_val_if_fail (SIRKEL_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
sirkel_chart_view_set_chart (SirkelChartView *self,
                             SirkelChart     *chart)
{
  g_return_if_fail (SIRKEL_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;
  g_clear_pointer (&self->chart, sirkel_chart_unref);
  self->chart = chart != NULL ? sirkel_chart_ref (chart) : NULL;
  self->focused = -1;
  update_actions (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHART]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FOCUSED_ELEMENT]);
}

/**
 * sirkel_chart_view_get_focused_element:
 *
 * Returns: the index of the element the keyboard is on, in sirkel_chart_get_elements (), or -1
 */
int
sirkel_chart_view_get_focused_element (SirkelChartView *self)
{
  g_return_val_if_fail (SIRKEL_IS_CHART_VIEW (self), -1);

  return focused_element (self) != NULL ? self->focused : -1;
}

void
sirkel_chart_view_set_focused_element (SirkelChartView *self,
                                       int              index)
{
  g_return_if_fail (SIRKEL_IS_CHART_VIEW (self));

  if (index < -1 || index >= (int) n_elements (self))
    index = -1;
  if (self->focused == index)
    return;
  self->focused = index;
  update_accessible (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FOCUSED_ELEMENT]);
}

/**
 * sirkel_chart_view_get_element_text_at:
 *
 * Returns: (nullable): the sentence the tooltip shows at (@x, @y), in widget coordinates
 */
const char *
sirkel_chart_view_get_element_text_at (SirkelChartView *self,
                                       double           x,
                                       double           y)
{
  const SirkelChartElement *element;

  g_return_val_if_fail (SIRKEL_IS_CHART_VIEW (self), NULL);

  if (self->chart == NULL)
    return NULL;
  element = sirkel_chart_element_at (self->chart, x, y);
  return element != NULL ? element->text : NULL;
}

/**
 * sirkel_chart_view_save:
 *
 * Saves the chart as it is shown, at the widget's width (at least 600 px) and the height the
 * chart asks for there, in the light style.
 */
gboolean
sirkel_chart_view_save (SirkelChartView    *self,
                        GFile              *file,
                        SirkelChartFormat   format,
                        GError            **error)
{
  g_autofree char *path = NULL;
  SirkelChartStyle *style;
  double width, height;
  gboolean dark, ok;

  g_return_val_if_fail (SIRKEL_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->chart == NULL)
    {
      g_set_error_literal (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_FAILED, _("There is no chart to save."));
      return FALSE;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Charts can only be saved to a folder on this computer."));
      return FALSE;
    }
  width = MAX (EXPORT_MIN_WIDTH, self->last_width);
  height = sirkel_chart_get_preferred_height (self->chart, width);
  if (!(height > 0) || !isfinite (height))
    height = MAX (1, self->last_height);

  style = sirkel_chart_get_style (self->chart);
  dark = sirkel_chart_style_get_dark (style);
  sirkel_chart_style_set_dark (style, FALSE);
  ok = sirkel_chart_export (self->chart, path, format, width, height, error);
  sirkel_chart_style_set_dark (style, dark);
  restore_elements (self);
  return ok;
}
