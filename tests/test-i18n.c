/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translations: core strings come out in bokmål and nynorsk from the build tree's catalogues.
 * Locale state is process-wide, so each language runs in a subprocess (STYLE.md §14).
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "sirkel-compare.h"
#include "sirkel-domain.h"

static void
check_language (const char *language,
                const char *category_b,
                const char *worse)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("SIRKEL_BUILD_ROOT"), "po", NULL);

  g_assert_nonnull (setlocale (LC_ALL, ""));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_cmpstr (sirkel_category_label ('b'), ==, category_b);
  g_assert_cmpstr (sirkel_comparison_class_to_label (SIRKEL_COMPARISON_WORSE), ==, worse);
}

static void
test_nb_child (void)
{
  check_language ("nb", "Oppvekst- og levekårsforhold", "Signifikant dårligere");
}

static void
test_nn_child (void)
{
  check_language ("nn", "Oppvekst- og levekårsforhold", "Signifikant dårlegare");
}

static void
run_in (const char *language,
        const char *child)
{
  /* gettext ignores LANGUAGE under the plain C locale, so use C.UTF-8. */
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", language, TRUE);
  g_test_trap_subprocess (child, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_nb (void)
{
  run_in ("nb", "/i18n/nb/subprocess");
}

static void
test_nn (void)
{
  run_in ("nn", "/i18n/nn/subprocess");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/i18n/nb", test_nb);
  g_test_add_func ("/i18n/nb/subprocess", test_nb_child);
  g_test_add_func ("/i18n/nn", test_nn);
  g_test_add_func ("/i18n/nn/subprocess", test_nn_child);
  return g_test_run ();
}
