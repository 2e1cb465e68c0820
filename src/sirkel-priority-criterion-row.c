/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityCriterionRow: see sirkel-priority-criterion-row.h.
 *
 * Invariants: criterion is set at construction and never changes; loading is TRUE while the
 * scale row is set from the criterion, so that doing so writes nothing.
 */
#define G_LOG_DOMAIN "sirkel-priority-criterion-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-overview-page.h"
#include "sirkel-priority-criterion-row.h"
#include "sirkel-priority.h"

struct _SirkelPriorityCriterionRow
{
  AdwExpanderRow  parent_instance;

  SirkelDocument *document;
  SirkelEntity   *criterion;
  gboolean        loading;

  /* Template children */
  AdwEntryRow    *title_row;
  AdwEntryRow    *description_row;
  GtkSpinButton  *weight_spin;
  AdwComboRow    *scale_row;
  GtkWidget      *delete_button;
};

G_DEFINE_FINAL_TYPE (SirkelPriorityCriterionRow, sirkel_priority_criterion_row,
                     ADW_TYPE_EXPANDER_ROW)

static void
update (SirkelPriorityCriterionRow *self)
{
  const char *title = sirkel_entity_get_title (self->criterion);
  int scale = sirkel_entity_get_int (self->criterion, "scale_max") == 5 ? 5 : 3;
  gboolean writable = !sirkel_document_get_read_only (self->document);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 *title != '\0' ? title : _("Untitled criterion"));
  /* Translators: a criterion's row: its weight and its scale, "Weight 1.5 · scale 1–3". */
  subtitle = g_strdup_printf (_("Weight %g · scale 1–%d"),
                              sirkel_entity_get_double (self->criterion, "weight"), scale);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  self->loading = TRUE;
  adw_combo_row_set_selected (self->scale_row, scale == 5 ? 1 : 0);
  self->loading = FALSE;
  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), writable);
  gtk_editable_set_editable (GTK_EDITABLE (self->description_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->weight_spin), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), writable);
  gtk_widget_set_sensitive (self->delete_button, writable);
}

static void
scale_selected_cb (SirkelPriorityCriterionRow *self)
{
  int scale = adw_combo_row_get_selected (self->scale_row) == 1 ? 5 : 3;
  g_autoptr(GError) error = NULL;

  if (self->loading || self->criterion == NULL ||
      scale == sirkel_entity_get_int (self->criterion, "scale_max"))
    return;
  if (!sirkel_priority_set_scale (sirkel_document_get_store (self->document),
                                  sirkel_entity_get_id (self->criterion), scale, &error))
    {
      _sirkel_overview_toast_error (GTK_WIDGET (self), error);
      update (self);
    }
}

static void
sirkel_priority_criterion_row_dispose (GObject *object)
{
  SirkelPriorityCriterionRow *self = SIRKEL_PRIORITY_CRITERION_ROW (object);

  if (self->title_row != NULL)
    _sirkel_overview_unbind_fields (GTK_WIDGET (self->title_row),
                                    GTK_WIDGET (self->description_row),
                                    GTK_WIDGET (self->weight_spin), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_PRIORITY_CRITERION_ROW);
  g_clear_object (&self->criterion);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_priority_criterion_row_parent_class)->dispose (object);
}

static void
sirkel_priority_criterion_row_class_init (SirkelPriorityCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_priority_criterion_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-priority-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCriterionRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCriterionRow, description_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCriterionRow, weight_spin);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCriterionRow, scale_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCriterionRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, scale_selected_cb);
}

static void
sirkel_priority_criterion_row_init (SirkelPriorityCriterionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sirkel_priority_criterion_row_new:
 *
 * Returns: (transfer floating): the row of @criterion
 */
GtkWidget *
sirkel_priority_criterion_row_new (SirkelDocument *document,
                                   SirkelEntity   *criterion)
{
  SirkelPriorityCriterionRow *self;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (criterion), NULL);

  self = g_object_new (SIRKEL_TYPE_PRIORITY_CRITERION_ROW, NULL);
  self->document = g_object_ref (document);
  self->criterion = g_object_ref (criterion);
  id = sirkel_entity_dup_id_string (criterion);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->delete_button),
                                          g_variant_new_string (id));
  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, criterion, "title");
  sirkel_field_bind_editable (GTK_EDITABLE (self->description_row), document, criterion,
                              "description");
  sirkel_field_bind_spin (self->weight_spin, document, criterion, "weight");
  g_signal_connect_object (criterion, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

/**
 * sirkel_priority_criterion_row_get_criterion:
 *
 * Returns: (transfer none): the criterion
 */
SirkelEntity *
sirkel_priority_criterion_row_get_criterion (SirkelPriorityCriterionRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_CRITERION_ROW (self), NULL);

  return self->criterion;
}

/* Opens the row at its title, for a criterion just added. */
void
sirkel_priority_criterion_row_focus_title (SirkelPriorityCriterionRow *self)
{
  g_return_if_fail (SIRKEL_IS_PRIORITY_CRITERION_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
