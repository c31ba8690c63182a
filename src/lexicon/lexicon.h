/* lexicon.h — concepts, their aliases, and the links between them.
 *
 * A concept has a canonical id ("vessel/guided-missile-destroyer"), a label for
 * messages, aliases to find it in text, and links: is_a (a guided missile destroyer
 * is_a destroyer), part_of (Ho Chi Minh City part_of Vietnam) and implies (the
 * Secretary of State implies the United States). The part of an id before the first
 * "/" is its kind, and every concept is_a its kind: vessel/corvette is_a vessel.
 *
 * Aliases match whole tokens, longest first. A lower-case alias word matches in any
 * case; a word with a capital after its first letter ("US", "MoU", "DPD") matches
 * only as written, so "US" never matches the pronoun "us". Periods inside a word are
 * ignored ("U.S." is "US") and a hyphen counts as a space ("non-lethal" is
 * "non lethal").
 */
#pragma once

#include <glib.h>

#include "text/tokens.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_CONCEPT_INSTANCE = 1 << 0,      /* a named thing (a place, a ship, an exercise) */
  CONTRA_CONCEPT_SINGLE_HOLDER = 1 << 1, /* an office one person holds at a time */
  CONTRA_CONCEPT_IMPLICIT = 1 << 2,      /* a kind root created for its members */
  CONTRA_CONCEPT_AT_MOST = 1 << 3,       /* its rank is an upper bound ("maintains") */
  CONTRA_CONCEPT_LOWER_CASE = 1 << 4,    /* its aliases match only as written, in lower case
                                            ("bill", never "Bill Clinton") */
  CONTRA_CONCEPT_FIXED = 1 << 5,         /* a measure that does not change over time (a
                                            length, a height); passed on to the concepts
                                            that are a kind of it */
} ContraConceptFlags;

typedef struct _ContraConcept ContraConcept;

struct _ContraConcept {
  const char *id;          /* interned */
  const char *kind;        /* interned: the id up to the first "/" */
  char *label;             /* for messages */
  char *adjective;         /* the form that qualifies a noun ("US", "Vietnamese"); may be NULL */
  guint flags;             /* ContraConceptFlags */
  guint index;             /* dense, in order of definition */
  int rank;                /* place on an ordered scale (statuses), or -1 */
  GPtrArray *is_a;         /* ContraConcept*: direct parents */
  GPtrArray *part_of;      /* ContraConcept*: direct containers */
  GPtrArray *implies;      /* ContraConcept*: qualifiers it implies */
  guint *ancestors;        /* sorted indices of the is_a closure (not itself) */
  guint n_ancestors;
  guint *containers;       /* sorted indices of the part_of closure (through is_a too) */
  guint n_containers;
  char *file;              /* where it was defined, for messages */
  guint line;
  guint column;
};

typedef struct _ContraLexicon ContraLexicon;

/* An empty lexicon; free with contra_lexicon_free(). */
ContraLexicon *contra_lexicon_new (void);
void contra_lexicon_free (ContraLexicon *lexicon);

/* Defines a concept. Returns NULL when @id is already defined (the existing one is in
 * @existing, when not NULL). The lexicon owns the concept. */
ContraConcept *contra_lexicon_define (ContraLexicon *lexicon,
                                      const char *id,
                                      const char *file,
                                      guint line,
                                      guint column,
                                      ContraConcept **existing);

/* The concept with @id, or NULL. Kind roots ("vessel") exist once a member is defined. */
ContraConcept *contra_lexicon_lookup (const ContraLexicon *lexicon, const char *id);

/* Inflections to generate for an alias. */
typedef enum {
  CONTRA_INFLECT_NONE,
  CONTRA_INFLECT_NOUN,  /* the last word takes a plural: "destroyer" -> "destroyers" */
  CONTRA_INFLECT_VERB,  /* the first word takes -s, -ed, -ing: "visit" -> "visited" */
} ContraInflect;

/* Adds @alias for @concept (with its inflections). Returns FALSE when @alias has no
 * word, or when the same words already name another concept (then @clash receives it). */
gboolean contra_lexicon_add_alias (ContraLexicon *lexicon,
                                   ContraConcept *concept,
                                   const char *alias,
                                   ContraInflect inflect,
                                   ContraConcept **clash);

/* Computes the is_a and part_of closures. Returns FALSE when is_a or part_of links form
 * a cycle; @cycle then receives one concept on it. Call once, after all links. */
gboolean contra_lexicon_finish (ContraLexicon *lexicon, ContraConcept **cycle);

/* The concept of the longest alias that starts at token @i; returns the number of
 * tokens it spans (hyphens inside included), or 0. */
guint contra_lexicon_match (const ContraLexicon *lexicon,
                            const ContraTokens *tokens,
                            guint i,
                            const ContraConcept **concept);

/* TRUE when the folded form of some alias's first word is @fold: a cheap prefilter. */
gboolean contra_lexicon_starts_alias (const ContraLexicon *lexicon, const char *fold);

/* is_a, reflexive and transitive. */
gboolean contra_concept_is_a (const ContraConcept *concept, const ContraConcept *ancestor);

/* part_of, reflexive and transitive (a concept is within what its parents are within). */
gboolean contra_concept_part_of (const ContraConcept *concept, const ContraConcept *container);

/* is_a or part_of. */
gboolean contra_concept_within (const ContraConcept *concept, const ContraConcept *other);

/* TRUE when @concept implies @qualifier, directly or through is_a/part_of. */
gboolean contra_concept_implies (const ContraConcept *concept, const ContraConcept *qualifier);

guint contra_lexicon_n_concepts (const ContraLexicon *lexicon);
guint contra_lexicon_n_aliases (const ContraLexicon *lexicon);

/* Concept by dense index. */
ContraConcept *contra_lexicon_concept_at (const ContraLexicon *lexicon, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraLexicon, contra_lexicon_free)

G_END_DECLS
