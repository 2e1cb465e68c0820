/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers shared by the core tests: a temporary folder per test program, raw SQL on a
 * file behind Sirkel's back (to build altered or foreign files), and a new project file to
 * import into.
 */
#pragma once

#include <glib.h>

#include "sirkel-store.h"

G_BEGIN_DECLS

const char *sirkel_test_tmp_dir   (void);
char       *sirkel_test_tmp_file  (const char *name);
void        sirkel_test_raw_exec  (const char *path,
                                   const char *sql);
void        sirkel_test_cleanup   (void);

/* A new project file in the temporary folder: Bodø (1804, Nordland 18), 2024–2027. */
SirkelStore *sirkel_test_new_project (const char  *name);
/* The first column of the one row @sql returns, as an integer or a copy of its text. */
gint64       sirkel_test_sql_int     (SirkelStore *store,
                                      const char  *sql);
char        *sirkel_test_sql_text    (SirkelStore *store,
                                      const char  *sql);

G_END_DECLS
