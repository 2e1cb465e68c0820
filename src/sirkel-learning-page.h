/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelLearningPage: the Læring phase, four sub-pages under a view switcher: the lessons
 * learned, the improvement cycles (plan, do, study, act), the year wheel (årshjul) of
 * deadlines with its chart, and the yearly status for the report to the council; and the way
 * into the next period ("Start the Next Period…"), which writes a new project file carrying
 * forward what is still open and opens it in a new window.
 *
 * page.select-item (s) takes a sub-page name (SIRKEL_LEARNING_*), "start-next-period", or the
 * id of a lesson, improvement cycle, year-wheel event or yearly status, which it selects.
 * learning.add adds in the sub-page shown (Alt+N).
 */
#pragma once

#include "sirkel-page.h"

G_BEGIN_DECLS

#define SIRKEL_LEARNING_LESSONS   "lessons"
#define SIRKEL_LEARNING_CYCLES    "cycles"
#define SIRKEL_LEARNING_YEARWHEEL "yearwheel"
#define SIRKEL_LEARNING_STATUS    "status"

#define SIRKEL_TYPE_LEARNING_PAGE (sirkel_learning_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelLearningPage, sirkel_learning_page, SIRKEL, LEARNING_PAGE, SirkelPage)

void        sirkel_learning_page_show        (SirkelLearningPage *self,
                                              const char         *name);
const char *sirkel_learning_page_get_visible (SirkelLearningPage *self);
GtkWidget  *sirkel_learning_page_get_pane    (SirkelLearningPage *self,
                                              const char         *name);

G_END_DECLS
