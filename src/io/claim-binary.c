/* claim-binary.c — claims and sources in a compact, checked binary form
 * (io/claim-binary.h).
 *
 * A form: an 8-byte tag (what it holds, and the version of the layout), a 64-bit
 * checksum of what follows (base/checksum.h), then the fields, little-endian: bytes
 * and 32-bit words, doubles as their 64 bits, and strings as a 32-bit length (all ones
 * for a string that is absent), the bytes, and a NUL, so that a string is used where it
 * lies. A claim:
 *
 *   kind polarity modality section compare severity status_rank flags n_terms n_family
 *                                                  (a byte each; flags: partial 1,
 *                                                   always 2, status_at_most 4)
 *   line column end_line end_column start end sentence frame        (32 bits each)
 *   rule subject attribute topic author quote                       (strings)
 *   terms (n_terms of them), the time range (a byte: set or not, then a date), the value
 *
 * a term: a byte (1: a concept, 0: a person), the concept's id or the name and label,
 * a byte of qualifiers and their ids; a date: first and last day (32 bits), grain and
 * flags (a byte each); a value: its type (a byte), its text, then by type an amount
 * (value, a byte for a range, its high end if it is one, precision, a byte of bound,
 * the unit), a set (a count, the items, their labels, the stated count), a concept
 * (its id, then a byte and a term when it has one), a name (its key), or a date.
 * A source: id, path, title, author, outlet, its date (as the time range) and a byte,
 * whether it is a draft.
 *
 * What a form holds is what the JSON line holds, field for field: a claim read from
 * either is the same, which tests/io/test_claim_binary.c checks on every field.
 */
#include "io/claim-binary.h"

#include <math.h>
#include <string.h>

#include "base/checksum.h"
#include "base/diagnostic.h"
#include "base/error.h"
#include "base/strutil.h"
#include "rules/rule.h"
#include "text/document.h"

static const char claim_tag[8] = {'c', 'n', 't', 'r', 'c', 'l', 'm', '1'};
static const char source_tag[8] = {'c', 'n', 't', 'r', 's', 'r', 'c', '1'};

#define HEADER 16
#define ABSENT G_MAXUINT32

enum {
  FLAG_PARTIAL = 1 << 0,
  FLAG_ALWAYS = 1 << 1,
  FLAG_AT_MOST = 1 << 2,
};

/* ---- writing ------------------------------------------------------------------ */

static void
put_u8 (GByteArray *out, guint8 value)
{
  g_byte_array_append (out, &value, 1);
}

static void
put_u32 (GByteArray *out, guint32 value)
{
  guint32 le = GUINT32_TO_LE (value);
  g_byte_array_append (out, (const guint8 *) &le, sizeof le);
}

static void
put_double (GByteArray *out, double value)
{
  guint64 bits;

  memcpy (&bits, &value, sizeof bits);
  bits = GUINT64_TO_LE (bits);
  g_byte_array_append (out, (const guint8 *) &bits, sizeof bits);
}

/* @string, or its absence when NULL. */
static void
put_string (GByteArray *out, const char *string)
{
  if (string == NULL)
    {
      put_u32 (out, ABSENT);
      return;
    }
  gsize length = strlen (string);
  put_u32 (out, (guint32) length);
  g_byte_array_append (out, (const guint8 *) string, (guint) length + 1);
}

static void
put_date (GByteArray *out, const ContraDate *date)
{
  put_u32 (out, (guint32) date->first);
  put_u32 (out, (guint32) date->last);
  put_u8 (out, date->grain);
  put_u8 (out, date->flags);
}

/* A date that may be unset: a byte, then the date when it is set. */
static void
put_optional_date (GByteArray *out, const ContraDate *date)
{
  put_u8 (out, contra_date_is_set (date));
  if (contra_date_is_set (date))
    put_date (out, date);
}

static void
put_term (GByteArray *out, const ContraTerm *term)
{
  put_u8 (out, term->head != NULL);
  if (term->head != NULL)
    put_string (out, term->head->id);
  else
    {
      put_string (out, term->name);
      put_string (out, term->label);
    }
  put_u8 (out, term->n_qualifiers);
  for (guint i = 0; i < term->n_qualifiers; i++)
    put_string (out, term->qualifiers[i]->id);
}

/* What contra_json_write_value() writes of @value and @term. */
static void
put_value (GByteArray *out, const ContraValue *value, const ContraTerm *term)
{
  put_u8 (out, (guint8) value->type);
  put_string (out, value->text);
  switch (value->type)
    {
    case CONTRA_VALUE_DATE:
      put_date (out, &value->u.date);
      break;
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      put_double (out, value->u.amount.value);
      put_u8 (out, value->u.amount.range != 0);
      if (value->u.amount.range)
        put_double (out, value->u.amount.high);
      put_double (out, value->u.amount.precision);
      put_u8 (out, value->u.amount.bound);
      put_string (out, value->u.amount.unit);
      break;
    case CONTRA_VALUE_SET:
      put_u32 (out, value->u.set.n_items);
      for (guint i = 0; i < value->u.set.n_items; i++)
        put_string (out, value->u.set.items[i]);
      for (guint i = 0; i < value->u.set.n_items; i++)
        put_string (out, value->u.set.labels != NULL ? value->u.set.labels[i] : value->u.set.items[i]);
      put_u32 (out, value->u.set.stated);
      break;
    case CONTRA_VALUE_CONCEPT:
      put_string (out, value->u.id != NULL ? value->u.id : "");
      put_u8 (out, term != NULL && term->head != NULL);
      if (term != NULL && term->head != NULL)
        put_term (out, term);
      break;
    case CONTRA_VALUE_NAME:
      put_string (out, value->u.id != NULL ? value->u.id : "");
      break;
    case CONTRA_VALUE_NONE:
      break;
    }
}

/* Starts a form at the end of @out; returns where it starts. */
static guint
begin_form (GByteArray *out, const char tag[8])
{
  guint start = out->len;
  static const guint8 zeros[8] = {0};

  g_byte_array_append (out, (const guint8 *) tag, 8);
  g_byte_array_append (out, zeros, sizeof zeros);
  return start;
}

static void
end_form (GByteArray *out, guint start)
{
  guint64 sum = GUINT64_TO_LE (contra_checksum (out->data + start + HEADER, out->len - start - HEADER));

  memcpy (out->data + start + 8, &sum, sizeof sum);
}

void
contra_claim_binary_write (GByteArray *out, const ContraClaim *claim)
{
  g_return_if_fail (out != NULL && claim != NULL);

  guint start = begin_form (out, claim_tag);
  guint8 head[10] = {
    claim->kind,
    claim->polarity,
    claim->modality,
    claim->section,
    claim->compare,
    claim->severity,
    (guint8) claim->status_rank,
    (guint8) ((claim->partial ? FLAG_PARTIAL : 0) | (claim->always ? FLAG_ALWAYS : 0)
              | (claim->status_at_most && claim->status_rank >= 0 ? FLAG_AT_MOST : 0)),
    claim->n_terms,
    claim->n_family,
  };
  g_byte_array_append (out, head, sizeof head);
  const guint32 words[] = {claim->line,  claim->column, claim->end_line, claim->end_column,
                           claim->start, claim->end,    claim->sentence, claim->frame};
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    put_u32 (out, words[i]);
  g_autofree char *quote = contra_claim_quote (claim);
  const char *strings[] = {claim->rule, claim->subject, claim->attribute, claim->topic, claim->section_author, quote};
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    put_string (out, strings[i]);
  for (guint i = 0; i < claim->n_terms; i++)
    put_term (out, &claim->terms[i]);
  put_optional_date (out, &claim->time);
  put_value (out, &claim->value, claim->value_term);
  end_form (out, start);
}

void
contra_source_binary_write (GByteArray *out, const ContraSource *source)
{
  g_return_if_fail (out != NULL && source != NULL);

  guint start = begin_form (out, source_tag);
  const char *strings[] = {source->id, source->path, source->title, source->author, source->outlet};
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    put_string (out, strings[i]);
  put_optional_date (out, &source->published);
  put_u8 (out, source->is_draft != FALSE);
  end_form (out, start);
}

/* ---- reading ------------------------------------------------------------------ */

/* The bytes left to read, and the first problem found (a static string); once there
 * is one, every read gives zeros and absent strings, so that a reader checks once at
 * the end of a run of reads, and nothing reads past the end. */
typedef struct {
  const guint8 *at, *end;
  const char *problem;
  char *owned; /* the problem when it is made for the form, or NULL */
} Cursor;

static gboolean
refuse (Cursor *c, const char *problem)
{
  if (c->problem == NULL)
    c->problem = problem;
  c->at = c->end;
  return FALSE;
}

static gboolean
take (Cursor *c, gsize n)
{
  if (c->problem != NULL)
    return FALSE;
  if ((gsize) (c->end - c->at) < n)
    return refuse (c, "it is cut short");
  return TRUE;
}

static guint8
get_u8 (Cursor *c)
{
  if (!take (c, 1))
    return 0;
  return *c->at++;
}

static guint32
get_u32 (Cursor *c)
{
  guint32 le;

  if (!take (c, sizeof le))
    return 0;
  memcpy (&le, c->at, sizeof le);
  c->at += sizeof le;
  return GUINT32_FROM_LE (le);
}

static double
get_double (Cursor *c)
{
  guint64 bits;
  double value;

  if (!take (c, sizeof bits))
    return 0;
  memcpy (&bits, c->at, sizeof bits);
  c->at += sizeof bits;
  bits = GUINT64_FROM_LE (bits);
  memcpy (&value, &bits, sizeof value);
  return value;
}

/* A string where it lies (valid UTF-8, no NUL inside, a NUL after), or NULL when it is
 * absent or refused. */
static const char *
get_string (Cursor *c)
{
  guint32 length = get_u32 (c);

  if (c->problem != NULL || length == ABSENT)
    return NULL;
  if ((gsize) (c->end - c->at) <= length)
    {
      refuse (c, "it is cut short");
      return NULL;
    }
  const char *string = (const char *) c->at;
  if (string[length] != '\0' || !contra_utf8_validate (string, length, NULL))
    {
      refuse (c, "a string is not UTF-8 without NUL");
      return NULL;
    }
  c->at += length + 1;
  return string;
}

/* A string that must be there, and not be empty. */
static const char *
get_word (Cursor *c, const char *what)
{
  const char *string = get_string (c);

  if (c->problem == NULL && (string == NULL || string[0] == '\0'))
    refuse (c, what);
  return string;
}

/* The julian number of the last day contra writes (65535-12-31: years have five
 * digits at most). */
static gint32
last_day (void)
{
  static gsize last;

  if (g_once_init_enter (&last))
    {
      GDate date;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 31, 12, G_MAXUINT16);
      g_once_init_leave (&last, g_date_get_julian (&date));
    }
  return (gint32) last;
}

/* A date as read_date() in io/claims-read.c takes it: set, days in order, a known
 * grain and flags. */
static void
get_date (Cursor *c, ContraDate *date)
{
  date->first = (gint32) get_u32 (c);
  date->last = (gint32) get_u32 (c);
  date->grain = get_u8 (c);
  date->flags = get_u8 (c);
  if (c->problem == NULL
      && (date->first < 1 || date->first > date->last || date->last > last_day () || date->grain == CONTRA_GRAIN_NONE
          || date->grain > CONTRA_GRAIN_CENTURY || (date->flags & ~CONTRA_DATE_KNOWN_FLAGS) != 0))
    refuse (c, "a date is not one contra makes");
}

static void
get_optional_date (Cursor *c, ContraDate *date)
{
  guint8 set = get_u8 (c);

  *date = (ContraDate) CONTRA_DATE_INIT;
  if (set > 1)
    refuse (c, "a date is not one contra makes");
  else if (set)
    get_date (c, date);
}

struct _ContraClaimBinaryReader {
  const ContraLexicon *lexicon;
  char *last_quote; /* the previous claim's quote, which the next may share */
  ContraText last_text;
};

ContraClaimBinaryReader *
contra_claim_binary_reader_new (const ContraLexicon *lexicon)
{
  ContraClaimBinaryReader *reader = g_new0 (ContraClaimBinaryReader, 1);

  reader->lexicon = lexicon;
  return reader;
}

void
contra_claim_binary_reader_free (ContraClaimBinaryReader *reader)
{
  if (reader == NULL)
    return;
  g_free (reader->last_quote);
  g_free (reader);
}

static const ContraConcept *
get_concept (ContraClaimBinaryReader *reader, Cursor *c)
{
  const char *id = get_string (c);

  if (c->problem != NULL)
    return NULL;
  const ContraConcept *concept = id != NULL ? contra_lexicon_lookup (reader->lexicon, id) : NULL;
  if (concept == NULL)
    {
      c->owned = g_strdup_printf ("it names a concept the rules do not know, \"%s\" (were the claims made with "
                                  "other rules?)",
                                  id != NULL ? id : "");
      refuse (c, c->owned);
    }
  return concept;
}

/* A term; @head_needed when a person will not do. */
static void
get_term (ContraClaimBinaryReader *reader, Cursor *c, gboolean head_needed, ContraTerm *term)
{
  memset (term, 0, sizeof *term);
  guint8 is_concept = get_u8 (c);
  if (is_concept > 1 || (head_needed && !is_concept))
    {
      refuse (c, "a term is not one contra makes");
      return;
    }
  if (is_concept)
    term->head = get_concept (reader, c);
  else
    {
      const char *name = get_word (c, "a person's term has no name"),
                 *label = get_word (c, "a person's term has no label");
      if (c->problem != NULL)
        return;
      term->name = contra_intern (name);
      term->label = contra_intern (label);
    }
  guint8 n = get_u8 (c);
  if (n > CONTRA_TERM_MAX_QUALIFIERS)
    refuse (c, "a term has too many qualifiers");
  for (guint i = 0; c->problem == NULL && i < n; i++)
    term->qualifiers[term->n_qualifiers++] = get_concept (reader, c);
}

static void
get_amount (Cursor *c, ContraAmount *amount)
{
  amount->value = get_double (c);
  guint8 range = get_u8 (c);
  amount->high = range == 1 ? get_double (c) : amount->value;
  amount->range = range == 1;
  amount->precision = get_double (c);
  amount->bound = get_u8 (c);
  const char *unit = get_string (c);
  if (c->problem != NULL)
    return;
  if (range > 1 || !isfinite (amount->value) || !isfinite (amount->precision) || amount->precision < 0
      || amount->bound > CONTRA_BOUND_LESS_THAN
      || (range && !(isfinite (amount->high) && amount->high > amount->value)))
    refuse (c, "an amount is not one contra makes");
  else
    amount->unit = unit != NULL ? contra_unit_intern (unit) : NULL;
}

static void
get_set (Cursor *c, ContraValue *value)
{
  guint32 n = get_u32 (c);

  /* Each string takes five bytes at least (its length and NUL): an item and its label. */
  if (c->problem == NULL && n > (gsize) (c->end - c->at) / 10)
    refuse (c, "it is cut short");
  if (c->problem != NULL)
    return;
  g_auto (GStrv) items = g_new0 (char *, n + 1), labels = g_new0 (char *, n + 1);
  for (guint i = 0; i < 2 * n; i++)
    {
      const char *string = get_string (c);
      if (string == NULL)
        {
          refuse (c, "a list's item is missing");
          return;
        }
      if (i < n)
        items[i] = g_strdup (string);
      else
        labels[i - n] = g_strdup (string);
    }
  guint32 stated = get_u32 (c);
  if (c->problem == NULL)
    contra_value_set_take (value, g_steal_pointer (&items), g_steal_pointer (&labels), stated);
}

/* A concept value: its id, the head's or the whole key of its term when it has one. */
static void
get_concept_value (ContraClaimBinaryReader *reader, Cursor *c, ContraValue *value, const ContraTerm **term)
{
  const char *id = get_word (c, "a concept value has no id");
  guint8 has_term = get_u8 (c);
  ContraTerm read;

  if (c->problem != NULL)
    return;
  value->u.id = contra_intern (id);
  if (has_term > 1)
    refuse (c, "a concept value is not one contra makes");
  if (has_term != 1)
    return;
  get_term (reader, c, TRUE, &read);
  if (c->problem != NULL)
    return;
  *term = contra_terms_intern (&read, 1);
  if (g_str_equal (id, read.head->id))
    return;
  g_autofree char *key = contra_terms_key (&read, 1);
  if (!g_str_equal (id, key))
    refuse (c, "a concept value's id is not its term's");
}

static void
get_value (ContraClaimBinaryReader *reader, Cursor *c, ContraValue *value, const ContraTerm **term)
{
  guint8 type = get_u8 (c);
  const char *text = get_string (c);

  if (c->problem != NULL)
    return;
  if (type == CONTRA_VALUE_NONE || type > CONTRA_VALUE_NAME)
    {
      refuse (c, "a value is not of a type contra makes");
      return;
    }
  value->text = g_strdup (text);
  switch ((ContraValueType) type)
    {
    case CONTRA_VALUE_DATE:
      value->type = CONTRA_VALUE_DATE;
      get_date (c, &value->u.date);
      break;
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      value->type = (ContraValueType) type;
      get_amount (c, &value->u.amount);
      break;
    case CONTRA_VALUE_SET:
      /* contra_value_set_take() sets the type, and keeps the text. */
      get_set (c, value);
      break;
    case CONTRA_VALUE_CONCEPT:
      value->type = CONTRA_VALUE_CONCEPT;
      get_concept_value (reader, c, value, term);
      break;
    case CONTRA_VALUE_NAME:
      value->type = CONTRA_VALUE_NAME;
      value->u.id = contra_intern (get_word (c, "a name value has no key"));
      break;
    case CONTRA_VALUE_NONE:
      break;
    }
}

/* Opens the form @data: its tag and checksum. */
static Cursor
open_form (const guint8 *data, gsize length, const char tag[8])
{
  Cursor c = {data, data + length, NULL, NULL};

  if (length < HEADER || memcmp (data, tag, 8) != 0)
    refuse (&c, "it is not in the form this contra writes");
  else
    {
      guint64 sum;
      memcpy (&sum, data + 8, sizeof sum);
      if (GUINT64_FROM_LE (sum) != contra_checksum (data + HEADER, length - HEADER))
        refuse (&c, "its checksum is not that of its bytes");
      c.at += HEADER;
    }
  return c;
}

/* TRUE when the form was read whole; else sets @error. */
static gboolean
close_form (Cursor *c, const char *what, GError **error)
{
  if (c->problem == NULL && c->at != c->end)
    refuse (c, "it has bytes after its end");
  if (c->problem == NULL)
    return TRUE;
  g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, "%s: %s", what, c->problem);
  g_free (c->owned);
  return FALSE;
}

/* The kinds, voices and choices of the claim's first bytes, against their fixed sets. */
static gboolean
head_valid (const guint8 head[10])
{
  return head[0] < G_N_ELEMENTS (contra_rule_kind_names) - 1 && head[1] <= CONTRA_POLARITY_NEGATED
         && head[2] <= CONTRA_MODALITY_HEDGED && head[3] < G_N_ELEMENTS (contra_section_kind_names) - 1
         && head[4] < G_N_ELEMENTS (contra_compare_names) - 1 && head[5] < G_N_ELEMENTS (contra_severity_names) - 1
         && (head[6] <= G_MAXINT8 || head[6] == (guint8) -1)
         && (head[7] & ~(FLAG_PARTIAL | FLAG_ALWAYS | FLAG_AT_MOST)) == 0
         && (!(head[7] & FLAG_AT_MOST) || head[6] <= G_MAXINT8) && head[8] >= 1
         && head[8] <= CONTRA_RULE_MAX_SUBJECT_PARTS && head[9] >= 1 && head[9] <= head[8];
}

ContraClaim *
contra_claim_binary_read (ContraClaimBinaryReader *reader, const guint8 *data, gsize length, guint32 source,
                          GError **error)
{
  g_return_val_if_fail (reader != NULL && (data != NULL || length == 0), NULL);

  Cursor c = open_form (data, length, claim_tag);
  g_autoptr (ContraClaim) claim = contra_claim_new ();
  guint8 head[10] = {0};
  guint32 words[8] = {0};

  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    head[i] = get_u8 (&c);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    words[i] = get_u32 (&c);
  if (c.problem == NULL && !head_valid (head))
    refuse (&c, "a kind, a voice or a count is not one contra makes");
  /* line:column to end_line:end_column in order, and start to end. */
  if (c.problem == NULL
      && (words[0] == 0 || words[1] == 0 || words[2] == 0 || words[3] == 0 || words[2] < words[0]
          || (words[2] == words[0] && words[3] < words[1]) || words[5] < words[4]))
    refuse (&c, "the claim's span is not in order");
  const char *rule = get_word (&c, "the claim has no rule"), *subject = get_word (&c, "the claim has no subject");
  const char *attribute = get_word (&c, "the claim has no attribute"), *topic = get_string (&c);
  const char *author = get_string (&c), *quote = get_string (&c);
  if (c.problem == NULL && quote == NULL)
    refuse (&c, "the claim has no quote");
  /* Only a comment's claims are its author's. */
  if (c.problem == NULL && author != NULL && (author[0] == '\0' || head[3] != CONTRA_SECTION_COMMENT))
    refuse (&c, "the claim's author is not a commenter's");
  if (c.problem == NULL)
    {
      ContraTerm terms[CONTRA_RULE_MAX_SUBJECT_PARTS];
      /* The reconciler links a partial claim through the concept of its first term. */
      for (guint i = 0; c.problem == NULL && i < head[8]; i++)
        get_term (reader, &c, i == 0 && (head[7] & FLAG_PARTIAL), &terms[i]);
      if (c.problem == NULL)
        claim->terms = contra_terms_intern (terms, head[8]);
    }
  get_optional_date (&c, &claim->time);
  get_value (reader, &c, &claim->value, &claim->value_term);
  if (!close_form (&c, "a claim's row", error))
    return NULL;

  claim->kind = head[0];
  claim->polarity = head[1];
  claim->modality = head[2];
  claim->section = head[3];
  claim->compare = head[4];
  claim->severity = head[5];
  claim->status_rank = (gint8) head[6];
  claim->partial = (head[7] & FLAG_PARTIAL) != 0;
  claim->always = (head[7] & FLAG_ALWAYS) != 0;
  claim->status_at_most = (head[7] & FLAG_AT_MOST) != 0;
  claim->n_terms = head[8];
  claim->n_family = head[9];
  claim->line = words[0];
  claim->column = words[1];
  claim->end_line = words[2];
  claim->end_column = words[3];
  claim->start = words[4];
  claim->end = words[5];
  claim->sentence = words[6];
  claim->frame = words[7];
  claim->source = source;
  claim->rule = contra_intern (rule);
  claim->subject = contra_intern (subject);
  claim->attribute = contra_intern (attribute);
  claim->topic = topic != NULL ? contra_intern (topic) : NULL;
  claim->section_author = author != NULL ? contra_intern (author) : NULL;
  /* The claims of one sentence come one after another and share its quote. */
  if (g_strcmp0 (quote, reader->last_quote) != 0)
    {
      g_free (reader->last_quote);
      reader->last_quote = g_strdup (quote);
      reader->last_text = contra_text_add (quote, -1);
    }
  claim->quote = reader->last_text;
  return g_steal_pointer (&claim);
}

ContraSource *
contra_source_binary_read (const guint8 *data, gsize length, GError **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  Cursor c = open_form (data, length, source_tag);
  const char *id = get_word (&c, "the source has no id"), *path = get_word (&c, "the source has no path");
  const char *title = get_string (&c), *author = get_string (&c), *outlet = get_string (&c);
  ContraDate published;
  get_optional_date (&c, &published);
  guint8 draft = get_u8 (&c);
  if (c.problem == NULL && draft > 1)
    refuse (&c, "the source is not one contra makes");
  if (!close_form (&c, "a source's row", error))
    return NULL;

  return contra_source_new (id, path, title, author, outlet, &published, draft);
}
