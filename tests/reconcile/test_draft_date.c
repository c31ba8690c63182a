/* test_draft_date.c — the date lint takes for a draft that gives none: the latest of
 * its sources' dates; a dated draft keeps its own. One row per case. */
#include "../text/table.h"

#include <string.h>

#include "normalize/date.h"
#include "reconcile/draft-date.h"

typedef struct {
  const char *name;
  const char *sources[4]; /* publication dates, "" for an undated source; NULL ends */
  const char *draft;      /* the draft's own date, or NULL */
  const char *expect;     /* the draft's date afterwards (contra_date_format), or NULL */
} Row;

static const Row rows[] = {
  {"undated draft takes the latest source's date", {"2014-03-01", "2016-05-02", "2015", NULL}, NULL, "2016-05-02"},
  {"latest by last day: a year ends after a day in it", {"2016-05-02", "2016", NULL}, NULL, "2016"},
  {"undated sources are passed over", {"", "2012-07", "", NULL}, NULL, "2012-07"},
  {"no dated source leaves the draft undated", {"", NULL}, NULL, NULL},
  {"a dated draft keeps its own date", {"2016-05-02", NULL}, "2010-01-01", "2010-01-01"},
};

static void
test_row (void **state)
{
  const Row *row = *state;
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  for (guint i = 0; row->sources[i] != NULL; i++)
    {
      ContraSource *source = g_new0 (ContraSource, 1);
      source->id = g_strdup_printf ("s%u", i);
      source->published = (ContraDate) CONTRA_DATE_INIT;
      if (row->sources[i][0] != '\0')
        assert_true (contra_date_parse (row->sources[i], &source->published));
      g_ptr_array_add (set->sources, source);
    }

  const char *text = "The draft says nothing of its date.\n";
  g_autoptr (ContraDocument) draft
    = contra_document_new_from_bytes ("draft.md", text, strlen (text), CONTRA_FORMAT_MARKDOWN, NULL);
  assert_non_null (draft);
  if (row->draft != NULL)
    assert_true (contra_date_parse (row->draft, &draft->published));

  ContraDate latest = contra_claim_set_latest_published (set);
  contra_draft_date_undated (draft, &latest);

  if (row->expect == NULL)
    assert_false (contra_date_is_set (&draft->published));
  else
    {
      g_autofree char *got = contra_date_format (&draft->published);
      assert_string_equal (got, row->expect);
    }
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();

  TABLE_ADD (tests, "draft-date", test_row, rows);
  return table_run ("draft-date", tests);
}
