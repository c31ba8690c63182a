/* test_textstore.c — the text store gives back every text as it was given, whether
 * it is still in memory or was moved to the store's file, from any thread. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "base/textstore.h"

/* The @i-th test text: lengths from 0 to a few kilobytes, contents that tell them
 * apart. */
static char *
text_for (guint i)
{
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "%u:", i);
  for (guint k = 0; k < (i * 37) % 3000; k++)
    g_string_append_c (s, (char) ('a' + (i + k) % 26));
  return g_string_free (s, FALSE);
}

static void
check_round_trip (guint n)
{
  ContraText *handles = g_new (ContraText, n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = text_for (i);
      handles[i] = contra_text_add (text, -1);
      assert_true (handles[i] != 0);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *want = text_for (i);
      g_autofree char *got = contra_text_get (handles[i]);
      assert_string_equal (got, want);
    }
  g_free (handles);
}

static void
test_in_memory (void **state)
{
  (void) state;
  check_round_trip (2000);
}

/* Past the memory limit, blocks move to the file; texts read back the same. */
static void
test_spilled (void **state)
{
  (void) state;
  contra_text_store_set_memory_limit (1);
  check_round_trip (5000); /* about 7 MB: several blocks go to the file */
  contra_text_store_set_memory_limit ((gsize) 32 << 20);
}

static void
test_lengths (void **state)
{
  (void) state;
  assert_null (contra_text_get (0));
  g_autofree char *empty = contra_text_get (contra_text_add ("", 0));
  assert_string_equal (empty, "");
  /* Bytes, not a C string: a length cuts it. */
  g_autofree char *cut = contra_text_get (contra_text_add ("signed in 2011", 9));
  assert_string_equal (cut, "signed in");
}

/* A text past the limit is cut before the character the limit falls in, not inside
 * it: a quote read back is still UTF-8, which the writers and glib's character
 * functions (which read past a character cut short) rely on. */
static void
test_cut_at_a_character (void **state)
{
  (void) state;
  GString *text = g_string_new (NULL);
  while (text->len < CONTRA_TEXT_MAX_LENGTH - 1)
    g_string_append_c (text, 'x');
  /* "é" over the limit (its first byte the last one kept), "€" then "x". */
  g_string_append (text, "\xc3\xa9\xe2\x82\xac");
  g_autofree char *back = contra_text_get (contra_text_add (text->str, (gssize) text->len));
  assert_int_equal (strlen (back), CONTRA_TEXT_MAX_LENGTH - 1);
  assert_true (g_utf8_validate (back, -1, NULL));

  /* Three bytes of "€" over by one: the "€" goes. */
  g_string_truncate (text, CONTRA_TEXT_MAX_LENGTH - 2);
  g_string_append (text, "\xe2\x82\xac");
  g_autofree char *back3 = contra_text_get (contra_text_add (text->str, (gssize) text->len));
  assert_int_equal (strlen (back3), CONTRA_TEXT_MAX_LENGTH - 2);
  assert_true (g_utf8_validate (back3, -1, NULL));

  /* Bytes that are not UTF-8 are cut at the limit, as before. */
  g_string_truncate (text, CONTRA_TEXT_MAX_LENGTH - 1);
  g_string_append (text, "\x80\x80\x80\x80\x80");
  g_autofree char *junk = contra_text_get (contra_text_add (text->str, (gssize) text->len));
  assert_true (strlen (junk) >= CONTRA_TEXT_MAX_LENGTH - 4);
  g_string_free (text, TRUE);
}

static gpointer
add_many (gpointer data)
{
  guint base = GPOINTER_TO_UINT (data);
  for (guint i = base; i < base + 500; i++)
    {
      g_autofree char *text = text_for (i);
      g_autofree char *back = contra_text_get (contra_text_add (text, -1));
      if (strcmp (text, back) != 0)
        return GUINT_TO_POINTER (1);
    }
  return NULL;
}

static void
test_threads (void **state)
{
  (void) state;
  GThread *threads[4];

  contra_text_store_set_memory_limit (1);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("adder", add_many, GUINT_TO_POINTER (t * 1000));
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    assert_null (g_thread_join (threads[t]));
  contra_text_store_set_memory_limit ((gsize) 32 << 20);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_in_memory),          cmocka_unit_test (test_spilled), cmocka_unit_test (test_lengths),
    cmocka_unit_test (test_cut_at_a_character), cmocka_unit_test (test_threads),
  };
  return cmocka_run_group_tests_name ("textstore", tests, NULL, NULL);
}
