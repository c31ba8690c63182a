#include "extract/claim.h"

#include <string.h>

const char *
contra_polarity_name (ContraPolarity polarity)
{
  return polarity == CONTRA_POLARITY_NEGATED ? "negated" : "asserted";
}

const char *
contra_modality_name (ContraModality modality)
{
  switch (modality)
    {
    case CONTRA_MODALITY_ASSERTED:
      return "asserted";
    case CONTRA_MODALITY_REPORTED:
      return "reported";
    case CONTRA_MODALITY_PLAN:
      return "plan";
    case CONTRA_MODALITY_POSSIBLE:
      return "possible";
    case CONTRA_MODALITY_HEDGED:
      return "hedged";
    }
  return "asserted";
}

void
contra_source_free (ContraSource *source)
{
  if (source == NULL)
    return;
  g_free (source->id);
  g_free (source->path);
  g_free (source->title);
  g_free (source->author);
  g_free (source->outlet);
  g_free (source);
}

ContraSource *
contra_source_new_from_document (const ContraDocument *document)
{
  return contra_source_new (document->id, document->path, document->title, document->author, document->outlet,
                            &document->published, FALSE);
}

ContraSource *
contra_source_new (const char *id, const char *path, const char *title, const char *author, const char *outlet,
                   const ContraDate *published, gboolean is_draft)
{
  ContraSource *source = g_new0 (ContraSource, 1);

  source->id = g_strdup (id);
  source->path = g_strdup (path);
  source->title = g_strdup (title);
  source->author = g_strdup (author);
  source->outlet = g_strdup (outlet);
  source->published = *published;
  source->is_draft = is_draft;
  return source;
}

ContraClaim *
contra_claim_new (void)
{
  ContraClaim *claim = g_new0 (ContraClaim, 1);
  claim->status_rank = -1;
  return claim;
}

void
contra_claim_free (ContraClaim *claim)
{
  if (claim == NULL)
    return;
  contra_value_clear (&claim->value);
  g_free (claim);
}

char *
contra_claim_quote (const ContraClaim *claim)
{
  char *quote = contra_text_get (claim->quote);
  return quote != NULL ? quote : g_strdup ("");
}

/* ---- interned terms ----------------------------------------------------------------- */

typedef struct {
  const ContraTerm *terms;
  guint n_terms;
} TermsKey;

static guint
terms_key_hash (gconstpointer key)
{
  const TermsKey *k = key;
  return contra_terms_hash (k->terms, k->n_terms);
}

/* As contra_terms_equal(), and the labels too: a label is what messages print. */
static gboolean
terms_key_equal (gconstpointer a, gconstpointer b)
{
  const TermsKey *x = a, *y = b;
  if (!contra_terms_equal (x->terms, x->n_terms, y->terms, y->n_terms))
    return FALSE;
  for (guint i = 0; i < x->n_terms; i++)
    if (x->terms[i].label != y->terms[i].label)
      return FALSE;
  return TRUE;
}

static void
cache_free (gpointer cache)
{
  g_hash_table_unref (cache);
}

const ContraTerm *
contra_terms_intern (const ContraTerm *terms, guint n_terms)
{
  static GMutex lock;
  static GHashTable *pool;
  /* Each thread's own view of the pool, so that terms met before cost no lock. */
  static GPrivate cache_key = G_PRIVATE_INIT (cache_free);
  TermsKey key = {terms, n_terms};
  TermsKey *found;

  if (n_terms == 0)
    return NULL;
  GHashTable *cache = g_private_get (&cache_key);
  if (cache == NULL)
    {
      cache = g_hash_table_new (terms_key_hash, terms_key_equal);
      g_private_set (&cache_key, cache);
    }
  found = g_hash_table_lookup (cache, &key);
  if (found != NULL)
    return found->terms;

  g_mutex_lock (&lock);
  if (pool == NULL)
    pool = g_hash_table_new (terms_key_hash, terms_key_equal);
  found = g_hash_table_lookup (pool, &key);
  if (found == NULL)
    {
      /* One allocation: the key, then the terms. */
      found = g_malloc (sizeof (TermsKey) + sizeof (ContraTerm) * n_terms);
      ContraTerm *copy = (ContraTerm *) (found + 1);
      memcpy (copy, terms, sizeof (ContraTerm) * n_terms);
      found->terms = copy;
      found->n_terms = n_terms;
      g_hash_table_add (pool, found);
    }
  g_mutex_unlock (&lock);
  g_hash_table_add (cache, found);
  return found->terms;
}

char *
contra_terms_key (const ContraTerm *terms, guint n_terms)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < n_terms; i++)
    {
      if (i > 0)
        g_string_append_c (key, '+');
      g_string_append (key, terms[i].head ? terms[i].head->id : terms[i].name);
      for (guint q = 0; q < terms[i].n_qualifiers; q++)
        {
          g_string_append_c (key, '@');
          g_string_append (key, terms[i].qualifiers[q]->id);
        }
    }
  return g_string_free (key, FALSE);
}

guint
contra_terms_hash (const ContraTerm *terms, guint n_terms)
{
  guint h = n_terms;

  for (guint i = 0; i < n_terms; i++)
    {
      h = h * 31u + g_direct_hash (terms[i].head != NULL ? (gconstpointer) terms[i].head : terms[i].name);
      for (guint q = 0; q < terms[i].n_qualifiers; q++)
        h = h * 31u + g_direct_hash (terms[i].qualifiers[q]);
    }
  return h;
}

gboolean
contra_terms_equal (const ContraTerm *a, guint n_a, const ContraTerm *b, guint n_b)
{
  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    {
      if (a[i].head != b[i].head || a[i].name != b[i].name || a[i].n_qualifiers != b[i].n_qualifiers)
        return FALSE;
      for (guint q = 0; q < a[i].n_qualifiers; q++)
        if (a[i].qualifiers[q] != b[i].qualifiers[q])
          return FALSE;
    }
  return TRUE;
}

char *
contra_term_label (const ContraTerm *term)
{
  GString *label = g_string_new (NULL);

  if (term->head == NULL)
    return g_strdup (term->label ? term->label : term->name);
  for (guint q = 0; q < term->n_qualifiers; q++)
    {
      const ContraConcept *c = term->qualifiers[q];
      /* What a named thing says already ("CARAT" is American) need not be said again. */
      if ((term->head->flags & CONTRA_CONCEPT_INSTANCE) && contra_concept_implies (term->head, c))
        continue;
      g_string_append_printf (label, "%s ", c->adjective ? c->adjective : c->label);
    }
  g_string_append (label, term->head->label);
  return g_string_free (label, FALSE);
}

char *
contra_term_phrase (const ContraTerm *term)
{
  g_autofree char *label = contra_term_label (term);

  /* A named thing stands alone; a kind takes an article. */
  if (term->head == NULL || (term->head->flags & CONTRA_CONCEPT_INSTANCE) || g_str_has_prefix (label, "the "))
    return g_steal_pointer (&label);
  return g_strdup_printf ("%s %s", strchr ("aeiouAEIOU", label[0]) && label[0] != 'U' ? "an" : "a", label);
}

gboolean
contra_term_within (const ContraTerm *narrow, const ContraTerm *broad)
{
  if (narrow->head == NULL || broad->head == NULL)
    return narrow->name == broad->name && narrow->head == broad->head;
  if (!contra_concept_within (narrow->head, broad->head))
    return FALSE;
  for (guint q = 0; q < broad->n_qualifiers; q++)
    {
      const ContraConcept *want = broad->qualifiers[q];
      gboolean found = contra_concept_implies (narrow->head, want);
      for (guint k = 0; k < narrow->n_qualifiers && !found; k++)
        found = contra_concept_within (narrow->qualifiers[k], want);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

char *
contra_claim_summary (const ContraClaim *claim)
{
  g_autofree char *value = contra_value_format (&claim->value);
  return g_strdup_printf ("%s %s %s", claim->subject, claim->attribute, value);
}

gint
contra_claim_compare (gconstpointer a, gconstpointer b)
{
  const ContraClaim *x = *(ContraClaim *const *) a;
  const ContraClaim *y = *(ContraClaim *const *) b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  int c = strcmp (x->rule, y->rule);
  if (c != 0)
    return c;
  c = strcmp (x->attribute, y->attribute);
  if (c != 0)
    return c;
  c = strcmp (x->subject, y->subject);
  if (c != 0)
    return c;
  return contra_value_compare (&x->value, &y->value);
}

void
contra_statement_free (ContraStatement *statement)
{
  if (statement == NULL)
    return;
  g_free (statement->quote);
  g_strfreev (statement->values);
  g_free (statement);
}
