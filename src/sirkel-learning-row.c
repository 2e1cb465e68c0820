/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLearningRow: see sirkel-learning-row.h. Built in code: two labels need no template.
 *
 * Invariants: format is set at construction; notify_handler is connected to entity exactly
 * while entity is not NULL.
 */
#define G_LOG_DOMAIN "sirkel-learning-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-learning-row.h"

struct _SirkelLearningRow
{
  GtkBox                    parent_instance;

  SirkelLearningFormatFunc  format;
  SirkelEntity             *entity;
  gulong                    notify_handler;
  GtkLabel                 *title;
  GtkLabel                 *caption;
};

G_DEFINE_FINAL_TYPE (SirkelLearningRow, sirkel_learning_row, GTK_TYPE_BOX)

static void
update (SirkelLearningRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *label = NULL;
  gboolean untitled;

  if (self->entity != NULL)
    self->format (self->entity, &title, &caption);
  untitled = title == NULL || *title == '\0';
  gtk_label_set_label (self->title, !untitled ? title : self->entity != NULL ? _("Untitled") : "");
  if (untitled)
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "dim-label");
  gtk_label_set_label (self->caption, caption != NULL ? caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption), caption != NULL && *caption != '\0');
  label = g_strdup_printf ("%s, %s", gtk_label_get_label (self->title),
                           caption != NULL ? caption : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
sirkel_learning_row_dispose (GObject *object)
{
  SirkelLearningRow *self = SIRKEL_LEARNING_ROW (object);

  if (self->entity != NULL)
    g_clear_signal_handler (&self->notify_handler, self->entity);
  g_clear_object (&self->entity);

  G_OBJECT_CLASS (sirkel_learning_row_parent_class)->dispose (object);
}

static void
sirkel_learning_row_class_init (SirkelLearningRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sirkel_learning_row_dispose;
}

static void
sirkel_learning_row_init (SirkelLearningRow *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 2);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
  self->title = GTK_LABEL (gtk_label_new (NULL));
  self->caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_wrap_mode (self->title, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->title, 2);
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->title, 12);
  gtk_label_set_max_width_chars (self->title, 30);
  gtk_label_set_xalign (self->caption, 0);
  gtk_label_set_wrap (self->caption, TRUE);
  gtk_label_set_wrap_mode (self->caption, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->caption, 2);
  gtk_label_set_ellipsize (self->caption, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->caption, 30);
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "dim-label");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->caption));
}

GtkWidget *
sirkel_learning_row_new (SirkelLearningFormatFunc format)
{
  SirkelLearningRow *self;

  g_return_val_if_fail (format != NULL, NULL);

  self = g_object_new (SIRKEL_TYPE_LEARNING_ROW, NULL);
  self->format = format;
  return GTK_WIDGET (self);
}

/**
 * sirkel_learning_row_get_entity:
 *
 * Returns: (transfer none) (nullable): the entity shown
 */
SirkelEntity *
sirkel_learning_row_get_entity (SirkelLearningRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_LEARNING_ROW (self), NULL);

  return self->entity;
}

void
sirkel_learning_row_set_entity (SirkelLearningRow *self,
                                SirkelEntity      *entity)
{
  g_return_if_fail (SIRKEL_IS_LEARNING_ROW (self));
  g_return_if_fail (entity == NULL || SIRKEL_IS_ENTITY (entity));

  if (self->entity == entity)
    return;
  if (self->entity != NULL)
    g_clear_signal_handler (&self->notify_handler, self->entity);
  g_set_object (&self->entity, entity);
  if (entity != NULL)
    self->notify_handler = g_signal_connect_swapped (entity, "notify", G_CALLBACK (update), self);
  update (self);
}
