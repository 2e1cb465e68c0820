/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureResponsibility: see sirkel-measure-responsibility.h. Two grids side by side:
 * the measure names, and the cells in a scrolled window of their own, so that the names stay
 * while the units scroll. Every row has a fixed height in both grids so they line up. A unit
 * is the same unit whatever its case or spacing ("PPT", " ppt"); it is shown as first
 * written. Partners come from measure_partner, or from the old free-text partners field for a
 * measure without partner rows (split at semicolons).
 *
 * Invariant: roles is n_measures × units->len, ROLE_* per cell, row by row.
 */
#define G_LOG_DOMAIN "sirkel-measure-responsibility"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-measure-responsibility.h"

#define HEADER_HEIGHT 64
#define ROW_HEIGHT    36
#define CELL_WIDTH    104
#define NAME_WIDTH    220

enum { ROLE_NONE, ROLE_PARTNER, ROLE_RESPONSIBLE };

typedef struct
{
  char  *key;       /* folded */
  char  *label;     /* as first written */
  guint  n_lead;    /* measures it is responsible for */
  guint  n_total;   /* measures it takes part in */
} Unit;

struct _SirkelMeasureResponsibility
{
  AdwBin          parent_instance;

  SirkelDocument *document;
  GPtrArray      *units;       /* of Unit, in column order */
  guint8         *roles;
  guint           n_measures;

  /* Template children */
  GtkStack       *stack;
  GtkLabel       *summary_label;
  GtkGrid        *name_grid;
  GtkGrid        *cell_grid;
};

G_DEFINE_FINAL_TYPE (SirkelMeasureResponsibility, sirkel_measure_responsibility, ADW_TYPE_BIN)

static void
unit_free (gpointer data)
{
  Unit *unit = data;

  g_free (unit->key);
  g_free (unit->label);
  g_free (unit);
}

static char *
unit_key (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *normalized = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

/* The unit called @name, added if new; NULL for an empty name. */
static Unit *
find_unit (GHashTable *units,
           GPtrArray  *order,
           const char *name)
{
  g_autofree char *key = unit_key (name);
  Unit *unit;

  if (*key == '\0')
    return NULL;
  unit = g_hash_table_lookup (units, key);
  if (unit == NULL)
    {
      unit = g_new0 (Unit, 1);
      unit->key = g_steal_pointer (&key);
      unit->label = g_strstrip (g_strdup (name));
      g_hash_table_insert (units, unit->key, unit);
      g_ptr_array_add (order, unit);
    }
  return unit;
}

/* The names of the measure's partners, in their order. */
static GPtrArray *
partner_names (SirkelMeasureResponsibility *self,
               SirkelEntity                *measure)
{
  GListModel *partners = sirkel_document_get_list (self->document, "measure_partner");
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *text;

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SirkelEntity) partner = g_list_model_get_item (partners, i);
      SirkelId measure_id;

      if (sirkel_entity_get_ref (partner, "measure_id", &measure_id) &&
          sirkel_id_equal (&measure_id, sirkel_entity_get_id (measure)))
        g_ptr_array_add (names, g_strdup (sirkel_entity_get_title (partner)));
    }
  text = sirkel_entity_get_text (measure, "partners");
  if (names->len == 0 && text != NULL && *text != '\0')
    {
      g_auto(GStrv) parts = g_strsplit (text, ";", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        g_ptr_array_add (names, g_strdup (parts[i]));
    }
  return names;
}

/* Responsible units first, then partners; within each, the busiest first, then by name. */
static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  const Unit *x = *(const Unit **) a;
  const Unit *y = *(const Unit **) b;

  if ((x->n_lead > 0) != (y->n_lead > 0))
    return x->n_lead > 0 ? -1 : 1;
  if (x->n_total != y->n_total)
    return x->n_total > y->n_total ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
header_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_size_request (label, CELL_WIDTH, HEADER_HEIGHT);
  return label;
}

/* Every cell is a box of the same size, so the rows line up with the names beside them. */
static GtkWidget *
cell_new (guint8      role,
          const char *unit,
          const char *measure)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label;
  g_autofree char *tooltip = NULL;

  gtk_widget_set_size_request (box, CELL_WIDTH, ROW_HEIGHT);
  if (role == ROLE_NONE)
    return box;
  label = gtk_label_new (role == ROLE_RESPONSIBLE ? _("Responsible") : _("Partner"));
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, role == ROLE_RESPONSIBLE ? "responsibility-lead"
                                                            : "responsibility-partner");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (role == ROLE_RESPONSIBLE)
    /* Translators: tooltip of a cell in the responsibility table. */
    tooltip = g_strdup_printf (_("%s is responsible for “%s”"), unit, measure);
  else
    tooltip = g_strdup_printf (_("%s is a partner in “%s”"), unit, measure);
  gtk_widget_set_tooltip_text (label, tooltip);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
build (SirkelMeasureResponsibility *self,
       GListModel                  *measures)
{
  GtkWidget *header = gtk_label_new (_("Measure"));

  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_valign (header, GTK_ALIGN_END);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_set_size_request (header, NAME_WIDTH, HEADER_HEIGHT);
  gtk_grid_attach (self->name_grid, header, 0, 0, 1, 1);
  for (guint c = 0; c < self->units->len; c++)
    gtk_grid_attach (self->cell_grid, header_label_new (((Unit *) g_ptr_array_index (self->units, c))->label),
                     (int) c, 0, 1, 1);
  for (guint r = 0; r < self->n_measures; r++)
    {
      g_autoptr(SirkelEntity) measure = g_list_model_get_item (measures, r);
      const char *title = *sirkel_entity_get_title (measure) != '\0' ? sirkel_entity_get_title (measure)
                                                                     : _("Untitled measure");
      g_autofree char *id = sirkel_entity_dup_id_string (measure);
      GtkWidget *button = gtk_button_new_with_label (title);
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "responsibility-name");
      gtk_widget_set_size_request (button, NAME_WIDTH, ROW_HEIGHT);
      gtk_widget_set_tooltip_text (button, title);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "measures.show");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
      gtk_grid_attach (self->name_grid, button, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < self->units->len; c++)
        gtk_grid_attach (self->cell_grid,
                         cell_new (self->roles[r * self->units->len + c],
                                   ((Unit *) g_ptr_array_index (self->units, c))->label, title),
                         (int) c, (int) r + 1, 1, 1);
    }
}

static void
sirkel_measure_responsibility_dispose (GObject *object)
{
  SirkelMeasureResponsibility *self = SIRKEL_MEASURE_RESPONSIBILITY (object);

  /* The bin's child is a template child: GTK 4.8 would unparent it behind AdwBin's back, so
   * the bin lets go of it first (as SirkelProjectView does). */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_RESPONSIBILITY);
  g_clear_object (&self->document);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->roles, g_free);

  G_OBJECT_CLASS (sirkel_measure_responsibility_parent_class)->dispose (object);
}

static void
sirkel_measure_responsibility_class_init (SirkelMeasureResponsibilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_responsibility_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-responsibility.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureResponsibility, stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureResponsibility, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureResponsibility, name_grid);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureResponsibility, cell_grid);
}

static void
sirkel_measure_responsibility_init (SirkelMeasureResponsibility *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->units = g_ptr_array_new_with_free_func (unit_free);
  sirkel_measure_responsibility_refresh (self);
}

void
sirkel_measure_responsibility_set_document (SirkelMeasureResponsibility *self,
                                            SirkelDocument              *document)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_RESPONSIBILITY (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    sirkel_measure_responsibility_refresh (self);
}

/* The table anew from the project as it is now. */
void
sirkel_measure_responsibility_refresh (SirkelMeasureResponsibility *self)
{
  GListModel *measures;
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) per_measure = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);

  g_return_if_fail (SIRKEL_IS_MEASURE_RESPONSIBILITY (self));

  clear_grid (self->name_grid);
  clear_grid (self->cell_grid);
  g_ptr_array_set_size (self->units, 0);
  g_clear_pointer (&self->roles, g_free);
  self->n_measures = 0;
  measures = self->document != NULL ? sirkel_document_get_list (self->document, "measure") : NULL;
  if (measures != NULL)
    self->n_measures = g_list_model_get_n_items (measures);

  /* Each measure's units and their role, keyed by the unit. */
  for (guint r = 0; r < self->n_measures; r++)
    {
      g_autoptr(SirkelEntity) measure = g_list_model_get_item (measures, r);
      g_autoptr(GPtrArray) partners = partner_names (self, measure);
      GHashTable *roles = g_hash_table_new (g_direct_hash, g_direct_equal);
      Unit *lead = find_unit (by_key, order, sirkel_entity_get_text (measure, "responsible"));

      for (guint i = 0; i < partners->len; i++)
        {
          Unit *unit = find_unit (by_key, order, g_ptr_array_index (partners, i));

          if (unit != NULL && unit != lead && !g_hash_table_contains (roles, unit))
            {
              g_hash_table_insert (roles, unit, GUINT_TO_POINTER (ROLE_PARTNER));
              unit->n_total++;
            }
        }
      if (lead != NULL)
        {
          g_hash_table_insert (roles, lead, GUINT_TO_POINTER (ROLE_RESPONSIBLE));
          lead->n_lead++;
          lead->n_total++;
        }
      g_ptr_array_add (per_measure, roles);
    }
  g_ptr_array_sort (order, compare_units);
  for (guint c = 0; c < order->len; c++)
    g_ptr_array_add (self->units, g_ptr_array_index (order, c));
  self->roles = g_new0 (guint8, MAX (1, self->n_measures * self->units->len));
  for (guint r = 0; r < self->n_measures; r++)
    for (guint c = 0; c < self->units->len; c++)
      self->roles[r * self->units->len + c] =
        GPOINTER_TO_UINT (g_hash_table_lookup (g_ptr_array_index (per_measure, r),
                                               g_ptr_array_index (self->units, c)));
  gtk_stack_set_visible_child_name (self->stack, self->units->len > 0 ? "table" : "empty");
  if (self->units->len > 0)
    {
      g_autofree char *summary = NULL;

      /* Translators: above the table of who does what; the number of units and partners. The
       * table scrolls sideways when they do not fit. */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Each measure, the unit responsible for it and its "
                                              "partners: %u unit or organisation in all, scroll "
                                              "sideways to see them. Choose a measure to open it.",
                                              "Each measure, the unit responsible for it and its "
                                              "partners: %u units and organisations in all, scroll "
                                              "sideways to see them. Choose a measure to open it.",
                                              self->units->len), self->units->len);
      gtk_label_set_label (self->summary_label, summary);
      build (self, measures);
    }
}

/* The number of unit columns; for tests. */
guint
sirkel_measure_responsibility_get_n_units (SirkelMeasureResponsibility *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_RESPONSIBILITY (self), 0);

  return self->units->len;
}

/* "responsible", "partner" or "" for a measure (by list position) and a unit column; for
 * tests. */
const char *
sirkel_measure_responsibility_get_cell (SirkelMeasureResponsibility *self,
                                        guint                        row,
                                        guint                        column)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_RESPONSIBILITY (self), "");
  g_return_val_if_fail (row < self->n_measures && column < self->units->len, "");

  switch (self->roles[row * self->units->len + column])
    {
    case ROLE_RESPONSIBLE:
      return "responsible";
    case ROLE_PARTNER:
      return "partner";
    default:
      return "";
    }
}
