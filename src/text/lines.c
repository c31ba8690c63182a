/* lines.c — byte offsets to 1-based lines and columns.
 *
 * The index is the start offset of every line, found in one pass. A position is a
 * binary search for the line and a count of characters from the line start; the
 * last answer is kept, so a query further along the same line (or a little way
 * back) counts only the characters in between. Columns skip combining marks, so that "Quốc" is four
 * columns whether its vowel is precomposed or built from a base and two marks.
 */
#include "text/lines.h"

#include <string.h>

struct _ContraLineIndex
{
  const char *text;
  gsize length;
  GArray *starts;     /* gsize: where each line begins, plus one after a final break */
  guint count;

  /* The last answer, reused by a query that moves forward in the same line. */
  guint last_line;    /* index into starts */
  gsize last_offset;
  guint last_column;
};

ContraLineIndex *
contra_line_index_new (const char *text, gsize length)
{
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  ContraLineIndex *index = g_new0 (ContraLineIndex, 1);
  gsize zero = 0;

  index->text = text;
  index->length = length;
  index->starts = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 64);
  index->last_column = 1; /* the answer for offset 0 */
  g_array_append_val (index->starts, zero);

  if (length > 0 && memchr (text, '\r', length) == NULL)
    {
      /* LF only, the common case: memchr does the walking. */
      const char *p = text, *end = text + length;
      const char *nl;
      while ((nl = memchr (p, '\n', (gsize) (end - p))) != NULL)
        {
          gsize next = (gsize) (nl - text) + 1;
          g_array_append_val (index->starts, next);
          p = nl + 1;
        }
    }
  else
    {
      for (gsize i = 0; i < length; i++)
        {
          if (text[i] == '\r')
            {
              if (i + 1 < length && text[i + 1] == '\n')
                i++;
            }
          else if (text[i] != '\n')
            continue;
          gsize next = i + 1;
          g_array_append_val (index->starts, next);
        }
    }

  /* A break at the very end starts no further line worth counting, though a
   * position at the end of the text is on that empty line. */
  index->count = index->starts->len;
  if (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\r'))
    index->count--;
  return index;
}

void
contra_line_index_free (ContraLineIndex *index)
{
  if (index == NULL)
    return;
  g_array_unref (index->starts);
  g_free (index);
}

guint
contra_line_index_count (const ContraLineIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);
  return index->count;
}

static inline gsize
start_of (const ContraLineIndex *index, guint i)
{
  return g_array_index (index->starts, gsize, i);
}

/* The characters that start in text[from, to), not counting combining marks. Each
 * byte counts on its own, so counts over adjacent ranges add up. */
static guint
count_columns (const ContraLineIndex *index, gsize from, gsize to)
{
  const char *text = index->text;
  guint n = 0;

  for (gsize i = from; i < to; i++)
    {
      guchar c = (guchar) text[i];
      if (c < 0x80)
        n++;
      else if (c >= 0xC0)
        {
          /* U+0300..U+036F (lead bytes 0xCC, 0xCD) are the usual marks; others are
           * looked up. */
          if (c == 0xCC || c == 0xCD)
            continue;
          if (!g_unichar_ismark (g_utf8_get_char_validated (text + i, (gssize) (index->length - i))))
            n++;
        }
      /* continuation bytes are part of a character already counted */
    }
  return n;
}

void
contra_line_index_position (ContraLineIndex *index,
                            gsize offset,
                            guint *line,
                            guint *column)
{
  g_return_if_fail (index != NULL);

  if (offset > index->length)
    offset = index->length;

  guint n = index->starts->len;
  guint found;
  gsize last_start = start_of (index, index->last_line);
  gsize last_next = index->last_line + 1 < n ? start_of (index, index->last_line + 1)
                                             : G_MAXSIZE;

  if (offset >= last_start && offset < last_next)
    {
      found = index->last_line;
      if (offset >= index->last_offset)
        {
          index->last_column += count_columns (index, index->last_offset, offset);
          index->last_offset = offset;
          goto answer;
        }
      /* A step back (a claim's end, then the start of an overlapping one) counts
       * back from the last answer when that is shorter than from the line start. */
      if (index->last_offset - offset < offset - last_start)
        {
          index->last_column -= count_columns (index, offset, index->last_offset);
          index->last_offset = offset;
          goto answer;
        }
    }
  else
    {
      /* The last line whose start is <= offset. */
      guint lo = 0, hi = n;
      while (hi - lo > 1)
        {
          guint mid = lo + (hi - lo) / 2;
          if (start_of (index, mid) <= offset)
            lo = mid;
          else
            hi = mid;
        }
      found = lo;
    }

  index->last_line = found;
  index->last_offset = offset;
  index->last_column = 1 + count_columns (index, start_of (index, found), offset);

answer:
  if (line != NULL)
    *line = index->last_line + 1;
  if (column != NULL)
    *column = index->last_column;
}

gsize
contra_line_index_line_start (const ContraLineIndex *index, guint line)
{
  g_return_val_if_fail (index != NULL, 0);

  if (line == 0)
    line = 1;
  if (line > index->starts->len)
    return index->length;
  return start_of (index, line - 1);
}

gsize
contra_line_index_line_end (const ContraLineIndex *index, guint line)
{
  g_return_val_if_fail (index != NULL, 0);

  if (line == 0)
    line = 1;
  if (line >= index->starts->len)
    return index->length;

  gsize next = start_of (index, line);
  gsize start = start_of (index, line - 1);
  gsize end = next - 1; /* the break's last byte */
  if (index->text[end] == '\n' && end > start && index->text[end - 1] == '\r')
    end--;
  return end;
}
