/* fuzz-date.c — the date normaliser, and dates as manifests and front matter give them.
 *
 * Every token of the sentence is offered to the date normaliser (in two contexts:
 * see normalize.h), and the whole input to contra_date_parse(), which reads the
 * `published:` of a manifest entry or of front matter. */
#include "normalize.h"

#include <string.h>

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const ContraNormalizer *const normalizers[] = {&contra_date_normalizer};

  fuzz_normalize (data, size, normalizers, G_N_ELEMENTS (normalizers));

  /* The whole input as one date, as a manifest's published: is read. */
  if (size <= 256 && memchr (data, '\0', size) == NULL)
    {
      g_autofree char *text = g_strndup ((const char *) data, size);
      ContraDate date = CONTRA_DATE_INIT;
      if (contra_date_parse (text, &date))
        {
          fuzz_check (contra_date_is_set (&date) && date.first <= date.last, "a parsed date that is not a date");
          g_autofree char *form = contra_date_format (&date);
          g_autofree char *described = contra_date_describe (&date);
          fuzz_check (g_utf8_validate (form, -1, NULL) && g_utf8_validate (described, -1, NULL),
                      "a date that prints as something else than UTF-8");
        }
    }
  return 0;
}
