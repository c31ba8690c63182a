/* index.c — the claim index in SQLite (see index.h for what it keeps and why).
 *
 * The tables:
 *   meta       key -> value: the rules' fingerprint and the contra that last wrote;
 *   documents  one row per document of the corpus: its path (as contra prints it),
 *              what its claims depend on (the hashes of the rules and of its bytes,
 *              its manifest entry's fields), its size, times and inode, and its
 *              source in binary form (io/claim-binary.h; NULL when it could not be
 *              read);
 *   claims     one row per claim: its document, its key, and its binary form, with
 *              what lint selects by (reconcile/reach.h): its head concept, whether it
 *              is partial, the person it names, the bucket of the name that is its
 *              subject (reconcile/names.h), the action, actor and target of a
 *              "first", the status family of a claim on a status, whether it is
 *              live (reach.h: an inert subject is read for no draft), its rule match;
 *   warnings   what reading the document reported, field by field.
 * A document is up to date when its rules and bytes hashes and its entry are the
 * current ones. Its bytes are hashed again only when its size, times or inode changed, or
 * when it was indexed within a second or two of being written (a later write in the
 * same tick of the clock would not change its time: git's "racy" files).
 */
#include "index/index.h"

#include <errno.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "base/diagnostic.h"
#include "index/fingerprint.h"
#include "io/claim-binary.h"
#include "reconcile/reach.h"

#include "contra-config.h"

/* clang-format off */
G_DEFINE_QUARK (contra-index-error-quark, contra_index_error)
/* clang-format on */

/* "cntr": tells contra's databases from other programs'. */
#define APPLICATION_ID 0x636e7472
/* The layout of the tables; an index of another layout is rebuilt. */
#define SCHEMA_VERSION 7
/* How long a writer waits for another to finish its batch (the environment variable
 * CONTRA_INDEX_BUSY_MS shortens it, for the tests of a writer that waits too long). */
#define BUSY_TIMEOUT_MS 60000
/* A batch: documents read, then written in one transaction. The environment
 * variable CONTRA_INDEX_BATCH makes batches smaller (tests kill a run between the
 * batches of a small corpus). */
#define BATCH_DOCUMENTS 256
#define BATCH_BYTES (8u << 20)
/* A file written this recently (nanoseconds) is hashed again next time. */
#define RACY_NS G_GINT64_CONSTANT (2000000000)

struct _ContraIndex {
  sqlite3 *db;
  char *path;
  GMutex trees;       /* one use of the connection for parsed trees at a time */
  GPtrArray *pending; /* Tree*: parsed this run, to keep (contra_index_keep()) */
  char *pending_rules; /* the rules' hash, a newline and their stamps, to keep; or NULL */
  gboolean writable;
  gboolean outdated; /* an index of an older layout: every document is stale */
};

static const char schema[]
  = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, rules_hash TEXT NOT NULL,"
    " entry BLOB NOT NULL, bytes_hash TEXT, size INTEGER NOT NULL, mtime INTEGER NOT NULL,"
    " ctime INTEGER NOT NULL, inode INTEGER NOT NULL, source BLOB, n_claims INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE claims (document INTEGER NOT NULL, subject TEXT NOT NULL, attribute TEXT NOT NULL,"
    " head TEXT, partial INTEGER NOT NULL, person TEXT, person_slug TEXT, name_bucket TEXT, action TEXT,"
    " actor TEXT, target TEXT, family TEXT, live INTEGER NOT NULL, frame INTEGER NOT NULL,"
    " form BLOB NOT NULL);"
    "CREATE INDEX claims_by_document ON claims (document, frame);"
    "CREATE INDEX claims_by_head ON claims (head, document, frame) WHERE head IS NOT NULL;"
    "CREATE INDEX claims_partial ON claims (head) WHERE partial;"
    "CREATE INDEX claims_by_subject ON claims (subject, document, frame);"
    "CREATE INDEX claims_live ON claims (subject) WHERE live;"
    "CREATE INDEX claims_by_person ON claims (person, person_slug, document, frame) WHERE person IS NOT NULL;"
    "CREATE INDEX claims_by_action ON claims (action, actor, target) WHERE action IS NOT NULL;"
    "CREATE INDEX claims_by_family ON claims (family, document, frame) WHERE family IS NOT NULL;"
    "CREATE INDEX claims_by_name_bucket ON claims (name_bucket, document, frame) WHERE name_bucket IS NOT NULL;"
    "CREATE TABLE warnings (document INTEGER NOT NULL, seq INTEGER NOT NULL, severity INTEGER NOT NULL,"
    " path TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, byte INTEGER, message TEXT NOT NULL,"
    " source_line TEXT, PRIMARY KEY (document, seq)) WITHOUT ROWID;"
    "CREATE TABLE trees (path TEXT PRIMARY KEY, device INTEGER NOT NULL, inode INTEGER NOT NULL,"
    " size INTEGER NOT NULL, mtime INTEGER NOT NULL, ctime INTEGER NOT NULL, tree BLOB NOT NULL);";

static const char drop[] = "DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS documents;"
                           "DROP TABLE IF EXISTS claims; DROP TABLE IF EXISTS warnings;"
                           "DROP TABLE IF EXISTS trees;";

/* ---- errors ------------------------------------------------------------------------ */

/* Sets @error from SQLite's last error on @index: a damaged or foreign file is
 * INVALID, a file that cannot be opened or written now is UNAVAILABLE. */
static gboolean
fail (ContraIndex *index, int code, GError **error)
{
  const char *why = index->db != NULL ? sqlite3_errmsg (index->db) : sqlite3_errstr (code);

  switch (code & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID,
                   "%s: not a contra index (%s); remove it or give --index another path", index->path, why);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID,
                   "%s: the index is damaged (%s); remove it and run contra index again", index->path, why);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_UNAVAILABLE,
                   "%s: another contra is writing the index (%s)", index->path, why);
      break;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_AUTH:
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_UNAVAILABLE, "%s: cannot write the index (%s)",
                   index->path, why);
      break;
    default:
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID, "%s: the index cannot be used (%s)",
                   index->path, why);
      break;
    }
  return FALSE;
}

static gboolean
exec (ContraIndex *index, const char *sql, GError **error)
{
  int rc = sqlite3_exec (index->db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || fail (index, rc, error);
}

static sqlite3_stmt *
prepare (ContraIndex *index, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (index->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      fail (index, rc, error);
      return NULL;
    }
  return stmt;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* @sql prepared and stepped to its first row; NULL (with @error set) when it has none. */
static sqlite3_stmt *
first_row (ContraIndex *index, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = prepare (index, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      fail (index, rc, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

/* The first integer of @sql's first row. */
static gboolean
query_int (ContraIndex *index, const char *sql, gint64 *out, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = first_row (index, sql, error);

  if (stmt == NULL)
    return FALSE;
  *out = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Ends the transaction begun: committed when @ok, else rolled back (keeping the
 * error already set). */
static gboolean
finish_transaction (ContraIndex *index, gboolean ok, GError **error)
{
  if (ok)
    return exec (index, "COMMIT", error);
  sqlite3_exec (index->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* ---- opening --------------------------------------------------------------------- */

/* Makes a new (empty) database an index, or an index of an older layout a new one.
 * In one transaction, checked again inside it: another contra may be doing the same. */
static gboolean
set_up (ContraIndex *index, GError **error)
{
  gint64 application = 0, version = 0, tables = 0;
  gboolean ok;

  if (!exec (index, "BEGIN IMMEDIATE", error))
    return FALSE;
  ok = query_int (index, "PRAGMA application_id", &application, error)
       && query_int (index, "PRAGMA user_version", &version, error)
       && query_int (index, "SELECT count(*) FROM sqlite_master", &tables, error);
  if (ok && application == 0 && tables > 0)
    ok = fail (index, SQLITE_NOTADB, error);
  if (ok && (application == 0 || version != SCHEMA_VERSION))
    {
      g_autofree char *pragmas
        = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;", APPLICATION_ID, SCHEMA_VERSION);
      ok = exec (index, drop, error) && exec (index, schema, error) && exec (index, pragmas, error);
    }
  return finish_transaction (index, ok, error);
}

/* Is the file at the path contra's, and of this layout? Read before anything is
 * written: a foreign file is never touched. */
static gboolean
recognise (ContraIndex *index, gboolean *fresh_file, GError **error)
{
  gint64 application = 0, version = 0, tables = 0;
  gboolean ok;

  /* One read transaction: another contra setting up the same new file must not be
   * seen half done (no id yet, but its tables: a foreign database). */
  if (!exec (index, "BEGIN", error))
    return FALSE;
  ok = query_int (index, "PRAGMA application_id", &application, error)
       && query_int (index, "PRAGMA user_version", &version, error)
       && query_int (index, "SELECT count(*) FROM sqlite_master", &tables, error);
  if (!finish_transaction (index, ok, error))
    return FALSE;
  if (application != APPLICATION_ID && (application != 0 || tables > 0))
    {
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID,
                   "%s: not a contra index (a database of another program); remove it or give --index another path",
                   index->path);
      return FALSE;
    }
  *fresh_file = application == 0;
  index->outdated = application == APPLICATION_ID && version != SCHEMA_VERSION;
  return TRUE;
}

/* Milliseconds: BUSY_TIMEOUT_MS, or a shorter CONTRA_INDEX_BUSY_MS. */
static int
busy_timeout (void)
{
  const char *text = g_getenv ("CONTRA_INDEX_BUSY_MS");
  guint64 ms = text != NULL ? g_ascii_strtoull (text, NULL, 10) : 0;

  return ms > 0 && ms < BUSY_TIMEOUT_MS ? (int) ms : BUSY_TIMEOUT_MS;
}

ContraIndex *
contra_index_open (const char *path, gboolean create, GError **error)
{
  g_autoptr (ContraIndex) index = g_new0 (ContraIndex, 1);
  GStatBuf st;
  gboolean fresh_file = FALSE;
  int rc;

  index->path = g_strdup (path);
  g_mutex_init (&index->trees);
  if (g_stat (path, &st) != 0)
    {
      if (!create || errno != ENOENT)
        {
          int saved = errno;
          g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_UNAVAILABLE, "%s: %s", path, g_strerror (saved));
          return NULL;
        }
    }
  else if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID,
                   "%s: not a contra index (not a regular file); give --index another path", path);
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &index->db, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0), NULL);
  index->writable = rc == SQLITE_OK;
  if (rc != SQLITE_OK)
    {
      /* A file contra may read but not write (a read-only folder: no journal). */
      sqlite3_close (index->db);
      index->db = NULL;
      rc = sqlite3_open_v2 (path, &index->db, SQLITE_OPEN_READONLY, NULL);
      if (rc != SQLITE_OK)
        {
          fail (index, rc, error);
          return NULL;
        }
    }
  sqlite3_busy_timeout (index->db, busy_timeout ());
  sqlite3_extended_result_codes (index->db, 1);
  if (!recognise (index, &fresh_file, error))
    return NULL;
  if (index->writable && (fresh_file || index->outdated))
    {
      if (!set_up (index, error))
        return NULL;
      index->outdated = FALSE;
    }
  if (index->writable)
    {
      /* WAL: readers go on while a writer writes, and a killed writer's batch is
       * simply not there. The mode stays with the file; setting it again is a no-op,
       * and a failure (another contra holds a lock) only means it is being set. */
      g_autoptr (sqlite3_stmt) mode = first_row (index, "PRAGMA journal_mode", error);
      if (mode == NULL)
        return NULL;
      gboolean wal = g_ascii_strcasecmp ((const char *) sqlite3_column_text (mode, 0), "wal") == 0;
      sqlite3_reset (mode);
      if (!wal)
        sqlite3_exec (index->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
      sqlite3_exec (index->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
    }
  return g_steal_pointer (&index);
}

void
contra_index_free (ContraIndex *index)
{
  if (index == NULL)
    return;
  sqlite3_close (index->db);
  g_mutex_clear (&index->trees);
  g_clear_pointer (&index->pending, g_ptr_array_unref);
  g_free (index->pending_rules);
  g_free (index->path);
  g_free (index);
}

const char *
contra_index_path (const ContraIndex *index)
{
  return index->path;
}

/* ---- parsed YAML trees ----------------------------------------------------------- */

/* Binds a tree's path and stamp to parameters 1 to 6 of @stmt. */
static void
bind_tree_key (sqlite3_stmt *stmt, const char *path, const ContraYamlStamp *stamp)
{
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, stamp->device);
  sqlite3_bind_int64 (stmt, 3, stamp->inode);
  sqlite3_bind_int64 (stmt, 4, stamp->size);
  sqlite3_bind_int64 (stmt, 5, stamp->mtime);
  sqlite3_bind_int64 (stmt, 6, stamp->ctime);
}

/* What the store finds is checked by the YAML reader (base/yaml-store.h), and any
 * failure here (no table in an index of another layout, damage, another writer) is
 * only a tree not found or not kept: the file is parsed, and a damaged index is
 * reported by the reading of the claims that follows. */
static GBytes *
tree_lookup (gpointer data, const char *path, const ContraYamlStamp *stamp)
{
  ContraIndex *index = data;
  GBytes *tree = NULL;
  g_autoptr (GMutexLocker) locked = g_mutex_locker_new (&index->trees);
  g_autoptr (sqlite3_stmt) stmt = prepare (index,
                                           "SELECT tree FROM trees WHERE path = ?1 AND device = ?2 AND inode = ?3"
                                           " AND size = ?4 AND mtime = ?5 AND ctime = ?6",
                                           NULL);

  if (stmt == NULL)
    return NULL;
  bind_tree_key (stmt, path, stamp);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    tree = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  return tree;
}

typedef struct {
  char *path;
  ContraYamlStamp stamp;
  GBytes *tree;
} Tree;

static void
tree_free (Tree *t)
{
  g_free (t->path);
  g_bytes_unref (t->tree);
  g_free (t);
}

static void
tree_keep (gpointer data, const char *path, const ContraYamlStamp *stamp, GBytes *tree)
{
  ContraIndex *index = data;
  g_autoptr (GMutexLocker) locked = g_mutex_locker_new (&index->trees);
  Tree *t = g_new0 (Tree, 1);

  t->path = g_strdup (path);
  t->stamp = *stamp;
  t->tree = g_bytes_ref (tree);
  if (index->pending == NULL)
    index->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) tree_free);
  g_ptr_array_add (index->pending, t);
}

static gboolean verify (ContraIndex *index, GError **error);

static gboolean
write_trees (ContraIndex *index)
{
  g_autoptr (sqlite3_stmt) stmt
    = prepare (index,
               "INSERT OR REPLACE INTO trees (path, device, inode, size, mtime, ctime, tree)"
               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
               NULL);
  gboolean ok = stmt != NULL;

  for (guint i = 0; ok && i < index->pending->len; i++)
    {
      const Tree *t = g_ptr_array_index (index->pending, i);
      gsize length;
      const void *bytes = g_bytes_get_data (t->tree, &length);
      bind_tree_key (stmt, t->path, &t->stamp);
      sqlite3_bind_blob64 (stmt, 7, bytes, length, SQLITE_STATIC);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_reset (stmt);
    }
  return ok;
}

char *
contra_index_rules_hash (ContraIndex *index, const char *rules_dir, GError **error)
{
  g_autofree char *stamps = contra_fingerprint_rules_stamps (rules_dir);

  if (stamps != NULL)
    {
      g_autoptr (sqlite3_stmt) stmt = first_row (index, "SELECT value FROM meta WHERE key = 'rules_stamps'", NULL);
      const char *kept = stmt != NULL ? (const char *) sqlite3_column_text (stmt, 0) : NULL;
      const char *newline = kept != NULL ? strchr (kept, '\n') : NULL;
      if (newline != NULL && g_str_equal (newline + 1, stamps))
        return g_strndup (kept, (gsize) (newline - kept));
    }
  char *hash = contra_fingerprint_rules (rules_dir, error);
  if (hash != NULL && stamps != NULL)
    {
      g_autoptr (GMutexLocker) locked = g_mutex_locker_new (&index->trees);
      g_free (index->pending_rules);
      index->pending_rules = g_strconcat (hash, "\n", stamps, NULL);
    }
  return hash;
}

static gboolean
write_rules_stamps (ContraIndex *index)
{
  g_autoptr (sqlite3_stmt) stmt
    = prepare (index, "INSERT OR REPLACE INTO meta (key, value) VALUES ('rules_stamps', ?1)", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, index->pending_rules, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_DONE;
}

void
contra_index_keep (ContraIndex *index)
{
  g_return_if_fail (index != NULL);

  g_autoptr (GMutexLocker) locked = g_mutex_locker_new (&index->trees);
  gboolean trees = index->pending != NULL && index->pending->len > 0;
  if ((!trees && index->pending_rules == NULL) || !index->writable || index->outdated)
    return;
  /* Keeping these is worth no wait: another writer holding the index goes first. And
   * nothing is written into a damaged file: the check reads every page, but it runs
   * only in a run that found something new (after the rules or the manifest changed). */
  sqlite3_busy_timeout (index->db, 0);
  if (exec (index, "BEGIN IMMEDIATE", NULL))
    finish_transaction (index,
                        verify (index, NULL) && (!trees || write_trees (index))
                          && (index->pending_rules == NULL || write_rules_stamps (index)),
                        NULL);
  sqlite3_busy_timeout (index->db, busy_timeout ());
  if (trees)
    g_ptr_array_set_size (index->pending, 0);
  g_clear_pointer (&index->pending_rules, g_free);
}

void
contra_index_yaml_store (ContraIndex *index, ContraYamlStore *store)
{
  g_return_if_fail (index != NULL && store != NULL);

  *store = (ContraYamlStore){tree_lookup, tree_keep, index};
}

/* ---- what is up to date ---------------------------------------------------------- */

typedef struct {
  gint64 id;
  char *rules_hash;
  GBytes *entry;
  char *bytes_hash;
  gint64 size, mtime, ctime, inode;
  gboolean seen;
} Row;

static void
row_free (Row *row)
{
  g_free (row->rules_hash);
  g_bytes_unref (row->entry);
  g_free (row->bytes_hash);
  g_free (row);
}

static char *
column_text (sqlite3_stmt *stmt, int column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* A file's identity as stat() gives it; size -1 for a file that is not regular. */
typedef struct {
  gint64 size, mtime, ctime, inode;
} Stamp;

static Stamp
stamp_of (const char *path)
{
  struct stat st;

  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return (Stamp){-1, 0, 0, 0};
  return (Stamp){(gint64) st.st_size, (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec,
                 (gint64) st.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_ctim.tv_nsec, (gint64) st.st_ino};
}

typedef enum {
  ITEM_FRESH,
  ITEM_FRESH_RESTAMP, /* up to date, but its stamp changed: store the new one */
  ITEM_STALE,
} ItemState;

typedef struct {
  ItemState state;
  Stamp stamp;
  gint64 id; /* its row, or 0 */
} ItemPlan;

/* Every document's row, by path. */
static GHashTable *
read_rows (ContraIndex *index, GError **error)
{
  g_autoptr (GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) row_free);
  g_autoptr (sqlite3_stmt) stmt = prepare (
    index, "SELECT id, path, rules_hash, entry, bytes_hash, size, mtime, ctime, inode FROM documents", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row *row = g_new0 (Row, 1);
      row->id = sqlite3_column_int64 (stmt, 0);
      row->rules_hash = column_text (stmt, 2);
      row->entry = g_bytes_new (sqlite3_column_blob (stmt, 3), (gsize) sqlite3_column_bytes (stmt, 3));
      row->bytes_hash = column_text (stmt, 4);
      row->size = sqlite3_column_int64 (stmt, 5);
      row->mtime = sqlite3_column_int64 (stmt, 6);
      row->ctime = sqlite3_column_int64 (stmt, 7);
      row->inode = sqlite3_column_int64 (stmt, 8);
      g_hash_table_insert (rows, column_text (stmt, 1), row);
    }
  if (rc != SQLITE_DONE)
    {
      fail (index, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* The hash of the file's bytes, or NULL when it cannot be read. */
static char *
hash_file (const char *path)
{
  g_autofree char *bytes = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &bytes, &length, NULL))
    return NULL;
  return contra_fingerprint_bytes (bytes, length);
}

static ItemState
item_state (const ContraCorpusItem *item, const Row *row, const char *rules_hash, const Stamp *stamp)
{
  if (row == NULL || row->bytes_hash == NULL || stamp->size < 0 || !g_str_equal (row->rules_hash, rules_hash))
    return ITEM_STALE;
  g_autoptr (GBytes) entry = contra_fingerprint_entry (item);
  if (!g_bytes_equal (row->entry, entry))
    return ITEM_STALE;
  if (row->size == stamp->size && row->mtime == stamp->mtime && row->ctime == stamp->ctime
      && row->inode == stamp->inode)
    return ITEM_FRESH;
  if (row->size != stamp->size)
    return ITEM_STALE;
  g_autofree char *bytes_hash = hash_file (item->path);
  if (bytes_hash == NULL || !g_str_equal (bytes_hash, row->bytes_hash))
    return ITEM_STALE;
  return ITEM_FRESH_RESTAMP;
}

/* What to do with each item of @corpus (an array of ItemPlan), and the ids of the
 * rows of documents no longer in it (@removed). */
static GArray *
plan (ContraIndex *index, const ContraCorpus *corpus, const char *rules_hash, GArray *removed,
      ContraIndexStatus *status, GError **error)
{
  g_autoptr (GHashTable) rows = read_rows (index, error);
  g_autoptr (GArray) plans = g_array_sized_new (FALSE, TRUE, sizeof (ItemPlan), corpus->items->len);

  if (rows == NULL)
    return NULL;
  *status = (ContraIndexStatus){.documents = corpus->items->len};
  for (guint i = 0; i < corpus->items->len; i++)
    {
      const ContraCorpusItem *item = g_ptr_array_index (corpus->items, i);
      Row *row = g_hash_table_lookup (rows, item->path);
      /* The stamp the listing took (a file named on the command line has none). */
      Stamp stamp = item->stamped ? (Stamp){item->stamp.size, item->stamp.mtime, item->stamp.ctime, item->stamp.inode}
                                  : stamp_of (item->path);
      ItemPlan p = {ITEM_STALE, stamp, row != NULL ? row->id : 0};
      if (row != NULL)
        row->seen = TRUE;
      p.state = index->outdated ? ITEM_STALE : item_state (item, row, rules_hash, &p.stamp);
      if (p.state == ITEM_STALE)
        status->stale++;
      else
        status->fresh++;
      g_array_append_val (plans, p);
    }
  GHashTableIter iter;
  gpointer value;
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Row *row = value;
      if (!row->seen)
        {
          status->removed++;
          if (removed != NULL)
            g_array_append_val (removed, row->id);
        }
    }
  return g_steal_pointer (&plans);
}

gboolean
contra_index_check (ContraIndex *index, const ContraCorpus *corpus, const char *rules_hash, ContraIndexStatus *status,
                    GError **error)
{
  g_autoptr (GArray) plans = plan (index, corpus, rules_hash, NULL, status, error);

  return plans != NULL;
}

/* ---- writing --------------------------------------------------------------------- */

static gboolean
step_done (ContraIndex *index, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE || fail (index, rc, error);
}

static gboolean
forget (ContraIndex *index, gint64 id, GError **error)
{
  static const char *const statements[] = {
    "DELETE FROM claims WHERE document = ?1",
    "DELETE FROM warnings WHERE document = ?1",
    "DELETE FROM documents WHERE id = ?1",
  };

  for (guint k = 0; k < G_N_ELEMENTS (statements); k++)
    {
      g_autoptr (sqlite3_stmt) stmt = prepare (index, statements[k], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (index, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* A document read for the index: what its row and claims will hold. */
typedef struct {
  const ContraCorpusItem *item;
  gint64 old_id;             /* its row, looked up in the writing transaction; or 0 */
  Stamp stamp;
  char *bytes_hash;           /* NULL: not read (not a regular file, unreadable) */
  const ContraSource *source; /* in the batch's set, or NULL when it was skipped */
  GPtrArray *claims;          /* ContraClaim* borrowed from the batch's set */
  GPtrArray *warnings;        /* ContraDiagnostic* borrowed from the batch's set */
} Reading;

static gboolean
write_reading (ContraIndex *index, const ContraRuleSet *rules, const Reading *r, const char *rules_hash, GError **error)
{
  g_autoptr (sqlite3_stmt) document
    = prepare (index,
               "INSERT INTO documents (path, rules_hash, entry, bytes_hash, size, mtime, ctime, inode, source,"
               " n_claims) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
               error);
  g_autoptr (sqlite3_stmt) claim
    = prepare (index,
               "INSERT INTO claims (document, subject, attribute, head, partial, person, person_slug, action, frame,"
               " form, name_bucket, family, actor, target, live) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
               " ?12, ?13, ?14, ?15)",
               error);
  g_autoptr (sqlite3_stmt) warning
    = prepare (index,
               "INSERT INTO warnings (document, seq, severity, path, line, col, byte, message, source_line)"
               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
               error);
  g_autoptr (GBytes) entry = contra_fingerprint_entry (r->item);
  gsize entry_size = 0;
  gconstpointer entry_data = g_bytes_get_data (entry, &entry_size);
  g_autoptr (GByteArray) form = g_byte_array_new ();
  gint64 now = g_get_real_time () * 1000;

  if (document == NULL || claim == NULL || warning == NULL)
    return FALSE;
  if (r->old_id != 0 && !forget (index, r->old_id, error))
    return FALSE;
  if (r->source != NULL)
    contra_source_binary_write (form, r->source);
  sqlite3_bind_text (document, 1, r->item->path, -1, SQLITE_STATIC);
  sqlite3_bind_text (document, 2, rules_hash, -1, SQLITE_STATIC);
  sqlite3_bind_blob (document, 3, entry_data, (int) entry_size, SQLITE_STATIC);
  /* A document that could not be read is kept with its error, and read again. */
  if (r->bytes_hash != NULL && r->source != NULL)
    sqlite3_bind_text (document, 4, r->bytes_hash, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (document, 5, r->stamp.size);
  /* A file written in the last moments may be written again within the same tick of
   * its clock, unseen: its time is not trusted, and its bytes hashed next time. */
  sqlite3_bind_int64 (document, 6, now - r->stamp.mtime < RACY_NS ? -1 : r->stamp.mtime);
  sqlite3_bind_int64 (document, 7, r->stamp.ctime);
  sqlite3_bind_int64 (document, 8, r->stamp.inode);
  if (r->source != NULL)
    sqlite3_bind_blob (document, 9, form->data, (int) form->len, SQLITE_STATIC);
  sqlite3_bind_int64 (document, 10, r->claims->len);
  if (!step_done (index, document, error))
    return FALSE;
  gint64 id = sqlite3_last_insert_rowid (index->db);

  for (guint k = 0; k < r->claims->len; k++)
    {
      const ContraClaim *c = g_ptr_array_index (r->claims, k);
      g_byte_array_set_size (form, 0);
      contra_claim_binary_write (form, c);
      sqlite3_bind_int64 (claim, 1, id);
      sqlite3_bind_text (claim, 2, c->subject, -1, SQLITE_STATIC);
      sqlite3_bind_text (claim, 3, c->attribute, -1, SQLITE_STATIC);
      /* What lint selects by (reconcile/reach.h). */
      g_autofree char *slug = NULL;
      const char *head = contra_reach_head (c), *person = contra_reach_person (c, &slug);
      if (head != NULL)
        sqlite3_bind_text (claim, 4, head, -1, SQLITE_STATIC);
      sqlite3_bind_int (claim, 5, c->partial);
      if (person != NULL)
        {
          sqlite3_bind_text (claim, 6, person, -1, SQLITE_STATIC);
          sqlite3_bind_text (claim, 7, slug, -1, SQLITE_STATIC);
        }
      const ContraConcept *action = contra_reach_action (c);
      if (action != NULL)
        {
          sqlite3_bind_text (claim, 8, action->id, -1, SQLITE_STATIC);
          sqlite3_bind_text (claim, 13, contra_reach_slot (c, 0), -1, SQLITE_STATIC);
          sqlite3_bind_text (claim, 14, contra_reach_slot (c, 2), -1, SQLITE_STATIC);
        }
      sqlite3_bind_int64 (claim, 9, c->frame);
      sqlite3_bind_blob (claim, 10, form->data, (int) form->len, SQLITE_STATIC);
      g_autofree char *bucket = contra_reach_name_bucket (c);
      if (bucket != NULL)
        sqlite3_bind_text (claim, 11, bucket, -1, SQLITE_STATIC);
      g_autofree char *family = contra_reach_family (c);
      if (family != NULL)
        sqlite3_bind_text (claim, 12, family, -1, SQLITE_STATIC);
      sqlite3_bind_int (claim, 15, contra_reach_live (rules, c));
      if (!step_done (index, claim, error))
        return FALSE;
    }
  for (guint k = 0; k < r->warnings->len; k++)
    {
      const ContraDiagnostic *d = g_ptr_array_index (r->warnings, k);
      sqlite3_bind_int64 (warning, 1, id);
      sqlite3_bind_int64 (warning, 2, k);
      sqlite3_bind_int (warning, 3, d->severity);
      sqlite3_bind_text (warning, 4, d->path, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (warning, 5, d->line);
      sqlite3_bind_int64 (warning, 6, d->column);
      if (d->offset != G_MAXSIZE)
        sqlite3_bind_int64 (warning, 7, (gint64) d->offset);
      sqlite3_bind_text (warning, 8, d->message, -1, SQLITE_STATIC);
      if (d->source_line != NULL)
        sqlite3_bind_text (warning, 9, d->source_line, -1, SQLITE_STATIC);
      if (!step_done (index, warning, error))
        return FALSE;
    }
  return TRUE;
}

/* Reads the items @batch (indices into @corpus) and writes them in one transaction. */
static gboolean
update_batch (ContraIndex *index, const ContraCorpus *corpus, const ContraRuleSet *rules, const char *rules_hash,
              guint jobs, GArray *batch, GPtrArray *warnings, GError **error)
{
  /* The batch as a corpus of its own, its items borrowed. */
  ContraCorpus part = {g_ptr_array_new (), g_ptr_array_new ()};
  g_autofree Reading *readings = g_new0 (Reading, batch->len);

  for (guint k = 0; k < batch->len; k++)
    {
      guint i = g_array_index (batch, guint, k);
      Reading *r = &readings[k];
      r->item = g_ptr_array_index (corpus->items, i);
      /* Stamped, then hashed, then read: a write in between shows next time as a
       * stamp or hash that is not the file's. */
      r->stamp = stamp_of (r->item->path);
      r->bytes_hash = r->stamp.size >= 0 ? hash_file (r->item->path) : NULL;
      r->claims = g_ptr_array_new ();
      r->warnings = g_ptr_array_new ();
      g_ptr_array_add (part.items, (gpointer) r->item);
    }
  g_autoptr (ContraClaimSet) set = contra_extract_corpus (&part, rules, jobs);

  /* Sources follow the items that could be read, in order; claims follow sources. */
  g_autoptr (GHashTable) by_path = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < batch->len; k++)
    g_hash_table_insert (by_path, readings[k].item->path, &readings[k]);
  guint next_source = 0, next_claim = 0;
  for (guint k = 0; k < batch->len; k++)
    {
      Reading *r = &readings[k];
      if (next_source >= set->sources->len)
        break;
      const ContraSource *source = g_ptr_array_index (set->sources, next_source);
      if (!g_str_equal (source->path, r->item->path))
        continue;
      r->source = source;
      for (; next_claim < set->claims->len; next_claim++)
        {
          const ContraClaim *c = g_ptr_array_index (set->claims, next_claim);
          if (c->source != next_source)
            break;
          g_ptr_array_add (r->claims, (gpointer) c);
        }
      next_source++;
    }
  for (guint k = 0; k < set->warnings->len; k++)
    {
      ContraDiagnostic *d = g_ptr_array_index (set->warnings, k);
      Reading *r = g_hash_table_lookup (by_path, d->path);
      if (r != NULL)
        g_ptr_array_add (r->warnings, d);
    }

  gboolean ok = exec (index, "BEGIN IMMEDIATE", error);
  for (guint k = 0; ok && k < batch->len; k++)
    {
      /* Another contra may have written the document since the plan was made. */
      g_autoptr (sqlite3_stmt) find = prepare (index, "SELECT id FROM documents WHERE path = ?1", error);
      ok = find != NULL;
      if (ok)
        {
          sqlite3_bind_text (find, 1, readings[k].item->path, -1, SQLITE_STATIC);
          int rc = sqlite3_step (find);
          readings[k].old_id = rc == SQLITE_ROW ? sqlite3_column_int64 (find, 0) : 0;
          ok = rc == SQLITE_ROW || rc == SQLITE_DONE || fail (index, rc, error);
        }
      ok = ok && write_reading (index, rules, &readings[k], rules_hash, error);
    }
  ok = finish_transaction (index, ok, error);
  if (warnings != NULL)
    {
      /* Handed over whole: the set no longer frees them. */
      for (guint k = 0; k < set->warnings->len; k++)
        g_ptr_array_add (warnings, g_ptr_array_index (set->warnings, k));
      g_ptr_array_set_free_func (set->warnings, NULL);
    }

  for (guint k = 0; k < batch->len; k++)
    {
      g_free (readings[k].bytes_hash);
      g_ptr_array_unref (readings[k].claims);
      g_ptr_array_unref (readings[k].warnings);
    }
  g_ptr_array_unref (part.items);
  g_ptr_array_unref (part.manifests);
  return ok;
}

static gboolean
restamp (ContraIndex *index, gint64 id, const Stamp *stamp, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt
    = prepare (index, "UPDATE documents SET size = ?2, mtime = ?3, ctime = ?4, inode = ?5 WHERE id = ?1", error);
  gint64 now = g_get_real_time () * 1000;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, stamp->size);
  sqlite3_bind_int64 (stmt, 3, now - stamp->mtime < RACY_NS ? -1 : stamp->mtime);
  sqlite3_bind_int64 (stmt, 4, stamp->ctime);
  sqlite3_bind_int64 (stmt, 5, stamp->inode);
  return step_done (index, stmt, error);
}

/* The documents gone, the new stamps of those that were only touched, and what the
 * index was last written with, in one transaction. */
static gboolean
tidy (ContraIndex *index, GArray *plans, GArray *removed, const char *rules_hash, GError **error)
{
  g_autoptr (sqlite3_stmt) meta = NULL;
  gboolean ok = exec (index, "BEGIN IMMEDIATE", error);

  for (guint k = 0; ok && k < removed->len; k++)
    ok = forget (index, g_array_index (removed, gint64, k), error);
  for (guint i = 0; ok && i < plans->len; i++)
    {
      const ItemPlan *p = &g_array_index (plans, ItemPlan, i);
      if (p->state == ITEM_FRESH_RESTAMP)
        ok = restamp (index, p->id, &p->stamp, error);
    }
  if (ok)
    {
      meta = prepare (index, "INSERT OR REPLACE INTO meta (key, value) VALUES ('rules', ?1), ('contra', ?2)", error);
      ok = meta != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (meta, 1, rules_hash, -1, SQLITE_STATIC);
      sqlite3_bind_text (meta, 2, CONTRA_VERSION, -1, SQLITE_STATIC);
      ok = step_done (index, meta, error);
    }
  return finish_transaction (index, ok, error);
}

/* SQLite's structural check of every page (not of the rows' contents, which the
 * JSON Lines reader checks when they are read). An update reads only the pages it
 * needs, and would build on a damaged file unseen. */
static gboolean
verify (ContraIndex *index, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = first_row (index, "PRAGMA quick_check(1)", error);

  if (stmt == NULL)
    return FALSE;
  const char *verdict = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (verdict, "ok") != 0)
    {
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID,
                   "%s: the index is damaged (%s); remove it and run contra index again", index->path, verdict);
      return FALSE;
    }
  return TRUE;
}

/* Documents in a batch: BATCH_DOCUMENTS, or the test suite's CONTRA_INDEX_BATCH. */
static guint
batch_documents (void)
{
  const char *size = g_getenv ("CONTRA_INDEX_BATCH");
  guint64 n = size != NULL ? g_ascii_strtoull (size, NULL, 10) : 0;

  return n > 0 && n < BATCH_DOCUMENTS ? (guint) n : BATCH_DOCUMENTS;
}

gboolean
contra_index_update (ContraIndex *index, const ContraCorpus *corpus, const ContraRuleSet *rules, const char *rules_hash,
                     guint jobs, gboolean prune, ContraIndexStatus *status, GPtrArray *warnings, GError **error)
{
  g_autoptr (GArray) removed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) plans = NULL;
  g_autoptr (GArray) batch = g_array_new (FALSE, FALSE, sizeof (guint));
  gint64 claims = 0;
  guint64 bytes = 0;

  if (!index->writable)
    {
      g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_UNAVAILABLE, "%s: cannot write the index (read-only)",
                   index->path);
      return FALSE;
    }
  if (!verify (index, error))
    return FALSE;
  plans = plan (index, corpus, rules_hash, removed, status, error);
  if (plans == NULL)
    return FALSE;
  if (!prune)
    {
      g_array_set_size (removed, 0);
      status->removed = 0;
    }
  for (guint i = 0; i < plans->len; i++)
    {
      const ItemPlan *p = &g_array_index (plans, ItemPlan, i);
      if (p->state != ITEM_STALE)
        continue;
      g_array_append_val (batch, i);
      bytes += (guint64) MAX (p->stamp.size, 0);
      if (batch->len >= batch_documents () || bytes >= BATCH_BYTES)
        {
          if (!update_batch (index, corpus, rules, rules_hash, jobs, batch, warnings, error))
            return FALSE;
          g_array_set_size (batch, 0);
          bytes = 0;
        }
    }
  if (batch->len > 0 && !update_batch (index, corpus, rules, rules_hash, jobs, batch, warnings, error))
    return FALSE;
  if (!tidy (index, plans, removed, rules_hash, error)
      || !query_int (index, "SELECT count(*) FROM claims", &claims, error))
    return FALSE;
  status->claims = (guint64) claims;
  return TRUE;
}

/* ---- reading --------------------------------------------------------------------- */

/* A read of the index: its statements, and the set it fills through one reader. */
typedef struct {
  ContraIndex *index;
  ContraClaimSet *set;
  ContraClaimBinaryReader *reader;
  GError *problem;   /* a row the reader refused */
  GArray *documents; /* gint64: the row of each item of the corpus, or 0 (not read) */
  GArray *sources;   /* guint32: the source index in the set of each item read */
  guint64 n_claims;  /* the claims the corpus's documents have in the index */
} Load;

/* A document's row as a read of the index needs it. */
typedef struct {
  gint64 id;
  GBytes *source; /* its binary form, or NULL (not read) */
  gint64 size, n_claims;
} Document;

static void
document_free (Document *d)
{
  if (d->source != NULL)
    g_bytes_unref (d->source);
  g_free (d);
}

/* Adds the rows @stmt (bound) selects as (path, id, source, size, n_claims) to
 * @documents (path -> Document*). Returns SQLite's last code. */
static int
add_documents (sqlite3_stmt *stmt, GHashTable *documents)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Document *d = g_new0 (Document, 1);
      d->id = sqlite3_column_int64 (stmt, 1);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        d->source = g_bytes_new (sqlite3_column_blob (stmt, 2), (gsize) sqlite3_column_bytes (stmt, 2));
      d->size = sqlite3_column_int64 (stmt, 3);
      d->n_claims = sqlite3_column_int64 (stmt, 4);
      g_hash_table_insert (documents, column_text (stmt, 0), d);
    }
  sqlite3_reset (stmt);
  return rc;
}

/* Adds the warnings @stmt (bound) selects as (document, severity, path, line, col,
 * byte, message, source_line), in document and sequence order, to @warnings (document
 * row -> GPtrArray of ContraDiagnostic*). Returns SQLite's last code. */
static int
add_warnings (sqlite3_stmt *stmt, GHashTable *warnings)
{
  GPtrArray *list = NULL;
  gint64 last = 0;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 document = sqlite3_column_int64 (stmt, 0);
      if (list == NULL || document != last)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
          g_hash_table_insert (warnings, g_memdup2 (&document, sizeof document), list);
          last = document;
        }
      ContraDiagnostic *d = contra_diagnostic_new (
        (ContraSeverity) sqlite3_column_int (stmt, 1), (const char *) sqlite3_column_text (stmt, 2),
        (guint) sqlite3_column_int64 (stmt, 3), (guint) sqlite3_column_int64 (stmt, 4), "%s",
        (const char *) sqlite3_column_text (stmt, 6));
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        d->offset = (gsize) sqlite3_column_int64 (stmt, 5);
      if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        contra_diagnostic_take_source_line (d, column_text (stmt, 7));
      g_ptr_array_add (list, d);
    }
  sqlite3_reset (stmt);
  return rc;
}

/* The rows of @corpus's documents, by path, and their warnings, by row. A lint or a
 * report reads every document: one scan of each table costs less than two lookups for
 * each (a third of reading the sources); a report on a few files of a large index
 * looks each up. */
static gboolean
read_documents (ContraIndex *index, const ContraCorpus *corpus, GHashTable *documents, GHashTable *warnings,
                GError **error)
{
  gint64 rows = 0;

  /* The largest row id: the table's size, or more once documents were read again. */
  if (!query_int (index, "SELECT coalesce(max(id), 0) FROM documents", &rows, error))
    return FALSE;
  gboolean scan = (gint64) corpus->items->len * 4 >= rows;
  g_autoptr (sqlite3_stmt) row
    = prepare (index,
               scan ? "SELECT path, id, source, size, n_claims FROM documents"
                    : "SELECT path, id, source, size, n_claims FROM documents WHERE path = ?1",
               error);
  g_autoptr (sqlite3_stmt) notes
    = prepare (index,
               scan ? "SELECT document, severity, path, line, col, byte, message, source_line FROM warnings"
                      " ORDER BY document, seq"
                    : "SELECT document, severity, path, line, col, byte, message, source_line FROM warnings"
                      " WHERE document = ?1 ORDER BY seq",
               error);
  int rc = SQLITE_DONE;

  if (row == NULL || notes == NULL)
    return FALSE;
  if (scan && (rc = add_documents (row, documents)) == SQLITE_DONE)
    rc = add_warnings (notes, warnings);
  for (guint i = 0; !scan && rc == SQLITE_DONE && i < corpus->items->len; i++)
    {
      const ContraCorpusItem *item = g_ptr_array_index (corpus->items, i);
      /* A path listed twice is one row. */
      if (g_hash_table_contains (documents, item->path))
        continue;
      sqlite3_bind_text (row, 1, item->path, -1, SQLITE_STATIC);
      rc = add_documents (row, documents);
      const Document *d = g_hash_table_lookup (documents, item->path);
      if (rc == SQLITE_DONE && d != NULL)
        {
          sqlite3_bind_int64 (notes, 1, d->id);
          rc = add_warnings (notes, warnings);
        }
    }
  return rc == SQLITE_DONE || fail (index, rc, error);
}

static ContraDiagnostic *
diagnostic_copy (const ContraDiagnostic *d)
{
  ContraDiagnostic *copy = contra_diagnostic_new (d->severity, d->path, d->line, d->column, "%s", d->message);

  copy->offset = d->offset;
  if (d->source_line != NULL)
    contra_diagnostic_take_source_line (copy, g_strdup (d->source_line));
  return copy;
}

/* Reads the sources and warnings of @corpus's documents, in corpus order. */
static gboolean
load_sources (Load *l, const ContraCorpus *corpus, GError **error)
{
  g_autoptr (GHashTable) documents
    = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) document_free);
  g_autoptr (GHashTable) warnings
    = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  if (!read_documents (l->index, corpus, documents, warnings, error))
    return FALSE;
  for (guint i = 0; i < corpus->items->len; i++)
    {
      const ContraCorpusItem *item = g_ptr_array_index (corpus->items, i);
      const Document *d = g_hash_table_lookup (documents, item->path);
      if (d == NULL)
        {
          g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID, "%s: the index does not hold %s",
                       l->index->path, item->path);
          return FALSE;
        }
      gint64 read = 0;
      guint32 source_index = l->set->sources->len;
      if (d->source != NULL)
        {
          gsize length = 0;
          gconstpointer data = g_bytes_get_data (d->source, &length);
          ContraSource *source = contra_source_binary_read (data, length, &l->problem);
          if (source == NULL)
            return FALSE;
          g_ptr_array_add (l->set->sources, source);
          l->set->bytes += (guint64) d->size;
          l->n_claims += (guint64) d->n_claims;
          read = d->id;
        }
      g_array_append_val (l->documents, read);
      g_array_append_val (l->sources, source_index);
      /* Copies: a path may be listed twice. */
      GPtrArray *notes = g_hash_table_lookup (warnings, &d->id);
      for (guint k = 0; notes != NULL && k < notes->len; k++)
        g_ptr_array_add (l->set->warnings, diagnostic_copy (g_ptr_array_index (notes, k)));
    }
  return TRUE;
}

/* Reads the claims @stmt (bound) selects, as (form): each in binary form, of the
 * source @source. */
static gboolean
load_forms (Load *l, sqlite3_stmt *stmt, guint32 source, GError **error)
{
  gboolean ok = TRUE;
  int rc;

  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ContraClaim *claim = contra_claim_binary_read (l->reader, sqlite3_column_blob (stmt, 0),
                                                     (gsize) sqlite3_column_bytes (stmt, 0), source, &l->problem);
      ok = claim != NULL;
      if (ok)
        g_ptr_array_add (l->set->claims, claim);
    }
  sqlite3_reset (stmt);
  return !ok || rc == SQLITE_DONE || fail (l->index, rc, error);
}

/* Reads every claim of the documents read, in corpus order. */
static gboolean
load_all_claims (Load *l, GError **error)
{
  g_autoptr (sqlite3_stmt) claims
    = prepare (l->index, "SELECT form FROM claims WHERE document = ?1 ORDER BY rowid", error);
  gboolean ok = claims != NULL;

  for (guint i = 0; ok && l->problem == NULL && i < l->documents->len; i++)
    {
      gint64 id = g_array_index (l->documents, gint64, i);
      if (id == 0)
        continue;
      sqlite3_bind_int64 (claims, 1, id);
      ok = load_forms (l, claims, g_array_index (l->sources, guint32, i), error);
    }
  return ok;
}

/* A claim read for a rule match, and its row: a document's claims are put back in the
 * order they were written. */
typedef struct {
  gint64 row;
  ContraClaim *claim;
} Found;

static int
compare_found (gconstpointer a, gconstpointer b)
{
  gint64 x = ((const Found *) a)->row, y = ((const Found *) b)->row;
  return x < y ? -1 : x > y;
}

/* Reads the claims of the rule matches in @frames (document row -> GArray of gint64
 * frames), in corpus order and, within a document, in the order they were written:
 * each match's rows and forms in one query. */
static gboolean
load_frames (Load *l, GHashTable *frames, GError **error)
{
  g_autoptr (sqlite3_stmt) rows
    = prepare (l->index, "SELECT rowid, form FROM claims WHERE document = ?1 AND frame = ?2", error);
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  gboolean ok = rows != NULL;

  for (guint i = 0; ok && i < l->documents->len; i++)
    {
      gint64 id = g_array_index (l->documents, gint64, i);
      GArray *wanted = id != 0 ? g_hash_table_lookup (frames, &id) : NULL;
      guint32 source = g_array_index (l->sources, guint32, i);
      if (wanted == NULL)
        continue;
      g_array_set_size (found, 0);
      for (guint k = 0; ok && k < wanted->len; k++)
        {
          int rc;
          sqlite3_bind_int64 (rows, 1, id);
          sqlite3_bind_int64 (rows, 2, g_array_index (wanted, gint64, k));
          while (ok && (rc = sqlite3_step (rows)) == SQLITE_ROW)
            {
              Found f = {sqlite3_column_int64 (rows, 0), NULL};
              f.claim = contra_claim_binary_read (l->reader, sqlite3_column_blob (rows, 1),
                                                  (gsize) sqlite3_column_bytes (rows, 1), source, &l->problem);
              ok = f.claim != NULL;
              if (ok)
                g_array_append_val (found, f);
            }
          sqlite3_reset (rows);
          ok = ok && (rc == SQLITE_DONE || fail (l->index, rc, error));
        }
      g_array_sort (found, compare_found);
      for (guint k = 0; k < found->len; k++)
        g_ptr_array_add (l->set->claims, g_array_index (found, Found, k).claim);
      g_array_set_size (found, 0);
    }
  /* A read that stopped leaves the claims of its document to free. */
  for (guint k = 0; k < found->len; k++)
    contra_claim_free (g_array_index (found, Found, k).claim);
  return ok;
}

/* Finishes a read: the set, or NULL with @error set. */
static ContraClaimSet *
load_finish (Load *l, gboolean ok, GError **error)
{
  g_autoptr (ContraClaimSet) set = l->set;

  finish_transaction (l->index, TRUE, NULL);
  ok = ok && l->problem == NULL;
  contra_claim_binary_reader_free (l->reader);
  if (l->problem != NULL)
    g_set_error (error, CONTRA_INDEX_ERROR, CONTRA_INDEX_ERROR_INVALID,
                 "%s: the index is damaged (%s); remove it and run contra index again", l->index->path,
                 l->problem->message);
  g_clear_error (&l->problem);
  g_array_unref (l->documents);
  g_array_unref (l->sources);
  return ok ? g_steal_pointer (&set) : NULL;
}

/* Begins a read: one read transaction, one state of the index whatever a writer does
 * meanwhile. */
static gboolean
load_begin (Load *l, ContraIndex *index, const ContraRuleSet *rules, GError **error)
{
  if (!exec (index, "BEGIN", error))
    return FALSE;
  l->index = index;
  l->set = contra_claim_set_new ();
  l->reader = contra_claim_binary_reader_new (rules->lexicon);
  l->problem = NULL;
  l->documents = g_array_new (FALSE, FALSE, sizeof (gint64));
  l->sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  l->n_claims = 0;
  return TRUE;
}

ContraClaimSet *
contra_index_load (ContraIndex *index, const ContraCorpus *corpus, const ContraRuleSet *rules, GError **error)
{
  Load l;

  if (!load_begin (&l, index, rules, error))
    return NULL;
  gboolean ok = load_sources (&l, corpus, error) && load_all_claims (&l, error);
  return load_finish (&l, ok, error);
}

/* Adds to @frames (document row -> GArray of frames) the rule matches of the rows
 * @stmt (bound) selects as (document, frame). */
static gboolean
add_frames (ContraIndex *index, sqlite3_stmt *stmt, GHashTable *frames, GHashTable *seen, GError **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 document = sqlite3_column_int64 (stmt, 0), frame = sqlite3_column_int64 (stmt, 1);
      /* Rows are numbered well below 2^31, frames fit 32 bits. */
      gint64 key = (document << 32) | (frame & 0xffffffff);
      if (g_hash_table_contains (seen, &key))
        continue;
      g_hash_table_add (seen, g_memdup2 (&key, sizeof key));
      GArray *list = g_hash_table_lookup (frames, &document);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (frames, g_memdup2 (&document, sizeof document), list);
        }
      g_array_append_val (list, frame);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE || fail (index, rc, error);
}

/* Adds to @frames the rule matches of the claims whose @column is one of @values. */
static gboolean
add_frames_where (ContraIndex *index, const char *column, GHashTable *values, GHashTable *frames, GHashTable *seen,
                  GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT document, frame FROM claims WHERE %s = ?1", column);
  g_autoptr (sqlite3_stmt) stmt = prepare (index, sql, error);
  GHashTableIter iter;
  gpointer value;

  if (stmt == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    {
      sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
      if (!add_frames (index, stmt, frames, seen, error))
        return FALSE;
    }
  return TRUE;
}

/* The people of the index whose names fall into one of @buckets
 * (contra_reach_name_buckets()) are added to @people. */
static gboolean
add_near_people (ContraIndex *index, GHashTable *buckets, GHashTable *people, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt
    = prepare (index, "SELECT DISTINCT person, person_slug FROM claims WHERE person IS NOT NULL", error);
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *person = (const char *) sqlite3_column_text (stmt, 0);
      const char *slug = (const char *) sqlite3_column_text (stmt, 1);
      if (g_hash_table_contains (people, person))
        continue;
      g_hash_table_remove_all (keys);
      contra_reach_name_buckets (slug != NULL ? slug : "", keys);
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, keys);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_hash_table_contains (buckets, key))
          {
            g_hash_table_add (people, (gpointer) g_intern_string (person));
            break;
          }
    }
  return rc == SQLITE_DONE || fail (index, rc, error);
}

/* Adds to @frames the rule matches of the index's firsts that a first of @firsts (the
 * draft's) may be compared with: of the (action, actor, target) the index holds,
 * those contra_reach_firsts_may_meet() lets through. */
static gboolean
add_meeting_firsts (ContraIndex *index, const ContraLexicon *lexicon, GPtrArray *firsts, GHashTable *frames,
                    GHashTable *seen, GError **error)
{
  g_autoptr (sqlite3_stmt) kinds = NULL, matches = NULL;
  guint n = 0;
  int rc;

  kinds = prepare (index, "SELECT DISTINCT action, actor, target FROM claims WHERE action IS NOT NULL", error);
  if (kinds == NULL)
    return FALSE;
  matches
    = prepare (index, "SELECT document, frame FROM claims WHERE action = ?1 AND actor IS ?2 AND target IS ?3", error);
  if (matches == NULL)
    return FALSE;
  if (firsts->len == 0)
    return TRUE;
  while ((rc = sqlite3_step (kinds)) == SQLITE_ROW)
    {
      const char *key[3];
      for (int k = 0; k < 3; k++)
        key[k] = (const char *) sqlite3_column_text (kinds, k);
      gboolean meets = FALSE;
      for (guint i = 0; i < firsts->len && !meets; i++)
        meets = contra_reach_firsts_may_meet (lexicon, g_ptr_array_index (firsts, i), key[0], key[1], key[2]);
      if (!meets)
        continue;
      for (int k = 0; k < 3; k++)
        sqlite3_bind_value (matches, k + 1, sqlite3_column_value (kinds, k));
      if (!add_frames (index, matches, frames, seen, error))
        return FALSE;
      n++;
    }
  g_debug ("the index: %u kinds of first meet the draft's", n);
  return rc == SQLITE_DONE || fail (index, rc, error);
}

/* Adds to @found each of @candidates (strings) for which @sql, bound to it, gives a
 * row: the heads of the draft's under which the index holds a partial claim (that
 * claim may be linked to the draft's subject, and which subject it goes to depends
 * on them all: link_partial() in reconcile/reconciler.c); the draft's inert subjects
 * of which the index holds a live claim (a pass reads their groups; of an inert
 * subject the draft meets nothing). */
static gboolean
add_found (ContraIndex *index, const char *sql, GHashTable *candidates, GHashTable *found, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (index, sql, error);
  GHashTableIter iter;
  gpointer key;

  if (stmt == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (g_hash_table_contains (found, key))
        continue;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      int rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        g_hash_table_add (found, key);
      else if (rc != SQLITE_DONE)
        return fail (index, rc, error);
    }
  return TRUE;
}

/* The rule matches (document row -> GArray of frames) that @drafts' claims can meet. */
static GHashTable *
reach (ContraIndex *index, const ContraRuleSet *rules, const ContraClaimSet *drafts, GError **error)
{
  g_autoptr (GHashTable) frames
    = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) heads = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) partial_heads = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) subjects = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) quiet_subjects = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) name_buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) firsts = g_ptr_array_new ();
  g_autoptr (GHashTable) families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < drafts->claims->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (drafts->claims, i);
      const char *head = contra_reach_head (c);
      g_autofree char *slug = NULL;
      const char *person = contra_reach_person (c, &slug);
      /* A head's every claim, when a partial claim of the draft is to be linked to
       * one of its subjects (or, add_found(), one of the corpus's may be). */
      if (head != NULL && c->partial)
        g_hash_table_add (heads, (gpointer) head);
      else if (head != NULL)
        g_hash_table_add (partial_heads, (gpointer) head);
      g_hash_table_add (contra_reach_live (rules, c) ? subjects : quiet_subjects, (gpointer) c->subject);
      if (person != NULL)
        {
          g_hash_table_add (people, (gpointer) person);
          contra_reach_name_buckets (slug, buckets);
        }
      /* Every name of the bucket: whether a short name is one person with a long one
       * depends on them all (reconcile/names.h). */
      char *bucket = contra_reach_name_bucket (c);
      if (bucket != NULL)
        g_hash_table_add (name_buckets, bucket);
      /* Passes 4 and 5 compare across subjects, but firsts only of actions that meet
       * and statuses only within their family. */
      if (contra_reach_action (c) != NULL)
        g_ptr_array_add (firsts, (gpointer) c);
      char *family = contra_reach_family (c);
      if (family != NULL)
        g_hash_table_add (families, family);
    }
  if (!add_meeting_firsts (index, rules->lexicon, firsts, frames, seen, error)
      || !add_found (index, "SELECT 1 FROM claims WHERE subject = ?1 AND live LIMIT 1", quiet_subjects, subjects, error)
      || !add_near_people (index, buckets, people, error)
      || !add_found (index, "SELECT 1 FROM claims WHERE head = ?1 AND partial LIMIT 1", partial_heads, heads, error)
      || !add_frames_where (index, "head", heads, frames, seen, error)
      || !add_frames_where (index, "subject", subjects, frames, seen, error)
      || !add_frames_where (index, "person", people, frames, seen, error)
      || !add_frames_where (index, "name_bucket", name_buckets, frames, seen, error)
      || !add_frames_where (index, "family", families, frames, seen, error))
    return NULL;
  g_debug ("the index: %u heads, %u subjects, %u people, the firsts and %u status families give %u rule matches",
           g_hash_table_size (heads), g_hash_table_size (subjects), g_hash_table_size (people),
           g_hash_table_size (families), g_hash_table_size (seen));
  return g_steal_pointer (&frames);
}

ContraClaimSet *
contra_index_load_reach (ContraIndex *index, const ContraCorpus *corpus, const ContraRuleSet *rules,
                         ContraIndexDrafts drafts, gpointer data, guint64 *n_claims, GError **error)
{
  Load l;

  if (!load_begin (&l, index, rules, error))
    return NULL;
  gboolean ok = load_sources (&l, corpus, error) && l.problem == NULL;
  if (ok)
    {
      /* The drafts are extracted with the sources in hand: a draft without a date
       * takes the latest of theirs. */
      g_autoptr (ContraClaimSet) wanted = drafts (l.set, data);
      g_autoptr (GHashTable) frames = reach (index, rules, wanted, error);
      ok = frames != NULL && load_frames (&l, frames, error);
    }
  *n_claims = l.n_claims;
  ContraClaimSet *set = load_finish (&l, ok, error);
  if (set != NULL)
    g_debug ("the index: read %u of its %" G_GUINT64_FORMAT " claims", set->claims->len, *n_claims);
  return set;
}
