/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelGoalTree: the project's goals as a tree (hovedmål → delmål, through goal.parent_id),
 * for the Plan page's GtkListView. It follows the document's goal list and keeps one list
 * store per level that it changes only where the tree changed, so rows, their expansion and
 * the selection survive ordinary edits. Siblings keep the document's order (sort, then
 * creation time).
 *
 * A goal whose parent is gone, or that sits in a loop of parents (a damaged file), is shown
 * at the top level, so every goal appears exactly once and the tree is finite.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-document.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_GOAL_TREE (sirkel_goal_tree_get_type ())
G_DECLARE_FINAL_TYPE (SirkelGoalTree, sirkel_goal_tree, SIRKEL, GOAL_TREE, GObject)

SirkelGoalTree   *sirkel_goal_tree_new          (void);
void              sirkel_goal_tree_set_goals    (SirkelGoalTree  *self,
                                                 GListModel      *goals);
GtkTreeListModel *sirkel_goal_tree_get_model    (SirkelGoalTree  *self);
void              sirkel_goal_tree_sync         (SirkelGoalTree  *self);
guint             sirkel_goal_tree_find         (SirkelGoalTree  *self,
                                                 const SirkelId  *id);
guint             sirkel_goal_tree_find_shown   (SirkelGoalTree  *self,
                                                 const SirkelId  *id);
SirkelEntity     *sirkel_goal_tree_get_parent   (SirkelGoalTree  *self,
                                                 SirkelEntity    *goal);
GPtrArray        *sirkel_goal_tree_dup_children (SirkelGoalTree  *self,
                                                 SirkelEntity    *parent);

G_END_DECLS
