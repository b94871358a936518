"""The records a loader produces and a store keeps: documents, domains, tasks, units, assignments.

Every record has a stable ``key`` so that loading the same document twice is idempotent.
Labels, relationship types and property names are ASCII; Chinese lives only in values.

Examples
--------
>>> a = Assignment(role="lead", actor="市科技局", actor_label="Unit",
...                target="武政办〔2023〕84号#1", target_label="Task",
...                doc="武政办〔2023〕84号", task="1", line=143,
...                clause="市科技局", spelling="市科技局")
>>> a.rel_type
'LEADS'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = [
    "UNIT_KINDS",
    "WEIGHTINGS",
    "Document",
    "Domain",
    "Task",
    "Unit",
    "Assignment",
    "GroupMember",
    "Person",
    "Post",
    "Body",
    "BodyRole",
    "Indicator",
    "Issue",
    "LoadResult",
    "WriteOutcome",
    "task_key",
    "domain_key",
]

#: Kinds of actor a unit name can denote.
UNIT_KINDS = (
    "municipal_department",
    "district_government",
    "development_zone",
    "central_agency",
    "state_enterprise",
    "university",
    "city_leadership",
    "social_organisation",
    "group",
    "unknown",
)


#: Tie weightings of the unit projection (graph.incidence.projection); here so the CLI can offer them without
#: importing scipy.
WEIGHTINGS = ("count", "newman", "lead")


def task_key(doc: str, number: str) -> str:
    return f"{doc}#{number}"


def domain_key(doc: str, number: str) -> str:
    return f"{doc}#D{number}"


@dataclass
class Document:
    key: str  # 文号 as printed, e.g. 武政〔2018〕50号 (or the file name when none is printed)
    number: str | None
    title: str | None
    issuer: str | None
    date: str | None  # ISO date the document was signed (or printed, when no signing date)
    printed: str | None  # ISO date of 印发
    source: str  # file name as loaded
    sha256: str
    genres: list[str] = field(default_factory=list)
    jurisdiction: str | None = None  # the place its relative names point to (武汉市, 国家); None when unknown
    jurisdiction_from: str | None = None  # what told it: "文号 prefix 武政", "issuer 武汉市人民政府", "--jurisdiction"


@dataclass
class Domain:
    key: str
    doc: str
    number: str  # "1" for (一) or 一、
    title: str
    line: int
    variants: list[str] = field(default_factory=list)  # other titles the same domain is printed with


@dataclass
class Task:
    key: str
    doc: str
    number: str  # "3.6", "43", sub-parts "3.6.1", "43.2"
    domain: str | None  # Domain key
    text: str
    line: int
    title: str | None = None
    deadline: str | None = None  # normalised: "2023-12", "2024", "ongoing", "recurring"
    deadline_text: str | None = None  # as written
    parent: str | None = None  # number of the task this one is a sub-part of
    has_parts: bool = False


@dataclass
class Unit:
    name: str  # canonical
    kind: str
    aliases: list[str] = field(default_factory=list)  # spellings seen in this load or mapped by the alias file
    registered: bool = True  # False when the name is in no alias file (reported as unresolved)
    place: str | None = None  # the place the unit belongs to (武汉市, 武汉市武昌区, 国家, ?<doc> when unknown)
    key: str | None = None  # its identity, place/name (武汉市/市财政局); the name alone when None
    qualified: str | None = None  # its name with its place (武汉市财政局): what a store of several places shows
    predecessors: list[str] = field(default_factory=list)  # former names, dated: "市交通运输委 (2019)"

    @property
    def label(self) -> str:
        return "Group" if self.kind == "group" else "Unit"


@dataclass
class Assignment:
    """A LEADS or ASSISTS edge from a unit or group to a task or a domain, with provenance."""

    role: str  # "lead" | "assist"
    actor: str  # canonical unit or group name
    actor_label: str  # "Unit" | "Group"
    target: str  # Task or Domain key
    target_label: str  # "Task" | "Domain"
    doc: str
    task: str | None  # task number as printed (None for a domain lead)
    line: int
    clause: str  # the raw clause or cell text the assignment came from
    spelling: str  # the unit name as written
    inherited: bool = False  # True when a table sub-row took this cell from its merged parent row
    page: int | None = None  # the page the clause was printed on (PDF, OFD, scans)

    @property
    def rel_type(self) -> str:
        return "LEADS" if self.role == "lead" else "ASSISTS"


@dataclass
class GroupMember:
    """A unit a document names as a member of a group expression (各区人民政府〈含…,下同〉)."""

    group: str
    member: str
    doc: str
    line: int
    spelling: str
    source: str = "document"  # "gazetteer" for a district government the document's place has (各区人民政府)


@dataclass
class Person:
    name: str


@dataclass
class Post:
    """HOLDS_POST: a person holds a post in a unit."""

    person: str
    unit: str
    post: str
    doc: str
    line: int
    note: str | None = None


@dataclass
class Body:
    """A coordination body a document sets up (leadership group, task force, work group, office)."""

    name: str
    kind: str  # leadership_group | task_force | work_group | office | committee
    doc: str
    line: int
    parent: str | None = None  # the body this one belongs to
    office_at: str | None = None  # unit that hosts it
    short_name: str | None = None


@dataclass
class BodyRole:
    """MEMBER_OF: a person, unit or group sits on a body in a role (组长, 副组长, 成员, 办公室主任)."""

    member: str
    member_label: str  # Person | Unit | Group
    body: str
    role: str
    doc: str
    line: int
    note: str | None = None


@dataclass
class Indicator:
    key: str
    doc: str
    level1: str
    level2: str
    measure: str | None  # unit of measurement, e.g. 亿元
    baseline: float | None
    baseline_text: str
    target: float | None
    target_text: str
    line: int
    domain: str | None = None  # Domain key
    note: str | None = None


@dataclass
class Issue:
    """Something the loader could not place, or placed by a repair: always reported with file:line."""

    path: str
    line: int
    kind: str  # unparsed_clause | unparsed_row | unresolved_unit | repaired | duplicate | ...
    message: str
    text: str = ""
    severity: str = "warning"  # "warning" (something may be missing) or "note" (repaired, nothing lost)
    page: int | None = None  # the page the line was printed on (PDF)

    def __str__(self) -> str:
        snippet = f': "{self.text[:50]}"' if self.text else ""
        page = f" (page {self.page})" if self.page is not None else ""
        return f"{self.path}:{self.line}{page}: {self.kind}: {self.message}{snippet}"


@dataclass
class LoadResult:
    """Everything one document yields, complete before anything is stored."""

    document: Document
    domains: list[Domain] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    group_members: list[GroupMember] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    body_roles: list[BodyRole] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        task_edges = [a for a in self.assignments if a.target_label == "Task"]
        return {
            "domains": len(self.domains),
            "tasks": sum(1 for t in self.tasks if not t.has_parts),
            "numbered_tasks": sum(1 for t in self.tasks if t.parent is None),
            "lead_edges": sum(1 for a in task_edges if a.role == "lead"),
            "assist_edges": sum(1 for a in task_edges if a.role == "assist"),
            "domain_lead_edges": sum(1 for a in self.assignments if a.target_label == "Domain"),
            "units": sum(1 for u in self.units if u.kind != "group"),
            "groups": sum(1 for u in self.units if u.kind == "group"),
            "people": len(self.people),
            "bodies": len(self.bodies),
            "indicators": len(self.indicators),
            "warnings": sum(1 for i in self.issues if i.severity == "warning"),
            "notes": sum(1 for i in self.issues if i.severity == "note"),
        }

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class WriteOutcome:
    """What a store did with one document: ``added``, ``replaced`` or ``unchanged`` (every store returns these)."""

    doc: str
    status: str
