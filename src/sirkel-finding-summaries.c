/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingSummaries: see sirkel-finding-summaries.h.
 *
 * Invariants: summaries is NULL (not computed yet, or out of date) or the summaries of the
 * document's store as it is now; by_id indexes the same array and is NULL with it.
 */
#define G_LOG_DOMAIN "sirkel-finding-summaries"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-finding-summaries.h"

struct _SirkelFindingSummaries
{
  GObject         parent_instance;

  SirkelDocument *document;
  GSignalGroup   *store_signals;
  GPtrArray      *summaries;
  GHashTable     *by_id;       /* GBytes of the id → summary (borrowed from summaries) */
};

G_DEFINE_FINAL_TYPE (SirkelFindingSummaries, sirkel_finding_summaries, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* The tables the figures are computed from; other actions leave them as they are. */
static const char * const figure_tables[] = {
  "indicator", "data_import", "project", "geography", NULL
};

static void
invalidate (SirkelFindingSummaries *self)
{
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
store_changed_cb (SirkelFindingSummaries *self,
                  const char * const     *entities)
{
  for (guint i = 0; entities != NULL && entities[i] != NULL; i++)
    if (g_strv_contains (figure_tables, entities[i]))
      {
        invalidate (self);
        return;
      }
}

static void
ensure (SirkelFindingSummaries *self)
{
  g_autoptr(GError) error = NULL;

  if (self->summaries != NULL || self->document == NULL)
    return;
  self->summaries = sirkel_indicator_summaries (sirkel_document_get_store (self->document), &error);
  if (self->summaries == NULL)
    {
      /* Lists then show indicators without figures rather than failing. */
      g_warning ("Could not compute the indicator summaries: %s", error->message);
      self->summaries = g_ptr_array_new ();
    }
  self->by_id = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                       (GDestroyNotify) g_bytes_unref, NULL);
  for (guint i = 0; i < self->summaries->len; i++)
    {
      SirkelIndicatorSummary *summary = g_ptr_array_index (self->summaries, i);

      g_hash_table_insert (self->by_id, g_bytes_new (summary->id.bytes, SIRKEL_ID_LEN), summary);
    }
}

static void
sirkel_finding_summaries_dispose (GObject *object)
{
  SirkelFindingSummaries *self = SIRKEL_FINDING_SUMMARIES (object);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->document);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);

  G_OBJECT_CLASS (sirkel_finding_summaries_parent_class)->dispose (object);
}

static void
sirkel_finding_summaries_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SirkelFindingSummaries *self = SIRKEL_FINDING_SUMMARIES (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, sirkel_finding_summaries_get_document (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_finding_summaries_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SirkelFindingSummaries *self = SIRKEL_FINDING_SUMMARIES (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_finding_summaries_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_finding_summaries_class_init (SirkelFindingSummariesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sirkel_finding_summaries_dispose;
  object_class->get_property = sirkel_finding_summaries_get_property;
  object_class->set_property = sirkel_finding_summaries_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SirkelFindingSummaries::changed:
   *
   * The summaries are out of date; the next lookup computes them again.
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sirkel_finding_summaries_init (SirkelFindingSummaries *self)
{
  self->store_signals = g_signal_group_new (SIRKEL_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed", G_CALLBACK (store_changed_cb),
                                 self, G_CONNECT_SWAPPED);
}

SirkelFindingSummaries *
sirkel_finding_summaries_new (void)
{
  return g_object_new (SIRKEL_TYPE_FINDING_SUMMARIES, NULL);
}

/**
 * sirkel_finding_summaries_get_document:
 *
 * Returns: (transfer none) (nullable): the project the summaries are of
 */
SirkelDocument *
sirkel_finding_summaries_get_document (SirkelFindingSummaries *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_SUMMARIES (self), NULL);

  return self->document;
}

void
sirkel_finding_summaries_set_document (SirkelFindingSummaries *self,
                                       SirkelDocument         *document)
{
  g_return_if_fail (SIRKEL_IS_FINDING_SUMMARIES (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->store_signals,
                             document != NULL ? sirkel_document_get_store (document) : NULL);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * sirkel_finding_summaries_get_all:
 *
 * Returns: (transfer none) (element-type SirkelIndicatorSummary): every live indicator's
 *   summary in the indicators' order; empty without a document
 */
GPtrArray *
sirkel_finding_summaries_get_all (SirkelFindingSummaries *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_SUMMARIES (self), NULL);

  ensure (self);
  if (self->summaries == NULL)
    {
      self->summaries = g_ptr_array_new ();
      self->by_id = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                           (GDestroyNotify) g_bytes_unref, NULL);
    }
  return self->summaries;
}

/**
 * sirkel_finding_summaries_lookup:
 *
 * Returns: (transfer none) (nullable): the summary of @indicator, valid until "changed"
 */
const SirkelIndicatorSummary *
sirkel_finding_summaries_lookup (SirkelFindingSummaries *self,
                                 const SirkelId         *indicator)
{
  g_autoptr(GBytes) key = NULL;

  g_return_val_if_fail (SIRKEL_IS_FINDING_SUMMARIES (self), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  sirkel_finding_summaries_get_all (self);
  key = g_bytes_new (indicator->bytes, SIRKEL_ID_LEN);
  return g_hash_table_lookup (self->by_id, key);
}

/**
 * sirkel_finding_summaries_dup_figures:
 *
 * Returns: (transfer full): @indicator's figures in one line, or "No figures yet"
 */
char *
sirkel_finding_summaries_dup_figures (SirkelFindingSummaries *self,
                                      const SirkelId         *indicator)
{
  const SirkelIndicatorSummary *summary = sirkel_finding_summaries_lookup (self, indicator);

  if (summary == NULL)
    return g_strdup (_("No figures yet"));
  return sirkel_indicator_summary_dup_figures (summary);
}
