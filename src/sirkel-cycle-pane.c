/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelCyclePane: see sirkel-cycle-pane.h. The list is the document's improvement cycles,
 * open ones first and then the latest started; the selection always holds a cycle while there
 * is one, and the editor shows it. The text fields are bound with the shared field bindings
 * on every change of cycle. The measure row and the steps are kept here: the measure row's
 * items are "None" and then the project's measures (measure_ids holds their ids in the same
 * order); the steps are five grouped toggle buttons (plan, do, study, act, closed), each
 * marked done with a check and named in its accessible label, so the step is never told by
 * colour alone.
 *
 * Invariants: loading is set while widgets are set from the cycle, so their handlers write
 * nothing; measure_ids->len + 1 is the number of items in the measure row.
 */
#define G_LOG_DOMAIN "sirkel-cycle-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-cycle-pane.h"
#include "sirkel-field-editor.h"
#include "sirkel-learning-labels.h"
#include "sirkel-learning-list.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

#define N_STEPS 5

struct _SirkelCyclePane
{
  SirkelPage          parent_instance;

  GtkSortListModel   *sorted;        /* the document's cycles, open first */
  GtkSingleSelection *selection;     /* over sorted; held by cycle_view */
  GSignalGroup       *status_signals;
  SirkelEntity       *cycle;
  GPtrArray          *measure_ids;
  GtkWidget          *step_buttons[N_STEPS];
  GtkWidget          *step_checks[N_STEPS];
  gboolean            loading;

  /* Template children */
  GtkListView        *cycle_view;
  GtkStack           *editor_stack;
  AdwEntryRow        *title_row;
  AdwComboRow        *measure_row;
  AdwEntryRow        *started_row;
  GtkWidget          *next_button;
  GtkBox             *step_box;
  GtkLabel           *step_label;
  GtkTextView        *aim_view;
  GtkTextView        *indicator_view;
  GtkTextView        *change_view;
  GtkTextView        *plan_view;
  GtkTextView        *do_view;
  GtkTextView        *study_view;
  GtkTextView        *act_view;
};

G_DEFINE_FINAL_TYPE (SirkelCyclePane, sirkel_cycle_pane, SIRKEL_TYPE_PAGE)

static SirkelDocument *
document_of (SirkelCyclePane *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

static gboolean
writable (SirkelCyclePane *self)
{
  return sirkel_page_get_writable (SIRKEL_PAGE (self));
}

static void
format_cycle (SirkelEntity  *cycle,
              char         **title,
              char         **caption)
{
  const char *step = sirkel_cycle_step_label (sirkel_entity_get_text (cycle, "status"));
  g_autofree char *started = sirkel_plan_format_date (sirkel_entity_get_text (cycle, "started_on"));

  *title = g_strdup (sirkel_entity_get_title (cycle));
  if (started != NULL)
    /* Translators: an improvement cycle in the list: its step and when it started. */
    *caption = g_strdup_printf (_("%s · started %s"), step, started);
  else
    *caption = g_strdup (step);
}

/* Open cycles first, then the latest started (a new one without a date on top). */
static int
compare_cycles (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const char *status_a = sirkel_entity_get_text ((SirkelEntity *) a, "status");
  const char *status_b = sirkel_entity_get_text ((SirkelEntity *) b, "status");
  gboolean closed_a = g_strcmp0 (status_a, "closed") == 0;
  gboolean closed_b = g_strcmp0 (status_b, "closed") == 0;
  const char *date_a = sirkel_entity_get_text ((SirkelEntity *) a, "started_on");
  const char *date_b = sirkel_entity_get_text ((SirkelEntity *) b, "started_on");

  if (closed_a != closed_b)
    return closed_a ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
  if (date_a == NULL || date_b == NULL)
    return (date_a == NULL ? 0 : 1) - (date_b == NULL ? 0 : 1);
  return gtk_ordering_from_cmpfunc (g_strcmp0 (date_b, date_a));
}

static void
update_actions (SirkelCyclePane *self)
{
  gboolean can = writable (self) && self->cycle != NULL;
  const char *status = self->cycle != NULL ? sirkel_entity_get_text (self->cycle, "status") : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cycle.add", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cycle.delete", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cycle.next-step",
                                 can && g_strcmp0 (status, "closed") != 0);
  /* A project opened read-only is shown, not edited. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->editor_stack), writable (self));
}

/* The steps */

static void
update_steps (SirkelCyclePane *self)
{
  static const char * const next_labels[] = {
    N_("Go on to _Do"), N_("Go on to _Study"), N_("Go on to _Act"), N_("_Close the Cycle"),
  };
  static const char * const explanations[] = {
    N_("Step 1 of 4, Plan: decide what to try, on a small scale, and predict what will happen."),
    N_("Step 2 of 4, Do: carry out the plan and note what happens, also what was not planned."),
    N_("Step 3 of 4, Study: compare the results with the prediction."),
    N_("Step 4 of 4, Act: adopt, adapt or abandon the change, and plan the next cycle."),
    N_("The cycle is closed. Start a new cycle to test the next change."),
  };
  int current = self->cycle != NULL
    ? sirkel_cycle_step_index (sirkel_entity_get_text (self->cycle, "status")) : 0;

  self->loading = TRUE;
  for (int i = 0; i < N_STEPS; i++)
    {
      const char *name = sirkel_cycle_step_label (sirkel_cycle_step_keys[i]);
      g_autofree char *label = NULL;
      gboolean done = i < current || current == N_STEPS - 1;

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->step_buttons[i]), i == current);
      gtk_widget_set_visible (self->step_checks[i], done && i < N_STEPS - 1);
      gtk_widget_set_sensitive (self->step_buttons[i], self->cycle != NULL && writable (self));
      if (i == current)
        /* Translators: accessible name of a step of an improvement cycle. */
        label = g_strdup_printf (_("%s, the current step"), name);
      else if (done)
        /* Translators: accessible name of a step of an improvement cycle. */
        label = g_strdup_printf (_("%s, done"), name);
      else
        /* Translators: accessible name of a step of an improvement cycle. */
        label = g_strdup_printf (_("%s, not started"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->step_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  self->loading = FALSE;
  gtk_label_set_label (self->step_label, self->cycle != NULL ? _(explanations[current]) : "");
  gtk_widget_set_visible (self->next_button, self->cycle != NULL && current < N_STEPS - 1);
  if (current < N_STEPS - 1)
    gtk_button_set_label (GTK_BUTTON (self->next_button), _(next_labels[current]));
  update_actions (self);
}

static void
set_step (SirkelCyclePane *self,
          const char      *step)
{
  g_autoptr(GError) error = NULL;

  if (!writable (self) || self->cycle == NULL ||
      g_strcmp0 (sirkel_entity_get_text (self->cycle, "status"), step) == 0)
    return;
  if (!sirkel_document_set (document_of (self), self->cycle, "status", sirkel_value_text (step),
                            &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), NULL, error);
      update_steps (self);
    }
}

static void
step_toggled_cb (GtkToggleButton *button,
                 SirkelCyclePane *self)
{
  if (self->loading || !gtk_toggle_button_get_active (button))
    return;
  set_step (self, g_object_get_data (G_OBJECT (button), "sirkel-step"));
}

/* The measure row */

static void
update_measures (SirkelCyclePane *self)
{
  SirkelDocument *document = document_of (self);
  GListModel *measures = document != NULL ? sirkel_document_get_list (document, "measure") : NULL;
  guint n = measures != NULL ? g_list_model_get_n_items (measures) : 0;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *shown = adw_combo_row_get_model (self->measure_row);
  g_autofree char *current = NULL;
  guint selected = 0;
  gboolean same;
  SirkelId id;

  gtk_string_list_append (labels, C_("measure of an improvement cycle", "None"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SirkelEntity) measure = g_list_model_get_item (measures, i);
      const char *title = sirkel_entity_get_title (measure);

      g_ptr_array_add (ids, sirkel_entity_dup_id_string (measure));
      gtk_string_list_append (labels, *title != '\0' ? title : _("Untitled measure"));
    }
  if (self->cycle != NULL && sirkel_entity_get_ref (self->cycle, "measure_id", &id))
    current = sirkel_id_to_string (&id);
  for (guint i = 0; current != NULL && i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), current))
      selected = i + 1;

  /* Only a changed list is replaced, so an open popover is left alone. */
  same = shown != NULL && g_list_model_get_n_items (shown) == n + 1;
  for (guint i = 0; same && i <= n; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (shown), i),
                      gtk_string_list_get_string (labels, i)) == 0 &&
           (i == 0 || g_strcmp0 (g_ptr_array_index (self->measure_ids, i - 1),
                                 g_ptr_array_index (ids, i - 1)) == 0);
  self->loading = TRUE;
  if (!same)
    {
      g_ptr_array_unref (self->measure_ids);
      self->measure_ids = g_steal_pointer (&ids);
      adw_combo_row_set_model (self->measure_row, G_LIST_MODEL (labels));
    }
  adw_combo_row_set_selected (self->measure_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->measure_row), self->cycle != NULL && writable (self));
  self->loading = FALSE;
}

static void
measure_selected_cb (SirkelCyclePane *self)
{
  guint selected = adw_combo_row_get_selected (self->measure_row);
  g_autoptr(GError) error = NULL;
  GVariant *value;
  SirkelId id, current;

  if (self->loading || self->cycle == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected == 0)
    {
      if (sirkel_entity_is_null (self->cycle, "measure_id"))
        return;
      value = sirkel_value_null ();
    }
  else
    {
      if (selected > self->measure_ids->len ||
          !sirkel_id_parse (&id, g_ptr_array_index (self->measure_ids, selected - 1)) ||
          (sirkel_entity_get_ref (self->cycle, "measure_id", &current) &&
           sirkel_id_equal (&current, &id)))
        return;
      value = sirkel_value_id (&id);
    }
  if (!sirkel_document_set (document_of (self), self->cycle, "measure_id", value, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), NULL, error);
      update_measures (self);
    }
}

/* The cycle in the editor */

static void
cycle_notify_cb (SirkelCyclePane *self,
                 GParamSpec      *pspec)
{
  if (g_str_equal (pspec->name, "status"))
    update_steps (self);
  else if (g_str_equal (pspec->name, "measure-id"))
    update_measures (self);
}

static void
rebind (SirkelCyclePane *self)
{
  SirkelDocument *document = document_of (self);
  SirkelEntity *cycle = self->cycle;
  struct { GtkTextView *view; const char *field; } texts[] = {
    { self->aim_view, "aim" }, { self->indicator_view, "indicator_text" },
    { self->change_view, "change_idea" }, { self->plan_view, "plan_text" },
    { self->do_view, "do_text" }, { self->study_view, "study_text" },
    { self->act_view, "act_text" },
  };

  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, cycle, "title");
  sirkel_plan_bind_date (GTK_EDITABLE (self->started_row), document, cycle, "started_on");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sirkel_field_bind_text_view (texts[i].view, document, cycle, texts[i].field);
  update_measures (self);
  update_steps (self);
}

static void
selection_changed_cb (SirkelCyclePane *self)
{
  SirkelEntity *cycle = sirkel_learning_list_get_selected (self->selection);

  if (sirkel_learning_list_follow (&self->cycle, cycle, G_CALLBACK (cycle_notify_cb), self))
    rebind (self);
  gtk_stack_set_visible_child_name (self->editor_stack, cycle != NULL ? "editor" : "none");
  update_actions (self);
}

static void
update_empty (SirkelCyclePane *self)
{
  sirkel_page_show_empty (SIRKEL_PAGE (self),
                          g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 0);
}

static void
status_changed_cb (SirkelCyclePane *self)
{
  sirkel_learning_list_keep_order (self->sorted, NULL);
  update_empty (self);
  update_measures (self);
  update_steps (self);
}

static void
status_set_cb (SirkelCyclePane *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
}

static void
document_changed_cb (SirkelCyclePane *self)
{
  SirkelDocument *document = document_of (self);

  gtk_sort_list_model_set_model (self->sorted, document != NULL
                                 ? sirkel_document_get_list (document, "improvement_cycle") : NULL);
  selection_changed_cb (self);
  update_empty (self);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SirkelCyclePane *self = SIRKEL_CYCLE_PANE (widget);
  g_autofree char *today = sirkel_learning_dup_today ();
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };

  if (!writable (self))
    return;
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_insert (store, "improvement_cycle", &id, &error,
                            "status", sirkel_value_text ("plan"),
                            "started_on", sirkel_value_text (today), NULL))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_cycle_pane_select (self, &id);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SirkelCyclePane *self = SIRKEL_CYCLE_PANE (widget);

  if (writable (self) && self->cycle != NULL)
    sirkel_plan_delete_entity (widget, document_of (self), self->cycle, _("Delete improvement cycle"),
                               _("Untitled improvement cycle"));
}

static void
next_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelCyclePane *self = SIRKEL_CYCLE_PANE (widget);
  int current;

  if (self->cycle == NULL)
    return;
  current = sirkel_cycle_step_index (sirkel_entity_get_text (self->cycle, "status"));
  if (current < N_STEPS - 1)
    set_step (self, sirkel_cycle_step_keys[current + 1]);
}

static void
sirkel_cycle_pane_dispose (GObject *object)
{
  SirkelCyclePane *self = SIRKEL_CYCLE_PANE (object);

  if (self->title_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->title_row), GTK_WIDGET (self->started_row),
        GTK_WIDGET (self->aim_view), GTK_WIDGET (self->indicator_view),
        GTK_WIDGET (self->change_view), GTK_WIDGET (self->plan_view),
        GTK_WIDGET (self->do_view), GTK_WIDGET (self->study_view), GTK_WIDGET (self->act_view),
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
    }
  sirkel_learning_list_follow (&self->cycle, NULL, G_CALLBACK (cycle_notify_cb), self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  if (self->cycle_view != NULL)
    gtk_list_view_set_model (self->cycle_view, NULL);
  self->selection = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_CYCLE_PANE);
  g_clear_object (&self->sorted);
  g_clear_object (&self->status_signals);
  g_clear_pointer (&self->measure_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (sirkel_cycle_pane_parent_class)->dispose (object);
}

static void
sirkel_cycle_pane_class_init (SirkelCyclePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_cycle_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-cycle-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, cycle_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, measure_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, started_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, next_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, step_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, step_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, aim_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, indicator_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, change_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, plan_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, do_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, study_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelCyclePane, act_view);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, measure_selected_cb);

  gtk_widget_class_install_action (widget_class, "cycle.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "cycle.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "cycle.next-step", NULL, next_step_action);
}

static void
sirkel_cycle_pane_init (SirkelCyclePane *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->measure_ids = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < N_STEPS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
      GtkWidget *label = gtk_label_new (sirkel_cycle_step_label (sirkel_cycle_step_keys[i]));

      gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), check);
      gtk_box_append (GTK_BOX (box), label);
      gtk_button_set_child (GTK_BUTTON (button), box);
      g_object_set_data (G_OBJECT (button), "sirkel-step", (gpointer) sirkel_cycle_step_keys[i]);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->step_buttons[0]));
      g_signal_connect (button, "toggled", G_CALLBACK (step_toggled_cb), self);
      gtk_box_append (self->step_box, button);
      self->step_buttons[i] = button;
      self->step_checks[i] = check;
    }

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cycles, NULL, NULL));
  self->sorted = gtk_sort_list_model_new (NULL, sorter);
  self->selection = sirkel_learning_list_bind (self->cycle_view,
                                               G_LIST_MODEL (g_object_ref (self->sorted)),
                                               format_cycle, "cycle.delete");
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  selection_changed_cb (self);
  rebind (self);
  update_empty (self);
}

/**
 * sirkel_cycle_pane_get_selected:
 *
 * Returns: (transfer none) (nullable): the improvement cycle in the editor
 */
SirkelEntity *
sirkel_cycle_pane_get_selected (SirkelCyclePane *self)
{
  g_return_val_if_fail (SIRKEL_IS_CYCLE_PANE (self), NULL);

  return self->cycle;
}

gboolean
sirkel_cycle_pane_select (SirkelCyclePane *self,
                          const SirkelId  *id)
{
  g_return_val_if_fail (SIRKEL_IS_CYCLE_PANE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return sirkel_learning_list_select (self->cycle_view, self->selection, id);
}
