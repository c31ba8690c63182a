/* lang.h — the language data compiled into the program (private to src/lang/ and the normalisers).
 *
 * The files of lang/ (lang/en/units.yaml, lang/en/plurals.yaml) are built into the
 * program by lang/embed.py, so a normaliser reads them without a path and the program
 * runs the same wherever it is installed. They are read once, on first use.
 */
#pragma once

#include <glib.h>

#include "rules/yaml.h"

G_BEGIN_DECLS

/* One compiled-in file; the generated table ends with a NULL name. */
typedef struct {
  const char *name; /* "en/units.yaml" */
  const char *data; /* NUL-terminated */
  gsize length;
} ContraLangFile;

extern const ContraLangFile contra_lang_files[];

/* The YAML of the compiled-in file @name ("en/units.yaml"). Data that does not parse
 * is a fault of the build, not of the user's input, so it aborts with the file, line
 * and column. Free with contra_yaml_node_free(). */
ContraYamlNode *contra_lang_load (const char *name);

/* A scalar of @node's mapping at @key as a string (NULL when absent), a double
 * (@fallback when absent) or a list of strings (NULL-terminated, owned by the
 * caller: free with g_strfreev(); empty when absent). A value of the wrong kind
 * aborts, naming the file, line and column. */
const char *contra_lang_string (const char *file, const ContraYamlNode *node, const char *key);
double contra_lang_double (const char *file, const ContraYamlNode *node, const char *key, double fallback);
char **contra_lang_strings (const char *file, const ContraYamlNode *node, const char *key);

G_END_DECLS
