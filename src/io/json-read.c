/* json-read.c — reading JSON (io/json-read.h). */
#include "io/json-read.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"

/* ---- reading: a recursive-descent parser into an arena ------------------------- *
 *
 * Claim files are read a line at a time, and a line is a tree of some fifty nodes and
 * strings: allocating each on its own was much of the cost of reading. A parse instead
 * takes memory from an arena of a few blocks, each twice the size of the one before,
 * freed together with the root. While a container is open its members wait on a
 * scratch stack (shared by all open containers), and are copied into the arena, in
 * arrays of the right size, when it closes. */

/* Blocks and what is taken from them are aligned for a node, which holds the
 * strictest types a tree has (a double, pointers). */
#define ALIGN G_ALIGNOF (ContraJsonNode)
#define ROUND_UP(n) (((n) + ALIGN - 1) / ALIGN * ALIGN)

typedef struct _Block Block;
struct _Block {
  Block *next; /* the block taken before this one */
};
#define BLOCK_HEADER ROUND_UP (sizeof (Block))
/* A claim line is about 1 KB and its tree takes about four times that: the first block
 * holds it. */
#define FIRST_BLOCK (16 * 1024)

/* The root heads the first block, so that the root's address leads to the blocks. */
typedef struct {
  ContraJsonNode root;
  Block *blocks; /* the newest block */
} Tree;

/* Members pushed for an object: the key, its tag, the value. */
#define OBJECT_STRIDE 3
/* Room for a claim line's members without taking memory. */
#define STACK_INITIAL 256

typedef struct {
  const char *p;
  const char *start;
  const char *end;
  const char *problem;
  guint depth;
  Block *blocks;
  char *free;             /* the unused rest of the newest block */
  char *limit;
  gsize block_size;
  gpointer *stack;        /* members of the open containers, innermost last */
  guint stack_len;
  guint stack_size;
  gpointer stack_initial[STACK_INITIAL];
  GString *unescaped;     /* a string with escapes, decoded before it is copied */
} Parser;

static void
free_blocks (Block *block)
{
  while (block != NULL)
    {
      Block *next = block->next;
      g_free (block);
      block = next;
    }
}

void
contra_json_node_free (ContraJsonNode *node)
{
  if (node == NULL)
    return;
  free_blocks (((Tree *) node)->blocks);
}

/* Starts a block of @size bytes (at least), from which memory is taken until it is
 * full. */
static void
add_block (Parser *ps, gsize size)
{
  size = ROUND_UP (size);
  Block *block = g_malloc (BLOCK_HEADER + size);
  block->next = ps->blocks;
  ps->blocks = block;
  ps->block_size = size;
  ps->free = (char *) block + BLOCK_HEADER;
  ps->limit = ps->free + size;
}

/* @size bytes aligned for a node or an array. */
static gpointer
arena_alloc (Parser *ps, gsize size)
{
  /* Blocks end aligned, so rounding up never passes the limit. */
  char *p = ps->free + (ROUND_UP ((guintptr) ps->free) - (guintptr) ps->free);
  if ((gsize) (ps->limit - p) < size)
    {
      add_block (ps, MAX (2 * ps->block_size, size));
      p = ps->free;
    }
  ps->free = p + size;
  return p;
}

static const char *
arena_strndup (Parser *ps, const char *text, gsize length)
{
  if ((gsize) (ps->limit - ps->free) < length + 1)
    add_block (ps, MAX (2 * ps->block_size, length + 1));
  char *copy = ps->free;
  memcpy (copy, text, length);
  copy[length] = '\0';
  ps->free += length + 1;
  return copy;
}

static void
push (Parser *ps, gpointer member)
{
  if (ps->stack_len == ps->stack_size)
    {
      ps->stack_size *= 2;
      if (ps->stack == ps->stack_initial)
        {
          ps->stack = g_new (gpointer, ps->stack_size);
          memcpy (ps->stack, ps->stack_initial, sizeof ps->stack_initial);
        }
      else
        ps->stack = g_renew (gpointer, ps->stack, ps->stack_size);
    }
  ps->stack[ps->stack_len++] = member;
}

/* What contra_json_get() compares before a key's text: its length and its first and
 * last bytes, which tell apart nearly all the keys of an object. */
static inline guint32
key_tag (const char *key, gsize length)
{
  if (length == 0)
    return 0;
  return (guint32) MIN (length, 0xFFFF) << 16 | (guint32) (guchar) key[0] << 8 | (guchar) key[length - 1];
}

/* Whether any of the eight bytes in @word is '"', '\\' or a control character: the
 * bytes that end a plain run of a string. (A byte b is zero when (b - 1) & ~b has its
 * high bit set; below n when (b - n) & ~b does.) */
static inline gboolean
ends_run (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = word ^ (ones * '"');
  guint64 backslash = word ^ (ones * '\\');
  guint64 found = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((word - ones * 0x20) & ~word);

  return (found & highs) != 0;
}

static void
skip_space (Parser *ps)
{
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
    ps->p++;
}

static gboolean parse_value (Parser *ps, ContraJsonNode *node);

/* The rest of a string from the first escape on, appended to @out. */
static gboolean
unescape_rest (Parser *ps, GString *out)
{
  while (ps->p < ps->end && *ps->p != '"')
    {
      char c = *ps->p++;
      if ((guchar) c < 0x20)
        {
          /* Named where it stands, not after it. */
          ps->p--;
          ps->problem = "control character in a string";
          return FALSE;
        }
      if (c != '\\')
        {
          g_string_append_c (out, c);
          continue;
        }
      if (ps->p >= ps->end)
        break;
      c = *ps->p++;
      switch (c)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            if (ps->end - ps->p < 4)
              {
                ps->problem = "truncated \\u escape";
                return FALSE;
              }
            char hex[5] = {ps->p[0], ps->p[1], ps->p[2], ps->p[3], 0};
            char *stop;
            gunichar u = (gunichar) strtoul (hex, &stop, 16);
            if (*stop != '\0')
              {
                ps->problem = "bad \\u escape";
                return FALSE;
              }
            ps->p += 4;
            /* A surrogate pair. */
            if (u >= 0xD800 && u < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u')
              {
                char low[5] = {ps->p[2], ps->p[3], ps->p[4], ps->p[5], 0};
                gunichar v = (gunichar) strtoul (low, &stop, 16);
                if (*stop == '\0' && v >= 0xDC00 && v < 0xE000)
                  {
                    u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                    ps->p += 6;
                  }
              }
            g_string_append_unichar (out, g_unichar_validate (u) ? u : 0xFFFD);
            break;
          }
        default:
          /* The character after the backslash, whole: it may take several bytes. */
          ps->p--;
          ps->problem = "bad escape in a string";
          return FALSE;
        }
    }
  if (ps->p >= ps->end)
    {
      ps->problem = "unterminated string";
      return FALSE;
    }
  ps->p++;
  return TRUE;
}

/* A string literal, copied into the arena; @length is what strlen() would say. Most
 * strings have no escape and are copied in one piece. */
static const char *
parse_string (Parser *ps, gsize *length)
{
  if (ps->p >= ps->end || *ps->p != '"')
    {
      ps->problem = "expected a string";
      return NULL;
    }
  const char *begin = ++ps->p;
  const char *q = begin;
  for (guint64 word; ps->end - q >= 8; q += 8)
    {
      memcpy (&word, q, 8);
      if (ends_run (word))
        break;
    }
  while (q < ps->end && *q != '"' && *q != '\\' && (guchar) *q >= 0x20)
    q++;
  if (q < ps->end && *q == '"')
    {
      ps->p = q + 1;
      *length = (gsize) (q - begin);
      return arena_strndup (ps, begin, *length);
    }

  /* An escape, a control character or the end: decoding reports the last two. */
  if (ps->unescaped == NULL)
    ps->unescaped = g_string_new (NULL);
  g_string_truncate (ps->unescaped, 0);
  g_string_append_len (ps->unescaped, begin, q - begin);
  ps->p = q;
  if (!unescape_rest (ps, ps->unescaped))
    return NULL;
  /* "\u0000" ends the string as C sees it, as it always has here. */
  *length = strlen (ps->unescaped->str);
  return arena_strndup (ps, ps->unescaped->str, *length);
}

/* Moves the members pushed since @base into @node's arrays. */
static void
take_members (Parser *ps, ContraJsonNode *node, guint base)
{
  guint stride = node->type == CONTRA_JSON_OBJECT ? OBJECT_STRIDE : 1;
  guint n = (ps->stack_len - base) / stride;
  gpointer *member = ps->stack + base;

  node->n_items = n;
  node->items = arena_alloc (ps, n * sizeof *node->items);
  if (node->type == CONTRA_JSON_ARRAY)
    memcpy (node->items, member, n * sizeof *node->items);
  else
    {
      const char **keys = arena_alloc (ps, n * sizeof *keys);
      guint32 *tags = arena_alloc (ps, n * sizeof *tags);
      for (guint i = 0; i < n; i++, member += OBJECT_STRIDE)
        {
          keys[i] = member[0];
          tags[i] = GPOINTER_TO_UINT (member[1]);
          node->items[i] = member[2];
        }
      node->keys = keys;
      node->key_tags = tags;
    }
  ps->stack_len = base;
}

static gboolean
parse_container (Parser *ps, ContraJsonNode *node, gboolean object)
{
  char close = object ? '}' : ']';
  guint base = ps->stack_len;

  *node = (ContraJsonNode) {.type = object ? CONTRA_JSON_OBJECT : CONTRA_JSON_ARRAY};
  if (++ps->depth > 64)
    {
      ps->problem = "nested too deeply";
      return FALSE;
    }
  ps->p++;
  skip_space (ps);
  if (ps->p < ps->end && *ps->p == close)
    {
      ps->p++;
      ps->depth--;
      return TRUE;
    }
  for (;;)
    {
      skip_space (ps);
      if (object)
        {
          gsize length;
          const char *key = parse_string (ps, &length);
          if (key == NULL)
            return FALSE;
          push (ps, (gpointer) key);
          push (ps, GUINT_TO_POINTER (key_tag (key, length)));
          skip_space (ps);
          if (ps->p >= ps->end || *ps->p != ':')
            {
              ps->problem = "expected ':'";
              return FALSE;
            }
          ps->p++;
        }
      ContraJsonNode *item = arena_alloc (ps, sizeof *item);
      if (!parse_value (ps, item))
        return FALSE;
      push (ps, item);
      skip_space (ps);
      if (ps->p < ps->end && *ps->p == ',')
        {
          ps->p++;
          continue;
        }
      if (ps->p < ps->end && *ps->p == close)
        {
          ps->p++;
          ps->depth--;
          take_members (ps, node, base);
          return TRUE;
        }
      ps->problem = object ? "expected ',' or '}'" : "expected ',' or ']'";
      return FALSE;
    }
}

static gboolean
parse_number (Parser *ps, ContraJsonNode *node)
{
  /* Most numbers are short integers, which a double holds exactly: strtod would read
   * them the same, only slower. The fast way stops short of anything else. */
  const char *digits = ps->p + (*ps->p == '-');
  const char *q = digits;
  guint64 whole = 0;
  while (q < ps->end && q - digits < 15 && *q >= '0' && *q <= '9')
    whole = whole * 10 + (guint64) (*q++ - '0');
  if (q > digits && (q == ps->end || *q == '\0' || strchr ("+-.eE0123456789", *q) == NULL))
    {
      double v = (double) whole;
      *node = (ContraJsonNode) {.type = CONTRA_JSON_NUMBER, .number = digits > ps->p ? -v : v};
      ps->p = q;
      return TRUE;
    }

  char buffer[64];
  gsize n = 0;
  while (ps->p + n < ps->end && n < sizeof buffer - 1 && strchr ("+-0123456789.eE", ps->p[n]))
    n++;
  memcpy (buffer, ps->p, n);
  buffer[n] = '\0';
  char *stop;
  double v = g_ascii_strtod (buffer, &stop);
  if (stop == buffer)
    {
      ps->problem = "bad number";
      return FALSE;
    }
  ps->p += stop - buffer;
  *node = (ContraJsonNode) {.type = CONTRA_JSON_NUMBER, .number = v};
  return TRUE;
}

static gboolean parse_value_at (Parser *ps, ContraJsonNode *node);

/* A value, and where it starts, for the messages of whoever reads the tree. */
static gboolean
parse_value (Parser *ps, ContraJsonNode *node)
{
  skip_space (ps);
  guint32 offset = (guint32) MIN ((gsize) (ps->p - ps->start), G_MAXUINT32);
  gboolean ok = parse_value_at (ps, node);
  node->offset = offset;
  return ok;
}

static gboolean
parse_value_at (Parser *ps, ContraJsonNode *node)
{
  if (ps->p >= ps->end)
    {
      ps->problem = "unexpected end of input";
      return FALSE;
    }
  char c = *ps->p;
  if (c == '{' || c == '[')
    return parse_container (ps, node, c == '{');
  if (c == '"')
    {
      gsize length;
      const char *s = parse_string (ps, &length);
      if (s == NULL)
        return FALSE;
      *node = (ContraJsonNode) {.type = CONTRA_JSON_STRING, .string = s};
      return TRUE;
    }
  if (c == '-' || (c >= '0' && c <= '9'))
    return parse_number (ps, node);
  static const struct { const char *word; ContraJsonType type; gboolean value; } words[] = {
    {"true", CONTRA_JSON_BOOL, TRUE}, {"false", CONTRA_JSON_BOOL, FALSE}, {"null", CONTRA_JSON_NULL, FALSE},
  };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i].word);
      if ((gsize) (ps->end - ps->p) >= n && strncmp (ps->p, words[i].word, n) == 0)
        {
          ps->p += n;
          *node = (ContraJsonNode) {.type = words[i].type, .boolean = words[i].value};
          return TRUE;
        }
    }
  ps->problem = "unexpected character";
  return FALSE;
}

ContraJsonNode *
contra_json_parse (const char *text, gsize length, GError **error)
{
  g_autoptr (GError) problem = NULL;
  gsize offset = 0;
  ContraJsonNode *root = contra_json_parse_located (text, length, &offset, &problem);

  if (root == NULL)
    g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, "column %u: %s", (guint) offset + 1,
                 problem->message);
  return root;
}

ContraJsonNode *
contra_json_parse_located (const char *text, gsize length, gsize *error_offset, GError **error)
{
  Parser ps = {.p = text, .start = text, .end = text + length, .stack_size = STACK_INITIAL};

  ps.stack = ps.stack_initial;
  add_block (&ps, FIRST_BLOCK);
  Tree *tree = arena_alloc (&ps, sizeof (Tree));
  gboolean ok = parse_value (&ps, &tree->root);
  if (ok)
    {
      skip_space (&ps);
      if (ps.p < ps.end)
        {
          ps.problem = "text after the value";
          ok = FALSE;
        }
    }
  if (ps.stack != ps.stack_initial)
    g_free (ps.stack);
  if (ps.unescaped != NULL)
    g_string_free (ps.unescaped, TRUE);
  if (!ok)
    {
      free_blocks (ps.blocks);
      if (error_offset != NULL)
        *error_offset = (gsize) (ps.p - ps.start);
      g_set_error_literal (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, ps.problem);
      return NULL;
    }
  tree->blocks = ps.blocks;
  return &tree->root;
}

const ContraJsonNode *
contra_json_get (const ContraJsonNode *object, const char *key)
{
  if (object == NULL || object->type != CONTRA_JSON_OBJECT)
    return NULL;
  /* In order, so that of equal keys the first counts; the tags make it cheap. */
  guint32 tag = key_tag (key, strlen (key));
  for (guint i = 0; i < object->n_items; i++)
    if (object->key_tags[i] == tag && strcmp (object->keys[i], key) == 0)
      return object->items[i];
  return NULL;
}

const char *
contra_json_get_string (const ContraJsonNode *object, const char *key)
{
  const ContraJsonNode *node = contra_json_get (object, key);
  return node != NULL && node->type == CONTRA_JSON_STRING ? node->string : NULL;
}

double
contra_json_get_number (const ContraJsonNode *object, const char *key, double fallback)
{
  const ContraJsonNode *node = contra_json_get (object, key);
  return node != NULL && node->type == CONTRA_JSON_NUMBER ? node->number : fallback;
}

gboolean
contra_json_get_bool (const ContraJsonNode *object, const char *key, gboolean fallback)
{
  const ContraJsonNode *node = contra_json_get (object, key);
  return node != NULL && node->type == CONTRA_JSON_BOOL ? node->boolean : fallback;
}
