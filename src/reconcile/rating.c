/* rating.c — what every pass asks before it makes a finding: how severe it is, what
 * it is about, and whether its rule is switched off. Kept apart from reconciler.c so that
 * the passes never call back into the driver that runs them.
 */
#include "reconcile/reconciler-private.h"

ContraSeverity
contra_rc_severity_for (const Reconciler *r, const char *rule, ContraSeverity rule_severity,
              ContraFindingKind kind, gboolean weak)
{
  ContraSeverity severity = kind == CONTRA_FINDING_CHANGE ? CONTRA_SEVERITY_NOTE : CONTRA_SEVERITY_WARNING;

  if (rule_severity != CONTRA_SEVERITY_NONE && kind != CONTRA_FINDING_CHANGE)
    severity = rule_severity;
  if (r->options != NULL && r->options->severity != NULL && rule != NULL)
    {
      gpointer value;
      if (g_hash_table_lookup_extended (r->options->severity, rule, NULL, &value))
        severity = (ContraSeverity) GPOINTER_TO_INT (value);
    }
  if (weak && severity > CONTRA_SEVERITY_NOTE)
    severity--;
  return severity;
}

char *
contra_rc_topic_of (const ContraClaim *claim)
{
  if (claim->topic != NULL && claim->topic[0] != '\0')
    return g_strdup (claim->topic);

  g_autofree char *label = claim->n_terms > 0 ? contra_term_label (&claim->terms[0]) : g_strdup (claim->subject);
  return g_strdup_printf ("the %s of the %s", claim->attribute, label);
}

gboolean
contra_rc_rule_disabled (const Reconciler *r, const char *rule)
{
  return r->options != NULL && r->options->disabled != NULL
         && g_hash_table_contains (r->options->disabled, rule);
}
