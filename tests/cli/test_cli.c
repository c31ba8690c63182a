/* test_cli.c — what a user of the command line checks: help, versions, exit statuses
 * and the messages for bad input (DESIGN.md, Command line).
 *
 * Each row runs contra once from the source root (so that corpus/ and rules/ are the
 * shipped ones) and checks the exit status and words that must, or must not, be in
 * its output. Inputs are built in a temporary folder before the rows run and removed
 * after; "@TMP@" in a row stands for that folder. A row with a check function looks
 * further (a file written, a folder not created). A row with a TODO expects a known
 * bug fixed and fails until it is; CONTRA_SKIP_TODO=1 skips those rows.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

typedef struct _CliCase CliCase;

struct _CliCase {
  const char *name;
  const char *argv[12];
  const char *input;          /* standard input, or NULL */
  int status;
  const char *out_has[8];     /* words standard output must contain */
  const char *err_has[8];     /* words standard error must contain */
  const char *err_lacks[4];   /* words standard error must not contain */
  void (*check) (const CliCase *c, const CliRun *run, const char *tmp);
  const char *todo;           /* a known bug the row expects fixed, or NULL */
};

static char *tmp;             /* the inputs' folder, for the whole group */

/* ---- inputs ------------------------------------------------------------------------- */

#define MOU_2011 "In September 2011, the United States and Vietnam signed a memorandum of " \
                 "understanding on defense cooperation.\n"
#define MOU_2012 "In September 2012, the United States and Vietnam signed a memorandum of " \
                 "understanding on defense cooperation.\n"

static void
put (const char *relative, const char *contents, gssize length)
{
  g_autofree char *path = g_build_filename (tmp, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  if (!g_file_set_contents (path, contents, length, &error))
    g_error ("%s", error->message);
}

/* One line per step of @n, each a sentence with @step more mentions than the last,
 * so that the mention buffer fills up at every possible place in the sentence's
 * last pass (people). */
static char *
growing_sentences (const char *people, guint first, guint step)
{
  GString *text = g_string_new (NULL);

  for (guint k = first; k <= 160; k += step)
    {
      g_string_append (text, "Delegates from Vietnam, China, Japan, India, Russia, Laos, Cambodia and Thailand met");
      for (guint y = 0; y < k; y++)
        g_string_append_printf (text, " in %u,", 1900 + y);
      g_string_append_printf (text, " and %s spoke.\n\n", people);
    }
  return g_string_free (text, FALSE);
}

static int
setup (void **state)
{
  (void) state;
  tmp = g_dir_make_tmp ("contra-cli-XXXXXX", NULL);
  g_assert_nonnull (tmp);

  put ("conflict.md", MOU_2012, -1);
  put ("agree.md", MOU_2011, -1);
  put ("empty.md", "", 0);
  /* 0xE9 is "é" in Latin-1: at byte 13, line 1, column 14. */
  put ("latin.txt", "Notes from Hu\xe9.\n\n" MOU_2011, -1);

  /* A corpus with one file that is not text. */
  put ("nul-corpus/a.txt", MOU_2011, -1);
  put ("nul-corpus/b.txt", "Washington and Hanoi normalized diplomatic relations in 1995.\n", -1);
  put ("nul-corpus/binary.txt", "GIF89a\0\0\0", 9);

  /* A manifest that is not YAML: the flow list is never closed. */
  put ("bad-manifest/a.txt", MOU_2011, -1);
  put ("bad-manifest/sources.yaml",
       "sources:\n"
       "  - id: a\n"
       "    file: a.txt\n"
       "    published: [2015\n", -1);
  /* A manifest with 'ignore' as a mapping, not a list. */
  put ("ignore-mapping/a.txt", MOU_2011, -1);
  put ("ignore-mapping/sources.yaml",
       "sources:\n"
       "  - id: a\n"
       "    file: a.txt\n"
       "    published: 2015-06-05\n"
       "    ignore: {lines: 3}\n", -1);

  g_autofree char *appositive = growing_sentences ("Kurt Campbell, the Ambassador,", 1, 1);
  g_autofree char *coordinated_odd = growing_sentences ("Deputy Prime Minister and Foreign Minister Phan Binh Minh", 1, 2);
  g_autofree char *coordinated_even = growing_sentences ("Deputy Prime Minister and Foreign Minister Phan Binh Minh", 2, 2);
  put ("long/appositive.txt", appositive, -1);
  put ("long/coordinated-odd.txt", coordinated_odd, -1);
  put ("long/coordinated-even.txt", coordinated_even, -1);

  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);
  return 0;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static int
teardown (void **state)
{
  (void) state;
  remove_tree (tmp);
  g_clear_pointer (&tmp, g_free);
  return 0;
}

/* ---- checks beyond words ---------------------------------------------------------------- */

static char *
expand (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "@TMP@", -1);
  return g_strjoinv (tmp, parts);
}

/* --output into a folder that does not exist: nothing is printed instead, and the
 * folder is not created behind the user's back. */
static void
check_nothing_written (const CliCase *c, const CliRun *run, const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "no-such-folder", NULL);

  (void) c;
  assert_string_equal (run->out, "");
  assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* --output FILE holds exactly what standard output would have, and nothing else is
 * left in its folder (no temporary file). */
static void
check_written_whole (const CliCase *c, const CliRun *run, const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "out", "report.json", NULL);
  g_autofree char *written = NULL;
  const char *argv[] = {"report", "--format", "json", NULL};
  CliRun direct = cli_run (argv, NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autoptr (GDir) listing = g_dir_open (out_dir, 0, NULL);
  guint n = 0;

  (void) c;
  assert_string_equal (run->out, "");
  assert_true (g_file_get_contents (path, &written, NULL, NULL));
  assert_int_equal (direct.status, 0);
  assert_true (strlen (written) > 0);
  assert_string_equal (written, direct.out);
  while (g_dir_read_name (listing) != NULL)
    n++;
  assert_int_equal (n, 1);
  cli_run_clear (&direct);
}

/* A manifest problem names its line and column, and nothing is said without one. */
static void
check_positions (const CliCase *c, const CliRun *run, const char *dir)
{
  g_auto (GStrv) lines = g_strsplit (run->err, "\n", -1);
  g_autoptr (GRegex) located = g_regex_new (":[0-9]+:[0-9]+: error: ", 0, 0, NULL);

  (void) c;
  (void) dir;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0' || g_str_has_prefix (lines[i], "contra: error: "))
        continue;
      if (!g_regex_match (located, lines[i], 0, NULL))
        fprintf (stderr, "a message without file:line:col: %s\n", lines[i]);
      assert_true (g_regex_match (located, lines[i], 0, NULL));
    }
}

/* ---- the table ---------------------------------------------------------------------------- */

static const CliCase cases[] = {
  /* Help and version: exit 0, and the words a user looks for. */
  {.name = "--version", .argv = {"--version"}, .out_has = {"contra 0."}},
  {.name = "--help", .argv = {"--help"},
   .out_has = {"Usage: contra COMMAND", "report", "lint", "claims", "rules", "dump", "Exit status"}},
  {.name = "report --help", .argv = {"report", "--help"},
   .out_has = {"contra report", "--format", "--output", "--fail-on", "--claims", "--corpus", "--rules"}},
  {.name = "lint --help", .argv = {"lint", "--help"},
   .out_has = {"contra lint", "DRAFT", "--stdin-filename", "--fail-on", "standard input", "Exit status"}},
  {.name = "claims --help", .argv = {"claims", "--help"}, .out_has = {"contra claims", "--format", "jsonl"}},
  {.name = "rules --help", .argv = {"rules", "--help"}, .out_has = {"contra rules", "check", "test", "--only"}},
  {.name = "dump --help", .argv = {"dump", "--help"}, .out_has = {"contra dump", "sentences", "mentions", "dates", "jsonl"}},

  /* Usage errors: exit 2 and a message that says what is wrong. */
  {.name = "no command", .status = 2, .err_has = {"Usage: contra COMMAND"}},
  {.name = "unknown command", .argv = {"frobnicate"}, .status = 2,
   .err_has = {"unknown command 'frobnicate'", "Usage"}},
  {.name = "unknown option", .argv = {"report", "--frobnicate"}, .status = 2,
   .err_has = {"--frobnicate", "contra report --help"}},
  {.name = "unknown format", .argv = {"report", "--format", "xml"}, .status = 2,
   .err_has = {"unknown format 'xml'", "text", "json", "markdown", "sarif", "github"}},
  {.name = "report format for claims", .argv = {"claims", "--format", "sarif"}, .status = 2,
   .err_has = {"sarif", "text, json or jsonl"}},
  {.name = "unknown --fail-on", .argv = {"lint", "--fail-on", "sometimes", "@TMP@/agree.md"}, .status = 2,
   .err_has = {"'sometimes'", "error, warning, note or never"}},
  {.name = "lint without a draft", .argv = {"lint"}, .status = 2, .err_has = {"no draft given"}},
  {.name = "dump dates in an unknown format", .argv = {"dump", "dates", "--format", "json", "@TMP@/agree.md"}, .status = 2,
   .err_has = {"unknown format 'json' for dump dates", "text, jsonl"}},
  {.name = "dump sentences in jsonl", .argv = {"dump", "sentences", "--format", "jsonl", "@TMP@/agree.md"}, .status = 2,
   .err_has = {"unknown format 'jsonl' for dump sentences", "text"}},
  {.name = "dump without a stage", .argv = {"dump"}, .status = 2, .err_has = {"contra dump dates"}},
  {.name = "rules without check or test", .argv = {"rules"}, .status = 2,
   .err_has = {"contra rules check", "contra rules test"}},
  {.name = "rules folder missing", .argv = {"rules", "check", "@TMP@/no-rules"}, .status = 2,
   .err_has = {"@TMP@/no-rules", "not a folder of rule files"}},

  /* Input errors. */
  {.name = "missing corpus path", .argv = {"claims", "@TMP@/no-such-corpus"}, .status = 2,
   .err_has = {"@TMP@/no-such-corpus", "no such file or folder"}},
  {.name = "missing --corpus folder", .argv = {"report", "--corpus", "@TMP@/no-such-corpus"}, .status = 2,
   .err_has = {"@TMP@/no-such-corpus", "--corpus"}},
  /* A file with a NUL byte is reported and skipped; the others are read, and the run
   * ends with exit 2 because not all of its input was read. */
  {.name = "NUL byte in the corpus: claims", .argv = {"claims", "@TMP@/nul-corpus"}, .status = 2,
   .out_has = {"instrument/mou+domain/defense date", "relationship/diplomatic-relations date", "2 sources"},
   .err_has = {"@TMP@/nul-corpus/binary.txt", "NUL byte at byte offset 6", "skipped"}},
  {.name = "NUL byte in the corpus: report", .argv = {"report", "@TMP@/nul-corpus"}, .status = 2,
   .out_has = {"2 sources"}, .err_has = {"@TMP@/nul-corpus/binary.txt", "NUL byte"}},
  {.name = "NUL byte in the corpus: lint", .argv = {"lint", "--corpus", "@TMP@/nul-corpus", "@TMP@/agree.md"},
   .status = 2, .err_has = {"@TMP@/nul-corpus/binary.txt", "NUL byte"}},
  {.name = "invalid UTF-8", .argv = {"claims", "@TMP@/latin.txt"},
   .out_has = {"instrument/mou+domain/defense date = 2011-09"},
   .err_has = {"@TMP@/latin.txt:1:14: warning: invalid UTF-8 byte 0xE9 at byte offset 13"}},
  {.name = "empty document", .argv = {"claims", "@TMP@/empty.md"}, .out_has = {"0 claims from 1 source"},
   .err_lacks = {"error", "warning"}},
  {.name = "empty draft", .argv = {"lint", "@TMP@/empty.md"}, .out_has = {"0 errors, 0 warnings"},
   .err_lacks = {"error"}},
  {.name = "a folder as a draft", .argv = {"lint", "@TMP@/out"}, .status = 2,
   .err_has = {"@TMP@/out", "is a directory"}},
  {.name = "malformed manifest", .argv = {"report", "@TMP@/bad-manifest"}, .status = 2,
   .err_has = {"@TMP@/bad-manifest/sources.yaml:5:1: error: ", "the manifest has errors"}},
  /* 'ignore' is checked to be a list before its items are read (once a CRITICAL and
   * a message without a line). */
  {.name = "manifest with 'ignore' as a mapping", .argv = {"report", "@TMP@/ignore-mapping"}, .status = 2,
   .err_has = {"@TMP@/ignore-mapping/sources.yaml:5:13: error: 'ignore' must be a list"},
   .err_lacks = {"CRITICAL", "nothing"}, .check = check_positions},

  /* Output files. */
  {.name = "--output into a missing folder", .argv = {"report", "--output", "@TMP@/no-such-folder/report.txt"},
   .status = 2, .err_has = {"@TMP@/no-such-folder/report.txt", "cannot write"},
   .err_lacks = {"report.txt."}, .check = check_nothing_written},
  {.name = "--output written whole", .argv = {"report", "--format", "json", "--output", "@TMP@/out/report.json"},
   .check = check_written_whole},

  /* Exit statuses of report and lint. */
  {.name = "report", .argv = {"report"}, .out_has = {"5 sources", "warning"}},
  {.name = "report --fail-on warning", .argv = {"report", "--fail-on", "warning"}, .status = 1,
   .out_has = {"5 sources", "warning"}},
  {.name = "lint a conflicting draft", .argv = {"lint", "@TMP@/conflict.md"}, .status = 1,
   .out_has = {"@TMP@/conflict.md:1:4: error: ", "September 2012", "September 2011"}},
  {.name = "lint an agreeing draft", .argv = {"lint", "@TMP@/agree.md"}, .out_has = {"0 errors, 0 warnings, 0 notes"}},
  {.name = "lint --fail-on never", .argv = {"lint", "--fail-on", "never", "@TMP@/conflict.md"},
   .out_has = {"1 error"}},
  {.name = "lint standard input", .argv = {"lint", "-", "--stdin-filename", "draft.md"}, .input = MOU_2012,
   .status = 1, .out_has = {"draft.md:1:4: error: ", "September 2012"}},
  {.name = "lint standard input, agreeing", .argv = {"lint", "-"}, .input = MOU_2011,
   .out_has = {"0 errors, 0 warnings, 0 notes"}},

  /* Sentences with many people and titles grow the mention array while a title is
   * being read (once a heap-use-after-free in find_people). */
  {.name = "long sentences with an appositive title", .argv = {"claims", "--jobs", "1", "@TMP@/long/appositive.txt"},
   .out_has = {"kurt-campbell"}, .err_lacks = {"AddressSanitizer"}},
  {.name = "long sentences with coordinated titles (odd)",
   .argv = {"claims", "--jobs", "1", "@TMP@/long/coordinated-odd.txt"}, .out_has = {"phan-binh-minh"},
   .err_lacks = {"AddressSanitizer"}},
  {.name = "long sentences with coordinated titles (even)",
   .argv = {"claims", "--jobs", "1", "@TMP@/long/coordinated-even.txt"}, .out_has = {"phan-binh-minh"},
   .err_lacks = {"AddressSanitizer"}},
};

/* G_MESSAGES_DEBUG=contra prints each stage's time, on standard error: a report
 * written to standard output stays valid JSON. */
static void
test_timings (void **state)
{
  const char *argv[] = {"report", "--format", "json", NULL};

  g_setenv ("G_MESSAGES_DEBUG", "contra", TRUE);
  CliRun run = cli_run (argv, NULL);
  g_unsetenv ("G_MESSAGES_DEBUG");

  assert_int_equal (run.status, 0);
  assert_true (g_str_has_prefix (run.out, "{"));
  assert_null (strstr (run.out, "DEBUG"));
  assert_non_null (strstr (run.err, "contra-DEBUG"));
  assert_non_null (strstr (run.err, "reconcile: compare values: "));
  assert_non_null (strstr (run.err, "write the report: "));
  cli_run_clear (&run);
}

static void
test_case (void **state)
{
  const CliCase *c = *state;

  /* Before anything is allocated: skip() does not return. */
  if (c->todo != NULL)
    {
      /* CONTRA_SKIP_TODO=1 runs the rest clean (under a sanitizer, say). */
      if (g_getenv ("CONTRA_SKIP_TODO") != NULL)
        skip ();
      fprintf (stderr, "TODO (known bug, expected to fail until fixed): %s\n", c->todo);
    }

  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; c->argv[i] != NULL; i++)
    g_ptr_array_add (argv, expand (c->argv[i]));
  g_ptr_array_add (argv, NULL);

  CliRun run = cli_run ((const char *const *) argv->pdata, c->input);
  if (run.status != c->status)
    fprintf (stderr, "exit status %d, expected %d\nstdout:\n%s\nstderr:\n%s\n", run.status, c->status, run.out,
             run.err);
  assert_int_equal (run.status, c->status);

  for (guint i = 0; i < G_N_ELEMENTS (c->out_has) && c->out_has[i] != NULL; i++)
    {
      g_autofree char *want = expand (c->out_has[i]);
      if (strstr (run.out, want) == NULL)
        fprintf (stderr, "stdout lacks \"%s\":\n%s\n", want, run.out);
      assert_non_null (strstr (run.out, want));
    }
  for (guint i = 0; i < G_N_ELEMENTS (c->err_has) && c->err_has[i] != NULL; i++)
    {
      g_autofree char *want = expand (c->err_has[i]);
      if (strstr (run.err, want) == NULL)
        fprintf (stderr, "stderr lacks \"%s\":\n%s\n", want, run.err);
      assert_non_null (strstr (run.err, want));
    }
  for (guint i = 0; i < G_N_ELEMENTS (c->err_lacks) && c->err_lacks[i] != NULL; i++)
    {
      if (strstr (run.err, c->err_lacks[i]) != NULL)
        fprintf (stderr, "stderr has \"%s\":\n%s\n", c->err_lacks[i], run.err);
      assert_null (strstr (run.err, c->err_lacks[i]));
    }
  if (c->check != NULL)
    c->check (c, &run, tmp);
  cli_run_clear (&run);
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (cases) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    tests[i] = (struct CMUnitTest){cases[i].name, test_case, NULL, NULL, (void *) &cases[i]};
  tests[G_N_ELEMENTS (cases)] = (struct CMUnitTest){"stage timings go to standard error", test_timings, NULL, NULL, NULL};
  return cmocka_run_group_tests_name ("cli", tests, setup, teardown);
}
