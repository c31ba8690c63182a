/* names.h — given names, their short forms and the titles before a name
 * (lang/en/names.yaml), as the reconciler's name matcher asks about them.
 *
 * The file is read with the rest of a language folder (language.c calls
 * contra_names_read()), and its problems are reported with theirs. Every word is
 * folded (contra_slugify()'s form: lower case, ASCII).
 */
#pragma once

#include <glib.h>

#include "lang/language.h"
#include "base/schema.h"
#include "base/yaml.h"

G_BEGIN_DECLS

typedef struct _ContraNames ContraNames;

/* Reads names.yaml's @root; problems go to @schema. Never NULL (a file with problems
 * gives what could be read). Free with contra_names_free(). */
ContraNames *contra_names_read (ContraSchema *schema, const ContraYamlNode *root);

void contra_names_free (ContraNames *names);

/* The names data of @language (owned by it). */
const ContraNames *contra_language_names (const ContraLanguage *language);

/* TRUE when @fold is a title that stands before a name ("dr", "sir"). */
gboolean contra_names_is_title (const ContraNames *names, const char *fold);

/* TRUE when @fold follows a name without being part of it ("jr", "iii"). */
gboolean contra_names_is_suffix (const ContraNames *names, const char *fold);

/* TRUE when @phrase (words folded to lower-case ASCII letters, one space between) is
 * a word after an organisation's name that is no part of it: "Rothwell Athletic F.C."
 * and "Rothwell Athletic Football Club" are one club ("fc", "football club"). */
gboolean contra_names_is_org_suffix (const ContraNames *names, const char *phrase);

/* TRUE when @fold (a word folded to lower-case ASCII letters) is a prefix before a
 * ship's name that is no part of it: "MS Storlinge" is the Storlinge ("ms"). */
gboolean contra_names_is_vessel_prefix (const ContraNames *names, const char *fold);

/* The given names the short form @fold may stand for ("alex": alexander, alexandra,
 * alexis), NULL-terminated and owned by @names; NULL when @fold is no short form. */
const char *const *contra_names_full_forms (const ContraNames *names, const char *fold);

/* TRUE when @fold is a given name of the file, short or full. */
gboolean contra_names_known (const ContraNames *names, const char *fold);

/* The family of @fold: one name that stands for every given name joined to it by
 * short forms (alex, alexander, alexandra, sandy, sandra ... have one family), owned
 * by @names; @fold itself when the file does not know it. Two names of which one is
 * a short form of the other are always of one family. */
const char *contra_names_family (const ContraNames *names, const char *fold);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraNames, contra_names_free)

G_END_DECLS
