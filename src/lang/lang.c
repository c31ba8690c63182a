/* lang.c — reading the compiled-in language data. */
#include "lang/lang.h"

#include <string.h>

ContraYamlNode *
contra_lang_load (const char *name)
{
  g_autoptr (GError) error = NULL;
  const ContraLangFile *file = contra_lang_files;

  while (file->name != NULL && strcmp (file->name, name) != 0)
    file++;
  if (file->name == NULL)
    g_error ("lang/%s is not compiled in", name);
  g_autofree char *label = g_strconcat ("lang/", name, NULL);
  ContraYamlNode *node = contra_yaml_load_data (label, file->data, file->length, &error);
  if (node == NULL)
    g_error ("%s", error->message);
  return node;
}

static G_NORETURN void
bad_value (const char *file, const ContraYamlNode *node, const char *key, const char *expected)
{
  g_error ("lang/%s:%u:%u: error: '%s' must be %s", file, node->line, node->column, key, expected);
}

const char *
contra_lang_string (const char *file, const ContraYamlNode *node, const char *key)
{
  const ContraYamlNode *value = contra_yaml_mapping_get (node, key);

  if (value == NULL)
    return NULL;
  if (value->kind != CONTRA_YAML_SCALAR)
    bad_value (file, value, key, "a string");
  return value->scalar;
}

double
contra_lang_double (const char *file, const ContraYamlNode *node, const char *key, double fallback)
{
  const char *s = contra_lang_string (file, node, key);
  char *end;

  if (s == NULL)
    return fallback;
  double v = g_ascii_strtod (s, &end);
  if (*s == '\0' || *end != '\0')
    bad_value (file, contra_yaml_mapping_get (node, key), key, "a number");
  return v;
}

char **
contra_lang_strings (const char *file, const ContraYamlNode *node, const char *key)
{
  const ContraYamlNode *value = contra_yaml_mapping_get (node, key);
  GPtrArray *out = g_ptr_array_new ();

  if (value != NULL && value->kind != CONTRA_YAML_SEQUENCE)
    bad_value (file, value, key, "a list of strings");
  for (guint k = 0; value != NULL && k < contra_yaml_length (value); k++)
    {
      const ContraYamlNode *item = contra_yaml_item_at (value, k);
      if (item->kind != CONTRA_YAML_SCALAR)
        bad_value (file, item, key, "a list of strings");
      g_ptr_array_add (out, g_strdup (item->scalar));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}
