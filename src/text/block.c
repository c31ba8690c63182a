/* block.c — mapping a block's clean text back to its source. */
#include "text/block.h"

void
contra_block_free (ContraBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->text);
  if (block->runs != NULL)
    g_array_unref (block->runs);
  g_free (block);
}

gsize
contra_block_source_offset (const ContraBlock *block, gsize clean, gboolean is_end)
{
  g_return_val_if_fail (block != NULL && block->runs != NULL && block->runs->len > 0, 0);

  const ContraRun *runs = (const ContraRun *) (void *) block->runs->data;
  guint n = block->runs->len;

  if (clean > block->length)
    clean = block->length;
  /* An end maps from the character before it, so that it lands right after that
   * character and never on markup removed after it. */
  gsize probe = is_end && clean > 0 ? clean - 1 : clean;
  if (!is_end && clean == block->length && clean > 0)
    probe = clean - 1;

  guint lo = 0, hi = n;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      if (runs[mid].clean <= probe)
        lo = mid;
      else
        hi = mid;
    }
  return runs[lo].source + (clean - runs[lo].clean);
}
