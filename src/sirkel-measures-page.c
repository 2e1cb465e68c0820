/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasuresPage: measures as the document orders them (sort key, then creation).
 */
#define G_LOG_DOMAIN "sirkel-measures-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-entity-list.h"
#include "sirkel-gap-list.h"
#include "sirkel-measures-page.h"

struct _SirkelMeasuresPage
{
  SirkelPage        parent_instance;

  /* Template children */
  SirkelEntityList *measure_list;
};

G_DEFINE_FINAL_TYPE (SirkelMeasuresPage, sirkel_measures_page, SIRKEL_TYPE_PAGE)

static const char *
status_label (const char *status)
{
  static const struct { const char *key; const char *label; } labels[] = {
    { "proposed", N_("Proposed") },
    { "planned", N_("Planned") },
    { "ongoing", N_("Ongoing") },
    { "completed", N_("Completed") },
    { "stopped", N_("Stopped") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (status, labels[i].key) == 0)
      return _(labels[i].label);
  return status != NULL ? status : "";
}

static void
format_measure (SirkelEntity  *measure,
                char         **title,
                char         **subtitle,
                guint         *depth,
                gpointer       user_data)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *responsible = sirkel_entity_get_text (measure, "responsible");
  const char *evidence = sirkel_entity_get_text (measure, "evidence_level");

  g_ptr_array_add (parts, g_strdup (status_label (sirkel_entity_get_text (measure, "status"))));
  if (responsible != NULL && *responsible != '\0')
    g_ptr_array_add (parts, g_strdup (responsible));
  if (evidence != NULL && *evidence != '\0')
    /* Translators: the level of evidence of a measure from the catalogue. */
    g_ptr_array_add (parts, g_strdup_printf (_("evidence: %s"), evidence));
  g_ptr_array_add (parts, NULL);
  *subtitle = g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_empty_cb (SirkelMeasuresPage *self)
{
  gboolean empty = sirkel_entity_list_get_n_items (self->measure_list) == 0;

  sirkel_page_show_empty (SIRKEL_PAGE (self), empty);
}

static void
sirkel_measures_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_MEASURES_PAGE);

  G_OBJECT_CLASS (sirkel_measures_page_parent_class)->dispose (object);
}

static void
sirkel_measures_page_class_init (SirkelMeasuresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measures_page_dispose;

  g_type_ensure (SIRKEL_TYPE_GAP_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, measure_list);
  gtk_widget_class_bind_template_callback (widget_class, update_empty_cb);
}

static void
sirkel_measures_page_init (SirkelMeasuresPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  sirkel_entity_list_set_format_func (self->measure_list, format_measure, self);
  update_empty_cb (self);
}
