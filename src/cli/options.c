/* options.c — the options, configuration and output every subcommand shares. */
#include "base/timing.h"
#include "cli/cli.h"

#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "base/strutil.h"
#include "index/fingerprint.h"
#include "index/index.h"
#include "output/writer.h"
#include "reconcile/suppress.h"
#include "base/schema.h"
#include "base/yaml.h"

#include "contra-config.h"

void
contra_cli_error (const char *format, ...)
{
  va_list args;

  fputs ("contra: error: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
}

void
contra_cli_warning (ContraCli *cli, const char *format, ...)
{
  va_list args;

  if (cli->quiet)
    return;
  fputs ("contra: warning: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
}

GOptionGroup *
contra_cli_common_group (ContraCli *cli, gboolean with_fail_on)
{
  const GOptionEntry entries[] = {
    {"corpus", 'c', 0, G_OPTION_ARG_FILENAME, &cli->corpus, "The corpus folder (default: corpus/, or the configuration's)", "DIR"},
    {"rules", 'r', 0, G_OPTION_ARG_FILENAME, &cli->rules, "The rules folder (default: rules/, or the configuration's)", "DIR"},
    {"config", 0, 0, G_OPTION_ARG_FILENAME, &cli->config, "A configuration file (default: the nearest .contra.yaml or .contra.yml)", "FILE"},
    {"format", 'f', 0, G_OPTION_ARG_STRING, &cli->format, "Output format: text, json, markdown, sarif, github, html (jsonl for claims)", "FORMAT"},
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &cli->output, "Write to FILE (atomically) instead of standard output", "FILE"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &cli->jobs, "Threads for extraction (default: one per core)", "N"},
    {"color", 0, 0, G_OPTION_ARG_NONE, &cli->color, "Colour the text output even when not on a terminal", NULL},
    {"no-color", 0, 0, G_OPTION_ARG_NONE, &cli->no_color, "Never colour the output (NO_COLOR works too)", NULL},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &cli->quiet, "Do not print warnings about the input", NULL},
    {"follow-outside", 0, 0, G_OPTION_ARG_NONE, &cli->follow_outside, "Read corpus files that link outside the corpus folder", NULL},
    {"fail-on", 0, 0, G_OPTION_ARG_STRING, &cli->fail_on, "Exit 1 when a finding shown is at or above: error, warning, note, never", "LEVEL"},
    {"min-severity", 0, 0, G_OPTION_ARG_STRING, &cli->min_severity, "Show only findings at or above: error, warning, note", "LEVEL"},
    {NULL},
  };
  GOptionGroup *group = g_option_group_new ("common", "Common options", "Show the common options", cli, NULL);

  g_option_group_add_entries (group, entries);
  if (!with_fail_on)
    {
      /* Commands that report no findings take no severities. */
      GOptionGroup *lean = g_option_group_new ("common", "Common options", "Show the common options", cli, NULL);
      GOptionEntry few[G_N_ELEMENTS (entries)];
      guint n = 0;
      for (guint i = 0; entries[i].long_name != NULL; i++)
        if (!g_str_equal (entries[i].long_name, "fail-on") && !g_str_equal (entries[i].long_name, "min-severity"))
          few[n++] = entries[i];
      few[n] = (GOptionEntry){NULL};
      g_option_group_add_entries (lean, few);
      g_option_group_unref (group);
      return lean;
    }
  return group;
}

gboolean
contra_cli_parse (ContraCli *cli, GOptionContext *context, int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strconcat ("contra ", (*argv)[0], NULL);

  /* --help prints the program name; without this it would be the bare subcommand. */
  if (g_get_prgname () == NULL)
    g_set_prgname (name);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      /* argv[0] is the subcommand's name: main.c hands each command its own argv. */
      contra_cli_error ("%s (see contra %s --help)", error->message, (*argv)[0]);
      return FALSE;
    }
  return TRUE;
}

/* ---- configuration ------------------------------------------------------------- */

/* The configuration's path as messages give it: relative to the working directory
 * when it is there or in a folder above ("../.contra.yaml"), else as it is. */
static char *
config_display_name (const char *path)
{
  if (!g_path_is_absolute (path))
    return g_strdup (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *cwd = g_get_current_dir ();
  gsize n = strlen (dir);

  if (g_str_equal (dir, cwd))
    return g_steal_pointer (&base);
  if (!g_str_has_prefix (cwd, dir) || (cwd[n] != G_DIR_SEPARATOR && !g_str_equal (dir, G_DIR_SEPARATOR_S)))
    return g_strdup (path);
  GString *up = g_string_new (NULL);
  g_auto (GStrv) below = g_strsplit (cwd + n, G_DIR_SEPARATOR_S, -1);
  for (guint i = 0; below[i] != NULL; i++)
    if (below[i][0] != '\0')
      g_string_append (up, ".." G_DIR_SEPARATOR_S);
  g_string_append (up, base);
  return g_string_free (up, FALSE);
}

/* Finds the nearest configuration upward from the working directory, as .vale.ini
 * is found: *@path is NULL when there is none. Both names in one folder is an error
 * rather than an order of precedence: contra would read one, and the user would
 * edit the other in vain. */
static gboolean
find_config (char **path)
{
  g_autofree char *dir = g_get_current_dir ();

  *path = NULL;
  for (;;)
    {
      g_autofree char *yaml = g_build_filename (dir, ".contra.yaml", NULL);
      g_autofree char *yml = g_build_filename (dir, ".contra.yml", NULL);
      gboolean has_yaml = g_file_test (yaml, G_FILE_TEST_IS_REGULAR);
      gboolean has_yml = g_file_test (yml, G_FILE_TEST_IS_REGULAR);
      if (has_yaml && has_yml)
        {
          g_autofree char *a = config_display_name (yaml), *b = config_display_name (yml);
          g_autofree char *cwd = g_get_current_dir ();
          contra_cli_error ("both %s and %s are in %s folder; keep one (contra reads only one)", a, b,
                            g_str_equal (dir, cwd) ? "this" : "that");
          return FALSE;
        }
      if (has_yaml || has_yml)
        {
          *path = has_yaml ? g_steal_pointer (&yaml) : g_steal_pointer (&yml);
          return TRUE;
        }
      g_autofree char *parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        return TRUE;
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }
}

/* A path in the configuration is relative to the configuration's folder; shown
 * relative to the working directory when it is under it. */
static char *
config_relative (const char *config_path, const char *path)
{
  if (g_path_is_absolute (path))
    return g_strdup (path);
  g_autofree char *dir = g_path_get_dirname (config_path);
  g_autofree char *full = g_build_filename (dir, path, NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *prefix = g_strconcat (cwd, G_DIR_SEPARATOR_S, NULL);
  if (g_str_has_prefix (full, prefix))
    return g_strdup (full + strlen (prefix));
  if (g_str_equal (dir, cwd))
    return g_strdup (path);
  return g_steal_pointer (&full);
}

static const char *const config_keys[] = {
  "corpus", "rules", "index", "fail_on", "min_severity", "severity", "disable", "jobs", "format", NULL,
};

/* The levels, strongest first, as contra_schema_choice() returns their index. */
static const char *const fail_levels[] = {"error", "warning", "note", "never", NULL};
static const char *const min_levels[] = {"error", "warning", "note", NULL};

/* What the configuration says; the command line wins over it. */
typedef struct {
  char *corpus;
  char *rules;
  char *index;
  char *format;
  int fail_on;      /* an index into fail_levels, or -1 */
  int min_severity; /* an index into min_levels, or -1 */
} Config;

static void
config_clear (Config *config)
{
  g_free (config->corpus);
  g_free (config->rules);
  g_free (config->index);
  g_free (config->format);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Config, config_clear)

static ContraSeverity
level_at (int index)
{
  return (ContraSeverity) (CONTRA_SEVERITY_ERROR - index);
}

/* Reads 'severity': rule id -> level, each rule once. Whether the ids are rules is
 * checked once the rules are loaded (check_config_rules). */
static void
read_severities (ContraCli *cli, ContraSchema *schema, const ContraYamlNode *root)
{
  const ContraYamlNode *severity = contra_yaml_mapping_get (root, "severity");

  if (severity == NULL || contra_yaml_is_null (severity))
    return;
  if (severity->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, severity, "'severity' must map rule ids to error, warning or note");
      return;
    }
  g_autoptr (GHashTable) lines = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < contra_yaml_length (severity); i++)
    {
      const ContraYamlNode *key = contra_yaml_key_at (severity, i), *level = contra_yaml_value_at (severity, i);
      ContraSeverity parsed;
      if (key->kind != CONTRA_YAML_SCALAR)
        {
          contra_schema_error (schema, key, "keys under 'severity' must be rule ids, not %s",
                               contra_yaml_kind_name (key->kind));
          continue;
        }
      /* libyaml keeps both of a key written twice; the second would win unseen. */
      gpointer first = g_hash_table_lookup (lines, key->scalar);
      if (first != NULL)
        {
          contra_schema_error (schema, key, "rule '%s' is given a severity twice (first at line %u)", key->scalar,
                               GPOINTER_TO_UINT (first));
          continue;
        }
      g_hash_table_insert (lines, key->scalar, GUINT_TO_POINTER (key->line));
      if (level->kind != CONTRA_YAML_SCALAR || !contra_severity_parse (level->scalar, &parsed)
          || parsed == CONTRA_SEVERITY_NONE)
        {
          if (level->kind == CONTRA_YAML_SCALAR)
            contra_schema_error (schema, level, "the severity of rule '%s' must be error, warning or note, not '%s'",
                                 key->scalar, level->scalar);
          else
            contra_schema_error (schema, level, "the severity of rule '%s' must be error, warning or note, not %s",
                                 key->scalar, contra_yaml_kind_name (level->kind));
          continue;
        }
      g_hash_table_insert (cli->severity, g_strdup (key->scalar), GINT_TO_POINTER (parsed));
    }
}

/* The folder at @key, relative to the working directory; NULL when absent. An empty
 * value would be the configuration's own folder, which no one means. */
static char *
config_folder (ContraCli *cli, ContraSchema *schema, const ContraYamlNode *root, const char *key)
{
  const char *value = contra_schema_string (schema, root, key);

  if (value == NULL)
    return NULL;
  if (value[0] == '\0')
    {
      contra_schema_error (schema, contra_yaml_mapping_get (root, key), "'%s' is empty: name a folder, or leave it out",
                           key);
      return NULL;
    }
  return config_relative (cli->config_path, value);
}

/* Reads cli->config_path into @config, cli->severity and cli->disabled, and keeps
 * the tree for check_config_rules(). Prints every problem of the file (each at its
 * line and column) and returns FALSE when there is one. */
static gboolean
read_config (ContraCli *cli, Config *config)
{
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  ContraDiagnostic *problem = NULL;
  g_autoptr (ContraYamlNode) root = contra_yaml_parse_file (cli->config_path, &problem);
  ContraSchema schema = {cli->config_name, diagnostics};

  config->fail_on = config->min_severity = -1;
  if (root == NULL)
    {
      /* Named as every other message about the file names it. */
      g_free (problem->path);
      problem->path = g_strdup (cli->config_name);
      g_ptr_array_add (diagnostics, problem);
      contra_cli_print_diagnostics (cli, diagnostics);
      return FALSE;
    }
  if (contra_schema_mapping (&schema, root, "the configuration", config_keys))
    {
      config->corpus = config_folder (cli, &schema, root, "corpus");
      config->rules = config_folder (cli, &schema, root, "rules");
      config->index = config_folder (cli, &schema, root, "index");
      config->fail_on = contra_schema_choice (&schema, root, "fail_on", fail_levels, -1);
      config->min_severity = contra_schema_choice (&schema, root, "min_severity", min_levels, -1);
      g_auto (GStrv) formats = g_strsplit (contra_writer_names (), ", ", -1);
      int format = contra_schema_choice (&schema, root, "format", (const char *const *) formats, -1);
      if (format >= 0)
        config->format = g_strdup (formats[format]);
      if (cli->jobs == 0)
        cli->jobs = (gint) contra_schema_uint (&schema, root, "jobs", 0);
      read_severities (cli, &schema, root);
      g_auto (GStrv) disabled = contra_schema_strings (&schema, root, "disable", NULL);
      for (guint i = 0; disabled != NULL && disabled[i] != NULL; i++)
        g_hash_table_add (cli->disabled, g_strdup (disabled[i]));
    }
  if (diagnostics->len > 0)
    {
      contra_cli_print_diagnostics (cli, diagnostics);
      return FALSE;
    }
  cli->config_tree = g_steal_pointer (&root);
  return TRUE;
}

/* Every id a finding can carry: the rules' and the checks the reconciler and lint
 * make themselves. NULL-terminated; the strings are borrowed from @rules. */
static GPtrArray *
known_rule_ids (const ContraRuleSet *rules)
{
  static const char *const builtin[] = {
    CONTRA_RULE_NAME_VARIANT,
    CONTRA_RULE_UNUSED_SUPPRESSION,
    CONTRA_RULE_UNKNOWN_RULE,
    CONTRA_RULE_UNKNOWN_DIRECTIVE,
  };
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < rules->rules->len; i++)
    g_ptr_array_add (ids, ((ContraRule *) g_ptr_array_index (rules->rules, i))->id);
  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    g_ptr_array_add (ids, (gpointer) builtin[i]);
  g_ptr_array_add (ids, NULL);
  return ids;
}

static void
check_rule_id (ContraCli *cli, ContraSchema *schema, const GPtrArray *known, const ContraYamlNode *node,
               const char *section)
{
  const char *const *ids = (const char *const *) known->pdata;

  if (node->kind != CONTRA_YAML_SCALAR || g_strv_contains (ids, node->scalar))
    return;
  const char *near = contra_suggest (node->scalar, ids);
  if (near != NULL)
    contra_schema_error (schema, node, "unknown rule '%s' under '%s'; did you mean '%s'?", node->scalar, section, near);
  else
    contra_schema_error (schema, node, "unknown rule '%s' under '%s' (no rule in %s has this id)", node->scalar,
                         section, cli->rules_dir);
}

/* A rule id misspelt under 'severity' or 'disable' would change nothing, silently:
 * each one must be a rule that @rules (or contra itself) has. Prints the problems
 * and returns FALSE when there is one. */
static gboolean
check_config_rules (ContraCli *cli, const ContraRuleSet *rules)
{
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  ContraSchema schema = {cli->config_name, diagnostics};
  const ContraYamlNode *root = cli->config_tree;

  if (root == NULL)
    return TRUE;
  g_autoptr (GPtrArray) known = known_rule_ids (rules);
  const ContraYamlNode *severity = contra_yaml_mapping_get (root, "severity");
  for (guint i = 0; severity != NULL && severity->kind == CONTRA_YAML_MAPPING && i < contra_yaml_length (severity); i++)
    check_rule_id (cli, &schema, known, contra_yaml_key_at (severity, i), "severity");
  const ContraYamlNode *disable = contra_yaml_mapping_get (root, "disable");
  if (disable != NULL && disable->kind == CONTRA_YAML_SCALAR && !contra_yaml_is_null (disable))
    check_rule_id (cli, &schema, known, disable, "disable");
  for (guint i = 0; disable != NULL && disable->kind == CONTRA_YAML_SEQUENCE && i < contra_yaml_length (disable); i++)
    check_rule_id (cli, &schema, known, contra_yaml_item_at (disable, i), "disable");
  contra_cli_print_diagnostics (cli, diagnostics);
  return diagnostics->len == 0;
}

/* A level for --fail-on (@never_ok: "never" fails nothing) or --min-severity (where
 * "never" would hide every finding, which no one asks for on purpose). */
static gboolean
parse_level (const char *option, const char *text, gboolean never_ok, ContraSeverity *out)
{
  ContraSeverity level;

  if (text == NULL)
    return TRUE;
  if (!contra_severity_parse (text, &level) || (!never_ok && level == CONTRA_SEVERITY_NONE))
    {
      contra_cli_error ("%s must be %s, not '%s'", option,
                        never_ok ? "error, warning, note or never" : "error, warning or note", text);
      return FALSE;
    }
  *out = level;
  return TRUE;
}

gboolean
contra_cli_resolve (ContraCli *cli, ContraSeverity fail_default)
{
  g_auto (Config) config = {NULL, NULL, NULL, NULL, -1, -1};

  cli->severity = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cli->disabled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (cli->config != NULL)
    {
      if (!g_file_test (cli->config, G_FILE_TEST_IS_REGULAR))
        {
          contra_cli_error ("%s: no such configuration file", cli->config);
          return FALSE;
        }
      cli->config_path = g_strdup (cli->config);
    }
  else if (!find_config (&cli->config_path))
    return FALSE;
  if (cli->config_path != NULL)
    {
      cli->config_name = config_display_name (cli->config_path);
      if (!read_config (cli, &config))
        return FALSE;
    }

  cli->config_index = g_steal_pointer (&config.index);
  if (cli->format == NULL && config.format != NULL)
    cli->format = g_steal_pointer (&config.format);

  const char *corpus_dir = cli->corpus ? cli->corpus : config.corpus ? config.corpus : "corpus";
  cli->corpus_paths = g_new0 (char *, 2);
  cli->corpus_paths[0] = g_strdup (corpus_dir);

  /* Rules: the option, the configuration, ./rules, or the rules installed with contra. */
  if (cli->rules != NULL)
    cli->rules_dir = g_strdup (cli->rules);
  else if (config.rules != NULL)
    cli->rules_dir = g_steal_pointer (&config.rules);
  else if (g_file_test ("rules", G_FILE_TEST_IS_DIR))
    cli->rules_dir = g_strdup ("rules");
  else if (g_file_test (CONTRA_RULES_DIR, G_FILE_TEST_IS_DIR))
    cli->rules_dir = g_strdup (CONTRA_RULES_DIR);
  else
    cli->rules_dir = g_strdup (CONTRA_SOURCE_RULES_DIR);

  cli->fail_level = config.fail_on >= 0 ? level_at (config.fail_on) : fail_default;
  cli->min_level = config.min_severity >= 0 ? level_at (config.min_severity) : CONTRA_SEVERITY_NOTE;
  if (!parse_level ("--fail-on", cli->fail_on, TRUE, &cli->fail_level)
      || !parse_level ("--min-severity", cli->min_severity, FALSE, &cli->min_level))
    return FALSE;
  if (cli->jobs < 0)
    {
      contra_cli_error ("--jobs must be 0 or more, not %d", cli->jobs);
      return FALSE;
    }
  return TRUE;
}

ContraRuleSet *
contra_cli_load_rules (ContraCli *cli)
{
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (GError) error = NULL;
  ContraTimer timer;
  contra_timer_start (&timer);
  ContraRuleSet *set = contra_ruleset_load (cli->rules_dir, diagnostics, &error);

  contra_timer_lap (&timer, "load the rules");
  contra_cli_print_diagnostics (cli, diagnostics);
  if (set == NULL)
    contra_cli_error ("%s", error->message);
  else if (!check_config_rules (cli, set))
    g_clear_pointer (&set, contra_ruleset_free);
  return set;
}

void
contra_cli_print_diagnostics (ContraCli *cli, GPtrArray *diagnostics)
{
  g_ptr_array_sort (diagnostics, contra_diagnostic_compare);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const ContraDiagnostic *d = g_ptr_array_index (diagnostics, i);
      if (cli->quiet && d->severity < CONTRA_SEVERITY_ERROR)
        continue;
      contra_diagnostic_print (d, stderr);
    }
}

ContraOutput *
contra_cli_open_output (ContraCli *cli)
{
  g_autoptr (GError) error = NULL;
  ContraOutput *output;

  if (cli->output == NULL || g_str_equal (cli->output, "-"))
    return contra_output_new_stdout ();
  output = contra_output_new_file (cli->output, &error);
  if (output == NULL)
    contra_cli_error ("%s", error->message);
  return output;
}

gboolean
contra_cli_finish_output (ContraCli *cli, ContraOutput *output)
{
  g_autoptr (GError) error = NULL;

  if (!contra_output_finish (output, &error))
    {
      contra_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
contra_cli_use_color (const ContraCli *cli)
{
  if (cli->no_color)
    return FALSE;
  if (cli->color)
    return TRUE;
  const char *no_color = g_getenv ("NO_COLOR");
  if (no_color != NULL && no_color[0] != '\0')
    return FALSE;
  if (cli->output != NULL && !g_str_equal (cli->output, "-"))
    return FALSE;
  return isatty (STDOUT_FILENO) && g_strcmp0 (g_getenv ("TERM"), "dumb") != 0;
}

const ContraWriter *
contra_cli_writer (ContraCli *cli, gboolean claims, const char *accepts)
{
  const char *format = cli->format ? cli->format : "text";
  const ContraWriter *writer = contra_writer_lookup (format);

  if (writer == NULL)
    {
      contra_cli_error ("unknown format '%s' (known: %s)", format, contra_writer_names ());
      return NULL;
    }
  if (claims ? writer->claims == NULL : writer->report == NULL)
    {
      contra_cli_error ("the %s format %s; %s", format, claims ? "is for reports" : "lists claims", accepts);
      return NULL;
    }
  return writer;
}

char *
contra_cli_exit_help (ContraSeverity fail_default)
{
  /* The README's table of exit statuses says the same; test_exit.c checks the rule. */
  return g_strdup_printf ("Exit status:\n"
                          "  0  no finding shown is at or above --fail-on (default: %s)\n"
                          "  1  a finding shown is at or above --fail-on; shown means at or above\n"
                          "     --min-severity, of a rule not disabled, not silenced by a draft's comment\n"
                          "  2  a usage or input error (it wins over 1: a run that skipped input is incomplete)",
                          fail_default == CONTRA_SEVERITY_NONE ? "never" : contra_severity_name (fail_default));
}

void
contra_cli_clear (ContraCli *cli)
{
  g_free (cli->corpus);
  g_free (cli->rules);
  g_free (cli->config);
  g_free (cli->format);
  g_free (cli->output);
  g_free (cli->fail_on);
  g_free (cli->min_severity);
  g_free (cli->stdin_filename);
  g_free (cli->index);
  g_free (cli->config_index);
  g_strfreev (cli->args);
  g_free (cli->config_path);
  g_free (cli->config_name);
  g_clear_pointer (&cli->config_tree, contra_yaml_node_free);
  g_strfreev (cli->corpus_paths);
  g_free (cli->rules_dir);
  if (cli->severity)
    g_hash_table_unref (cli->severity);
  if (cli->disabled)
    g_hash_table_unref (cli->disabled);
  if (cli->tree_index != NULL)
    {
      contra_yaml_set_store (NULL);
      contra_index_keep (cli->tree_index);
      g_clear_pointer (&cli->tree_index, contra_index_free);
    }
}

void
contra_cli_add_index_options (ContraCli *cli, GOptionContext *context, gboolean bypass)
{
  const GOptionEntry entries[] = {
    {"index", 0, 0, G_OPTION_ARG_FILENAME, &cli->index,
     "The claim index (default: " CONTRA_INDEX_FILE_NAME " in the corpus folder, or the configuration's)", "PATH"},
    {"no-index", 0, 0, G_OPTION_ARG_NONE, &cli->no_index, "Read the corpus, not its claim index", NULL},
    {NULL},
  };
  GOptionEntry some[G_N_ELEMENTS (entries)];

  memcpy (some, entries, sizeof entries);
  if (!bypass)
    some[1] = (GOptionEntry){NULL};
  cli->with_index = TRUE;
  g_option_context_add_main_entries (context, some, NULL);
}

/* The paths to read: @paths, or the resolved corpus. */
static const char *const *
corpus_paths (ContraCli *cli, char **paths)
{
  return (const char *const *) (paths != NULL && paths[0] != NULL ? paths : cli->corpus_paths);
}

char *
contra_cli_index_path (ContraCli *cli, char **paths)
{
  const char *first = corpus_paths (cli, paths)[0];

  if (cli->index != NULL)
    return g_strdup (cli->index);
  if (cli->config_index != NULL)
    return g_strdup (cli->config_index);
  if (g_file_test (first, G_FILE_TEST_IS_DIR))
    return g_build_filename (first, CONTRA_INDEX_FILE_NAME, NULL);
  g_autofree char *dir = g_path_get_dirname (first);
  return g_build_filename (dir, CONTRA_INDEX_FILE_NAME, NULL);
}

void
contra_cli_keep_trees (ContraCli *cli, char **paths)
{
  if (!cli->with_index || cli->no_index || cli->tree_index != NULL)
    return;
  g_autofree char *path = contra_cli_index_path (cli, paths);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return;
  cli->tree_index = contra_index_open (path, FALSE, NULL);
  if (cli->tree_index == NULL)
    return;
  contra_index_yaml_store (cli->tree_index, &cli->tree_store);
  contra_yaml_set_store (&cli->tree_store);
}

ContraCorpus *
contra_cli_open_corpus (ContraCli *cli, char **paths)
{
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (GError) error = NULL;
  const char *const *which = corpus_paths (cli, paths);

  for (guint i = 0; which[i] != NULL; i++)
    if (!g_file_test (which[i], G_FILE_TEST_EXISTS))
      {
        if (paths == NULL || paths[0] == NULL)
          contra_cli_error ("%s: no corpus here; give --corpus DIR or set 'corpus' in .contra.yaml", which[i]);
        else
          contra_cli_error ("%s: no such file or folder", which[i]);
        return NULL;
      }

  ContraTimer timer;
  contra_timer_start (&timer);
  ContraCorpus *corpus = contra_corpus_open (
    which, cli->follow_outside ? CONTRA_CORPUS_FOLLOW_OUTSIDE : CONTRA_CORPUS_DEFAULT, diagnostics, &error);
  contra_cli_print_diagnostics (cli, diagnostics);
  if (corpus == NULL)
    contra_cli_error ("%s", error->message);
  contra_timer_lap (&timer, "list the corpus");
  return corpus;
}

typedef enum {
  FROM_INDEX_READ,   /* *set holds the claims */
  FROM_INDEX_NONE,   /* no index to use: read the corpus */
  FROM_INDEX_FAILED, /* an error, printed */
} FromIndex;

/* The claims of @corpus from the index at @path, brought up to date if it must be. A
 * damaged or foreign index is an error; one that cannot be read or written now is
 * passed over with a warning, and the corpus read. */
static FromIndex
claims_from_index (ContraCli *cli, const ContraRuleSet *rules, const ContraCorpus *corpus, const char *path,
                   ContraIndexDrafts drafts, gpointer data, guint64 *n_claims, ContraClaimSet **set)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraIndex) own = NULL;
  ContraIndex *shared = NULL;
  g_autofree char *rules_hash = NULL;
  ContraIndexStatus status;
  ContraTimer timer;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return FROM_INDEX_NONE;
  contra_timer_start (&timer);
  /* The index opened to keep parsed trees is this one (the same path): it keeps the
   * rules' stamps too, at the end of the run. */
  if (cli->tree_index != NULL)
    shared = cli->tree_index;
  else
    own = contra_index_open (path, FALSE, &error);
  ContraIndex *index = shared != NULL ? shared : own;
  if (index != NULL)
    {
      rules_hash = contra_index_rules_hash (index, cli->rules_dir, &error);
      if (rules_hash == NULL)
        {
          contra_cli_warning (cli, "%s: %s; reading the corpus", cli->rules_dir, error->message);
          return FROM_INDEX_NONE;
        }
    }
  /* Documents of the index that are not in this corpus stay: a report on part of a
   * corpus does not prune the index of the whole (contra index does). */
  if (index != NULL && contra_index_check (index, corpus, rules_hash, &status, &error) && status.stale > 0)
    {
      g_autoptr (GError) problem = NULL;
      contra_timer_lap (&timer, "check the index");
      if (!contra_index_update (index, corpus, rules, rules_hash, (guint) cli->jobs, FALSE, &status, NULL, &problem))
        {
          if (!g_error_matches (problem, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_UNAVAILABLE))
            {
              contra_cli_error ("%s", problem->message);
              return FROM_INDEX_FAILED;
            }
          contra_cli_warning (cli,
                              "%s: the index is stale (%u of %u documents changed) and cannot be updated; "
                              "reading the corpus (%s)",
                              path, status.stale, status.documents, problem->message);
          return FROM_INDEX_NONE;
        }
      contra_timer_lap (&timer, "update the index");
    }
  if (index != NULL && error == NULL && drafts == NULL)
    {
      *set = contra_index_load (index, corpus, rules, &error);
      if (*set != NULL)
        *n_claims = (*set)->claims->len;
    }
  else if (index != NULL && error == NULL)
    *set = contra_index_load_reach (index, corpus, rules, drafts, data, n_claims, &error);
  if (*set != NULL)
    {
      contra_timer_lap (&timer, "read the claims from the index");
      if (own != NULL)
        contra_index_keep (own);
      return FROM_INDEX_READ;
    }
  if (g_error_matches (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_UNAVAILABLE))
    {
      contra_cli_warning (cli, "%s; reading the corpus", error->message);
      return FROM_INDEX_NONE;
    }
  contra_cli_error ("%s", error->message);
  return FROM_INDEX_FAILED;
}

ContraClaimSet *
contra_cli_extract (ContraCli *cli, const ContraRuleSet *rules, char **paths)
{
  guint64 n_claims;

  return contra_cli_extract_reach (cli, rules, paths, NULL, NULL, &n_claims);
}

ContraClaimSet *
contra_cli_extract_reach (ContraCli *cli, const ContraRuleSet *rules, char **paths, ContraIndexDrafts drafts,
                          gpointer data, guint64 *n_claims)
{
  g_autoptr (ContraCorpus) corpus = contra_cli_open_corpus (cli, paths);
  ContraClaimSet *set = NULL;

  if (corpus == NULL)
    return NULL;
  if (cli->with_index && !cli->no_index)
    {
      g_autofree char *path = contra_cli_index_path (cli, paths);
      switch (claims_from_index (cli, rules, corpus, path, drafts, data, n_claims, &set))
        {
        case FROM_INDEX_READ:
          contra_cli_print_diagnostics (cli, set->warnings);
          return set;
        case FROM_INDEX_FAILED:
          return NULL;
        case FROM_INDEX_NONE:
          break;
        }
    }
  ContraTimer timer;
  contra_timer_start (&timer);
  set = contra_extract_corpus (corpus, rules, (guint) cli->jobs);
  *n_claims = set->claims->len;
  contra_timer_lap (&timer, "extract the claims");
  contra_cli_print_diagnostics (cli, set->warnings);
  return set;
}
