/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEntity: one live row of an entity table, as a GObject with one read-only property per
 * column (column "baseline_year" is property "baseline-year"). Each entity table has its own
 * final subclass named after it (SirkelGoal for goal, SirkelDataImport for data_import), so
 * .ui files can look properties up by type.
 *
 * The subclasses are registered at run time from the schema description that the migrations
 * produce (sirkel_schema_get_tables), so the columns are spelled out in one place only: the
 * schema SQL. Text columns are string properties (NULL for SQL NULL), INTEGER columns int64
 * (0 for NULL), REAL columns double (NaN for NULL), and BLOB references string UUIDs.
 * sirkel_entity_is_null () tells NULL apart where it matters.
 *
 * Entities are owned by the SirkelDocument's list models and updated in place when an action
 * changes their row; they notify exactly the properties whose value changed. Writes go
 * through sirkel_document_set () so that each is an action in the history.
 */
#pragma once

#include <glib-object.h>

#include "sirkel-types.h"
#include "sirkel-id.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_ENTITY (sirkel_entity_get_type ())
G_DECLARE_DERIVABLE_TYPE (SirkelEntity, sirkel_entity, SIRKEL, ENTITY, GObject)

struct _SirkelEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  gconstpointer table;
};

void            sirkel_entity_types_ensure   (void);
GType           sirkel_entity_type_for_table (const char    *table);

const char     *sirkel_entity_get_table      (SirkelEntity  *self);
const SirkelId *sirkel_entity_get_id         (SirkelEntity  *self);
char           *sirkel_entity_dup_id_string  (SirkelEntity  *self);
GVariant       *sirkel_entity_get_value      (SirkelEntity  *self,
                                              const char    *field);
gboolean        sirkel_entity_is_null        (SirkelEntity  *self,
                                              const char    *field);
const char     *sirkel_entity_get_text       (SirkelEntity  *self,
                                              const char    *field);
gint64          sirkel_entity_get_int        (SirkelEntity  *self,
                                              const char    *field);
double          sirkel_entity_get_double     (SirkelEntity  *self,
                                              const char    *field);
gboolean        sirkel_entity_get_ref        (SirkelEntity  *self,
                                              const char    *field,
                                              SirkelId      *id);
const char     *sirkel_entity_get_title      (SirkelEntity  *self);

/* For the document: creates or refreshes an entity from a row (values in column order). */
SirkelEntity   *_sirkel_entity_new           (const char    *table,
                                              GVariant     **values);
void            _sirkel_entity_copy_values   (SirkelEntity  *self,
                                              SirkelEntity  *from);

G_END_DECLS
