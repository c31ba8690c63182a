/* fuzz-list.c — the list splitter: finding a list's cue and splitting its items.
 *
 * Every cue in the sentence is found, and the list after it split four ways: with
 * and without a stated count, and with and without lexicon phrases (hints). The
 * hints are made up from the tokens (a two-token phrase every third token), which
 * is what matters to the splitter: phrases it must keep whole, in order, apart. */
#include "fuzz.h"

#include "normalize/list.h"

#define MAX_SIZE 2048
#define MAX_HINTS 64

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

static void
split (const ContraTokens *tokens, guint start, const ContraListHint *hints, guint n_hints, guint stated)
{
  ContraValue value = CONTRA_VALUE_INIT;
  guint end = G_MAXUINT;

  if (contra_list_split (tokens, start, tokens->n_tokens, hints, n_hints, stated, &value, &end))
    {
      fuzz_check (value.type == CONTRA_VALUE_SET && value.u.set.n_items >= 2, "a list of fewer than two items");
      fuzz_check (end > start && end <= tokens->n_tokens, "a list that ends outside the sentence");
      for (guint i = 0; i < value.u.set.n_items; i++)
        fuzz_check (value.u.set.items[i] != NULL && g_utf8_validate (value.u.set.items[i], -1, NULL)
                      && value.u.set.labels[i] != NULL && g_utf8_validate (value.u.set.labels[i], -1, NULL),
                    "a list item that is not UTF-8");
      g_autofree char *form = contra_value_format (&value);
      fuzz_check (g_utf8_validate (form, -1, NULL), "a list that prints as something else than UTF-8");
    }
  contra_value_clear (&value);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char *const ids[] = {"domain/a", "domain/b", "domain/c"};
  gsize length;

  if (size > MAX_SIZE)
    return 0;
  g_autofree char *text = fuzz_text (data, size, &length);
  if (text == NULL)
    return 0;
  g_autoptr (ContraTokens) tokens = contra_tokens_new ();
  contra_tokens_scan (tokens, text, length);

  for (guint from = 0; from < tokens->n_tokens;)
    {
      guint start = contra_list_find_start (tokens, from, tokens->n_tokens);
      if (start == G_MAXUINT)
        break;
      fuzz_check (start >= from && start <= tokens->n_tokens, "a list that starts outside the sentence");

      ContraListHint hints[MAX_HINTS];
      guint n_hints = 0;
      for (guint i = start; i + 2 <= tokens->n_tokens && n_hints < MAX_HINTS; i += 3)
        if (tokens->tokens[i].kind == CONTRA_TOKEN_WORD)
          {
            hints[n_hints] = (ContraListHint){i, i + 2, ids[n_hints % G_N_ELEMENTS (ids)]};
            n_hints++;
          }
      guint commas = 0;
      for (guint i = start; i < tokens->n_tokens; i++)
        commas += contra_tokens_is_punct (tokens, i, ',') || contra_tokens_is_punct (tokens, i, ';');

      split (tokens, start, NULL, 0, 0);
      split (tokens, start, NULL, 0, commas + 1);
      split (tokens, start, hints, n_hints, 0);
      split (tokens, start, hints, n_hints, commas + 2);
      from = start + 1;
    }
  return 0;
}
