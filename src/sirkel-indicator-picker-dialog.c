/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelIndicatorPickerDialog: see sirkel-indicator-picker-dialog.h. The rows follow a filter
 * model over the document's indicators; what is ticked lives in the picked set, so a tick
 * survives a search that hides its row for a while.
 *
 * Invariants: picked and linked hold id strings; indicators and filter are never NULL after
 * init.
 */
#define G_LOG_DOMAIN "sirkel-indicator-picker-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-indicator-picker-dialog.h"

struct _SirkelIndicatorPickerDialog
{
  AdwWindow               parent_instance;

  SirkelDocument         *document;
  SirkelFindingSummaries *summaries;
  GtkFilterListModel     *indicators;
  GtkCustomFilter        *filter;
  GHashTable             *picked;
  GHashTable             *linked;
  char                   *search;      /* casefolded, or NULL */

  /* Template children */
  GtkSearchEntry         *search_entry;
  GtkListBox             *indicator_list;
  GtkLabel               *placeholder;
};

G_DEFINE_FINAL_TYPE (SirkelIndicatorPickerDialog, sirkel_indicator_picker_dialog, ADW_TYPE_WINDOW)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static char *
searchable_text (SirkelEntity *indicator)
{
  const char *code = sirkel_entity_get_text (indicator, "category");
  g_autofree char *category = sirkel_category_dup_label (code);
  g_autofree char *text = g_strjoin (" ", sirkel_entity_get_title (indicator),
                                     sirkel_entity_get_text (indicator, "key"),
                                     sirkel_entity_get_text (indicator, "source"),
                                     category != NULL ? category : "", NULL);

  return g_utf8_casefold (text, -1);
}

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  SirkelIndicatorPickerDialog *self = user_data;
  g_autofree char *text = NULL;

  if (self->search == NULL || *self->search == '\0')
    return TRUE;
  text = searchable_text (item);
  return strstr (text, self->search) != NULL;
}

static void
update_actions (SirkelIndicatorPickerDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "picker.add",
                                 g_hash_table_size (self->picked) > 0);
}

static void
check_toggled_cb (GtkCheckButton              *check,
                  SirkelIndicatorPickerDialog *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "sirkel-indicator-id");

  if (g_hash_table_contains (self->linked, id))
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->picked, g_strdup (id));
  else
    g_hash_table_remove (self->picked, id);
  update_actions (self);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SirkelIndicatorPickerDialog *self = user_data;
  SirkelEntity *indicator = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *id = sirkel_entity_dup_id_string (indicator);
  const char *code = sirkel_entity_get_text (indicator, "category");
  g_autofree char *category = sirkel_category_dup_label (code);
  g_autofree char *figures = NULL;
  g_autofree char *subtitle = NULL;
  gboolean linked = g_hash_table_contains (self->linked, id);

  if (self->summaries != NULL)
    figures = sirkel_finding_summaries_dup_figures (self->summaries,
                                                    sirkel_entity_get_id (indicator));
  else
    figures = g_strdup ("");
  if (linked)
    /* Translators: an indicator in the picker that the challenge is linked to already. */
    subtitle = g_strdup_printf (_("Linked already · %s"), figures);
  else if (category != NULL)
    subtitle = g_strdup_printf ("%s · %s", category, figures);
  else
    subtitle = g_steal_pointer (&figures);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sirkel_entity_get_title (indicator));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               linked || g_hash_table_contains (self->picked, id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sirkel_entity_get_title (indicator), -1);
  g_object_set_data_full (G_OBJECT (check), "sirkel-indicator-id", g_steal_pointer (&id), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_set_sensitive (row, !linked);
  return row;
}

static void
rebind (SirkelIndicatorPickerDialog *self)
{
  gtk_list_box_bind_model (self->indicator_list, G_LIST_MODEL (self->indicators), create_row, self,
                           NULL);
}

static void
search_changed_cb (SirkelIndicatorPickerDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_free (self->search);
  self->search = g_utf8_casefold (text, -1);
  if (*text != '\0')
    gtk_label_set_label (self->placeholder, _("No indicator matches the search"));
  else
    gtk_label_set_label (self->placeholder, _("The project has no indicators yet. Import "
                                              "statistics on the Data page."));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* picker.add: hands the ticked indicators over and closes. */
static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SirkelIndicatorPickerDialog *self = SIRKEL_INDICATOR_PICKER_DIALOG (widget);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GListModel *all = gtk_filter_list_model_get_model (self->indicators);

  /* In the project's order of indicators rather than the set's. */
  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SirkelEntity) indicator = g_list_model_get_item (all, i);
      g_autofree char *id = sirkel_entity_dup_id_string (indicator);
      char *key = NULL;

      if (g_hash_table_lookup_extended (self->picked, id, (gpointer *) &key, NULL))
        g_ptr_array_add (ids, key);
    }
  g_ptr_array_add (ids, NULL);
  g_object_ref (self);
  g_signal_emit (self, signals [PICKED], 0, (const char * const *) ids->pdata);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
sirkel_indicator_picker_dialog_dispose (GObject *object)
{
  SirkelIndicatorPickerDialog *self = SIRKEL_INDICATOR_PICKER_DIALOG (object);

  if (self->indicator_list != NULL)
    gtk_list_box_bind_model (self->indicator_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_INDICATOR_PICKER_DIALOG);
  g_clear_object (&self->indicators);
  g_clear_object (&self->filter);
  g_clear_object (&self->summaries);
  g_clear_object (&self->document);
  g_clear_pointer (&self->picked, g_hash_table_unref);
  g_clear_pointer (&self->linked, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (sirkel_indicator_picker_dialog_parent_class)->dispose (object);
}

static void
sirkel_indicator_picker_dialog_class_init (SirkelIndicatorPickerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_indicator_picker_dialog_dispose;

  /**
   * SirkelIndicatorPickerDialog::picked:
   * @ids: the ids of the indicators ticked, in the project's order
   *
   * The user chose Add; the dialog closes right after.
   */
  signals [PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-indicator-picker-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorPickerDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorPickerDialog, indicator_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelIndicatorPickerDialog, placeholder);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "picker.add", NULL, add_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sirkel_indicator_picker_dialog_init (SirkelIndicatorPickerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->picked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filter = gtk_custom_filter_new (matches_search, self, NULL);
  self->indicators = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  search_changed_cb (self);
  update_actions (self);
}

/**
 * sirkel_indicator_picker_dialog_new:
 * @parent: (nullable): the window to be modal for
 * @summaries: (nullable): the figures to show with each indicator
 * @linked: (nullable) (array zero-terminated=1): ids of the indicators linked already
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
SirkelIndicatorPickerDialog *
sirkel_indicator_picker_dialog_new (GtkWindow              *parent,
                                    SirkelDocument         *document,
                                    SirkelFindingSummaries *summaries,
                                    const char * const     *linked)
{
  SirkelIndicatorPickerDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (summaries == NULL || SIRKEL_IS_FINDING_SUMMARIES (summaries), NULL);

  self = g_object_new (SIRKEL_TYPE_INDICATOR_PICKER_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->summaries = summaries != NULL ? g_object_ref (summaries) : NULL;
  for (guint i = 0; linked != NULL && linked[i] != NULL; i++)
    g_hash_table_add (self->linked, g_strdup (linked[i]));
  gtk_filter_list_model_set_model (self->indicators,
                                   sirkel_document_get_list (document, "indicator"));
  rebind (self);
  return self;
}

/* Ticks or unticks an indicator by its id, as its check button would. */
void
sirkel_indicator_picker_dialog_set_picked (SirkelIndicatorPickerDialog *self,
                                           const char                  *id,
                                           gboolean                     picked)
{
  g_return_if_fail (SIRKEL_IS_INDICATOR_PICKER_DIALOG (self));
  g_return_if_fail (id != NULL);

  if (g_hash_table_contains (self->linked, id))
    return;
  if (picked)
    g_hash_table_add (self->picked, g_strdup (id));
  else
    g_hash_table_remove (self->picked, id);
  rebind (self);
  update_actions (self);
}

void
sirkel_indicator_picker_dialog_set_search (SirkelIndicatorPickerDialog *self,
                                           const char                  *text)
{
  g_return_if_fail (SIRKEL_IS_INDICATOR_PICKER_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* The entry reports the change after a delay; the list follows at once. */
  search_changed_cb (self);
}

/* How many indicators the list shows under the current search. */
guint
sirkel_indicator_picker_dialog_count_shown (SirkelIndicatorPickerDialog *self)
{
  g_return_val_if_fail (SIRKEL_IS_INDICATOR_PICKER_DIALOG (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
}
