#include "reconcile/finding.h"

#include <string.h>

static const char *const kind_names[] = {
  "conflict", "discrepancy", "self-contradiction", "variant", "change", "suppression",
};

const char *
contra_finding_kind_name (ContraFindingKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), "?");
  return kind_names[kind];
}

const char *
contra_builtin_rule_description (const char *rule)
{
  if (g_strcmp0 (rule, CONTRA_RULE_NAME_VARIANT) == 0)
    return "Names spelled two ways";
  return NULL;
}

ContraFinding *
contra_finding_new (ContraFindingKind kind, const char *rule, const char *subject, const char *attribute)
{
  ContraFinding *finding = g_new0 (ContraFinding, 1);

  finding->kind = kind;
  finding->severity = CONTRA_SEVERITY_WARNING;
  finding->rule = rule ? g_intern_string (rule) : NULL;
  finding->subject = subject;
  finding->attribute = attribute;
  finding->claims = g_ptr_array_new ();
  finding->sides = g_array_new (FALSE, FALSE, sizeof (guint));
  return finding;
}

void
contra_finding_free (ContraFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->message);
  g_ptr_array_unref (finding->claims);
  g_array_unref (finding->sides);
  if (finding->added != NULL)
    g_hash_table_unref (finding->added);
  g_free (finding);
}

void
contra_finding_add (ContraFinding *finding, const ContraClaim *claim, guint side)
{
  /* A scan while the finding is small; a set once it is not (a fact a thousand
   * sources repeat). */
  if (finding->added == NULL && finding->claims->len >= 32)
    {
      finding->added = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint i = 0; i < finding->claims->len; i++)
        g_hash_table_add (finding->added, g_ptr_array_index (finding->claims, i));
    }
  if (finding->added != NULL ? !g_hash_table_add (finding->added, (gpointer) claim)
                             : g_ptr_array_find (finding->claims, claim, NULL))
    return;
  g_ptr_array_add (finding->claims, (gpointer) claim);
  g_array_append_val (finding->sides, side);
}

void
contra_corroboration_free (ContraCorroboration *c)
{
  if (c == NULL)
    return;
  g_free (c->topic);
  g_free (c->value);
  g_free (c->text);
  g_ptr_array_unref (c->claims);
  g_free (c);
}

void
contra_timeline_free (ContraTimeline *timeline)
{
  if (timeline == NULL)
    return;
  g_ptr_array_unref (timeline->entries);
  g_free (timeline);
}

ContraReport *
contra_report_new (const ContraClaimSet *claims, const ContraRuleSet *rules)
{
  ContraReport *report = g_new0 (ContraReport, 1);

  report->claims = claims;
  report->rules = rules;
  report->n_claims = claims->claims->len;
  report->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_finding_free);
  report->corroborations = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_corroboration_free);
  report->timelines = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_timeline_free);
  return report;
}

void
contra_report_free (ContraReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->findings);
  g_ptr_array_unref (report->corroborations);
  g_ptr_array_unref (report->timelines);
  g_free (report);
}

/* The claim a finding or a corroboration is sorted by: its earliest claim, or in lint
 * its earliest claim in a draft, so that what lint prints follows the draft. */
static const ContraClaim *
first_claim (const ContraReport *report, GPtrArray *claims)
{
  const ContraClaim *best = NULL;

  for (int pass = report->lint ? 0 : 1; pass < 2 && best == NULL; pass++)
    for (guint i = 0; i < claims->len; i++)
      {
        const ContraClaim *c = g_ptr_array_index (claims, i);
        if (pass == 0 && !contra_report_source (report, c)->is_draft)
          continue;
        if (best == NULL || c->source < best->source || (c->source == best->source && c->start < best->start))
          best = c;
      }
  return best;
}

void
contra_finding_key (const ContraReport *report, const ContraFinding *finding, ContraFindingKey *key)
{
  const ContraClaim *first = first_claim (report, finding->claims);

  *key = (ContraFindingKey){
    .has_claim = first != NULL,
    .source = first != NULL ? first->source : 0,
    .start = first != NULL ? first->start : 0,
    .path = finding->path,
    .line = finding->line,
    .rule = finding->rule,
    .subject = finding->subject,
    .attribute = finding->attribute,
    .message = finding->message,
  };
}

int
contra_finding_key_compare (const ContraFindingKey *x, const ContraFindingKey *y)
{
  if (x->has_claim != y->has_claim)
    return x->has_claim ? -1 : 1;
  if (x->has_claim)
    {
      if (x->source != y->source)
        return x->source < y->source ? -1 : 1;
      if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    }
  else
    {
      int c = g_strcmp0 (x->path, y->path);
      if (c != 0)
        return c;
      if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    }
  int c = g_strcmp0 (x->rule, y->rule);
  if (c != 0)
    return c;
  c = g_strcmp0 (x->subject, y->subject);
  if (c != 0)
    return c;
  c = g_strcmp0 (x->attribute, y->attribute);
  if (c != 0)
    return c;
  return g_strcmp0 (x->message, y->message);
}

static int
compare_findings (gconstpointer a, gconstpointer b, gpointer data)
{
  ContraFindingKey x, y;

  contra_finding_key (data, *(ContraFinding *const *) a, &x);
  contra_finding_key (data, *(ContraFinding *const *) b, &y);
  return contra_finding_key_compare (&x, &y);
}

int
contra_corroboration_key_compare (const char *subject_x, const char *attribute_x, const char *value_x,
                                  const char *subject_y, const char *attribute_y, const char *value_y)
{
  int c = g_strcmp0 (subject_x, subject_y);
  if (c != 0)
    return c;
  c = g_strcmp0 (attribute_x, attribute_y);
  if (c != 0)
    return c;
  return g_strcmp0 (value_x, value_y);
}

/* In a report, by subject and attribute; in lint, in the draft's order. */
static int
compare_corroborations (gconstpointer a, gconstpointer b, gpointer data)
{
  const ContraReport *report = data;
  const ContraCorroboration *x = *(ContraCorroboration *const *) a;
  const ContraCorroboration *y = *(ContraCorroboration *const *) b;

  if (report->lint)
    {
      const ContraClaim *cx = first_claim (report, x->claims), *cy = first_claim (report, y->claims);
      if (cx->source != cy->source)
        return cx->source < cy->source ? -1 : 1;
      if (cx->start != cy->start)
        return cx->start < cy->start ? -1 : 1;
    }
  return contra_corroboration_key_compare (x->subject, x->attribute, x->value, y->subject, y->attribute, y->value);
}

void
contra_report_sort (ContraReport *report)
{
  g_ptr_array_sort_with_data (report->findings, compare_findings, report);
  g_ptr_array_sort_with_data (report->corroborations, compare_corroborations, report);
}

guint
contra_report_count (const ContraReport *report, ContraSeverity severity)
{
  guint n = 0;

  for (guint i = 0; i < report->findings->len; i++)
    n += ((ContraFinding *) g_ptr_array_index (report->findings, i))->severity == severity;
  return n;
}

gboolean
contra_finding_shown (const ContraFinding *finding, ContraSeverity min_severity)
{
  g_return_val_if_fail (finding != NULL, FALSE);
  return finding->severity >= min_severity;
}

ContraExit
contra_report_exit_status (const ContraReport *report, ContraSeverity min_severity, ContraSeverity fail_on)
{
  g_return_val_if_fail (report != NULL, CONTRA_EXIT_ERROR);

  if (report->claims != NULL && contra_claim_set_has_errors (report->claims))
    return CONTRA_EXIT_ERROR;
  if (fail_on == CONTRA_SEVERITY_NONE)
    return CONTRA_EXIT_OK;
  /* What the reader was not shown cannot be what failed the run: a finding must pass
   * the same filter as the writers' before its severity counts. */
  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      if (contra_finding_shown (finding, min_severity) && finding->severity >= fail_on)
        return CONTRA_EXIT_FINDINGS;
    }
  return CONTRA_EXIT_OK;
}

const ContraSource *
contra_report_source (const ContraReport *report, const ContraClaim *claim)
{
  g_return_val_if_fail (claim->source < report->claims->sources->len, NULL);
  return g_ptr_array_index (report->claims->sources, claim->source);
}

char *
contra_claim_place (const ContraReport *report, const ContraClaim *claim)
{
  const ContraSource *source = contra_report_source (report, claim);

  if (claim->section_author != NULL)
    return g_strdup_printf ("%s, line %u, a reader comment by %s", source->id, claim->line,
                            claim->section_author);
  return g_strdup_printf ("%s, line %u", source->id, claim->line);
}

char *
contra_claim_describe (const ContraClaim *claim)
{
  const ContraValue *v = &claim->value;

  switch (v->type)
    {
    case CONTRA_VALUE_DATE:
      return contra_date_describe (&v->u.date);
    case CONTRA_VALUE_SET:
      {
        GString *out = g_string_new (NULL);
        for (guint i = 0; i < v->u.set.n_items; i++)
          {
            if (i > 0)
              g_string_append (out, "; ");
            g_string_append (out, v->u.set.labels ? v->u.set.labels[i] : v->u.set.items[i]);
          }
        return g_string_free (out, FALSE);
      }
    case CONTRA_VALUE_CONCEPT:
      if (claim->value_term != NULL && claim->value_term->head != NULL)
        return contra_term_label (claim->value_term);
      break;
    default:
      break;
    }
  if (v->text != NULL)
    return g_strdup (v->text);
  return contra_value_format (v);
}

char *
contra_claim_snippet (const ContraClaim *claim, guint width)
{
  g_autofree char *quote = contra_claim_quote (claim);
  const char *text = claim->value.text;
  const char *at = text && *text ? strstr (quote, text) : NULL;
  glong total = g_utf8_strlen (quote, -1);

  if (total <= (glong) width)
    return g_strdup (quote);
  glong centre = at ? g_utf8_pointer_to_offset (quote, at) : 0;
  glong from = MAX (0, centre - (glong) width / 2);
  glong to = MIN (total, from + (glong) width);
  from = MAX (0, to - (glong) width);
  const char *a = g_utf8_offset_to_pointer (quote, from), *b = g_utf8_offset_to_pointer (quote, to);
  return g_strdup_printf ("%s%.*s%s", from > 0 ? "…" : "", (int) (b - a), a, to < total ? "…" : "");
}
