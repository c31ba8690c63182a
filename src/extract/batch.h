/* batch.h — extracting a whole corpus, on several threads.
 *
 * Workers take documents one at a time (an atomic counter), each with its own
 * extractor over the shared read-only rule set; a document's text is freed as soon
 * as its claims are taken. Results are kept per document and joined in corpus order,
 * so the output is the same whatever the number of threads.
 */
#pragma once

#include <glib.h>

#include "corpus/corpus.h"
#include "extract/claim.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

typedef struct {
  GPtrArray *sources;      /* ContraSource*, by source index */
  GPtrArray *claims;       /* ContraClaim*, in corpus order */
  GPtrArray *warnings;     /* ContraDiagnostic*: input problems that did not stop the run */
  GPtrArray *unchecked;    /* ContraStatement*: drafts' sentences that state a date, a
                              number or a name and yielded no claim, in draft order */
  guint64 bytes;           /* bytes of text read */
} ContraClaimSet;

ContraClaimSet *contra_claim_set_new (void);
void contra_claim_set_free (ContraClaimSet *set);

/* Extracts every document of @corpus with @rules on @jobs threads (0: one per core).
 * A document that cannot be read (not text, unreadable) is reported in @warnings as
 * an error diagnostic and skipped; the run goes on. Returns the claims. */
ContraClaimSet *contra_extract_corpus (const ContraCorpus *corpus,
                                       const ContraRuleSet *rules,
                                       guint jobs);

/* Extracts one prepared document into @set as a new source. */
void contra_extract_document (ContraClaimSet *set,
                              const ContraRuleSet *rules,
                              ContraDocument *document,
                              gboolean is_draft);

/* TRUE when one of @set's warnings is an error (a document that was skipped). */
gboolean contra_claim_set_has_errors (const ContraClaimSet *set);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraClaimSet, contra_claim_set_free)

G_END_DECLS
