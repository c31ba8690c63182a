/* test_html.c — contra's HTML page, read by a parser and by a real browser.
 *
 * The pages: the report on the shipped corpus, lint on a draft with planted errors,
 * and both on tests/hostile/html, whose documents, front matter and manifest hold
 * script and markup payloads (its README says which). check-html.py reads them:
 *
 *   test_html            with Python's html.parser: well-formed, one script and one
 *                        style, the Content-Security-Policy naming exactly their
 *                        hashes, no element or attribute contra does not write (so none
 *                        from the input), no link out of the page nor to nothing; and
 *                        the shipped corpus's page under 1 MB, the same through
 *                        --output as on standard output;
 *   test_html browser    in headless Chromium (Debian's chromium, or $CONTRA_CHROMIUM):
 *                        every finding of the JSON report is on the page with its claims,
 *                        the timelines are drawn, the filters (from the keyboard too)
 *                        show what they say and keep it in the URL, no console error;
 *                        and on the hostile pages, with and without their policy, no
 *                        payload runs and none is markup.
 *
 * Without Chromium the browser half exits 77, which meson counts as skipped, saying
 * what to install; under CI (CI=true), where .ci/run installs it, it fails instead. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <glib/gstdio.h>

#include "cli-test.h"

#define SKIPPED 77
#define INSTALL_HINT "install it as .ci/run does: apt-get install chromium"

typedef struct {
  const char *name; /* the page's file in the temporary folder */
  const char *json; /* the JSON report beside it, or NULL */
  gboolean hostile;
  const char *argv[10];
  int status;
} PageCase;

#define HOSTILE_CORPUS "--corpus", "tests/hostile/html/corpus"

static const PageCase pages[] = {
  {"report.html", "report.json", FALSE, {"report", NULL}, 0},
  {"lint.html", "lint.json", FALSE, {"lint", "tests/drafts/planted.md", NULL}, 1},
  {"hostile-report.html", NULL, TRUE, {"report", HOSTILE_CORPUS, NULL}, 0},
  {"hostile-lint.html", NULL, TRUE, {"lint", HOSTILE_CORPUS, "tests/hostile/html/draft.md", NULL}, 1},
};

static char *tmp;

/* Runs contra with @argv and --format @format, and keeps what it printed in @name. */
static void
write_page (const PageCase *page, const char *format, const char *name)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  for (guint i = 0; page->argv[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) page->argv[i]);
  g_ptr_array_add (argv, "--format");
  g_ptr_array_add (argv, (gpointer) format);
  g_ptr_array_add (argv, NULL);

  CliRun run = cli_run ((const char *const *) argv->pdata, NULL);
  if (run.status != page->status)
    g_error ("contra %s: exit status %d, expected %d\n%s", page->argv[0], run.status, page->status, run.err);
  g_autofree char *path = g_build_filename (tmp, name, NULL);
  g_assert_true (g_file_set_contents (path, run.out, -1, NULL));
  cli_run_clear (&run);
}

static int
setup (void **state)
{
  (void) state;
  tmp = g_dir_make_tmp ("contra-html-XXXXXX", NULL);
  g_assert_nonnull (tmp);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      write_page (&pages[i], "html", pages[i].name);
      if (pages[i].json != NULL)
        write_page (&pages[i], "json", pages[i].json);
    }
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmp);
  g_assert_cmpint (system (command), ==, 0);
  g_clear_pointer (&tmp, g_free);
  return 0;
}

static gboolean
under_ci (void)
{
  const char *ci = g_getenv ("CI");
  return ci != NULL && (g_str_equal (ci, "true") || g_str_equal (ci, "1"));
}

/* Runs check-html.py with @args; fails the test with its output when it finds a
 * problem. */
static void
check (const char *const *args)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *script = g_build_filename (cli_source_root (), "tests", "cli", "check-html.py", NULL);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = -1;

  if (python == NULL)
    fail_msg ("no python3 to run check-html.py");
  g_ptr_array_add (argv, python);
  g_ptr_array_add (argv, script);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (tmp, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    fail_msg ("cannot run check-html.py: %s", error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    fail_msg ("check-html.py %s %s:\n%s%s", args[0], args[args[0][0] == 's' ? 1 : 2], out, err);
}

static void
test_static (void **state)
{
  (void) state;
  const char *args[G_N_ELEMENTS (pages) + 2] = {"static"};
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    args[i + 1] = pages[i].name;
  check (args);
}

/* The page for the shipped corpus stays small enough to mail. */
static void
test_size (void **state)
{
  (void) state;
  g_autofree char *path = g_build_filename (tmp, "report.html", NULL);
  GStatBuf st;

  assert_int_equal (g_stat (path, &st), 0);
  assert_true (st.st_size > 0 && st.st_size < 1000 * 1000);
}

/* --output writes the same page, atomically, as every format. */
static void
test_output_file (void **state)
{
  (void) state;
  g_autofree char *path = g_build_filename (tmp, "out.html", NULL);
  g_autofree char *stdout_path = g_build_filename (tmp, "report.html", NULL);
  const char *argv[] = {"report", "--format", "html", "--output", path, NULL};
  g_autofree char *written = NULL, *printed = NULL;

  CliRun run = cli_run (argv, NULL);
  assert_int_equal (run.status, 0);
  assert_string_equal (run.out, "");
  cli_run_clear (&run);
  assert_true (g_file_get_contents (path, &written, NULL, NULL));
  assert_true (g_file_get_contents (stdout_path, &printed, NULL, NULL));
  assert_string_equal (written, printed);
}

static char *chromium;

static void
test_browser (void **state)
{
  const PageCase *page = *state;

  if (page->hostile)
    {
      const char *args[] = {"hostile", chromium, page->name, NULL};
      check (args);
    }
  else
    {
      const char *args[] = {"report", chromium, page->name, page->json, NULL};
      check (args);
    }
}

static char *
find_chromium (void)
{
  const char *given = g_getenv ("CONTRA_CHROMIUM");
  if (given != NULL)
    return g_strdup (given);
  char *found = g_find_program_in_path ("chromium");
  return found != NULL ? found : g_find_program_in_path ("chromium-browser");
}

int
main (int argc, char **argv)
{
  if (argc > 1 && g_str_equal (argv[1], "browser"))
    {
      chromium = find_chromium ();
      if (chromium == NULL)
        {
          fprintf (stderr, "%s: no chromium (%s)\n", under_ci () ? "failed" : "skipped", INSTALL_HINT);
          return under_ci () ? 1 : SKIPPED;
        }
      struct CMUnitTest tests[G_N_ELEMENTS (pages)];
      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        tests[i] = (struct CMUnitTest){pages[i].name, test_browser, NULL, NULL, (void *) &pages[i]};
      int failed = cmocka_run_group_tests_name ("html-browser", tests, setup, teardown);
      g_free (chromium);
      return failed;
    }
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_static),
    cmocka_unit_test (test_size),
    cmocka_unit_test (test_output_file),
  };
  return cmocka_run_group_tests_name ("html", tests, setup, teardown);
}
