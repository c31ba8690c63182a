/* counts.c — pass 6 of the reconciler: a stated count against the lists of the same
 * subject (see reconciler.c). */
#include "reconcile/reconciler-private.h"

#include <string.h>

/* ---- 6: counts against lists ---------------------------------------------------------------- */

/* TRUE when a finding already shows @claim: a fact is reported once. */
static gboolean
claim_reported (const Reconciler *r, const ContraClaim *claim)
{
  for (guint i = 0; i < r->report->findings->len; i++)
    if (g_ptr_array_find (((ContraFinding *) g_ptr_array_index (r->report->findings, i))->claims, claim, NULL))
      return TRUE;
  return FALSE;
}

void
contra_rc_compare_counts (Reconciler *r)
{
  gboolean lint = r->options != NULL && r->options->lint;

  for (guint g = 0; g < r->group_list->len; g++)
    {
      Group *counts = g_ptr_array_index (r->group_list, g);
      if (counts->claims->len == 0)
        continue;
      const ContraClaim *probe = g_ptr_array_index (counts->claims, 0);
      if (probe->value.type != CONTRA_VALUE_COUNT)
        continue;

      GPtrArray *attributes = g_hash_table_lookup (r->attributes_by_subject, counts->subject);
      for (guint a = 0; attributes != NULL && a < attributes->len; a++)
        {
          Group *lists = g_ptr_array_index (attributes, a);
          if (lists->claims->len == 0
              || ((ContraClaim *) g_ptr_array_index (lists->claims, 0))->value.type != CONTRA_VALUE_SET)
            continue;
          for (guint i = 0; i < counts->claims->len; i++)
            {
              const ContraClaim *count = g_ptr_array_index (counts->claims, i);
              /* Compared as a double: a count need not fit a guint (4294967299 cast
               * to one is undefined, and was 3 on x86). */
              double stated = count->value.u.amount.value;
              if (claim_reported (r, count))
                continue;
              g_autoptr (GPtrArray) mismatched = g_ptr_array_new ();
              for (guint j = 0; j < lists->claims->len; j++)
                {
                  const ContraClaim *list = g_ptr_array_index (lists->claims, j);
                  if ((double) list->value.u.set.n_items == stated || list->polarity != CONTRA_POLARITY_ASSERTED)
                    continue;
                  if (lint ? is_draft (r, count) == is_draft (r, list) : (is_draft (r, count) || is_draft (r, list)))
                    continue;
                  g_ptr_array_add (mismatched, (gpointer) list);
                }
              if (mismatched->len == 0)
                continue;
              ContraFindingKind kind = CONTRA_FINDING_DISCREPANCY;
              ContraFinding *finding = contra_finding_new (kind, count->rule, counts->subject, counts->attribute);
              finding->weak = is_weak (count);
              contra_finding_add (finding, count, 0);
              GString *places = g_string_new (NULL);
              for (guint j = 0; j < mismatched->len; j++)
                {
                  const ContraClaim *list = g_ptr_array_index (mismatched, j);
                  g_autofree char *place = contra_claim_place (r->report, list);
                  finding->weak |= is_weak (list);
                  contra_finding_add (finding, list, 1);
                  g_string_append_printf (places, "%s%u (%s)", j > 0 ? ", " : "", list->value.u.set.n_items, place);
                }
              finding->severity = contra_rc_severity_for (r, count->rule, count->severity, kind, finding->weak);
              g_autofree char *pc = contra_claim_place (r->report, count);
              g_autofree char *topic = contra_rc_topic_of (g_ptr_array_index (mismatched, 0));
              char said[G_ASCII_DTOSTR_BUF_SIZE]; /* "2.5" in any locale */
              g_ascii_formatd (said, sizeof said, "%.15g", stated);
              finding->message = g_strdup_printf ("A count does not match the lists of %s: %s says %s, but the "
                                                  "lists have %s",
                                                  topic, pc, said, places->str);
              g_string_free (places, TRUE);
              g_ptr_array_add (r->report->findings, finding);
            }
        }
    }

  /* A list whose own stated count differs from its length: once per sentence, though
   * several rules may have read the same list. */
  g_autoptr (GHashTable) reported = g_hash_table_new_full (place_hash, g_int64_equal, g_free, NULL);
  /* Where a rule about something read the list, its finding says more than the
   * generic one: those go first. */
  g_autoptr (GPtrArray) lists = g_ptr_array_new ();
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < r->set->claims->len; i++)
      {
        const ContraClaim *c = g_ptr_array_index (r->set->claims, i);
        if (c->value.type == CONTRA_VALUE_SET && (c->compare == CONTRA_COMPARE_NEVER) == (pass == 1))
          g_ptr_array_add (lists, (gpointer) c);
      }
  for (guint i = 0; i < lists->len; i++)
    {
      const ContraClaim *list = g_ptr_array_index (lists, i);
      if (list->value.type != CONTRA_VALUE_SET || list->value.u.set.stated == 0
          || list->value.u.set.stated == list->value.u.set.n_items || contra_rc_rule_disabled (r, list->rule)
          || (lint != is_draft (r, list)))
        continue;
      gint64 sentence = ((gint64) list->source << 32) | list->sentence;
      if (g_hash_table_contains (reported, &sentence))
        continue;
      g_hash_table_add (reported, g_memdup2 (&sentence, sizeof sentence));
      ContraFinding *finding
        = contra_finding_new (CONTRA_FINDING_SELF_CONTRADICTION, list->rule, list->subject, list->attribute);
      finding->severity = contra_rc_severity_for (r, list->rule, list->severity, finding->kind, is_weak (list));
      contra_finding_add (finding, list, 0);
      g_autofree char *place = contra_claim_place (r->report, list);
      finding->message = g_strdup_printf ("The sentence announces %u items but lists %u (%s)",
                                          list->value.u.set.stated, list->value.u.set.n_items, place);
      g_ptr_array_add (r->report->findings, finding);
    }
}
