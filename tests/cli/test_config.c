/* test_config.c — mistakes in .contra.yaml are errors, named at file:line:col.
 *
 * Each row writes its configuration files into a folder of its own, runs contra there
 * (so that the search upward finds them, and not the repository's), and checks the
 * exit status and standard error exactly. "@ROOT@" in a file or a message stands for
 * the source root (the shipped corpus and rules), "@DIR@" for the row's folder.
 * A rule id the configuration names must be one a finding can carry: a rule of the
 * rules folder, or one of the reconciler's and lint's own checks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"

typedef struct {
  const char *name;
  const char *files[4][2];   /* path in the row's folder, contents */
  const char *cwd;           /* below the row's folder, or NULL */
  const char *argv[8];
  int status;
  const char *err;           /* standard error, exactly */
} ConfigCase;

#define PLACES "corpus: @ROOT@/corpus\nrules: @ROOT@/rules\n"

static const ConfigCase cases[] = {
  /* Unknown rule ids, with the nearest known one suggested, as rule files do. */
  {"an unknown rule under 'severity'",
   {{".contra.yaml", PLACES "severity:\n  ship-vist: error\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:4:3: error: unknown rule 'ship-vist' under 'severity'; did you mean 'ship-visit'?\n"},
  {"an unknown rule under 'disable', a list",
   {{".contra.yaml", PLACES "disable: [ship-visit, fist-time]\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:23: error: unknown rule 'fist-time' under 'disable'; did you mean 'first-time'?\n"},
  {"an unknown rule under 'disable', alone",
   {{".contra.yaml", PLACES "disable: frobnicate\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:10: error: unknown rule 'frobnicate' under 'disable' (no rule in @ROOT@/rules has this id)\n"},
  {"every unknown rule at once",
   {{".contra.yaml", PLACES "severity:\n  ship-vist: error\n  name-variant: note\ndisable:\n  - frobnicate\n"
                            "  - unused-supression\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:4:3: error: unknown rule 'ship-vist' under 'severity'; did you mean 'ship-visit'?\n"
   ".contra.yaml:7:5: error: unknown rule 'frobnicate' under 'disable' (no rule in @ROOT@/rules has this id)\n"
   ".contra.yaml:8:5: error: unknown rule 'unused-supression' under 'disable'; did you mean 'unused-suppression'?\n"},
  /* The same check for every command that loads the rules. */
  {"lint checks the rule ids",
   {{".contra.yaml", PLACES "disable: [fist-time]\n"}},
   NULL, {"lint", "-", NULL}, 2,
   ".contra.yaml:3:11: error: unknown rule 'fist-time' under 'disable'; did you mean 'first-time'?\n"},
  {"rules check checks the rule ids",
   {{".contra.yaml", PLACES "disable: [fist-time]\n"}},
   NULL, {"rules", "check", NULL}, 2,
   ".contra.yaml:3:11: error: unknown rule 'fist-time' under 'disable'; did you mean 'first-time'?\n"},
  /* The reconciler's and lint's own checks are rules too, and an empty section is
   * no section. */
  {"built-in checks are known",
   {{".contra.yaml", PLACES "severity:\n  name-variant: note\n  unknown-rule: error\n"
                            "disable: [unused-suppression, unknown-directive]\n"}},
   NULL, {"report", "--fail-on", "error", NULL}, 0, ""},
  {"empty sections", {{".contra.yaml", PLACES "severity:\ndisable:\n"}}, NULL, {"report", NULL}, 0, ""},

  /* Within 'severity'. */
  {"a list as a key under 'severity' (once a crash)",
   {{".contra.yaml", PLACES "severity:\n  [ship-visit, first-time]: error\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:4:3: error: keys under 'severity' must be rule ids, not a list\n"},
  {"a rule given two severities",
   {{".contra.yaml", PLACES "severity:\n  ship-visit: error\n  first-time: note\n  ship-visit: note\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:6:3: error: rule 'ship-visit' is given a severity twice (first at line 4)\n"},
  {"a severity that is none",
   {{".contra.yaml", PLACES "severity:\n  ship-visit: fatal\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:4:15: error: the severity of rule 'ship-visit' must be error, warning or note, not 'fatal'\n"},
  {"'severity' as a list",
   {{".contra.yaml", PLACES "severity: [ship-visit]\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:11: error: 'severity' must map rule ids to error, warning or note\n"},

  /* The other keys. */
  {"an empty corpus and rules",
   {{".contra.yaml", "corpus:\nrules: ''\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:1:8: error: 'corpus' is empty: name a folder, or leave it out\n"
   ".contra.yaml:2:8: error: 'rules' is empty: name a folder, or leave it out\n"},
  {"an unknown key",
   {{".contra.yaml", PLACES "fail-on: error\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:1: error: unknown key 'fail-on' in the configuration; did you mean 'fail_on'?\n"},
  {"an unknown key, nothing near",
   {{".contra.yaml", PLACES "colour: always\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:1: error: unknown key 'colour' in the configuration (known keys: corpus, rules, index, fail_on, "
   "min_severity, severity, disable, jobs, format)\n"},
  {"a bad fail_on",
   {{".contra.yaml", PLACES "fail_on: sometimes\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:10: error: 'fail_on' must be one of error, warning, note, never, not 'sometimes'\n"},
  {"min_severity never",
   {{".contra.yaml", PLACES "min_severity: never\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:15: error: 'min_severity' must be one of error, warning, note, not 'never'\n"},
  {"an unknown format",
   {{".contra.yaml", PLACES "format: jsn\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:9: error: 'format' must be one of text, json, jsonl, markdown, sarif, github, html, not 'jsn'; "
   "did you mean 'json'?\n"},
  {"every mistake of a file at once",
   {{".contra.yaml", PLACES "fail_on: sometimes\nmin_severity: never\ncolour: always\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yaml:3:10: error: 'fail_on' must be one of error, warning, note, never, not 'sometimes'\n"
   ".contra.yaml:4:15: error: 'min_severity' must be one of error, warning, note, not 'never'\n"
   ".contra.yaml:5:1: error: unknown key 'colour' in the configuration (known keys: corpus, rules, index, fail_on, "
   "min_severity, severity, disable, jobs, format)\n"},

  /* Where the configuration is found, and how it is named. */
  {".contra.yml is found",
   {{".contra.yml", PLACES "fail_on: note\n"}},
   NULL, {"report", NULL}, 1, ""},
  {".contra.yml is named as it is",
   {{".contra.yml", PLACES "disable: [fist-time]\n"}},
   NULL, {"report", NULL}, 2,
   ".contra.yml:3:11: error: unknown rule 'fist-time' under 'disable'; did you mean 'first-time'?\n"},
  {"both .contra.yaml and .contra.yml",
   {{".contra.yaml", PLACES}, {".contra.yml", PLACES}},
   NULL, {"report", NULL}, 2,
   "contra: error: both .contra.yaml and .contra.yml are in this folder; keep one (contra reads only one)\n"},
  {"both, in a folder above",
   {{".contra.yaml", PLACES}, {".contra.yml", PLACES}, {"desk/draft.md", ""}},
   "desk", {"report", NULL}, 2,
   "contra: error: both ../.contra.yaml and ../.contra.yml are in that folder; keep one (contra reads only one)\n"},
  {"found from a folder below, named from here",
   {{".contra.yaml", PLACES "disable: [fist-time]\n"}, {"desk/draft.md", ""}},
   "desk", {"report", NULL}, 2,
   "../.contra.yaml:3:11: error: unknown rule 'fist-time' under 'disable'; did you mean 'first-time'?\n"},
  {"the nearest wins",
   {{".contra.yaml", PLACES "disable: [fist-time]\n"}, {"desk/.contra.yml", PLACES "fail_on: note\n"}},
   "desk", {"report", NULL}, 1, ""},
  {"--config is named as given",
   {{"desk/settings.yaml", PLACES "disable: [fist-time]\n"}},
   NULL, {"report", "--config", "desk/settings.yaml", NULL}, 2,
   "desk/settings.yaml:3:11: error: unknown rule 'fist-time' under 'disable'; did you mean 'first-time'?\n"},
};

static char *tmp;

static char *
expand (const char *text, const char *dir)
{
  g_auto (GStrv) parts = g_strsplit (text, "@ROOT@", -1);
  g_autofree char *rooted = g_strjoinv (cli_source_root (), parts);
  g_auto (GStrv) more = g_strsplit (rooted, "@DIR@", -1);
  return g_strjoinv (dir, more);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static int
setup (void **state)
{
  (void) state;
  tmp = g_dir_make_tmp ("contra-config-XXXXXX", NULL);
  g_assert_nonnull (tmp);
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  remove_tree (tmp);
  g_clear_pointer (&tmp, g_free);
  return 0;
}

static void
test_config (void **state)
{
  const ConfigCase *c = *state;
  g_autofree char *name = g_strdup_printf ("case-%u", (guint) (c - cases));
  g_autofree char *dir = g_build_filename (tmp, name, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (c->files) && c->files[i][0] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, c->files[i][0], NULL);
      g_autofree char *folder = g_path_get_dirname (path);
      g_autofree char *contents = expand (c->files[i][1], dir);
      g_autoptr (GError) error = NULL;
      assert_int_equal (g_mkdir_with_parents (folder, 0755), 0);
      if (!g_file_set_contents (path, contents, -1, &error))
        fail_msg ("%s", error->message);
    }
  g_autofree char *cwd = c->cwd != NULL ? g_build_filename (dir, c->cwd, NULL) : g_strdup (dir);
  CliRun run = cli_run_in (cwd, c->argv, "");
  g_autofree char *err = expand (c->err, dir);

  if (run.status != c->status || !g_str_equal (run.err, err))
    fprintf (stderr, "exit status %d, expected %d\nstderr:\n%s\nexpected:\n%s\n", run.status, c->status, run.err, err);
  assert_int_equal (run.status, c->status);
  assert_string_equal (run.err, err);
  cli_run_clear (&run);
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (cases)];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    tests[i] = (struct CMUnitTest){cases[i].name, test_config, NULL, NULL, (void *) &cases[i]};
  return cmocka_run_group_tests_name ("configuration", tests, setup, teardown);
}
