/* index.h — the claim index: a corpus's claims kept in SQLite between runs.
 *
 * Extraction is the slow part of contra, and a document's claims change only when
 * what they depend on changes (index/fingerprint.h): its bytes, its manifest entry,
 * the rules and language data, contra's version. The index keeps, per document, the
 * hashes of these (the entry whole), the file's size, times and inode (so that an unchanged file is not
 * read to be hashed again), its source and claims in a checked binary form that holds
 * what the JSON Lines of `contra claims --format jsonl` hold (io/claim-binary.h: read
 * back without a parse), and the warnings its reading gave. `contra index` brings it up to date; `report` and
 * `lint` read their claims from it when it is up to date, and bring it up to date
 * first when they can.
 *
 * Faults. The database is in WAL mode with a busy timeout; each batch of documents is
 * written in one transaction, so a run killed at any point leaves the batches it
 * committed and nothing of the one it was writing, and the next run reads again only
 * what is missing. Two writers take turns (SQLite's lock); extraction happens outside
 * any transaction, so the wait is for the writing, not the reading. A file at the
 * index path that is not a database, is damaged, or is a database of something else
 * (its application_id is not contra's) is an error that names it; contra never
 * writes into it.
 */
#pragma once

#include <glib.h>

#include "base/yaml-store.h"
#include "corpus/corpus.h"
#include "extract/batch.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

#define CONTRA_INDEX_ERROR (contra_index_error_quark ())

typedef enum {
  CONTRA_INDEX_ERROR_INVALID,     /* not a database, damaged, or not contra's */
  CONTRA_INDEX_ERROR_UNAVAILABLE, /* cannot be opened or written now: permissions, a
                                     read-only folder, another writer past the timeout */
} ContraIndexError;

GQuark contra_index_error_quark (void);

/* The file name of an index beside a corpus folder. */
#define CONTRA_INDEX_FILE_NAME ".contra-index.sqlite"

typedef struct _ContraIndex ContraIndex;

typedef struct {
  guint documents; /* in the corpus */
  guint fresh;     /* up to date in the index */
  guint stale;     /* to be read again: new, changed, or not indexable */
  guint removed;   /* in the index, no longer in the corpus */
  guint64 claims;  /* claims in the index once up to date (contra_index_update) */
} ContraIndexStatus;

/* Opens the index at @path. With @create, a missing file is created; without, a
 * missing file is an UNAVAILABLE error. The index is opened for writing when it can
 * be, else for reading. Free with contra_index_free(). */
ContraIndex *contra_index_open (const char *path, gboolean create, GError **error);

void contra_index_free (ContraIndex *index);

/* The path it was opened with. */
const char *contra_index_path (const ContraIndex *index);

/* Fills @store so that it finds parsed YAML trees in @index (its table `trees`, by
 * absolute path and stamp; base/yaml-store.h), and holds those parsed while it is set
 * (contra_yaml_set_store()) until contra_index_keep(): the rule files and
 * manifests are then parsed once, not on every run. A failure to find a tree is no
 * error. @index must outlive the store's use. */
void contra_index_yaml_store (ContraIndex *index, ContraYamlStore *store);

/* The rules' hash (contra_fingerprint_rules()) of @rules_dir: the one the index keeps
 * when every file of the folder has the stamp it had when that hash was taken
 * (contra_fingerprint_rules_stamps()), else the files' hashed again, and the hash and
 * stamps held to keep (contra_index_keep()). NULL with @error set when a file cannot
 * be read. Free with g_free(). */
char *contra_index_rules_hash (ContraIndex *index, const char *rules_dir, GError **error);

/* Writes what this run learnt that saves the next one work: the trees the store holds
 * and the rules' stamps with their hash, in one transaction, when the index can be
 * written at once and SQLite's quick_check finds it whole; else drops them (they are
 * found again next time). Never an error. */
void contra_index_keep (ContraIndex *index);

/* Compares the index with @corpus read with the rules of fingerprint @rules_hash
 * (contra_fingerprint_rules()): fills @status and returns TRUE with it. */
gboolean contra_index_check (ContraIndex *index, const ContraCorpus *corpus, const char *rules_hash,
                             ContraIndexStatus *status, GError **error);

/* Brings the index up to date with @corpus: reads the stale documents with @rules on
 * @jobs threads (0: one per core), a batch at a time, each batch committed; with
 * @prune, forgets the documents that are not in @corpus (without, they stay: report
 * on one file of a corpus leaves the others' claims). @status says what it did. A document that
 * cannot be read is kept with its error (and read again next time). Errors:
 * UNAVAILABLE when the index cannot be written, INVALID when it is damaged. The
 * warnings of the documents read are added to @warnings (ContraDiagnostic*; may be
 * NULL). */
gboolean contra_index_update (ContraIndex *index, const ContraCorpus *corpus, const ContraRuleSet *rules,
                              const char *rules_hash, guint jobs, gboolean prune, ContraIndexStatus *status,
                              GPtrArray *warnings, GError **error);

/* The claims of @corpus from an up-to-date index, in corpus order, with the warnings
 * their reading gave: the same set contra_extract_corpus() would return. NULL with
 * @error set when the index does not hold a document of @corpus or is damaged. */
ContraClaimSet *contra_index_load (ContraIndex *index, const ContraCorpus *corpus, const ContraRuleSet *rules,
                                   GError **error);

/* The claims of the drafts a lint checks, extracted apart, given @sources: a set with
 * the corpus's sources and no claims. Returns a set to free. */
typedef ContraClaimSet *(*ContraIndexDrafts) (const ContraClaimSet *sources, gpointer data);

/* The same for a lint: the sources and warnings of every document of @corpus, but of
 * its claims only those that the claims of the drafts (@drafts, called once with the
 * sources) can meet in the reconciler (reconcile/reach.h), in corpus order, so that
 * the lint's findings are those of the whole set. @n_claims is set to the number of
 * claims @corpus has in the index, read or not (what the report's summary counts). */
ContraClaimSet *contra_index_load_reach (ContraIndex *index, const ContraCorpus *corpus, const ContraRuleSet *rules,
                                         ContraIndexDrafts drafts, gpointer data, guint64 *n_claims, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraIndex, contra_index_free)

G_END_DECLS
