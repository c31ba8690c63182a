/* test_date.c — date intervals and the date normaliser.
 *
 * Each row is a sentence, where the date starts, how many tokens it spans and its
 * normalised form; rows with a span of 0 must not match there. Dates that need
 * context carry the reference (publication) date and the anchor.
 */
#include "normalize-test.h"

#define D CONTRA_GRAIN_DAY
#define W CONTRA_GRAIN_WEEK
#define M CONTRA_GRAIN_MONTH
#define S CONTRA_GRAIN_SEASON
#define Y CONTRA_GRAIN_YEAR
#define DEC CONTRA_GRAIN_DECADE
#define C CONTRA_GRAIN_CENTURY

#define FISCAL CONTRA_DATE_FISCAL
#define PART CONTRA_DATE_PART
#define UNDER CONTRA_DATE_UNDERSPECIFIED
#define REL CONTRA_DATE_RELATIVE
#define NOW CONTRA_DATE_PRESENT
#define APPROX CONTRA_DATE_APPROXIMATE

/* The publication date of most rows: a Friday. */
#define REF "2015-06-05"

/* Rows: a date with no context, with a context, found by searching the sentence;
 * and places where nothing may match. */
#define ROW(s, at, span, expected, grain, flags) {s, at, span, expected, grain, flags, NULL, NULL, FALSE, FALSE}
#define ROW_CTX(s, at, span, expected, grain, flags, ref, anchor, future)                         \
  {s, at, span, expected, grain, flags, ref, anchor, future, FALSE}
#define SEARCH(s, at, span, expected, grain, flags) {s, at, span, expected, grain, flags, NULL, NULL, FALSE, TRUE}
#define NONE(s, at) {s, at, 0, NULL, CONTRA_GRAIN_NONE, 0, NULL, NULL, FALSE, FALSE}
#define NONE_CTX(s, at, ref, anchor) {s, at, 0, NULL, CONTRA_GRAIN_NONE, 0, ref, anchor, FALSE, FALSE}

typedef struct {
  const char *sentence;
  const char *at;        /* where the date starts (or must not) */
  guint span;            /* tokens; 0: nothing may match at @at */
  const char *expected;  /* contra_value_format() */
  ContraGrain grain;
  guint flags;           /* flags that must be set */
  const char *reference; /* NULL: none */
  const char *anchor;    /* NULL: none */
  gboolean future;
  gboolean search;       /* find the first match in the sentence; it must start at @at */
} DateCase;

static const DateCase cases[] = {
  /* years */
  ROW ("It builds on a 2011 memorandum of understanding.", "2011", 1, "2011", Y, 0),
  ROW ("In 2019, the US handed over the used 3,000-ton Hamilton-class patrol boat.", "2019", 1, "2019", Y, 0),
  ROW ("In 2011 officials said so.", "2011", 1, "2011", Y, 0),
  ROW ("2011: the first Defense Policy Dialogue is held in Hanoi.", "2011", 1, "2011", Y, 0),
  ROW ("There will be favorable conditions from 2016 to 2020.", "2016", 1, "2016", Y, 0),
  ROW ("The first visit in the year 2000 was short.", "the year", 3, "2000", Y, 0),
  ROW ("Since July 11, 1995, when U.S. President Bill Clinton announced it.", "July", 4, "1995-07-11", D, 0),
  ROW ("The ship was laid down at Woolwich in 1746.", "1746", 1, "1746", Y, 0),
  ROW ("She was laid down on the 8th of January 1747.", "the", 5, "1747-01-08", D, 0),
  NONE ("The 1746 rule applies.", "1746"),
  /* A year before 1800 after a season, as after a month. */
  ROW ("The siege took place in the summer of 1539.", "the", 4, "summer 1539", S, 0),
  ROW ("The fort fell in summer 1539.", "summer", 2, "summer 1539", S, 0),
  NONE ("A fleet of 1200 ships sailed.", "1200"),
  NONE ("He paid 1500 dollars.", "1500"),

  /* months and days */
  ROW ("In September 2011, the United States and Vietnam signed a memorandum.", "September", 2, "2011-09", M, 0),
  ROW ("They signed it in Sept. 2011 in Hanoi.", "Sept", 3, "2011-09", M, 0),
  ROW ("They signed it in Sep 2011 in Hanoi.", "Sep", 2, "2011-09", M, 0),
  ROW ("On August 17, 2010, the Acting Deputy Under Secretary met him.", "August", 4, "2010-08-17", D, 0),
  ROW ("On Aug. 17, 2010, they met.", "Aug", 5, "2010-08-17", D, 0),
  ROW ("They met on 17 August 2010 in Hanoi.", "17", 3, "2010-08-17", D, 0),
  ROW ("He said in Vietnam on 8th August, 2014 that he will urge Congress.", "8th", 4, "2014-08-08", D, 0),
  ROW ("Truong Tan Sang, \xe2\x80\x9cWe are thankful\xe2\x80\x9d, June 20,2013,", "June", 4, "2013-06-20", D, 0),
  ROW ("Keith Johnson, Foreign Policy, Dec. 16, 2013,", "Dec", 5, "2013-12-16", D, 0),
  ROW ("Kerry visited on Sept. 21, 2011, and left.", "Sept", 5, "2011-09-21", D, 0),
  ROW ("US Embassy in Vietnam, \xe2\x80\x9cUnited States, Vietnam Engage in Pacific Angel Efforts,\xe2\x80\x9d "
       "September 21, 2009,",
       "September", 4, "2009-09-21", D, 0),
  SEARCH ("In the August 2010, the United States guided missile destroyer visited Danang.", "August", 2, "2010-08", M,
          0),
  ROW ("Vietnam joined PSI in May 2014.", "May", 2, "2014-05", M, 0),
  ROW ("On Monday, June 1, 2015, they met.", "Monday", 6, "2015-06-01", D, 0),
  ROW ("the 17th of August 2010", "the", 5, "2010-08-17", D, 0),

  /* numeric */
  ROW ("The date was 2011-09-21 in the log.", "2011", 5, "2011-09-21", D, 0),
  ROW ("cntv | \xe4\xbd\x9c\xe8\x80\x85: Xin Qiang | \xe6\x97\xb6\xe9\x97\xb4: 2015-05-11 | \xe8\xb4\xa3\xe7\xbc\x96",
       "2015", 5, "2015-05-11", D, 0),
  ROW ("V\xc3\xa2n Nh\xc3\xa0n 14/8/14 20:14", "14/8", 8, "2014-08-14", D, 0),
  ROW ("Posted 8/14/2014 by the desk.", "8/14", 5, "2014-08-14", D, 0),
  ROW ("Posted 14.8.2014 by the desk.", "14.8", 3, "2014-08-14", D, 0),

  /* fiscal years */
  ROW ("The amount surged to 9.49 million USD in fiscal year 2013.", "fiscal", 3, "FY2013", Y, FISCAL),
  ROW ("Spending rose in fiscal 2013.", "fiscal", 2, "FY2013", Y, FISCAL),
  ROW ("The FY2015 budget.", "FY2015", 1, "FY2015", Y, FISCAL),
  ROW ("The FY 2015 budget.", "FY", 2, "FY2015", Y, FISCAL),
  ROW ("The FY15 budget.", "FY15", 1, "FY2015", Y, FISCAL),
  ROW ("In the 2013 fiscal year it grew.", "the", 4, "FY2013", Y, FISCAL),

  /* decades, parts and seasons */
  ROW ("Relations were frozen in the 1990s.", "the", 2, "1990s", DEC, 0),
  ROW ("Strangio notes that during the 1950s and 1960s, Chinese support grew.", "the", 2, "1950s", DEC, 0),
  ROW ("Vietnam-US military cooperation began in the late 1980s.", "the", 3, "late 1980s", DEC, PART),
  ROW ("It began in the early 2000s.", "the", 3, "early 2000s", DEC, PART),
  ROW ("It peaked in the mid-1990s.", "the", 4, "mid-1990s", DEC, PART),
  ROW ("It peaked by mid-1990s.", "mid", 3, "mid-1990s", DEC, PART),
  ROW ("Music of the '90s returned.", "the", 3, "1990s", DEC, 0),
  ROW ("Since then, in late 2010, the United States naval ships came.", "late", 2, "end of 2010", S, PART),
  ROW ("It will open in early 2016.", "early", 2, "early 2016", S, PART),
  ROW ("It closed in mid-2015.", "mid", 3, "mid-2015", S, PART),
  ROW ("Robert Pape, International Security, Vol. 30, No. 1, Summer 2005, p. 10.", "Summer", 2, "summer 2005", S, 0),
  ROW ("It started in the spring of 2010.", "the", 4, "spring 2010", S, 0),
  /* "summertime" is read as summer by calendar.yaml's seasons alone: a data edit, no C. */
  ROW ("The ferry ran in the summertime of 2012.", "the", 4, "summer 2012", S, 0),
  ROW ("Sales fell in the first quarter of 2014.", "the", 5, "2014-Q1", S, 0),
  ROW ("Profit rose in 1989's third quarter.", "1989", 4, "1989-Q3", S, 0),
  ROW ("Profit rose in 1989\xe2\x80\x99s 2nd half.", "1989", 4, "1989-H2", S, 0),
  ROW_CTX ("This year's first quarter was strong.", "This", 5, "1989-Q1", S, REL, "1989-11-02", NULL, FALSE),
  ROW_CTX ("Last year's fourth quarter was weak.", "Last", 5, "1988-Q4", S, REL, "1989-11-02", NULL, FALSE),
  ROW ("The 1989's fifth quarter.", "1989", 1, "1989", Y, 0),
  ROW ("1989's results were weak.", "1989", 1, "1989", Y, 0),
  ROW ("Sales fell in Q1 2014.", "Q1", 2, "2014-Q1", S, 0),
  ROW ("Sales rose in the second half of 2014.", "the", 5, "2014-H2", S, 0),
  ROW ("It ended by the end of 2010.", "the", 4, "end of 2010", S, PART),
  ROW ("The 20th century saw two wars.", "The", 3, "20th century", C, 0),
  ROW ("The 22ND century is far off.", "The", 3, "22nd century", C, 0),
  ROW ("Built around 2010, the base grew.", "around", 2, "~2010", Y, APPROX),
  ROW ("Built circa 2010.", "circa", 2, "~2010", Y, APPROX),
  ROW ("Built c. 2010.", "c.", 3, "~2010", Y, APPROX),

  /* underspecified: the year from the anchor, else the reference */
  ROW_CTX ("In December, Vietnamese Defense Minister Phung Quang Thanh visited the United States.", "December", 1,
           "2009-12", M, UNDER, REF, "2009-04", FALSE),
  ROW_CTX ("The first Defense Policy Dialogue was held in August.", "August", 1, "2010-08", M, UNDER, REF, "2010",
           FALSE),
  ROW_CTX ("In December, the minister visited.", "December", 1, "2014-12", M, UNDER, REF, NULL, FALSE),
  ROW_CTX ("In December, the minister will visit.", "December", 1, "2015-12", M, UNDER, REF, NULL, TRUE),
  ROW_CTX ("In January, the minister visited.", "January", 1, "2015-01", M, UNDER, REF, NULL, FALSE),
  ROW_CTX ("The same year, the US 7th Fleet visited Vietnam.", "The", 3, "2010", Y, UNDER, REF, "2010", FALSE),
  ROW_CTX ("Trade grew that year.", "that", 2, "2010", Y, UNDER, REF, "2010", FALSE),
  ROW_CTX ("Three ships visited that July.", "that", 2, "2012-07", M, UNDER, REF, "2012", FALSE),
  ROW_CTX ("It opened the following year.", "the", 3, "2011", Y, UNDER, REF, "2010-03", FALSE),
  ROW_CTX ("It opened the next year.", "the", 3, "2011", Y, UNDER, REF, "2010", FALSE),
  ROW_CTX ("It opened the previous year.", "the", 3, "2009", Y, UNDER, REF, "2010", FALSE),
  ROW_CTX ("A year later, it opened.", "A", 3, "2011", Y, UNDER, REF, "2010-03", FALSE),
  ROW_CTX ("Two years earlier, it closed.", "Two", 3, "2008", Y, UNDER, REF, "2010", FALSE),
  ROW_CTX ("In November of the same year, Bill Clinton became the first US president to visit Vietnam.", "November", 5,
           "2000-11", M, UNDER, REF, "2000-03", FALSE),
  ROW_CTX ("Trade grew the same year.", "the", 3, "2015", Y, UNDER, REF, NULL, FALSE),
  ROW_CTX ("The statement came on June 8 in Washington.", "June", 2, "2009-06-08", D, UNDER, REF, "2009", FALSE),
  ROW_CTX ("They met in May to talk.", "May", 1, "2014-05", M, UNDER, REF, "2014", FALSE),
  ROW_CTX ("They met on the same day.", "the", 3, "2009-06-08", D, UNDER, REF, "2009-06-08", FALSE),
  ROW_CTX ("They met the following day.", "the", 3, "2009-06-09", D, UNDER, REF, "2009-06-08", FALSE),

  /* relative to the reference */
  ROW_CTX ("This week, the United States and Vietnam deepened their defense ties.", "This", 2, "2015-W23", W, REL, REF,
           NULL, FALSE),
  ROW_CTX ("They met last week.", "last", 2, "2015-W22", W, REL, REF, NULL, FALSE),
  ROW_CTX ("Trade grew this year.", "this", 2, "2015", Y, REL, REF, NULL, FALSE),
  ROW_CTX ("Trade grew last year.", "last", 2, "2014", Y, REL, REF, NULL, FALSE),
  ROW_CTX ("In March last year, the ministers met.", "March", 3, "2014-03", M, REL, REF, NULL, FALSE),
  ROW_CTX ("In June this year, the ministers met.", "June", 3, "2015-06", M, REL, REF, NULL, FALSE),
  ROW_CTX ("Trade will grow next year.", "next", 2, "2016", Y, REL, REF, NULL, FALSE),
  ROW_CTX ("Trade grew this month.", "this", 2, "2015-06", M, REL, REF, NULL, FALSE),
  ROW_CTX ("Trade grew last month.", "last", 2, "2015-05", M, REL, REF, NULL, FALSE),
  ROW_CTX ("A move he said may kick off as early as next month.", "next", 2, "2014-09", M, REL, "2014-08-14", NULL,
           FALSE),
  ROW_CTX ("Senator Bob Corker said at a meeting in Hanoi on Monday.", "Monday", 1, "2014-08-11", D, REL, "2014-08-14",
           NULL, FALSE),
  ROW_CTX ("Senator Bob Corker will speak in Hanoi on Monday.", "Monday", 1, "2014-08-18", D, REL, "2014-08-14", NULL,
           TRUE),
  ROW_CTX ("They met last Friday.", "last", 2, "2015-05-29", D, REL, REF, NULL, FALSE),
  ROW_CTX ("They met on Friday.", "Friday", 1, "2015-06-05", D, REL, REF, NULL, FALSE),
  ROW_CTX ("On Tuesday Vietnamese officials met.", "Tuesday", 1, "2015-06-02", D, REL, REF, NULL, FALSE),
  /* Abbreviations are data (lang/en/calendar.yaml). */
  ROW_CTX ("On Tues Vietnamese officials met.", "Tues", 1, "2015-06-02", D, REL, REF, NULL, FALSE),
  ROW_CTX ("The talks ended on Thurs.", "Thurs", 1, "2015-06-04", D, REL, REF, NULL, FALSE),
  ROW_CTX ("They met yesterday.", "yesterday", 1, "2015-06-04", D, REL, REF, NULL, FALSE),
  ROW_CTX ("An unofficial source said that, at the end of this July, Lloyd Austin will visit Vietnam.", "the", 5,
           "2021-07", M, REL, "2021-07-01", NULL, FALSE),
  ROW_CTX ("He will visit this July.", "this", 2, "2015-07", M, REL, REF, NULL, FALSE),
  ROW_CTX ("He visited last December.", "last", 2, "2014-12", M, REL, REF, NULL, FALSE),
  ROW_CTX ("He visited last summer.", "last", 2, "summer 2014", S, REL, REF, NULL, FALSE),
  ROW_CTX ("Trade grew earlier this year.", "earlier", 3, "2015", Y, REL, REF, NULL, FALSE),
  ROW_CTX ("The war ended three years ago.", "three", 3, "2012", Y, REL, REF, NULL, FALSE),
  ROW_CTX ("They met yesterday.", "yesterday", 1, "2015-06", M, REL, "2015-06", NULL, FALSE),

  /* issue 15: anaphoric and relative forms, each with its reference (and anchor) */
  /* "N years after X": a date when the sentence dates X, else a duration, no date */
  NONE_CTX ("Thirty years after the old quay burned, the harbour reopened.", "Thirty", "2020-03-13", NULL),
  NONE_CTX ("Ten years since the pier opened, traffic has doubled.", "Ten", "2020-03-13", NULL),
  ROW_CTX ("Ten years after the 2004 flood, the quay reopened.", "Ten", 3, "2014", Y, UNDER, "2020-03-13", NULL, FALSE),
  ROW_CTX ("Ten years after the 2004 flood, the quay reopened.", "2004", 1, "2004", Y, 0, "2020-03-13", NULL, FALSE),
  ROW_CTX ("Thirty years after the old quay burned in 1962, the harbour reopened.", "Thirty", 3, "1992", Y, UNDER,
           "2020-03-13", NULL, FALSE),
  ROW_CTX ("Ten years since the pier opened in 2004, traffic has doubled.", "Ten", 3, "2014", Y, UNDER, "2020-03-13",
           NULL, FALSE),
  ROW_CTX ("Two years after the storm of March 2015 the quay reopened.", "Two", 3, "2017", Y, UNDER, "2020-03-13", NULL,
           FALSE),
  /* a date in the next clause, or one the reference places, does not date X */
  NONE_CTX ("Ten years after the flood, in 2004, the quay reopened.", "Ten", "2020-03-13", NULL),
  NONE_CTX ("Ten years after the flood last year the quay reopened.", "Ten", "2020-03-13", NULL),
  NONE_CTX ("Ten years after the great flood that swept the old harbour in 2004 it reopened.", "Ten", "2020-03-13",
            NULL),
  ROW_CTX ("Three years after 2010 the basin closed.", "Three", 3, "2013", Y, UNDER, "2020-03-13", NULL, FALSE),
  NONE_CTX ("It has been ten years since 2010.", "ten", "2020-03-13", NULL),
  NONE_CTX ("Three days after the storm, the divers returned.", "Three", "2020-03-13", NULL),
  /* an anniversary kept now dates its undated event from the reference */
  ROW_CTX ("They marked the 40th anniversary of the charter.", "the", 3, "1980", Y, REL, "2020-03-13", NULL, FALSE),
  ROW_CTX ("They marked the twentieth anniversary of the treaty.", "the", 3, "2000", Y, REL, "2020-03-13", NULL, FALSE),
  ROW_CTX ("They marked the 50th anniversary of 1945 quietly.", "the", 3, "1995", Y, UNDER, "2020-03-13", NULL, FALSE),
  ROW_CTX ("They marked the 50th anniversary of the 1945 armistice.", "the", 3, "1995", Y, UNDER, "2020-03-13", NULL,
           FALSE),
  ROW_CTX ("They marked the twentieth anniversary of the 1995 treaty.", "the", 3, "2015", Y, UNDER, "2020-03-13", NULL,
           FALSE),
  ROW_CTX ("The pier closed at the end of the year.", "the", 5, "end of 2012", S, PART, "2013-05-01", "2012-04", FALSE),
  ROW_CTX ("The pier closed late in 2012.", "late", 3, "end of 2012", S, PART, "2013-05-01", NULL, FALSE),
  ROW_CTX ("The pier closed late in the year.", "late", 4, "end of 2013", S, PART, "2013-11-20", NULL, FALSE),
  ROW_CTX ("The pier reopened early in 2014.", "early", 3, "early 2014", S, PART, "2015-05-01", NULL, FALSE),
  ROW ("The pier closed in late 2012.", "late", 2, "end of 2012", S, PART),
  ROW ("The pier closed at the end of the 1990s.", "the", 5, "late 1990s", DEC, PART),
  ROW_CTX ("Profit fell in the fourth quarter.", "the", 3, "2014-Q4", S, UNDER, "2015-02-13", NULL, FALSE),
  ROW_CTX ("Profit rose in the second quarter.", "the", 3, "2015-Q2", S, UNDER, "2015-08-13", NULL, FALSE),
  ROW_CTX ("Profit will rise in the second half.", "the", 3, "2015-H2", S, UNDER, "2015-02-13", NULL, TRUE),
  /* a quarter is the report's, not the anchor's: "in 2000 ... the third quarter" */
  ROW_CTX ("The surplus for the third quarter was the largest.", "the", 3, "1999-Q3", S, UNDER, "1999-11-18", "2000",
           FALSE),
  ROW_CTX ("Work will begin in the summer.", "the", 2, "summer 2000", S, UNDER, "2000-04-05", NULL, TRUE),
  ROW_CTX ("The ferries ran in the winter.", "the", 2, "winter 2019", S, UNDER, "2020-03-13", "2019", FALSE),
  NONE_CTX ("He fought in the fall of Saigon.", "the", "2020-03-13", NULL),
  NONE_CTX ("Water came from the spring below.", "the", "2020-03-13", NULL),
  ROW ("The survey ran 24–26 September 1920 in the bay.", "24", 5, "1920-09-24/1920-09-26", D, 0),
  ROW ("The survey ran 24 to 26 September 1920 in the bay.", "24", 5, "1920-09-24/1920-09-26", D, 0),
  ROW_CTX ("The survey ran 24 to 26 September.", "24", 4, "1920-09-24/1920-09-26", D, UNDER, REF, "1920", FALSE),
  NONE ("The survey ran 26–24 September 1920 in the bay.", "26"),
  ROW ("The nightly sailings began in 2013-W11.", "2013", 3, "2013-W11", W, 0),
  ROW ("The nightly sailings began in 2015-W53.", "2015", 3, "2015-W53", W, 0),
  ROW ("The nightly sailings began in 2014-W53.", "2014", 1, "2014", Y, 0),
  /* what follows "since" is past, even in a sentence about the future */
  ROW_CTX ("Schools, closed since Monday, will reopen tomorrow.", "Monday", 1, "2001-01-15", D, REL, "2001-01-17", NULL,
           TRUE),
  ROW_CTX ("Schools will reopen on Monday.", "Monday", 1, "2001-01-22", D, REL, "2001-01-17", NULL, TRUE),
  /* "would" (calendar.yaml's future_after_words) is the future of what follows it */
  ROW_CTX ("The judge said he would sentence her Monday.", "Monday", 1, "1998-11-16", D, REL, "1998-11-12", NULL,
           FALSE),
  ROW_CTX ("She said Tuesday that she would resign.", "Tuesday", 1, "1998-11-10", D, REL, "1998-11-12", NULL, FALSE),
  ROW_CTX ("He said it would shut the mill for two weeks in December.", "December", 1, "1989-12", M, UNDER,
           "1989-10-27", NULL, FALSE),
  ROW_CTX ("He said the schools, closed since Monday, would reopen.", "Monday", 1, "1998-11-09", D, REL, "1998-11-12",
           NULL, FALSE),
  ROW_CTX ("It said it would not pay; in December it paid.", "December", 1, "1989-12", M, UNDER, "1990-02-08", NULL,
           FALSE),
  /* the future of one clause is not its neighbour's */
  ROW_CTX ("On Monday the mayor spoke; this week she will open the terminal.", "Monday", 1, "2015-06-01", D, REL, REF,
           NULL, TRUE),
  /* "the end of the week", "the start of the month": the week or month in context */
  ROW_CTX ("The deal should close by the end of the month.", "the", 5, "1998-03", M, UNDER, "1998-03-06", NULL, TRUE),
  ROW_CTX ("He will decide by the end of the week.", "the", 5, "1998-W10", W, UNDER, "1998-03-06", NULL, TRUE),
  ROW_CTX ("It rained at the end of the week.", "the", 5, "1998-W09", W, UNDER, "1998-03-06", "1998-03-01", FALSE),
  /* a part of a day or a week is that day or week, its modifier in the expression */
  ROW_CTX ("Late Friday the deal closed.", "Late", 2, "1998-02-13", D, REL, "1998-02-13", NULL, FALSE),
  ROW_CTX ("Talks resumed earlier Monday.", "earlier", 2, "1998-02-09", D, REL, "1998-02-13", NULL, FALSE),
  ROW_CTX ("It rained early yesterday.", "early", 2, "1998-02-12", D, REL, "1998-02-13", NULL, FALSE),
  ROW_CTX ("Shares fell early this week.", "early", 3, "1998-W07", W, REL, "1998-02-13", NULL, FALSE),
  ROW_CTX ("In July the divers struck; the sheds will reopen.", "July", 1, "2014-07", M, UNDER, REF, NULL, TRUE),
  ROW_CTX ("Comments are open until July 1, and the council will meet.", "July", 2, "2015-07-01", D, UNDER, REF, NULL,
           TRUE),
  ROW_CTX ("In July, the divers will strike.", "July", 1, "2015-07", M, UNDER, REF, NULL, TRUE),
  /* the future does not take its year from an anchor in the past */
  ROW_CTX ("Residents will have until May 1 to comment.", "May", 2, "2000-05-01", D, UNDER, "2000-04-05", "1989-10",
           TRUE),
  ROW_CTX ("Residents had until May 1 to comment.", "May", 2, "1989-05-01", D, UNDER, "2000-04-05", "1989-10", FALSE),

  /* the present */
  ROW_CTX ("At present, the joint search and rescue operation has become an annual event.", "At", 2, "2015-06-05", D,
           NOW, REF, NULL, FALSE),
  ROW_CTX ("China is currently a comprehensive strategic cooperation partner of Vietnam.", "currently", 1, "2015-06-05",
           D, NOW, REF, NULL, FALSE),
  ROW_CTX ("Cooperate but keep distance, now national interests are priority.", "now", 1, "2015-06-05", D, NOW, REF,
           NULL, FALSE),
  ROW_CTX ("Military cooperation is now reaching higher levels.", "now", 1, "2015-06-05", D, NOW, REF, NULL, FALSE),
  ROW_CTX ("One can predict from the Vietnamese stance right now that it will change.", "now", 1, "2015-06-05", D, NOW,
           REF, NULL, FALSE),
  ROW_CTX ("Vietnam today is one of the most pro-American countries.", "today", 1, "2015-06-05", D, NOW, REF, NULL,
           FALSE),

  /* not dates */
  NONE ("Collection Chars 1/43\xc3\xa8me", "1/43"),
  NONE ("Collection Chars 1/43\xc3\xa8me", "43"),
  NONE ("Collectionnez les miniatures des Chars de la 2\xc3\xa8me Guerre Mondiale.", "2"),
  NONE ("Both sides celebrate the 20th anniversary of the normalization.", "20th"),
  NONE ("Both sides celebrate the 20th anniversary of the normalization.", "the"),
  NONE ("They sent 3,000 soldiers.", "3,000"),
  NONE ("They sent 2000 soldiers.", "2000"),
  NONE ("The death of 2000 soldiers.", "2000"),
  NONE ("Around 2000 soldiers died.", "Around"),
  NONE ("Vietnam canceled 15 defense exchanges with the US.", "15"),
  NONE ("A 2000-ton ship.", "2000"),
  NONE ("It grew 2011% in a decade.", "2011"),
  NONE ("It cost $2011 in total.", "2011"),
  NONE ("It cost 2011 dollars in total.", "2011"),
  NONE ("See Vol. 30, No. 1, p. 10.", "30"),
  NONE ("See Vol. 30, No. 1, p. 10.", "1,"),
  NONE ("See Vol. 30, No. 1, p. 10.", "10"),
  NONE ("See p. 1995 for the table.", "1995"),
  NONE ("Posted at 20:14 local time.", "20"),
  NONE ("China operated the 981 drilling platform.", "981"),
  NONE_CTX ("Jan said nothing.", "Jan", REF, NULL),
  NONE_CTX ("As the Sunday Times reported.", "Sunday", REF, NULL),
  NONE_CTX ("April Ryan asked a question.", "April", REF, NULL),
  NONE_CTX ("Theresa May said that May would come.", "May", REF, NULL),
  NONE_CTX ("He said that May would come.", "that", REF, NULL),
  NONE_CTX ("Vietnam may kick off the talks.", "may", REF, NULL),
  NONE ("Men in their 90s voted.", "90s"),
  NONE_CTX ("Defense ties have grown in the last 20 years.", "last", REF, NULL),
  NONE_CTX ("Over the past few years, ties grew.", "past", REF, NULL),
  NONE_CTX ("Now that the war is over, ties grow.", "Now", REF, NULL),
  NONE_CTX ("Until now, ties grew.", "now", REF, NULL),
  NONE ("In December, the minister visited.", "December"),
  NONE ("Trade grew last year.", "last"),
  NONE ("At present, nothing.", "At"),
  NONE_CTX ("It is a present for you.", "a", REF, NULL),
  NONE_CTX ("The same person came.", "The", REF, "2010"),
  NONE_CTX ("The following month he came.", "The", REF, "2010"),
  NONE ("Vietnam \xe2\x80\x93 US relations.", "US"),

  /* huge and odd numbers: not dates, and read without overflow */
  NONE_CTX ("It happened on May 99999999999th, 2011.", "May", REF, NULL),
  NONE ("It happened on 99999999999th May 2011.", "99999999999th"),
  NONE ("It happened on the 99999999999th of May 2011.", "the"),
  NONE ("It happened on the 4294967313th of May 2011.", "the"),
  NONE ("The date was 99999999999.8.2014 by then.", "99999999999.8"),
  NONE ("The date was 14.99999999999.2014 by then.", "14.99999999999"),
  NONE ("The date was 14.8.99999999999 by then.", "14.8"),
  NONE ("It was the 99999999999th century.", "the"),
  NONE ("It was the 99999999999th century.", "99999999999th"),
  NONE ("It was the 4294967316th century.", "4294967316th"),
  NONE ("Sales fell in the 4294967297th quarter of 2014.", "the"),
  NONE ("It was the 23rd century.", "the"),
  NONE_CTX ("It happened on June 31, 2011.", "June", REF, NULL),
  NONE ("Posted 0/8/2014 by the desk.", "0/8"),
  NONE ("Posted 14/0/2014 by the desk.", "14/0"),
  NONE ("Posted 14/8/0000 by the desk.", "14/8"),
  NONE ("Posted 0.8.2014 by the desk.", "0.8"),
};

/* Checks one row; prints what differs and returns FALSE when it fails. */
static gboolean
check_row (ContraTokens *t, guint k, const DateCase *c)
{
  ContraDateContext ctx = {test_date (c->reference), test_date (c->anchor), c->future, NULL};
  ContraValue v = CONTRA_VALUE_INIT;
  guint n = 0, at = 0;
  gboolean ok = TRUE;

  contra_tokens_scan (t, c->sentence, strlen (c->sentence));
  if (c->search)
    {
      for (at = 0; at < t->n_tokens && n == 0; at++)
        if (contra_date_normalizer.can_start (t, at))
          n = test_match (&contra_date_normalizer, t, at, &ctx, &v);
      at--;
      if (n > 0 && at != test_token_at (t, c->sentence, c->at))
        {
          print_error ("row %u \"%s\": the first date starts at token %u\n", k, c->sentence, at);
          ok = FALSE;
        }
    }
  else
    {
      at = test_token_at (t, c->sentence, c->at);
      n = test_match (&contra_date_normalizer, t, at, &ctx, &v);
    }

  g_autofree char *form = contra_value_format (&v);
  if (n != c->span || (n > 0 && strcmp (form, c->expected) != 0))
    {
      print_error ("row %u \"%s\" at \"%s\": span %u \"%s\", expected span %u \"%s\"\n", k, c->sentence,
                   c->at, n, form, c->span, c->expected != NULL ? c->expected : "");
      ok = FALSE;
    }
  else if (n > 0)
    {
      if (v.type != CONTRA_VALUE_DATE || v.u.date.grain != c->grain || (v.u.date.flags & c->flags) != c->flags)
        {
          print_error ("row %u \"%s\": grain %u flags %#x, expected grain %u flags %#x\n", k, c->sentence,
                       v.u.date.grain, v.u.date.flags, c->grain, c->flags);
          ok = FALSE;
        }
      /* The text as written is the span, no more. */
      if (v.text == NULL || !g_str_has_prefix (c->sentence + t->tokens[at].start, v.text)
          || strlen (v.text) != t->tokens[at + n - 1].end - t->tokens[at].start)
        {
          print_error ("row %u \"%s\": text \"%s\"\n", k, c->sentence, v.text);
          ok = FALSE;
        }
    }
  contra_value_clear (&v);
  return ok;
}

static void
test_cases (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  guint failed = 0;

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    failed += !check_row (t, k, &cases[k]);
  if (failed > 0)
    fail_msg ("%u of %zu rows failed", failed, G_N_ELEMENTS (cases));
}

/* ---------------------------------------------------------------- intervals */

typedef struct {
  ContraDate date;
  const char *format;
  const char *describe;
} NameCase;

static ContraDate
with_flags (ContraDate d, guint flags)
{
  d.flags |= (guint8) flags;
  return d;
}

static void
test_names (void **state)
{
  const NameCase names[] = {
    {contra_date_make (2011, 0, 0, Y), "2011", "2011"},
    {contra_date_make (2011, 9, 0, M), "2011-09", "September 2011"},
    {contra_date_make (2011, 9, 21, D), "2011-09-21", "21 September 2011"},
    {contra_date_make (2010, 8, 17, D), "2010-08-17", "17 August 2010"},
    {contra_date_fiscal_year (2013), "FY2013", "fiscal year 2013"},
    {contra_date_make (1985, 0, 0, DEC), "1980s", "the 1980s"},
    {with_flags (contra_date_span (1987, 0, 0, 1989, 0, 0, DEC), PART), "late 1980s", "the late 1980s"},
    {with_flags (contra_date_span (2000, 0, 0, 2003, 0, 0, DEC), PART), "early 2000s", "the early 2000s"},
    {with_flags (contra_date_span (2010, 9, 0, 2010, 12, 0, S), PART), "late 2010", "late 2010"},
    {with_flags (contra_date_span (2015, 5, 0, 2015, 8, 0, S), PART), "mid-2015", "mid-2015"},
    {contra_date_span (2005, 6, 0, 2005, 8, 0, S), "summer 2005", "summer 2005"},
    {contra_date_span (2010, 12, 0, 2011, 2, 0, S), "winter 2010", "winter 2010"},
    {contra_date_span (2014, 1, 0, 2014, 3, 0, S), "2014-Q1", "the first quarter of 2014"},
    {contra_date_make (2014, 11, 0, S), "2014-Q4", "the fourth quarter of 2014"},
    {contra_date_make (2014, 8, 14, W), "2014-W33", "the week of 11 August 2014"},
    /* An ISO week belongs to the year of its Thursday. */
    {contra_date_make (2015, 1, 1, W), "2015-W01", "the week of 29 December 2014"},
    {contra_date_make (2016, 1, 1, W), "2015-W53", "the week of 28 December 2015"},
    {contra_date_make (1950, 0, 0, C), "20th century", "the 20th century"},
    /* The letters of an ordinal are numbers.yaml's ordinal_suffixes. */
    {contra_date_make (2050, 0, 0, C), "21st century", "the 21st century"},
    {contra_date_make (1150, 0, 0, C), "12th century", "the 12th century"},
    {contra_date_make (250, 0, 0, C), "3rd century", "the 3rd century"},
    {with_flags (contra_date_make (2010, 0, 0, Y), APPROX), "~2010", "around 2010"},
    {contra_date_span (2010, 3, 5, 2010, 4, 1, D), "2010-03-05/2010-04-01", "5 March 2010 to 1 April 2010"},
    {contra_date_span (2012, 10, 1, 2013, 9, 30, Y), "2012-10-01/2013-09-30", "1 October 2012 to 30 September 2013"},
  };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *format = contra_date_format (&names[k].date);
      g_autofree char *describe = contra_date_describe (&names[k].date);
      assert_string_equal (format, names[k].format);
      assert_string_equal (describe, names[k].describe);
    }

  ContraDate none = CONTRA_DATE_INIT;
  g_autofree char *empty = contra_date_format (&none);
  assert_string_equal (empty, "");
}

static void
test_make (void **state)
{
  ContraDate d = contra_date_make (2015, 2, 29, D);
  assert_false (contra_date_is_set (&d));
  d = contra_date_make (2016, 2, 29, D);
  assert_true (contra_date_is_set (&d));
  d = contra_date_make (2015, 13, 0, M);
  assert_false (contra_date_is_set (&d));
  d = contra_date_make (2015, 0, 5, D);
  assert_false (contra_date_is_set (&d));
  d = contra_date_span (2015, 6, 0, 2015, 5, 0, M);
  assert_false (contra_date_is_set (&d));

  /* Julian days as GDate counts them. */
  d = contra_date_make (1, 1, 1, D);
  assert_int_equal (d.first, 1);
  d = contra_date_make (2015, 6, 5, D);
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, 5, 6, 2015);
  assert_int_equal (d.first, (gint32) g_date_get_julian (&g));

  d = contra_date_fiscal_year (2013);
  assert_int_equal (d.flags, FISCAL);
  assert_int_equal (d.first, contra_date_make (2012, 10, 1, D).first);
  assert_int_equal (d.last, contra_date_make (2013, 9, 30, D).first);
  assert_int_equal (contra_date_year (&d), 2012);

  d = contra_date_make (2010, 2, 0, S);
  assert_int_equal (d.first, contra_date_make (2010, 1, 1, D).first);
  assert_int_equal (d.last, contra_date_make (2010, 3, 31, D).first);

  /* Years outside 1-9999 are no dates, however far outside: no overflow on the way. */
  d = contra_date_fiscal_year (G_MININT);
  assert_false (contra_date_is_set (&d));
  d = contra_date_fiscal_year (G_MAXINT);
  assert_false (contra_date_is_set (&d));
  d = contra_date_fiscal_year (1);
  assert_false (contra_date_is_set (&d));
  d = contra_date_make (G_MININT, 1, 1, D);
  assert_false (contra_date_is_set (&d));
  d = contra_date_span (G_MAXINT, 0, 0, G_MAXINT, 0, 0, Y);
  assert_false (contra_date_is_set (&d));
  d = contra_date_make (9999, 12, 0, M);
  assert_true (contra_date_is_set (&d));
  /* 31 December 9999 is a Friday: its week would end in the year 10000. */
  d = contra_date_make (9999, 12, 31, W);
  assert_false (contra_date_is_set (&d));
  d = contra_date_make (9999, 12, 24, W);
  assert_true (contra_date_is_set (&d));
}

static void
test_compare (void **state)
{
  ContraDate y2011 = contra_date_make (2011, 0, 0, Y);
  ContraDate sep2011 = contra_date_make (2011, 9, 0, M);
  ContraDate dec2006 = contra_date_make (2006, 12, 0, M);
  ContraDate y2007 = contra_date_make (2007, 0, 0, Y);
  ContraDate fy2013 = contra_date_fiscal_year (2013);
  ContraDate oct2012 = contra_date_make (2012, 10, 0, M);
  ContraDate none = CONTRA_DATE_INIT;

  assert_true (contra_date_overlaps (&y2011, &sep2011));
  assert_true (contra_date_overlaps (&sep2011, &y2011));
  assert_false (contra_date_overlaps (&dec2006, &y2007));
  assert_true (contra_date_before (&dec2006, &y2007));
  assert_false (contra_date_before (&y2007, &dec2006));
  assert_true (contra_date_overlaps (&fy2013, &oct2012));
  assert_false (contra_date_overlaps (&none, &y2011));
  assert_false (contra_date_before (&none, &y2011));

  assert_int_equal (contra_date_compare (&y2011, &sep2011), -1);
  assert_int_equal (contra_date_compare (&sep2011, &y2011), 1);
  assert_int_equal (contra_date_compare (&y2011, &y2011), 0);
  ContraDate jan2011 = contra_date_make (2011, 1, 0, M);
  assert_int_equal (contra_date_compare (&jan2011, &y2011), -1);
  assert_int_equal (contra_date_year (&sep2011), 2011);
  assert_int_equal (contra_date_year (&none), 0);
}

typedef struct {
  const char *text;
  const char *format; /* NULL: not a date */
} ParseCase;

static void
test_parse (void **state)
{
  static const ParseCase rows[] = {
    {"2015-06-05", "2015-06-05"},
    {"2016", "2016"},
    {"2021-07", "2021-07"},
    {"14/8/14 20:14", "2014-08-14"},
    {"June 5, 2015", "2015-06-05"},
    {"5 June 2015", "2015-06-05"},
    {"June 2015", "2015-06"},
    {"  2015-06-05  ", "2015-06-05"},
    {"2015-06-05T10:00:00Z", "2015-06-05"},
    {"2015-06-05 10:00", "2015-06-05"},
    {"FY2013", "FY2013"},
    {"", NULL},
    {"hello", NULL},
    {"last year", NULL},
    {"2015-13-01", NULL},
    {"2015-02-30", NULL},
    {"June 5, 2015 and more", NULL},
    {"3,000", NULL},
    {"\xff\xfe", NULL},
    {"May 99999999999th, 2011", NULL},
    {"99999999999.8.2014", NULL},
    {"the 99999999999th century", NULL},
  };

  for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
    {
      ContraDate d;
      gboolean ok = contra_date_parse (rows[k].text, &d);
      if (ok != (rows[k].format != NULL))
        fail_msg ("\"%s\": parse returned %d", rows[k].text, ok);
      if (!ok)
        {
          assert_false (contra_date_is_set (&d));
          continue;
        }
      g_autofree char *format = contra_date_format (&d);
      assert_string_equal (format, rows[k].format);
    }
}

/* "YYYY-MM-DD" alone is read without tokens; it must read as the matchers read it
 * (given a space first, the text goes to them): every day of some years, the edges of
 * the years read, and impossible days and months. */
static void
test_parse_iso_day (void **state)
{
  (void) state;
  static const int years[] = {1000, 1799, 1800, 1900, 2000, 2015, 2024, 2100, 2199, 2200, 9999};
  guint read = 0;

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    for (int month = 0; month <= 13; month++)
      for (int day = 0; day <= 32; day++)
        {
          g_autofree char *text = g_strdup_printf ("%04d-%02d-%02d", years[y], month, day);
          g_autofree char *spaced = g_strconcat (" ", text, NULL);
          ContraDate fast, slow;
          gboolean ok = contra_date_parse (text, &fast);
          assert_int_equal (ok, contra_date_parse (spaced, &slow));
          assert_true (contra_date_equal (&fast, &slow));
          assert_int_equal (fast.flags, slow.flags);
          read += ok;
        }
  /* The days of 1800, 1900, 2000, 2015, 2024, 2100 and 2199, two of them leap years. */
  assert_int_equal (read, 365 * 5 + 366 * 2);
}

/* The date normaliser comes first: "2000 soldiers" falls through to the count. */
static void
test_chain (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  const char *s = "In 2019, Vietnam canceled 15 defense exchanges and 2000 soldiers left.";
  ContraDateContext ctx = {CONTRA_DATE_INIT, CONTRA_DATE_INIT, FALSE, NULL};
  const ContraNormalizer *winner;
  ContraValue v = CONTRA_VALUE_INIT;

  contra_tokens_scan (t, s, strlen (s));
  assert_int_equal (test_match_chain (t, test_token_at (t, s, "2019"), &ctx, &v, &winner), 1);
  assert_string_equal (test_winner_name (winner), "date");
  contra_value_clear (&v);
  assert_int_equal (test_match_chain (t, test_token_at (t, s, "2000"), &ctx, &v, &winner), 2);
  assert_string_equal (test_winner_name (winner), "count");
  contra_value_clear (&v);

  guint count;
  const ContraNormalizer *const *all = contra_normalizers (&count);
  assert_int_equal (count, 5);
  assert_ptr_equal (all[0], &contra_date_normalizer);
  assert_string_equal (all[4]->name, "number");
}

/* A sentence with no date costs no allocation and no match. */
static void
test_no_context_needed (void **state)
{
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  const char *s = "The statement itself is not wholly new, and it builds on existing mechanisms.";
  ContraValue v = CONTRA_VALUE_INIT;

  contra_tokens_scan (t, s, strlen (s));
  for (guint i = 0; i < t->n_tokens; i++)
    if (contra_date_normalizer.can_start (t, i))
      assert_int_equal (contra_date_normalizer.match (t, i, NULL, &v), 0);
  assert_null (v.text);
}

/* ---------------------------------------------------------------- TimeML */

typedef struct {
  const char *sentence;
  const char *at;
  guint span;            /* 0: nothing may match at @at */
  ContraTimexType type;
  const char *value;     /* TIMEX3 */
  const char *reference; /* NULL: none */
  const char *anchor;    /* the story's date so far; NULL: none */
} TimexCase;

#define TX(s, at, span, type, value, ref) {s, at, span, CONTRA_TIMEX_##type, value, ref, NULL}
#define TX_ANCHOR(s, at, span, type, value, ref, anchor) {s, at, span, CONTRA_TIMEX_##type, value, ref, anchor}
#define TX_NONE(s, at, ref) {s, at, 0, CONTRA_TIMEX_DATE, NULL, ref, NULL}

static void
test_timex (void **state)
{
  static const TimexCase timex_cases[] = {
    /* dates, in TIMEX3 notation */
    TX ("Sales fell in the first quarter of 1998.", "the", 5, DATE, "1998-Q1", NULL),
    TX ("It rained in the summer of 2012.", "the", 4, DATE, "2012-SU", NULL),
    TX ("Fares rose in the winter of 2012.", "the", 4, DATE, "2012-WI", NULL),
    TX ("Cargo peaked in the early 1970s.", "the", 3, DATE, "197X", NULL),
    TX ("Cargo peaked in the 1970s.", "the", 2, DATE, "197X", NULL),
    TX ("It grew over the 20th century.", "the", 3, DATE, "19XX", NULL),
    TX ("The port closed in late 1998.", "late", 2, DATE, "1998", NULL),
    TX ("Fiscal 2019 closed with a surplus.", "Fiscal", 2, DATE, "FY2019", NULL),
    TX ("The berths are now full.", "now", 1, DATE, "PRESENT_REF", "2013-03-13"),
    TX ("Currently the berths are full.", "Currently", 1, DATE, "PRESENT_REF", "2013-03-13"),
    TX ("The county now checks every payment.", "now", 1, DATE, "PRESENT_REF", "1998-11-12"),
    TX_NONE ("It has been quiet until now.", "now", "1998-11-12"),
    TX_NONE ("Now that the berths are full, it waits.", "Now", "1998-11-12"),
    TX ("The berths opened today.", "today", 1, DATE, "2013-03-13", "2013-03-13"),
    TX ("The berths opened this week.", "this", 2, DATE, "2013-W11", "2013-03-13"),
    TX ("The berths opened on Monday.", "Monday", 1, DATE, "2013-03-11", "2013-03-13"),
    TX ("The berths opened earlier this month.", "earlier", 3, DATE, "2013-03", "2013-03-13"),
    TX ("The berths opened last year.", "last", 2, DATE, "2012", "2013-03-13"),
    /* without a reference, what is unknown is X's */
    TX ("The berths opened on Monday.", "Monday", 1, DATE, "XXXX-XX-XX", NULL),
    TX ("The berths opened last year.", "last", 2, DATE, "XXXX", NULL),
    TX ("The berths opened in December.", "December", 1, DATE, "XXXX-12", NULL),
    TX ("The berths opened on June 8.", "June", 2, DATE, "XXXX-06-08", NULL),
    TX ("Profit fell in the third quarter.", "the", 3, DATE, "XXXX-Q3", NULL),
    TX ("The berths are now full.", "now", 1, DATE, "PRESENT_REF", NULL),
    /* durations stay durations */
    TX ("The dredging took three days.", "three", 2, DURATION, "P3D", NULL),
    TX ("He has worked there for 20 years.", "20", 2, DURATION, "P20Y", NULL),
    TX ("Rates fell for the past two years.", "the", 4, DURATION, "P2Y", NULL),
    TX ("The town flooded four times in the past decade.", "the", 3, DURATION, "P1DE", "2013-06-02"),
    TX ("Rates fell over the last year.", "the", 3, DURATION, "P1Y", "2013-06-02"),
    TX ("Rates fell in the past year.", "the", 3, DURATION, "P1Y", NULL),
    TX_NONE ("Rates fell in the past years.", "the", "2013-06-02"),
    TX ("Exports grew for 14 consecutive months.", "14", 3, DURATION, "P14M", NULL),
    TX ("It lasted several weeks.", "several", 2, DURATION, "PXW", NULL),
    TX ("Shifts last eight hours.", "eight", 2, DURATION, "PT8H", NULL),
    TX ("They signed a 10-year lease.", "10", 3, DURATION, "P10Y", NULL),
    TX ("It took two decades.", "two", 2, DURATION, "P2DE", NULL),
    TX_NONE ("A berth costs $2000 a year.", "a", NULL),
    TX ("They will decide within a week.", "a week", 2, DURATION, "P1W", "1998-02-13"),
    TX ("He stayed for a year.", "a year", 2, DURATION, "P1Y", NULL),
    TX ("It lasted an hour.", "an hour", 2, DURATION, "PT1H", NULL),
    TX_NONE ("About 9,000 cars a day use it.", "a day", NULL),
    TX_NONE ("Rates rose 5 percent a year.", "a year", NULL),
    TX_NONE ("He won a second term.", "a second", NULL),
    TX_NONE ("A quarter of the staff left.", "A", NULL),
    /* an unspecified past or future (calendar.yaml's past_ref_words, future_ref_words) */
    TX ("In recent years the firm grew.", "recent", 2, DATE, "PAST_REF", "2013-03-14"),
    TX ("In recent weeks, aides said, she stayed home.", "recent", 2, DATE, "PAST_REF", "2013-11-20"),
    TX ("It will decide in the coming weeks.", "the", 3, DATE, "FUTURE_REF", "2013-03-14"),
    TX ("Prices may rise in the coming months.", "the", 3, DATE, "FUTURE_REF", NULL),
    TX ("Over the past five years prices rose.", "the", 4, DURATION, "P5Y", "2013-03-14"),
    TX_NONE ("A recent report said so.", "recent", "2013-03-14"),
    TX ("Several years ago the firm grew.", "Several", 3, DATE, "PAST_REF", "2013-03-14"),
    TX ("It rained a few days ago.", "a few", 4, DATE, "PAST_REF", "2013-03-14"),
    TX ("It rained three days ago.", "three", 3, DATE, "2013-03-11", "2013-03-14"),
    /* a plural unit without a count, after a preposition or a comma */
    TX ("The strike could last for weeks.", "weeks", 1, DURATION, "PXW", "1998-03-06"),
    TX ("It was the first rise in years.", "years", 1, DURATION, "PXY", NULL),
    TX ("The yard closed in 1991, months after she retired.", "months", 1, DURATION, "PXM", NULL),
    TX ("Years ago he left.", "Years", 2, DATE, "PAST_REF", "1998-03-06"),
    TX_NONE ("The years after the war were hard.", "years", NULL),
    TX_NONE ("After years of neglect, it fell.", "years", NULL),
    TX_NONE ("Days and weeks passed.", "weeks", NULL),
    TX_NONE ("The coming storm worried them.", "The", "2013-03-14"),
    /* sets */
    TX ("The board meets every year.", "every", 2, SET, "P1Y", NULL),
    TX ("The board annually reviews fees.", "annually", 1, SET, "P1Y", NULL),
    TX ("Inspectors come every other week.", "every", 3, SET, "P2W", NULL),
    TX ("The market opens every Monday.", "every", 2, SET, "XXXX-WXX-1", NULL),
    TX ("Ferries sail daily.", "daily", 1, SET, "P1D", NULL),
    TX ("Former workers met every summer.", "every", 2, SET, "XXXX-SU", NULL),
    TX ("Crowds came every summertime.", "every", 2, SET, "XXXX-SU", NULL),
    TX ("Fees are reviewed every January.", "every", 2, SET, "XXXX-01", NULL),
    TX ("Warnings go out twice a day.", "twice", 3, SET, "P1D", NULL),
    TX ("The board meets once per week.", "once", 3, SET, "P1W", NULL),
    /* calendar.yaml's past_ref_adverbs, past_ref_nouns, future_ref_nouns */
    TX ("The county has recently hired a firm.", "recently", 1, DATE, "PAST_REF", "1998-11-12"),
    TX ("Recently, volumes had grown.", "Recently", 1, DATE, "PAST_REF", "1998-03-06"),
    TX_NONE ("They met most recently in July.", "recently", "2004-01-10"),
    TX_NONE ("It fought as recently as 1979.", "recently", "2004-01-10"),
    TX ("We hope nothing like this happens in the future.", "the", 2, DATE, "FUTURE_REF", "1998-11-12"),
    TX ("In the past, fees were lower.", "the", 2, DATE, "PAST_REF", "1998-11-12"),
    TX_NONE ("The future of the port is dim.", "The", "1998-11-12"),
    TX_NONE ("We heal the wounds of the past.", "the", "1998-11-12"),
    TX ("Rates fell over the past year.", "the", 3, DURATION, "P1Y", "2013-06-02"),
    /* a quarter's report: calendar.yaml's latest_words and period_nouns */
    TX ("Sales in the latest quarter slipped.", "the", 3, DATE, "1989-Q3", "1989-10-27"),
    TX ("Sales in the latest quarter slipped.", "the", 3, DATE, "1989-Q4", "1990-01-12"),
    TX_ANCHOR ("Sales in the latest quarter slipped.", "the", 3, DATE, "1989-Q2", "1989-10-27", "Q2 1989"),
    TX_ANCHOR ("Profit fell from the year-earlier period.", "the", 5, DATE, "1988-Q3", "1989-10-27", "Q3 1989"),
    TX_ANCHOR ("Sales rose from the year-earlier period.", "the", 5, DATE, "1989-01", "1990-02-08", "1990-01"),
    TX ("Profit fell from the year-earlier period.", "the", 5, DATE, "1988-Q4", "1989-10-27"),
    TX_NONE ("The period ended badly.", "The", "1989-10-27"),
    /* calendar.yaml's overnight_words: the night of the story's day, or the night
     * that ended it */
    TX_ANCHOR ("She was held in jail overnight after the verdict.", "overnight", 1, TIME, "1998-11-11TNI", "1998-11-12",
               "1998-11-11"),
    TX_ANCHOR ("Ships waited offshore overnight, officials said.", "overnight", 1, TIME, "1998-03-05TNI", "1998-03-06",
               "1998-03-06"),
    TX ("Ships waited offshore overnight.", "overnight", 1, TIME, "1998-03-05TNI", "1998-03-06"),
    TX_NONE ("Overnight rates rose.", "Overnight", "1998-03-06"),
    TX_NONE ("It was an overnight stay.", "overnight", "1998-03-06"),
    /* weekends */
    TX ("Snow will stay until the weekend.", "the", 2, DATE, "2001-W03-WE", "2001-01-17"),
    TX ("Snow fell last weekend.", "last", 2, DATE, "2001-W02-WE", "2001-01-17"),
    /* times of day */
    TX ("The ceremony was held this morning.", "this", 2, TIME, "2020-03-13TMO", "2020-03-13"),
    TX ("The ferry sank last night.", "last", 2, TIME, "2020-03-12TNI", "2020-03-13"),
    TX ("The council meets tonight.", "tonight", 1, TIME, "2020-03-13TNI", "2020-03-13"),
    TX ("Talks ended Wednesday evening.", "Wednesday", 2, TIME, "2020-03-11TEV", "2020-03-13"),
    TX ("The council will meet at 7 p.m. Thursday.", "7", 3, TIME, "2000-04-06T19:00", "2000-04-05"),
    TX ("The council met at 7 p.m. Thursday.", "7", 3, TIME, "2000-03-30T19:00", "2000-04-05"),
    TX ("The ship docked at 10 a.m.", "10", 2, TIME, "2020-03-13T10:00", "2020-03-13"),
    TX ("The ship docked at 10 am.", "10", 2, TIME, "2020-03-13T10:00", "2020-03-13"),
    TX ("The ship docked at 10 a.m.", "10", 2, TIME, "XXXX-XX-XXT10:00", NULL),
    /* clock words (calendar.yaml's noon_words, midnight_words) */
    TX ("The river crested at noon Saturday.", "noon", 2, TIME, "2013-06-01T12:00", "2013-06-02"),
    TX ("The river crested at noon.", "noon", 1, TIME, "2013-06-02T12:00", "2013-06-02"),
    TX ("The river crested Saturday noon.", "Saturday", 2, TIME, "2013-06-01T12:00", "2013-06-02"),
    TX ("The bridge closed at midnight on June 1.", "midnight", 4, TIME, "2013-06-01T24:00", "2013-06-02"),
    TX ("The bridge closed at midnight.", "midnight", 1, TIME, "XXXX-XX-XXT24:00", NULL),
    TX ("A service will be held at 2 p.m. on Oct. 4.", "2", 6, TIME, "2003-10-04T14:00", "2003-09-26"),
    /* the second year of a range written short is the year the range ends */
    TX ("He played in the 1990-91 season.", "91", 1, DATE, "1991", NULL),
    TX ("Sales in fiscal 2004\xe2\x80\x93"
        "05 fell.",
        "05", 1, DATE, "2005", NULL),
    TX ("The 1999-00 season was his last.", "00", 1, DATE, "2000", NULL),
    TX_NONE ("The 1998-05 report was filed.", "05", NULL),
    TX_NONE ("It cost 1,500-20 dollars.", "20", NULL),
    TX_NONE ("The score was 12-10.", "10", NULL),
    /* "the night", "the morning": of the day the story is on, else the reference's */
    TX_ANCHOR ("Crews worked through the night.", "the", 2, TIME, "2001-01-16TNI", "2001-01-17", "2001-01-16"),
    TX ("Crews worked through the night.", "the", 2, TIME, "2001-01-17TNI", "2001-01-17"),
    TX_NONE ("The night of June 5 was cold.", "The", "2001-01-17"),
    TX_ANCHOR ("The next morning it rained.", "The", 3, TIME, "1998-03-04TMO", "1998-03-06", "1998-03-03"),
    /* a clock time without its day is on the day the story is on, not the reference's
       ("On Monday ... at 5 p.m."); a sentence about the future keeps the reference */
    TX_ANCHOR ("The talks broke down at 5 p.m.", "5", 2, TIME, "1998-02-09T17:00", "1998-02-13", "1998-02-09"),
    TX_ANCHOR ("Rescuers arrived at noon.", "noon", 1, TIME, "1998-01-28T12:00", "1998-02-13", "1998-01-28"),
    TX_ANCHOR ("The talks will resume at 5 p.m.", "5", 2, TIME, "1998-02-13T17:00", "1998-02-13", "1998-02-09"),
    TX_ANCHOR ("The talks broke down at 5 p.m.", "5", 2, TIME, "1998-02-13T17:00", "1998-02-13", "1998-02"),
  };
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  guint failed = 0;

  for (guint k = 0; k < G_N_ELEMENTS (timex_cases); k++)
    {
      const TimexCase *c = &timex_cases[k];
      ContraDateContext ctx = {test_date (c->reference), test_date (c->anchor), FALSE, NULL};
      ContraTimex timex = CONTRA_TIMEX_INIT;

      contra_tokens_scan (t, c->sentence, strlen (c->sentence));
      contra_date_context_sentence (&ctx, t);
      guint at = test_token_at (t, c->sentence, c->at);
      guint n = contra_timex_match (t, at, &ctx, &timex);
      if (n > 0 && !contra_timex_can_start (t, at))
        fail_msg ("row %u: a match where contra_timex_can_start() says no", k);
      if (n != c->span || (n > 0 && (timex.type != c->type || strcmp (timex.value, c->value) != 0)))
        {
          print_error ("row %u \"%s\" at \"%s\": span %u %s %s, expected span %u %s %s\n", k, c->sentence, c->at, n,
                       contra_timex_type_name (timex.type), timex.value ? timex.value : "", c->span,
                       contra_timex_type_name (c->type), c->value ? c->value : "");
          failed++;
        }
      contra_timex_clear (&timex);
    }
  if (failed > 0)
    fail_msg ("%u of %zu rows failed", failed, G_N_ELEMENTS (timex_cases));
}

/* Which dates move the anchor: "since 1994" and "by 2005" bound their clause and
 * leave the paragraph's time alone, and so does a date in a relative clause. */
static void
test_context_note (void **state)
{
  static const struct {
    const char *sentence;
    const char *at;
    gboolean moves;
  } note_cases[] = {
    {"The port opened in March 2010.", "March", TRUE},
    {"Profit was the weakest since 1994.", "1994", FALSE},
    {"Exports should double by 2005.", "2005", FALSE},
    /* a date after the reference (2015-06-05) is a plan, not the story's time */
    {"Exports should double in 2030.", "2030", FALSE},
    {"Trade grew last year.", "last", FALSE},
    {"In December the port closed.", "December", FALSE},
    /* a date counted on from the anchor (2009) becomes it: "a year later" follows on */
    {"The following year the port closed.", "The", TRUE},
    {"A year later the port closed.", "A", TRUE},
    {"The same year the port closed.", "The", FALSE},
    /* a fiscal year is a reporting period; a day within the anchor narrows it */
    {"Fiscal 2012 profits rose.", "Fiscal", FALSE},
    {"The port flooded on March 3.", "March", TRUE},
    /* a relative clause dates its noun, not the story (reference 2015-06-05) */
    {"The pier, which opened in 2004, closed in March.", "2004", FALSE},
    {"The diver, who joined in May 2011, left.", "May", FALSE},
    {"The pier, which was old, closed in March 2012.", "March", TRUE},
    {"The pier that closed in March 2012 reopened.", "March", TRUE},
  };
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  for (guint k = 0; k < G_N_ELEMENTS (note_cases); k++)
    {
      ContraDateContext ctx = {test_date ("2015-06-05"), test_date ("2009"), FALSE, NULL};
      ContraValue v = CONTRA_VALUE_INIT;
      ContraDate before = ctx.anchor;

      contra_tokens_scan (t, note_cases[k].sentence, strlen (note_cases[k].sentence));
      contra_date_context_sentence (&ctx, t);
      guint at = test_token_at (t, note_cases[k].sentence, note_cases[k].at);
      assert_true (contra_date_normalizer.match (t, at, &ctx, &v) > 0);
      gboolean moved = contra_date_context_note (&ctx, t, at, &v.u.date);
      if (moved != note_cases[k].moves)
        fail_msg ("\"%s\": the anchor %s", note_cases[k].sentence, moved ? "moved" : "stayed");
      assert_true (moved ? memcmp (&ctx.anchor, &v.u.date, sizeof v.u.date) == 0
                         : memcmp (&ctx.anchor, &before, sizeof before) == 0);
      contra_value_clear (&v);
    }

  ContraDateContext ctx = {test_date ("2015-06-05"), CONTRA_DATE_INIT, FALSE, NULL};
  const char *future = "The minister will visit in December.";
  contra_tokens_scan (t, future, strlen (future));
  contra_date_context_sentence (&ctx, t);
  assert_true (ctx.future);
}

/* Stories: sentences of one paragraph read in order, the anchor carried from date to
 * date as `contra dump dates` carries it; each row gives its reference (the DCT) and
 * the TIMEX3 values of every expression, in order, separated by spaces. */
static void
test_stories (void **state)
{
  static const struct {
    const char *reference;
    const char *text; /* sentences, separated by '|' */
    const char *values;
  } stories[] = {
    /* issue 15's bug: a fiscal year is a reporting period, not the story's time */
    {"2013-03-14",
     "Fiscal 2012 profits rose, and the firm expects growth next year.|"
     "The strike began on March 3 and ended a week later.",
     "FY2012 2014 2013-03-03 2013-03-10"},
    /* a day read from the reference is the anchor of the days counted from it */
    {"2013-11-20", "The convention ended on Nov. 16; the same day her rival raised $1 million.",
     "2013-11-16 2013-11-16"},
    {"2013-11-20", "The convention ended on Nov. 16.|The previous day the rival spoke.|That day it rained.",
     "2013-11-16 2013-11-15 2013-11-15"},
    {"2013-06-02", "The flood began on April 28, 2011; three days later the governor declared an emergency.",
     "2011-04-28 2011-05-01"},
    {"2013-03-14", "Police said on Wednesday that two days later the road would reopen.",
     "2013-03-13 2013-03-15"},
    /* a day within the anchor narrows it and keeps its year */
    {"2015-06-05", "The plant opened in 2009.|It flooded on March 3.|A week later it closed.|In December it reopened.",
     "2009 2009-03-03 2009-03-10 2009-12"},
    /* a past sentence does not put a yearless month after the reference */
    {"2013-03-14", "Police said on Wednesday the bridge closed.|In December the road flooded.",
     "2013-03-13 2012-12"},
    /* too coarse an anchor for days: a duration */
    {"2015-06-05", "The plant opened in 2009.|Three days later it flooded.", "2009 P3D"},
    {"2015-06-05", "The plant opened in 2009.|Two years earlier the site was a field.", "2009 2007"},
    {"1989-11-02", "Profit rose in 1988.|The prior year it fell.|The current quarter looks weak.",
     "1988 1987 1989-Q4"},
    {"1989-11-02", "The current year has been hard; the current account is not a date.", "1989"},
    /* "year-end" is the end of the year in context; "the year ended" is no date */
    {"2012-11-02", "It expects a profit by year-end.|The year ended badly.", "2012"},
    /* PAST_REF has no date: it leaves the anchor, and costs no warning */
    {"2013-03-14", "In recent years the firm grew.|The strike began on March 3.", "PAST_REF 2013-03-03"},
    /* "from a year earlier": the same month or quarter a year back */
    {"1998-11-20", "Exports fell in October 1998 from a year earlier.", "1998-10 1997-10"},
    {"1999-11-18", "Exports rose 8 percent in October from a year earlier.", "1999-10 1998-10"},
    {"2013-03-14", "Sales in the fourth quarter fell 2 percent from a year earlier.", "2012-Q4 2011-Q4"},
    {"2015-06-05", "The plant opened in May 2009.|A year later it closed.", "2009-05 2010"},
    /* a comparison a year back does not move the anchor: both are 1996's third quarter */
    {"1998-02-13",
     "Net income rose in the third quarter to $5 million from $4 million a year earlier.|"
     "Revenue rose to $50 million from $45 million a year earlier.",
     "1997-Q3 1996-Q3 1996-Q3"},
    /* after an amount or "from", "a year ago" is the period in context a year back */
    {"1998-02-13", "Net income rose in the fourth quarter from $4 million a year ago.", "1997-Q4 1996-Q4"},
    {"1998-11-20", "Exports fell in October from a year ago.", "1998-10 1997-10"},
    {"1998-02-13", "Net income rose in the fourth quarter.|The plant closed a year ago.", "1997-Q4 1997"},
    /* "the following week" after a day is a week; "a week later" is a day */
    {"1998-02-13", "The strike began on March 3, 1997.|The following week, talks resumed.",
     "1997-03-03 1997-W11"},
    {"1998-02-13", "The strike began on March 3, 1997.|A week later, talks resumed.", "1997-03-03 1997-03-10"},
    /* a report's periods as adjectives, and the year-earlier quarter */
    {"1998-02-13", "The company posted fourth-quarter profit of $5 million.|First-quarter sales will rise.",
     "1997-Q4 1998-Q1"},
    {"1998-02-13", "Sales rose in the third quarter from the year-earlier quarter and the year-ago quarter.",
     "1997-Q3 1996-Q3 1996-Q3"},
    {"1998-02-13", "Sales fell from the year-ago quarter.", "1997-Q1"},
    {"1998-02-13", "Sales in the 1996 fourth quarter fell.|The 1995 first-half results were weak.", "1996-Q4 1995-H1"},
    {"1998-02-13", "Profit in the first-half rose; a first-rate result.", "1998-H1"},
    /* a forecast does not date the yearless dates after it; "would" is the future */
    {"1989-10-27",
     "Prices should recover in the first half of 1990, but the mill would shut in December.|"
     "It will pay its dividend on Nov. 15.",
     "1990-H1 1989-12 1989-11-15"},
    /* "N years after X" with X dated earlier in the document counts from that date */
    {"2020-03-13", "The company was founded in 1990 in a shed.|Thirty years after the company was founded, it moved.",
     "1990 2020"},
    {"2020-03-13", "The old quay burned in 1921.|Ten years after the quay burned it was rebuilt.", "1921 1931"},
    {"2020-03-13", "In 1921, the old quay burned down.|Ten years after the fire destroyed the quay, a pier opened.",
     "1921 P10Y"},
    {"2020-03-13", "The armistice was signed in 1945.|The town marked the 50th anniversary of the armistice.", "1945 1995"},
    /* the event's word in another form: "opened", "opening" */
    {"2020-03-13", "The bridge opened on 3 May 1998.|Two years after its opening, tolls ended.", "1998-05-03 2000"},
    /* two clauses that share the phrase's words equally and give other dates: nothing */
    {"2020-03-13", "The war began in 1939.|The war ended in 1945.|Ten years after the war, the town grew.",
     "1939 1945 P10Y"},
    /* the phrase's last word must be the dated clause's: "the company" alone is not its founding */
    {"2020-03-13", "The company was founded in 1990.|Five years after the company's bankruptcy, the site was sold.",
     "1990 P5Y"},
    /* a bounding date dates no event, and "since" counts nothing */
    {"2020-03-13", "By 1990 the company was founded.|Thirty years after the company was founded, it moved.",
     "1990 P30Y"},
    {"2020-03-13", "The company was founded in 1990.|It has been 30 years since the company was founded.", "1990 P30Y"},
    /* the anchor's year, unchanged, where the paragraph names one (the shipped corpus) */
    {"2015-06-05", "In 2009 the talks began.|In December, the minister visited Washington.", "2009 2009-12"},
  };
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  guint failed = 0;
  /* a GLib warning or critical (an unset date handed to GDate) fails the test */
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  for (guint k = 0; k < G_N_ELEMENTS (stories); k++)
    {
      g_autoptr (ContraDateEvents) events = contra_date_events_new ();
      ContraDateContext ctx = {test_date (stories[k].reference), CONTRA_DATE_INIT, FALSE, events};
      g_auto (GStrv) sentences = g_strsplit (stories[k].text, "|", -1);
      g_autoptr (GString) got = g_string_new (NULL);

      for (guint s = 0; sentences[s] != NULL; s++)
        {
          contra_tokens_scan (t, sentences[s], strlen (sentences[s]));
          contra_date_context_sentence (&ctx, t);
          for (guint i = 0; i < t->n_tokens;)
            {
              ContraTimex timex = CONTRA_TIMEX_INIT;
              guint n = contra_timex_can_start (t, i) ? contra_timex_match (t, i, &ctx, &timex) : 0;
              if (n == 0)
                {
                  i++;
                  continue;
                }
              g_string_append_printf (got, "%s%s", got->len > 0 ? " " : "", timex.value);
              if (timex.type == CONTRA_TIMEX_DATE)
                contra_date_context_note (&ctx, t, i, &timex.date);
              contra_timex_clear (&timex);
              i += n;
            }
        }
      if (strcmp (got->str, stories[k].values) != 0)
        {
          print_error ("story %u (%s) \"%s\": got \"%s\", expected \"%s\"\n", k, stories[k].reference,
                       stories[k].text, got->str, stories[k].values);
          failed++;
        }
    }
  g_log_set_always_fatal (fatal);
  if (failed > 0)
    fail_msg ("%u of %zu stories failed", failed, G_N_ELEMENTS (stories));
}

/* TimeML's mod: a part of a year or decade, or a hedge (no reference needed: every
 * row gives its year). */
static void
test_timex_mod (void **state)
{
  static const struct {
    const char *sentence;
    const char *at;
    const char *value;
    const char *mod; /* NULL: none */
  } mod_cases[] = {
    {"Cargo peaked in the early 1970s.", "the", "197X", "START"},
    {"Cargo peaked in the mid-1970s.", "the", "197X", "MID"},
    {"Cargo peaked in the late 1970s.", "the", "197X", "END"},
    {"Cargo peaked in early 2012.", "early", "2012", "START"},
    {"Cargo peaked in mid-2012.", "mid", "2012", "MID"},
    {"Cargo peaked in late 2012.", "late", "2012", "END"},
    {"Cargo peaked late in 2012.", "late", "2012", "END"},
    {"Cargo peaked at the end of 2012.", "the", "2012", "END"},
    {"Cargo peaked around 2012.", "around", "2012", "APPROX"},
    {"Cargo peaked in 2012.", "2012", "2012", NULL},
    {"Cargo peaked in the summer of 2012.", "the", "2012-SU", NULL},
    {"Cargo peaked in the 1970s.", "the", "197X", NULL},
  };
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  for (guint k = 0; k < G_N_ELEMENTS (mod_cases); k++)
    {
      ContraDateContext ctx = {CONTRA_DATE_INIT, CONTRA_DATE_INIT, FALSE, NULL};
      ContraTimex timex = CONTRA_TIMEX_INIT;

      contra_tokens_scan (t, mod_cases[k].sentence, strlen (mod_cases[k].sentence));
      guint at = test_token_at (t, mod_cases[k].sentence, mod_cases[k].at);
      if (contra_timex_match (t, at, &ctx, &timex) == 0)
        fail_msg ("\"%s\": no time expression at '%s'", mod_cases[k].sentence, mod_cases[k].at);
      const char *mod = contra_date_timex_mod (&timex.date);
      if (g_strcmp0 (timex.value, mod_cases[k].value) != 0 || g_strcmp0 (mod, mod_cases[k].mod) != 0)
        fail_msg ("\"%s\": got %s mod %s, expected %s mod %s", mod_cases[k].sentence, timex.value, mod ? mod : "none",
                  mod_cases[k].value, mod_cases[k].mod ? mod_cases[k].mod : "none");
      contra_timex_clear (&timex);
    }
}

/* Ranges and lifespans: both ends, each a date of its own. */
static void
test_ranges (void **state)
{
  static const struct {
    const char *sentence;
    const char *at;
    guint span;         /* 0: no range starts there */
    const char *first;  /* contra_date_format() */
    const char *last;
    const char *reference;
  } range_cases[] = {
    {"The survey ran 24–26 September 1920 in the bay.", "24", 5, "1920-09-24", "1920-09-26", NULL},
    {"The survey ran 24 to 26 September 1920 in the bay.", "24", 5, "1920-09-24", "1920-09-26", NULL},
    {"The 1998–99 season was the busiest.", "1998", 3, "1998", "1999", NULL},
    {"Production ran May 1993 – August 2002 at the yard.", "May", 5, "1993-05", "2002-08", NULL},
    {"Dredging went on from June to August 2002.", "from", 5, "2002-06", "2002-08", NULL},
    {"Dredging went on from November to February 2003.", "from", 5, "2002-11", "2003-02", NULL},
    {"Fees rose between 2010 and 2012.", "between", 4, "2010", "2012", NULL},
    {"Ann Ridley (1920–2005) ran the yard.", "1920", 3, "1920", "2005", NULL},
    {"Ann Ridley (1920-2005) ran the yard.", "1920", 3, "1920", "2005", NULL},
    {"Dredging lasted from March to May.", "from", 4, "2019-03", "2019-05", "2020-03-13"},
    {"Dredging began in 2010 and ended.", "2010", 0, NULL, NULL, NULL},
    {"It ran 2002 – 1993 by mistake.", "2002", 0, NULL, NULL, NULL},
    {"The 1998–97 season never was.", "1998", 0, NULL, NULL, NULL},
  };
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  for (guint k = 0; k < G_N_ELEMENTS (range_cases); k++)
    {
      ContraDateContext ctx = {test_date (range_cases[k].reference), CONTRA_DATE_INIT, FALSE, NULL};
      ContraDate first, last;

      contra_tokens_scan (t, range_cases[k].sentence, strlen (range_cases[k].sentence));
      guint at = test_token_at (t, range_cases[k].sentence, range_cases[k].at);
      guint n = contra_date_range_match (t, at, &ctx, &first, &last);
      g_autofree char *a = contra_date_format (&first);
      g_autofree char *b = contra_date_format (&last);
      if (n != range_cases[k].span
          || (n > 0 && (strcmp (a, range_cases[k].first) != 0 || strcmp (b, range_cases[k].last) != 0)))
        fail_msg ("\"%s\": span %u %s .. %s, expected span %u %s .. %s", range_cases[k].sentence, n, a, b,
                  range_cases[k].span, range_cases[k].first ? range_cases[k].first : "",
                  range_cases[k].last ? range_cases[k].last : "");
    }
}

/* Every token of every sentence above, and of odd ones, offered to the time
 * expression and range readers in three contexts: spans stay in the sentence, values
 * are UTF-8, ranges are ordered. (Run under the sanitizers, this is also the check
 * that nothing reads past a token array.) */
static void
test_every_token (void **state)
{
  static const char *const odd[] = {
    "every", "the past", "2 p.m. on", "24–", "24–26", "from June to", "between 2010 and", "1998–", "2013-W",
    "2013-W99", "9999-W52 and 9999-W53", "the 999th anniversary", "99 years after 1801", "once a",
    "the weekend", "twice per fortnight", "at 12 a.m. on Oct. 31", "31 to 32 December 2010",
    "From 9999 to 9999.", "the end of the year", "late in", "(1920–)", "0000-W01",
  };
  ContraDateContext contexts[3] = {
    {CONTRA_DATE_INIT, CONTRA_DATE_INIT, FALSE, NULL},
    {test_date ("2015-06-05"), CONTRA_DATE_INIT, FALSE, NULL},
    {contra_date_make (9999, 12, 31, CONTRA_GRAIN_DAY), contra_date_make (1, 0, 0, CONTRA_GRAIN_YEAR), TRUE, NULL},
  };
  g_autoptr (GPtrArray) sentences = g_ptr_array_new ();
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    g_ptr_array_add (sentences, (gpointer) cases[k].sentence);
  for (guint k = 0; k < G_N_ELEMENTS (odd); k++)
    g_ptr_array_add (sentences, (gpointer) odd[k]);
  for (guint k = 0; k < sentences->len; k++)
    {
      const char *sentence = g_ptr_array_index (sentences, k);
      contra_tokens_scan (t, sentence, strlen (sentence));
      for (guint c = 0; c < G_N_ELEMENTS (contexts); c++)
        for (guint i = 0; i <= t->n_tokens; i++)
          {
            ContraTimex timex = CONTRA_TIMEX_INIT;
            ContraDate first, last;
            guint n = contra_timex_match (t, i, &contexts[c], &timex);
            assert_true (i + n <= t->n_tokens);
            if (n > 0)
              {
                assert_non_null (timex.value);
                assert_true (g_utf8_validate (timex.value, -1, NULL));
                assert_true (contra_timex_can_start (t, i));
              }
            contra_timex_clear (&timex);
            n = contra_date_range_match (t, i, &contexts[c], &first, &last);
            assert_true (i + n <= t->n_tokens);
            if (n > 0)
              assert_true (contra_date_is_set (&first) && contra_date_is_set (&last) && first.first <= last.last);
          }
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_cases),   cmocka_unit_test (test_names), cmocka_unit_test (test_make),
    cmocka_unit_test (test_compare), cmocka_unit_test (test_parse), cmocka_unit_test (test_chain),
    cmocka_unit_test (test_no_context_needed), cmocka_unit_test (test_timex),
    cmocka_unit_test (test_context_note), cmocka_unit_test (test_stories), cmocka_unit_test (test_ranges), cmocka_unit_test (test_timex_mod),
    cmocka_unit_test (test_every_token),
    cmocka_unit_test (test_parse_iso_day),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
