/* claims-read.c — claims read back from JSON Lines (io/claims-read.h). */
#include "io/claims-read.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "base/error.h"
#include "base/strutil.h"
#include "extract/claim.h"
#include "io/json-read.h"
#include "normalize/date.h"
#include "normalize/value.h"
/* Only for contra_json_escape(): a message quotes the value at fault as JSON writes it.
 * That escape belongs with the JSON writer and its escapes (output/escape.h); moving
 * both below is left for later. */
#include "output/json.h"

/* ---- reading JSON Lines back ------------------------------------------------------- *
 *
 * A claims file is input like any other: cut short, edited by hand, written by another
 * tool or by an older contra. The reconciler trusts what it is given (a person's term
 * has its label, a partial claim's first term has a head, kinds and types come from
 * fixed sets, a date's first day is not after its last, numbers fit their fields), so
 * each line is checked against everything the extractor guarantees of what it makes
 * before anything of it is kept. The first line that fails stops the read with
 *
 *     FILE:LINE:COLUMN: error: MESSAGE
 *
 * where the column (1-based, in characters) is where the offending value starts, or
 * the object that lacks a member. Members this reader does not know are passed over:
 * a newer contra may add fields (DESIGN.md, JSON). */

/* A value's offset in its line (ContraJsonNode.offset) takes 32 bits. */
G_STATIC_ASSERT (CONTRA_JSONL_MAX_LINE < G_MAXUINT32);

typedef struct {
  const char *path;
  guint line;
  const char *text; /* the line being read: valid UTF-8, no NUL */
  gsize length;
  const ContraRuleSet *rules;
  ContraClaimSet *set;
  GError *error;       /* the line's problem */
  GHashTable *sources; /* path -> source index, of this file and those before */
  char *last_quote;    /* the previous claim's quote, which the next may share */
  ContraText last_text;
  ContraJsonlEach each; /* when not NULL, given each claim instead of @set */
  gpointer each_data;
  guint64 offset; /* where the line being read starts in its file */
} Reader;

/* An object of the line and what a message calls it ("the claim", "a term"). */
typedef struct {
  const ContraJsonNode *node;
  const char *what;
} Object;

/* How a member is wanted. Absent and null are the same to an optional member. */
enum {
  OPTIONAL = 0,
  REQUIRED = 1 << 0,
  NON_EMPTY = 1 << 1, /* strings */
};

static gboolean fail_at (Reader *rd, const ContraJsonNode *at, const char *format, ...) G_GNUC_PRINTF (3, 4);

/* Sets the line's problem, at the column where @at starts; returns FALSE. */
static gboolean
fail_at (Reader *rd, const ContraJsonNode *at, const char *format, ...)
{
  va_list args;

  if (rd->error != NULL)
    return FALSE;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  glong column = g_utf8_strlen (rd->text, (gssize) at->offset) + 1;
  g_set_error (&rd->error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, "%s:%u:%ld: error: %s", rd->path, rd->line,
               column, message);
  return FALSE;
}

/* A value as a message shows it: a string quoted (its start, when it is long), a
 * number as written, or what kind of value it is. */
#define SHOWN_CHARS 40

static char *
describe (const Reader *rd, const ContraJsonNode *node)
{
  if (node->type == CONTRA_JSON_STRING)
    {
      GString *out = g_string_new (NULL);
      gboolean cut = g_utf8_strlen (node->string, -1) > SHOWN_CHARS;
      g_autofree char *shown = cut ? g_utf8_substring (node->string, 0, SHOWN_CHARS) : g_strdup (node->string);
      contra_json_escape (out, shown);
      if (cut)
        g_string_insert (out, (gssize) out->len - 1, "...");
      return g_string_free (out, FALSE);
    }
  if (node->type == CONTRA_JSON_NUMBER)
    {
      gsize n = 0;
      while (node->offset + n < rd->length && n < SHOWN_CHARS && strchr ("+-0123456789.eE", rd->text[node->offset + n]))
        n++;
      return g_strndup (rd->text + node->offset, n);
    }
  if (node->type == CONTRA_JSON_BOOL)
    return g_strdup (node->boolean ? "true" : "false");
  if (node->type == CONTRA_JSON_NULL)
    return g_strdup ("null");
  return g_strdup (node->type == CONTRA_JSON_ARRAY ? "an array" : "an object");
}

/* "'line' must be a whole number from 1 to 4294967295, not "seventeen"". */
static gboolean
wrong (Reader *rd, const ContraJsonNode *node, const char *key, const char *expected)
{
  g_autofree char *found = describe (rd, node);
  return fail_at (rd, node, "'%s' must be %s, not %s", key, expected, found);
}

static gboolean
missing (Reader *rd, const Object *object, const char *key)
{
  return fail_at (rd, object->node, "%s has no '%s'", object->what, key);
}

/* The member @key, or NULL when it is absent or null; FALSE when it is required and
 * absent. A required member that is null is left to the caller's check of its type. */
static gboolean
member (Reader *rd, const Object *object, const char *key, int need, const ContraJsonNode **out)
{
  const ContraJsonNode *node = contra_json_get (object->node, key);

  *out = NULL;
  if (node == NULL)
    return (need & REQUIRED) ? missing (rd, object, key) : TRUE;
  if (node->type == CONTRA_JSON_NULL && !(need & REQUIRED))
    return TRUE;
  *out = node;
  return TRUE;
}

/* The member @key, which must be there (null is left to the caller's check of its
 * type). */
static gboolean
required (Reader *rd, const Object *object, const char *key, const ContraJsonNode **out)
{
  *out = contra_json_get (object->node, key);
  return *out != NULL ? TRUE : missing (rd, object, key);
}

static gboolean
get_object (Reader *rd, const Object *object, const char *key, int need, const ContraJsonNode **out)
{
  if (!member (rd, object, key, need, out))
    return FALSE;
  if (*out != NULL && (*out)->type != CONTRA_JSON_OBJECT)
    return wrong (rd, *out, key, "an object");
  return TRUE;
}

static gboolean
get_string (Reader *rd, const Object *object, const char *key, int need, const char **out)
{
  const ContraJsonNode *node;

  *out = NULL;
  if (!member (rd, object, key, need, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (node->type != CONTRA_JSON_STRING || ((need & NON_EMPTY) && node->string[0] == '\0'))
    return wrong (rd, node, key, (need & NON_EMPTY) ? "a non-empty string" : "a string");
  *out = node->string;
  return TRUE;
}

static gboolean
get_bool (Reader *rd, const Object *object, const char *key, gboolean *out)
{
  const ContraJsonNode *node;

  *out = FALSE;
  if (!member (rd, object, key, OPTIONAL, &node))
    return FALSE;
  if (node != NULL && node->type != CONTRA_JSON_BOOL)
    return wrong (rd, node, key, "true or false");
  *out = node != NULL && node->boolean;
  return TRUE;
}

/* A whole number from @min to @max (at most 2^32, which a double holds exactly), checked
 * before any cast: JSON has one kind of number, and a double out of an integer's
 * range is undefined behaviour to convert. @out is left alone when it is absent. */
static gboolean
get_whole (Reader *rd, const Object *object, const char *key, int need, guint64 min, guint64 max, guint64 *out)
{
  const ContraJsonNode *node;

  if (!member (rd, object, key, need, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (node->type != CONTRA_JSON_NUMBER || !(node->number >= (double) min && node->number <= (double) max)
      || node->number != floor (node->number))
    {
      g_autofree char *expected
        = g_strdup_printf ("a whole number from %" G_GUINT64_FORMAT " to %" G_GUINT64_FORMAT, min, max);
      return wrong (rd, node, key, expected);
    }
  *out = (guint64) node->number;
  return TRUE;
}

/* A finite number (JSON has no infinity, but 1e400 reads as one), at least 0 when
 * @not_negative. Required. */
static gboolean
get_finite (Reader *rd, const Object *object, const char *key, gboolean not_negative, double *out)
{
  const ContraJsonNode *node;

  if (!required (rd, object, key, &node))
    return FALSE;
  if (node->type != CONTRA_JSON_NUMBER || !isfinite (node->number) || (not_negative && node->number < 0))
    return wrong (rd, node, key, not_negative ? "a finite number not below 0" : "a finite number");
  *out = node->number;
  return TRUE;
}

/* One of @n @names: its index, or @out left alone when it is absent. */
static gboolean
get_choice (Reader *rd, const Object *object, const char *key, int need, const char *const *names, guint n, guint *out)
{
  const ContraJsonNode *node;

  if (!member (rd, object, key, need, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  for (guint i = 0; node->type == CONTRA_JSON_STRING && i < n; i++)
    if (g_str_equal (node->string, names[i]))
      {
        *out = i;
        return TRUE;
      }
  GString *expected = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (expected, "%s\"%s\"", i == 0 ? "" : i + 1 < n ? ", " : " or ", names[i]);
  wrong (rd, node, key, expected->str);
  g_string_free (expected, TRUE);
  return FALSE;
}

static gboolean
get_concept (Reader *rd, const ContraJsonNode *node, const char *key, const ContraConcept **out)
{
  if (node->type != CONTRA_JSON_STRING)
    return wrong (rd, node, key, "a concept id");
  *out = contra_lexicon_lookup (rd->rules->lexicon, node->string);
  if (*out == NULL)
    {
      g_autofree char *id = describe (rd, node);
      return fail_at (rd, node, "unknown concept %s (were the claims made with other rules?)", id);
    }
  return TRUE;
}

/* A day as iso_day() writes it, YYYY-MM-DD (a year of four or five digits), to its
 * julian number; 0 for anything else. Read by hand: claim files hold millions. */
static gint32
parse_day (const char *text)
{
  guint y = 0, n = 0;

  while (n < 5 && g_ascii_isdigit (text[n]))
    y = y * 10 + (guint) (text[n++] - '0');
  if (n < 4 || text[n] != '-' || !g_ascii_isdigit (text[n + 1]) || !g_ascii_isdigit (text[n + 2]) || text[n + 3] != '-'
      || !g_ascii_isdigit (text[n + 4]) || !g_ascii_isdigit (text[n + 5]) || text[n + 6] != '\0')
    return 0;
  guint m = (guint) (text[n + 1] - '0') * 10 + (guint) (text[n + 2] - '0');
  guint d = (guint) (text[n + 4] - '0') * 10 + (guint) (text[n + 5] - '0');
  if (y > G_MAXUINT16 || m > 12 || d > 31 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return 0;
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return (gint32) g_date_get_julian (&date);
}

static gboolean
get_day (Reader *rd, const Object *object, const char *key, gint32 *out, const ContraJsonNode **node)
{
  if (!required (rd, object, key, node))
    return FALSE;
  *out = (*node)->type == CONTRA_JSON_STRING ? parse_day ((*node)->string) : 0;
  if (*out == 0)
    return wrong (rd, *node, key, "a day written YYYY-MM-DD");
  return TRUE;
}

/* The members first, last, grain and flags of @object: a date that is set, as every
 * date the extractor writes is. */
static gboolean
read_date (Reader *rd, const Object *object, ContraDate *date)
{
  const ContraJsonNode *first, *last;
  guint grain = 0;
  guint64 flags = 0;

  if (!get_day (rd, object, "first", &date->first, &first) || !get_day (rd, object, "last", &date->last, &last))
    return FALSE;
  if (date->first > date->last)
    {
      g_autofree char *a = describe (rd, first), *b = describe (rd, last);
      return fail_at (rd, first, "'first' (%s) is after 'last' (%s)", a, b);
    }
  /* "none" is the grain of a date that is not set. */
  if (!get_choice (rd, object, "grain", REQUIRED, contra_grain_names + 1, G_N_ELEMENTS (contra_grain_names) - 2, &grain)
      || !get_whole (rd, object, "flags", OPTIONAL, 0, G_MAXUINT8, &flags))
    return FALSE;
  if (flags & ~(guint64) CONTRA_DATE_KNOWN_FLAGS)
    {
      g_autofree char *expected = g_strdup_printf ("a sum of known date flags (at most %d)", CONTRA_DATE_KNOWN_FLAGS);
      return wrong (rd, contra_json_get (object->node, "flags"), "flags", expected);
    }
  date->grain = (guint8) (grain + 1);
  date->flags = (guint8) flags;
  return TRUE;
}

/* A term: a concept as "head", or a person (or a date) as "name" and "label"; and up
 * to CONTRA_TERM_MAX_QUALIFIERS concepts as "qualifiers". @head_needed names what
 * needs a head, or is NULL. */
static gboolean
read_term (Reader *rd, const ContraJsonNode *node, const char *key, const char *head_needed, ContraTerm *term)
{
  Object object = {node, "a term"};
  const ContraJsonNode *head, *qualifiers;
  const char *name, *label;

  memset (term, 0, sizeof *term);
  if (node->type != CONTRA_JSON_OBJECT)
    return wrong (rd, node, key, "an object (a term)");
  if (!member (rd, &object, "head", OPTIONAL, &head))
    return FALSE;
  if (head != NULL)
    {
      if (!get_concept (rd, head, "head", &term->head))
        return FALSE;
      const ContraJsonNode *other = contra_json_get (node, "name");
      other = other != NULL ? other : contra_json_get (node, "label");
      if (other != NULL)
        return fail_at (rd, other, "a term has a 'head' or a 'name' and 'label', not both");
    }
  else if (head_needed != NULL)
    return fail_at (rd, node, "%s needs a 'head'", head_needed);
  else
    {
      if (!get_string (rd, &object, "name", REQUIRED | NON_EMPTY, &name)
          || !get_string (rd, &object, "label", REQUIRED | NON_EMPTY, &label))
        return FALSE;
      term->name = contra_intern (name);
      term->label = contra_intern (label);
    }

  if (!member (rd, &object, "qualifiers", OPTIONAL, &qualifiers))
    return FALSE;
  if (qualifiers != NULL && (qualifiers->type != CONTRA_JSON_ARRAY || qualifiers->n_items > CONTRA_TERM_MAX_QUALIFIERS))
    return wrong (rd, qualifiers, "qualifiers",
                  "an array of at most " G_STRINGIFY (CONTRA_TERM_MAX_QUALIFIERS) " concept ids");
  for (guint i = 0; qualifiers != NULL && i < qualifiers->n_items; i++)
    if (!get_concept (rd, qualifiers->items[i], "qualifiers", &term->qualifiers[term->n_qualifiers++]))
      return FALSE;
  return TRUE;
}

static gboolean
read_set (Reader *rd, const Object *object, ContraValue *value)
{
  const ContraJsonNode *items, *labels;
  guint64 stated = 0;

  if (!required (rd, object, "normalized", &items) || !required (rd, object, "labels", &labels)
      || !get_whole (rd, object, "stated", OPTIONAL, 0, G_MAXUINT, &stated))
    return FALSE;
  if (items->type != CONTRA_JSON_ARRAY)
    return wrong (rd, items, "normalized", "an array of strings");
  if (labels->type != CONTRA_JSON_ARRAY || labels->n_items != items->n_items)
    {
      g_autofree char *expected = g_strdup_printf ("an array of %u strings, one for each item", items->n_items);
      return wrong (rd, labels, "labels", expected);
    }
  for (guint i = 0; i < items->n_items; i++)
    {
      if (items->items[i]->type != CONTRA_JSON_STRING)
        return wrong (rd, items->items[i], "normalized", "an array of strings");
      if (labels->items[i]->type != CONTRA_JSON_STRING)
        return wrong (rd, labels->items[i], "labels", "an array of strings");
    }
  char **ids = g_new0 (char *, items->n_items + 1);
  char **texts = g_new0 (char *, items->n_items + 1);
  for (guint i = 0; i < items->n_items; i++)
    {
      ids[i] = g_strdup (items->items[i]->string);
      texts[i] = g_strdup (labels->items[i]->string);
    }
  contra_value_set_take (value, ids, texts, (guint) stated);
  return TRUE;
}

/* A concept value: its id, and the term it was read as (a concept and its qualifiers),
 * whose head's id or whole key the id is. */
static gboolean
read_concept (Reader *rd, const Object *object, ContraValue *value, const ContraTerm **term)
{
  const ContraJsonNode *id, *node;
  ContraTerm read;

  if (!required (rd, object, "normalized", &id) || !member (rd, object, "term", OPTIONAL, &node))
    return FALSE;
  if (id->type != CONTRA_JSON_STRING || id->string[0] == '\0')
    return wrong (rd, id, "normalized", "a non-empty string");
  value->u.id = contra_intern (id->string);
  if (node == NULL)
    return TRUE;
  if (!read_term (rd, node, "term", "a value's term", &read))
    return FALSE;
  *term = contra_terms_intern (&read, 1);
  if (g_str_equal (id->string, read.head->id))
    return TRUE;
  g_autofree char *key = contra_terms_key (&read, 1);
  if (!g_str_equal (id->string, key))
    {
      g_autofree char *expected = g_strdup_printf ("its term's concept \"%s\" or key \"%s\"", read.head->id, key);
      return wrong (rd, id, "normalized", expected);
    }
  return TRUE;
}

static gboolean
read_amount (Reader *rd, const Object *object, ContraAmount *amount)
{
  const char *unit;
  const ContraJsonNode *high;
  guint bound = 0;

  if (!member (rd, object, "high", OPTIONAL, &high))
    return FALSE;
  if (!get_finite (rd, object, "amount", FALSE, &amount->value)
      || !get_finite (rd, object, "precision", TRUE, &amount->precision)
      || !get_choice (rd, object, "bound", REQUIRED, contra_bound_names, G_N_ELEMENTS (contra_bound_names) - 1, &bound)
      || !get_string (rd, object, "unit", OPTIONAL, &unit))
    return FALSE;
  amount->bound = (guint8) bound;
  amount->unit = unit != NULL ? contra_unit_intern (unit) : NULL;
  amount->high = amount->value;
  amount->range = FALSE;
  if (high != NULL)
    {
      if (high->type != CONTRA_JSON_NUMBER || !isfinite (high->number) || !(high->number > amount->value))
        return wrong (rd, high, "high", "a finite number above 'amount'");
      amount->high = high->number;
      amount->range = TRUE;
    }
  return TRUE;
}

static gboolean
read_value (Reader *rd, const ContraJsonNode *node, ContraValue *value, const ContraTerm **term)
{
  Object object = {node, "the value"};
  const char *types[CONTRA_VALUE_NAME], *text, *id;
  guint type = 0;

  /* "none" is no value a claim has. */
  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    types[k] = contra_value_type_name ((ContraValueType) (k + 1));
  if (!get_choice (rd, &object, "type", REQUIRED, types, G_N_ELEMENTS (types), &type)
      || !get_string (rd, &object, "text", OPTIONAL, &text))
    return FALSE;
  value->text = g_strdup (text);
  switch ((ContraValueType) (type + 1))
    {
    case CONTRA_VALUE_DATE:
      value->type = CONTRA_VALUE_DATE;
      return read_date (rd, &object, &value->u.date);
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      value->type = (ContraValueType) (type + 1);
      return read_amount (rd, &object, &value->u.amount);
    case CONTRA_VALUE_SET:
      /* contra_value_set_take() sets the type, and keeps the text. */
      return read_set (rd, &object, value);
    case CONTRA_VALUE_CONCEPT:
      value->type = CONTRA_VALUE_CONCEPT;
      return read_concept (rd, &object, value, term);
    case CONTRA_VALUE_NAME:
      value->type = CONTRA_VALUE_NAME;
      if (!get_string (rd, &object, "normalized", REQUIRED | NON_EMPTY, &id))
        return FALSE;
      value->u.id = contra_intern (id);
      return TRUE;
    case CONTRA_VALUE_NONE:
      break;
    }
  g_return_val_if_reached (FALSE);
}

/* The subject's terms: at least one (a claim has a subject), at most a rule makes. */
static gboolean
read_terms (Reader *rd, const Object *object, ContraClaim *claim)
{
  ContraTerm read[CONTRA_RULE_MAX_SUBJECT_PARTS];
  const ContraJsonNode *terms;

  if (!required (rd, object, "terms", &terms))
    return FALSE;
  if (terms->type != CONTRA_JSON_ARRAY || terms->n_items == 0 || terms->n_items > G_N_ELEMENTS (read))
    return wrong (rd, terms, "terms", "an array of 1 to " G_STRINGIFY (CONTRA_RULE_MAX_SUBJECT_PARTS) " terms");
  /* The reconciler links a partial claim through the concept of its first term. */
  for (guint i = 0; i < terms->n_items; i++)
    if (!read_term (rd, terms->items[i], "terms", i == 0 && claim->partial ? "a partial claim's first term" : NULL,
                    &read[i]))
      return FALSE;
  claim->terms = contra_terms_intern (read, terms->n_items);
  claim->n_terms = (guint8) terms->n_items;
  return TRUE;
}

/* line:column to end_line:end_column, in order; start to end, in order. */
static gboolean
read_span (Reader *rd, const Object *object, ContraClaim *claim)
{
  guint64 line = 0, column = 0, end_line = 0, end_column = 0, start = 0, end = 0;

  if (!get_whole (rd, object, "line", REQUIRED, 1, G_MAXUINT32, &line)
      || !get_whole (rd, object, "column", REQUIRED, 1, G_MAXUINT32, &column)
      || !get_whole (rd, object, "end_line", REQUIRED, 1, G_MAXUINT32, &end_line)
      || !get_whole (rd, object, "end_column", REQUIRED, 1, G_MAXUINT32, &end_column)
      || !get_whole (rd, object, "start", REQUIRED, 0, G_MAXUINT32, &start)
      || !get_whole (rd, object, "end", REQUIRED, 0, G_MAXUINT32, &end))
    return FALSE;
  if (end_line < line || (end_line == line && end_column < column))
    return fail_at (rd, contra_json_get (object->node, "end_line"),
                    "the claim ends (line %" G_GUINT64_FORMAT ", column %" G_GUINT64_FORMAT
                    ") before it starts (line %" G_GUINT64_FORMAT ", column %" G_GUINT64_FORMAT ")",
                    end_line, end_column, line, column);
  if (end < start)
    return fail_at (rd, contra_json_get (object->node, "end"),
                    "'end' (%" G_GUINT64_FORMAT ") is before 'start' (%" G_GUINT64_FORMAT ")", end, start);
  claim->line = (guint32) line;
  claim->column = (guint32) column;
  claim->end_line = (guint32) end_line;
  claim->end_column = (guint32) end_column;
  claim->start = (guint32) start;
  claim->end = (guint32) end;
  return TRUE;
}

static gboolean
read_source_of (Reader *rd, const Object *object, ContraClaim *claim)
{
  const ContraJsonNode *path, *id;
  gpointer index;

  if (!required (rd, object, "path", &path) || !member (rd, object, "source", OPTIONAL, &id))
    return FALSE;
  if (path->type != CONTRA_JSON_STRING)
    return wrong (rd, path, "path", "a string");
  if (!g_hash_table_lookup_extended (rd->sources, path->string, NULL, &index))
    {
      g_autofree char *shown = describe (rd, path);
      return fail_at (rd, path, "a claim names a source that no earlier line describes: %s", shown);
    }
  claim->source = GPOINTER_TO_UINT (index);
  /* Claims name their source by path; the id, when given, must be that source's. */
  const ContraSource *source = g_ptr_array_index (rd->set->sources, claim->source);
  if (id != NULL && (id->type != CONTRA_JSON_STRING || !g_str_equal (id->string, source->id)))
    {
      g_autofree char *expected = g_strdup_printf ("the id of the source at that path, \"%s\"", source->id);
      return wrong (rd, id, "source", expected);
    }
  return TRUE;
}

/* Who says it, and how: polarity, modality, section and commenter. */
static gboolean
read_voice (Reader *rd, const Object *object, ContraClaim *claim)
{
  const char *polarities[CONTRA_POLARITY_NEGATED + 1], *modalities[CONTRA_MODALITY_HEDGED + 1], *author;
  guint polarity = 0, modality = 0, section = 0;

  for (guint k = 0; k < G_N_ELEMENTS (polarities); k++)
    polarities[k] = contra_polarity_name ((ContraPolarity) k);
  for (guint k = 0; k < G_N_ELEMENTS (modalities); k++)
    modalities[k] = contra_modality_name ((ContraModality) k);

  if (!get_choice (rd, object, "polarity", REQUIRED, polarities, G_N_ELEMENTS (polarities), &polarity)
      || !get_choice (rd, object, "modality", REQUIRED, modalities, G_N_ELEMENTS (modalities), &modality)
      || !get_choice (rd, object, "section", REQUIRED, contra_section_kind_names, G_N_ELEMENTS (contra_section_kind_names) - 1, &section)
      || !get_string (rd, object, "author", NON_EMPTY, &author))
    return FALSE;
  /* Only a comment's claims are its author's. */
  if (author != NULL && section != CONTRA_SECTION_COMMENT)
    return fail_at (rd, contra_json_get (object->node, "author"), "'author' is for claims in a comment, not in %s",
                    section == CONTRA_SECTION_BODY ? "the body" : "notes");
  claim->polarity = (guint8) polarity;
  claim->modality = (guint8) modality;
  claim->section = (guint8) section;
  claim->section_author = author != NULL ? contra_intern (author) : NULL;
  return TRUE;
}

/* What the rule says of the claim: its status on a scale, how it compares, its
 * severity. */
static gboolean
read_rule_fields (Reader *rd, const Object *object, ContraClaim *claim)
{
  const char *topic;
  guint64 rank = 0;
  guint compare = CONTRA_COMPARE_DEFAULT, severity = CONTRA_SEVERITY_NONE;
  gboolean always, at_most;

  if (!get_bool (rd, object, "always", &always) || !get_whole (rd, object, "status_rank", OPTIONAL, 0, G_MAXINT8, &rank)
      || !get_bool (rd, object, "status_at_most", &at_most)
      || !get_choice (rd, object, "compare", OPTIONAL, contra_compare_names, G_N_ELEMENTS (contra_compare_names) - 1,
                      &compare)
      || !get_choice (rd, object, "severity", OPTIONAL, contra_severity_names, G_N_ELEMENTS (contra_severity_names) - 1,
                      &severity)
      || !get_string (rd, object, "topic", OPTIONAL, &topic))
    return FALSE;
  gboolean ranked = contra_json_get (object->node, "status_rank") != NULL
                    && contra_json_get (object->node, "status_rank")->type != CONTRA_JSON_NULL;
  if (at_most && !ranked)
    return fail_at (rd, contra_json_get (object->node, "status_at_most"), "'status_at_most' needs a 'status_rank'");
  claim->always = always;
  claim->status_rank = ranked ? (gint8) rank : -1;
  claim->status_at_most = at_most;
  claim->compare = (guint8) compare;
  claim->severity = (guint8) severity;
  claim->topic = topic != NULL ? contra_intern (topic) : NULL;
  return TRUE;
}

static ContraClaim *
read_claim (Reader *rd, const ContraJsonNode *node)
{
  g_autoptr (ContraClaim) claim = contra_claim_new ();
  Object object = {node, "the claim"};
  const ContraJsonNode *value, *time;
  const char *rule, *subject, *attribute, *quote, *time_text;
  guint kind = 0;
  guint64 family = 0, sentence = 0, frame = 0;
  gboolean partial;

  if (!read_source_of (rd, &object, claim) || !get_string (rd, &object, "rule", REQUIRED | NON_EMPTY, &rule)
      || !get_string (rd, &object, "subject", REQUIRED | NON_EMPTY, &subject)
      || !get_string (rd, &object, "attribute", REQUIRED | NON_EMPTY, &attribute)
      || !get_choice (rd, &object, "kind", REQUIRED, contra_rule_kind_names, G_N_ELEMENTS (contra_rule_kind_names) - 1,
                      &kind)
      || !get_bool (rd, &object, "partial", &partial))
    return NULL;
  claim->rule = contra_intern (rule);
  claim->subject = contra_intern (subject);
  claim->attribute = contra_intern (attribute);
  claim->kind = (guint8) kind;
  claim->partial = partial;

  /* The subject is the key the extractor made of the terms, but nothing relies on
   * that: claims group by the one and compare by the other, and bench/gen.c renames
   * subjects on purpose. */
  if (!read_terms (rd, &object, claim))
    return NULL;
  /* The leading terms that name what a step belongs to: all, or all but the step. */
  if (!get_whole (rd, &object, "family", REQUIRED, 1, claim->n_terms, &family))
    return NULL;
  claim->n_family = (guint8) family;

  if (!get_object (rd, &object, "value", REQUIRED, &value)
      || !read_value (rd, value, &claim->value, &claim->value_term))
    return NULL;
  /* "time" is the time range as a person reads it; the range is what counts. */
  if (!get_string (rd, &object, "time", OPTIONAL, &time_text)
      || !get_object (rd, &object, "time_range", OPTIONAL, &time))
    return NULL;
  if (time != NULL && !read_date (rd, &(Object){time, "the time range"}, &claim->time))
    return NULL;

  if (!read_voice (rd, &object, claim) || !read_rule_fields (rd, &object, claim) || !read_span (rd, &object, claim)
      || !get_string (rd, &object, "quote", REQUIRED, &quote)
      || !get_whole (rd, &object, "sentence", REQUIRED, 0, G_MAXUINT32, &sentence)
      || !get_whole (rd, &object, "frame", REQUIRED, 0, G_MAXUINT32, &frame))
    return NULL;
  claim->sentence = (guint32) sentence;
  claim->frame = (guint32) frame;
  /* A scan (contra_jsonl_scan()) reads the line again for the quote. */
  if (rd->each != NULL)
    return g_steal_pointer (&claim);
  /* The claims of one sentence come one after another and share its quote. */
  if (g_strcmp0 (quote, rd->last_quote) != 0)
    {
      g_free (rd->last_quote);
      rd->last_quote = g_strdup (quote);
      rd->last_text = contra_text_add (quote, -1);
    }
  claim->quote = rd->last_text;
  return g_steal_pointer (&claim);
}

static gboolean
read_source (Reader *rd, const ContraJsonNode *node)
{
  Object object = {node, "the source"};
  const char *id, *path, *title, *author, *outlet, *published;
  const ContraJsonNode *id_node;
  gboolean draft;
  ContraDate date = CONTRA_DATE_INIT;
  gpointer index;

  if (!get_string (rd, &object, "id", REQUIRED | NON_EMPTY, &id)
      || !get_string (rd, &object, "path", REQUIRED | NON_EMPTY, &path)
      || !get_string (rd, &object, "title", OPTIONAL, &title) || !get_string (rd, &object, "author", OPTIONAL, &author)
      || !get_string (rd, &object, "outlet", OPTIONAL, &outlet)
      || !get_string (rd, &object, "published", OPTIONAL, &published) || !get_bool (rd, &object, "draft", &draft))
    return FALSE;
  if (published != NULL && !contra_date_parse (published, &date))
    return wrong (rd, contra_json_get (node, "published"), "published", "a date");
  /* A source seen before (in an earlier shard: each lists the sources of its claims)
   * is the same source, under the same id. */
  id_node = contra_json_get (node, "id");
  if (g_hash_table_lookup_extended (rd->sources, path, NULL, &index))
    {
      const ContraSource *seen = g_ptr_array_index (rd->set->sources, GPOINTER_TO_UINT (index));
      if (!g_str_equal (seen->id, id))
        {
          g_autofree char *expected
            = g_strdup_printf ("\"%s\", as an earlier line says of the source at that path", seen->id);
          return wrong (rd, id_node, "id", expected);
        }
      return TRUE;
    }
  ContraSource *source = contra_source_new (id, path, title, author, outlet, &date, draft);
  g_hash_table_insert (rd->sources, source->path, GUINT_TO_POINTER (rd->set->sources->len));
  g_ptr_array_add (rd->set->sources, source);
  return TRUE;
}

/* One line, without its end: a source or a claim added to the set, or a blank line.
 * FALSE with rd->error set when it is refused. */
static gboolean
read_line (Reader *rd, const char *line, gsize length)
{
  /* Trailing white space goes, as g_strchomp() takes it. */
  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  if (length == 0)
    return TRUE;
  rd->text = line;
  rd->length = length;
  const char *bad = NULL;
  if (!contra_utf8_validate (line, length, &bad))
    {
      /* The characters before it are valid, and can be counted. */
      ContraJsonNode at = {.offset = (guint32) (bad - line)};
      return fail_at (rd, &at, "invalid UTF-8");
    }

  g_autoptr (GError) problem = NULL;
  gsize offset = 0;
  g_autoptr (ContraJsonNode) root = contra_json_parse_located (line, length, &offset, &problem);
  if (root == NULL)
    {
      ContraJsonNode at = {.offset = (guint32) offset};
      return fail_at (rd, &at, "%s", problem->message);
    }
  Object object = {root, "the line"};
  const ContraJsonNode *type = contra_json_get (root, "type");
  gboolean is_source = type != NULL && type->type == CONTRA_JSON_STRING && g_str_equal (type->string, "source");
  gboolean is_claim = type != NULL && type->type == CONTRA_JSON_STRING && g_str_equal (type->string, "claim");
  if (!is_source && !is_claim)
    return fail_at (rd, type != NULL ? type : root, "each line must be {\"type\": \"source\"|\"claim\", ...}");

  const ContraJsonNode *body;
  if (!get_object (rd, &object, is_source ? "source" : "claim", REQUIRED, &body))
    return FALSE;
  if (is_source)
    return read_source (rd, body);
  ContraClaim *claim = read_claim (rd, body);
  if (claim == NULL)
    return FALSE;
  if (rd->each != NULL)
    rd->each (claim, rd->offset, (guint32) length, rd->each_data);
  else
    g_ptr_array_add (rd->set->claims, claim);
  return TRUE;
}

/* Sources already in the set (from earlier shards) keep their index. */
static void
reader_init (Reader *rd, const char *name, const ContraRuleSet *rules, ContraClaimSet *set, GHashTable *sources)
{
  *rd = (Reader){.path = name, .rules = rules, .set = set, .sources = sources};
  for (guint i = 0; i < set->sources->len; i++)
    {
      ContraSource *s = g_ptr_array_index (set->sources, i);
      g_hash_table_insert (sources, s->path, GUINT_TO_POINTER (i));
    }
}

/* Ends a read: a refused file adds nothing to the set. */
static gboolean
reader_finish (Reader *rd, gboolean ok, guint n_sources, guint n_claims, GError **error)
{
  g_free (rd->last_quote);
  if (!ok)
    {
      g_ptr_array_set_size (rd->set->claims, n_claims);
      g_ptr_array_set_size (rd->set->sources, n_sources);
      if (rd->error != NULL)
        g_propagate_error (error, g_steal_pointer (&rd->error));
    }
  return ok;
}

struct _ContraJsonlReader {
  Reader rd;
  GHashTable *sources;
  guint n_sources, n_claims;
};

ContraJsonlReader *
contra_jsonl_reader_new (const char *name, const ContraRuleSet *rules, ContraClaimSet *set)
{
  ContraJsonlReader *reader = g_new0 (ContraJsonlReader, 1);

  reader->sources = g_hash_table_new (g_str_hash, g_str_equal);
  reader->n_sources = set->sources->len;
  reader->n_claims = set->claims->len;
  reader_init (&reader->rd, name, rules, set, reader->sources);
  return reader;
}

gboolean
contra_jsonl_reader_line (ContraJsonlReader *reader, const char *line, gsize length, GError **error)
{
  Reader *rd = &reader->rd;

  rd->line++;
  if (length > CONTRA_JSONL_MAX_LINE)
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_TOO_LARGE,
                   "%s:%u:1: error: the line is longer than %u MiB, the limit for a line of claims", rd->path, rd->line,
                   CONTRA_JSONL_MAX_LINE >> 20);
      return FALSE;
    }
  if (!read_line (rd, line, length))
    {
      g_propagate_error (error, g_steal_pointer (&rd->error));
      return FALSE;
    }
  return TRUE;
}

void
contra_jsonl_reader_finish (ContraJsonlReader *reader, gboolean keep)
{
  reader_finish (&reader->rd, keep, reader->n_sources, reader->n_claims, NULL);
  g_hash_table_unref (reader->sources);
  g_free (reader);
}

/* Claim files run to hundreds of megabytes: they are read in large blocks and each line
 * is parsed where it lies, not copied out. Lines end at "\n" (JSON Lines); a "\r"
 * before it goes with the trailing white space. A line longer than
 * CONTRA_JSONL_MAX_LINE is refused rather than read on: /dev/zero has no end. */
#define READ_BLOCK (1024 * 1024)

static gboolean
read_file (const char *path, const ContraRuleSet *rules, ContraClaimSet *set, ContraJsonlEach each, gpointer data,
           GError **error)
{
  g_autoptr (GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  Reader rd;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: error: cannot read: %s", path,
                   g_strerror (saved));
      return FALSE;
    }
  reader_init (&rd, path, rules, set, sources);
  rd.each = each;
  rd.each_data = data;
  /* Claims are added only once the whole file is read: a refused file adds nothing. */
  guint n_sources = set->sources->len, n_claims = set->claims->len;

  /* buffer[0, used) holds what is read and not yet parsed: the start of a line. */
  gsize capacity = READ_BLOCK;
  gsize used = 0;
  guint64 base = 0; /* where buffer[0] lies in the file */
  g_autofree char *buffer = g_malloc (capacity);
  gboolean ok = TRUE;
  for (;;)
    {
      gssize n = read (fd, buffer + used, capacity - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (&rd.error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: error: cannot read: %s", path,
                       g_strerror (saved));
          ok = FALSE;
          break;
        }
      gboolean at_end = n == 0;
      used += (gsize) n;

      const char *line = buffer;
      const char *stop = buffer + used;
      while (ok && line < stop)
        {
          const char *newline = memchr (line, '\n', (gsize) (stop - line));
          /* The last line need not end in "\n". */
          if (newline == NULL && !at_end)
            break;
          const char *end = newline != NULL ? newline : stop;
          rd.line++;
          rd.offset = base + (guint64) (line - buffer);
          ok = read_line (&rd, line, (gsize) (end - line));
          line = newline != NULL ? newline + 1 : stop;
        }
      if (!ok || at_end)
        break;
      used = (gsize) (stop - line);
      base += (guint64) (line - buffer);
      memmove (buffer, line, used);
      /* A line longer than the buffer: a larger one, up to the limit (and its "\n"). */
      if (used == capacity)
        {
          if (capacity > CONTRA_JSONL_MAX_LINE)
            {
              g_set_error (&rd.error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_TOO_LARGE,
                           "%s:%u:1: error: the line is longer than %u MiB, the limit for a line of claims", path,
                           rd.line + 1, CONTRA_JSONL_MAX_LINE >> 20);
              ok = FALSE;
              break;
            }
          capacity = MIN (capacity * 2, (gsize) CONTRA_JSONL_MAX_LINE + 1);
          buffer = g_realloc (buffer, capacity);
        }
    }
  close (fd);
  return reader_finish (&rd, ok, n_sources, n_claims, error);
}

gboolean
contra_jsonl_read (const char *path, const ContraRuleSet *rules, ContraClaimSet *set, GError **error)
{
  return read_file (path, rules, set, NULL, NULL, error);
}

gboolean
contra_jsonl_scan (const char *path, const ContraRuleSet *rules, ContraClaimSet *set, ContraJsonlEach each,
                   gpointer data, GError **error)
{
  return read_file (path, rules, set, each, data, error);
}
