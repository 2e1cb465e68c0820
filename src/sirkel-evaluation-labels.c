/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels of the Evaluering phase's vocabularies; see sirkel-evaluation-labels.h. The kinds,
 * statuses and polarities keep the msgids the rest of Sirkel uses for them, so their
 * translations carry over.
 */
#define G_LOG_DOMAIN "sirkel-evaluation-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-evaluation-labels.h"

const char * const sirkel_evaluation_kind_keys[] = { "process", "effect", "self", NULL };
const char * const sirkel_evaluation_status_keys[] = { "planned", "ongoing", "completed", NULL };
/* In the order of the results chain, the assumptions beside it last. */
const char * const sirkel_logic_kind_keys[] = {
  "input", "activity", "output", "short_outcome", "long_outcome", "impact", "assumption", NULL
};

static const char *
lookup (const char * const *keys,
        const char * const *labels,
        const char         *key)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], key) == 0)
      return _(labels[i]);
  return key != NULL ? key : "";
}

const char *
sirkel_evaluation_kind_label (const char *kind)
{
  static const char * const labels[] = {
    N_("Process evaluation"), N_("Effect evaluation"), N_("Self-evaluation"),
  };

  return lookup (sirkel_evaluation_kind_keys, labels, kind);
}

/* One line under the choice of kind (DOMAIN.md §9). */
const char *
sirkel_evaluation_kind_explanation (const char *kind)
{
  static const char * const explanations[] = {
    N_("Was the measure carried out as planned, did it reach the target group, and what "
       "happened along the way?"),
    N_("Did the measure cause the change it aimed at? This needs a comparison, often with a "
       "research partner."),
    N_("Those who run the measure assess it themselves, along context, input, process and "
       "product (the KIPP model)."),
  };

  return lookup (sirkel_evaluation_kind_keys, explanations, kind);
}

const char *
sirkel_evaluation_status_label (const char *status)
{
  static const char * const labels[] = { N_("Planned"), N_("Ongoing"), N_("Completed") };

  return lookup (sirkel_evaluation_status_keys, labels, status);
}

const char *
sirkel_logic_kind_label (const char *kind)
{
  static const char * const labels[] = {
    N_("Resources"), N_("Activities"), N_("Outputs"), N_("Short-term outcomes"),
    N_("Long-term outcomes"), N_("Impact"), N_("Assumptions"),
  };

  return lookup (sirkel_logic_kind_keys, labels, kind);
}

/* One element of the column of @kind, for the rows: "Activity 2". */
const char *
sirkel_logic_kind_noun (const char *kind)
{
  static const char * const nouns[] = {
    N_("Resource"), N_("Activity"), N_("Output"), N_("Short-term outcome"),
    N_("Long-term outcome"), N_("Impact"), N_("Assumption"),
  };

  return lookup (sirkel_logic_kind_keys, nouns, kind);
}

/* What goes in each column of the logic model (DOMAIN.md §9: the resultatkjede). */
const char *
sirkel_logic_kind_description (const char *kind)
{
  static const char * const descriptions[] = {
    N_("What goes in: people, time, money, premises and material"),
    N_("What is done with the resources"),
    N_("What the activities produce, counted: sessions held, people reached"),
    N_("The first changes among those taking part"),
    N_("The lasting changes that follow"),
    N_("The change in public health the measure contributes to"),
    N_("What must hold for the chain to work, and outside factors"),
  };

  return lookup (sirkel_logic_kind_keys, descriptions, kind);
}

/* The column of @kind, or -1 for a kind the schema does not have. */
int
sirkel_logic_kind_index (const char *kind)
{
  for (int i = 0; sirkel_logic_kind_keys[i] != NULL; i++)
    if (g_strcmp0 (sirkel_logic_kind_keys[i], kind) == 0)
      return i;
  return -1;
}

/* @polarity: 1 higher is better, -1 lower is better, 0 neutral. */
const char *
sirkel_polarity_label (gint64 polarity)
{
  if (polarity > 0)
    return _("Higher is better");
  if (polarity < 0)
    return _("Lower is better");
  return _("Neutral");
}
