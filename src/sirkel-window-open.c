/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelWindow's ways to get a project: new, open, the example, a recent file, and work
 * recovered from a session that ended without saving. Opening asks when the file is in use
 * by someone else (read-only, a copy, or take over) and when unsaved changes from an earlier
 * session exist (recover or discard), then tries again with the user's choice
 * (RELIABILITY.md §2.3–2.4).
 *
 * A project opens in this window while it shows the start page, and in a new window
 * otherwise. A file that is already open in one of the application's windows is not opened a
 * second time: that window is brought forward instead, because two documents of one process
 * must never share a working copy.
 */
#define G_LOG_DOMAIN "sirkel-window-open"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sirkel-example-file.h"
#include "sirkel-file-chooser.h"
#include "sirkel-new-project-dialog.h"
#include "sirkel-window-private.h"

typedef struct
{
  SirkelWindow        *window;
  char                *path;
  SirkelDocumentFlags  flags;
} OpenRequest;

static void open_with_flags (SirkelWindow        *self,
                             const char          *path,
                             SirkelDocumentFlags  flags);

static void
open_request_free (gpointer  data,
                   GClosure *closure)
{
  OpenRequest *request = data;

  g_object_unref (request->window);
  g_free (request->path);
  g_free (request);
}

static SirkelWindow *
target_window (SirkelWindow *self)
{
  SirkelWindow *window;

  if (self->document == NULL)
    return self;
  window = sirkel_window_new (gtk_window_get_application (GTK_WINDOW (self)), self->context);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The application's window that has @path open, if any. */
static SirkelWindow *
find_window_with (SirkelWindow *self,
                  const char   *path)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *canonical = realpath (path, NULL);

  if (app == NULL || canonical == NULL)
    return NULL;
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      SirkelDocument *document;

      if (!SIRKEL_IS_WINDOW (l->data))
        continue;
      document = sirkel_window_get_document (l->data);
      if (document != NULL && g_strcmp0 (sirkel_document_get_path (document), canonical) == 0)
        return l->data;
    }
  return NULL;
}

static void
opened (SirkelWindow   *self,
        SirkelDocument *document,
        const char     *path)
{
  _sirkel_window_set_document (self, document);
  if (sirkel_document_get_path (document) != NULL)
    sirkel_context_add_recent (self->context, sirkel_document_get_path (document));
  else if (path != NULL)
    {
      /* A copy: the file it was made from is still the one to find again. */
      g_autofree char *absolute = g_canonicalize_filename (path, NULL);

      sirkel_context_add_recent (self->context, absolute);
    }
  if (sirkel_document_get_recovered (document))
    _sirkel_window_toast (self, _("Your unsaved changes were recovered"));
  else if (path != NULL && sirkel_document_get_path (document) == NULL)
    _sirkel_window_toast (self, _("This is a copy; use Save As to keep it"));
}

static void
answer_cb (AdwMessageDialog *dialog,
           const char       *response,
           OpenRequest      *request)
{
  SirkelDocumentFlags flags = request->flags;

  if (g_str_equal (response, "read-only"))
    flags |= SIRKEL_DOCUMENT_READ_ONLY;
  else if (g_str_equal (response, "copy"))
    flags |= SIRKEL_DOCUMENT_AS_COPY;
  else if (g_str_equal (response, "take-over"))
    flags |= SIRKEL_DOCUMENT_BREAK_LOCK;
  else if (g_str_equal (response, "recover"))
    flags |= SIRKEL_DOCUMENT_RECOVER;
  else if (g_str_equal (response, "discard"))
    flags |= SIRKEL_DOCUMENT_DISCARD_RECOVERY;
  else
    return;
  open_with_flags (request->window, request->path, flags);
}

static AdwMessageDialog *
question_new (SirkelWindow        *self,
              const char          *path,
              SirkelDocumentFlags  flags,
              const char          *heading,
              const char          *body)
{
  AdwMessageDialog *dialog;
  OpenRequest *request = g_new0 (OpenRequest, 1);

  request->window = g_object_ref (self);
  request->path = g_strdup (path);
  request->flags = flags;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (answer_cb), request, open_request_free, 0);
  return dialog;
}

static void
ask_locked (SirkelWindow        *self,
            const char          *path,
            SirkelDocumentFlags  flags,
            const GError        *error)
{
  /* The core's message says who, where and since when, and what can be done. */
  const char *warning = _("Take it over only if you are sure that nobody is working on it any "
                          "more.");
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", error->message, warning);
  AdwMessageDialog *dialog = question_new (self, path, flags, _("Project in Use"), body);

  adw_message_dialog_add_responses (dialog,
                                    "read-only", _("Open _Read-Only"),
                                    "copy", _("Open a _Copy"),
                                    "take-over", _("_Take Over"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "take-over", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "read-only");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ask_recovery (SirkelWindow        *self,
              const char          *path,
              SirkelDocumentFlags  flags,
              const GError        *error)
{
  AdwMessageDialog *dialog = question_new (self, path, flags, _("Unsaved Changes Found"),
                                           error->message);

  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard Changes"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "recover");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_with_flags (SirkelWindow        *self,
                 const char          *path,
                 SirkelDocumentFlags  flags)
{
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *author = NULL;
  SirkelWindow *other = find_window_with (self, path);

  if (other != NULL)
    {
      gtk_window_present (GTK_WINDOW (other));
      return;
    }
  author = sirkel_context_dup_author (self->context);
  document = sirkel_document_open (path, flags, author, &error);
  if (document != NULL)
    opened (self, document, path);
  else if (g_error_matches (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED))
    ask_locked (self, path, flags, error);
  else if (g_error_matches (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_RECOVERY))
    ask_recovery (self, path, flags, error);
  else
    _sirkel_window_show_error (self, _("Could Not Open Project"), error);
}

/**
 * sirkel_window_open_path:
 * @path: a project file
 *
 * Opens @path in this window, asking first when it is in use or has unsaved changes from an
 * earlier session. Errors are shown in a dialog.
 */
void
sirkel_window_open_path (SirkelWindow *self,
                         const char   *path)
{
  g_return_if_fail (SIRKEL_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  open_with_flags (self, path, SIRKEL_DOCUMENT_OPEN_DEFAULT);
}

static void
project_created_cb (SirkelWindow   *self,
                    SirkelDocument *document)
{
  _sirkel_window_set_document (target_window (self), document);
}

static void
new_project_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);
  SirkelNewProjectDialog *dialog = sirkel_new_project_dialog_new (GTK_WINDOW (self), self->context);

  g_signal_connect_object (dialog, "created", G_CALLBACK (project_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_chosen_cb (const char *path,
                gpointer    user_data)
{
  g_autoptr(SirkelWindow) self = user_data;

  if (path != NULL)
    sirkel_window_open_path (target_window (self), path);
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sirkel_file_chooser_open (GTK_WINDOW (widget), open_chosen_cb, g_object_ref (widget));
}

static void
open_recent_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  sirkel_window_open_path (SIRKEL_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Writes the example once, to the user's data folder, and opens it like any project. */
static void
open_example_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);
  g_autofree char *path = sirkel_context_dup_example_path (self->context);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not create the folder “%s”: %s."), dir, g_strerror (saved_errno));
        }
      if (error != NULL || !sirkel_example_write (path, &error))
        {
          _sirkel_window_show_error (self, _("Could Not Create the Example Project"), error);
          return;
        }
    }
  sirkel_window_open_path (target_window (self), path);
}

static void
recover_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);
  g_autofree char *author = sirkel_context_dup_author (self->context);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = sirkel_document_recover (g_variant_get_string (parameter, NULL), author, &error);
  if (document == NULL)
    {
      _sirkel_window_show_error (self, _("Could Not Recover the Changes"), error);
      sirkel_start_page_refresh (self->start_page);
      return;
    }
  opened (self, document, sirkel_document_get_path (document));
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     OpenRequest      *request)
{
  SirkelWindow *self = request->window;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "discard"))
    return;
  if (!sirkel_recovery_discard (request->path, &error))
    _sirkel_window_show_error (self, _("Could Not Discard the Changes"), error);
  sirkel_start_page_refresh (self->start_page);
}

static void
discard_recovery_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SirkelWindow *self = SIRKEL_WINDOW (widget);
  AdwMessageDialog *dialog;
  OpenRequest *request = g_new0 (OpenRequest, 1);

  request->window = g_object_ref (self);
  request->path = g_variant_dup_string (parameter, NULL);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard Unsaved Changes?"),
                                                       _("The changes from the earlier session are "
                                                         "lost for good.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (discard_response_cb), request,
                         open_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_sirkel_window_class_add_open_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action_cb);
  gtk_widget_class_install_action (widget_class, "win.recover", "s", recover_action_cb);
  gtk_widget_class_install_action (widget_class, "win.discard-recovery", "s",
                                   discard_recovery_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-project",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}
