/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingRow: see sirkel-finding-row.h. Built in code: a row of two labels and two
 * icons does not need a template.
 *
 * Invariants: finding is set at construction and never changes.
 */
#define G_LOG_DOMAIN "sirkel-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-finding-row.h"

struct _SirkelFindingRow
{
  GtkListBoxRow  parent_instance;

  SirkelEntity  *finding;
  GtkImage      *kind_icon;
  GtkLabel      *title;
  GtkLabel      *caption;
  GtkImage      *star;
};

G_DEFINE_FINAL_TYPE (SirkelFindingRow, sirkel_finding_row, GTK_TYPE_LIST_BOX_ROW)

static void
update (SirkelFindingRow *self)
{
  const char *title = sirkel_entity_get_title (self->finding);
  const char *category = sirkel_entity_get_text (self->finding, "category");
  gboolean resource = g_strcmp0 (sirkel_entity_get_text (self->finding, "kind"), "resource") == 0;
  gboolean prioritised = sirkel_entity_get_int (self->finding, "prioritised") != 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *caption = NULL;
  g_autofree char *label = NULL;
  g_autofree char *category_text = NULL;

  g_ptr_array_add (parts, resource ? _("Resource") : _("Challenge"));
  if (category != NULL)
    {
      /* Translators: a finding's forskrift § 3 category in a list: "category b". */
      category_text = g_strdup_printf (_("category %s"), category);
      g_ptr_array_add (parts, category_text);
    }
  if (prioritised)
    g_ptr_array_add (parts, _("prioritised"));
  g_ptr_array_add (parts, NULL);
  caption = g_strjoinv (" · ", (char **) parts->pdata);

  gtk_label_set_label (self->title, *title != '\0' ? title : _("Untitled"));
  if (*title == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "dim-label");
  gtk_label_set_label (self->caption, caption);
  gtk_image_set_from_icon_name (self->kind_icon, resource ? "emblem-ok-symbolic"
                                                          : "dialog-warning-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->star), prioritised);
  label = g_strdup_printf ("%s, %s", *title != '\0' ? title : _("Untitled"), caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
sirkel_finding_row_dispose (GObject *object)
{
  SirkelFindingRow *self = SIRKEL_FINDING_ROW (object);

  g_clear_object (&self->finding);

  G_OBJECT_CLASS (sirkel_finding_row_parent_class)->dispose (object);
}

static void
sirkel_finding_row_class_init (SirkelFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sirkel_finding_row_dispose;
}

static void
sirkel_finding_row_init (SirkelFindingRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->kind_icon = GTK_IMAGE (gtk_image_new ());
  self->title = GTK_LABEL (gtk_label_new (NULL));
  self->caption = GTK_LABEL (gtk_label_new (NULL));
  self->star = GTK_IMAGE (gtk_image_new_from_icon_name ("starred-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->star), _("Prioritised"));
  gtk_widget_set_valign (GTK_WIDGET (self->kind_icon), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->star), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->star), "accent");
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_lines (self->title, 2);
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->title, 28);
  gtk_label_set_xalign (self->caption, 0);
  gtk_label_set_ellipsize (self->caption, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->caption, 28);
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->caption));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->kind_icon));
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->star));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

GtkWidget *
sirkel_finding_row_new (SirkelEntity *finding)
{
  SirkelFindingRow *self;

  g_return_val_if_fail (SIRKEL_IS_ENTITY (finding), NULL);

  self = g_object_new (SIRKEL_TYPE_FINDING_ROW, NULL);
  self->finding = g_object_ref (finding);
  g_signal_connect_object (finding, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

/**
 * sirkel_finding_row_get_finding:
 *
 * Returns: (transfer none): the challenge or resource shown
 */
SirkelEntity *
sirkel_finding_row_get_finding (SirkelFindingRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_ROW (self), NULL);

  return self->finding;
}
