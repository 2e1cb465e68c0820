/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The harnesses' shared set-up and result checks; see fuzz-common.h. The checks hold for
 * every reader and every input, so a failure is a bug in the reader (or in the contract
 * written in sirkel-import-table.h and sirkel-import.h), never in the input:
 *
 *  - a NULL table comes with a GError whose message is non-empty UTF-8, and a table comes
 *    without one;
 *  - every string a table holds is UTF-8 (it goes to SQLite, Pango and cairo as is);
 *  - every observation names an existing measure, has its interned strings, a finite value
 *    when it has one, and no value when its flag means "no value" (DATA-FORMATS.md §0 rule 3).
 *
 * Walking every string also lets AddressSanitizer catch a pointer into freed or foreign
 * memory that a reader left in the table.
 */
#define G_LOG_DOMAIN "sirkel-fuzz"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

/**
 * sirkel_fuzz_init:
 *
 * Makes criticals fatal, as G_DEBUG=fatal-criticals does. GLib reads G_DEBUG in a library
 * constructor, before LLVMFuzzerInitialize runs, so setting the variable here would come too
 * late for this process: it is set for any child and for the record, and the fatal mask is
 * set directly. A stricter G_DEBUG from the environment (the test suite runs with
 * fatal-warnings) is kept.
 */
void
sirkel_fuzz_init (void)
{
  const char *debug = g_getenv ("G_DEBUG");

  if (debug == NULL || *debug == '\0')
    g_setenv ("G_DEBUG", "fatal-criticals", TRUE);
  else if (strstr (debug, "fatal-criticals") == NULL && strstr (debug, "fatal-warnings") == NULL)
    {
      g_autofree char *joined = g_strconcat (debug, ",fatal-criticals", NULL);

      g_setenv ("G_DEBUG", joined, TRUE);
    }
  g_log_set_always_fatal (g_log_set_always_fatal (G_LOG_FATAL_MASK) | G_LOG_LEVEL_CRITICAL);
}

void
sirkel_fuzz_fail (const char *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  fputs ("sirkel-fuzz: contract violated: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  fflush (stderr);
  abort ();
}

void
sirkel_fuzz_check_text (const char *what,
                        const char *text)
{
  if (text == NULL)
    sirkel_fuzz_fail ("%s is NULL", what);
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *head = g_strndup (text, 300);
      g_autofree char *escaped = g_strescape (head, NULL);

      sirkel_fuzz_fail ("%s is not UTF-8: \"%s\"", what, escaped);
    }
}

void
sirkel_fuzz_check_error (const GError *error)
{
  if (error == NULL)
    sirkel_fuzz_fail ("NULL returned without a GError");
  sirkel_fuzz_check_text ("the error message", error->message);
  if (*error->message == '\0')
    sirkel_fuzz_fail ("the error message is empty");
}

static void
check_observation (const SirkelImportTable *table,
                   guint                    i,
                   const SirkelObservation *o)
{
  if (o->measure >= table->measures->len)
    sirkel_fuzz_fail ("observation %u: measure %u of %u", i, o->measure, table->measures->len);
  sirkel_fuzz_check_text ("an observation's geo_raw", o->geo_raw);
  sirkel_fuzz_check_text ("an observation's geo", o->geo);
  sirkel_fuzz_check_text ("an observation's period_label", o->period_label);
  sirkel_fuzz_check_text ("an observation's dims", o->dims);
  sirkel_fuzz_check_text ("an observation's flag_raw", o->flag_raw);
  if ((guint) o->geo_level > SIRKEL_GEO_LEVEL_OTHER)
    sirkel_fuzz_fail ("observation %u: geo_level %d", i, (int) o->geo_level);
  if ((guint) o->flag > SIRKEL_FLAG_UNKNOWN)
    sirkel_fuzz_fail ("observation %u: flag %d", i, (int) o->flag);
  if (o->has_value && !isfinite (o->value))
    sirkel_fuzz_fail ("observation %u: has_value with a non-finite value", i);
  if (o->has_value && !sirkel_flag_has_value (o->flag))
    sirkel_fuzz_fail ("observation %u: has_value with flag %s, which means no value", i,
                      sirkel_flag_to_key (o->flag));
}

void
sirkel_fuzz_check_table (const SirkelImportTable *table)
{
  sirkel_fuzz_check_text ("format", table->format);
  sirkel_fuzz_check_text ("encoding", table->encoding);
  sirkel_fuzz_check_text ("source", table->source);
  sirkel_fuzz_check_text ("table_id", table->table_id);
  sirkel_fuzz_check_text ("title", table->title);
  sirkel_fuzz_check_text ("file_name", table->file_name);
  sirkel_fuzz_check_text ("sha256", table->sha256);
  if (table->observations->len == 0)
    sirkel_fuzz_fail ("a table without observations was returned");
  for (guint m = 0; m < table->measures->len; m++)
    {
      const SirkelMeasure *measure = g_ptr_array_index (table->measures, m);

      sirkel_fuzz_check_text ("a measure's key", measure->key);
      sirkel_fuzz_check_text ("a measure's label", measure->label);
      sirkel_fuzz_check_text ("a measure's unit", measure->unit);
    }
  for (guint w = 0; w < table->warnings->len; w++)
    sirkel_fuzz_check_text ("a warning", g_ptr_array_index (table->warnings, w));
  for (guint i = 0; i < table->observations->len; i++)
    check_observation (table, i, &g_array_index (table->observations, SirkelObservation, i));
}
