/* compare.h — how two values relate, by type.
 *
 *   dates       intervals: one inside the other agree (2011 and September 2011; late
 *               2019, its last quarter, and November 2019); two that overlap only in
 *               part (2019 and December 2019 to March 2020; fiscal 2013 and 2013)
 *               neither agree nor differ: the reconciler notes them;
 *   amounts     as intervals, each widened by the precision its digits give and by
 *               its bound: they agree when the intervals overlap (18 million and
 *               18,000,000; "about 12,000" and 12,431; "between 1.5 and 3.8%" and
 *               2.9%; "at least 10 million" and 12 million). Quantities of one
 *               dimension compare in its base unit ("43 miles" and "69 km"); of two
 *               dimensions ("4 miles", "4 mph"), never. A count and a bare number
 *               compare as numbers ("two live albums", a table's "Live albums: 1");
 *   concepts    the same, or one is_a / part_of the other (a guided missile
 *               destroyer is a warship), agree; anything else differs;
 *   sets        items matched through the lexicon (search and rescue ~ maritime search
 *               and rescue); a strict subset is told apart from a differing member;
 *   names       the same person when one name is the end of the other ("Kerry",
 *               "John Kerry").
 */
#pragma once

#include <glib.h>

#include "extract/claim.h"
#include "lexicon/lexicon.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_RELATION_SAME,       /* equal once normalised */
  CONTRA_RELATION_AGREE,      /* compatible: one refines the other, or within precision */
  CONTRA_RELATION_SUBSET,     /* sets: the first is a strict subset of the second */
  CONTRA_RELATION_SUPERSET,   /* sets: the first strictly contains the second */
  CONTRA_RELATION_OVERLAP,    /* dates: the intervals share days, neither holds the other */
  CONTRA_RELATION_DIFFER,     /* incompatible */
  CONTRA_RELATION_UNRELATED,  /* not comparable (different types or units) */
} ContraRelation;

/* How the values of @a and @b relate. @lexicon resolves set items to concepts. */
ContraRelation contra_compare_claims (const ContraClaim *a,
                                      const ContraClaim *b,
                                      const ContraLexicon *lexicon);

/* The same for two values; @ta and @tb are the claims' concept terms (may be NULL). */
ContraRelation contra_compare_values (const ContraValue *a,
                                      const ContraTerm *ta,
                                      const ContraValue *b,
                                      const ContraTerm *tb,
                                      const ContraLexicon *lexicon);

/* TRUE when two names can be one person: equal keys, or one's words end the other's. */
gboolean contra_names_compatible (const char *a, const char *b);

/* For sets: the items of @a that match no item of @b (labels as written). Free the
 * array with g_ptr_array_unref(); the strings are borrowed from @a. */
GPtrArray *contra_set_difference (const ContraValue *a, const ContraValue *b,
                                  const ContraLexicon *lexicon);

/* An amount (or a range) as an interval [low, high] in its own unit, widened by its
 * precision and bound (inclusive unless the bound is strict). */
void contra_amount_interval (const ContraAmount *amount, double *low, double *high);

G_END_DECLS
