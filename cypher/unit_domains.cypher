// Unit × domain matrix, long form: per unit (or group), domain and role the number of leaf tasks —
// `agencygraph workload --by domain` split by role.
// @engines neo4j embedded
MATCH (u)-[r:LEADS|ASSISTS]->(t:Task)-[:IN_DOMAIN]->(d:Domain)
WHERE t.has_parts = false
RETURN u.name AS unit, d.doc AS doc, d.number AS domain_number, d.title AS domain, type(r) AS role,
       count(t) AS tasks
ORDER BY unit, doc, domain_number, role
