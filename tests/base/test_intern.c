/* test_intern.c — contra_intern gives one pointer per string, on every thread, and
 * glib's own pointer for a string glib interned first (rules and concepts load with
 * g_intern_string()); a string new to both makes no glib quark: glib keeps every
 * array of quarks it outgrows, memory that grows with the square of their number
 * (12.8 GB for the 2.5 M subjects of 20 M replicated claims, issue 17). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "base/strutil.h"

static void
test_one_pointer (void **state)
{
  (void) state;
  g_autofree char *copy = g_strdup ("r7:dialogue/g-000123");
  const char *a = contra_intern ("r7:dialogue/g-000123");

  assert_string_equal (a, "r7:dialogue/g-000123");
  assert_ptr_equal (contra_intern (copy), a);
  assert_null (contra_intern (NULL));
}

static void
test_glib_first (void **state)
{
  (void) state;
  const char *glib = g_intern_string ("test-intern/concept-loaded-first");
  g_autofree char *copy = g_strdup ("test-intern/concept-loaded-first");

  assert_ptr_equal (contra_intern (copy), glib);
}

static void
test_no_quark (void **state)
{
  (void) state;
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *subject = g_strdup_printf ("test-intern/subject-%u", i);
      const char *interned = contra_intern (subject);
      assert_string_equal (interned, subject);
      assert_int_equal (g_quark_try_string (subject), 0);
    }
}

static gpointer
intern_on_thread (gpointer data)
{
  g_autofree char *copy = g_strdup (data);
  return (gpointer) contra_intern (copy);
}

static void
test_threads (void **state)
{
  (void) state;
  GThread *a = g_thread_new ("a", intern_on_thread, "test-intern/on-two-threads");
  GThread *b = g_thread_new ("b", intern_on_thread, "test-intern/on-two-threads");
  gpointer from_a = g_thread_join (a);
  gpointer from_b = g_thread_join (b);

  assert_ptr_equal (from_a, from_b);
  assert_ptr_equal (contra_intern ("test-intern/on-two-threads"), from_a);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_one_pointer),
    cmocka_unit_test (test_glib_first),
    cmocka_unit_test (test_no_quark),
    cmocka_unit_test (test_threads),
  };
  return cmocka_run_group_tests_name ("intern", tests, NULL, NULL);
}
