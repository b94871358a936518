// Co-owners of a unit: the units and groups sharing leaf tasks with $unit, how many tasks, and in which
// pairs of roles (the unit's role first) — the rows of `agencygraph coowners UNIT`.
// @param unit: unit — the unit or group: its name, an alias or a former name, e.g. 市商务局
// @param min_shared: int = 1 — only partners sharing at least this many tasks
// @engines neo4j
MATCH (u {name: $unit})-[r1:LEADS|ASSISTS]->(t:Task)<-[r2:LEADS|ASSISTS]-(p)
WHERE (u:Unit OR u:Group) AND (p:Unit OR p:Group) AND p <> u AND t.has_parts = false
WITH p, count(DISTINCT t) AS shared,
     count(DISTINCT CASE WHEN type(r1) = 'LEADS' AND type(r2) = 'LEADS' THEN t END) AS lead_lead,
     count(DISTINCT CASE WHEN type(r1) = 'LEADS' AND type(r2) = 'ASSISTS' THEN t END) AS lead_assist,
     count(DISTINCT CASE WHEN type(r1) = 'ASSISTS' AND type(r2) = 'LEADS' THEN t END) AS assist_lead,
     count(DISTINCT CASE WHEN type(r1) = 'ASSISTS' AND type(r2) = 'ASSISTS' THEN t END) AS assist_assist
WHERE shared >= $min_shared
RETURN p.name AS partner, p.kind AS kind, shared, lead_lead, lead_assist, assist_lead, assist_assist
ORDER BY shared DESC, partner
