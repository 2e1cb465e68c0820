/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGapList: see sirkel-gap-list.h. The "kinds" property names the gap kinds to show,
 * separated by spaces: category, indicator, challenge, goal, measure (what lacks something).
 * At most MAX_SHOWN gaps are listed; a last row says how many more there are.
 */
#define G_LOG_DOMAIN "sirkel-gap-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-gap-list.h"

#define MAX_SHOWN 5

struct _SirkelGapList
{
  AdwBin               parent_instance;

  SirkelProjectStatus *status;
  GSignalGroup        *status_signals;
  guint                kinds;      /* bit (1 << SirkelGapKind) per kind shown */
  char                *kinds_text;
  guint                n_gaps;

  /* Template children */
  GtkListBox          *list_box;
};

G_DEFINE_FINAL_TYPE (SirkelGapList, sirkel_gap_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_KINDS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const struct
{
  const char    *name;
  SirkelGapKind  kind;
} kind_names[] = {
  { "category", SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT },
  { "indicator", SIRKEL_GAP_INDICATOR_NOT_DISCUSSED },
  { "challenge", SIRKEL_GAP_CHALLENGE_WITHOUT_GOAL },
  { "goal", SIRKEL_GAP_GOAL_WITHOUT_MEASURE },
  { "measure", SIRKEL_GAP_MEASURE_WITHOUT_EVALUATION },
};

static guint
parse_kinds (const char *text)
{
  g_auto(GStrv) names = g_strsplit (text != NULL ? text : "", " ", -1);
  guint kinds = 0;

  for (guint i = 0; names[i] != NULL; i++)
    for (guint k = 0; k < G_N_ELEMENTS (kind_names); k++)
      if (g_str_equal (names[i], kind_names[k].name))
        kinds |= 1u << kind_names[k].kind;
  return kinds;
}

static GtkWidget *
gap_row_new (const char *text,
             const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
update (SirkelGapList *self)
{
  GPtrArray *gaps = self->status != NULL ? sirkel_project_status_get_gaps (self->status) : NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  self->n_gaps = 0;
  for (guint i = 0; gaps != NULL && i < gaps->len; i++)
    {
      SirkelGap *gap = g_ptr_array_index (gaps, i);

      if ((self->kinds & (1u << gap->kind)) == 0)
        continue;
      self->n_gaps++;
      if (shown++ < MAX_SHOWN)
        gtk_list_box_append (self->list_box, gap_row_new (gap->message, "dialog-warning-symbolic"));
    }
  if (self->n_gaps > MAX_SHOWN)
    {
      guint more = self->n_gaps - MAX_SHOWN;
      g_autofree char *text = g_strdup_printf (ngettext ("And %u more", "And %u more", more), more);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->list_box, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->n_gaps > 0);
}

static void
sirkel_gap_list_dispose (GObject *object)
{
  SirkelGapList *self = SIRKEL_GAP_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_GAP_LIST);
  g_clear_object (&self->status_signals);
  g_clear_object (&self->status);
  g_clear_pointer (&self->kinds_text, g_free);

  G_OBJECT_CLASS (sirkel_gap_list_parent_class)->dispose (object);
}

static void
sirkel_gap_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SirkelGapList *self = SIRKEL_GAP_LIST (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_object (value, self->status);
      break;
    case PROP_KINDS:
      g_value_set_string (value, self->kinds_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_gap_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SirkelGapList *self = SIRKEL_GAP_LIST (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      if (g_set_object (&self->status, g_value_get_object (value)))
        {
          g_signal_group_set_target (self->status_signals, self->status);
          update (self);
        }
      break;
    case PROP_KINDS:
      g_free (self->kinds_text);
      self->kinds_text = g_value_dup_string (value);
      self->kinds = parse_kinds (self->kinds_text);
      update (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_gap_list_class_init (SirkelGapListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_gap_list_dispose;
  object_class->get_property = sirkel_gap_list_get_property;
  object_class->set_property = sirkel_gap_list_set_property;

  properties [PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL, SIRKEL_TYPE_PROJECT_STATUS,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  properties [PROP_KINDS] =
    g_param_spec_string ("kinds", NULL, NULL, NULL, (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-gap-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelGapList, list_box);
}

static void
sirkel_gap_list_init (SirkelGapList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

guint
sirkel_gap_list_get_n_gaps (SirkelGapList *self)
{
  g_return_val_if_fail (SIRKEL_IS_GAP_LIST (self), 0);

  return self->n_gaps;
}
