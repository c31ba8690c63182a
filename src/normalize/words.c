/* words.c — the word lists the normalisers share.
 *
 * Lookups are linear scans over short tables: they run only after a can_start() filter
 * has let a token through, so a hash table would cost more to build than it saves.
 */
#include "normalize/words.h"

#include "lang/language.h"
#include "normalize/units.h"

#include <math.h>
#include <string.h>

gboolean
contra_tok_digits (const ContraTokens *t, guint i, int *value, guint *digits)
{
  if (!contra_tok_is (t, i, CONTRA_TOKEN_NUMBER))
    return FALSE;

  gsize len;
  const char *s = contra_tok_text (t, i, &len);
  int v = 0;

  if (len > 9)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      if (!g_ascii_isdigit (s[k]))
        return FALSE;
      v = v * 10 + (s[k] - '0');
    }
  if (value != NULL)
    *value = v;
  if (digits != NULL)
    *digits = (guint) len;
  return TRUE;
}

gboolean
contra_tok_in (const ContraTokens *t, guint i, const char *const *words)
{
  if (!contra_tok_is (t, i, CONTRA_TOKEN_WORD))
    return FALSE;

  const char *fold = contra_tokens_fold (t, i);
  for (; *words != NULL; words++)
    if (fold[0] == (*words)[0] && strcmp (fold, *words) == 0)
      return TRUE;
  return FALSE;
}

/* ---------------------------------------------------------------- numbers */

/* The number words are lang/en/numbers.yaml's, read into the language object; these
 * read the default language, for callers that hold no tokens. */

int
contra_words_cardinal (const char *fold)
{
  return contra_language_cardinal (contra_language_default (), fold);
}

int
contra_words_ordinal (const char *fold)
{
  return contra_language_ordinal (contra_language_default (), fold);
}

double
contra_words_scale (const char *fold)
{
  return contra_language_scale (contra_language_default (), fold);
}

const char *
contra_words_unit (const ContraTokens *t, guint i, guint *span)
{
  const ContraUnit *unit = contra_units_at (t, i, CONTRA_UNIT_AFTER_NUMBER, span);

  return unit != NULL ? unit->name : NULL;
}

/* A country prefix glued to "$": "US$", "A$", "HK$". */
static const struct {
  const char *prefix;
  const char *code;
} dollar_prefixes[] = {
  {"us", "USD"}, {"a", "AUD"},  {"au", "AUD"}, {"c", "CAD"}, {"ca", "CAD"},
  {"hk", "HKD"}, {"s", "SGD"},  {"sg", "SGD"}, {"nt", "TWD"},
};

/* Codes written for another: the renminbi's "RMB" is the yuan, CNY. */
static const struct {
  const char *alias;
  const char *code;
} code_aliases[] = {
  {"RMB", "CNY"},
};

static const char *const currency_codes[] = {
  "USD", "EUR", "GBP", "JPY", "CNY", "VND", "AUD", "CAD", "KRW", "INR", "RUB", "SGD", "HKD", "TWD", "THB",
  "PHP", "MYR", "IDR", "CHF", "NZD", "SEK", "NOK", "DKK", "PLN", "TRY", "MXN", "ZAR", "BRL", NULL,
};

void
contra_words_currency_starts (GPtrArray *out)
{
  static char *folded[G_N_ELEMENTS (currency_codes) + G_N_ELEMENTS (code_aliases)];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      guint n = 0;
      for (guint k = 0; currency_codes[k] != NULL; k++)
        folded[n++] = g_ascii_strdown (currency_codes[k], -1);
      for (gsize k = 0; k < G_N_ELEMENTS (code_aliases); k++)
        folded[n++] = g_ascii_strdown (code_aliases[k].alias, -1);
      g_once_init_leave (&ready, 1);
    }
  for (guint k = 0; folded[k] != NULL; k++)
    g_ptr_array_add (out, folded[k]);
  for (gsize k = 0; k < G_N_ELEMENTS (dollar_prefixes); k++)
    g_ptr_array_add (out, (gpointer) dollar_prefixes[k].prefix);
}

const char *
contra_words_currency_code (const ContraTokens *t, guint i)
{
  if (!contra_tok_is (t, i, CONTRA_TOKEN_WORD)
      || !(t->tokens[i].flags & CONTRA_TOKEN_ALLCAPS))
    return NULL;

  const char *plain = contra_tokens_plain (t, i);
  for (gsize k = 0; k < G_N_ELEMENTS (code_aliases); k++)
    if (strcmp (plain, code_aliases[k].alias) == 0)
      return code_aliases[k].code;
  for (guint k = 0; currency_codes[k] != NULL; k++)
    if (strcmp (plain, currency_codes[k]) == 0)
      return currency_codes[k];
  return NULL;
}

const char *
contra_words_currency_symbol (const ContraTokens *t, guint i, guint *span)
{
  static const struct {
    const char *symbol;
    const char *code;
  } symbols[] = {
    {"$", "USD"},   {"\u20ac", "EUR"}, {"\u00a3", "GBP"}, {"\u00a5", "JPY"},
    {"\u20ab", "VND"}, {"\u20b9", "INR"}, {"\u20a9", "KRW"},
  };

  if (i >= t->n_tokens)
    return NULL;
  if (t->tokens[i].kind == CONTRA_TOKEN_WORD && contra_tokens_is_punct (t, i + 1, '$')
      && contra_tok_glued (t, i + 1))
    {
      const char *fold = contra_tokens_fold (t, i);
      for (gsize k = 0; k < G_N_ELEMENTS (dollar_prefixes); k++)
        if (strcmp (fold, dollar_prefixes[k].prefix) == 0)
          {
            *span = 2;
            return dollar_prefixes[k].code;
          }
      return NULL;
    }
  if (t->tokens[i].kind != CONTRA_TOKEN_PUNCT)
    return NULL;

  const char *plain = contra_tokens_plain (t, i);
  for (gsize k = 0; k < G_N_ELEMENTS (symbols); k++)
    if (strcmp (plain, symbols[k].symbol) == 0)
      {
        *span = 1;
        return symbols[k].code;
      }
  return NULL;
}

const char *
contra_words_currency_name (const ContraTokens *t, guint i, gboolean scaled, guint *span)
{
  return contra_language_currency_name (t->language, t, i, scaled, span);
}

/* ---------------------------------------------------------------- plurals */

/* The plurals are lang/en/plurals.yaml's, read into the language object. */
gboolean
contra_words_singular (const char *fold, char *buf, gsize size)
{
  return contra_language_singular (contra_language_default (), fold, buf, size);
}

gboolean
contra_words_is_plural_noun (const ContraTokens *t, guint i)
{
  char buf[64];

  if (!contra_tok_is (t, i, CONTRA_TOKEN_WORD) || (t->tokens[i].flags & (CONTRA_TOKEN_HAS_DIGIT | CONTRA_TOKEN_ABBREV)))
    return FALSE;
  if (t->tokens[i].flags & CONTRA_TOKEN_CAPITALIZED)
    {
      /* The plural of an acronym: "EPs", "DVDs", "MPs". */
      gsize len;
      const char *s = contra_tok_text (t, i, &len);
      if (len < 3 || s[len - 1] != 's')
        return FALSE;
      for (gsize k = 0; k + 1 < len; k++)
        if (!g_ascii_isupper (s[k]))
          return FALSE;
      return TRUE;
    }
  return contra_language_singular (t->language, contra_tokens_fold (t, i), buf, sizeof buf);
}

gboolean
contra_words_is_reference_marker (const ContraTokens *t, guint i)
{
  if (i >= t->n_tokens)
    return FALSE;
  if (contra_tokens_is_punct (t, i, '#'))
    return TRUE;
  if (contra_tokens_is_punct (t, i, '.') && i > 0)
    i--;
  return contra_language_is (t->language, CONTRA_WORDS_REFERENCE_MARKERS, t, i);
}

/* ---------------------------------------------------------------- ranks */

/* What makes an ordinal a rank is lang/en/ranks.yaml's, in the tokens' language. */
static gboolean
is_superlative (const ContraTokens *t, guint i)
{
  if (!contra_tok_is (t, i, CONTRA_TOKEN_WORD)
      || (t->tokens[i].flags & (CONTRA_TOKEN_CAPITALIZED | CONTRA_TOKEN_HAS_DIGIT)))
    return FALSE;

  const char *fold = contra_tokens_fold (t, i);
  if (contra_language_is (t->language, CONTRA_WORDS_SUPERLATIVES, t, i))
    return TRUE;
  if (contra_language_is (t->language, CONTRA_WORDS_NOT_SUPERLATIVE, t, i))
    return FALSE;
  for (const char *const *e = contra_language_superlative_endings (t->language); *e != NULL; e++)
    if (g_str_has_suffix (fold, *e) && strlen (fold) >= strlen (*e) + 3)
      return TRUE;
  return FALSE;
}

guint
contra_words_superlative (const ContraTokens *t, guint i, char *buf, gsize size)
{
  guint j = i, n;

  if (contra_tokens_is_dash (t, j) && contra_tok_glued (t, j) && contra_tok_glued (t, j + 1))
    j++;
  if (contra_language_is (t->language, CONTRA_WORDS_DEGREE, t, j)
      && contra_tok_is (t, j + 1, CONTRA_TOKEN_WORD)
      && !(t->tokens[j + 1].flags & CONTRA_TOKEN_CAPITALIZED)
      && !contra_language_is (t->language, CONTRA_WORDS_FUNCTION, t, j + 1))
    n = 2; /* "most populous" */
  else if (is_superlative (t, j))
    n = 1;
  else
    return 0;
  if (g_snprintf (buf, size, "%s%s%s", contra_tokens_fold (t, j), n == 2 ? " " : "",
                  n == 2 ? contra_tokens_fold (t, j + 1) : "") >= (int) size)
    return 0;
  return j + n - i;
}
