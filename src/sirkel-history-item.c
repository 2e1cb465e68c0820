/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelHistoryItem: see sirkel-history-item.h. A change item copies its change rather than
 * pointing into its action, so that no child keeps its parent alive.
 */
#define G_LOG_DOMAIN "sirkel-history-item"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-field-labels.h"
#include "sirkel-history-format.h"
#include "sirkel-history-item.h"

struct _SirkelHistoryItem
{
  GObject                parent_instance;

  SirkelHistoryItemKind  kind;
  SirkelStore           *store;      /* action, change: to name items as they are now */
  SirkelHistoryEntry    *entry;      /* action: owned */
  SirkelHistoryChange   *change;     /* change: an owned copy */
  GListStore            *changes;    /* action with several changes: made on first use */
  GDateTime             *time;       /* action, change: local time */
  char                  *day_key;    /* day, action: local date, YYYY-MM-DD */
  char                  *time_text;  /* action: "14:32" */
  guint                  n_older;    /* more */

  /* Worded on first use, again after a refresh. */
  gboolean               worded;
  char                  *title;
  char                  *subtitle;
  char                  *detail;
  char                  *tooltip;
  char                  *summary;
  const char            *page;
  char                  *target;
};

G_DEFINE_FINAL_TYPE (SirkelHistoryItem, sirkel_history_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_DETAIL,
  PROP_TOOLTIP,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static SirkelHistoryChange *
copy_change (const SirkelHistoryChange *change)
{
  SirkelHistoryChange *copy = g_new0 (SirkelHistoryChange, 1);

  copy->op = g_strdup (change->op);
  copy->entity = g_strdup (change->entity);
  copy->row_id = g_strdup (change->row_id);
  copy->field = g_strdup (change->field);
  copy->old_text = g_strdup (change->old_text);
  copy->new_text = g_strdup (change->new_text);
  return copy;
}

static void
free_change (SirkelHistoryChange *change)
{
  if (change == NULL)
    return;
  g_free (change->op);
  g_free (change->entity);
  g_free (change->row_id);
  g_free (change->field);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change);
}

static void
clear_words (SirkelHistoryItem *self)
{
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->tooltip, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->target, g_free);
  self->page = NULL;
  self->worded = FALSE;
}

typedef struct
{
  char       *heading;   /* "Title of goal “Fewer smokers”", "Added goal “…”" */
  char       *detail;    /* "“old” → “new”", or NULL */
  char       *tooltip;   /* the values in full, or NULL */
  char       *sentence;  /* for screen readers */
  const char *page;      /* where the item is shown, if it still exists */
  char       *target;
} ChangeWords;

static void
change_words_clear (ChangeWords *words)
{
  g_free (words->heading);
  g_free (words->detail);
  g_free (words->tooltip);
  g_free (words->sentence);
  g_free (words->target);
}

/* The item @change touched, in lower case for the middle of a sentence. */
static char *
name_item (SirkelStore               *store,
           const SirkelHistoryChange *change,
           gboolean                  *live)
{
  g_autofree char *title = NULL;

  *live = FALSE;
  if (store != NULL)
    title = sirkel_history_dup_row_title (store, change->entity, change->row_id, live, NULL);
  /* A create records the title the row was given: the best name for a row that is gone. */
  if ((title == NULL || *title == '\0') && g_strcmp0 (change->op, "create") == 0)
    {
      g_free (title);
      title = g_strdup (change->new_text);
    }
  return sirkel_history_format_item (change->entity, title, *live, FALSE);
}

static void
word_change (SirkelStore               *store,
             const SirkelHistoryChange *change,
             ChangeWords               *words)
{
  g_autofree char *item = NULL;
  gboolean live = FALSE;
  const char *target = NULL;

  item = name_item (store, change, &live);
  if (live)
    {
      words->page = sirkel_history_page_for (change->entity, change->row_id, &target);
      words->target = g_strdup (target);
    }
  if (change->field == NULL || g_str_equal (change->op, "create"))
    {
      /* Translators: a change in the history: a new item, 'Added goal “Fewer smokers”'. */
      words->heading = g_strdup_printf (_("Added %s"), item);
      /* Translators: the same, read aloud by screen readers. */
      words->sentence = g_strdup_printf (_("Added %s."), item);
    }
  else if (g_str_equal (change->field, "deleted_at") && change->new_text != NULL)
    {
      words->heading = g_strdup_printf (_("Deleted %s"), item);
      words->sentence = g_strdup_printf (_("Deleted %s."), item);
    }
  else if (g_str_equal (change->field, "deleted_at"))
    {
      words->heading = g_strdup_printf (_("Restored %s"), item);
      words->sentence = g_strdup_printf (_("Restored %s."), item);
    }
  else
    {
      const char *label = sirkel_field_label (change->entity, change->field);
      g_autofree char *old_value = sirkel_history_format_value (store, change->entity, change->field,
                                                                change->old_text);
      g_autofree char *new_value = sirkel_history_format_value (store, change->entity, change->field,
                                                                change->new_text);
      g_autofree char *old_short = sirkel_history_shorten (old_value, SIRKEL_HISTORY_SHORT_VALUE);
      g_autofree char *new_short = sirkel_history_shorten (new_value, SIRKEL_HISTORY_SHORT_VALUE);
      g_autofree char *old_said = sirkel_history_shorten (old_value, 3 * SIRKEL_HISTORY_SHORT_VALUE);
      g_autofree char *new_said = sirkel_history_shorten (new_value, 3 * SIRKEL_HISTORY_SHORT_VALUE);

      if (label == NULL)
        label = change->field;
      /* Translators: a changed field in the history, 'Target year of goal “Fewer smokers”'. */
      words->heading = g_strdup_printf (_("%s of %s"), label, item);
      /* Translators: a field's value before and after a change, '“old text” → “new text”'. */
      words->detail = g_strdup_printf (_("%s → %s"), old_short, new_short);
      /* Translators: a field's values in full, in the tooltip of a change in the history. */
      words->tooltip = g_strdup_printf (_("Before: %s\nAfter: %s"), old_value, new_value);
      /* Translators: a change read aloud: 'Target year of goal “Fewer smokers” changed from
       * 2026 to 2027.' */
      words->sentence = g_strdup_printf (_("%s of %s changed from %s to %s."), label, item,
                                         old_said, new_said);
    }
}

static char *
action_title (const SirkelHistoryEntry *entry)
{
  const char *label = entry->label != NULL && *entry->label != '\0' ? entry->label : _("Change");

  if (g_strcmp0 (entry->kind, "undo") == 0)
    /* Translators: an undo in the history; %s is what was undone. */
    return g_strdup_printf (_("Undo: %s"), label);
  if (g_strcmp0 (entry->kind, "redo") == 0)
    /* Translators: a redo in the history; %s is what was redone. */
    return g_strdup_printf (_("Redo: %s"), label);
  return g_strdup (label);
}

/* What an action with several changes did: "5 items added, 2 fields changed"; NULL for none. */
static char *
count_changes (const SirkelHistoryEntry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint added = 0, deleted = 0, restored = 0, fields = 0;

  for (guint i = 0; i < entry->changes->len; i++)
    {
      const SirkelHistoryChange *change = g_ptr_array_index (entry->changes, i);

      if (change->field == NULL || g_strcmp0 (change->op, "create") == 0)
        added++;
      else if (g_str_equal (change->field, "deleted_at") && change->new_text != NULL)
        deleted++;
      else if (g_str_equal (change->field, "deleted_at"))
        restored++;
      else
        fields++;
    }
  if (added > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u item added", "%u items added", added), added));
  if (deleted > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u item deleted", "%u items deleted", deleted), deleted));
  if (restored > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u item restored", "%u items restored", restored),
                                             restored));
  if (fields > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u field changed", "%u fields changed", fields), fields));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
word_action (SirkelHistoryItem *self)
{
  SirkelHistoryEntry *entry = self->entry;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = sirkel_history_format_day (self->time, now);
  g_autofree char *what = NULL;

  self->title = action_title (entry);
  if (entry->changes->len == 1)
    {
      ChangeWords words = { 0 };

      word_change (self->store, g_ptr_array_index (entry->changes, 0), &words);
      /* Translators: who made an action and what it changed: 'Kari Nordmann · Title of goal …'. */
      self->subtitle = g_strdup_printf (_("%s · %s"), entry->author, words.heading);
      self->detail = g_steal_pointer (&words.detail);
      self->tooltip = g_steal_pointer (&words.tooltip);
      self->page = words.page;
      self->target = g_steal_pointer (&words.target);
      what = g_steal_pointer (&words.sentence);
      change_words_clear (&words);
    }
  else
    {
      g_autofree char *count = count_changes (entry);

      self->subtitle = count != NULL ? g_strdup_printf (_("%s · %s"), entry->author, count)
                                     : g_strdup (entry->author);
      what = count != NULL ? g_strconcat (count, ".", NULL) : g_strdup ("");
    }
  /* Translators: an action read aloud: what, who, the day ("Today", "Thursday 15 January")
   * and the time, then what it changed: 'Edit goal, by Kari, Today at 14:32. Title of goal
   * “Fewer smokers” changed from “a” to “b”.' */
  self->summary = g_strdup_printf (_("%s, by %s, %s at %s. %s"), self->title, entry->author, day,
                                   self->time_text, what);
}

static void
word (SirkelHistoryItem *self)
{
  if (self->worded)
    return;
  self->worded = TRUE;
  switch (self->kind)
    {
    case SIRKEL_HISTORY_ITEM_ACTION:
      word_action (self);
      break;
    case SIRKEL_HISTORY_ITEM_CHANGE:
      {
        ChangeWords words = { 0 };

        word_change (self->store, self->change, &words);
        self->title = g_steal_pointer (&words.heading);
        self->detail = g_steal_pointer (&words.detail);
        self->tooltip = g_steal_pointer (&words.tooltip);
        self->summary = g_steal_pointer (&words.sentence);
        self->page = words.page;
        self->target = g_steal_pointer (&words.target);
        change_words_clear (&words);
      }
      break;
    case SIRKEL_HISTORY_ITEM_MORE:
      self->title = g_strdup (_("Show Older Changes"));
      self->subtitle = g_strdup_printf (ngettext ("%u older change", "%u older changes", self->n_older),
                                        self->n_older);
      self->summary = g_strdup_printf ("%s, %s", self->title, self->subtitle);
      break;
    case SIRKEL_HISTORY_ITEM_DAY:
    default:
      break;
    }
}

static void
sirkel_history_item_finalize (GObject *object)
{
  SirkelHistoryItem *self = SIRKEL_HISTORY_ITEM (object);

  clear_words (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->entry, sirkel_history_entry_free);
  g_clear_pointer (&self->change, free_change);
  g_clear_object (&self->changes);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->day_key, g_free);
  g_clear_pointer (&self->time_text, g_free);

  G_OBJECT_CLASS (sirkel_history_item_parent_class)->finalize (object);
}

static void
sirkel_history_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SirkelHistoryItem *self = SIRKEL_HISTORY_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, sirkel_history_item_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, sirkel_history_item_get_subtitle (self));
      break;
    case PROP_DETAIL:
      g_value_set_string (value, sirkel_history_item_get_detail (self));
      break;
    case PROP_TOOLTIP:
      g_value_set_string (value, sirkel_history_item_get_tooltip (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, sirkel_history_item_get_summary (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_history_item_class_init (SirkelHistoryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sirkel_history_item_finalize;
  object_class->get_property = sirkel_history_item_get_property;

  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties [PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  properties [PROP_TOOLTIP] = g_param_spec_string ("tooltip", NULL, NULL, NULL, flags);
  properties [PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sirkel_history_item_init (SirkelHistoryItem *self)
{
}

SirkelHistoryItem *
sirkel_history_item_new_day (const char *day_key,
                             const char *title)
{
  SirkelHistoryItem *self = g_object_new (SIRKEL_TYPE_HISTORY_ITEM, NULL);

  self->kind = SIRKEL_HISTORY_ITEM_DAY;
  self->day_key = g_strdup (day_key);
  self->title = g_strdup (title);
  self->summary = g_strdup (title);
  self->worded = TRUE;
  return self;
}

/**
 * sirkel_history_item_new_action:
 * @entry: (transfer full): the action
 */
SirkelHistoryItem *
sirkel_history_item_new_action (SirkelStore        *store,
                                SirkelHistoryEntry *entry)
{
  SirkelHistoryItem *self = g_object_new (SIRKEL_TYPE_HISTORY_ITEM, NULL);
  g_autoptr(GDateTime) at = NULL;

  g_return_val_if_fail (entry != NULL, self);

  self->kind = SIRKEL_HISTORY_ITEM_ACTION;
  self->store = g_object_ref (store);
  self->entry = entry;
  at = entry->at != NULL ? g_date_time_new_from_iso8601 (entry->at, NULL) : NULL;
  self->time = at != NULL ? g_date_time_to_local (at) : g_date_time_new_now_local ();
  self->day_key = g_date_time_format (self->time, "%Y-%m-%d");
  /* Translators: the time of an action in the history; see g_date_time_format (). */
  self->time_text = g_date_time_format (self->time, C_("history time", "%H:%M"));
  return self;
}

SirkelHistoryItem *
sirkel_history_item_new_more (guint n_older)
{
  SirkelHistoryItem *self = g_object_new (SIRKEL_TYPE_HISTORY_ITEM, NULL);

  self->kind = SIRKEL_HISTORY_ITEM_MORE;
  self->n_older = n_older;
  return self;
}

static SirkelHistoryItem *
change_item_new (SirkelHistoryItem         *action,
                 const SirkelHistoryChange *change)
{
  SirkelHistoryItem *self = g_object_new (SIRKEL_TYPE_HISTORY_ITEM, NULL);

  self->kind = SIRKEL_HISTORY_ITEM_CHANGE;
  self->store = g_object_ref (action->store);
  self->change = copy_change (change);
  self->time = g_date_time_ref (action->time);
  return self;
}

SirkelHistoryItemKind
sirkel_history_item_get_kind (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), SIRKEL_HISTORY_ITEM_DAY);

  return self->kind;
}

/* The action's sequence number in the history; 0 for other rows. */
gint64
sirkel_history_item_get_seq (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), 0);

  return self->entry != NULL ? self->entry->seq : 0;
}

const char *
sirkel_history_item_get_day_key (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  return self->day_key;
}

GDateTime *
sirkel_history_item_get_time (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  return self->time;
}

const char *
sirkel_history_item_get_time_text (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  return self->time_text;
}

const char *
sirkel_history_item_get_title (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  word (self);
  return self->title;
}

const char *
sirkel_history_item_get_subtitle (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  word (self);
  return self->subtitle;
}

const char *
sirkel_history_item_get_detail (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  word (self);
  return self->detail;
}

const char *
sirkel_history_item_get_tooltip (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  word (self);
  return self->tooltip;
}

/* One sentence saying what the row shows, for screen readers. */
const char *
sirkel_history_item_get_summary (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  word (self);
  return self->summary;
}

/* "edit-undo-symbolic" for an undo, "edit-redo-symbolic" for a redo, otherwise NULL. */
const char *
sirkel_history_item_get_icon_name (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  if (self->entry == NULL)
    return NULL;
  if (g_strcmp0 (self->entry->kind, "undo") == 0)
    return "edit-undo-symbolic";
  if (g_strcmp0 (self->entry->kind, "redo") == 0)
    return "edit-redo-symbolic";
  return NULL;
}

/**
 * sirkel_history_item_get_target:
 * @page: (out) (optional): the project view's page
 * @item: (out) (optional): what that page should select
 *
 * Returns: whether the row names one item that still exists and a page shows it, for
 *   view.show-item
 */
gboolean
sirkel_history_item_get_target (SirkelHistoryItem  *self,
                                const char        **page,
                                const char        **item)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), FALSE);

  word (self);
  if (page != NULL)
    *page = self->page;
  if (item != NULL)
    *item = self->target != NULL ? self->target : "";
  return self->page != NULL;
}

/**
 * sirkel_history_item_get_changes:
 *
 * Returns: (transfer none) (nullable): the change rows of an action with more than one
 *   change, made on first use; %NULL for any other row
 */
GListModel *
sirkel_history_item_get_changes (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), NULL);

  if (self->entry == NULL || self->entry->changes->len < 2)
    return NULL;
  if (self->changes == NULL)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      self->changes = g_list_store_new (SIRKEL_TYPE_HISTORY_ITEM);
      for (guint i = 0; i < self->entry->changes->len; i++)
        g_ptr_array_add (items, change_item_new (self, g_ptr_array_index (self->entry->changes, i)));
      g_list_store_splice (self->changes, 0, 0, items->pdata, items->len);
    }
  return G_LIST_MODEL (self->changes);
}

guint
sirkel_history_item_get_n_older (SirkelHistoryItem *self)
{
  g_return_val_if_fail (SIRKEL_IS_HISTORY_ITEM (self), 0);

  return self->n_older;
}

/**
 * sirkel_history_item_refresh:
 *
 * Words the row again if it was worded (the items it names may have been renamed or deleted
 * since), and its change rows; notifies the properties whose text changed.
 */
void
sirkel_history_item_refresh (SirkelHistoryItem *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *summary = NULL;

  g_return_if_fail (SIRKEL_IS_HISTORY_ITEM (self));

  for (guint i = 0; self->changes != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->changes)); i++)
    {
      g_autoptr(SirkelHistoryItem) child = g_list_model_get_item (G_LIST_MODEL (self->changes), i);

      sirkel_history_item_refresh (child);
    }
  if (!self->worded || self->kind == SIRKEL_HISTORY_ITEM_DAY)
    return;
  title = g_steal_pointer (&self->title);
  subtitle = g_steal_pointer (&self->subtitle);
  detail = g_steal_pointer (&self->detail);
  tooltip = g_steal_pointer (&self->tooltip);
  summary = g_steal_pointer (&self->summary);
  clear_words (self);
  word (self);
  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (title, self->title) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
  if (g_strcmp0 (subtitle, self->subtitle) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBTITLE]);
  if (g_strcmp0 (detail, self->detail) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DETAIL]);
  if (g_strcmp0 (tooltip, self->tooltip) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TOOLTIP]);
  if (g_strcmp0 (summary, self->summary) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
  g_object_thaw_notify (G_OBJECT (self));
}
