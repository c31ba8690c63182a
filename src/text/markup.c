/* markup.c — prose blocks from Markdown or plain text.
 *
 * Markdown is parsed by md4c (CommonMark with GitHub's tables, strikethrough and task
 * lists). md4c reports every piece of text as a pointer into the buffer it reads, so
 * each clean byte is copied from its source offset and recorded in the block's runs;
 * a line break becomes one space mapped to the break's first byte, an entity a run of
 * its own. A block is the text between two of md4c's block events: headings,
 * paragraphs, list items, quotes, and table rows (cells joined by " | "). Code and
 * HTML blocks, images' alt text, autolinks and link targets give no prose; the HTML
 * comments met on the way are handed back for lint's directives. md4c does not read
 * footnotes: a definition "[^1]: text" is kept as the paragraph it is (its "[" is
 * changed in a copy md4c reads, so that "[^1]: 2012" is no link definition), and its
 * marker and every reference "[^1]" are left out of the prose as ignored ranges.
 *
 * Known limits: md4c 0.4.8 (Debian's) reads a line indented four spaces right after a
 * one-line HTML comment as a paragraph (mity/md4c#200); a "[^1]" inside a code span
 * is cut out of it like a footnote reference.
 *
 * Plain text has no markup but backslash escapes; its structure is guessed: the
 * layout (a paragraph per line, or hard-wrapped paragraphs between blank lines),
 * headings (short lines without final punctuation), and paragraphs broken in two
 * by page debris, which are joined again (for Markdown too). Bytes in ignored ranges
 * are never copied, which cuts them out of any block they overlap.
 */
#include "text/markup.h"

#include "lang/language.h"

#include <md4c.h>
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

/* TRUE when the @n bytes at @word are a word a sentence does not end on (words.yaml
 * unfinished_endings): a block that ends on one was cut short. */
static gboolean
is_function_word (const char *word, gsize n)
{
  const char *const *endings = contra_language_words (contra_language_default (), CONTRA_WORDS_UNFINISHED_ENDINGS);

  for (guint i = 0; endings[i] != NULL; i++)
    if (strlen (endings[i]) == n && g_ascii_strncasecmp (word, endings[i], n) == 0)
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

/* A fact-box line, a label and its value set apart by a tab ("Born<TAB>27 August 1968",
 * "Live albums<TAB>2"): a statement of its own, never joined to the lines around it. */
static gboolean
is_record_line (const char *text, gsize start, gsize end)
{
  gsize i = skip_indent (text, start, end, NULL);
  const char *tab = i < end ? memchr (text + i, '\t', end - i) : NULL;

  if (tab == NULL || tab == text + i)
    return FALSE;
  return !is_blank (text, (gsize) (tab - text), end);
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
  if (ends_with_final_punct (block->text, block->length) || is_record_line (block->text, 0, block->length))
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
      if (layout == LAYOUT_LINES || is_record_line (src->text, line.start, line.end))
        {
          if (layout != LAYOUT_LINES)
            plain_flush (&inter, &out, region);
          builder_reserve (&inter, line.end - line.start);
          emit_source (&inter, src, line.start, line.end);
          plain_flush (&inter, &out, region);
          last_break = G_MAXSIZE;
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
 * Markdown: entities, footnotes, fences */

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

/* ---------------------------------------------------------------------------------
 * Markdown, read by md4c
 *
 * md4c parses CommonMark with GitHub's tables, strikethrough and task lists, and
 * reports each piece of text as a pointer into the buffer it reads, so every clean
 * byte keeps its source offset. Permissive autolinks are off: a bare URL stays text,
 * as it is in CommonMark. */

#define MARKDOWN_FLAGS (MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS)

/* Between two cells of a table row: a row is one block, so that "| 2011 | MOU
 * signed |" can be one claim, and the mark keeps the cells apart in the text. */
static const char cell_separator[] = " | ";

typedef struct
{
  const Source *src;
  const char *base;       /* what md4c reads: source offset @from is base[0] */
  gsize from;
  gsize to;
  GPtrArray *region;
  GArray *comments;       /* ContraRange, or NULL */

  Builder out;
  GArray *containers;     /* ContraBlockKind of the open list items and quotes */
  ContraBlockKind leaf;   /* of the text being built, unless a container says */
  guint verbatim;         /* > 0 inside a code or HTML block */
  guint span_depth;
  guint drop_at;          /* depth of the span whose text is not prose; 0: none */
  gboolean link_opened;   /* a link opened and has shown no text yet */
  gboolean in_head;       /* in a table's header */
  gboolean in_row;        /* in a table row */
  gboolean cell_pending;  /* a cell opened after text in the row */
  gsize last_end;         /* source offset after the last text md4c pointed at */
} Reader;

static void
reader_flush (Reader *r)
{
  /* A table row is a row wherever it stands; other text takes the kind of the list
   * item or quote it is in. */
  ContraBlockKind kind = r->containers->len > 0 && !r->in_row
                           ? g_array_index (r->containers, ContraBlockKind, r->containers->len - 1)
                           : r->leaf;
  ContraBlock *block = builder_finish (&r->out, kind);

  if (block != NULL)
    g_ptr_array_add (r->region, block);
  r->cell_pending = FALSE;
}

/* Records the HTML comments that start in source [start, end); a comment may end
 * past it ("-->" on a later line), never past the region. */
/* g_strstr_len() by memmem(), which does not walk byte by byte: the same for a text
 * without NUL bytes (document.c turns such a file down). A negative length reads to
 * the NUL, as g_strstr_len() does. */
static const char *
find_in (const char *text, gssize length, const char *needle)
{
  if (length < 0)
    return strstr (text, needle);
  return memmem (text, (gsize) length, needle, strlen (needle));
}

static void
reader_note_comments (Reader *r, gsize start, gsize end)
{
  const char *t = r->src->text;

  if (r->comments == NULL)
    return;
  if (r->comments->len > 0)
    start = MAX (start, g_array_index (r->comments, ContraRange, r->comments->len - 1).end);
  while (start + 4 <= end)
    {
      const char *open = find_in (t + start, (gssize) (end - start), "<!--");
      if (open == NULL)
        return;
      gsize body = (gsize) (open - t) + 4;
      const char *close = find_in (t + body, (gssize) (r->to - body), "-->");
      if (close == NULL)
        return;
      ContraRange range = {(gsize) (open - t), (gsize) (close - t) + 3};
      g_array_append_val (r->comments, range);
      start = range.end;
    }
}

/* The source offset of a line break md4c reported: the first break byte after the
 * last text (past trailing spaces, or the backslash of a hard break). */
static gsize
reader_break_offset (const Reader *r)
{
  const char *t = r->src->text;

  for (gsize p = r->last_end; p < r->to; p++)
    {
      if (t[p] == '\n' || t[p] == '\r')
        return p;
      if (t[p] != ' ' && t[p] != '\t' && t[p] != '\\')
        break;
    }
  return r->last_end;
}

static int
reader_enter_block (MD_BLOCKTYPE type, void *detail, void *data)
{
  Reader *r = data;
  ContraBlockKind container;

  (void) detail;
  if (type == MD_BLOCK_TH || type == MD_BLOCK_TD)
    {
      r->cell_pending = r->out.text->len > 0;
      return 0;
    }
  reader_flush (r);
  switch (type)
    {
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_LI:
      container = type == MD_BLOCK_QUOTE ? CONTRA_BLOCK_QUOTE : CONTRA_BLOCK_LIST_ITEM;
      g_array_append_val (r->containers, container);
      break;
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
      r->verbatim++;
      break;
    case MD_BLOCK_H:
      r->leaf = CONTRA_BLOCK_HEADING;
      break;
    case MD_BLOCK_THEAD:
      r->in_head = TRUE;
      break;
    case MD_BLOCK_TR:
      /* A header row names the columns, as a heading names a section. */
      r->leaf = r->in_head ? CONTRA_BLOCK_HEADING : CONTRA_BLOCK_TABLE_ROW;
      r->in_row = TRUE;
      break;
    default:
      break;
    }
  return 0;
}

static int
reader_leave_block (MD_BLOCKTYPE type, void *detail, void *data)
{
  Reader *r = data;

  (void) detail;
  if (type == MD_BLOCK_TH || type == MD_BLOCK_TD)
    return 0;
  reader_flush (r);
  r->leaf = CONTRA_BLOCK_PARAGRAPH;
  switch (type)
    {
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_LI:
      g_array_set_size (r->containers, r->containers->len - 1);
      break;
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
      r->verbatim--;
      break;
    case MD_BLOCK_THEAD:
      r->in_head = FALSE;
      break;
    case MD_BLOCK_TR:
      r->in_row = FALSE;
      break;
    default:
      break;
    }
  return 0;
}

static int
reader_enter_span (MD_SPANTYPE type, void *detail, void *data)
{
  Reader *r = data;

  (void) detail;
  r->span_depth++;
  /* Alt text is not the document's prose. */
  if (type == MD_SPAN_IMG && r->drop_at == 0)
    r->drop_at = r->span_depth;
  if (type == MD_SPAN_A)
    r->link_opened = TRUE;
  return 0;
}

static int
reader_leave_span (MD_SPANTYPE type, void *detail, void *data)
{
  Reader *r = data;

  (void) detail;
  if (r->drop_at == r->span_depth)
    r->drop_at = 0;
  r->span_depth--;
  if (type == MD_SPAN_A)
    r->link_opened = FALSE;
  return 0;
}

/* Writes the separator before a cell whose text starts at @at: the source's own
 * " | " when the pipe that opens the cell stands between two spaces, as it does in
 * most tables; else " | " with each byte mapped onto that pipe (or just after it), so
 * that no offset inside the separator falls inside a character of the source. */
static void
reader_separate_cell (Reader *r, gsize at)
{
  const char *t = r->src->text;
  gsize p = at;

  while (p > r->from && t[p - 1] != '|')
    p--;
  if (p == r->from)
    return;
  p--; /* the pipe */
  if (p > r->from && t[p - 1] == ' ' && p + 1 < at && t[p + 1] == ' ')
    {
      emit_source (&r->out, r->src, p - 1, p + 2);
      return;
    }
  builder_emit_other (&r->out, cell_separator, 1, p);
  builder_emit_other (&r->out, cell_separator + 1, 1, p);
  builder_emit_other (&r->out, cell_separator + 2, 1, p + 1);
}

static int
reader_text (MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data)
{
  Reader *r = data;
  gboolean in_source = text >= r->base && (gsize) (text - r->base) + size <= r->to - r->from;
  gsize at = in_source ? r->from + (gsize) (text - r->base) : r->last_end;

  if (in_source)
    r->last_end = at + size;
  if (type == MD_TEXT_HTML)
    {
      reader_note_comments (r, at, at + size);
      return 0;
    }
  if (r->verbatim > 0)
    return 0;
  /* Text md4c made up: a line break inside a code span comes as " ". */
  if (!in_source && type != MD_TEXT_BR && type != MD_TEXT_SOFTBR && !(size == 1 && g_ascii_isspace (*text)))
    return 0;
  if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR || !in_source)
    {
      if (r->drop_at == 0)
        emit_break (&r->out, r->src, reader_break_offset (r));
      return 0;
    }
  if (r->link_opened)
    {
      /* An autolink's text is its target: "<http://example.com>". */
      r->link_opened = FALSE;
      if (at > 0 && r->src->text[at - 1] == '<' && r->drop_at == 0)
        r->drop_at = r->span_depth;
    }
  if (r->drop_at != 0 || type == MD_TEXT_NULLCHAR)
    return 0;
  if (r->cell_pending)
    {
      reader_separate_cell (r, at);
      r->cell_pending = FALSE;
    }
  if (type == MD_TEXT_ENTITY)
    {
      char buf[8];
      gsize len = 0;
      if (parse_entity (r->src->text, at + size, at, buf, &len) == at + size)
        {
          builder_emit_other (&r->out, buf, len, at);
          return 0;
        }
    }
  emit_source (&r->out, r->src, at, at + size);
  return 0;
}

/* The paragraphs a footnote goes on with: after a blank line, lines indented four
 * columns, up to the first line that is not. Each such paragraph's first line has
 * its indentation marked (appended to @marks) and its first byte changed to "^" in
 * @copy, so that md4c reads a paragraph, not indented code. */
static void
footnote_continuations (const char *text, gsize pos, gsize from, gsize to, char *copy, GArray *marks)
{
  gboolean blank_before = FALSE;

  while (pos < to)
    {
      const char *nl = memchr (text + pos, '\n', to - pos);
      gsize next = nl != NULL ? (gsize) (nl - text) + 1 : to;
      gsize p = pos;
      guint columns = 0;
      while (p < next && (text[p] == ' ' || text[p] == '\t') && columns < 4)
        {
          columns = text[p] == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
          p++;
        }
      gboolean blank = is_blank (text, pos, next);
      if (!blank && columns < 4 && blank_before)
        return;
      if (!blank && columns >= 4 && blank_before)
        {
          ContraRange mark = {pos, p};
          g_array_append_val (marks, mark);
          copy[pos - from] = '^';
        }
      blank_before = blank;
      pos = next;
    }
}

/* Footnotes, which md4c does not know: a definition "[^label]: text" at the start of
 * a line is read as the paragraph it is (and its indented paragraphs after it), and
 * its marker and every reference "[^label]" are left out of the prose, as ranges
 * appended to @marks (the continuations' indentation to @continued). A definition's
 * "[" is changed in @copy (the region, read by md4c) so that "[^1]: 2012" is not
 * taken for a link reference definition. */
static void
find_footnotes (const char *text, gsize from, gsize to, char **copy, GArray *marks, GArray *continued)
{
  const char *p = text + from, *end = text + to;

  while ((p = find_pair (p, end, '[', '^')) != NULL)
    {
      const char *q = p + 2;
      while (q < end && q - p < 100 && *q != ']' && *q != '[' && !g_ascii_isspace (*q))
        q++;
      if (q >= end || *q != ']' || q == p + 2)
        {
          p += 2;
          continue;
        }
      gsize start = (gsize) (p - text);
      gsize line = start;
      while (line > from && text[line - 1] == ' ' && start - line < 3)
        line--;
      gboolean definition
        = q + 1 < end && q[1] == ':' && (line == 0 || text[line - 1] == '\n' || text[line - 1] == '\r');
      ContraRange mark = {start, (gsize) (q - text) + (definition ? 2 : 1)};
      g_array_append_val (marks, mark);
      if (definition)
        {
          if (*copy == NULL)
            *copy = g_memdup2 (text + from, to - from);
          (*copy)[start - from] = '^';
          const char *nl = memchr (text + mark.end, '\n', to - mark.end);
          if (nl != NULL)
            footnote_continuations (text, (gsize) (nl - text) + 1, from, to, *copy, continued);
        }
      p = text + mark.end;
    }
}

/* @a and @b (each sorted and disjoint) as one sorted, disjoint list. */
static GArray *
merge_ranges (const ContraRange *a, guint na, const ContraRange *b, guint nb)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (ContraRange), na + nb);
  guint i = 0, k = 0;

  while (i < na || k < nb)
    {
      ContraRange next = k >= nb || (i < na && a[i].start <= b[k].start) ? a[i++] : b[k++];
      ContraRange *last = out->len > 0 ? &g_array_index (out, ContraRange, out->len - 1) : NULL;
      if (last != NULL && next.start <= last->end)
        last->end = MAX (last->end, next.end);
      else
        g_array_append_val (out, next);
    }
  return out;
}

static void
markdown_region (const Source *src, gsize from, gsize to, GPtrArray *region, GArray *comments)
{
  g_autofree char *copy = NULL;
  g_autoptr (GArray) marks = g_array_new (FALSE, FALSE, sizeof (ContraRange));
  g_autoptr (GArray) continued = g_array_new (FALSE, FALSE, sizeof (ContraRange));
  g_autoptr (GArray) ignored = NULL;
  Source with_notes = *src;

  find_footnotes (src->text, from, to, &copy, marks, continued);
  if (marks->len > 0)
    {
      g_autoptr (GArray) notes = merge_ranges ((const ContraRange *) (void *) marks->data, marks->len,
                                               (const ContraRange *) (void *) continued->data, continued->len);
      ignored = merge_ranges (src->ignored, src->n_ignored, (const ContraRange *) (void *) notes->data, notes->len);
      with_notes.ignored = (const ContraRange *) (void *) ignored->data;
      with_notes.n_ignored = ignored->len;
    }

  Reader r = {
    .src = &with_notes,
    .base = copy != NULL ? copy : src->text + from,
    .from = from,
    .to = to,
    .region = region,
    .comments = comments,
    .containers = g_array_new (FALSE, FALSE, sizeof (ContraBlockKind)),
    .leaf = CONTRA_BLOCK_PARAGRAPH,
    .last_end = from,
  };
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = MARKDOWN_FLAGS,
    .enter_block = reader_enter_block,
    .leave_block = reader_leave_block,
    .enter_span = reader_enter_span,
    .leave_span = reader_leave_span,
    .text = reader_text,
  };

  builder_init (&r.out);
  md_parse (r.base, (MD_SIZE) (to - from), &parser, &r);
  reader_flush (&r);
  builder_clear (&r.out);
  g_array_unref (r.containers);
}

/* Plain text has no code to hide a comment in: every "<!-- ... -->" that starts in
 * [from, to) is one. */
static void
plain_comments (const char *text, gsize from, gsize to, GArray *comments)
{
  const char *p = text + from, *end = text + to;

  while ((p = find_in (p, end - p, "<!--")) != NULL)
    {
      const char *close = strstr (p + 4, "-->");
      if (close == NULL)
        return;
      ContraRange range = {(gsize) (p - text), (gsize) (close - text) + 3};
      g_array_append_val (comments, range);
      p = close + 3;
      if (p >= end)
        return;
    }
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
                            GPtrArray *blocks,
                            GArray *comments)
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
        markdown_region (&src, start, stop, region, comments);
      else
        {
          plain_region (&src, start, stop, layout, region);
          if (comments != NULL)
            plain_comments (text, start, stop, comments);
        }
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
  contra_markup_blocks_split (text, from, to, format, ignored, n_ignored, NULL, 0, blocks, NULL);
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
