/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choosing a project file to open or a place to save one, and statistics files to import.
 * GTK 4.8 has no GtkFileDialog, so this is the one place that uses GtkFileChooserNative
 * (STYLE.md §13); it goes through the file chooser portal under Flatpak.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-import.h"

G_BEGIN_DECLS

/* @path is the chosen file, or NULL when the user cancelled. */
typedef void (*SirkelFileChooserFunc) (const char *path,
                                       gpointer    user_data);

/* @files is the chosen GFiles, or NULL when the user cancelled; @format and @encoding are
 * the user's overrides, "auto" to detect; @flags has SIRKEL_IMPORT_ALL_MEASURES when the
 * user asked for every measure. */
typedef void (*SirkelFileChooserImportFunc) (GListModel        *files,
                                             const char        *format,
                                             const char        *encoding,
                                             SirkelImportFlags  flags,
                                             gpointer           user_data);

void sirkel_file_chooser_open (GtkWindow             *parent,
                               SirkelFileChooserFunc  func,
                               gpointer               user_data);
void sirkel_file_chooser_save (GtkWindow             *parent,
                               const char            *folder,
                               const char            *name,
                               SirkelFileChooserFunc  func,
                               gpointer               user_data);
void sirkel_file_chooser_import (GtkWindow                   *parent,
                                 SirkelFileChooserImportFunc  func,
                                 gpointer                     user_data);
/* A catalogue of measures (XML) to import, or where to export one. */
void sirkel_file_chooser_open_catalog (GtkWindow             *parent,
                                       SirkelFileChooserFunc  func,
                                       gpointer               user_data);
void sirkel_file_chooser_save_catalog (GtkWindow             *parent,
                                       const char            *name,
                                       SirkelFileChooserFunc  func,
                                       gpointer               user_data);

G_END_DECLS
