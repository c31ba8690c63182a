/* list.h — enumerations: "five areas: a, b, c, d and e".
 *
 * A list begins after a cue (":", "namely", a dash, "such as", "including", or
 * "on"/"in" followed by three or more items) and runs to the end of the clause. Items
 * are separated by commas or semicolons, with or without a final "and"/"or" and an
 * Oxford comma. An item may itself contain "and" ("search and rescue", "humanitarian
 * assistance and disaster relief"): where the lexicon knows a phrase (a hint), that
 * phrase is one item and the split happens around it, not inside it.
 */
#pragma once

#include <glib.h>

#include "normalize/value.h"
#include "text/tokens.h"

G_BEGIN_DECLS

/* A phrase the lexicon recognised: tokens [first, last) are the concept @id. */
typedef struct {
  guint first;
  guint last;
  const char *id;
} ContraListHint;

/* Splits the list whose first item begins at token @start and which may run up to
 * token @limit (exclusive). @hints are sorted by first token and do not overlap.
 * On success fills @out with a SET value (items are hint ids where a hint covers
 * the item, else "text:<folded words>"), sets @end to the token after the last
 * item and returns TRUE; returns FALSE when fewer than two items are found.
 * @stated, when non-zero, is the count stated before the list ("five areas"): the
 * splitter uses it to choose between readings when "and" is ambiguous. */
gboolean contra_list_split (const ContraTokens *tokens,
                            guint start,
                            guint limit,
                            const ContraListHint *hints,
                            guint n_hints,
                            guint stated,
                            ContraValue *out,
                            guint *end);

/* Finds the list cue at or after token @from: returns the token where the first item
 * begins, or G_MAXUINT when there is no cue before @limit. */
guint contra_list_find_start (const ContraTokens *tokens, guint from, guint limit);

G_END_DECLS
