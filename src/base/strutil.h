/* strutil.h — small string helpers shared by several stages. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Levenshtein distance between two UTF-8 strings, counted in characters. Stops early
 * and returns @limit + 1 once the distance is known to exceed @limit. */
guint contra_edit_distance (const char *a, const char *b, guint limit);

/* The candidate nearest to @word (edit distance at most a third of its length, and
 * at least 1), or NULL. @candidates is NULL-terminated. */
const char *contra_suggest (const char *word, const char *const *candidates);

/* "Phạm Bình Minh" -> "pham-binh-minh": lower case ASCII letters and digits joined by
 * single hyphens (accents dropped). Free with g_free(). */
char *contra_slugify (const char *text);

/* Collapses runs of white space to one space and trims both ends. Free with g_free(). */
char *contra_collapse_space (const char *text, gssize length);

/* A canonical pointer for @string, as g_intern_string() gives, through a cache of the
 * calling thread's own (no lock for a string the thread has interned before:
 * extraction threads intern a few strings per claim). The pointer is glib's for a
 * string glib had interned first (the rules' and concepts' ids, as they load), else
 * one of contra's own: glib's quarks cost memory that grows with the square of their
 * number, and an archive's subjects are millions. Strings that grow with the corpus
 * are interned here, not with g_intern_string(). */
const char *contra_intern (const char *string);

/* @text cut at runs of white space (Unicode's, and the no-break space): the same
 * words as g_regex_split_simple ("[\\s\\x{00A0}]+", text, 0, 0), an empty first
 * (last) word when @text starts (ends) with a space, without a regular expression. Free with g_strfreev(). */
char **contra_split_space (const char *text);

/* What g_utf8_validate_len() says (valid UTF-8 without NUL; @bad, when not NULL, set to
 * the first byte that is not), but eight bytes at a time through ASCII, which is most
 * of what contra reads back: glib's validator takes a byte at a time. */
gboolean contra_utf8_validate (const char *text, gsize length, const char **bad);

G_END_DECLS
