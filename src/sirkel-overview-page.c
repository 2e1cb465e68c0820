/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelOverviewPage: see sirkel-overview-page.h. The page is an AdwViewStack of its four
 * sub-pages with a view switcher above it (the wide one while it fits, the narrow one when
 * the window is small); each sub-page receives the document and the status through the
 * template's bindings and does its own work.
 */
#define G_LOG_DOMAIN "sirkel-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-assessment-pane.h"
#include "sirkel-finding-pane.h"
#include "sirkel-history.h"
#include "sirkel-indicator-browser.h"
#include "sirkel-overview-page.h"
#include "sirkel-plan-fields.h"
#include "sirkel-priority-pane.h"

struct _SirkelOverviewPage
{
  SirkelPage    parent_instance;

  /* Template children */
  AdwViewStack *view_stack;
  GtkWidget    *indicators_box;
  SirkelAssessmentPane *assessment_pane;
  SirkelFindingPane *finding_pane;
  SirkelIndicatorBrowser *browser;
};

G_DEFINE_FINAL_TYPE (SirkelOverviewPage, sirkel_overview_page, SIRKEL_TYPE_PAGE)

/* Whether the file has a row of @table with @id, deleted or not. */
static gboolean
row_exists (SirkelStore *store,
            const char  *table,
            const char  *id)
{
  g_autofree char *title = sirkel_history_dup_row_title (store, table, id, NULL, NULL);

  return title != NULL;
}

/* A deleted challenge or resource: its tab, with nothing chosen, and a toast that says why. */
static void
show_deleted_finding (SirkelOverviewPage *self,
                      const char         *id,
                      const char         *title)
{
  g_autofree char *text = NULL;

  sirkel_overview_page_show (self, SIRKEL_OVERVIEW_FINDINGS);
  sirkel_finding_pane_select_id (self->finding_pane, id);
  if (title != NULL && *title != '\0')
    /* Translators: a toast when a link leads to a challenge or resource that was deleted;
     * %s is its title. */
    text = g_strdup_printf (_("“%s” has been deleted"), title);
  else
    text = g_strdup (_("This challenge or resource has been deleted"));
  sirkel_plan_toast (GTK_WIDGET (self), text, FALSE);
}

/* page.select-item (s): a sub-page name; or the id of an indicator (the dashboard's gap
 * list: the indicator browser on that indicator), of a challenge or resource or one of its
 * indicator links (the Challenges and Resources tab with it chosen, or a toast if it was
 * deleted), or of an assessment (the Assessments tab on its category). */
static void
select_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SirkelOverviewPage *self = SIRKEL_OVERVIEW_PAGE (widget);
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  const char *item = g_variant_get_string (parameter, NULL);
  g_autofree char *title = NULL;
  g_autofree char *finding_id = NULL;
  SirkelEntity *entity;
  SirkelStore *store;
  SirkelId id;

  if (adw_view_stack_get_child_by_name (self->view_stack, item) != NULL)
    {
      sirkel_overview_page_show (self, item);
      return;
    }
  if (document == NULL || !sirkel_id_parse (&id, item))
    return;
  if ((entity = sirkel_document_find (document, "indicator", &id)) != NULL)
    {
      sirkel_overview_page_show (self, SIRKEL_OVERVIEW_INDICATORS);
      sirkel_indicator_browser_select_key (self->browser, sirkel_entity_get_text (entity, "key"));
      return;
    }
  if ((entity = sirkel_document_find (document, "assessment", &id)) != NULL)
    {
      sirkel_overview_page_show (self, SIRKEL_OVERVIEW_ASSESSMENTS);
      sirkel_assessment_pane_set_category (self->assessment_pane,
                                           *sirkel_entity_get_text (entity, "category"));
      return;
    }
  /* A link between a challenge and an indicator leads to its challenge. */
  if ((entity = sirkel_document_find (document, "finding_indicator", &id)) != NULL &&
      sirkel_entity_get_ref (entity, "finding_id", &id))
    item = finding_id = sirkel_id_to_string (&id);
  if (sirkel_document_find (document, "finding", &id) != NULL)
    {
      sirkel_overview_page_show (self, SIRKEL_OVERVIEW_FINDINGS);
      sirkel_finding_pane_select_id (self->finding_pane, item);
      sirkel_finding_pane_focus_selected (self->finding_pane);
      return;
    }
  /* Not live: a deleted one, which the history or an older link may name. */
  store = sirkel_document_get_store (document);
  if ((title = sirkel_history_dup_row_title (store, "finding", item, NULL, NULL)) != NULL)
    show_deleted_finding (self, item, title);
  else if (row_exists (store, "finding_indicator", item))
    sirkel_overview_page_show (self, SIRKEL_OVERVIEW_FINDINGS);
  else if (row_exists (store, "assessment", item))
    sirkel_overview_page_show (self, SIRKEL_OVERVIEW_ASSESSMENTS);
}

static void
sirkel_overview_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (sirkel_overview_page_parent_class)->dispose (object);
}

static void
sirkel_overview_page_class_init (SirkelOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_overview_page_dispose;

  g_type_ensure (SIRKEL_TYPE_ASSESSMENT_PANE);
  g_type_ensure (SIRKEL_TYPE_FINDING_PANE);
  g_type_ensure (SIRKEL_TYPE_PRIORITY_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelOverviewPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelOverviewPage, indicators_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelOverviewPage, assessment_pane);
  gtk_widget_class_bind_template_child (widget_class, SirkelOverviewPage, finding_pane);
  gtk_widget_class_install_action (widget_class, "page.select-item", "s", select_item_action);
}

static void
sirkel_overview_page_init (SirkelOverviewPage *self)
{
  GtkWidget *browser;

  gtk_widget_init_template (GTK_WIDGET (self));

  browser = g_object_new (SIRKEL_TYPE_INDICATOR_BROWSER, "vexpand", TRUE, NULL);
  self->browser = SIRKEL_INDICATOR_BROWSER (browser);
  gtk_box_append (GTK_BOX (self->indicators_box), browser);
  g_object_bind_property (self, "document", browser, "document", G_BINDING_SYNC_CREATE);
}

/**
 * sirkel_overview_page_show:
 * @name: one of the SIRKEL_OVERVIEW_* sub-page names
 *
 * Shows a sub-page, as its switcher button would.
 */
void
sirkel_overview_page_show (SirkelOverviewPage *self,
                           const char         *name)
{
  g_return_if_fail (SIRKEL_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (name != NULL);

  if (g_strcmp0 (name, adw_view_stack_get_visible_child_name (self->view_stack)) == 0)
    return;
  _sirkel_overview_focus_away (adw_view_stack_get_visible_child (self->view_stack), NULL);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
sirkel_overview_page_get_visible (SirkelOverviewPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_OVERVIEW_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
_sirkel_overview_toast (GtkWidget  *widget,
                        const char *text,
                        gboolean    offer_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  if (overlay == NULL)
    {
      g_message ("%s", text);
      return;
    }
  /* AdwToast 1.2 always parses its title as markup. */
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  if (offer_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
_sirkel_overview_toast_error (GtkWidget    *widget,
                              const GError *error)
{
  g_return_if_fail (error != NULL);

  _sirkel_overview_toast (widget, error->message, FALSE);
}

/* Ends the sirkel-field-editor bindings of the widgets given (a NULL-terminated list), writing
 * a pending edit. The sub-pages call it first thing in dispose: the field editor disconnects
 * its signal handlers only when a widget is finalized, after GObject has already removed them,
 * which warns (and fails the tests' fatal warnings); unbinding while the widgets are whole
 * avoids that. */
void
_sirkel_overview_unbind_fields (GtkWidget *first,
                                ...)
{
  va_list args;

  va_start (args, first);
  for (GtkWidget *widget = first; widget != NULL; widget = va_arg (args, GtkWidget *))
    g_object_set_data (G_OBJECT (widget), "sirkel-field-binding", NULL);
  va_end (args);
}

/* Moves the keyboard focus to @to (nowhere if %NULL or if @to cannot take it) when it is
 * inside @leaving, which is about to be hidden. A text entry that loses the focus by being
 * hidden gets no focus-out (GtkText then warns, and a pending field edit waits); moving the
 * focus first gives it one. */
void
_sirkel_overview_focus_away (GtkWidget *leaving,
                             GtkWidget *to)
{
  GtkRoot *root;
  GtkWidget *focus;

  if (leaving == NULL || (root = gtk_widget_get_root (leaving)) == NULL)
    return;
  focus = gtk_root_get_focus (root);
  if (focus == NULL || (focus != leaving && !gtk_widget_is_ancestor (focus, leaving)))
    return;
  if (to == NULL || !gtk_widget_grab_focus (to))
    gtk_root_set_focus (root, NULL);
}
