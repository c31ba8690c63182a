#include "reconcile/compare.h"

#include "normalize/units.h"

#include <math.h>
#include <string.h>

void
contra_amount_interval (const ContraAmount *amount, double *low, double *high)
{
  double lo = amount->value, hi = amount->range ? amount->high : amount->value;
  double half = amount->precision > 0 ? amount->precision / 2 : 0;

  switch ((ContraBound) amount->bound)
    {
    case CONTRA_BOUND_EXACT:
      *low = lo - half;
      *high = hi + half;
      break;
    case CONTRA_BOUND_ABOUT:
      /* "about 18 million": a twentieth either way, or the precision if wider: "about 43
       * miles" (69 km) and "roughly 80 km" are not one distance. */
      *low = lo - MAX (half, fabs (lo) * 0.05);
      *high = hi + MAX (half, fabs (hi) * 0.05);
      break;
    case CONTRA_BOUND_AT_LEAST:
    case CONTRA_BOUND_MORE_THAN:
      *low = lo;
      *high = INFINITY;
      break;
    case CONTRA_BOUND_AT_MOST:
    case CONTRA_BOUND_LESS_THAN:
      *low = -INFINITY;
      *high = hi;
      break;
    }
}

/* The place of a whole number's last non-zero digit, keeping two significant digits:
 * 10 for 190 and for 300, 1 for 80, 0 for 2.06. */
static double
zeros_place (double v)
{
  double place = 1, top = pow (10, floor (log10 (fabs (v))) - 1);

  if (v != floor (v) || v == 0)
    return 0;
  while (place < top && fmod (v, place * 10) == 0)
    place *= 10;
  return place;
}

/* @amount's interval in its dimension's base unit, widened by the uncertainty of the
 * unit itself (a "ton" is 907 to 1016 kg). A figure set beside one in another unit is
 * often a conversion rounded to two significant digits ("120 mph" is 193 km/h, written
 * "190 km/h"), so there its trailing zeros count as rounding. */
static void
base_interval (const ContraAmount *amount, const ContraUnit *unit, double *low, double *high)
{
  ContraAmount rounded = *amount;

  rounded.precision = MAX (rounded.precision, zeros_place (amount->value));
  if (amount->range)
    rounded.precision = MAX (rounded.precision, zeros_place (amount->high));
  contra_amount_interval (&rounded, low, high);
  *low = contra_unit_to_base (unit, *low);
  *high = contra_unit_to_base (unit, *high);
  if (unit->spread > 0)
    {
      *low -= fabs (*low) * unit->spread;
      *high += fabs (*high) * unit->spread;
    }
}

static gboolean
same_amount (const ContraAmount *a, const ContraAmount *b)
{
  return a->value == b->value && a->bound == b->bound && a->range == b->range && (!a->range || a->high == b->high);
}

/* Two amounts of one currency, one counted noun or one unit agree when their
 * intervals, each widened by its precision and bound, overlap; quantities in two units
 * of one dimension ("43 miles", "69 km") are compared in the dimension's base unit,
 * and quantities of two dimensions (miles and mph) never. */
static ContraRelation
compare_amounts (ContraValueType type, const ContraAmount *a, const ContraAmount *b)
{
  double alo, ahi, blo, bhi;

  if (a->unit != b->unit)
    {
      const ContraUnit *ua = type == CONTRA_VALUE_QUANTITY ? contra_unit_find (a->unit) : NULL;
      const ContraUnit *ub = type == CONTRA_VALUE_QUANTITY ? contra_unit_find (b->unit) : NULL;
      if (ua == NULL || ub == NULL || ua->dimension != ub->dimension)
        return CONTRA_RELATION_UNRELATED;
      base_interval (a, ua, &alo, &ahi);
      base_interval (b, ub, &blo, &bhi);
    }
  else
    {
      if (same_amount (a, b))
        return CONTRA_RELATION_SAME;
      contra_amount_interval (a, &alo, &ahi);
      contra_amount_interval (b, &blo, &bhi);
    }
  /* A rounding interval is half open, and a strict bound excludes its own value: 18
   * and 19 million only touch, and "more than 30" does not admit 30. */
  gboolean a_open_low = a->bound == CONTRA_BOUND_MORE_THAN || a->bound == CONTRA_BOUND_EXACT;
  gboolean a_open_high = a->bound == CONTRA_BOUND_LESS_THAN || a->bound == CONTRA_BOUND_EXACT;
  gboolean b_open_low = b->bound == CONTRA_BOUND_MORE_THAN || b->bound == CONTRA_BOUND_EXACT;
  gboolean b_open_high = b->bound == CONTRA_BOUND_LESS_THAN || b->bound == CONTRA_BOUND_EXACT;
  if (ahi < blo || (ahi == blo && (a_open_high || b_open_low)))
    return CONTRA_RELATION_DIFFER;
  if (bhi < alo || (bhi == alo && (b_open_high || a_open_low)))
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

/* Do items @x and @y match, given their concepts @a and @b (item_concept())? */
static gboolean
concepts_match (const char *x, const ContraConcept *a, const char *y, const ContraConcept *b)
{
  if (g_str_equal (x, y))
    return TRUE;
  if (a != NULL && b != NULL)
    return contra_concept_within (a, b) || contra_concept_within (b, a);
  return FALSE;
}

static gboolean
items_match (const char *x, const char *y, const ContraLexicon *lexicon)
{
  return g_str_equal (x, y) || concepts_match (x, item_concept (x, lexicon), y, item_concept (y, lexicon));
}

/* The concepts of @set's items (NULL where an item is text), to free with g_free():
 * looked up once, not once for each pair of items compared. */
static const ContraConcept **
set_concepts (const ContraSet *set, const ContraLexicon *lexicon)
{
  const ContraConcept **concepts = g_new (const ContraConcept *, MAX (set->n_items, 1));

  for (guint i = 0; i < set->n_items; i++)
    concepts[i] = item_concept (set->items[i], lexicon);
  return concepts;
}

/* How many items of @a find a match in @b (@ca and @cb: their concepts). */
static guint
count_matched (const ContraSet *a, const ContraConcept **ca, const ContraSet *b, const ContraConcept **cb)
{
  guint n = 0;

  for (guint i = 0; i < a->n_items; i++)
    for (guint j = 0; j < b->n_items; j++)
      if (concepts_match (a->items[i], ca[i], b->items[j], cb[j]))
        {
          n++;
          break;
        }
  return n;
}

static ContraRelation
compare_sets (const ContraSet *a, const ContraSet *b, const ContraLexicon *lexicon)
{
  g_autofree const ContraConcept **ca = set_concepts (a, lexicon);
  g_autofree const ContraConcept **cb = set_concepts (b, lexicon);
  guint a_in_b = count_matched (a, ca, b, cb);
  guint b_in_a = count_matched (b, cb, a, ca);

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
      /* A count and a bare number under one key count the same things: "two live
       * albums" and "Live albums: 1" (a table's cell). */
      const ContraValue *count = a->type == CONTRA_VALUE_COUNT ? a : b->type == CONTRA_VALUE_COUNT ? b : NULL;
      const ContraValue *number = a->type == CONTRA_VALUE_NUMBER ? a : b->type == CONTRA_VALUE_NUMBER ? b : NULL;
      if (count != NULL && number != NULL && number->u.amount.unit == NULL)
        {
          ContraAmount bare = count->u.amount;
          bare.unit = NULL;
          ContraRelation r = compare_amounts (CONTRA_VALUE_NUMBER, &bare, &number->u.amount);
          return r == CONTRA_RELATION_SAME ? CONTRA_RELATION_AGREE : r;
        }
      /* A stated count and a listed set are compared by the reconciler, not here. */
      return CONTRA_RELATION_UNRELATED;
    }
  switch (a->type)
    {
    case CONTRA_VALUE_DATE:
      if (contra_date_compare (&a->u.date, &b->u.date) == 0)
        return CONTRA_RELATION_SAME;
      if (!contra_date_overlaps (&a->u.date, &b->u.date))
        return CONTRA_RELATION_DIFFER;
      if ((a->u.date.first <= b->u.date.first && b->u.date.last <= a->u.date.last)
          || (b->u.date.first <= a->u.date.first && a->u.date.last <= b->u.date.last))
        return CONTRA_RELATION_AGREE;
      return CONTRA_RELATION_OVERLAP;
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      return compare_amounts (a->type, &a->u.amount, &b->u.amount);
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
  /* Counts whose key names what they count ("count/floor") count one thing, whatever
   * noun each sentence names it by: "61 floors" and "the 57-storey tower". */
  if (a->value.type == CONTRA_VALUE_COUNT && b->value.type == CONTRA_VALUE_COUNT
      && a->value.u.amount.unit != b->value.u.amount.unit && a->n_terms > 0 && b->n_terms > 0
      && g_strcmp0 (a->subject, b->subject) == 0 && a->terms[a->n_terms - 1].name != NULL
      && g_str_has_prefix (a->terms[a->n_terms - 1].name, "count/"))
    {
      ContraAmount x = a->value.u.amount, y = b->value.u.amount;
      x.unit = y.unit = NULL;
      return compare_amounts (CONTRA_VALUE_COUNT, &x, &y);
    }
  return contra_compare_values (&a->value, a->value_term, &b->value, b->value_term, lexicon);
}
