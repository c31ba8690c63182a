/* output.c — buffered, atomic output. */
#include "output/output.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "base/error.h"

/* The block a writer's buffer is written out in. */
#define BLOCK (256 * 1024)

/* ---- a signal while a file is written -------------------------------------------- *
 *
 * A run ended by Ctrl-C, kill or a hangup (or by passing the file size limit) while it
 * writes --output FILE must not leave the hidden temporary file behind. Each temporary
 * file is listed in a table of fixed slots, which the signal handler reads without a
 * lock or an allocation (all a handler may do); the handler removes the files listed,
 * puts back the signal's default action and raises the signal again, so that the run
 * ends as it would have, with the status that names the signal. The handler takes a
 * signal only while its action is the default: a SIGHUP ignored under nohup stays
 * ignored, and a program that handles a signal itself keeps its handler. A file that
 * finds no free slot, or whose path is too long for one, is only removed when its
 * output is freed. */

static const int cleanup_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGXFSZ};

enum { SLOT_FREE, SLOT_TAKEN, SLOT_LISTED };

#define N_SLOTS 8

static struct {
  gint state; /* SLOT_*; the handler reads only a LISTED slot's path */
  char path[4096];
} slots[N_SLOTS];

static void
remove_temporaries (int sig)
{
  for (guint i = 0; i < N_SLOTS; i++)
    if (g_atomic_int_get (&slots[i].state) == SLOT_LISTED)
      unlink (slots[i].path);
  /* Blocked until this handler returns; then the default action ends the run. */
  signal (sig, SIG_DFL);
  raise (sig);
}

static void
install_handler (void)
{
  static gsize installed = 0;

  if (!g_once_init_enter (&installed))
    return;
  struct sigaction action = {0};
  action.sa_handler = remove_temporaries;
  sigemptyset (&action.sa_mask);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaddset (&action.sa_mask, cleanup_signals[i]);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    {
      struct sigaction old;
      if (sigaction (cleanup_signals[i], NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL)
        sigaction (cleanup_signals[i], &action, NULL);
    }
  g_once_init_leave (&installed, 1);
}

/* Holds back the signals the handler takes while a file and its slot come and go:
 * a signal between creating a file and listing it would leave the file behind. */
static void
hold_signals (sigset_t *held)
{
  sigset_t set;

  sigemptyset (&set);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaddset (&set, cleanup_signals[i]);
  pthread_sigmask (SIG_BLOCK, &set, held);
}

static void
release_signals (const sigset_t *held)
{
  pthread_sigmask (SIG_SETMASK, held, NULL);
}

/* Lists @path for the handler; returns its slot, or -1. */
static int
list_temporary (const char *path)
{
  install_handler ();
  if (strlen (path) >= sizeof slots[0].path)
    return -1;
  for (guint i = 0; i < N_SLOTS; i++)
    if (g_atomic_int_compare_and_exchange (&slots[i].state, SLOT_FREE, SLOT_TAKEN))
      {
        g_strlcpy (slots[i].path, path, sizeof slots[i].path);
        g_atomic_int_set (&slots[i].state, SLOT_LISTED);
        return (int) i;
      }
  return -1;
}

static void
unlist_temporary (ContraOutput *output)
{
  if (output->slot >= 0)
    g_atomic_int_set (&slots[output->slot].state, SLOT_FREE);
  output->slot = -1;
}

static ContraOutput *
output_new (int fd)
{
  ContraOutput *output = g_new0 (ContraOutput, 1);

  output->buffer = g_string_sized_new (fd >= 0 ? BLOCK + BLOCK / 4 : 4096);
  output->fd = fd;
  output->slot = -1;
  return output;
}

ContraOutput *
contra_output_new_stdout (void)
{
  return output_new (STDOUT_FILENO);
}

ContraOutput *
contra_output_new_memory (void)
{
  return output_new (-1);
}

/* A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it is:
 * renaming a file over it would replace it. */
static ContraOutput *
open_special (const char *path, GError **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: cannot write: %s", path,
                   g_strerror (saved));
      return NULL;
    }
  ContraOutput *output = output_new (fd);
  output->path = g_strdup (path);
  return output;
}

ContraOutput *
contra_output_new_file (const char *path, GError **error)
{
  GStatBuf st;
  gboolean exists = g_stat (path, &st) == 0;

  if (exists && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    return open_special (path, error);
  gboolean replaces = exists && S_ISREG (st.st_mode);

  /* A symbolic link stays one: the file it points to is replaced. */
  g_autofree char *target = g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? realpath (path, NULL) : NULL;
  if (target != NULL)
    path = target;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: cannot write: no folder %s", path,
                   folder);
      return NULL;
    }
  /* Hidden, in the same folder: the rename stays on one file system. A new file
   * gets the mode a shell's "> FILE" gives (0666 less the umask); a file replaced
   * keeps its own, and its owner and group where we may set them, so that a report
   * kept private stays private. It is created with no more than that mode, so that
   * not even the empty file is more open than the report it replaces. */
  char *temporary = g_strdup_printf ("%s%s.%s.XXXXXX", folder, G_DIR_SEPARATOR_S, base);
  sigset_t held;
  hold_signals (&held);
  int fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, replaces ? (int) (st.st_mode & 0777) : 0666);
  int slot = fd >= 0 ? list_temporary (temporary) : -1;
  release_signals (&held);
  if (fd >= 0 && replaces)
    {
      if (st.st_uid != geteuid () || st.st_gid != getegid ())
        (void) !fchown (fd, st.st_uid, st.st_gid);
      (void) !fchmod (fd, st.st_mode & 0777);
    }
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: cannot write: %s", path,
                   g_strerror (saved));
      g_free (temporary);
      return NULL;
    }
  ContraOutput *output = output_new (fd);
  output->path = g_strdup (path);
  output->temporary = temporary;
  output->slot = slot;
  return output;
}

static void
write_all (ContraOutput *output)
{
  const char *p = output->buffer->str;
  gsize left = output->buffer->len;

  while (left > 0 && output->error == 0)
    {
      gssize n = write (output->fd, p, left);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          output->error = errno;
          break;
        }
      p += n;
      left -= (gsize) n;
    }
  g_string_truncate (output->buffer, 0);
}

void
contra_output_spill (ContraOutput *output)
{
  if (output->fd >= 0 && output->buffer->len >= BLOCK)
    write_all (output);
}

gboolean
contra_output_finish (ContraOutput *output, GError **error)
{
  const char *name = output->path != NULL ? output->path : "standard output";

  if (output->fd < 0)
    return TRUE;
  write_all (output);
  if (output->path != NULL && output->temporary == NULL)
    {
      /* A device or a pipe, written in place. */
      if (close (output->fd) != 0 && output->error == 0)
        output->error = errno;
      output->fd = -1;
    }
  if (output->temporary != NULL && output->error == 0)
    {
      if (fsync (output->fd) != 0 && errno != EINVAL)
        output->error = errno;
      if (close (output->fd) != 0 && output->error == 0)
        output->error = errno;
      output->fd = -1;
      if (output->error == 0)
        {
          sigset_t held;
          hold_signals (&held);
          if (g_rename (output->temporary, output->path) != 0)
            output->error = errno;
          else
            {
              unlist_temporary (output);
              g_clear_pointer (&output->temporary, g_free);
            }
          release_signals (&held);
        }
    }
  if (output->error != 0)
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: cannot write: %s", name,
                   g_strerror (output->error));
      return FALSE;
    }
  return TRUE;
}

void
contra_output_free (ContraOutput *output)
{
  if (output == NULL)
    return;
  if (output->path != NULL && output->fd >= 0)
    close (output->fd);
  if (output->temporary != NULL)
    {
      sigset_t held;
      hold_signals (&held);
      g_unlink (output->temporary);
      unlist_temporary (output);
      release_signals (&held);
    }
  g_string_free (output->buffer, TRUE);
  g_free (output->path);
  g_free (output->temporary);
  g_free (output);
}
