/* test_output_file.c — what --output FILE leaves behind, from the command line.
 *
 * What a user relies on: a report replaced with --output keeps the permissions the
 * user gave it; a new one gets the mode any new file gets; a device that cannot take
 * the report is named in the message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

typedef struct {
  char *dir;
  char *path; /* dir/report.json */
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

/* The names in @dir, sorted, joined with spaces. */
static char *
listing (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (const char *name; handle != NULL && (name = g_dir_read_name (handle)) != NULL;)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_replaced_report_keeps_its_mode, setup, teardown),
    cmocka_unit_test (test_full_device_is_named),
  };
  return cmocka_run_group_tests_name ("output-file", tests, NULL, NULL);
}
