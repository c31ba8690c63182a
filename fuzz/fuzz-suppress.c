/* fuzz-suppress.c — lint's suppression comments in a draft.
 *
 * The input is a Markdown draft. Its contra-disable / contra-enable /
 * contra-disable-next-line comments are found, every line is asked about for two
 * rule ids, and the findings about the suppressions themselves (unknown rules and
 * directives, suppressions that silenced nothing) are made, as lint does. */
#include "fuzz.h"

#include "corpus/corpus.h"
#include "reconcile/finding.h"
#include "reconcile/suppress.h"
#include "text/lines.h"

#define MAX_SIZE 16384

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char *const known[] = {"ship-visit", "funding-amount", "restriction-eased", NULL};

  if (size > MAX_SIZE)
    return 0;
  g_autoptr (ContraDocument) document
    = contra_document_new_from_bytes ("draft.md", (const char *) data, size, CONTRA_FORMAT_MARKDOWN, NULL);
  if (document == NULL)
    return 0;
  contra_document_prepare (document);
  g_autoptr (ContraSuppressions) suppressions = contra_suppressions_scan (document);

  guint n_lines = contra_line_index_count (document->lines);
  for (guint line = 1; line <= n_lines + 1; line++)
    {
      contra_suppressions_match (suppressions, "ship-visit", line, line);
      contra_suppressions_match (suppressions, "funding-amount", line, line + 2);
    }
  g_autoptr (GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_finding_free);
  contra_suppressions_report (suppressions, known, NULL, findings);
  contra_suppressions_report (suppressions, NULL, NULL, findings);
  for (guint i = 0; i < findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (findings, i);
      fuzz_check (finding->message != NULL && g_utf8_validate (finding->message, -1, NULL),
                  "a finding whose message is not UTF-8");
    }
  return 0;
}
