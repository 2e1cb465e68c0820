/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportMappingDialog: see sirkel-import-mapping-dialog.h. One SirkelImportMappingGroup
 * per indicator; "mapping.save" is enabled while every title is filled in.
 *
 * Invariants: document and groups are set at construction and never change; the groups are
 * children of page in the order of the indicators given.
 */
#define G_LOG_DOMAIN "sirkel-import-mapping-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-import-mapping-dialog.h"
#include "sirkel-import-mapping-group.h"

struct _SirkelImportMappingDialog
{
  AdwWindow            parent_instance;

  SirkelDocument      *document;  /* construct-only */
  GPtrArray           *groups;    /* of SirkelImportMappingGroup, borrowed from page */

  /* Template children */
  AdwWindowTitle      *window_title;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *intro_group;
};

G_DEFINE_FINAL_TYPE (SirkelImportMappingDialog, sirkel_import_mapping_dialog, ADW_TYPE_WINDOW)

static void
update_actions (SirkelImportMappingDialog *self)
{
  gboolean valid = self->document != NULL && !sirkel_document_get_read_only (self->document);

  for (guint i = 0; valid && i < self->groups->len; i++)
    valid = sirkel_import_mapping_group_get_valid (g_ptr_array_index (self->groups, i));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapping.save", valid);
}

static void
show_error (SirkelImportMappingDialog *self,
            const GError              *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save the Settings"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Every change of every indicator as one action, so one Undo takes the dialog back. */
static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SirkelImportMappingDialog *self = SIRKEL_IMPORT_MAPPING_DIALOG (widget);
  SirkelStore *store = sirkel_document_get_store (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gboolean changed = FALSE;

  for (guint i = 0; i < self->groups->len && !changed; i++)
    changed = sirkel_import_mapping_group_has_changes (g_ptr_array_index (self->groups, i));
  if (!changed)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (self->groups->len == 1)
    label = g_strdup_printf (_("Edit %s"), sirkel_entity_noun ("indicator"));
  else
    label = g_strdup (_("Edit indicators"));
  if (!sirkel_store_begin (store, label, &error))
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < self->groups->len; i++)
    if (!sirkel_import_mapping_group_save (g_ptr_array_index (self->groups, i), store, &error))
      {
        sirkel_store_rollback (store);
        show_error (self, error);
        return;
      }
  if (!sirkel_store_commit (store, &error))
    {
      sirkel_store_rollback (store);
      show_error (self, error);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
sirkel_import_mapping_dialog_dispose (GObject *object)
{
  SirkelImportMappingDialog *self = SIRKEL_IMPORT_MAPPING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_IMPORT_MAPPING_DIALOG);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_import_mapping_dialog_parent_class)->dispose (object);
}

static void
sirkel_import_mapping_dialog_class_init (SirkelImportMappingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_import_mapping_dialog_dispose;

  g_type_ensure (SIRKEL_TYPE_IMPORT_MAPPING_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-import-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingDialog, page);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingDialog, intro_group);

  gtk_widget_class_install_action (widget_class, "mapping.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "mapping.save",
                                       NULL);
}

static void
sirkel_import_mapping_dialog_init (SirkelImportMappingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
}

/**
 * sirkel_import_mapping_dialog_new:
 * @indicators: the SirkelEntity indicators to edit, at least one
 * @intro: (nullable): a sentence above the settings, such as which import made them
 */
SirkelImportMappingDialog *
sirkel_import_mapping_dialog_new (GtkWindow      *parent,
                                  SirkelDocument *document,
                                  GListModel     *indicators,
                                  const char     *intro)
{
  SirkelImportMappingDialog *self;
  guint n;
  g_autofree char *subtitle = NULL;
  const char *title;
  const char *later = _("Imports of the same source, table and measure use these settings, now "
                        "and later, so they need to be made only once.");

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (indicators), NULL);

  n = g_list_model_get_n_items (indicators);
  g_return_val_if_fail (n > 0, NULL);

  self = g_object_new (SIRKEL_TYPE_IMPORT_MAPPING_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  if (intro != NULL)
    {
      g_autofree char *description = g_strdup_printf ("%s %s", intro, later);

      adw_preferences_group_set_description (self->intro_group, description);
    }
  else
    adw_preferences_group_set_description (self->intro_group, later);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SirkelEntity) indicator = g_list_model_get_item (indicators, i);
      GtkWidget *group = sirkel_import_mapping_group_new (indicator);

      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->groups, group);
      g_signal_connect_object (group, "notify::valid", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);
    }
  /* After an import the indicators are new; from the Data page one is edited. */
  if (intro != NULL)
    title = n == 1 ? _("New Indicator") : _("New Indicators");
  else
    title = n == 1 ? _("Edit Indicator") : _("Edit Indicators");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  if (n > 1)
    {
      subtitle = g_strdup_printf (ngettext ("%u indicator", "%u indicators", n), n);
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  g_signal_connect_object (document, "notify::read-only", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
  return self;
}
