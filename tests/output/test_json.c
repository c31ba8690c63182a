/* test_json.c — reading JSON: values, errors and their columns, offsets, lookups. The
 * JSON Lines claim reader built on it is tested in test_claim_json.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "base/error.h"
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

/* Numbers as the writer puts them: integers without printf, whole doubles as "%.0f"
 * would (the sign of a negative zero too), the others as g_ascii_dtostr(). */
typedef struct {
  gboolean is_double;
  gint64 integer;
  double real;
  const char *written;
} WrittenNumber;

static void
test_written_numbers (void **state)
{
  (void) state;
  const WrittenNumber cases[] = {
    {FALSE, 0, 0, "0"},
    {FALSE, 7, 0, "7"},
    {FALSE, -42, 0, "-42"},
    {FALSE, 1234567890123, 0, "1234567890123"},
    {FALSE, G_MAXINT64, 0, "9223372036854775807"},
    {FALSE, G_MININT64, 0, "-9223372036854775808"},
    {TRUE, 0, 0.0, "0"},
    {TRUE, 0, -0.0, "-0"},
    {TRUE, 0, 3000000, "3000000"},
    {TRUE, 0, -12, "-12"},
    {TRUE, 0, 999999999999999, "999999999999999"},
    {TRUE, 0, 0.25, "0.25"},
    {TRUE, 0, 1e15, "1000000000000000"},
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      ContraJson json;
      contra_json_init (&json, out, FALSE);
      if (cases[c].is_double)
        contra_json_double (&json, cases[c].real);
      else
        contra_json_int (&json, cases[c].integer);
      assert_string_equal (out->str, cases[c].written);
    }
}

/* Keys: a plain one in one piece, others escaped as strings are, however long. */
static void
test_written_keys (void **state)
{
  (void) state;
  const struct {
    const char *key;
    gboolean pretty;
    const char *written;
  } cases[] = {
    {"line", FALSE, "\"line\":1"},
    {"line", TRUE, "\"line\": 1"},
    {"", FALSE, "\"\":1"},
    {"a\"b\\c", FALSE, "\"a\\\"b\\\\c\":1"},
    {"caf\u00e9", FALSE, "\"caf\u00e9\":1"},
    {"a-key-longer-than-the-sixty-bytes-the-writer-copies-in-one-piece", FALSE,
     "\"a-key-longer-than-the-sixty-bytes-the-writer-copies-in-one-piece\":1"},
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      ContraJson json;
      contra_json_init (&json, out, cases[c].pretty);
      contra_json_member_int (&json, cases[c].key, 1);
      assert_string_equal (out->str, cases[c].written);
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
    cmocka_unit_test (test_written_numbers),
    cmocka_unit_test (test_written_keys),
  };
  return cmocka_run_group_tests_name ("json", tests, NULL, NULL);
}
