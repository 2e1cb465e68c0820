/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelStore: opening, creating and checking a project file, and the small helpers through
 * which every statement is prepared, bound and stepped (STYLE.md §10). Editing, history and
 * undo live in sirkel-store-edit.c.
 *
 * A store opened read-write runs with journal_mode=DELETE, synchronous=FULL, foreign_keys=ON
 * and busy_timeout=3000 (RELIABILITY.md §2.2). Every connection, writable or not, gets the
 * defensive configuration of §3.1 before its first real statement.
 */
#define G_LOG_DOMAIN "sirkel-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sirkel-schema.h"
#include "sirkel-store.h"
#include "sirkel-store-private.h"
#include "sirkel-store-edit-private.h"

G_DEFINE_FINAL_TYPE (SirkelStore, sirkel_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (sirkel-store-error-quark, sirkel_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

#define INTEGRITY_CHECK_MAX_SIZE (100 * 1024 * 1024)
#define HEADER_SIZE 100

static void
init_sqlite_once (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* Caps SQLite's memory for the whole process: a hostile file cannot exhaust it. */
      sqlite3_hard_heap_limit64 (512 * 1024 * 1024);
      g_once_init_leave (&done, 1);
    }
}

/**
 * sirkel_sqlite_harden:
 *
 * The defensive configuration of RELIABILITY.md §3.1, applied to every connection before any
 * statement that reads the file.
 */
void
sirkel_sqlite_harden (sqlite3 *db)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_COLUMN, 200);
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_exec (db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0", NULL, NULL, NULL);
}

/**
 * sirkel_sqlite_error:
 * @path: (nullable): the file the error is about, named in the message
 *
 * Sets @error to one sentence a coordinator can act on, in SIRKEL_STORE_ERROR.
 */
void
sirkel_sqlite_error (sqlite3    *db,
                     int         rc,
                     const char *path,
                     GError    **error)
{
  g_autofree char *name = path != NULL ? g_filename_display_basename (path) : g_strdup (_("the project"));
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NO_SPACE,
                   _("The disk is full: could not write “%s”. Free some space and try again; "
                     "nothing was lost."), name);
      break;
    case SQLITE_IOERR:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_IO,
                   _("The disk or network reported an error while reading or writing “%s” (%s). "
                     "Check the drive and try again."), name, detail);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_SIRKEL,
                   _("“%s” is not a Sirkel project file."), name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Open an earlier copy or ask the sender for a new one."),
                   name, detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written (%s). Save a copy somewhere you can write to."),
                   name, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_BUSY,
                   _("“%s” is busy in another program. Try again in a moment."), name);
      break;
    case SQLITE_NOMEM:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOMEM,
                   _("Ran out of memory while working on “%s”. Close other programs and try again."),
                   name);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                   _("Could not open “%s”: the file or its folder is missing or not accessible."),
                   name);
      break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   _("Could not store a value in “%s”: %s."), name, detail);
      break;
    default:
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                   _("Could not work on “%s”: %s."), name, detail);
      break;
    }
}

gboolean
sirkel_store_check (SirkelStore  *self,
                    int           rc,
                    GError      **error)
{
  if (rc == SQLITE_OK)
    return TRUE;
  sirkel_sqlite_error (self->db, rc, self->path, error);
  return FALSE;
}

gboolean
sirkel_store_prepare (SirkelStore   *self,
                      const char    *sql,
                      sqlite3_stmt **stmt,
                      GError       **error)
{
  g_assert (SIRKEL_IS_STORE (self));
  g_assert (stmt != NULL && *stmt == NULL);

  if (self->db == NULL)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                           _("The project is closed."));
      return FALSE;
    }
  return sirkel_store_check (self, sqlite3_prepare_v2 (self->db, sql, -1, stmt, NULL), error);
}

gboolean
sirkel_store_step_done (SirkelStore   *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc == SQLITE_ROW)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                           "statement returned a row where none was expected");
      return FALSE;
    }
  sirkel_sqlite_error (self->db, rc, self->path, error);
  return FALSE;
}

gboolean
sirkel_store_step_row (SirkelStore   *self,
                       sqlite3_stmt  *stmt,
                       gboolean      *has_row,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  *has_row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  sirkel_sqlite_error (self->db, rc, self->path, error);
  return FALSE;
}

gboolean
sirkel_store_exec (SirkelStore  *self,
                   const char   *sql,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (self, sql, &stmt, error))
    return FALSE;
  while (has_row)
    if (!sirkel_store_step_row (self, stmt, &has_row, error))
      return FALSE;
  return TRUE;
}

gboolean
sirkel_store_bind_id (SirkelStore    *self,
                      sqlite3_stmt   *stmt,
                      int             index,
                      const SirkelId *id,
                      GError        **error)
{
  if (id == NULL)
    return sirkel_store_check (self, sqlite3_bind_null (stmt, index), error);
  return sirkel_store_check (self, sqlite3_bind_blob (stmt, index, id->bytes, SIRKEL_ID_LEN,
                                                      SQLITE_TRANSIENT), error);
}

/**
 * sirkel_store_bind_variant:
 * @value: (nullable): s, x, i, u, b, d, ay, or a maybe of those; NULL and Nothing bind NULL
 */
gboolean
sirkel_store_bind_variant (SirkelStore   *self,
                           sqlite3_stmt  *stmt,
                           int            index,
                           GVariant      *value,
                           GError       **error)
{
  g_autoptr(GVariant) inner = NULL;
  int rc;

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
    {
      inner = g_variant_get_maybe (value);
      value = inner;
    }
  if (value == NULL)
    rc = sqlite3_bind_null (stmt, index);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    rc = sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    rc = sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    rc = sqlite3_bind_int64 (stmt, index, g_variant_get_int32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    rc = sqlite3_bind_int64 (stmt, index, g_variant_get_uint32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    rc = sqlite3_bind_int (stmt, index, g_variant_get_boolean (value) ? 1 : 0);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    rc = sqlite3_bind_double (stmt, index, g_variant_get_double (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
    {
      gsize len = 0;
      const void *data = g_variant_get_fixed_array (value, &len, 1);

      rc = sqlite3_bind_blob (stmt, index, data, (int) len, SQLITE_TRANSIENT);
    }
  else
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   "values of type %s cannot be stored", g_variant_get_type_string (value));
      return FALSE;
    }
  return sirkel_store_check (self, rc, error);
}

/**
 * sirkel_store_column_variant:
 *
 * Returns: (transfer full): the column as a GVariant: x, d, s or ay, and "mv" Nothing for NULL
 */
GVariant *
sirkel_store_column_variant (sqlite3_stmt *stmt,
                             int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      return g_variant_ref_sink (g_variant_new_int64 (sqlite3_column_int64 (stmt, column)));
    case SQLITE_FLOAT:
      return g_variant_ref_sink (g_variant_new_double (sqlite3_column_double (stmt, column)));
    case SQLITE_TEXT:
      {
        const char *text = (const char *) sqlite3_column_text (stmt, column);

        /* Text from a received file reaches Pango and the PDF writer: validate it here. */
        if (!g_utf8_validate (text, -1, NULL))
          return g_variant_ref_sink (g_variant_new_take_string (g_utf8_make_valid (text, -1)));
        return g_variant_ref_sink (g_variant_new_string (text));
      }
    case SQLITE_BLOB:
      return g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE,
                                                            sqlite3_column_blob (stmt, column),
                                                            sqlite3_column_bytes (stmt, column), 1));
    case SQLITE_NULL:
    default:
      return g_variant_ref_sink (sirkel_value_null ());
    }
}

/* The sirkel_value_* constructors return floating references, like g_variant_new_*, so they
 * can be passed straight to sirkel_store_insert () and sirkel_store_set (), which sink them. */
GVariant *
sirkel_value_null (void)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_VARIANT, NULL);
}

GVariant *
sirkel_value_id (const SirkelId *id)
{
  if (id == NULL)
    return sirkel_value_null ();
  return g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, id->bytes, SIRKEL_ID_LEN, 1);
}

GVariant *
sirkel_value_text (const char *text)
{
  if (text == NULL)
    return sirkel_value_null ();
  return g_variant_new_string (text);
}

GVariant *
sirkel_value_int (gint64 value)
{
  return g_variant_new_int64 (value);
}

GVariant *
sirkel_value_double (double value)
{
  return g_variant_new_double (value);
}

/* Reads the 100-byte header without SQLite, so that a non-SQLite file gets a clear message and
 * a WAL-mode header can be opened immutable (RELIABILITY.md §2.3). */
static gboolean
read_header (const char  *path,
             guint8       header[HEADER_SIZE],
             GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  ssize_t n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, SIRKEL_STORE_ERROR,
                   saved == ENOENT ? SIRKEL_STORE_ERROR_NOT_FOUND : SIRKEL_STORE_ERROR_IO,
                   _("Could not open “%s”: %s."), name, g_strerror (saved));
      return FALSE;
    }
  do
    n = read (fd, header, HEADER_SIZE);
  while (n < 0 && errno == EINTR);
  close (fd);

  if (n < 0)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_IO,
                   _("Could not read “%s”: %s."), name, g_strerror (errno));
      return FALSE;
    }
  if (n < HEADER_SIZE || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_SIRKEL,
                   n == 0 ? _("“%s” is empty; it is not a Sirkel project file.")
                          : _("“%s” is not a Sirkel project file."), name);
      return FALSE;
    }
  return TRUE;
}

static guint32
header_u32 (const guint8 *header,
            guint         offset)
{
  return (guint32) header[offset] << 24 | (guint32) header[offset + 1] << 16 |
         (guint32) header[offset + 2] << 8 | header[offset + 3];
}

static gboolean
pragma_int (SirkelStore *self,
            const char  *sql,
            gint64      *value,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (self, sql, &stmt, error) ||
      !sirkel_store_step_row (self, stmt, &has_row, error))
    return FALSE;
  *value = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* quick_check (and integrity_check for files under 100 MB) must say exactly "ok". */
static gboolean
check_integrity (SirkelStore  *self,
                 gboolean      full,
                 GPtrArray    *problems,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = g_filename_display_basename (self->path);
  g_autofree char *first = NULL;
  gboolean has_row = TRUE;
  guint rows = 0;

  if (!sirkel_store_prepare (self, full ? "PRAGMA integrity_check (100)" : "PRAGMA quick_check",
                             &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!sirkel_store_step_row (self, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      rows++;
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
        {
          if (first == NULL)
            first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          if (problems != NULL)
            g_ptr_array_add (problems, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
        }
    }
  if (first != NULL || rows != 1)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Open an earlier copy or ask the sender for a new one."),
                   name, first != NULL ? first : "?");
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_foreign_keys (SirkelStore  *self,
                    GPtrArray    *problems,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = g_filename_display_basename (self->path);
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (self, "PRAGMA foreign_key_check", &stmt, error) ||
      !sirkel_store_step_row (self, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_autofree char *what = g_strdup_printf ("%s → %s", sqlite3_column_text (stmt, 0),
                                               sqlite3_column_text (stmt, 2));
      if (problems != NULL)
        g_ptr_array_add (problems, g_strdup_printf ("foreign key: %s", what));
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CORRUPT,
                   _("“%s” has a broken reference (%s). Open an earlier copy."), name, what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
configure_writable (SirkelStore  *self,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (self, "PRAGMA journal_mode = DELETE", &stmt, error) ||
      !sirkel_store_step_row (self, stmt, &has_row, error))
    return FALSE;
  if (!has_row || g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "delete") != 0)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                           _("Could not switch the file to safe journal mode."));
      return FALSE;
    }
  return sirkel_store_exec (self, "PRAGMA synchronous = FULL", error) &&
         sirkel_store_exec (self, "PRAGMA foreign_keys = ON", error) &&
         sirkel_store_check (self, sqlite3_busy_timeout (self->db, 3000), error);
}

/**
 * sirkel_path_to_uri:
 * @query: URI parameters such as "mode=ro&immutable=1"
 *
 * Returns: (transfer full): a SQLite file: URI for @path
 */
char *
sirkel_path_to_uri (const char  *path,
                    const char  *query,
                    GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, error);

  if (uri == NULL)
    return NULL;
  return g_strconcat (uri, "?", query, NULL);
}

static gboolean
open_connection (SirkelStore  *self,
                 const char   *query,
                 int           flags,
                 GError      **error)
{
  g_autofree char *uri = sirkel_path_to_uri (self->path, query, error);
  int rc;

  if (uri == NULL)
    return FALSE;
  rc = sqlite3_open_v2 (uri, &self->db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW |
                        SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      sirkel_sqlite_error (self->db, rc, self->path, error);
      sqlite3_close (self->db);
      self->db = NULL;
      return FALSE;
    }
  sirkel_sqlite_harden (self->db);
  return TRUE;
}

static gboolean
load_tables (SirkelStore  *self,
             GError      **error)
{
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  self->tables = sirkel_schema_describe (self->db, error);
  return self->tables != NULL;
}

static gboolean
migrate_in_memory (SirkelStore            *self,
                   const SirkelMigration  *list,
                   guint                   n_list,
                   GError                **error)
{
  sqlite3_backup *backup;
  sqlite3 *mem = NULL;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      sirkel_sqlite_harden (mem);
      backup = sqlite3_backup_init (mem, "main", self->db, "main");
      rc = backup == NULL ? sqlite3_errcode (mem) : sqlite3_backup_step (backup, -1);
      if (backup != NULL)
        rc = sqlite3_backup_finish (backup) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  if (rc != SQLITE_OK)
    {
      sirkel_sqlite_error (mem, rc, self->path, error);
      sqlite3_close (mem);
      return FALSE;
    }
  if (!sirkel_schema_migrate (mem, list, n_list, SIRKEL_SCHEMA_VERSION, error))
    {
      sqlite3_close (mem);
      return FALSE;
    }
  sqlite3_close_v2 (self->db);
  self->db = mem;
  return TRUE;
}

static gboolean
open_checked (SirkelStore          *self,
              SirkelStoreOpenFlags  flags,
              GError              **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  const SirkelMigration *list;
  guint8 header[HEADER_SIZE];
  gboolean wal_header;
  gint64 app_id = 0, version = 0;
  GStatBuf st;
  guint n_list;

  list = sirkel_schema_get_migrations (&n_list);

  if (!read_header (self->path, header, error))
    return FALSE;
  if (header_u32 (header, 68) != SIRKEL_APPLICATION_ID)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_SIRKEL,
                   _("“%s” is a database from another program, not a Sirkel project file."), name);
      return FALSE;
    }
  wal_header = header[18] == 2 || header[19] == 2;

  if (self->read_only)
    {
      g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
      /* A WAL-mode file without its -wal is opened immutable, so that no -wal or -shm appears
       * beside a file that is not ours to change (RELIABILITY.md §2.3, G8). */
      const char *query = wal_header && !g_file_test (wal, G_FILE_TEST_EXISTS)
                          ? "mode=ro&immutable=1" : "mode=ro";

      if (!open_connection (self, query, SQLITE_OPEN_READONLY, error))
        return FALSE;
    }
  else if (!open_connection (self, "mode=rw", SQLITE_OPEN_READWRITE, error))
    return FALSE;

  if (!check_integrity (self, FALSE, NULL, error))
    return FALSE;
  if (!(flags & SIRKEL_STORE_OPEN_QUICK) && g_stat (self->path, &st) == 0 &&
      st.st_size < INTEGRITY_CHECK_MAX_SIZE && !check_integrity (self, TRUE, NULL, error))
    return FALSE;

  if (!pragma_int (self, "PRAGMA application_id", &app_id, error) ||
      !pragma_int (self, "PRAGMA user_version", &version, error))
    return FALSE;
  if (app_id != SIRKEL_APPLICATION_ID || version < 1)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_SIRKEL,
                   _("“%s” is not a Sirkel project file."), name);
      return FALSE;
    }
  self->file_version = (int) version;

  if (version > SIRKEL_SCHEMA_VERSION)
    {
      if (!self->read_only)
        {
          g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NEWER_VERSION,
                       _("“%s” was saved by a newer version of Sirkel (file version %d, this "
                         "program knows %d). It can only be opened read-only; update Sirkel to "
                         "edit it."), name, (int) version, SIRKEL_SCHEMA_VERSION);
          return FALSE;
        }
      /* Newer files are read as they are: the allow-list is unknown, but the connection is
       * read-only and defensive, and the model reads only the columns it knows. */
      return load_tables (self, error);
    }

  if (!sirkel_schema_check_allow_list (self->db, list, n_list, (int) version, error))
    {
      g_prefix_error (error, "“%s”: ", name);
      return FALSE;
    }
  if (!check_foreign_keys (self, NULL, error))
    return FALSE;

  if (self->read_only && version < SIRKEL_SCHEMA_VERSION)
    {
      /* Reading never changes a file: an older one is migrated in a copy in memory. */
      if (!migrate_in_memory (self, list, n_list, error))
        return FALSE;
      self->file_version = SIRKEL_SCHEMA_VERSION;
    }
  if (!self->read_only)
    {
      if (!configure_writable (self, error))
        return FALSE;
      if (version < SIRKEL_SCHEMA_VERSION)
        {
          if (flags & SIRKEL_STORE_OPEN_NO_MIGRATE)
            {
              g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY,
                           _("“%s” is from an older version of Sirkel and must be upgraded."),
                           name);
              return FALSE;
            }
          if (!sirkel_schema_migrate (self->db, list, n_list, SIRKEL_SCHEMA_VERSION, error))
            return FALSE;
          self->file_version = SIRKEL_SCHEMA_VERSION;
        }
    }
  return load_tables (self, error);
}

/**
 * sirkel_store_open:
 * @path: a project file
 *
 * Opens @path after the checks of RELIABILITY.md §3. With %SIRKEL_STORE_OPEN_READ_ONLY the
 * connection never writes and a file from a newer Sirkel is accepted. A writable open migrates
 * an older file in one transaction.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
SirkelStore *
sirkel_store_open (const char            *path,
                   SirkelStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(SirkelStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  init_sqlite_once ();
  self = g_object_new (SIRKEL_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & SIRKEL_STORE_OPEN_READ_ONLY) != 0;

  if (!open_checked (self, flags, error))
    {
      sirkel_store_close (self);
      return NULL;
    }
  self->undo_floor = sirkel_store_get_last_action (self);
  if (!sirkel_store_load_undo_stacks (self, error))
    {
      sirkel_store_close (self);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * sirkel_store_create:
 * @path: where to create the file; it must not exist
 *
 * Creates an empty project file of the current schema version with a new document and
 * lineage id and no revision yet. The project row is added by the caller in its first action.
 *
 * Returns: (transfer full): the writable store
 */
SirkelStore *
sirkel_store_create (const char  *path,
                     GError     **error)
{
  g_autoptr(SirkelStore) self = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  g_autofree char *generator = NULL;
  const SirkelMigration *list;
  SirkelId doc, lineage;
  guint n_list;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  init_sqlite_once ();
  /* Claim the name exclusively, so that an existing file is never overwritten. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SIRKEL_STORE_ERROR,
                   saved == EEXIST ? SIRKEL_STORE_ERROR_EXISTS : SIRKEL_STORE_ERROR_IO,
                   _("Could not create “%s”: %s."), name, g_strerror (saved));
      return NULL;
    }
  close (fd);

  self = g_object_new (SIRKEL_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  list = sirkel_schema_get_migrations (&n_list);

  if (!open_connection (self, "mode=rw", SQLITE_OPEN_READWRITE, error) ||
      !configure_writable (self, error) ||
      !sirkel_schema_migrate (self->db, list, n_list, SIRKEL_SCHEMA_VERSION, error))
    goto fail;

  self->file_version = SIRKEL_SCHEMA_VERSION;
  now = sirkel_store_dup_now (self);
  generator = g_strdup_printf ("Sirkel %s", PACKAGE_VERSION);
  sirkel_id_random (&doc);
  sirkel_id_random (&lineage);
  if (!sirkel_store_prepare (self, "INSERT INTO doc_meta (singleton, doc_uuid, lineage_uuid, "
                             "created_at, generator) VALUES (1, ?1, ?2, ?3, ?4)", &stmt, error) ||
      !sirkel_store_bind_id (self, stmt, 1, &doc, error) ||
      !sirkel_store_bind_id (self, stmt, 2, &lineage, error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 4, generator, -1, SQLITE_STATIC), error) ||
      !sirkel_store_step_done (self, stmt, error) ||
      !load_tables (self, error))
    goto fail;
  return g_steal_pointer (&self);

fail:
  sirkel_store_close (self);
  g_unlink (path);
  return NULL;
}

/**
 * sirkel_store_close:
 *
 * Closes the connection. Safe to call twice; the store then refuses every operation.
 */
void
sirkel_store_close (SirkelStore *self)
{
  g_return_if_fail (SIRKEL_IS_STORE (self));

  if (self->db == NULL)
    return;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close_v2 (self->db);
  self->db = NULL;
}

/**
 * sirkel_store_move:
 * @new_path: where the file should live; must not exist
 *
 * Renames a writable store's file. The connection is closed for the rename and opened again,
 * because SQLite names the rollback journal after the path it was opened with, and a journal
 * that does not sit beside its database cannot be found after a crash.
 */
gboolean
sirkel_store_move (SirkelStore  *self,
                   const char   *new_path,
                   GError      **error)
{
  gboolean moved;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->read_only && !sirkel_store_in_action (self), FALSE);

  sqlite3_close_v2 (self->db);
  self->db = NULL;
  moved = g_rename (self->path, new_path) == 0;
  if (!moved)
    g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_IO,
                 _("Could not move the working copy: %s."), g_strerror (errno));
  else
    {
      g_free (self->path);
      self->path = g_strdup (new_path);
    }
  if (!open_connection (self, "mode=rw", SQLITE_OPEN_READWRITE, moved ? error : NULL) ||
      !configure_writable (self, moved ? error : NULL))
    return FALSE;
  return moved;
}

const char *
sirkel_store_get_path (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  return self->path;
}

gboolean
sirkel_store_get_read_only (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), TRUE);

  return self->read_only;
}

int
sirkel_store_get_file_version (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), 0);

  return self->file_version;
}

/**
 * sirkel_store_get_db:
 *
 * Returns: (transfer none): the connection, for core code that runs bulk statements (imports)
 */
sqlite3 *
sirkel_store_get_db (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  return self->db;
}

const char *
sirkel_store_get_author (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  return self->author;
}

void
sirkel_store_set_author (SirkelStore *self,
                         const char  *author)
{
  g_return_if_fail (SIRKEL_IS_STORE (self));

  g_free (self->author);
  self->author = g_strdup (author != NULL && *author != '\0' ? author : sirkel_store_default_author ());
}

/**
 * sirkel_store_set_fixed_time:
 * @time: (nullable): the time every change is stamped with, or %NULL for the clock
 *
 * For reproducible files (the example project) and tests.
 */
void
sirkel_store_set_fixed_time (SirkelStore *self,
                             GDateTime   *time)
{
  g_return_if_fail (SIRKEL_IS_STORE (self));

  g_clear_pointer (&self->fixed_now, g_date_time_unref);
  if (time != NULL)
    self->fixed_now = g_date_time_to_utc (time);
}

/**
 * sirkel_store_set_id_seed:
 * @seed: seed for the ids of new rows and actions
 *
 * Makes the ids this store generates reproducible. Only for the example project and tests:
 * real projects use random UUIDs.
 */
void
sirkel_store_set_id_seed (SirkelStore *self,
                          guint32      seed)
{
  g_return_if_fail (SIRKEL_IS_STORE (self));

  g_clear_pointer (&self->id_rand, g_rand_free);
  self->id_rand = g_rand_new_with_seed (seed);
}

/**
 * sirkel_store_dup_now:
 *
 * Returns: (transfer full): the current UTC time as ISO 8601 with seconds, e.g.
 *   2026-11-22T10:00:00Z
 */
char *
sirkel_store_dup_now (SirkelStore *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  now = self->fixed_now != NULL ? g_date_time_ref (self->fixed_now) : g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
read_meta_id (SirkelStore *self,
              const char  *sql,
              SirkelId    *id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (self, sql, &stmt, NULL) ||
      !sirkel_store_step_row (self, stmt, &has_row, NULL) || !has_row)
    return FALSE;
  return sirkel_id_from_bytes (id, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}

/**
 * sirkel_store_get_revision:
 * @revision: (out): the revision id of the last publish
 *
 * Returns: %FALSE if the file was never published
 */
gboolean
sirkel_store_get_revision (SirkelStore *self,
                           SirkelId    *revision)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  return read_meta_id (self, "SELECT revision_uuid FROM doc_meta", revision);
}

gboolean
sirkel_store_get_lineage (SirkelStore *self,
                          SirkelId    *lineage)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  return read_meta_id (self, "SELECT lineage_uuid FROM doc_meta", lineage);
}

gboolean
sirkel_store_stamp_revision (SirkelStore    *self,
                             const SirkelId *revision,
                             const char     *saved_at,
                             const char     *saved_by,
                             GError        **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (!sirkel_store_in_action (self), FALSE);

  if (!sirkel_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!sirkel_store_prepare (self, "INSERT INTO revision (revision_uuid, parent1, saved_at, "
                             "saved_by, last_action) SELECT ?1, revision_uuid, ?2, ?3, "
                             "(SELECT max (seq) FROM action) FROM doc_meta", &insert, error) ||
      !sirkel_store_bind_id (self, insert, 1, revision, error) ||
      !sirkel_store_check (self, sqlite3_bind_text (insert, 2, saved_at, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (insert, 3, saved_by, -1, SQLITE_STATIC), error) ||
      !sirkel_store_step_done (self, insert, error) ||
      !sirkel_store_prepare (self, "UPDATE doc_meta SET revision_uuid = ?1", &update, error) ||
      !sirkel_store_bind_id (self, update, 1, revision, error) ||
      !sirkel_store_step_done (self, update, error) ||
      !sirkel_store_exec (self, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * sirkel_store_integrity_check:
 * @problems: (element-type utf8): receives one line per problem found
 *
 * The full check of `sirkel-cli check`: integrity_check, foreign keys and the schema.
 *
 * Returns: %FALSE only if the checks could not run; problems go to @problems
 */
gboolean
sirkel_store_integrity_check (SirkelStore  *self,
                              GPtrArray    *problems,
                              GError      **error)
{
  g_autoptr(GError) local = NULL;
  const SirkelMigration *list;
  guint n_list;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  list = sirkel_schema_get_migrations (&n_list);
  if (!check_integrity (self, TRUE, problems, &local))
    {
      if (local->code != SIRKEL_STORE_ERROR_CORRUPT)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (problems->len == 0)
        g_ptr_array_add (problems, g_strdup (local->message));
      g_clear_error (&local);
    }
  if (!check_foreign_keys (self, problems, &local))
    g_clear_error (&local);
  if (self->file_version <= SIRKEL_SCHEMA_VERSION &&
      !sirkel_schema_check_allow_list (self->db, list, n_list, self->file_version, &local))
    {
      g_ptr_array_add (problems, g_strdup (local->message));
      g_clear_error (&local);
    }
  return TRUE;
}

static void
hash_value (GChecksum    *sum,
            sqlite3_stmt *stmt,
            int           column)
{
  int type = sqlite3_column_type (stmt, column);
  guint8 tag = (guint8) type;
  gint64 i;
  double d;

  g_checksum_update (sum, &tag, 1);
  switch (type)
    {
    case SQLITE_INTEGER:
      i = sqlite3_column_int64 (stmt, column);
      g_checksum_update (sum, (const guchar *) &i, sizeof i);
      break;
    case SQLITE_FLOAT:
      d = sqlite3_column_double (stmt, column);
      g_checksum_update (sum, (const guchar *) &d, sizeof d);
      break;
    case SQLITE_TEXT:
    case SQLITE_BLOB:
      {
        gint64 len = sqlite3_column_bytes (stmt, column);
        const void *data = type == SQLITE_TEXT ? (const void *) sqlite3_column_text (stmt, column)
                                               : sqlite3_column_blob (stmt, column);

        g_checksum_update (sum, (const guchar *) &len, sizeof len);
        if (len > 0)
          g_checksum_update (sum, data, len);
      }
      break;
    default:
      break;
    }
}

/**
 * sirkel_store_content_digest:
 *
 * A SHA-256 over every row of every table in column order, leaving out doc_meta and revision:
 * they say which file and which save this is, not what the project contains. Two files with
 * the same digest hold the same project and history, whatever their page layout.
 *
 * Returns: (transfer full): the hex digest
 */
char *
sirkel_store_content_digest (SirkelStore  *self,
                             GError      **error)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  for (guint t = 0; t < self->tables->len; t++)
    {
      const SirkelTable *table = g_ptr_array_index (self->tables, t);
      g_autoptr(GString) sql = g_string_new ("SELECT * FROM ");
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = TRUE;

      if (g_str_equal (table->name, "doc_meta") || g_str_equal (table->name, "revision"))
        continue;
      g_string_append_printf (sql, "\"%s\" ORDER BY ", table->name);
      for (guint c = 0; c < table->columns->len; c++)
        g_string_append_printf (sql, "%s%u", c > 0 ? ", " : "", c + 1);
      g_checksum_update (sum, (const guchar *) table->name, -1);
      if (!sirkel_store_prepare (self, sql->str, &stmt, error))
        return NULL;
      while (TRUE)
        {
          if (!sirkel_store_step_row (self, stmt, &has_row, error))
            return NULL;
          if (!has_row)
            break;
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            hash_value (sum, stmt, c);
        }
    }
  return g_strdup (g_checksum_get_string (sum));
}

/**
 * sirkel_store_count_rows:
 * @live_only: leave out tombstoned rows (entity tables only)
 *
 * Returns: the number of rows, or -1 with @error set
 */
gint64
sirkel_store_count_rows (SirkelStore  *self,
                         const char   *table,
                         gboolean      live_only,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  const SirkelTable *info;
  gboolean has_row = FALSE;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), -1);
  g_return_val_if_fail (table != NULL, -1);

  info = sirkel_store_lookup_table (self, table, error);
  if (info == NULL)
    return -1;
  sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"%s", info->name,
                         live_only && info->is_entity ? " WHERE deleted_at IS NULL" : "");
  if (!sirkel_store_prepare (self, sql, &stmt, error) ||
      !sirkel_store_step_row (self, stmt, &has_row, error))
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

void
sirkel_store_emit_changed (SirkelStore        *self,
                           const char * const *entities)
{
  g_signal_emit (self, signals [CHANGED], 0, entities);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
}

static void
sirkel_store_finalize (GObject *object)
{
  SirkelStore *self = (SirkelStore *) object;

  sirkel_store_close (self);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->fixed_now, g_date_time_unref);
  g_clear_pointer (&self->id_rand, g_rand_free);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_array_unref);
  g_clear_pointer (&self->redo_stack, g_array_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (sirkel_store_parent_class)->finalize (object);
}

static void
sirkel_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SirkelStore *self = SIRKEL_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, sirkel_store_get_path (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, sirkel_store_get_read_only (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sirkel_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sirkel_store_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_store_class_init (SirkelStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sirkel_store_finalize;
  object_class->get_property = sirkel_store_get_property;

  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, TRUE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SirkelStore::changed:
   * @entities: the names of the tables the action touched
   *
   * Emitted after an action (including undo and redo) was committed.
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV);
}

static void
sirkel_store_init (SirkelStore *self)
{
  self->author = g_strdup (sirkel_store_default_author ());
  self->undo_stack = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->redo_stack = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
