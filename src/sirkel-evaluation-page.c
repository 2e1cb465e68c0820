/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationPage: see sirkel-evaluation-page.h. This file keeps the views in step with
 * the document: the measure list and its selection, the header, and the editors of the
 * selected measure's evaluation plans, logic model and indicators. The actions are in
 * sirkel-evaluation-page-actions.c.
 *
 * The measure rows are made by gtk_list_box_bind_model () and made anew whenever the measure
 * list changes order; selected_id keeps the selection across that. The editors of plans and
 * indicators are kept for as long as their row lives, so a refresh after an action leaves
 * what the user is typing alone; everything that depends on other tables is brought up to
 * date after every action, when the project status says "changed".
 */
#define G_LOG_DOMAIN "sirkel-evaluation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-eval-indicator-editor.h"
#include "sirkel-evaluation-editor.h"
#include "sirkel-evaluation-labels.h"
#include "sirkel-evaluation-page-private.h"
#include "sirkel-logic-editor.h"
#include "sirkel-measure-labels.h"

G_DEFINE_FINAL_TYPE (SirkelEvaluationPage, sirkel_evaluation_page, SIRKEL_TYPE_PAGE)

static SirkelDocument *
document_of (SirkelEvaluationPage *self)
{
  return sirkel_page_get_document (SIRKEL_PAGE (self));
}

static gboolean
refers_to (SirkelEntity   *entity,
           const char     *field,
           const SirkelId *id)
{
  SirkelId ref;

  return sirkel_entity_get_ref (entity, field, &ref) && sirkel_id_equal (&ref, id);
}

/* The live rows of @table whose measure_id is @measure, in the document's order. */
static GPtrArray *
dup_of_measure (SirkelEvaluationPage *self,
                const char           *table,
                SirkelEntity         *measure)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;

  if (measure == NULL || document_of (self) == NULL)
    return rows;
  list = sirkel_document_get_list (document_of (self), table);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) row = g_list_model_get_item (list, i);

      if (refers_to (row, "measure_id", sirkel_entity_get_id (measure)))
        g_ptr_array_add (rows, g_steal_pointer (&row));
    }
  return rows;
}

static gboolean
lacks_plan (SirkelEvaluationPage *self,
            SirkelEntity         *measure)
{
  SirkelProjectStatus *status = sirkel_page_get_status (SIRKEL_PAGE (self));
  GPtrArray *gaps = status != NULL ? sirkel_project_status_get_gaps (status) : NULL;

  for (guint i = 0; gaps != NULL && i < gaps->len; i++)
    {
      SirkelGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == SIRKEL_GAP_MEASURE_WITHOUT_EVALUATION &&
          sirkel_id_equal (&gap->id, sirkel_entity_get_id (measure)))
        return TRUE;
    }
  return FALSE;
}

/* What the measure row and the header say about its evaluation: its status, then the kind of
 * its one plan, how many it has, or that it has none. */
static char *
dup_measure_caption (SirkelEvaluationPage *self,
                     SirkelEntity         *measure)
{
  g_autoptr(GPtrArray) plans = dup_of_measure (self, "evaluation", measure);
  const char *status = sirkel_measure_status_label (sirkel_entity_get_text (measure, "status"));
  g_autofree char *plan = NULL;

  if (plans->len == 0)
    plan = g_strdup (_("No evaluation plan"));
  else if (plans->len == 1)
    plan = g_strdup (sirkel_evaluation_kind_label (
                       sirkel_entity_get_text (g_ptr_array_index (plans, 0), "kind")));
  else
    plan = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u evaluation plan", "%u evaluation plans",
                                         plans->len), plans->len);
  /* Translators: a measure's status and its evaluation, "Ongoing · Process evaluation". */
  return g_strdup_printf (_("%s · %s"), status, plan);
}

/* The measure list */

static GtkWidget *
create_measure_row_cb (gpointer item,
                       gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *caption = gtk_label_new (NULL);
  g_autofree char *id = sirkel_entity_dup_id_string (item);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), caption);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), line);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, id);
  return row;
}

static SirkelEntity *
row_measure (SirkelEvaluationPage *self,
             GtkListBoxRow        *row)
{
  SirkelId id;

  if (row == NULL || document_of (self) == NULL ||
      !sirkel_id_parse (&id, gtk_widget_get_name (GTK_WIDGET (row))))
    return NULL;
  return sirkel_document_find (document_of (self), "measure", &id);
}

static void
update_measure_row (SirkelEvaluationPage *self,
                    GtkListBoxRow        *row)
{
  SirkelEntity *measure = row_measure (self, row);
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *line = gtk_widget_get_next_sibling (title);
  GtkWidget *icon = gtk_widget_get_first_child (line);
  GtkWidget *caption = gtk_widget_get_next_sibling (icon);
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  const char *name;
  gboolean gap;

  if (measure == NULL)
    return;
  name = *sirkel_entity_get_title (measure) != '\0' ? sirkel_entity_get_title (measure)
                                                    : _("Untitled measure");
  text = dup_measure_caption (self, measure);
  gap = lacks_plan (self, measure);
  gtk_label_set_label (GTK_LABEL (title), name);
  gtk_label_set_label (GTK_LABEL (caption), text);
  gtk_widget_set_visible (icon, gap);
  gtk_widget_set_tooltip_text (icon, gap ? _("This measure should have an evaluation plan") : NULL);
  /* Translators: what a screen reader says for a measure in the list: its title and caption. */
  accessible = g_strdup_printf (_("%s, %s"), name, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
update_measure_rows (SirkelEvaluationPage *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->measure_list, i)) != NULL; i++)
    update_measure_row (self, row);
}

static GtkListBoxRow *
find_measure_row (SirkelEvaluationPage *self,
                  const SirkelId       *id)
{
  g_autofree char *name = sirkel_id_to_string (id);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->measure_list, i)) != NULL; i++)
    if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
      return row;
  return NULL;
}

/* The editors of the selected measure */

typedef GtkWidget    *(*EditorNew)    (SirkelDocument *document,
                                       SirkelEntity   *entity);
typedef SirkelEntity *(*EditorEntity) (GtkWidget      *editor);

static SirkelEntity *
evaluation_of_editor (GtkWidget *editor)
{
  return sirkel_evaluation_editor_get_evaluation (SIRKEL_EVALUATION_EDITOR (editor));
}

static SirkelEntity *
indicator_of_editor (GtkWidget *editor)
{
  return sirkel_eval_indicator_editor_get_indicator (SIRKEL_EVAL_INDICATOR_EDITOR (editor));
}

/* Makes @box hold one editor per entity of @entities, in order, keeping the editors it has. */
static void
sync_editors (SirkelEvaluationPage *self,
              GtkBox               *box,
              GPtrArray            *entities,
              EditorNew             editor_new,
              EditorEntity          editor_entity)
{
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                      g_object_unref);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
  gboolean same = TRUE;

  for (guint i = 0; same && i < entities->len; i++)
    {
      same = child != NULL && editor_entity (child) == g_ptr_array_index (entities, i);
      if (same)
        child = gtk_widget_get_next_sibling (child);
    }
  if (same && child == NULL)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    {
      g_hash_table_insert (kept, editor_entity (child), g_object_ref (child));
      gtk_box_remove (box, child);
    }
  for (guint i = 0; i < entities->len; i++)
    {
      SirkelEntity *entity = g_ptr_array_index (entities, i);
      GtkWidget *editor = g_hash_table_lookup (kept, entity);

      gtk_box_append (box, editor != NULL ? editor : editor_new (document_of (self), entity));
    }
}

static void
update_header (SirkelEvaluationPage *self)
{
  g_autofree char *caption = NULL;
  const char *responsible;

  if (self->measure == NULL)
    {
      gtk_label_set_label (self->measure_title, _("No measure selected"));
      gtk_label_set_label (self->measure_subtitle, _("Choose a measure in the list."));
      return;
    }
  caption = dup_measure_caption (self, self->measure);
  responsible = sirkel_entity_get_text (self->measure, "responsible");
  if (responsible != NULL && *responsible != '\0')
    {
      g_autofree char *with_responsible = g_strdup_printf (_("%s · %s"), caption, responsible);

      g_free (caption);
      caption = g_steal_pointer (&with_responsible);
    }
  gtk_label_set_label (self->measure_title, *sirkel_entity_get_title (self->measure) != '\0'
                       ? sirkel_entity_get_title (self->measure) : _("Untitled measure"));
  gtk_label_set_label (self->measure_subtitle, caption);
}

/**
 * _sirkel_evaluation_page_refresh:
 *
 * Brings the header and the editors of the selected measure in step with the document.
 */
void
_sirkel_evaluation_page_refresh (SirkelEvaluationPage *self)
{
  g_autoptr(GPtrArray) plans = dup_of_measure (self, "evaluation", self->measure);
  g_autoptr(GPtrArray) indicators = dup_of_measure (self, "eval_indicator", self->measure);

  update_header (self);
  sync_editors (self, self->plans_box, plans, sirkel_evaluation_editor_new, evaluation_of_editor);
  gtk_stack_set_visible_child_name (self->plans_stack, plans->len > 0 ? "list" : "empty");
  sirkel_logic_editor_set_measure (self->logic_editor, self->measure);
  sirkel_logic_editor_refresh (self->logic_editor);
  sync_editors (self, self->indicators_box, indicators, sirkel_eval_indicator_editor_new,
                indicator_of_editor);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->indicators_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sirkel_eval_indicator_editor_refresh (SIRKEL_EVAL_INDICATOR_EDITOR (child));
  gtk_stack_set_visible_child_name (self->indicators_stack, indicators->len > 0 ? "list" : "empty");
  _sirkel_evaluation_page_update_actions (self);
}

/* Selection */

static void
measure_selected_cb (SirkelEvaluationPage *self,
                     GtkListBoxRow        *row)
{
  SirkelEntity *measure = row_measure (self, row);

  /* The rows are being made anew; restore_selection () follows. */
  if (measure == NULL && self->has_selected && document_of (self) != NULL &&
      sirkel_document_find (document_of (self), "measure", &self->selected_id) != NULL)
    return;
  if (measure != NULL)
    {
      self->selected_id = *sirkel_entity_get_id (measure);
      self->has_selected = TRUE;
    }
  if (measure == self->measure)
    return;
  g_set_object (&self->measure, measure);
  _sirkel_evaluation_page_refresh (self);
}

/* Selects the measure with @id; returns whether it is in the list. */
gboolean
sirkel_evaluation_page_select_measure (SirkelEvaluationPage *self,
                                       const SirkelId       *id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SIRKEL_IS_EVALUATION_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  row = find_measure_row (self, id);
  if (row == NULL)
    return FALSE;
  self->selected_id = *id;
  self->has_selected = TRUE;
  if (gtk_list_box_get_selected_row (self->measure_list) != row)
    gtk_list_box_select_row (self->measure_list, row);
  else
    measure_selected_cb (self, row);
  return TRUE;
}

/**
 * sirkel_evaluation_page_get_measure:
 *
 * Returns: (transfer none) (nullable): the measure shown on the right
 */
SirkelEntity *
sirkel_evaluation_page_get_measure (SirkelEvaluationPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_EVALUATION_PAGE (self), NULL);

  return self->measure;
}

/* The measure last selected, else the first; the empty state without measures. */
static void
restore_selection (SirkelEvaluationPage *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->measure_list, 0);

  sirkel_page_show_empty (SIRKEL_PAGE (self), first == NULL);
  if (self->has_selected && sirkel_evaluation_page_select_measure (self, &self->selected_id))
    return;
  self->has_selected = FALSE;
  if (first != NULL)
    gtk_list_box_select_row (self->measure_list, first);
  else
    measure_selected_cb (self, NULL);
}

static void
measures_changed_cb (SirkelEvaluationPage *self)
{
  update_measure_rows (self);
  restore_selection (self);
}

/* After every action, once the project status is current. */
static void
status_changed_cb (SirkelEvaluationPage *self)
{
  update_measure_rows (self);
  restore_selection (self);
  _sirkel_evaluation_page_refresh (self);
}

static void
status_set_cb (SirkelEvaluationPage *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
  status_changed_cb (self);
}

static void
clear_editors (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
document_changed_cb (SirkelEvaluationPage *self)
{
  SirkelDocument *document = document_of (self);

  if (self->measures != NULL)
    g_signal_handlers_disconnect_by_func (self->measures, measures_changed_cb, self);
  g_clear_object (&self->measures);
  g_clear_object (&self->measure);
  self->has_selected = FALSE;
  clear_editors (self->plans_box);
  clear_editors (self->indicators_box);
  sirkel_logic_editor_set_document (self->logic_editor, document);
  if (document != NULL)
    self->measures = g_object_ref (sirkel_document_get_list (document, "measure"));
  gtk_list_box_bind_model (self->measure_list, self->measures, create_measure_row_cb, self, NULL);
  if (self->measures != NULL)
    g_signal_connect_swapped (self->measures, "items-changed", G_CALLBACK (measures_changed_cb),
                              self);
  status_changed_cb (self);
}

/* page.select-item (s): the id of a measure, or of an evaluation plan, logic model element,
 * evaluation indicator or measurement, whose measure is selected and whose view is shown. */
static void
select_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (widget);
  static const char * const tables[] = {
    "measure", "evaluation", "logic_element", "eval_indicator", "measurement"
  };
  SirkelId id;

  if (document_of (self) == NULL || !sirkel_id_parse (&id, g_variant_get_string (parameter, NULL)))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (sirkel_document_find (document_of (self), tables[i], &id) != NULL &&
        _sirkel_evaluation_page_focus_item (self, tables[i], &id))
      return;
}

static void
sirkel_evaluation_page_dispose (GObject *object)
{
  SirkelEvaluationPage *self = SIRKEL_EVALUATION_PAGE (object);

  if (self->measures != NULL)
    g_signal_handlers_disconnect_by_func (self->measures, measures_changed_cb, self);
  g_clear_object (&self->measures);
  if (self->measure_list != NULL)
    gtk_list_box_bind_model (self->measure_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_EVALUATION_PAGE);
  g_clear_object (&self->measure);
  g_clear_object (&self->status_signals);
  g_clear_pointer (&self->lesson_id, g_free);

  G_OBJECT_CLASS (sirkel_evaluation_page_parent_class)->dispose (object);
}

static void
sirkel_evaluation_page_class_init (SirkelEvaluationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_evaluation_page_dispose;

  g_type_ensure (SIRKEL_TYPE_LOGIC_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-evaluation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, measure_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, measure_title);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, measure_subtitle);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, plans_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, plans_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, add_first_plan_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, logic_editor);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, indicators_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelEvaluationPage, indicators_box);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, measure_selected_cb);

  gtk_widget_class_install_action (widget_class, "page.select-item", "s", select_item_action);
  _sirkel_evaluation_page_class_add_actions (widget_class);
  _sirkel_evaluation_page_class_add_logic_actions (widget_class);
}

static void
sirkel_evaluation_page_init (SirkelEvaluationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  status_changed_cb (self);
}
