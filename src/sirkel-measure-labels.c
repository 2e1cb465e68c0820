/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels of the Tiltak phase's vocabularies; see sirkel-measure-labels.h. The status labels
 * keep the msgids the measures list has always used, so their translations carry over.
 */
#define G_LOG_DOMAIN "sirkel-measure-labels"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-catalog.h"
#include "sirkel-measure-labels.h"

const char * const sirkel_measure_status_keys[] = {
  "proposed", "planned", "ongoing", "completed", "stopped", NULL
};
const char * const sirkel_measure_prevention_keys[] = {
  "", "universal", "selective", "indicated", NULL
};
const char * const sirkel_measure_partner_kind_keys[] = {
  "voluntary", "research", "public", "business", "users", "other", NULL
};
/* "" is unknown (no rating); "other" stands for any scheme but Ungsinn. */
const char * const sirkel_measure_scheme_keys[] = { "", "ungsinn", "other", NULL };
/* Ungsinn's levels since 2015 (level 0 since criteria 2.1), then the scale used before. */
const char * const sirkel_measure_ungsinn_level_keys[] = {
  "", "5", "4", "3", "2", "1", "0", "old-4", "old-3", "old-2", "old-1", NULL
};

static const char *
lookup (const char * const *keys,
        const char * const *labels,
        const char         *key)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], key != NULL ? key : "") == 0)
      return _(labels[i]);
  return key != NULL ? key : "";
}

const char *
sirkel_measure_status_label (const char *status)
{
  static const char * const labels[] = {
    N_("Proposed"), N_("Planned"), N_("Ongoing"), N_("Completed"), N_("Stopped"),
  };

  return lookup (sirkel_measure_status_keys, labels, status);
}

const char *
sirkel_measure_prevention_label (const char *level)
{
  static const char * const labels[] = {
    NC_("prevention level", "Not stated"),
    N_("Universal (everyone)"),
    N_("Selective (groups at risk)"),
    N_("Indicated (early signs)"),
  };

  for (guint i = 0; sirkel_measure_prevention_keys[i] != NULL; i++)
    if (g_strcmp0 (sirkel_measure_prevention_keys[i], level != NULL ? level : "") == 0)
      return i == 0 ? g_dpgettext2 (GETTEXT_PACKAGE, "prevention level", labels[i]) : _(labels[i]);
  return level;
}

/* The catalogue's arena names (one list for the catalogue and the project's measures);
 * text that is not an arena key is shown as it is. */
const char *
sirkel_measure_arena_label (const char *arena)
{
  const char *label = sirkel_catalog_arena_label (arena);

  return label != NULL ? label : (arena != NULL ? arena : "");
}

const char *
sirkel_measure_partner_kind_label (const char *kind)
{
  static const char * const labels[] = {
    N_("Voluntary sector"), N_("Research partner"), N_("Other public body"), N_("Business"),
    N_("Users and residents"), NC_("partner kind", "Other"),
  };

  if (g_strcmp0 (kind, "other") == 0)
    return g_dpgettext2 (GETTEXT_PACKAGE, "partner kind", "Other");
  return lookup (sirkel_measure_partner_kind_keys, labels, kind);
}

const char *
sirkel_measure_scheme_label (const char *scheme)
{
  static const char * const labels[] = {
    N_("Unknown – not rated"), N_("Ungsinn"), N_("Another scheme"),
  };

  return lookup (sirkel_measure_scheme_keys, labels, scheme);
}

const char *
sirkel_measure_ungsinn_level_label (const char *level)
{
  static const char * const labels[] = {
    NC_("evidence level", "Not stated"),
    N_("5 – Strong documentation of effect"),
    N_("4 – Satisfactory documentation of effect"),
    N_("3 – Some documentation of effect"),
    N_("2 – Theoretically grounded"),
    N_("1 – Well described"),
    N_("0 – Ineffective (documented no effect)"),
    N_("Old scale 4 – Documented effective"),
    N_("Old scale 3 – Functional"),
    N_("Old scale 2 – Probable"),
    N_("Old scale 1 – Potential"),
  };

  if (level == NULL || *level == '\0')
    return g_dpgettext2 (GETTEXT_PACKAGE, "evidence level", labels[0]);
  return lookup (sirkel_measure_ungsinn_level_keys, labels, level);
}

/* Older files (and people) wrote the arena in Norwegian; those words mean these keys. */
static const char *
arena_key (const char *word)
{
  static const struct { const char *word; const char *key; } words[] = {
    { "familie", "family" }, { "barnehage", "kindergarten" }, { "skole", "school" },
    { "fritid", "leisure" }, { "nærmiljø", "neighbourhood" },
    { "kommunale tjenester", "services" }, { "tjenester", "services" },
  };
  g_autofree char *folded = g_utf8_casefold (word, -1);

  const char * const *keys = sirkel_catalog_arena_keys ();

  for (guint i = 0; keys[i] != NULL; i++)
    if (g_str_equal (folded, keys[i]))
      return keys[i];
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].word))
      return words[i].key;
  return NULL;
}

/**
 * sirkel_measure_parse_arenas:
 * @text: (nullable): measure.arena, keys joined by commas
 *
 * Returns: (transfer full): the arenas, each once: known keys as keys, Norwegian arena words
 *   as their keys, anything else as it was written (so that saving it again loses nothing)
 */
GStrv
sirkel_measure_parse_arenas (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text != NULL ? text : "", ",;", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      const char *key;

      if (*part == '\0')
        continue;
      key = arena_key (part);
      if (key == NULL)
        key = part;
      if (g_ptr_array_find_with_equal_func (seen, key, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, g_strdup (key));
      g_strv_builder_add (builder, key);
    }
  return g_strv_builder_end (builder);
}

/* The known arenas in their fixed order, then the others as they came. */
char *
sirkel_measure_join_arenas (const char * const *arenas)
{
  const char * const *keys = sirkel_catalog_arena_keys ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  for (guint k = 0; keys[k] != NULL; k++)
    if (arenas != NULL && g_strv_contains (arenas, keys[k]))
      g_ptr_array_add (parts, (gpointer) keys[k]);
  for (guint i = 0; arenas != NULL && arenas[i] != NULL; i++)
    if (!g_strv_contains (keys, arenas[i]))
      g_ptr_array_add (parts, (gpointer) arenas[i]);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (",", (char **) parts->pdata);
}

gboolean
sirkel_measure_is_ungsinn (const char *scheme)
{
  return scheme != NULL && g_ascii_strcasecmp (scheme, "ungsinn") == 0;
}

/* A rating is known when both its scheme and its level are stated. */
gboolean
sirkel_measure_evidence_known (SirkelEntity *measure)
{
  const char *scheme = sirkel_entity_get_text (measure, "evidence_scheme");
  const char *level = sirkel_entity_get_text (measure, "evidence_level");

  return scheme != NULL && *scheme != '\0' && level != NULL && *level != '\0';
}

/* "Ungsinn 5", "Ungsinn 2 (old scale)", "Evidence unknown": for badges and filters. */
char *
sirkel_measure_dup_evidence_label (const char *scheme,
                                   const char *level)
{
  if (scheme == NULL || *scheme == '\0' || level == NULL || *level == '\0')
    return g_strdup (_("Evidence unknown"));
  if (sirkel_measure_is_ungsinn (scheme))
    {
      if (g_str_has_prefix (level, "old-"))
        /* Translators: an Ungsinn rating on the scale used before November 2015. */
        return g_strdup_printf (_("Ungsinn %s (old scale)"), level + 4);
      /* Translators: an Ungsinn rating, such as "Ungsinn 5". */
      return g_strdup_printf (_("Ungsinn %s"), level);
    }
  /* Translators: an evidence rating in another scheme: the scheme, then the level. */
  return g_strdup_printf (_("%s %s"), scheme, level);
}

/* The whole rating in one line: "Ungsinn 5 · criteria 2.0 · 2018". */
char *
sirkel_measure_dup_evidence_text (SirkelEntity *measure)
{
  g_autoptr(GString) text = NULL;
  const char *edition = sirkel_entity_get_text (measure, "evidence_edition");
  g_autofree char *label = sirkel_measure_dup_evidence_label (
    sirkel_entity_get_text (measure, "evidence_scheme"),
    sirkel_entity_get_text (measure, "evidence_level"));

  text = g_string_new (label);
  if (!sirkel_measure_evidence_known (measure))
    return g_string_free (g_steal_pointer (&text), FALSE);
  if (edition != NULL && *edition != '\0')
    /* Translators: the version of the criteria an evidence rating was made under. */
    g_string_append_printf (text, _(" · criteria %s"), edition);
  if (!sirkel_entity_is_null (measure, "evidence_year"))
    g_string_append_printf (text, " · %d", (int) sirkel_entity_get_int (measure, "evidence_year"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
year_of (SirkelEntity *measure,
         const char   *field,
         int           fallback)
{
  const char *date = sirkel_entity_get_text (measure, field);

  if (date == NULL || strlen (date) < 4 || !g_ascii_isdigit (date[0]))
    return fallback;
  return atoi (date);
}

/* Whether the measure runs some time in @year by its start and end dates; a measure without
 * an end runs on, and one with neither date is not placed in any year by them. */
gboolean
sirkel_measure_active_in_year (SirkelEntity *measure,
                               int           year)
{
  int from = year_of (measure, "start_date", G_MININT);
  int to = year_of (measure, "end_date", G_MAXINT);

  if (from == G_MININT && to == G_MAXINT)
    return FALSE;
  return from <= year && year <= to;
}

/* "NOK 350,000" with the locale's grouping. */
char *
sirkel_measure_format_amount (double amount)
{
  g_autofree char *number = g_strdup_printf ("%'.0f", amount);

  /* Translators: a sum of money in Norwegian kroner; write it "%s kr" if that reads better. */
  return g_strdup_printf (_("NOK %s"), number);
}

/* "3–12 years", "18 years and older", "up to 6 years", or NULL; a negative age is not stated. */
char *
sirkel_measure_dup_ages (gint64 age_from,
                         gint64 age_to)
{
  if (age_from >= 0 && age_to >= 0)
    /* Translators: the age range of a target group. */
    return g_strdup_printf (_("%d–%d years"), (int) age_from, (int) age_to);
  if (age_from >= 0)
    return g_strdup_printf (_("%d years and older"), (int) age_from);
  if (age_to >= 0)
    return g_strdup_printf (_("up to %d years"), (int) age_to);
  return NULL;
}

/* Drop-down labels: short and ellipsized on the button, longer in the list. */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
  /* A drop-down's list is only as wide as its widest item must be, and an ellipsized label
   * need not be wide at all: long choices (goal titles) get room of their own. */
  if (GPOINTER_TO_INT (max_chars) >= 60)
    gtk_label_set_width_chars (GTK_LABEL (label), 42);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  gtk_label_set_label (label, gtk_string_object_get_string (string));
  /* In the list, the whole of a long choice; on the button, the drop-down's own tooltip. */
  if (gtk_label_get_max_width_chars (label) >= 40)
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), gtk_string_object_get_string (string));
}

/**
 * sirkel_measure_label_factory_new:
 * @max_chars: the width, in characters, beyond which a label is ellipsized; from 60, a list
 *   of long choices that is made wide enough to read them
 *
 * Returns: (transfer full): a factory for a GtkDropDown over a GtkStringList
 */
GtkListItemFactory *
sirkel_measure_label_factory_new (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}
