#include "extract/examples.h"

#include <string.h>

#include "extract/claim.h"
#include "extract/extractor.h"
#include "text/document.h"

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The claims of @rule in @text, as sorted "subject attribute value" lines. */
static GPtrArray *
claims_of (ContraExtractor *extractor, const ContraRule *rule, const ContraExample *example)
{
  g_autofree char *name = g_strdup_printf ("%s:%u", rule->file, example->line);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (ContraDocument) document = contra_document_new_from_bytes (name, example->text, strlen (example->text),
                                                                        CONTRA_FORMAT_PLAIN, NULL);
  if (document == NULL)
    return lines;
  if (contra_date_is_set (&example->published))
    document->published = example->published;
  else
    contra_date_parse (CONTRA_EXAMPLE_DEFAULT_DATE, &document->published);
  contra_document_segment (document);

  g_autoptr (GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_claim_free);
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  contra_extractor_run_rule (extractor, document, 0, rule, claims, warnings);
  /* How the claim is said counts: "... [negated, always]", "... [plan]". */
  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (claims, i);
      GString *line = g_string_new (NULL);
      g_autofree char *summary = contra_claim_summary (claim);
      g_autoptr (GPtrArray) flags = g_ptr_array_new ();
      g_string_append (line, summary);
      if (claim->polarity != CONTRA_POLARITY_ASSERTED)
        g_ptr_array_add (flags, (gpointer) contra_polarity_name (claim->polarity));
      if (claim->modality != CONTRA_MODALITY_ASSERTED)
        g_ptr_array_add (flags, (gpointer) contra_modality_name (claim->modality));
      if (claim->always)
        g_ptr_array_add (flags, "always");
      if (flags->len > 0)
        {
          g_ptr_array_add (flags, NULL);
          g_autofree char *joined = g_strjoinv (", ", (char **) flags->pdata);
          g_string_append_printf (line, " [%s]", joined);
        }
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  g_ptr_array_sort (lines, compare_strings);
  return lines;
}

static void
append_lines (GString *report, const char *label, GPtrArray *lines)
{
  if (lines->len == 0)
    g_string_append_printf (report, "  %-9s (no claims)\n", label);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (report, "  %-9s %s\n", i == 0 ? label : "", (char *) g_ptr_array_index (lines, i));
}

gboolean
contra_examples_run (const ContraRuleSet *set, const char *only, GString *report, guint *n_passed, guint *n_failed)
{
  g_autoptr (ContraExtractor) extractor = contra_extractor_new (set);

  *n_passed = *n_failed = 0;
  for (guint r = 0; r < set->rules->len; r++)
    {
      const ContraRule *rule = g_ptr_array_index (set->rules, r);
      if (only != NULL && !g_str_has_prefix (rule->id, only))
        continue;

      for (guint e = 0; e < rule->examples->len; e++)
        {
          const ContraExample *example = g_ptr_array_index (rule->examples, e);
          g_autoptr (GPtrArray) got = claims_of (extractor, rule, example);
          g_autoptr (GPtrArray) want = g_ptr_array_new ();
          for (guint i = 0; example->expect[i] != NULL; i++)
            g_ptr_array_add (want, example->expect[i]);
          g_ptr_array_sort (want, compare_strings);

          gboolean same = got->len == want->len;
          for (guint i = 0; same && i < got->len; i++)
            same = g_str_equal (g_ptr_array_index (got, i), g_ptr_array_index (want, i));
          if (same)
            {
              (*n_passed)++;
              continue;
            }
          (*n_failed)++;
          g_string_append_printf (report, "%s:%u:%u: error: example of rule '%s' does not hold\n  text:     %s\n",
                                  rule->file, example->line, example->column, rule->id, example->text);
          append_lines (report, "expected:", want);
          append_lines (report, "got:", got);
        }
      for (guint e = 0; e < rule->counterexamples->len; e++)
        {
          const ContraExample *example = g_ptr_array_index (rule->counterexamples, e);
          g_autoptr (GPtrArray) got = claims_of (extractor, rule, example);
          if (got->len == 0)
            {
              (*n_passed)++;
              continue;
            }
          (*n_failed)++;
          g_string_append_printf (report,
                                  "%s:%u:%u: error: counterexample of rule '%s' yields claims\n  text:     %s\n",
                                  rule->file, example->line, example->column, rule->id, example->text);
          append_lines (report, "got:", got);
        }
    }
  return *n_failed == 0;
}
