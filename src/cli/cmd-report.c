/* cmd-report.c — contra report: conflicts and corroborations across the corpus. */
#include "base/timing.h"
#include "cli/cli.h"
#include "cli/report-claims.h"
#include "io/claims-read.h"
#include "output/claim-json.h"
#include "output/writer.h"
#include "reconcile/reconciler.h"

static int
run (ContraCli *cli, int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("[CORPUS...] - report where the sources disagree");
  gboolean from_claims = FALSE;
  const GOptionEntry entries[] = {
    {"claims", 0, 0, G_OPTION_ARG_NONE, &from_claims,
     "The arguments are JSON Lines claim files (contra claims --format jsonl), not a corpus", NULL},
    {NULL},
  };

  g_option_context_set_main_group (context, contra_cli_common_group (cli, TRUE));
  g_option_context_add_main_entries (context, entries, NULL);
  contra_cli_add_index_options (cli, context, TRUE);
  g_autofree char *exit_help = contra_cli_exit_help (CONTRA_SEVERITY_NONE);
  g_autofree char *description = g_strconcat (
    "Run from the repository root with no arguments, it reads corpus/ with rules/.\n\n", exit_help, NULL);
  g_option_context_set_description (context, description);
  if (!contra_cli_parse (cli, context, &argc, &argv) || !contra_cli_resolve (cli, CONTRA_SEVERITY_NONE))
    return CONTRA_EXIT_ERROR;
  const ContraWriter *writer = contra_cli_writer (cli, FALSE, "a report is text, json, markdown, sarif, github or html");
  if (writer == NULL)
    return CONTRA_EXIT_ERROR;

  if (!from_claims)
    contra_cli_keep_trees (cli, argc > 1 ? argv + 1 : NULL);
  g_autoptr (ContraRuleSet) rules = contra_cli_load_rules (cli);
  if (rules == NULL)
    return CONTRA_EXIT_ERROR;

  g_autoptr (ContraClaimSet) set = NULL;
  if (from_claims)
    {
      if (argc < 2)
        {
          contra_cli_error ("--claims needs the claim files: contra report --claims FILE...");
          return CONTRA_EXIT_ERROR;
        }
      /* The JSON report, the map/reduce path's, is made a component at a time, from
       * files it can read twice (not a pipe). */
      gboolean regular = TRUE;
      for (int i = 1; i < argc; i++)
        regular = regular && g_file_test (argv[i], G_FILE_TEST_IS_REGULAR);
      if (writer == &contra_json_writer && regular)
        return contra_cli_report_claims (cli, rules, argv + 1, (guint) argc - 1);
      ContraTimer timer;
      contra_timer_start (&timer);
      set = contra_claim_set_new ();
      for (int i = 1; i < argc; i++)
        {
          g_autoptr (GError) error = NULL;
          if (!contra_jsonl_read (argv[i], rules, set, &error))
            {
              fprintf (stderr, "%s\n", error->message);
              return CONTRA_EXIT_ERROR;
            }
        }
      contra_timer_lap (&timer, "read the claims");
    }
  else
    {
      set = contra_cli_extract (cli, rules, argc > 1 ? argv + 1 : NULL);
      if (set == NULL)
        return CONTRA_EXIT_ERROR;
    }

  ContraReconcileOptions reconcile = {FALSE, cli->disabled, cli->severity};
  g_autoptr (ContraReport) report = contra_reconcile (set, rules, &reconcile);
  ContraWriterOptions options = {contra_cli_use_color (cli), cli->verbose, cli->min_level, NULL};
  ContraTimer timer;
  contra_timer_start (&timer);
  g_autoptr (ContraOutput) output = contra_cli_open_output (cli);
  if (output == NULL)
    return CONTRA_EXIT_ERROR;
  writer->report (report, &options, output);
  if (!contra_cli_finish_output (cli, output))
    return CONTRA_EXIT_ERROR;
  contra_timer_lap (&timer, "write the report");

  return contra_report_exit_status (report, cli->min_level, cli->fail_level);
}

int
contra_cmd_report (int argc, char **argv)
{
  ContraCli cli = {0};
  int status = run (&cli, argc, argv);

  contra_cli_clear (&cli);
  return status;
}
