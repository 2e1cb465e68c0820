/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPage: document and status for the phase pages; see sirkel-page.h.
 */
#define G_LOG_DOMAIN "sirkel-page"

#include "config.h"

#include "sirkel-entity-list.h"
#include "sirkel-page.h"

typedef struct
{
  SirkelDocument      *document;
  SirkelProjectStatus *status;
} SirkelPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SirkelPage, sirkel_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static guint
count_rows_in (GtkWidget *widget)
{
  guint n = 0;

  if (SIRKEL_IS_ENTITY_LIST (widget))
    {
      if (!gtk_widget_get_visible (widget))
        return 0;
      return sirkel_entity_list_count_rows (SIRKEL_ENTITY_LIST (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows_in (child);
  return n;
}

static void
sirkel_page_dispose (GObject *object)
{
  SirkelPage *self = SIRKEL_PAGE (object);
  SirkelPagePrivate *priv = sirkel_page_get_instance_private (self);

  g_clear_object (&priv->document);
  g_clear_object (&priv->status);

  G_OBJECT_CLASS (sirkel_page_parent_class)->dispose (object);
}

static void
sirkel_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SirkelPage *self = SIRKEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, sirkel_page_get_document (self));
      break;
    case PROP_STATUS:
      g_value_set_object (value, sirkel_page_get_status (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SirkelPage *self = SIRKEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_page_set_document (self, g_value_get_object (value));
      break;
    case PROP_STATUS:
      sirkel_page_set_status (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_page_class_init (SirkelPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sirkel_page_dispose;
  object_class->get_property = sirkel_page_get_property;
  object_class->set_property = sirkel_page_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL, SIRKEL_TYPE_PROJECT_STATUS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SIRKEL_TYPE_ENTITY_LIST);
}

static void
sirkel_page_init (SirkelPage *self)
{
}

SirkelDocument *
sirkel_page_get_document (SirkelPage *self)
{
  SirkelPagePrivate *priv = sirkel_page_get_instance_private (self);

  g_return_val_if_fail (SIRKEL_IS_PAGE (self), NULL);

  return priv->document;
}

/* Whether the page's project can be changed: there is one, and it is not read-only. */
gboolean
sirkel_page_get_writable (SirkelPage *self)
{
  SirkelPagePrivate *priv = sirkel_page_get_instance_private (self);

  g_return_val_if_fail (SIRKEL_IS_PAGE (self), FALSE);

  return priv->document != NULL && !sirkel_document_get_read_only (priv->document);
}

void
sirkel_page_set_document (SirkelPage     *self,
                          SirkelDocument *document)
{
  SirkelPagePrivate *priv = sirkel_page_get_instance_private (self);

  g_return_if_fail (SIRKEL_IS_PAGE (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (g_set_object (&priv->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

SirkelProjectStatus *
sirkel_page_get_status (SirkelPage *self)
{
  SirkelPagePrivate *priv = sirkel_page_get_instance_private (self);

  g_return_val_if_fail (SIRKEL_IS_PAGE (self), NULL);

  return priv->status;
}

void
sirkel_page_set_status (SirkelPage          *self,
                        SirkelProjectStatus *status)
{
  SirkelPagePrivate *priv = sirkel_page_get_instance_private (self);

  g_return_if_fail (SIRKEL_IS_PAGE (self));
  g_return_if_fail (status == NULL || SIRKEL_IS_PROJECT_STATUS (status));

  if (g_set_object (&priv->status, status))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

/* Shows the empty state instead of the lists. The stack is reached through the bin rather than
 * bound as a template child: GTK 4.8 unparents bound direct children of the template widget
 * behind AdwBin's back. */
void
sirkel_page_show_empty (SirkelPage *self,
                        gboolean    empty)
{
  GtkWidget *stack;

  g_return_if_fail (SIRKEL_IS_PAGE (self));

  stack = adw_bin_get_child (ADW_BIN (self));
  g_return_if_fail (GTK_IS_STACK (stack));
  gtk_stack_set_visible_child_name (GTK_STACK (stack), empty ? "empty" : "content");
}

/* The entity rows the page shows, over all its visible lists; for tests. */
guint
sirkel_page_count_rows (SirkelPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_PAGE (self), 0);

  return count_rows_in (GTK_WIDGET (self));
}
