/* test_compare.c — how two values relate, by type: one row per case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>
#include <string.h>

#include "../support/fixture.h"
#include "normalize/normalizer.h"
#include "reconcile/compare.h"
#include "text/tokens.h"

/* The first value a normaliser finds in @text. */
static ContraValue
value_of (const char *text)
{
  g_autoptr (ContraTokens) tokens = contra_tokens_new ();
  ContraDateContext context = {CONTRA_DATE_INIT, CONTRA_DATE_INIT, FALSE, NULL};
  guint n;
  const ContraNormalizer *const *normalizers = contra_normalizers (&n);
  ContraValue value = CONTRA_VALUE_INIT;

  contra_date_parse ("2015-06-05", &context.reference);
  contra_tokens_scan (tokens, text, strlen (text));
  for (guint i = 0; i < tokens->n_tokens; i++)
    for (guint k = 0; k < n; k++)
      if (normalizers[k]->can_start (tokens, i) && normalizers[k]->match (tokens, i, &context, &value) > 0)
        return value;
      else
        contra_value_clear (&value);
  fail_msg ("no value in '%s'", text);
  return value;
}

typedef struct {
  const char *a;
  const char *b;
  ContraRelation expect;
} ValueCase;

static const ValueCase value_cases[] = {
  /* dates agree when their intervals overlap: agreement at the coarser granularity */
  {"in 2011", "in September 2011", CONTRA_RELATION_AGREE},
  {"in 2010", "on August 17, 2010", CONTRA_RELATION_AGREE},
  {"in August 2010", "on August 17, 2010", CONTRA_RELATION_AGREE},
  {"in December 2006", "in 2007", CONTRA_RELATION_DIFFER},
  {"in 2013", "in 2013", CONTRA_RELATION_SAME},
  {"in fiscal year 2013", "in November 2012", CONTRA_RELATION_AGREE},
  {"in fiscal year 2013", "in November 2013", CONTRA_RELATION_DIFFER},
  {"in the late 1980s", "in 1988", CONTRA_RELATION_AGREE},
  {"in the late 1980s", "in 1984", CONTRA_RELATION_DIFFER},
  /* "late 2019" is the last quarter (reference 2015-06-05, unused: the year is given) */
  {"in late 2019", "in November 2019", CONTRA_RELATION_AGREE},
  {"late in 2019", "in December 2019", CONTRA_RELATION_AGREE},
  {"in late 2019", "in September 2019", CONTRA_RELATION_DIFFER},
  /* intervals that share only some days overlap, neither agree nor differ */
  {"in 2019", "in winter 2019", CONTRA_RELATION_OVERLAP},
  {"in fiscal year 2013", "in 2013", CONTRA_RELATION_OVERLAP},
  {"in the early 1990s", "in the 1990s", CONTRA_RELATION_AGREE},
  /* money within the precision the text gives */
  {"$18 million", "18,000,000 USD", CONTRA_RELATION_SAME},
  {"$18 million", "$18.3 million", CONTRA_RELATION_AGREE},
  {"$18 million", "$19 million", CONTRA_RELATION_DIFFER},
  {"9.49 million USD", "9.5 million USD", CONTRA_RELATION_AGREE},
  {"9.49 million USD", "9.6 million USD", CONTRA_RELATION_DIFFER},
  {"$18 million", "€18 million", CONTRA_RELATION_UNRELATED},
  /* bounds compare as bounds */
  {"at least 10 million USD", "12 million USD", CONTRA_RELATION_AGREE},
  {"at least 10 million USD", "8 million USD", CONTRA_RELATION_DIFFER},
  {"more than 30 percent", "35 percent", CONTRA_RELATION_AGREE},
  {"more than 30 percent", "29 percent", CONTRA_RELATION_DIFFER},
  {"more than 30 percent", "30 percent", CONTRA_RELATION_AGREE}, /* 30 may be 30.4 */
  {"about $3 million", "$3.2 million", CONTRA_RELATION_AGREE},
  /* counts of the same thing */
  {"five areas", "5 areas", CONTRA_RELATION_SAME},
  {"five areas", "four areas", CONTRA_RELATION_DIFFER},
  {"five areas", "five ships", CONTRA_RELATION_UNRELATED},
  /* the precision the digits give: "12,000" is to the thousand */
  {"12,000 people", "12,431 people", CONTRA_RELATION_AGREE},
  {"12,000 people", "12,600 people", CONTRA_RELATION_DIFFER},
  {"about 12,000 people", "12,500 people", CONTRA_RELATION_AGREE},
  {"about 12,000 people", "12,900 people", CONTRA_RELATION_DIFFER},
  {"about 12,000 people", "14,000 people", CONTRA_RELATION_DIFFER},
  {"nearly 70 tornadoes", "69 tornadoes", CONTRA_RELATION_AGREE},
  {"more than 60 tornadoes", "69 tornadoes", CONTRA_RELATION_AGREE},
  {"up to 60 tornadoes", "69 tornadoes", CONTRA_RELATION_DIFFER},
  {"at least 60 tornadoes", "59 tornadoes", CONTRA_RELATION_DIFFER},
  {"2.5 hectares", "2.54 hectares", CONTRA_RELATION_AGREE},
  {"2.5 hectares", "2.6 hectares", CONTRA_RELATION_DIFFER},
  /* quantities of one dimension compare in its base unit, whatever their units */
  {"43 miles", "69 km", CONTRA_RELATION_AGREE},
  {"43 miles", "75 km", CONTRA_RELATION_DIFFER},
  {"6 ft 9 in", "2.06 m", CONTRA_RELATION_AGREE},
  {"6\xe2\x80\xb2 8\xe2\x80\xb3", "2.06 m", CONTRA_RELATION_DIFFER},
  {"6 feet 8 inches", "80 inches", CONTRA_RELATION_SAME},
  {"6 ft 8 in", "6 ft 9 in", CONTRA_RELATION_DIFFER},
  {"300 acres", "121 hectares", CONTRA_RELATION_AGREE},
  {"300 acres", "150 hectares", CONTRA_RELATION_DIFFER},
  {"1,200 km2", "460 sq mi", CONTRA_RELATION_AGREE},
  {"1,200 km2", "600 sq mi", CONTRA_RELATION_DIFFER},
  {"120 mph", "190 km/h", CONTRA_RELATION_AGREE}, /* 193 km/h, rounded to the ten */
  {"120 mph", "170 km/h", CONTRA_RELATION_DIFFER},
  {"30 knots", "56 km/h", CONTRA_RELATION_AGREE},
  {"30 knots", "70 km/h", CONTRA_RELATION_DIFFER},
  {"25 \xc2\xb0""C", "77 \xc2\xb0""F", CONTRA_RELATION_AGREE},
  {"25 \xc2\xb0""C", "90 \xc2\xb0""F", CONTRA_RELATION_DIFFER},
  {"40 tonnes", "88,000 pounds", CONTRA_RELATION_AGREE},
  {"3,000 tons", "2,900 tonnes", CONTRA_RELATION_AGREE}, /* a ton is short, long or metric */
  {"3,000 tons", "4,000 tonnes", CONTRA_RELATION_AGREE}, /* both to the thousand */
  {"3,100 tons", "4,000 tonnes", CONTRA_RELATION_DIFFER},
  {"200 nautical miles", "370 km", CONTRA_RELATION_AGREE},
  {"4 miles", "4 mph", CONTRA_RELATION_UNRELATED},
  {"4 miles", "4 acres", CONTRA_RELATION_UNRELATED},
  {"5 km", "5 percent", CONTRA_RELATION_UNRELATED},
  /* ranges are intervals: a figure inside one agrees */
  {"between 1.5 and 3.8%", "2.9%", CONTRA_RELATION_AGREE},
  {"between 1.5 and 3.8%", "4.2%", CONTRA_RELATION_DIFFER},
  {"0.2\xe2\x80\x93""0.3%", "0.25%", CONTRA_RELATION_AGREE},
  {"0.2\xe2\x80\x93""0.3%", "0.5%", CONTRA_RELATION_DIFFER},
  {"40\xe2\x80\x93""45%", "45%", CONTRA_RELATION_AGREE},
  {"40\xe2\x80\x93""45%", "50\xe2\x80\x93""55%", CONTRA_RELATION_DIFFER},
  {"40\xe2\x80\x93""45%", "44\xe2\x80\x93""50%", CONTRA_RELATION_AGREE},
  {"9.5\xe2\x80\x93""10.5 cm", "100 mm", CONTRA_RELATION_AGREE},
  {"9.5\xe2\x80\x93""10.5 cm", "4 inches", CONTRA_RELATION_AGREE},
  {"9.5\xe2\x80\x93""10.5 cm", "5 inches", CONTRA_RELATION_DIFFER},
  {"between 20 and 30 ships", "25 ships", CONTRA_RELATION_AGREE},
  {"between 20 and 30 ships", "35 ships", CONTRA_RELATION_DIFFER},
  {"about 40\xe2\x80\x93""45 km", "47 km", CONTRA_RELATION_AGREE},
  {"about 40\xe2\x80\x93""45 km", "49 km", CONTRA_RELATION_DIFFER},
  {"40\xe2\x80\x93""45%", "40\xe2\x80\x93""45 percent", CONTRA_RELATION_SAME},
  {"40%", "40\xe2\x80\x93""45%", CONTRA_RELATION_AGREE},
  /* a count and a bare number under one key count the same things */
  {"two live albums", "Live albums: 1", CONTRA_RELATION_DIFFER},
  {"two live albums", "Live albums: 2", CONTRA_RELATION_AGREE},
  {"the third-largest port", "two live albums", CONTRA_RELATION_UNRELATED},
  /* ranks compare by the superlative they rank */
  {"the third-largest port", "the third largest port", CONTRA_RELATION_SAME},
  {"the third-largest port", "the second-largest port", CONTRA_RELATION_DIFFER},
  {"the third-largest port", "the third-busiest port", CONTRA_RELATION_UNRELATED},
};

static void
test_values (void **state)
{
  const ValueCase *c = *state;
  ContraValue a = value_of (c->a), b = value_of (c->b);
  ContraRelation got = contra_compare_values (&a, NULL, &b, NULL, NULL);
  ContraRelation back = contra_compare_values (&b, NULL, &a, NULL, NULL);

  if (got != c->expect)
    fail_msg ("'%s' vs '%s': got relation %d, expected %d", c->a, c->b, got, c->expect);
  /* Symmetry, but for subset and superset which swap. */
  assert_int_equal (back, got);
  contra_value_clear (&a);
  contra_value_clear (&b);
}

/* Sets and concepts compare through the lexicon of the project's rules. */
typedef struct {
  const char *a[8];
  const char *b[8];
  ContraRelation expect;
} SetCase;

static const SetCase set_cases[] = {
  {{"area/search-and-rescue", "area/peacekeeping", NULL},
   {"area/maritime-search-and-rescue", "area/un-peacekeeping", NULL}, CONTRA_RELATION_AGREE},
  {{"area/hadr", "area/maritime-security", NULL}, {"area/humanitarian-assistance", "area/maritime-security", NULL},
   CONTRA_RELATION_AGREE},
  {{"area/maritime-security", "area/peacekeeping", NULL},
   {"area/maritime-security", "area/peacekeeping", "area/border-security", NULL}, CONTRA_RELATION_SUBSET},
  {{"area/maritime-security", "area/peacekeeping", "area/border-security", NULL},
   {"area/maritime-security", "area/peacekeeping", NULL}, CONTRA_RELATION_SUPERSET},
  {{"area/high-level-dialogue", "area/maritime-security", NULL},
   {"area/defense-education", "area/maritime-security", NULL}, CONTRA_RELATION_DIFFER},
  {{"text:cyber defense", "area/maritime-security", NULL}, {"text:cyber defense", "area/maritime-security", NULL},
   CONTRA_RELATION_SAME},
};

static ContraValue
set_of (const char *const *items)
{
  ContraValue value = CONTRA_VALUE_INIT;
  guint n = g_strv_length ((char **) items);
  char **ids = g_new0 (char *, n + 1), **labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      ids[i] = g_strdup (items[i]);
      labels[i] = g_strdup (items[i]);
    }
  contra_value_set_take (&value, ids, labels, 0);
  return value;
}

static void
test_sets (void **state)
{
  const SetCase *c = *state;
  ContraValue a = set_of (c->a), b = set_of (c->b);
  ContraRelation got = contra_compare_values (&a, NULL, &b, NULL, fixture_rules ()->lexicon);

  assert_int_equal (got, c->expect);
  contra_value_clear (&a);
  contra_value_clear (&b);
}

typedef struct {
  const char *a;
  const char *b;
  ContraRelation expect;
} ConceptCase;

static const ConceptCase concept_cases[] = {
  {"vessel/guided-missile-destroyer", "vessel/warship", CONTRA_RELATION_AGREE},
  {"vessel/guided-missile-destroyer", "vessel/destroyer", CONTRA_RELATION_AGREE},
  {"vessel/corvette", "vessel/destroyer", CONTRA_RELATION_DIFFER},
  {"vessel/corvette", "vessel/guided-missile-destroyer", CONTRA_RELATION_DIFFER},
  {"place/cam-ranh-bay", "place/military-base", CONTRA_RELATION_AGREE},
  {"place/da-nang", "country/vietnam", CONTRA_RELATION_AGREE},
  {"place/da-nang", "place/haiphong", CONTRA_RELATION_DIFFER},
  {"vessel/aircraft-carrier", "vessel/aircraft-carrier", CONTRA_RELATION_SAME},
};

static void
test_concepts (void **state)
{
  const ConceptCase *c = *state;
  const ContraLexicon *lexicon = fixture_rules ()->lexicon;
  ContraTerm ta = {0}, tb = {0};
  ContraValue a = {CONTRA_VALUE_CONCEPT, NULL, {{0}}}, b = {CONTRA_VALUE_CONCEPT, NULL, {{0}}};

  ta.head = contra_lexicon_lookup (lexicon, c->a);
  tb.head = contra_lexicon_lookup (lexicon, c->b);
  assert_non_null (ta.head);
  assert_non_null (tb.head);
  a.u.id = ta.head->id;
  b.u.id = tb.head->id;
  assert_int_equal (contra_compare_values (&a, &ta, &b, &tb, lexicon), c->expect);
  assert_int_equal (contra_compare_values (&b, &tb, &a, &ta, lexicon), c->expect);
}

typedef struct {
  const char *a;
  const char *b;
  gboolean same;
} NameCase;

static const NameCase name_cases[] = {
  {"john-kerry", "kerry", TRUE},
  {"kerry", "john-kerry", TRUE},
  {"john-kerry", "john-kerry", TRUE},
  {"john-kerry", "kerry-john", FALSE},
  {"ashton-carter", "jimmy-carter", FALSE},
  {"carter", "ter", FALSE},
};

static void
test_names (void **state)
{
  const NameCase *c = *state;
  assert_int_equal (contra_names_compatible (c->a, c->b), c->same);
}

int
main (void)
{
  g_autoptr (GArray) tests = g_array_new (FALSE, FALSE, sizeof (struct CMUnitTest));

#define ADD(table, fn)                                                                              \
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)                                                  \
    {                                                                                               \
      struct CMUnitTest t = {g_strdup_printf (#fn " %u", i), fn, NULL, NULL, (void *) &table[i]};   \
      g_array_append_val (tests, t);                                                                \
    }
  ADD (value_cases, test_values);
  ADD (set_cases, test_sets);
  ADD (concept_cases, test_concepts);
  ADD (name_cases, test_names);
#undef ADD
  int failed = _cmocka_run_group_tests ("compare", (struct CMUnitTest *) tests->data, tests->len, NULL, NULL);
  for (guint i = 0; i < tests->len; i++)
    g_free ((char *) g_array_index (tests, struct CMUnitTest, i).name);
  return failed;
}
