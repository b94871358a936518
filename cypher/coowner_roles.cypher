// Co-owners of a unit by role, in the embedded subset too: one row per partner and pair of roles
// ($unit's role first) with the number of leaf tasks they share in those roles.
// @param unit: unit — the unit or group: its name, an alias or a former name, e.g. 市商务局
// @engines neo4j embedded
MATCH (u {name: $unit})-[r1:LEADS|ASSISTS]->(t:Task)<-[r2:LEADS|ASSISTS]-(p)
WHERE t.has_parts = false AND p.name <> u.name
RETURN p.name AS partner, type(r1) AS role, type(r2) AS partner_role, count(t) AS tasks
ORDER BY partner, role, partner_role
