/* ruleset.h — every rule file of a folder, loaded, validated and compiled once.
 *
 * A rule folder holds YAML files of four kinds, told apart by their top-level key:
 *   lexicon:   concepts with aliases, patterns and links (lexicon/lexicon.h)
 *   compose:   how modifiers qualify heads ("US" + "aircraft carrier")
 *   rules:     claim rules (rules/rule.h)
 *   views:     timelines the report shows (the arms embargo's steps)
 * Files load in path order, so a pack's lexicon may refer to concepts of a pack
 * loaded before it; references are resolved after every file is read, so within the
 * folder the order does not matter. Every problem of every file is collected before
 * contra gives up, so a rule author fixes them in one pass.
 *
 * The compiled set is read-only and shared by the extraction threads.
 */
#pragma once

#include <glib.h>

#include "lexicon/lexicon.h"
#include "rules/rule.h"

G_BEGIN_DECLS

/* A modifier that qualifies the head right after it: "Vietnamese" + "port". */
typedef struct {
  char *id;
  GPtrArray *modifiers;   /* ContraConcept*: a modifier is_a one of these */
  GPtrArray *heads;       /* ContraConcept*: a head is_a one of these */
  char **joiners;         /* folded words allowed between them: "led" in "US-led" */
} ContraCompose;

/* A regular expression that finds a concept: for what aliases cannot list. */
typedef struct {
  const ContraConcept *concept;
  char *source;           /* the pattern as written */
  gpointer code;          /* pcre2_code* */
  char **requires;        /* folded words one of which must be in the sentence; may be NULL */
  char *file;
  guint line;
  guint column;
} ContraPattern;

/* A view: claims about some subjects shown as one timeline in the report. */
typedef struct {
  char *id;
  char *title;
  GPtrArray *heads;       /* ContraConcept*: a claim belongs when its subject head is_a one */
  char **attributes;      /* interned attributes shown; NULL: all */
  gboolean evolution;     /* set-valued claims: note how the list changed over time */
} ContraView;

typedef struct _ContraRuleSet ContraRuleSet;

struct _ContraRuleSet {
  ContraLexicon *lexicon;
  GPtrArray *rules;       /* ContraRule* */
  GPtrArray *compose;     /* ContraCompose* */
  GPtrArray *patterns;    /* ContraPattern* */
  GPtrArray *views;       /* ContraView* */
  GPtrArray *files;       /* char*: the files loaded, in order */
  guint n_examples;

  /* Prefilter: by concept index, the rules whose trigger that concept satisfies
   * (GPtrArray of ContraRule*, or NULL); by value type, the rules triggered by it. */
  GPtrArray **by_concept;
  GPtrArray *by_value[CONTRA_VALUE_NAME + 1];
  GPtrArray *by_person;

  /* The gate before a sentence's full analysis (extract/mentions.c): a sentence whose
   * concepts and values cannot lead to a claim is only read for its dates and people.
   * By concept index, 1 when a mention of it can: it triggers a rule, a modifier can
   * make it a concept that does, or it is a title (people are learnt from titles). */
  guint8 *wakes;
  gboolean gate_open;         /* a rule wants what only the full analysis finds (an
                                 untitled person, an uncounted list): no gate */

  /* A kind qualified by what one of its kinds implies is that kind: "parent id|qualifier
   * id" -> the narrower concept ("office/defense-minister|country/us" is the Secretary
   * of Defense). */
  GHashTable *specialize;

  /* Concepts the engine itself looks for; each may be NULL when no pack defines it. */
  const ContraConcept *cue_negation;  /* "not", "never", "refused to" */
  const ContraConcept *cue_refuted;   /* "wrongly", "which is false": anywhere in the clause */
  const ContraConcept *cue_modal;     /* "will", "may", "plans to" */
  const ContraConcept *cue_possible;  /* the modal cues of possibility: "may", "could", "if" */
  const ContraConcept *cue_always;    /* "always", "never", "ever since" */
  const ContraConcept *cue_decision;  /* "announced", "agreed", "decided" */
  const ContraConcept *cue_reported;  /* "said", "claimed", "according to" */
  const ContraConcept *cue_hedge;     /* "defining it as", "described as" */
  const ContraConcept *office;        /* the kind of titles: person + title mentions */
  const ContraConcept *action;        /* the kind of verbs: "and" before one starts a clause */
  const ContraConcept *action_hold;   /* "organized", "held": an occasion's verb */
  const ContraConcept *action_occur;  /* "took place", "happened": an occasion's verb */
  const ContraConcept *person_title;  /* honorifics and ranks between title and name */
  const ContraConcept *status;        /* the kind of status concepts */

  /* The frame reader (extract/frames.h). By concept index, 1 when the concept triggers
   * a rule with an entity slot; NULL when no rule has one. */
  guint8 *frame_predicate;
  /* A rule triggered by a value of this type has an entity slot: the frame reader
   * reads what a count, a sum or a share is of. */
  gboolean frame_value[CONTRA_VALUE_NAME + 1];
  /* An entity slot asks for an extent (ContraSlot.extent): the reader then finds each
   * entity's. */
  gboolean entity_extent;
  /* Word classes of the language data ("word/..."): they are read where the frame
   * reader needs them, never mentions of their own. */
  const ContraConcept *word;            /* the kind of them all */
  const ContraConcept *word_auxiliary;  /* "was", "has been" */
  const ContraConcept *word_adverb;     /* "officially", "later" */
  const ContraConcept *word_pronoun;    /* "he", "it" */
  const ContraConcept *word_relative;   /* "that", "which": a relative clause */
  const ContraConcept *word_determiner; /* "the", "its" */
  const ContraConcept *word_possessive; /* "its", "his": a determiner that is a pronoun */
  const ContraConcept *word_connector;  /* inside names: "of", "de", "von" */
  const ContraConcept *word_preposition;/* "in", "on", "at" */
  const ContraConcept *word_scope;      /* "in": where a measure holds, a name after it */
  const ContraConcept *word_direction;  /* "north", "northeast": "80 km north of X" */
  const ContraConcept *word_existential;/* "there" in "there were 69 tornadoes" */
  const ContraConcept *word_cover;      /* "covers": its area is its subject's */
  const ContraConcept *word_copula;     /* "served as": its subject is what follows */
  const ContraConcept *word_have;       /* "has": an auxiliary, and a verb of having */
  const ContraConcept *word_agent;      /* "by" before a passive's agent */
  const ContraConcept *word_source;     /* "from" before where a sum came from */
  const ContraConcept *word_subordinator; /* "since", "because": a subordinate clause */
  const ContraConcept *word_time_unit;  /* "years": a count of them is a duration */
  const ContraConcept *cue_age;         /* "aged": a number after it is an age */
  const ContraConcept *word_lasting;    /* "lasted": how long the thing before it went on */
  const ContraConcept *word_people_count;     /* "killed", "employed": its people are deaths, staff */
  const ContraConcept *word_time_preposition; /* "until": its event is a point in time */
  const ContraConcept *word_possession; /* "carries", "employs": a verb of having */
  const ContraConcept *word_composition; /* "comprises": its list gives every part */
  const ContraConcept *word_group;       /* "consortium": a group of members */
  const ContraConcept *sum;             /* "grant", "loan": nouns of sums of money */
  const ContraConcept *attribute;       /* the kind of measures: "height", "distance" */
  const ContraConcept *process;         /* what runs over a time: "production of X" */
  const ContraConcept *action_start;    /* what a process label's time is: its start */
  const ContraConcept *attribute_distance; /* what "80 km north of X" states */
  const ContraConcept *event_birth;     /* what a lifespan's first date is */
  const ContraConcept *event_death;     /* and its second */
  const ContraConcept *event_post;      /* "became", "was appointed": what is taken is
                                           the words after it ("director") */
};

/* Loads every *.yaml under @dir (recursively, in path order). On failure returns NULL
 * and fills @diagnostics (ContraDiagnostic*) with every problem found; @error gets a
 * summary ("rules/x.yaml: 3 errors"). */
ContraRuleSet *contra_ruleset_load (const char *dir, GPtrArray *diagnostics, GError **error);

/* The same for a list of files (tests). */
ContraRuleSet *contra_ruleset_load_files (const char *const *files,
                                          GPtrArray *diagnostics,
                                          GError **error);

void contra_ruleset_free (ContraRuleSet *set);

/* The rule with @id, or NULL. */
const ContraRule *contra_ruleset_rule (const ContraRuleSet *set, const char *id);

/* The regular-expression match limit (steps of the matcher per sentence). */
#define CONTRA_PATTERN_MATCH_LIMIT 100000

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraRuleSet, contra_ruleset_free)

G_END_DECLS
