/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalPicker: see sirkel-goal-picker.h. The choices are AdwActionRows in a list box
 * with a filter function; each row carries its id and its folded search text as data.
 */
#define G_LOG_DOMAIN "sirkel-goal-picker"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-goal-picker.h"

#define ID_KEY "sirkel-picker-id"
#define TEXT_KEY "sirkel-picker-text"

struct _SirkelGoalPicker
{
  AdwWindow        parent_instance;

  char            *query;       /* folded search text, never NULL */
  guint            n_choices;

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkSearchEntry  *search_entry;
  GtkListBox      *list_box;
  GtkLabel        *placeholder;
};

G_DEFINE_FINAL_TYPE (SirkelGoalPicker, sirkel_goal_picker, ADW_TYPE_WINDOW)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  SirkelGoalPicker *self = user_data;
  const char *text = g_object_get_data (G_OBJECT (row), TEXT_KEY);

  return *self->query == '\0' || (text != NULL && strstr (text, self->query) != NULL);
}

static void
search_changed_cb (SirkelGoalPicker *self)
{
  g_free (self->query);
  self->query = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
pick_row (SirkelGoalPicker *self,
          GtkListBoxRow    *row)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), ID_KEY));

  g_signal_emit (self, signals [PICKED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
row_activated_cb (SirkelGoalPicker *self,
                  GtkListBoxRow    *row)
{
  pick_row (self, row);
}

/* Enter in the search field picks the first row that matches. */
static void
search_activate_cb (SirkelGoalPicker *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child) &&
        g_object_get_data (G_OBJECT (child), ID_KEY) != NULL)
      {
        pick_row (self, GTK_LIST_BOX_ROW (child));
        return;
      }
}

static void
sirkel_goal_picker_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_GOAL_PICKER);

  G_OBJECT_CLASS (sirkel_goal_picker_parent_class)->dispose (object);
}

static void
sirkel_goal_picker_finalize (GObject *object)
{
  SirkelGoalPicker *self = SIRKEL_GOAL_PICKER (object);

  g_free (self->query);

  G_OBJECT_CLASS (sirkel_goal_picker_parent_class)->finalize (object);
}

static void
sirkel_goal_picker_class_init (SirkelGoalPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_goal_picker_dispose;
  object_class->finalize = sirkel_goal_picker_finalize;

  /* The id of the chosen item. */
  signals [PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-goal-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalPicker, list_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelGoalPicker, placeholder);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sirkel_goal_picker_init (SirkelGoalPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = g_strdup ("");
  gtk_list_box_set_filter_func (self->list_box, filter_cb, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * sirkel_goal_picker_new:
 * @empty_text: what the list says when there is nothing to pick from
 *
 * Returns: (transfer none): a new picker, modal over @parent; present it after adding the
 *   choices
 */
SirkelGoalPicker *
sirkel_goal_picker_new (GtkWindow  *parent,
                        const char *title,
                        const char *empty_text)
{
  SirkelGoalPicker *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (SIRKEL_TYPE_GOAL_PICKER, "transient-for", parent, "modal", TRUE,
                       "title", title, NULL);
  adw_window_title_set_title (self->window_title, title);
  gtk_label_set_label (self->placeholder, empty_text);
  return self;
}

void
sirkel_goal_picker_add (SirkelGoalPicker *self,
                        const char       *id,
                        const char       *title,
                        const char       *subtitle)
{
  GtkWidget *row;
  g_autofree char *text = NULL;

  g_return_if_fail (SIRKEL_IS_GOAL_PICKER (self));
  g_return_if_fail (id != NULL && title != NULL);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  text = g_strconcat (title, "\n", subtitle != NULL ? subtitle : "", NULL);
  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (row), TEXT_KEY, fold (text), g_free);
  gtk_list_box_append (self->list_box, row);
  self->n_choices++;
}

/* Marks the choice with @id as the one chosen now. */
void
sirkel_goal_picker_set_current (SirkelGoalPicker *self,
                                const char       *id)
{
  g_return_if_fail (SIRKEL_IS_GOAL_PICKER (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (id != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (child), ID_KEY), id) == 0)
      {
        GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

        gtk_widget_set_tooltip_text (check, _("Chosen now"));
        adw_action_row_add_suffix (ADW_ACTION_ROW (child), check);
      }
}

guint
sirkel_goal_picker_get_n_choices (SirkelGoalPicker *self)
{
  g_return_val_if_fail (SIRKEL_IS_GOAL_PICKER (self), 0);

  return self->n_choices;
}

/* Picks the choice with @id as a click on its row would; for tests. */
gboolean
sirkel_goal_picker_pick (SirkelGoalPicker *self,
                         const char       *id)
{
  g_return_val_if_fail (SIRKEL_IS_GOAL_PICKER (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), ID_KEY), id) == 0)
      {
        pick_row (self, GTK_LIST_BOX_ROW (child));
        return TRUE;
      }
  return FALSE;
}

SirkelGoalPicker *
sirkel_goal_picker_new_for_indicators (GtkWindow      *parent,
                                       const char     *title,
                                       SirkelDocument *document,
                                       SirkelEntity   *current)
{
  GListModel *indicators = sirkel_document_get_list (document, "indicator");
  SirkelGoalPicker *self;

  self = sirkel_goal_picker_new (parent, title,
                                 _("The project has no indicators yet. Import statistics "
                                   "on the Data page first."));
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SirkelEntity) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *id = sirkel_entity_dup_id_string (indicator);
      g_autofree char *category = sirkel_category_dup_label (sirkel_entity_get_text (indicator, "category"));
      const char *unit = sirkel_entity_get_text (indicator, "unit");
      g_autofree char *subtitle = NULL;

      if (category != NULL && unit != NULL && *unit != '\0')
        subtitle = g_strdup_printf ("%s · %s", category, unit);
      else
        subtitle = g_strdup (category != NULL ? category : unit);
      sirkel_goal_picker_add (self, id, sirkel_entity_get_title (indicator), subtitle);
    }
  if (current != NULL)
    {
      g_autofree char *current_id = sirkel_entity_dup_id_string (current);

      sirkel_goal_picker_set_current (self, current_id);
    }
  return self;
}
