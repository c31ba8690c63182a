/* markup.c — prose blocks from Markdown or plain text.
 *
 * Two passes per block. The block pass walks the lines, decides which lines make a
 * block (and which are code, HTML, tables or front matter and make none), and copies
 * the block's lines into an intermediate text with the container markers ("> ",
 * "- ", indentation) left out and each line break turned into one space. The inline
 * pass then removes inline markup from that text (emphasis, code span backticks, link
 * targets, autolinks, HTML tags, escapes) and writes the clean text. Both passes
 * record runs, so every clean byte maps back to its source byte; bytes in ignored
 * ranges are never copied, which cuts them out of any block they overlap.
 *
 * Markdown follows CommonMark where it matters for prose (flanking rules for
 * emphasis, code spans binding tighter than emphasis, link destinations, which
 * lines may interrupt a paragraph) and is simpler elsewhere: the only container
 * tracked is the current list item's content column, a block quote holds
 * paragraphs only (code fenced inside a quote is read as text), and link reference
 * definitions are recognised by their first line. Everything is linear in the
 * input: brackets, backtick runs and emphasis delimiters are matched with stacks
 * or precomputed tables, never by rescanning.
 *
 * Plain text has no markup but backslash escapes; its structure is guessed: the
 * layout (a paragraph per line, or hard-wrapped paragraphs between blank lines),
 * headings (short lines without final punctuation), and paragraphs broken in two
 * by page debris, which are joined again (for Markdown too).
 */
#include "text/markup.h"

#include <string.h>

/* ---------------------------------------------------------------------------------
 * Characters */

static inline gboolean
is_ascii_punct (guchar c)
{
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
         || (c >= 0x7B && c <= 0x7E);
}

static inline gboolean
is_unicode_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

/* The length of the white-space character at text[i] (before @end), or 0. */
static inline gsize
space_len (const char *text, gsize i, gsize end)
{
  guchar c = (guchar) text[i];

  if (c < 0x80)
    return (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') ? 1 : 0;
  gunichar u = g_utf8_get_char_validated (text + i, (gssize) (end - i));
  if (u == (gunichar) -1 || u == (gunichar) -2 || !is_unicode_space (u))
    return 0;
  return (gsize) (g_utf8_next_char (text + i) - (text + i));
}

static gboolean
is_blank (const char *text, gsize start, gsize end)
{
  gsize i = start;

  while (i < end)
    {
      gsize n = space_len (text, i, end);
      if (n == 0)
        return FALSE;
      i += n;
    }
  return TRUE;
}

/* The character before byte @i of @text (a space at the start). */
static gunichar
char_before (const char *text, gsize i)
{
  if (i == 0)
    return ' ';
  const char *p = g_utf8_find_prev_char (text, text + i);
  return p != NULL ? g_utf8_get_char (p) : ' ';
}

static gunichar
char_at (const char *text, gsize i, gsize n)
{
  if (i >= n)
    return ' ';
  if ((guchar) text[i] < 0x80)
    return (guchar) text[i];
  return g_utf8_get_char (text + i);
}

static gboolean
is_punct_char (gunichar c)
{
  return c < 0x80 ? is_ascii_punct ((guchar) c) : g_unichar_ispunct (c);
}

/* ---------------------------------------------------------------------------------
 * A growing clean text with its runs */

typedef struct
{
  GString *text;
  GArray *runs;     /* ContraRun */
  gsize source_end; /* the source offset that continues the last run */
} Builder;

static void
builder_init (Builder *b)
{
  b->text = g_string_new (NULL);
  b->runs = g_array_new (FALSE, FALSE, sizeof (ContraRun));
  b->source_end = G_MAXSIZE;
}

static void
builder_reset (Builder *b)
{
  g_string_truncate (b->text, 0);
  g_array_set_size (b->runs, 0);
  b->source_end = G_MAXSIZE;
}

static void
builder_clear (Builder *b)
{
  if (b->text != NULL)
    g_string_free (b->text, TRUE);
  if (b->runs != NULL)
    g_array_unref (b->runs);
  b->text = NULL;
  b->runs = NULL;
}

/* Makes room for @n more bytes at once, so that a 50 MB line is not grown by
 * doubling and copying. */
static void
builder_reserve (Builder *b, gsize n)
{
  gsize len = b->text->len;

  if (b->text->allocated_len > len + n)
    return;
  g_string_set_size (b->text, len + n);
  g_string_truncate (b->text, len);
}

/* Appends @n bytes that are source[source, source + n), or stand in for it byte for
 * byte (a line break written as a space). */
static void
builder_emit (Builder *b, const char *bytes, gsize n, gsize source)
{
  if (n == 0)
    return;
  if (b->runs->len == 0 || source != b->source_end)
    {
      ContraRun run = {b->text->len, source};
      g_array_append_val (b->runs, run);
    }
  g_string_append_len (b->text, bytes, (gssize) n);
  b->source_end = source + n;
}

/* Appends @n bytes that stand for source text of another length (an entity): a run
 * of their own, which nothing continues. */
static void
builder_emit_other (Builder *b, const char *bytes, gsize n, gsize source)
{
  if (n == 0)
    return;
  ContraRun run = {b->text->len, source};
  g_array_append_val (b->runs, run);
  g_string_append_len (b->text, bytes, (gssize) n);
  b->source_end = G_MAXSIZE;
}

/* ---------------------------------------------------------------------------------
 * The source, less the ignored ranges */

typedef struct
{
  const char *text;
  const ContraRange *ignored;
  guint n_ignored;
} Source;

/* The first ignored range that ends after @offset. */
static guint
first_ignored_after (const Source *src, gsize offset)
{
  guint lo = 0, hi = src->n_ignored;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (src->ignored[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static inline gboolean
is_continuation (const char *text, gsize i)
{
  return ((guchar) text[i] & 0xC0) == 0x80;
}

static void
emit_source (Builder *b, const Source *src, gsize a, gsize z)
{
  guint k = src->n_ignored > 0 ? first_ignored_after (src, a) : 0;

  while (a < z)
    {
      if (k < src->n_ignored && src->ignored[k].start < z)
        {
          /* A range that cuts a character takes all of it: the clean text stays
           * valid UTF-8. */
          gsize s = MAX (src->ignored[k].start, a);
          while (s > a && is_continuation (src->text, s))
            s--;
          builder_emit (b, src->text + a, s - a, a);
          a = MAX (a, src->ignored[k].end);
          while (a < z && is_continuation (src->text, a))
            a++;
          k++;
        }
      else
        {
          builder_emit (b, src->text + a, z - a, a);
          a = z;
        }
    }
}

/* A line break inside a block is one space, mapped to the break's first byte. */
static void
emit_break (Builder *b, const Source *src, gsize offset)
{
  if (src->n_ignored > 0)
    {
      guint k = first_ignored_after (src, offset);
      if (k < src->n_ignored && src->ignored[k].start <= offset)
        return;
    }
  builder_emit (b, " ", 1, offset);
}

/* ---------------------------------------------------------------------------------
 * Finishing a block */

/* Turns the builder's text, white space trimmed, into a block; NULL when nothing but
 * white space is left. The builder is reset. */
static ContraBlock *
builder_finish (Builder *b, ContraBlockKind kind)
{
  const char *t = b->text->str;
  gsize n = b->text->len;
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize k = space_len (t, lo, hi);
      if (k == 0)
        break;
      lo += k;
    }
  while (hi > lo)
    {
      const char *prev = g_utf8_find_prev_char (t + lo, t + hi);
      gsize at = prev != NULL ? (gsize) (prev - t) : lo;
      if (space_len (t, at, hi) != hi - at)
        break;
      hi = at;
    }
  if (lo == hi)
    {
      builder_reset (b);
      return NULL;
    }

  ContraBlock *block = g_new0 (ContraBlock, 1);
  block->kind = kind;
  block->length = hi - lo;
  if (n > 4096)
    {
      /* A big block takes the builder's buffer instead of a copy of it. */
      char *owned = g_string_free (b->text, FALSE);
      memmove (owned, owned + lo, hi - lo);
      owned[hi - lo] = '\0';
      block->text = owned;
      b->text = g_string_new (NULL);
    }
  else
    block->text = g_strndup (t + lo, hi - lo);
  block->runs = g_array_new (FALSE, FALSE, sizeof (ContraRun));

  const ContraRun *runs = (const ContraRun *) (void *) b->runs->data;
  for (guint r = 0; r < b->runs->len; r++)
    {
      gsize rs = runs[r].clean;
      gsize re = r + 1 < b->runs->len ? runs[r + 1].clean : n;
      if (re <= lo || rs >= hi)
        continue;
      gsize from = MAX (rs, lo);
      ContraRun run = {from - lo, runs[r].source + (from - rs)};
      g_array_append_val (block->runs, run);
    }
  block->start = g_array_index (block->runs, ContraRun, 0).source;
  block->end = contra_block_source_offset (block, block->length, TRUE);
  builder_reset (b);
  return block;
}

/* ---------------------------------------------------------------------------------
 * Lines */

typedef struct
{
  gsize start; /* content, without the break */
  gsize end;
  gsize next;  /* where the next line starts */
} Line;

static gboolean
next_line (const char *text, gsize pos, gsize to, Line *line)
{
  if (pos >= to)
    return FALSE;

  const char *nl = memchr (text + pos, '\n', to - pos);
  gsize end = nl != NULL ? (gsize) (nl - text) : to;
  const char *cr = memchr (text + pos, '\r', end - pos);

  line->start = pos;
  if (cr != NULL)
    {
      end = (gsize) (cr - text);
      line->next = (end + 1 < to && text[end + 1] == '\n') ? end + 2 : end + 1;
    }
  else
    line->next = nl != NULL ? end + 1 : to;
  line->end = end;
  return TRUE;
}

/* The offset of the first non-blank byte of [start, end) and its column (tabs to
 * multiples of four). */
static gsize
skip_indent (const char *text, gsize start, gsize end, guint *columns)
{
  guint col = 0;
  gsize i = start;

  for (; i < end; i++)
    {
      if (text[i] == ' ')
        col++;
      else if (text[i] == '\t')
        col += 4 - col % 4;
      else
        break;
    }
  if (columns != NULL)
    *columns = col;
  return i;
}

/* ---------------------------------------------------------------------------------
 * Front matter */

gsize
contra_markup_front_matter (const char *text, gsize length)
{
  Line line;

  g_return_val_if_fail (text != NULL || length == 0, 0);

  if (length < 4 || !next_line (text, 0, length, &line))
    return 0;
  gsize e = line.end;
  while (e > line.start && (text[e - 1] == ' ' || text[e - 1] == '\t'))
    e--;
  if (e - line.start != 3 || memcmp (text, "---", 3) != 0 || line.next == line.end)
    return 0;

  /* Until "---" or "...", every line must look like YAML, so that a text that
   * merely opens with a horizontal rule keeps its prose. */
  guint keys = 0;
  gsize pos = line.next;
  while (next_line (text, pos, length, &line))
    {
      gsize s = line.start, z = line.end;
      while (z > s && (text[z - 1] == ' ' || text[z - 1] == '\t'))
        z--;
      if (z - s == 3 && (memcmp (text + s, "---", 3) == 0 || memcmp (text + s, "...", 3) == 0))
        return keys > 0 ? line.next : 0;
      if (z == s || text[s] == ' ' || text[s] == '\t' || text[s] == '#' || text[s] == '-')
        {
          pos = line.next;
          continue;
        }
      gsize i = s;
      while (i < z && (g_ascii_isalnum (text[i]) || text[i] == '_' || text[i] == '-'
                       || text[i] == ' ' || text[i] == '.' || text[i] == '"' || text[i] == '\''))
        i++;
      if (i == s || i >= z || text[i] != ':' || (i + 1 < z && text[i + 1] != ' ' && text[i + 1] != '\t'))
        return 0;
      keys++;
      pos = line.next;
    }
  return 0;
}

/* ---------------------------------------------------------------------------------
 * Plain text */

/* Words a sentence does not end on: a block that ends on one was cut short. Only
 * words no heading plausibly ends with ("is", "that", "her" may). */
static const char *const function_words[] = {
  "a", "about", "according", "against", "an", "and", "as", "at", "between", "but",
  "by", "for", "from", "in", "into", "its", "of", "on", "or", "said", "says", "than",
  "the", "their", "to", "told", "with",
};

static gboolean
is_function_word (const char *word, gsize n)
{
  char buf[16];

  if (n == 0 || n >= sizeof buf)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    buf[i] = g_ascii_tolower (word[i]);
  buf[n] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (function_words); i++)
    if (strcmp (buf, function_words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_closing_mark (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019: case 0x00BB:
    case 0x203A: case 0xFF09: case 0x300D: case 0x300F:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_opening_mark (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case '(': case '[': case 0x201C: case 0x2018: case 0x00AB:
    case 0x2039: case 0xFF08: case 0x300C: case 0x300E: case 0x00BF: case 0x00A1:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_final_punct (gunichar c)
{
  switch (c)
    {
    case '.': case '!': case '?': case ':': case ';': case 0x2026: case 0x3002:
    case 0xFF01: case 0xFF1F:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The last character of the text that is not a closing quote or bracket, a
 * footnote marker ("[12]") or white space between those; 0 when there is none.
 * Sets @dot_slash for the Vietnamese end mark "./.". */
static gunichar
last_significant (const char *t, gsize n, gboolean *dot_slash)
{
  gsize end = n;
  gboolean after_closer = FALSE;

  *dot_slash = FALSE;
  while (end > 0)
    {
      if (t[end - 1] == ']')
        {
          gsize k = end - 1;
          while (k > 0 && g_ascii_isdigit (t[k - 1]))
            k--;
          if (k > 0 && k < end - 1 && t[k - 1] == '[')
            {
              end = k - 1;
              after_closer = TRUE;
              continue;
            }
        }
      const char *p = g_utf8_find_prev_char (t, t + end);
      if (p == NULL)
        return 0;
      gunichar c = g_utf8_get_char (p);
      if (c == '/' && p > t && p[-1] == '.')
        {
          *dot_slash = TRUE;
          return '.';
        }
      if (is_closing_mark (c) || (after_closer && is_unicode_space (c)))
        {
          after_closer = TRUE;
          end = (gsize) (p - t);
          continue;
        }
      return c;
    }
  return 0;
}

/* TRUE when the text ends like a sentence: final punctuation, perhaps followed by
 * closing quotes and brackets and footnote markers ("capacity.”[3]", "Asia./.",
 * "Mondiale. »"). */
static gboolean
ends_with_final_punct (const char *t, gsize n)
{
  gboolean dot_slash;
  return is_final_punct (last_significant (t, n, &dot_slash));
}

/* TRUE when the text's first letter, after opening quotes, is lower case. */
static gboolean
starts_lowercase (const char *t, gsize n)
{
  const char *p = t, *end = t + n;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      if (!is_opening_mark (c))
        return g_unichar_islower (c);
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

static gboolean
ends_with_function_word (const char *t, gsize n)
{
  gsize end = n, start;

  while (end > 0 && g_ascii_isalpha (t[end - 1]))
    end--;
  start = end;
  end = n;
  if (start == end || (start > 0 && !(t[start - 1] == ' ' || t[start - 1] == '\t')))
    return FALSE;
  return is_function_word (t + start, end - start);
}

/* The characters in a text, counting no further than @limit. */
static guint
count_chars_upto (const char *t, gsize n, guint limit)
{
  guint count = 0;

  for (gsize i = 0; i < n && count <= limit; i++)
    if (((guchar) t[i] & 0xC0) != 0x80)
      count++;
  return count;
}

#define HEADING_MAX_CHARS 80
#define LONG_LINE_CHARS 120

/* A short line without final punctuation that is a block on its own. A line that
 * ends on a function word or a comma, or is followed by a block in lower case, is
 * the first half of a broken paragraph instead. */
static gboolean
looks_like_heading (const ContraBlock *block, const ContraBlock *next, const char *source)
{
  if (count_chars_upto (block->text, block->length, HEADING_MAX_CHARS) >= HEADING_MAX_CHARS)
    return FALSE;
  if (ends_with_final_punct (block->text, block->length))
    return FALSE;
  gboolean dot_slash;
  if (last_significant (block->text, block->length, &dot_slash) == ','
      || ends_with_function_word (block->text, block->length))
    return FALSE;
  if (memchr (source + block->start, '\n', block->end - block->start) != NULL
      || memchr (source + block->start, '\r', block->end - block->start) != NULL)
    return FALSE;
  if (next != NULL && next->kind == CONTRA_BLOCK_PARAGRAPH
      && starts_lowercase (next->text, next->length))
    return FALSE;
  return TRUE;
}

static gboolean
should_join (const ContraBlock *a, const ContraBlock *b)
{
  if (a->kind != CONTRA_BLOCK_PARAGRAPH || b->kind != CONTRA_BLOCK_PARAGRAPH)
    return FALSE;
  if (ends_with_final_punct (a->text, a->length))
    return FALSE;
  return starts_lowercase (b->text, b->length) || ends_with_function_word (a->text, a->length);
}

/* Appends @b to @a with one space between; frees @b. */
static void
join_blocks (ContraBlock *a, ContraBlock *b)
{
  gsize base = a->length + 1;
  char *text = g_malloc (a->length + 1 + b->length + 1);

  memcpy (text, a->text, a->length);
  text[a->length] = ' ';
  memcpy (text + base, b->text, b->length + 1);
  g_free (a->text);
  a->text = text;

  /* The space stands for what separated the two in the source; it maps to the byte
   * after the first block. */
  const ContraRun *last = &g_array_index (a->runs, ContraRun, a->runs->len - 1);
  if (last->source + (a->length - last->clean) != a->end)
    {
      ContraRun run = {a->length, a->end};
      g_array_append_val (a->runs, run);
    }
  for (guint r = 0; r < b->runs->len; r++)
    {
      ContraRun run = g_array_index (b->runs, ContraRun, r);
      run.clean += base;
      g_array_append_val (a->runs, run);
    }
  a->length = base + b->length;
  a->end = b->end;
  contra_block_free (b);
}

/* Headings (plain text only) and joins over the blocks of one region. */
static void
finish_region (GPtrArray *region, ContraFormat format, const char *source, GPtrArray *blocks)
{
  /* From the last block back, so that a block followed by a heading in lower case
   * ("cntv | 作者: ...") is not taken for the first half of a paragraph. */
  if (format == CONTRA_FORMAT_PLAIN)
    for (guint i = region->len; i-- > 0;)
      {
        ContraBlock *block = region->pdata[i];
        ContraBlock *next = i + 1 < region->len ? region->pdata[i + 1] : NULL;
        if (looks_like_heading (block, next, source))
          block->kind = CONTRA_BLOCK_HEADING;
      }

  ContraBlock *open = NULL;
  for (guint i = 0; i < region->len; i++)
    {
      ContraBlock *block = region->pdata[i];
      region->pdata[i] = NULL;
      if (open != NULL && should_join (open, block))
        {
          join_blocks (open, block);
          continue;
        }
      if (open != NULL)
        {
          open->paragraph = blocks->len;
          g_ptr_array_add (blocks, open);
        }
      open = block;
    }
  if (open != NULL)
    {
      open->paragraph = blocks->len;
      g_ptr_array_add (blocks, open);
    }
  g_ptr_array_set_size (region, 0);
}

/* Backslash escapes of punctuation ("\$18") are the only markup in plain text. */
static void
plain_inline (const Builder *inter, Builder *out)
{
  const char *t = inter->text->str;
  gsize n = inter->text->len;
  const ContraRun *runs = (const ContraRun *) (void *) inter->runs->data;
  guint nruns = inter->runs->len;
  guint r = 0;
  gsize i = 0;

  /* Copies inter[a, z) run by run so that the source mapping carries over. */
#define COPY_RANGE(a, z)                                                             \
  do                                                                                 \
    {                                                                                \
      gsize a_ = (a), z_ = (z);                                                      \
      while (a_ < z_)                                                                \
        {                                                                            \
          while (r + 1 < nruns && runs[r + 1].clean <= a_)                           \
            r++;                                                                     \
          gsize rend_ = r + 1 < nruns ? runs[r + 1].clean : n;                       \
          gsize stop_ = MIN (z_, rend_);                                             \
          builder_emit (out, t + a_, stop_ - a_, runs[r].source + (a_ - runs[r].clean)); \
          a_ = stop_;                                                                \
        }                                                                            \
    }                                                                                \
  while (0)

  while (i < n)
    {
      const char *bs = memchr (t + i, '\\', n - i);
      gsize j = bs != NULL ? (gsize) (bs - t) : n;
      COPY_RANGE (i, j);
      i = j;
      if (i >= n)
        break;
      if (i + 1 < n && is_ascii_punct ((guchar) t[i + 1]))
        {
          COPY_RANGE (i + 1, i + 2);
          i += 2;
        }
      else
        {
          COPY_RANGE (i, i + 1);
          i++;
        }
    }
#undef COPY_RANGE
}

typedef enum
{
  LAYOUT_LINES,
  LAYOUT_PARAGRAPHS,
} Layout;

/* Paragraph-per-line text (scraped from the web) has many long lines; hard-wrapped
 * text has almost none, since it wraps at 72 to 80 columns. */
static Layout
plain_layout (const char *text, gsize from, gsize to)
{
  Line line;
  gsize pos = from;
  guint nonblank = 0, long_lines = 0;
  gboolean previous = FALSE, consecutive = FALSE;

  while (next_line (text, pos, to, &line))
    {
      pos = line.next;
      if (is_blank (text, line.start, line.end))
        {
          previous = FALSE;
          continue;
        }
      nonblank++;
      if (previous)
        consecutive = TRUE;
      previous = TRUE;
      if (count_chars_upto (text + line.start, line.end - line.start, LONG_LINE_CHARS)
          > LONG_LINE_CHARS)
        long_lines++;
    }
  if (!consecutive)
    return LAYOUT_LINES; /* both layouts agree; lines are cheaper */
  return (guint64) long_lines * 10 >= nonblank ? LAYOUT_LINES : LAYOUT_PARAGRAPHS;
}

static void
plain_flush (Builder *inter, Builder *out, GPtrArray *region)
{
  if (inter->text->len == 0)
    return;
  if (memchr (inter->text->str, '\\', inter->text->len) == NULL)
    {
      /* Nothing to remove: the intermediate text is the clean text. */
      Builder swap = *out;
      *out = *inter;
      *inter = swap;
    }
  else
    {
      builder_reserve (out, inter->text->len);
      plain_inline (inter, out);
    }
  builder_reset (inter);
  ContraBlock *block = builder_finish (out, CONTRA_BLOCK_PARAGRAPH);
  if (block != NULL)
    g_ptr_array_add (region, block);
}

static void
plain_region (const Source *src, gsize from, gsize to, Layout layout, GPtrArray *region)
{
  Builder inter, out;
  Line line;
  gsize pos = from;
  gsize last_break = G_MAXSIZE; /* the break after the last line of the open paragraph */

  builder_init (&inter);
  builder_init (&out);
  while (next_line (src->text, pos, to, &line))
    {
      pos = line.next;
      if (is_blank (src->text, line.start, line.end))
        {
          plain_flush (&inter, &out, region);
          last_break = G_MAXSIZE;
          continue;
        }
      if (layout == LAYOUT_LINES)
        {
          builder_reserve (&inter, line.end - line.start);
          emit_source (&inter, src, line.start, line.end);
          plain_flush (&inter, &out, region);
          continue;
        }
      if (last_break != G_MAXSIZE)
        emit_break (&inter, src, last_break);
      emit_source (&inter, src, line.start, line.end);
      last_break = line.end < line.next ? line.end : G_MAXSIZE;
    }
  plain_flush (&inter, &out, region);
  builder_clear (&inter);
  builder_clear (&out);
}

/* ---------------------------------------------------------------------------------
 * Markdown: inline markup */

typedef struct
{
  gsize open;      /* first backtick of the opening run */
  gsize start;     /* content */
  gsize end;
  gsize close_end; /* after the closing run */
} CodeSpan;

typedef struct
{
  gsize start;
  gsize end;
} Span;

typedef struct
{
  gsize open;   /* "[" or "!" of "![" */
  gsize close;  /* "]" ending the text */
  gsize end;    /* after the destination or reference */
  gboolean image;
} Link;

typedef struct
{
  gsize pos;
  guint len;
  char ch;
  gboolean can_open;
  gboolean can_close;
  guint remaining;     /* delimiters not yet matched */
  guint closed;        /* removed on the left, as a closer */
  guint opened;        /* removed on the right, as an opener */
} Delim;

typedef struct
{
  gsize pos;
  gboolean image;
} Bracket;

static int
compare_links (gconstpointer a, gconstpointer b)
{
  const Link *x = a, *y = b;
  return x->open < y->open ? -1 : x->open > y->open;
}

/* Normalised link label: case-folded, inner white space collapsed. */
static char *
normalize_label (const char *t, gsize n)
{
  GString *s = g_string_sized_new (n);
  gboolean space = FALSE;

  for (gsize i = 0; i < n; i++)
    {
      if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')
        {
          space = s->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (s, ' ');
      space = FALSE;
      g_string_append_c (s, t[i]);
    }
  char *folded = g_utf8_casefold (s->str, (gssize) s->len);
  g_string_free (s, TRUE);
  return folded;
}

#define MAX_DESTINATION 8192
#define MAX_TAG 1024

/* An inline link destination and title, "(url "title")", at t[p] == '('. Returns the
 * offset after ")" or 0. */
static gsize
parse_destination (const char *t, gsize n, gsize p)
{
  gsize q = p + 1, limit = MIN (n, p + MAX_DESTINATION);

  while (q < limit && (t[q] == ' ' || t[q] == '\t'))
    q++;
  if (q < limit && t[q] == '<')
    {
      q++;
      while (q < limit && t[q] != '>' && t[q] != '<')
        q += t[q] == '\\' ? 2 : 1;
      if (q >= limit || t[q] != '>')
        return 0;
      q++;
    }
  else
    {
      int depth = 0;
      while (q < limit && t[q] != ' ' && t[q] != '\t' && (guchar) t[q] >= 0x20)
        {
          if (t[q] == '\\' && q + 1 < limit)
            {
              q += 2;
              continue;
            }
          if (t[q] == '(')
            depth++;
          else if (t[q] == ')')
            {
              if (depth == 0)
                break;
              depth--;
            }
          q++;
        }
    }
  while (q < limit && (t[q] == ' ' || t[q] == '\t'))
    q++;
  if (q < limit && (t[q] == '"' || t[q] == '\'' || t[q] == '('))
    {
      char close = t[q] == '(' ? ')' : t[q];
      q++;
      while (q < limit && t[q] != close)
        q += t[q] == '\\' ? 2 : 1;
      if (q >= limit)
        return 0;
      q++;
      while (q < limit && (t[q] == ' ' || t[q] == '\t'))
        q++;
    }
  if (q < limit && t[q] == ')')
    return q + 1;
  return 0;
}

/* An autolink or raw HTML tag at t[i] == '<' (comments are handled by the caller).
 * Returns the offset after ">" or 0. */
static gsize
parse_angle (const char *t, gsize n, gsize i)
{
  gsize limit = MIN (n, i + MAX_TAG);
  gsize q = i + 1;

  /* URI autolink: scheme ":" then no spaces or angle brackets. */
  if (q < limit && g_ascii_isalpha (t[q]))
    {
      gsize s = q;
      while (q < limit && (g_ascii_isalnum (t[q]) || t[q] == '+' || t[q] == '.' || t[q] == '-'))
        q++;
      if (q < limit && t[q] == ':' && q - s >= 2 && q - s <= 32)
        {
          q++;
          while (q < limit && t[q] != '>' && t[q] != '<' && t[q] != ' ' && (guchar) t[q] > 0x20)
            q++;
          if (q < limit && t[q] == '>')
            return q + 1;
        }
    }
  /* e-mail autolink */
  q = i + 1;
  while (q < limit && (g_ascii_isalnum (t[q]) || strchr (".!#$%&'*+/=?^_`{|}~-", t[q]) != NULL)
         && t[q] != '\0')
    q++;
  if (q > i + 1 && q < limit && t[q] == '@')
    {
      q++;
      gsize s = q;
      while (q < limit && (g_ascii_isalnum (t[q]) || t[q] == '.' || t[q] == '-'))
        q++;
      if (q > s && q < limit && t[q] == '>')
        return q + 1;
    }
  /* HTML tag: <name ...>, </name>, <!DOCTYPE>, <?...?> */
  q = i + 1;
  if (q < limit && t[q] == '/')
    q++;
  if (q < limit && (g_ascii_isalpha (t[q]) || (q == i + 1 && (t[q] == '!' || t[q] == '?'))))
    {
      q++;
      while (q < limit && (g_ascii_isalnum (t[q]) || t[q] == '-'))
        q++;
      char quote = 0;
      while (q < limit)
        {
          if (quote != 0)
            {
              if (t[q] == quote)
                quote = 0;
            }
          else if (t[q] == '"' || t[q] == '\'')
            quote = t[q];
          else if (t[q] == '>')
            return q + 1;
          else if (t[q] == '<')
            return 0;
          q++;
        }
    }
  return 0;
}

static const struct
{
  const char *name;
  const char *utf8;
} entities[] = {
  {"amp", "&"},          {"lt", "<"},           {"gt", ">"},
  {"quot", "\""},        {"apos", "'"},         {"nbsp", "\u00A0"},
  {"mdash", "\u2014"},   {"ndash", "\u2013"},   {"hellip", "\u2026"},
  {"lsquo", "\u2018"},   {"rsquo", "\u2019"},   {"ldquo", "\u201C"},
  {"rdquo", "\u201D"},   {"copy", "\u00A9"},    {"reg", "\u00AE"},
  {"eacute", "\u00E9"},  {"euro", "\u20AC"},    {"pound", "\u00A3"},
};

/* An entity at t[i] == '&': writes its UTF-8 into @out (8 bytes) and returns the
 * offset after ";", or 0. */
static gsize
parse_entity (const char *t, gsize n, gsize i, char *out, gsize *out_len)
{
  gsize q = i + 1, limit = MIN (n, i + 32);

  if (q < limit && t[q] == '#')
    {
      gunichar c = 0;
      gboolean hex = q + 1 < limit && (t[q + 1] == 'x' || t[q + 1] == 'X');
      gsize s;
      q += hex ? 2 : 1;
      s = q;
      while (q < limit && (hex ? g_ascii_isxdigit (t[q]) : g_ascii_isdigit (t[q])) && q - s < 7)
        {
          c = c * (hex ? 16 : 10) + (gunichar) (hex ? g_ascii_xdigit_value (t[q]) : g_ascii_digit_value (t[q]));
          q++;
        }
      if (q == s || q >= limit || t[q] != ';')
        return 0;
      if (c == 0 || !g_unichar_validate (c))
        c = 0xFFFD;
      *out_len = (gsize) g_unichar_to_utf8 (c, out);
      return q + 1;
    }
  gsize s = q;
  while (q < limit && g_ascii_isalnum (t[q]))
    q++;
  if (q == s || q >= limit || t[q] != ';')
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (entities); k++)
    if (strlen (entities[k].name) == q - s && memcmp (entities[k].name, t + s, q - s) == 0)
      {
        *out_len = strlen (entities[k].utf8);
        memcpy (out, entities[k].utf8, *out_len);
        return q + 1;
      }
  return 0;
}

typedef struct
{
  const Builder *inter;
  const char *source;  /* the document text, to recognise hard line breaks */
  guint run;           /* cursor into inter's runs */
} Mapper;

static gsize
mapper_source (Mapper *m, gsize i)
{
  const ContraRun *runs = (const ContraRun *) (void *) m->inter->runs->data;
  guint nruns = m->inter->runs->len;

  if (m->run < nruns && runs[m->run].clean > i)
    m->run = 0;
  while (m->run + 1 < nruns && runs[m->run + 1].clean <= i)
    m->run++;
  return runs[m->run].source + (i - runs[m->run].clean);
}

/* Copies inter[a, z) to @out, run by run. */
static void
mapper_copy (Mapper *m, Builder *out, gsize a, gsize z)
{
  const ContraRun *runs = (const ContraRun *) (void *) m->inter->runs->data;
  guint nruns = m->inter->runs->len;
  gsize n = m->inter->text->len;

  while (a < z)
    {
      gsize source = mapper_source (m, a);
      gsize rend = m->run + 1 < nruns ? runs[m->run + 1].clean : n;
      gsize stop = MIN (z, rend);
      builder_emit (out, m->inter->text->str + a, stop - a, source);
      a = stop;
    }
}

static void
markdown_inline (const Builder *inter, const char *source, GHashTable *labels, Builder *out)
{
  const char *t = inter->text->str;
  gsize n = inter->text->len;
  Mapper m = {inter, source, 0};

  if (n == 0)
    return;

  /* Code spans: a backtick run closes at the next run of the same length. */
  g_autoptr (GArray) code = g_array_new (FALSE, FALSE, sizeof (CodeSpan));
  {
    g_autoptr (GArray) ticks = g_array_new (FALSE, FALSE, sizeof (Span));
    for (gsize i = 0; i < n;)
      {
        if (t[i] == '\\' && i + 1 < n)
          {
            i += 2;
            continue;
          }
        if (t[i] != '`')
          {
            i++;
            continue;
          }
        Span run = {i, i};
        while (i < n && t[i] == '`')
          i++;
        run.end = i;
        g_array_append_val (ticks, run);
      }
    if (ticks->len > 1)
      {
        /* next_same[k]: the next run with the length of run k, or G_MAXUINT */
        g_autofree guint *next_same = g_new (guint, ticks->len);
        g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
        for (guint k = ticks->len; k-- > 0;)
          {
            Span *s = &g_array_index (ticks, Span, k);
            gpointer len = GSIZE_TO_POINTER (s->end - s->start);
            gpointer found;
            next_same[k] = g_hash_table_lookup_extended (seen, len, NULL, &found)
                             ? GPOINTER_TO_UINT (found) : G_MAXUINT;
            g_hash_table_insert (seen, len, GUINT_TO_POINTER (k));
          }
        for (guint k = 0; k < ticks->len;)
          {
            if (next_same[k] == G_MAXUINT)
              {
                k++;
                continue;
              }
            Span *o = &g_array_index (ticks, Span, k);
            Span *c = &g_array_index (ticks, Span, next_same[k]);
            CodeSpan span = {o->start, o->end, c->start, c->end};
            /* One space on each side is padding when both are there. */
            if (span.end - span.start >= 2 && t[span.start] == ' ' && t[span.end - 1] == ' '
                && !is_blank (t, span.start, span.end))
              {
                span.start++;
                span.end--;
              }
            g_array_append_val (code, span);
            k = next_same[k] + 1;
          }
      }
  }

  /* One pass for links, autolinks, raw HTML and emphasis delimiters. */
  g_autoptr (GArray) removed = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_autoptr (GArray) delims = g_array_new (FALSE, FALSE, sizeof (Delim));
  g_autoptr (GArray) brackets = g_array_new (FALSE, FALSE, sizeof (Bracket));
  gboolean no_comment_end = FALSE;
  guint ci = 0;

  for (gsize i = 0; i < n;)
    {
      if (ci < code->len && g_array_index (code, CodeSpan, ci).open == i)
        {
          i = g_array_index (code, CodeSpan, ci).close_end;
          ci++;
          continue;
        }
      char c = t[i];
      if (c == '\\' && i + 1 < n && is_ascii_punct ((guchar) t[i + 1]))
        {
          i += 2;
          continue;
        }
      if (c == '<')
        {
          gsize e = 0;
          if (i + 3 < n && memcmp (t + i, "<!--", 4) == 0)
            {
              if (!no_comment_end)
                {
                  const char *close = g_strstr_len (t + i + 4, (gssize) (n - i - 4), "-->");
                  if (close != NULL)
                    e = (gsize) (close - t) + 3;
                  else
                    no_comment_end = TRUE;
                }
            }
          else
            e = parse_angle (t, n, i);
          if (e > 0)
            {
              Span span = {i, e};
              g_array_append_val (removed, span);
              i = e;
              while (ci < code->len && g_array_index (code, CodeSpan, ci).open < i)
                ci++;
              continue;
            }
          i++;
          continue;
        }
      if (c == '[' || (c == '!' && i + 1 < n && t[i + 1] == '['))
        {
          Bracket b = {i, c == '!'};
          g_array_append_val (brackets, b);
          i += c == '!' ? 2 : 1;
          continue;
        }
      if (c == ']' && brackets->len > 0)
        {
          Bracket b = g_array_index (brackets, Bracket, brackets->len - 1);
          g_array_set_size (brackets, brackets->len - 1);
          gsize text_start = b.pos + (b.image ? 2 : 1);
          gsize e = 0;
          if (i + 1 < n && t[i + 1] == '(')
            e = parse_destination (t, n, i + 1);
          else if (labels != NULL && i + 1 < n && t[i + 1] == '[')
            {
              gsize k = i + 2;
              while (k < n && k < i + 1000 && t[k] != ']' && t[k] != '[')
                k++;
              if (k < n && t[k] == ']')
                {
                  g_autofree char *label = k == i + 2 ? normalize_label (t + text_start, i - text_start)
                                                      : normalize_label (t + i + 2, k - i - 2);
                  if (g_hash_table_contains (labels, label))
                    e = k + 1;
                }
            }
          if (e == 0 && labels != NULL)
            {
              g_autofree char *label = normalize_label (t + text_start, i - text_start);
              if (g_hash_table_contains (labels, label))
                e = i + 1;
            }
          if (e > 0)
            {
              Link link = {b.pos, i, e, b.image};
              g_array_append_val (links, link);
              i = e;
              while (ci < code->len && g_array_index (code, CodeSpan, ci).open < i)
                ci++;
              continue;
            }
          i++;
          continue;
        }
      if (c == '*' || c == '_' || c == '~')
        {
          gsize s = i;
          while (i < n && t[i] == c)
            i++;
          gunichar before = char_before (t, s), after = char_at (t, i, n);
          gboolean ws_before = is_unicode_space (before), ws_after = is_unicode_space (after);
          gboolean p_before = is_punct_char (before), p_after = is_punct_char (after);
          gboolean left = !ws_after && (!p_after || ws_before || p_before);
          gboolean right = !ws_before && (!p_before || ws_after || p_after);
          Delim d = {s, (guint) (i - s), c, left, right, (guint) (i - s), 0, 0};
          if (c == '_')
            {
              d.can_open = left && (!right || p_before);
              d.can_close = right && (!left || p_after);
            }
          if (c == '~' && d.len > 2)
            d.can_open = d.can_close = FALSE;
          if (d.can_open || d.can_close)
            g_array_append_val (delims, d);
          continue;
        }
      i++;
    }
  g_array_sort (links, compare_links);

  /* Pair delimiters: each closer with the nearest opener of its character. Openers
   * passed over on the way cannot be matched any more (the pair encloses them) and
   * leave the stack, which keeps the whole pass linear. */
  {
    g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
    guint in_stack[3] = {0, 0, 0}; /* '*', '_', '~' */
#define SLOT(ch) ((ch) == '*' ? 0 : (ch) == '_' ? 1 : 2)
    for (guint k = 0; k < delims->len; k++)
      {
        Delim *d = &g_array_index (delims, Delim, k);
        while (d->can_close && d->remaining > 0 && in_stack[SLOT (d->ch)] > 0)
          {
            guint idx = stack->len - 1;
            while (g_array_index (delims, Delim, g_array_index (stack, guint, idx)).ch != d->ch)
              idx--;
            Delim *o = &g_array_index (delims, Delim, g_array_index (stack, guint, idx));
            if (d->ch == '~' && o->remaining != d->remaining)
              break;
            guint used = MIN (o->remaining, d->remaining);
            o->remaining -= used;
            o->opened += used;
            d->remaining -= used;
            d->closed += used;
            guint keep = o->remaining > 0 ? idx + 1 : idx;
            for (guint x = keep; x < stack->len; x++)
              in_stack[SLOT (g_array_index (delims, Delim, g_array_index (stack, guint, x)).ch)]--;
            g_array_set_size (stack, keep);
          }
        if (d->can_open && d->remaining > 0)
          {
            g_array_append_val (stack, k);
            in_stack[SLOT (d->ch)]++;
          }
      }
#undef SLOT
  }

  /* Write the clean text. */
  g_autoptr (GArray) open_links = g_array_new (FALSE, FALSE, sizeof (Link));
  guint ri = 0, li = 0, di = 0;
  ci = 0;
  gsize i = 0;
  while (i < n)
    {
      while (ci < code->len && g_array_index (code, CodeSpan, ci).open < i)
        ci++;
      while (ri < removed->len && g_array_index (removed, Span, ri).start < i)
        ri++;
      while (li < links->len && g_array_index (links, Link, li).open < i)
        li++;
      while (di < delims->len && g_array_index (delims, Delim, di).pos < i)
        di++;

      gsize next = n;
      if (ci < code->len)
        next = MIN (next, g_array_index (code, CodeSpan, ci).open);
      if (ri < removed->len)
        next = MIN (next, g_array_index (removed, Span, ri).start);
      if (li < links->len)
        next = MIN (next, g_array_index (links, Link, li).open);
      if (di < delims->len)
        next = MIN (next, g_array_index (delims, Delim, di).pos);
      if (open_links->len > 0)
        next = MIN (next, g_array_index (open_links, Link, open_links->len - 1).close);

      gsize j = i;
      while (j < next && t[j] != '\\' && t[j] != '&')
        j++;
      mapper_copy (&m, out, i, j);
      i = j;
      if (i >= n)
        break;

      if (open_links->len > 0 && i == g_array_index (open_links, Link, open_links->len - 1).close)
        {
          i = g_array_index (open_links, Link, open_links->len - 1).end;
          g_array_set_size (open_links, open_links->len - 1);
          continue;
        }
      if (ci < code->len && i == g_array_index (code, CodeSpan, ci).open)
        {
          const CodeSpan *span = &g_array_index (code, CodeSpan, ci);
          mapper_copy (&m, out, span->start, span->end);
          i = span->close_end;
          continue;
        }
      if (ri < removed->len && i == g_array_index (removed, Span, ri).start)
        {
          i = g_array_index (removed, Span, ri).end;
          continue;
        }
      if (li < links->len && i == g_array_index (links, Link, li).open)
        {
          const Link *link = &g_array_index (links, Link, li);
          if (link->image)
            i = link->end; /* alt text is not the document's prose */
          else
            {
              g_array_append_val (open_links, *link);
              i = link->open + 1;
            }
          continue;
        }
      if (di < delims->len && i == g_array_index (delims, Delim, di).pos)
        {
          const Delim *d = &g_array_index (delims, Delim, di);
          guint keep = d->len - d->closed - d->opened;
          mapper_copy (&m, out, i + d->closed, i + d->closed + keep);
          i += d->len;
          continue;
        }
      if (t[i] == '\\')
        {
          if (i + 1 < n && is_ascii_punct ((guchar) t[i + 1]))
            {
              mapper_copy (&m, out, i + 1, i + 2);
              i += 2;
              continue;
            }
          /* A backslash before a line break is a hard break, not text. */
          if (i + 1 < n && t[i + 1] == ' ')
            {
              gsize s = mapper_source (&m, i + 1);
              if (source[s] == '\n' || source[s] == '\r')
                {
                  i++;
                  continue;
                }
            }
          mapper_copy (&m, out, i, i + 1);
          i++;
          continue;
        }
      if (t[i] == '&')
        {
          char buf[8];
          gsize len = 0;
          gsize e = parse_entity (t, n, i, buf, &len);
          if (e > 0)
            {
              builder_emit_other (out, buf, len, mapper_source (&m, i));
              i = e;
              continue;
            }
          mapper_copy (&m, out, i, i + 1);
          i++;
          continue;
        }
      /* An event that a jump passed over: copy one byte and look again. */
      mapper_copy (&m, out, i, i + 1);
      i++;
    }
}

/* ---------------------------------------------------------------------------------
 * Markdown: blocks */

typedef enum
{
  SKIP_NONE,
  SKIP_FENCE,        /* until the closing fence */
  SKIP_UNTIL,        /* until a line containing skip_until */
  SKIP_UNTIL_BLANK,  /* HTML blocks, tables */
} SkipState;

typedef struct
{
  const Source *src;
  GHashTable *labels;  /* link reference labels, or NULL when there are none */
  GPtrArray *region;

  Builder inter;
  Builder out;
  gboolean open;
  ContraBlockKind kind;
  guint lines;         /* lines in the open block */
  gsize last_break;    /* source offset of the break after its last line */

  gboolean in_list;
  guint list_indent;   /* content column of the current list item */

  SkipState skip;
  char fence_char;
  guint fence_len;
  const char *skip_until;
} Markdown;

static void
md_close (Markdown *md)
{
  if (!md->open)
    return;
  builder_reserve (&md->out, md->inter.text->len);
  markdown_inline (&md->inter, md->src->text, md->labels, &md->out);
  builder_reset (&md->inter);
  ContraBlock *block = builder_finish (&md->out, md->kind);
  if (block != NULL)
    g_ptr_array_add (md->region, block);
  md->open = FALSE;
  md->lines = 0;
}

static void
md_open (Markdown *md, ContraBlockKind kind)
{
  md_close (md);
  md->open = TRUE;
  md->kind = kind;
  md->lines = 0;
}

static void
md_add_line (Markdown *md, gsize start, gsize end, const Line *line)
{
  builder_reserve (&md->inter, end - start + 1);
  if (md->lines > 0 && md->last_break != G_MAXSIZE)
    emit_break (&md->inter, md->src, md->last_break);
  emit_source (&md->inter, md->src, start, end);
  md->last_break = line->end < line->next ? line->end : G_MAXSIZE;
  md->lines++;
}

/* A fence of three or more backticks or tildes at t[p]; its character and length. */
static gboolean
is_fence (const char *t, gsize p, gsize end, char *ch, guint *len)
{
  if (p >= end || (t[p] != '`' && t[p] != '~'))
    return FALSE;
  gsize q = p;
  while (q < end && t[q] == t[p])
    q++;
  if (q - p < 3)
    return FALSE;
  if (t[p] == '`' && memchr (t + q, '`', end - q) != NULL)
    return FALSE; /* an info string with a backtick: inline code, not a fence */
  *ch = t[p];
  *len = (guint) (q - p);
  return TRUE;
}

/* "***", "- - -", "___": three or more of one character and spaces. */
static gboolean
is_thematic_break (const char *t, gsize p, gsize end)
{
  if (p >= end || (t[p] != '*' && t[p] != '-' && t[p] != '_'))
    return FALSE;
  guint count = 0;
  for (gsize q = p; q < end; q++)
    {
      if (t[q] == t[p])
        count++;
      else if (t[q] != ' ' && t[q] != '\t')
        return FALSE;
    }
  return count >= 3;
}

/* A setext underline: "===" or "---" alone. */
static gboolean
is_setext (const char *t, gsize p, gsize end)
{
  if (p >= end || (t[p] != '=' && t[p] != '-'))
    return FALSE;
  gsize q = p;
  while (q < end && t[q] == t[p])
    q++;
  while (q < end && (t[q] == ' ' || t[q] == '\t'))
    q++;
  return q == end;
}

/* A list marker at t[p]: returns the offset after the marker (0 when none), and
 * whether it is an ordered marker with its number. */
static gsize
list_marker (const char *t, gsize p, gsize end, gboolean *ordered, guint64 *number)
{
  gsize q = p;

  *ordered = FALSE;
  *number = 0;
  if (q < end && (t[q] == '-' || t[q] == '+' || t[q] == '*'))
    q++;
  else
    {
      while (q < end && g_ascii_isdigit (t[q]) && q - p < 9)
        {
          *number = *number * 10 + (guint64) (t[q] - '0');
          q++;
        }
      if (q == p || q >= end || (t[q] != '.' && t[q] != ')'))
        return 0;
      q++;
      *ordered = TRUE;
    }
  if (q < end && t[q] != ' ' && t[q] != '\t')
    return 0;
  return q;
}

static const char *const html_block_tags[] = {
  "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption",
  "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1",
  "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend",
  "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup",
  "option", "p", "param", "section", "summary", "table", "tbody", "td", "tfoot",
  "th", "thead", "title", "tr", "track", "ul",
};

/* An HTML block start at t[p] == '<' (CommonMark kinds 1 to 6). Sets @until to the
 * text that ends it, or NULL when a blank line does. */
static gboolean
is_html_block (const char *t, gsize p, gsize end, const char **until)
{
  static const char *const raw[] = {"script", "pre", "style", "textarea"};
  gsize q = p + 1;

  if (q >= end)
    return FALSE;
  if (t[q] == '?')
    {
      *until = "?>";
      return TRUE;
    }
  if (t[q] == '!')
    {
      if (end - q >= 8 && memcmp (t + q, "![CDATA[", 8) == 0)
        {
          *until = "]]>";
          return TRUE;
        }
      if (q + 1 < end && g_ascii_isalpha (t[q + 1]))
        {
          *until = ">";
          return TRUE;
        }
      return FALSE;
    }
  gboolean closing = t[q] == '/';
  if (closing)
    q++;
  gsize s = q;
  while (q < end && g_ascii_isalnum (t[q]))
    q++;
  if (q == s)
    return FALSE;
  gboolean boundary = q == end || t[q] == ' ' || t[q] == '\t' || t[q] == '>'
                      || (t[q] == '/' && q + 1 < end && t[q + 1] == '>');
  if (!boundary)
    return FALSE;
  if (!closing)
    for (guint k = 0; k < G_N_ELEMENTS (raw); k++)
      if (strlen (raw[k]) == q - s && g_ascii_strncasecmp (t + s, raw[k], q - s) == 0)
        {
          static const char *const ends[] = {"</script>", "</pre>", "</style>", "</textarea>"};
          *until = ends[k];
          return TRUE;
        }
  for (guint k = 0; k < G_N_ELEMENTS (html_block_tags); k++)
    if (strlen (html_block_tags[k]) == q - s && g_ascii_strncasecmp (t + s, html_block_tags[k], q - s) == 0)
      {
        *until = NULL;
        return TRUE;
      }
  return FALSE;
}

/* A GFM table delimiter row: "| --- | :-: |". */
static gboolean
is_table_delimiter (const char *t, gsize p, gsize end)
{
  gboolean pipe = FALSE, dash = FALSE;

  for (gsize q = p; q < end; q++)
    {
      if (t[q] == '|')
        pipe = TRUE;
      else if (t[q] == '-')
        dash = TRUE;
      else if (t[q] != ':' && t[q] != ' ' && t[q] != '\t')
        return FALSE;
    }
  return pipe && dash;
}

/* A link reference definition "[label]: destination" at t[p]; its label. */
static gboolean
is_link_definition (const char *t, gsize p, gsize end, gsize *label_start, gsize *label_end)
{
  if (p >= end || t[p] != '[')
    return FALSE;
  gsize q = p + 1;
  while (q < end && t[q] != ']' && t[q] != '[' && q - p < 1000)
    q += t[q] == '\\' ? 2 : 1;
  if (q >= end || t[q] != ']' || q == p + 1 || q + 1 >= end || t[q + 1] != ':')
    return FALSE;
  gsize r = q + 2;
  while (r < end && (t[r] == ' ' || t[r] == '\t'))
    r++;
  if (r >= end)
    return FALSE;
  *label_start = p + 1;
  *label_end = q;
  return TRUE;
}

static void
md_line (Markdown *md, const Line *line)
{
  const char *t = md->src->text;
  gsize s = line->start, e = line->end;

  switch (md->skip)
    {
    case SKIP_FENCE:
      {
        gsize p = skip_indent (t, s, e, NULL);
        char ch;
        guint len;
        if (is_fence (t, p, e, &ch, &len) && ch == md->fence_char && len >= md->fence_len)
          {
            gsize q = p + len;
            if (is_blank (t, q, e))
              md->skip = SKIP_NONE;
          }
        return;
      }
    case SKIP_UNTIL:
      if (g_strstr_len (t + s, (gssize) (e - s), md->skip_until) != NULL)
        md->skip = SKIP_NONE;
      return;
    case SKIP_UNTIL_BLANK:
      if (is_blank (t, s, e))
        md->skip = SKIP_NONE;
      return;
    case SKIP_NONE:
    default:
      break;
    }

  if (is_blank (t, s, e))
    {
      md_close (md);
      return;
    }

  guint indent;
  gsize p = skip_indent (t, s, e, &indent);
  guint raw_indent = indent;
  gboolean in_item = FALSE;

  /* Inside a list item, its content column counts as the left margin. */
  if (md->in_list)
    {
      if (indent >= md->list_indent)
        {
          in_item = TRUE;
          indent -= md->list_indent;
        }
      else
        {
          gboolean ordered;
          guint64 number;
          gboolean marker = indent < 4 && list_marker (t, p, e, &ordered, &number) > 0
                            && !is_thematic_break (t, p, e);
          if (!marker && !(md->open && md->kind == CONTRA_BLOCK_LIST_ITEM))
            md->in_list = FALSE;
        }
    }

  if (indent >= 4)
    {
      /* Indented code cannot interrupt a paragraph; there it is a continuation. */
      if (md->open)
        md_add_line (md, p, e, line);
      return;
    }

  if (t[p] == '>')
    {
      gsize q = p;
      while (q < e && t[q] == '>')
        {
          q++;
          if (q < e && (t[q] == ' ' || t[q] == '\t'))
            q++;
          q = skip_indent (t, q, e, NULL);
        }
      if (is_blank (t, q, e))
        {
          md_close (md);
          return;
        }
      gboolean ordered;
      guint64 number;
      gsize after = 0;
      if (q < e && t[q] == '#')
        {
          after = q;
          while (after < e && t[after] == '#')
            after++;
          if (after - q > 6 || (after < e && t[after] != ' ' && t[after] != '\t'))
            after = 0;
        }
      if (after == 0)
        after = list_marker (t, q, e, &ordered, &number);
      if (after > 0 || !md->open || md->kind != CONTRA_BLOCK_QUOTE)
        md_open (md, CONTRA_BLOCK_QUOTE);
      md_add_line (md, after > 0 ? after : q, e, line);
      return;
    }

  char fence_char;
  guint fence_len;
  if (is_fence (t, p, e, &fence_char, &fence_len))
    {
      md_close (md);
      md->skip = SKIP_FENCE;
      md->fence_char = fence_char;
      md->fence_len = fence_len;
      return;
    }

  if (t[p] == '<')
    {
      const char *until = NULL;
      if (e - p >= 4 && memcmp (t + p, "<!--", 4) == 0)
        {
          md_close (md);
          if (g_strstr_len (t + p + 4, (gssize) (e - p - 4), "-->") == NULL)
            {
              md->skip = SKIP_UNTIL;
              md->skip_until = "-->";
            }
          return;
        }
      if (is_html_block (t, p, e, &until))
        {
          md_close (md);
          if (until == NULL)
            md->skip = SKIP_UNTIL_BLANK;
          else if (g_strstr_len (t + p + 1, (gssize) (e - p - 1), until) == NULL)
            {
              md->skip = SKIP_UNTIL;
              md->skip_until = until;
            }
          return;
        }
    }

  if (md->open && md->kind == CONTRA_BLOCK_PARAGRAPH && is_setext (t, p, e))
    {
      md->kind = CONTRA_BLOCK_HEADING;
      md_close (md);
      return;
    }

  if (is_thematic_break (t, p, e))
    {
      md_close (md);
      return;
    }

  if (t[p] == '#')
    {
      gsize q = p;
      while (q < e && t[q] == '#')
        q++;
      if (q - p <= 6 && (q == e || t[q] == ' ' || t[q] == '\t'))
        {
          /* The closing sequence " ##" is not part of the heading. */
          gsize z = e;
          while (z > q && (t[z - 1] == ' ' || t[z - 1] == '\t'))
            z--;
          gsize h = z;
          while (h > q && t[h - 1] == '#')
            h--;
          if (h < z && (h == q || t[h - 1] == ' ' || t[h - 1] == '\t'))
            z = h;
          md_open (md, CONTRA_BLOCK_HEADING);
          md_add_line (md, q, z, line);
          md_close (md);
          return;
        }
    }

  gboolean ordered;
  guint64 number;
  gsize after = list_marker (t, p, e, &ordered, &number);
  if (after > 0)
    {
      gboolean empty = is_blank (t, after, e);
      /* Only "1." or a bullet with content may interrupt a paragraph. */
      gboolean interrupts = !md->open || md->kind != CONTRA_BLOCK_PARAGRAPH
                            || (!empty && (!ordered || number == 1));
      if (interrupts)
        {
          guint spaces;
          gsize content = skip_indent (t, after, e, &spaces);
          guint marker_col = raw_indent + (guint) (after - p);
          if (empty || spaces > 4)
            {
              spaces = 1;
              content = MIN (after + 1, e);
            }
          md->in_list = TRUE;
          md->list_indent = marker_col + spaces;
          /* A task list box "[ ]" or "[x]" is not prose. */
          if (e - content >= 3 && t[content] == '[' && t[content + 2] == ']'
              && (t[content + 1] == ' ' || t[content + 1] == 'x' || t[content + 1] == 'X'))
            content = skip_indent (t, content + 3, e, NULL);
          md_open (md, CONTRA_BLOCK_LIST_ITEM);
          md_add_line (md, content, e, line);
          return;
        }
    }

  gsize label_start, label_end;
  if (!md->open && is_link_definition (t, p, e, &label_start, &label_end))
    return;

  if (md->open && md->kind == CONTRA_BLOCK_PARAGRAPH && md->lines == 1 && is_table_delimiter (t, p, e)
      && memchr (md->inter.text->str, '|', md->inter.text->len) != NULL)
    {
      /* The open paragraph was a table's header row. */
      builder_reset (&md->inter);
      md->open = FALSE;
      md->lines = 0;
      md->skip = SKIP_UNTIL_BLANK;
      return;
    }

  if (!md->open)
    md_open (md, in_item ? CONTRA_BLOCK_LIST_ITEM : CONTRA_BLOCK_PARAGRAPH);
  md_add_line (md, p, e, line);
}

static GHashTable *
collect_labels (const char *text, gsize from, gsize to)
{
  GHashTable *labels = NULL;
  Line line;
  gsize pos = from;

  while (next_line (text, pos, to, &line))
    {
      guint indent;
      gsize p = skip_indent (text, line.start, line.end, &indent);
      gsize ls, le;
      pos = line.next;
      if (indent < 4 && is_link_definition (text, p, line.end, &ls, &le))
        {
          if (labels == NULL)
            labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_add (labels, normalize_label (text + ls, le - ls));
        }
    }
  return labels;
}

static void
markdown_region (const Source *src, gsize from, gsize to, GPtrArray *region)
{
  Markdown md = {0};
  Line line;
  gsize pos = from;

  md.src = src;
  md.region = region;
  md.labels = collect_labels (src->text, from, to);
  builder_init (&md.inter);
  builder_init (&md.out);
  while (next_line (src->text, pos, to, &line))
    {
      md_line (&md, &line);
      pos = line.next;
    }
  md_close (&md);
  builder_clear (&md.inter);
  builder_clear (&md.out);
  if (md.labels != NULL)
    g_hash_table_unref (md.labels);
}

/* ---------------------------------------------------------------------------------
 * Entry points */

void
contra_markup_blocks_split (const char *text,
                            gsize from,
                            gsize to,
                            ContraFormat format,
                            const ContraRange *ignored,
                            guint n_ignored,
                            const gsize *breaks,
                            guint n_breaks,
                            GPtrArray *blocks)
{
  g_return_if_fail (text != NULL || to == 0);
  g_return_if_fail (blocks != NULL);

  if (from == 0)
    from = contra_markup_front_matter (text, to);
  if (from >= to)
    return;

  Source src = {text, ignored, n_ignored};
  g_autoptr (GPtrArray) region = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);
  Layout layout = format == CONTRA_FORMAT_PLAIN ? plain_layout (text, from, to) : LAYOUT_PARAGRAPHS;
  gsize start = from;

  for (guint k = 0; k <= n_breaks; k++)
    {
      gsize stop = k < n_breaks ? breaks[k] : to;
      if (stop <= start)
        continue;
      stop = MIN (stop, to);
      while (stop > start && stop < to && is_continuation (text, stop))
        stop--;
      if (stop == start)
        continue;
      if (format == CONTRA_FORMAT_MARKDOWN)
        markdown_region (&src, start, stop, region);
      else
        plain_region (&src, start, stop, layout, region);
      finish_region (region, format, text, blocks);
      start = stop;
      if (start >= to)
        break;
    }
}

void
contra_markup_blocks (const char *text,
                      gsize from,
                      gsize to,
                      ContraFormat format,
                      const ContraRange *ignored,
                      guint n_ignored,
                      GPtrArray *blocks)
{
  contra_markup_blocks_split (text, from, to, format, ignored, n_ignored, NULL, 0, blocks);
}

/* The first @a immediately followed by @b in [@p, @end), or NULL. */
static const char *
find_pair (const char *p, const char *end, char a, char b)
{
  while (p < end && (p = memchr (p, a, (gsize) (end - p))) != NULL)
    {
      if (p + 1 < end && p[1] == b)
        return p;
      p++;
    }
  return NULL;
}

gboolean
contra_markup_looks_like_markdown (const char *text, gsize length)
{
  Line line;
  gsize pos = 0, to = MIN (length, (gsize) 256 * 1024);
  guint strong = 0, weak = 0;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  while (next_line (text, pos, to, &line))
    {
      gsize p = skip_indent (text, line.start, line.end, NULL);
      gsize e = line.end;
      pos = line.next;
      if (p < e && text[p] == '#')
        {
          gsize q = p;
          while (q < e && text[q] == '#')
            q++;
          if (q - p <= 6 && q < e && text[q] == ' ' && !is_blank (text, q, e))
            strong++;
        }
      char ch;
      guint len;
      if (p == line.start && is_fence (text, p, e, &ch, &len))
        strong++;
      const char *link = find_pair (text + p, text + e, ']', '(');
      if (link != NULL && memchr (text + p, '[', (gsize) (link - (text + p))) != NULL)
        strong++;
      const char *bold = find_pair (text + p, text + e, '*', '*');
      if (bold != NULL && find_pair (bold + 2, text + e, '*', '*') != NULL)
        weak++;
    }
  return strong > 0 || weak >= 2;
}
