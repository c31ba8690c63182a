/* report-claims.c — `contra report --claims FILE... --format json` without holding
 * every claim.
 *
 * Claims files are the map/reduce path: an archive's claims, extracted in shards. The
 * report is made in three steps, so that memory follows the largest component of
 * related claims (reconcile/components.h), not the corpus:
 *
 *   1. scan: every claim is read once, its relations noted in a union-find over its
 *      subject, rule match, people and views, then freed; what stays per claim is
 *      where its line is (file, offset, length) and its node: 16 bytes;
 *   2. reconcile: the places are sorted by component, and the claims read again
 *      (pread) a batch of whole components at a time, up to BATCH claims or one
 *      component, whichever is larger; each batch is reconciled as a report of its
 *      own, its findings, corroborations and timelines rendered into a spill file (an
 *      unlinked temporary file) with their sort keys kept in memory, and its claims
 *      freed;
 *   3. write: the keys are sorted as contra_report_sort() sorts a whole report, and
 *      the items copied from the spill file into the report in that order.
 *
 * The output is byte for byte the one of reading every claim and reconciling them at
 * once (tests/cli/test_report_claims.c compares them). Only the JSON report is made this
 * way, and only from regular files, which can be read twice; other formats, and a
 * pipe, read every claim as before (cmd-report.c).
 */
#include "cli/report-claims.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "base/strutil.h"
#include "base/timing.h"
#include "io/claims-read.h"
#include "output/report-json.h"
#include "output/writer.h"
#include "reconcile/components.h"
#include "reconcile/reconciler.h"

/* Claims reconciled at once, unless one component is larger: large enough that the
 * reconciler's cost per call does not count, small against the budget of 200 bytes a
 * claim. CONTRA_CLAIMS_BATCH overrides it (tests set 1: each component apart). */
#define BATCH 65536

/* Where a claim's line is, and its node, then its component: 16 bytes a claim, of the
 * budget's 200. The line's offset and its file share 64 bits. */
typedef struct {
  guint64 at; /* offset << PLACE_FILE_BITS | file */
  guint32 length;
  guint32 component;
} Place;

#define PLACE_FILE_BITS 20
#define PLACE_MAX_FILES (1u << PLACE_FILE_BITS)
#define PLACE_MAX_OFFSET (G_GUINT64_CONSTANT (1) << (64 - PLACE_FILE_BITS))

static guint64
place_offset (const Place *place)
{
  return place->at >> PLACE_FILE_BITS;
}

static guint32
place_file (const Place *place)
{
  return (guint32) (place->at & (PLACE_MAX_FILES - 1));
}

typedef struct {
  ContraComponents *components;
  GArray *places;
  guint32 file;
  gboolean too_large; /* a line past PLACE_MAX_OFFSET */
} Scan;

static void
note_claim (ContraClaim *claim, guint64 offset, guint32 length, gpointer data)
{
  Scan *scan = data;
  Place place = {offset << PLACE_FILE_BITS | scan->file, length, contra_components_add (scan->components, claim)};

  if (offset >= PLACE_MAX_OFFSET)
    scan->too_large = TRUE;
  g_array_append_val (scan->places, place);
  contra_claim_free (claim);
}

/* By component, then file, then offset: in file order within a component. */
static int
by_component (gconstpointer a, gconstpointer b)
{
  const Place *x = a, *y = b;
  guint64 fx = place_file (x), fy = place_file (y);

  if (x->component != y->component)
    return x->component < y->component ? -1 : 1;
  if (fx != fy)
    return fx < fy ? -1 : 1;
  return place_offset (x) < place_offset (y) ? -1 : place_offset (x) > place_offset (y);
}

/* ---- the spill: rendered items aside, their keys in memory ---------------------------- */

/* Where an item lies in the spill file, and when it was made (for equal keys). */
typedef struct {
  guint64 offset;
  guint32 seq;
  guint32 length;
} Span;

/* A finding's or a timeline's item (a timeline's key is its view's index, as line). */
typedef struct {
  Span span;
  ContraFindingKey key;
} Item;

/* A corroboration's item: 40 bytes, as they are many (139,586 at 1 M claims). */
typedef struct {
  Span span;
  const char *subject; /* interned, as the value */
  const char *attribute;
  const char *value;
} Corroboration;

typedef struct {
  int fd;
  guint64 written;  /* bytes written to the file */
  GString *pending; /* not yet written */
  GArray *items[3]; /* by ContraJsonReportSection: Item, Corroboration, Item */
  GString *read;    /* the item being copied out */
  guint next[3];
  guint32 seq;
  GError *error;
} Spill;

static void
item_clear (Item *item)
{
  g_free ((char *) item->key.message);
  g_free ((char *) item->key.path);
}

static gboolean
spill_flush (Spill *spill)
{
  const char *p = spill->pending->str;
  gsize left = spill->pending->len;

  while (left > 0 && spill->error == NULL)
    {
      gssize n = write (spill->fd, p, left);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (&spill->error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       "error: cannot write the report's parts to a temporary file: %s", g_strerror (saved));
          break;
        }
      p += n;
      left -= (gsize) n;
      spill->written += (guint64) n;
    }
  g_string_truncate (spill->pending, 0);
  return spill->error == NULL;
}

/* Where the next byte rendered goes in the spill file. */
static guint64
spill_position (const Spill *spill)
{
  return spill->written + spill->pending->len;
}

/* Writes out the pending bytes once they are many. */
static void
spill_some (gpointer data)
{
  Spill *spill = data;

  if (spill->pending->len >= (1u << 20))
    spill_flush (spill);
}

/* The span of the item rendered from @from in the spill file. */
static Span
spill_span (Spill *spill, guint64 from)
{
  return (Span){from, spill->seq++, (guint32) (spill_position (spill) - from)};
}

/* Keeps the finding or timeline just rendered, from @from in the spill file. */
static void
spill_keep (Spill *spill, ContraJsonReportSection section, guint64 from, const ContraFindingKey *key)
{
  Item item = {spill_span (spill, from), *key};

  item.key.message = g_strdup (key->message);
  item.key.path = g_strdup (key->path);
  g_array_append_val (spill->items[section], item);
  spill_some (spill);
}

/* Keeps the corroboration just rendered. Its value is interned, not copied: the same
 * values come back from every source that repeats a fact, and items stay to the end. */
static void
spill_keep_corroboration (Spill *spill, guint64 from, const ContraCorroboration *c)
{
  Corroboration item = {spill_span (spill, from), c->subject, c->attribute, contra_intern (c->value)};

  g_array_append_val (spill->items[CONTRA_JSON_REPORT_CORROBORATIONS], item);
  spill_some (spill);
}

static int
by_finding (gconstpointer a, gconstpointer b)
{
  const Item *x = a, *y = b;
  int c = contra_finding_key_compare (&x->key, &y->key);

  return c != 0 ? c : (x->span.seq < y->span.seq ? -1 : x->span.seq > y->span.seq);
}

static int
by_corroboration (gconstpointer a, gconstpointer b)
{
  const Corroboration *x = a, *y = b;
  int c = contra_corroboration_key_compare (x->subject, x->attribute, x->value, y->subject, y->attribute, y->value);

  return c != 0 ? c : (x->span.seq < y->span.seq ? -1 : x->span.seq > y->span.seq);
}

/* Timelines are in the order of the views: their index is their line. */
static int
by_view (gconstpointer a, gconstpointer b)
{
  const Item *x = a, *y = b;

  return x->key.line < y->key.line ? -1 : x->key.line > y->key.line;
}

/* Copies the next item of @section from the spill file into the report, a block at a
 * time: one item (a timeline of a thousand lists) can be large. */
static gboolean
spill_next (ContraJsonReportSection section, ContraJson *json, ContraOutput *output, gpointer data)
{
  Spill *spill = data;
  GArray *items = spill->items[section];

  if (spill->error != NULL || spill->next[section] >= items->len)
    return FALSE;
  const Span *item = (const Span *) (items->data + (gsize) spill->next[section]++ * g_array_get_element_size (items));
  for (guint64 done = 0; done < item->length;)
    {
      gsize want = (gsize) MIN (item->length - done, (guint64) (1u << 20));
      g_string_set_size (spill->read, want);
      gssize n = pread (spill->fd, spill->read->str, want, (off_t) (item->offset + done));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : EIO;
          g_set_error (&spill->error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       "error: cannot read the report's parts back from a temporary file: %s", g_strerror (saved));
          return FALSE;
        }
      if (done == 0)
        contra_json_raw_item (json, spill->read->str, (gsize) n);
      else
        g_string_append_len (json->out, spill->read->str, n);
      contra_output_spill (output);
      done += (guint64) n;
    }
  return TRUE;
}

/* Renders the findings, corroborations and timelines of one batch's report. */
static void
spill_report (Spill *spill, const ContraReport *report, const ContraWriterOptions *options,
              ContraJsonReportSummary *summary)
{
  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      if (!contra_writer_shows (options, finding))
        continue;
      summary->counts[finding->severity]++;
      ContraFindingKey key;
      contra_finding_key (report, finding, &key);
      guint64 from = spill_position (spill);
      contra_json_report_finding (spill->pending, report, finding);
      spill_keep (spill, CONTRA_JSON_REPORT_FINDINGS, from, &key);
    }
  for (guint i = 0; i < report->corroborations->len; i++)
    {
      const ContraCorroboration *c = g_ptr_array_index (report->corroborations, i);
      guint64 from = spill_position (spill);
      contra_json_report_corroboration (spill->pending, report, c);
      spill_keep_corroboration (spill, from, c);
      summary->n_corroborations++;
    }
  for (guint i = 0; i < report->timelines->len; i++)
    {
      const ContraTimeline *timeline = g_ptr_array_index (report->timelines, i);
      ContraFindingKey key = {0};
      guint view = 0;
      while (view < report->rules->views->len && g_ptr_array_index (report->rules->views, view) != timeline->view)
        view++;
      key.line = view;
      guint64 from = spill_position (spill);
      contra_json_report_timeline (spill->pending, report, timeline, spill_some, spill);
      spill_keep (spill, CONTRA_JSON_REPORT_TIMELINES, from, &key);
    }
}

/* ---- the three steps ---------------------------------------------------------------------- */

static gboolean
read_line_at (int fd, const Place *place, GString *line, ContraJsonlReader *reader, const char *path, GError **error)
{
  g_string_set_size (line, place->length);
  gsize done = 0;
  while (done < place->length)
    {
      gssize n = pread (fd, line->str + done, place->length - done, (off_t) (place_offset (place) + done));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : EIO;
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: error: cannot read again: %s",
                       path, g_strerror (saved));
          return FALSE;
        }
      done += (gsize) n;
    }
  return contra_jsonl_reader_line (reader, line->str, line->len, error);
}

static guint
batch_size (void)
{
  const char *env = g_getenv ("CONTRA_CLAIMS_BATCH");
  guint64 n = env != NULL ? g_ascii_strtoull (env, NULL, 10) : 0;

  return n > 0 && n <= G_MAXUINT ? (guint) n : BATCH;
}

ContraExit
contra_cli_report_claims (ContraCli *cli, const ContraRuleSet *rules, char **files, guint n_files)
{
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  g_autoptr (ContraComponents) components = contra_components_new (rules);
  g_autoptr (GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  ContraReconcileOptions reconcile = {FALSE, cli->disabled, cli->severity};
  ContraWriterOptions options = {contra_cli_use_color (cli), cli->verbose, cli->min_level, NULL};
  ContraJsonReportSummary summary = {{0}, 0, 0};
  ContraTimer timer;

  /* 1: scan. */
  contra_timer_start (&timer);
  if (n_files > PLACE_MAX_FILES)
    {
      contra_cli_error ("more than %u claims files at once; join some of them", PLACE_MAX_FILES);
      return CONTRA_EXIT_ERROR;
    }
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr (GError) error = NULL;
      Scan scan = {components, places, i, FALSE};
      if (!contra_jsonl_scan (files[i], rules, set, note_claim, &scan, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return CONTRA_EXIT_ERROR;
        }
      if (scan.too_large)
        {
          fprintf (stderr, "%s: error: too large: a line starts past %" G_GUINT64_FORMAT " TiB\n", files[i],
                   PLACE_MAX_OFFSET >> 40);
          return CONTRA_EXIT_ERROR;
        }
    }
  contra_components_finish (components);
  for (guint i = 0; i < places->len; i++)
    {
      Place *place = &g_array_index (places, Place, i);
      place->component = contra_components_find (components, place->component);
    }
  g_clear_pointer (&components, contra_components_free);
  g_array_sort (places, by_component);
  summary.n_claims = places->len;
  contra_timer_lap (&timer, "read the claims and find their components");

  /* 2: reconcile, a batch of whole components at a time. */
  Spill spill = {.pending = g_string_sized_new (1u << 21), .read = g_string_new (NULL)};
  g_autofree char *spill_path = NULL;
  g_autoptr (GError) error = NULL;
  spill.fd = g_file_open_tmp ("contra-report-XXXXXX", &spill_path, &error);
  if (spill.fd < 0)
    {
      contra_cli_error ("cannot make a temporary file for the report's parts: %s", error->message);
      g_string_free (spill.pending, TRUE);
      g_string_free (spill.read, TRUE);
      return CONTRA_EXIT_ERROR;
    }
  g_unlink (spill_path);
  for (guint s = 0; s < G_N_ELEMENTS (spill.items); s++)
    {
      gboolean corroborations = s == CONTRA_JSON_REPORT_CORROBORATIONS;
      spill.items[s] = g_array_new (FALSE, FALSE, corroborations ? sizeof (Corroboration) : sizeof (Item));
      if (!corroborations)
        g_array_set_clear_func (spill.items[s], (GDestroyNotify) item_clear);
    }
  g_autofree int *fds = g_new (int, n_files);
  for (guint i = 0; i < n_files; i++)
    fds[i] = -1;
  ContraExit status = CONTRA_EXIT_OK;
  for (guint i = 0; i < n_files && status == CONTRA_EXIT_OK; i++)
    if ((fds[i] = g_open (files[i], O_RDONLY | O_CLOEXEC, 0)) < 0)
      {
        int saved = errno;
        fprintf (stderr, "%s: error: cannot read again: %s\n", files[i], g_strerror (saved));
        status = CONTRA_EXIT_ERROR;
      }

  ContraJsonlReader *reader = contra_jsonl_reader_new ("claims", rules, set);
  g_autoptr (GString) line = g_string_new (NULL);
  guint limit = batch_size (), largest = 0, batches = 0;
  for (guint i = 0; i < places->len && status == CONTRA_EXIT_OK && spill.error == NULL;)
    {
      /* Whole components, up to the limit. */
      guint j = i;
      while (j < places->len && (j == i || j - i < limit))
        {
          guint32 component = g_array_index (places, Place, j).component;
          while (j < places->len && g_array_index (places, Place, j).component == component)
            j++;
        }
      for (guint k = i; k < j && status == CONTRA_EXIT_OK; k++)
        {
          const Place *place = &g_array_index (places, Place, k);
          g_autoptr (GError) problem = NULL;
          if (!read_line_at (fds[place_file (place)], place, line, reader, files[place_file (place)], &problem))
            {
              fprintf (stderr, "%s\n", problem->message);
              status = CONTRA_EXIT_ERROR;
            }
        }
      if (status != CONTRA_EXIT_OK)
        break;
      g_autoptr (ContraReport) report = contra_reconcile (set, rules, &reconcile);
      spill_report (&spill, report, &options, &summary);
      g_clear_pointer (&report, contra_report_free);
      g_ptr_array_set_size (set->claims, 0);
      largest = MAX (largest, j - i);
      batches++;
      i = j;
    }
  contra_jsonl_reader_finish (reader, TRUE);
  for (guint i = 0; i < n_files; i++)
    if (fds[i] >= 0)
      close (fds[i]);
  g_clear_pointer (&places, g_array_unref);
  g_debug ("report --claims: %u batches, the largest %u claims", batches, largest);
  contra_timer_lap (&timer, "reconcile the components");

  /* 3: write, in the order of a report sorted whole. */
  if (status == CONTRA_EXIT_OK && spill_flush (&spill))
    {
      g_array_sort (spill.items[CONTRA_JSON_REPORT_FINDINGS], by_finding);
      g_array_sort (spill.items[CONTRA_JSON_REPORT_CORROBORATIONS], by_corroboration);
      g_array_sort (spill.items[CONTRA_JSON_REPORT_TIMELINES], by_view);
      g_autoptr (ContraOutput) output = contra_cli_open_output (cli);
      if (output == NULL)
        status = CONTRA_EXIT_ERROR;
      else
        {
          contra_json_report_write_parts (set, &summary, spill_next, &spill, output);
          if (spill.error != NULL || !contra_cli_finish_output (cli, output))
            status = CONTRA_EXIT_ERROR;
        }
      contra_timer_lap (&timer, "write the report");
    }
  if (spill.error != NULL)
    contra_cli_error ("%s", spill.error->message);

  if (status == CONTRA_EXIT_OK)
    {
      /* As contra_report_exit_status(): what was written decides. */
      if (contra_claim_set_has_errors (set))
        status = CONTRA_EXIT_ERROR;
      else if (cli->fail_level != CONTRA_SEVERITY_NONE)
        for (ContraSeverity s = cli->fail_level; s <= CONTRA_SEVERITY_ERROR; s++)
          if (s < G_N_ELEMENTS (summary.counts) && summary.counts[s] > 0)
            status = CONTRA_EXIT_FINDINGS;
    }
  close (spill.fd);
  g_clear_error (&spill.error);
  g_string_free (spill.pending, TRUE);
  g_string_free (spill.read, TRUE);
  for (guint s = 0; s < G_N_ELEMENTS (spill.items); s++)
    g_array_unref (spill.items[s]);
  return status;
}
