/* checksum.c — a fast 64-bit checksum (checksum.h). */
#include "base/checksum.h"

#include <string.h>

/* By words, not bytes: a byte at a time was a third of reading a tree back. */
guint64
contra_checksum (const guint8 *data, gsize length)
{
  guint64 hash = G_GUINT64_CONSTANT (14695981039346656037) ^ length;
  gsize i = 0;

  for (guint64 word; i + 8 <= length; i += 8)
    {
      memcpy (&word, data + i, 8);
      hash = (hash ^ GUINT64_FROM_LE (word)) * G_GUINT64_CONSTANT (1099511628211);
      hash ^= hash >> 29;
    }
  guint64 last = 0;
  for (guint k = 0; i < length; i++, k++)
    last |= (guint64) data[i] << (8 * k);
  hash = (hash ^ last) * G_GUINT64_CONSTANT (1099511628211);
  return hash ^ (hash >> 32);
}
