/* render.h — pieces the human-readable writers share (text, markdown, github). */
#pragma once

#include <glib.h>

#include "output/escape.h"
#include "reconcile/finding.h"

G_BEGIN_DECLS

/* @text as valid UTF-8, cut to @width characters with "…" (0: whole). Free with g_free(). */
char *contra_render_shorten (const char *text, guint width);

/* The claim's sentence with its value marked between @open and @close, shortened
 * around the mark to about @width characters (0: whole), its text passed through
 * @escape (the marks are not). Free with g_free(). */
char *contra_render_quote (const ContraClaim *claim, const char *open, const char *close, guint width,
                           ContraEscapeFunc escape);

/* What these return is the input's text as it is: a writer escapes it for its format
 * (output/escape.h). */

/* "corpus/004_....txt:46:1" for a claim. Free with g_free(). */
char *contra_render_location (const ContraReport *report, const ContraClaim *claim);

/* The claim in a finding that the finding is reported at: in lint, the draft's claim;
 * otherwise the first claim of the first side. */
const ContraClaim *contra_render_anchor (const ContraReport *report, const ContraFinding *finding);

/* The ids of the sources that state a corroborated fact, each once, sorted
 * ("000, 002, 004"), drafts left out; the first draft claim among them, if any, in
 * @draft. Free with g_free(). */
char *contra_render_corroborators (const ContraReport *report, const ContraCorroboration *corroboration,
                                   const ContraClaim **draft);

/* Line @line (1-based) of @text, without its line break. Free with g_free(). */
char *contra_render_line (const char *text, guint line);

/* The findings grouped by rule, in order of first appearance: an array of GPtrArray
 * of const ContraFinding*, only those the options show. */
GPtrArray *contra_render_by_rule (const ContraReport *report, gboolean (*shows) (gconstpointer, const ContraFinding *),
                                  gconstpointer data);

/* The rule's description, or its id. Static or owned by the rule set. */
const char *contra_render_rule_title (const ContraReport *report, const char *rule);

G_END_DECLS
