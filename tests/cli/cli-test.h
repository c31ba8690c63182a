/* cli-test.h — running the contra program in tests, and golden files.
 *
 * Tests run the real binary (its path comes from the CONTRA_BIN environment variable
 * that meson sets) in the source tree, so that paths in its output are the short
 * relative ones a user sees. A golden test compares what contra prints with a file
 * under tests/golden/; with CONTRA_UPDATE_GOLDEN=1 in the environment it rewrites the
 * file instead, so that a change of output is reviewed as a diff.
 */
#pragma once

#include <glib.h>

typedef struct {
  char *out;
  char *err;
  int status;
} CliRun;

/* Runs contra with @argv (NULL-terminated, without the program name) in the source
 * root, feeding @input (may be NULL) on standard input. */
CliRun cli_run (const char *const *argv, const char *input);

/* The same in the folder @cwd (for tests that must not find the repository's
 * .contra.yaml, corpus/ or rules/). */
CliRun cli_run_in (const char *cwd, const char *const *argv, const char *input);
void cli_run_clear (CliRun *run);

/* Compares @actual with tests/golden/@name (or rewrites it). Returns TRUE when equal;
 * otherwise prints the first differing line and returns FALSE. */
gboolean cli_golden (const char *name, const char *actual);

/* The same for any file, @path relative to the source root (an expected.txt beside
 * the input it belongs to). CONTRA_UPDATE_GOLDEN=1 rewrites it too. */
gboolean cli_expect_file (const char *path, const char *actual);

/* The source root, with a trailing separator removed. */
const char *cli_source_root (void);
