/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history of Norway's kommune and fylke codes through the 2020 and 2024 reforms
 * (DOMAIN.md §6). FHI recalculates its series to today's geography, but SSB tables, Ungdata
 * reports and the municipality's own files keep the codes of their year: 3001 Halden
 * (2020–2023) is 3101 Halden today, and 0101 Halden before 2020.
 *
 * Only a pure renumbering — the same kommune, with the same borders, under a new number — is
 * followed to today's code. A kommune that was merged with others or split has no figure
 * that can stand for today's kommune, so its code is kept and the change is only described.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_GEO_CHANGE_RENUMBERED,  /* same kommune, new number */
  SIRKEL_GEO_CHANGE_MERGED,      /* became part of the successor */
  SIRKEL_GEO_CHANGE_SPLIT,       /* divided between the successors */
} SirkelGeoChangeKind;

typedef struct
{
  const char          *code;           /* the code that stopped being used */
  const char          *name;
  int                  year;           /* the first year under the successor(s) */
  SirkelGeoChangeKind  kind;
  const char          *successors[3];  /* the code(s) it became that year, NULL-terminated */
} SirkelGeoChange;

const SirkelGeoChange *sirkel_geo_history_all     (gsize      *n_changes);
const SirkelGeoChange *sirkel_geo_history_lookup  (const char *code);
const char            *sirkel_geo_current_code    (const char *code);
char                  *sirkel_geo_describe_change (const SirkelGeoChange *change);

G_END_DECLS
