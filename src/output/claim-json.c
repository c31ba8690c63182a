#include "output/claim-json.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "base/error.h"
#include "extract/claim.h"

static const char *const grain_names[] = {
  "none", "day", "week", "month", "season", "year", "decade", "century",
};
static const char *const bound_names[] = {
  "exact", "about", "at-least", "more-than", "at-most", "less-than",
};
static const char *const section_names[] = {"body", "comment", "notes"};
static const char *const compare_names[] = {"default", "unique", "at-time", "never"};

static int
name_index (const char *const *names, guint n, const char *name, int fallback)
{
  for (guint i = 0; name != NULL && i < n; i++)
    if (g_str_equal (names[i], name))
      return (int) i;
  return fallback;
}

static char *
iso_day (gint32 julian)
{
  GDate date;

  if (julian <= 0)
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) julian);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static gboolean
is_digits (const char *text, guint n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gint32
parse_iso_day (const char *text)
{
  int y, m, d;

  if (text == NULL)
    return 0;
  /* The form iso_day() writes is read by hand: claim files hold millions of dates,
   * and sscanf() is slow for so plain a form. Any other goes to sscanf() as before. */
  if (is_digits (text, 4) && text[4] == '-' && is_digits (text + 5, 2) && text[7] == '-' && is_digits (text + 8, 2)
      && text[10] == '\0')
    {
      y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
      m = (text[5] - '0') * 10 + (text[6] - '0');
      d = (text[8] - '0') * 10 + (text[9] - '0');
    }
  else if (sscanf (text, "%d-%d-%d", &y, &m, &d) != 3)
    return 0;
  if (!g_date_valid_dmy (d, m, y))
    return 0;
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return (gint32) g_date_get_julian (&date);
}

static void
write_date_fields (ContraJson *json, const ContraDate *date)
{
  g_autofree char *first = iso_day (date->first);
  g_autofree char *last = iso_day (date->last);

  contra_json_member_string (json, "first", first);
  contra_json_member_string (json, "last", last);
  contra_json_member_string (json, "grain", grain_names[date->grain]);
  if (date->flags != 0)
    contra_json_member_int (json, "flags", date->flags);
}

static void
write_term (ContraJson *json, const ContraTerm *term)
{
  contra_json_begin_object (json);
  if (term->head != NULL)
    contra_json_member_string (json, "head", term->head->id);
  else
    {
      contra_json_member_string (json, "name", term->name);
      contra_json_member_string (json, "label", term->label);
    }
  if (term->n_qualifiers > 0)
    {
      contra_json_key (json, "qualifiers");
      contra_json_begin_array (json);
      for (guint i = 0; i < term->n_qualifiers; i++)
        contra_json_string (json, term->qualifiers[i]->id);
      contra_json_end_array (json);
    }
  contra_json_end_object (json);
}

void
contra_json_write_value (ContraJson *json, const ContraValue *value, const ContraTerm *term)
{
  g_autofree char *normalized = contra_value_format (value);

  contra_json_begin_object (json);
  contra_json_member_string (json, "type", contra_value_type_name (value->type));
  contra_json_member_string (json, "text", value->text);
  contra_json_key (json, "normalized");
  switch (value->type)
    {
    case CONTRA_VALUE_SET:
      contra_json_begin_array (json);
      for (guint i = 0; i < value->u.set.n_items; i++)
        contra_json_string (json, value->u.set.items[i]);
      contra_json_end_array (json);
      contra_json_key (json, "labels");
      contra_json_begin_array (json);
      for (guint i = 0; i < value->u.set.n_items; i++)
        contra_json_string (json, value->u.set.labels ? value->u.set.labels[i] : value->u.set.items[i]);
      contra_json_end_array (json);
      if (value->u.set.stated > 0)
        contra_json_member_int (json, "stated", value->u.set.stated);
      break;
    case CONTRA_VALUE_DATE:
      contra_json_string (json, normalized);
      write_date_fields (json, &value->u.date);
      break;
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      contra_json_string (json, normalized);
      contra_json_key (json, "amount");
      contra_json_double (json, value->u.amount.value);
      contra_json_key (json, "precision");
      contra_json_double (json, value->u.amount.precision);
      contra_json_member_string (json, "bound", bound_names[value->u.amount.bound]);
      contra_json_member_string (json, "unit", value->u.amount.unit);
      break;
    case CONTRA_VALUE_CONCEPT:
      contra_json_string (json, normalized);
      if (term != NULL && term->head != NULL)
        {
          contra_json_key (json, "term");
          write_term (json, term);
        }
      break;
    default:
      contra_json_string (json, normalized);
      break;
    }
  contra_json_end_object (json);
}

void
contra_json_write_source (ContraJson *json, const ContraSource *source)
{
  g_autofree char *published = contra_date_is_set (&source->published) ? contra_date_format (&source->published) : NULL;

  contra_json_begin_object (json);
  contra_json_member_string (json, "id", source->id);
  contra_json_member_string (json, "path", source->path);
  contra_json_member_string (json, "title", source->title);
  contra_json_member_string (json, "author", source->author);
  contra_json_member_string (json, "outlet", source->outlet);
  contra_json_member_string (json, "published", published);
  if (source->is_draft)
    contra_json_member_bool (json, "draft", TRUE);
  contra_json_end_object (json);
}

void
contra_json_write_claim (ContraJson *json, const ContraClaimSet *set, const ContraClaim *claim, gboolean full)
{
  const ContraSource *source = g_ptr_array_index (set->sources, claim->source);
  g_autofree char *time = contra_date_is_set (&claim->time) ? contra_date_format (&claim->time) : NULL;

  contra_json_begin_object (json);
  contra_json_member_string (json, "source", source->id);
  contra_json_member_string (json, "path", source->path);
  contra_json_member_int (json, "line", claim->line);
  contra_json_member_int (json, "column", claim->column);
  contra_json_member_int (json, "end_line", claim->end_line);
  contra_json_member_int (json, "end_column", claim->end_column);
  g_autofree char *quote = contra_claim_quote (claim);
  contra_json_member_string (json, "quote", quote);
  contra_json_key (json, "value");
  contra_json_write_value (json, &claim->value, claim->value_term);
  contra_json_member_string (json, "rule", claim->rule);
  contra_json_member_string (json, "subject", claim->subject);
  contra_json_member_string (json, "attribute", claim->attribute);
  contra_json_member_string (json, "time", time);
  contra_json_member_string (json, "polarity", contra_polarity_name (claim->polarity));
  contra_json_member_string (json, "modality", contra_modality_name (claim->modality));
  contra_json_member_string (json, "section", section_names[claim->section]);
  if (claim->section_author != NULL)
    contra_json_member_string (json, "author", claim->section_author);
  if (full)
    {
      contra_json_member_string (json, "kind", contra_rule_kind_name (claim->kind));
      contra_json_key (json, "terms");
      contra_json_begin_array (json);
      for (guint i = 0; i < claim->n_terms; i++)
        write_term (json, &claim->terms[i]);
      contra_json_end_array (json);
      contra_json_member_int (json, "family", claim->n_family);
      if (claim->partial)
        contra_json_member_bool (json, "partial", TRUE);
      if (contra_date_is_set (&claim->time))
        {
          contra_json_key (json, "time_range");
          contra_json_begin_object (json);
          write_date_fields (json, &claim->time);
          contra_json_end_object (json);
        }
      if (claim->always)
        contra_json_member_bool (json, "always", TRUE);
      if (claim->status_rank >= 0)
        {
          contra_json_member_int (json, "status_rank", claim->status_rank);
          if (claim->status_at_most)
            contra_json_member_bool (json, "status_at_most", TRUE);
        }
      if (claim->compare != CONTRA_COMPARE_DEFAULT)
        contra_json_member_string (json, "compare", compare_names[claim->compare]);
      if (claim->severity != CONTRA_SEVERITY_NONE)
        contra_json_member_string (json, "severity", contra_severity_name (claim->severity));
      contra_json_member_string (json, "topic", claim->topic);
      contra_json_member_int (json, "start", (gint64) claim->start);
      contra_json_member_int (json, "end", (gint64) claim->end);
      contra_json_member_int (json, "sentence", claim->sentence);
      contra_json_member_int (json, "frame", claim->frame);
    }
  contra_json_end_object (json);
}

/* ---- reading JSON Lines back ------------------------------------------------------- */

typedef struct {
  const char *path;
  guint line;
  const ContraRuleSet *rules;
  const char *problem;
  char *problem_detail;
  char *last_quote;          /* the previous claim's quote, which the next may share */
  ContraText last_text;
} Reader;

static const ContraConcept *
concept_or_fail (Reader *rd, const char *id)
{
  const ContraConcept *c = id ? contra_lexicon_lookup (rd->rules->lexicon, id) : NULL;
  if (c == NULL && rd->problem == NULL)
    {
      rd->problem = "unknown concept (were the claims made with other rules?)";
      g_free (rd->problem_detail);
      rd->problem_detail = g_strdup (id ? id : "(none)");
    }
  return c;
}

static void
read_term (Reader *rd, const ContraJsonNode *node, ContraTerm *term)
{
  memset (term, 0, sizeof *term);
  const char *head = contra_json_get_string (node, "head");
  if (head != NULL)
    term->head = concept_or_fail (rd, head);
  else
    {
      const char *name = contra_json_get_string (node, "name");
      term->name = name ? g_intern_string (name) : NULL;
      const char *label = contra_json_get_string (node, "label");
      term->label = label ? g_intern_string (label) : NULL;
    }
  const ContraJsonNode *qualifiers = contra_json_get (node, "qualifiers");
  for (guint i = 0; qualifiers != NULL && qualifiers->type == CONTRA_JSON_ARRAY && i < qualifiers->n_items
                    && term->n_qualifiers < CONTRA_TERM_MAX_QUALIFIERS; i++)
    {
      const ContraJsonNode *q = qualifiers->items[i];
      const ContraConcept *c = q->type == CONTRA_JSON_STRING ? concept_or_fail (rd, q->string) : NULL;
      if (c != NULL)
        term->qualifiers[term->n_qualifiers++] = c;
    }
}

static void
read_date (const ContraJsonNode *node, ContraDate *date)
{
  date->first = parse_iso_day (contra_json_get_string (node, "first"));
  date->last = parse_iso_day (contra_json_get_string (node, "last"));
  date->grain = (guint8) name_index (grain_names, G_N_ELEMENTS (grain_names), contra_json_get_string (node, "grain"), 0);
  date->flags = (guint8) contra_json_get_number (node, "flags", 0);
  if (date->first == 0 || date->last == 0)
    date->grain = CONTRA_GRAIN_NONE;
}

static gboolean
read_value (Reader *rd, const ContraJsonNode *node, ContraValue *value, const ContraTerm **term)
{
  ContraValueType type;

  const char *type_name = contra_json_get_string (node, "type");
  if (type_name == NULL || !contra_value_type_parse (type_name, &type))
    {
      rd->problem = "a claim's value has no known type";
      return FALSE;
    }
  value->type = type;
  value->text = g_strdup (contra_json_get_string (node, "text"));
  switch (type)
    {
    case CONTRA_VALUE_DATE:
      read_date (node, &value->u.date);
      break;
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      {
        value->u.amount.value = contra_json_get_number (node, "amount", 0);
        value->u.amount.precision = contra_json_get_number (node, "precision", 0);
        value->u.amount.bound = (guint8) name_index (bound_names, G_N_ELEMENTS (bound_names),
                                                     contra_json_get_string (node, "bound"), 0);
        const char *unit = contra_json_get_string (node, "unit");
        value->u.amount.unit = unit ? contra_unit_intern (unit) : NULL;
        break;
      }
    case CONTRA_VALUE_SET:
      {
        const ContraJsonNode *items = contra_json_get (node, "normalized");
        const ContraJsonNode *labels = contra_json_get (node, "labels");
        guint n = items && items->type == CONTRA_JSON_ARRAY ? items->n_items : 0;
        char **ids = g_new0 (char *, n + 1);
        char **texts = g_new0 (char *, n + 1);
        for (guint i = 0; i < n; i++)
          {
            const ContraJsonNode *item = items->items[i];
            const ContraJsonNode *label = labels && labels->type == CONTRA_JSON_ARRAY && i < labels->n_items
                                            ? labels->items[i] : item;
            ids[i] = g_strdup (item->string ? item->string : "");
            texts[i] = g_strdup (label->string ? label->string : ids[i]);
          }
        char *text = value->text;
        value->text = NULL;
        contra_value_set_take (value, ids, texts, (guint) contra_json_get_number (node, "stated", 0));
        value->text = text;
        break;
      }
    case CONTRA_VALUE_CONCEPT:
      {
        const char *id = contra_json_get_string (node, "normalized");
        value->u.id = id ? g_intern_string (id) : NULL;
        const ContraJsonNode *t = contra_json_get (node, "term");
        if (t != NULL)
          {
            ContraTerm read;
            read_term (rd, t, &read);
            *term = contra_terms_intern (&read, 1);
          }
        break;
      }
    case CONTRA_VALUE_NAME:
      {
        const char *id = contra_json_get_string (node, "normalized");
        value->u.id = id ? g_intern_string (id) : NULL;
        break;
      }
    case CONTRA_VALUE_NONE:
      break;
    }
  return TRUE;
}

static ContraClaim *
read_claim (Reader *rd, const ContraJsonNode *node, GHashTable *sources)
{
  g_autoptr (ContraClaim) claim = contra_claim_new ();
  const char *source_key = contra_json_get_string (node, "path");
  gpointer index;

  if (source_key == NULL || !g_hash_table_lookup_extended (sources, source_key, NULL, &index))
    {
      rd->problem = "a claim names a source that no earlier line describes";
      return NULL;
    }
  claim->source = GPOINTER_TO_UINT (index);

  const char *rule = contra_json_get_string (node, "rule");
  const char *subject = contra_json_get_string (node, "subject");
  const char *attribute = contra_json_get_string (node, "attribute");
  const char *kind = contra_json_get_string (node, "kind");
  if (rule == NULL || subject == NULL || attribute == NULL || kind == NULL)
    {
      rd->problem = "a claim lacks rule, subject, attribute or kind (write shards with --format jsonl)";
      return NULL;
    }
  claim->rule = g_intern_string (rule);
  claim->subject = g_intern_string (subject);
  claim->attribute = g_intern_string (attribute);
  for (guint k = 0; k <= CONTRA_RULE_OFFICE; k++)
    if (g_str_equal (contra_rule_kind_name ((ContraRuleKind) k), kind))
      claim->kind = (ContraRuleKind) k;

  const ContraJsonNode *value = contra_json_get (node, "value");
  if (value == NULL || !read_value (rd, value, &claim->value, &claim->value_term))
    {
      if (rd->problem == NULL)
        rd->problem = "a claim has no value";
      return NULL;
    }

  const ContraJsonNode *terms = contra_json_get (node, "terms");
  ContraTerm read[CONTRA_RULE_MAX_SUBJECT_PARTS];
  guint n_terms = terms && terms->type == CONTRA_JSON_ARRAY ? terms->n_items : 0;
  if (n_terms > G_N_ELEMENTS (read))
    {
      rd->problem = "a claim's subject has more terms than a rule can make";
      return NULL;
    }
  for (guint i = 0; i < n_terms; i++)
    read_term (rd, terms->items[i], &read[i]);
  claim->terms = contra_terms_intern (read, n_terms);
  claim->n_terms = (guint8) n_terms;
  claim->n_family = (guint8) MIN (contra_json_get_number (node, "family", n_terms), n_terms);
  claim->partial = contra_json_get_bool (node, "partial", FALSE);
  const ContraJsonNode *time = contra_json_get (node, "time_range");
  if (time != NULL)
    read_date (time, &claim->time);
  const char *polarity = contra_json_get_string (node, "polarity");
  claim->polarity = g_strcmp0 (polarity, "negated") == 0 ? CONTRA_POLARITY_NEGATED : CONTRA_POLARITY_ASSERTED;
  const char *modality = contra_json_get_string (node, "modality");
  for (guint m = 0; m <= CONTRA_MODALITY_HEDGED; m++)
    if (g_strcmp0 (modality, contra_modality_name ((ContraModality) m)) == 0)
      claim->modality = (ContraModality) m;
  claim->always = contra_json_get_bool (node, "always", FALSE);
  claim->status_rank = (int) contra_json_get_number (node, "status_rank", -1);
  claim->status_at_most = contra_json_get_bool (node, "status_at_most", FALSE);
  claim->compare = (ContraCompare) name_index (compare_names, G_N_ELEMENTS (compare_names),
                                               contra_json_get_string (node, "compare"), 0);
  const char *severity = contra_json_get_string (node, "severity");
  ContraSeverity parsed = CONTRA_SEVERITY_NONE;
  if (severity != NULL && contra_severity_parse (severity, &parsed))
    claim->severity = parsed;
  else
    claim->severity = CONTRA_SEVERITY_NONE;
  claim->topic = g_intern_string (contra_json_get_string (node, "topic"));
  claim->section = (ContraSectionKind) name_index (section_names, G_N_ELEMENTS (section_names),
                                                   contra_json_get_string (node, "section"), 0);
  claim->section_author = g_intern_string (contra_json_get_string (node, "author"));
  claim->start = (guint32) contra_json_get_number (node, "start", 0);
  claim->end = (guint32) contra_json_get_number (node, "end", 0);
  claim->line = (guint) contra_json_get_number (node, "line", 0);
  claim->column = (guint) contra_json_get_number (node, "column", 0);
  claim->end_line = (guint) contra_json_get_number (node, "end_line", 0);
  claim->end_column = (guint) contra_json_get_number (node, "end_column", 0);
  /* The claims of one sentence come one after another and share its quote. */
  const char *quote = contra_json_get_string (node, "quote");
  if (quote != NULL && g_strcmp0 (quote, rd->last_quote) != 0)
    {
      g_free (rd->last_quote);
      rd->last_quote = g_strdup (quote);
      rd->last_text = contra_text_add (quote, -1);
    }
  claim->quote = quote != NULL ? rd->last_text : 0;
  claim->sentence = (guint) contra_json_get_number (node, "sentence", 0);
  claim->frame = (guint) contra_json_get_number (node, "frame", 0);
  if (rd->problem != NULL)
    return NULL;
  return g_steal_pointer (&claim);
}

static ContraSource *
read_source (const ContraJsonNode *node)
{
  ContraSource *source = g_new0 (ContraSource, 1);
  source->id = g_strdup (contra_json_get_string (node, "id"));
  source->path = g_strdup (contra_json_get_string (node, "path"));
  source->title = g_strdup (contra_json_get_string (node, "title"));
  source->author = g_strdup (contra_json_get_string (node, "author"));
  source->outlet = g_strdup (contra_json_get_string (node, "outlet"));
  const char *published = contra_json_get_string (node, "published");
  if (published != NULL)
    contra_date_parse (published, &source->published);
  source->is_draft = contra_json_get_bool (node, "draft", FALSE);
  return source;
}

/* Whether the eight bytes of @word are ASCII other than NUL, and so valid UTF-8. (A
 * byte b is zero when (b - 1) & ~b has its high bit set.) */
static inline gboolean
is_plain_ascii (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  return ((word | ((word - ones) & ~word)) & highs) == 0;
}

/* What g_utf8_validate_len() says, @bad included, but eight bytes at a time through
 * ASCII, which is most of a claim file: glib's validator takes a byte at a time. */
static gboolean
validate_utf8 (const char *text, gsize length, const char **bad)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      guint64 word;
      if (end - p >= 8)
        {
          memcpy (&word, p, 8);
          if (is_plain_ascii (word))
            {
              p += 8;
              continue;
            }
        }
      /* Up to four bytes, which hold at least one whole character if it is valid. */
      gsize n = MIN (4, (gsize) (end - p));
      const char *stop;
      if (g_utf8_validate_len (p, n, &stop))
        stop = p + n;
      if (stop == p)
        {
          *bad = p;
          return FALSE;
        }
      p = stop;
    }
  return TRUE;
}

/* One line, without its end: a source or a claim added to @set, or a blank line. */
static gboolean
read_line (Reader *rd, const char *line, gsize length, GHashTable *sources, ContraClaimSet *set, GError **error)
{
  const char *path = rd->path;

  /* Trailing white space goes, as g_strchomp() takes it. */
  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  if (length == 0)
    return TRUE;
  const char *bad = NULL;
  if (!validate_utf8 (line, length, &bad))
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID,
                   "%s:%u:%u: error: invalid UTF-8", path, rd->line, (guint) (bad - line) + 1);
      return FALSE;
    }

  g_autoptr (GError) parse_error = NULL;
  g_autoptr (ContraJsonNode) node = contra_json_parse (line, length, &parse_error);
  if (node == NULL)
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, "%s:%u: error: %s", path, rd->line,
                   parse_error->message);
      return FALSE;
    }
  const char *type = contra_json_get_string (node, "type");
  if (g_strcmp0 (type, "source") == 0)
    {
      ContraSource *source = read_source (contra_json_get (node, "source"));
      if (source->path == NULL || source->id == NULL)
        {
          contra_source_free (source);
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID,
                       "%s:%u: error: a source line needs an id and a path", path, rd->line);
          return FALSE;
        }
      if (g_hash_table_contains (sources, source->path))
        contra_source_free (source);
      else
        {
          g_hash_table_insert (sources, source->path, GUINT_TO_POINTER (set->sources->len));
          g_ptr_array_add (set->sources, source);
        }
    }
  else if (g_strcmp0 (type, "claim") == 0)
    {
      ContraClaim *claim = read_claim (rd, contra_json_get (node, "claim"), sources);
      if (claim == NULL)
        {
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, "%s:%u: error: %s%s%s", path,
                       rd->line, rd->problem, rd->problem_detail ? ": " : "",
                       rd->problem_detail ? rd->problem_detail : "");
          g_free (rd->problem_detail);
          return FALSE;
        }
      g_ptr_array_add (set->claims, claim);
    }
  else
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID,
                   "%s:%u: error: each line must be {\"type\": \"source\"|\"claim\", ...}", path, rd->line);
      return FALSE;
    }
  return TRUE;
}

/* Claim files run to hundreds of megabytes: they are read in large blocks and each line
 * is parsed where it lies, not copied out. Lines end at "\n" (JSON Lines); a "\r"
 * before it goes with the trailing white space. */
#define READ_BLOCK (1024 * 1024)

gboolean
contra_jsonl_read (const char *path, const ContraRuleSet *rules, ContraClaimSet *set, GError **error)
{
  g_autoptr (GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  Reader rd = {path, 0, rules, NULL, NULL, NULL, 0};
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: error: cannot read: %s", path,
                   g_strerror (saved));
      return FALSE;
    }
  /* Sources already in the set (from earlier shards) keep their index. */
  for (guint i = 0; i < set->sources->len; i++)
    {
      ContraSource *s = g_ptr_array_index (set->sources, i);
      g_hash_table_insert (sources, s->path, GUINT_TO_POINTER (i));
    }

  /* buffer[0, used) holds what is read and not yet parsed: the start of a line. */
  gsize capacity = READ_BLOCK;
  gsize used = 0;
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
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, "%s:%u: error: %s", path,
                       rd.line + 1, g_strerror (saved));
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
          ok = read_line (&rd, line, (gsize) (end - line), sources, set, error);
          line = newline != NULL ? newline + 1 : stop;
        }
      if (!ok || at_end)
        break;
      used = (gsize) (stop - line);
      memmove (buffer, line, used);
      /* A line longer than the buffer. */
      if (used == capacity)
        {
          capacity *= 2;
          buffer = g_realloc (buffer, capacity);
        }
    }
  close (fd);
  g_free (rd.last_quote);
  return ok;
}
