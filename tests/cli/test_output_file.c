/* test_output_file.c — what --output FILE leaves behind, from the command line.
 *
 * What a user relies on: a report replaced with --output keeps the permissions the
 * user gave it; a new one gets the mode any new file gets; a device that cannot take
 * the report is named in the message; and a run stopped by a signal while it writes
 * (Ctrl-C, kill, a hangup, the file size limit) leaves neither half a report nor its
 * hidden temporary file, and the report it was to replace is as it was.
 *
 * The signals are real ones sent to real runs: the run writes the claims of a corpus
 * whose one sentence of 3 MB holds 200 claims, each of which quotes it whole (some
 * 600 MB of JSON, seconds of writing); the test watches the folder and sends the
 * signal as soon as the temporary file appears, a few megabytes in. A limit on the
 * file size in the child bounds what a run that is not stopped could write.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

typedef struct {
  char *dir;
  char *path;       /* dir/report.json */
  const void *data; /* the row of a table-driven test */
} Folder;

static int
setup (void **state)
{
  Folder *f = g_new0 (Folder, 1);

  f->dir = g_dir_make_tmp ("contra-output-file-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "report.json", NULL);
  *state = f;
  return 0;
}

static int
teardown (void **state)
{
  Folder *f = *state;
  g_autoptr (GDir) dir = g_dir_open (f->dir, 0, NULL);

  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_free (f);
  return 0;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir, sorted, joined with spaces. */
static char *
listing (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (const char *name; handle != NULL && (name = g_dir_read_name (handle)) != NULL;)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* A report kept private stays private when a run replaces it. */
static void
test_replaced_report_keeps_its_mode (void **state)
{
  Folder *f = *state;
  GStatBuf st;
  g_autofree char *written = NULL;

  g_assert_true (g_file_set_contents (f->path, "yesterday's report\n", -1, NULL));
  assert_int_equal (g_chmod (f->path, 0600), 0);
  const char *argv[] = {"report", "--format", "json", "--output", f->path, NULL};
  CliRun run = cli_run (argv, NULL);

  assert_int_equal (run.status, 0);
  assert_int_equal (g_stat (f->path, &st), 0);
  assert_int_equal (st.st_mode & 07777, 0600);
  assert_true (g_file_get_contents (f->path, &written, NULL, NULL));
  assert_true (g_str_has_prefix (written, "{\n  \"version\": 1,"));
  g_autofree char *names = listing (f->dir);
  assert_string_equal (names, "report.json");
  cli_run_clear (&run);
}

/* A device that fails the write is named, as any file is. */
static void
test_full_device_is_named (void **state)
{
  (void) state;
  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    skip ();
  const char *argv[] = {"report", "--format", "json", "--output", "/dev/full", NULL};
  CliRun run = cli_run (argv, NULL);
  g_autofree char *expected = g_strdup_printf ("contra: error: /dev/full: cannot write: %s\n", g_strerror (ENOSPC));

  assert_int_equal (run.status, 2);
  assert_string_equal (run.out, "");
  assert_string_equal (run.err, expected);
  cli_run_clear (&run);
}

/* ---- signals ---------------------------------------------------------------------- */

static char *slow_corpus; /* for the whole group */

static int
setup_group (void **state)
{
  (void) state;
  slow_corpus = g_dir_make_tmp ("contra-slow-XXXXXX", NULL);
  g_assert_nonnull (slow_corpus);
  GString *text = g_string_new (NULL);
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (text, "%sWashington and Hanoi normalized diplomatic relations in %u", i > 0 ? " and " : "",
                            1800 + i);
  g_string_append_c (text, ' ');
  for (guint i = 0; i < (3u << 20); i++)
    g_string_append_c (text, 'x');
  g_string_append (text, ".\n");
  g_autofree char *path = g_build_filename (slow_corpus, "a.txt", NULL);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  g_string_free (text, TRUE);
  return 0;
}

static int
teardown_group (void **state)
{
  (void) state;
  g_autofree char *path = g_build_filename (slow_corpus, "a.txt", NULL);
  g_unlink (path);
  g_rmdir (slow_corpus);
  g_clear_pointer (&slow_corpus, g_free);
  return 0;
}

typedef struct {
  int signal;
  rlim_t file_limit; /* the child's limit on a file's size */
  gboolean send;     /* the test sends the signal (else the limit raises it) */
} SignalCase;

/* In the child: the signals as a terminal leaves them (a test harness may run the
 * tests with SIGINT ignored or blocked), no core file, and the size limit. */
static void
child_setup (gpointer data)
{
  const SignalCase *c = data;
  struct rlimit fsize = {c->file_limit, c->file_limit}, core = {0, 0};
  sigset_t none;

  signal (c->signal, SIG_DFL);
  sigemptyset (&none);
  sigprocmask (SIG_SETMASK, &none, NULL);
  setrlimit (RLIMIT_FSIZE, &fsize);
  setrlimit (RLIMIT_CORE, &core);
}

static gboolean
has_temporary (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);

  for (const char *name; handle != NULL && (name = g_dir_read_name (handle)) != NULL;)
    if (g_str_has_prefix (name, ".report.json."))
      return TRUE;
  return FALSE;
}

static void
test_signal_leaves_nothing (void **state)
{
  Folder *f = *state;
  const SignalCase *c = f->data;
  g_autofree char *written = NULL;
  g_autoptr (GError) error = NULL;
  const char *bin = g_getenv ("CONTRA_BIN");
  const char *argv[] = {bin, "claims", "--corpus", slow_corpus, "--format", "json", "--output", f->path, NULL};
  GPid pid;
  int status = 0;

  g_assert_true (g_file_set_contents (f->path, "yesterday's report\n", -1, NULL));
  assert_non_null (bin);
  if (!g_spawn_async (cli_source_root (), (char **) argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, child_setup,
                      (gpointer) c, &pid, &error))
    fail_msg ("cannot run %s: %s", bin, error->message);

  gboolean sent = FALSE;
  for (;;)
    {
      pid_t done = waitpid (pid, &status, WNOHANG);
      if (done == pid)
        break;
      if (c->send && !sent && has_temporary (f->dir))
        {
          kill (pid, c->signal);
          sent = TRUE;
        }
      g_usleep (500);
    }
  g_spawn_close_pid (pid);

  if (c->send && !sent)
    fail_msg ("the run ended (status %d) before its temporary file was seen", status);
  if (!WIFSIGNALED (status))
    fail_msg ("the run was not ended by a signal: status %d", status);
  assert_int_equal (WTERMSIG (status), c->signal);
  g_autofree char *names = listing (f->dir);
  assert_string_equal (names, "report.json");
  assert_true (g_file_get_contents (f->path, &written, NULL, NULL));
  assert_string_equal (written, "yesterday's report\n");
}

static const SignalCase signal_cases[] = {
  {SIGINT, 256u << 20, TRUE},
  {SIGTERM, 256u << 20, TRUE},
  {SIGHUP, 256u << 20, TRUE},
  /* Past the size limit the kernel sends SIGXFSZ, in the middle of a write. */
  {SIGXFSZ, 1u << 20, FALSE},
};

static int
setup_signal (void **state)
{
  const SignalCase *c = *state;
  setup (state);
  ((Folder *) *state)->data = c;
  return 0;
}

int
main (void)
{
  struct CMUnitTest tests[2 + G_N_ELEMENTS (signal_cases)] = {
    cmocka_unit_test_setup_teardown (test_replaced_report_keeps_its_mode, setup, teardown),
    cmocka_unit_test (test_full_device_is_named),
  };
  static char names[G_N_ELEMENTS (signal_cases)][64];
  for (guint i = 0; i < G_N_ELEMENTS (signal_cases); i++)
    {
      g_snprintf (names[i], sizeof names[i], "a run ended by %s leaves nothing", g_strsignal (signal_cases[i].signal));
      tests[2 + i]
        = (struct CMUnitTest){names[i], test_signal_leaves_nothing, setup_signal, teardown, (void *) &signal_cases[i]};
    }
  return cmocka_run_group_tests_name ("output-file", tests, setup_group, teardown_group);
}
