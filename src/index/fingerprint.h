/* fingerprint.h — what a document's claims depend on, as hashes the index keeps.
 *
 * A document's claims are a function of its bytes, its manifest entry, the rules and
 * language data, and the version of contra that extracted them. Each is reduced to a
 * SHA-256 in hexadecimal; the claim index (index.h) re-reads a document when one of
 * them differs from what it stored.
 */
#pragma once

#include <glib.h>

#include "corpus/corpus.h"

G_BEGIN_DECLS

/* The hash of every file under @rules_dir (names starting with "." left out, as the
 * rule loader leaves them), each with its path relative to the folder, and of
 * contra's version. NULL with @error set when a file cannot be read. Free with
 * g_free(). */
char *contra_fingerprint_rules (const char *rules_dir, GError **error);

/* The same files' stamps: for each, its relative path, device, inode, size and
 * modification and change times (nanoseconds), one a line after contra's version. When
 * the stamps are those the rules had when hashed, the hash is theirs (as a document's
 * bytes are taken as unchanged, docs/index.md). NULL when a file cannot be listed or
 * was written in the last two seconds (its stamp may not change with a second
 * write). Free with g_free(). */
char *contra_fingerprint_rules_stamps (const char *rules_dir);

/* What the corpus says of @item besides its bytes: its manifest entry (every field
 * that reaches extraction; not its line in the manifest), as bytes to compare. Kept
 * whole rather than hashed: lint checks every document's entry, and comparing a few
 * hundred bytes costs less than hashing them. Whether the file was named on the
 * command line or found in a folder is left out: it changes which files may be read,
 * not what a regular file's claims are (and the index takes only regular files).
 * Free with g_bytes_unref(). */
GBytes *contra_fingerprint_entry (const ContraCorpusItem *item);

/* The hash of @length bytes at @data. Free with g_free(). */
char *contra_fingerprint_bytes (const char *data, gsize length);

G_END_DECLS
