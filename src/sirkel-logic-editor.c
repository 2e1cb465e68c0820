/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLogicEditor: see sirkel-logic-editor.h. The column groups are made once, in init, in
 * the order of sirkel_logic_kind_keys. A refresh lays each column out as the document's
 * logic_element list orders it (sort, then creation): a column whose rows are already in
 * that order is left alone, so a row keeps the focus and the user's typing; any other column
 * is emptied and filled again, with the rows of elements that are still there reused (also
 * when an element moved to another column).
 */
#define G_LOG_DOMAIN "sirkel-logic-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-evaluation-labels.h"
#include "sirkel-logic-editor.h"
#include "sirkel-logic-row.h"
#include "sirkel-project-chart.h"

typedef struct
{
  GtkWidget  *group;
  GtkListBox *list;
} Column;

struct _SirkelLogicEditor
{
  AdwBin           parent_instance;

  SirkelDocument  *document;
  SirkelEntity    *measure;
  Column           columns[SIRKEL_N_LOGIC_KINDS];
  SirkelChartView *chart_view;

  /* Template children */
  GtkWidget       *chart_box;
  GtkWidget       *columns_box;
};

G_DEFINE_FINAL_TYPE (SirkelLogicEditor, sirkel_logic_editor, ADW_TYPE_BIN)

static gboolean
writable (SirkelLogicEditor *self)
{
  return self->document != NULL && self->measure != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static gboolean
belongs_to_measure (SirkelLogicEditor *self,
                    SirkelEntity      *element)
{
  SirkelId measure;

  return self->measure != NULL && sirkel_entity_get_ref (element, "measure_id", &measure) &&
         sirkel_id_equal (&measure, sirkel_entity_get_id (self->measure));
}

/* The rows of @list, in order. */
static GPtrArray *
dup_rows (GtkListBox *list)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SIRKEL_IS_LOGIC_ROW (row))
      g_ptr_array_add (rows, g_object_ref (row));
  return rows;
}

static void
remove_rows (GtkListBox *list)
{
  g_autoptr(GPtrArray) rows = dup_rows (list);

  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_remove (list, g_ptr_array_index (rows, i));
}

static gboolean
same_order (GPtrArray *rows,
            GPtrArray *elements)
{
  if (rows->len != elements->len)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    if (sirkel_logic_row_get_element (g_ptr_array_index (rows, i)) != g_ptr_array_index (elements, i))
      return FALSE;
  return TRUE;
}

static void
update_chart (SirkelLogicEditor *self)
{
  g_autoptr(SirkelChart) chart = NULL;

  if (self->measure != NULL)
    {
      g_autofree char *id = sirkel_entity_dup_id_string (self->measure);
      g_autofree char *name = g_strconcat ("logic-model:", id, NULL);

      chart = sirkel_project_chart_new (self->document, name);
    }
  sirkel_chart_view_set_chart (self->chart_view, chart);
  gtk_widget_set_visible (self->chart_box, chart != NULL && !sirkel_chart_is_empty (chart));
}

/**
 * sirkel_logic_editor_refresh:
 *
 * Brings the columns and the diagram in step with the document.
 */
void
sirkel_logic_editor_refresh (SirkelLogicEditor *self)
{
  GListModel *elements = NULL;
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                      g_object_unref);
  GPtrArray *wanted[SIRKEL_N_LOGIC_KINDS];
  gboolean refill[SIRKEL_N_LOGIC_KINDS] = { FALSE };
  gboolean can = writable (self);

  g_return_if_fail (SIRKEL_IS_LOGIC_EDITOR (self));

  if (self->document != NULL && self->measure != NULL)
    elements = sirkel_document_get_list (self->document, "logic_element");
  for (guint k = 0; k < SIRKEL_N_LOGIC_KINDS; k++)
    wanted[k] = g_ptr_array_new ();
  for (guint i = 0; elements != NULL && i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(SirkelEntity) element = g_list_model_get_item (elements, i);
      int column = sirkel_logic_kind_index (sirkel_entity_get_text (element, "kind"));

      if (column >= 0 && belongs_to_measure (self, element))
        g_ptr_array_add (wanted[column], element);   /* the list holds it */
    }

  /* Columns out of order give their rows up first, so a row can move to another column. */
  for (guint k = 0; k < SIRKEL_N_LOGIC_KINDS; k++)
    {
      g_autoptr(GPtrArray) rows = dup_rows (self->columns[k].list);

      if (same_order (rows, wanted[k]))
        continue;
      refill[k] = TRUE;
      for (guint i = 0; i < rows->len; i++)
        {
          SirkelLogicRow *row = g_ptr_array_index (rows, i);

          g_hash_table_insert (kept, sirkel_logic_row_get_element (row), g_object_ref (row));
        }
      remove_rows (self->columns[k].list);
    }
  for (guint k = 0; k < SIRKEL_N_LOGIC_KINDS; k++)
    {
      GtkListBox *list = self->columns[k].list;
      guint i = 0;

      for (i = 0; refill[k] && i < wanted[k]->len; i++)
        {
          SirkelEntity *element = g_ptr_array_index (wanted[k], i);
          GtkWidget *row = g_hash_table_lookup (kept, element);

          gtk_list_box_append (list, row != NULL ? row
                                            : sirkel_logic_row_new (self->document, element));
        }
      i = 0;
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (SIRKEL_IS_LOGIC_ROW (row))
          sirkel_logic_row_set_place (SIRKEL_LOGIC_ROW (row), i++, wanted[k]->len, can);
      g_ptr_array_unref (wanted[k]);
    }
  update_chart (self);
}

/* Puts the cursor in the row of the element with @id; returns whether it is shown. */
gboolean
sirkel_logic_editor_focus_element (SirkelLogicEditor *self,
                                   const SirkelId    *id)
{
  g_return_val_if_fail (SIRKEL_IS_LOGIC_EDITOR (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint k = 0; k < SIRKEL_N_LOGIC_KINDS; k++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->columns[k].list));
         row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (SIRKEL_IS_LOGIC_ROW (row) &&
          sirkel_id_equal (sirkel_entity_get_id (sirkel_logic_row_get_element (SIRKEL_LOGIC_ROW (row))),
                           id))
        {
          gtk_widget_grab_focus (row);
          return TRUE;
        }
  return FALSE;
}

/* Column groups */

static GtkWidget *
placeholder_new (void)
{
  GtkWidget *label = gtk_label_new (_("None yet"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  return label;
}

static void
add_column (SirkelLogicEditor *self,
            guint              k)
{
  const char *kind = sirkel_logic_kind_keys[k];
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  g_autofree char *tooltip = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), sirkel_logic_kind_label (kind));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         sirkel_logic_kind_description (kind));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content),
                                C_("add to a logic model column", "Add"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: tooltip of the Add button of a column of the logic model, "Add an element to
   * “Activities”". */
  tooltip = g_strdup_printf (_("Add an element to “%s”"), sirkel_logic_kind_label (kind));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "evaluation.add-element");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", kind);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder_new ());
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sirkel_logic_kind_label (kind), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_widget_set_name (group, kind);
  gtk_box_append (GTK_BOX (self->columns_box), group);
  self->columns[k].group = group;
  self->columns[k].list = GTK_LIST_BOX (list);
}

static void
sirkel_logic_editor_dispose (GObject *object)
{
  SirkelLogicEditor *self = SIRKEL_LOGIC_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_LOGIC_EDITOR);
  g_clear_object (&self->measure);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_logic_editor_parent_class)->dispose (object);
}

static void
sirkel_logic_editor_class_init (SirkelLogicEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_logic_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-logic-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelLogicEditor, chart_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelLogicEditor, columns_box);
}

static void
sirkel_logic_editor_init (SirkelLogicEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chart_view = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Diagram of the logic model"), -1);
  gtk_box_append (GTK_BOX (self->chart_box), GTK_WIDGET (self->chart_view));
  for (guint k = 0; k < SIRKEL_N_LOGIC_KINDS; k++)
    add_column (self, k);
  sirkel_logic_editor_refresh (self);
}

void
sirkel_logic_editor_set_document (SirkelLogicEditor *self,
                                  SirkelDocument    *document)
{
  g_return_if_fail (SIRKEL_IS_LOGIC_EDITOR (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_clear_object (&self->measure);
  for (guint k = 0; k < SIRKEL_N_LOGIC_KINDS; k++)
    remove_rows (self->columns[k].list);
  g_set_object (&self->document, document);
  sirkel_logic_editor_refresh (self);
}

/* @measure: (nullable): a measure of the editor's document */
void
sirkel_logic_editor_set_measure (SirkelLogicEditor *self,
                                 SirkelEntity      *measure)
{
  g_return_if_fail (SIRKEL_IS_LOGIC_EDITOR (self));
  g_return_if_fail (measure == NULL || SIRKEL_IS_ENTITY (measure));

  if (self->measure == measure)
    return;
  g_set_object (&self->measure, measure);
  sirkel_logic_editor_refresh (self);
}

SirkelEntity *
sirkel_logic_editor_get_measure (SirkelLogicEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_LOGIC_EDITOR (self), NULL);

  return self->measure;
}

/* The list of the column of @kind; for the page's tests. */
GtkListBox *
sirkel_logic_editor_get_column (SirkelLogicEditor *self,
                                const char        *kind)
{
  int k;

  g_return_val_if_fail (SIRKEL_IS_LOGIC_EDITOR (self), NULL);

  k = sirkel_logic_kind_index (kind);
  return k >= 0 ? self->columns[k].list : NULL;
}

SirkelChartView *
sirkel_logic_editor_get_chart_view (SirkelLogicEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_LOGIC_EDITOR (self), NULL);

  return self->chart_view;
}
