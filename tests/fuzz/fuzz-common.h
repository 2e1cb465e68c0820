/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the fuzz harnesses share (RELIABILITY.md §7): the libFuzzer entry points, the set-up
 * that makes GLib criticals fatal, and the checks a reader's result must pass whatever the
 * input was. A failed check aborts, which libFuzzer reports as a crash and the replay main
 * as a failed test; nothing here ever calls exit ().
 *
 * The same harness sources build two ways: with clang and -fsanitize=fuzzer (libFuzzer owns
 * main) and with any compiler against replay-main.c, which feeds named files to
 * LLVMFuzzerTestOneInput so the committed corpus and regressions run in the normal suite.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "sirkel-import.h"

G_BEGIN_DECLS

/* Called by libFuzzer (or replay-main.c) once, and once per input. */
int      LLVMFuzzerInitialize      (int                      *argc,
                                    char                   ***argv);
int      LLVMFuzzerTestOneInput    (const uint8_t            *data,
                                    size_t                    size);

void     sirkel_fuzz_init          (void);
void     sirkel_fuzz_fail          (const char               *format,
                                    ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;
void     sirkel_fuzz_check_text    (const char               *what,
                                    const char               *text);
void     sirkel_fuzz_check_error   (const GError             *error);
void     sirkel_fuzz_check_table   (const SirkelImportTable  *table);

G_END_DECLS
