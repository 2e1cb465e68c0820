/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureEvidence: the "Level of Evidence" part of the measure editor: the rating of
 * the measure (DOMAIN.md §8) as scheme, level, criteria edition, year and source. "Unknown"
 * is a real choice and the default: choosing it clears the whole rating in one action, and
 * nothing here ever fills in a level by itself. Ungsinn's levels (0–5, and 1–4 of the scale
 * used before November 2015) are offered as a list; another scheme is written as text.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_EVIDENCE (sirkel_measure_evidence_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasureEvidence, sirkel_measure_evidence, SIRKEL, MEASURE_EVIDENCE, AdwBin)

void sirkel_measure_evidence_set_measure (SirkelMeasureEvidence *self,
                                          SirkelDocument        *document,
                                          SirkelEntity          *measure);
void sirkel_measure_evidence_unbind      (SirkelMeasureEvidence *self);

G_END_DECLS
