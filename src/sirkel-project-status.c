/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelProjectStatus: gaps, counts and sidebar captions of the open project. See
 * sirkel-project-status.h.
 *
 * Invariants: gaps is never NULL (empty without a document or when the query failed); the
 * captions match gaps and the document's lists as of the last update. Updates are coalesced
 * into one idle callback after the store's "changed" signal, by which time the document has
 * refreshed its lists (it connects to the same signal first).
 */
#define G_LOG_DOMAIN "sirkel-project-status"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-project-status.h"

#define N_CATEGORIES 6

enum {
  CAPTION_OVERVIEW,
  CAPTION_PLAN,
  CAPTION_MEASURES,
  CAPTION_EVALUATION,
  CAPTION_LEARNING,
  CAPTION_DATA,
  CAPTION_DOCUMENTS,
  CAPTION_DASHBOARD,
  N_CAPTIONS
};

struct _SirkelProjectStatus
{
  GObject         parent_instance;

  SirkelDocument *document;
  GSignalGroup   *store_signals;
  GPtrArray      *gaps;
  char           *captions[N_CAPTIONS];
  SirkelPhaseProgress progress[SIRKEL_N_PHASES];  /* empty steps without a document */
  guint           update_id;
};

G_DEFINE_FINAL_TYPE (SirkelProjectStatus, sirkel_project_status, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OVERVIEW_CAPTION,
  PROP_PLAN_CAPTION,
  PROP_MEASURES_CAPTION,
  PROP_EVALUATION_CAPTION,
  PROP_LEARNING_CAPTION,
  PROP_DATA_CAPTION,
  PROP_DOCUMENTS_CAPTION,
  PROP_DASHBOARD_CAPTION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static char *
learning_caption (guint lessons,
                  guint events)
{
  g_autofree char *lesson_text = NULL;
  g_autofree char *event_text = NULL;

  if (lessons == 0 && events == 0)
    return g_strdup (_("No lessons yet"));
  lesson_text = g_strdup_printf (ngettext ("%u lesson", "%u lessons", lessons), lessons);
  event_text = g_strdup_printf (ngettext ("%u event", "%u events", events), events);
  /* Translators: two counts in a sidebar caption, such as "3 lessons, 5 events". */
  return g_strdup_printf (_("%s, %s"), lesson_text, event_text);
}

static char *
data_caption (guint imports,
              guint indicators)
{
  g_autofree char *import_text = NULL;
  g_autofree char *indicator_text = NULL;

  if (imports == 0 && indicators == 0)
    return g_strdup (_("No data imported yet"));
  import_text = g_strdup_printf (ngettext ("%u import", "%u imports", imports), imports);
  indicator_text = g_strdup_printf (ngettext ("%u indicator", "%u indicators", indicators),
                                    indicators);
  return g_strdup_printf (_("%s, %s"), import_text, indicator_text);
}

/* "12 measures" + "2 without evaluation plan": each count chooses its own plural form. */
static char *
join_counts (char *first,
             char *second)
{
  g_autofree char *a = first;
  g_autofree char *b = second;

  /* Translators: joins two counts in a sidebar caption, e.g. "12 measures, 2 without
   * evaluation plan". */
  return g_strdup_printf (_("%s, %s"), a, b);
}

static char *
compute_caption (SirkelProjectStatus *self,
                 guint                caption)
{
  guint n;
  guint extra;
  guint ready = 0;

  switch (caption)
    {
    case CAPTION_OVERVIEW:
      n = sirkel_project_status_count_gaps (self, SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT);
      n = N_CATEGORIES - MIN (N_CATEGORIES, n);
      return g_strdup_printf (_("%u of 6 categories assessed"), n);
    case CAPTION_PLAN:
      n = sirkel_project_status_count (self, "goal", NULL, NULL);
      extra = sirkel_project_status_count_gaps (self, SIRKEL_GAP_GOAL_WITHOUT_MEASURE);
      if (n == 0)
        return g_strdup (_("No goals yet"));
      if (extra == 0)
        return g_strdup_printf (ngettext ("%u goal", "%u goals", n), n);
      return join_counts (g_strdup_printf (ngettext ("%u goal", "%u goals", n), n),
                          g_strdup_printf (ngettext ("%u without measures",
                                                     "%u without measures", extra), extra));
    case CAPTION_MEASURES:
      n = sirkel_project_status_count (self, "measure", NULL, NULL);
      extra = sirkel_project_status_count_gaps (self, SIRKEL_GAP_MEASURE_WITHOUT_EVALUATION);
      if (n == 0)
        return g_strdup (_("No measures yet"));
      if (extra == 0)
        return g_strdup_printf (ngettext ("%u measure", "%u measures", n), n);
      return join_counts (g_strdup_printf (ngettext ("%u measure", "%u measures", n), n),
                          g_strdup_printf (ngettext ("%u without evaluation plan",
                                                     "%u without evaluation plan", extra), extra));
    case CAPTION_EVALUATION:
      n = sirkel_project_status_count (self, "evaluation", NULL, NULL);
      extra = sirkel_project_status_count (self, "evaluation", "status", "completed");
      if (n == 0)
        return g_strdup (_("No evaluations yet"));
      if (extra == 0)
        return g_strdup_printf (ngettext ("%u evaluation", "%u evaluations", n), n);
      return join_counts (g_strdup_printf (ngettext ("%u evaluation", "%u evaluations", n), n),
                          g_strdup_printf (ngettext ("%u completed", "%u completed", extra), extra));
    case CAPTION_LEARNING:
      return learning_caption (sirkel_project_status_count (self, "lesson", NULL, NULL),
                               sirkel_project_status_count (self, "yearwheel_event", NULL, NULL));
    case CAPTION_DATA:
      return data_caption (sirkel_project_status_count (self, "data_import", NULL, NULL),
                           sirkel_project_status_count (self, "indicator", NULL, NULL));
    case CAPTION_DOCUMENTS:
      for (guint i = 0; i < SIRKEL_N_REPORTS; i++)
        ready += sirkel_project_status_report_ready (self, i, NULL) ? 1 : 0;
      return g_strdup_printf (_("Material for %u of 3"), ready);
    case CAPTION_DASHBOARD:
      if (self->gaps->len == 0)
        return g_strdup (_("Nothing missing in the chain"));
      return g_strdup_printf (ngettext ("%u gap in the chain", "%u gaps in the chain",
                                        self->gaps->len), self->gaps->len);
    default:
      g_assert_not_reached ();
    }
}

/* Progress counts the yearly report of the current year (sirkel-progress.h). */
static void
update_progress (SirkelProjectStatus *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    sirkel_phase_progress_clear (&self->progress[i]);
  if (self->document != NULL &&
      !sirkel_progress_compute (sirkel_document_get_store (self->document),
                                g_date_time_get_year (now), self->progress, &error))
    g_debug ("Could not compute the progress: %s", error->message);
}

static void
update (SirkelProjectStatus *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *gaps = NULL;

  if (self->document != NULL)
    gaps = sirkel_gaps_find (sirkel_document_get_store (self->document), &error);
  if (error != NULL)
    g_debug ("Could not find the gaps: %s", error->message);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  if (gaps == NULL)
    gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_gap_free);
  self->gaps = gaps;
  update_progress (self);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < N_CAPTIONS; i++)
    {
      g_autofree char *caption = self->document != NULL ? compute_caption (self, i) : g_strdup ("");

      if (g_strcmp0 (caption, self->captions[i]) == 0)
        continue;
      g_free (self->captions[i]);
      self->captions[i] = g_steal_pointer (&caption);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OVERVIEW_CAPTION + i]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals [CHANGED], 0);
}

static gboolean
update_idle_cb (gpointer user_data)
{
  SirkelProjectStatus *self = user_data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (SirkelProjectStatus *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_idle_cb, self);
}

static void
sirkel_project_status_dispose (GObject *object)
{
  SirkelProjectStatus *self = SIRKEL_PROJECT_STATUS (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_project_status_parent_class)->dispose (object);
}

static void
sirkel_project_status_finalize (GObject *object)
{
  SirkelProjectStatus *self = SIRKEL_PROJECT_STATUS (object);

  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  for (guint i = 0; i < N_CAPTIONS; i++)
    g_clear_pointer (&self->captions[i], g_free);
  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    sirkel_phase_progress_clear (&self->progress[i]);

  G_OBJECT_CLASS (sirkel_project_status_parent_class)->finalize (object);
}

static void
sirkel_project_status_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SirkelProjectStatus *self = SIRKEL_PROJECT_STATUS (object);

  if (prop_id == PROP_DOCUMENT)
    g_value_set_object (value, self->document);
  else if (prop_id >= PROP_OVERVIEW_CAPTION && prop_id < N_PROPS)
    g_value_set_string (value, self->captions[prop_id - PROP_OVERVIEW_CAPTION]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sirkel_project_status_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SirkelProjectStatus *self = SIRKEL_PROJECT_STATUS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_project_status_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_project_status_class_init (SirkelProjectStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags caption_flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_project_status_dispose;
  object_class->finalize = sirkel_project_status_finalize;
  object_class->get_property = sirkel_project_status_get_property;
  object_class->set_property = sirkel_project_status_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_OVERVIEW_CAPTION] =
    g_param_spec_string ("overview-caption", NULL, NULL, NULL, caption_flags);
  properties [PROP_PLAN_CAPTION] =
    g_param_spec_string ("plan-caption", NULL, NULL, NULL, caption_flags);
  properties [PROP_MEASURES_CAPTION] =
    g_param_spec_string ("measures-caption", NULL, NULL, NULL, caption_flags);
  properties [PROP_EVALUATION_CAPTION] =
    g_param_spec_string ("evaluation-caption", NULL, NULL, NULL, caption_flags);
  properties [PROP_LEARNING_CAPTION] =
    g_param_spec_string ("learning-caption", NULL, NULL, NULL, caption_flags);
  properties [PROP_DATA_CAPTION] =
    g_param_spec_string ("data-caption", NULL, NULL, NULL, caption_flags);
  properties [PROP_DOCUMENTS_CAPTION] =
    g_param_spec_string ("documents-caption", NULL, NULL, NULL, caption_flags);
  properties [PROP_DASHBOARD_CAPTION] =
    g_param_spec_string ("dashboard-caption", NULL, NULL, NULL, caption_flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after every update, once gaps, counts and captions are all current. */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sirkel_project_status_init (SirkelProjectStatus *self)
{
  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    self->progress[i].phase = (SirkelPhase) i;
  self->gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_gap_free);
  self->store_signals = g_signal_group_new (SIRKEL_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed", G_CALLBACK (store_changed_cb),
                                 self,
                                 G_CONNECT_SWAPPED);
}

SirkelProjectStatus *
sirkel_project_status_new (void)
{
  return g_object_new (SIRKEL_TYPE_PROJECT_STATUS, NULL);
}

SirkelDocument *
sirkel_project_status_get_document (SirkelProjectStatus *self)
{
  g_return_val_if_fail (SIRKEL_IS_PROJECT_STATUS (self), NULL);

  return self->document;
}

void
sirkel_project_status_set_document (SirkelProjectStatus *self,
                                    SirkelDocument      *document)
{
  g_return_if_fail (SIRKEL_IS_PROJECT_STATUS (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->store_signals,
                             document != NULL ? sirkel_document_get_store (document) : NULL);
  g_clear_handle_id (&self->update_id, g_source_remove);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * sirkel_project_status_get_gaps:
 *
 * Returns: (transfer none) (element-type SirkelGap): the gaps, in the order of the cycle
 */
GPtrArray *
sirkel_project_status_get_gaps (SirkelProjectStatus *self)
{
  g_return_val_if_fail (SIRKEL_IS_PROJECT_STATUS (self), NULL);

  return self->gaps;
}

/**
 * sirkel_project_status_get_progress:
 *
 * Returns: (transfer none): how far @phase has come, as of the last update; no steps
 *   without a document
 */
const SirkelPhaseProgress *
sirkel_project_status_get_progress (SirkelProjectStatus *self,
                                    SirkelPhase          phase)
{
  g_return_val_if_fail (SIRKEL_IS_PROJECT_STATUS (self), NULL);
  g_return_val_if_fail (phase < SIRKEL_N_PHASES, NULL);

  return &self->progress[phase];
}

guint
sirkel_project_status_count_gaps (SirkelProjectStatus *self,
                                  SirkelGapKind        kind)
{
  guint n = 0;

  g_return_val_if_fail (SIRKEL_IS_PROJECT_STATUS (self), 0);

  for (guint i = 0; i < self->gaps->len; i++)
    if (((SirkelGap *) g_ptr_array_index (self->gaps, i))->kind == kind)
      n++;
  return n;
}

/**
 * sirkel_project_status_count:
 * @table: an entity table
 * @field: (nullable): a text column, or %NULL to count all rows
 * @value: (nullable): the value @field must have
 *
 * Returns: the number of live rows of @table (whose @field is @value)
 */
guint
sirkel_project_status_count (SirkelProjectStatus *self,
                             const char          *table,
                             const char          *field,
                             const char          *value)
{
  GListModel *list;
  guint n = 0;
  guint n_items;

  g_return_val_if_fail (SIRKEL_IS_PROJECT_STATUS (self), 0);
  g_return_val_if_fail (table != NULL, 0);

  if (self->document == NULL)
    return 0;
  list = sirkel_document_get_list (self->document, table);
  n_items = g_list_model_get_n_items (list);
  if (field == NULL)
    return n_items;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SirkelEntity) entity = g_list_model_get_item (list, i);

      if (g_strcmp0 (sirkel_entity_get_text (entity, field), value) == 0)
        n++;
    }
  return n;
}

static void
add_missing (GPtrArray  *missing,
             gboolean    condition,
             char       *what)
{
  if (condition)
    g_ptr_array_add (missing, what);
  else
    g_free (what);
}

/**
 * sirkel_project_status_report_ready:
 * @missing: (out) (optional) (transfer full): what the document still lacks, as a list for
 *   people ("assessments for 2 categories, challenges"), or %NULL when it lacks nothing
 *
 * Returns: whether the material that document @kind draws from is there
 */
gboolean
sirkel_project_status_report_ready (SirkelProjectStatus  *self,
                                    SirkelReportKind      kind,
                                    char                **missing)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint unassessed;
  gboolean ready;

  g_return_val_if_fail (SIRKEL_IS_PROJECT_STATUS (self), FALSE);

  switch (kind)
    {
    case SIRKEL_REPORT_OVERVIEW:
      unassessed = sirkel_project_status_count_gaps (self, SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT);
      add_missing (parts, unassessed > 0,
                   g_strdup_printf (ngettext ("an assessment for %u category",
                                              "assessments for %u categories", unassessed),
                                    unassessed));
      add_missing (parts, sirkel_project_status_count (self, "finding", "kind", "challenge") == 0,
                   g_strdup (_("challenges")));
      break;
    case SIRKEL_REPORT_PLAN:
      add_missing (parts, sirkel_project_status_count (self, "goal", NULL, NULL) == 0,
                   g_strdup (_("goals")));
      add_missing (parts, sirkel_project_status_count (self, "measure", NULL, NULL) == 0,
                   g_strdup (_("measures")));
      break;
    case SIRKEL_REPORT_ANNUAL:
      add_missing (parts, sirkel_project_status_count (self, "evaluation", NULL, NULL) == 0,
                   g_strdup (_("evaluations")));
      add_missing (parts, sirkel_project_status_count (self, "lesson", NULL, NULL) == 0,
                   g_strdup (_("lessons learned")));
      break;
    case SIRKEL_N_REPORTS:
    default:
      g_return_val_if_reached (FALSE);
    }
  ready = parts->len == 0;
  if (missing != NULL)
    {
      g_ptr_array_add (parts, NULL);
      *missing = ready ? NULL : g_strjoinv (", ", (char **) parts->pdata);
    }
  return ready;
}

/* Recomputes at once, for tests and for callers that just set a document. */
void
sirkel_project_status_update (SirkelProjectStatus *self)
{
  g_return_if_fail (SIRKEL_IS_PROJECT_STATUS (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  update (self);
}
