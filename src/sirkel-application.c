/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelApplication: creates the context (settings, recent files, author) at startup, shows a
 * start-page window on activation and opens each file passed on the command line or by the
 * desktop in a window of its own, reusing a window that shows the start page. Its resources
 * (style.css, gtk/help-overlay.ui, the icon) are found under the resource base path
 * /no/sirkel/Sirkel, which GtkApplication derives from the application id.
 */
#define G_LOG_DOMAIN "sirkel-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-application.h"
#include "sirkel-context.h"
#include "sirkel-window.h"

struct _SirkelApplication
{
  AdwApplication  parent_instance;

  SirkelContext  *context;  /* created in startup, NULL before */
};

G_DEFINE_FINAL_TYPE (SirkelApplication, sirkel_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.new-project", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.close-project", { "<Control>w", NULL } },
  { "win.import", { "<Control>i", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", NULL } },
};

/* A window that shows the start page, or a new one. */
static SirkelWindow *
find_free_window (SirkelApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SIRKEL_IS_WINDOW (l->data) && sirkel_window_get_document (l->data) == NULL)
      return l->data;
  return sirkel_window_new (GTK_APPLICATION (self), self->context);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  SirkelApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window asks about its own unsaved changes; the application ends with the last one. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action_cb, NULL, NULL, NULL, { 0 } },
};

static void
sirkel_application_startup (GApplication *application)
{
  SirkelApplication *self = SIRKEL_APPLICATION (application);
  g_autoptr(GSettings) settings = NULL;

  G_APPLICATION_CLASS (sirkel_application_parent_class)->startup (application);

  settings = g_settings_new (APPLICATION_ID);
  self->context = sirkel_context_new (settings);
  gtk_window_set_default_icon_name (APPLICATION_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

static void
sirkel_application_activate (GApplication *application)
{
  SirkelApplication *self = SIRKEL_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (sirkel_window_new (GTK_APPLICATION (self), self->context));
  gtk_window_present (window);
}

static void
sirkel_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  SirkelApplication *self = SIRKEL_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      SirkelWindow *window;

      /* The first file may use a window that shows the start page; each other file gets its
       * own, also when the first is still asking a question and so has no document yet. */
      if (i == 0)
        window = find_free_window (self);
      else
        window = sirkel_window_new (GTK_APPLICATION (self), self->context);

      gtk_window_present (GTK_WINDOW (window));
      if (path != NULL)
        sirkel_window_open_path (window, path);
      else
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("Sirkel can only open project files on this computer, "
                                       "not “%s”."), uri);

          sirkel_window_show_message (window, _("Could Not Open File"), message);
        }
    }
}

static void
sirkel_application_dispose (GObject *object)
{
  SirkelApplication *self = SIRKEL_APPLICATION (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (sirkel_application_parent_class)->dispose (object);
}

static void
sirkel_application_class_init (SirkelApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sirkel_application_dispose;
  app_class->startup = sirkel_application_startup;
  app_class->activate = sirkel_application_activate;
  app_class->open = sirkel_application_open;
}

static void
sirkel_application_init (SirkelApplication *self)
{
}

SirkelApplication *
sirkel_application_new (void)
{
  return g_object_new (SIRKEL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
