// Multi-lead tasks (多头牵头): leaf tasks with more than one lead, and their leads — the multi_lead rows of
// `agencygraph flags`.
// @engines neo4j
MATCH (u)-[:LEADS]->(t:Task)
WHERE (u:Unit OR u:Group) AND t.has_parts = false
WITH t, u ORDER BY u.name
WITH t, collect(u.name) AS leads
WHERE size(leads) > 1
OPTIONAL MATCH (t)-[:IN_DOMAIN]->(d:Domain)
RETURN t.doc AS doc, t.number AS number, d.title AS domain, leads
ORDER BY doc, number
