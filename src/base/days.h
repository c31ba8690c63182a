/* days.h — ContraDate, the value every date in contra is: an interval [first, last]
 * of days with the granularity the text gave (normalize/date.h says how they are
 * read, compared and printed).
 *
 * It lives in base/ because a document's metadata holds dates (its publication date,
 * a comment's date) and the text layer must not depend on the normalisers above it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CONTRA_GRAIN_NONE = 0, /* no date */
  CONTRA_GRAIN_DAY,
  CONTRA_GRAIN_WEEK,
  CONTRA_GRAIN_MONTH,
  CONTRA_GRAIN_SEASON,   /* seasons, quarters, "early/mid/late 2010" */
  CONTRA_GRAIN_YEAR,     /* calendar and fiscal years */
  CONTRA_GRAIN_DECADE,   /* decades and their parts: "the 1990s", "the late 1980s" */
  CONTRA_GRAIN_CENTURY,
} ContraGrain;

typedef enum {
  CONTRA_DATE_FISCAL = 1 << 0,         /* a US federal fiscal year: FY2013 */
  CONTRA_DATE_PART = 1 << 1,           /* early / mid / late part of a year or decade */
  CONTRA_DATE_UNDERSPECIFIED = 1 << 2, /* the year came from context ("In December") */
  CONTRA_DATE_RELATIVE = 1 << 3,       /* resolved against the reference date ("last year") */
  CONTRA_DATE_PRESENT = 1 << 4,        /* "at present", "currently": the reference date */
  CONTRA_DATE_APPROXIMATE = 1 << 5,    /* "around 2010", "circa 2010" */
} ContraDateFlags;

/* Every flag above: a date read back with another is not one contra made. */
#define CONTRA_DATE_KNOWN_FLAGS                                                                                        \
  (CONTRA_DATE_FISCAL | CONTRA_DATE_PART | CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT     \
   | CONTRA_DATE_APPROXIMATE)

typedef struct {
  gint32 first;      /* first day: GDate julian day number (0001-01-01 is 1) */
  gint32 last;       /* last day, inclusive */
  guint8 grain;      /* ContraGrain */
  guint8 flags;      /* ContraDateFlags */
} ContraDate;

/* The grains' names as claims files spell them, by value, NULL-terminated. */
extern const char *const contra_grain_names[CONTRA_GRAIN_CENTURY + 2];

#define CONTRA_DATE_INIT {0, 0, CONTRA_GRAIN_NONE, 0}

static inline gboolean
contra_date_is_set (const ContraDate *date)
{
  return date->grain != CONTRA_GRAIN_NONE;
}

/* TRUE when @a and @b are the same date, field by field (a ContraDate has padding,
 * which memcmp() would read). */
static inline gboolean
contra_date_equal (const ContraDate *a, const ContraDate *b)
{
  return a->first == b->first && a->last == b->last && a->grain == b->grain && a->flags == b->flags;
}

G_END_DECLS
