/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportRow: see sirkel-import-row.h. The row follows its entity: any notify formats
 * it again (an import's fields change only through undo and redo, so this is rare).
 */
#define G_LOG_DOMAIN "sirkel-import-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-import.h"
#include "sirkel-import-labels.h"
#include "sirkel-import-row.h"

struct _SirkelImportRow
{
  AdwExpanderRow  parent_instance;

  SirkelEntity   *data_import;  /* construct-only, never NULL after construction */

  /* Template children */
  GtkWidget      *warning_box;
  GtkLabel       *warning_label;
  GtkWidget      *remove_button;
  AdwActionRow   *file_row;
  AdwActionRow   *hash_row;
  AdwActionRow   *source_row;
  AdwActionRow   *format_row;
  AdwActionRow   *time_row;
  AdwActionRow   *changes_row;
  AdwActionRow   *measures_row;
  AdwActionRow   *warnings_row;
};

G_DEFINE_FINAL_TYPE (SirkelImportRow, sirkel_import_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_DATA_IMPORT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *
text_or_empty (SirkelEntity *entity,
               const char   *field)
{
  const char *text = sirkel_entity_get_text (entity, field);

  return text != NULL ? text : "";
}

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
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, text);
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
}

static void
update (SirkelImportRow *self)
{
  SirkelEntity *entity = self->data_import;
  const char *file_name = text_or_empty (entity, "file_name");
  const char *title = text_or_empty (entity, "title");
  const char *source = text_or_empty (entity, "source");
  const char *table = text_or_empty (entity, "source_table");
  const char *warnings = text_or_empty (entity, "warnings");
  const char *author = text_or_empty (entity, "created_by");
  guint n_cells = (guint) CLAMP (sirkel_entity_get_int (entity, "row_count"), 0, G_MAXUINT);
  guint n_warnings = sirkel_import_count_warnings (warnings);
  g_autofree char *when = dup_local_time (sirkel_entity_get_text (entity, "imported_at"));
  g_autofree char *cells = g_strdup_printf (ngettext ("%'u cell", "%'u cells", n_cells), n_cells);
  g_autofree char *subtitle = NULL;
  g_autofree char *source_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *warning_text = NULL;
  g_autofree char *remove_label = NULL;
  g_autofree char *measures_text = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *title != '\0' ? title : file_name);
  /* Translators: under an import's title: file name, number of cells, time of import. */
  subtitle = g_strdup_printf (_("%s · %s · %s"), file_name, cells, when);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  set_subtitle (self->file_row, file_name);
  set_subtitle (self->hash_row, text_or_empty (entity, "sha256"));
  if (*source != '\0' && *table != '\0')
    /* Translators: the publisher and its table id, such as "SSB · 07459". */
    source_text = g_strdup_printf (_("%s · %s"), source, table);
  else
    source_text = g_strdup (*source != '\0' ? source : table);
  set_subtitle (self->source_row, source_text);
  format_text = g_strdup_printf (_("%s · %s"),
                                 sirkel_import_format_label (sirkel_entity_get_text (entity,
                                                                                     "format")),
                                 text_or_empty (entity, "encoding"));
  set_subtitle (self->format_row, format_text);
  if (*author != '\0')
    /* Translators: when a file was imported and by whom: "22 Nov 2025 10:29 by Kari". */
    time_text = g_strdup_printf (_("%s by %s"), when, author);
  else
    time_text = g_strdup (when);
  set_subtitle (self->time_row, time_text);
  set_subtitle (self->changes_row, text_or_empty (entity, "changes"));
  measures_text = sirkel_import_describe_other_measures (text_or_empty (entity, "other_measures"));
  set_subtitle (self->measures_row, measures_text);
  set_subtitle (self->warnings_row, warnings);

  warning_text = g_strdup_printf (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);
  gtk_label_set_text (self->warning_label, warning_text);
  gtk_widget_set_visible (self->warning_box, n_warnings > 0);

  /* Translators: accessible name of the remove button of one import. */
  remove_label = g_strdup_printf (_("Remove “%s”"), file_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
}

static void
sirkel_import_row_constructed (GObject *object)
{
  SirkelImportRow *self = SIRKEL_IMPORT_ROW (object);
  g_autofree char *id = NULL;

  G_OBJECT_CLASS (sirkel_import_row_parent_class)->constructed (object);

  g_assert (SIRKEL_IS_ENTITY (self->data_import));
  id = sirkel_entity_dup_id_string (self->data_import);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s", id);
  g_signal_connect_object (self->data_import, "notify", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
sirkel_import_row_dispose (GObject *object)
{
  SirkelImportRow *self = SIRKEL_IMPORT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_IMPORT_ROW);
  g_clear_object (&self->data_import);

  G_OBJECT_CLASS (sirkel_import_row_parent_class)->dispose (object);
}

static void
sirkel_import_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SirkelImportRow *self = SIRKEL_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_DATA_IMPORT:
      g_value_set_object (value, sirkel_import_row_get_data_import (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_import_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SirkelImportRow *self = SIRKEL_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_DATA_IMPORT:
      self->data_import = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_import_row_class_init (SirkelImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sirkel_import_row_constructed;
  object_class->dispose = sirkel_import_row_dispose;
  object_class->get_property = sirkel_import_row_get_property;
  object_class->set_property = sirkel_import_row_set_property;

  properties [PROP_DATA_IMPORT] =
    g_param_spec_object ("data-import", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-import-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, warning_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, warning_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, file_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, hash_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, source_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, format_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, time_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, changes_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, measures_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportRow, warnings_row);
}

static void
sirkel_import_row_init (SirkelImportRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sirkel_import_row_new (SirkelEntity *data_import)
{
  g_return_val_if_fail (SIRKEL_IS_ENTITY (data_import), NULL);

  return g_object_new (SIRKEL_TYPE_IMPORT_ROW, "data-import", data_import, NULL);
}

SirkelEntity *
sirkel_import_row_get_data_import (SirkelImportRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_ROW (self), NULL);

  return self->data_import;
}
