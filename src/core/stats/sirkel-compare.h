/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comparing the municipality's latest value of an indicator with a reference area (landet or
 * fylket). The test is whether the reference value lies outside the municipality's 95 %
 * confidence interval; the interval comes from the file (ci_low/ci_high) or, for shares and
 * rates with a numerator and denominator, from the Wilson score interval. Without either the
 * result is "not tested" — never a guess. The trend is the least-squares slope over the last
 * five periods with a value: stable when the fitted change over those periods is under 5 % of
 * their mean, else rising or falling; with a polarity, rising or falling is worsening or
 * improving. Plain functions, no I/O beyond the store's queries.
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_COMPARISON_NO_DATA,     /* the municipality has no value */
  SIRKEL_COMPARISON_NOT_TESTED,  /* no interval or no reference value */
  SIRKEL_COMPARISON_SIMILAR,
  SIRKEL_COMPARISON_BETTER,      /* polarity set */
  SIRKEL_COMPARISON_WORSE,
  SIRKEL_COMPARISON_HIGHER,      /* neutral indicators: never better or worse */
  SIRKEL_COMPARISON_LOWER,
} SirkelComparisonClass;

typedef struct
{
  SirkelComparisonClass klass;
  int                   period_from;
  int                   period_to;
  double                value;
  double                reference;      /* NaN if none */
  double                ci_low;         /* NaN if none */
  double                ci_high;
} SirkelComparison;

gboolean    sirkel_compare_indicator         (SirkelStore           *store,
                                              const SirkelId        *indicator,
                                              const char            *geo,
                                              const char            *reference_geo,
                                              SirkelComparison      *result,
                                              GError               **error);
gboolean    sirkel_wilson_interval           (double                 numerator,
                                              double                 denominator,
                                              double                *low,
                                              double                *high);
typedef enum
{
  SIRKEL_TREND_UNKNOWN,    /* fewer than three periods */
  SIRKEL_TREND_STABLE,
  SIRKEL_TREND_RISING,
  SIRKEL_TREND_FALLING,
} SirkelTrend;

SirkelTrend sirkel_trend_indicator           (SirkelStore           *store,
                                              const SirkelId        *indicator,
                                              const char            *geo,
                                              GError               **error);
gboolean    sirkel_trend_is_worsening        (SirkelTrend            trend,
                                              int                    polarity);
const char *sirkel_trend_to_key              (SirkelTrend            trend);
const char *sirkel_comparison_class_to_key   (SirkelComparisonClass  klass);
const char *sirkel_comparison_class_to_label (SirkelComparisonClass  klass);

G_END_DECLS
