"""agencygraph's command line: parse options, call one library function, print."""

from __future__ import annotations

import json
import sys

import click

from agencygraph.graph.errors import AgencyGraphError
from agencygraph.graph.formatting import FORMATS, frame_csv, frame_rows, render, render_chunks
from agencygraph.graph.store import BACKEND_ENV, BACKENDS, DEFAULT_STORE, STORE_ENV, open_store
from agencygraph.loaders import GENRES

TASK_COLUMNS = ["doc", "number", "domain", "leads", "assists", "deadline", "text"]
TASK_WIDTHS = {"doc": 18, "domain": 16, "leads": 30, "assists": 40, "text": 40}
UNIT_COLUMNS = ["name", "kind", "lead_count", "assist_count", "domain_lead_count", "aliases", "predecessors"]


def _set_backend(ctx, _param, value):
    if value:
        ctx.find_root().obj["backend"] = value


class AgencyGraphGroup(click.Group):
    """Turns the library's errors into one-line click errors (exit 1), in this one place; gives every
    command that reads or writes the store a ``--backend`` option."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AgencyGraphError as exc:
            raise click.ClickException(str(exc)) from None

    def add_command(self, cmd, name=None):
        if not isinstance(cmd, click.Group) and not any(p.name == "backend" for p in cmd.params):
            cmd.params.append(click.Option(["--backend"], type=click.Choice(BACKENDS), expose_value=False,
                                           callback=_set_backend, is_eager=True,
                                           help=f"Store to use (default: the group's --backend, ${BACKEND_ENV} "
                                                f"or networkx)."))
        super().add_command(cmd, name)


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output as an aligned table, CSV or JSON.")(f)


doc_option = click.option("--doc", help="Only this document: its 文号, file name, or a unique part of either.")
domain_option = click.option("--domain", help="Only this domain: its number (3) or part of its title.")


def filter_options(f):
    f = click.option("--unit", help="Only rows involving this unit (any spelling or alias).")(f)
    return doc_option(domain_option(f))


@click.group(cls=AgencyGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store_path", envvar=STORE_ENV, default=DEFAULT_STORE, show_default=True,
              type=click.Path(dir_okay=False), help=f"The embedded store's SQLite file (or set {STORE_ENV}); a JSON store is converted.")
@click.option("--backend", type=click.Choice(BACKENDS), envvar=BACKEND_ENV, default="networkx", show_default=True,
              help=f"The embedded networkx store, or a Neo4j server (or set {BACKEND_ENV}).")
@click.option("--neo4j-uri", envvar="NEO4J_URI", help="Neo4j server for --backend neo4j (or set NEO4J_URI).")
@click.option("--neo4j-user", envvar="NEO4J_USER", help="Neo4j user (or set NEO4J_USER; default neo4j). "
              "The password is read from NEO4J_PASSWORD only, so it never shows in process lists.")
@click.pass_context
def cli(ctx, store_path, backend, neo4j_uri, neo4j_user):
    """Who is responsible for what in Chinese policy documents: load them into a graph, then ask it.

    \b
    Example:
      agencygraph load examples/
      agencygraph tasks --unit 市商务局
    """
    ctx.obj = {"store_path": store_path, "backend": backend, "neo4j_uri": neo4j_uri, "neo4j_user": neo4j_user}


def _store(ctx):
    """The store the options name, opened once per command and closed when it ends."""
    obj = ctx.find_root().obj
    if "_store" not in obj:
        import os

        from agencygraph.graph.neo4j_conn import neo4j_settings

        neo4j = neo4j_settings(os.environ, uri=obj["neo4j_uri"], user=obj["neo4j_user"])
        obj["_store"] = open_store(obj["store_path"], backend=obj["backend"], neo4j=neo4j)
        ctx.find_root().call_on_close(obj["_store"].close)
        if getattr(obj["_store"], "notice", None):
            click.echo(obj["_store"].notice, err=True)
    return obj["_store"]


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--aliases", "alias_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra alias file (YAML, like loaders/aliases.yaml); may be repeated.")
@click.option("--roles", "role_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra role vocabulary (YAML, like loaders/roles.yaml: labels, verbs, conventions, column "
                   "names); may be repeated.")
@click.option("--genre", type=click.Choice(list(GENRES)),
              help="Read only tables (responsibility_table) or only numbered items (the other genres).")
@click.option("--dry-run", is_flag=True, help="Parse and report; store nothing.")
@click.option("--replace", is_flag=True, help="Store a new copy of a stored document even when it has 20%+ fewer "
                                              "tasks (refused otherwise, as a truncated copy).")
@click.option("--skip-bad", is_flag=True, help="Store the readable documents even when others cannot be read.")
@click.option("--report", "report_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="How to print the load report.")
@click.option("-v", "--verbose", is_flag=True, help="List notes (repairs, duplicates) too, not only warnings.")
@click.option("--jurisdiction", metavar="PLACE", help="The place every document is of (武汉市, 武汉市武昌区, 国家), "
                                                      "instead of what its 文号, issuer, letterhead or title tell.")
@click.pass_context
def load(ctx, paths, alias_files, role_files, genre, dry_run, replace, skip_bad, report_format, verbose,
         jurisdiction):
    """Load documents (files or folders) into the store and print the load report.

    Nothing is stored when a file cannot be read at all (unless --skip-bad); exit code 1 then.

    \b
    Example:
      agencygraph load examples/
      agencygraph load plan.txt --aliases my-aliases.yaml --roles my-roles.yaml --dry-run
      agencygraph load wuchang-plan.txt --jurisdiction 武汉市武昌区
    """
    from agencygraph.graph.streamed_load import load_into
    from agencygraph.loaders.report import format_report, report_rows
    from agencygraph.loaders.units import DEFAULT_ALIAS_FILE, UnitResolver
    from agencygraph.loaders.vocabulary import DEFAULT_ROLES_FILE, Vocabulary

    resolver = UnitResolver.from_files(DEFAULT_ALIAS_FILE, *alias_files)
    if jurisdiction:
        from agencygraph.loaders.jurisdiction import from_override

        resolver.jurisdiction = from_override(jurisdiction).key  # an unknown place fails here, before any reading
    vocab = Vocabulary.from_files(DEFAULT_ROLES_FILE, *role_files)
    # each document is written as it is read (one transaction for the batch): memory stays that of one document
    batch, outcomes = _with_progress(paths, lambda progress, within: load_into(
        lambda: _store(ctx), paths, resolver, genre, progress, within, vocab=vocab, dry_run=dry_run, replace=replace,
        skip_bad=skip_bad))
    if report_format == "json":
        click.echo(json.dumps(report_rows(batch, outcomes), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(batch, outcomes, verbose))
    if batch.failures:
        stored = "the others were stored" if outcomes else "nothing was stored"
        raise click.ClickException(f"{len(batch.failures)} file(s) could not be loaded; {stored}")


BIG_FILE = 5_000_000  # bytes: a file this large gets a progress bar of its own
SLOW_FILE = {".pdf": 200_000, ".ofd": 200_000}  # read page by page (OCR: seconds a page): a bar from this size


def _with_progress(paths, run):
    """Progress on stderr when it is a terminal: a bar per file over BIG_FILE, else one over 5+ files."""
    from agencygraph.loaders import find_documents

    files = find_documents(paths)
    if not sys.stderr.isatty():
        return run(None, None)
    big = {str(p) for p in files if p.is_file() and p.stat().st_size > SLOW_FILE.get(p.suffix.lower(), BIG_FILE)}
    if big:
        bars = {}

        def within(path, done, total):
            if str(path) not in big:
                return
            bar = bars.get(path) or bars.setdefault(path, click.progressbar(
                length=total, label=f"loading {path.name}", file=sys.stderr))
            bar.update(done - bar.pos)
            if done >= total:
                bar.render_finish()

        return run(None, within)
    if len(files) < 5:
        return run(None, None)
    with click.progressbar(length=len(files), label="loading", file=sys.stderr) as bar:
        return run(lambda _path: bar.update(1), None)


@cli.command()
@format_option
@click.pass_context
def docs(ctx, fmt):
    """List the documents in the store.

    \b
    Example:
      agencygraph docs --format json
    """
    rows = _store(ctx).documents()
    click.echo(render(rows, fmt, columns=["doc", "date", "issuer", "domains", "numbered_tasks", "tasks", "title"]
                      if fmt == "table" else None, widths={"title": 40}))


@cli.command()
@filter_options
@format_option
@click.pass_context
def tasks(ctx, doc, domain, unit, fmt):
    """List tasks with their lead and assisting units (canonical names; groups under their own name).

    \b
    Example:
      agencygraph tasks --doc 2023 --domain 2
      agencygraph tasks --unit 市金融局 --format csv
    """
    rows = _store(ctx).tasks(doc=doc, domain=domain, unit=unit)
    for chunk in render_chunks(rows, fmt, columns=TASK_COLUMNS if fmt == "table" else None, widths=TASK_WIDTHS):
        click.echo(chunk, nl=False)  # written as it is made: a unit may be in 10^5 tasks


@cli.command()
@filter_options
@format_option
@click.option("--suggest-merges", is_flag=True, help="List likely duplicate units that no alias file maps yet.")
@click.option("--threshold", default=75.0, show_default=True, help="Similarity (0-100) for --suggest-merges.")
@click.option("--include-registered", is_flag=True,
              help="With --suggest-merges, also pair units the alias files list as distinct.")
@click.pass_context
def units(ctx, doc, domain, unit, fmt, suggest_merges, threshold, include_registered):
    """List units and groups with their kind, aliases and task counts.

    \b
    Example:
      agencygraph units --doc 2018
      agencygraph units --suggest-merges
    """
    rows = _store(ctx).units(doc=doc, domain=domain, unit=unit)
    if suggest_merges:
        from agencygraph.loaders.merges import suggest_merges as suggest

        click.echo(render(suggest(rows, threshold, include_registered), fmt,
                          columns=["a", "b", "score", "kind", "alias_entry"]))
        return
    click.echo(render(rows, fmt, columns=UNIT_COLUMNS if fmt == "table" else None, widths={"aliases": 40}))


@cli.command()
@doc_option
@format_option
@click.pass_context
def bodies(ctx, doc, fmt):
    """List the coordination bodies documents set up, their offices and members (from rosters).

    \b
    Example:
      agencygraph bodies --doc 2023 --format json
    """
    rows = _store(ctx).bodies(doc=doc)
    for row in rows if fmt == "table" else ():
        row["members"] = [f"{m['role']} {m['name']}" for m in row["members"]]
    click.echo(render(rows, fmt, columns=["doc", "body", "kind", "parent", "office_at", "members"]
                      if fmt == "table" else None, widths={"members": 60}))


@cli.command()
@doc_option
@format_option
@click.pass_context
def indicators(ctx, doc, fmt):
    """List indicator tables: indicator, baseline, target and the domain each belongs to.

    \b
    Example:
      agencygraph indicators --doc 2018
    """
    rows = _store(ctx).indicators(doc=doc)
    click.echo(render(rows, fmt, columns=["doc", "level1", "level2", "measure", "baseline_text", "target_text"]
                      if fmt == "table" else None, widths={"level1": 24, "level2": 30}))


# -- analytics -------------------------------------------------------------------------------
def analysis_options(f):
    f = click.option("--top", type=click.IntRange(min=1), help="Only the first N rows.")(f)
    f = click.option("--expand-groups", is_flag=True,
                     help="Count a group (各区人民政府 …) as the members its document defines.")(f)
    return format_option(doc_option(domain_option(f)))


def weighting_option(f):
    from agencygraph.graph.model import WEIGHTINGS

    return click.option("--weighting", type=click.Choice(WEIGHTINGS), default="count", show_default=True,
                        help="Tie weight: shared tasks, Newman's 1/(n-1), or lead-weighted.")(f)


def _incidence(ctx, doc, domain, expand_groups):
    return _store(ctx).incidence(doc=doc, domain=domain, expand_groups=expand_groups)


def _print_frame(df, fmt, top=None, columns=None, widths=None):
    if top:
        df = df.head(top)
    click.echo(render(frame_rows(df), fmt, columns=columns if fmt == "table" else None, widths=widths))


@cli.command()
@click.argument("unit", required=False)
@analysis_options
@click.option("--min-shared", default=1, show_default=True, type=click.IntRange(min=1),
              help="Only partners (or pairs) sharing at least this many tasks.")
@click.option("--matrix", is_flag=True, help="Print the full unit x unit co-ownership matrix as CSV.")
@click.option("--by", type=click.Choice(["unit", "function"]), default="unit", show_default=True,
              help="Partners (or pairs) as units, or as function classes (发展改革, 财政 …).")
@click.pass_context
def coowners(ctx, unit, doc, domain, expand_groups, top, fmt, min_shared, matrix, by):
    """Units that share tasks: UNIT's partners by role pair, or the top co-owning pairs.

    \b
    Example:
      agencygraph coowners 市商务局
      agencygraph coowners --top 10 --min-shared 3
      agencygraph coowners --matrix > coownership.csv
      agencygraph coowners --by function
    """
    from agencygraph.graph import analyses

    store = _store(ctx)
    if matrix:
        click.echo(frame_csv(analyses.coownership_matrix(store, doc=doc, domain=domain, expand_groups=expand_groups)))
    elif by == "function":
        _print_frame(analyses.coowners(store, unit, doc=doc, domain=domain, expand_groups=expand_groups,
                                       min_shared=min_shared, top=top, by=by), fmt, top)
    elif unit:
        _print_frame(analyses.coowners(store, unit, doc=doc, domain=domain, expand_groups=expand_groups,
                                       min_shared=min_shared, top=top), fmt, top,
                     ["partner", "shared", "lead_lead", "lead_assist", "assist_lead", "assist_assist", "tasks"],
                     {"tasks": 50})
    else:
        _print_frame(analyses.top_pairs(store, doc=doc, domain=domain, expand_groups=expand_groups,
                                        min_shared=min_shared), fmt, top)


@cli.command()
@analysis_options
@click.option("--lead-weight", default=2.0, show_default=True, help="Weight of a task led in weighted_load.")
@click.option("--assist-weight", default=1.0, show_default=True, help="Weight of a task assisted.")
@click.option("--by", type=click.Choice(["unit", "domain", "year", "quarter", "function"]), default="unit",
              show_default=True, help="Per unit, or a unit x domain / deadline matrix (rows heaviest load first; "
                                      "tasks without a deadline under 'no deadline'), or per function class.")
@click.pass_context
def workload(ctx, doc, domain, expand_groups, top, fmt, lead_weight, assist_weight, by):
    """Coordination load per unit: tasks led and assisted, domains, partners, weighted load, lead burden.

    \b
    Example:
      agencygraph workload --top 10
      agencygraph workload --by domain --format csv
      agencygraph workload --by function
    """
    from agencygraph.graph import analyses

    _print_frame(analyses.workload(_store(ctx), doc=doc, domain=domain, expand_groups=expand_groups,
                                   lead_weight=lead_weight, assist_weight=assist_weight, by=by), fmt, top)


@cli.command()
@analysis_options
@click.option("--flag", "only", multiple=True, help="Only this flag (repeatable): multi_lead, group_lead, "
              "no_lead, lead_also_assists, domain_lead_idle.")
@click.pass_context
def flags(ctx, doc, domain, expand_groups, top, fmt, only):
    """Accountability flags: several leads, a group as lead, no lead, lead also assists, idle domain leads.

    \b
    Example:
      agencygraph flags --doc 2023
      agencygraph flags --flag multi_lead --format json
    """
    from agencygraph.graph import analyses

    _print_frame(analyses.flags(_store(ctx), doc=doc, domain=domain, expand_groups=expand_groups, only=only),
                 fmt, top, widths={"domain": 20})


@cli.command()
@click.argument("doc_a")
@click.argument("doc_b")
@domain_option
@click.option("--expand-groups", is_flag=True, help="Count groups as their defined members.")
@click.option("--top", type=click.IntRange(min=1), help="Only the first N rows.")
@format_option
@click.option("--by", type=click.Choice(["unit", "function"]), default="unit", show_default=True,
              help="Per unit, or per function class (compare two places: DOC_A and DOC_B may be places).")
@click.pass_context
def diff(ctx, doc_a, doc_b, domain, expand_groups, top, fmt, by):
    """How each unit's role changed from DOC_A to DOC_B (comma-separate several documents for a set; a place,
    such as 武汉市, stands for every document of it).

    Renamed units are matched through the alias file, so they show as changed, not as new. The documents
    are the arguments (so there is no --doc); --domain keeps the tasks of the domains it names in either.

    \b
    Example:
      agencygraph diff 2018 2023
      agencygraph diff 武汉市 许昌市 --by function
    """
    from agencygraph.graph import analyses

    df = analyses.diff(_store(ctx), doc_a.split(","), doc_b.split(","), domain=domain, expand_groups=expand_groups,
                       by=by)
    if by == "function":
        return _print_frame(df, fmt, top)
    _print_frame(df, fmt, top, ["unit", "status", "leads_a", "leads_b", "assists_a", "assists_b", "rank_a",
                                "rank_b", "rank_change", "spelled_a", "renamed_from"], {"spelled_a": 24})


@cli.command()
@analysis_options
@weighting_option
@click.option("--two-mode", is_flag=True, help="Measures on the unit-task graph instead of the unit network.")
@click.option("--seed", default=0, show_default=True, help="Seed for sampled betweenness on large networks.")
@click.pass_context
def centrality(ctx, doc, domain, expand_groups, top, fmt, weighting, two_mode, seed):
    """Centrality of each unit in the co-ownership network, with ranks and what each measure means.

    \b
    Example:
      agencygraph centrality --top 10
      agencygraph centrality --weighting newman --format csv
    """
    from agencygraph.graph import analyses
    from agencygraph.graph.centrality import MEASURE_NOTES, MEASURES

    df = analyses.centrality(_store(ctx), doc=doc, domain=domain, expand_groups=expand_groups, weighting=weighting,
                             seed=seed, two_mode=two_mode)
    columns = None if two_mode else ["unit", *MEASURES, "betweenness_rank", "pagerank_rank"]
    _print_frame(df.round(4), fmt, top, columns)
    if fmt == "table":
        shown = ["tasks", "degree_centrality", "bipartite_betweenness"] if two_mode else MEASURES
        click.echo("\n" + "\n".join(f"{m}: {MEASURE_NOTES[m]}" for m in shown if m in MEASURE_NOTES))


@cli.command()
@analysis_options
@weighting_option
@click.option("--seed", default=42, show_default=True, help="Seed of the Louvain method.")
@click.option("--resolution", default=1.0, show_default=True, help="Louvain resolution (above 1: smaller communities).")
@click.pass_context
def communities(ctx, doc, domain, expand_groups, top, fmt, weighting, seed, resolution):
    """Communities of units that work together (Louvain, seeded), the domains their tasks fall in, modularity.

    \b
    Example:
      agencygraph communities --seed 42
    """
    from agencygraph.graph import analyses

    df = analyses.communities(_store(ctx), doc=doc, domain=domain, expand_groups=expand_groups, weighting=weighting,
                              seed=seed, resolution=resolution)
    _print_frame(df, fmt, top, ["community", "size", "unit", "kind", "domains"], {"domains": 50})
    if fmt == "table":
        click.echo(f"\n{df.attrs['communities']} communities, modularity {df.attrs['modularity']:.3f} "
                   f"(weighting {weighting}, seed {seed})")


@cli.command()
@analysis_options
@weighting_option
@click.option("--min-domains", default=2, show_default=True, help="Domains a broker's tasks must span.")
@click.pass_context
def brokers(ctx, doc, domain, expand_groups, top, fmt, weighting, min_domains):
    """Brokers: betweenness, the domains a unit's tasks span and the pairs it connects, Burt's structural holes.

    \b
    Example:
      agencygraph brokers --top 10
    """
    from agencygraph.graph import analyses

    df = analyses.brokers(_store(ctx), doc=doc, domain=domain, expand_groups=expand_groups, weighting=weighting,
                          min_domains=min_domains)
    _print_frame(df.round(4), fmt, top, ["unit", "betweenness", "domains", "spans_domains", "effective_size",
                                        "constraint", "domain_pairs"], {"domain_pairs": 50})


@cli.command()
@analysis_options
@weighting_option
@click.option("--by", "slice_by", type=click.Choice(["all", "doc", "year"]), default="all", show_default=True,
              help="The whole network, or one row per document / per deadline year.")
@click.pass_context
def structure(ctx, doc, domain, expand_groups, top, fmt, weighting, slice_by):
    """Whole-network structure: density, centralization, core, cliques, E-I index per domain; per slice.

    A domain's E-I index is blank when no tie starts at its units; the note column says so.

    \b
    Example:
      agencygraph structure
      agencygraph structure --by doc
    """
    from agencygraph.graph import analyses

    df = analyses.structure(_store(ctx), doc=doc, domain=domain, expand_groups=expand_groups, weighting=weighting,
                            by=slice_by)
    if slice_by != "all":
        _print_frame(df.round(4), fmt, top)
        return
    _print_frame(df, fmt, top, widths={"value": 100})


# -- views and export ---------------------------------------------------------------------------
def view_filter_options(f):
    f = click.option("--expand-groups", is_flag=True,
                     help="Count a group (各区人民政府 …) as the members its document defines.")(f)
    f = click.option("--top", type=click.IntRange(min=1), help="Only the N units with the highest weighted load.")(f)
    f = click.option("--min-shared", default=1, show_default=True, type=click.IntRange(min=1),
                     help="Only ties of at least N shared tasks (and units keeping one).")(f)
    f = click.option("--radius", default=1, show_default=True, type=click.IntRange(min=1),
                     help="With --unit: co-ownership steps from the unit.")(f)
    f = click.option("--unit", help="Only UNIT's ego network (any spelling), see --radius.")(f)
    return doc_option(domain_option(f))


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--view", type=click.Choice(["units", "tasks", "domains"]), default="units", show_default=True,
              help="Unit co-ownership network, units and their tasks, or units and domains.")
@click.option("--color", type=click.Choice(["community", "kind"]), default="community", show_default=True,
              help="Colour units by Louvain community or by kind of unit.")
@view_filter_options
@click.option("--max-nodes", default=2000, show_default=True, type=click.IntRange(min=1),
              help="Refuse a bigger page (it would freeze the browser) and suggest a filter.")
@click.pass_context
def html(ctx, out, view, color, doc, domain, unit, radius, min_shared, top, expand_groups, max_nodes):
    """Write an interactive network as one self-contained HTML page that works offline.

    \b
    Example:
      agencygraph html units.html
      agencygraph html tasks.html --view tasks --unit 市商务局
      agencygraph html domains.html --view domains --doc 2023 --color kind
    """
    from agencygraph.viz.network_html import write_html
    from agencygraph.viz.network_views import Filters

    filters = Filters(doc, domain, unit, radius, min_shared, top, expand_groups)
    written = write_html(_store(ctx), out, view, filters, color, max_nodes)
    click.echo(f"{out}: {written.title}; {written.subtitle}")


@cli.command()
@click.argument("kind", type=click.Choice(["load", "domains", "coownership", "deadlines"]))
@click.argument("out", type=click.Path(dir_okay=False))
@doc_option
@domain_option
@click.option("--top", default=20, show_default=True, type=click.IntRange(min=1),
              help="Units shown: the N with the highest weighted load (deadlines: at most 10 named).")
@click.option("--expand-groups", is_flag=True, help="Count a group as the members its document defines.")
@click.option("--by", "period", type=click.Choice(["year", "quarter"]), default="year", show_default=True,
              help="deadlines: one bar per deadline year or quarter.")
@click.option("--width", type=click.IntRange(min=200), help="Width in pixels (default depends on the chart).")
@click.option("--height", type=click.IntRange(min=200), help="Height in pixels.")
@click.pass_context
def chart(ctx, kind, out, doc, domain, top, expand_groups, period, width, height):
    """Draw a chart of coordination load to OUT.png or OUT.svg, Chinese labels in an installed CJK font.

    KIND: load (top units, tasks led and assisted as stacked bars), domains (unit x domain heatmap),
    coownership (tasks shared by the top units), deadlines (load by deadline).

    \b
    Example:
      agencygraph chart load load.png
      agencygraph chart domains domains.svg --doc 2023 --top 15
    """
    from agencygraph.viz.load_chart import chart as draw

    info = draw(_store(ctx), kind, out, doc, domain, top, expand_groups, width, height, period)
    click.echo(f"{out}: {info['width']}x{info['height']} px, {info['title']} (font: {info['font']})")


@cli.command()
@click.argument("out", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "json", "dl"]), required=True,
              help="graphml/gexf (Gephi, Cytoscape), csv (a folder for neo4j-admin import), json (node-link), "
                   "dl (UCINET matrix of the unit network).")
@doc_option
@domain_option
@click.option("--expand-groups", is_flag=True, help="dl, --network: count a group as the members its document defines.")
@weighting_option
@click.option("--network", type=click.Choice(["full", "units", "two-mode"]), default="full", show_default=True,
              help="full: the property graph; units: the weighted co-ownership network (weight, shared tasks, "
                   "unit attributes); two-mode: units and tasks. units/two-mode as graphml, gexf or json.")
@click.pass_context
def export(ctx, out, fmt, doc, domain, expand_groups, weighting, network):
    """Export the graph (nodes with kind and properties, LEADS/ASSISTS with provenance) for other tools.

    \b
    Example:
      agencygraph export --format graphml agencygraph.graphml
      agencygraph export --format csv neo4j-import/
      agencygraph export --format dl --doc 2023 units.dl
      agencygraph export --format gexf --network units --weighting newman units.gexf
    """
    from agencygraph.viz.export import export as write

    info = write(_store(ctx), fmt, out, doc, domain, expand_groups, weighting, network)
    what = "units, tied pairs" if fmt == "dl" or network == "units" else "nodes, relationships" if network == "full" \
        else "nodes, edges"
    click.echo(f"{out}: {fmt}, {info['nodes']} {what.split(', ')[0]}, {info['edges']} {what.split(', ')[1]}"
               + (f" in {len(info['files'])} files" if fmt == "csv" else ""))


# -- neo4j --------------------------------------------------------------------------------------
@cli.group()
def neo4j():
    """A local Neo4j Community 5 server (from Maven Central, on 127.0.0.1) for --backend neo4j.

    \b
    Example:
      eval "$(agencygraph neo4j start)"
      agencygraph load --backend neo4j examples/
      agencygraph neo4j stop
    """


def home_option(f):
    return click.option("--home", type=click.Path(file_okay=False), envvar="AGENCYGRAPH_NEO4J_HOME",
                        help="Folder for the server's data, logs and settings (or set AGENCYGRAPH_NEO4J_HOME; "
                             "default ~/.local/share/agencygraph/neo4j).")(f)


@neo4j.command()
@home_option
@click.option("--port", default=7687, show_default=True, type=click.IntRange(1, 65535), help="Bolt port on 127.0.0.1.")
@click.option("--heap", default="1g", show_default=True, help="Java heap size.")
@click.option("--timeout", default=180.0, show_default=True, help="Seconds to wait for Bolt to answer.")
def start(home, port, heap, timeout):
    """Start the local server (or reuse the running one) and print its settings as shell export lines.

    The first start fetches Neo4j with Maven and sets a random password, kept in HOME/state.json (mode 600).

    \b
    Example:
      eval "$(agencygraph neo4j start)"
      agencygraph neo4j start --home ./neo4j-data --port 7688
    """
    from agencygraph.graph.neo4j_local import export_lines, start as start_server

    info = start_server(home, port, heap, timeout, log=lambda m: click.echo(m, err=True))
    click.echo(f"# Neo4j {'already running' if info['reused'] else 'started'} (pid {info['pid']}, "
               f"home {info['home']})", err=True)
    click.echo("\n".join(export_lines(info)))


def find_port_option(f):
    return click.option("--port", type=click.IntRange(1, 65535),
                        help="Without --home: the server listening on this Bolt port (default: the default home's "
                             "server, else the last one started that runs).")(f)


@neo4j.command()
@home_option
@find_port_option
def status(home, port):
    """Whether the local server runs and answers on Bolt (exit 1 when it does not).

    \b
    Example:
      agencygraph neo4j status
      agencygraph neo4j status --port 7688
    """
    from agencygraph.graph.neo4j_local import status as server_status

    info = server_status(home, port=port)
    state = "running, Bolt answers" if info["answering"] else "running, Bolt does not answer" \
        if info["running"] else "not running"
    click.echo(f"Neo4j {info['version']} in {info['home']}: {state}" +
               (f" at {info['uri']} (pid {info['pid']})" if info["running"] else ""))
    if not info["answering"]:
        raise SystemExit(1)


@neo4j.command()
@home_option
@find_port_option
def stop(home, port):
    """Stop the local server (without --home: the one status finds).

    \b
    Example:
      agencygraph neo4j stop
      agencygraph neo4j stop --port 7688
    """
    from agencygraph.graph.neo4j_local import stop as stop_server

    stopped = stop_server(home, port=port)
    click.echo(("stopped" if home else f"stopped (home {stopped})") if stopped else "not running")


# -- cypher ---------------------------------------------------------------------------------------
def cypher_limits(f):
    f = click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
                     help="Stop a statement after this many seconds.")(f)
    return click.option("--limit", default=1000, show_default=True, type=click.IntRange(min=1),
                        help="Keep at most this many rows (a notice says when more were cut).")(f)


def _runner(ctx, write=False):
    from agencygraph.cypher.runners import runner_for

    runner = runner_for(_store(ctx), write)
    ctx.call_on_close(runner.close)
    return runner


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the query (repeatable); always sent as a Cypher parameter.")
@click.option("--write", is_flag=True, help="Allow a query whose header marks it @write.")
@cypher_limits
@format_option
@click.pass_context
def query(ctx, name, params, write, limit, timeout, fmt):
    """Run a named Cypher query from cypher/*.cypher; without NAME, list them with their parameters.

    \b
    Example:
      agencygraph query
      agencygraph query unit_tasks --param unit=市商务局
      agencygraph query top_pairs --param min_shared=5 --backend neo4j --format csv
    """
    from agencygraph.cypher.queries import get_query, load_queries, parse_assignments, query_rows
    from agencygraph.cypher.runners import run_named

    if not name:
        click.echo(render(query_rows(load_queries()), fmt, widths={"description": 60, "parameters": 50}))
        return
    named = get_query(name)
    result = run_named(_runner(ctx, write), named, parse_assignments(params), limit, timeout)
    click.echo(render(result.rows, fmt, columns=result.columns, widths={"text": 40}))
    if result.notice():
        click.echo(result.notice(), err=True)


@cli.command("cypher")
@click.option("-e", "--execute", "script", metavar="STATEMENTS",
              help="Run these statements (and :commands) and exit; without it, piped stdin is run the same way.")
@click.option("--write", is_flag=True, help="Allow statements that write (Neo4j only; read-only by default).")
@cypher_limits
@format_option
@click.option("--history", type=click.Path(dir_okay=False), envvar="AGENCYGRAPH_CYPHER_HISTORY",
              help="History file (default ~/.local/share/agencygraph/cypher_history).")
@click.pass_context
def cypher_console(ctx, script, write, limit, timeout, fmt, history):
    """An interactive Cypher console on the store: statements end with ';', :help lists the commands.

    Read-only unless --write: each statement is checked before it runs and a write is refused.

    \b
    Example:
      agencygraph cypher
      agencygraph cypher --backend neo4j -e "MATCH (u:Unit) RETURN count(u) AS units;"
      echo ":run unit_tasks unit=市商务局" | agencygraph cypher --format csv
    """
    from agencygraph.cypher.console import Console, default_history, interactive

    console = Console(_runner(ctx, write), fmt=fmt, limit=limit, timeout=timeout)
    if script is None and sys.stdin.isatty():
        interactive(console, history or default_history())
        return
    if not console.run_script(script if script is not None else sys.stdin.read()):
        ctx.exit(1)


def main():
    cli(prog_name="agencygraph")


if __name__ == "__main__":
    main()
