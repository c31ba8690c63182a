/* table.h — table-driven cmocka tests: one named cmocka test per row.
 *
 * cmocka's group macros want a static array; the tables here are arrays of rows,
 * so the tests are built at run time, each with its row as initial state.
 */
#pragma once

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <glib.h>

/* Appends one test per row of @rows (an array of @n rows of @size bytes, each
 * starting with a const char *name) to @tests. */
static inline void
table_add (GArray *tests,
           const char *prefix,
           CMUnitTestFunction func,
           const void *rows,
           gsize n,
           gsize size)
{
  for (gsize i = 0; i < n; i++)
    {
      const void *row = (const char *) rows + i * size;
      const char *name = *(const char *const *) row;
      struct CMUnitTest test = {
        g_strdup_printf ("%s: %s", prefix, name), func, NULL, NULL, (void *) row,
      };
      g_array_append_val (tests, test);
    }
}

#define TABLE_ADD(tests, prefix, func, rows) \
  table_add ((tests), (prefix), (func), (rows), G_N_ELEMENTS (rows), sizeof ((rows)[0]))

/* Appends a plain test. */
static inline void
table_add_test (GArray *tests, const char *name, CMUnitTestFunction func)
{
  struct CMUnitTest test = {g_strdup (name), func, NULL, NULL, NULL};
  g_array_append_val (tests, test);
}

static inline int
table_run (const char *group, GArray *tests)
{
  int failed = _cmocka_run_group_tests (group, (const struct CMUnitTest *) (void *) tests->data,
                                        tests->len, NULL, NULL);
  for (guint i = 0; i < tests->len; i++)
    g_free ((char *) g_array_index (tests, struct CMUnitTest, i).name);
  g_array_unref (tests);
  return failed;
}

#define TABLE_NEW() g_array_new (FALSE, FALSE, sizeof (struct CMUnitTest))
