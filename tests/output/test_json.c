/* test_json.c — reading JSON: values, errors and their columns, lookups; and the JSON
 * Lines claim reader built on it.
 *
 * What a user relies on: claim files that `contra claims --format jsonl` wrote read back
 * whole, however large, and a broken one is named by file, line and column, in the
 * same words as always. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "output/claim-json.h"
#include "output/json.h"

static ContraJsonNode *
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  ContraJsonNode *node = contra_json_parse (text, strlen (text), &error);

  if (node == NULL)
    fail_msg ("%s does not parse: %s", text, error->message);
  return node;
}

static void
test_values (void **state)
{
  (void) state;
  g_autoptr (ContraJsonNode) root
    = parse (" {\"s\": \"text\", \"n\": -12.5, \"t\": true, \"f\": false, \"z\": null,\n"
             "   \"a\": [1, \"two\", [3], {}, []], \"o\": {\"k\": \"v\"}, \"e\": \"\"} ");

  assert_int_equal (root->type, CONTRA_JSON_OBJECT);
  assert_int_equal (root->n_items, 8);
  /* Members keep the order they were written in. */
  const char *keys[] = {"s", "n", "t", "f", "z", "a", "o", "e"};
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    assert_string_equal (root->keys[i], keys[i]);
  assert_string_equal (contra_json_get_string (root, "s"), "text");
  assert_true (contra_json_get_number (root, "n", 0) == -12.5);
  assert_true (contra_json_get_bool (root, "t", FALSE));
  assert_false (contra_json_get_bool (root, "f", TRUE));
  assert_int_equal (contra_json_get (root, "z")->type, CONTRA_JSON_NULL);
  assert_string_equal (contra_json_get_string (root, "e"), "");

  const ContraJsonNode *a = contra_json_get (root, "a");
  assert_int_equal (a->type, CONTRA_JSON_ARRAY);
  assert_int_equal (a->n_items, 5);
  assert_true (a->items[0]->number == 1);
  assert_string_equal (a->items[1]->string, "two");
  assert_int_equal (a->items[2]->n_items, 1);
  assert_true (a->items[2]->items[0]->number == 3);
  assert_int_equal (a->items[3]->type, CONTRA_JSON_OBJECT);
  assert_int_equal (a->items[3]->n_items, 0);
  assert_int_equal (a->items[4]->type, CONTRA_JSON_ARRAY);
  assert_int_equal (a->items[4]->n_items, 0);
  assert_string_equal (contra_json_get_string (contra_json_get (root, "o"), "k"), "v");

  /* A value need not be a container. */
  g_autoptr (ContraJsonNode) word = parse ("true");
  assert_int_equal (word->type, CONTRA_JSON_BOOL);
  g_autoptr (ContraJsonNode) text = parse ("\"alone\"");
  assert_string_equal (text->string, "alone");
}

static const struct {
  const char *json;
  const char *text;
} escapes[] = {
  {"\"plain\"", "plain"},
  {"\"a\\\"b\"", "a\"b"},
  {"\"\\\\\\/\"", "\\/"},
  {"\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t"},
  {"\"\\u00e9t\\u00C9\"", "\xc3\xa9t\xc3\x89"},
  {"\"\\u20ac\"", "\xe2\x82\xac"},
  /* A surrogate pair is one character; a half of one is a replacement character. */
  {"\"\\ud83d\\ude00\"", "\xf0\x9f\x98\x80"},
  {"\"\\ud83dx\"", "\xef\xbf\xbdx"},
  {"\"\\ude00\"", "\xef\xbf\xbd"},
  {"\"\\ud83d\\u0041\"", "\xef\xbf\xbd" "A"},
  /* An escaped NUL ends the string, as C reads it. */
  {"\"a\\u0000b\"", "a"},
  /* UTF-8 as it is, and escapes after a long plain run. */
  {"\"Qu\xe1\xbb\x91\x63 C\xc6\xb0\xe1\xbb\x9dng\"", "Qu\xe1\xbb\x91\x63 C\xc6\xb0\xe1\xbb\x9dng"},
  {"\"the MOU was signed in \\\"2011\\\", not 2012\"", "the MOU was signed in \"2011\", not 2012"},
};

static void
test_escapes (void **state)
{
  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (escapes); i++)
    {
      g_autoptr (ContraJsonNode) node = parse (escapes[i].json);
      assert_int_equal (node->type, CONTRA_JSON_STRING);
      assert_string_equal (node->string, escapes[i].text);
    }
}

/* Strings are scanned eight bytes at a time: a quote, a backslash or a control
 * character must be found wherever it falls in a word. */
static void
test_string_ends_anywhere (void **state)
{
  (void) state;
  for (guint n = 0; n < 40; n++)
    {
      g_autofree char *run = g_strnfill (n, 'x');
      g_autofree char *plain = g_strdup_printf ("[\"%s\", 1]", run);
      g_autofree char *escaped = g_strdup_printf ("\"%s\\n%s\"", run, run);
      g_autofree char *expected = g_strdup_printf ("%s\n%s", run, run);
      g_autofree char *control = g_strdup_printf ("\"%s\x01%s\"", run, run);
      g_autofree char *column = g_strdup_printf ("column %u: control character in a string", n + 2);
      g_autoptr (GError) error = NULL;

      g_autoptr (ContraJsonNode) array = parse (plain);
      assert_string_equal (array->items[0]->string, run);
      assert_true (array->items[1]->number == 1);
      g_autoptr (ContraJsonNode) node = parse (escaped);
      assert_string_equal (node->string, expected);
      assert_null (contra_json_parse (control, strlen (control), &error));
      assert_string_equal (error->message, column);
    }
}

static const struct {
  const char *json;
  double value;
} numbers[] = {
  {"0", 0}, {"42", 42}, {"-17", -17}, {"3.25", 3.25}, {"1e3", 1000}, {"-2.5E-2", -0.025},
  {"123456789012345", 123456789012345.0}, {"1234567890123456789", 1234567890123456789.0},
  {"007", 7}, {"1.5e300", 1.5e300},
};

static void
test_numbers (void **state)
{
  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr (ContraJsonNode) node = parse (numbers[i].json);
      assert_int_equal (node->type, CONTRA_JSON_NUMBER);
      assert_true (node->number == numbers[i].value);
    }
  g_autoptr (ContraJsonNode) zero = parse ("-0");
  assert_true (zero->number == 0 && signbit (zero->number));
  /* A number stops where its characters do. */
  g_autoptr (ContraJsonNode) array = parse ("[12,-3]");
  assert_true (array->items[0]->number == 12 && array->items[1]->number == -3);
}

/* The messages and columns (1-based, in bytes): a column names the character that is
 * wrong, not the one after it. */
static const struct {
  const char *json;
  const char *message;
} errors[] = {
  {"", "column 1: unexpected end of input"},
  {"   ", "column 4: unexpected end of input"},
  {"{\"a\":", "column 6: unexpected end of input"},
  {"[", "column 2: unexpected end of input"},
  {"\"abc", "column 5: unterminated string"},
  {"\"a\\", "column 4: unterminated string"},
  {"\"a\\qb\"", "column 4: bad escape in a string"},
  {"[\"abcdefghijklmnopqrstuvw\\x\"]", "column 27: bad escape in a string"},
  {"\"\\u12G4\"", "column 4: bad \\u escape"},
  {"\"\\u12", "column 4: truncated \\u escape"},
  {"\"\\uD800\\u12\"", "column 10: truncated \\u escape"},
  {"\"a\tb\"", "column 3: control character in a string"},
  {"\"abcdefghijklmnop\x1f\"", "column 18: control character in a string"},
  {"{\"a\":1} x", "column 9: text after the value"},
  {"\"abcdefgh\"  ]", "column 13: text after the value"},
  {"1 2", "column 3: text after the value"},
  {"{\"a\" 1}", "column 6: expected ':'"},
  {"{\"key with a long name\" }", "column 25: expected ':'"},
  {"{\"a\":1 \"b\":2}", "column 8: expected ',' or '}'"},
  {"[1 2]", "column 4: expected ',' or ']'"},
  {"{1:2}", "column 2: expected a string"},
  {"{\"a\":1,}", "column 8: expected a string"},
  {"[1,]", "column 4: unexpected character"},
  {"tru", "column 1: unexpected character"},
  {"@", "column 1: unexpected character"},
  {"-", "column 1: bad number"},
  {"-x", "column 1: bad number"},
};

static void
test_errors (void **state)
{
  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_autoptr (GError) error = NULL;
      assert_null (contra_json_parse (errors[i].json, strlen (errors[i].json), &error));
      assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID));
      assert_string_equal (error->message, errors[i].message);
    }
}

static char *
nested (guint depth)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* Each value knows where it starts (a byte offset), so that a reader of the tree can
 * name the column of a value it refuses; and a failed parse says where, apart from
 * its message. */
static void
test_offsets (void **state)
{
  (void) state;
  const char *text = " {\"a\": [1, \"\\u00e9t\\u00e9\", {\"b\": true}],\n \"c\":-2.5e3, \"d\" : null}";
  g_autoptr (ContraJsonNode) root = parse (text);

  assert_int_equal (root->offset, 1);
  const ContraJsonNode *a = contra_json_get (root, "a");
  assert_int_equal (a->offset, strchr (text, '[') - text);
  assert_int_equal (a->items[0]->offset, strchr (text, '1') - text);
  assert_int_equal (a->items[1]->offset, strstr (text, "\"\\u00e9") - text);
  assert_int_equal (a->items[2]->offset, strstr (text, "{\"b") - text);
  assert_int_equal (contra_json_get (a->items[2], "b")->offset, strstr (text, "true") - text);
  assert_int_equal (contra_json_get (root, "c")->offset, strstr (text, "-2.5") - text);
  assert_int_equal (contra_json_get (root, "d")->offset, strstr (text, "null") - text);

  g_autoptr (GError) error = NULL;
  gsize offset = 0;
  assert_null (contra_json_parse_located ("[1, 2 3]", 8, &offset, &error));
  assert_int_equal (offset, 6);
  assert_string_equal (error->message, "expected ',' or ']'");
}

static void
test_depth_limit (void **state)
{
  (void) state;
  g_autofree char *deepest = nested (64);
  g_autofree char *deeper = nested (65);
  g_autoptr (GError) error = NULL;

  g_autoptr (ContraJsonNode) node = parse (deepest);
  assert_int_equal (node->n_items, 1);
  assert_null (contra_json_parse (deeper, strlen (deeper), &error));
  assert_string_equal (error->message, "column 65: nested too deeply");
}

static void
test_lookups (void **state)
{
  (void) state;
  /* Keys that share a length and first and last bytes, an empty key, a key twice. */
  g_autoptr (ContraJsonNode) root = parse ("{\"line\": 1, \"column\": 2, \"end_line\": 3, \"end_column\": 4,"
                                           " \"a1b\": 5, \"a2b\": 6, \"\": 7, \"line\": 8, \"x\": [1]}");
  static const struct { const char *key; double value; } present[] = {
    {"line", 1}, {"column", 2}, {"end_line", 3}, {"end_column", 4}, {"a1b", 5}, {"a2b", 6}, {"", 7},
  };

  for (guint i = 0; i < G_N_ELEMENTS (present); i++)
    assert_true (contra_json_get_number (root, present[i].key, -1) == present[i].value);
  for (guint i = G_N_ELEMENTS (present); i-- > 0;)
    assert_true (contra_json_get_number (root, present[i].key, -1) == present[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (present); i += 2)
    assert_true (contra_json_get_number (root, present[i].key, -1) == present[i].value);

  const char *absent[] = {"lines", "lin", "a3b", "end", "column ", "LINE", "y"};
  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    assert_null (contra_json_get (root, absent[i]));

  /* The wrong type, or not an object, gives the fallback. */
  assert_null (contra_json_get_string (root, "line"));
  assert_true (contra_json_get_number (root, "x", -1) == -1);
  assert_true (contra_json_get_bool (root, "line", TRUE));
  assert_null (contra_json_get (contra_json_get (root, "x"), "line"));
  assert_null (contra_json_get (NULL, "line"));
}

/* More members than the parser keeps without allocating, in trees larger than its first
 * block of memory. */
static void
test_large (void **state)
{
  (void) state;
  GString *json = g_string_new ("{\"items\": [");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (json, "%s{\"i\": %u, \"s\": \"value %u\"}", i ? ", " : "", i, i);
  g_string_append (json, "], \"wide\": {");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (json, "%s\"k%u\": [%u]", i ? ", " : "", i, i);
  g_string_append (json, "}}");

  g_autoptr (ContraJsonNode) root = parse (json->str);
  const ContraJsonNode *items = contra_json_get (root, "items");
  assert_int_equal (items->n_items, 20000);
  for (guint i = 0; i < items->n_items; i++)
    {
      g_autofree char *s = g_strdup_printf ("value %u", i);
      assert_true (contra_json_get_number (items->items[i], "i", -1) == i);
      assert_string_equal (contra_json_get_string (items->items[i], "s"), s);
    }
  const ContraJsonNode *wide = contra_json_get (root, "wide");
  assert_int_equal (wide->n_items, 1000);
  for (guint i = 0; i < wide->n_items; i += 37)
    {
      g_autofree char *key = g_strdup_printf ("k%u", i);
      assert_true (contra_json_get (wide, key)->items[0]->number == i);
    }
  g_string_free (json, TRUE);
}

/* ---- JSON Lines --------------------------------------------------------------------- */

typedef struct {
  char *dir;
  char *path;
  ContraRuleSet *rules;
} Files;

static int
setup_files (void **state)
{
  Files *f = g_new0 (Files, 1);
  g_autofree char *rules = g_build_filename (CONTRA_SOURCE_ROOT, "rules", NULL);
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);

  f->dir = g_dir_make_tmp ("contra-json-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "claims.jsonl", NULL);
  f->rules = contra_ruleset_load (rules, diagnostics, NULL);
  *state = f;
  return f->dir != NULL && f->rules != NULL ? 0 : -1;
}

static int
teardown_files (void **state)
{
  Files *f = *state;
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  contra_ruleset_free (f->rules);
  g_free (f);
  return 0;
}

#define SOURCE_LINE "{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"corpus/a.txt\",\"title\":\"A\"}}"

/* A claim that names no concept, so that any rules read it; @line tells it apart. */
static void
append_claim (GString *out, guint line, const char *quote)
{
  g_string_append_printf (out,
                          "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"corpus/a.txt\",\"line\":%u,"
                          "\"column\":1,\"end_line\":%u,\"end_column\":9,\"quote\":\"%s\",\"value\":{\"type\":"
                          "\"number\",\"text\":\"12\",\"normalized\":\"12\",\"amount\":12,\"precision\":0,"
                          "\"bound\":\"exact\",\"unit\":null},\"rule\":\"test-rule\",\"subject\":\"person/x\","
                          "\"attribute\":\"count\",\"time\":null,\"polarity\":\"asserted\",\"modality\":\"asserted\","
                          "\"section\":\"body\",\"kind\":\"occurrence\",\"terms\":[{\"name\":\"person/x\","
                          "\"label\":\"X\"}],\"family\":1,\"topic\":null,\"start\":0,\"end\":9,\"sentence\":%u,"
                          "\"frame\":0}}",
                          line, line, quote, line);
}

/* Writes @contents to the test's file and reads it into @set. */
static gboolean
read_claims (Files *f, const char *contents, gsize length, ContraClaimSet *set, GError **error)
{
  assert_true (g_file_set_contents (f->path, contents, (gssize) length, NULL));
  return contra_jsonl_read (f->path, f->rules, set, error);
}

/* A file is read in blocks of a megabyte: lines that straddle them, a line longer than
 * one, CRLF, blank lines and a last line without its end all read as lines. */
static void
test_jsonl_lines (void **state)
{
  Files *f = *state;
  g_autoptr (GString) file = g_string_new (SOURCE_LINE "\r\n\n  \t\n");
  g_autofree char *long_quote = g_strnfill (3 * 1024 * 1024, 'q');
  guint n = 12000;

  for (guint i = 1; i <= n; i++)
    {
      append_claim (file, i, i == n / 2 ? long_quote : "The MOU was signed in 2011.");
      g_string_append (file, i == n ? "" : i % 3 == 0 ? "\r\n" : "\n");
    }
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  assert_true (read_claims (f, file->str, file->len, set, NULL));
  assert_int_equal (set->sources->len, 1);
  assert_int_equal (set->claims->len, n);
  for (guint i = 0; i < n; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (set->claims, i);
      assert_int_equal (claim->line, i + 1);
      assert_int_equal (claim->sentence, i + 1);
      g_autofree char *quote = contra_claim_quote (claim);
      assert_string_equal (quote, i + 1 == n / 2 ? long_quote : "The MOU was signed in 2011.");
      assert_string_equal (claim->subject, "person/x");
      assert_true (claim->value.u.amount.value == 12);
    }

  /* An empty file, or one of blank lines, holds nothing and is no error. */
  g_autoptr (ContraClaimSet) empty = contra_claim_set_new ();
  assert_true (read_claims (f, "", 0, empty, NULL));
  assert_int_equal (empty->claims->len, 0);
  assert_true (read_claims (f, "\n \n\r\n", strlen ("\n \n\r\n"), empty, NULL));
  assert_int_equal (empty->claims->len, 0);
}

/* Problems name the file, the line (blank lines count) and, for bytes that are not
 * UTF-8 or JSON, the column. */
#define WITH_NUL "{\"type\":\"source\",\"source\":{\"id\":\"a\0\"}}\n"
static const struct {
  const char *contents;
  gsize length;        /* 0: up to the NUL */
  const char *message; /* after "PATH:" */
} jsonl_errors[] = {
  {"\n\n{\"type\":\"claim\",", 0, "3: error: column 17: expected a string"},
  {SOURCE_LINE "\n[1,2]\n", 0, "2: error: each line must be {\"type\": \"source\"|\"claim\", ...}"},
  {SOURCE_LINE "\n{\"type\":\"other\"}", 0, "2: error: each line must be {\"type\": \"source\"|\"claim\", ...}"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"Can\xe9\"}}\n", 0, "1:37: error: invalid UTF-8"},
  {"\n{\"type\":\"source\",\"source\":{\"id\":\"caf\xc3\xa9 \xe2\x82\xac \xc3\"}}\n", 0, "2:44: error: invalid UTF-8"},
  /* A NUL is no character of a JSON line. */
  {WITH_NUL, sizeof WITH_NUL - 1, "1:35: error: invalid UTF-8"},
  {"{\"type\":\"source\",\"source\":{\"path\":\"b\"}}\n", 0, "1: error: a source line needs an id and a path"},
  {"{\"type\":\"claim\",\"claim\":{\"path\":\"nowhere\"}}\n", 0,
   "1: error: a claim names a source that no earlier line describes"},
  /* Said plainly, with no glib warning before it. */
  {SOURCE_LINE "\n{\"type\":\"claim\",\"claim\":{\"path\":\"corpus/a.txt\",\"rule\":\"r\",\"subject\":\"s\","
   "\"attribute\":\"x\",\"kind\":\"event\",\"value\":null}}\n", 0, "2: error: a claim's value has no known type"},
};

static void
test_jsonl_errors (void **state)
{
  Files *f = *state;

  for (guint i = 0; i < G_N_ELEMENTS (jsonl_errors); i++)
    {
      const char *contents = jsonl_errors[i].contents;
      gsize length = jsonl_errors[i].length ? jsonl_errors[i].length : strlen (contents);
      g_autoptr (GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("%s:%s", f->path, jsonl_errors[i].message);

      g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
      assert_false (read_claims (f, contents, length, set, &error));
      assert_non_null (error);
      assert_string_equal (error->message, expected);
    }

  g_autofree char *missing = g_build_filename (f->dir, "missing.jsonl", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: error: cannot read: No such file or directory", missing);
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  g_autoptr (GError) error = NULL;
  assert_false (contra_jsonl_read (missing, f->rules, set, &error));
  assert_string_equal (error->message, expected);
}

/* Lines are checked for UTF-8 a word at a time: the column of a bad byte is the one
 * g_utf8_validate_len() gives, wherever it falls. */
static void
test_jsonl_utf8_column (void **state)
{
  Files *f = *state;
  static const char *const pieces[] = {"a", "abcdefg", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff",
                                       "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf"};
  g_autoptr (GRand) rand = g_rand_new_with_seed (20240611);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr (GString) id = g_string_new (NULL);
      guint n = (guint) g_rand_int_range (rand, 1, 12);
      for (guint i = 0; i < n; i++)
        {
          /* Invalid pieces are rare, so that lines run long before one. */
          guint k = (guint) g_rand_int_range (rand, 0, g_rand_int_range (rand, 0, 4) == 0 ? 10 : 5);
          g_string_append (id, pieces[k]);
        }
      g_autofree char *line = g_strdup_printf ("{\"type\":\"source\",\"source\":{\"id\":\"%s\",\"path\":\"p\"}}",
                                               id->str);
      const char *bad = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
      gboolean read = read_claims (f, line, strlen (line), set, &error);
      if (g_utf8_validate_len (line, strlen (line), &bad))
        {
          assert_true (read);
          assert_int_equal (set->sources->len, 1);
          continue;
        }
      assert_false (read);
      g_autofree char *expected = g_strdup_printf ("%s:1:%u: error: invalid UTF-8", f->path,
                                                   (guint) (bad - line) + 1);
      assert_non_null (error);
      assert_string_equal (error->message, expected);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_values),
    cmocka_unit_test (test_escapes),
    cmocka_unit_test (test_string_ends_anywhere),
    cmocka_unit_test (test_numbers),
    cmocka_unit_test (test_errors),
    cmocka_unit_test (test_offsets),
    cmocka_unit_test (test_depth_limit),
    cmocka_unit_test (test_lookups),
    cmocka_unit_test (test_large),
    cmocka_unit_test_setup_teardown (test_jsonl_lines, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_jsonl_errors, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_jsonl_utf8_column, setup_files, teardown_files),
  };
  return cmocka_run_group_tests_name ("json", tests, NULL, NULL);
}
