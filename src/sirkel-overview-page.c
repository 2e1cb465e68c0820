/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelOverviewPage: assessments in category order, then challenges and resources as the
 * document orders them.
 */
#define G_LOG_DOMAIN "sirkel-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-entity-list.h"
#include "sirkel-gap-list.h"
#include "sirkel-overview-page.h"

struct _SirkelOverviewPage
{
  SirkelPage        parent_instance;

  /* Template children */
  SirkelEntityList *assessment_list;
  SirkelEntityList *finding_list;
};

G_DEFINE_FINAL_TYPE (SirkelOverviewPage, sirkel_overview_page, SIRKEL_TYPE_PAGE)

static GListModel *
by_category (GListModel *base,
             gpointer    user_data)
{
  GType type = g_list_model_get_item_type (base);
  GtkStringSorter *sorter = gtk_string_sorter_new (gtk_property_expression_new (type, NULL,
                                                                                "category"));

  return G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (base), GTK_SORTER (sorter)));
}

static void
format_assessment (SirkelEntity  *assessment,
                   char         **title,
                   char         **subtitle,
                   guint         *depth,
                   gpointer       user_data)
{
  g_autofree char *category = sirkel_category_dup_label (sirkel_entity_get_text (assessment, "category"));
  const char *status = g_strcmp0 (sirkel_entity_get_text (assessment, "status"), "final") == 0
                       ? _("Final") : _("Draft");

  if (*sirkel_entity_get_title (assessment) == '\0')
    {
      *title = g_steal_pointer (&category);
      *subtitle = g_strdup (status);
    }
  else
    *subtitle = g_strdup_printf ("%s · %s", category != NULL ? category : "", status);
}

static void
format_finding (SirkelEntity  *finding,
                char         **title,
                char         **subtitle,
                guint         *depth,
                gpointer       user_data)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *category = sirkel_entity_get_text (finding, "category");

  if (g_strcmp0 (sirkel_entity_get_text (finding, "kind"), "resource") == 0)
    g_ptr_array_add (parts, g_strdup (_("Resource")));
  else
    g_ptr_array_add (parts, g_strdup (_("Challenge")));
  if (category != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("category %s"), category));
  if (sirkel_entity_get_int (finding, "prioritised") != 0)
    g_ptr_array_add (parts, g_strdup (_("prioritised")));
  g_ptr_array_add (parts, NULL);
  *subtitle = g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_empty_cb (SirkelOverviewPage *self)
{
  gboolean empty = sirkel_entity_list_get_n_items (self->assessment_list) == 0 &&
                   sirkel_entity_list_get_n_items (self->finding_list) == 0;

  sirkel_page_show_empty (SIRKEL_PAGE (self), empty);
}

static void
sirkel_overview_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (sirkel_overview_page_parent_class)->dispose (object);
}

static void
sirkel_overview_page_class_init (SirkelOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_overview_page_dispose;

  g_type_ensure (SIRKEL_TYPE_GAP_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelOverviewPage, assessment_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelOverviewPage, finding_list);
  gtk_widget_class_bind_template_callback (widget_class, update_empty_cb);
}

static void
sirkel_overview_page_init (SirkelOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  sirkel_entity_list_set_model_func (self->assessment_list, by_category, self);
  sirkel_entity_list_set_format_func (self->assessment_list, format_assessment, self);
  sirkel_entity_list_set_format_func (self->finding_list, format_finding, self);
  update_empty_cb (self);
}
