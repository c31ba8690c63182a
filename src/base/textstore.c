/* textstore.c — the process's text store.
 *
 * Texts are appended to blocks of BLOCK bytes (a longer text gets a block of its own)
 * at increasing offsets; a handle packs the offset (40 bits) and the length (24 bits),
 * offset + 1 so that no text is 0. Once the blocks in memory pass the limit, the
 * oldest full ones are written to an unlinked temporary file at their offsets and
 * freed; a text is then read back with pread(). One mutex guards it all: adding is a
 * memcpy, and reading happens when a report is written.
 */
#include "base/textstore.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#define BLOCK ((gsize) 1 << 20)
#define DEFAULT_MEMORY_LIMIT ((gsize) 32 << 20)

typedef struct {
  guint64 offset;   /* of its first byte */
  gsize size;       /* bytes used */
  gsize capacity;
  char *bytes;      /* NULL once written to the file */
} Block;

static struct {
  GMutex lock;
  GArray *blocks;   /* Block, by offset */
  guint64 end;      /* offset after the last text */
  gsize in_memory;  /* bytes of the blocks in memory */
  gsize limit;
  guint first_in_memory;
  int fd;           /* the file, or -1 until one is needed */
  gboolean no_file; /* a file could not be made: everything stays in memory */
  /* The last stretch read from the file: the claims a report prints one after
   * another mostly come from one stretch. */
  char *window;
  guint64 window_offset;
  gsize window_size;
} store = {.limit = DEFAULT_MEMORY_LIMIT, .fd = -1};

#define WINDOW ((gsize) 256 * 1024)

static void
open_file (void)
{
  g_autofree char *path = NULL;

  store.fd = g_file_open_tmp ("contra-texts-XXXXXX", &path, NULL);
  if (store.fd < 0)
    {
      store.no_file = TRUE;
      return;
    }
  g_unlink (path);
}

static gboolean
write_block (const Block *block)
{
  gsize done = 0;

  while (done < block->size)
    {
      gssize n = pwrite (store.fd, block->bytes + done, block->size - done, (off_t) (block->offset + done));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += (gsize) n;
    }
  return TRUE;
}

/* Moves the oldest full blocks to the file until the rest fit the limit. */
static void
spill (void)
{
  while (store.in_memory > store.limit && store.first_in_memory + 1 < store.blocks->len && !store.no_file)
    {
      Block *block = &g_array_index (store.blocks, Block, store.first_in_memory);
      if (store.fd < 0)
        open_file ();
      if (store.no_file || !write_block (block))
        {
          store.no_file = TRUE; /* a full disk: keep texts in memory */
          return;
        }
      store.in_memory -= block->capacity;
      g_clear_pointer (&block->bytes, g_free);
      store.first_in_memory++;
    }
}

ContraText
contra_text_add (const char *text, gssize length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;

  if (n > CONTRA_TEXT_MAX_LENGTH)
    {
      /* Cut before the character the limit falls in, so that UTF-8 stays UTF-8 (up
       * to three continuation bytes back; text that is not UTF-8 is cut anywhere). */
      n = CONTRA_TEXT_MAX_LENGTH;
      for (int k = 0; k < 3 && ((guchar) text[n] & 0xC0) == 0x80; k++)
        n--;
    }
  g_mutex_lock (&store.lock);
  if (store.blocks == NULL)
    store.blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  Block *last = store.blocks->len > 0 ? &g_array_index (store.blocks, Block, store.blocks->len - 1) : NULL;
  if (last == NULL || last->capacity - last->size < n)
    {
      Block block = {store.end, 0, MAX (BLOCK, n), NULL};
      block.bytes = g_malloc (block.capacity);
      g_array_append_val (store.blocks, block);
      store.in_memory += block.capacity;
      last = &g_array_index (store.blocks, Block, store.blocks->len - 1);
    }
  guint64 offset = last->offset + last->size;
  memcpy (last->bytes + last->size, text, n);
  last->size += n;
  store.end = offset + n;
  spill ();
  g_mutex_unlock (&store.lock);
  return ((offset + 1) << 24) | n;
}

/* The block that holds @offset. */
static const Block *
find_block (guint64 offset)
{
  guint lo = 0, hi = store.blocks->len;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (store.blocks, Block, mid).offset <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return &g_array_index (store.blocks, Block, lo);
}

char *
contra_text_get (ContraText handle)
{
  if (handle == 0)
    return NULL;

  guint64 offset = (handle >> 24) - 1;
  gsize n = handle & CONTRA_TEXT_MAX_LENGTH;
  char *out = g_malloc (n + 1);

  g_mutex_lock (&store.lock);
  const Block *block = find_block (offset);
  if (block->bytes != NULL)
    memcpy (out, block->bytes + (offset - block->offset), n);
  else if (store.window != NULL && offset >= store.window_offset
           && offset + n <= store.window_offset + store.window_size)
    memcpy (out, store.window + (offset - store.window_offset), n);
  else
    {
      /* Read a window from the text on, as far as its block goes. */
      gsize want = MAX (n, MIN (WINDOW, block->offset + block->size - offset));
      store.window = g_realloc (store.window, MAX (want, WINDOW));
      store.window_offset = offset;
      store.window_size = 0;
      while (store.window_size < want)
        {
          gssize got = pread (store.fd, store.window + store.window_size, want - store.window_size,
                              (off_t) (offset + store.window_size));
          if (got < 0 && errno == EINTR)
            continue;
          if (got <= 0)
            break;
          store.window_size += (gsize) got;
        }
      /* A file that cannot be read back (it was just written) leaves a gap. */
      gsize have = MIN (n, store.window_size);
      memcpy (out, store.window, have);
      memset (out + have, ' ', n - have);
    }
  g_mutex_unlock (&store.lock);
  out[n] = '\0';
  return out;
}

void
contra_text_store_set_memory_limit (gsize bytes)
{
  g_mutex_lock (&store.lock);
  store.limit = bytes;
  g_mutex_unlock (&store.lock);
}
