/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationEditor: see sirkel-evaluation-editor.h. The document and the evaluation are
 * construct-only: the page makes one editor per evaluation plan of the selected measure, so
 * the fields are bound once, in constructed, and let go in dispose.
 */
#define G_LOG_DOMAIN "sirkel-evaluation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-evaluation-editor.h"
#include "sirkel-evaluation-labels.h"
#include "sirkel-field-editor.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

struct _SirkelEvaluationEditor
{
  AdwBin              parent_instance;

  SirkelDocument     *document;
  SirkelEntity       *evaluation;
  gulong              notify_handler;
  gulong              findings_handler;

  /* Template children */
  AdwPreferencesGroup *plan_group;
  GtkWidget          *delete_button;
  AdwComboRow        *kind_row;
  AdwEntryRow        *title_row;
  AdwComboRow        *status_row;
  AdwEntryRow        *due_row;
  AdwEntryRow        *responsible_row;
  AdwEntryRow        *partner_row;
  GtkTextView        *method_view;
  GtkWidget          *kipp_group;
  GtkLabel           *context_label;
  GtkLabel           *input_label;
  GtkLabel           *process_label;
  GtkLabel           *product_label;
  GtkTextView        *context_view;
  GtkTextView        *input_view;
  GtkTextView        *process_view;
  GtkTextView        *product_view;
  GtkWidget          *lesson_button;
  GtkTextView        *findings_view;
};

G_DEFINE_FINAL_TYPE (SirkelEvaluationEditor, sirkel_evaluation_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_EVALUATION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const kipp_fields[] = { "context", "input", "process", "product" };

static gboolean
has_kipp_text (SirkelEntity *evaluation)
{
  for (guint i = 0; i < G_N_ELEMENTS (kipp_fields); i++)
    {
      const char *text = sirkel_entity_get_text (evaluation, kipp_fields[i]);

      if (text != NULL && *text != '\0')
        return TRUE;
    }
  return FALSE;
}

/* The header names the plan, and the kind row says what the kind asks. */
static void
update (SirkelEvaluationEditor *self)
{
  g_autofree char *escaped = NULL;
  const char *kind;
  const char *title;

  if (self->evaluation == NULL)
    return;
  kind = sirkel_entity_get_text (self->evaluation, "kind");
  title = sirkel_entity_get_title (self->evaluation);
  /* The group's title is markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (*title != '\0' ? title : sirkel_evaluation_kind_label (kind), -1);
  adw_preferences_group_set_title (self->plan_group, escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind_row),
                               sirkel_evaluation_kind_explanation (kind));
  /* Shown for a self-evaluation; for another kind only once it holds text, so that it stays
   * visible while the user clears it. */
  if (g_strcmp0 (kind, "self") == 0 || has_kipp_text (self->evaluation))
    gtk_widget_set_visible (self->kipp_group, TRUE);
  else if (!gtk_widget_get_visible (self->kipp_group) ||
           gtk_widget_get_focus_child (self->kipp_group) == NULL)
    gtk_widget_set_visible (self->kipp_group, FALSE);
}

static gboolean
has_findings (SirkelEvaluationEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->findings_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return *g_strstrip (text) != '\0';
}

/* A lesson needs something to say: Record a Lesson waits for the findings, as they are typed
 * (not only once they are written) and as undo brings them back or takes them away. */
static void
update_lesson_button (SirkelEvaluationEditor *self)
{
  gboolean can = has_findings (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval-plan.record-lesson", can);
  gtk_widget_set_tooltip_text (self->lesson_button,
                               can ? _("Record the findings as a lesson on the Learning page")
                                   : _("Write the findings first, then record them as a lesson"));
}

/* Writes the findings the user is typing, then hands the plan to the page's action. */
static void
record_lesson_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SirkelEvaluationEditor *self = SIRKEL_EVALUATION_EDITOR (widget);
  g_autofree char *id = NULL;

  if (self->evaluation == NULL || !has_findings (self))
    return;
  /* Binding the view again writes what the earlier binding had not written yet; a mnemonic
   * presses the button without taking the focus from the findings. */
  sirkel_field_bind_text_view (self->findings_view, self->document, self->evaluation, "findings");
  id = sirkel_entity_dup_id_string (self->evaluation);
  gtk_widget_activate_action (widget, "evaluation.record-lesson", "s", id);
}

static void
bind_fields (SirkelEvaluationEditor *self)
{
  SirkelDocument *document = self->document;
  SirkelEntity *evaluation = self->evaluation;
  g_autofree char *id = NULL;

  sirkel_field_bind_choice (GTK_WIDGET (self->kind_row), document, evaluation, "kind",
                            sirkel_evaluation_kind_keys);
  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, evaluation, "title");
  sirkel_field_bind_choice (GTK_WIDGET (self->status_row), document, evaluation, "status",
                            sirkel_evaluation_status_keys);
  sirkel_plan_bind_date (GTK_EDITABLE (self->due_row), document, evaluation, "due_date");
  sirkel_field_bind_editable (GTK_EDITABLE (self->responsible_row), document, evaluation,
                              "responsible");
  sirkel_field_bind_editable (GTK_EDITABLE (self->partner_row), document, evaluation, "partner");
  sirkel_field_bind_text_view (self->method_view, document, evaluation, "method");
  sirkel_field_bind_text_view (self->context_view, document, evaluation, "context");
  sirkel_field_bind_text_view (self->input_view, document, evaluation, "input");
  sirkel_field_bind_text_view (self->process_view, document, evaluation, "process");
  sirkel_field_bind_text_view (self->product_view, document, evaluation, "product");
  sirkel_field_bind_text_view (self->findings_view, document, evaluation, "findings");
  if (evaluation == NULL)
    return;
  id = sirkel_entity_dup_id_string (evaluation);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
}

static void
sirkel_evaluation_editor_constructed (GObject *object)
{
  SirkelEvaluationEditor *self = SIRKEL_EVALUATION_EDITOR (object);

  G_OBJECT_CLASS (sirkel_evaluation_editor_parent_class)->constructed (object);

  bind_fields (self);
  if (self->evaluation != NULL)
    self->notify_handler = g_signal_connect_swapped (self->evaluation, "notify",
                                                     G_CALLBACK (update), self);
  self->findings_handler = g_signal_connect_swapped (gtk_text_view_get_buffer (self->findings_view),
                                                     "changed", G_CALLBACK (update_lesson_button),
                                                     self);
  update (self);
  update_lesson_button (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->document != NULL &&
                                               !sirkel_document_get_read_only (self->document));
}

static void
sirkel_evaluation_editor_dispose (GObject *object)
{
  SirkelEvaluationEditor *self = SIRKEL_EVALUATION_EDITOR (object);

  if (self->evaluation != NULL)
    g_clear_signal_handler (&self->notify_handler, self->evaluation);
  if (self->findings_view != NULL)
    g_clear_signal_handler (&self->findings_handler, gtk_text_view_get_buffer (self->findings_view));
  if (self->kind_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->kind_row), GTK_WIDGET (self->title_row), GTK_WIDGET (self->status_row),
        GTK_WIDGET (self->due_row), GTK_WIDGET (self->responsible_row),
        GTK_WIDGET (self->partner_row), GTK_WIDGET (self->method_view),
        GTK_WIDGET (self->context_view), GTK_WIDGET (self->input_view),
        GTK_WIDGET (self->process_view), GTK_WIDGET (self->product_view),
        GTK_WIDGET (self->findings_view),
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_EVALUATION_EDITOR);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_evaluation_editor_parent_class)->dispose (object);
}

static void
sirkel_evaluation_editor_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SirkelEvaluationEditor *self = SIRKEL_EVALUATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_EVALUATION:
      g_value_set_object (value, self->evaluation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_evaluation_editor_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SirkelEvaluationEditor *self = SIRKEL_EVALUATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_EVALUATION:
      self->evaluation = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_evaluation_editor_class_init (SirkelEvaluationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sirkel_evaluation_editor_constructed;
  object_class->dispose = sirkel_evaluation_editor_dispose;
  object_class->get_property = sirkel_evaluation_editor_get_property;
  object_class->set_property = sirkel_evaluation_editor_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_EVALUATION] =
    g_param_spec_object ("evaluation", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-evaluation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, plan_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, due_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, method_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, kipp_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, context_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, input_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, process_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, product_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, context_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, input_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, process_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, product_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, lesson_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationEditor, findings_view);

  gtk_widget_class_install_action (widget_class, "eval-plan.record-lesson", NULL,
                                   record_lesson_action);
}

/* A KIPP field's heading, also the name a screen reader gives its text. */
static void
label_kipp (GtkLabel    *label,
            GtkTextView *view,
            const char  *text)
{
  gtk_label_set_label (label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
sirkel_evaluation_editor_init (SirkelEvaluationEditor *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) statuses = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  kinds = sirkel_plan_labels_model (sirkel_evaluation_kind_keys, sirkel_evaluation_kind_label);
  statuses = sirkel_plan_labels_model (sirkel_evaluation_status_keys,
                                       sirkel_evaluation_status_label);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  /* Translators: the model of KS’s guide to self-evaluation: Kontekst, Innsats, Prosess,
   * Produkt. Keep the abbreviation. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->kipp_group), _("KIPP"));
  /* Translators: the K of the KIPP model of self-evaluation, the situation the measure came
   * from (nb: Kontekst). */
  label_kipp (self->context_label, self->context_view, _("Context"));
  /* Translators: the I of the KIPP model of self-evaluation, what was put in (nb: Innsats). */
  label_kipp (self->input_label, self->input_view, _("Input"));
  /* Translators: the first P of the KIPP model of self-evaluation, how it went (nb: Prosess). */
  label_kipp (self->process_label, self->process_view, _("Process"));
  /* Translators: the last P of the KIPP model of self-evaluation, what came of it (nb: Produkt). */
  label_kipp (self->product_label, self->product_view, _("Product"));
}

/**
 * sirkel_evaluation_editor_new:
 * @evaluation: an evaluation of @document
 *
 * Returns: (transfer floating): the editor of @evaluation
 */
GtkWidget *
sirkel_evaluation_editor_new (SirkelDocument *document,
                              SirkelEntity   *evaluation)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (evaluation), NULL);

  return g_object_new (SIRKEL_TYPE_EVALUATION_EDITOR,
                       "document", document,
                       "evaluation", evaluation,
                       NULL);
}

SirkelEntity *
sirkel_evaluation_editor_get_evaluation (SirkelEvaluationEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_EVALUATION_EDITOR (self), NULL);

  return self->evaluation;
}

/* Puts the cursor in the title, as after adding the plan. */
void
sirkel_evaluation_editor_focus (SirkelEvaluationEditor *self)
{
  g_return_if_fail (SIRKEL_IS_EVALUATION_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
