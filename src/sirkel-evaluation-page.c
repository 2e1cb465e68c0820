/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationPage: evaluations as the document orders them. The measure each one
 * evaluates is looked up in the document, so its title follows renames (the list reformats
 * after every action).
 */
#define G_LOG_DOMAIN "sirkel-evaluation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-entity-list.h"
#include "sirkel-evaluation-page.h"
#include "sirkel-gap-list.h"

struct _SirkelEvaluationPage
{
  SirkelPage        parent_instance;

  /* Template children */
  SirkelEntityList *evaluation_list;
};

G_DEFINE_FINAL_TYPE (SirkelEvaluationPage, sirkel_evaluation_page, SIRKEL_TYPE_PAGE)

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "process") == 0)
    return _("Process evaluation");
  if (g_strcmp0 (kind, "effect") == 0)
    return _("Effect evaluation");
  if (g_strcmp0 (kind, "self") == 0)
    return _("Self-evaluation");
  return kind != NULL ? kind : "";
}

static const char *
status_label (const char *status)
{
  if (g_strcmp0 (status, "ongoing") == 0)
    return _("Ongoing");
  if (g_strcmp0 (status, "completed") == 0)
    return _("Completed");
  return _("Planned");
}

static void
format_evaluation (SirkelEntity  *evaluation,
                   char         **title,
                   char         **subtitle,
                   guint         *depth,
                   gpointer       user_data)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (user_data));
  SirkelEntity *measure = NULL;
  const char *kind = kind_label (sirkel_entity_get_text (evaluation, "kind"));
  const char *status = status_label (sirkel_entity_get_text (evaluation, "status"));
  SirkelId id;

  if (document != NULL && sirkel_entity_get_ref (evaluation, "measure_id", &id))
    measure = sirkel_document_find (document, "measure", &id);
  if (*sirkel_entity_get_title (evaluation) == '\0' && measure != NULL)
    *title = g_strdup (sirkel_entity_get_title (measure));
  if (measure != NULL)
    /* Translators: evaluation kind, status and the measure it evaluates. */
    *subtitle = g_strdup_printf (_("%s · %s · of “%s”"), kind, status,
                                 sirkel_entity_get_title (measure));
  else
    *subtitle = g_strdup_printf ("%s · %s", kind, status);
}

static void
update_empty_cb (SirkelEvaluationPage *self)
{
  gboolean empty = sirkel_entity_list_get_n_items (self->evaluation_list) == 0;

  sirkel_page_show_empty (SIRKEL_PAGE (self), empty);
}

static void
sirkel_evaluation_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_EVALUATION_PAGE);

  G_OBJECT_CLASS (sirkel_evaluation_page_parent_class)->dispose (object);
}

static void
sirkel_evaluation_page_class_init (SirkelEvaluationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_evaluation_page_dispose;

  g_type_ensure (SIRKEL_TYPE_GAP_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-evaluation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, evaluation_list);
  gtk_widget_class_bind_template_callback (widget_class, update_empty_cb);
}

static void
sirkel_evaluation_page_init (SirkelEvaluationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  sirkel_entity_list_set_format_func (self->evaluation_list, format_evaluation, self);
  update_empty_cb (self);
}
