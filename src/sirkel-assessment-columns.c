/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelAssessmentColumns: see sirkel-assessment-columns.h. Height-for-width: the height
 * depends on whether the children share the width or each get all of it.
 *
 * Invariants: start and end are NULL or children of the widget; side_by_side is what the last
 * allocation chose (for tests and for the caller's styling).
 */
#define G_LOG_DOMAIN "sirkel-assessment-columns"

#include "config.h"

#include "sirkel-assessment-columns.h"

#define SPACING 24

struct _SirkelAssessmentColumns
{
  GtkWidget  parent_instance;

  GtkWidget *start;
  GtkWidget *end;
  int        threshold;
  int        end_max_width;
  gboolean   side_by_side;
};

G_DEFINE_FINAL_TYPE (SirkelAssessmentColumns, sirkel_assessment_columns, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_THRESHOLD,
  PROP_END_MAX_WIDTH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
visible (GtkWidget *child)
{
  return child != NULL && gtk_widget_get_visible (child);
}

static gboolean
wide_enough (SirkelAssessmentColumns *self,
             int                      width)
{
  return width >= self->threshold && visible (self->start) && visible (self->end);
}

/* The end child's width when side by side in @width. */
static int
end_width (SirkelAssessmentColumns *self,
           int                      width)
{
  int minimum = 0;

  gtk_widget_measure (self->end, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return MAX (minimum, MIN (width / 3, self->end_max_width));
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (visible (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
sirkel_assessment_columns_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  SirkelAssessmentColumns *self = SIRKEL_ASSESSMENT_COLUMNS (widget);
  int start_min, start_nat, end_min, end_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At least as wide as the wider child (stacked); naturally side by side. */
      measure_child (self->start, orientation, -1, &start_min, &start_nat);
      measure_child (self->end, orientation, -1, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat + end_nat + SPACING, self->threshold);
    }
  else if (for_size >= 0 && wide_enough (self, for_size))
    {
      int end_for = end_width (self, for_size);

      measure_child (self->start, orientation, for_size - end_for - SPACING,
                     &start_min, &start_nat);
      measure_child (self->end, orientation, end_for, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat, end_nat);
    }
  else
    {
      measure_child (self->start, orientation, for_size, &start_min, &start_nat);
      measure_child (self->end, orientation, for_size, &end_min, &end_nat);
      *minimum = start_min + end_min + (visible (self->start) && visible (self->end) ? SPACING : 0);
      *natural = start_nat + end_nat + (visible (self->start) && visible (self->end) ? SPACING : 0);
    }
}

static void
sirkel_assessment_columns_size_allocate (GtkWidget *widget,
                                         int        width,
                                         int        height,
                                         int        baseline)
{
  SirkelAssessmentColumns *self = SIRKEL_ASSESSMENT_COLUMNS (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  self->side_by_side = wide_enough (self, width);
  if (self->side_by_side)
    {
      int end_for = end_width (self, width);
      int start_for = width - end_for - SPACING;
      float start_x = rtl ? end_for + SPACING : 0;
      float end_x = rtl ? 0 : start_for + SPACING;

      gtk_widget_allocate (self->start, start_for, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (start_x, 0)));
      gtk_widget_allocate (self->end, end_for, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (end_x, 0)));
      return;
    }
  {
    int start_height = 0;
    int ignored;

    if (visible (self->start))
      {
        measure_child (self->start, GTK_ORIENTATION_VERTICAL, width, &start_height, &ignored);
        gtk_widget_allocate (self->start, width, start_height, -1, NULL);
      }
    if (visible (self->end))
      {
        int top = visible (self->start) ? start_height + SPACING : 0;

        gtk_widget_allocate (self->end, width, MAX (height - top, 0), -1,
                             gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, top)));
      }
  }
}

static GtkSizeRequestMode
sirkel_assessment_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
set_child (SirkelAssessmentColumns  *self,
           GtkWidget               **slot,
           GtkWidget                *child,
           GtkWidget                *sibling_after)
{
  if (*slot == child)
    return;
  g_clear_pointer (slot, gtk_widget_unparent);
  *slot = child;
  if (child != NULL)
    gtk_widget_insert_before (child, GTK_WIDGET (self), sibling_after);
}

static void
sirkel_assessment_columns_dispose (GObject *object)
{
  SirkelAssessmentColumns *self = SIRKEL_ASSESSMENT_COLUMNS (object);

  g_clear_pointer (&self->start, gtk_widget_unparent);
  g_clear_pointer (&self->end, gtk_widget_unparent);

  G_OBJECT_CLASS (sirkel_assessment_columns_parent_class)->dispose (object);
}

static void
sirkel_assessment_columns_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  SirkelAssessmentColumns *self = SIRKEL_ASSESSMENT_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start);
      break;
    case PROP_END_CHILD:
      g_value_set_object (value, self->end);
      break;
    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;
    case PROP_END_MAX_WIDTH:
      g_value_set_int (value, self->end_max_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_assessment_columns_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  SirkelAssessmentColumns *self = SIRKEL_ASSESSMENT_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      sirkel_assessment_columns_set_start_child (self, g_value_get_object (value));
      break;
    case PROP_END_CHILD:
      sirkel_assessment_columns_set_end_child (self, g_value_get_object (value));
      break;
    case PROP_THRESHOLD:
      if (self->threshold != g_value_get_int (value))
        {
          self->threshold = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_END_MAX_WIDTH:
      if (self->end_max_width != g_value_get_int (value))
        {
          self->end_max_width = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_assessment_columns_class_init (SirkelAssessmentColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_assessment_columns_dispose;
  object_class->get_property = sirkel_assessment_columns_get_property;
  object_class->set_property = sirkel_assessment_columns_set_property;
  widget_class->measure = sirkel_assessment_columns_measure;
  widget_class->size_allocate = sirkel_assessment_columns_size_allocate;
  widget_class->get_request_mode = sirkel_assessment_columns_get_request_mode;

  properties [PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties [PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties [PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL, 0, G_MAXINT, 900, flags);
  properties [PROP_END_MAX_WIDTH] =
    g_param_spec_int ("end-max-width", NULL, NULL, 0, G_MAXINT, 520, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sirkel_assessment_columns_init (SirkelAssessmentColumns *self)
{
  self->threshold = 900;
  self->end_max_width = 520;
}

/**
 * sirkel_assessment_columns_get_start_child:
 *
 * Returns: (transfer none) (nullable): the first child (the left one, side by side)
 */
GtkWidget *
sirkel_assessment_columns_get_start_child (SirkelAssessmentColumns *self)
{
  g_return_val_if_fail (SIRKEL_IS_ASSESSMENT_COLUMNS (self), NULL);

  return self->start;
}

void
sirkel_assessment_columns_set_start_child (SirkelAssessmentColumns *self,
                                           GtkWidget               *child)
{
  g_return_if_fail (SIRKEL_IS_ASSESSMENT_COLUMNS (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->start == child)
    return;
  set_child (self, &self->start, child, self->end);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_START_CHILD]);
}

/**
 * sirkel_assessment_columns_get_end_child:
 *
 * Returns: (transfer none) (nullable): the second child (the right one, side by side)
 */
GtkWidget *
sirkel_assessment_columns_get_end_child (SirkelAssessmentColumns *self)
{
  g_return_val_if_fail (SIRKEL_IS_ASSESSMENT_COLUMNS (self), NULL);

  return self->end;
}

void
sirkel_assessment_columns_set_end_child (SirkelAssessmentColumns *self,
                                         GtkWidget               *child)
{
  g_return_if_fail (SIRKEL_IS_ASSESSMENT_COLUMNS (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->end == child)
    return;
  set_child (self, &self->end, child, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_END_CHILD]);
}

gboolean
sirkel_assessment_columns_get_side_by_side (SirkelAssessmentColumns *self)
{
  g_return_val_if_fail (SIRKEL_IS_ASSESSMENT_COLUMNS (self), FALSE);

  return self->side_by_side;
}
