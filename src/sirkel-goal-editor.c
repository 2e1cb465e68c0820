/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalEditor: see sirkel-goal-editor.h. The plain fields are bound with the shared field
 * bindings on every change of goal; the linked challenges are a widget of their own
 * (SirkelGoalChallenges). The plan choice, the indicator and the programme tags are kept here:
 * the plan row's items are "None" and then the project's plans (plan_ids holds their ids in
 * the same order).
 *
 * Invariants: loading is set while widgets are set from the goal, so their change handlers
 * write nothing; plan_ids->len + 1 is the number of items in the plan row.
 */
#define G_LOG_DOMAIN "sirkel-goal-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-compare.h"
#include "sirkel-domain.h"
#include "sirkel-field-editor.h"
#include "sirkel-goal-challenges.h"
#include "sirkel-goal-editor.h"
#include "sirkel-goal-picker.h"
#include "sirkel-indicator-summary.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

#define N_TAGS 4

struct _SirkelGoalEditor
{
  AdwBin              parent_instance;

  SirkelDocument     *document;
  SirkelEntity       *goal;
  gulong              goal_handler;
  GPtrArray          *plan_ids;
  GtkWidget          *tag_buttons[N_TAGS];
  SirkelComparison    latest;        /* the indicator's latest value; klass NO_DATA if none */
  gboolean            loading;

  /* Template children */
  AdwEntryRow        *title_row;
  AdwComboRow        *level_row;
  AdwComboRow        *plan_row;
  GtkTextView        *description_view;
  SirkelGoalChallenges *challenges;
  AdwActionRow       *indicator_row;
  GtkWidget          *clear_indicator_button;
  AdwActionRow       *latest_row;
  GtkWidget          *baseline_entry;
  GtkWidget          *baseline_year_entry;
  GtkWidget          *target_entry;
  GtkWidget          *target_year_entry;
  GtkFlowBox         *tag_box;
  AdwEntryRow        *tags_row;
};

G_DEFINE_FINAL_TYPE (SirkelGoalEditor, sirkel_goal_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
writable (SirkelGoalEditor *self)
{
  return self->document != NULL && self->goal != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static void
update_actions (SirkelGoalEditor *self)
{
  gboolean can = writable (self);
  gboolean has_indicator = self->goal != NULL && !sirkel_entity_is_null (self->goal, "indicator_id");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goal.choose-indicator", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goal.clear-indicator", can && has_indicator);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goal.use-latest",
                                 can && has_indicator &&
                                 self->latest.klass != SIRKEL_COMPARISON_NO_DATA);
  gtk_widget_set_visible (self->clear_indicator_button, has_indicator);
}

/* Runs an action's failure past the user: a toast, the stored values unchanged. */
static void
report (SirkelGoalEditor *self,
        const GError     *error)
{
  if (error != NULL)
    sirkel_plan_toast (GTK_WIDGET (self), error->message, FALSE);
}

/* The plan row */

static void
update_plans (SirkelGoalEditor *self)
{
  GListModel *plans = self->document != NULL ? sirkel_document_get_list (self->document, "plan") : NULL;
  guint n = plans != NULL ? g_list_model_get_n_items (plans) : 0;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *current = NULL;
  GListModel *shown = adw_combo_row_get_model (self->plan_row);
  gboolean same;
  guint selected = 0;
  SirkelId plan_id;

  gtk_string_list_append (labels, C_("plan of a goal", "None"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SirkelEntity) plan = g_list_model_get_item (plans, i);
      const char *title = sirkel_entity_get_title (plan);

      g_ptr_array_add (ids, sirkel_entity_dup_id_string (plan));
      gtk_string_list_append (labels, *title != '\0' ? title
                              : sirkel_plan_kind_label (sirkel_entity_get_text (plan, "kind")));
    }
  if (self->goal != NULL && sirkel_entity_get_ref (self->goal, "plan_id", &plan_id))
    current = sirkel_id_to_string (&plan_id);
  for (guint i = 0; current != NULL && i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), current))
      selected = i + 1;

  /* Only a changed list is replaced, so an open popover is left alone. */
  same = shown != NULL && g_list_model_get_n_items (shown) == n + 1;
  for (guint i = 0; same && i <= n; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (shown), i),
                      gtk_string_list_get_string (labels, i)) == 0 &&
           (i == 0 || g_strcmp0 (g_ptr_array_index (self->plan_ids, i - 1),
                                 g_ptr_array_index (ids, i - 1)) == 0);
  self->loading = TRUE;
  if (!same)
    {
      g_ptr_array_unref (self->plan_ids);
      self->plan_ids = g_steal_pointer (&ids);
      adw_combo_row_set_model (self->plan_row, G_LIST_MODEL (labels));
    }
  adw_combo_row_set_selected (self->plan_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->plan_row), self->goal != NULL);
  self->loading = FALSE;
}

static void
plan_selected_cb (SirkelGoalEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->plan_row);
  g_autoptr(GError) error = NULL;
  GVariant *value;
  SirkelId id;

  if (self->loading || self->goal == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected == 0)
    {
      if (sirkel_entity_is_null (self->goal, "plan_id"))
        return;
      value = sirkel_value_null ();
    }
  else
    {
      SirkelId current;

      if (selected > self->plan_ids->len ||
          !sirkel_id_parse (&id, g_ptr_array_index (self->plan_ids, selected - 1)))
        return;
      if (sirkel_entity_get_ref (self->goal, "plan_id", &current) && sirkel_id_equal (&current, &id))
        return;
      value = sirkel_value_id (&id);
    }
  if (!sirkel_document_set (self->document, self->goal, "plan_id", value, &error))
    {
      report (self, error);
      update_plans (self);
    }
}

/* The goal indicator */

static SirkelEntity *
goal_indicator (SirkelGoalEditor *self)
{
  SirkelId id;

  if (self->goal == NULL || !sirkel_entity_get_ref (self->goal, "indicator_id", &id))
    return NULL;
  return sirkel_document_find (self->document, "indicator", &id);
}

static void
update_indicator (SirkelGoalEditor *self)
{
  SirkelEntity *indicator = goal_indicator (self);
  g_autofree char *kommune = NULL;
  g_autofree char *fylke = NULL;
  g_autofree char *latest = NULL;
  const char *unit;

  self->latest.klass = SIRKEL_COMPARISON_NO_DATA;
  if (indicator == NULL)
    {
      adw_action_row_set_subtitle (self->indicator_row, self->goal != NULL
                                   ? _("None chosen yet") : "");
      gtk_widget_set_visible (GTK_WIDGET (self->latest_row), FALSE);
      update_actions (self);
      return;
    }
  adw_action_row_set_subtitle (self->indicator_row, sirkel_entity_get_title (indicator));
  if (!sirkel_project_geography (sirkel_document_get_store (self->document), &kommune, &fylke, NULL) ||
      !sirkel_compare_indicator (sirkel_document_get_store (self->document),
                                 sirkel_entity_get_id (indicator), kommune, "0", &self->latest, NULL))
    self->latest.klass = SIRKEL_COMPARISON_NO_DATA;
  unit = sirkel_entity_get_text (indicator, "unit");
  if (self->latest.klass != SIRKEL_COMPARISON_NO_DATA)
    {
      g_autofree char *value = sirkel_plan_format_number (self->latest.value);

      if (unit != NULL && *unit != '\0')
        /* Translators: the latest value of a goal's indicator, its unit and year. */
        latest = g_strdup_printf (_("%s %s in %d"), value, unit, self->latest.period_to);
      else
        /* Translators: the latest value of a goal's indicator and its year. */
        latest = g_strdup_printf (_("%s in %d"), value, self->latest.period_to);
    }
  adw_action_row_set_subtitle (self->latest_row, latest != NULL ? latest : "");
  gtk_widget_set_visible (GTK_WIDGET (self->latest_row), latest != NULL);
  update_actions (self);
}

static void
set_indicator (SirkelGoalEditor *self,
               const char       *id_text)
{
  g_autoptr(GError) error = NULL;
  SirkelId id;

  if (!writable (self))
    return;
  if (id_text == NULL)
    sirkel_document_set (self->document, self->goal, "indicator_id", sirkel_value_null (), &error);
  else if (sirkel_id_parse (&id, id_text))
    sirkel_document_set (self->document, self->goal, "indicator_id", sirkel_value_id (&id), &error);
  report (self, error);
}

static void
indicator_picked_cb (SirkelGoalEditor *self,
                     const char       *id)
{
  set_indicator (self, id);
}

static void
choose_indicator_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SirkelGoalEditor *self = SIRKEL_GOAL_EDITOR (widget);
  SirkelGoalPicker *picker;

  picker = sirkel_goal_picker_new_for_indicators (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                  _("Choose Goal Indicator"), self->document,
                                                  goal_indicator (self));
  g_signal_connect_object (picker, "picked", G_CALLBACK (indicator_picked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
clear_indicator_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  set_indicator (SIRKEL_GOAL_EDITOR (widget), NULL);
}

/* Baseline and its year from the indicator's latest value, as one action. */
static void
use_latest_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SirkelGoalEditor *self = SIRKEL_GOAL_EDITOR (widget);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;

  if (!writable (self) || self->latest.klass == SIRKEL_COMPARISON_NO_DATA)
    return;
  store = sirkel_document_get_store (self->document);
  if (!sirkel_store_begin (store, _("Use latest value as baseline"), &error) ||
      !sirkel_store_set (store, "goal", sirkel_entity_get_id (self->goal), "baseline",
                         sirkel_value_double (self->latest.value), &error) ||
      !sirkel_store_set (store, "goal", sirkel_entity_get_id (self->goal), "baseline_year",
                         sirkel_value_int (self->latest.period_to), &error) ||
      !sirkel_store_commit (store, &error))
    {
      if (sirkel_store_in_action (store))
        sirkel_store_rollback (store);
      report (self, error);
    }
}

/* The programme tags: toggles over the semicolon-separated tags field */

static gboolean
has_tag (char      **tags,
         const char *tag)
{
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (g_str_equal (g_strstrip (tags[i]), tag))
      return TRUE;
  return FALSE;
}

static void
update_tags (SirkelGoalEditor *self)
{
  const char *text = self->goal != NULL ? sirkel_entity_get_text (self->goal, "tags") : NULL;
  g_auto(GStrv) tags = g_strsplit (text != NULL ? text : "", ";", -1);

  self->loading = TRUE;
  for (guint i = 0; i < N_TAGS; i++)
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->tag_buttons[i]),
                                    has_tag (tags, sirkel_goal_tag_keys[i]));
      gtk_widget_set_sensitive (self->tag_buttons[i], self->goal != NULL);
    }
  self->loading = FALSE;
}

static void
tag_toggled_cb (GtkToggleButton  *button,
                SirkelGoalEditor *self)
{
  const char *key = g_object_get_data (G_OBJECT (button), "sirkel-tag");
  const char *text;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || !writable (self))
    return;
  text = sirkel_entity_get_text (self->goal, "tags");
  tags = g_strsplit (text != NULL ? text : "", ";", -1);
  for (guint i = 0; tags[i] != NULL; i++)
    if (*g_strstrip (tags[i]) != '\0' && !g_str_equal (tags[i], key))
      g_ptr_array_add (kept, tags[i]);
  if (gtk_toggle_button_get_active (button))
    g_ptr_array_add (kept, (gpointer) key);
  g_ptr_array_add (kept, NULL);
  joined = g_strjoinv (";", (char **) kept->pdata);
  if (!sirkel_document_set (self->document, self->goal, "tags", sirkel_value_text (joined), &error))
    {
      report (self, error);
      update_tags (self);
    }
}

/* Binding */

static void
goal_changed_cb (SirkelGoalEditor *self,
                 GParamSpec       *pspec)
{
  if (g_str_equal (pspec->name, "indicator-id"))
    update_indicator (self);
  else if (g_str_equal (pspec->name, "plan-id"))
    update_plans (self);
  else if (g_str_equal (pspec->name, "tags"))
    update_tags (self);
}

static void
rebind (SirkelGoalEditor *self)
{
  SirkelDocument *document = self->document;
  SirkelEntity *goal = self->goal;

  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, goal, "title");
  sirkel_field_bind_choice (GTK_WIDGET (self->level_row), document, goal, "level",
                            sirkel_goal_level_keys);
  sirkel_field_bind_text_view (self->description_view, document, goal, "description");
  sirkel_plan_bind_number (GTK_EDITABLE (self->baseline_entry), document, goal, "baseline");
  sirkel_plan_bind_number (GTK_EDITABLE (self->baseline_year_entry), document, goal, "baseline_year");
  sirkel_plan_bind_number (GTK_EDITABLE (self->target_entry), document, goal, "target");
  sirkel_plan_bind_number (GTK_EDITABLE (self->target_year_entry), document, goal, "target_year");
  sirkel_field_bind_editable (GTK_EDITABLE (self->tags_row), document, goal, "tags");
  sirkel_goal_challenges_set_goal (self->challenges, goal);
  sirkel_goal_editor_refresh (self);
}

static void
sirkel_goal_editor_dispose (GObject *object)
{
  SirkelGoalEditor *self = SIRKEL_GOAL_EDITOR (object);

  if (self->goal != NULL)
    g_clear_signal_handler (&self->goal_handler, self->goal);
  if (self->title_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->title_row), GTK_WIDGET (self->level_row),
        GTK_WIDGET (self->description_view), self->baseline_entry, self->baseline_year_entry,
        self->target_entry, self->target_year_entry, GTK_WIDGET (self->tags_row),
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_GOAL_EDITOR);
  g_clear_object (&self->goal);
  g_clear_object (&self->document);
  g_clear_pointer (&self->plan_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (sirkel_goal_editor_parent_class)->dispose (object);
}

static void
sirkel_goal_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SirkelGoalEditor *self = SIRKEL_GOAL_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_goal_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SirkelGoalEditor *self = SIRKEL_GOAL_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_goal_editor_set_document (self, g_value_get_object (value));
      break;
    case PROP_GOAL:
      sirkel_goal_editor_set_goal (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_goal_editor_class_init (SirkelGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_goal_editor_dispose;
  object_class->get_property = sirkel_goal_editor_get_property;
  object_class->set_property = sirkel_goal_editor_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, plan_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, challenges);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, clear_indicator_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, latest_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, baseline_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, baseline_year_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, target_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, target_year_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, tag_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalEditor, tags_row);
  gtk_widget_class_bind_template_callback (widget_class, plan_selected_cb);

  g_type_ensure (SIRKEL_TYPE_GOAL_CHALLENGES);
  gtk_widget_class_install_action (widget_class, "goal.choose-indicator", NULL,
                                   choose_indicator_action);
  gtk_widget_class_install_action (widget_class, "goal.clear-indicator", NULL,
                                   clear_indicator_action);
  gtk_widget_class_install_action (widget_class, "goal.use-latest", NULL, use_latest_action);
}

static void
sirkel_goal_editor_init (SirkelGoalEditor *self)
{
  g_autoptr(GtkStringList) levels = sirkel_plan_labels_model (sirkel_goal_level_keys,
                                                              sirkel_goal_level_label);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plan_ids = g_ptr_array_new_with_free_func (g_free);
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  for (guint i = 0; i < N_TAGS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (sirkel_goal_tag_label (sirkel_goal_tag_keys[i]));

      g_object_set_data (G_OBJECT (button), "sirkel-tag", (gpointer) sirkel_goal_tag_keys[i]);
      gtk_widget_add_css_class (button, "goal-tag");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      g_signal_connect (button, "toggled", G_CALLBACK (tag_toggled_cb), self);
      gtk_flow_box_append (self->tag_box, button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->tag_buttons[i] = button;
    }
  rebind (self);
}

SirkelDocument *
sirkel_goal_editor_get_document (SirkelGoalEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_GOAL_EDITOR (self), NULL);

  return self->document;
}

void
sirkel_goal_editor_set_document (SirkelGoalEditor *self,
                                 SirkelDocument   *document)
{
  g_return_if_fail (SIRKEL_IS_GOAL_EDITOR (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  sirkel_goal_editor_set_goal (self, NULL);
  g_set_object (&self->document, document);
  sirkel_goal_challenges_set_document (self->challenges, document);
  rebind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

SirkelEntity *
sirkel_goal_editor_get_goal (SirkelGoalEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_GOAL_EDITOR (self), NULL);

  return self->goal;
}

/* @goal: (nullable): a goal of the editor's document */
void
sirkel_goal_editor_set_goal (SirkelGoalEditor *self,
                             SirkelEntity     *goal)
{
  g_return_if_fail (SIRKEL_IS_GOAL_EDITOR (self));
  g_return_if_fail (goal == NULL || SIRKEL_IS_ENTITY (goal));

  if (self->goal == goal)
    return;
  if (self->goal != NULL)
    g_clear_signal_handler (&self->goal_handler, self->goal);
  g_set_object (&self->goal, goal);
  if (goal != NULL)
    self->goal_handler = g_signal_connect_swapped (goal, "notify", G_CALLBACK (goal_changed_cb),
                                                   self);
  rebind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GOAL]);
}

/* Brings what the editor shows from other tables (plans, challenges, indicators) up to date;
 * the page calls it after every action. */
void
sirkel_goal_editor_refresh (SirkelGoalEditor *self)
{
  g_return_if_fail (SIRKEL_IS_GOAL_EDITOR (self));

  sirkel_goal_challenges_refresh (self->challenges);
  update_plans (self);
  update_indicator (self);
  update_tags (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->document == NULL ||
                                               !sirkel_document_get_read_only (self->document));
}

void
sirkel_goal_editor_focus_title (SirkelGoalEditor *self)
{
  g_return_if_fail (SIRKEL_IS_GOAL_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
