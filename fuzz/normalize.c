/* normalize.c — see normalize.h. */
#include "normalize.h"

/* A sentence is short; past this the input is only slower, not new. */
#define MAX_SIZE 2048

static void
check_value (const ContraValue *value)
{
  g_autofree char *form = contra_value_format (value);
  fuzz_check (form != NULL && g_utf8_validate (form, -1, NULL), "a value's form is not UTF-8");
  if (value->type == CONTRA_VALUE_DATE)
    {
      const ContraDate *date = &value->u.date;
      fuzz_check (contra_date_is_set (date), "a date value without a date");
      fuzz_check (date->first <= date->last, "a date whose first day is after its last");
      g_autofree char *described = contra_date_describe (date);
      fuzz_check (g_utf8_validate (described, -1, NULL), "a date's description is not UTF-8");
    }
}

void
fuzz_normalize (const uint8_t *data, size_t size, const ContraNormalizer *const *normalizers, guint n)
{
  static ContraTokens *tokens = NULL;
  gsize length;

  if (size > MAX_SIZE)
    return;
  g_autofree char *text = fuzz_text (data, size, &length);
  if (text == NULL)
    return;
  if (tokens == NULL)
    tokens = contra_tokens_new ();
  contra_tokens_scan (tokens, text, length);

  /* The second context remembers the dates it is told of, as a document does, so
   * that "N years after" an event the text dated is tried too. */
  g_autoptr (ContraDateEvents) events = contra_date_events_new ();
  ContraDateContext contexts[2]
    = {{CONTRA_DATE_INIT, CONTRA_DATE_INIT, FALSE, NULL}, {CONTRA_DATE_INIT, CONTRA_DATE_INIT, TRUE, events}};
  contra_date_parse ("2015-06-05", &contexts[0].reference);
  contra_date_parse ("2011", &contexts[1].anchor);
  for (guint c = 0; c < G_N_ELEMENTS (contexts); c++)
    for (guint i = 0; i < tokens->n_tokens; i++)
      for (guint k = 0; k < n; k++)
        {
          ContraValue value = CONTRA_VALUE_INIT;
          guint span = normalizers[k]->match (tokens, i, &contexts[c], &value);
          if (span > 0)
            {
              fuzz_check (i + span <= tokens->n_tokens, "a value spans tokens past the sentence's end");
              fuzz_check (normalizers[k]->can_start (tokens, i), "a match where can_start() says none can begin");
              fuzz_check (value.type != CONTRA_VALUE_NONE, "a match without a value");
              check_value (&value);
              if (value.type == CONTRA_VALUE_DATE)
                contra_date_context_note (&contexts[c], tokens, i, &value.u.date);
            }
          else
            fuzz_check (value.type == CONTRA_VALUE_NONE, "a value where no match was found");
          contra_value_clear (&value);
        }
}
