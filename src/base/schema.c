#include "base/schema.h"

#include <stdarg.h>
#include <stdlib.h>

#include "base/strutil.h"

void
contra_schema_error (ContraSchema *schema, const ContraYamlNode *node, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (schema->diagnostics,
                   contra_diagnostic_new (CONTRA_SEVERITY_ERROR, schema->path,
                                          node ? node->line : 0, node ? node->column : 0,
                                          "%s", message));
}

gboolean
contra_schema_mapping (ContraSchema *schema,
                       const ContraYamlNode *node,
                       const char *what,
                       const char *const *known)
{
  if (node == NULL || node->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, node, "%s must be a mapping, not %s", what,
                           node ? contra_yaml_kind_name (node->kind) : "nothing");
      return FALSE;
    }
  for (guint i = 0; i < contra_yaml_length (node); i++)
    {
      const ContraYamlNode *key = contra_yaml_key_at (node, i);
      if (key->kind != CONTRA_YAML_SCALAR)
        {
          contra_schema_error (schema, key, "keys in %s must be strings", what);
          continue;
        }
      /* libyaml accepts a key written twice and we would read only the first: the
       * second is almost always an edit that was meant to replace or extend it. */
      const ContraYamlNode *earlier = NULL;
      for (guint j = 0; j < i && earlier == NULL; j++)
        {
          const ContraYamlNode *other = contra_yaml_key_at (node, j);
          if (other->kind == CONTRA_YAML_SCALAR && g_str_equal (other->scalar, key->scalar))
            earlier = other;
        }
      if (earlier != NULL)
        {
          contra_schema_error (schema, key, "key '%s' appears twice in %s (first at line %u)",
                               key->scalar, what, earlier->line);
          continue;
        }
      if (g_strv_contains (known, key->scalar))
        continue;
      const char *near = contra_suggest (key->scalar, known);
      if (near != NULL)
        contra_schema_error (schema, key, "unknown key '%s' in %s; did you mean '%s'?",
                             key->scalar, what, near);
      else
        {
          g_autofree char *list = g_strjoinv (", ", (char **) known);
          contra_schema_error (schema, key, "unknown key '%s' in %s (known keys: %s)",
                               key->scalar, what, list);
        }
    }
  return TRUE;
}

gboolean
contra_schema_require (ContraSchema *schema,
                       const ContraYamlNode *mapping,
                       const char *key,
                       const char *what)
{
  if (contra_yaml_mapping_get (mapping, key) != NULL)
    return TRUE;
  contra_schema_error (schema, mapping, "missing required key '%s' in %s", key, what);
  return FALSE;
}

const char *
contra_schema_string (ContraSchema *schema, const ContraYamlNode *mapping, const char *key)
{
  const ContraYamlNode *node = contra_yaml_mapping_get (mapping, key);

  if (node == NULL)
    return NULL;
  if (node->kind != CONTRA_YAML_SCALAR)
    {
      contra_schema_error (schema, node, "'%s' must be a string, not %s", key,
                           contra_yaml_kind_name (node->kind));
      return NULL;
    }
  return node->scalar;
}

char **
contra_schema_strings (ContraSchema *schema,
                       const ContraYamlNode *mapping,
                       const char *key,
                       GPtrArray *nodes)
{
  const ContraYamlNode *node = contra_yaml_mapping_get (mapping, key);
  g_autoptr (GStrvBuilder) builder = NULL;

  if (node == NULL || contra_yaml_is_null (node))
    return NULL;
  builder = g_strv_builder_new ();
  if (node->kind == CONTRA_YAML_SCALAR)
    {
      g_strv_builder_add (builder, node->scalar);
      if (nodes != NULL)
        g_ptr_array_add (nodes, (gpointer) node);
    }
  else if (node->kind == CONTRA_YAML_SEQUENCE)
    {
      for (guint i = 0; i < contra_yaml_length (node); i++)
        {
          const ContraYamlNode *item = contra_yaml_item_at (node, i);
          if (item->kind != CONTRA_YAML_SCALAR)
            {
              contra_schema_error (schema, item, "items of '%s' must be strings, not %s", key,
                                   contra_yaml_kind_name (item->kind));
              continue;
            }
          g_strv_builder_add (builder, item->scalar);
          if (nodes != NULL)
            g_ptr_array_add (nodes, (gpointer) item);
        }
    }
  else
    {
      contra_schema_error (schema, node, "'%s' must be a string or a list of strings", key);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

gboolean
contra_schema_bool (ContraSchema *schema,
                    const ContraYamlNode *mapping,
                    const char *key,
                    gboolean fallback)
{
  const char *text = contra_schema_string (schema, mapping, key);
  static const char *const truths[] = {"true", "yes", "on", NULL};
  static const char *const falsehoods[] = {"false", "no", "off", NULL};

  if (text == NULL)
    return fallback;
  if (g_strv_contains (truths, text))
    return TRUE;
  if (g_strv_contains (falsehoods, text))
    return FALSE;
  contra_schema_error (schema, contra_yaml_mapping_get (mapping, key),
                       "'%s' must be true or false, not '%s'", key, text);
  return fallback;
}

guint
contra_schema_uint (ContraSchema *schema,
                    const ContraYamlNode *mapping,
                    const char *key,
                    guint fallback)
{
  const char *text = contra_schema_string (schema, mapping, key);
  guint64 value;

  if (text == NULL)
    return fallback;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    {
      contra_schema_error (schema, contra_yaml_mapping_get (mapping, key),
                           "'%s' must be a whole number, not '%s'", key, text);
      return fallback;
    }
  return (guint) value;
}

int
contra_schema_choice (ContraSchema *schema,
                      const ContraYamlNode *mapping,
                      const char *key,
                      const char *const *choices,
                      int fallback)
{
  const char *text = contra_schema_string (schema, mapping, key);

  if (text == NULL)
    return fallback;
  for (int i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], text))
      return i;

  g_autofree char *list = g_strjoinv (", ", (char **) choices);
  const char *near = contra_suggest (text, choices);
  if (near != NULL)
    contra_schema_error (schema, contra_yaml_mapping_get (mapping, key),
                         "'%s' must be one of %s, not '%s'; did you mean '%s'?", key, list,
                         text, near);
  else
    contra_schema_error (schema, contra_yaml_mapping_get (mapping, key),
                         "'%s' must be one of %s, not '%s'", key, list, text);
  return fallback;
}
