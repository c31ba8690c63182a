/* fixture.h — small corpora written in a test, run through the real pipeline.
 *
 * A test lists documents as text with an id and a publication date; the fixture
 * segments them, extracts their claims with the project's rules/ folder, and hands
 * back the claim set, so that a test reads as "these sentences, this finding". */
#pragma once

#include <glib.h>

#include "extract/batch.h"
#include "reconcile/finding.h"
#include "rules/ruleset.h"

typedef struct {
  const char *id;
  const char *published;   /* "2015-06-05", "2016"; NULL: undated */
  const char *text;
  gboolean draft;          /* a draft under lint */
} FixtureDocument;

/* The rules of the source tree, loaded once per test program. */
const ContraRuleSet *fixture_rules (void);

/* Extracts the documents (NULL-id terminated) into a new claim set. */
ContraClaimSet *fixture_claims (const FixtureDocument *documents);

/* Extracts and reconciles; @lint checks the draft documents against the others. */
ContraReport *fixture_report (const FixtureDocument *documents, gboolean lint, ContraClaimSet **claims);

/* The first finding of @kind (or of any kind when @kind < 0) whose rule is @rule (any
 * when NULL), or NULL. */
const ContraFinding *fixture_find (const ContraReport *report, int kind, const char *rule);

/* All findings at warning or above, as "kind rule" lines joined by "\n". */
char *fixture_summary (const ContraReport *report);
