/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document preview; see sirkel-document-preview.h. The list's model only counts pages: a
 * GtkStringList of empty strings, one per page, whose positions are the page numbers; each row's
 * SirkelDocumentPreviewPage follows the preview's report, page count, zoom and frozen state
 * through bindings made when the row is set up.
 */
#define G_LOG_DOMAIN "sirkel-document-preview"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-document-preview.h"
#include "sirkel-document-preview-page.h"

struct _SirkelDocumentPreview
{
  GtkWidget      parent_instance;

  SirkelReport  *report;         /* nullable */
  guint          n_pages;        /* the report's, counted when it was set */
  guint          current_page;   /* 0-based: the page at the middle of the view */
  double         zoom;           /* 0: fit the width, at most 100 %; else percent */
  int            shown_zoom;     /* the percentage the zoom button shows */
  char          *counter_text;   /* "Page 3 of 42", or "" without pages */
  guint          zoom_idle_id;
  guint          busy : 1;
  guint          frozen : 1;

  /* Template children */
  GtkWidget         *overlay;
  GtkScrolledWindow *scrolled;
  GtkListView       *list_view;
  GtkStringList     *pages;
  GtkWidget         *controls;
  GtkButton         *zoom_button;
  GtkLabel          *counter_label;
};

G_DEFINE_FINAL_TYPE (SirkelDocumentPreview, sirkel_document_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_N_PAGES,
  PROP_CURRENT_PAGE,
  PROP_ZOOM,
  PROP_BUSY,
  PROP_FROZEN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The steps of zoom-in and zoom-out, in percent. */
static const int zoom_levels[] = { 33, 50, 67, 80, 100, 125, 150, 200, 300 };

/* The zoom the pages have now: in fit mode, what the width of the view allows. */
static int
effective_zoom (SirkelDocumentPreview *self)
{
  double page_width, page_height;

  if (self->zoom > 0)
    return (int) round (self->zoom);
  sirkel_report_get_page_size (&page_width, &page_height);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (child) && gtk_widget_get_width (child) > 0)
        return (int) round (100.0 * gtk_widget_get_width (child)
                            / (page_width * SIRKEL_DOCUMENT_PREVIEW_PIXELS_PER_POINT));
    }
  return 100;
}

static void
update_zoom_controls (SirkelDocumentPreview *self)
{
  g_autofree char *label = NULL;
  int zoom = effective_zoom (self);

  self->shown_zoom = zoom;
  /* Translators: the zoom of the document preview, in percent; "100 %" in Norwegian. */
  label = g_strdup_printf (_("%d%%"), zoom);
  gtk_button_set_label (self->zoom_button, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 zoom < zoom_levels[G_N_ELEMENTS (zoom_levels) - 1]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", zoom > zoom_levels[0]);
}

static gboolean
zoom_idle_cb (gpointer user_data)
{
  SirkelDocumentPreview *self = user_data;

  self->zoom_idle_id = 0;
  update_zoom_controls (self);
  return G_SOURCE_REMOVE;
}

/* The page at the middle of the view; the first at the top and the last at the bottom. */
static void
update_current_page (SirkelDocumentPreview *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  double value = gtk_adjustment_get_value (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  guint current = 0;
  g_autofree char *text = NULL;

  if (self->n_pages > 0 && upper > 0)
    {
      if (value + page_size >= upper - 1)
        current = self->n_pages - 1;
      else if (value > 0)
        current = MIN ((guint) ((value + page_size / 2) / (upper / self->n_pages)),
                       self->n_pages - 1);
      /* Translators: the page counter of the document preview. */
      text = g_strdup_printf (_("Page %u of %u"), current + 1, self->n_pages);
    }
  if (g_strcmp0 (text != NULL ? text : "", self->counter_text) != 0)
    {
      g_free (self->counter_text);
      self->counter_text = g_strdup (text != NULL ? text : "");
      gtk_label_set_label (self->counter_label, self->counter_text);
    }
  gtk_widget_set_visible (self->controls, self->n_pages > 0);
  if (current != self->current_page)
    {
      self->current_page = current;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CURRENT_PAGE]);
    }
}

static void
setup_page_cb (SirkelDocumentPreview *self,
               GtkListItem           *item)
{
  GtkWidget *page = sirkel_document_preview_page_new ();

  g_object_bind_property (self, "report", page, "report", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "n-pages", page, "n-pages", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "zoom", page, "zoom", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "frozen", page, "frozen", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, page);
}

static void
bind_page_cb (SirkelDocumentPreview *self,
              GtkListItem           *item)
{
  SirkelDocumentPreviewPage *page = SIRKEL_DOCUMENT_PREVIEW_PAGE (gtk_list_item_get_child (item));

  sirkel_document_preview_page_set_page (page, gtk_list_item_get_position (item));
}

static void
step_zoom (SirkelDocumentPreview *self,
           int                    direction)
{
  int zoom = effective_zoom (self);

  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
        if (zoom_levels[i] > zoom)
          {
            sirkel_document_preview_set_zoom (self, zoom_levels[i]);
            return;
          }
      return;
    }
  for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
    if (zoom_levels[i - 1] < zoom)
      {
        sirkel_document_preview_set_zoom (self, zoom_levels[i - 1]);
        return;
      }
}

static void
zoom_in_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  step_zoom (SIRKEL_DOCUMENT_PREVIEW (widget), 1);
}

static void
zoom_out_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  step_zoom (SIRKEL_DOCUMENT_PREVIEW (widget), -1);
}

static void
zoom_fit_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sirkel_document_preview_set_zoom (SIRKEL_DOCUMENT_PREVIEW (widget), 0);
}

static void
sirkel_document_preview_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  SirkelDocumentPreview *self = SIRKEL_DOCUMENT_PREVIEW (widget);

  gtk_widget_measure (self->overlay, orientation, for_size, minimum, natural, NULL, NULL);
}

/* In fit mode the zoom follows the width; the button says so after the allocation (changing
 * a label while allocating would ask for another layout in the middle of this one). */
static void
sirkel_document_preview_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  SirkelDocumentPreview *self = SIRKEL_DOCUMENT_PREVIEW (widget);

  gtk_widget_allocate (self->overlay, width, height, baseline, NULL);
  if (self->zoom == 0 && self->zoom_idle_id == 0 && effective_zoom (self) != self->shown_zoom)
    self->zoom_idle_id = g_idle_add (zoom_idle_cb, self);
}

static void
sirkel_document_preview_dispose (GObject *object)
{
  SirkelDocumentPreview *self = SIRKEL_DOCUMENT_PREVIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->zoom_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_DOCUMENT_PREVIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (sirkel_document_preview_parent_class)->dispose (object);
}

static void
sirkel_document_preview_finalize (GObject *object)
{
  SirkelDocumentPreview *self = SIRKEL_DOCUMENT_PREVIEW (object);

  g_free (self->counter_text);

  G_OBJECT_CLASS (sirkel_document_preview_parent_class)->finalize (object);
}

static void
sirkel_document_preview_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SirkelDocumentPreview *self = SIRKEL_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_CURRENT_PAGE:
      g_value_set_uint (value, self->current_page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_FROZEN:
      g_value_set_boolean (value, self->frozen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_document_preview_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SirkelDocumentPreview *self = SIRKEL_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      sirkel_document_preview_set_report (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      sirkel_document_preview_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_BUSY:
      sirkel_document_preview_set_busy (self, g_value_get_boolean (value));
      break;
    case PROP_FROZEN:
      sirkel_document_preview_set_frozen (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_document_preview_class_init (SirkelDocumentPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_document_preview_dispose;
  object_class->finalize = sirkel_document_preview_finalize;
  object_class->get_property = sirkel_document_preview_get_property;
  object_class->set_property = sirkel_document_preview_set_property;
  widget_class->measure = sirkel_document_preview_measure;
  widget_class->size_allocate = sirkel_document_preview_size_allocate;

  properties [PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, SIRKEL_TYPE_REPORT, flags);
  properties [PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CURRENT_PAGE] =
    g_param_spec_uint ("current-page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, 1000, 0, flags);
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  properties [PROP_FROZEN] =
    g_param_spec_boolean ("frozen", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action_cb);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action_cb);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_fit_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.zoom-fit", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-document-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentPreview, overlay);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentPreview, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentPreview, list_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentPreview, pages);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentPreview, controls);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentPreview, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentPreview, counter_label);
  gtk_widget_class_bind_template_callback (widget_class, setup_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_page_cb);
  gtk_widget_class_set_css_name (widget_class, "document-preview");
}

static void
sirkel_document_preview_init (SirkelDocumentPreview *self)
{
  GtkAdjustment *adjustment;

  self->counter_text = g_strdup ("");
  self->shown_zoom = -1;
  gtk_widget_init_template (GTK_WIDGET (self));

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (update_current_page), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (update_current_page), self,
                           G_CONNECT_SWAPPED);
  update_current_page (self);
  update_zoom_controls (self);
}

SirkelReport *
sirkel_document_preview_get_report (SirkelDocumentPreview *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self), NULL);

  return self->report;
}

/**
 * sirkel_document_preview_set_report:
 * @report: (nullable): a report that no other thread is using now
 *
 * Shows @report, keeping the scroll position. Its pages are laid out now if they were not.
 */
void
sirkel_document_preview_set_report (SirkelDocumentPreview *self,
                                    SirkelReport          *report)
{
  guint n_pages;
  guint n_rows;

  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (report == NULL || SIRKEL_IS_REPORT (report));

  if (self->report == report)
    return;
  n_pages = report != NULL ? sirkel_report_get_n_pages (report) : 0;
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->pages));

  /* Rows past the new end go first, so that no row shows a page the report does not have. */
  if (n_pages < n_rows)
    gtk_string_list_splice (self->pages, n_pages, n_rows - n_pages, NULL);
  g_set_object (&self->report, report);
  self->n_pages = n_pages;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_PAGES]);
  for (guint i = n_rows; i < n_pages; i++)
    gtk_string_list_append (self->pages, "");
  update_current_page (self);
}

guint
sirkel_document_preview_get_n_pages (SirkelDocumentPreview *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self), 0);

  return self->n_pages;
}

/* The page at the middle of the view, 0-based. */
guint
sirkel_document_preview_get_current_page (SirkelDocumentPreview *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self), 0);

  return self->current_page;
}

/* "Page 3 of 42", as the counter shows it; "" without pages. */
const char *
sirkel_document_preview_get_counter_text (SirkelDocumentPreview *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self), NULL);

  return self->counter_text;
}

/* Brings @page (0-based) to the top of the view. */
void
sirkel_document_preview_scroll_to_page (SirkelDocumentPreview *self,
                                        guint                  page)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self));

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  if (self->n_pages == 0)
    return;
  page = MIN (page, self->n_pages - 1);
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_upper (adjustment) / self->n_pages * page);
}

double
sirkel_document_preview_get_zoom (SirkelDocumentPreview *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self), 0);

  return self->zoom;
}

/* @zoom: percent of the page's size at 96 dpi, or 0 to fit the width up to 100 % */
void
sirkel_document_preview_set_zoom (SirkelDocumentPreview *self,
                                  double                 zoom)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (zoom >= 0);

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
  update_zoom_controls (self);
}

gboolean
sirkel_document_preview_get_busy (SirkelDocumentPreview *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self), FALSE);

  return self->busy;
}

/* Shows a spinner over dimmed pages while a new report is being made. */
void
sirkel_document_preview_set_busy (SirkelDocumentPreview *self,
                                  gboolean               busy)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self));

  busy = !!busy;
  if (self->busy == busy)
    return;
  self->busy = busy;
  gtk_widget_set_opacity (GTK_WIDGET (self->scrolled), busy ? 0.4 : 1.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

gboolean
sirkel_document_preview_get_frozen (SirkelDocumentPreview *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self), FALSE);

  return self->frozen;
}

/* While frozen, no page touches the report (it is being written in a worker). */
void
sirkel_document_preview_set_frozen (SirkelDocumentPreview *self,
                                    gboolean               frozen)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW (self));

  frozen = !!frozen;
  if (self->frozen == frozen)
    return;
  self->frozen = frozen;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FROZEN]);
}
