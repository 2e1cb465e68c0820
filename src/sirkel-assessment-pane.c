/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelAssessmentPane: see sirkel-assessment-pane.h.
 *
 * The six category rows are made once; their captions are brought up to date after every
 * action (the status's "changed") and whenever the assessments come or go. The editor's
 * widgets are bound through sirkel-field-editor to the chosen category's assessment (the
 * first live one, should a merged file hold two) and rebound only when that changes, so that
 * the coordinator's typing is never disturbed by her own writes.
 *
 * Invariants: category is one of SIRKEL_CATEGORIES; assessment is NULL or the entity the
 * editor is bound to; indicator_filter is never NULL after init.
 */
#define G_LOG_DOMAIN "sirkel-assessment-pane"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-assessment-columns.h"
#include "sirkel-assessment-pane.h"
#include "sirkel-domain.h"
#include "sirkel-entity-list.h"
#include "sirkel-field-editor.h"
#include "sirkel-finding-summaries.h"
#include "sirkel-overview-page.h"

#define N_CATEGORIES 6

typedef struct
{
  GtkListBoxRow *row;
  GtkImage      *icon;
  GtkLabel      *caption;
} CategoryRow;

struct _SirkelAssessmentPane
{
  SirkelPage              parent_instance;

  char                    category;
  SirkelEntity           *assessment;
  SirkelFindingSummaries *summaries;
  GtkCustomFilter        *indicator_filter;
  GSignalGroup           *status_signals;
  GSignalGroup           *document_signals;
  GSignalGroup           *list_signals;
  CategoryRow             rows[N_CATEGORIES];

  /* Template children */
  GtkListBox             *category_list;
  GtkStack               *editor_stack;
  GtkLabel               *empty_heading;
  GtkLabel               *editor_heading;
  AdwEntryRow            *title_row;
  AdwComboRow            *status_row;
  GtkTextView            *body_view;
  GtkTextView            *sources_view;
  SirkelEntityList       *indicator_list;
};

G_DEFINE_FINAL_TYPE (SirkelAssessmentPane, sirkel_assessment_pane, SIRKEL_TYPE_PAGE)

static const char * const status_keys[] = { "draft", "final", NULL };

static gboolean
is_writable (SirkelAssessmentPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  return document != NULL && !sirkel_document_get_read_only (document);
}

/* The first live assessment of @category, or NULL. */
static SirkelEntity *
find_assessment (SirkelAssessmentPane *self,
                 char                  category)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  GListModel *list;
  char code[2] = { category, '\0' };

  if (document == NULL)
    return NULL;
  list = sirkel_document_get_list (document, "assessment");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) assessment = g_list_model_get_item (list, i);

      if (g_strcmp0 (sirkel_entity_get_text (assessment, "category"), code) == 0)
        return assessment;
    }
  return NULL;
}

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* "Final · 312 words", "Draft · no text yet", "Not written yet". */
static char *
describe (SirkelEntity *assessment)
{
  const char *status;
  guint words;

  if (assessment == NULL)
    return g_strdup (_("Not written yet"));
  status = g_strcmp0 (sirkel_entity_get_text (assessment, "status"), "final") == 0
           ? _("Final") : _("Draft");
  words = count_words (sirkel_entity_get_text (assessment, "body"));
  if (words == 0)
    /* Translators: an assessment's state in the category list: "Draft · no text yet". */
    return g_strdup_printf (_("%s · no text yet"), status);
  /* Translators: an assessment's state in the category list: "Final · 312 words". */
  return g_strdup_printf (ngettext ("%s · %u word", "%s · %u words", words), status, words);
}

static const char *
state_icon (SirkelEntity *assessment)
{
  if (assessment == NULL || count_words (sirkel_entity_get_text (assessment, "body")) == 0)
    return "dialog-warning-symbolic";
  if (g_strcmp0 (sirkel_entity_get_text (assessment, "status"), "final") == 0)
    return "emblem-ok-symbolic";
  return "document-edit-symbolic";
}

static void
update_rows (SirkelAssessmentPane *self)
{
  for (guint i = 0; i < N_CATEGORIES; i++)
    {
      SirkelEntity *assessment = find_assessment (self, SIRKEL_CATEGORIES[i]);
      g_autofree char *caption = describe (assessment);
      g_autofree char *code = g_strndup (&SIRKEL_CATEGORIES[i], 1);
      g_autofree char *name = sirkel_category_dup_label (code);
      g_autofree char *label = NULL;
      const char *icon = state_icon (assessment);

      gtk_label_set_label (self->rows[i].caption, caption);
      gtk_image_set_from_icon_name (self->rows[i].icon, icon);
      if (g_str_equal (icon, "dialog-warning-symbolic"))
        gtk_widget_add_css_class (GTK_WIDGET (self->rows[i].icon), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->rows[i].icon), "warning");
      label = g_strdup_printf ("%s: %s", name, caption);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows[i].row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static void
update_editor (SirkelAssessmentPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelEntity *assessment = find_assessment (self, self->category);
  gboolean writable = is_writable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessment.write",
                                 writable && assessment == NULL);
  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), writable);
  gtk_text_view_set_editable (self->body_view, writable);
  gtk_text_view_set_editable (self->sources_view, writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_row), writable);
  if (assessment == self->assessment)
    return;
  /* Before the fields are unbound, which makes them insensitive. */
  if (assessment == NULL)
    _sirkel_overview_focus_away (gtk_stack_get_child_by_name (self->editor_stack, "editor"),
                                 GTK_WIDGET (gtk_list_box_get_selected_row (self->category_list)));
  g_set_object (&self->assessment, assessment);
  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, assessment, "title");
  sirkel_field_bind_text_view (self->body_view, document, assessment, "body");
  sirkel_field_bind_text_view (self->sources_view, document, assessment, "sources");
  sirkel_field_bind_choice (GTK_WIDGET (self->status_row), document, assessment, "status",
                            status_keys);
  /* Unbound widgets are insensitive; the read-only state is shown by editability instead. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_row), writable);
  gtk_stack_set_visible_child_name (self->editor_stack, assessment != NULL ? "editor" : "empty");
}

static void
update (SirkelAssessmentPane *self)
{
  update_rows (self);
  update_editor (self);
}

static gboolean
indicator_in_category (gpointer item,
                       gpointer user_data)
{
  SirkelAssessmentPane *self = user_data;
  const char *category = sirkel_entity_get_text (item, "category");

  return category != NULL && category[0] == self->category;
}

static GListModel *
filter_indicators (GListModel *base,
                   gpointer    user_data)
{
  SirkelAssessmentPane *self = user_data;

  GtkFilter *filter = g_object_ref (GTK_FILTER (self->indicator_filter));

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (base), filter));
}

static void
format_indicator (SirkelEntity  *indicator,
                  char         **title,
                  char         **subtitle,
                  guint         *depth,
                  gpointer       user_data)
{
  SirkelAssessmentPane *self = user_data;

  *subtitle = sirkel_finding_summaries_dup_figures (self->summaries,
                                                    sirkel_entity_get_id (indicator));
}

static void
summaries_changed_cb (SirkelAssessmentPane *self)
{
  sirkel_entity_list_refresh (self->indicator_list);
}

static void
document_changed_cb (SirkelAssessmentPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  sirkel_finding_summaries_set_document (self->summaries, document);
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->list_signals, document != NULL
                             ? sirkel_document_get_list (document, "assessment") : NULL);
  update (self);
}

static void
category_selected_cb (SirkelAssessmentPane *self,
                      GtkListBoxRow        *row)
{
  int index;
  g_autofree char *label = NULL;
  char code[2] = { 0, 0 };

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  g_return_if_fail (index >= 0 && index < N_CATEGORIES);
  self->category = SIRKEL_CATEGORIES[index];
  code[0] = self->category;
  label = sirkel_category_dup_label (code);
  gtk_label_set_label (self->empty_heading, label);
  gtk_label_set_label (self->editor_heading, label);
  gtk_filter_changed (GTK_FILTER (self->indicator_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_editor (self);
}

/* assessment.write: a new assessment of the chosen category, as one action, opened at its
 * title. */
static void
write_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SirkelAssessmentPane *self = SIRKEL_ASSESSMENT_PANE (widget);
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelStore *store;
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };
  char code[2] = { self->category, '\0' };

  if (document == NULL || find_assessment (self, self->category) != NULL)
    return;
  store = sirkel_document_get_store (document);
  if (!sirkel_store_begin (store, _("Write assessment"), &error) ||
      !sirkel_store_insert (store, "assessment", &id, &error,
                            "category", sirkel_value_text (code), NULL) ||
      !sirkel_store_commit (store, &error))
    {
      if (sirkel_store_in_action (store))
        sirkel_store_rollback (store);
      _sirkel_overview_toast_error (widget, error);
      return;
    }
  update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
add_category_rows (SirkelAssessmentPane *self)
{
  for (guint i = 0; i < N_CATEGORIES; i++)
    {
      g_autofree char *code = g_strndup (&SIRKEL_CATEGORIES[i], 1);
      g_autofree char *label = sirkel_category_dup_label (code);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (label);
      GtkWidget *caption = gtk_label_new (NULL);
      GtkWidget *icon = gtk_image_new ();

      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (texts, TRUE);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_box_append (GTK_BOX (texts), title);
      gtk_box_append (GTK_BOX (texts), caption);
      gtk_box_append (GTK_BOX (box), texts);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_append (self->category_list, row);
      self->rows[i].row = GTK_LIST_BOX_ROW (row);
      self->rows[i].icon = GTK_IMAGE (icon);
      self->rows[i].caption = GTK_LABEL (caption);
    }
}

static void
sirkel_assessment_pane_dispose (GObject *object)
{
  SirkelAssessmentPane *self = SIRKEL_ASSESSMENT_PANE (object);

  if (self->title_row != NULL)
    _sirkel_overview_unbind_fields (GTK_WIDGET (self->title_row), GTK_WIDGET (self->status_row),
                                    GTK_WIDGET (self->body_view), GTK_WIDGET (self->sources_view),
                                    NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_ASSESSMENT_PANE);
  g_clear_object (&self->status_signals);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->list_signals);
  g_clear_object (&self->summaries);
  g_clear_object (&self->indicator_filter);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (sirkel_assessment_pane_parent_class)->dispose (object);
}

static void
sirkel_assessment_pane_class_init (SirkelAssessmentPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_assessment_pane_dispose;

  g_type_ensure (SIRKEL_TYPE_ASSESSMENT_COLUMNS);
  g_type_ensure (SIRKEL_TYPE_ENTITY_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-assessment-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, category_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, empty_heading);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, editor_heading);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, status_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, body_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, sources_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelAssessmentPane, indicator_list);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_selected_cb);

  gtk_widget_class_install_action (widget_class, "assessment.write", NULL, write_action_cb);
}

static void
sirkel_assessment_pane_init (SirkelAssessmentPane *self)
{
  self->category = SIRKEL_CATEGORIES[0];
  self->summaries = sirkel_finding_summaries_new ();
  self->indicator_filter = gtk_custom_filter_new (indicator_in_category, self, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->summaries, "changed", G_CALLBACK (summaries_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
  g_object_bind_property (self, "status", self->status_signals, "target", G_BINDING_SYNC_CREATE);
  self->document_signals = g_signal_group_new (SIRKEL_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::read-only", G_CALLBACK (update),
                                 self, G_CONNECT_SWAPPED);
  self->list_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->list_signals, "items-changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);

  sirkel_entity_list_set_model_func (self->indicator_list, filter_indicators, self);
  sirkel_entity_list_set_format_func (self->indicator_list, format_indicator, self);
  add_category_rows (self);
  gtk_list_box_select_row (self->category_list, self->rows[0].row);
  update (self);
}

char
sirkel_assessment_pane_get_category (SirkelAssessmentPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_ASSESSMENT_PANE (self), 'a');

  return self->category;
}

/**
 * sirkel_assessment_pane_set_category:
 * @category: 'a' … 'f'
 *
 * Chooses a category, as a click on its row would.
 */
void
sirkel_assessment_pane_set_category (SirkelAssessmentPane *self,
                                     char                  category)
{
  const char *found;

  g_return_if_fail (SIRKEL_IS_ASSESSMENT_PANE (self));

  found = category != '\0' ? strchr (SIRKEL_CATEGORIES, category) : NULL;
  g_return_if_fail (found != NULL);
  gtk_list_box_select_row (self->category_list, self->rows[found - SIRKEL_CATEGORIES].row);
}

/**
 * sirkel_assessment_pane_get_assessment:
 *
 * Returns: (transfer none) (nullable): the assessment in the editor
 */
SirkelEntity *
sirkel_assessment_pane_get_assessment (SirkelAssessmentPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_ASSESSMENT_PANE (self), NULL);

  return self->assessment;
}
