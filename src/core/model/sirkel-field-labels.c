/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Field and value names; see sirkel-field-labels.h. A field is looked up first for its own
 * table, then among the fields many tables share (title, description, status …).
 */
#define G_LOG_DOMAIN "sirkel-field-labels"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-field-labels.h"
#include "sirkel-schema.h"

typedef struct
{
  const char *table;  /* NULL: any table */
  const char *field;
  const char *label;
} FieldLabel;

static const FieldLabel field_labels[] = {
  { "project", "title", N_("Project name") },
  { "project", "kommune", N_("Municipality number") },
  { "project", "kommune_name", N_("Municipality") },
  { "project", "fylke", N_("County number") },
  { "project", "fylke_name", N_("County") },
  { "project", "period_from", N_("First year of the period") },
  { "project", "period_to", N_("Last year of the period") },
  { "project", "doc_language", N_("Document language") },
  { "project", "previous_file", N_("Previous period’s file") },
  { "indicator", "title", N_("Name") },
  { "indicator", "key", N_("Key") },
  { "indicator", "source_table", N_("Source table") },
  { "indicator", "measure", N_("Statistical measure") },
  { "indicator", "decimals", N_("Decimals") },
  { "indicator", "period_length", N_("Period length") },
  { "indicator", "standardisation", N_("Standardisation") },
  { "data_import", "file_name", N_("File name") },
  { "assessment", "body", N_("Assessment") },
  { "finding", "kind", N_("Challenge or resource") },
  { "finding", "causes", N_("Causal factors") },
  { "finding", "consequences", N_("Consequences") },
  { "finding", "inequality", N_("Social inequalities in health") },
  { "finding", "prioritised", N_("Prioritised") },
  { "finding", "priority_reason", N_("Reason for the priority") },
  { "criterion", "weight", N_("Weight") },
  { "criterion", "scale_max", N_("Scale") },
  { "score", "value", N_("Score") },
  { "decision", "subject", N_("Subject") },
  { "decision", "decided_on", N_("Decided on") },
  { "decision", "body", N_("Decision") },
  { "decision", "decided_by", N_("Decided by") },
  { "plan", "kind", N_("Kind of plan") },
  { "plan", "adopted_on", N_("Adopted on") },
  { "plan", "period_from", N_("From year") },
  { "plan", "period_to", N_("To year") },
  { "plan", "public_health_discussed", N_("Public health discussed") },
  { "goal", "parent_id", N_("Main goal") },
  { "goal", "level", N_("Level") },
  { "goal", "baseline_year", N_("Baseline year") },
  { "goal", "target_year", N_("Target year") },
  { "goal", "tags", N_("Programme areas") },
  { "measure", "catalog_ref", N_("Catalogue entry") },
  { "measure", "evidence_scheme", N_("Evidence scheme") },
  { "measure", "evidence_level", N_("Level of evidence") },
  { "measure", "evidence_year", N_("Year of the evidence rating") },
  { "measure", "evidence_edition", N_("Edition of the evidence rating") },
  { "measure", "evidence_source", N_("Source of the evidence rating") },
  { "measure", "partners", N_("Partners") },
  { "measure", "target_group", N_("Target group") },
  { "measure", "age_from", N_("Age from") },
  { "measure", "age_to", N_("Age to") },
  { "measure", "arena", N_("Arena") },
  { "measure", "prevention_level", N_("Prevention level") },
  { "measure", "start_date", N_("Start") },
  { "measure", "end_date", N_("End") },
  { "measure", "funding", N_("Funding") },
  { "measure", "contact", N_("Contact person") },
  { "measure", "provider", N_("Provider") },
  { "measure", "q_feasible", N_("Can it be put into practice?") },
  { "measure", "q_effective", N_("Does it work?") },
  { "measure", "q_worth", N_("Is it worth the cost?") },
  { "measure", "q_wanted", N_("Do people want it?") },
  { "measure_partner", "title", N_("Name") },
  { "measure_partner", "role", N_("Role") },
  { "budget_line", "amount", N_("Amount") },
  { "budget_line", "funding_source", N_("Funding source") },
  { "evaluation", "method", N_("Method") },
  { "evaluation", "partner", N_("Partner") },
  { "evaluation", "context", N_("Context") },
  { "evaluation", "input", N_("Input") },
  { "evaluation", "process", N_("Process") },
  { "evaluation", "product", N_("Product") },
  { "evaluation", "findings", N_("Findings") },
  { "evaluation", "due_date", N_("Due date") },
  { "eval_indicator", "baseline_date", N_("Baseline date") },
  { "eval_indicator", "target_date", N_("Target date") },
  { "measurement", "measured_on", N_("Measured on") },
  { "measurement", "title", N_("Note") },
  { "lesson", "learned_on", N_("Learned on") },
  { "lesson", "carry_forward", N_("Carry into the next period") },
  { "improvement_cycle", "aim", N_("Aim") },
  { "improvement_cycle", "indicator_text", N_("How we will know") },
  { "improvement_cycle", "change_idea", N_("Change idea") },
  { "improvement_cycle", "plan_text", N_("Plan") },
  { "improvement_cycle", "do_text", N_("Do") },
  { "improvement_cycle", "study_text", N_("Study") },
  { "improvement_cycle", "act_text", N_("Act") },
  { "improvement_cycle", "started_on", N_("Started on") },
  { "yearwheel_event", "month", N_("Month") },
  { "yearwheel_event", "day", N_("Day") },
  { "annual_status", "done", N_("What was done") },
  { "annual_status", "learned", N_("What was learned") },
  { "annual_status", "changes", N_("What will change") },
  { NULL, "title", N_("Title") },
  { NULL, "description", N_("Description") },
  { NULL, "body", N_("Text") },
  { NULL, "kind", N_("Kind") },
  { NULL, "status", N_("Status") },
  { NULL, "category", N_("Category") },
  { NULL, "sources", N_("Sources") },
  { NULL, "source", N_("Source") },
  { NULL, "age_group", N_("Age group") },
  { NULL, "unit", N_("Unit") },
  { NULL, "polarity", N_("Polarity") },
  { NULL, "baseline", N_("Baseline") },
  { NULL, "target", N_("Target figure") },
  { NULL, "responsible", N_("Responsible") },
  { NULL, "reason", N_("Reason") },
  { NULL, "value", N_("Value") },
  { NULL, "year", N_("Year") },
  { NULL, "sort", N_("Order") },
  { NULL, "case_number", N_("Case number") },
  { NULL, "measure_id", N_("Measure") },
  { NULL, "goal_id", N_("Goal") },
  { NULL, "finding_id", N_("Challenge or resource") },
  { NULL, "indicator_id", N_("Indicator") },
  { NULL, "plan_id", N_("Plan") },
  { NULL, "criterion_id", N_("Criterion") },
  { NULL, "eval_indicator_id", N_("Evaluation indicator") },
  { NULL, "logic_element_id", N_("Logic model element") },
  { NULL, "warnings", N_("Warnings") },
  { NULL, "other_measures", N_("Statistical measures left out") },
};

typedef struct
{
  const char *table;  /* NULL: any table with this field */
  const char *field;
  const char *value;
  const char *context;  /* message context, or NULL */
  const char *label;
} ValueLabel;

static const ValueLabel value_labels[] = {
  { "finding", "kind", "challenge", NULL, N_("Challenge") },
  { "finding", "kind", "resource", NULL, N_("Resource") },
  { "goal", "level", "samfunnsmal", NULL, N_("Societal goal") },
  { "goal", "level", "effektmal", NULL, N_("Effect goal") },
  { "goal", "level", "resultatmal", NULL, N_("Result goal") },
  { "plan", "kind", "planstrategi", NULL, N_("Planning strategy") },
  { "plan", "kind", "samfunnsdel", NULL, N_("Community part of the master plan") },
  { "plan", "kind", "handlingsdel", NULL, N_("Action part of the master plan") },
  { "plan", "kind", "kommunedelplan", NULL, N_("Municipal sub-plan") },
  { "plan", "kind", "temaplan", NULL, N_("Thematic plan") },
  { "plan", "kind", "okonomiplan", NULL, N_("Financial plan") },
  { "plan", "status", "draft", "plan status", NC_("plan status", "Draft") },
  { "plan", "status", "consultation", "plan status", NC_("plan status", "Out for consultation") },
  { "plan", "status", "adopted", "plan status", NC_("plan status", "Adopted") },
  { "assessment", "status", "draft", NULL, N_("Draft") },
  { "assessment", "status", "final", NULL, N_("Final") },
  { "evaluation", "kind", "process", NULL, N_("Process evaluation") },
  { "evaluation", "kind", "effect", NULL, N_("Effect evaluation") },
  { "evaluation", "kind", "self", NULL, N_("Self-evaluation") },
  { "logic_element", "kind", "input", NULL, N_("Inputs") },
  { "logic_element", "kind", "activity", NULL, N_("Activities") },
  { "logic_element", "kind", "output", NULL, N_("Outputs") },
  { "logic_element", "kind", "short_outcome", NULL, N_("Short-term outcomes") },
  { "logic_element", "kind", "long_outcome", NULL, N_("Long-term outcomes") },
  { "logic_element", "kind", "impact", NULL, N_("Impact") },
  { "logic_element", "kind", "assumption", NULL, N_("Assumptions") },
  { "lesson", "kind", "experience", NULL, N_("Experience") },
  { "lesson", "kind", "improvement", NULL, N_("Improvement") },
  { "lesson", "kind", "decision", NULL, N_("Decision") },
  { "measure", "prevention_level", "universal", NULL, N_("Universal") },
  { "measure", "prevention_level", "selective", NULL, N_("Selective") },
  { "measure", "prevention_level", "indicated", NULL, N_("Indicated") },
  { NULL, "status", "proposed", NULL, N_("Proposed") },
  { NULL, "status", "planned", NULL, N_("Planned") },
  { NULL, "status", "ongoing", NULL, N_("Ongoing") },
  { NULL, "status", "completed", NULL, N_("Completed") },
  { NULL, "status", "stopped", NULL, N_("Stopped") },
  { NULL, "polarity", "1", NULL, N_("Higher is better") },
  { NULL, "polarity", "-1", NULL, N_("Lower is better") },
  { NULL, "polarity", "0", NULL, N_("Neutral") },
};

/* Fields that hold 0 or 1. */
static const struct { const char *table; const char *field; } boolean_fields[] = {
  { "finding", "prioritised" },
  { "plan", "public_health_discussed" },
  { "lesson", "carry_forward" },
  { "project", "is_example" },
};

static const char *
value_label (const ValueLabel *value)
{
  if (value->context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, value->context, value->label);
  return _(value->label);
}

/**
 * sirkel_field_label:
 * @table: an entity table
 * @field: one of its columns
 *
 * Returns: (nullable): what people call @field of @table, translated; %NULL for a field
 *   without a name (the caller shows the column name)
 */
const char *
sirkel_field_label (const char *table,
                    const char *field)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (field_labels[i].table != NULL && g_str_equal (field_labels[i].table, table) &&
        g_str_equal (field_labels[i].field, field))
      return _(field_labels[i].label);
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (field_labels[i].table == NULL && g_str_equal (field_labels[i].field, field))
      return _(field_labels[i].label);
  return NULL;
}

/**
 * sirkel_field_value_label:
 * @value: (nullable): a stored value as text
 *
 * Returns: (nullable): the name of @value when @field holds a key of a fixed vocabulary or a
 *   yes/no, translated; %NULL for any other value
 */
const char *
sirkel_field_value_label (const char *table,
                          const char *field,
                          const char *value)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (value == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (boolean_fields); i++)
    if (g_str_equal (boolean_fields[i].table, table) && g_str_equal (boolean_fields[i].field, field))
      return g_str_equal (value, "0") ? _("No") : g_str_equal (value, "1") ? _("Yes") : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (value_labels); i++)
    if (value_labels[i].table != NULL && g_str_equal (value_labels[i].table, table) &&
        g_str_equal (value_labels[i].field, field) && g_str_equal (value_labels[i].value, value))
      return value_label (&value_labels[i]);
  for (guint i = 0; i < G_N_ELEMENTS (value_labels); i++)
    if (value_labels[i].table == NULL && g_str_equal (value_labels[i].field, field) &&
        g_str_equal (value_labels[i].value, value))
      return value_label (&value_labels[i]);
  return NULL;
}

/**
 * sirkel_field_ref_table:
 *
 * Returns: (nullable): the table whose row @field of @table refers to ("goal" for
 *   measure_goal.goal_id, "goal" for goal.parent_id); %NULL for a field that is not a
 *   reference to one known table
 */
const char *
sirkel_field_ref_table (const char *table,
                        const char *field)
{
  const SirkelTable *target;
  g_autofree char *name = NULL;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "parent_id"))
    return table;
  if (g_str_equal (field, "import_id"))
    return "data_import";
  if (!g_str_has_suffix (field, "_id") || g_str_equal (field, "source_id") || g_str_equal (field, "entity_id"))
    return NULL;
  name = g_strndup (field, strlen (field) - 3);
  target = sirkel_schema_lookup_table (name);
  return target != NULL && target->is_entity ? target->name : NULL;
}
