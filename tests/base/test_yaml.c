/* test_yaml.c — the YAML reader on nesting: what a person writes is read, what only a
 * hostile file holds (150,000 levels) is refused at the level that goes too deep,
 * with file:line:col, quickly, and without a crash. And the binary form of a tree
 * (base/yaml-store.h): read back as parsed, and refused, never misread, when it is
 * cut short or damaged. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>
#include <string.h>

#include "base/checksum.h"
#include "base/yaml-store.h"
#include "base/yaml.h"

typedef enum {
  BLOCK_LISTS,    /* "- - - x": each item a list */
  FLOW_LISTS,     /* "[[[x]]]" */
  BLOCK_MAPPINGS, /* "a:\n  a:\n    a: x", one line per level */
  FLOW_MAPPINGS,  /* "{a: {a: x}}" */
} Shape;

typedef struct {
  const char *name;
  Shape shape;
  guint depth;       /* levels of lists or mappings written */
  const char *error; /* the exact message, or NULL when it must be read */
} DepthCase;

/* The limit is 64 levels; the 65th opens at line 1, column 1 + 2 * 64 for "- ", and
 * so on for each shape. The last rows are the hostile files of issue 11: once a stack
 * overflow freeing the tree (0.25 s) and 15 s of libyaml's scanner. */
static const DepthCase depth_cases[] = {
  {"block lists, 64 levels", BLOCK_LISTS, 64, NULL},
  {"block lists, 65 levels", BLOCK_LISTS, 65,
   "deep.yaml:1:129: error: lists and mappings nested deeper than 64 levels"},
  {"flow lists, 64 levels", FLOW_LISTS, 64, NULL},
  {"flow lists, 65 levels", FLOW_LISTS, 65, "deep.yaml:1:65: error: lists and mappings nested deeper than 64 levels"},
  {"block mappings, 64 levels", BLOCK_MAPPINGS, 64, NULL},
  {"block mappings, 65 levels", BLOCK_MAPPINGS, 65,
   "deep.yaml:65:129: error: lists and mappings nested deeper than 64 levels"},
  {"flow mappings, 64 levels", FLOW_MAPPINGS, 64, NULL},
  {"flow mappings, 65 levels", FLOW_MAPPINGS, 65,
   "deep.yaml:1:257: error: lists and mappings nested deeper than 64 levels"},
  {"block lists, 150,000 levels", BLOCK_LISTS, 150000,
   "deep.yaml:1:129: error: lists and mappings nested deeper than 64 levels"},
  {"flow lists, 100,000 levels", FLOW_LISTS, 100000,
   "deep.yaml:1:65: error: lists and mappings nested deeper than 64 levels"},
};

static char *
nested (Shape shape, guint depth)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    switch (shape)
      {
      case BLOCK_LISTS:
        g_string_append (s, "- ");
        break;
      case FLOW_LISTS:
        g_string_append_c (s, '[');
        break;
      case BLOCK_MAPPINGS:
        for (guint k = 0; k < i; k++)
          g_string_append (s, "  ");
        g_string_append (s, i + 1 < depth ? "a:\n" : "a: x\n");
        break;
      case FLOW_MAPPINGS:
        g_string_append (s, "{a: ");
        break;
      }
  if (shape == BLOCK_LISTS || shape == FLOW_LISTS || shape == FLOW_MAPPINGS)
    g_string_append_c (s, 'x');
  for (guint i = 0; i < depth; i++)
    if (shape == FLOW_LISTS)
      g_string_append_c (s, ']');
    else if (shape == FLOW_MAPPINGS)
      g_string_append_c (s, '}');
  g_string_append_c (s, '\n');
  return g_string_free (s, FALSE);
}

/* Levels of lists and mappings from @node down its first children. */
static guint
depth_of (const ContraYamlNode *node)
{
  guint depth = 0;

  while (node != NULL && node->kind != CONTRA_YAML_SCALAR)
    {
      depth++;
      node = node->kind == CONTRA_YAML_MAPPING ? contra_yaml_value_at (node, 0) : contra_yaml_item_at (node, 0);
    }
  return depth;
}

static void
test_depth (void **state)
{
  const DepthCase *c = *state;
  g_autofree char *text = nested (c->shape, c->depth);
  ContraDiagnostic *problem = NULL;

  gint64 start = g_get_monotonic_time ();
  ContraYamlNode *root = contra_yaml_parse ("deep.yaml", text, strlen (text), &problem);
  gint64 elapsed = g_get_monotonic_time () - start;

  if (c->error == NULL)
    {
      if (problem != NULL)
        fail_msg ("unexpected: %s", problem->message);
      assert_non_null (root);
      assert_int_equal (depth_of (root), c->depth);
    }
  else
    {
      assert_null (root);
      assert_non_null (problem);
      g_autofree char *message = contra_diagnostic_format (problem);
      assert_string_equal (message, c->error);
      contra_diagnostic_free (problem);
    }
  contra_yaml_node_free (root);
  /* Generous: the point is linear time, not the machine's speed. */
  if (elapsed > G_USEC_PER_SEC)
    fail_msg ("parsing took %.2f s", elapsed / 1e6);
}

/* A wide tree at the deepest level allowed is freed whole (LeakSanitizer checks). */
static void
test_free_wide_and_deep (void **state)
{
  (void) state;
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < 63; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (s, "%s{k%u: v}", i ? ", " : "", i);
  for (guint i = 0; i < 63; i++)
    g_string_append_c (s, ']');
  ContraDiagnostic *problem = NULL;
  g_autoptr (ContraYamlNode) root = contra_yaml_parse ("wide.yaml", s->str, s->len, &problem);

  g_string_free (s, TRUE);
  assert_null (problem);
  assert_non_null (root);
  assert_int_equal (depth_of (root), 64);
}

/* ---- the binary form ---------------------------------------------------------- */

static const char *const tree_sources[] = {
  "",
  "# only a comment\n",
  "pack: bench\nlexicon:\n  - id: place/g-krotriok\n    label: \"Krotriok\"\n"
  "    aliases: [\"Krotriok\", 'Kro triok']\n    is_a: [place/city, place/port]\n"
  "    instance: true\n    note: ~\n    empty:\n    text: |\n      two\n      lines\n",
  "- Hà Nội\n- \"Đà Nẵng\"\n- {a: 1, b: [x, {c: d}]}\n- []\n- {}\n",
  "first: document\n---\nsecond: document\n",
};

static void
assert_same_tree (const ContraYamlNode *a, const ContraYamlNode *b)
{
  assert_int_equal (a->kind, b->kind);
  assert_int_equal (a->line, b->line);
  assert_int_equal (a->column, b->column);
  if (a->kind == CONTRA_YAML_SCALAR)
    {
      assert_string_equal (a->scalar, b->scalar);
      assert_int_equal (a->plain, b->plain);
      assert_null (b->children);
      return;
    }
  assert_null (b->scalar);
  assert_int_equal (a->n_children, b->n_children);
  for (guint i = 0; i < a->n_children; i++)
    assert_same_tree (a->children[i], b->children[i]);
}

static ContraYamlNode *
parse_text (const char *text)
{
  ContraDiagnostic *problem = NULL;
  ContraYamlNode *root = contra_yaml_parse ("tree.yaml", text, strlen (text), &problem);

  if (problem != NULL)
    fail_msg ("unexpected: %s", problem->message);
  assert_non_null (root);
  return root;
}

/* Each tree, and the deepest and a wide one, reads back node for node. */
static void
test_tree_round_trip (void **state)
{
  (void) state;
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (tree_sources); i++)
    g_ptr_array_add (texts, g_strdup (tree_sources[i]));
  g_ptr_array_add (texts, nested (BLOCK_MAPPINGS, 64));
  g_ptr_array_add (texts, nested (FLOW_LISTS, 64));
  GString *wide = g_string_new ("[");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (wide, "%sitem %u", i ? ", " : "", i);
  g_string_append (wide, "]\n");
  g_ptr_array_add (texts, g_string_free (wide, FALSE));

  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr (ContraYamlNode) parsed = parse_text (g_ptr_array_index (texts, i));
      g_autoptr (GBytes) encoded = contra_yaml_tree_encode (parsed);
      gsize length;
      const guint8 *data = g_bytes_get_data (encoded, &length);
      g_autoptr (ContraYamlNode) read = contra_yaml_tree_decode (data, length);
      assert_non_null (read);
      assert_same_tree (parsed, read);
    }
}

/* The checksum of the form (yaml-store.c): FNV-1a by 64-bit words over what follows
 * the tag and the sum, written again after a change. */
static void
reseal (guint8 *data, gsize length)
{
  guint64 sum = GUINT64_TO_LE (contra_checksum (data + 16, length - 16));
  memcpy (data + 8, &sum, 8);
}

/* Cut short at every length, or any byte changed, the form is refused. With the
 * checksum made right again after the change (a store that lies), it is refused or
 * read as some tree, never read past its end (AddressSanitizer checks). */
static void
test_tree_damaged (void **state)
{
  (void) state;
  g_autoptr (ContraYamlNode) parsed = parse_text (tree_sources[2]);
  g_autoptr (GBytes) encoded = contra_yaml_tree_encode (parsed);
  gsize length;
  const guint8 *good = g_bytes_get_data (encoded, &length);

  for (gsize cut = 0; cut < length; cut++)
    {
      g_autofree guint8 *part = g_memdup2 (good, cut);
      assert_null (contra_yaml_tree_decode (part, cut));
    }
  /* The checksum below is the reader's: the form sealed again reads back. */
  g_autofree guint8 *resealed = g_memdup2 (good, length);
  memset (resealed + 8, 0, 8);
  reseal (resealed, length);
  g_autoptr (ContraYamlNode) again = contra_yaml_tree_decode (resealed, length);
  assert_non_null (again);
  assert_same_tree (parsed, again);
  static const guint8 changes[] = {0x01, 0x80, 0xff};
  for (gsize at = 0; at < length; at++)
    for (guint c = 0; c < G_N_ELEMENTS (changes); c++)
      {
        g_autofree guint8 *bad = g_memdup2 (good, length);
        bad[at] ^= changes[c];
        assert_null (contra_yaml_tree_decode (bad, length));
        if (at < 16)
          continue;
        reseal (bad, length);
        ContraYamlNode *read = contra_yaml_tree_decode (bad, length);
        contra_yaml_node_free (read);
      }
  /* Bytes after a whole tree are not a tree either. */
  g_autofree guint8 *longer = g_malloc0 (length + 1);
  memcpy (longer, good, length);
  reseal (longer, length + 1);
  assert_null (contra_yaml_tree_decode (longer, length + 1));
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (depth_cases) + 3];

  for (guint i = 0; i < G_N_ELEMENTS (depth_cases); i++)
    tests[i] = (struct CMUnitTest){depth_cases[i].name, test_depth, NULL, NULL, (void *) &depth_cases[i]};
  tests[G_N_ELEMENTS (depth_cases)]
    = (struct CMUnitTest){"a wide tree 64 levels deep is freed", test_free_wide_and_deep, NULL, NULL, NULL};
  tests[G_N_ELEMENTS (depth_cases) + 1]
    = (struct CMUnitTest){"a tree's binary form reads back as parsed", test_tree_round_trip, NULL, NULL, NULL};
  tests[G_N_ELEMENTS (depth_cases) + 2]
    = (struct CMUnitTest){"a damaged binary form is refused", test_tree_damaged, NULL, NULL, NULL};
  return cmocka_run_group_tests_name ("yaml", tests, NULL, NULL);
}
