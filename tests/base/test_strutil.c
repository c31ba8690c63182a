/* test_strutil.c — contra_split_space cuts words as the regular expression it replaced,
 * g_regex_split_simple ("[\\s\\x{00A0}]+"), did: rows of text and words, and each row
 * checked against the expression itself. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "base/strutil.h"

typedef struct {
  const char *text;
  const char *words; /* joined with '|' */
} SplitCase;

static const SplitCase split_cases[] = {
  {"", ""},
  {"a", "a"},
  {"Jean  Moreno", "Jean|Moreno"},
  {" a", "|a"},
  {"a ", "a|"},
  {" a\tb\n", "|a|b|"},
  {"Ward\xc2\xa0"
   "Hill",
   "Ward|Hill"},                               /* no-break space */
  {"a\xe2\x80\x83\xe3\x80\x80z", "a|z"},       /* em space, ideographic space */
  {"a\xe2\x80\x8bz", "a\xe2\x80\x8bz"},        /* a zero-width space is no space */
  {"Weyprecht's\xe2\x80\xaf", "Weyprecht's|"}, /* narrow no-break space */
};

static void
test_split_space (void **state)
{
  (void) state;
  for (guint c = 0; c < G_N_ELEMENTS (split_cases); c++)
    {
      g_auto (GStrv) words = contra_split_space (split_cases[c].text);
      g_auto (GStrv) expected = g_regex_split_simple ("[\\s\\x{00A0}]+", split_cases[c].text, 0, 0);
      g_autofree char *joined = g_strjoinv ("|", words);

      assert_string_equal (joined, split_cases[c].words);
      assert_true (g_strv_equal ((const char *const *) words, (const char *const *) expected));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_split_space),
  };
  return cmocka_run_group_tests_name ("strutil", tests, NULL, NULL);
}
