/* test_document.c — loading documents, bad input, and the whole text layer. */
#include "table.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "text/document.h"

/* A temporary directory for the test's files, removed with everything in it. */
typedef struct
{
  char *dir;
} TempDir;

static TempDir *
temp_dir_new (void)
{
  TempDir *t = g_new0 (TempDir, 1);
  g_autoptr (GError) error = NULL;

  t->dir = g_dir_make_tmp ("contra-test-XXXXXX", &error);
  assert_null (error);
  return t;
}

static char *
temp_file (TempDir *t, const char *name, const char *bytes, gsize length)
{
  char *path = g_build_filename (t->dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, bytes, (gssize) length, &error);
  assert_null (error);
  return path;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GDir *dir = g_dir_open (path, 0, NULL);
      const char *name;
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      if (dir != NULL)
        g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
temp_dir_free (TempDir *t)
{
  remove_tree (t->dir);
  g_free (t->dir);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TempDir, temp_dir_free)

static char *
warning_text (const ContraDocument *doc, guint i)
{
  return contra_diagnostic_format (doc->warnings->pdata[i]);
}

/* ---------------------------------------------------------------------------------
 * Bad input */

static void
test_empty_file (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_file (tmp, "empty.txt", "", 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load (path, &error);

  assert_null (error);
  assert_non_null (doc);
  assert_int_equal (doc->length, 0);
  assert_string_equal (doc->text, "");
  assert_string_equal (doc->id, "empty");
  assert_int_equal (doc->format, CONTRA_FORMAT_PLAIN);
  assert_int_equal (doc->warnings->len, 0);
  assert_int_equal (contra_line_index_count (doc->lines), 1);
  contra_document_segment (doc);
  assert_int_equal (doc->blocks->len, 0);
  assert_int_equal (doc->sentences->len, 0);
  assert_int_equal (doc->sections->len, 1);

  guint line, column;
  contra_document_position (doc, 0, &line, &column);
  assert_int_equal (line, 1);
  assert_int_equal (column, 1);
}

static void
test_invalid_utf8 (void **state)
{
  (void) state;
  const char bytes[] = "ok\nab\xFF" "c and \xC3\n\xE9t\xE9.";
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_new_from_bytes ("bad.txt", bytes, sizeof bytes - 1,
                                                                    CONTRA_FORMAT_PLAIN, &error);

  assert_null (error);
  assert_non_null (doc);
  assert_true (g_utf8_validate (doc->text, (gssize) doc->length, NULL));
  assert_int_equal (doc->warnings->len, 4);

  g_autofree char *w0 = warning_text (doc, 0);
  g_autofree char *w1 = warning_text (doc, 1);
  g_autofree char *w2 = warning_text (doc, 2);
  g_autofree char *w3 = warning_text (doc, 3);
  assert_string_equal (w0, "bad.txt:2:3: warning: invalid UTF-8 byte 0xFF at byte offset 5, replaced with U+FFFD");
  assert_string_equal (w1, "bad.txt:2:10: warning: invalid UTF-8 byte 0xC3 at byte offset 12, replaced with U+FFFD");
  assert_string_equal (w2, "bad.txt:3:1: warning: invalid UTF-8 byte 0xE9 at byte offset 14, replaced with U+FFFD");
  assert_string_equal (w3, "bad.txt:3:3: warning: invalid UTF-8 byte 0xE9 at byte offset 16, replaced with U+FFFD");
  const ContraDiagnostic *d = doc->warnings->pdata[0];
  assert_int_equal (d->offset, 5);
  assert_int_equal (d->severity, CONTRA_SEVERITY_WARNING);

  /* Short lines, no blank line: one hard-wrapped paragraph. */
  contra_document_segment (doc);
  assert_int_equal (doc->sentences->len, 1);
  g_autofree char *text = contra_sentence_text (doc, &g_array_index (doc->sentences, ContraSentence, 0));
  assert_string_equal (text, "ok ab\uFFFDc and \uFFFD \uFFFDt\uFFFD.");
}

static void
test_many_invalid_bytes (void **state)
{
  (void) state;
  GString *s = g_string_new ("Latin-1: ");
  for (int i = 0; i < 30; i++)
    g_string_append (s, "caf\xE9 ");
  g_autoptr (ContraDocument) doc = contra_document_new_from_bytes ("latin1.txt", s->str, s->len,
                                                                    CONTRA_FORMAT_PLAIN, NULL);

  assert_non_null (doc);
  assert_int_equal (doc->warnings->len, 21);
  g_autofree char *first = warning_text (doc, 0);
  g_autofree char *summary = warning_text (doc, 20);
  assert_string_equal (first, "latin1.txt:1:13: warning: invalid UTF-8 byte 0xE9 at byte offset 12, replaced with U+FFFD");
  assert_string_equal (summary, "latin1.txt:1:113: warning: 10 more invalid UTF-8 bytes, the first at byte offset 112, "
                                "replaced with U+FFFD");
  g_string_free (s, TRUE);
}

static void
test_nul_bytes (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_file (tmp, "binary.txt", "abc\0def", 7);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load (path, &error);

  assert_null (doc);
  assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_NOT_TEXT));
  g_autofree char *expected = g_strdup_printf ("%s: not a text file: NUL byte at byte offset 3", path);
  assert_string_equal (error->message, expected);

  g_autoptr (GError) error2 = NULL;
  g_autoptr (ContraDocument) doc2 = contra_document_new_from_bytes ("stdin", "\0", 1, CONTRA_FORMAT_PLAIN, &error2);
  assert_null (doc2);
  assert_string_equal (error2->message, "stdin: not a text file: NUL byte at byte offset 0");
}

static void
test_missing_path (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  g_autofree char *path = g_build_filename (tmp->dir, "missing.txt", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load (path, &error);

  assert_null (doc);
  assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE));
  g_autofree char *expected = g_strdup_printf ("%s: cannot open: No such file or directory", path);
  assert_string_equal (error->message, expected);
}

static void
test_directory (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load (tmp->dir, &error);

  assert_null (doc);
  assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE));
  g_autofree char *expected = g_strdup_printf ("%s: is a directory, not a file", tmp->dir);
  assert_string_equal (error->message, expected);
}

static void
test_permission_denied (void **state)
{
  (void) state;
  if (geteuid () == 0)
    skip (); /* root reads anything */

  g_autoptr (TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_file (tmp, "secret.txt", "text", 4);
  g_autoptr (GError) error = NULL;
  assert_int_equal (g_chmod (path, 0), 0);
  g_autoptr (ContraDocument) doc = contra_document_load (path, &error);

  assert_null (doc);
  assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE));
  g_autofree char *expected = g_strdup_printf ("%s: cannot open: Permission denied", path);
  assert_string_equal (error->message, expected);
}

/* A file found in a folder is read only if it is a regular file: a FIFO is refused
 * at once (opening it for reading used to wait for a writer forever), a device too. */
static void
test_regular_only (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  g_autofree char *pipe = g_build_filename (tmp->dir, "pipe.txt", NULL);
  g_autofree char *text = temp_file (tmp, "a.txt", "Text.\n", 6);
  assert_int_equal (mkfifo (pipe, 0644), 0);

  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load_regular (pipe, &error);
  assert_null (doc);
  assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE));
  g_autofree char *expected = g_strdup_printf ("%s: not a regular file (a FIFO)", pipe);
  assert_string_equal (error->message, expected);

  g_autoptr (GError) error2 = NULL;
  g_autoptr (ContraDocument) zero = contra_document_load_regular ("/dev/zero", &error2);
  assert_null (zero);
  assert_string_equal (error2->message, "/dev/zero: not a regular file (a character device)");

  g_autoptr (ContraDocument) regular = contra_document_load_regular (text, NULL);
  assert_non_null (regular);
  assert_string_equal (regular->text, "Text.\n");
}

/* A device the user names is read as a stream and refused at its first NUL byte:
 * /dev/zero was read up to the 1 GiB limit (2 GB of memory) before it was refused. */
static void
test_endless_device (void **state)
{
  (void) state;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr (ContraDocument) doc = contra_document_load ("/dev/zero", &error);

  assert_null (doc);
  assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_NOT_TEXT));
  assert_string_equal (error->message, "/dev/zero: not a text file: NUL byte at byte offset 0");
  assert_true (g_get_monotonic_time () - start < G_USEC_PER_SEC);
}

/* A FIFO the user names is read to its end, as cat reads it. */
static gpointer
write_fifo (gpointer path)
{
  int fd = open (path, O_WRONLY);
  if (fd >= 0)
    {
      const char text[] = "In May 2014 there were five cars.\n";
      g_assert_cmpint (write (fd, text, sizeof text - 1), ==, sizeof text - 1);
      close (fd);
    }
  return NULL;
}

static void
test_named_fifo (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  g_autofree char *pipe = g_build_filename (tmp->dir, "draft.md", NULL);
  assert_int_equal (mkfifo (pipe, 0644), 0);

  GThread *writer = g_thread_new ("fifo-writer", write_fifo, pipe);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load (pipe, &error);
  g_thread_join (writer);

  assert_null (error);
  assert_string_equal (doc->text, "In May 2014 there were five cars.\n");
  assert_int_equal (doc->format, CONTRA_FORMAT_MARKDOWN);
}

typedef struct {
  const char *name;
  mode_t mode;
  const char *kind;
} KindRow;

static const KindRow kind_rows[] = {
  {"FIFO", S_IFIFO, "a FIFO"},
  {"character device", S_IFCHR, "a character device"},
  {"block device", S_IFBLK, "a block device"},
  {"socket", S_IFSOCK, "a socket"},
  {"directory", S_IFDIR, "a directory"},
  {"regular file", S_IFREG, "a regular file"},
};

static void
test_file_kind (void **state)
{
  const KindRow *row = *state;
  assert_string_equal (contra_file_kind (row->mode), row->kind);
}

/* A document that cannot be loaded is printed as a diagnostic with its severity,
 * the path said once. */
static void
test_load_diagnostic (void **state)
{
  (void) state;
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc
    = contra_document_new_from_bytes ("draft.md", "GIF89a\0", 7, CONTRA_FORMAT_MARKDOWN, &error);
  assert_null (doc);
  g_autoptr (ContraDiagnostic) d = contra_document_load_diagnostic ("draft.md", error);
  g_autofree char *text = contra_diagnostic_format (d);
  assert_string_equal (text, "draft.md: error: not a text file: NUL byte at byte offset 6");
  assert_int_equal (d->severity, CONTRA_SEVERITY_ERROR);
}

/* A 50 MB file on one line loads and segments, every sentence at its place. A
 * quadratic pass would run past the test's time-out; speed itself is measured by
 * bench/, not here (a wall-clock bound failed on a loaded machine). */
static void
test_huge_single_line (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  const char *sentence = "The U.S. and Vietnam signed a Memorandum of Understanding on Dec. 16, 2013. ";
  gsize unit = strlen (sentence);
  gsize target = 50 * 1024 * 1024;
  gsize count = target / unit;
  GString *s = g_string_sized_new (count * unit + 1);
  for (gsize i = 0; i < count; i++)
    g_string_append_len (s, sentence, (gssize) unit);
  g_autofree char *path = temp_file (tmp, "huge.txt", s->str, s->len);
  gsize length = s->len;
  g_string_free (s, TRUE);

  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load (path, &error);
  assert_null (error);
  contra_document_segment (doc);

  /* Positions of every sentence start, in order, as the extractor will ask. */
  guint line = 0, column = 0;
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      gsize start;
      contra_sentence_span (doc, &g_array_index (doc->sentences, ContraSentence, i), &start, NULL);
      contra_document_position (doc, start, &line, &column);
    }

  assert_int_equal (doc->length, length);
  assert_int_equal (contra_line_index_count (doc->lines), 1);
  assert_int_equal (doc->blocks->len, 1);
  assert_int_equal (doc->sentences->len, count);
  assert_int_equal (line, 1);
  assert_int_equal (column, (count - 1) * unit + 1);
  g_autofree char *last = contra_sentence_text (doc, &g_array_index (doc->sentences, ContraSentence, count - 1));
  assert_string_equal (last, "The U.S. and Vietnam signed a Memorandum of Understanding on Dec. 16, 2013.");
}

/* ---------------------------------------------------------------------------------
 * Documents */

static void
test_bom_and_crlf (void **state)
{
  (void) state;
  const char bytes[] = "\xEF\xBB\xBFTitle Here\r\n\r\nFirst sentence. Second one.\r\nThird line is long "
                       "enough? No.\r\n";
  g_autoptr (ContraDocument) doc = contra_document_new_from_bytes ("crlf.txt", bytes, sizeof bytes - 1,
                                                                    CONTRA_FORMAT_PLAIN, NULL);
  assert_non_null (doc);
  assert_int_equal (doc->warnings->len, 0);
  assert_true (g_str_has_prefix (doc->text, "Title Here\r\n"));
  contra_document_segment (doc);

  /* Hard-wrapped: the paragraph's two lines are one block. */
  assert_int_equal (doc->blocks->len, 2);
  assert_int_equal (((ContraBlock *) doc->blocks->pdata[0])->kind, CONTRA_BLOCK_HEADING);
  assert_int_equal (doc->sentences->len, 5);

  const struct
  {
    const char *text;
    guint line, column, end_line, end_column;
  } expected[] = {
    {"Title Here", 1, 1, 1, 11},
    {"First sentence.", 3, 1, 3, 16},
    {"Second one.", 3, 17, 3, 28},
    {"Third line is long enough?", 4, 1, 4, 27},
    {"No.", 4, 28, 4, 31},
  };
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ContraSentence *s = &g_array_index (doc->sentences, ContraSentence, i);
      g_autofree char *text = contra_sentence_text (doc, s);
      gsize start, end;
      guint line, column;
      assert_string_equal (text, expected[i].text);
      contra_sentence_span (doc, s, &start, &end);
      contra_document_position (doc, start, &line, &column);
      assert_int_equal (line, expected[i].line);
      assert_int_equal (column, expected[i].column);
      contra_document_position (doc, end, &line, &column);
      assert_int_equal (line, expected[i].end_line);
      assert_int_equal (column, expected[i].end_column);
    }
}

static void
test_markdown_document (void **state)
{
  (void) state;
  /* The blank line after the comment: md4c 0.4.8 (Debian's) reads an indented line
   * right after an HTML comment as a paragraph (mity/md4c#200, fixed in 0.5). */
  const char *md = "---\ntitle: Ties\ndate: 2015-06-05\n---\n"
                   "# Ties **deepen**\n\n"
                   "The U.S. and [Vietnam](https://example.com/vn) signed it.\n\n"
                   "```\nnot prose. Not at all.\n```\n\n"
                   "<!-- an editor's note -->\n\n"
                   "    indented code. Also not.\n\n"
                   "- A list item, with `code`.\n";
  g_autoptr (ContraDocument) doc = contra_document_new_from_bytes ("draft.md", md, strlen (md),
                                                                    CONTRA_FORMAT_MARKDOWN, NULL);
  assert_non_null (doc);
  assert_int_equal (doc->front_matter.start, 0);
  assert_int_equal (doc->front_matter.end, 37);
  contra_document_segment (doc);

  const char *expected[] = {"Ties deepen", "The U.S. and Vietnam signed it.", "A list item, with code."};
  assert_int_equal (doc->sentences->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = contra_sentence_text (doc, &g_array_index (doc->sentences, ContraSentence, i));
      assert_string_equal (text, expected[i]);
    }
  /* The span of "The U.S. and Vietnam signed it." covers the link markup in the
   * source; its end is right after the period. */
  gsize start, end;
  contra_sentence_span (doc, &g_array_index (doc->sentences, ContraSentence, 1), &start, &end);
  assert_true (g_str_has_prefix (doc->text + start, "The U.S. and [Vietnam]"));
  assert_int_equal (doc->text[end - 1], '.');
  assert_int_equal (doc->text[end], '\n');
  guint line, column;
  contra_document_position (doc, start, &line, &column);
  assert_int_equal (line, 7);
  assert_int_equal (column, 1);
  assert_int_equal (((ContraBlock *) doc->blocks->pdata[0])->kind, CONTRA_BLOCK_HEADING);
  assert_int_equal (((ContraBlock *) doc->blocks->pdata[2])->kind, CONTRA_BLOCK_LIST_ITEM);
}

/* A .txt whose text is Markdown is read as Markdown. */
static void
test_markdown_sniffed (void **state)
{
  (void) state;
  g_autoptr (TempDir) tmp = temp_dir_new ();
  const char *text = "\n## **The future of ties** by A. Writer\n\n*An italic note.*\n";
  g_autofree char *path = temp_file (tmp, "scraped.txt", text, strlen (text));
  g_autoptr (ContraDocument) doc = contra_document_load (path, NULL);

  assert_non_null (doc);
  assert_int_equal (doc->format, CONTRA_FORMAT_MARKDOWN);
  contra_document_segment (doc);
  assert_int_equal (doc->blocks->len, 2);
  assert_string_equal (((ContraBlock *) doc->blocks->pdata[0])->text, "The future of ties by A. Writer");
  assert_string_equal (((ContraBlock *) doc->blocks->pdata[1])->text, "An italic note.");

  /* new_from_bytes keeps the format it is given. */
  g_autoptr (ContraDocument) plain = contra_document_new_from_bytes ("x.txt", text, strlen (text),
                                                                      CONTRA_FORMAT_PLAIN, NULL);
  contra_document_segment (plain);
  assert_string_equal (((ContraBlock *) plain->blocks->pdata[0])->text, "## **The future of ties** by A. Writer");
}

static void
test_sections_and_ignored (void **state)
{
  (void) state;
  const char *text = "Body text.\n\nBUY NOW advert here\n\nAll comments\n\nNam 14/8/14 20:14\n\n"
                     "A comment that says things.\n";
  g_autoptr (ContraDocument) doc = contra_document_new_from_bytes ("page.txt", text, strlen (text),
                                                                    CONTRA_FORMAT_PLAIN, NULL);
  gsize advert = (gsize) (strstr (text, "BUY NOW") - text);
  gsize comments = (gsize) (strstr (text, "Nam 14") - text);

  contra_document_ignore (doc, advert, advert + 19);
  contra_document_ignore (doc, advert + 3, advert + 8);     /* overlaps: merged */
  contra_document_ignore (doc, 1000, 2000);                  /* past the end: clamped away */
  assert_int_equal (doc->ignored->len, 1);

  ContraSection *section = g_new0 (ContraSection, 1);
  section->kind = CONTRA_SECTION_COMMENT;
  section->label = g_strdup ("comment by Nam");
  section->author = g_strdup ("Nam");
  section->start = comments;
  section->end = doc->length;
  contra_document_add_section (doc, section);

  contra_document_segment (doc);
  assert_int_equal (doc->blocks->len, 4);
  const char *texts[] = {"Body text.", "All comments", "Nam 14/8/14 20:14", "A comment that says things."};
  const guint sections[] = {0, 0, 1, 1};
  for (guint i = 0; i < 4; i++)
    {
      const ContraBlock *b = doc->blocks->pdata[i];
      assert_string_equal (b->text, texts[i]);
      assert_int_equal (b->section, sections[i]);
      assert_int_equal (b->paragraph, i);
    }
  assert_ptr_equal (contra_document_section_at (doc, comments + 1), section);
  assert_int_equal (contra_document_section_at (doc, 0)->kind, CONTRA_SECTION_BODY);

  /* Idempotent. */
  guint n = doc->sentences->len;
  contra_document_segment (doc);
  assert_int_equal (doc->blocks->len, 4);
  assert_int_equal (doc->sentences->len, n);
}

typedef struct
{
  const char *name;
  const char *path;
  ContraFormat format;
} FormatRow;

static const FormatRow format_rows[] = {
  {"txt", "corpus/a.txt", CONTRA_FORMAT_PLAIN},
  {"md", "draft.md", CONTRA_FORMAT_MARKDOWN},
  {"markdown, upper case", "DRAFT.MARKDOWN", CONTRA_FORMAT_MARKDOWN},
  {"no extension", "README", CONTRA_FORMAT_PLAIN},
  {"dot in a folder", "my.md/file", CONTRA_FORMAT_PLAIN},
  {"html", "page.html", CONTRA_FORMAT_PLAIN},
};

static void
test_format (void **state)
{
  const FormatRow *row = *state;
  assert_int_equal (contra_format_for_path (row->path), row->format);
}

static void
test_ids (void **state)
{
  (void) state;
  g_autoptr (ContraDocument) a = contra_document_new_from_bytes ("corpus/000_13a7.txt", "x", 1, CONTRA_FORMAT_PLAIN, NULL);
  g_autoptr (ContraDocument) b = contra_document_new_from_bytes ("stdin", "x", 1, CONTRA_FORMAT_PLAIN, NULL);
  g_autoptr (ContraDocument) c = contra_document_new_from_bytes (".hidden", "x", 1, CONTRA_FORMAT_PLAIN, NULL);

  assert_string_equal (a->id, "000_13a7");
  assert_string_equal (a->path, "corpus/000_13a7.txt");
  assert_string_equal (b->id, "stdin");
  assert_string_equal (c->id, ".hidden");
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  table_add_test (tests, "empty file", test_empty_file);
  table_add_test (tests, "invalid UTF-8 becomes warnings", test_invalid_utf8);
  table_add_test (tests, "many invalid bytes: 20 warnings and a summary", test_many_invalid_bytes);
  table_add_test (tests, "NUL bytes are an error", test_nul_bytes);
  table_add_test (tests, "a missing path is an error", test_missing_path);
  table_add_test (tests, "a directory is an error", test_directory);
  table_add_test (tests, "an unreadable file is an error", test_permission_denied);
  table_add_test (tests, "a file in a folder must be a regular file", test_regular_only);
  table_add_test (tests, "a named endless device stops at its first NUL", test_endless_device);
  table_add_test (tests, "a named FIFO is read", test_named_fifo);
  TABLE_ADD (tests, "file kind", test_file_kind, kind_rows);
  table_add_test (tests, "a load error as a diagnostic", test_load_diagnostic);
  table_add_test (tests, "a 50 MB single-line file", test_huge_single_line);
  table_add_test (tests, "BOM and CRLF positions", test_bom_and_crlf);
  table_add_test (tests, "a Markdown document", test_markdown_document);
  table_add_test (tests, "a .txt in Markdown", test_markdown_sniffed);
  table_add_test (tests, "sections and ignored ranges", test_sections_and_ignored);
  table_add_test (tests, "ids", test_ids);
  TABLE_ADD (tests, "format for path", test_format, format_rows);
  return table_run ("document", tests);
}
