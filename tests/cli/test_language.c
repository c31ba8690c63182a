/* test_language.c — a document's `language` selects the folder of lang/ it is read
 * with (issue 12): "en" and "en-US" are read as English; a document in a language
 * contra has no folder for is reported once, on standard error, and no claims are
 * read from it (no silent English reading of French). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

#define MOU_2011 "In September 2011, the United States and Vietnam signed a memorandum of " \
                 "understanding on defense cooperation.\n"

static void
write_file (const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
test_language_selects (void **state)
{
  g_autofree char *tmp = g_dir_make_tmp ("contra-language-XXXXXX", NULL);
  g_autofree char *corpus = g_build_filename (tmp, "corpus", NULL);
  g_autofree char *rules = g_build_filename (cli_source_root (), "rules", NULL);
  const char *argv[] = {"claims", "--corpus", "corpus", "--rules", rules, NULL};

  (void) state;
  assert_int_equal (g_mkdir (corpus, 0700), 0);
  write_file (corpus, "en.txt", MOU_2011);
  write_file (corpus, "fr.txt", MOU_2011);
  write_file (corpus, "us.txt", MOU_2011);
  write_file (corpus, "sources.yaml",
              "sources:\n"
              "  - {id: en, file: en.txt, language: en}\n"
              "  - {id: fr, file: fr.txt, language: fr}\n"
              "  - {id: us, file: us.txt, language: en-US}\n");

  CliRun run = cli_run_in (tmp, argv, NULL);
  assert_int_equal (run.status, 0);
  assert_string_equal (run.err, "corpus/fr.txt: warning: the document is in 'fr', a language contra has no "
                                "folder for in lang/: no claims are read from it\n");
  assert_non_null (strstr (run.out, "corpus/en.txt:1:4: instrument-signed"));
  assert_non_null (strstr (run.out, "corpus/us.txt:1:4: instrument-signed"));
  assert_null (strstr (run.out, "corpus/fr.txt"));
  assert_non_null (strstr (run.out, "2 claims from 3 sources"));
  cli_run_clear (&run);

  const char *names[] = {"en.txt", "fr.txt", "us.txt", "sources.yaml"};
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *path = g_build_filename (corpus, names[k], NULL);
      g_unlink (path);
    }
  g_rmdir (corpus);
  g_rmdir (tmp);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_language_selects),
  };
  return cmocka_run_group_tests_name ("language", tests, NULL, NULL);
}
