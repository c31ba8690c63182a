/* tokens.h — a sentence's text cut into words, numbers and punctuation.
 *
 * Every later stage (normalisers, the lexicon matcher, the rule engine) sees a sentence
 * as tokens. Each token keeps its byte span in the sentence text and two normalised
 * forms used for matching:
 *   - plain: the text with internal periods dropped ("U.S." -> "US") and typographic
 *     apostrophes made straight;
 *   - fold: the plain form case-folded ("US" -> "us").
 * A hyphen is a token of its own, so "U.S.-Vietnam" is "U.S." "-" "Vietnam" and
 * "non-lethal" is "non" "-" "lethal"; the lexicon treats a hyphen as a space.
 * A possessive "'s" is split off ("China's" -> "China" "'s").
 */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef enum {
  CONTRA_TOKEN_WORD,   /* starts with a letter: "Vietnam", "U.S.", "FY2015", "don't" */
  CONTRA_TOKEN_NUMBER, /* starts with a digit: "2011", "9.49", "3,000", "13th", "1980s" */
  CONTRA_TOKEN_PUNCT,  /* one character that is neither: "," "-" "$" "“" "%" */
} ContraTokenKind;

typedef enum {
  CONTRA_TOKEN_CAPITALIZED = 1 << 0,  /* first character is an uppercase letter */
  CONTRA_TOKEN_ALLCAPS = 1 << 1,      /* two or more letters, all uppercase */
  CONTRA_TOKEN_SPACE_BEFORE = 1 << 2, /* white space before it (or sentence start) */
  CONTRA_TOKEN_ORDINAL = 1 << 3,      /* a number with st/nd/rd/th: "1st", "13th" */
  CONTRA_TOKEN_DECADE = 1 << 4,       /* a number with a plural s: "1980s", "90s" */
  CONTRA_TOKEN_ABBREV = 1 << 5,       /* letters with periods: "U.S.", "U.N." */
  CONTRA_TOKEN_HAS_DIGIT = 1 << 6,    /* a word that contains digits: "FY2015" */
  CONTRA_TOKEN_GROUPED = 1 << 7,      /* a number with thousands separators: "3,000" */
  CONTRA_TOKEN_DECIMAL = 1 << 8,      /* a number with a decimal point: "9.49" */
} ContraTokenFlags;

typedef struct {
  guint32 start;  /* byte offset in the sentence text */
  guint32 end;    /* exclusive */
  guint32 fold;   /* offset of the folded form in ContraTokens.forms */
  guint32 plain;  /* offset of the plain form in ContraTokens.forms */
  guint32 hash;   /* g_str_hash of the folded form */
  guint16 kind;   /* ContraTokenKind */
  guint16 flags;  /* ContraTokenFlags */
} ContraToken;

typedef struct _ContraLanguage ContraLanguage;

typedef struct {
  const ContraLanguage *language; /* the words of the text's language (lang/language.h):
                                   * every stage that reads the tokens reads these;
                                   * not owned. English unless the caller sets another. */
  const char *text;     /* the sentence text; not owned */
  gsize length;
  ContraToken *tokens;  /* owned */
  guint n_tokens;
  guint capacity;
  GString *forms;       /* the fold and plain forms, each NUL-terminated */
} ContraTokens;

/* Returns a reusable tokens buffer for text in the default language (English); free
 * with contra_tokens_free(). */
ContraTokens *contra_tokens_new (void);

/* The same for text in @language (may be NULL only to scan, as the language loader
 * does to cut its own phrases). */
ContraTokens *contra_tokens_new_for (const ContraLanguage *language);
void contra_tokens_free (ContraTokens *tokens);

/* Cuts @text (valid UTF-8, @length bytes, not copied: it must outlive @tokens' use)
 * into tokens, replacing what @tokens held. */
void contra_tokens_scan (ContraTokens *tokens, const char *text, gsize length);

/* The folded form of token @i ("us" for "U.S."). */
static inline const char *
contra_tokens_fold (const ContraTokens *tokens, guint i)
{
  return tokens->forms->str + tokens->tokens[i].fold;
}

/* The plain form of token @i ("US" for "U.S."). */
static inline const char *
contra_tokens_plain (const ContraTokens *tokens, guint i)
{
  return tokens->forms->str + tokens->tokens[i].plain;
}

/* TRUE when token @i is the punctuation character @c (ASCII). Inline, with the
 * next one: the normalisers and the rule engine ask these of every token. */
static inline gboolean
contra_tokens_is_punct (const ContraTokens *tokens, guint i, char c)
{
  if (i >= tokens->n_tokens || tokens->tokens[i].kind != CONTRA_TOKEN_PUNCT)
    return FALSE;
  return tokens->tokens[i].end - tokens->tokens[i].start == 1 && tokens->text[tokens->tokens[i].start] == c;
}

/* TRUE when token @i is a word whose folded form is @word. */
static inline gboolean
contra_tokens_is_word (const ContraTokens *tokens, guint i, const char *word)
{
  if (i >= tokens->n_tokens || tokens->tokens[i].kind != CONTRA_TOKEN_WORD)
    return FALSE;
  const char *fold = contra_tokens_fold (tokens, i);
  return fold[0] == word[0] && strcmp (fold, word) == 0;
}

/* A 4096-bit filter over token hashes (ContraToken.hash): a test is one load and a
 * shift. False positives only cost the exact comparison after it. */
typedef struct {
  guint64 bits[64];
} ContraWordFilter;

/* Fills @filter from a NULL-terminated list of folded words. */
void contra_word_filter_init (ContraWordFilter *filter, const char *const *words);

static inline gboolean
contra_word_filter_test (const ContraWordFilter *filter, guint32 hash)
{
  return (filter->bits[(hash >> 6) & 63] >> (hash & 63)) & 1;
}

/* TRUE when token @i is a word that may be in @filter. */
static inline gboolean
contra_word_filter_has (const ContraWordFilter *filter, const ContraTokens *tokens, guint i)
{
  return i < tokens->n_tokens && tokens->tokens[i].kind == CONTRA_TOKEN_WORD
         && contra_word_filter_test (filter, tokens->tokens[i].hash);
}

/* A fixed list of folded words and its filter, built on first use (from any thread).
 * Declare one with CONTRA_WORD_SET ("but", "while", "although"). */
typedef struct {
  const char *const *words;   /* NULL-terminated */
  gsize ready;
  ContraWordFilter filter;
} ContraWordSet;

#define CONTRA_WORD_SET(...) {(const char *const[]){__VA_ARGS__, NULL}, 0, {{0}}}

/* TRUE when token @i is a word of @set. */
gboolean contra_word_set_has (ContraWordSet *set, const ContraTokens *tokens, guint i);

/* TRUE when token @i is a dash of any kind: "-", "–", "—". */
gboolean contra_tokens_is_dash (const ContraTokens *tokens, guint i);

/* TRUE when token @i is a possessive "'s" or "’s" (a token of its own: "state", "'s"). */
gboolean contra_tokens_is_possessive (const ContraTokens *tokens, guint i);

/* The numeric value of a NUMBER token ("3,000" -> 3000, "9.49" -> 9.49, "13th" -> 13);
 * @decimals receives the number of digits after the decimal point (may be NULL).
 * Returns FALSE for a token that is not a number. */
gboolean contra_tokens_number (const ContraTokens *tokens,
                               guint i,
                               double *value,
                               guint *decimals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraTokens, contra_tokens_free)

G_END_DECLS
