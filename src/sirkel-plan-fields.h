/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two field bindings the Plan phase needs beyond sirkel-field-editor.h, with the same
 * contract (the widget follows the field; a change is one action; a failed write shows as the
 * widget's error style and tooltip):
 *
 * - a figure or a year that may be left empty (a baseline, a target, a plan's period), typed
 *   in an entry rather than a spin button, because an empty spin button shows its lower
 *   bound: "16,3" and "16.3" are both read, an empty entry writes NULL;
 * - a date (a plan's adoption), stored as ISO 8601 ("2025-03-27") and read also as
 *   "27.03.2025", the way Norwegian dates are written.
 *
 * What the user typed is written on Enter and when the entry loses the focus. Text that
 * cannot be read stays in the entry, marked as an error, and writes nothing; so does empty
 * text in a field that cannot be NULL (sirkel_plan_set_required ()).
 *
 * sirkel_plan_toast () shows a short message in the window's toast overlay, with an Undo
 * button (win.undo) for actions that delete; sirkel_plan_report_error () rolls back a failed
 * action and shows its error there; sirkel_plan_delete_entity () deletes one entity as one
 * action and offers Undo.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

void     sirkel_plan_bind_number (GtkEditable    *editable,
                                  SirkelDocument *document,
                                  SirkelEntity   *entity,
                                  const char     *field);
void     sirkel_plan_bind_date   (GtkEditable    *editable,
                                  SirkelDocument *document,
                                  SirkelEntity   *entity,
                                  const char     *field);
void     sirkel_plan_set_required (GtkEditable   *editable,
                                  gboolean        required);
gboolean sirkel_plan_parse_date  (const char     *text,
                                  char          **iso_date);
void     sirkel_plan_unbind      (GtkWidget      *widget);
void     sirkel_plan_toast       (GtkWidget      *widget,
                                  const char     *text,
                                  gboolean        with_undo);
void     sirkel_plan_report_error (GtkWidget     *widget,
                                  SirkelStore    *store,
                                  const GError   *error);
gboolean sirkel_plan_delete_entity (GtkWidget    *widget,
                                  SirkelDocument *document,
                                  SirkelEntity   *entity,
                                  const char     *label,
                                  const char     *untitled);

G_END_DECLS
