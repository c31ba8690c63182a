/* test_reconciler.c — small corpora in, findings out: one row per kind of comparison.
 *
 * Each row is a handful of sentences from different sources and what a careful
 * fact-checker would say about them: the findings at warning or above ("kind rule",
 * one per line), or nothing. The sentences go through the whole pipeline with the
 * project's rules, so a row fails when extraction or reconciling is wrong. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>
#include <string.h>

#include "../support/fixture.h"
#include "reconcile/reconciler.h"

typedef struct {
  const char *name;
  FixtureDocument documents[5];
  const char *findings;          /* "kind rule" lines of the warnings and errors */
  const char *corroborated;      /* a topic that must be corroborated, or NULL */
} Scenario;

#define DOC(id, date, text) {id, date, text, FALSE}
#define END {NULL, NULL, NULL, FALSE}

static const Scenario scenarios[] = {
  {"dates at three granularities agree",
   {DOC ("a", "2015-06-05", "The annual Defense Policy Dialogue was initiated in 2010."),
    DOC ("b", "2014-08-14",
         "Relations were upgraded in 2010 with the convocation of the 1st Defense Policy Dialogue in August."),
    DOC ("c", "2015-05-11", "On August 17, 2010, the two sides held the first Defense Policy Dialogue in Hanoi."), END},
   "",
   "when the Defense Policy Dialogue began"},
  {"a month and the next year conflict",
   {DOC ("a", "2021-07", "In 2007, the US allowed the sale of non-lethal weapons to Vietnam on a case-by-case basis."),
    DOC ("b", "2015-05-11",
         "In December 2006, the United States agreed to allow exports of non-lethal weapons to Vietnam."),
    END},
   "conflict restriction-eased",
   NULL},
  {"one document dating one step twice contradicts itself",
   {DOC ("a", "2021-07",
         "In 2007, the US allowed the sale of non-lethal weapons to Vietnam. "
         "Years later it was recalled that in 2005 the US allowed the sale of non-lethal weapons to Vietnam."),
    END},
   "self-contradiction restriction-eased",
   NULL},
  {"a description dated twice in one document may be two things",
   {DOC ("a", "2021-07",
         "The Orrin Creek Bridge opened in 2004. Officials signed the guest book in 2004. "
         "Officials signed the guest book again in 2011."),
    END},
   "",
   NULL},
  {"a described event one source dates twice recurs: another source's date is another occasion",
   {DOC ("a", "2021-07",
         "The Orrin Creek Bridge opened in 2004. Officials signed the guest book in 2004. "
         "Officials signed the guest book again in 2011."),
    DOC ("b", "2021-08", "The Orrin Creek Bridge opened in 2004. Officials signed the guest book in 2008."), END},
   "",
   NULL},
  {"a described event three sources date three ways recurs",
   {DOC ("a", "2021-07", "The Orrin Creek Bridge opened in 2004. Officials signed the guest book in 2004."),
    DOC ("b", "2021-08", "The Orrin Creek Bridge opened in 2004. Officials signed the guest book in 2008."),
    DOC ("c", "2021-09", "The Orrin Creek Bridge opened in 2004. Officials signed the guest book in 2012."), END},
   "",
   NULL},
  {"a described event dated once by each source conflicts",
   {DOC ("a", "2021-07", "The Orrin Creek Bridge opened in 2004. The county signed the construction contract in 2001."),
    DOC ("b", "2021-08", "The Orrin Creek Bridge opened in 2004. The county signed the construction contract in 2002."),
    END},
   "conflict event-date",
   NULL},
  {"a name dated twice in one document contradicts itself",
   {DOC ("a", "2021-07",
         "The Orrin Creek Bridge opened in 2004. Its lanes were repainted. "
         "The Orrin Creek Bridge opened in 2006."),
    END},
   "self-contradiction event-date",
   NULL},
  {"a destroyer is a warship",
   {DOC ("a", "2015-05-11", "In November 2003, the US guided missile destroyer Vandergrift visited Ho Chi Minh City."),
    DOC ("b", "2016", "In November 2003, a US warship made a historic visit to Ho Chi Minh City."), END},
   "",
   NULL},
  {"a corvette is not a destroyer",
   {DOC ("a", "2015-05-11", "In November 2003, the US guided missile destroyer Vandergrift visited Ho Chi Minh City."),
    DOC ("b", "2021-07", "In November 2003, the US corvette made a historic visit to Ho Chi Minh City."), END},
   "conflict ship-visit",
   NULL},
  {"claims of one month are compared, whichever comes first",
   {DOC ("a", "2016-04", "On March 9, 2016, Vietnamese Defense Minister Phung Quang Thanh met reporters in Hanoi."),
    DOC ("b", "2016-04", "In March 2016, Vietnamese Defense Minister Phung Quang Thanh met reporters in Hanoi."),
    DOC ("c", "2016-04", "On March 27, 2016, Vietnamese Defense Minister Ngo Xuan Lich met reporters in Hanoi."), END},
   "conflict office-holder",
   NULL},
  {"visits at different times are different visits",
   {DOC ("a", "2015-05-11", "In August 2010, the US guided missile destroyer John McCain visited Danang."),
    DOC ("b", "2021-07", "In 2018, the US aircraft carrier Carl Vinson visited Da Nang."), END},
   "",
   NULL},
  {"lists that match through synonyms agree",
   {DOC ("a", "2015-06-05",
         "It builds on a 2011 memorandum of understanding that set out the five areas of defense cooperation: "
         "high-level dialogues; maritime security; search and rescue; humanitarian assistance and disaster relief, and "
         "peacekeeping."),
    DOC ("b", "2016",
         "The 2011 memorandum of understanding on defense cooperation listed five areas: maritime security, "
         "maritime search and rescue, UN peacekeeping, humanitarian aid and high-level dialogues."),
    END},
   "",
   NULL},
  {"a differing member is a conflict",
   {DOC ("a", "2015-06-05",
         "The 2011 memorandum of understanding on defense cooperation set out three areas: high-level dialogues, "
         "maritime security and peacekeeping."),
    DOC ("b", "2016",
         "The 2011 memorandum of understanding on defense cooperation set out three areas: defense education, maritime "
         "security and peacekeeping."),
    END},
   "conflict instrument-areas",
   NULL},
  {"a strict subset is a discrepancy",
   {DOC ("a", "2015-06-05",
         "The 2011 memorandum of understanding on defense cooperation set out three areas: border security, maritime "
         "security and peacekeeping."),
    DOC ("b", "2016",
         "The 2011 memorandum of understanding on defense cooperation covers areas such as maritime security and "
         "peacekeeping."),
    END},
   "discrepancy instrument-areas",
   NULL},
  {"a stated count that no list matches",
   {DOC ("a", "2015-06-05",
         "The 2011 memorandum of understanding on defense cooperation covers three areas: border security, maritime "
         "security and peacekeeping."),
    DOC ("b", "2016",
         "The signing of the 2011 memorandum of understanding on four priority areas of defense cooperation was a "
         "milestone."),
    END},
   "discrepancy instrument-count",
   NULL},
  {"a count past what a guint holds is no small count",
   {DOC ("a", "2015-06-05",
         "The 2011 memorandum of understanding on defense cooperation covers three areas: border security, maritime "
         "security and peacekeeping."),
    DOC ("b", "2016",
         "The signing of the 2011 memorandum of understanding on 4294967299 priority areas of defense cooperation was "
         "a milestone."),
    END},
   "discrepancy instrument-count",
   NULL},
  {"a sentence that counts its own list wrong",
   {DOC ("a", "2015-06-05",
         "The memorandum of understanding on defense cooperation set out six areas: border security, maritime security "
         "and peacekeeping."),
    END},
   "self-contradiction instrument-areas",
   NULL},
  {"amounts within their precision agree",
   {DOC ("a", "2015-06-05",
         "In 2015, the United States announced $18 million for the coast guard to purchase patrol vessels."),
    DOC ("b", "2015-06-20", "In 2015, Washington offered 18,000,000 USD for new patrol boats."), END},
   "",
   NULL},
  {"amounts beyond their precision conflict",
   {DOC ("a", "2015-06-05",
         "In 2015, the United States announced $18 million for the coast guard to purchase patrol vessels."),
    DOC ("b", "2015-06-20", "In 2015, Washington offered $25 million for new patrol boats."), END},
   "conflict funding-amount",
   NULL},
  {"a first claimed for a kind after an instance of it",
   {DOC ("a", "2015-06-05", "He became the first U.S. secretary of defense to visit a Vietnamese military base."),
    DOC ("b", "2015-05-11",
         "In June 2012, Leon Panetta became the first United States Secretary of Defense to visit the Cam Ranh Bay "
         "since the Vietnam War."),
    END},
   "discrepancy first-time",
   NULL},
  {"one first at two dates",
   {DOC ("a", "2015-05-11",
         "In 2000, William Cohen paid a visit to Vietnam, marking the first visit of a United States Secretary of "
         "Defense to Vietnam since the war."),
    DOC ("b", "2016",
         "In 2003, Donald Rumsfeld became the first US Secretary of Defense to visit Vietnam since the war."),
    END},
   "conflict first-time",
   NULL},
  {"a narrower first after a broader one fits",
   {DOC ("a", "2015-05-11", "In November 2003, US warships visited Vietnam for the first time since the war."),
    DOC ("b", "2021-07",
         "In 2018, the Carl Vinson became the first US aircraft carrier to visit a Vietnamese port since the war."),
    END},
   "",
   NULL},
  {"always refused, yet partly lifted before",
   {DOC ("a", "2015-05-11",
         "On October 2, 2014, the United States officially announced that it would partly lift its arms export ban on "
         "Vietnam. "
         "Still, the United States has always refused to lift its arms export ban on Vietnam."),
    END},
   "self-contradiction restriction-status",
   NULL},
  {"maintained in 2016, lifted in 2016: the order cannot be told",
   {DOC ("a", "2016", "The US maintains elements of its arms embargo against Vietnam."),
    DOC ("b", "2021-07", "In 2016, the US completely lifted the arms embargo against Vietnam."), END},
   "",
   NULL},
  {"maintained two years after it was lifted",
   {DOC ("a", "2018-03-01", "The US maintains elements of its arms embargo against Vietnam."),
    DOC ("b", "2021-07", "In 2016, the US completely lifted the arms embargo against Vietnam."), END},
   "conflict restriction-status",
   NULL},
  {"lifted completely, then said to be lifted partly later",
   {DOC ("a", "2016-06-01", "The United States has completely lifted its arms embargo on Vietnam."),
    DOC ("b", "2021-07", "In 2018, the US partly lifted the arms embargo against Vietnam."), END},
   "conflict restriction-status",
   NULL},
  {"maintained elements, then partly lifted later: an upper bound allows it",
   {DOC ("a", "2013-06-01", "The US maintains elements of its arms embargo against Vietnam."),
    DOC ("b", "2021-07", "On October 2, 2014, the United States partly lifted its arms export ban on Vietnam."), END},
   "",
   NULL},
  {"one person in two offices at two times",
   {DOC ("a", "2015-05-11",
         "In October 1996, the United States Deputy Assistant Secretary of Defense, Kurt Campbell, visited Vietnam. "
         "In March 2011, Assistant Secretary of State Kurt Campbell testified before Congress."),
    END},
   "",
   NULL},
  {"two people in one office in one month",
   {DOC ("a", "2015-06-05", "In June 2015, Vietnamese Defense Minister Phung Quang Thanh met Ashton Carter."),
    DOC ("b", "2015-06-20", "In June 2015, Vietnamese Defense Minister Ngo Xuan Lich met Ashton Carter."), END},
   "conflict office-holder",
   NULL},
  {"one name spelled two ways",
   {DOC ("a", "2015-05-11",
         "On June 8, 2009, Vietnamese Deputy Foreign Minister Pham Binh Minh issued a joint statement. "
         "In October 2013, Vietnamese Foreign Minister Phan Binh Minh signed the Civil Nuclear Cooperation Agreement."),
    END},
   "variant name-variant",
   NULL},
  {"a reader comment weighs less",
   {DOC ("a", "2015-05-11",
         "In December 2006, the United States agreed to allow exports of non-lethal weapons to Vietnam."),
    DOC ("b", "2021-07", "In 2007, the US allowed the sale of non-lethal weapons to Vietnam on a case-by-case basis."),
    END},
   "conflict restriction-eased",
   NULL},
  {"a plan is not a date",
   {DOC ("a", "2015-05-11",
         "In December 2006, the United States agreed to allow exports of non-lethal weapons to Vietnam."),
    DOC ("b", "2005-01-10",
         "The United States will allow the sale of non-lethal weapons to Vietnam in 2005, officials said."),
    END},
   "",
   NULL},
  {"the nuclear MOU is another instrument",
   {DOC ("a", "2015-05-11",
         "In March 2010, the United States and Vietnam signed a Memorandum of Understanding (MoU) on nuclear "
         "cooperation."),
    DOC ("b", "2015-06-05",
         "It builds on a 2011 memorandum of understanding that set out the five areas of defense cooperation."),
    END},
   "",
   NULL},
  {"things the frame reader names one word apart are no name variants",
   {DOC ("a", "2021", "The old Narrows bridge was completed in 1931."),
    DOC ("b", "2021", "The old Calder bridge was completed in 1931."), END},
   "",
   NULL},
  {"counts of one thing named by two nouns conflict",
   {DOC ("a", "2021", "The Orrin Tower has 61 floors above ground."),
    DOC ("b", "2021", "The 57-storey Orrin Tower was designed by a local firm."), END},
   "conflict count-of",
   NULL},
  {"a participle's date is its own phrase's, not the count's",
   {DOC ("a", "2021", "Completed in 2011, the Orrin Tower has 61 floors above ground."),
    DOC ("b", "2021", "The Orrin Tower has 57 floors."), END},
   "conflict count-of",
   NULL},
  {"a date opening the sentence dates the count",
   {DOC ("a", "2021", "In 2011, the Orrin Tower had 61 floors."), DOC ("b", "2021", "The Orrin Tower has 57 floors."),
    END},
   "",
   NULL},
  {"a fact box's dated count and an undated one, with nothing else dated, are one fact",
   {DOC ("a", NULL, "Tarsby Mills\n\nTarsby Mills is a paper mill. The mill has about 600 employees."),
    DOC ("b", NULL, "Tarsby Mills\n\nNumber of employees\t810 (2020)"), END},
   "conflict count-of",
   NULL},
  {"an undated count between counts of two years may be either's",
   {DOC ("a", NULL, "Tarsby Mills\n\nTarsby Mills is a paper mill. The mill has about 600 employees."),
    DOC ("b", NULL, "Tarsby Mills\n\nNumber of employees\t810 (2020)"),
    DOC ("c", NULL, "Tarsby Mills\n\nNumber of employees\t420 (2012)"), END},
   "",
   NULL},
  {"a first after an earlier occasion of its kind",
   {DOC ("a", NULL,
         "Harbour Lights Trust\n\nThe first lantern parade of the Harbour Lights Trust took place in October 2004."),
    DOC ("b", NULL, "Harbour Lights Trust\n\nIn 2002, volunteers organized lantern parades in six towns."), END},
   "conflict first-occasion",
   NULL},
  {"occasions after the first fit it",
   {DOC ("a", NULL,
         "Harbour Lights Trust\n\nThe first lantern parade of the Harbour Lights Trust took place in October 2004."),
    DOC ("b", NULL, "Harbour Lights Trust\n\nIn 2009, volunteers organized lantern parades in six towns."), END},
   "",
   NULL},
  {"occasions of one kind at two dates are two occasions",
   {DOC ("a", NULL, "Harbour Lights Trust\n\nIn 2009, volunteers organized lantern parades in six towns."),
    DOC ("b", NULL, "Harbour Lights Trust\n\nIn 2012, the trust held a lantern parade in Dunmore."), END},
   "",
   NULL},
  {"two sources on one election's vote share conflict",
   {DOC ("a", NULL,
         "Maren Holt\n\nMaren Holt is a Danish politician. She was re-elected in 2011 with 61.5% of the vote."),
    DOC ("b", NULL, "Maren Holt\n\nHolt won a second term in the 2011 election, taking 55 per cent of the votes cast."),
    END},
   "conflict share-of",
   NULL},
  {"vote shares of two elections are two facts",
   {DOC ("a", NULL,
         "Maren Holt\n\nMaren Holt is a Danish politician. She was elected in 2007 with 48% of the vote "
         "and re-elected in 2011 with 61.5% of the vote."),
    DOC ("b", NULL,
         "Maren Holt\n\nHolt won a second term in the 2011 election, taking 61.5 per cent of the votes cast."),
    END},
   "",
   NULL},
  {"one species described in two years",
   {DOC ("a", NULL, "Anolis kelli\n\nAnolis kelli is a species of lizard. It was first described by Ada Kell in 1911."),
    DOC ("b", NULL,
         "Anolis kelli\n\nAnolis kelli is a lizard of Hispaniola. It was first described by the naturalist Ada Kell in "
         "1913."),
    END},
   "conflict event-date",
   NULL},
  {"a person quoted on one topic, spelled two ways",
   {DOC ("a", NULL,
         "Harbour Lights Trust\n\nThe trust was founded in 1998. \"We walk for the boats,\" said Mara Quillander, a "
         "founder."),
    DOC ("b", NULL,
         "Harbour Lights Trust\n\nThe trust was founded in 1998. \"It began with six lanterns,\" recalls Mara "
         "Quillender."),
    END},
   "variant name-variant",
   NULL},
  {"short surnames a letter apart are two people",
   {DOC (
      "a", NULL,
      "Harbour Lights Trust\n\nThe trust was founded in 1998. \"We walk for the boats,\" said Daniel Hall, a founder."),
    DOC ("b", NULL,
         "Harbour Lights Trust\n\nThe trust was founded in 1998. \"It began with six lanterns,\" recalls Daniel Hill."),
    END},
   "",
   NULL},
  {"a length does not change: stories a year apart that give two conflict",
   {DOC ("a", "2019-09-02", "Line 4\n\nLine 4 opened on Sunday. The line is 11.4 kilometres long."),
    DOC ("b", "2020-09-01", "Line 4\n\nA year after it opened, the 14.1-kilometre line carries 31,000 passengers a day."),
    END},
   "conflict measure-length",
   NULL},
  {"a population changes: stories two years apart that give two do not conflict",
   {DOC ("a", "2019-09-02", "Tarsby\n\nTarsby is a town. The town has a population of 12,000."),
    DOC ("b", "2021-09-01", "Tarsby\n\nTarsby is a town. The town has a population of 14,500."), END},
   "",
   NULL},
  {"a person's age in two stories of one year: 34 and 43 conflict",
   {DOC ("a", "2024-02-10", "Ivo Sandell\n\nSurgeons gave Ivo Sandell, 34, a new hand. Sandell is an electrician."),
    DOC ("b", "2024-08-01", "Ivo Sandell\n\nIvo Sandell, 43, went back to work. Sandell is an electrician."), END},
   "conflict person-age",
   NULL},
  {"a person's age in two stories of one year: 34 and 35 may both be true",
   {DOC ("a", "2024-02-10", "Ivo Sandell\n\nSurgeons gave Ivo Sandell, 34, a new hand. Sandell is an electrician."),
    DOC ("b", "2024-08-01", "Ivo Sandell\n\nIvo Sandell, 35, went back to work. Sandell is an electrician."), END},
   "",
   NULL},
  {"two sources on a thing's opening day conflict, whatever the thing",
   {DOC ("a", "2021", "The Harran Viaduct was opened to traffic on 12 June 1961."),
    DOC ("b", "2021", "The Harran Viaduct opened to traffic on 19 June 1961."), END},
   "conflict event-date",
   NULL},
};

static void
test_scenario (void **state)
{
  const Scenario *s = *state;
  ContraClaimSet *claims = NULL;
  ContraReport *report = fixture_report (s->documents, FALSE, &claims);
  g_autofree char *summary = fixture_summary (report);

  if (!g_str_equal (summary, s->findings))
    {
      fprintf (stderr, "%s\n  expected: %s\n  got:      %s\n", s->name, s->findings, summary);
      for (guint i = 0; i < report->findings->len; i++)
        fprintf (stderr, "  - %s\n", ((ContraFinding *) g_ptr_array_index (report->findings, i))->message);
      for (guint i = 0; i < claims->claims->len; i++)
        {
          g_autofree char *line = contra_claim_summary (g_ptr_array_index (claims->claims, i));
          fprintf (stderr, "  claim: %s\n", line);
        }
    }
  assert_string_equal (summary, s->findings);

  if (s->corroborated != NULL)
    {
      gboolean found = FALSE;
      for (guint i = 0; i < report->corroborations->len && !found; i++)
        found = g_str_equal (((ContraCorroboration *) g_ptr_array_index (report->corroborations, i))->topic,
                             s->corroborated);
      assert_true (found);
    }
  contra_report_free (report);
  contra_claim_set_free (claims);
}

/* A reader comment against an article is a note, not a warning. */
static void
test_comment_weighs_less (void **state)
{
  (void) state;
  const char *text = "In December 2006, the United States agreed to allow exports of non-lethal weapons to Vietnam.";
  FixtureDocument documents[] = {DOC ("a", "2015-05-11", text), END};
  g_autoptr (ContraClaimSet) claims = fixture_claims (documents);
  g_autoptr (ContraClaimSet) more = fixture_claims ((FixtureDocument[]){
      DOC ("b", "2014-08-14", "In 2007, the US allowed the sale of non-lethal weapons to Vietnam on a case-by-case basis."), END});

  /* Move b's claim into the set as a commenter's. */
  ContraClaim *claim = g_ptr_array_steal_index (more->claims, 0);
  g_ptr_array_add (claims->sources, g_ptr_array_steal_index (more->sources, 0));
  claim->source = claims->sources->len - 1;
  claim->section = CONTRA_SECTION_COMMENT;
  claim->section_author = g_intern_static_string ("a reader");
  g_ptr_array_add (claims->claims, claim);

  ContraReconcileOptions options = {FALSE, NULL, NULL};
  g_autoptr (ContraReport) report = contra_reconcile (claims, fixture_rules (), &options);
  const ContraFinding *finding = fixture_find (report, CONTRA_FINDING_CONFLICT, "restriction-eased");
  assert_non_null (finding);
  assert_int_equal (finding->severity, CONTRA_SEVERITY_NOTE);
  assert_non_null (strstr (finding->message, "reader comment"));
}

/* A draft's partial claim ("a memorandum of understanding", no domain) is linked to
 * the corpus's instrument its list matches, and its wrong date is reported. */
static void
test_partial_draft_claim (void **state)
{
  (void) state;
  FixtureDocument documents[] = {
    DOC ("a", "2015-06-05", "It builds on a 2011 memorandum of understanding that set out the five areas of defense cooperation: "
                            "high-level dialogues; maritime security; search and rescue; humanitarian assistance and disaster relief, and peacekeeping."),
    DOC ("b", "2015-05-11", "In March 2010, the United States and Vietnam signed a Memorandum of Understanding (MoU) on nuclear cooperation."),
    {"draft", "2020-01-01", "A memorandum of understanding signed in 2009 set out five areas of cooperation: maritime security, search "
                            "and rescue, peacekeeping, humanitarian assistance and disaster relief, and high-level dialogues.", TRUE},
    END,
  };
  ContraClaimSet *claims = NULL;
  g_autoptr (ContraReport) report = fixture_report (documents, TRUE, &claims);
  const ContraFinding *finding = fixture_find (report, -1, "instrument-signed");

  assert_non_null (finding);
  assert_true (finding->severity >= CONTRA_SEVERITY_WARNING);
  assert_string_equal (finding->subject, "instrument/mou+domain/defense");
  contra_claim_set_free (claims);
}

/* A list changes within its field: the 2011 defense memorandum's areas lead to the
 * 2015 defense vision statement's, and the 2003 counternarcotics letter's lead to
 * neither. */
static void
test_list_changes_within_a_field (void **state)
{
  (void) state;
  FixtureDocument documents[] = {
    DOC ("a", "2016", "In 2003, the two countries signed a Counternarcotics Letter of Agreement that set out three areas of "
                      "cooperation: training, intelligence sharing and border security."),
    DOC ("b", "2016", "In 2011, the two countries signed a memorandum of understanding on defense cooperation that set out "
                      "three areas of cooperation: maritime security, search and rescue and peacekeeping."),
    DOC ("c", "2016", "In 2015, the two countries signed a Joint Vision Statement on defense relations that set out four "
                      "areas of cooperation: maritime security, search and rescue, peacekeeping and training."),
    END,
  };
  ContraClaimSet *claims = NULL;
  g_autoptr (ContraReport) report = fixture_report (documents, FALSE, &claims);
  guint changes = 0;

  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *f = g_ptr_array_index (report->findings, i);
      if (f->kind != CONTRA_FINDING_CHANGE)
        continue;
      changes++;
      assert_non_null (strstr (f->message, "memorandum of understanding"));
      assert_non_null (strstr (f->message, "vision statement"));
      assert_non_null (strstr (f->message, "added training"));
    }
  assert_int_equal (changes, 1);
  g_clear_pointer (&report, contra_report_free);
  contra_claim_set_free (claims);
}

/* Two dates of one event: one inside the other agree; two that share only some days
 * are a note, neither a corroboration nor a conflict. Each document states its
 * reference (publication) date. */
typedef struct {
  const char *name;
  FixtureDocument documents[3];
  ContraSeverity severity;  /* of the event-date finding; NONE: no finding */
  gboolean corroborated;
  gboolean lint;            /* the last document is a draft */
} OverlapCase;

static const OverlapCase overlap_cases[] = {
  {"late 2019 holds November 2019",
   {DOC ("a", "2021", "The Harran Viaduct opened to traffic in late 2019."),
    DOC ("b", "2021", "The Harran Viaduct opened to traffic in November 2019."), END},
   CONTRA_SEVERITY_NONE, TRUE, FALSE},
  {"late 2019 is its last quarter, not September",
   {DOC ("a", "2021", "The Harran Viaduct opened to traffic in late 2019."),
    DOC ("b", "2021", "The Harran Viaduct opened to traffic in September 2019."), END},
   CONTRA_SEVERITY_WARNING, FALSE, FALSE},
  {"2019 and the winter of 2019 overlap in part",
   {DOC ("a", "2021", "The Harran Viaduct opened to traffic in 2019."),
    DOC ("b", "2021", "The Harran Viaduct opened to traffic in winter 2019."), END},
   CONTRA_SEVERITY_NOTE, FALSE, FALSE},
  {"a draft's winter 2019 against the sources' 2019",
   {DOC ("a", "2021", "The Harran Viaduct opened to traffic in 2019."),
    {"draft", "2021", "The Harran Viaduct opened to traffic in winter 2019.", TRUE}, END},
   CONTRA_SEVERITY_NOTE, FALSE, TRUE},
  {"a draft's November 2019 against the sources' late 2019",
   {DOC ("a", "2021", "The Harran Viaduct opened to traffic in late 2019."),
    {"draft", "2021", "The Harran Viaduct opened to traffic in November 2019.", TRUE}, END},
   CONTRA_SEVERITY_NONE, TRUE, TRUE},
};

static void
test_date_overlap (void **state)
{
  const OverlapCase *c = *state;
  ContraClaimSet *claims = NULL;
  ContraReport *report = fixture_report (c->documents, c->lint, &claims);
  const ContraFinding *finding = fixture_find (report, -1, "event-date");
  gboolean corroborated = FALSE;

  for (guint i = 0; i < report->corroborations->len; i++)
    corroborated |= g_str_equal (((ContraCorroboration *) g_ptr_array_index (report->corroborations, i))->rule,
                                 "event-date");
  if (finding != NULL)
    fprintf (stderr, "%s: %s\n", c->name, finding->message);
  assert_int_equal (finding != NULL ? finding->severity : CONTRA_SEVERITY_NONE, c->severity);
  assert_int_equal (corroborated, c->corroborated);
  contra_report_free (report);
  contra_claim_set_free (claims);
}

int
main (void)
{
  g_autoptr (GArray) tests = g_array_new (FALSE, FALSE, sizeof (struct CMUnitTest));

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      struct CMUnitTest t = {scenarios[i].name, test_scenario, NULL, NULL, (void *) &scenarios[i]};
      g_array_append_val (tests, t);
    }
  for (guint i = 0; i < G_N_ELEMENTS (overlap_cases); i++)
    {
      struct CMUnitTest t = {overlap_cases[i].name, test_date_overlap, NULL, NULL, (void *) &overlap_cases[i]};
      g_array_append_val (tests, t);
    }
  struct CMUnitTest extra[] = {
    cmocka_unit_test (test_comment_weighs_less),
    cmocka_unit_test (test_partial_draft_claim),
    cmocka_unit_test (test_list_changes_within_a_field),
  };
  g_array_append_vals (tests, extra, G_N_ELEMENTS (extra));
  return _cmocka_run_group_tests ("reconciler", (struct CMUnitTest *) tests->data, tests->len, NULL, NULL);
}
