/* date.c — date intervals, and the date normaliser.
 *
 * How a date in a sentence is resolved
 *
 * The normaliser reads one date expression at a token and turns it into an interval of
 * days with the granularity the text gave. The year comes from one of four places:
 *
 *   1. The text ("September 2011", "FY2015", "the late 1980s", "14/8/14"). Two-digit
 *      years pivot at 50: "14" is 2014, "95" is 1995.
 *   2. The context, for underspecified dates: a month, day or phrase without a year
 *      ("In December", "that July", "the same year", "the following year"). The year
 *      is the anchor's (context->anchor, the nearest preceding explicit date, which
 *      the caller tracks). Without an anchor it is the reference's year, moved one
 *      year back when that puts the date after the reference (news reports the past),
 *      or one forward when it falls before it and context->future is set. Phrases that
 *      count ("the following year", "a year later") count from the anchor, or from
 *      the reference when there is none, and are not moved.
 *   3. The reference date, for relative dates ("last year", "this week", "on Monday",
 *      "yesterday", "three years ago"). A weekday or "this July" resolves toward the
 *      past unless context->future; "last" and "next" fix the direction themselves.
 *      "Three years after 2010", "ten years after the 2004 flood" and "the 50th
 *      anniversary of the 1945 armistice" count from the date the sentence gives the
 *      event, or else from the date an earlier sentence of the document gave it
 *      ("The quay burned in 1921. ... Ten years after the quay burned": the context's
 *      events); with no such date ("thirty years after the quay burned") the count is
 *      a duration, not a date, but "the 40th anniversary of its charter" dates the
 *      charter 40 years before the reference (the anniversary is kept now).
 *   4. The reference date itself, for the present ("at present", "currently", "now",
 *      "today").
 * Two exceptions to 2: a quarter or half without a year ("the third quarter") takes
 * the reference's year, as reports count periods, not the anchor's; and a sentence
 * about the future does not take its year from an anchor that ended before the
 * reference. Which dates become the anchor is contra_date_context_note()'s decision
 * (not one after "since" or "by", nor a fiscal year, which is a reporting period: in
 * "Fiscal 2012 profits rose ... The strike began on March 3", published in March 2013,
 * the strike is March 2013, nor a date after the reference, a plan or a forecast);
 * how long it holds is the caller's. A day read from
 * context ("on March 3", "on Wednesday") becomes the anchor when there is none, when
 * the anchor is a day, or when it lies within the anchor, so that "a week later",
 * "three days later" and "the same day" count from it; against a coarser anchor
 * ("in 2009 ... three days later") the count stays a duration. A yearless month or a
 * quarter becomes the anchor when there is none, so that "from a year earlier" is
 * the same month or quarter a year back. A yearless date in a sentence about the
 * past never takes an anchor's year that puts it after the reference.
 *
 * Where this differs from HeidelTime: in news, HeidelTime gives every yearless month
 * or day the reference's year, moved by the tense, and ignores earlier years named in
 * the text. contra keeps the year the paragraph names ("In 2009 ... In December" is
 * December 2009), as the design asks and as the shipped corpus (reports published in
 * 2015 about 2009-2011) needs: HeidelTime's policy scored a little better on
 * bench/tempeval (value F1 90.9 against 89.5 on all four sets), but misdated
 * December 2009, August 2010 and June 8, 2009 in the corpus and broke its gold.
 * Without the context a form needs (no anchor and no reference), it does not match.
 * A date read from the anchor that lies outside it ("the following year") becomes the
 * anchor in turn, so "a year later" counts on from it.
 *
 * The words the patterns read ("early", "fiscal", "spring", "ago") are the text's
 * language's (lang/en/calendar.yaml and a few general classes of words.yaml), one
 * class for each role, tested with is(); the patterns, their order and TimeML's
 * codes are written here.
 *
 * Below the normaliser, contra_timex_match() reads what TimeML also calls time
 * expressions and claims leave out (durations, sets, times of day) for `contra dump
 * dates`, and contra_date_range_match() gives both ends of a range.
 *
 * Known limits:
 *   - Relative days and weeks need a reference known to the day; against a reference
 *     known only to the month, "yesterday" and "on Monday" give that month.
 *   - Parts of months ("early December") widen to the month; "winter 2010" is
 *     December 2010 to February 2011; "the 20s" is the 2020s unless that lies after
 *     the reference, then the 1920s.
 *   - Numeric dates are read day first ("14/8/14") unless the second number cannot be
 *     a month ("8/14/14").
 *   - Ranges ("2016-2020", "from June to August") are read as separate dates by the
 *     normaliser, except a range of days in one month ("24–26 September 1920"), which
 *     is one interval; contra_date_range_match() reads both ends of the others.
 *   - The direction of a yearless date comes from context->future, narrowed to the
 *     date's side of a semicolon, and never forward right after "since". Within a clause, "On Monday she said it
 *     will open" reads Monday forward: HeidelTime looks at the tense of the nearest
 *     verb, which needs a part-of-speech tagger contra does not have. "Would" makes
 *     the future of the dates after it in its clause only.
 *   - "The end of 2012", "late in 2012" and "late 2012" are October to December,
 *     the last quarter; "early 2012" is January to April and "mid-2012" May to August.
 *   - "N years after X" with X undated is a duration: HeidelTime would date X from
 *     the reference, which is right in news ("thirty years after the war, ...") and
 *     wrong in a narrative set in the past. X's date is looked for in the few words
 *     up to the next punctuation mark, then in the clauses the document dated
 *     before (recorded_event(): X's last word must be one of the clause's, in one
 *     form or another), not in later sentences nor in the corpus's other documents.
 *     "N years since X" with X undated stays a duration: X is the reference minus N,
 *     which dates X, not the expression.
 *   - A four-digit number in 1800-2199 is a year unless something says it is an
 *     amount: a currency, a unit, a percent sign, a scale word, a reference marker
 *     ("No.", "p.") or a plural noun right after it ("2000 soldiers"; but "in 2011
 *     officials said" keeps the year because a temporal preposition precedes it). A
 *     plural noun one word further on is not seen: "2000 patrol boats" is a year.
 *   - The anchor is taken as given: "In March 2010 ... In January" gives January 2010
 *     even where the writer meant 2011.
 *   - "In two weeks" and "within a week" are durations (P2W, P1W), TimeML's tag for
 *     the words; the day they point to from the reference is not read as a date.
 *   - "Recently" is PAST_REF, "in the past" and "in the future" PAST_REF and
 *     FUTURE_REF only before a punctuation mark; "overnight" is the night of the day
 *     anchor, or the night before the reference (never an adjective: "overnight
 *     rates").
 *   - The future is words.yaml's future_words ("will"), sentence-wide, and
 *     calendar.yaml's future_after_words ("would"), for the dates after it in its
 *     clause: read sentence-wide, "would" turned the past dates of its sentence
 *     forward too ("said Tuesday she would resign") and lowered bench/tempeval; read
 *     after it, it raised all six sets' value F1 from 91.6 to 93.0. "Expects" is not
 *     read.
 *   - "A year earlier" and, after an amount or "from", "a year ago" are the month
 *     or quarter in context a year back, a comparison: they never become the anchor,
 *     so a second "a year earlier" in the paragraph is the same period.
 */
#include "normalize/date.h"

#include <string.h>

#include "lang/language.h"

#include "normalize/normalizer.h"
#include "normalize/words.h"

/* ---------------------------------------------------------------- intervals */

static gint32
julian_of (int year, int month, int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;

  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (gint32) g_date_get_julian (&g);
}

static void
split_julian (gint32 julian, int *year, int *month, int *day)
{
  GDate g;

  g_date_clear (&g, 1);
  g_date_set_julian (&g, (guint32) julian);
  *year = g_date_get_year (&g);
  *month = g_date_get_month (&g);
  *day = g_date_get_day (&g);
}

static int
year_of (gint32 julian)
{
  int y, m, d;

  split_julian (julian, &y, &m, &d);
  return y;
}

/* 1 for Monday .. 7 for Sunday: julian day 1 (0001-01-01) was a Monday. */
static int
weekday_of (gint32 julian)
{
  return (julian - 1) % 7 + 1;
}

static int
days_in_month (int year, int month)
{
  return g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/* The julian day of 31 December 9999, the last day a date may hold: years are four
 * digits everywhere they are written. */
#define LAST_JULIAN 3652059

static ContraDate
interval (gint32 first, gint32 last, ContraGrain grain, guint flags)
{
  ContraDate date = CONTRA_DATE_INIT;

  if (first <= 0 || last < first || last > LAST_JULIAN)
    return date;
  date.first = first;
  date.last = last;
  date.grain = (guint8) grain;
  date.flags = (guint8) flags;
  return date;
}

ContraDate
contra_date_span (int first_year,
                  int first_month,
                  int first_day,
                  int last_year,
                  int last_month,
                  int last_day,
                  ContraGrain grain)
{
  ContraDate none = CONTRA_DATE_INIT;

  if (first_month == 0)
    first_month = first_day = 1;
  else if (first_day == 0)
    first_day = 1;
  if (last_month == 0)
    {
      last_month = 12;
      last_day = 31;
    }
  else if (last_day == 0)
    {
      if (last_year < 1 || last_year > 9999 || last_month < 1 || last_month > 12)
        return none;
      last_day = days_in_month (last_year, last_month);
    }
  return interval (julian_of (first_year, first_month, first_day),
                   julian_of (last_year, last_month, last_day), grain, 0);
}

ContraDate
contra_date_fiscal_year (int year)
{
  ContraDate none = CONTRA_DATE_INIT;

  /* Checked before "year - 1", which would overflow for G_MININT. */
  if (year < 2 || year > 9999)
    return none;

  ContraDate date = contra_date_span (year - 1, 10, 1, year, 9, 30, CONTRA_GRAIN_YEAR);

  if (contra_date_is_set (&date))
    date.flags |= CONTRA_DATE_FISCAL;
  return date;
}

ContraDate
contra_date_make (int year, int month, int day, ContraGrain grain)
{
  ContraDate none = CONTRA_DATE_INIT;

  if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || (day > 0 && month == 0))
    return none;
  if (day > 0 && julian_of (year, month, day) == 0)
    return none;

  switch (grain)
    {
    case CONTRA_GRAIN_DAY:
      if (day == 0)
        return none;
      return contra_date_span (year, month, day, year, month, day, grain);
    case CONTRA_GRAIN_WEEK:
      {
        if (day == 0)
          return none;
        gint32 j = julian_of (year, month, day);
        gint32 monday = j - (weekday_of (j) - 1);
        return interval (monday, monday + 6, grain, 0);
      }
    case CONTRA_GRAIN_MONTH:
      if (month == 0)
        return none;
      return contra_date_span (year, month, 1, year, month, 0, grain);
    case CONTRA_GRAIN_SEASON:
      {
        if (month == 0)
          return none;
        int q = (month - 1) / 3;
        return contra_date_span (year, q * 3 + 1, 1, year, q * 3 + 3, 0, grain);
      }
    case CONTRA_GRAIN_YEAR:
      return contra_date_span (year, 0, 0, year, 0, 0, grain);
    case CONTRA_GRAIN_DECADE:
      return contra_date_span (year - year % 10, 0, 0, year - year % 10 + 9, 0, 0, grain);
    case CONTRA_GRAIN_CENTURY:
      return contra_date_span (year - year % 100, 0, 0, year - year % 100 + 99, 0, 0, grain);
    case CONTRA_GRAIN_NONE:
    default:
      return none;
    }
}

int
contra_date_year (const ContraDate *date)
{
  g_return_val_if_fail (date != NULL, 0);
  return contra_date_is_set (date) ? year_of (date->first) : 0;
}

gboolean
contra_date_overlaps (const ContraDate *a, const ContraDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return contra_date_is_set (a) && contra_date_is_set (b) && a->first <= b->last
         && b->first <= a->last;
}

gboolean
contra_date_before (const ContraDate *a, const ContraDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return contra_date_is_set (a) && contra_date_is_set (b) && a->last < b->first;
}

int
contra_date_compare (const ContraDate *a, const ContraDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);
  if (a->first != b->first)
    return a->first < b->first ? -1 : 1;
  if (a->last != b->last)
    return a->last < b->last ? -1 : 1;
  if (a->grain != b->grain)
    return a->grain < b->grain ? -1 : 1;
  return 0;
}

/* ------------------------------------------------------------------ naming */

/* Dates are printed in the language of contra's messages, English, whatever the
 * language of the text they came from. */
static inline const char *
month_name (int month)
{
  return contra_language_month_name (contra_language_default (), (guint) month);
}

/* The parts of a year the SEASON grain holds, told apart by their months; a last
 * month before the first wraps into the next year. The first three are the
 * "early / mid / late" parts. */
typedef enum {
  PART_EARLY,
  PART_MID,
  PART_LATE,
  PART_Q1,
  PART_Q2,
  PART_Q3,
  PART_Q4,
  PART_H1,
  PART_H2,
  PART_SPRING,
  PART_SUMMER,
  PART_AUTUMN,
  PART_WINTER,
  PART_END, /* "the end of 2012", "late in 2012": the last quarter, read as a part */
  N_PARTS
} YearPart;

static const struct {
  guint8 first_month;
  guint8 last_month;
  const char *format_prefix; /* the normalised form is prefix, year, suffix */
  const char *format_suffix;
  const char *describe_prefix;
} year_parts[N_PARTS] = {
  [PART_EARLY] = {1, 4, "early ", "", "early "},
  [PART_MID] = {5, 8, "mid-", "", "mid-"},
  [PART_LATE] = {9, 12, "late ", "", "late "},
  [PART_Q1] = {1, 3, "", "-Q1", "the first quarter of "},
  [PART_Q2] = {4, 6, "", "-Q2", "the second quarter of "},
  [PART_Q3] = {7, 9, "", "-Q3", "the third quarter of "},
  [PART_Q4] = {10, 12, "", "-Q4", "the fourth quarter of "},
  [PART_H1] = {1, 6, "", "-H1", "the first half of "},
  [PART_H2] = {7, 12, "", "-H2", "the second half of "},
  [PART_SPRING] = {3, 5, "spring ", "", "spring "},
  [PART_SUMMER] = {6, 8, "summer ", "", "summer "},
  [PART_AUTUMN] = {9, 11, "autumn ", "", "autumn "},
  [PART_WINTER] = {12, 2, "winter ", "", "winter "},
  [PART_END] = {10, 12, "end of ", "", "the end of "},
};

static ContraDate
part_of_year (int year, YearPart part)
{
  int fm = year_parts[part].first_month, lm = year_parts[part].last_month;
  ContraDate date = contra_date_span (year, fm, 1, lm < fm ? year + 1 : year, lm, 0,
                                      CONTRA_GRAIN_SEASON);

  if ((part <= PART_LATE || part == PART_END) && contra_date_is_set (&date))
    date.flags |= CONTRA_DATE_PART;
  return date;
}

/* Decade parts: years 0-3, 4-6 and 7-9 of the decade. */
static const struct {
  guint8 first;
  guint8 last;
  const char *name;
} decade_parts[] = {
  {0, 3, "early "},
  {4, 6, "mid-"},
  {7, 9, "late "},
};

static ContraDate
part_of_decade (int decade, YearPart part)
{
  if (part == PART_END)
    part = PART_LATE;
  ContraDate date = contra_date_span (decade + decade_parts[part].first, 0, 0,
                                      decade + decade_parts[part].last, 0, 0,
                                      CONTRA_GRAIN_DECADE);

  if (contra_date_is_set (&date))
    date.flags |= CONTRA_DATE_PART;
  return date;
}

/* The letters of an ordinal as a date is printed ("21st century"): the default
 * language's, as the month names are (dates are printed in it whatever the
 * document's language). */
static const char *
ordinal_suffix (int n)
{
  return contra_language_ordinal_suffix (contra_language_default (), (guint) n);
}

/* Appends @value in decimal, zero-padded to @width digits, as "%0*d" does, without
 * printf's cost: the writers print a date for every claim they show. */
static void
append_padded (GString *s, int value, int width)
{
  char digits[16];
  int n = 0;

  if (value < 0)
    {
      g_string_append_printf (s, "%0*d", width, value);
      return;
    }
  do
    digits[n++] = (char) ('0' + value % 10);
  while ((value /= 10) > 0);
  while (n < width)
    digits[n++] = '0';
  while (n > 0)
    g_string_append_c (s, digits[--n]);
}

/* Writes the date's name into @s: the normalised form, or the form an editor reads
 * when @describe. Falls back to an ISO 8601 interval for intervals no name fits. */
static void
append_name (GString *s, const ContraDate *date, gboolean describe)
{
  int y1, m1, d1, y2, m2, d2;

  split_julian (date->first, &y1, &m1, &d1);
  split_julian (date->last, &y2, &m2, &d2);
  gboolean whole_months = d1 == 1 && d2 == days_in_month (y2, m2);
  gboolean whole_years = whole_months && m1 == 1 && m2 == 12;

  switch (date->grain)
    {
    case CONTRA_GRAIN_DAY:
      if (date->first != date->last)
        break;
      if (describe)
        g_string_append_printf (s, "%d %s %d", d1, month_name (m1), y1);
      else
        {
          append_padded (s, y1, 4);
          g_string_append_c (s, '-');
          append_padded (s, m1, 2);
          g_string_append_c (s, '-');
          append_padded (s, d1, 2);
        }
      return;
    case CONTRA_GRAIN_WEEK:
      if (date->last - date->first != 6 || weekday_of (date->first) != 1)
        break;
      if (describe)
        g_string_append_printf (s, "the week of %d %s %d", d1, month_name (m1), y1);
      else
        {
          /* The ISO week belongs to the year of its Thursday. */
          GDate g;
          g_date_clear (&g, 1);
          g_date_set_julian (&g, (guint32) date->first);
          g_string_append_printf (s, "%04d-W%02u", year_of (date->first + 3),
                                  g_date_get_iso8601_week_of_year (&g));
        }
      return;
    case CONTRA_GRAIN_MONTH:
      if (y1 != y2 || m1 != m2 || !whole_months)
        break;
      if (describe)
        g_string_append_printf (s, "%s %d", month_name (m1), y1);
      else
        {
          append_padded (s, y1, 4);
          g_string_append_c (s, '-');
          append_padded (s, m1, 2);
        }
      return;
    case CONTRA_GRAIN_SEASON:
      if (!whole_months)
        break;
      for (int p = 0; p < N_PARTS; p++)
        {
          /* October to December is "the end of" a year when read as a part, its
           * fourth quarter otherwise. */
          if ((p == PART_END) != ((date->flags & CONTRA_DATE_PART) && m1 == 10 && m2 == 12))
            continue;
          gboolean wraps = year_parts[p].last_month < year_parts[p].first_month;
          if (m1 == year_parts[p].first_month && m2 == year_parts[p].last_month
              && y2 == y1 + (wraps ? 1 : 0))
            {
              g_string_append (s, describe ? year_parts[p].describe_prefix
                                           : year_parts[p].format_prefix);
              g_string_append_printf (s, "%d", y1);
              if (!describe)
                g_string_append (s, year_parts[p].format_suffix);
              return;
            }
        }
      break;
    case CONTRA_GRAIN_YEAR:
      if ((date->flags & CONTRA_DATE_FISCAL) && y2 == y1 + 1 && m1 == 10 && d1 == 1 && m2 == 9
          && d2 == 30)
        {
          g_string_append_printf (s, describe ? "fiscal year %d" : "FY%d", y2);
          return;
        }
      if (y1 != y2 || !whole_years)
        break;
      append_padded (s, y1, 1);
      return;
    case CONTRA_GRAIN_DECADE:
      if (!whole_years || y1 / 10 != y2 / 10)
        break;
      for (guint p = 0; p < G_N_ELEMENTS (decade_parts); p++)
        if (y1 % 10 == decade_parts[p].first && y2 % 10 == decade_parts[p].last)
          {
            gboolean whole = y1 % 10 == 0 && y2 % 10 == 9;
            if (describe)
              g_string_append (s, "the ");
            if (!whole || p != 0)
              g_string_append (s, decade_parts[p].name);
            g_string_append_printf (s, "%ds", y1 - y1 % 10);
            return;
          }
      if (y1 % 10 == 0 && y2 % 10 == 9)
        {
          g_string_append_printf (s, describe ? "the %ds" : "%ds", y1);
          return;
        }
      break;
    case CONTRA_GRAIN_CENTURY:
      if (!whole_years || y1 % 100 != 0 || y2 != y1 + 99)
        break;
      {
        int c = y1 / 100 + 1;
        g_string_append_printf (s, describe ? "the %d%s century" : "%d%s century", c,
                                ordinal_suffix (c));
      }
      return;
    case CONTRA_GRAIN_NONE:
    default:
      break;
    }
  if (describe)
    g_string_append_printf (s, "%d %s %d to %d %s %d", d1, month_name (m1), y1, d2,
                            month_name (m2), y2);
  else
    g_string_append_printf (s, "%04d-%02d-%02d/%04d-%02d-%02d", y1, m1, d1, y2, m2, d2);
}

char *
contra_date_format (const ContraDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  if (!contra_date_is_set (date))
    return g_strdup ("");

  GString *s = g_string_new ((date->flags & CONTRA_DATE_APPROXIMATE) ? "~" : "");
  append_name (s, date, FALSE);
  return g_string_free (s, FALSE);
}

char *
contra_date_describe (const ContraDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  if (!contra_date_is_set (date))
    return g_strdup ("");

  GString *s = g_string_new ((date->flags & CONTRA_DATE_APPROXIMATE) ? "around " : "");
  append_name (s, date, TRUE);
  return g_string_free (s, FALSE);
}

/* The TIMEX3 value (TimeML): what the part or modifier of a date says goes to its mod
 * in TimeML, so "late 2010" is 2010, "the early 1970s" 197X. */
/* TimeML's codes for spring, summer, autumn and winter, in YearPart order. */
static const char *const season_codes[] = {"SP", "SU", "FA", "WI"};

const char *
contra_date_timex_mod (const ContraDate *date)
{
  int y1, m1, d1, y2, m2, d2;

  g_return_val_if_fail (date != NULL, NULL);
  if (!contra_date_is_set (date))
    return NULL;
  /* TimeML's mod values ("APPROX", "START", "MID", "END"): notation, not English. */
  if (date->flags & CONTRA_DATE_APPROXIMATE)
    return "APPROX";
  if (!(date->flags & CONTRA_DATE_PART))
    return NULL;
  split_julian (date->first, &y1, &m1, &d1);
  split_julian (date->last, &y2, &m2, &d2);
  /* Where the part starts in its year, or its decade: the first third is the start,
   * the last reaches the end. */
  if (date->grain == CONTRA_GRAIN_DECADE)
    return y1 % 10 == 0 ? "START" : y2 % 10 == 9 ? "END" : "MID";
  return m1 == 1 ? "START" : m2 == 12 ? "END" : "MID";
}

char *
contra_date_timex (const ContraDate *date)
{
  int y1, m1, d1, y2, m2, d2;

  g_return_val_if_fail (date != NULL, NULL);
  if (!contra_date_is_set (date))
    return g_strdup ("XXXX-XX-XX");
  /* "now" is the present; "today" (PRESENT and RELATIVE) is a day. */
  if ((date->flags & (CONTRA_DATE_PRESENT | CONTRA_DATE_RELATIVE)) == CONTRA_DATE_PRESENT)
    return g_strdup ("PRESENT_REF");
  split_julian (date->first, &y1, &m1, &d1);
  split_julian (date->last, &y2, &m2, &d2);
  switch (date->grain)
    {
    case CONTRA_GRAIN_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", y1, m1, d1);
    case CONTRA_GRAIN_WEEK:
      if (date->last - date->first == 6 && weekday_of (date->first) == 1)
        return contra_date_format (&(ContraDate){date->first, date->last, date->grain, 0});
      return g_strdup_printf ("%04d-%02d-%02d", y1, m1, d1);
    case CONTRA_GRAIN_MONTH:
      return g_strdup_printf ("%04d-%02d", y1, m1);
    case CONTRA_GRAIN_SEASON:
      if (date->flags & CONTRA_DATE_PART)
        return g_strdup_printf ("%04d", y1);
      for (int p = PART_Q1; p < N_PARTS; p++)
        if (m1 == year_parts[p].first_month && m2 == year_parts[p].last_month)
          {
            if (p >= PART_SPRING)
              return g_strdup_printf ("%04d-%s", y1, season_codes[p - PART_SPRING]);
            return g_strdup_printf ("%04d%s", y1, year_parts[p].format_suffix);
          }
      return g_strdup_printf ("%04d-%02d", y1, m1);
    case CONTRA_GRAIN_YEAR:
      if (date->flags & CONTRA_DATE_FISCAL)
        return g_strdup_printf ("FY%04d", y2);
      return g_strdup_printf ("%04d", y1);
    case CONTRA_GRAIN_DECADE:
      return g_strdup_printf ("%03dX", y1 / 10);
    case CONTRA_GRAIN_CENTURY:
      return g_strdup_printf ("%02dXX", y1 / 100);
    case CONTRA_GRAIN_NONE:
    default:
      return g_strdup ("XXXX-XX-XX");
    }
}

/* --------------------------------------------------------------- the matcher */

typedef struct {
  const ContraTokens *t;
  const ContraDateContext *ctx;
  gboolean whole; /* contra_date_parse(): also "2021-07" and a trailing time */
} Matcher;

static const ContraDateContext no_context = {CONTRA_DATE_INIT, CONTRA_DATE_INIT, FALSE, NULL};

static guint match_at (const Matcher *m, guint i, ContraDate *out);

/* TRUE when token @i is a word of the class @cls of the text's language: the date
 * grammar's words are lang/en/calendar.yaml's (and a few general classes of
 * words.yaml's), each role a class, so no word is written here. */
static inline gboolean
is (const Matcher *m, guint i, ContraWordClass cls)
{
  return contra_language_is (m->t->language, cls, m->t, i);
}

/* A time unit in the singular: "year", not "years". */
static gboolean
unit_one (const Matcher *m, guint i, ContraWordClass cls)
{
  return is (m, i, cls) && !is (m, i, CONTRA_WORDS_TIME_UNIT_PLURALS);
}

/* The length of the word of @cls that the folded word @fold begins with ("fy" of
 * "fy2015"), 0 when none. */
static gsize
class_prefix (const ContraLanguage *language, ContraWordClass cls, const char *fold)
{
  for (const char *const *w = contra_language_words (language, cls); *w != NULL; w++)
    if (g_str_has_prefix (fold, *w))
      return strlen (*w);
  return 0;
}

static inline gboolean
punct (const Matcher *m, guint i, char c)
{
  return contra_tokens_is_punct (m->t, i, c);
}

/* A month name, capitalized ("September", "Sept", "Sep"); 0 when not one. */
static int
month_at (const Matcher *m, guint i, gboolean *abbrev)
{
  if (!contra_tok_is (m->t, i, CONTRA_TOKEN_WORD)
      || (m->t->tokens[i].flags & (CONTRA_TOKEN_CAPITALIZED | CONTRA_TOKEN_HAS_DIGIT))
           != CONTRA_TOKEN_CAPITALIZED)
    return 0;
  return (int) contra_language_month (m->t->language, contra_tokens_fold (m->t, i), abbrev);
}

/* A weekday name, capitalized: 1 for Monday .. 7 for Sunday; 0 when not one. */
static int
weekday_at (const Matcher *m, guint i)
{
  if (!contra_tok_flag (m->t, i, CONTRA_TOKEN_CAPITALIZED)
      || !contra_tok_is (m->t, i, CONTRA_TOKEN_WORD))
    return 0;
  return (int) contra_language_weekday (m->t->language, contra_tokens_fold (m->t, i));
}

/* A season ("summer", "fall"): its YearPart, -1 when none. */
static int
season_at (const Matcher *m, guint i)
{
  for (int s = 0; s <= CONTRA_WORDS_WINTER - CONTRA_WORDS_SPRING; s++)
    if (is (m, i, CONTRA_WORDS_SPRING + s))
      return PART_SPRING + s;
  return -1;
}

/* "early", "mid", "late" before a date: its YearPart, -1 when none. */
static int
part_word_at (const Matcher *m, guint i)
{
  if (is (m, i, CONTRA_WORDS_PART_EARLY))
    return PART_EARLY;
  if (is (m, i, CONTRA_WORDS_PART_MID))
    return PART_MID;
  if (is (m, i, CONTRA_WORDS_PART_LATE))
    return PART_LATE;
  return -1;
}

/* "the beginning of", "the middle of", "the end of": the part, -1 when none. The end
 * of a year is its last quarter, narrower than its late part. */
static int
part_noun_at (const Matcher *m, guint i)
{
  if (is (m, i, CONTRA_WORDS_PART_START))
    return PART_EARLY;
  if (is (m, i, CONTRA_WORDS_PART_MIDDLE))
    return PART_MID;
  if (is (m, i, CONTRA_WORDS_PART_END))
    return PART_END;
  return -1;
}

/* The time unit a word names: "year"/"years" ... "day"/"days"; NONE otherwise.
 * Decades come back as YEAR with *factor 10. */
static ContraGrain
unit_at (const Matcher *m, guint i, int *factor)
{
  static const struct {
    ContraWordClass cls;
    ContraGrain grain;
    int factor;
  } units[] = {
    {CONTRA_WORDS_YEAR, CONTRA_GRAIN_YEAR, 1},    {CONTRA_WORDS_MONTH, CONTRA_GRAIN_MONTH, 1},
    {CONTRA_WORDS_WEEK, CONTRA_GRAIN_WEEK, 1},    {CONTRA_WORDS_DAY, CONTRA_GRAIN_DAY, 1},
    {CONTRA_WORDS_DECADE, CONTRA_GRAIN_YEAR, 10},
  };

  for (gsize k = 0; k < G_N_ELEMENTS (units); k++)
    if (is (m, i, units[k].cls))
      {
        if (factor != NULL)
          *factor = units[k].factor;
        return units[k].grain;
      }
  return CONTRA_GRAIN_NONE;
}

/* A word after which a number is a time, not an amount: "in 2011 officials said",
 * "early 1746" (calendar.yaml's year_prepositions). */
static gboolean
temporal_preposition (const ContraTokens *t, guint i)
{
  return contra_language_is (t->language, CONTRA_WORDS_YEAR_PREPOSITIONS, t, i);
}

static int season_at (const Matcher *m, guint i);

/* A four-digit year, 1800-2199; or 1000-1799 right after a month's name, a season's
 * ("summer 1539", "the summer of 1539") or a temporal preposition ("in 1746", "8
 * January 1747"), where a number that old is still a year. */
static gboolean
year_at (const Matcher *m, guint i, int *year)
{
  int v;
  guint digits;
  gboolean abbrev;

  if (!contra_tok_digits (m->t, i, &v, &digits) || digits != 4 || v < 1000 || v > 2199)
    return FALSE;
  gboolean season
    = i >= 1
      && (season_at (m, i - 1) >= 0 || (i >= 2 && is (m, i - 1, CONTRA_WORDS_PARTITIVES) && season_at (m, i - 2) >= 0));
  if (v < 1800 && !season && (i == 0 || (!temporal_preposition (m->t, i - 1) && month_at (m, i - 1, &abbrev) == 0)))
    return FALSE;
  *year = v;
  return TRUE;
}

static int
two_digit_year (int yy)
{
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/* An ordinal in digits: "17th", "1st", "20th". Gives its value and the number of its
 * digits; an ordinal of more than two digits is no day, century or quarter, and is
 * refused before its value could overflow ("the 99999999999th century"). */
static gboolean
ordinal_at (const Matcher *m, guint i, int *value, guint *digits)
{
  if (!contra_tok_flag (m->t, i, CONTRA_TOKEN_ORDINAL) || !contra_tok_is (m->t, i, CONTRA_TOKEN_NUMBER))
    return FALSE;

  gsize len, k;
  const char *s = contra_tok_text (m->t, i, &len);
  int v = 0;
  for (k = 0; k < len && g_ascii_isdigit (s[k]); k++)
    {
      if (k == 2)
        return FALSE;
      v = v * 10 + (s[k] - '0');
    }
  /* The letters after the digits: the tokenizer flagged them as the language's. */
  if (k == 0 || !contra_language_is_ordinal_suffix (m->t->language, s + k, len - k))
    return FALSE;
  *value = v;
  *digits = (guint) k;
  return TRUE;
}

/* A day of the month: "17", "08", "17th", "1st". */
static gboolean
day_at (const Matcher *m, guint i, int *day)
{
  int v;
  guint digits;

  if (!contra_tok_digits (m->t, i, &v, &digits) && !ordinal_at (m, i, &v, &digits))
    return FALSE;
  if (digits > 2 || v < 1 || v > 31)
    return FALSE;
  *day = v;
  return TRUE;
}

/* "20:14" or "20:14:05" after a numeric date; returns the tokens it spans. */
static guint
time_at (const Matcher *m, guint i)
{
  int h, min, sec;
  guint n1, n2, n3;

  if (!contra_tok_digits (m->t, i, &h, &n1) || n1 > 2 || h > 23 || !punct (m, i + 1, ':')
      || !contra_tok_glued (m->t, i + 1) || !contra_tok_digits (m->t, i + 2, &min, &n2)
      || n2 != 2 || min > 59 || !contra_tok_glued (m->t, i + 2))
    return 0;
  if (punct (m, i + 3, ':') && contra_tok_glued (m->t, i + 3)
      && contra_tok_digits (m->t, i + 4, &sec, &n3) && n3 == 2 && sec <= 59
      && contra_tok_glued (m->t, i + 4))
    return 5;
  return 3;
}

/* ------------------------------------------------------------ context */

static gboolean
reference (const Matcher *m, ContraDate *ref)
{
  if (!contra_date_is_set (&m->ctx->reference))
    return FALSE;
  *ref = m->ctx->reference;
  return TRUE;
}

/* The year an underspecified date takes from its anchor. An anchor coarser than a
 * year ("the 1990s") cannot give one. A fiscal year is named for its last day. */
static gboolean
anchor_year (const Matcher *m, int *year)
{
  const ContraDate *a = &m->ctx->anchor;

  if (!contra_date_is_set (a) || a->grain > CONTRA_GRAIN_YEAR)
    return FALSE;
  *year = year_of ((a->flags & CONTRA_DATE_FISCAL) ? a->last : a->first);
  return TRUE;
}

/* A date that needs a year: a day, a month or a part of a year. */
typedef enum {
  YEARLESS_DAY,
  YEARLESS_MONTH,
  YEARLESS_PART,
} YearlessKind;

typedef struct {
  YearlessKind kind;
  int month;
  int day;
  YearPart part;
} Yearless;

static ContraDate
yearless_in (const Yearless *y, int year)
{
  switch (y->kind)
    {
    case YEARLESS_DAY:
      return contra_date_make (year, y->month, y->day, CONTRA_GRAIN_DAY);
    case YEARLESS_MONTH:
      return contra_date_make (year, y->month, 0, CONTRA_GRAIN_MONTH);
    case YEARLESS_PART:
    default:
      return part_of_year (year, y->part);
    }
}

typedef enum {
  RESOLVE_CONTEXT, /* "In December", "that July": the anchor's year */
  RESOLVE_REPORT,  /* "the third quarter": the reference's, as reports count periods */
  RESOLVE_THIS,    /* "this July": the reference's year */
  RESOLVE_LAST,    /* "last December": the latest one ended before the reference */
  RESOLVE_NEXT,    /* "next summer": the first one starting after the reference */
} Resolve;

static gboolean
resolve_yearless (const Matcher *m, const Yearless *y, Resolve how, ContraDate *out)
{
  ContraDate ref;
  int year;

  /* A sentence about the future does not take its year from an anchor in the past:
   * "In October 1989 ... Residents will have until May 1" is next May. Nor does a
   * sentence about the past take a year that puts the date after the reference: with
   * "on Wednesday" (March 2013) as the anchor, "In December" is December 2012, as
   * HeidelTime reads a yearless month in news (the reference's year, moved by the
   * tense). */
  if (how == RESOLVE_CONTEXT && anchor_year (m, &year)
      && !(m->ctx->future && contra_date_is_set (&m->ctx->reference) && m->ctx->anchor.last < m->ctx->reference.first))
    {
      *out = yearless_in (y, year);
      out->flags |= CONTRA_DATE_UNDERSPECIFIED;
      if (!(contra_date_is_set (out) && !m->ctx->future && contra_date_is_set (&m->ctx->reference)
            && out->first > m->ctx->reference.last))
        return contra_date_is_set (out);
    }
  if (!reference (m, &ref))
    {
      if (how == RESOLVE_REPORT && anchor_year (m, &year))
        {
          *out = yearless_in (y, year);
          out->flags |= CONTRA_DATE_UNDERSPECIFIED;
          return contra_date_is_set (out);
        }
      return FALSE;
    }

  year = year_of (ref.first);
  *out = yearless_in (y, year);
  if (!contra_date_is_set (out))
    return FALSE;
  switch (how)
    {
    case RESOLVE_CONTEXT:
    case RESOLVE_REPORT:
      if (!m->ctx->future && out->first > ref.last)
        *out = yearless_in (y, year - 1);
      else if (m->ctx->future && out->last < ref.first)
        *out = yearless_in (y, year + 1);
      out->flags |= CONTRA_DATE_UNDERSPECIFIED;
      break;
    case RESOLVE_LAST:
      if (out->last >= ref.first)
        *out = yearless_in (y, year - 1);
      out->flags |= CONTRA_DATE_RELATIVE;
      break;
    case RESOLVE_NEXT:
      if (out->first <= ref.last)
        *out = yearless_in (y, year + 1);
      out->flags |= CONTRA_DATE_RELATIVE;
      break;
    case RESOLVE_THIS:
    default:
      out->flags |= CONTRA_DATE_RELATIVE;
      break;
    }
  return contra_date_is_set (out);
}

/* The day, week, month or year containing @julian. */
static ContraDate
unit_containing (gint32 julian, ContraGrain unit)
{
  int y, mo, d;

  split_julian (julian, &y, &mo, &d);
  return contra_date_make (y, mo, d, unit);
}

static ContraDate
shift_unit (const ContraDate *date, ContraGrain unit, int n)
{
  int y, mo, d;

  switch (unit)
    {
    case CONTRA_GRAIN_DAY:
      return interval (date->first + n, date->last + n, unit, 0);
    case CONTRA_GRAIN_WEEK:
      return interval (date->first + 7 * n, date->last + 7 * n, unit, 0);
    case CONTRA_GRAIN_MONTH:
      {
        split_julian (date->first, &y, &mo, &d);
        int index = y * 12 + (mo - 1) + n;
        return contra_date_make (index / 12, index % 12 + 1, 0, unit);
      }
    case CONTRA_GRAIN_YEAR:
    default:
      return contra_date_make (year_of (date->first) + n, 0, 0, CONTRA_GRAIN_YEAR);
    }
}

/* "last year", "this week", "yesterday", "three years ago": @n units from the unit
 * containing the reference. A reference coarser than the unit is the best answer. */
static gboolean
relative_unit (const Matcher *m, ContraGrain unit, int n, ContraDate *out)
{
  ContraDate ref;

  if (!reference (m, &ref))
    return FALSE;
  if (ref.grain > unit)
    *out = ref;
  else
    {
      ContraDate base = unit_containing (ref.first, unit);
      *out = shift_unit (&base, unit, n);
    }
  out->flags = (guint8) ((out->flags & ~CONTRA_DATE_PRESENT) | CONTRA_DATE_RELATIVE);
  return contra_date_is_set (out);
}

/* "the same year", "the following month", "a year later": @n units from the unit
 * containing the anchor, or the reference when there is no anchor. Fails when the
 * base is coarser than the unit (a month after "in 2010"). */
static gboolean
context_unit (const Matcher *m, ContraGrain unit, int n, ContraDate *out)
{
  const ContraDate *a = &m->ctx->anchor;
  gint32 day;

  if (contra_date_is_set (a) && a->grain <= CONTRA_GRAIN_YEAR)
    {
      if (a->grain > unit)
        return FALSE;
      day = (a->flags & CONTRA_DATE_FISCAL) ? a->last : a->first;
    }
  else if (contra_date_is_set (&m->ctx->reference))
    {
      if (m->ctx->reference.grain > unit)
        return FALSE;
      day = m->ctx->reference.first;
    }
  else
    return FALSE;

  /* "A week later" than a day is a day: "began on March 3 and ended a week later"
   * is March 10, not the week after March 3's. */
  if (unit == CONTRA_GRAIN_WEEK && contra_date_is_set (a) && a->grain == CONTRA_GRAIN_DAY)
    *out = interval (day + 7 * n, day + 7 * n, CONTRA_GRAIN_DAY, 0);
  else
    {
      ContraDate base = unit_containing (day, unit);
      *out = shift_unit (&base, unit, n);
    }
  out->flags |= CONTRA_DATE_UNDERSPECIFIED;
  return contra_date_is_set (out);
}

/* "Monday": the nearest such day before the reference (or after it, for the future
 * or "next"). @dir is -1 for "last", +1 for "next", 0 otherwise. */
static gboolean
resolve_weekday (const Matcher *m, int weekday, int dir, ContraDate *out)
{
  ContraDate ref;

  if (!reference (m, &ref))
    return FALSE;
  if (ref.grain != CONTRA_GRAIN_DAY)
    {
      *out = ref;
      out->flags = CONTRA_DATE_RELATIVE;
      return TRUE;
    }

  int rw = weekday_of (ref.first), delta;
  if (dir > 0 || (dir == 0 && m->ctx->future))
    {
      delta = (weekday - rw + 7) % 7;
      if (dir > 0 && delta == 0)
        delta = 7;
    }
  else
    {
      delta = -((rw - weekday + 7) % 7);
      if (dir < 0 && delta == 0)
        delta = -7;
    }
  *out = interval (ref.first + delta, ref.first + delta, CONTRA_GRAIN_DAY, CONTRA_DATE_RELATIVE);
  return TRUE;
}

static gboolean
present (const Matcher *m, ContraDate *out)
{
  if (!reference (m, out))
    return FALSE;
  out->flags = CONTRA_DATE_PRESENT;
  return TRUE;
}

/* ------------------------------------------------------------ year checks */


/* Whether the four-digit number at @i reads as a year in its context. */
static gboolean
plausible_year (const Matcher *m, guint i)
{
  const ContraTokens *t = m->t;
  guint span;

  if (i > 0)
    {
      if (contra_words_is_reference_marker (t, i - 1)
          || contra_words_currency_symbol (t, i - 1, &span) != NULL
          || contra_words_currency_code (t, i - 1) != NULL)
        return FALSE;
      if (contra_tok_glued (t, i)
          && (punct (m, i - 1, '/') || punct (m, i - 1, ':') || punct (m, i - 1, '.')
              || punct (m, i - 1, '+') || punct (m, i - 1, '\\')))
        return FALSE;
    }

  guint j = i + 1;
  if (j >= t->n_tokens)
    return TRUE;
  if (punct (m, j, '%'))
    return FALSE;
  /* "2011/12" and "20:14" are not years; "2011:" opening a timeline entry is. */
  if (contra_tok_glued (t, j) && (punct (m, j, '/') || punct (m, j, ':')) && j + 1 < t->n_tokens
      && contra_tok_is (t, j + 1, CONTRA_TOKEN_NUMBER) && contra_tok_glued (t, j + 1))
    return FALSE;
  /* "2000-ton", "1000-strong": a number glued to a word is a measure. */
  if (contra_tok_glued (t, j) && contra_tokens_is_dash (t, j) && contra_tok_glued (t, j + 1)
      && contra_tok_is (t, j + 1, CONTRA_TOKEN_WORD)
      && !contra_tok_flag (t, j + 1, CONTRA_TOKEN_CAPITALIZED))
    return FALSE;
  if (contra_tok_is (t, j, CONTRA_TOKEN_WORD))
    {
      const char *fold = contra_tokens_fold (t, j);
      if (contra_language_is (t->language, CONTRA_WORDS_PERCENT_SIGNS, t, j)
          || contra_language_scale (t->language, fold) > 0 || contra_words_unit (t, j, &span) != NULL
          || contra_words_currency_name (t, j, TRUE, &span) != NULL || contra_words_currency_code (t, j) != NULL)
        return FALSE;
      if (contra_words_is_plural_noun (t, j) && !temporal_preposition (t, i - 1))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ the forms */

/* "2011-09-21", "2011/09/21"; with m->whole also "2021-07". */
static guint
m_iso (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  int y, mo, d;
  guint n;
  char sep;

  if (!year_at (m, i, &y) || !contra_tok_glued (t, i + 1) || !contra_tok_glued (t, i + 2))
    return 0;
  /* "2013-W11": the ISO week, Monday to Sunday, of the year of its Thursday. */
  if (punct (m, i + 1, '-') && contra_tok_flag (t, i + 2, CONTRA_TOKEN_HAS_DIGIT))
    {
      const char *fold = contra_tokens_fold (t, i + 2);
      if (fold[0] != 'w' || !g_ascii_isdigit (fold[1]) || !g_ascii_isdigit (fold[2]) || fold[3] != '\0')
        return 0;
      int week = (fold[1] - '0') * 10 + (fold[2] - '0');
      /* The Monday of week 1 is the Monday of the week holding 4 January. */
      ContraDate w1 = contra_date_make (y, 1, 4, CONTRA_GRAIN_WEEK);
      if (week < 1 || week > 53 || !contra_date_is_set (&w1))
        return 0;
      gint32 monday = w1.first + 7 * (week - 1);
      *out = interval (monday, monday + 6, CONTRA_GRAIN_WEEK, 0);
      /* Week 53 exists only in years whose week 53 still has its Thursday. */
      return contra_date_is_set (out) && year_of (monday + 3) == y ? 3 : 0;
    }
  if (punct (m, i + 1, '-'))
    sep = '-';
  else if (punct (m, i + 1, '/'))
    sep = '/';
  else
    return 0;
  if (!contra_tok_digits (t, i + 2, &mo, &n) || n != 2 || mo < 1 || mo > 12)
    return 0;
  if (punct (m, i + 3, sep) && contra_tok_glued (t, i + 3) && contra_tok_glued (t, i + 4)
      && contra_tok_digits (t, i + 4, &d, &n) && n == 2)
    {
      *out = contra_date_make (y, mo, d, CONTRA_GRAIN_DAY);
      return contra_date_is_set (out) ? 5 : 0;
    }
  if (m->whole && i + 3 == t->n_tokens)
    {
      *out = contra_date_make (y, mo, 0, CONTRA_GRAIN_MONTH);
      return 3;
    }
  return 0;
}

/* "14/8/14", "14/08/2014", "14.8.2014", with an optional time: day first unless the
 * second number cannot be a month. */
static guint
m_numeric (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  int a, b, c;
  guint na, nb, nc, n;

  if (contra_tok_flag (t, i, CONTRA_TOKEN_DECIMAL))
    {
      /* "14.8.2014", as one token or as "14.8" "." "2014". */
      gsize len;
      const char *s = contra_tok_text (t, i, &len);
      int parts[3] = {0, 0, 0};
      guint lens[3] = {0, 0, 0}, p = 0;
      for (gsize k = 0; k < len; k++)
        {
          if (s[k] == '.')
            {
              if (++p > 2)
                return 0;
            }
          else if (g_ascii_isdigit (s[k]))
            {
              /* No part of a date has more than four digits; stopping here also
               * keeps "99999999999.8.2014" from overflowing. */
              if (++lens[p] > 4)
                return 0;
              parts[p] = parts[p] * 10 + (s[k] - '0');
            }
          else
            return 0;
        }
      a = parts[0], b = parts[1];
      na = lens[0], nb = lens[1];
      if (p == 2)
        {
          c = parts[2], nc = lens[2];
          n = 1;
        }
      else if (punct (m, i + 1, '.') && contra_tok_glued (t, i + 1) && contra_tok_glued (t, i + 2)
               && contra_tok_digits (t, i + 2, &c, &nc))
        n = 3;
      else
        return 0;
    }
  else
    {
      if (!contra_tok_digits (t, i, &a, &na) || !punct (m, i + 1, '/')
          || !contra_tok_glued (t, i + 1) || !contra_tok_glued (t, i + 2)
          || !contra_tok_digits (t, i + 2, &b, &nb) || !punct (m, i + 3, '/')
          || !contra_tok_glued (t, i + 3) || !contra_tok_glued (t, i + 4)
          || !contra_tok_digits (t, i + 4, &c, &nc))
        return 0;
      n = 5;
    }
  if (na > 2 || nb > 2 || (nc != 2 && nc != 4))
    return 0;

  int year = nc == 2 ? two_digit_year (c) : c;
  int day = a, month = b;
  if (b > 12 && a <= 12)
    day = b, month = a;
  *out = contra_date_make (year, month, day, CONTRA_GRAIN_DAY);
  if (!contra_date_is_set (out))
    return 0;
  return n + time_at (m, i + n);
}

/* "17 August 2010", "8th August, 2014", "17 August" (the year from context). */
static guint
m_day_first (const Matcher *m, guint i, ContraDate *out)
{
  int d, y, mo;
  gboolean abbrev;

  if (!day_at (m, i, &d))
    return 0;

  guint j = i + 1;
  if (is (m, j, CONTRA_WORDS_PARTITIVES) && contra_tok_flag (m->t, i, CONTRA_TOKEN_ORDINAL))
    j++;
  if ((mo = month_at (m, j, &abbrev)) == 0)
    return 0;

  guint k = j + 1;
  if (abbrev && punct (m, k, '.'))
    k++;
  if (punct (m, k, ',') && year_at (m, k + 1, &y))
    k++;
  if (year_at (m, k, &y))
    {
      *out = contra_date_make (y, mo, d, CONTRA_GRAIN_DAY);
      return contra_date_is_set (out) ? k + 1 - i : 0;
    }
  if (abbrev && k == j + 1)
    return 0;

  Yearless yl = {YEARLESS_DAY, mo, d, 0};
  return resolve_yearless (m, &yl, RESOLVE_CONTEXT, out) ? k - i : 0;
}

/* "1990s", "'90s" (after an apostrophe or "the"), "1980's". */
static guint
m_decade (const Matcher *m, guint i, gboolean after_the, ContraDate *out)
{
  const ContraTokens *t = m->t;
  int y;

  if (year_at (m, i, &y) && y % 10 == 0 && contra_tokens_is_possessive (t, i + 1) && contra_tok_glued (t, i + 1))
    {
      *out = contra_date_make (y, 0, 0, CONTRA_GRAIN_DECADE);
      return 2;
    }
  if (!contra_tok_flag (t, i, CONTRA_TOKEN_DECADE) || !contra_tok_is (t, i, CONTRA_TOKEN_NUMBER))
    return 0;

  gsize len;
  const char *s = contra_tok_text (t, i, &len);
  if (len != 5 && len != 3)
    return 0;
  y = 0;
  for (gsize k = 0; k + 1 < len; k++)
    {
      if (!g_ascii_isdigit (s[k]))
        return 0;
      y = y * 10 + (s[k] - '0');
    }
  if (y % 10 != 0)
    return 0;
  if (len == 3)
    {
      gboolean apostrophe = contra_tok_glued (t, i) && strcmp (contra_tokens_plain (t, i - 1), "'") == 0;
      if (!after_the && !apostrophe)
        return 0;
      /* "the 20s" is the 2020s unless that has not happened yet. */
      ContraDate ref;
      if (y >= 30 || (reference (m, &ref) && 2000 + y > year_of (ref.last)))
        y += 1900;
      else
        y += 2000;
    }
  else if (y < 1000)
    return 0;
  *out = contra_date_make (y, 0, 0, CONTRA_GRAIN_DECADE);
  return contra_date_is_set (out) ? 1 : 0;
}

/* "20th century", "twentieth century", "twenty-first century", "21st-century". */
static guint
m_century (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  int n = 0;
  guint j = i + 1;

  if (contra_tok_is (t, i, CONTRA_TOKEN_NUMBER))
    {
      guint digits;
      if (!ordinal_at (m, i, &n, &digits))
        return 0;
    }
  else if (contra_tok_is (t, i, CONTRA_TOKEN_WORD))
    {
      n = contra_language_ordinal (t->language, contra_tokens_fold (t, i));
      /* "twenty-first": the cardinal 20, a dash and an ordinal. */
      if (n < 0 && contra_language_cardinal (t->language, contra_tokens_fold (t, i)) == 20
          && contra_tokens_is_dash (t, i + 1) && contra_tok_is (t, i + 2, CONTRA_TOKEN_WORD))
        {
          int unit = contra_language_ordinal (t->language, contra_tokens_fold (t, i + 2));
          if (unit >= 1 && unit <= 9)
            {
              n = 20 + unit;
              j = i + 3;
            }
        }
    }
  if (n < 1 || n > 22)
    return 0;
  if (contra_tokens_is_dash (t, j) && contra_tok_glued (t, j))
    j++;
  if (!unit_one (m, j, CONTRA_WORDS_CENTURY))
    return 0;
  *out = contra_date_make ((n - 1) * 100 + (n == 1 ? 1 : 0), 0, 0, CONTRA_GRAIN_CENTURY);
  return contra_date_is_set (out) ? j + 1 - i : 0;
}

/* TRUE when token @k ends a clause: a punctuation mark other than a dash. */
static gboolean
clause_end (const ContraTokens *t, guint k)
{
  return contra_tok_is (t, k, CONTRA_TOKEN_PUNCT) && !contra_tokens_is_dash (t, k);
}

/* The explicit date that dates the event a phrase names: "2010", "the 2004 flood",
 * "the old quay burned in 1990". Looks from @j to the end of the clause (a
 * punctuation mark, at most a few words on), and reads no relative or underspecified
 * date: those would date the sentence, not the event. */
#define EVENT_WORDS 8

static gboolean
event_date (const Matcher *m, guint j, ContraDate *out)
{
  const ContraTokens *t = m->t;

  for (guint k = j; k < t->n_tokens && k < j + EVENT_WORDS; k++)
    {
      if (clause_end (t, k))
        return FALSE;
      ContraDate x = CONTRA_DATE_INIT;
      if ((contra_tok_is (t, k, CONTRA_TOKEN_NUMBER) || month_at (m, k, &(gboolean){FALSE}) > 0)
          && match_at (m, k, &x) > 0)
        {
          if (x.flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT))
            return FALSE;
          *out = x;
          return TRUE;
        }
    }
  return FALSE;
}

/* ------------------------------------------------------------ dated events */

/* A document's explicit dates, each with the words of its clause: what "thirty
 * years after the company was founded" looks the founding up in. A document with
 * more dates than MAX_EVENTS keeps its first ones (a founding, a birth, the start of
 * a war are stated early and named again later). */
#define MAX_EVENTS 1024

typedef struct {
  ContraDate date;
  guint first_word; /* in ContraDateEvents.words */
  guint n_words;
} DatedEvent;

struct _ContraDateEvents {
  GArray *events;   /* DatedEvent */
  GPtrArray *words; /* folded words, in @chunk */
  GStringChunk *chunk;
};

ContraDateEvents *
contra_date_events_new (void)
{
  ContraDateEvents *events = g_new0 (ContraDateEvents, 1);

  events->events = g_array_new (FALSE, FALSE, sizeof (DatedEvent));
  events->words = g_ptr_array_new ();
  events->chunk = g_string_chunk_new (1024);
  return events;
}

void
contra_date_events_free (ContraDateEvents *events)
{
  if (events == NULL)
    return;
  g_array_unref (events->events);
  g_ptr_array_unref (events->words);
  g_string_chunk_free (events->chunk);
  g_free (events);
}

/* A word that can name an event or what it happened to: not a function word, a
 * pronoun or a word of the calendar ("the company", "founded", not "was", "it",
 * "June"). */
static gboolean
content_word (const Matcher *m, guint k)
{
  return contra_tok_is (m->t, k, CONTRA_TOKEN_WORD) && !is (m, k, CONTRA_WORDS_FUNCTION)
         && !is (m, k, CONTRA_WORDS_PERSONAL_PRONOUNS) && !is (m, k, CONTRA_WORDS_SUBJECT_STARTS)
         && month_at (m, k, &(gboolean){FALSE}) == 0 && unit_at (m, k, NULL) == CONTRA_GRAIN_NONE;
}

/* TRUE when two folded words are one word in two forms: equal, or sharing a stem of
 * at least four letters that each extends by at most three ("founded" and
 * "founding", "flood" and "flooded"; not "state" and "statement"). */
static gboolean
same_stem (const char *a, const char *b)
{
  gsize p = 0, la = strlen (a), lb = strlen (b);

  while (a[p] != '\0' && a[p] == b[p])
    p++;
  return (p == la && p == lb) || (p >= 4 && la - p <= 3 && lb - p <= 3);
}

/* The clause around token @first, tokens [*@from, *@to) between two clause ends; when
 * it holds no content word but the date's ("In 1990, the mill burned"), the next
 * clause too. */
static void
clause_around (const Matcher *m, guint first, guint *from, guint *to)
{
  const ContraTokens *t = m->t;
  guint a = first, b = first;
  gboolean content = FALSE;

  while (a > 0 && !clause_end (t, a - 1))
    a--;
  while (b < t->n_tokens && !clause_end (t, b))
    b++;
  for (guint k = a; k < b && !content; k++)
    content = k != first && content_word (m, k);
  if (!content && b < t->n_tokens)
    for (b++; b < t->n_tokens && !clause_end (t, b); b++)
      ;
  *from = a;
  *to = b;
}

static void
events_add (ContraDateEvents *events, const Matcher *m, guint first, const ContraDate *date)
{
  guint from, to;

  if (events->events->len >= MAX_EVENTS)
    return;
  clause_around (m, first, &from, &to);
  DatedEvent e = {*date, events->words->len, 0};
  for (guint k = from; k < to; k++)
    if (k != first && content_word (m, k))
      {
        g_ptr_array_add (events->words, g_string_chunk_insert_const (events->chunk, contra_tokens_fold (m->t, k)));
        e.n_words++;
      }
  if (e.n_words > 0)
    g_array_append_val (events->events, e);
}

/* The date of an event the document dated before, named from token @j: "the company
 * was founded" after "The company was founded in 1990". The phrase runs to a
 * punctuation mark, or to a new subject after its first words ("after the mill
 * burned it was rebuilt"); its last content word (the event: "founded", "flood")
 * must be a word of the dated clause, and the clause sharing most of the phrase's
 * words wins. Two clauses that share as many and give other dates ("the war began in
 * 1939 ... the war ended in 1945" for "after the war") date nothing. */
static gboolean
recorded_event (const Matcher *m, guint j, ContraDate *out)
{
  const ContraDateEvents *events = m->ctx->events;
  const char *words[EVENT_WORDS];
  guint n = 0;

  if (events == NULL || events->events->len == 0)
    return FALSE;
  for (guint k = j; k < m->t->n_tokens && k < j + EVENT_WORDS; k++)
    {
      if (clause_end (m->t, k))
        break;
      if (n > 0 && is (m, k, CONTRA_WORDS_SUBJECT_STARTS))
        break;
      if (content_word (m, k))
        words[n++] = contra_tokens_fold (m->t, k);
    }
  if (n == 0)
    return FALSE;

  guint best = 0;
  const DatedEvent *found = NULL;
  gboolean ambiguous = FALSE;
  for (guint e = 0; e < events->events->len; e++)
    {
      const DatedEvent *ev = &g_array_index (events->events, DatedEvent, e);
      const char *const *ew = (const char *const *) events->words->pdata + ev->first_word;
      guint score = 0;
      gboolean head = FALSE;
      for (guint w = 0; w < n; w++)
        for (guint k = 0; k < ev->n_words; k++)
          if (same_stem (words[w], ew[k]))
            {
              score++;
              head = head || w + 1 == n;
              break;
            }
      if (!head || score < best)
        continue;
      if (score > best)
        {
          best = score;
          found = ev;
          ambiguous = FALSE;
        }
      else if (!contra_date_equal (&ev->date, &found->date))
        ambiguous = TRUE;
    }
  if (found == NULL || ambiguous)
    return FALSE;
  *out = found->date;
  return TRUE;
}

/* "three years after 2010" is 2013, and so is "three years after the 2010 flood":
 * the count runs from the date the sentence gives the event, or the date the
 * document gave it before ("The quay burned in 1990. ... Thirty years after the quay
 * burned"). With no date for the event anywhere, it is a duration and no date:
 * guessing the event from the reference would date it wrongly in a narrative set in
 * the past. "Ten years since 2010" says nothing new about 2010, which is read on its
 * own. */
static gboolean
years_after (const Matcher *m, ContraGrain unit, int n, guint j, ContraDate *out)
{
  ContraDate x = CONTRA_DATE_INIT;

  if (match_at (m, j, &x) > 0)
    {
      if (is (m, j - 1, CONTRA_WORDS_SINCE)
          || (x.flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT)))
        return FALSE;
    }
  else if (!event_date (m, j, &x) && (is (m, j - 1, CONTRA_WORDS_SINCE) || !recorded_event (m, j, &x)))
    return FALSE;
  if (x.grain > unit)
    return FALSE;
  ContraDate base = unit_containing ((x.flags & CONTRA_DATE_FISCAL) ? x.last : x.first, unit);
  *out = shift_unit (&base, unit, n);
  out->flags |= CONTRA_DATE_UNDERSPECIFIED;
  return contra_date_is_set (out);
}

/* A count of units before "ago", "later", "earlier": "three years ago", "a year
 * later", "two decades earlier". */
/* "Sales in the fourth quarter fell from a year earlier": against an anchor that
 * is a month or a quarter, "N years earlier" is the same period N years back, the
 * comparison news makes (TimeBank dates it so); against a year or a day it counts
 * years. */
static gboolean
same_period_earlier (const Matcher *m, ContraGrain unit, int n, ContraDate *out)
{
  const ContraDate *a = &m->ctx->anchor;
  int y1, m1, d1, y2, m2, d2;

  if (unit != CONTRA_GRAIN_YEAR || !contra_date_is_set (a) || (a->flags & CONTRA_DATE_PART)
      || (a->grain != CONTRA_GRAIN_MONTH && a->grain != CONTRA_GRAIN_SEASON))
    return FALSE;
  split_julian (a->first, &y1, &m1, &d1);
  split_julian (a->last, &y2, &m2, &d2);
  *out = contra_date_span (y1 - n, m1, 0, y2 - n, m2, 0, a->grain);
  /* A comparison, not the story's new time: in "rose in the third quarter from $4
   * million a year earlier. Revenue rose from $45 million a year earlier", both are
   * the third quarter a year back. Marked relative, it does not become the anchor. */
  out->flags |= CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE;
  return contra_date_is_set (out);
}

static guint
m_ago (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  int n = -1, factor = 1;
  guint digits;

  if (contra_tok_digits (t, i, &n, &digits))
    {
      if (digits > 2)
        return 0;
    }
  else if (is (m, i, CONTRA_WORDS_INDEFINITE_ARTICLES))
    n = 1;
  else if (contra_tok_is (t, i, CONTRA_TOKEN_WORD))
    n = contra_language_cardinal (t->language, contra_tokens_fold (t, i));
  if (n < 1)
    return 0;

  ContraGrain unit = unit_at (m, i + 1, &factor);
  if (unit == CONTRA_GRAIN_NONE)
    return 0;
  n *= factor;
  /* "rose in the fourth quarter from $4 million a year ago": after an amount or
   * "from", a year ago is a comparison, the month or quarter in context a year back
   * (HeidelTime's unit of the last date); elsewhere, a year before the reference. */
  if (is (m, i + 2, CONTRA_WORDS_AGO) && unit == CONTRA_GRAIN_YEAR && i > 0
      && (contra_tok_is (t, i - 1, CONTRA_TOKEN_NUMBER) || is (m, i - 1, CONTRA_WORDS_NUMBERS)
          || is (m, i - 1, CONTRA_WORDS_DATE_RANGE_OPENERS))
      && same_period_earlier (m, unit, n, out))
    return 3;
  if (is (m, i + 2, CONTRA_WORDS_AGO))
    return relative_unit (m, unit, -n, out) ? 3 : 0;
  if (is (m, i + 2, CONTRA_WORDS_LATER))
    return context_unit (m, unit, n, out) ? 3 : 0;
  if (is (m, i + 2, CONTRA_WORDS_EARLIER))
    return (same_period_earlier (m, unit, n, out) || context_unit (m, unit, -n, out)) ? 3 : 0;
  if (is (m, i + 2, CONTRA_WORDS_AFTER))
    return years_after (m, unit, n, i + 3, out) ? 3 : 0;
  return 0;
}

/* "2011", "2013 fiscal year". */
static guint
m_year (const Matcher *m, guint i, ContraDate *out)
{
  int y;

  if (!year_at (m, i, &y))
    return 0;
  if (is (m, i + 1, CONTRA_WORDS_FISCAL) && unit_one (m, i + 2, CONTRA_WORDS_YEAR))
    {
      *out = contra_date_fiscal_year (y);
      return 3;
    }
  if (!plausible_year (m, i))
    return 0;
  *out = contra_date_make (y, 0, 0, CONTRA_GRAIN_YEAR);
  return 1;
}

/* "24–26 September 1920", "24 to 26 September": the days from the first to the
 * second, in the second's month. */
static guint
m_day_range (const Matcher *m, guint i, ContraDate *out)
{
  ContraDate end = CONTRA_DATE_INIT;
  int d1, d2;
  guint n;

  if (!day_at (m, i, &d1) || !(contra_tokens_is_dash (m->t, i + 1) || is (m, i + 1, CONTRA_WORDS_RANGE_JOINTS))
      || !day_at (m, i + 2, &d2) || d2 <= d1 || (n = m_day_first (m, i + 2, &end)) == 0
      || end.grain != CONTRA_GRAIN_DAY)
    return 0;

  gint32 first = end.first - (d2 - d1);
  *out = interval (first, end.last, CONTRA_GRAIN_DAY, end.flags);
  return contra_date_is_set (out) ? n + 2 : 0;
}

static guint
m_number_led (const Matcher *m, guint i, ContraDate *out)
{
  guint n;

  if ((n = m_iso (m, i, out)) || (n = m_day_range (m, i, out)) || (n = m_numeric (m, i, out))
      || (n = m_day_first (m, i, out)) || (n = m_decade (m, i, FALSE, out)) || (n = m_century (m, i, out))
      || (n = m_ago (m, i, out)))
    return n;
  return m_year (m, i, out);
}

/* "this", "last", "next", "that": a word that picks a unit by the reference or the
 * anchor ("last year", "that year"). */
static gboolean
picker_at (const Matcher *m, guint i)
{
  return is (m, i, CONTRA_WORDS_THIS) || is (m, i, CONTRA_WORDS_LAST) || is (m, i, CONTRA_WORDS_NEXT)
         || is (m, i, CONTRA_WORDS_THAT);
}

/* A year for "of": "2014", "the same year", "that year", "last year", "the year
 * 2000". Gives the year and the flags of how it was found. */
static guint
year_expr (const Matcher *m, guint i, int *year, guint *flags)
{
  ContraDate d = CONTRA_DATE_INIT;
  guint n;

  if (year_at (m, i, year))
    {
      *flags = 0;
      return 1;
    }
  if (!(is (m, i, CONTRA_WORDS_DEFINITE_ARTICLES) || picker_at (m, i)))
    return 0;
  n = match_at (m, i, &d);
  if (n == 0 || d.grain != CONTRA_GRAIN_YEAR || (d.flags & CONTRA_DATE_FISCAL))
    return 0;
  *year = year_of (d.first);
  *flags = d.flags;
  return n;
}

/* "September 2011", "Sept. 21, 2011", "June 20, 2013", "November of the same year",
 * "In December" (the year from context). */
static guint
m_month (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  gboolean abbrev;
  int mo = month_at (m, i, &abbrev), d, y;
  guint j = i + 1, n;
  guint flags;

  if (mo == 0)
    return 0;
  if (abbrev && punct (m, j, '.') && contra_tok_is (t, j + 1, CONTRA_TOKEN_NUMBER))
    j++;

  if (day_at (m, j, &d))
    {
      guint k = j + 1;
      if (punct (m, k, ','))
        k++;
      if (year_at (m, k, &y))
        {
          *out = contra_date_make (y, mo, d, CONTRA_GRAIN_DAY);
          return contra_date_is_set (out) ? k + 1 - i : 0;
        }
      /* "August 17" alone, but not "May 5 soldiers" or a time. */
      if (contra_words_is_plural_noun (t, j + 1) || (punct (m, j + 1, ':') && contra_tok_glued (t, j + 1)))
        return 0;
      Yearless yl = {YEARLESS_DAY, mo, d, 0};
      return resolve_yearless (m, &yl, RESOLVE_CONTEXT, out) ? j + 1 - i : 0;
    }
  if (year_at (m, j, &y))
    {
      *out = contra_date_make (y, mo, 0, CONTRA_GRAIN_MONTH);
      return j + 1 - i;
    }
  if (is (m, j, CONTRA_WORDS_PARTITIVES) && (n = year_expr (m, j + 1, &y, &flags)) > 0)
    {
      *out = contra_date_make (y, mo, 0, CONTRA_GRAIN_MONTH);
      out->flags |= (guint8) (flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE));
      return j + 1 + n - i;
    }
  /* "March last year", "June this year", "in May that year". */
  if (picker_at (m, j) && unit_one (m, j + 1, CONTRA_WORDS_YEAR) && (n = year_expr (m, j, &y, &flags)) > 0)
    {
      *out = contra_date_make (y, mo, 0, CONTRA_GRAIN_MONTH);
      out->flags |= (guint8) (flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE));
      return j + n - i;
    }

  /* A month alone. Abbreviations alone are names ("Jan"); so is a month before a
   * capitalized word ("April Ryan") and "May" anywhere a modal verb could stand,
   * unless a temporal word (calendar.yaml's month_openers) says otherwise. */
  if (abbrev)
    return 0;
  gboolean temporal = i > 0
                      && (is (m, i - 1, CONTRA_WORDS_MONTH_OPENERS)
                          || (contra_tokens_is_dash (t, i - 1) && is (m, i - 2, CONTRA_WORDS_PART_MID)));
  if (!temporal
      && (contra_language_month_is_word (t->language, (guint) mo)
          || (contra_tok_flag (t, i + 1, CONTRA_TOKEN_CAPITALIZED) && contra_tok_is (t, i + 1, CONTRA_TOKEN_WORD))))
    return 0;

  Yearless yl = {YEARLESS_MONTH, mo, 0, 0};
  return resolve_yearless (m, &yl, RESOLVE_CONTEXT, out) ? 1 : 0;
}

/* "Monday", "Monday, June 1, 2015". */
static guint
m_weekday (const Matcher *m, guint i, int dir, ContraDate *out)
{
  int wd = weekday_at (m, i);
  guint n;

  if (wd == 0)
    return 0;
  if (punct (m, i + 1, ',') && (n = match_at (m, i + 2, out)) > 0)
    {
      if (out->grain == CONTRA_GRAIN_DAY && !(out->flags & ~CONTRA_DATE_UNDERSPECIFIED))
        return n + 2;
    }
  /* "the Sunday Times" is a name, "on Sunday Vietnamese officials" a day. */
  if (contra_tok_flag (m->t, i + 1, CONTRA_TOKEN_CAPITALIZED) && contra_tok_is (m->t, i + 1, CONTRA_TOKEN_WORD)
      && !is (m, i - 1, CONTRA_WORDS_WEEKDAY_OPENERS))
    return 0;
  return resolve_weekday (m, wd, dir, out) ? 1 : 0;
}

/* "this week", "last year", "next month", "this July", "last summer", "next Monday". */
static guint
m_relative (const Matcher *m, guint i, ContraDate *out)
{
  int dir;
  gboolean abbrev;

  if (is (m, i, CONTRA_WORDS_THIS))
    dir = 0;
  else if (is (m, i, CONTRA_WORDS_LAST) || is (m, i, CONTRA_WORDS_PAST))
    dir = -1;
  else if (is (m, i, CONTRA_WORDS_NEXT))
    dir = 1;
  else
    return 0;

  guint j = i + 1;
  ContraGrain unit = unit_at (m, j, NULL);
  if (unit != CONTRA_GRAIN_NONE && !is (m, j, CONTRA_WORDS_DECADE))
    {
      /* "the past years" is not a date; "past year" and "last year" are. */
      if (is (m, j, CONTRA_WORDS_TIME_UNIT_PLURALS))
        return 0;
      return relative_unit (m, unit, dir, out) ? 2 : 0;
    }
  if (is (m, i, CONTRA_WORDS_PAST))
    return 0;

  int wd = weekday_at (m, j);
  if (wd > 0)
    return resolve_weekday (m, wd, dir, out) ? 2 : 0;

  Resolve how = dir < 0 ? RESOLVE_LAST : dir > 0 ? RESOLVE_NEXT : RESOLVE_THIS;
  int mo = month_at (m, j, &abbrev), season = season_at (m, j);
  if (mo > 0 && !abbrev)
    {
      Yearless yl = {YEARLESS_MONTH, mo, 0, 0};
      return resolve_yearless (m, &yl, how, out) ? 2 : 0;
    }
  if (season >= 0)
    {
      Yearless yl = {YEARLESS_PART, 0, 0, (YearPart) season};
      return resolve_yearless (m, &yl, how, out) ? 2 : 0;
    }
  return 0;
}

/* "that year", "that July", "that summer", "that day". */
static guint
m_that (const Matcher *m, guint i, ContraDate *out)
{
  gboolean abbrev;
  ContraGrain unit = unit_at (m, i + 1, NULL);
  int mo, season;

  if (unit != CONTRA_GRAIN_NONE && !unit_one (m, i + 1, CONTRA_WORDS_DECADE))
    {
      if (is (m, i + 1, CONTRA_WORDS_TIME_UNIT_PLURALS))
        return 0;
      return context_unit (m, unit, 0, out) ? 2 : 0;
    }
  /* "that May" is more often Theresa May than the month. */
  if ((mo = month_at (m, i + 1, &abbrev)) > 0 && !abbrev
      && !contra_language_month_is_word (m->t->language, (guint) mo))
    {
      Yearless yl = {YEARLESS_MONTH, mo, 0, 0};
      return resolve_yearless (m, &yl, RESOLVE_CONTEXT, out) ? 2 : 0;
    }
  if ((season = season_at (m, i + 1)) >= 0)
    {
      Yearless yl = {YEARLESS_PART, 0, 0, (YearPart) season};
      return resolve_yearless (m, &yl, RESOLVE_CONTEXT, out) ? 2 : 0;
    }
  return 0;
}

/* A part applied to what follows: "late 2010", "mid-2015", "early 2000s", "late
 * last year", "early December 2013" (widened to the month). */
static guint
apply_part (const Matcher *m, YearPart part, guint j, ContraDate *out)
{
  ContraDate d = CONTRA_DATE_INIT;
  guint n;

  if ((n = m_decade (m, j, FALSE, &d)) > 0)
    {
      *out = part_of_decade (year_of (d.first), part);
      return contra_date_is_set (out) ? n : 0;
    }
  if (month_at (m, j, &(gboolean){FALSE}) > 0)
    {
      n = m_month (m, j, out);
      return n > 0 && out->grain <= CONTRA_GRAIN_MONTH ? n : 0;
    }
  if (!(contra_tok_is (m->t, j, CONTRA_TOKEN_NUMBER) || picker_at (m, j) || is (m, j, CONTRA_WORDS_DEFINITE_ARTICLES)))
    return 0;
  /* "the end of the year": the year in context. */
  if (is (m, j, CONTRA_WORDS_DEFINITE_ARTICLES) && unit_one (m, j + 1, CONTRA_WORDS_YEAR)
      && !contra_tok_is (m->t, j + 2, CONTRA_TOKEN_NUMBER))
    {
      if (!context_unit (m, CONTRA_GRAIN_YEAR, 0, &d))
        return 0;
      *out = part_of_year (year_of (d.first), part);
      out->flags |= d.flags;
      return contra_date_is_set (out) ? 2 : 0;
    }
  /* "the end of the week", "the start of the month": that week or month in context,
   * its part being TimeML's mod, not a narrower interval. */
  if (is (m, j, CONTRA_WORDS_DEFINITE_ARTICLES)
      && (unit_one (m, j + 1, CONTRA_WORDS_WEEK) || unit_one (m, j + 1, CONTRA_WORDS_MONTH))
      && !contra_tok_is (m->t, j + 2, CONTRA_TOKEN_NUMBER))
    {
      ContraGrain unit = unit_one (m, j + 1, CONTRA_WORDS_WEEK) ? CONTRA_GRAIN_WEEK : CONTRA_GRAIN_MONTH;
      const ContraDate *a = &m->ctx->anchor;
      if (unit == CONTRA_GRAIN_WEEK && contra_date_is_set (a) && a->grain == CONTRA_GRAIN_DAY)
        *out = unit_containing (a->first, CONTRA_GRAIN_WEEK);
      else if (!context_unit (m, unit, 0, out))
        return 0;
      out->flags |= CONTRA_DATE_UNDERSPECIFIED;
      return contra_date_is_set (out) ? 2 : 0;
    }
  n = match_at (m, j, &d);
  if (n == 0 || d.grain != CONTRA_GRAIN_YEAR || (d.flags & CONTRA_DATE_FISCAL))
    return 0;
  *out = part_of_year (year_of (d.first), part);
  out->flags |= d.flags;
  return contra_date_is_set (out) ? n : 0;
}

/* "early 2016", "late 1980s", "mid-2015", "mid 2015"; "earlier this year" is this year. */
static guint
m_part (const Matcher *m, guint i, ContraDate *out)
{
  guint n;

  /* "late Friday", "earlier Monday", "later yesterday", "early this week": a part
   * of a day or a week is that day or week, the modifier part of the expression
   * as TimeML writes it (HeidelTime's part words before a weekday). */
  if ((part_word_at (m, i) >= 0 || is (m, i, CONTRA_WORDS_EARLIER) || is (m, i, CONTRA_WORDS_LATER))
      && (weekday_at (m, i + 1) > 0 || is (m, i + 1, CONTRA_WORDS_YESTERDAY) || is (m, i + 1, CONTRA_WORDS_TODAY)
          || is (m, i + 1, CONTRA_WORDS_TOMORROW) || is (m, i + 1, CONTRA_WORDS_THIS)
          || is (m, i + 1, CONTRA_WORDS_LAST) || is (m, i + 1, CONTRA_WORDS_NEXT)))
    {
      ContraDate d = CONTRA_DATE_INIT;
      if ((n = match_at (m, i + 1, &d)) > 0 && (d.grain == CONTRA_GRAIN_DAY || d.grain == CONTRA_GRAIN_WEEK))
        {
          *out = d;
          return n + 1;
        }
    }
  if (is (m, i, CONTRA_WORDS_EARLIER) || is (m, i, CONTRA_WORDS_LATER))
    {
      if (!(is (m, i + 1, CONTRA_WORDS_THIS) || is (m, i + 1, CONTRA_WORDS_THAT)))
        return 0;
      n = match_at (m, i + 1, out);
      return n > 0 && out->grain >= CONTRA_GRAIN_WEEK ? n + 1 : 0;
    }

  int part = part_word_at (m, i);
  if (part < 0)
    return 0;
  guint j = i + 1;
  /* "late 2012", "late in 2012": the year's last quarter, as HeidelTime reads them
   * (TimeML's mod END), not a third of it that runs into September. A decade's late
   * part stays its last three years (part_of_decade). */
  gboolean mid = part == PART_MID;
  if (part == PART_LATE)
    part = PART_END;
  if (is (m, j, CONTRA_WORDS_WITHIN) && !mid)
    {
      j++;
      if (month_at (m, j, &(gboolean){FALSE}) > 0 || m_decade (m, j, FALSE, &(ContraDate) CONTRA_DATE_INIT) > 0)
        return 0;
    }
  if (contra_tokens_is_dash (m->t, j) && contra_tok_glued (m->t, j))
    j++;
  n = apply_part (m, (YearPart) part, j, out);
  return n > 0 ? j + n - i : 0;
}

/* "around 2010", "circa 2010", "c. 2010", "ca. 1990": only explicit dates. */
static guint
m_approximate (const Matcher *m, guint i, ContraDate *out)
{
  guint j = i + 1, n;

  if (is (m, i, CONTRA_WORDS_APPROXIMATE_ABBREVIATIONS) && !contra_tok_flag (m->t, i, CONTRA_TOKEN_CAPITALIZED))
    {
      if (!punct (m, j, '.'))
        return 0;
      j++;
    }
  else if (!is (m, i, CONTRA_WORDS_APPROXIMATE))
    return 0;
  if (!(contra_tok_is (m->t, j, CONTRA_TOKEN_NUMBER) || is (m, j, CONTRA_WORDS_DEFINITE_ARTICLES)
        || month_at (m, j, &(gboolean){FALSE}) > 0))
    return 0;
  n = match_at (m, j, out);
  if (n == 0
      || (out->flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT)))
    return 0;
  out->flags |= CONTRA_DATE_APPROXIMATE;
  return j + n - i;
}

/* "fiscal year 2013", "fiscal 2013", "FY 2015", "FY2015", "FY15", "FY-2015". */
static guint
m_fiscal (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  int y;
  guint j = i + 1, digits;

  if (is (m, i, CONTRA_WORDS_FISCAL))
    {
      if (unit_one (m, j, CONTRA_WORDS_YEAR))
        j++;
      if (!year_at (m, j, &y))
        return 0;
    }
  else if (is (m, i, CONTRA_WORDS_FISCAL_ABBREVIATIONS))
    {
      if (contra_tokens_is_dash (t, j) && contra_tok_glued (t, j))
        j++;
      if (!contra_tok_digits (t, j, &y, &digits))
        return 0;
      if (digits == 2)
        y = two_digit_year (y);
      else if (digits != 4 || y < 1800 || y > 2199)
        return 0;
    }
  else if (contra_tok_flag (t, i, CONTRA_TOKEN_HAS_DIGIT))
    {
      /* "FY2015", "FY15": the abbreviation glued to two or four digits. */
      const char *fold = contra_tokens_fold (t, i);
      gsize at = class_prefix (t->language, CONTRA_WORDS_FISCAL_ABBREVIATIONS, fold);
      gsize len = strlen (fold);
      if (at == 0 || (len - at != 2 && len - at != 4))
        return 0;
      y = 0;
      for (gsize k = at; k < len; k++)
        {
          if (!g_ascii_isdigit (fold[k]))
            return 0;
          y = y * 10 + (fold[k] - '0');
        }
      if (len - at == 2)
        y = two_digit_year (y);
      else if (y < 1800 || y > 2199)
        return 0;
      j = i;
    }
  else
    return 0;
  *out = contra_date_fiscal_year (y);
  return contra_date_is_set (out) ? j + 1 - i : 0;
}

/* "Q1 2014". */
static guint
m_quarter_code (const Matcher *m, guint i, ContraDate *out)
{
  const char *fold = contra_tokens_fold (m->t, i);
  gsize at = class_prefix (m->t->language, CONTRA_WORDS_QUARTER_ABBREVIATIONS, fold);
  int y;

  if (at == 0 || fold[at] < '1' || fold[at] > '4' || fold[at + 1] != '\0' || !year_at (m, i + 1, &y))
    return 0;
  *out = part_of_year (y, (YearPart) (PART_Q1 + (fold[at] - '1')));
  return 2;
}

/* "summer 2005", "Summer 2005", "spring of 2010". */
static guint
m_season (const Matcher *m, guint i, ContraDate *out)
{
  int season = season_at (m, i), y;
  guint flags, n;

  if (season < 0)
    return 0;
  if (year_at (m, i + 1, &y))
    {
      *out = part_of_year (y, (YearPart) season);
      return 2;
    }
  if (is (m, i, CONTRA_WORDS_VERB_SEASONS) || !is (m, i + 1, CONTRA_WORDS_PARTITIVES)
      || (n = year_expr (m, i + 2, &y, &flags)) == 0)
    return 0;
  *out = part_of_year (y, (YearPart) season);
  out->flags |= (guint8) (flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE));
  return n + 2;
}

/* Forms that begin with "the": "the 1990s", "the late 1980s", "the year 2000", "the
 * same year", "the following month", "the first quarter of 2014", "the spring of
 * 2010", "the end of 2010", "the 20th century", "the 17th of August 2010". A date
 * that merely follows "the" ("the 2011 memorandum", "the August 2010 visit") is
 * left to the next token, so "the" is not part of it. */
/* An ordinal in words or digits ("third", "3rd"); -1 when there is none. */
static int
any_ordinal_at (const Matcher *m, guint j)
{
  const ContraTokens *t = m->t;
  int ordinal
    = contra_tok_is (t, j, CONTRA_TOKEN_WORD) ? contra_language_ordinal (t->language, contra_tokens_fold (t, j)) : -1;
  guint digits;

  if (ordinal < 0 && !ordinal_at (m, j, &ordinal, &digits))
    ordinal = -1;
  return ordinal;
}

/* "1989's third quarter", "last year's first half": a quarter or half of the year
 * just read into @out, whose "'s" is at token @j. Returns the tokens it adds. */
static guint
possessive_part (const Matcher *m, guint j, ContraDate *out)
{
  int ordinal;

  if (out->grain != CONTRA_GRAIN_YEAR || (out->flags & CONTRA_DATE_FISCAL) || !contra_tokens_is_possessive (m->t, j)
      || (ordinal = any_ordinal_at (m, j + 1)) < 1)
    return 0;
  gboolean quarter = unit_one (m, j + 2, CONTRA_WORDS_QUARTER);
  if (!(quarter || is (m, j + 2, CONTRA_WORDS_HALVES)) || ordinal > (quarter ? 4 : 2))
    return 0;
  guint8 flags = out->flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE);
  *out = part_of_year (year_of (out->first), (YearPart) ((quarter ? PART_Q1 : PART_H1) + ordinal - 1));
  out->flags |= flags;
  return 3;
}

/* "fourth-quarter", "first-half": an ordinal glued by a dash to "quarter" or
 * "half", the adjective of a report's period ("fourth-quarter profit"). Returns the
 * tokens (3) and the part of the year it names. */
static guint
period_adjective (const Matcher *m, guint j, YearPart *part)
{
  int ordinal = any_ordinal_at (m, j);
  gboolean quarter = unit_one (m, j + 2, CONTRA_WORDS_QUARTER);

  if (ordinal < 1 || !contra_tokens_is_dash (m->t, j + 1) || !contra_tok_glued (m->t, j + 1)
      || !contra_tok_glued (m->t, j + 2) || !(quarter || is (m, j + 2, CONTRA_WORDS_HALVES))
      || ordinal > (quarter ? 4 : 2))
    return 0;
  *part = (YearPart) ((quarter ? PART_Q1 : PART_H1) + ordinal - 1);
  return 3;
}

/* "the year-earlier quarter", "the year-ago quarter" (after "the", at token @j): the
 * quarter in context a year before, as "a year earlier" after "the third quarter"
 * is; with no quarter in context, the reference's quarter a year before. "The
 * year-earlier period" (calendar.yaml's period_nouns) is the same, and a month in
 * context a year back too. */
static guint
year_earlier_quarter (const Matcher *m, guint j, ContraDate *out)
{
  ContraDate ref;
  int y, mo, d;

  gboolean period = is (m, j + 3, CONTRA_WORDS_PERIOD_NOUNS);
  if (!unit_one (m, j, CONTRA_WORDS_YEAR) || !contra_tokens_is_dash (m->t, j + 1) || !contra_tok_glued (m->t, j + 1)
      || !(is (m, j + 2, CONTRA_WORDS_EARLIER) || is (m, j + 2, CONTRA_WORDS_AGO)) || !contra_tok_glued (m->t, j + 2)
      || !(unit_one (m, j + 3, CONTRA_WORDS_QUARTER) || period))
    return 0;
  const ContraDate *a = &m->ctx->anchor;
  if (contra_date_is_set (a) && a->grain == CONTRA_GRAIN_SEASON && !(a->flags & CONTRA_DATE_PART))
    {
      split_julian (a->first, &y, &mo, &d);
      if ((mo - 1) % 3 == 0 && same_period_earlier (m, CONTRA_GRAIN_YEAR, 1, out))
        return 4;
    }
  if (period && contra_date_is_set (a) && a->grain == CONTRA_GRAIN_MONTH
      && same_period_earlier (m, CONTRA_GRAIN_YEAR, 1, out))
    return 4;
  if (!reference (m, &ref))
    return 0;
  split_julian (ref.first, &y, &mo, &d);
  *out = part_of_year (y - 1, (YearPart) (PART_Q1 + (mo - 1) / 3));
  out->flags |= CONTRA_DATE_RELATIVE;
  return contra_date_is_set (out) ? 4 : 0;
}

static guint
m_the (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  guint j = i + 1, n;
  int y, part, season, ordinal;
  guint flags;

  if (j < t->n_tokens && strcmp (contra_tokens_plain (t, j), "'") == 0)
    {
      n = m_decade (m, j + 1, TRUE, out);
      return n > 0 ? n + 2 : 0;
    }
  if ((n = m_decade (m, j, TRUE, out)) > 0)
    return n + 1;
  if (part_word_at (m, j) >= 0 && (n = m_part (m, j, out)) > 0)
    return n + 1;
  if (unit_one (m, j, CONTRA_WORDS_YEAR) && year_at (m, j + 1, &y))
    {
      *out = contra_date_make (y, 0, 0, CONTRA_GRAIN_YEAR);
      return 3;
    }
  if (is (m, j, CONTRA_WORDS_SAME) || is (m, j, CONTRA_WORDS_FOLLOWING) || is (m, j, CONTRA_WORDS_PREVIOUS))
    {
      ContraGrain unit = unit_at (m, j + 1, NULL);
      if (unit == CONTRA_GRAIN_NONE || is (m, j + 1, CONTRA_WORDS_TIME_UNIT_PLURALS)
          || is (m, j + 1, CONTRA_WORDS_DECADE))
        return 0;
      int n_units = is (m, j, CONTRA_WORDS_SAME) ? 0 : is (m, j, CONTRA_WORDS_PREVIOUS) ? -1 : 1;
      /* "the following week" after "on March 3" is a week, the one after March 3's
       * (where "a week later" is a day, March 10). */
      const ContraDate *a = &m->ctx->anchor;
      if (unit == CONTRA_GRAIN_WEEK && contra_date_is_set (a) && a->grain == CONTRA_GRAIN_DAY)
        {
          ContraDate base = unit_containing (a->first, CONTRA_GRAIN_WEEK);
          *out = shift_unit (&base, CONTRA_GRAIN_WEEK, n_units);
          out->flags |= CONTRA_DATE_UNDERSPECIFIED;
          return contra_date_is_set (out) ? 3 : 0;
        }
      return context_unit (m, unit, n_units, out) ? 3 : 0;
    }
  /* "the latest quarter": the quarter in context (a report's "third-quarter profit
   * ... sales in the latest quarter"), else the last one ended before the
   * reference. */
  if (is (m, j, CONTRA_WORDS_LATEST) && unit_one (m, j + 1, CONTRA_WORDS_QUARTER))
    {
      const ContraDate *a = &m->ctx->anchor;
      ContraDate ref;
      int ay, am, ad;
      if (contra_date_is_set (a) && a->grain == CONTRA_GRAIN_SEASON && !(a->flags & CONTRA_DATE_PART))
        {
          split_julian (a->first, &ay, &am, &ad);
          if ((am - 1) % 3 == 0 && a->last - a->first < 100)
            {
              *out = *a;
              out->flags |= CONTRA_DATE_UNDERSPECIFIED;
              return 3;
            }
        }
      if (!reference (m, &ref))
        return 0;
      split_julian (ref.first, &ay, &am, &ad);
      int q = (am - 1) / 3; /* the reference's quarter, from 0; the one before it */
      *out = q == 0 ? part_of_year (ay - 1, PART_Q4) : part_of_year (ay, (YearPart) (PART_Q1 + q - 1));
      /* as "the third quarter" of a report: the period that "the year-earlier
       * period" and "a year earlier" then count back from */
      out->flags |= CONTRA_DATE_UNDERSPECIFIED;
      return contra_date_is_set (out) ? 3 : 0;
    }
  /* "the current year", "the current quarter": the reference's. */
  if (is (m, j, CONTRA_WORDS_CURRENT))
    {
      ContraDate ref;
      if (unit_one (m, j + 1, CONTRA_WORDS_QUARTER) && reference (m, &ref))
        {
          int ry, rm, rd;
          split_julian (ref.first, &ry, &rm, &rd);
          Yearless yl = {YEARLESS_PART, 0, 0, (YearPart) (PART_Q1 + (rm - 1) / 3)};
          return resolve_yearless (m, &yl, RESOLVE_THIS, out) ? 3 : 0;
        }
      ContraGrain unit = unit_at (m, j + 1, NULL);
      if (unit == CONTRA_GRAIN_NONE || is (m, j + 1, CONTRA_WORDS_TIME_UNIT_PLURALS)
          || is (m, j + 1, CONTRA_WORDS_DECADE))
        return 0;
      return relative_unit (m, unit, 0, out) ? 3 : 0;
    }
  ordinal = any_ordinal_at (m, j);
  /* "the 50th anniversary of the 1945 armistice" is 1995, the event's date plus the
   * count. "The 40th anniversary of its charter", with no date for the charter, dates
   * the charter 40 years before the reference: unlike "thirty years after X", an
   * anniversary is news when it is kept ("as both sides celebrate the 20th
   * anniversary of the normalization"). */
  if (ordinal >= 1 && ordinal <= 999 && is (m, j + 1, CONTRA_WORDS_ANNIVERSARY))
    {
      ContraDate x = CONTRA_DATE_INIT;
      if (is (m, j + 2, CONTRA_WORDS_PARTITIVES) && years_after (m, CONTRA_GRAIN_YEAR, ordinal, j + 3, out))
        return 3;
      if (is (m, j + 2, CONTRA_WORDS_PARTITIVES) && (match_at (m, j + 3, &x) > 0 || event_date (m, j + 3, &x)))
        return 0;
      return relative_unit (m, CONTRA_GRAIN_YEAR, -ordinal, out) ? 3 : 0;
    }
  /* "the fourth-quarter results": as "the fourth quarter". */
  YearPart period;
  if ((n = period_adjective (m, j, &period)) > 0)
    {
      Yearless yl = {YEARLESS_PART, 0, 0, period};
      return resolve_yearless (m, &yl, RESOLVE_REPORT, out) ? n + 1 : 0;
    }
  if ((n = year_earlier_quarter (m, j, out)) > 0)
    return n + 1;
  /* "the 1997 fourth quarter", "the 1997 fourth-quarter results". */
  if (year_at (m, j, &y) && (ordinal = any_ordinal_at (m, j + 1)) >= 1 && ordinal <= 4
      && unit_one (m, j + 2, CONTRA_WORDS_QUARTER))
    {
      *out = part_of_year (y, (YearPart) (PART_Q1 + ordinal - 1));
      return 4;
    }
  if (year_at (m, j, &y) && (n = period_adjective (m, j + 1, &period)) > 0)
    {
      *out = part_of_year (y, period);
      return n + 2;
    }
  /* "the third quarter", "the first half": of the year in context, as "In
   * December" is. */
  gboolean quarter = unit_one (m, j + 1, CONTRA_WORDS_QUARTER);
  gboolean of = is (m, j + 2, CONTRA_WORDS_PARTITIVES);
  if (ordinal >= 1 && (quarter || is (m, j + 1, CONTRA_WORDS_HALVES)) && !of)
    {
      if (ordinal > (quarter ? 4 : 2) || contra_tok_is (t, j + 2, CONTRA_TOKEN_NUMBER))
        return 0;
      Yearless yl = {YEARLESS_PART, 0, 0, (YearPart) ((quarter ? PART_Q1 : PART_H1) + ordinal - 1)};
      return resolve_yearless (m, &yl, RESOLVE_REPORT, out) ? 3 : 0;
    }
  if (ordinal >= 1 && (quarter || is (m, j + 1, CONTRA_WORDS_HALVES)) && of)
    {
      if (ordinal > (quarter ? 4 : 2) || (n = year_expr (m, j + 3, &y, &flags)) == 0)
        return 0;
      *out = part_of_year (y, (YearPart) ((quarter ? PART_Q1 : PART_H1) + ordinal - 1));
      out->flags |= (guint8) (flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE));
      return n + 4;
    }
  if ((season = season_at (m, j)) >= 0 && is (m, j + 1, CONTRA_WORDS_PARTITIVES)
      && (n = year_expr (m, j + 2, &y, &flags)) > 0)
    {
      *out = part_of_year (y, (YearPart) season);
      out->flags |= (guint8) (flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE));
      return n + 3;
    }
  /* "the summer": the season in context; not "the summer of love" nor "the fall of
   * Saigon", nor "the spring" of water. */
  if ((season = season_at (m, j)) >= 0 && !is (m, j, CONTRA_WORDS_AMBIGUOUS_SEASONS)
      && !is (m, j + 1, CONTRA_WORDS_PARTITIVES) && !contra_tok_is (t, j + 1, CONTRA_TOKEN_NUMBER))
    {
      Yearless yl = {YEARLESS_PART, 0, 0, (YearPart) season};
      return resolve_yearless (m, &yl, RESOLVE_CONTEXT, out) ? 2 : 0;
    }
  if ((part = part_noun_at (m, j)) >= 0 && is (m, j + 1, CONTRA_WORDS_PARTITIVES))
    {
      /* "The end of" a year is its last quarter, narrower than "late 2012", so that
       * it does not run into September. */
      guint k = j + 2;
      if (is (m, k, CONTRA_WORDS_DEFINITE_ARTICLES) && (n = m_decade (m, k + 1, TRUE, out)) > 0)
        {
          *out = part_of_decade (year_of (out->first), (YearPart) part);
          return k + 1 + n - i;
        }
      if (is (m, k, CONTRA_WORDS_THIS) || is (m, k, CONTRA_WORDS_LAST) || is (m, k, CONTRA_WORDS_NEXT))
        {
          /* "the end of this July": the month itself. */
          gboolean abbrev;
          if (month_at (m, k + 1, &abbrev) > 0 && (n = m_relative (m, k, out)) > 0)
            return k + n - i;
        }
      if ((n = apply_part (m, (YearPart) part, k, out)) > 0)
        return k + n - i;
      return 0;
    }
  if ((n = m_century (m, j, out)) > 0)
    return n + 1;
  if (contra_tok_flag (t, j, CONTRA_TOKEN_ORDINAL) && is (m, j + 1, CONTRA_WORDS_PARTITIVES)
      && (n = m_day_first (m, j, out)) > 0)
    return n + 1;
  if (contra_tok_is (t, j, CONTRA_TOKEN_NUMBER) && is (m, j + 1, CONTRA_WORDS_FISCAL) && (n = m_year (m, j, out)) > 0)
    return n + 1;
  return 0;
}

/* "at present", "currently", "now" (as an adverb), "today", "nowadays". */
static guint
m_present (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;

  guint n = contra_language_phrase_at (t->language, CONTRA_WORDS_PRESENT, t, i);

  if (n > 0)
    return present (m, out) ? n : 0;
  if (is (m, i, CONTRA_WORDS_TODAY))
    {
      if (!present (m, out))
        return 0;
      out->flags |= CONTRA_DATE_RELATIVE;
      return 1;
    }
  if (is (m, i, CONTRA_WORDS_NOW))
    {
      /* "now" is the present at the start of a clause, after a copula
       * (calendar.yaml's now_openers) or after a word that is no function word
       * ("the county now checks"); "now that" is a conjunction, and "until now",
       * "by now" and "from now" are intervals. */
      gboolean clause_start = i == 0 || (t->tokens[i - 1].kind == CONTRA_TOKEN_PUNCT
                                         && !punct (m, i - 1, '\'') && !punct (m, i - 1, '-'));
      if ((is (m, i + 1, CONTRA_WORDS_NOW_CONJUNCTIONS) && !is (m, i - 1, CONTRA_WORDS_NOW_INTENSIFIERS))
          || !(clause_start || is (m, i - 1, CONTRA_WORDS_NOW_OPENERS) || !is (m, i - 1, CONTRA_WORDS_FUNCTION)))
        return 0;
      return present (m, out) ? 1 : 0;
    }
  return 0;
}

static guint match_one (const Matcher *m, guint i, ContraDate *out);

static guint
match_at (const Matcher *m, guint i, ContraDate *out)
{
  guint n = match_one (m, i, out);

  return n > 0 ? n + possessive_part (m, i + n, out) : 0;
}

static guint
match_one (const Matcher *m, guint i, ContraDate *out)
{
  const ContraTokens *t = m->t;
  guint n;

  if (i >= t->n_tokens)
    return 0;

  const ContraToken *tok = &t->tokens[i];
  if (tok->kind == CONTRA_TOKEN_NUMBER)
    return m_number_led (m, i, out);
  if (tok->kind != CONTRA_TOKEN_WORD)
    return 0;
  if (tok->flags & CONTRA_TOKEN_HAS_DIGIT)
    return (n = m_fiscal (m, i, out)) ? n : m_quarter_code (m, i, out);

  const char *fold = contra_tokens_fold (t, i);
  gboolean abbrev;

  if (tok->flags & CONTRA_TOKEN_CAPITALIZED)
    {
      if (month_at (m, i, &abbrev) > 0)
        return m_month (m, i, out);
      if (weekday_at (m, i) > 0)
        return m_weekday (m, i, 0, out);
    }
  /* The word picks the pattern: each test is a class of calendar.yaml or words.yaml
   * (a word in several reads as the first). */
  if (is (m, i, CONTRA_WORDS_DEFINITE_ARTICLES))
    return m_the (m, i, out);
  if (is (m, i, CONTRA_WORDS_THIS) || is (m, i, CONTRA_WORDS_LAST) || is (m, i, CONTRA_WORDS_NEXT)
      || is (m, i, CONTRA_WORDS_PAST))
    return m_relative (m, i, out);
  if (is (m, i, CONTRA_WORDS_THAT))
    return m_that (m, i, out);
  if (is (m, i, CONTRA_WORDS_PRESENT) || is (m, i, CONTRA_WORDS_TODAY) || is (m, i, CONTRA_WORDS_NOW))
    return m_present (m, i, out);
  if (is (m, i, CONTRA_WORDS_TOMORROW))
    return relative_unit (m, CONTRA_GRAIN_DAY, 1, out) ? 1 : 0;
  if (is (m, i, CONTRA_WORDS_YESTERDAY))
    return relative_unit (m, CONTRA_GRAIN_DAY, -1, out) ? 1 : 0;
  if (contra_language_cardinal (t->language, fold) == 20 && (n = m_century (m, i, out)) > 0)
    return n;
  if (part_word_at (m, i) >= 0 || is (m, i, CONTRA_WORDS_EARLIER) || is (m, i, CONTRA_WORDS_LATER))
    return m_part (m, i, out);
  if (is (m, i, CONTRA_WORDS_APPROXIMATE) || is (m, i, CONTRA_WORDS_APPROXIMATE_ABBREVIATIONS))
    return m_approximate (m, i, out);
  if (is (m, i, CONTRA_WORDS_FISCAL) || is (m, i, CONTRA_WORDS_FISCAL_ABBREVIATIONS))
    return m_fiscal (m, i, out);
  /* "by year-end": the end of the year in context, as "the end of the year". */
  if (unit_one (m, i, CONTRA_WORDS_YEAR) && contra_tokens_is_dash (t, i + 1) && contra_tok_glued (t, i + 1)
      && is (m, i + 2, CONTRA_WORDS_PART_END) && contra_tok_glued (t, i + 2))
    {
      ContraDate d = CONTRA_DATE_INIT;
      if (!context_unit (m, CONTRA_GRAIN_YEAR, 0, &d))
        return 0;
      *out = part_of_year (year_of (d.first), PART_END);
      out->flags |= d.flags;
      return contra_date_is_set (out) ? 3 : 0;
    }
  if ((n = m_season (m, i, out)) > 0)
    return n;
  /* "fourth-quarter profit": the quarter of the year in context, as "the fourth
   * quarter". */
  YearPart period;
  if ((n = period_adjective (m, i, &period)) > 0)
    {
      Yearless yl = {YEARLESS_PART, 0, 0, period};
      return resolve_yearless (m, &yl, RESOLVE_REPORT, out) ? n : 0;
    }
  return m_ago (m, i, out);
}

/* ------------------------------------------------------------ parsing */

/* "2015-06-05" alone, as manifests and claims files write every date, read without
 * tokens: what m_iso() makes of it at the start of a text (a year from 1800 to 2199).
 * FALSE for anything else, which the matchers then read. */
static gboolean
iso_day (const char *text, ContraDate *out)
{
  static const char shape[] = "dddd-dd-dd";

  for (guint i = 0; i < sizeof shape - 1; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
      return FALSE;
  if (text[sizeof shape - 1] != '\0')
    return FALSE;
  int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  if (year < 1800 || year > 2199 || month < 1 || month > 12)
    return FALSE;
  ContraDate d = contra_date_make (year, month, day, CONTRA_GRAIN_DAY);
  if (!contra_date_is_set (&d))
    return FALSE;
  *out = d;
  return TRUE;
}

gboolean
contra_date_parse (const char *text, ContraDate *out)
{
  ContraDate none = CONTRA_DATE_INIT;

  g_return_val_if_fail (text != NULL && out != NULL, FALSE);
  *out = none;
  if (iso_day (text, out))
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);

  /* "2015-06-05T10:00:00Z": the date part is enough. */
  if (len > 10 && copy[4] == '-' && copy[7] == '-' && copy[10] == 'T')
    copy[10] = '\0', len = 10;

  g_autoptr (ContraTokens) t = contra_tokens_new ();
  contra_tokens_scan (t, copy, len);
  if (t->n_tokens == 0)
    return FALSE;

  Matcher m = {t, &no_context, TRUE};
  ContraDate d = CONTRA_DATE_INIT;
  guint n = match_at (&m, 0, &d);
  if (n == 0 || !contra_date_is_set (&d))
    return FALSE;
  if (n < t->n_tokens && d.grain == CONTRA_GRAIN_DAY)
    n += time_at (&m, n);
  if (n != t->n_tokens)
    return FALSE;
  *out = d;
  return TRUE;
}

/* ------------------------------------------------------------ the normaliser */

static gboolean
future_word (const ContraTokens *tokens, guint i)
{
  return contra_language_is (tokens->language, CONTRA_WORDS_FUTURE, tokens, i);
}

/* Where a clause ends, for the future: a semicolon. A comma before "and" would end
 * one too, but a future runs across it too often ("have until May 1 to comment,
 * and the council will meet"), and a comma alone sets off an opening phrase ("In
 * December, the minister will visit"). */
static gboolean
clause_break (const ContraTokens *tokens, guint i)
{
  return contra_tokens_is_punct (tokens, i, ';');
}

/* Whether a word that speaks of the future stands in the clause of token @i. */
static gboolean
future_in_clause (const ContraTokens *tokens, guint i)
{
  for (guint k = i; k > 0 && !clause_break (tokens, k - 1); k--)
    if (future_word (tokens, k - 1) || contra_language_is (tokens->language, CONTRA_WORDS_FUTURE_AFTER, tokens, k - 1))
      return TRUE;
  for (guint k = i; k < tokens->n_tokens && !clause_break (tokens, k); k++)
    if (future_word (tokens, k))
      return TRUE;
  return FALSE;
}

/* The context of a date at token @i, in @copy where it differs from @context.
 * "closed since Monday, will reopen": what follows "since" is past, whatever the
 * rest of the sentence says (HeidelTime reads "since" as past tense too); and the
 * future of one clause is not its neighbour's ("On Monday she spoke; this week she
 * will open it"). A future in the past ("would", calendar.yaml's future_after_words)
 * is the future of the dates after it in its clause alone: "said Tuesday that he
 * would sentence her Monday" is the Tuesday before and the Monday after. */
static const ContraDateContext *
clause_context (const ContraTokens *tokens, guint i, const ContraDateContext *context, ContraDateContext *copy)
{
  if (context == NULL)
    return NULL;
  gboolean since = i > 0 && contra_language_is (tokens->language, CONTRA_WORDS_SINCE, tokens, i - 1);
  if (context->future && (since || !future_in_clause (tokens, i)))
    {
      *copy = *context;
      copy->future = FALSE;
      return copy;
    }
  if (!context->future && !since)
    for (guint k = i; k > 0 && !clause_break (tokens, k - 1); k--)
      if (contra_language_is (tokens->language, CONTRA_WORDS_FUTURE_AFTER, tokens, k - 1))
        {
          *copy = *context;
          copy->future = TRUE;
          return copy;
        }
  return context;
}

static gboolean
date_can_start (const ContraTokens *tokens, guint i)
{
  const ContraToken *tok = &tokens->tokens[i];

  if (tok->kind == CONTRA_TOKEN_NUMBER)
    return TRUE;
  if (tok->kind != CONTRA_TOKEN_WORD)
    return FALSE;
  /* "FY2015", "Q1". */
  if (tok->flags & CONTRA_TOKEN_HAS_DIGIT)
    {
      const char *fold = contra_tokens_fold (tokens, i);
      return class_prefix (tokens->language, CONTRA_WORDS_FISCAL_ABBREVIATIONS, fold) > 0
             || class_prefix (tokens->language, CONTRA_WORDS_QUARTER_ABBREVIATIONS, fold) > 0;
    }
  /* "fourth-quarter profit": an ordinal before a dash. */
  if (i + 1 < tokens->n_tokens && contra_tokens_is_dash (tokens, i + 1)
      && contra_language_ordinal (tokens->language, contra_tokens_fold (tokens, i)) >= 1)
    return TRUE;
  /* The words the grammar starts a date with are computed when the language loads
   * (CONTRA_WORDS_DATE_STARTS), besides its months, weekdays and cardinals. */
  return contra_word_filter_test (contra_language_filter (tokens->language, CONTRA_WORDS_DATE_STARTS), tok->hash)
         || contra_word_filter_test (contra_language_filter (tokens->language, CONTRA_WORDS_CALENDAR), tok->hash)
         || contra_word_filter_test (contra_language_filter (tokens->language, CONTRA_WORDS_CARDINALS), tok->hash);
}

static guint
date_match (const ContraTokens *tokens,
            guint i,
            const ContraDateContext *context,
            ContraValue *out)
{
  g_return_val_if_fail (tokens != NULL && out != NULL, 0);

  /* the sentence's future as it holds at the date (clause_context()) */
  ContraDateContext past;
  context = clause_context (tokens, i, context, &past);

  Matcher m = {tokens, context != NULL ? context : &no_context, FALSE};
  ContraDate d = CONTRA_DATE_INIT;
  guint n = match_at (&m, i, &d);

  if (n == 0 || !contra_date_is_set (&d))
    return 0;
  out->type = CONTRA_VALUE_DATE;
  out->u.date = d;
  out->text = g_strndup (tokens->text + tokens->tokens[i].start,
                         tokens->tokens[i + n - 1].end - tokens->tokens[i].start);
  return n;
}

const ContraNormalizer contra_date_normalizer = {
  "date", /* the normaliser's name, as claims and rules write it */
  CONTRA_VALUE_DATE,
  date_can_start,
  date_match,
};

/* ------------------------------------------------------------ other time expressions
 *
 * What TimeML calls a time expression is more than a date: durations ("three
 * days", P3D), sets ("every year", P1Y) and times of day ("this morning"). Claims
 * compare dates only, so these are read here for `contra dump dates` and for
 * measuring the reader, not offered to the mention finder: a duration is no date.
 */

const char *
contra_timex_type_name (ContraTimexType type)
{
  /* TimeML's TIMEX3 types: notation, not English. */
  static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};

  g_return_val_if_fail (type <= CONTRA_TIMEX_SET, "DATE");
  return names[type];
}

void
contra_timex_clear (ContraTimex *timex)
{
  g_return_if_fail (timex != NULL);
  g_clear_pointer (&timex->value, g_free);
  timex->type = CONTRA_TIMEX_DATE;
  timex->date = (ContraDate) CONTRA_DATE_INIT;
}

/* A unit of a duration and its ISO 8601 letters: "P3D", "PT2H", "P2DE". The letters
 * are TimeML's notation, not English; the words are calendar.yaml's time_units. */
static gboolean
duration_unit_at (const Matcher *m, guint i, const char **code, gboolean *clock)
{
  static const struct {
    ContraWordClass cls;
    const char *code;
    gboolean clock;
  } units[] = {
    {CONTRA_WORDS_SECOND, "S", TRUE},   {CONTRA_WORDS_MINUTE, "M", TRUE},    {CONTRA_WORDS_HOUR, "H", TRUE},
    {CONTRA_WORDS_DAY, "D", FALSE},     {CONTRA_WORDS_WEEK, "W", FALSE},     {CONTRA_WORDS_WEEKEND, "WE", FALSE},
    {CONTRA_WORDS_MONTH, "M", FALSE},   {CONTRA_WORDS_QUARTER, "Q", FALSE},  {CONTRA_WORDS_YEAR, "Y", FALSE},
    {CONTRA_WORDS_DECADE, "DE", FALSE}, {CONTRA_WORDS_CENTURY, "CE", FALSE},
  };

  if (!contra_tok_is (m->t, i, CONTRA_TOKEN_WORD))
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (units); k++)
    if (is (m, i, units[k].cls))
      {
        *code = units[k].code;
        *clock = units[k].clock;
        return TRUE;
      }
  return FALSE;
}

/* A count before a unit: "three", "18", "a", "several" (unknown: X). Returns the
 * tokens spanned; *count is -1 for an unknown count. */
static guint
duration_count_at (const Matcher *m, guint i, double *count)
{
  double precision;
  guint n;

  if (is (m, i, CONTRA_WORDS_INDEFINITE_ARTICLES))
    {
      if (is (m, i + 1, CONTRA_WORDS_VAGUE_COUNTS_AFTER_ARTICLES))
        {
          *count = -1;
          return 2;
        }
      *count = 1;
      return 1;
    }
  if (is (m, i, CONTRA_WORDS_VAGUE_COUNTS))
    {
      *count = -1;
      return 1;
    }
  if ((n = contra_number_match (m->t, i, count, &precision)) == 0 || *count <= 0 || *count > 10000)
    return 0;
  return n;
}

static char *
duration_value (double count, const char *code, gboolean clock)
{
  if (count < 0)
    return g_strdup_printf ("P%sX%s", clock ? "T" : "", code);
  return g_strdup_printf ("P%s%g%s", clock ? "T" : "", count, code);
}

/* "three days", "the past two years", "a 10-year", "18 months", "several weeks". */
static guint
m_duration (const Matcher *m, guint i, ContraTimex *out)
{
  const char *code;
  gboolean clock;
  double count;
  guint j = i, n;

  gboolean the = is (m, j, CONTRA_WORDS_DEFINITE_ARTICLES);
  gboolean past = the && (is (m, j + 1, CONTRA_WORDS_PAST) || is (m, j + 1, CONTRA_WORDS_LAST));
  if (the && (is (m, j + 1, CONTRA_WORDS_DURATION_OPENERS) || is (m, j + 1, CONTRA_WORDS_DURATION_OPENERS_AFTER_THE)))
    j += 2;
  else if (is (m, j, CONTRA_WORDS_DURATION_OPENERS))
    j++;
  /* "the past decade", "the last year": one unit back from now, as HeidelTime reads
   * them ("past year" without "the" is last year, a date). */
  if (past && duration_unit_at (m, j, &code, &clock) && !is (m, j, CONTRA_WORDS_TIME_UNIT_PLURALS))
    {
      out->type = CONTRA_TIMEX_DURATION;
      out->value = duration_value (1, code, clock);
      return j + 1 - i;
    }
  if ((n = duration_count_at (m, j, &count)) == 0)
    return 0;
  j += n;
  if (is (m, j, CONTRA_WORDS_COUNT_FILLERS))
    j++;
  /* "a 10-year plan", "the 30-day period". */
  if (contra_tokens_is_dash (m->t, j) && contra_tok_glued (m->t, j) && contra_tok_glued (m->t, j + 1))
    j++;
  if (!duration_unit_at (m, j, &code, &clock))
    return 0;
  /* "a week" alone is a duration ("within a week", "for a year"), but not a rate
   * after an amount ("$2000 a year", "9,000 cars a day", "5 percent a year": a
   * number in the two words before), nor "a second" (an ordinal: "a second term")
   * or "a quarter" (a fraction: "a quarter of the staff"). */
  if (j == i + 1 && is (m, i, CONTRA_WORDS_INDEFINITE_ARTICLES))
    {
      if (is (m, j, CONTRA_WORDS_SECOND) || is (m, j, CONTRA_WORDS_QUARTER))
        return 0;
      for (guint k = i; k > 0 && k + 2 > i; k--)
        if (contra_tok_is (m->t, k - 1, CONTRA_TOKEN_NUMBER) || (m->t->tokens[k - 1].flags & CONTRA_TOKEN_HAS_DIGIT))
          return 0;
    }
  out->type = CONTRA_TIMEX_DURATION;
  out->value = duration_value (count, code, clock);
  return j + 1 - i;
}

/* "for years", "in months", "sentenced to years", ", months after": a plural unit
 * with no count is a duration of unknown length (PXY); "years ago" an unknown past.
 * Only after a preposition or a comma: "the years after the war" and "its weeks"
 * are nouns, and "years of neglect" is a quantity. */
static guint
m_vague_units (const Matcher *m, guint i, ContraTimex *out)
{
  const char *code;
  gboolean clock;

  if (!is (m, i, CONTRA_WORDS_TIME_UNIT_PLURALS) || !duration_unit_at (m, i, &code, &clock)
      || is (m, i + 1, CONTRA_WORDS_PARTITIVES))
    return 0;
  if (is (m, i + 1, CONTRA_WORDS_AGO) && (i == 0 || !is (m, i - 1, CONTRA_WORDS_ARTICLES)))
    {
      out->type = CONTRA_TIMEX_DATE;
      out->value = g_strdup ("PAST_REF");
      return 2;
    }
  if (i == 0
      || !(contra_tokens_is_punct (m->t, i - 1, ',')
           || (is (m, i - 1, CONTRA_WORDS_FUNCTION) && !is (m, i - 1, CONTRA_WORDS_ARTICLES)
               && !is (m, i - 1, CONTRA_WORDS_DETERMINERS) && !is (m, i - 1, CONTRA_WORDS_AND))))
    return 0;
  out->type = CONTRA_TIMEX_DURATION;
  out->value = duration_value (-1, code, clock);
  return 1;
}

/* "every year", "each month", "every other week", "every Monday", "annually". */
static guint
m_set (const Matcher *m, guint i, ContraTimex *out)
{
  /* TimeML's values of calendar.yaml's frequencies, in their order. */
  static const struct {
    ContraWordClass cls;
    const char *value;
  } adverbs[] = {
    {CONTRA_WORDS_YEARLY, "P1Y"}, {CONTRA_WORDS_QUARTERLY, "P1Q"}, {CONTRA_WORDS_MONTHLY, "P1M"},
    {CONTRA_WORDS_WEEKLY, "P1W"}, {CONTRA_WORDS_DAILY, "P1D"},     {CONTRA_WORDS_HOURLY, "PT1H"},
  };
  const char *code;
  gboolean clock;
  int every = 1, wd;
  guint j = i + 1;

  for (gsize k = 0; k < G_N_ELEMENTS (adverbs); k++)
    if (is (m, i, adverbs[k].cls))
      {
        out->type = CONTRA_TIMEX_SET;
        out->value = g_strdup (adverbs[k].value);
        return 1;
      }
  /* "twice a day", "three times a year", "once per week": a frequency per unit. */
  if (is (m, i, CONTRA_WORDS_FREQUENCY_COUNTS))
    {
      guint k = i + 1;
      if (!is (m, k, CONTRA_WORDS_PER))
        return 0;
      if (!duration_unit_at (m, k + 1, &code, &clock))
        return 0;
      out->type = CONTRA_TIMEX_SET;
      out->value = duration_value (1, code, clock);
      return k + 2 - i;
    }
  if (!is (m, i, CONTRA_WORDS_EVERY))
    return 0;
  if (is (m, j, CONTRA_WORDS_ALTERNATE))
    every = 2, j++;
  if ((wd = weekday_at (m, j)) > 0)
    {
      out->type = CONTRA_TIMEX_SET;
      out->value = g_strdup_printf ("XXXX-WXX-%d", wd);
      return j + 1 - i;
    }
  /* "every summer" (XXXX-SU), "every January" (XXXX-01). */
  gboolean abbrev;
  int season = season_at (m, j), mo = month_at (m, j, &abbrev);
  if (season >= 0 || (mo > 0 && !abbrev))
    {
      out->type = CONTRA_TIMEX_SET;
      out->value = season >= 0 ? g_strdup_printf ("XXXX-%s", season_codes[season - PART_SPRING])
                               : g_strdup_printf ("XXXX-%02d", mo);
      return j + 1 - i;
    }
  if (!duration_unit_at (m, j, &code, &clock))
    return 0;
  out->type = CONTRA_TIMEX_SET;
  out->value = duration_value (every, code, clock);
  return j + 1 - i;
}

/* "the weekend", "this weekend", "last weekend", "next weekend": the weekend of the
 * reference's ISO week (2001-W03-WE), or of the week before or after it. */
static guint
m_weekend (const Matcher *m, guint i, ContraTimex *out)
{
  ContraDate week = CONTRA_DATE_INIT;
  int dir;

  if (!unit_one (m, i + 1, CONTRA_WORDS_WEEKEND))
    return 0;
  if (is (m, i, CONTRA_WORDS_DEFINITE_ARTICLES) || is (m, i, CONTRA_WORDS_THIS))
    dir = 0;
  else if (is (m, i, CONTRA_WORDS_LAST))
    dir = -1;
  else if (is (m, i, CONTRA_WORDS_NEXT))
    dir = 1;
  else
    return 0;
  if (!relative_unit (m, CONTRA_GRAIN_WEEK, dir, &week) || week.grain != CONTRA_GRAIN_WEEK)
    return 0;
  g_autofree char *iso = contra_date_format (&(ContraDate){week.first, week.last, week.grain, 0});
  out->type = CONTRA_TIMEX_DATE;
  out->date = week;
  out->value = g_strdup_printf ("%s-WE", iso);
  return 2;
}

/* Whether the word at @i stands between two of one word, as in an equative ("as
 * recently as 1979", which dates by its year, not by the adverb). */
static gboolean
equative (const Matcher *m, guint i)
{
  return i > 0 && i + 1 < m->t->n_tokens && m->t->tokens[i - 1].kind == CONTRA_TOKEN_WORD
         && strcmp (contra_tokens_fold (m->t, i - 1), contra_tokens_fold (m->t, i + 1)) == 0;
}

/* "recent years", "the coming weeks": an unspecified past or future, TimeML's PAST_REF
 * and FUTURE_REF (the words are calendar.yaml's). A singular unit is a date of its
 * own ("the coming year"), and a count makes a duration ("the past five years"). */
static guint
m_ref (const Matcher *m, guint i, ContraTimex *out)
{
  const ContraLanguage *language = m->t->language;
  guint j = is (m, i, CONTRA_WORDS_DEFINITE_ARTICLES) ? i + 1 : i;
  const char *value, *code;
  gboolean clock;
  double count;
  guint n;

  /* "several years ago", "a few days ago": a past the count leaves unknown, as
   * HeidelTime reads it. */
  if ((n = duration_count_at (m, i, &count)) > 0 && count < 0 && duration_unit_at (m, i + n, &code, &clock)
      && is (m, i + n + 1, CONTRA_WORDS_AGO))
    {
      out->type = CONTRA_TIMEX_DATE;
      out->value = g_strdup ("PAST_REF");
      return n + 2;
    }

  /* "recently" alone, not before the date it qualifies ("most recently in July");
   * "in the past,", "in the future.": the noun after a temporal preposition and
   * "the", with nothing after it in its clause ("the future of the port", "the
   * wounds of the past" are no time). */
  if (contra_language_is (language, CONTRA_WORDS_PAST_REF_ADVERBS, m->t, i)
      && !is (m, i + 1, CONTRA_WORDS_YEAR_PREPOSITIONS) && !is (m, i + 1, CONTRA_WORDS_MONTH_OPENERS)
      && !equative (m, i))
    {
      out->type = CONTRA_TIMEX_DATE;
      out->value = g_strdup ("PAST_REF");
      return 1;
    }
  if (j == i + 1 && i > 0 && is (m, i - 1, CONTRA_WORDS_YEAR_PREPOSITIONS)
      && (contra_language_is (language, CONTRA_WORDS_PAST_REF_NOUNS, m->t, j)
          || contra_language_is (language, CONTRA_WORDS_FUTURE_REF_NOUNS, m->t, j))
      && (j + 1 >= m->t->n_tokens || contra_tok_is (m->t, j + 1, CONTRA_TOKEN_PUNCT)))
    {
      out->type = CONTRA_TIMEX_DATE;
      out->value
        = g_strdup (contra_language_is (language, CONTRA_WORDS_PAST_REF_NOUNS, m->t, j) ? "PAST_REF" : "FUTURE_REF");
      return 2;
    }
  if (contra_language_is (language, CONTRA_WORDS_PAST_REF, m->t, j))
    value = "PAST_REF";
  else if (contra_language_is (language, CONTRA_WORDS_FUTURE_REF, m->t, j))
    value = "FUTURE_REF";
  else
    return 0;
  if (unit_at (m, j + 1, NULL) == CONTRA_GRAIN_NONE || !is (m, j + 1, CONTRA_WORDS_TIME_UNIT_PLURALS))
    return 0;
  out->type = CONTRA_TIMEX_DATE;
  out->value = g_strdup (value);
  return j + 2 - i;
}

/* The part of a day a word names (calendar.yaml's day_parts), as TimeML codes it:
 * the codes are notation, not English. */
static const char *
day_part_at (const Matcher *m, guint i)
{
  static const char *const codes[] = {"MO", "AF", "EV", "NI"};

  for (guint k = 0; k < G_N_ELEMENTS (codes); k++)
    if (is (m, i, CONTRA_WORDS_MORNING + k))
      return codes[k];
  return NULL;
}

/* The day of a clock time that ends before token @j: the day after it ("10 a.m.
 * Friday", "2 p.m. on Oct. 4", "noon Saturday"), else the day the story is on (an
 * anchor that is a day: "On Monday the talks broke down at 5 p.m." is Monday, as
 * HeidelTime's last mentioned day is), else the reference's. A sentence about the
 * future does not take a day that ended before the reference. Returns the token
 * after the expression (0 when there is no day, nor a reference); without a
 * reference, fills @out with the time on an unknown day. */
static guint
clock_day (const Matcher *m, guint j, int hour, int minute, ContraDate *day, ContraTimex *out)
{
  ContraDate on = CONTRA_DATE_INIT;
  guint k = is (m, j, CONTRA_WORDS_CLOCK_DAY_PREPOSITIONS) ? j + 1 : j, n;

  if (!contra_date_is_set (&m->ctx->reference))
    {
      out->type = CONTRA_TIMEX_TIME;
      out->value = g_strdup_printf ("XXXX-XX-XXT%02d:%02d", hour, minute);
      return j;
    }
  if ((weekday_at (m, k) > 0 || month_at (m, k, &(gboolean){FALSE}) > 0 || contra_tok_is (m->t, k, CONTRA_TOKEN_NUMBER))
      && (n = match_at (m, k, &on)) > 0 && on.grain == CONTRA_GRAIN_DAY)
    {
      *day = on;
      return k + n;
    }
  const ContraDate *a = &m->ctx->anchor;
  if (contra_date_is_set (a) && a->grain == CONTRA_GRAIN_DAY && !(a->flags & CONTRA_DATE_PRESENT)
      && !(m->ctx->future && a->last < m->ctx->reference.first))
    {
      *day = *a;
      return j;
    }
  return relative_unit (m, CONTRA_GRAIN_DAY, 0, day) ? j : 0;
}

/* "this morning", "tonight", "last night", "yesterday afternoon", "Monday night",
 * "10 a.m.", "3:30 p.m. Friday": a time of day on a day the reference resolves. */
static guint
m_time (const Matcher *m, guint i, const ContraDateContext *context, ContraTimex *out)
{
  ContraDate day = CONTRA_DATE_INIT;
  const char *part = NULL;
  guint j = i, n;
  int hour = -1, minute = 0;

  if (is (m, i, CONTRA_WORDS_TONIGHT))
    {
      part = "NI"; /* TimeML's night */
      j = i + 1;
      if (!relative_unit (m, CONTRA_GRAIN_DAY, 0, &day))
        return 0;
    }
  else if (is (m, i, CONTRA_WORDS_OVERNIGHT)
           && (i + 1 >= m->t->n_tokens || contra_tok_is (m->t, i + 1, CONTRA_TOKEN_PUNCT)
               || is (m, i + 1, CONTRA_WORDS_FUNCTION))
           && (i == 0 || !is (m, i - 1, CONTRA_WORDS_ARTICLES)))
    {
      /* "held in jail overnight": the night of the day the story is on (a day
       * anchor); on the reference's day or after it, or with no day, the night
       * that ended it, as news writes of the night just past. An adjective
       * ("overnight rates", "an overnight stay") is no time. */
      const ContraDate *a = &m->ctx->anchor;
      ContraDate ref;
      part = "NI"; /* TimeML's night */
      j = i + 1;
      if (contra_date_is_set (a) && a->grain == CONTRA_GRAIN_DAY && !(a->flags & CONTRA_DATE_PRESENT))
        day = *a;
      else if (!relative_unit (m, CONTRA_GRAIN_DAY, 0, &day))
        return 0;
      if (reference (m, &ref) && day.first >= ref.first)
        day = interval (day.first - 1, day.first - 1, CONTRA_GRAIN_DAY, day.flags);
    }
  else if ((is (m, i, CONTRA_WORDS_THIS) || is (m, i, CONTRA_WORDS_LAST)) && (part = day_part_at (m, i + 1)) != NULL)
    {
      /* "last night" is the night before; "last morning" is none. */
      if (is (m, i, CONTRA_WORDS_LAST) && !is (m, i + 1, CONTRA_WORDS_NIGHT))
        return 0;
      if (!relative_unit (m, CONTRA_GRAIN_DAY, is (m, i, CONTRA_WORDS_LAST) ? -1 : 0, &day))
        return 0;
      j = i + 2;
    }
  else if (is (m, i, CONTRA_WORDS_DEFINITE_ARTICLES)
           && (part = day_part_at (m, i + 1 + is (m, i + 1, CONTRA_WORDS_FOLLOWING))) != NULL
           && !is (m, i + 2 + is (m, i + 1, CONTRA_WORDS_FOLLOWING), CONTRA_WORDS_PARTITIVES))
    {
      /* "worked through the night", "in the morning": that part of the day the
       * story is on (a day anchor), else of the reference's day; "the next
       * morning", of the day after it. */
      const ContraDate *a = &m->ctx->anchor;
      int after = is (m, i + 1, CONTRA_WORDS_FOLLOWING) ? 1 : 0;
      if (contra_date_is_set (a) && a->grain == CONTRA_GRAIN_DAY && !(a->flags & CONTRA_DATE_PRESENT))
        day = interval (a->first + after, a->first + after, CONTRA_GRAIN_DAY, a->flags);
      else if (!relative_unit (m, CONTRA_GRAIN_DAY, after, &day))
        return 0;
      j = i + 2 + after;
    }
  else if (contra_tok_digits (m->t, i, &hour, &n) && n <= 2 && hour >= 1 && hour <= 12)
    {
      /* "10 a.m.", "3:30 p.m." */
      j = i + 1;
      if (punct (m, j, ':') && contra_tok_glued (m->t, j) && contra_tok_digits (m->t, j + 1, &minute, &n) && n == 2
          && minute < 60)
        j += 2;
      if (is (m, j, CONTRA_WORDS_AM))
        hour = hour == 12 ? 0 : hour;
      else if (is (m, j, CONTRA_WORDS_PM))
        hour = hour == 12 ? 12 : hour + 12;
      else
        return 0;
      /* "a.m." is one token "a.m." read as "am", or "a" "." "m" "."; take what is
       * there: a word of one letter needs its second after the period. */
      if (g_utf8_strlen (contra_tokens_fold (m->t, j), -1) == 1)
        {
          if (!(punct (m, j + 1, '.') && is (m, j + 2, CONTRA_WORDS_MERIDIEM_LETTERS)))
            return 0;
          j += 2;
          if (punct (m, j + 1, '.'))
            j++;
        }
      j++;
      if ((n = clock_day (m, j, hour, minute, &day, out)) == 0)
        return 0;
      if (out->value != NULL)
        return n - i;
      j = n;
    }
  else if (contra_language_is (m->t->language, CONTRA_WORDS_NOON, m->t, i)
           || contra_language_is (m->t->language, CONTRA_WORDS_MIDNIGHT, m->t, i))
    {
      /* "noon", "at midnight Saturday": TimeML writes midnight as hour 24 of its day. */
      hour = contra_language_is (m->t->language, CONTRA_WORDS_NOON, m->t, i) ? 12 : 24;
      if ((n = clock_day (m, i + 1, hour, minute, &day, out)) == 0)
        return 0;
      if (out->value != NULL)
        return n - i;
      j = n;
    }
  else if ((n = match_at (m, i, &day)) > 0 && day.grain == CONTRA_GRAIN_DAY && (part = day_part_at (m, i + n)) != NULL)
    j = i + n + 1;
  else if (n > 0 && day.grain == CONTRA_GRAIN_DAY
           && (contra_language_is (m->t->language, CONTRA_WORDS_NOON, m->t, i + n)
               || contra_language_is (m->t->language, CONTRA_WORDS_MIDNIGHT, m->t, i + n)))
    {
      /* "Saturday noon", "June 1 midnight" */
      hour = contra_language_is (m->t->language, CONTRA_WORDS_NOON, m->t, i + n) ? 12 : 24;
      j = i + n + 1;
    }
  else
    return 0;

  (void) context;
  if (!contra_date_is_set (&day) || day.grain != CONTRA_GRAIN_DAY)
    return 0;

  int y, mo, d;
  split_julian (day.first, &y, &mo, &d);
  out->type = CONTRA_TIMEX_TIME;
  out->date = day;
  if (part != NULL)
    out->value = g_strdup_printf ("%04d-%02d-%02dT%s", y, mo, d, part);
  else
    out->value = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d", y, mo, d, hour, minute);
  return j - i;
}

/* The second year of a range written short: the "91" of "the 1990-91 season", the
 * "99" of "fiscal 1998–99". Its first year is a date of its own, read before it; as
 * HeidelTime and TimeML read such a range, the second is another date, the year
 * the range ends (contra_date_range_match() gives both ends as one interval). */
static guint
m_range_end (const Matcher *m, guint i, ContraTimex *out)
{
  int y, yy;
  guint digits;

  if (i < 2 || !contra_tok_digits (m->t, i, &yy, &digits) || digits != 2 || !contra_tok_glued (m->t, i)
      || !contra_tokens_is_dash (m->t, i - 1) || !contra_tok_glued (m->t, i - 1) || !year_at (m, i - 2, &y)
      || !plausible_year (m, i - 2))
    return 0;
  /* "1998–99" ends in 1999 and "1999-00" in 2000; "1998-05" is no range of years
   * here (it reads as a month), nor "1998-98". */
  int end = y - y % 100 + yy;
  if (end <= y && end + 100 == y + 1)
    end += 100;
  if (end <= y)
    return 0;
  out->type = CONTRA_TIMEX_DATE;
  out->date = contra_date_make (end, 0, 0, CONTRA_GRAIN_YEAR);
  out->value = contra_date_timex (&out->date);
  return 1;
}

/* A date that needs a reference or an anchor the text does not give ("on Monday"
 * with no publication date) is still a time expression: TimeML writes what is
 * unknown as X's, at the grain the text gave. The form is found by reading it
 * against a stand-in reference, whose value is then thrown away. */
static guint
unresolved (const ContraTokens *tokens, guint i, const ContraDateContext *context, ContraTimex *out)
{
  static const char *const unknown[] = {
    [CONTRA_GRAIN_DAY] = "XXXX-XX-XX", [CONTRA_GRAIN_WEEK] = "XXXX-WXX", [CONTRA_GRAIN_MONTH] = "XXXX-XX",
    [CONTRA_GRAIN_SEASON] = "XXXX",    [CONTRA_GRAIN_YEAR] = "XXXX",     [CONTRA_GRAIN_DECADE] = "XXX",
    [CONTRA_GRAIN_CENTURY] = "XX",
  };
  ContraDateContext stand_in = {contra_date_make (2000, 6, 15, CONTRA_GRAIN_DAY), CONTRA_DATE_INIT, FALSE, NULL};
  ContraDate d = CONTRA_DATE_INIT;

  if (context != NULL && (contra_date_is_set (&context->reference) || contra_date_is_set (&context->anchor)))
    return 0;
  if (context != NULL)
    stand_in.future = context->future;

  Matcher m = {tokens, &stand_in, FALSE};
  guint n = match_at (&m, i, &d);
  if (n == 0 || !contra_date_is_set (&d) || d.grain == CONTRA_GRAIN_NONE || d.grain > CONTRA_GRAIN_CENTURY)
    return 0;
  out->type = CONTRA_TIMEX_DATE;
  if ((d.flags & CONTRA_DATE_PRESENT) && !(d.flags & CONTRA_DATE_RELATIVE))
    out->value = g_strdup ("PRESENT_REF");
  else if ((d.flags & CONTRA_DATE_UNDERSPECIFIED) && d.grain <= CONTRA_GRAIN_YEAR)
    {
      /* "June 8" without a year is XXXX-06-08: only the year is unknown. */
      out->value = contra_date_timex (&d);
      if (g_ascii_isdigit (out->value[0]))
        memcpy (out->value, "XXXX", 4);
    }
  else
    out->value = g_strdup (unknown[d.grain]);
  return n;
}

gboolean
contra_timex_can_start (const ContraTokens *tokens, guint i)
{
  g_return_val_if_fail (tokens != NULL, FALSE);
  if (i >= tokens->n_tokens)
    return FALSE;
  if (tokens->tokens[i].kind == CONTRA_TOKEN_NUMBER || date_can_start (tokens, i)
      || contra_language_is (tokens->language, CONTRA_WORDS_TIME_UNIT_PLURALS, tokens, i))
    return TRUE;
  /* The words that start a time expression but not a date, computed when the
   * language loads; a weekday starts both, so date_can_start() answers for it. */
  return contra_language_is (tokens->language, CONTRA_WORDS_TIMEX_STARTS, tokens, i);
}

guint
contra_timex_match (const ContraTokens *tokens, guint i, const ContraDateContext *context, ContraTimex *out)
{
  g_return_val_if_fail (tokens != NULL && out != NULL, 0);

  ContraDateContext copy;
  context = clause_context (tokens, i, context, &copy);
  Matcher m = {tokens, context != NULL ? context : &no_context, FALSE};
  ContraValue value = CONTRA_VALUE_INIT;
  guint n;

  contra_timex_clear (out);
  if ((n = m_range_end (&m, i, out)) > 0 || (n = m_time (&m, i, context, out)) > 0)
    return n;
  contra_timex_clear (out);
  if (date_can_start (tokens, i) && (n = contra_date_normalizer.match (tokens, i, context, &value)) > 0)
    {
      out->type = CONTRA_TIMEX_DATE;
      out->date = value.u.date;
      out->value = contra_date_timex (&value.u.date);
      contra_value_clear (&value);
      return n;
    }
  contra_value_clear (&value);
  if ((n = m_weekend (&m, i, out)) > 0 || (n = m_set (&m, i, out)) > 0 || (n = m_ref (&m, i, out)) > 0
      || (n = m_duration (&m, i, out)) > 0 || (n = m_vague_units (&m, i, out)) > 0)
    return n;
  contra_timex_clear (out);
  if ((n = unresolved (tokens, i, context, out)) > 0)
    return n;
  contra_timex_clear (out);
  return 0;
}

/* ------------------------------------------------------------ the context */

void
contra_date_context_sentence (ContraDateContext *context, const ContraTokens *tokens)
{
  g_return_if_fail (context != NULL && tokens != NULL);
  context->future = FALSE;
  for (guint i = 0; i < tokens->n_tokens; i++)
    if (future_word (tokens, i))
      {
        context->future = TRUE;
        return;
      }
}

gboolean
contra_date_context_note (ContraDateContext *context, const ContraTokens *tokens, guint first, const ContraDate *date)
{
  g_return_val_if_fail (context != NULL && tokens != NULL && date != NULL, FALSE);
  Matcher m = {tokens, context, FALSE};
  gboolean stated = contra_date_is_set (date)
                    && !(date->flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT));
  gboolean bounding = first > 0 && contra_language_is (tokens->language, CONTRA_WORDS_BOUNDING, tokens, first - 1);
  /* What an explicit date dates, for a later "N years after" it ("since 1994" and "by
   * 2005" date no event). */
  if (context->events != NULL && stated && !bounding)
    events_add (context->events, &m, first, date);
  /* A date read from context that lies outside the anchor ("the following year", "a
   * year later", "the third quarter" of the reference's year) is the story's new
   * time, as HeidelTime reads it: "a year later" after "the following year" counts
   * from that year. One the anchor holds ("In December" of it) leaves it; one read
   * from the reference alone, with no anchor yet, does not become one. */
  const ContraDate *a = &context->anchor;
  gboolean counted = (date->flags & CONTRA_DATE_UNDERSPECIFIED)
                     && !(date->flags & (CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT)) && contra_date_is_set (a)
                     && !contra_date_overlaps (date, a);
  /* A day read from context ("on March 3", "on Wednesday") is the time that "a week
   * later", "the same day" and "three days later" count from, as HeidelTime's last
   * mentioned day is: it becomes the anchor when there is none, when the anchor is a
   * day too, or when it narrows the anchor ("In 2009 ... on March 3"), which keeps
   * the anchor's year for what follows. */
  gboolean day = date->grain == CONTRA_GRAIN_DAY && !(date->flags & CONTRA_DATE_PRESENT)
                 && (!contra_date_is_set (a) || a->grain == CONTRA_GRAIN_DAY
                     || (date->first >= a->first && date->last <= a->last));
  /* So is a yearless month ("in October ... from a year earlier") or a quarter a
   * report names ("the fourth quarter"), when there is no anchor yet; a quarter is
   * a season-grained date that starts a calendar quarter. */
  int y = 0, mo = 0, d = 0;
  if (contra_date_is_set (date))
    split_julian (date->first, &y, &mo, &d);
  if (!contra_date_is_set (a) && !(date->flags & (CONTRA_DATE_PART | CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT))
      && (date->grain == CONTRA_GRAIN_MONTH || (date->grain == CONTRA_GRAIN_SEASON && (mo - 1) % 3 == 0)))
    day = TRUE;
  if (!contra_date_is_set (date)
      || ((date->flags & (CONTRA_DATE_UNDERSPECIFIED | CONTRA_DATE_RELATIVE | CONTRA_DATE_PRESENT)) && !counted
          && !day))
    return FALSE;
  /* A fiscal year is a reporting period, not the story's time: "Fiscal 2012 profits
   * rose ... The strike began on March 3" (published March 2013) is March 2013. */
  if (date->flags & CONTRA_DATE_FISCAL)
    return FALSE;
  /* "since 1994" and "by 2005" bound the time of the clause from outside; the
   * paragraph's own time stays where it was. */
  if (bounding)
    return FALSE;
  /* Nor does a date after the reference: a forecast or a plan ("prices should
   * recover in the first half of 1990, but the mill would shut in December") is
   * not where a news story is, and the yearless dates after it read from the
   * reference. */
  if (contra_date_is_set (&context->reference) && date->first > context->reference.last)
    return FALSE;
  /* Nor does a date in a relative clause ("The pier, which opened in 2004, closed
   * in March"): it dates the noun it is about, not the story. The clause runs from
   * its pronoun to the next punctuation mark. */
  for (guint k = first; k > 0; k--)
    {
      if (clause_end (tokens, k - 1))
        break;
      if (contra_language_is (tokens->language, CONTRA_WORDS_RELATIVE_PRONOUNS, tokens, k - 1))
        return FALSE;
    }
  context->anchor = *date;
  return TRUE;
}

/* ------------------------------------------------------------ ranges */

/* A connector between the two ends of a range: a dash, "to", "until", "through"
 * (calendar.yaml's date_range_joints); "and" after "between". */
static gboolean
range_connector (const Matcher *m, guint i, gboolean between)
{
  if (between)
    return is (m, i, CONTRA_WORDS_AND);
  return contra_tokens_is_dash (m->t, i) || is (m, i, CONTRA_WORDS_DATE_RANGE_JOINTS);
}

guint
contra_date_range_match (const ContraTokens *tokens, guint i, const ContraDateContext *context, ContraDate *first,
                         ContraDate *last)
{
  g_return_val_if_fail (tokens != NULL && first != NULL && last != NULL, 0);

  Matcher m = {tokens, context != NULL ? context : &no_context, FALSE};
  ContraDate a = CONTRA_DATE_INIT, b = CONTRA_DATE_INIT;
  gboolean between = FALSE, abbrev;
  guint j = i, n, k;
  int y, d, mo, yy;

  *first = *last = (ContraDate) CONTRA_DATE_INIT;
  if (is (&m, j, CONTRA_WORDS_DATE_RANGE_OPENERS))
    j++;
  else if (is (&m, j, CONTRA_WORDS_RANGE_OPENERS))
    between = TRUE, j++;

  /* "24–26 September 1920": one expression. */
  if ((n = m_day_range (&m, j, &a)) > 0)
    {
      *first = interval (a.first, a.first, CONTRA_GRAIN_DAY, a.flags);
      *last = interval (a.last, a.last, CONTRA_GRAIN_DAY, a.flags);
      return j + n - i;
    }
  /* "1998–99", "1998-2002", "(1920–2005)". */
  if (year_at (&m, j, &y) && contra_tokens_is_dash (tokens, j + 1) && contra_tok_digits (tokens, j + 2, &yy, &n)
      && n == 2 && contra_tok_glued (tokens, j + 2))
    {
      int end = y - y % 100 + yy;
      if (end <= y)
        return 0;
      *first = contra_date_make (y, 0, 0, CONTRA_GRAIN_YEAR);
      *last = contra_date_make (end, 0, 0, CONTRA_GRAIN_YEAR);
      return j + 3 - i;
    }

  /* The first end; a bare day or month takes the rest from the second end. */
  k = j;
  if (day_at (&m, j, &d) && range_connector (&m, j + 1, between) && day_at (&m, j + 2, &(int){0}))
    return 0; /* a day range without month is m_day_range's or nothing */
  if ((mo = month_at (&m, j, &abbrev)) > 0 && !abbrev && range_connector (&m, j + 1, between)
      && month_at (&m, j + 2, &abbrev) > 0)
    {
      k = j + 1;
      if ((n = match_at (&m, k + 1, &b)) == 0 || b.grain != CONTRA_GRAIN_MONTH)
        return 0;
      int by, bm, bd;
      split_julian (b.first, &by, &bm, &bd);
      a = contra_date_make (mo <= bm ? by : by - 1, mo, 0, CONTRA_GRAIN_MONTH);
      a.flags = b.flags;
    }
  else
    {
      if ((n = match_at (&m, j, &a)) == 0)
        return 0;
      k = j + n;
      if (!range_connector (&m, k, between))
        return 0;
      if ((n = match_at (&m, k + 1, &b)) == 0)
        return 0;
    }
  if (!contra_date_is_set (&a) || !contra_date_is_set (&b) || b.last < a.first)
    return 0;
  *first = a;
  *last = b;
  return k + 1 + n - i;
}
