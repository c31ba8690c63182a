/* test_shards.c — extraction on parts of a corpus, reconciling their union, gives the
 * same report as one run over the whole (DESIGN.md, Scale). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

static char *
shard (const char *const *files, const char *dir, const char *name)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = g_build_filename (dir, name, NULL);

  g_ptr_array_add (argv, "claims");
  g_ptr_array_add (argv, "--format");
  g_ptr_array_add (argv, "jsonl");
  g_ptr_array_add (argv, "--output");
  g_ptr_array_add (argv, out);
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) files[i]);
  g_ptr_array_add (argv, NULL);
  CliRun run = cli_run ((const char *const *) argv->pdata, NULL);
  assert_int_equal (run.status, 0);
  cli_run_clear (&run);
  return g_steal_pointer (&out);
}

/* The shipped corpus in two shards, and the outlets corpus (Markdown, front matter,
 * comments) in one. */
static void
test_shards_give_the_same_report (void **state)
{
  const char *format = *state;
  g_autofree char *dir = g_dir_make_tmp ("contra-shards-XXXXXX", NULL);
  const char *first[] = {"corpus/000_13a7ffee45129fbc.txt", "corpus/001_4acc4d2366affa89.txt",
                         "corpus/002_bb8406d2e8272ae1.txt", NULL};
  const char *second[] = {"corpus/003_547fc93670db27fd.txt", "corpus/004_8e034bfb88b42231.txt", NULL};
  g_autofree char *a = shard (first, dir, "a.jsonl");
  g_autofree char *b = shard (second, dir, "b.jsonl");

  CliRun whole = cli_run ((const char *[]){"report", "--format", format, NULL}, NULL);
  CliRun parts = cli_run ((const char *[]){"report", "--format", format, "--claims", a, b, NULL}, NULL);
  assert_int_equal (whole.status, 0);
  assert_int_equal (parts.status, 0);
  assert_string_equal (parts.out, whole.out);
  cli_run_clear (&whole);
  cli_run_clear (&parts);

  const char *outlets[] = {"--corpus", "tests/corpora/outlets", NULL};
  g_autofree char *c = shard (outlets, dir, "c.jsonl");
  CliRun direct
    = cli_run ((const char *[]){"report", "--corpus", "tests/corpora/outlets", "--format", format, NULL}, NULL);
  CliRun read = cli_run ((const char *[]){"report", "--format", format, "--claims", c, NULL}, NULL);
  assert_int_equal (direct.status, 0);
  assert_int_equal (read.status, 0);
  assert_string_equal (read.out, direct.out);
  cli_run_clear (&direct);
  cli_run_clear (&read);

  g_remove (a);
  g_remove (b);
  g_remove (c);
  g_rmdir (dir);
}

/* The thread count changes nothing. */
static void
test_threads_give_the_same_claims (void **state)
{
  (void) state;
  CliRun one = cli_run ((const char *[]){"claims", "--format", "jsonl", "--jobs", "1", NULL}, NULL);
  CliRun four = cli_run ((const char *[]){"claims", "--format", "jsonl", "--jobs", "4", NULL}, NULL);
  assert_int_equal (one.status, 0);
  assert_string_equal (four.out, one.out);
  cli_run_clear (&one);
  cli_run_clear (&four);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_prestate (test_shards_give_the_same_report, "json"),
    cmocka_unit_test_prestate (test_shards_give_the_same_report, "text"),
    cmocka_unit_test (test_threads_give_the_same_claims),
  };
  return cmocka_run_group_tests_name ("shards", tests, NULL, NULL);
}
