/* utf8.h — raw bytes to valid UTF-8.
 *
 * contra reads text as UTF-8. A byte order mark is skipped; each invalid byte is
 * replaced with U+FFFD and its offset in the input is reported, so a bad byte never
 * stops a run. A NUL byte means the file is not text.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Decodes @length bytes at @bytes. Returns a newly allocated NUL-terminated string of
 * valid UTF-8 (free with g_free()) and its length in @out_length. When @invalid is not
 * NULL, the byte offset (in @bytes) of each invalid byte is appended to it (GArray of
 * gsize). @had_bom (may be NULL) tells whether a BOM was skipped. */
char *contra_utf8_decode (const char *bytes,
                          gsize length,
                          gsize *out_length,
                          GArray *invalid,
                          gboolean *had_bom);

/* The offset of the first NUL byte in @bytes, or -1 when there is none. */
gssize contra_utf8_find_nul (const char *bytes, gsize length);

G_END_DECLS
