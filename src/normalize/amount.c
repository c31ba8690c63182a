/* amount.c — money, percentages, counts, quantities and bare numbers.
 *
 * Every amount keeps the precision the text gives: the place value of the last
 * significant digit. "18 million" is 18e6 to the million, "9.49 million" to 1e4,
 * "196,000" to the thousand; trailing zeros of a plain integer of four or more
 * digits are not significant ("18,000,000" is to the million), so "18 million" and
 * "18,000,000" agree. Words count too: "three million" is to the million, "half a
 * million" to 5e5.
 *
 * The normalisers are tried in the order contra_normalizers() gives, and the first
 * that matches wins, so each one may assume the earlier ones failed: the count
 * normaliser reads "2000 soldiers" because the date normaliser declined it, and
 * treats "pounds" as a weight because the money normaliser declined "500 pounds".
 *
 * A number is read only as far as a double holds it as written: at most 15
 * significant digits and 63 digits in all, digits and separators only ("1e400" and
 * "3D4" are not numbers), and a scale word may not take it past the largest double.
 *
 * A minus sign belongs to the amount: "-$5 million" and "$-5 million" are both USD
 * -5000000 and "-5%" is -5 percent; no match starts right after a sign, which it
 * would drop. A count or a measure is never negative: "-5 ships" is the number -5;
 * a temperature may be ("-5 °C").
 *
 * Measures take their units from lang/en/units.yaml (units.c): spaced, hyphenated or
 * glued to the digits ("43 miles", "50-km", "630km"), with a citation marker between
 * ("1,200[3] m"), as a compound of a unit and its smaller ones ("6 ft 9 in", "6′ 8″",
 * "6-foot-8", "1 hour 52 minutes", "2 h 5 min 30 sec", kept in the smallest unit),
 * and with the same figure in other units in parentheses after it ("43 miles (69
 * km)"), which is part of the one value. Quotation marks are feet and inches only as
 * a pair, and primes after hours or degrees are minutes and seconds.
 *
 * A range ("between A and B", "A–B", "A to B") of money, percentages, measures or
 * counts is one value from A to B (ContraAmount.high), its precision the finer of its
 * ends'; a scale at the high end serves both ("5 to 10 million"). The high end must be
 * above the low one, so a score ("3-1") is no range. "From A to B" is read as a range
 * too, though it is often a change: a range agrees with both ends, where the first
 * figure alone would conflict with the second.
 */
#include <math.h>
#include <string.h>

#include "lang/language.h"
#include "normalize/normalizer.h"
#include "normalize/units.h"
#include "normalize/words.h"

/* ---------------------------------------------------------------- signs */

/* TRUE when token @i is a minus sign glued to what follows: a hyphen or U+2212 ("-5%",
 * "−5", "$-5 million", "(-1.5)"). A hyphen after a number or glued to a word
 * joins a range or a compound ("5-10", "2014 -2015", "F-16"), and one followed by a
 * space is a dash. */
static gboolean
minus_at (const ContraTokens *t, guint i)
{
  if (!contra_tok_is (t, i, CONTRA_TOKEN_PUNCT) || !contra_tok_glued (t, i + 1))
    return FALSE;

  const char *p = contra_tokens_plain (t, i);
  if (strcmp (p, "-") != 0 && strcmp (p, "\u2212") != 0)
    return FALSE;
  return i == 0
         || !(contra_tok_is (t, i - 1, CONTRA_TOKEN_NUMBER)
              || (contra_tok_glued (t, i) && contra_tok_is (t, i - 1, CONTRA_TOKEN_WORD)));
}

/* TRUE when a minus sign stands right before token @i: an amount read from @i would
 * lose it, so it must be read from the sign. */
static gboolean
after_minus (const ContraTokens *t, guint i)
{
  return i > 0 && minus_at (t, i - 1);
}

/* ---------------------------------------------------------------- bound words */

/* The phrases of lang/en/bounds.yaml are the tokens' language's; their keys are
 * ContraBound's, in its order. */
G_STATIC_ASSERT (CONTRA_BOUND_ABOUT == 1 && CONTRA_BOUND_AT_LEAST == 2 && CONTRA_BOUND_MORE_THAN == 3
                 && CONTRA_BOUND_AT_MOST == 4 && CONTRA_BOUND_LESS_THAN == 5);

/* ---------------------------------------------------------------- filters */

static const ContraWordFilter *
amount_filter (void)
{
  static ContraWordFilter filter;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      /* The currencies written before the amount (words.c); the articles before a
       * scale ("a million"), the range openers ("between"), the number words and
       * the first words of the bounds are the language's (lang/en/), and tested
       * with its one filter of them (contra_language_amount_starts()). */
      g_autoptr (GPtrArray) all = g_ptr_array_new ();
      contra_words_currency_starts (all);
      g_ptr_array_add (all, NULL);
      contra_word_filter_init (&filter, (const char *const *) all->pdata);
      g_once_init_leave (&ready, 1);
    }
  return &filter;
}

static gboolean
amount_can_start (const ContraTokens *tokens, guint i)
{
  const ContraToken *tok = &tokens->tokens[i];

  if (tok->kind == CONTRA_TOKEN_NUMBER)
    return TRUE;
  if (tok->kind == CONTRA_TOKEN_WORD)
    return contra_word_filter_test (amount_filter (), tok->hash)
           || contra_word_filter_test (contra_language_amount_starts (tokens->language), tok->hash);
  return minus_at (tokens, i);
}

static gboolean
money_can_start (const ContraTokens *tokens, guint i)
{
  const ContraToken *tok = &tokens->tokens[i];

  if (tok->kind == CONTRA_TOKEN_PUNCT)
    {
      /* "$", "\" (before "$" in escaped text), "€ ₫ ₹ ₩" (E2 82 ..) and "£ ¥"
       * (C2 A3, C2 A5), or a sign before one of them or a number. */
      const guchar *c = (const guchar *) tokens->text + tok->start;
      if (minus_at (tokens, i))
        return TRUE;
      if (tok->end - tok->start == 1)
        return c[0] == '$' || c[0] == '\\';
      return (c[0] == 0xE2 && c[1] == 0x82) || (c[0] == 0xC2 && (c[1] == 0xA3 || c[1] == 0xA5));
    }
  return amount_can_start (tokens, i);
}

/* ---------------------------------------------------------------- numbers */

static double
pow10i (int e)
{
  return pow (10.0, (double) e);
}

/* The precision of a number token: the place of its last decimal, or for an integer
 * of four or more digits the place of its last non-zero digit. */
static double
digits_precision_n (const ContraTokens *t, guint i, gsize len, double value, guint decimals)
{
  if (decimals > 0)
    return pow10i (-(int) decimals);
  if (value < 1000)
    return 1;

  gsize whole;
  const char *s = contra_tok_text (t, i, &whole);
  int zeros = 0;
  for (gsize k = len; k > 0; k--)
    {
      if (s[k - 1] == '0')
        zeros++;
      else if (s[k - 1] != ',')
        break;
    }
  return pow10i (zeros);
}

static double
digits_precision (const ContraTokens *t, guint i, double value, guint decimals)
{
  gsize len;

  contra_tok_text (t, i, &len);
  return digits_precision_n (t, i, len, value, decimals);
}

/* TRUE when the number token @i is part of something that is not an amount: a
 * fraction or scale ("1/43"), a time ("20:14"), a model ("F-16"), a number glued to
 * letters ("2ème"). */
static gboolean
number_in_code (const ContraTokens *t, guint i)
{
  if (i > 0 && contra_tok_glued (t, i))
    {
      if (contra_tokens_is_punct (t, i - 1, '/') || contra_tokens_is_punct (t, i - 1, ':'))
        return TRUE;
      if (contra_tokens_is_dash (t, i - 1) && contra_tok_glued (t, i - 1)
          && contra_tok_is (t, i - 2, CONTRA_TOKEN_WORD))
        return TRUE;
    }
  if (contra_tok_glued (t, i + 1))
    {
      if (contra_tok_is (t, i + 1, CONTRA_TOKEN_WORD))
        return TRUE;
      if ((contra_tokens_is_punct (t, i + 1, '/') || contra_tokens_is_punct (t, i + 1, ':'))
          && contra_tok_is (t, i + 2, CONTRA_TOKEN_NUMBER) && contra_tok_glued (t, i + 2))
        return TRUE;
    }
  return FALSE;
}

/* The most significant digits a double holds exactly, and the most digits in all a
 * number may have: "99999999999999999999999" would be 1e+23 "to the unit". */
#define MAX_SIGNIFICANT 15
#define MAX_DIGITS 63

/* Reads the digits, separators and decimal point that begin the number token @i
 * ("3,000", "9.49", the "13" of "13th", the "1.5" of "1.5bn") and returns how many
 * bytes they take; 0 when they give no number a double holds as written. */
static gsize
leading_number (const ContraTokens *t, guint i, double *value, guint *decimals)
{
  gsize len, k;
  const char *s = contra_tok_text (t, i, &len);
  char buf[MAX_DIGITS + 2]; /* the digits, a point and the NUL */
  gsize n = 0;
  guint places = 0, significant = 0, zeros = 0;
  gboolean fraction = FALSE;

  for (k = 0; k < len; k++)
    {
      if (g_ascii_isdigit (s[k]))
        {
          if (n - fraction == MAX_DIGITS)
            return 0;
          buf[n++] = s[k];
          places += fraction;
          /* Zeros count once a digit follows them, or after the point: "1,000" has
           * one significant digit, "1,000.50" six, "0.05" one. */
          if (s[k] != '0')
            significant += zeros + 1, zeros = 0;
          else if (significant > 0)
            zeros++;
        }
      else if (s[k] == ',' && !fraction)
        continue;
      else if (s[k] == '.' && !fraction && k + 1 < len && g_ascii_isdigit (s[k + 1]))
        {
          buf[n++] = '.';
          fraction = TRUE;
        }
      else
        break;
    }
  if (fraction)
    significant += zeros;
  if (n == 0 || significant > MAX_SIGNIFICANT)
    return 0;
  buf[n] = '\0';
  /* Parsed once: summing digit by digit would make 0.3 into 0.30000000000000004. */
  *value = g_ascii_strtod (buf, NULL);
  if (decimals != NULL)
    *decimals = places;
  return k;
}

/* A number token of digits, separators and a decimal point only: not "14.8.2014" (a
 * date), "1e400" or "3D4". */
static gboolean
plain_number (const ContraTokens *t, guint i, double *value, guint *decimals)
{
  gsize len;

  if (!contra_tok_is (t, i, CONTRA_TOKEN_NUMBER)
      || (t->tokens[i].flags & (CONTRA_TOKEN_ORDINAL | CONTRA_TOKEN_DECADE)))
    return FALSE;
  contra_tok_text (t, i, &len);
  return leading_number (t, i, value, decimals) == len;
}

/* A number with a scale glued to it, as money writes it: "2m", "1.5bn", "18M", "5k". */
static guint
suffixed_number (const ContraTokens *t, guint i, double *value, double *precision)
{
  if (!contra_tok_is (t, i, CONTRA_TOKEN_NUMBER)
      || (t->tokens[i].flags & (CONTRA_TOKEN_ORDINAL | CONTRA_TOKEN_DECADE)))
    return 0;

  gsize len;
  const char *s = contra_tok_text (t, i, &len);
  gsize k = len;
  while (k > 0 && g_ascii_isalpha (s[k - 1]))
    k--;
  if (k == len || k == 0 || len - k > 3)
    return 0;

  double scale = contra_language_glued_scale (t->language, s + k, len - k);
  guint decimals;
  if (scale == 0 || leading_number (t, i, value, &decimals) != k)
    return 0;
  *value *= scale;
  *precision = pow10i (-(int) decimals) * scale;
  return 1;
}

/* "five", "twenty-one", "three million", "two hundred thousand", "a dozen", "half a
 * million", "half". */
static guint
word_number (const ContraTokens *t, guint i, double *value, double *precision)
{
  guint j = i;
  double total = 0, current = 0, place = 1;
  gboolean any = FALSE, small_pending = FALSE;

  if (contra_tok_is (t, j, CONTRA_TOKEN_WORD) && contra_language_fraction (t->language, contra_tokens_fold (t, j)) == 2)
    {
      j++;
      if (contra_language_is (t->language, CONTRA_WORDS_INDEFINITE_ARTICLES, t, j)
          && contra_tok_is (t, j + 1, CONTRA_TOKEN_WORD))
        j++;
      double scale = 0;
      if (contra_tok_is (t, j, CONTRA_TOKEN_WORD))
        scale = contra_language_scale (t->language, contra_tokens_fold (t, j));
      if (contra_tok_is (t, j, CONTRA_TOKEN_WORD) && contra_language_group (t->language, contra_tokens_fold (t, j)) > 0)
        scale = contra_language_group (t->language, contra_tokens_fold (t, j));
      if (scale > 0)
        {
          *value = scale / 2;
          *precision = scale / 2;
          return j + 1 - i;
        }
      *value = 0.5;
      *precision = 0.5;
      return 1;
    }
  if (contra_language_is (t->language, CONTRA_WORDS_INDEFINITE_ARTICLES, t, j))
    {
      /* "a" is a number only before a scale: "a dozen", "a million". */
      if (!contra_tok_is (t, j + 1, CONTRA_TOKEN_WORD))
        return 0;
      const char *next = contra_tokens_fold (t, j + 1);
      if (contra_language_group (t->language, next) == 0 && contra_language_scale (t->language, next) < 100)
        return 0;
      current = 1;
      any = TRUE;
      j++;
    }

  while (contra_tok_is (t, j, CONTRA_TOKEN_WORD))
    {
      const char *fold = contra_tokens_fold (t, j);
      int cardinal = contra_language_cardinal (t->language, fold), group;
      double scale;

      if (cardinal >= 0)
        {
          if (small_pending)
            break;
          current += cardinal;
          place = 1;
          any = small_pending = TRUE;
          j++;
          /* "twenty-one" */
          if (cardinal >= 20 && cardinal % 10 == 0 && contra_tokens_is_dash (t, j)
              && contra_tok_glued (t, j) && contra_tok_glued (t, j + 1)
              && contra_tok_is (t, j + 1, CONTRA_TOKEN_WORD))
            {
              int unit = contra_language_cardinal (t->language, contra_tokens_fold (t, j + 1));
              if (unit >= 1 && unit <= 9)
                {
                  current += unit;
                  j += 2;
                }
            }
        }
      else if ((group = contra_language_group (t->language, fold)) > 0 && any)
        {
          current *= group;
          small_pending = FALSE;
          j++;
        }
      else if ((scale = contra_language_scale (t->language, fold)) > 0 && any)
        {
          if (scale == 100)
            current *= 100;
          else if (current == 0)
            total *= scale; /* "one thousand million" */
          else
            {
              total += current * scale;
              current = 0;
            }
          place *= scale;
          small_pending = FALSE;
          j++;
        }
      else if (contra_language_is (t->language, CONTRA_WORDS_AND, t, j) && any && !small_pending && place >= 100
               && contra_tok_is (t, j + 1, CONTRA_TOKEN_WORD)
               && contra_language_cardinal (t->language, contra_tokens_fold (t, j + 1)) > 0)
        j++; /* "two hundred and fifty" */
      else
        break;
    }
  /* "one trillion trillion ..." runs out of doubles. */
  if (!any || !isfinite (total + current) || !isfinite (place))
    return 0;
  /* "one another" is a pronoun. */
  if (j == i + 1 && contra_language_phrase_at (t->language, CONTRA_WORDS_RECIPROCAL_PRONOUNS, t, i) == 2)
    return 0;
  *value = total + current;
  *precision = place;
  return j - i;
}

/* A number without its sign: words, or digits with an optional scale word. */
static guint
unsigned_number (const ContraTokens *tokens, guint i, double *value, double *precision)
{
  double v, p;
  guint decimals;

  if (i >= tokens->n_tokens)
    return 0;
  if (tokens->tokens[i].kind == CONTRA_TOKEN_WORD)
    return word_number (tokens, i, value, precision);
  if (!plain_number (tokens, i, &v, &decimals) || number_in_code (tokens, i))
    return 0;

  guint n = 1;
  p = digits_precision (tokens, i, v, decimals);
  if (contra_tok_is (tokens, i + 1, CONTRA_TOKEN_WORD))
    {
      double scale = contra_language_scale (tokens->language, contra_tokens_fold (tokens, i + 1));
      if (scale > 0)
        {
          v *= scale;
          p = pow10i (-(int) decimals) * scale;
          n = 2;
        }
    }
  /* Round to the precision so that 9.49 million prints as 9490000, not 9490000.000000002. */
  if (p >= 1)
    v = round (v / p) * p;
  *value = v;
  *precision = p;
  return n;
}

/* A number with its minus sign, if any ("-5", "−1.5 million"; not "-five"), and, when
 * @suffixes, with a scale glued to it as money writes it ("18M"), which sets
 * @suffixed. */
static guint
signed_number (const ContraTokens *t, guint i, gboolean suffixes, double *value, double *precision, gboolean *suffixed)
{
  guint j = minus_at (t, i) ? i + 1 : i, n = 0;

  if (j > i && !contra_tok_is (t, j, CONTRA_TOKEN_NUMBER))
    return 0;
  if (suffixes)
    n = suffixed_number (t, j, value, precision);
  if (suffixed != NULL)
    *suffixed = n > 0;
  if (n == 0 && (n = unsigned_number (t, j, value, precision)) == 0)
    return 0;
  if (j > i && *value != 0) /* no "-0" */
    *value = -*value;
  return j - i + n;
}

guint
contra_number_match (const ContraTokens *tokens, guint i, double *value, double *precision)
{
  double v, p;

  g_return_val_if_fail (tokens != NULL, 0);
  if (i >= tokens->n_tokens || after_minus (tokens, i))
    return 0;

  guint n = signed_number (tokens, i, FALSE, &v, &p, NULL);
  if (n == 0)
    return 0;
  if (value != NULL)
    *value = v;
  if (precision != NULL)
    *precision = p;
  return n;
}

/* ---------------------------------------------------------------- bounds */

/* "at least", "more than", "up to", ...: returns the tokens consumed. */
static guint
bound_at (const ContraTokens *t, guint i, ContraBound *bound)
{
  const GPtrArray *phrases = contra_language_bound_phrases (t->language);

  *bound = CONTRA_BOUND_EXACT;
  if (!contra_word_filter_has (contra_language_filter (t->language, CONTRA_WORDS_BOUND_STARTS), t, i))
    return 0;
  for (guint k = 0; k < phrases->len; k++)
    {
      const ContraBoundPhrase *b = phrases->pdata[k];
      guint n = 0;
      while (n < b->n && i + n < t->n_tokens && strcmp (contra_tokens_fold (t, i + n), b->fold[n]) == 0)
        n++;
      if (n < b->n)
        continue;
      if (b->lower_only && contra_tok_flag (t, i, CONTRA_TOKEN_CAPITALIZED))
        continue;
      *bound = (ContraBound) b->bound;
      return n;
    }
  return 0;
}

static void
fill_amount (const ContraTokens *t,
             guint i,
             guint end,
             ContraValueType type,
             double value,
             double precision,
             ContraBound bound,
             const char *unit,
             ContraValue *out)
{
  out->type = type;
  out->text = g_strndup (t->text + t->tokens[i].start, t->tokens[end - 1].end - t->tokens[i].start);
  out->u.amount.value = value;
  out->u.amount.precision = precision;
  out->u.amount.bound = (guint8) bound;
  out->u.amount.unit = unit != NULL ? contra_unit_intern (unit) : NULL;
  out->u.amount.high = value;
  out->u.amount.range = FALSE;
  out->u.amount.ordinal = FALSE;
}

/* Makes the amount in @out a range up to @high, when @high is above its value. The
 * finer of the two precisions holds for both ends: "9.5–10 cm" ends at 10.0. */
static void
set_range (ContraValue *out, double high, double precision)
{
  if (high > out->u.amount.value)
    {
      out->u.amount.high = high;
      out->u.amount.range = TRUE;
      out->u.amount.precision = MIN (out->u.amount.precision, precision);
    }
}

/* ---------------------------------------------------------------- money */

/* The currency written before an amount at token @i ("$", "US$", "USD"), and its span. */
static const char *
currency_before_at (const ContraTokens *t, guint i, guint *span)
{
  const char *currency = contra_words_currency_symbol (t, i, span);

  if (currency == NULL && (currency = contra_words_currency_code (t, i)) != NULL)
    *span = 1;
  return currency;
}

/* The scale an amount read from token @j carries: 1e9 for "2 billion" or "2bn", 1 for
 * "2" (and for numbers in words). */
static double
amount_scale (const ContraTokens *t, guint j, double value)
{
  double raw;

  if (minus_at (t, j))
    j++;
  if (!contra_tok_is (t, j, CONTRA_TOKEN_NUMBER) || leading_number (t, j, &raw, NULL) == 0 || raw == 0)
    return 1;
  return MAX (1, round (fabs (value) / raw));
}

static guint range_joint (const ContraTokens *t, guint j, gboolean between);

/* The high end of a range of money after token @j, whose low end @low was read from
 * token @low_at: "$5–10 million", "$5 million to $10 million", "between $1 and $2
 * billion". A scale given only at the high end applies to both. Returns the tokens
 * taken, 0 when there is no range. */
static guint
money_range_high (const ContraTokens *t, guint j, gboolean between, const char *currency, guint low_at,
                  double *low, double *low_p, double *high, double *high_p)
{
  guint joint = range_joint (t, j, between), k, span, n;
  const char *other;

  if (joint == 0)
    return 0;
  k = j + joint;
  if ((other = currency_before_at (t, k, &span)) != NULL)
    {
      if (currency == NULL || strcmp (other, currency) != 0)
        return 0;
      k += span;
    }
  if (!contra_tok_is (t, k, CONTRA_TOKEN_NUMBER) || (n = signed_number (t, k, TRUE, high, high_p, NULL)) == 0)
    return 0;
  double low_scale = amount_scale (t, low_at, *low), high_scale = amount_scale (t, k, *high);
  if (high_scale > 1 && low_scale == 1 && *low * high_scale <= *high)
    {
      *low *= high_scale;
      *low_p *= high_scale;
    }
  if (!(*high > *low))
    return 0;
  return k + n - j;
}

/* Money at token @i; with @converted, and the same sum in parentheses after it. */
static guint
money_read (const ContraTokens *t, guint i, gboolean converted, ContraValue *out)
{
  ContraBound bound;
  guint j = i + bound_at (t, i, &bound), n, span, r = 0;
  const char *currency;
  double v, p, high = 0, high_p = 0;
  gboolean suffixed, between = FALSE;

  if (after_minus (t, i))
    return 0;
  if (bound == CONTRA_BOUND_EXACT && contra_language_is (t->language, CONTRA_WORDS_RANGE_OPENERS, t, j))
    j++, between = TRUE;
  if (contra_tokens_is_punct (t, j, '\\') && contra_tokens_is_punct (t, j + 1, '$'))
    j++;

  /* "-$5 million": the sign before the currency; "$-5 million" comes with the number. */
  gboolean negative = minus_at (t, j) && currency_before_at (t, j + 1, &span) != NULL;
  if (negative)
    j++;
  if ((currency = currency_before_at (t, j, &span)) != NULL)
    {
      j += span;
      /* Digits follow the currency ("$five" is not money), with one sign in all. */
      if (negative && minus_at (t, j))
        return 0; /* "-$-5" */
      if (!minus_at (t, j) && !contra_tok_is (t, j, CONTRA_TOKEN_NUMBER))
        return 0;
      if ((n = signed_number (t, j, TRUE, &v, &p, &suffixed)) == 0)
        return 0;
      if (negative)
        v = -v;
      r = money_range_high (t, j + n, between, currency, j, &v, &p, &high, &high_p);
      j += n + r;
    }
  else
    {
      if ((n = signed_number (t, j, TRUE, &v, &p, &suffixed)) == 0)
        return 0;
      guint low_at = j;
      j += n;
      r = money_range_high (t, j, between, NULL, low_at, &v, &p, &high, &high_p);
      gboolean scaled = suffixed || amount_scale (t, low_at, v) >= 1e3;
      for (guint k = low_at; k < j + r; k++)
        if (contra_language_scale (t->language, contra_tokens_fold (t, k)) >= 1e3)
          scaled = TRUE;
      j += r;
      /* "the 1.9-billion-dollar takeover", "the 84.6-billion-crown budget": a
       * compound of the number, a scale and the currency's name. */
      double scale;
      if (r == 0 && contra_tokens_is_dash (t, j) && contra_tok_glued (t, j) && contra_tok_glued (t, j + 1)
          && (scale = contra_language_scale (t->language, contra_tokens_fold (t, j + 1))) >= 1e3
          && contra_tokens_is_dash (t, j + 2) && contra_tok_glued (t, j + 2) && contra_tok_glued (t, j + 3))
        {
          v *= scale;
          p *= scale;
          scaled = TRUE;
          j += 3;
        }
      if ((currency = contra_words_currency_code (t, j)) != NULL)
        span = 1;
      else if ((currency = contra_words_currency_name (t, j, scaled, &span)) == NULL)
        return 0;
      j += span;
    }
  if (between && r == 0)
    return 0;
  /* The same sum in another currency, in parentheses right after: "$5 million (€4.6
   * million)" is one value. */
  if (converted && contra_tokens_is_punct (t, j, '('))
    {
      ContraValue other = CONTRA_VALUE_INIT;
      guint m = money_read (t, j + 1, FALSE, &other);
      if (m > 0 && contra_tokens_is_punct (t, j + 1 + m, ')'))
        j += m + 2;
      contra_value_clear (&other);
    }
  fill_amount (t, i, j, CONTRA_VALUE_MONEY, v, p, bound, currency, out);
  if (r > 0)
    set_range (out, high, high_p);
  return j - i;
}

static guint
money_match (const ContraTokens *t, guint i, const ContraDateContext *context, ContraValue *out)
{
  return money_read (t, i, TRUE, out);
}

/* ---------------------------------------------------------------- fractions */

/* "two-thirds", "two thirds", "one-third", "a third of", "three-quarters", "a
 * quarter of": the percentage, to the whole percent. */
static guint
fraction (const ContraTokens *t, guint i, double *value)
{
  int numerator;
  gboolean article = FALSE;

  if (!contra_tok_is (t, i, CONTRA_TOKEN_WORD))
    return 0;
  if (contra_language_is (t->language, CONTRA_WORDS_FRACTION_ARTICLES, t, i))
    numerator = 1, article = TRUE;
  else if ((numerator = contra_language_cardinal (t->language, contra_tokens_fold (t, i))) < 1 || numerator > 9)
    return 0;

  guint j = i + 1;
  gboolean hyphen = FALSE;
  if (contra_tokens_is_dash (t, j) && contra_tok_glued (t, j) && !article)
    j++, hyphen = TRUE;
  if (!contra_tok_is (t, j, CONTRA_TOKEN_WORD))
    return 0;

  char singular[32];
  const char *fold = contra_tokens_fold (t, j);
  gboolean plural = contra_language_singular (t->language, fold, singular, sizeof singular);
  const char *base = plural ? singular : fold;
  int denominator = contra_language_fraction (t->language, base);
  if (denominator == 0)
    denominator = contra_language_ordinal (t->language, base);
  if (denominator < 3 || denominator > 10 || (plural != (numerator > 1)))
    return 0;
  /* "a third term", "one third party": singular fractions need "of" unless hyphenated. */
  if (numerator == 1 && !hyphen && !contra_language_is (t->language, CONTRA_WORDS_PARTITIVES, t, j + 1))
    return 0;
  /* "a quarter of a century" is a span of time. */
  if (contra_language_phrase_at (t->language, CONTRA_WORDS_NOT_A_SHARE, t, j + 1) > 0)
    return 0;
  *value = round (10000.0 * numerator / denominator) / 100;
  return j + 1 - i;
}

/* "one in five", "1 in 4", "nine out of ten" (words.yaml ratio_joints): the share, to a
 * hundredth of a percent. Two whole numbers, the second above the first and at most
 * 1000 ("5 in 2019" is no share), with no unit or unit of time after it ("two in
 * ten days"). */
static guint
ratio (const ContraTokens *t, guint i, double *value)
{
  double part, whole, p;
  guint span;
  guint n = signed_number (t, i, FALSE, &part, &p, NULL);

  if (n == 0 || part < 1 || part != floor (part))
    return 0;
  guint j = i + n;
  guint joint = contra_language_phrase_at (t->language, CONTRA_WORDS_RATIO_JOINTS, t, j);
  if (joint == 0)
    return 0;
  j += joint;
  guint m = signed_number (t, j, FALSE, &whole, &p, NULL);
  if (m == 0 || whole <= part || whole > 1000 || whole != floor (whole))
    return 0;
  j += m;
  if (j < t->n_tokens
      && (contra_units_at (t, j, CONTRA_UNIT_AFTER_NUMBER, &span) != NULL
          || contra_language_is (t->language, CONTRA_WORDS_TIME_UNIT_PLURALS, t, j)))
    return 0;
  *value = round (10000.0 * part / whole) / 100;
  return j - i;
}

/* ---------------------------------------------------------------- measures */

/* A citation marker after a number: "[3]", "[a]", "[note 2]", "[12][13]". Returns
 * the tokens it spans. */
static guint
citation_at (const ContraTokens *t, guint i)
{
  guint j = i;

  while (contra_tokens_is_punct (t, j, '[') && contra_tok_glued (t, j))
    {
      guint k = j + 1;
      if (contra_language_is (t->language, CONTRA_WORDS_CITATION_WORDS, t, k))
        k++;
      if (!contra_tok_is (t, k, CONTRA_TOKEN_NUMBER)
          && !(contra_tok_is (t, k, CONTRA_TOKEN_WORD) && t->tokens[k].end - t->tokens[k].start == 1))
        break;
      if (!contra_tokens_is_punct (t, k + 1, ']'))
        break;
      j = k + 2;
    }
  return j - i;
}

/* What a measure reads: a number, and the unit after it if any. */
typedef struct {
  double value;
  double precision;
  double scale;             /* the scale word read ("10 million": 1e6), or 1 */
  const ContraUnit *unit;   /* NULL: a bare number */
  gboolean compound;        /* the unit is one only inside a compound: 6' 8" */
  guint unit_start;         /* tokens from the number to its unit */
} Measure;

/* A number with a unit glued inside its token: "630km", "5ft", "60km/h". "1.5m"
 * followed by a plural noun or a currency is money's or a count's "million". */
static guint
glued_measure (const ContraTokens *t, guint i, Measure *m)
{
  gsize len, k;
  guint decimals, span;

  if (!contra_tok_is (t, i, CONTRA_TOKEN_NUMBER)
      || (t->tokens[i].flags & (CONTRA_TOKEN_ORDINAL | CONTRA_TOKEN_DECADE)))
    return 0;
  contra_tok_text (t, i, &len);
  if ((k = leading_number (t, i, &m->value, &decimals)) == 0 || k == len
      || (contra_tok_glued (t, i) && contra_tok_is (t, i - 1, CONTRA_TOKEN_WORD)))
    return 0;
  if ((m->unit = contra_units_glued (t, i, k, &span)) == NULL)
    return 0;
  /* "5m people", "5m euros": millions, not metres ("m" is units.yaml's name of the
   * metre, not a word). */
  if (m->unit->factor == 1 && strcmp (m->unit->name, "m") == 0
      && (contra_words_is_plural_noun (t, i + 1 + span)
          || contra_words_currency_name (t, i + 1 + span, TRUE, &span) != NULL))
    return 0;
  m->precision = digits_precision_n (t, i, k, m->value, decimals);
  m->scale = 1;
  return 1 + span;
}

/* The unit after a number that ends before token @j: "43 miles", "50-km", "6′".
 * @compound is set for a spelling that is a unit only inside a compound (6' 8"). */
static guint
unit_after (const ContraTokens *t, guint j, ContraUnitPlace place, const ContraUnit **unit, gboolean *compound)
{
  guint span;

  if (contra_tokens_is_dash (t, j) && contra_tok_glued (t, j) && contra_tok_glued (t, j + 1)
      && (*unit = contra_units_at_full (t, j + 1, place, &span, compound)) != NULL)
    return 1 + span;
  if ((*unit = contra_units_at_full (t, j, place, &span, compound)) != NULL)
    return span;
  return 0;
}

/* A plain number and the unit after it, without a compound. */
static guint
simple_measure (const ContraTokens *t, guint i, ContraUnitPlace place, Measure *m)
{
  guint n, u;

  m->unit = NULL;
  m->compound = FALSE;
  if ((n = glued_measure (t, i, m)) > 0)
    return n;
  if (minus_at (t, i) || (n = unsigned_number (t, i, &m->value, &m->precision)) == 0)
    return 0;
  m->scale = 1;
  if (n > 1 && contra_tok_is (t, i + n - 1, CONTRA_TOKEN_WORD))
    m->scale = MAX (1, contra_language_scale (t->language, contra_tokens_fold (t, i + n - 1)));
  n += citation_at (t, i + n);
  m->unit_start = n;
  if ((u = unit_after (t, i + n, place, &m->unit, &m->compound)) > 0)
    n += u;
  return n;
}

/* "6 ft 9 in", "6′ 8″", "5 feet and 8 inches", "6-foot-8": the smaller unit with its own number
 * after @m's. Adds it to @m (in the smaller unit) and returns the tokens it takes. */
static guint
compound_at (const ContraTokens *t, guint j, Measure *m)
{
  const ContraUnit *big = m->unit, *small = big->then;
  Measure part;
  guint k = j, n;

  gboolean hyphenated = FALSE;

  if (contra_language_is (t->language, CONTRA_WORDS_AND, t, k) || contra_tokens_is_punct (t, k, ','))
    k++;
  else if (contra_tokens_is_dash (t, k) && contra_tok_glued (t, k) && contra_tok_glued (t, k + 1))
    k++, hyphenated = TRUE; /* "6-foot-8" */
  if (hyphenated)
    {
      /* "foot-8" is no model number like "F-16": read the digits as they are. */
      guint decimals, u;
      if (!plain_number (t, k, &part.value, &decimals))
        return 0;
      part.precision = digits_precision (t, k, part.value, decimals);
      part.scale = 1;
      n = 1 + (u = unit_after (t, k + 1, CONTRA_UNIT_IN_COMPOUND, &part.unit, &part.compound));
      if (u == 0)
        part.unit = NULL;
    }
  else if ((n = simple_measure (t, k, CONTRA_UNIT_IN_COMPOUND, &part)) == 0)
    return 0;
  if (part.scale > 1 || m->scale > 1)
    return 0;
  /* "6-foot-8" leaves the inches unsaid; elsewhere a number without its unit is not
   * part of the height ("6 feet, 8 of them"). */
  if (part.unit == NULL && hyphenated && !contra_words_is_plural_noun (t, k + n))
    part.unit = small;
  if (part.unit != small)
    return 0;
  /* 0.3048 / 0.0254 is 12.000000000000002: a whole ratio is whole. */
  double ratio = big->factor / small->factor;
  if (fabs (ratio - round (ratio)) < 1e-9 * ratio)
    ratio = round (ratio);
  m->value = m->value * ratio + part.value;
  m->precision = part.precision;
  m->unit = small;
  return k + n - j;
}

/* TRUE when the number at token @i follows hours or degrees: "23h", "40°", "2 hours". */
static gboolean
clock_or_angle_before (const ContraTokens *t, guint i)
{
  gsize len;

  if (i == 0)
    return FALSE;
  if (contra_tokens_is_punct (t, i - 1, ',') && i > 1)
    i--;
  if (t->tokens[i - 1].kind == CONTRA_TOKEN_PUNCT)
    return strcmp (contra_tokens_plain (t, i - 1), "\u00b0") == 0;
  if (t->tokens[i - 1].kind == CONTRA_TOKEN_NUMBER)
    {
      const char *s = contra_tok_text (t, i - 1, &len);
      return s[len - 1] == 'h' || s[len - 1] == 'H';
    }
  return contra_language_is (t->language, CONTRA_WORDS_CLOCK_AND_ANGLE, t, i - 1);
}

/* A number, its unit and a compound: "43 miles", "1,200[3] m", "6 ft 9 in". */
static guint
measure_at (const ContraTokens *t, guint i, Measure *m)
{
  guint n = simple_measure (t, i, CONTRA_UNIT_AFTER_NUMBER, m), c = 0;

  /* After hours or degrees, ' and ″ are minutes and seconds: "23h 55' 16\"",
   * "40° 26′ 46″". */
  if (n > 0 && m->unit != NULL && m->unit->then != NULL && clock_or_angle_before (t, i))
    {
      m->unit = NULL;
      return m->unit_start;
    }

  /* Each smaller unit in turn: "2 h 5 min 30 sec" is one time, in seconds. */
  for (guint part; n > 0 && m->unit != NULL && m->unit->then != NULL && (part = compound_at (t, i + n + c, m)) > 0;)
    c += part;
  if (c == 0 && m->compound)
    {
      /* The "5" of "Top 5" is no height: the number alone. */
      m->unit = NULL;
      return m->unit_start;
    }
  return n + c;
}

/* The same figure in other units, in parentheses right after: "43 miles (69 km)",
 * "6 ft 9 in (2.06 m)", "(about 69 km)". Returns the tokens it spans. */
static guint
conversion_at (const ContraTokens *t, guint j, const ContraUnit *unit)
{
  ContraBound bound;
  Measure other;
  guint k, n;

  if (!contra_tokens_is_punct (t, j, '('))
    return 0;
  k = j + 1;
  k += bound_at (t, k, &bound);
  if ((n = measure_at (t, k, &other)) == 0 || other.unit == NULL || other.unit->dimension != unit->dimension)
    return 0;
  k += n;
  /* "(69–70 km)" and "(69 km; 37 nmi)" are still the one figure. */
  while (k < t->n_tokens && !contra_tokens_is_punct (t, k, ')') && k < j + 12
         && !contra_tokens_is_punct (t, k, '('))
    k++;
  return contra_tokens_is_punct (t, k, ')') ? k + 1 - j : 0;
}

/* The word or dash that joins the two ends of a range: "between A and B", "A–B",
 * "A to B". Returns the tokens it takes. */
static guint
range_joint (const ContraTokens *t, guint j, gboolean between)
{
  if (between)
    return contra_language_is (t->language, CONTRA_WORDS_AND, t, j) ? 1 : 0;
  if (contra_tokens_is_dash (t, j) || contra_language_is (t->language, CONTRA_WORDS_RANGE_JOINTS, t, j))
    return 1;
  return 0;
}

/* The high end of a range whose low end @low ends before token @j: "–45",
 * "to 10 million", "and 3.8". A scale given only at the high end applies to both
 * ("5 to 10 million"). Returns the tokens taken, 0 when there is no range. */
static guint
range_high (const ContraTokens *t, guint j, gboolean between, Measure *low, Measure *high)
{
  guint joint = range_joint (t, j, between), n;

  if (joint == 0 || (n = measure_at (t, j + joint, high)) == 0)
    return 0;
  if (high->scale > 1 && low->scale == 1 && low->value * high->scale <= high->value)
    {
      low->value *= high->scale;
      low->precision *= high->scale;
      low->scale = high->scale;
    }
  if (low->unit != NULL && high->unit != NULL && low->unit != high->unit)
    return 0;
  if (!(high->value > low->value))
    return 0;
  return joint + n;
}

/* ---------------------------------------------------------------- percent */

/* "%", "percent", "per cent", "pct"; "percentage points" sets @points. Returns the
 * tokens it spans. */
static guint
percent_sign_at (const ContraTokens *t, guint j, gboolean *points)
{
  guint n;

  *points = FALSE;
  if (contra_tokens_is_punct (t, j, '%'))
    return 1;
  if ((n = contra_language_phrase_at (t->language, CONTRA_WORDS_PERCENT_SIGNS, t, j)) > 0)
    return n;
  if ((n = contra_language_phrase_at (t->language, CONTRA_WORDS_PERCENTAGE_POINTS, t, j)) > 0)
    *points = TRUE;
  return n;
}

static guint
percent_match (const ContraTokens *t, guint i, const ContraDateContext *context, ContraValue *out)
{
  ContraBound bound;
  guint j = i + bound_at (t, i, &bound), n, sign;
  double v, p, high = 0, high_p = 0;
  gboolean between = FALSE, points, range = FALSE;

  if (after_minus (t, i))
    return 0;
  if ((n = fraction (t, j, &v)) > 0 || (n = ratio (t, j, &v)) > 0)
    {
      fill_amount (t, i, j + n, CONTRA_VALUE_PERCENT, v, 1, bound, "percent", out);
      return j + n - i;
    }
  if (bound == CONTRA_BOUND_EXACT && contra_language_is (t->language, CONTRA_WORDS_RANGE_OPENERS, t, j))
    j++, between = TRUE;
  if ((n = signed_number (t, j, FALSE, &v, &p, NULL)) == 0)
    return 0;
  j += n;
  j += citation_at (t, j);
  sign = percent_sign_at (t, j, &points);

  /* "40–45%", "0.2–0.3%", "between 1.5 and 3.8%", "40% to 45%": the sign at the end
   * serves both. */
  guint joint = range_joint (t, j + sign, between), m;
  gboolean high_points;
  if (joint > 0 && (m = signed_number (t, j + sign + joint, FALSE, &high, &high_p, NULL)) > 0)
    {
      guint k = j + sign + joint + m;
      k += citation_at (t, k);
      guint sign2 = percent_sign_at (t, k, &high_points);
      if (sign2 > 0 && high > v && (sign == 0 || high_points == points))
        {
          j = k;
          sign = sign2;
          points = high_points;
          range = TRUE;
        }
    }
  if (sign == 0 || (between && !range))
    return 0;
  j += sign;
  fill_amount (t, i, j, points ? CONTRA_VALUE_QUANTITY : CONTRA_VALUE_PERCENT, v, p, bound,
               points ? "percentage point" : "percent", out);
  if (range)
    set_range (out, high, high_p);
  return j - i;
}

/* ---------------------------------------------------------------- counts */

/* "the one", "no one", "each one" are pronouns, not the number. */
static gboolean
pronoun_one (const ContraTokens *t, guint i)
{
  return contra_tok_is (t, i, CONTRA_TOKEN_WORD) && contra_language_cardinal (t->language, contra_tokens_fold (t, i)) == 1 && i > 0
         && contra_language_is (t->language, CONTRA_WORDS_ONE_AS_PRONOUN_AFTER, t, i - 1);
}

/* A word that may stand between a number and the noun it counts: "priority",
 * "patrol", "high-speed" (a hyphenated compound is one modifier). Returns the tokens
 * it spans. */
static guint
modifier_at (const ContraTokens *t, guint i)
{
  if (!contra_tok_is (t, i, CONTRA_TOKEN_WORD) || contra_language_is (t->language, CONTRA_WORDS_FUNCTION, t, i)
      || contra_tok_flag (t, i, CONTRA_TOKEN_HAS_DIGIT))
    return 0;

  guint j = i + 1;
  while (contra_tokens_is_dash (t, j) && contra_tok_glued (t, j) && contra_tok_glued (t, j + 1)
         && contra_tok_is (t, j + 1, CONTRA_TOKEN_WORD))
    j += 2;
  return j - i;
}

/* The counted noun after a number ending before token @j: up to two modifiers, then
 * a plural noun ("5 high-speed patrol ships"); one singular noun after "one". Writes
 * its singular to @noun and returns the end of the count, or 0. */
static guint
counted_noun (const ContraTokens *t, guint j, double v, ContraBound bound, char *noun, gsize size)
{
  guint k = j, last_word = 0;

  for (guint modifiers = 0; modifiers <= 2; modifiers++)
    {
      if (contra_words_is_plural_noun (t, k) && contra_language_singular (t->language, contra_tokens_fold (t, k), noun, size))
        return k + 1;
      guint m = modifier_at (t, k);
      if (m == 0)
        break;
      if (m == 1 && !contra_tok_flag (t, k, CONTRA_TOKEN_CAPITALIZED))
        last_word = k;
      k += m;
    }
  /* "one patrol boat": a singular noun counts only one. */
  if (v == 1 && last_word > 0 && bound == CONTRA_BOUND_EXACT)
    {
      g_strlcpy (noun, contra_tokens_fold (t, last_word), size);
      return last_word + 1;
    }
  return 0;
}

/* A unit of time in the singular glued to a number by a hyphen, before a noun: "the
 * seven-week siege", "a 47-day strike" (calendar.yaml time_units). Not an age or a
 * length of time another hyphen goes on with ("a 30-year-old man"), nor a fraction
 * ("three-quarter per cent"). Writes the unit to @noun and returns the tokens from @j,
 * or 0. */
static guint
time_compound_at (const ContraTokens *t, guint j, char *noun, gsize size)
{
  if (!contra_tokens_is_dash (t, j) || !contra_tok_glued (t, j) || !contra_tok_glued (t, j + 1)
      || contra_language_is (t->language, CONTRA_WORDS_TIME_UNIT_PLURALS, t, j + 1)
      || (contra_tokens_is_dash (t, j + 2) && contra_tok_glued (t, j + 2))
      || !contra_tok_is (t, j + 2, CONTRA_TOKEN_WORD)
      || contra_language_is (t->language, CONTRA_WORDS_FUNCTION, t, j + 2))
    return 0;
  for (ContraWordClass cls = CONTRA_WORDS_SECOND; cls <= CONTRA_WORDS_CENTURY; cls++)
    if (cls != CONTRA_WORDS_QUARTER && contra_language_is (t->language, cls, t, j + 1))
      {
        g_strlcpy (noun, contra_tokens_fold (t, j + 1), size);
        return 2;
      }
  return 0;
}

static guint
count_match (const ContraTokens *t, guint i, const ContraDateContext *context, ContraValue *out)
{
  ContraBound bound;
  guint j = i + bound_at (t, i, &bound), n;
  gboolean between = FALSE;
  Measure m, high;

  if (bound == CONTRA_BOUND_EXACT && contra_language_is (t->language, CONTRA_WORDS_RANGE_OPENERS, t, j))
    j++, between = TRUE;
  /* A count or a measure is never negative ("-5 ships" is left to the number), but
   * for a temperature: "-5 °C". */
  gboolean negative = minus_at (t, j);
  if (after_minus (t, i) || pronoun_one (t, j) || (n = measure_at (t, j + negative, &m)) == 0)
    return 0;
  if (negative)
    {
      if (m.unit == NULL || m.unit->offset == 0)
        return 0;
      m.value = -m.value;
      j++;
    }
  j += n;

  guint r = range_high (t, j, between, &m, &high);
  if (between && r == 0)
    return 0;
  if (r > 0)
    {
      j += r;
      if (m.unit == NULL)
        m.unit = high.unit;
    }

  /* A measure: "3,000-ton", "3,000 tons", "200 nautical miles", "9.5–10.5 cm". */
  if (m.unit != NULL)
    {
      j += conversion_at (t, j, m.unit);
      fill_amount (t, i, j, CONTRA_VALUE_QUANTITY, m.value, m.precision, bound, m.unit->name, out);
      if (r > 0)
        set_range (out, high.value, high.precision);
      return j - i;
    }

  /* A count: "69 tornadoes", "between 20 and 30 people", "5–10 ships", "the
   * seven-week siege". */
  char singular[64];
  guint end = r == 0 && (n = time_compound_at (t, j, singular, sizeof singular)) > 0
                ? j + n
                : counted_noun (t, j, r > 0 ? 2 : m.value, bound, singular, sizeof singular);
  if (end == 0)
    return 0;
  fill_amount (t, i, end, CONTRA_VALUE_COUNT, m.value, m.precision, bound, singular, out);
  if (r > 0)
    set_range (out, high.value, high.precision);
  return end - i;
}

/* ---------------------------------------------------------------- numbers */

/* TRUE when the number at token @i is a place in a ranking: a position cue, a verb
 * and a reference marker, stands right before it ("peaked at number 12", "reached
 * No. 17": words.yaml position_cues). Elsewhere the marker makes the number a label
 * ("No. 5", "reached Route 9"). */
static gboolean
position_at (const ContraTokens *t, guint i)
{
  guint end = i;

  if (end > 0 && contra_tokens_is_punct (t, end - 1, '.'))
    end--; /* "No." */
  for (guint k = end > 4 ? end - 4 : 0; k < end; k++)
    if (contra_language_phrase_at (t->language, CONTRA_WORDS_POSITION_CUES, t, k) == end - k)
      return TRUE;
  return FALSE;
}

/* The tokens of a superlative at @i that is a rank of one ("the largest ferry", "the
 * most visited museum"): right after a word of ranks.yaml's first_after and before a
 * plain lower-case word, its noun; 0 elsewhere ("the best of them", "at the latest"). */
static guint
first_rank_at (const ContraTokens *t, guint i)
{
  char superlative[64];
  guint n;

  if (i == 0 || !contra_language_is (t->language, CONTRA_WORDS_FIRST_AFTER, t, i - 1)
      || (n = contra_words_superlative (t, i, superlative, sizeof superlative)) == 0)
    return 0;
  if (!contra_tok_is (t, i + n, CONTRA_TOKEN_WORD) || contra_tok_glued (t, i + n)
      || (t->tokens[i + n].flags & (CONTRA_TOKEN_CAPITALIZED | CONTRA_TOKEN_HAS_DIGIT))
      || contra_language_is (t->language, CONTRA_WORDS_FUNCTION, t, i + n))
    return 0;
  return n;
}

static gboolean
number_can_start (const ContraTokens *tokens, guint i)
{
  return amount_can_start (tokens, i)
         || (i > 0 && contra_language_is (tokens->language, CONTRA_WORDS_FIRST_AFTER, tokens, i - 1));
}

static guint
number_match (const ContraTokens *t, guint i, const ContraDateContext *context, ContraValue *out)
{
  ContraBound bound;
  guint j = i + bound_at (t, i, &bound), n;
  double v, p;

  /* "peaked at number 12", "at number four": a position, the number alone (unit
   * "position"). */
  if (position_at (t, i) && (n = signed_number (t, i, FALSE, &v, &p, NULL)) > 0)
    {
      fill_amount (t, i, i + n, CONTRA_VALUE_NUMBER, v, 1, CONTRA_BOUND_EXACT, "position", out);
      return n;
    }
  if ((i > 0 && contra_words_is_reference_marker (t, i - 1)) || after_minus (t, i))
    return 0;
  double ordinal = -1;
  if (contra_tok_flag (t, j, CONTRA_TOKEN_ORDINAL) && contra_tok_is (t, j, CONTRA_TOKEN_NUMBER)
      && !number_in_code (t, j) && leading_number (t, j, &v, NULL) + 2 == t->tokens[j].end - t->tokens[j].start)
    ordinal = v;
  else if (contra_tok_is (t, j, CONTRA_TOKEN_WORD))
    {
      ordinal = contra_language_ordinal (t->language, contra_tokens_fold (t, j));
      if (ordinal <= 0 && pronoun_one (t, j))
        return 0;
    }
  if (ordinal <= 0 && j == i && (n = first_rank_at (t, i)) > 0)
    {
      /* "the largest ferry": a rank of one, "first" left unsaid. */
      char superlative[64];
      contra_words_superlative (t, i, superlative, sizeof superlative);
      fill_amount (t, i, i + n, CONTRA_VALUE_NUMBER, 1, 1, CONTRA_BOUND_EXACT, superlative, out);
      out->u.amount.ordinal = TRUE;
      return n;
    }
  if (ordinal > 0)
    {
      /* A rank: "the third-largest port", "3rd busiest", "second most populous". */
      char superlative[64];
      guint s = contra_words_superlative (t, j + 1, superlative, sizeof superlative);
      fill_amount (t, i, j + 1 + s, CONTRA_VALUE_NUMBER, ordinal, 1, bound, s > 0 ? superlative : NULL, out);
      out->u.amount.ordinal = TRUE;
      return j + 1 + s - i;
    }
  if ((n = signed_number (t, j, FALSE, &v, &p, NULL)) == 0)
    return 0;
  fill_amount (t, i, j + n, CONTRA_VALUE_NUMBER, v, p, bound, NULL, out);
  return j + n - i;
}

/* ---------------------------------------------------------------- registry */

const ContraNormalizer contra_money_normalizer = {
  "money", CONTRA_VALUE_MONEY, money_can_start, money_match,
};

const ContraNormalizer contra_percent_normalizer = {
  "percent", CONTRA_VALUE_PERCENT, amount_can_start, percent_match,
};

const ContraNormalizer contra_count_normalizer = {
  "count", CONTRA_VALUE_COUNT, amount_can_start, count_match,
};

const ContraNormalizer contra_number_normalizer = {
  "number",
  CONTRA_VALUE_NUMBER,
  number_can_start,
  number_match,
};

const ContraNormalizer *const *
contra_normalizers (guint *n_normalizers)
{
  static const ContraNormalizer *const all[] = {
    &contra_date_normalizer,  &contra_money_normalizer,  &contra_percent_normalizer,
    &contra_count_normalizer, &contra_number_normalizer,
  };

  if (n_normalizers != NULL)
    *n_normalizers = G_N_ELEMENTS (all);
  return all;
}
