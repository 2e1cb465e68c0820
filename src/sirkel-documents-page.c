/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocumentsPage: the choices, the report and its preview; see sirkel-documents-page.h.
 * Export and print are in sirkel-documents-page-export.c.
 *
 * The report is rebuilt by build_report () only: when the page is mapped and the report is
 * missing or stale, after a short delay that lets the spinner show and coalesces bursts of
 * changes. A choice waits BUILD_DELAY_CHOICE, a change to the project BUILD_DELAY_CHANGE.
 * Building the example's 34-page overview document takes some 50 ms warm (about 190 ms the
 * first time, while fonts load), all on the main thread because the store lives there.
 */
#define G_LOG_DOMAIN "sirkel-documents-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-document-preview.h"
#include "sirkel-documents-page-private.h"

#define BUILD_DELAY_CHOICE 40   /* ms: long enough for a frame with the spinner */
#define BUILD_DELAY_CHANGE 300  /* ms: edits and undo come in bursts */

G_DEFINE_FINAL_TYPE (SirkelDocumentsPage, sirkel_documents_page, SIRKEL_TYPE_PAGE)

enum {
  PROP_0,
  PROP_REPORT_TYPE,
  PROP_LANGUAGE,
  PROP_EXPORTING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *
describe (SirkelReportType type)
{
  switch (type)
    {
    case SIRKEL_REPORT_TYPE_OVERVIEW:
      return _("Health status and its determinants in categories a–f, the challenges and "
               "resources, and the priorities");
    case SIRKEL_REPORT_TYPE_PLAN:
      return _("Goals and measures, with responsibility, budget, timeline and evaluation");
    case SIRKEL_REPORT_TYPE_ANNUAL:
      return _("The year’s measures, evaluations and lessons learned, for the municipal "
               "council");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
language_name (const char *language)
{
  if (g_strcmp0 (language, "nn") == 0)
    return _("Nynorsk");
  if (g_strcmp0 (language, "en") == 0)
    return _("English");
  return _("Bokmål");
}

static gboolean
is_language (const char *language)
{
  return g_strcmp0 (language, "nb") == 0 || g_strcmp0 (language, "nn") == 0 ||
         g_strcmp0 (language, "en") == 0;
}

/* The language documents are written in unless the user chooses: the project's, else the
 * UI's, else bokmål. */
static const char *
default_language (SirkelDocumentsPage *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelEntity *project = document != NULL ? sirkel_document_get_project (document) : NULL;
  const char * const *names = g_get_language_names ();
  const char *language = project != NULL ? sirkel_entity_get_text (project, "doc_language")
                                         : NULL;

  if (is_language (language))
    return language;
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nn"))
        return "nn";
      if (g_str_has_prefix (names[i], "nb") || g_str_has_prefix (names[i], "no"))
        return "nb";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }
  return "nb";
}

static SirkelReportType
report_type (SirkelDocumentsPage *self)
{
  SirkelReportType type = SIRKEL_REPORT_TYPE_OVERVIEW;

  sirkel_report_type_from_key (self->report_type, &type);
  return type;
}

static void
update_description (SirkelDocumentsPage *self)
{
  SirkelProjectStatus *status = sirkel_page_get_status (SIRKEL_PAGE (self));
  SirkelReportType type = report_type (self);
  g_autofree char *missing = NULL;
  g_autofree char *text = NULL;
  gboolean ready;

  gtk_label_set_label (self->description_label, describe (type));
  gtk_menu_button_set_label (self->language_button, language_name (self->language));

  /* SirkelReportKind (the status's) has the order of SirkelReportType. */
  ready = status != NULL && sirkel_project_status_report_ready (status, (SirkelReportKind) type,
                                                                &missing);
  gtk_widget_set_visible (GTK_WIDGET (self->ready_icon), status != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->ready_label), status != NULL);
  if (status == NULL)
    return;
  if (ready)
    text = g_strdup (_("The material is there."));
  else if (missing != NULL)
    /* Translators: what a document still lacks, such as "goals, measures". */
    text = g_strdup_printf ("%s %s", _("Missing:"), missing);
  else
    text = g_strdup (_("Material is missing"));
  gtk_label_set_label (self->ready_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->ready_label), text);
  gtk_image_set_from_icon_name (self->ready_icon,
                                ready ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_set_css_classes (GTK_WIDGET (self->ready_icon),
                              (const char *[]) { ready ? "success" : "warning", NULL });
}

void
_sirkel_documents_page_update_actions (SirkelDocumentsPage *self)
{
  gboolean exporting = self->export_cancellable != NULL;
  gboolean idle = self->report != NULL && !exporting && !self->printing;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.export", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.print", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.cancel-export", exporting);
}

/* Makes the report of the current choices from the store, now, and shows it. */
static void
build_report (SirkelDocumentsPage *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  g_autoptr(SirkelReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert (self->export_cancellable == NULL);

  g_clear_handle_id (&self->build_id, g_source_remove);
  self->stale = FALSE;
  if (document != NULL)
    {
      report = sirkel_report_new_from_store (sirkel_document_get_store (document),
                                             report_type (self), self->language, NULL, &error);
      /* Laid out here rather than in the first page's snapshot. */
      if (report != NULL)
        g_debug ("%s (%s): %u pages in %.0f ms", self->report_type, self->language,
                 sirkel_report_get_n_pages (report),
                 (g_get_monotonic_time () - start) / 1000.0);
    }
  g_set_object (&self->report, report);
  if (error != NULL)
    adw_status_page_set_description (self->error_page, error->message);
  sirkel_page_show_empty (SIRKEL_PAGE (self), error != NULL);
  sirkel_document_preview_set_report (self->preview, report);
  if (self->scroll_to_top)
    sirkel_document_preview_scroll_to_page (self->preview, 0);
  self->scroll_to_top = FALSE;
  sirkel_document_preview_set_busy (self->preview, FALSE);
  _sirkel_documents_page_update_actions (self);
}

static gboolean
build_cb (gpointer user_data)
{
  SirkelDocumentsPage *self = user_data;

  self->build_id = 0;
  build_report (self);
  return G_SOURCE_REMOVE;
}

/* Marks the report stale and rebuilds it after @delay ms if the page is shown; an export in
 * progress rebuilds it when it is done. */
static void
invalidate (SirkelDocumentsPage *self,
            guint                delay)
{
  self->stale = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  sirkel_document_preview_set_busy (self->preview, TRUE);
  if (self->export_cancellable != NULL)
    return;
  g_clear_handle_id (&self->build_id, g_source_remove);
  self->build_id = g_timeout_add_full (G_PRIORITY_LOW, delay, build_cb, self, NULL);
}

/**
 * _sirkel_documents_page_ensure_report:
 *
 * Builds the report now if it is missing, stale or waiting to be rebuilt; for export and
 * print, which must write what the project holds now.
 *
 * Returns: whether there is a report
 */
gboolean
_sirkel_documents_page_ensure_report (SirkelDocumentsPage *self)
{
  if (self->export_cancellable != NULL)
    return FALSE;
  if (self->report == NULL || self->stale || self->build_id != 0)
    build_report (self);
  return self->report != NULL;
}

/* Starts or ends the export state: the preview keeps off the report while it is written. */
void
_sirkel_documents_page_set_exporting (SirkelDocumentsPage *self,
                                      gboolean             exporting)
{
  if (exporting == (self->export_cancellable != NULL))
    return;
  if (exporting)
    {
      self->export_cancellable = g_cancellable_new ();
      sirkel_document_preview_set_frozen (self->preview, TRUE);
    }
  else
    {
      g_clear_object (&self->export_cancellable);
      /* The worker laid the report out with its own fonts: lay it out again here, now,
       * rather than in the next page's snapshot. */
      if (self->report != NULL)
        sirkel_report_get_n_pages (self->report);
      if (self->preview != NULL)
        sirkel_document_preview_set_frozen (self->preview, FALSE);
    }
  _sirkel_documents_page_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXPORTING]);
  if (!exporting && self->stale && self->preview != NULL)
    invalidate (self, BUILD_DELAY_CHOICE);
}

static void
set_language (SirkelDocumentsPage *self,
              const char          *language)
{
  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  update_description (self);
  invalidate (self, BUILD_DELAY_CHOICE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
}

static void
status_changed_cb (SirkelDocumentsPage *self)
{
  g_signal_group_set_target (self->status_signals, sirkel_page_get_status (SIRKEL_PAGE (self)));
  update_description (self);
}

static void
store_changed_cb (SirkelDocumentsPage *self)
{
  if (!self->language_chosen)
    set_language (self, default_language (self));
  invalidate (self, BUILD_DELAY_CHANGE);
}

static void
document_changed_cb (SirkelDocumentsPage *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  g_signal_group_set_target (self->store_signals,
                             document != NULL ? sirkel_document_get_store (document) : NULL);
  self->language_chosen = FALSE;
  set_language (self, default_language (self));
  if (self->export_cancellable == NULL)
    {
      g_clear_object (&self->report);
      sirkel_document_preview_set_report (self->preview, NULL);
      _sirkel_documents_page_update_actions (self);
    }
  self->scroll_to_top = TRUE;
  invalidate (self, BUILD_DELAY_CHOICE);
}

static void
refresh_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  invalidate (SIRKEL_DOCUMENTS_PAGE (widget), BUILD_DELAY_CHOICE);
}

static void
sirkel_documents_page_map (GtkWidget *widget)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (widget);

  GTK_WIDGET_CLASS (sirkel_documents_page_parent_class)->map (widget);

  if (self->report == NULL || self->stale)
    invalidate (self, BUILD_DELAY_CHOICE);
}

static void
sirkel_documents_page_unmap (GtkWidget *widget)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (widget);

  /* Stays stale: rebuilt when shown again. */
  g_clear_handle_id (&self->build_id, g_source_remove);
  sirkel_document_preview_set_busy (self->preview, FALSE);

  GTK_WIDGET_CLASS (sirkel_documents_page_parent_class)->unmap (widget);
}

static void
sirkel_documents_page_dispose (GObject *object)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (object);

  /* A running export ends soon and its callback finds the template children gone. */
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->build_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_DOCUMENTS_PAGE);
  g_clear_object (&self->status_signals);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->report);
  g_clear_object (&self->saved_file);

  G_OBJECT_CLASS (sirkel_documents_page_parent_class)->dispose (object);
}

static void
sirkel_documents_page_finalize (GObject *object)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (object);

  g_assert (self->export_cancellable == NULL);
  g_clear_object (&self->export_file);
  g_free (self->report_type);
  g_free (self->language);

  G_OBJECT_CLASS (sirkel_documents_page_parent_class)->finalize (object);
}

static void
sirkel_documents_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_REPORT_TYPE:
      g_value_set_string (value, sirkel_documents_page_get_report_type (self));
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, sirkel_documents_page_get_language (self));
      break;
    case PROP_EXPORTING:
      g_value_set_boolean (value, sirkel_documents_page_get_exporting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_documents_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_REPORT_TYPE:
      sirkel_documents_page_set_report_type (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      sirkel_documents_page_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_documents_page_class_init (SirkelDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_documents_page_dispose;
  object_class->finalize = sirkel_documents_page_finalize;
  object_class->get_property = sirkel_documents_page_get_property;
  object_class->set_property = sirkel_documents_page_set_property;
  widget_class->map = sirkel_documents_page_map;
  widget_class->unmap = sirkel_documents_page_unmap;

  properties [PROP_REPORT_TYPE] =
    g_param_spec_string ("report-type", NULL, NULL, "oversikt",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "nb",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "documents.report-type", "report-type");
  gtk_widget_class_install_property_action (widget_class, "documents.language", "language");
  gtk_widget_class_install_action (widget_class, "documents.refresh", NULL, refresh_action_cb);
  _sirkel_documents_page_class_add_export_actions (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, language_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, ready_icon);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, ready_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, export_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, export_progress);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, preview);
  gtk_widget_class_bind_template_child (widget_class, SirkelDocumentsPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  g_type_ensure (SIRKEL_TYPE_DOCUMENT_PREVIEW);
}

static void
sirkel_documents_page_init (SirkelDocumentsPage *self)
{
  self->report_type = g_strdup ("oversikt");
  self->language = g_strdup (default_language (self));
  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (update_description),
                                 self, G_CONNECT_SWAPPED);
  self->store_signals = g_signal_group_new (SIRKEL_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed", G_CALLBACK (store_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  update_description (self);
  _sirkel_documents_page_update_actions (self);
}

/* The document shown: "oversikt", "plan" or "rapport" (sirkel_report_type_to_key). */
const char *
sirkel_documents_page_get_report_type (SirkelDocumentsPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self), NULL);

  return self->report_type;
}

void
sirkel_documents_page_set_report_type (SirkelDocumentsPage *self,
                                       const char          *key)
{
  SirkelReportType type;

  g_return_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self));
  g_return_if_fail (key != NULL && sirkel_report_type_from_key (key, &type));

  if (g_strcmp0 (self->report_type, key) == 0)
    return;
  g_free (self->report_type);
  self->report_type = g_strdup (key);
  self->scroll_to_top = TRUE;
  update_description (self);
  invalidate (self, BUILD_DELAY_CHOICE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORT_TYPE]);
}

/* The document language: "nb", "nn" or "en". */
const char *
sirkel_documents_page_get_language (SirkelDocumentsPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self), NULL);

  return self->language;
}

/* The user's choice of language; it holds until another project is shown. */
void
sirkel_documents_page_set_language (SirkelDocumentsPage *self,
                                    const char          *language)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self));
  g_return_if_fail (is_language (language));

  self->language_chosen = TRUE;
  set_language (self, language);
}

/* The report the preview shows (and export and print use), or NULL before the first build. */
SirkelReport *
sirkel_documents_page_get_report (SirkelDocumentsPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self), NULL);

  return self->report;
}

gboolean
sirkel_documents_page_get_exporting (SirkelDocumentsPage *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self), FALSE);

  return self->export_cancellable != NULL;
}
