/* test_units.c — the units table of lang/en/units.yaml: spellings, dimensions and
 * conversions to the base unit. */
#include "normalize-test.h"

#include "normalize/units.h"

typedef struct {
  const char *text; /* a number, then the unit */
  const char *unit; /* canonical name; NULL: no unit there */
  const char *dimension;
  guint span;  /* tokens of the spelling */
  double base; /* the text's number in the base unit */
} UnitCase;

static const UnitCase spellings[] = {
  {"43 miles", "mile", "length", 1, 69201.792},
  {"1 nautical mile", "nautical mile", "length", 2, 1852},
  {"1 km", "km", "length", 1, 1000},
  {"1 yard", "yd", "length", 1, 0.9144},
  {"1 inch", "in", "length", 1, 0.0254},
  {"2 sq mi", "mile2", "area", 2, 5179976.220672},
  {"2 km\xc2\xb2", "km2", "area", 2, 2e6},
  {"1 acre", "acre", "area", 1, 4046.8564224},
  {"1 hectare", "hectare", "area", 1, 1e4},
  {"1 barrel", "barrel", "volume", 1, 0.158987294928},
  {"10 mph", "mph", "speed", 1, 4.4704},
  {"36 km/h", "km/h", "speed", 3, 10},
  {"1 knot", "knot", "speed", 1, 0.5144444444444445},
  {"0 \xc2\xb0"
   "C",
   "\xc2\xb0"
   "C",
   "temperature", 2, 273.15},
  {"32 \xc2\xb0"
   "F",
   "\xc2\xb0"
   "F",
   "temperature", 2, 273.15},
  {"212 degrees Fahrenheit",
   "\xc2\xb0"
   "F",
   "temperature", 2, 373.15},
  {"1 tonne", "tonne", "mass", 1, 1000},
  {"1 pound", "lb", "mass", 1, 0.45359237},
  {"2 MW", "MW", "power", 1, 2e6},
  /* weak spellings are no unit after a space */
  {"5 in", NULL, NULL, 0, 0},
  {"5 '", NULL, NULL, 0, 0},
  {"5 miners", NULL, NULL, 0, 0},
};

static void
test_spellings (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  for (guint k = 0; k < G_N_ELEMENTS (spellings); k++)
    {
      const UnitCase *c = &spellings[k];
      guint span = 0;
      double v;

      contra_tokens_scan (t, c->text, strlen (c->text));
      assert_true (contra_tokens_number (t, 0, &v, NULL));
      const ContraUnit *unit = contra_units_at (t, 1, CONTRA_UNIT_AFTER_NUMBER, &span);
      if (c->unit == NULL)
        {
          if (unit != NULL)
            fail_msg ("\"%s\": read as %s", c->text, unit->name);
          continue;
        }
      if (unit == NULL)
        fail_msg ("\"%s\": no unit", c->text);
      assert_string_equal (unit->name, c->unit);
      assert_string_equal (unit->dimension, c->dimension);
      assert_int_equal (span, c->span);
      double base = contra_unit_to_base (unit, v);
      if (fabs (base - c->base) > 1e-9 * MAX (1, fabs (c->base)))
        fail_msg ("\"%s\": %.12g in base units, expected %.12g", c->text, base, c->base);
      assert_ptr_equal (contra_unit_find (c->unit), unit);
    }
}

/* Every canonical name the normalisers wrote before the table, so rules that name a
 * unit keep working. */
static void
test_canonical_names (void **state)
{
  static const char *const names[] = {
    "ton",    "tonne", "km",     "mile",          "m",    "cm", "mm",    "kg",
    "g",      "lb",    "barrel", "hectare",       "acre", "ft", "knot",  "l",
    "gallon", "MW",    "GW",     "nautical mile", "km2",  "m2", "mile2", "m3",
  };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (contra_unit_find (names[k]) == NULL)
      fail_msg ("no unit \"%s\"", names[k]);
  assert_null (contra_unit_find ("area"));
  assert_null (contra_unit_find (NULL));
  assert_ptr_equal (contra_unit_find ("ft")->then, contra_unit_find ("in"));
}

/* A unit glued to its number: the spelling starts inside the number's token. */
static void
test_glued (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  guint span = 9;

  contra_tokens_scan (t, "60km/h", 6);
  const ContraUnit *unit = contra_units_glued (t, 0, 2, &span);
  assert_non_null (unit);
  assert_string_equal (unit->name, "km/h");
  assert_int_equal (span, 2);
  contra_tokens_scan (t, "630km", 5);
  unit = contra_units_glued (t, 0, 3, &span);
  assert_string_equal (unit->name, "km");
  assert_int_equal (span, 0);
  /* "in" may be glued, "ha" too; "5x" is no unit */
  contra_tokens_scan (t, "5x", 2);
  assert_null (contra_units_glued (t, 0, 1, &span));
  assert_null (contra_units_glued (t, 0, 2, &span));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_spellings),
    cmocka_unit_test (test_canonical_names),
    cmocka_unit_test (test_glued),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
