/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportMappingGroup: see sirkel-import-mapping-group.h. The choices of the three combo
 * rows are built here from the shared labels, so the words match the Data page; their
 * positions map to stored codes through the tables below.
 */
#define G_LOG_DOMAIN "sirkel-import-mapping-group"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-import-labels.h"
#include "sirkel-import-mapping-group.h"

struct _SirkelImportMappingGroup
{
  AdwPreferencesGroup  parent_instance;

  SirkelEntity        *indicator;  /* construct-only, never NULL after construction */
  gboolean             valid;      /* the title is not empty */

  /* Template children */
  AdwEntryRow         *title_row;
  AdwEntryRow         *unit_row;
  GtkSpinButton       *decimals_spin;
  AdwComboRow         *polarity_row;
  AdwComboRow         *category_row;
  AdwComboRow         *standardisation_row;
  GtkSpinButton       *period_spin;
};

G_DEFINE_FINAL_TYPE (SirkelImportMappingGroup, sirkel_import_mapping_group,
                     ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_INDICATOR,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Combo positions to stored codes. */
static const int polarities[] = { 1, -1, 0 };
static const char * const standardisations[] = { "none", "k", "ak" };

static guint
polarity_position (gint64 polarity)
{
  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    if (polarities[i] == polarity)
      return i;
  return 2;
}

static guint
standardisation_position (const char *standardisation)
{
  for (guint i = 0; i < G_N_ELEMENTS (standardisations); i++)
    if (g_strcmp0 (standardisations[i], standardisation) == 0)
      return i;
  return 0;
}

/* Position 0 is "None", 1–6 the categories a–f. */
static guint
category_position (const char *category)
{
  const char *found;

  if (category == NULL || category[0] == '\0' || category[1] != '\0')
    return 0;
  found = strchr (SIRKEL_CATEGORIES, category[0]);
  return found != NULL ? (guint) (found - SIRKEL_CATEGORIES) + 1 : 0;
}

static GListModel *
polarity_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    gtk_string_list_append (list, sirkel_import_polarity_label (polarities[i]));
  return G_LIST_MODEL (list);
}

static GListModel *
standardisation_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (standardisations); i++)
    gtk_string_list_append (list, sirkel_import_standardisation_label (standardisations[i]));
  return G_LIST_MODEL (list);
}

static GListModel *
category_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  /* Translators: the forskrift category of an indicator that has none. */
  gtk_string_list_append (list, C_("category", "None"));
  for (const char *c = SIRKEL_CATEGORIES; *c != '\0'; c++)
    {
      char code[2] = { *c, '\0' };
      g_autofree char *label = sirkel_category_dup_label (code);

      gtk_string_list_append (list, label);
    }
  return G_LIST_MODEL (list);
}

static char *
dup_title (SirkelImportMappingGroup *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
}

static char *
dup_unit (SirkelImportMappingGroup *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->unit_row))));
}

static const char *
selected_category (SirkelImportMappingGroup *self,
                   char                      code[2])
{
  guint position = adw_combo_row_get_selected (self->category_row);

  if (position == 0 || position > strlen (SIRKEL_CATEGORIES))
    return NULL;
  code[0] = SIRKEL_CATEGORIES[position - 1];
  code[1] = '\0';
  return code;
}

static int
selected_polarity (SirkelImportMappingGroup *self)
{
  guint position = adw_combo_row_get_selected (self->polarity_row);

  return position < G_N_ELEMENTS (polarities) ? polarities[position] : 0;
}

static const char *
selected_standardisation (SirkelImportMappingGroup *self)
{
  guint position = adw_combo_row_get_selected (self->standardisation_row);

  return position < G_N_ELEMENTS (standardisations) ? standardisations[position] : "none";
}

static void
title_changed_cb (SirkelImportMappingGroup *self)
{
  g_autofree char *title = dup_title (self);
  gboolean valid = *title != '\0';

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
  if (valid == self->valid)
    return;
  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALID]);
}

/* Starts the form from the indicator's stored values. */
static void
load (SirkelImportMappingGroup *self)
{
  SirkelEntity *indicator = self->indicator;
  g_autofree char *origin = NULL;
  const char *title = sirkel_entity_get_text (indicator, "title");
  const char *standardisation;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   title != NULL && *title != '\0'
                                   ? title : sirkel_entity_get_text (indicator, "key"));
  origin = sirkel_import_dup_origin (indicator);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), origin);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row),
                         sirkel_entity_get_text (indicator, "unit") != NULL
                         ? sirkel_entity_get_text (indicator, "unit") : "");
  gtk_spin_button_set_value (self->decimals_spin,
                             (double) sirkel_entity_get_int (indicator, "decimals"));
  gtk_spin_button_set_value (self->period_spin,
                             (double) sirkel_entity_get_int (indicator, "period_length"));
  adw_combo_row_set_selected (self->polarity_row,
                              polarity_position (sirkel_entity_get_int (indicator, "polarity")));
  adw_combo_row_set_selected (self->category_row,
                              category_position (sirkel_entity_get_text (indicator, "category")));
  standardisation = sirkel_entity_get_text (indicator, "standardisation");
  adw_combo_row_set_selected (self->standardisation_row,
                              standardisation_position (standardisation));
  title_changed_cb (self);
}

static gboolean
text_differs (SirkelEntity *indicator,
              const char   *field,
              const char   *wanted)
{
  return g_strcmp0 (sirkel_entity_get_text (indicator, field), wanted) != 0;
}

typedef struct
{
  const char *field;
  GVariant   *value;  /* a full reference */
} Change;

static void
change_free (Change *change)
{
  g_variant_unref (change->value);
  g_free (change);
}

static void
add_change (GPtrArray  *changes,
            const char *field,
            GVariant   *value)
{
  Change *change = g_new0 (Change, 1);

  change->field = field;
  change->value = g_variant_ref_sink (value);
  g_ptr_array_add (changes, change);
}

/* The fields whose value in the form differs from the stored one, with the new values. */
static GPtrArray *
collect_changes (SirkelImportMappingGroup *self)
{
  SirkelEntity *indicator = self->indicator;
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  g_autofree char *title = dup_title (self);
  g_autofree char *unit = dup_unit (self);
  char code[2];
  const char *category = selected_category (self, code);
  const char *standardisation = selected_standardisation (self);
  int decimals = gtk_spin_button_get_value_as_int (self->decimals_spin);
  int period = gtk_spin_button_get_value_as_int (self->period_spin);
  int polarity = selected_polarity (self);

  if (text_differs (indicator, "title", title))
    add_change (changes, "title", sirkel_value_text (title));
  if (text_differs (indicator, "unit", unit))
    add_change (changes, "unit", sirkel_value_text (unit));
  if (sirkel_entity_get_int (indicator, "decimals") != decimals)
    add_change (changes, "decimals", sirkel_value_int (decimals));
  if (sirkel_entity_get_int (indicator, "polarity") != polarity)
    add_change (changes, "polarity", sirkel_value_int (polarity));
  if (text_differs (indicator, "category", category))
    add_change (changes, "category",
                category != NULL ? sirkel_value_text (category) : sirkel_value_null ());
  if (text_differs (indicator, "standardisation", standardisation))
    add_change (changes, "standardisation", sirkel_value_text (standardisation));
  if (sirkel_entity_get_int (indicator, "period_length") != period)
    add_change (changes, "period_length", sirkel_value_int (period));
  return changes;
}

static void
sirkel_import_mapping_group_constructed (GObject *object)
{
  SirkelImportMappingGroup *self = SIRKEL_IMPORT_MAPPING_GROUP (object);

  G_OBJECT_CLASS (sirkel_import_mapping_group_parent_class)->constructed (object);

  g_assert (SIRKEL_IS_ENTITY (self->indicator));
  load (self);
}

static void
sirkel_import_mapping_group_dispose (GObject *object)
{
  SirkelImportMappingGroup *self = SIRKEL_IMPORT_MAPPING_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_IMPORT_MAPPING_GROUP);
  g_clear_object (&self->indicator);

  G_OBJECT_CLASS (sirkel_import_mapping_group_parent_class)->dispose (object);
}

static void
sirkel_import_mapping_group_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  SirkelImportMappingGroup *self = SIRKEL_IMPORT_MAPPING_GROUP (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      g_value_set_object (value, sirkel_import_mapping_group_get_indicator (self));
      break;
    case PROP_VALID:
      g_value_set_boolean (value, sirkel_import_mapping_group_get_valid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_import_mapping_group_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  SirkelImportMappingGroup *self = SIRKEL_IMPORT_MAPPING_GROUP (object);

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
sirkel_import_mapping_group_class_init (SirkelImportMappingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sirkel_import_mapping_group_constructed;
  object_class->dispose = sirkel_import_mapping_group_dispose;
  object_class->get_property = sirkel_import_mapping_group_get_property;
  object_class->set_property = sirkel_import_mapping_group_set_property;

  properties [PROP_INDICATOR] =
    g_param_spec_object ("indicator", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-import-mapping-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingGroup, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingGroup, unit_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingGroup, decimals_spin);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingGroup, polarity_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingGroup, category_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingGroup,
                                        standardisation_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelImportMappingGroup, period_spin);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
}

static void
sirkel_import_mapping_group_init (SirkelImportMappingGroup *self)
{
  g_autoptr(GListModel) polarity = polarity_model ();
  g_autoptr(GListModel) category = category_model ();
  g_autoptr(GListModel) standardisation = standardisation_model ();

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->polarity_row, polarity);
  adw_combo_row_set_model (self->category_row, category);
  adw_combo_row_set_model (self->standardisation_row, standardisation);
}

GtkWidget *
sirkel_import_mapping_group_new (SirkelEntity *indicator)
{
  g_return_val_if_fail (SIRKEL_IS_ENTITY (indicator), NULL);

  return g_object_new (SIRKEL_TYPE_IMPORT_MAPPING_GROUP, "indicator", indicator, NULL);
}

SirkelEntity *
sirkel_import_mapping_group_get_indicator (SirkelImportMappingGroup *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_MAPPING_GROUP (self), NULL);

  return self->indicator;
}

gboolean
sirkel_import_mapping_group_get_valid (SirkelImportMappingGroup *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_MAPPING_GROUP (self), FALSE);

  return self->valid;
}

gboolean
sirkel_import_mapping_group_has_changes (SirkelImportMappingGroup *self)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (SIRKEL_IS_IMPORT_MAPPING_GROUP (self), FALSE);

  changes = collect_changes (self);
  return changes->len > 0;
}

/**
 * sirkel_import_mapping_group_save:
 * @store: a store with an action begun by the caller
 *
 * Writes the fields the user changed into the action. On failure the caller rolls back.
 */
gboolean
sirkel_import_mapping_group_save (SirkelImportMappingGroup  *self,
                                  SirkelStore               *store,
                                  GError                   **error)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (SIRKEL_IS_IMPORT_MAPPING_GROUP (self), FALSE);
  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (sirkel_store_in_action (store), FALSE);
  g_return_val_if_fail (self->valid, FALSE);

  changes = collect_changes (self);
  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = g_ptr_array_index (changes, i);

      if (!sirkel_store_set (store, "indicator", sirkel_entity_get_id (self->indicator),
                             change->field, change->value, error))
        return FALSE;
    }
  return TRUE;
}
