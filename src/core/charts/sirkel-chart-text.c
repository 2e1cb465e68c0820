/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text for the charts: Pango layouts that wrap and end with an ellipsis, and the words every
 * kind needs (periods, flags, dates, months, categories) in the style's language.
 *
 * The strings are English msgids marked with N_() and translated at draw time through
 * sirkel_chart_style_gettext (), so one process can draw in nb, nn and en side by side.
 */
#define G_LOG_DOMAIN "sirkel-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

const char *
chart_tr (SirkelChartCtx *ctx,
          const char     *msgid)
{
  return sirkel_chart_style_gettext (ctx->style, msgid);
}

char *
chart_number (SirkelChartCtx *ctx,
              double          value,
              int             decimals)
{
  return sirkel_chart_style_format_number (ctx->style, value, decimals);
}

/* The lines of @layout that run past its width: each holds a single word longer than the
 * width, since Pango wraps only between words here. Such a word is cut and ends in "…", so
 * that no word is ever broken over two lines ("Eksempelfy-" / "lket"). Only text with an
 * over-long word pays for this. */
static void
shorten_long_words (PangoLayout *layout,
                    int          width)
{
  const char *text = pango_layout_get_text (layout);
  g_autoptr(GString) shortened = g_string_new (NULL);
  PangoLayout *word = pango_layout_copy (layout);
  const char *done = text;

  pango_layout_set_width (word, -1);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      const char *start = text + line->start_index;
      const char *end = start + line->length;
      glong n;
      int w;

      /* Trailing spaces may hang past the width; they are not the word. */
      while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
        end = g_utf8_prev_char (end);
      pango_layout_set_text (word, start, (int) (end - start));
      pango_layout_get_size (word, &w, NULL);
      if (w <= width)
        continue;
      /* Drop characters from the end until the rest and the ellipsis fit; one always stays. */
      for (n = g_utf8_strlen (start, end - start) - 1; n > 1; n--)
        {
          int length = (int) (g_utf8_offset_to_pointer (start, n) - start);
          g_autofree char *cut = g_strdup_printf ("%.*s…", length, start);

          pango_layout_set_text (word, cut, -1);
          pango_layout_get_size (word, &w, NULL);
          if (w <= width)
            break;
        }
      g_string_append_len (shortened, done, start - done);
      g_string_append_len (shortened, start, g_utf8_offset_to_pointer (start, MAX (n, 1)) - start);
      g_string_append (shortened, "…");
      done = end;
    }
  g_object_unref (word);
  if (done == text)
    return;
  g_string_append (shortened, done);
  pango_layout_set_text (layout, shortened->str, -1);
}

/**
 * chart_layout:
 * @width: the wrap width, or ≤ 0 for one unwrapped line
 * @max_lines: at most this many lines, the last ending in "…" if cut; 0 for any number
 *
 * Lines break between words only: a word wider than @width is cut short with "…", never
 * broken over two lines.
 *
 * Returns: (transfer full): a layout in @font
 */
PangoLayout *
chart_layout (SirkelChartCtx *ctx,
              const char     *text,
              ChartFont       font,
              double          width,
              int             max_lines,
              PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (ctx->pango);

  pango_layout_set_font_description (layout, ctx->fonts[font]);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_alignment (layout, align);
  if (isfinite (width) && width > 0)
    {
      PangoRectangle logical;

      pango_layout_set_width (layout, (int) (MIN (width, 1e5) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      /* With PANGO_WRAP_WORD, Pango lets a word longer than the width run past it. */
      pango_layout_get_extents (layout, NULL, &logical);
      if (logical.width > pango_layout_get_width (layout))
        shorten_long_words (layout, pango_layout_get_width (layout));
      /* Ellipsizing costs a second layout pass, so only text that runs over gets it: a
       * barometer of 40 rows stays within its time budget (tests/bench/bench-charts.c).
       * A negative height counts lines. */
      if (pango_layout_get_line_count (layout) > (max_lines > 0 ? max_lines : 1000))
        {
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (layout, max_lines > 0 ? -max_lines : -1000);
        }
    }
  return layout;
}

void
chart_layout_size (PangoLayout *layout,
                   double      *width,
                   double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

void
chart_show_layout (SirkelChartCtx *ctx,
                   PangoLayout    *layout,
                   double          x,
                   double          y,
                   SirkelChartInk  ink)
{
  if (!isfinite (x) || !isfinite (y))
    return;
  chart_set_ink (ctx, ink);
  cairo_move_to (ctx->cr, chart_clamp (x), chart_clamp (y));
  pango_cairo_show_layout (ctx->cr, layout);
  cairo_new_path (ctx->cr);
}

/* Draws @text with its top-left (or its box's, for other alignments) at (@x, @y).
 * Returns: the height of the text drawn */
double
chart_text (SirkelChartCtx *ctx,
            const char     *text,
            ChartFont       font,
            SirkelChartInk  ink,
            double          x,
            double          y,
            double          width,
            int             max_lines,
            PangoAlignment  align)
{
  PangoLayout *layout;
  double w, h;

  if (text == NULL || *text == '\0')
    return 0;
  layout = chart_layout (ctx, text, font, width, max_lines, align);
  chart_layout_size (layout, &w, &h);
  chart_show_layout (ctx, layout, x, y, ink);
  g_object_unref (layout);
  return h;
}

double
chart_text_width (SirkelChartCtx *ctx,
                  const char     *text,
                  ChartFont       font)
{
  PangoLayout *layout = chart_layout (ctx, text, font, 0, 1, PANGO_ALIGN_LEFT);
  double w, h;

  chart_layout_size (layout, &w, &h);
  g_object_unref (layout);
  return w;
}

double
chart_line_height (SirkelChartCtx *ctx,
                   ChartFont       font)
{
  static const double scale[CHART_N_FONTS] = { 1.0, 0.85, 1.0, 0.85, 1.3 };

  /* Pango's line height for these fonts is close to 1.2 × the size; asking Pango for it
   * would cost a layout per call. */
  return ctx->unit * scale[font] * 1.22;
}

/* "2024", "2019–2021", "2024 Q2" … as the axis and the tooltips show a period. */
char *
chart_period_label (SirkelChartStyle       *style,
                    const SirkelChartValue *value)
{
  int part = value->period_part;

  if (part >= 1 && part <= 4)
    /* Translators: a year and a quarter, "2024 Q2"; in nb/nn "2024 K2". */
    return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%d Q%d")), value->period_from, part);
  if (part > 100 && part <= 112)
    return g_strdup_printf ("%d-%02d", value->period_from, part - 100);
  if (part > 200 && part <= 253)
    return g_strdup_printf ("%d-W%02d", value->period_from, part - 200);
  if (part == 900)
    return g_strdup_printf ("%d/%02d", value->period_from, value->period_to % 100);
  if (value->period_from == value->period_to)
    return g_strdup_printf ("%d", value->period_from);
  return g_strdup_printf ("%d–%d", value->period_from, value->period_to);
}

/* The symbol statistics tables print for a missing value, as FHI writes it. */
const char *
chart_flag_symbol (const char *flag)
{
  if (flag == NULL)
    return "";
  if (g_str_equal (flag, "suppressed"))
    return ":";
  if (g_str_equal (flag, "missing") || g_str_equal (flag, "missing_provisional"))
    return "..";
  if (g_str_equal (flag, "not_computable"))
    return ".";
  if (g_str_equal (flag, "not_available") || g_str_equal (flag, "not_applicable"))
    return "-";
  return "…";
}

const char *
chart_flag_label (SirkelChartStyle *style,
                  const char       *flag)
{
  const char *msgid = N_("no value");

  if (flag == NULL)
    msgid = N_("no value");
  else if (g_str_equal (flag, "suppressed"))
    msgid = N_("suppressed (too few cases)");
  else if (g_str_equal (flag, "missing") || g_str_equal (flag, "missing_provisional"))
    msgid = N_("missing data");
  else if (g_str_equal (flag, "not_computable"))
    msgid = N_("cannot be calculated");
  else if (g_str_equal (flag, "not_available") || g_str_equal (flag, "not_applicable"))
    msgid = N_("not available");
  return sirkel_chart_style_gettext (style, msgid);
}

/* "Lundfjord, 2022–2024: 16,3 prosent (95 % CI 14,1–18,6)." or "… : suppressed (too few
 * cases)." */
char *
chart_value_sentence (SirkelChartStyle       *style,
                      const char             *place,
                      const SirkelChartValue *value,
                      int                     decimals,
                      const char             *unit)
{
  g_autofree char *period = chart_period_label (style, value);
  g_autofree char *number = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (!isfinite (value->value))
    /* Translators: a place, a period and why there is no value: "Lundfjord, 2022–2024: missing data." */
    return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%s, %s: %s.")), place, period,
                            chart_flag_label (style, value->flag));
  number = sirkel_chart_style_format_number (style, value->value, decimals);
  if (isfinite (value->ci_low) && isfinite (value->ci_high))
    {
      low = sirkel_chart_style_format_number (style, value->ci_low, decimals);
      high = sirkel_chart_style_format_number (style, value->ci_high, decimals);
      /* Translators: place, period, value, unit, and the 95 % confidence interval. */
      return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%s, %s: %s %s (95 %% confidence interval %s–%s).")),
                              place, period, number, unit != NULL ? unit : "", low, high);
    }
  /* Translators: place, period, value and unit: "Lundfjord, 2022–2024: 16.3 per cent." */
  return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%s, %s: %s %s.")), place, period, number,
                          unit != NULL ? unit : "");
}

const char *
chart_month_name (SirkelChartStyle *style,
                  int               month)
{
  static const char * const months[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
    N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  if (month < 1 || month > 12)
    return "";
  return sirkel_chart_style_gettext (style, months[month - 1]);
}

/* "15 March 2025" (en), "15. mars 2025" (nb, nn); "" for an invalid date. */
char *
chart_date_label (SirkelChartStyle *style,
                  const GDate      *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* Translators: a date: the day, the month's name and the year; in nb/nn "%d. %s %d". */
  return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%d %s %d")), g_date_get_day (date),
                          chart_month_name (style, g_date_get_month (date)), g_date_get_year (date));
}

/* The forskrift § 3 category names; the same msgids as sirkel-domain.c, which translates
 * them into the UI's language only. */
const char *
chart_category_label (SirkelChartStyle *style,
                      char              category)
{
  switch (category)
    {
    case 'a': return sirkel_chart_style_gettext (style, N_("Population composition"));
    case 'b': return sirkel_chart_style_gettext (style, N_("Upbringing and living conditions"));
    case 'c': return sirkel_chart_style_gettext (style, N_("Physical, biological, chemical and social environment"));
    case 'd': return sirkel_chart_style_gettext (style, N_("Injuries and accidents"));
    case 'e': return sirkel_chart_style_gettext (style, N_("Health-related behaviour"));
    case 'f': return sirkel_chart_style_gettext (style, N_("Health status"));
    default: return sirkel_chart_style_gettext (style, N_("Without category"));
    }
}

/* The comparison classes; the same msgids as sirkel-compare.c. */
const char *
chart_comparison_label (SirkelChartStyle      *style,
                        SirkelComparisonClass  klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_NOT_TESTED: return sirkel_chart_style_gettext (style, N_("Not tested"));
    case SIRKEL_COMPARISON_SIMILAR: return sirkel_chart_style_gettext (style, N_("Similar"));
    case SIRKEL_COMPARISON_BETTER: return sirkel_chart_style_gettext (style, N_("Significantly better"));
    case SIRKEL_COMPARISON_WORSE: return sirkel_chart_style_gettext (style, N_("Significantly worse"));
    case SIRKEL_COMPARISON_HIGHER: return sirkel_chart_style_gettext (style, N_("Significantly higher"));
    case SIRKEL_COMPARISON_LOWER: return sirkel_chart_style_gettext (style, N_("Significantly lower"));
    case SIRKEL_COMPARISON_NO_DATA:
    default: return sirkel_chart_style_gettext (style, N_("No data"));
    }
}

/* Text on a coloured fill: near-black or white, whichever contrasts more with the fill. */
void
chart_show_layout_on (SirkelChartCtx *ctx,
                      PangoLayout    *layout,
                      double          x,
                      double          y,
                      SirkelChartInk  fill)
{
  const SirkelColor *color = sirkel_chart_style_get_color (ctx->style, fill);
  double luminance = 0.2126 * color->red * color->red + 0.7152 * color->green * color->green +
                     0.0722 * color->blue * color->blue;

  if (!isfinite (x) || !isfinite (y))
    return;
  if (luminance > 0.2)
    cairo_set_source_rgb (ctx->cr, 0.11, 0.11, 0.11);
  else
    cairo_set_source_rgb (ctx->cr, 1, 1, 1);
  cairo_move_to (ctx->cr, chart_clamp (x), chart_clamp (y));
  pango_cairo_show_layout (ctx->cr, layout);
  cairo_new_path (ctx->cr);
}
