/* yaml.c — libyaml events folded into a tree of ContraYamlNode.
 *
 * libyaml's marks are 0-based and count characters; we store them 1-based. The parser
 * is event-driven, so the tree is built with an explicit stack of open collections.
 *
 * Nesting is limited (CONTRA_YAML_MAX_DEPTH): no file contra reads needs more than a
 * few levels, and a hostile one ("- " 150,000 times, or "[" 100,000 times) would
 * otherwise cost a node per level, time quadratic in the depth inside libyaml's
 * scanner (it rescans its stack of possible simple keys at every token), and a deep
 * tree to free. The parse stops at the event that opens one level too many, so
 * libyaml never reads far past the limit. Nothing here recurses over the tree.
 */
#include "base/yaml.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "base/error.h"
#include "base/yaml-private.h"

ContraYamlArena *
contra_yaml_arena_new (void)
{
  ContraYamlArena *arena = g_new0 (ContraYamlArena, 1);

  arena->blocks = g_ptr_array_new_with_free_func (g_free);
  return arena;
}

void
contra_yaml_arena_free (ContraYamlArena *arena)
{
  g_ptr_array_unref (arena->blocks);
  g_free (arena);
}

gpointer
contra_yaml_arena_alloc (ContraYamlArena *arena, gsize size)
{
  size = (size + 7) & ~(gsize) 7;
  if (size > ARENA_BLOCK / 4)
    {
      char *own = g_malloc0 (size);
      g_ptr_array_add (arena->blocks, own);
      return own;
    }
  if (size > arena->left)
    {
      arena->next = g_malloc (ARENA_BLOCK);
      arena->left = ARENA_BLOCK;
      g_ptr_array_add (arena->blocks, arena->next);
    }
  char *out = arena->next;
  arena->next += size;
  arena->left -= size;
  memset (out, 0, size);
  return out;
}

ContraYamlNode *
contra_yaml_arena_node (ContraYamlArena *arena, ContraYamlKind kind, guint line, guint column)
{
  ContraYamlNode *node = contra_yaml_arena_alloc (arena, sizeof (ContraYamlNode));

  node->kind = kind;
  node->line = line;
  node->column = column;
  return node;
}

static ContraYamlNode *
node_new (ContraYamlArena *arena, ContraYamlKind kind, const yaml_mark_t *mark)
{
  return contra_yaml_arena_node (arena, kind, (guint) mark->line + 1, (guint) mark->column + 1);
}

/* Frees a tree from its root; the other nodes are freed with it. */
void
contra_yaml_node_free (ContraYamlNode *node)
{
  if (node == NULL)
    return;
  g_return_if_fail (node->arena != NULL);
  contra_yaml_arena_free (node->arena);
}

static ContraDiagnostic *
problem_at (const char *name, const yaml_mark_t *mark, const char *problem, const char *context)
{
  if (context != NULL)
    return contra_diagnostic_new (CONTRA_SEVERITY_ERROR, name, (guint) mark->line + 1,
                                  (guint) mark->column + 1, "%s %s", problem, context);
  return contra_diagnostic_new (CONTRA_SEVERITY_ERROR, name, (guint) mark->line + 1,
                                (guint) mark->column + 1, "%s", problem);
}

ContraYamlNode *
contra_yaml_parse (const char *name, const char *data, gsize length, ContraDiagnostic **problem)
{
  yaml_parser_t parser;
  yaml_event_t event;
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();
  /* The children of each open collection, by level, until it closes; reused. */
  g_autoptr (GPtrArray) open = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  ContraYamlArena *arena = contra_yaml_arena_new ();
  ContraYamlNode *root = NULL;
  gboolean done = FALSE;

  g_return_val_if_fail (name != NULL && data != NULL, NULL);

  if (!yaml_parser_initialize (&parser))
    g_error ("libyaml: out of memory");
  yaml_parser_set_input_string (&parser, (const unsigned char *) data, length);

  while (!done)
    {
      ContraYamlNode *node = NULL;

      if (!yaml_parser_parse (&parser, &event))
        {
          *problem = problem_at (name, &parser.problem_mark,
                                 parser.problem ? parser.problem : "malformed YAML",
                                 parser.context);
          goto fail;
        }

      switch (event.type)
        {
        case YAML_STREAM_END_EVENT:
        case YAML_DOCUMENT_END_EVENT:
          done = root != NULL || event.type == YAML_STREAM_END_EVENT;
          break;
        case YAML_ALIAS_EVENT:
          *problem = problem_at (name, &event.start_mark,
                                 "aliases (*name) are not supported; write the value out", NULL);
          yaml_event_delete (&event);
          goto fail;
        case YAML_SCALAR_EVENT:
          node = node_new (arena, CONTRA_YAML_SCALAR, &event.start_mark);
          node->scalar = contra_yaml_arena_alloc (arena, event.data.scalar.length + 1);
          memcpy (node->scalar, event.data.scalar.value, event.data.scalar.length);
          node->plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
          break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
          if (stack->len >= CONTRA_YAML_MAX_DEPTH)
            {
              *problem = contra_diagnostic_new (
                CONTRA_SEVERITY_ERROR, name, (guint) event.start_mark.line + 1, (guint) event.start_mark.column + 1,
                "lists and mappings nested deeper than %d levels", CONTRA_YAML_MAX_DEPTH);
              yaml_event_delete (&event);
              goto fail;
            }
          node = node_new (arena, event.type == YAML_SEQUENCE_START_EVENT ? CONTRA_YAML_SEQUENCE : CONTRA_YAML_MAPPING,
                           &event.start_mark);
          break;
        case YAML_SEQUENCE_END_EVENT:
          case YAML_MAPPING_END_EVENT: {
            ContraYamlNode *closed = g_ptr_array_steal_index (stack, stack->len - 1);
            GPtrArray *children = g_ptr_array_index (open, stack->len);
            closed->n_children = children->len;
            if (children->len > 0)
              {
                closed->children = contra_yaml_arena_alloc (arena, children->len * sizeof (ContraYamlNode *));
                memcpy (closed->children, children->pdata, children->len * sizeof (ContraYamlNode *));
              }
          }
          break;
        default:
          break;
        }

      if (node != NULL)
        {
          if (stack->len > 0)
            g_ptr_array_add (g_ptr_array_index (open, stack->len - 1), node);
          else if (root == NULL)
            root = node;
          /* else a second document's: left to the arena */
          if (node->kind != CONTRA_YAML_SCALAR)
            {
              if (open->len == stack->len)
                g_ptr_array_add (open, g_ptr_array_new ());
              g_ptr_array_set_size (g_ptr_array_index (open, stack->len), 0);
              g_ptr_array_add (stack, node);
            }
        }
      yaml_event_delete (&event);
    }

  yaml_parser_delete (&parser);
  if (root == NULL)
    {
      yaml_mark_t start = {0, 0, 0};
      root = node_new (arena, CONTRA_YAML_MAPPING, &start);
    }
  root->arena = arena;
  return root;

fail:
  yaml_parser_delete (&parser);
  contra_yaml_arena_free (arena);
  return NULL;
}

/* Reads the file at @path whole. Only a regular file is read: a FIFO among the rule
 * files, or a manifest that links to /dev/zero, would hang the run or fill memory. The
 * file is opened without blocking and checked on the descriptor, so that what is
 * checked is what is read. On failure returns the reason, to free. */
static char *
read_regular_file (const char *path, char **data, gsize *length, ContraYamlStamp *stamp)
{
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return g_strdup (g_strerror (errno));

  struct stat st;
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;
      close (fd);
      return g_strdup (g_strerror (saved));
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      return g_strdup (S_ISDIR (st.st_mode) ? "is a directory" : "not a regular file");
    }

  /* The size is a hint: the file may change while it is read. */
  gsize capacity = (gsize) st.st_size + 1, used = 0;
  char *buffer = g_malloc (capacity + 1);
  for (;;)
    {
      if (used == capacity)
        {
          capacity *= 2;
          buffer = g_realloc (buffer, capacity + 1);
        }
      gssize got = read (fd, buffer + used, capacity - used);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved = errno;
          g_free (buffer);
          close (fd);
          return g_strdup (g_strerror (saved));
        }
      if (got == 0)
        break;
      used += (gsize) got;
    }
  close (fd);
  buffer[used] = '\0';
  contra_yaml_stamp_set (stamp, &st);
  *data = buffer;
  *length = used;
  return NULL;
}

ContraYamlNode *
contra_yaml_parse_file (const char *path, ContraDiagnostic **problem)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  const char *bad = NULL;
  ContraYamlStamp stamp;
  ContraYamlNode *root = contra_yaml_store_find (path);

  if (root != NULL)
    return root;
  g_autofree char *why = read_regular_file (path, &data, &length, &stamp);

  if (why != NULL)
    {
      *problem = contra_diagnostic_new (CONTRA_SEVERITY_ERROR, path, 0, 0, "cannot read: %s", why);
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, &bad))
    {
      /* Everything before @bad is valid, so its line and column (in characters) can
       * be counted; the author then finds the byte without a hex editor. */
      guint line = 1;
      const char *line_start = data;
      for (const char *p = data; p < bad; p++)
        if (*p == '\n')
          {
            line++;
            line_start = p + 1;
          }
      guint column = (guint) g_utf8_strlen (line_start, bad - line_start) + 1;
      *problem = contra_diagnostic_new (CONTRA_SEVERITY_ERROR, path, line, column,
                                        "invalid UTF-8 byte 0x%02X at byte offset %" G_GSIZE_FORMAT,
                                        (guint) (guchar) *bad, (gsize) (bad - data));
      return NULL;
    }
  root = contra_yaml_parse (path, data, length, problem);
  if (root != NULL)
    contra_yaml_store_keep (path, &stamp, root);
  return root;
}

static ContraYamlNode *
or_error (ContraYamlNode *node, ContraDiagnostic *problem, GQuark domain, int code, GError **error)
{
  if (node == NULL)
    {
      g_autofree char *text = contra_diagnostic_format (problem);
      g_set_error_literal (error, domain, code, text);
      contra_diagnostic_free (problem);
    }
  return node;
}

ContraYamlNode *
contra_yaml_load_data (const char *name, const char *data, gsize length, GError **error)
{
  ContraDiagnostic *problem = NULL;
  ContraYamlNode *node = contra_yaml_parse (name, data, length, &problem);
  return or_error (node, problem, CONTRA_RULES_ERROR, CONTRA_RULES_ERROR_SYNTAX, error);
}

ContraYamlNode *
contra_yaml_load_file (const char *path, GError **error)
{
  ContraDiagnostic *problem = NULL;
  ContraYamlNode *node = contra_yaml_parse_file (path, &problem);
  return or_error (node, problem, CONTRA_RULES_ERROR, CONTRA_RULES_ERROR_SYNTAX, error);
}

ContraYamlNode *
contra_yaml_mapping_get (const ContraYamlNode *mapping, const char *key)
{
  g_return_val_if_fail (mapping != NULL && key != NULL, NULL);

  if (mapping->kind != CONTRA_YAML_MAPPING)
    return NULL;
  for (guint i = 0; i + 1 < mapping->n_children; i += 2)
    {
      const ContraYamlNode *k = mapping->children[i];
      if (k->kind == CONTRA_YAML_SCALAR && g_str_equal (k->scalar, key))
        return mapping->children[i + 1];
    }
  return NULL;
}

guint
contra_yaml_length (const ContraYamlNode *node)
{
  if (node == NULL)
    return 0;
  return node->kind == CONTRA_YAML_MAPPING ? node->n_children / 2 : node->n_children;
}

ContraYamlNode *
contra_yaml_key_at (const ContraYamlNode *mapping, guint i)
{
  g_return_val_if_fail (mapping->kind == CONTRA_YAML_MAPPING, NULL);
  return mapping->children[2 * i];
}

ContraYamlNode *
contra_yaml_value_at (const ContraYamlNode *mapping, guint i)
{
  g_return_val_if_fail (mapping->kind == CONTRA_YAML_MAPPING, NULL);
  return mapping->children[2 * i + 1];
}

ContraYamlNode *
contra_yaml_item_at (const ContraYamlNode *sequence, guint i)
{
  g_return_val_if_fail (sequence->kind == CONTRA_YAML_SEQUENCE, NULL);
  return sequence->children[i];
}

gboolean
contra_yaml_is_null (const ContraYamlNode *node)
{
  if (node == NULL)
    return TRUE;
  if (node->kind != CONTRA_YAML_SCALAR || !node->plain)
    return FALSE;
  return node->scalar[0] == '\0' || g_str_equal (node->scalar, "~")
         || g_str_equal (node->scalar, "null");
}

const char *
contra_yaml_kind_name (ContraYamlKind kind)
{
  switch (kind)
    {
    case CONTRA_YAML_SCALAR:
      return "a string";
    case CONTRA_YAML_SEQUENCE:
      return "a list";
    case CONTRA_YAML_MAPPING:
      return "a mapping";
    }
  return "a value";
}
