/* names.h — when two documents name one person: a short and a long given name
 * ("Alex" / "Alexander", "Bill" / "William"), with or without a middle name or
 * initial, with or without a title ("Dr. Jane Smith" / "Jane Smith").
 *
 * A name is read from its key (the slug after "entity/" or "person/":
 * "alexander-j-moreno"): leading titles and trailing suffixes (lang/en/names.yaml)
 * set aside, the first word is the given name, the last the surname, the words
 * between middle names or initials. Two names are compatible when their surnames are
 * equal, their given names are equal or one is a short form of the other, and their
 * middle names do not differ (an initial matches a name it begins; a name without
 * middle names matches any). Names with equal given names must also show they are a
 * person's: a given name the table knows, a middle initial or a title.
 *
 * The documents tell names apart: a name compatible with two names that are not
 * compatible with each other ("Alex Moreno" beside "Alexander Moreno" and "Alexandra
 * Moreno"; "John Kennedy" beside "John F. Kennedy" and "John G. Kennedy") is
 * ambiguous, and is merged with none. Two short forms of one given name ("Bill" and
 * "Will" of William) are not compatible, but do not tell anyone apart either. Two
 * compatible names merge when neither is ambiguous, and merges are transitive (so
 * "Bill", "Will" and "William Hartley" are one person); every merged set is named by
 * its fullest member.
 *
 * Compatible names always share a bucket: the surname and the family of the given
 * name (names.h in lang/). Whether a name is ambiguous depends only on the names of
 * its bucket, so the claim index (reconcile/reach.h) keeps the bucket beside each
 * claim, and lint reads whole buckets: the same merges with and without the index.
 *
 * Limits: a name is read word by word in the order given name, surname; a reordered
 * name, a given name written as an initial ("J. Moreno") and a lone surname are not
 * matched; a word of the name written in lower case ("Charles de Gaulle") makes it
 * no person's name for the matcher.
 */
#pragma once

#include <glib.h>

#include "lang/names.h"

G_BEGIN_DECLS

/* The bucket of the name @slug ("moreno|alexander"), NULL when @slug does not read
 * as a person's name. Free with g_free(). */
char *contra_name_bucket (const ContraNames *names, const char *slug);

/* TRUE when the names @a and @b (slugs) may be one person's, whatever other names
 * the documents hold. */
gboolean contra_name_match (const ContraNames *names, const char *a, const char *b);

typedef struct _ContraNameMerger ContraNameMerger;

ContraNameMerger *contra_name_merger_new (const ContraNames *names);
void contra_name_merger_free (ContraNameMerger *merger);

/* Adds a name the documents use: its slug, and @label as one of them writes it ("Alex
 * Moreno"). A name counts as a person's only when one of its labels has every word
 * capitalised. */
void contra_name_merger_add (ContraNameMerger *merger, const char *slug, const char *label);

/* The merges: a table from each merged slug to the slug of its set, both interned
 * (contra_intern()); a name that stays as it is has no entry. Free with
 * g_hash_table_unref(). */
GHashTable *contra_name_merger_finish (ContraNameMerger *merger);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraNameMerger, contra_name_merger_free)

G_END_DECLS
