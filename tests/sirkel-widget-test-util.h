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
void          sirkel_widget_test_act           (GtkWidget    *widget,
                                                const char   *action,
                                                GVariant     *parameter);
void          sirkel_widget_test_undo          (SirkelWindow *window);

/* One row of a query on the window's project, with @id (if not NULL) bound to ?1; the row
 * must exist. */
sqlite3_stmt *sirkel_widget_test_query         (SirkelWindow   *window,
                                                const char     *sql,
                                                const SirkelId *id);
gint64        sirkel_widget_test_sql_int       (SirkelWindow   *window,
                                                const char     *sql,
                                                const SirkelId *id);
double        sirkel_widget_test_sql_double    (SirkelWindow   *window,
                                                const char     *sql,
                                                const SirkelId *id);
char         *sirkel_widget_test_sql_text      (SirkelWindow   *window,
                                                const char     *sql,
                                                const SirkelId *id);
gboolean      sirkel_widget_test_sql_is_null   (SirkelWindow   *window,
                                                const char     *sql,
                                                const SirkelId *id);
SirkelId      sirkel_widget_test_sql_id        (SirkelWindow   *window,
                                                const char     *sql,
                                                const SirkelId *id);

G_END_DECLS
