/* tokens.c — the tokenizer.
 *
 * One left-to-right pass over the sentence, ASCII on a fast path and glib's Unicode
 * tables otherwise. The folded and plain forms are written into one growing buffer so
 * that a sentence costs no allocation once the buffer has grown to fit.
 */
#include "text/tokens.h"

#include <string.h>

#include "lang/language.h"

ContraTokens *
contra_tokens_new (void)
{
  return contra_tokens_new_for (contra_language_default ());
}

ContraTokens *
contra_tokens_new_for (const ContraLanguage *language)
{
  ContraTokens *t = g_new0 (ContraTokens, 1);

  t->language = language;

  t->capacity = 64;
  t->tokens = g_new (ContraToken, t->capacity);
  t->forms = g_string_sized_new (512);
  return t;
}

void
contra_tokens_free (ContraTokens *tokens)
{
  if (tokens == NULL)
    return;
  g_free (tokens->tokens);
  g_string_free (tokens->forms, TRUE);
  g_free (tokens);
}

static inline gboolean
is_ascii_alpha (guchar c)
{
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline gboolean
is_ascii_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

/* The character at @p (valid UTF-8) and its length in bytes. */
static inline gunichar
char_at (const char *p, guint *len)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  const char *next = g_utf8_next_char (p);
  *len = (guint) (next - p);
  return g_utf8_get_char (p);
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF;
}

static inline gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return is_ascii_alpha ((guchar) c);
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Returns the byte length of a letter at @p, or 0 when @p is not a letter. */
static guint
letter_len (const char *p, const char *end)
{
  guint len;

  if (p >= end)
    return 0;
  gunichar c = char_at (p, &len);
  return is_letter (c) ? len : 0;
}

/* Scans "X.Y." style abbreviations: single letters each followed by a period.
 * Returns the length of the abbreviation (including the final period) or 0. */
static gsize
scan_abbreviation (const char *p, const char *end)
{
  const char *q = p;
  guint letters = 0;

  while (q + 1 < end && is_ascii_alpha ((guchar) q[0]) && q[1] == '.')
    {
      q += 2;
      letters++;
    }
  /* "U.S." counts; "J." alone is an initial, left to the word scanner. */
  return letters >= 2 ? (gsize) (q - p) : 0;
}

static void
push_token (ContraTokens *t, const ContraToken *token)
{
  if (t->n_tokens == t->capacity)
    {
      t->capacity *= 2;
      t->tokens = g_renew (ContraToken, t->tokens, t->capacity);
    }
  t->tokens[t->n_tokens++] = *token;
}

static inline void
set_case_flags (ContraToken *token, gboolean capitalized, guint letters, guint upper)
{
  if (capitalized)
    token->flags |= CONTRA_TOKEN_CAPITALIZED;
  if (letters >= 2 && upper == letters)
    token->flags |= CONTRA_TOKEN_ALLCAPS;
}

/* write_forms() for a token of ASCII characters only, the common case: both forms
 * in one pass, straight into the buffer, and the hash as the folded form is written
 * (g_str_hash()'s, which word filters and the lexicon compute the same way). */
static void
write_ascii_forms (ContraTokens *t, ContraToken *token)
{
  const char *p = t->text + token->start;
  gsize n = token->end - token->start;
  gsize at = t->forms->len;
  gboolean word = token->kind == CONTRA_TOKEN_WORD;
  guint letters = 0, upper = 0;
  guint32 hash = 5381;

  /* Grown only when it must: most tokens fit in what the buffer holds already. */
  if (at + 2 * n + 2 >= t->forms->allocated_len)
    g_string_set_size (t->forms, at + 2 * n + 2);
  char *plain = t->forms->str + at;
  gsize k = 0;
  for (gsize i = 0; i < n; i++)
    {
      char c = p[i];
      if (c == '.' && word)
        continue;
      if (is_ascii_alpha ((guchar) c))
        {
          letters++;
          upper += c >= 'A' && c <= 'Z';
        }
      plain[k++] = c;
    }
  plain[k] = '\0';
  char *fold = plain + k + 1;
  for (gsize i = 0; i < k; i++)
    {
      char c = plain[i];
      fold[i] = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
      hash = (hash << 5) + hash + (guchar) fold[i];
    }
  fold[k] = '\0';
  t->forms->len = at + 2 * k + 2;
  t->forms->str[t->forms->len] = '\0';

  token->plain = (guint32) at;
  token->fold = (guint32) (at + k + 1);
  token->hash = hash;
  set_case_flags (token, p[0] >= 'A' && p[0] <= 'Z', letters, upper);
}

static gboolean
is_ascii_span (const char *p, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if ((guchar) p[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* Writes the plain and folded forms of text[start, end) and fills the offsets, hash
 * and case flags of @token. */
static void
write_forms (ContraTokens *t, ContraToken *token)
{
  const char *p = t->text + token->start;
  const char *end = t->text + token->end;
  gboolean ascii = TRUE;
  guint letters = 0, upper = 0;

  if (is_ascii_span (p, token->end - token->start))
    {
      write_ascii_forms (t, token);
      return;
    }
  token->plain = (guint32) t->forms->len;
  while (p < end)
    {
      guint len;
      gunichar c = char_at (p, &len);

      if (c == '.' && token->kind == CONTRA_TOKEN_WORD)
        ;
      else if (c == 0x2019)
        g_string_append_c (t->forms, '\'');
      else
        {
          if (c >= 0x80)
            ascii = FALSE;
          if (is_letter (c))
            {
              letters++;
              if (c < 0x80 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c))
                upper++;
            }
          g_string_append_len (t->forms, p, len);
        }
      p += len;
    }
  g_string_append_c (t->forms, '\0');

  const char *plain = t->forms->str + token->plain;
  gunichar first = g_utf8_get_char (t->text + token->start);
  set_case_flags (token, first < 0x80 ? (first >= 'A' && first <= 'Z') : g_unichar_isupper (first), letters,
                  upper);

  token->fold = (guint32) t->forms->len;
  if (ascii)
    {
      gsize n = strlen (plain);
      g_string_set_size (t->forms, t->forms->len + n + 1);
      char *out = t->forms->str + token->fold;
      plain = t->forms->str + token->plain; /* the buffer may have moved */
      for (gsize i = 0; i < n; i++)
        out[i] = g_ascii_tolower (plain[i]);
      out[n] = '\0';
    }
  else
    {
      g_autofree char *folded = g_utf8_casefold (plain, -1);
      g_string_append (t->forms, folded);
      g_string_append_c (t->forms, '\0');
    }
  token->hash = g_str_hash (t->forms->str + token->fold);
}

static gsize
scan_word (const char *p, const char *end, guint16 *flags)
{
  const char *q = p;
  gsize abbrev = scan_abbreviation (p, end);

  if (abbrev > 0)
    {
      *flags |= CONTRA_TOKEN_ABBREV;
      return abbrev;
    }
  while (q < end)
    {
      guint len;
      guchar b = (guchar) *q;

      /* ASCII letters and digits, the common case, without decoding. */
      if (is_ascii_alpha (b))
        {
          q++;
          continue;
        }
      gunichar c = char_at (q, &len);
      if (is_letter (c))
        q += len;
      else if (c < 0x80 && is_ascii_digit ((guchar) c))
        {
          *flags |= CONTRA_TOKEN_HAS_DIGIT;
          q += len;
        }
      else if (is_apostrophe (c) && letter_len (q + len, end) > 0)
        {
          /* A possessive 's is a token of its own; "don't" and "O'Brien" stay whole. */
          const char *after = q + len;
          if ((*after == 's' || *after == 'S') && letter_len (after + 1, end) == 0)
            break;
          q += len;
        }
      else
        break;
    }
  return (gsize) (q - p);
}

static gsize
count_digits (const char *p, const char *end)
{
  const char *q = p;

  while (q < end && is_ascii_digit ((guchar) *q))
    q++;
  return (gsize) (q - p);
}

/* A number at @p; letters glued to it are an ordinal's when @language (NULL: none)
 * writes ordinals with them ("17th": numbers.yaml's ordinal_suffixes). */
static gsize
scan_number (const ContraLanguage *language, const char *p, const char *end, guint16 *flags)
{
  const char *q = p + count_digits (p, end);

  /* Thousands separators: a comma and exactly three digits ("3,000", not the
   * "20,2013" of a missing space). Then at most one decimal point. */
  while (q + 1 < end && *q == ',' && count_digits (q + 1, end) == 3)
    {
      *flags |= CONTRA_TOKEN_GROUPED;
      q += 4;
    }
  if (q + 1 < end && *q == '.' && is_ascii_digit ((guchar) q[1]))
    {
      *flags |= CONTRA_TOKEN_DECIMAL;
      q += 1 + count_digits (q + 1, end);
    }
  if (letter_len (q, end) > 0)
    {
      const char *s = q;
      while (s < end && is_ascii_alpha ((guchar) *s))
        s++;
      gsize n = (gsize) (s - q);
      if (n > 0 && letter_len (s, end) == 0 && !(s < end && is_ascii_digit ((guchar) *s)))
        {
          if (language != NULL && contra_language_is_ordinal_suffix (language, q, n))
            *flags |= CONTRA_TOKEN_ORDINAL;
          else if (n == 1 && (*q == 's' || *q == 'S'))
            *flags |= CONTRA_TOKEN_DECADE;
        }
      /* Keep what follows a number glued to it ("2ème", "3D") as one token. */
      while (q < end)
        {
          guint len;
          gunichar c = char_at (q, &len);
          if (!is_letter (c) && !(c < 0x80 && is_ascii_digit ((guchar) c)))
            break;
          q += len;
        }
    }
  return (gsize) (q - p);
}

void
contra_tokens_scan (ContraTokens *t, const char *text, gsize length)
{
  const char *p = text;
  const char *end = text + length;
  gboolean space_before = TRUE;

  g_return_if_fail (t != NULL);
  g_return_if_fail (length <= G_MAXUINT32);

  t->text = text;
  t->length = length;
  t->n_tokens = 0;
  g_string_truncate (t->forms, 0);

  while (p < end)
    {
      guint len;
      gunichar c;
      ContraToken token = {0};
      gsize n;

      if (*p == ' ')
        {
          space_before = TRUE;
          p++;
          continue;
        }
      c = char_at (p, &len);
      /* A tab separates cells ("Born<TAB>27 August 1968"): a token, as a comma is. */
      if (is_space (c) && c != '\t')
        {
          space_before = TRUE;
          p += len;
          continue;
        }
      if (is_letter (c))
        {
          token.kind = CONTRA_TOKEN_WORD;
          n = scan_word (p, end, &token.flags);
        }
      else if (c < 0x80 && is_ascii_digit ((guchar) c))
        {
          token.kind = CONTRA_TOKEN_NUMBER;
          n = scan_number (t->language, p, end, &token.flags);
        }
      else if (is_apostrophe (c) && p + len < end && (p[len] == 's' || p[len] == 'S')
               && letter_len (p + len + 1, end) == 0 && !space_before)
        {
          token.kind = CONTRA_TOKEN_WORD;
          n = len + 1;
        }
      else
        {
          token.kind = CONTRA_TOKEN_PUNCT;
          n = len;
        }
      token.start = (guint32) (p - text);
      token.end = (guint32) (p - text + n);
      if (space_before)
        token.flags |= CONTRA_TOKEN_SPACE_BEFORE;
      write_forms (t, &token);
      push_token (t, &token);
      space_before = FALSE;
      p += n;
    }
}

void
contra_word_filter_init (ContraWordFilter *filter, const char *const *words)
{
  memset (filter, 0, sizeof *filter);
  for (; *words != NULL; words++)
    {
      guint32 h = g_str_hash (*words);
      filter->bits[(h >> 6) & 63] |= G_GUINT64_CONSTANT (1) << (h & 63);
    }
}

gboolean
contra_word_set_has (ContraWordSet *set, const ContraTokens *tokens, guint i)
{
  if (g_once_init_enter (&set->ready))
    {
      contra_word_filter_init (&set->filter, set->words);
      g_once_init_leave (&set->ready, 1);
    }
  if (!contra_word_filter_has (&set->filter, tokens, i))
    return FALSE;
  const char *fold = contra_tokens_fold (tokens, i);
  for (const char *const *w = set->words; *w != NULL; w++)
    if (fold[0] == (*w)[0] && strcmp (fold, *w) == 0)
      return TRUE;
  return FALSE;
}

gboolean
contra_tokens_is_dash (const ContraTokens *t, guint i)
{
  if (i >= t->n_tokens || t->tokens[i].kind != CONTRA_TOKEN_PUNCT)
    return FALSE;
  const char *s = contra_tokens_plain (t, i);
  /* Every dash but the hyphen-minus starts with the byte E2. */
  if (s[0] != '-' && (guchar) s[0] != 0xE2)
    return FALSE;
  return strcmp (s, "-") == 0 || strcmp (s, "\u2010") == 0 || strcmp (s, "\u2011") == 0
         || strcmp (s, "\u2012") == 0 || strcmp (s, "\u2013") == 0 || strcmp (s, "\u2014") == 0
         || strcmp (s, "\u2015") == 0 || strcmp (s, "\u2212") == 0;
}

gboolean
contra_tokens_is_possessive (const ContraTokens *t, guint i)
{
  if (i >= t->n_tokens)
    return FALSE;
  const char *text = t->text;
  guint32 start = t->tokens[i].start, end = t->tokens[i].end;
  if (end < start + 2 || (text[end - 1] != 's' && text[end - 1] != 'S'))
    return FALSE;
  return text[end - 2] == '\'' || (end >= start + 4 && memcmp (text + end - 4, "\u2019", 3) == 0);
}

gboolean
contra_tokens_number (const ContraTokens *t, guint i, double *value, guint *decimals)
{
  g_return_val_if_fail (value != NULL, FALSE);

  if (i >= t->n_tokens || t->tokens[i].kind != CONTRA_TOKEN_NUMBER)
    return FALSE;

  const char *p = t->text + t->tokens[i].start;
  const char *end = t->text + t->tokens[i].end;
  char buf[64];
  gsize n = 0;
  guint places = 0;
  gboolean fraction = FALSE;

  /* Digits and the decimal point, separators dropped, parsed once: summing digit
   * by digit would make 0.3 into 0.30000000000000004. */
  for (; p < end && n + 1 < sizeof buf; p++)
    {
      if (is_ascii_digit ((guchar) *p))
        {
          buf[n++] = *p;
          if (fraction)
            places++;
        }
      else if (*p == '.' && !fraction && p + 1 < end && is_ascii_digit ((guchar) p[1]))
        {
          buf[n++] = '.';
          fraction = TRUE;
        }
      else if (*p == ',' && !fraction)
        continue;
      else
        break;
    }
  buf[n] = '\0';
  *value = g_ascii_strtod (buf, NULL);
  if (decimals != NULL)
    *decimals = places;
  return TRUE;
}
