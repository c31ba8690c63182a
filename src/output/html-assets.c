/* html-assets.c — the HTML report's stylesheet and script, and the policy that allows
 * them and nothing else.
 *
 * The page is one file that works offline, so both are inline; nothing is fetched
 * (no font, no library, no image). The Content-Security-Policy names each of them by
 * the SHA-256 of its text, computed here when the page is written, so an edit of
 * either can never leave the page blocked by a stale hash; any other script or style
 * (an event handler attribute, a style attribute, a <script> some text smuggled in) is
 * refused by the browser even if escaping ever failed.
 *
 * The script only reads the page: everything is written on the server side, and the
 * script shows and hides the findings by their data-* attributes (severity, kind, rule,
 * sources) and their text, keeping the choice in the URL's fragment
 * ("#filter?severity=warning&q=carter") so that a link can be shared. It never writes
 * markup: the only text it sets is the count of findings shown. Without it (printed,
 * or scripts off) the page shows every finding and the filter form stays hidden.
 *
 * Colours keep a contrast of at least 4.5:1 with their background, and nothing is told
 * by colour alone: severities carry their name and a shape, marks are underlined,
 * timelines label their marks. */
#include "output/html.h"

const char contra_html_style[] =
  ":root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--paper:#fff;--soft:#f4f4f2;--accent:#0b4f8a;"
  "--error:#a1151b;--error-bg:#fdecec;--warning:#7a4a00;--warning-bg:#fff4da;--note:#21506b;--note-bg:#e8f2f8;"
  "--mark:#ffe27a;--side-a:#0b4f8a;--side-b:#a1151b;--side-c:#2e6b1f;--side-d:#6b3fa0}\n"
  "*{box-sizing:border-box}\n"
  "html{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;color:var(--ink);"
  "background:var(--paper)}\n"
  "body{margin:0 auto;max-width:72rem;padding:1rem}\n"
  "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--ink)}"
  "h3{font-size:1.1rem;margin:1.5rem 0 .5rem}h4{font-size:1rem;margin:0 0 .25rem}\n"
  "a{color:var(--accent)}a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible,"
  "[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}\n"
  "code{font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.9em}\n"
  ".skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:1rem;background:var(--paper);padding:.5rem}\n"
  "nav.toc ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}\n"
  ".figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}\n"
  ".figures li{border:1px solid var(--line);border-radius:.4rem;padding:.4rem .8rem;background:var(--soft)}\n"
  ".figures strong{font-size:1.3rem;margin-right:.3rem}\n"
  ".table{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.5rem 0}"
  "caption{text-align:left;font-weight:600;padding:.25rem 0}\n"
  "th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}"
  "th{background:var(--soft)}td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
  ".badge{display:inline-block;font-weight:700;border-radius:.3rem;padding:0 .4rem;border:1px solid}\n"
  ".sev-error .badge,.badge.sev-error{color:var(--error);background:var(--error-bg)}\n"
  ".sev-warning .badge,.badge.sev-warning{color:var(--warning);background:var(--warning-bg)}\n"
  ".sev-note .badge,.badge.sev-note{color:var(--note);background:var(--note-bg)}\n"
  "#filters{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .8rem;margin:.5rem 0;"
  "background:var(--soft);display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:flex-end}\n"
  "#filters[hidden]{display:none}#filters fieldset{border:0;margin:0;padding:0}"
  "#filters legend{font-weight:600;padding:0}#filters label{margin-right:.6rem;white-space:nowrap}\n"
  "#filters input[type=search],#filters select{font:inherit;padding:.2rem;max-width:100%}\n"
  "#filters button{font:inherit;padding:.2rem .6rem}\n"
  ".finding{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:.4rem;"
  "padding:.6rem .8rem;margin:.8rem 0;break-inside:avoid}\n"
  ".finding.sev-error{border-left-color:var(--error)}.finding.sev-warning{border-left-color:var(--warning)}"
  ".finding.sev-note{border-left-color:var(--note)}\n"
  ".finding>header{display:flex;flex-wrap:wrap;gap:.3rem .7rem;align-items:baseline}"
  ".finding .message{font-size:1.05rem;margin:.4rem 0}\n"
  ".sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:.8rem}\n"
  ".side{border-top:4px solid var(--side-a);padding-top:.3rem}.side.s1{border-top-color:var(--side-b)}"
  ".side.s2{border-top-color:var(--side-c)}.side.s3{border-top-color:var(--side-d)}\n"
  ".side>h4{font-size:.95rem}.claim{margin:0 0 .8rem}.claim figcaption{font-size:.9rem;color:var(--muted)}\n"
  ".claim blockquote{margin:.3rem 0;padding:.3rem .6rem;border-left:3px solid var(--line);background:var(--soft)}\n"
  ".claim blockquote p{margin:0}.claim .value{font-size:.9rem;margin:.2rem 0 0}\n"
  "mark{background:var(--mark);color:var(--ink);text-decoration:underline 2px;text-underline-offset:2px}\n"
  "blockquote.whole p{background:var(--mark)}\n"
  ".timeline svg{width:100%;height:auto;max-width:60rem;display:block}\n"
  "svg text{font:12px system-ui,sans-serif;fill:var(--ink)}svg .axis{stroke:var(--line)}"
  "svg .tick{fill:var(--muted)}\n"
  "svg .m{fill:var(--side-a);stroke:var(--ink);stroke-width:1}svg .m.g1{fill:var(--side-b)}"
  "svg .m.g2{fill:var(--side-c)}svg .m.g3{fill:var(--side-d)}\n"
  "svg .m.x{fill:var(--error);stroke-width:2.5;stroke-dasharray:3 2}svg a:focus .m{stroke-width:3}\n"
  ".legend{font-size:.9rem;color:var(--muted)}\n"
  ".source .meta{color:var(--muted);margin:.2rem 0}\n"
  ".text{font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.85rem;"
  "border:1px solid var(--line);border-radius:.4rem;padding:.3rem 0;overflow-wrap:anywhere}\n"
  ".line{display:grid;grid-template-columns:4rem 1fr;white-space:pre-wrap}"
  ".line:target{background:#e3eefa;outline:2px solid var(--accent)}\n"
  ".line .ln{text-align:right;padding-right:.7rem;color:var(--muted);text-decoration:none;user-select:none}\n"
  ".line mark.c{background:none;text-decoration:underline dotted 2px}\n"
  ".line .refs{font-family:system-ui,sans-serif;font-size:.8rem}.gap{color:var(--muted);padding-left:4.7rem}\n"
  ".text>.finding{margin:.5rem .5rem .8rem 4.7rem;font:1rem/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,"
  "\"Noto Sans\",sans-serif;overflow-wrap:normal}\n"
  /* A page with a thousand findings and as many sources lays out only what is on
   * screen. */
  ".source,.finding,.timeline{content-visibility:auto;contain-intrinsic-size:auto 40rem}\n"
  "@media (max-width:40rem){body{padding:.5rem}.line{grid-template-columns:2.5rem 1fr}"
  ".text>.finding{margin-left:.5rem}.gap{padding-left:3rem}}\n"
  "@media print{#filters,.skip,nav.toc{display:none}body{max-width:none}a{color:inherit;text-decoration:none}"
  ".source,.finding,.timeline{content-visibility:visible}.finding,.claim,tr{break-inside:avoid}h2,h3{break-after:avoid}.line:target{background:none;outline:0}}\n";

const char contra_html_script[] =
  "(function(){'use strict';\n"
  "var form=document.getElementById('filters');if(!form)return;\n"
  "var cards=Array.prototype.slice.call(document.querySelectorAll('.finding'));\n"
  "var texts=cards.map(function(c){return c.textContent.toLowerCase();});\n"
  "var groups=Array.prototype.slice.call(document.querySelectorAll('.rule-group'));\n"
  "var shown=document.getElementById('shown');\n"
  "function boxes(name){return Array.prototype.slice.call(form.querySelectorAll('input[name=\"'+name+'\"]'));}\n"
  "function checked(name){return boxes(name).filter(function(b){return b.checked;}).map(function(b){return b.value;});}\n"
  "function state(){return{severity:checked('severity'),kind:checked('kind'),rule:form.elements.rule.value,"
  "source:form.elements.source.value,q:form.elements.q.value.trim()};}\n"
  "function apply(){var s=state(),q=s.q.toLowerCase(),n=0;\n"
  "cards.forEach(function(c,i){var d=c.dataset,ok=s.severity.indexOf(d.severity)>=0&&s.kind.indexOf(d.kind)>=0"
  "&&(!s.rule||d.rule===s.rule)&&(!s.source||d.sources.split(' ').indexOf(s.source)>=0)"
  "&&(!q||texts[i].indexOf(q)>=0);c.hidden=!ok;if(ok)n++;});\n"
  "groups.forEach(function(g){g.hidden=!g.querySelector('.finding:not([hidden])');});\n"
  "shown.textContent=n+' of '+cards.length;return s;}\n"
  "function write(s){var p=new URLSearchParams();\n"
  "['severity','kind'].forEach(function(k){if(s[k].length<boxes(k).length)p.set(k,s[k].join(','));});\n"
  "['rule','source','q'].forEach(function(k){if(s[k])p.set(k,s[k]);});\n"
  "var h=p.toString(),url=location.pathname+location.search+(h?'#filter?'+h:'');\n"
  "try{history.replaceState(null,'',url);}catch(e){location.hash=h?'filter?'+h:'';}}\n"
  "function read(){var h=location.hash;if(h.indexOf('#filter')!==0)return false;\n"
  "var p=new URLSearchParams(h.slice(h.indexOf('?')+1));\n"
  "['severity','kind'].forEach(function(k){var v=p.has(k)?p.get(k).split(','):null;"
  "boxes(k).forEach(function(b){b.checked=!v||v.indexOf(b.value)>=0;});});\n"
  "['rule','source'].forEach(function(k){var e=form.elements[k],v=p.get(k)||'';"
  "e.value=Array.prototype.some.call(e.options,function(o){return o.value===v;})?v:'';});\n"
  "form.elements.q.value=p.get('q')||'';return true;}\n"
  "form.hidden=false;read();apply();\n"
  "form.addEventListener('input',function(){write(apply());});\n"
  "form.addEventListener('change',function(){write(apply());});\n"
  "form.addEventListener('submit',function(e){e.preventDefault();});\n"
  "form.addEventListener('reset',function(){setTimeout(function(){write(apply());},0);});\n"
  "window.addEventListener('hashchange',function(){if(read())apply();});\n"
  "})();\n";

static char *
hash_of (const char *text)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize length = sizeof digest;

  g_checksum_update (checksum, (const guchar *) text, -1);
  g_checksum_get_digest (checksum, digest, &length);
  return g_base64_encode (digest, length);
}

char *
contra_html_policy (void)
{
  g_autofree char *style = hash_of (contra_html_style);
  g_autofree char *script = hash_of (contra_html_script);

  /* default-src 'none' refuses every fetch (images, fonts, frames, connections);
   * base-uri and form-action are not covered by it. */
  return g_strdup_printf ("default-src 'none'; style-src 'sha256-%s'; script-src 'sha256-%s'; "
                          "base-uri 'none'; form-action 'none'",
                          style, script);
}
