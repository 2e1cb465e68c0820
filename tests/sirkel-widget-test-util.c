/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget test helpers; see sirkel-widget-test-util.h.
 */
#include "config.h"

#include "sirkel-example-file.h"
#include "sirkel-store-private.h"
#include "sirkel-widget-test-util.h"

/**
 * sirkel_widget_test_init:
 *
 * g_test_init with isolated folders, then GTK and libadwaita. A widget test without a display
 * fails rather than skips (STYLE.md §14).
 *
 * Returns: %FALSE (after saying why) when there is no display
 */
gboolean
sirkel_widget_test_init (int    *argc,
                         char ***argv)
{
  /* ISOLATE_DIRS hides the system's data folders, and with them the icon theme and the MIME
   * database that gdk-pixbuf needs to recognise the theme's SVG icons. */
  g_auto(GStrv) data_dirs = g_strdupv ((char **) g_get_system_data_dirs ());
  GtkIconTheme *icon_theme;

  g_content_type_set_mime_dirs (NULL);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("no display: run under xvfb-run -a\n");
      return FALSE;
    }
  adw_init ();
  /* A blinking cursor in an unfocused Xvfb window can make GtkText warn about a missing
   * focus-out event, which the tests' fatal warnings turn into a crash. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  icon_theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      g_autofree char *icons = g_build_filename (data_dirs[i], "icons", NULL);

      gtk_icon_theme_add_search_path (icon_theme, icons);
    }
  return TRUE;
}

/* Runs the main loop until @check is true, failing after ten seconds. */
void
sirkel_widget_test_wait_until (gboolean (*check) (gpointer data),
                               gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Lets idle work (status updates, bindings) run. */
void
sirkel_widget_test_settle (void)
{
  for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
sirkel_widget_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

SirkelWindow *
sirkel_widget_test_window_new (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(SirkelContext) context = sirkel_context_new (settings);
  SirkelWindow *window = sirkel_window_new (NULL, context);

  gtk_window_present (GTK_WINDOW (window));
  sirkel_widget_test_wait_until (sirkel_widget_test_is_mapped, window);
  return window;
}

/* A window showing a fresh copy of the example project, written as @dir/@name. */
SirkelWindow *
sirkel_widget_test_window_with_example (const char *dir,
                                        const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  SirkelWindow *window;

  g_assert_true (sirkel_example_write (path, &error));
  g_assert_no_error (error);
  window = sirkel_widget_test_window_new ();
  sirkel_window_open_path (window, path);
  sirkel_widget_test_settle ();
  g_assert_nonnull (sirkel_window_get_document (window));
  return window;
}

/* The first top-level window of @type that is transient for @parent. */
GtkWindow *
sirkel_widget_test_find_dialog (GtkWindow *parent,
                                GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

gboolean
sirkel_widget_test_has_message_dialog (gpointer parent)
{
  return sirkel_widget_test_find_dialog (parent, ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The message dialog over @parent; fails the test if there is none. */
AdwMessageDialog *
sirkel_widget_test_message_dialog (GtkWindow *parent)
{
  GtkWindow *dialog = sirkel_widget_test_find_dialog (parent, ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* Answers @dialog as a click on the response's button would: emit it, then close. */
void
sirkel_widget_test_respond (AdwMessageDialog *dialog,
                            const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  sirkel_widget_test_settle ();
}

/* The first widget of @type under @widget, depth first, or NULL; with @action_name, only an
 * actionable widget that activates that action. */
GtkWidget *
sirkel_widget_test_find_child (GtkWidget  *widget,
                               GType       type,
                               const char *action_name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (action_name == NULL ||
       (GTK_IS_ACTIONABLE (widget) &&
        g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sirkel_widget_test_find_child (child, type, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * sirkel_widget_test_save_png:
 *
 * When SIRKEL_TEST_SCREENSHOTS names a folder, saves what @widget shows now as NAME.png
 * there, drawn by the widget's own renderer; otherwise does nothing. For looking at what a
 * test built (xvfb-run -a env SIRKEL_TEST_SCREENSHOTS=/tmp/shots build/tests/test-…).
 */
void
sirkel_widget_test_save_png (GtkWidget  *widget,
                             const char *name)
{
  const char *dir = g_getenv ("SIRKEL_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL || *dir == '\0' || width <= 0 || height <= 0)
    return;
  sirkel_widget_test_settle ();
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  if (!gdk_texture_save_to_png (texture, path))
    g_warning ("Could not save %s", path);
}

/* Activates @action on @widget (it must exist and be enabled) and lets the window settle. */
void
sirkel_widget_test_act (GtkWidget  *widget,
                        const char *action,
                        GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, parameter));
  sirkel_widget_test_settle ();
}

void
sirkel_widget_test_undo (SirkelWindow *window)
{
  sirkel_widget_test_act (GTK_WIDGET (window), "win.undo", NULL);
}

sqlite3_stmt *
sirkel_widget_test_query (SirkelWindow   *window,
                          const char     *sql,
                          const SirkelId *id)
{
  SirkelStore *store = sirkel_document_get_store (sirkel_window_get_document (window));
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean has_row = FALSE;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, &error));
  g_assert_no_error (error);
  if (id != NULL)
    g_assert_true (sirkel_store_bind_id (store, stmt, 1, id, &error));
  g_assert_true (sirkel_store_step_row (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return stmt;
}

gint64
sirkel_widget_test_sql_int (SirkelWindow   *window,
                            const char     *sql,
                            const SirkelId *id)
{
  g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, sql, id);

  return sqlite3_column_int64 (stmt, 0);
}

double
sirkel_widget_test_sql_double (SirkelWindow   *window,
                               const char     *sql,
                               const SirkelId *id)
{
  g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, sql, id);

  g_assert_cmpint (sqlite3_column_type (stmt, 0), ==, SQLITE_FLOAT);
  return sqlite3_column_double (stmt, 0);
}

char *
sirkel_widget_test_sql_text (SirkelWindow   *window,
                             const char     *sql,
                             const SirkelId *id)
{
  g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, sql, id);

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
sirkel_widget_test_sql_is_null (SirkelWindow   *window,
                                const char     *sql,
                                const SirkelId *id)
{
  g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, sql, id);

  return sqlite3_column_type (stmt, 0) == SQLITE_NULL;
}

SirkelId
sirkel_widget_test_sql_id (SirkelWindow   *window,
                           const char     *sql,
                           const SirkelId *id)
{
  g_autoptr(sqlite3_stmt) stmt = sirkel_widget_test_query (window, sql, id);
  SirkelId found;

  g_assert_true (sirkel_id_from_bytes (&found, sqlite3_column_blob (stmt, 0),
                                       sqlite3_column_bytes (stmt, 0)));
  return found;
}
