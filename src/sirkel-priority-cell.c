/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityCell: see sirkel-priority-cell.h. The score buttons are made for the
 * criterion's scale and made again when the scale changes; they are toggle buttons of the
 * stateful cell.value action, so the one of the current score shows pressed.
 *
 * Invariants: finding and criterion are set at construction; score is NULL or the live score
 * row of the pair, as the grid last found it; value is score's value, or 0.
 */
#define G_LOG_DOMAIN "sirkel-priority-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-overview-page.h"
#include "sirkel-priority-cell.h"
#include "sirkel-priority.h"

struct _SirkelPriorityCell
{
  AdwBin          parent_instance;

  SirkelDocument *document;
  SirkelEntity   *finding;
  SirkelEntity   *criterion;
  SirkelEntity   *score;
  int             value;
  int             n_buttons_for;  /* the scale the value buttons were made for */

  /* Template children */
  GtkMenuButton  *button;
  GtkLabel       *value_label;
  GtkLabel       *criterion_label;
  GtkLabel       *finding_label;
  GtkLabel       *description_label;
  GtkBox         *value_box;
  GtkTextView    *reason_view;
  GtkLabel       *reason_hint;
};

G_DEFINE_FINAL_TYPE (SirkelPriorityCell, sirkel_priority_cell, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static int
scale_of (SirkelPriorityCell *self)
{
  return sirkel_entity_get_int (self->criterion, "scale_max") == 5 ? 5 : 3;
}

static void
make_value_buttons (SirkelPriorityCell *self,
                    int                 scale)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->value_box))) != NULL)
    gtk_box_remove (self->value_box, child);
  for (int i = 0; i <= scale; i++)
    {
      g_autofree char *label = i == 0 ? g_strdup ("–") : g_strdup_printf ("%d", i);
      g_autofree char *tooltip = NULL;
      GtkWidget *toggle = gtk_toggle_button_new_with_label (label);

      if (i == 0)
        tooltip = g_strdup (_("No score"));
      else if (i == 1)
        /* Translators: the lowest score button; %d is 1. */
        tooltip = g_strdup_printf (_("%d: low"), i);
      else if (i == scale)
        /* Translators: the highest score button; %d is 3 or 5. */
        tooltip = g_strdup_printf (_("%d: high"), i);
      if (tooltip != NULL)
        gtk_widget_set_tooltip_text (toggle, tooltip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "cell.value");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (toggle), g_variant_new_int32 (i));
      gtk_box_append (self->value_box, toggle);
    }
  self->n_buttons_for = scale;
}

/* Shows the pair's current state: the score, the texts, what can be done. */
void
sirkel_priority_cell_update (SirkelPriorityCell *self)
{
  gboolean writable;
  int scale;
  const char *criterion;
  const char *finding;
  const char *reason;
  const char *description;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (SIRKEL_IS_PRIORITY_CELL (self));

  writable = self->document != NULL && !sirkel_document_get_read_only (self->document);
  scale = scale_of (self);
  criterion = *sirkel_entity_get_title (self->criterion) != '\0'
              ? sirkel_entity_get_title (self->criterion) : _("Untitled criterion");
  finding = *sirkel_entity_get_title (self->finding) != '\0'
            ? sirkel_entity_get_title (self->finding) : _("Untitled");
  reason = self->score != NULL ? sirkel_entity_get_text (self->score, "reason") : NULL;
  description = sirkel_entity_get_text (self->criterion, "description");

  if (self->n_buttons_for != scale)
    make_value_buttons (self, scale);
  text = self->value > 0 ? g_strdup_printf ("%d", self->value) : g_strdup ("–");
  /* A label child rather than gtk_menu_button_set_label (), which adds an arrow. */
  gtk_label_set_label (self->value_label, text);
  if (self->value > 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->button), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->button), "dim-label");
  if (self->value > 0 && reason != NULL && *reason != '\0')
    /* Translators: a score cell's tooltip: criterion, score, scale and the reason. */
    tooltip = g_strdup_printf (_("%s: %d of %d. %s"), criterion, self->value, scale, reason);
  else if (self->value > 0)
    /* Translators: a score cell's tooltip without a reason yet. */
    tooltip = g_strdup_printf (_("%s: %d of %d, no reason written yet"), criterion, self->value,
                               scale);
  else
    /* Translators: a score cell's tooltip before it is scored. */
    tooltip = g_strdup_printf (_("%s: not scored yet"), criterion);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);

  gtk_label_set_label (self->criterion_label, criterion);
  gtk_label_set_label (self->finding_label, finding);
  gtk_label_set_label (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), *description != '\0');
  if (self->score == NULL)
    gtk_label_set_label (self->reason_hint, _("Give a score first; then say why, so that others "
                                              "can follow the reasoning."));
  else
    gtk_label_set_label (self->reason_hint, _("Say why, so that others can follow the reasoning."));
  gtk_text_view_set_editable (self->reason_view, writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cell.value", writable);
}

/* The score as stored, without writing. */
static void
show_value (SirkelPriorityCell *self,
            int                 value)
{
  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
}

static void
sirkel_priority_cell_dispose (GObject *object)
{
  SirkelPriorityCell *self = SIRKEL_PRIORITY_CELL (object);

  if (self->reason_view != NULL)
    _sirkel_overview_unbind_fields (GTK_WIDGET (self->reason_view), NULL);
  /* The bin's child is a template child; it lets go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_PRIORITY_CELL);
  g_clear_object (&self->score);
  g_clear_object (&self->criterion);
  g_clear_object (&self->finding);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_priority_cell_parent_class)->dispose (object);
}

static void
sirkel_priority_cell_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SirkelPriorityCell *self = SIRKEL_PRIORITY_CELL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_priority_cell_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SirkelPriorityCell *self = SIRKEL_PRIORITY_CELL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      sirkel_priority_cell_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_priority_cell_class_init (SirkelPriorityCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_priority_cell_dispose;
  object_class->get_property = sirkel_priority_cell_get_property;
  object_class->set_property = sirkel_priority_cell_set_property;

  properties [PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, 0, 5, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-priority-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, button);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, value_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, criterion_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, finding_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, description_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, value_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, reason_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityCell, reason_hint);

  gtk_widget_class_install_property_action (widget_class, "cell.value", "value");
}

static void
sirkel_priority_cell_init (SirkelPriorityCell *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sirkel_priority_cell_new:
 * @finding: a challenge
 * @criterion: a criterion
 *
 * Returns: (transfer floating): the cell of @finding and @criterion, without a score until the
 *   grid gives it one
 */
SirkelPriorityCell *
sirkel_priority_cell_new (SirkelDocument *document,
                          SirkelEntity   *finding,
                          SirkelEntity   *criterion)
{
  SirkelPriorityCell *self;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (finding), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (criterion), NULL);

  self = g_object_new (SIRKEL_TYPE_PRIORITY_CELL, NULL);
  self->document = g_object_ref (document);
  self->finding = g_object_ref (finding);
  self->criterion = g_object_ref (criterion);
  sirkel_field_bind_text_view (self->reason_view, document, NULL, "reason");
  sirkel_priority_cell_update (self);
  return self;
}

/**
 * sirkel_priority_cell_get_finding:
 *
 * Returns: (transfer none): the challenge
 */
SirkelEntity *
sirkel_priority_cell_get_finding (SirkelPriorityCell *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_CELL (self), NULL);

  return self->finding;
}

/**
 * sirkel_priority_cell_get_criterion:
 *
 * Returns: (transfer none): the criterion
 */
SirkelEntity *
sirkel_priority_cell_get_criterion (SirkelPriorityCell *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_CELL (self), NULL);

  return self->criterion;
}

/**
 * sirkel_priority_cell_get_score:
 *
 * Returns: (transfer none) (nullable): the score row shown
 */
SirkelEntity *
sirkel_priority_cell_get_score (SirkelPriorityCell *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_CELL (self), NULL);

  return self->score;
}

/* For the grid: the pair's live score row, or NULL; shown without writing anything. */
void
sirkel_priority_cell_set_score (SirkelPriorityCell *self,
                                SirkelEntity       *score)
{
  g_return_if_fail (SIRKEL_IS_PRIORITY_CELL (self));
  g_return_if_fail (score == NULL || SIRKEL_IS_ENTITY (score));

  if (g_set_object (&self->score, score))
    sirkel_field_bind_text_view (self->reason_view, self->document, score, "reason");
  show_value (self, score != NULL ? (int) sirkel_entity_get_int (score, "value") : 0);
  sirkel_priority_cell_update (self);
}

int
sirkel_priority_cell_get_value (SirkelPriorityCell *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_CELL (self), 0);

  return self->value;
}

/**
 * sirkel_priority_cell_set_value:
 * @value: 1 … the criterion's scale_max, or 0 for no score
 *
 * Scores the pair as a click on a score button does: one action.
 */
void
sirkel_priority_cell_set_value (SirkelPriorityCell *self,
                                int                 value)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SIRKEL_IS_PRIORITY_CELL (self));

  if (self->value == value || self->document == NULL)
    return;
  if (sirkel_document_get_read_only (self->document) ||
      !sirkel_priority_set_score (sirkel_document_get_store (self->document),
                                  sirkel_entity_get_id (self->finding),
                                  sirkel_entity_get_id (self->criterion), value, &error))
    {
      if (error != NULL)
        _sirkel_overview_toast_error (GTK_WIDGET (self), error);
      /* The buttons show the stored score again. */
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
      return;
    }
  show_value (self, value);
  sirkel_priority_cell_update (self);
}
