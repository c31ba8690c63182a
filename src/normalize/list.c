/* list.c — enumerations split into items.
 *
 * A list is read in three passes over its tokens, none of which allocates:
 *   1. Where it ends: the end of the sentence, a colon, a closing bracket or quote
 *      that did not open inside it, a spaced dash, or a clause boundary (", which",
 *      ", while", "because", "in order to").
 *   2. Its segments: separated by semicolons, and by commas unless the list uses
 *      semicolons (then a comma separates only before "and"/"or": "a; b; c, and d").
 *      Separators inside a lexicon hint or inside brackets and quotes do not count.
 *      A segment holding an auxiliary verb ("is", "would") is a clause, not an item:
 *      the list stops before it.
 *   3. Its last item: the list ends with the last segment that carries the final
 *      conjunction, either as an Oxford comma (", and d") or inside it ("c and d").
 *      That segment is split at its "and", outside hints; when it has several and a
 *      count was stated ("five areas"), the split that yields the stated count wins,
 *      splitting at the earliest conjunctions first. Earlier segments keep their
 *      "and" ("peace-keeping actions and trainings").
 * Only then are the items built as strings.
 *
 * Known limits: without a hint, an item whose own "and" falls in the last segment is
 * split ("humanitarian assistance and disaster relief" as the last item becomes two);
 * a list without a conjunction is accepted only after a colon, dash or "namely" and
 * with three items or more; clause boundaries are found by words, not by parsing, so
 * "signed" or "said" inside a segment is not recognised as a verb.
 */
#include "normalize/list.h"

#include <string.h>

#include "lang/language.h"
#include "normalize/words.h"

#define MAX_ITEMS 64
#define MAX_WEAK_ITEM 8 /* tokens in an item after a bare "on"/"in" cue */

typedef struct {
  guint first;
  guint last; /* exclusive */
} Span;

/* Walks the hints alongside a left-to-right scan. */
typedef struct {
  const ContraListHint *hints;
  guint n;
  guint next;
} HintCursor;

/* When token @i lies inside a hint, returns the token after the hint; else @i. */
static guint
hint_skip (HintCursor *c, guint i)
{
  while (c->next < c->n && c->hints[c->next].last <= i)
    c->next++;
  if (c->next < c->n && c->hints[c->next].first <= i)
    return c->hints[c->next].last;
  return i;
}

/* Brackets and quotes opened inside the list. */
typedef struct {
  int brackets;
  int quotes;
  gboolean straight; /* a '"' is open */
} Nesting;

typedef enum {
  NEST_NONE,   /* not a bracket or quote */
  NEST_CHANGE, /* opened or closed one */
  NEST_CLOSES, /* closes one that opened before the list */
} NestResult;

static NestResult
nest_update (const ContraTokens *t, guint i, Nesting *n)
{
  if (t->tokens[i].kind != CONTRA_TOKEN_PUNCT)
    return NEST_NONE;

  const char *p = contra_tokens_plain (t, i);
  if (strcmp (p, "(") == 0 || strcmp (p, "[") == 0)
    n->brackets++;
  else if (strcmp (p, ")") == 0 || strcmp (p, "]") == 0)
    {
      if (n->brackets == 0)
        return NEST_CLOSES;
      n->brackets--;
    }
  else if (strcmp (p, "\u201c") == 0)
    n->quotes++;
  else if (strcmp (p, "\u201d") == 0)
    {
      if (n->quotes == 0)
        return NEST_CLOSES;
      n->quotes--;
    }
  else if (strcmp (p, "\"") == 0)
    {
      if (n->straight)
        {
          n->straight = FALSE;
          n->quotes--;
        }
      else if (t->tokens[i].flags & CONTRA_TOKEN_SPACE_BEFORE)
        {
          n->straight = TRUE;
          n->quotes++;
        }
      else
        return NEST_CLOSES;
    }
  else
    return NEST_NONE;
  return NEST_CHANGE;
}

/* The words this file looks for are the language's (lang/en/words.yaml: the cues,
 * conjunctions, auxiliaries, clause words, articles, determiners, generic nouns), and
 * so are the two filters over them, of the cues' first words and of the rest. A token
 * outside both needs no string comparison, which matters because cues are looked for
 * at every token. */
static inline gboolean
list_word (const ContraTokens *t, guint i)
{
  return contra_word_filter_has (contra_language_filter (t->language, CONTRA_WORDS_LIST_CUE_WORDS), t, i)
         || contra_word_filter_has (contra_language_filter (t->language, CONTRA_WORDS_LIST_WORDS), t, i);
}

static gboolean
is_conjunction (const ContraTokens *t, guint i)
{
  return contra_language_is (t->language, CONTRA_WORDS_CONJUNCTIONS, t, i);
}

/* A dash that separates clauses: an em dash, or an en dash or hyphen with spaces. */
static gboolean
is_clause_dash (const ContraTokens *t, guint i)
{
  if (!contra_tokens_is_dash (t, i))
    return FALSE;
  if (strcmp (contra_tokens_plain (t, i), "\u2014") == 0)
    return TRUE;
  return (t->tokens[i].flags & CONTRA_TOKEN_SPACE_BEFORE)
         && contra_tok_flag (t, i + 1, CONTRA_TOKEN_SPACE_BEFORE);
}

static gboolean
is_auxiliary (const ContraTokens *t, guint i)
{
  return !contra_tok_flag (t, i, CONTRA_TOKEN_CAPITALIZED)
         && contra_language_is (t->language, CONTRA_WORDS_AUXILIARIES, t, i);
}

/* Words that begin a new clause wherever they stand. */
static gboolean
is_clause_word (const ContraTokens *t, guint i)
{
  if (contra_language_phrase_at (t->language, CONTRA_WORDS_CLAUSE_PHRASES, t, i) > 0)
    return TRUE;
  return contra_language_is (t->language, CONTRA_WORDS_CLAUSE_WORDS, t, i);
}

/* Words that begin a new clause after a comma. */
static gboolean
is_clause_word_after_comma (const ContraTokens *t, guint i)
{
  return is_clause_word (t, i) || contra_language_is (t->language, CONTRA_WORDS_CLAUSE_WORDS_AFTER_COMMA, t, i);
}

/* Pass 1: the token where the list's clause ends. */
static guint
clause_end (const ContraTokens *t,
            guint start,
            guint limit,
            const ContraListHint *hints,
            guint n_hints,
            gboolean *semicolons)
{
  HintCursor hc = {hints, n_hints, 0};
  Nesting nest = {0, 0, FALSE};

  *semicolons = FALSE;
  for (guint i = start; i < limit; i++)
    {
      guint skip = hint_skip (&hc, i);
      if (skip > i)
        {
          i = skip - 1;
          continue;
        }
      NestResult r = nest_update (t, i, &nest);
      if (r == NEST_CLOSES)
        return i;
      if (r == NEST_CHANGE || nest.brackets > 0 || nest.quotes > 0)
        continue;
      if (t->tokens[i].kind == CONTRA_TOKEN_WORD)
        {
          if (i > start && is_clause_word (t, i))
            return i;
          continue;
        }
      if (contra_tokens_is_punct (t, i, '.') || contra_tokens_is_punct (t, i, '!')
          || contra_tokens_is_punct (t, i, '?') || contra_tokens_is_punct (t, i, ':')
          || is_clause_dash (t, i))
        return i;
      if (contra_tokens_is_punct (t, i, ';'))
        *semicolons = TRUE;
      else if (contra_tokens_is_punct (t, i, ',') && is_clause_word_after_comma (t, i + 1))
        return i;
    }
  return limit;
}

/* Drops separators and stray punctuation at both ends, and a leading "and"/"or";
 * @conjunction tells whether one was dropped. */
static void
trim (const ContraTokens *t, Span *s, gboolean *conjunction)
{
  if (conjunction != NULL)
    *conjunction = FALSE;
  while (s->first < s->last && (contra_tokens_is_punct (t, s->first, ',')
                                || contra_tokens_is_punct (t, s->first, ';')))
    s->first++;
  if (s->first < s->last && is_conjunction (t, s->first))
    {
      s->first++;
      if (conjunction != NULL)
        *conjunction = TRUE;
    }
  while (s->last > s->first && t->tokens[s->last - 1].kind == CONTRA_TOKEN_PUNCT)
    {
      const char *p = contra_tokens_plain (t, s->last - 1);
      /* Keep a closing bracket or quote that closes something inside the item. */
      if (strcmp (p, ")") == 0 || strcmp (p, "]") == 0 || strcmp (p, "\u201d") == 0
          || strcmp (p, "\"") == 0)
        break;
      s->last--;
    }
}

/* The top-level conjunctions inside @s, outside hints, brackets and quotes: writes
 * up to @max positions into @at and returns how many there are. When @stop is not
 * NULL, also finds the first auxiliary verb (G_MAXUINT when none). */
static guint
conjunctions (const ContraTokens *t,
              Span s,
              const ContraListHint *hints,
              guint n_hints,
              guint *at,
              guint max,
              guint *stop)
{
  HintCursor hc = {hints, n_hints, 0};
  Nesting nest = {0, 0, FALSE};
  guint n = 0;
  gboolean pair = FALSE;

  if (stop != NULL)
    *stop = G_MAXUINT;
  for (guint i = s.first; i < s.last; i++)
    {
      guint skip = hint_skip (&hc, i);
      if (skip > i)
        {
          i = skip - 1;
          continue;
        }
      if (nest_update (t, i, &nest) != NEST_NONE || nest.brackets > 0 || nest.quotes > 0)
        continue;
      if (stop != NULL && is_auxiliary (t, i))
        {
          *stop = i;
          return n;
        }
      if (!list_word (t, i))
        continue;
      /* "between X and Y", "both X and Y" join two things inside one item. */
      if (contra_language_is (t->language, CONTRA_WORDS_PAIR_OPENERS, t, i))
        pair = TRUE;
      else if (i > s.first && is_conjunction (t, i))
        {
          if (pair && contra_language_is (t->language, CONTRA_WORDS_AND, t, i))
            pair = FALSE;
          else
            {
              if (n < max)
                at[n] = i;
              n++;
            }
        }
    }
  return n;
}

/* The list is introduced by a colon, a dash or "namely", which allow a list without
 * a final conjunction. */
static gboolean
strong_cue_before (const ContraTokens *t, guint start)
{
  if (start == 0)
    return FALSE;

  guint i = start - 1;
  if (contra_tokens_is_punct (t, i, ',') && i > 0)
    i--;
  return contra_tokens_is_punct (t, i, ':') || contra_tokens_is_dash (t, i)
         || contra_language_is (t->language, CONTRA_WORDS_STRONG_LIST_CUES, t, i);
}

/* Where a segment up to @k that follows an Oxford comma comes after a segment that
 * already carries the final conjunction ("A, B and C, and the longest leg"), its
 * index: the list ended before it. 0 when there is none. */
static guint
clause_after_joined_items (const ContraTokens *t, const Span *segs, const gboolean *oxford, guint k,
                           const ContraListHint *hints, guint n_hints)
{
  guint conj[MAX_ITEMS];

  for (guint j = k + 1; j-- > 2;)
    if (oxford[j] && !oxford[j - 1] && conjunctions (t, segs[j - 1], hints, n_hints, conj, MAX_ITEMS, NULL) > 0)
      return j;
  return 0;
}

/* Passes 2 and 3: fills @items and returns how many there are (0 when there is no
 * list). @weak is set for a bare "on"/"in" cue, which needs three short items. */
static guint
scan_items (const ContraTokens *t,
            guint start,
            guint limit,
            const ContraListHint *hints,
            guint n_hints,
            guint stated,
            gboolean weak,
            Span *items)
{
  Span segs[MAX_ITEMS];
  gboolean oxford[MAX_ITEMS];
  guint n = 0, conj[MAX_ITEMS];
  gboolean semicolons;

  if (limit > t->n_tokens)
    limit = t->n_tokens;
  if (start >= limit)
    return 0;

  guint end = clause_end (t, start, limit, hints, n_hints, &semicolons);
  HintCursor hc = {hints, n_hints, 0};
  Nesting nest = {0, 0, FALSE};
  guint seg = start;

  for (guint i = start; i <= end && n < MAX_ITEMS; i++)
    {
      gboolean close = i == end;
      if (!close)
        {
          guint skip = hint_skip (&hc, i);
          if (skip > i)
            {
              i = MIN (skip, end) - 1;
              continue;
            }
          if (nest_update (t, i, &nest) != NEST_NONE || nest.brackets > 0 || nest.quotes > 0)
            continue;
          close = contra_tokens_is_punct (t, i, ';')
                  || (contra_tokens_is_punct (t, i, ',') && (!semicolons || is_conjunction (t, i + 1)));
        }
      if (!close)
        continue;
      Span s = {seg, MIN (i, end)};
      trim (t, &s, &oxford[n]);
      if (n == 0)
        oxford[n] = FALSE;
      if (s.first < s.last)
        segs[n++] = s;
      seg = i + 1;
    }

  /* A segment with a verb in it ends the list. */
  for (guint k = 0; k < n; k++)
    {
      guint stop;
      guint nc = conjunctions (t, segs[k], hints, n_hints, conj, MAX_ITEMS, &stop);
      if (stop == G_MAXUINT)
        continue;
      /* "calls at A, B and C, and the longest leg, from D to A, is scheduled ...": a
       * ", and" after a segment that already joined the last item opens the clause the
       * verb belongs to; the list ends before it. */
      guint opened = clause_after_joined_items (t, segs, oxford, k, hints, n_hints);
      if (opened > 0)
        {
          n = opened;
          break;
        }
      if (weak)
        return 0;
      if (k == 0 || nc > 0 || oxford[k])
        {
          segs[k].last = stop;
          trim (t, &segs[k], NULL);
          n = segs[k].first < segs[k].last ? k + 1 : k;
        }
      else
        n = k;
      break;
    }

  /* The list ends with the last segment that carries the final conjunction. */
  gint last = -1;
  guint n_conj = 0;
  for (gint k = (gint) n - 1; k >= 0; k--)
    {
      n_conj = oxford[k] ? 0 : conjunctions (t, segs[k], hints, n_hints, conj, MAX_ITEMS, NULL);
      if (oxford[k] || n_conj > 0)
        {
          last = k;
          break;
        }
    }
  if (last < 0)
    {
      if (n < 3 || !strong_cue_before (t, start))
        return 0;
      last = (gint) n - 1;
      n_conj = 0;
    }
  /* An Oxford comma comes after two items or more: "such as Vietnam, and jointly
   * deal with" is not a list. */
  if (oxford[last] && last < 2)
    return 0;
  n = (guint) last + 1;

  /* After a bare "on"/"in", items are short, and a number first is a date or a
   * place in a sentence that merely begins with "In 1995, ...". */
  if (weak)
    {
      if (contra_tok_is (t, segs[0].first, CONTRA_TOKEN_NUMBER))
        return 0;
      for (guint k = 0; k < n; k++)
        if (segs[k].last - segs[k].first > MAX_WEAK_ITEM)
          return 0;
    }

  guint count = 0;
  for (guint k = 0; k + 1 < n; k++)
    items[count++] = segs[k];

  /* Split the last segment at its first conjunctions: into two items, or into as
   * many as the stated count needs. */
  Span tail = segs[n - 1];
  guint pieces = n_conj > 0 ? 2 : 1;
  if (n_conj > 0 && stated > n - 1)
    pieces = CLAMP (stated - (n - 1), 2, MIN (n_conj, MAX_ITEMS - 1) + 1);
  guint from = tail.first;
  for (guint p = 0; p + 1 < pieces && count < MAX_ITEMS - 1; p++)
    {
      Span s = {from, conj[p]};
      trim (t, &s, NULL);
      if (s.first < s.last)
        items[count++] = s;
      from = conj[p] + 1;
    }
  Span s = {from, tail.last};
  trim (t, &s, NULL);
  if (s.first < s.last)
    items[count++] = s;

  if (count < (weak ? 3u : 2u))
    return 0;
  return count;
}

static gboolean
is_article (const ContraTokens *t, guint i)
{
  return contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, i);
}

/* Words an item may carry around a lexicon phrase and still be that concept: a
 * determiner before it, a generic noun after it ("United Nations peacekeeping
 * actions"). */
static gboolean
is_determiner (const ContraTokens *t, guint i)
{
  return is_article (t, i) || contra_language_is (t->language, CONTRA_WORDS_DETERMINERS, t, i);
}

static gboolean
is_generic_noun (const ContraTokens *t, guint i)
{
  return contra_language_is (t->language, CONTRA_WORDS_GENERIC_NOUNS, t, i);
}

/* The concept a hint gives the item, or NULL when no single hint covers it. */
static const char *
item_hint (const ContraTokens *t, Span s, const ContraListHint *hints, guint n_hints)
{
  guint first = s.first, last = s.last;

  while (first < last && is_determiner (t, first))
    first++;
  for (guint h = 0; h < n_hints; h++)
    {
      if (hints[h].first > first || hints[h].last > last)
        continue;
      if (hints[h].first < s.first || hints[h].last <= first)
        continue;
      guint k = hints[h].last;
      while (k < last && is_generic_noun (t, k))
        k++;
      if (k == last)
        return hints[h].id;
    }
  return NULL;
}

/* "text:" and the item's folded words: no leading article, no punctuation, nothing
 * in brackets; a possessive "'s" stays on its word. */
static char *
item_text_id (const ContraTokens *t, Span s)
{
  GString *id = g_string_new ("text:");
  gsize empty = id->len;
  guint first = s.first;
  int brackets = 0;

  while (first < s.last && is_article (t, first))
    first++;
  for (guint i = first; i < s.last; i++)
    {
      if (t->tokens[i].kind == CONTRA_TOKEN_PUNCT)
        {
          if (contra_tokens_is_punct (t, i, '(') || contra_tokens_is_punct (t, i, '['))
            brackets++;
          else if ((contra_tokens_is_punct (t, i, ')') || contra_tokens_is_punct (t, i, ']')) && brackets > 0)
            brackets--;
          continue;
        }
      if (brackets > 0)
        continue;
      const char *fold = contra_tokens_fold (t, i);
      if (id->len > empty && !contra_tokens_is_possessive (t, i))
        g_string_append_c (id, ' ');
      g_string_append (id, fold);
    }
  return g_string_free (id, FALSE);
}

static char *
span_text (const ContraTokens *t, guint first, guint last)
{
  return g_strndup (t->text + t->tokens[first].start,
                    t->tokens[last - 1].end - t->tokens[first].start);
}

gboolean
contra_list_split (const ContraTokens *tokens,
                   guint start,
                   guint limit,
                   const ContraListHint *hints,
                   guint n_hints,
                   guint stated,
                   ContraValue *out,
                   guint *end)
{
  Span items[MAX_ITEMS];

  g_return_val_if_fail (tokens != NULL && out != NULL, FALSE);
  g_return_val_if_fail (hints != NULL || n_hints == 0, FALSE);

  guint n = scan_items (tokens, start, limit, hints, n_hints, stated, FALSE, items);
  if (n == 0)
    return FALSE;

  char **ids = g_new (char *, n + 1);
  char **labels = g_new (char *, n + 1);
  for (guint k = 0; k < n; k++)
    {
      const char *hint = item_hint (tokens, items[k], hints, n_hints);
      ids[k] = hint != NULL ? g_strdup (hint) : item_text_id (tokens, items[k]);
      labels[k] = span_text (tokens, items[k].first, items[k].last);
    }
  ids[n] = labels[n] = NULL;

  contra_value_set_take (out, ids, labels, stated);
  out->text = span_text (tokens, items[0].first, items[n - 1].last);
  if (end != NULL)
    *end = items[n - 1].last;
  return TRUE;
}

/* ---------------------------------------------------------------- cues */

/* When a cue stands at @i, returns the token where its first item begins (else
 * G_MAXUINT) and whether it is a weak cue ("on", "in"). */
static guint
cue_at (const ContraTokens *t, guint i, gboolean *weak)
{
  guint start, n;

  *weak = FALSE;
  if (t->tokens[i].kind == CONTRA_TOKEN_WORD ? !list_word (t, i) : t->tokens[i].kind != CONTRA_TOKEN_PUNCT)
    return G_MAXUINT;
  if (contra_tokens_is_punct (t, i, ':'))
    {
      /* "20:14" is a time. */
      if (contra_tok_glued (t, i) && contra_tok_glued (t, i + 1))
        return G_MAXUINT;
      start = i + 1;
    }
  else if (is_clause_dash (t, i))
    start = i + 1;
  else if ((n = contra_language_phrase_at (t->language, CONTRA_WORDS_LIST_CUES, t, i)) > 0)
    start = i + n;
  else if (contra_language_is (t->language, CONTRA_WORDS_LIST_CUES_AFTER_PLURAL, t, i) && i > 0
           && contra_tok_is (t, i - 1, CONTRA_TOKEN_WORD) && contra_words_is_plural_noun (t, i - 1))
    start = i + 1; /* "areas like a, b and c", not "would like to" */
  else if (contra_language_is (t->language, CONTRA_WORDS_LIST_CUES_BEFORE_NAMES, t, i) && i > 0
           && contra_tok_is (t, i - 1, CONTRA_TOKEN_WORD) && contra_words_is_plural_noun (t, i - 1)
           && contra_tok_flag (t, i + 1, CONTRA_TOKEN_CAPITALIZED))
    start = i + 1; /* "the villages of Aske, Brenn and Dalvik" */
  else if (contra_language_is (t->language, CONTRA_WORDS_WEAK_LIST_CUES, t, i) && !contra_tokens_is_dash (t, i + 1))
    {
      *weak = TRUE;
      start = i + 1;
      /* "on intensifying the a, b and c": the verb governs every item. */
      if (contra_tok_is (t, start, CONTRA_TOKEN_WORD)
          && !contra_tok_flag (t, start, CONTRA_TOKEN_CAPITALIZED)
          && contra_language_participle_ending (t->language, contra_tokens_fold (t, start))
          && strlen (contra_tokens_fold (t, start)) > 5 && is_determiner (t, start + 1))
        start++;
      /* "in the fields of a, b and c" */
      guint k = start;
      if (contra_language_is (t->language, CONTRA_WORDS_DEFINITE_ARTICLES, t, k))
        k++;
      if (contra_language_is (t->language, CONTRA_WORDS_FIELD_NOUNS, t, k)
          && contra_language_is (t->language, CONTRA_WORDS_PARTITIVES, t, k + 1))
        start = k + 2;
      return start;
    }
  else
    return G_MAXUINT;

  /* "– namely, a, b and c", ": including a, b" */
  if (contra_language_is (t->language, CONTRA_WORDS_LIST_CUE_REPEATS, t, start))
    start++;
  if (contra_tokens_is_punct (t, start, ','))
    start++;
  return start;
}

/* When a cue at @i begins a list that runs within @limit, returns where its first
 * item begins and sets @end to the token after its last item; else G_MAXUINT. */
static guint
list_at (const ContraTokens *t, guint i, guint limit, guint *end)
{
  Span items[MAX_ITEMS];
  gboolean weak;
  guint start = cue_at (t, i, &weak);

  if (start >= limit)
    return G_MAXUINT;

  guint n = scan_items (t, start, limit, NULL, 0, 0, weak, items);
  if (n == 0)
    return G_MAXUINT;
  *end = items[n - 1].last;
  return start;
}

static guint
find_from (const ContraTokens *t, guint from, guint limit)
{
  for (guint i = from; i < limit; i++)
    {
      guint end, start = list_at (t, i, limit, &end);
      if (start == G_MAXUINT)
        continue;
      /* A later cue whose list ends where this one does is the tighter reading: "on
       * issues such as a, b and c", "in areas, such as a, b and c", "three ships,
       * including X, visited ... focused on a, b and c". */
      for (guint k = start; k < end; k++)
        {
          guint inner_end, inner = list_at (t, k, limit, &inner_end);
          if (inner != G_MAXUINT && inner_end >= end)
            start = inner, end = inner_end, k = inner - 1;
        }
      return start;
    }
  return G_MAXUINT;
}

guint
contra_list_find_start (const ContraTokens *tokens, guint from, guint limit)
{
  g_return_val_if_fail (tokens != NULL, G_MAXUINT);

  if (limit > tokens->n_tokens)
    limit = tokens->n_tokens;
  return find_from (tokens, from, limit);
}
