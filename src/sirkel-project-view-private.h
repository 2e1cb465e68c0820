/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelProjectView's struct, for the widget tests that walk the sidebar and read the title.
 */
#pragma once

#include "sirkel-project-status.h"
#include "sirkel-project-view.h"

G_BEGIN_DECLS

struct _SirkelProjectView
{
  AdwBin               parent_instance;

  SirkelDocument      *document;

  /* Template children */
  AdwLeaflet          *leaflet;
  GtkListBox          *sidebar;
  AdwWindowTitle      *sidebar_title;
  AdwWindowTitle      *window_title;
  GtkWidget           *undo_button;
  GtkWidget           *redo_button;
  GtkWidget           *lock_button;
  GtkRevealer         *read_only_revealer;
  GtkStack            *stack;
  SirkelProjectStatus *status;
};

G_END_DECLS
