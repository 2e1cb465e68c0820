/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingEditor: the form of one challenge or resource: title, kind, category, age
 * group, the texts (description, causes, consequences, social inequality, sources) and the
 * linked indicators with their figures, which can be removed one by one or added through the
 * indicator picker. Every field is bound through sirkel-field-editor; adding and removing
 * links are one action each. Its Delete button activates findings.delete, which the
 * surrounding pane provides.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"
#include "sirkel-finding-summaries.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_FINDING_EDITOR (sirkel_finding_editor_get_type ())
G_DECLARE_FINAL_TYPE (SirkelFindingEditor, sirkel_finding_editor, SIRKEL, FINDING_EDITOR, AdwBin)

SirkelDocument         *sirkel_finding_editor_get_document  (SirkelFindingEditor    *self);
void                    sirkel_finding_editor_set_document  (SirkelFindingEditor    *self,
                                                             SirkelDocument         *document);
SirkelEntity           *sirkel_finding_editor_get_finding   (SirkelFindingEditor    *self);
void                    sirkel_finding_editor_set_finding   (SirkelFindingEditor    *self,
                                                             SirkelEntity           *finding);
SirkelFindingSummaries *sirkel_finding_editor_get_summaries (SirkelFindingEditor    *self);
void                    sirkel_finding_editor_set_summaries (SirkelFindingEditor    *self,
                                                             SirkelFindingSummaries *summaries);
void                    sirkel_finding_editor_focus_title   (SirkelFindingEditor    *self);

G_END_DECLS
