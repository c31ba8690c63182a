/* claim.h — one typed statement a document makes, with its provenance.
 *
 * Claims are what extraction hands to the reconciler and what `contra claims` prints.
 * A claim says that its subject (a key built from concept ids) has a value for one
 * attribute at a time, with a polarity and a modality, and it keeps where it was read:
 * the source, the byte span, the line and column, and the sentence.
 *
 * The subject is kept twice: as terms (a head concept and its qualifiers each), which
 * the reconciler walks with is_a and part_of, and as an interned key string
 * ("agreement/mou+domain/defense") by which claims are grouped and printed. Within a
 * term, qualifiers follow the head after "@": "vessel/aircraft-carrier@country/us".
 */
#pragma once

#include <glib.h>

#include "base/textstore.h"
#include "lexicon/lexicon.h"
#include "normalize/value.h"
#include "rules/rule.h"
#include "text/document.h"

G_BEGIN_DECLS

#define CONTRA_TERM_MAX_QUALIFIERS 3

typedef struct {
  const ContraConcept *head;   /* NULL for a person, who is named instead */
  const char *name;            /* interned "person/pham-binh-minh" when head is NULL */
  const char *label;           /* a person's name as written; NULL for concepts */
  const ContraConcept *qualifiers[CONTRA_TERM_MAX_QUALIFIERS];
  guint8 n_qualifiers;
} ContraTerm;

typedef enum {
  CONTRA_POLARITY_ASSERTED,
  CONTRA_POLARITY_NEGATED,      /* "did not", "refused to", "never" */
} ContraPolarity;

typedef enum {
  CONTRA_MODALITY_ASSERTED,
  CONTRA_MODALITY_REPORTED,     /* "X said that ..." */
  CONTRA_MODALITY_PLAN,         /* "will", "plans to", "is considering", "projected" */
  CONTRA_MODALITY_POSSIBLE,     /* "may", "could", "if" */
  CONTRA_MODALITY_HEDGED,       /* "defining it as", "described as", "reportedly" */
} ContraModality;

const char *contra_polarity_name (ContraPolarity polarity);
const char *contra_modality_name (ContraModality modality);

/* A document as the reconciler and the writers know it, after its text is gone. */
typedef struct {
  char *id;
  char *path;
  char *title;
  char *author;
  char *outlet;
  ContraDate published;
  gboolean is_draft;         /* a draft under lint, not a corpus source */
} ContraSource;

void contra_source_free (ContraSource *source);
ContraSource *contra_source_new_from_document (const ContraDocument *document);

/* A source of these fields (copied; @title, @author and @outlet may be NULL). Free with
 * contra_source_free(). */
ContraSource *contra_source_new (const char *id, const char *path, const char *title, const char *author,
                                 const char *outlet, const ContraDate *published, gboolean is_draft);

/* A claim is kept small: a large corpus holds millions. Its strings are interned, its
 * subject's terms shared with every claim about that subject (contra_terms_intern()),
 * and its quote is in the text store (base/textstore.h) until it is printed. */
typedef struct {
  const char *rule;          /* interned rule id */
  const char *subject;       /* interned key */
  const char *attribute;     /* interned */
  const ContraTerm *terms;   /* interned (contra_terms_intern()): the parts of the subject */
  const ContraTerm *value_term; /* CONCEPT values: the concept and its qualifiers
                                   (interned); NULL otherwise */
  const char *topic;         /* the rule's topic, expanded for this claim (interned); may
                                be NULL */
  const char *section_author; /* a commenter, for claims in comments (interned); may be NULL */
  ContraText quote;          /* the sentence, white space collapsed */
  ContraValue value;
  ContraDate time;           /* when the statement holds; may be unset */

  /* Provenance. */
  guint32 source;            /* index into the run's source table */
  guint32 sentence;          /* ordinal of the sentence in its document */
  guint32 frame;             /* claims of one rule match share a frame number */
  guint32 start;             /* byte span of the claim's words in the document */
  guint32 end;
  guint32 line;              /* 1-based line and column of start and end */
  guint32 column;
  guint32 end_line;
  guint32 end_column;

  guint8 kind;               /* ContraRuleKind */
  guint8 n_terms;
  guint8 n_family;           /* leading terms naming what a step belongs to (== n_terms
                                unless the rule has steps) */
  guint8 polarity;           /* ContraPolarity */
  guint8 modality;           /* ContraModality */
  guint8 compare;            /* ContraCompare */
  guint8 severity;           /* the rule's override (ContraSeverity), or NONE */
  guint8 section;            /* ContraSectionKind */
  gint8 status_rank;         /* the status an event puts in place, on its scale; or -1 */
  guint8 partial : 1;        /* the subject lacks the qualifier its rule asks for */
  guint8 always : 1;         /* holds over all time up to @time ("has always refused") */
  guint8 status_at_most : 1; /* the status is an upper bound ("maintains elements of") */
} ContraClaim;

ContraClaim *contra_claim_new (void);
void contra_claim_free (ContraClaim *claim);

/* The key of a subject: terms joined by "+", qualifiers after "@". Free with g_free(). */
char *contra_terms_key (const ContraTerm *terms, guint n_terms);

/* The shared copy of @terms: equal arrays (concepts, names and labels) give one
 * pointer, kept for the life of the process as interned strings are. Thread-safe. */
const ContraTerm *contra_terms_intern (const ContraTerm *terms, guint n_terms);

/* The claim's quote, as a new string ("" when it has none). Free with g_free(). */
char *contra_claim_quote (const ContraClaim *claim);

/* Hash and equality of terms by their concepts and names (interned): what
 * contra_terms_key() would tell apart, without building the key. */
guint contra_terms_hash (const ContraTerm *terms, guint n_terms);
gboolean contra_terms_equal (const ContraTerm *a, guint n_a, const ContraTerm *b, guint n_b);

/* A words-for-editors description of a term: "US aircraft carrier". Free with g_free(). */
char *contra_term_label (const ContraTerm *term);

/* The label with an article where it needs one: "a US aircraft carrier", "Cam Ranh
 * Bay". Free with g_free(). */
char *contra_term_phrase (const ContraTerm *term);

/* TRUE when @narrow is the same as or falls under @broad: its head is_a or part_of
 * @broad's head, and each qualifier of @broad is one of @narrow's or implied by its
 * head. */
gboolean contra_term_within (const ContraTerm *narrow, const ContraTerm *broad);

/* A draft's sentence that states a date, a number or a name and yielded no claim, or
 * whose claims left some of its dates and numbers out ("opened on 19 May 2023, five
 * years after work began in 2018"): lint names it and them, so that silence is not
 * taken for "checked". */
typedef struct {
  guint32 source;            /* index into the run's source table */
  guint32 start;             /* byte span of the sentence in the document */
  guint32 end;
  guint32 line;              /* 1-based line and column of start and end */
  guint32 column;
  guint32 end_line;
  guint32 end_column;
  char *quote;               /* the sentence, white space collapsed */
  char **values;             /* the dates and numbers in it that no claim took, as
                                written (NULL-terminated; may be empty) */
  gboolean partial;          /* the sentence yielded claims, but not with @values */
} ContraStatement;

void contra_statement_free (ContraStatement *statement);

/* "subject attribute value": the form rule examples are written in. */
char *contra_claim_summary (const ContraClaim *claim);

/* Orders claims by source, position, rule, attribute: the order of `contra claims`. */
gint contra_claim_compare (gconstpointer a, gconstpointer b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraClaim, contra_claim_free)

G_END_DECLS
