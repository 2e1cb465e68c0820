/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One page of the document preview; see sirkel-document-preview-page.h.
 */
#define G_LOG_DOMAIN "sirkel-document-preview-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-document-preview-page.h"

/* The narrowest a page gets when it fits the width of a narrow window. */
#define MIN_WIDTH 120

struct _SirkelDocumentPreviewPage
{
  GtkWidget      parent_instance;

  SirkelReport  *report;       /* nullable; never touched while frozen */
  guint          page;         /* 0-based */
  guint          n_pages;      /* the report's page count, given by the preview */
  double         zoom;         /* percent of 100 % size, or 0: fit the width, at most 100 % */
  char          *label;        /* "Page N of M" */
  GskRenderNode *node;         /* the page as last drawn at node_width × node_height */
  int            node_width;
  int            node_height;
  guint          frozen : 1;
  guint          pending : 1;  /* drew blank paper while frozen: draw again when thawed */
};

G_DEFINE_FINAL_TYPE (SirkelDocumentPreviewPage, sirkel_document_preview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_ZOOM,
  PROP_FROZEN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
invalidate (SirkelDocumentPreviewPage *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_label (SirkelDocumentPreviewPage *self)
{
  g_free (self->label);
  /* Translators: the accessible name of a page in the document preview. */
  self->label = g_strdup_printf (_("Page %u of %u"), self->page + 1, MAX (self->n_pages, 1));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->label, -1);
}

/* The page's width in pixels at the zoom: the natural width, and the least it may shrink to. */
static void
get_widths (SirkelDocumentPreviewPage *self,
            int                       *minimum,
            int                       *natural)
{
  double width, height;

  sirkel_report_get_page_size (&width, &height);
  if (self->zoom > 0)
    {
      *natural = *minimum = (int) ceil (width * SIRKEL_DOCUMENT_PREVIEW_PIXELS_PER_POINT
                                        * self->zoom / 100.0);
      return;
    }
  *natural = (int) ceil (width * SIRKEL_DOCUMENT_PREVIEW_PIXELS_PER_POINT);
  *minimum = MIN (MIN_WIDTH, *natural);
}

static GtkSizeRequestMode
sirkel_document_preview_page_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sirkel_document_preview_page_measure (GtkWidget      *widget,
                                      GtkOrientation  orientation,
                                      int             for_size,
                                      int            *minimum,
                                      int            *natural,
                                      int            *minimum_baseline,
                                      int            *natural_baseline)
{
  SirkelDocumentPreviewPage *self = SIRKEL_DOCUMENT_PREVIEW_PAGE (widget);
  int min_width, nat_width, width;
  double page_width, page_height;

  get_widths (self, &min_width, &nat_width);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
      return;
    }
  sirkel_report_get_page_size (&page_width, &page_height);
  width = for_size < 0 ? nat_width : CLAMP (for_size, min_width, nat_width);
  *minimum = *natural = (int) round (width * page_height / page_width);
}

static void
sirkel_document_preview_page_snapshot (GtkWidget   *widget,
                                       GtkSnapshot *snapshot)
{
  SirkelDocumentPreviewPage *self = SIRKEL_DOCUMENT_PREVIEW_PAGE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GtkSnapshot) page_snapshot = NULL;
  double page_width, page_height;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  if (self->node != NULL && self->node_width == width && self->node_height == height)
    {
      gtk_snapshot_append_node (snapshot, self->node);
      return;
    }
  if (self->report == NULL || self->frozen || self->page >= self->n_pages)
    {
      /* Blank paper: nothing to draw yet, or the report is busy in an export's worker. */
      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 1 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      self->pending = self->frozen;
      return;
    }

  g_clear_pointer (&self->node, gsk_render_node_unref);
  sirkel_report_get_page_size (&page_width, &page_height);
  page_snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (page_snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / page_width, width / page_width);
  sirkel_report_render_page (self->report, self->page, cr);
  cairo_destroy (cr);
  self->node = gtk_snapshot_free_to_node (g_steal_pointer (&page_snapshot));
  self->node_width = width;
  self->node_height = height;
  self->pending = FALSE;
  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);
}

static void
sirkel_document_preview_page_dispose (GObject *object)
{
  SirkelDocumentPreviewPage *self = SIRKEL_DOCUMENT_PREVIEW_PAGE (object);

  g_clear_object (&self->report);
  g_clear_pointer (&self->node, gsk_render_node_unref);

  G_OBJECT_CLASS (sirkel_document_preview_page_parent_class)->dispose (object);
}

static void
sirkel_document_preview_page_finalize (GObject *object)
{
  SirkelDocumentPreviewPage *self = SIRKEL_DOCUMENT_PREVIEW_PAGE (object);

  g_free (self->label);

  G_OBJECT_CLASS (sirkel_document_preview_page_parent_class)->finalize (object);
}

static void
sirkel_document_preview_page_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  SirkelDocumentPreviewPage *self = SIRKEL_DOCUMENT_PREVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FROZEN:
      g_value_set_boolean (value, self->frozen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_document_preview_page_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  SirkelDocumentPreviewPage *self = SIRKEL_DOCUMENT_PREVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      sirkel_document_preview_page_set_report (self, g_value_get_object (value));
      break;
    case PROP_PAGE:
      sirkel_document_preview_page_set_page (self, g_value_get_uint (value));
      break;
    case PROP_N_PAGES:
      sirkel_document_preview_page_set_n_pages (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      sirkel_document_preview_page_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FROZEN:
      sirkel_document_preview_page_set_frozen (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_document_preview_page_class_init (SirkelDocumentPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_document_preview_page_dispose;
  object_class->finalize = sirkel_document_preview_page_finalize;
  object_class->get_property = sirkel_document_preview_page_get_property;
  object_class->set_property = sirkel_document_preview_page_set_property;
  widget_class->get_request_mode = sirkel_document_preview_page_get_request_mode;
  widget_class->measure = sirkel_document_preview_page_measure;
  widget_class->snapshot = sirkel_document_preview_page_snapshot;

  properties [PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, SIRKEL_TYPE_REPORT, flags);
  properties [PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, 1000, 0, flags);
  properties [PROP_FROZEN] =
    g_param_spec_boolean ("frozen", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "document-page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sirkel_document_preview_page_init (SirkelDocumentPreviewPage *self)
{
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  update_label (self);
}

GtkWidget *
sirkel_document_preview_page_new (void)
{
  return g_object_new (SIRKEL_TYPE_DOCUMENT_PREVIEW_PAGE, NULL);
}

SirkelReport *
sirkel_document_preview_page_get_report (SirkelDocumentPreviewPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self), NULL);

  return self->report;
}

void
sirkel_document_preview_page_set_report (SirkelDocumentPreviewPage *self,
                                         SirkelReport              *report)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self));
  g_return_if_fail (report == NULL || SIRKEL_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORT]);
}

guint
sirkel_document_preview_page_get_page (SirkelDocumentPreviewPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self), 0);

  return self->page;
}

void
sirkel_document_preview_page_set_page (SirkelDocumentPreviewPage *self,
                                       guint                      page)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self));

  if (self->page == page)
    return;
  self->page = page;
  update_label (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAGE]);
}

guint
sirkel_document_preview_page_get_n_pages (SirkelDocumentPreviewPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self), 0);

  return self->n_pages;
}

void
sirkel_document_preview_page_set_n_pages (SirkelDocumentPreviewPage *self,
                                          guint                      n_pages)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self));

  if (self->n_pages == n_pages)
    return;
  self->n_pages = n_pages;
  update_label (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_PAGES]);
}

double
sirkel_document_preview_page_get_zoom (SirkelDocumentPreviewPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self), 0);

  return self->zoom;
}

/* @zoom: percent of the page's 100 % size, or 0 to fit the width up to 100 % */
void
sirkel_document_preview_page_set_zoom (SirkelDocumentPreviewPage *self,
                                       double                     zoom)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self));
  g_return_if_fail (zoom >= 0);

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
}

gboolean
sirkel_document_preview_page_get_frozen (SirkelDocumentPreviewPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self), FALSE);

  return self->frozen;
}

void
sirkel_document_preview_page_set_frozen (SirkelDocumentPreviewPage *self,
                                         gboolean                   frozen)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self));

  frozen = !!frozen;
  if (self->frozen == frozen)
    return;
  self->frozen = frozen;
  if (!frozen && self->pending)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FROZEN]);
}

/* The accessible name, "Page N of M"; for tests. */
const char *
sirkel_document_preview_page_get_label (SirkelDocumentPreviewPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT_PREVIEW_PAGE (self), NULL);

  return self->label;
}
