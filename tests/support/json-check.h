/* json-check.h — is this what a strict JSON reader accepts?
 *
 * The project's own reader (output/json.h) is lenient where a consumer may not be: it
 * copies bytes that are not UTF-8 and takes a lone surrogate escape. Tests of what
 * contra writes hold it to RFC 8259 instead, as a strict consumer (Python's json,
 * jq, a browser) reads it: valid UTF-8, no raw control characters in strings, only
 * the escapes the grammar lists, surrogate escapes in pairs, numbers in its form.
 */
#pragma once

#include <glib.h>

/* TRUE when @length bytes at @text are one JSON value (surrounded by white space);
 * otherwise FALSE, with the byte offset and the problem in @problem (may be NULL;
 * free with g_free()). */
gboolean json_check (const char *text, gsize length, char **problem);

/* The same for JSON Lines: every line (the last ends with a line break) a value. */
gboolean json_check_lines (const char *text, gsize length, char **problem);
