/* fuzz-amount.c — the money, percentage, count and number normalisers.
 *
 * Every token of the sentence is offered to each of them, in the order the mention
 * finder tries them (see normalize.h), and to contra_number_match(), which reads
 * numbers in words and digits for them all. */
#include "normalize.h"

#include <math.h>

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const ContraNormalizer *const normalizers[] = {
    &contra_money_normalizer,
    &contra_percent_normalizer,
    &contra_count_normalizer,
    &contra_number_normalizer,
  };

  fuzz_normalize (data, size, normalizers, G_N_ELEMENTS (normalizers));

  gsize length;
  g_autofree char *text = size <= 2048 ? fuzz_text (data, size, &length) : NULL;
  if (text == NULL)
    return 0;
  g_autoptr (ContraTokens) tokens = contra_tokens_new ();
  contra_tokens_scan (tokens, text, length);
  for (guint i = 0; i < tokens->n_tokens; i++)
    {
      double value = 0, precision = 0;
      guint span = contra_number_match (tokens, i, &value, &precision);
      fuzz_check (i + span <= tokens->n_tokens, "a number spans tokens past the sentence's end");
      guint decimals;
      contra_tokens_number (tokens, i, &value, &decimals);
    }
  return 0;
}
