/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocumentsPage: one row per document, in SirkelReportKind order; the status decides
 * readiness (sirkel_project_status_report_ready) and the page only words it.
 */
#define G_LOG_DOMAIN "sirkel-documents-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-documents-page.h"

struct _SirkelDocumentsPage
{
  SirkelPage    parent_instance;

  GSignalGroup *status_signals;

  /* Template children */
  AdwActionRow *overview_row;
  AdwActionRow *plan_row;
  AdwActionRow *annual_row;
  GtkImage     *overview_icon;
  GtkImage     *plan_icon;
  GtkImage     *annual_icon;
};

G_DEFINE_FINAL_TYPE (SirkelDocumentsPage, sirkel_documents_page, SIRKEL_TYPE_PAGE)

static const char *
draws_on (SirkelReportKind kind)
{
  switch (kind)
    {
    case SIRKEL_REPORT_OVERVIEW:
      return _("Draws on the assessments of categories a–f, the challenges and resources, "
               "and the indicators.");
    case SIRKEL_REPORT_PLAN:
      return _("Draws on the goals and the measures, with the challenges they answer.");
    case SIRKEL_REPORT_ANNUAL:
      return _("Draws on the measures, their evaluations and the lessons learned.");
    case SIRKEL_N_REPORTS:
    default:
      g_return_val_if_reached ("");
    }
}

static void
update_row (AdwActionRow        *row,
            GtkImage            *icon,
            SirkelProjectStatus *status,
            SirkelReportKind     kind)
{
  g_autofree char *missing = NULL;
  g_autofree char *subtitle = NULL;
  gboolean ready = status != NULL && sirkel_project_status_report_ready (status, kind, &missing);

  if (ready)
    subtitle = g_strdup_printf ("%s\n%s", draws_on (kind), _("The material is there."));
  else if (missing != NULL)
    /* Translators: what a document still lacks, such as "goals, measures". */
    subtitle = g_strdup_printf ("%s\n%s %s", draws_on (kind), _("Missing:"), missing);
  else
    subtitle = g_strdup (draws_on (kind));
  adw_action_row_set_subtitle (row, subtitle);
  gtk_image_set_from_icon_name (icon, ready ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_set_css_classes (GTK_WIDGET (icon), (const char *[]) { ready ? "success" : "warning",
                                                                    NULL });
  gtk_widget_set_tooltip_text (GTK_WIDGET (icon), ready ? _("The material is there")
                               : _("Material is missing"));
}

static void
update (SirkelDocumentsPage *self)
{
  SirkelProjectStatus *status = sirkel_page_get_status (SIRKEL_PAGE (self));

  update_row (self->overview_row, self->overview_icon, status, SIRKEL_REPORT_OVERVIEW);
  update_row (self->plan_row, self->plan_icon, status, SIRKEL_REPORT_PLAN);
  update_row (self->annual_row, self->annual_icon, status, SIRKEL_REPORT_ANNUAL);
}

static void
status_changed_cb (SirkelDocumentsPage *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
  update (self);
}

static void
sirkel_documents_page_dispose (GObject *object)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_DOCUMENTS_PAGE);
  g_clear_object (&self->status_signals);

  G_OBJECT_CLASS (sirkel_documents_page_parent_class)->dispose (object);
}

static void
sirkel_documents_page_class_init (SirkelDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_documents_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, overview_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, plan_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, annual_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, overview_icon);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, plan_icon);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, annual_icon);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
}

static void
sirkel_documents_page_init (SirkelDocumentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
  update (self);
}
