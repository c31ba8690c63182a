/* fuzz-extract.c — tokens, mentions and claims of a short text, with the shipped rules.
 *
 * The input is a one-paragraph document (a sentence or a few) published on
 * 2015-06-05. Each sentence is cut into tokens and read for every mention without
 * the rule set's gate (so lists, people and clauses run on every sentence); then the
 * document goes through the extractor as a draft does, and its claims through the
 * reconciler. The rules are loaded once, in LLVMFuzzerInitialize().
 */
#include "fuzz.h"

#include <string.h>

#include "corpus/corpus.h"
#include "extract/batch.h"
#include "extract/mentions.h"
#include "reconcile/reconciler.h"

/* A sentence is short; past this the input is only slower, not new. */
#define MAX_SIZE 4096

static ContraTokens *tokens;
static ContraMentions *mentions;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  fuzz_rules ();
  tokens = contra_tokens_new ();
  mentions = contra_mentions_new ();
  return 0;
}

static void
check_mentions (const ContraTokens *t, const ContraMentions *m)
{
  for (guint i = 0; i < m->mentions->len; i++)
    {
      const ContraMention *mention = &g_array_index (m->mentions, ContraMention, i);
      fuzz_check (mention->first < mention->last && mention->last <= t->n_tokens, "a mention outside the tokens");
      fuzz_check (mention->phrase_first <= mention->first, "a mention's phrase starts after it");
      fuzz_check (mention->clause < MAX (m->n_clauses, 1), "a mention in a clause that does not exist");
      fuzz_check (mention->attached < (gint) m->mentions->len, "a date attached to a mention that does not exist");
      g_autofree char *form = contra_value_format (&mention->value);
      fuzz_check (form != NULL && g_utf8_validate (form, -1, NULL), "a value's form is not UTF-8");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > MAX_SIZE)
    return 0;
  g_autoptr (ContraDocument) document
    = contra_document_new_from_bytes ("draft.txt", (const char *) data, size, CONTRA_FORMAT_PLAIN, NULL);
  if (document == NULL)
    return 0;
  contra_date_parse ("2015-06-05", &document->published);
  contra_document_prepare (document);

  const ContraRuleSet *rules = fuzz_rules ();
  g_autoptr (ContraPeople) people = contra_people_new ();
  g_autoptr (ContraDateEvents) events = contra_date_events_new ();
  ContraDateContext context = {document->published, CONTRA_DATE_INIT, FALSE, events};
  for (guint i = 0; i < document->sentences->len; i++)
    {
      const ContraSentence *sentence = &g_array_index (document->sentences, ContraSentence, i);
      const ContraBlock *block = g_ptr_array_index (document->blocks, sentence->block);
      contra_tokens_scan (tokens, block->text + sentence->start, sentence->end - sentence->start);
      for (guint k = 0; k < tokens->n_tokens; k++)
        fuzz_check (tokens->tokens[k].start < tokens->tokens[k].end
                      && tokens->tokens[k].end <= sentence->end - sentence->start,
                    "a token outside its sentence");
      contra_mentions_find (mentions, rules, tokens, &context, people, FALSE);
      check_mentions (tokens, mentions);
    }

  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  contra_extract_document (set, rules, document, TRUE);
  for (guint i = 0; i < set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (set->claims, i);
      g_autofree char *quote = contra_claim_quote (claim);
      fuzz_check (g_utf8_validate (quote, -1, NULL), "a claim's quote is not UTF-8");
      fuzz_check (claim->start <= claim->end && claim->end <= document->length, "a claim outside the document");
      fuzz_check (claim->line >= 1 && claim->line <= claim->end_line, "a claim's lines out of order");
      g_autofree char *summary = contra_claim_summary (claim);
      fuzz_check (g_utf8_validate (summary, -1, NULL), "a claim's summary is not UTF-8");
    }
  ContraReconcileOptions options = {TRUE, NULL, NULL};
  g_autoptr (ContraReport) report = contra_reconcile (set, rules, &options);
  fuzz_check (report != NULL, "no report");
  return 0;
}
