/* test_lines.c — byte offsets to 1-based lines and character columns. */
#include "table.h"

#include <string.h>

#include "text/lines.h"

/* "Quốc Cường", precomposed and decomposed: 10 columns either way. */
#define QC_PRECOMPOSED "Qu\u1ED1c C\u01B0\u1EDDng"
#define QC_DECOMPOSED "Quo\u0302\u0301c Cu\u031Bo\u031B\u0300ng"

typedef struct
{
  const char *name;
  const char *text;
  gsize offset;  /* G_MAXSIZE: the end of the text */
  guint line;
  guint column;
} PositionRow;

static const PositionRow position_rows[] = {
  {"empty text", "", 0, 1, 1},
  {"start", "abc", 0, 1, 1},
  {"middle", "abc", 2, 1, 3},
  {"end of text", "abc", 3, 1, 4},
  {"LF: second line", "a\nbc", 3, 2, 2},
  {"LF: on the break", "a\nb", 1, 1, 2},
  {"CRLF: second line", "a\r\nbc", 4, 2, 2},
  {"CRLF: on the CR", "a\r\nb", 1, 1, 2},
  {"CRLF: on the LF", "a\r\nb", 2, 1, 3},
  {"lone CR", "a\rb", 2, 2, 1},
  {"mixed breaks", "a\r\nb\nc\rd", 7, 4, 1},
  {"after a final break", "a\n", 2, 2, 1},
  {"blank lines", "a\n\n\nb", 4, 4, 1},
  {"Quốc Cường is 10 columns", QC_PRECOMPOSED, G_MAXSIZE, 1, 11},
  {"decomposed Quốc Cường is 10 columns too", QC_DECOMPOSED, G_MAXSIZE, 1, 11},
  {"column after Vietnamese", "Qu\u1ED1c C\u01B0\u1EDDng x", sizeof ("Qu\u1ED1c C\u01B0\u1EDDng ") - 1, 1, 12},
  {"CJK counts one column a character", "\u4F5C\u8005: X", 7, 1, 4},
  {"replacement character", "\uFFFD\uFFFDx", 6, 1, 3},
  {"BOM-free second line with accents", "\u00E9\n\u00E9\u00E9x", 7, 2, 3},
  {"offset past the end is the end", "ab", 99, 1, 3},
};

static void
test_position (void **state)
{
  const PositionRow *row = *state;
  gsize length = strlen (row->text);
  g_autoptr (ContraLineIndex) index = contra_line_index_new (row->text, length);
  guint line = 0, column = 0;

  contra_line_index_position (index, row->offset == G_MAXSIZE ? length : row->offset, &line, &column);
  assert_int_equal (line, row->line);
  assert_int_equal (column, row->column);
}

typedef struct
{
  const char *name;
  const char *text;
  guint count;
} CountRow;

static const CountRow count_rows[] = {
  {"empty", "", 1},
  {"one line", "abc", 1},
  {"one line with its break", "abc\n", 1},
  {"two lines", "a\nb", 2},
  {"two lines, CRLF", "a\r\nb\r\n", 2},
  {"lone CRs", "a\rb\rc", 3},
  {"a blank last line", "a\n\n", 2},
  {"only breaks", "\r\n\r\n", 2},
};

static void
test_count (void **state)
{
  const CountRow *row = *state;
  g_autoptr (ContraLineIndex) index = contra_line_index_new (row->text, strlen (row->text));
  assert_int_equal (contra_line_index_count (index), row->count);
}

static void
test_line_bounds (void **state)
{
  (void) state;
  const char *text = "ab\r\ncd\nef\rgh";
  g_autoptr (ContraLineIndex) index = contra_line_index_new (text, strlen (text));

  assert_int_equal (contra_line_index_count (index), 4);
  assert_int_equal (contra_line_index_line_start (index, 1), 0);
  assert_int_equal (contra_line_index_line_end (index, 1), 2);
  assert_int_equal (contra_line_index_line_start (index, 2), 4);
  assert_int_equal (contra_line_index_line_end (index, 2), 6);
  assert_int_equal (contra_line_index_line_start (index, 3), 7);
  assert_int_equal (contra_line_index_line_end (index, 3), 9);
  assert_int_equal (contra_line_index_line_start (index, 4), 10);
  assert_int_equal (contra_line_index_line_end (index, 4), 12);
  /* Out of range: the end of the text. */
  assert_int_equal (contra_line_index_line_start (index, 9), 12);
  assert_int_equal (contra_line_index_line_end (index, 9), 12);
}

/* The cached answer must agree with a fresh index for any order of queries. */
static void
test_cache_agrees (void **state)
{
  (void) state;
  GString *s = g_string_new (NULL);
  for (int i = 0; i < 200; i++)
    g_string_append_printf (s, "l\u00EDne %d %s%s", i, i % 3 ? "Qu\u1ED1c" : "x",
                            i % 5 == 0 ? "\r\n" : i % 7 == 0 ? "\r" : "\n");
  g_autoptr (ContraLineIndex) walker = contra_line_index_new (s->str, s->len);
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);

  for (int q = 0; q < 2000; q++)
    {
      /* Mostly forward steps, sometimes a jump back. */
      gsize offset = (gsize) g_rand_int_range (rand, 0, (gint32) s->len + 1);
      g_autoptr (ContraLineIndex) fresh = contra_line_index_new (s->str, s->len);
      guint l1, c1, l2, c2;
      contra_line_index_position (walker, offset, &l1, &c1);
      contra_line_index_position (fresh, offset, &l2, &c2);
      assert_int_equal (l1, l2);
      assert_int_equal (c1, c2);
    }
  g_string_free (s, TRUE);
}

/* Many increasing queries along one long line must stay linear. */
static void
test_long_line_forward_queries (void **state)
{
  (void) state;
  gsize n = 20 * 1024 * 1024;
  char *text = g_malloc (n);
  for (gsize i = 0; i < n; i++)
    text[i] = (char) ('a' + i % 26);
  g_autoptr (ContraLineIndex) index = contra_line_index_new (text, n);
  gint64 t0 = g_get_monotonic_time ();
  guint line = 0, column = 0;

  for (gsize offset = 0; offset < n; offset += 97)
    contra_line_index_position (index, offset, &line, &column);
  contra_line_index_position (index, n, &line, &column);

  gint64 elapsed = g_get_monotonic_time () - t0;
  assert_int_equal (line, 1);
  assert_int_equal (column, n + 1);
  /* Quadratic would be minutes; linear is milliseconds. */
  assert_true (elapsed < 2 * G_USEC_PER_SEC);
  g_free (text);
}

/* A claim's end, then the start of the next, overlapping one: small steps back
 * must not recount from the start of a 20 MB line. */
static void
test_long_line_back_and_forth (void **state)
{
  (void) state;
  gsize n = 20 * 1024 * 1024;
  char *text = g_malloc (n);
  for (gsize i = 0; i < n; i++)
    text[i] = (char) ('a' + i % 26);
  g_autoptr (ContraLineIndex) index = contra_line_index_new (text, n);
  gint64 t0 = g_get_monotonic_time ();
  guint line = 0, column = 0;

  for (gsize offset = 0; offset + 200 < n; offset += 101)
    {
      contra_line_index_position (index, offset + 200, &line, &column);
      assert_int_equal (column, offset + 201);
      contra_line_index_position (index, offset, &line, &column);
      assert_int_equal (column, offset + 1);
    }
  gint64 elapsed = g_get_monotonic_time () - t0;
  assert_true (elapsed < 2 * G_USEC_PER_SEC);
  g_free (text);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  TABLE_ADD (tests, "position", test_position, position_rows);
  TABLE_ADD (tests, "count", test_count, count_rows);
  table_add_test (tests, "line start and end", test_line_bounds);
  table_add_test (tests, "cached answers agree with fresh ones", test_cache_agrees);
  table_add_test (tests, "forward queries along a 20 MB line", test_long_line_forward_queries);
  table_add_test (tests, "back-and-forth queries along a 20 MB line", test_long_line_back_and_forth);
  return table_run ("lines", tests);
}
