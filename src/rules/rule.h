/* rule.h — a claim rule, as loaded from the YAML files of a rule folder.
 *
 * A rule is a frame. Its trigger is a mention (a lexicon concept, a value, a person);
 * its slots are other mentions in the same clause, each chosen by a constraint (is_a
 * one of some concepts, or a value type) and a position relative to the trigger; its
 * subject is a key built from the concepts in some slots ("agreement/mou" +
 * "domain/defense"); and each of its claims reads one attribute from one slot.
 *
 * The kind decides how the reconciler compares the claims:
 *   event       one-off: the subject has one date and one value per attribute
 *   occurrence  repeatable: attributes compare only when the times overlap
 *   first       "the first X to do Y": compared with other firsts and events
 *   status      the state of the subject at a time, ordered with the events that
 *               change it
 *   measure     an amount at a time
 *   office      who held an office when
 */
#pragma once

#include <glib.h>

#include "base/diagnostic.h"
#include "lexicon/lexicon.h"
#include "normalize/date.h"
#include "normalize/value.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_RULE_EVENT,
  CONTRA_RULE_OCCURRENCE,
  CONTRA_RULE_FIRST,
  CONTRA_RULE_STATUS,
  CONTRA_RULE_MEASURE,
  CONTRA_RULE_OFFICE,
} ContraRuleKind;

/* The kinds' names as rule files spell them, by value, NULL-terminated. */
extern const char *const contra_rule_kind_names[CONTRA_RULE_OFFICE + 2];
const char *contra_rule_kind_name (ContraRuleKind kind);

/* Limits of one rule: the engine keeps a frame's slots (the trigger included) and a
 * subject's parts in fixed arrays. */
#define CONTRA_RULE_MAX_SLOTS 16
#define CONTRA_RULE_MAX_SUBJECT_PARTS 8

typedef enum {
  CONTRA_SLOT_CONCEPT, /* a lexicon concept mention */
  CONTRA_SLOT_VALUE,   /* a value mention of one type (date, money, count, ...) */
  CONTRA_SLOT_LIST,    /* an enumeration */
  CONTRA_SLOT_PERSON,  /* a person's name */
  CONTRA_SLOT_ENTITY,  /* what the trigger's frame is about (extract/frames.h): a named
                          or described thing, or the document's topic */
} ContraSlotType;

/* What an entity is to its trigger (extract/frames.h). */
typedef enum {
  CONTRA_ROLE_ABOUT,    /* what the frame is about: "the bridge" was opened */
  CONTRA_ROLE_COUNTED,  /* what a count counts: "two live albums" counts "live album" */
  CONTRA_ROLE_PLACE,    /* the place a distance is from: "80 km north of Berlin" */
  CONTRA_ROLE_MEASURED, /* what a sum is: "a $90 million federal grant" is a "federal grant" */
  CONTRA_ROLE_FIRST,    /* the kind of occasion a date is the first of: "the first walk took place in 2011" */
  CONTRA_ROLE_OCCASION, /* the kind of occasion held at a date: "in 2009 it organized walks" */
  CONTRA_ROLE_QUOTED,   /* what a report quotes its speaker on: the topic of "said Oskar Lindqvist" */
  CONTRA_ROLE_AGED,     /* what a number is the age of: "Tobias Fenwright, 48," */
} ContraRole;

typedef enum {
  CONTRA_SIDE_ANY,
  CONTRA_SIDE_BEFORE,  /* ends before the trigger begins */
  CONTRA_SIDE_AFTER,   /* begins after the trigger ends */
} ContraSide;

typedef enum {
  CONTRA_SCOPE_CLAUSE,   /* the trigger's clause (the default) */
  CONTRA_SCOPE_SENTENCE, /* the whole sentence */
} ContraScope;

/* Which date of a period a date slot takes: "from 1998 to 2006". */
typedef enum {
  CONTRA_SLOT_PERIOD_ANY,
  CONTRA_SLOT_PERIOD_START,
  CONTRA_SLOT_PERIOD_END,
} ContraSlotPeriod;

typedef struct {
  char *name;               /* "trigger", "date", "domain", ... */
  ContraSlotType type;
  GPtrArray *is_a;          /* CONCEPT: ContraConcept*, any of */
  GPtrArray *not_is_a;      /* CONCEPT: ContraConcept*, none of */
  ContraValueType value;    /* VALUE: the type */
  GPtrArray *units;         /* VALUE count/quantity: the counted nouns or units it may be
                               (interned strings); NULL for any */
  const char *dimension;    /* VALUE quantity: only units of this dimension ("length",
                               lang/en/units.yaml; interned); may be NULL */
  gboolean required;
  ContraSide side;
  guint within;             /* at most this many words between it and the trigger (0:
                               right next to it); G_MAXUINT when not limited */
  ContraScope scope;
  gint after;               /* index of a slot it must follow, or -1 */
  gboolean inherit;         /* date: when the sentence has none, the date in context */
  gboolean titled;          /* PERSON: only a name that comes with a title */
  gboolean all;             /* every mention that fits, not only the nearest: in a
                               subject they qualify the part before ("the parties") */
  ContraSide prefer;        /* look on this side first, then the other */
  gboolean instance;        /* CONCEPT: only named things (instances), not kinds */
  gboolean absent;          /* the frame holds only when nothing fills this slot */
  gboolean counted;         /* LIST: only a list that announces how many items it has */
  guint8 period;            /* VALUE date: only the start or the end of a period its clause
                               states ("from 1998 to 2006"); ContraSlotPeriod */
  ContraRole role;          /* ENTITY: what the entity is to the trigger */
  const char *extent;       /* ENTITY: only a thing whose extent (lang/en/kinds.yaml
                               `extents`) is this measure ("height": a tower), interned */
  guint line;
  guint column;
} ContraSlot;

/* One part of a subject key: the first of these slots that is filled, or a literal
 * concept. */
typedef struct {
  GArray *slots;            /* gint slot indices, tried in order */
  const ContraConcept *literal; /* when set, the part is this concept */
  gboolean title;           /* "slot.title": the title that came with a person */
} ContraSubjectPart;

typedef enum {
  CONTRA_COMPARE_DEFAULT,   /* as the rule's kind says */
  CONTRA_COMPARE_UNIQUE,    /* one value for the subject, whatever the claim's time */
  CONTRA_COMPARE_AT_TIME,   /* values compare only when the claims' times overlap */
  CONTRA_COMPARE_NEVER,     /* recorded for corroboration and views only */
} ContraCompare;

/* The names rule files and claims files give them ("at-time"), by value,
 * NULL-terminated. */
extern const char *const contra_compare_names[CONTRA_COMPARE_NEVER + 2];
const char *contra_compare_name (ContraCompare compare);

typedef struct {
  const char *attribute;    /* interned: "date", "areas", "vessel_type", "holder" */
  gint value;               /* the slot whose mention is the value */
  gboolean value_title;     /* "slot.title": the title that came with a person */
  ContraCompare compare;
  GArray *status_from;      /* gint slots: the first whose concept implies a status
                               concept gives the status this event puts in place */
} ContraClaimSpec;

typedef struct {
  char *text;
  ContraDate published;     /* the reference date for relative dates */
  char **expect;            /* "subject attribute value" lines; NULL for counterexamples */
  guint line;
  guint column;
} ContraExample;

typedef struct {
  char *id;
  char *file;
  guint line;
  guint column;
  ContraRuleKind kind;
  ContraSeverity severity;  /* NONE: the policy for the kind */
  char *topic;              /* "when the {subject} was signed" */
  char *description;
  GPtrArray *slots;         /* ContraSlot*; [0] is the trigger */
  GArray *subject;          /* ContraSubjectPart */
  GArray *specific;         /* gint slots: a subject whose head is a kind, not an
                               instance, needs one of them filled; without it the claim
                               is partial, and the reconciler links it to a fuller
                               subject; NULL when any subject will do */
  gboolean steps;           /* the last part of the subject names a step in the history
                               of the rest (the embargo's non-lethal step) */
  GArray *claims;           /* ContraClaimSpec */
  GPtrArray *examples;      /* ContraExample* */
  GPtrArray *counterexamples; /* ContraExample* */
  guint index;              /* position in the rule set */
  gboolean general;         /* it has an entity slot: it reads any subject, and yields
                               to a rule that names its subject for the same trigger */
} ContraRule;

void contra_rule_free (ContraRule *rule);

/* Constructors for the loader; free with the matching _free. */
ContraSlot *contra_slot_new (const char *name);
void contra_slot_free (ContraSlot *slot);
ContraExample *contra_example_new (void);
void contra_example_free (ContraExample *example);

/* The slot named @name, or -1. */
gint contra_rule_slot_index (const ContraRule *rule, const char *name);

G_END_DECLS
