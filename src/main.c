/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry point of `sirkel [FILE…]`: sets up gettext and runs SirkelApplication. Everything
 * else lives in the sirkel-ui library, so the widget tests link the same code.
 */
#define G_LOG_DOMAIN "sirkel"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sirkel-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SirkelApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sirkel_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
