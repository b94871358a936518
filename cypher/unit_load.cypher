// Unit load: per unit or group the leaf tasks it leads and assists, the domains they fall in, and the
// weighted load (lead_weight × leads + assist_weight × assists) — the columns of `agencygraph workload`.
// @param lead_weight: float = 2.0 — weight of a task led
// @param assist_weight: float = 1.0 — weight of a task assisted
// @engines neo4j
MATCH (u)-[r:LEADS|ASSISTS]->(t:Task)
WHERE (u:Unit OR u:Group) AND t.has_parts = false
OPTIONAL MATCH (t)-[:IN_DOMAIN]->(d:Domain)
WITH u, count(DISTINCT CASE WHEN type(r) = 'LEADS' THEN t END) AS leads,
     count(DISTINCT CASE WHEN type(r) = 'ASSISTS' THEN t END) AS assists,
     count(DISTINCT d) AS domains
RETURN u.name AS unit, u.kind AS kind, leads, assists, domains,
       $lead_weight * leads + $assist_weight * assists AS weighted_load
ORDER BY weighted_load DESC, unit
