#include "reconcile/compare.h"

#include <math.h>
#include <string.h>

void
contra_amount_interval (const ContraAmount *amount, double *low, double *high)
{
  double v = amount->value;
  double half = amount->precision > 0 ? amount->precision / 2 : 0;

  switch ((ContraBound) amount->bound)
    {
    case CONTRA_BOUND_EXACT:
      *low = v - half;
      *high = v + half;
      break;
    case CONTRA_BOUND_ABOUT:
      /* "about 18 million": a tenth either way, or the precision if wider. */
      *low = v - MAX (half, fabs (v) * 0.1);
      *high = v + MAX (half, fabs (v) * 0.1);
      break;
    case CONTRA_BOUND_AT_LEAST:
    case CONTRA_BOUND_MORE_THAN:
      *low = v;
      *high = INFINITY;
      break;
    case CONTRA_BOUND_AT_MOST:
    case CONTRA_BOUND_LESS_THAN:
      *low = -INFINITY;
      *high = v;
      break;
    }
}

static ContraRelation
compare_amounts (const ContraAmount *a, const ContraAmount *b)
{
  double alo, ahi, blo, bhi;

  if (a->unit != b->unit)
    return CONTRA_RELATION_UNRELATED;
  if (a->value == b->value && a->bound == b->bound)
    return CONTRA_RELATION_SAME;
  /* Two plain figures agree when they round to each other at the coarser precision:
   * 18 million and 18.3 million do, 18 and 19 million do not (their rounding intervals
   * only touch). */
  if (a->bound == CONTRA_BOUND_EXACT && b->bound == CONTRA_BOUND_EXACT)
    return fabs (a->value - b->value) < MAX (a->precision, b->precision) / 2 ? CONTRA_RELATION_AGREE
                                                                             : CONTRA_RELATION_DIFFER;
  contra_amount_interval (a, &alo, &ahi);
  contra_amount_interval (b, &blo, &bhi);
  /* A strict bound excludes its own value: "more than 30" does not admit 30. */
  gboolean a_strict_low = a->bound == CONTRA_BOUND_MORE_THAN, a_strict_high = a->bound == CONTRA_BOUND_LESS_THAN;
  gboolean b_strict_low = b->bound == CONTRA_BOUND_MORE_THAN, b_strict_high = b->bound == CONTRA_BOUND_LESS_THAN;
  if (ahi < blo || (ahi == blo && (a_strict_high || b_strict_low)))
    return CONTRA_RELATION_DIFFER;
  if (bhi < alo || (bhi == alo && (b_strict_high || a_strict_low)))
    return CONTRA_RELATION_DIFFER;
  return CONTRA_RELATION_AGREE;
}

static const ContraConcept *
item_concept (const char *item, const ContraLexicon *lexicon)
{
  if (lexicon == NULL || g_str_has_prefix (item, "text:"))
    return NULL;
  return contra_lexicon_lookup (lexicon, item);
}

static gboolean
items_match (const char *x, const char *y, const ContraLexicon *lexicon)
{
  if (g_str_equal (x, y))
    return TRUE;
  const ContraConcept *a = item_concept (x, lexicon);
  const ContraConcept *b = item_concept (y, lexicon);
  if (a != NULL && b != NULL)
    return contra_concept_within (a, b) || contra_concept_within (b, a);
  return FALSE;
}

/* How many items of @a find a match in @b. */
static guint
count_matched (const ContraSet *a, const ContraSet *b, const ContraLexicon *lexicon)
{
  guint n = 0;

  for (guint i = 0; i < a->n_items; i++)
    for (guint j = 0; j < b->n_items; j++)
      if (items_match (a->items[i], b->items[j], lexicon))
        {
          n++;
          break;
        }
  return n;
}

static ContraRelation
compare_sets (const ContraSet *a, const ContraSet *b, const ContraLexicon *lexicon)
{
  guint a_in_b = count_matched (a, b, lexicon);
  guint b_in_a = count_matched (b, a, lexicon);

  if (a_in_b == a->n_items && b_in_a == b->n_items)
    {
      if (a->n_items != b->n_items)
        return CONTRA_RELATION_AGREE;
      for (guint i = 0; i < a->n_items; i++)
        if (!g_str_equal (a->items[i], b->items[i]))
          return CONTRA_RELATION_AGREE;
      return CONTRA_RELATION_SAME;
    }
  if (a_in_b == a->n_items)
    return CONTRA_RELATION_SUBSET;
  if (b_in_a == b->n_items)
    return CONTRA_RELATION_SUPERSET;
  return CONTRA_RELATION_DIFFER;
}

GPtrArray *
contra_set_difference (const ContraValue *a, const ContraValue *b, const ContraLexicon *lexicon)
{
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (a->type == CONTRA_VALUE_SET && b->type == CONTRA_VALUE_SET, out);
  for (guint i = 0; i < a->u.set.n_items; i++)
    {
      gboolean found = FALSE;
      for (guint j = 0; j < b->u.set.n_items && !found; j++)
        found = items_match (a->u.set.items[i], b->u.set.items[j], lexicon);
      if (!found)
        g_ptr_array_add (out, a->u.set.labels ? a->u.set.labels[i] : a->u.set.items[i]);
    }
  return out;
}

gboolean
contra_names_compatible (const char *a, const char *b)
{
  if (g_str_equal (a, b))
    return TRUE;

  /* Keys are slugs: "john-kerry" and "kerry" are one person. */
  gsize la = strlen (a), lb = strlen (b);
  const char *longer = la >= lb ? a : b, *shorter = la >= lb ? b : a;
  gsize ls = MIN (la, lb), ll = MAX (la, lb);
  return ll > ls && g_str_has_suffix (longer, shorter) && longer[ll - ls - 1] == '-';
}

static const char *
name_key (const ContraValue *v)
{
  const char *key = v->u.id;
  return g_str_has_prefix (key, "person/") ? key + strlen ("person/") : key;
}

ContraRelation
contra_compare_values (const ContraValue *a,
                       const ContraTerm *ta,
                       const ContraValue *b,
                       const ContraTerm *tb,
                       const ContraLexicon *lexicon)
{
  if (a->type != b->type)
    {
      /* A stated count and a listed set are compared by the reconciler, not here. */
      return CONTRA_RELATION_UNRELATED;
    }
  switch (a->type)
    {
    case CONTRA_VALUE_DATE:
      if (contra_date_compare (&a->u.date, &b->u.date) == 0)
        return CONTRA_RELATION_SAME;
      return contra_date_overlaps (&a->u.date, &b->u.date) ? CONTRA_RELATION_AGREE : CONTRA_RELATION_DIFFER;
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      return compare_amounts (&a->u.amount, &b->u.amount);
    case CONTRA_VALUE_SET:
      return compare_sets (&a->u.set, &b->u.set, lexicon);
    case CONTRA_VALUE_CONCEPT:
      if (a->u.id == b->u.id)
        return CONTRA_RELATION_SAME;
      if (ta != NULL && tb != NULL && ta->head != NULL && tb->head != NULL
          && (contra_term_within (ta, tb) || contra_term_within (tb, ta)))
        return CONTRA_RELATION_AGREE;
      return CONTRA_RELATION_DIFFER;
    case CONTRA_VALUE_NAME:
      if (a->u.id == b->u.id)
        return CONTRA_RELATION_SAME;
      return contra_names_compatible (name_key (a), name_key (b)) ? CONTRA_RELATION_AGREE
                                                                  : CONTRA_RELATION_DIFFER;
    case CONTRA_VALUE_NONE:
      break;
    }
  return CONTRA_RELATION_UNRELATED;
}

ContraRelation
contra_compare_claims (const ContraClaim *a, const ContraClaim *b, const ContraLexicon *lexicon)
{
  return contra_compare_values (&a->value, a->value_term, &b->value, b->value_term, lexicon);
}
