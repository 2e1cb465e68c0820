/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelNextPeriodDialog: see sirkel-next-period-dialog.h. The suggested file sits beside this
 * project's file (or in the Documents folder for a project not saved yet) and is named like
 * it, with this period's years replaced by the new period's, or added; it follows the period
 * until the user chooses a file. The title is suggested the same way. The counts of what will
 * be carried are read from the document's lists with the same rules as the core.
 *
 * Invariants: document is set at construction and never changes; path is never NULL after
 * init; path_chosen says that the user chose path, so a change of period leaves it alone.
 */
#define G_LOG_DOMAIN "sirkel-next-period-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-file-chooser.h"
#include "sirkel-next-period.h"
#include "sirkel-next-period-dialog.h"

struct _SirkelNextPeriodDialog
{
  AdwWindow            parent_instance;

  SirkelDocument      *document;
  char                *path;
  gboolean             path_chosen;
  int                  old_from;
  int                  old_to;

  /* Template children */
  GtkSpinButton       *from_spin;
  GtkSpinButton       *to_spin;
  AdwEntryRow         *title_row;
  AdwActionRow        *path_row;
  GtkLabel            *message_label;
  AdwPreferencesGroup *carried_group;
};

G_DEFINE_FINAL_TYPE (SirkelNextPeriodDialog, sirkel_next_period_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* @text with this period's years ("2024–2027", "2024-2027", "2024_2027") made the new
 * period's; NULL when @text does not name this period. */
static char *
replace_period (SirkelNextPeriodDialog *self,
                const char             *text,
                int                     from,
                int                     to)
{
  static const char * const separators[] = { "–", "-", "_", " – ", NULL };

  for (guint i = 0; separators[i] != NULL; i++)
    {
      g_autofree char *old = g_strdup_printf ("%d%s%d", self->old_from, separators[i],
                                              self->old_to);
      g_autofree char *new = g_strdup_printf ("%d%s%d", from, separators[i], to);
      g_auto(GStrv) parts = NULL;

      if (strstr (text, old) == NULL)
        continue;
      parts = g_strsplit (text, old, -1);
      return g_strjoinv (new, parts);
    }
  return NULL;
}

static char *
suggest_path (SirkelNextPeriodDialog *self,
              int                     from,
              int                     to)
{
  const char *current = sirkel_document_get_path (self->document);
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *path;

  if (current != NULL)
    {
      g_autofree char *file = g_path_get_basename (current);

      folder = g_path_get_dirname (current);
      base = g_str_has_suffix (file, ".sirkel")
             ? g_strndup (file, strlen (file) - strlen (".sirkel")) : g_strdup (file);
    }
  else
    {
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

      folder = g_strdup (documents != NULL ? documents : g_get_home_dir ());
      base = sirkel_document_dup_title (self->document);
      g_strdelimit (base, "/\\", '-');
    }
  name = replace_period (self, base, from, to);
  if (name == NULL)
    name = g_strdup_printf ("%s %d–%d", base, from, to);
  path = g_strdup_printf ("%s%s%s.sirkel", folder, G_DIR_SEPARATOR_S, name);
  /* Never suggest a file that is there already. */
  for (int n = 2; g_file_test (path, G_FILE_TEST_EXISTS) && n < 100; n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s%s%s (%d).sirkel", folder, G_DIR_SEPARATOR_S, name, n);
    }
  return path;
}

static void
show_message (SirkelNextPeriodDialog *self,
              const char             *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static gboolean
check_period (SirkelNextPeriodDialog *self)
{
  int from = gtk_spin_button_get_value_as_int (self->from_spin);
  int to = gtk_spin_button_get_value_as_int (self->to_spin);

  if (to < from)
    {
      show_message (self, _("The period cannot end before it starts."));
      return FALSE;
    }
  if (to > from + 20)
    {
      show_message (self, _("A period can be at most 20 years."));
      return FALSE;
    }
  show_message (self, NULL);
  return TRUE;
}

static void
period_changed_cb (SirkelNextPeriodDialog *self)
{
  gboolean ok = check_period (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "next-period.start", ok);
  if (ok && !self->path_chosen)
    {
      int from = gtk_spin_button_get_value_as_int (self->from_spin);
      int to = gtk_spin_button_get_value_as_int (self->to_spin);
      g_autofree char *path = suggest_path (self, from, to);

      sirkel_next_period_dialog_set_path (self, path);
      self->path_chosen = FALSE;
    }
}

/* The rows that say what goes into the new period, and how many of each. */
static void
add_carried_rows (SirkelNextPeriodDialog *self)
{
  SirkelCarriedCounts counts = { 0 };
  guint n[5];
  g_autoptr(GError) error = NULL;
  static const char * const titles[] = {
    N_("Challenges"), N_("Goals"), N_("Measures that are not completed or stopped"),
    N_("Lessons marked “carry forward”"), N_("Yearly events of the year wheel"),
  };
  static const char * const subtitles[] = {
    N_("With their causes and consequences; the indicators are imported anew"),
    N_("With their sub-goals and the challenges they answer"),
    N_("With their goals, partners, logic models and the budget of the new years"),
    N_("Linked to the measure or goal they came from, when that goes too"),
    N_("The deadlines that come back every year"),
  };

  /* A project that cannot be read shows zeros here; starting then says what is wrong. */
  if (!sirkel_next_period_count (sirkel_document_get_store (self->document), &counts, &error))
    g_debug ("Counting what the next period carries: %s", error->message);
  n[0] = counts.challenges;
  n[1] = counts.goals;
  n[2] = counts.measures;
  n[3] = counts.lessons;
  n[4] = counts.events;
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *count = g_strdup_printf ("%u", n[i]);
      GtkWidget *label = gtk_label_new (count);
      g_autofree char *accessible = g_strdup_printf ("%s: %u", _(titles[i]), n[i]);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(titles[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(subtitles[i]));
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      adw_preferences_group_add (self->carried_group, row);
    }
}

static char *
summarise (const SirkelCarriedCounts *counts,
           int                        from,
           int                        to)
{
  /* Translators: a toast after starting the next period: the new period, then how many
   * challenges, goals, measures, lessons and year-wheel events were carried forward. */
  return g_strdup_printf (_("Next period %d–%d started. Carried forward: challenges %u, goals %u, "
                            "measures %u, lessons %u, year-wheel events %u."),
                          from, to, counts->challenges, counts->goals, counts->measures,
                          counts->lessons, counts->events);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SirkelNextPeriodDialog *self = SIRKEL_NEXT_PERIOD_DIALOG (widget);
  SirkelStore *store = sirkel_document_get_store (self->document);
  int from = gtk_spin_button_get_value_as_int (self->from_spin);
  int to = gtk_spin_button_get_value_as_int (self->to_spin);
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_autofree char *summary = NULL;
  g_autofree char *path = g_strdup (self->path);
  g_autoptr(GError) error = NULL;
  SirkelCarriedCounts counts = { 0 };

  if (!check_period (self))
    return;
  g_strstrip (title);
  if (!sirkel_next_period_create (store, sirkel_document_get_path (self->document), path, from, to,
                                  title, sirkel_store_get_author (store), &counts, &error))
    {
      show_message (self, error->message);
      return;
    }
  summary = summarise (&counts, from, to);
  g_object_ref (self);
  g_signal_emit (self, signals [CREATED], 0, path, summary);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
file_chosen_cb (const char *path,
                gpointer    user_data)
{
  g_autoptr(SirkelNextPeriodDialog) self = user_data;
  g_autofree char *with_suffix = NULL;

  if (path == NULL)
    return;
  with_suffix = g_str_has_suffix (path, ".sirkel") ? g_strdup (path)
                                                   : g_strconcat (path, ".sirkel", NULL);
  sirkel_next_period_dialog_set_path (self, with_suffix);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelNextPeriodDialog *self = SIRKEL_NEXT_PERIOD_DIALOG (widget);
  g_autofree char *folder = g_path_get_dirname (self->path);
  g_autofree char *name = g_path_get_basename (self->path);

  sirkel_file_chooser_save (GTK_WINDOW (self), folder, name, file_chosen_cb, g_object_ref (self));
}

static void
sirkel_next_period_dialog_dispose (GObject *object)
{
  SirkelNextPeriodDialog *self = SIRKEL_NEXT_PERIOD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_NEXT_PERIOD_DIALOG);
  g_clear_object (&self->document);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sirkel_next_period_dialog_parent_class)->dispose (object);
}

static void
sirkel_next_period_dialog_class_init (SirkelNextPeriodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_next_period_dialog_dispose;

  /**
   * SirkelNextPeriodDialog::created:
   * @path: the new project file
   * @summary: what was carried, as a sentence for a toast
   */
  signals [CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-next-period-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelNextPeriodDialog, from_spin);
  gtk_widget_class_bind_template_child (widget_class, SirkelNextPeriodDialog, to_spin);
  gtk_widget_class_bind_template_child (widget_class, SirkelNextPeriodDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelNextPeriodDialog, path_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelNextPeriodDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelNextPeriodDialog, carried_group);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);

  gtk_widget_class_install_action (widget_class, "next-period.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "next-period.choose-file", NULL,
                                   choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sirkel_next_period_dialog_init (SirkelNextPeriodDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->path = g_strdup ("");
}

/**
 * sirkel_next_period_dialog_new:
 * @document: the project whose next period is started
 *
 * Returns: (transfer none): the dialog, not yet shown; it destroys itself when done
 */
SirkelNextPeriodDialog *
sirkel_next_period_dialog_new (GtkWindow      *parent,
                               SirkelDocument *document)
{
  SirkelNextPeriodDialog *self;
  SirkelEntity *project;
  g_autofree char *title = NULL;
  g_autofree char *new_title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);

  self = g_object_new (SIRKEL_TYPE_NEXT_PERIOD_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  project = sirkel_document_get_project (document);
  self->old_from = project != NULL ? (int) sirkel_entity_get_int (project, "period_from") : 0;
  self->old_to = project != NULL ? (int) sirkel_entity_get_int (project, "period_to") : 0;
  title = sirkel_document_dup_title (document);
  new_title = replace_period (self, title != NULL ? title : "", self->old_to + 1, self->old_to + 4);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), new_title != NULL ? new_title
                                                         : title != NULL ? title : "");
  add_carried_rows (self);
  /* The next election period: the four years after this one. */
  sirkel_next_period_dialog_set_period (self, self->old_to + 1, self->old_to + 4);
  return self;
}

const char *
sirkel_next_period_dialog_get_path (SirkelNextPeriodDialog *self)
{
  g_return_val_if_fail (SIRKEL_IS_NEXT_PERIOD_DIALOG (self), NULL);

  return self->path;
}

/* Where to save the new project, as if the user had chosen it. */
void
sirkel_next_period_dialog_set_path (SirkelNextPeriodDialog *self,
                                    const char             *path)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (SIRKEL_IS_NEXT_PERIOD_DIALOG (self));
  g_return_if_fail (path != NULL);

  g_free (self->path);
  self->path = g_strdup (path);
  self->path_chosen = TRUE;
  shown = g_filename_display_name (path);
  adw_action_row_set_subtitle (self->path_row, shown);
  show_message (self, NULL);
}

void
sirkel_next_period_dialog_set_period (SirkelNextPeriodDialog *self,
                                      int                     from,
                                      int                     to)
{
  g_return_if_fail (SIRKEL_IS_NEXT_PERIOD_DIALOG (self));

  gtk_spin_button_set_value (self->from_spin, from);
  gtk_spin_button_set_value (self->to_spin, to);
  period_changed_cb (self);
}
