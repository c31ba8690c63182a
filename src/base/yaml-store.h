/* yaml-store.h — parsed YAML trees kept between runs.
 *
 * libyaml spends about 200 instructions a byte, so parsing is most of what loading a
 * large file costs: a generated lexicon of 1 MB, a manifest of 4,000 documents. A
 * tree, once parsed, has a compact binary form (contra_yaml_tree_encode()) that reads
 * back in a small part of that time (contra_yaml_tree_decode()).
 *
 * contra_yaml_parse_file() asks the store set with contra_yaml_set_store() for the
 * tree of a file before reading it, giving the file's absolute path and stamp (device,
 * inode, size, modification and change times); the store returns what it kept for that
 * path and stamp, if anything. What comes back is checked (a checksum, then every
 * length, kind and count against the bytes) and, when it is not a whole tree, thrown
 * away and the file parsed: a damaged store costs time, never a wrong tree. After a
 * parse, the tree is given to the store to keep, unless the file was written in the
 * last two seconds (a second write in the same tick of the file system's clock would
 * leave the stamp as it was: git's "racy" files). The claim index is such a store
 * (index/index.h, contra_index_yaml_store()).
 *
 * What the store trusts, then: that a file whose device, inode, size and both times are
 * as kept has the bytes it had, as the index trusts it of a corpus's documents
 * (docs/index.md).
 */
#pragma once

#include <glib.h>

#include "base/yaml.h"

G_BEGIN_DECLS

/* A file's identity as stat() gives it; times in nanoseconds. */
typedef struct {
  gint64 device, inode, size, mtime, ctime;
} ContraYamlStamp;

typedef struct {
  /* The encoded tree kept for @path when its file had @stamp, or NULL. Returns a
   * reference to free with g_bytes_unref(). */
  GBytes *(*lookup) (gpointer data, const char *path, const ContraYamlStamp *stamp);
  /* Keeps @tree (encoded) for @path as its file was at @stamp; may do nothing. */
  void (*keep) (gpointer data, const char *path, const ContraYamlStamp *stamp, GBytes *tree);
  gpointer data;
} ContraYamlStore;

/* Makes @store (NULL: none) the one contra_yaml_parse_file() uses, until set again.
 * The store is not copied: it must outlive its use. Its functions may be called from
 * several threads at once. */
void contra_yaml_set_store (const ContraYamlStore *store);

/* The binary form of the tree from @root (contra_yaml_parse()'s). Returns a new
 * GBytes, to free with g_bytes_unref(). */
GBytes *contra_yaml_tree_encode (const ContraYamlNode *root);

/* The tree @data encodes, or NULL when it is not a whole tree in the form this contra
 * writes (damaged, cut short, or of another version). Free with contra_yaml_node_free(). */
ContraYamlNode *contra_yaml_tree_decode (const guint8 *data, gsize length);

G_END_DECLS
