/* yaml-store.c — a YAML tree's binary form, and the store contra_yaml_parse_file()
 * asks before parsing (yaml-store.h).
 *
 * The form: an 8-byte tag naming it and its version, a 64-bit checksum of what
 * follows (base/checksum.h), the number of nodes, then the nodes in document order (a node before
 * its children), each as kind and plain flag (a byte each), line, column and a count
 * (4 bytes each, little-endian): a scalar's length, followed by its bytes, or a
 * collection's number of children. The reader walks it with an explicit stack, as the
 * parser builds a tree, and checks each count against the bytes left before it
 * allocates anything, so that no input makes it read past the end, nest deeper than
 * CONTRA_YAML_MAX_DEPTH, or allocate more than the input's size in nodes.
 */
#include "base/yaml-store.h"

#include <string.h>
#include <sys/stat.h>

#include "base/checksum.h"
#include "base/yaml-private.h"

static const char tag[8] = {'c', 'n', 't', 'r', 'y', 'm', 'l', '2'};

#define HEADER (sizeof tag + 8 + 4)
#define NODE_HEAD (2 + 4 + 4 + 4)
/* A file written this recently (nanoseconds) may change again without its stamp
 * changing: its tree is not kept. */
#define RACY_NS G_GINT64_CONSTANT (2000000000)

static const ContraYamlStore *current_store;

void
contra_yaml_set_store (const ContraYamlStore *store)
{
  g_atomic_pointer_set (&current_store, store);
}

/* ---- writing ------------------------------------------------------------------ */

static void
put_u32 (GByteArray *out, guint32 value)
{
  guint32 le = GUINT32_TO_LE (value);
  g_byte_array_append (out, (const guint8 *) &le, sizeof le);
}

static void
put_node (GByteArray *out, const ContraYamlNode *node)
{
  guint8 flags[2] = {(guint8) node->kind, (guint8) (node->plain != FALSE)};
  gsize length = node->kind == CONTRA_YAML_SCALAR ? strlen (node->scalar) : 0;

  g_byte_array_append (out, flags, sizeof flags);
  put_u32 (out, node->line);
  put_u32 (out, node->column);
  if (node->kind == CONTRA_YAML_SCALAR)
    {
      put_u32 (out, (guint32) length);
      g_byte_array_append (out, (const guint8 *) node->scalar, (guint) length);
    }
  else
    put_u32 (out, node->n_children);
}

GBytes *
contra_yaml_tree_encode (const ContraYamlNode *root)
{
  g_autoptr (GByteArray) out = g_byte_array_sized_new (64 * 1024);
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();
  guint32 nodes = 0;

  g_return_val_if_fail (root != NULL, NULL);

  g_byte_array_set_size (out, HEADER);
  /* Document order without recursion: children pushed last first. */
  g_ptr_array_add (stack, (gpointer) root);
  while (stack->len > 0)
    {
      const ContraYamlNode *node = g_ptr_array_steal_index (stack, stack->len - 1);
      put_node (out, node);
      nodes++;
      for (guint i = node->n_children; i > 0; i--)
        g_ptr_array_add (stack, node->children[i - 1]);
    }

  guint32 nodes_le = GUINT32_TO_LE (nodes);
  memcpy (out->data, tag, sizeof tag);
  memcpy (out->data + sizeof tag + 8, &nodes_le, 4);
  guint64 sum = GUINT64_TO_LE (contra_checksum (out->data + sizeof tag + 8, out->len - sizeof tag - 8));
  memcpy (out->data + sizeof tag, &sum, 8);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* ---- reading ------------------------------------------------------------------ */

typedef struct {
  const guint8 *at, *end;
} Cursor;

static guint32
get_u32 (Cursor *c)
{
  guint32 le;

  memcpy (&le, c->at, sizeof le);
  c->at += sizeof le;
  return GUINT32_FROM_LE (le);
}

/* The next node, or NULL when it is not one; @count is set to a collection's number
 * of children. */
static ContraYamlNode *
get_node (Cursor *c, ContraYamlArena *arena, guint32 *n_children)
{
  if ((gsize) (c->end - c->at) < NODE_HEAD)
    return NULL;
  guint8 kind = c->at[0], plain = c->at[1];
  c->at += 2;
  guint32 line = get_u32 (c), column = get_u32 (c), count = get_u32 (c);
  if (kind > CONTRA_YAML_MAPPING || plain > 1 || line == 0 || column == 0)
    return NULL;
  if (kind == CONTRA_YAML_SCALAR)
    {
      /* The parser's scalars are UTF-8 without NUL (g_utf8_validate_len checks both). */
      if ((gsize) (c->end - c->at) < count || !g_utf8_validate_len ((const char *) c->at, count, NULL))
        return NULL;
      ContraYamlNode *node = contra_yaml_arena_node (arena, CONTRA_YAML_SCALAR, line, column);
      node->scalar = contra_yaml_arena_alloc (arena, (gsize) count + 1);
      memcpy (node->scalar, c->at, count);
      node->plain = plain;
      c->at += count;
      return node;
    }
  /* Each child takes NODE_HEAD bytes at least; a mapping holds pairs. */
  if (count > (gsize) (c->end - c->at) / NODE_HEAD || (kind == CONTRA_YAML_MAPPING && count % 2 != 0))
    return NULL;
  ContraYamlNode *node = contra_yaml_arena_node (arena, (ContraYamlKind) kind, line, column);
  /* Filled as the children are read (n_children counts them). */
  if (count > 0)
    node->children = contra_yaml_arena_alloc (arena, count * sizeof (ContraYamlNode *));
  *n_children = count;
  return node;
}

typedef struct {
  ContraYamlNode *node;
  guint32 left; /* children still to read */
} Open;

ContraYamlNode *
contra_yaml_tree_decode (const guint8 *data, gsize length)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < HEADER || memcmp (data, tag, sizeof tag) != 0)
    return NULL;
  guint64 sum;
  memcpy (&sum, data + sizeof tag, 8);
  if (GUINT64_FROM_LE (sum) != contra_checksum (data + sizeof tag + 8, length - sizeof tag - 8))
    return NULL;

  Cursor c = {data + sizeof tag + 8, data + length};
  guint32 expected = get_u32 (&c), nodes = 0;
  ContraYamlArena *arena = contra_yaml_arena_new ();
  Open stack[CONTRA_YAML_MAX_DEPTH];
  guint depth = 0;
  guint32 n_children = 0;
  ContraYamlNode *root = get_node (&c, arena, &n_children);

  if (root != NULL)
    {
      nodes = 1;
      if (root->kind != CONTRA_YAML_SCALAR)
        stack[depth++] = (Open){root, n_children};
    }
  while (root != NULL && depth > 0)
    {
      Open *top = &stack[depth - 1];
      if (top->left == 0)
        {
          depth--;
          continue;
        }
      ContraYamlNode *node = get_node (&c, arena, &n_children);
      if (node == NULL)
        root = NULL;
      else
        {
          nodes++;
          top->left--;
          top->node->children[top->node->n_children++] = node;
          if (node->kind != CONTRA_YAML_SCALAR && depth == CONTRA_YAML_MAX_DEPTH)
            root = NULL;
          else if (node->kind != CONTRA_YAML_SCALAR)
            stack[depth++] = (Open){node, n_children};
        }
    }
  if (root == NULL || c.at != c.end || nodes != expected)
    {
      contra_yaml_arena_free (arena);
      return NULL;
    }
  root->arena = arena;
  return root;
}

/* ---- the store ---------------------------------------------------------------- */

void
contra_yaml_stamp_set (ContraYamlStamp *stamp, const struct stat *st)
{
  stamp->device = (gint64) st->st_dev;
  stamp->inode = (gint64) st->st_ino;
  stamp->size = (gint64) st->st_size;
  stamp->mtime = (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec;
  stamp->ctime = (gint64) st->st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_ctim.tv_nsec;
}

ContraYamlNode *
contra_yaml_store_find (const char *path)
{
  const ContraYamlStore *store = g_atomic_pointer_get (&current_store);
  struct stat st;

  if (store == NULL || stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return NULL;
  ContraYamlStamp stamp;
  contra_yaml_stamp_set (&stamp, &st);
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autoptr (GBytes) kept = store->lookup (store->data, absolute, &stamp);
  if (kept == NULL)
    return NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (kept, &length);
  return contra_yaml_tree_decode (data, length);
}

void
contra_yaml_store_keep (const char *path, const ContraYamlStamp *stamp, const ContraYamlNode *root)
{
  const ContraYamlStore *store = g_atomic_pointer_get (&current_store);

  if (store == NULL || g_get_real_time () * 1000 - stamp->mtime < RACY_NS)
    return;
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autoptr (GBytes) tree = contra_yaml_tree_encode (root);
  store->keep (store->data, absolute, stamp, tree);
}
