/* segmenter.h — sentences within a block.
 *
 * A sentence ends at ".", "!" or "?" (with any closing quotes and brackets after it)
 * followed by white space and a plausible sentence start, except after an
 * abbreviation (titles like "Gen." and "Dr.", "No.", months like "Jan.", "U.S." when
 * the next word is not a sentence start), an initial ("John F. Kennedy"), a decimal
 * point, or an ellipsis that continues in lower case. A footnote marker ("[2]") after
 * the period stays with the sentence it ends. A block always ends its last sentence,
 * so a heading without a period is one sentence.
 */
#pragma once

#include <glib.h>

#include "text/document.h"
#include "text/tokens.h"

G_BEGIN_DECLS

/* Appends the sentences of @block (ContraSentence, with .block = @block_index) to
 * @sentences, reading its abbreviations and sentence openers in @language
 * (lang/en/abbreviations.yaml, words.yaml). Leading and trailing white space is not
 * part of a sentence. */
void contra_segment_block_in (const ContraLanguage *language,
                              const ContraBlock *block,
                              guint block_index,
                              GArray *sentences);

/* The same in the default language, English. */
void contra_segment_block (const ContraBlock *block, guint block_index, GArray *sentences);

G_END_DECLS
