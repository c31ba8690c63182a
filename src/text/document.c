/* document.c — loading a document and cutting it into blocks and sentences.
 *
 * Loading is bytes -> checks (size, NUL) -> UTF-8 decoding with a warning per bad
 * byte -> line index -> front matter. Segmenting hands the prose part of the text to
 * markup.c (blocks) and each block to segmenter.c (sentences). The text is owned
 * here, once; blocks hold their clean copies, sentences are ranges of those.
 */
#include "text/document.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "lang/language.h"
#include "text/markup.h"
#include "text/segmenter.h"
#include "text/utf8.h"

const char *const contra_section_kind_names[CONTRA_SECTION_NOTES + 2] = {"body", "comment", "notes", NULL};

const char *
contra_section_kind_name (ContraSectionKind kind)
{
  g_return_val_if_fail (kind <= CONTRA_SECTION_NOTES, "?");
  return contra_section_kind_names[kind];
}

/* Past this a file is refused rather than read: offsets elsewhere (token spans) are
 * 32-bit, and no news text comes near it. */
#define MAX_DOCUMENT_BYTES ((gsize) 1 << 30)

/* Invalid bytes warned about one by one; past this, one summary. */
#define MAX_INVALID_WARNINGS 20

ContraFormat
contra_format_for_path (const char *path)
{
  g_return_val_if_fail (path != NULL, CONTRA_FORMAT_PLAIN);

  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);
  if (dot == NULL || (slash != NULL && dot < slash))
    return CONTRA_FORMAT_PLAIN;
  if (g_ascii_strcasecmp (dot, ".md") == 0 || g_ascii_strcasecmp (dot, ".markdown") == 0)
    return CONTRA_FORMAT_MARKDOWN;
  return CONTRA_FORMAT_PLAIN;
}

void
contra_section_free (ContraSection *section)
{
  if (section == NULL)
    return;
  g_free (section->label);
  g_free (section->author);
  g_free (section);
}

void
contra_document_free (ContraDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->id);
  g_free (document->path);
  g_free (document->title);
  g_free (document->author);
  g_free (document->outlet);
  g_free (document->language);
  contra_line_index_free (document->lines);
  g_free (document->text);
  g_clear_pointer (&document->ignored, g_array_unref);
  g_clear_pointer (&document->sections, g_ptr_array_unref);
  g_clear_pointer (&document->blocks, g_ptr_array_unref);
  g_clear_pointer (&document->sentences, g_array_unref);
  g_clear_pointer (&document->comments, g_array_unref);
  g_clear_pointer (&document->warnings, g_ptr_array_unref);
  g_free (document);
}

/* The file name without directory and extension. */
static char *
id_for_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

/* One warning per invalid byte, up to a limit, then one that counts the rest.
 * @invalid holds offsets in the input bytes; the replacement characters sit in the
 * decoded text, shifted by the BOM and by two bytes per earlier replacement. */
static void
warn_invalid (ContraDocument *document, const char *bytes, GArray *invalid, gboolean had_bom)
{
  guint n = invalid->len;

  for (guint k = 0; k < n; k++)
    {
      gsize offset = g_array_index (invalid, gsize, k);
      gsize decoded = offset - (had_bom ? 3 : 0) + 2 * (gsize) k;
      guint line, column;
      ContraDiagnostic *d;

      contra_document_position (document, decoded, &line, &column);
      if (k == MAX_INVALID_WARNINGS)
        {
          d = contra_diagnostic_new (CONTRA_SEVERITY_WARNING, document->path, line, column,
                                     "%u more invalid UTF-8 bytes, the first at byte offset %"
                                     G_GSIZE_FORMAT ", replaced with U+FFFD",
                                     n - k, offset);
          d->offset = offset;
          g_ptr_array_add (document->warnings, d);
          break;
        }
      d = contra_diagnostic_new (CONTRA_SEVERITY_WARNING, document->path, line, column,
                                 "invalid UTF-8 byte 0x%02X at byte offset %" G_GSIZE_FORMAT
                                 ", replaced with U+FFFD",
                                 (guint) (guchar) bytes[offset], offset);
      d->offset = offset;
      g_ptr_array_add (document->warnings, d);
    }
}

/* The document for @bytes. When @owned is not NULL it is @bytes, allocated with
 * room for a NUL after @length bytes, and is taken as the text if it needs no
 * decoding (or freed). */
static ContraDocument *
document_new (const char *path,
              char *owned,
              const char *bytes,
              gsize length,
              ContraFormat format,
              GError **error)
{
  g_autofree char *buffer = owned;

  if (length > MAX_DOCUMENT_BYTES)
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_TOO_LARGE,
                   "%s: too large: %" G_GSIZE_FORMAT " bytes (the limit is %" G_GSIZE_FORMAT ")",
                   path, length, MAX_DOCUMENT_BYTES);
      return NULL;
    }
  gssize nul = contra_utf8_find_nul (bytes, length);
  if (nul >= 0)
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_NOT_TEXT,
                   "%s: not a text file: NUL byte at byte offset %" G_GSSIZE_FORMAT, path, nul);
      return NULL;
    }

  ContraDocument *document = g_new0 (ContraDocument, 1);
  g_autoptr (GArray) invalid = g_array_new (FALSE, FALSE, sizeof (gsize));
  gboolean had_bom = FALSE;

  document->id = id_for_path (path);
  document->path = g_strdup (path);
  document->format = format;
  document->published = (ContraDate) CONTRA_DATE_INIT;
  if (buffer != NULL && !(length >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
      && g_utf8_validate_len (bytes, length, NULL))
    {
      /* Valid as read: the read buffer becomes the text, no copy. */
      buffer[length] = '\0';
      document->text = g_steal_pointer (&buffer);
      document->length = length;
    }
  else
    document->text = contra_utf8_decode (bytes, length, &document->length, invalid, &had_bom);
  document->lines = contra_line_index_new (document->text, document->length);
  document->front_matter.start = 0;
  document->front_matter.end = contra_markup_front_matter (document->text, document->length);
  document->ignored = g_array_new (FALSE, FALSE, sizeof (ContraRange));
  document->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_section_free);
  document->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);
  document->sentences = g_array_new (FALSE, FALSE, sizeof (ContraSentence));
  document->comments = g_array_new (FALSE, FALSE, sizeof (ContraRange));
  document->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);

  ContraSection *body = g_new0 (ContraSection, 1);
  body->kind = CONTRA_SECTION_BODY;
  body->date = (ContraDate) CONTRA_DATE_INIT;
  body->start = 0;
  body->end = document->length;
  g_ptr_array_add (document->sections, body);

  if (invalid->len > 0)
    warn_invalid (document, bytes, invalid, had_bom);
  return document;
}

ContraDocument *
contra_document_new_from_bytes (const char *path,
                                const char *bytes,
                                gsize length,
                                ContraFormat format,
                                GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (bytes != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return document_new (path, NULL, bytes, length, format, error);
}

const char *
contra_file_kind (mode_t mode)
{
  if (S_ISREG (mode))
    return "a regular file";
  if (S_ISDIR (mode))
    return "a directory";
  if (S_ISFIFO (mode))
    return "a FIFO";
  if (S_ISCHR (mode))
    return "a character device";
  if (S_ISBLK (mode))
    return "a block device";
  if (S_ISSOCK (mode))
    return "a socket";
  return "a special file";
}

ContraDiagnostic *
contra_document_load_diagnostic (const char *path, const GError *error)
{
  g_return_val_if_fail (path != NULL && error != NULL, NULL);

  /* The loader's messages start with the path; the diagnostic prints it. */
  const char *reason = error->message;
  gsize n = strlen (path);
  if (strncmp (reason, path, n) == 0 && reason[n] == ':')
    reason += n + 1;
  while (*reason == ' ')
    reason++;
  return contra_diagnostic_new (CONTRA_SEVERITY_ERROR, path, 0, 0, "%s", reason);
}

/* Reads @fd (named @path in messages) to its end, with room for a NUL after the
 * contents. A regular file is read in one go; a pipe, FIFO or device grows a buffer
 * and stops at the first NUL byte: a text never has one, and /dev/zero never ends.
 * Takes @fd and closes it. */
static gboolean
read_fd (int fd, const char *path, char **contents, gsize *length, GError **error)
{
  struct stat st;
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;
      close (fd);
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE,
                   "%s: cannot read: %s", path, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE,
                   "%s: is a directory, not a file", path);
      return FALSE;
    }
  if (S_ISREG (st.st_mode) && (guint64) st.st_size > MAX_DOCUMENT_BYTES)
    {
      close (fd);
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_TOO_LARGE,
                   "%s: too large: %" G_GUINT64_FORMAT " bytes (the limit is %" G_GSIZE_FORMAT ")",
                   path, (guint64) st.st_size, MAX_DOCUMENT_BYTES);
      return FALSE;
    }

  gboolean stream = !S_ISREG (st.st_mode);
  gsize capacity = !stream && st.st_size > 0 ? (gsize) st.st_size + 2 : 65536;
  gsize used = 0;
  char *buffer = g_malloc (capacity);
  for (;;)
    {
      if (used + 1 >= capacity)
        {
          if (capacity > MAX_DOCUMENT_BYTES)
            {
              g_free (buffer);
              close (fd);
              g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_TOO_LARGE,
                           "%s: too large (the limit is %" G_GSIZE_FORMAT " bytes)", path,
                           MAX_DOCUMENT_BYTES);
              return FALSE;
            }
          capacity *= 2;
          buffer = g_realloc (buffer, capacity);
        }
      gssize got = read (fd, buffer + used, capacity - used);
      if (got < 0)
        {
          int saved = errno;
          if (saved == EINTR)
            continue;
          g_free (buffer);
          close (fd);
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE,
                       "%s: cannot read: %s", path, g_strerror (saved));
          return FALSE;
        }
      if (got == 0)
        break;
      const char *nul = stream ? memchr (buffer + used, '\0', (gsize) got) : NULL;
      if (nul != NULL)
        {
          gsize offset = (gsize) (nul - buffer);
          g_free (buffer);
          close (fd);
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_NOT_TEXT,
                       "%s: not a text file: NUL byte at byte offset %" G_GSIZE_FORMAT, path, offset);
          return FALSE;
        }
      used += (gsize) got;
    }
  close (fd);
  *contents = buffer;
  *length = used;
  return TRUE;
}

/* The document in @fd (taken), its format from @path's extension or, for plain
 * text, from the text. */
static ContraDocument *
load_fd (int fd, const char *path, GError **error)
{
  char *bytes = NULL;
  gsize length = 0;

  if (!read_fd (fd, path, &bytes, &length, error))
    return NULL;

  /* Text scraped to .txt is sometimes Markdown; read it as what it is. */
  ContraFormat format = contra_format_for_path (path);
  if (format == CONTRA_FORMAT_PLAIN && contra_markup_looks_like_markdown (bytes, length))
    format = CONTRA_FORMAT_MARKDOWN;
  return document_new (path, bytes, bytes, length, format, error);
}

static ContraDocument *
load (const char *path, gboolean regular_only, GError **error)
{
  /* Without O_NONBLOCK, opening a FIFO waits for a writer: what a user who names one
   * expects, and never what a file found in a folder should do. O_NONBLOCK changes
   * nothing for a regular file, the only kind then read. */
  int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | (regular_only ? O_NONBLOCK : 0);
  int fd = g_open (path, flags, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: cannot open: %s", path,
                   g_strerror (saved));
      return NULL;
    }

  struct stat st;
  if (regular_only && fstat (fd, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: not a regular file (%s)", path,
                   contra_file_kind (st.st_mode));
      return NULL;
    }
  return load_fd (fd, path, error);
}

ContraDocument *
contra_document_load (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (path, FALSE, error);
}

ContraDocument *
contra_document_load_regular (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (path, TRUE, error);
}

ContraDocument *
contra_document_load_stdin (const char *name, GError **error)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* read_fd() closes what it reads; standard input stays open for whoever else
   * reads it. */
  int fd = dup (STDIN_FILENO);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: cannot read standard input: %s", name,
                   g_strerror (saved));
      return NULL;
    }
  return load_fd (fd, name, error);
}

void
contra_document_ignore (ContraDocument *document, gsize start, gsize end)
{
  g_return_if_fail (document != NULL);

  end = MIN (end, document->length);
  if (start >= end)
    return;

  /* Kept sorted and disjoint: overlapping and touching ranges merge. */
  GArray *ranges = document->ignored;
  guint k = 0;
  while (k < ranges->len && g_array_index (ranges, ContraRange, k).end < start)
    k++;
  ContraRange merged = {start, end};
  while (k < ranges->len && g_array_index (ranges, ContraRange, k).start <= merged.end)
    {
      ContraRange *r = &g_array_index (ranges, ContraRange, k);
      merged.start = MIN (merged.start, r->start);
      merged.end = MAX (merged.end, r->end);
      g_array_remove_index (ranges, k);
    }
  g_array_insert_val (ranges, k, merged);
}

void
contra_document_add_section (ContraDocument *document, ContraSection *section)
{
  g_return_if_fail (document != NULL && section != NULL);
  g_ptr_array_add (document->sections, section);
}

/* The innermost section that covers @offset: the shortest, and of equal ones the
 * last added. */
static guint
section_index_at (const ContraDocument *document, gsize offset)
{
  guint best = 0;
  gsize best_size = G_MAXSIZE;

  for (guint k = 1; k < document->sections->len; k++)
    {
      const ContraSection *s = document->sections->pdata[k];
      if (offset >= s->start && offset < s->end && s->end - s->start <= best_size)
        {
          best = k;
          best_size = s->end - s->start;
        }
    }
  return best;
}

static int
compare_offsets (gconstpointer a, gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;
  return x < y ? -1 : x > y;
}

void
contra_document_segment (ContraDocument *document)
{
  g_return_if_fail (document != NULL);

  if (document->blocks->len > 0)
    return;

  /* A block never runs across the start or the end of a section. */
  g_autoptr (GArray) breaks = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint k = 1; k < document->sections->len; k++)
    {
      const ContraSection *s = document->sections->pdata[k];
      g_array_append_val (breaks, s->start);
      g_array_append_val (breaks, s->end);
    }
  g_array_sort (breaks, compare_offsets);

  g_array_set_size (document->comments, 0);
  contra_markup_blocks_split (document->text, document->front_matter.end, document->length,
                              document->format,
                              (const ContraRange *) (void *) document->ignored->data,
                              document->ignored->len,
                              (const gsize *) (void *) breaks->data, breaks->len,
                              document->blocks, document->comments);

  /* A document in a language contra cannot read still has sentences (for dumps and
   * positions), cut as English cuts them; the extractor reads no claims from it. */
  const ContraLanguage *language = contra_language_for (document->language);
  if (language == NULL)
    language = contra_language_default ();
  g_array_set_size (document->sentences, 0);
  for (guint b = 0; b < document->blocks->len; b++)
    {
      ContraBlock *block = document->blocks->pdata[b];
      block->paragraph = b;
      block->section = section_index_at (document, block->start);
      contra_segment_block_in (language, block, b, document->sentences);
    }
}

void
contra_document_position (ContraDocument *document, gsize offset, guint *line, guint *column)
{
  g_return_if_fail (document != NULL);
  contra_line_index_position (document->lines, offset, line, column);
}

const ContraSection *
contra_document_section_at (const ContraDocument *document, gsize offset)
{
  g_return_val_if_fail (document != NULL, NULL);
  return document->sections->pdata[section_index_at (document, offset)];
}

char *
contra_sentence_text (const ContraDocument *document, const ContraSentence *sentence)
{
  g_return_val_if_fail (document != NULL && sentence != NULL, NULL);
  g_return_val_if_fail (sentence->block < document->blocks->len, NULL);

  const ContraBlock *block = document->blocks->pdata[sentence->block];
  return g_strndup (block->text + sentence->start, sentence->end - sentence->start);
}

void
contra_sentence_span (const ContraDocument *document,
                      const ContraSentence *sentence,
                      gsize *start,
                      gsize *end)
{
  g_return_if_fail (document != NULL && sentence != NULL);
  g_return_if_fail (sentence->block < document->blocks->len);

  const ContraBlock *block = document->blocks->pdata[sentence->block];
  if (start != NULL)
    *start = contra_block_source_offset (block, sentence->start, FALSE);
  if (end != NULL)
    *end = contra_block_source_offset (block, sentence->end, TRUE);
}
