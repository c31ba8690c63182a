/* textstore.h — texts kept out of the way until they are printed.
 *
 * A claim keeps the sentence it quotes, for the report; but a report on a million
 * claims prints the quotes of a few thousand. The store holds texts in memory up to a
 * limit and moves the oldest blocks to an unlinked temporary file past it, so that a
 * quote costs its claim a handle of 8 bytes. Like interned strings, the store is one
 * per process, never emptied, and safe to use from several threads; a text is read
 * back as a copy.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A text in the store: its offset and length. 0 stands for no text. */
typedef guint64 ContraText;

/* The longest text kept; a longer one is cut there (a quote, not a document), before
 * the UTF-8 character the cut falls in. */
#define CONTRA_TEXT_MAX_LENGTH ((gsize) (1 << 24) - 1)

/* Adds the @length bytes of @text (-1: up to the NUL) and returns its handle. */
ContraText contra_text_add (const char *text, gssize length);

/* A copy of the text of @handle (NUL-terminated), or NULL for 0. Free with g_free(). */
char *contra_text_get (ContraText handle);

/* How many bytes of texts the store keeps in memory before it moves blocks to its
 * file (tests set it low). */
void contra_text_store_set_memory_limit (gsize bytes);

G_END_DECLS
