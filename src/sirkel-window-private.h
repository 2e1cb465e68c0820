/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of SirkelWindow shared by sirkel-window.c (construction, document, state),
 * sirkel-window-actions.c (save, close, undo, about), sirkel-window-open.c (open, new,
 * example, recovery) and sirkel-window-import.c (import, drop, remove import, edit
 * indicator). Widget tests include it to reach the template children.
 */
#pragma once

#include "sirkel-import-queue.h"
#include "sirkel-project-view.h"
#include "sirkel-start-page.h"
#include "sirkel-window.h"

G_BEGIN_DECLS

/* What to do once a save that the unsaved-changes dialog started has succeeded. */
typedef enum
{
  SIRKEL_AFTER_SAVE_NOTHING,
  SIRKEL_AFTER_SAVE_CLOSE_PROJECT,
  SIRKEL_AFTER_SAVE_CLOSE_WINDOW,
} SirkelAfterSave;

struct _SirkelWindow
{
  AdwApplicationWindow  parent_instance;

  SirkelContext        *context;         /* construct-only, never NULL */
  SirkelDocument       *document;        /* NULL while the start page shows */
  GSignalGroup         *document_signals;
  GBindingGroup        *document_bindings;
  SirkelAfterSave       after_save;      /* reset when a save fails or is cancelled */
  guint                 changed_warned : 1;  /* the "changed by someone else" toast was shown */
  guint                 closing : 1;     /* the unsaved changes were dealt with: close now */
  SirkelImportQueue    *import_queue;    /* never NULL; follows document */
  GtkDropTarget        *drop_target;     /* file lists dropped on drop_overlay */

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkOverlay           *drop_overlay;
  GtkRevealer          *drop_hint;
  GtkStack             *main_stack;
  SirkelStartPage      *start_page;
  SirkelProjectView    *project_view;
};

void  _sirkel_window_class_add_actions (GtkWidgetClass  *widget_class);
void  _sirkel_window_class_add_open_actions (GtkWidgetClass *widget_class);
void  _sirkel_window_class_add_import_actions (GtkWidgetClass *widget_class);
void  _sirkel_window_init_import       (SirkelWindow    *self);
void  _sirkel_window_import_files      (SirkelWindow    *self,
                                        GSList          *files,
                                        const char      *format,
                                        const char      *encoding,
                                        SirkelImportFlags flags);
void  _sirkel_window_update_actions    (SirkelWindow    *self);
void  _sirkel_window_set_document      (SirkelWindow    *self,
                                        SirkelDocument  *document);
void  _sirkel_window_close_document    (SirkelWindow    *self,
                                        gboolean         discard);
void  _sirkel_window_toast             (SirkelWindow    *self,
                                        const char      *text);
void  _sirkel_window_show_error        (SirkelWindow    *self,
                                        const char      *heading,
                                        const GError    *error);
void  _sirkel_window_save              (SirkelWindow    *self,
                                        SirkelAfterSave  after);
void  _sirkel_window_save_as           (SirkelWindow    *self,
                                        SirkelAfterSave  after);
gboolean _sirkel_window_confirm_close  (SirkelWindow    *self,
                                        SirkelAfterSave  after);

G_END_DECLS
