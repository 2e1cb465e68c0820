/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelWindow: construction, the current document and what follows from it (which page
 * shows, the window title, which actions are enabled), the window size in GSettings, the
 * changed-by-someone-else check when the window gains focus, and closing with unsaved
 * changes. The actions themselves are in sirkel-window-actions.c and sirkel-window-open.c.
 *
 * Invariant: the project view shows exactly when document is not NULL; the start page
 * otherwise.
 */
#define G_LOG_DOMAIN "sirkel-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-window-private.h"

G_DEFINE_FINAL_TYPE (SirkelWindow, sirkel_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_DOCUMENT,
  PROP_IMPORT_QUEUE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_action_enabled (SirkelWindow *self,
                    const char   *action,
                    gboolean      enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, enabled);
}

/* The only place that decides what can be done now; every relevant notify calls it. */
void
_sirkel_window_update_actions (SirkelWindow *self)
{
  SirkelDocument *document = self->document;
  gboolean open = document != NULL;
  gboolean writable = open && !sirkel_document_get_read_only (document);
  gboolean can_undo = FALSE;
  gboolean can_redo = FALSE;

  if (open)
    g_object_get (document, "can-undo", &can_undo, "can-redo", &can_redo, NULL);

  set_action_enabled (self, "win.save", writable);
  set_action_enabled (self, "win.save-as", open
                      && sirkel_document_get_work_path (document) != NULL);
  set_action_enabled (self, "win.close-project", open);
  set_action_enabled (self, "win.undo", writable && can_undo);
  set_action_enabled (self, "win.redo", writable && can_redo);
  set_action_enabled (self, "win.import", writable);
  set_action_enabled (self, "win.import-cancel", self->import_queue != NULL
                      && sirkel_import_queue_get_busy (self->import_queue));
  set_action_enabled (self, "win.remove-import", writable);
  set_action_enabled (self, "win.edit-indicator", writable);
  /* A file dropped on a project that cannot change is not even offered the drop. */
  if (self->drop_target != NULL)
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->drop_target),
                                                writable ? GTK_PHASE_BUBBLE : GTK_PHASE_NONE);
  /* The start page's rows act on this window only while it shows the start page. */
  set_action_enabled (self, "win.open-recent", !open);
  set_action_enabled (self, "win.recover", !open);
  set_action_enabled (self, "win.discard-recovery", !open);
}

void
_sirkel_window_toast (SirkelWindow *self,
                      const char   *text)
{
  /* AdwToast 1.2 always parses its title as markup. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
sirkel_window_show_message (SirkelWindow *self,
                            const char   *heading,
                            const char   *body)
{
  GtkWidget *dialog;

  g_return_if_fail (SIRKEL_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_sirkel_window_show_error (SirkelWindow *self,
                           const char   *heading,
                           const GError *error)
{
  sirkel_window_show_message (self, heading, error->message);
}

void
_sirkel_window_set_document (SirkelWindow   *self,
                             SirkelDocument *document)
{
  g_assert (SIRKEL_IS_WINDOW (self));
  g_assert (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  g_signal_group_set_target (self->document_signals, document);
  g_binding_group_set_source (self->document_bindings, document);
  sirkel_import_queue_set_document (self->import_queue, document);
  sirkel_project_view_set_document (self->project_view, document);
  self->changed_warned = FALSE;
  self->after_save = SIRKEL_AFTER_SAVE_NOTHING;
  if (document != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "project");
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Sirkel"));
      sirkel_start_page_refresh (self->start_page);
      gtk_stack_set_visible_child_name (self->main_stack, "start");
    }
  _sirkel_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/* Releases the lock and the working copy (kept for recovery if dirty and not discarded). */
void
_sirkel_window_close_document (SirkelWindow *self,
                               gboolean      discard)
{
  g_autoptr(SirkelDocument) document = NULL;

  if (self->document == NULL)
    return;
  document = g_object_ref (self->document);
  _sirkel_window_set_document (self, NULL);
  sirkel_document_close (document, discard);
}

static void
save_window_state (SirkelWindow *self)
{
  GSettings *settings = sirkel_context_get_settings (self->context);
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width = 0;
  int height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", maximized);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

/* RELIABILITY.md §2.5: a change made on another machine is not seen by a file monitor, so
 * the file is checked again whenever the user comes back to the window. */
static void
is_active_changed_cb (SirkelWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_window_is_active (GTK_WINDOW (self)) || self->document == NULL || self->changed_warned)
    return;
  if (sirkel_document_check_changed (self->document, &error))
    return;
  if (g_error_matches (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CHANGED))
    {
      self->changed_warned = TRUE;
      _sirkel_window_toast (self, error->message);
    }
  else
    g_debug ("Could not check the file: %s", error->message);
}

static void
document_saved_cb (SirkelWindow *self)
{
  /* After a save the file is ours again, so a new change by someone else is worth a toast. */
  if (self->document != NULL && !sirkel_document_get_dirty (self->document))
    self->changed_warned = FALSE;
  _sirkel_window_update_actions (self);
}

static gboolean
sirkel_window_close_request (GtkWindow *window)
{
  SirkelWindow *self = SIRKEL_WINDOW (window);

  if (!self->closing && self->document != NULL &&
      _sirkel_window_confirm_close (self, SIRKEL_AFTER_SAVE_CLOSE_WINDOW))
    return TRUE;
  save_window_state (self);
  _sirkel_window_close_document (self, FALSE);
  return GTK_WINDOW_CLASS (sirkel_window_parent_class)->close_request (window);
}

static void
sirkel_window_constructed (GObject *object)
{
  SirkelWindow *self = SIRKEL_WINDOW (object);
  GSettings *settings;

  G_OBJECT_CLASS (sirkel_window_parent_class)->constructed (object);

  g_assert (SIRKEL_IS_CONTEXT (self->context));
  settings = sirkel_context_get_settings (self->context);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  sirkel_start_page_set_context (self->start_page, self->context);
  _sirkel_window_update_actions (self);
}

static void
sirkel_window_dispose (GObject *object)
{
  SirkelWindow *self = SIRKEL_WINDOW (object);

  /* A window destroyed without close-request (at exit) keeps unsaved work for recovery. */
  if (self->document != NULL)
    sirkel_document_close (self->document, FALSE);
  if (self->import_queue != NULL)
    sirkel_import_queue_set_document (self->import_queue, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_WINDOW);
  g_clear_object (&self->import_queue);
  g_clear_object (&self->drop_target);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document_bindings);
  g_clear_object (&self->document);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sirkel_window_parent_class)->dispose (object);
}

static void
sirkel_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SirkelWindow *self = SIRKEL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_IMPORT_QUEUE:
      g_value_set_object (value, self->import_queue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SirkelWindow *self = SIRKEL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_window_class_init (SirkelWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sirkel_window_constructed;
  object_class->dispose = sirkel_window_dispose;
  object_class->get_property = sirkel_window_get_property;
  object_class->set_property = sirkel_window_set_property;
  window_class->close_request = sirkel_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SIRKEL_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Read by the Data page's .ui, which shows the import in progress. */
  properties [PROP_IMPORT_QUEUE] =
    g_param_spec_object ("import-queue", NULL, NULL, SIRKEL_TYPE_IMPORT_QUEUE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SIRKEL_TYPE_START_PAGE);
  g_type_ensure (SIRKEL_TYPE_PROJECT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SirkelWindow, drop_overlay);
  gtk_widget_class_bind_template_child (widget_class, SirkelWindow, drop_hint);
  gtk_widget_class_bind_template_child (widget_class, SirkelWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, SirkelWindow, project_view);
  gtk_widget_class_bind_template_callback (widget_class, is_active_changed_cb);

  _sirkel_window_class_add_actions (widget_class);
  _sirkel_window_class_add_open_actions (widget_class);
  _sirkel_window_class_add_import_actions (widget_class);
}

static void
sirkel_window_init (SirkelWindow *self)
{
  /* Before the template: the Data page inside it reads the queue once, as it is rooted. */
  self->import_queue = sirkel_import_queue_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  _sirkel_window_init_import (self);

  self->document_signals = g_signal_group_new (SIRKEL_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::can-undo",
                                 G_CALLBACK (_sirkel_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::can-redo",
                                 G_CALLBACK (_sirkel_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::read-only",
                                 G_CALLBACK (_sirkel_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::dirty",
                                 G_CALLBACK (document_saved_cb), self, G_CONNECT_SWAPPED);

  self->document_bindings = g_binding_group_new ();
  g_binding_group_bind (self->document_bindings, "title", self, "title", G_BINDING_SYNC_CREATE);
}

/**
 * sirkel_window_new:
 * @application: (nullable): the application; tests pass %NULL
 * @context: settings, recent files and author
 */
SirkelWindow *
sirkel_window_new (GtkApplication *application,
                   SirkelContext  *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SIRKEL_IS_CONTEXT (context), NULL);

  return g_object_new (SIRKEL_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

SirkelContext *
sirkel_window_get_context (SirkelWindow *self)
{
  g_return_val_if_fail (SIRKEL_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * sirkel_window_get_document:
 *
 * Returns: (transfer none) (nullable): the open project, or %NULL on the start page
 */
SirkelDocument *
sirkel_window_get_document (SirkelWindow *self)
{
  g_return_val_if_fail (SIRKEL_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * sirkel_window_get_import_queue:
 *
 * Returns: (transfer none): the files being imported into the window's project
 */
SirkelImportQueue *
sirkel_window_get_import_queue (SirkelWindow *self)
{
  g_return_val_if_fail (SIRKEL_IS_WINDOW (self), NULL);

  return self->import_queue;
}
