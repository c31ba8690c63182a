/* yaml-private.h — the memory of a YAML tree, shared by the parser (yaml.c) and the
 * reader of stored trees (yaml-store.c). Not for the rest of contra.
 *
 * A tree's nodes and scalars are carved from large blocks that go with its root: a
 * rule folder with a generated lexicon is a few hundred thousand nodes, and a malloc
 * and a free for each node and each scalar were a tenth of loading the rules; so were,
 * later, a GPtrArray for each collection's children (a malloc and a free each, 80,000
 * of them for the bench's lexicon and manifest). The children are an array in the
 * arena too, made when the collection is complete.
 */
#pragma once

#include <glib.h>

#include <sys/stat.h>

#include "base/yaml-store.h"
#include "base/yaml.h"

G_BEGIN_DECLS

typedef struct _ContraYamlArena {
  GPtrArray *blocks; /* char*, each ARENA_BLOCK bytes or one oversized string */
  char *next;        /* free space in the last block */
  gsize left;
} ContraYamlArena;

#define ARENA_BLOCK (64 * 1024)

ContraYamlArena *contra_yaml_arena_new (void);
void contra_yaml_arena_free (ContraYamlArena *arena);

/* @size bytes, zeroed, aligned for any node; freed with the arena. */
gpointer contra_yaml_arena_alloc (ContraYamlArena *arena, gsize size);

/* A node of @kind at @line:@column (1-based), without children. */
ContraYamlNode *contra_yaml_arena_node (ContraYamlArena *arena, ContraYamlKind kind, guint line, guint column);

/* The stamp of the file @st describes. */
void contra_yaml_stamp_set (ContraYamlStamp *stamp, const struct stat *st);

/* The tree of the regular file at @path from the store set, or NULL (no store, nothing
 * kept for its stamp, or what was kept is not a whole tree). */
ContraYamlNode *contra_yaml_store_find (const char *path);

/* Gives the tree @root, parsed from the file at @path as it was at @stamp, to the
 * store set, if any, unless the file is too recent to trust its stamp. */
void contra_yaml_store_keep (const char *path, const ContraYamlStamp *stamp, const ContraYamlNode *root);

G_END_DECLS
