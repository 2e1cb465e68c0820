/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelCatalogDialog: see sirkel-catalog-dialog.h. The entries of all catalogues, each id
 * once (the first catalogue that has it wins, as sirkel_catalog_list_all () orders them), are
 * rows of a list box whose filter function reads the search and the three drop-downs. The
 * entries are borrowed from the catalogues, which the dialog holds.
 */
#define G_LOG_DOMAIN "sirkel-catalog-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-catalog-dialog.h"
#include "sirkel-catalog.h"
#include "sirkel-measure-labels.h"
#include "sirkel-plan-labels.h"

#define INDEX_KEY "sirkel-catalog-index"

/* The age groups of the age filter: [from, to]. */
static const struct { int from; int to; const char *label; } age_groups[] = {
  { 0, 5, N_("Ages 0–5") },
  { 6, 12, N_("Ages 6–12") },
  { 13, 19, N_("Ages 13–19") },
  { 20, 120, N_("Adults") },
};

enum { EVIDENCE_ANY, EVIDENCE_HIGH, EVIDENCE_LOW, EVIDENCE_NONE, EVIDENCE_OLD, EVIDENCE_UNKNOWN };

struct _SirkelCatalogDialog
{
  AdwWindow       parent_instance;

  GPtrArray      *catalogs;     /* of SirkelCatalog */
  GPtrArray      *entries;      /* of const SirkelCatalogEntry *, borrowed from catalogs */
  GPtrArray      *goal_ids;     /* of char *, parallel to goal_row's items; [0] is "" */
  char           *query;        /* folded, never NULL */
  guint           n_shown;

  /* Template children */
  GtkWidget      *add_button;
  GtkStack       *stack;
  GtkSearchEntry *search_entry;
  GtkDropDown    *arena_drop;
  GtkDropDown    *age_drop;
  GtkDropDown    *evidence_drop;
  GtkLabel       *count_label;
  GtkListBox     *entry_list;
  GtkWidget      *details_box;
  GtkLabel       *name_label;
  GtkLabel       *description_label;
  AdwActionRow   *target_row;
  AdwActionRow   *ages_row;
  AdwActionRow   *arenas_row;
  AdwActionRow   *prevention_row;
  AdwActionRow   *provider_row;
  AdwActionRow   *url_row;
  AdwActionRow   *rating_row;
  AdwActionRow   *edition_row;
  AdwActionRow   *rating_year_row;
  AdwActionRow   *source_row;
  AdwComboRow    *goal_row;
  AdwStatusPage  *error_status;
};

G_DEFINE_FINAL_TYPE (SirkelCatalogDialog, sirkel_catalog_dialog, ADW_TYPE_WINDOW)

enum {
  ADD,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static gboolean
entry_known (const SirkelCatalogEntry *entry)
{
  return entry->evidence_scheme != NULL && *entry->evidence_scheme != '\0' &&
         entry->evidence_level != NULL && *entry->evidence_level != '\0';
}

static char *
dup_arenas (const SirkelCatalogEntry *entry)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; entry->arenas != NULL && entry->arenas[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer) sirkel_measure_arena_label (entry->arenas[i]));
  g_ptr_array_add (labels, NULL);
  return g_strjoinv (", ", (char **) labels->pdata);
}

static gboolean
matches_evidence (const SirkelCatalogEntry *entry,
                  guint                     choice)
{
  gboolean ungsinn = entry_known (entry) && sirkel_measure_is_ungsinn (entry->evidence_scheme);
  const char *level = entry->evidence_level;

  switch (choice)
    {
    case EVIDENCE_HIGH:
      return ungsinn && (g_str_equal (level, "4") || g_str_equal (level, "5"));
    case EVIDENCE_LOW:
      return ungsinn && (g_str_equal (level, "1") || g_str_equal (level, "2") || g_str_equal (level, "3"));
    case EVIDENCE_NONE:
      return ungsinn && g_str_equal (level, "0");
    case EVIDENCE_OLD:
      return ungsinn && g_str_has_prefix (level, "old-");
    case EVIDENCE_UNKNOWN:
      return !entry_known (entry);
    default:
      return TRUE;
    }
}

/* The entry a row shows, or NULL for the placeholder. */
static const SirkelCatalogEntry *
entry_of (SirkelCatalogDialog *self,
          GtkWidget           *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), INDEX_KEY));

  return index > 0 && index <= self->entries->len ? g_ptr_array_index (self->entries, index - 1) : NULL;
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  SirkelCatalogDialog *self = user_data;
  const SirkelCatalogEntry *entry = entry_of (self, GTK_WIDGET (row));
  guint arena = gtk_drop_down_get_selected (self->arena_drop);
  guint age = gtk_drop_down_get_selected (self->age_drop);

  if (entry == NULL)
    return TRUE;
  if (*self->query != '\0')
    {
      g_autofree char *text = g_strjoin ("\n", entry->name, entry->description != NULL ? entry->description : "",
                                         entry->target_group != NULL ? entry->target_group : "",
                                         entry->provider != NULL ? entry->provider : "", NULL);
      g_autofree char *folded = fold (text);

      if (strstr (folded, self->query) == NULL)
        return FALSE;
    }
  if (arena > 0 && arena != GTK_INVALID_LIST_POSITION &&
      (entry->arenas == NULL ||
       !g_strv_contains ((const char * const *) entry->arenas, sirkel_catalog_arena_keys ()[arena - 1])))
    return FALSE;
  if (age > 0 && age != GTK_INVALID_LIST_POSITION)
    {
      int from = entry->age_from >= 0 ? entry->age_from : 0;
      int to = entry->age_to >= 0 ? entry->age_to : 120;

      if ((entry->age_from < 0 && entry->age_to < 0) ||
          to < age_groups[age - 1].from || from > age_groups[age - 1].to)
        return FALSE;
    }
  return matches_evidence (entry, gtk_drop_down_get_selected (self->evidence_drop));
}

static void
count_shown (SirkelCatalogDialog *self)
{
  g_autofree char *text = NULL;

  self->n_shown = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->entry_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && entry_of (self, child) != NULL &&
        filter_cb (GTK_LIST_BOX_ROW (child), self))
      self->n_shown++;
  /* Translators: how many catalogue entries match the search and filters. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u entry", "%u of %u entries",
                                       self->entries->len), self->n_shown, self->entries->len);
  gtk_label_set_label (self->count_label, text);
}

static void
filter_changed_cb (SirkelCatalogDialog *self)
{
  g_free (self->query);
  self->query = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_list_box_invalidate_filter (self->entry_list);
  count_shown (self);
}

static const SirkelCatalogEntry *
selected_entry (SirkelCatalogDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->entry_list);

  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    return NULL;
  return entry_of (self, GTK_WIDGET (row));
}

static void
show_row (AdwActionRow *row,
          const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
}

static void
row_selected_cb (SirkelCatalogDialog *self)
{
  const SirkelCatalogEntry *entry;
  g_autofree char *ages = NULL;
  g_autofree char *arenas = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *year = NULL;

  /* The list box also says so while it goes with the window. */
  if (self->entry_list == NULL || self->details_box == NULL)
    return;
  entry = selected_entry (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "catalog.add", entry != NULL);
  gtk_widget_set_visible (self->details_box, entry != NULL);
  if (entry == NULL)
    return;
  gtk_label_set_label (self->name_label, entry->name);
  gtk_label_set_label (self->description_label, entry->description != NULL ? entry->description : "");
  show_row (self->target_row, entry->target_group);
  ages = sirkel_measure_dup_ages (entry->age_from, entry->age_to);
  show_row (self->ages_row, ages);
  arenas = dup_arenas (entry);
  show_row (self->arenas_row, arenas);
  show_row (self->prevention_row, entry->prevention_level != NULL
            ? sirkel_measure_prevention_label (entry->prevention_level) : NULL);
  show_row (self->provider_row, entry->provider);
  show_row (self->url_row, entry->url);
  if (entry_known (entry))
    rating = sirkel_measure_dup_evidence_label (entry->evidence_scheme, entry->evidence_level);
  else
    rating = g_strdup (_("Evidence unknown: no rating is published for this measure"));
  show_row (self->rating_row, rating);
  show_row (self->edition_row, entry->evidence_edition);
  if (entry->evidence_year > 0)
    year = g_strdup_printf ("%d", entry->evidence_year);
  show_row (self->rating_year_row, year);
  show_row (self->source_row, entry->evidence_source);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SirkelCatalogDialog *self = SIRKEL_CATALOG_DIALOG (widget);
  const SirkelCatalogEntry *entry = selected_entry (self);
  guint goal = adw_combo_row_get_selected (self->goal_row);
  g_autofree char *goal_id = NULL;

  if (entry == NULL)
    return;
  goal_id = g_strdup (goal < self->goal_ids->len ? g_ptr_array_index (self->goal_ids, goal) : "");
  /* The window goes first, so the caller's toast and selection are not under it. */
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals [ADD], 0, entry, goal_id);
  g_object_unref (self);
}

static GtkWidget *
entry_row_new (const SirkelCatalogEntry *entry,
               guint                     index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  char *ages = sirkel_measure_dup_ages (entry->age_from, entry->age_to);

  g_ptr_array_add (parts, entry_known (entry)
                   ? sirkel_measure_dup_evidence_label (entry->evidence_scheme, entry->evidence_level)
                   : g_strdup (_("Evidence unknown")));
  if (ages != NULL)
    g_ptr_array_add (parts, ages);
  if (entry->arenas != NULL && entry->arenas[0] != NULL)
    g_ptr_array_add (parts, g_strdup (sirkel_measure_arena_label (entry->arenas[0])));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* index + 1, so that no entry row has NULL data, as the placeholder has */
  g_object_set_data (G_OBJECT (row), INDEX_KEY, GUINT_TO_POINTER (index + 1));
  return row;
}

static void
add_goals (SirkelCatalogDialog *self,
           SirkelDocument      *document,
           GtkStringList       *labels,
           const SirkelId      *parent,
           guint                depth)
{
  GListModel *goals = sirkel_document_get_list (document, "goal");

  for (guint i = 0; depth < 8 && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SirkelEntity) goal = g_list_model_get_item (goals, i);
      g_autofree char *label = NULL;
      const char *title = sirkel_entity_get_title (goal);
      SirkelId ref;
      gboolean top = !sirkel_entity_get_ref (goal, "parent_id", &ref) ||
                     sirkel_document_find (document, "goal", &ref) == NULL;

      if (parent == NULL ? !top : top || !sirkel_id_equal (&ref, parent))
        continue;
      label = g_strdup_printf ("%*s%s%s", (int) depth * 3, "", depth > 0 ? "› " : "",
                               *title != '\0' ? title : _("Untitled goal"));
      g_ptr_array_add (self->goal_ids, sirkel_entity_dup_id_string (goal));
      gtk_string_list_append (labels, label);
      add_goals (self, document, labels, sirkel_entity_get_id (goal), depth + 1);
    }
}

static void
sirkel_catalog_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SIRKEL_TYPE_CATALOG_DIALOG);

  G_OBJECT_CLASS (sirkel_catalog_dialog_parent_class)->dispose (object);
}

static void
sirkel_catalog_dialog_finalize (GObject *object)
{
  SirkelCatalogDialog *self = SIRKEL_CATALOG_DIALOG (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->catalogs, g_ptr_array_unref);
  g_clear_pointer (&self->goal_ids, g_ptr_array_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (sirkel_catalog_dialog_parent_class)->finalize (object);
}

static void
sirkel_catalog_dialog_class_init (SirkelCatalogDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_catalog_dialog_dispose;
  object_class->finalize = sirkel_catalog_dialog_finalize;

  /* The chosen entry (a const SirkelCatalogEntry *, valid during the emission) and the id of
   * the goal to link the new measure to, "" for none. */
  signals [ADD] =
    g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-catalog-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, arena_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, age_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, evidence_drop);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, entry_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, details_box);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, ages_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, arenas_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, prevention_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, rating_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, edition_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, rating_year_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, goal_row);
  gtk_widget_class_bind_template_child (widget_class, SirkelCatalogDialog, error_status);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);

  gtk_widget_class_install_action (widget_class, "catalog.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sirkel_catalog_dialog_init (SirkelCatalogDialog *self)
{
  g_autoptr(GtkStringList) arenas = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) ages = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) evidence = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = g_strdup ("");
  self->entries = g_ptr_array_new ();
  self->goal_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (arenas, _("All arenas"));
  for (const char * const *key = sirkel_catalog_arena_keys (); *key != NULL; key++)
    gtk_string_list_append (arenas, sirkel_measure_arena_label (*key));
  gtk_string_list_append (ages, _("All ages"));
  for (guint i = 0; i < G_N_ELEMENTS (age_groups); i++)
    gtk_string_list_append (ages, _(age_groups[i].label));
  gtk_string_list_append (evidence, _("Any evidence"));
  gtk_string_list_append (evidence, _("Ungsinn 4–5: documented effect"));
  gtk_string_list_append (evidence, _("Ungsinn 1–3"));
  gtk_string_list_append (evidence, _("Ungsinn 0: ineffective"));
  gtk_string_list_append (evidence, _("Ungsinn, old scale"));
  gtk_string_list_append (evidence, _("Evidence unknown"));
  gtk_drop_down_set_model (self->arena_drop, G_LIST_MODEL (arenas));
  gtk_drop_down_set_model (self->age_drop, G_LIST_MODEL (ages));
  gtk_drop_down_set_model (self->evidence_drop, G_LIST_MODEL (evidence));
  for (guint i = 0; i < 3; i++)
    {
      GtkDropDown *drop = i == 0 ? self->arena_drop : i == 1 ? self->age_drop : self->evidence_drop;
      g_autoptr(GtkListItemFactory) button = sirkel_measure_label_factory_new (i == 2 ? 30 : 12);
      g_autoptr(GtkListItemFactory) list = sirkel_measure_label_factory_new (40);

      gtk_drop_down_set_factory (drop, button);
      gtk_drop_down_set_list_factory (drop, list);
    }
  gtk_list_box_set_filter_func (self->entry_list, filter_cb, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * sirkel_catalog_dialog_new:
 * @catalogs: (nullable) (element-type SirkelCatalog): as sirkel_catalog_list_all () gives them
 * @error: (nullable): why the catalogues could not be read, shown instead of the list
 * @goal_id: (nullable): the goal chosen at first
 *
 * Returns: (transfer none): a new dialog, modal over @parent; present it
 */
SirkelCatalogDialog *
sirkel_catalog_dialog_new (GtkWindow      *parent,
                           SirkelDocument *document,
                           GPtrArray      *catalogs,
                           const GError   *error,
                           const char     *goal_id)
{
  SirkelCatalogDialog *self;
  g_autoptr(GtkStringList) goals = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint selected = 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (document), NULL);

  self = g_object_new (SIRKEL_TYPE_CATALOG_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  if (catalogs != NULL)
    self->catalogs = g_ptr_array_ref (catalogs);
  for (guint c = 0; catalogs != NULL && c < catalogs->len; c++)
    {
      SirkelCatalog *catalog = g_ptr_array_index (catalogs, c);

      for (guint i = 0; i < sirkel_catalog_get_n_entries (catalog); i++)
        {
          const SirkelCatalogEntry *entry = sirkel_catalog_get_entry (catalog, i);

          if (g_hash_table_contains (seen, entry->id))
            continue;
          g_hash_table_add (seen, entry->id);
          gtk_list_box_append (self->entry_list, entry_row_new (entry, self->entries->len));
          g_ptr_array_add (self->entries, (gpointer) entry);
        }
    }
  if (catalogs == NULL)
    {
      adw_status_page_set_description (self->error_status, error != NULL ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }

  gtk_string_list_append (goals, _("No goal yet"));
  g_ptr_array_add (self->goal_ids, g_strdup (""));
  add_goals (self, document, goals, NULL, 0);
  for (guint i = 0; goal_id != NULL && i < self->goal_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->goal_ids, i), goal_id))
      selected = i;
  adw_combo_row_set_model (self->goal_row, G_LIST_MODEL (goals));
  adw_combo_row_set_selected (self->goal_row, selected);

  count_shown (self);
  gtk_list_box_select_row (self->entry_list, gtk_list_box_get_row_at_index (self->entry_list, 0));
  row_selected_cb (self);
  return self;
}

/* Selects the entry with @id, as a click on its row would; for tests. */
gboolean
sirkel_catalog_dialog_select (SirkelCatalogDialog *self,
                              const char          *id)
{
  g_return_val_if_fail (SIRKEL_IS_CATALOG_DIALOG (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->entry_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const SirkelCatalogEntry *entry = GTK_IS_LIST_BOX_ROW (child) ? entry_of (self, child) : NULL;

      if (entry != NULL && g_str_equal (entry->id, id) && gtk_widget_get_child_visible (child))
        {
          gtk_list_box_select_row (self->entry_list, GTK_LIST_BOX_ROW (child));
          return TRUE;
        }
    }
  return FALSE;
}

/* The entries the search and filters leave; for tests. */
guint
sirkel_catalog_dialog_get_n_shown (SirkelCatalogDialog *self)
{
  g_return_val_if_fail (SIRKEL_IS_CATALOG_DIALOG (self), 0);

  return self->n_shown;
}

/* Chooses item @position of the filter "arena", "age" or "evidence"; for tests. */
gboolean
sirkel_catalog_dialog_set_filter (SirkelCatalogDialog *self,
                                  const char          *name,
                                  guint                position)
{
  GtkDropDown *drop = NULL;

  g_return_val_if_fail (SIRKEL_IS_CATALOG_DIALOG (self), FALSE);

  if (g_strcmp0 (name, "arena") == 0)
    drop = self->arena_drop;
  else if (g_strcmp0 (name, "age") == 0)
    drop = self->age_drop;
  else if (g_strcmp0 (name, "evidence") == 0)
    drop = self->evidence_drop;
  if (drop == NULL || position >= g_list_model_get_n_items (gtk_drop_down_get_model (drop)))
    return FALSE;
  gtk_drop_down_set_selected (drop, position);
  return TRUE;
}
