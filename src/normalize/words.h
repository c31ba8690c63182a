/* words.h — the word lists the normalisers share (private to src/normalize/).
 *
 * Number words, scale words, units, currencies and the English plural: what the date
 * normaliser needs to tell "2000 soldiers" from "in 2000", and what the amount
 * normalisers need to read "half a million US dollars" or "5 high-speed patrol ships".
 * Units (units.h), number words, plurals and superlatives are language data, read
 * from lang/en/; currencies and function words are still tables here.
 */
#pragma once

#include <glib.h>

#include "text/tokens.h"

G_BEGIN_DECLS

/* Token helpers: bounds-checked, so callers may look one past the end. */
static inline gboolean
contra_tok_is (const ContraTokens *t, guint i, ContraTokenKind kind)
{
  return i < t->n_tokens && t->tokens[i].kind == kind;
}

static inline gboolean
contra_tok_flag (const ContraTokens *t, guint i, guint flag)
{
  return i < t->n_tokens && (t->tokens[i].flags & flag) != 0;
}

/* TRUE when token @i follows token @i - 1 with no white space between them. */
static inline gboolean
contra_tok_glued (const ContraTokens *t, guint i)
{
  return i < t->n_tokens && i > 0 && (t->tokens[i].flags & CONTRA_TOKEN_SPACE_BEFORE) == 0;
}

static inline const char *
contra_tok_text (const ContraTokens *t, guint i, gsize *len)
{
  *len = t->tokens[i].end - t->tokens[i].start;
  return t->text + t->tokens[i].start;
}

/* TRUE when token @i is a NUMBER made only of ASCII digits ("2011", "08"); @value and
 * @digits (may be NULL) receive its value and length. */
gboolean contra_tok_digits (const ContraTokens *t, guint i, int *value, guint *digits);

/* TRUE when token @i is one of the folded @words (NULL-terminated). */
gboolean contra_tok_in (const ContraTokens *t, guint i, const char *const *words);

/* The number words of the default language (lang/en/numbers.yaml), for callers
 * without tokens; with tokens, ask their language (contra_language_cardinal()). */

/* The value of a cardinal number word ("one" .. "ninety"), or -1. */
int contra_words_cardinal (const char *fold);

/* The value of an ordinal word ("first" .. "twentieth"), or -1. */
int contra_words_ordinal (const char *fold);

/* The multiplier of a scale word ("hundred", "thousand", "million", "bn"), or 0. */
double contra_words_scale (const char *fold);

/* The unit and currency lookups below return static strings, not interned ones:
 * interning takes a global lock, so callers intern (contra_unit_intern) only what
 * they keep. */

/* A measure unit starting at token @i ("tons", "nautical miles", "km"): returns its
 * canonical name ("ton", "nautical mile", "km") and the tokens it spans in @span;
 * NULL when there is none. */
const char *contra_words_unit (const ContraTokens *t, guint i, guint *span);

/* An ISO 4217 code written as one ("USD", "VND", "RMB" -> "CNY"), or NULL. */
const char *contra_words_currency_code (const ContraTokens *t, guint i);

/* Appends to @out (static strings) the folded words a currency before an amount may
 * start with: the codes ("usd", "rmb") and the prefixes glued to "$" ("us", "hk"), for
 * the money normaliser's prefilter. */
void contra_words_currency_starts (GPtrArray *out);

/* A currency symbol at token @i, with an optional country prefix glued to it
 * ("$", "US$", "HK$", "€", "£", "¥"): returns the ISO code and its span, or NULL. */
const char *contra_words_currency_symbol (const ContraTokens *t, guint i, guint *span);

/* A currency named in words after an amount ("dollars", "US dollars", "euros",
 * "yen"; lang/en/currencies.yaml): returns the ISO code and its span, or NULL. "pounds" alone is a weight,
 * not money: pass @scaled when the amount had a scale word ("3 million pounds"). */
const char *contra_words_currency_name (const ContraTokens *t, guint i, gboolean scaled, guint *span);

/* When @fold is an English plural noun, writes its singular into @buf (of @size
 * bytes) and returns TRUE: "areas" -> "area", "casualties" -> "casualty", "people"
 * -> "person". Returns FALSE for words that are not plural nouns ("was", "status"). */
gboolean contra_words_singular (const char *fold, char *buf, gsize size);

/* TRUE when token @i is a lowercase word that is a plural noun, or the plural of an
 * acronym ("EPs", "DVDs"). */
gboolean contra_words_is_plural_noun (const ContraTokens *t, guint i);

/* TRUE for words that introduce a reference number rather than an amount or a
 * year: "No.", "Vol.", "p.", "page", "#". Looks at token @i and, when @i is a
 * period, at the word before it. */
gboolean contra_words_is_reference_marker (const ContraTokens *t, guint i);

/* A superlative after an ordinal at token @i, glued by a hyphen or spaced ("-largest",
 * "busiest", "most populous"): writes it folded to @buf ("largest", "most populous")
 * and returns the tokens it spans, or 0. From lang/en/ranks.yaml. */
guint contra_words_superlative (const ContraTokens *t, guint i, char *buf, gsize size);

G_END_DECLS
