/* reconciler.h — claims in, findings out.
 *
 * The reconciler groups claims by (subject, attribute) with a hash table, linear in
 * the number of claims, and compares the values in each group by type and over
 * time. See reconciler.c for the algorithm and its limits.
 */
#pragma once

#include <glib.h>

#include "extract/batch.h"
#include "reconcile/finding.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

typedef struct {
  gboolean lint;           /* report only what involves a draft's claims */
  GHashTable *disabled;    /* rule ids (char*) switched off; may be NULL */
  GHashTable *severity;    /* rule id (char*) -> GINT_TO_POINTER (ContraSeverity); may be NULL */
} ContraReconcileOptions;

/* Reconciles the claims of @claims. Returns a sorted report that borrows from @claims
 * and @rules; free it with contra_report_free(). */
ContraReport *contra_reconcile (const ContraClaimSet *claims,
                                const ContraRuleSet *rules,
                                const ContraReconcileOptions *options);

G_END_DECLS
