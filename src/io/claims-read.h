/* claims-read.h — claims read back from the JSON Lines that
 * `contra claims --format jsonl` writes (output/claim-json.h), for `contra report
 * --claims` and the claim index.
 */
#pragma once

#include <glib.h>

#include "extract/batch.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

/* The longest line contra_jsonl_read() takes, in bytes without its "\n": a claim's
 * line holds its sentence, and no prose sentence comes near this. */
#define CONTRA_JSONL_MAX_LINE (16u << 20)

/* Reads JSON Lines written by the jsonl writer into @set, resolving concept ids with
 * @rules. Each line is checked against what the extractor guarantees of a claim or a
 * source; the first that is not, or a line over CONTRA_JSONL_MAX_LINE, stops the read
 * with "PATH:LINE:COLUMN: error: MESSAGE" (the column, 1-based in characters, of the
 * value at fault) and leaves @set as it was. */
gboolean contra_jsonl_read (const char *path,
                            const ContraRuleSet *rules,
                            ContraClaimSet *set,
                            GError **error);

/* Reads @path as contra_jsonl_read() does, sources into @set, but hands each claim to
 * @each, which takes it, with where its line lies in the file (its offset, and its
 * length without the line's end and trailing white space): for a reader that cannot
 * hold every claim and reads them again later (cli/report-claims.c). */
typedef void (*ContraJsonlEach) (ContraClaim *claim, guint64 offset, guint32 length, gpointer data);

gboolean contra_jsonl_scan (const char *path, const ContraRuleSet *rules, ContraClaimSet *set, ContraJsonlEach each,
                            gpointer data, GError **error);

/* The same, a line at a time, for JSON Lines that are not in a file (the claim index
 * keeps its claims in this form, a row a line). The reader adds to @set what each
 * line describes; @name stands for the file in messages. */
typedef struct _ContraJsonlReader ContraJsonlReader;

ContraJsonlReader *contra_jsonl_reader_new (const char *name, const ContraRuleSet *rules, ContraClaimSet *set);

/* Reads one line (@length bytes, without its "\n"). FALSE, with @error set, when it is
 * refused; the reader is then to be finished. */
gboolean contra_jsonl_reader_line (ContraJsonlReader *reader, const char *line, gsize length, GError **error);

/* Frees @reader. Unless @keep, what it added to the set is taken out again (a read
 * that failed adds nothing). */
void contra_jsonl_reader_finish (ContraJsonlReader *reader, gboolean keep);

G_END_DECLS
