/* fuzz-claims-jsonl.c — the JSON Lines claims `contra report --claims` reads.
 *
 * A shard is a file anyone can hand to report, so the reader must refuse, with a
 * message, whatever the extractor would never have written. The input is one shard,
 * read with the shipped rules (loaded once); what it reads is reconciled as report
 * does. */
#include "fuzz.h"

#include "io/claims-read.h"
#include "output/claim-json.h"
#include "reconcile/reconciler.h"

#define MAX_SIZE 65536

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  fuzz_rules ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > MAX_SIZE)
    return 0;
  const char *path = fuzz_temp_path ("claims.jsonl");
  fuzz_write_file (path, data, size);

  const ContraRuleSet *rules = fuzz_rules ();
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  g_autoptr (GError) error = NULL;
  if (!contra_jsonl_read (path, rules, set, &error))
    {
      fuzz_check (error != NULL && g_utf8_validate (error->message, -1, NULL), "a refusal without a UTF-8 message");
      return 0;
    }
  ContraReconcileOptions options = {FALSE, NULL, NULL};
  g_autoptr (ContraReport) report = contra_reconcile (set, rules, &options);
  fuzz_check (report != NULL, "no report");
  return 0;
}
