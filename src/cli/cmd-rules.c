/* cmd-rules.c — contra rules check|test: validate the rules, run their examples. */
#include "cli/cli.h"
#include "extract/examples.h"
#include "lexicon/lexicon.h"

static int
run (ContraCli *cli, int argc, char **argv)
{
  g_autofree char *only = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("check|test [DIR] - validate the rules or run their examples");
  const GOptionEntry entries[] = {
    {"only", 0, 0, G_OPTION_ARG_STRING, &only, "test: only the rules whose id starts with PREFIX", "PREFIX"},
    {NULL},
  };

  g_option_context_set_main_group (context, contra_cli_common_group (cli, FALSE));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_description (context,
                                    "check  loads every rule file and reports each problem as file:line:col\n"
                                    "test   runs the examples and counterexamples every rule carries\n\n"
                                    "Exit status: 0 when the rules load and (test) every example holds, 1 when an\n"
                                    "example fails, 2 on a usage error or a problem in a rule file.");
  if (!contra_cli_parse (cli, context, &argc, &argv))
    return CONTRA_EXIT_ERROR;
  if (argc < 2 || (!g_str_equal (argv[1], "check") && !g_str_equal (argv[1], "test")))
    {
      contra_cli_error ("say 'contra rules check' or 'contra rules test' (see contra rules --help)");
      return CONTRA_EXIT_ERROR;
    }
  if (argc > 3)
    {
      contra_cli_error ("too many arguments: contra rules %s [DIR]", argv[1]);
      return CONTRA_EXIT_ERROR;
    }
  if (argc == 3)
    {
      g_free (cli->rules);
      cli->rules = g_strdup (argv[2]);
    }
  if (!contra_cli_resolve (cli, CONTRA_SEVERITY_NONE))
    return CONTRA_EXIT_ERROR;

  g_autoptr (ContraRuleSet) rules = contra_cli_load_rules (cli);
  if (rules == NULL)
    return CONTRA_EXIT_ERROR;

  if (g_str_equal (argv[1], "check"))
    {
      printf ("%s: %u files, %u concepts, %u aliases, %u patterns, %u rules, %u examples, %u views: ok\n",
              cli->rules_dir, rules->files->len, contra_lexicon_n_concepts (rules->lexicon),
              contra_lexicon_n_aliases (rules->lexicon), rules->patterns->len, rules->rules->len, rules->n_examples,
              rules->views->len);
      return CONTRA_EXIT_OK;
    }

  g_autoptr (GString) report = g_string_new (NULL);
  guint passed, failed;
  gboolean ok = contra_examples_run (rules, only, report, &passed, &failed);
  fputs (report->str, stdout);
  printf ("%u passed, %u failed\n", passed, failed);
  return ok ? CONTRA_EXIT_OK : CONTRA_EXIT_FINDINGS;

}

int
contra_cmd_rules (int argc, char **argv)
{
  ContraCli cli = {0};
  int status = run (&cli, argc, argv);

  contra_cli_clear (&cli);
  return status;
}
