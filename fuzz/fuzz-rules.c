/* fuzz-rules.c — the rule-file loader: a rule file as a rule author writes it.
 *
 * The input is one rule file (lexicon, compose, rules and views may all be in it).
 * Loading collects every problem as a diagnostic; a file that loads has its rules'
 * examples run, as `contra rules test` does, so the compiled patterns, triggers and
 * slots meet the extractor. */
#include "fuzz.h"

#include "base/diagnostic.h"
#include "extract/examples.h"

/* A rule file is a page or two; past this the input is only slower, not new. */
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
  if (size > MAX_SIZE)
    return 0;
  const char *path = fuzz_temp_path ("rules.yaml");
  fuzz_write_file (path, data, size);

  const char *const files[] = {path, NULL};
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraRuleSet) set = contra_ruleset_load_files (files, diagnostics, &error);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = contra_diagnostic_format (g_ptr_array_index (diagnostics, i));
      fuzz_check (g_utf8_validate (line, -1, NULL), "a diagnostic that is not UTF-8");
    }
  if (set == NULL)
    {
      fuzz_check (error != NULL && diagnostics->len > 0, "rules refused without a reason");
      return 0;
    }
  g_autoptr (GString) report = g_string_new (NULL);
  guint passed = 0, failed = 0;
  contra_examples_run (set, NULL, report, &passed, &failed);
  return 0;
}
