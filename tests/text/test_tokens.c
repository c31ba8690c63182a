/* test_tokens.c — the tokenizer.
 *
 * Each row is a text and its tokens as "text/plain/fold" triples joined with " ",
 * where plain and fold are left out when they equal the text. Flags and numeric
 * values are checked by the rows that need them.
 */
#include "table.h"

#include <string.h>

#include "text/tokens.h"

typedef struct
{
  const char *name;
  const char *text;
  const char *tokens;
} TokenRow;

static const TokenRow token_rows[] = {
  {"words", "Vietnam deepens ties", "Vietnam//vietnam deepens ties"},
  {"U.S.-Vietnam", "U.S.-Vietnam", "U.S./US/us - Vietnam//vietnam"},
  {"U.N. at a sentence end", "the U.N.", "the U.N./UN/un"},
  {"China's, typographic", "China\u2019s", "China//china \u2019s/'s/'s"},
  {"China's, straight", "China's rise", "China//china 's rise"},
  {"3,000-ton", "3,000-ton", "3,000 - ton"},
  {"9.49", "9.49 million", "9.49 million"},
  {"13th", "the 13th Air Force", "the 13th Air//air Force//force"},
  {"1980s", "the late 1980s", "the late 1980s"},
  {"FY2015", "FY2015", "FY2015//fy2015"},
  {"don't", "don't", "don't"},
  {"don’t, typographic", "don\u2019t", "don\u2019t/don't/don't"},
  {"O'Brien's", "O'Brien's", "O'Brien//o'brien 's"},
  {"non-lethal", "non-lethal", "non - lethal"},
  {"dollars", "$18 million.", "$ 18 million ."},
  {"percent", "71% of", "71 % of"},
  {"missing space after a comma", "June 20,2013", "June//june 20 , 2013"},
  {"a lone comma between digits", "1,2,3", "1 , 2 , 3"},
  {"one decimal point", "1.2.3", "1.2 . 3"},
  {"number glued to a letter", "2\u00E8me Guerre", "2\u00E8me Guerre//guerre"},
  {"number glued to a capital", "3D", "3D//3d"},
  {"date", "14/8/14 20:14", "14 / 8 / 14 20 : 14"},
  {"Vietnamese", "Qu\u1ED1c C\u01B0\u1EDDng", "Qu\u1ED1c//qu\u1ED1c C\u01B0\u1EDDng//c\u01B0\u1EDDng"},
  {"decomposed Vietnamese", "Quo\u0302\u0301c", "Quo\u0302\u0301c//quo\u0302\u0301c"},
  {"CJK", "\u4F5C\u8005: Xin", "\u4F5C\u8005 : Xin//xin"},
  {"quotes and dashes", "\u201Cnon-lethal\u201D \u2014 yes", "\u201C non - lethal \u201D \u2014 yes"},
  {"footnote marker", "capacity.\u201D[3]", "capacity . \u201D [ 3 ]"},
  {"plural possessive", "countries\u2019 ties", "countries \u2019/'/' ties"},
  {"empty", "", ""},
  {"spaces only", " \u00A0\n ", ""},
  {"a tab separates cells, as a comma does", "Born\t27 August", "Born//born \t 27 August//august"},
};

static char *
describe (const ContraTokens *t)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < t->n_tokens; i++)
    {
      const ContraToken *tok = &t->tokens[i];
      g_autofree char *text = g_strndup (t->text + tok->start, tok->end - tok->start);
      const char *plain = contra_tokens_plain (t, i);
      const char *fold = contra_tokens_fold (t, i);
      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, text);
      if (strcmp (plain, text) != 0 || strcmp (fold, text) != 0)
        g_string_append_printf (s, "/%s/%s", strcmp (plain, text) != 0 ? plain : "", fold);
    }
  return g_string_free (s, FALSE);
}

static void
test_tokens (void **state)
{
  const TokenRow *row = *state;
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  contra_tokens_scan (t, row->text, strlen (row->text));
  g_autofree char *got = describe (t);
  assert_string_equal (got, row->tokens);
  for (guint i = 0; i < t->n_tokens; i++)
    assert_int_equal (t->tokens[i].hash, g_str_hash (contra_tokens_fold (t, i)));
}

typedef struct
{
  const char *name;
  const char *text;
  guint index;
  ContraTokenKind kind;
  guint flags;      /* all of these must be set */
  guint not_flags;  /* none of these */
} FlagRow;

static const FlagRow flag_rows[] = {
  {"U.S. is an abbreviation", "U.S.-Vietnam", 0, CONTRA_TOKEN_WORD,
   CONTRA_TOKEN_ABBREV | CONTRA_TOKEN_ALLCAPS | CONTRA_TOKEN_CAPITALIZED | CONTRA_TOKEN_SPACE_BEFORE, 0},
  {"hyphen is punctuation", "U.S.-Vietnam", 1, CONTRA_TOKEN_PUNCT, 0, CONTRA_TOKEN_SPACE_BEFORE},
  {"Vietnam after the hyphen", "U.S.-Vietnam", 2, CONTRA_TOKEN_WORD, CONTRA_TOKEN_CAPITALIZED,
   CONTRA_TOKEN_SPACE_BEFORE | CONTRA_TOKEN_ALLCAPS},
  {"3,000 is grouped", "3,000-ton", 0, CONTRA_TOKEN_NUMBER, CONTRA_TOKEN_GROUPED, CONTRA_TOKEN_DECIMAL},
  {"9.49 is decimal", "9.49", 0, CONTRA_TOKEN_NUMBER, CONTRA_TOKEN_DECIMAL, CONTRA_TOKEN_GROUPED},
  {"13th is ordinal", "13th", 0, CONTRA_TOKEN_NUMBER, CONTRA_TOKEN_ORDINAL, CONTRA_TOKEN_DECADE},
  {"2nd is ordinal", "the 2nd", 1, CONTRA_TOKEN_NUMBER, CONTRA_TOKEN_ORDINAL | CONTRA_TOKEN_SPACE_BEFORE, 0},
  {"1980s is a decade", "1980s", 0, CONTRA_TOKEN_NUMBER, CONTRA_TOKEN_DECADE, CONTRA_TOKEN_ORDINAL},
  {"90s is a decade", "\u201990s", 1, CONTRA_TOKEN_NUMBER, CONTRA_TOKEN_DECADE, CONTRA_TOKEN_SPACE_BEFORE},
  {"FY2015 has digits", "FY2015", 0, CONTRA_TOKEN_WORD, CONTRA_TOKEN_HAS_DIGIT | CONTRA_TOKEN_ALLCAPS, 0},
  {"NATO is all caps", "NATO", 0, CONTRA_TOKEN_WORD, CONTRA_TOKEN_ALLCAPS, CONTRA_TOKEN_ABBREV},
  {"A is not all caps", "A", 0, CONTRA_TOKEN_WORD, CONTRA_TOKEN_CAPITALIZED, CONTRA_TOKEN_ALLCAPS},
  {"don't is one word", "don't", 0, CONTRA_TOKEN_WORD, 0, CONTRA_TOKEN_CAPITALIZED},
  {"'s is a word", "China's", 1, CONTRA_TOKEN_WORD, 0, CONTRA_TOKEN_SPACE_BEFORE},
  {"Cường is capitalized", "Qu\u1ED1c C\u01B0\u1EDDng", 1, CONTRA_TOKEN_WORD,
   CONTRA_TOKEN_CAPITALIZED | CONTRA_TOKEN_SPACE_BEFORE, CONTRA_TOKEN_ALLCAPS},
  {"2ème is a number", "2\u00E8me", 0, CONTRA_TOKEN_NUMBER, 0, CONTRA_TOKEN_ORDINAL},
};

static void
test_flags (void **state)
{
  const FlagRow *row = *state;
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  contra_tokens_scan (t, row->text, strlen (row->text));
  assert_true (row->index < t->n_tokens);
  const ContraToken *tok = &t->tokens[row->index];
  assert_int_equal (tok->kind, row->kind);
  assert_int_equal (tok->flags & row->flags, row->flags);
  assert_int_equal (tok->flags & row->not_flags, 0);
}

typedef struct
{
  const char *name;
  const char *text;
  double value;
  guint decimals;
} NumberRow;

static const NumberRow number_rows[] = {
  {"integer", "2011", 2011, 0},
  {"grouped", "3,000", 3000, 0},
  {"millions grouped", "18,000,000", 18000000, 0},
  {"decimal", "9.49", 9.49, 2},
  {"decimal with grouping", "1,234.5", 1234.5, 1},
  {"ordinal", "13th", 13, 0},
  {"decade", "1980s", 1980, 0},
  {"small decimal", "4.63", 4.63, 2},
  {"65.48", "65.48", 65.48, 2},
  {"0.3, which digit-by-digit sums get wrong", "0.3", 0.3, 1},
};

static void
test_number (void **state)
{
  const NumberRow *row = *state;
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  double value = -1;
  guint decimals = 99;

  contra_tokens_scan (t, row->text, strlen (row->text));
  assert_int_equal (t->n_tokens, 1);
  assert_true (contra_tokens_number (t, 0, &value, &decimals));
  /* Exact, not nearly: 0.3 must be the double nearest 0.3. */
  assert_true (value == row->value);
  assert_int_equal (decimals, row->decimals);
}

static void
test_helpers (void **state)
{
  (void) state;
  const char *text = "U.S.-Vietnam \u2013 ties, 3 \u2014 x";
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  double value;

  contra_tokens_scan (t, text, strlen (text));
  assert_true (contra_tokens_is_word (t, 0, "us"));
  assert_false (contra_tokens_is_word (t, 1, "-"));
  assert_true (contra_tokens_is_punct (t, 1, '-'));
  assert_true (contra_tokens_is_dash (t, 1));
  assert_true (contra_tokens_is_word (t, 2, "vietnam"));
  assert_true (contra_tokens_is_dash (t, 3));
  assert_true (contra_tokens_is_punct (t, 5, ','));
  assert_false (contra_tokens_is_dash (t, 5));
  assert_true (contra_tokens_is_dash (t, 7));
  assert_false (contra_tokens_number (t, 0, &value, NULL));
  assert_true (contra_tokens_number (t, 6, &value, NULL));
  assert_true (value == 3);
  /* Out of range is FALSE, not a crash. */
  assert_false (contra_tokens_is_word (t, 99, "x"));
  assert_false (contra_tokens_is_punct (t, 99, 'x'));
  assert_false (contra_tokens_is_dash (t, 99));
  assert_false (contra_tokens_number (t, 99, &value, NULL));
}

/* The buffer is reused: a second scan replaces the first, and a long sentence
 * grows it. */
static void
test_reuse (void **state)
{
  (void) state;
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  GString *s = g_string_new (NULL);

  for (int i = 0; i < 500; i++)
    g_string_append_printf (s, "W%d, ", i);
  contra_tokens_scan (t, s->str, s->len);
  assert_int_equal (t->n_tokens, 1000);
  assert_string_equal (contra_tokens_fold (t, 998), "w499");

  contra_tokens_scan (t, "Two words", 9);
  assert_int_equal (t->n_tokens, 2);
  assert_string_equal (contra_tokens_fold (t, 1), "words");
  g_string_free (s, TRUE);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  TABLE_ADD (tests, "tokens", test_tokens, token_rows);
  TABLE_ADD (tests, "flags", test_flags, flag_rows);
  TABLE_ADD (tests, "number", test_number, number_rows);
  table_add_test (tests, "helpers", test_helpers);
  table_add_test (tests, "buffer reuse", test_reuse);
  return table_run ("tokens", tests);
}
