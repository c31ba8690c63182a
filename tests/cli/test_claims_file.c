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

/* The lines of a claims file: two sources, a count from the first and a list of three
 * from the second, for the same memorandum. */
#define COUNT_AND_LIST(amount)                                                                                         \
  "{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\"}}\n"                                               \
  "{\"type\":\"source\",\"source\":{\"id\":\"b\",\"path\":\"b.txt\"}}\n"                                               \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":1,\"column\":1,\"end_line\":1,"         \
  "\"end_column\":5,\"quote\":\"q\",\"value\":{\"type\":\"count\",\"amount\":" amount ",\"precision\":1,"              \
  "\"bound\":\"exact\",\"unit\":\"area\"},\"rule\":\"instrument-count\",\"subject\":\"instrument/mou\","               \
  "\"attribute\":\"count\",\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\","                  \
  "\"kind\":\"event\",\"terms\":[{\"head\":\"instrument/mou\"}],\"family\":1,\"start\":0,\"end\":4,"                   \
  "\"sentence\":1,\"frame\":1}}\n"                                                                                     \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"b\",\"path\":\"b.txt\",\"line\":1,\"column\":1,\"end_line\":1,"         \
  "\"end_column\":5,\"quote\":\"q\",\"value\":{\"type\":\"set\",\"normalized\":[\"area/maritime-security\","           \
  "\"area/search-and-rescue\",\"area/peacekeeping\"],\"labels\":[\"maritime security\",\"search and rescue\","         \
  "\"peacekeeping\"]},\"rule\":\"instrument-areas\",\"subject\":\"instrument/mou\",\"attribute\":\"areas\","           \
  "\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\",\"kind\":\"event\","                       \
  "\"terms\":[{\"head\":\"instrument/mou\"}],\"family\":1,\"start\":0,\"end\":4,\"sentence\":1,\"frame\":1}}\n"

/* A count no guint holds is compared as it is: 4,294,967,299 areas are not three
 * (it wrapped to 3, by undefined behaviour, and matched). */
static void
test_huge_count (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-claims-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "count.jsonl", NULL);
  static const struct {
    const char *file;
    const char *says;
  } counts[] = {
    {COUNT_AND_LIST ("4294967299"), "4294967299"},
    {COUNT_AND_LIST ("1e20"), "1e+20"},
    {COUNT_AND_LIST ("2.5"), "2.5"},
    {COUNT_AND_LIST ("4"), "4"},
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      assert_true (g_file_set_contents (path, counts[i].file, -1, NULL));
      CliRun run = cli_run ((const char *[]){"report", "--claims", path, NULL}, NULL);
      g_autofree char *finding = g_strdup_printf (
        "a.txt:1:1: warning: A count does not match the lists of the areas of the memorandum of understanding: "
        "a, line 1 says %s, but the lists have 3 (b, line 1) [instrument-count]\n",
        counts[i].says);
      assert_int_equal (run.status, 0);
      if (strstr (run.out, finding) == NULL)
        fail_msg ("no finding \"%s\" in:\n%s", finding, run.out);
      cli_run_clear (&run);
    }
  /* Three areas are three. */
  assert_true (g_file_set_contents (path, COUNT_AND_LIST ("3"), -1, NULL));
  CliRun run = cli_run ((const char *[]){"report", "--claims", path, NULL}, NULL);
  assert_null (strstr (run.out, "A count does not match"));
  cli_run_clear (&run);
  g_remove (path);
  g_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bad_claims_stop_the_report),
    cmocka_unit_test (test_endless_line),
    cmocka_unit_test (test_huge_count),
  };
  return cmocka_run_group_tests_name ("claims-file", tests, NULL, NULL);
}
