/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Field bindings; see sirkel-field-editor.h. One Binding per widget, kept as the widget's
 * object data, so it lives exactly as long as the widget and a rebind replaces it. A pending
 * text edit is written when the binding goes (the page closes, the selection moves on).
 */
#define G_LOG_DOMAIN "sirkel-field-editor"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-field-editor.h"

#define BINDING_KEY "sirkel-field-binding"

typedef enum
{
  KIND_EDITABLE,
  KIND_TEXT_VIEW,
  KIND_TOGGLE,
  KIND_SPIN,
  KIND_CHOICE,
} Kind;

typedef struct
{
  Kind            kind;
  GtkWidget      *widget;       /* not owned: the binding is the widget's data */
  SirkelDocument *document;
  SirkelEntity   *entity;
  char           *field;
  GStrv           keys;         /* KIND_CHOICE; "" in the array stands for NULL */
  gulong          entity_handler;
  gulong          change_handler;
  GObject        *change_source;  /* what change_handler is on: the widget, or a text view's buffer (owned) */
  guint           idle_id;
  gulong          destroy_handler;
  gboolean        widget_gone;    /* the widget was destroyed: nothing of it may be read */
  gboolean        loading;      /* the widget is being set from the entity */
  gboolean        pending;      /* the user typed since the last write */
} Binding;

static void load (Binding *binding);

static GtkTextBuffer *
text_buffer (Binding *binding)
{
  return GTK_TEXT_BUFFER (binding->change_source);
}

static char *
widget_text (Binding *binding)
{
  GtkTextIter start, end;

  if (binding->kind == KIND_EDITABLE)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (binding->widget)));
  gtk_text_buffer_get_bounds (text_buffer (binding), &start, &end);
  return gtk_text_buffer_get_text (text_buffer (binding), &start, &end, FALSE);
}

static void
show_error (Binding      *binding,
            const GError *error)
{
  if (error != NULL)
    {
      gtk_widget_add_css_class (binding->widget, "error");
      gtk_widget_set_tooltip_text (binding->widget, error->message);
      g_message ("%s.%s not written: %s", sirkel_entity_get_table (binding->entity), binding->field,
                 error->message);
    }
  else if (gtk_widget_has_css_class (binding->widget, "error"))
    {
      gtk_widget_remove_css_class (binding->widget, "error");
      gtk_widget_set_tooltip_text (binding->widget, NULL);
    }
}

/* Writes @value (floating or not) unless it equals the stored one. */
static void
write_value (Binding  *binding,
             GVariant *value)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (value);
  g_autoptr(GError) error = NULL;
  GVariant *stored = sirkel_entity_get_value (binding->entity, binding->field);
  gboolean is_null = g_variant_is_of_type (owned, G_VARIANT_TYPE_MAYBE);

  if ((stored == NULL && is_null) || (stored != NULL && !is_null && g_variant_equal (stored, owned)))
    {
      show_error (binding, NULL);
      return;
    }
  if (!sirkel_document_set (binding->document, binding->entity, binding->field,
                            g_variant_ref (owned), &error))
    {
      load (binding);
      show_error (binding, error);
      return;
    }
  show_error (binding, NULL);
}

static void
flush (Binding *binding)
{
  g_autofree char *text = NULL;

  g_clear_handle_id (&binding->idle_id, g_source_remove);
  if (!binding->pending || binding->entity == NULL || binding->widget_gone)
    return;
  binding->pending = FALSE;
  text = widget_text (binding);
  write_value (binding, sirkel_value_text (text));
}

static gboolean
idle_write_cb (gpointer data)
{
  Binding *binding = data;

  binding->idle_id = 0;
  flush (binding);
  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (Binding *binding)
{
  if (binding->loading)
    return;
  binding->pending = TRUE;
  g_clear_handle_id (&binding->idle_id, g_source_remove);
  binding->idle_id = g_timeout_add (SIRKEL_FIELD_IDLE_MS, idle_write_cb, binding);
}

static void
toggle_changed_cb (Binding *binding)
{
  gboolean active = FALSE;

  if (binding->loading)
    return;
  g_object_get (binding->widget, "active", &active, NULL);
  write_value (binding, sirkel_value_int (active ? 1 : 0));
}

static gboolean
is_integer_field (Binding *binding)
{
  g_autofree char *property = g_strdelimit (g_strdup (binding->field), "_", '-');
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (binding->entity), property);

  return pspec != NULL && G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64;
}

static void
spin_changed_cb (Binding *binding)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (binding->widget);
  g_autofree char *text = NULL;
  double value;

  if (binding->loading || binding->entity == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  value = gtk_spin_button_get_value (spin);
  if (*text == '\0')
    write_value (binding, sirkel_value_null ());
  else if (is_integer_field (binding))
    write_value (binding, sirkel_value_int ((gint64) llround (value)));
  else
    write_value (binding, sirkel_value_double (value));
}

static void
choice_changed_cb (Binding *binding)
{
  guint selected = 0;
  const char *key;

  if (binding->loading)
    return;
  g_object_get (binding->widget, "selected", &selected, NULL);
  if (binding->keys == NULL || selected >= g_strv_length (binding->keys))
    return;
  key = binding->keys[selected];
  write_value (binding, *key == '\0' ? sirkel_value_null () : sirkel_value_text (key));
}

static void
load (Binding *binding)
{
  binding->loading = TRUE;
  gtk_widget_set_sensitive (binding->widget, binding->entity != NULL);
  switch (binding->kind)
    {
    case KIND_EDITABLE:
    case KIND_TEXT_VIEW:
      {
        const char *text = binding->entity != NULL ? sirkel_entity_get_text (binding->entity, binding->field) : NULL;
        g_autofree char *shown = widget_text (binding);

        /* Do not disturb the cursor when the value is what the widget already shows. */
        if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
          {
            if (binding->kind == KIND_EDITABLE)
              gtk_editable_set_text (GTK_EDITABLE (binding->widget), text != NULL ? text : "");
            else
              gtk_text_buffer_set_text (text_buffer (binding), text != NULL ? text : "", -1);
          }
        binding->pending = FALSE;
      }
      break;
    case KIND_TOGGLE:
      g_object_set (binding->widget, "active",
                    binding->entity != NULL && sirkel_entity_get_int (binding->entity, binding->field) != 0, NULL);
      break;
    case KIND_SPIN:
      {
        GVariant *value = binding->entity != NULL ? sirkel_entity_get_value (binding->entity, binding->field) : NULL;

        if (value == NULL)
          gtk_editable_set_text (GTK_EDITABLE (binding->widget), "");
        else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (binding->widget), (double) g_variant_get_int64 (value));
        else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (binding->widget), g_variant_get_double (value));
      }
      break;
    case KIND_CHOICE:
      {
        const char *text = binding->entity != NULL ? sirkel_entity_get_text (binding->entity, binding->field) : NULL;
        guint selected = GTK_INVALID_LIST_POSITION;

        for (guint i = 0; binding->keys != NULL && binding->keys[i] != NULL; i++)
          if (g_strcmp0 (binding->keys[i], text != NULL ? text : "") == 0)
            selected = i;
        g_object_set (binding->widget, "selected", selected, NULL);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  binding->loading = FALSE;
}

static void
entity_notify_cb (Binding *binding)
{
  /* A change from elsewhere (undo, redo, another editor) while the user is typing here: the
   * stored value wins only once the user's own edit has been written. */
  if (binding->pending || binding->widget_gone)
    return;
  load (binding);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                gpointer                 unused)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  Binding *binding = g_object_get_data (G_OBJECT (widget), BINDING_KEY);

  if (binding != NULL)
    flush (binding);
}

/* The last moment the widget can be read: write what the user typed. */
static void
widget_destroy_cb (Binding *binding)
{
  flush (binding);
  binding->widget_gone = TRUE;
}

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  flush (binding);
  if (!binding->widget_gone && binding->destroy_handler != 0 &&
      g_signal_handler_is_connected (binding->widget, binding->destroy_handler))
    g_signal_handler_disconnect (binding->widget, binding->destroy_handler);
  /* When the widget is being finalized its own handlers are already gone. */
  if (binding->entity != NULL && binding->entity_handler != 0 &&
      g_signal_handler_is_connected (binding->entity, binding->entity_handler))
    g_signal_handler_disconnect (binding->entity, binding->entity_handler);
  if (binding->change_source != NULL && binding->change_handler != 0 &&
      g_signal_handler_is_connected (binding->change_source, binding->change_handler))
    g_signal_handler_disconnect (binding->change_source, binding->change_handler);
  if (binding->kind == KIND_TEXT_VIEW)
    g_clear_object (&binding->change_source);
  g_clear_object (&binding->entity);
  g_clear_object (&binding->document);
  g_clear_pointer (&binding->field, g_free);
  g_clear_pointer (&binding->keys, g_strfreev);
  g_free (binding);
}

static Binding *
bind (GtkWidget      *widget,
      Kind            kind,
      SirkelDocument *document,
      SirkelEntity   *entity,
      const char     *field)
{
  g_autofree char *property = NULL;
  g_autofree char *signal = NULL;
  Binding *binding = g_new0 (Binding, 1);

  /* Replaces (and flushes) an earlier binding of the widget. */
  g_object_set_data (G_OBJECT (widget), BINDING_KEY, NULL);

  binding->kind = kind;
  binding->widget = widget;
  binding->document = document != NULL ? g_object_ref (document) : NULL;
  binding->entity = entity != NULL && document != NULL ? g_object_ref (entity) : NULL;
  binding->field = g_strdup (field);
  if (binding->entity != NULL)
    {
      property = g_strdelimit (g_strdup (field), "_", '-');
      signal = g_strconcat ("notify::", property, NULL);
      binding->entity_handler = g_signal_connect_swapped (binding->entity, signal,
                                                          G_CALLBACK (entity_notify_cb), binding);
    }
  binding->destroy_handler = g_signal_connect_swapped (widget, "destroy", G_CALLBACK (widget_destroy_cb), binding);
  g_object_set_data_full (G_OBJECT (widget), BINDING_KEY, binding, binding_free);
  return binding;
}

/* One focus controller per widget serves every later rebind: it looks the binding up. */
static void
add_focus_flush (GtkWidget *widget)
{
  GtkEventController *focus;

  if (g_object_get_data (G_OBJECT (widget), "sirkel-field-focus") != NULL)
    return;
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), NULL);
  g_object_set_data (G_OBJECT (widget), "sirkel-field-focus", focus);
  gtk_widget_add_controller (widget, focus);
}

void
sirkel_field_bind_editable (GtkEditable    *editable,
                            SirkelDocument *document,
                            SirkelEntity   *entity,
                            const char     *field)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (field != NULL);

  binding = bind (GTK_WIDGET (editable), KIND_EDITABLE, document, entity, field);
  load (binding);
  binding->change_source = G_OBJECT (editable);
  binding->change_handler = g_signal_connect_swapped (editable, "changed", G_CALLBACK (text_changed_cb), binding);
  add_focus_flush (GTK_WIDGET (editable));
}

void
sirkel_field_bind_text_view (GtkTextView    *view,
                             SirkelDocument *document,
                             SirkelEntity   *entity,
                             const char     *field)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (field != NULL);

  binding = bind (GTK_WIDGET (view), KIND_TEXT_VIEW, document, entity, field);
  binding->change_source = g_object_ref (G_OBJECT (gtk_text_view_get_buffer (view)));
  load (binding);
  binding->change_handler = g_signal_connect_swapped (binding->change_source, "changed",
                                                      G_CALLBACK (text_changed_cb), binding);
  add_focus_flush (GTK_WIDGET (view));
}

void
sirkel_field_bind_toggle (GtkWidget      *toggle,
                          SirkelDocument *document,
                          SirkelEntity   *entity,
                          const char     *field)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_SWITCH (toggle) || GTK_IS_CHECK_BUTTON (toggle) || GTK_IS_TOGGLE_BUTTON (toggle));
  g_return_if_fail (field != NULL);

  binding = bind (toggle, KIND_TOGGLE, document, entity, field);
  load (binding);
  binding->change_source = G_OBJECT (toggle);
  binding->change_handler = g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (toggle_changed_cb), binding);
}

void
sirkel_field_bind_spin (GtkSpinButton  *spin,
                        SirkelDocument *document,
                        SirkelEntity   *entity,
                        const char     *field)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  g_return_if_fail (field != NULL);

  binding = bind (GTK_WIDGET (spin), KIND_SPIN, document, entity, field);
  load (binding);
  binding->change_source = G_OBJECT (spin);
  binding->change_handler = g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (spin_changed_cb), binding);
}

void
sirkel_field_bind_choice (GtkWidget          *combo,
                          SirkelDocument     *document,
                          SirkelEntity       *entity,
                          const char         *field,
                          const char * const *keys)
{
  Binding *binding;

  g_return_if_fail (ADW_IS_COMBO_ROW (combo) || GTK_IS_DROP_DOWN (combo));
  g_return_if_fail (field != NULL && keys != NULL);

  binding = bind (combo, KIND_CHOICE, document, entity, field);
  binding->keys = g_strdupv ((char **) keys);
  load (binding);
  binding->change_source = G_OBJECT (combo);
  binding->change_handler = g_signal_connect_swapped (combo, "notify::selected", G_CALLBACK (choice_changed_cb), binding);
}
