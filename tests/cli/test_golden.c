/* test_golden.c — what contra prints on the shipped corpus, pinned as golden files.
 *
 * Each row runs one command from the source root and compares its standard output
 * (and, where the row says so, its standard error) with tests/golden/. These are the
 * outputs a user reads; any change to rules, lexicon or code that moves them shows up
 * here as a diff to review. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include "cli-test.h"

typedef struct {
  const char *name;           /* golden file for standard output */
  const char *argv[12];
  int status;
  const char *err_name;       /* golden file for standard error, or NULL */
} GoldenCase;

static const GoldenCase cases[] = {
  {"corpus-sentences.txt", {"dump", "sentences", NULL}, 0, NULL},
  {"corpus-claims.txt", {"claims", NULL}, 0, NULL},
  {"corpus-report.json", {"report", "--format", "json", NULL}, 0, NULL},
  {"corpus-report.txt", {"report", NULL}, 0, NULL},
  {"corpus-report.md", {"report", "--format", "markdown", NULL}, 0, NULL},
  {"corpus-report.html", {"report", "--format", "html", NULL}, 0, NULL},
  {"rules-check.txt", {"rules", "check", NULL}, 0, NULL},
  /* Every time expression of the shipped corpus, and of a text written to hold one of
   * each construction the date reader knows (tests/corpora/dates). */
  {"corpus-dates.txt", {"dump", "dates", NULL}, 0, NULL},
  {"dates-harbour.txt", {"dump", "dates", "tests/corpora/dates/harbour.md", NULL}, 0, NULL},
  {"dates-harbour.jsonl", {"dump", "dates", "--format", "jsonl", "tests/corpora/dates/harbour.md", NULL}, 0, NULL},
  /* Documents in other outlets' styles, with planted disagreements
   * (tests/corpora/outlets/README.planted.md says what each one is). */
  {"outlets-report.txt", {"report", "--corpus", "tests/corpora/outlets", NULL}, 0, NULL},
  {"outlets-report.json", {"report", "--corpus", "tests/corpora/outlets", "--format", "json", NULL}, 0, NULL},
  /* Stories on subjects no rule was written for (tests/corpora/READING.md): what an
   * editor reads of them. */
  {"bridge-report.txt", {"report", "--corpus", "tests/corpora/bridge", NULL}, 0, NULL},
  {"ferry-report.txt", {"report", "--corpus", "tests/corpora/ferry", NULL}, 0, NULL},
};

static void
test_case (void **state)
{
  const GoldenCase *c = *state;
  CliRun run = cli_run (c->argv, NULL);

  if (run.status != c->status)
    fprintf (stderr, "exit status %d, expected %d; stderr:\n%s\n", run.status, c->status, run.err);
  assert_int_equal (run.status, c->status);
  assert_true (cli_golden (c->name, run.out));
  if (c->err_name != NULL)
    assert_true (cli_golden (c->err_name, run.err));
  cli_run_clear (&run);
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (cases)];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    tests[i] = (struct CMUnitTest){cases[i].name, test_case, NULL, NULL, (void *) &cases[i]};
  return cmocka_run_group_tests_name ("golden", tests, NULL, NULL);
}
