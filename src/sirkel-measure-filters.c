/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureFilters: see sirkel-measure-filters.h. Each drop-down has a parallel array of
 * keys (keys[i] is what item i stands for; keys[0] is "" for "any") and remembers the key
 * chosen, so that rebuilding its items keeps the choice by meaning, not by position. What the
 * match needs from other tables (which measures serve the chosen goal, which have a budget in
 * the chosen year) is worked out once per change in prepare (), not once per measure.
 *
 * Invariant: updating is set while the drop-downs are set from code, so their notify handler
 * changes nothing.
 */
#define G_LOG_DOMAIN "sirkel-measure-filters"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-measure-filters-private.h"
#include "sirkel-measure-labels.h"


static const char * const filter_names[N_FILTERS] = {
  "goal", "status", "responsible", "evidence", "year"
};

typedef struct
{
  GtkDropDown *drop;
  GPtrArray   *keys;       /* of char *; keys[0] is "" */
  char        *selected;   /* the key chosen, never NULL */
} Choice;

struct _SirkelMeasureFilters
{
  AdwBin          parent_instance;

  SirkelDocument *document;
  GtkFilter      *filter;
  Choice          choices[N_FILTERS];
  char           *query;          /* folded search text, never NULL */
  GHashTable     *goal_measures;  /* ids (text) of the measures that serve the chosen goal */
  GHashTable     *year_measures;  /* ids (text) of the measures with a budget in the chosen year */
  gboolean        updating;

  /* Template children */
  GtkSearchEntry *search_entry;
  GtkDropDown    *goal_drop;
  GtkDropDown    *status_drop;
  GtkDropDown    *responsible_drop;
  GtkDropDown    *evidence_drop;
  GtkDropDown    *year_drop;
  GtkWidget      *clear_button;
};

G_DEFINE_FINAL_TYPE (SirkelMeasureFilters, sirkel_measure_filters, ADW_TYPE_BIN)

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static int
filter_index (const char *name)
{
  for (int i = 0; i < N_FILTERS; i++)
    if (g_strcmp0 (filter_names[i], name) == 0)
      return i;
  return -1;
}

/* The match */

static gboolean
linked_to (SirkelDocument *document,
           const char     *table,
           const char     *field,
           const SirkelId *id,
           GHashTable     *out)
{
  GListModel *rows = sirkel_document_get_list (document, table);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SirkelEntity) row = g_list_model_get_item (rows, i);
      SirkelId ref;
      SirkelId measure_id;

      if (sirkel_entity_get_ref (row, field, &ref) && sirkel_id_equal (&ref, id) &&
          sirkel_entity_get_ref (row, "measure_id", &measure_id))
        {
          g_hash_table_add (out, sirkel_id_to_string (&measure_id));
          any = TRUE;
        }
    }
  return any;
}

/* The chosen goal and every goal under it. */
static void
collect_goal (SirkelMeasureFilters *self,
              const SirkelId       *goal_id,
              guint                 depth)
{
  GListModel *goals = sirkel_document_get_list (self->document, "goal");

  linked_to (self->document, "measure_goal", "goal_id", goal_id, self->goal_measures);
  if (depth > 16)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SirkelEntity) goal = g_list_model_get_item (goals, i);
      SirkelId parent;

      if (sirkel_entity_get_ref (goal, "parent_id", &parent) && sirkel_id_equal (&parent, goal_id))
        collect_goal (self, sirkel_entity_get_id (goal), depth + 1);
    }
}

static void
prepare (SirkelMeasureFilters *self)
{
  const char *goal = self->choices[F_GOAL].selected;
  const char *year = self->choices[F_YEAR].selected;
  SirkelId id;

  g_hash_table_remove_all (self->goal_measures);
  g_hash_table_remove_all (self->year_measures);
  if (self->document == NULL)
    return;
  if (g_str_equal (goal, "none"))
    {
      GListModel *goals = sirkel_document_get_list (self->document, "goal");

      for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
        {
          g_autoptr(SirkelEntity) item = g_list_model_get_item (goals, i);

          linked_to (self->document, "measure_goal", "goal_id", sirkel_entity_get_id (item),
                     self->goal_measures);
        }
    }
  else if (sirkel_id_parse (&id, goal))
    collect_goal (self, &id, 0);
  if (*year != '\0')
    {
      GListModel *lines = sirkel_document_get_list (self->document, "budget_line");
      gint64 wanted = g_ascii_strtoll (year, NULL, 10);

      for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
        {
          g_autoptr(SirkelEntity) line = g_list_model_get_item (lines, i);
          SirkelId measure_id;

          if (sirkel_entity_get_int (line, "year") == wanted &&
              sirkel_entity_get_ref (line, "measure_id", &measure_id))
            g_hash_table_add (self->year_measures, sirkel_id_to_string (&measure_id));
        }
    }
}

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  SirkelMeasureFilters *self = user_data;
  SirkelEntity *measure = item;
  g_autofree char *id = sirkel_entity_dup_id_string (measure);
  const char *goal = self->choices[F_GOAL].selected;
  const char *status = self->choices[F_STATUS].selected;
  const char *responsible = self->choices[F_RESPONSIBLE].selected;
  const char *evidence = self->choices[F_EVIDENCE].selected;
  const char *year = self->choices[F_YEAR].selected;

  if (*self->query != '\0')
    {
      g_autofree char *title = fold (sirkel_entity_get_title (measure));

      if (strstr (title, self->query) == NULL)
        return FALSE;
    }
  if (*goal != '\0' &&
      g_hash_table_contains (self->goal_measures, id) == g_str_equal (goal, "none"))
    return FALSE;
  if (*status != '\0' && g_strcmp0 (sirkel_entity_get_text (measure, "status"), status) != 0)
    return FALSE;
  if (*responsible != '\0')
    {
      g_autofree char *unit = g_strstrip (g_strdup (sirkel_entity_get_text (measure, "responsible")));

      if (!g_str_equal (unit, responsible))
        return FALSE;
    }
  if (g_str_equal (evidence, "unknown"))
    {
      if (sirkel_measure_evidence_known (measure))
        return FALSE;
    }
  else if (*evidence != '\0')
    {
      g_autofree char *label = NULL;

      if (!sirkel_measure_evidence_known (measure))
        return FALSE;
      label = sirkel_measure_dup_evidence_label (sirkel_entity_get_text (measure, "evidence_scheme"),
                                                 sirkel_entity_get_text (measure, "evidence_level"));
      if (!g_str_equal (label, evidence))
        return FALSE;
    }
  if (*year != '\0' && !g_hash_table_contains (self->year_measures, id) &&
      !sirkel_measure_active_in_year (measure, atoi (year)))
    return FALSE;
  return TRUE;
}

static void
changed (SirkelMeasureFilters *self)
{
  prepare (self);
  gtk_widget_set_visible (self->clear_button, sirkel_measure_filters_get_active (self));
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The choices */

static gboolean
same_items (Choice                   *choice,
            SirkelMeasureFilterItems *items)
{
  GListModel *shown = gtk_drop_down_get_model (choice->drop);

  if (shown == NULL || choice->keys->len != items->keys->len ||
      g_list_model_get_n_items (shown) != items->keys->len)
    return FALSE;
  for (guint i = 0; i < items->keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (choice->keys, i), g_ptr_array_index (items->keys, i)) != 0 ||
        g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (shown), i),
                   gtk_string_list_get_string (items->labels, i)) != 0)
      return FALSE;
  return TRUE;
}

/* Rebuilds a drop-down's items; returns whether its key had to fall back to "any". */
static gboolean
update_choice (SirkelMeasureFilters *self,
               FilterKind            kind)
{
  Choice *choice = &self->choices[kind];
  SirkelMeasureFilterItems items = { g_ptr_array_new_with_free_func (g_free), gtk_string_list_new (NULL) };
  guint selected = 0;
  gboolean fell_back = FALSE;

  _sirkel_measure_filter_build_items (self->document, kind, &items);
  if (!same_items (choice, &items))
    {
      self->updating = TRUE;
      g_ptr_array_unref (choice->keys);
      choice->keys = g_ptr_array_ref (items.keys);
      gtk_drop_down_set_model (choice->drop, G_LIST_MODEL (items.labels));
      self->updating = FALSE;
    }
  if (!g_ptr_array_find_with_equal_func (choice->keys, choice->selected, g_str_equal, &selected))
    {
      g_free (choice->selected);
      choice->selected = g_strdup ("");
      selected = 0;
      fell_back = TRUE;
    }
  self->updating = TRUE;
  if (gtk_drop_down_get_selected (choice->drop) != selected)
    gtk_drop_down_set_selected (choice->drop, selected);
  self->updating = FALSE;
  g_ptr_array_unref (items.keys);
  g_object_unref (items.labels);
  return fell_back;
}

static void
selected_cb (GtkDropDown          *drop,
             GParamSpec           *pspec,
             SirkelMeasureFilters *self)
{
  guint selected = gtk_drop_down_get_selected (drop);

  if (self->updating)
    return;
  for (int i = 0; i < N_FILTERS; i++)
    if (self->choices[i].drop == drop)
      {
        g_free (self->choices[i].selected);
        self->choices[i].selected = g_strdup (selected < self->choices[i].keys->len
                                              ? g_ptr_array_index (self->choices[i].keys, selected) : "");
      }
  changed (self);
}

static void
search_changed_cb (SirkelMeasureFilters *self)
{
  g_free (self->query);
  self->query = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  changed (self);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sirkel_measure_filters_clear (SIRKEL_MEASURE_FILTERS (widget));
}

static void
sirkel_measure_filters_dispose (GObject *object)
{
  SirkelMeasureFilters *self = SIRKEL_MEASURE_FILTERS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_FILTERS);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_measure_filters_parent_class)->dispose (object);
}

static void
sirkel_measure_filters_finalize (GObject *object)
{
  SirkelMeasureFilters *self = SIRKEL_MEASURE_FILTERS (object);

  for (int i = 0; i < N_FILTERS; i++)
    {
      g_clear_pointer (&self->choices[i].keys, g_ptr_array_unref);
      g_clear_pointer (&self->choices[i].selected, g_free);
    }
  g_clear_object (&self->filter);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->goal_measures, g_hash_table_unref);
  g_clear_pointer (&self->year_measures, g_hash_table_unref);

  G_OBJECT_CLASS (sirkel_measure_filters_parent_class)->finalize (object);
}

static void
sirkel_measure_filters_class_init (SirkelMeasureFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_filters_dispose;
  object_class->finalize = sirkel_measure_filters_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureFilters, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureFilters, goal_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureFilters, status_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureFilters, responsible_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureFilters, evidence_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureFilters, year_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureFilters, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "filters.clear", NULL, clear_action);
}

static void
sirkel_measure_filters_init (SirkelMeasureFilters *self)
{
  GtkDropDown *drops[N_FILTERS];

  gtk_widget_init_template (GTK_WIDGET (self));

  drops[F_GOAL] = self->goal_drop;
  drops[F_STATUS] = self->status_drop;
  drops[F_RESPONSIBLE] = self->responsible_drop;
  drops[F_EVIDENCE] = self->evidence_drop;
  drops[F_YEAR] = self->year_drop;
  self->query = g_strdup ("");
  self->goal_measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->year_measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_cb, self, NULL));
  for (int i = 0; i < N_FILTERS; i++)
    {
      g_autoptr(GtkListItemFactory) button = sirkel_measure_label_factory_new (i == F_YEAR ? 8 : 16);
      g_autoptr(GtkListItemFactory) list = sirkel_measure_label_factory_new (i == F_GOAL || i == F_RESPONSIBLE
                                                                             ? 64 : 48);

      self->choices[i].drop = drops[i];
      self->choices[i].keys = g_ptr_array_new_with_free_func (g_free);
      self->choices[i].selected = g_strdup ("");
      gtk_drop_down_set_factory (drops[i], button);
      gtk_drop_down_set_list_factory (drops[i], list);
      update_choice (self, i);
      g_signal_connect (drops[i], "notify::selected", G_CALLBACK (selected_cb), self);
    }
  gtk_widget_set_visible (self->clear_button, FALSE);
}

/**
 * sirkel_measure_filters_get_filter:
 *
 * Returns: (transfer none): the filter over the document's measures
 */
GtkFilter *
sirkel_measure_filters_get_filter (SirkelMeasureFilters *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_FILTERS (self), NULL);

  return self->filter;
}

void
sirkel_measure_filters_set_document (SirkelMeasureFilters *self,
                                     SirkelDocument       *document)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_FILTERS (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  for (int i = 0; i < N_FILTERS; i++)
    {
      g_free (self->choices[i].selected);
      self->choices[i].selected = g_strdup ("");
    }
  sirkel_measure_filters_refresh (self);
}

/* The choices from the project as it is now, and the matches anew. */
void
sirkel_measure_filters_refresh (SirkelMeasureFilters *self)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_FILTERS (self));

  for (int i = 0; i < N_FILTERS; i++)
    update_choice (self, i);
  changed (self);
}

/* Chooses @key for the filter @name, as the user would; FALSE if it is not offered. */
gboolean
sirkel_measure_filters_set (SirkelMeasureFilters *self,
                            const char           *name,
                            const char           *key)
{
  int i = filter_index (name);
  guint position;

  g_return_val_if_fail (SIRKEL_IS_MEASURE_FILTERS (self), FALSE);
  g_return_val_if_fail (i >= 0, FALSE);

  update_choice (self, i);
  if (!g_ptr_array_find_with_equal_func (self->choices[i].keys, key != NULL ? key : "",
                                         g_str_equal, &position))
    return FALSE;
  if (gtk_drop_down_get_selected (self->choices[i].drop) == position)
    return TRUE;
  gtk_drop_down_set_selected (self->choices[i].drop, position);
  return TRUE;
}

/* The key chosen for the filter @name: "" for any. */
const char *
sirkel_measure_filters_get (SirkelMeasureFilters *self,
                            const char           *name)
{
  int i = filter_index (name);

  g_return_val_if_fail (SIRKEL_IS_MEASURE_FILTERS (self), "");
  g_return_val_if_fail (i >= 0, "");

  return self->choices[i].selected;
}

void
sirkel_measure_filters_clear (SirkelMeasureFilters *self)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_FILTERS (self));

  self->updating = TRUE;
  for (int i = 0; i < N_FILTERS; i++)
    {
      g_free (self->choices[i].selected);
      self->choices[i].selected = g_strdup ("");
      gtk_drop_down_set_selected (self->choices[i].drop, 0);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_free (self->query);
  self->query = g_strdup ("");
  self->updating = FALSE;
  changed (self);
}

/* Whether anything narrows the list. */
gboolean
sirkel_measure_filters_get_active (SirkelMeasureFilters *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_FILTERS (self), FALSE);

  for (int i = 0; i < N_FILTERS; i++)
    if (*self->choices[i].selected != '\0')
      return TRUE;
  return *self->query != '\0';
}
