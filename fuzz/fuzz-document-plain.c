/* fuzz-document-plain.c — a document read as plain text (.txt): paragraphs by blank lines or by long lines, headings, backslash escapes.
 *
 * The path a corpus file and a draft take: decode the bytes, find the front matter,
 * cut the prose into blocks and sentences; then every position a writer would print. */
#include "fuzz.h"

#include "corpus/corpus.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) document
    = contra_document_new_from_bytes ("fuzz.txt", (const char *) data, size, CONTRA_FORMAT_PLAIN, &error);

  if (document == NULL)
    {
      fuzz_check (error != NULL, "no document and no error");
      return 0;
    }
  contra_document_prepare (document);
  fuzz_check_document (document);
  return 0;
}
