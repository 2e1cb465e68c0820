/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelAnnualStatusPane: see sirkel-annual-status-pane.h. The year list has one row per year
 * of the project's period, and one for any other year that has a status; its rows are made
 * anew only when those years change, otherwise only their captions are updated, so the
 * selection stays. The chosen year's status, when there is one, is bound to the three text
 * views with the shared field bindings; without one the views are unbound and editable, and
 * the first change in any of them adds the status with what the three hold, as one action,
 * before they are bound to it.
 *
 * Invariants: years holds the listed years in order, row i of year_list showing years[i];
 * year is one of them (or 0 before the first document); status is year's annual_status row or
 * NULL; loading is set while the views are set from the pane, so their handlers add nothing.
 */
#define G_LOG_DOMAIN "sirkel-annual-status-pane"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "sirkel-annual-status-pane.h"
#include "sirkel-field-editor.h"
#include "sirkel-learning-labels.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

struct _SirkelAnnualStatusPane
{
  SirkelPage           parent_instance;

  GSignalGroup        *status_signals;
  GArray              *years;
  int                  year;
  SirkelEntity        *status;
  gboolean             loading;

  /* Template children */
  GtkListBox          *year_list;
  GtkLabel            *context_title;
  GtkListBox          *lesson_list;
  GtkListBox          *measure_list;
  GtkWidget           *editor_box;
  AdwPreferencesGroup *status_group;
  GtkStack            *button_stack;
  GtkWidget           *add_button;
  GtkWidget           *missing_label;
  GtkTextView         *done_view;
  GtkTextView         *learned_view;
  GtkTextView         *changes_view;
};

G_DEFINE_FINAL_TYPE (SirkelAnnualStatusPane, sirkel_annual_status_pane, SIRKEL_TYPE_PAGE)

static const char * const fields[] = { "done", "learned", "changes" };

static SirkelDocument *
document_of (SirkelAnnualStatusPane *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

static gboolean
writable (SirkelAnnualStatusPane *self)
{
  return sirkel_page_get_writable (SIRKEL_PAGE (self));
}

static GtkTextView *
view_of (SirkelAnnualStatusPane *self,
         guint                   i)
{
  GtkTextView *views[] = { self->done_view, self->learned_view, self->changes_view };

  return views[i];
}

/* The live yearly status of @year, or NULL. */
static SirkelEntity *
find_status (SirkelAnnualStatusPane *self,
             int                     year)
{
  GListModel *list;

  if (document_of (self) == NULL)
    return NULL;
  list = sirkel_document_get_list (document_of (self), "annual_status");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) status = g_list_model_get_item (list, i);

      if (sirkel_entity_get_int (status, "year") == year)
        return status;
    }
  return NULL;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The period's years, and any other year with a status. */
static GArray *
collect_years (SirkelAnnualStatusPane *self)
{
  SirkelDocument *document = document_of (self);
  SirkelEntity *project = document != NULL ? sirkel_document_get_project (document) : NULL;
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  GListModel *list;

  if (project == NULL)
    return years;
  for (int year = (int) sirkel_entity_get_int (project, "period_from");
       year <= sirkel_entity_get_int (project, "period_to") && years->len < 50; year++)
    g_array_append_val (years, year);
  list = sirkel_document_get_list (document, "annual_status");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) status = g_list_model_get_item (list, i);
      int year = (int) sirkel_entity_get_int (status, "year");
      gboolean listed = FALSE;

      for (guint j = 0; j < years->len && !listed; j++)
        listed = g_array_index (years, int, j) == year;
      if (!listed)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_ints);
  return years;
}

static char *
year_caption (SirkelAnnualStatusPane *self,
              int                     year)
{
  gboolean written = find_status (self, year) != NULL;

  if (year == sirkel_learning_this_year ())
    return g_strdup (written ? _("This year · written") : _("This year · not written yet"));
  return g_strdup (written ? _("Written") : _("Not written yet"));
}

static GtkWidget *
year_row_new (int         year,
              const char *caption)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *text = g_strdup_printf ("%d", year);
  GtkWidget *title = gtk_label_new (text);
  GtkWidget *subtitle = gtk_label_new (caption);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
update_year_captions (SirkelAnnualStatusPane *self)
{
  for (guint i = 0; i < self->years->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->year_list, (int) i);
      GtkWidget *caption = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
      int year = g_array_index (self->years, int, i);
      g_autofree char *text = year_caption (self, year);
      g_autofree char *label = g_strdup_printf ("%d, %s", year, text);

      gtk_label_set_label (GTK_LABEL (caption), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

/* The context: the year's lessons and decisions, and the measures completed in it */

static GtkWidget *
context_row_new (const char *title,
                 const char *subtitle,
                 const char *page,
                 const char *id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *title != '\0' ? title : _("Untitled"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (page != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "view.show-item");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", page, id);
    }
  return row;
}

static gboolean
in_year (const char *date,
         int         year)
{
  return date != NULL && strlen (date) >= 4 && atoi (date) == year;
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
add_context (SirkelAnnualStatusPane *self,
             GtkListBox             *list,
             const char             *table,
             const char             *date_field,
             const char             *page)
{
  GListModel *items = sirkel_document_get_list (document_of (self), table);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(SirkelEntity) item = g_list_model_get_item (items, i);
      const char *date = sirkel_entity_get_text (item, date_field);
      g_autofree char *shown = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *id = NULL;

      if (!in_year (date, self->year) ||
          (g_str_equal (table, "measure") &&
           g_strcmp0 (sirkel_entity_get_text (item, "status"), "completed") != 0))
        continue;
      shown = sirkel_plan_format_date (date);
      if (g_str_equal (table, "lesson"))
        {
          const char *kind = sirkel_entity_get_text (item, "kind");

          subtitle = g_strdup_printf ("%s · %s", sirkel_lesson_kind_label (kind), shown);
        }
      else if (g_str_equal (table, "decision"))
        /* Translators: a decision (vedtak) among the year's lessons, and its date. */
        subtitle = g_strdup_printf (_("Decision · %s"), shown);
      else
        /* Translators: when a measure was completed. */
        subtitle = g_strdup_printf (_("Completed %s"), shown);
      id = sirkel_entity_dup_id_string (item);
      gtk_list_box_append (list, context_row_new (sirkel_entity_get_title (item), subtitle, page,
                                                  id));
    }
}

static void
update_context (SirkelAnnualStatusPane *self)
{
  g_autofree char *title = g_strdup_printf (_("In %d"), self->year);

  clear_list (self->lesson_list);
  clear_list (self->measure_list);
  gtk_label_set_label (self->context_title, self->year != 0 ? title : "");
  if (document_of (self) == NULL || self->year == 0)
    return;
  add_context (self, self->lesson_list, "lesson", "learned_on", "learning");
  add_context (self, self->lesson_list, "decision", "decided_on", NULL);
  add_context (self, self->measure_list, "measure", "end_date", "measures");
}

/* The year's status */

static void
update_actions (SirkelAnnualStatusPane *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annual.add",
                                 writable (self) && self->year != 0 && self->status == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annual.delete",
                                 writable (self) && self->status != NULL);
  /* A project opened read-only is shown, not edited. */
  gtk_widget_set_sensitive (self->editor_box, writable (self));
}

static void
show_year (SirkelAnnualStatusPane *self)
{
  SirkelDocument *document = document_of (self);
  g_autofree char *title = g_strdup_printf (_("Yearly Status %d"), self->year);
  g_autofree char *add = g_strdup_printf (_("_Add Yearly Status for %d"), self->year);
  SirkelEntity *status = self->year != 0 ? find_status (self, self->year) : NULL;

  g_set_object (&self->status, status);
  adw_preferences_group_set_title (self->status_group, self->year != 0 ? title : "");
  gtk_button_set_label (GTK_BUTTON (self->add_button), add);
  gtk_stack_set_visible_child_name (self->button_stack, self->status != NULL ? "delete" : "add");
  gtk_widget_set_visible (self->missing_label, self->status == NULL);
  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkTextView *view = view_of (self, i);

      if (self->status != NULL)
        {
          sirkel_field_bind_text_view (view, document, self->status, fields[i]);
          continue;
        }
      /* No status yet: the view is free to write in, and the first change adds one. */
      sirkel_plan_unbind (GTK_WIDGET (view));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "", -1);
      gtk_widget_set_sensitive (GTK_WIDGET (view), writable (self) && self->year != 0);
    }
  self->loading = FALSE;
  update_context (self);
  update_actions (self);
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Adds the chosen year's status with what the views hold, as one action. */
static gboolean
add_status (SirkelAnnualStatusPane *self)
{
  SirkelStore *store = sirkel_document_get_store (document_of (self));
  g_autofree char *done = view_text (self->done_view);
  g_autofree char *learned = view_text (self->learned_view);
  g_autofree char *changes = view_text (self->changes_view);
  g_autofree char *label = g_strdup_printf (_("Add yearly status for %d"), self->year);
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };

  if (!sirkel_store_begin (store, label, &error) ||
      !sirkel_store_insert (store, "annual_status", &id, &error,
                            "year", sirkel_value_int (self->year),
                            "done", sirkel_value_text (done),
                            "learned", sirkel_value_text (learned),
                            "changes", sirkel_value_text (changes), NULL) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return FALSE;
    }
  update_year_captions (self);
  show_year (self);
  return TRUE;
}

static void
text_changed_cb (SirkelAnnualStatusPane *self)
{
  if (self->loading || self->status != NULL || self->year == 0 || !writable (self))
    return;
  add_status (self);
}

static void
year_selected_cb (SirkelAnnualStatusPane *self,
                  GtkListBoxRow          *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (index < 0 || (guint) index >= self->years->len)
    return;
  self->year = g_array_index (self->years, int, index);
  show_year (self);
}

/* Lists the years anew if they changed, keeping the chosen one (or this year, or the first). */
static void
update_years (SirkelAnnualStatusPane *self)
{
  g_autoptr(GArray) years = collect_years (self);
  gboolean same = years->len == self->years->len;
  int wanted = self->year;
  int select = -1;
  GtkListBoxRow *row;

  for (guint i = 0; same && i < years->len; i++)
    same = g_array_index (years, int, i) == g_array_index (self->years, int, i);
  if (!same)
    {
      clear_list (self->year_list);
      g_array_set_size (self->years, 0);
      g_array_append_vals (self->years, years->data, years->len);
      for (guint i = 0; i < years->len; i++)
        gtk_list_box_append (self->year_list, year_row_new (g_array_index (years, int, i), ""));
    }
  update_year_captions (self);
  if (wanted == 0)
    wanted = sirkel_learning_this_year ();
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == wanted)
      select = (int) i;
  if (select < 0 && self->years->len > 0)
    select = 0;
  if (select < 0)
    {
      self->year = 0;
      show_year (self);
      return;
    }
  row = gtk_list_box_get_row_at_index (self->year_list, select);
  if (gtk_list_box_get_selected_row (self->year_list) != row)
    gtk_list_box_select_row (self->year_list, row);
  else if (find_status (self, self->year) != self->status)
    show_year (self);
}

static void
status_changed_cb (SirkelAnnualStatusPane *self)
{
  update_years (self);
  update_context (self);
  update_actions (self);
}

static void
status_set_cb (SirkelAnnualStatusPane *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
}

static void
document_changed_cb (SirkelAnnualStatusPane *self)
{
  self->year = 0;
  g_array_set_size (self->years, 0);
  clear_list (self->year_list);
  update_years (self);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SirkelAnnualStatusPane *self = SIRKEL_ANNUAL_STATUS_PANE (widget);

  if (!writable (self) || self->year == 0 || self->status != NULL)
    return;
  if (add_status (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->done_view));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SirkelAnnualStatusPane *self = SIRKEL_ANNUAL_STATUS_PANE (widget);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *toast = NULL;

  if (!writable (self) || self->status == NULL)
    return;
  store = sirkel_document_get_store (document_of (self));
  label = g_strdup_printf (_("Delete yearly status for %d"), self->year);
  if (!sirkel_store_begin (store, label, &error) ||
      !sirkel_store_delete (store, "annual_status", sirkel_entity_get_id (self->status), &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  update_year_captions (self);
  show_year (self);
  /* Translators: a toast after deleting a year's status; %d is the year. */
  toast = g_strdup_printf (_("Yearly status for %d deleted"), self->year);
  sirkel_plan_toast (widget, toast, TRUE);
}

static void
sirkel_annual_status_pane_dispose (GObject *object)
{
  SirkelAnnualStatusPane *self = SIRKEL_ANNUAL_STATUS_PANE (object);

  if (self->done_view != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        g_signal_handlers_disconnect_by_func (gtk_text_view_get_buffer (view_of (self, i)),
                                              text_changed_cb, self);
        sirkel_plan_unbind (GTK_WIDGET (view_of (self, i)));
      }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_ANNUAL_STATUS_PANE);
  g_clear_object (&self->status);
  g_clear_object (&self->status_signals);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (sirkel_annual_status_pane_parent_class)->dispose (object);
}

static void
sirkel_annual_status_pane_class_init (SirkelAnnualStatusPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_annual_status_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-annual-status-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, year_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, context_title);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, lesson_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, measure_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, editor_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, status_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, button_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, add_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, missing_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, done_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, learned_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelAnnualStatusPane, changes_view);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_selected_cb);

  gtk_widget_class_install_action (widget_class, "annual.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "annual.delete", NULL, delete_action);
}

static void
sirkel_annual_status_pane_init (SirkelAnnualStatusPane *self)
{
  GtkShortcutController *shortcuts;

  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_signal_connect_swapped (gtk_text_view_get_buffer (view_of (self, i)), "changed",
                              G_CALLBACK (text_changed_cb), self);
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete,
                                                                                  0),
                                                          gtk_named_action_new ("annual.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->year_list), GTK_EVENT_CONTROLLER (shortcuts));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  update_years (self);
}

int
sirkel_annual_status_pane_get_year (SirkelAnnualStatusPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_ANNUAL_STATUS_PANE (self), 0);

  return self->year;
}

/**
 * sirkel_annual_status_pane_get_status:
 *
 * Returns: (transfer none) (nullable): the chosen year's status, if it has one
 */
SirkelEntity *
sirkel_annual_status_pane_get_status (SirkelAnnualStatusPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_ANNUAL_STATUS_PANE (self), NULL);

  return self->status;
}

gboolean
sirkel_annual_status_pane_select_year (SirkelAnnualStatusPane *self,
                                       int                     year)
{
  g_return_val_if_fail (SIRKEL_IS_ANNUAL_STATUS_PANE (self), FALSE);

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      {
        gtk_list_box_select_row (self->year_list,
                                 gtk_list_box_get_row_at_index (self->year_list, (int) i));
        return TRUE;
      }
  return FALSE;
}

/* Chooses the year of the yearly status with @id; returns whether there is one. */
gboolean
sirkel_annual_status_pane_select (SirkelAnnualStatusPane *self,
                                  const SirkelId         *id)
{
  SirkelEntity *status;

  g_return_val_if_fail (SIRKEL_IS_ANNUAL_STATUS_PANE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (document_of (self) == NULL ||
      (status = sirkel_document_find (document_of (self), "annual_status", id)) == NULL)
    return FALSE;
  return sirkel_annual_status_pane_select_year (self, (int) sirkel_entity_get_int (status, "year"));
}
