/* test_report_claims.c — `report --claims --format json` reconciles a component of
 * related claims at a time (cli/report-claims.c) and prints, byte for byte, what
 * reconciling every claim at once prints: `report` over the corpus itself. Run on
 * every test corpus, with the claims in one batch, a few, and one component per batch
 * (CONTRA_CLAIMS_BATCH=1), so that a relation the components miss shows as a finding
 * lost or made. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

/* The corpora: NULL is the shipped one. */
static const char *const corpora[] = {
  NULL,
  "tests/corpora/bridge",
  "tests/corpora/ferry",
  "tests/corpora/tunnel",
  "tests/corpora/outlets",
  "tests/corpora/dates",
  "tests/corpora/names/one-person",
  "tests/corpora/names/ambiguous",
};

static char *
claims_of (const char *corpus, const char *dir, guint n)
{
  g_autofree char *name = g_strdup_printf ("%u.jsonl", n);
  g_autofree char *out = g_build_filename (dir, name, NULL);
  const char *argv[]
    = {"claims", "--format", "jsonl", "--output", out, corpus != NULL ? "--corpus" : NULL, corpus, NULL};
  CliRun run = cli_run (argv, NULL);
  assert_int_equal (run.status, 0);
  cli_run_clear (&run);
  return g_steal_pointer (&out);
}

static void
test_components_give_the_same_report (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-report-claims-XXXXXX", NULL);
  static const char *const batches[] = {"1", "3", "1000000"};

  for (guint c = 0; c < G_N_ELEMENTS (corpora); c++)
    {
      const char *corpus = corpora[c];
      g_autofree char *claims = claims_of (corpus, dir, c);
      /* --fail-on note: the exit status is the one of the whole report too. */
      const char *whole_argv[]
        = {"report", "--format", "json", "--fail-on", "note", corpus != NULL ? "--corpus" : NULL, corpus, NULL};
      CliRun whole = cli_run (whole_argv, NULL);
      assert_true (whole.status == 0 || whole.status == 1);
      for (guint b = 0; b < G_N_ELEMENTS (batches); b++)
        {
          g_setenv ("CONTRA_CLAIMS_BATCH", batches[b], TRUE);
          CliRun parts = cli_run (
            (const char *[]){"report", "--format", "json", "--fail-on", "note", "--claims", claims, NULL}, NULL);
          g_unsetenv ("CONTRA_CLAIMS_BATCH");
          if (g_strcmp0 (parts.out, whole.out) != 0)
            fail_msg ("%s, batches of %s: report --claims differs from report", corpus ? corpus : "corpus", batches[b]);
          assert_int_equal (parts.status, whole.status);
          cli_run_clear (&parts);
        }
      cli_run_clear (&whole);
      g_remove (claims);
    }
  g_rmdir (dir);
}

/* Shards, as a map over documents makes them: the claims file cut in three at line
 * ends, each read from its own file (a claim's place names its file beside the offset,
 * cli/report-claims.c), give the report of the whole. */
static void
test_shards (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-report-claims-XXXXXX", NULL);
  g_autofree char *claims = claims_of ("tests/corpora/bridge", dir, 0);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (claims, &text, NULL, NULL));
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);
  char *shards[3];
  for (guint s = 0; s < 3; s++)
    {
      g_autofree char *name = g_strdup_printf ("shard-%u.jsonl", s);
      GString *part = g_string_new (NULL);
      for (guint i = s * n / 3; i < (s + 1) * n / 3; i++)
        if (lines[i][0] != '\0')
          g_string_append_printf (part, "%s\n", lines[i]);
      shards[s] = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_set_contents (shards[s], part->str, (gssize) part->len, NULL));
      g_string_free (part, TRUE);
    }
  CliRun whole
    = cli_run ((const char *[]){"report", "--format", "json", "--corpus", "tests/corpora/bridge", NULL}, NULL);
  g_setenv ("CONTRA_CLAIMS_BATCH", "1", TRUE);
  CliRun parts
    = cli_run ((const char *[]){"report", "--format", "json", "--claims", shards[0], shards[1], shards[2], NULL}, NULL);
  g_unsetenv ("CONTRA_CLAIMS_BATCH");

  assert_int_equal (whole.status, 0);
  assert_int_equal (parts.status, 0);
  assert_string_equal (parts.out, whole.out);
  cli_run_clear (&whole);
  cli_run_clear (&parts);
  for (guint s = 0; s < 3; s++)
    {
      g_remove (shards[s]);
      g_free (shards[s]);
    }
  g_remove (claims);
  g_rmdir (dir);
}

/* Findings shown above --min-severity only, and counted so in the summary. */
static void
test_min_severity (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-report-claims-XXXXXX", NULL);
  g_autofree char *claims = claims_of (NULL, dir, 0);
  CliRun whole = cli_run ((const char *[]){"report", "--format", "json", "--min-severity", "warning", NULL}, NULL);
  CliRun parts = cli_run (
    (const char *[]){"report", "--format", "json", "--min-severity", "warning", "--claims", claims, NULL}, NULL);

  assert_int_equal (whole.status, 0);
  assert_int_equal (parts.status, 0);
  assert_string_equal (parts.out, whole.out);
  cli_run_clear (&whole);
  cli_run_clear (&parts);
  g_remove (claims);
  g_rmdir (dir);
}

/* A pipe cannot be read twice: its claims are read and held, as before. */
static void
test_pipe (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-report-claims-XXXXXX", NULL);
  g_autofree char *claims = claims_of (NULL, dir, 0);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (claims, &text, NULL, NULL));
  CliRun whole = cli_run ((const char *[]){"report", "--format", "json", NULL}, NULL);
  CliRun piped = cli_run ((const char *[]){"report", "--format", "json", "--claims", "/dev/stdin", NULL}, text);

  assert_int_equal (whole.status, 0);
  assert_int_equal (piped.status, 0);
  assert_string_equal (piped.out, whole.out);
  cli_run_clear (&whole);
  cli_run_clear (&piped);
  g_remove (claims);
  g_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_components_give_the_same_report),
    cmocka_unit_test (test_shards),
    cmocka_unit_test (test_min_severity),
    cmocka_unit_test (test_pipe),
  };
  return cmocka_run_group_tests_name ("report-claims", tests, NULL, NULL);
}
