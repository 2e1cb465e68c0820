/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelNewProjectDialog: the form for a new project. The municipality number is checked on
 * every keystroke and the reason shown under it; "Create" is enabled only for valid input
 * (the same rules as sirkel_document_new, which checks again). The period defaults to the
 * current election period.
 */
#define G_LOG_DOMAIN "sirkel-new-project-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-document.h"
#include "sirkel-geo-history.h"
#include "sirkel-new-project-dialog.h"

/* Norwegian municipal councils sit for four years from the year after an election (2023). */
#define FIRST_PERIOD_FROM 2024
#define MAX_PERIOD_YEARS  20

struct _SirkelNewProjectDialog
{
  AdwWindow      parent_instance;

  SirkelContext *context;

  /* Template children */
  AdwEntryRow   *kommune_row;
  AdwEntryRow   *name_row;
  AdwEntryRow   *title_row;
  GtkLabel      *kommune_message;
  GtkLabel      *period_message;
  GtkSpinButton *from_spin;
  GtkSpinButton *to_spin;
};

G_DEFINE_FINAL_TYPE (SirkelNewProjectDialog, sirkel_new_project_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
show_message (GtkWidget  *row,
              GtkLabel   *label,
              const char *text,
              gboolean    is_error)
{
  gtk_label_set_text (label, text);
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      gtk_widget_add_css_class (row, "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_widget_remove_css_class (row, "error");
    }
}

/* Returns the municipality number if it is valid, and explains what is wrong if not. */
static char *
check_kommune (SirkelNewProjectDialog *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->kommune_row)));
  GtkWidget *row = GTK_WIDGET (self->kommune_row);
  gsize len;

  g_strstrip (text);
  len = strlen (text);
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      {
        g_autofree char *problem = g_strdup_printf (_("Only digits, please: “%s” is not a "
                                                      "municipality number."), text);

        show_message (row, self->kommune_message, problem, TRUE);
        return NULL;
      }
  if (len > 4)
    show_message (row, self->kommune_message, _("A municipality number has four digits, not more."),
                  TRUE);
  else if (len > 0 && len < 4)
    show_message (row, self->kommune_message,
                  _("Type all four digits, with leading zeros: 0301, not 301."), FALSE);
  else if (len == 4 && sirkel_geo_history_lookup (text) != NULL)
    {
      g_autofree char *change = sirkel_geo_describe_change (sirkel_geo_history_lookup (text));
      /* Translators: %s is e.g. "3001 Halden is 3101 today". */
      g_autofree char *problem = g_strdup_printf (_("No longer in use: %s."), change);

      show_message (row, self->kommune_message, problem, TRUE);
      return NULL;
    }
  else
    show_message (row, self->kommune_message, _("Four digits, such as 0301 for Oslo."), FALSE);
  return len == 4 ? g_steal_pointer (&text) : NULL;
}

static gboolean
check_period (SirkelNewProjectDialog *self)
{
  int from = gtk_spin_button_get_value_as_int (self->from_spin);
  int to = gtk_spin_button_get_value_as_int (self->to_spin);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (self->to_spin), GTK_TYPE_LIST_BOX_ROW);

  if (to < from)
    show_message (row, self->period_message, _("The period cannot end before it starts."), TRUE);
  else if (to - from >= MAX_PERIOD_YEARS)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("A period can be at most %d year.",
                                                            "A period can be at most %d years.",
                                                            MAX_PERIOD_YEARS), MAX_PERIOD_YEARS);

      show_message (row, self->period_message, message, TRUE);
    }
  else
    {
      show_message (row, self->period_message, _("Usually the election period: four years."),
                    FALSE);
      return TRUE;
    }
  return FALSE;
}

static void
validate_cb (SirkelNewProjectDialog *self)
{
  g_autofree char *kommune = check_kommune (self);
  gboolean period_ok = check_period (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-project.create", kommune != NULL
                                 && period_ok);
}

static char *
dup_stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
create_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelNewProjectDialog *self = SIRKEL_NEW_PROJECT_DIALOG (widget);
  g_autofree char *kommune = check_kommune (self);
  g_autofree char *name = dup_stripped (self->name_row);
  g_autofree char *title = dup_stripped (self->title_row);
  g_autofree char *author = sirkel_context_dup_author (self->context);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  int from = gtk_spin_button_get_value_as_int (self->from_spin);
  int to = gtk_spin_button_get_value_as_int (self->to_spin);

  if (kommune == NULL || !check_period (self))
    return;
  if (*title == '\0')
    {
      g_free (title);
      /* Translators: default project title: municipality name or number, first and last year. */
      title = g_strdup_printf (_("Public health %s %d–%d"), *name != '\0' ? name : kommune, from,
                               to);
    }
  document = sirkel_document_new (kommune, name, from, to, title, author, &error);
  if (document == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Could Not Create the Project"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  g_signal_emit (self, signals [CREATED], 0, document);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sirkel_new_project_dialog_dispose (GObject *object)
{
  SirkelNewProjectDialog *self = SIRKEL_NEW_PROJECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_NEW_PROJECT_DIALOG);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sirkel_new_project_dialog_parent_class)->dispose (object);
}

static void
sirkel_new_project_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  SirkelNewProjectDialog *self = SIRKEL_NEW_PROJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_new_project_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  SirkelNewProjectDialog *self = SIRKEL_NEW_PROJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_new_project_dialog_class_init (SirkelNewProjectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_new_project_dialog_dispose;
  object_class->get_property = sirkel_new_project_dialog_get_property;
  object_class->set_property = sirkel_new_project_dialog_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SIRKEL_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* An event, not state: the new document, handed over once. */
  signals [CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SIRKEL_TYPE_DOCUMENT);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-new-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelNewProjectDialog, kommune_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelNewProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelNewProjectDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelNewProjectDialog, kommune_message);
  gtk_widget_class_bind_template_child (widget_class, SirkelNewProjectDialog, period_message);
  gtk_widget_class_bind_template_child (widget_class, SirkelNewProjectDialog, from_spin);
  gtk_widget_class_bind_template_child (widget_class, SirkelNewProjectDialog, to_spin);
  gtk_widget_class_bind_template_callback (widget_class, validate_cb);

  gtk_widget_class_install_action (widget_class, "new-project.create", NULL, create_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sirkel_new_project_dialog_init (SirkelNewProjectDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int from = sirkel_default_period_from (now);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_spin_button_set_value (self->from_spin, from);
  gtk_spin_button_set_value (self->to_spin, from + 3);
  validate_cb (self);
}

SirkelNewProjectDialog *
sirkel_new_project_dialog_new (GtkWindow     *parent,
                               SirkelContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SIRKEL_IS_CONTEXT (context), NULL);

  return g_object_new (SIRKEL_TYPE_NEW_PROJECT_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/**
 * sirkel_default_period_from:
 * @now: today
 *
 * Returns: the first year of the election period that @now falls in (2024 for 2024–2027)
 */
int
sirkel_default_period_from (GDateTime *now)
{
  int year = g_date_time_get_year (now);
  int offset = ((year - FIRST_PERIOD_FROM) % 4 + 4) % 4;

  return year - offset;
}
