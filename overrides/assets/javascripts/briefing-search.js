/* Search box of the briefing, on the Pagefind indexes built after `mkdocs build` by
 * `briefing build` or the MkDocs hook (generator/searchindex.py). Pagefind loads only the
 * index chunks and page fragments a query needs, so the first result comes about as fast on a
 * briefing of 10,000 pages as on one of 100.
 *
 * A query goes first to pagefind-names/, the actors' names and aliases alone: its answers
 * (an actor whose name or alias is the query first) show at once. Then the full text of the
 * actor and article pages (pagefind/) adds the pages that use the words.
 *
 * Results are built as DOM nodes: titles as text, excerpts re-made from their text with only
 * Pagefind's <mark> kept, links only to pages of this site. Nothing from the index is ever
 * inserted as HTML.
 */
(() => {
  "use strict";
  const RESULTS = 8;                 // text results whose fragments are fetched for a query
  const NAMES = 20;                  // name results looked at, of which ACTORS are shown
  const ACTORS = 5;
  const TEXT_FROM = 3;               // characters a query needs before the full text is searched
  /* Ranking: a match in an actor's names (meta "names": name and aliases) outweighs a word
   * in an article's headline (meta "title"), and a whole word outweighs a longer one it
   * begins ("America" the alias before "Americans"). */
  const OPTIONS = { excerptLength: 24, ranking: { termSimilarity: 3, metaWeights: { title: 1, names: 10 } } };
  const script = document.currentScript;
  const root = new URL("../../", script.src);        // this file is assets/javascripts/
  const box = document.querySelector("[data-briefing-search]");
  if (!box) return;
  const toggle = document.getElementById("__search");
  const input = box.querySelector("input.md-search__input");
  const meta = box.querySelector(".md-search-result__meta");
  const list = box.querySelector(".md-search-result__list");
  const form = box.querySelector("form");

  let loading = null;                // the two Pagefind instances, once loaded
  let running = false;               // one query at a time; the newest waiting one runs next
  let shown = "";

  function load() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then((module) => ({
        // the small names index in this page, the text in Pagefind's worker: two instances in
        // one thread share Pagefind's WebAssembly state, and the second corrupts the first
        names: module.createInstance({ ...OPTIONS, basePath: new URL("pagefind-names/", root).href, noWorker: true }),
        text: module.createInstance({ ...OPTIONS, basePath: new URL("pagefind/", root).href }),
      })).catch(() => {
        meta.textContent = "Search is not available: the search index has not been built.";
        return null;
      });
    }
    return loading;
  }

  function open() {
    if (toggle && !toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
  }

  function close() {
    if (toggle && toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
    input.blur();
  }

  /* An excerpt as nodes: its text, with Pagefind's <mark> elements kept as marks. */
  function excerptNodes(html) {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body;
    const out = document.createDocumentFragment();
    for (const node of parsed.firstChild ? parsed.firstChild.childNodes : []) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    }
    return out;
  }

  /* The result's address, if it is a page of this site. */
  function pageAddress(url) {
    let target;
    try {
      target = new URL(url, root);
    } catch (e) {
      return null;
    }
    if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return null;
    return target.href;
  }

  function resultItem(data) {
    const href = pageAddress(data.url);
    if (!href) return null;
    const item = document.createElement("li");
    item.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = href;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const title = document.createElement("h2");
    title.textContent = (data.meta && data.meta.title) || href;
    const excerpt = document.createElement("p");
    excerpt.append(excerptNodes(data.excerpt || ""));
    article.append(title, excerpt);
    link.append(article);
    item.append(link);
    return item;
  }

  /* How well an actor's names answer the query: 0 a name is the query, 1 a name begins
   * with it, 2 otherwise (Pagefind's order kept within each). */
  function nameMatch(data, query) {
    const q = query.toLowerCase();
    const names = (data.content || "").split(" · ").map((n) => n.trim().toLowerCase());
    if (names.includes(q)) return 0;
    return names.some((n) => n.startsWith(q)) ? 1 : 2;
  }

  async function namesFound(search, query) {
    const found = await search.names.search(query);
    const hits = found ? found.results.slice(0, NAMES) : [];
    const pages = await Promise.all(hits.map((hit) => hit.data()));
    return pages.map((data, n) => [nameMatch(data, query), n, data])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]).slice(0, ACTORS).map((x) => x[2]);
  }

  function render(pages, total) {
    list.replaceChildren(...pages.map(resultItem).filter(Boolean));
    meta.textContent = total === 0 ? "No matching pages"
      : total === 1 ? "1 matching page" : `${total} matching pages`;
  }

  async function show(query) {
    const search = await load();
    if (!search) return;
    const actors = await namesFound(search, query);
    if (input.value.trim() !== query) return;       // typed on: the newer query runs next
    render(actors, actors.length);
    shown = query;
    if (query.length < TEXT_FROM) return;
    const found = await search.text.search(query);
    if (input.value.trim() !== query) return;
    const seen = new Set(actors.map((a) => a.url));
    const hits = found ? found.results.slice(0, RESULTS) : [];
    const pages = (await Promise.all(hits.map((hit) => hit.data()))).filter((p) => !seen.has(p.url));
    if (input.value.trim() !== query) return;
    const total = found ? found.results.length : 0;
    render([...actors, ...pages], Math.max(total, actors.length));
  }

  async function update() {
    if (running) return;
    running = true;
    try {
      let query = input.value.trim();
      while (query && query !== shown) {
        await show(query);
        if (input.value.trim() === query) break;
        query = input.value.trim();
      }
      if (!input.value.trim()) {
        list.replaceChildren();
        meta.textContent = "Type to search";
        shown = "";
      }
    } finally {
      running = false;
    }
  }

  input.addEventListener("focus", () => { open(); load(); });
  input.addEventListener("input", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  form.addEventListener("reset", () => { setTimeout(update); input.focus(); });
  box.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      close();
    } else if (event.key === "ArrowDown" && links.length) {
      links[Math.min(at + 1, links.length - 1)].focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && at >= 0) {
      (at === 0 ? input : links[at - 1]).focus();
      event.preventDefault();
    }
  });
  if (toggle) {
    toggle.addEventListener("change", () => { if (toggle.checked) input.focus(); });
  }
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]");
    if (!typing && !event.metaKey && !event.ctrlKey && !event.altKey && (event.key === "/" || event.key === "s")) {
      event.preventDefault();
      open();
      input.focus();
    }
  });
})();
