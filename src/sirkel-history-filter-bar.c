/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryFilterBar: see sirkel-history-filter-bar.h. The dropdowns and calendars show
 * the properties; syncing is set while the bar moves them itself, so that their signals do
 * not come back as changes. Every setter emits "changed" only when the value changed.
 */
#define G_LOG_DOMAIN "sirkel-history-filter-bar"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-history-filter-bar.h"
#include "sirkel-plan-labels.h"

struct _SirkelHistoryFilterBar
{
  GtkWidget       parent_instance;

  char           *author;
  char           *item_kind;
  char           *period;
  char           *from_date;
  char           *to_date;
  char           *search_text;
  gboolean        syncing;

  /* Template children */
  GtkWidget      *box;
  GtkSearchEntry *search_entry;
  GtkDropDown    *author_dropdown;
  GtkStringList  *author_list;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *period_dropdown;
  GtkLabel       *count_label;
  GtkWidget      *dates_box;
  GtkMenuButton  *from_button;
  GtkCalendar    *from_calendar;
  GtkMenuButton  *to_button;
  GtkCalendar    *to_calendar;
};

G_DEFINE_FINAL_TYPE (SirkelHistoryFilterBar, sirkel_history_filter_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AUTHOR,
  PROP_ITEM_KIND,
  PROP_PERIOD,
  PROP_FROM_DATE,
  PROP_TO_DATE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static const char * const assessment_tables[] = { "assessment", NULL };
static const char * const finding_tables[] = { "finding", "finding_indicator", NULL };
static const char * const priority_tables[] = { "criterion", "score", "decision", NULL };
static const char * const plan_tables[] = { "plan", NULL };
static const char * const goal_tables[] = { "goal", "goal_finding", NULL };
static const char * const measure_tables[] = { "measure", "measure_goal", "measure_partner", "budget_line", NULL };
static const char * const evaluation_tables[] = { "evaluation", "logic_element", "eval_indicator", "measurement", NULL };
static const char * const lesson_tables[] = { "lesson", "improvement_cycle", "annual_status", NULL };
static const char * const yearwheel_tables[] = { "yearwheel_event", NULL };
static const char * const indicator_tables[] = { "indicator", NULL };
static const char * const import_tables[] = { "data_import", NULL };
static const char * const project_tables[] = { "project", NULL };

static const struct
{
  const char         *key;
  const char         *label;
  const char * const *tables;
} item_kinds[] = {
  { "all", N_("All kinds of items"), NULL },
  { "assessment", N_("Assessments"), assessment_tables },
  { "finding", N_("Challenges and resources"), finding_tables },
  { "prioritisation", N_("Prioritisation"), priority_tables },
  { "plan", N_("Plans"), plan_tables },
  { "goal", N_("Goals"), goal_tables },
  { "measure", N_("Measures"), measure_tables },
  { "evaluation", N_("Evaluations"), evaluation_tables },
  { "lesson", N_("Lessons and improvement"), lesson_tables },
  { "yearwheel", N_("Year wheel"), yearwheel_tables },
  { "indicator", N_("Indicators"), indicator_tables },
  { "import", N_("Statistics imports"), import_tables },
  { "project", N_("Project details"), project_tables },
};

enum { PERIOD_ALL, PERIOD_WEEK, PERIOD_MONTH, PERIOD_YEAR, PERIOD_DATES };

static const struct
{
  const char *key;
  const char *label;
} periods[] = {
  { "all", N_("Any time") },
  { "week", N_("Last 7 days") },
  { "month", N_("Last 30 days") },
  { "year", N_("This year") },
  { "dates", N_("Between two dates") },
};

static guint
kind_index (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (item_kinds); i++)
    if (g_strcmp0 (item_kinds[i].key, key) == 0)
      return i;
  return 0;
}

static guint
period_index (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    if (g_strcmp0 (periods[i].key, key) == 0)
      return i;
  return PERIOD_ALL;
}

static gboolean
set_text (char       **field,
          const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Local midnight at the start of @date (YYYY-MM-DD), or NULL. */
static GDateTime *
parse_date (const char *date)
{
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

static char *
format_utc (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* The calendars and their buttons show the dates of the period "dates". */
static void
sync_dates (SirkelHistoryFilterBar *self)
{
  g_autoptr(GDateTime) from = parse_date (self->from_date);
  g_autoptr(GDateTime) to = parse_date (self->to_date);
  g_autofree char *from_text = sirkel_plan_format_date (self->from_date);
  g_autofree char *to_text = sirkel_plan_format_date (self->to_date);

  gtk_widget_set_visible (self->dates_box, period_index (self->period) == PERIOD_DATES);
  self->syncing = TRUE;
  if (from != NULL)
    gtk_calendar_select_day (self->from_calendar, from);
  if (to != NULL)
    gtk_calendar_select_day (self->to_calendar, to);
  self->syncing = FALSE;
  gtk_menu_button_set_label (self->from_button, from_text != NULL ? from_text : "");
  gtk_menu_button_set_label (self->to_button, to_text != NULL ? to_text : "");
}

static void
changed (SirkelHistoryFilterBar *self,
         guint                   prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
search_changed_cb (SirkelHistoryFilterBar *self)
{
  sirkel_history_filter_bar_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
author_selected_cb (SirkelHistoryFilterBar *self)
{
  guint selected = gtk_drop_down_get_selected (self->author_dropdown);

  if (self->syncing)
    return;
  sirkel_history_filter_bar_set_author (self, selected == 0 || selected == GTK_INVALID_LIST_POSITION ? NULL
                                        : gtk_string_list_get_string (self->author_list, selected));
}

static void
kind_selected_cb (SirkelHistoryFilterBar *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (!self->syncing && selected < G_N_ELEMENTS (item_kinds))
    sirkel_history_filter_bar_set_item_kind (self, item_kinds[selected].key);
}

static void
period_selected_cb (SirkelHistoryFilterBar *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (!self->syncing && selected < G_N_ELEMENTS (periods))
    sirkel_history_filter_bar_set_period (self, periods[selected].key);
}

static char *
calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  return g_date_time_format (date, "%Y-%m-%d");
}

static void
from_day_selected_cb (SirkelHistoryFilterBar *self)
{
  g_autofree char *date = calendar_date (self->from_calendar);

  if (!self->syncing)
    sirkel_history_filter_bar_set_from_date (self, date);
}

static void
to_day_selected_cb (SirkelHistoryFilterBar *self)
{
  g_autofree char *date = calendar_date (self->to_calendar);

  if (!self->syncing)
    sirkel_history_filter_bar_set_to_date (self, date);
}

static void
sirkel_history_filter_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_HISTORY_FILTER_BAR);

  G_OBJECT_CLASS (sirkel_history_filter_bar_parent_class)->dispose (object);
}

static void
sirkel_history_filter_bar_finalize (GObject *object)
{
  SirkelHistoryFilterBar *self = SIRKEL_HISTORY_FILTER_BAR (object);

  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->item_kind, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->from_date, g_free);
  g_clear_pointer (&self->to_date, g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (sirkel_history_filter_bar_parent_class)->finalize (object);
}

static void
sirkel_history_filter_bar_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  SirkelHistoryFilterBar *self = SIRKEL_HISTORY_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_ITEM_KIND:
      g_value_set_string (value, self->item_kind);
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;
    case PROP_FROM_DATE:
      g_value_set_string (value, self->from_date);
      break;
    case PROP_TO_DATE:
      g_value_set_string (value, self->to_date);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_history_filter_bar_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  SirkelHistoryFilterBar *self = SIRKEL_HISTORY_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      sirkel_history_filter_bar_set_author (self, g_value_get_string (value));
      break;
    case PROP_ITEM_KIND:
      sirkel_history_filter_bar_set_item_kind (self, g_value_get_string (value));
      break;
    case PROP_PERIOD:
      sirkel_history_filter_bar_set_period (self, g_value_get_string (value));
      break;
    case PROP_FROM_DATE:
      sirkel_history_filter_bar_set_from_date (self, g_value_get_string (value));
      break;
    case PROP_TO_DATE:
      sirkel_history_filter_bar_set_to_date (self, g_value_get_string (value));
      break;
    case PROP_SEARCH_TEXT:
      sirkel_history_filter_bar_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_history_filter_bar_class_init (SirkelHistoryFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_history_filter_bar_dispose;
  object_class->finalize = sirkel_history_filter_bar_finalize;
  object_class->get_property = sirkel_history_filter_bar_get_property;
  object_class->set_property = sirkel_history_filter_bar_set_property;

  properties [PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties [PROP_ITEM_KIND] = g_param_spec_string ("item-kind", NULL, NULL, "all", flags);
  properties [PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, "all", flags);
  properties [PROP_FROM_DATE] = g_param_spec_string ("from-date", NULL, NULL, NULL, flags);
  properties [PROP_TO_DATE] = g_param_spec_string ("to-date", NULL, NULL, NULL, flags);
  properties [PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once for every change of the filters, after the property's notify. */
  signals [CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-history-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, box);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, author_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, author_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, dates_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, from_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, to_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelHistoryFilterBar, to_calendar);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, author_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, from_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, to_day_selected_cb);
}

static void
sirkel_history_filter_bar_init (SirkelHistoryFilterBar *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) period_names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month_ago = g_date_time_add_days (today, -30);

  self->item_kind = g_strdup ("all");
  self->period = g_strdup ("all");
  self->from_date = g_date_time_format (month_ago, "%Y-%m-%d");
  self->to_date = g_date_time_format (today, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (item_kinds); i++)
    gtk_string_list_append (kinds, _(item_kinds[i].label));
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    gtk_string_list_append (period_names, _(periods[i].label));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (period_names));
  self->syncing = FALSE;
  sirkel_history_filter_bar_set_authors (self, NULL);
  sync_dates (self);
}

static gboolean
same_strings (GtkStringList      *list,
              const char * const *strings)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (n != g_strv_length ((char **) strings))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), strings[i]) != 0)
      return FALSE;
  return TRUE;
}

/**
 * sirkel_history_filter_bar_set_authors:
 * @authors: (nullable): everyone who changed the project
 *
 * Offers "Everyone" and @authors, and the author filter's name even if it is not among them.
 */
void
sirkel_history_filter_bar_set_authors (SirkelHistoryFilterBar *self,
                                       const char * const     *authors)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  guint selected = 0;

  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  g_strv_builder_add (builder, _("Everyone"));
  if (authors != NULL)
    g_strv_builder_addv (builder, (const char **) authors);
  if (self->author != NULL && (authors == NULL || !g_strv_contains (authors, self->author)))
    g_strv_builder_add (builder, self->author);
  names = g_strv_builder_end (builder);
  for (guint i = 1; self->author != NULL && names[i] != NULL; i++)
    if (g_str_equal (names[i], self->author))
      selected = i;
  if (same_strings (self->author_list, (const char * const *) names) &&
      gtk_drop_down_get_selected (self->author_dropdown) == selected)
    return;
  self->syncing = TRUE;
  gtk_string_list_splice (self->author_list, 0, g_list_model_get_n_items (G_LIST_MODEL (self->author_list)),
                          (const char * const *) names);
  gtk_drop_down_set_selected (self->author_dropdown, selected);
  self->syncing = FALSE;
}

/* The page's count: all changes, or how many of them the filters let through. */
void
sirkel_history_filter_bar_set_count (SirkelHistoryFilterBar *self,
                                     guint                   n_matching,
                                     guint                   n_total)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (sirkel_history_filter_bar_is_active (self))
    /* Translators: how many actions of the history the filters let through, "12 of 340 changes". */
    text = g_strdup_printf (ngettext ("%u of %u change", "%u of %u changes", n_total), n_matching, n_total);
  else
    text = g_strdup_printf (ngettext ("%u change", "%u changes", n_total), n_total);
  gtk_label_set_label (self->count_label, text);
}

gboolean
sirkel_history_filter_bar_is_active (SirkelHistoryFilterBar *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self), FALSE);

  return self->author != NULL || kind_index (self->item_kind) != 0 || period_index (self->period) != PERIOD_ALL ||
         self->search_text != NULL;
}

/**
 * sirkel_history_filter_bar_make_filter:
 * @filter: (out caller-allocates): the filter; its strings belong to the bar, @since and @until
 * @since: (out) (transfer full): the start of the period, or %NULL
 * @until: (out) (transfer full): the end of the period, or %NULL
 */
void
sirkel_history_filter_bar_make_filter (SirkelHistoryFilterBar  *self,
                                       SirkelHistoryFilter     *filter,
                                       char                   **since,
                                       char                   **until)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  memset (filter, 0, sizeof *filter);
  filter->author = self->author;
  filter->entities = item_kinds[kind_index (self->item_kind)].tables;
  filter->text = self->search_text;
  switch (period_index (self->period))
    {
    case PERIOD_WEEK:
      start = g_date_time_add_days (now, -7);
      break;
    case PERIOD_MONTH:
      start = g_date_time_add_days (now, -30);
      break;
    case PERIOD_YEAR:
      start = g_date_time_new_local (g_date_time_get_year (now), 1, 1, 0, 0, 0);
      break;
    case PERIOD_DATES:
      {
        g_autoptr(GDateTime) last_day = parse_date (self->to_date);

        start = parse_date (self->from_date);
        end = last_day != NULL ? g_date_time_add_days (last_day, 1) : NULL;
      }
      break;
    default:
      break;
    }
  *since = start != NULL ? format_utc (start) : NULL;
  *until = end != NULL ? format_utc (end) : NULL;
  filter->since = *since;
  filter->until = *until;
}

/* Back to every change: no author, kind, period or text; emits "changed" once. */
void
sirkel_history_filter_bar_clear (SirkelHistoryFilterBar *self)
{
  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (!sirkel_history_filter_bar_is_active (self))
    return;
  g_clear_pointer (&self->author, g_free);
  set_text (&self->item_kind, "all");
  set_text (&self->period, "all");
  g_clear_pointer (&self->search_text, g_free);
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->author_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  self->syncing = FALSE;
  sync_dates (self);
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AUTHOR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM_KIND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERIOD]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEARCH_TEXT]);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals [CHANGED], 0);
}

void
sirkel_history_filter_bar_focus_search (SirkelHistoryFilterBar *self)
{
  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

const char *
sirkel_history_filter_bar_get_author (SirkelHistoryFilterBar *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self), NULL);

  return self->author;
}

void
sirkel_history_filter_bar_set_author (SirkelHistoryFilterBar *self,
                                      const char             *author)
{
  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (!set_text (&self->author, author))
    return;
  /* Keeps the names offered, selecting the new one (added if it is not there). */
  {
    GListModel *list = G_LIST_MODEL (self->author_list);
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) authors = NULL;

    for (guint i = 1; i < g_list_model_get_n_items (list); i++)
      g_strv_builder_add (builder, gtk_string_list_get_string (self->author_list, i));
    authors = g_strv_builder_end (builder);
    sirkel_history_filter_bar_set_authors (self, (const char * const *) authors);
  }
  changed (self, PROP_AUTHOR);
}

const char *
sirkel_history_filter_bar_get_item_kind (SirkelHistoryFilterBar *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self), NULL);

  return self->item_kind;
}

void
sirkel_history_filter_bar_set_item_kind (SirkelHistoryFilterBar *self,
                                         const char             *item_kind)
{
  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (!set_text (&self->item_kind, item_kinds[kind_index (item_kind)].key))
    return;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown, kind_index (self->item_kind));
  self->syncing = FALSE;
  changed (self, PROP_ITEM_KIND);
}

const char *
sirkel_history_filter_bar_get_period (SirkelHistoryFilterBar *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self), NULL);

  return self->period;
}

void
sirkel_history_filter_bar_set_period (SirkelHistoryFilterBar *self,
                                      const char             *period)
{
  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (!set_text (&self->period, periods[period_index (period)].key))
    return;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->period_dropdown, period_index (self->period));
  self->syncing = FALSE;
  sync_dates (self);
  changed (self, PROP_PERIOD);
}

const char *
sirkel_history_filter_bar_get_from_date (SirkelHistoryFilterBar *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self), NULL);

  return self->from_date;
}

void
sirkel_history_filter_bar_set_from_date (SirkelHistoryFilterBar *self,
                                         const char             *date)
{
  g_autoptr(GDateTime) parsed = parse_date (date);

  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (parsed == NULL || !set_text (&self->from_date, date))
    return;
  sync_dates (self);
  changed (self, PROP_FROM_DATE);
}

const char *
sirkel_history_filter_bar_get_to_date (SirkelHistoryFilterBar *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self), NULL);

  return self->to_date;
}

void
sirkel_history_filter_bar_set_to_date (SirkelHistoryFilterBar *self,
                                       const char             *date)
{
  g_autoptr(GDateTime) parsed = parse_date (date);

  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (parsed == NULL || !set_text (&self->to_date, date))
    return;
  sync_dates (self);
  changed (self, PROP_TO_DATE);
}

const char *
sirkel_history_filter_bar_get_search_text (SirkelHistoryFilterBar *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self), NULL);

  return self->search_text;
}

/* Only the actions whose name or changed values contain @text, ignoring case; "" is none. */
void
sirkel_history_filter_bar_set_search_text (SirkelHistoryFilterBar *self,
                                           const char             *text)
{
  g_return_if_fail (SIRKEL_IS_HISTORY_FILTER_BAR (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (!set_text (&self->search_text, text))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  changed (self, PROP_SEARCH_TEXT);
}
