/* test_lexicon.c — concepts, aliases and links: how text finds a concept, and how
 * concepts relate. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>
#include <string.h>

#include "lexicon/lexicon.h"
#include "text/tokens.h"

/* A small lexicon: the matching rules do not depend on a pack. */
static ContraLexicon *
make_lexicon (void)
{
  ContraLexicon *lex = contra_lexicon_new ();
  struct { const char *id; const char *aliases[6]; ContraInflect inflect; } entries[] = {
    {"country/us", {"US", "United States", "U.S.", "Washington", NULL}, CONTRA_INFLECT_NONE},
    {"instrument/mou", {"memorandum of understanding", "MOU", "MoU", NULL}, CONTRA_INFLECT_NOUN},
    {"vessel/destroyer", {"destroyer", NULL}, CONTRA_INFLECT_NOUN},
    {"vessel/guided-missile-destroyer", {"guided missile destroyer", NULL}, CONTRA_INFLECT_NOUN},
    {"scope/non-lethal", {"non-lethal", NULL}, CONTRA_INFLECT_NONE},
    {"scope/lethal", {"lethal", NULL}, CONTRA_INFLECT_NONE},
    {"action/visit", {"visit", NULL}, CONTRA_INFLECT_VERB},
    {"action/ban", {"ban", NULL}, CONTRA_INFLECT_VERB},
    {"area/sar", {"search and rescue", NULL}, CONTRA_INFLECT_NONE},
    {"place/da-nang", {"Da Nang", "Danang", NULL}, CONTRA_INFLECT_NONE},
    {"attribute/bill", {"bill", NULL}, CONTRA_INFLECT_NOUN},
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      ContraConcept *c = contra_lexicon_define (lex, entries[i].id, "test", i + 1, 1, NULL);
      assert_non_null (c);
      if (g_str_equal (entries[i].id, "attribute/bill"))
        c->flags |= CONTRA_CONCEPT_LOWER_CASE;
      for (guint k = 0; entries[i].aliases[k] != NULL; k++)
        assert_true (contra_lexicon_add_alias (lex, c, entries[i].aliases[k], entries[i].inflect, NULL));
    }
  ContraConcept *gmd = contra_lexicon_lookup (lex, "vessel/guided-missile-destroyer");
  g_ptr_array_add (gmd->is_a, contra_lexicon_lookup (lex, "vessel/destroyer"));
  g_ptr_array_add (contra_lexicon_lookup (lex, "place/da-nang")->part_of, contra_lexicon_lookup (lex, "country/vietnam")
                   ? contra_lexicon_lookup (lex, "country/vietnam")
                   : contra_lexicon_define (lex, "country/vietnam", "test", 99, 1, NULL));
  assert_true (contra_lexicon_finish (lex, NULL));
  return lex;
}

typedef struct {
  const char *text;
  const char *concept;   /* the concept found at the first token, or NULL */
  guint span;            /* tokens it spans */
} MatchCase;

static const MatchCase match_cases[] = {
  {"US officials", "country/us", 1},
  {"U.S. officials", "country/us", 1},
  {"United States officials", "country/us", 2},
  {"us officials", NULL, 0},                      /* a capital after the first letter: as written */
  {"bill was paid", "attribute/bill", 1},         /* a lower-case concept: as written ... */
  {"bills were paid", "attribute/bill", 1},
  {"Bill Clinton said", NULL, 0},                 /* ... never a name */
  {"Washington said", "country/us", 1},
  {"Memorandum of Understanding signed", "instrument/mou", 3},
  {"memoranda", NULL, 0},
  {"memorandums of understanding", NULL, 0},
  {"memorandum of understandings", "instrument/mou", 3},   /* the last word is inflected */
  {"MoU signed", "instrument/mou", 1},
  {"MOUs were signed", "instrument/mou", 1},
  {"mou signed", NULL, 0},
  {"guided missile destroyer Vandergrift", "vessel/guided-missile-destroyer", 3},
  {"guided-missile destroyer", "vessel/guided-missile-destroyer", 4},  /* hyphen is a space */
  {"destroyers visited", "vessel/destroyer", 1},
  {"non-lethal weapons", "scope/non-lethal", 3},
  {"nonlethal weapons", NULL, 0},
  {"lethal weapons", "scope/lethal", 1},
  {"visited Hanoi", "action/visit", 1},
  {"visiting Hanoi", "action/visit", 1},
  {"banned exports", "action/ban", 1},           /* a short verb doubles its consonant */
  {"search and rescue missions", "area/sar", 3},
  {"Search and Rescue", "area/sar", 3},          /* a lower-case alias matches any case */
  {"searchlight", NULL, 0},                      /* never inside a word */
  {"Danang", "place/da-nang", 1},
  {"Da Nang port", "place/da-nang", 2},
};

static void
test_match (void **state)
{
  const MatchCase *c = *state;
  g_autoptr (ContraLexicon) lex = make_lexicon ();
  g_autoptr (ContraTokens) tokens = contra_tokens_new ();
  const ContraConcept *found = NULL;

  contra_tokens_scan (tokens, c->text, strlen (c->text));
  guint n = contra_lexicon_match (lex, tokens, 0, &found);
  if (c->concept == NULL)
    {
      if (n != 0)
        fail_msg ("'%s' matched %s", c->text, found->id);
      return;
    }
  if (n == 0)
    fail_msg ("'%s' matched nothing, expected %s", c->text, c->concept);
  assert_string_equal (found->id, c->concept);
  assert_int_equal (n, c->span);
}

static void
test_links (void **state)
{
  (void) state;
  g_autoptr (ContraLexicon) lex = make_lexicon ();
  const ContraConcept *gmd = contra_lexicon_lookup (lex, "vessel/guided-missile-destroyer");
  const ContraConcept *destroyer = contra_lexicon_lookup (lex, "vessel/destroyer");
  const ContraConcept *vessel = contra_lexicon_lookup (lex, "vessel");
  const ContraConcept *da_nang = contra_lexicon_lookup (lex, "place/da-nang");
  const ContraConcept *vietnam = contra_lexicon_lookup (lex, "country/vietnam");

  /* Every concept is_a its kind, which exists as soon as it has a member. */
  assert_non_null (vessel);
  assert_true (contra_concept_is_a (gmd, destroyer));
  assert_true (contra_concept_is_a (gmd, vessel));
  assert_true (contra_concept_is_a (gmd, gmd));
  assert_false (contra_concept_is_a (destroyer, gmd));
  assert_true (contra_concept_part_of (da_nang, vietnam));
  assert_false (contra_concept_is_a (da_nang, vietnam));
  assert_true (contra_concept_within (da_nang, vietnam));
  assert_true (contra_concept_implies (da_nang, vietnam));
}

static void
test_alias_clash (void **state)
{
  (void) state;
  g_autoptr (ContraLexicon) lex = make_lexicon ();
  ContraConcept *other = contra_lexicon_define (lex, "vessel/other", "test", 50, 1, NULL);
  ContraConcept *clash = NULL;

  assert_false (contra_lexicon_add_alias (lex, other, "destroyer", CONTRA_INFLECT_NONE, &clash));
  assert_non_null (clash);
  assert_string_equal (clash->id, "vessel/destroyer");
  /* The same alias for the same concept twice is no clash. */
  assert_true (contra_lexicon_add_alias (lex, clash, "destroyer", CONTRA_INFLECT_NONE, NULL));
  /* Defining an id twice fails and names the first definition. */
  ContraConcept *existing = NULL;
  assert_null (contra_lexicon_define (lex, "vessel/destroyer", "test", 60, 1, &existing));
  assert_int_equal (existing->line, 3);
}

static void
test_cycle (void **state)
{
  (void) state;
  g_autoptr (ContraLexicon) lex = contra_lexicon_new ();
  ContraConcept *a = contra_lexicon_define (lex, "x/a", "test", 1, 1, NULL);
  ContraConcept *b = contra_lexicon_define (lex, "x/b", "test", 2, 1, NULL);
  ContraConcept *on_cycle = NULL;

  g_ptr_array_add (a->is_a, b);
  g_ptr_array_add (b->is_a, a);
  assert_false (contra_lexicon_finish (lex, &on_cycle));
  assert_true (on_cycle == a || on_cycle == b);
}

int
main (void)
{
  g_autoptr (GArray) tests = g_array_new (FALSE, FALSE, sizeof (struct CMUnitTest));

  for (guint i = 0; i < G_N_ELEMENTS (match_cases); i++)
    {
      struct CMUnitTest t = {match_cases[i].text, test_match, NULL, NULL, (void *) &match_cases[i]};
      g_array_append_val (tests, t);
    }
  struct CMUnitTest more[] = {
    cmocka_unit_test (test_links),
    cmocka_unit_test (test_alias_clash),
    cmocka_unit_test (test_cycle),
  };
  g_array_append_vals (tests, more, G_N_ELEMENTS (more));
  return _cmocka_run_group_tests ("lexicon", (struct CMUnitTest *) tests->data, tests->len, NULL, NULL);
}
