// A unit's ego network: the co-ownership ties among $unit and every unit sharing a leaf task with it
// (the ego's own ties and those between its partners), with the tasks each pair shares.
// @param unit: unit — the unit or group: its name, an alias or a former name, e.g. 市商务局
// @param min_shared: int = 1 — only ties of at least this many shared tasks
// @engines neo4j
MATCH (u {name: $unit})-[:LEADS|ASSISTS]->(t0:Task)<-[:LEADS|ASSISTS]-(p)
WHERE (u:Unit OR u:Group) AND (p:Unit OR p:Group) AND p <> u AND t0.has_parts = false
WITH u, collect(DISTINCT p) AS partners
WITH partners + u AS ego
MATCH (a)-[:LEADS|ASSISTS]->(t:Task)<-[:LEADS|ASSISTS]-(b)
WHERE a IN ego AND b IN ego AND a.name < b.name AND t.has_parts = false
WITH a, b, count(DISTINCT t) AS shared
WHERE shared >= $min_shared
RETURN a.name AS unit_a, b.name AS unit_b, shared
ORDER BY shared DESC, unit_a, unit_b
