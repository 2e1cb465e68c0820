/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLessonPane: see sirkel-lesson-pane.h. The list is the document's lessons, filtered by
 * the type chosen above it and sorted by date, newest first (undated, new ones on top); the
 * selection always holds a lesson while one is shown, and the editor shows it. The plain
 * fields are bound with the shared field bindings on every change of lesson; the link to
 * where the lesson came from is an action of its own (source_entity and source_id together).
 *
 * Invariants: lesson is the selected lesson, or NULL; filtered, sorted and selection are set
 * in init and live as long as the pane.
 */
#define G_LOG_DOMAIN "sirkel-lesson-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-goal-picker.h"
#include "sirkel-learning-labels.h"
#include "sirkel-learning-list.h"
#include "sirkel-lesson-pane.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

struct _SirkelLessonPane
{
  SirkelPage          parent_instance;

  GtkFilterListModel *filtered;     /* the document's lessons of the chosen type */
  GtkSortListModel   *sorted;       /* over filtered, newest first */
  GtkSingleSelection *selection;    /* over sorted; held by lesson_view */
  GtkCustomFilter    *filter;
  GSignalGroup       *status_signals;
  SirkelEntity       *lesson;

  /* Template children */
  GtkDropDown        *kind_filter;
  GtkStack           *list_stack;
  GtkListView        *lesson_view;
  GtkStack           *editor_stack;
  AdwEntryRow        *title_row;
  AdwComboRow        *kind_row;
  AdwEntryRow        *date_row;
  GtkSwitch          *carry_switch;
  GtkTextView        *body_view;
  AdwActionRow       *source_row;
  GtkWidget          *show_source_button;
  GtkWidget          *clear_source_button;
};

G_DEFINE_FINAL_TYPE (SirkelLessonPane, sirkel_lesson_pane, SIRKEL_TYPE_PAGE)

static SirkelDocument *
document_of (SirkelLessonPane *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

static gboolean
writable (SirkelLessonPane *self)
{
  return sirkel_page_get_writable (SIRKEL_PAGE (self));
}

/* The type the filter shows, or NULL for all types. */
static const char *
filter_kind (SirkelLessonPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_filter);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > g_strv_length ((char **) sirkel_lesson_kind_keys))
    return NULL;
  return sirkel_lesson_kind_keys[selected - 1];
}

static void
format_lesson (SirkelEntity  *lesson,
               char         **title,
               char         **caption)
{
  g_autofree char *date = sirkel_plan_format_date (sirkel_entity_get_text (lesson, "learned_on"));
  const char *kind = sirkel_lesson_kind_label (sirkel_entity_get_text (lesson, "kind"));
  gboolean carry = sirkel_entity_get_int (lesson, "carry_forward") != 0;

  *title = g_strdup (sirkel_entity_get_title (lesson));
  if (date != NULL && carry)
    /* Translators: a lesson in the list: its type, its date, and that it is carried forward. */
    *caption = g_strdup_printf (_("%s · %s · carried forward"), kind, date);
  else if (date != NULL)
    *caption = g_strdup_printf ("%s · %s", kind, date);
  else if (carry)
    *caption = g_strdup_printf (_("%s · carried forward"), kind);
  else
    *caption = g_strdup (kind);
}

/* Newest first; a lesson without a date (just added, or never dated) on top. */
static int
compare_lessons (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const char *date_a = sirkel_entity_get_text ((SirkelEntity *) a, "learned_on");
  const char *date_b = sirkel_entity_get_text ((SirkelEntity *) b, "learned_on");

  if (date_a == NULL || date_b == NULL)
    return (date_a == NULL ? 0 : 1) - (date_b == NULL ? 0 : 1);
  return gtk_ordering_from_cmpfunc (g_strcmp0 (date_b, date_a));
}

static gboolean
match_kind (gpointer item,
            gpointer user_data)
{
  const char *kind = filter_kind (user_data);

  return kind == NULL || g_strcmp0 (sirkel_entity_get_text (item, "kind"), kind) == 0;
}

/* Where the lesson came from, if it names an item of this project. */
static SirkelEntity *
find_source (SirkelLessonPane *self)
{
  const char *table;
  SirkelId id;

  if (self->lesson == NULL)
    return NULL;
  table = sirkel_entity_get_text (self->lesson, "source_entity");
  if (table == NULL || !g_strv_contains (sirkel_lesson_source_keys, table) ||
      !sirkel_entity_get_ref (self->lesson, "source_id", &id))
    return NULL;
  return sirkel_document_find (document_of (self), table, &id);
}

static void
update_actions (SirkelLessonPane *self)
{
  gboolean can = writable (self);
  gboolean selected = self->lesson != NULL;
  gboolean linked = selected && !sirkel_entity_is_null (self->lesson, "source_id");
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "lesson.add", can);
  gtk_widget_action_set_enabled (widget, "lesson.delete", can && selected);
  gtk_widget_action_set_enabled (widget, "lesson.choose-source", can && selected);
  gtk_widget_action_set_enabled (widget, "lesson.clear-source", can && linked);
  gtk_widget_action_set_enabled (widget, "lesson.show-source", find_source (self) != NULL);
  gtk_widget_set_visible (self->clear_source_button, linked);
  /* A project opened read-only is shown, not edited. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->editor_stack), can);
  gtk_widget_set_visible (self->show_source_button, find_source (self) != NULL);
}

static void
update_source (SirkelLessonPane *self)
{
  SirkelEntity *source = find_source (self);
  gboolean linked = self->lesson != NULL && !sirkel_entity_is_null (self->lesson, "source_id");
  g_autofree char *what = NULL;
  const char *title;

  if (source == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->source_row),
                                     linked ? _("An item that is no longer in the project")
                                            : _("Not linked"));
      adw_action_row_set_subtitle (self->source_row, self->lesson == NULL ? "" :
                                   _("Link the lesson to what taught it, so the chain can be "
                                     "followed"));
      update_actions (self);
      return;
    }
  title = sirkel_entity_get_title (source);
  what = sirkel_lesson_source_describe (document_of (self), source);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->source_row),
                                 *title != '\0' ? title : _("Untitled"));
  adw_action_row_set_subtitle (self->source_row, what);
  update_actions (self);
}

static void
lesson_notify_cb (SirkelLessonPane *self,
                  GParamSpec       *pspec)
{
  if (g_str_equal (pspec->name, "source-id") || g_str_equal (pspec->name, "source-entity"))
    update_source (self);
}

static void
rebind (SirkelLessonPane *self)
{
  SirkelDocument *document = document_of (self);
  SirkelEntity *lesson = self->lesson;

  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, lesson, "title");
  sirkel_field_bind_choice (GTK_WIDGET (self->kind_row), document, lesson, "kind",
                            sirkel_lesson_kind_keys);
  sirkel_plan_bind_date (GTK_EDITABLE (self->date_row), document, lesson, "learned_on");
  sirkel_field_bind_toggle (GTK_WIDGET (self->carry_switch), document, lesson, "carry_forward");
  sirkel_field_bind_text_view (self->body_view, document, lesson, "body");
  update_source (self);
}

static void
set_lesson (SirkelLessonPane *self,
            SirkelEntity     *lesson)
{
  if (sirkel_learning_list_follow (&self->lesson, lesson, G_CALLBACK (lesson_notify_cb), self))
    rebind (self);
}

static void
selection_changed_cb (SirkelLessonPane *self)
{
  SirkelEntity *lesson = sirkel_learning_list_get_selected (self->selection);

  set_lesson (self, lesson);
  gtk_stack_set_visible_child_name (self->editor_stack, lesson != NULL ? "editor" : "none");
  update_actions (self);
}

static void
update_empty (SirkelLessonPane *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);
  gboolean none = all == NULL || g_list_model_get_n_items (all) == 0;
  gboolean none_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 0;

  sirkel_page_show_empty (SIRKEL_PAGE (self), none);
  gtk_stack_set_visible_child_name (self->list_stack, none_shown ? "none" : "list");
}

static void
status_changed_cb (SirkelLessonPane *self)
{
  sirkel_learning_list_keep_order (self->sorted, self->filtered);
  update_empty (self);
  update_source (self);
}

static void
status_set_cb (SirkelLessonPane *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
}

static void
document_changed_cb (SirkelLessonPane *self)
{
  SirkelDocument *document = document_of (self);

  set_lesson (self, NULL);
  gtk_filter_list_model_set_model (self->filtered, document != NULL
                                   ? sirkel_document_get_list (document, "lesson") : NULL);
  selection_changed_cb (self);
  update_empty (self);
}

static void
kind_filter_changed_cb (SirkelLessonPane *self)
{
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty (self);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SirkelLessonPane *self = SIRKEL_LESSON_PANE (widget);
  const char *kind = filter_kind (self);
  g_autofree char *today = sirkel_learning_dup_today ();
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };

  if (!writable (self))
    return;
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_insert (store, "lesson", &id, &error,
                            "kind", sirkel_value_text (kind != NULL ? kind : "experience"),
                            "learned_on", sirkel_value_text (today), NULL))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_lesson_pane_select (self, &id);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SirkelLessonPane *self = SIRKEL_LESSON_PANE (widget);

  if (writable (self) && self->lesson != NULL)
    sirkel_plan_delete_entity (widget, document_of (self), self->lesson, _("Delete lesson"),
                               _("Untitled lesson"));
}

static void
source_picked_cb (SirkelLessonPane *self,
                  const char       *choice)
{
  g_auto(GStrv) parts = g_strsplit (choice, ":", 2);
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  const SirkelId *lesson_id;
  SirkelId id;

  if (!writable (self) || self->lesson == NULL || g_strv_length (parts) != 2 ||
      !g_strv_contains (sirkel_lesson_source_keys, parts[0]) || !sirkel_id_parse (&id, parts[1]))
    return;
  store = sirkel_document_get_store (document_of (self));
  lesson_id = sirkel_entity_get_id (self->lesson);
  if (!sirkel_store_begin (store, _("Link lesson"), &error) ||
      !sirkel_store_set (store, "lesson", lesson_id, "source_entity", sirkel_value_text (parts[0]),
                         &error) ||
      !sirkel_store_set (store, "lesson", lesson_id, "source_id", sirkel_value_id (&id), &error) ||
      !sirkel_store_commit (store, &error))
    sirkel_plan_report_error (GTK_WIDGET (self), store, error);
}

static void
choose_source_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SirkelLessonPane *self = SIRKEL_LESSON_PANE (widget);
  SirkelDocument *document = document_of (self);
  SirkelEntity *current = find_source (self);
  SirkelGoalPicker *picker;

  if (!writable (self) || self->lesson == NULL)
    return;
  picker = sirkel_goal_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Where the Lesson Came From"),
                                   _("The project has no measures, evaluations, goals or "
                                     "challenges yet."));
  for (guint k = 0; sirkel_lesson_source_keys[k] != NULL; k++)
    {
      GListModel *items = sirkel_document_get_list (document, sirkel_lesson_source_keys[k]);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(SirkelEntity) item = g_list_model_get_item (items, i);
          g_autofree char *id = sirkel_entity_dup_id_string (item);
          g_autofree char *choice = g_strconcat (sirkel_lesson_source_keys[k], ":", id, NULL);
          g_autofree char *what = sirkel_lesson_source_describe (document, item);
          const char *title = sirkel_entity_get_title (item);

          sirkel_goal_picker_add (picker, choice, *title != '\0' ? title : what, what);
        }
    }
  if (current != NULL)
    {
      g_autofree char *id = sirkel_entity_dup_id_string (current);
      g_autofree char *choice = g_strconcat (sirkel_entity_get_table (current), ":", id, NULL);

      sirkel_goal_picker_set_current (picker, choice);
    }
  g_signal_connect_object (picker, "picked", G_CALLBACK (source_picked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
clear_source_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SirkelLessonPane *self = SIRKEL_LESSON_PANE (widget);
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  const SirkelId *id;

  if (!writable (self) || self->lesson == NULL)
    return;
  store = sirkel_document_get_store (document_of (self));
  id = sirkel_entity_get_id (self->lesson);
  if (!sirkel_store_begin (store, _("Unlink lesson"), &error) ||
      !sirkel_store_set (store, "lesson", id, "source_entity", sirkel_value_null (), &error) ||
      !sirkel_store_set (store, "lesson", id, "source_id", sirkel_value_null (), &error) ||
      !sirkel_store_commit (store, &error))
    sirkel_plan_report_error (GTK_WIDGET (self), store, error);
}

static void
show_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelLessonPane *self = SIRKEL_LESSON_PANE (widget);
  SirkelEntity *source = find_source (self);
  g_autofree char *id = NULL;

  if (source == NULL)
    return;
  id = sirkel_entity_dup_id_string (source);
  gtk_widget_activate_action (widget, "view.show-item", "(ss)",
                              sirkel_lesson_source_page (sirkel_entity_get_table (source)), id);
}

static void
sirkel_lesson_pane_dispose (GObject *object)
{
  SirkelLessonPane *self = SIRKEL_LESSON_PANE (object);

  if (self->title_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->title_row), GTK_WIDGET (self->kind_row), GTK_WIDGET (self->date_row),
        GTK_WIDGET (self->carry_switch), GTK_WIDGET (self->body_view),
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
    }
  sirkel_learning_list_follow (&self->lesson, NULL, G_CALLBACK (lesson_notify_cb), self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  if (self->lesson_view != NULL)
    gtk_list_view_set_model (self->lesson_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_LESSON_PANE);
  self->selection = NULL;
  self->filter = NULL;
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->status_signals);

  G_OBJECT_CLASS (sirkel_lesson_pane_parent_class)->dispose (object);
}

static void
sirkel_lesson_pane_class_init (SirkelLessonPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_lesson_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-lesson-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, lesson_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, date_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, carry_switch);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, body_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, source_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, show_source_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelLessonPane, clear_source_button);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "lesson.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "lesson.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "lesson.choose-source", NULL,
                                   choose_source_action);
  gtk_widget_class_install_action (widget_class, "lesson.clear-source", NULL, clear_source_action);
  gtk_widget_class_install_action (widget_class, "lesson.show-source", NULL, show_source_action);
}

static void
sirkel_lesson_pane_init (SirkelLessonPane *self)
{
  g_autoptr(GtkStringList) kinds = sirkel_plan_labels_model (sirkel_lesson_kind_keys,
                                                             sirkel_lesson_kind_label);
  g_autoptr(GtkStringList) filter_items = gtk_string_list_new (NULL);
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  gtk_string_list_append (filter_items, _("All types"));
  for (guint i = 0; sirkel_lesson_kind_keys[i] != NULL; i++)
    gtk_string_list_append (filter_items, sirkel_lesson_kind_label (sirkel_lesson_kind_keys[i]));
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (filter_items));

  self->filter = gtk_custom_filter_new (match_kind, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_lessons, NULL, NULL));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), sorter);
  self->selection = sirkel_learning_list_bind (self->lesson_view,
                                               G_LIST_MODEL (g_object_ref (self->sorted)),
                                               format_lesson, "lesson.delete");
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  selection_changed_cb (self);
  update_empty (self);
}

/**
 * sirkel_lesson_pane_get_selected:
 *
 * Returns: (transfer none) (nullable): the lesson in the editor
 */
SirkelEntity *
sirkel_lesson_pane_get_selected (SirkelLessonPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_LESSON_PANE (self), NULL);

  return self->lesson;
}

/* Selects the lesson with @id, showing all types if the filter hides it; returns whether the
 * project has it. */
gboolean
sirkel_lesson_pane_select (SirkelLessonPane *self,
                           const SirkelId   *id)
{
  g_return_val_if_fail (SIRKEL_IS_LESSON_PANE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (sirkel_learning_list_select (self->lesson_view, self->selection, id))
    return TRUE;
  if (document_of (self) == NULL || sirkel_document_find (document_of (self), "lesson", id) == NULL)
    return FALSE;
  gtk_drop_down_set_selected (self->kind_filter, 0);
  return sirkel_learning_list_select (self->lesson_view, self->selection, id);
}

guint
sirkel_lesson_pane_count_shown (SirkelLessonPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_LESSON_PANE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}
