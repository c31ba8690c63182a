/* test_list.c — enumerations: finding the cue and splitting the items.
 *
 * Each row is a sentence, the lexicon phrases (hints) the splitter is given, the
 * stated count, and the items it must yield in order, as canonical ids. Hints are
 * written as the phrase and its concept id; the test finds their tokens.
 */
#include "normalize-test.h"

#include "normalize/list.h"

#define MAX_HINTS 4
#define MAX_EXPECTED 8

typedef struct {
  const char *phrase;
  const char *id;
} HintText;

typedef struct {
  const char *sentence;
  const char *start;              /* where contra_list_find_start() must put the first item;
                                     NULL: there is no list */
  HintText hints[MAX_HINTS];
  guint stated;
  const char *items[MAX_EXPECTED]; /* canonical ids, in order */
  const char *after;              /* the text of the token after the last item; NULL: the end */
} ListCase;

#define NO_HINTS {{NULL, NULL}}
#define NO_LIST(s) {s, NULL, NO_HINTS, 0, {NULL}, NULL}

#define FIVE_AREAS_DCP                                                                             \
  "It builds on a 2011 memorandum of understanding that set out the five areas of defense "        \
  "cooperation: high-level dialogues; maritime security; search and rescue; humanitarian "         \
  "assistance and disaster relief, and peacekeeping. And the statement also notes it."

#define FIVE_AREAS_NAMELY                                                                          \
  "In September 2011, the United States and Vietnam signed a \xe2\x80\x9cMemorandum of "          \
  "Understanding (MoU) to Promote Bilateral Defense Cooperation,\xe2\x80\x9d clearly enumerating " \
  "five areas for close cooperation \xe2\x80\x93 namely, maritime security, maritime search and "  \
  "rescue, United Nations peacekeeping actions, humanitarian aid and defense education and "       \
  "research exchanges."

static const ListCase cases[] = {
  /* Mixed ";" and ",", with hints for the items that contain "and". */
  {FIVE_AREAS_DCP, "high-level", {{"search and rescue", "domain/search-and-rescue"},
    {"humanitarian assistance and disaster relief", "domain/hadr"}}, 5, {"text:high level dialogues", "text:maritime security", "domain/search-and-rescue", "domain/hadr",
    "text:peacekeeping"}, ". And"},
  /* The same without hints: the semicolons keep the inner "and"s whole. */
  {FIVE_AREAS_DCP, "high-level", NO_HINTS, 0, {"text:high level dialogues", "text:maritime security", "text:search and rescue",
    "text:humanitarian assistance and disaster relief", "text:peacekeeping"}, ". And"},
  /* A dash and "namely"; a hint covers "United Nations peacekeeping" and the generic
   * "actions" after it. */
  {FIVE_AREAS_NAMELY, "maritime security", {{"maritime search and rescue", "domain/search-and-rescue"},
    {"United Nations peacekeeping", "domain/peacekeeping"},
    {"humanitarian aid", "domain/humanitarian"},
    {"defense education and research exchanges", "domain/education"}}, 5, {"text:maritime security", "domain/search-and-rescue", "domain/peacekeeping", "domain/humanitarian",
    "domain/education"}, NULL},
  /* Without hints, the stated count picks the split of "a and b and c". */
  {FIVE_AREAS_NAMELY, "maritime security", NO_HINTS, 5, {"text:maritime security", "text:maritime search and rescue", "text:united nations peacekeeping actions",
    "text:humanitarian aid", "text:defense education and research exchanges"}, NULL},
  {FIVE_AREAS_NAMELY, "maritime security", NO_HINTS, 6, {"text:maritime security", "text:maritime search and rescue", "text:united nations peacekeeping actions",
    "text:humanitarian aid", "text:defense education", "text:research exchanges"}, NULL},
  {FIVE_AREAS_NAMELY, "maritime security", NO_HINTS, 0, {"text:maritime security", "text:maritime search and rescue", "text:united nations peacekeeping actions",
    "text:humanitarian aid", "text:defense education and research exchanges"}, NULL},
  /* A bare "on" with three items or more; the verb before the items governs them all. */
  {"On June 8, 2009, the two sides issued a joint statement in Washington, claiming that they were "
   "engaging in in-depth discussions on intensifying the bilateral military interaction, peace-keeping "
   "actions and trainings, humanitarian assistance, maritime navigation security and border security issues.", "the bilateral", NO_HINTS, 0, {"text:bilateral military interaction", "text:peace keeping actions and trainings",
    "text:humanitarian assistance", "text:maritime navigation security", "text:border security issues"}, NULL},
  /* An Oxford comma, and a verb after the list. */
  {"Cooperation in military areas, such as defense, nonproliferation, counterterrorism, and law "
   "enforcement, is also expanding steadily.", "defense", NO_HINTS, 0, {"text:defense", "text:nonproliferation", "text:counterterrorism", "text:law enforcement"}, ", is"},
  {"the Vietnamese government will adhere to the \xe2\x80\x9cThree No\xe2\x80\x9d principles in national "
   "defense and diplomatic policy \xe2\x80\x93 namely, no military alliances, no alliances with any country "
   "in opposition to another, and no tolerance for foreign countries building military bases on "
   "Vietnam\xe2\x80\x99s territory.", "no military", NO_HINTS, 3, {"text:no military alliances", "text:no alliances with any country in opposition to another",
    "text:no tolerance for foreign countries building military bases on vietnam's territory"}, NULL},
  /* A hint inside an item does not make the item that concept. */
  {"prioritizing issues of low sensitivity, such as shipwreck search and rescue, humanitarian assistance "
   "and maritime law enforcement.", "shipwreck", {{"search and rescue", "domain/search-and-rescue"}}, 0, {"text:shipwreck search and rescue", "text:humanitarian assistance", "text:maritime law enforcement"}, NULL},
  /* A tighter cue inside the first item wins. */
  {"They agreed to strengthen cooperation on issues such as defense and military cooperation, regional "
   "security situations, navigation freedom and maritime security.", "defense and", NO_HINTS, 0, {"text:defense and military cooperation", "text:regional security situations", "text:navigation freedom",
    "text:maritime security"}, NULL},
  {"They signed an agreement on cooperation in the fields of maritime security, naval ship exchange "
   "visits, training cooperation, maritime early warning studies and experience sharing.", "maritime security", NO_HINTS, 0, {"text:maritime security", "text:naval ship exchange visits", "text:training cooperation",
    "text:maritime early warning studies", "text:experience sharing"}, NULL},
  /* Where the list ends. */
  {"The talks (including maritime security, training and peacekeeping) were long.", "maritime", NO_HINTS, 0, {"text:maritime security", "text:training", "text:peacekeeping"}, ")"},
  {"He called it \xe2\x80\x9ctalks on trade, security and climate\xe2\x80\x9d last year.", "trade", NO_HINTS, 0, {"text:trade", "text:security", "text:climate"}, "\xe2\x80\x9d"},
  {"They named five areas: maritime security, training and peacekeeping, which were agreed in 2011.", "maritime", NO_HINTS, 0, {"text:maritime security", "text:training", "text:peacekeeping"}, ", which"},
  {"Some areas grew, such as trade, energy and health, while others lagged.", "trade", NO_HINTS, 0, {"text:trade", "text:energy", "text:health"}, ", while"},
  {"Major powers such as the United States, Russia, Japan and India in order to strike a balance.", "the United", NO_HINTS, 0, {"text:united states", "text:russia", "text:japan", "text:india"}, "in order"},
  /* Semicolons separate; commas inside the items stay. */
  {"They visited three cities: Paris, France; London, England; and Rome, Italy.", "Paris", NO_HINTS, 3, {"text:paris france", "text:london england", "text:rome italy"}, NULL},
  /* Ids drop the article, punctuation and what is in brackets; "'s" stays on its word. */
  {"They covered three areas: the Defense Policy Dialogue (DPD), Vietnam\xe2\x80\x99s coast guard and a "
   "peacekeeping center.", "the Defense", NO_HINTS, 3, {"text:defense policy dialogue", "text:vietnam's coast guard", "text:peacekeeping center"}, NULL},
  {"Such ties cover areas such as defense and trade.", "defense", NO_HINTS, 0, {"text:defense", "text:trade"}, NULL},
  {"It comprises the villages of Aske, Brenn and Dalvik.", "Aske", NO_HINTS, 0,
   {"text:aske", "text:brenn", "text:dalvik"}, NULL},
  NO_LIST ("It set out five areas of defense cooperation and training."),
  /* A ", and" after the items are joined opens the next clause: the list ends before it. */
  {"The line stops at Aske Harbour, Brenn Harbour and Dalvik Harbour, and the first train, from Aske to Dalvik, "
   "is timed at 40 minutes.", "Aske", NO_HINTS, 0, {"text:aske harbour", "text:brenn harbour", "text:dalvik harbour"},
   ", and"},

  /* no list */
  NO_LIST ("The United States is without a doubt the best candidate for Vietnam."),
  NO_LIST ("In 1995, the US and Vietnam officially restored diplomatic relations, removing barriers."),
  NO_LIST ("existing mechanisms \xe2\x80\x93 chiefly the annual Defense Policy Dialogue (DPD) initiated in 2010 "
   "\xe2\x80\x93 would continue to serve."),
  NO_LIST ("Vietnam is interested in adjusting relations \xe2\x80\x93 most recently between the US and China."),
  NO_LIST ("cooperation with \xe2\x80\x9cnew partners\xe2\x80\x9d such as Vietnam, and jointly deal with the "
   "structure."),
  NO_LIST ("Cooperation in areas such as defense."),
  NO_LIST ("In recent years, the United States and Vietnam have established a number of mechanisms."),
  NO_LIST ("Posted at 20:14, 20:17 and 20:19."),
};

/* The tokens of @phrase in @sentence, as a hint. */
static ContraListHint
hint_for (const ContraTokens *t, const char *sentence, const HintText *h)
{
  ContraListHint hint;
  const char *p = strstr (sentence, h->phrase);

  assert_non_null (p);
  hint.first = test_token_at (t, sentence, h->phrase);
  hint.last = hint.first;
  while (hint.last < t->n_tokens && t->tokens[hint.last].end <= (guint32) (p - sentence + strlen (h->phrase)))
    hint.last++;
  hint.id = h->id;
  return hint;
}

static void
test_cases (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      const ListCase *c = &cases[k];
      ContraListHint hints[MAX_HINTS];
      guint n_hints = 0;

      contra_tokens_scan (t, c->sentence, strlen (c->sentence));
      for (; n_hints < MAX_HINTS && c->hints[n_hints].phrase != NULL; n_hints++)
        hints[n_hints] = hint_for (t, c->sentence, &c->hints[n_hints]);

      guint start = contra_list_find_start (t, 0, t->n_tokens);
      if (c->start == NULL)
        {
          if (start != G_MAXUINT)
            fail_msg ("row %u: found a list at token %u of \"%s\"", k, start, c->sentence);
          continue;
        }
      guint expected_start = test_token_at (t, c->sentence, c->start);
      if (start != expected_start)
        fail_msg ("row %u: list starts at token %u, expected %u (\"%s\")", k, start, expected_start, c->start);

      ContraValue v = CONTRA_VALUE_INIT;
      guint end = 0;
      if (!contra_list_split (t, start, t->n_tokens, hints, n_hints, c->stated, &v, &end))
        fail_msg ("row %u: no list in \"%s\"", k, c->sentence);

      guint n_expected = 0;
      while (n_expected < MAX_EXPECTED && c->items[n_expected] != NULL)
        n_expected++;
      assert_int_equal (v.type, CONTRA_VALUE_SET);
      assert_int_equal (v.u.set.stated, c->stated);
      if (v.u.set.n_items != n_expected)
        {
          g_autofree char *form = contra_value_format (&v);
          fail_msg ("row %u: %u items %s, expected %u", k, v.u.set.n_items, form, n_expected);
        }
      for (guint i = 0; i < n_expected; i++)
        if (strcmp (v.u.set.items[i], c->items[i]) != 0)
          fail_msg ("row %u item %u: \"%s\", expected \"%s\"", k, i, v.u.set.items[i], c->items[i]);
      assert_null (v.u.set.items[n_expected]);
      assert_null (v.u.set.labels[n_expected]);

      if (c->after == NULL)
        assert_true (end == t->n_tokens || end == t->n_tokens - 1);
      else
        assert_int_equal (end, test_token_at (t, c->sentence, c->after));
      contra_value_clear (&v);
    }
}

/* Labels are the items as written; the value's text runs from the first to the last. */
static void
test_labels (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  const char *s = FIVE_AREAS_DCP;
  ContraListHint hint = {0, 0, "domain/search-and-rescue"};
  ContraValue v = CONTRA_VALUE_INIT;
  guint end;

  contra_tokens_scan (t, s, strlen (s));
  hint = hint_for (t, s, &(HintText){"search and rescue", "domain/search-and-rescue"});
  guint start = contra_list_find_start (t, 0, t->n_tokens);
  assert_true (contra_list_split (t, start, t->n_tokens, &hint, 1, 5, &v, &end));
  assert_int_equal (v.u.set.n_items, 5);
  assert_string_equal (v.u.set.labels[0], "high-level dialogues");
  assert_string_equal (v.u.set.labels[2], "search and rescue");
  assert_string_equal (v.u.set.labels[3], "humanitarian assistance and disaster relief");
  assert_string_equal (v.u.set.labels[4], "peacekeeping");
  assert_string_equal (v.text, "high-level dialogues; maritime security; search and rescue; humanitarian "
                               "assistance and disaster relief, and peacekeeping");

  g_autofree char *form = contra_value_format (&v);
  assert_string_equal (form, "{domain/search-and-rescue, text:high level dialogues, "
                             "text:humanitarian assistance and disaster relief, text:maritime security, "
                             "text:peacekeeping}");
  contra_value_clear (&v);

  /* A limit before the end of the sentence ends the list there; after a colon, a
   * list needs no conjunction. */
  guint limit = test_token_at (t, s, "; humanitarian");
  assert_true (contra_list_split (t, start, limit, &hint, 1, 0, &v, &end));
  assert_int_equal (v.u.set.n_items, 3);
  assert_string_equal (v.u.set.items[2], "domain/search-and-rescue");
  assert_int_equal (end, limit);
  contra_value_clear (&v);

  /* Fewer than two items is no list. */
  const char *one = "Cooperation in one area: defense.";
  contra_tokens_scan (t, one, strlen (one));
  assert_false (contra_list_split (t, test_token_at (t, one, "defense"), t->n_tokens, NULL, 0, 0, &v, &end));
  assert_int_equal (v.type, CONTRA_VALUE_NONE);
  contra_tokens_scan (t, s, strlen (s));

  /* find_start honours @from and @limit. */
  assert_int_equal (contra_list_find_start (t, start, t->n_tokens), G_MAXUINT);
  assert_int_equal (contra_list_find_start (t, 0, start - 1), G_MAXUINT);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_cases),
    cmocka_unit_test (test_labels),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
