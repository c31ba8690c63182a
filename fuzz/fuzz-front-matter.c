/* fuzz-front-matter.c — YAML front matter at the top of a Markdown draft.
 *
 * The input is the front matter's body: it is put between "---" lines above a short
 * paragraph, so that every input reaches the YAML reader and the metadata it sets
 * (title, author, outlet, date, language), then the document is segmented. */
#include "fuzz.h"

#include <string.h>

#include "corpus/corpus.h"

#define MAX_SIZE 8192

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char head[] = "---\n", tail[] = "\n---\nIn May 2014 there were five ships in Cam Ranh Bay.\n";

  if (size > MAX_SIZE)
    return 0;
  g_autoptr (GByteArray) bytes = g_byte_array_sized_new ((guint) (size + sizeof head + sizeof tail));
  g_byte_array_append (bytes, (const guint8 *) head, strlen (head));
  g_byte_array_append (bytes, data, (guint) size);
  g_byte_array_append (bytes, (const guint8 *) tail, strlen (tail));

  g_autoptr (ContraDocument) document
    = contra_document_new_from_bytes ("draft.md", (const char *) bytes->data, bytes->len, CONTRA_FORMAT_MARKDOWN, NULL);
  if (document == NULL)
    return 0;
  contra_document_prepare (document);
  fuzz_check_document (document);
  const char *const fields[] = {document->title, document->author, document->outlet, document->language};
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    fuzz_check (fields[i] == NULL || g_utf8_validate (fields[i], -1, NULL), "metadata that is not UTF-8");
  if (contra_date_is_set (&document->published))
    fuzz_check (document->published.first <= document->published.last, "a publication date that ends first");
  return 0;
}
