/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasuresPage's struct, shared by sirkel-measures-page.c (the list, its selection, the
 * views kept in step with the document) and sirkel-measures-page-actions.c (the actions that
 * add, delete, import and export measures), and read by the widget tests.
 */
#pragma once

#include "sirkel-catalog.h"
#include "sirkel-chart-view.h"
#include "sirkel-measure-editor.h"
#include "sirkel-measure-filters.h"
#include "sirkel-measure-responsibility.h"
#include "sirkel-measures-page.h"

G_BEGIN_DECLS

struct _SirkelMeasuresPage
{
  SirkelPage                   parent_instance;

  GListModel                  *measures;      /* the document's measure list, or NULL */
  GtkFilterListModel          *filtered;      /* measures through the filters */
  GtkSingleSelection          *selection;     /* over filtered */
  GSignalGroup                *status_signals;
  SirkelId                     selected_id;   /* the measure last selected */
  gboolean                     has_selected;
  guint                        last_position; /* where it was in the list */
  guint                        restore_id;    /* idle: select again after the selection went */
  GPtrArray                   *catalogs;      /* loaded on first need; NULL until then or on error */
  GError                      *catalog_error;
  SirkelChartView             *timeline_chart;

  /* Template children */
  AdwViewStack                *view_stack;
  SirkelMeasureFilters        *filters;
  GtkStack                    *list_stack;
  GtkListView                 *measure_view;
  AdwStatusPage               *no_match_status;
  GtkWidget                   *no_match_catalog_button;
  GtkWidget                   *no_match_new_button;
  GtkStack                    *editor_stack;
  SirkelMeasureEditor         *editor;
  GtkWidget                   *timeline_box;
  SirkelMeasureResponsibility *responsibility;
};

GPtrArray *_sirkel_measures_page_get_catalogs   (SirkelMeasuresPage *self,
                                                 GError            **error);
void       _sirkel_measures_page_reload_catalogs (SirkelMeasuresPage *self);
void       _sirkel_measures_page_class_add_actions (GtkWidgetClass   *widget_class);
void       _sirkel_measures_page_update_actions  (SirkelMeasuresPage *self);
gboolean   _sirkel_measures_page_add_from_catalog (SirkelMeasuresPage       *self,
                                                  const SirkelCatalogEntry *entry,
                                                  const char               *goal_id);
void       _sirkel_measures_page_import_catalog  (SirkelMeasuresPage *self,
                                                  const char         *path);
void       _sirkel_measures_page_export_catalog  (SirkelMeasuresPage *self,
                                                  const char         *path);

G_END_DECLS
