/* claim-json.h — a claim as JSON (io/claims-read.h reads it back).
 *
 * The same object serves the report's evidence, `contra claims --format json`, and
 * the JSON Lines shards that `contra report --claims` joins: it carries everything the
 * reconciler needs (typed value, subject terms, time, polarity, provenance), so
 * claims extracted on many machines reconcile as if extracted on one.
 */
#pragma once

#include <glib.h>

#include "extract/batch.h"
#include "output/json.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

/* Writes @claim as an object. @full adds what only a reader needs back (terms,
 * offsets, status, frame); the report's evidence leaves it out. */
void contra_json_write_claim (ContraJson *json,
                              const ContraClaimSet *set,
                              const ContraClaim *claim,
                              gboolean full);

/* Writes @value as {"type", "text", "normalized", ...}. */
void contra_json_write_value (ContraJson *json, const ContraValue *value, const ContraTerm *term);

/* Writes a source as {"id", "path", "title", "author", "outlet", "published"}. */
void contra_json_write_source (ContraJson *json, const ContraSource *source);

/* Appends one JSON Lines line (with its "\n") to @out: {"type": "source", "source":
 * ...} for @source, or {"type": "claim", "claim": ...} for @claim, in full. The jsonl
 * writer and the claim index (index/index.h) write these lines. */
void contra_jsonl_write_source (GString *out, const ContraSource *source);
void contra_jsonl_write_claim (GString *out, const ContraClaimSet *set, const ContraClaim *claim);

G_END_DECLS
