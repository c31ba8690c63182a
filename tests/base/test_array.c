/* test_array.c — contra_array_filter keeps the elements asked for, in order, and frees
 * each dropped element exactly once (under ASan a double free or a leak fails). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "base/array.h"

typedef struct {
  char *word; /* owned */
} Item;

static void
item_clear (Item *item)
{
  g_clear_pointer (&item->word, g_free);
}

static gboolean
keep_unmarked (gconstpointer element, gpointer user_data)
{
  const Item *item = element;
  guint *seen = user_data;
  (*seen)++;
  return item->word[0] != '-';
}

typedef struct {
  const char *input;  /* space-separated words; '-' marks the ones to drop */
  const char *kept;   /* what stays, space-separated */
} FilterCase;

static const FilterCase cases[] = {
  {"", ""},
  {"a", "a"},
  {"-a", ""},
  {"a -b c", "a c"},
  {"-a -b c d", "c d"},
  {"a b -c -d", "a b"},
  {"-a b -c d -e f", "b d f"},
  {"-a -b -c", ""},
};

static void
test_filter (void **state)
{
  (void) state;
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (GArray) items = g_array_new (FALSE, TRUE, sizeof (Item));
      g_array_set_clear_func (items, (GDestroyNotify) item_clear);
      g_auto (GStrv) words = g_strsplit (cases[c].input, " ", -1);
      guint n = 0, marked = 0;
      for (char **w = words; *w != NULL; w++)
        if (**w != '\0')
          {
            Item item = {g_strdup (*w)};
            g_array_append_val (items, item);
            n++;
            marked += **w == '-';
          }

      guint seen = 0;
      guint dropped = contra_array_filter (items, keep_unmarked, &seen);

      assert_int_equal (seen, n);
      assert_int_equal (dropped, marked);
      GString *kept = g_string_new (NULL);
      for (guint i = 0; i < items->len; i++)
        g_string_append_printf (kept, "%s%s", i ? " " : "", g_array_index (items, Item, i).word);
      assert_string_equal (kept->str, cases[c].kept);
      g_string_free (kept, TRUE);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_filter),
  };
  return cmocka_run_group_tests_name ("array", tests, NULL, NULL);
}
