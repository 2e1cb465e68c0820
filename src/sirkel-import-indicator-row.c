/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportIndicatorRow: see sirkel-import-indicator-row.h. The row formats itself again
 * whenever its indicator notifies, so an edit in the mapping dialog shows at once.
 */
#define G_LOG_DOMAIN "sirkel-import-indicator-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-import-indicator-row.h"
#include "sirkel-domain.h"
#include "sirkel-import-labels.h"

struct _SirkelImportIndicatorRow
{
  AdwActionRow  parent_instance;

  SirkelEntity *indicator;  /* construct-only, never NULL after construction */

  /* Template children */
  GtkWidget    *edit_button;
};

G_DEFINE_FINAL_TYPE (SirkelImportIndicatorRow, sirkel_import_indicator_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_INDICATOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
add_text (GPtrArray  *parts,
          const char *text)
{
  if (text != NULL && *text != '\0')
    g_ptr_array_add (parts, g_strdup (text));
}

static void
update (SirkelImportIndicatorRow *self)
{
  SirkelEntity *indicator = self->indicator;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *origin = sirkel_import_dup_origin (indicator);
  g_autofree char *category = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *edit_label = NULL;
  const char *title = sirkel_entity_get_text (indicator, "title");

  if (title == NULL || *title == '\0')
    title = sirkel_entity_get_text (indicator, "key");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title != NULL ? title : "");

  add_text (parts, sirkel_entity_get_text (indicator, "unit"));
  add_text (parts, origin);
  add_text (parts, sirkel_import_polarity_label ((int) sirkel_entity_get_int (indicator,
                                                                                "polarity")));
  category = sirkel_category_dup_label (sirkel_entity_get_text (indicator, "category"));
  add_text (parts, category);
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  /* Translators: accessible name of the edit button of one indicator. */
  edit_label = g_strdup_printf (_("Edit “%s”"), title != NULL ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
}

static void
sirkel_import_indicator_row_constructed (GObject *object)
{
  SirkelImportIndicatorRow *self = SIRKEL_IMPORT_INDICATOR_ROW (object);
  g_autofree char *id = NULL;

  G_OBJECT_CLASS (sirkel_import_indicator_row_parent_class)->constructed (object);

  g_assert (SIRKEL_IS_ENTITY (self->indicator));
  id = sirkel_entity_dup_id_string (self->indicator);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "s", id);
  g_signal_connect_object (self->indicator, "notify", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
sirkel_import_indicator_row_dispose (GObject *object)
{
  SirkelImportIndicatorRow *self = SIRKEL_IMPORT_INDICATOR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_IMPORT_INDICATOR_ROW);
  g_clear_object (&self->indicator);

  G_OBJECT_CLASS (sirkel_import_indicator_row_parent_class)->dispose (object);
}

static void
sirkel_import_indicator_row_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  SirkelImportIndicatorRow *self = SIRKEL_IMPORT_INDICATOR_ROW (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      g_value_set_object (value, sirkel_import_indicator_row_get_indicator (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_import_indicator_row_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  SirkelImportIndicatorRow *self = SIRKEL_IMPORT_INDICATOR_ROW (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      self->indicator = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_import_indicator_row_class_init (SirkelImportIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sirkel_import_indicator_row_constructed;
  object_class->dispose = sirkel_import_indicator_row_dispose;
  object_class->get_property = sirkel_import_indicator_row_get_property;
  object_class->set_property = sirkel_import_indicator_row_set_property;

  properties [PROP_INDICATOR] =
    g_param_spec_object ("indicator", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-import-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelImportIndicatorRow, edit_button);
}

static void
sirkel_import_indicator_row_init (SirkelImportIndicatorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sirkel_import_indicator_row_new (SirkelEntity *indicator)
{
  g_return_val_if_fail (SIRKEL_IS_ENTITY (indicator), NULL);

  return g_object_new (SIRKEL_TYPE_IMPORT_INDICATOR_ROW, "indicator", indicator, NULL);
}

SirkelEntity *
sirkel_import_indicator_row_get_indicator (SirkelImportIndicatorRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_INDICATOR_ROW (self), NULL);

  return self->indicator;
}
