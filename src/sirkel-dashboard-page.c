/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDashboardPage: see sirkel-dashboard-page.h. Progress and gaps come from the project
 * status, which recomputes them after every action; the deadlines are read from the store
 * against today's date whenever the status changes and when the page is shown.
 *
 * The five phase cards are made once, at init, and only their texts change. The gap and
 * deadline rows are made anew on every refresh; there are few of them.
 */
#define G_LOG_DOMAIN "sirkel-dashboard-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-chart-view.h"
#include "sirkel-dashboard-page.h"
#include "sirkel-project-chart.h"
#include "sirkel-yearwheel.h"

#define N_DEADLINES 5
#define GAPS_PER_KIND 4
#define SOON_DAYS 14

typedef struct
{
  GtkWidget     *button;
  GtkLabel      *percent_label;
  GtkProgressBar *bar;
  GtkWidget     *steps_box;
} PhaseCard;

struct _SirkelDashboardPage
{
  SirkelPage     parent_instance;

  GSignalGroup  *status_signals;
  PhaseCard      cards[SIRKEL_N_PHASES];
  guint          n_deadlines;

  /* Template children */
  GtkLabel      *heading_label;
  GtkLabel      *summary_label;
  GtkFlowBox    *phase_box;
  GtkFlowBox    *columns_box;
  GtkListBox    *gap_list;
  GtkListBox    *deadline_list;
  GtkWidget     *yearwheel_chart_box;
  SirkelChartView *yearwheel_chart;  /* in yearwheel_chart_box */
};

G_DEFINE_FINAL_TYPE (SirkelDashboardPage, sirkel_dashboard_page, SIRKEL_TYPE_PAGE)

static const struct
{
  const char *page;
  const char *title;
  const char *icon;
} phases[SIRKEL_N_PHASES] = {
  [SIRKEL_PHASE_OVERVIEW] = { "overview", N_("Overview"), "system-search-symbolic" },
  [SIRKEL_PHASE_PLAN] = { "plan", N_("Plan"), "find-location-symbolic" },
  [SIRKEL_PHASE_MEASURES] = { "measures", N_("Measures"), "view-list-bullet-symbolic" },
  [SIRKEL_PHASE_EVALUATION] = { "evaluation", N_("Evaluation"), "object-select-symbolic" },
  [SIRKEL_PHASE_LEARNING] = { "learning", N_("Learning"), "media-playlist-repeat-symbolic" },
};

/* Where each kind of gap is fixed, and what to call the rows beyond GAPS_PER_KIND. */
static const struct
{
  SirkelGapKind  kind;
  const char    *page;
  const char    *where;
} gap_pages[] = {
  { SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT, "overview", N_("Write it under Overview → Assessments") },
  { SIRKEL_GAP_INDICATOR_NOT_DISCUSSED, "overview", N_("Discuss it in a challenge under Overview") },
  { SIRKEL_GAP_CHALLENGE_WITHOUT_GOAL, "plan", N_("Add a goal for it on the Plan page") },
  { SIRKEL_GAP_GOAL_WITHOUT_MEASURE, "measures", N_("Add a measure for it on the Measures page") },
  { SIRKEL_GAP_MEASURE_WITHOUT_EVALUATION, "evaluation", N_("Plan its evaluation on the Evaluation page") },
};

static const struct
{
  const char *kind;
  const char *label;
} event_kinds[] = {
  { "oversikt", NC_("year-wheel event", "Overview") },
  { "planstrategi", NC_("year-wheel event", "Planning strategy") },
  { "budget", NC_("year-wheel event", "Budget") },
  { "ungdata", NC_("year-wheel event", "Ungdata survey") },
  { "reporting", NC_("year-wheel event", "Reporting") },
  { "evaluation", NC_("year-wheel event", "Evaluation") },
  { "other", NC_("year-wheel event", "Other") },
};

static const char *
event_kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (event_kinds); i++)
    if (g_strcmp0 (kind, event_kinds[i].kind) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "year-wheel event", event_kinds[i].label);
  return kind != NULL ? kind : "";
}

/* Removes the rows; the placeholder, also a child of the list, stays. */
static void
remove_all (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* The phase cards */

static void
build_card (SirkelDashboardPage *self,
            SirkelPhase          phase)
{
  PhaseCard *card = &self->cards[phase];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (phases[phase].icon);
  GtkWidget *title = gtk_label_new (_(phases[phase].title));
  g_autofree char *tooltip = NULL;

  card->button = gtk_button_new ();
  gtk_widget_add_css_class (card->button, "card");
  gtk_widget_add_css_class (card->button, "phase-card");
  gtk_widget_set_name (card->button, phases[phase].page);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (card->button), "view.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (card->button), "s", phases[phase].page);
  /* Translators: tooltip of a phase card on the dashboard; %s is the phase. */
  tooltip = g_strdup_printf (_("Go to %s"), _(phases[phase].title));
  gtk_widget_set_tooltip_text (card->button, tooltip);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  card->percent_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (card->percent_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (card->percent_label), "phase-percent");
  gtk_box_append (GTK_BOX (top), icon);
  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (card->percent_label));

  card->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  card->steps_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->bar));
  gtk_box_append (GTK_BOX (box), card->steps_box);
  gtk_button_set_child (GTK_BUTTON (card->button), box);

  gtk_flow_box_append (self->phase_box, card->button);
  /* The button takes the focus, not the flow box child around it. */
  gtk_widget_set_focusable (gtk_widget_get_parent (card->button), FALSE);
}

static GtkWidget *
step_row_new (const SirkelProgressStep *step)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gboolean done = sirkel_progress_step_is_done (step);
  GtkWidget *icon = gtk_image_new_from_icon_name (done ? "emblem-ok-symbolic" : "media-record-symbolic");
  GtkWidget *label = gtk_label_new (step->text);

  gtk_widget_add_css_class (icon, done ? "step-done" : "step-open");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  /* Short lines keep the cards narrow enough for five in a row on a wide window. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_width_chars (GTK_LABEL (label), 14);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
update_card (SirkelDashboardPage       *self,
             const SirkelPhaseProgress *progress)
{
  PhaseCard *card = &self->cards[progress->phase];
  double fraction = sirkel_phase_progress_get_fraction (progress);
  int percent = (int) floor (fraction * 100 + 0.5);
  g_autofree char *percent_text = NULL;
  g_autoptr(GString) accessible = g_string_new (NULL);
  GtkWidget *child;

  /* Translators: how far a phase has come, as a whole percentage. */
  percent_text = g_strdup_printf (_("%d %%"), percent);
  gtk_label_set_label (card->percent_label, percent_text);
  gtk_progress_bar_set_fraction (card->bar, fraction);
  while ((child = gtk_widget_get_first_child (card->steps_box)) != NULL)
    gtk_box_remove (GTK_BOX (card->steps_box), child);
  /* Translators: what a screen reader says for a phase card: the phase and its percentage. */
  g_string_printf (accessible, _("%s, %s"), _(phases[progress->phase].title), percent_text);
  for (guint i = 0; i < progress->n_steps; i++)
    {
      gtk_box_append (GTK_BOX (card->steps_box), step_row_new (&progress->steps[i]));
      g_string_append_printf (accessible, ". %s", progress->steps[i].text);
    }
  if (fraction >= 1.0)
    gtk_widget_add_css_class (card->button, "complete");
  else
    gtk_widget_remove_css_class (card->button, "complete");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible->str, -1);
}

/* The gaps */

static GtkWidget *
link_row_new (const char *title,
              const char *subtitle,
              const char *icon_name,
              const char *page,
              const char *item)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "view.show-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", page, item);
  return row;
}

/* The id the target page selects: the item's, or for a category the overview's
 * assessments. */
static char *
gap_item (const SirkelGap *gap)
{
  if (gap->kind == SIRKEL_GAP_CATEGORY_WITHOUT_ASSESSMENT)
    return g_strdup ("assessments");
  return sirkel_id_to_string (&gap->id);
}

static void
update_gaps (SirkelDashboardPage *self,
             GPtrArray           *gaps)
{
  GtkWidget *row;

  remove_all (self->gap_list);
  for (guint k = 0; k < G_N_ELEMENTS (gap_pages); k++)
    {
      guint n = 0;

      for (guint i = 0; gaps != NULL && i < gaps->len; i++)
        {
          SirkelGap *gap = g_ptr_array_index (gaps, i);
          g_autofree char *item = NULL;

          if (gap->kind != gap_pages[k].kind || n++ >= GAPS_PER_KIND)
            continue;
          item = gap_item (gap);
          gtk_list_box_append (self->gap_list, link_row_new (gap->message, _(gap_pages[k].where),
                                                             "dialog-warning-symbolic",
                                                             gap_pages[k].page, item));
        }
      if (n > GAPS_PER_KIND)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more like this",
                                                                "%u more like this", n - GAPS_PER_KIND),
                                                   n - GAPS_PER_KIND);

          row = link_row_new (more, NULL, NULL, gap_pages[k].page, "");
          gtk_widget_add_css_class (row, "dim-label");
          gtk_list_box_append (self->gap_list, row);
        }
    }
  if (gtk_widget_get_first_child (GTK_WIDGET (self->gap_list)) != NULL)
    return;
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing is missing in the chain"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Every category is assessed, and every prioritised challenge leads "
                                 "through goals and measures to an evaluation plan"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
  gtk_widget_add_css_class (row, "chain-complete");
  gtk_list_box_append (self->gap_list, row);
}

/* The deadlines */

static char *
format_when (const SirkelDeadline *deadline)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (g_date_get_year (&deadline->date),
                                                     g_date_get_month (&deadline->date),
                                                     g_date_get_day (&deadline->date), 12, 0, 0);

  if (deadline->whole_month)
    /* Translators: a year-wheel event that has a month but no day, see g_date_time_format (). */
    return g_date_time_format (date, _("%B %Y"));
  /* Translators: the date of a deadline, such as "Friday 12 December 2026". */
  return g_date_time_format (date, _("%A %-d %B %Y"));
}

static char *
format_days_left (const SirkelDeadline *deadline)
{
  if (deadline->days_left == 0)
    return g_strdup (deadline->whole_month ? _("This month") : _("Today"));
  if (deadline->whole_month && deadline->days_left < (int) g_date_get_day (&deadline->date))
    return g_strdup (_("This month"));
  if (deadline->days_left == 1)
    return g_strdup (_("Tomorrow"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d day", "In %d days", deadline->days_left),
                          deadline->days_left);
}

static GtkWidget *
deadline_row_new (const SirkelDeadline *deadline)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = format_when (deadline);
  g_autofree char *left = format_days_left (deadline);
  g_autoptr(GString) subtitle = g_string_new (when);
  GtkWidget *label = gtk_label_new (left);
  GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");

  g_string_append_printf (subtitle, " · %s", event_kind_label (deadline->kind));
  if (deadline->responsible != NULL && *deadline->responsible != '\0')
    g_string_append_printf (subtitle, " · %s", deadline->responsible);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deadline->title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, deadline->days_left <= SOON_DAYS ? "deadline-soon" : "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "view.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", "learning");
  return row;
}

static const SirkelDeadline *
update_deadlines (SirkelDashboardPage *self,
                  GPtrArray           *deadlines)
{
  remove_all (self->deadline_list);
  self->n_deadlines = deadlines != NULL ? deadlines->len : 0;
  for (guint i = 0; i < self->n_deadlines; i++)
    gtk_list_box_append (self->deadline_list, deadline_row_new (g_ptr_array_index (deadlines, i)));
  return self->n_deadlines > 0 ? g_ptr_array_index (deadlines, 0) : NULL;
}

/* The heading */

static void
update_heading (SirkelDashboardPage  *self,
                guint                 n_gaps,
                const SirkelDeadline *next)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelEntity *project = document != NULL ? sirkel_document_get_project (document) : NULL;
  g_autofree char *title = document != NULL ? sirkel_document_dup_title (document) : NULL;
  g_autofree char *gaps = NULL;
  g_autofree char *summary = NULL;

  gtk_label_set_label (self->heading_label, title != NULL ? title : "");
  if (project == NULL)
    {
      gtk_label_set_label (self->summary_label, "");
      return;
    }
  if (n_gaps == 0)
    gaps = g_strdup (_("Nothing is missing in the chain"));
  else
    gaps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gap in the chain",
                                         "%u gaps in the chain", n_gaps), n_gaps);
  if (next != NULL)
    {
      g_autofree char *left = format_days_left (next);
      g_autofree char *lower = g_utf8_strdown (left, -1);

      /* Translators: the dashboard's summary: the period, the gaps, and the next deadline
       * with when it is due ("in 44 days"). */
      summary = g_strdup_printf (_("Public health work %d–%d · %s · next deadline: %s, %s"),
                                 (int) sirkel_entity_get_int (project, "period_from"),
                                 (int) sirkel_entity_get_int (project, "period_to"), gaps,
                                 next->title, lower);
    }
  else
    /* Translators: the dashboard's summary: the period and the gaps. */
    summary = g_strdup_printf (_("Public health work %d–%d · %s"),
                               (int) sirkel_entity_get_int (project, "period_from"),
                               (int) sirkel_entity_get_int (project, "period_to"), gaps);
  gtk_label_set_label (self->summary_label, summary);
}

static void
refresh (SirkelDashboardPage *self)
{
  SirkelProjectStatus *status = sirkel_page_get_status (SIRKEL_PAGE (self));
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  GPtrArray *gaps = status != NULL ? sirkel_project_status_get_gaps (status) : NULL;
  GDate today;

  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    {
      SirkelPhaseProgress empty = { .phase = i };

      update_card (self, status != NULL ? sirkel_project_status_get_progress (status, i) : &empty);
    }
  update_gaps (self, gaps);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  if (document != NULL)
    deadlines = sirkel_yearwheel_upcoming (sirkel_document_get_store (document), &today,
                                           N_DEADLINES, &error);
  if (error != NULL)
    g_debug ("Could not read the year wheel: %s", error->message);
  update_heading (self, gaps != NULL ? gaps->len : 0, update_deadlines (self, deadlines));

  {
    g_autoptr(SirkelChart) wheel = sirkel_project_chart_new (document, "arshjul");

    sirkel_chart_view_set_chart (self->yearwheel_chart, wheel);
    gtk_widget_set_visible (self->yearwheel_chart_box, wheel != NULL && !sirkel_chart_is_empty (wheel));
  }
}

static void
status_set_cb (SirkelDashboardPage *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
  refresh (self);
}

/* Days pass while a project stays open: the deadlines count from the day the page shows. */
static void
sirkel_dashboard_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sirkel_dashboard_page_parent_class)->map (widget);

  refresh (SIRKEL_DASHBOARD_PAGE (widget));
}

static void
sirkel_dashboard_page_dispose (GObject *object)
{
  SirkelDashboardPage *self = SIRKEL_DASHBOARD_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->status_signals);

  G_OBJECT_CLASS (sirkel_dashboard_page_parent_class)->dispose (object);
}

static void
sirkel_dashboard_page_class_init (SirkelDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_dashboard_page_dispose;
  widget_class->map = sirkel_dashboard_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelDashboardPage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelDashboardPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelDashboardPage, phase_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelDashboardPage, columns_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelDashboardPage, gap_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelDashboardPage, deadline_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelDashboardPage, yearwheel_chart_box);
  gtk_widget_class_bind_template_callback (widget_class, status_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, refresh);
}

static void
sirkel_dashboard_page_init (SirkelDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->yearwheel_chart = SIRKEL_CHART_VIEW (sirkel_chart_view_new ());
  gtk_box_append (GTK_BOX (self->yearwheel_chart_box), GTK_WIDGET (self->yearwheel_chart));

  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    build_card (self, i);
  /* The two columns are groups, not items to pick: their flow box children take no focus. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (refresh), self,
                                 G_CONNECT_SWAPPED);
  refresh (self);
}

/* The phase cards shown; for tests. */
guint
sirkel_dashboard_page_get_n_phases (SirkelDashboardPage *self)
{
  guint n = 0;

  g_return_val_if_fail (SIRKEL_IS_DASHBOARD_PAGE (self), 0);

  for (guint i = 0; i < SIRKEL_N_PHASES; i++)
    n += self->cards[i].button != NULL && gtk_widget_get_visible (self->cards[i].button) ? 1 : 0;
  return n;
}

/* The deadline rows shown; for tests. */
guint
sirkel_dashboard_page_get_n_deadlines (SirkelDashboardPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DASHBOARD_PAGE (self), 0);

  return self->n_deadlines;
}
