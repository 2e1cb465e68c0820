/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLogicRow: see sirkel-logic-row.h. The document and the element are construct-only;
 * the title binding is made in constructed and ended in dispose.
 */
#define G_LOG_DOMAIN "sirkel-logic-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-evaluation-labels.h"
#include "sirkel-field-editor.h"
#include "sirkel-logic-row.h"
#include "sirkel-plan-fields.h"

struct _SirkelLogicRow
{
  AdwEntryRow     parent_instance;

  SirkelDocument *document;
  SirkelEntity   *element;
  /* Where set_place last put the row; column -1 until it was placed. */
  guint           position;
  guint           n_in_column;
  int             column;
  gboolean        writable;

  /* Template children */
  GtkWidget      *up_button;
  GtkWidget      *down_button;
  GtkMenuButton  *menu_button;
};

G_DEFINE_FINAL_TYPE (SirkelLogicRow, sirkel_logic_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ELEMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The row's actions hand the element's id to the page's action of the same purpose. */
static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SirkelLogicRow *self = SIRKEL_LOGIC_ROW (widget);
  static const struct { const char *row; const char *page; } actions[] = {
    { "row.move-up", "evaluation.move-element-up" },
    { "row.move-down", "evaluation.move-element-down" },
    { "row.move-previous", "evaluation.move-element-previous" },
    { "row.move-next", "evaluation.move-element-next" },
    { "row.delete", "evaluation.delete-element" },
  };
  g_autofree char *id = NULL;

  if (self->element == NULL)
    return;
  id = sirkel_entity_dup_id_string (self->element);
  /* Deleting the element takes the row away while its action runs. */
  g_object_ref (self);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (action_name, actions[i].row))
      gtk_widget_activate_action (widget, actions[i].page, "s", id);
  g_object_unref (self);
}

/**
 * sirkel_logic_row_set_place:
 * @position: the row's place in its column, from 0
 *
 * Names the row after its column and place ("Activity 2") and enables the moves that are
 * possible from there.
 */
void
sirkel_logic_row_set_place (SirkelLogicRow *self,
                            guint           position,
                            guint           n_in_column,
                            gboolean        writable)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autofree char *title = NULL;
  g_autofree char *accessible = NULL;
  const char *kind;
  int column;

  g_return_if_fail (SIRKEL_IS_LOGIC_ROW (self));

  if (self->element == NULL)
    return;
  kind = sirkel_entity_get_text (self->element, "kind");
  column = sirkel_logic_kind_index (kind);
  /* Unchanged: the menu stays as it is, also while it is open. */
  if (column == self->column && position == self->position && n_in_column == self->n_in_column &&
      writable == self->writable)
    return;
  self->column = column;
  self->position = position;
  self->n_in_column = n_in_column;
  self->writable = writable;
  /* Translators: an element of a logic model: its kind and its number in the column,
   * "Activity 2". */
  title = g_strdup_printf (_("%s %u"), sirkel_logic_kind_noun (kind), position + 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  /* Translators: what a screen reader says for an element of a logic model: "Activity 2 of 3". */
  accessible = g_strdup_printf (_("%s of %u"), title, n_in_column);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up", writable && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down",
                                 writable && position + 1 < n_in_column);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-previous", writable && column > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-next",
                                 writable && column >= 0 && column + 1 < SIRKEL_N_LOGIC_KINDS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.delete", writable);

  if (column > 0)
    {
      g_autofree char *label = NULL;

      /* Translators: a menu item that moves an element of a logic model to another column. */
      label = g_strdup_printf (_("Move to “%s”"),
                               sirkel_logic_kind_label (sirkel_logic_kind_keys[column - 1]));
      g_menu_append (menu, label, "row.move-previous");
    }
  if (column >= 0 && column + 1 < SIRKEL_N_LOGIC_KINDS)
    {
      g_autofree char *label = NULL;

      label = g_strdup_printf (_("Move to “%s”"),
                               sirkel_logic_kind_label (sirkel_logic_kind_keys[column + 1]));
      g_menu_append (menu, label, "row.move-next");
    }
  g_menu_append (section, _("_Delete"), "row.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));
}

static void
sirkel_logic_row_constructed (GObject *object)
{
  SirkelLogicRow *self = SIRKEL_LOGIC_ROW (object);

  G_OBJECT_CLASS (sirkel_logic_row_parent_class)->constructed (object);

  sirkel_field_bind_editable (GTK_EDITABLE (self), self->document, self->element, "title");
}

static void
sirkel_logic_row_dispose (GObject *object)
{
  SirkelLogicRow *self = SIRKEL_LOGIC_ROW (object);

  sirkel_plan_unbind (GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_LOGIC_ROW);
  g_clear_object (&self->element);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_logic_row_parent_class)->dispose (object);
}

static void
sirkel_logic_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SirkelLogicRow *self = SIRKEL_LOGIC_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_ELEMENT:
      g_value_set_object (value, self->element);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_logic_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SirkelLogicRow *self = SIRKEL_LOGIC_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_ELEMENT:
      self->element = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkWidgetClass *widget_class,
              guint           keyval,
              const char     *action_name)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_ALT_MASK, action_name, NULL);
}

static void
sirkel_logic_row_class_init (SirkelLogicRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sirkel_logic_row_constructed;
  object_class->dispose = sirkel_logic_row_dispose;
  object_class->get_property = sirkel_logic_row_get_property;
  object_class->set_property = sirkel_logic_row_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_ELEMENT] =
    g_param_spec_object ("element", NULL, NULL, SIRKEL_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-logic-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelLogicRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelLogicRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelLogicRow, menu_button);

  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.move-previous", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.move-next", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, forward_action);
  add_shortcut (widget_class, GDK_KEY_Up, "row.move-up");
  add_shortcut (widget_class, GDK_KEY_Down, "row.move-down");
  add_shortcut (widget_class, GDK_KEY_Left, "row.move-previous");
  add_shortcut (widget_class, GDK_KEY_Right, "row.move-next");
}

static void
sirkel_logic_row_init (SirkelLogicRow *self)
{
  self->column = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sirkel_logic_row_new:
 * @element: a logic_element of @document
 *
 * Returns: (transfer floating): the row of @element
 */
GtkWidget *
sirkel_logic_row_new (SirkelDocument *document,
                      SirkelEntity   *element)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (element), NULL);

  return g_object_new (SIRKEL_TYPE_LOGIC_ROW, "document", document, "element", element, NULL);
}

SirkelEntity *
sirkel_logic_row_get_element (SirkelLogicRow *self)
{
  g_return_val_if_fail (SIRKEL_IS_LOGIC_ROW (self), NULL);

  return self->element;
}
