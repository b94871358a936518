"""Interactive HTML views, static charts and exports of the graph (the names here import nothing heavy).

- ``viz.network_html``: ``network()`` → a pyvis Network (for Jupyter), ``write_html()`` → one offline page;
- ``viz.load_chart``: ``chart()`` → a PNG or SVG chart of coordination load (matplotlib, a CJK font);
- ``viz.export``: ``export()`` → GraphML, GEXF, CSV for ``neo4j-admin database import``, JSON, UCINET DL.
"""

#: The interactive views (``agencygraph html --view``).
VIEWS = ("units", "tasks", "domains")
#: How units are coloured in the units and domains views.
COLORS = ("community", "kind")
#: The static charts (``agencygraph chart KIND``).
CHARTS = ("load", "domains", "coownership", "deadlines")
#: The export formats (``agencygraph export --format``).
EXPORT_FORMATS = ("graphml", "gexf", "csv", "json", "dl")
