/* utf8.c — raw bytes to valid UTF-8.
 *
 * Valid stretches are found with g_utf8_validate_len() and copied whole, so a clean
 * file costs one validation pass and one copy. Each byte at which validation stops is
 * replaced on its own: a truncated three-byte sequence gives three U+FFFD, one per
 * byte, so that every reported offset is a real byte of the input.
 */
#include "text/utf8.h"

#include <string.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

char *
contra_utf8_decode (const char *bytes,
                    gsize length,
                    gsize *out_length,
                    GArray *invalid,
                    gboolean *had_bom)
{
  g_return_val_if_fail (bytes != NULL || length == 0, NULL);

  gsize start = 0;
  if (length >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  if (had_bom != NULL)
    *had_bom = start == 3;

  /* The fast path: a valid file is copied as is. */
  const char *valid_end;
  if (g_utf8_validate_len (bytes + start, length - start, &valid_end))
    {
      char *copy = g_malloc (length - start + 1);
      memcpy (copy, bytes + start, length - start);
      copy[length - start] = '\0';
      if (out_length != NULL)
        *out_length = length - start;
      return copy;
    }

  GString *out = g_string_sized_new (length - start + 16);
  gsize i = start;
  while (i < length)
    {
      if (!g_utf8_validate_len (bytes + i, length - i, &valid_end))
        {
          gsize good = (gsize) (valid_end - (bytes + i));
          g_string_append_len (out, bytes + i, (gssize) good);
          i += good;
          /* A NUL is "invalid" to glib too; callers that care reject it first
           * (contra_utf8_find_nul), here it is replaced like any other bad byte. */
          if (invalid != NULL)
            g_array_append_val (invalid, i);
          g_string_append (out, REPLACEMENT);
          i++;
        }
      else
        {
          g_string_append_len (out, bytes + i, (gssize) (length - i));
          i = length;
        }
    }
  if (out_length != NULL)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

gssize
contra_utf8_find_nul (const char *bytes, gsize length)
{
  g_return_val_if_fail (bytes != NULL || length == 0, -1);

  if (length == 0)
    return -1;
  const char *nul = memchr (bytes, '\0', length);
  return nul != NULL ? (gssize) (nul - bytes) : -1;
}
