/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chart styles: palettes, font and language; see sirkel-chart-style.h.
 *
 * The light palette's meaning-carrying pairs differ in CIE lightness by at least about 20:
 * better (L* ≈ 66) against worse (L* ≈ 43), kommune blue (≈ 45) against fylke orange (≈ 72)
 * and landet near-black, so a greyscale print keeps them apart even before the shapes and
 * dashes that every chart adds. The dark palette keeps the same order of lightness.
 */
#define G_LOG_DOMAIN "sirkel-chart-style"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-chart-style.h"
#include "sirkel-i18n.h"

struct _SirkelChartStyle
{
  gatomicrefcount  ref_count;
  char            *language;     /* "nb", "nn", "en", or NULL for the UI's */
  char            *font_family;  /* a Pango family list, never NULL */
  double           font_size;    /* body text, in user units (> 0) */
  gboolean         dark;
  gboolean         show_title;
  gboolean         norwegian;    /* numbers with a decimal comma; follows language */
};

G_DEFINE_BOXED_TYPE (SirkelChartStyle, sirkel_chart_style, sirkel_chart_style_ref, sirkel_chart_style_unref)

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, a }

static const SirkelColor light_palette[SIRKEL_CHART_N_INKS] = {
  [SIRKEL_CHART_INK_BACKGROUND] = RGB (0xffffff),
  [SIRKEL_CHART_INK_FOREGROUND] = RGB (0x1c1c1c),
  [SIRKEL_CHART_INK_MUTED] = RGB (0x5e5e5e),
  [SIRKEL_CHART_INK_GRID] = RGB (0xd6d6d6),
  [SIRKEL_CHART_INK_PANEL] = RGB (0xf2f2f2),
  [SIRKEL_CHART_INK_KOMMUNE] = RGB (0x0072b2),
  [SIRKEL_CHART_INK_FYLKE] = RGB (0xe69f00),
  [SIRKEL_CHART_INK_LANDET] = RGB (0x3a3a3a),
  [SIRKEL_CHART_INK_BAND] = RGBA (0x0072b2, 0.16),
  [SIRKEL_CHART_INK_BETTER] = RGB (0x41b58e),
  [SIRKEL_CHART_INK_WORSE] = RGB (0xb2421a),
  [SIRKEL_CHART_INK_NEUTRAL] = RGB (0x7b6fb8),
  [SIRKEL_CHART_INK_SPREAD] = RGB (0xe4e4e4),
  [SIRKEL_CHART_INK_SPREAD_MID] = RGB (0xbdbdbd),
  [SIRKEL_CHART_INK_STATUS_PROPOSED] = RGB (0xeeeeee),
  [SIRKEL_CHART_INK_STATUS_PLANNED] = RGB (0x9ccbea),
  [SIRKEL_CHART_INK_STATUS_ONGOING] = RGB (0x0072b2),
  [SIRKEL_CHART_INK_STATUS_COMPLETED] = RGB (0x41b58e),
  [SIRKEL_CHART_INK_STATUS_STOPPED] = RGB (0xb2421a),
  [SIRKEL_CHART_INK_TODAY] = RGB (0xd55e00),
  [SIRKEL_CHART_INK_CATEGORY_1] = RGB (0x0072b2),
  [SIRKEL_CHART_INK_CATEGORY_2] = RGB (0xe69f00),
  [SIRKEL_CHART_INK_CATEGORY_3] = RGB (0x009e73),
  [SIRKEL_CHART_INK_CATEGORY_4] = RGB (0xcc79a7),
  [SIRKEL_CHART_INK_CATEGORY_5] = RGB (0x56b4e9),
  [SIRKEL_CHART_INK_CATEGORY_6] = RGB (0xd55e00),
  [SIRKEL_CHART_INK_CATEGORY_7] = RGB (0x6b6b6b),
};

static const SirkelColor dark_palette[SIRKEL_CHART_N_INKS] = {
  [SIRKEL_CHART_INK_BACKGROUND] = RGB (0x242424),
  [SIRKEL_CHART_INK_FOREGROUND] = RGB (0xf0f0f0),
  [SIRKEL_CHART_INK_MUTED] = RGB (0xb4b4b4),
  [SIRKEL_CHART_INK_GRID] = RGB (0x4a4a4a),
  [SIRKEL_CHART_INK_PANEL] = RGB (0x303030),
  [SIRKEL_CHART_INK_KOMMUNE] = RGB (0x56b4e9),
  [SIRKEL_CHART_INK_FYLKE] = RGB (0xe69f00),
  [SIRKEL_CHART_INK_LANDET] = RGB (0xd4d4d4),
  [SIRKEL_CHART_INK_BAND] = RGBA (0x56b4e9, 0.22),
  [SIRKEL_CHART_INK_BETTER] = RGB (0x6fd4ae),
  [SIRKEL_CHART_INK_WORSE] = RGB (0xd9622f),
  [SIRKEL_CHART_INK_NEUTRAL] = RGB (0xa99be0),
  [SIRKEL_CHART_INK_SPREAD] = RGB (0x3a3a3a),
  [SIRKEL_CHART_INK_SPREAD_MID] = RGB (0x5c5c5c),
  [SIRKEL_CHART_INK_STATUS_PROPOSED] = RGB (0x3c3c3c),
  [SIRKEL_CHART_INK_STATUS_PLANNED] = RGB (0x2f6a99),
  [SIRKEL_CHART_INK_STATUS_ONGOING] = RGB (0x56b4e9),
  [SIRKEL_CHART_INK_STATUS_COMPLETED] = RGB (0x6fd4ae),
  [SIRKEL_CHART_INK_STATUS_STOPPED] = RGB (0xd9622f),
  [SIRKEL_CHART_INK_TODAY] = RGB (0xff8a50),
  [SIRKEL_CHART_INK_CATEGORY_1] = RGB (0x56b4e9),
  [SIRKEL_CHART_INK_CATEGORY_2] = RGB (0xe69f00),
  [SIRKEL_CHART_INK_CATEGORY_3] = RGB (0x2fbf8f),
  [SIRKEL_CHART_INK_CATEGORY_4] = RGB (0xe08fc0),
  [SIRKEL_CHART_INK_CATEGORY_5] = RGB (0x9ad0f0),
  [SIRKEL_CHART_INK_CATEGORY_6] = RGB (0xf07e3a),
  [SIRKEL_CHART_INK_CATEGORY_7] = RGB (0xb0b0b0),
};

static gboolean uses_norwegian_numbers (const char *language);

/**
 * sirkel_chart_style_new:
 *
 * A light style in the UI's language, with the GNOME UI font at 13 units.
 *
 * Returns: (transfer full): a new style
 */
SirkelChartStyle *
sirkel_chart_style_new (void)
{
  SirkelChartStyle *self = g_new0 (SirkelChartStyle, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->font_family = g_strdup ("Cantarell, DejaVu Sans, sans-serif");
  self->font_size = 13;
  self->show_title = TRUE;
  self->norwegian = uses_norwegian_numbers (NULL);
  return self;
}

SirkelChartStyle *
sirkel_chart_style_ref (SirkelChartStyle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sirkel_chart_style_unref (SirkelChartStyle *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->language);
  g_free (self->font_family);
  g_free (self);
}

/**
 * sirkel_chart_style_set_language:
 * @language: (nullable): "nb", "nn", "en", or %NULL for the UI's language
 */
void
sirkel_chart_style_set_language (SirkelChartStyle *self,
                                 const char       *language)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (sirkel_i18n_language_is_valid (language));

  g_free (self->language);
  self->language = g_strdup (language);
  /* Decided here, not per number: the UI's language is looked up in the environment. */
  self->norwegian = uses_norwegian_numbers (language);
}

const char *
sirkel_chart_style_get_language (SirkelChartStyle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->language;
}

void
sirkel_chart_style_set_dark (SirkelChartStyle *self,
                             gboolean          dark)
{
  g_return_if_fail (self != NULL);

  self->dark = !!dark;
}

gboolean
sirkel_chart_style_get_dark (SirkelChartStyle *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->dark;
}

/**
 * sirkel_chart_style_set_font:
 * @family: a Pango font family list, such as "DejaVu Sans"
 * @size: the body text size in user units (pixels on an image, points in a PDF); titles and
 *   notes are drawn in proportion
 */
void
sirkel_chart_style_set_font (SirkelChartStyle *self,
                             const char       *family,
                             double            size)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (family != NULL && *family != '\0');
  g_return_if_fail (isfinite (size) && size >= 4 && size <= 200);

  g_free (self->font_family);
  self->font_family = g_strdup (family);
  self->font_size = size;
}

const char *
sirkel_chart_style_get_font_family (SirkelChartStyle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->font_family;
}

double
sirkel_chart_style_get_font_size (SirkelChartStyle *self)
{
  g_return_val_if_fail (self != NULL, 13);

  return self->font_size;
}

/* A document places its own caption under a figure, so it turns the title off. */
void
sirkel_chart_style_set_show_title (SirkelChartStyle *self,
                                   gboolean          show_title)
{
  g_return_if_fail (self != NULL);

  self->show_title = !!show_title;
}

gboolean
sirkel_chart_style_get_show_title (SirkelChartStyle *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->show_title;
}

/**
 * sirkel_chart_style_get_color:
 *
 * Returns: (transfer none): the colour of @ink in this style's light or dark palette
 */
const SirkelColor *
sirkel_chart_style_get_color (SirkelChartStyle *self,
                              SirkelChartInk    ink)
{
  g_return_val_if_fail (self != NULL, &light_palette[0]);
  g_return_val_if_fail ((guint) ink < SIRKEL_CHART_N_INKS, &light_palette[0]);

  return self->dark ? &dark_palette[ink] : &light_palette[ink];
}

/**
 * sirkel_chart_style_gettext:
 * @msgid: an English msgid of the "sirkel" domain
 *
 * Returns: (transfer none): @msgid in the style's language
 */
const char *
sirkel_chart_style_gettext (SirkelChartStyle *self,
                            const char       *msgid)
{
  g_return_val_if_fail (self != NULL, msgid);

  return sirkel_i18n_gettext (self->language, msgid);
}

/* Norwegian number style for nb and nn; for the UI's language, follow the UI's locale. */
static gboolean
uses_norwegian_numbers (const char *language)
{
  const char * const *names;

  if (language != NULL)
    return !g_str_equal (language, "en");
  names = g_get_language_names ();
  return names[0] != NULL && (g_str_has_prefix (names[0], "nb") || g_str_has_prefix (names[0], "nn") ||
                              g_str_has_prefix (names[0], "no"));
}

/**
 * sirkel_chart_style_format_number:
 * @decimals: digits after the decimal mark, 0–6
 *
 * Formats @value in the style's language: "−1 234,5" in nb and nn (thin spaces), "−1,234.5" in
 * English. A value that is not finite gives "–", never "nan" or "inf".
 *
 * Returns: (transfer full): the text
 */
char *
sirkel_chart_style_format_number (SirkelChartStyle *self,
                                  double            value,
                                  int               decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 8];
  char format[8];
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean norwegian;
  const char *digits, *point;
  gsize int_len;

  g_return_val_if_fail (self != NULL, NULL);

  if (!isfinite (value) || fabs (value) >= 1e15)
    return g_strdup ("–");
  decimals = CLAMP (decimals, 0, 6);
  norwegian = self->norwegian;
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, fabs (value));
  digits = buf;
  point = strchr (buf, '.');
  int_len = point != NULL ? (gsize) (point - buf) : strlen (buf);

  /* No minus on a value that rounds to zero: "−0,0" reads as a finding. */
  if (value < 0 && strspn (buf, "0.") != strlen (buf))
    g_string_append (out, "−");
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, norwegian ? "\u2009" : ",");
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    {
      g_string_append_c (out, norwegian ? ',' : '.');
      g_string_append (out, point + 1);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
