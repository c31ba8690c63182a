/* options.c — the options, configuration and output every subcommand shares. */
#include "base/timing.h"
#include "cli/cli.h"

#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "output/writer.h"
#include "rules/schema.h"
#include "rules/yaml.h"

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

GOptionGroup *
contra_cli_common_group (ContraCli *cli, gboolean with_fail_on)
{
  const GOptionEntry entries[] = {
    {"corpus", 'c', 0, G_OPTION_ARG_FILENAME, &cli->corpus, "The corpus folder (default: corpus/, or the configuration's)", "DIR"},
    {"rules", 'r', 0, G_OPTION_ARG_FILENAME, &cli->rules, "The rules folder (default: rules/, or the configuration's)", "DIR"},
    {"config", 0, 0, G_OPTION_ARG_FILENAME, &cli->config, "A configuration file (default: the nearest .contra.yaml)", "FILE"},
    {"format", 'f', 0, G_OPTION_ARG_STRING, &cli->format, "Output format: text, json, markdown, sarif, github (jsonl for claims)", "FORMAT"},
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &cli->output, "Write to FILE (atomically) instead of standard output", "FILE"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &cli->jobs, "Threads for extraction (default: one per core)", "N"},
    {"color", 0, 0, G_OPTION_ARG_NONE, &cli->color, "Colour the text output even when not on a terminal", NULL},
    {"no-color", 0, 0, G_OPTION_ARG_NONE, &cli->no_color, "Never colour the output (NO_COLOR works too)", NULL},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &cli->quiet, "Do not print warnings about the input", NULL},
    {"follow-outside", 0, 0, G_OPTION_ARG_NONE, &cli->follow_outside, "Read corpus files that link outside the corpus folder", NULL},
    {"fail-on", 0, 0, G_OPTION_ARG_STRING, &cli->fail_on, "Exit 1 when a finding is at or above: error, warning, note, never", "LEVEL"},
    {"min-severity", 0, 0, G_OPTION_ARG_STRING, &cli->min_severity, "Report only findings at or above: error, warning, note", "LEVEL"},
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

static char *
find_config (void)
{
  g_autofree char *dir = g_get_current_dir ();

  for (;;)
    {
      g_autofree char *path = g_build_filename (dir, ".contra.yaml", NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
      g_autofree char *parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        return NULL;
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
  "corpus", "rules", "fail_on", "min_severity", "severity", "disable", "jobs", "format", NULL,
};

static gboolean
read_config (ContraCli *cli, char **corpus, char **rules, char **fail_on, char **min_severity, char **format)
{
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  ContraDiagnostic *problem = NULL;
  g_autoptr (ContraYamlNode) root = contra_yaml_parse_file (cli->config_path, &problem);
  ContraSchema schema = {cli->config_path, diagnostics};

  if (root == NULL)
    {
      g_ptr_array_add (diagnostics, problem);
      contra_cli_print_diagnostics (cli, diagnostics);
      return FALSE;
    }
  if (contra_schema_mapping (&schema, root, "the configuration", config_keys))
    {
      const char *value;
      if ((value = contra_schema_string (&schema, root, "corpus")) != NULL)
        *corpus = config_relative (cli->config_path, value);
      if ((value = contra_schema_string (&schema, root, "rules")) != NULL)
        *rules = config_relative (cli->config_path, value);
      *fail_on = g_strdup (contra_schema_string (&schema, root, "fail_on"));
      *min_severity = g_strdup (contra_schema_string (&schema, root, "min_severity"));
      *format = g_strdup (contra_schema_string (&schema, root, "format"));
      if (cli->jobs == 0)
        cli->jobs = (gint) contra_schema_uint (&schema, root, "jobs", 0);

      const ContraYamlNode *severity = contra_yaml_mapping_get (root, "severity");
      if (severity != NULL && severity->kind != CONTRA_YAML_MAPPING)
        contra_schema_error (&schema, severity, "'severity' must map rule ids to error, warning or note");
      for (guint i = 0; severity != NULL && severity->kind == CONTRA_YAML_MAPPING && i < contra_yaml_length (severity); i++)
        {
          const ContraYamlNode *key = contra_yaml_key_at (severity, i), *level = contra_yaml_value_at (severity, i);
          ContraSeverity parsed;
          if (level->kind != CONTRA_YAML_SCALAR || !contra_severity_parse (level->scalar, &parsed)
              || parsed == CONTRA_SEVERITY_NONE)
            {
              contra_schema_error (&schema, level, "the severity of rule '%s' must be error, warning or note",
                                   key->scalar ? key->scalar : "?");
              continue;
            }
          g_hash_table_insert (cli->severity, g_strdup (key->scalar), GINT_TO_POINTER (parsed));
        }
      g_auto (GStrv) disabled = contra_schema_strings (&schema, root, "disable", NULL);
      for (guint i = 0; disabled != NULL && disabled[i] != NULL; i++)
        g_hash_table_add (cli->disabled, g_strdup (disabled[i]));
    }
  if (diagnostics->len > 0)
    {
      contra_cli_print_diagnostics (cli, diagnostics);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_level (const char *option, const char *text, ContraSeverity *out)
{
  if (text == NULL)
    return TRUE;
  if (!contra_severity_parse (text, out))
    {
      contra_cli_error ("%s must be error, warning, note or never, not '%s'", option, text);
      return FALSE;
    }
  return TRUE;
}

gboolean
contra_cli_resolve (ContraCli *cli, ContraSeverity fail_default)
{
  g_autofree char *corpus = NULL, *rules = NULL, *fail_on = NULL, *min_severity = NULL, *format = NULL;

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
  else
    cli->config_path = find_config ();
  if (cli->config_path != NULL && !read_config (cli, &corpus, &rules, &fail_on, &min_severity, &format))
    return FALSE;

  if (cli->format == NULL && format != NULL)
    cli->format = g_steal_pointer (&format);

  const char *corpus_dir = cli->corpus ? cli->corpus : corpus ? corpus : "corpus";
  cli->corpus_paths = g_new0 (char *, 2);
  cli->corpus_paths[0] = g_strdup (corpus_dir);

  /* Rules: the option, the configuration, ./rules, or the rules installed with contra. */
  if (cli->rules != NULL)
    cli->rules_dir = g_strdup (cli->rules);
  else if (rules != NULL)
    cli->rules_dir = g_steal_pointer (&rules);
  else if (g_file_test ("rules", G_FILE_TEST_IS_DIR))
    cli->rules_dir = g_strdup ("rules");
  else if (g_file_test (CONTRA_RULES_DIR, G_FILE_TEST_IS_DIR))
    cli->rules_dir = g_strdup (CONTRA_RULES_DIR);
  else
    cli->rules_dir = g_strdup (CONTRA_SOURCE_RULES_DIR);

  cli->fail_level = fail_default;
  cli->min_level = CONTRA_SEVERITY_NOTE;
  if (!parse_level ("fail_on", fail_on, &cli->fail_level) || !parse_level ("--fail-on", cli->fail_on, &cli->fail_level)
      || !parse_level ("min_severity", min_severity, &cli->min_level)
      || !parse_level ("--min-severity", cli->min_severity, &cli->min_level))
    return FALSE;
  if (cli->min_level == CONTRA_SEVERITY_NONE)
    cli->min_level = CONTRA_SEVERITY_NOTE;
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
  g_strfreev (cli->args);
  g_free (cli->config_path);
  g_strfreev (cli->corpus_paths);
  g_free (cli->rules_dir);
  if (cli->severity)
    g_hash_table_unref (cli->severity);
  if (cli->disabled)
    g_hash_table_unref (cli->disabled);
}

ContraClaimSet *
contra_cli_extract (ContraCli *cli, const ContraRuleSet *rules, char **paths)
{
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (GError) error = NULL;
  const char *const *which = (const char *const *) (paths != NULL && paths[0] != NULL ? paths : cli->corpus_paths);

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
  g_autoptr (ContraCorpus) corpus = contra_corpus_open (
    which, cli->follow_outside ? CONTRA_CORPUS_FOLLOW_OUTSIDE : CONTRA_CORPUS_DEFAULT, diagnostics, &error);
  contra_cli_print_diagnostics (cli, diagnostics);
  if (corpus == NULL)
    {
      contra_cli_error ("%s", error->message);
      return NULL;
    }
  contra_timer_lap (&timer, "list the corpus");
  ContraClaimSet *set = contra_extract_corpus (corpus, rules, (guint) cli->jobs);
  contra_timer_lap (&timer, "extract the claims");
  contra_cli_print_diagnostics (cli, set->warnings);
  return set;
}
