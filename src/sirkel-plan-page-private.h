/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelPlanPage's struct, shared by sirkel-plan-page.c (the tree, the selection and the
 * lists) and sirkel-plan-page-actions.c (the actions that change goals and plans), and read
 * by the widget tests.
 */
#pragma once

#include "sirkel-goal-editor.h"
#include "sirkel-goal-tree.h"
#include "sirkel-chart-view.h"
#include "sirkel-plan-page.h"

G_BEGIN_DECLS

struct _SirkelPlanPage
{
  SirkelPage           parent_instance;

  SirkelGoalTree      *tree;
  GtkSingleSelection  *selection;      /* over the tree; never empty while there are goals */
  GSignalGroup        *status_signals;
  GListModel          *goals;          /* the document's goal list, or NULL */
  SirkelId             selected_id;    /* the goal last selected; kept while its row is remade */
  gboolean             has_selected;
  SirkelId             fallback_id;    /* its parent, selected if it goes; valid if has_fallback */
  gboolean             has_fallback;
  guint                collapsed_id;   /* idle: the selected goal went under a collapsed one */

  /* Template children */
  GtkStack            *goal_stack;
  GtkListView         *goal_view;
  AdwStatusPage       *empty_status;
  GtkWidget           *prioritise_button;
  GtkWidget           *without_goal_group;
  GtkListBox          *without_goal_list;
  GtkStack            *editor_stack;
  SirkelGoalEditor    *goal_editor;
  GtkWidget           *chain_chart_box;
  SirkelChartView     *chain_chart;      /* in chain_chart_box */
  GtkListBox          *plan_list;
};

void _sirkel_plan_page_class_add_actions (GtkWidgetClass *widget_class);
void _sirkel_plan_page_update_actions    (SirkelPlanPage *self);

G_END_DECLS
