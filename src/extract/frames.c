/* frames.c — what each predicate of a sentence is about (frames.h). */
#include "extract/frames.h"

#include <math.h>
#include <string.h>

#include "base/strutil.h"
#include "lang/kinds.h"
#include "lang/language.h"
#include "lang/names.h"
#include "normalize/units.h"
#include "normalize/words.h"

/* What ContraTopic.heads holds for a word that two names end with. */
static const char AMBIGUOUS[] = "";

/* The longest first line taken for a headline, in bytes. */
#define MAX_HEADLINE 120

/* The longest name or description the reader takes, in tokens. */
#define MAX_PHRASE 8

struct _ContraTopic {
  const char *key;           /* interned */
  char *label;
  GHashTable *words;         /* the name's words, folded and singular */
  gboolean whole;            /* the title is this name ("Emperor discography"), not a
                                headline that begins with it */
  GHashTable *kinds;         /* what the text says the topic is ("village"), folded and
                                singular; NULL until it says */
  GHashTable *heads;         /* the last word of each name the text gave so far, folded
                                and singular, to the name as written, interned
                                ("company": "Harrow Isles Ferry Company"), or to
                                AMBIGUOUS when two names end with it */
  const char *person;        /* the person the text names most by surname alone, its
                                entity key (interned), or NULL */
  gboolean kind_named;       /* the name ends with a kind ("Research Station"): a thing */
  char *name_form;           /* the name's last word, folded and singular ("station") */
  gboolean name_singular;    /* and it is written so ("Kestrel Motor Works" is not) */
  char *person_label;
  GHashTable *parts; /* nouns the text gave the topic as parts ("its glass hall":
                                "hall"), folded and singular */
};

/* ---- keys -------------------------------------------------------------------------------- */

/* One word as a key part: lower-case ASCII letters and digits. */
static void
append_folded (GString *out, const char *word, gssize length)
{
  g_autofree char *piece = g_strndup (word, length < 0 ? strlen (word) : (gsize) length);
  g_autofree char *ascii = g_str_to_ascii (piece, "C");
  gboolean gap = out->len > 0;

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (gap && out->len > 0)
            g_string_append_c (out, '-');
          gap = FALSE;
          g_string_append_c (out, g_ascii_tolower (*p));
        }
      else if (*p != '\'')
        gap = TRUE;
    }
}

static char *word_form (const char *word);

/* TRUE when the @length bytes at @word are an article of the default language
 * (words.yaml articles): a key is the same in every language's document. */
static gboolean
is_article (const char *word, gsize length)
{
  const char *const *articles = contra_language_words (contra_language_default (), CONTRA_WORDS_ARTICLES);

  for (guint i = 0; articles[i] != NULL; i++)
    if (strlen (articles[i]) == length && g_ascii_strncasecmp (word, articles[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* Appends @word's letters to @out, folded to lower-case ASCII ("F.C." -> "fc"). */
static void
append_letters (GString *out, const char *word)
{
  for (const char *c = word; *c != '\0'; c++)
    if (g_ascii_isalpha (*c))
      g_string_append_c (out, g_ascii_tolower (*c));
}

/* Cuts from @words (NULL-terminated, empty words allowed) the words after an
 * organisation's name that are no part of it ("F.C.", "Football Club", "Ltd";
 * lang/en/names.yaml), when a word is left before them. */
static void
drop_org_suffix (char **words)
{
  const ContraNames *names = contra_language_names (contra_language_default ());
  guint n = g_strv_length (words);

  while (n > 0 && words[n - 1][0] == '\0')
    n--;
  for (guint take = MIN (3, n > 0 ? n - 1 : 0); take > 0; take--)
    {
      g_autoptr (GString) phrase = g_string_new (NULL);
      for (guint i = n - take; i < n; i++)
        {
          if (phrase->len > 0)
            g_string_append_c (phrase, ' ');
          append_letters (phrase, words[i]);
        }
      if (contra_names_is_org_suffix (names, phrase->str))
        {
          for (guint i = n - take; i < n; i++)
            words[i][0] = '\0';
          return;
        }
    }
}

/* Cuts from @words a prefix before a ship's name that is no part of it ("MS",
 * lang/en/names.yaml), when a word is left after it. */
static void
drop_vessel_prefix (char **words)
{
  const ContraNames *names = contra_language_names (contra_language_default ());
  guint i = 0;

  while (words[i] != NULL && (words[i][0] == '\0' || is_article (words[i], strlen (words[i]))))
    i++;
  if (words[i] == NULL || words[i + 1] == NULL || words[i + 1][0] == '\0')
    return;
  g_autoptr (GString) fold = g_string_new (NULL);
  append_letters (fold, words[i]);
  if (contra_names_is_vessel_prefix (names, fold->str))
    words[i][0] = '\0';
}

const char *
contra_entity_key (const char *text)
{
  g_autoptr (GString) slug = g_string_new (NULL);
  g_auto (GStrv) words = contra_split_space (text);
  gboolean first = TRUE;

  drop_org_suffix (words);
  drop_vessel_prefix (words);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);
      if (n == 0)
        continue;
      if (first && is_article (words[i], n))
        continue;
      first = FALSE;
      if (words[i + 1] == NULL || words[i + 1][0] == '\0')
        {
          /* A trailing possessive: "Weyprecht's". */
          if (n > 2 && (g_str_has_suffix (words[i], "'s") || g_str_has_suffix (words[i], "’s")))
            n -= g_str_has_suffix (words[i], "'s") ? 2 : 4;
          /* A common noun, singular: "Whitehead torpedoes" and "the Whitehead torpedo"
           * are one thing. A name keeps its form ("Williams"). */
          else if (g_ascii_islower (words[i][0]))
            {
              g_autofree char *singular = word_form (words[i]);
              append_folded (slug, singular, -1);
              continue;
            }
        }
      append_folded (slug, words[i], (gssize) n);
    }
  if (slug->len == 0)
    return NULL;
  g_string_prepend (slug, "entity/");
  return contra_intern (slug->str);
}

/* The folded, singular form of a word, for matching a phrase with the topic. */
static char *
word_form (const char *word)
{
  g_autoptr (GString) folded = g_string_new (NULL);
  char singular[128];

  append_folded (folded, word, -1);
  if (contra_words_singular (folded->str, singular, sizeof singular))
    return g_strdup (singular);
  return g_strdup (folded->str);
}

/* ---- the topic --------------------------------------------------------------------------- */

/* How far into a document its title must appear to name its topic. */
#define TOPIC_WINDOW 4096

typedef struct {
  const ContraRuleSet *set;
  const ContraTokens *t;
  ContraMentions *mentions;
  const ContraTopic *topic;
  guint opening;             /* where the sentence's subject begins (find_opening()), found
                                once per sentence by contra_frames_read() */
} Reader;

static gboolean word_of (const Reader *r, guint i, const ContraConcept *class);
static gboolean capitalized (const Reader *r, guint i);
static gboolean plain_word (const Reader *r, guint i, guint n_mentions);
static guint plain_words_from (const Reader *r, guint i, guint n_mentions);

/* TRUE when the title goes on from token @i with a comma and a name to its end, as a
 * reference article's title names a place to tell it apart: "Greyfriars College,
 * Easthaven". */
static gboolean
place_after_comma (const Reader *r, guint i)
{
  if (i + 1 >= r->t->n_tokens || !contra_tokens_is_punct (r->t, i, ','))
    return FALSE;
  for (guint k = i + 1; k < r->t->n_tokens; k++)
    if (!capitalized (r, k) && !word_of (r, k, r->set->word_connector))
      return FALSE;
  return TRUE;
}

/* TRUE when token @i, a plain word after a title's name, is the verb of a headline
 * ("Brenholt cuts jobs", "Kessling grows"), not what names a reference article's
 * topic ("Emperor discography", "Corran wren"): a word with the "-s" of the present
 * tense. */
static gboolean
headline_verb (const ContraTokens *t, guint i)
{
  const char *fold = contra_tokens_fold (t, i);
  gsize n = strlen (fold);

  return n > 3 && fold[n - 1] == 's' && fold[n - 2] != 's' && fold[n - 2] != 'u' && fold[n - 2] != 'i';
}

/* The name a title begins with: "HMS Royal George (1756)", "Calder Narrows Bridge
 * opens, and ...", "1920 Volta a Catalunya", "The Glasshouse Saints discography".
 * Sets *@whole when it is the whole title, *@head to the plain noun after it, if any,
 * and *@kind to what an event's title says it is ("eruption"), else leaves it. */
static char *
title_name (const ContraRuleSet *set, const char *title, gboolean *whole, char **head, char **kind)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  Reader r = {set, t, NULL, NULL, 0};
  guint i = 0, first;

  contra_tokens_scan (t, title, strlen (title));
  if (word_of (&r, i, set->word_determiner))
    i++;
  /* "Economy of Valdria" is about Valdria. */
  if (contra_language_is (t->language, CONTRA_WORDS_ASPECT_NOUNS, t, i)
      && contra_language_is (t->language, CONTRA_WORDS_PARTITIVES, t, i + 1) && capitalized (&r, i + 2))
    i += 2;
  first = i;
  while (i < t->n_tokens
         && ((capitalized (&r, i) && (!word_of (&r, i, set->word) || word_of (&r, i, set->word_direction)))
             || t->tokens[i].kind == CONTRA_TOKEN_NUMBER
             /* "Grey-crested warbler": a compound's lower-case part after its hyphen
              * ("US-Vietnam Security Cooperation" is about the US), or a number
              * ("Skarv-2") */
             || (i > first && contra_tokens_is_dash (t, i) && i + 1 < t->n_tokens
                 && ((t->tokens[i + 1].kind == CONTRA_TOKEN_WORD && !capitalized (&r, i + 1))
                     || t->tokens[i + 1].kind == CONTRA_TOKEN_NUMBER)
                 && t->tokens[i].start == t->tokens[i - 1].end && t->tokens[i + 1].start == t->tokens[i].end)
             || (i > first + 1 && contra_tokens_is_dash (t, i - 1) && t->tokens[i].kind == CONTRA_TOKEN_WORD
                 && !capitalized (&r, i) && t->tokens[i].start == t->tokens[i - 1].end)
             /* "Halvard Museum of Art", "Ashcombe and Denby Railway" */
             || (i > first
                 && (word_of (&r, i, set->word_connector)
                     || contra_language_is (t->language, CONTRA_WORDS_CONJUNCTIONS, t, i))
                 && capitalized (&r, i + 1))
             /* "St Aidan's Cathedral" */
             || (i > first && contra_tokens_is_possessive (t, i) && capitalized (&r, i + 1))))
    i++;
  if (i == first)
    return NULL;
  /* "1911 eruption of Mount Serreth": a year, a plain noun and the name it is of name
   * an event; the whole title is its name, and the noun its kind. */
  if (i == first + 1 && t->tokens[first].kind == CONTRA_TOKEN_NUMBER && i + 2 < t->n_tokens
      && t->tokens[i].kind == CONTRA_TOKEN_WORD && !capitalized (&r, i) && !word_of (&r, i, set->word)
      && contra_language_is (t->language, CONTRA_WORDS_PARTITIVES, t, i + 1) && capitalized (&r, i + 2))
    {
      guint end = i + 2;
      while (end < t->n_tokens && !contra_tokens_is_punct (t, end, '('))
        end++;
      *whole = TRUE;
      *head = NULL;
      *kind = word_form (contra_tokens_plain (t, i));
      return g_strndup (title + t->tokens[first].start, t->tokens[end - 1].end - t->tokens[first].start);
    }
  /* A name followed by at most two plain words is the whole title: "Emperor
   * discography", "October 2010 North American storm complex", "Corran wren". A
   * bracket ends it: "HMS Royal George (1756)". */
  guint rest = i;
  while (rest < t->n_tokens && rest - i < 2 && t->tokens[rest].kind == CONTRA_TOKEN_WORD && !capitalized (&r, rest)
         && !word_of (&r, rest, set->word) && !headline_verb (t, rest))
    rest++;
  *whole = rest == t->n_tokens || contra_tokens_is_punct (t, rest, '(') || place_after_comma (&r, rest);
  /* The plain noun right after the name may be its kind: "Calder River bridge opens". */
  *head = rest > i ? g_strdup (contra_tokens_fold (t, i)) : NULL;
  return g_strndup (title + t->tokens[first].start, t->tokens[i - 1].end - t->tokens[first].start);
}

/* The first capitalised name in @text that begins with @name's first word and ends
 * with @kind capitalised ("Calder ... Bridge"), or NULL. */
static char *
proper_name_of_kind (const char *text, gsize length, const char *name, const char *kind)
{
  gsize first_len = strcspn (name, " ");
  const char *limit = text + length;

  for (const char *at = text; at + first_len <= limit; at++)
    {
      if (strncmp (at, name, first_len) != 0 || (at > text && g_ascii_isalnum (at[-1]))
          || (at + first_len < limit && g_ascii_isalnum (at[first_len])))
        continue;
      const char *end = at + first_len, *last_word = at;
      while (end + 1 < limit && end[0] == ' ' && g_ascii_isupper (end[1]))
        {
          last_word = end + 1;
          end = last_word;
          while (end < limit && (g_ascii_isalnum (*end) || *end == '-'))
            end++;
        }
      if (last_word > at && (gsize) (end - last_word) == strlen (kind)
          && g_ascii_strncasecmp (last_word, kind, end - last_word) == 0)
        return g_strndup (at, end - at);
    }
  return NULL;
}

/* TRUE when token @i may be a word of a name: capitalised, not a grammar word, not
 * a dateline in capitals. */
static gboolean
name_word (const Reader *r, guint i)
{
  return capitalized (r, i) && !(r->t->tokens[i].flags & CONTRA_TOKEN_ALLCAPS) && !word_of (r, i, r->set->word);
}

/* The end of the run of capitalised words from token @i that may be a name, with the
 * small words inside one ("Halvard Museum of Art"). @i itself when there is none. */
static guint
name_run_end (const Reader *r, guint i)
{
  const ContraTokens *t = r->t;
  guint first = i;

  /* A word that opens a sentence is capitalised whatever it is: "Residents of
   * Granau" is no name, "Halvard Museum of Art" is. */
  gboolean opens
    = first == 0 || first >= t->n_tokens || contra_tokens_is_punct (t, first - 1, '.')
      || contra_tokens_is_punct (t, first - 1, '!') || contra_tokens_is_punct (t, first - 1, '?')
      || memchr (t->text + t->tokens[first - 1].end, '\n', t->tokens[first].start - t->tokens[first - 1].end) != NULL;
  while (i < t->n_tokens
         && (name_word (r, i)
             || (i > first + (opens ? 1 : 0) && word_of (r, i, r->set->word_connector) && name_word (r, i + 1))))
    {
      /* A name does not run on past the end of its line ("Ilse Brannock" as a title,
       * and "Brannock bred ..." under it). */
      if (i > first && memchr (t->text + t->tokens[i - 1].end, '\n', t->tokens[i].start - t->tokens[i - 1].end) != NULL)
        break;
      i++;
    }
  return i;
}

/* The first name of two capitalised words or more in @text (not a dateline in capitals):
 * "When the Calder Narrows Bridge finally opened" names the Calder Narrows Bridge. */
static char *
first_name (const ContraRuleSet *set, const char *text, gsize length)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  Reader r = {set, t, NULL, NULL, 0};

  contra_tokens_scan (t, text, length);
  for (guint i = 0; i < t->n_tokens; i++)
    {
      guint j = name_run_end (&r, i);
      if (j - i >= 2)
        return g_strndup (text + t->tokens[i].start, t->tokens[j - 1].end - t->tokens[i].start);
      i = j;
    }
  return NULL;
}

/* TRUE when @name is one word that the first @window bytes of @text also write in
 * lower case: a common word that a headline capitalises ("Security, trade and ..."),
 * not a name ("Veltrup"). */
static gboolean
common_word (const char *text, gsize window, const char *name)
{
  gsize n = strlen (name);

  if (strchr (name, ' ') != NULL || n == 0)
    return FALSE;
  g_autofree char *lower = g_ascii_strdown (name, -1);
  for (const char *at = g_strstr_len (text, (gssize) window, lower); at != NULL && (gsize) (at - text) + n <= window;
       at = g_strstr_len (at + 1, (gssize) (window - (gsize) (at + 1 - text)), lower))
    if ((at == text || !g_ascii_isalnum (at[-1])) && !g_ascii_isalnum (at[n]))
      return TRUE;
  return FALSE;
}

/* TRUE when the @length bytes at @word are a small word inside names ("of"). */
static gboolean
connector_word (const ContraRuleSet *set, const char *word, gsize length)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  Reader r = {set, t, NULL, NULL, 0};

  contra_tokens_scan (t, word, length);
  return t->n_tokens == 1 && word_of (&r, 0, set->word_connector);
}

/* TRUE when the first @window bytes of @text name *@name (in any case). The text must
 * name a title's name too, early: a title may be a headline about something else. Where
 * the text names it at more length ("Calder Narrows" in the title, "the Calder Narrows
 * Bridge" in the text), *@name becomes the longer name. */
static gboolean
name_in_text (const ContraRuleSet *set, const char *text, gsize window, char **name)
{
  g_autofree char *lower_name = g_ascii_strdown (*name, -1);
  g_autofree char *lower_text = g_ascii_strdown (text, (gssize) window);
  gsize n = strlen (lower_name), best = 0;
  gboolean found = FALSE;

  for (const char *at = strstr (lower_text, lower_name); at != NULL; at = strstr (at + 1, lower_name))
    {
      const char *begin = text + (at - lower_text);
      const char *end = begin + n;
      const char *limit = text + window;
      /* Written as a name: capitalised ("Security" in a headline is no name when the
       * text writes "security" too; see common_word()), and whole words ("Food" is
       * not the start of "Foods"). */
      if (!g_ascii_isupper (*begin) || (begin > text && g_ascii_isalnum (begin[-1]))
          || (end < text + window && g_ascii_isalnum (*end)))
        continue;
      found = TRUE;
      /* So do capitalised words right before it ("Westmarch" before "Harbour Tunnel"),
       * but not a word that opens the sentence. */
      while (begin - text >= 3 && begin[-1] == ' ' && g_ascii_isalpha (begin[-2]))
        {
          const char *w = begin - 1;
          while (w > text && g_ascii_isalpha (w[-1]))
            w--;
          const char *before = w;
          while (before > text && before[-1] == ' ')
            before--;
          if (!g_ascii_isupper (*w) || before == text || strchr (".!?\n\"", before[-1]) != NULL)
            break;
          g_autofree char *word = g_ascii_strdown (w, begin - 1 - w);
          if (contra_lexicon_starts_alias (set->lexicon, word))
            break;
          begin = w;
        }
      /* Capitalised words right after it extend it, unless the lexicon knows them
       * ("Julian Lewis Jones Born<TAB>1968"), and so does a small word inside a name
       * before one ("Halvard Museum of Art"). */
      for (;;)
        {
          const char *w = end + 1;
          while (w < limit && g_ascii_islower (*w))
            w++;
          if (w > end + 1 && w + 1 < limit && *w == ' ' && g_ascii_isupper (w[1]) && end[0] == ' '
              && connector_word (set, end + 1, (gsize) (w - end - 1)))
            end = w;
          if (!(end + 1 < limit && end[0] == ' ' && g_ascii_isupper (end[1])))
            break;
          w = end + 1;
          while (w < limit && (g_ascii_isalnum (*w) || *w == '-'))
            w++;
          g_autofree char *word = g_ascii_strdown (end + 1, w - end - 1);
          if (contra_lexicon_starts_alias (set->lexicon, word))
            break;
          end = w;
        }
      gsize extra = (gsize) (end - begin) - n;
      if (extra > best)
        {
          best = extra;
          g_free (*name);
          *name = g_strndup (begin, (gsize) (end - begin));
        }
    }
  return found && !common_word (text, window, *name);
}

/* The first name inside @title, after its first word, that the first @window bytes of
 * @text give too (at their length): "Floods on the Velder" is about the Velder. NULL
 * when there is none. */
static char *
later_title_name (const ContraRuleSet *set, const char *title, const char *text, gsize window)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  Reader r = {set, t, NULL, NULL, 0};

  contra_tokens_scan (t, title, strlen (title));
  for (guint i = 1; i < t->n_tokens; i++)
    {
      guint j = name_run_end (&r, i);
      if (j == i)
        continue;
      char *name = g_strndup (title + t->tokens[i].start, t->tokens[j - 1].end - t->tokens[i].start);
      if (name_in_text (set, text, window, &name))
        return name;
      g_free (name);
      i = j;
    }
  return NULL;
}

/* How many of a document's first sentences the most mentioned name is sought in. */
#define SALIENCE_SENTENCES 40

/* TRUE when the run of tokens [@first, @last) stands where a sentence's subject does:
 * at its start, after an article there or after a dateline's dash ("PORT TALLIS —
 * The Kestrel Sound, a new ...", "The Kestrel Sound is the largest ..."), or before a
 * comma or an auxiliary. */
static gboolean
subject_place (const Reader *r, guint first, guint last)
{
  guint start = first;

  if (start > 0 && word_of (r, start - 1, r->set->word_determiner))
    start--;
  if (start == 0 || contra_tokens_is_dash (r->t, start - 1))
    return TRUE;
  return last < r->t->n_tokens
         && (contra_tokens_is_punct (r->t, last, ',') || word_of (r, last, r->set->word_auxiliary));
}

/* What a document's first sentences say about the names they give. */
typedef struct {
  GHashTable *scores; /* a name's entity key to how often it stands, a mention where a
                         subject stands counting twice */
  GHashTable *labels; /* a name's entity key to the name as first written */
  GHashTable *lone;   /* a capitalised word, folded, to how often it stands alone
                         ("Brannock died"), as a surname does after a first mention */
} NameCensus;

static void
name_census_clear (NameCensus *census)
{
  g_hash_table_unref (census->scores);
  g_hash_table_unref (census->labels);
  g_hash_table_unref (census->lone);
}

/* Counts the names in a document's first sentences. Names are runs of two capitalised
 * words or more (not a dateline in capitals). */
static void
name_census (const ContraRuleSet *set, const ContraDocument *doc, NameCensus *census)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  Reader r = {set, t, NULL, NULL, 0};

  census->scores = g_hash_table_new (g_str_hash, g_str_equal);
  census->labels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  census->lone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint si = 0; si < doc->sentences->len && si < SALIENCE_SENTENCES; si++)
    {
      const ContraSentence *sentence = &g_array_index (doc->sentences, ContraSentence, si);
      const ContraBlock *block = g_ptr_array_index (doc->blocks, sentence->block);
      contra_tokens_scan (t, block->text + sentence->start, sentence->end - sentence->start);
      for (guint i = 0; i < t->n_tokens; i++)
        {
          guint j = name_run_end (&r, i);
          if (j - i == 1)
            {
              char *word = g_strdup (contra_tokens_fold (t, i));
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (census->lone, word));
              g_hash_table_insert (census->lone, word, GUINT_TO_POINTER (n + 1));
            }
          if (j - i >= 2)
            {
              g_autofree char *text
                = g_strndup (t->text + t->tokens[i].start, t->tokens[j - 1].end - t->tokens[i].start);
              const char *key = contra_entity_key (text);
              if (key == NULL) /* no letter contra folds: "Ωμέγα Δέλτα" */
                {
                  i = j;
                  continue;
                }
              guint score
                = GPOINTER_TO_UINT (g_hash_table_lookup (census->scores, key)) + (subject_place (&r, i, j) ? 2 : 1);
              g_hash_table_insert (census->scores, (gpointer) key, GUINT_TO_POINTER (score));
              if (!g_hash_table_contains (census->labels, key))
                g_hash_table_insert (census->labels, (gpointer) key, g_steal_pointer (&text));
            }
          i = j;
        }
    }
}

/* The key whose count in @counts leads the others by one at least and is @least or
 * more; NULL when none does. */
static const char *
leading (GHashTable *counts, guint least)
{
  GHashTableIter iter;
  gpointer key, count;
  const char *best = NULL;
  guint best_count = 0, second = 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &count))
    if (GPOINTER_TO_UINT (count) > best_count)
      {
        second = best_count;
        best_count = GPOINTER_TO_UINT (count);
        best = key;
      }
    else
      second = MAX (second, GPOINTER_TO_UINT (count));
  return best_count >= least && best_count > second ? best : NULL;
}

/* The name a story mentions most in its first sentences, a mention where a subject
 * stands counting twice: "Kestrel Sound" in a wire story headed "Island ferry enters
 * service a year late". NULL unless one name leads the others and was mentioned
 * twice. */
static char *
salient_name (const NameCensus *census)
{
  const char *best = leading (census->scores, 3);

  return best != NULL ? g_strdup (g_hash_table_lookup (census->labels, best)) : NULL;
}

/* The name a headline that names nothing says the kind of ("A museum rebuilt"): of
 * the names the census counted, the one with a word of that kind or a kind under it
 * ("Halvard Museum"), the most mentioned, then the first in byte order of its key.
 * NULL when the headline has no word of a kind, or no name has one. */
static char *
name_of_title_kind (const NameCensus *census, const ContraLanguage *language, const char *title)
{
  const ContraKinds *kinds = contra_language_kinds (language);
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  const char *best = NULL;
  guint best_score = 0;

  contra_tokens_scan (t, title, strlen (title));
  for (guint i = 0; i < t->n_tokens; i++)
    {
      g_autofree char *kind = t->tokens[i].kind == CONTRA_TOKEN_WORD ? word_form (contra_tokens_fold (t, i)) : NULL;
      if (kind == NULL || !contra_kinds_known (kinds, kind))
        continue;
      GHashTableIter iter;
      gpointer key, label;
      g_hash_table_iter_init (&iter, census->labels);
      while (g_hash_table_iter_next (&iter, &key, &label))
        {
          guint score = GPOINTER_TO_UINT (g_hash_table_lookup (census->scores, key));
          if (score < best_score || (score == best_score && best != NULL && strcmp (key, best) > 0))
            continue;
          g_auto (GStrv) words = g_strsplit (label, " ", -1);
          for (guint w = 0; words[w] != NULL; w++)
            {
              g_autofree char *form = word_form (words[w]);
              if (contra_kinds_is_a (kinds, form, kind))
                {
                  best = key;
                  best_score = score;
                  break;
                }
            }
        }
      if (best != NULL)
        break;
    }
  return best != NULL ? g_strdup (g_hash_table_lookup (census->labels, best)) : NULL;
}

/* The folded last word of a name ("brannock" for "Ilse Brannock"). */
static char *
last_word (const char *name)
{
  const char *space = strrchr (name, ' ');

  return g_utf8_casefold (space != NULL ? space + 1 : name, -1);
}

/* The person a story names most by surname alone after naming them in full ("Ilse
 * Brannock" ... "Brannock died in 1996"), at least twice and more than any other: the
 * one "she" stands for where the story's topic is a thing (a research station). A
 * name whose last word is a kind ("Research Station") is not a person's. NULL when no
 * name leads. */
static char *
lead_person (const NameCensus *census, const ContraLanguage *language)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, label;

  g_hash_table_iter_init (&iter, census->labels);
  while (g_hash_table_iter_next (&iter, &key, &label))
    {
      g_autofree char *last = last_word (label);
      g_autofree char *form = word_form (last);
      guint lone = GPOINTER_TO_UINT (g_hash_table_lookup (census->lone, last));
      if (lone > 0 && !contra_kinds_known (contra_language_kinds (language), form))
        g_hash_table_insert (counts, key, GUINT_TO_POINTER (lone));
    }
  const char *best = leading (counts, 2);
  return best != NULL ? g_strdup (g_hash_table_lookup (census->labels, best)) : NULL;
}

/* The headline a text with no title of record opens with: a first line of a few words
 * (a Markdown heading's, without its marks), a blank line after it, and no sentence's
 * end ("Rissholm", "Island ferry enters service a year late"). NULL otherwise. */
static char *
headline_of (const ContraDocument *doc)
{
  const char *text = doc->text + doc->front_matter.end, *end = doc->text + doc->length;

  while (text < end && g_ascii_isspace (*text))
    text++;
  while (text < end && *text == '#')
    text++;
  while (text < end && *text == ' ')
    text++;
  const char *line_end = memchr (text, '\n', (gsize) (end - text));
  if (line_end == NULL || line_end == text || line_end - text > MAX_HEADLINE)
    return NULL;
  const char *next = line_end + 1;
  while (next < end && (*next == ' ' || *next == '\t' || *next == '\r'))
    next++;
  const char *last = line_end;
  while (last > text && g_ascii_isspace (last[-1]))
    last--;
  if (next >= end || *next != '\n' || last == text || strchr (".!?:;,", last[-1]) != NULL)
    return NULL;
  return g_strndup (text, (gsize) (last - text));
}

/* Adds @kind (folded, singular; taken) to the kinds the text says its topic is. */
static void
add_kind_form (ContraTopic *topic, char *kind)
{
  if (topic->kinds == NULL)
    topic->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (topic->kinds, kind);
}

ContraTopic *
contra_topic_new (const ContraRuleSet *set, const ContraDocument *doc)
{
  if (set->word == NULL)
    return NULL;

  gboolean whole = FALSE;
  g_autofree char *head = NULL;
  g_autofree char *headline = doc->title == NULL ? headline_of (doc) : NULL;
  const char *title = doc->title != NULL ? doc->title : headline;
  g_autofree char *title_kind = NULL;
  g_autofree char *name = title != NULL ? title_name (set, title, &whole, &head, &title_kind) : NULL;
  const ContraLanguage *language = contra_language_for (doc->language);
  if (language == NULL)
    language = contra_language_default ();
  NameCensus census;
  name_census (set, doc, &census);
  /* A title that names nothing says the topic's kind ("A museum rebuilt": the name
   * with "Museum" in it), or else the topic is the first name the text gives, early. */
  if (name == NULL && title != NULL)
    name = name_of_title_kind (&census, language, title);
  if (name == NULL)
    {
      gsize start = doc->front_matter.end;
      name = first_name (set, doc->text + start, MIN (doc->length - start, TOPIC_WINDOW / 4));
      if (name == NULL)
        {
          name_census_clear (&census);
          return NULL;
        }
    }

  const char *text = doc->text + doc->front_matter.end;
  gsize length = doc->length - doc->front_matter.end;
  /* A title the text opens with names nothing the text does. */
  gsize skip = 0;
  while (skip < length && g_ascii_isspace (text[skip]))
    skip++;
  if (title != NULL && title[0] != '\0' && length - skip >= strlen (title)
      && strncmp (text + skip, title, strlen (title)) == 0)
    {
      text += skip + strlen (title);
      length -= skip + strlen (title);
    }
  gsize window = MIN (length, TOPIC_WINDOW);
  g_autofree char *as_titled = g_strdup (name);
  gboolean found = name_in_text (set, text, window, &name);
  /* "Island ferry enters service": a headline's one word before a noun of a kind
   * (lang/en/kinds.yaml) says what the noun is of; the text's longer name that ends
   * with it ("Ebbing Island") is another thing than the ferry. ("Stadium reopens"
   * is about the Holloway Park Stadium.) */
  if (found && head != NULL && !whole && strchr (as_titled, ' ') == NULL && strcmp (name, as_titled) != 0
      && g_str_has_suffix (name, as_titled) && contra_kinds_known (contra_language_kinds (language), head))
    {
      found = FALSE;
      g_free (name);
      name = g_steal_pointer (&as_titled);
    }
  /* A headline whose first words are a kicker ("Explainer: how the Calder Narrows
   * Bridge got built") is about the first longer name it gives that the text gives. */
  if (!found && !whole && title != NULL)
    {
      g_autofree char *other = first_name (set, title, strlen (title));
      if (other == NULL || !name_in_text (set, text, window, &other))
        {
          g_free (other);
          other = later_title_name (set, title, text, window);
        }
      if (other != NULL)
        {
          g_free (name);
          name = g_steal_pointer (&other);
          found = TRUE;
          g_clear_pointer (&head, g_free);
        }
    }
  /* A headline that names a thing by its place and kind ("Calder River bridge opens")
   * is about the thing the text names with the same first word and that kind ("the
   * Calder Narrows Bridge"). */
  g_autofree char *proper = head != NULL && !whole ? proper_name_of_kind (text, window, name, head) : NULL;
  if (proper != NULL)
    {
      g_free (name);
      name = g_steal_pointer (&proper);
      found = TRUE;
    }
  /* A story whose headline names nothing the text does is about the name the text
   * mentions most. */
  g_autofree char *salient = !found && !whole ? salient_name (&census) : NULL;
  /* Else the name with a word of the headline's kind ("Museum reopens after fire":
   * the Halvard Museum of Art). Not the first name the text gives: a wire story's
   * first name is as often a person quoted in passing. */
  if (salient == NULL && !found && !whole && title != NULL)
    salient = name_of_title_kind (&census, language, title);
  if (salient != NULL)
    {
      g_free (name);
      name = g_steal_pointer (&salient);
      found = TRUE;
    }
  /* A reference article's title is its topic even where the passage does not repeat
   * it ("Cornelius Vantreight": "... where he died"). */
  g_autofree char *person = lead_person (&census, language);
  name_census_clear (&census);
  if (!found && !whole)
    return NULL;

  const char *key = contra_entity_key (name);
  if (key == NULL)
    return NULL;

  ContraTopic *topic = g_new0 (ContraTopic, 1);
  topic->key = key;
  topic->label = g_steal_pointer (&name);
  topic->whole = whole;
  if (person != NULL)
    {
      topic->person = contra_entity_key (person);
      topic->person_label = g_steal_pointer (&person);
    }
  g_autofree char *last = last_word (topic->label);
  topic->name_form = word_form (last);
  topic->name_singular = strcmp (last, topic->name_form) == 0;
  topic->kind_named = contra_kinds_known (contra_language_kinds (language), topic->name_form);
  topic->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  topic->heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  topic->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) words = g_strsplit_set (topic->label, " \t-", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && !is_article (words[i], strlen (words[i])))
      g_hash_table_add (topic->words, word_form (words[i]));
  if (title_kind != NULL)
    add_kind_form (topic, g_steal_pointer (&title_kind));
  /* A reference article's title may say what its topic is in brackets: "The Salt
   * Road (film)", "Aldren (river)". */
  const char *open = whole && title != NULL ? strrchr (title, '(') : NULL;
  if (open != NULL)
    {
      g_autofree char *inside = g_strndup (open + 1, strcspn (open + 1, ")"));
      g_autofree char *word = last_word (inside);
      char *kind = word_form (word);
      if (contra_kinds_known (contra_language_kinds (language), kind))
        add_kind_form (topic, kind);
      else
        g_free (kind);
    }
  /* A headline says what a story's topic is as its text does ("New ferry Kestrel
   * Sound brings ..."). */
  if (!whole && title != NULL)
    {
      g_autoptr (ContraTokens) t = contra_tokens_new ();
      contra_tokens_scan (t, title, strlen (title));
      contra_topic_learn (topic, set, t);
    }
  return topic;
}

void
contra_topic_free (ContraTopic *topic)
{
  if (topic == NULL)
    return;
  g_free (topic->label);
  g_free (topic->person_label);
  g_free (topic->name_form);
  g_hash_table_unref (topic->words);
  g_clear_pointer (&topic->kinds, g_hash_table_unref);
  g_hash_table_unref (topic->heads);
  g_hash_table_unref (topic->parts);
  g_free (topic);
}

const char *
contra_topic_key (const ContraTopic *topic)
{
  return topic->key;
}

/* ---- word classes ------------------------------------------------------------------------ */

static gboolean
word_of (const Reader *r, guint i, const ContraConcept *class)
{
  const ContraConcept *c = NULL;

  if (class == NULL || i >= r->t->n_tokens || r->t->tokens[i].kind != CONTRA_TOKEN_WORD)
    return FALSE;
  return contra_lexicon_match (r->set->lexicon, r->t, i, &c) == 1 && contra_concept_is_a (c, class);
}

/* TRUE when token @i is "of" (the language's partitive). */
static gboolean
is_partitive (const Reader *r, guint i)
{
  return contra_language_is (r->t->language, CONTRA_WORDS_PARTITIVES, r->t, i);
}

static gboolean
is_grammar_word (const Reader *r, guint i)
{
  return word_of (r, i, r->set->word) || contra_language_is (r->t->language, CONTRA_WORDS_CONJUNCTIONS, r->t, i);
}

static gboolean
capitalized (const Reader *r, guint i)
{
  if (i >= r->t->n_tokens)
    return FALSE;
  const ContraToken *tok = &r->t->tokens[i];
  return tok->kind == CONTRA_TOKEN_WORD && (tok->flags & (CONTRA_TOKEN_CAPITALIZED | CONTRA_TOKEN_ABBREV));
}

static const ContraMention *
mention (const Reader *r, guint i)
{
  return &g_array_index (r->mentions->mentions, ContraMention, i);
}

/* The first of the sentence's first @n_mentions mentions of @kind that covers token @i,
 * or NULL. */
static const ContraMention *
covering (const Reader *r, guint i, guint n_mentions, ContraMentionKind kind)
{
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind == kind && m->first <= i && i < m->last)
        return m;
    }
  return NULL;
}

/* TRUE when a value covers token @i. */
static gboolean
covered_by_value (const Reader *r, guint i, guint n_mentions)
{
  return covering (r, i, n_mentions, CONTRA_MENTION_VALUE) != NULL;
}

/* TRUE when a cue ("not", "will", "reportedly") covers token @i. */
static gboolean
covered_by_cue (const Reader *r, guint i, guint n_mentions)
{
  const ContraMention *m = covering (r, i, n_mentions, CONTRA_MENTION_CONCEPT);
  return m != NULL && g_str_equal (m->term.head->kind, "cue");
}

/* Words that stand between a subject and its verb: "was", "later", "did not". */
static gboolean
between_subject_and_verb (const Reader *r, guint i, guint n_mentions)
{
  return word_of (r, i, r->set->word_auxiliary) || word_of (r, i, r->set->word_adverb)
         || covered_by_cue (r, i, n_mentions);
}

/* ---- phrases ----------------------------------------------------------------------------- */

#define MAX_OPENING 5

typedef struct {
  guint first;
  guint last;                /* exclusive; first == last: none */
  gboolean pronoun;
} Phrase;

/* A name ending at token @end - 1: capitalised words, with connectors between them
 * ("Volta a Catalunya", "Charles de Gaulle") and numbers before ("1920 Volta"). */
static Phrase
name_before (const Reader *r, guint start, guint end, guint n_mentions)
{
  Phrase p = {end, end, FALSE};
  guint i = end;

  while (i > start && end - i < MAX_PHRASE)
    {
      guint k = i - 1;
      if (capitalized (r, k) && !is_grammar_word (r, k) && !covered_by_value (r, k, n_mentions))
        i = k;
      else if (k > start && i < end && word_of (r, k, r->set->word_connector) && capitalized (r, k - 1))
        i = k;
      /* A middle initial: "Alexander J. Moreno". */
      else if (k > start && i < end && contra_tokens_is_punct (r->t, k, '.') && capitalized (r, k - 1)
               && r->t->tokens[k - 1].end - r->t->tokens[k - 1].start == 1)
        i = k - 1;
      else
        break;
    }
  /* A number that opens the name after its article: "the 1958 Northern Counties
   * Regatta" (not "in 2019 Calder Bridge"). */
  if (i < end && i > start && r->t->tokens[i - 1].kind == CONTRA_TOKEN_NUMBER
      && (i - 1 == start || word_of (r, i - 2, r->set->word_determiner)))
    i--;
  p.first = i;
  return p;
}

static gboolean glued_dash (const Reader *r, guint i);

/* TRUE when token @i is a part of a compound: its hyphen, or a number or a word glued
 * to one ("1,142", "-" and "seat" in "1,142-seat", where "seat" alone is a verb of
 * having). */
static gboolean
in_compound (const Reader *r, guint i)
{
  return glued_dash (r, i) || glued_dash (r, i + 1) || (i > 0 && glued_dash (r, i - 1));
}

/* A description ending at token @end - 1: a determiner and up to four words ("the
 * bridge", "the old Narrows bridge"), a compound's parts counted apart ("the
 * 1,142-seat theatre"). */
static Phrase
description_before (const Reader *r, guint start, guint end)
{
  Phrase none = {end, end, FALSE};
  guint i = end;

  while (i > start && end - i <= 6)
    {
      guint k = i - 1;
      if (word_of (r, k, r->set->word_determiner))
        return k + 1 < end ? (Phrase) {k, end, FALSE} : none;
      if (!in_compound (r, k) && (r->t->tokens[k].kind != CONTRA_TOKEN_WORD || is_grammar_word (r, k)))
        return none;
      i = k;
    }
  return none;
}

/* TRUE when a possessive ends right before token @i: "Vietnam's", "Vietnam’s". */
static gboolean
possessive_before (const Reader *r, guint i)
{
  return i > 0 && contra_tokens_is_possessive (r->t, i - 1);
}

/* A description with no determiner ending at token @end - 1, after a preposition or
 * the clause's start: up to four words ("until Whitehead torpedoes ..."). */
static Phrase
bare_description_before (const Reader *r, guint start, guint end, guint n_mentions)
{
  guint i = end;

  while (i > start && end - i < 4 && r->t->tokens[i - 1].kind == CONTRA_TOKEN_WORD && !is_grammar_word (r, i - 1)
         && !covered_by_value (r, i - 1, n_mentions))
    i--;
  if (i == end || (i > start && !word_of (r, i - 1, r->set->word_preposition)))
    return (Phrase) {end, end, FALSE};
  return (Phrase) {i, end, FALSE};
}

static gboolean looks_past (const Reader *r, guint i);
static gboolean names_topic (const Reader *r, const Phrase *p);

/* The subject of a reduced relative: "Whitehead torpedoes produced by Bliss and
 * Williams entered service" — @agent is the name right before the verb; when "by" and
 * a past participle come before it (and the names it is coordinated with), the phrase
 * before the participle is the subject. */
static Phrase
subject_before_agent (const Reader *r, guint start, Phrase agent, guint n_mentions)
{
  Phrase none = {agent.last, agent.last, FALSE};
  guint i = agent.first;

  while (i >= start + 2 && contra_language_is (r->t->language, CONTRA_WORDS_CONJUNCTIONS, r->t, i - 1)
         && capitalized (r, i - 2))
    i = name_before (r, start, i - 1, n_mentions).first;
  if (i < start + 2 || !word_of (r, i - 1, r->set->word_agent) || !looks_past (r, i - 2))
    return none;
  guint participle = i - 2;
  Phrase p = name_before (r, start, participle, n_mentions);
  if (p.first == p.last)
    p = description_before (r, start, participle);
  if (p.first == p.last)
    p = bare_description_before (r, start, participle, n_mentions);
  if (p.first == p.last || (p.first > start && (word_of (r, p.first - 1, r->set->word_connector)
                                                || possessive_before (r, p.first))))
    return none;
  return p;
}

/* The subject before a predicate that begins at @end: back over auxiliaries and
 * adverbs, then a pronoun, a name or a description. */
static Phrase
subject_before (const Reader *r, guint start, guint end, guint n_mentions, gboolean *passive)
{
  Phrase none = {end, end, FALSE};
  guint i = end;

  *passive = FALSE;
  while (i > start && between_subject_and_verb (r, i - 1, n_mentions))
    {
      *passive |= word_of (r, i - 1, r->set->word_auxiliary);
      i--;
    }
  if (i == start)
    return none;
  if (word_of (r, i - 1, r->set->word_pronoun))
    return (Phrase) {i - 1, i, TRUE};
  /* "Bergmoen's art museum was founded": a name and its possessive opening the clause
   * before words that name the topic are the topic. */
  Phrase owned = {start, i, FALSE};
  if (i >= start + 3 && capitalized (r, start) && contra_tokens_is_possessive (r->t, start + 1)
      && names_topic (r, &owned))
    return owned;
  Phrase p = name_before (r, start, i, n_mentions);
  if (p.first == p.last)
    p = description_before (r, start, i);
  if (p.first < p.last && p.first > start && word_of (r, p.first - 1, r->set->word_determiner))
    p.first--;
  /* A phrase after a preposition, a possessive or a name and "and" is inside a larger
   * one ("the dialogue chaired by the Ministry ... opened", "Bliss and Williams
   * entered"): the reader cannot tell the subject. */
  if (p.first < p.last && p.first > start
      && (word_of (r, p.first - 1, r->set->word_preposition) || possessive_before (r, p.first)
          || (contra_language_is (r->t->language, CONTRA_WORDS_CONJUNCTIONS, r->t, p.first - 1) && p.first >= 2
              && capitalized (r, p.first - 2))))
    return subject_before_agent (r, start, p, n_mentions);
  return p;
}

/* The name that opens the sentence when an indefinite article at token @article
 * follows its copula: "Kvist Marine is a Norwegian shipbuilder ...", "Maren Toftgaard
 * (born 1951) is a Danish politician ...". Empty otherwise. */
static Phrase
copula_subject (const Reader *r, guint article, guint n_mentions)
{
  Phrase none = {article, article, FALSE};

  if (article < 2 || !contra_language_is (r->t->language, CONTRA_WORDS_INDEFINITE_ARTICLES, r->t, article)
      || !word_of (r, article - 1, r->set->word_auxiliary) || word_of (r, article - 1, r->set->word_have))
    return none;
  /* Past a bracket after the name. */
  guint before = article - 1;
  if (contra_tokens_is_punct (r->t, before - 1, ')'))
    while (before > 0 && !contra_tokens_is_punct (r->t, before - 1, '('))
      before--;
  if (before > 0 && contra_tokens_is_punct (r->t, before - 1, '('))
    before--;
  Phrase name = name_before (r, 0, before, n_mentions);
  return name.first == 0 ? name : none;
}

/* What a relative pronoun right before a predicate that begins at @end stands for:
 * the phrase before it ("a 1978 ferry that cost $6 million"), or the name that phrase
 * is in apposition to ("the Osprey, a 1978 ferry that cost ..."). Empty when no
 * relative pronoun stands there, or no phrase before it. */
static Phrase
relative_subject (const Reader *r, guint end, guint n_mentions)
{
  Phrase none = {end, end, FALSE};
  guint i = end;

  /* "which has an elevation of 2,130 metres": a measure noun's article. */
  if (i > 1 && contra_language_is (r->t->language, CONTRA_WORDS_ARTICLES, r->t, i - 1)
      && word_of (r, i - 2, r->set->word_have))
    i--;
  while (i > 0 && between_subject_and_verb (r, i - 1, n_mentions))
    i--;
  if (i == 0 || !word_of (r, i - 1, r->set->word_relative))
    return none;
  /* Over the comma of a clause that adds to its noun: "The Corran Lighthouse, which
   * opened in 1874, ...". */
  guint pronoun = i - 1 > 0 && contra_tokens_is_punct (r->t, i - 2, ',') ? i - 2 : i - 1;
  Phrase p = name_before (r, 0, pronoun, n_mentions);
  if (p.first < p.last)
    return p;
  /* Back to the phrase's article over its words and numbers ("a 1978 ferry"). */
  guint k = pronoun;
  while (k > 0 && pronoun - k < MAX_PHRASE && !contra_language_is (r->t->language, CONTRA_WORDS_ARTICLES, r->t, k - 1)
         && (r->t->tokens[k - 1].kind == CONTRA_TOKEN_NUMBER || covered_by_value (r, k - 1, n_mentions)
             || in_compound (r, k - 1)
             || (r->t->tokens[k - 1].kind == CONTRA_TOKEN_WORD && !is_grammar_word (r, k - 1))))
    k--;
  if (k == 0 || k == pronoun || !contra_language_is (r->t->language, CONTRA_WORDS_ARTICLES, r->t, k - 1))
    return none;
  p = (Phrase) {k - 1, pronoun, FALSE};
  if (p.first >= 2 && contra_tokens_is_punct (r->t, p.first - 1, ','))
    {
      Phrase name = name_before (r, 0, p.first - 1, n_mentions);
      if (name.first < name.last)
        return name;
    }
  /* "Maren Toftgaard is a Danish politician who served as mayor": what the copula
   * says the name is. */
  Phrase name = copula_subject (r, p.first, n_mentions);
  return name.first < name.last ? name : p;
}

/* TRUE when word @i looks like a past form ("moved", "carried"): the language data's
 * regular past ending. */
static gboolean
looks_past (const Reader *r, guint i)
{
  const char *fold = contra_tokens_fold (r->t, i);
  gsize n = strlen (fold);
  return n > 4 && g_str_has_suffix (fold, "ed");
}

/* TRUE when token @i is a hyphen inside a compound ("23-mile"), not a dash between
 * phrases ("the bridge — Halvorsen Construction, ..."). */
static gboolean
glued_dash (const Reader *r, guint i)
{
  const ContraToken *tok = r->t->tokens;
  return contra_tokens_is_dash (r->t, i) && i > 0 && i + 1 < r->t->n_tokens && tok[i].start == tok[i - 1].end
         && tok[i + 1].start == tok[i].end;
}

/* TRUE when mention @m is a word inside a name: "Halvorsen Construction" is a firm,
 * not a construction. */
static gboolean
inside_name (const Reader *r, const ContraMention *m)
{
  return capitalized (r, m->first) && m->first > 0 && capitalized (r, m->first - 1) && !is_grammar_word (r, m->first - 1);
}

/* A name or description starting at @from: the object of an active predicate, or what
 * follows "of". */
static Phrase
phrase_after (const Reader *r, guint from, guint end, guint n_mentions)
{
  Phrase none = {from, from, FALSE};
  guint i = from;

  if (word_of (r, i, r->set->word_pronoun))
    return (Phrase) {i, i + 1, TRUE};
  if (word_of (r, i, r->set->word_determiner))
    {
      /* "the bridge", "the old Narrows bridge", "the 23-mile (37 km) line": words,
       * numbers and hyphens, and a conversion in brackets, up to the last word. */
      guint last = ++i;
      while (i < end && i - from <= MAX_PHRASE)
        {
          const ContraToken *tok = &r->t->tokens[i];
          if (contra_tokens_is_punct (r->t, i, '('))
            {
              while (i < end && !contra_tokens_is_punct (r->t, i, ')'))
                i++;
              i++;
              continue;
            }
          /* A value that describes the thing: "the US$58m ship". */
          const ContraMention *value = covering (r, i, n_mentions, CONTRA_MENTION_VALUE);
          if (value != NULL && value->first == i && value->last < end
              && r->t->tokens[value->last].kind == CONTRA_TOKEN_WORD && !is_grammar_word (r, value->last))
            {
              i = value->last;
              continue;
            }
          /* A direction begins a name as any word does: "the Northern Counties
           * Regatta". An auxiliary is the verb's, even where the lexicon reads a
           * phrase from it ("was built"). */
          if (tok->kind == CONTRA_TOKEN_WORD && !contra_language_is (r->t->language, CONTRA_WORDS_AUXILIARIES, r->t, i)
              && (!is_grammar_word (r, i) || (capitalized (r, i) && word_of (r, i, r->set->word_direction))))
            {
              /* A past form after the first word is the verb: "the company moved"; so
               * is a word an article or a value follows ("the firm became a maker",
               * "the firm employs 40 people"). Not one in a compound ("the grey-crested
               * warbler"). */
              if (last > from + 1 && !capitalized (r, i) && !glued_dash (r, i - 1)
                  && (looks_past (r, i)
                      || (i + 1 < end
                          && (contra_language_is (r->t->language, CONTRA_WORDS_ARTICLES, r->t, i + 1)
                              || covered_by_value (r, i + 1, n_mentions)))))
                break;
              last = ++i;
            }
          else if (tok->kind == CONTRA_TOKEN_NUMBER || glued_dash (r, i))
            i++;
          else
            break;
        }
      return last > from + 1 ? (Phrase) {from, last, FALSE} : none;
    }
  /* A number before a name belongs to it: "1920 Volta a Catalunya". */
  while (i < end && r->t->tokens[i].kind == CONTRA_TOKEN_NUMBER && capitalized (r, i + 1))
    i++;
  guint words = i;
  while (i < end && i - from < MAX_PHRASE
         && ((capitalized (r, i) && !is_grammar_word (r, i) && !covered_by_value (r, i, n_mentions))
             || (i > from && word_of (r, i, r->set->word_connector) && capitalized (r, i + 1))))
    i++;
  return i > words ? (Phrase) {from, i, FALSE} : none;
}

/* The phrase's words, as written. */
static char *
phrase_text (const Reader *r, const Phrase *p)
{
  const ContraToken *a = &r->t->tokens[p->first], *b = &r->t->tokens[p->last - 1];
  return g_strndup (r->t->text + a->start, b->end - a->start);
}

/* TRUE when @a and @b differ by at most one letter inserted, deleted or replaced. */
static gboolean
one_edit_apart (const char *a, const char *b)
{
  gsize na = strlen (a), nb = strlen (b);

  if (na > nb)
    return one_edit_apart (b, a);
  if (nb - na > 1)
    return FALSE;
  gsize i = 0;
  while (i < na && a[i] == b[i])
    i++;
  if (na == nb)
    return strcmp (a + i + (i < na), b + i + (i < nb)) == 0;
  return strcmp (a + i, b + i + 1) == 0;
}

/* A word of the topic's name spelt with one letter off ("Tayler" for "Tyler"), in a
 * document about it: a misspelling, not another name. Short words must match. */
static gboolean
near_topic_word (const ContraTopic *topic, const char *form)
{
  GHashTableIter iter;
  gpointer word;

  if (strlen (form) < 5)
    return FALSE;
  g_hash_table_iter_init (&iter, topic->words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (strlen (word) >= 4 && one_edit_apart (word, form))
      return TRUE;
  return FALSE;
}

/* The plain words of a description: lower-case words outside brackets, not a
 * compound's unit ("23-mile"). */
static guint
plain_words (const Reader *r, const Phrase *p)
{
  guint n = 0, depth = 0;

  for (guint i = p->first; i < p->last; i++)
    {
      depth += contra_tokens_is_punct (r->t, i, '(');
      depth -= depth > 0 && contra_tokens_is_punct (r->t, i, ')');
      if (depth > 0 || r->t->tokens[i].kind != CONTRA_TOKEN_WORD || capitalized (r, i) || is_grammar_word (r, i))
        continue;
      if (i > 0 && contra_tokens_is_dash (r->t, i - 1))
        continue;
      n++;
    }
  return n;
}

/* TRUE when the noun at token @i is a word for what the text says its topic is: one
 * of those kinds, or a kind above one of them (lang/en/kinds.yaml: a ferry is a
 * ship). */
static gboolean
is_topic_kind (const Reader *r, guint i)
{
  const ContraKinds *kinds = contra_language_kinds (r->t->language);
  g_autofree char *form = word_form (contra_tokens_plain (r->t, i));
  GHashTableIter iter;
  gpointer kind;

  g_hash_table_iter_init (&iter, r->topic->kinds);
  while (g_hash_table_iter_next (&iter, &kind, NULL))
    if (contra_kinds_is_a (kinds, kind, form))
      return TRUE;
  return FALSE;
}

/* TRUE when the noun at token @i is a kind lang/en/kinds.yaml knows that the kind the
 * topic's name ends with in the singular is not, nor is under: in the article on
 * "Harbour Point Lighthouse" "the sea" is another thing, "the tower" is not ("Kestrel
 * Motor Works" names no kind). */
static gboolean
other_kind_than_named (const Reader *r, guint i)
{
  const ContraKinds *kinds = contra_language_kinds (r->t->language);
  g_autofree char *form = word_form (contra_tokens_plain (r->t, i));
  const char *named = r->topic->name_form;

  return r->topic->name_singular && r->topic->kind_named && contra_kinds_known (kinds, form)
         && !contra_kinds_is_a (kinds, named, form) && !contra_kinds_is_a (kinds, form, named);
}

/* TRUE when the noun at token @i is a part the text gave the topic ("its glass hall")
 * and no kind the topic is, nor the kind its name ends with ("its parent company" in
 * a company's article leaves "the company" the topic). */
static gboolean
topic_part (const Reader *r, guint i)
{
  if (g_hash_table_size (r->topic->parts) == 0)
    return FALSE;
  g_autofree char *form = word_form (contra_tokens_plain (r->t, i));

  return g_hash_table_contains (r->topic->parts, form) && strcmp (form, r->topic->name_form) != 0
         && !(r->topic->kinds != NULL && is_topic_kind (r, i));
}

/* TRUE when every word of the phrase but its determiner belongs to the topic's name,
 * or, in a reference article, when it is a plain description of one word ("the
 * tower", "the 23-mile (37 km) line", "the company"). */
static gboolean
names_topic (const Reader *r, const Phrase *p)
{
  guint n = 0;

  if (r->topic == NULL)
    return FALSE;
  if (r->topic->whole && contra_language_is (r->t->language, CONTRA_WORDS_DEFINITE_ARTICLES, r->t, p->first)
      && plain_words (r, p) == 1)
    {
      /* A name, or a count ("the 512 people"; not a measure, "the 23-mile (37 km)
       * line", nor a compound, "the 1,142-seat theatre"), makes it another thing. */
      gboolean names = FALSE;
      for (guint i = p->first + 1; i < p->last; i++)
        {
          const ContraMention *count
            = r->mentions != NULL ? covering (r, i, r->mentions->mentions->len, CONTRA_MENTION_VALUE) : NULL;
          names |= capitalized (r, i)
                   || (count != NULL && count->value.type == CONTRA_VALUE_COUNT && !glued_dash (r, count->first + 1));
        }
      /* A part the text gave the topic is that part: after "its glass hall", "the
       * hall" is not the museum. */
      if (!names)
        names = topic_part (r, p->last - 1);
      /* Once the text has said what the topic is, only that names it: in a village's
       * article "the village" is the topic, "the school" is not. */
      if (!names && r->topic->kinds != NULL)
        names = !is_topic_kind (r, p->last - 1);
      else if (!names)
        names = other_kind_than_named (r, p->last - 1);
      if (!names)
        return TRUE;
    }
  /* Once a story has said what its topic is ("the Kestrel Sound, a new car and
   * passenger ferry"), a word for that kind names it: "the ferry", "the ship". */
  if (!r->topic->whole && r->topic->kinds != NULL && word_of (r, p->first, r->set->word_determiner)
      && plain_words (r, p) == 1 && !capitalized (r, p->last - 1) && is_topic_kind (r, p->last - 1))
    return TRUE;
  for (guint i = p->first; i < p->last; i++)
    {
      if (r->t->tokens[i].kind != CONTRA_TOKEN_WORD && r->t->tokens[i].kind != CONTRA_TOKEN_NUMBER)
        continue;
      if (word_of (r, i, r->set->word_determiner) || word_of (r, i, r->set->word_connector))
        continue;
      /* A place's or an owner's name before the topic's words: "Bergmoen's art
       * museum" in a story on the Halvard Museum of Art. */
      if (i == p->first && i + 2 < p->last && capitalized (r, i) && contra_tokens_is_possessive (r->t, i + 1))
        {
          i++;
          continue;
        }
      /* A compound's number and noun describe it: "the six-lane bridge". */
      if (glued_dash (r, i + 1) || (i > p->first && glued_dash (r, i - 1)))
        continue;
      g_autofree char *form = word_form (contra_tokens_plain (r->t, i));
      if (!g_hash_table_contains (r->topic->words, form) && !near_topic_word (r->topic, form))
        return FALSE;
      n++;
    }
  return n > 0;
}

/* ---- entities ---------------------------------------------------------------------------- */

/* Adds an entity mention with @key over tokens [@first, @last), attached to mention
 * @predicate in its role; the pointer holds until the next mention is added. */
static ContraMention *
add_entity_key (const Reader *r, guint predicate, ContraRole role, const char *key, const char *label, guint first,
                guint last)
{
  guint clause = mention (r, predicate)->clause;
  ContraMention *m = contra_mentions_add (r->mentions, CONTRA_MENTION_ENTITY, first, last);

  m->clause = clause;
  m->attached = (gint) predicate;
  m->role = (guint8) role;
  m->term.name = key;
  m->term.label = contra_intern (label);
  m->value.type = CONTRA_VALUE_NAME;
  m->value.u.id = key;
  m->value.text = g_strdup (label);
  return m;
}

/* TRUE when an entity is attached to mention @k already: another reader's. */
static gboolean
has_entity (const Reader *r, guint k)
{
  for (guint e = 0; e < r->mentions->mentions->len; e++)
    if (mention (r, e)->kind == CONTRA_MENTION_ENTITY && mention (r, e)->attached == (gint) k)
      return TRUE;
  return FALSE;
}

/* TRUE when @p is a description, not a name: no capitalised word but its first ("The
 * guest book", "the construction contract"). */
/* TRUE when the phrase @p is a plural noun alone that opens the sentence, capitalised
 * only there, with a plural verb after it: "Adults are 13 cm long". */
static gboolean
plural_opening_noun (const Reader *r, const Phrase *p)
{
  char singular[64];

  if (p->last != p->first + 1 || p->first != r->opening || p->last >= r->t->n_tokens
      || !contra_language_is (r->t->language, CONTRA_WORDS_PLURAL_VERBS, r->t, p->last))
    return FALSE;
  const char *fold = contra_tokens_fold (r->t, p->first);
  return contra_words_singular (fold, singular, sizeof singular) && strcmp (singular, fold) != 0;
}

static gboolean
is_description (const Reader *r, const Phrase *p)
{
  if (plural_opening_noun (r, p))
    return TRUE;
  for (guint i = p->first + 1; i < p->last; i++)
    if (capitalized (r, i))
      return FALSE;
  return !capitalized (r, p->first) || word_of (r, p->first, r->set->word_determiner)
         || word_of (r, p->first, r->set->word_connector);
}

static Phrase sentence_subject (const Reader *r, guint end, guint n_mentions, gboolean *existential);

/* The antecedent of a pronoun at @p, when the sentence's subject comes before it and is
 * not a pronoun itself: "The old Narrows bridge, which had carried traffic since it
 * opened in 1929, closed". Empty otherwise: the topic is the pronoun's. */
static Phrase phrase_after (const Reader *r, guint from, guint end, guint n_mentions);
static Phrase
antecedent (const Reader *r, const Phrase *p)
{
  gboolean existential;
  Phrase subject = sentence_subject (r, p->first, r->mentions->mentions->len, &existential);

  const ContraMention *c = covering (r, subject.first, r->mentions->mentions->len, CONTRA_MENTION_CONCEPT);
  if (subject.first == subject.last || subject.pronoun || subject.last > p->first
      || word_of (r, subject.first, r->set->word_possessive)
      /* "Launched in 1908, she ...": a predicate, not a subject */
      || (c != NULL && r->set->frame_predicate[c->term.head->index]))
    return (Phrase) {p->first, p->first, FALSE};
  /* "Jens Arvola's The Salt Bride returns ..., a century after its premiere": the
   * thing owned, not its owner. */
  if (contra_tokens_is_possessive (r->t, subject.last) && subject.last + 1 < p->first)
    {
      Phrase owned = phrase_after (r, subject.last + 1, p->first, r->mentions->mentions->len);
      /* A name ends with its last capitalised word ("The Salt Bride returns"). */
      guint name_end = owned.first;
      for (guint k = owned.first + 1; k < owned.last; k++)
        if (capitalized (r, k))
          name_end = k + 1;
      if (name_end > owned.first)
        owned.last = name_end;
      if (owned.first < owned.last && !owned.pronoun)
        return owned;
    }
  return subject;
}

/* The name a definite description or a name's last word stands for, as written: "the
 * company" after "the Harrow Isles Ferry Company", "Brannock" after "Ilse Brannock",
 * when no other name the text gave ends with that word. NULL otherwise. */
static const char *
named_by_head (const Reader *r, const Phrase *p)
{
  if (r->topic == NULL || p->pronoun)
    return NULL;
  guint head;
  /* "Brannock" after "Ilse Brannock": a name's last word alone stands for it. */
  if (p->last == p->first + 1 && capitalized (r, p->first) && !is_grammar_word (r, p->first))
    head = p->first;
  else if (p->last == p->first + 2
           && contra_language_is (r->t->language, CONTRA_WORDS_DEFINITE_ARTICLES, r->t, p->first)
           && !capitalized (r, p->first + 1) && r->t->tokens[p->first + 1].kind == CONTRA_TOKEN_WORD)
    head = p->first + 1;
  else
    return NULL;
  g_autofree char *form = word_form (contra_tokens_plain (r->t, head));
  const char *name = g_hash_table_lookup (r->topic->heads, form);
  return name != AMBIGUOUS ? name : NULL;
}

/* TRUE when the topic is a thing English calls by the personal pronoun at @i: a ship
 * is "she" (lang/en/kinds.yaml pronouns), so in a ferry's story "She is the second-
 * largest vessel" is the ferry, not the story's lead person. */
static gboolean
topic_takes_pronoun (const Reader *r, guint i)
{
  const ContraKinds *kinds = contra_language_kinds (r->t->language);
  GHashTableIter iter;
  gpointer kind;

  if (r->topic->kinds == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, r->topic->kinds);
  while (g_hash_table_iter_next (&iter, &kind, NULL))
    if (contra_kinds_pronoun (kinds, kind, contra_tokens_fold (r->t, i)))
      return TRUE;
  return FALSE;
}

/* The person a personal pronoun at @p ("she", "her") stands for when no nearer
 * antecedent does: the person the story names most by surname, where its topic is a
 * thing (its name ends with a kind, "Research Station", or the text said what it is).
 * NULL where the topic may be that person. */
static const char *
person_for (const Reader *r, const Phrase *p)
{
  const ContraTopic *topic = r->topic;

  if (topic == NULL || topic->person == NULL || topic->person == topic->key || p->first == p->last
      || !contra_language_is (r->t->language, CONTRA_WORDS_PERSONAL_PRONOUNS, r->t, p->first))
    return NULL;
  if (topic_takes_pronoun (r, p->first))
    return NULL;
  return topic->kinds != NULL || topic->kind_named ? topic->person : NULL;
}

/* The measure lang/en/kinds.yaml makes the extent of a thing of @kind, stated in
 * @dimension ("height" for a tower and a length), or in any when @dimension is NULL;
 * NULL when none is. */
static const char *
kind_extent (const ContraKinds *kinds, const char *kind, const char *dimension)
{
  return dimension != NULL ? contra_kinds_measure (kinds, dimension, kind) : contra_kinds_extent (kinds, kind);
}

/* The extent (kind_extent()) of a thing of the kind the word at token @i names. */
static const char *
word_extent (const Reader *r, guint i, const char *dimension)
{
  g_autofree char *form = word_form (contra_tokens_plain (r->t, i));

  return kind_extent (contra_language_kinds (r->t->language), form, dimension);
}

/* The topic's extent (kind_extent()), for a kind its name ends with ("Orlen Tower")
 * or one the text gave it ("is a skyscraper"), or NULL. */
static const char *
topic_extent (const Reader *r, const char *dimension)
{
  const ContraKinds *kinds = contra_language_kinds (r->t->language);
  const char *extent = kind_extent (kinds, r->topic->name_form, dimension);
  GHashTableIter iter;
  gpointer kind;

  if (extent == NULL && r->topic->kinds != NULL)
    {
      g_hash_table_iter_init (&iter, r->topic->kinds);
      while (extent == NULL && g_hash_table_iter_next (&iter, &kind, NULL))
        extent = kind_extent (kinds, kind, dimension);
    }
  return extent;
}

/* The measure that is the extent of the thing @key that phrase @p names (empty when
 * the predicate's subject is understood): as its last word's kind gives it ("the
 * tower"), else, for the topic, as the topic's kinds do. NULL when none does. */
static const char *
extent_of (const Reader *r, const Phrase *p, const char *key)
{
  const char *extent = p->first < p->last && !p->pronoun ? word_extent (r, p->last - 1, NULL) : NULL;

  if (extent == NULL && r->topic != NULL && key == r->topic->key)
    extent = topic_extent (r, NULL);
  return extent;
}

/* TRUE when a compound of a number, a year and an age word starts at token @i:
 * "34-year-old". */
static gboolean
age_compound (const Reader *r, guint i)
{
  const ContraTokens *t = r->t;

  return i + 5 <= t->n_tokens
         && (t->tokens[i].kind == CONTRA_TOKEN_NUMBER || contra_words_cardinal (contra_tokens_fold (t, i)) > 0)
         && glued_dash (r, i + 1) && contra_language_is (t->language, CONTRA_WORDS_YEAR, t, i + 2)
         && glued_dash (r, i + 3) && contra_language_is (t->language, CONTRA_WORDS_AGE_WORDS, t, i + 4);
}

/* TRUE when the phrase @p is a description of a person by age: a determiner, a
 * compound of a number, a year and an age word (words.yaml age_words), and a word
 * ("The 34-year-old Korvanian", "the 64-year-old Norwegian"). */
static gboolean
age_description (const Reader *r, const Phrase *p)
{
  guint i = p->first;

  return p->last >= i + 6 && word_of (r, i, r->set->word_determiner) && age_compound (r, i + 1);
}

/* The person a description by age stands for (age_description()): the person the
 * story names most, or the topic when that is who the story is about. */
static const char *
person_by_age (const Reader *r)
{
  if (r->topic == NULL)
    return NULL;
  return r->topic->person != NULL ? r->topic->person : r->topic->key;
}

/* Adds the entity @p stands for, attached to predicate @predicate; @previous is the
 * entity of the sentence's last predicate, or NULL. Returns the key used. */
static const char *
add_entity (const Reader *r, guint predicate, const Phrase *p, const char *previous)
{
  const ContraMention *pred = mention (r, predicate);
  const char *key = NULL;
  g_autofree char *label = NULL;
  guint first = pred->first, last = pred->last;
  Phrase nearer = {0, 0, FALSE};

  /* A pronoun stands for the sentence's subject before it, if any. */
  if (p->first < p->last && p->pronoun && previous == NULL)
    nearer = antecedent (r, p);
  if (nearer.first < nearer.last)
    p = &nearer;
  /* "Its two lanes": a part of something, not a thing the reader can key. */
  if (p->last > p->first + 1 && word_of (r, p->first, r->set->word_possessive))
    return NULL;

  const char *named = named_by_head (r, p);
  /* "Singer Haldis Moe, 64, was born ...": a word that opens the sentence before the
   * topic's name (of two words or more) says what the topic is. */
  Phrase rest = {p->first + 1, p->last, FALSE};
  gboolean topic
    = named == NULL && p->first < p->last && !p->pronoun
      && (names_topic (r, p) || (p->first == r->opening && p->last >= p->first + 3 && names_topic (r, &rest)));
  if (p->pronoun && previous == NULL && person_for (r, p) != NULL)
    {
      key = r->topic->person;
      label = g_strdup (r->topic->person_label);
      first = p->first;
      last = p->last;
    }
  else if ((age_description (r, p) || (p->first >= 6 && age_description (r, &(Phrase){p->first - 6, p->last, FALSE})))
           && person_by_age (r) != NULL)
    {
      key = person_by_age (r);
      label = g_strdup (key == r->topic->person ? r->topic->person_label : r->topic->label);
      first = p->first;
      last = p->last;
    }
  else if (named != NULL)
    {
      key = contra_entity_key (named);
      label = g_strdup (named);
      first = p->first;
      last = p->last;
    }
  else if (p->first < p->last && !p->pronoun && !topic)
    {
      label = phrase_text (r, p);
      key = contra_entity_key (label);
      first = p->first;
      last = p->last;
      /* A description names a thing of the document's world: "the guest book" of a
       * story on one visit is not that of another's. It is the topic's. */
      /* A description that opens the sentence is written in lower case where it is
       * named in a finding ("the joint venture"). */
      if (p->first == 0 && is_description (r, p))
        label[0] = g_ascii_tolower (label[0]);
      if (key != NULL && r->topic != NULL && is_description (r, p))
        {
          g_autofree char *scoped = g_strdup_printf ("%s/%s", r->topic->key, key + strlen ("entity/"));
          key = contra_intern (scoped);
        }
    }
  if (key == NULL && previous != NULL && !topic)
    key = previous;
  if (key == NULL && r->topic != NULL)
    key = r->topic->key;
  if (key == NULL)
    return NULL;
  if (label == NULL)
    {
      label = r->topic != NULL && key == r->topic->key ? g_strdup (r->topic->label) : g_strdup (key + strlen ("entity/"));
      if (p->first < p->last)
        {
          first = p->first;
          last = p->last;
        }
    }

  ContraMention *m = add_entity_key (r, predicate, CONTRA_ROLE_ABOUT, key, label, first, last);
  if (r->set->entity_extent)
    m->extent = extent_of (r, p, key);
  return key;
}

static gboolean
is_tab (const Reader *r, guint i)
{
  return contra_tokens_is_punct (r->t, i, '\t');
}

/* TRUE when token @i is the mark between two cells of a table row (src/text/markup.c
 * joins a row's cells with " | ") and a value opens the next: "| Main span | 1,150 ft
 * |" is a label and its value, as a fact box line is. A cell that is a sentence ("|
 * Cost | The tunnel cost $840 million. |") says for itself what it is about. */
static gboolean
is_cell_end (const Reader *r, guint i)
{
  return contra_tokens_is_punct (r->t, i, '|') && i + 1 < r->t->n_tokens
         && covered_by_value (r, i + 1, r->mentions->mentions->len);
}

/* TRUE when token @i ends a label: a colon, a tab or a table cell after it. */
static gboolean
is_label_end (const Reader *r, guint i)
{
  return contra_tokens_is_punct (r->t, i, ':') || is_tab (r, i) || is_cell_end (r, i);
}

/* The first token of the predicate's clause. */
static guint
clause_start (const Reader *r, guint predicate, guint n_mentions)
{
  const ContraMention *pred = mention (r, predicate);
  guint start = 0;

  /* The nearest mention of another clause before the predicate bounds it; so do a
   * comma, a semicolon and an opening bracket. */
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->clause != pred->clause && m->last <= pred->first && m->last > start)
        start = m->last;
    }
  for (guint i = pred->phrase_first; i > start; i--)
    if (contra_tokens_is_punct (r->t, i - 1, ',') || contra_tokens_is_punct (r->t, i - 1, ';')
        || contra_tokens_is_punct (r->t, i - 1, '(') || contra_tokens_is_punct (r->t, i - 1, ':')
        || contra_tokens_is_punct (r->t, i - 1, '\t'))
      return i;
  return start;
}

/* A short opening prepositional phrase with no comma after it ("At its strongest the
 * cyclone had ...", "In 2009 organizers claimed ..."): the subject begins at the
 * article or the existential "there" that opens the next phrase, or right after a
 * date that is the preposition's object. @i is the preposition; returns @i when the
 * phrase's end cannot be told. */
static guint
after_short_opening (const Reader *r, guint i)
{
  const ContraTokens *t = r->t;
  guint n_mentions = r->mentions->mentions->len;
  const ContraMention *value = covering (r, i + 1, n_mentions, CONTRA_MENTION_VALUE);

  if (value != NULL && value->first == i + 1 && value->value.type == CONTRA_VALUE_DATE)
    return value->last < t->n_tokens && t->tokens[value->last].kind == CONTRA_TOKEN_WORD
               && !word_of (r, value->last, r->set->word_preposition)
               && !word_of (r, value->last, r->set->word_connector)
             ? value->last
             : i;
  for (guint k = i + 2; k < t->n_tokens && k <= i + MAX_OPENING; k++)
    {
      /* "At the 2001 census the town ...": a date inside the phrase. */
      const ContraMention *inside = covering (r, k, n_mentions, CONTRA_MENTION_VALUE);
      if (inside != NULL && inside->value.type == CONTRA_VALUE_DATE)
        continue;
      if (t->tokens[k].kind != CONTRA_TOKEN_WORD)
        return i;
      if (word_of (r, k, r->set->word_existential)
          || (word_of (r, k, r->set->word_determiner) && !word_of (r, k - 1, r->set->word_preposition)))
        return k;
      /* "In the 2001 census Oxley Reach had ...": a name after the phrase's noun; "At
       * the 2011 census it had ...": a pronoun (not the object of "of it"). */
      if (k >= i + 3 && capitalized (r, k) && !capitalized (r, k - 1))
        return k;
      if (word_of (r, k, r->set->word_pronoun) && !word_of (r, k - 1, r->set->word_preposition)
          && !is_partitive (r, k - 1))
        return k;
    }
  return i;
}

/* TRUE when the sentence opens with a present participle whose clause a comma ends
 * before any verb: "Covering 80 hectares, it has ...". Not a name ending so
 * ("Beijing has ..., the most", "Sterling Bank, ..."). */
static gboolean
opening_progressive (const Reader *r)
{
  const ContraTokens *t = r->t;
  const char *fold = contra_tokens_fold (t, 0);

  if (strlen (fold) <= 5 || !g_str_has_suffix (fold, "ing") || t->n_tokens < 3 || capitalized (r, 1)
      || contra_tokens_is_punct (t, 1, ','))
    return FALSE;
  for (guint k = 1; k < t->n_tokens; k++)
    {
      if (contra_tokens_is_punct (t, k, ','))
        return TRUE;
      if (word_of (r, k, r->set->word_auxiliary) || word_of (r, k, r->set->word_possession))
        return FALSE;
    }
  return FALSE;
}

/* TRUE when the sentence opens at token @i with a participle clause ("Built by Corran
 * Marine at Dunmere, the ship ...", "Launched in 1908, she ...", "Covering 80
 * hectares, it ..."): a predicate the frame reader knows, a past form before a
 * preposition, or a present participle. */
static gboolean
opening_participle (const Reader *r, guint i)
{
  if (i != 0 || r->mentions == NULL)
    return FALSE;
  const ContraMention *c = covering (r, 0, r->mentions->mentions->len, CONTRA_MENTION_CONCEPT);
  if (c != NULL && c->first == 0 && r->set->frame_predicate[c->term.head->index])
    return TRUE;
  return (looks_past (r, 0) && (word_of (r, 1, r->set->word_preposition) || word_of (r, 1, r->set->word_agent)))
         || opening_progressive (r);
}

/* The first token after a leading prepositional phrase, subordinate clause or
 * participle clause and its comma ("In the end, ...", "Since it opened, ..."), or
 * after a word for the present ("Today the museum owns ..."): where the sentence's
 * subject begins. */
static guint
find_opening (const Reader *r)
{
  const ContraTokens *t = r->t;
  guint i = 0;

  if (t->n_tokens > 2
      && (contra_language_is (t->language, CONTRA_WORDS_TODAY, t, 0)
          || contra_language_is (t->language, CONTRA_WORDS_NOW, t, 0)))
    i = contra_tokens_is_punct (t, 1, ',') ? 2 : 1;

  for (;;)
    {
      gboolean preposition = word_of (r, i, r->set->word_preposition);
      if (i >= t->n_tokens || !(preposition || word_of (r, i, r->set->word_subordinator) || opening_participle (r, i)))
        return i;
      guint j = i;
      while (j < t->n_tokens && !contra_tokens_is_punct (t, j, ','))
        j++;
      /* A comma after a verb ends a clause, not the opening phrase: "At the 2001
       * census the town had 8,412 inhabitants, most of them ...", "In 2019 the company
       * employed 9,800 people, about a third of them ...". */
      gboolean verb = FALSE;
      for (guint k = i + 1; k < j && !verb; k++)
        verb = word_of (r, k, r->set->word_auxiliary) || word_of (r, k, r->set->word_possession)
               || word_of (r, k, r->set->word_people_count);
      if (j == t->n_tokens || (verb && preposition))
        return preposition ? after_short_opening (r, i) : i;
      i = j + 1;
    }
}

/* The first phrase of the sentence, after a leading prepositional phrase and its comma
 * ("In the end, with 87 tornadoes confirmed, it was ..."): its subject, as far as the
 * reader can tell, ending before token @end. Existential "there" gives an empty
 * phrase and sets @existential. */
static Phrase
sentence_subject (const Reader *r, guint end, guint n_mentions, gboolean *existential)
{
  guint i = r->opening;

  *existential = FALSE;
  if (word_of (r, i, r->set->word_existential))
    {
      *existential = TRUE;
      return (Phrase) {i, i, FALSE};
    }
  return i < end ? phrase_after (r, i, end, n_mentions) : (Phrase) {i, i, FALSE};
}

/* TRUE when the sentence says what @subject is up to token @end: "is", an article,
 * and a noun phrase with no verb of its own ("is the second studio album by the Welsh
 * band Marram Grass"). */
static gboolean
defines (const Reader *r, const Phrase *subject, guint end)
{
  guint verb = subject->last;

  if (verb + 2 >= end || !word_of (r, verb, r->set->word_auxiliary) || word_of (r, verb, r->set->word_have)
      || !contra_language_is (r->t->language, CONTRA_WORDS_ARTICLES, r->t, verb + 1))
    return FALSE;
  for (guint i = verb + 2; i < end; i++)
    if (r->t->tokens[i].kind == CONTRA_TOKEN_PUNCT || word_of (r, i, r->set->word_auxiliary)
        || word_of (r, i, r->set->word_relative)
        || covering (r, i, r->mentions->mentions->len, CONTRA_MENTION_CONCEPT) != NULL)
      return FALSE;
  return TRUE;
}

/* The name that opens the sentence, when a relative clause or an age set off by
 * commas stands between it and the predicate at @end: "Ingrid Solvang, who died in
 * 1998, was born on 3 March 1921". Empty otherwise. */
static Phrase
subject_past_relative (const Reader *r, guint end, guint n_mentions, gboolean *passive)
{
  Phrase none = {end, end, FALSE};
  guint i = end;

  *passive = FALSE;
  while (i > 0 && between_subject_and_verb (r, i - 1, n_mentions))
    {
      *passive |= word_of (r, i - 1, r->set->word_auxiliary);
      i--;
    }
  if (i < 2 || !contra_tokens_is_punct (r->t, i - 1, ','))
    return none;
  /* An age set off by commas: "Haldis Moe, 64, was born in 1958". */
  if (i >= 4 && r->t->tokens[i - 2].kind == CONTRA_TOKEN_NUMBER && contra_tokens_is_punct (r->t, i - 3, ','))
    {
      Phrase name = name_before (r, 0, i - 3, n_mentions);
      return name.first == r->opening && name.first < name.last ? name : none;
    }
  for (guint j = i - 1; j > 0 && i - j < 30; j--)
    if (contra_tokens_is_punct (r->t, j - 1, ',') && word_of (r, j, r->set->word_relative))
      {
        Phrase name = name_before (r, 0, j - 1, n_mentions);
        return name.first == r->opening && name.first < name.last ? name : none;
      }
  return none;
}

/* The first token of a phrase of the lexicon that ends right before token @i and is a
 * @a or a @b (either may be NULL); G_MAXUINT when none does. */
static guint
phrase_before (const Reader *r, guint i, const ContraConcept *a, const ContraConcept *b)
{
  for (guint n = 1; n <= 3 && n <= i; n++)
    {
      const ContraConcept *c = NULL;
      if (r->t->tokens[i - n].kind == CONTRA_TOKEN_WORD && contra_lexicon_match (r->set->lexicon, r->t, i - n, &c) == n
          && ((a != NULL && contra_concept_is_a (c, a)) || (b != NULL && contra_concept_is_a (c, b))))
        return i - n;
    }
  return G_MAXUINT;
}

/* The first token of a verb that makes its subject what follows it ("served as",
 * lexicon word/copula) ending right before token @i; @i when there is none. */
static guint
copula_before (const Reader *r, guint i)
{
  guint copula = phrase_before (r, i, r->set->word_copula, NULL);
  return copula != G_MAXUINT ? copula : i;
}

static const char *
read_predicate (const Reader *r, guint predicate, guint n_mentions, const char *previous)
{
  const ContraMention *pred = mention (r, predicate);
  const ContraTokens *t = r->t;
  guint end = t->n_tokens;

  /* "production of the Toyota Supra began": the process's "of" phrase; in a story
   * about a thing, a process alone is the topic's ("Construction began in 2017"). */
  for (guint k = 0; r->set->process != NULL && k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind == CONTRA_MENTION_CONCEPT && m->clause == pred->clause && m->last <= pred->phrase_first
          && contra_concept_is_a (m->term.head, r->set->process) && is_partitive (r, m->last)
          && !inside_name (r, m))
        {
          Phrase p = phrase_after (r, m->last + 1, pred->phrase_first, n_mentions);
          if (p.first < p.last)
            return add_entity (r, predicate, &p, NULL);
        }
      if (m->kind != CONTRA_MENTION_CONCEPT || m->last != pred->first || r->topic == NULL
          || !contra_concept_is_a (m->term.head, r->set->process))
        continue;
      guint first = m->first;
      if (first > r->opening && word_of (r, first - 1, r->set->word_determiner)
          && !word_of (r, first - 1, r->set->word_possessive))
        first--;
      if (first == r->opening)
        {
          Phrase none = {pred->first, pred->first, FALSE};
          return add_entity (r, predicate, &none, NULL);
        }
    }
  /* "the death of Karl Weyprecht"; not an office's place ("mayor of Holbaek" is held
   * by the subject). */
  gboolean office = r->set->office != NULL && contra_concept_is_a (pred->term.head, r->set->office);
  if (is_partitive (r, pred->last) && !office)
    {
      Phrase p = phrase_after (r, pred->last + 1, end, n_mentions);
      if (p.first < p.last)
        return add_entity (r, predicate, &p, previous);
    }
  /* "unemployment in Valdria", "turnout in the Kessling election": a measure noun's
   * name after a preposition of scope (a place, an event), not "the height in feet". */
  if (r->set->attribute != NULL && contra_concept_is_a (pred->term.head, r->set->attribute)
      && word_of (r, pred->last, r->set->word_scope))
    {
      Phrase p = phrase_after (r, pred->last + 1, end, n_mentions);
      guint head = p.first < p.last && word_of (r, p.first, r->set->word_determiner) ? p.first + 1 : p.first;
      if (p.first < p.last && !p.pronoun && capitalized (r, head))
        return add_entity (r, predicate, &p, previous);
    }
  /* "Julian Lewis Jones (born 21 August 1968)" */
  if (pred->phrase_first > 0 && contra_tokens_is_punct (t, pred->phrase_first - 1, '('))
    {
      guint bracket = pred->phrase_first - 1;
      Phrase p = name_before (r, 0, bracket, n_mentions);
      return add_entity (r, predicate, &p, previous);
    }

  /* "Since its foundation in 1846", "its 1,320 m (4,330 ft) central span": a
   * possessive pronoun's, a measure of it between them. */
  guint owner = pred->phrase_first;
  const ContraMention *measure = owner > 0 ? covering (r, owner - 1, n_mentions, CONTRA_MENTION_VALUE) : NULL;
  if (measure != NULL && measure->value.type == CONTRA_VALUE_QUANTITY)
    owner = measure->first;
  if (owner > 0 && word_of (r, owner - 1, r->set->word_possessive))
    {
      Phrase pronoun = {owner - 1, owner, TRUE};
      return add_entity (r, predicate, &pronoun, NULL);
    }
  /* "Launched in 1908, she carried ...": a participle that opens the sentence is about
   * the subject after its comma. */
  if (pred->phrase_first == 0)
    {
      guint comma = pred->last;
      while (comma < end && !contra_tokens_is_punct (t, comma, ',') && !contra_tokens_is_punct (t, comma, '('))
        comma++;
      if (contra_tokens_is_punct (t, comma, ','))
        {
          Phrase p = phrase_after (r, comma + 1, end, n_mentions);
          if (p.first < p.last)
            return add_entity (r, predicate, &p, NULL);
        }
    }

  /* A label ("Distance:<TAB>630 km", "Born<TAB>1968") is about the topic. */
  if (is_label_end (r, pred->last))
    {
      Phrase none = {pred->first, pred->first, FALSE};
      return add_entity (r, predicate, &none, NULL);
    }

  /* "the Osprey, a 1978 ferry that cost $6 million": a relative clause is about the
   * phrase before its pronoun. */
  /* "who served as mayor": the subject is before the copula's words. */
  guint head = copula_before (r, pred->phrase_first);
  Phrase relative = relative_subject (r, head, n_mentions);
  /* "Kvist Marine is a Norwegian shipbuilder founded in 1962": a participle after what
   * the copula says the name is. */
  if (relative.first == relative.last && looks_past (r, pred->first))
    {
      guint k = head;
      while (k > 0 && head - k < 4 && t->tokens[k - 1].kind == CONTRA_TOKEN_WORD && !is_grammar_word (r, k - 1)
             && !covered_by_value (r, k - 1, n_mentions))
        k--;
      if (k < head && k > 0)
        relative = copula_subject (r, k - 1, n_mentions);
    }
  if (relative.first < relative.last)
    return add_entity (r, predicate, &relative, NULL);

  /* A measure noun with no "of" is the sentence subject's: "Mount Carrow has a height
   * of 2,310 metres". */
  if (r->set->attribute != NULL && contra_concept_is_a (pred->term.head, r->set->attribute))
    {
      /* A table's column heading ("Stage,<TAB>Distance,<TAB>Winner") measures nothing. */
      if (contra_tokens_is_punct (t, pred->last, ',')
          && (is_tab (r, pred->last + 1) || pred->phrase_first == 0 || is_tab (r, pred->phrase_first - 1)))
        return NULL;
      gboolean existential;
      /* "With a surface area of 95 square miles, it is ...": a measure in the opening
       * phrase is of the subject after it. */
      guint opening = r->opening;
      guint before = pred->phrase_first < opening ? t->n_tokens : pred->phrase_first;
      Phrase subject = sentence_subject (r, before, n_mentions, &existential);
      /* "The population was 12,345 at the 2010 census": the measure is the subject;
       * what it measures is the topic. */
      if (subject.first == subject.last
          && (pred->phrase_first == opening
              || (pred->phrase_first == opening + 1 && word_of (r, opening, r->set->word_determiner)))
          && word_of (r, pred->last, r->set->word_auxiliary))
        {
          Phrase none = {pred->first, pred->first, FALSE};
          return add_entity (r, predicate, &none, NULL);
        }
      if (subject.first == subject.last && !existential)
        return NULL;
      return add_entity (r, predicate, &subject, NULL);
    }

  guint start = clause_start (r, predicate, n_mentions);
  gboolean passive = FALSE;
  Phrase subject = subject_before (r, start, head, n_mentions, &passive);
  if (subject.first == subject.last)
    subject = subject_past_relative (r, head, n_mentions, &passive);

  /* "they founded the Odinist Fellowship"; but "she became director" is about her, and
   * the post after it is what she took (read_post()). */
  gboolean post = r->set->event_post != NULL && contra_concept_is_a (pred->term.head, r->set->event_post);
  if (!passive && !post && !office && subject.first < subject.last
      && !word_of (r, pred->last, r->set->word_preposition))
    {
      Phrase object = phrase_after (r, pred->last, end, n_mentions);
      if (object.first < object.last)
        return add_entity (r, predicate, &object, NULL);
      /* An object the reader cannot delimit ("established diplomatic relations",
       * "released a statement"): the frame is about it, not about the subject. */
      if (pred->last < end && r->t->tokens[pred->last].kind == CONTRA_TOKEN_WORD
          && !covered_by_value (r, pred->last, n_mentions)
          && (!is_grammar_word (r, pred->last) || word_of (r, pred->last, r->set->word_connector)))
        return NULL;
    }
  /* A predicate with no subject phrase is about the subject before it in the sentence
   * ("... and died in 1881"), or the topic when it opens a fact box line ("Born<TAB>
   * 1968", "Opened: 1 May 2019") or the sentence. After a comma it qualifies a noun
   * ("the clean-up of the base, completed last year") the reader cannot tell: nothing. */
  if (subject.first == subject.last)
    {
      guint i = pred->phrase_first;
      while (i > start && between_subject_and_verb (r, i - 1, n_mentions))
        i--;
      /* A noun's article: "The maiden crossing on May 13 ended a wait". */
      if (i > start && contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, i - 1))
        i--;
      gboolean coordinated = i > 0 && contra_language_is (t->language, CONTRA_WORDS_AND, t, i - 1);
      gboolean opens = i == start
                       && (start == 0 || contra_tokens_is_punct (t, start - 1, ':')
                           || contra_tokens_is_punct (t, start - 1, '\t'));
      if (coordinated && previous != NULL)
        return add_entity (r, predicate, &subject, previous);
      /* "The construction contract, signed in March 2017, ...": a participle set off
       * after the sentence's first phrase is about that phrase. */
      if (i == start && start > 0 && contra_tokens_is_punct (t, start - 1, ','))
        {
          gboolean existential;
          Phrase first = sentence_subject (r, start - 1, n_mentions, &existential);
          if (first.first < first.last && first.last == start - 1 && !first.pronoun)
            return add_entity (r, predicate, &first, NULL);
          /* "Low Tide Hymns is the second studio album by Marram Grass, released on 4
           * October 1993": after a sentence that says what its subject is, the
           * participle describes that subject. */
          if (first.first < first.last && !first.pronoun && defines (r, &first, start - 1))
            return add_entity (r, predicate, &first, NULL);
        }
      if (!opens)
        return NULL;
      previous = NULL;
    }
  return add_entity (r, predicate, &subject, previous);
}

/* ---- lifespans --------------------------------------------------------------------------- */

static gint
date_at (const Reader *r, guint first, guint n_mentions)
{
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_DATE && m->first == first)
        return (gint) k;
    }
  return -1;
}

/* An implied predicate over a date, which alone it takes. */
static void
add_lifespan_end (Reader *r, const ContraConcept *event, guint date, const Phrase *name)
{
  ContraMention *d = &g_array_index (r->mentions->mentions, ContraMention, date);
  guint first = d->first, last = d->last, clause = d->clause;
  guint index = r->mentions->mentions->len;

  ContraMention *m = contra_mentions_add (r->mentions, CONTRA_MENTION_CONCEPT, first, last);
  m->term.head = event;
  m->clause = clause;
  d = &g_array_index (r->mentions->mentions, ContraMention, date);
  d->attached = (gint) index;
  add_entity (r, index, name, NULL);
}

/* "Name (8 September 1838 – 2 March 1881)": a birth and a death. */
static void
read_lifespans (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->set->event_birth == NULL || r->set->event_death == NULL)
    return;
  for (guint i = 0; i + 1 < t->n_tokens; i++)
    {
      if (!contra_tokens_is_punct (t, i, '('))
        continue;
      gint born = date_at (r, i + 1, n_mentions);
      if (born < 0)
        continue;
      guint dash = mention (r, (guint) born)->last;
      if (!contra_tokens_is_dash (t, dash))
        continue;
      gint died = date_at (r, dash + 1, n_mentions);
      if (died < 0 || !contra_tokens_is_punct (t, mention (r, (guint) died)->last, ')'))
        continue;
      /* The name before the bracket, or the sentence's first name ("Karl Weyprecht,
       * also spelt Carl Weyprecht, (8 September 1838 – ...)"). */
      Phrase name = name_before (r, 0, i, n_mentions);
      if (name.first == name.last)
        name = phrase_after (r, 0, i, n_mentions);
      if (name.first == name.last)
        continue;
      if (!names_topic (r, &name))
        {
          Phrase first = phrase_after (r, 0, i, n_mentions);
          if (first.first < first.last && names_topic (r, &first))
            name = first;
        }
      add_lifespan_end (r, r->set->event_birth, (guint) born, &name);
      add_lifespan_end (r, r->set->event_death, (guint) died, &name);
    }
}

/* ---- measures --------------------------------------------------------------------------- */

/* "about 43 miles (69 km) northeast of Berlin": a distance from a place. */
static void
read_distances (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;
  gboolean existential;

  if (r->set->attribute_distance == NULL || r->set->word_direction == NULL
      || !r->set->frame_predicate[r->set->attribute_distance->index])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_QUANTITY)
        continue;
      guint i = m->last;
      /* Past a conversion in brackets: "43 miles (69 km) northeast". */
      if (contra_tokens_is_punct (t, i, '('))
        {
          while (i < t->n_tokens && !contra_tokens_is_punct (t, i, ')'))
            i++;
          i++;
        }
      guint direction = i;
      while (i < t->n_tokens)
        {
          /* "north", "south-west" (one alias over three tokens) */
          const ContraConcept *c = NULL;
          guint span = t->tokens[i].kind == CONTRA_TOKEN_WORD ? contra_lexicon_match (r->set->lexicon, t, i, &c) : 0;
          if (span > 0 && contra_concept_is_a (c, r->set->word_direction))
            i += span;
          else if (contra_tokens_is_dash (t, i))
            i++;
          else
            break;
        }
      /* "27 miles south-west of Hadersholm", "55 km from Hadersholm" (a literal, as
       * the distance pattern is the one place that reads "from"). */
      if (!((i > direction && is_partitive (r, i)) || contra_tokens_is_word (t, i, "from")))
        continue;
      Phrase place = phrase_after (r, i + 1, t->n_tokens, n_mentions);
      if (place.first == place.last || place.pronoun)
        continue;
      guint clause = m->clause;
      guint predicate = r->mentions->mentions->len;
      ContraMention *d = contra_mentions_add (r->mentions, CONTRA_MENTION_CONCEPT, direction, i);
      d->term.head = r->set->attribute_distance;
      d->clause = clause;
      Phrase subject = sentence_subject (r, t->n_tokens, n_mentions, &existential);
      add_entity (r, predicate, &subject, NULL);
      g_autofree char *label = phrase_text (r, &place);
      const char *key = contra_entity_key (label);
      if (key != NULL)
        add_entity_key (r, predicate, CONTRA_ROLE_PLACE, key, label, place.first, place.last);
    }
}

/* TRUE when token @i is a word of a noun phrase's key: not a number, a scale word or a
 * connector, nor a possessive's "'s". */
static gboolean
key_word (const Reader *r, guint i)
{
  const ContraTokens *t = r->t;

  return t->tokens[i].kind == CONTRA_TOKEN_WORD && !contra_tokens_is_possessive (t, i)
         && contra_words_cardinal (contra_tokens_fold (t, i)) < 0 && contra_words_scale (contra_tokens_fold (t, i)) == 0
         && !word_of (r, i, r->set->word_connector);
}

/* The words of a noun phrase in tokens [@from, @to) as a key of @kind, its last word
 * made singular and the first of its synonyms (lang/en/kinds.yaml): "live albums" ->
 * "count/live-album", "the state's apple harvest" -> "of/state-apple-crop". Numbers and
 * connectors are left out. Returns an interned key and its words in @label ("state's
 * apple harvest"), or NULL when there is no word. */
static const char *
noun_key (const Reader *r, guint from, guint to, const char *kind, char **label)
{
  g_autoptr (GString) words = g_string_new (NULL);
  g_autoptr (GString) key = g_string_new (kind);
  const ContraTokens *t = r->t;
  guint last_word = G_MAXUINT;

  for (guint i = from; i < to; i++)
    if (key_word (r, i))
      last_word = i;
  if (last_word == G_MAXUINT)
    return NULL;
  g_string_append_c (key, '/');
  for (guint i = from; i <= last_word; i++)
    {
      if (i > from && contra_tokens_is_possessive (t, i) && key_word (r, i - 1))
        g_string_append (words, contra_tokens_plain (t, i));
      if (!key_word (r, i))
        continue;
      if (words->len > 0)
        {
          g_string_append_c (words, ' ');
          g_string_append_c (key, '-');
        }
      const ContraMention *c = i == last_word ? covering (r, i, r->mentions->mentions->len, CONTRA_MENTION_CONCEPT)
                                              : NULL;
      if (c != NULL && r->set->sum != NULL && c->term.head != r->set->sum
          && contra_concept_is_a (c->term.head, r->set->sum))
        {
          /* A kind of sum names it: "funds" and "funding" are "money". */
          g_string_append (words, strchr (c->term.head->id, '/') + 1);
          g_string_append (key, strchr (c->term.head->id, '/') + 1);
          break;
        }
      if (i == last_word)
        {
          g_autofree char *form = word_form (contra_tokens_plain (t, i));
          g_string_append (words, form);
          g_string_append (key, contra_kinds_synonym (contra_language_kinds (t->language), form));
        }
      else
        {
          g_string_append (words, contra_tokens_fold (t, i));
          g_string_append (key, contra_tokens_fold (t, i));
        }
    }
  *label = g_strdup (words->str);
  return contra_intern (key->str);
}

/* The concept of a verb of people counts (lexicon word/people-count) at token @i, or
 * NULL. A verb of dying is one: "14 people died" counts deaths as "killed 14 people"
 * does (its concept's id ends with "death" as word/people-count/death does). */
static const ContraConcept *
people_count_verb (const Reader *r, guint i)
{
  const ContraConcept *verb = NULL;

  if (i >= r->t->n_tokens || r->t->tokens[i].kind != CONTRA_TOKEN_WORD
      || contra_lexicon_match (r->set->lexicon, r->t, i, &verb) != 1
      || !(contra_concept_is_a (verb, r->set->word_people_count)
           || (r->set->event_death != NULL && contra_concept_is_a (verb, r->set->event_death))))
    return NULL;
  return verb;
}

/* The counted noun of a count mention, as a key: "two live albums" -> "count/live-album". */
static const char *
counted_key (const Reader *r, const ContraMention *m, char **label)
{
  const ContraTokens *t = r->t;
  guint from = m->first;

  /* The noun comes after the number: "about 61,000 inhabitants". */
  for (guint i = m->first; i < m->last; i++)
    if (t->tokens[i].kind == CONTRA_TOKEN_NUMBER
        || (t->tokens[i].kind == CONTRA_TOKEN_WORD
            && (contra_words_cardinal (contra_tokens_fold (t, i)) >= 0
                || contra_words_scale (contra_tokens_fold (t, i)) != 0
                || contra_language_group (t->language, contra_tokens_fold (t, i)) > 0)))
      from = i + 1;
  /* "forty years" is a duration, not a count of things. */
  if (m->last > from && word_of (r, m->last - 1, r->set->word_time_unit))
    return NULL;
  /* "killed 14 people" counts deaths, as "nineteen deaths" does; "employed 9,800
   * people" counts employees (lexicon word/people-count/<noun>). */
  const ContraConcept *verb = NULL;
  if (m->first > 0 && m->value.u.amount.unit != NULL && g_str_equal (m->value.u.amount.unit, "person")
      && (verb = people_count_verb (r, m->first - 1)) != NULL)
    {
      const char *noun = strrchr (verb->id, '/') + 1;
      g_autofree char *key = g_strconcat ("count/", noun, NULL);
      *label = g_strdup (noun);
      return contra_intern (key);
    }
  return noun_key (r, from, m->last, "count", label);
}

/* The noun written at tokens [@first, @last) with no number before it, as a counted
 * key: a fact box's label ("Live albums<TAB>2"), a compound's noun ("six-lane"), the
 * noun before a list ("the villages of A, B and C"). */
static const char *
words_counted_key (const Reader *r, guint first, guint last, char **label)
{
  ContraMention words = {0};

  words.first = first;
  words.last = last;
  return counted_key (r, &words, label);
}

/* Adds the count at tokens [@first, @last) as what the topic has of @counted. Mention
 * @k is the count, or a bare number that becomes one, its unit the counted noun. */
static void add_count (Reader *r, guint k, guint first, guint last, const Phrase *about, const char *counted,
                       const char *what, const char *done);

static void
add_topic_count (Reader *r, guint k, guint first, guint last, const char *counted, const char *what)
{
  add_count (r, k, first, last, NULL, counted, what, NULL);
}

/* Adds the count at tokens [@first, @last) as what @about (NULL: the topic) has of
 * @counted, or did to them when the verb @done is given ("apple varieties bred").
 * Mention @k is the count, or a bare number that becomes one, its unit the counted
 * noun. */
static void
add_count (Reader *r, guint k, guint first, guint last, const Phrase *about, const char *counted, const char *what,
           const char *done)
{
  const ContraMention *m = mention (r, k);
  guint index = k;

  if (has_entity (r, k))
    return; /* another reader's already */
  /* The count's unit is the counted noun, as the count reader writes it ("album");
   * "killed 14 people" counts deaths. */
  const char *head = strrchr (what, ' ');
  const char *unit = contra_unit_intern (head != NULL ? head + 1 : what);

  if (m->value.type == CONTRA_VALUE_COUNT)
    g_array_index (r->mentions->mentions, ContraMention, k).value.u.amount.unit = unit;
  if (m->value.type == CONTRA_VALUE_NUMBER)
    {
      double value = m->value.u.amount.value, precision = m->value.u.amount.precision;
      guint clause = m->clause;
      index = r->mentions->mentions->len;
      ContraMention *c = contra_mentions_add (r->mentions, CONTRA_MENTION_VALUE, first, last);
      c->clause = clause;
      c->value.type = CONTRA_VALUE_COUNT;
      c->value.u.amount.value = value;
      c->value.u.amount.precision = precision;
      c->value.u.amount.unit = unit;
      g_autofree char *text = phrase_text (r, &(Phrase) {first, last, FALSE});
      c->value.text = contra_collapse_space (text, -1);
    }
  Phrase none = {first, first, FALSE};
  add_entity (r, index, about != NULL ? about : &none, NULL);
  /* "the number of passengers": the label names the counted things in the plural. */
  g_autofree char *plural = contra_language_plural (r->t->language, head != NULL ? head + 1 : what);
  g_autofree char *label
    = head != NULL ? g_strdup_printf ("%.*s %s", (int) (head - what), what, plural) : g_strdup (plural);
  if (done != NULL)
    {
      char *with = g_strdup_printf ("%s %s", label, done);
      g_free (label);
      label = with;
    }
  add_entity_key (r, index, CONTRA_ROLE_COUNTED, counted, label, first, last);
}

/* TRUE when the sentence opens with a span of time ("In her first month, the ship
 * carried 31,000 passengers"): its counts are a flow over that span, not what the
 * topic has. */
static gboolean
over_a_period (const Reader *r)
{
  guint opening = r->opening;

  for (guint i = 0; i < opening; i++)
    if (word_of (r, i, r->set->word_time_unit))
      return TRUE;
  return FALSE;
}

/* TRUE when a relative pronoun stands in [@from, @to): what follows it has the
 * clause's subject, not the sentence's ("She replaces the Osprey, which carried 350
 * passengers"). */
static gboolean
in_relative_clause (const Reader *r, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    if (contra_language_is (r->t->language, CONTRA_WORDS_RELATIVE_PRONOUNS, r->t, i))
      return TRUE;
  return FALSE;
}

/* TRUE when a relative clause between tokens @from and @to is about something else
 * than the phrase ending at @from: one that opens right after it (", which flies 54
 * aircraft") is about it. */
static gboolean
in_other_relative_clause (const Reader *r, guint from, guint to)
{
  guint own = from < r->t->n_tokens && contra_tokens_is_punct (r->t, from, ',') ? from + 1 : from;

  for (guint i = from; i < to; i++)
    if (i != own && contra_language_is (r->t->language, CONTRA_WORDS_RELATIVE_PRONOUNS, r->t, i))
      return TRUE;
  return FALSE;
}

/* Counts in a reference article about its topic: "Emperor has released two live
 * albums", "There were 69 tornadoes confirmed", a fact box line "Live albums<TAB>1". */
static void
read_whole_topic_counts (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;
  gboolean existential;

  Phrase subject = sentence_subject (r, t->n_tokens, n_mentions, &existential);
  gboolean label = FALSE;
  if (over_a_period (r))
    return;
  /* "Live albums<TAB>1": the words before a tab name what the number after it counts. */
  for (guint i = 1; i + 1 < t->n_tokens && !label; i++)
    label = is_tab (r, i) && t->tokens[i + 1].kind == CONTRA_TOKEN_NUMBER;
  if (!existential && !label && !(subject.first < subject.last && (subject.pronoun || names_topic (r, &subject))))
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || (m->value.type != CONTRA_VALUE_COUNT && m->value.type != CONTRA_VALUE_NUMBER))
        continue;
      g_autofree char *what = NULL;
      const char *counted = NULL;
      guint first = m->first;
      if (in_other_relative_clause (r, subject.last, m->first))
        continue;
      if (m->value.type == CONTRA_VALUE_COUNT)
        counted = counted_key (r, m, &what);
      else if (m->first >= 2 && is_tab (r, m->first - 1))
        {
          /* The label's words: back to the line's start or a comma. */
          guint from = m->first - 1;
          while (from > 0 && t->tokens[from - 1].kind == CONTRA_TOKEN_WORD)
            from--;
          /* "Number of employees<TAB>14,200" counts employees. */
          first = from;
          from += contra_language_phrase_at (t->language, CONTRA_WORDS_COUNT_LABEL_OPENERS, t, from);
          counted = words_counted_key (r, from, m->first - 1, &what);
        }
      if (counted != NULL)
        add_topic_count (r, k, first, m->last, counted, what);
    }
}

/* TRUE when the subject of the verb at token @verb opens the sentence and is the
 * topic: "It", "The bridge", "The Calder Narrows Bridge". */
static gboolean
topic_subject_of (const Reader *r, guint verb, guint n_mentions)
{
  gboolean passive, existential;
  Phrase subject = subject_before (r, 0, verb, n_mentions, &passive);
  Phrase opening = sentence_subject (r, r->t->n_tokens, n_mentions, &existential);
  /* "The ferry Storlinge, which has room for 1,500 passengers": the relative's noun. */
  Phrase relative = relative_subject (r, verb, n_mentions);

  if (relative.first < relative.last)
    return names_topic (r, &relative);
  if (subject.first == subject.last)
    return FALSE;
  /* A personal pronoun opening a coordinated clause stands for the topic too: "She is
   * 466 feet long, and she carries 600 passengers". */
  gboolean clause = subject.pronoun && subject.first > 0
                    && !contra_language_is (r->t->language, CONTRA_WORDS_RELATIVE_PRONOUNS, r->t, subject.first)
                    && (contra_tokens_is_punct (r->t, subject.first - 1, ',')
                        || contra_language_is (r->t->language, CONTRA_WORDS_CONJUNCTIONS, r->t, subject.first - 1));
  if (subject.first != opening.first && !clause)
    return FALSE;
  if (in_relative_clause (r, subject.last, verb))
    return FALSE;
  return subject.pronoun ? !word_of (r, subject.first, r->set->word_possessive) : names_topic (r, &subject);
}

/* The counted noun of a compound "six-lane" at tokens [@first, @first + 3): a number,
 * a hyphen and a noun that is not a unit ("14-foot" is a length) nor the first part of
 * a longer compound ("90-year-old"). Returns its key, or NULL. */
static const char *
compound_count_key (const Reader *r, guint first, char **label)
{
  const ContraTokens *t = r->t;
  guint noun = first + 2, span;

  if (noun + 1 >= t->n_tokens || !contra_tokens_is_dash (t, first + 1) || t->tokens[noun].kind != CONTRA_TOKEN_WORD
      || t->tokens[noun + 1].kind != CONTRA_TOKEN_WORD || contra_units_at (t, noun, CONTRA_UNIT_AFTER_NUMBER, &span))
    return NULL;
  return words_counted_key (r, noun, noun + 1, label);
}

/* Counts in a compound in a description of the topic: "The six-lane bridge replaces
 * ...". Not in a description of anything else ("a two-lane truss"). */
static void
read_compound_counts (Reader *r, guint n_mentions)
{
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_NUMBER || m->last != m->first + 1
          || m->first == 0 || !word_of (r, m->first - 1, r->set->word_determiner))
        continue;
      g_autofree char *what = NULL;
      const char *counted = compound_count_key (r, m->first, &what);
      if (counted == NULL)
        continue;
      /* The words after the compound name the topic: "bridge", "Calder Narrows Bridge". */
      guint end = m->first + 3;
      while (end < r->t->n_tokens && r->t->tokens[end].kind == CONTRA_TOKEN_WORD
             && names_topic (r, &(Phrase) {end, end + 1, FALSE}))
        end++;
      if (end > m->first + 3)
        add_topic_count (r, k, m->first, m->first + 3, counted, what);
    }
}

/* The measure a quantity of @dimension written before the phrase ending at token
 * @last - 1 states: the extent lang/en/kinds.yaml gives the phrase's last word or a
 * kind the text gave the topic ("the 178-metre tower": its height; "the 118-minute
 * film": its running time), else what the dimension states of anything ("the
 * 280-kilometre Velder": its length). NULL when the file says nothing of it. */
static const char *
measure_before (const Reader *r, guint last, const char *dimension)
{
  const char *measure = word_extent (r, last - 1, dimension);

  if (measure == NULL)
    measure = topic_extent (r, dimension);
  return measure != NULL ? measure : contra_kinds_measure (contra_language_kinds (r->t->language), dimension, NULL);
}

/* Quantities in a compound before the topic's name or a word of it: "the
 * 280-kilometre Velder", "the 178-metre Orlen Tower" (its height), "the 1,150-kilogram
 * satellite" (its weight: lang/en/kinds.yaml `measures`). Not before anything else ("a
 * 30-metre barge"). */
static void
read_compound_measures (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      const ContraUnit *unit
        = m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_QUANTITY && m->value.u.amount.unit != NULL
            ? contra_unit_find (m->value.u.amount.unit)
            : NULL;
      if (unit == NULL || m->first == 0 || m->last != m->first + 3 || !contra_tokens_is_dash (t, m->first + 1))
        continue;
      /* "the 280-kilometre Velder", or in apposition to the topic: "The Aldren, a
       * 213-kilometre river, joins ...". */
      gboolean apposition = m->first >= 3
                            && contra_language_is (t->language, CONTRA_WORDS_INDEFINITE_ARTICLES, t, m->first - 1)
                            && contra_tokens_is_punct (t, m->first - 2, ',')
                            && names_topic (r, &(Phrase){m->first - 3, m->first - 2, FALSE});
      if (!word_of (r, m->first - 1, r->set->word_determiner) && !apposition)
        continue;
      guint end = m->last;
      while (end < t->n_tokens && t->tokens[end].kind == CONTRA_TOKEN_WORD
             && names_topic (r, &(Phrase){end, end + 1, FALSE}))
        end++;
      /* "the 118-minute film": a word for what the text says the topic is */
      if (end == m->last && end < t->n_tokens && t->tokens[end].kind == CONTRA_TOKEN_WORD && r->topic->kinds != NULL
          && !capitalized (r, end) && is_topic_kind (r, end))
        end++;
      /* "the 218-metre stack" in a power station's story: a part of the topic whose
       * kind has an extent of the dimension (a chimney's height: lang/en/kinds.yaml).
       * Only where the topic's kind is known: "the 12,933-foot peak" in a story on
       * Mount Irrel may be the mountain. */
      const char *part = NULL;
      g_autofree char *part_label = NULL;
      if (end == m->last && end < t->n_tokens && (r->topic->kind_named || r->topic->kinds != NULL)
          && plain_word (r, end, n_mentions) && word_extent (r, end, unit->dimension) != NULL && !has_entity (r, k))
        {
          part = noun_key (r, end, end + 1, r->topic->key, &part_label);
          end++;
        }
      if (end == m->last || has_entity (r, k))
        continue;
      const char *extent = measure_before (r, end, unit->dimension);
      if (extent == NULL)
        continue;
      g_autofree char *key = g_strconcat ("attribute/", extent, NULL);
      Phrase none = {m->first, m->first, FALSE};
      if (part != NULL)
        add_entity_key (r, k, CONTRA_ROLE_ABOUT, part, part_label, m->last, end);
      else
        add_entity (r, k, &none, NULL);
      add_entity_key (r, k, CONTRA_ROLE_MEASURED, contra_intern (key), extent, m->last, end);
    }
}

/* The first token of a verb of having that ends right before token @i ("carries",
 * "has", "is certified for"); G_MAXUINT when none does. */
static guint
having_before (const Reader *r, guint i)
{
  return phrase_before (r, i, r->set->word_possession, r->set->word_have);
}

/* Counts in a news story about its topic, where the text says the topic has them: a
 * verb of having whose subject is the topic ("It carries four lanes of traffic"). Counts
 * of anything else in a story ("168 steel cables fan down", "Several thousand people
 * walked the deck") are not what the topic has, and are left alone. */
static void
read_story_counts (Reader *r, guint n_mentions)
{
  if (over_a_period (r))
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      guint verb = m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_COUNT ? having_before (r, m->first)
                                                                                          : G_MAXUINT;
      if (verb == G_MAXUINT || !topic_subject_of (r, verb, n_mentions))
        continue;
      g_autofree char *what = NULL;
      const char *counted = counted_key (r, m, &what);
      if (counted != NULL)
        add_topic_count (r, k, m->first, m->last, counted, what);
    }
}

/* TRUE when token @i may be a verb before a value: a lower-case word that is no grammar
 * word nor part of a value ("bred", "manages"). */
static gboolean
verb_word (const Reader *r, guint i, guint n_mentions)
{
  return r->t->tokens[i].kind == CONTRA_TOKEN_WORD && !capitalized (r, i) && !is_grammar_word (r, i)
         && !covered_by_value (r, i, n_mentions);
}

/* TRUE when token @i is a word for the present ("Today", "now", "currently"). */
static gboolean
present_word (const Reader *r, guint i)
{
  const ContraTokens *t = r->t;

  return contra_language_is (t->language, CONTRA_WORDS_TODAY, t, i)
         || contra_language_is (t->language, CONTRA_WORDS_NOW, t, i)
         || contra_language_is (t->language, CONTRA_WORDS_PRESENT, t, i);
}

/* TRUE when the date mention @m is the present: what holds today is no window's. */
static gboolean
present (const Reader *r, const ContraMention *m)
{
  return m->last == m->first + 1 && present_word (r, m->first);
}

/* TRUE when the sentence gives a time the count @count is bounded by, before it or
 * after it in its clause: a date ("By 1960 she had released 14 varieties", "won three
 * titles in 2019"), or a span ("In her first month, ...", "during its first weekend")
 * that is not a whole life or career ("In a working life of more than three decades
 * she bred 27 varieties", lang/en/words.yaml whole_spans). */
static gboolean
count_bounded (const Reader *r, guint n_mentions, const ContraMention *count)
{
  guint end = count->last;

  /* A date before the count, or after it in its clause ("..., and several of them
   * came to Saturday's opening" is another clause's). */
  while (end < r->t->n_tokens && !contra_tokens_is_punct (r->t, end, ','))
    end++;
  for (guint k = 0; k < n_mentions; k++)
    if (mention (r, k)->kind == CONTRA_MENTION_VALUE && mention (r, k)->value.type == CONTRA_VALUE_DATE
        && mention (r, k)->first < end && !present (r, mention (r, k)))
      return TRUE;
  gboolean span = FALSE;
  for (guint i = 0; i < end; i++)
    {
      if (contra_language_is (r->t->language, CONTRA_WORDS_WHOLE_SPANS, r->t, i))
        return FALSE;
      span |= word_of (r, i, r->set->word_time_unit);
    }
  return span;
}

/* Counts of what a name or the topic did, after any verb but one of having: "In all,
 * Brannock bred 23 apple varieties", "She also supervised a dozen doctoral students".
 * The verb, as written, is part of what is counted ("count/bred-apple-variety"):
 * varieties bred and varieties released are not one number. A count a time bounds is
 * left alone (counts_bounded()). */
static void
read_deed_counts (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_COUNT || m->first == 0)
        continue;
      guint verb = m->first - 1;
      if (!verb_word (r, verb, n_mentions) || having_before (r, m->first) != G_MAXUINT
          || word_of (r, verb, r->set->word_people_count))
        continue;
      gboolean passive, existential;
      Phrase subject = subject_before (r, 0, verb, n_mentions, &passive);
      Phrase opening = sentence_subject (r, t->n_tokens, n_mentions, &existential);
      /* "It" after a story's other sentences is as often the thing they were about
       * ("It covers six areas of cooperation") as the topic: only "he" and "she". */
      if (passive || subject.first == subject.last || in_relative_clause (r, 0, verb)
          || word_of (r, subject.first, r->set->word_possessive)
          || (subject.pronoun && !contra_language_is (t->language, CONTRA_WORDS_PERSONAL_PRONOUNS, t, subject.first)))
        continue;
      /* A name, the topic or a pronoun; not a description of something else ("Several
       * thousand people walked the deck"). */
      /* A name: capitalised words, but not one that is so only because it opens the
       * sentence ("Engineers found 40 cracks"). */
      gboolean name = named_by_head (r, &subject) != NULL
                      || (!is_description (r, &subject) && (subject.first > 0 || subject.last > subject.first + 1));
      if (!subject.pronoun && !name && !names_topic (r, &subject))
        continue;
      /* The sentence's subject, or a name or pronoun after an opening phrase with no
       * comma ("In a working life of more than three decades she bred 27 ..."). */
      if (subject.first != opening.first && !((subject.pronoun || name) && word_of (r, 0, r->set->word_preposition)))
        continue;
      if (count_bounded (r, n_mentions, m))
        continue;
      g_autofree char *what = NULL;
      const char *counted = counted_key (r, m, &what);
      if (counted == NULL)
        continue;
      g_autofree char *key = g_strdup_printf ("count/%s-%s", contra_tokens_fold (t, verb), counted + strlen ("count/"));
      add_count (r, k, m->first, m->last, &subject, contra_intern (key), what, contra_tokens_plain (t, verb));
    }
}

/* Counts of people a verb of people counts states after them, in a story about its
 * topic: "Fourteen people were killed", "At least 14 people died" count the deaths as
 * "killed 14 people" does. The count opens its clause: the sentence, or a clause after
 * "and" ("... and 14 people died"); or a relative clause says it ("a memorial to the
 * 512 people who died in the outbreak"). */
static void
read_people_counts_before (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_COUNT || m->value.u.amount.unit == NULL
          || !g_str_equal (m->value.u.amount.unit, "person"))
        continue;
      gboolean opens = m->first == r->opening
                       || (m->first > 0 && contra_language_is (t->language, CONTRA_WORDS_AND, t, m->first - 1));
      guint verb = m->last;
      if (word_of (r, verb, r->set->word_relative) && m->first > 0
          && word_of (r, m->first - 1, r->set->word_determiner))
        {
          opens = TRUE;
          verb++;
        }
      while (verb < t->n_tokens && between_subject_and_verb (r, verb, n_mentions))
        verb++;
      const ContraConcept *counts = people_count_verb (r, verb);
      if (!opens || counts == NULL || has_entity (r, k) || count_bounded (r, n_mentions, m))
        continue;
      const char *noun = strrchr (counts->id, '/') + 1;
      g_autofree char *key = g_strconcat ("count/", noun, NULL);
      add_topic_count (r, k, m->first, m->last, contra_intern (key), noun);
    }
}

/* Every part of the topic, named: "Lindvag comprises the villages of Aske, Brenn and
 * Dalvik" lists the topic's villages, to be held against a count of them ("made up of
 * eight villages"). Only a verb that gives all the parts (word/composition) makes a
 * list complete; "includes" does not. */
static void
read_member_lists (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (!r->set->frame_value[CONTRA_VALUE_SET])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_LIST || m->first < 4 || !is_partitive (r, m->first - 1))
        continue;
      guint noun = m->first - 2;
      if (!contra_words_is_plural_noun (t, noun) || capitalized (r, noun)
          || !word_of (r, noun - 1, r->set->word_determiner))
        continue;
      /* The verb: the token before the article, or a phrase ending there. */
      const ContraMention *verb = covering (r, noun - 2, n_mentions, CONTRA_MENTION_CONCEPT);
      guint verb_first = verb != NULL ? verb->first : noun - 2;
      if (!word_of (r, verb_first, r->set->word_composition) || !topic_subject_of (r, verb_first, n_mentions))
        continue;
      g_autofree char *what = NULL;
      const char *counted = words_counted_key (r, noun, noun + 1, &what);
      if (counted == NULL)
        continue;
      Phrase none = {m->first, m->first, FALSE};
      add_entity (r, k, &none, NULL);
      add_entity_key (r, k, CONTRA_ROLE_COUNTED, counted, what, noun, noun + 1);
    }
}

/* The group noun phrase that ends at token @noun ("a joint venture"), with its
 * article; empty unless @noun is a group noun (word/group). */
static Phrase
group_before (const Reader *r, guint noun, guint n_mentions)
{
  Phrase p = {noun, noun, FALSE};

  if (!word_of (r, noun, r->set->word_group))
    return p;
  p.first = noun;
  p.last = noun + 1;
  while (p.first > 0 && noun - p.first < 2 && plain_word (r, p.first - 1, n_mentions))
    p.first--;
  if (p.first > 0
      && (word_of (r, p.first - 1, r->set->word_determiner)
          || contra_language_is (r->t->language, CONTRA_WORDS_ARTICLES, r->t, p.first - 1)))
    p.first--;
  return p;
}

/* A group's members, counted or named: "a joint venture of three firms" counts them,
 * "The joint venture that built the bridge — Halvorsen Construction, Bexley Steel
 * Erectors and Pike & Marrow Engineering — lost ..." names them. Both are keyed as the
 * group's members, so that the count is held against the names. */
static void
read_group_members (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->set->word_group == NULL)
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      Phrase group = {0, 0, FALSE};
      if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_COUNT && m->first >= 2
          && is_partitive (r, m->first - 1) && r->set->frame_value[CONTRA_VALUE_COUNT])
        group = group_before (r, m->first - 2, n_mentions);
      else if (m->kind == CONTRA_MENTION_LIST && m->first >= 2 && contra_tokens_is_dash (t, m->first - 1)
               && !glued_dash (r, m->first - 1) && r->set->frame_value[CONTRA_VALUE_SET])
        {
          /* The dash follows the group's phrase, perhaps with a relative clause. */
          for (guint i = m->first - 1; i-- > 0 && m->first - 1 - i <= MAX_PHRASE;)
            {
              if (contra_tokens_is_punct (t, i, ',') || contra_tokens_is_dash (t, i))
                break;
              group = group_before (r, i, n_mentions);
              if (group.first < group.last)
                break;
            }
        }
      if (group.first == group.last)
        continue;
      if (add_entity (r, k, &group, NULL) == NULL)
        continue;
      add_entity_key (r, k, CONTRA_ROLE_COUNTED, contra_intern ("count/member"), "members", group.first, group.last);
    }
}

/* Counts stated about the topic. Only the topic's counts are read: a count about
 * something else needs more than a shallow reading. */
static void
read_counts (Reader *r, guint n_mentions)
{
  if (r->topic == NULL || !r->set->frame_value[CONTRA_VALUE_COUNT])
    return;
  /* A group's count first: "a consortium of two firms" counts the consortium's. */
  read_group_members (r, n_mentions);
  if (r->topic->whole)
    read_whole_topic_counts (r, n_mentions);
  else
    read_story_counts (r, n_mentions);
  read_deed_counts (r, n_mentions);
  read_people_counts_before (r, n_mentions);
  read_compound_counts (r, n_mentions);
  read_compound_measures (r, n_mentions);
  read_member_lists (r, n_mentions);
}

/* ---- quantities a verb states ------------------------------------------------------------ */

/* A quantity that is a verb's object, of a thing the sentence names: "the station
 * manages 36 hectares of orchard" (after the quantity, "of" and a noun), "the
 * station's orchards cover 120 acres" (the subject's noun after an owner's "'s"). The
 * measured key is the quantity's dimension and the thing, "area/orchard", for the
 * owner: the station. Without a named thing the verb says too little ("the team ran
 * 42 km"), unless it is a verb of covering and the quantity an area: "the museum
 * covers 9,800 square metres" is the museum's area, as "an area of" gives it. A
 * quantity a time bounds is a window's (count_bounded()). */
static void
read_object_measures (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || !r->set->frame_value[CONTRA_VALUE_QUANTITY])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_QUANTITY || m->first == 0
          || m->value.u.amount.unit == NULL)
        continue;
      const ContraUnit *unit = contra_unit_find (m->value.u.amount.unit);
      guint verb = m->first - 1;
      gboolean cover = word_of (r, verb, r->set->word_cover);
      if (unit == NULL || (!verb_word (r, verb, n_mentions) && !cover)
          || covering (r, verb, n_mentions, CONTRA_MENTION_CONCEPT) != NULL)
        continue;
      gboolean passive, existential;
      Phrase subject = subject_before (r, 0, verb, n_mentions, &passive);
      Phrase opening = sentence_subject (r, t->n_tokens, n_mentions, &existential);
      /* The sentence's subject, or one after an opening word for the present ("Today
       * the station's orchards cover 120 acres"). */
      gboolean today = subject.first == 1 && present_word (r, 0);
      if (passive || subject.pronoun || subject.first == subject.last || (subject.first != opening.first && !today)
          || in_relative_clause (r, 0, verb) || count_bounded (r, n_mentions, m))
        continue;
      /* The thing: "of orchard" after the quantity, or the subject's noun after its
       * owner's "'s" ("the station's orchards"), which then is the owner. */
      guint thing = 0, thing_end = 0;
      Phrase owner = subject;
      if (is_partitive (r, m->last) && plain_word (r, m->last + 1, n_mentions))
        {
          thing = m->last + 1;
          thing_end = plain_words_from (r, thing, n_mentions);
        }
      for (guint i = subject.first + 1; i + 1 < subject.last; i++)
        if (contra_tokens_is_possessive (t, i))
          {
            owner.last = i;
            if (thing_end == thing)
              {
                thing = i + 1;
                thing_end = subject.last;
              }
          }
      if (thing_end == thing)
        {
          if (cover && strcmp (unit->dimension, "area") == 0)
            {
              add_entity (r, k, &owner, NULL);
              add_entity_key (r, k, CONTRA_ROLE_MEASURED, contra_intern ("attribute/area"), "area", verb, verb + 1);
            }
          continue;
        }
      g_autofree char *what = NULL;
      const char *measured = noun_key (r, thing, thing_end, unit->dimension, &what);
      if (measured == NULL)
        continue;
      g_autofree char *label = g_strdup_printf ("%s of the %s", unit->dimension, what);
      add_entity (r, k, &owner, NULL);
      add_entity_key (r, k, CONTRA_ROLE_MEASURED, measured, label, thing, thing_end);
    }
}

/* ---- how long the topic went on --------------------------------------------------------- */

/* TRUE when the noun at @i is a word of the topic's name or a kind the text gives it:
 * "siege" in an article on the Siege of Castelnovo; not any one-word description. */
static gboolean
topic_noun (const Reader *r, guint i)
{
  g_autofree char *form = word_form (contra_tokens_plain (r->t, i));
  return g_hash_table_contains (r->topic->words, form) || (r->topic->kinds != NULL && is_topic_kind (r, i));
}

/* TRUE when @extent is how long a thing lasts (lang/en/kinds.yaml `extents`: a film's
 * running time, an event's duration). */
static gboolean
lasting_extent (const char *extent)
{
  return extent != NULL && strcmp (extent, "duration") == 0;
}

/* TRUE when the phrase @p is "the" and a noun for a thing whose extent is a duration
 * (lang/en/kinds.yaml: a siege, a strike, a war), of no name after it, and the topic
 * is no such thing itself: in the castle's article "the siege" is the castle's siege,
 * "the voyage of the Ilse" the ship's; in the blockade's, "the storm" another event. */
static gboolean
topic_event (const Reader *r, const Phrase *p)
{
  const ContraKinds *kinds = contra_language_kinds (r->t->language);
  GHashTableIter iter;
  gpointer word;

  if (!lasting_extent (word_extent (r, p->last - 1, NULL)) || lasting_extent (topic_extent (r, NULL)))
    return FALSE;
  /* "Blockade of Varna Bay" is an event by a word of its name. */
  g_hash_table_iter_init (&iter, r->topic->words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (lasting_extent (contra_kinds_extent (kinds, word)))
      return FALSE;
  return contra_language_is (r->t->language, CONTRA_WORDS_DEFINITE_ARTICLES, r->t, p->first)
         && !(is_partitive (r, p->last)
              && (capitalized (r, p->last + 1)
                  || (word_of (r, p->last + 1, r->set->word_determiner) && capitalized (r, p->last + 2))));
}

/* A span of time the topic lasted: "The siege lasted 47 days", "lasted for seven
 * weeks", "went on for 74 days", "after a siege of 53 days", "the seven-week siege"
 * (lexicon word/lasting). The noun must name the topic (names_topic(): "the siege" in
 * the article on the Siege of Castelnovo) or be "the" event of the topic
 * (topic_event(): "the siege" in the article on a castle), so a delay the story only
 * mentions is left alone. The key is the noun's, "duration/siege", for the topic; the
 * value is the count of time units. */
static void
read_durations (Reader *r, guint n_mentions)
{
  if (r->topic == NULL || r->set->word_lasting == NULL || !r->set->frame_value[CONTRA_VALUE_COUNT])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_COUNT || m->first == 0
          || !word_of (r, m->last - 1, r->set->word_time_unit))
        continue;
      /* "lasted 47 days", "went on for 74 days" */
      guint end = m->first;
      if (word_of (r, end - 1, r->set->word_preposition)
          && phrase_before (r, end - 1, r->set->word_lasting, NULL) != G_MAXUINT)
        end--;
      guint verb = phrase_before (r, end, r->set->word_lasting, NULL);
      guint before = m->first - 1;
      Phrase noun = {before, before, FALSE};
      if (verb != G_MAXUINT)
        {
          gboolean passive;
          /* "The eruption, which went on for 74 days, ..." */
          noun = relative_subject (r, verb, n_mentions);
          if (noun.first == noun.last)
            noun = subject_before (r, 0, verb, n_mentions, &passive);
        }
      else if (before >= 2 && is_partitive (r, before)
               && contra_language_is (r->t->language, CONTRA_WORDS_ARTICLES, r->t, before - 2))
        noun = (Phrase){before - 1, before, FALSE};
      else if (glued_dash (r, m->first + 1) && word_of (r, before, r->set->word_determiner))
        noun = (Phrase){before, m->last + 1, FALSE}; /* "the seven-week siege" */
      if (noun.first == noun.last || noun.pronoun || !plain_word (r, noun.last - 1, n_mentions))
        continue;
      gboolean names = names_topic (r, &noun);
      if ((!names || !topic_noun (r, noun.last - 1)) && !topic_event (r, &noun))
        continue;
      g_autofree char *what = NULL;
      const char *key = noun_key (r, noun.last - 1, noun.last, "duration", &what);
      if (key == NULL)
        continue;
      /* The noun names the topic ("the duration of Siege of Castelnovo"), or an event
       * of it, which is the topic's. */
      Phrase topic = {noun.first, names ? noun.last : noun.first, FALSE};
      add_entity (r, k, &topic, NULL);
      add_entity_key (r, k, CONTRA_ROLE_MEASURED, key, "duration", noun.first, noun.last);
    }
}

/* ---- a person's age ----------------------------------------------------------------------- */

/* How old a person is, as a news story gives it: "Tobias Fenwright, 48, was jailed",
 * "Sandell, aged 35, went home", "the 43-year-old electrician" (the story's person:
 * person_by_age()). The key is the person's, "attribute/age"; the value the number,
 * known to the year either way (precision 2), since a birthday may fall between two
 * stories: 34 and 35 agree, 34 and 43 do not. */
static void
read_ages (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || !r->set->frame_value[CONTRA_VALUE_NUMBER])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      ContraMention *m = &g_array_index (r->mentions->mentions, ContraMention, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_NUMBER || m->value.u.amount.range
          || m->first == 0 || has_entity (r, k))
        continue;
      double v = m->value.u.amount.value;
      if (v < 1 || v > 120 || v != floor (v))
        continue;
      guint i = m->first, e = m->last;
      Phrase who = {0, 0, FALSE};
      /* "Tobias Fenwright, 48," and "Sandell, aged 35," */
      guint comma = i - 1;
      if (comma > 0 && r->set->cue_age != NULL && word_of (r, comma, r->set->cue_age))
        comma--;
      if (comma > 0 && contra_tokens_is_punct (t, comma, ',') && contra_tokens_is_punct (t, e, ','))
        {
          /* A name of two words or more, or the last word of one the text gave or
           * of the topic's: not "In Oslo, 48, ..." */
          who = name_before (r, 0, comma, n_mentions);
          if (who.last == who.first + 1 && named_by_head (r, &who) == NULL && !names_topic (r, &who))
            continue;
        }
      /* "a 34-year-old electrician named Ivo Sandell": the name's */
      else if (age_compound (r, i))
        {
          guint j = i + 5, words = 0; /* after "34-year-old" */
          while (words < 2 && plain_word (r, j, n_mentions)
                 && !contra_language_is (t->language, CONTRA_WORDS_NAMING_WORDS, t, j))
            j++, words++;
          if (words > 0 && contra_language_is (t->language, CONTRA_WORDS_NAMING_WORDS, t, j))
            who = (Phrase){j + 1, name_run_end (r, j + 1), FALSE};
          /* "the 43-year-old electrician": the story's person (not a topic of no known
           * kind, which may be a cup final as well as a person) */
          if (who.first == who.last && r->topic->person != NULL && age_description (r, &(Phrase){i - 1, e + 5, FALSE}))
            who = (Phrase){i - 1, e + 5, FALSE};
        }
      if (who.first == who.last)
        continue;
      m->value.u.amount.precision = 2;
      add_entity (r, k, &who, NULL);
      add_entity_key (r, k, CONTRA_ROLE_AGED, contra_intern ("attribute/age"), "age", i, e);
    }
}

/* ---- occasions: the first of a kind, and those held -------------------------------------- */

/* TRUE when mention @m is a verb of an occasion: "took place", "happened" (lexicon
 * action/occur) or "organized", "held" (action/hold). */
static gboolean
occasion_verb (const Reader *r, const ContraMention *m)
{
  if (m->kind != CONTRA_MENTION_CONCEPT || m->modifier)
    return FALSE;
  return (r->set->action_occur != NULL && contra_concept_is_a (m->term.head, r->set->action_occur))
         || (r->set->action_hold != NULL && contra_concept_is_a (m->term.head, r->set->action_hold));
}

/* The date of the occasion verb @v: a date after it in its clause ("took place in
 * September 2011 in Augusta"), or one that opens the sentence ("In 2009, organizers
 * ..."); -1 when none. A date after "since" or for the present dates nothing. */
static gint
occasion_date (const Reader *r, const ContraMention *v, guint n_mentions)
{
  gint opening = -1;

  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_DATE || m->reference_point
          || (m->value.u.date.flags & CONTRA_DATE_PRESENT))
        continue;
      if (m->first >= v->last && m->clause == v->clause && m->first - v->last <= 12)
        return (gint) k;
      if (m->first == 1 && word_of (r, 0, r->set->word_preposition) && m->last < v->first)
        opening = (gint) k;
    }
  return opening;
}

/* TRUE when every capitalised word of [@first, @last) is a word of the topic's name:
 * "the Stop Child Trafficking Now organization" in its own article ("Now", a word for
 * the present, is no name's word: the topic's name was read without it). */
static gboolean
names_within_topic (const Reader *r, guint first, guint last)
{
  guint names = 0;

  for (guint i = first; i < last; i++)
    if (capitalized (r, i) && !present_word (r, i))
      {
        g_autofree char *form = word_form (contra_tokens_plain (r->t, i));
        if (!g_hash_table_contains (r->topic->words, form))
          return FALSE;
        names++;
      }
  return names > 0;
}

/* Adds the occasion at the date mention @date: the topic's occasion of the kind the
 * noun at token @noun names ("occasion/walk"), in @role: the first of them, or one of
 * them held then. */
static void
add_occasion (Reader *r, guint date, ContraRole role, guint noun)
{
  g_autofree char *what = NULL;
  const char *key = noun_key (r, noun, noun + 1, "occasion", &what);
  if (key == NULL)
    return;
  if (has_entity (r, date))
    return; /* one occasion a date */
  Phrase topic = {noun, noun, FALSE};
  add_entity (r, date, &topic, NULL);
  add_entity_key (r, date, role, key, what, noun, noun + 1);
}

/* Occasions of the topic: the first of a kind ("The first walk of the Stop Child
 * Trafficking Now organization took place in September 2011", "the first festival was
 * held in 1998") and those held at a date ("In 2009, organizers claimed to have
 * organized walks in 41 cities"). The kind is the noun's head ("walk"); whose it is,
 * the topic, when the "of" phrase names it or nothing else is named. The reconciler
 * holds a first against an earlier occasion of its kind (src/reconcile/firsts.c). */
static void
read_occasions (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || (r->set->action_hold == NULL && r->set->action_occur == NULL))
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *v = mention (r, k);
      if (!occasion_verb (r, v))
        continue;
      gint date = occasion_date (r, v, n_mentions);
      if (date < 0)
        continue;
      /* The subject: "[the] first <words> [of <owner>] [was] <verb>". */
      guint end = v->first;
      while (end > 0 && word_of (r, end - 1, r->set->word_auxiliary))
        end--;
      gboolean passive = end < v->first && !word_of (r, end, r->set->word_have);
      guint first = G_MAXUINT;
      for (guint i = r->opening; i < end; i++)
        if (contra_words_ordinal (contra_tokens_fold (t, i)) == 1)
          first = i;
      if (first != G_MAXUINT && (passive || contra_concept_is_a (v->term.head, r->set->action_occur)))
        {
          guint noun_end = plain_words_from (r, first + 1, n_mentions);
          guint owner = noun_end;
          if (noun_end == first + 1)
            continue;
          /* "of the Stop Child Trafficking Now organization": the topic's only. */
          if (owner < end && is_partitive (r, owner) && !names_within_topic (r, owner + 1, end))
            continue;
          if (owner < end && !is_partitive (r, owner))
            continue;
          add_occasion (r, (guint) date, CONTRA_ROLE_FIRST, noun_end - 1);
          continue;
        }
      /* Held: "organized walks", "held a walk", "held its first walk" (a first). */
      if (passive || first != G_MAXUINT || !contra_concept_is_a (v->term.head, r->set->action_hold))
        continue;
      gboolean passive_subject;
      Phrase subject = subject_before (r, r->opening, end, n_mentions, &passive_subject);
      /* Another name's occasions are not the topic's ("the Quayside Guild organized
       * parades"). */
      gboolean named = FALSE;
      for (guint i = subject.first; i < subject.last && !subject.pronoun; i++)
        named |= capitalized (r, i) && !word_of (r, i, r->set->word_determiner)
                 && !contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, i);
      if (named && !names_within_topic (r, subject.first, subject.last) && !names_topic (r, &subject))
        continue;
      guint object = v->last;
      gboolean its_first = FALSE;
      if (word_of (r, object, r->set->word_determiner) || word_of (r, object, r->set->word_possessive)
          || contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, object))
        object++;
      if (contra_words_ordinal (contra_tokens_fold (t, object)) == 1)
        {
          its_first = TRUE;
          object++;
        }
      guint object_end = plain_words_from (r, object, n_mentions);
      if (object_end == object)
        continue;
      add_occasion (r, (guint) date, its_first ? CONTRA_ROLE_FIRST : CONTRA_ROLE_OCCASION, object_end - 1);
    }
}

/* ---- who a report quotes ----------------------------------------------------------------- */

/* A report's speaker is quoted on the topic: "said Oskar Lindqvist" in a story on Ilse
 * Brannock. The cue (lexicon cue/reported) gets the topic as what it is about, so
 * that rule `speaker` keeps who spoke, for the name variants pass: two stories on one
 * topic that quote "Oskar Lindqvist" and "Oskar Lindquist" spell one person two ways. */
static void
read_speakers (Reader *r, guint n_mentions)
{
  if (r->topic == NULL || r->set->cue_reported == NULL)
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *cue = mention (r, k);
      if (cue->kind != CONTRA_MENTION_CONCEPT || !contra_concept_is_a (cue->term.head, r->set->cue_reported))
        continue;
      gboolean speaker = FALSE;
      for (guint p = 0; p < n_mentions && !speaker; p++)
        {
          const ContraMention *m = mention (r, p);
          /* Not the topic itself ("Lindqvist Foods said on Tuesday ..."). */
          speaker = m->kind == CONTRA_MENTION_PERSON && m->term.head == NULL
                    && (m->first == cue->last || m->last == cue->first)
                    && (m->value.text == NULL || g_strcmp0 (contra_entity_key (m->value.text), r->topic->key) != 0);
        }
      if (!speaker)
        continue;
      add_entity_key (r, k, CONTRA_ROLE_QUOTED, r->topic->key, r->topic->label, cue->first, cue->last);
    }
}

/* ---- sums of money ---------------------------------------------------------------------- */

/* TRUE when token @i is a plain word: lower-case, not a grammar word, not a value. */
static gboolean
plain_word (const Reader *r, guint i, guint n_mentions)
{
  return i < r->t->n_tokens && r->t->tokens[i].kind == CONTRA_TOKEN_WORD && !capitalized (r, i)
         && !is_grammar_word (r, i) && !covered_by_value (r, i, n_mentions);
}

/* The concept mention that begins at token @i, or NULL. */
static const ContraMention *
concept_at (const Reader *r, guint i, guint n_mentions)
{
  const ContraMention *m = covering (r, i, n_mentions, CONTRA_MENTION_CONCEPT);
  return m != NULL && m->first == i && !m->modifier ? m : NULL;
}

/* Sums of money a noun names: "A $90 million federal grant paid for part of it", "a
 * state grant of US$12m". The noun is one the lexicon knows, but not a measure (the
 * measure rules read "cost" and "budget"), with the plain words before it: "federal
 * grant". The sum is the topic's when its noun phrase opens the sentence or the
 * sentence's subject is the topic ("It received a $5 million loan"). */
static void
read_sums (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || !r->set->frame_value[CONTRA_VALUE_MONEY])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_MONEY)
        continue;
      const ContraMention *noun = NULL;
      guint from = m->last, first = m->first;
      /* "$90 million federal grant", "$90-million grant" */
      guint i = m->last + (m->last < t->n_tokens && contra_tokens_is_dash (t, m->last));
      from = i;
      for (; noun == NULL && plain_word (r, i, n_mentions) && i - from < 3; i++)
        {
          noun = concept_at (r, i, n_mentions);
          /* A field of policy before a noun is its modifier: "$5 billion trade
           * agreement", "$2 billion trade deficit" are not sums of "trade". */
          if (noun != NULL && g_str_equal (noun->term.head->kind, "domain") && plain_word (r, noun->last, n_mentions))
            {
              i = noun->last - 1;
              noun = NULL;
            }
        }
      /* "a state grant of US$12m" */
      if (noun == NULL && m->first >= 2 && is_partitive (r, m->first - 1))
        {
          for (guint k2 = 0; k2 < n_mentions && noun == NULL; k2++)
            if (mention (r, k2)->kind == CONTRA_MENTION_CONCEPT && mention (r, k2)->last == m->first - 1
                && !mention (r, k2)->modifier)
              noun = mention (r, k2);
          if (noun == NULL)
            continue;
          from = noun->first;
          while (from > 0 && m->first - 1 - from < 4 && plain_word (r, from - 1, n_mentions))
            from--;
          first = from;
        }
      if (noun == NULL || (r->set->attribute != NULL && contra_concept_is_a (noun->term.head, r->set->attribute)))
        continue;
      /* "A $40,000 grant from the Aldous Foundation": a sum whose giver is named is the
         giver's, whoever the sentence is about. */
      guint giver = noun->last + 1;
      if (giver < t->n_tokens && word_of (r, giver, r->set->word_determiner))
        giver++;
      guint giver_end
        = noun->last < t->n_tokens && word_of (r, noun->last, r->set->word_source) ? name_run_end (r, giver) : giver;
      if (giver_end >= giver + 2)
        {
          g_autofree char *what = NULL;
          const char *measured = noun_key (r, from, noun->last, "sum", &what);
          if (measured == NULL)
            continue;
          add_entity (r, k, &(Phrase){noun->last + 1, giver_end, FALSE}, NULL);
          add_entity_key (r, k, CONTRA_ROLE_MEASURED, measured, what, from, noun->last);
          continue;
        }
      gboolean existential;
      Phrase subject = sentence_subject (r, t->n_tokens, n_mentions, &existential);
      gboolean opens = first <= 1 && (first == 0 || word_of (r, 0, r->set->word_connector)
                                      || word_of (r, 0, r->set->word_determiner));
      if (!opens && !(subject.first < subject.last && (subject.pronoun || names_topic (r, &subject))))
        continue;
      g_autofree char *what = NULL;
      const char *measured = noun_key (r, from, noun->last, "sum", &what);
      if (measured == NULL)
        continue;
      Phrase none = {m->first, m->first, FALSE};
      add_entity (r, k, &none, NULL);
      add_entity_key (r, k, CONTRA_ROLE_MEASURED, measured, what, from, noun->last);
    }
}

/* ---- shares ----------------------------------------------------------------------------- */
/* The name of the kind a concept belongs to, right below its family's root: "cost" for
 * attribute/bill (a kind of attribute/cost), "aid" for funding/aid. */
static const char *
kind_name (const ContraConcept *c)
{
  for (;;)
    {
      /* The parent that is not the family's root ("attribute"), if there is one. */
      const ContraConcept *parent = NULL;
      for (guint i = 0; i < c->is_a->len; i++)
        {
          const ContraConcept *p = g_ptr_array_index (c->is_a, i);
          if (strchr (p->id, '/') != NULL)
            parent = p;
        }
      if (parent == NULL)
        break;
      c = parent;
    }
  const char *slash = strchr (c->id, '/');
  return slash != NULL ? slash + 1 : c->id;
}


/* Shares of a whole: "Federal money covered 22 percent of the cost", "In all, federal
 * funds covered roughly 30% of the bill". The part is the sentence's subject, a few plain
 * words before its verb; the whole is what follows "of". Both make the key, read as a
 * measured entity of the topic: "share/federal-money-of-cost". The percentage is then
 * the share's, not a value of the whole ("cost" is not 22%). */
static void
read_shares (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || !r->set->frame_value[CONTRA_VALUE_PERCENT])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_PERCENT
          || !is_partitive (r, m->last))
        continue;
      /* The part's clause opens the sentence, or follows a colon or a semicolon
       * ("Financing was shared: the state covered 25% of the cost"); its article is
       * not part of its name. */
      guint opening = r->opening;
      for (guint i = m->first; i > opening; i--)
        if (contra_tokens_is_punct (t, i - 1, ':') || contra_tokens_is_punct (t, i - 1, ';'))
          {
            opening = i;
            break;
          }
      if (contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, opening))
        opening++;
      /* The whole: a concept or plain words after "of" and a determiner, with its
       * owner's "'s" ("the state's apple crop"). */
      guint whole = m->last + 1;
      if (word_of (r, whole, r->set->word_determiner))
        whole++;
      guint whole_end = whole;
      const ContraMention *c = concept_at (r, whole, n_mentions);
      if (c != NULL)
        whole_end = c->last;
      else
        {
          guint owner = contra_tokens_is_possessive (t, whole + 1);
          while (plain_word (r, whole_end, n_mentions) && whole_end - whole < 3 + owner)
            whole_end++;
        }
      /* The part: the words from the sentence's opening to its verb, the word before
       * the share after any preposition, adverb or auxiliary ("accounted for", "was"). */
      guint verb = m->first;
      while (verb > opening && (word_of (r, verb - 1, r->set->word_preposition)
                                || between_subject_and_verb (r, verb - 1, n_mentions)))
        verb--;
      if (verb == opening || whole_end == whole)
        continue;
      verb--;
      while (verb > opening && between_subject_and_verb (r, verb - 1, n_mentions))
        verb--;
      gboolean words = verb > opening && verb - opening <= 4;
      for (guint i = opening; words && i < verb; i++)
        words = t->tokens[i].kind == CONTRA_TOKEN_WORD && !covered_by_value (r, i, n_mentions)
                && !word_of (r, i, r->set->word_pronoun);
      if (!words)
        continue;
      /* "Her varieties make up 30% of the state's apple harvest": a part its owner's
       * possessive opens is the owner's share, whatever it calls the part ("her
       * apples", "her varieties"). */
      gboolean owners = word_of (r, opening, r->set->word_possessive);
      /* "Her rival Jens Dahl won 52% of the vote": a name in the part is its own. */
      for (guint i = opening + 1; owners && i < verb; i++)
        if (capitalized (r, i))
          owners = words = FALSE;
      if (!words)
        continue;
      g_autofree char *part = NULL, *of = NULL;
      const char *part_key = owners ? "share" : noun_key (r, opening, verb, "share", &part);
      const char *whole_key = noun_key (r, whole, whole_end, "of", &of);
      if (part_key == NULL || whole_key == NULL)
        continue;
      /* A whole the lexicon knows is its concept's kind: "the bill" is the cost. */
      const char *whole_name = c != NULL ? kind_name (c->term.head) : whole_key + strlen ("of/");
      g_autofree char *key = g_strdup_printf ("%s%sof-%s", part_key, owners ? "/" : "-", whole_name);
      g_autofree char *label
        = owners ? g_strdup_printf ("share of the %s", of) : g_strdup_printf ("%s's share of the %s", part, of);
      ContraMention *share = &g_array_index (r->mentions->mentions, ContraMention, k);
      share->attached = (gint) k;
      Phrase owner = {opening, owners ? opening + 1 : opening, owners};
      add_entity (r, k, &owner, NULL);
      add_entity_key (r, k, CONTRA_ROLE_MEASURED, contra_intern (key), label, opening, verb);
    }
}

/* Shares the topic won or took of a whole: "he was re-elected in 1998 with 54.2% of
 * the vote", "Lobo won a second term, taking 58.7 per cent of the votes cast". The
 * share follows "with" or a verb, its clause's subject is the topic (its name or a
 * pronoun), and the whole is the words after "of" (lang/en/words.yaml
 * trailing_participles are not among them: "the votes cast" is the vote). The key is
 * the owner's share of the whole, "share/of-vote", as read_shares() keys "her
 * apples' share"; the rule share-of dates it by the election's year before it. */
static void
read_owner_shares (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || !r->set->frame_value[CONTRA_VALUE_PERCENT])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_PERCENT || m->first == 0
          || !is_partitive (r, m->last) || m->attached >= 0)
        continue;
      guint before = m->first - 1;
      if (!word_of (r, before, r->set->word_preposition) && !verb_word (r, before, n_mentions))
        continue;
      gboolean existential = FALSE, passive;
      Phrase subject = sentence_subject (r, before, n_mentions, &existential);
      /* "he was re-elected in 1998 with 54.2%": the verb's subject, back over the
       * phrases between ("in 1998"). */
      guint verb = before;
      while (verb > 0 && word_of (r, verb, r->set->word_preposition))
        {
          verb--;
          const ContraMention *v = covering (r, verb, n_mentions, CONTRA_MENTION_VALUE);
          if (v != NULL && v->first > 0)
            verb = v->first - 1;
          while (verb > 0 && word_of (r, verb, r->set->word_determiner))
            verb--;
        }
      if (verb < before && verb_word (r, verb, n_mentions))
        {
          /* "re-elected": the compound's first part. */
          while (verb >= 2 && glued_dash (r, verb - 1))
            verb -= 2;
          subject = subject_before (r, 0, verb, n_mentions, &passive);
        }
      if (existential || subject.first == subject.last || in_other_relative_clause (r, subject.last, before)
          || !(subject.pronoun ? !word_of (r, subject.first, r->set->word_possessive) : names_topic (r, &subject)))
        continue;
      guint whole = m->last + 1;
      if (word_of (r, whole, r->set->word_determiner)
          || contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, whole))
        whole++;
      guint whole_end = plain_words_from (r, whole, n_mentions);
      while (whole_end > whole + 1
             && contra_language_is (t->language, CONTRA_WORDS_TRAILING_PARTICIPLES, t, whole_end - 1))
        whole_end--;
      if (whole_end == whole)
        continue;
      g_autofree char *of = NULL;
      const char *whole_key = noun_key (r, whole, whole_end, "share/of", &of);
      if (whole_key == NULL)
        continue;
      g_autofree char *key = g_strdup_printf ("share/of-%s", whole_key + strlen ("share/of/"));
      g_autofree char *label = g_strdup_printf ("share of the %s", of);
      Phrase topic = {subject.first, subject.first, FALSE};
      add_entity (r, k, &topic, NULL);
      add_entity_key (r, k, CONTRA_ROLE_MEASURED, contra_intern (key), label, whole, whole_end);
    }
}

/* ---- ranks ------------------------------------------------------------------------------ */

/* TRUE when the number mention @m is an ordinal: "first", "2nd", "third-largest", or
 * a superlative that ranks first ("the largest"). */
static gboolean
is_ordinal (const Reader *r, const ContraMention *m)
{
  return contra_words_ordinal (contra_tokens_fold (r->t, m->first)) > 0
         || contra_tok_flag (r->t, m->first, CONTRA_TOKEN_ORDINAL) || m->value.u.amount.ordinal;
}

/* Plain words from token @i, with hyphens inside compounds: "cable-stayed bridge".
 * Returns the token after the last one. */
static guint
plain_words_from (const Reader *r, guint i, guint n_mentions)
{
  guint end = i;

  while (end - i < 6 && (plain_word (r, end, n_mentions) || (end > i && glued_dash (r, end))))
    end++;
  while (end > i && glued_dash (r, end - 1))
    end--;
  return end;
}

/* ---- a verb's places, counted or named --------------------------------------------------- */

/* TRUE when every item of the list mention @m is a name ending with the list's last
 * word ("Ebbing Island, Carrow Island and Orme Island"), which names what they are. */
static gboolean
items_share_head (const Reader *r, const ContraMention *m)
{
  const ContraSet *set = &m->value.u.set;
  guint last = m->last - 1;

  if (set->n_items < 2 || !capitalized (r, last))
    return FALSE;
  g_autofree char *head = g_strconcat (" ", contra_tokens_fold (r->t, last), NULL);
  for (guint i = 0; i < set->n_items; i++)
    if (!g_str_has_prefix (set->items[i], "text:") || !g_str_has_suffix (set->items[i], head))
      return FALSE;
  return TRUE;
}

/* A verb's places, counted or named: "a route that calls at three islands" and "The
 * route calls at Ebbing Island, Carrow Island, Fenby Island and Orme Island". Both are
 * keyed as what the verb, as written, reaches ("count/calls-island", as
 * read_deed_counts() keys deeds) on the verb's subject, a description in the topic's
 * world ("the route"), so that the count is held against the names (pass 6 of the
 * reconciler). The subject opens the sentence, or stands before a relative "that" or
 * "which" and the verb; the places follow a preposition, a count or a list of names
 * that share their last word. */
static void
read_verb_places (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL)
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      gboolean count = m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_COUNT
                       && r->set->frame_value[CONTRA_VALUE_COUNT];
      gboolean list = m->kind == CONTRA_MENTION_LIST && m->value.type == CONTRA_VALUE_SET
                      && r->set->frame_value[CONTRA_VALUE_SET] && items_share_head (r, m);
      if ((!count && !list) || m->first < 4 || !word_of (r, m->first - 1, r->set->word_preposition))
        continue;
      guint verb = m->first - 2, end = verb;
      if (!verb_word (r, verb, n_mentions) || word_of (r, verb, r->set->word_auxiliary))
        continue;
      /* "a route that calls at" (lexicon word/pronoun/relative) */
      gboolean relative = word_of (r, end - 1, r->set->word_relative);
      if (relative)
        end--;
      /* The subject: an article and one or two plain words ("the route", "a ferry
       * route"). */
      guint first = end;
      while (first > 0 && end - first < 2 && plain_word (r, first - 1, n_mentions))
        first--;
      if (first == end || first == 0 || !contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, first - 1))
        continue;
      Phrase subject = {first - 1, end, FALSE};
      if (!relative && subject.first != 0)
        continue;
      g_autofree char *what = NULL;
      const char *counted = list ? words_counted_key (r, m->last - 1, m->last, &what) : counted_key (r, m, &what);
      if (counted == NULL)
        continue;
      g_autofree char *key = g_strdup_printf ("count/%s-%s", contra_tokens_fold (t, verb), counted + strlen ("count/"));
      if (count)
        {
          add_count (r, k, m->first, m->last, &subject, contra_intern (key), what, contra_tokens_plain (t, verb));
          continue;
        }
      if (add_entity (r, k, &subject, NULL) == NULL)
        continue;
      g_autofree char *plural = contra_language_plural (t->language, what);
      add_entity_key (r, k, CONTRA_ROLE_COUNTED, contra_intern (key), plural, m->last - 1, m->last);
    }
}

/* The scope of a rank from token @i past its owner: "the company's fleet", "the Harrow
 * Isles Ferry Company fleet" are both the fleet, so both key as "fleet". An owner is a
 * possessive, or capitalized words before a plain lower-case noun; a scope that is a
 * name ("in Vastmark") is kept. */
static guint
rank_scope_past_owner (const Reader *r, guint i, guint n_mentions)
{
  guint j = i;

  while (j < r->t->n_tokens && j - i < 6 && capitalized (r, j))
    j++;
  if (j > i && possessive_before (r, j + 1))
    j++;
  else if (j == i && j + 1 < r->t->n_tokens && possessive_before (r, j + 2) && plain_word (r, j, n_mentions))
    j += 2;
  return j > i && plain_word (r, j, n_mentions) ? j : i;
}

/* What a rank ranks among, where its noun is a kind (lang/en/kinds.yaml): the
 * broadest kind, so that "the largest ferry" and "the second-largest vessel" rank
 * among one thing, and "the third-largest city in Moravia" ranks alike whether or not
 * the text said the topic is a city. Other nouns, and nouns of more than one word, keep
 * @among ("the largest cable-stayed bridge"). */
static const char *
rank_among_kind (const Reader *r, guint category, guint category_end, const char *among)
{
  const ContraKinds *kinds = contra_language_kinds (r->t->language);

  if (category_end != category + 1)
    return among;
  g_autofree char *form = word_form (contra_tokens_plain (r->t, category));
  if (!contra_kinds_known (kinds, form))
    return among;
  g_autofree char *key = g_strdup_printf ("rank/%s", contra_kinds_top (kinds, form));
  return contra_intern (key);
}

/* Ranks: "The crossing is the first cable-stayed bridge in the state", "It is the
 * state's second cable-stayed bridge", "Rissholm is the third-largest city in
 * Vastmark". The rank's key is what it ranks among, with its scope: "rank/cable-stayed-
 * bridge-in-state". A rank with a clause after it ("the first bridge in the state to
 * be fitted with ...", "the first new bridge since 1931") ranks among something the
 * reader cannot name, and is left alone. */
static void
read_ranks (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || !r->set->frame_value[CONTRA_VALUE_NUMBER])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_NUMBER || m->first < 2 || !is_ordinal (r, m))
        continue;
      /* "the first", "the state's second", "Moravia's second" */
      guint det = m->first - 1, start = det, owner_end = 0;
      gint scope_first = -1;
      gboolean article = TRUE;
      if (possessive_before (r, m->first) && det >= 1)
        {
          guint owner = det - 1; /* "state", "'s" */
          if (owner >= 1 && contra_language_is (t->language, CONTRA_WORDS_DEFINITE_ARTICLES, t, owner - 1))
            {
              scope_first = (gint) owner;
              start = det = owner - 1;
            }
          else if (capitalized (r, owner))
            {
              /* A named owner is the scope, with no article. */
              start = owner;
              while (start > 0 && owner - start < 3 && capitalized (r, start - 1))
                start--;
              scope_first = (gint) start;
              owner_end = owner + 1;
              article = FALSE;
            }
        }
      if ((article && !contra_language_is (t->language, CONTRA_WORDS_DEFINITE_ARTICLES, t, det)) || start == 0)
        continue;
      /* "Tarnov is the second ...", or in apposition: "Tarnov, the second ..., votes". */
      gboolean appositive = contra_tokens_is_punct (t, start - 1, ',');
      if (!appositive && !word_of (r, start - 1, r->set->word_auxiliary))
        continue;
      guint category = m->last, category_end = plain_words_from (r, m->last, n_mentions);
      if (category_end == category)
        continue;
      guint end = category_end, scope = 0, scope_end = 0;
      /* "the first woman to direct a fruit-research station": an infinitive and its
       * object say what is ranked; not a passive's ("to be painted"). The infinitive's
       * "to" is the range joint's word (words.yaml range_joints). */
      guint deed = 0, deed_end = 0;
      if (scope_first < 0 && contra_language_is (t->language, CONTRA_WORDS_RANGE_JOINTS, t, end)
          && plain_word (r, end + 1, n_mentions) && !word_of (r, end + 1, r->set->word_auxiliary))
        {
          guint object = end + 2;
          if (word_of (r, object, r->set->word_determiner) || word_of (r, object, r->set->word_connector))
            object++;
          guint object_end = plain_words_from (r, object, n_mentions);
          if (object_end > object)
            {
              deed = end + 1;
              deed_end = end = object_end;
            }
        }
      /* "in the state", "in Vastmark"; not an infinitive's "to" ("the first bridge to
       * be painted"). */
      if (scope_first < 0 && word_of (r, end, r->set->word_preposition)
          && !contra_language_is (t->language, CONTRA_WORDS_RANGE_JOINTS, t, end))
        {
          scope = end + 1 + word_of (r, end + 1, r->set->word_determiner);
          scope = rank_scope_past_owner (r, scope, n_mentions);
          scope_end = scope;
          while (scope_end < t->n_tokens && scope_end - scope < 3 && t->tokens[scope_end].kind == CONTRA_TOKEN_WORD
                 && !is_grammar_word (r, scope_end))
            scope_end++;
          if (scope_end == scope)
            continue;
          /* "in the province of Vastmark": the name is the scope. */
          if (is_partitive (r, scope_end) && capitalized (r, scope_end + 1))
            {
              scope = scope_end + 1;
              scope_end = scope;
              while (scope_end < t->n_tokens && scope_end - scope < 3 && capitalized (r, scope_end))
                scope_end++;
            }
          end = scope_end;
        }
      else if (scope_first >= 0)
        {
          scope = (guint) scope_first;
          scope_end = owner_end > scope ? owner_end : scope + 1;
        }
      else
        scope = scope_end = 0;
      /* "by population", "by tonnage": what it ranks by, a part of the key. */
      guint by = G_MAXUINT;
      if (end + 1 < t->n_tokens && word_of (r, end, r->set->word_agent) && t->tokens[end + 1].kind == CONTRA_TOKEN_WORD
          && !is_grammar_word (r, end + 1))
        {
          by = end + 1;
          end += 2;
        }
      /* A clause after it: "to be fitted", "since 1931", "that ...". */
      if (end < t->n_tokens && !contra_tokens_is_punct (t, end, '.') && !contra_tokens_is_punct (t, end, ',')
          && !contra_tokens_is_punct (t, end, ';') && !contra_tokens_is_punct (t, end, ':'))
        continue;
      g_autofree char *what = NULL, *where = NULL, *did = NULL;
      const char *among = noun_key (r, category, category_end, "rank", &what);
      const char *doing = deed_end > deed ? noun_key (r, deed, deed_end, "to", &did) : NULL;
      if (among == NULL || (deed_end > deed && doing == NULL))
        continue;
      among = rank_among_kind (r, category, category_end, among);
      g_autoptr (GString) key = g_string_new ("rank/");
      /* "third-largest": the superlative is part of what it ranks among. */
      if (m->value.u.amount.unit != NULL)
        g_string_append_printf (key, "%s-", m->value.u.amount.unit);
      g_string_append (key, among + strlen ("rank/"));
      if (doing != NULL)
        {
          g_string_append_printf (key, "-to-%s", doing + strlen ("to/"));
          g_autofree char *with = g_strdup_printf ("%s to %s", what, did);
          g_free (what);
          what = g_steal_pointer (&with);
        }
      if (scope_end > scope)
        {
          const char *in = noun_key (r, scope, scope_end, "in", &where);
          if (in != NULL)
            g_string_append_printf (key, "-in-%s", in + strlen ("in/"));
        }
      if (by != G_MAXUINT)
        g_string_append_printf (key, "-by-%s", contra_tokens_fold (t, by));
      /* What is ranked: the sentence's subject; a one-word description ("The
       * crossing") whose rank names the topic's kind ("bridge") is the topic. */
      gboolean passive;
      Phrase subject = appositive ? name_before (r, 0, start - 1, n_mentions)
                                  : subject_before (r, 0, start - 1, n_mentions, &passive);
      if (subject.first == subject.last)
        continue;
      /* Not one of a list of appositions ("a member of the UN Security Council, the
       * second largest economy in the world, the largest ..."), nor one to a name that
       * is another's ("of the Council"). */
      if (appositive
          && ((subject.first > 0 && is_partitive (r, subject.first - 1))
              || (contra_tokens_is_punct (t, end, ',') && word_of (r, end + 1, r->set->word_determiner))))
        continue;
      if (!subject.pronoun && !names_topic (r, &subject) && plain_words (r, &subject) == 1 && subject.last - subject.first == 2
          && names_topic (r, &(Phrase) {category_end - 1, category_end, FALSE}))
        subject = (Phrase) {subject.first, subject.first, FALSE};
      /* "largest city in the state", "largest city in Vastmark", "... by population" */
      g_autoptr (GString) label = g_string_new (what);
      if (where != NULL && capitalized (r, scope))
        {
          g_autofree char *place = phrase_text (r, &(Phrase) {scope, scope_end, FALSE});
          g_string_append_printf (label, " in %s", place);
        }
      else if (where != NULL)
        g_string_append_printf (label, " in the %s", where);
      if (by != G_MAXUINT)
        g_string_append_printf (label, " by %s", contra_tokens_plain (t, by));
      add_entity (r, k, &subject, NULL);
      add_entity_key (r, k, CONTRA_ROLE_MEASURED, contra_intern (key->str), label->str, category, category_end);
    }
}

/* "Production of the Kestrel K4: June 1950 – May 1958": a process's label with its
 * time, read as the process's start. */
static void
read_process_labels (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;
  const ContraConcept *start = r->set->action_start;

  if (r->set->process == NULL || start == NULL || !r->set->frame_predicate[start->index])
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_CONCEPT || !contra_concept_is_a (m->term.head, r->set->process)
          || !is_partitive (r, m->last))
        continue;
      Phrase about = phrase_after (r, m->last + 1, t->n_tokens, n_mentions);
      guint colon = about.last;
      /* Past a bracket inside the name: "the Fourth Generation (A80) Toyota Supra". */
      while (colon < t->n_tokens && !is_label_end (r, colon) && colon - about.last < MAX_PHRASE)
        colon++;
      if (about.first == about.last || !is_label_end (r, colon))
        continue;
      gint date = date_at (r, colon + 1, n_mentions);
      if (date < 0)
        continue;
      Phrase whole = {about.first, colon, FALSE};
      while (whole.last > whole.first && !capitalized (r, whole.last - 1))
        whole.last--;
      guint clause = m->clause;
      guint index = r->mentions->mentions->len;
      ContraMention *trigger = contra_mentions_add (r->mentions, CONTRA_MENTION_CONCEPT, colon, colon + 1);
      trigger->term.head = start;
      trigger->clause = clause;
      ContraMention *d = &g_array_index (r->mentions->mentions, ContraMention, (guint) date);
      d->attached = (gint) index;
      add_entity (r, index, &whole, NULL);
    }
}

/* ---- posts ------------------------------------------------------------------------------ */

/* What a post predicate at mention @k took: the plain words after it, past "as", "to"
 * and a determiner, up to a preposition, a value or the clause's end ("became director
 * of the station", "was named its deputy director in 1950"). Read as a measured entity
 * "post/deputy-director" of the predicate; nothing when no such words follow ("was
 * named after her mother", "became the first woman to ..."). */
static void
read_post (Reader *r, guint k, guint n_mentions)
{
  const ContraTokens *t = r->t;
  guint from = mention (r, k)->last;

  if (from < t->n_tokens && contra_language_is (t->language, CONTRA_WORDS_RANGE_JOINTS, t, from))
    from++; /* "promoted to" */
  else if (from < t->n_tokens && word_of (r, from, r->set->word_preposition) && !word_of (r, from, r->set->word_agent)
           && !word_of (r, from, r->set->word_time_preposition))
    from++; /* "as" */
  if (from < t->n_tokens && (word_of (r, from, r->set->word_determiner) || word_of (r, from, r->set->word_connector)))
    from++;
  guint to = from;
  while (to < t->n_tokens && to - from < 3 && plain_word (r, to, n_mentions))
    to++;
  if (to == from
      || !(to == t->n_tokens || t->tokens[to].kind == CONTRA_TOKEN_PUNCT || word_of (r, to, r->set->word_preposition)
           || word_of (r, to, r->set->word_connector) || covered_by_value (r, to, n_mentions)))
    return;
  g_autofree char *label = NULL;
  const char *post = noun_key (r, from, to, "post", &label);
  if (post != NULL)
    add_entity_key (r, k, CONTRA_ROLE_MEASURED, post, label, from, to);
}

/* ---- the reader -------------------------------------------------------------------------- */

static void
add_kind (ContraTopic *topic, const ContraTokens *t, guint noun)
{
  add_kind_form (topic, word_form (contra_tokens_plain (t, noun)));
}

/* A reference article says what its topic is: "Grenby is a village in Yorkshire",
 * "Night Harbour is a 1994 film directed by Ann Lee". The noun that ends the
 * indefinite phrase after the topic's name and "is" is one of its kinds. */
static void
learn_reference_kind (Reader *r)
{
  const ContraTokens *t = r->t;
  guint verb = 0;

  while (verb < t->n_tokens && verb < MAX_PHRASE && !word_of (r, verb, r->set->word_auxiliary))
    verb++;
  /* The name, not a description ("The village had a population of ..."; "The Salt
   * Road is" is a name), and "is". */
  Phrase name = {0, verb, FALSE};
  if (verb == 0 || verb + 2 >= t->n_tokens || !capitalized (r, 0)
      || (word_of (r, 0, r->set->word_determiner) && !capitalized (r, 1)) || word_of (r, verb, r->set->word_have)
      || !names_topic (r, &name) || !contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, verb + 1)
      || word_of (r, verb + 1, r->set->word_determiner))
    return;
  gint noun = -1;
  for (guint i = verb + 2; i < t->n_tokens && i - verb < MAX_PHRASE; i++)
    {
      const ContraToken *tok = &t->tokens[i];
      /* "a 38-mile (61 km) railway line": a compound's parts and an aside in brackets
       * say no kind. */
      if (contra_tokens_is_punct (t, i, '('))
        {
          while (i + 1 < t->n_tokens && !contra_tokens_is_punct (t, i, ')'))
            i++;
          continue;
        }
      if (glued_dash (r, i) || tok->kind == CONTRA_TOKEN_NUMBER || (i > 0 && glued_dash (r, i - 1)))
        continue;
      /* "a market town and civil parish": each noun before a conjunction is a kind. */
      if (noun >= 0 && contra_language_is (t->language, CONTRA_WORDS_CONJUNCTIONS, t, i))
        {
          add_kind ((ContraTopic *) r->topic, t, (guint) noun);
          noun = -1;
          continue;
        }
      if (tok->kind != CONTRA_TOKEN_WORD || is_grammar_word (r, i) || (noun >= 0 && looks_past (r, i)))
        break;
      if (!capitalized (r, i) && !(i + 1 < t->n_tokens && glued_dash (r, i + 1)))
        noun = (gint) i;
    }
  if (noun >= 0)
    add_kind ((ContraTopic *) r->topic, t, (guint) noun);
}

/* TRUE when a predicate the frame reader knows begins at token @i ("built"). */
static gboolean
predicate_word (const Reader *r, guint i)
{
  const ContraConcept *c = NULL;

  return contra_lexicon_match (r->set->lexicon, r->t, i, &c) > 0 && c != NULL && r->set->frame_predicate != NULL
         && r->set->frame_predicate[c->index];
}

/* The noun that ends the phrase from token @from: its last plain word before a comma,
 * a preposition, a relative pronoun or the sentence's end ("a new car and passenger
 * ferry, ..." gives "ferry"; "the newest ship of the company" gives "ship"). -1 when
 * there is none, or the phrase is long. */
static gint
phrase_noun (const Reader *r, guint from)
{
  const ContraTokens *t = r->t;
  gint noun = -1;

  for (guint i = from; i < t->n_tokens; i++)
    {
      if (i - from >= MAX_PHRASE)
        return -1;
      if (glued_dash (r, i) || t->tokens[i].kind == CONTRA_TOKEN_NUMBER)
        continue;
      if (t->tokens[i].kind != CONTRA_TOKEN_WORD || word_of (r, i, r->set->word_preposition)
          || contra_language_is (t->language, CONTRA_WORDS_RELATIVE_PRONOUNS, t, i)
          || (noun >= 0 && (looks_past (r, i) || predicate_word (r, i))))
        return noun;
      if (!is_grammar_word (r, i) && !capitalized (r, i) && !glued_dash (r, i + 1))
        noun = (gint) i;
    }
  return noun;
}

/* The number of tokens of the topic's name at token @i: every capitalised word of it
 * and no other ("Kestrel Sound"); 0 when it does not stand there. */
static guint
topic_name_at (const Reader *r, guint i)
{
  guint j = i;

  while (j < r->t->n_tokens && capitalized (r, j))
    {
      g_autofree char *form = word_form (contra_tokens_plain (r->t, j));
      if (!g_hash_table_contains (r->topic->words, form))
        break;
      j++;
    }
  return j - i == g_hash_table_size (r->topic->words) ? j - i : 0;
}

/* A story says what its topic is around its name: "the ferry Kestrel Sound", "New
 * ferry Kestrel Sound" (a headline), "the Kestrel Sound, a new car and passenger
 * ferry, ...", "Kestrel Sound: a ferry built for ...", "The Kestrel Sound is the
 * largest ferry in ...". */
static void
learn_story_kinds (Reader *r)
{
  const ContraTokens *t = r->t;

  for (guint i = 0; i < t->n_tokens; i++)
    {
      guint n = topic_name_at (r, i);
      if (n == 0)
        continue;
      guint j = i + n;
      /* A plain noun right before it, after an article or opening the headline. */
      if (i >= 1 && !capitalized (r, i - 1) && t->tokens[i - 1].kind == CONTRA_TOKEN_WORD && !is_grammar_word (r, i - 1)
          && (i == 1 || word_of (r, i - 2, r->set->word_determiner) || (i == 2 && capitalized (r, 0))))
        add_kind ((ContraTopic *) r->topic, t, i - 1);
      /* An apposition, a headline's colon, or "is" and a phrase. */
      guint phrase = 0;
      if (j + 1 < t->n_tokens && (contra_tokens_is_punct (t, j, ',') || contra_tokens_is_punct (t, j, ':'))
          && contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, j + 1))
        phrase = j + 2;
      else if (j + 1 < t->n_tokens && word_of (r, j, r->set->word_auxiliary) && !word_of (r, j, r->set->word_have)
               && contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, j + 1))
        phrase = j + 2;
      gint noun = phrase > 0 ? phrase_noun (r, phrase) : -1;
      if (noun >= 0)
        add_kind ((ContraTopic *) r->topic, t, (guint) noun);
      i = j - 1;
    }
}

/* Notes the last word of every name of two capitalised words or more in the sentence
 * ("Harrow Isles Ferry Company"), so that a later "the company" names it; a word two
 * names end with names neither. */
static void
learn_heads (Reader *r)
{
  const ContraTokens *t = r->t;
  GHashTable *heads = r->topic->heads;

  for (guint i = 0; i < t->n_tokens; i++)
    {
      guint j = name_run_end (r, i);
      if (j - i >= 2 && topic_name_at (r, i) != j - i)
        {
          g_autofree char *text = g_strndup (t->text + t->tokens[i].start, t->tokens[j - 1].end - t->tokens[i].start);
          const char *key = contra_entity_key (text);
          char *head = word_form (contra_tokens_plain (t, j - 1));
          const char *known = g_hash_table_lookup (heads, head);
          if (key == NULL || (known != NULL && (known == AMBIGUOUS || contra_entity_key (known) == key)))
            g_free (head);
          else
            g_hash_table_insert (heads, head, (gpointer) (known == NULL ? contra_intern (text) : AMBIGUOUS));
        }
      i = j;
    }
}

/* Learns the parts the text gives the topic: the last of the plain words after a part
 * owner ("its glass hall", "its doors": words.yaml part_owners). */
static void
learn_parts (Reader *r)
{
  const ContraTokens *t = r->t;

  for (guint i = 0; i + 1 < t->n_tokens; i++)
    {
      if (!contra_language_is (t->language, CONTRA_WORDS_PART_OWNERS, t, i))
        continue;
      guint j = i + 1;
      while (j < t->n_tokens && j < i + 4 && t->tokens[j].kind == CONTRA_TOKEN_WORD && !capitalized (r, j)
             && !contra_tok_flag (t, j, CONTRA_TOKEN_HAS_DIGIT)
             && !contra_language_is (t->language, CONTRA_WORDS_FUNCTION, t, j))
        j++;
      if (j > i + 1)
        g_hash_table_add (r->topic->parts, word_form (contra_tokens_plain (t, j - 1)));
    }
}

void
contra_topic_learn (ContraTopic *topic, const ContraRuleSet *set, const ContraTokens *t)
{
  /* The topic is learnt from the tokens alone: a headline has no mentions, and a
   * sentence's are not needed. */
  Reader reader = {set, t, NULL, topic, 0};

  if (topic == NULL || set->word == NULL)
    return;
  learn_heads (&reader);
  learn_parts (&reader);
  if (topic->whole)
    learn_reference_kind (&reader);
  else
    learn_story_kinds (&reader);
}

/* ---- measures of a part of the topic ------------------------------------------------------ */

/* The entity mention attached to predicate @k in the role about, or NULL. */
static ContraMention *
about_entity (const Reader *r, guint k)
{
  for (guint i = 0; i < r->mentions->mentions->len; i++)
    {
      ContraMention *m = &g_array_index (r->mentions->mentions, ContraMention, i);
      if (m->kind == CONTRA_MENTION_ENTITY && m->attached == (gint) k && m->role == CONTRA_ROLE_ABOUT)
        return m;
    }
  return NULL;
}

/* Sets what predicate @k is about to @key, over tokens [@first, @last): the entity the
 * clause reader gave it, if any, is replaced. */
static void
set_about (Reader *r, guint k, const char *key, const char *label, guint first, guint last)
{
  ContraMention *m = about_entity (r, k);

  if (m == NULL)
    {
      add_entity_key (r, k, CONTRA_ROLE_ABOUT, key, label, first, last);
      return;
    }
  m->first = m->phrase_first = first;
  m->last = last;
  m->term.name = key;
  m->term.label = contra_intern (label);
  m->value.u.id = key;
  g_free (m->value.text);
  m->value.text = g_strdup (label);
}

/* The predicate a quantity @q is the value of: a verb right before it ("rise 480
 * feet", "stands 146 m") or a measure right after it ("146 metres tall"); -1 when
 * none. */
static gint
measure_predicate (const Reader *r, const ContraMention *q, guint n_mentions)
{
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_CONCEPT || m->modifier || !r->set->frame_predicate[m->term.head->index])
        continue;
      if (m->last == q->first
          || (m->first == q->last && r->set->attribute != NULL
              && contra_concept_is_a (m->term.head, r->set->attribute)))
        return (gint) k;
    }
  return -1;
}

/* TRUE when a possessive's owner @p is the topic: a phrase that names it, or a
 * description whose noun is a word of its name or its kind ("the new bridge's towers"
 * in a story on the Calder Narrows Bridge). */
static gboolean
owns_as_topic (const Reader *r, const Phrase *p)
{
  if (names_topic (r, p))
    return TRUE;
  if (!is_description (r, p) || !word_of (r, p->first, r->set->word_determiner))
    return FALSE;
  return topic_noun (r, p->last - 1);
}

/* Measures a verb states of a part of the topic: "Its two concrete towers
 * rise 480 feet above the river", "the bridge's pair of towers climbs 520 feet", "two
 * pylons that each stand some 146 metres tall". The part is the subject's noun, a
 * thing of the topic's world ("entity/<topic>/pylon", the noun singular and the first
 * of its synonyms, lang/en/kinds.yaml), whether a count ("two"), "pair of", the
 * topic's possessive or none comes before it. A possessive that stands for another
 * name ("the Orrin bridge's towers" in a story on another) leaves it alone; so does a
 * verb whose subject is no plain noun. Which predicates state a measure is the rules'
 * business (rules/general/rules/measures.yaml, measure-rise): this only says what the
 * measure is of. */
static void
read_part_measures (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;

  if (r->topic == NULL || r->set->word_adverb == NULL)
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *q = mention (r, k);
      if (q->kind != CONTRA_MENTION_VALUE || q->value.type != CONTRA_VALUE_QUANTITY || q->value.u.amount.unit == NULL)
        continue;
      gint predicate = measure_predicate (r, q, n_mentions);
      if (predicate < 0)
        continue;
      const ContraMention *pred = mention (r, (guint) predicate);
      guint i;
      /* In apposition, a measure after its value: "Its chimney, 198 m tall, was ...". */
      if (pred->first >= q->last && q->first >= 2 && contra_tokens_is_punct (t, q->first - 1, ','))
        i = q->first - 1;
      else
        {
          /* The verb: the predicate itself, or the word before the length ("stand"). */
          guint verb = pred->last == q->first ? pred->first : q->first - (q->first > 0);
          if (verb == q->first || (pred->last != q->first && !verb_word (r, verb, n_mentions)))
            continue;
          /* Back over adverbs ("each", "also") and a relative pronoun to the subject's noun. */
          i = verb;
          while (i > 0 && word_of (r, i - 1, r->set->word_adverb))
            i--;
          if (i > 0 && word_of (r, i - 1, r->set->word_relative))
            i--;
        }
      if (i == 0)
        continue;
      guint noun = i - 1;
      if (t->tokens[noun].kind != CONTRA_TOKEN_WORD || capitalized (r, noun) || is_grammar_word (r, noun))
        continue;
      /* The noun phrase: a count that covers the noun, or plain words before it. */
      const ContraMention *count = covering (r, noun, n_mentions, CONTRA_MENTION_VALUE);
      guint first = noun;
      if (count != NULL && count->value.type == CONTRA_VALUE_COUNT && count->last == noun + 1)
        first = count->first;
      else if (count != NULL)
        continue;
      else
        while (first > 0 && plain_word (r, first - 1, n_mentions) && !contra_tokens_is_possessive (t, first - 1))
          first--;
      /* "The lighthouse rises 38 metres": the topic itself, which the clause reader
       * gave it. */
      Phrase whole = {first
                        - (first > 0 && word_of (r, first - 1, r->set->word_determiner)
                           && !word_of (r, first - 1, r->set->word_possessive)),
                      noun + 1, FALSE};
      if (count == NULL && names_topic (r, &whole))
        continue;
      /* "pair of towers" */
      if (first >= 2 && is_partitive (r, first - 1) && plain_word (r, first - 2, n_mentions))
        first -= 2;
      /* Whose: a possessive pronoun stands for the topic unless the sentence named
       * something before it; "X's" must name the topic. */
      if (first > 0 && word_of (r, first - 1, r->set->word_possessive))
        {
          Phrase pronoun = {first - 1, first, TRUE};
          Phrase nearer = antecedent (r, &pronoun);
          if (nearer.first < nearer.last && !names_topic (r, &nearer))
            continue;
          first--;
        }
      else if (first > 0 && contra_tokens_is_possessive (t, first - 1))
        {
          Phrase owner = description_before (r, 0, first - 1);
          if (owner.first == owner.last || !owns_as_topic (r, &owner))
            continue;
          first = owner.first;
        }
      g_autofree char *label = NULL;
      const char *key = noun_key (r, noun, noun + 1, r->topic->key, &label);
      if (key != NULL)
        set_about (r, (guint) predicate, key, label, first, noun + 1);
    }
}

/* A measure noun after its own value and a possessive pronoun: "Its 350 m (1,150 ft)
 * main span hangs from 168 cables" is the pronoun's main span, as "its main span"
 * would be (read_predicate()). */
static void
read_possessed_measures (Reader *r, guint n_mentions)
{
  if (r->set->attribute == NULL)
    return;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_CONCEPT || m->modifier || !r->set->frame_predicate[m->term.head->index]
          || !contra_concept_is_a (m->term.head, r->set->attribute) || about_entity (r, k) != NULL)
        continue;
      const ContraMention *value
        = covering (r, m->phrase_first - (m->phrase_first > 0), n_mentions, CONTRA_MENTION_VALUE);
      if (m->phrase_first == 0 || value == NULL || value->last != m->phrase_first
          || value->value.type != CONTRA_VALUE_QUANTITY || value->first == 0
          || !word_of (r, value->first - 1, r->set->word_possessive))
        continue;
      Phrase pronoun = {value->first - 1, value->first, TRUE};
      add_entity (r, k, &pronoun, NULL);
    }
}

/* ---- a subject past a value or a relative clause --------------------------------------- */

/* The subject that opens a sentence with an amount before its noun ("A US$65m federal
 * grant was secured in 2016") or a relative clause after it ("The federal grant that
 * made the project possible was secured in 2018"), for the sentence's first predicate
 * past it: the clause reader stops at the value, or takes the relative clause's object.
 * The subject is a description, a thing of the topic's world without its amount
 * ("entity/<topic>/federal-grant"); a predicate inside the relative clause is not
 * its verb, so only a predicate with its auxiliary ("was secured") is taken there. */
static void
read_subjects_past_clauses (Reader *r, guint n_mentions)
{
  const ContraTokens *t = r->t;
  guint det = r->opening;

  if (r->topic == NULL || det + 1 >= t->n_tokens
      || !(word_of (r, det, r->set->word_determiner)
           || contra_language_is (t->language, CONTRA_WORDS_INDEFINITE_ARTICLES, t, det))
      || word_of (r, det, r->set->word_possessive))
    return;
  guint words = det + 1;
  const ContraMention *value = covering (r, words, n_mentions, CONTRA_MENTION_VALUE);
  if (value != NULL && value->first == words
      && (value->value.type == CONTRA_VALUE_MONEY || value->value.type == CONTRA_VALUE_QUANTITY))
    words = value->last + (value->last < t->n_tokens && contra_tokens_is_dash (t, value->last));
  else
    value = NULL;
  guint end = words;
  while (end < t->n_tokens && end - words < 4 && plain_word (r, end, n_mentions) && !predicate_word (r, end))
    end++;
  if (end == words || end >= t->n_tokens)
    return;
  gboolean relative = word_of (r, end, r->set->word_relative);
  if (!relative && value == NULL)
    return;
  Phrase subject = {det, end, FALSE};
  if (names_topic (r, &subject))
    return;
  /* Right after the subject, the first predicate, with only adverbs and auxiliaries
   * before it; past a relative clause, the last that comes with its auxiliary before
   * the clause ends ("that built the viaduct" has its own verb). */
  gint verb = -1;
  for (guint k = 0; k < n_mentions; k++)
    {
      const ContraMention *m = mention (r, k);
      if (m->kind != CONTRA_MENTION_CONCEPT || m->modifier || !r->set->frame_predicate[m->term.head->index]
          || m->first < end)
        continue;
      gboolean main = TRUE;
      for (guint i = end; main && i < m->phrase_first; i++)
        main = relative ? !contra_tokens_is_punct (t, i, ',') : between_subject_and_verb (r, i, n_mentions);
      if (!main)
        break;
      if (!relative)
        {
          verb = (gint) k;
          break;
        }
      if (contra_language_is (t->language, CONTRA_WORDS_AUXILIARIES, t, m->first)
          || contra_language_is (t->language, CONTRA_WORDS_AUXILIARIES, t, m->first - 1))
        verb = (gint) k;
    }
  const ContraMention *about = verb >= 0 ? about_entity (r, (guint) verb) : NULL;
  if (verb < 0 || (about != NULL && about->first < end))
    return;
  /* "The $40 million ship" in a ferry's story may be the topic, and "a 96-metre ferry"
   * another: a kind of thing (lang/en/kinds.yaml) is left to the clause reader, unless
   * the words are the topic's name ("The $412m Calder bridge"). */
  gboolean topic_words = TRUE;
  for (guint i = words; i < end && topic_words; i++)
    {
      g_autofree char *form = word_form (contra_tokens_plain (t, i));
      topic_words = g_hash_table_contains (r->topic->words, form);
    }
  if (topic_words)
    {
      if (word_of (r, det, r->set->word_determiner))
        set_about (r, (guint) verb, r->topic->key, r->topic->label, det, end);
      return;
    }
  g_autofree char *noun = word_form (contra_tokens_plain (t, end - 1));
  if (contra_kinds_known (contra_language_kinds (t->language), noun))
    return;
  g_autofree char *label = NULL;
  const char *key = noun_key (r, words, end, r->topic->key, &label);
  if (key != NULL)
    set_about (r, (guint) verb, key, label, det, end);
}

void
contra_frames_read (ContraMentions *mentions,
                    const ContraRuleSet *set,
                    const ContraTokens *tokens,
                    const ContraTopic *topic)
{
  Reader r = {set, tokens, mentions, topic, 0};
  guint n = mentions->mentions->len;
  const char *previous = NULL;

  if (set->frame_predicate == NULL)
    return;
  r.opening = find_opening (&r);
  for (guint k = 0; k < n; k++)
    {
      const ContraMention *m = mention (&r, k);
      if (m->kind != CONTRA_MENTION_CONCEPT || m->modifier || !set->frame_predicate[m->term.head->index])
        continue;
      /* A capitalised predicate before a capitalised word is part of a name ("Tidewater
         Foundation Company"). */
      if (capitalized (&r, m->last - 1) && m->last < tokens->n_tokens && capitalized (&r, m->last))
        continue;
      const char *key = read_predicate (&r, k, n, previous);
      if (key != NULL)
        previous = key;
      if (key != NULL && set->event_post != NULL && contra_concept_is_a (m->term.head, set->event_post))
        read_post (&r, k, n);
    }
  read_lifespans (&r, n);
  read_process_labels (&r, n);
  read_distances (&r, n);
  read_counts (&r, n);
  read_sums (&r, n);
  read_object_measures (&r, n);
  read_durations (&r, n);
  read_ages (&r, n);
  read_occasions (&r, n);
  read_speakers (&r, n);
  read_shares (&r, n);
  read_owner_shares (&r, n);
  read_ranks (&r, n);
  read_verb_places (&r, n);
  read_possessed_measures (&r, n);
  read_part_measures (&r, n);
  read_subjects_past_clauses (&r, n);
}
