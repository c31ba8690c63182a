/* fuzz-manifest.c — the corpus manifest (sources.yaml), applied to documents.
 *
 * The input is a manifest. Each entry it gives is applied to a short document of a
 * dozen lines (its ignored line ranges and sections may fall anywhere, past the end
 * included), which is then segmented and checked as a corpus document is. */
#include "fuzz.h"

#include <string.h>

#include "base/diagnostic.h"
#include "corpus/manifest.h"

#define MAX_SIZE 16384

static const char document_text[] = "A heading\n"
                                    "\n"
                                    "In September 2011, the United States and Vietnam signed a memorandum.\n"
                                    "It set out five areas of cooperation: maritime security, search and rescue,\n"
                                    "peacekeeping, humanitarian aid and defense education.\n"
                                    "\n"
                                    "Advertisement\n"
                                    "\n"
                                    "Comment by a reader: the USS Blue Ridge visited Da Nang in 2010.\n"
                                    "\n"
                                    "1. A footnote.\n";

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
  const char *path = fuzz_temp_path ("sources.yaml");
  fuzz_write_file (path, data, size);

  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (ContraManifest) manifest = contra_manifest_load (path, diagnostics);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = contra_diagnostic_format (g_ptr_array_index (diagnostics, i));
      fuzz_check (g_utf8_validate (line, -1, NULL), "a diagnostic that is not UTF-8");
    }
  if (manifest == NULL)
    return 0;

  for (guint i = 0; i < manifest->entries->len; i++)
    {
      const ContraManifestEntry *entry = g_ptr_array_index (manifest->entries, i);
      (void) contra_manifest_find (manifest, entry->file);
      g_autoptr (ContraDocument) document = contra_document_new_from_bytes (
        entry->file, document_text, strlen (document_text), contra_format_for_path (entry->file), NULL);
      fuzz_check (document != NULL, "the fixed document does not load");
      contra_manifest_apply (entry, document);
      contra_document_segment (document);
      fuzz_check_document (document);
    }
  return 0;
}
