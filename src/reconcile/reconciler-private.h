/* reconciler-private.h — what the reconciler's passes share (src/reconcile only).
 *
 * reconciler.c groups the claims and runs the passes in order; each pass is a file:
 * values.c (3), firsts.c (4), statuses.c (5), counts.c (6), variants.c (7), views.c
 * (8); rating.c holds what they all ask before they make a finding. See reconciler.c
 * for the algorithm as a whole.
 */
#pragma once

#include <glib.h>

#include "reconcile/compare.h"
#include "reconcile/reconciler.h"

G_BEGIN_DECLS

typedef struct {
  const char *subject;
  const char *attribute;
  GPtrArray *claims;        /* ContraClaim*, borrowed */
  gboolean contested;       /* a finding was made on it */
} Group;

typedef struct {
  char *key;                /* the normalised value */
  GPtrArray *claims;
} Class;

typedef struct {
  const ContraClaimSet *set;
  const ContraRuleSet *rules;
  const ContraLexicon *lexicon;
  const ContraReconcileOptions *options;
  ContraReport *report;
  GHashTable *groups;       /* Group*, by subject and attribute (group_hash()) */
  GPtrArray *group_list;    /* Group*, in order of creation */
  GHashTable *subjects_by_head; /* head concept id -> GPtrArray of subject (interned) */
  GHashTable *subjects_seen; /* the subjects in subjects_by_head */
  GHashTable *attributes_by_subject; /* subject -> GPtrArray of Group* */
  GPtrArray *firsts;        /* ContraClaim* */
  GPtrArray *statuses;      /* ContraClaim* with a status */
  GHashTable *listed_frames; /* frames (source << 32 | frame) that hold a list */
  GHashTable *merged_names;  /* a person's slug -> the slug of their merged name (names.c);
                               absent when it stays as it is */
  GHashTable *merged_subjects; /* subject -> the subject under its person's merged name */
} Reconciler;

static inline const ContraSource *
source_of (const Reconciler *r, const ContraClaim *claim)
{
  return g_ptr_array_index (r->set->sources, claim->source);
}

static inline gboolean
is_draft (const Reconciler *r, const ContraClaim *claim)
{
  return source_of (r, claim)->is_draft;
}

/* The hash of a key (source << 32 | number): a rule match's or a sentence's place.
 * g_int64_hash() folds the halves together (source ^ number), which collide by the
 * thousand once an archive has many sources: a multiplier mixes them. */
static inline guint
place_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *) key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (v >> 32);
}

/* TRUE when @claim states its value as a fact: not denied, planned or possible. */
static inline gboolean
is_stated (const ContraClaim *claim)
{
  return claim->polarity == CONTRA_POLARITY_ASSERTED && claim->modality != CONTRA_MODALITY_PLAN
         && claim->modality != CONTRA_MODALITY_POSSIBLE;
}

/* A claim that weighs less: a reader comment, a plan, a possibility. */
static inline gboolean
is_weak (const ContraClaim *claim)
{
  return claim->section == CONTRA_SECTION_COMMENT || claim->modality == CONTRA_MODALITY_PLAN
         || claim->modality == CONTRA_MODALITY_POSSIBLE;
}

static inline ContraCompare
compare_mode (const ContraClaim *claim)
{
  if (claim->compare != CONTRA_COMPARE_DEFAULT)
    return claim->compare;
  switch (claim->kind)
    {
    case CONTRA_RULE_EVENT:
    case CONTRA_RULE_FIRST:
      return CONTRA_COMPARE_UNIQUE;
    case CONTRA_RULE_STATUS:
      return CONTRA_COMPARE_NEVER;
    case CONTRA_RULE_OCCURRENCE:
    case CONTRA_RULE_MEASURE:
    case CONTRA_RULE_OFFICE:
      return CONTRA_COMPARE_AT_TIME;
    }
  return CONTRA_COMPARE_UNIQUE;
}

static inline char *
describe (const ContraClaim *claim)
{
  return contra_claim_describe (claim);
}

/* rating.c: what the passes ask before they make a finding. */
ContraSeverity contra_rc_severity_for (const Reconciler *r, const char *rule, ContraSeverity rule_severity,
                                       ContraFindingKind kind, gboolean weak);
char *contra_rc_topic_of (const ContraClaim *claim);
/* "2011 (000, line 19; 001, line 17)": the first claim's value and where all are. */
char *contra_rc_side_text (const Reconciler *r, GPtrArray *claims);
gboolean contra_rc_rule_disabled (const Reconciler *r, const char *rule);

/* statuses.c: how a claim bears on a status. */
typedef enum { STATUS_EVENT, STATUS_STATE, STATUS_NEVER, STATUS_NOT_YET } StatusRole;
StatusRole contra_rc_status_role (const ContraClaim *claim);

/* views.c: is @claim on @view's timeline (its head and attribute)? */
gboolean contra_rc_in_view (const ContraView *view, const ContraClaim *claim);

/* The passes, in the order reconciler.c runs them. */
void contra_rc_compare_values (Reconciler *r);
void contra_rc_compare_firsts (Reconciler *r);
void contra_rc_compare_occasions (Reconciler *r);
void contra_rc_compare_statuses (Reconciler *r);
void contra_rc_compare_counts (Reconciler *r);
void contra_rc_find_variants (Reconciler *r);
void contra_rc_build_views (Reconciler *r);

G_END_DECLS
