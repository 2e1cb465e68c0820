/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelIndicatorItem; see sirkel-indicator-item.h. The item owns its summary. Meaning is
 * carried by words and a symbol in the text, never by colour alone: ▼ significantly worse,
 * ▲ significantly better, = similar, ↑/↓ higher/lower for neutral indicators.
 */
#define G_LOG_DOMAIN "sirkel-indicator-item"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-indicator-item.h"

struct _SirkelIndicatorItem
{
  GObject                 parent_instance;

  SirkelIndicatorSummary *summary;
};

G_DEFINE_FINAL_TYPE (SirkelIndicatorItem, sirkel_indicator_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_TITLE,
  PROP_CATEGORY,
  PROP_CATEGORY_LABEL,
  PROP_UNIT,
  PROP_VALUE,
  PROP_VALUE_TEXT,
  PROP_FYLKE_TEXT,
  PROP_LANDET_TEXT,
  PROP_PERIOD_TEXT,
  PROP_PERIOD_END,
  PROP_COMPARISON_TEXT,
  PROP_COMPARISON_RANK,
  PROP_FYLKE_COMPARISON_TEXT,
  PROP_TREND_TEXT,
  PROP_SUGGESTED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/**
 * sirkel_indicator_format_value:
 *
 * Returns: (transfer full): @value with @decimals decimals in the user's locale, or "–"
 */
char *
sirkel_indicator_format_value (double value,
                               int    decimals)
{
  if (!isfinite (value))
    return g_strdup ("–");
  return g_strdup_printf ("%.*f", CLAMP (decimals, 0, 6), value);
}

static const char *
comparison_text (SirkelComparisonClass klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_WORSE:
      /* Translators: the symbol carries the meaning besides the colour; keep it. */
      return _("▼ Worse");
    case SIRKEL_COMPARISON_BETTER:
      return _("▲ Better");
    case SIRKEL_COMPARISON_SIMILAR:
      return _("= Similar");
    case SIRKEL_COMPARISON_HIGHER:
      return _("↑ Higher");
    case SIRKEL_COMPARISON_LOWER:
      return _("↓ Lower");
    case SIRKEL_COMPARISON_NOT_TESTED:
      return _("Not tested");
    case SIRKEL_COMPARISON_NO_DATA:
    default:
      return "";
    }
}

/* Sorting by comparison puts what needs attention first. */
static int
comparison_rank (SirkelComparisonClass klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_WORSE: return 0;
    case SIRKEL_COMPARISON_HIGHER: return 1;
    case SIRKEL_COMPARISON_LOWER: return 2;
    case SIRKEL_COMPARISON_SIMILAR: return 3;
    case SIRKEL_COMPARISON_BETTER: return 4;
    case SIRKEL_COMPARISON_NOT_TESTED: return 5;
    case SIRKEL_COMPARISON_NO_DATA:
    default: return 6;
    }
}

static char *
trend_text (const SirkelIndicatorSummary *summary)
{
  switch (summary->trend)
    {
    case SIRKEL_TREND_RISING:
      if (summary->polarity != 0)
        return g_strdup (sirkel_trend_is_worsening (summary->trend, summary->polarity)
                         ? _("↗ Rising, worsening") : _("↗ Rising, improving"));
      return g_strdup (_("↗ Rising"));
    case SIRKEL_TREND_FALLING:
      if (summary->polarity != 0)
        return g_strdup (sirkel_trend_is_worsening (summary->trend, summary->polarity)
                         ? _("↘ Falling, worsening") : _("↘ Falling, improving"));
      return g_strdup (_("↘ Falling"));
    case SIRKEL_TREND_STABLE:
      return g_strdup (_("→ Stable"));
    case SIRKEL_TREND_UNKNOWN:
    default:
      return g_strdup ("");
    }
}

static char *
period_text (const SirkelComparison *comparison)
{
  if (comparison->klass == SIRKEL_COMPARISON_NO_DATA)
    return g_strdup ("");
  if (comparison->period_from == comparison->period_to)
    return g_strdup_printf ("%d", comparison->period_from);
  return g_strdup_printf ("%d–%d", comparison->period_from, comparison->period_to);
}

static char *
value_with_unit (const SirkelIndicatorSummary *summary,
                 double                        value)
{
  g_autofree char *number = sirkel_indicator_format_value (value, summary->decimals);

  if (!isfinite (value) || summary->unit == NULL || *summary->unit == '\0')
    return g_steal_pointer (&number);
  if (g_str_equal (summary->unit, "prosent") || g_str_equal (summary->unit, "percent") ||
      g_str_equal (summary->unit, "%"))
    return g_strdup_printf ("%s %%", number);
  return g_strdup_printf ("%s %s", number, summary->unit);
}

/**
 * sirkel_indicator_item_dup_sentence:
 * @kommune_name: the municipality's name, for the sentence
 *
 * Returns: (transfer full): the comparison with landet explained in plain words
 */
char *
sirkel_indicator_item_dup_sentence (SirkelIndicatorItem *self,
                                    const char          *kommune_name)
{
  const SirkelIndicatorSummary *s;
  const SirkelComparison *c;
  g_autofree char *value = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *period = NULL;
  g_autofree char *interval = NULL;
  const char *name = kommune_name != NULL && *kommune_name != '\0' ? kommune_name : _("The municipality");

  g_return_val_if_fail (SIRKEL_IS_INDICATOR_ITEM (self), NULL);

  s = self->summary;
  c = &s->landet;
  if (c->klass == SIRKEL_COMPARISON_NO_DATA)
    return g_strdup_printf (_("%s has no value for this indicator yet."), name);

  value = value_with_unit (s, c->value);
  reference = value_with_unit (s, c->reference);
  period = period_text (c);
  if (isfinite (c->ci_low) && isfinite (c->ci_high))
    {
      g_autofree char *low = sirkel_indicator_format_value (c->ci_low, s->decimals);
      g_autofree char *high = sirkel_indicator_format_value (c->ci_high, s->decimals);

      /* Translators: a 95 % confidence interval, e.g. "23.0–26.8". */
      interval = g_strdup_printf (_("%s–%s"), low, high);
    }

  switch (c->klass)
    {
    case SIRKEL_COMPARISON_NOT_TESTED:
      if (!isfinite (c->reference))
        return g_strdup_printf (_("%s: %s in %s. Not tested: landet has no value for the same period."),
                                name, value, period);
      return g_strdup_printf (_("%s: %s in %s, landet %s. Not tested: the data give neither a confidence "
                                "interval nor a numerator and denominator."), name, value, period, reference);
    case SIRKEL_COMPARISON_SIMILAR:
      return g_strdup_printf (_("%s: %s in %s (95 %% confidence interval %s). Landet’s %s lies inside the "
                                "interval: no significant difference."), name, value, period,
                              interval != NULL ? interval : "–", reference);
    case SIRKEL_COMPARISON_WORSE:
      return g_strdup_printf (s->polarity < 0
                              ? _("%s: %s in %s (95 %% confidence interval %s). Landet’s %s lies outside the "
                                  "interval, and lower is better here: significantly worse than landet.")
                              : _("%s: %s in %s (95 %% confidence interval %s). Landet’s %s lies outside the "
                                  "interval, and higher is better here: significantly worse than landet."),
                              name, value, period, interval != NULL ? interval : "–", reference);
    case SIRKEL_COMPARISON_BETTER:
      return g_strdup_printf (s->polarity < 0
                              ? _("%s: %s in %s (95 %% confidence interval %s). Landet’s %s lies outside the "
                                  "interval, and lower is better here: significantly better than landet.")
                              : _("%s: %s in %s (95 %% confidence interval %s). Landet’s %s lies outside the "
                                  "interval, and higher is better here: significantly better than landet."),
                              name, value, period, interval != NULL ? interval : "–", reference);
    case SIRKEL_COMPARISON_HIGHER:
    case SIRKEL_COMPARISON_LOWER:
    default:
      return g_strdup_printf (c->klass == SIRKEL_COMPARISON_HIGHER
                              ? _("%s: %s in %s (95 %% confidence interval %s). Landet’s %s lies outside the "
                                  "interval: significantly higher. This indicator is neither better nor worse "
                                  "when higher.")
                              : _("%s: %s in %s (95 %% confidence interval %s). Landet’s %s lies outside the "
                                  "interval: significantly lower. This indicator is neither better nor worse "
                                  "when lower."),
                              name, value, period, interval != NULL ? interval : "–", reference);
    }
}

static void
sirkel_indicator_item_finalize (GObject *object)
{
  SirkelIndicatorItem *self = SIRKEL_INDICATOR_ITEM (object);

  g_clear_pointer (&self->summary, sirkel_indicator_summary_free);

  G_OBJECT_CLASS (sirkel_indicator_item_parent_class)->finalize (object);
}

static void
sirkel_indicator_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SirkelIndicatorItem *self = SIRKEL_INDICATOR_ITEM (object);
  const SirkelIndicatorSummary *s = self->summary;

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, s->key);
      break;
    case PROP_TITLE:
      g_value_set_string (value, sirkel_indicator_item_get_title (self));
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, s->category != NULL ? s->category : "");
      break;
    case PROP_CATEGORY_LABEL:
      g_value_take_string (value, s->category != NULL ? sirkel_category_dup_label (s->category) : g_strdup (""));
      break;
    case PROP_UNIT:
      g_value_set_string (value, s->unit != NULL ? s->unit : "");
      break;
    case PROP_VALUE:
      /* Rows without a value sort last in either direction's start. */
      g_value_set_double (value, isfinite (s->landet.value) ? s->landet.value : -G_MAXDOUBLE);
      break;
    case PROP_VALUE_TEXT:
      g_value_take_string (value, sirkel_indicator_format_value (s->landet.value, s->decimals));
      break;
    case PROP_FYLKE_TEXT:
      g_value_take_string (value, sirkel_indicator_format_value (s->fylke.reference, s->decimals));
      break;
    case PROP_LANDET_TEXT:
      g_value_take_string (value, sirkel_indicator_format_value (s->landet.reference, s->decimals));
      break;
    case PROP_PERIOD_TEXT:
      g_value_take_string (value, period_text (&s->landet));
      break;
    case PROP_PERIOD_END:
      g_value_set_int (value, s->landet.klass == SIRKEL_COMPARISON_NO_DATA ? 0 : s->landet.period_to);
      break;
    case PROP_COMPARISON_TEXT:
      g_value_set_string (value, comparison_text (s->landet.klass));
      break;
    case PROP_COMPARISON_RANK:
      g_value_set_int (value, comparison_rank (s->landet.klass));
      break;
    case PROP_FYLKE_COMPARISON_TEXT:
      g_value_set_string (value, comparison_text (s->fylke.klass));
      break;
    case PROP_TREND_TEXT:
      g_value_take_string (value, trend_text (s));
      break;
    case PROP_SUGGESTED:
      g_value_set_boolean (value, s->worse_and_worsening);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_indicator_item_class_init (SirkelIndicatorItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sirkel_indicator_item_finalize;
  object_class->get_property = sirkel_indicator_item_get_property;

  properties [PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties [PROP_CATEGORY_LABEL] = g_param_spec_string ("category-label", NULL, NULL, NULL, flags);
  properties [PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, flags);
  properties [PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties [PROP_VALUE_TEXT] = g_param_spec_string ("value-text", NULL, NULL, NULL, flags);
  properties [PROP_FYLKE_TEXT] = g_param_spec_string ("fylke-text", NULL, NULL, NULL, flags);
  properties [PROP_LANDET_TEXT] = g_param_spec_string ("landet-text", NULL, NULL, NULL, flags);
  properties [PROP_PERIOD_TEXT] = g_param_spec_string ("period-text", NULL, NULL, NULL, flags);
  properties [PROP_PERIOD_END] = g_param_spec_int ("period-end", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_COMPARISON_TEXT] = g_param_spec_string ("comparison-text", NULL, NULL, NULL, flags);
  properties [PROP_COMPARISON_RANK] = g_param_spec_int ("comparison-rank", NULL, NULL, 0, 10, 0, flags);
  properties [PROP_FYLKE_COMPARISON_TEXT] = g_param_spec_string ("fylke-comparison-text", NULL, NULL, NULL, flags);
  properties [PROP_TREND_TEXT] = g_param_spec_string ("trend-text", NULL, NULL, NULL, flags);
  properties [PROP_SUGGESTED] = g_param_spec_boolean ("suggested", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sirkel_indicator_item_init (SirkelIndicatorItem *self)
{
}

/**
 * sirkel_indicator_item_new:
 * @summary: (transfer full): the summary
 */
SirkelIndicatorItem *
sirkel_indicator_item_new (SirkelIndicatorSummary *summary)
{
  SirkelIndicatorItem *self;

  g_return_val_if_fail (summary != NULL, NULL);

  self = g_object_new (SIRKEL_TYPE_INDICATOR_ITEM, NULL);
  self->summary = summary;
  return self;
}

const SirkelIndicatorSummary *
sirkel_indicator_item_get_summary (SirkelIndicatorItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_INDICATOR_ITEM (self), NULL);

  return self->summary;
}

const char *
sirkel_indicator_item_get_title (SirkelIndicatorItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_INDICATOR_ITEM (self), NULL);

  return self->summary->title != NULL && *self->summary->title != '\0' ? self->summary->title
                                                                       : self->summary->key;
}
