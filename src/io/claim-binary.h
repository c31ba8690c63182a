/* claim-binary.h — claims and sources in a compact, checked binary form: how the
 * claim index keeps them (index/index.h).
 *
 * Reading a claim back from its JSON Lines line (io/claims-read.h) means tokenising
 * JSON, building a tree of nodes and looking each member up by name; for a lint
 * against a large archive that was a fifth of the run. This form holds exactly what
 * the JSON line holds (output/claim-json.h; no more, so that a claim read from either
 * is the same claim), as fixed-width fields and length-prefixed strings, and reads
 * back without a parse.
 *
 * It is checked, not trusted: each form starts with a tag naming it and its version,
 * then a checksum (base/checksum.h) of the rest; the reader checks every length against
 * the bytes left, that every string is UTF-8 without NUL, and every field against what
 * the JSON reader checks of a claim (kinds from their fixed sets, concepts that the
 * rules' lexicon knows, a date's first day not after its last, a partial claim's first
 * term with a head, and so on), so that nothing the extractor could not have made
 * reaches the reconciler. A form that fails is an error, never a claim.
 */
#pragma once

#include <glib.h>

#include "extract/claim.h"
#include "lexicon/lexicon.h"

G_BEGIN_DECLS

/* Appends @claim's binary form to @out (which it does not clear). Its source is not
 * in it: the reader is told which source the claim belongs to. */
void contra_claim_binary_write (GByteArray *out, const ContraClaim *claim);

/* Appends @source's binary form to @out. */
void contra_source_binary_write (GByteArray *out, const ContraSource *source);

/* Reads claims back, resolving concept ids with a lexicon, and giving the claims of
 * one sentence one quote in the text store (base/textstore.h), as the extractor does. */
typedef struct _ContraClaimBinaryReader ContraClaimBinaryReader;

/* @lexicon must outlive the reader. Free with contra_claim_binary_reader_free(). */
ContraClaimBinaryReader *contra_claim_binary_reader_new (const ContraLexicon *lexicon);
void contra_claim_binary_reader_free (ContraClaimBinaryReader *reader);

/* The claim @data (@length bytes) holds, of source @source (an index into the run's
 * source table), or NULL with @error set (CONTRA_INPUT_ERROR_INVALID, a message saying
 * what is wrong) when it is not a whole claim in the form this contra writes. Free
 * with contra_claim_free(). */
ContraClaim *contra_claim_binary_read (ContraClaimBinaryReader *reader, const guint8 *data, gsize length,
                                       guint32 source, GError **error);

/* The source @data holds, or NULL with @error set as above. Free with
 * contra_source_free(). */
ContraSource *contra_source_binary_read (const guint8 *data, gsize length, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraClaimBinaryReader, contra_claim_binary_reader_free)

G_END_DECLS
