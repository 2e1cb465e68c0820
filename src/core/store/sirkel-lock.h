/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "in use" lock beside a shared project file: `.~lock.NAME#` in the same folder, as
 * LibreOffice does it (RELIABILITY.md §2.4). It is advisory; the fingerprint check before
 * publishing is what prevents lost updates.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char   *display_name;  /* the author name the user chose */
  char   *user;          /* OS user */
  char   *host;
  gint64  pid;
  char   *since;         /* ISO 8601 UTC */
  char   *version;       /* Sirkel version that wrote it */
  char   *instance;      /* random id of the writing instance */
} SirkelLockInfo;

void            sirkel_lock_info_free      (SirkelLockInfo        *info);
char           *sirkel_lock_info_describe  (const SirkelLockInfo  *info);
gboolean        sirkel_lock_info_is_stale  (const SirkelLockInfo  *info);
gboolean        sirkel_lock_info_is_local  (const SirkelLockInfo  *info);

char           *sirkel_lock_path_for       (const char            *project_path);
SirkelLockInfo *sirkel_lock_read           (const char            *project_path,
                                            GError               **error);
SirkelLockInfo *sirkel_lock_acquire        (const char            *project_path,
                                            const char            *display_name,
                                            SirkelLockInfo       **holder,
                                            GError               **error);
gboolean        sirkel_lock_release        (const char            *project_path,
                                            const SirkelLockInfo  *ours);
gboolean        sirkel_lock_break          (const char            *project_path,
                                            GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelLockInfo, sirkel_lock_info_free)

G_END_DECLS
