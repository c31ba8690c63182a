#include "cli-test.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

const char *
cli_source_root (void)
{
  const char *root = g_getenv ("CONTRA_SOURCE_ROOT");
  return root != NULL ? root : CONTRA_SOURCE_ROOT;
}

CliRun
cli_run (const char *const *argv, const char *input)
{
  return cli_run_in (cli_source_root (), argv, input);
}

CliRun
cli_run_in (const char *cwd, const char *const *argv, const char *input)
{
  CliRun run = {NULL, NULL, -1};
  const char *bin = g_getenv ("CONTRA_BIN");
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();
  int in_fd = -1, out_fd = -1, err_fd = -1;
  GPid pid;

  g_assert_nonnull (bin);
  g_ptr_array_add (args, (gpointer) bin);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);
  env = g_environ_setenv (env, "NO_COLOR", "1", TRUE);

  if (!g_spawn_async_with_pipes (cwd, (char **) args->pdata, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                 NULL, &pid, &in_fd, &out_fd, &err_fd, &error))
    g_error ("cannot run %s: %s", bin, error->message);

  /* Feed standard input, then read both outputs to the end. */
  if (input != NULL)
    {
      gsize length = strlen (input), done = 0;
      while (done < length)
        {
          gssize n = write (in_fd, input + done, length - done);
          if (n <= 0)
            break;
          done += (gsize) n;
        }
    }
  close (in_fd);

  GString *out = g_string_new (NULL), *err = g_string_new (NULL);
  char buffer[65536];
  gboolean out_open = TRUE, err_open = TRUE;
  while (out_open || err_open)
    {
      GPollFD fds[2] = {{out_fd, G_IO_IN | G_IO_HUP, 0}, {err_fd, G_IO_IN | G_IO_HUP, 0}};
      g_poll (fds, 2, -1);
      if (out_open && fds[0].revents)
        {
          gssize n = read (out_fd, buffer, sizeof buffer);
          if (n > 0)
            g_string_append_len (out, buffer, n);
          else
            out_open = FALSE;
        }
      if (err_open && fds[1].revents)
        {
          gssize n = read (err_fd, buffer, sizeof buffer);
          if (n > 0)
            g_string_append_len (err, buffer, n);
          else
            err_open = FALSE;
        }
    }
  close (out_fd);
  close (err_fd);

  int wait_status;
  waitpid (pid, &wait_status, 0);
  g_spawn_close_pid (pid);
  run.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
  run.out = g_string_free (out, FALSE);
  run.err = g_string_free (err, FALSE);
  return run;
}

void
cli_run_clear (CliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

gboolean
cli_golden (const char *name, const char *actual)
{
  g_autofree char *relative = g_build_filename ("tests", "golden", name, NULL);

  return cli_expect_file (relative, actual);
}

gboolean
cli_expect_file (const char *relative, const char *actual)
{
  g_autofree char *path = g_build_filename (cli_source_root (), relative, NULL);
  g_autofree char *expected = NULL;

  if (g_getenv ("CONTRA_UPDATE_GOLDEN") != NULL)
    {
      g_autoptr (GError) error = NULL;
      if (!g_file_set_contents (path, actual, -1, &error))
        g_error ("%s", error->message);
      return TRUE;
    }
  if (!g_file_get_contents (path, &expected, NULL, NULL))
    {
      fprintf (stderr, "golden file %s is missing (run with CONTRA_UPDATE_GOLDEN=1 to write it)\n", path);
      return FALSE;
    }
  if (g_str_equal (expected, actual))
    return TRUE;

  /* The first line that differs, to read without a diff tool. */
  g_auto (GStrv) want = g_strsplit (expected, "\n", -1);
  g_auto (GStrv) got = g_strsplit (actual, "\n", -1);
  for (guint i = 0;; i++)
    if (want[i] == NULL || got[i] == NULL || !g_str_equal (want[i], got[i]))
      {
        fprintf (stderr, "%s differs at line %u:\n  expected: %s\n  actual:   %s\n"
                         "(CONTRA_UPDATE_GOLDEN=1 rewrites it; review the diff)\n",
                 path, i + 1, want[i] ? want[i] : "(end of file)", got[i] ? got[i] : "(end of output)");
        break;
      }
  return FALSE;
}
