/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationPage's actions: add and delete evaluation plans, record a plan's findings as
 * a lesson, add, move and delete the elements of the logic model, add and delete evaluation
 * indicators and measurements. Each is one store action, so one Undo takes it back; deletions
 * say so in a toast with Undo. Actions on one item take its id as their parameter.
 */
#define G_LOG_DOMAIN "sirkel-evaluation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-eval-indicator-editor.h"
#include "sirkel-evaluation-editor.h"
#include "sirkel-evaluation-labels.h"
#include "sirkel-evaluation-page-private.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

static SirkelDocument *
document_of (SirkelEvaluationPage *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

gboolean
_sirkel_evaluation_page_writable (SirkelEvaluationPage *self)
{
  return document_of (self) != NULL && !sirkel_document_get_read_only (document_of (self));
}

void
_sirkel_evaluation_page_update_actions (SirkelEvaluationPage *self)
{
  static const char * const item_actions[] = {
    "evaluation.delete-plan", "evaluation.record-lesson", "evaluation.delete-element",
    "evaluation.move-element-up", "evaluation.move-element-down",
    "evaluation.move-element-previous", "evaluation.move-element-next",
    "evaluation.delete-indicator", "evaluation.delete-measurement",
  };
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean can = _sirkel_evaluation_page_writable (self);
  gboolean selected = can && self->measure != NULL;

  gtk_widget_action_set_enabled (widget, "evaluation.add-plan", selected);
  gtk_widget_action_set_enabled (widget, "evaluation.add-element", selected);
  gtk_widget_action_set_enabled (widget, "evaluation.add-indicator", selected);
  for (guint i = 0; i < G_N_ELEMENTS (item_actions); i++)
    gtk_widget_action_set_enabled (widget, item_actions[i], can);
  /* A menu button has no action of its own to follow. */
  gtk_widget_set_sensitive (self->add_first_plan_button, selected);
}

/* The live item of @table whose id is the action's parameter, or NULL when the project
 * cannot be changed. */
SirkelEntity *
_sirkel_evaluation_page_find_param (SirkelEvaluationPage *self,
                                    const char           *table,
                                    GVariant             *parameter)
{
  SirkelId id;

  if (!_sirkel_evaluation_page_writable (self) ||
      !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)))
    return NULL;
  return sirkel_document_find (document_of (self), table, &id);
}

void
_sirkel_evaluation_page_deleted_toast (SirkelEvaluationPage *self,
                                       const char           *title)
{
  g_autofree char *text = g_strdup_printf (_("“%s” deleted"), title);

  sirkel_plan_toast (GTK_WIDGET (self), text, TRUE);
}

/* Selects the measure of @item (a row with a measure_id), shows @view and returns TRUE. */
static gboolean
show_measure_of (SirkelEvaluationPage *self,
                 SirkelEntity         *item,
                 const char           *view)
{
  SirkelId measure;

  if (item == NULL || !sirkel_entity_get_ref (item, "measure_id", &measure) ||
      !sirkel_evaluation_page_select_measure (self, &measure))
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, view);
  return TRUE;
}

static GtkWidget *
find_editor (GtkBox         *box,
             const SirkelId *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SirkelEntity *entity = SIRKEL_IS_EVALUATION_EDITOR (child)
        ? sirkel_evaluation_editor_get_evaluation (SIRKEL_EVALUATION_EDITOR (child))
        : sirkel_eval_indicator_editor_get_indicator (SIRKEL_EVAL_INDICATOR_EDITOR (child));

      if (sirkel_id_equal (sirkel_entity_get_id (entity), id))
        return child;
    }
  return NULL;
}

/**
 * _sirkel_evaluation_page_focus_item:
 * @table: "measure", "evaluation", "logic_element", "eval_indicator" or "measurement"
 *
 * Selects the measure of the item with @id, shows the view it is in and gives it the focus.
 *
 * Returns: whether the item was found
 */
gboolean
_sirkel_evaluation_page_focus_item (SirkelEvaluationPage *self,
                                    const char           *table,
                                    const SirkelId       *id)
{
  SirkelDocument *document = document_of (self);
  SirkelEntity *item = document != NULL ? sirkel_document_find (document, table, id) : NULL;
  GtkWidget *editor;
  SirkelId ref;

  if (item == NULL)
    return FALSE;
  if (g_str_equal (table, "measure"))
    {
      if (!sirkel_evaluation_page_select_measure (self, id))
        return FALSE;
      adw_view_stack_set_visible_child_name (self->view_stack, "plans");
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->plans_stack), "empty") == 0)
        gtk_widget_grab_focus (self->add_first_plan_button);
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->measure_list));
      return TRUE;
    }
  if (g_str_equal (table, "evaluation"))
    {
      if (!show_measure_of (self, item, "plans"))
        return FALSE;
      if ((editor = find_editor (self->plans_box, id)) != NULL)
        sirkel_evaluation_editor_focus (SIRKEL_EVALUATION_EDITOR (editor));
      return TRUE;
    }
  if (g_str_equal (table, "logic_element"))
    {
      if (!show_measure_of (self, item, "logic"))
        return FALSE;
      sirkel_logic_editor_focus_element (self->logic_editor, id);
      return TRUE;
    }
  if (g_str_equal (table, "measurement"))
    {
      if (!sirkel_entity_get_ref (item, "eval_indicator_id", &ref) ||
          (item = sirkel_document_find (document, "eval_indicator", &ref)) == NULL)
        return FALSE;
      id = &ref;
    }
  else if (!g_str_equal (table, "eval_indicator"))
    return FALSE;
  if (!show_measure_of (self, item, "indicators"))
    return FALSE;
  if ((editor = find_editor (self->indicators_box, id)) != NULL)
    sirkel_eval_indicator_editor_focus (SIRKEL_EVAL_INDICATOR_EDITOR (editor));
  return TRUE;
}

/* Evaluation plans */

/* A new plan of the chosen kind for the selected measure opens, with the cursor in its title. */
static void
add_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };

  if (!_sirkel_evaluation_page_writable (self) || self->measure == NULL ||
      !g_strv_contains (sirkel_evaluation_kind_keys, kind))
    return;
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Add evaluation plan"), &error) ||
      !sirkel_store_insert (store, "evaluation", &id, &error,
                            "measure_id", sirkel_value_id (sirkel_entity_get_id (self->measure)),
                            "kind", sirkel_value_text (kind), NULL) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  _sirkel_evaluation_page_refresh (self);
  _sirkel_evaluation_page_focus_item (self, "evaluation", &id);
}

static void
delete_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  SirkelEntity *evaluation = _sirkel_evaluation_page_find_param (self, "evaluation", parameter);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (evaluation == NULL)
    return;
  title = g_strdup (*sirkel_entity_get_title (evaluation) != '\0' ? sirkel_entity_get_title (evaluation)
                    : sirkel_evaluation_kind_label (sirkel_entity_get_text (evaluation, "kind")));
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Delete evaluation plan"), &error) ||
      !sirkel_store_delete (store, "evaluation", sirkel_entity_get_id (evaluation), &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  _sirkel_evaluation_page_refresh (self);
  _sirkel_evaluation_page_deleted_toast (self, title);
}

/* The lesson's title: the findings' first sentence, shortened; else the plan's name. */
static char *
lesson_title (SirkelEntity *evaluation)
{
  const char *findings = sirkel_entity_get_text (evaluation, "findings");
  const char *title = sirkel_entity_get_title (evaluation);
  g_autofree char *first = NULL;
  const char *end;

  if (findings != NULL && *findings != '\0')
    {
      for (end = findings;
           *end != '\0' && *end != '\n' && !(*end == '.' && (end[1] == ' ' || end[1] == '\0'));
           end = g_utf8_next_char (end))
        ;
      first = g_strstrip (g_strndup (findings, end - findings));
      if (g_utf8_strlen (first, -1) > 100)
        {
          g_autofree char *cut = g_utf8_substring (first, 0, 99);

          g_free (first);
          first = g_strconcat (g_strchomp (cut), "…", NULL);
        }
      if (*first != '\0')
        return g_steal_pointer (&first);
    }
  /* Translators: the title of a lesson recorded from an evaluation plan without findings. */
  return g_strdup_printf (_("Lesson from “%s”"), *title != '\0' ? title
                          : sirkel_evaluation_kind_label (sirkel_entity_get_text (evaluation, "kind")));
}

static void
show_lesson_cb (SirkelEvaluationPage *self)
{
  if (self->lesson_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "view.show-item", "(ss)", "learning",
                                self->lesson_id);
}

/* The findings become a lesson (an experience) from this evaluation, learned today; the toast
 * says where it went and offers to go there. Without findings there is nothing to learn, and
 * no empty lesson is made (the editor's button is off then). */
static void
record_lesson_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  SirkelEntity *evaluation = _sirkel_evaluation_page_find_param (self, "evaluation", parameter);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *title = NULL;
  g_autofree char *findings = NULL;
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };
  GtkWidget *overlay;
  AdwToast *toast;

  if (evaluation == NULL)
    return;
  findings = g_strdup (sirkel_entity_get_text (evaluation, "findings"));
  if (findings == NULL || *g_strstrip (findings) == '\0')
    return;
  title = lesson_title (evaluation);
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Record lesson"), &error) ||
      !sirkel_store_insert (store, "lesson", &id, &error,
                            "title", sirkel_value_text (title),
                            "body", sirkel_value_text (sirkel_entity_get_text (evaluation, "findings")),
                            "source_entity", sirkel_value_text ("evaluation"),
                            "source_id", sirkel_value_id (sirkel_entity_get_id (evaluation)),
                            "learned_on", sirkel_value_text (today),
                            "kind", sirkel_value_text ("experience"), NULL) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  g_free (self->lesson_id);
  self->lesson_id = sirkel_id_to_string (&id);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (_("Lesson recorded on the Learning page"));
  adw_toast_set_button_label (toast, _("_Show"));
  /* The overlay is outside the project view, where view.show-item is not found by name. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_lesson_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* Evaluation indicators and measurements */

static void
add_indicator_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };

  if (!_sirkel_evaluation_page_writable (self) || self->measure == NULL)
    return;
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_insert (store, "eval_indicator", &id, &error,
                            "measure_id", sirkel_value_id (sirkel_entity_get_id (self->measure)),
                            NULL))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  _sirkel_evaluation_page_refresh (self);
  _sirkel_evaluation_page_focus_item (self, "eval_indicator", &id);
}

/* The indicator goes with its measurements, as one action. */
static void
delete_indicator_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  SirkelEntity *indicator = _sirkel_evaluation_page_find_param (self, "eval_indicator", parameter);
  g_autoptr(GPtrArray) measurements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GListModel *all;
  SirkelStore *store;
  SirkelId ref;

  if (indicator == NULL)
    return;
  title = g_strdup (*sirkel_entity_get_title (indicator) != '\0' ? sirkel_entity_get_title (indicator)
                    : _("Untitled indicator"));
  all = sirkel_document_get_list (document_of (self), "measurement");
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SirkelEntity) measurement = g_list_model_get_item (all, i);

      if (sirkel_entity_get_ref (measurement, "eval_indicator_id", &ref) &&
          sirkel_id_equal (&ref, sirkel_entity_get_id (indicator)))
        g_ptr_array_add (measurements, g_steal_pointer (&measurement));
    }
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Delete evaluation indicator"), &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (guint i = 0; i < measurements->len; i++)
    if (!sirkel_store_delete (store, "measurement",
                              sirkel_entity_get_id (g_ptr_array_index (measurements, i)), &error))
      {
        sirkel_plan_report_error (GTK_WIDGET (self), store, error);
        return;
      }
  if (!sirkel_store_delete (store, "eval_indicator", sirkel_entity_get_id (indicator), &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  _sirkel_evaluation_page_refresh (self);
  _sirkel_evaluation_page_deleted_toast (self, title);
}

static void
delete_measurement_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  SirkelEntity *measurement = _sirkel_evaluation_page_find_param (self, "measurement", parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  SirkelStore *store;

  if (measurement == NULL)
    return;
  date = sirkel_plan_format_date (sirkel_entity_get_text (measurement, "measured_on"));
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Delete measurement"), &error) ||
      !sirkel_store_delete (store, "measurement", sirkel_entity_get_id (measurement), &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  _sirkel_evaluation_page_refresh (self);
  /* Translators: a toast after deleting a measurement; %s is its date. */
  text = g_strdup_printf (_("Measurement of %s deleted"), date);
  sirkel_plan_toast (widget, text, TRUE);
}

void
_sirkel_evaluation_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "evaluation.add-plan", "s", add_plan_action);
  gtk_widget_class_install_action (widget_class, "evaluation.delete-plan", "s", delete_plan_action);
  gtk_widget_class_install_action (widget_class, "evaluation.record-lesson", "s",
                                   record_lesson_action);
  gtk_widget_class_install_action (widget_class, "evaluation.add-indicator", NULL,
                                   add_indicator_action);
  gtk_widget_class_install_action (widget_class, "evaluation.delete-indicator", "s",
                                   delete_indicator_action);
  gtk_widget_class_install_action (widget_class, "evaluation.delete-measurement", "s",
                                   delete_measurement_action);
}
