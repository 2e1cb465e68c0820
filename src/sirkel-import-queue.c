/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportQueue: see sirkel-import-queue.h.
 *
 * Invariants: current is NULL exactly when the queue is idle (busy is FALSE); while it is not,
 * cancellable belongs to it and a read is running in the worker. A read started for one
 * document is never applied to another: set_document cancels everything, and the finished
 * read checks that its document is still the queue's.
 */
#define G_LOG_DOMAIN "sirkel-import-queue"

#include "config.h"

#include "sirkel-import-queue.h"

typedef struct
{
  GFile             *file;
  char              *format;    /* NULL: detect */
  char              *encoding;  /* NULL: detect */
  SirkelImportFlags  flags;
} Request;

/* One read in the worker; holds what the callback needs even if the queue moved on. */
typedef struct
{
  SirkelImportQueue *queue;
  SirkelDocument    *document;
  GCancellable      *cancellable;
  char              *file_name;
  Request           *request;   /* a copy, to read the file again with all measures */
} Job;

struct _SirkelImportQueue
{
  GObject         parent_instance;

  SirkelDocument *document;     /* where tables go; files added without one are dropped */
  GQueue          waiting;      /* of Request: not started yet */
  Request        *current;      /* being read; NULL when idle */
  GCancellable   *cancellable;  /* of current */
  char           *file_name;    /* display name of current, NULL when idle */
};

G_DEFINE_FINAL_TYPE (SirkelImportQueue, sirkel_import_queue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_BUSY,
  PROP_FILE_NAME,
  PROP_N_WAITING,
  N_PROPS
};

enum {
  IMPORTED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void start_next (SirkelImportQueue *self);

static void
request_free (Request *request)
{
  g_object_unref (request->file);
  g_free (request->format);
  g_free (request->encoding);
  g_free (request);
}

static Request *
request_new (GFile             *file,
             const char        *format,
             const char        *encoding,
             SirkelImportFlags  flags)
{
  Request *request = g_new0 (Request, 1);

  request->file = g_object_ref (file);
  if (format != NULL && !g_str_equal (format, "auto"))
    request->format = g_strdup (format);
  if (encoding != NULL && !g_str_equal (encoding, "auto"))
    request->encoding = g_strdup (encoding);
  request->flags = flags;
  return request;
}

static void
job_free (Job *job)
{
  request_free (job->request);
  g_object_unref (job->queue);
  g_clear_object (&job->document);
  g_object_unref (job->cancellable);
  g_free (job->file_name);
  g_free (job);
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return base != NULL ? g_filename_display_name (base) : g_file_get_parse_name (file);
}

static void
notify_state (SirkelImportQueue *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_WAITING]);
}

/* The ids of the live indicators, to tell afterwards which ones an import made. */
static GHashTable *
collect_indicator_ids (SirkelDocument *document)
{
  GListModel *list = sirkel_document_get_list (document, "indicator");
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) indicator = g_list_model_get_item (list, i);

      g_hash_table_add (ids, sirkel_entity_dup_id_string (indicator));
    }
  return ids;
}

static GListStore *
find_new_indicators (SirkelDocument *document,
                     GHashTable     *before)
{
  GListModel *list = sirkel_document_get_list (document, "indicator");
  GListStore *fresh = g_list_store_new (SIRKEL_TYPE_ENTITY);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) indicator = g_list_model_get_item (list, i);
      g_autofree char *id = sirkel_entity_dup_id_string (indicator);

      if (!g_hash_table_contains (before, id))
        g_list_store_append (fresh, indicator);
    }
  return fresh;
}

/* On the main thread: the table becomes one action in the project's history. When the
 * project has indicators of measures the read left out, the file is read again with all
 * measures, ahead of the files waiting. */
static void
apply_table (SirkelImportQueue *self,
             Job               *job,
             SirkelImportTable *table)
{
  g_autoptr(GHashTable) before = collect_indicator_ids (job->document);
  g_autoptr(SirkelImportChanges) changes = NULL;
  g_autoptr(GListStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  SirkelEntity *data_import;
  SirkelId id;

  if (!sirkel_import_apply (sirkel_document_get_store (job->document), table, &id, &changes,
                            &error))
    {
      if (g_error_matches (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_MEASURES) &&
          (job->request->flags & SIRKEL_IMPORT_ALL_MEASURES) == 0)
        {
          Request *again = request_new (job->request->file, job->request->format,
                                        job->request->encoding,
                                        job->request->flags | SIRKEL_IMPORT_ALL_MEASURES);

          g_debug ("Reading %s again with all measures: %s", job->file_name, error->message);
          g_queue_push_head (&self->waiting, again);
          return;
        }
      g_signal_emit (self, signals [FAILED], 0, job->file_name, error);
      return;
    }
  data_import = sirkel_document_find (job->document, "data_import", &id);
  g_return_if_fail (data_import != NULL);
  fresh = find_new_indicators (job->document, before);
  g_debug ("Imported %s: %s", table->file_name, changes->summary);
  g_signal_emit (self, signals [IMPORTED], 0, data_import, changes, fresh);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Job *job = user_data;
  SirkelImportQueue *self = job->queue;
  g_autoptr(SirkelImportTable) table = NULL;
  g_autoptr(GError) error = NULL;
  gboolean cancelled;

  table = sirkel_import_read_file_finish (result, &error);
  cancelled = g_cancellable_is_cancelled (job->cancellable) || job->document != self->document;

  /* The queue is free again before anyone hears of the outcome, so that a handler may add
   * files or show dialogs without seeing a stale busy state. */
  if (self->cancellable == job->cancellable)
    {
      g_clear_pointer (&self->current, request_free);
      g_clear_object (&self->cancellable);
      g_clear_pointer (&self->file_name, g_free);
    }

  if (cancelled)
    g_debug ("Import of %s cancelled", job->file_name);
  else if (table == NULL)
    g_signal_emit (self, signals [FAILED], 0, job->file_name, error);
  else
    apply_table (self, job, table);

  start_next (self);
  job_free (job);
}

static void
start_next (SirkelImportQueue *self)
{
  Job *job;

  if (self->current == NULL && self->document != NULL && !g_queue_is_empty (&self->waiting))
    {
      self->current = g_queue_pop_head (&self->waiting);
      self->cancellable = g_cancellable_new ();
      self->file_name = dup_display_name (self->current->file);

      job = g_new0 (Job, 1);
      job->queue = g_object_ref (self);
      job->document = g_object_ref (self->document);
      job->cancellable = g_object_ref (self->cancellable);
      job->file_name = g_strdup (self->file_name);
      job->request = request_new (self->current->file, self->current->format,
                                  self->current->encoding, self->current->flags);
      sirkel_import_read_file_async (self->current->file, self->current->format,
                                     self->current->encoding, self->current->flags,
                                     self->cancellable, read_done_cb, job);
    }
  notify_state (self);
}

static void
sirkel_import_queue_dispose (GObject *object)
{
  SirkelImportQueue *self = SIRKEL_IMPORT_QUEUE (object);

  /* A job holds a reference, so dispose runs only when no read is left running. */
  g_queue_clear_full (&self->waiting, (GDestroyNotify) request_free);
  g_clear_pointer (&self->current, request_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_import_queue_parent_class)->dispose (object);
}

static void
sirkel_import_queue_finalize (GObject *object)
{
  SirkelImportQueue *self = SIRKEL_IMPORT_QUEUE (object);

  g_free (self->file_name);

  G_OBJECT_CLASS (sirkel_import_queue_parent_class)->finalize (object);
}

static void
sirkel_import_queue_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SirkelImportQueue *self = SIRKEL_IMPORT_QUEUE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, sirkel_import_queue_get_document (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, sirkel_import_queue_get_busy (self));
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, sirkel_import_queue_get_file_name (self));
      break;
    case PROP_N_WAITING:
      g_value_set_uint (value, sirkel_import_queue_get_n_waiting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_import_queue_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SirkelImportQueue *self = SIRKEL_IMPORT_QUEUE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_import_queue_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_import_queue_class_init (SirkelImportQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sirkel_import_queue_dispose;
  object_class->finalize = sirkel_import_queue_finalize;
  object_class->get_property = sirkel_import_queue_get_property;
  object_class->set_property = sirkel_import_queue_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_N_WAITING] =
    g_param_spec_uint ("n-waiting", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SirkelImportQueue::imported:
   * @data_import: the new import
   * @changes: (type gpointer): the const SirkelImportChanges against the import it replaced
   * @new_indicators: the indicators made for measures no earlier import had
   */
  signals [IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, SIRKEL_TYPE_ENTITY, G_TYPE_POINTER, G_TYPE_LIST_MODEL);
  /**
   * SirkelImportQueue::failed:
   * @file_name: the file's display name
   * @error: one sentence that names the file and, where there is one, the line
   */
  signals [FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
sirkel_import_queue_init (SirkelImportQueue *self)
{
  g_queue_init (&self->waiting);
}

SirkelImportQueue *
sirkel_import_queue_new (void)
{
  return g_object_new (SIRKEL_TYPE_IMPORT_QUEUE, NULL);
}

SirkelDocument *
sirkel_import_queue_get_document (SirkelImportQueue *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_QUEUE (self), NULL);

  return self->document;
}

/* Another project (or none): whatever was on its way into the old one is cancelled. */
void
sirkel_import_queue_set_document (SirkelImportQueue *self,
                                  SirkelDocument    *document)
{
  g_return_if_fail (SIRKEL_IS_IMPORT_QUEUE (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  sirkel_import_queue_cancel (self);
  g_set_object (&self->document, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

gboolean
sirkel_import_queue_get_busy (SirkelImportQueue *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_QUEUE (self), FALSE);

  return self->current != NULL;
}

/**
 * sirkel_import_queue_get_file_name:
 *
 * Returns: (nullable): the display name of the file being read, or %NULL when idle
 */
const char *
sirkel_import_queue_get_file_name (SirkelImportQueue *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_QUEUE (self), NULL);

  return self->file_name;
}

/* The files after the one being read. */
guint
sirkel_import_queue_get_n_waiting (SirkelImportQueue *self)
{
  g_return_val_if_fail (SIRKEL_IS_IMPORT_QUEUE (self), 0);

  return g_queue_get_length (&self->waiting);
}

/**
 * sirkel_import_queue_add:
 * @format: (nullable): a name from sirkel_import_formats (), or %NULL / "auto" to detect
 * @encoding: (nullable): an encoding name, or %NULL / "auto" to detect
 * @flags: SIRKEL_IMPORT_ALL_MEASURES to make every measure of an FHI table an indicator
 *
 * Imports @file into the queue's document after the files already waiting.
 */
void
sirkel_import_queue_add (SirkelImportQueue *self,
                         GFile             *file,
                         const char        *format,
                         const char        *encoding,
                         SirkelImportFlags  flags)
{
  g_return_if_fail (SIRKEL_IS_IMPORT_QUEUE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->document != NULL);

  g_queue_push_tail (&self->waiting, request_new (file, format, encoding, flags));
  start_next (self);
}

/* Cancels the read in progress and drops the files waiting. The queue stays busy until the
 * worker has noticed, which it does within a few thousand cells. */
void
sirkel_import_queue_cancel (SirkelImportQueue *self)
{
  g_return_if_fail (SIRKEL_IS_IMPORT_QUEUE (self));

  g_queue_clear_full (&self->waiting, (GDestroyNotify) request_free);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_WAITING]);
}
