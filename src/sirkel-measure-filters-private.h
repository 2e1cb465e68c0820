/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What SirkelMeasureFilters shares with sirkel-measure-filter-items.c, which works out the
 * items of its drop-downs from the project.
 */
#pragma once

#include "sirkel-measure-filters.h"

G_BEGIN_DECLS

typedef enum
{
  F_GOAL,
  F_STATUS,
  F_RESPONSIBLE,
  F_EVIDENCE,
  F_YEAR,
  N_FILTERS
} FilterKind;

/* A drop-down's items: keys[i] is what item i of labels stands for. */
typedef struct
{
  GPtrArray     *keys;
  GtkStringList *labels;
} SirkelMeasureFilterItems;

void _sirkel_measure_filter_build_items (SirkelDocument           *document,
                                         int                       kind,
                                         SirkelMeasureFilterItems *items);

G_END_DECLS
