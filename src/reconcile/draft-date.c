/* draft-date.c — the date lint takes for a draft that gives none (draft-date.h). */
#include "reconcile/draft-date.h"

ContraDate
contra_claim_set_latest_published (const ContraClaimSet *set)
{
  ContraDate latest = CONTRA_DATE_INIT;

  for (guint i = 0; i < set->sources->len; i++)
    {
      const ContraSource *source = g_ptr_array_index (set->sources, i);
      if (contra_date_is_set (&source->published)
          && (!contra_date_is_set (&latest) || source->published.last > latest.last))
        latest = source->published;
    }
  return latest;
}

void
contra_draft_date_undated (ContraDocument *draft, const ContraDate *latest)
{
  if (!contra_date_is_set (&draft->published))
    draft->published = *latest;
}
