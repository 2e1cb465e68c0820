/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasuresPage's actions: a new measure of the municipality's own, a measure from the
 * catalogue (through SirkelCatalogDialog), deleting a measure with everything that belongs to
 * it, and importing and exporting catalogues of measures. Each change of the project is one
 * store action, so one Undo takes it back; a deletion says so in a toast with Undo.
 *
 * The catalogues (the bundled one and the user's imported ones) are read on first need and
 * again after an import.
 */
#define G_LOG_DOMAIN "sirkel-measures-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-catalog-dialog.h"
#include "sirkel-file-chooser.h"
#include "sirkel-measures-page-private.h"
#include "sirkel-plan-fields.h"

static SirkelDocument *
document_of (SirkelMeasuresPage *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

static gboolean
writable (SirkelMeasuresPage *self)
{
  return sirkel_page_get_writable (SIRKEL_PAGE (self));
}

void
_sirkel_measures_page_update_actions (SirkelMeasuresPage *self)
{
  gboolean can = writable (self);
  gboolean selected = sirkel_measures_page_get_selected_measure (self) != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "measures.new", can);
  gtk_widget_action_set_enabled (widget, "measures.from-catalog", can);
  gtk_widget_action_set_enabled (widget, "measures.delete", can && selected);
  gtk_widget_action_set_enabled (widget, "measures.export-catalog",
                                 self->measures != NULL && g_list_model_get_n_items (self->measures) > 0);
}

/**
 * _sirkel_measures_page_get_catalogs:
 *
 * Returns: (transfer none) (nullable): the catalogues, read now if not yet; NULL with @error
 *   set when they cannot be read
 */
GPtrArray *
_sirkel_measures_page_get_catalogs (SirkelMeasuresPage  *self,
                                    GError             **error)
{
  if (self->catalogs == NULL && self->catalog_error == NULL)
    {
      self->catalogs = sirkel_catalog_list_all (&self->catalog_error);
      sirkel_measure_editor_set_catalogs (self->editor, self->catalogs);
    }
  if (self->catalogs == NULL && error != NULL)
    *error = g_error_copy (self->catalog_error);
  return self->catalogs;
}

void
_sirkel_measures_page_reload_catalogs (SirkelMeasuresPage *self)
{
  g_clear_pointer (&self->catalogs, g_ptr_array_unref);
  g_clear_error (&self->catalog_error);
  _sirkel_measures_page_get_catalogs (self, NULL);
}

/* A sort key after every measure's, so a new measure comes last. */
static gint64
next_sort (SirkelMeasuresPage *self)
{
  gint64 sort = 0;

  for (guint i = 0; self->measures != NULL && i < g_list_model_get_n_items (self->measures); i++)
    {
      g_autoptr(SirkelEntity) measure = g_list_model_get_item (self->measures, i);

      sort = MAX (sort, sirkel_entity_get_int (measure, "sort"));
    }
  return sort + 1;
}

/* The goal the list is filtered by, which a new measure is linked to; FALSE for none. */
static gboolean
filtered_goal (SirkelMeasuresPage *self,
               SirkelId           *goal_id)
{
  return sirkel_id_parse (goal_id, sirkel_measure_filters_get (self->filters, "goal")) &&
         sirkel_document_find (document_of (self), "goal", goal_id) != NULL;
}

static gboolean
link_goal (SirkelStore     *store,
           const SirkelId  *measure_id,
           const SirkelId  *goal_id,
           GError         **error)
{
  SirkelId id = { { 0 } };

  return sirkel_store_insert (store, "measure_goal", &id, error,
                              "measure_id", sirkel_value_id (measure_id),
                              "goal_id", sirkel_value_id (goal_id), NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SirkelMeasuresPage *self = SIRKEL_MEASURES_PAGE (widget);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };
  SirkelId goal_id;
  gboolean for_goal;

  if (!writable (self))
    return;
  store = sirkel_document_get_store (document_of (self));
  for_goal = filtered_goal (self, &goal_id);
  if (!sirkel_store_begin (store, _("Add measure"), &error) ||
      !sirkel_store_insert (store, "measure", &id, &error,
                            "status", sirkel_value_text ("planned"),
                            "sort", sirkel_value_int (next_sort (self)), NULL) ||
      (for_goal && !link_goal (store, &id, &goal_id, &error)) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  /* Shown even where the filters would hide it (an empty title matches no search). */
  sirkel_measures_page_show (self, "list");
  sirkel_measures_page_select_measure (self, &id);
  sirkel_measure_editor_focus_title (self->editor);
}

static void
link_toast_clicked_cb (SirkelMeasuresPage *self)
{
  sirkel_measure_editor_link_goal (self->editor);
}

/**
 * _sirkel_measures_page_add_from_catalog:
 * @goal_id: (nullable): the goal to link the new measure to; "" or NULL for none
 *
 * Adds a measure from @entry (and its link to the goal) as one action, selects it and says
 * so in a toast, which offers to link a goal when none was chosen.
 */
gboolean
_sirkel_measures_page_add_from_catalog (SirkelMeasuresPage       *self,
                                        const SirkelCatalogEntry *entry,
                                        const char               *goal_id)
{
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget *overlay;
  SirkelId id = { { 0 } };
  SirkelId goal;
  gboolean for_goal;

  if (!writable (self))
    return FALSE;
  store = sirkel_document_get_store (document_of (self));
  for_goal = goal_id != NULL && sirkel_id_parse (&goal, goal_id) &&
             sirkel_document_find (document_of (self), "goal", &goal) != NULL;
  if (!sirkel_store_begin (store, _("Add measure from catalogue"), &error) ||
      !sirkel_catalog_add_measure (store, entry, &id, &error) ||
      !sirkel_store_set (store, "measure", &id, "sort", sirkel_value_int (next_sort (self)), &error) ||
      (for_goal && !link_goal (store, &id, &goal, &error)) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return FALSE;
    }
  sirkel_measures_page_show (self, "list");
  sirkel_measures_page_select_measure (self, &id);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      AdwToast *toast;

      /* Translators: a toast after adding a measure from the catalogue; %s is its name. */
      text = g_strdup_printf (_("“%s” added to the measures"), entry->name);
      escaped = g_markup_escape_text (text, -1);
      toast = adw_toast_new (escaped);
      if (!for_goal)
        {
          adw_toast_set_button_label (toast, _("_Link to a Goal…"));
          g_signal_connect_object (toast, "button-clicked", G_CALLBACK (link_toast_clicked_cb), self,
                                   G_CONNECT_SWAPPED);
        }
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
  return TRUE;
}

static void
catalog_add_cb (SirkelMeasuresPage       *self,
                const SirkelCatalogEntry *entry,
                const char               *goal_id)
{
  _sirkel_measures_page_add_from_catalog (self, entry, goal_id);
}

static void
from_catalog_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SirkelMeasuresPage *self = SIRKEL_MEASURES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GPtrArray *catalogs;
  SirkelCatalogDialog *dialog;
  SirkelId goal_id;
  g_autofree char *goal = NULL;

  if (!writable (self))
    return;
  catalogs = _sirkel_measures_page_get_catalogs (self, &error);
  if (filtered_goal (self, &goal_id))
    goal = sirkel_id_to_string (&goal_id);
  dialog = sirkel_catalog_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), document_of (self),
                                      catalogs, error, goal);
  g_signal_connect_object (dialog, "add", G_CALLBACK (catalog_add_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deletes the live rows of @table whose @field is @id, in the open action; their ids go to
 * @deleted if given. */
static gboolean
delete_where (SirkelStore     *store,
              SirkelDocument  *document,
              const char      *table,
              const char      *field,
              const SirkelId  *id,
              GArray          *deleted,
              GError         **error)
{
  GListModel *list = sirkel_document_get_list (document, table);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (SirkelId));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) row = g_list_model_get_item (list, i);
      SirkelId ref;

      if (sirkel_entity_get_ref (row, field, &ref) && sirkel_id_equal (&ref, id))
        g_array_append_val (ids, *sirkel_entity_get_id (row));
    }
  for (guint i = 0; i < ids->len; i++)
    if (!sirkel_store_delete (store, table, &g_array_index (ids, SirkelId, i), error))
      return FALSE;
  if (deleted != NULL)
    g_array_append_vals (deleted, ids->data, ids->len);
  return TRUE;
}

/* The measure and all that is its own (links to goals, partners, budget lines, its
 * evaluation plans with their logic model, indicators and measurements) go as one action;
 * an improvement cycle about it stays, no longer tied to it. */
static gboolean
delete_measure (SirkelStore     *store,
                SirkelDocument  *document,
                const SirkelId  *id,
                GError         **error)
{
  static const char * const owned[] = {
    "measure_goal", "measure_partner", "budget_line", "evaluation", "logic_element",
  };
  g_autoptr(GArray) indicators = g_array_new (FALSE, FALSE, sizeof (SirkelId));
  GListModel *cycles = sirkel_document_get_list (document, "improvement_cycle");

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    if (!delete_where (store, document, owned[i], "measure_id", id, NULL, error))
      return FALSE;
  if (!delete_where (store, document, "eval_indicator", "measure_id", id, indicators, error))
    return FALSE;
  for (guint i = 0; i < indicators->len; i++)
    if (!delete_where (store, document, "measurement", "eval_indicator_id",
                       &g_array_index (indicators, SirkelId, i), NULL, error))
      return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (cycles); i++)
    {
      g_autoptr(SirkelEntity) cycle = g_list_model_get_item (cycles, i);
      SirkelId ref;

      if (sirkel_entity_get_ref (cycle, "measure_id", &ref) && sirkel_id_equal (&ref, id) &&
          !sirkel_store_set (store, "improvement_cycle", sirkel_entity_get_id (cycle), "measure_id",
                             sirkel_value_null (), error))
        return FALSE;
    }
  return sirkel_store_delete (store, "measure", id, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SirkelMeasuresPage *self = SIRKEL_MEASURES_PAGE (widget);
  SirkelEntity *measure = sirkel_measures_page_get_selected_measure (self);
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  SirkelId id;

  if (measure == NULL || !writable (self))
    return;
  id = *sirkel_entity_get_id (measure);
  /* Translators: a toast after deleting a measure; %s is its title. */
  toast = g_strdup_printf (_("“%s” deleted"), *sirkel_entity_get_title (measure) != '\0'
                           ? sirkel_entity_get_title (measure) : _("Untitled measure"));
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Delete measure"), &error) ||
      !delete_measure (store, document_of (self), &id, &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  sirkel_plan_toast (widget, toast, TRUE);
}

/* Import and export of catalogues */

/* Reads the catalogue at @path into the user's catalogues and says how it went. */
void
_sirkel_measures_page_import_catalog (SirkelMeasuresPage *self,
                                      const char         *path)
{
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n;

  catalog = sirkel_catalog_import_file (path, &error);
  if (catalog == NULL)
    {
      sirkel_plan_report_error (GTK_WIDGET (self), NULL, error);
      return;
    }
  _sirkel_measures_page_reload_catalogs (self);
  n = sirkel_catalog_get_n_entries (catalog);
  /* Translators: a toast after importing a catalogue of measures: its title and size. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported “%s” with %u measure",
                                       "Imported “%s” with %u measures", n),
                          sirkel_catalog_get_title (catalog), n);
  sirkel_plan_toast (GTK_WIDGET (self), text, FALSE);
}

static void
import_chosen_cb (const char *path,
                  gpointer    user_data)
{
  g_autoptr(SirkelMeasuresPage) self = user_data;

  if (path != NULL)
    _sirkel_measures_page_import_catalog (self, path);
}

static void
import_catalog_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  sirkel_file_chooser_open_catalog (GTK_WINDOW (gtk_widget_get_root (widget)), import_chosen_cb,
                                    g_object_ref (widget));
}

/* Writes the project's measures as a catalogue to @path and says how it went. */
void
_sirkel_measures_page_export_catalog (SirkelMeasuresPage *self,
                                      const char         *path)
{
  SirkelDocument *document = document_of (self);
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *catalog_title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  guint untitled = 0;
  guint n;

  if (document == NULL || self->measures == NULL)
    return;
  title = sirkel_document_dup_title (document);
  /* Translators: the title of a catalogue exported from a project; %s is the project's title. */
  catalog_title = g_strdup_printf (_("Measures from %s"), title != NULL ? title : "");
  catalog = sirkel_catalog_new (catalog_title);
  for (guint i = 0; i < g_list_model_get_n_items (self->measures); i++)
    {
      g_autoptr(SirkelEntity) measure = g_list_model_get_item (self->measures, i);
      g_autoptr(SirkelCatalogEntry) entry = NULL;
      g_autofree char *title_text = g_strstrip (g_strdup (sirkel_entity_get_title (measure)));

      /* A catalogue entry needs a name; a measure without a title is left out, and counted. */
      if (*title_text == '\0')
        {
          untitled++;
          continue;
        }
      entry = sirkel_catalog_entry_from_measure (sirkel_document_get_store (document),
                                                 sirkel_entity_get_id (measure), &error);
      if (entry == NULL)
        {
          sirkel_plan_report_error (GTK_WIDGET (self), NULL, error);
          return;
        }
      sirkel_catalog_add (catalog, entry);
    }
  n = sirkel_catalog_get_n_entries (catalog);
  if (!sirkel_catalog_save_file (catalog, path, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), NULL, error);
      return;
    }
  name = g_filename_display_basename (path);
  /* Translators: a toast after exporting the measures as a catalogue: how many, and the file. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u measure to “%s”",
                                       "Exported %u measures to “%s”", n), n, name);
  if (untitled > 0)
    {
      g_autofree char *all = g_steal_pointer (&text);

      /* Translators: added to the toast after an export; measures without a title have no
       * name in a catalogue. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u measure without a title left out",
                                           "%s; %u measures without a title left out", untitled),
                              all, untitled);
    }
  sirkel_plan_toast (GTK_WIDGET (self), text, FALSE);
}

static void
export_chosen_cb (const char *path,
                  gpointer    user_data)
{
  g_autoptr(SirkelMeasuresPage) self = user_data;

  if (path != NULL)
    _sirkel_measures_page_export_catalog (self, path);
}

static void
export_catalog_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SirkelMeasuresPage *self = SIRKEL_MEASURES_PAGE (widget);
  g_autofree char *title = document_of (self) != NULL ? sirkel_document_dup_title (document_of (self)) : NULL;
  g_autofree char *name = NULL;

  /* Translators: the file name suggested for an exported catalogue; %s is the project's title. */
  name = g_strdup_printf (_("%s – measures.xml"), title != NULL && *title != '\0' ? title : _("Project"));
  g_strdelimit (name, "/\\", '-');
  sirkel_file_chooser_save_catalog (GTK_WINDOW (gtk_widget_get_root (widget)), name, export_chosen_cb,
                                    g_object_ref (widget));
}

void
_sirkel_measures_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "measures.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "measures.from-catalog", NULL, from_catalog_action);
  gtk_widget_class_install_action (widget_class, "measures.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "measures.import-catalog", NULL, import_catalog_action);
  gtk_widget_class_install_action (widget_class, "measures.export-catalog", NULL, export_catalog_action);
}
