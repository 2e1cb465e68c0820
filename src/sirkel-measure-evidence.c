/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureEvidence: see sirkel-measure-evidence.h. The scheme row is not a plain field
 * binding: its three items stand for "no scheme" (NULL), Ungsinn and any other scheme, and
 * changing it can change several fields in one action. The other rows are field bindings,
 * shown as the scheme needs them.
 *
 * Invariants: loading is set while the scheme row is set from the measure; other_chosen is
 * set when the user chose "Another scheme" and has not yet named it (the measure still has no
 * scheme), so the rows to name it stay open.
 */
#define G_LOG_DOMAIN "sirkel-measure-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-editor.h"
#include "sirkel-measure-evidence.h"
#include "sirkel-measure-labels.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

enum { SCHEME_UNKNOWN, SCHEME_UNGSINN, SCHEME_OTHER };

struct _SirkelMeasureEvidence
{
  AdwBin          parent_instance;

  SirkelDocument *document;
  SirkelEntity   *measure;
  gulong          notify_handler;
  gboolean        loading;
  gboolean        other_chosen;

  /* Template children */
  AdwComboRow    *scheme_row;
  AdwComboRow    *level_row;
  AdwEntryRow    *scheme_name_row;
  AdwEntryRow    *level_text_row;
  AdwEntryRow    *edition_row;
  AdwEntryRow    *year_row;
  AdwEntryRow    *source_row;
};

G_DEFINE_FINAL_TYPE (SirkelMeasureEvidence, sirkel_measure_evidence, ADW_TYPE_BIN)

static guint
scheme_of (SirkelEntity *measure)
{
  const char *scheme = measure != NULL ? sirkel_entity_get_text (measure, "evidence_scheme") : NULL;

  if (scheme == NULL || *scheme == '\0')
    return SCHEME_UNKNOWN;
  return sirkel_measure_is_ungsinn (scheme) ? SCHEME_UNGSINN : SCHEME_OTHER;
}

static void
update (SirkelMeasureEvidence *self)
{
  guint scheme = scheme_of (self->measure);

  if (scheme != SCHEME_UNKNOWN)
    self->other_chosen = FALSE;
  else if (self->other_chosen)
    scheme = SCHEME_OTHER;
  self->loading = TRUE;
  adw_combo_row_set_selected (self->scheme_row, scheme);
  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->scheme_row), self->measure != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->level_row), scheme == SCHEME_UNGSINN);
  gtk_widget_set_visible (GTK_WIDGET (self->scheme_name_row), scheme == SCHEME_OTHER);
  gtk_widget_set_visible (GTK_WIDGET (self->level_text_row), scheme == SCHEME_OTHER);
  gtk_widget_set_visible (GTK_WIDGET (self->edition_row), scheme != SCHEME_UNKNOWN);
  gtk_widget_set_visible (GTK_WIDGET (self->year_row), scheme != SCHEME_UNKNOWN);
  gtk_widget_set_visible (GTK_WIDGET (self->source_row), scheme != SCHEME_UNKNOWN);
}

static void
measure_notify_cb (SirkelMeasureEvidence *self,
                   GParamSpec            *pspec)
{
  if (g_str_has_prefix (pspec->name, "evidence-"))
    update (self);
}

/* Sets @n fields of the measure in one action called @label. */
static void
set_fields (SirkelMeasureEvidence *self,
            const char            *label,
            const char * const    *fields,
            GVariant             **values,
            guint                  n)
{
  SirkelStore *store = sirkel_document_get_store (self->document);
  const SirkelId *id = sirkel_entity_get_id (self->measure);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = sirkel_store_begin (store, label, &error);
  for (guint i = 0; i < n; i++)
    {
      /* The store takes each floating value; those after a failure are dropped here. */
      if (ok)
        ok = sirkel_store_set (store, "measure", id, fields[i], values[i], &error);
      else
        g_variant_unref (g_variant_ref_sink (values[i]));
    }
  if (ok && sirkel_store_commit (store, &error))
    return;
  if (sirkel_store_in_action (store))
    sirkel_store_rollback (store);
  sirkel_plan_toast (GTK_WIDGET (self), error->message, FALSE);
  update (self);
}

static void
scheme_selected_cb (SirkelMeasureEvidence *self)
{
  guint selected = adw_combo_row_get_selected (self->scheme_row);
  guint current = scheme_of (self->measure);

  if (self->loading || self->measure == NULL || selected == GTK_INVALID_LIST_POSITION ||
      sirkel_document_get_read_only (self->document))
    return;
  if (selected == SCHEME_UNKNOWN && (current != SCHEME_UNKNOWN || self->other_chosen))
    {
      static const char * const fields[] = {
        "evidence_scheme", "evidence_level", "evidence_edition", "evidence_year", "evidence_source"
      };
      GVariant *values[] = {
        sirkel_value_null (), sirkel_value_null (), sirkel_value_null (), sirkel_value_null (),
        sirkel_value_text (""),
      };

      self->other_chosen = FALSE;
      if (current == SCHEME_UNKNOWN)
        {
          for (guint i = 0; i < G_N_ELEMENTS (values); i++)
            g_variant_unref (g_variant_ref_sink (values[i]));
          update (self);
          return;
        }
      set_fields (self, _("Set evidence to unknown"), fields, values, G_N_ELEMENTS (fields));
    }
  else if (selected == SCHEME_UNGSINN && current != SCHEME_UNGSINN)
    {
      static const char * const fields[] = { "evidence_scheme", "evidence_level" };
      const char *level = sirkel_entity_get_text (self->measure, "evidence_level");
      /* A level written for another scheme means nothing on Ungsinn's scale. */
      GVariant *values[] = {
        sirkel_value_text ("ungsinn"),
        level != NULL && g_strv_contains (sirkel_measure_ungsinn_level_keys, level)
          ? sirkel_value_text (level) : sirkel_value_null (),
      };

      self->other_chosen = FALSE;
      set_fields (self, _("Rate evidence with Ungsinn"), fields, values, G_N_ELEMENTS (fields));
    }
  else if (selected == SCHEME_OTHER && current != SCHEME_OTHER)
    {
      static const char * const fields[] = { "evidence_scheme", "evidence_level" };
      GVariant *values[] = { sirkel_value_null (), sirkel_value_null () };

      self->other_chosen = TRUE;
      if (current == SCHEME_UNGSINN)
        set_fields (self, _("Rate evidence with another scheme"), fields, values, G_N_ELEMENTS (fields));
      else
        {
          g_variant_unref (g_variant_ref_sink (values[0]));
          g_variant_unref (g_variant_ref_sink (values[1]));
        }
      update (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->scheme_name_row));
    }
}

static void
sirkel_measure_evidence_dispose (GObject *object)
{
  SirkelMeasureEvidence *self = SIRKEL_MEASURE_EVIDENCE (object);

  if (self->scheme_row != NULL)
    sirkel_measure_evidence_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_EVIDENCE);

  G_OBJECT_CLASS (sirkel_measure_evidence_parent_class)->dispose (object);
}

static void
sirkel_measure_evidence_class_init (SirkelMeasureEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_evidence_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-evidence.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEvidence, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEvidence, level_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEvidence, scheme_name_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEvidence, level_text_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEvidence, edition_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEvidence, year_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEvidence, source_row);
  gtk_widget_class_bind_template_callback (widget_class, scheme_selected_cb);
}

static void
sirkel_measure_evidence_init (SirkelMeasureEvidence *self)
{
  g_autoptr(GtkStringList) schemes = sirkel_plan_labels_model (sirkel_measure_scheme_keys,
                                                               sirkel_measure_scheme_label);
  g_autoptr(GtkStringList) levels = sirkel_plan_labels_model (sirkel_measure_ungsinn_level_keys,
                                                              sirkel_measure_ungsinn_level_label);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading = TRUE;
  adw_combo_row_set_model (self->scheme_row, G_LIST_MODEL (schemes));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  self->loading = FALSE;
  update (self);
}

/* @measure: (nullable): a measure of @document */
void
sirkel_measure_evidence_set_measure (SirkelMeasureEvidence *self,
                                     SirkelDocument        *document,
                                     SirkelEntity          *measure)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_EVIDENCE (self));
  g_return_if_fail (measure == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->measure != measure)
    self->other_chosen = FALSE;
  if (self->measure != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measure);
  g_set_object (&self->document, document);
  g_set_object (&self->measure, measure);
  if (measure != NULL)
    self->notify_handler = g_signal_connect_swapped (measure, "notify",
                                                     G_CALLBACK (measure_notify_cb), self);
  sirkel_field_bind_choice (GTK_WIDGET (self->level_row), document, measure, "evidence_level",
                            sirkel_measure_ungsinn_level_keys);
  sirkel_field_bind_editable (GTK_EDITABLE (self->scheme_name_row), document, measure, "evidence_scheme");
  sirkel_field_bind_editable (GTK_EDITABLE (self->level_text_row), document, measure, "evidence_level");
  sirkel_field_bind_editable (GTK_EDITABLE (self->edition_row), document, measure, "evidence_edition");
  sirkel_plan_bind_number (GTK_EDITABLE (self->year_row), document, measure, "evidence_year");
  sirkel_field_bind_editable (GTK_EDITABLE (self->source_row), document, measure, "evidence_source");
  update (self);
}

/* Ends the bindings (writing what was typed); for the editor's dispose. */
void
sirkel_measure_evidence_unbind (SirkelMeasureEvidence *self)
{
  GtkWidget *bound[] = {
    GTK_WIDGET (self->level_row), GTK_WIDGET (self->scheme_name_row),
    GTK_WIDGET (self->level_text_row), GTK_WIDGET (self->edition_row),
    GTK_WIDGET (self->year_row), GTK_WIDGET (self->source_row),
  };

  g_return_if_fail (SIRKEL_IS_MEASURE_EVIDENCE (self));

  for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
    sirkel_plan_unbind (bound[i]);
  if (self->measure != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measure);
  g_clear_object (&self->measure);
  g_clear_object (&self->document);
}
