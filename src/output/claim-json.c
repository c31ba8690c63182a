#include "output/claim-json.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "base/error.h"
#include "extract/claim.h"

/* The day @julian as "%04u-%02u-%02u" in @buffer, or NULL when it is not set. Written
 * by hand: every claim with a date writes two. */
static const char *
iso_day (gint32 julian, char buffer[16])
{
  GDate date;

  if (julian <= 0)
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) julian);

  guint year = g_date_get_year (&date), month = g_date_get_month (&date), day = g_date_get_day (&date);
  char *p = buffer;
  if (year >= 10000)
    *p++ = (char) ('0' + year / 10000);
  *p++ = (char) ('0' + year / 1000 % 10);
  *p++ = (char) ('0' + year / 100 % 10);
  *p++ = (char) ('0' + year / 10 % 10);
  *p++ = (char) ('0' + year % 10);
  *p++ = '-';
  *p++ = (char) ('0' + month / 10);
  *p++ = (char) ('0' + month % 10);
  *p++ = '-';
  *p++ = (char) ('0' + day / 10);
  *p++ = (char) ('0' + day % 10);
  *p = '\0';
  return buffer;
}

static void
write_date_fields (ContraJson *json, const ContraDate *date)
{
  char first[16], last[16];

  contra_json_member_string (json, "first", iso_day (date->first, first));
  contra_json_member_string (json, "last", iso_day (date->last, last));
  contra_json_member_string (json, "grain", contra_grain_names[date->grain]);
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
      if (value->u.amount.range)
        {
          /* A range: "amount" is its low end. */
          contra_json_key (json, "high");
          contra_json_double (json, value->u.amount.high);
        }
      contra_json_key (json, "precision");
      contra_json_double (json, value->u.amount.precision);
      contra_json_member_string (json, "bound", contra_bound_names[value->u.amount.bound]);
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
  contra_json_member_string (json, "section", contra_section_kind_name (claim->section));
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
        contra_json_member_string (json, "compare", contra_compare_name (claim->compare));
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

void
contra_jsonl_write_source (GString *out, const ContraSource *source)
{
  ContraJson json;

  contra_json_init (&json, out, FALSE);
  contra_json_begin_object (&json);
  contra_json_member_string (&json, "type", "source");
  contra_json_key (&json, "source");
  contra_json_write_source (&json, source);
  contra_json_end_object (&json);
  g_string_append_c (out, '\n');
}

void
contra_jsonl_write_claim (GString *out, const ContraClaimSet *set, const ContraClaim *claim)
{
  ContraJson json;

  contra_json_init (&json, out, FALSE);
  contra_json_begin_object (&json);
  contra_json_member_string (&json, "type", "claim");
  contra_json_key (&json, "claim");
  contra_json_write_claim (&json, set, claim, TRUE);
  contra_json_end_object (&json);
  g_string_append_c (out, '\n');
}
