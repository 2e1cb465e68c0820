/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingSuggestionsDialog: see sirkel-finding-suggestions-dialog.h. The suggestions
 * are computed when the dialog opens and again after each acceptance (which changes what is
 * linked); a rejection only takes the row away.
 *
 * Invariants: suggestions holds the SirkelFindingSuggestions shown, in the list's order;
 * rejected is the caller's set of indicator id strings.
 */
#define G_LOG_DOMAIN "sirkel-finding-suggestions-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-finding-suggestions-dialog.h"
#include "sirkel-findings.h"

struct _SirkelFindingSuggestionsDialog
{
  AdwWindow       parent_instance;

  SirkelDocument *document;
  GHashTable     *rejected;
  GPtrArray      *suggestions;

  /* Template children */
  GtkListBox     *suggestion_list;
};

G_DEFINE_FINAL_TYPE (SirkelFindingSuggestionsDialog, sirkel_finding_suggestions_dialog,
                     ADW_TYPE_WINDOW)

enum {
  ACCEPTED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static GtkWidget *
create_row (SirkelFindingSuggestion *suggestion)
{
  const SirkelIndicatorSummary *summary = suggestion->summary;
  g_autofree char *id = sirkel_id_to_string (&summary->id);
  g_autofree char *category = sirkel_category_dup_label (summary->category);
  g_autofree char *accept_tooltip = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (summary->title);
  GtkWidget *caption = gtk_label_new (category != NULL ? category : _("No category"));
  GtkWidget *reason = gtk_label_new (suggestion->reason);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *reject = gtk_button_new_with_mnemonic (_("_Reject"));
  GtkWidget *accept = gtk_button_new_with_mnemonic (_("_Accept"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (reject), "suggestion.reject");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (reject), g_variant_new_string (id));
  gtk_widget_set_tooltip_text (reject, _("Not a challenge here; hide it for now"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (accept), "suggestion.accept");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (accept), g_variant_new_string (id));
  /* Translators: tooltip of Accept in the suggested challenges; %s is the indicator. */
  accept_tooltip = g_strdup_printf (_("Add the challenge “%s”, linked to the indicator"),
                                    summary->title);
  gtk_widget_set_tooltip_text (accept, accept_tooltip);
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), reject);
  gtk_box_append (GTK_BOX (buttons), accept);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
reload (SirkelFindingSuggestionsDialog *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestion_list))) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->suggestion_list, child);
  g_ptr_array_set_size (self->suggestions, 0);

  all = sirkel_finding_suggestions (sirkel_document_get_store (self->document), &error);
  if (all == NULL)
    {
      g_warning ("Could not find suggestions: %s", error->message);
      return;
    }
  for (guint i = 0; i < all->len; i++)
    {
      SirkelFindingSuggestion *suggestion = g_ptr_array_index (all, i);
      g_autofree char *id = sirkel_id_to_string (&suggestion->summary->id);

      if (g_hash_table_contains (self->rejected, id))
        continue;
      g_ptr_array_add (self->suggestions, g_steal_pointer (&all->pdata[i]));
      gtk_list_box_append (self->suggestion_list, create_row (suggestion));
    }
}

static guint
find_suggestion (SirkelFindingSuggestionsDialog *self,
                 const char                     *id_text)
{
  SirkelId id;

  if (!sirkel_id_parse (&id, id_text))
    return G_MAXUINT;
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      SirkelFindingSuggestion *suggestion = g_ptr_array_index (self->suggestions, i);

      if (sirkel_id_equal (&suggestion->summary->id, &id))
        return i;
    }
  return G_MAXUINT;
}

/* suggestion.accept (s): the indicator's id. */
static void
accept_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelFindingSuggestionsDialog *self = SIRKEL_FINDING_SUGGESTIONS_DIALOG (widget);
  guint index = find_suggestion (self, g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *challenge_id = NULL;
  SirkelFindingSuggestion *suggestion;
  SirkelId challenge;

  if (index == G_MAXUINT || sirkel_document_get_read_only (self->document))
    return;
  suggestion = g_ptr_array_index (self->suggestions, index);
  if (!sirkel_finding_accept_suggestion (sirkel_document_get_store (self->document),
                                         suggestion->summary, &challenge, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("The Challenge Was Not Added"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  challenge_id = sirkel_id_to_string (&challenge);
  reload (self);
  g_signal_emit (self, signals [ACCEPTED], 0, challenge_id);
}

/* suggestion.reject (s): the indicator's id. */
static void
reject_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelFindingSuggestionsDialog *self = SIRKEL_FINDING_SUGGESTIONS_DIALOG (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (find_suggestion (self, id) == G_MAXUINT)
    return;
  g_hash_table_add (self->rejected, g_strdup (id));
  reload (self);
}

static void
sirkel_finding_suggestions_dialog_dispose (GObject *object)
{
  SirkelFindingSuggestionsDialog *self = SIRKEL_FINDING_SUGGESTIONS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_FINDING_SUGGESTIONS_DIALOG);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rejected, g_hash_table_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);

  G_OBJECT_CLASS (sirkel_finding_suggestions_dialog_parent_class)->dispose (object);
}

static void
sirkel_finding_suggestions_dialog_class_init (SirkelFindingSuggestionsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_finding_suggestions_dialog_dispose;

  /**
   * SirkelFindingSuggestionsDialog::accepted:
   * @id: the new challenge's id
   *
   * A suggestion was accepted and its challenge added.
   */
  signals [ACCEPTED] =
    g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-finding-suggestions-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingSuggestionsDialog,
                                        suggestion_list);

  gtk_widget_class_install_action (widget_class, "suggestion.accept", "s", accept_action_cb);
  gtk_widget_class_install_action (widget_class, "suggestion.reject", "s", reject_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sirkel_finding_suggestions_dialog_init (SirkelFindingSuggestionsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->suggestions =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_finding_suggestion_free);
}

/**
 * sirkel_finding_suggestions_dialog_new:
 * @parent: (nullable): the window to be modal for
 * @rejected: a set of indicator id strings (g_str_hash, owned keys) that are not suggested,
 *   and to which Reject adds
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
SirkelFindingSuggestionsDialog *
sirkel_finding_suggestions_dialog_new (GtkWindow      *parent,
                                       SirkelDocument *document,
                                       GHashTable     *rejected)
{
  SirkelFindingSuggestionsDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (rejected != NULL, NULL);

  self = g_object_new (SIRKEL_TYPE_FINDING_SUGGESTIONS_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->rejected = g_hash_table_ref (rejected);
  reload (self);
  return self;
}

guint
sirkel_finding_suggestions_dialog_get_n_suggestions (SirkelFindingSuggestionsDialog *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_SUGGESTIONS_DIALOG (self), 0);

  return self->suggestions->len;
}

/**
 * sirkel_finding_suggestions_dialog_dup_indicator_id:
 *
 * Returns: (transfer full) (nullable): the id of the indicator of the @index-th suggestion
 */
char *
sirkel_finding_suggestions_dialog_dup_indicator_id (SirkelFindingSuggestionsDialog *self,
                                                    guint                           index)
{
  SirkelFindingSuggestion *suggestion;

  g_return_val_if_fail (SIRKEL_IS_FINDING_SUGGESTIONS_DIALOG (self), NULL);

  if (index >= self->suggestions->len)
    return NULL;
  suggestion = g_ptr_array_index (self->suggestions, index);
  return sirkel_id_to_string (&suggestion->summary->id);
}
