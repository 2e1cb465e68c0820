/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelContext: settings, recent files and author for the windows. See sirkel-context.h.
 *
 * Invariants: recent mirrors the recent-files key, most recent first, at most MAX_RECENT
 * entries, without files that do not exist (they stay in the key, in case a drive returns).
 */
#define G_LOG_DOMAIN "sirkel-context"

#include "config.h"

#include <gtk/gtk.h>

#include "sirkel-context.h"

#define MAX_RECENT 10

struct _SirkelContext
{
  GObject        parent_instance;

  GSettings     *settings;
  GtkStringList *recent;
};

G_DEFINE_FINAL_TYPE (SirkelContext, sirkel_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_RECENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
recent_files_changed_cb (SirkelContext *self)
{
  sirkel_context_refresh_recent (self);
}

static void
sirkel_context_constructed (GObject *object)
{
  SirkelContext *self = SIRKEL_CONTEXT (object);

  G_OBJECT_CLASS (sirkel_context_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));
  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (recent_files_changed_cb), self, G_CONNECT_SWAPPED);
  sirkel_context_refresh_recent (self);
}

static void
sirkel_context_dispose (GObject *object)
{
  SirkelContext *self = SIRKEL_CONTEXT (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->recent);

  G_OBJECT_CLASS (sirkel_context_parent_class)->dispose (object);
}

static void
sirkel_context_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SirkelContext *self = SIRKEL_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_RECENT:
      g_value_set_object (value, self->recent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_context_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SirkelContext *self = SIRKEL_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_context_class_init (SirkelContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sirkel_context_constructed;
  object_class->dispose = sirkel_context_dispose;
  object_class->get_property = sirkel_context_get_property;
  object_class->set_property = sirkel_context_set_property;

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_RECENT] =
    g_param_spec_object ("recent", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sirkel_context_init (SirkelContext *self)
{
  self->recent = gtk_string_list_new (NULL);
}

SirkelContext *
sirkel_context_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SIRKEL_TYPE_CONTEXT, "settings", settings, NULL);
}

GSettings *
sirkel_context_get_settings (SirkelContext *self)
{
  g_return_val_if_fail (SIRKEL_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * sirkel_context_get_recent:
 *
 * Returns: (transfer none): a #GtkStringList of the paths of recent project files that exist,
 *   most recent first
 */
GListModel *
sirkel_context_get_recent (SirkelContext *self)
{
  g_return_val_if_fail (SIRKEL_IS_CONTEXT (self), NULL);

  return G_LIST_MODEL (self->recent);
}

/* Reads the key again and leaves out files that are gone, such as on a drive that is away. */
void
sirkel_context_refresh_recent (SirkelContext *self)
{
  g_auto(GStrv) paths = NULL;
  g_autoptr(GPtrArray) existing = g_ptr_array_new ();
  guint n_old;

  g_return_if_fail (SIRKEL_IS_CONTEXT (self));

  paths = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; paths[i] != NULL && existing->len < MAX_RECENT; i++)
    if (g_file_test (paths[i], G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add (existing, paths[i]);
  g_ptr_array_add (existing, NULL);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->recent));
  gtk_string_list_splice (self->recent, 0, n_old, (const char * const *) existing->pdata);
}

void
sirkel_context_add_recent (SirkelContext *self,
                           const char    *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  guint n = 1;

  g_return_if_fail (SIRKEL_IS_CONTEXT (self));
  g_return_if_fail (path != NULL && g_path_is_absolute (path));

  old = g_settings_get_strv (self->settings, "recent-files");
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], path))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  paths = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) paths);
}

/* The name written into the project history: the setting, else the operating system's. */
char *
sirkel_context_dup_author (SirkelContext *self)
{
  g_autofree char *name = NULL;
  const char *real_name;

  g_return_val_if_fail (SIRKEL_IS_CONTEXT (self), NULL);

  name = g_settings_get_string (self->settings, "author-name");
  g_strstrip (name);
  if (*name != '\0')
    return g_steal_pointer (&name);
  real_name = g_get_real_name ();
  if (real_name != NULL && *real_name != '\0' && !g_str_equal (real_name, "Unknown"))
    return g_strdup (real_name);
  return g_strdup (g_get_user_name ());
}

/* Where "Open Example Project" writes the example, once. The name is not translated: it is
 * the name of the fictional municipality's project file. */
char *
sirkel_context_dup_example_path (SirkelContext *self)
{
  g_return_val_if_fail (SIRKEL_IS_CONTEXT (self), NULL);

  return g_build_filename (g_get_user_data_dir (), "sirkel", "examples",
                           "Lundfjord (eksempel).sirkel", NULL);
}
