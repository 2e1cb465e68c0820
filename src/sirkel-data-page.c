/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDataPage: see sirkel-data-page.h. The two lists are GtkListBoxes bound to sort models
 * that live as long as the page; a new document only changes what they sort. The progress
 * row, the empty state and the buttons are bound in the .ui.
 *
 * Invariants: imports and indicators are never NULL after init; their models are the
 * document's lists, or NULL while there is no document.
 */
#define G_LOG_DOMAIN "sirkel-data-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-data-page.h"
#include "sirkel-import-indicator-row.h"
#include "sirkel-import-row.h"
#include "sirkel-window.h"

struct _SirkelDataPage
{
  SirkelPage          parent_instance;

  SirkelImportQueue  *import_queue;  /* the window's; NULL outside a window */
  GtkSortListModel   *imports;       /* the document's imports, newest first */
  GtkSortListModel   *indicators;    /* the document's indicators, in its order */

  /* Template children */
  GtkListBox         *import_list;
  GtkListBox         *indicator_list;
};

G_DEFINE_FINAL_TYPE (SirkelDataPage, sirkel_data_page, SIRKEL_TYPE_PAGE)

enum {
  PROP_0,
  PROP_IMPORT_QUEUE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static int
newest_first (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  SirkelEntity *x = (SirkelEntity *) a;
  SirkelEntity *y = (SirkelEntity *) b;
  int order = g_strcmp0 (sirkel_entity_get_text (y, "imported_at"),
                         sirkel_entity_get_text (x, "imported_at"));

  if (order == 0)
    order = g_strcmp0 (sirkel_entity_get_text (y, "created_at"),
                       sirkel_entity_get_text (x, "created_at"));
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkWidget *
create_import_row_cb (gpointer item,
                      gpointer user_data)
{
  return sirkel_import_row_new (item);
}

static GtkWidget *
create_indicator_row_cb (gpointer item,
                         gpointer user_data)
{
  return sirkel_import_indicator_row_new (item);
}

/* Closures for the .ui bindings; the first argument is the page, unused. */

static char *
format_progress_title (gpointer    unused,
                       const char *file_name)
{
  /* Translators: shown while a statistics file is read; %s is its name. */
  return g_strdup_printf (_("Importing “%s”…"), file_name != NULL ? file_name : "");
}

static char *
format_progress_subtitle (gpointer unused,
                          guint    n_waiting)
{
  if (n_waiting == 0)
    return g_strdup (_("Reading the file; you can go on working meanwhile"));
  return g_strdup_printf (ngettext ("%u more file waiting", "%u more files waiting", n_waiting),
                          n_waiting);
}

static void
update_empty_cb (SirkelDataPage *self)
{
  gboolean busy = self->import_queue != NULL && sirkel_import_queue_get_busy (self->import_queue);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->imports)) == 0 &&
                   g_list_model_get_n_items (G_LIST_MODEL (self->indicators)) == 0;

  sirkel_page_show_empty (SIRKEL_PAGE (self), empty && !busy);
}

static void
document_changed_cb (SirkelDataPage *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  gtk_sort_list_model_set_model (self->imports, document != NULL
                                 ? sirkel_document_get_list (document, "data_import") : NULL);
  gtk_sort_list_model_set_model (self->indicators, document != NULL
                                 ? sirkel_document_get_list (document, "indicator") : NULL);
  update_empty_cb (self);
}

/* The page shows the progress of the window it is in. Found on rooting rather than through an
 * expression on the root: GTK 4.8 expression watches on a window that is being destroyed
 * trip over its cleared weak references. */
static void
sirkel_data_page_root (GtkWidget *widget)
{
  GtkRoot *root;

  GTK_WIDGET_CLASS (sirkel_data_page_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (SIRKEL_IS_WINDOW (root))
    sirkel_data_page_set_import_queue (SIRKEL_DATA_PAGE (widget),
                                       sirkel_window_get_import_queue (SIRKEL_WINDOW (root)));
}

static void
sirkel_data_page_unroot (GtkWidget *widget)
{
  sirkel_data_page_set_import_queue (SIRKEL_DATA_PAGE (widget), NULL);

  GTK_WIDGET_CLASS (sirkel_data_page_parent_class)->unroot (widget);
}

static void
sirkel_data_page_dispose (GObject *object)
{
  SirkelDataPage *self = SIRKEL_DATA_PAGE (object);

  if (self->import_list != NULL)
    gtk_list_box_bind_model (self->import_list, NULL, NULL, NULL, NULL);
  if (self->indicator_list != NULL)
    gtk_list_box_bind_model (self->indicator_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_DATA_PAGE);
  g_clear_object (&self->imports);
  g_clear_object (&self->indicators);
  g_clear_object (&self->import_queue);

  G_OBJECT_CLASS (sirkel_data_page_parent_class)->dispose (object);
}

static void
sirkel_data_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SirkelDataPage *self = SIRKEL_DATA_PAGE (object);

  switch (prop_id)
    {
    case PROP_IMPORT_QUEUE:
      g_value_set_object (value, sirkel_data_page_get_import_queue (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_data_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SirkelDataPage *self = SIRKEL_DATA_PAGE (object);

  switch (prop_id)
    {
    case PROP_IMPORT_QUEUE:
      sirkel_data_page_set_import_queue (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_data_page_class_init (SirkelDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_data_page_dispose;
  object_class->get_property = sirkel_data_page_get_property;
  object_class->set_property = sirkel_data_page_set_property;
  widget_class->root = sirkel_data_page_root;
  widget_class->unroot = sirkel_data_page_unroot;

  properties [PROP_IMPORT_QUEUE] =
    g_param_spec_object ("import-queue", NULL, NULL, SIRKEL_TYPE_IMPORT_QUEUE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SIRKEL_TYPE_IMPORT_QUEUE);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-data-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelDataPage, import_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelDataPage, indicator_list);
  gtk_widget_class_bind_template_callback (widget_class, format_progress_title);
  gtk_widget_class_bind_template_callback (widget_class, format_progress_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, update_empty_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
}

static void
sirkel_data_page_init (SirkelDataPage *self)
{
  GtkCustomSorter *sorter = gtk_custom_sorter_new (newest_first, NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->imports = gtk_sort_list_model_new (NULL, GTK_SORTER (sorter));
  self->indicators = gtk_sort_list_model_new (NULL, NULL);
  gtk_list_box_bind_model (self->import_list, G_LIST_MODEL (self->imports), create_import_row_cb,
                           self, NULL);
  gtk_list_box_bind_model (self->indicator_list, G_LIST_MODEL (self->indicators),
                           create_indicator_row_cb, self, NULL);
  g_signal_connect_object (self->imports, "items-changed", G_CALLBACK (update_empty_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->indicators, "items-changed", G_CALLBACK (update_empty_cb), self,
                           G_CONNECT_SWAPPED);
  update_empty_cb (self);
}

/**
 * sirkel_data_page_get_import_queue:
 *
 * Returns: (transfer none) (nullable): the queue whose progress the page shows
 */
SirkelImportQueue *
sirkel_data_page_get_import_queue (SirkelDataPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DATA_PAGE (self), NULL);

  return self->import_queue;
}

void
sirkel_data_page_set_import_queue (SirkelDataPage    *self,
                                   SirkelImportQueue *queue)
{
  g_return_if_fail (SIRKEL_IS_DATA_PAGE (self));
  g_return_if_fail (queue == NULL || SIRKEL_IS_IMPORT_QUEUE (queue));

  if (self->import_queue == queue)
    return;
  if (self->import_queue != NULL)
    g_signal_handlers_disconnect_by_func (self->import_queue, update_empty_cb, self);
  g_set_object (&self->import_queue, queue);
  if (queue != NULL)
    g_signal_connect_object (queue, "notify::busy", G_CALLBACK (update_empty_cb), self,
                             G_CONNECT_SWAPPED);
  update_empty_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IMPORT_QUEUE]);
}
