/* mentions.h — what a sentence mentions, before any rule looks at it.
 *
 * One pass over a sentence's tokens finds:
 *   - concepts: the longest lexicon alias at each token, and pattern matches;
 *   - values: dates (resolved in context), money, percentages, counts, numbers;
 *   - lists: enumerations after a cue, split with the lexicon's help;
 *   - people: a name after a title ("Defense Secretary Ashton Carter"), a name the
 *     document has already introduced ("Carter"), or a person in the lexicon.
 * Then modifiers qualify the heads right after them ("US" + "aircraft carrier"),
 * and the sentence is cut into clauses for the rule engine's slot search.
 */
#pragma once

#include <glib.h>

#include "extract/claim.h"
#include "normalize/normalizer.h"
#include "rules/ruleset.h"
#include "text/tokens.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_MENTION_CONCEPT,
  CONTRA_MENTION_VALUE,
  CONTRA_MENTION_LIST,
  CONTRA_MENTION_PERSON,
  CONTRA_MENTION_ENTITY,     /* what a predicate is about (extract/frames.h) */
} ContraMentionKind;

/* "concept", "value", "list", "person", "entity". Static string. */
const char *contra_mention_kind_name (ContraMentionKind kind);

/* What a date is to a period its clause states: "from 1998 to 2006". */
typedef enum {
  CONTRA_PERIOD_NONE,
  CONTRA_PERIOD_START,
  CONTRA_PERIOD_END,
} ContraPeriod;

typedef struct {
  ContraMentionKind kind;
  guint first;               /* tokens [first, last) */
  guint last;
  guint clause;              /* clause index in the sentence */
  ContraTerm term;           /* CONCEPT: head and qualifiers; PERSON: the title, if any */
  ContraValue value;         /* VALUE, LIST, PERSON and ENTITY (a NAME: its key, and the
                                words as written) */
  guint phrase_first;        /* first token of the phrase with its modifiers ("US" in
                                "US aircraft carrier"); == first when unqualified */
  gboolean modifier;         /* folded into the head after it */
  gboolean vessel_name;      /* a capitalised name right after a vessel type */
  gint attached;             /* a date written before a noun ("the 2011 MOU"), an entity
                                or a lifespan's date: the index of the mention it belongs
                                to, which alone may take it; -1 otherwise */
  gboolean reference_point;  /* a date after "since", or the one a count runs from
                                ("three years after 1990"): not the date of an event */
  gboolean counted;          /* a date counted from the event named after it ("three
                                years after the flood"): not that event's date */
  gboolean change;           /* a number that measures a step, not a level ("grew by
                                3,000", "rose 9 percent"), or where the step began
                                ("rose from 6.8 to 7.4 percent") */
  gboolean citation;         /* a number in square brackets: a footnote's mark ("[3]") */
  guint8 period;             /* a date that starts a period ("from 1998 to 2006") or
                                ends one: ContraPeriod */
  guint8 role;               /* ENTITY: ContraRole, what it is to its predicate */
  const char *extent;        /* ENTITY: the measure that is its extent, as
                                lang/en/kinds.yaml gives it for its kind ("height" for a
                                tower), as the language's kinds hold it; NULL when none is
                                known */
} ContraMention;

/* People a document has introduced, so a later "Carter" is "Ashton Carter". */
typedef struct _ContraPeople ContraPeople;

ContraPeople *contra_people_new (void);
void contra_people_free (ContraPeople *people);

typedef struct {
  GArray *mentions;          /* ContraMention, sorted by first token; then what the frame
                                reader adds (extract/frames.h) */
  guint n_clauses;
  const ContraPattern *limit_hit; /* a pattern that ran past its match limit, or NULL */
} ContraMentions;

ContraMentions *contra_mentions_new (void);
void contra_mentions_free (ContraMentions *mentions);

/* Finds the mentions of the sentence in @tokens, replacing what @mentions held.
 * @context is updated as explicit dates are met (its anchor moves forward). @people
 * learns the names introduced here.
 *
 * When @gated, a sentence none of whose concepts and values can lead to a claim (the
 * rule set's gate) is read only for its dates and the people it introduces: its
 * mentions are then incomplete and FALSE is returned. Otherwise returns TRUE. */
gboolean contra_mentions_find (ContraMentions *mentions,
                               const ContraRuleSet *set,
                               const ContraTokens *tokens,
                               ContraDateContext *context,
                               ContraPeople *people,
                               gboolean gated);

/* Appends a mention of @kind over tokens [@first, @last), with nothing attached; the
 * pointer holds until the next append. */
ContraMention *contra_mentions_add (ContraMentions *mentions,
                                    ContraMentionKind kind,
                                    guint first,
                                    guint last);

/* The number of word and number tokens strictly between two token ranges. */
guint contra_mentions_distance (const ContraTokens *tokens,
                                guint a_first,
                                guint a_last,
                                guint b_first,
                                guint b_last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraMentions, contra_mentions_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraPeople, contra_people_free)

G_END_DECLS
