/* draft-date.h — the date lint takes for a draft that gives none.
 *
 * A draft that gives no date is taken as written after its sources: its statements
 * of the present hold after every step the sources date.
 */
#pragma once

#include <glib.h>

#include "extract/batch.h"
#include "text/document.h"

G_BEGIN_DECLS

/* The latest publication date of @set's sources (by last day); unset when none is
 * dated. Take it before the drafts are extracted into @set, so that a draft's own
 * date does not date another. */
ContraDate contra_claim_set_latest_published (const ContraClaimSet *set);

/* Gives @draft the date @latest (from contra_claim_set_latest_published()) when it
 * has none; a dated draft keeps its own. */
void contra_draft_date_undated (ContraDocument *draft, const ContraDate *latest);

G_END_DECLS
