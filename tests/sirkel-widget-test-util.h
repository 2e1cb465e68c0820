/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the widget tests: the display setup every widget test needs, running the
 * main loop until something happened, opening a window on the example project, and finding
 * dialogs and widgets the way a user would see them.
 */
#pragma once

#include <adwaita.h>

#include "sirkel-window-private.h"

G_BEGIN_DECLS

gboolean      sirkel_widget_test_init          (int          *argc,
                                                char       ***argv);
void          sirkel_widget_test_wait_until    (gboolean    (*check) (gpointer data),
                                                gpointer      data);
void          sirkel_widget_test_settle        (void);
gboolean      sirkel_widget_test_is_mapped     (gpointer      widget);
SirkelWindow *sirkel_widget_test_window_new    (void);
SirkelWindow *sirkel_widget_test_window_with_example (const char *dir,
                                                      const char *name);
GtkWindow    *sirkel_widget_test_find_dialog   (GtkWindow    *parent,
                                                GType         type);
gboolean      sirkel_widget_test_has_message_dialog (gpointer parent);
AdwMessageDialog *sirkel_widget_test_message_dialog (GtkWindow *parent);
void          sirkel_widget_test_respond       (AdwMessageDialog *dialog,
                                                const char       *response);
GtkWidget    *sirkel_widget_test_find_child    (GtkWidget    *widget,
                                                GType         type,
                                                const char   *action_name);
void          sirkel_widget_test_save_png      (GtkWidget    *widget,
                                                const char   *name);

G_END_DECLS
