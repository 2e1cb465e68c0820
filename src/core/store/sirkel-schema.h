/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project file's schema: the list of migrations, the allow-list derived from them, and a
 * description of the current tables that the store and the entity model use to validate names.
 * The migrations' SQL is the single source: nothing else spells out the columns.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* 'SRKL' at header offset 68; data/no.sirkel.Sirkel.mime.xml matches on it. */
#define SIRKEL_APPLICATION_ID 0x53524B4C
#define SIRKEL_SCHEMA_VERSION 5

typedef struct
{
  int         version;
  const char *resource;  /* path of the SQL inside the core resource, or NULL */
  const char *sql;       /* literal SQL, used when resource is NULL (tests) */
} SirkelMigration;

typedef struct
{
  char     *name;
  char     *type;         /* declared type, upper case; "" for untyped columns */
  gboolean  not_null;
  gboolean  bookkeeping;  /* id, rev, created_*, modified_*, deleted_at: written by the store only */
} SirkelColumn;

typedef struct
{
  char      *name;
  gboolean   is_entity;   /* has the bookkeeping columns, so the store may edit it */
  GPtrArray *columns;     /* of SirkelColumn */
} SirkelTable;

const SirkelMigration *sirkel_schema_get_migrations      (guint                  *n_migrations);
gboolean               sirkel_schema_migrate             (sqlite3                *db,
                                                          const SirkelMigration  *migrations,
                                                          guint                   n_migrations,
                                                          int                     target_version,
                                                          GError                **error);
GPtrArray             *sirkel_schema_describe            (sqlite3                *db,
                                                          GError                **error);
gboolean               sirkel_schema_check_allow_list    (sqlite3                *db,
                                                          const SirkelMigration  *migrations,
                                                          guint                   n_migrations,
                                                          int                     version,
                                                          GError                **error);
GPtrArray             *sirkel_schema_get_tables          (void);
const SirkelTable     *sirkel_schema_lookup_table        (const char             *name);
const SirkelColumn    *sirkel_table_lookup_column        (const SirkelTable      *table,
                                                          const char             *name);

G_END_DECLS
