#include "fixture.h"

#include <string.h>

#include "base/diagnostic.h"
#include "corpus/manifest.h"
#include "extract/extractor.h"
#include "reconcile/reconciler.h"
#include "text/document.h"

const ContraRuleSet *
fixture_rules (void)
{
  static ContraRuleSet *rules = NULL;

  if (rules == NULL)
    {
      g_autofree char *dir = g_build_filename (CONTRA_SOURCE_ROOT, "rules", NULL);
      g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
      g_autoptr (GError) error = NULL;
      rules = contra_ruleset_load (dir, diagnostics, &error);
      if (rules == NULL)
        g_error ("cannot load %s: %s", dir, error->message);
    }
  return rules;
}

ContraClaimSet *
fixture_claims (const FixtureDocument *documents)
{
  ContraClaimSet *set = contra_claim_set_new ();

  for (guint i = 0; documents[i].id != NULL; i++)
    {
      const FixtureDocument *d = &documents[i];
      g_autofree char *path = g_strdup_printf ("%s.md", d->id);
      g_autoptr (ContraDocument) document = contra_document_new_from_bytes (path, d->text, strlen (d->text),
                                                                            CONTRA_FORMAT_MARKDOWN, NULL);
      g_assert_nonnull (document);
      g_free (document->id);
      document->id = g_strdup (d->id);
      contra_front_matter_apply (document);
      /* NULL: undated, as "published: unknown" makes a document. */
      if (d->published != NULL)
        g_assert_true (contra_date_parse (d->published, &document->published));
      contra_document_segment (document);
      contra_extract_document (set, fixture_rules (), document, d->draft);
    }
  return set;
}

ContraReport *
fixture_report (const FixtureDocument *documents, gboolean lint, ContraClaimSet **claims)
{
  ContraReconcileOptions options = {lint, NULL, NULL};

  *claims = fixture_claims (documents);
  return contra_reconcile (*claims, fixture_rules (), &options);
}

const ContraFinding *
fixture_find (const ContraReport *report, int kind, const char *rule)
{
  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *f = g_ptr_array_index (report->findings, i);
      if ((kind < 0 || (int) f->kind == kind) && (rule == NULL || g_strcmp0 (f->rule, rule) == 0))
        return f;
    }
  return NULL;
}

char *
fixture_summary (const ContraReport *report)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *f = g_ptr_array_index (report->findings, i);
      if (f->severity < CONTRA_SEVERITY_WARNING)
        continue;
      g_string_append_printf (out, "%s%s %s", out->len ? "\n" : "", contra_finding_kind_name (f->kind), f->rule);
    }
  return g_string_free (out, FALSE);
}
