/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureRow: see sirkel-measure-row.h. The row formats itself anew on any change of
 * its measure and on any change of the document's measure_goal list (a link added or
 * removed); both are cheap at the size of a municipality's list of measures.
 */
#define G_LOG_DOMAIN "sirkel-measure-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-measure-labels.h"
#include "sirkel-measure-row.h"

struct _SirkelMeasureRow
{
  GtkWidget       parent_instance;

  SirkelDocument *document;
  SirkelEntity   *measure;
  GListModel     *links;          /* the document's measure_goal list while a measure is set */
  gulong          notify_handler;
  gulong          links_handler;

  /* Template children */
  GtkWidget      *box;
  GtkLabel       *title_label;
  GtkLabel       *caption_label;
  GtkLabel       *evidence_label;
  GtkLabel       *goals_label;
};

G_DEFINE_FINAL_TYPE (SirkelMeasureRow, sirkel_measure_row, GTK_TYPE_WIDGET)

/**
 * sirkel_measure_count_goals:
 *
 * Returns: the goals @measure is linked to that are still there
 */
guint
sirkel_measure_count_goals (SirkelDocument *document,
                            SirkelEntity   *measure)
{
  GListModel *links;
  guint n = 0;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (measure), 0);

  links = sirkel_document_get_list (document, "measure_goal");
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(SirkelEntity) link = g_list_model_get_item (links, i);
      SirkelId measure_id;
      SirkelId goal_id;

      if (sirkel_entity_get_ref (link, "measure_id", &measure_id) &&
          sirkel_id_equal (&measure_id, sirkel_entity_get_id (measure)) &&
          sirkel_entity_get_ref (link, "goal_id", &goal_id) &&
          sirkel_document_find (document, "goal", &goal_id) != NULL)
        n++;
    }
  return n;
}

static void
update (SirkelMeasureRow *self)
{
  g_autoptr(GString) caption = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *goals = NULL;
  g_autofree char *accessible = NULL;
  const char *title;
  const char *responsible;
  guint n_goals;

  if (self->measure == NULL)
    return;
  title = sirkel_entity_get_title (self->measure);
  gtk_label_set_label (self->title_label, *title != '\0' ? title : _("Untitled measure"));
  if (*title == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");

  caption = g_string_new (sirkel_measure_status_label (sirkel_entity_get_text (self->measure, "status")));
  responsible = sirkel_entity_get_text (self->measure, "responsible");
  if (responsible != NULL && *responsible != '\0')
    g_string_append_printf (caption, " · %s", responsible);
  gtk_label_set_label (self->caption_label, caption->str);

  evidence = sirkel_measure_dup_evidence_label (sirkel_entity_get_text (self->measure, "evidence_scheme"),
                                                sirkel_entity_get_text (self->measure, "evidence_level"));
  gtk_label_set_label (self->evidence_label, evidence);
  if (sirkel_measure_evidence_known (self->measure))
    gtk_widget_remove_css_class (GTK_WIDGET (self->evidence_label), "unknown");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->evidence_label), "unknown");

  n_goals = sirkel_measure_count_goals (self->document, self->measure);
  if (n_goals == 0)
    goals = g_strdup (_("No goal"));
  else
    /* Translators: how many goals a measure serves, in a small badge. */
    goals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals", n_goals), n_goals);
  gtk_label_set_label (self->goals_label, goals);
  if (n_goals == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->goals_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->goals_label), "warning");

  accessible = g_strdup_printf ("%s, %s, %s, %s", gtk_label_get_label (self->title_label),
                                caption->str, evidence, goals);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
sirkel_measure_row_dispose (GObject *object)
{
  SirkelMeasureRow *self = SIRKEL_MEASURE_ROW (object);

  sirkel_measure_row_set_measure (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_ROW);

  G_OBJECT_CLASS (sirkel_measure_row_parent_class)->dispose (object);
}

static void
sirkel_measure_row_class_init (SirkelMeasureRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureRow, box);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureRow, caption_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureRow, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureRow, goals_label);
}

static void
sirkel_measure_row_init (SirkelMeasureRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sirkel_measure_row_new (void)
{
  return g_object_new (SIRKEL_TYPE_MEASURE_ROW, NULL);
}

SirkelEntity *
sirkel_measure_row_get_measure (SirkelMeasureRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_ROW (self), NULL);

  return self->measure;
}

/* @measure: (nullable): a measure of @document; NULL unbinds the row */
void
sirkel_measure_row_set_measure (SirkelMeasureRow *self,
                                SirkelDocument   *document,
                                SirkelEntity     *measure)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_ROW (self));
  g_return_if_fail (measure == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->measure != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measure);
  if (self->links != NULL)
    g_clear_signal_handler (&self->links_handler, self->links);
  g_clear_object (&self->links);
  g_clear_object (&self->measure);
  g_clear_object (&self->document);
  if (measure == NULL)
    return;
  self->document = g_object_ref (document);
  self->measure = g_object_ref (measure);
  self->links = g_object_ref (sirkel_document_get_list (document, "measure_goal"));
  self->notify_handler = g_signal_connect_swapped (measure, "notify", G_CALLBACK (update), self);
  self->links_handler = g_signal_connect_swapped (self->links, "items-changed", G_CALLBACK (update),
                                                  self);
  update (self);
}
