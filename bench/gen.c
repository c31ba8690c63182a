/* gen.c — contra-gen: a reproducible benchmark corpus for contra, with its ground truth.
 *
 * contra-gen writes, under --out DIR:
 *   corpus/NNNNNN.txt   news-like articles, one paragraph a line (as the shipped corpus)
 *   corpus/sources.yaml the manifest (id, file, title, author, outlet, published, language)
 *   lexicon.yaml        the invented dialogues, places, domains and programmes the
 *                       articles talk about: a lexicon file to add to a copy of rules/
 *   truth.yaml          every fact it planted: its subject, which documents state it on
 *                       which line and columns, and which statement contradicts the rest
 *
 * How. Documents are made in chunks of CHUNK. A chunk first gets its facts ("the Kavor
 * Telin Dialogue began on 17 August 2010"), each stated in 2 to 6 of the chunk's
 * documents with a granularity and a wording drawn at random (2010 / August 2010;
 * "memorandum of understanding" / "MoU"; "search and rescue" / "maritime search and
 * rescue"), and, with probability --conflict-rate, one statement that contradicts the
 * others. A few facts about the one relationship all the articles share (diplomatic
 * relations, the steps of the arms embargo) are spread over the whole corpus instead,
 * as they would be in a real news archive. Each document then gets a publication date
 * after the latest event it mentions, and filler sentences (news prose that makes no
 * claim) in the proportion that gives the shipped corpus's claim density, about 2.4
 * claims per KB. Facts stay within their chunk so that memory stays flat, and a larger
 * corpus made with the same seed begins with the same documents as a smaller one (in
 * whole chunks: the last, shorter chunk of the smaller one differs).
 *
 * Why names are invented: contra keys a claim by concepts from its lexicon, so distinct
 * facts need distinct concepts. Invented words (two or three syllables) never repeat,
 * and --avoid lists the words of the real lexicon's aliases so that none is made.
 * Person names are checked so that no two differ by one letter: contra would report
 * them, rightly, as one name spelled two ways.
 *
 * The same seed gives the same bytes on every machine: the generator has its own
 * random number generator (xoshiro256**, seeded by splitmix64), not rand().
 *
 * contra-gen --replicate IN.jsonl --claims N --out OUT.jsonl copies a claims file
 * (contra claims --format jsonl) until it holds N claims. Copy k renames its sources
 * and prefixes its subjects ("r3:office/president@country/france"), so that the groups
 * the reconciler keys by subject keep their size and a large claims file holds many
 * distinct facts, as a large corpus would. A claim's terms (the concepts of its subject)
 * cannot be renamed: they must be in the lexicon. So the passes that compare claims by
 * their terms rather than their subject ("firsts", statuses over time, name variants)
 * see each copy as more sources on the same facts.
 */
#include <glib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK 256
/* Filler sentences per fact sentence: gives about 2.4 claims per KB, as the shipped
 * corpus has (138 claims in 58 KB); measured with contra claims, see README.md. */
#define FILLER_PER_MENTION 6.2
#define FIRST_YEAR 1992
#define LAST_YEAR 2023
#define LAST_PUBLISHED ((Day) {2025, 12, 31})

/* ---- random numbers ------------------------------------------------------------- */

typedef struct {
  guint64 s[4];
} Rng;

static guint64
splitmix64 (guint64 *x)
{
  guint64 z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static void
rng_seed (Rng *r, guint64 seed)
{
  for (int i = 0; i < 4; i++)
    r->s[i] = splitmix64 (&seed);
}

static inline guint64
rotl (guint64 x, int k)
{
  return (x << k) | (x >> (64 - k));
}

static guint64
rng_next (Rng *r)
{
  guint64 *s = r->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

/* A number in [0, n): the high bits times n (Lemire's method, without the rejection
 * step: the bias is below 2^-32 for the small n used here). */
static guint
rng_below (Rng *r, guint n)
{
  return (guint) (((rng_next (r) >> 32) * (guint64) n) >> 32);
}

static int
rng_range (Rng *r, int lo, int hi)
{
  return lo + (int) rng_below (r, (guint) (hi - lo + 1));
}

static gboolean
rng_chance (Rng *r, double p)
{
  return (double) (rng_next (r) >> 11) * (1.0 / 9007199254740992.0) < p;
}

static double
rng_double (Rng *r)
{
  return (double) (rng_next (r) >> 11) * (1.0 / 9007199254740992.0);
}

#define PICK(r, a) ((a)[rng_below ((r), G_N_ELEMENTS (a))])

/* ---- dates ------------------------------------------------------------------------ */

typedef struct {
  int y, m, d;
} Day;

typedef enum { GRAIN_YEAR, GRAIN_MONTH, GRAIN_DAY } Grain;

static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

static int
days_in (int y, int m)
{
  return g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
}

static guint32
day_serial (Day d)
{
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) d.d, (GDateMonth) d.m, (GDateYear) d.y);
  return g_date_get_julian (&g);
}

static Day
serial_day (guint32 j)
{
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_julian (&g, j);
  return (Day) {g_date_get_year (&g), g_date_get_month (&g), g_date_get_day (&g)};
}

static int
day_cmp (Day a, Day b)
{
  if (a.y != b.y)
    return a.y < b.y ? -1 : 1;
  if (a.m != b.m)
    return a.m < b.m ? -1 : 1;
  return a.d < b.d ? -1 : a.d > b.d;
}

static Day
day_in_year (Rng *r, int y)
{
  int m = rng_range (r, 1, 12);
  return (Day) {y, m, rng_range (r, 1, days_in (y, m))};
}

/* Most statements give a month; many a year; fewer the day. */
static Grain
random_grain (Rng *r)
{
  guint x = rng_below (r, 10);
  return x < 3 ? GRAIN_YEAR : x < 7 ? GRAIN_MONTH : GRAIN_DAY;
}

/* contra compares an office's holder or a visit's ship only between statements dated
 * to the month or the day (a year leaves room for a change of holder), so the
 * contradicting statement, and one agreeing statement, of those facts are dated finer. */
static Grain
fine_grain (Rng *r, gboolean fine)
{
  if (!fine)
    return random_grain (r);
  return rng_chance (r, 0.6) ? GRAIN_MONTH : GRAIN_DAY;
}

/* The index of the first statement that agrees, given the one that contradicts. */
static guint
first_agreeing (int conflict_at)
{
  return conflict_at == 0 ? 1 : 0;
}

/* The last day a date stated at @grain could mean: a document must come after it. */
static Day
day_end (Day d, Grain grain)
{
  if (grain == GRAIN_YEAR)
    return (Day) {d.y, 12, 31};
  if (grain == GRAIN_MONTH)
    return (Day) {d.y, d.m, days_in (d.y, d.m)};
  return d;
}

/* "2010", "August 2010", "August 17, 2010" or "17 August 2010". */
static char *
date_text (Rng *r, Day d, Grain grain)
{
  switch (grain)
    {
    case GRAIN_YEAR:
      return g_strdup_printf ("%d", d.y);
    case GRAIN_MONTH:
      return g_strdup_printf ("%s %d", month_names[d.m - 1], d.y);
    case GRAIN_DAY:
    default:
      if (rng_chance (r, 0.7))
        return g_strdup_printf ("%s %d, %d", month_names[d.m - 1], d.d, d.y);
      return g_strdup_printf ("%d %s %d", d.d, month_names[d.m - 1], d.y);
    }
}

/* The value as contra normalises it: 2010, 2010-08, 2010-08-17. */
static char *
date_value (Day d, Grain grain)
{
  if (grain == GRAIN_YEAR)
    return g_strdup_printf ("%04d", d.y);
  if (grain == GRAIN_MONTH)
    return g_strdup_printf ("%04d-%02d", d.y, d.m);
  return g_strdup_printf ("%04d-%02d-%02d", d.y, d.m, d.d);
}

/* A stated date, as the middle of a sentence has it ("in August 2010") and as its
 * start has it ("In August 2010,"). */
typedef struct {
  char *at;
  char *lead;
  char *bare;
  char *value;
  Day end;
} Said;

static Said
say_date (Rng *r, Day d, Grain grain)
{
  Said s;
  s.bare = date_text (r, d, grain);
  s.at = g_strconcat (grain == GRAIN_DAY ? "on " : "in ", s.bare, NULL);
  s.lead = g_strconcat (grain == GRAIN_DAY ? "On " : "In ", s.bare, ",", NULL);
  s.value = date_value (d, grain);
  s.end = day_end (d, grain);
  return s;
}

static void
said_clear (Said *s)
{
  g_free (s->at);
  g_free (s->lead);
  g_free (s->bare);
  g_free (s->value);
}

/* A date in another year than @d, by one to @spread years. */
static Day
other_year (Rng *r, Day d, int spread, int lo, int hi)
{
  for (;;)
    {
      int y = d.y + (rng_chance (r, 0.5) ? 1 : -1) * rng_range (r, 1, spread);
      if (y >= lo && y <= hi)
        return day_in_year (r, y);
    }
}

/* ---- the world: countries, offices and their holders ------------------------------- */

typedef enum { STYLE_WESTERN, STYLE_VIETNAMESE, STYLE_INVENTED } NameStyle;

typedef struct {
  const char *id;        /* the lexicon's concept id */
  const char *adjective; /* as a qualifier before a title */
  const char *capital;   /* an alias of the country, used in prose */
  NameStyle style;
  gboolean monarchy;     /* no president */
} Country;

static const Country countries[] = {
  {"country/us", "US", "Washington", STYLE_WESTERN, FALSE},
  {"country/vietnam", "Vietnamese", "Hanoi", STYLE_VIETNAMESE, FALSE},
  {"country/china", "Chinese", "Beijing", STYLE_INVENTED, FALSE},
  {"country/japan", "Japanese", "Tokyo", STYLE_INVENTED, TRUE},
  {"country/india", "Indian", "New Delhi", STYLE_INVENTED, FALSE},
  {"country/philippines", "Philippine", "Manila", STYLE_INVENTED, FALSE},
  {"country/indonesia", "Indonesian", "Jakarta", STYLE_INVENTED, FALSE},
  {"country/malaysia", "Malaysian", "Kuala Lumpur", STYLE_INVENTED, TRUE},
  {"country/thailand", "Thai", "Bangkok", STYLE_INVENTED, TRUE},
  {"country/singapore", "Singaporean", "Singapore", STYLE_INVENTED, FALSE},
  {"country/laos", "Lao", "Vientiane", STYLE_INVENTED, FALSE},
  {"country/cambodia", "Cambodian", "Phnom Penh", STYLE_INVENTED, TRUE},
  {"country/south-korea", "South Korean", "Seoul", STYLE_INVENTED, FALSE},
  {"country/australia", "Australian", "Canberra", STYLE_WESTERN, TRUE},
  {"country/uk", "British", "London", STYLE_WESTERN, TRUE},
  {"country/france", "French", "Paris", STYLE_WESTERN, FALSE},
  {"country/germany", "German", "Berlin", STYLE_WESTERN, FALSE},
  {"country/canada", "Canadian", "Ottawa", STYLE_WESTERN, TRUE},
  {"country/russia", "Russian", "Moscow", STYLE_INVENTED, FALSE},
};

/* Offices one person holds at a time (single_holder in rules/general/lexicon/offices.yaml),
 * with the titles that name each: synonyms for the same concept. */
typedef struct {
  const char *id;
  const char *titles[3];
  gboolean us_only;   /* a US title (implies the country) */
  gboolean not_us;
  gboolean head;      /* needs a republic */
  gboolean traveller; /* makes "first visits" */
} Office;

static const Office offices[] = {
  {"office/president", {"President", NULL, NULL}, FALSE, FALSE, TRUE, TRUE},
  {"office/vice-president", {"Vice President", NULL, NULL}, FALSE, FALSE, TRUE, FALSE},
  {"office/prime-minister", {"Prime Minister", "Premier", NULL}, FALSE, TRUE, FALSE, TRUE},
  {"office/defense-minister", {"Defense Minister", "Minister of Defense", "Defence Minister"}, FALSE, TRUE, FALSE, TRUE},
  {"office/foreign-minister", {"Foreign Minister", "Minister of Foreign Affairs", NULL}, FALSE, TRUE, FALSE, TRUE},
  {"office/chief-of-staff", {"Chief of General Staff", "Chief of the General Staff", NULL}, FALSE, TRUE, FALSE, FALSE},
  {"office/secretary-of-defense", {"Secretary of Defense", "Defense Secretary", NULL}, TRUE, FALSE, FALSE, TRUE},
  {"office/secretary-of-state", {"Secretary of State", NULL, NULL}, TRUE, FALSE, FALSE, TRUE},
  {"office/national-security-adviser", {"National Security Adviser", "National Security Advisor", NULL}, TRUE, FALSE, FALSE, FALSE},
  {"office/deputy-secretary-of-defense", {"Deputy Secretary of Defense", "Deputy Defense Secretary", NULL}, TRUE, FALSE, FALSE, FALSE},
};

typedef struct {
  char *name;
  char *slug; /* as contra normalises a name: lower case, words joined by '-' */
  int from, to; /* years: from the start of @from to the start of @to */
} Holder;

typedef struct {
  const Country *country;
  const Office *office;
  GPtrArray *holders; /* Holder*, in order */
} Post;

/* ---- the generator's state ------------------------------------------------------- */

typedef enum { ROLE_AGREE, ROLE_CONFLICT } Role;

typedef struct Fact Fact;

typedef struct {
  Fact *fact;
  guint doc;      /* document index, from 0 */
  guint line;     /* where it was written: 1-based line and columns (ASCII text) */
  guint first, last;
  Role role;
  char *value;    /* the value as this sentence states it */
  char *form;     /* which wording it uses, to tell agreements by synonym */
  Grain grain;
  gboolean dated;
  char *sentence; /* freed once written */
  Day end;        /* the latest day it may refer to: its document comes after */
} Mention;

struct Fact {
  guint id;
  const char *kind;
  const char *rule;
  char *subject;
  const char *attribute;
  char *what;
  char *value;
  char *planted;     /* the conflicting value, if one was planted */
  const char *against; /* JSON list of the subjects it is checked against (a status, the steps) */
  gboolean global;
  GPtrArray *mentions; /* Mention*, owned */
};

typedef struct {
  guint index;
  int capacity;
  Day latest;
  Day published;
  GPtrArray *mentions; /* Mention*, borrowed */
} Doc;

enum { GLOBAL_RELATIONS, GLOBAL_PARTNERSHIP, GLOBAL_EASED, GLOBAL_PARTLY, GLOBAL_LIFTED, GLOBAL_STATUS, N_GLOBALS };

typedef struct {
  Rng rng;
  char *out;
  char *corpus_dir;
  double conflict_rate;
  GHashTable *used_words; /* lower-case invented words */
  GHashTable *avoid;      /* lower-case words never to invent */
  GHashTable *names;      /* person names and their one-letter deletions */
  GPtrArray *posts;       /* Post* */
  GPtrArray *towns;       /* invented place names for filler (not in the lexicon) */
  GPtrArray *outlets;
  FILE *manifest, *lexicon, *truth;
  guint next_fact;
  guint n_docs;
  guint64 n_bytes;
  Fact *globals[N_GLOBALS];
  /* what was planted */
  guint n_facts, n_mentions, n_conflicts, n_concepts;
  GHashTable *by_kind; /* kind -> count of facts */
} Gen;

static void
die (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  fputs ("contra-gen: ", stderr);
  vfprintf (stderr, format, ap);
  fputc ('\n', stderr);
  va_end (ap);
  exit (2);
}

static FILE *
open_out (const char *path)
{
  FILE *f = fopen (path, "w");
  if (f == NULL)
    die ("%s: cannot write: %s", path, g_strerror (errno));
  setvbuf (f, NULL, _IOFBF, 1 << 20);
  return f;
}

/* ---- invented words and names ------------------------------------------------------- */

static const char *const onsets[] = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r",
                                     "s", "t", "v", "z", "br", "dr", "gr", "kr", "tr", "st"};
static const char *const vowels[] = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "au", "ei", "io"};
static const char *const codas[] = {"", "", "", "", "n", "r", "l", "s", "m", "k"};

/* English words a syllable generator can spell and that mean something to a reader or
 * to contra's cue lists; the real lexicon's words come from --avoid. */
static const char *const never_invent[] = {
  "never", "hope", "visit", "remove", "revise", "permit", "retain", "restore", "donate", "deliver",
  "maiden", "former", "defense", "sale", "sales", "base", "tender", "vessel", "marines", "harbor",
  "lethal", "senator", "minister", "general", "colonel", "commander", "pentagon", "london", "paris",
  "berlin", "manila", "taipei", "saigon", "burma", "brunei", "pakistan", "personnel", "later", "being",
  "data", "media", "many", "more", "most", "some", "same", "time", "male", "female", "river", "delta",
  "mekong", "hanoi", "tokyo", "lima", "rome", "dona", "dial", "talk", "talks", "treaty", "pact",
};

static gboolean
word_allowed (Gen *g, const char *lower)
{
  return !g_hash_table_contains (g->used_words, lower) && !g_hash_table_contains (g->avoid, lower);
}

/* A new capitalised word of @syllables syllables, never made before. */
static char *
invent_word (Gen *g, int syllables)
{
  GString *w = g_string_new (NULL);
  for (;;)
    {
      g_string_truncate (w, 0);
      for (int i = 0; i < syllables; i++)
        {
          g_string_append (w, PICK (&g->rng, onsets));
          g_string_append (w, PICK (&g->rng, vowels));
          if (i == syllables - 1 || rng_chance (&g->rng, 0.35))
            g_string_append (w, PICK (&g->rng, codas));
        }
      if (w->len >= 4 && word_allowed (g, w->str))
        break;
    }
  g_hash_table_add (g->used_words, g_strdup (w->str));
  w->str[0] = g_ascii_toupper (w->str[0]);
  return g_string_free (w, FALSE);
}

static char *
invent_name_word (Gen *g)
{
  return invent_word (g, rng_chance (&g->rng, 0.7) ? 2 : 3);
}

static char *
slug_of (const char *text)
{
  GString *s = g_string_new (NULL);
  gboolean dash = FALSE;
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && s->len > 0)
            g_string_append_c (s, '-');
          g_string_append_c (s, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  return g_string_free (s, FALSE);
}

/* TRUE when no known name is @name give or take one letter (deleted, added or changed):
 * contra reports two such names in one office as a spelling variant. Each name is kept
 * with its deletions: two names one edit apart share a deletion or one is the other's. */
static gboolean
name_register (Gen *g, const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  gsize n = strlen (lower);
  g_autoptr (GPtrArray) dels = g_ptr_array_new_with_free_func (g_free);

  if (g_hash_table_contains (g->names, lower))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (lower[i] == ' ')
        continue;
      char *d = g_strdup_printf ("%.*s%s", (int) i, lower, lower + i + 1);
      /* "d:" keys are deletions of known names; plain keys are the names. */
      g_autofree char *dkey = g_strconcat ("d:", d, NULL);
      if (g_hash_table_contains (g->names, d) || g_hash_table_contains (g->names, dkey))
        {
          g_free (d);
          return FALSE;
        }
      g_ptr_array_add (dels, d);
    }
  g_autofree char *self = g_strconcat ("d:", lower, NULL);
  if (g_hash_table_contains (g->names, self))
    return FALSE;
  g_hash_table_add (g->names, g_steal_pointer (&lower));
  for (guint i = 0; i < dels->len; i++)
    g_hash_table_add (g->names, g_strconcat ("d:", (char *) g_ptr_array_index (dels, i), NULL));
  return TRUE;
}

static const char *const western_first[] = {
  "James", "Robert", "John", "Michael", "David", "William", "Richard", "Thomas", "Paul", "Steven",
  "Andrew", "Kenneth", "Susan", "Karen", "Nancy", "Lisa", "Helen", "Sarah", "Emily", "Laura",
  "Anne", "Claire", "Peter", "Hugh", "Martin", "Philip", "Stephen", "Gordon", "Colin", "Daniel",
  "Edward", "George", "Henry", "Charles", "Victoria", "Margaret", "Rachel", "Julia", "Frances", "Simon"};
static const char *const western_last[] = {
  "Smith", "Johnson", "Walker", "Harris", "Clark", "Lewis", "Young", "Hall", "Allen", "Wright",
  "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Mitchell", "Roberts", "Turner", "Phillips",
  "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Rogers", "Morgan", "Cooper",
  "Peterson", "Reed", "Bailey", "Kelly", "Howard", "Ward", "Richardson", "Watson", "Brooks", "Bennett",
  "Gray", "Hughes", "Sanders", "Myers", "Ross", "Foster", "Jenkins", "Perry", "Powell", "Sullivan",
  "Russell", "Ortiz", "Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton"};
static const char *const viet_family[] = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui",
                                          "Do", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Trinh",
                                          "Cao", "Luong", "Doan", "Quach", "Kieu"};
static const char *const viet_middle[] = {"Van", "Thi", "Duc", "Quang", "Minh", "Huu", "Xuan", "Ngoc",
                                          "Thanh", "Hong", "Cong", "Tien", "Trong", "Manh", "Chi"};
static const char *const viet_given[] = {"An", "Binh", "Cuong", "Dung", "Hai", "Hieu", "Hung", "Khanh",
                                         "Lich", "Long", "Nam", "Phuc", "Quan", "Son", "Tam", "Thang",
                                         "Tuan", "Vinh", "Hoa", "Lan", "Linh", "Thu", "Trang", "Kien",
                                         "Loc", "Nghia", "Phong", "Sang", "Toan", "Uy"};

static char *
make_name (Gen *g, NameStyle style)
{
  Rng *r = &g->rng;
  for (;;)
    {
      char *name;
      switch (style)
        {
        case STYLE_WESTERN:
          name = g_strdup_printf ("%s %s", PICK (r, western_first), PICK (r, western_last));
          break;
        case STYLE_VIETNAMESE:
          name = g_strdup_printf ("%s %s %s", PICK (r, viet_family), PICK (r, viet_middle), PICK (r, viet_given));
          break;
        case STYLE_INVENTED:
        default:
          {
            g_autofree char *a = invent_word (g, 2);
            g_autofree char *b = invent_word (g, 2);
            name = g_strdup_printf ("%s %s", a, b);
            break;
          }
        }
      if (name_register (g, name))
        return name;
      g_free (name);
    }
}

/* ---- the lexicon of invented concepts -------------------------------------------- */

static void
lexicon_entry (Gen *g, const char *id, const char *label, const char *const *aliases, const char *is_a,
               const char *part_of, gboolean instance)
{
  FILE *f = g->lexicon;
  fprintf (f, "  - id: %s\n    label: \"%s\"\n    aliases: [", id, label);
  for (guint i = 0; aliases[i] != NULL; i++)
    fprintf (f, "%s\"%s\"", i ? ", " : "", aliases[i]);
  fprintf (f, "]\n    is_a: %s\n", is_a);
  if (part_of != NULL)
    fprintf (f, "    part_of: %s\n", part_of);
  if (instance)
    fputs ("    instance: true\n", f);
  fputs ("    inflect: none\n", f);
  g->n_concepts++;
}

typedef struct {
  char *id;
  char *label;
  char *forms[3];
} Concept;

static void
concept_clear (Concept *c)
{
  g_free (c->id);
  g_free (c->label);
  for (int i = 0; i < 3; i++)
    g_free (c->forms[i]);
}

static Concept
new_dialogue (Gen *g)
{
  g_autofree char *a = invent_name_word (g);
  g_autofree char *b = invent_name_word (g);
  Concept c = {0};
  c.label = g_strdup_printf ("%s %s Dialogue", a, b);
  c.forms[0] = g_strdup (c.label);
  c.forms[1] = g_strdup_printf ("%s-%s talks", a, b);
  g_autofree char *slug = slug_of (c.label);
  c.id = g_strdup_printf ("dialogue/g-%.*s", (int) (strlen (slug) - strlen ("-dialogue")), slug);
  const char *aliases[] = {c.forms[0], c.forms[1], NULL};
  lexicon_entry (g, c.id, c.label, aliases, "mechanism/dialogue", NULL, TRUE);
  return c;
}

static const char *const topics[] = {"fisheries", "customs", "energy", "water management", "cyber security",
                                     "public health", "space research", "agriculture", "transport",
                                     "tourism", "telecommunications", "forestry", "mining", "labour",
                                     "urban planning", "shipping", "meteorology", "statistics",
                                     "food safety", "vocational education"};

static Concept
new_domain (Gen *g)
{
  g_autofree char *a = invent_name_word (g);
  const char *topic = PICK (&g->rng, topics);
  Concept c = {0};
  c.label = g_strdup_printf ("%s %s", a, topic);
  c.forms[0] = g_strdup_printf ("%s cooperation", c.label);
  c.forms[1] = g_strdup (c.label);
  g_autofree char *slug = slug_of (c.label);
  c.id = g_strdup_printf ("domain/g-%s", slug);
  const char *aliases[] = {c.forms[0], c.forms[1], NULL};
  lexicon_entry (g, c.id, c.label, aliases, "domain", NULL, FALSE);
  return c;
}

static Concept
new_place (Gen *g)
{
  Concept c = {0};
  c.label = invent_word (g, rng_chance (&g->rng, 0.5) ? 2 : 3);
  c.forms[0] = g_strdup (c.label);
  g_autofree char *slug = slug_of (c.label);
  c.id = g_strdup_printf ("place/g-%s", slug);
  const char *aliases[] = {c.forms[0], NULL};
  const Country *in = &PICK (&g->rng, countries);
  lexicon_entry (g, c.id, c.label, aliases, "[place/city, place/port]", in->id, TRUE);
  return c;
}

static Concept
new_program (Gen *g)
{
  g_autofree char *a = invent_name_word (g);
  g_autofree char *b = invent_name_word (g);
  Concept c = {0};
  c.label = g_strdup_printf ("%s %s Program", a, b);
  c.forms[0] = g_strdup (c.label);
  c.forms[1] = g_strdup_printf ("%s %s programme", a, b);
  c.forms[2] = g_strdup_printf ("%s %s initiative", a, b);
  g_autofree char *slug = slug_of (c.label);
  c.id = g_strdup_printf ("program/g-%.*s", (int) (strlen (slug) - strlen ("-program")), slug);
  const char *aliases[] = {c.forms[0], c.forms[1], c.forms[2], NULL};
  lexicon_entry (g, c.id, c.label, aliases, "program/program", NULL, TRUE);
  return c;
}

/* ---- facts and their statements ---------------------------------------------------- */

static Fact *
fact_new (Gen *g, const char *kind, const char *rule, const char *attribute)
{
  Fact *f = g_new0 (Fact, 1);
  f->id = ++g->next_fact;
  f->kind = kind;
  f->rule = rule;
  f->attribute = attribute;
  f->mentions = g_ptr_array_new ();
  g->n_facts++;
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_kind, kind));
  g_hash_table_insert (g->by_kind, (gpointer) kind, GUINT_TO_POINTER (n + 1));
  return f;
}

static void
mention_free (Mention *m)
{
  g_free (m->value);
  g_free (m->form);
  g_free (m->sentence);
  g_free (m);
}

static void
fact_free (Fact *f)
{
  for (guint i = 0; i < f->mentions->len; i++)
    mention_free (g_ptr_array_index (f->mentions, i));
  g_ptr_array_unref (f->mentions);
  g_free (f->subject);
  g_free (f->what);
  g_free (f->value);
  g_free (f->planted);
  g_free (f);
}

/* Adds a statement of @f to @doc. Takes @value, @form and @sentence. */
static Mention *
mention_add (Gen *g, Fact *f, Doc *doc, Role role, char *value, char *form, Grain grain, gboolean dated,
             char *sentence, Day end)
{
  Mention *m = g_new0 (Mention, 1);
  m->fact = f;
  m->doc = doc->index;
  m->role = role;
  m->value = value;
  m->form = form;
  m->grain = grain;
  m->dated = dated;
  m->sentence = sentence;
  m->end = end;
  g_ptr_array_add (f->mentions, m);
  g_ptr_array_add (doc->mentions, m);
  if (day_cmp (end, doc->latest) > 0)
    doc->latest = end;
  g->n_mentions++;
  if (role == ROLE_CONFLICT)
    g->n_conflicts++;
  return m;
}

static const char *
a_or_an (const char *word)
{
  return strchr ("aeiouAEIOU", word[0]) ? "an" : "a";
}

/* When a dialogue began. */
static Fact *
make_dialogue (Gen *g, Doc **docs, guint n, int conflict_at)
{
  Rng *r = &g->rng;
  Concept c = new_dialogue (g);
  Fact *f = fact_new (g, "dialogue-start", "dialogue-started", "date");
  Day truth = day_in_year (r, rng_range (r, FIRST_YEAR, LAST_YEAR));
  Day wrong = other_year (r, truth, 3, FIRST_YEAR - 2, LAST_YEAR);

  f->subject = g_strdup (c.id);
  f->what = g_strdup_printf ("when the %s began", c.label);
  f->value = date_value (truth, GRAIN_DAY);
  if (conflict_at >= 0)
    f->planted = date_value (wrong, GRAIN_DAY);
  for (guint i = 0; i < n; i++)
    {
      Role role = (int) i == conflict_at ? ROLE_CONFLICT : ROLE_AGREE;
      Grain grain = random_grain (r);
      Said s = say_date (r, role == ROLE_CONFLICT ? wrong : truth, grain);
      guint form = rng_chance (r, 0.7) ? 0 : 1;
      const char *name = c.forms[form];
      const char *be = form == 0 ? "was" : "were";
      char *sentence;
      switch (rng_below (r, 4))
        {
        case 0:
          sentence = g_strdup_printf ("%s the two sides launched the %s.", s.lead, name);
          break;
        case 1:
          sentence = g_strdup_printf ("The %s %s initiated %s, officials said.", name, be, s.at);
          break;
        case 2:
          sentence = g_strdup_printf ("%s officials from both countries opened the %s in %s.", s.lead, name,
                                      PICK (r, countries).capital);
          break;
        default:
          sentence = g_strdup_printf ("The %s %s inaugurated %s and %s met regularly since.", name, be, s.at,
                                      form == 0 ? "has" : "have");
          break;
        }
      mention_add (g, f, docs[i], role, g_strdup (s.value), g_strdup_printf ("name%u", form), grain, TRUE,
                   sentence, s.end);
      said_clear (&s);
    }
  concept_clear (&c);
  return f;
}

typedef struct {
  const char *id;
  const char *forms[3]; /* with their article */
} InstrumentKind;

static const InstrumentKind instrument_kinds[] = {
  {"instrument/mou", {"a memorandum of understanding", "an MoU", "an MOU"}},
  {"instrument/agreement", {"an agreement", "an accord", NULL}},
  {"instrument/letter-of-agreement", {"a letter of agreement", NULL, NULL}},
  {"instrument/statement-of-intent", {"a statement of intent", NULL, NULL}},
};

static guint
n_forms (const char *const *forms, guint max)
{
  guint n = 0;
  while (n < max && forms[n] != NULL)
    n++;
  return n;
}

/* "memorandum of understanding" from "a memorandum of understanding". */
static const char *
without_article (const char *form)
{
  return strchr (form, ' ') + 1;
}

/* When an agreement or memorandum was signed. */
static Fact *
make_instrument_date (Gen *g, Doc **docs, guint n, int conflict_at)
{
  Rng *r = &g->rng;
  const InstrumentKind *kind = &PICK (r, instrument_kinds);
  Concept domain = new_domain (g);
  Fact *f = fact_new (g, "instrument-date", "instrument-signed", "date");
  Day truth = day_in_year (r, rng_range (r, FIRST_YEAR, LAST_YEAR));
  Day wrong = other_year (r, truth, 3, FIRST_YEAR - 2, LAST_YEAR);

  f->subject = g_strdup_printf ("%s+%s", kind->id, domain.id);
  f->what = g_strdup_printf ("when the %s %s was signed", domain.label, without_article (kind->forms[0]));
  f->value = date_value (truth, GRAIN_DAY);
  if (conflict_at >= 0)
    f->planted = date_value (wrong, GRAIN_DAY);
  for (guint i = 0; i < n; i++)
    {
      Role role = (int) i == conflict_at ? ROLE_CONFLICT : ROLE_AGREE;
      Grain grain = random_grain (r);
      Said s = say_date (r, role == ROLE_CONFLICT ? wrong : truth, grain);
      guint kf = rng_below (r, n_forms (kind->forms, 3));
      guint df = rng_chance (r, 0.6) ? 0 : 1;
      const char *k = kind->forms[kf];
      const char *d = domain.forms[df];
      char *sentence;
      switch (rng_below (r, 4))
        {
        case 0:
          sentence = g_strdup_printf ("%s the two governments signed %s on %s.", s.lead, k, d);
          break;
        case 1:
          sentence = g_strdup_printf ("The %s on %s was signed %s.", without_article (k), d, s.at);
          break;
        case 2:
          sentence = g_strdup_printf ("Officials inked %s on %s %s.", k, d, s.at);
          break;
        default:
          sentence = g_strdup_printf ("%s the two sides concluded %s on %s after months of negotiations.", s.lead, k, d);
          break;
        }
      mention_add (g, f, docs[i], role, g_strdup (s.value), g_strdup_printf ("kind%u-domain%u", kf, df), grain,
                   TRUE, sentence, s.end);
      said_clear (&s);
    }
  concept_clear (&domain);
  return f;
}

/* The areas of cooperation the real lexicon knows (rules/us-vietnam/lexicon/
 * instruments.yaml), each with wordings contra takes for the same area: synonyms, and
 * for two of them a narrower area (maritime search and rescue is_a search and rescue). */
typedef struct {
  const char *id;
  const char *forms[4];
} Area;

static const Area areas[] = {
  {"area/high-level-dialogue", {"high-level dialogues", "high-level exchanges", "high level dialogues", NULL}},
  {"area/maritime-security", {"maritime security", "maritime safety", "maritime navigation security", NULL}},
  {"area/search-and-rescue", {"search and rescue", "maritime search and rescue", "search-and-rescue", NULL}},
  {"area/hadr", {"humanitarian assistance and disaster relief", "HA/DR", "humanitarian aid and disaster relief", NULL}},
  {"area/peacekeeping", {"peacekeeping", "United Nations peacekeeping", "UN peacekeeping operations", "peacekeeping operations"}},
  {"area/defense-education", {"defense education and research exchanges", "defence education and research exchanges", "education and research exchanges", NULL}},
  {"area/border-security", {"border security", "border security issues", NULL, NULL}},
  {"area/military-interaction", {"military interaction", "bilateral military interaction", "military-to-military interaction", NULL}},
  {"area/war-legacy", {"war legacies", "war legacy issues", "legacies of war", NULL}},
  {"area/naval-ship-visits", {"naval ship exchange visits", "ship visits", NULL, NULL}},
  {"area/training", {"training cooperation", "training", NULL, NULL}},
};

static const char *const count_words[] = {"zero", "one", "two", "three", "four", "five", "six", "seven"};

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The set as the truth gives it: the area ids, sorted. */
static char *
areas_value (const guint *items, guint n)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, (gpointer) areas[items[i]].id);
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (", ", (char **) ids->pdata);
}

/* The areas an agreement covers. */
static Fact *
make_instrument_areas (Gen *g, Doc **docs, guint n, int conflict_at)
{
  Rng *r = &g->rng;
  const InstrumentKind *kind = &PICK (r, instrument_kinds);
  Concept domain = new_domain (g);
  Fact *f = fact_new (g, "instrument-areas", "instrument-areas", "areas");
  guint order[G_N_ELEMENTS (areas)];
  guint count = (guint) rng_range (r, 3, 6);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    order[i] = i;
  for (guint i = 0; i < G_N_ELEMENTS (areas) - 1; i++)
    {
      guint j = i + rng_below (r, G_N_ELEMENTS (areas) - i);
      guint t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  /* order[0..count) is the true set; the conflict swaps one item for order[count]. */
  guint wrong[6];
  memcpy (wrong, order, sizeof wrong);
  wrong[rng_below (r, count)] = order[count];

  f->subject = g_strdup_printf ("%s+%s", kind->id, domain.id);
  f->what = g_strdup_printf ("the areas of the %s %s", domain.label, without_article (kind->forms[0]));
  f->value = areas_value (order, count);
  if (conflict_at >= 0)
    f->planted = areas_value (wrong, count);
  for (guint i = 0; i < n; i++)
    {
      Role role = (int) i == conflict_at ? ROLE_CONFLICT : ROLE_AGREE;
      const guint *items = role == ROLE_CONFLICT ? wrong : order;
      guint shown[6];
      memcpy (shown, items, count * sizeof (guint));
      for (guint k = 0; k + 1 < count; k++)
        {
          guint j = k + rng_below (r, count - k);
          guint t = shown[k];
          shown[k] = shown[j];
          shown[j] = t;
        }
      gboolean semicolons = rng_chance (r, 0.3);
      g_autoptr (GString) list = g_string_new (NULL);
      g_autoptr (GString) form = g_string_new (NULL);
      for (guint k = 0; k < count; k++)
        {
          const Area *a = &areas[shown[k]];
          guint w = rng_below (r, n_forms (a->forms, 4));
          if (k > 0)
            g_string_append (list, k + 1 < count ? (semicolons ? "; " : ", ") : (semicolons ? "; and " : " and "));
          g_string_append (list, a->forms[w]);
          g_string_append_printf (form, "%u", w);
        }
      guint kf = rng_below (r, n_forms (kind->forms, 3));
      guint df = rng_chance (r, 0.6) ? 0 : 1;
      const char *k = without_article (kind->forms[kf]);
      const char *d = domain.forms[df];
      char *sentence;
      switch (rng_below (r, 3))
        {
        case 0:
          sentence = g_strdup_printf ("The %s on %s covers %s areas: %s.", k, d, count_words[count], list->str);
          break;
        case 1:
          sentence = g_strdup_printf ("Under the %s on %s, the two sides agreed to cooperate in %s areas: %s.", k, d,
                                      count_words[count], list->str);
          break;
        default:
          sentence = g_strdup_printf ("The %s on %s sets out %s areas of cooperation: %s.", k, d, count_words[count],
                                      list->str);
          break;
        }
      g_string_append_printf (form, "-kind%u-domain%u", kf, df);
      mention_add (g, f, docs[i], role, areas_value (items, count), g_strdup (form->str), GRAIN_DAY, FALSE,
                   sentence, (Day) {FIRST_YEAR, 1, 1});
    }
  concept_clear (&domain);
  return f;
}

/* Vessel types of rules/general/lexicon/things.yaml with wordings of the same type
 * (or, for the guided missile destroyer, its broader "destroyer"). No two types are
 * one within the other, so two of them for one visit contradict each other. */
typedef struct {
  const char *id;
  const char *forms[3];
} Vessel;

static const Vessel vessels[] = {
  {"vessel/guided-missile-destroyer", {"guided missile destroyer", "guided-missile destroyer", "destroyer"}},
  {"vessel/cruiser", {"cruiser", "guided missile cruiser", NULL}},
  {"vessel/frigate", {"frigate", "guided missile frigate", NULL}},
  {"vessel/corvette", {"corvette", NULL, NULL}},
  {"vessel/aircraft-carrier", {"aircraft carrier", "nuclear aircraft carrier", "supercarrier"}},
  {"vessel/submarine", {"submarine", "attack submarine", "nuclear submarine"}},
  {"vessel/amphibious-ship", {"amphibious assault ship", "amphibious ship", "landing ship"}},
  {"vessel/support-ship", {"hospital ship", "supply ship", "survey ship"}},
};

typedef struct {
  const char *adjective;
  const char *prefix; /* ship name prefix */
} Navy;

static const Navy navies[] = {{"US", "USS"},     {"Japanese", "JS"},    {"Indian", "INS"}, {"Australian", "HMAS"},
                              {"French", "FS"},  {"British", "HMS"},    {"Canadian", "HMCS"}};

/* Which kind of ship visited a port, at a time. */
static Fact *
make_visit (Gen *g, Doc **docs, guint n, int conflict_at)
{
  Rng *r = &g->rng;
  Concept place = new_place (g);
  Fact *f = fact_new (g, "ship-visit", "ship-visit", "vessel_type");
  Day when = day_in_year (r, rng_range (r, 1995, LAST_YEAR));
  const Navy *navy = &PICK (r, navies);
  guint type = rng_below (r, G_N_ELEMENTS (vessels));
  guint other = (type + 1 + rng_below (r, G_N_ELEMENTS (vessels) - 1)) % G_N_ELEMENTS (vessels);
  g_autofree char *ship = invent_word (g, 2);
  g_autofree char *date = date_value (when, GRAIN_MONTH);

  f->subject = g_strdup_printf ("event/port-visit+%s", place.id);
  f->what = g_strdup_printf ("the type of ship that visited %s in %s %d", place.label, month_names[when.m - 1], when.y);
  f->value = g_strdup (vessels[type].id);
  if (conflict_at >= 0)
    f->planted = g_strdup (vessels[other].id);
  for (guint i = 0; i < n; i++)
    {
      Role role = (int) i == conflict_at ? ROLE_CONFLICT : ROLE_AGREE;
      const Vessel *v = &vessels[role == ROLE_CONFLICT ? other : type];
      guint vf = rng_below (r, n_forms (v->forms, 3));
      Grain grain = fine_grain (r, role == ROLE_CONFLICT || i == first_agreeing (conflict_at));
      Said s = say_date (r, when, grain);
      char *sentence;
      switch (rng_below (r, 4))
        {
        case 0:
          sentence = g_strdup_printf ("%s the %s %s %s %s visited %s.", s.lead, navy->adjective, v->forms[vf],
                                      navy->prefix, ship, place.label);
          break;
        case 1:
          sentence = g_strdup_printf ("%s the %s %s %s %s made a port call at %s.", s.lead, navy->adjective,
                                      v->forms[vf], navy->prefix, ship, place.label);
          break;
        case 2:
          sentence = g_strdup_printf ("%s %s %s %s paid a visit to %s.", s.lead, a_or_an (navy->adjective),
                                      navy->adjective, v->forms[vf], place.label);
          break;
        default:
          sentence = g_strdup_printf ("%s the %s %s %s %s made a historic visit to %s.", s.lead, navy->adjective,
                                      v->forms[vf], navy->prefix, ship, place.label);
          break;
        }
      mention_add (g, f, docs[i], role, g_strdup_printf ("%s@%s", v->id, date), g_strdup_printf ("vessel%u", vf),
                   grain, TRUE, sentence, s.end);
      said_clear (&s);
    }
  concept_clear (&place);
  return f;
}

static const Holder *
holder_at (const Post *post, int year)
{
  for (guint i = 0; i < post->holders->len; i++)
    {
      const Holder *h = g_ptr_array_index (post->holders, i);
      if (year >= h->from && year < h->to)
        return h;
    }
  return g_ptr_array_index (post->holders, post->holders->len - 1);
}

static const char *
title_of (Rng *r, const Office *office, guint *form)
{
  *form = rng_below (r, n_forms (office->titles, 3));
  return office->titles[*form];
}

static const char *
adjective_of (Rng *r, const Country *country)
{
  if (g_str_equal (country->id, "country/us") && rng_chance (r, 0.3))
    return "U.S.";
  return country->adjective;
}

/* The first visit to a place by someone holding an office. */
static Fact *
make_first (Gen *g, Doc **docs, guint n, int conflict_at)
{
  Rng *r = &g->rng;
  const Post *post;
  do
    post = g_ptr_array_index (g->posts, rng_below (r, g->posts->len));
  while (!post->office->traveller);
  Concept place = new_place (g);
  Fact *f = fact_new (g, "first-visit", "first-time", "date");
  Day truth = (Day) {rng_range (r, 1995, LAST_YEAR), rng_range (r, 1, 12), 1};
  truth.d = rng_range (r, 1, days_in (truth.y, truth.m));
  Day wrong = other_year (r, truth, 4, 1990, LAST_YEAR);

  f->subject = g_strdup_printf ("%s@%s+action/visit+%s", post->office->id, post->country->id, place.id);
  f->what = g_strdup_printf ("when a %s %s first visited %s", post->country->adjective, post->office->titles[0],
                             place.label);
  f->value = date_value (truth, GRAIN_MONTH);
  if (conflict_at >= 0)
    f->planted = date_value (wrong, GRAIN_MONTH);
  for (guint i = 0; i < n; i++)
    {
      Role role = (int) i == conflict_at ? ROLE_CONFLICT : ROLE_AGREE;
      Day when = role == ROLE_CONFLICT ? wrong : truth;
      Grain grain = rng_chance (r, 0.4) ? GRAIN_YEAR : GRAIN_MONTH;
      Said s = say_date (r, when, grain);
      const Holder *who = holder_at (post, when.y);
      guint tf;
      const char *title = title_of (r, post->office, &tf);
      const char *adj = adjective_of (r, post->country);
      char *sentence;
      switch (rng_below (r, 3))
        {
        case 0:
          sentence = g_strdup_printf ("%s %s became the first %s %s to visit %s.", s.lead, who->name, adj, title,
                                      place.label);
          break;
        case 1:
          sentence = g_strdup_printf ("%s became the first %s %s to visit %s %s.", who->name, adj, title,
                                      place.label, s.at);
          break;
        default:
          sentence = g_strdup_printf ("%s %s became the first %s %s ever to visit %s.", s.lead, who->name, adj, title,
                                      place.label);
          break;
        }
      mention_add (g, f, docs[i], role, g_strdup (s.value), g_strdup_printf ("title%u", tf), grain, TRUE, sentence,
                   s.end);
      said_clear (&s);
    }
  concept_clear (&place);
  return f;
}

/* Fills {name} fields of @template from the NULL-terminated @pairs (name, value, ...):
 * templates are data, so they are not printf formats. */
static char *
fill (const char *template, ...)
{
  GString *out = g_string_new (template);
  va_list ap;
  va_start (ap, template);
  for (const char *key; (key = va_arg (ap, const char *)) != NULL;)
    {
      const char *value = va_arg (ap, const char *);
      g_autofree char *braced = g_strconcat ("{", key, "}", NULL);
      g_string_replace (out, braced, value, 0);
    }
  va_end (ap);
  return g_string_free (out, FALSE);
}

static const char *const office_doings[] = {
  "met his counterpart in {city}", "said the talks had been productive", "addressed a security conference in {city}",
  "held talks with visiting officials", "told reporters that relations were improving",
  "spoke at a press conference in {city}", "received a visiting delegation in {city}",
};

/* Who held an office at a time. Terms change on 1 January, so any year of a term,
 * stated alone, still falls within it. */
static Fact *
make_office (Gen *g, Doc **docs, guint n, int conflict_at)
{
  Rng *r = &g->rng;
  const Post *post = g_ptr_array_index (g->posts, rng_below (r, g->posts->len));
  guint k;
  const Holder *who;
  do
    {
      k = rng_below (r, post->holders->len);
      who = g_ptr_array_index (post->holders, k);
    }
  while (who->from > LAST_YEAR || who->to - 1 < 1990);
  Day when = day_in_year (r, rng_range (r, MAX (who->from, 1990), MIN (who->to - 1, LAST_YEAR)));
  /* The wrong holder is the one before or after. */
  guint w = k == 0 ? 1 : k + 1 == post->holders->len ? k - 1 : rng_chance (r, 0.5) ? k - 1 : k + 1;
  const Holder *wrong = g_ptr_array_index (post->holders, w);
  Fact *f = fact_new (g, "office-holder", "office-holder", "holder");

  f->subject = g_strdup_printf ("%s@%s", post->office->id, post->country->id);
  f->what = g_strdup_printf ("who was %s %s in %s %d", post->country->adjective, post->office->titles[0],
                             month_names[when.m - 1], when.y);
  f->value = g_strdup (who->slug);
  if (conflict_at >= 0)
    f->planted = g_strdup (wrong->slug);
  for (guint i = 0; i < n; i++)
    {
      Role role = (int) i == conflict_at ? ROLE_CONFLICT : ROLE_AGREE;
      const Holder *h = role == ROLE_CONFLICT ? wrong : who;
      Grain grain = fine_grain (r, role == ROLE_CONFLICT || i == first_agreeing (conflict_at));
      Said s = say_date (r, when, grain);
      guint tf;
      const char *title = title_of (r, post->office, &tf);
      const char *adj = adjective_of (r, post->country);
      g_autofree char *doing = fill (PICK (r, office_doings), "city", PICK (r, countries).capital, NULL);
      char *sentence;
      if (rng_chance (r, 0.6))
        sentence = g_strdup_printf ("%s %s %s %s %s.", s.lead, adj, title, h->name, doing);
      else
        sentence = g_strdup_printf ("%s %s, the %s %s, %s.", s.lead, h->name, adj, title, doing);
      mention_add (g, f, docs[i], role, g_strdup_printf ("%s@%s", h->slug, s.value), g_strdup_printf ("title%u", tf),
                   grain, TRUE, sentence, s.end);
      said_clear (&s);
    }
  return f;
}

/* An amount in millions of dollars, worded one of five ways. */
static char *
money_text (Rng *r, double millions, guint *form)
{
  gboolean whole = millions == (double) (gint64) millions;
  g_autofree char *num = whole ? g_strdup_printf ("%d", (int) millions) : g_strdup_printf ("%.1f", millions);
  *form = rng_below (r, whole ? 5 : 4);
  switch (*form)
    {
    case 0:
      return g_strdup_printf ("$%s million", num);
    case 1:
      return g_strdup_printf ("%s million dollars", num);
    case 2:
      return g_strdup_printf ("US$%s million", num);
    case 3:
      return g_strdup_printf ("USD %s million", num);
    default:
      return g_strdup_printf ("$%d,000,000", (int) millions);
    }
}

/* How much money went to a programme in a year. */
static Fact *
make_funding (Gen *g, Doc **docs, guint n, int conflict_at)
{
  Rng *r = &g->rng;
  Concept program = new_program (g);
  Fact *f = fact_new (g, "funding", "funding-amount", "amount");
  int year = rng_range (r, 1995, LAST_YEAR);
  double truth = rng_chance (r, 0.8) ? rng_range (r, 2, 400) : rng_range (r, 15, 995) / 10.0;
  /* Rounded as it is written (one decimal), so that the truth says what the text says. */
  double wrong = round (truth * PICK (r, ((const double[]) {0.5, 1.5, 2.0, 3.0})) * 10) / 10;

  f->subject = g_strdup_printf ("funding/aid+%s", program.id);
  f->what = g_strdup_printf ("the amount for the %s in %d", program.label, year);
  f->value = g_strdup_printf ("USD %.0f", truth * 1e6);
  if (conflict_at >= 0)
    f->planted = g_strdup_printf ("USD %.0f", wrong * 1e6);
  for (guint i = 0; i < n; i++)
    {
      Role role = (int) i == conflict_at ? ROLE_CONFLICT : ROLE_AGREE;
      double amount = role == ROLE_CONFLICT ? wrong : truth;
      guint mf, pf = rng_below (r, 3);
      g_autofree char *money = money_text (r, amount, &mf);
      Day when = day_in_year (r, year);
      Said s = say_date (r, when, GRAIN_YEAR);
      char *sentence;
      switch (rng_below (r, 3))
        {
        case 0:
          sentence = g_strdup_printf ("%s the United States announced %s for the %s.", s.lead, money, program.forms[pf]);
          break;
        case 1:
          sentence = g_strdup_printf ("%s Washington pledged %s to the %s.", s.lead, money, program.forms[pf]);
          break;
        default:
          sentence = g_strdup_printf ("%s the government allocated %s to the %s, officials said.", s.lead, money,
                                      program.forms[pf]);
          break;
        }
      mention_add (g, f, docs[i], role, g_strdup_printf ("USD %.0f", amount * 1e6),
                   g_strdup_printf ("money%u-name%u", mf, pf), GRAIN_YEAR, TRUE, sentence, s.end);
      said_clear (&s);
    }
  concept_clear (&program);
  return f;
}

/* ---- facts the whole corpus shares ------------------------------------------------------ */

typedef struct {
  const char *kind;
  const char *rule;
  const char *subject;
  const char *attribute;
  const char *what;
  Day truth;
  gboolean month_only; /* known to the month: never stated to the day */
  int wrong_years[4];  /* the years a contradicting statement gives */
  const char *templates[3]; /* {lead} "In 2010,", {at} "in 2010", {date} "2010" */
} Global;

static const Global global_facts[] = {
  [GLOBAL_RELATIONS] = {"relations", "relations-established", "relationship/diplomatic-relations", "date",
                        "when diplomatic relations were normalised", {1995, 7, 11}, FALSE, {1993, 1994, 1996, 1997},
                        {"{lead} Washington and Hanoi normalized diplomatic relations.",
                         "The two countries established diplomatic relations {at}.",
                         "Since {date}, when the two countries normalized diplomatic relations, ties have deepened steadily."}},
  [GLOBAL_PARTNERSHIP] = {"partnership", "partnership-established", "relationship/comprehensive-partnership", "date",
                          "when the comprehensive partnership was established", {2013, 7, 25}, FALSE,
                          {2011, 2012, 2014, 2015},
                          {"The comprehensive partnership was established {at}.",
                           "{lead} the two countries established a comprehensive partnership.",
                           "Relations improved with the establishment of the comprehensive partnership {at}."}},
  [GLOBAL_EASED] = {"embargo-step", "restriction-eased", "restriction/embargo+goods/arms+scope/non-lethal", "date",
                    "when non-lethal arms sales were first allowed", {2006, 12, 1}, TRUE, {2004, 2005, 2007, 2008},
                    {"{lead} the US allowed the sale of non-lethal weapons to Vietnam on a case-by-case basis.",
                     "{lead} the United States allowed exports of non-lethal military equipment to Vietnam.",
                     "{lead} Washington began to permit sales of non-lethal defense equipment to Vietnam."}},
  [GLOBAL_PARTLY] = {"embargo-step", "restriction-lifted", "restriction/embargo+goods/arms+status/partly-lifted", "date",
                     "when the arms embargo was partly lifted", {2014, 10, 2}, FALSE, {2012, 2013, 2015, 2015},
                     {"{lead} the United States partly lifted its arms embargo on Vietnam.",
                      "{lead} Washington partially lifted its arms embargo on Vietnam.",
                      "The United States partly lifted its arms embargo on Vietnam {at}."}},
  [GLOBAL_LIFTED] = {"embargo-step", "restriction-lifted", "restriction/embargo+goods/arms+status/lifted", "date",
                     "when the arms embargo was completely lifted", {2016, 5, 23}, FALSE, {2017, 2018, 2018, 2017},
                     {"{lead} the US completely lifted the arms embargo against Vietnam.",
                      "{lead} Washington fully lifted its arms embargo on Vietnam.",
                      "The United States completely lifted its arms embargo on Vietnam {at}."}},
  [GLOBAL_STATUS] = {"embargo-status", "restriction-status", "restriction/embargo+goods/arms", "status",
                     "the status of the arms embargo at the time of writing", {2006, 12, 1}, FALSE, {0},
                     {NULL}},
};

static Fact *
global_fact (Gen *g, guint which)
{
  if (g->globals[which] == NULL)
    {
      const Global *gl = &global_facts[which];
      Fact *f = fact_new (g, gl->kind, gl->rule, gl->attribute);
      f->global = TRUE;
      f->subject = g_strdup (gl->subject);
      f->what = g_strdup (gl->what);
      if (which == GLOBAL_STATUS)
        {
          f->value = g_strdup ("as the steps stood at publication");
          f->against = "[\"restriction/embargo+goods/arms+scope/non-lethal\", "
                       "\"restriction/embargo+goods/arms+status/partly-lifted\", "
                       "\"restriction/embargo+goods/arms+status/lifted\"]";
        }
      else
        f->value = date_value (gl->truth, gl->month_only ? GRAIN_MONTH : GRAIN_DAY);
      g->globals[which] = f;
    }
  return g->globals[which];
}

/* A statement of a shared fact, in @doc (published after it). Rarely, a wrong date:
 * the shared facts are the ones a careless writer gets wrong, but their groups are
 * large, so the rate is a twentieth of --conflict-rate. */
static void
add_global (Gen *g, Doc *doc, guint which)
{
  Rng *r = &g->rng;
  const Global *gl = &global_facts[which];
  gboolean conflict = rng_chance (r, g->conflict_rate / 20);
  Day when = conflict ? day_in_year (r, PICK (r, gl->wrong_years)) : gl->truth;
  Grain grain = gl->month_only ? (rng_chance (r, 0.5) ? GRAIN_YEAR : GRAIN_MONTH) : random_grain (r);
  Said s = say_date (r, when, grain);

  if (day_cmp (s.end, doc->published) < 0)
    {
      guint t = rng_below (r, 3);
      char *sentence = fill (gl->templates[t], "lead", s.lead, "at", s.at, "date", s.bare, NULL);
      mention_add (g, global_fact (g, which), doc, conflict ? ROLE_CONFLICT : ROLE_AGREE, g_strdup (s.value),
                   g_strdup_printf ("t%u", t), grain, TRUE, sentence, s.end);
    }
  said_clear (&s);
}

/* What a writer says of the embargo's status when the document is published: that it
 * is maintained (before it was completely lifted) or lifted (after). "Has always
 * refused to lift" after the first easing contradicts the steps: the planted conflict. */
static void
add_status (Gen *g, Doc *doc)
{
  Rng *r = &g->rng;
  Fact *f = global_fact (g, GLOBAL_STATUS);
  Day p = doc->published;
  const char *sentence = NULL;
  const char *value = NULL;
  Role role = ROLE_AGREE;

  if (day_cmp (p, (Day) {2015, 1, 1}) >= 0 && rng_chance (r, g->conflict_rate / 4))
    {
      sentence = "The United States has always refused to lift its arms export ban on Vietnam.";
      value = "never-lifted";
      role = ROLE_CONFLICT;
    }
  else if (day_cmp (p, (Day) {2006, 11, 1}) < 0)
    sentence = "The United States maintains its arms embargo on Vietnam.", value = "maintained";
  else if (day_cmp (p, (Day) {2007, 2, 1}) >= 0 && day_cmp (p, (Day) {2016, 4, 30}) <= 0)
    sentence = "The US maintains elements of its arms embargo against Vietnam.", value = "partly-maintained";
  else if (day_cmp (p, (Day) {2016, 7, 1}) >= 0)
    sentence = "The United States has completely lifted its arms embargo on Vietnam.", value = "lifted";
  if (sentence == NULL)
    return;
  mention_add (g, f, doc, role, g_strdup (value), g_strdup (value), GRAIN_DAY, FALSE, g_strdup (sentence),
               (Day) {FIRST_YEAR, 1, 1});
}

/* ---- filler ----------------------------------------------------------------------------- */

/* News prose that makes no claim with the shipped rules (checked with contra claims):
 * it names places, people, money and years, and some sentences come close to a rule
 * (a trigger word without the rest), as real articles do. {T} a town, {C} a capital,
 * {P} a person, {Y} a year, {N} a number, {B} billions, {R} a percentage. */
static const char *const fillers[] = {
  "Analysts in {C} said the move reflected a broader shift in regional priorities.",
  "The talks covered trade, investment and education, according to a statement released after the meeting.",
  "Trade between the two countries grew by {R} percent in {Y}, reaching {B} billion dollars.",
  "{P}, a researcher at the {T} Institute for Strategic Studies, said public opinion had shifted steadily over the past decade.",
  "Critics argue that the pace of change has been uneven and that much remains to be done.",
  "The ministry did not respond to requests for comment.",
  "Rising tensions in the South China Sea have pushed both governments to seek closer coordination.",
  "Local fishermen in {T} say catches have fallen sharply in recent years.",
  "Officials from both sides described the atmosphere as cordial and constructive.",
  "The {T} River delta is home to more than {N} million people, many of whom depend on farming.",
  "Economic ties remain the backbone of the relationship, with exports of electronics, garments and seafood rising each year.",
  "{P} told reporters that much would depend on the outcome of the next round of negotiations.",
  "Public opinion surveys have consistently shown strong support for closer ties.",
  "A small group of protesters gathered outside the embassy in {C}.",
  "The memorandum of understanding was discussed at length by the two delegations.",
  "Observers noted that the statement stopped short of naming any third country.",
  "The delegation toured a textile factory and a vocational school in {T}.",
  "Construction of a new terminal in {T} is expected to take several years.",
  "Both governments have invested heavily in infrastructure, from highways to power plants.",
  "{P} said the relationship should be judged by deeds rather than words.",
  "Diplomats familiar with the discussions said a joint communique was still being drafted.",
  "The region's economies are increasingly tied to global supply chains.",
  "Young people in {T} increasingly study English and look abroad for work.",
  "The history of the two countries has left scars that take time to heal.",
  "Security experts warn that the balance of power in the region is shifting quickly.",
  "Neither side released details of the discussions on maritime issues.",
  "{P}, who has written widely on the region, called the development significant but not surprising.",
  "The visit drew attention in regional media, which devoted extensive coverage to the ceremonies.",
  "Foreign investment reached {B} billion dollars last year, according to government figures.",
  "Several universities in {T} have opened exchange schemes with partners overseas.",
  "The cost of the new highway to {T} was put at {N} million dollars.",
  "Tourism has rebounded strongly, with more than {N} million visitors recorded in {Y}.",
  "In {Y}, heavy flooding in {T} displaced thousands of families.",
  "In {Y}, {P} published a widely read study of the region's maritime disputes.",
  "The economy grew by {R} percent in {Y}, driven by manufacturing and services.",
  "Officials expect further meetings later this year.",
  "Much of the debate has focused on what each side can realistically offer.",
  "The ceremony in {T} was attended by several hundred guests.",
  "Some lawmakers have questioned the cost of the commitments.",
  "The first thing to say about the talks is that they were long.",
  "The partnership will deepen in the coming years.",
  "The embargo hurt exports for years.",
  "Officials signed the guest book during the ceremony in {Y}.",
  "The agreement on trade was signed after talks on tariffs.",
  "Navy ships from several countries have been visiting ports in the region for years.",
  "The secretary of state will travel to the region next week.",
  "Farmers in the {T} valley have switched from rice to coffee and pepper.",
  "Shipping through the strait has grown steadily, and insurers are watching the area closely.",
  "{P} argued that smaller states must balance carefully between larger powers.",
  "A spokesman said the schedule for the next round had not yet been fixed.",
  "Energy cooperation, including liquefied natural gas, has also been on the agenda.",
  "Residents of {T} welcomed the new bridge, which cut travel times by half.",
  "The think tank's report ran to more than {N} pages and drew on dozens of interviews.",
  "Street vendors in {C} said business had picked up as tourists returned.",
  "Commentators in the state press struck a cautious tone.",
  "Negotiators worked late into the night to settle the final wording.",
  "Earlier this month, heavy rain forced the cancellation of an outdoor reception.",
  "Students in {T} staged a cultural performance for the visiting delegation.",
  "The port of {T} handled a record volume of containers in {Y}.",
  "Few expect a breakthrough soon, but both sides say the direction is clear.",
};

static const char *const headlines[] = {
  "{A} and {A2} officials weigh closer security ties",
  "What the latest talks mean for the region",
  "{K} and {K2}: a relationship in transition",
  "Defense ties deepen as regional tensions rise",
  "Behind the handshakes: {A}-{A2} relations at a crossroads",
  "A new chapter for {K} and {K2}",
  "The long road from war to partnership",
  "Old rivals, new partners in {T}",
  "{T} at the heart of a diplomatic push",
  "Navies, ports and the politics of access",
  "Why {K} is courting {K2}",
  "Security, trade and memory in {A}-{A2} relations",
};

static const char *const country_names[] = {"Vietnam", "the United States", "Japan", "India", "Australia",
                                            "the Philippines", "Indonesia", "Singapore", "South Korea", "France"};

static void
expand (Gen *g, GString *out, const char *template, const Day *before)
{
  Rng *r = &g->rng;
  int latest = before ? before->y : LAST_YEAR;
  for (const char *p = template; *p; p++)
    {
      if (*p != '{')
        {
          g_string_append_c (out, *p);
          continue;
        }
      const char *close = strchr (p, '}');
      g_autofree char *key = g_strndup (p + 1, (gsize) (close - p - 1));
      if (g_str_equal (key, "T"))
        g_string_append (out, g_ptr_array_index (g->towns, rng_below (r, g->towns->len)));
      else if (g_str_equal (key, "C"))
        g_string_append (out, PICK (r, countries).capital);
      else if (g_str_equal (key, "P"))
        {
          if (rng_chance (r, 0.5))
            g_string_append_printf (out, "%s %s", PICK (r, western_first), PICK (r, western_last));
          else
            g_string_append_printf (out, "%s %s %s", PICK (r, viet_family), PICK (r, viet_middle), PICK (r, viet_given));
        }
      else if (g_str_equal (key, "Y"))
        g_string_append_printf (out, "%d", rng_range (r, 1990, MAX (1990, latest)));
      else if (g_str_equal (key, "N"))
        g_string_append_printf (out, "%d", rng_range (r, 2, 400));
      else if (g_str_equal (key, "B"))
        g_string_append_printf (out, "%d", rng_range (r, 1, 120));
      else if (g_str_equal (key, "R"))
        g_string_append_printf (out, "%d", rng_range (r, 2, 35));
      else if (g_str_equal (key, "A") || g_str_equal (key, "A2"))
        g_string_append (out, PICK (r, countries).adjective);
      else if (g_str_equal (key, "K") || g_str_equal (key, "K2"))
        g_string_append (out, PICK (r, country_names));
      p = close;
    }
}

/* ---- writing a chunk ------------------------------------------------------------------ */

static void
write_truth_fact (Gen *g, const Fact *f)
{
  FILE *t = g->truth;
  g_autofree char *what = g_strescape (f->what, NULL);
  fprintf (t, "  - {\"id\": %u, \"kind\": \"%s\", \"rule\": \"%s\", \"subject\": \"%s\", \"attribute\": \"%s\", "
              "\"what\": \"%s\", \"value\": \"%s\"",
           f->id, f->kind, f->rule, f->subject, f->attribute, what, f->value);
  if (f->planted)
    fprintf (t, ", \"planted\": \"%s\"", f->planted);
  if (f->global)
    fputs (", \"global\": true", t);
  if (f->against)
    fprintf (t, ", \"against\": %s", f->against);
  /* What makes the agreeing statements differ: a granularity, a wording, or both. */
  gboolean grains = FALSE, wordings = FALSE;
  const Mention *first = NULL;
  for (guint i = 0; i < f->mentions->len; i++)
    {
      const Mention *m = g_ptr_array_index (f->mentions, i);
      if (m->role != ROLE_AGREE)
        continue;
      if (first == NULL)
        first = m;
      else
        {
          grains |= m->dated && m->grain != first->grain;
          wordings |= g_strcmp0 (m->form, first->form) != 0;
        }
    }
  fprintf (t, ", \"varies\": [%s%s%s]", grains ? "\"granularity\"" : "", grains && wordings ? ", " : "",
           wordings ? "\"wording\"" : "");
  fputs (", \"mentions\": [", t);
  for (guint i = 0; i < f->mentions->len; i++)
    {
      const Mention *m = g_ptr_array_index (f->mentions, i);
      fprintf (t, "%s{\"doc\": \"%06u\", \"file\": \"%06u.txt\", \"line\": %u, \"columns\": [%u, %u], \"role\": \"%s\", "
                  "\"value\": \"%s\"}",
               i ? ", " : "", m->doc + 1, m->doc + 1, m->line, m->first, m->last,
               m->role == ROLE_CONFLICT ? "conflict" : "agree", m->value);
    }
  fputs ("]}\n", t);
}

static void
write_doc (Gen *g, Doc *doc)
{
  Rng *r = &g->rng;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GString) title = g_string_new (NULL);
  guint n_mentions = doc->mentions->len;
  guint n_filler = (guint) (n_mentions * FILLER_PER_MENTION * (0.7 + 0.6 * rng_double (r)));
  n_filler = MAX (n_filler, 8);
  guint total = n_mentions + n_filler;
  /* Slots: a mention's index, or -1 for a filler sentence, in a random order. */
  g_autofree int *slots = g_new (int, total);

  for (guint i = 0; i < total; i++)
    slots[i] = i < n_mentions ? (int) i : -1;
  for (guint i = 0; i + 1 < total; i++)
    {
      guint j = i + rng_below (r, total - i);
      int t = slots[i];
      slots[i] = slots[j];
      slots[j] = t;
    }

  expand (g, title, PICK (r, headlines), NULL);
  g_string_append_printf (text, "%s\n\n\n", title->str);
  guint line = 4;
  guint at = 0;
  while (at < total)
    {
      guint len = (guint) rng_range (r, 2, 6);
      gsize start = text->len;
      for (guint k = 0; k < len && at < total; k++, at++)
        {
          if (k > 0)
            g_string_append_c (text, ' ');
          if (slots[at] >= 0)
            {
              Mention *m = g_ptr_array_index (doc->mentions, slots[at]);
              m->line = line;
              m->first = (guint) (text->len - start) + 1;
              g_string_append (text, m->sentence);
              m->last = (guint) (text->len - start);
              g_clear_pointer (&m->sentence, g_free);
            }
          else
            expand (g, text, PICK (r, fillers), &doc->published);
        }
      g_string_append_c (text, '\n');
      line++;
    }

  g_autofree char *path = g_strdup_printf ("%s/%06u.txt", g->corpus_dir, doc->index + 1);
  g_autoptr (GError) error = NULL;
  if (!g_file_set_contents (path, text->str, (gssize) text->len, &error))
    die ("%s", error->message);
  g->n_bytes += text->len;
  g->n_docs++;

  const char *author_first = PICK (r, western_first);
  const char *author_last = PICK (r, western_last);
  fprintf (g->manifest,
           "  - id: \"%06u\"\n    file: %06u.txt\n    title: \"%s\"\n    author: %s %s\n    outlet: \"%s\"\n"
           "    published: %04d-%02d-%02d\n    language: en\n",
           doc->index + 1, doc->index + 1, title->str, author_first, author_last,
           (const char *) g_ptr_array_index (g->outlets, rng_below (r, g->outlets->len)), doc->published.y,
           doc->published.m, doc->published.d);
}

typedef Fact *(*MakeFact) (Gen *g, Doc **docs, guint n, int conflict_at);

/* How often each kind of fact is stated, roughly as the shipped corpus's claims are
 * spread over its rules (offices most, then dates of events, then firsts). */
static const struct {
  MakeFact make;
  guint weight;
} fact_kinds[] = {
  {make_office, 27}, {make_dialogue, 11}, {make_instrument_date, 12}, {make_instrument_areas, 9},
  {make_visit, 13},  {make_first, 8},     {make_funding, 8},
};

static MakeFact
pick_kind (Rng *r)
{
  guint total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (fact_kinds); i++)
    total += fact_kinds[i].weight;
  guint x = rng_below (r, total);
  for (guint i = 0; i < G_N_ELEMENTS (fact_kinds); i++)
    {
      if (x < fact_kinds[i].weight)
        return fact_kinds[i].make;
      x -= fact_kinds[i].weight;
    }
  return fact_kinds[0].make;
}

static void
make_chunk (Gen *g, guint n_docs)
{
  Rng *r = &g->rng;
  g_autofree Doc *docs = g_new0 (Doc, n_docs);
  g_autoptr (GPtrArray) facts = g_ptr_array_new_with_free_func ((GDestroyNotify) fact_free);
  g_autofree guint *open = g_new (guint, n_docs);
  guint n_open = n_docs;

  for (guint i = 0; i < n_docs; i++)
    {
      docs[i].index = g->n_docs + i;
      docs[i].capacity = rng_range (r, 5, 11);
      docs[i].latest = (Day) {FIRST_YEAR, 1, 1};
      docs[i].mentions = g_ptr_array_new ();
      open[i] = i;
    }

  /* Facts, each in 2 to 6 distinct documents that still have room. */
  while (n_open >= 2)
    {
      guint want = (guint) rng_range (r, 2, 6); /* not inside MIN: it evaluates twice */
      guint n = MIN (want, n_open);
      Doc *chosen[6];
      for (guint k = 0; k < n; k++)
        {
          guint j = k + rng_below (r, n_open - k);
          guint t = open[k];
          open[k] = open[j];
          open[j] = t;
          chosen[k] = &docs[open[k]];
        }
      int conflict_at = rng_chance (r, g->conflict_rate) ? (int) rng_below (r, n) : -1;
      g_ptr_array_add (facts, pick_kind (r) (g, chosen, n, conflict_at));
      for (guint k = 0; k < n; k++)
        chosen[k]->capacity--;
      for (guint k = 0; k < n_open;)
        if (docs[open[k]].capacity <= 0)
          open[k] = open[--n_open];
        else
          k++;
    }

  /* Publication dates, then the shared facts a document may state by then. */
  for (guint i = 0; i < n_docs; i++)
    {
      Doc *d = &docs[i];
      guint32 after = day_serial (d->latest) + (guint32) rng_range (r, 3, 540);
      d->published = serial_day (MIN (after, day_serial (LAST_PUBLISHED)));
      static const double chance[] = {
        [GLOBAL_RELATIONS] = 0.12, [GLOBAL_PARTNERSHIP] = 0.05, [GLOBAL_EASED] = 0.04,
        [GLOBAL_PARTLY] = 0.04, [GLOBAL_LIFTED] = 0.04,
      };
      for (guint w = 0; w < GLOBAL_STATUS; w++)
        if (day_cmp (global_facts[w].truth, d->published) < 0 && rng_chance (r, chance[w]))
          add_global (g, d, w);
      if (rng_chance (r, 0.03))
        add_status (g, d);
    }

  for (guint i = 0; i < n_docs; i++)
    write_doc (g, &docs[i]);
  for (guint i = 0; i < facts->len; i++)
    write_truth_fact (g, g_ptr_array_index (facts, i));
  for (guint i = 0; i < n_docs; i++)
    g_ptr_array_unref (docs[i].mentions);
}

/* ---- the world's offices ---------------------------------------------------------------- */

static void
make_posts (Gen *g)
{
  g->posts = g_ptr_array_new ();
  for (guint c = 0; c < G_N_ELEMENTS (countries); c++)
    {
      const Country *country = &countries[c];
      gboolean us = g_str_equal (country->id, "country/us");
      for (guint o = 0; o < G_N_ELEMENTS (offices); o++)
        {
          const Office *office = &offices[o];
          if ((office->us_only && !us) || (office->not_us && us) || (office->head && country->monarchy))
            continue;
          Post *post = g_new0 (Post, 1);
          post->country = country;
          post->office = office;
          post->holders = g_ptr_array_new ();
          for (int year = 1986 - rng_range (&g->rng, 0, 4); year <= LAST_YEAR + 1;)
            {
              Holder *h = g_new0 (Holder, 1);
              h->name = make_name (g, country->style);
              h->slug = slug_of (h->name);
              h->from = year;
              h->to = year + rng_range (&g->rng, 3, 8);
              year = h->to;
              g_ptr_array_add (post->holders, h);
            }
          g_ptr_array_add (g->posts, post);
        }
    }
}

/* ---- the corpus command ---------------------------------------------------------------- */

static void
load_avoid (Gen *g, const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (never_invent); i++)
    g_hash_table_add (g->avoid, g_strdup (never_invent[i]));
  if (path == NULL)
    return;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &text, NULL, &error))
    die ("%s", error->message);
  g_auto (GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_hash_table_add (g->avoid, g_ascii_strdown (words[i], -1));
}

static int
run_corpus (guint64 seed, guint docs, double megabytes, const char *out, double conflict_rate, const char *avoid)
{
  Gen g = {0};
  g.out = g_strdup (out);
  g.corpus_dir = g_build_filename (out, "corpus", NULL);
  g.conflict_rate = conflict_rate;
  g.used_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g.avoid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g.by_kind = g_hash_table_new (g_str_hash, g_str_equal);
  rng_seed (&g.rng, seed);
  load_avoid (&g, avoid);

  if (g_mkdir_with_parents (g.corpus_dir, 0755) != 0)
    die ("%s: cannot create: %s", g.corpus_dir, g_strerror (errno));

  g_autofree char *manifest = g_build_filename (g.corpus_dir, "sources.yaml", NULL);
  g_autofree char *lexicon = g_build_filename (out, "lexicon.yaml", NULL);
  g_autofree char *truth = g_build_filename (out, "truth.yaml", NULL);
  g.manifest = open_out (manifest);
  g.lexicon = open_out (lexicon);
  g.truth = open_out (truth);

  g_autofree char *size = docs ? g_strdup_printf ("--docs %u", docs) : g_strdup_printf ("--megabytes %g", megabytes);
  fprintf (g.manifest, "# Generated by contra-gen --seed %" G_GUINT64_FORMAT " %s --conflict-rate %g: news-like\n"
                       "# articles with planted conflicts (see ../truth.yaml). Not real sources.\nsources:\n",
           seed, size, conflict_rate);
  fprintf (g.lexicon, "# Generated by contra-gen --seed %" G_GUINT64_FORMAT " %s: the invented dialogues, places,\n"
                      "# domains and programmes of the benchmark corpus. Add it to a copy of rules/.\n"
                      "pack: bench\nlexicon:\n",
           seed, size);
  fprintf (g.truth,
           "# Generated by contra-gen --seed %" G_GUINT64_FORMAT " %s --conflict-rate %g.\n"
           "# The facts planted in corpus/: each stated in two or more documents (line, and the\n"
           "# 1-based columns of the sentence). role: conflict marks the statement that contradicts\n"
           "# the others; a fact without one is an agreement, whose statements differ only in\n"
           "# granularity (2011 / September 2011) or wording (varies). Each fact is one line of\n"
           "# flow YAML (JSON), so that a scorer can read the file line by line.\n"
           "seed: %" G_GUINT64_FORMAT "\nconflict_rate: %g\nfacts:\n",
           seed, size, conflict_rate, seed, conflict_rate);

  /* Towns and outlets for filler: invented words that are not in the lexicon. */
  g.towns = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < 400; i++)
    g_ptr_array_add (g.towns, invent_word (&g, 2));
  g.outlets = g_ptr_array_new_with_free_func (g_free);
  static const char *const outlet_forms[] = {"The {w} Herald", "{w} Daily News", "Asia {w} Review", "The {w} Observer",
                                             "{w} Times", "The {w} Monitor"};
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *w = invent_word (&g, 2);
      g_ptr_array_add (g.outlets, fill (outlet_forms[i % G_N_ELEMENTS (outlet_forms)], "w", w, NULL));
    }
  make_posts (&g);

  guint64 target = (guint64) (megabytes * 1e6);
  while (docs ? g.n_docs < docs : g.n_bytes < target)
    {
      guint n = CHUNK;
      if (docs)
        n = MIN (n, docs - g.n_docs);
      else if (g.n_docs > 0)
        {
          /* The last chunk is cut to what the size still needs, at the mean size. */
          guint64 mean = g.n_bytes / g.n_docs;
          guint64 need = (target - g.n_bytes + mean - 1) / mean;
          n = (guint) MIN ((guint64) n, MAX (need, 1));
        }
      make_chunk (&g, MAX (n, 1));
    }
  for (guint w = 0; w < N_GLOBALS; w++)
    if (g.globals[w] != NULL)
      {
        write_truth_fact (&g, g.globals[w]);
        fact_free (g.globals[w]);
      }

  fprintf (g.truth, "summary: {\"documents\": %u, \"bytes\": %" G_GUINT64_FORMAT ", \"facts\": %u, "
                    "\"statements\": %u, \"conflicts\": %u, \"concepts\": %u, \"kinds\": {",
           g.n_docs, g.n_bytes, g.n_facts, g.n_mentions, g.n_conflicts, g.n_concepts);
  g_autoptr (GList) kinds = g_list_sort (g_hash_table_get_keys (g.by_kind), (GCompareFunc) strcmp);
  for (GList *k = kinds; k != NULL; k = k->next)
    fprintf (g.truth, "%s\"%s\": %u", k == kinds ? "" : ", ", (const char *) k->data,
             GPOINTER_TO_UINT (g_hash_table_lookup (g.by_kind, k->data)));
  fputs ("}}\n", g.truth);
  if (fclose (g.manifest) != 0 || fclose (g.lexicon) != 0 || fclose (g.truth) != 0)
    die ("%s: cannot write: %s", out, g_strerror (errno));
  fprintf (stderr, "contra-gen: %u documents, %.1f MB, %u facts, %u statements, %u planted conflicts, %u concepts\n",
           g.n_docs, g.n_bytes / 1e6, g.n_facts, g.n_mentions, g.n_conflicts, g.n_concepts);
  return 0;
}

/* ---- the replicate command ---------------------------------------------------------- */

/* Writes @line to @out with @prefix inserted after the first occurrence of each @keys
 * ("\"path\":\""): the JSON contra writes has no such text inside a string, where
 * every quote is escaped. */
static void
write_renamed (FILE *out, const char *line, const char *const *keys, const char *const *prefixes)
{
  const char *p = line;
  for (guint k = 0; keys[k] != NULL; k++)
    {
      const char *at = strstr (p, keys[k]);
      if (at == NULL)
        continue;
      at += strlen (keys[k]);
      fwrite (p, 1, (size_t) (at - p), out);
      fputs (prefixes[k], out);
      p = at;
    }
  fputs (p, out);
}

static int
run_replicate (const char *in, guint64 n_claims, const char *out_path)
{
  FILE *out = open_out (out_path);
  guint64 written = 0;
  char *line = NULL;
  size_t cap = 0;

  for (guint copy = 0; written < n_claims; copy++)
    {
      FILE *f = fopen (in, "r");
      if (f == NULL)
        die ("%s: cannot read: %s", in, g_strerror (errno));
      g_autofree char *id = g_strdup_printf ("r%u-", copy);
      g_autofree char *path = g_strdup_printf ("r%u/", copy);
      g_autofree char *subject = g_strdup_printf ("r%u:", copy);
      /* Keys in the order contra writes them. */
      const char *source_keys[] = {"\"id\":\"", "\"path\":\"", NULL};
      const char *source_prefixes[] = {id, path};
      const char *claim_keys[] = {"\"source\":\"", "\"path\":\"", "\"subject\":\"", NULL};
      const char *claim_prefixes[] = {id, path, subject};
      guint64 in_copy = 0;
      ssize_t len;
      while (written < n_claims && (len = getline (&line, &cap, f)) > 0)
        {
          gboolean is_claim = strncmp (line, "{\"type\":\"claim\"", 15) == 0;
          if (copy == 0)
            fputs (line, out);
          else if (is_claim)
            write_renamed (out, line, claim_keys, claim_prefixes);
          else
            write_renamed (out, line, source_keys, source_prefixes);
          if (is_claim)
            written++, in_copy++;
        }
      fclose (f);
      if (in_copy == 0)
        die ("%s: no claims to copy", in);
    }
  free (line);
  if (fclose (out) != 0)
    die ("%s: cannot write: %s", out_path, g_strerror (errno));
  return 0;
}

int
main (int argc, char **argv)
{
  gint64 seed = 1;
  gint docs = 0;
  gdouble megabytes = 0;
  gdouble conflict_rate = 0.1;
  g_autofree char *out = NULL;
  g_autofree char *avoid = NULL;
  g_autofree char *replicate = NULL;
  gint64 claims = 0;
  const GOptionEntry entries[] = {
    {"seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the random numbers (default 1)", "N"},
    {"docs", 0, 0, G_OPTION_ARG_INT, &docs, "Number of documents", "N"},
    {"megabytes", 0, 0, G_OPTION_ARG_DOUBLE, &megabytes, "Size of the corpus in MB (10^6 bytes)", "N"},
    {"out", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Output folder (corpus) or file (--replicate)", "DIR"},
    {"conflict-rate", 0, 0, G_OPTION_ARG_DOUBLE, &conflict_rate, "Fraction of facts given a conflicting statement (default 0.1)", "P"},
    {"avoid", 0, 0, G_OPTION_ARG_FILENAME, &avoid, "Words never to invent, one a line (the lexicon's)", "FILE"},
    {"replicate", 0, 0, G_OPTION_ARG_FILENAME, &replicate, "Copy this claims file (JSON Lines) up to --claims claims", "FILE"},
    {"claims", 0, 0, G_OPTION_ARG_INT64, &claims, "With --replicate: how many claims to write", "N"},
    {NULL},
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- write a benchmark corpus for contra");
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_description (context,
                                    "Corpus: contra-gen --seed N (--docs N | --megabytes N) --out DIR\n"
                                    "Claims: contra-gen --replicate IN.jsonl --claims N --out OUT.jsonl");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die ("%s", error->message);
  if (out == NULL)
    die ("--out is required (see --help)");
  if (replicate != NULL)
    {
      if (claims <= 0)
        die ("--replicate needs --claims N");
      return run_replicate (replicate, (guint64) claims, out);
    }
  if ((docs > 0) == (megabytes > 0))
    die ("give one of --docs N or --megabytes N");
  if (conflict_rate < 0 || conflict_rate > 1)
    die ("--conflict-rate is a fraction between 0 and 1");
  return run_corpus ((guint64) seed, (guint) MAX (docs, 0), megabytes, out, conflict_rate, avoid);
}
