/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelMeasureEditor: the right side of the Tiltak page: every field of one measure, in the
 * order a coordinator fills them in: title, status and period; description; where it comes
 * from (a catalogue entry, with its provider and evidence, or the municipality's own); the
 * goals it serves (SirkelMeasureGoals); the responsible unit and contact, and the partners
 * (SirkelMeasurePartners); the target group (who, ages, arenas, prevention level); the level
 * of evidence (SirkelMeasureEvidence); FHI's four questions; and budget lines and funding
 * (SirkelMeasureBudget). Every field is bound to the measure, so each change is one undoable
 * action. The page calls refresh () after every action, for what comes from other tables.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_MEASURE_EDITOR (sirkel_measure_editor_get_type ())
G_DECLARE_FINAL_TYPE (SirkelMeasureEditor, sirkel_measure_editor, SIRKEL, MEASURE_EDITOR, AdwBin)

void          sirkel_measure_editor_set_document (SirkelMeasureEditor *self,
                                                  SirkelDocument      *document);
SirkelEntity *sirkel_measure_editor_get_measure  (SirkelMeasureEditor *self);
void          sirkel_measure_editor_set_measure  (SirkelMeasureEditor *self,
                                                  SirkelEntity        *measure);
void          sirkel_measure_editor_set_catalogs (SirkelMeasureEditor *self,
                                                  GPtrArray           *catalogs);
void          sirkel_measure_editor_refresh      (SirkelMeasureEditor *self);
void          sirkel_measure_editor_focus_title  (SirkelMeasureEditor *self);
void          sirkel_measure_editor_link_goal    (SirkelMeasureEditor *self);

G_END_DECLS
