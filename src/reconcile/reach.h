/* reach.h — which claims a draft's claims can meet in the reconciler.
 *
 * A lint reports only what involves a draft, and the reconciler's passes compare a
 * claim with a bounded part of the corpus: its group (same subject and attribute),
 * the partial claims that may be linked to a subject of the same head concept, the
 * claims of the same rule match (frame), every "first" and every status claim (passes
 * 4 and 5 compare those across subjects), the people whose names differ from a
 * draft's person by one word (pass 7), and the people whose names fall into the
 * bucket of a draft's person (reconcile/names.h: a short and a long given name are
 * one person unless another name of the bucket tells them apart). The claim index (index/index.h) keeps these
 * keys beside each claim, so that lint reads from it only the claims a draft can
 * reach: a small part of a large archive, and the same findings.
 *
 * A pass that compares claims across subjects in a new way must be reflected here
 * and in components.c (report --claims reconciles a component of claims at a time);
 * tests/index checks lint's output with and without the index on every test draft.
 */
#pragma once

#include <glib.h>

#include "extract/claim.h"

G_BEGIN_DECLS

/* The id of the claim's head concept (its subject's first term), or NULL (a person,
 * or no terms). Claims of one subject share it; partial claims link within it. */
const char *contra_reach_head (const ContraClaim *claim);

/* TRUE for a claim the reconciler compares across subjects whatever they are: a
 * "first" (pass 4) or a claim about a status (pass 5). */
gboolean contra_reach_wide (const ContraClaim *claim);

/* The person a claim names as pass 7 sees them ("person/..."), or NULL; @slug is set
 * to the folded name it gives them (free with g_free()). */
const char *contra_reach_person (const ContraClaim *claim, char **slug);

/* Adds to @keys (a set of char*, owning them) the buckets of a person's name @slug:
 * two names fall into a common bucket when they differ in one word only. */
void contra_reach_name_buckets (const char *slug, GHashTable *keys);

/* The slug of the person whose name is the claim's subject ("alex-moreno" of
 * "entity/alex-moreno+event/birth"), pointing into its first term; NULL when the
 * subject is no name. These are the names the reconciler merges (reconcile/names.h). */
const char *contra_reach_name_slug (const ContraClaim *claim);

/* The name bucket of the claim's subject (contra_name_bucket()), or NULL. Free with
 * g_free(). */
char *contra_reach_name_bucket (const ContraClaim *claim);

G_END_DECLS
