/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels for import and indicator codes; see sirkel-import-labels.h.
 */
#define G_LOG_DOMAIN "sirkel-import-labels"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-entity.h"
#include "sirkel-import-labels.h"

/**
 * sirkel_import_format_label:
 * @format: (nullable): a format name as stored in data_import.format
 *
 * Returns: what people call the format ("PC-Axis" for "px"); @format itself for a name this
 *   version does not know
 */
const char *
sirkel_import_format_label (const char *format)
{
  static const struct { const char *name; const char *label; } labels[] = {
    { "fhi-csv", N_("FHI CSV") },
    { "jsonstat", N_("JSON-stat") },
    { "px", N_("PC-Axis") },
    { "ssb-csv", N_("SSB CSV") },
    { "udir", N_("Udir statistics bank") },
    { "csv", N_("Sirkel CSV") },
    { "generated", N_("Generated example data") },
  };

  for (guint i = 0; format != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (format, labels[i].name))
      return _(labels[i].label);
  return format != NULL ? format : "";
}

/* @polarity: 1 higher is better, -1 lower is better, 0 neutral (never coloured). */
const char *
sirkel_import_polarity_label (int polarity)
{
  if (polarity > 0)
    return _("Higher is better");
  if (polarity < 0)
    return _("Lower is better");
  return _("Neutral");
}

/* @standardisation: "none", "k" (sex) or "ak" (age and sex), as the profiles mark them. */
const char *
sirkel_import_standardisation_label (const char *standardisation)
{
  if (g_strcmp0 (standardisation, "k") == 0)
    return _("Standardised for sex (k)");
  if (g_strcmp0 (standardisation, "ak") == 0)
    return _("Standardised for age and sex (a,k)");
  return _("Not standardised");
}

/* @warnings: data_import.warnings, one warning per line. */
guint
sirkel_import_count_warnings (const char *warnings)
{
  guint n = 0;

  if (warnings == NULL || *warnings == '\0')
    return 0;
  for (const char *p = warnings; p != NULL; p = strchr (p, '\n'))
    {
      n++;
      p++;
    }
  return n;
}

/* "FHI / 05810 / MEIS": where an indicator's figures come from, as far as it is known. */
char *
sirkel_import_dup_origin (SirkelEntity *indicator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *fields[] = { "source", "source_table", "measure" };

  g_return_val_if_fail (SIRKEL_IS_ENTITY (indicator), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *text = sirkel_entity_get_text (indicator, fields[i]);

      if (text != NULL && *text != '\0')
        g_ptr_array_add (parts, g_strdup (text));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" / ", (char **) parts->pdata);
}
