/* date.h — dates as intervals of days with a granularity.
 *
 * Every date contra handles is an interval [first, last] of days with the granularity
 * the text gave: "2011" is the whole year, "September 2011" the month, "August 17, 2010"
 * one day, "fiscal year 2013" October 2012 to September 2013, "the late 1980s"
 * 1987-1989. Two dates agree when their intervals overlap, which is agreement at the
 * coarser granularity: 2011 and September 2011 agree; December 2006 and 2007 do not.
 * The type itself is in base/days.h, so that a document can hold a date without its
 * text layer depending on the date reader.
 */
#pragma once

#include <glib.h>

#include "base/days.h"
#include "text/tokens.h"

G_BEGIN_DECLS

/* A date of the given granularity containing the given day; @month and @day may be 0
 * for a year or a month. WEEK is the ISO week (Monday to Sunday) containing the day,
 * SEASON the calendar quarter containing the month, DECADE and CENTURY the decade
 * (2010-2019) or century (1900-1999) containing the year. Returns an unset date for
 * an impossible day. */
ContraDate contra_date_make (int year, int month, int day, ContraGrain grain);

/* The days from @first_year-@first_month-@first_day to @last_year-@last_month-@last_day
 * inclusive, with the given granularity. A month of 0 means the whole year and a day of
 * 0 the whole month: (2010, 9, 0, 2010, 12, 0) is September to December 2010. Returns
 * an unset date for an impossible day or an empty interval. */
ContraDate contra_date_span (int first_year,
                             int first_month,
                             int first_day,
                             int last_year,
                             int last_month,
                             int last_day,
                             ContraGrain grain);

/* The US federal fiscal year @year: 1 October of @year - 1 to 30 September of @year,
 * grain YEAR, flag FISCAL. */
ContraDate contra_date_fiscal_year (int year);

/* The calendar year of the first day (0 when unset). */
int contra_date_year (const ContraDate *date);

/* TRUE when the intervals share a day. */
gboolean contra_date_overlaps (const ContraDate *a, const ContraDate *b);

/* TRUE when @a ends before @b begins. */
gboolean contra_date_before (const ContraDate *a, const ContraDate *b);

/* -1, 0, 1 by first day, then last day, then grain: a total order for sorting. */
int contra_date_compare (const ContraDate *a, const ContraDate *b);

/* The normalised form: "2011", "2011-09", "2011-09-21", "FY2013", "1980s",
 * "late 1980s", "late 2010", "summer 2005", "2014-W33". Free with g_free(). */
char *contra_date_format (const ContraDate *date);

/* The form an editor reads: "2011", "September 2011", "17 August 2010", "fiscal year
 * 2013", "the 1980s". Free with g_free(). */
char *contra_date_describe (const ContraDate *date);

/* Parses a whole string holding one date ("2015-06-05", "2016", "2021-07",
 * "14/8/14 20:14", "June 5, 2015"): for manifests and front matter. Returns FALSE
 * when @text is not a date. */
gboolean contra_date_parse (const char *text, ContraDate *out);

/* The TIMEX3 value (TimeML notation) of a date: "2011-09-21", "2011-09", "2014-W33",
 * "1998-Q1", "2012-SU", "FY2013", "197X" (a decade, or part of one), "19XX" (a
 * century), "PRESENT_REF"; "late 2010" is "2010", its part being TimeML's mod.
 * "XXXX-XX-XX" for an unset date. Free with g_free(). */
char *contra_date_timex (const ContraDate *date);

/* TimeML's mod for @date's part or hedge: "START" ("early 2010", "the early 1970s"),
 * "MID", "END" ("late 2010", "the end of 2012"), "APPROX" ("around 2010"); NULL when
 * it has none. Static. */
const char *contra_date_timex_mod (const ContraDate *date);

/* The four types of TimeML time expression. */
typedef enum {
  CONTRA_TIMEX_DATE,
  CONTRA_TIMEX_TIME,
  CONTRA_TIMEX_DURATION,
  CONTRA_TIMEX_SET,
} ContraTimexType;

/* A time expression as TimeML reads it. */
typedef struct {
  ContraTimexType type;
  char *value;       /* TIMEX3 value: "2011-09", "P3D", "P1Y", "1998-02-13TMO"; owned */
  ContraDate date;   /* DATE: the date; TIME: its day; unset otherwise */
} ContraTimex;

#define CONTRA_TIMEX_INIT {CONTRA_TIMEX_DATE, NULL, CONTRA_DATE_INIT}

/* "DATE", "TIME", "DURATION", "SET". Static. */
const char *contra_timex_type_name (ContraTimexType type);

/* Frees the value and resets @timex. */
void contra_timex_clear (ContraTimex *timex);

G_END_DECLS
