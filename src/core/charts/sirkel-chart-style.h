/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelChartStyle: how a chart looks and which language it speaks — the palette (light or
 * dark), the font, and the language of its labels and numbers.
 *
 * The palette is colour-blind safe (built on Okabe and Ito's colours) and still reads in
 * greyscale: colours that carry meaning also differ in lightness, and the charts add a shape,
 * a dash or a text to every colour, so meaning never rests on colour alone. Neutral
 * indicators use the neutral ink, never the better (green) or worse (red) one.
 *
 * The language ("nb", "nn", "en", or NULL for the UI's) decides both the labels (through
 * sirkel_i18n_gettext (), independent of the process locale) and the numbers: nb and nn write
 * a decimal comma and a thin space (U+2009) between thousands, en a point and a comma, and all
 * three a real minus sign (U+2212).
 *
 * A style is a small ref-counted value; change it before a render, not during one. Like the
 * charts, it may be used from any one thread at a time.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} SirkelColor;

typedef enum
{
  SIRKEL_CHART_INK_BACKGROUND,
  SIRKEL_CHART_INK_FOREGROUND,
  SIRKEL_CHART_INK_MUTED,        /* secondary text, axis labels */
  SIRKEL_CHART_INK_GRID,
  SIRKEL_CHART_INK_PANEL,        /* alternate rows, box fills */
  SIRKEL_CHART_INK_KOMMUNE,      /* the municipality: solid line, circles */
  SIRKEL_CHART_INK_FYLKE,        /* the county: dashed line, squares */
  SIRKEL_CHART_INK_LANDET,       /* the country: dotted line, triangles */
  SIRKEL_CHART_INK_BAND,         /* confidence band, translucent */
  SIRKEL_CHART_INK_BETTER,       /* significantly better: lighter, triangle up */
  SIRKEL_CHART_INK_WORSE,        /* significantly worse: darker, triangle down */
  SIRKEL_CHART_INK_NEUTRAL,      /* neutral indicator, higher or lower: diamond */
  SIRKEL_CHART_INK_SPREAD,       /* range across municipalities */
  SIRKEL_CHART_INK_SPREAD_MID,   /* middle half of that range */
  SIRKEL_CHART_INK_STATUS_PROPOSED,
  SIRKEL_CHART_INK_STATUS_PLANNED,
  SIRKEL_CHART_INK_STATUS_ONGOING,
  SIRKEL_CHART_INK_STATUS_COMPLETED,
  SIRKEL_CHART_INK_STATUS_STOPPED,
  SIRKEL_CHART_INK_TODAY,
  SIRKEL_CHART_INK_CATEGORY_1,   /* seven categorical colours, each paired with a shape */
  SIRKEL_CHART_INK_CATEGORY_2,
  SIRKEL_CHART_INK_CATEGORY_3,
  SIRKEL_CHART_INK_CATEGORY_4,
  SIRKEL_CHART_INK_CATEGORY_5,
  SIRKEL_CHART_INK_CATEGORY_6,
  SIRKEL_CHART_INK_CATEGORY_7,
  SIRKEL_CHART_N_INKS
} SirkelChartInk;

typedef struct _SirkelChartStyle SirkelChartStyle;

#define SIRKEL_TYPE_CHART_STYLE (sirkel_chart_style_get_type ())

GType              sirkel_chart_style_get_type       (void) G_GNUC_CONST;
SirkelChartStyle  *sirkel_chart_style_new            (void);
SirkelChartStyle  *sirkel_chart_style_ref            (SirkelChartStyle *self);
void               sirkel_chart_style_unref          (SirkelChartStyle *self);

void               sirkel_chart_style_set_language   (SirkelChartStyle *self,
                                                      const char       *language);
const char        *sirkel_chart_style_get_language   (SirkelChartStyle *self);
void               sirkel_chart_style_set_dark       (SirkelChartStyle *self,
                                                      gboolean          dark);
gboolean           sirkel_chart_style_get_dark       (SirkelChartStyle *self);
void               sirkel_chart_style_set_font       (SirkelChartStyle *self,
                                                      const char       *family,
                                                      double            size);
const char        *sirkel_chart_style_get_font_family (SirkelChartStyle *self);
double             sirkel_chart_style_get_font_size  (SirkelChartStyle *self);
void               sirkel_chart_style_set_show_title (SirkelChartStyle *self,
                                                      gboolean          show_title);
gboolean           sirkel_chart_style_get_show_title (SirkelChartStyle *self);

const SirkelColor *sirkel_chart_style_get_color      (SirkelChartStyle *self,
                                                      SirkelChartInk    ink);
const char        *sirkel_chart_style_gettext        (SirkelChartStyle *self,
                                                      const char       *msgid) G_GNUC_FORMAT (2);
char              *sirkel_chart_style_format_number  (SirkelChartStyle *self,
                                                      double            value,
                                                      int               decimals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartStyle, sirkel_chart_style_unref)

G_END_DECLS
