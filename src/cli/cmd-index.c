/* cmd-index.c — contra index: build or update the corpus's claim index.
 *
 * The index (index/index.h) is a SQLite file, by default .contra-index.sqlite in the
 * corpus folder; report and lint read their claims from it when it is up to date.
 * Only the documents whose bytes, manifest entry, rules or contra changed are read
 * again; the documents that left the corpus leave the index. */
#include "base/timing.h"
#include "cli/cli.h"
#include "index/fingerprint.h"
#include "index/index.h"

static int
run (ContraCli *cli, int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("[CORPUS...] - build or update the corpus's claim index");
  g_autoptr (GError) error = NULL;

  g_option_context_set_main_group (context, contra_cli_common_group (cli, FALSE));
  contra_cli_add_index_options (cli, context, FALSE);
  g_option_context_set_description (
    context, "Prints what it did: the documents read again, up to date and removed, and the claims held.\n\n"
             "Exit status: 0, or 2 on a usage or input error (a damaged or foreign file at the index\n"
             "path, an index that cannot be written, or a document that cannot be read: it is\n"
             "reported, kept out of the index's claims, and read again next time).");
  if (!contra_cli_parse (cli, context, &argc, &argv) || !contra_cli_resolve (cli, CONTRA_SEVERITY_NONE))
    return CONTRA_EXIT_ERROR;

  char **paths = argc > 1 ? argv + 1 : NULL;
  contra_cli_keep_trees (cli, paths);
  g_autoptr (ContraRuleSet) rules = contra_cli_load_rules (cli);
  if (rules == NULL)
    return CONTRA_EXIT_ERROR;
  g_autoptr (ContraCorpus) corpus = contra_cli_open_corpus (cli, paths);
  if (corpus == NULL)
    return CONTRA_EXIT_ERROR;

  g_autofree char *path = contra_cli_index_path (cli, paths);
  g_autoptr (ContraIndex) index = contra_index_open (path, TRUE, &error);
  g_autofree char *rules_hash = NULL;
  if (index != NULL)
    {
      rules_hash = contra_index_rules_hash (index, cli->rules_dir, &error);
      if (rules_hash == NULL)
        {
          contra_cli_error ("%s: %s", cli->rules_dir, error->message);
          return CONTRA_EXIT_ERROR;
        }
    }
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  ContraIndexStatus status;
  ContraTimer timer;
  contra_timer_start (&timer);
  if (index == NULL
      || !contra_index_update (index, corpus, rules, rules_hash, (guint) cli->jobs, TRUE, &status, warnings, &error))
    {
      contra_cli_print_diagnostics (cli, warnings);
      contra_cli_error ("%s", error->message);
      return CONTRA_EXIT_ERROR;
    }
  contra_timer_lap (&timer, "update the index");
  contra_index_keep (index);
  contra_cli_print_diagnostics (cli, warnings);
  if (!cli->quiet)
    printf ("%s: %u document%s: %u read, %u up to date, %u removed; %" G_GUINT64_FORMAT " claim%s\n", path,
            status.documents, status.documents == 1 ? "" : "s", status.stale, status.fresh, status.removed,
            status.claims, status.claims == 1 ? "" : "s");

  for (guint i = 0; i < warnings->len; i++)
    if (((ContraDiagnostic *) g_ptr_array_index (warnings, i))->severity == CONTRA_SEVERITY_ERROR)
      return CONTRA_EXIT_ERROR;
  return CONTRA_EXIT_OK;
}

int
contra_cmd_index (int argc, char **argv)
{
  ContraCli cli = {0};
  int status = run (&cli, argc, argv);

  contra_cli_clear (&cli);
  return status;
}
