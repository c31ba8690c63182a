/* cmd-lint.c — contra lint: check drafts against the corpus.
 *
 * Each draft is read, its suppression comments found (reconcile/suppress.h), and its
 * claims extracted beside the corpus's; the reconciler keeps what involves a draft,
 * the suppressions then take out what the draft silences and add notes on those
 * that silenced nothing. */
#include "cli/cli.h"
#include "corpus/corpus.h"
#include "output/writer.h"
#include "reconcile/draft-date.h"
#include "reconcile/reconciler.h"
#include "reconcile/suppress.h"

#include <string.h>

/* A draft as read, before the corpus. */
typedef struct {
  char *name;               /* as printed: its path, or the name given to '-' */
  ContraDocument *document; /* prepared; NULL when it could not be read */
  GError *error;
} Draft;

static void
draft_free (Draft *d)
{
  g_free (d->name);
  if (d->document != NULL)
    contra_document_free (d->document);
  g_clear_error (&d->error);
  g_free (d);
}

static Draft *
draft_read (ContraCli *cli, const char *arg)
{
  Draft *d = g_new0 (Draft, 1);

  if (g_str_equal (arg, "-"))
    {
      d->name = g_strdup (cli->stdin_filename ? cli->stdin_filename : "<stdin>");
      d->document = contra_document_load_stdin (d->name, &d->error);
    }
  else
    {
      d->name = g_strdup (arg);
      d->document = contra_document_load (arg, &d->error);
    }
  if (d->document != NULL)
    contra_document_prepare (d->document);
  return d;
}

typedef struct {
  GPtrArray *drafts; /* Draft* */
  const ContraRuleSet *rules;
} DraftsAndRules;

/* The drafts' claims, apart, as the lint will extract them (ContraCliDraftClaims). */
static ContraClaimSet *
drafts_claims (const ContraClaimSet *sources, gpointer data)
{
  const DraftsAndRules *dr = data;
  ContraDate latest = contra_claim_set_latest_published (sources);
  ContraClaimSet *set = contra_claim_set_new ();

  for (guint i = 0; i < dr->drafts->len; i++)
    {
      ContraDocument *draft = ((Draft *) g_ptr_array_index (dr->drafts, i))->document;
      contra_draft_date_undated (draft, &latest);
      contra_extract_document (set, dr->rules, draft, TRUE);
    }
  return set;
}

static int
run (ContraCli *cli, int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new ("DRAFT... - check drafts against the corpus");
  const GOptionEntry entries[] = {
    {"stdin-filename", 0, 0, G_OPTION_ARG_STRING, &cli->stdin_filename, "The name to give a draft read from '-'", "NAME"},
    {"verbose", 'v', 0, G_OPTION_ARG_NONE, &cli->verbose, "Also list what the draft gets right", NULL},
    {NULL},
  };

  g_option_context_set_main_group (context, contra_cli_common_group (cli, TRUE));
  g_option_context_add_main_entries (context, entries, NULL);
  contra_cli_add_index_options (cli, context, TRUE);
  g_autofree char *exit_help = contra_cli_exit_help (CONTRA_SEVERITY_WARNING);
  g_autofree char *description
    = g_strconcat ("Reads each DRAFT (Markdown or plain text; '-' is standard input) and reports every\n"
                   "claim in it that the corpus contradicts.\n\n",
                   exit_help, NULL);
  g_option_context_set_description (context, description);
  if (!contra_cli_parse (cli, context, &argc, &argv) || !contra_cli_resolve (cli, CONTRA_SEVERITY_WARNING))
    return CONTRA_EXIT_ERROR;
  if (argc < 2)
    {
      contra_cli_error ("no draft given (contra lint DRAFT..., or - for standard input)");
      return CONTRA_EXIT_ERROR;
    }
  const ContraWriter *writer = contra_cli_writer (cli, FALSE, "lint writes text, json, markdown, sarif, github or html");
  if (writer == NULL)
    return CONTRA_EXIT_ERROR;

  contra_cli_keep_trees (cli, NULL);
  g_autoptr (ContraRuleSet) rules = contra_cli_load_rules (cli);
  if (rules == NULL)
    return CONTRA_EXIT_ERROR;

  /* The drafts are read first: from an index, the corpus's claims a lint needs are
   * those the drafts' claims can meet. A draft that cannot be read is reported where
   * it always was, after the corpus's problems. */
  g_autoptr (GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);
  gboolean all_read = TRUE;
  for (int i = 1; i < argc; i++)
    {
      Draft *d = draft_read (cli, argv[i]);
      all_read &= d->document != NULL;
      g_ptr_array_add (drafts, d);
    }
  /* The HTML page lists every claim of each source it shows: it needs them all. */
  gboolean reach = all_read && !g_str_equal (writer->name, "html");
  DraftsAndRules closure = {drafts, rules};
  guint64 n_claims = 0;
  g_autoptr (ContraClaimSet) set
    = contra_cli_extract_reach (cli, rules, NULL, reach ? drafts_claims : NULL, &closure, &n_claims);
  if (set == NULL)
    return CONTRA_EXIT_ERROR;
  guint read = set->claims->len;
  ContraDate latest = contra_claim_set_latest_published (set);

  g_autoptr (GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) suppressions
    = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) contra_suppressions_free);
  for (guint i = 0; i < drafts->len; i++)
    {
      Draft *d = g_ptr_array_index (drafts, i);
      ContraDocument *draft = d->document;
      if (draft == NULL)
        {
          g_autoptr (ContraDiagnostic) problem = contra_document_load_diagnostic (d->name, d->error);
          contra_diagnostic_print (problem, stderr);
          return CONTRA_EXIT_ERROR;
        }
      contra_draft_date_undated (draft, &latest);
      contra_cli_print_diagnostics (cli, draft->warnings);
      g_hash_table_insert (texts, g_strdup (draft->path), g_strdup (draft->text));
      g_hash_table_insert (suppressions, g_strdup (draft->path), contra_suppressions_scan (draft));
      contra_extract_document (set, rules, draft, TRUE);
    }

  ContraReconcileOptions reconcile = {TRUE, cli->disabled, cli->severity};
  g_autoptr (ContraReport) report = contra_reconcile (set, rules, &reconcile);
  report->n_claims += n_claims - read; /* the corpus's claims not read from the index */
  contra_suppress_report (report, suppressions, &reconcile);
  ContraWriterOptions options = {contra_cli_use_color (cli), cli->verbose, cli->min_level, texts};
  g_autoptr (ContraOutput) output = contra_cli_open_output (cli);
  if (output == NULL)
    return CONTRA_EXIT_ERROR;
  writer->report (report, &options, output);
  if (!contra_cli_finish_output (cli, output))
    return CONTRA_EXIT_ERROR;

  /* A corpus document that could not be read was reported and skipped; the check
   * ran without it, so the run is an input error whatever it found, as for report. */
  return contra_report_exit_status (report, cli->min_level, cli->fail_level);
}

int
contra_cmd_lint (int argc, char **argv)
{
  ContraCli cli = {0};
  int status = run (&cli, argc, argv);

  contra_cli_clear (&cli);
  return status;
}
