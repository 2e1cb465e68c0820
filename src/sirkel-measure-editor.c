/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureEditor: see sirkel-measure-editor.h. The plain fields are bound with the shared
 * field bindings on every change of measure; goals, partners, evidence and budget are widgets
 * of their own. Kept here: the origin row (read from the catalogues the page loaded), the
 * arena check buttons over the comma-joined arena field, and FHI's four questions, whose text
 * views are made in code from one table.
 *
 * Invariant: loading is set while the arena buttons are set from the measure, so their
 * handler writes nothing.
 */
#define G_LOG_DOMAIN "sirkel-measure-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-catalog.h"
#include "sirkel-field-editor.h"
#include "sirkel-measure-budget.h"
#include "sirkel-measure-editor.h"
#include "sirkel-measure-evidence.h"
#include "sirkel-measure-goals.h"
#include "sirkel-measure-labels.h"
#include "sirkel-measure-partners.h"
#include "sirkel-plan-fields.h"
#include "sirkel-plan-labels.h"

#define N_ARENAS 6
#define N_QUESTIONS 4

/* FHI's four questions before a new measure (DOMAIN.md §8): "Lar de seg iverksette? Virker
 * de? Lønner det seg? Vil folk ha det?" */
static const struct
{
  const char *field;
  const char *question;
  const char *hint;
} questions[N_QUESTIONS] = {
  { "q_feasible", N_("Can it be put into practice?"),
    N_("Feasibility: people, skills, premises and time") },
  { "q_effective", N_("Does it work?"),
    N_("Effect: what research and experience say") },
  { "q_worth", N_("Is it worth the cost?"),
    N_("Benefit against cost, now and later") },
  { "q_wanted", N_("Do people want it?"),
    N_("Acceptance among those it is for, and those who carry it out") },
};

struct _SirkelMeasureEditor
{
  AdwBin                 parent_instance;

  SirkelDocument        *document;
  SirkelEntity          *measure;
  GPtrArray             *catalogs;      /* of SirkelCatalog, or NULL */
  gulong                 notify_handler;
  GtkWidget             *arena_buttons[N_ARENAS];
  GtkWidget             *question_views[N_QUESTIONS];
  gboolean               loading;

  /* Template children */
  AdwEntryRow           *title_row;
  AdwComboRow           *status_row;
  GtkWidget             *start_entry;
  GtkWidget             *end_entry;
  GtkTextView           *description_view;
  AdwActionRow          *origin_row;
  GtkImage              *origin_icon;
  AdwEntryRow           *provider_row;
  SirkelMeasureGoals    *goals;
  AdwEntryRow           *responsible_row;
  AdwEntryRow           *contact_row;
  SirkelMeasurePartners *partners;
  AdwEntryRow           *target_row;
  GtkWidget             *age_from_entry;
  GtkWidget             *age_to_entry;
  GtkFlowBox            *arena_box;
  AdwComboRow           *prevention_row;
  SirkelMeasureEvidence *evidence;
  AdwPreferencesGroup   *questions_group;
  SirkelMeasureBudget   *budget;
};

G_DEFINE_FINAL_TYPE (SirkelMeasureEditor, sirkel_measure_editor, ADW_TYPE_BIN)

static gboolean
writable (SirkelMeasureEditor *self)
{
  return self->document != NULL && self->measure != NULL &&
         !sirkel_document_get_read_only (self->document);
}

/* Origin: the catalogue entry the measure was taken from, or the municipality's own */

static const SirkelCatalogEntry *
find_entry (SirkelMeasureEditor *self,
            const char          *id)
{
  for (guint i = 0; self->catalogs != NULL && i < self->catalogs->len; i++)
    {
      const SirkelCatalogEntry *entry = sirkel_catalog_find (g_ptr_array_index (self->catalogs, i), id);

      if (entry != NULL)
        return entry;
    }
  return NULL;
}

static void
update_origin (SirkelMeasureEditor *self)
{
  const char *ref = self->measure != NULL ? sirkel_entity_get_text (self->measure, "catalog_ref") : NULL;
  const SirkelCatalogEntry *entry;
  g_autoptr(GString) subtitle = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *title = NULL;
  const char *provider;
  const char *source;

  if (self->measure == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->origin_row), "");
      adw_action_row_set_subtitle (self->origin_row, "");
      return;
    }
  if (ref == NULL || *ref == '\0')
    {
      gtk_image_set_from_icon_name (self->origin_icon, "document-edit-symbolic");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->origin_row), _("The municipality’s own measure"));
      adw_action_row_set_subtitle (self->origin_row, _("Made here, not taken from a catalogue of measures"));
      return;
    }
  gtk_image_set_from_icon_name (self->origin_icon, "accessories-dictionary-symbolic");
  entry = find_entry (self, ref);
  if (entry != NULL)
    /* Translators: the origin of a measure: the catalogue entry's name. */
    title = g_strdup_printf (_("From the catalogue: %s"), entry->name);
  else
    /* Translators: the origin of a measure whose catalogue entry is not in the user's
     * catalogues; %s is the entry's id. */
    title = g_strdup_printf (_("From the catalogue: “%s” (not in your catalogues)"), ref);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->origin_row), title);
  subtitle = g_string_new (NULL);
  provider = sirkel_entity_get_text (self->measure, "provider");
  if (provider != NULL && *provider != '\0')
    /* Translators: who owns or offers a programme from the catalogue. */
    g_string_append_printf (subtitle, _("Provider: %s"), provider);
  evidence = sirkel_measure_dup_evidence_text (self->measure);
  g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? "\n" : "", evidence);
  source = sirkel_entity_get_text (self->measure, "evidence_source");
  if (source != NULL && *source != '\0')
    /* Translators: where an evidence rating is published. */
    g_string_append_printf (subtitle, _("\nSource: %s"), source);
  adw_action_row_set_subtitle (self->origin_row, subtitle->str);
}

/* Arenas: one check button per key over the comma-joined field */

static void
update_arenas (SirkelMeasureEditor *self)
{
  g_auto(GStrv) arenas = sirkel_measure_parse_arenas (self->measure != NULL
                                                      ? sirkel_entity_get_text (self->measure, "arena")
                                                      : NULL);

  self->loading = TRUE;
  for (guint i = 0; i < N_ARENAS; i++)
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->arena_buttons[i]),
                                   g_strv_contains ((const char * const *) arenas,
                                                    sirkel_catalog_arena_keys ()[i]));
      gtk_widget_set_sensitive (self->arena_buttons[i], self->measure != NULL);
    }
  self->loading = FALSE;
}

static void
arena_toggled_cb (GtkCheckButton      *button,
                  SirkelMeasureEditor *self)
{
  const char *key = g_object_get_data (G_OBJECT (button), "sirkel-arena");
  g_auto(GStrv) arenas = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || !writable (self))
    return;
  arenas = sirkel_measure_parse_arenas (sirkel_entity_get_text (self->measure, "arena"));
  for (guint i = 0; arenas[i] != NULL; i++)
    if (!g_str_equal (arenas[i], key))
      g_ptr_array_add (kept, arenas[i]);
  if (gtk_check_button_get_active (button))
    g_ptr_array_add (kept, (gpointer) key);
  g_ptr_array_add (kept, NULL);
  joined = sirkel_measure_join_arenas ((const char * const *) kept->pdata);
  if (!sirkel_document_set (self->document, self->measure, "arena", sirkel_value_text (joined), &error))
    {
      sirkel_plan_toast (GTK_WIDGET (self), error->message, FALSE);
      update_arenas (self);
    }
}

/* Binding */

static void
measure_notify_cb (SirkelMeasureEditor *self,
                   GParamSpec          *pspec)
{
  if (g_str_equal (pspec->name, "arena"))
    update_arenas (self);
  else if (g_str_equal (pspec->name, "catalog-ref") || g_str_equal (pspec->name, "provider") ||
           g_str_has_prefix (pspec->name, "evidence-"))
    update_origin (self);
}

static void
rebind (SirkelMeasureEditor *self)
{
  SirkelDocument *document = self->document;
  SirkelEntity *measure = self->measure;

  sirkel_field_bind_editable (GTK_EDITABLE (self->title_row), document, measure, "title");
  sirkel_field_bind_choice (GTK_WIDGET (self->status_row), document, measure, "status",
                            sirkel_measure_status_keys);
  sirkel_plan_bind_date (GTK_EDITABLE (self->start_entry), document, measure, "start_date");
  sirkel_plan_bind_date (GTK_EDITABLE (self->end_entry), document, measure, "end_date");
  sirkel_field_bind_text_view (self->description_view, document, measure, "description");
  sirkel_field_bind_editable (GTK_EDITABLE (self->provider_row), document, measure, "provider");
  sirkel_field_bind_editable (GTK_EDITABLE (self->responsible_row), document, measure, "responsible");
  sirkel_field_bind_editable (GTK_EDITABLE (self->contact_row), document, measure, "contact");
  sirkel_field_bind_editable (GTK_EDITABLE (self->target_row), document, measure, "target_group");
  /* Entries, not spin buttons: an empty age means "not stated", which a spin button cannot
   * show, and a spin button under the pointer would change an age as the page scrolls. */
  sirkel_plan_bind_number (GTK_EDITABLE (self->age_from_entry), document, measure, "age_from");
  sirkel_plan_bind_number (GTK_EDITABLE (self->age_to_entry), document, measure, "age_to");
  sirkel_field_bind_choice (GTK_WIDGET (self->prevention_row), document, measure,
                            "prevention_level", sirkel_measure_prevention_keys);
  for (guint i = 0; i < N_QUESTIONS; i++)
    sirkel_field_bind_text_view (GTK_TEXT_VIEW (self->question_views[i]), document, measure,
                                 questions[i].field);
  sirkel_measure_goals_set_measure (self->goals, measure);
  sirkel_measure_partners_set_measure (self->partners, measure);
  sirkel_measure_evidence_set_measure (self->evidence, document, measure);
  sirkel_measure_budget_set_measure (self->budget, measure);
  update_arenas (self);
  update_origin (self);
}

static void
sirkel_measure_editor_dispose (GObject *object)
{
  SirkelMeasureEditor *self = SIRKEL_MEASURE_EDITOR (object);

  if (self->measure != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measure);
  if (self->title_row != NULL)
    {
      GtkWidget *bound[] = {
        GTK_WIDGET (self->title_row), GTK_WIDGET (self->status_row), self->start_entry,
        self->end_entry, GTK_WIDGET (self->description_view), GTK_WIDGET (self->provider_row),
        GTK_WIDGET (self->responsible_row), GTK_WIDGET (self->contact_row),
        GTK_WIDGET (self->target_row), self->age_from_entry, self->age_to_entry,
        GTK_WIDGET (self->prevention_row),
      };

      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        sirkel_plan_unbind (bound[i]);
      for (guint i = 0; i < N_QUESTIONS; i++)
        sirkel_plan_unbind (self->question_views[i]);
      sirkel_measure_evidence_unbind (self->evidence);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_MEASURE_EDITOR);
  g_clear_object (&self->measure);
  g_clear_object (&self->document);
  g_clear_pointer (&self->catalogs, g_ptr_array_unref);

  G_OBJECT_CLASS (sirkel_measure_editor_parent_class)->dispose (object);
}

static void
sirkel_measure_editor_class_init (SirkelMeasureEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_measure_editor_dispose;

  g_type_ensure (SIRKEL_TYPE_MEASURE_GOALS);
  g_type_ensure (SIRKEL_TYPE_MEASURE_PARTNERS);
  g_type_ensure (SIRKEL_TYPE_MEASURE_EVIDENCE);
  g_type_ensure (SIRKEL_TYPE_MEASURE_BUDGET);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-measure-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, origin_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, origin_icon);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, provider_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, goals);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, partners);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, age_from_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, age_to_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, arena_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, prevention_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, evidence);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, questions_group);
  gtk_widget_class_bind_template_child (widget_class, SirkelMeasureEditor, budget);
}

static GtkWidget *
question_new (guint      index,
              GtkWidget **view_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (_(questions[index].question));
  GtkWidget *hint = gtk_label_new (_(questions[index].hint));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 48);
  gtk_widget_add_css_class (view, "measure-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(questions[index].question),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(questions[index].hint), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), frame);
  if (index > 0)
    gtk_widget_set_margin_top (box, 12);
  *view_out = view;
  return box;
}

static void
sirkel_measure_editor_init (SirkelMeasureEditor *self)
{
  g_autoptr(GtkStringList) statuses = sirkel_plan_labels_model (sirkel_measure_status_keys,
                                                                sirkel_measure_status_label);
  g_autoptr(GtkStringList) levels = sirkel_plan_labels_model (sirkel_measure_prevention_keys,
                                                              sirkel_measure_prevention_label);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->prevention_row, G_LIST_MODEL (levels));
  g_assert (g_strv_length ((char **) sirkel_catalog_arena_keys ()) == N_ARENAS);
  for (guint i = 0; i < N_ARENAS; i++)
    {
      const char *key = sirkel_catalog_arena_keys ()[i];
      GtkWidget *button = gtk_check_button_new_with_label (sirkel_measure_arena_label (key));

      g_object_set_data (G_OBJECT (button), "sirkel-arena", (gpointer) key);
      g_signal_connect (button, "toggled", G_CALLBACK (arena_toggled_cb), self);
      gtk_flow_box_append (self->arena_box, button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->arena_buttons[i] = button;
    }
  for (guint i = 0; i < N_QUESTIONS; i++)
    adw_preferences_group_add (self->questions_group, question_new (i, &self->question_views[i]));
  rebind (self);
}

void
sirkel_measure_editor_set_document (SirkelMeasureEditor *self,
                                    SirkelDocument      *document)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_EDITOR (self));
  g_return_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  sirkel_measure_editor_set_measure (self, NULL);
  g_set_object (&self->document, document);
  sirkel_measure_goals_set_document (self->goals, document);
  sirkel_measure_partners_set_document (self->partners, document);
  sirkel_measure_budget_set_document (self->budget, document);
  rebind (self);
}

SirkelEntity *
sirkel_measure_editor_get_measure (SirkelMeasureEditor *self)
{
  g_return_val_if_fail (SIRKEL_IS_MEASURE_EDITOR (self), NULL);

  return self->measure;
}

/* @measure: (nullable): a measure of the editor's document */
void
sirkel_measure_editor_set_measure (SirkelMeasureEditor *self,
                                   SirkelEntity        *measure)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_EDITOR (self));
  g_return_if_fail (measure == NULL || SIRKEL_IS_ENTITY (measure));

  if (self->measure == measure)
    return;
  if (self->measure != NULL)
    g_clear_signal_handler (&self->notify_handler, self->measure);
  g_set_object (&self->measure, measure);
  if (measure != NULL)
    self->notify_handler = g_signal_connect_swapped (measure, "notify", G_CALLBACK (measure_notify_cb),
                                                     self);
  rebind (self);
}

/* @catalogs: (nullable) (element-type SirkelCatalog): where catalogue entries are looked up */
void
sirkel_measure_editor_set_catalogs (SirkelMeasureEditor *self,
                                    GPtrArray           *catalogs)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_EDITOR (self));

  if (catalogs != NULL)
    g_ptr_array_ref (catalogs);
  g_clear_pointer (&self->catalogs, g_ptr_array_unref);
  self->catalogs = catalogs;
  update_origin (self);
}

/* Brings what the editor shows from other tables up to date; after every action. */
void
sirkel_measure_editor_refresh (SirkelMeasureEditor *self)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_EDITOR (self));

  sirkel_measure_goals_refresh (self->goals);
  sirkel_measure_partners_refresh (self->partners);
  sirkel_measure_budget_refresh (self->budget);
  update_origin (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->document == NULL ||
                                               !sirkel_document_get_read_only (self->document));
}

void
sirkel_measure_editor_focus_title (SirkelMeasureEditor *self)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* Opens the picker that links the measure to a goal, as the "Link…" button does. */
void
sirkel_measure_editor_link_goal (SirkelMeasureEditor *self)
{
  g_return_if_fail (SIRKEL_IS_MEASURE_EDITOR (self));

  gtk_widget_activate_action (GTK_WIDGET (self->goals), "measure.link-goal", NULL);
}
