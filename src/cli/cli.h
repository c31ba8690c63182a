/* cli.h — what the subcommands share: options, configuration, output.
 *
 * Every subcommand is one file (cmd-*.c) with one entry point; main.c only picks it.
 * Options come from three places, later ones winning: built-in defaults, the nearest
 * .contra.yaml (or .contra.yml) found upward from the working directory (as .vale.ini
 * is), and the command line.
 */
#pragma once

#include <glib.h>
#include <stdio.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "extract/batch.h"
#include "index/index.h"
#include "output/output.h"
#include "output/writer.h"
#include "rules/ruleset.h"
#include "base/yaml.h"

G_BEGIN_DECLS

typedef struct {
  /* From the command line (NULL/0 when not given). */
  char *corpus;
  char *rules;
  char *config;
  char *format;
  char *output;
  char *fail_on;
  char *min_severity;
  gint jobs;
  gboolean color;
  gboolean no_color;
  gboolean verbose;
  gboolean quiet;
  gboolean follow_outside;     /* read corpus files that link outside their folder */
  char *stdin_filename;
  char *index;                 /* --index: the claim index's path */
  gboolean no_index;           /* --no-index: read the corpus, not the index */
  gboolean with_index;         /* the command reads the corpus through the index */
  char **args;                 /* the remaining arguments */

  /* Resolved. */
  char *config_path;           /* the configuration file used, or NULL */
  char *config_name;           /* the same as messages name it (relative to the working directory) */
  ContraYamlNode *config_tree; /* its contents, for checking its rule ids against the rules */
  char **corpus_paths;         /* folders or files to read as the corpus */
  char *rules_dir;
  char *config_index;          /* the configuration's 'index', relative to the working directory */
  GHashTable *severity;        /* rule id -> GINT_TO_POINTER (ContraSeverity) */
  GHashTable *disabled;        /* rule ids */
  ContraSeverity fail_level;   /* exit 1 when a finding is at or above it; NONE: never */
  ContraSeverity min_level;    /* findings below are not reported */
  ContraIndex *tree_index;     /* the index keeping parsed YAML trees, or NULL */
  ContraYamlStore tree_store;  /* the store over it (contra_cli_keep_trees()) */
} ContraCli;

/* Common GOption entries (corpus, rules, config, format, output, jobs, colour...). */
GOptionGroup *contra_cli_common_group (ContraCli *cli, gboolean with_fail_on);

/* Parses @argv with @context (which has the common group as main group). Prints the
 * problem and returns FALSE on a usage error. */
gboolean contra_cli_parse (ContraCli *cli, GOptionContext *context, int *argc, char ***argv);

/* Finds and reads the configuration, and resolves the corpus and rules folders and
 * the severities. @fail_default is the --fail-on default of the command. Returns
 * FALSE (with the message printed) on an error. */
gboolean contra_cli_resolve (ContraCli *cli, ContraSeverity fail_default);

/* Loads the rules; prints every problem (file:line:col) on failure. */
ContraRuleSet *contra_cli_load_rules (ContraCli *cli);

/* Adds --index (and, with @bypass, --no-index) to @context's main group, and makes
 * contra_cli_extract() read the corpus through the claim index. */
void contra_cli_add_index_options (ContraCli *cli, GOptionContext *context, gboolean bypass);

/* With the index options and an index at contra_cli_index_path(@paths), keeps the
 * YAML files read from now on (the rules, the manifest) parsed in the index, so that
 * the next run need not parse them again (base/yaml-store.h). A file at the path that
 * is not a usable index is passed over here: reading the claims reports it. */
void contra_cli_keep_trees (ContraCli *cli, char **paths);

/* Reads and extracts the corpus (@paths, or the resolved corpus when NULL or empty).
 * With the index options (contra_cli_add_index_options()) and an index at
 * contra_cli_index_path(), the claims come from the index, brought up to date first
 * (or, when it cannot be written, the corpus is read with a warning that it is
 * stale). Prints problems; returns NULL on an input error (a damaged or foreign
 * index is one). */
ContraClaimSet *contra_cli_extract (ContraCli *cli, const ContraRuleSet *rules, char **paths);

/* contra_cli_extract() for a lint: from an index, only the claims that @drafts' claims
 * can meet (index/index.h, contra_index_load_reach()). @n_claims is set to the number
 * of claims of the corpus, read or not. */
ContraClaimSet *contra_cli_extract_reach (ContraCli *cli, const ContraRuleSet *rules, char **paths,
                                          ContraIndexDrafts drafts, gpointer data, guint64 *n_claims);

/* Lists the corpus (@paths, or the resolved corpus when NULL or empty), printing the
 * listing's problems; NULL (with the message printed) when it cannot be read. */
ContraCorpus *contra_cli_open_corpus (ContraCli *cli, char **paths);

/* Where the claim index of the corpus @paths (or the resolved corpus) is: --index,
 * the configuration's 'index', or CONTRA_INDEX_FILE_NAME in the corpus folder (the
 * folder of a corpus given as a file). Free with g_free(). */
char *contra_cli_index_path (ContraCli *cli, char **paths);

/* Prints @diagnostics to stderr (sorted), unless --quiet drops the warnings. */
void contra_cli_print_diagnostics (ContraCli *cli, GPtrArray *diagnostics);

/* The output: --output, written under a temporary name and renamed into place when
 * finished, or standard output. Prints a message and returns NULL when the file
 * cannot be created. */
ContraOutput *contra_cli_open_output (ContraCli *cli);

/* Finishes @output (see output/output.h). Prints a message and returns FALSE when
 * it could not be written. */
gboolean contra_cli_finish_output (ContraCli *cli, ContraOutput *output);

/* Should the output be coloured? A terminal, no NO_COLOR, no --no-color, or --color. */
gboolean contra_cli_use_color (const ContraCli *cli);

/* The writer for --format (default: text) that writes claims (@claims) or a report.
 * Prints a message and returns NULL when the format is unknown, or writes the other
 * thing: then the message ends with @accepts ("claims are text, json or jsonl"). */
const ContraWriter *contra_cli_writer (ContraCli *cli, gboolean claims, const char *accepts);

/* The paragraph of --help on the exit status of a command that reports findings and
 * whose --fail-on default is @fail_default. Free with g_free(). */
char *contra_cli_exit_help (ContraSeverity fail_default);

void contra_cli_clear (ContraCli *cli);

/* The subcommands. Each returns a ContraExit. */
int contra_cmd_report (int argc, char **argv);
int contra_cmd_lint (int argc, char **argv);
int contra_cmd_claims (int argc, char **argv);
int contra_cmd_rules (int argc, char **argv);
int contra_cmd_dump (int argc, char **argv);
int contra_cmd_index (int argc, char **argv);

/* Prints "contra: error: MESSAGE" to stderr. */
void contra_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* Prints "contra: warning: MESSAGE" to stderr, unless --quiet. */
void contra_cli_warning (ContraCli *cli, const char *format, ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
