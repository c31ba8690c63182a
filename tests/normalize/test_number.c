/* test_number.c — counts, quantities and bare numbers.
 *
 * Rows run the whole normaliser chain at a token: a count wins over a bare number,
 * and a date or an amount of money wins over both.
 */
#include "normalize-test.h"

#define EXACT CONTRA_BOUND_EXACT
#define ABOUT CONTRA_BOUND_ABOUT
#define MORE CONTRA_BOUND_MORE_THAN
#define LESS CONTRA_BOUND_LESS_THAN

static const AmountCase counts[] = {
  /* from the corpus */
  {"It set out the five areas of defense cooperation.", "five", "count", 2, "5 area", 1, EXACT},
  {"The 2011 MOU on five priority areas of defense cooperation.", "five", "count", 3, "5 area", 1, EXACT},
  {"Kerry offered aid for 5 high-speed patrol ships to enhance capacity.", "5", "count", 6, "5 ship", 1, EXACT},
  {"including the death of three million soldiers and civilians", "three", "count", 3, "3000000 soldier", 1e6, EXACT},
  {"more than four million casualties and inestimable economic losses", "more", "count", 5, ">4000000 casualty", 1e6, MORE},
  {"Vietnam canceled (or perhaps postponed) 15 defense exchanges with the US.", "15", "count", 3, "15 exchange", 1, EXACT},
  {"the used 3,000-ton Hamilton-class patrol boat and 6 patrol boats to the Coast Guard.", "6", "count", 3, "6 boat", 1, EXACT},
  {"Both countries agreed on three points.", "three", "count", 2, "3 point", 1, EXACT},
  {"The two countries pave the way.", "two", "count", 2, "2 country", 1, EXACT},
  {"In July 2011, three American naval ships visited Vietnam.", "three", "count", 4, "3 ship", 1, EXACT},
  {"like \xe2\x80\x9cone hundred favors, one thousand loyalties\xe2\x80\x9d", "one hundred", "count", 3, "100 favor", 100, EXACT},
  {"There are three main reasons why.", "three", "count", 3, "3 reason", 1, EXACT},

  /* more forms */
  {"They sent 2000 soldiers.", "2000", "count", 2, "2000 soldier", 1e3, EXACT},
  {"Some 3,000 people fled.", "Some", "count", 3, "~3000 person", 1e3, ABOUT},
  {"A dozen ships sailed.", "A dozen", "count", 3, "12 ship", 1, EXACT},
  {"Fewer than 20 countries signed.", "Fewer", "count", 4, "<20 country", 1, LESS},
  {"Twenty-one nations signed.", "Twenty", "count", 4, "21 nation", 1, EXACT},
  {"It sent one patrol boat.", "one", "count", 3, "1 boat", 1, EXACT},
  {"It has 12 classes of ships.", "12", "count", 2, "12 class", 1, EXACT},
  {"Five matches were played.", "Five", "count", 2, "5 match", 1, EXACT},
  {"Two US warships arrived.", "Two", "count", 3, "2 warship", 1, EXACT},

  /* quantities */
  {"the used 3,000-ton Hamilton-class patrol boat", "3,000", "count", 3, "3000 ton", 1e3, EXACT},
  {"a ship of 3,000 tons", "3,000", "count", 2, "3000 ton", 1e3, EXACT},
  {"within 200 nautical miles of the coast", "200", "count", 3, "200 nautical mile", 1, EXACT},
  {"a 50-km stretch", "50", "count", 3, "50 km", 1, EXACT},
  {"some 1,200 kilometers of coast", "some", "count", 3, "~1200 km", 100, ABOUT},
  {"1.5 million barrels a day", "1.5", "count", 3, "1500000 barrel", 1e5, EXACT},
  /* a unit of time in a compound before a noun */
  {"The seven-week siege ended.", "seven", "count", 3, "7 week", 1, EXACT},
  {"It was a 47-day strike.", "47", "count", 3, "47 day", 1, EXACT},

  /* not counts */
  {"One of the five areas.", "One", "number", 1, "1", 1, EXACT},
  {"the 1st Defense Policy Dialogue", "1st", "number", 1, "1", 1, EXACT},
  {"They met in 2011 to talk.", "2011", "date", 1, "2011", 0, EXACT},
  {"The 1980s were hard.", "1980s", "date", 1, "1980s", 0, EXACT},
  /* a count is never negative: "-5 ships" is the number, and the count does not
   * start after the sign */
  {"There were -5 ships.", "-", "number", 2, "-5", 1, EXACT},
  NO_AMOUNT ("There were -5 ships.", "5"),
  {"There were -5 tons.", "-", "number", 2, "-5", 1, EXACT},
  /* an age, a fraction: no count of time */
  {"A 30-year-old man was hurt.", "30", "number", 1, "30", 1, EXACT},
  {"It rose to three and three-quarter per cent.", "three-quarter", "number", 1, "3", 1, EXACT},
  /* more digits than a double holds: the count would be 1e+23 "to the unit" */
  NO_AMOUNT ("There were 99999999999999999999999 ships.", "99999999999999999999999"),
  NO_AMOUNT ("There were 1e400 ships.", "1e400"),
  NO_AMOUNT ("There were 3D4 ships.", "3D4"),
};

static const AmountCase numbers[] = {
  {"All comments [ 10 ]", "10", "number", 1, "10", 1, EXACT},
  {"The five of them met.", "five", "number", 1, "5", 1, EXACT},
  {"It counted three million of them.", "three", "number", 2, "3000000", 1e6, EXACT},
  {"He was twenty-one when he left.", "twenty", "number", 3, "21", 1, EXACT},
  {"A dozen of them came.", "A dozen", "number", 2, "12", 1, EXACT},
  {"Half a dozen of them came.", "Half", "number", 3, "6", 6, EXACT},
  {"a group of 15.", "15", "number", 1, "15", 1, EXACT},
  {"It grew by 1.5 in the index.", "1.5", "number", 1, "1.5", 0.1, EXACT},
  {"It grew by 1.50 in the index.", "1.50", "number", 1, "1.5", 0.01, EXACT},
  {"Two hundred and fifty of them came.", "Two", "number", 4, "250", 1, EXACT},
  {"Two hundred thousand of them came.", "Two", "number", 3, "200000", 1e5, EXACT},
  {"the 2nd US-Vietnam Defense Policy Dialogue", "2nd", "number", 1, "2", 1, EXACT},
  {"the 13th Air Force Division", "13th", "number", 1, "13", 1, EXACT},
  {"As the new era nears its 20th anniversary", "20th", "number", 1, "20", 1, EXACT},
  {"It was the first time since the war.", "first", "number", 1, "1", 1, EXACT},
  {"Third, the Asia-Pacific region remained stable.", "Third", "number", 1, "3", 1, EXACT},
  {"the tenth round", "tenth", "number", 1, "10", 1, EXACT},
  {"China operated the \xe2\x80\x9c" "981\xe2\x80\x9d drilling platform.", "981", "number", 1, "981", 1, EXACT},
  {"over 40 in total", "over", "number", 2, ">40", 1, MORE},
  {"Temperatures fell to -5 overnight.", "-", "number", 2, "-5", 1, EXACT},
  {"Temperatures fell to \xe2\x88\x92" "5 overnight.", "\xe2\x88\x92", "number", 2, "-5", 1, EXACT},
  {"The index stood at (-1.5) then.", "-", "number", 2, "-1.5", 0.1, EXACT},
  {"the 99999999999th time", "99999999999th", "number", 1, "99999999999", 1, EXACT},

  /* not numbers */
  NO_AMOUNT ("Collection Chars 1/43\xc3\xa8me", "1/"),
  NO_AMOUNT ("Collection Chars 1/43\xc3\xa8me", "43"),
  NO_AMOUNT ("des Chars de la 2\xc3\xa8me Guerre Mondiale.", "2"),
  NO_AMOUNT ("See Vol. 30, No. 1, p. 10.", "30"),
  NO_AMOUNT ("See Vol. 30, No. 1, p. 10.", "1,"),
  NO_AMOUNT ("See Vol. 30, No. 1, p. 10.", "10"),
  NO_AMOUNT ("the F-16 fighter", "16"),
  NO_AMOUNT ("Posted at 20:14 local time.", "20"),
  NO_AMOUNT ("They met one another.", "one"),
  NO_AMOUNT ("He is the one who came.", "one"),
  NO_AMOUNT ("No one came.", "one"),
  NO_AMOUNT ("a problem", "a"),
  /* dashes that are no sign */
  NO_AMOUNT ("the F-16 fighter", "-"),
  NO_AMOUNT ("They sent 5-10 ships.", "-"),
  NO_AMOUNT ("It ran from 2014 -2015 in all.", "-"),
  NO_AMOUNT ("They sent - 5 ships.", "-"),
  NO_AMOUNT ("Temperatures fell to -5 overnight.", "5"),
  /* beyond what a double holds as written */
  NO_AMOUNT ("It was 1e400 in all.", "1e400"),
  NO_AMOUNT ("It was 3D4 in all.", "3D4"),
  NO_AMOUNT ("It was 99999999999999999999999 in all.", "99999999999999999999999"),
  NO_AMOUNT ("the 99999999999999999999999th time", "99999999999999999999999th"),
};

static void
test_counts (void **state)
{
  test_amount_rows (counts, G_N_ELEMENTS (counts));
}

static void
test_numbers (void **state)
{
  test_amount_rows (numbers, G_N_ELEMENTS (numbers));
}

typedef struct {
  const char *text;
  guint span;
  double value;
  double precision;
} NumberCase;

/* contra_number_match() on its own: value and precision of the digits given. */
static void
test_number_match (void **state)
{
  static const NumberCase rows[] = {
    {"18 million", 2, 18e6, 1e6},
    {"18,000,000", 1, 18e6, 1e6},
    {"9.49 million", 2, 9.49e6, 1e4},
    {"196,000", 1, 196e3, 1e3},
    {"900,000", 1, 900e3, 1e5},
    {"2000", 1, 2000, 1e3},
    {"100", 1, 100, 1},
    {"15", 1, 15, 1},
    {"1.5", 1, 1.5, 0.1},
    {"10 million", 2, 10e6, 1e6},
    {"five", 1, 5, 1},
    {"three million", 2, 3e6, 1e6},
    {"twenty-one", 3, 21, 1},
    {"a dozen", 2, 12, 1},
    {"a million", 2, 1e6, 1e6},
    {"half", 1, 0.5, 0.5},
    {"half million", 2, 5e5, 5e5},
    {"half a million", 3, 5e5, 5e5},
    {"one thousand", 2, 1000, 1000},
    {"a", 0, 0, 0},
    {"thirteenth", 0, 0, 0},
    {"13th", 0, 0, 0},
    {"1980s", 0, 0, 0},
    {"2m", 0, 0, 0},
    {"five six", 1, 5, 1},
    /* signs */
    {"-5", 2, -5, 1},
    {"\xe2\x88\x92" "5 million", 3, -5e6, 1e6},
    {"- 5", 0, 0, 0},
    {"--5", 0, 0, 0},
    /* what a double holds, as written */
    {"123456789012345", 1, 123456789012345, 1},
    {"1234567890123456", 0, 0, 0},
    {"0.000001", 1, 1e-6, 1e-6},
    {"1e400", 0, 0, 0},
    {"1" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000", 0, 0, 0},
    /* scales multiply what is before them, and no further than a double goes */
    {"one thousand million", 3, 1e9, 1e9},
    {"a million million", 3, 1e12, 1e12},
    {"one trillion trillion", 3, 1e24, 1e24},
    {"one trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion "
     "trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion "
     "trillion trillion trillion trillion",
     0, 0, 0},
  };
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
    {
      double v = -1, p = -1;
      contra_tokens_scan (t, rows[k].text, strlen (rows[k].text));
      guint n = contra_number_match (t, 0, &v, &p);
      if (n != rows[k].span)
        fail_msg ("\"%s\": span %u, expected %u", rows[k].text, n, rows[k].span);
      if (n == 0)
        continue;
      if (fabs (v - rows[k].value) > 1e-9 * fabs (rows[k].value) || fabs (p - rows[k].precision) > 1e-12 * p)
        fail_msg ("\"%s\": %g (precision %g), expected %g (precision %g)", rows[k].text, v, p, rows[k].value,
                  rows[k].precision);
    }
  /* Both outputs are optional. */
  contra_tokens_scan (t, "five", 4);
  assert_int_equal (contra_number_match (t, 0, NULL, NULL), 1);
  assert_int_equal (contra_number_match (t, 3, NULL, NULL), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_counts),
    cmocka_unit_test (test_numbers),
    cmocka_unit_test (test_number_match),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
