/* finding.h — what the reconciler reports: findings, corroborations, timelines.
 *
 * A finding groups the claims that disagree, in sides: the claims of one side agree
 * with each other and disagree with some other side. It carries a kind, a severity,
 * the rule, the subject and attribute it is about, and a message in an editor's words.
 * Findings borrow their claims from the claim set, which must outlive the report.
 */
#pragma once

#include <glib.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "extract/batch.h"
#include "extract/claim.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_FINDING_CONFLICT,            /* different sources state incompatible values */
  CONTRA_FINDING_DISCREPANCY,         /* different in a way to look at; both may be true */
  CONTRA_FINDING_SELF_CONTRADICTION,  /* one document disagrees with itself */
  CONTRA_FINDING_VARIANT,             /* one name spelled two ways */
  CONTRA_FINDING_CHANGE,              /* a list that changed over time (a note) */
  CONTRA_FINDING_SUPPRESSION,         /* lint: a suppression comment that matched nothing */
} ContraFindingKind;

const char *contra_finding_kind_name (ContraFindingKind kind);

/* Checks that are not rules of a pack but the reconciler's own; their ids can be
 * given severities, switched off and suppressed like any rule's. */
#define CONTRA_RULE_NAME_VARIANT "name-variant"

/* What a built-in check looks for, for headings; NULL for a pack's rule. */
const char *contra_builtin_rule_description (const char *rule);

typedef struct {
  ContraFindingKind kind;
  ContraSeverity severity;
  const char *rule;          /* interned rule id */
  const char *subject;       /* interned; may be NULL */
  const char *attribute;     /* interned; may be NULL */
  char *message;
  GPtrArray *claims;         /* const ContraClaim*, borrowed, side by side */
  GArray *sides;             /* guint: the side of each claim */
  gboolean contested;        /* lint: the sources disagree among themselves on it */
  gboolean weak;             /* involves a reader comment, a plan or a hedge */
  /* lint suppression findings have no claims: their place is here */
  const char *path;
  guint line;
  guint column;
  GHashTable *added;         /* the claims, once there are many: a set for add() */
} ContraFinding;

/* A finding of @kind by @rule (interned here; NULL: none) about @subject and
 * @attribute (interned already, or NULL), a warning until the pass rates it, with no
 * claims yet. Every finding is made here: the passes, lint's suppressions. */
ContraFinding *contra_finding_new (ContraFindingKind kind, const char *rule, const char *subject,
                                   const char *attribute);
void contra_finding_free (ContraFinding *finding);
/* Adds @claim on @side, unless the finding has it already. */
void contra_finding_add (ContraFinding *finding, const ContraClaim *claim, guint side);

typedef struct {
  const char *rule;
  const char *subject;
  const char *attribute;
  char *topic;
  char *value;               /* normalised: the finest of the agreeing values */
  char *text;                /* as an editor reads it */
  GPtrArray *claims;         /* const ContraClaim*, borrowed */
  guint n_sources;           /* independent sources (reader comments not counted) */
} ContraCorroboration;

void contra_corroboration_free (ContraCorroboration *corroboration);

typedef struct {
  ContraDate date;           /* when the step happened (the finest date agreed) */
  char *label;               /* what happened */
  GPtrArray *claims;         /* const ContraClaim*, borrowed */
  gboolean contested;        /* the sources disagree on it */
  gboolean status;           /* a statement of status rather than a step */
  const char *subject;       /* lists: the instrument (interned); NULL otherwise */
} ContraTimelineEntry;

typedef struct {
  const ContraView *view;
  GPtrArray *entries;        /* ContraTimelineEntry*, in date order */
} ContraTimeline;

void contra_timeline_free (ContraTimeline *timeline);

typedef struct {
  const ContraClaimSet *claims;   /* borrowed */
  const ContraRuleSet *rules;     /* borrowed */
  GPtrArray *findings;            /* ContraFinding* */
  GPtrArray *corroborations;      /* ContraCorroboration* */
  GPtrArray *timelines;           /* ContraTimeline* */
  gboolean lint;                  /* a draft check rather than a corpus report */
  guint64 n_claims;               /* the claims checked against: those of @claims, or
                                     more when a lint read from the index only those a
                                     draft can meet */
} ContraReport;

ContraReport *contra_report_new (const ContraClaimSet *claims, const ContraRuleSet *rules);
void contra_report_free (ContraReport *report);

/* Sorts findings (by their first claim's source and position, then rule and subject)
 * and corroborations (by subject) so that output is the same on every run. */
void contra_report_sort (ContraReport *report);

/* What contra_report_sort() orders findings by, borrowed from @finding: its first
 * claim's source and offset (in lint, its first draft claim's), else its place; then
 * rule, subject, attribute and message. A report made in parts (cli/report-claims.c)
 * merges its findings by the same order. */
typedef struct {
  gboolean has_claim;
  guint32 source;
  guint32 start;
  guint line; /* with @path */
  const char *path;
  const char *rule;
  const char *subject;
  const char *attribute;
  const char *message;
} ContraFindingKey;

void contra_finding_key (const ContraReport *report, const ContraFinding *finding, ContraFindingKey *key);
int contra_finding_key_compare (const ContraFindingKey *x, const ContraFindingKey *y);

/* The order of a report's corroborations (not lint's): subject, attribute, value. */
int contra_corroboration_key_compare (const char *subject_x, const char *attribute_x, const char *value_x,
                                      const char *subject_y, const char *attribute_y, const char *value_y);

/* The number of findings of @severity. */
guint contra_report_count (const ContraReport *report, ContraSeverity severity);

/* Is @finding shown by output that leaves out what is below @min_severity? Every
 * writer filters with it, and the exit status counts only what it lets through. */
gboolean contra_finding_shown (const ContraFinding *finding, ContraSeverity min_severity);

/* The exit status of a run that wrote @report, one rule for every command
 * (DESIGN.md, Command line): CONTRA_EXIT_ERROR when a document of the claim set was
 * skipped (the run is incomplete, whatever it found); else CONTRA_EXIT_FINDINGS
 * when a finding shown at @min_severity is at or above @fail_on (NONE: never);
 * else CONTRA_EXIT_OK. Findings the configuration disabled or a draft suppressed
 * are no longer in @report, so they never count. */
ContraExit contra_report_exit_status (const ContraReport *report, ContraSeverity min_severity, ContraSeverity fail_on);

/* The source of a claim. */
const ContraSource *contra_report_source (const ContraReport *report, const ContraClaim *claim);

/* "004, line 46": a claim's place as messages give it. Free with g_free(). */
char *contra_claim_place (const ContraReport *report, const ContraClaim *claim);

/* The claim's sentence shortened to about @width characters around its value. Free
 * with g_free(). */
char *contra_claim_snippet (const ContraClaim *claim, guint width);

/* A claim's value as an editor reads it: "December 2006", "corvette", "18 million
 * USD", "high-level dialogues; maritime security; ...". Free with g_free(). */
char *contra_claim_describe (const ContraClaim *claim);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraReport, contra_report_free)

G_END_DECLS
