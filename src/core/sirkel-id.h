/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelId: the 16-byte UUID that keys every shared row of a project file. Stored as a BLOB,
 * shown and passed to GObject properties in the canonical 36-character text form.
 */
#pragma once

#include <glib.h>

#include "sirkel-types.h"

G_BEGIN_DECLS

#define SIRKEL_ID_LEN 16
#define SIRKEL_ID_STRING_LEN 36

struct _SirkelId
{
  guint8 bytes[SIRKEL_ID_LEN];
};

void      sirkel_id_random       (SirkelId       *id);
void      sirkel_id_from_rand    (SirkelId       *id,
                                  GRand          *rand);
gboolean  sirkel_id_parse        (SirkelId       *id,
                                  const char     *text);
gboolean  sirkel_id_from_bytes   (SirkelId       *id,
                                  const void     *data,
                                  gsize           len);
char     *sirkel_id_to_string    (const SirkelId *id);
gboolean  sirkel_id_equal        (const SirkelId *a,
                                  const SirkelId *b);
gboolean  sirkel_id_is_zero      (const SirkelId *id);

G_END_DECLS
