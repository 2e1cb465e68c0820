/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entity objects, their run-time subclasses and property tables. See sirkel-entity.h.
 *
 * Invariants: values[i] holds column i of the class's table, never NULL (SQL NULL is the
 * "mv" Nothing variant from sirkel_value_null); property id i + 1 is column i.
 */
#define G_LOG_DOMAIN "sirkel-entity"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-entity.h"
#include "sirkel-schema.h"
#include "sirkel-store.h"

typedef struct
{
  GVariant **values;
  guint      n_values;
  SirkelId   id;
} SirkelEntityPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SirkelEntity, sirkel_entity, G_TYPE_OBJECT)

static const SirkelTable *
entity_table (SirkelEntity *self)
{
  return SIRKEL_ENTITY_GET_CLASS (self)->table;
}

static int
column_index (SirkelEntity *self,
              const char   *field)
{
  const SirkelTable *table = entity_table (self);

  for (guint i = 0; i < table->columns->len; i++)
    {
      const SirkelColumn *column = g_ptr_array_index (table->columns, i);

      if (g_str_equal (column->name, field))
        return (int) i;
    }
  return -1;
}

static GVariant *
unwrap (GVariant *value)
{
  return value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE) ? NULL : value;
}

/* Writes column @i of @self into @gvalue according to the property's type. */
static void
column_to_gvalue (SirkelEntity *self,
                  guint         i,
                  GValue       *gvalue)
{
  SirkelEntityPrivate *priv = sirkel_entity_get_instance_private (self);
  GVariant *value = unwrap (priv->values[i]);

  if (G_VALUE_HOLDS_STRING (gvalue))
    {
      if (value == NULL)
        g_value_set_string (gvalue, NULL);
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        g_value_set_string (gvalue, g_variant_get_string (value, NULL));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
        {
          gsize len = 0;
          const void *data = g_variant_get_fixed_array (value, &len, 1);
          SirkelId id;

          if (sirkel_id_from_bytes (&id, data, len))
            g_value_take_string (gvalue, sirkel_id_to_string (&id));
        }
      else
        g_value_take_string (gvalue, g_variant_print (value, FALSE));
    }
  else if (G_VALUE_HOLDS_INT64 (gvalue))
    g_value_set_int64 (gvalue, value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64)
                               ? g_variant_get_int64 (value) : 0);
  else if (G_VALUE_HOLDS_DOUBLE (gvalue))
    {
      double d = NAN;

      if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        d = g_variant_get_double (value);
      else if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        d = (double) g_variant_get_int64 (value);
      g_value_set_double (gvalue, d);
    }
}

static void
sirkel_entity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SirkelEntity *self = SIRKEL_ENTITY (object);
  SirkelEntityPrivate *priv = sirkel_entity_get_instance_private (self);

  if (prop_id == 0 || prop_id > priv->n_values)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  column_to_gvalue (self, prop_id - 1, value);
}

static void
sirkel_entity_finalize (GObject *object)
{
  SirkelEntityPrivate *priv = sirkel_entity_get_instance_private (SIRKEL_ENTITY (object));

  for (guint i = 0; i < priv->n_values; i++)
    g_clear_pointer (&priv->values[i], g_variant_unref);
  g_clear_pointer (&priv->values, g_free);

  G_OBJECT_CLASS (sirkel_entity_parent_class)->finalize (object);
}

static void
sirkel_entity_class_init (SirkelEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sirkel_entity_get_property;
  object_class->finalize = sirkel_entity_finalize;
}

static void
sirkel_entity_init (SirkelEntity *self)
{
}

static char *
type_name_for (const char *table)
{
  g_autoptr(GString) name = g_string_new ("Sirkel");
  gboolean upper = TRUE;

  for (const char *p = table; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          upper = TRUE;
          continue;
        }
      g_string_append_c (name, upper ? g_ascii_toupper (*p) : *p);
      upper = FALSE;
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
subclass_init (gpointer klass,
               gpointer class_data)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const SirkelTable *table = class_data;

  SIRKEL_ENTITY_CLASS (klass)->table = table;
  /* GObject does not inherit get_property into classes that install properties. */
  object_class->get_property = sirkel_entity_get_property;
  for (guint i = 0; i < table->columns->len; i++)
    {
      const SirkelColumn *column = g_ptr_array_index (table->columns, i);
      g_autofree char *prop = g_strdelimit (g_strdup (column->name), "_", '-');
      GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK |
                          G_PARAM_STATIC_BLURB;
      GParamSpec *pspec;

      if (g_str_equal (column->type, "INTEGER"))
        pspec = g_param_spec_int64 (prop, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
      else if (g_str_equal (column->type, "REAL"))
        pspec = g_param_spec_double (prop, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
      else
        pspec = g_param_spec_string (prop, NULL, NULL, NULL, flags);
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

/**
 * sirkel_entity_types_ensure:
 *
 * Registers one subclass per entity table of the current schema. Idempotent.
 */
void
sirkel_entity_types_ensure (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      GPtrArray *tables = sirkel_schema_get_tables ();

      for (guint i = 0; i < tables->len; i++)
        {
          const SirkelTable *table = g_ptr_array_index (tables, i);
          g_autofree char *name = NULL;
          GTypeInfo info = {
            .class_size = sizeof (SirkelEntityClass),
            .class_init = subclass_init,
            .class_data = table,
            .instance_size = sizeof (SirkelEntity),
          };

          if (!table->is_entity)
            continue;
          name = type_name_for (table->name);
          g_type_register_static (SIRKEL_TYPE_ENTITY, name, &info, G_TYPE_FLAG_FINAL);
        }
      g_once_init_leave (&done, 1);
    }
}

/**
 * sirkel_entity_type_for_table:
 *
 * Returns: the entity subclass of @table, or %G_TYPE_INVALID if @table is not an entity table
 */
GType
sirkel_entity_type_for_table (const char *table)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (table != NULL, G_TYPE_INVALID);

  sirkel_entity_types_ensure ();
  name = type_name_for (table);
  return g_type_from_name (name);
}

SirkelEntity *
_sirkel_entity_new (const char  *table,
                    GVariant   **values)
{
  GType type = sirkel_entity_type_for_table (table);
  SirkelEntity *self;
  SirkelEntityPrivate *priv;
  const SirkelTable *info;
  int id_index;

  g_return_val_if_fail (type != G_TYPE_INVALID, NULL);

  self = g_object_new (type, NULL);
  priv = sirkel_entity_get_instance_private (self);
  info = entity_table (self);
  priv->n_values = info->columns->len;
  priv->values = g_new0 (GVariant *, priv->n_values);
  for (guint i = 0; i < priv->n_values; i++)
    priv->values[i] = g_variant_ref (values[i]);
  id_index = column_index (self, "id");
  if (id_index >= 0 && unwrap (priv->values[id_index]) != NULL)
    {
      gsize len = 0;
      const void *data = g_variant_get_fixed_array (priv->values[id_index], &len, 1);

      sirkel_id_from_bytes (&priv->id, data, len);
    }
  return self;
}

/* Takes the values of @from (a fresh read of the same row) and notifies what changed. */
void
_sirkel_entity_copy_values (SirkelEntity *self,
                            SirkelEntity *from)
{
  SirkelEntityPrivate *priv = sirkel_entity_get_instance_private (self);
  SirkelEntityPrivate *from_priv = sirkel_entity_get_instance_private (from);
  GVariant **values = from_priv->values;
  GObjectClass *klass = G_OBJECT_GET_CLASS (self);
  const SirkelTable *table = entity_table (self);

  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (from));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < priv->n_values; i++)
    {
      const SirkelColumn *column = g_ptr_array_index (table->columns, i);
      g_autofree char *prop = NULL;

      if (g_variant_equal (priv->values[i], values[i]))
        continue;
      g_variant_unref (priv->values[i]);
      priv->values[i] = g_variant_ref (values[i]);
      prop = g_strdelimit (g_strdup (column->name), "_", '-');
      g_object_notify_by_pspec (G_OBJECT (self), g_object_class_find_property (klass, prop));
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
sirkel_entity_get_table (SirkelEntity *self)
{
  g_return_val_if_fail (SIRKEL_IS_ENTITY (self), NULL);

  return entity_table (self)->name;
}

const SirkelId *
sirkel_entity_get_id (SirkelEntity *self)
{
  SirkelEntityPrivate *priv;

  g_return_val_if_fail (SIRKEL_IS_ENTITY (self), NULL);

  priv = sirkel_entity_get_instance_private (self);
  return &priv->id;
}

char *
sirkel_entity_dup_id_string (SirkelEntity *self)
{
  g_return_val_if_fail (SIRKEL_IS_ENTITY (self), NULL);

  return sirkel_id_to_string (sirkel_entity_get_id (self));
}

/**
 * sirkel_entity_get_value:
 *
 * Returns: (transfer none) (nullable): the value of @field, %NULL for SQL NULL or an unknown field
 */
GVariant *
sirkel_entity_get_value (SirkelEntity *self,
                         const char   *field)
{
  SirkelEntityPrivate *priv;
  int i;

  g_return_val_if_fail (SIRKEL_IS_ENTITY (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  priv = sirkel_entity_get_instance_private (self);
  i = column_index (self, field);
  return i < 0 ? NULL : unwrap (priv->values[i]);
}

gboolean
sirkel_entity_is_null (SirkelEntity *self,
                       const char   *field)
{
  return sirkel_entity_get_value (self, field) == NULL;
}

/**
 * sirkel_entity_get_text:
 *
 * Returns: (transfer none) (nullable): a text field, %NULL if NULL or not text
 */
const char *
sirkel_entity_get_text (SirkelEntity *self,
                        const char   *field)
{
  GVariant *value = sirkel_entity_get_value (self, field);

  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return NULL;
  return g_variant_get_string (value, NULL);
}

gint64
sirkel_entity_get_int (SirkelEntity *self,
                       const char   *field)
{
  GVariant *value = sirkel_entity_get_value (self, field);

  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return 0;
  return g_variant_get_int64 (value);
}

double
sirkel_entity_get_double (SirkelEntity *self,
                          const char   *field)
{
  GVariant *value = sirkel_entity_get_value (self, field);

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_variant_get_double (value);
  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return (double) g_variant_get_int64 (value);
  return NAN;
}

/**
 * sirkel_entity_get_ref:
 * @id: (out): the referenced row's id
 *
 * Returns: %TRUE if @field holds a reference to another row
 */
gboolean
sirkel_entity_get_ref (SirkelEntity *self,
                       const char   *field,
                       SirkelId     *id)
{
  GVariant *value = sirkel_entity_get_value (self, field);
  gsize len = 0;
  const void *data;

  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
    return FALSE;
  data = g_variant_get_fixed_array (value, &len, 1);
  return sirkel_id_from_bytes (id, data, len);
}

const char *
sirkel_entity_get_title (SirkelEntity *self)
{
  const char *title = sirkel_entity_get_text (self, "title");

  return title != NULL ? title : "";
}
