/* test_claims_file.c — what `contra report --claims` makes of a claims file that
 * `contra claims --format jsonl` did not write: a clear refusal, or findings as
 * sound as from a corpus. (tests/output/test_claim_json.c has a row for each thing
 * the reader checks; these run the program.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

/* A claims file that breaks what the extractor guarantees stops the report before it
 * starts: one message, status 2, nothing on standard output. These two lines crashed
 * the reconciler (issue 11): a person's term without its label, and a partial claim
 * whose first term has no concept. */
static const struct {
  const char *lines;
  const char *message;
} bad_files[] = {
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\"}}\n"
   "{\"type\":\"claim\",\"claim\":{\"path\":\"a.txt\",\"rule\":\"person-title\",\"subject\":\"person/x\","
   "\"attribute\":\"title\",\"kind\":\"office\",\"value\":{\"type\":\"concept\",\"normalized\":"
   "\"office/senator\"},\"terms\":[{\"name\":\"person/x\"}]}}\n",
   "2:186: error: a term has no 'label'"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\"}}\n"
   "{\"type\":\"claim\",\"claim\":{\"path\":\"a.txt\",\"rule\":\"instrument-dated\",\"subject\":\"x\","
   "\"attribute\":\"date\",\"kind\":\"event\",\"partial\":true,\"value\":{\"type\":\"number\","
   "\"amount\":1,\"precision\":1,\"bound\":\"exact\"},\"terms\":[{\"name\":\"person/x\",\"label\":\"X\"}]}}\n",
   "2:206: error: a partial claim's first term needs a 'head'"},
};

static void
test_bad_claims_stop_the_report (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-shards-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.jsonl", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.jsonl", NULL);
  CliRun claims = cli_run (
    (const char *[]){"claims", "--format", "jsonl", "--output", good, "corpus/000_13a7ffee45129fbc.txt", NULL}, NULL);
  assert_int_equal (claims.status, 0);
  cli_run_clear (&claims);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      assert_true (g_file_set_contents (bad, bad_files[i].lines, -1, NULL));
      g_autofree char *expected = g_strdup_printf ("%s:%s\n", bad, bad_files[i].message);
      CliRun run = cli_run ((const char *[]){"report", "--format", "json", "--claims", good, bad, NULL}, NULL);
      assert_int_equal (run.status, 2);
      assert_string_equal (run.out, "");
      assert_string_equal (run.err, expected);
      cli_run_clear (&run);
    }
  g_remove (good);
  g_remove (bad);
  g_rmdir (dir);
}

/* A file with no line ends is refused at the line limit, not read until memory runs
 * out. */
static void
test_endless_line (void **state)
{
  (void) state;
  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    skip ();
  CliRun run = cli_run ((const char *[]){"report", "--claims", "/dev/zero", NULL}, NULL);
  assert_int_equal (run.status, 2);
  assert_string_equal (run.out, "");
  assert_string_equal (run.err,
                       "/dev/zero:1:1: error: the line is longer than 16 MiB, the limit for a line of claims\n");
  cli_run_clear (&run);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bad_claims_stop_the_report),
    cmocka_unit_test (test_endless_line),
  };
  return cmocka_run_group_tests_name ("claims-file", tests, NULL, NULL);
}
