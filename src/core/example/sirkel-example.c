/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example project, written by code: the fictional municipality Lundfjord (9901) in the
 * fictional Eksempelfylket (99). sirkel_example_fill () walks the cycle the way a coordinator
 * would, one action per step (project, statistics, oversikt, prioritisation, plan, tiltak,
 * evaluering, læring), so the history reads like real work.
 *
 * This file holds only the walk and the helpers every step inserts with. The content is data in
 * one file per phase, next to the code that inserts it: sirkel-example-statistics.c,
 * sirkel-example-overview.c, sirkel-example-plan.c and sirkel-example-evaluation.c, which share
 * the Example context through sirkel-example-private.h.
 *
 * Determinism: row ids come from one seeded GRand and the generated figures from another, so
 * adding a row does not change every figure. The store's clock is fixed and left fixed, and the
 * store's own id generator is seeded too, so the ids of the history's actions (and of any row
 * the store makes) are the same on every run. The figures use only + − × ÷, floor () and
 * sqrt (), which IEEE 754 defines exactly, so they do not depend on the C library. Only the
 * file's identity stays random: the document and lineage ids in doc_meta, which the store makes
 * when it creates the file, and the revision written when it is published.
 * sirkel_store_content_digest () leaves those two tables out.
 */
#define G_LOG_DOMAIN "sirkel-example"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sirkel-example.h"
#include "sirkel-example-private.h"

#define ID_SEED     20261115
#define VALUE_SEED  20261116
#define ACTION_SEED 20261122  /* sirkel_store_set_id_seed (): the history's action ids */
#define NOW         "2026-01-15T09:00:00Z"
#define AUTHOR      "Eksempeldata"

static void
example_clear (Example *ex)
{
  g_clear_pointer (&ex->ids, g_rand_free);
  g_clear_pointer (&ex->noise, g_rand_free);
  g_clear_pointer (&ex->indicators, g_free);
  g_clear_pointer (&ex->series, g_array_unref);
  g_clear_pointer (&ex->cells, g_array_unref);
}

/* Inserts a row with the next deterministic id, and takes over the values. sirkel_value_* ()
 * return floating references, like g_variant_new_* (). g_variant_take_ref () turns each into
 * a full reference that the array owns, so every value is freed even if the store gives up
 * before sinking them (a failed precondition); sirkel_store_insertv () then sinks a reference
 * that is no longer floating, which only adds one of its own, and drops it again. */
gboolean
_sirkel_example_insert_row (Example     *ex,
                            const char  *entity,
                            SirkelId    *id,
                            GError     **error,
                            const char  *first_field,
                            ...)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  SirkelId local;
  va_list args;

  if (id == NULL)
    id = &local;
  sirkel_id_from_rand (id, ex->ids);

  va_start (args, first_field);
  for (const char *field = first_field; field != NULL; field = va_arg (args, const char *))
    {
      g_ptr_array_add (fields, (gpointer) field);
      g_ptr_array_add (values, g_variant_take_ref (va_arg (args, GVariant *)));
    }
  va_end (args);

  return sirkel_store_insertv (ex->store, entity, id, (const char * const *) fields->pdata,
                               (GVariant **) values->pdata, fields->len, error);
}

/* Changes one field; takes over the floating @value like _sirkel_example_insert_row (). */
gboolean
_sirkel_example_set_field (Example         *ex,
                           const char      *entity,
                           const SirkelId  *id,
                           const char      *field,
                           GVariant        *value,
                           GError         **error)
{
  g_autoptr(GVariant) owned = g_variant_take_ref (value);

  return sirkel_store_set (ex->store, entity, id, field, owned, error);
}

GVariant *
_sirkel_example_int_or_null (int value)
{
  return value >= 0 ? sirkel_value_int (value) : sirkel_value_null ();
}

typedef gboolean (*StepFunc) (Example *ex, GError **error);

/* The history labels are file content, so they are bokmål like the rest of the example and
 * not translated: the file must not depend on the locale it was written in. */
static const struct
{
  const char *label;
  StepFunc    run;
} steps[] = {
  { "Opprett eksempelprosjektet", _sirkel_example_add_project },
  { "Importer generert statistikk", _sirkel_example_add_statistics },
  { "Skriv oversikten", _sirkel_example_add_oversikt },
  { "Prioriter folkehelseutfordringene", _sirkel_example_add_prioritisation },
  { "Legg inn planer og mål", _sirkel_example_add_plan },
  { "Legg inn tiltak", _sirkel_example_add_measures },
  { "Legg inn evalueringsplaner", _sirkel_example_add_evaluations },
  { "Legg inn læring og årshjul", _sirkel_example_add_learning },
};

/**
 * sirkel_example_fill:
 * @store: an empty store, fresh from sirkel_store_create ()
 *
 * Fills @store with the whole example project, one action per step of the cycle. The content
 * is the same every time: ids and figures come from fixed seeds, and the store's clock is set
 * to 2026-01-15T09:00:00Z and its author to "Eksempeldata" (both stay set afterwards, so that
 * publishing the store is reproducible too). The store's id generator is seeded as well
 * (sirkel_store_set_id_seed ()), so the history's action ids are reproducible; only the
 * file's identity (doc_meta, and the revision once it is published) stays random.
 *
 * Returns: %FALSE with @error set if the store is not empty or a step failed; the failing
 *   step is rolled back, the ones before it stay
 */
gboolean
sirkel_example_fill (SirkelStore  *store,
                     GError      **error)
{
  g_autoptr(GDateTime) now = NULL;
  Example ex = { 0 };
  gint64 projects;
  gboolean ok = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (!sirkel_store_in_action (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  projects = sirkel_store_count_rows (store, "project", FALSE, error);
  if (projects < 0)
    return FALSE;
  if (projects > 0)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                           _("The example project can only be written into an empty project "
                             "file."));
      return FALSE;
    }

  /* Only now, so that refusing a store that is not empty leaves it as it was. */
  sirkel_store_set_id_seed (store, ACTION_SEED);
  now = g_date_time_new_from_iso8601 (NOW, NULL);
  sirkel_store_set_fixed_time (store, now);
  sirkel_store_set_author (store, AUTHOR);

  ex.store = store;
  ex.ids = g_rand_new_with_seed (ID_SEED);
  ex.noise = g_rand_new_with_seed (VALUE_SEED);

  for (guint i = 0; ok && i < G_N_ELEMENTS (steps); i++)
    {
      if (!sirkel_store_begin (store, steps[i].label, error))
        ok = FALSE;
      else if (!steps[i].run (&ex, error))
        {
          sirkel_store_rollback (store);
          ok = FALSE;
        }
      else
        ok = sirkel_store_commit (store, error);
    }

  example_clear (&ex);
  return ok;
}
