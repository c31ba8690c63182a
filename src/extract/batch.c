#include "extract/batch.h"

#include <string.h>

#include "base/diagnostic.h"
#include "extract/extractor.h"

ContraClaimSet *
contra_claim_set_new (void)
{
  ContraClaimSet *set = g_new0 (ContraClaimSet, 1);

  set->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_source_free);
  set->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_claim_free);
  set->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  set->unchecked = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_statement_free);
  return set;
}

void
contra_claim_set_free (ContraClaimSet *set)
{
  if (set == NULL)
    return;
  g_ptr_array_unref (set->sources);
  g_ptr_array_unref (set->claims);
  g_ptr_array_unref (set->warnings);
  g_ptr_array_unref (set->unchecked);
  g_free (set);
}

gboolean
contra_claim_set_has_errors (const ContraClaimSet *set)
{
  for (guint i = 0; i < set->warnings->len; i++)
    if (((ContraDiagnostic *) g_ptr_array_index (set->warnings, i))->severity == CONTRA_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}

typedef struct {
  GPtrArray *claims;
  GPtrArray *warnings;
  ContraSource *source;
  guint64 bytes;
} DocumentResult;

typedef struct {
  const ContraCorpus *corpus;
  const ContraRuleSet *rules;
  DocumentResult *results;
  gint next;
} Work;

static gpointer
worker (gpointer data)
{
  Work *work = data;
  g_autoptr (ContraExtractor) extractor = contra_extractor_new (work->rules);
  guint n = work->corpus->items->len;

  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&work->next, 1);
      if (i >= n)
        break;

      DocumentResult *result = &work->results[i];
      g_autoptr (GError) error = NULL;
      result->claims = g_ptr_array_new ();
      result->warnings = g_ptr_array_new ();

      g_autoptr (ContraDocument) document = contra_corpus_load (work->corpus, i, result->warnings, &error);
      if (document == NULL)
        {
          const ContraCorpusItem *item = g_ptr_array_index (work->corpus->items, i);
          /* The loader's message names the path already ("path: not a text file...");
           * the diagnostic gives the path, so only the reason is kept. */
          const char *reason = error->message;
          if (g_str_has_prefix (reason, item->path) && reason[strlen (item->path)] == ':')
            reason += strlen (item->path) + 1;
          while (*reason == ' ')
            reason++;
          g_ptr_array_add (result->warnings,
                           contra_diagnostic_new (CONTRA_SEVERITY_ERROR, item->path, 0, 0, "skipped: %s", reason));
          continue;
        }
      result->source = contra_source_new_from_document (document);
      result->bytes = document->length;
      contra_extractor_run (extractor, document, 0, result->claims, result->warnings);
    }
  return NULL;
}

ContraClaimSet *
contra_extract_corpus (const ContraCorpus *corpus, const ContraRuleSet *rules, guint jobs)
{
  guint n = corpus->items->len;
  Work work = {corpus, rules, g_new0 (DocumentResult, MAX (n, 1)), 0};
  ContraClaimSet *set = contra_claim_set_new ();

  if (jobs == 0)
    jobs = g_get_num_processors ();
  jobs = MAX (1, MIN (jobs, MAX (n, 1)));

  if (jobs == 1)
    worker (&work);
  else
    {
      g_autoptr (GPtrArray) threads = g_ptr_array_new ();
      for (guint t = 0; t < jobs; t++)
        g_ptr_array_add (threads, g_thread_new ("contra-extract", worker, &work));
      for (guint t = 0; t < jobs; t++)
        g_thread_join (g_ptr_array_index (threads, t));
    }

  /* Joined in corpus order: source indices follow the documents that could be read. */
  for (guint i = 0; i < n; i++)
    {
      DocumentResult *result = &work.results[i];
      guint source = set->sources->len;

      for (guint k = 0; k < result->warnings->len; k++)
        g_ptr_array_add (set->warnings, g_ptr_array_index (result->warnings, k));
      if (result->source != NULL)
        {
          g_ptr_array_add (set->sources, result->source);
          for (guint k = 0; k < result->claims->len; k++)
            {
              ContraClaim *claim = g_ptr_array_index (result->claims, k);
              claim->source = source;
              g_ptr_array_add (set->claims, claim);
            }
          set->bytes += result->bytes;
        }
      g_ptr_array_unref (result->claims);
      g_ptr_array_unref (result->warnings);
    }
  g_free (work.results);
  return set;
}

void
contra_extract_document (ContraClaimSet *set,
                         const ContraRuleSet *rules,
                         ContraDocument *document,
                         gboolean is_draft)
{
  g_autoptr (ContraExtractor) extractor = contra_extractor_new (rules);
  ContraSource *source = contra_source_new_from_document (document);

  source->is_draft = is_draft;
  g_ptr_array_add (set->sources, source);
  if (is_draft)
    contra_extractor_record_unchecked (extractor, set->unchecked);
  contra_extractor_run (extractor, document, set->sources->len - 1, set->claims, set->warnings);
  set->bytes += document->length;
}
