/* mentions.c — concepts, values, lists and people in one sentence.
 *
 * The passes, in order, each over the sentence's tokens:
 *   1. lexicon: the longest alias at each token (concept mentions never overlap);
 *   2. patterns: the rule packs' regular expressions, where their required words occur;
 *   3. values: each normaliser's can_start() at each token, then match(); explicit
 *      dates move the context's anchor so that "In December" later in the paragraph
 *      takes their year;
 *   4. lists: after each list cue, with concept mentions as hints for item bounds;
 *   5. compose: a modifier right before a head qualifies it ("US" + "corvette");
 *   6. people: names after titles, names the document introduced, lexicon people;
 *   7. clauses.
 * Known limits: a name is only found next to a title or after the document has
 * introduced it; a modifier must stand right before its head (two plain words may
 * come between).
 */
#include "extract/mentions.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <math.h>
#include <pcre2.h>
#include <string.h>

#include "base/array.h"
#include "base/strutil.h"
#include "lang/language.h"
#include "normalize/list.h"

static const char *const kind_names[] = {"concept", "value", "list", "person", "entity"};

const char *
contra_mention_kind_name (ContraMentionKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), "?");
  return kind_names[kind];
}

struct _ContraPeople {
  GHashTable *by_surname;    /* folded last name -> interned full-name key */
  GHashTable *labels;        /* interned key -> full name as first written */
};

ContraPeople *
contra_people_new (void)
{
  ContraPeople *people = g_new0 (ContraPeople, 1);
  people->by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  people->labels = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  return people;
}

void
contra_people_free (ContraPeople *people)
{
  if (people == NULL)
    return;
  g_hash_table_unref (people->by_surname);
  g_hash_table_unref (people->labels);
  g_free (people);
}

/* Per-thread matching state for patterns lives with the mentions buffer. */
typedef struct {
  ContraMentions public;
  pcre2_match_data *match_data;
  pcre2_match_context *match_context;
  GHashTable *words;         /* folded words of the sentence, for pattern prefilters */
} Mentions;

static void
mention_clear (ContraMention *m)
{
  contra_value_clear (&m->value);
}

ContraMentions *
contra_mentions_new (void)
{
  Mentions *m = g_new0 (Mentions, 1);

  m->public.mentions = g_array_sized_new (FALSE, TRUE, sizeof (ContraMention), 32);
  g_array_set_clear_func (m->public.mentions, (GDestroyNotify) mention_clear);
  m->match_data = pcre2_match_data_create (16, NULL);
  m->match_context = pcre2_match_context_create (NULL);
  pcre2_set_match_limit (m->match_context, CONTRA_PATTERN_MATCH_LIMIT);
  m->words = g_hash_table_new (g_str_hash, g_str_equal);
  return &m->public;
}

void
contra_mentions_free (ContraMentions *mentions)
{
  Mentions *m = (Mentions *) mentions;

  if (m == NULL)
    return;
  g_array_unref (m->public.mentions);
  pcre2_match_data_free (m->match_data);
  pcre2_match_context_free (m->match_context);
  g_hash_table_unref (m->words);
  g_free (m);
}

static ContraMention *
mention_at (ContraMentions *mentions, guint i)
{
  return &g_array_index (mentions->mentions, ContraMention, i);
}

ContraMention *
contra_mentions_add (ContraMentions *mentions, ContraMentionKind kind, guint first, guint last)
{
  ContraMention m = {0};

  m.kind = kind;
  m.first = first;
  m.phrase_first = first;
  m.attached = -1;
  m.last = last;
  g_array_append_val (mentions->mentions, m);
  return mention_at (mentions, mentions->mentions->len - 1);
}

guint
contra_mentions_distance (const ContraTokens *t, guint a_first, guint a_last, guint b_first,
                          guint b_last)
{
  guint from, to, n = 0;

  if (a_last <= b_first)
    from = a_last, to = b_first;
  else if (b_last <= a_first)
    from = b_last, to = a_first;
  else
    return 0;
  for (guint i = from; i < to; i++)
    n += t->tokens[i].kind != CONTRA_TOKEN_PUNCT;
  return n;
}

/* ---- 1, 2: concepts -------------------------------------------------------------- */

static void
find_concepts (ContraMentions *mentions, const ContraRuleSet *set, const ContraTokens *t)
{
  for (guint i = 0; i < t->n_tokens;)
    {
      const ContraConcept *c = NULL;
      guint n = contra_lexicon_match (set->lexicon, t, i, &c);

      if (n == 0)
        {
          i++;
          continue;
        }
      /* Word classes are read by the frame reader where it needs them. */
      if (set->word != NULL && contra_concept_is_a (c, set->word))
        {
          i += n;
          continue;
        }
      ContraMention *m = contra_mentions_add (mentions, CONTRA_MENTION_CONCEPT, i, i + n);
      m->term.head = c;
      i += n;
    }
}

static gboolean
covered_by_concept (ContraMentions *mentions, guint first, guint last)
{
  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      const ContraMention *m = mention_at (mentions, i);
      if (m->kind == CONTRA_MENTION_CONCEPT && m->first < last && first < m->last)
        return TRUE;
    }
  return FALSE;
}

/* The first token starting at or after byte @start, and the token after the last one
 * ending at or before byte @end. */
static gboolean
byte_range_to_tokens (const ContraTokens *t, gsize start, gsize end, guint *first, guint *last)
{
  guint a = 0;
  while (a < t->n_tokens && t->tokens[a].start < start)
    a++;
  guint b = a;
  while (b < t->n_tokens && t->tokens[b].end <= end)
    b++;
  if (b <= a)
    return FALSE;
  *first = a;
  *last = b;
  return TRUE;
}

static void
find_patterns (Mentions *m, const ContraRuleSet *set, const ContraTokens *t)
{
  gboolean words_ready = FALSE;

  for (guint p = 0; p < set->patterns->len; p++)
    {
      const ContraPattern *pattern = g_ptr_array_index (set->patterns, p);

      if (pattern->requires != NULL)
        {
          if (!words_ready)
            {
              g_hash_table_remove_all (m->words);
              for (guint i = 0; i < t->n_tokens; i++)
                g_hash_table_add (m->words, (gpointer) contra_tokens_fold (t, i));
              words_ready = TRUE;
            }
          gboolean any = FALSE;
          for (guint w = 0; pattern->requires[w] && !any; w++)
            any = g_hash_table_contains (m->words, pattern->requires[w]);
          if (!any)
            continue;
        }

      PCRE2_SIZE offset = 0;
      while (offset < t->length)
        {
          int rc = pcre2_match (pattern->code, (PCRE2_SPTR) t->text, t->length, offset, 0,
                                m->match_data, m->match_context);
          if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT
              || rc == PCRE2_ERROR_HEAPLIMIT)
            {
              if (m->public.limit_hit == NULL)
                m->public.limit_hit = pattern;
              break;
            }
          if (rc < 0)
            break;
          PCRE2_SIZE *ovector = pcre2_get_ovector_pointer (m->match_data);
          guint first, last;
          if (ovector[1] > ovector[0]
              && byte_range_to_tokens (t, ovector[0], ovector[1], &first, &last)
              && !covered_by_concept (&m->public, first, last))
            {
              ContraMention *mention = contra_mentions_add (&m->public, CONTRA_MENTION_CONCEPT, first, last);
              mention->term.head = pattern->concept;
            }
          offset = ovector[1] > ovector[0] ? ovector[1] : ovector[0] + 1;
        }
    }
}

/* ---- 3: values ------------------------------------------------------------------- */

static void
find_values (ContraMentions *mentions, const ContraTokens *t, ContraDateContext *context)
{
  guint n_normalizers;
  const ContraNormalizer *const *normalizers = contra_normalizers (&n_normalizers);

  contra_date_context_sentence (context, t);
  for (guint i = 0; i < t->n_tokens;)
    {
      guint n = 0;
      for (guint k = 0; k < n_normalizers && n == 0; k++)
        {
          const ContraNormalizer *normalizer = normalizers[k];
          ContraValue value = CONTRA_VALUE_INIT;

          if (!normalizer->can_start (t, i))
            continue;
          n = normalizer->match (t, i, context, &value);
          if (n == 0)
            {
              contra_value_clear (&value);
              continue;
            }
          ContraMention *m = contra_mentions_add (mentions, CONTRA_MENTION_VALUE, i, i + n);
          contra_value_move (&m->value, &value);
          if (m->value.type == CONTRA_VALUE_DATE)
            contra_date_context_note (context, t, i, &m->value.u.date);
        }
      i += n > 0 ? n : 1;
    }
}

/* A word inside a date is the date's: the month in "In May 2002" is not the modal
 * "may", nor "March 2011" a march. Mentions are sorted, so a date's concepts follow
 * it. */
static gboolean
outside_dates (gconstpointer element, gpointer user_data)
{
  const ContraMention *m = element;
  guint *date_last = user_data;

  if (m->kind == CONTRA_MENTION_CONCEPT && m->last <= *date_last)
    return FALSE;
  if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_DATE)
    *date_last = MAX (*date_last, m->last);
  return TRUE;
}

static void
drop_concepts_in_dates (ContraMentions *mentions)
{
  guint date_last = 0;
  contra_array_filter (mentions->mentions, outside_dates, &date_last);
}

/* ---- 4: lists ---------------------------------------------------------------------- */

/* The count a count value states for a list, or 0 when it states none: only an exact
 * whole number a guint holds announces how many items follow. "more than two areas"
 * and "2.5 areas" announce no length, and 5000000000 overflowed the cast. */
static guint
stated_count (const ContraValue *count)
{
  double v = count->u.amount.value;

  if (count->u.amount.bound != CONTRA_BOUND_EXACT || !(v >= 1 && v <= G_MAXUINT) || v != floor (v))
    return 0;
  return (guint) v;
}

static int
compare_mentions (gconstpointer a, gconstpointer b)
{
  const ContraMention *x = a, *y = b;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->last != y->last)
    return x->last > y->last ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

static void
find_lists (ContraMentions *mentions, const ContraTokens *t)
{
  g_autoptr (GArray) hints = g_array_new (FALSE, FALSE, sizeof (ContraListHint));
  guint n = mentions->mentions->len;

  for (guint i = 0; i < n; i++)
    {
      const ContraMention *m = mention_at (mentions, i);
      if (m->kind == CONTRA_MENTION_CONCEPT)
        {
          ContraListHint hint = {m->first, m->last, m->term.head->id};
          g_array_append_val (hints, hint);
        }
    }
  g_array_sort (hints, compare_mentions); /* first, last lead both structures */

  for (guint from = 0; from < t->n_tokens;)
    {
      guint start = contra_list_find_start (t, from, t->n_tokens);
      if (start == G_MAXUINT)
        break;

      /* A count stated just before a closing cue ("five areas of cooperation:",
       * "five areas – namely,") announces the whole list, guides the split and is kept
       * with the items. Before "including" or "such as" a count is of a whole the list
       * only gives examples of. */
      guint stated = 0;
      gboolean closing
        = start > 0
          && (contra_tokens_is_punct (t, start - 1, ':') || contra_tokens_is_dash (t, start - 1)
              || contra_language_is (t->language, CONTRA_WORDS_COUNT_CLOSING_CUES, t, start - 1)
              || (start > 1 && contra_language_is (t->language, CONTRA_WORDS_COUNT_CLOSING_CUES, t, start - 2)));
      for (guint i = 0; closing && i < n; i++)
        {
          const ContraMention *m = mention_at (mentions, i);
          if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_COUNT
              && m->last <= start && start - m->last <= 8)
            stated = stated_count (&m->value);
        }

      ContraValue value = CONTRA_VALUE_INIT;
      guint end = start;
      if (contra_list_split (t, start, t->n_tokens, (const ContraListHint *) hints->data,
                             hints->len, stated, &value, &end))
        {
          ContraMention *m = contra_mentions_add (mentions, CONTRA_MENTION_LIST, start, end);
          contra_value_move (&m->value, &value);
          from = end;
        }
      else
        {
          contra_value_clear (&value);
          from = start + 1;
        }
    }
}

/* ---- 5: compose ---------------------------------------------------------------------- */

static gboolean
concept_in (const ContraConcept *c, const GPtrArray *set)
{
  for (guint i = 0; i < set->len; i++)
    if (contra_concept_is_a (c, g_ptr_array_index (set, i)))
      return TRUE;
  return FALSE;
}

/* Can the tokens between a modifier and a head be crossed? Hyphens, joiners ("led"
 * in "US-led"), a possessive, and at most two plain words. */
static gboolean
gap_crossable (const ContraTokens *t, guint from, guint to, char *const *joiners)
{
  guint words = 0;

  for (guint i = from; i < to; i++)
    {
      const char *fold = contra_tokens_fold (t, i);
      if (contra_tokens_is_punct (t, i, '-') || contra_tokens_is_possessive (t, i))
        continue;
      if (joiners != NULL && g_strv_contains ((const char *const *) joiners, fold))
        continue;
      if (t->tokens[i].kind != CONTRA_TOKEN_WORD
          || (t->tokens[i].flags & CONTRA_TOKEN_CAPITALIZED)
          || contra_language_is (t->language, CONTRA_WORDS_NAME_GAPS, t, i) || ++words > 2)
        return FALSE;
    }
  return TRUE;
}

static void
add_qualifier (ContraTerm *term, const ContraConcept *q)
{
  for (guint k = 0; k < term->n_qualifiers; k++)
    if (term->qualifiers[k] == q)
      return;
  if (term->n_qualifiers < CONTRA_TERM_MAX_QUALIFIERS && q != term->head)
    term->qualifiers[term->n_qualifiers++] = q;
}

static void
compose (ContraMentions *mentions, const ContraRuleSet *set, const ContraTokens *t)
{
  guint n = mentions->mentions->len;

  for (guint c = 0; c < set->compose->len; c++)
    {
      const ContraCompose *rule = g_ptr_array_index (set->compose, c);
      gint previous = -1; /* the last concept mention seen */

      for (guint i = 0; i < n; i++)
        {
          ContraMention *h = mention_at (mentions, i);
          if (h->kind != CONTRA_MENTION_CONCEPT)
            continue;
          if (previous >= 0 && concept_in (h->term.head, rule->heads))
            {
              ContraMention *m = mention_at (mentions, (guint) previous);
              if (concept_in (m->term.head, rule->modifiers) && !concept_in (m->term.head, rule->heads)
                  && m->last <= h->first && gap_crossable (t, m->last, h->first, rule->joiners))
                {
                  add_qualifier (&h->term, m->term.head);
                  for (guint k = 0; k < m->term.n_qualifiers; k++)
                    add_qualifier (&h->term, m->term.qualifiers[k]);
                  m->modifier = TRUE;
                  /* "American defence secretary": a defense minister who is American is
                   * the Secretary of Defense. */
                  g_autofree char *key = g_strconcat (h->term.head->id, "|", m->term.head->id, NULL);
                  const ContraConcept *narrower = g_hash_table_lookup (set->specialize, key);
                  if (narrower != NULL)
                    h->term.head = narrower;
                  h->phrase_first = MIN (h->phrase_first, m->phrase_first);
                }
              else if (concept_in (m->term.head, rule->heads) && m->term.n_qualifiers > 0 && h->term.n_qualifiers == 0
                       && m->last + 1 == h->first && contra_language_is (t->language, CONTRA_WORDS_AND, t, m->last))
                {
                  /* "Vietnamese Deputy Prime Minister and Foreign Minister": the
                   * modifier reaches across the coordination. */
                  for (guint k = 0; k < m->term.n_qualifiers; k++)
                    add_qualifier (&h->term, m->term.qualifiers[k]);
                }
            }
          previous = (gint) i;
        }
    }
}

/* ---- 6: people ------------------------------------------------------------------------ */

static gint
concept_mention_at (ContraMentions *mentions, guint token)
{
  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      const ContraMention *m = mention_at (mentions, i);
      if (m->kind == CONTRA_MENTION_CONCEPT && m->first <= token && token < m->last)
        return (gint) i;
    }
  return -1;
}

static gboolean
name_token (ContraMentions *mentions, const ContraTokens *t, guint i)
{
  if (i >= t->n_tokens || t->tokens[i].kind != CONTRA_TOKEN_WORD)
    return FALSE;
  if (!(t->tokens[i].flags & CONTRA_TOKEN_CAPITALIZED) || (t->tokens[i].flags & CONTRA_TOKEN_ABBREV))
    return FALSE;
  /* Capitalised words that are not names: function words (capitalised at the start
   * of a sentence or in a title-case heading), and the calendar (lang/en/words.yaml,
   * calendar.yaml). */
  if (contra_language_is (t->language, CONTRA_WORDS_NOT_NAMES, t, i)
      || contra_language_is (t->language, CONTRA_WORDS_CALENDAR_NAMES, t, i))
    return FALSE;
  return concept_mention_at (mentions, i) < 0;
}

/* A function word that ends a name: the given name "An" in "Trinh Tien An, the
 * Vietnamese President" or "President Trinh Tien An addressed". It follows a name
 * word and comes before punctuation or a lowercase word, not before another
 * capitalised word, as "An" would in a title-case heading. */
static gboolean
name_final_token (ContraMentions *mentions, const ContraTokens *t, guint i)
{
  return i > 0 && i < t->n_tokens && t->tokens[i].kind == CONTRA_TOKEN_WORD
         && (t->tokens[i].flags & CONTRA_TOKEN_CAPITALIZED) && !(t->tokens[i].flags & CONTRA_TOKEN_ABBREV)
         && contra_language_is (t->language, CONTRA_WORDS_NOT_NAMES, t, i)
         && (i + 1 == t->n_tokens || !(t->tokens[i + 1].flags & CONTRA_TOKEN_CAPITALIZED))
         && name_token (mentions, t, i - 1) && concept_mention_at (mentions, i) < 0;
}

/* The run of name tokens from @i: "Ashton Carter", "John F. Kennedy". */
static guint
name_run (ContraMentions *mentions, const ContraTokens *t, guint i)
{
  guint j = i;

  while (j < t->n_tokens && j - i < 5)
    {
      if (name_token (mentions, t, j))
        j++;
      else if (j > i && contra_tokens_is_punct (t, j, '.') && t->tokens[j - 1].end - t->tokens[j - 1].start == 1
               && name_token (mentions, t, j + 1))
        j++; /* the period of an initial */
      else
        {
          if (j > i && name_final_token (mentions, t, j))
            j++;
          break;
        }
    }
  return j - i;
}

/* The key of a person the lexicon knows: its id without the "person/" kind. */
static const char *
known_person_key (const ContraConcept *person)
{
  const char *slash = strchr (person->id, '/');
  return contra_intern (slash != NULL ? slash + 1 : person->id);
}

static ContraMention *
add_person (ContraMentions *mentions, ContraPeople *people, const ContraTokens *t, guint first,
            guint last, const ContraTerm *title)
{
  g_autofree char *name = g_strndup (t->text + t->tokens[first].start,
                                     t->tokens[last - 1].end - t->tokens[first].start);
  g_autofree char *slug = contra_slugify (name);
  const char *key;

  /* A lone surname the document has introduced is that person. */
  if (last - first == 1)
    {
      const char *full = g_hash_table_lookup (people->by_surname, contra_tokens_fold (t, first));
      key = full != NULL ? full : contra_intern (slug);
    }
  else
    {
      key = contra_intern (slug);
      g_hash_table_replace (people->by_surname, g_strdup (contra_tokens_fold (t, last - 1)),
                            (gpointer) key);
      if (!g_hash_table_contains (people->labels, key))
        g_hash_table_insert (people->labels, (gpointer) key, g_strdup (name));
    }

  ContraMention *m = contra_mentions_add (mentions, CONTRA_MENTION_PERSON, first, last);
  m->value.type = CONTRA_VALUE_NAME;
  m->value.text = g_steal_pointer (&name);
  m->value.u.id = key;
  if (title != NULL)
    m->term = *title;
  return m;
}

static void
find_people (ContraMentions *mentions, const ContraRuleSet *set, const ContraTokens *t,
             ContraPeople *people)
{
  guint n = mentions->mentions->len;
  g_autofree guint8 *taken = g_new0 (guint8, t->n_tokens + 1);

  /* A name after a title: "Defense Secretary Ashton Carter", "the ... Secretary of
   * Defense, Kurt Campbell,", "Defense Minister General Phung Quang Thanh". Mentions
   * are copied before add_person() grows the array under them. */
  for (guint i = 0; set->office != NULL && i < n; i++)
    {
      const ContraMention title = *mention_at (mentions, i);
      if (title.kind != CONTRA_MENTION_CONCEPT || !contra_concept_is_a (title.term.head, set->office))
        continue;
      guint p = title.last;
      if (contra_tokens_is_punct (t, p, ','))
        p++;
      gint person = -1;
      for (gint r; p < t->n_tokens && (r = concept_mention_at (mentions, p)) >= 0;)
        {
          const ContraMention *next = mention_at (mentions, (guint) r);
          if (g_str_equal (next->term.head->kind, "person"))
            {
              person = r;
              break;
            }
          if (set->person_title == NULL || !contra_concept_is_a (next->term.head, set->person_title))
            break;
          p = next->last;
        }
      /* A person the lexicon knows keeps the title before it. */
      guint len = person >= 0 ? mention_at (mentions, (guint) person)->last - p : name_run (mentions, t, p);
      if (len == 0 || taken[p])
        continue;
      ContraTerm term = title.term;
      const ContraConcept *known = person >= 0 ? mention_at (mentions, (guint) person)->term.head : NULL;
      ContraMention *added = add_person (mentions, people, t, p, p + len, &term);
      if (known != NULL)
        added->value.u.id = known_person_key (known);
      /* "Deputy Prime Minister and Foreign Minister Phan Binh Minh" holds both. */
      if (i >= 1 && title.first >= 1 && contra_language_is (t->language, CONTRA_WORDS_AND, t, title.first - 1))
        {
          const ContraMention other = *mention_at (mentions, i - 1);
          if (other.kind == CONTRA_MENTION_CONCEPT && other.last + 1 == title.first
              && contra_concept_is_a (other.term.head, set->office))
            {
              ContraTerm co = other.term;
              ContraMention *also = add_person (mentions, people, t, p, p + len, &co);
              if (known != NULL)
                also->value.u.id = known_person_key (known);
            }
        }
      memset (taken + p, 1, len);
    }

  /* A name before an appositive title: "Kurt Campbell, the Assistant Secretary". */
  for (guint i = 0; set->office != NULL && i < n; i++)
    {
      const ContraMention title = *mention_at (mentions, i);
      if (title.kind != CONTRA_MENTION_CONCEPT || !contra_concept_is_a (title.term.head, set->office))
        continue;
      guint p = title.phrase_first;
      /* "the department's project director": a possessive of up to three words. */
      if (p >= 2 && contra_tokens_is_possessive (t, p - 1))
        {
          guint q = p - 1;
          while (q > 0 && p - q < 3 && t->tokens[q - 1].kind == CONTRA_TOKEN_WORD
                 && !contra_language_is (t->language, CONTRA_WORDS_DEFINITE_ARTICLES, t, q - 1))
            q--;
          if (q > 0 && contra_language_is (t->language, CONTRA_WORDS_DEFINITE_ARTICLES, t, q - 1))
            p = q;
        }
      if (p >= 1 && contra_language_is (t->language, CONTRA_WORDS_APPOSITIVE_ARTICLES, t, p - 1))
        p--;
      if (p < 3 || !contra_tokens_is_punct (t, p - 1, ','))
        continue;
      guint end = p - 1, begin = end;
      if (name_final_token (mentions, t, begin - 1))
        begin--;
      while (begin > 0 && name_token (mentions, t, begin - 1) && end - begin < 4)
        begin--;
      if (end - begin >= 2 && !taken[begin])
        {
          ContraTerm term = title.term;
          add_person (mentions, people, t, begin, end, &term);
          memset (taken + begin, 1, end - begin);
        }
    }

  /* A name a report gives as its speaker, with no title: "said Oskar Lindqvist", "Oskar
   * Lindqvist said", "according to Oskar Lindqvist". Two words at least: a lone
   * surname is a speaker only once the document has introduced the person. */
  for (guint i = 0; set->cue_reported != NULL && i < n; i++)
    {
      const ContraMention cue = *mention_at (mentions, i);
      if (cue.kind != CONTRA_MENTION_CONCEPT || !contra_concept_is_a (cue.term.head, set->cue_reported))
        continue;
      guint after = name_run (mentions, t, cue.last), begin = cue.first;
      while (begin > 0 && name_token (mentions, t, begin - 1) && cue.first - begin < 4)
        begin--;
      if (after >= 2 && !memchr (taken + cue.last, 1, after))
        {
          add_person (mentions, people, t, cue.last, cue.last + after, NULL);
          memset (taken + cue.last, 1, after);
        }
      else if (cue.first - begin >= 2 && !memchr (taken + begin, 1, cue.first - begin)
               && (begin == 0 || !name_token (mentions, t, begin - 1)))
        {
          add_person (mentions, people, t, begin, cue.first, NULL);
          memset (taken + begin, 1, cue.first - begin);
        }
    }

  /* People the lexicon knows, and names the document has introduced. */
  for (guint i = 0; i < n; i++)
    {
      const ContraMention *m = mention_at (mentions, i);
      if (m->kind == CONTRA_MENTION_CONCEPT && g_str_equal (m->term.head->kind, "person")
          && !taken[m->first])
        {
          ContraMention *p = contra_mentions_add (mentions, CONTRA_MENTION_PERSON, m->first, m->last);
          m = mention_at (mentions, i); /* the array may have moved */
          p->value.type = CONTRA_VALUE_NAME;
          p->value.text = g_strdup (m->term.head->label);
          p->value.u.id = known_person_key (m->term.head);
          taken[m->first] = 1;
        }
    }
  for (guint i = 0; i < t->n_tokens; i++)
    {
      if (taken[i] || !name_token (mentions, t, i) || (i > 0 && name_token (mentions, t, i - 1)))
        continue;
      guint len = name_run (mentions, t, i);
      if (len == 0 || memchr (taken + i, 1, len) != NULL)
        continue;
      const char *last = contra_tokens_fold (t, i + len - 1);
      if (!g_hash_table_contains (people->by_surname, last))
        continue;
      /* A ship named after a person is a ship: "the destroyer John McCain". */
      gint before = i > 0 ? concept_mention_at (mentions, i - 1) : -1;
      if (before >= 0 && g_str_equal (mention_at (mentions, (guint) before)->term.head->kind, "vessel"))
        continue;
      add_person (mentions, people, t, i, i + len, NULL);
      memset (taken + i, 1, len);
    }
}

/* ---- 7: clauses -------------------------------------------------------------------------- */

/* Clauses: a semicolon, a colon before a subject ("can leave the pass behind: the
 * tunnel opened on Monday"), a comma before "but", "while", "although"..., or "and"
 * right before a verb ("held a dialogue in 2010 and signed a memorandum the following
 * year") starts one; what is in brackets is a clause of its own, and the clause around it
 * resumes after it. A relative clause (", which ...") stays with its noun. */
static void
find_clauses (ContraMentions *mentions, const ContraRuleSet *set, const ContraTokens *t)
{
  g_autofree guint *clause = g_new0 (guint, t->n_tokens + 1);
  g_autofree guint8 *in_list = g_new0 (guint8, t->n_tokens + 1);
  g_autofree guint8 *verb = g_new0 (guint8, t->n_tokens + 1);
  guint current = 0, next = 1;
  guint outer[8];
  guint depth = 0;

  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      const ContraMention *m = mention_at (mentions, i);
      if (m->kind == CONTRA_MENTION_LIST)
        memset (in_list + m->first, 1, m->last - m->first);
      if (m->kind == CONTRA_MENTION_CONCEPT && set->action != NULL && contra_concept_is_a (m->term.head, set->action))
        verb[m->first] = 1;
    }
  for (guint i = 0; i < t->n_tokens; i++)
    {
      if (contra_tokens_is_punct (t, i, '(') && depth < G_N_ELEMENTS (outer))
        {
          outer[depth++] = current;
          current = next++;
        }
      else if (contra_tokens_is_punct (t, i, ')') && depth > 0)
        {
          clause[i] = current;
          current = outer[--depth];
          continue;
        }
      else if (!in_list[i] && depth == 0)
        {
          if (contra_tokens_is_punct (t, i, ';'))
            current = next++;
          else if (contra_tokens_is_punct (t, i, ':') && i + 1 < t->n_tokens
                   && contra_language_is (t->language, CONTRA_WORDS_SUBJECT_STARTS, t, i + 1))
            current = next++;
          else if (contra_tokens_is_punct (t, i, ',') && i + 1 < t->n_tokens
                   && contra_language_is (t->language, CONTRA_WORDS_CLAUSE_OPENERS, t, i + 1))
            current = next++;
          else if (contra_language_is (t->language, CONTRA_WORDS_AND, t, i) && verb[i + 1])
            current = next++;
          else if (contra_tokens_is_punct (t, i, ',') && contra_language_is (t->language, CONTRA_WORDS_AND, t, i + 1)
                   && i + 2 < t->n_tokens && contra_language_is (t->language, CONTRA_WORDS_SUBJECT_STARTS, t, i + 2))
            current = next++;
        }
      clause[i] = current;
    }
  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      ContraMention *m = mention_at (mentions, i);
      m->clause = m->first < t->n_tokens ? clause[m->first] : current;
    }
  mentions->n_clauses = next;
}

/* A date written right before a noun is that noun's ("the 2011 MOU", "its 2013
 * agreement"): other frames do not take it. A date after "since" is a point of
 * reference ("the first visit since 1975"), not the date of an event, unless a
 * "when" clause makes it one ("Since July 11, 1995, when ..."); so is the date a
 * count runs from ("three years after 1990 it was founded" is 1993). */
static void
attach_dates (ContraMentions *mentions, const ContraTokens *t)
{
  ContraMention *counted = NULL; /* the date before, when a count after which an event is named */

  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      ContraMention *m = mention_at (mentions, i);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_DATE)
        continue;
      if (m->first > 0 && contra_language_is (t->language, CONTRA_WORDS_REFERENCE_POINT, t, m->first - 1)
          && !(contra_tokens_is_punct (t, m->last, ',')
               && contra_language_is (t->language, CONTRA_WORDS_EVENT_CLAUSE, t, m->last + 1)))
        m->reference_point = TRUE;
      /* The count runs from this date: the count is the date of what follows it. */
      if (counted != NULL
          && (m->first == counted->last
              || (m->first == counted->last + 1
                  && contra_language_is (t->language, CONTRA_WORDS_ARTICLES, t, m->first - 1))))
        {
          m->reference_point = TRUE;
          counted->counted = FALSE;
        }
      m->counted = m->last - m->first > 1 && contra_language_is (t->language, CONTRA_WORDS_AFTER, t, m->last - 1);
      counted = m->counted ? m : NULL;
    }
  for (guint i = 0; i + 1 < mentions->mentions->len; i++)
    {
      ContraMention *m = mention_at (mentions, i);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_DATE)
        continue;
      for (guint j = i + 1; j < mentions->mentions->len; j++)
        {
          const ContraMention *n = mention_at (mentions, j);
          if (n->first > m->last)
            break;
          if (n->first == m->last && n->kind == CONTRA_MENTION_CONCEPT)
            {
              m->attached = (gint) j;
              break;
            }
        }
    }
}

/* A number right after a word of change is the size of a step ("grew by 3,000", "rose
 * 9 percent", "down 2 percent"), and one after "from" and such a word is where the
 * step began ("rose from 6.8 to 7.4 percent" is no range): neither is the level of
 * what changed. "Rose to 7.4 percent" states the level. A number in square brackets
 * is a footnote's mark. */
static void
mark_changes (ContraMentions *mentions, const ContraTokens *t)
{
  const ContraLanguage *language = t->language;

  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      ContraMention *m = mention_at (mentions, i);
      guint before = m->first;
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type == CONTRA_VALUE_DATE || before == 0)
        continue;
      /* "... patrolling capacity.[3]": a footnote's mark, no value. */
      m->citation = m->value.type == CONTRA_VALUE_NUMBER && contra_tokens_is_punct (t, before - 1, '[')
                    && contra_tokens_is_punct (t, m->last, ']');
      if (before >= 2 && contra_language_is (language, CONTRA_WORDS_CHANGE_OPENERS, t, before - 1))
        before--;
      m->change = contra_language_is (language, CONTRA_WORDS_CHANGE, t, before - 1);
    }
}

/* A date after "from" starts a period when "to" or "until" and another date follow in
 * its clause ("mayor from 1998 to 2006", "from 1998 until 2004"); that date ends it. */
static void
mark_periods (ContraMentions *mentions, const ContraTokens *t)
{
  const ContraLanguage *language = t->language;

  for (guint i = 0; i + 1 < mentions->mentions->len; i++)
    {
      ContraMention *m = mention_at (mentions, i);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_DATE || m->first == 0
          || !contra_language_is (language, CONTRA_WORDS_PERIOD_STARTS, t, m->first - 1))
        continue;
      for (guint j = i + 1; j < mentions->mentions->len; j++)
        {
          ContraMention *n = mention_at (mentions, j);
          if (n->kind != CONTRA_MENTION_VALUE || n->value.type != CONTRA_VALUE_DATE)
            continue;
          if (n->clause == m->clause && n->first == m->last + 1
              && contra_language_is (language, CONTRA_WORDS_PERIOD_ENDS, t, m->last))
            {
              m->period = CONTRA_PERIOD_START;
              n->period = CONTRA_PERIOD_END;
            }
          break;
        }
    }
}

/* The gate (ruleset.h): can what phase one found lead to a claim? */
static gboolean
may_claim (ContraMentions *mentions, const ContraRuleSet *set, const ContraTokens *t)
{
  gboolean counts = FALSE;
  gboolean lifespans = set->frame_predicate != NULL && set->event_birth != NULL
                       && set->frame_predicate[set->event_birth->index];

  if (set->gate_open)
    return TRUE;
  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      const ContraMention *m = mention_at (mentions, i);
      /* What the frame reader (extract/frames.h) may read: a process may have a
       * labelled time, a date after an opening bracket may begin a lifespan, a
       * quantity may be a distance from a place, a number after a tab a count in a
       * fact box, a number before a hyphen a count in a compound ("six-lane"). */
      if (set->frame_predicate != NULL && set->process != NULL && m->kind == CONTRA_MENTION_CONCEPT
          && contra_concept_is_a (m->term.head, set->process))
        return TRUE;
      if (lifespans && m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_DATE && m->first > 0
          && contra_tokens_is_punct (t, m->first - 1, '('))
        return TRUE;
      if (set->frame_predicate != NULL && m->kind == CONTRA_MENTION_VALUE
          && (m->value.type == CONTRA_VALUE_QUANTITY
              || (set->frame_value[CONTRA_VALUE_COUNT] && m->value.type == CONTRA_VALUE_NUMBER && m->first > 0
                  && (contra_tokens_is_punct (t, m->first - 1, '\t') || contra_tokens_is_dash (t, m->last)))))
        return TRUE;
      if (m->kind == CONTRA_MENTION_CONCEPT && set->wakes[m->term.head->index])
        return TRUE;
      if (m->kind == CONTRA_MENTION_VALUE && set->by_value[m->value.type] != NULL)
        return TRUE;
      counts |= m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_COUNT;
    }
  return counts && set->by_value[CONTRA_VALUE_SET] != NULL;
}

/* TRUE when a capitalised word of the sentence is the surname of someone the
 * document has introduced: find_people() may then learn a new full name. */
static gboolean
names_known_surname (const ContraTokens *t, const ContraPeople *people)
{
  if (g_hash_table_size (people->by_surname) == 0)
    return FALSE;
  for (guint i = 0; i < t->n_tokens; i++)
    if ((t->tokens[i].flags & CONTRA_TOKEN_CAPITALIZED)
        && g_hash_table_contains (people->by_surname, contra_tokens_fold (t, i)))
      return TRUE;
  return FALSE;
}

gboolean
contra_mentions_find (ContraMentions *mentions,
                      const ContraRuleSet *set,
                      const ContraTokens *tokens,
                      ContraDateContext *context,
                      ContraPeople *people,
                      gboolean gated)
{
  g_array_set_size (mentions->mentions, 0);
  mentions->limit_hit = NULL;
  if (tokens->n_tokens == 0)
    return FALSE;

  /* Phase one: what every sentence is read for. */
  find_concepts (mentions, set, tokens);
  if (set->patterns->len > 0)
    find_patterns ((Mentions *) mentions, set, tokens);
  find_values (mentions, tokens, context);
  g_array_sort (mentions->mentions, compare_mentions);
  drop_concepts_in_dates (mentions);
  if (gated && !may_claim (mentions, set, tokens))
    {
      if (names_known_surname (tokens, people))
        find_people (mentions, set, tokens, people);
      return FALSE;
    }

  /* Phase two: what rules look at. */
  compose (mentions, set, tokens);
  find_lists (mentions, tokens);
  find_people (mentions, set, tokens, people);
  g_array_sort (mentions->mentions, compare_mentions);
  find_clauses (mentions, set, tokens);
  attach_dates (mentions, tokens);
  mark_changes (mentions, tokens);
  mark_periods (mentions, tokens);
  return TRUE;
}
