/* test_measure.c — quantities with units, compounds, conversions, citation markers and
 * ranges, read through the whole normaliser chain as the mention finder reads them.
 *
 * Each row is a sentence as news text writes it, the word where the value starts,
 * the normaliser that must win, the tokens it spans and the normalised value. A
 * quantity keeps the number and unit the text gives ("43 mile"); the units module
 * (test_units.c) says what it is in base units.
 */
#include "normalize-test.h"

#define EXACT CONTRA_BOUND_EXACT
#define ABOUT CONTRA_BOUND_ABOUT
#define MORE CONTRA_BOUND_MORE_THAN
#define LESS CONTRA_BOUND_LESS_THAN
#define ATLEAST CONTRA_BOUND_AT_LEAST
#define ATMOST CONTRA_BOUND_AT_MOST

static const AmountCase units[] = {
  /* glued units */
  {"The road runs 630km to the border.", "630km", "count", 1, "630 km", 1, EXACT},
  {"He is 5ft tall.", "5ft", "count", 1, "5 ft", 1, EXACT},
  {"a 1,000km pipeline", "1,000km", "count", 1, "1000 km", 1e3, EXACT},
  {"winds of 60km/h were measured", "60km/h", "count", 3, "60 km/h", 1, EXACT},
  {"a 2.5kg parcel", "2.5kg", "count", 1, "2.5 kg", 0.1, EXACT},
  {"the 100m sprint", "100m", "count", 1, "100 m", 1, EXACT},
  {"1.5m people were displaced", "1.5m", NULL, 0, NULL, 0, EXACT},
  {"It cost 1.5m dollars.", "1.5m", "money", 2, "USD 1500000", 1e5, EXACT},
  {"a 25mph limit", "25mph", "count", 1, "25 mph", 1, EXACT},
  {"It fell 3mm.", "3mm", "count", 1, "3 mm", 1, EXACT},
  /* spaced units, singular and plural, US and British spelling */
  {"The lake is 12 kilometres long.", "12", "count", 2, "12 km", 1, EXACT},
  {"The lake is 12 kilometers long.", "12", "count", 2, "12 km", 1, EXACT},
  {"a wall 40 metres high", "40", "count", 2, "40 m", 1, EXACT},
  {"a wall 40 meters high", "40", "count", 2, "40 m", 1, EXACT},
  {"It is one metre wide.", "one", "count", 2, "1 m", 1, EXACT},
  {"The island is 43 miles long.", "43", "count", 2, "43 mile", 1, EXACT},
  {"The island is 1 mile long.", "1", "count", 2, "1 mile", 1, EXACT},
  {"It sank 200 nautical miles off the coast.", "200", "count", 3, "200 nautical mile", 1, EXACT},
  {"a 3,000-ton cutter", "3,000", "count", 3, "3000 ton", 1e3, EXACT},
  {"It hauled 40 tonnes of grain.", "40", "count", 2, "40 tonne", 1, EXACT},
  {"It hauled 40 metric tons of grain.", "40", "count", 3, "40 tonne", 1, EXACT},
  {"The park covers 2.5 hectares.", "2.5", "count", 2, "2.5 hectare", 0.1, EXACT},
  {"The park covers 300 acres.", "300", "count", 2, "300 acre", 1, EXACT},
  {"The farm covers 12 ha of land.", "12", "count", 2, "12 hectare", 1, EXACT},
  {"The lake covers 5,000 sq mi.", "5,000", "count", 3, "5000 mile2", 1e3, EXACT},
  {"The lake covers 5,000 sq. mi.", "5,000", "count", 4, "5000 mile2", 1e3, EXACT},
  {"The lake covers 5,000 square miles.", "5,000", "count", 3, "5000 mile2", 1e3, EXACT},
  {"The region covers 1,200 km\xc2\xb2.", "1,200", "count", 3, "1200 km2", 100, EXACT},
  {"The region covers 1,200 km2.", "1,200", "count", 2, "1200 km2", 100, EXACT},
  {"The region covers 1,200 sq km.", "1,200", "count", 3, "1200 km2", 100, EXACT},
  {"The region covers 1,200 square kilometres.", "1,200", "count", 3, "1200 km2", 100, EXACT},
  {"a 30 m\xc2\xb2 flat", "30", "count", 3, "30 m2", 1, EXACT},
  {"a flat of 800 square feet", "800", "count", 3, "800 ft2", 1, EXACT},
  {"It holds 500 cubic metres of water.", "500", "count", 3, "500 m3", 1, EXACT},
  {"It pumps 1.5 million barrels a day.", "1.5", "count", 3, "1500000 barrel", 1e5, EXACT},
  {"a 20-litre can", "20", "count", 3, "20 l", 1, EXACT},
  {"It weighs 150 pounds.", "150", "count", 2, "150 lb", 1, EXACT},
  {"It weighs 150 lbs.", "150", "count", 2, "150 lb", 1, EXACT},
  {"a 12 oz can", "12", "count", 2, "12 oz", 1, EXACT},
  /* speed: "mph" is a speed, not miles */
  {"Winds reached 120 mph.", "120", "count", 2, "120 mph", 1, EXACT},
  {"Winds reached 120 miles per hour.", "120", "count", 4, "120 mph", 1, EXACT},
  {"Winds reached 190 km/h.", "190", "count", 4, "190 km/h", 1, EXACT},
  {"Winds reached 190 kph.", "190", "count", 2, "190 km/h", 1, EXACT},
  {"The ship makes 30 knots.", "30", "count", 2, "30 knot", 1, EXACT},
  {"The ship makes 30 kn.", "30", "count", 2, "30 knot", 1, EXACT},
  {"a 15 kt bomb", "15", "number", 1, "15", 1, EXACT},
  /* temperature */
  {"It reached 25 \xc2\xb0""C at noon.", "25", "count", 3, "25 \xc2\xb0""C", 1, EXACT},
  {"It reached 25\xc2\xb0""C at noon.", "25", "count", 3, "25 \xc2\xb0""C", 1, EXACT},
  {"It reached 77 \xc2\xb0""F at noon.", "77", "count", 3, "77 \xc2\xb0""F", 1, EXACT},
  {"It reached 25 degrees Celsius.", "25", "count", 3, "25 \xc2\xb0""C", 1, EXACT},
  {"It reached 77 degrees Fahrenheit.", "77", "count", 3, "77 \xc2\xb0""F", 1, EXACT},
  {"It fell to -5 \xc2\xb0""C overnight.", "-5", "count", 4, "-5 \xc2\xb0""C", 1, EXACT},
  {"It fell to \xe2\x88\x92""12\xc2\xb0""F overnight.", "\xe2\x88\x92", "count", 4, "-12 \xc2\xb0""F", 1, EXACT},
  {"It fell to -5 km.", "-5", "number", 2, "-5", 1, EXACT},
  /* power */
  {"a 600 MW plant", "600", "count", 2, "600 MW", 1, EXACT},
  {"a 1.2 gigawatt plant", "1.2", "count", 2, "1.2 GW", 0.1, EXACT},
  /* weak spellings are read only glued or after feet: "in" is no inch here, and the
   * two numbers a share (words.yaml ratio_joints) */
  {"Five in 10 people agreed.", "Five", "percent", 3, "50%", 1, EXACT},
  {"Some 5 in 10 voters agreed.", "5", "percent", 3, "50%", 1, EXACT},
  {"He ranked 5 at the time.", "5", "number", 1, "5", 1, EXACT},
  {"He scored 3 'goals'.", "3", "number", 1, "3", 1, EXACT},
  /* a word glued after a unit makes another word */
  {"He has 5 mil in debt.", "5", "number", 1, "5", 1, EXACT},
};

static const AmountCase compounds[] = {
  {"He is 6 ft 9 in tall.", "6", "count", 4, "81 in", 1, EXACT},
  {"He is 6 ft 9 in (2.06 m) tall.", "6", "count", 8, "81 in", 1, EXACT},
  {"He is 6\xe2\x80\xb2 8\xe2\x80\xb3 tall.", "6", "count", 4, "80 in", 1, EXACT},
  {"He is 6' 8\" tall.", "6", "count", 4, "80 in", 1, EXACT},
  {"He is 6'8\" tall.", "6", "count", 4, "80 in", 1, EXACT},
  {"He is 6 feet 8 inches tall.", "6", "count", 4, "80 in", 1, EXACT},
  {"He is 6 feet and 8 inches tall.", "6", "count", 5, "80 in", 1, EXACT},
  {"He is 6 foot 8 tall.", "6", "count", 2, "6 ft", 1, EXACT},
  {"He is 5ft 9in tall.", "5ft", "count", 2, "69 in", 1, EXACT},
  {"He is six feet tall.", "six", "count", 2, "6 ft", 1, EXACT},
  {"a 12-inch gun", "12", "count", 3, "12 in", 1, EXACT},
  {"It is 5 inches long.", "5", "count", 2, "5 in", 1, EXACT},
  {"It is 5\xe2\x80\xb3 long.", "5", "count", 2, "5 in", 1, EXACT},
  /* quotation marks are feet and inches only as a pair */
  {"It is 5\" long.", "5", "number", 1, "5", 1, EXACT},
  {"the \"Top 5\" list", "5", "number", 1, "5", 1, EXACT},
  {"the 'Top 5' list", "5", "number", 1, "5", 1, EXACT},
  {"He is 6\xe2\x80\x99""8\xe2\x80\x9d tall.", "6", "count", 4, "80 in", 1, EXACT},
  {"It is 6\xe2\x80\xb2 long.", "6", "count", 2, "6 ft", 1, EXACT},
  {"He is 6 ft 9.5 in tall.", "6", "count", 4, "81.5 in", 0.1, EXACT},
  {"the 6-foot-8 forward", "6", "count", 5, "80 in", 1, EXACT},
  {"He is 6-foot-8.", "6", "count", 5, "80 in", 1, EXACT},
  {"He is 6-foot-8-inch tall.", "6", "count", 7, "80 in", 1, EXACT},
  {"a 6-foot-8 players team", "6", "count", 3, "6 ft", 1, EXACT},
  /* a running time: hours and minutes are one time, kept in the smaller unit */
  {"Running time\t112 minutes", "112", "count", 2, "112 minute", 1, EXACT},
  {"The film runs 1 hour 52 minutes.", "1", "count", 4, "112 minute", 1, EXACT},
  {"The film runs 2 h 5 min.", "2", "count", 4, "125 minute", 1, EXACT},
  {"The film runs 2h 5min.", "2h", "count", 2, "125 minute", 1, EXACT},
  {"It lasted 3 hours and 20 minutes.", "3", "count", 5, "200 minute", 1, EXACT},
  {"It lasted 3 hours, 20 minutes.", "3", "count", 5, "200 minute", 1, EXACT},
  {"It won in 2 hours 5 minutes 30 seconds.", "2", "count", 6, "7530 second", 1, EXACT},
  {"The race took 2 hours.", "2", "count", 2, "2 hour", 1, EXACT},
  {"a 24h race", "24h", "count", 1, "24 hour", 1, EXACT},
  {"It ran 90 mins.", "90", "count", 2, "90 minute", 1, EXACT},
  /* "h" alone is no hour ("Group H"), and an hour's number alone is no minute */
  {"They drew 5 h games.", "5", "count", 3, "5 game", 1, EXACT},
  {"It took 2 hours 5 people.", "2", "count", 2, "2 hour", 1, EXACT},
  /* after hours or degrees, primes are minutes and seconds */
  {"Winning time: 23h 55' 16\", a record.", "55", "number", 1, "55", 1, EXACT},
  {"at 40\xc2\xb0 26\xe2\x80\xb2 46\xe2\x80\xb3 N", "26", "number", 1, "26", 1, EXACT},
  {"It took 2 hours 5' 3\" in all.", "5", "number", 1, "5", 1, EXACT},
};

static const AmountCase conversions[] = {
  {"The island is 43 miles (69 km) long.", "43", "count", 6, "43 mile", 1, EXACT},
  {"The island is 69 km (43 mi) long.", "69", "count", 6, "69 km", 1, EXACT},
  {"The island is 43 miles (about 69 km) long.", "43", "count", 7, "43 mile", 1, EXACT},
  {"The lake covers 1,200 km2 (460 sq mi).", "1,200", "count", 7, "1200 km2", 100, EXACT},
  {"It reached 25 \xc2\xb0""C (77 \xc2\xb0""F).", "25", "count", 8, "25 \xc2\xb0""C", 1, EXACT},
  {"Winds of 120 mph (190 km/h) hit.", "120", "count", 8, "120 mph", 1, EXACT},
  {"The island is 43 miles (69 km; 37 nmi) long.", "43", "count", 9, "43 mile", 1, EXACT},
  {"It costs $5 million (\xe2\x82\xac""4.6 million) a year.", "$", "money", 8, "USD 5000000", 1e6, EXACT},
  {"It costs \xc2\xa3""5 million (about $6.5 million).", "\xc2\xa3", "money", 9, "GBP 5000000", 1e6, EXACT},
  /* not a conversion: another dimension, or no unit */
  {"It costs $5 million (2011).", "$", "money", 3, "USD 5000000", 1e6, EXACT},
  {"The island is 43 miles (69 mph) long.", "43", "count", 2, "43 mile", 1, EXACT},
  {"The island is 43 miles (see map) long.", "43", "count", 2, "43 mile", 1, EXACT},
  {"The island is 43 miles (2011) long.", "43", "count", 2, "43 mile", 1, EXACT},
};

static const AmountCase citations[] = {
  {"The peak rises 1,200[3] m above sea level.", "1,200", "count", 5, "1200 m", 100, EXACT},
  {"The peak rises 1,200[a] m above sea level.", "1,200", "count", 5, "1200 m", 100, EXACT},
  {"The peak rises 1,200[3][4] m above sea level.", "1,200", "count", 8, "1200 m", 100, EXACT},
  {"The peak rises 1,200[note 3] m above sea level.", "1,200", "count", 6, "1200 m", 100, EXACT},
  {"The peak rises 1,200 m[3] above sea level.", "1,200", "count", 2, "1200 m", 100, EXACT},
  {"It had 1,200[3] residents.", "1,200", "count", 5, "1200 resident", 100, EXACT},
  {"It had 1,200 [3] m.", "1,200", "number", 1, "1200", 100, EXACT},
};

static const AmountCase ranges[] = {
  {"It grows 9.5\xe2\x80\x93""10.5 cm long.", "9.5", "count", 4, "9.5..10.5 cm", 0.1, EXACT},
  {"It grows 9.5-10.5 cm long.", "9.5", "count", 4, "9.5..10.5 cm", 0.1, EXACT},
  {"It grows between 9.5 and 10.5 cm long.", "between", "count", 5, "9.5..10.5 cm", 0.1, EXACT},
  {"It grows 9.5 to 10.5 cm long.", "9.5", "count", 4, "9.5..10.5 cm", 0.1, EXACT},
  {"It grows 9.5 cm to 10.5 cm long.", "9.5", "count", 5, "9.5..10.5 cm", 0.1, EXACT},
  {"It grows 9.5 cm \xe2\x80\x93 10.5 cm long.", "9.5", "count", 5, "9.5..10.5 cm", 0.1, EXACT},
  {"It is 40\xe2\x80\x93""45 km away.", "40", "count", 4, "40..45 km", 1, EXACT},
  {"It is about 40\xe2\x80\x93""45 km away.", "about", "count", 5, "~40..45 km", 1, ABOUT},
  {"It sent 5-10 ships.", "5", "count", 4, "5..10 ship", 1, EXACT},
  {"It sent between 20 and 30 ships.", "between", "count", 5, "20..30 ship", 1, EXACT},
  {"It sent 20 to 30 ships.", "20", "count", 4, "20..30 ship", 1, EXACT},
  {"It moved 5 to 10 million tonnes.", "5", "count", 5, "5000000..10000000 tonne", 1e6, EXACT},
  {"between two and three million people", "between", "count", 6, "2000000..3000000 person", 1e6, EXACT},
  /* percentages */
  {"Salinity is 0.2\xe2\x80\x93""0.3%.", "0.2", "percent", 4, "0.2..0.3%", 0.1, EXACT},
  {"Turnout was 40\xe2\x80\x93""45%.", "40", "percent", 4, "40..45%", 1, EXACT},
  {"Turnout was 40-45 percent.", "40", "percent", 4, "40..45%", 1, EXACT},
  {"Turnout was 40% to 45%.", "40", "percent", 5, "40..45%", 1, EXACT},
  {"Turnout was 40 to 45 per cent.", "40", "percent", 5, "40..45%", 1, EXACT},
  {"It grew between 1.5 and 3.8%.", "between", "percent", 5, "1.5..3.8%", 0.1, EXACT},
  {"It grew between 1.5% and 3.8%.", "between", "percent", 6, "1.5..3.8%", 0.1, EXACT},
  {"It grew about 2\xe2\x80\x93""3%.", "about", "percent", 5, "~2..3%", 1, ABOUT},
  {"It rose 2-3 percentage points.", "2", "percent", 5, "2..3 percentage point", 1, EXACT},
  {"It rose 12%[4] last year.", "12", "percent", 2, "12%", 1, EXACT},
  {"It rose 12[4]% last year.", "12", "percent", 5, "12%", 1, EXACT},
  {"It rose 40% to 30 ships.", "40", "percent", 2, "40%", 1, EXACT},
  {"between 40% and the rest", "between", NULL, 0, NULL, 0, EXACT},
  /* money */
  {"It costs $5\xe2\x80\x93""10 million.", "$", "money", 5, "USD 5000000..10000000", 1e6, EXACT},
  {"It costs $5 million to $10 million.", "$", "money", 7, "USD 5000000..10000000", 1e6, EXACT},
  {"It costs between $1 and $2 billion.", "between", "money", 7, "USD 1000000000..2000000000", 1e9, EXACT},
  {"It costs between $1.5bn and $2bn.", "between", "money", 6, "USD 1500000000..2000000000", 1e8, EXACT},
  {"It costs 5 to 10 million euros.", "5", "money", 5, "EUR 5000000..10000000", 1e6, EXACT},
  {"It costs $5 to \xe2\x82\xac""10.", "$", "money", 2, "USD 5", 1, EXACT},
  {"It costs $10 to $5 each.", "$", "money", 2, "USD 10", 1, EXACT},
  {"between $5 and the rest", "between", NULL, 0, NULL, 0, EXACT},
  /* not ranges */
  {"It sent 10-5 ships.", "10", "number", 1, "10", 1, EXACT},
  {"The score was 3-1.", "3", "number", 1, "3", 1, EXACT},
  {"between 20 ships and 30 boats", "between", NULL, 0, NULL, 0, EXACT},
  {"It sent 10 ships to 5 ports.", "10", "count", 2, "10 ship", 1, EXACT},
};

/* The bound a word gives and the precision the digits give. */
static const AmountCase approximations[] = {
  {"It covers about 12,000 hectares.", "about", "count", 3, "~12000 hectare", 1e3, ABOUT},
  {"It covers around 12,000 hectares.", "around", "count", 3, "~12000 hectare", 1e3, ABOUT},
  {"It covers roughly 2.5 hectares.", "roughly", "count", 3, "~2.5 hectare", 0.1, ABOUT},
  {"It covers some 300 acres.", "some", "count", 3, "~300 acre", 1, ABOUT},
  {"It covers nearly 300 acres.", "nearly", "count", 3, "~300 acre", 1, ABOUT},
  {"It covers almost 300 acres.", "almost", "count", 3, "~300 acre", 1, ABOUT},
  {"It covers approximately 300 acres.", "approximately", "count", 3, "~300 acre", 1, ABOUT},
  {"It covers more than 300 acres.", "more", "count", 4, ">300 acre", 1, MORE},
  {"It has over 300 acres.", "over", "count", 3, ">300 acre", 1, MORE},
  {"It covers at least 300 acres.", "at", "count", 4, ">=300 acre", 1, ATLEAST},
  {"It covers up to 300 acres.", "up", "count", 4, "<=300 acre", 1, ATMOST},
  {"It covers less than 300 acres.", "less", "count", 4, "<300 acre", 1, LESS},
  {"It covers under 300 acres.", "under", "count", 3, "<300 acre", 1, LESS},
  {"It runs c. 1,200 km inland.", "c.", "count", 4, "~1200 km", 100, ABOUT},
  {"It runs ca. 1,200 km inland.", "ca.", "count", 4, "~1200 km", 100, ABOUT},
  {"It runs approx. 1,200 km inland.", "approx", "count", 4, "~1200 km", 100, ABOUT},
  {"It runs approx 1,200 km inland.", "approx", "count", 3, "~1200 km", 100, ABOUT},
  {"Approx. 1,200 km of it is paved.", "Approx", "count", 4, "~1200 km", 100, ABOUT},
  {"It costs C$5 million.", "C$", "money", 4, "CAD 5000000", 1e6, EXACT},
  {"It lacks vitamin C. 5 people fell ill.", "C.", NULL, 0, NULL, 0, EXACT},
  {"about 69 tornadoes were confirmed", "about", "count", 3, "~69 tornado", 1, ABOUT},
  {"69 tornadoes were confirmed", "69", "count", 2, "69 tornado", 1, EXACT},
  {"More than 60 tornadoes touched down.", "More", "count", 4, ">60 tornado", 1, MORE},
  {"nearly 40% of the vote", "nearly", "percent", 3, "~40%", 1, ABOUT},
  {"at least 2.5% of the vote", "at", "percent", 4, ">=2.5%", 0.1, ATLEAST},
  /* precision: the place of the last significant digit */
  {"a town of 12,000 people", "12,000", "count", 2, "12000 person", 1e3, EXACT},
  {"a town of 12,431 people", "12,431", "count", 2, "12431 person", 1, EXACT},
  {"a town of 12,400 people", "12,400", "count", 2, "12400 person", 100, EXACT},
  {"a town of 1.2 million people", "1.2", "count", 3, "1200000 person", 1e5, EXACT},
  {"a lake of 2.54 hectares", "2.54", "count", 2, "2.54 hectare", 0.01, EXACT},
  {"a lake of 2.50 hectares", "2.50", "count", 2, "2.5 hectare", 0.01, EXACT},
  {"a 1,200 km coast", "1,200", "count", 2, "1200 km", 100, EXACT},
  {"a 1,200km coast", "1,200km", "count", 1, "1200 km", 100, EXACT},
  {"a range of 9.5\xe2\x80\x93""10 cm", "9.5", "count", 4, "9.5..10 cm", 0.1, EXACT},
  /* number words */
  {"Two of the crew escaped.", "Two", "number", 1, "2", 1, EXACT},
  {"It has two live albums.", "two", "count", 3, "2 album", 1, EXACT},
  {"It has twenty-one islands.", "twenty", "count", 4, "21 island", 1, EXACT},
  {"It has a dozen islands.", "a dozen", "count", 3, "12 island", 1, EXACT},
  {"It has released six EPs and two DVDs.", "six", "count", 2, "6 ep", 1, EXACT},
  {"It has released six EPs and two DVDs.", "two", "count", 2, "2 dvd", 1, EXACT},
  {"It has released six CDS.", "six", "number", 1, "6", 1, EXACT},
  {"It has three hundred islands.", "three", "count", 3, "300 island", 100, EXACT},
  {"It is five miles long.", "five", "count", 2, "5 mile", 1, EXACT},
};

/* Ordinals, and ranks: an ordinal with the superlative that ranks it. */
static const AmountCase ranks[] = {
  {"the third-largest port in Europe by tonnage", "third", "number", 3, "3 largest", 1, EXACT},
  {"the third largest port in Europe", "third", "number", 2, "3 largest", 1, EXACT},
  {"the 3rd-largest port in Europe", "3rd", "number", 3, "3 largest", 1, EXACT},
  {"the 3rd busiest airport", "3rd", "number", 2, "3 busiest", 1, EXACT},
  {"the second most populous city", "second", "number", 3, "2 most populous", 1, EXACT},
  {"the second-best result", "second", "number", 3, "2 best", 1, EXACT},
  {"the 12th-longest river", "12th", "number", 3, "12 longest", 1, EXACT},
  {"It finished 3rd.", "3rd", "number", 1, "3", 1, EXACT},
  {"It came second.", "second", "number", 1, "2", 1, EXACT},
  {"the second interest payment", "second", "number", 1, "2", 1, EXACT},
  {"the third West Coast port", "third", "number", 1, "3", 1, EXACT},
  {"the second most of all", "second", "number", 1, "2", 1, EXACT},
  {"the first-ever visit", "first", "number", 1, "1", 1, EXACT},
  /* a place in a chart: a reference marker after a position cue (words.yaml) */
  {"It peaked at number 12 on the UK Albums Chart.", "12", "number", 1, "12 position", 1, EXACT},
  {"It peaked at number four on the UK Albums Chart.", "four", "number", 1, "4 position", 1, EXACT},
  {"The album reached No. 17 in the UK.", "17", "number", 1, "17 position", 1, EXACT},
  {"It was listed as No. 12 in a poll.", "12", NULL, 0, NULL, 0, EXACT},
  {"It reached Route 9 at dusk.", "9", NULL, 0, NULL, 0, EXACT},
};

static void
test_ranks (void **state)
{
  test_amount_rows (ranks, G_N_ELEMENTS (ranks));
}

static void
test_approximations (void **state)
{
  test_amount_rows (approximations, G_N_ELEMENTS (approximations));
}

static void
test_units (void **state)
{
  test_amount_rows (units, G_N_ELEMENTS (units));
}

static void
test_compounds (void **state)
{
  test_amount_rows (compounds, G_N_ELEMENTS (compounds));
}

static void
test_conversions (void **state)
{
  test_amount_rows (conversions, G_N_ELEMENTS (conversions));
}

static void
test_citations (void **state)
{
  test_amount_rows (citations, G_N_ELEMENTS (citations));
}

static void
test_ranges (void **state)
{
  test_amount_rows (ranges, G_N_ELEMENTS (ranges));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_units),
    cmocka_unit_test (test_compounds),
    cmocka_unit_test (test_conversions),
    cmocka_unit_test (test_citations),
    cmocka_unit_test (test_ranges),
    cmocka_unit_test (test_approximations),
    cmocka_unit_test (test_ranks),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
