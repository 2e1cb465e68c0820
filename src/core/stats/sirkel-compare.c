/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comparison with a reference area; see sirkel-compare.h for the method.
 */
#define G_LOG_DOMAIN "sirkel-compare"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-compare.h"
#include "sirkel-store-private.h"

#define Z95 1.959963984540054

/**
 * sirkel_wilson_interval:
 *
 * The 95 % Wilson score interval of the proportion @numerator / @denominator.
 *
 * Returns: %FALSE if the counts do not make a proportion
 */
gboolean
sirkel_wilson_interval (double  numerator,
                        double  denominator,
                        double *low,
                        double *high)
{
  double p, z2, centre, half;

  if (!isfinite (numerator) || !isfinite (denominator) || denominator <= 0 ||
      numerator < 0 || numerator > denominator)
    return FALSE;
  p = numerator / denominator;
  z2 = Z95 * Z95;
  centre = (p + z2 / (2 * denominator)) / (1 + z2 / denominator);
  half = Z95 * sqrt (p * (1 - p) / denominator + z2 / (4 * denominator * denominator)) /
         (1 + z2 / denominator);
  *low = centre - half;
  *high = centre + half;
  return TRUE;
}

static double
column_or_nan (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

/**
 * sirkel_compare_indicator:
 * @geo: the municipality's code
 * @reference_geo: "0" for landet, or the fylke code
 *
 * Compares the latest period in which @geo has a value (both sexes, the first age group)
 * with @reference_geo in the same period, sex, age and other dimensions.
 */
gboolean
sirkel_compare_indicator (SirkelStore       *store,
                          const SirkelId    *indicator,
                          const char        *geo,
                          const char        *reference_geo,
                          SirkelComparison  *result,
                          GError           **error)
{
  g_autoptr(sqlite3_stmt) latest = NULL;
  g_autoptr(sqlite3_stmt) reference = NULL;
  gboolean has_row = FALSE;
  gint64 polarity = 0;
  double numerator, denominator, low, high;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (indicator != NULL && geo != NULL && reference_geo != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  *result = (SirkelComparison) { SIRKEL_COMPARISON_NO_DATA, 0, 0, NAN, NAN, NAN, NAN };

  if (!sirkel_store_prepare (store,
                             "SELECT o.period_from, o.period_to, o.period_part, o.value, o.ci_low, "
                             "o.ci_high, o.numerator, o.denominator, s.sex, s.age_lo, s.age_hi, "
                             "s.dims, (SELECT polarity FROM indicator WHERE id = ?1) "
                             "FROM observation o JOIN obs_series s ON s.key = o.series "
                             "JOIN data_import i ON i.id = s.import_id "
                             "WHERE s.indicator_id = ?1 AND s.geo = ?2 AND s.sex = 0 "
                             "AND i.deleted_at IS NULL AND o.value IS NOT NULL "
                             "ORDER BY o.period_to DESC, o.period_from DESC, o.period_part DESC, "
                             "s.age_lo, s.age_hi, s.dims LIMIT 1", &latest, error) ||
      !sirkel_store_bind_id (store, latest, 1, indicator, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (latest, 2, geo, -1, SQLITE_STATIC), error) ||
      !sirkel_store_step_row (store, latest, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  result->period_from = sqlite3_column_int (latest, 0);
  result->period_to = sqlite3_column_int (latest, 1);
  result->value = sqlite3_column_double (latest, 3);
  result->ci_low = column_or_nan (latest, 4);
  result->ci_high = column_or_nan (latest, 5);
  numerator = column_or_nan (latest, 6);
  denominator = column_or_nan (latest, 7);
  polarity = sqlite3_column_int64 (latest, 12);
  result->klass = SIRKEL_COMPARISON_NOT_TESTED;

  /* A share with its counts: scale the Wilson interval of the proportion to the unit of the
   * value (per cent, per 1000 …). A value of 0 gives no scale, so no interval. */
  if ((isnan (result->ci_low) || isnan (result->ci_high)) && result->value != 0 &&
      sirkel_wilson_interval (numerator, denominator, &low, &high) && numerator > 0)
    {
      double scale = result->value / (numerator / denominator);

      result->ci_low = low * scale;
      result->ci_high = high * scale;
    }

  if (!sirkel_store_prepare (store,
                             "SELECT o.value FROM observation o JOIN obs_series s ON s.key = o.series "
                             "JOIN data_import i ON i.id = s.import_id "
                             "WHERE s.indicator_id = ?1 AND s.geo = ?2 AND s.sex = ?3 AND s.age_lo = ?4 "
                             "AND s.age_hi = ?5 AND s.dims = ?6 AND o.period_from = ?7 "
                             "AND o.period_to = ?8 AND o.period_part = ?9 AND i.deleted_at IS NULL "
                             "AND o.value IS NOT NULL", &reference, error) ||
      !sirkel_store_bind_id (store, reference, 1, indicator, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (reference, 2, reference_geo, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (store, sqlite3_bind_value (reference, 3, sqlite3_column_value (latest, 8)), error) ||
      !sirkel_store_check (store, sqlite3_bind_value (reference, 4, sqlite3_column_value (latest, 9)), error) ||
      !sirkel_store_check (store, sqlite3_bind_value (reference, 5, sqlite3_column_value (latest, 10)), error) ||
      !sirkel_store_check (store, sqlite3_bind_value (reference, 6, sqlite3_column_value (latest, 11)), error) ||
      !sirkel_store_check (store, sqlite3_bind_value (reference, 7, sqlite3_column_value (latest, 0)), error) ||
      !sirkel_store_check (store, sqlite3_bind_value (reference, 8, sqlite3_column_value (latest, 1)), error) ||
      !sirkel_store_check (store, sqlite3_bind_value (reference, 9, sqlite3_column_value (latest, 2)), error) ||
      !sirkel_store_step_row (store, reference, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  result->reference = sqlite3_column_double (reference, 0);

  if (isnan (result->ci_low) || isnan (result->ci_high) || result->ci_low > result->ci_high)
    return TRUE;
  if (result->reference < result->ci_low)
    result->klass = polarity > 0 ? SIRKEL_COMPARISON_BETTER
                  : polarity < 0 ? SIRKEL_COMPARISON_WORSE : SIRKEL_COMPARISON_HIGHER;
  else if (result->reference > result->ci_high)
    result->klass = polarity > 0 ? SIRKEL_COMPARISON_WORSE
                  : polarity < 0 ? SIRKEL_COMPARISON_BETTER : SIRKEL_COMPARISON_LOWER;
  else
    result->klass = SIRKEL_COMPARISON_SIMILAR;
  return TRUE;
}

/**
 * sirkel_comparison_class_to_key:
 *
 * Returns: a stable lower-case key for CSV output: better, similar, worse, higher, lower,
 *   not-tested, no-data
 */
const char *
sirkel_comparison_class_to_key (SirkelComparisonClass klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_NO_DATA: return "no-data";
    case SIRKEL_COMPARISON_NOT_TESTED: return "not-tested";
    case SIRKEL_COMPARISON_SIMILAR: return "similar";
    case SIRKEL_COMPARISON_BETTER: return "better";
    case SIRKEL_COMPARISON_WORSE: return "worse";
    case SIRKEL_COMPARISON_HIGHER: return "higher";
    case SIRKEL_COMPARISON_LOWER: return "lower";
    default: g_return_val_if_reached ("not-tested");
    }
}

const char *
sirkel_comparison_class_to_label (SirkelComparisonClass klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_NO_DATA: return _("No data");
    case SIRKEL_COMPARISON_NOT_TESTED: return _("Not tested");
    case SIRKEL_COMPARISON_SIMILAR: return _("Similar");
    case SIRKEL_COMPARISON_BETTER: return _("Significantly better");
    case SIRKEL_COMPARISON_WORSE: return _("Significantly worse");
    case SIRKEL_COMPARISON_HIGHER: return _("Significantly higher");
    case SIRKEL_COMPARISON_LOWER: return _("Significantly lower");
    default: g_return_val_if_reached ("");
    }
}

/**
 * sirkel_trend_indicator:
 *
 * The direction of @geo's series (both sexes, the first age group and dimensions) over its
 * last five periods with a value.
 */
SirkelTrend
sirkel_trend_indicator (SirkelStore     *store,
                        const SirkelId  *indicator,
                        const char      *geo,
                        GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  double xs[5], ys[5], mx = 0, my = 0, sxx = 0, sxy = 0, slope;
  gboolean has_row = TRUE;
  guint n = 0;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), SIRKEL_TREND_UNKNOWN);

  if (!sirkel_store_prepare (store,
                             "SELECT o.period_to, o.value FROM observation o "
                             "JOIN obs_series s ON s.key = o.series JOIN data_import i ON i.id = s.import_id "
                             "WHERE s.key = (SELECT s2.key FROM obs_series s2 JOIN data_import i2 "
                             "  ON i2.id = s2.import_id WHERE s2.indicator_id = ?1 AND s2.geo = ?2 "
                             "  AND s2.sex = 0 AND i2.deleted_at IS NULL "
                             "  ORDER BY s2.age_lo, s2.age_hi, s2.dims LIMIT 1) "
                             "AND o.value IS NOT NULL AND o.period_part = 0 "
                             "ORDER BY o.period_to DESC LIMIT 5", &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, indicator, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 2, geo, -1, SQLITE_STATIC), error))
    return SIRKEL_TREND_UNKNOWN;
  while (n < 5)
    {
      if (!sirkel_store_step_row (store, stmt, &has_row, error) || !has_row)
        break;
      xs[n] = sqlite3_column_double (stmt, 0);
      ys[n] = sqlite3_column_double (stmt, 1);
      mx += xs[n];
      my += ys[n];
      n++;
    }
  if (n < 3)
    return SIRKEL_TREND_UNKNOWN;
  mx /= n;
  my /= n;
  for (guint i = 0; i < n; i++)
    {
      sxx += (xs[i] - mx) * (xs[i] - mx);
      sxy += (xs[i] - mx) * (ys[i] - my);
    }
  if (sxx == 0)
    return SIRKEL_TREND_UNKNOWN;
  slope = sxy / sxx;
  if (fabs (slope * (xs[0] - xs[n - 1])) < 0.05 * fabs (my))
    return SIRKEL_TREND_STABLE;
  return slope > 0 ? SIRKEL_TREND_RISING : SIRKEL_TREND_FALLING;
}

/* TRUE when the trend goes the bad way for an indicator of @polarity (neutral: never). */
gboolean
sirkel_trend_is_worsening (SirkelTrend trend,
                           int         polarity)
{
  return (trend == SIRKEL_TREND_RISING && polarity < 0) || (trend == SIRKEL_TREND_FALLING && polarity > 0);
}

const char *
sirkel_trend_to_key (SirkelTrend trend)
{
  switch (trend)
    {
    case SIRKEL_TREND_STABLE: return "stable";
    case SIRKEL_TREND_RISING: return "rising";
    case SIRKEL_TREND_FALLING: return "falling";
    case SIRKEL_TREND_UNKNOWN:
    default: return "unknown";
    }
}
