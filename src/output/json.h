/* json.h — writing JSON into a GString, escaped and indented.
 *
 * A small builder: the writer keeps track of commas and indentation so that the code
 * that emits a report reads as the structure it writes. Output is deterministic: keys
 * come out in the order they are written.
 */
#pragma once

#include <glib.h>

#include "io/json-read.h" /* the reading half, which callers of both still use */

G_BEGIN_DECLS

typedef struct {
  GString *out;
  gboolean pretty;
  guint depth;
  guint64 first;     /* bit per depth: nothing written yet at that depth */
  gboolean after_key;
} ContraJson;

void contra_json_init (ContraJson *json, GString *out, gboolean pretty);
void contra_json_begin_object (ContraJson *json);
void contra_json_end_object (ContraJson *json);
void contra_json_begin_array (ContraJson *json);
void contra_json_end_array (ContraJson *json);
void contra_json_key (ContraJson *json, const char *key);
void contra_json_string (ContraJson *json, const char *value); /* NULL writes null */
void contra_json_int (ContraJson *json, gint64 value);
void contra_json_double (ContraJson *json, double value);
void contra_json_bool (ContraJson *json, gboolean value);
void contra_json_null (ContraJson *json);

/* Items of an array rendered apart (a report made in parts, cli/report-claims.c):
 * contra_json_init_item() starts @json on @out as though @depth items deep, after an
 * item, so that what it writes begins with the comma that separates it; then
 * contra_json_raw_item() puts such an item into the array @json is in, without the
 * comma when it is the first. The bytes are those of writing the item in place. A
 * large item may come in pieces: the first through contra_json_raw_item(), the rest
 * appended to @json->out as they are. */
void contra_json_init_item (ContraJson *json, GString *out, gboolean pretty, guint depth);
void contra_json_raw_item (ContraJson *json, const char *item, gsize length);

/* Shorthands for a key and its value. */
void contra_json_member_string (ContraJson *json, const char *key, const char *value);
void contra_json_member_int (ContraJson *json, const char *key, gint64 value);
void contra_json_member_bool (ContraJson *json, const char *key, gboolean value);

/* Appends @value to @out as a JSON string literal, valid whatever @value holds: a
 * byte that is not UTF-8 becomes U+FFFD (output/escape.h); control characters (C0,
 * DEL, C1) and U+2028, U+2029 are written as \u escapes. Every string and key a
 * ContraJson writes goes through it. */
void contra_json_escape (GString *out, const char *value);

G_END_DECLS
