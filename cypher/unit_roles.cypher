// Unit load by role, in the embedded subset too: one row per unit (or group) and role with the number
// of leaf tasks it leads (LEADS) or assists (ASSISTS).
// @engines neo4j embedded
MATCH (u)-[r:LEADS|ASSISTS]->(t:Task)
WHERE t.has_parts = false
RETURN u.name AS unit, type(r) AS role, count(t) AS tasks
ORDER BY unit, role
