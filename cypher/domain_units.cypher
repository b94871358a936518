// Units of a domain: who leads and who assists the leaf tasks of the domains whose title contains
// $domain, with the number of tasks each.
// @param domain: str — part of a domain title, e.g. 金融
// @engines neo4j embedded
MATCH (u)-[r:LEADS|ASSISTS]->(t:Task)-[:IN_DOMAIN]->(d:Domain)
WHERE t.has_parts = false AND d.title CONTAINS $domain
RETURN d.doc AS doc, d.title AS domain, u.name AS unit, type(r) AS role, count(t) AS tasks
ORDER BY doc, domain, role, tasks DESC, unit
