/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers shared by the core tests: a temporary folder per test program and raw SQL on a
 * file behind Sirkel's back (to build altered or foreign files).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *sirkel_test_tmp_dir   (void);
char       *sirkel_test_tmp_file  (const char *name);
void        sirkel_test_raw_exec  (const char *path,
                                   const char *sql);
void        sirkel_test_cleanup   (void);

G_END_DECLS
