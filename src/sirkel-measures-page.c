/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasuresPage: see sirkel-measures-page.h. This file keeps the views in step with the
 * document: the filtered list and its selection, the editor, the timeline and the table of
 * responsibilities. The actions are in sirkel-measures-page-actions.c.
 *
 * The selection follows the measure, not the row: selected_id is the measure last selected.
 * When its row goes (deleted, or filtered away), the measure is selected again if it is still
 * listed, else the one that took its place, once the list has settled (restore_id).
 */
#define G_LOG_DOMAIN "sirkel-measures-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-gap-list.h"
#include "sirkel-measure-row.h"
#include "sirkel-measures-page-private.h"
#include "sirkel-project-chart.h"

G_DEFINE_FINAL_TYPE (SirkelMeasuresPage, sirkel_measures_page, SIRKEL_TYPE_PAGE)

static SirkelDocument *
document_of (SirkelMeasuresPage *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

/**
 * sirkel_measures_page_get_selected_measure:
 *
 * Returns: (transfer none) (nullable): the measure shown in the editor
 */
SirkelEntity *
sirkel_measures_page_get_selected_measure (SirkelMeasuresPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURES_PAGE (self), NULL);

  return sirkel_measure_editor_get_measure (self->editor);
}

static guint
find_position (SirkelMeasuresPage *self,
               const SirkelId     *id)
{
  GListModel *list = G_LIST_MODEL (self->filtered);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) measure = g_list_model_get_item (list, i);

      if (sirkel_id_equal (sirkel_entity_get_id (measure), id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
show_measure (SirkelMeasuresPage *self,
              SirkelEntity       *measure)
{
  sirkel_measure_editor_set_measure (self->editor, measure);
  gtk_stack_set_visible_child_name (self->editor_stack, measure != NULL ? "editor" : "none");
  _sirkel_measures_page_update_actions (self);
}

static gboolean
restore_cb (gpointer data)
{
  SirkelMeasuresPage *self = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint position = GTK_INVALID_LIST_POSITION;

  self->restore_id = 0;
  if (gtk_single_selection_get_selected_item (self->selection) != NULL)
    return G_SOURCE_REMOVE;
  if (self->has_selected)
    position = find_position (self, &self->selected_id);
  if (position == GTK_INVALID_LIST_POSITION && n > 0)
    position = MIN (self->last_position, n - 1);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  else
    show_measure (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
selection_changed_cb (SirkelMeasuresPage *self)
{
  SirkelEntity *measure = gtk_single_selection_get_selected_item (self->selection);

  if (measure == NULL)
    {
      /* The row went; which one to show is decided once the list has settled. */
      if (self->restore_id == 0)
        self->restore_id = g_idle_add (restore_cb, self);
      return;
    }
  self->selected_id = *sirkel_entity_get_id (measure);
  self->has_selected = TRUE;
  self->last_position = gtk_single_selection_get_selected (self->selection);
  show_measure (self, measure);
}

/**
 * sirkel_measures_page_select_measure:
 *
 * Selects the measure with @id and scrolls to it, clearing the filters if they hide it.
 *
 * Returns: whether the measure is there
 */
gboolean
sirkel_measures_page_select_measure (SirkelMeasuresPage *self,
                                     const SirkelId     *id)
{
  guint position;

  g_return_val_if_fail (SIRKEL_IS_MEASURES_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (document_of (self) == NULL || sirkel_document_find (document_of (self), "measure", id) == NULL)
    return FALSE;
  position = find_position (self, id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* A measure just added: the filters may not know its links yet. */
      sirkel_measure_filters_refresh (self->filters);
      position = find_position (self, id);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    {
      sirkel_measure_filters_clear (self->filters);
      position = find_position (self, id);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  self->selected_id = *id;
  self->has_selected = TRUE;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  else
    selection_changed_cb (self);
  gtk_widget_activate_action (GTK_WIDGET (self->measure_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

/* Shows one of the views: "list", "timeline" or "responsibility". */
void
sirkel_measures_page_show (SirkelMeasuresPage *self,
                           const char         *view)
{
  g_return_if_fail (SIRKEL_IS_MEASURES_PAGE (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, view);
}

/* The list, or why it is empty: no measures at all (the page's empty state), or none that
 * pass the filters; a goal without measures offers to add one for it. */
static void
update_empty (SirkelMeasuresPage *self)
{
  gboolean none = self->measures == NULL || g_list_model_get_n_items (self->measures) == 0;
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0;
  const char *goal = sirkel_measure_filters_get (self->filters, "goal");
  gboolean for_goal = *goal != '\0' && !g_str_equal (goal, "none");

  sirkel_page_show_empty (SIRKEL_PAGE (self), none);
  gtk_stack_set_visible_child_name (self->list_stack, shown ? "list" : "none");
  gtk_widget_set_visible (self->no_match_catalog_button, for_goal);
  gtk_widget_set_visible (self->no_match_new_button, for_goal);
  if (for_goal)
    {
      adw_status_page_set_title (self->no_match_status, _("No Measures for This Goal"));
      adw_status_page_set_description (self->no_match_status,
                                       _("Add a measure from the catalogue or make your own; it is "
                                         "linked to the goal."));
    }
  else
    {
      adw_status_page_set_title (self->no_match_status, _("No Matching Measures"));
      adw_status_page_set_description (self->no_match_status,
                                       _("No measure fits all the filters. Clear them to see every "
                                         "measure."));
    }
  if (!shown)
    show_measure (self, NULL);
}

static void
update_timeline (SirkelMeasuresPage *self)
{
  g_autoptr(SirkelChart) chart = sirkel_project_chart_new (document_of (self), "timeline");

  sirkel_chart_view_set_chart (self->timeline_chart, chart);
}

/* The timeline and the table are made anew only while they are shown, and when they come
 * into view. */
static void
update_views (SirkelMeasuresPage *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (view, "timeline") == 0)
    update_timeline (self);
  else if (g_strcmp0 (view, "responsibility") == 0)
    sirkel_measure_responsibility_refresh (self->responsibility);
}

static void
view_changed_cb (SirkelMeasuresPage *self)
{
  update_views (self);
}

/* After every action, once the project status is current. */
static void
status_changed_cb (SirkelMeasuresPage *self)
{
  sirkel_measure_filters_refresh (self->filters);
  sirkel_measure_editor_refresh (self->editor);
  update_views (self);
  update_empty (self);
  _sirkel_measures_page_update_actions (self);
}

static void
status_set_cb (SirkelMeasuresPage *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
  status_changed_cb (self);
}

static void
filtered_changed_cb (SirkelMeasuresPage *self)
{
  update_empty (self);
  if (gtk_single_selection_get_selected_item (self->selection) == NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 && self->restore_id == 0)
    self->restore_id = g_idle_add (restore_cb, self);
}

static void
document_changed_cb (SirkelMeasuresPage *self)
{
  SirkelDocument *document = document_of (self);

  g_clear_object (&self->measures);
  self->has_selected = FALSE;
  self->last_position = 0;
  show_measure (self, NULL);
  sirkel_measure_editor_set_document (self->editor, document);
  sirkel_measure_filters_set_document (self->filters, document);
  sirkel_measure_responsibility_set_document (self->responsibility, document);
  if (document != NULL)
    {
      self->measures = g_object_ref (sirkel_document_get_list (document, "measure"));
      /* The editor names the catalogue entry a measure came from. */
      _sirkel_measures_page_get_catalogs (self, NULL);
    }
  gtk_filter_list_model_set_model (self->filtered, self->measures);
  status_changed_cb (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

/* The list's rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_list_item_set_child (item, sirkel_measure_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             SirkelMeasuresPage       *self)
{
  sirkel_measure_row_set_measure (SIRKEL_MEASURE_ROW (gtk_list_item_get_child (item)),
                                  document_of (self), gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  sirkel_measure_row_set_measure (SIRKEL_MEASURE_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

/* page.select-item (s): a measure's id selects it; a goal's id (a goal without a measure on
 * the dashboard) shows the measures for that goal, with the buttons to add one. */
static void
select_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelMeasuresPage *self = SIRKEL_MEASURES_PAGE (widget);
  const char *item = g_variant_get_string (parameter, NULL);
  SirkelId id;

  if (adw_view_stack_get_child_by_name (self->view_stack, item) != NULL)
    {
      sirkel_measures_page_show (self, item);
      return;
    }
  if (document_of (self) == NULL || !sirkel_id_parse (&id, item))
    return;
  sirkel_measures_page_show (self, "list");
  if (sirkel_measures_page_select_measure (self, &id))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->measure_view));
      return;
    }
  if (sirkel_document_find (document_of (self), "goal", &id) != NULL)
    {
      sirkel_measure_filters_clear (self->filters);
      sirkel_measure_filters_set (self->filters, "goal", item);
      update_empty (self);
    }
}

/* measures.show (s): from the table of responsibilities, to the measure in the editor. */
static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SirkelMeasuresPage *self = SIRKEL_MEASURES_PAGE (widget);
  SirkelId id;

  if (!sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)))
    return;
  sirkel_measures_page_show (self, "list");
  if (sirkel_measures_page_select_measure (self, &id))
    gtk_widget_grab_focus (GTK_WIDGET (self->measure_view));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sirkel_measure_filters_clear (SIRKEL_MEASURES_PAGE (widget)->filters);
}

static void
sirkel_measures_page_dispose (GObject *object)
{
  SirkelMeasuresPage *self = SIRKEL_MEASURES_PAGE (object);

  g_clear_handle_id (&self->restore_id, g_source_remove);
  if (self->measure_view != NULL)
    gtk_list_view_set_model (self->measure_view, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_func (self->filtered, filtered_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->measures);
  g_clear_object (&self->status_signals);
  g_clear_pointer (&self->catalogs, g_ptr_array_unref);
  g_clear_error (&self->catalog_error);

  G_OBJECT_CLASS (sirkel_measures_page_parent_class)->dispose (object);
}

static void
sirkel_measures_page_class_init (SirkelMeasuresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measures_page_dispose;

  g_type_ensure (SIRKEL_TYPE_GAP_LIST);
  g_type_ensure (SIRKEL_TYPE_MEASURE_FILTERS);
  g_type_ensure (SIRKEL_TYPE_MEASURE_EDITOR);
  g_type_ensure (SIRKEL_TYPE_MEASURE_RESPONSIBILITY);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, filters);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, measure_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, no_match_status);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, no_match_catalog_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, no_match_new_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, editor);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, timeline_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasuresPage, responsibility);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);

  gtk_widget_class_install_action (widget_class, "page.select-item", "s", select_item_action);
  gtk_widget_class_install_action (widget_class, "measures.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "measures.clear-filters", NULL, clear_filters_action);
  _sirkel_measures_page_class_add_actions (widget_class);
}

static void
sirkel_measures_page_init (SirkelMeasuresPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->timeline_chart = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_box_append (GTK_BOX (self->timeline_box), GTK_WIDGET (self->timeline_chart));

  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (sirkel_measure_filters_get_filter (self->filters)));
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (filtered_changed_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->measure_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->measure_view, GTK_SELECTION_MODEL (self->selection));

  /* Delete in the list deletes the selected measure (with Undo in the toast). */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("measures.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->measure_view), GTK_EVENT_CONTROLLER (shortcuts));


  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  update_empty (self);
  _sirkel_measures_page_update_actions (self);
}
