/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelWindow's project actions: save (with the changed-by-someone-else question), save as,
 * close project and close window (with the unsaved-changes question), undo, redo and about.
 *
 * A save that a question started finishes with what the question was for (self->after_save):
 * the project or window closes only once the save has succeeded. Any failure or cancel on the
 * way resets after_save, so nothing closes unexpectedly later.
 */
#define G_LOG_DOMAIN "sirkel-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-file-chooser.h"
#include "sirkel-window-private.h"

static void
finish_after_save (SirkelWindow *self,
                   gboolean      discard)
{
  SirkelAfterSave after = self->after_save;

  self->after_save = SIRKEL_AFTER_SAVE_NOTHING;
  switch (after)
    {
    case SIRKEL_AFTER_SAVE_CLOSE_PROJECT:
      _sirkel_window_close_document (self, discard);
      break;
    case SIRKEL_AFTER_SAVE_CLOSE_WINDOW:
      _sirkel_window_close_document (self, discard);
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;
    case SIRKEL_AFTER_SAVE_NOTHING:
    default:
      break;
    }
}

static void
saved (SirkelWindow *self)
{
  const char *path = sirkel_document_get_path (self->document);

  if (path != NULL)
    sirkel_context_add_recent (self->context, path);
  finish_after_save (self, FALSE);
}

static void
save_failed (SirkelWindow *self,
             const GError *error)
{
  self->after_save = SIRKEL_AFTER_SAVE_NOTHING;
  _sirkel_window_show_error (self, _("Could Not Save"), error);
}

static void
save_as_chosen_cb (const char *path,
                   gpointer    user_data)
{
  g_autoptr(SirkelWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (path == NULL || self->document == NULL)
    {
      self->after_save = SIRKEL_AFTER_SAVE_NOTHING;
      return;
    }
  if (sirkel_document_save_as (self->document, path, &error))
    saved (self);
  else
    save_failed (self, error);
}

void
_sirkel_window_save_as (SirkelWindow    *self,
                        SirkelAfterSave  after)
{
  const char *path = sirkel_document_get_path (self->document);
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;

  self->after_save = after;
  if (path != NULL)
    {
      folder = g_path_get_dirname (path);
      name = g_path_get_basename (path);
    }
  else
    {
      g_autofree char *title = sirkel_document_dup_title (self->document);

      folder = g_strdup (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));
      name = g_strconcat (g_strdelimit (title, "/\\", '-'), ".sirkel", NULL);
    }
  sirkel_file_chooser_save (GTK_WINDOW (self), folder, name, save_as_chosen_cb,
                            g_object_ref (self));
}

static void
changed_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SirkelWindow     *self)
{
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || g_str_equal (response, "cancel"))
    self->after_save = SIRKEL_AFTER_SAVE_NOTHING;
  else if (g_str_equal (response, "copy"))
    _sirkel_window_save_as (self, self->after_save);
  else if (sirkel_document_save (self->document, TRUE, &error))
    saved (self);
  else
    save_failed (self, error);
}

/* RELIABILITY.md §2.3 step 6: someone else published since we opened; never overwrite silently. */
static void
ask_changed (SirkelWindow *self,
             const GError *error)
{
  AdwMessageDialog *dialog;
  const char *advice = _("Save your version as a copy, or replace theirs with yours.");
  g_autofree char *body = g_strdup_printf ("%s %s", error->message, advice);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("File Changed by Someone Else"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "copy", _("Save a _Copy…"),
                                    "replace", _("_Replace Their Version"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "copy");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (changed_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_sirkel_window_save (SirkelWindow    *self,
                     SirkelAfterSave  after)
{
  g_autoptr(GError) error = NULL;

  g_assert (self->document != NULL);

  self->after_save = after;
  if (sirkel_document_get_path (self->document) == NULL)
    _sirkel_window_save_as (self, after);
  else if (sirkel_document_save (self->document, FALSE, &error))
    saved (self);
  else if (g_error_matches (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CHANGED))
    ask_changed (self, error);
  else
    save_failed (self, error);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SirkelWindow     *self)
{
  if (self->document == NULL || g_str_equal (response, "cancel"))
    self->after_save = SIRKEL_AFTER_SAVE_NOTHING;
  else if (g_str_equal (response, "discard"))
    finish_after_save (self, TRUE);
  else
    _sirkel_window_save (self, self->after_save);
}

/**
 * _sirkel_window_confirm_close:
 *
 * Asks what to do with unsaved changes before @after.
 *
 * Returns: %TRUE if a question is now showing (its answer finishes @after), %FALSE if there is
 *   nothing to ask and the caller may close at once
 */
gboolean
_sirkel_window_confirm_close (SirkelWindow    *self,
                              SirkelAfterSave  after)
{
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (self->document == NULL || !sirkel_document_get_dirty (self->document))
    return FALSE;

  self->after_save = after;
  title = sirkel_document_dup_title (self->document);
  body = g_strdup_printf (_("“%s” has changes that are not saved. If you close without saving, "
                            "they are lost."), title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _sirkel_window_save (SIRKEL_WINDOW (widget), SIRKEL_AFTER_SAVE_NOTHING);
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _sirkel_window_save_as (SIRKEL_WINDOW (widget), SIRKEL_AFTER_SAVE_NOTHING);
}

static void
close_project_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);

  if (!_sirkel_window_confirm_close (self, SIRKEL_AFTER_SAVE_CLOSE_PROJECT))
    _sirkel_window_close_document (self, FALSE);
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_str_equal (action_name, "win.undo"))
    ok = sirkel_document_undo (self->document, &error);
  else
    ok = sirkel_document_redo (self->document, &error);
  if (!ok)
    _sirkel_window_toast (self, error->message);
}

static void
about_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", widget,
                        "modal", TRUE,
                        "application-name", _("Sirkel"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Sirkel developers"),
                        "copyright", _("© Sirkel developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Plan, follow up and report the municipality’s systematic "
                                      "public health work: overview, plan, measures, evaluation "
                                      "and learning."),
                        /* Translators: your names, one per line, for the About window. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

void
_sirkel_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "win.close-project", NULL,
                                   close_project_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.about", NULL, about_action_cb);

  /* The application sets the same accelerators, so menus show them; these make the keys
   * work in a window without an application too (the widget tests). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}
