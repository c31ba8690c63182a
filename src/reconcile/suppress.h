/* suppress.h — inline suppressions in a draft under lint.
 *
 * A draft silences findings with HTML comments, as markdownlint and ESLint do:
 *
 *   <!-- contra-disable-next-line RULE... -->   the next non-blank line
 *   <!-- contra-disable RULE... -->             from here ...
 *   <!-- contra-enable RULE... -->              ... to here (or to the end of the draft)
 *
 * RULE is one or more rule ids separated by spaces or commas; none means every rule.
 * Text after " -- " is a reason for the reader and is ignored. A comment in front
 * matter, in fenced or indented code, or inside a code span is not a directive.
 *
 * Suppression works on lines: a finding is suppressed when one of its claims from
 * the draft has a line on which its rule is suppressed. (Not only the claim the
 * finding is shown at: a finding can hold two claims of the draft, one that agrees
 * with the sources and one that does not, and the comment belongs above the one
 * the editor knows to be in question.) A suppression that silenced
 * nothing is reported as a note ("unused-suppression"), an unknown rule id or an
 * unknown contra-… directive as a warning ("unknown-rule", "unknown-directive"), at
 * the comment's line and column.
 *
 * Limits: "next line" is a line, not a sentence: for a claim that starts on the
 * second line of a hard-wrapped paragraph, put contra-disable … contra-enable around
 * the paragraph. contra-enable RULE ends only the ranges that named RULE, and a bare
 * contra-enable ends them all; a range opened for every rule cannot have one rule
 * switched back on inside it.
 */
#pragma once

#include <glib.h>

#include "reconcile/finding.h"
#include "reconcile/reconciler.h"
#include "text/document.h"

G_BEGIN_DECLS

/* The ids of the findings suppressions themselves produce. */
#define CONTRA_RULE_UNUSED_SUPPRESSION "unused-suppression"
#define CONTRA_RULE_UNKNOWN_RULE "unknown-rule"
#define CONTRA_RULE_UNKNOWN_DIRECTIVE "unknown-directive"

typedef enum {
  CONTRA_DIRECTIVE_DISABLE_NEXT_LINE,
  CONTRA_DIRECTIVE_DISABLE,
  CONTRA_DIRECTIVE_ENABLE,
  CONTRA_DIRECTIVE_UNKNOWN,   /* "contra-" followed by something else */
} ContraDirectiveKind;

/* "contra-disable-next-line", "contra-disable", "contra-enable". Static string. */
const char *contra_directive_name (ContraDirectiveKind kind);

typedef struct _ContraSuppressions ContraSuppressions;

/* Finds the directives in @document (loaded; it need not be segmented). Returns the
 * draft's suppressions; free with contra_suppressions_free(). */
ContraSuppressions *contra_suppressions_scan (ContraDocument *document);

void contra_suppressions_free (ContraSuppressions *suppressions);

/* The number of directives found (unknown ones included). */
guint contra_suppressions_count (const ContraSuppressions *suppressions);

/* TRUE when @rule is suppressed on a line of [@first_line, @last_line]; every
 * suppression that matches is marked used. */
gboolean contra_suppressions_match (ContraSuppressions *suppressions,
                                    const char *rule,
                                    guint first_line,
                                    guint last_line);

/* Appends to @findings (ContraFinding*) a warning for each unknown directive and each
 * rule id not in @known (NULL-terminated; NULL: every id is taken as known), and a
 * note for each suppression that matched nothing. Unused suppressions of the rules in
 * @options->disabled are not reported: the configuration switched those rules off.
 * @options may be NULL; its severity overrides apply to these findings too. */
void contra_suppressions_report (const ContraSuppressions *suppressions,
                                 const char *const *known,
                                 const ContraReconcileOptions *options,
                                 GPtrArray *findings);

/* The lint step: removes from @report the findings with a claim from a draft on a
 * line that the draft's suppressions (@by_path: draft path -> ContraSuppressions*)
 * silence for the finding's rule, then adds the findings about the suppressions
 * themselves, checking rule ids against @report's rule set, and sorts the report
 * again. Returns the number of findings suppressed. */
guint contra_suppress_report (ContraReport *report,
                              GHashTable *by_path,
                              const ContraReconcileOptions *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraSuppressions, contra_suppressions_free)

G_END_DECLS
