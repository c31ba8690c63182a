#include "corpus/manifest.h"

#include <string.h>

#include "base/schema.h"
#include "base/yaml.h"
#include "normalize/date.h"

static const char *const top_keys[] = {"sources", "description", NULL};
static const char *const entry_keys[] = {
  "id", "file", "title", "author", "outlet", "published", "language", "ignore", "sections",
  "note", NULL,
};
static const char *const range_keys[] = {"lines", "why", NULL};
static const char *const section_keys[] = {"lines", "kind", "label", "author", "date", NULL};

static void
section_free (ContraManifestSection *section)
{
  g_free (section->label);
  g_free (section->author);
  g_free (section);
}

static void
entry_free (ContraManifestEntry *entry)
{
  g_free (entry->id);
  g_free (entry->file);
  g_free (entry->title);
  g_free (entry->author);
  g_free (entry->outlet);
  g_free (entry->language);
  g_array_unref (entry->ignore);
  g_ptr_array_unref (entry->sections);
  g_free (entry);
}

void
contra_manifest_free (ContraManifest *manifest)
{
  if (manifest == NULL)
    return;
  g_free (manifest->path);
  g_free (manifest->dir);
  g_ptr_array_unref (manifest->entries);
  if (manifest->by_name != NULL)
    g_hash_table_unref (manifest->by_name);
  g_free (manifest);
}

/* "lines: [3, 7]" or "lines: 3". */
static gboolean
read_lines (ContraSchema *schema, const ContraYamlNode *mapping, guint *first, guint *last)
{
  const ContraYamlNode *node = contra_yaml_mapping_get (mapping, "lines");
  guint64 a, b;

  if (node == NULL)
    {
      contra_schema_error (schema, mapping, "missing required key 'lines'");
      return FALSE;
    }
  if (node->kind == CONTRA_YAML_SCALAR && g_ascii_string_to_unsigned (node->scalar, 10, 1, G_MAXUINT, &a, NULL))
    {
      *first = *last = (guint) a;
      return TRUE;
    }
  if (node->kind == CONTRA_YAML_SEQUENCE && contra_yaml_length (node) == 2)
    {
      const ContraYamlNode *x = contra_yaml_item_at (node, 0), *y = contra_yaml_item_at (node, 1);
      if (x->kind == CONTRA_YAML_SCALAR && y->kind == CONTRA_YAML_SCALAR
          && g_ascii_string_to_unsigned (x->scalar, 10, 1, G_MAXUINT, &a, NULL)
          && g_ascii_string_to_unsigned (y->scalar, 10, 1, G_MAXUINT, &b, NULL) && a <= b)
        {
          *first = (guint) a;
          *last = (guint) b;
          return TRUE;
        }
    }
  contra_schema_error (schema, node, "'lines' must be a line number or [first, last] with first <= last");
  return FALSE;
}

static gboolean
read_date (ContraSchema *schema, const ContraYamlNode *mapping, const char *key, ContraDate *out)
{
  const char *text = contra_schema_string (schema, mapping, key);

  if (text == NULL)
    return FALSE;
  if (!contra_date_parse (text, out))
    {
      contra_schema_error (schema, contra_yaml_mapping_get (mapping, key),
                           "'%s' must be a date (2015-06-05, 2021-07, 2016 or 14/8/14), not '%s'",
                           key, text);
      return FALSE;
    }
  return TRUE;
}

static ContraManifestEntry *
load_entry (ContraSchema *schema, const ContraYamlNode *node, GHashTable *ids)
{
  if (!contra_schema_mapping (schema, node, "a source", entry_keys))
    return NULL;
  gboolean ok = contra_schema_require (schema, node, "id", "a source");
  ok &= contra_schema_require (schema, node, "file", "a source");

  ContraManifestEntry *entry = g_new0 (ContraManifestEntry, 1);
  entry->line = node->line;
  entry->column = node->column;
  entry->id = g_strdup (contra_schema_string (schema, node, "id"));
  entry->file = g_strdup (contra_schema_string (schema, node, "file"));
  entry->title = g_strdup (contra_schema_string (schema, node, "title"));
  entry->author = g_strdup (contra_schema_string (schema, node, "author"));
  entry->outlet = g_strdup (contra_schema_string (schema, node, "outlet"));
  entry->language = g_strdup (contra_schema_string (schema, node, "language"));
  read_date (schema, node, "published", &entry->published);
  entry->ignore = g_array_new (FALSE, FALSE, sizeof (guint));
  entry->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);

  if (entry->id != NULL)
    {
      if (g_hash_table_contains (ids, entry->id))
        contra_schema_error (schema, contra_yaml_mapping_get (node, "id"), "duplicate source id '%s'",
                             entry->id);
      else
        g_hash_table_add (ids, g_strdup (entry->id));
    }
  if (entry->file != NULL && (g_path_is_absolute (entry->file) || strstr (entry->file, "..") != NULL))
    contra_schema_error (schema, contra_yaml_mapping_get (node, "file"),
                         "'file' must be a path inside the corpus folder, not '%s'", entry->file);

  const ContraYamlNode *ignore = contra_yaml_mapping_get (node, "ignore");
  for (guint i = 0; ignore != NULL && ignore->kind == CONTRA_YAML_SEQUENCE && i < contra_yaml_length (ignore); i++)
    {
      const ContraYamlNode *range = contra_yaml_item_at (ignore, i);
      guint first, last;
      if (contra_schema_mapping (schema, range, "an ignored range", range_keys)
          && read_lines (schema, range, &first, &last))
        {
          g_array_append_val (entry->ignore, first);
          g_array_append_val (entry->ignore, last);
        }
    }
  if (ignore != NULL && ignore->kind != CONTRA_YAML_SEQUENCE)
    contra_schema_error (schema, ignore, "'ignore' must be a list of {lines: [first, last]}");

  const ContraYamlNode *sections = contra_yaml_mapping_get (node, "sections");
  if (sections != NULL && sections->kind != CONTRA_YAML_SEQUENCE)
    contra_schema_error (schema, sections, "'sections' must be a list");
  for (guint i = 0; sections != NULL && sections->kind == CONTRA_YAML_SEQUENCE
                    && i < contra_yaml_length (sections); i++)
    {
      const ContraYamlNode *item = contra_yaml_item_at (sections, i);
      ContraManifestSection *section = g_new0 (ContraManifestSection, 1);
      if (!contra_schema_mapping (schema, item, "a section", section_keys)
          || !read_lines (schema, item, &section->first_line, &section->last_line))
        {
          section_free (section);
          continue;
        }
      section->kind = (ContraSectionKind) contra_schema_choice (schema, item, "kind", contra_section_kind_names,
                                                                CONTRA_SECTION_BODY);
      section->label = g_strdup (contra_schema_string (schema, item, "label"));
      section->author = g_strdup (contra_schema_string (schema, item, "author"));
      read_date (schema, item, "date", &section->date);
      g_ptr_array_add (entry->sections, section);
    }

  if (!ok)
    {
      entry_free (entry);
      return NULL;
    }
  return entry;
}

ContraManifest *
contra_manifest_load (const char *path, GPtrArray *diagnostics)
{
  ContraDiagnostic *problem = NULL;
  g_autoptr (ContraYamlNode) root = contra_yaml_parse_file (path, &problem);
  guint first = diagnostics->len;

  if (root == NULL)
    {
      g_ptr_array_add (diagnostics, problem);
      return NULL;
    }

  ContraSchema schema = {path, diagnostics};
  if (!contra_schema_mapping (&schema, root, "the manifest", top_keys))
    return NULL;
  const ContraYamlNode *sources = contra_yaml_mapping_get (root, "sources");
  if (sources == NULL || sources->kind != CONTRA_YAML_SEQUENCE)
    {
      contra_schema_error (&schema, sources ? sources : root, "the manifest needs a list 'sources'");
      return NULL;
    }

  ContraManifest *manifest = g_new0 (ContraManifest, 1);
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  manifest->path = g_strdup (path);
  manifest->dir = g_path_get_dirname (path);
  manifest->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  manifest->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < contra_yaml_length (sources); i++)
    {
      ContraManifestEntry *entry = load_entry (&schema, contra_yaml_item_at (sources, i), ids);
      if (entry == NULL)
        continue;
      g_ptr_array_add (manifest->entries, entry);
      if (entry->file != NULL)
        {
          char *base = g_path_get_basename (entry->file);
          if (g_hash_table_contains (manifest->by_name, base))
            g_free (base);
          else
            g_hash_table_insert (manifest->by_name, base, entry);
        }
    }

  for (guint i = first; i < diagnostics->len; i++)
    if (((ContraDiagnostic *) g_ptr_array_index (diagnostics, i))->severity == CONTRA_SEVERITY_ERROR)
      {
        contra_manifest_free (manifest);
        return NULL;
      }
  return manifest;
}

const ContraManifestEntry *
contra_manifest_find (const ContraManifest *manifest, const char *file)
{
  if (manifest == NULL)
    return NULL;
  g_autofree char *base = g_path_get_basename (file);
  return g_hash_table_lookup (manifest->by_name, base);
}

static void
line_range (ContraDocument *doc, guint first, guint last, gsize *start, gsize *end)
{
  guint n = contra_line_index_count (doc->lines);

  first = MIN (first, n);
  last = MIN (last, n);
  *start = contra_line_index_line_start (doc->lines, first);
  *end = last < n ? contra_line_index_line_start (doc->lines, last + 1) : doc->length;
}

static void
replace (char **field, const char *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

void
contra_manifest_apply (const ContraManifestEntry *entry, ContraDocument *doc)
{
  replace (&doc->id, entry->id);
  replace (&doc->title, entry->title);
  replace (&doc->author, entry->author);
  replace (&doc->outlet, entry->outlet);
  replace (&doc->language, entry->language);
  if (contra_date_is_set (&entry->published))
    doc->published = entry->published;

  for (guint i = 0; i + 1 < entry->ignore->len; i += 2)
    {
      gsize start, end;
      line_range (doc, g_array_index (entry->ignore, guint, i), g_array_index (entry->ignore, guint, i + 1),
                  &start, &end);
      contra_document_ignore (doc, start, end);
    }
  for (guint i = 0; i < entry->sections->len; i++)
    {
      const ContraManifestSection *spec = g_ptr_array_index (entry->sections, i);
      ContraSection *section = g_new0 (ContraSection, 1);
      line_range (doc, spec->first_line, spec->last_line, &section->start, &section->end);
      section->kind = spec->kind;
      section->label = g_strdup (spec->label);
      section->author = g_strdup (spec->author);
      section->date = spec->date;
      contra_document_add_section (doc, section);
    }
}

void
contra_front_matter_apply (ContraDocument *doc)
{
  if (doc->front_matter.end <= doc->front_matter.start)
    return;

  /* The block between the two "---" lines. */
  const char *text = doc->text + doc->front_matter.start;
  gsize length = doc->front_matter.end - doc->front_matter.start;
  const char *body = memchr (text, '\n', length);
  if (body == NULL)
    return;
  body++;
  const char *close = g_strstr_len (body, (gssize) (text + length - body), "\n---");
  gsize body_length = close ? (gsize) (close - body) + 1 : (gsize) (text + length - body);

  ContraDiagnostic *problem = NULL;
  g_autoptr (ContraYamlNode) root = contra_yaml_parse (doc->path, body, body_length, &problem);
  if (root == NULL)
    {
      /* Front matter that is not YAML is not prose either; say so and go on. */
      problem->severity = CONTRA_SEVERITY_WARNING;
      problem->line += 1;
      g_ptr_array_add (doc->warnings, problem);
      return;
    }
  if (root->kind != CONTRA_YAML_MAPPING)
    return;

  static const char *const titles[] = {"title", NULL};
  static const char *const authors[] = {"author", "byline", NULL};
  static const char *const outlets[] = {"outlet", "publisher", "site", "source", NULL};
  static const char *const dates[] = {"published", "date", NULL};
  static const char *const languages[] = {"language", "lang", NULL};
  struct { const char *const *keys; char **field; } fields[] = {
    {titles, &doc->title}, {authors, &doc->author}, {outlets, &doc->outlet}, {languages, &doc->language},
  };

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    for (guint k = 0; fields[f].keys[k] != NULL && *fields[f].field == NULL; k++)
      {
        const ContraYamlNode *node = contra_yaml_mapping_get (root, fields[f].keys[k]);
        if (node != NULL && node->kind == CONTRA_YAML_SCALAR && !contra_yaml_is_null (node))
          *fields[f].field = g_strdup (node->scalar);
      }
  for (guint k = 0; dates[k] != NULL && !contra_date_is_set (&doc->published); k++)
    {
      const ContraYamlNode *node = contra_yaml_mapping_get (root, dates[k]);
      if (node != NULL && node->kind == CONTRA_YAML_SCALAR)
        contra_date_parse (node->scalar, &doc->published);
    }
}
