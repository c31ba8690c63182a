/* schema.h — checking YAML nodes against what a file type expects.
 *
 * The loaders of rule files, lexicon files, the manifest and .contra.yaml describe
 * each mapping by its known keys and read values through these helpers. Every problem
 * is appended to the context's list as "path:line:col: error: message", and reading
 * goes on, so that one pass reports every problem of a file.
 */
#pragma once

#include <glib.h>

#include "base/diagnostic.h"
#include "base/yaml.h"

G_BEGIN_DECLS

typedef struct {
  const char *path;        /* the file, as it is named in messages */
  GPtrArray *diagnostics;  /* ContraDiagnostic*, owned by the caller */
} ContraSchema;

/* Appends an error at @node's position. */
void contra_schema_error (ContraSchema *schema,
                          const ContraYamlNode *node,
                          const char *format,
                          ...) G_GNUC_PRINTF (3, 4);

/* Checks that @node is a mapping (else reports "@what must be a mapping") and that its
 * keys are among @known (NULL-terminated); an unknown key is reported with the nearest
 * known key suggested. Returns FALSE when @node is not a mapping. */
gboolean contra_schema_mapping (ContraSchema *schema,
                                const ContraYamlNode *node,
                                const char *what,
                                const char *const *known);

/* Reports "missing required key '@key' in @what" at @mapping when it lacks @key. */
gboolean contra_schema_require (ContraSchema *schema,
                                const ContraYamlNode *mapping,
                                const char *key,
                                const char *what);

/* The scalar at @key of @mapping (NULL when absent, or when it is not a scalar, which
 * is reported). */
const char *contra_schema_string (ContraSchema *schema,
                                  const ContraYamlNode *mapping,
                                  const char *key);

/* A scalar or a list of scalars at @key, as a NULL-terminated vector (NULL when
 * absent). Free with g_strfreev(). @nodes, when not NULL, receives the node of each
 * string (for messages about one item). */
char **contra_schema_strings (ContraSchema *schema,
                              const ContraYamlNode *mapping,
                              const char *key,
                              GPtrArray *nodes);

/* A boolean at @key ("true"/"false"/"yes"/"no"); @fallback when absent. */
gboolean contra_schema_bool (ContraSchema *schema,
                             const ContraYamlNode *mapping,
                             const char *key,
                             gboolean fallback);

/* A non-negative integer at @key; @fallback when absent. */
guint contra_schema_uint (ContraSchema *schema,
                          const ContraYamlNode *mapping,
                          const char *key,
                          guint fallback);

/* One of @choices (NULL-terminated) at @key, as its index; @fallback when absent. An
 * unknown choice is reported with the list of choices. */
int contra_schema_choice (ContraSchema *schema,
                          const ContraYamlNode *mapping,
                          const char *key,
                          const char *const *choices,
                          int fallback);

G_END_DECLS
