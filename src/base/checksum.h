/* checksum.h — a fast 64-bit checksum of bytes contra wrote and reads back.
 *
 * The binary forms the claim index keeps (base/yaml-store.h's trees, io/claim-binary.h's
 * claims and sources) open with this checksum of what follows, so that a damaged page
 * or a row overwritten is found before anything of it is used. It guards against
 * accidents, not against someone forging a row: the reader checks every length and
 * value anyway.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* FNV-1a over 64-bit little-endian words (the last one padded with zeros), mixed. */
guint64 contra_checksum (const guint8 *data, gsize length);

G_END_DECLS
