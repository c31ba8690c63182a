/* lexicon.c — concept store and alias matcher.
 *
 * Aliases are kept in buckets keyed by the folded form of their first word, longest
 * first, so matching at a token is one probe of a table keyed by the hash the
 * tokenizer already computed (ContraToken.hash) and, for the few aliases that start
 * with that word, a word-by-word comparison. The is_a and part_of closures are
 * computed once, after loading, as sorted index arrays: is_a() is a binary search.
 */
#include "lexicon/lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "lang/language.h"

/* An alias is one block (alias_new()): the struct, then its words' pointers, their
 * text, the exact flags and its key in lex->alias_keys, so that a lexicon of tens of thousands of aliases costs
 * one malloc and one free for each. */
typedef struct {
  guint n_words;
  char **words;          /* the form compared with each token */
  guint8 *exact;         /* per word: compare the plain form (else the folded form) */
  ContraConcept *concept;
} Alias;

static Alias *
alias_new (ContraConcept *concept, GPtrArray *words, const guint8 *exact, const GString *key, char **key_copy)
{
  gsize text = 0;

  for (guint i = 0; i < words->len; i++)
    text += strlen (g_ptr_array_index (words, i)) + 1;
  Alias *alias
    = g_malloc (sizeof (Alias) + (words->len + 1) * sizeof (char *) + text + words->len + key->len + 1);
  alias->n_words = words->len;
  alias->concept = concept;
  alias->words = (char **) (alias + 1);
  char *at = (char *) (alias->words + words->len + 1);
  for (guint i = 0; i < words->len; i++)
    {
      gsize n = strlen (g_ptr_array_index (words, i)) + 1;
      alias->words[i] = memcpy (at, g_ptr_array_index (words, i), n);
      at += n;
    }
  alias->words[words->len] = NULL;
  alias->exact = memcpy (at, exact, words->len);
  *key_copy = memcpy (at + words->len, key->str, key->len + 1);
  return alias;
}

typedef struct {
  guint32 hash;
  char *word;            /* NULL: an empty slot */
  GPtrArray *aliases;
} Bucket;

struct _ContraLexicon {
  GPtrArray *concepts;   /* ContraConcept*, by index */
  GHashTable *by_id;     /* id -> ContraConcept*: by its text, so that a lookup need
                            not intern the id first (the reconciler looks up the
                            items of every pair of lists it compares) */
  /* Buckets: folded first word -> GPtrArray of Alias*, longest first, in an open
   * addressing table probed by the word's g_str_hash(). */
  Bucket *buckets;
  guint mask;            /* table size - 1 (a power of two) */
  guint n_buckets;
  GHashTable *alias_keys; /* word key (in its Alias's block) -> ContraConcept*, to find clashes */
  GHashTable *files;     /* a rule file's path, once for all its concepts (their c->file) */
  guint n_aliases;
  ContraTokens *scratch; /* for tokenizing aliases while loading */
};

static void
concept_free (ContraConcept *c)
{
  g_free (c->label);
  g_free (c->adjective);
  g_ptr_array_unref (c->is_a);
  g_ptr_array_unref (c->part_of);
  g_ptr_array_unref (c->implies);
  g_free (c->ancestors);
  g_free (c->containers);
  g_free (c);
}

ContraLexicon *
contra_lexicon_new (void)
{
  ContraLexicon *lex = g_new0 (ContraLexicon, 1);

  lex->concepts = g_ptr_array_new_with_free_func ((GDestroyNotify) concept_free);
  lex->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  lex->mask = 255;
  lex->buckets = g_new0 (Bucket, lex->mask + 1);
  lex->alias_keys = g_hash_table_new (g_str_hash, g_str_equal);
  lex->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->scratch = contra_tokens_new ();
  return lex;
}

void
contra_lexicon_free (ContraLexicon *lex)
{
  if (lex == NULL)
    return;
  for (guint i = 0; i <= lex->mask; i++)
    if (lex->buckets[i].word != NULL)
      {
        g_free (lex->buckets[i].word);
        g_ptr_array_unref (lex->buckets[i].aliases);
      }
  g_free (lex->buckets);
  g_hash_table_unref (lex->alias_keys);
  g_hash_table_unref (lex->files);
  g_hash_table_unref (lex->by_id);
  g_ptr_array_unref (lex->concepts);
  contra_tokens_free (lex->scratch);
  g_free (lex);
}

static ContraConcept *
concept_new (ContraLexicon *lex, const char *id)
{
  ContraConcept *c = g_new0 (ContraConcept, 1);
  const char *slash = strchr (id, '/');

  c->id = g_intern_string (id);
  if (slash != NULL)
    {
      g_autofree char *kind = g_strndup (id, (gsize) (slash - id));
      c->kind = g_intern_string (kind);
    }
  else
    c->kind = c->id;
  c->index = lex->concepts->len;
  c->rank = -1;
  c->is_a = g_ptr_array_new ();
  c->part_of = g_ptr_array_new ();
  c->implies = g_ptr_array_new ();
  /* The default label is the last part of the id, as words. */
  const char *tail = strrchr (id, '/');
  c->label = g_strdelimit (g_strdup (tail ? tail + 1 : id), "-_", ' ');
  g_ptr_array_add (lex->concepts, c);
  g_hash_table_insert (lex->by_id, (gpointer) c->id, c);
  return c;
}

ContraConcept *
contra_lexicon_define (ContraLexicon *lex,
                       const char *id,
                       const char *file,
                       guint line,
                       guint column,
                       ContraConcept **existing)
{
  ContraConcept *c = contra_lexicon_lookup (lex, id);

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  if (c != NULL && !(c->flags & CONTRA_CONCEPT_IMPLICIT))
    {
      if (existing != NULL)
        *existing = c;
      return NULL;
    }
  if (c == NULL)
    c = concept_new (lex, id);
  c->flags &= ~CONTRA_CONCEPT_IMPLICIT;
  c->file = NULL;
  if (file != NULL && !g_hash_table_lookup_extended (lex->files, file, (gpointer *) &c->file, NULL))
    {
      c->file = g_strdup (file);
      g_hash_table_add (lex->files, c->file);
    }
  c->line = line;
  c->column = column;

  /* Every member is_a its kind; the kind root exists as soon as it has a member. */
  if (c->kind != c->id)
    {
      ContraConcept *root = contra_lexicon_lookup (lex, c->kind);
      if (root == NULL)
        {
          root = concept_new (lex, c->kind);
          root->flags |= CONTRA_CONCEPT_IMPLICIT;
        }
      if (!g_ptr_array_find (c->is_a, root, NULL))
        g_ptr_array_add (c->is_a, root);
    }
  return c;
}

ContraConcept *
contra_lexicon_lookup (const ContraLexicon *lex, const char *id)
{
  return g_hash_table_lookup (lex->by_id, id);
}

/* ---- aliases ---------------------------------------------------------------- */

static gboolean
word_is_exact (const char *plain)
{
  /* A capital after the first character marks an acronym or a name written one way. */
  const char *p = g_utf8_next_char (plain);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Adds one spelled-out alias (no inflection). */
/* The bucket of aliases whose first word folds to @word (@hash: its g_str_hash()),
 * or NULL. */
static GPtrArray *
find_bucket (const ContraLexicon *lex, guint32 hash, const char *word)
{
  for (guint i = hash & lex->mask;; i = (i + 1) & lex->mask)
    {
      const Bucket *b = &lex->buckets[i];
      if (b->word == NULL)
        return NULL;
      if (b->hash == hash && strcmp (b->word, word) == 0)
        return b->aliases;
    }
}

static void
put_bucket (Bucket *table, guint mask, const Bucket *bucket)
{
  guint i = bucket->hash & mask;
  while (table[i].word != NULL)
    i = (i + 1) & mask;
  table[i] = *bucket;
}

/* The bucket for @word, made when @create and there is none. The table stays at
 * most half full. */
static GPtrArray *
bucket_for (ContraLexicon *lex, const char *word, gboolean create)
{
  guint32 hash = g_str_hash (word);
  GPtrArray *found = find_bucket (lex, hash, word);

  if (found != NULL || !create)
    return found;
  if (2 * (lex->n_buckets + 1) > lex->mask + 1)
    {
      guint mask = 2 * lex->mask + 1;
      Bucket *table = g_new0 (Bucket, mask + 1);
      for (guint i = 0; i <= lex->mask; i++)
        if (lex->buckets[i].word != NULL)
          put_bucket (table, mask, &lex->buckets[i]);
      g_free (lex->buckets);
      lex->buckets = table;
      lex->mask = mask;
    }
  Bucket bucket = {hash, g_strdup (word), g_ptr_array_new_with_free_func (g_free)};
  put_bucket (lex->buckets, lex->mask, &bucket);
  lex->n_buckets++;
  return bucket.aliases;
}

static gboolean
add_one_alias (ContraLexicon *lex, ContraConcept *concept, const char *text, ContraConcept **clash)
{
  ContraTokens *t = lex->scratch;
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GByteArray) exact = g_byte_array_new ();
  g_autoptr (GString) key = g_string_new (NULL);

  contra_tokens_scan (t, text, strlen (text));
  for (guint i = 0; i < t->n_tokens; i++)
    {
      if (contra_tokens_is_punct (t, i, '-'))
        continue;
      const char *plain = contra_tokens_plain (t, i);
      guint8 is_exact = word_is_exact (plain) || (concept->flags & CONTRA_CONCEPT_LOWER_CASE);
      const char *form = is_exact ? plain : contra_tokens_fold (t, i);
      g_ptr_array_add (words, g_strdup (form));
      g_byte_array_append (exact, &is_exact, 1);
      g_string_append (key, form);
      g_string_append_c (key, is_exact ? '!' : '~');
      g_string_append_c (key, ' ');
    }
  if (words->len == 0)
    return FALSE;

  ContraConcept *owner = g_hash_table_lookup (lex->alias_keys, key->str);
  if (owner != NULL)
    {
      if (owner == concept)
        return TRUE;
      if (clash != NULL)
        *clash = owner;
      return FALSE;
    }
  char *kept = NULL;
  Alias *alias = alias_new (concept, words, exact->data, key, &kept);
  g_hash_table_insert (lex->alias_keys, kept, concept);

  /* Buckets are keyed by the folded first word, whatever the case rule, so that one
   * lookup with the token's folded form finds every candidate. */
  g_autofree char *first = g_utf8_casefold (alias->words[0], -1);
  GPtrArray *bucket = bucket_for (lex, first, TRUE);
  guint at = 0;
  while (at < bucket->len && ((Alias *) g_ptr_array_index (bucket, at))->n_words >= alias->n_words)
    at++;
  g_ptr_array_insert (bucket, (gint) at, alias);
  lex->n_aliases++;
  return TRUE;
}

gboolean
contra_lexicon_add_alias (ContraLexicon *lex,
                          ContraConcept *concept,
                          const char *alias,
                          ContraInflect inflect,
                          ContraConcept **clash)
{
  g_return_val_if_fail (lex != NULL && concept != NULL && alias != NULL, FALSE);

  if (!add_one_alias (lex, concept, alias, clash))
    return FALSE;
  if (inflect == CONTRA_INFLECT_NONE)
    return TRUE;

  g_autoptr (GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);
  if (inflect == CONTRA_INFLECT_NOUN)
    {
      const char *space = strrchr (alias, ' ');
      const char *last = space ? space + 1 : alias;
      g_autofree char *plural = contra_language_plural (contra_language_default (), last);
      g_ptr_array_add (forms, g_strdup_printf ("%.*s%s", (int) (last - alias), alias, plural));
    }
  else
    {
      const char *space = strchr (alias, ' ');
      gsize n = space ? (gsize) (space - alias) : strlen (alias);
      g_autofree char *first = g_strndup (alias, n);
      g_autoptr (GPtrArray) verbs = g_ptr_array_new_with_free_func (g_free);
      contra_language_verb_forms (contra_language_default (), first, verbs);
      for (guint i = 0; i < verbs->len; i++)
        g_ptr_array_add (forms, g_strconcat (g_ptr_array_index (verbs, i), alias + n, NULL));
    }
  /* An inflected form that already names another concept keeps its first owner:
   * "exercises" the noun and "exercises" the verb, say. */
  for (guint i = 0; i < forms->len; i++)
    add_one_alias (lex, concept, g_ptr_array_index (forms, i), NULL);
  return TRUE;
}

guint
contra_lexicon_match (const ContraLexicon *lex,
                      const ContraTokens *t,
                      guint i,
                      const ContraConcept **concept)
{
  if (i >= t->n_tokens || t->tokens[i].kind == CONTRA_TOKEN_PUNCT)
    return 0;

  GPtrArray *bucket = find_bucket (lex, t->tokens[i].hash, contra_tokens_fold (t, i));
  if (bucket == NULL)
    return 0;

  for (guint a = 0; a < bucket->len; a++)
    {
      const Alias *alias = g_ptr_array_index (bucket, a);
      guint p = i;
      gboolean ok = TRUE;

      for (guint w = 0; w < alias->n_words && ok; w++)
        {
          if (w > 0 && contra_tokens_is_punct (t, p, '-'))
            p++;
          if (p >= t->n_tokens)
            ok = FALSE;
          else if (w == 0 && !alias->exact[0])
            ; /* the bucket's word: the token's folded form */
          else if (alias->exact[w])
            ok = strcmp (contra_tokens_plain (t, p), alias->words[w]) == 0;
          else
            ok = strcmp (contra_tokens_fold (t, p), alias->words[w]) == 0;
          p++;
        }
      if (ok)
        {
          if (concept != NULL)
            *concept = alias->concept;
          return p - i;
        }
    }
  return 0;
}

gboolean
contra_lexicon_starts_alias (const ContraLexicon *lex, const char *fold)
{
  return find_bucket (lex, g_str_hash (fold), fold) != NULL;
}

/* ---- links ------------------------------------------------------------------ */

static int
compare_uint (const void *a, const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

typedef enum { WHITE, GREY, BLACK } Colour;

/* Depth-first closure over one relation (@relation: 0 is_a, 1 part_of); a grey
 * concept met again closes a cycle. */
static gboolean
close_over (ContraLexicon *lex, ContraConcept *c, int relation, guint8 *colour,
            GHashTable **sets, ContraConcept **cycle)
{
  if (colour[c->index] == BLACK)
    return TRUE;
  if (colour[c->index] == GREY)
    {
      *cycle = c;
      return FALSE;
    }
  colour[c->index] = GREY;

  /* Most concepts of a generated lexicon have no parent: their set stays NULL (empty)
   * rather than costing a hash table each. */
  GPtrArray *direct = relation == 0 ? c->is_a : c->part_of;
  GHashTable *set = direct->len > 0 ? g_hash_table_new (g_direct_hash, g_direct_equal) : NULL;
  for (guint i = 0; i < direct->len; i++)
    {
      ContraConcept *p = g_ptr_array_index (direct, i);
      if (!close_over (lex, p, relation, colour, sets, cycle))
        {
          g_hash_table_unref (set);
          return FALSE;
        }
      g_hash_table_add (set, GUINT_TO_POINTER (p->index + 1));
      if (sets[p->index] == NULL)
        continue;
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, sets[p->index]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (set, key);
    }
  sets[c->index] = set;
  colour[c->index] = BLACK;
  return TRUE;
}

static guint *
set_to_sorted (GHashTable *set, guint *n)
{
  guint *out = g_new (guint, MAX (1, set != NULL ? g_hash_table_size (set) : 0));
  GHashTableIter iter;
  gpointer key;
  guint k = 0;

  *n = 0;
  if (set == NULL)
    return out;
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    out[k++] = GPOINTER_TO_UINT (key) - 1;
  qsort (out, k, sizeof (guint), compare_uint);
  *n = k;
  return out;
}

gboolean
contra_lexicon_finish (ContraLexicon *lex, ContraConcept **cycle)
{
  guint n = lex->concepts->len;
  g_autofree guint8 *colour = g_new0 (guint8, n);
  g_autofree GHashTable **is_a = g_new0 (GHashTable *, n);
  g_autofree GHashTable **part_of = g_new0 (GHashTable *, n);
  ContraConcept *on_cycle = NULL;
  gboolean ok = TRUE;

  for (guint i = 0; i < n && ok; i++)
    ok = close_over (lex, g_ptr_array_index (lex->concepts, i), 0, colour, is_a, &on_cycle);
  if (n > 0)
    memset (colour, 0, n);
  for (guint i = 0; i < n && ok; i++)
    ok = close_over (lex, g_ptr_array_index (lex->concepts, i), 1, colour, part_of, &on_cycle);

  if (ok)
    for (guint i = 0; i < n; i++)
      {
        ContraConcept *c = g_ptr_array_index (lex->concepts, i);
        /* What a concept's kinds are part of, it is part of too: an instance of a
         * "Vietnamese port" class is in Vietnam. */
        GHashTableIter iter;
        gpointer key;
        if (is_a[i] != NULL)
          g_hash_table_iter_init (&iter, is_a[i]);
        while (is_a[i] != NULL && g_hash_table_iter_next (&iter, &key, NULL))
          {
            GHashTable *above = part_of[GPOINTER_TO_UINT (key) - 1];
            GHashTableIter inner;
            gpointer container;
            if (above == NULL)
              continue;
            if (part_of[i] == NULL)
              part_of[i] = g_hash_table_new (g_direct_hash, g_direct_equal);
            g_hash_table_iter_init (&inner, above);
            while (g_hash_table_iter_next (&inner, &container, NULL))
              g_hash_table_add (part_of[i], container);
          }
        g_free (c->ancestors);
        g_free (c->containers);
        c->ancestors = set_to_sorted (is_a[i], &c->n_ancestors);
        c->containers = set_to_sorted (part_of[i], &c->n_containers);
      }
  /* A kind of a fixed measure is fixed: a range is a distance. */
  for (guint i = 0; ok && i < n; i++)
    {
      ContraConcept *c = g_ptr_array_index (lex->concepts, i);
      for (guint a = 0; a < c->n_ancestors; a++)
        c->flags
          |= ((const ContraConcept *) g_ptr_array_index (lex->concepts, c->ancestors[a]))->flags & CONTRA_CONCEPT_FIXED;
    }

  for (guint i = 0; i < n; i++)
    {
      if (is_a[i])
        g_hash_table_unref (is_a[i]);
      if (part_of[i])
        g_hash_table_unref (part_of[i]);
    }
  if (!ok && cycle != NULL)
    *cycle = on_cycle;
  return ok;
}

static gboolean
sorted_contains (const guint *v, guint n, guint x)
{
  return v != NULL && bsearch (&x, v, n, sizeof (guint), compare_uint) != NULL;
}

gboolean
contra_concept_is_a (const ContraConcept *c, const ContraConcept *ancestor)
{
  if (c == NULL || ancestor == NULL)
    return FALSE;
  return c == ancestor || sorted_contains (c->ancestors, c->n_ancestors, ancestor->index);
}

gboolean
contra_concept_part_of (const ContraConcept *c, const ContraConcept *container)
{
  if (c == NULL || container == NULL)
    return FALSE;
  return c == container || sorted_contains (c->containers, c->n_containers, container->index);
}

gboolean
contra_concept_within (const ContraConcept *c, const ContraConcept *other)
{
  return contra_concept_is_a (c, other) || contra_concept_part_of (c, other);
}

gboolean
contra_concept_implies (const ContraConcept *c, const ContraConcept *q)
{
  if (c == NULL || q == NULL)
    return FALSE;
  if (contra_concept_within (c, q))
    return TRUE;
  for (guint i = 0; i < c->implies->len; i++)
    if (contra_concept_within (g_ptr_array_index (c->implies, i), q))
      return TRUE;
  for (guint i = 0; i < c->is_a->len; i++)
    if (contra_concept_implies (g_ptr_array_index (c->is_a, i), q))
      return TRUE;
  return FALSE;
}

guint
contra_lexicon_n_concepts (const ContraLexicon *lex)
{
  return lex->concepts->len;
}

guint
contra_lexicon_n_aliases (const ContraLexicon *lex)
{
  return lex->n_aliases;
}

ContraConcept *
contra_lexicon_concept_at (const ContraLexicon *lex, guint index)
{
  g_return_val_if_fail (index < lex->concepts->len, NULL);
  return g_ptr_array_index (lex->concepts, index);
}
