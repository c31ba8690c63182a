/* test_sarif.c — contra's SARIF is valid against the SARIF 2.1.0 JSON schema.
 *
 * Code-scanning systems reject a log that does not follow the schema, so the test runs
 * real JSON-schema validators over what contra writes: Python's jsonschema (Debian's
 * python3-jsonschema; validate-sarif.py) and ajv (validate-sarif.js). The schema is
 * the one published for SARIF 2.1.0 (sarif-2.1.0-rtm.5.json, the one SchemaStore
 * serves at the "$schema" address contra writes), kept beside this file as the npm
 * package @microsoft/jest-sarif (MIT) ships it; $CONTRA_SARIF_SCHEMA names another.
 *
 * jsonschema is required under CI (CI=true) and skipped with a message elsewhere.
 * ajv is a second opinion: it runs where .ci/run could install it into
 * build/sarif-validator (CONTRA_SARIF_VALIDATOR names another folder) and is skipped,
 * with a message, where it could not.
 *
 * The logs: lint on a draft with findings, on one with suppression notes (findings
 * without claims), on one with no finding, and the corpus report. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include <glib/gstdio.h>

#include "cli-test.h"

typedef struct {
  const char *name;
  const char *argv[8];
} Log;

static const Log logs[] = {
  {"lint-planted.sarif", {"lint", "--format", "sarif", "tests/drafts/planted.md", NULL}},
  {"lint-suppressed.sarif", {"lint", "--format", "sarif", "tests/drafts/suppressed.md", NULL}},
  {"lint-agrees.sarif", {"lint", "--format", "sarif", "tests/drafts/agrees.md", NULL}},
  {"report.sarif", {"report", "--format", "sarif", NULL}},
};

#define INSTALL_HINT                                                                                       \
  "install them as .ci/run does: apt-get install python3-jsonschema; npm install --prefix "               \
  "build/sarif-validator --no-save @microsoft/jest-sarif@1.0.0-beta.0"

typedef struct {
  char *dir;               /* the logs, written by the group setup */
  GPtrArray *files;        /* char*: their paths */
} State;

static char *
validator_dir (void)
{
  const char *dir = g_getenv ("CONTRA_SARIF_VALIDATOR");
  return dir != NULL ? g_strdup (dir) : g_build_filename (cli_source_root (), "build", "sarif-validator", NULL);
}

static char *
schema_path (void)
{
  const char *schema = g_getenv ("CONTRA_SARIF_SCHEMA");
  if (schema != NULL)
    return g_strdup (schema);
  return g_build_filename (cli_source_root (), "tests", "cli", "sarif-2.1.0-rtm.5.json", NULL);
}

/* Skips the test, or fails it when @required and under CI, where the validator must
 * be installed. */
static void
missing (const char *what, gboolean required)
{
  const char *ci = g_getenv ("CI");
  if (required && ci != NULL && (g_str_equal (ci, "true") || g_str_equal (ci, "1")))
    fail_msg ("SARIF validation cannot run under CI: %s (%s)", what, INSTALL_HINT);
  fprintf (stderr, "skipped: %s (%s)\n", what, INSTALL_HINT);
  skip ();
}

static int
setup (void **state)
{
  State *s = g_new0 (State, 1);
  g_autoptr (GError) error = NULL;

  s->dir = g_dir_make_tmp ("contra-sarif-XXXXXX", &error);
  if (s->dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return -1;
    }
  s->files = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (logs); i++)
    {
      CliRun run = cli_run (logs[i].argv, NULL);
      if (run.status != 0 && run.status != 1)
        {
          fprintf (stderr, "contra %s: exit status %d\n%s\n", logs[i].argv[0], run.status, run.err);
          return -1;
        }
      char *path = g_build_filename (s->dir, logs[i].name, NULL);
      if (!g_file_set_contents (path, run.out, -1, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return -1;
        }
      g_ptr_array_add (s->files, path);
      cli_run_clear (&run);
    }
  *state = s;
  return 0;
}

static int
teardown (void **state)
{
  State *s = *state;

  for (guint i = 0; i < s->files->len; i++)
    g_unlink (g_ptr_array_index (s->files, i));
  g_rmdir (s->dir);
  g_free (s->dir);
  g_ptr_array_unref (s->files);
  g_free (s);
  return 0;
}

/* Runs a validator: @program and @script, then the schema and every log. */
static void
validate (const State *s, const char *program, const char *script, char **env)
{
  g_autofree char *schema = schema_path ();
  g_autofree char *script_path = g_build_filename (cli_source_root (), "tests", "cli", script, NULL);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) program);
  g_ptr_array_add (argv, script_path);
  g_ptr_array_add (argv, schema);
  for (guint i = 0; i < s->files->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (s->files, i));
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    fail_msg ("cannot run %s: %s", program, error->message);
  fprintf (stderr, "%s%s", out, err);
  if (!g_spawn_check_wait_status (status, NULL))
    fail_msg ("%s finds contra's SARIF invalid against %s (see above)", script, schema);
}

/* An interpreter that can import jsonschema: $CONTRA_PYTHON, python3 on the PATH, or
 * the system's (a python3 from pyenv or a venv may lack Debian's packages). */
static char *
find_python (void)
{
  g_autofree char *on_path = g_find_program_in_path ("python3");
  const char *candidates[] = {g_getenv ("CONTRA_PYTHON"), on_path, "/usr/bin/python3"};

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      const char *argv[] = {candidates[i], "-c", "import jsonschema", NULL};
      int status = -1;
      if (candidates[i] == NULL)
        continue;
      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                        NULL, NULL, &status, NULL)
          && g_spawn_check_wait_status (status, NULL))
        return g_strdup (candidates[i]);
    }
  return NULL;
}

static gboolean
schema_present (void)
{
  g_autofree char *schema = schema_path ();
  return g_file_test (schema, G_FILE_TEST_IS_REGULAR);
}

/* (missing() jumps out of the test: nothing may be left allocated when it is called.) */
static void
test_jsonschema (void **state)
{
  char *python = find_python ();
  const char *problem = !schema_present () ? "no SARIF 2.1.0 schema" : python == NULL ? "no python3 with jsonschema" : NULL;

  if (problem != NULL)
    {
      g_free (python);
      missing (problem, TRUE);
    }
  validate (*state, python, "validate-sarif.py", NULL);
  g_free (python);
}

static void
test_ajv (void **state)
{
  g_autofree char *dir = validator_dir ();
  char *modules = g_build_filename (dir, "node_modules", NULL);
  g_autofree char *ajv = g_build_filename (modules, "ajv", "package.json", NULL);
  g_autofree char *node = g_find_program_in_path ("node");
  const char *problem = !schema_present ()                                           ? "no SARIF 2.1.0 schema"
                        : node == NULL || !g_file_test (ajv, G_FILE_TEST_IS_REGULAR) ? "no node with ajv"
                                                                                    : NULL;

  if (problem != NULL)
    {
      g_clear_pointer (&dir, g_free);
      g_clear_pointer (&ajv, g_free);
      g_clear_pointer (&node, g_free);
      g_free (modules);
      missing (problem, FALSE);
    }
  char **env = g_environ_setenv (g_get_environ (), "NODE_PATH", modules, TRUE);
  validate (*state, node, "validate-sarif.js", env);
  g_strfreev (env);
  g_free (modules);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_jsonschema),
    cmocka_unit_test (test_ajv),
  };
  return cmocka_run_group_tests_name ("sarif", tests, setup, teardown);
}
