/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityRankRow: see sirkel-priority-rank-row.h.
 *
 * Invariants: finding is set at construction and never changes; the last rank given is kept
 * so that a change of the finding alone (its title, its reason) can update the texts.
 */
#define G_LOG_DOMAIN "sirkel-priority-rank-row"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-overview-page.h"
#include "sirkel-priority-rank-row.h"

struct _SirkelPriorityRankRow
{
  AdwExpanderRow  parent_instance;

  SirkelDocument *document;
  SirkelEntity   *finding;
  guint           rank;
  double          score;
  guint           n_scored;
  guint           n_criteria;

  /* Template children */
  GtkLabel       *rank_label;
  GtkSwitch      *prioritised_switch;
  GtkTextView    *reason_view;
};

G_DEFINE_FINAL_TYPE (SirkelPriorityRankRow, sirkel_priority_rank_row, ADW_TYPE_EXPANDER_ROW)

static void
update (SirkelPriorityRankRow *self)
{
  const char *title = sirkel_entity_get_title (self->finding);
  const char *reason = sirkel_entity_get_text (self->finding, "priority_reason");
  gboolean prioritised = sirkel_entity_get_int (self->finding, "prioritised") != 0;
  gboolean writable = !sirkel_document_get_read_only (self->document);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  g_autofree char *rank = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 *title != '\0' ? title : _("Untitled"));
  if (isnan (self->score))
    g_ptr_array_add (parts, g_strdup (_("Not scored yet")));
  else
    {
      /* Translators: a challenge's weighted score in the ranking, "Weighted score 2.83". */
      g_ptr_array_add (parts, g_strdup_printf (_("Weighted score %.2f"), self->score));
      if (self->n_scored < self->n_criteria)
        /* Translators: how many criteria a challenge is scored on, "scored on 3 of 5 criteria". */
        g_ptr_array_add (parts, g_strdup_printf (ngettext ("scored on %u of %u criterion",
                                                           "scored on %u of %u criteria",
                                                           self->n_criteria),
                                                 self->n_scored, self->n_criteria));
    }
  if (prioritised && (reason == NULL || *reason == '\0'))
    g_ptr_array_add (parts, g_strdup (_("no reason written yet")));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  rank = self->rank > 0 ? g_strdup_printf ("%u", self->rank) : g_strdup ("–");
  gtk_label_set_label (self->rank_label, rank);
  gtk_widget_set_sensitive (GTK_WIDGET (self->prioritised_switch), writable);
  gtk_text_view_set_editable (self->reason_view, writable);
}

static void
sirkel_priority_rank_row_dispose (GObject *object)
{
  SirkelPriorityRankRow *self = SIRKEL_PRIORITY_RANK_ROW (object);

  if (self->reason_view != NULL)
    _sirkel_overview_unbind_fields (GTK_WIDGET (self->reason_view),
                                    GTK_WIDGET (self->prioritised_switch), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_PRIORITY_RANK_ROW);
  g_clear_object (&self->finding);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_priority_rank_row_parent_class)->dispose (object);
}

static void
sirkel_priority_rank_row_class_init (SirkelPriorityRankRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_priority_rank_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-priority-rank-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityRankRow, rank_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityRankRow, prioritised_switch);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityRankRow, reason_view);
}

static void
sirkel_priority_rank_row_init (SirkelPriorityRankRow *self)
{
  self->score = NAN;

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sirkel_priority_rank_row_new:
 * @finding: a challenge
 *
 * Returns: (transfer floating): its row, without a rank until one is set
 */
GtkWidget *
sirkel_priority_rank_row_new (SirkelDocument *document,
                              SirkelEntity   *finding)
{
  SirkelPriorityRankRow *self;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (finding), NULL);

  self = g_object_new (SIRKEL_TYPE_PRIORITY_RANK_ROW, NULL);
  self->document = g_object_ref (document);
  self->finding = g_object_ref (finding);
  sirkel_field_bind_toggle (GTK_WIDGET (self->prioritised_switch), document, finding,
                            "prioritised");
  sirkel_field_bind_text_view (self->reason_view, document, finding, "priority_reason");
  g_signal_connect_object (finding, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

/**
 * sirkel_priority_rank_row_get_finding:
 *
 * Returns: (transfer none): the challenge
 */
SirkelEntity *
sirkel_priority_rank_row_get_finding (SirkelPriorityRankRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_RANK_ROW (self), NULL);

  return self->finding;
}

void
sirkel_priority_rank_row_set_rank (SirkelPriorityRankRow    *self,
                                   const SirkelPriorityRank *rank)
{
  g_return_if_fail (SIRKEL_IS_PRIORITY_RANK_ROW (self));
  g_return_if_fail (rank != NULL);

  self->rank = rank->rank;
  self->score = rank->score;
  self->n_scored = rank->n_scored;
  self->n_criteria = rank->n_criteria;
  update (self);
}

/**
 * sirkel_priority_rank_row_get_switch:
 *
 * Returns: (transfer none): the "Prioritised" switch
 */
GtkSwitch *
sirkel_priority_rank_row_get_switch (SirkelPriorityRankRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_RANK_ROW (self), NULL);

  return self->prioritised_switch;
}
