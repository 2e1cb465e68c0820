/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelFindingPane: see sirkel-finding-pane.h.
 *
 * The pane remembers which finding the coordinator is working on by its id (wanted), not by
 * its row: the document's list model replaces all rows when one is added or removed, and a
 * deleted finding that Undo brings back is chosen again. The editor shows the wanted finding
 * while it is live, even if the filter hides its row.
 *
 * Invariants: kind_filter is "all", "challenge" or "resource"; category_filter is "all",
 * "none" or a category letter; findings and filter are never NULL after init.
 */
#define G_LOG_DOMAIN "sirkel-finding-pane"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-domain.h"
#include "sirkel-finding-editor.h"
#include "sirkel-finding-pane.h"
#include "sirkel-finding-row.h"
#include "sirkel-finding-suggestions-dialog.h"
#include "sirkel-findings.h"
#include "sirkel-gap-list.h"
#include "sirkel-overview-page.h"

struct _SirkelFindingPane
{
  SirkelPage              parent_instance;

  SirkelFindingSummaries *summaries;
  GtkFilterListModel     *findings;
  GtkCustomFilter        *filter;
  char                   *kind_filter;
  char                   *category_filter;
  char                   *wanted;     /* id of the finding being worked on, or NULL */
  gboolean                syncing;    /* the pane itself is selecting a row */
  guint                   scroll_frames;  /* frames scroll_to_selected_cb has run */
  guint                   scroll_tick;    /* its tick callback, or 0 */
  GHashTable             *rejected;   /* indicator ids of rejected suggestions, this session */
  GSignalGroup           *status_signals;
  GSignalGroup           *document_signals;

  /* Template children */
  GtkMenuButton          *filter_button;
  GtkLabel               *filter_label;
  GtkScrolledWindow      *list_scroller;
  GtkListBox             *finding_list;
  GtkLabel               *list_placeholder;
  GtkStack               *content_stack;
  GtkScrolledWindow      *editor_scroller;
  SirkelFindingEditor    *finding_editor;
};

G_DEFINE_FINAL_TYPE (SirkelFindingPane, sirkel_finding_pane, SIRKEL_TYPE_PAGE)

enum {
  PROP_0,
  PROP_KIND_FILTER,
  PROP_CATEGORY_FILTER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_writable (SirkelFindingPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  return document != NULL && !sirkel_document_get_read_only (document);
}

static SirkelEntity *
wanted_finding (SirkelFindingPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelId id;

  if (document == NULL || self->wanted == NULL || !sirkel_id_parse (&id, self->wanted))
    return NULL;
  return sirkel_document_find (document, "finding", &id);
}

static gboolean
passes_filter (gpointer item,
               gpointer user_data)
{
  SirkelFindingPane *self = user_data;
  const char *category = sirkel_entity_get_text (item, "category");

  if (!g_str_equal (self->kind_filter, "all") &&
      g_strcmp0 (sirkel_entity_get_text (item, "kind"), self->kind_filter) != 0)
    return FALSE;
  if (g_str_equal (self->category_filter, "all"))
    return TRUE;
  if (g_str_equal (self->category_filter, "none"))
    return category == NULL;
  return g_strcmp0 (category, self->category_filter) == 0;
}

static void
update_filter_label (SirkelFindingPane *self)
{
  const char *kind;
  g_autofree char *label = NULL;

  if (g_str_equal (self->kind_filter, "challenge"))
    kind = _("Challenges");
  else if (g_str_equal (self->kind_filter, "resource"))
    kind = _("Resources");
  else
    kind = _("Challenges and resources");
  if (g_str_equal (self->category_filter, "all"))
    label = g_strdup (kind);
  else if (g_str_equal (self->category_filter, "none"))
    /* Translators: the list filter's summary: "Challenges · no category". */
    label = g_strdup_printf (_("%s · no category"), kind);
  else
    /* Translators: the list filter's summary: "Challenges · category b". */
    label = g_strdup_printf (_("%s · category %s"), kind, self->category_filter);
  gtk_label_set_label (self->filter_label, label);
  if (g_str_equal (self->kind_filter, "all") && g_str_equal (self->category_filter, "all"))
    gtk_label_set_label (self->list_placeholder, _("No challenges or resources yet"));
  else
    gtk_label_set_label (self->list_placeholder, _("None match the filter"));
}

static void
update_actions (SirkelFindingPane *self)
{
  gboolean writable = is_writable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.suggest", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.delete",
                                 writable && wanted_finding (self) != NULL);
}

/* Scrolls the list to the chosen row once the row has its place, a frame or two later. */
static gboolean
scroll_to_selected_cb (GtkWidget     *list,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  SirkelFindingPane *self = user_data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->finding_list);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  graphene_rect_t bounds;
  double value, page;

  /* A few frames: a new row may still change its height as its title arrives. */
  if (row == NULL || self->scroll_frames++ > 5)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  /* Bounds in the viewport: where the row shows now, the scrolling taken into account. */
  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), gtk_widget_get_parent (list), &bounds) ||
      bounds.size.height <= 0)
    return G_SOURCE_CONTINUE;
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < 0)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > page)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y + bounds.size.height - page);
  return G_SOURCE_CONTINUE;
}

static void
scroll_to_selected (SirkelFindingPane *self)
{
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->finding_list),
                                                      scroll_to_selected_cb, self, NULL);
}

/* Shows the wanted finding in the editor and selects its row, if the filter shows it; a
 * finding that comes back (Undo of its deletion) is scrolled to. */
static void
sync_selection (SirkelFindingPane *self)
{
  SirkelEntity *finding = wanted_finding (self);
  SirkelEntity *before = sirkel_finding_editor_get_finding (self->finding_editor);
  GtkListBoxRow *row = NULL;

  for (int i = 0; finding != NULL; i++)
    {
      row = gtk_list_box_get_row_at_index (self->finding_list, i);
      if (row == NULL || sirkel_finding_row_get_finding (SIRKEL_FINDING_ROW (row)) == finding)
        break;
    }
  self->syncing = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->finding_list, row);
  else
    gtk_list_box_unselect_all (self->finding_list);
  self->syncing = FALSE;
  if (finding == NULL)
    _sirkel_overview_focus_away (gtk_stack_get_child_by_name (self->content_stack, "editor"),
                                 GTK_WIDGET (self->finding_list));
  if (before == NULL && row != NULL)
    scroll_to_selected (self);
  sirkel_finding_editor_set_finding (self->finding_editor, finding);
  gtk_stack_set_visible_child_name (self->content_stack, finding != NULL ? "editor" : "none");
  update_actions (self);
}

static void
want (SirkelFindingPane *self,
      const char        *id)
{
  g_free (self->wanted);
  self->wanted = g_strdup (id);
  sync_selection (self);
  scroll_to_selected (self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return sirkel_finding_row_new (item);
}

static void
row_selected_cb (SirkelFindingPane *self,
                 GtkListBoxRow     *row)
{
  g_autofree char *id = NULL;

  /* A row going away deselects it; that is not the user choosing nothing. */
  if (self->syncing || row == NULL)
    return;
  id = sirkel_entity_dup_id_string (sirkel_finding_row_get_finding (SIRKEL_FINDING_ROW (row)));
  want (self, id);
}

static void
document_changed_cb (SirkelFindingPane *self)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));

  g_clear_pointer (&self->wanted, g_free);
  sirkel_finding_summaries_set_document (self->summaries, document);
  sirkel_finding_editor_set_document (self->finding_editor, document);
  g_signal_group_set_target (self->document_signals, document);
  gtk_filter_list_model_set_model (self->findings, document != NULL
                                   ? sirkel_document_get_list (document, "finding") : NULL);
  sync_selection (self);
}

/* After every action: a finding's kind or category may have moved it in or out of the
 * filter. */
static void
status_changed_cb (SirkelFindingPane *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_selection (self);
}

/* Makes sure the filter shows @finding. */
static void
reveal (SirkelFindingPane *self,
        SirkelEntity      *finding)
{
  if (passes_filter (finding, self))
    return;
  g_object_set (self, "kind-filter", "all", "category-filter", "all", NULL);
}

/* findings.add (s): "challenge" or "resource", in the filter's category if one is chosen. */
static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SirkelFindingPane *self = SIRKEL_FINDING_PANE (widget);
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  const char *kind = g_variant_get_string (parameter, NULL);
  const char *category = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id_text = NULL;
  SirkelId id;

  if (!is_writable (self))
    return;
  if (strlen (self->category_filter) == 1)
    category = self->category_filter;
  if (!sirkel_finding_add (sirkel_document_get_store (document), kind, "", category, NULL, &id,
                           &error))
    {
      _sirkel_overview_toast_error (widget, error);
      return;
    }
  reveal (self, sirkel_document_find (document, "finding", &id));
  id_text = sirkel_id_to_string (&id);
  want (self, id_text);
  sirkel_finding_editor_focus_title (self->finding_editor);
}

/* findings.delete: the finding being worked on, as one action, with Undo in a toast. */
static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelFindingPane *self = SIRKEL_FINDING_PANE (widget);
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelEntity *finding = wanted_finding (self);
  g_autoptr(GError) error = NULL;
  gboolean resource;

  if (!is_writable (self) || finding == NULL)
    return;
  resource = g_strcmp0 (sirkel_entity_get_text (finding, "kind"), "resource") == 0;
  if (!sirkel_finding_remove (sirkel_document_get_store (document), sirkel_entity_get_id (finding),
                              &error))
    {
      _sirkel_overview_toast_error (widget, error);
      return;
    }
  /* wanted keeps the id: if Undo brings the finding back, it is chosen again. */
  sync_selection (self);
  _sirkel_overview_toast (widget, resource ? _("Resource deleted") : _("Challenge deleted"), TRUE);
}

static void
accepted_cb (SirkelFindingPane *self,
             const char        *id)
{
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelId finding;

  if (document != NULL && sirkel_id_parse (&finding, id))
    reveal (self, sirkel_document_find (document, "finding", &finding));
  want (self, id);
}

/* findings.suggest: the challenges the statistics suggest. */
static void
suggest_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SirkelFindingPane *self = SIRKEL_FINDING_PANE (widget);
  SirkelFindingSuggestionsDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!is_writable (self))
    return;
  dialog = sirkel_finding_suggestions_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  sirkel_page_get_document (SIRKEL_PAGE (self)),
                                                  self->rejected);
  g_signal_connect_object (dialog, "accepted", G_CALLBACK (accepted_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GMenuModel *
filter_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) categories = g_menu_new ();

  g_menu_append (kinds, _("Challenges and Resources"), "findings.kind-filter::all");
  g_menu_append (kinds, _("Challenges"), "findings.kind-filter::challenge");
  g_menu_append (kinds, _("Resources"), "findings.kind-filter::resource");
  g_menu_append (categories, _("All Categories"), "findings.category-filter::all");
  for (const char *c = SIRKEL_CATEGORIES; *c != '\0'; c++)
    {
      char code[2] = { *c, '\0' };
      g_autofree char *label = sirkel_category_dup_label (code);
      g_autofree char *action = g_strdup_printf ("findings.category-filter::%c", *c);

      g_menu_append (categories, label, action);
    }
  g_menu_append (categories, _("No Category"), "findings.category-filter::none");
  g_menu_append_section (menu, _("Show"), G_MENU_MODEL (kinds));
  g_menu_append_section (menu, _("Category"), G_MENU_MODEL (categories));
  return G_MENU_MODEL (menu);
}

static void
set_filter (SirkelFindingPane  *self,
            char              **slot,
            const char         *value,
            GParamSpec         *pspec)
{
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
  update_filter_label (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
sirkel_finding_pane_dispose (GObject *object)
{
  SirkelFindingPane *self = SIRKEL_FINDING_PANE (object);

  if (self->finding_list != NULL && self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->finding_list), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->finding_list != NULL)
    gtk_list_box_bind_model (self->finding_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SIRKEL_TYPE_FINDING_PANE);
  g_clear_object (&self->status_signals);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->findings);
  g_clear_object (&self->filter);
  g_clear_object (&self->summaries);
  g_clear_pointer (&self->rejected, g_hash_table_unref);
  g_clear_pointer (&self->kind_filter, g_free);
  g_clear_pointer (&self->category_filter, g_free);
  g_clear_pointer (&self->wanted, g_free);

  G_OBJECT_CLASS (sirkel_finding_pane_parent_class)->dispose (object);
}

static void
sirkel_finding_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SirkelFindingPane *self = SIRKEL_FINDING_PANE (object);

  switch (prop_id)
    {
    case PROP_KIND_FILTER:
      g_value_set_string (value, self->kind_filter);
      break;
    case PROP_CATEGORY_FILTER:
      g_value_set_string (value, self->category_filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_finding_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SirkelFindingPane *self = SIRKEL_FINDING_PANE (object);
  const char *text = g_value_get_string (value);
  static const char * const kinds[] = { "all", "challenge", "resource", NULL };

  switch (prop_id)
    {
    case PROP_KIND_FILTER:
      g_return_if_fail (text != NULL && g_strv_contains (kinds, text));
      set_filter (self, &self->kind_filter, text, pspec);
      break;
    case PROP_CATEGORY_FILTER:
      g_return_if_fail (text != NULL);
      g_return_if_fail (g_str_equal (text, "all") || g_str_equal (text, "none") ||
                        (strlen (text) == 1 && strchr (SIRKEL_CATEGORIES, *text) != NULL));
      set_filter (self, &self->category_filter, text, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_finding_pane_class_init (SirkelFindingPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sirkel_finding_pane_dispose;
  object_class->get_property = sirkel_finding_pane_get_property;
  object_class->set_property = sirkel_finding_pane_set_property;

  properties [PROP_KIND_FILTER] =
    g_param_spec_string ("kind-filter", NULL, NULL, "all",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_CATEGORY_FILTER] =
    g_param_spec_string ("category-filter", NULL, NULL, "all",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SIRKEL_TYPE_FINDING_EDITOR);
  g_type_ensure (SIRKEL_TYPE_GAP_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, SIRKEL_RESOURCE_PATH
                                               "/ui/sirkel-finding-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, filter_button);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, filter_label);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, finding_list);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, list_placeholder);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, SirkelFindingPane, finding_editor);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);

  gtk_widget_class_install_action (widget_class, "findings.add", "s", add_action_cb);
  gtk_widget_class_install_action (widget_class, "findings.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "findings.suggest", NULL, suggest_action_cb);
  gtk_widget_class_install_property_action (widget_class, "findings.kind-filter", "kind-filter");
  gtk_widget_class_install_property_action (widget_class, "findings.category-filter",
                                            "category-filter");
}

static void
sirkel_finding_pane_init (SirkelFindingPane *self)
{
  g_autoptr(GMenuModel) menu = filter_menu ();

  self->kind_filter = g_strdup ("all");
  self->category_filter = g_strdup ("all");
  self->rejected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->summaries = sirkel_finding_summaries_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_menu_model (self->filter_button, menu);
  sirkel_finding_editor_set_summaries (self->finding_editor, self->summaries);
  self->filter = gtk_custom_filter_new (passes_filter, self, NULL);
  self->findings = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (self->finding_list, G_LIST_MODEL (self->findings), create_row_cb, self,
                           NULL);
  /* After the list box's own handler, so that the rows exist. */
  g_signal_connect_object (self->findings, "items-changed", G_CALLBACK (sync_selection), self,
                           G_CONNECT_SWAPPED);

  self->status_signals = g_signal_group_new (SIRKEL_TYPE_PROJECT_STATUS);
  g_signal_group_connect_object (self->status_signals, "changed", G_CALLBACK (status_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  g_object_bind_property (self, "status", self->status_signals, "target", G_BINDING_SYNC_CREATE);
  self->document_signals = g_signal_group_new (SIRKEL_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::read-only",
                                 G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  update_filter_label (self);
  sync_selection (self);
}

/**
 * sirkel_finding_pane_get_selected:
 *
 * Returns: (transfer none) (nullable): the challenge or resource in the editor
 */
SirkelEntity *
sirkel_finding_pane_get_selected (SirkelFindingPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_PANE (self), NULL);

  return wanted_finding (self);
}

/* Opens @finding in the editor, as a click on its row would. */
void
sirkel_finding_pane_select (SirkelFindingPane *self,
                            SirkelEntity      *finding)
{
  g_autofree char *id = NULL;

  g_return_if_fail (SIRKEL_IS_FINDING_PANE (self));
  g_return_if_fail (finding == NULL || SIRKEL_IS_ENTITY (finding));

  if (finding != NULL)
    {
      reveal (self, finding);
      id = sirkel_entity_dup_id_string (finding);
    }
  want (self, id);
}

/**
 * sirkel_finding_pane_select_id:
 * @id: (nullable): a finding's id as text
 *
 * Opens the finding with @id in the editor from elsewhere (view.show-item): its row selected
 * and scrolled to (the filter cleared if it hid the row), the editor at its top. A deleted
 * finding leaves the list with nothing selected, and is chosen again if Undo brings it back.
 *
 * Returns: whether the finding is live and shown
 */
gboolean
sirkel_finding_pane_select_id (SirkelFindingPane *self,
                               const char        *id)
{
  SirkelDocument *document;
  SirkelEntity *finding = NULL;
  SirkelId parsed;

  g_return_val_if_fail (SIRKEL_IS_FINDING_PANE (self), FALSE);

  document = sirkel_page_get_document (SIRKEL_PAGE (self));
  if (document != NULL && id != NULL && sirkel_id_parse (&parsed, id))
    finding = sirkel_document_find (document, "finding", &parsed);
  if (finding != NULL)
    reveal (self, finding);
  want (self, id);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->editor_scroller), 0);
  return finding != NULL;
}

/* Moves the keyboard focus to the selected row, or to the list if none is. */
void
sirkel_finding_pane_focus_selected (SirkelFindingPane *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (SIRKEL_IS_FINDING_PANE (self));

  row = gtk_list_box_get_selected_row (self->finding_list);
  if (row == NULL || !gtk_widget_grab_focus (GTK_WIDGET (row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->finding_list));
}

/* The rows the list shows under the current filter. */
guint
sirkel_finding_pane_count_shown (SirkelFindingPane *self)
{
  g_return_val_if_fail (SIRKEL_IS_FINDING_PANE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->findings));
}
