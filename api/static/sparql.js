// The SPARQL editor: YASGUI pointed at this endpoint, with the domain's example queries as tabs.
// Nothing here talks to another host: LOV autocompletion and the URL shortener are switched off.
(async function () {
  "use strict";
  if (typeof Yasgui === "undefined") {
    document.getElementById("missing").style.display = "block";
    return;
  }
  const endpoint = new URL("/sparql", window.location.href).href;
  const examples = await (await fetch("/static/sparql/sparql-examples.json")).json();
  // "class" and "property" complete from lov.linkeddata.es; prefixes complete from a bundled list
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(
    (name) => name !== "class" && name !== "property");
  localStorage.removeItem("yagui_kg");
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    persistenceId: "yagui_kg",
    requestConfig: { endpoint: endpoint, method: "POST",
                     acceptHeaderSelect: "application/sparql-results+json",
                     acceptHeaderGraph: "text/turtle" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    yasqe: { createShareableLink: null, value: examples[0].query },
  });
  // one tab per example, the first one active
  const first = yasgui.getTab();
  first.setName(examples[0].name);
  first.setQuery(examples[0].query);
  for (const ex of examples.slice(1)) {
    yasgui.addTab(false, { name: ex.name, yasqe: { value: ex.query }, requestConfig: { endpoint: endpoint } });
  }
  const bar = document.getElementById("examples");
  examples.forEach((ex) => {
    const b = document.createElement("button");
    b.textContent = ex.name;
    b.addEventListener("click", () => { yasgui.getTab().setQuery(ex.query); });
    bar.appendChild(b);
  });
  window.kgYasgui = yasgui;
})();
