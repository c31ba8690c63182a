/* report-claims.h — `contra report --claims` in memory bounded by a component of
 * related claims, not the corpus (see report-claims.c). */
#pragma once

#include "cli/cli.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

/* Reads the claims files @files, reconciles them a component at a time and writes
 * the JSON report to the command's output. @files must be regular files: they are
 * read twice. Returns the command's exit status. */
ContraExit contra_cli_report_claims (ContraCli *cli, const ContraRuleSet *rules, char **files, guint n_files);

G_END_DECLS
