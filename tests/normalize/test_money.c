/* test_money.c — the money and percent normalisers.
 *
 * Rows run the whole normaliser chain at a token, as the mention finder does, so a
 * row also says which normaliser wins there: "500 pounds of rice" is a weight, not
 * money; "half of" is a number, not a percentage.
 */
#include "normalize-test.h"

#define EXACT CONTRA_BOUND_EXACT
#define ABOUT CONTRA_BOUND_ABOUT
#define AT_LEAST CONTRA_BOUND_AT_LEAST
#define MORE CONTRA_BOUND_MORE_THAN
#define AT_MOST CONTRA_BOUND_AT_MOST
#define LESS CONTRA_BOUND_LESS_THAN

/* "one trillion trillion ..." until a double overflows. */
#define TRILLIONS                                                                                                      \
  "one trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion " \
  "trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion "    \
  "trillion trillion trillion trillion"

static const AmountCase money[] = {
  /* from the corpus */
  {"Carter announced that the United States would provide \\$18 million to the Coast Guard.", "\\$", "money", 4, "USD 18000000", 1e6, EXACT},
  {"Kerry offered 18 million USD of aid to Vietnam.", "18", "money", 3, "USD 18000000", 1e6, EXACT},
  /* a compound of a number, a scale and a currency's name */
  {"Varro completed its 1.9-billion-dollar takeover.", "1.9", "money", 5, "USD 1900000000", 1e8, EXACT},
  {"The 84.6-billion-crown budget passed.", "84.6", "money", 5, "CZK 84600000000", 1e8, EXACT},
  {"The amount grew from 196,000 USD in 2009 to 900,000 USD in 2013.", "196,000", "money", 2, "USD 196000", 1e3, EXACT},
  {"The amount grew from 196,000 USD in 2009 to 900,000 USD in 2013.", "900,000", "money", 2, "USD 900000", 1e5, EXACT},
  {"and to a projected 1.5 million USD in 2015.", "1.5", "money", 3, "USD 1500000", 1e5, EXACT},
  {"the United States offered Vietnam half million dollars in fiscal year 2009.", "half", "money", 3, "USD 500000", 5e5, EXACT},
  {"The relative amount surged to 9.49 million USD in fiscal year 2013.", "9.49", "money", 3, "USD 9490000", 1e4, EXACT},
  {"and will climb to at least 10 million USD in fiscal year 2015.", "at least", "money", 5, ">=USD 10000000", 1e6, AT_LEAST},
  {"the trade volume was only 4.63 billion USD, but it climbed", "4.63", "money", 3, "USD 4630000000", 1e7, EXACT},
  {"it climbed to 65.48 billion USD in 2013.", "65.48", "money", 3, "USD 65480000000", 1e7, EXACT},

  /* forms news uses */
  {"He pledged $18 million.", "$", "money", 3, "USD 18000000", 1e6, EXACT},
  {"He pledged US$18 million.", "US$", "money", 4, "USD 18000000", 1e6, EXACT},
  {"He pledged 18 million dollars.", "18", "money", 3, "USD 18000000", 1e6, EXACT},
  {"He pledged 18 million US dollars.", "18", "money", 4, "USD 18000000", 1e6, EXACT},
  {"He pledged 18,000,000 USD.", "18,000,000", "money", 2, "USD 18000000", 1e6, EXACT},
  {"He pledged half a million dollars.", "half", "money", 4, "USD 500000", 5e5, EXACT},
  {"He pledged more than $5 million.", "more", "money", 5, ">USD 5000000", 1e6, MORE},
  {"He pledged about $3 million.", "about", "money", 4, "~USD 3000000", 1e6, ABOUT},
  {"He pledged up to $2m.", "up", "money", 4, "<=USD 2000000", 1e6, AT_MOST},
  {"He pledged less than $2m.", "less", "money", 4, "<USD 2000000", 1e6, LESS},
  {"He pledged \xe2\x82\xac" "5m.", "\xe2\x82\xac", "money", 2, "EUR 5000000", 1e6, EXACT},
  {"He pledged $1.5bn.", "$", "money", 2, "USD 1500000000", 1e8, EXACT},
  {"He pledged $18M.", "$", "money", 2, "USD 18000000", 1e6, EXACT},
  {"He pledged \xc2\xa3" "3 million.", "\xc2\xa3", "money", 3, "GBP 3000000", 1e6, EXACT},
  {"He pledged 5 million euros.", "5", "money", 3, "EUR 5000000", 1e6, EXACT},
  {"He pledged \xc2\xa5" "100 billion.", "\xc2\xa5", "money", 3, "JPY 100000000000", 1e9, EXACT},
  {"The bank lent VND 20 trillion.", "VND", "money", 3, "VND 20000000000000", 1e12, EXACT},
  {"The bank lent USD 5 million.", "USD", "money", 3, "USD 5000000", 1e6, EXACT},
  {"He pledged 5 million Australian dollars.", "5", "money", 4, "AUD 5000000", 1e6, EXACT},
  {"He pledged HK$5 million.", "HK", "money", 4, "HKD 5000000", 1e6, EXACT},
  {"He pledged 3 million pounds.", "3", "money", 3, "GBP 3000000", 1e6, EXACT},
  {"He pledged 300 pounds sterling.", "300", "money", 3, "GBP 300", 1, EXACT},
  {"He pledged 2 billion yuan.", "2", "money", 3, "CNY 2000000000", 1e9, EXACT},
  {"He pledged some $700.", "some", "money", 3, "~USD 700", 1, ABOUT},
  /* the Nordic crowns, the Swiss franc, the rand (lang/en/currencies.yaml) */
  {"Revenue fell to 2.1 billion kronor.", "2", "money", 3, "SEK 2100000000", 1e8, EXACT},
  {"The extension cost NOK 310 million.", "NOK", "money", 3, "NOK 310000000", 1e6, EXACT},
  {"It cost 40 million Danish kroner.", "40", "money", 4, "DKK 40000000", 1e6, EXACT},
  {"It cost 4 million Swiss francs.", "4", "money", 4, "CHF 4000000", 1e6, EXACT},
  {"It cost 20 million rand.", "20", "money", 3, "ZAR 20000000", 1e6, EXACT},

  /* not money */
  {"They shipped 500 pounds of rice.", "500", "count", 2, "500 lb", 1, EXACT},
  {"They counted 20 rand notes.", "20", "count", 3, "20 note", 1, EXACT},
  {"They sent 18 million people.", "18", "count", 3, "18000000 person", 1e6, EXACT},
  NO_AMOUNT ("It cost $ nothing.", "$"),
  NO_AMOUNT ("The US $ sign.", "US"),

  /* a sign is kept, with the currency, wherever it stands; starting after it would
   * drop it, so nothing matches there */
  {"They lost $-5 million last year.", "$", "money", 4, "USD -5000000", 1e6, EXACT},
  NO_AMOUNT ("They lost $-5 million last year.", "5"),
  {"They lost -$5 million last year.", "-", "money", 4, "USD -5000000", 1e6, EXACT},
  NO_AMOUNT ("They lost -$5 million last year.", "$"),
  {"They lost \xe2\x88\x92$5 million.", "\xe2\x88\x92", "money", 4, "USD -5000000", 1e6, EXACT},
  {"They lost -5 million dollars.", "-", "money", 4, "USD -5000000", 1e6, EXACT},
  {"They lost $-2m.", "$", "money", 3, "USD -2000000", 1e6, EXACT},
  {"They lost USD -5 million.", "USD", "money", 4, "USD -5000000", 1e6, EXACT},
  {"They lost about -$5 million.", "about", "money", 5, "~USD -5000000", 1e6, ABOUT},
  NO_AMOUNT ("They lost -$-5 million.", "-"),
  {"They lost $ -5 million.", "$", "money", 4, "USD -5000000", 1e6, EXACT},
  /* a dash after a number or glued to a word is no sign */
  {"It cost $5-$10 million.", "$10", "money", 3, "USD 10000000", 1e6, EXACT},

  /* numbers prose does not write, or a double cannot hold as written: no money */
  NO_AMOUNT ("They paid $1e400 for it.", "$"),
  NO_AMOUNT ("They paid $1e400 for it.", "1e400"),
  NO_AMOUNT ("They paid 1e400 dollars for it.", "1e400"),
  NO_AMOUNT ("They paid $1e6 for it.", "$"),
  NO_AMOUNT ("They paid $3D4 for it.", "$"),
  NO_AMOUNT ("It cost $99999999999999999999999 in all.", "$"),
  NO_AMOUNT ("It cost $1234567890123456 in all.", "$"),
  {"It cost $123456789012345 in all.", "$", "money", 2, "USD 123456789012345", 1, EXACT},
  NO_AMOUNT ("It cost $1" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000 in all.", "$"),
  {"It cost $1,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000 in all.", "$", "money", 2, "USD 1e+60", 1e60, EXACT},
  /* 64 digits: once read as USD 0 */
  NO_AMOUNT ("It cost $1,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000 in all.", "$"),
  NO_AMOUNT ("It cost $9.99999999999999999 in all.", "$"),
  {"It cost $0.000000000000001 in all.", "$", "money", 2, "USD 1e-15", 1e-15, EXACT},
  NO_AMOUNT ("He pledged " TRILLIONS " dollars.", "one"),
};

static const AmountCase percent[] = {
  {"with 71% of Vietnamese people viewing the U.S. favorably", "71", "percent", 2, "71%", 1, EXACT},
  {"as many as 84 percent of Vietnamese are worried", "as many", "percent", 5, "<=84%", 1, AT_MOST},
  {"with an annual increase of more than 30 percent.", "more", "percent", 4, ">30%", 1, MORE},
  {"more than 20 percent of Vietnam's total foreign trade", "more", "percent", 4, ">20%", 1, MORE},
  {"It rose 20 per cent.", "20", "percent", 3, "20%", 1, EXACT},
  {"It rose 84.5%.", "84.5", "percent", 2, "84.5%", 0.1, EXACT},
  {"It rose thirty percent.", "thirty", "percent", 2, "30%", 1, EXACT},
  {"It rose nearly 5 pct.", "nearly", "percent", 3, "~5%", 1, ABOUT},
  {"Two-thirds of voters agreed.", "Two", "percent", 3, "66.67%", 1, EXACT},
  {"two thirds of voters agreed.", "two", "percent", 2, "66.67%", 1, EXACT},
  {"a third of voters agreed.", "a third", "percent", 2, "33.33%", 1, EXACT},
  {"one-third of voters agreed.", "one", "percent", 3, "33.33%", 1, EXACT},
  {"three-quarters of voters agreed.", "three", "percent", 3, "75%", 1, EXACT},
  {"a quarter of voters agreed.", "a quarter", "percent", 2, "25%", 1, EXACT},
  /* ratios (words.yaml ratio_joints) */
  {"one in five adults smoke.", "one", "percent", 3, "20%", 1, EXACT},
  {"1 in 4 adults smoke.", "1", "percent", 3, "25%", 1, EXACT},
  {"nine out of ten voters agreed.", "nine", "percent", 4, "90%", 1, EXACT},
  {"three in every four matches", "three", "percent", 4, "75%", 1, EXACT},
  {"Rates rose 3 percentage points.", "3", "percent", 3, "3 percentage point", 1, EXACT},
  {"Output fell -5% in May.", "-", "percent", 3, "-5%", 1, EXACT},
  {"Output fell by \xe2\x88\x92" "0.3 percent.", "\xe2\x88\x92", "percent", 3, "-0.3%", 0.1, EXACT},
  {"Output fell by more than -5%.", "more", "percent", 5, ">-5%", 1, MORE},

  /* not percentages */
  {"half of the budget", "half", "number", 1, "0.5", 0.5, EXACT},
  NO_AMOUNT ("a third term", "a third"),
  NO_AMOUNT ("a quarter of a century", "a quarter"),
  {"He scored 5 in 2019.", "5", "number", 1, "5", 1, EXACT},
  {"two in ten days", "two", "number", 1, "2", 1, EXACT},
  {"the third quarter", "third", "number", 1, "3", 1, EXACT},
  NO_AMOUNT ("Output fell -5% in May.", "5"),
  NO_AMOUNT ("Output fell 1e400% in May.", "1e400"),
};

static void
test_money (void **state)
{
  test_amount_rows (money, G_N_ELEMENTS (money));
}

static void
test_percent (void **state)
{
  test_amount_rows (percent, G_N_ELEMENTS (percent));
}

/* Units are interned: the value carries the same pointer contra_unit_intern() gives. */
static void
test_currency_interned (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  const char *s = "He pledged $18 million.";
  ContraValue v = CONTRA_VALUE_INIT;

  contra_tokens_scan (t, s, strlen (s));
  assert_int_equal (test_match (&contra_money_normalizer, t, 2, NULL, &v), 3);
  assert_int_equal (v.type, CONTRA_VALUE_MONEY);
  assert_ptr_equal (v.u.amount.unit, contra_unit_intern ("USD"));
  assert_string_equal (v.text, "$18 million");
  contra_value_clear (&v);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_money),
    cmocka_unit_test (test_percent),
    cmocka_unit_test (test_currency_interned),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
