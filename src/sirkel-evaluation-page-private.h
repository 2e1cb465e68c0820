/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelEvaluationPage's struct, shared by sirkel-evaluation-page.c (the measures, the
 * selection and the editors), sirkel-evaluation-page-actions.c (the actions that change
 * evaluation plans, indicators and measurements) and sirkel-evaluation-page-logic.c (those
 * that change the logic model), and read by the widget tests.
 */
#pragma once

#include "sirkel-evaluation-page.h"
#include "sirkel-logic-editor.h"

G_BEGIN_DECLS

struct _SirkelEvaluationPage
{
  SirkelPage         parent_instance;

  GSignalGroup      *status_signals;
  GListModel        *measures;        /* the document's measure list, or NULL */
  SirkelEntity      *measure;         /* the selected measure, or NULL */
  SirkelId           selected_id;     /* kept while the measure rows are made anew */
  gboolean           has_selected;
  char              *lesson_id;       /* the lesson the last "Record a Lesson" made */

  /* Template children */
  GtkListBox        *measure_list;
  GtkLabel          *measure_title;
  GtkLabel          *measure_subtitle;
  AdwViewStack      *view_stack;
  GtkStack          *plans_stack;
  GtkBox            *plans_box;
  GtkWidget         *add_first_plan_button;
  SirkelLogicEditor *logic_editor;
  GtkStack          *indicators_stack;
  GtkBox            *indicators_box;
};

void     _sirkel_evaluation_page_class_add_actions (GtkWidgetClass       *widget_class);
void     _sirkel_evaluation_page_class_add_logic_actions (GtkWidgetClass *widget_class);
void     _sirkel_evaluation_page_update_actions    (SirkelEvaluationPage *self);
void     _sirkel_evaluation_page_refresh           (SirkelEvaluationPage *self);
gboolean _sirkel_evaluation_page_focus_item        (SirkelEvaluationPage *self,
                                                    const char           *table,
                                                    const SirkelId       *id);
gboolean _sirkel_evaluation_page_writable          (SirkelEvaluationPage *self);
SirkelEntity *
         _sirkel_evaluation_page_find_param        (SirkelEvaluationPage *self,
                                                    const char           *table,
                                                    GVariant             *parameter);
void     _sirkel_evaluation_page_deleted_toast     (SirkelEvaluationPage *self,
                                                    const char           *title);

G_END_DECLS
