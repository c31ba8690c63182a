/* test_value.c — ContraValue: names, normalised forms, order, ownership. */
#include "normalize-test.h"

static ContraValue
amount (ContraValueType type, double value, double precision, ContraBound bound, const char *unit)
{
  ContraValue v = CONTRA_VALUE_INIT;

  v.type = type;
  v.u.amount.value = value;
  v.u.amount.precision = precision;
  v.u.amount.bound = (guint8) bound;
  v.u.amount.unit = contra_unit_intern (unit);
  return v;
}

/* A range from @value to @high. */
static ContraValue
range (ContraValueType type, double value, double high, ContraBound bound, const char *unit)
{
  ContraValue v = amount (type, value, 1, bound, unit);

  v.u.amount.high = high;
  v.u.amount.range = TRUE;
  return v;
}

static ContraValue
date_value (ContraDate d)
{
  ContraValue v = CONTRA_VALUE_INIT;

  v.type = CONTRA_VALUE_DATE;
  v.u.date = d;
  return v;
}

static ContraValue
set_value (const char *const *items, guint stated)
{
  ContraValue v = CONTRA_VALUE_INIT;

  contra_value_set_take (&v, g_strdupv ((char **) items), g_strdupv ((char **) items), stated);
  return v;
}

static void
test_type_names (void **state)
{
  static const char *const names[] = {
    "date", "money", "quantity", "percent", "number", "count", "set", "concept", "name",
  };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      ContraValueType type;
      assert_true (contra_value_type_parse (names[k], &type));
      assert_int_equal (type, CONTRA_VALUE_DATE + k);
      assert_string_equal (contra_value_type_name (type), names[k]);
    }
  ContraValueType type = CONTRA_VALUE_NONE;
  assert_false (contra_value_type_parse ("none", &type));
  assert_false (contra_value_type_parse ("Date", &type));
  assert_false (contra_value_type_parse ("", &type));
  assert_string_equal (contra_value_type_name (CONTRA_VALUE_NONE), "none");
}

typedef struct {
  ContraValue value;
  const char *format;
} FormatCase;

static void
test_format (void **state)
{
  static const char *const areas[] = {"text:peacekeeping", "domain/sar", "text:maritime security", NULL};
  static const char *const empty[] = {NULL};
  ContraValue concept = {CONTRA_VALUE_CONCEPT, NULL, {{0}}};
  concept.u.id = g_intern_static_string ("vessel/corvette");
  ContraValue name = {CONTRA_VALUE_NAME, NULL, {{0}}};
  name.u.id = g_intern_static_string ("pham-binh-minh");

  FormatCase rows[] = {
    {date_value (contra_date_make (2011, 9, 0, CONTRA_GRAIN_MONTH)), "2011-09"},
    {date_value (contra_date_fiscal_year (2013)), "FY2013"},
    {amount (CONTRA_VALUE_MONEY, 18e6, 1e6, CONTRA_BOUND_EXACT, "USD"), "USD 18000000"},
    {amount (CONTRA_VALUE_MONEY, 1e7, 1e6, CONTRA_BOUND_AT_LEAST, "USD"), ">=USD 10000000"},
    {amount (CONTRA_VALUE_MONEY, 5e6, 1e6, CONTRA_BOUND_MORE_THAN, "EUR"), ">EUR 5000000"},
    {amount (CONTRA_VALUE_MONEY, 2e6, 1e6, CONTRA_BOUND_AT_MOST, "USD"), "<=USD 2000000"},
    {amount (CONTRA_VALUE_MONEY, 2e6, 1e6, CONTRA_BOUND_LESS_THAN, "USD"), "<USD 2000000"},
    {amount (CONTRA_VALUE_MONEY, 3e6, 1e6, CONTRA_BOUND_ABOUT, "USD"), "~USD 3000000"},
    {amount (CONTRA_VALUE_MONEY, 0.5, 0.1, CONTRA_BOUND_EXACT, "USD"), "USD 0.5"},
    {amount (CONTRA_VALUE_MONEY, 65.48e9, 1e7, CONTRA_BOUND_EXACT, "USD"), "USD 65480000000"},
    {amount (CONTRA_VALUE_QUANTITY, 3000, 1e3, CONTRA_BOUND_EXACT, "ton"), "3000 ton"},
    {amount (CONTRA_VALUE_PERCENT, 84, 1, CONTRA_BOUND_EXACT, "percent"), "84%"},
    {amount (CONTRA_VALUE_PERCENT, 30, 1, CONTRA_BOUND_MORE_THAN, "percent"), ">30%"},
    {amount (CONTRA_VALUE_PERCENT, 200.0 / 3, 1, CONTRA_BOUND_EXACT, "percent"), "66.6666666666667%"},
    {amount (CONTRA_VALUE_NUMBER, 5, 1, CONTRA_BOUND_EXACT, NULL), "5"},
    {amount (CONTRA_VALUE_NUMBER, 1.5, 0.1, CONTRA_BOUND_EXACT, NULL), "1.5"},
    {amount (CONTRA_VALUE_NUMBER, 3, 1, CONTRA_BOUND_EXACT, "largest"), "3 largest"},
    {range (CONTRA_VALUE_PERCENT, 40, 45, CONTRA_BOUND_EXACT, "percent"), "40..45%"},
    {range (CONTRA_VALUE_PERCENT, 0.2, 0.3, CONTRA_BOUND_ABOUT, "percent"), "~0.2..0.3%"},
    {range (CONTRA_VALUE_QUANTITY, 9.5, 10.5, CONTRA_BOUND_EXACT, "cm"), "9.5..10.5 cm"},
    {range (CONTRA_VALUE_MONEY, 5e6, 1e7, CONTRA_BOUND_EXACT, "USD"), "USD 5000000..10000000"},
    {amount (CONTRA_VALUE_COUNT, 5, 1, CONTRA_BOUND_EXACT, "area"), "5 area"},
    {amount (CONTRA_VALUE_COUNT, 4e6, 1e6, CONTRA_BOUND_MORE_THAN, "casualty"), ">4000000 casualty"},
    {set_value (areas, 3), "{domain/sar, text:maritime security, text:peacekeeping}"},
    {set_value (empty, 0), "{}"},
    {concept, "vessel/corvette"},
    {name, "pham-binh-minh"},
    {CONTRA_VALUE_INIT, ""},
  };

  for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
    {
      g_autofree char *form = contra_value_format (&rows[k].value);
      if (strcmp (form, rows[k].format) != 0)
        fail_msg ("row %u: \"%s\", expected \"%s\"", k, form, rows[k].format);
      contra_value_clear (&rows[k].value);
    }
}

/* Two values compare equal exactly when their normalised forms are equal. */
static void
test_compare (void **state)
{
  static const char *const abc[] = {"a", "b", "c", NULL};
  static const char *const cba[] = {"c", "b", "a", NULL};
  static const char *const ab[] = {"a", "b", NULL};

  ContraValue values[] = {
    amount (CONTRA_VALUE_MONEY, 18e6, 1e6, CONTRA_BOUND_EXACT, "USD"),
    amount (CONTRA_VALUE_MONEY, 18000000, 1e6, CONTRA_BOUND_EXACT, "USD"),  /* 18,000,000 */
    amount (CONTRA_VALUE_MONEY, 18e6, 1e4, CONTRA_BOUND_EXACT, "USD"),      /* precision is not printed */
    amount (CONTRA_VALUE_MONEY, 18e6, 1e6, CONTRA_BOUND_AT_LEAST, "USD"),
    amount (CONTRA_VALUE_MONEY, 18e6, 1e6, CONTRA_BOUND_EXACT, "EUR"),
    amount (CONTRA_VALUE_MONEY, 9.49e6, 1e4, CONTRA_BOUND_EXACT, "USD"),
    amount (CONTRA_VALUE_COUNT, 5, 1, CONTRA_BOUND_EXACT, "area"),
    amount (CONTRA_VALUE_COUNT, 5, 1, CONTRA_BOUND_EXACT, "ship"),
    amount (CONTRA_VALUE_NUMBER, 3, 1, CONTRA_BOUND_EXACT, NULL),
    amount (CONTRA_VALUE_NUMBER, 3, 1, CONTRA_BOUND_EXACT, "largest"),
    range (CONTRA_VALUE_COUNT, 5, 7, CONTRA_BOUND_EXACT, "area"),
    range (CONTRA_VALUE_COUNT, 5, 8, CONTRA_BOUND_EXACT, "area"),
    range (CONTRA_VALUE_PERCENT, 40, 45, CONTRA_BOUND_EXACT, "percent"),
    amount (CONTRA_VALUE_PERCENT, 40, 1, CONTRA_BOUND_EXACT, "percent"),
    date_value (contra_date_make (2011, 0, 0, CONTRA_GRAIN_YEAR)),
    date_value (contra_date_make (2011, 9, 0, CONTRA_GRAIN_MONTH)),
    set_value (abc, 3),
    set_value (cba, 0),
    set_value (ab, 0),
  };
  ContraDate approx = contra_date_make (2011, 0, 0, CONTRA_GRAIN_YEAR);
  approx.flags = CONTRA_DATE_APPROXIMATE;
  ContraDate under = contra_date_make (2011, 0, 0, CONTRA_GRAIN_YEAR);
  under.flags = CONTRA_DATE_UNDERSPECIFIED;
  ContraValue extra[] = {date_value (approx), date_value (under)};

  for (guint a = 0; a < G_N_ELEMENTS (values) + 2; a++)
    for (guint b = 0; b < G_N_ELEMENTS (values) + 2; b++)
      {
        const ContraValue *x = a < G_N_ELEMENTS (values) ? &values[a] : &extra[a - G_N_ELEMENTS (values)];
        const ContraValue *y = b < G_N_ELEMENTS (values) ? &values[b] : &extra[b - G_N_ELEMENTS (values)];
        g_autofree char *fx = contra_value_format (x);
        g_autofree char *fy = contra_value_format (y);
        int c = contra_value_compare (x, y);
        int r = contra_value_compare (y, x);
        if (x->type == y->type && (c == 0) != (strcmp (fx, fy) == 0))
          fail_msg ("\"%s\" vs \"%s\": compare %d", fx, fy, c);
        assert_int_equal (c, -r);
      }

  for (guint k = 0; k < G_N_ELEMENTS (values); k++)
    contra_value_clear (&values[k]);
}

static void
test_ownership (void **state)
{
  static const char *const items[] = {"domain/sar", "text:maritime security", NULL};
  ContraValue a = set_value (items, 2), b = CONTRA_VALUE_INIT, c = CONTRA_VALUE_INIT;

  a.text = g_strdup ("search and rescue and maritime security");
  assert_int_equal (a.u.set.n_items, 2);
  assert_int_equal (a.u.set.stated, 2);

  contra_value_copy (&b, &a);
  assert_ptr_not_equal (b.u.set.items, a.u.set.items);
  assert_ptr_not_equal (b.text, a.text);
  assert_string_equal (b.u.set.items[1], "text:maritime security");
  assert_string_equal (b.u.set.labels[0], "domain/sar");
  assert_int_equal (contra_value_compare (&a, &b), 0);

  contra_value_move (&c, &a);
  assert_int_equal (a.type, CONTRA_VALUE_NONE);
  assert_null (a.text);
  assert_int_equal (c.u.set.n_items, 2);

  contra_value_clear (&b);
  assert_int_equal (b.type, CONTRA_VALUE_NONE);
  assert_null (b.text);
  contra_value_clear (&c);
  contra_value_clear (&c); /* clearing twice is harmless */

  /* A set without labels. */
  ContraValue d = CONTRA_VALUE_INIT;
  contra_value_set_take (&d, g_strdupv ((char **) items), NULL, 0);
  ContraValue e = CONTRA_VALUE_INIT;
  contra_value_copy (&e, &d);
  assert_null (e.u.set.labels);
  contra_value_clear (&d);
  contra_value_clear (&e);
}

static void
test_units (void **state)
{
  char buf[8];

  g_strlcpy (buf, "USD", sizeof buf);
  assert_ptr_equal (contra_unit_intern (buf), contra_unit_intern ("USD"));
  assert_ptr_not_equal (contra_unit_intern ("USD"), contra_unit_intern ("EUR"));
  assert_null (contra_unit_intern (NULL));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_type_names), cmocka_unit_test (test_format), cmocka_unit_test (test_compare),
    cmocka_unit_test (test_ownership),  cmocka_unit_test (test_units),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
