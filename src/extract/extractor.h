/* extractor.h — from one document to its claims.
 *
 * Extraction is pure: a document and the compiled rules in, claims out. An extractor
 * holds only scratch buffers (tokens, mentions), so each thread of a pool has its own
 * and shares the read-only rule set.
 */
#pragma once

#include <glib.h>

#include "extract/claim.h"
#include "rules/ruleset.h"
#include "text/document.h"

G_BEGIN_DECLS

typedef struct _ContraExtractor ContraExtractor;

/* An extractor for @set, which must outlive it. Free with contra_extractor_free(). */
ContraExtractor *contra_extractor_new (const ContraRuleSet *set);
void contra_extractor_free (ContraExtractor *extractor);

/* From now on, each sentence that states a date, a number or a name and yields no
 * claim is appended to @unchecked (ContraStatement*), which must outlive the runs. */
void contra_extractor_record_unchecked (ContraExtractor *extractor, GPtrArray *unchecked);

/* Appends the claims of @document (segmented) to @claims (ContraClaim*, owned by the
 * array), each with source index @source. Problems that do not stop extraction (a
 * pattern past its match limit) are appended to @warnings (ContraDiagnostic*). */
void contra_extractor_run (ContraExtractor *extractor,
                           ContraDocument *document,
                           guint source,
                           GPtrArray *claims,
                           GPtrArray *warnings);

/* Runs only the rule @only (NULL: all): for rule examples. */
void contra_extractor_run_rule (ContraExtractor *extractor,
                                ContraDocument *document,
                                guint source,
                                const ContraRule *only,
                                GPtrArray *claims,
                                GPtrArray *warnings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraExtractor, contra_extractor_free)

G_END_DECLS
