/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvalIndicatorEditor: see sirkel-eval-indicator-editor.h. The document and the
 * indicator are construct-only; the page makes one editor per evaluation indicator of the
 * selected measure and calls refresh after every action. The direction and the logic model
 * element are an INTEGER and a reference, which the shared choice binding does not cover, so
 * they are kept here: logic_ids holds the ids of the logic row's items after "None", and
 * loading is set while widgets are set from the store, so their handlers write nothing.
 */
#define G_LOG_DOMAIN "sirkel-eval-indicator-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-eval-indicator-editor.h"
#include "sirkel-evaluation-labels.h"
#include "sirkel-field-editor.h"
#include "sirkel-goal-picker.h"
#include "sirkel-measurement-list.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"
#include "sirkel-project-chart.h"

struct _SirkelEvalIndicatorEditor
{
  AdwBin               parent_instance;

  SirkelDocument      *document;
  SirkelEntity        *indicator;
  gulong               notify_handler;
  GPtrArray           *logic_ids;
  SirkelChartView     *chart_view;
  gboolean             loading;

  /* Template children */
  AdwPreferencesGroup *indicator_group;
  SirkelMeasurementList *measurements;
  GtkWidget           *delete_button;
  GtkWidget           *chart_box;
  AdwEntryRow         *title_row;
  AdwEntryRow         *unit_row;
  AdwComboRow         *polarity_row;
  AdwComboRow         *logic_row;
  AdwActionRow        *project_indicator_row;
  GtkWidget           *clear_indicator_button;
  GtkWidget           *baseline_entry;
  GtkWidget           *baseline_date_entry;
  GtkWidget           *target_entry;
  GtkWidget           *target_date_entry;
};

G_DEFINE_FINAL_TYPE (SirkelEvalIndicatorEditor, sirkel_eval_indicator_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_INDICATOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The direction row's items, in order. */
static const gint64 polarities[] = { 1, -1, 0 };

static gboolean
writable (SirkelEvalIndicatorEditor *self)
{
  return self->document != NULL && self->indicator != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static void
report (SirkelEvalIndicatorEditor *self,
        const GError              *error)
{
  if (error != NULL)
    sirkel_plan_toast (GTK_WIDGET (self), error->message, FALSE);
}

/* Direction */

static void
update_polarity (SirkelEvalIndicatorEditor *self)
{
  gint64 polarity = sirkel_entity_get_int (self->indicator, "polarity");

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    if (polarities[i] == polarity)
      adw_combo_row_set_selected (self->polarity_row, i);
  self->loading = FALSE;
}

static void
polarity_selected_cb (SirkelEvalIndicatorEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->polarity_row);
  g_autoptr(GError) error = NULL;

  if (self->loading || !writable (self) || selected >= G_N_ELEMENTS (polarities) ||
      sirkel_entity_get_int (self->indicator, "polarity") == polarities[selected])
    return;
  if (!sirkel_document_set (self->document, self->indicator, "polarity",
                            sirkel_value_int (polarities[selected]), &error))
    {
      report (self, error);
      update_polarity (self);
    }
}

/* Logic model element: "None", then the measure's elements in the order of the model. */

static void
update_logic (SirkelEvalIndicatorEditor *self)
{
  GListModel *elements = sirkel_document_get_list (self->document, "logic_element");
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GListModel *shown = adw_combo_row_get_model (self->logic_row);
  SirkelId measure, element, current;
  gboolean has_current = sirkel_entity_get_ref (self->indicator, "logic_element_id", &current);
  gboolean same;
  guint selected = 0;

  gtk_string_list_append (labels, C_("logic model element of an indicator", "None"));
  sirkel_entity_get_ref (self->indicator, "measure_id", &measure);
  for (guint k = 0; sirkel_logic_kind_keys[k] != NULL; k++)
    for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
      {
        g_autoptr(SirkelEntity) item = g_list_model_get_item (elements, i);
        g_autofree char *label = NULL;

        if (!sirkel_entity_get_ref (item, "measure_id", &element) ||
            !sirkel_id_equal (&element, &measure) ||
            g_strcmp0 (sirkel_entity_get_text (item, "kind"), sirkel_logic_kind_keys[k]) != 0)
          continue;
        /* Translators: an element of the logic model to choose for an indicator: its column
         * and its text, "Outputs: 24 parents complete the programme". */
        label = g_strdup_printf (_("%s: %s"), sirkel_logic_kind_label (sirkel_logic_kind_keys[k]),
                                 sirkel_entity_get_title (item));
        gtk_string_list_append (labels, label);
        g_ptr_array_add (ids, sirkel_entity_dup_id_string (item));
        if (has_current && sirkel_id_equal (sirkel_entity_get_id (item), &current))
          selected = ids->len;
      }

  /* Only a changed list is replaced, so an open popover is left alone. */
  same = shown != NULL && g_list_model_get_n_items (shown) == ids->len + 1;
  for (guint i = 0; same && i <= ids->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (shown), i),
                      gtk_string_list_get_string (labels, i)) == 0 &&
           (i == 0 || g_strcmp0 (g_ptr_array_index (self->logic_ids, i - 1),
                                 g_ptr_array_index (ids, i - 1)) == 0);
  self->loading = TRUE;
  if (!same)
    {
      g_ptr_array_unref (self->logic_ids);
      self->logic_ids = g_steal_pointer (&ids);
      adw_combo_row_set_model (self->logic_row, G_LIST_MODEL (labels));
    }
  adw_combo_row_set_selected (self->logic_row, selected);
  self->loading = FALSE;
}

static void
logic_selected_cb (SirkelEvalIndicatorEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->logic_row);
  g_autoptr(GError) error = NULL;
  SirkelId id, current;
  gboolean has_current;
  GVariant *value;

  if (self->loading || !writable (self) || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->logic_ids->len)
    return;
  has_current = sirkel_entity_get_ref (self->indicator, "logic_element_id", &current);
  if (selected == 0)
    {
      if (!has_current)
        return;
      value = sirkel_value_null ();
    }
  else
    {
      if (!sirkel_id_parse (&id, g_ptr_array_index (self->logic_ids, selected - 1)) ||
          (has_current && sirkel_id_equal (&id, &current)))
        return;
      value = sirkel_value_id (&id);
    }
  if (!sirkel_document_set (self->document, self->indicator, "logic_element_id", value, &error))
    {
      report (self, error);
      update_logic (self);
    }
}

/* Project indicator */

static SirkelEntity *
project_indicator (SirkelEvalIndicatorEditor *self)
{
  SirkelId id;

  if (!sirkel_entity_get_ref (self->indicator, "indicator_id", &id))
    return NULL;
  return sirkel_document_find (self->document, "indicator", &id);
}

static void
update_project_indicator (SirkelEvalIndicatorEditor *self)
{
  SirkelEntity *indicator = project_indicator (self);

  adw_action_row_set_subtitle (self->project_indicator_row, indicator != NULL
                               ? sirkel_entity_get_title (indicator) : _("None linked"));
  gtk_widget_set_visible (self->clear_indicator_button, indicator != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval-indicator.clear-indicator",
                                 writable (self) && indicator != NULL);
}

static void
set_project_indicator (SirkelEvalIndicatorEditor *self,
                       const char                *id_text)
{
  g_autoptr(GError) error = NULL;
  SirkelId id;

  if (!writable (self))
    return;
  if (id_text == NULL)
    sirkel_document_set (self->document, self->indicator, "indicator_id", sirkel_value_null (),
                         &error);
  else if (sirkel_id_parse (&id, id_text))
    sirkel_document_set (self->document, self->indicator, "indicator_id", sirkel_value_id (&id),
                         &error);
  report (self, error);
}

static void
choose_indicator_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SirkelEvalIndicatorEditor *self = SIRKEL_EVAL_INDICATOR_EDITOR (widget);
  SirkelGoalPicker *picker;

  picker = sirkel_goal_picker_new_for_indicators (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                  _("Choose Project Indicator"), self->document,
                                                  project_indicator (self));
  g_signal_connect_object (picker, "picked", G_CALLBACK (set_project_indicator), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
clear_indicator_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  set_project_indicator (SIRKEL_EVAL_INDICATOR_EDITOR (widget), NULL);
}

/* Header and chart */

static void
update_header (SirkelEvalIndicatorEditor *self)
{
  const char *title = sirkel_entity_get_title (self->indicator);
  /* The group's title is markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (*title != '\0' ? title : _("Untitled indicator"),
                                                   -1);

  adw_preferences_group_set_title (self->indicator_group, escaped);
}

static void
update_chart (SirkelEvalIndicatorEditor *self)
{
  g_autofree char *id = sirkel_entity_dup_id_string (self->indicator);
  g_autofree char *name = g_strconcat ("progress:", id, NULL);
  g_autoptr(SirkelChart) chart = sirkel_project_chart_new (self->document, name);

  sirkel_chart_view_set_chart (self->chart_view, chart);
  gtk_widget_set_visible (self->chart_box, chart != NULL && !sirkel_chart_is_empty (chart));
}

static void
indicator_notify_cb (SirkelEvalIndicatorEditor *self,
                     GParamSpec                *pspec)
{
  if (g_str_equal (pspec->name, "title"))
    update_header (self);
  else if (g_str_equal (pspec->name, "polarity"))
    update_polarity (self);
  else if (g_str_equal (pspec->name, "logic-element-id"))
    update_logic (self);
  else if (g_str_equal (pspec->name, "indicator-id"))
    update_project_indicator (self);
}

/**
 * sirkel_eval_indicator_editor_refresh:
 *
 * Brings what the editor shows from other tables (logic model, indicators, measurements) and
 * the chart up to date; the page calls it after every action.
 */
void
sirkel_eval_indicator_editor_refresh (SirkelEvalIndicatorEditor *self)
{
  gboolean can;

  g_return_if_fail (SIRKEL_IS_EVAL_INDICATOR_EDITOR (self));

  if (self->indicator == NULL || self->document == NULL)
    return;
  can = writable (self);
  update_header (self);
  update_polarity (self);
  update_logic (self);
  update_project_indicator (self);
  sirkel_measurement_list_refresh (self->measurements);
  update_chart (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eval-indicator.choose-indicator", can);
  gtk_widget_set_sensitive (GTK_WIDGET (self), can);
}

static void
sirkel_eval_indicator_editor_constructed (GObject *object)
{
  SirkelEvalIndicatorEditor *self = SIRKEL_EVAL_INDICATOR_EDITOR (object);
  SirkelDocument *document = self->document;
  SirkelEntity *indicator = self->indicator;
  g_autofree char *id = NULL;

  G_OBJECT_CLASS (sirkel_eval_indicator_editor_parent_class)->constructed (object);

  if (document == NULL || indicator == NULL)
    return;
  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, indicator, "title");
  sirkel_field_bind_editable (GTK_EDITABLE (self->unit_row), document, indicator, "unit");
  sirkel_plan_bind_number (GTK_EDITABLE (self->baseline_entry), document, indicator, "baseline");
  sirkel_plan_bind_date (GTK_EDITABLE (self->baseline_date_entry), document, indicator,
                         "baseline_date");
  sirkel_plan_bind_number (GTK_EDITABLE (self->target_entry), document, indicator, "target");
  sirkel_plan_bind_date (GTK_EDITABLE (self->target_date_entry), document, indicator, "target_date");
  id = sirkel_entity_dup_id_string (indicator);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  sirkel_measurement_list_set_indicator (self->measurements, document, indicator);
  self->notify_handler = g_signal_connect_swapped (indicator, "notify",
                                                   G_CALLBACK (indicator_notify_cb), self);
  sirkel_eval_indicator_editor_refresh (self);
}

static void
sirkel_eval_indicator_editor_dispose (GObject *object)
{
  SirkelEvalIndicatorEditor *self = SIRKEL_EVAL_INDICATOR_EDITOR (object);

  if (self->indicator != NULL)
    g_clear_signal_handler (&self->notify_handler, self->indicator);
  if (self->title_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->title_row), GTK_WIDGET (self->unit_row), self->baseline_entry,
        self->baseline_date_entry, self->target_entry, self->target_date_entry,
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_EVAL_INDICATOR_EDITOR);
  g_clear_object (&self->indicator);
  g_clear_object (&self->document);
  g_clear_pointer (&self->logic_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (sirkel_eval_indicator_editor_parent_class)->dispose (object);
}

static void
sirkel_eval_indicator_editor_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  SirkelEvalIndicatorEditor *self = SIRKEL_EVAL_INDICATOR_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_INDICATOR:
      g_value_set_object (value, self->indicator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_eval_indicator_editor_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  SirkelEvalIndicatorEditor *self = SIRKEL_EVAL_INDICATOR_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_INDICATOR:
      self->indicator = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_eval_indicator_editor_class_init (SirkelEvalIndicatorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sirkel_eval_indicator_editor_constructed;
  object_class->dispose = sirkel_eval_indicator_editor_dispose;
  object_class->get_property = sirkel_eval_indicator_editor_get_property;
  object_class->set_property = sirkel_eval_indicator_editor_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_INDICATOR] =
    g_param_spec_object ("indicator", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SIRKEL_TYPE_MEASUREMENT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-eval-indicator-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, indicator_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, measurements);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, chart_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, polarity_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, logic_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, project_indicator_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, clear_indicator_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, baseline_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, baseline_date_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, target_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvalIndicatorEditor, target_date_entry);
  gtk_widget_class_bind_template_callback (widget_class, polarity_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, logic_selected_cb);

  gtk_widget_class_install_action (widget_class, "eval-indicator.choose-indicator", NULL,
                                   choose_indicator_action);
  gtk_widget_class_install_action (widget_class, "eval-indicator.clear-indicator", NULL,
                                   clear_indicator_action);
}

static void
sirkel_eval_indicator_editor_init (SirkelEvalIndicatorEditor *self)
{
  g_autoptr(GtkStringList) directions = gtk_string_list_new (NULL);

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->logic_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    gtk_string_list_append (directions, sirkel_polarity_label (polarities[i]));
  adw_combo_row_set_model (self->polarity_row, G_LIST_MODEL (directions));
  self->chart_view = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress from baseline to target"), -1);
  gtk_box_append (GTK_BOX (self->chart_box), GTK_WIDGET (self->chart_view));
  self->loading = FALSE;
}

/**
 * sirkel_eval_indicator_editor_new:
 * @indicator: an eval_indicator of @document
 *
 * Returns: (transfer floating): the editor of @indicator
 */
GtkWidget *
sirkel_eval_indicator_editor_new (SirkelDocument *document,
                                  SirkelEntity   *indicator)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (indicator), NULL);

  return g_object_new (SIRKEL_TYPE_EVAL_INDICATOR_EDITOR,
                       "document", document,
                       "indicator", indicator,
                       NULL);
}

SirkelEntity *
sirkel_eval_indicator_editor_get_indicator (SirkelEvalIndicatorEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_EVAL_INDICATOR_EDITOR (self), NULL);

  return self->indicator;
}

/* Puts the cursor in the title, as after adding the indicator. */
void
sirkel_eval_indicator_editor_focus (SirkelEvalIndicatorEditor *self)
{
  g_return_if_fail (SIRKEL_IS_EVAL_INDICATOR_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

SirkelMeasurementList *
sirkel_eval_indicator_editor_get_measurements (SirkelEvalIndicatorEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_EVAL_INDICATOR_EDITOR (self), NULL);

  return self->measurements;
}

SirkelChartView *
sirkel_eval_indicator_editor_get_chart_view (SirkelEvalIndicatorEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_EVAL_INDICATOR_EDITOR (self), NULL);

  return self->chart_view;
}
