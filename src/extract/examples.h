/* examples.h — running the examples rules carry, as LanguageTool and Duckling do.
 *
 * Each example is a sentence and the claims its rule must yield from it, written as
 * "subject attribute value" (the value in its normalised form); each counterexample
 * must yield none. The example text is read as a one-paragraph document published on
 * the example's date (default 2020-06-15), and only the example's rule runs on it.
 */
#pragma once

#include <glib.h>

#include "rules/ruleset.h"

G_BEGIN_DECLS

#define CONTRA_EXAMPLE_DEFAULT_DATE "2020-06-15"

/* Runs every example of every rule (or of the rules whose id starts with @only, when
 * not NULL). Appends a report of each failure (file:line:col, the text, what was
 * expected and what came) to @report. Returns TRUE when all hold. */
gboolean contra_examples_run (const ContraRuleSet *set,
                              const char *only,
                              GString *report,
                              guint *n_passed,
                              guint *n_failed);

G_END_DECLS
