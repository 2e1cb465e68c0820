/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationPage's actions on the logic model of the selected measure: add an element
 * to a column, delete one, move one up or down its column or to the previous or next column.
 * Each is one store action; afterwards the rows are in their new places and the moved or
 * added element's row has the cursor, so Alt+Up, Alt+Down, Alt+Left and Alt+Right can be
 * pressed again and again.
 */
#define G_LOG_DOMAIN "sirkel-evaluation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-evaluation-labels.h"
#include "sirkel-evaluation-page-private.h"
#include "sirkel-plan-fields.h"

static SirkelDocument *
document_of (SirkelEvaluationPage *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

/* The elements of the selected measure in the column of @kind, in order. */
static GPtrArray *
dup_column (SirkelEvaluationPage *self,
            const char           *kind)
{
  GPtrArray *column = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *elements = sirkel_document_get_list (document_of (self), "logic_element");
  SirkelId measure;

  for (guint i = 0; self->measure != NULL && i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(SirkelEntity) element = g_list_model_get_item (elements, i);

      if (sirkel_entity_get_ref (element, "measure_id", &measure) &&
          sirkel_id_equal (&measure, sirkel_entity_get_id (self->measure)) &&
          g_strcmp0 (sirkel_entity_get_text (element, "kind"), kind) == 0)
        g_ptr_array_add (column, g_steal_pointer (&element));
    }
  return column;
}

static gint64
next_sort (GPtrArray *column)
{
  gint64 sort = 0;

  for (guint i = 0; i < column->len; i++)
    sort = MAX (sort, sirkel_entity_get_int (g_ptr_array_index (column, i), "sort"));
  return sort + 1;
}

/* After an action on the logic model: the rows in their new places, the cursor in @id's. */
static void
logic_changed (SirkelEvaluationPage *self,
               const SirkelId       *id)
{
  _sirkel_evaluation_page_refresh (self);
  if (id != NULL)
    sirkel_logic_editor_focus_element (self->logic_editor, id);
}

static void
add_element_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  g_autoptr(GPtrArray) column = NULL;
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };

  if (!_sirkel_evaluation_page_writable (self) || self->measure == NULL ||
      sirkel_logic_kind_index (kind) < 0)
    return;
  column = dup_column (self, kind);
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Add to logic model"), &error) ||
      !sirkel_store_insert (store, "logic_element", &id, &error,
                            "measure_id", sirkel_value_id (sirkel_entity_get_id (self->measure)),
                            "kind", sirkel_value_text (kind),
                            "sort", sirkel_value_int (next_sort (column)), NULL) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  logic_changed (self, &id);
}

/* The element goes, and the indicators that measured it no longer point at it; one action. */
static void
delete_element_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  SirkelEntity *element = _sirkel_evaluation_page_find_param (self, "logic_element", parameter);
  g_autoptr(GPtrArray) column = NULL;
  GListModel *indicators;
  SirkelId neighbour;
  gboolean has_neighbour = FALSE;
  guint index;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  SirkelStore *store;
  SirkelId ref;

  if (element == NULL)
    return;
  title = g_strdup (*sirkel_entity_get_title (element) != '\0' ? sirkel_entity_get_title (element)
                    : sirkel_logic_kind_noun (sirkel_entity_get_text (element, "kind")));
  /* The cursor goes on to the next element in the column, or else the one before. */
  column = dup_column (self, sirkel_entity_get_text (element, "kind"));
  if (g_ptr_array_find (column, element, &index) && column->len > 1)
    {
      guint next = index + 1 < column->len ? index + 1 : index - 1;

      neighbour = *sirkel_entity_get_id (g_ptr_array_index (column, next));
      has_neighbour = TRUE;
    }
  store = sirkel_document_get_store (document_of (self));
  indicators = sirkel_document_get_list (document_of (self), "eval_indicator");
  if (!sirkel_store_begin (store, _("Delete from logic model"), &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SirkelEntity) indicator = g_list_model_get_item (indicators, i);

      if (sirkel_entity_get_ref (indicator, "logic_element_id", &ref) &&
          sirkel_id_equal (&ref, sirkel_entity_get_id (element)) &&
          !sirkel_store_set (store, "eval_indicator", sirkel_entity_get_id (indicator),
                             "logic_element_id", sirkel_value_null (), &error))
        {
          sirkel_plan_report_error (GTK_WIDGET (self), store, error);
          return;
        }
    }
  if (!sirkel_store_delete (store, "logic_element", sirkel_entity_get_id (element), &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  logic_changed (self, has_neighbour ? &neighbour : NULL);
  _sirkel_evaluation_page_deleted_toast (self, title);
}

/* Swaps the element with its neighbour in the column and numbers the column 1, 2, 3… */
static void
move_element (SirkelEvaluationPage *self,
              GVariant             *parameter,
              int                   step)
{
  SirkelEntity *element = _sirkel_evaluation_page_find_param (self, "logic_element", parameter);
  g_autoptr(GPtrArray) column = NULL;
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  guint index;
  int other;

  if (element == NULL)
    return;
  column = dup_column (self, sirkel_entity_get_text (element, "kind"));
  if (!g_ptr_array_find (column, element, &index))
    return;
  other = (int) index + step;
  if (other < 0 || (guint) other >= column->len)
    return;
  column->pdata[index] = column->pdata[other];
  column->pdata[other] = element;
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, step < 0 ? _("Move up in logic model") : _("Move down in logic model"),
                           &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  for (guint i = 0; i < column->len; i++)
    {
      SirkelEntity *item = g_ptr_array_index (column, i);

      if (sirkel_entity_get_int (item, "sort") != (gint64) i + 1 &&
          !sirkel_store_set (store, "logic_element", sirkel_entity_get_id (item), "sort",
                             sirkel_value_int ((gint64) i + 1), &error))
        {
          sirkel_plan_report_error (GTK_WIDGET (self), store, error);
          return;
        }
    }
  if (!sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  logic_changed (self, sirkel_entity_get_id (element));
}

static void
move_element_up_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_element (SIRKEL_EVALUATION_PAGE (widget), parameter, -1);
}

static void
move_element_down_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  move_element (SIRKEL_EVALUATION_PAGE (widget), parameter, 1);
}

/* Moves the element to the end of the previous or next column. */
static void
move_element_column (SirkelEvaluationPage *self,
                     GVariant             *parameter,
                     int                   step)
{
  SirkelEntity *element = _sirkel_evaluation_page_find_param (self, "logic_element", parameter);
  g_autoptr(GPtrArray) column = NULL;
  g_autoptr(GError) error = NULL;
  const char *kind;
  SirkelStore *store;
  int to;

  if (element == NULL)
    return;
  to = sirkel_logic_kind_index (sirkel_entity_get_text (element, "kind")) + step;
  if (to < 0 || to >= SIRKEL_N_LOGIC_KINDS)
    return;
  kind = sirkel_logic_kind_keys[to];
  column = dup_column (self, kind);
  store = sirkel_document_get_store (document_of (self));
  if (!sirkel_store_begin (store, _("Move to another column"), &error) ||
      !sirkel_store_set (store, "logic_element", sirkel_entity_get_id (element), "kind",
                         sirkel_value_text (kind), &error) ||
      !sirkel_store_set (store, "logic_element", sirkel_entity_get_id (element), "sort",
                         sirkel_value_int (next_sort (column)), &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (GTK_WIDGET (self), store, error);
      return;
    }
  logic_changed (self, sirkel_entity_get_id (element));
}

static void
move_element_previous_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  move_element_column (SIRKEL_EVALUATION_PAGE (widget), parameter, -1);
}

static void
move_element_next_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  move_element_column (SIRKEL_EVALUATION_PAGE (widget), parameter, 1);
}

void
_sirkel_evaluation_page_class_add_logic_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "evaluation.add-element", "s", add_element_action);
  gtk_widget_class_install_action (widget_class, "evaluation.delete-element", "s",
                                   delete_element_action);
  gtk_widget_class_install_action (widget_class, "evaluation.move-element-up", "s",
                                   move_element_up_action);
  gtk_widget_class_install_action (widget_class, "evaluation.move-element-down", "s",
                                   move_element_down_action);
  gtk_widget_class_install_action (widget_class, "evaluation.move-element-previous", "s",
                                   move_element_previous_action);
  gtk_widget_class_install_action (widget_class, "evaluation.move-element-next", "s",
                                   move_element_next_action);
}
