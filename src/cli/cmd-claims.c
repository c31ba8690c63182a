/* cmd-claims.c — contra claims: every claim the rules extract. */
#include "base/timing.h"
#include "cli/cli.h"
#include "output/writer.h"

static int
run (ContraCli *cli, int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("[CORPUS...] - list the claims the rules extract");

  g_option_context_set_main_group (context, contra_cli_common_group (cli, FALSE));
  g_option_context_set_description (context, "Formats: text (default), json, jsonl (for contra report --claims).\n\n"
                                             "Exit status: 0, or 2 on a usage or input error (a document that\n"
                                             "cannot be read is reported and skipped, and the run ends with 2).");
  if (!contra_cli_parse (cli, context, &argc, &argv) || !contra_cli_resolve (cli, CONTRA_SEVERITY_NONE))
    return CONTRA_EXIT_ERROR;

  const ContraWriter *writer = contra_cli_writer (cli, TRUE, "claims are text, json or jsonl");
  if (writer == NULL)
    return CONTRA_EXIT_ERROR;

  g_autoptr (ContraRuleSet) rules = contra_cli_load_rules (cli);
  if (rules == NULL)
    return CONTRA_EXIT_ERROR;
  g_autoptr (ContraClaimSet) set = contra_cli_extract (cli, rules, argc > 1 ? argv + 1 : NULL);
  if (set == NULL)
    return CONTRA_EXIT_ERROR;

  ContraWriterOptions options = {contra_cli_use_color (cli), cli->verbose, CONTRA_SEVERITY_NOTE, NULL};
  ContraTimer timer;
  contra_timer_start (&timer);
  g_autoptr (ContraOutput) output = contra_cli_open_output (cli);
  if (output == NULL)
    return CONTRA_EXIT_ERROR;
  writer->claims (set, &options, output);
  if (!contra_cli_finish_output (cli, output))
    return CONTRA_EXIT_ERROR;
  contra_timer_lap (&timer, "write the claims");
  return contra_claim_set_has_errors (set) ? CONTRA_EXIT_ERROR : CONTRA_EXIT_OK;

}

int
contra_cmd_claims (int argc, char **argv)
{
  ContraCli cli = {0};
  int status = run (&cli, argc, argv);

  contra_cli_clear (&cli);
  return status;
}
