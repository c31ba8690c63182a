/* normalizer.h — one small interface for every value normaliser.
 *
 * A normaliser recognises a value that starts at a given token of a sentence and
 * returns how many tokens it spans. The mention finder (extract/mentions.c) offers it
 * each token where can_start() says a value may begin, so a sentence without a digit,
 * month name or number word costs the date normaliser almost nothing.
 *
 * Dates need context: an underspecified date ("In December", "the same year") takes
 * its year from @anchor, the nearest preceding explicit date; a relative date ("last
 * year", "this week", "on Monday") resolves against @reference, the publication date,
 * toward the past. "Thirty years after the company was founded" counts from the
 * date @events holds for an earlier "The company was founded in 1990".
 */
#pragma once

#include <glib.h>

#include "normalize/value.h"
#include "text/tokens.h"

G_BEGIN_DECLS

/* What a document has dated so far: each explicit date with the words of its clause
 * ("The company was founded in 1990": company, founded), so that an event named
 * again later ("thirty years after the company was founded") has its date. */
typedef struct _ContraDateEvents ContraDateEvents;

ContraDateEvents *contra_date_events_new (void);
void contra_date_events_free (ContraDateEvents *events);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraDateEvents, contra_date_events_free)

typedef struct {
  ContraDate reference;  /* the document's (or section's) publication date; may be unset */
  ContraDate anchor;     /* the nearest preceding explicit date in context; may be unset */
  gboolean future;       /* the sentence speaks of the future ("will"): resolve forward */
  ContraDateEvents *events; /* the document's dated events so far; may be NULL */
} ContraDateContext;

typedef struct {
  const char *name;        /* "date", "money", "percent", "count", "number" */
  ContraValueType type;
  /* Cheap test: can a value of this type begin at token @i? */
  gboolean (*can_start) (const ContraTokens *tokens, guint i);
  /* Recognises a value beginning at token @i. Returns the number of tokens it spans
   * (0 when there is none) and fills @out, which the caller clears. */
  guint (*match) (const ContraTokens *tokens,
                  guint i,
                  const ContraDateContext *context,
                  ContraValue *out);
} ContraNormalizer;

/* The normalisers in the order they are tried at a token: date, money, percent,
 * quantity/count, number. The first that matches wins. Static; do not free. */
const ContraNormalizer *const *contra_normalizers (guint *n_normalizers);

extern const ContraNormalizer contra_date_normalizer;
extern const ContraNormalizer contra_money_normalizer;
extern const ContraNormalizer contra_percent_normalizer;
extern const ContraNormalizer contra_count_normalizer;
extern const ContraNormalizer contra_number_normalizer;

/* The value of a number written in words or digits starting at token @i: "five",
 * "three million", "twenty-one", "half", "15", "1.5", "a dozen", "-5" (from its sign;
 * nothing starts right after a sign). Returns the number of tokens spanned (0 when
 * none); @precision receives the unit of the last digit given. */
guint contra_number_match (const ContraTokens *tokens, guint i, double *value, double *precision);

/* Prepares @context for the next sentence: future is set when the sentence speaks
 * of the future ("will", "upcoming"). */
void contra_date_context_sentence (ContraDateContext *context, const ContraTokens *tokens);

/* Called for each date read at token @first of a sentence, in order: moves the
 * anchor to @date when it may be one, and returns TRUE then. An explicit date moves
 * it ("In March 2010 ... In December" is December 2010); a date resolved from the
 * anchor or the reference does not, unless it is a day ("on March 3": see date.c),
 * nor a fiscal year, nor one after "since" or "by", which bounds the
 * time of its clause from outside ("profit fell, its weakest since 1994 ... by June"
 * keeps June in the reference's year). The caller decides how long an anchor holds
 * (the extractor: its paragraph and the next, within one section). An explicit date
 * is also added to @context's events, with the words of its clause, whether or not
 * it moves the anchor. */
gboolean contra_date_context_note (ContraDateContext *context,
                                   const ContraTokens *tokens,
                                   guint first,
                                   const ContraDate *date);

/* A range of dates starting at token @i, its two ends read as dates of their own:
 * "24–26 September 1920", "1998–99", "May 1993 – August 2002", "from June to August
 * 2002" (June 2002), "between 2010 and 2012", a lifespan "(1920–2005)" from its
 * year. The ends are what a claim that something started and ended, or someone was
 * born and died, needs; the date normaliser itself reads "24–26 September 1920" as
 * one interval and the other forms as two dates. Returns the tokens spanned (0 when
 * no range starts at @i: the second end must not come before the first). */
guint contra_date_range_match (const ContraTokens *tokens,
                               guint i,
                               const ContraDateContext *context,
                               ContraDate *first,
                               ContraDate *last);

/* Cheap test: can a time expression (contra_timex_match) begin at token @i? */
gboolean contra_timex_can_start (const ContraTokens *tokens, guint i);

/* The time expression starting at token @i, as TimeML has them: a date exactly as
 * contra_date_normalizer reads it (type DATE), or what claims leave out, a time of
 * day ("this morning", "10 a.m."), a duration ("three days", "the past two
 * years") or a set ("every year", "annually"). Returns the tokens spanned (0 when
 * none) and fills @out (clear it with contra_timex_clear()). For `contra dump dates`
 * and measurement; the mention finder sees dates only. */
guint contra_timex_match (const ContraTokens *tokens,
                          guint i,
                          const ContraDateContext *context,
                          ContraTimex *out);

G_END_DECLS
