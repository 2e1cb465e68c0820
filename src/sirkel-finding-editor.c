/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingEditor: see sirkel-finding-editor.h.
 *
 * The linked indicators are the document's finding_indicator rows filtered to this finding;
 * their rows are made again when the figures change (after an import).
 *
 * Invariants: links and link_filter are never NULL after init; links' model is the
 * document's finding_indicator list, or NULL without a document.
 */
#define G_LOG_DOMAIN "sirkel-finding-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-field-editor.h"
#include "sirkel-finding-editor.h"
#include "sirkel-findings.h"
#include "sirkel-indicator-picker-dialog.h"
#include "sirkel-overview-page.h"

#define N_TEXTS 5

struct _SirkelFindingEditor
{
  AdwBin                  parent_instance;

  SirkelDocument         *document;
  SirkelEntity           *finding;
  SirkelFindingSummaries *summaries;
  GtkCustomFilter        *link_filter;
  GtkFilterListModel     *links;
  GSignalGroup           *finding_signals;
  GSignalGroup           *summaries_signals;
  GSignalGroup           *document_signals;
  GtkTextView            *text_views[N_TEXTS];  /* the views below, for text_fields */

  /* Template children */
  GtkLabel               *heading_label;
  GtkWidget              *prioritised_label;
  AdwEntryRow            *title_row;
  AdwComboRow            *kind_row;
  AdwComboRow            *category_row;
  AdwEntryRow            *age_row;
  GtkTextView            *description_view;
  GtkTextView            *causes_view;
  GtkTextView            *consequences_view;
  GtkTextView            *inequality_view;
  GtkTextView            *sources_view;
  GtkListBox             *links_list;
};

G_DEFINE_FINAL_TYPE (SirkelFindingEditor, sirkel_finding_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FINDING,
  PROP_SUMMARIES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const kind_keys[] = { "challenge", "resource", NULL };
static const char * const category_keys[] = { "", "a", "b", "c", "d", "e", "f", NULL };

/* The long texts, in the order of SirkelFindingEditor.text_views. */
static const char * const text_fields[N_TEXTS] = {
  "description", "causes", "consequences", "inequality", "sources"
};

static gboolean
is_writable (SirkelFindingEditor *self)
{
  return self->document != NULL && self->finding != NULL &&
         !sirkel_document_get_read_only (self->document);
}

static void
update_state (SirkelFindingEditor *self)
{
  gboolean writable = is_writable (self);
  gboolean resource = self->finding != NULL &&
                      g_strcmp0 (sirkel_entity_get_text (self->finding, "kind"), "resource") == 0;
  gtk_label_set_label (self->heading_label, resource ? _("Resource") : _("Challenge"));
  gtk_widget_set_visible (self->prioritised_label, self->finding != NULL &&
                          sirkel_entity_get_int (self->finding, "prioritised") != 0);
  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), writable);
  gtk_editable_set_editable (GTK_EDITABLE (self->age_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->category_row), writable);
  for (guint i = 0; i < N_TEXTS; i++)
    gtk_text_view_set_editable (self->text_views[i], writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "finding.add-indicators", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "finding.unlink", writable);
}

static void
bind_fields (SirkelFindingEditor *self)
{
  SirkelEntity *finding = self->finding;

  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), self->document, finding, "title");
  sirkel_field_bind_editable (GTK_EDITABLE (self->age_row), self->document, finding, "age_group");
  sirkel_field_bind_choice (GTK_WIDGET (self->kind_row), self->document, finding, "kind",
                            kind_keys);
  sirkel_field_bind_choice (GTK_WIDGET (self->category_row), self->document, finding, "category",
                            category_keys);
  for (guint i = 0; i < N_TEXTS; i++)
    sirkel_field_bind_text_view (self->text_views[i], self->document, finding, text_fields[i]);
  update_state (self);
}

static gboolean
link_of_finding (gpointer item,
                 gpointer user_data)
{
  SirkelFindingEditor *self = user_data;
  SirkelId finding;

  return self->finding != NULL && sirkel_entity_get_ref (item, "finding_id", &finding) &&
         sirkel_id_equal (&finding, sirkel_entity_get_id (self->finding));
}

static GtkWidget *
create_link_row (gpointer item,
                 gpointer user_data)
{
  SirkelFindingEditor *self = user_data;
  SirkelEntity *link = item;
  SirkelEntity *indicator = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *figures = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *link_id = sirkel_entity_dup_id_string (link);
  const char *title;
  SirkelId id;

  if (sirkel_entity_get_ref (link, "indicator_id", &id))
    {
      indicator = sirkel_document_find (self->document, "indicator", &id);
      if (self->summaries != NULL)
        figures = sirkel_finding_summaries_dup_figures (self->summaries, &id);
    }
  title = indicator != NULL ? sirkel_entity_get_title (indicator)
                            : _("An indicator no longer in the project");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), figures != NULL ? figures : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  /* Translators: tooltip of the button that unlinks an indicator from a challenge. */
  tooltip = g_strdup_printf (_("Remove the link to “%s”"), title);
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "finding.unlink");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_string (link_id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebind_links (SirkelFindingEditor *self)
{
  gtk_list_box_bind_model (self->links_list, G_LIST_MODEL (self->links), create_link_row, self,
                           NULL);
}

static void
picked_cb (SirkelFindingEditor *self,
           const char * const  *ids)
{
  g_autoptr(GArray) indicators = g_array_new (FALSE, TRUE, sizeof (SirkelId));
  g_autoptr(GError) error = NULL;

  if (!is_writable (self))
    return;
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SirkelId id;

      if (sirkel_id_parse (&id, ids[i]))
        g_array_append_val (indicators, id);
    }
  if (indicators->len > 0 &&
      !sirkel_finding_link_indicators (sirkel_document_get_store (self->document),
                                       sirkel_entity_get_id (self->finding),
                                       (SirkelId *) indicators->data, indicators->len, NULL,
                                       &error))
    _sirkel_overview_toast_error (GTK_WIDGET (self), error);
}

/* finding.add-indicators: the picker, with the indicators linked already ticked. */
static void
add_indicators_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SirkelFindingEditor *self = SIRKEL_FINDING_EDITOR (widget);
  g_autoptr(GPtrArray) linked = g_ptr_array_new_with_free_func (g_free);
  SirkelIndicatorPickerDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!is_writable (self))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->links)); i++)
    {
      g_autoptr(SirkelEntity) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);
      SirkelId id;

      if (sirkel_entity_get_ref (link, "indicator_id", &id))
        g_ptr_array_add (linked, sirkel_id_to_string (&id));
    }
  g_ptr_array_add (linked, NULL);
  dialog = sirkel_indicator_picker_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               self->document, self->summaries,
                                               (const char * const *) linked->pdata);
  g_signal_connect_object (dialog, "picked", G_CALLBACK (picked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* finding.unlink (s): removes one link, by its id, as one action. */
static void
unlink_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelFindingEditor *self = SIRKEL_FINDING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  SirkelId link;

  if (!is_writable (self) || !sirkel_id_parse (&link, g_variant_get_string (parameter, NULL)))
    return;
  if (!sirkel_finding_unlink_indicator (sirkel_document_get_store (self->document), &link, &error))
    _sirkel_overview_toast_error (widget, error);
}

static void
sirkel_finding_editor_dispose (GObject *object)
{
  SirkelFindingEditor *self = SIRKEL_FINDING_EDITOR (object);

  if (self->title_row != NULL)
    {
      _sirkel_overview_unbind_fields (GTK_WIDGET (self->title_row), GTK_WIDGET (self->age_row),
                                      GTK_WIDGET (self->kind_row), GTK_WIDGET (self->category_row),
                                      GTK_WIDGET (self->description_view),
                                      GTK_WIDGET (self->causes_view),
                                      GTK_WIDGET (self->consequences_view),
                                      GTK_WIDGET (self->inequality_view),
                                      GTK_WIDGET (self->sources_view), NULL);
      gtk_list_box_bind_model (self->links_list, NULL, NULL, NULL, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_FINDING_EDITOR);
  g_clear_object (&self->finding_signals);
  g_clear_object (&self->summaries_signals);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->links);
  g_clear_object (&self->link_filter);
  g_clear_object (&self->finding);
  g_clear_object (&self->summaries);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_finding_editor_parent_class)->dispose (object);
}

static void
sirkel_finding_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SirkelFindingEditor *self = SIRKEL_FINDING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_FINDING:
      g_value_set_object (value, self->finding);
      break;
    case PROP_SUMMARIES:
      g_value_set_object (value, self->summaries);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_finding_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SirkelFindingEditor *self = SIRKEL_FINDING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_finding_editor_set_document (self, g_value_get_object (value));
      break;
    case PROP_FINDING:
      sirkel_finding_editor_set_finding (self, g_value_get_object (value));
      break;
    case PROP_SUMMARIES:
      sirkel_finding_editor_set_summaries (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_finding_editor_class_init (SirkelFindingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_finding_editor_dispose;
  object_class->get_property = sirkel_finding_editor_get_property;
  object_class->set_property = sirkel_finding_editor_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT, flags);
  properties [PROP_FINDING] =
    g_param_spec_object ("finding", NULL, NULL, SIRKEL_TYPE_ENTITY, flags);
  properties [PROP_SUMMARIES] =
    g_param_spec_object ("summaries", NULL, NULL, SIRKEL_TYPE_FINDING_SUMMARIES, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-finding-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, prioritised_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, age_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, causes_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, consequences_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, inequality_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, sources_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingEditor, links_list);

  gtk_widget_class_install_action (widget_class, "finding.add-indicators", NULL,
                                   add_indicators_action_cb);
  gtk_widget_class_install_action (widget_class, "finding.unlink", "s", unlink_action_cb);
}

static void
sirkel_finding_editor_init (SirkelFindingEditor *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->text_views[0] = self->description_view;
  self->text_views[1] = self->causes_view;
  self->text_views[2] = self->consequences_view;
  self->text_views[3] = self->inequality_view;
  self->text_views[4] = self->sources_view;
  gtk_string_list_append (categories, _("No category"));
  for (const char *c = SIRKEL_CATEGORIES; *c != '\0'; c++)
    {
      char code[2] = { *c, '\0' };
      g_autofree char *label = sirkel_category_dup_label (code);

      gtk_string_list_append (categories, label);
    }
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));

  self->link_filter = gtk_custom_filter_new (link_of_finding, self, NULL);
  self->links = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->link_filter)));
  rebind_links (self);

  self->finding_signals = g_signal_group_new (SIRKEL_TYPE_ENTITY);
  g_signal_group_connect_object (self->finding_signals, "notify::kind", G_CALLBACK (update_state),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->finding_signals, "notify::prioritised",
                                 G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  self->summaries_signals = g_signal_group_new (SIRKEL_TYPE_FINDING_SUMMARIES);
  g_signal_group_connect_object (self->summaries_signals, "changed", G_CALLBACK (rebind_links),
                                 self, G_CONNECT_SWAPPED);
  self->document_signals = g_signal_group_new (SIRKEL_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::read-only",
                                 G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  bind_fields (self);
}

/**
 * sirkel_finding_editor_get_document:
 *
 * Returns: (transfer none) (nullable): the project
 */
SirkelDocument *
sirkel_finding_editor_get_document (SirkelFindingEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_EDITOR (self), NULL);

  return self->document;
}

void
sirkel_finding_editor_set_document (SirkelFindingEditor *self,
                                    SirkelDocument      *document)
{
  g_return_if_fail (SIRKEL_IS_FINDING_EDITOR (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  gtk_filter_list_model_set_model (self->links, document != NULL
                                   ? sirkel_document_get_list (document, "finding_indicator")
                                   : NULL);
  g_clear_object (&self->finding);
  bind_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FINDING]);
}

/**
 * sirkel_finding_editor_get_finding:
 *
 * Returns: (transfer none) (nullable): the challenge or resource edited
 */
SirkelEntity *
sirkel_finding_editor_get_finding (SirkelFindingEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_EDITOR (self), NULL);

  return self->finding;
}

void
sirkel_finding_editor_set_finding (SirkelFindingEditor *self,
                                   SirkelEntity        *finding)
{
  g_return_if_fail (SIRKEL_IS_FINDING_EDITOR (self));
  g_return_if_fail (finding == NULL || SIRKEL_IS_ENTITY (finding));

  if (!g_set_object (&self->finding, finding))
    return;
  g_signal_group_set_target (self->finding_signals, finding);
  gtk_filter_changed (GTK_FILTER (self->link_filter), GTK_FILTER_CHANGE_DIFFERENT);
  bind_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FINDING]);
}

/**
 * sirkel_finding_editor_get_summaries:
 *
 * Returns: (transfer none) (nullable): the figures shown for the linked indicators
 */
SirkelFindingSummaries *
sirkel_finding_editor_get_summaries (SirkelFindingEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_EDITOR (self), NULL);

  return self->summaries;
}

void
sirkel_finding_editor_set_summaries (SirkelFindingEditor    *self,
                                     SirkelFindingSummaries *summaries)
{
  g_return_if_fail (SIRKEL_IS_FINDING_EDITOR (self));
  g_return_if_fail (summaries == NULL || SIRKEL_IS_FINDING_SUMMARIES (summaries));

  if (!g_set_object (&self->summaries, summaries))
    return;
  g_signal_group_set_target (self->summaries_signals, summaries);
  rebind_links (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARIES]);
}

/* Puts the cursor in the title, for a challenge or resource just added. */
void
sirkel_finding_editor_focus_title (SirkelFindingEditor *self)
{
  g_return_if_fail (SIRKEL_IS_FINDING_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
