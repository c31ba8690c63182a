/* components.h — the claims that the reconciler must see together.
 *
 * The reconciler compares claims within a group (subject and attribute) and across
 * groups only along a few relations: the claims of one rule match, the subjects of a
 * head concept that partial claims link to, every "first" and status claim, people
 * whose names differ by one word or fall into one name bucket (reach.h), the claims
 * of a view's timeline, and the lists of one sentence. Claims joined by these
 * relations form components; reconciling each component apart gives the findings,
 * corroborations and timelines of reconciling all at once, so that `report --claims`
 * holds one component at a time (cli/report-claims.c).
 *
 * A pass that compares claims across groups in a new way must join them here as
 * well as in reach.c; tests/cli/test_report_claims.c checks the output both
 * ways.
 */
#pragma once

#include <glib.h>

#include "extract/claim.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

typedef struct _ContraComponents ContraComponents;

ContraComponents *contra_components_new (const ContraRuleSet *rules);
void contra_components_free (ContraComponents *components);

/* Notes the relations of @claim (whose source is its index in the claim set) and
 * returns its node: once every claim is added and contra_components_finish() called,
 * contra_components_find() maps it to its component. The claim need not outlive the
 * call. */
guint contra_components_add (ContraComponents *components, const ContraClaim *claim);

/* Joins what can be joined only once every claim is known (the subjects of a head
 * concept that has partial claims). */
void contra_components_finish (ContraComponents *components);

/* The component of @node: the same number for every node of one component, below
 * contra_components_size(). */
guint contra_components_find (ContraComponents *components, guint node);

/* The number of nodes. */
guint contra_components_size (const ContraComponents *components);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraComponents, contra_components_free)

G_END_DECLS
