/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPriorityGrid: see sirkel-priority-grid.h. A GtkGrid: row 0 holds the criteria's
 * titles, then one row per challenge: its title, its cells and its weighted score.
 *
 * Invariants: challenges and criteria hold the entities the grid was made for, in row and
 * column order; cells holds challenges->len × criteria->len cells, row by row (owned by the
 * GtkGrid); titles, scores and headers hold the labels of the rows and columns.
 */
#define G_LOG_DOMAIN "sirkel-priority-grid"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-priority-grid.h"
#include "sirkel-priority.h"

struct _SirkelPriorityGrid
{
  AdwBin          parent_instance;

  SirkelDocument *document;
  GtkGrid        *grid;
  GPtrArray      *challenges;
  GPtrArray      *criteria;
  GPtrArray      *cells;
  GPtrArray      *titles;
  GPtrArray      *scores;
  GPtrArray      *headers;
};

G_DEFINE_FINAL_TYPE (SirkelPriorityGrid, sirkel_priority_grid, ADW_TYPE_BIN)

static GPtrArray *
live_items (SirkelDocument *document,
            const char     *table,
            const char     *kind)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;

  if (document == NULL)
    return items;
  list = sirkel_document_get_list (document, table);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      SirkelEntity *entity = g_list_model_get_item (list, i);

      if (kind == NULL || g_strcmp0 (sirkel_entity_get_text (entity, "kind"), kind) == 0)
        g_ptr_array_add (items, entity);
      else
        g_object_unref (entity);
    }
  return items;
}

static gboolean
same_entities (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;
  return TRUE;
}

/* The live scores by "finding-id criterion-id"; the newest where a pair has more. */
static GHashTable *
scores_by_pair (SirkelDocument *document)
{
  GHashTable *pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list = sirkel_document_get_list (document, "score");

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) score = g_list_model_get_item (list, i);
      SirkelEntity *other;
      SirkelId finding, criterion;
      g_autofree char *finding_text = NULL;
      g_autofree char *criterion_text = NULL;
      char *key;

      if (!sirkel_entity_get_ref (score, "finding_id", &finding) ||
          !sirkel_entity_get_ref (score, "criterion_id", &criterion))
        continue;
      finding_text = sirkel_id_to_string (&finding);
      criterion_text = sirkel_id_to_string (&criterion);
      key = g_strconcat (finding_text, " ", criterion_text, NULL);
      other = g_hash_table_lookup (pairs, key);
      if (other != NULL && g_strcmp0 (sirkel_entity_get_text (other, "created_at"),
                                      sirkel_entity_get_text (score, "created_at")) > 0)
        {
          g_free (key);
          continue;
        }
      g_hash_table_replace (pairs, key, score);
    }
  return pairs;
}

/* A wrapping label whose minimum width is close to its natural one: the scrolled window
 * around the table asks for heights at the minimum width. */
static GtkWidget *
make_label (const char *text,
            const char *style,
            float       xalign,
            int         max_width_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_width_chars (GTK_LABEL (label), max_width_chars * 3 / 4);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars);
  gtk_label_set_justify (GTK_LABEL (label), xalign == 0 ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_CENTER);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static void
rebuild (SirkelPriorityGrid *self,
         GPtrArray          *challenges,
         GPtrArray          *criteria)
{
  GtkWidget *child;
  guint n_columns = criteria->len;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->titles, 0);
  g_ptr_array_set_size (self->scores, 0);
  g_ptr_array_set_size (self->headers, 0);
  g_ptr_array_unref (self->challenges);
  g_ptr_array_unref (self->criteria);
  self->challenges = g_ptr_array_ref (challenges);
  self->criteria = g_ptr_array_ref (criteria);
  if (challenges->len == 0 || criteria->len == 0)
    return;

  child = make_label (_("Challenge"), "caption-heading", 0, 20);
  gtk_widget_set_valign (child, GTK_ALIGN_END);
  gtk_grid_attach (self->grid, child, 0, 0, 1, 1);
  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget *header = make_label (NULL, "caption-heading", 0.5, 12);

      /* Whole words: a criterion's name broken inside a word reads badly. */
      gtk_label_set_wrap_mode (GTK_LABEL (header), PANGO_WRAP_WORD);
      gtk_widget_set_valign (header, GTK_ALIGN_END);
      gtk_grid_attach (self->grid, header, (int) c + 1, 0, 1, 1);
      g_ptr_array_add (self->headers, header);
    }
  child = make_label (_("Weighted score"), "caption-heading", 0.5, 9);
  gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD);
  gtk_widget_set_valign (child, GTK_ALIGN_END);
  gtk_grid_attach (self->grid, child, (int) n_columns + 1, 0, 1, 1);

  for (guint r = 0; r < challenges->len; r++)
    {
      SirkelEntity *finding = g_ptr_array_index (challenges, r);
      GtkWidget *title = make_label (NULL, NULL, 0, 30);
      GtkWidget *score = make_label (NULL, "numeric", 0.5, 6);

      gtk_label_set_lines (GTK_LABEL (title), 2);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (title, TRUE);
      gtk_widget_add_css_class (score, "heading");
      gtk_grid_attach (self->grid, title, 0, (int) r + 1, 1, 1);
      g_ptr_array_add (self->titles, title);
      for (guint c = 0; c < n_columns; c++)
        {
          SirkelPriorityCell *cell = sirkel_priority_cell_new (self->document, finding,
                                                               g_ptr_array_index (criteria, c));

          gtk_grid_attach (self->grid, GTK_WIDGET (cell), (int) c + 1, (int) r + 1, 1, 1);
          g_ptr_array_add (self->cells, cell);
        }
      gtk_grid_attach (self->grid, score, (int) n_columns + 1, (int) r + 1, 1, 1);
      g_ptr_array_add (self->scores, score);
    }
}

static void
update (SirkelPriorityGrid *self)
{
  g_autoptr(GHashTable) pairs = scores_by_pair (self->document);
  g_autofree double *weights = g_new0 (double, self->criteria->len + 1);
  g_autofree int *values = g_new0 (int, self->criteria->len + 1);

  for (guint c = 0; c < self->headers->len; c++)
    {
      SirkelEntity *criterion = g_ptr_array_index (self->criteria, c);
      const char *title = sirkel_entity_get_title (criterion);
      const char *description = sirkel_entity_get_text (criterion, "description");
      g_autofree char *tooltip = NULL;

      weights[c] = sirkel_entity_get_double (criterion, "weight");
      gtk_label_set_label (g_ptr_array_index (self->headers, c),
                           *title != '\0' ? title : _("Untitled criterion"));
      /* Translators: a criterion's column header tooltip: its weight and description. */
      tooltip = g_strdup_printf (_("Weight %g. %s"), weights[c], description);
      gtk_widget_set_tooltip_text (g_ptr_array_index (self->headers, c), tooltip);
    }
  for (guint r = 0; r < self->titles->len; r++)
    {
      SirkelEntity *finding = g_ptr_array_index (self->challenges, r);
      g_autofree char *finding_text = sirkel_entity_dup_id_string (finding);
      const char *title = sirkel_entity_get_title (finding);
      double weighted;
      g_autofree char *score_text = NULL;

      gtk_label_set_label (g_ptr_array_index (self->titles, r),
                           *title != '\0' ? title : _("Untitled"));
      gtk_widget_set_tooltip_text (g_ptr_array_index (self->titles, r), title);
      for (guint c = 0; c < self->criteria->len; c++)
        {
          SirkelPriorityCell *cell = g_ptr_array_index (self->cells, r * self->criteria->len + c);
          SirkelEntity *criterion = g_ptr_array_index (self->criteria, c);
          g_autofree char *criterion_text = sirkel_entity_dup_id_string (criterion);
          g_autofree char *key = g_strconcat (finding_text, " ", criterion_text, NULL);

          sirkel_priority_cell_set_score (cell, g_hash_table_lookup (pairs, key));
          values[c] = sirkel_priority_cell_get_value (cell);
        }
      weighted = sirkel_priority_weighted_score (weights, values, self->criteria->len);
      score_text = isnan (weighted) ? g_strdup ("–") : g_strdup_printf ("%.2f", weighted);
      gtk_label_set_label (g_ptr_array_index (self->scores, r), score_text);
    }
}

static void
sirkel_priority_grid_dispose (GObject *object)
{
  SirkelPriorityGrid *self = SIRKEL_PRIORITY_GRID (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  self->grid = NULL;
  g_clear_pointer (&self->challenges, g_ptr_array_unref);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
  g_clear_pointer (&self->scores, g_ptr_array_unref);
  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_priority_grid_parent_class)->dispose (object);
}

static void
sirkel_priority_grid_class_init (SirkelPriorityGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sirkel_priority_grid_dispose;
}

static void
sirkel_priority_grid_init (SirkelPriorityGrid *self)
{
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), "priority-grid");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scores"), -1);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->grid));
  self->challenges = g_ptr_array_new_with_free_func (g_object_unref);
  self->criteria = g_ptr_array_new_with_free_func (g_object_unref);
  self->cells = g_ptr_array_new ();
  self->titles = g_ptr_array_new ();
  self->scores = g_ptr_array_new ();
  self->headers = g_ptr_array_new ();
}

/**
 * sirkel_priority_grid_get_document:
 *
 * Returns: (transfer none) (nullable): the project
 */
SirkelDocument *
sirkel_priority_grid_get_document (SirkelPriorityGrid *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_GRID (self), NULL);

  return self->document;
}

void
sirkel_priority_grid_set_document (SirkelPriorityGrid *self,
                                   SirkelDocument     *document)
{
  g_return_if_fail (SIRKEL_IS_PRIORITY_GRID (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  {
    g_autoptr(GPtrArray) none = g_ptr_array_new ();

    rebuild (self, none, none);
  }
  sirkel_priority_grid_refresh (self);
}

/* Brings the table up to date with the project: made again if the challenges or criteria
 * changed, else updated in place. */
void
sirkel_priority_grid_refresh (SirkelPriorityGrid *self)
{
  g_autoptr(GPtrArray) challenges = NULL;
  g_autoptr(GPtrArray) criteria = NULL;

  g_return_if_fail (SIRKEL_IS_PRIORITY_GRID (self));

  challenges = live_items (self->document, "finding", "challenge");
  criteria = live_items (self->document, "criterion", NULL);
  if (!same_entities (challenges, self->challenges) || !same_entities (criteria, self->criteria))
    rebuild (self, challenges, criteria);
  if (self->document != NULL)
    update (self);
}

/* The rows of challenges the table shows. */
guint
sirkel_priority_grid_get_n_rows (SirkelPriorityGrid *self)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_GRID (self), 0);

  return self->criteria->len > 0 ? self->challenges->len : 0;
}

/**
 * sirkel_priority_grid_get_cell:
 *
 * Returns: (transfer none) (nullable): the cell of @finding and @criterion
 */
SirkelPriorityCell *
sirkel_priority_grid_get_cell (SirkelPriorityGrid *self,
                               SirkelEntity       *finding,
                               SirkelEntity       *criterion)
{
  g_return_val_if_fail (SIRKEL_IS_PRIORITY_GRID (self), NULL);

  for (guint r = 0; r < self->titles->len; r++)
    for (guint c = 0; c < self->criteria->len; c++)
      if (g_ptr_array_index (self->challenges, r) == finding &&
          g_ptr_array_index (self->criteria, c) == criterion)
        return g_ptr_array_index (self->cells, r * self->criteria->len + c);
  return NULL;
}
