/* test_words.c — the singular of a plural noun, from lang/en/plurals.yaml. */
#include "normalize-test.h"

#include "normalize/words.h"

typedef struct {
  const char *plural;
  const char *singular; /* NULL: not a plural noun */
} SingularCase;

static const SingularCase singulars[] = {
  /* -oes */
  {"tornadoes", "tornado"},
  {"heroes", "hero"},
  {"potatoes", "potato"},
  {"tomatoes", "tomato"},
  {"volcanoes", "volcano"},
  {"embargoes", "embargo"},
  {"torpedoes", "torpedo"},
  {"shoes", "shoe"},
  {"canoes", "canoe"},
  {"toes", "toe"},
  /* -s + -es, -is -> -es */
  {"buses", "bus"},
  {"gases", "gas"},
  {"viruses", "virus"},
  {"crises", "crisis"},
  {"analyses", "analysis"},
  {"diagnoses", "diagnosis"},
  {"cases", "case"},
  {"houses", "house"},
  {"responses", "response"},
  /* -ies */
  {"casualties", "casualty"},
  {"countries", "country"},
  {"movies", "movie"},
  {"ties", "tie"},
  /* -ches, -shes, -xes, -sses */
  {"matches", "match"},
  {"churches", "church"},
  {"niches", "niche"},
  {"headaches", "headache"},
  {"bushes", "bush"},
  {"boxes", "box"},
  {"taxes", "tax"},
  {"classes", "class"},
  {"quizzes", "quiz"},
  /* -ves, irregular, Latin */
  {"lives", "life"},
  {"wolves", "wolf"},
  {"people", "person"},
  {"children", "child"},
  {"women", "woman"},
  {"criteria", "criterion"},
  {"phenomena", "phenomenon"},
  {"indices", "index"},
  /* invariant */
  {"species", "species"},
  {"series", "series"},
  {"aircraft", "aircraft"},
  {"personnel", "personnel"},
  /* regular */
  {"areas", "area"},
  {"ships", "ship"},
  {"albums", "album"},
  {"exchanges", "exchange"},
  {"hectares", "hectare"},
  /* not plural nouns */
  {"was", NULL},
  {"status", NULL},
  {"basis", NULL},
  {"class", NULL},
  {"news", NULL},
  {"politics", NULL},
  {"its", NULL},
  {"china's", NULL},
  {"area", NULL},
  {"us", NULL},
};

static void
test_singular (void **state)
{
  guint failed = 0;

  for (guint k = 0; k < G_N_ELEMENTS (singulars); k++)
    {
      char buf[64] = "";
      gboolean plural = contra_words_singular (singulars[k].plural, buf, sizeof buf);
      const char *expected = singulars[k].singular;
      if (plural != (expected != NULL) || (plural && strcmp (buf, expected) != 0))
        {
          print_error ("\"%s\": %s \"%s\", expected %s\n", singulars[k].plural, plural ? "plural of" : "not plural",
                       plural ? buf : "", expected != NULL ? expected : "not plural");
          failed++;
        }
    }
  if (failed > 0)
    fail_msg ("%u of %zu rows failed", failed, G_N_ELEMENTS (singulars));
}

/* A buffer too small for the singular is no singular, never a cut word. */
static void
test_singular_small_buffer (void **state)
{
  char buf[4];

  assert_false (contra_words_singular ("tornadoes", buf, sizeof buf));
  assert_true (contra_words_singular ("bus"
                                      "es",
                                      buf, sizeof buf));
  assert_string_equal (buf, "bus");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_singular),
    cmocka_unit_test (test_singular_small_buffer),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
