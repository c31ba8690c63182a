/* test_hostile.c — contra report, lint and claims on a corpus and a draft that hold
 * anything, in every format, read back as a strict consumer reads them.
 *
 * The corpus and the draft are in tests/hostile/ (its README.md lists what they hold:
 * terminal controls, bytes that are not UTF-8, line separators, markup). Before the
 * rows run they are copied to a temporary folder, with a file whose name is not UTF-8
 * and holds ESC, and the draft under such a name too. What a user relies on: JSON,
 * JSON Lines and SARIF are valid UTF-8 and valid JSON (RFC 8259, checked strictly);
 * text, Markdown and GitHub output is valid UTF-8 with no control character but the
 * line break and the tab, even with colours on; and the finding the corpus holds is
 * in each, so the hostile text went through the writer rather than around it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "../support/json-check.h"
#include "cli-test.h"

typedef enum { TEXT, JSON, JSONL } Kind;

typedef struct {
  const char *argv[12];
  Kind kind;
  int status;
  const char *has; /* what stdout must hold */
} HostileCase;

/* A file name that is not UTF-8 (0xFF, a surrogate in UTF-8) and clears the screen. */
#define BAD_NAME "\xff\x1b[2J\xed\xa0\x80"

#define CORPUS "--corpus", "@TMP@/corpus"
#define DRAFT "@TMP@/draft" BAD_NAME ".md"

static const HostileCase cases[] = {
  {{"report", CORPUS, NULL}, TEXT, 0, "relations-established"},
  {{"report", CORPUS, "--color", NULL}, TEXT, 0, "relations-established"},
  {{"report", CORPUS, "--format", "json", NULL}, JSON, 0, "\"relations-established\""},
  {{"report", CORPUS, "--format", "markdown", NULL}, TEXT, 0, "`relations-established`"},
  {{"report", CORPUS, "--format", "sarif", NULL}, JSON, 0, "\"relations-established\""},
  {{"report", CORPUS, "--format", "github", NULL}, TEXT, 0, "relations-established::"},
  {{"lint", CORPUS, DRAFT, NULL}, TEXT, 1, "[relations-established]"},
  {{"lint", CORPUS, "--color", DRAFT, NULL}, TEXT, 1, "relations-established"},
  {{"lint", CORPUS, "--format", "json", DRAFT, NULL}, JSON, 1, "\"relations-established\""},
  {{"lint", CORPUS, "--format", "markdown", DRAFT, NULL}, TEXT, 1, "`relations-established`"},
  {{"lint", CORPUS, "--format", "sarif", DRAFT, NULL}, JSON, 1, "\"relations-established\""},
  {{"lint", CORPUS, "--format", "github", DRAFT, NULL}, TEXT, 1, "relations-established::"},
  {{"claims", CORPUS, NULL}, TEXT, 0, "relations-established"},
  {{"claims", CORPUS, "--color", NULL}, TEXT, 0, "relations-established"},
  {{"claims", CORPUS, "--format", "json", NULL}, JSON, 0, "\"relations-established\""},
  {{"claims", CORPUS, "--format", "jsonl", NULL}, JSONL, 0, "\"relations-established\""},
  /* Claims read back from the JSON Lines contra wrote of the corpus above. */
  {{"report", "--claims", "@TMP@/claims.jsonl", NULL}, TEXT, 0, "relations-established"},
  {{"report", "--claims", "@TMP@/claims.jsonl", "--format", "json", NULL}, JSON, 0, "\"relations-established\""},
  {{"report", "--claims", "@TMP@/claims.jsonl", "--format", "markdown", NULL}, TEXT, 0, "`relations-established`"},
  /* A file with a NUL byte is skipped (an input error, so 2); the rest is reported. */
  {{"report", "--corpus", "@TMP@/with-nul", "--format", "json", NULL}, JSON, 2, "\"relations-established\""},
  {{"report", "--corpus", "@TMP@/with-nul", NULL}, TEXT, 2, "relations-established"},
  /* A quote cut at the text store's limit, inside a character. */
  {{"report", "--corpus", "@TMP@/long", "--format", "json", NULL}, JSON, 0, "\"relations-established\""},
  {{"report", "--corpus", "@TMP@/long", "--format", "sarif", NULL}, JSON, 0, "\"relations-established\""},
};

static char *tmp;

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr (GError) error = NULL;

  if (!g_file_get_contents (from, &contents, &length, &error) || !g_file_set_contents (to, contents, length, &error))
    g_error ("%s", error->message);
}

/* tests/hostile/corpus copied to @TMP@/@name, with a source whose name is not UTF-8:
 * its path is in every finding. */
static void
copy_corpus (const char *name)
{
  g_autofree char *corpus = g_build_filename (tmp, name, NULL);
  g_autofree char *source = g_build_filename (cli_source_root (), "tests", "hostile", "corpus", NULL);
  g_assert_cmpint (g_mkdir (corpus, 0755), ==, 0);

  g_autoptr (GDir) dir = g_dir_open (source, 0, NULL);
  g_assert_nonnull (dir);
  for (const char *file; (file = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *from = g_build_filename (source, file, NULL);
      g_autofree char *to = g_build_filename (corpus, file, NULL);
      copy_file (from, to);
    }
  g_autofree char *bad = g_build_filename (corpus, "04_" BAD_NAME ".txt", NULL);
  g_assert_true (
    g_file_set_contents (bad, "Washington and Hanoi normalized diplomatic relations in 1998.\n", -1, NULL));
}

static int
setup (void **state)
{
  (void) state;
  tmp = g_dir_make_tmp ("contra-hostile-XXXXXX", NULL);
  g_assert_nonnull (tmp);
  copy_corpus ("corpus");
  copy_corpus ("with-nul");
  g_autofree char *nul = g_build_filename (cli_source_root (), "tests", "hostile", "nul.txt", NULL);
  g_autofree char *nul_copy = g_build_filename (tmp, "with-nul", "03_nul.txt", NULL);
  copy_file (nul, nul_copy);

  g_autofree char *draft = g_build_filename (cli_source_root (), "tests", "hostile", "draft.md", NULL);
  g_autofree char *draft_copy = g_build_filename (tmp, "draft" BAD_NAME ".md", NULL);
  copy_file (draft, draft_copy);

  /* A sentence longer than the text store keeps (16 MiB), whose cut falls inside
   * an "é", beside one that disagrees with it. */
  g_autofree char *long_dir = g_build_filename (tmp, "long", NULL);
  g_assert_cmpint (g_mkdir (long_dir, 0755), ==, 0);
  GString *text = g_string_new ("Washington and Hanoi normalized diplomatic relations in 1995 ");
  while (text->len < ((gsize) 1 << 24) - 100)
    g_string_append_c (text, 'x');
  for (guint i = 0; i < 200; i++)
    g_string_append (text, "\xc3\xa9");
  g_string_append (text, " and so on.\n");
  g_autofree char *long_a = g_build_filename (long_dir, "a.txt", NULL);
  g_autofree char *long_b = g_build_filename (long_dir, "b.txt", NULL);
  g_assert_true (g_file_set_contents (long_a, text->str, (gssize) text->len, NULL));
  g_assert_true (
    g_file_set_contents (long_b, "Washington and Hanoi normalized diplomatic relations in 1997.\n", -1, NULL));
  g_string_free (text, TRUE);

  g_autofree char *corpus = g_build_filename (tmp, "corpus", NULL);
  g_autofree char *claims = g_build_filename (tmp, "claims.jsonl", NULL);
  const char *argv[] = {"claims", "--corpus", corpus, "--format", "jsonl", "--output", claims, NULL};
  CliRun run = cli_run (argv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli_run_clear (&run);
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmp);
  g_assert_cmpint (system (command), ==, 0);
  g_clear_pointer (&tmp, g_free);
  return 0;
}

static char *
expand (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "@TMP@", -1);
  return g_strjoinv (tmp, parts);
}

/* The output without the colours the writer adds itself. */
static char *
strip_colours (const char *out)
{
  g_autoptr (GRegex) sgr = g_regex_new ("\x1b\\[[0-9;]*m", 0, 0, NULL);
  return g_regex_replace_literal (sgr, out, -1, 0, "", 0, NULL);
}

static void
assert_inert (const char *out)
{
  for (const char *p = out; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029)
        fail_msg ("control U+%04X at byte %ld", c, (long) (p - out));
    }
}

static void
test_case (void **state)
{
  const HostileCase *c = *state;
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *problem = NULL;
  const char *bad;

  for (guint i = 0; c->argv[i] != NULL; i++)
    g_ptr_array_add (argv, expand (c->argv[i]));
  g_ptr_array_add (argv, NULL);
  CliRun run = cli_run ((const char *const *) argv->pdata, NULL);

  if (run.status != c->status)
    fprintf (stderr, "exit status %d, expected %d\nstderr:\n%s\n", run.status, c->status, run.err);
  assert_int_equal (run.status, c->status);
  if (!g_utf8_validate (run.out, -1, &bad))
    fail_msg ("not UTF-8 at byte %ld", (long) (bad - run.out));
  if (c->kind == JSON && !json_check (run.out, strlen (run.out), &problem))
    fail_msg ("not JSON: %s", problem);
  if (c->kind == JSONL && !json_check_lines (run.out, strlen (run.out), &problem))
    fail_msg ("not JSON Lines: %s", problem);
  g_autofree char *plain = strip_colours (run.out);
  assert_inert (plain);
  assert_non_null (strstr (run.out, c->has));
  /* The file whose name is not UTF-8 was read, and named with U+FFFD (in Markdown,
   * its id with the '_' escaped). */
  if (!g_str_equal (c->argv[2], "@TMP@/long"))
    assert_true (strstr (run.out, "04_\xef\xbf\xbd") != NULL || strstr (run.out, "04\\_\xef\xbf\xbd") != NULL);
  cli_run_clear (&run);
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (cases)];
  static char names[G_N_ELEMENTS (cases)][128];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *args = g_strjoinv (" ", (char **) cases[i].argv);
      /* The names go to the test log: no control bytes in them. */
      g_strlcpy (names[i],
                 g_strcanon (args, " -@./_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", '?'),
                 sizeof names[i]);
      tests[i] = (struct CMUnitTest){names[i], test_case, NULL, NULL, (void *) &cases[i]};
    }
  return cmocka_run_group_tests_name ("hostile", tests, setup, teardown);
}
