/* test_exit.c — the exit status of report and lint (DESIGN.md, Command line; the
 * README's table of exit statuses).
 *
 * One rule for every command: the status is 1 exactly when a finding at or above
 * --fail-on is shown, after --min-severity, the configuration's 'disable' and a
 * draft's suppression comments; 0 otherwise. Each row runs one command on one
 * subject with one pair of --min-severity and --fail-on, and checks the status, the
 * findings of each severity in the JSON, and the summary line of the text (the
 * status must not depend on the format). Every pair of the two options is run on
 * every subject:
 *
 *   report           the shipped corpus: 0 errors, 8 warnings, 1 note
 *   report, config   the same with tests/drafts/severities.contra.yaml: two rules
 *                    raised to error, three switched off: 2 errors, 3 warnings, 1 note
 *   lint             tests/drafts/severities.md: 1 error, 1 warning, 1 note, and an
 *                    error its suppression comment silences
 *   lint, config     the same draft with that configuration: only the note is left
 *
 * Beyond the counts, the findings shown must be exactly the subject's findings (pinned
 * below, rule by rule) at or above --min-severity.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cmocka.h>

#include "cli-test.h"
#include "output/json.h"

typedef struct {
  const char *name;
  const char *argv[6];        /* the command, without the severity options */
  const char *findings[12];   /* "severity rule" of every finding at --min-severity note, in order */
} Subject;

#define CONFIG "tests/drafts/severities.contra.yaml"
#define DRAFT "tests/drafts/severities.md"

static const Subject report = {"report", {"report", NULL},
  {"warning instrument-areas", "note instrument-areas", "warning partnership-established", "warning first-time",
   "warning first-time", "warning ship-visit", "warning restriction-eased", "warning restriction-status",
   "warning name-variant"}};
static const Subject report_config = {"report, config", {"report", "--config", CONFIG, NULL},
  {"warning instrument-areas", "note instrument-areas", "warning partnership-established", "error ship-visit",
   "warning restriction-status", "error name-variant"}};
static const Subject lint = {"lint", {"lint", DRAFT, NULL},
  {"error dialogue-started", "warning restriction-eased", "note partnership-established"}};
static const Subject lint_config = {"lint, config", {"lint", "--config", CONFIG, DRAFT, NULL},
  {"note partnership-established"}};

typedef struct {
  const Subject *subject;
  const char *min;            /* --min-severity, or NULL: not given (note) */
  const char *fail;           /* --fail-on, or NULL: not given (report: never; lint: warning) */
  guint shown[3];             /* errors, warnings, notes shown */
  int status;
} ExitCase;

static const ExitCase cases[] = {
  /* Without errors, --min-severity error shows nothing, and nothing shown fails
   * (once 1 for --fail-on warning and note: the hidden warnings counted). */
  {&report, "error",   "error",   {0, 0, 0}, 0},
  {&report, "error",   "warning", {0, 0, 0}, 0},
  {&report, "error",   "note",    {0, 0, 0}, 0},
  {&report, "error",   "never",   {0, 0, 0}, 0},
  {&report, "warning", "error",   {0, 8, 0}, 0},
  {&report, "warning", "warning", {0, 8, 0}, 1},
  {&report, "warning", "note",    {0, 8, 0}, 1},
  {&report, "warning", "never",   {0, 8, 0}, 0},
  {&report, "note",    "error",   {0, 8, 1}, 0},
  {&report, "note",    "warning", {0, 8, 1}, 1},
  {&report, "note",    "note",    {0, 8, 1}, 1},
  {&report, "note",    "never",   {0, 8, 1}, 0},
  {&report, NULL,      NULL,      {0, 8, 1}, 0},

  {&report_config, "error",   "error",   {2, 0, 0}, 1},
  {&report_config, "error",   "warning", {2, 0, 0}, 1},
  {&report_config, "error",   "note",    {2, 0, 0}, 1},
  {&report_config, "error",   "never",   {2, 0, 0}, 0},
  {&report_config, "warning", "error",   {2, 3, 0}, 1},
  {&report_config, "warning", "warning", {2, 3, 0}, 1},
  {&report_config, "warning", "note",    {2, 3, 0}, 1},
  {&report_config, "warning", "never",   {2, 3, 0}, 0},
  {&report_config, "note",    "error",   {2, 3, 1}, 1},
  {&report_config, "note",    "warning", {2, 3, 1}, 1},
  {&report_config, "note",    "note",    {2, 3, 1}, 1},
  {&report_config, "note",    "never",   {2, 3, 1}, 0},
  {&report_config, NULL,      NULL,      {2, 3, 1}, 0},

  {&lint, "error",   "error",   {1, 0, 0}, 1},
  {&lint, "error",   "warning", {1, 0, 0}, 1},
  {&lint, "error",   "note",    {1, 0, 0}, 1},
  {&lint, "error",   "never",   {1, 0, 0}, 0},
  {&lint, "warning", "error",   {1, 1, 0}, 1},
  {&lint, "warning", "warning", {1, 1, 0}, 1},
  {&lint, "warning", "note",    {1, 1, 0}, 1},
  {&lint, "warning", "never",   {1, 1, 0}, 0},
  {&lint, "note",    "error",   {1, 1, 1}, 1},
  {&lint, "note",    "warning", {1, 1, 1}, 1},
  {&lint, "note",    "note",    {1, 1, 1}, 1},
  {&lint, "note",    "never",   {1, 1, 1}, 0},
  {&lint, NULL,      NULL,      {1, 1, 1}, 1},

  /* The error is switched off and the warning too: a note alone fails only
   * --fail-on note, and only when it is shown. */
  {&lint_config, "error",   "error",   {0, 0, 0}, 0},
  {&lint_config, "error",   "warning", {0, 0, 0}, 0},
  {&lint_config, "error",   "note",    {0, 0, 0}, 0},
  {&lint_config, "error",   "never",   {0, 0, 0}, 0},
  {&lint_config, "warning", "error",   {0, 0, 0}, 0},
  {&lint_config, "warning", "warning", {0, 0, 0}, 0},
  {&lint_config, "warning", "note",    {0, 0, 0}, 0},
  {&lint_config, "warning", "never",   {0, 0, 0}, 0},
  {&lint_config, "note",    "error",   {0, 0, 1}, 0},
  {&lint_config, "note",    "warning", {0, 0, 1}, 0},
  {&lint_config, "note",    "note",    {0, 0, 1}, 1},
  {&lint_config, "note",    "never",   {0, 0, 1}, 0},
  {&lint_config, NULL,      NULL,      {0, 0, 1}, 0},
};

static const char *const severities[] = {"error", "warning", "note"};

static int
rank (const char *severity)
{
  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    if (g_strcmp0 (severity, severities[i]) == 0)
      return 3 - (int) i;
  return 0;
}

/* Runs @c's command in @format; returns the run, checked for its status. */
static CliRun
run_case (const ExitCase *c, const char *format)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) c->subject->argv[0]);
  g_ptr_array_add (argv, (gpointer) "--format");
  g_ptr_array_add (argv, (gpointer) format);
  if (c->min != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--min-severity");
      g_ptr_array_add (argv, (gpointer) c->min);
    }
  if (c->fail != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--fail-on");
      g_ptr_array_add (argv, (gpointer) c->fail);
    }
  for (guint i = 1; c->subject->argv[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) c->subject->argv[i]);
  g_ptr_array_add (argv, NULL);

  CliRun run = cli_run ((const char *const *) argv->pdata, NULL);
  if (run.status != c->status)
    fprintf (stderr, "%s: exit status %d, expected %d\nstdout:\n%s\nstderr:\n%s\n", format, run.status, c->status,
             run.out, run.err);
  assert_int_equal (run.status, c->status);
  return run;
}

static void
test_exit (void **state)
{
  const ExitCase *c = *state;
  g_autoptr (GError) error = NULL;

  /* JSON: the findings shown, one by one. */
  CliRun json = run_case (c, "json");
  g_autoptr (ContraJsonNode) parsed = contra_json_parse (json.out, strlen (json.out), &error);
  if (parsed == NULL)
    fail_msg ("the JSON does not parse: %s\n%s", error->message, json.out);
  cli_run_clear (&json);
  const ContraJsonNode *findings = contra_json_get (parsed, "findings");
  assert_true (findings != NULL && findings->type == CONTRA_JSON_ARRAY);

  g_autoptr (GString) shown = g_string_new (NULL), expected = g_string_new (NULL);
  guint counts[3] = {0};
  for (guint i = 0; i < findings->n_items; i++)
    {
      const char *severity = contra_json_get_string (findings->items[i], "severity");
      g_string_append_printf (shown, "%s %s\n", severity, contra_json_get_string (findings->items[i], "rule"));
      if (rank (severity) > 0)
        counts[3 - rank (severity)]++;
    }
  int min_rank = rank (c->min != NULL ? c->min : "note");
  for (guint i = 0; i < G_N_ELEMENTS (c->subject->findings) && c->subject->findings[i] != NULL; i++)
    {
      g_autofree char *severity = g_strndup (c->subject->findings[i], strcspn (c->subject->findings[i], " "));
      if (rank (severity) >= min_rank)
        g_string_append_printf (expected, "%s\n", c->subject->findings[i]);
    }
  if (!g_str_equal (shown->str, expected->str))
    fprintf (stderr, "findings shown:\n%s\nexpected:\n%s", shown->str, expected->str);
  assert_string_equal (shown->str, expected->str);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    assert_int_equal (counts[i], c->shown[i]);

  /* Text: the same status, and the summary counts what was shown. */
  CliRun text = run_case (c, "text");
  g_autofree char *summary
    = g_strdup_printf (": %u error%s, %u warning%s, %u note%s;", c->shown[0], c->shown[0] == 1 ? "" : "s", c->shown[1],
                       c->shown[1] == 1 ? "" : "s", c->shown[2], c->shown[2] == 1 ? "" : "s");
  if (strstr (text.out, summary) == NULL)
    fprintf (stderr, "the text lacks \"%s\":\n%s\n", summary, text.out);
  assert_non_null (strstr (text.out, summary));
  cli_run_clear (&text);
}

/* ---- status 2: usage and input errors, whatever was found -------------------------------- */

typedef struct {
  const char *name;
  const char *argv[8];        /* "@TMP@" stands for the inputs' folder */
  const char *err;            /* standard error, exactly */
} ErrorCase;

#define MOU(year)                                                                       \
  "In September " year ", the United States and Vietnam signed a memorandum of "       \
  "understanding on defense cooperation.\n"

static const ErrorCase error_cases[] = {
  {"--fail-on sometimes", {"report", "--fail-on", "sometimes", NULL},
   "contra: error: --fail-on must be error, warning, note or never, not 'sometimes'\n"},
  /* "never" shows nothing: not a filter anyone asks for on purpose (once taken as
   * note, silently). */
  {"--min-severity never", {"lint", "--min-severity", "never", DRAFT, NULL},
   "contra: error: --min-severity must be error, warning or note, not 'never'\n"},
  {"--min-severity sometimes", {"report", "--min-severity", "sometimes", NULL},
   "contra: error: --min-severity must be error, warning or note, not 'sometimes'\n"},
  /* A corpus file that cannot be read makes the run incomplete: 2, though a warning
   * at or above --fail-on is shown. */
  {"report: a file skipped, a finding shown", {"report", "--fail-on", "note", "@TMP@/skipped", NULL},
   "@TMP@/skipped/c.txt: error: skipped: not a text file: NUL byte at byte offset 6\n"},
  {"lint: a corpus file skipped, a finding shown", {"lint", "--corpus", "@TMP@/skipped", "@TMP@/draft.md", NULL},
   "@TMP@/skipped/c.txt: error: skipped: not a text file: NUL byte at byte offset 6\n"},
};

static char *tmp;

static char *
expand (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "@TMP@", -1);
  return g_strjoinv (tmp, parts);
}

static void
put (const char *relative, const char *contents, gssize length)
{
  g_autofree char *path = g_build_filename (tmp, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  if (!g_file_set_contents (path, contents, length, &error))
    g_error ("%s", error->message);
}

static int
setup (void **state)
{
  (void) state;
  tmp = g_dir_make_tmp ("contra-exit-XXXXXX", NULL);
  g_assert_nonnull (tmp);
  put ("skipped/a.txt", MOU ("2011"), -1);
  put ("skipped/b.txt", MOU ("2012"), -1);
  put ("skipped/c.txt", "GIF89a\0\0\0", 9);
  put ("draft.md", MOU ("2013"), -1);
  return 0;
}

static int
teardown (void **state)
{
  const char *files[] = {"skipped/a.txt", "skipped/b.txt", "skipped/c.txt", "draft.md", "skipped", ""};

  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (tmp, files[i], NULL);
      g_remove (path);
    }
  g_clear_pointer (&tmp, g_free);
  return 0;
}

static void
test_error (void **state)
{
  const ErrorCase *c = *state;
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; c->argv[i] != NULL; i++)
    g_ptr_array_add (argv, expand (c->argv[i]));
  g_ptr_array_add (argv, NULL);
  CliRun run = cli_run ((const char *const *) argv->pdata, NULL);
  g_autofree char *err = expand (c->err);
  if (run.status != 2)
    fprintf (stderr, "exit status %d, expected 2\nstdout:\n%s\nstderr:\n%s\n", run.status, run.out, run.err);
  assert_int_equal (run.status, 2);
  assert_string_equal (run.err, err);
  cli_run_clear (&run);
}

int
main (void)
{
  const guint n = G_N_ELEMENTS (cases) + G_N_ELEMENTS (error_cases);
  struct CMUnitTest tests[G_N_ELEMENTS (cases) + G_N_ELEMENTS (error_cases)];
  char *names[G_N_ELEMENTS (cases)];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ExitCase *c = &cases[i];
      names[i] = g_strdup_printf ("%s, --min-severity %s, --fail-on %s", c->subject->name, c->min ? c->min : "(none)",
                                  c->fail ? c->fail : "(none)");
      tests[i] = (struct CMUnitTest){names[i], test_exit, NULL, NULL, (void *) c};
    }
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    tests[G_N_ELEMENTS (cases) + i]
      = (struct CMUnitTest){error_cases[i].name, test_error, NULL, NULL, (void *) &error_cases[i]};
  int failed = _cmocka_run_group_tests ("exit status", tests, n, setup, teardown);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_free (names[i]);
  return failed;
}
