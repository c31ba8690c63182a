/* kinds.h — what a kind of thing is a kind of (lang/en/kinds.yaml): a ferry is a
 * ship, a ship a vessel, an airline a company.
 *
 * The frame reader learns from a document what its topic is ("the Kestrel Sound, a
 * new car and passenger ferry") and takes a later "the ship" or "the vessel" for the
 * topic when the topic's kind is a kind of it. The file is read with the rest of a
 * language folder (language.c calls contra_kinds_read()), and its problems are
 * reported with theirs. Every word is folded and singular ("ferry", not "ferries").
 */
#pragma once

#include <glib.h>

#include "lang/language.h"
#include "base/schema.h"
#include "base/yaml.h"

G_BEGIN_DECLS

typedef struct _ContraKinds ContraKinds;

/* Reads kinds.yaml's @root; problems go to @schema. Never NULL (a file with problems
 * gives what could be read). Free with contra_kinds_free(). */
ContraKinds *contra_kinds_read (ContraSchema *schema, const ContraYamlNode *root);

void contra_kinds_free (ContraKinds *kinds);

/* The kinds data of @language (owned by it). */
const ContraKinds *contra_language_kinds (const ContraLanguage *language);

/* TRUE when a thing of kind @narrow is a thing of kind @broad: the same word, or a
 * word the file makes it a kind of, directly or through others ("ferry" is a
 * "vessel" through "ship"). */
gboolean contra_kinds_is_a (const ContraKinds *kinds, const char *narrow, const char *broad);

/* The word that stands for @word and its synonyms in a key: the first in byte order of
 * the kinds that are each a kind of the other ("company" for "firm"); @word itself
 * when it has none. */
const char *contra_kinds_synonym (const ContraKinds *kinds, const char *word);

/* TRUE when @word is a kind the file names, on either side of a link. */
gboolean contra_kinds_known (const ContraKinds *kinds, const char *word);

/* TRUE when a thing of kind @kind takes the personal pronoun @pronoun (folded), as
 * the file's `pronouns` give it for @kind or a kind above it: a ferry is "she". */
gboolean contra_kinds_pronoun (const ContraKinds *kinds, const char *kind, const char *pronoun);

/* The measure a length states of a thing of kind @kind, as the file's `extents` give
 * it for @kind or a kind above it ("height" for a tower: "the 178-metre tower"); NULL
 * when they give none. */
const char *contra_kinds_extent (const ContraKinds *kinds, const char *kind);

/* The measure a quantity of @dimension (as lang/en/units.yaml names it) states of a
 * thing of kind @kind, as the file's `measures` and `extents` give it: "height" for a
 * length and a tower ("the 178-metre tower"), "duration" for a time and a film; NULL
 * when none is @kind's extent. With @kind NULL, the measure the dimension states of
 * anything else: "length" for a length, "weight" for a mass ("the 1,150-kilogram
 * satellite"); NULL when the file gives none. */
const char *contra_kinds_measure (const ContraKinds *kinds, const char *dimension, const char *kind);

/* The broadest kind @word is a kind of, the first in byte order of those with nothing
 * above them: "vessel" for "ferry" and "ship"; @word's synonym when nothing is above it
 * but its synonyms, @word itself when the file does not name it. */
const char *contra_kinds_top (const ContraKinds *kinds, const char *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraKinds, contra_kinds_free)

G_END_DECLS
