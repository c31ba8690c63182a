/* output.c — buffered, atomic output. */
#include "output/output.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "base/error.h"

/* The block a writer's buffer is written out in. */
#define BLOCK (256 * 1024)

static ContraOutput *
output_new (int fd)
{
  ContraOutput *output = g_new0 (ContraOutput, 1);

  output->buffer = g_string_sized_new (fd >= 0 ? BLOCK + BLOCK / 4 : 4096);
  output->fd = fd;
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
  int fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, replaces ? (int) (st.st_mode & 0777) : 0666);
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
      if (output->error == 0 && g_rename (output->temporary, output->path) != 0)
        output->error = errno;
      if (output->error == 0)
        g_clear_pointer (&output->temporary, g_free);
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
    g_unlink (output->temporary);
  g_string_free (output->buffer, TRUE);
  g_free (output->path);
  g_free (output->temporary);
  g_free (output);
}
