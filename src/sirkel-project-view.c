/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelProjectView: see sirkel-project-view.h. Nearly everything is bound in the .ui file:
 * the header follows the document's properties through the closures below, the sidebar
 * captions follow the SirkelProjectStatus the template creates, and the pages receive the
 * document and the status through bindings. Each sidebar row's widget name is the name of
 * its page in the stack.
 */
#define G_LOG_DOMAIN "sirkel-project-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-dashboard-page.h"
#include "sirkel-data-page.h"
#include "sirkel-documents-page.h"
#include "sirkel-evaluation-page.h"
#include "sirkel-history-page.h"
#include "sirkel-learning-page.h"
#include "sirkel-measures-page.h"
#include "sirkel-overview-page.h"
#include "sirkel-plan-page.h"
#include "sirkel-project-view-private.h"

G_DEFINE_FINAL_TYPE (SirkelProjectView, sirkel_project_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Closures for the .ui bindings. The first argument is the binding's "this" object, unused. */

static char *
format_subtitle (gpointer    unused,
                 const char *path,
                 gboolean    dirty,
                 gboolean    read_only)
{
  g_autofree char *name = NULL;
  const char *state;

  if (path == NULL)
    return g_strdup (_("Not saved yet"));
  name = g_filename_display_basename (path);
  if (read_only)
    state = _("Read-only");
  else if (dirty)
    state = _("Unsaved changes");
  else
    state = _("Saved");
  /* Translators: the window subtitle: file name and save state. */
  return g_strdup_printf (_("%s — %s"), name, state);
}

static gboolean
has_lock_state (gpointer    unused,
                const char *path,
                gboolean    read_only)
{
  return path != NULL || read_only;
}

static char *
lock_icon_name (gpointer    unused,
                const char *path,
                gboolean    read_only)
{
  return g_strdup (read_only ? "view-reveal-symbolic" : "changes-prevent-symbolic");
}

static char *
lock_explanation (gpointer    unused,
                  const char *path,
                  gboolean    read_only,
                  const char *reason)
{
  if (read_only)
    return g_strdup (reason != NULL ? reason : _("Opened read-only."));
  if (path != NULL)
    return g_strdup (_("Others see that you have this file open"));
  return g_strdup ("");
}

static char *
undo_tooltip (gpointer    unused,
              const char *label)
{
  if (label == NULL || *label == '\0')
    return g_strdup (_("Undo"));
  /* Translators: tooltip of the undo button; %s is what would be undone. */
  return g_strdup_printf (_("Undo “%s”"), label);
}

static char *
redo_tooltip (gpointer    unused,
              const char *label)
{
  if (label == NULL || *label == '\0')
    return g_strdup (_("Redo"));
  /* Translators: tooltip of the redo button; %s is what would be redone. */
  return g_strdup_printf (_("Redo “%s”"), label);
}

/* The sidebar header names the municipality and the period. */
static void
status_changed_cb (SirkelProjectView *self)
{
  SirkelEntity *project = NULL;
  const char *name;
  g_autofree char *subtitle = NULL;

  if (self->document != NULL)
    project = sirkel_document_get_project (self->document);
  if (project == NULL)
    {
      adw_window_title_set_title (self->sidebar_title, _("Sirkel"));
      adw_window_title_set_subtitle (self->sidebar_title, NULL);
      return;
    }
  name = sirkel_entity_get_text (project, "kommune_name");
  /* Translators: municipality number and period in the sidebar header: "0301 · 2024–2027". */
  subtitle = g_strdup_printf (_("%s · %d–%d"), sirkel_entity_get_text (project, "kommune"),
                              (int) sirkel_entity_get_int (project, "period_from"),
                              (int) sirkel_entity_get_int (project, "period_to"));
  adw_window_title_set_title (self->sidebar_title, name != NULL && *name != '\0' ? name
                              : _("Sirkel"));
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
}

static void
sidebar_row_selected_cb (SirkelProjectView *self,
                         GtkListBoxRow     *row)
{
  if (row != NULL)
    gtk_stack_set_visible_child_name (self->stack, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
sidebar_row_activated_cb (SirkelProjectView *self,
                          GtkListBoxRow     *row)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
go_back_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  adw_leaflet_navigate (SIRKEL_PROJECT_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Shows the page named @name as if its sidebar row had been chosen; FALSE if there is none. */
static gboolean
show_page (SirkelProjectView *self,
           const char        *name)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, i);

      if (row == NULL)
        return FALSE;
      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) != 0)
        continue;
      gtk_list_box_select_row (self->sidebar, row);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      return TRUE;
    }
}

/* view.show-page ("plan"): the dashboard's phase cards and other links between pages. */
static void
show_page_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_page (SIRKEL_PROJECT_VIEW (widget), g_variant_get_string (parameter, NULL));
}

/* The page of an item named by its table rather than by a page. */
static const char *
page_of_table (const char *table)
{
  static const char * const pages[][2] = {
    { "indicator", "overview" },
    { "assessment", "overview" },
    { "finding", "overview" },
    { "finding_indicator", "overview" },
    { "logic_element", "evaluation" },
    { "eval_indicator", "evaluation" },
    { "measurement", "evaluation" },
    { "lesson", "learning" },
    { "improvement_cycle", "learning" },
    { "yearwheel_event", "learning" },
    { "annual_status", "learning" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_strcmp0 (table, pages[i][0]) == 0)
      return pages[i][1];
  return table;
}

/* view.show-item ("plan", "<id>"): shows the page, then asks it to select the item through
 * its "page.select-item" action. A page without that action is only shown; an empty item
 * only shows the page. The first part may also name the item's table ("eval_indicator",
 * "finding"): the overview selects a challenge or resource by its id. */
static void
show_item_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SirkelProjectView *self = SIRKEL_PROJECT_VIEW (widget);
  const char *name = NULL;
  const char *item = NULL;
  GtkWidget *page;

  g_variant_get (parameter, "(&s&s)", &name, &item);
  name = page_of_table (name);
  if (!show_page (self, name) || *item == '\0')
    return;
  page = gtk_stack_get_child_by_name (self->stack, name);
  if (page != NULL)
    gtk_widget_activate_action (page, "page.select-item", "s", item);
}

static void
sirkel_project_view_dispose (GObject *object)
{
  SirkelProjectView *self = SIRKEL_PROJECT_VIEW (object);

  /* The bin's child is a template child: GTK 4.8 would unparent it behind AdwBin's back,
   * leaving AdwBin to unparent a dead widget, so the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_PROJECT_VIEW);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sirkel_project_view_parent_class)->dispose (object);
}

static void
sirkel_project_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SirkelProjectView *self = SIRKEL_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_project_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SirkelProjectView *self = SIRKEL_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      sirkel_project_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_project_view_class_init (SirkelProjectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_project_view_dispose;
  object_class->get_property = sirkel_project_view_get_property;
  object_class->set_property = sirkel_project_view_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SIRKEL_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SIRKEL_TYPE_DOCUMENT);
  g_type_ensure (SIRKEL_TYPE_PROJECT_STATUS);
  g_type_ensure (SIRKEL_TYPE_DASHBOARD_PAGE);
  g_type_ensure (SIRKEL_TYPE_OVERVIEW_PAGE);
  g_type_ensure (SIRKEL_TYPE_PLAN_PAGE);
  g_type_ensure (SIRKEL_TYPE_MEASURES_PAGE);
  g_type_ensure (SIRKEL_TYPE_EVALUATION_PAGE);
  g_type_ensure (SIRKEL_TYPE_LEARNING_PAGE);
  g_type_ensure (SIRKEL_TYPE_DATA_PAGE);
  g_type_ensure (SIRKEL_TYPE_DOCUMENTS_PAGE);
  g_type_ensure (SIRKEL_TYPE_HISTORY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-project-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, window_title);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, undo_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, redo_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, lock_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelProjectView, status);
  gtk_widget_class_bind_template_callback (widget_class, format_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, has_lock_state);
  gtk_widget_class_bind_template_callback (widget_class, lock_icon_name);
  gtk_widget_class_bind_template_callback (widget_class, lock_explanation);
  gtk_widget_class_bind_template_callback (widget_class, undo_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, redo_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "view.go-back", NULL, go_back_action_cb);
  gtk_widget_class_install_action (widget_class, "view.show-page", "s", show_page_action_cb);
  gtk_widget_class_install_action (widget_class, "view.show-item", "(ss)", show_item_action_cb);
}

static void
sirkel_project_view_init (SirkelProjectView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sirkel_project_view_get_document:
 *
 * Returns: (transfer none) (nullable): the project shown
 */
SirkelDocument *
sirkel_project_view_get_document (SirkelProjectView *self)
{
  g_return_val_if_fail (SIRKEL_IS_PROJECT_VIEW (self), NULL);

  return self->document;
}

/* A new project starts at its home page, the dashboard. */
void
sirkel_project_view_set_document (SirkelProjectView *self,
                                  SirkelDocument    *document)
{
  g_return_if_fail (SIRKEL_IS_PROJECT_VIEW (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, 0));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  status_changed_cb (self);
}
