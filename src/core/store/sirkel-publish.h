/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Publishing a working copy to the shared file, atomically, and the fingerprint that tells
 * whether the shared file changed since it was opened (RELIABILITY.md §2.3, §2.5).
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean exists;
  gboolean has_revision;
  SirkelId revision;   /* doc_meta.revision_uuid */
  guint64  size;
  gint64   mtime_usec;
  char    *sha256;
} SirkelFingerprint;

typedef enum
{
  SIRKEL_PUBLISH_DEFAULT   = 0,
  SIRKEL_PUBLISH_OVERWRITE = 1 << 0,  /* the user confirmed replacing a changed or existing file */
  SIRKEL_PUBLISH_NEW       = 1 << 1,  /* the target must not exist */
} SirkelPublishFlags;

void     sirkel_fingerprint_clear (SirkelFingerprint        *fingerprint);
void     sirkel_fingerprint_copy  (SirkelFingerprint        *dest,
                                   const SirkelFingerprint  *src);
gboolean sirkel_fingerprint_read  (const char               *path,
                                   SirkelFingerprint        *fingerprint,
                                   GError                  **error);
gboolean sirkel_fingerprint_equal (const SirkelFingerprint  *a,
                                   const SirkelFingerprint  *b);

gboolean sirkel_publish           (SirkelStore              *work,
                                   const char               *target,
                                   const SirkelFingerprint  *base,
                                   SirkelPublishFlags        flags,
                                   SirkelFingerprint        *published,
                                   GError                  **error);
void     sirkel_publish_clean_temp_files (const char        *target);
char    *sirkel_publish_backup_dir (const char              *target);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SirkelFingerprint, sirkel_fingerprint_clear)

G_END_DECLS
