/* support.c — set-up and helpers shared by the fuzz targets (see fuzz.h). */
#include "fuzz.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <string.h>
#include <unistd.h>

#include "base/diagnostic.h"
#include "text/utf8.h"

#include "contra-config.h"

void
fuzz_fail (const char *file, int line, const char *message)
{
  fprintf (stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, message);
  abort ();
}

/* Prints a warning, critical or error to file descriptor 2 (not through stdio: the
 * config target points stderr elsewhere) and aborts. glib's own fatal messages end
 * in a breakpoint trap, which libFuzzer does not catch: the input would be lost. */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  if (!(level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)))
    return g_log_writer_default (level, fields, n_fields, data);
  g_autofree char *line = g_log_writer_format_fields (level, fields, n_fields, FALSE);
  dprintf (STDERR_FILENO, "%s\n", line);
  abort ();
}

void
fuzz_setup (void)
{
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);
}

const ContraRuleSet *
fuzz_rules (void)
{
  static ContraRuleSet *rules = NULL;

  if (rules == NULL)
    {
      g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
      g_autoptr (GError) error = NULL;
      rules = contra_ruleset_load (CONTRA_SOURCE_RULES_DIR, diagnostics, &error);
      if (rules == NULL)
        {
          fprintf (stderr, "fuzz: cannot load the rules in %s: %s\n", CONTRA_SOURCE_RULES_DIR, error->message);
          abort ();
        }
    }
  return rules;
}

/* The files are memory files (memfd_create), named by their /proc/self/fd path: they
 * go away with the process however it ends, where a folder in /tmp would stay behind
 * after every crash and every fork-mode job. */
const char *
fuzz_temp_path (const char *name)
{
  static GHashTable *paths = NULL;

  if (paths == NULL)
    paths = g_hash_table_new (g_str_hash, g_str_equal);
  const char *path = g_hash_table_lookup (paths, name);
  if (path == NULL)
    {
      int fd = memfd_create (name, MFD_CLOEXEC);
      if (fd < 0)
        {
          fprintf (stderr, "fuzz: cannot make a memory file: %s\n", g_strerror (errno));
          abort ();
        }
      char *full = g_strdup_printf ("/proc/self/fd/%d", fd);
      g_hash_table_insert (paths, g_strdup (name), full);
      path = full;
    }
  return path;
}

void
fuzz_write_file (const char *path, const uint8_t *data, size_t size)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      fprintf (stderr, "fuzz: cannot write %s: %s\n", path, g_strerror (errno));
      abort ();
    }
  for (size_t done = 0; done < size;)
    {
      ssize_t n = write (fd, data + done, size - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          fprintf (stderr, "fuzz: cannot write %s: %s\n", path, g_strerror (errno));
          abort ();
        }
      done += (size_t) n;
    }
  close (fd);
}

char *
fuzz_text (const uint8_t *data, size_t size, gsize *length)
{
  if (contra_utf8_find_nul ((const char *) data, size) >= 0)
    return NULL;
  return contra_utf8_decode ((const char *) data, size, length, NULL, NULL);
}

/* TRUE when [start, end) of @text is valid UTF-8 that begins and ends on a
 * character boundary. */
static gboolean
valid_span (const char *text, gsize start, gsize end)
{
  return start <= end && g_utf8_validate (text + start, (gssize) (end - start), NULL);
}

void
fuzz_check_document (ContraDocument *document)
{
  const gsize length = document->length;

  fuzz_check (strlen (document->text) == length, "the text holds a NUL or its length is wrong");
  fuzz_check (g_utf8_validate (document->text, (gssize) length, NULL), "the decoded text is not valid UTF-8");
  fuzz_check (document->front_matter.start <= document->front_matter.end && document->front_matter.end <= length,
              "front matter outside the text");
  for (guint i = 0; i < document->blocks->len; i++)
    {
      const ContraBlock *block = g_ptr_array_index (document->blocks, i);
      fuzz_check (block->start <= block->end && block->end <= length, "a block outside the text");
      fuzz_check (valid_span (document->text, block->start, block->end), "a block cuts a character");
      fuzz_check (strlen (block->text) == block->length, "a block's clean text has a wrong length");
      fuzz_check (g_utf8_validate (block->text, (gssize) block->length, NULL), "a block's clean text is not UTF-8");
      fuzz_check (block->section < document->sections->len, "a block in a section that does not exist");
      fuzz_check (block->runs->len > 0 && g_array_index (block->runs, ContraRun, 0).clean == 0,
                  "a block's first run does not start at clean offset 0");
      for (guint r = 0; r < block->runs->len; r++)
        {
          const ContraRun *run = &g_array_index (block->runs, ContraRun, r);
          fuzz_check (run->clean <= block->length && run->source <= length, "a run outside its block");
          fuzz_check (r == 0 || run->clean >= g_array_index (block->runs, ContraRun, r - 1).clean, "runs out of order");
        }
    }
  for (guint i = 0; i < document->sentences->len; i++)
    {
      const ContraSentence *sentence = &g_array_index (document->sentences, ContraSentence, i);
      fuzz_check (sentence->block < document->blocks->len, "a sentence in a block that does not exist");
      const ContraBlock *block = g_ptr_array_index (document->blocks, sentence->block);
      fuzz_check (sentence->start < sentence->end && sentence->end <= block->length,
                  "a sentence empty or outside its block");
      fuzz_check (valid_span (block->text, sentence->start, sentence->end), "a sentence cuts a character");
      gsize start, end;
      contra_sentence_span (document, sentence, &start, &end);
      fuzz_check (start <= end && end <= length, "a sentence's source span is outside the text");
      fuzz_check (valid_span (document->text, start, end), "a sentence's source span cuts a character");
      guint line, column;
      contra_document_position (document, start, &line, &column);
      fuzz_check (line >= 1 && column >= 1, "a position before line 1, column 1");
      contra_document_position (document, end, &line, &column);
      fuzz_check (line >= 1 && column >= 1, "a position before line 1, column 1");
      g_autofree char *text = contra_sentence_text (document, sentence);
      fuzz_check (g_utf8_validate (text, -1, NULL), "a sentence's text is not UTF-8");
      (void) contra_document_section_at (document, start);
    }
}
