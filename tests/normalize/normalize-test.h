/* normalize-test.h — helpers shared by the normaliser tests.
 *
 * Rows of cases name where a value starts by a piece of the sentence ("September"
 * in "In September 2011, ..."), so a row reads as the sentence an editor sees; the
 * helpers turn that into a token index.
 */
#pragma once

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <string.h>

#include <cmocka.h>

#include "normalize/normalizer.h"

/* The token that begins at the first occurrence of @needle in @sentence. */
static inline guint
test_token_at (const ContraTokens *t, const char *sentence, const char *needle)
{
  const char *p = strstr (sentence, needle);

  if (p == NULL)
    fail_msg ("\"%s\" is not in \"%s\"", needle, sentence);
  for (guint i = 0; i < t->n_tokens; i++)
    if (t->tokens[i].start == (guint32) (p - sentence))
      return i;
  fail_msg ("no token begins at \"%s\" in \"%s\"", needle, sentence);
  return 0;
}

/* Runs @norm at token @i, checking that can_start() lets every match through. */
static inline guint
test_match (const ContraNormalizer *norm,
            const ContraTokens *t,
            guint i,
            const ContraDateContext *ctx,
            ContraValue *out)
{
  guint n = norm->match (t, i, ctx, out);

  if (n > 0 && !norm->can_start (t, i))
    fail_msg ("%s matches at token %u but can_start() says no", norm->name, i);
  if (n == 0)
    assert_int_equal (out->type, CONTRA_VALUE_NONE);
  return n;
}

/* Runs the normalisers in contra_normalizers() order at token @i, as the mention
 * finder does: the first that matches wins. Returns its span and sets @winner. */
static inline guint
test_match_chain (const ContraTokens *t,
                  guint i,
                  const ContraDateContext *ctx,
                  ContraValue *out,
                  const ContraNormalizer **winner)
{
  guint count;
  const ContraNormalizer *const *all = contra_normalizers (&count);

  *winner = NULL;
  for (guint k = 0; k < count; k++)
    {
      if (!all[k]->can_start (t, i))
        {
          ContraValue probe = CONTRA_VALUE_INIT;
          if (all[k]->match (t, i, ctx, &probe) > 0)
            fail_msg ("%s matches at token %u but can_start() says no", all[k]->name, i);
          contra_value_clear (&probe);
          continue;
        }
      guint n = all[k]->match (t, i, ctx, out);
      if (n > 0)
        {
          *winner = all[k];
          return n;
        }
    }
  return 0;
}

static inline const char *
test_winner_name (const ContraNormalizer *winner)
{
  return winner != NULL ? winner->name : "(none)";
}

/* Parses @text with contra_date_parse() or fails the test. */
static inline ContraDate
test_date (const char *text)
{
  ContraDate d = CONTRA_DATE_INIT;

  if (text != NULL && !contra_date_parse (text, &d))
    fail_msg ("cannot parse date \"%s\"", text);
  return d;
}

/* A row for the amount normalisers, run through the whole chain at @at. */
typedef struct {
  const char *sentence;
  const char *at;       /* where the value starts */
  const char *winner;   /* the normaliser that must win at @at; NULL: none may match */
  guint span;           /* tokens */
  const char *expected; /* contra_value_format() */
  double precision;     /* 0: not checked */
  ContraBound bound;
} AmountCase;

#define NO_AMOUNT(s, at) {s, at, NULL, 0, NULL, 0, CONTRA_BOUND_EXACT}

/* Checks one row; prints what differs and returns FALSE when it fails. */
static inline gboolean
test_amount_row (ContraTokens *t, const ContraDateContext *ctx, guint k, const AmountCase *c)
{
  const ContraNormalizer *winner;
  ContraValue v = CONTRA_VALUE_INIT;
  gboolean ok = TRUE;

  contra_tokens_scan (t, c->sentence, strlen (c->sentence));
  guint n = test_match_chain (t, test_token_at (t, c->sentence, c->at), ctx, &v, &winner);
  g_autofree char *form = contra_value_format (&v);
  const char *name = n > 0 ? test_winner_name (winner) : "(none)";

  if (strcmp (name, c->winner != NULL ? c->winner : "(none)") != 0
      || (n > 0 && (n != c->span || strcmp (form, c->expected) != 0)))
    {
      print_error ("row %u \"%s\" at \"%s\": %s span %u \"%s\", expected %s span %u \"%s\"\n", k,
                   c->sentence, c->at, name, n, form, c->winner != NULL ? c->winner : "(none)", c->span,
                   c->expected != NULL ? c->expected : "");
      ok = FALSE;
    }
  else if (n > 0 && v.type != CONTRA_VALUE_DATE)
    {
      if (c->precision > 0 && fabs (v.u.amount.precision - c->precision) > 1e-9 * c->precision)
        {
          print_error ("row %u \"%s\": precision %g, expected %g\n", k, c->sentence, v.u.amount.precision,
                       c->precision);
          ok = FALSE;
        }
      if (v.u.amount.bound != c->bound)
        {
          print_error ("row %u \"%s\": bound %u, expected %u\n", k, c->sentence, v.u.amount.bound, c->bound);
          ok = FALSE;
        }
    }
  contra_value_clear (&v);
  return ok;
}

static inline void
test_amount_rows (const AmountCase *rows, guint n_rows)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  ContraDateContext ctx = {test_date ("2015-06-05"), CONTRA_DATE_INIT, FALSE, NULL};
  guint failed = 0;

  for (guint k = 0; k < n_rows; k++)
    failed += !test_amount_row (t, &ctx, k, &rows[k]);
  if (failed > 0)
    fail_msg ("%u of %u rows failed", failed, n_rows);
}
