"""Stage 5 — render: the data folder's YAML through the Jinja2 templates into Markdown pages.

    data.py        load and check the data folder (`SiteData`)
    view.py        what the pages show that is derived: prominence, members, co-occurrence
    templating.py  the Jinja environment: escaping of every printed value, links
    escaping.py    untrusted text made inert for Markdown, HTML, MkDocs and Jinja
    diagram.py     the relations diagram (inline SVG)
    render.py      every page rendered (in parallel for large sites) and written
"""
