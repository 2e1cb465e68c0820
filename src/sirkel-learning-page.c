/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLearningPage: see sirkel-learning-page.h. The page is an AdwViewStack of its four
 * sub-pages with a view switcher above it, like the overview page; each sub-page receives the
 * document and the status through the template's bindings and does its own work. The page
 * routes what concerns them all: Alt+N, page.select-item, and starting the next period.
 */
#define G_LOG_DOMAIN "sirkel-learning-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-annual-status-pane.h"
#include "sirkel-cycle-pane.h"
#include "sirkel-learning-page.h"
#include "sirkel-lesson-pane.h"
#include "sirkel-next-period-dialog.h"
#include "sirkel-overview-page.h"
#include "sirkel-plan-fields.h"
#include "sirkel-window.h"
#include "sirkel-yearwheel-pane.h"

struct _SirkelLearningPage
{
  SirkelPage              parent_instance;

  /* Template children */
  AdwViewStack           *view_stack;
  SirkelLessonPane       *lesson_pane;
  SirkelCyclePane        *cycle_pane;
  SirkelYearwheelPane    *yearwheel_pane;
  SirkelAnnualStatusPane *annual_pane;
};

G_DEFINE_FINAL_TYPE (SirkelLearningPage, sirkel_learning_page, SIRKEL_TYPE_PAGE)

static void
update_actions (SirkelLearningPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "learning.start-next-period",
                                 sirkel_page_get_document (SIRKEL_PAGE (self)) != NULL);
}

/* learning.add (Alt+N; Ctrl+N is New Project everywhere): the sub-page shown adds one of its own. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SirkelLearningPage *self = SIRKEL_LEARNING_PAGE (widget);
  static const struct { const char *page; const char *action; } adds[] = {
    { SIRKEL_LEARNING_LESSONS, "lesson.add" },
    { SIRKEL_LEARNING_CYCLES, "cycle.add" },
    { SIRKEL_LEARNING_YEARWHEEL, "yearwheel.add" },
    { SIRKEL_LEARNING_STATUS, "annual.add" },
  };
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  for (guint i = 0; i < G_N_ELEMENTS (adds); i++)
    if (g_strcmp0 (visible, adds[i].page) == 0)
      gtk_widget_activate_action (adw_view_stack_get_visible_child (self->view_stack),
                                  adds[i].action, NULL);
}

static void
created_cb (SirkelLearningPage *self,
            const char         *path,
            const char         *summary)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SirkelWindow *window;

  sirkel_plan_toast (GTK_WIDGET (self), summary, FALSE);
  if (!SIRKEL_IS_WINDOW (root))
    return;
  /* A window of its own, as win.open gives a project while one is open. */
  window = sirkel_window_new (gtk_window_get_application (GTK_WINDOW (root)),
                              sirkel_window_get_context (SIRKEL_WINDOW (root)));
  gtk_window_present (GTK_WINDOW (window));
  sirkel_window_open_path (window, path);
}

static void
start_next_period_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SirkelLearningPage *self = SIRKEL_LEARNING_PAGE (widget);
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  SirkelNextPeriodDialog *dialog;

  if (document == NULL)
    return;
  dialog = sirkel_next_period_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          document);
  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* page.select-item (s): a sub-page, "start-next-period", or an item of one of the sub-pages. */
static void
select_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelLearningPage *self = SIRKEL_LEARNING_PAGE (widget);
  const char *item = g_variant_get_string (parameter, NULL);
  SirkelId id;

  if (adw_view_stack_get_child_by_name (self->view_stack, item) != NULL)
    {
      sirkel_learning_page_show (self, item);
      return;
    }
  if (g_str_equal (item, "start-next-period"))
    {
      gtk_widget_activate_action (widget, "learning.start-next-period", NULL);
      return;
    }
  if (!sirkel_id_parse (&id, item))
    return;
  if (sirkel_lesson_pane_select (self->lesson_pane, &id))
    sirkel_learning_page_show (self, SIRKEL_LEARNING_LESSONS);
  else if (sirkel_cycle_pane_select (self->cycle_pane, &id))
    sirkel_learning_page_show (self, SIRKEL_LEARNING_CYCLES);
  else if (sirkel_yearwheel_pane_select (self->yearwheel_pane, &id))
    sirkel_learning_page_show (self, SIRKEL_LEARNING_YEARWHEEL);
  else if (sirkel_annual_status_pane_select (self->annual_pane, &id))
    sirkel_learning_page_show (self, SIRKEL_LEARNING_STATUS);
}

static void
sirkel_learning_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_LEARNING_PAGE);

  G_OBJECT_CLASS (sirkel_learning_page_parent_class)->dispose (object);
}

static void
sirkel_learning_page_class_init (SirkelLearningPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_learning_page_dispose;

  g_type_ensure (SIRKEL_TYPE_LESSON_PANE);
  g_type_ensure (SIRKEL_TYPE_CYCLE_PANE);
  g_type_ensure (SIRKEL_TYPE_YEARWHEEL_PANE);
  g_type_ensure (SIRKEL_TYPE_ANNUAL_STATUS_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-learning-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, lesson_pane);
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, cycle_pane);
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, yearwheel_pane);
  gtk_widget_class_bind_template_child (widget_class, SirkelLearningPage, annual_pane);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "page.select-item", "s", select_item_action);
  gtk_widget_class_install_action (widget_class, "learning.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "learning.start-next-period", NULL,
                                   start_next_period_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_ALT_MASK, "learning.add",
                                       NULL);
}

static void
sirkel_learning_page_init (SirkelLearningPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * sirkel_learning_page_show:
 * @name: one of the SIRKEL_LEARNING_* sub-page names
 *
 * Shows a sub-page, as its switcher button would.
 */
void
sirkel_learning_page_show (SirkelLearningPage *self,
                           const char         *name)
{
  g_return_if_fail (SIRKEL_IS_LEARNING_PAGE (self));
  g_return_if_fail (name != NULL);

  if (g_strcmp0 (name, adw_view_stack_get_visible_child_name (self->view_stack)) == 0)
    return;
  /* A text being edited on the sub-page that goes is written first (its focus-out). */
  _sirkel_overview_focus_away (adw_view_stack_get_visible_child (self->view_stack), NULL);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
sirkel_learning_page_get_visible (SirkelLearningPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_LEARNING_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * sirkel_learning_page_get_pane:
 * @name: one of the SIRKEL_LEARNING_* sub-page names
 *
 * Returns: (transfer none) (nullable): the sub-page, for the tests
 */
GtkWidget *
sirkel_learning_page_get_pane (SirkelLearningPage *self,
                               const char         *name)
{
  g_return_val_if_fail (SIRKEL_IS_LEARNING_PAGE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return adw_view_stack_get_child_by_name (self->view_stack, name);
}
