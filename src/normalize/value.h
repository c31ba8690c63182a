/* value.h — the typed value of a claim.
 *
 * A claim says one thing about its subject, and that thing has a type: a date
 * interval, an amount of money, a quantity with its unit, a percentage, a stated
 * count, a set of canonical items, one lexicon concept, or a person's name. Values
 * keep the text they were read from, for messages, and compare by type in
 * reconcile/compare.c.
 */
#pragma once

#include <glib.h>

#include "normalize/date.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_VALUE_NONE = 0,
  CONTRA_VALUE_DATE,
  CONTRA_VALUE_MONEY,    /* amount with a currency ("USD") */
  CONTRA_VALUE_QUANTITY, /* amount with a unit ("ton") */
  CONTRA_VALUE_PERCENT,
  CONTRA_VALUE_NUMBER,   /* a bare number or ordinal */
  CONTRA_VALUE_COUNT,    /* a stated count of things: "five areas" (unit "area") */
  CONTRA_VALUE_SET,      /* canonical items: "maritime security; search and rescue" */
  CONTRA_VALUE_CONCEPT,  /* one lexicon concept: a ship type, a place, a status */
  CONTRA_VALUE_NAME,     /* a person's name as written, with its key */
} ContraValueType;

typedef enum {
  CONTRA_BOUND_EXACT = 0,
  CONTRA_BOUND_ABOUT,     /* "about", "around", "some", "nearly" */
  CONTRA_BOUND_AT_LEAST,  /* "at least", "no less than" */
  CONTRA_BOUND_MORE_THAN, /* "more than", "over", "above" */
  CONTRA_BOUND_AT_MOST,   /* "at most", "up to", "no more than" */
  CONTRA_BOUND_LESS_THAN, /* "less than", "under", "below", "fewer than" */
} ContraBound;

/* The bounds' names as claims files spell them, by value, NULL-terminated. */
extern const char *const contra_bound_names[CONTRA_BOUND_LESS_THAN + 2];

typedef struct {
  double value;          /* in base units: 18 million dollars is 18000000; the low end
                            of a range */
  double high;           /* a range's high end ("40–45%": 45); unused unless @range */
  double precision;      /* the unit of the last digit the text gives: "18 million"
                            is 1e6, "9.49 million" 1e4, "196,000" 1e3, "18,000,000" 1e6 */
  guint8 bound;          /* ContraBound */
  guint8 range;          /* TRUE for a range: "between 1.5 and 3.8%", "9.5–10.5 cm" */
  guint8 ordinal;        /* TRUE for an ordinal, a rank: "fifth", "3rd", "second-largest" */
  const char *unit;      /* interned: "USD", "EUR", "ton", "percent", "area"; may be NULL.
                            A quantity's unit is one of lang/en/units.yaml (units.h),
                            which gives its dimension and its factor to the base unit */
} ContraAmount;

typedef struct {
  char **items;          /* canonical ids: concept ids, or "text:<folded words>" */
  char **labels;         /* each item as written */
  guint n_items;
  guint stated;          /* the stated count ("five areas"), 0 when none */
} ContraSet;

typedef struct {
  ContraValueType type;
  char *text;            /* as written in the sentence; may be NULL */
  union {
    ContraDate date;
    ContraAmount amount; /* MONEY, QUANTITY, PERCENT, NUMBER, COUNT */
    ContraSet set;
    const char *id;      /* CONCEPT: interned concept id; NAME: interned name key */
  } u;
} ContraValue;

#define CONTRA_VALUE_INIT {CONTRA_VALUE_NONE, NULL, {{0}}}

/* Frees what @value owns and resets it to CONTRA_VALUE_NONE. */
void contra_value_clear (ContraValue *value);

/* Deep copy of @src into @dest (which must not own anything). */
void contra_value_copy (ContraValue *dest, const ContraValue *src);

/* Moves @src into @dest; @src is left empty. */
void contra_value_move (ContraValue *dest, ContraValue *src);

/* "date", "money", "quantity", "percent", "number", "count", "set", "concept", "name". */
const char *contra_value_type_name (ContraValueType type);
gboolean contra_value_type_parse (const char *name, ContraValueType *out);

/* The normalised form, stable and machine-readable: "2011-09", "USD 18000000",
 * ">=USD 10000000", "5 area", "{a, b, c}" (items sorted), "vessel/corvette"; a range
 * joins its ends with "..": "40..45%", "9.5..10.5 cm".
 * Free with g_free(). */
char *contra_value_format (const ContraValue *value);

/* An order over values of the same type, for sorting and for hashing equal values
 * together: two values compare equal when their normalised forms are equal. */
int contra_value_compare (const ContraValue *a, const ContraValue *b);

/* A set value, taking ownership of @items and @labels (NULL-terminated string
 * vectors of the same length). Items are kept in the order given. */
void contra_value_set_take (ContraValue *value, char **items, char **labels, guint stated);

/* Interns a unit or currency name: units compare by pointer. */
const char *contra_unit_intern (const char *unit);

G_END_DECLS
