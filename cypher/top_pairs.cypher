// Top co-owning pairs: the pairs of units (or groups) sharing the most leaf tasks — `agencygraph coowners`.
// @param min_shared: int = 1 — only pairs sharing at least this many tasks
// @param limit: int = 20 — how many pairs
// @engines neo4j
MATCH (a)-[:LEADS|ASSISTS]->(t:Task)<-[:LEADS|ASSISTS]-(b)
WHERE (a:Unit OR a:Group) AND (b:Unit OR b:Group) AND a.name < b.name AND t.has_parts = false
WITH a, b, count(DISTINCT t) AS shared
WHERE shared >= $min_shared
RETURN a.name AS unit_a, b.name AS unit_b, shared
ORDER BY shared DESC, unit_a, unit_b
LIMIT $limit
