/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityPane: see sirkel-priority-pane.h.
 *
 * The score table and the ranking follow the challenges, criteria and scores: at once when
 * rows come or go (the lists' items-changed) and after every action for changes inside rows
 * (the status's "changed"). Ranking rows are kept per challenge and only moved when the order
 * changes, so that a row stays open while its reason is written.
 *
 * Invariants: rank_rows maps a challenge's id string to its row (a reference), for the rows
 * in rank_list; list_signals follow the document's finding, criterion and score lists.
 */
#define G_LOG_DOMAIN "sirkel-priority-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-overview-page.h"
#include "sirkel-priority-criterion-row.h"
#include "sirkel-chart-view.h"
#include "sirkel-priority-pane.h"
#include "sirkel-project-chart.h"
#include "sirkel-priority-rank-row.h"
#include "sirkel-priority.h"

static const char * const watched_tables[] = { "finding", "criterion", "score" };

struct _SirkelPriorityPane
{
  SirkelPage          parent_instance;

  GHashTable         *rank_rows;
  GHashTable         *ranks;        /* id string → rank number, as last shown */
  GSignalGroup       *status_signals;
  GSignalGroup       *document_signals;
  GSignalGroup       *list_signals[G_N_ELEMENTS (watched_tables)];

  /* Template children */
  GtkListBox         *criteria_list;
  GtkStack           *score_stack;
  GtkLabel           *score_placeholder;
  SirkelPriorityGrid *grid;
  GtkBox             *matrix_chart_box;
  GtkListBox         *rank_list;
};

G_DEFINE_FINAL_TYPE (SirkelPriorityPane, sirkel_priority_pane, SIRKEL_TYPE_PAGE)

static gboolean
is_writable (SirkelPriorityPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  return document != NULL && !sirkel_document_get_read_only (document);
}

static void
update_actions (SirkelPriorityPane *self)
{
  gboolean writable = is_writable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "priority.add-recommended", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "priority.add-criterion", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "priority.delete-criterion", writable);
}

static void
update_scores (SirkelPriorityPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  GListModel *criteria = document != NULL ? sirkel_document_get_list (document, "criterion") : NULL;
  guint n_criteria = criteria != NULL ? g_list_model_get_n_items (criteria) : 0;

  sirkel_priority_grid_refresh (self->grid);
  if (sirkel_priority_grid_get_n_rows (self->grid) > 0)
    {
      gtk_stack_set_visible_child_name (self->score_stack, "grid");
      return;
    }
  gtk_label_set_label (self->score_placeholder, n_criteria == 0
                       ? _("Add criteria above to score the challenges on them.")
                       : _("No challenges to score yet. Add them under Challenges and Resources."));
  gtk_stack_set_visible_child_name (self->score_stack, "empty");
}

static void
update_ranking (SirkelPriorityPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  g_autoptr(GPtrArray) ranks = NULL;
  g_autoptr(GError) error = NULL;
  gboolean same_order = TRUE;
  GtkListBoxRow *row;

  if (document != NULL)
    ranks = sirkel_priority_ranking (sirkel_document_get_store (document), &error);
  if (ranks == NULL)
    {
      if (error != NULL)
        g_warning ("Could not rank the challenges: %s", error->message);
      ranks = g_ptr_array_new ();
    }

  for (guint i = 0; i < ranks->len && same_order; i++)
    {
      SirkelPriorityRank *rank = g_ptr_array_index (ranks, i);
      g_autofree char *id = sirkel_id_to_string (&rank->finding);

      row = gtk_list_box_get_row_at_index (self->rank_list, (int) i);
      same_order = row != NULL && row == g_hash_table_lookup (self->rank_rows, id);
    }
  if (gtk_list_box_get_row_at_index (self->rank_list, (int) ranks->len) != NULL)
    same_order = FALSE;

  if (!same_order)
    {
      g_autoptr(GHashTable) old = g_steal_pointer (&self->rank_rows);

      /* The rows are kept (the table holds them) and put back in the new order. */
      while ((row = gtk_list_box_get_row_at_index (self->rank_list, 0)) != NULL)
        gtk_list_box_remove (self->rank_list, GTK_WIDGET (row));
      self->rank_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      for (guint i = 0; i < ranks->len; i++)
        {
          SirkelPriorityRank *rank = g_ptr_array_index (ranks, i);
          g_autofree char *id = sirkel_id_to_string (&rank->finding);
          GtkWidget *widget = g_hash_table_lookup (old, id);
          SirkelEntity *finding;

          if (widget == NULL)
            {
              finding = sirkel_document_find (document, "finding", &rank->finding);
              if (finding == NULL)
                continue;
              widget = sirkel_priority_rank_row_new (document, finding);
            }
          g_hash_table_insert (self->rank_rows, g_strdup (id), g_object_ref_sink (widget));
          gtk_list_box_append (self->rank_list, widget);
        }
    }

  g_hash_table_remove_all (self->ranks);
  for (guint i = 0; i < ranks->len; i++)
    {
      SirkelPriorityRank *rank = g_ptr_array_index (ranks, i);
      g_autofree char *id = sirkel_id_to_string (&rank->finding);
      GtkWidget *widget = g_hash_table_lookup (self->rank_rows, id);

      if (widget != NULL)
        sirkel_priority_rank_row_set_rank (SIRKEL_PRIORITY_RANK_ROW (widget), rank);
      g_hash_table_insert (self->ranks, g_steal_pointer (&id), GUINT_TO_POINTER (rank->rank));
    }
}

/* The prioritisation matrix on the first two criteria, drawn anew after every change. */
static void
update_matrix (SirkelPriorityPane *self)
{
  g_autoptr(SirkelChart) chart = sirkel_project_chart_new (sirkel_page_get_document (SIRKEL_PAGE (self)), "matrix");
  GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (self->matrix_chart_box));

  if (view == NULL)
    {
      view = sirkel_chart_view_new ();
      gtk_box_append (self->matrix_chart_box, view);
    }
  sirkel_chart_view_set_chart (SIRKEL_CHART_VIEW (view), chart);
  gtk_widget_set_visible (GTK_WIDGET (self->matrix_chart_box), chart != NULL && !sirkel_chart_is_empty (chart));
}

static void
update (SirkelPriorityPane *self)
{
  update_scores (self);
  update_ranking (self);
  update_actions (self);
  update_matrix (self);
}

static GtkWidget *
create_criterion_row_cb (gpointer item,
                         gpointer user_data)
{
  SirkelPriorityPane *self = user_data;

  return sirkel_priority_criterion_row_new (sirkel_page_get_document (SIRKEL_PAGE (self)), item);
}

static void
document_changed_cb (SirkelPriorityPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  GtkListBoxRow *row;

  g_signal_group_set_target (self->document_signals, document);
  for (guint i = 0; i < G_N_ELEMENTS (watched_tables); i++)
    g_signal_group_set_target (self->list_signals[i], document != NULL
                               ? sirkel_document_get_list (document, watched_tables[i]) : NULL);
  gtk_list_box_bind_model (self->criteria_list, document != NULL
                           ? sirkel_document_get_list (document, "criterion") : NULL,
                           document != NULL ? create_criterion_row_cb : NULL, self, NULL);
  while ((row = gtk_list_box_get_row_at_index (self->rank_list, 0)) != NULL)
    gtk_list_box_remove (self->rank_list, GTK_WIDGET (row));
  g_hash_table_remove_all (self->rank_rows);
  sirkel_priority_grid_set_document (self->grid, document);
  update (self);
}

/* Runs one of the edits below as the user's action; FALSE (after saying why) if it failed. */
static gboolean
run_action (SirkelPriorityPane *self,
            gboolean (*edit) (SirkelStore *, gpointer, GError **),
            gpointer  data)
{
  g_autoptr(GError) error = NULL;
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  if (!is_writable (self))
    return FALSE;
  if (!edit (sirkel_document_get_store (document), data, &error))
    {
      _sirkel_overview_toast_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_recommended (SirkelStore  *store,
                 gpointer      data,
                 GError      **error)
{
  return sirkel_priority_add_recommended_criteria (store, error);
}

static gboolean
add_criterion (SirkelStore  *store,
               gpointer      data,
               GError      **error)
{
  return sirkel_priority_add_criterion (store, data, error);
}

static gboolean
remove_criterion (SirkelStore  *store,
                  gpointer      data,
                  GError      **error)
{
  return sirkel_priority_remove_criterion (store, data, error);
}

/* priority.add-recommended: the criteria of municipal practice, as one action. */
static void
add_recommended_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  run_action (SIRKEL_PRIORITY_PANE (widget), add_recommended, NULL);
}

/* priority.add-criterion: an untitled criterion, opened at its title. */
static void
add_criterion_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SirkelPriorityPane *self = SIRKEL_PRIORITY_PANE (widget);
  SirkelId id = { { 0 } };
  GtkListBoxRow *row;

  if (!run_action (self, add_criterion, &id))
    return;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->criteria_list, i)) != NULL; i++)
    {
      SirkelPriorityCriterionRow *criterion_row;
      SirkelEntity *criterion;

      if (!SIRKEL_IS_PRIORITY_CRITERION_ROW (row))
        continue;
      criterion_row = SIRKEL_PRIORITY_CRITERION_ROW (row);
      criterion = sirkel_priority_criterion_row_get_criterion (criterion_row);
      if (sirkel_id_equal (sirkel_entity_get_id (criterion), &id))
        sirkel_priority_criterion_row_focus_title (criterion_row);
    }
}

/* priority.delete-criterion (s): a criterion by its id, with its scores, as one action. */
static void
delete_criterion_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SirkelId id;

  if (!sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)))
    return;
  if (run_action (SIRKEL_PRIORITY_PANE (widget), remove_criterion, &id))
    _sirkel_overview_toast (widget, _("Criterion deleted"), TRUE);
}

static void
sirkel_priority_pane_dispose (GObject *object)
{
  SirkelPriorityPane *self = SIRKEL_PRIORITY_PANE (object);

  if (self->criteria_list != NULL)
    gtk_list_box_bind_model (self->criteria_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_PRIORITY_PANE);
  g_clear_object (&self->status_signals);
  g_clear_object (&self->document_signals);
  for (guint i = 0; i < G_N_ELEMENTS (watched_tables); i++)
    g_clear_object (&self->list_signals[i]);
  g_clear_pointer (&self->rank_rows, g_hash_table_unref);
  g_clear_pointer (&self->ranks, g_hash_table_unref);

  G_OBJECT_CLASS (sirkel_priority_pane_parent_class)->dispose (object);
}

static void
sirkel_priority_pane_class_init (SirkelPriorityPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_priority_pane_dispose;

  g_type_ensure (SIRKEL_TYPE_PRIORITY_GRID);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-priority-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityPane, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityPane, score_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityPane, score_placeholder);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityPane, grid);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityPane, matrix_chart_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelPriorityPane, rank_list);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);

  gtk_widget_class_install_action (widget_class, "priority.add-recommended", NULL,
                                   add_recommended_action_cb);
  gtk_widget_class_install_action (widget_class, "priority.add-criterion", NULL,
                                   add_criterion_action_cb);
  gtk_widget_class_install_action (widget_class, "priority.delete-criterion", "s",
                                   delete_criterion_action_cb);
}

static void
sirkel_priority_pane_init (SirkelPriorityPane *self)
{
  self->rank_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
  g_object_bind_property (self, "status", self->status_signals, "target", G_BINDING_SYNC_CREATE);
  self->document_signals = g_signal_group_new (SIRKEL_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::read-only", G_CALLBACK (update),
                                 self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (watched_tables); i++)
    {
      self->list_signals[i] = g_signal_group_new (G_TYPE_LIST_MODEL);
      g_signal_group_connect_object (self->list_signals[i], "items-changed", G_CALLBACK (update),
                                     self, G_CONNECT_SWAPPED);
    }
  update (self);
}

/**
 * sirkel_priority_pane_get_grid:
 *
 * Returns: (transfer none): the score table
 */
SirkelPriorityGrid *
sirkel_priority_pane_get_grid (SirkelPriorityPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_PANE (self), NULL);

  return self->grid;
}

/**
 * sirkel_priority_pane_get_rank_row:
 *
 * Returns: (transfer none) (nullable): the ranking's row of @finding
 */
GtkWidget *
sirkel_priority_pane_get_rank_row (SirkelPriorityPane *self,
                                   SirkelEntity       *finding)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (SIRKEL_IS_PRIORITY_PANE (self), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (finding), NULL);

  id = sirkel_entity_dup_id_string (finding);
  return g_hash_table_lookup (self->rank_rows, id);
}

/* @finding's place in the ranking as shown: 1 for the first, 0 without a weighted score. */
guint
sirkel_priority_pane_get_rank_of (SirkelPriorityPane *self,
                                  SirkelEntity       *finding)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (SIRKEL_IS_PRIORITY_PANE (self), 0);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (finding), 0);

  id = sirkel_entity_dup_id_string (finding);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->ranks, id));
}

/**
 * sirkel_priority_pane_get_matrix_slot:
 *
 * Returns: (transfer none): the box for the prioritisation matrix chart (hidden while empty)
 */
GtkBox *
sirkel_priority_pane_get_matrix_slot (SirkelPriorityPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_PANE (self), NULL);

  return self->matrix_chart_box;
}
