/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forward declarations of every core type, so headers can refer to each other without
 * include cycles. Core never includes GTK.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SirkelStore      SirkelStore;
typedef struct _SirkelDocument   SirkelDocument;
typedef struct _SirkelEntity     SirkelEntity;
typedef struct _SirkelLock       SirkelLock;
typedef struct _SirkelId         SirkelId;

G_END_DECLS
