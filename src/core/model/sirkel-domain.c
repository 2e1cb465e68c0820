/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain vocabularies; see sirkel-domain.h.
 */
#define G_LOG_DOMAIN "sirkel-domain"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sirkel-domain.h"

/**
 * sirkel_category_label:
 * @category: 'a' … 'f'
 *
 * Returns: the name of the forskrift § 3 category
 */
const char *
sirkel_category_label (char category)
{
  switch (category)
    {
    case 'a': return _("Population composition");
    case 'b': return _("Upbringing and living conditions");
    case 'c': return _("Physical, biological, chemical and social environment");
    case 'd': return _("Injuries and accidents");
    case 'e': return _("Health-related behaviour");
    case 'f': return _("Health status");
    default: g_return_val_if_reached ("");
    }
}
