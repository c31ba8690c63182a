/* test_utf8.c — bytes to valid UTF-8: BOM, invalid bytes, NUL. */
#include "table.h"

#include <string.h>

#include "text/utf8.h"

#define NO_INVALID {G_MAXSIZE}

typedef struct
{
  const char *name;
  const char *input;
  gsize length;           /* 0: strlen (input) */
  const char *expected;
  gsize invalid[8];       /* offsets, ended by G_MAXSIZE */
  gboolean bom;
} DecodeRow;

static const DecodeRow decode_rows[] = {
  {"ascii", "Hello, world.", 0, "Hello, world.", NO_INVALID, FALSE},
  {"empty", "", 0, "", NO_INVALID, FALSE},
  {"BOM skipped", "\xEF\xBB\xBFHello", 0, "Hello", NO_INVALID, TRUE},
  {"BOM alone", "\xEF\xBB\xBF", 0, "", NO_INVALID, TRUE},
  {"BOM in the middle is text", "a\xEF\xBB\xBF", 0, "a\xEF\xBB\xBF", NO_INVALID, FALSE},
  {"invalid byte 0xFF", "a\xFF" "b", 0, "a\uFFFDb", {1, G_MAXSIZE}, FALSE},
  {"two invalid bytes", "\xFF\xFE", 0, "\uFFFD\uFFFD", {0, 1, G_MAXSIZE}, FALSE},
  {"truncated sequence: one per byte", "\xE2\x80x", 0, "\uFFFD\uFFFDx", {0, 1, G_MAXSIZE}, FALSE},
  {"truncated at the end", "ab\xE2\x80", 0, "ab\uFFFD\uFFFD", {2, 3, G_MAXSIZE}, FALSE},
  {"overlong encoding", "\xC0\xAF", 0, "\uFFFD\uFFFD", {0, 1, G_MAXSIZE}, FALSE},
  {"surrogate", "\xED\xA0\x80", 0, "\uFFFD\uFFFD\uFFFD", {0, 1, 2, G_MAXSIZE}, FALSE},
  {"lone continuation byte", "x\x80y", 0, "x\uFFFDy", {1, G_MAXSIZE}, FALSE},
  {"offsets count the BOM", "\xEF\xBB\xBF\xFFok", 0, "\uFFFDok", {3, G_MAXSIZE}, TRUE},
  {"Latin-1 e acute", "caf\xE9 ok", 0, "caf\uFFFD ok", {3, G_MAXSIZE}, FALSE},
  {"CRLF kept", "a\r\nb\rc\n", 0, "a\r\nb\rc\n", NO_INVALID, FALSE},
  {"combining characters kept", "Quo\xCC\x82\xCC\x81" "c", 0, "Quo\xCC\x82\xCC\x81" "c", NO_INVALID, FALSE},
  {"Vietnamese", "Qu\u1ED1c C\u01B0\u1EDDng", 0, "Qu\u1ED1c C\u01B0\u1EDDng", NO_INVALID, FALSE},
  {"four-byte character", "\xF0\x9F\x98\x80!", 0, "\xF0\x9F\x98\x80!", NO_INVALID, FALSE},
  {"NUL is replaced (callers reject it first)", "a\0b", 3, "a\uFFFDb", {1, G_MAXSIZE}, FALSE},
};

static void
test_decode (void **state)
{
  const DecodeRow *row = *state;
  gsize length = row->length ? row->length : strlen (row->input);
  g_autoptr (GArray) invalid = g_array_new (FALSE, FALSE, sizeof (gsize));
  gboolean bom = !row->bom;
  gsize out_length = 12345;
  g_autofree char *out = contra_utf8_decode (row->input, length, &out_length, invalid, &bom);

  assert_non_null (out);
  assert_string_equal (out, row->expected);
  assert_int_equal (out_length, strlen (row->expected));
  assert_true (g_utf8_validate (out, (gssize) out_length, NULL));
  assert_int_equal (bom, row->bom);

  guint n = 0;
  while (row->invalid[n] != G_MAXSIZE)
    n++;
  assert_int_equal (invalid->len, n);
  for (guint i = 0; i < n; i++)
    assert_int_equal (g_array_index (invalid, gsize, i), row->invalid[i]);
}

static void
test_decode_optional_outputs (void **state)
{
  (void) state;
  g_autofree char *out = contra_utf8_decode ("a\xFF", 2, NULL, NULL, NULL);
  assert_string_equal (out, "a\uFFFD");
}

typedef struct
{
  const char *name;
  const char *input;
  gsize length;
  gssize expected;
} NulRow;

static const NulRow nul_rows[] = {
  {"no NUL", "abc", 3, -1},
  {"empty", "", 0, -1},
  {"NUL in the middle", "ab\0c", 4, 2},
  {"NUL first", "\0abc", 4, 0},
  {"NUL last", "abc\0", 4, 3},
  {"first of two", "a\0b\0", 4, 1},
};

static void
test_find_nul (void **state)
{
  const NulRow *row = *state;
  assert_int_equal (contra_utf8_find_nul (row->input, row->length), row->expected);
}

static void
test_decode_large_clean (void **state)
{
  (void) state;
  gsize n = 4 * 1024 * 1024;
  g_autofree char *big = g_malloc (n);
  for (gsize i = 0; i < n; i++)
    big[i] = (char) ('a' + i % 26);
  big[n / 2] = (char) 0xFF;

  g_autoptr (GArray) invalid = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize out_length;
  g_autofree char *out = contra_utf8_decode (big, n, &out_length, invalid, NULL);
  assert_int_equal (out_length, n + 2);
  assert_int_equal (invalid->len, 1);
  assert_int_equal (g_array_index (invalid, gsize, 0), n / 2);
  assert_memory_equal (out + n / 2, "\uFFFD", 3);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  TABLE_ADD (tests, "decode", test_decode, decode_rows);
  TABLE_ADD (tests, "find_nul", test_find_nul, nul_rows);
  table_add_test (tests, "decode without optional outputs", test_decode_optional_outputs);
  table_add_test (tests, "decode a large file with one bad byte", test_decode_large_clean);
  return table_run ("utf8", tests);
}
