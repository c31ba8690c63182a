/* test_rules_invalid.c — every broken-rule message, pinned exactly.
 *
 * Each folder of tests/rules-invalid/ holds a small rule pack with one problem (and
 * whatever valid lexicon it needs to isolate it) and expected.txt, the exact text
 * contra prints for it: 'contra rules check DIR' on standard error for problems the
 * loader finds (exit 2), 'contra rules test DIR' on standard output for examples that
 * do not hold (exit 1: the rules load, their examples fail). Every message must name
 * file:line:col, so that an editor can jump to it. CONTRA_UPDATE_GOLDEN=1 rewrites
 * the expected files; review the diff (and keep the TODO rows' files: they hold the
 * text contra should print once the bug is fixed). CONTRA_SKIP_TODO=1 skips those rows.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include "cli-test.h"

typedef struct {
  const char *name;      /* the folder under tests/rules-invalid/ */
  const char *command;   /* "check" or "test" */
  int status;
  const char *todo;      /* a known bug the row expects fixed, or NULL */
} InvalidCase;

static const InvalidCase cases[] = {
  /* The only file does not parse, so the lexicon is empty (once undefined behaviour
   * in contra_lexicon_finish(), which UBSan reported). The other folders of a broken
   * file carry a valid one beside it so that they test only their problem. */
  {"yaml-syntax", "check", 2, NULL},
  {"invalid-utf8", "check", 2, NULL},
  {"not-a-mapping", "check", 2, NULL},
  {"unknown-top-key", "check", 2, NULL},
  {"duplicate-key", "check", 2, NULL},
  {"unknown-concept-key", "check", 2, NULL},
  {"unknown-rule-key", "check", 2, NULL},
  {"unknown-slot-key", "check", 2, NULL},
  {"missing-trigger", "check", 2, NULL},
  {"aliases-mapping", "check", 2, NULL},
  {"empty-alias-list", "check", 2, NULL},
  {"trigger-not-mapping", "check", 2, NULL},
  {"bad-kind", "check", 2, NULL},
  {"bad-concept-id", "check", 2, NULL},
  {"bad-rule-id", "check", 2, NULL},
  {"duplicate-concept", "check", 2, NULL},
  {"duplicate-rule", "check", 2, NULL},
  {"alias-clash", "check", 2, NULL},
  {"unknown-is-a", "check", 2, NULL},
  {"is-a-cycle", "check", 2, NULL},
  {"bad-pattern", "check", 2, NULL},
  {"requires-without-patterns", "check", 2, NULL},
  {"unknown-subject-slot", "check", 2, NULL},
  {"unknown-claim-slot", "check", 2, NULL},
  {"slot-is-a-and-value", "check", 2, NULL},
  {"within-not-number", "check", 2, NULL},
  {"title-of-concept", "check", 2, NULL},
  {"all-first-in-subject", "check", 2, NULL},
  {"counterexample-with-claims", "check", 2, NULL},
  {"many-errors", "check", 2, NULL},
  /* The engine's frames hold 16 slots and its subject keys 8 parts: the loader
   * refuses more (a 17th slot was once read past the end of the frame). */
  {"too-many-slots", "check", 2, NULL},
  {"too-many-subject-parts", "check", 2, NULL},
  {"example-fails", "test", 1, NULL},
  {"counterexample-yields", "test", 1, NULL},
};

/* Every line that reports a problem starts "path:line:col: error: "; the others are
 * the summary ("contra: error: N errors in the rule files"), the indented lines of an
 * example report, and the example runner's tally. */
static void
assert_positions (const char *text)
{
  g_autoptr (GRegex) located = g_regex_new ("^[^: ]+:[0-9]+:[0-9]+: error: ", 0, 0, NULL);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      if (*line == '\0' || *line == ' ' || g_str_has_prefix (line, "contra: error: ")
          || g_str_has_suffix (line, " failed"))
        continue;
      if (!g_regex_match (located, line, 0, NULL))
        fprintf (stderr, "a message without file:line:col: %s\n", line);
      assert_true (g_regex_match (located, line, 0, NULL));
    }
}

static void
test_case (void **state)
{
  const InvalidCase *c = *state;

  /* Before anything is allocated: skip() does not return. */
  if (c->todo != NULL)
    {
      /* CONTRA_SKIP_TODO=1 runs the rest clean (under a sanitizer, say). */
      if (g_getenv ("CONTRA_SKIP_TODO") != NULL)
        skip ();
      fprintf (stderr, "TODO (known bug, expected to fail until fixed): %s\n", c->todo);
    }

  g_autofree char *dir = g_build_filename ("tests", "rules-invalid", c->name, NULL);
  g_autofree char *expected = g_build_filename (dir, "expected.txt", NULL);
  const char *argv[] = {"rules", c->command, dir, NULL};
  CliRun run = cli_run (argv, NULL);
  gboolean testing = g_str_equal (c->command, "test");
  /* check reports on standard error; test prints its report as its output. */
  const char *report = testing ? run.out : run.err;
  const char *other = testing ? run.err : run.out;

  if (run.status != c->status)
    fprintf (stderr, "exit status %d, expected %d; stderr:\n%s\n", run.status, c->status, run.err);
  assert_int_equal (run.status, c->status);
  assert_string_equal (other, "");
  assert_true (cli_expect_file (expected, report));
  assert_positions (report);
  cli_run_clear (&run);
}

/* A folder without a row would never run: every folder must be in the table. */
static void
test_every_folder_has_a_row (void **state)
{
  g_autofree char *root = g_build_filename (cli_source_root (), "tests", "rules-invalid", NULL);
  g_autoptr (GDir) dir = g_dir_open (root, 0, NULL);

  (void) state;
  assert_non_null (dir);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      gboolean found = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (cases) && !found; i++)
        found = g_str_equal (cases[i].name, name);
      if (!found)
        fprintf (stderr, "tests/rules-invalid/%s has no row in test_rules_invalid.c\n", name);
      assert_true (found);
    }
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (cases) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    tests[i] = (struct CMUnitTest){cases[i].name, test_case, NULL, NULL, (void *) &cases[i]};
  tests[G_N_ELEMENTS (cases)] = (struct CMUnitTest){"every folder has a row", test_every_folder_has_a_row, NULL, NULL, NULL};
  return cmocka_run_group_tests_name ("rules-invalid", tests, NULL, NULL);
}
