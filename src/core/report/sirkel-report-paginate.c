/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Placing measured blocks on pages (see sirkel-report-layout.c for the measuring and the rules):
 * runs of units fill a page down to the foot of the type area; a page may end only before a
 * unit that allows it; a heading that would be left alone at a page's foot moves to the next
 * page, taking a heading just above it along; a figure a little too tall for the rest of a page
 * is drawn smaller there; a table continued on a new page starts with its header row again.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include "sirkel-report-private.h"

typedef struct
{
  SirkelReport *report;
  GArray       *page;   /* the current page's fragments */
  double        y;      /* where the next unit goes */
} Paginator;

static void
new_page (Paginator *p)
{
  p->page = g_array_new (FALSE, FALSE, sizeof (ReportFragment));
  g_ptr_array_add (p->report->pages, p->page);
  p->y = REPORT_MARGIN_TOP;
}

/* The height a block needs before its first possible page break, and for a heading the start
 * of what it keeps with. */
static double
min_start (SirkelReport *self,
           guint         index,
           guint         depth)
{
  ReportBlock *block;
  double height = 0;

  if (index >= self->blocks->len || depth > 3)
    return 0;
  block = g_ptr_array_index (self->blocks, index);
  if (block->kind == BLOCK_FIGURE)
    return g_array_index (block->units, ReportUnit,
                          0).height - block->figure_height * (1 - REPORT_FIGURE_MIN_SCALE);
  for (guint i = 0; block->units != NULL && i < block->units->len; i++)
    {
      ReportUnit *unit = &g_array_index (block->units, ReportUnit, i);

      if (i > 0 && unit->break_before)
        break;
      height += unit->height;
    }
  if (block->keep_with_next && index + 1 < self->blocks->len)
    {
      ReportBlock *next = g_ptr_array_index (self->blocks, index + 1);

      height += MAX (block->space_after,
                     next->space_before) + min_start (self, index + 1, depth + 1);
    }
  return height;
}

static void
place_block (Paginator *p,
             guint      index,
             double     gap_after_previous)
{
  SirkelReport *self = p->report;
  ReportBlock *block = g_ptr_array_index (self->blocks, index);
  GArray *units = block->units;
  gboolean placed = FALSE;
  double gap;
  guint i = 0;

  if (block->kind == BLOCK_PAGE_BREAK)
    {
      if (p->page->len > 0)
        new_page (p);
      return;
    }
  if (block->starts_page && p->page->len > 0)
    new_page (p);
  gap = p->page->len > 0 ? MAX (gap_after_previous, block->space_before) : 0;

  if (block->keep_with_next && p->page->len > 0 &&
      p->y + gap + min_start (self, index, 0) > REPORT_TEXT_BOTTOM)
    {
      ReportFragment *last = &g_array_index (p->page, ReportFragment, p->page->len - 1);
      ReportBlock *previous = g_ptr_array_index (self->blocks, last->block);
      ReportFragment moved = *last;

      /* A heading just before this one goes along, so that none is left at a page's foot. */
      if (previous->kind == BLOCK_HEADING && p->page->len > 1 && last->block + 1 == index)
        {
          g_array_set_size (p->page, p->page->len - 1);
          new_page (p);
          moved.y = p->y;
          previous->page = self->pages->len - 1;
          g_array_append_val (p->page, moved);
          p->y += g_array_index (previous->units, ReportUnit, 0).height;
          gap = MAX (previous->space_after, block->space_before);
        }
      else
        {
          new_page (p);
          gap = 0;
        }
    }

  block->page = self->pages->len - 1;
  while (i < units->len)
    {
      double extra = placed ? block->repeat_height : 0;
      double top = p->y + (placed ? 0 : gap);
      double height = extra, fit_height = extra;
      guint j = i, end = i;
      ReportFragment fragment;

      while (j < units->len && top + height + g_array_index (units, ReportUnit,
                                                             j).height <= REPORT_TEXT_BOTTOM + 0.01)
        {
          height += g_array_index (units, ReportUnit, j).height;
          j++;
          if (j == units->len || g_array_index (units, ReportUnit, j).break_before)
            {
              end = j;
              fit_height = height;
            }
        }
      if (end == i && block->kind == BLOCK_FIGURE && p->page->len > 0)
        {
          /* A figure a little too tall for the rest of the page is drawn smaller there rather
           * than leave the rest of the page empty. */
          ReportUnit *unit = &g_array_index (units, ReportUnit, 0);
          double room = REPORT_TEXT_BOTTOM - top, text = unit->height - block->figure_height;

          if (room - text >= block->figure_height * REPORT_FIGURE_MIN_SCALE)
            {
              block->figure_height = room - text;
              unit->height = room;
              end = 1;
              fit_height = room;
            }
        }
      if (end == i)
        {
          if (p->page->len > 0)
            {
              new_page (p);
              if (!placed)
                {
                  gap = 0;
                  block->page = self->pages->len - 1;
                }
              continue;
            }
          /* Nothing fits even on an empty page: place up to the next break anyway. */
          fit_height = extra;
          do
            fit_height += g_array_index (units, ReportUnit, end++).height;
          while (end < units->len && !g_array_index (units, ReportUnit, end).break_before);
        }
      fragment.block = index;
      fragment.first = i;
      fragment.n = end - i;
      fragment.y = top;
      fragment.continued = placed;
      g_array_append_val (p->page, fragment);
      p->y = top + fit_height;
      placed = TRUE;
      i = end;
      if (i < units->len)
        new_page (p);
    }
  if (block->kind == BLOCK_TITLE_PAGE)
    new_page (p);
}

/**
 * report_layout:
 *
 * Measures every block and places it on pages; does nothing when the layout is current.
 *
 * Returns: %FALSE when @cancellable was cancelled
 */
gboolean
report_layout (SirkelReport  *self,
               GCancellable  *cancellable,
               GError       **error)
{
  Paginator p = { self, NULL, 0 };
  double gap = 0;

  if (self->laid_out && report_fonts_are_current (self))
    return TRUE;
  report_clear_layout (self);
  report_set_up_fonts (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      if (i % 16 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          report_clear_layout (self);
          return FALSE;
        }
      report_measure_block (self, i);
    }

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  new_page (&p);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      ReportBlock *block = g_ptr_array_index (self->blocks, i);

      place_block (&p, i, gap);
      gap = block->space_after;
    }
  /* No empty page at the end (after a title page or a page break). */
  if (self->pages->len > 1 && ((GArray *) g_ptr_array_index (self->pages,
                                                             self->pages->len - 1))->len == 0)
    g_ptr_array_set_size (self->pages, self->pages->len - 1);
  self->laid_out = TRUE;
  return TRUE;
}

/**
 * sirkel_report_get_page_size:
 * @width: (out): the page width in points (A4: 595.276)
 * @height: (out): the page height in points (A4: 841.89)
 */
void
sirkel_report_get_page_size (double *width,
                             double *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  *width = REPORT_PAGE_WIDTH;
  *height = REPORT_PAGE_HEIGHT;
}

/**
 * sirkel_report_paginate:
 * @cancellable: (nullable): checked between blocks
 *
 * Lays the document out on pages now; the other page functions do it on first use. Adding a
 * block afterwards makes the layout stale, and it is redone on the next use.
 *
 * Returns: %FALSE with @error set only when cancelled
 */
gboolean
sirkel_report_paginate (SirkelReport  *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_return_val_if_fail (SIRKEL_IS_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return report_layout (self, cancellable, error);
}

/**
 * sirkel_report_get_n_pages:
 *
 * Returns: the number of pages, at least 1
 */
guint
sirkel_report_get_n_pages (SirkelReport *self)
{
  g_return_val_if_fail (SIRKEL_IS_REPORT (self), 0);

  report_layout (self, NULL, NULL);
  return self->pages->len;
}
