/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UUIDs as 16 raw bytes. Random ids come from g_uuid_string_random (); the example generator
 * derives reproducible ids from a seeded GRand so that the example file is the same every time.
 */
#define G_LOG_DOMAIN "sirkel-id"

#include "config.h"

#include <string.h>

#include "sirkel-id.h"

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/**
 * sirkel_id_parse:
 * @id: (out): where to store the id
 * @text: a UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
 *
 * Returns: %TRUE if @text was a well-formed UUID
 */
gboolean
sirkel_id_parse (SirkelId   *id,
                 const char *text)
{
  guint n = 0;

  g_return_val_if_fail (id != NULL, FALSE);

  if (text == NULL || strlen (text) != SIRKEL_ID_STRING_LEN)
    return FALSE;
  for (guint i = 0; i < SIRKEL_ID_STRING_LEN; i++)
    {
      int hi, lo;

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (text[i] != '-')
            return FALSE;
          continue;
        }
      hi = hex_value (text[i]);
      lo = hex_value (text[i + 1]);
      if (hi < 0 || lo < 0 || n >= SIRKEL_ID_LEN)
        return FALSE;
      id->bytes[n++] = (guint8) (hi << 4 | lo);
      i++;
    }
  return n == SIRKEL_ID_LEN;
}

void
sirkel_id_random (SirkelId *id)
{
  g_autofree char *text = g_uuid_string_random ();

  g_return_if_fail (id != NULL);

  if (!sirkel_id_parse (id, text))
    g_assert_not_reached ();
}

/* A version-4-shaped UUID from a seeded generator: deterministic, never used for real files. */
void
sirkel_id_from_rand (SirkelId *id,
                     GRand    *rand)
{
  g_return_if_fail (id != NULL);
  g_return_if_fail (rand != NULL);

  for (guint i = 0; i < SIRKEL_ID_LEN; i += 4)
    {
      guint32 r = g_rand_int (rand);

      memcpy (id->bytes + i, &r, 4);
    }
  id->bytes[6] = (id->bytes[6] & 0x0f) | 0x40;
  id->bytes[8] = (id->bytes[8] & 0x3f) | 0x80;
}

gboolean
sirkel_id_from_bytes (SirkelId   *id,
                      const void *data,
                      gsize       len)
{
  g_return_val_if_fail (id != NULL, FALSE);

  if (data == NULL || len != SIRKEL_ID_LEN)
    return FALSE;
  memcpy (id->bytes, data, SIRKEL_ID_LEN);
  return TRUE;
}

char *
sirkel_id_to_string (const SirkelId *id)
{
  const guint8 *b;

  g_return_val_if_fail (id != NULL, NULL);

  b = id->bytes;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                          b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

gboolean
sirkel_id_equal (const SirkelId *a,
                 const SirkelId *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return memcmp (a->bytes, b->bytes, SIRKEL_ID_LEN) == 0;
}

gboolean
sirkel_id_is_zero (const SirkelId *id)
{
  static const guint8 zero[SIRKEL_ID_LEN] = { 0 };

  g_return_val_if_fail (id != NULL, TRUE);

  return memcmp (id->bytes, zero, SIRKEL_ID_LEN) == 0;
}
