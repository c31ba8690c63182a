/* output.h — where a writer's text goes: standard output, or a file replaced whole.
 *
 * Writers append to @buffer and call contra_output_spill() where they finish a piece
 * (a finding, a claim): once the buffer holds a block, it is written out, so a report
 * on millions of claims never sits in memory whole. A file is written under a
 * temporary name in its own folder and renamed into place by contra_output_finish();
 * an output that is freed unfinished, or whose writing failed, removes its temporary
 * file, and so does a signal that ends the run (SIGINT, SIGTERM, SIGHUP, SIGQUIT,
 * SIGXFSZ, whose default action is then taken), so a failed run never leaves half a
 * report behind.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ContraOutput ContraOutput;

struct _ContraOutput {
  GString *buffer;   /* what the writer appends to */
  /*< private >*/
  int fd;            /* -1 for an output kept in memory */
  char *path;        /* the file, device or pipe; NULL for standard output or memory */
  char *temporary;   /* where a file is written until it is finished; NULL for a
                        device or a pipe, written to in place */
  int error;         /* errno of the first failed write, or 0 */
  int slot;          /* where the signal handler finds @temporary, or -1 */
};

/* Standard output. */
ContraOutput *contra_output_new_stdout (void);

/* @path, replaced when the output is finished (through a symbolic link, the file it
 * points to), with the mode, owner and group of the file it replaces, or for a new
 * file 0666 less the umask. A device or a pipe (/dev/null, a FIFO) is written to in
 * place. Fails when the folder does not exist or cannot be written to; the message
 * names @path. */
ContraOutput *contra_output_new_file (const char *path, GError **error);

/* Everything stays in @buffer (tests, texts built for a caller). */
ContraOutput *contra_output_new_memory (void);

/* Writes the buffer out once it holds a block. */
void contra_output_spill (ContraOutput *output);

/* Writes what is left and, for a file, flushes it to disk and renames it into place.
 * Returns FALSE with @error set ("PATH: cannot write: ...") when any write failed. */
gboolean contra_output_finish (ContraOutput *output, GError **error);

/* Frees @output; an unfinished file is removed. */
void contra_output_free (ContraOutput *output);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraOutput, contra_output_free)

G_END_DECLS
