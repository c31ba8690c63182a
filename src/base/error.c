#include "base/error.h"

G_DEFINE_QUARK (contra-input-error-quark, contra_input_error)
G_DEFINE_QUARK (contra-rules-error-quark, contra_rules_error)
G_DEFINE_QUARK (contra-usage-error-quark, contra_usage_error)
