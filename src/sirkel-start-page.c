/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelStartPage: see sirkel-start-page.h. The recent list is bound to the context's recent
 * model; the recovery list is read again by sirkel_start_page_refresh (), which the window
 * calls whenever the page comes back, because working copies change on disk, not in a model.
 */
#define G_LOG_DOMAIN "sirkel-start-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-document.h"
#include "sirkel-start-page.h"

struct _SirkelStartPage
{
  AdwBin                parent_instance;

  SirkelContext        *context;

  /* Template children */
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  AdwPreferencesGroup  *recovery_group;
  GtkListBox           *recovery_list;
};

G_DEFINE_FINAL_TYPE (SirkelStartPage, sirkel_start_page, ADW_TYPE_BIN)

/* "~/Dokumenter/Folkehelse" rather than the full home path. */
static char *
dup_display_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (g_str_has_prefix (dir, home) && (dir[home_len] == '/' || dir[home_len] == '\0'))
    return g_strconcat ("~", dir + home_len, NULL);
  return g_filename_display_name (dir);
}

static char *
dup_project_name (const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (g_str_has_suffix (name, ".sirkel"))
    name[strlen (name) - strlen (".sirkel")] = '\0';
  return g_steal_pointer (&name);
}

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  const char *path = gtk_string_object_get_string (item);
  g_autofree char *name = dup_project_name (path);
  g_autofree char *folder = dup_display_folder (path);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (path));
  gtk_widget_set_tooltip_text (row, path);
  return row;
}

static void
recent_changed_cb (SirkelStartPage *self)
{
  GListModel *recent = sirkel_context_get_recent (self->context);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), g_list_model_get_n_items (recent) > 0);
}

static char *
dup_local_time (const char *iso8601)
{
  g_autoptr(GDateTime) utc = iso8601 != NULL ? g_date_time_new_from_iso8601 (iso8601, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (iso8601 != NULL ? iso8601 : "");
  /* Translators: date and time of unsaved changes, see g_date_time_format (). */
  return g_date_time_format (local, _("%-d %b %Y at %H:%M"));
}

static GtkWidget *
button_new (const char *label,
            const char *action,
            const char *target,
            const char *style)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (target));
  if (style != NULL)
    gtk_widget_add_css_class (button, style);
  return button;
}

static GtkWidget *
create_recovery_row (const SirkelRecovery *recovery)
{
  g_autofree char *when = dup_local_time (recovery->modified_at);
  g_autofree char *where = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (recovery->original_path != NULL)
    where = g_filename_display_basename (recovery->original_path);
  else
    where = g_strdup (_("never saved"));
  /* Translators: unsaved work: date, author, file name (or "never saved"). */
  subtitle = g_strdup_printf (_("Changed %s by %s · %s"), when,
                              recovery->modified_by != NULL ? recovery->modified_by : "", where);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 recovery->title != NULL && *recovery->title != '\0'
                                 ? recovery->title : _("Untitled project"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             button_new (_("_Discard"), "win.discard-recovery", recovery->work_path,
                                         NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             button_new (_("_Recover"), "win.recover", recovery->work_path,
                                         "suggested-action"));
  return row;
}

static void
sirkel_start_page_dispose (GObject *object)
{
  SirkelStartPage *self = SIRKEL_START_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_START_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sirkel_start_page_parent_class)->dispose (object);
}

static void
sirkel_start_page_class_init (SirkelStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_start_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelStartPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelStartPage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelStartPage, recovery_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelStartPage, recovery_list);
}

static void
sirkel_start_page_init (SirkelStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Called once by the window, right after construction. */
void
sirkel_start_page_set_context (SirkelStartPage *self,
                               SirkelContext   *context)
{
  GListModel *recent;

  g_return_if_fail (SIRKEL_IS_START_PAGE (self));
  g_return_if_fail (SIRKEL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  recent = sirkel_context_get_recent (context);
  gtk_list_box_bind_model (self->recent_list, recent, create_recent_row, NULL, NULL);
  g_signal_connect_object (recent, "items-changed", G_CALLBACK (recent_changed_cb), self,
                           G_CONNECT_SWAPPED);
  sirkel_start_page_refresh (self);
}

void
sirkel_start_page_refresh (SirkelStartPage *self)
{
  g_autoptr(GPtrArray) recoveries = NULL;
  GtkWidget *child;

  g_return_if_fail (SIRKEL_IS_START_PAGE (self));

  if (self->context != NULL)
    {
      sirkel_context_refresh_recent (self->context);
      recent_changed_cb (self);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recovery_list))) != NULL)
    gtk_list_box_remove (self->recovery_list, child);
  recoveries = sirkel_recovery_list ();
  for (guint i = 0; i < recoveries->len; i++)
    gtk_list_box_append (self->recovery_list, create_recovery_row (g_ptr_array_index (recoveries,
                                                                                      i)));
  gtk_widget_set_visible (GTK_WIDGET (self->recovery_group), recoveries->len > 0);
}
