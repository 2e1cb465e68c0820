/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelWindow's data actions: import statistics files (win.import: the file chooser with
 * format and encoding overrides; or a file list dropped anywhere on the window), cancel the
 * import in progress (win.import-cancel), see what an import changed
 * (win.show-import-changes), remove an import (win.remove-import, after a question) and edit
 * an indicator's mapping (win.edit-indicator).
 *
 * The files go through the window's SirkelImportQueue, which reads them in a worker and
 * applies them on the main thread; this file turns its outcome into a toast with the changes,
 * the mapping dialog for indicators seen for the first time, or an error dialog with the
 * core's sentence. _sirkel_window_update_actions decides when all of this is enabled.
 */
#define G_LOG_DOMAIN "sirkel-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-file-chooser.h"
#include "sirkel-import-labels.h"
#include "sirkel-import-mapping-dialog.h"
#include "sirkel-project-view-private.h"
#include "sirkel-window-private.h"

/* The Data page shows the progress, so an import started elsewhere goes there. */
static void
show_data_page (SirkelWindow *self)
{
  GtkListBox *sidebar = self->project_view->sidebar;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (sidebar, i)) != NULL; i++)
    if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), "data") == 0)
      {
        gtk_list_box_select_row (sidebar, row);
        adw_leaflet_navigate (self->project_view->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
        return;
      }
}

/**
 * _sirkel_window_import_files:
 * @files: (element-type GFile): the files to import, in order
 * @format: (nullable): a format override, or %NULL / "auto"
 * @encoding: (nullable): an encoding override, or %NULL / "auto"
 * @flags: SIRKEL_IMPORT_ALL_MEASURES for every measure of an FHI table as an indicator
 *
 * Queues @files for import into the window's project and shows the Data page. Does nothing
 * while the project cannot be changed.
 */
void
_sirkel_window_import_files (SirkelWindow      *self,
                             GSList            *files,
                             const char        *format,
                             const char        *encoding,
                             SirkelImportFlags  flags)
{
  if (self->document == NULL || sirkel_document_get_read_only (self->document) || files == NULL)
    return;
  for (GSList *l = files; l != NULL; l = l->next)
    sirkel_import_queue_add (self->import_queue, l->data, format, encoding, flags);
  show_data_page (self);
}

static void
import_chosen_cb (GListModel        *files,
                  const char        *format,
                  const char        *encoding,
                  SirkelImportFlags  flags,
                  gpointer           user_data)
{
  g_autoptr(SirkelWindow) self = user_data;
  GSList *list = NULL;

  if (files == NULL)
    return;
  for (guint i = g_list_model_get_n_items (files); i > 0; i--)
    list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));
  _sirkel_window_import_files (self, list, format, encoding, flags);
  g_slist_free_full (list, g_object_unref);
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sirkel_file_chooser_import (GTK_WINDOW (widget), import_chosen_cb, g_object_ref (widget));
}

static void
import_cancel_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  sirkel_import_queue_cancel (SIRKEL_WINDOW (widget)->import_queue);
}

static gboolean
drop_cb (SirkelWindow  *self,
         const GValue  *value,
         double         x,
         double         y)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  _sirkel_window_import_files (self, files, NULL, NULL, SIRKEL_IMPORT_FLAGS_NONE);
  g_slist_free (files);
  return TRUE;
}

static gboolean
has_drop (GBinding     *binding,
          const GValue *from,
          GValue       *to,
          gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_object (from) != NULL);
  return TRUE;
}

static void
add_count_row (GtkListBox *list,
               const char *title,
               guint       count)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = g_strdup_printf ("%'u", count);
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (list, row);
}

static guint
lookup_count (GVariantDict *dict,
              const char   *key)
{
  guint32 count = 0;

  g_variant_dict_lookup (dict, key, "u", &count);
  return count;
}

/* The counts behind the toast: win.show-import-changes carries them in its a{sv} target. */
static void
show_import_changes_action_cb (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (parameter);
  const char *file = "";
  const char *summary = "";
  const char *replaced = NULL;
  g_autofree char *heading = NULL;
  GtkListBox *list;
  GtkWidget *dialog;

  g_variant_dict_lookup (&dict, "file", "&s", &file);
  g_variant_dict_lookup (&dict, "summary", "&s", &summary);
  g_variant_dict_lookup (&dict, "replaced", "&s", &replaced);

  /* Translators: heading of the dialog that shows what an import brought; %s is the file. */
  heading = g_strdup_printf (_("Import of “%s”"), file);
  dialog = adw_message_dialog_new (GTK_WINDOW (widget), heading, summary);
  list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  add_count_row (list, _("Cells imported"), lookup_count (&dict, "cells"));
  if (replaced != NULL)
    {
      add_count_row (list, _("New periods"), lookup_count (&dict, "new-periods"));
      add_count_row (list, _("Revised values"), lookup_count (&dict, "revised"));
      add_count_row (list, _("Newly suppressed cells"), lookup_count (&dict, "newly-suppressed"));
      add_count_row (list, _("Cells no longer published"), lookup_count (&dict, "removed"));
      add_count_row (list, _("Unchanged cells"), lookup_count (&dict, "unchanged"));
    }
  add_count_row (list, _("New indicators"), lookup_count (&dict, "new-indicators"));
  add_count_row (list, _("Warnings"), lookup_count (&dict, "warnings"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (list));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
imported_cb (SirkelWindow              *self,
             SirkelEntity              *data_import,
             const SirkelImportChanges *changes,
             GListModel                *new_indicators)
{
  const char *file = sirkel_entity_get_text (data_import, "file_name");
  guint cells = (guint) CLAMP (sirkel_entity_get_int (data_import, "row_count"), 0, G_MAXUINT);
  guint n_new = g_list_model_get_n_items (new_indicators);
  guint n_warnings = sirkel_import_count_warnings (sirkel_entity_get_text (data_import,
                                                                          "warnings"));
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  AdwToast *toast;

  if (changes->replaced == NULL)
    /* Translators: a toast after an import: the file and how many cells it brought. */
    title = g_strdup_printf (ngettext ("“%s” imported: %'u cell", "“%s” imported: %'u cells",
                                       cells), file, cells);
  else
    /* Translators: a toast after importing a newer file of a table already imported. */
    title = g_strdup_printf (_("“%s” replaces the earlier import of its table"), file);

  g_variant_dict_insert (&dict, "file", "s", file);
  g_variant_dict_insert (&dict, "summary", "s", changes->summary != NULL ? changes->summary : "");
  if (changes->replaced != NULL)
    g_variant_dict_insert (&dict, "replaced", "s", changes->replaced);
  g_variant_dict_insert (&dict, "cells", "u", cells);
  g_variant_dict_insert (&dict, "new-indicators", "u", n_new);
  g_variant_dict_insert (&dict, "warnings", "u", n_warnings);
  g_variant_dict_insert (&dict, "new-periods", "u", changes->new_periods);
  g_variant_dict_insert (&dict, "revised", "u", changes->revised);
  g_variant_dict_insert (&dict, "newly-suppressed", "u", changes->newly_suppressed);
  g_variant_dict_insert (&dict, "removed", "u", changes->removed);
  g_variant_dict_insert (&dict, "unchanged", "u", changes->unchanged);

  /* AdwToast 1.2 always parses its title as markup. */
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Details"));
  adw_toast_set_action_name (toast, "win.show-import-changes");
  adw_toast_set_action_target_value (toast, g_variant_dict_end (&dict));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  if (n_new > 0)
    {
      g_autofree char *intro = NULL;
      SirkelImportMappingDialog *dialog;

      intro = g_strdup_printf (ngettext ("“%s” brought %u measure that no earlier import had; "
                                         "check how it is named and read.",
                                         "“%s” brought %u measures that no earlier import had; "
                                         "check how they are named and read.", n_new),
                               file, n_new);
      dialog = sirkel_import_mapping_dialog_new (GTK_WINDOW (self), self->document,
                                                 new_indicators, intro);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
failed_cb (SirkelWindow *self,
           const char   *file_name,
           const GError *error)
{
  /* Translators: heading of the dialog when a statistics file cannot be imported. */
  g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), file_name);

  _sirkel_window_show_error (self, heading, error);
}

/* The question keeps the id, not the entity: an undo while it shows may take the import away. */
typedef struct
{
  SirkelWindow *window;
  char         *id;
} RemoveRequest;

static void
remove_request_free (gpointer data,
                     GClosure *closure)
{
  RemoveRequest *request = data;

  g_object_unref (request->window);
  g_free (request->id);
  g_free (request);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RemoveRequest    *request)
{
  SirkelWindow *self = request->window;
  g_autoptr(GError) error = NULL;
  SirkelId id;

  if (!g_str_equal (response, "remove") || self->document == NULL ||
      !sirkel_id_parse (&id, request->id) ||
      sirkel_document_find (self->document, "data_import", &id) == NULL)
    return;
  if (!sirkel_store_delete (sirkel_document_get_store (self->document), "data_import", &id,
                            &error))
    _sirkel_window_show_error (self, _("Could Not Remove the Import"), error);
}

static void
remove_import_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);
  const char *id_text = g_variant_get_string (parameter, NULL);
  g_autofree char *body = NULL;
  SirkelEntity *data_import;
  AdwMessageDialog *dialog;
  RemoveRequest *request;
  SirkelId id;
  guint cells;

  if (self->document == NULL || !sirkel_id_parse (&id, id_text) ||
      (data_import = sirkel_document_find (self->document, "data_import", &id)) == NULL)
    return;
  cells = (guint) CLAMP (sirkel_entity_get_int (data_import, "row_count"), 0, G_MAXUINT);
  body = g_strdup_printf (ngettext ("The %'u figure from “%s” is taken out of the project. The "
                                    "indicators stay, and Undo brings the figure back.",
                                    "The %'u figures from “%s” are taken out of the project. The "
                                    "indicators stay, and Undo brings the figures back.", cells),
                          cells, sirkel_entity_get_text (data_import, "file_name"));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Remove Import?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  request = g_new0 (RemoveRequest, 1);
  request->window = g_object_ref (self);
  request->id = g_strdup (id_text);
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), request,
                         remove_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_indicator_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);
  g_autoptr(GListStore) indicators = NULL;
  SirkelImportMappingDialog *dialog;
  SirkelEntity *indicator;
  SirkelId id;

  if (self->document == NULL || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)) ||
      (indicator = sirkel_document_find (self->document, "indicator", &id)) == NULL)
    return;
  indicators = g_list_store_new (SIRKEL_TYPE_ENTITY);
  g_list_store_append (indicators, indicator);
  dialog = sirkel_import_mapping_dialog_new (GTK_WINDOW (self), self->document,
                                             G_LIST_MODEL (indicators), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* From init, after the template: what the queue reports, and the drop target on the whole
 * window content with its hint. */
void
_sirkel_window_init_import (SirkelWindow *self)
{
  g_signal_connect_object (self->import_queue, "imported", G_CALLBACK (imported_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->import_queue, "failed", G_CALLBACK (failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->import_queue, "notify::busy",
                           G_CALLBACK (_sirkel_window_update_actions), self, G_CONNECT_SWAPPED);

  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (drop_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_bind_property_full (self->drop_target, "current-drop", self->drop_hint, "reveal-child",
                               G_BINDING_SYNC_CREATE, has_drop, NULL, NULL, NULL);
  gtk_widget_add_controller (GTK_WIDGET (self->drop_overlay),
                             GTK_EVENT_CONTROLLER (g_object_ref (self->drop_target)));
}

void
_sirkel_window_class_add_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-cancel", NULL,
                                   import_cancel_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-import-changes", "a{sv}",
                                   show_import_changes_action_cb);
  gtk_widget_class_install_action (widget_class, "win.remove-import", "s",
                                   remove_import_action_cb);
  gtk_widget_class_install_action (widget_class, "win.edit-indicator", "s",
                                   edit_indicator_action_cb);
}
