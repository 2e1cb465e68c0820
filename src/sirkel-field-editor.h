/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Binding form widgets to one field of one entity, for every editor page. A bound widget
 * shows the field's value and follows it (undo, redo, another editor), and writes what the
 * user changed back through sirkel_document_set (), so that each change is one action in the
 * history and is in the working copy at once (it survives a crash).
 *
 * Text is written when the user leaves the widget, presses Enter (single-line), or stops
 * typing for a moment (SIRKEL_FIELD_IDLE_MS), so a crash loses at most that moment's typing;
 * an unchanged value writes nothing. Toggles, numbers and choices are written as they change.
 * A write that fails (a read-only project, a value the schema refuses) puts the stored value
 * back and shows the error as the widget's tooltip and an error style, never a dialog.
 *
 * Binding a widget again replaces its previous binding; binding to a NULL entity clears the
 * widget and makes it insensitive.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_FIELD_IDLE_MS 1500

/* GtkEntry, GtkText, AdwEntryRow: any GtkEditable. A text field. */
void sirkel_field_bind_editable   (GtkEditable     *editable,
                                   SirkelDocument  *document,
                                   SirkelEntity    *entity,
                                   const char      *field);
/* A GtkTextView for long text (descriptions, assessments). */
void sirkel_field_bind_text_view  (GtkTextView     *view,
                                   SirkelDocument  *document,
                                   SirkelEntity    *entity,
                                   const char      *field);
/* A GtkSwitch or GtkCheckButton ("active") for an INTEGER 0/1 field. */
void sirkel_field_bind_toggle     (GtkWidget       *toggle,
                                   SirkelDocument  *document,
                                   SirkelEntity    *entity,
                                   const char      *field);
/* A GtkSpinButton for an INTEGER or REAL field; an emptied spin button writes NULL. */
void sirkel_field_bind_spin       (GtkSpinButton   *spin,
                                   SirkelDocument  *document,
                                   SirkelEntity    *entity,
                                   const char      *field);
/* An AdwComboRow or GtkDropDown whose item i stands for @keys[i] (a TEXT field); the key ""
 * stands for SQL NULL ("no category"). */
void sirkel_field_bind_choice     (GtkWidget          *combo,
                                   SirkelDocument     *document,
                                   SirkelEntity       *entity,
                                   const char         *field,
                                   const char * const *keys);

G_END_DECLS
