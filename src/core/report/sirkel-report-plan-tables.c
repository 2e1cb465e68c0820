/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's chapters on what is done, by whom and for how much (see sirkel-report-plan.c):
 * the measures per goal and each measure described, the timeline, the budget per measure
 * and year with its funding, the responsibility matrix (measure × responsible unit and
 * partners, and the same seen from each unit), and the evaluation plan.
 *
 * Partners are stored as one text; a semicolon separates them, as the example project and
 * the measures page write them.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <string.h>

#include "sirkel-report-build.h"

static const char *measure_headers[] = {
  NC_("report", "Measure"), NC_("report", "Responsible"), NC_("report", "Target group"),
  NC_("report", "Period"), NC_("report", "Status"), NC_("report", "Evidence"),
};

static char *
evidence (SirkelReport *r,
          sqlite3_stmt *stmt,
          int           scheme)
{
  const char *name = report_column (stmt, scheme);
  const char *level = report_column (stmt, scheme + 1);
  g_autofree char *level_text = NULL;

  if (*name == '\0' || *level == '\0')
    return g_strdup ("");
  /* The catalogue writes the scheme as a key, and a rating on Ungsinn's scale from before
   * November 2015 as "old-N" ("level 2, old scale"). */
  if (g_str_equal (name, "ungsinn"))
    name = "Ungsinn";
  if (g_str_has_prefix (level, "old-"))
    level = level_text = g_strdup_printf (report_tr (r, NC_("report", "%s, old scale")),
                                          level + strlen ("old-"));
  if (report_column_is_null (stmt, scheme + 2))
    return g_strdup_printf (report_tr (r, NC_("report", "%s, level %s")), name, level);
  return g_strdup_printf (report_tr (r, NC_("report", "%s, level %s (%d)")), name, level,
                          sqlite3_column_int (stmt, scheme + 2));
}

/* The arenas of a measure, stored as comma-separated keys (older files: free text). */
static char *
arena_labels (SirkelReport *r,
              const char   *keys)
{
  static const struct { const char *key; const char *label; } arenas[] = {
    { "family", NC_("report", "family") },
    { "kindergarten", NC_("report", "kindergarten") },
    { "school", NC_("report", "school") },
    { "leisure", NC_("report", "leisure") },
    { "neighbourhood", NC_("report", "neighbourhood") },
    { "services", NC_("report", "municipal services") },
  };
  g_auto(GStrv) parts = g_strsplit (keys, ",", -1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      const char *label = part;

      for (guint j = 0; j < G_N_ELEMENTS (arenas); j++)
        if (g_str_equal (part, arenas[j].key))
          label = report_tr (r, arenas[j].label);
      if (*label != '\0')
        g_ptr_array_add (labels, (gpointer) label);
    }
  g_ptr_array_add (labels, NULL);
  return g_strjoinv (", ", (char **) labels->pdata);
}

/* One table of measures; @goal is NULL for the measures that serve no goal. */
static gboolean
add_measure_table (SirkelReport  *r,
                   SirkelStore   *store,
                   const void    *goal,
                   int            goal_size,
                   const char    *caption,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *headers[G_N_ELEMENTS (measure_headers)];
  const double widths[] = { 2.6, 1.7, 2.2, 1.75, 1.25, 1.3 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (measure_headers); i++)
    headers[i] = report_tr (r, measure_headers[i]);
  if (!sirkel_store_prepare (store, goal != NULL
                             ? "SELECT m.title, m.responsible, m.target_group, m.start_date, "
                               "m.end_date, m.status, m.evidence_scheme, m.evidence_level, "
                               "m.evidence_year FROM measure_goal l JOIN measure m ON m.id = "
                               "l.measure_id WHERE l.goal_id = ?1 AND l.deleted_at IS NULL AND "
                               "m.deleted_at IS NULL ORDER BY m.sort, m.title"
                             : "SELECT m.title, m.responsible, m.target_group, m.start_date, "
                               "m.end_date, m.status, m.evidence_scheme, m.evidence_level, "
                               "m.evidence_year FROM measure m WHERE m.deleted_at IS NULL AND NOT "
                               "EXISTS (SELECT 1 FROM measure_goal l JOIN goal g ON g.id = "
                               "l.goal_id WHERE l.measure_id = m.id AND l.deleted_at IS NULL AND "
                               "g.deleted_at IS NULL) ORDER BY m.sort, m.title", &stmt, error) ||
      (goal != NULL &&
       !sirkel_store_check (store, sqlite3_bind_blob (stmt, 1, goal, goal_size, SQLITE_TRANSIENT),
                            error)))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *period = NULL;
      g_autofree char *level = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (table == NULL)
        table = sirkel_report_add_table (r, caption, G_N_ELEMENTS (headers), headers, widths);
      period = report_dup_date_range (r, report_column (stmt, 3), report_column (stmt, 4));
      level = evidence (r, stmt, 6);
      sirkel_report_table_add_row (table, (const char *[]) {
        report_column (stmt, 0), report_column (stmt, 1), report_column (stmt, 2), period,
        report_measure_status (r, report_column (stmt, 5)), level, NULL });
    }
}

static gboolean
describe_measures (SirkelReport  *r,
                   SirkelStore   *store,
                   GError       **error)
{
  static const struct { int column; const char *label; } fields[] = {
    { 2, NC_("report", "Target group:") },
    { 5, NC_("report", "Arena:") },
    { 6, NC_("report", "Prevention level:") },
    { 7, NC_("report", "Evidence:") },
    { 10, NC_("report", "Responsible:") },
    { 11, NC_("report", "Partners:") },
    { 12, NC_("report", "Period:") },
    { 14, NC_("report", "Funding:") },
    { 15, NC_("report", "Can it be carried out?") },
    { 16, NC_("report", "Does it work?") },
    { 17, NC_("report", "Is it worth it?") },
    { 18, NC_("report", "Do people want it?") },
  };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, "SELECT title, description, target_group, age_from, age_to, "
                             "arena, coalesce (prevention_level, ''), evidence_scheme, "
                             "evidence_level, evidence_year, responsible, coalesce ((SELECT "
                             "group_concat (title, ', ') FROM (SELECT p.title FROM measure_partner p "
                             "WHERE p.measure_id = measure.id AND p.deleted_at IS NULL ORDER BY "
                             "p.sort, p.title)), partners), start_date, "
                             "end_date, funding, q_feasible, q_effective, q_worth, q_wanted FROM "
                             "measure WHERE deleted_at IS NULL ORDER BY sort, title",
                             &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      sirkel_report_add_heading (r, 3, report_column (stmt, 0));
      sirkel_report_add_paragraph (r, report_column (stmt, 1));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *text = NULL;
          const char *value = report_column (stmt, fields[i].column);
          gboolean ages = !report_column_is_null (stmt, 3) && !report_column_is_null (stmt, 4);

          if (fields[i].column == 2 && ages)
            value = text = g_strdup_printf (report_tr (r, NC_("report", "%s (ages %d–%d)")), value,
                                            sqlite3_column_int (stmt, 3),
                                            sqlite3_column_int (stmt, 4));
          else if (fields[i].column == 5)
            value = text = arena_labels (r, value);
          else if (fields[i].column == 6)
            value = g_str_equal (value, "universal") ? report_tr (r, NC_("report", "Universal"))
                    : g_str_equal (value, "selective") ? report_tr (r, NC_("report", "Selective"))
                    : g_str_equal (value, "indicated") ? report_tr (r, NC_("report", "Indicated"))
                    : "";
          else if (fields[i].column == 7)
            value = text = evidence (r, stmt, 7);
          else if (fields[i].column == 12)
            value = text = report_dup_date_range (r, report_column (stmt, 12),
                                                  report_column (stmt, 13));
          if (*value != '\0')
            sirkel_report_add_labelled_paragraph (r, report_tr (r, fields[i].label), value);
        }
    }
}

gboolean
report_plan_add_measures (SirkelReport  *r,
                          SirkelStore   *store,
                          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;
  guint n_tables = r->n_tables;

  report_add_fixed_heading (r, 1, NC_("report", "Measures"));
  report_add_fixed (r, NC_("report",
    "The measures for each goal. A measure that serves several goals is listed under each of them; "
    "the evidence level is the one the catalogue of measures gives."));
  if (!sirkel_store_prepare (store, "SELECT g.id, g.title FROM goal g WHERE g.deleted_at IS NULL "
                             "AND EXISTS (SELECT 1 FROM measure_goal l JOIN measure m ON m.id = "
                             "l.measure_id WHERE l.goal_id = g.id AND l.deleted_at IS NULL AND "
                             "m.deleted_at IS NULL) ORDER BY g.sort, g.title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *caption = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      caption = g_strdup_printf (report_tr (r, NC_("report", "Measures for the goal “%s”")),
                                 report_column (stmt, 1));
      if (!add_measure_table (r, store, sqlite3_column_blob (stmt, 0),
                              sqlite3_column_bytes (stmt, 0), caption, error))
        return FALSE;
    }
  if (!add_measure_table (r, store, NULL, 0,
                          report_tr (r, NC_("report", "Measures that serve no goal yet")), error))
    return FALSE;
  if (r->n_tables == n_tables)
    {
      report_add_fixed (r, NC_("report", "No measures have been planned yet."));
      return TRUE;
    }
  report_add_fixed_heading (r, 2, NC_("report", "The measures described"));
  return describe_measures (r, store, error);
}

gboolean
report_plan_add_timeline (SirkelReport  *r,
                          SirkelStore   *store,
                          GError       **error)
{
  guint n_figures = r->n_figures;

  report_add_fixed_heading (r, 1, NC_("report", "Timeline"));
  report_add_fixed (r, NC_("report", "When each measure runs, and how far it has come."));
  if (!report_add_chart (r, store, "timeline",
                         report_tr (r, NC_("report", "The measures over the period")),
                         report_tr (r, NC_("report", "Source: the start and end dates and the "
                                                     "status of the measures.")), error))
    return FALSE;
  if (r->n_figures == n_figures)
    report_add_fixed (r, NC_("report", "No measure has dates yet."));
  return TRUE;
}

typedef struct
{
  char       *title;
  GHashTable *amounts;   /* year → double* */
  double      total;
} BudgetRow;

static void
budget_row_free (gpointer data)
{
  BudgetRow *row = data;

  g_free (row->title);
  g_hash_table_unref (row->amounts);
  g_free (row);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static gboolean
add_budget_table (SirkelReport  *r,
                  SirkelStore   *store,
                  gboolean      *any,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (budget_row_free);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *widths = NULL;
  g_autofree double *sums = NULL;
  SirkelReportTable *table;
  gboolean has_row = TRUE;
  double grand = 0;

  if (!sirkel_store_prepare (store, "SELECT m.id, m.title, b.year, sum (b.amount) FROM budget_line "
                             "b JOIN measure m ON m.id = b.measure_id WHERE b.deleted_at IS NULL "
                             "AND m.deleted_at IS NULL GROUP BY m.id, b.year ORDER BY m.sort, "
                             "m.title, m.id, b.year", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      BudgetRow *row = rows->len > 0 ? g_ptr_array_index (rows, rows->len - 1) : NULL;
      int year;
      double *amount;
      gboolean known = FALSE;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (row == NULL || !g_str_equal (row->title, report_column (stmt, 1)))
        {
          row = g_new0 (BudgetRow, 1);
          row->title = g_strdup (report_column (stmt, 1));
          row->amounts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
          g_ptr_array_add (rows, row);
        }
      year = sqlite3_column_int (stmt, 2);
      amount = g_new (double, 1);
      *amount = sqlite3_column_double (stmt, 3);
      g_hash_table_insert (row->amounts, GINT_TO_POINTER (year), amount);
      row->total += *amount;
      for (guint i = 0; i < years->len; i++)
        known = known || g_array_index (years, int, i) == year;
      if (!known)
        g_array_append_val (years, year);
    }
  *any = rows->len > 0;
  if (rows->len == 0)
    return TRUE;

  g_array_sort (years, compare_years);
  widths = g_new (double, years->len + 2);
  sums = g_new0 (double, years->len);
  g_ptr_array_add (headers, g_strdup (report_tr (r, NC_("report", "Measure"))));
  widths[0] = 3.2;
  for (guint i = 0; i < years->len; i++)
    {
      g_ptr_array_add (headers, g_strdup_printf ("%d", g_array_index (years, int, i)));
      widths[i + 1] = 1;
    }
  g_ptr_array_add (headers, g_strdup (report_tr (r, NC_("report", "Total"))));
  widths[years->len + 1] = 1.15;
  g_ptr_array_add (headers, NULL);
  table = report_add_fixed_table (r, NC_("report", "Budget per measure and year (NOK)"),
                                   years->len + 2, (const char * const *) headers->pdata, widths);
  for (guint i = 1; i < years->len + 2; i++)
    sirkel_report_table_set_numeric (table, i);

  for (guint k = 0; k <= rows->len; k++)
    {
      BudgetRow *row = k < rows->len ? g_ptr_array_index (rows, k) : NULL;
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells,
                       g_strdup (row != NULL ? row->title : report_tr (r, NC_("report", "Total"))));
      for (guint i = 0; i < years->len; i++)
        {
          gpointer year = GINT_TO_POINTER (g_array_index (years, int, i));
          double *amount = row != NULL ? g_hash_table_lookup (row->amounts, year) : &sums[i];

          if (row != NULL && amount != NULL)
            sums[i] += *amount;
          g_ptr_array_add (cells,
                           amount != NULL ? report_format_number (r, *amount, 0) : g_strdup (""));
        }
      if (row != NULL)
        grand += row->total;
      g_ptr_array_add (cells, report_format_number (r, row != NULL ? row->total : grand, 0));
      g_ptr_array_add (cells, NULL);
      if (row != NULL)
        sirkel_report_table_add_row (table, (const char * const *) cells->pdata);
      else
        sirkel_report_table_add_total_row (table, (const char * const *) cells->pdata);
    }
  return TRUE;
}

gboolean
report_plan_add_budget (SirkelReport  *r,
                        SirkelStore   *store,
                        GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *headers[] = { report_tr (r, NC_("report", "Measure")),
                            report_tr (r, NC_("report", "Funding")) };
  const double widths[] = { 1, 1.4 };
  SirkelReportTable *table = NULL;
  gboolean any = FALSE, has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Budget and funding"));
  report_add_fixed (r, NC_("report",
    "What each measure costs per year, in Norwegian kroner, as entered for the action part and the "
    "financial plan, and how it is funded. The amounts are decided in the yearly budget."));
  if (!add_budget_table (r, store, &any, error))
    return FALSE;
  if (!any)
    report_add_fixed (r, NC_("report", "No budget has been entered for the measures yet."));

  if (!sirkel_store_prepare (store, "SELECT m.title, CASE WHEN m.funding <> '' THEN m.funding ELSE "
                             "(SELECT group_concat (source, '; ') FROM (SELECT DISTINCT "
                             "b.funding_source AS source FROM budget_line b WHERE b.measure_id = "
                             "m.id AND b.deleted_at IS NULL AND b.funding_source <> '' ORDER BY "
                             "b.funding_source)) END AS funding FROM measure m WHERE m.deleted_at "
                             "IS NULL AND funding IS NOT NULL AND funding <> '' ORDER BY m.sort, "
                             "m.title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (table == NULL)
        table = report_add_fixed_table (r, NC_("report", "How the measures are funded"),
                                         G_N_ELEMENTS (headers), headers, widths);
      sirkel_report_table_add_row (table, (const char *[]) {
        report_column (stmt, 0), report_column (stmt, 1), NULL });
    }
}

typedef struct
{
  char      *unit;
  GPtrArray *responsible;   /* measure titles */
  GPtrArray *partner;
} UnitRow;

static void
unit_row_free (gpointer data)
{
  UnitRow *row = data;

  g_free (row->unit);
  g_ptr_array_unref (row->responsible);
  g_ptr_array_unref (row->partner);
  g_free (row);
}

/* Units are matched whatever their case ("Skolehelsetjenesten", "skolehelsetjenesten") and
 * shown with a capital, as the first spelling met. */
static UnitRow *
unit_row (GHashTable *units,
          const char *name)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  UnitRow *row = g_hash_table_lookup (units, key);

  if (row == NULL)
    {
      gunichar first = g_utf8_get_char (name);
      char capital[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_toupper (first), capital);
      row = g_new0 (UnitRow, 1);
      row->unit = g_strconcat (capital, g_utf8_next_char (name), NULL);
      row->responsible = g_ptr_array_new_with_free_func (g_free);
      row->partner = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (units, g_steal_pointer (&key), row);
    }
  return row;
}

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  const UnitRow *x = *(UnitRow * const *) a, *y = *(UnitRow * const *) b;
  g_autofree char *fx = g_utf8_casefold (x->unit, -1);
  g_autofree char *fy = g_utf8_casefold (y->unit, -1);
  int order = g_utf8_collate (fx, fy);

  return order != 0 ? order : g_strcmp0 (x->unit, y->unit);
}

gboolean
report_plan_add_responsibility (SirkelReport  *r,
                                SirkelStore   *store,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       unit_row_free);
  const char *headers[] = {
    report_tr (r, NC_("report", "Measure")), report_tr (r, NC_("report", "Responsible")),
    report_tr (r, NC_("report", "Partners")),
  };
  const char *unit_headers[] = {
    report_tr (r, NC_("report", "Unit")), report_tr (r, NC_("report", "Responsible for")),
    report_tr (r, NC_("report", "Takes part in")),
  };
  const double widths[] = { 3, 2, 3.4 };
  const double unit_widths[] = { 2.2, 3, 3.2 };
  SirkelReportTable *table = NULL;
  gboolean has_row = TRUE;

  report_add_fixed_heading (r, 1, NC_("report", "Responsibility"));
  report_add_fixed (r, NC_("report",
    "Who is responsible for each measure and who takes part, and the same seen from each unit. "
    "Public health work is the whole municipality’s task, not the health services’ alone."));
  if (!sirkel_store_prepare (store, "SELECT title, responsible, partners FROM measure WHERE "
                             "deleted_at IS NULL ORDER BY sort, title", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_auto(GStrv) partners = NULL;

      if (!report_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (table == NULL)
        table = report_add_fixed_table (r, NC_("report", "Responsibility for each measure"),
                                         G_N_ELEMENTS (headers), headers, widths);
      sirkel_report_table_add_row (table, (const char *[]) {
        report_column (stmt, 0), report_column (stmt, 1), report_column (stmt, 2), NULL });
      if (*report_column (stmt, 1) != '\0')
        g_ptr_array_add (unit_row (units, report_column (stmt, 1))->responsible,
                         g_strdup (report_column (stmt, 0)));
      partners = g_strsplit (report_column (stmt, 2), ";", -1);
      for (guint i = 0; partners[i] != NULL; i++)
        if (*g_strstrip (partners[i]) != '\0')
          g_ptr_array_add (unit_row (units, partners[i])->partner,
                           g_strdup (report_column (stmt, 0)));
    }
  if (table == NULL)
    {
      report_add_fixed (r, NC_("report", "No measures have been planned yet."));
      return TRUE;
    }

  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, units);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_add (rows, value);
    g_ptr_array_sort (rows, compare_units);
    report_add_fixed_heading (r, 2, NC_("report", "The units and their measures"));
    table = report_add_fixed_table (r, NC_("report", "What each unit is responsible "
                                                                    "for and takes part in"),
                                     G_N_ELEMENTS (unit_headers), unit_headers, unit_widths);
    for (guint i = 0; i < rows->len; i++)
      {
        UnitRow *row = g_ptr_array_index (rows, i);
        g_autofree char *responsible = report_join (row->responsible, "; ");
        g_autofree char *partner = report_join (row->partner, "; ");

        sirkel_report_table_add_row (table, (const char *[]) {
          row->unit, responsible, partner, NULL });
      }
  }
  return TRUE;
}
