/* test_output.c — ContraOutput: a file appears whole or not at all, in blocks.
 *
 * What a user relies on: a report written with --output is there complete once
 * contra succeeds, and nothing is there (not even a temporary file) when it fails
 * halfway; a report larger than memory comfortably holds is the same bytes streamed
 * as built at once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "output/output.h"

typedef struct {
  char *dir;
  char *path;
} Folder;

static int
setup (void **state)
{
  Folder *f = g_new0 (Folder, 1);
  f->dir = g_dir_make_tmp ("contra-output-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "report.json", NULL);
  *state = f;
  return f->dir != NULL ? 0 : -1;
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;
  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static int
teardown (void **state)
{
  Folder *f = *state;
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_free (f);
  return 0;
}

static void
test_finished_file_is_whole (void **state)
{
  Folder *f = *state;
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraOutput) out = contra_output_new_file (f->path, &error);
  g_autofree char *contents = NULL;
  g_autoptr (GString) expected = g_string_new (NULL);

  assert_non_null (out);
  /* A few megabytes, spilled as a writer spills them: in pieces. */
  for (guint i = 0; i < 100000; i++)
    {
      g_string_append_printf (out->buffer, "{\"claim\": %u, \"quote\": \"the MOU was signed in 2011\"}\n", i);
      g_string_append_printf (expected, "{\"claim\": %u, \"quote\": \"the MOU was signed in 2011\"}\n", i);
      contra_output_spill (out);
      /* Until it is finished, the report is not at its path. */
      if (i == 50000)
        assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
    }
  assert_true (contra_output_finish (out, &error));
  assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  assert_string_equal (contents, expected->str);
  assert_int_equal (count_entries (f->dir), 1); /* no temporary file left */
}

static void
test_unfinished_file_leaves_nothing (void **state)
{
  Folder *f = *state;
  ContraOutput *out = contra_output_new_file (f->path, NULL);

  assert_non_null (out);
  for (guint i = 0; i < 20000; i++)
    {
      g_string_append (out->buffer, "half a report that must not be left behind\n");
      contra_output_spill (out);
    }
  contra_output_free (out); /* the run failed before finishing */
  assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  assert_int_equal (count_entries (f->dir), 0);
}

static void
test_unfinished_file_keeps_the_old_one (void **state)
{
  Folder *f = *state;
  g_autofree char *contents = NULL;

  assert_true (g_file_set_contents (f->path, "yesterday's report\n", -1, NULL));
  ContraOutput *out = contra_output_new_file (f->path, NULL);
  g_string_append (out->buffer, "today's, cut short");
  contra_output_free (out);
  assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  assert_string_equal (contents, "yesterday's report\n");
  assert_int_equal (count_entries (f->dir), 1);
}

static void
test_missing_folder_is_named (void **state)
{
  Folder *f = *state;
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "report.json", NULL);
  g_autoptr (GError) error = NULL;
  ContraOutput *out = contra_output_new_file (path, &error);

  assert_null (out);
  assert_non_null (error);
  assert_non_null (strstr (error->message, path));
  assert_non_null (strstr (error->message, "no folder"));
}

/* "contra report -o /dev/null" as root must not replace /dev/null with a file: a
 * device or a pipe is written to in place. A FIFO stands in for the device here. */
static void
test_pipe_is_written_in_place (void **state)
{
  Folder *f = *state;
  GStatBuf st;
  char got[64] = {0};

  assert_int_equal (mkfifo (f->path, 0600), 0);
  int reader = g_open (f->path, O_RDONLY | O_NONBLOCK, 0);
  assert_true (reader >= 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraOutput) out = contra_output_new_file (f->path, &error);
  assert_non_null (out);
  g_string_append (out->buffer, "one finding\n");
  assert_true (contra_output_finish (out, &error));
  assert_int_equal (read (reader, got, sizeof got - 1), 12);
  assert_string_equal (got, "one finding\n");
  close (reader);
  assert_int_equal (g_stat (f->path, &st), 0);
  assert_true (S_ISFIFO (st.st_mode));
  assert_int_equal (count_entries (f->dir), 1);
}

/* A report kept behind a symbolic link stays behind it. */
static void
test_symlink_stays (void **state)
{
  Folder *f = *state;
  g_autofree char *target = g_build_filename (f->dir, "real.json", NULL);
  g_autofree char *contents = NULL;

  assert_true (g_file_set_contents (target, "old\n", -1, NULL));
  assert_int_equal (symlink ("real.json", f->path), 0);
  g_autoptr (ContraOutput) out = contra_output_new_file (f->path, NULL);
  assert_non_null (out);
  g_string_append (out->buffer, "new\n");
  assert_true (contra_output_finish (out, NULL));
  assert_true (g_file_test (f->path, G_FILE_TEST_IS_SYMLINK));
  assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  assert_string_equal (contents, "new\n");
  assert_int_equal (count_entries (f->dir), 2);
  g_unlink (target);
}

/* Replacing a report keeps its permissions: a report kept private (0600) or shared
 * with a group (0660) stays so. */
static void
test_replacing_keeps_the_mode (void **state)
{
  Folder *f = *state;
  const mode_t modes[] = {0600, 0640, 0664, 0400};

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      GStatBuf st;
      g_autoptr (GError) error = NULL;

      g_unlink (f->path);
      assert_true (g_file_set_contents (f->path, "yesterday's report\n", -1, NULL));
      assert_int_equal (g_chmod (f->path, modes[i]), 0);
      g_autoptr (ContraOutput) out = contra_output_new_file (f->path, &error);
      assert_non_null (out);
      g_string_append (out->buffer, "today's report\n");
      assert_true (contra_output_finish (out, &error));
      assert_int_equal (g_stat (f->path, &st), 0);
      assert_int_equal (st.st_mode & 07777, modes[i]);
    }
}

/* A new report gets the mode any new file gets: 0666 less the umask, as a shell's
 * "> report.json" gives it. */
static void
test_new_file_follows_the_umask (void **state)
{
  Folder *f = *state;
  const mode_t masks[] = {022, 002, 077};

  for (guint i = 0; i < G_N_ELEMENTS (masks); i++)
    {
      GStatBuf st;
      mode_t old = umask (masks[i]);

      g_unlink (f->path);
      g_autoptr (ContraOutput) out = contra_output_new_file (f->path, NULL);
      umask (old);
      assert_non_null (out);
      g_string_append (out->buffer, "a report\n");
      assert_true (contra_output_finish (out, NULL));
      assert_int_equal (g_stat (f->path, &st), 0);
      assert_int_equal (st.st_mode & 07777, 0666 & ~masks[i]);
    }
}

/* A device that fails a write is named in the message, not "standard output". */
static void
test_device_is_named (void **state)
{
  (void) state;
  g_autoptr (GError) error = NULL;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    skip ();
  g_autoptr (ContraOutput) out = contra_output_new_file ("/dev/full", &error);
  assert_non_null (out);
  g_string_append (out->buffer, "a report\n");
  assert_false (contra_output_finish (out, &error));
  g_autofree char *expected = g_strdup_printf ("/dev/full: cannot write: %s", g_strerror (ENOSPC));
  assert_string_equal (error->message, expected);
}

static void
test_memory_output_keeps_everything (void **state)
{
  (void) state;
  g_autoptr (ContraOutput) out = contra_output_new_memory ();

  for (guint i = 0; i < 100000; i++)
    {
      g_string_append (out->buffer, "0123456789");
      contra_output_spill (out);
    }
  assert_true (contra_output_finish (out, NULL));
  assert_int_equal (out->buffer->len, 1000000);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_finished_file_is_whole, setup, teardown),
    cmocka_unit_test_setup_teardown (test_unfinished_file_leaves_nothing, setup, teardown),
    cmocka_unit_test_setup_teardown (test_unfinished_file_keeps_the_old_one, setup, teardown),
    cmocka_unit_test_setup_teardown (test_missing_folder_is_named, setup, teardown),
    cmocka_unit_test_setup_teardown (test_pipe_is_written_in_place, setup, teardown),
    cmocka_unit_test_setup_teardown (test_symlink_stays, setup, teardown),
    cmocka_unit_test_setup_teardown (test_replacing_keeps_the_mode, setup, teardown),
    cmocka_unit_test_setup_teardown (test_new_file_follows_the_umask, setup, teardown),
    cmocka_unit_test (test_device_is_named),
    cmocka_unit_test_setup_teardown (test_memory_output_keeps_everything, setup, teardown),
  };
  return cmocka_run_group_tests_name ("output", tests, NULL, NULL);
}
