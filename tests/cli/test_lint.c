/* test_lint.c — contra lint on the drafts in tests/drafts/.
 *
 * Golden files pin what lint prints on planted.md (a planted error per claim type) in
 * every format, on suppressed.md (suppression comments) and under a desk's
 * configuration (tests/drafts/config/). A table of runs pins the exit status, the
 * severity filters, standard input, the configuration and the usage errors by what
 * the output must and must not hold. Last, the expectations written for a draft
 * (defense-ties.expect.yaml, the format the shared scorer reads) are checked against
 * lint's JSON: each expected line range is flagged at its severity or above, and no
 * silent range has a warning or an error. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cli-test.h"
#include "output/json.h"
#include "base/yaml.h"

/* ---- golden files -------------------------------------------------------------------- */

typedef struct {
  const char *name;          /* golden file for standard output */
  const char *dir;           /* working directory under the source root; NULL: the root */
  const char *argv[8];
  int status;
} GoldenCase;

static const GoldenCase golden_cases[] = {
  {"lint-planted.txt", NULL, {"lint", "tests/drafts/planted.md", NULL}, 1},
  {"lint-planted.json", NULL, {"lint", "--format", "json", "tests/drafts/planted.md", NULL}, 1},
  {"lint-planted.sarif", NULL, {"lint", "--format", "sarif", "tests/drafts/planted.md", NULL}, 1},
  {"lint-planted.github", NULL, {"lint", "--format", "github", "tests/drafts/planted.md", NULL}, 1},
  {"lint-planted.md", NULL, {"lint", "--format", "markdown", "tests/drafts/planted.md", NULL}, 1},
  {"lint-agrees.txt", NULL, {"lint", "--verbose", "tests/drafts/agrees.md", NULL}, 0},
  {"lint-unchecked.txt", NULL, {"lint", "--verbose", "tests/drafts/unchecked.md", NULL}, 0},
  {"lint-unchecked.json", NULL, {"lint", "--format", "json", "tests/drafts/unchecked.md", NULL}, 0},
  {"lint-suppressed.txt", NULL, {"lint", "tests/drafts/suppressed.md", NULL}, 1},
  {"lint-suppressed.json", NULL, {"lint", "--format", "json", "tests/drafts/suppressed.md", NULL}, 1},
  {"lint-config.txt", "tests/drafts/config", {"lint", "checked.md", NULL}, 1},
  {"lint-table.txt", NULL, {"lint", "--corpus", "tests/corpora/tunnel", "tests/drafts/table.md", NULL}, 1},
  {"lint-footnote.txt", NULL, {"lint", "--corpus", "tests/corpora/tunnel", "tests/drafts/footnote.md", NULL}, 1},
};

static CliRun
run_in (const char *dir, const char *const *argv, const char *input)
{
  if (dir == NULL)
    return cli_run (argv, input);
  g_autofree char *cwd = g_build_filename (cli_source_root (), dir, NULL);
  return cli_run_in (cwd, argv, input);
}

static void
test_golden (void **state)
{
  const GoldenCase *c = *state;
  CliRun run = run_in (c->dir, c->argv, NULL);

  if (run.status != c->status)
    fprintf (stderr, "exit status %d, expected %d; stderr:\n%s\n", run.status, c->status, run.err);
  assert_int_equal (run.status, c->status);
  assert_true (cli_golden (c->name, run.out));
  cli_run_clear (&run);
}

/* ---- runs: exit status, filters, standard input, configuration ------------------------ */

typedef struct {
  const char *name;
  const char *dir;           /* working directory under the source root; NULL: the root */
  const char *argv[10];
  const char *input;         /* standard input, or NULL */
  int status;
  const char *has[4];        /* in standard output */
  const char *lacks[4];      /* not in standard output */
  const char *err;           /* in standard error, or NULL */
} RunCase;

#define STDIN_DRAFT                                                               \
  "# From standard input\n"                                                       \
  "\n"                                                                            \
  "In November 2003, a US frigate made a historic visit to Ho Chi Minh City.\n"   \
  "\n"                                                                            \
  "<!-- contra-disable-next-line ship-vist -->\n"                                 \
  "Washington and Hanoi normalized diplomatic relations in 1995.\n"

static const RunCase run_cases[] = {
  /* The exit status: 1 when something is at or above --fail-on (default: warning). */
  {"a conflict fails", NULL, {"lint", "tests/drafts/planted.md", NULL}, NULL, 1,
   {"planted.md:18:4: warning:", "[ship-visit]"}, {NULL}, NULL},
  {"a draft that agrees passes", NULL, {"lint", "tests/drafts/agrees.md", NULL}, NULL, 0,
   {"0 errors, 0 warnings"}, {"warning:", "error:"}, NULL},
  {"a draft that agrees is silent at warning", NULL, {"lint", "--min-severity", "warning", "tests/drafts/agrees.md", NULL},
   NULL, 0, {"0 errors, 0 warnings, 0 notes"}, {"agrees.md:"}, NULL},
  {"--verbose lists what the draft gets right, at the draft's lines", NULL,
   {"lint", "--verbose", "--min-severity", "warning", "tests/drafts/agrees.md", NULL}, NULL, 0,
   {"== Corroborated ==", "agrees.md:12:20: when the Defense Policy Dialogue began: 17 August 2010 (3 sources: 000, 002, 004)",
    "5 facts corroborated"},
   {NULL}, NULL},
  {"what no rule could check is counted, and --verbose names it", NULL,
   {"lint", "tests/drafts/unchecked.md", NULL}, NULL, 0,
   {"1 sentence of the draft states a date, a number or a name that no rule could check (--verbose lists them)",
    "1 sentence of the draft was checked only in part (a date or number no rule could check) (--verbose lists them)"},
   {"== Not checked ==", "a bright morning"}, NULL},
  {"a sentence checked in part names the numbers no rule took", NULL,
   {"lint", "--verbose", "tests/drafts/unchecked.md", NULL}, NULL, 0,
   {"unchecked.md:9:1: “Vietnam and the United States normalized relations on July 11, 1995, when 42 diplomats attended "
    "the ceremony.” — not checked: 42 diplomats"},
   {"unchecked.md:3:1:", "not checked: July"}, NULL},
  {"a statement the draft calls false, denies or attributes as an error is not the draft's", NULL,
   {"lint", "tests/drafts/refuted.md", NULL}, NULL, 1,
   {"refuted.md:7:31: error:"}, {"refuted.md:1:", "refuted.md:3:", "refuted.md:5:"}, NULL},
  {"without --verbose, what the draft gets right stays silent", NULL, {"lint", "tests/drafts/agrees.md", NULL}, NULL, 0,
   {"facts corroborated"}, {"== Corroborated ==", "agrees.md:12:"}, NULL},
  {"--fail-on error passes warnings", NULL, {"lint", "--fail-on", "error", "tests/drafts/suppressed.md", NULL}, NULL, 0,
   {"warning:"}, {"error:"}, NULL},
  {"--fail-on error fails an error", NULL, {"lint", "--fail-on", "error", "tests/drafts/planted.md", NULL}, NULL, 1,
   {"error:"}, {NULL}, NULL},
  {"--fail-on never", NULL, {"lint", "--fail-on", "never", "tests/drafts/planted.md", NULL}, NULL, 0, {"error:"}, {NULL},
   NULL},
  {"several drafts", NULL, {"lint", "tests/drafts/agrees.md", "tests/drafts/planted.md", NULL}, NULL, 1,
   {"planted.md:11:"}, {"agrees.md:9:", "agrees.md:12:"}, NULL},

  /* Markdown: a wrong fact in a table cell, in a row that reads as one sentence, or in
   * a footnote is flagged where it stands; code fenced inside a quote is not read. */
  {"a wrong date in a table cell, at the cell", NULL,
   {"lint", "--corpus", "tests/corpora/tunnel", "tests/drafts/table.md", NULL}, NULL, 1,
   {"table.md:9:31: warning:", "table.md:13:3: warning:"}, {"table.md:18:", "March 2018"}, NULL},
  {"a wrong date in a footnote, at the footnote", NULL,
   {"lint", "--corpus", "tests/corpora/tunnel", "tests/drafts/footnote.md", NULL}, NULL, 1,
   {"footnote.md:6:31: warning:", "says March 2017"}, {NULL}, NULL},

  /* --min-severity leaves findings out, and what it leaves out does not fail. */
  {"--min-severity warning drops notes", NULL, {"lint", "--min-severity", "warning", "tests/drafts/suppressed.md", NULL},
   NULL, 1, {"[ship-visit]", "0 notes"}, {"[unused-suppression]"}, NULL},
  {"--min-severity error", NULL, {"lint", "--min-severity", "error", "tests/drafts/planted.md", NULL}, NULL, 1,
   {"[instrument-signed]", "0 warnings"}, {"[ship-visit]", "warning:"}, NULL},
  {"what is left out does not fail", NULL, {"lint", "--min-severity", "error", "tests/drafts/suppressed.md", NULL}, NULL,
   0, {"0 errors, 0 warnings, 0 notes"}, {"suppressed.md:"}, NULL},

  /* Suppressions: the used ones silence, the unused one is a note, code is no directive. */
  {"suppressions", NULL, {"lint", "tests/drafts/suppressed.md", NULL}, NULL, 1,
   {"suppressed.md:22:4: warning:", "suppressed.md:11:1: note: Unused suppression: no ship-visit finding on line 12"},
   {"suppressed.md:9:", "suppressed.md:16:", "suppressed.md:18:", "suppressed.md:28:"}, NULL},

  /* Standard input, named by --stdin-filename; a rule id misspelt in a suppression. */
  {"standard input", NULL, {"lint", "--stdin-filename", "desk/draft.md", "-", NULL}, STDIN_DRAFT, 1,
   {"desk/draft.md:3:4: warning:", "[ship-visit]",
    "desk/draft.md:5:1: warning: Unknown rule 'ship-vist' in contra-disable-next-line (did you mean 'ship-visit'?) "
    "[unknown-rule]"},
   {NULL}, NULL},
  {"standard input without a name", NULL, {"lint", "-", NULL}, STDIN_DRAFT, 1, {"<stdin>:3:4: warning:"}, {NULL}, NULL},
  {"standard input in json", NULL, {"lint", "--format", "json", "--stdin-filename", "draft.md", "-", NULL}, STDIN_DRAFT,
   1, {"\"path\": \"draft.md\"", "\"rule\": \"unknown-rule\""}, {NULL}, NULL},

  /* The configuration found upward from the working directory, and options over it. */
  {"configuration", "tests/drafts/config", {"lint", "checked.md", NULL}, NULL, 1,
   {"checked.md:6:4: error:", "[ship-visit]", "checked.md:12:4: warning:"},
   {"[instrument-count]", "[person-title]", "[unused-suppression]"}, NULL},
  {"configuration found from a folder below", "tests/drafts/config/desk", {"lint", "nested.md", NULL}, NULL, 1,
   {"nested.md:3:4: error:", "[ship-visit]"}, {NULL}, NULL},
  {"--fail-on over the configuration", "tests/drafts/config", {"lint", "--fail-on", "never", "checked.md", NULL}, NULL, 0,
   {"error:"}, {NULL}, NULL},
  {"--min-severity over the configuration", "tests/drafts/config", {"lint", "--min-severity", "note", "checked.md", NULL},
   NULL, 1, {"checked.md:10:4: note:", "[person-title]"}, {"[instrument-count]", "[unused-suppression]"}, NULL},
  {"--config", NULL, {"lint", "--config", "tests/drafts/config/.contra.yaml", "tests/drafts/config/checked.md", NULL},
   NULL, 1, {"tests/drafts/config/checked.md:6:4: error:"}, {"[instrument-count]"}, NULL},

  /* Usage and input errors: status 2 and a message naming what is wrong. */
  {"no draft", NULL, {"lint", NULL}, NULL, 2, {NULL}, {NULL}, "no draft given"},
  {"a missing draft", NULL, {"lint", "tests/drafts/no-such-draft.md", NULL}, NULL, 2, {NULL}, {NULL},
   "tests/drafts/no-such-draft.md"},
  {"a bad --fail-on", NULL, {"lint", "--fail-on", "sometimes", "tests/drafts/agrees.md", NULL}, NULL, 2, {NULL}, {NULL},
   "--fail-on must be error, warning, note or never, not 'sometimes'"},
  {"a format for claims", NULL, {"lint", "--format", "jsonl", "tests/drafts/agrees.md", NULL}, NULL, 2, {NULL}, {NULL},
   "lint writes text, json, markdown, sarif, github or html"},
};

static void
test_run (void **state)
{
  const RunCase *c = *state;
  CliRun run = run_in (c->dir, c->argv, c->input);
  gboolean ok = run.status == c->status;

  if (!ok)
    fprintf (stderr, "exit status %d, expected %d\n", run.status, c->status);
  for (guint i = 0; i < G_N_ELEMENTS (c->has) && c->has[i] != NULL; i++)
    if (strstr (run.out, c->has[i]) == NULL)
      {
        fprintf (stderr, "missing from the output: %s\n", c->has[i]);
        ok = FALSE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (c->lacks) && c->lacks[i] != NULL; i++)
    if (strstr (run.out, c->lacks[i]) != NULL)
      {
        fprintf (stderr, "in the output, but should not be: %s\n", c->lacks[i]);
        ok = FALSE;
      }
  if (c->err != NULL && strstr (run.err, c->err) == NULL)
    {
      fprintf (stderr, "missing from standard error: %s\n", c->err);
      ok = FALSE;
    }
  if (!ok)
    fprintf (stderr, "--- stdout:\n%s--- stderr:\n%s", run.out, run.err);
  cli_run_clear (&run);
  assert_true (ok);
}

/* ---- a draft's expectations ------------------------------------------------------------ */

static int
rank (const char *severity)
{
  return g_strcmp0 (severity, "error") == 0 ? 3 : g_strcmp0 (severity, "warning") == 0 ? 2
                                              : g_strcmp0 (severity, "note") == 0      ? 1
                                                                                        : 0;
}

/* As the shared scorer counts it: a claim whose path's base name is the draft's, on a
 * line within [lo, hi]. */
static gboolean
finding_in_lines (const ContraJsonNode *finding, const char *draft, guint lo, guint hi)
{
  const ContraJsonNode *claims = contra_json_get (finding, "claims");

  for (guint i = 0; claims != NULL && claims->type == CONTRA_JSON_ARRAY && i < claims->n_items; i++)
    {
      const ContraJsonNode *claim = claims->items[i];
      const char *path = contra_json_get_string (claim, "path");
      g_autofree char *base = path != NULL ? g_path_get_basename (path) : NULL;
      double line = contra_json_get_number (claim, "line", 0);
      double end_line = contra_json_get_number (claim, "end_line", line);
      if (base != NULL && g_str_equal (base, draft) && line <= hi && end_line >= lo)
        return TRUE;
    }
  return FALSE;
}

/* The findings at or above @min_rank with a claim in the draft's lines. */
static guint
count_findings (const ContraJsonNode *findings, const char *draft, const ContraYamlNode *entry, int min_rank)
{
  const ContraYamlNode *lines = contra_yaml_mapping_get (entry, "lines");
  guint n = 0;

  assert_non_null (lines);
  assert_int_equal (contra_yaml_length (lines), 2);
  guint lo = (guint) g_ascii_strtoull (contra_yaml_item_at (lines, 0)->scalar, NULL, 10);
  guint hi = (guint) g_ascii_strtoull (contra_yaml_item_at (lines, 1)->scalar, NULL, 10);
  for (guint i = 0; i < findings->n_items; i++)
    {
      const ContraJsonNode *finding = findings->items[i];
      n += rank (contra_json_get_string (finding, "severity")) >= min_rank && finding_in_lines (finding, draft, lo, hi);
    }
  return n;
}

static const char *
about (const ContraYamlNode *entry)
{
  const ContraYamlNode *node = contra_yaml_mapping_get (entry, "about");
  return node != NULL && node->scalar != NULL ? node->scalar : "";
}

/* Checks tests/drafts/@expect against lint's JSON for its draft; prints each entry
 * that is missed or broken and returns how many are. */
static guint
check_expectations (const char *expect)
{
  g_autofree char *path = g_build_filename (cli_source_root (), "tests", "drafts", expect, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraYamlNode) spec = contra_yaml_load_file (path, &error);
  guint problems = 0;

  if (spec == NULL)
    fail_msg ("%s", error->message);
  const ContraYamlNode *draft = contra_yaml_mapping_get (spec, "draft");
  assert_non_null (draft);
  g_autofree char *draft_path = g_build_filename ("tests", "drafts", draft->scalar, NULL);
  const char *argv[] = {"lint", "--format", "json", draft_path, NULL};
  CliRun run = cli_run (argv, NULL);
  assert_true (run.status == 0 || run.status == 1);
  g_autoptr (ContraJsonNode) report = contra_json_parse (run.out, strlen (run.out), &error);
  cli_run_clear (&run);
  if (report == NULL)
    fail_msg ("lint's JSON does not parse: %s", error->message);
  const ContraJsonNode *findings = contra_json_get (report, "findings");
  assert_true (findings != NULL && findings->type == CONTRA_JSON_ARRAY);

  const ContraYamlNode *expected = contra_yaml_mapping_get (spec, "expect");
  for (guint i = 0; expected != NULL && i < contra_yaml_length (expected); i++)
    {
      const ContraYamlNode *entry = contra_yaml_item_at (expected, i);
      const ContraYamlNode *severity = contra_yaml_mapping_get (entry, "severity");
      if (count_findings (findings, draft->scalar, entry, rank (severity ? severity->scalar : "warning")) == 0)
        {
          fprintf (stderr, "%s: missed: %s\n", expect, about (entry));
          problems++;
        }
    }
  const ContraYamlNode *silent = contra_yaml_mapping_get (spec, "silent");
  for (guint i = 0; silent != NULL && i < contra_yaml_length (silent); i++)
    {
      const ContraYamlNode *entry = contra_yaml_item_at (silent, i);
      if (count_findings (findings, draft->scalar, entry, rank ("warning")) > 0)
        {
          fprintf (stderr, "%s: a warning where there should be none: %s\n", expect, about (entry));
          problems++;
        }
    }
  return problems;
}

/* The shared scorer's own draft (a copy, so that the project's tests stand alone). */
static void
test_defense_ties (void **state)
{
  assert_int_equal (check_expectations ("defense-ties.expect.yaml"), 0);
}

int
main (void)
{
  GArray *tests = g_array_new (FALSE, FALSE, sizeof (struct CMUnitTest));
  char *names[G_N_ELEMENTS (golden_cases) + G_N_ELEMENTS (run_cases)];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (golden_cases); i++)
    {
      names[n] = g_strdup_printf ("golden: %s", golden_cases[i].name);
      struct CMUnitTest test = {names[n++], test_golden, NULL, NULL, (void *) &golden_cases[i]};
      g_array_append_val (tests, test);
    }
  for (guint i = 0; i < G_N_ELEMENTS (run_cases); i++)
    {
      names[n] = g_strdup_printf ("run: %s", run_cases[i].name);
      struct CMUnitTest test = {names[n++], test_run, NULL, NULL, (void *) &run_cases[i]};
      g_array_append_val (tests, test);
    }
  struct CMUnitTest expectations = cmocka_unit_test (test_defense_ties);
  g_array_append_val (tests, expectations);

  int failed = _cmocka_run_group_tests ("lint", (const struct CMUnitTest *) (void *) tests->data, tests->len, NULL, NULL);
  for (guint i = 0; i < n; i++)
    g_free (names[i]);
  g_array_unref (tests);
  return failed;
}
