/* segmenter.c — sentences within a block.
 *
 * The algorithm, one left-to-right pass over the block's clean text:
 *
 *   1. A candidate is a terminator (".", "!", "?", "…", and the CJK "。！？") with
 *      what follows it glued on: more terminators ("?!", "...", the Vietnamese
 *      end-of-article mark "./."), closing quotes and brackets (".”", "?\")"), and
 *      footnote markers, with or without a space before them ("efforts.[2]",
 *      "capacity.”[3]", "region.” [2]"): all of these stay with the sentence they end.
 *   2. The candidate ends a sentence only when white space (or the end of the
 *      block) follows it, so "U.S.-Vietnam", "9.49" and "Thoibao.de" never split.
 *      CJK terminators need no space.
 *   3. The next sentence must start plausibly: its first letter, after any opening
 *      quotes or brackets, is not lower case. This keeps "Congress... resulted" and
 *      "e.g. the" together.
 *   4. A lone period after a known word is looked at more closely (closing quotes or
 *      a footnote after it mean the sentence ended, whatever the word):
 *      - titles ("Gen.", "Dr.", "Mr.", "St.") never end a sentence;
 *      - "No.", "Vol.", "p." and month abbreviations ("Dec.") do not before a number;
 *      - dotted abbreviations ("U.S.", "a.m."), initials ("John F. Kennedy"),
 *        months and company suffixes end a sentence only when the next word is a
 *        typical sentence opener (The, It, In, But, ...). "the U.S. The talks"
 *        splits; "the U.S. Senate" and "U.S. President Bill Clinton" do not.
 *   5. A block always ends its last sentence (a heading needs no period), and a
 *      "sentence" of punctuation alone (the "»" after a French period) is given to
 *      the sentence before it.
 *
 * Known limits: a sentence that really ends on an abbreviation or an initial and is
 * followed by a name ("...based in the U.S. Vietnam has...") is not split; a
 * sentence that starts in lower case (a typo such as 003's "...peace and stability.
 * and prosperity.") is not split either; quoted speech is split at its inner
 * sentence ends like any other text ("...wounds of the past. With this visit, ..."
 * in 000 gives two sentences); the abbreviations are a list (lang/en/abbreviations.yaml),
 * so one that is not on it ("Calif. Governor") is taken as a sentence end when a
 * capital follows;
 * a footnote marker after a period is given to the sentence before it even when it
 * opens the next note ("...end. [1] Xin Qiang is..." within one block).
 */
#include "text/segmenter.h"

#include <string.h>

#include "lang/language.h"

static inline gunichar
get_char (const char *t, gsize i, gsize n, gsize *len)
{
  guchar c = (guchar) t[i];

  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  const char *next = g_utf8_find_next_char (t + i, t + n);
  *len = next != NULL ? (gsize) (next - (t + i)) : n - i;
  return g_utf8_get_char (t + i);
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

static inline gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return g_unichar_isalpha (c);
}

static inline gboolean
is_terminator (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01
         || c == 0xFF1F || c == 0xFF0E;
}

static inline gboolean
is_cjk_terminator (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

static inline gboolean
is_closer (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019: case 0x00BB:
    case 0x203A: case 0xFF09: case 0x300D: case 0x300F: case 0x3011:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_opener_mark (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case '(': case '[': case 0x201C: case 0x2018: case 0x00AB:
    case 0x2039: case 0xFF08: case 0x300C: case 0x300E: case 0x3010: case 0x00BF:
    case 0x00A1: case '*': case '_':
      return TRUE;
    default:
      return FALSE;
    }
}

static gsize
skip_spaces (const char *t, gsize i, gsize n)
{
  while (i < n)
    {
      gsize len;
      gunichar c = get_char (t, i, n, &len);
      if (!is_space (c))
        break;
      i += len;
    }
  return i;
}

/* A footnote marker "[12]" at t[i]; returns the offset after it, or 0. */
static gsize
footnote_at (const char *t, gsize i, gsize n)
{
  if (i >= n || t[i] != '[')
    return 0;
  gsize q = i + 1;
  while (q < n && g_ascii_isdigit (t[q]) && q - i <= 3)
    q++;
  if (q == i + 1 || q >= n || t[q] != ']')
    return 0;
  return q + 1;
}

/* Words that typically open a sentence (lang/en/words.yaml): after "U.S." or an
 * initial, one of these means the sentence ended there. */
static gboolean
is_opener_word (const ContraLanguage *language, const char *word, gsize len)
{
  return contra_language_sentence_opener (language, word, len);
}

/* The first letter or digit at or after @i, past opening quotes and brackets: its
 * offset, or n when there is none before other text. */
static gsize
first_word (const char *t, gsize i, gsize n)
{
  while (i < n)
    {
      gsize len;
      gunichar c = get_char (t, i, n, &len);
      if (!is_opener_mark (c))
        break;
      i += len;
    }
  return i;
}

/* What the period at t[dot] ends: the word before it decides. */
static ContraAbbreviation
word_before (const ContraLanguage *language, const char *t, gsize dot)
{
  gsize start = dot;
  gboolean dotted = FALSE;

  while (start > 0)
    {
      const char *p = g_utf8_find_prev_char (t, t + start);
      gunichar c = g_utf8_get_char (p);
      if (c == '.')
        dotted = TRUE;
      else if (!is_letter (c))
        break;
      start = (gsize) (p - t);
    }
  /* Leading periods belong to an ellipsis, not to the word. */
  while (start < dot && t[start] == '.')
    start++;
  gsize len = dot - start;
  if (len == 0)
    return CONTRA_ABBREVIATION_NONE;
  if (dotted && t[dot - 1] != '.')
    {
      /* "U.S", "a.m", "e.g": every part a single letter. */
      gboolean single = TRUE;
      for (gsize k = start; k < dot; k++)
        if (t[k] == '.' ? (k == start || t[k - 1] == '.') : (k + 1 < dot && t[k + 1] != '.'))
          single = FALSE;
      if (!single)
        return CONTRA_ABBREVIATION_NONE;
      /* "e.g." is listed; "U.S." need not be. */
      ContraAbbreviation listed = contra_language_abbreviation (language, t + start, len);
      return listed != CONTRA_ABBREVIATION_NONE ? listed : CONTRA_ABBREVIATION_CONDITIONAL;
    }
  if (dotted)
    return CONTRA_ABBREVIATION_NONE;
  gsize first_len;
  gunichar first = get_char (t, start, dot, &first_len);
  if (first_len == len)
    return g_unichar_isupper (first) || first == 'p' ? CONTRA_ABBREVIATION_CONDITIONAL : CONTRA_ABBREVIATION_NONE;
  return contra_language_abbreviation (language, t + start, len);
}

/* Looks at the terminator at t[i]. Returns TRUE when a sentence ends there: @end is
 * where it ends (after closers and footnotes), @next where the next one starts. In
 * any case @resume is where scanning goes on. */
static gboolean
sentence_ends (const ContraLanguage *language, const char *t, gsize n, gsize i, gsize *end, gsize *next, gsize *resume)
{
  gsize len;
  gunichar first = get_char (t, i, n, &len);
  gsize j = i + len;
  gboolean single_period = first == '.';
  gboolean closed = FALSE;

  /* 1. what is glued to the terminator */
  while (j < n)
    {
      gsize l;
      gunichar c = get_char (t, j, n, &l);
      if (is_terminator (c))
        {
          single_period = FALSE;
          j += l;
        }
      else if (c == '/' && j + 1 < n && t[j + 1] == '.')
        {
          single_period = FALSE;
          j += 2;
        }
      else
        break;
    }
  while (j < n)
    {
      gsize l;
      gunichar c = get_char (t, j, n, &l);
      if (is_closer (c))
        {
          closed = TRUE;
          j += l;
          continue;
        }
      /* "Mondiale. »": French puts a space before the closing guillemet. */
      gsize k = skip_spaces (t, j, n);
      if (k > j && k < n && get_char (t, k, n, &l) == 0x00BB)
        {
          closed = TRUE;
          j = k + l;
          continue;
        }
      gsize f = footnote_at (t, k, n);
      if (f > 0)
        {
          closed = TRUE;
          j = f;
          continue;
        }
      break;
    }
  *resume = j;
  *end = j;

  /* 2. white space after it */
  if (j >= n)
    {
      *next = n;
      return TRUE;
    }
  gsize l;
  gunichar after = get_char (t, j, n, &l);
  if (!is_space (after))
    {
      if (is_cjk_terminator (first))
        {
          *next = j;
          return TRUE;
        }
      return FALSE;
    }
  gsize k = skip_spaces (t, j, n);
  *next = k;
  if (k >= n)
    return TRUE;

  /* 3. a plausible start */
  gsize w = first_word (t, k, n);
  gunichar start = w < n ? get_char (t, w, n, &l) : 0;
  if (w < n && g_unichar_islower (start))
    return FALSE;

  /* 4. the word before a lone period */
  if (!single_period || closed)
    return TRUE;
  ContraAbbreviation kind = word_before (language, t, i);
  if (kind == CONTRA_ABBREVIATION_NONE)
    return TRUE;
  gboolean number_next = w < n && g_ascii_isdigit (t[w]);
  gsize word_end = w;
  while (word_end < n && g_ascii_isalpha (t[word_end]))
    word_end++;
  gboolean opener_next = word_end > w && (word_end >= n || !g_ascii_isalnum (t[word_end]))
                         && is_opener_word (language, t + w, word_end - w);

  switch (kind)
    {
    case CONTRA_ABBREVIATION_TITLE:
      return FALSE;
    case CONTRA_ABBREVIATION_BEFORE_NUMBERS:
      return !number_next;
    case CONTRA_ABBREVIATION_MONTH:
      return !number_next && opener_next;
    case CONTRA_ABBREVIATION_CONDITIONAL:
      return opener_next;
    case CONTRA_ABBREVIATION_NONE:
    default:
      return TRUE;
    }
}

static gboolean
has_alnum (const char *t, gsize start, gsize end)
{
  for (gsize i = start; i < end;)
    {
      gsize len;
      gunichar c = get_char (t, i, end, &len);
      if (g_unichar_isalnum (c))
        return TRUE;
      i += len;
    }
  return FALSE;
}

/* The end of [start, end) without trailing white space. */
static gsize
trim_end (const char *t, gsize start, gsize end)
{
  while (end > start)
    {
      const char *p = g_utf8_find_prev_char (t + start, t + end);
      if (p == NULL || !is_space (g_utf8_get_char (p)))
        break;
      end = (gsize) (p - t);
    }
  return end;
}

static void
push (GArray *sentences, guint block_index, guint first, const char *t, gsize start, gsize end)
{
  end = trim_end (t, start, end);
  if (end <= start)
    return;
  if (!has_alnum (t, start, end) && sentences->len > first)
    {
      g_array_index (sentences, ContraSentence, sentences->len - 1).end = end;
      return;
    }
  ContraSentence s = {block_index, start, end};
  g_array_append_val (sentences, s);
}

void
contra_segment_block (const ContraBlock *block, guint block_index, GArray *sentences)
{
  contra_segment_block_in (contra_language_default (), block, block_index, sentences);
}

void
contra_segment_block_in (const ContraLanguage *language,
                         const ContraBlock *block,
                         guint block_index,
                         GArray *sentences)
{
  g_return_if_fail (language != NULL && block != NULL && sentences != NULL);

  const char *t = block->text;
  gsize n = block->length;
  guint first = sentences->len;
  gsize start = skip_spaces (t, 0, n);
  gsize i = start;

  while (i < n)
    {
      guchar c = (guchar) t[i];
      gsize len = 1;
      if (c >= 0x80)
        {
          gunichar u = get_char (t, i, n, &len);
          if (!is_terminator (u))
            {
              i += len;
              continue;
            }
        }
      else if (c != '.' && c != '!' && c != '?')
        {
          i++;
          continue;
        }

      gsize end, next, resume;
      if (sentence_ends (language, t, n, i, &end, &next, &resume))
        {
          push (sentences, block_index, first, t, start, end);
          start = next;
          i = next;
        }
      else
        i = resume;
    }
  if (start < n)
    push (sentences, block_index, first, t, start, n);
}
