/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Number and date bindings; see sirkel-plan-fields.h. One Binding per widget, kept as the
 * widget's object data like sirkel-field-editor.c's, so a rebind replaces it and it goes with
 * the widget. "edited" is set while the text differs from what was loaded; a change of the
 * field from elsewhere (undo, redo) replaces the text only when the user has not edited it.
 */
#define G_LOG_DOMAIN "sirkel-plan-fields"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"
#include "sirkel-text.h"

#define BINDING_KEY "sirkel-plan-field-binding"
#define REQUIRED_KEY "sirkel-plan-field-required"

typedef struct
{
  GtkWidget      *widget;      /* not owned: the binding is the widget's data */
  SirkelDocument *document;
  SirkelEntity   *entity;
  char           *field;
  gboolean        is_date;
  gboolean        is_integer;
  gboolean        required;    /* empty text cannot be read (a NOT NULL column) */
  gboolean        loading;
  gboolean        edited;
  gulong          notify_handler;
  gulong          changed_handler;
} Binding;

static GtkEditable *
editable_of (Binding *binding)
{
  return GTK_EDITABLE (binding->widget);
}

static void
show_error (Binding    *binding,
            const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (binding->widget, "error");
      gtk_widget_set_tooltip_text (binding->widget, message);
    }
  else if (gtk_widget_has_css_class (binding->widget, "error"))
    {
      gtk_widget_remove_css_class (binding->widget, "error");
      gtk_widget_set_tooltip_text (binding->widget, NULL);
    }
}

static void
load (Binding *binding)
{
  g_autofree char *text = NULL;

  if (binding->entity != NULL && !sirkel_entity_is_null (binding->entity, binding->field))
    {
      if (binding->is_date)
        {
          const char *iso = sirkel_entity_get_text (binding->entity, binding->field);
          unsigned int year, month, day;

          /* Shown the way it is typed: 26.09.2024. */
          if (sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) == 3)
            text = g_strdup_printf ("%02u.%02u.%04u", day, month, year);
          else
            text = g_strdup (iso);
        }
      else if (binding->is_integer)
        text = g_strdup_printf ("%" G_GINT64_FORMAT,
                                sirkel_entity_get_int (binding->entity, binding->field));
      else
        text = sirkel_plan_format_number (sirkel_entity_get_double (binding->entity, binding->field));
    }
  binding->loading = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (editable_of (binding)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable_of (binding), text != NULL ? text : "");
  binding->loading = FALSE;
  binding->edited = FALSE;
  gtk_widget_set_sensitive (binding->widget, binding->entity != NULL);
  show_error (binding, NULL);
}

/**
 * sirkel_plan_parse_date:
 * @iso_date: (out) (optional): the date as YYYY-MM-DD, or %NULL for empty text
 *
 * Returns: whether @text is empty or a real date, written 2025-03-27, 27.03.2025 or 27/3/2025
 */
gboolean
sirkel_plan_parse_date (const char  *text,
                        char       **iso_date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  unsigned int a = 0, b = 0, c = 0;
  int year, month, day;
  char tail = '\0';

  if (iso_date != NULL)
    *iso_date = NULL;
  if (*stripped == '\0')
    return TRUE;
  if (sscanf (stripped, "%4u-%2u-%2u%c", &a, &b, &c, &tail) == 3)
    year = (int) a, month = (int) b, day = (int) c;
  else if (sscanf (stripped, "%2u.%2u.%4u%c", &a, &b, &c, &tail) == 3 ||
           sscanf (stripped, "%2u/%2u/%4u%c", &a, &b, &c, &tail) == 3)
    day = (int) a, month = (int) b, year = (int) c;
  else
    return FALSE;
  if (year < 1000 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  if (iso_date != NULL)
    *iso_date = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  return TRUE;
}

/* Reads the entry; returns NULL (with *message set) when it cannot be read. */
static GVariant *
read_value (Binding     *binding,
            const char **message)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable_of (binding))));
  g_autofree char *iso = NULL;
  double value;

  if (*text == '\0' && !binding->required)
    return sirkel_value_null ();
  if (binding->is_date)
    {
      if (*text == '\0' || !sirkel_plan_parse_date (text, &iso))
        {
          *message = _("Write the date as 27.03.2025 or 2025-03-27");
          return NULL;
        }
      return sirkel_value_text (iso);
    }
  /* Both decimal marks (a comma as Norwegian is written, a point as figures are copied) and
   * spaces between thousands ("1 234,5"), whatever the locale. */
  if (!sirkel_parse_number (text, 0, &value))
    {
      *message = binding->is_integer ? _("Write a whole number, such as 2027")
                                     : _("Write a number, such as 16,3");
      return NULL;
    }
  if (binding->is_integer)
    {
      if (value != floor (value))
        {
          *message = _("Write a whole number, such as 2027");
          return NULL;
        }
      return sirkel_value_int ((gint64) value);
    }
  return sirkel_value_double (value);
}

static void
commit (Binding *binding)
{
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GError) error = NULL;
  const char *message = NULL;
  GVariant *stored;

  if (binding->entity == NULL || !binding->edited)
    return;
  value = read_value (binding, &message);
  if (value == NULL)
    {
      show_error (binding, message);
      return;
    }
  g_variant_ref_sink (value);
  stored = sirkel_entity_get_value (binding->entity, binding->field);
  if ((stored == NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE)) ||
      (stored != NULL && g_variant_equal (stored, value)))
    {
      load (binding);
      return;
    }
  if (!sirkel_document_set (binding->document, binding->entity, binding->field,
                            g_variant_ref (value), &error))
    {
      load (binding);
      show_error (binding, error->message);
      return;
    }
  /* The stored value in its own form ("16.30" becomes "16,3"). */
  load (binding);
}

static void
changed_cb (Binding *binding)
{
  if (!binding->loading)
    binding->edited = TRUE;
}

static void
notify_cb (Binding *binding)
{
  if (!binding->edited)
    load (binding);
}

static void
activate_cb (GtkWidget *widget)
{
  Binding *binding = g_object_get_data (G_OBJECT (widget), BINDING_KEY);

  if (binding != NULL)
    commit (binding);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller)
{
  activate_cb (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  /* The widget may be finalizing, its handlers already gone. */
  if (binding->notify_handler != 0)
    g_signal_handler_disconnect (binding->entity, binding->notify_handler);
  if (binding->changed_handler != 0 &&
      g_signal_handler_is_connected (binding->widget, binding->changed_handler))
    g_signal_handler_disconnect (binding->widget, binding->changed_handler);
  g_clear_object (&binding->entity);
  g_clear_object (&binding->document);
  g_free (binding->field);
  g_free (binding);
}

/* The controllers and the activate handlers are added once per widget and find the binding
 * through its data, so a rebind only swaps the data. */
static void
ensure_handlers (GtkWidget *widget)
{
  GtkEventController *focus;

  if (g_object_get_data (G_OBJECT (widget), "sirkel-plan-field-focus") != NULL)
    return;
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), NULL);
  gtk_widget_add_controller (widget, focus);
  g_object_set_data (G_OBJECT (widget), "sirkel-plan-field-focus", focus);
  if (ADW_IS_ENTRY_ROW (widget))
    g_signal_connect (widget, "entry-activated", G_CALLBACK (activate_cb), NULL);
  else if (GTK_IS_ENTRY (widget))
    g_signal_connect (widget, "activate", G_CALLBACK (activate_cb), NULL);
}

static void
bind (GtkEditable    *editable,
      SirkelDocument *document,
      SirkelEntity   *entity,
      const char     *field,
      gboolean        is_date)
{
  GtkWidget *widget = GTK_WIDGET (editable);
  Binding *old = g_object_get_data (G_OBJECT (widget), BINDING_KEY);
  Binding *binding;

  /* Leaving one goal for another writes what was typed for the first. */
  if (old != NULL)
    commit (old);
  binding = g_new0 (Binding, 1);
  binding->widget = widget;
  binding->document = document != NULL ? g_object_ref (document) : NULL;
  binding->entity = document != NULL && entity != NULL ? g_object_ref (entity) : NULL;
  binding->field = g_strdup (field);
  binding->is_date = is_date;
  binding->required = g_object_get_data (G_OBJECT (widget), REQUIRED_KEY) != NULL;
  if (binding->entity != NULL)
    {
      g_autofree char *property = g_strdelimit (g_strdup (field), "_", '-');
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), property);

      g_return_if_fail (pspec != NULL);
      binding->is_integer = G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64;
      binding->notify_handler = g_signal_connect_swapped (binding->entity, signal,
                                                          G_CALLBACK (notify_cb), binding);
    }
  g_object_set_data_full (G_OBJECT (widget), BINDING_KEY, binding, binding_free);
  load (binding);
  binding->changed_handler = g_signal_connect_swapped (widget, "changed", G_CALLBACK (changed_cb),
                                                       binding);
  ensure_handlers (widget);
}

void
sirkel_plan_bind_number (GtkEditable    *editable,
                         SirkelDocument *document,
                         SirkelEntity   *entity,
                         const char     *field)
{
  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (field != NULL);

  bind (editable, document, entity, field, FALSE);
}

void
sirkel_plan_bind_date (GtkEditable    *editable,
                       SirkelDocument *document,
                       SirkelEntity   *entity,
                       const char     *field)
{
  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (field != NULL);

  bind (editable, document, entity, field, TRUE);
}

/**
 * sirkel_plan_set_required:
 *
 * Makes @editable's number or date binding, the present one and later ones, refuse empty text
 * the way it refuses text it cannot read, for a field that cannot be NULL (a measurement's
 * date and value): the entry is marked and nothing is written.
 */
void
sirkel_plan_set_required (GtkEditable *editable,
                          gboolean     required)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_EDITABLE (editable));

  g_object_set_data (G_OBJECT (editable), REQUIRED_KEY, required ? GINT_TO_POINTER (1) : NULL);
  binding = g_object_get_data (G_OBJECT (editable), BINDING_KEY);
  if (binding != NULL)
    binding->required = required;
}

/**
 * sirkel_plan_unbind:
 *
 * Ends @widget's field binding, from here or from sirkel-field-editor.h, writing what the user
 * typed. Call it from the dispose of the widget that holds @widget: a binding that is still
 * there when @widget is finalized disconnects from signal handlers GObject has already
 * destroyed, which GLib reports as a warning.
 */
void
sirkel_plan_unbind (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data (G_OBJECT (widget), BINDING_KEY, NULL);
  /* sirkel-field-editor.c keeps its binding under this key. */
  g_object_set_data (G_OBJECT (widget), "sirkel-field-binding", NULL);
}

/**
 * sirkel_plan_toast:
 * @widget: a widget inside the window's AdwToastOverlay
 * @with_undo: whether the toast offers Undo (win.undo)
 *
 * Shows @text as a toast; does nothing outside a toast overlay.
 */
void
sirkel_plan_toast (GtkWidget  *widget,
                   const char *text,
                   gboolean    with_undo)
{
  GtkWidget *overlay;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  /* AdwToast 1.2 always parses its title as markup. */
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * sirkel_plan_report_error:
 * @store: (nullable): the store an action may be open in
 * @error: (nullable): what went wrong
 *
 * Rolls back the action left open in @store, if any, and shows @error as a toast.
 */
void
sirkel_plan_report_error (GtkWidget    *widget,
                          SirkelStore  *store,
                          const GError *error)
{
  if (store != NULL && sirkel_store_in_action (store))
    sirkel_store_rollback (store);
  if (error != NULL)
    sirkel_plan_toast (widget, error->message, FALSE);
}

/**
 * sirkel_plan_delete_entity:
 * @label: the action's name in the history and the Undo menu ("Delete lesson")
 * @untitled: what to call the entity in the toast when it has no title
 *
 * Deletes @entity as one action and says so in a toast with Undo; an error is shown as a
 * toast instead.
 */
gboolean
sirkel_plan_delete_entity (GtkWidget      *widget,
                           SirkelDocument *document,
                           SirkelEntity   *entity,
                           const char     *label,
                           const char     *untitled)
{
  g_autoptr(SirkelEntity) keep = g_object_ref (entity);
  SirkelStore *store = sirkel_document_get_store (document);
  const char *title = sirkel_entity_get_title (keep);
  g_autofree char *name = g_strdup (title != NULL && *title != '\0' ? title : untitled);
  g_autofree char *toast = NULL;
  g_autoptr(GError) error = NULL;

  if (!sirkel_store_begin (store, label, &error) ||
      !sirkel_store_delete (store, sirkel_entity_get_table (keep), sirkel_entity_get_id (keep), &error) ||
      !sirkel_store_commit (store, &error))
    {
      sirkel_plan_report_error (widget, store, error);
      return FALSE;
    }
  /* Translators: a toast after deleting something; %s is its title. */
  toast = g_strdup_printf (_("“%s” deleted"), name);
  sirkel_plan_toast (widget, toast, TRUE);
  return TRUE;
}
