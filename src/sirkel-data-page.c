/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDataPage: imports and indicators as the document orders them.
 */
#define G_LOG_DOMAIN "sirkel-data-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-data-page.h"
#include "sirkel-entity-list.h"

struct _SirkelDataPage
{
  SirkelPage        parent_instance;

  /* Template children */
  SirkelEntityList *import_list;
  SirkelEntityList *indicator_list;
};

G_DEFINE_FINAL_TYPE (SirkelDataPage, sirkel_data_page, SIRKEL_TYPE_PAGE)

static char *
dup_local_time (const char *iso8601)
{
  g_autoptr(GDateTime) utc = iso8601 != NULL ? g_date_time_new_from_iso8601 (iso8601, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (iso8601 != NULL ? iso8601 : "");
  /* Translators: when a file was imported, see g_date_time_format (). */
  return g_date_time_format (local, _("%-d %b %Y %H:%M"));
}

static void
format_import (SirkelEntity  *data_import,
               char         **title,
               char         **subtitle,
               guint         *depth,
               gpointer       user_data)
{
  g_autofree char *when = dup_local_time (sirkel_entity_get_text (data_import, "imported_at"));
  g_autofree char *rows = NULL;
  const char *format = sirkel_entity_get_text (data_import, "format");
  guint n_rows = (guint) CLAMP (sirkel_entity_get_int (data_import, "row_count"), 0, G_MAXUINT);

  *title = g_strdup (sirkel_entity_get_text (data_import, "file_name"));
  rows = g_strdup_printf (ngettext ("%u row", "%u rows", n_rows), n_rows);
  *subtitle = g_strdup_printf ("%s · %s · %s", format != NULL ? format : "", rows, when);
}

static void
format_indicator (SirkelEntity  *indicator,
                  char         **title,
                  char         **subtitle,
                  guint         *depth,
                  gpointer       user_data)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *fields[] = { "source", "unit" };
  const char *category = sirkel_entity_get_text (indicator, "category");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *text = sirkel_entity_get_text (indicator, fields[i]);

      if (text != NULL && *text != '\0')
        g_ptr_array_add (parts, g_strdup (text));
    }
  if (category != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("category %s"), category));
  g_ptr_array_add (parts, NULL);
  *subtitle = g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_empty_cb (SirkelDataPage *self)
{
  gboolean empty = sirkel_entity_list_get_n_items (self->import_list) == 0 &&
                   sirkel_entity_list_get_n_items (self->indicator_list) == 0;

  sirkel_page_show_empty (SIRKEL_PAGE (self), empty);
}

static void
sirkel_data_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_DATA_PAGE);

  G_OBJECT_CLASS (sirkel_data_page_parent_class)->dispose (object);
}

static void
sirkel_data_page_class_init (SirkelDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_data_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-data-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelDataPage, import_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelDataPage, indicator_list);
  gtk_widget_class_bind_template_callback (widget_class, update_empty_cb);
}

static void
sirkel_data_page_init (SirkelDataPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  sirkel_entity_list_set_format_func (self->import_list, format_import, self);
  sirkel_entity_list_set_format_func (self->indicator_list, format_indicator, self);
  update_empty_cb (self);
}
